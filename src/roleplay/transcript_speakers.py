"""Calls whose speakers are named: ``Alice Chen: ...`` lines, and who among them is the rep.

A transcript typed up or exported with names instead of ``Rep:`` / ``Prospect:``::

    Gina Morales: Harbor Dental, this is Gina.
    Omar Said: Hi Gina, this is Omar with Crestview Supply. I'm calling because...
    Gina Morales: One moment.
    Dr. Patel: This is Dr. Patel.

One speaker is the rep, named with ``--rep`` or guessed
(:func:`roleplay.language.caller.guess_caller`); everyone else is the other side, so a
gatekeeper and then the person asked for both count as the prospect. The caption reader
(:mod:`roleplay.transcript_captions`) hands its captions to :func:`assign_sides` too, so
both formats merge turns and choose the rep the same way.

A line starts a turn when it opens with a name and a colon: up to five words, the first
capitalised (``Alice Chen``, ``Speaker 1``, ``Dr. Patel``, ``Mary-Jo O'Neil``, ``Ana de
Souza``, ``Alice (Acme)``), and a space or the end of the line after the colon
(``root:x:0`` and ``10:30`` are not names). An unlabelled line continues the turn above;
blank lines, ``#`` comments and lone timestamps (``00:05:00``, as Google Meet writes every
few minutes) are skipped. Consecutive turns of one speaker are one turn.

Imported only for a file in this format: ``roleplay score`` on a ``Rep:`` call never
loads it. Pure: text in, a :class:`~roleplay.transcript.Transcript` out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from roleplay.errors import TranscriptError
from roleplay.transcript import (
    NAMES,
    PROSPECT,
    REP,
    Transcript,
    Turn,
    labelled_lines,
)

#: Longest speaker label read, in characters; a longer head is not a name.
MAX_NAME_CHARS = 60
_NAME_WORDS = 5

#: Lower-case words a name may hold after its first word ("Ana de Souza").
_PARTICLES = frozenset("de da di du del della van von der den la le bin al y".split())
_NAME_MARKS = "'\u2019.-_"
_NOTE = re.compile(r"\s*\([^()]{1,30}\)$")  # "Alice Chen (Acme)"
#: Words that open a line with a colon without naming anyone.
_NOT_NAMES = frozenset(
    "note notes nb ps p.s. summary transcript agenda subject date time duration title "
    "attendees participants meeting recording action actions next tip".split()
)
_TIME_MARK = re.compile(r"\(?\[?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?\]?\)?")


@dataclass(frozen=True)
class RepChoice:
    """Which named speaker is the rep, in a call whose speakers are named.

    Attributes:
        name: The speaker read as the rep.
        others: Everyone else (the other side), in the order they first speak.
        reason: Why this speaker was guessed (``"says why they are calling"``); None
            when the user named the rep with ``--rep``.
    """

    name: str
    others: tuple[str, ...] = ()
    reason: str | None = None

    @property
    def guessed(self) -> bool:
        return self.reason is not None

    def note(self) -> str:
        """The one line that tells the user about a guess (empty when nothing was guessed)."""
        if self.reason is None:
            return ""
        return f"reading {self.name} as the rep ({self.reason}); use --rep NAME to choose another speaker"


class Said(NamedTuple):
    """One stretch of speech before sides are known: who, what, where in the file, when."""

    name: str
    text: str
    line: int
    start: float | None = None
    end: float | None = None


def speaker_label(line: str) -> tuple[str, str] | None:
    """``(name, what was said)`` when ``line`` opens with a speaker's name and a colon."""
    head = line[: MAX_NAME_CHARS + 2]
    colon = head.find(":")
    if colon < 1:
        return None
    after = line[colon + 1 : colon + 2]
    if after and not after.isspace():
        return None  # "root:x:0", "10:30", "http://"
    name = " ".join(head[:colon].split())
    if not is_name(name):
        return None
    return name, line[colon + 1 :].strip()


def is_name(label: str) -> bool:
    """Whether ``label`` (what comes before a colon) reads as a speaker's name: up to five
    words, each capitalised or a number, or a particle such as 'de' after the first, with
    an optional note in brackets at the end."""
    if len(label) > MAX_NAME_CHARS:
        return False
    words = _NOTE.sub("", label).split()
    if not 1 <= len(words) <= _NAME_WORDS or words[0].casefold() in _NOT_NAMES:
        return False
    return all(
        (i and word in _PARTICLES)
        or (
            (word[0].isupper() or word[0].isdigit())
            and all(c.isalnum() or c in _NAME_MARKS for c in word)
        )
        for i, word in enumerate(words)
    )


def parse_named(text: str, source: str | None = None, *, rep: str | None = None) -> Transcript:
    """Parse a transcript with one ``Name: text`` line per turn.

    Args:
        text: The file's contents.
        source: Its name, for messages.
        rep: The rep's name (``--rep``), or None to guess.

    Raises:
        TranscriptError: naming the file and line of the first problem, or a ``rep``
            that names nobody in the file.
    """
    said = [
        Said(name, words, line)
        for name, words, line in labelled_lines(text, source, speaker_label, _is_time_mark)
    ]
    return assign_sides(said, source, NAMES, rep=rep)


def _is_time_mark(stripped: str) -> bool:
    return len(stripped) <= 16 and _TIME_MARK.fullmatch(stripped) is not None


def speaker_key(name: str) -> str:
    """The identity of a name: 'Alice  Chen' and 'alice chen' are one speaker."""
    return " ".join(name.split()).casefold()


def assign_sides(
    said: Sequence[Said], source: str | None, source_format: str, *, rep: str | None = None
) -> Transcript:
    """Turns from named speech: one speaker's consecutive lines merged, the rep chosen,
    everyone else the other side.

    Args:
        said: What was said, in order (at least one).
        source: The file name, for messages.
        source_format: ``names``, ``vtt`` or ``srt``.
        rep: The rep's name as the user gave it, or None to guess.

    Raises:
        TranscriptError: for a ``rep`` that names none of the speakers.
    """
    merged = _merge(said)
    names: dict[str, str] = {}  # key -> the name as first written
    for piece in merged:
        names.setdefault(speaker_key(piece.name), piece.name)
    if rep is not None:
        rep_key = _match(rep, names, source)
        reason = None
    else:
        from roleplay.language.caller import guess_caller  # reads lines: only a guess needs it

        guessed, reason = guess_caller([(speaker_key(p.name), p.text) for p in merged])
        rep_key = guessed
    turns = tuple(
        Turn(
            speaker=REP if speaker_key(p.name) == rep_key else PROSPECT,
            text=p.text,
            line=p.line,
            start=p.start,
            end=p.end,
            name=names[speaker_key(p.name)],
        )
        for p in merged
    )
    choice = RepChoice(
        name=names[rep_key],
        others=tuple(name for key, name in names.items() if key != rep_key),
        reason=reason,
    )
    return Transcript(
        turns=turns, source=source, kind="text", source_format=source_format, rep=choice
    )


def _merge(said: Sequence[Said]) -> list[Said]:
    out: list[Said] = []
    for piece in said:
        if out and speaker_key(out[-1].name) == speaker_key(piece.name):
            last = out[-1]
            end = piece.end if last.end is None or piece.end is None else max(last.end, piece.end)
            out[-1] = last._replace(text=f"{last.text} {piece.text}".strip(), end=end)
        else:
            out.append(piece)
    return out


def _match(wanted: str, names: dict[str, str], source: str | None) -> str:
    """The key of the speaker ``--rep`` names: the whole name, or a first name that only
    one speaker has ('Alice' for 'Alice Chen')."""
    key = speaker_key(wanted)
    if key in names:
        return key
    firsts = [k for k in names if k.split()[0] == key]
    if len(firsts) == 1:
        return firsts[0]
    shown = list(names.values())
    listed = ", ".join(shown[:8]) + (f" and {len(shown) - 8} more" if len(shown) > 8 else "")
    if len(firsts) > 1:
        problem = f"--rep {wanted!r} could be any of {', '.join(names[k] for k in firsts)}"
    else:
        problem = f"--rep {wanted!r} is not one of the speakers here"
    raise TranscriptError(f"{problem}; give a full name from: {listed}", file=source)
