"""The transcript model, and the formats it is read from and written to.

Real calls (see ``docs/scoring.md``) come as:

* **Plain text**: one turn per line starting ``Rep:`` or ``Prospect:``
  (case-insensitive); an unlabelled line continues the turn above; blank lines and
  lines starting with ``#`` are ignored.
* **Named speakers** (``Alice Chen: ...``) and **captions** (WebVTT, SRT), read by
  :mod:`roleplay.transcript_speakers` and :mod:`roleplay.transcript_captions`, imported
  only for a file that needs them. :func:`call_format` tells them apart by content.

Practice calls are saved as:

* **Saved sessions** (JSON Lines), written by ``practice`` and ``run`` one record at a
  time so that a killed process loses nothing already typed::

      {"type": "header", "format": "roleplay-transcript", "version": 1, "scenario": ..., ...}
      {"type": "turn", "n": 1, "speaker": "prospect", "text": "Hello?", "state": ..., ...}
      ...
      {"type": "end", "ended": ..., "outcome": "success", "scorecard": {...}}

  A rep's line is written as soon as it is typed, before the engine reacts; a second
  record with the same ``n`` follows with the state, intent and mistakes, and replaces
  the first when read. A file killed in between still has the typed line. A file
  without an ``end`` record is an unfinished session: it still loads.

  A line the call did not take (a paste over the length limit) is kept as a
  ``{"type": "refused", "after": 3, "text": ..., "reason": ...}`` record: it is not a
  turn, so scoring never sees it, but nothing the trainee typed is lost.

This module is pure: it parses text it is given and returns records to write; the
file handling lives in ``roleplay.storage``.

Reading is strict about what no roleplay writer produces, so that a damaged or hostile
file is one :class:`TranscriptError` naming its line, never a crash further on: JSON
with ``NaN``/``Infinity``, numbers out of range (whole numbers beyond
:data:`MAX_NUMBER`), nesting deeper than Python's recursion limit, lone surrogates, and
values of the wrong type (a list where a name belongs) are all refused here, in one
place.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping

from roleplay.errors import TranscriptError
from roleplay.language import precompiled
from roleplay.records import Frozen
from roleplay.scoring.scorecard import Scorecard

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at start-up
if TYPE_CHECKING:
    from typing import Any

    from roleplay.transcript_speakers import RepChoice

#: Current version of the saved-session format. Bump it when the records change, and
#: teach ``_upgrade`` to read the older versions.
FORMAT_VERSION = 1
FORMAT_NAME = "roleplay-transcript"

REP = "rep"
PROSPECT = "prospect"
SPEAKERS = (REP, PROSPECT)

_LABEL = precompiled.compile(r"^\s*(rep|prospect)\s*:\s?(.*)$", re.IGNORECASE)


class Turn(Frozen):
    """One thing said on the call.

    Attributes:
        speaker: ``"rep"`` (the trainee or caller) or ``"prospect"`` (the person called,
            a gatekeeper, or a voicemail greeting).
        text: What was said.
        line: 1-based line in the source file where the turn starts, when read from a file.
        state: The conversation state after this turn (practice sessions only).
        at: ISO-8601 timestamp (practice sessions only).
        intent: The intent the engine recognised in a rep turn, if any.
        mistakes: Codes of the mistakes detected live on this turn.
        moods: The prospect's moods after this turn.
        start: When the turn starts, in seconds from the start of the recording
            (captions only).
        end: When it ends, in seconds (captions only).
        name: Who spoke, as the file names them (named-speaker transcripts and captions).
    """

    speaker: str
    text: str
    line: int | None
    state: str | None
    at: str | None
    intent: str | None
    mistakes: tuple[str, ...]
    moods: Mapping[str, int]
    start: float | None
    end: float | None
    name: str | None

    _fields = (
        "speaker",
        "text",
        "line",
        "state",
        "at",
        "intent",
        "mistakes",
        "moods",
        "start",
        "end",
        "name",
    )

    def __init__(
        self,
        speaker: str,
        text: str,
        line: int | None = None,
        state: str | None = None,
        at: str | None = None,
        intent: str | None = None,
        mistakes: tuple[str, ...] = (),
        moods: Mapping[str, int] | None = None,
        start: float | None = None,
        end: float | None = None,
        name: str | None = None,
    ) -> None:
        s = object.__setattr__
        s(self, "speaker", speaker)
        s(self, "text", text)
        s(self, "line", line)
        s(self, "state", state)
        s(self, "at", at)
        s(self, "intent", intent)
        s(self, "mistakes", mistakes)
        s(self, "moods", {} if moods is None else moods)
        s(self, "start", start)
        s(self, "end", end)
        s(self, "name", name)

    @property
    def is_rep(self) -> bool:
        return self.speaker == REP

    def to_record(self, n: int) -> dict[str, Any]:
        """The JSON record for this turn as turn number ``n`` (1-based)."""
        record: dict[str, Any] = {
            "type": "turn",
            "n": n,
            "speaker": self.speaker,
            "text": self.text,
        }
        for key in ("state", "at", "intent"):
            value = getattr(self, key)
            if value is not None:
                record[key] = value
        if self.mistakes:
            record["mistakes"] = list(self.mistakes)
        if self.moods:
            record["moods"] = dict(self.moods)
        return record


class RefusedLine(Frozen):
    """A line the trainee typed that the call did not take, kept so nothing typed is lost.

    Attributes:
        text: What was typed (at most ``MAX_REFUSED_CHARS`` of it).
        reason: Why it was refused, e.g. over the length limit.
        after: How many turns the call had when it was typed.
        at: ISO-8601 timestamp.
        chars: The length of the whole line, when ``text`` holds only its start.
    """

    text: str
    reason: str
    after: int
    at: str | None
    chars: int | None

    _fields = ("text", "reason", "after", "at", "chars")

    def __init__(
        self, text: str, reason: str, after: int, at: str | None = None, chars: int | None = None
    ) -> None:
        s = object.__setattr__
        s(self, "text", text)
        s(self, "reason", reason)
        s(self, "after", after)
        s(self, "at", at)
        s(self, "chars", chars)

    def to_record(self) -> dict[str, Any]:
        record: dict[str, Any] = {"type": "refused", "after": self.after, "text": self.text}
        for key in ("reason", "at", "chars"):
            value = getattr(self, key)
            if value is not None:
                record[key] = value
        return record


#: A refused line is kept up to this many characters (a paste can be a whole document).
MAX_REFUSED_CHARS = 20_000


class Transcript(Frozen):
    """A whole call: its turns, and what is known about the session it came from.

    Real calls only have ``turns``, ``source``, ``source_format`` and (when the file
    names its speakers) ``rep``; saved sessions have the rest.
    """

    turns: tuple[Turn, ...]
    source: str | None
    kind: str  # "text" or "session"
    version: int | None
    scenario: str | None
    scenario_title: str | None
    difficulty: str | None
    seed: int | None
    trainee: str | None
    started: str | None
    ended: str | None
    outcome: str | None
    final_state: str | None
    end_reason: str | None
    scorecard: Scorecard | None
    meta: Mapping[str, Any]
    refused: tuple[RefusedLine, ...]
    #: For a real call: "rep-prospect", "names", "vtt" or "srt".
    source_format: str | None
    #: For a call whose speakers are named: who is the rep (defined with the reader of
    #: those calls, so that a ``Rep:`` call never builds the class).
    rep: RepChoice | None

    _fields = (
        "turns",
        "source",
        "kind",
        "version",
        "scenario",
        "scenario_title",
        "difficulty",
        "seed",
        "trainee",
        "started",
        "ended",
        "outcome",
        "final_state",
        "end_reason",
        "scorecard",
        "meta",
        "refused",
        "source_format",
        "rep",
    )

    def __init__(
        self,
        turns: tuple[Turn, ...],
        source: str | None = None,
        kind: str = "text",  # "text" or "session"
        version: int | None = None,
        scenario: str | None = None,
        scenario_title: str | None = None,
        difficulty: str | None = None,
        seed: int | None = None,
        trainee: str | None = None,
        started: str | None = None,
        ended: str | None = None,
        outcome: str | None = None,
        final_state: str | None = None,
        end_reason: str | None = None,
        scorecard: Scorecard | None = None,
        meta: Mapping[str, Any] | None = None,
        refused: tuple[RefusedLine, ...] = (),
        source_format: str | None = None,
        rep: RepChoice | None = None,
    ) -> None:
        s = object.__setattr__
        s(self, "turns", turns)
        s(self, "source", source)
        s(self, "kind", kind)
        s(self, "version", version)
        s(self, "scenario", scenario)
        s(self, "scenario_title", scenario_title)
        s(self, "difficulty", difficulty)
        s(self, "seed", seed)
        s(self, "trainee", trainee)
        s(self, "started", started)
        s(self, "ended", ended)
        s(self, "outcome", outcome)
        s(self, "final_state", final_state)
        s(self, "end_reason", end_reason)
        s(self, "scorecard", scorecard)
        s(self, "meta", {} if meta is None else meta)
        s(self, "refused", refused)
        s(self, "source_format", source_format)
        s(self, "rep", rep)

    @property
    def timed(self) -> bool:
        """True when every turn has its start and end time (captions)."""
        return bool(self.turns) and all(
            t.start is not None and t.end is not None for t in self.turns
        )

    @property
    def finished(self) -> bool:
        """True when the session recorded its end (plain text counts as finished)."""
        return self.kind == "text" or self.ended is not None

    def with_turn(self, turn: Turn) -> Transcript:
        return self.replace(turns=(*self.turns, turn))

    def header_record(self) -> dict[str, Any]:
        """The first JSON record of a saved session."""
        record: dict[str, Any] = {
            "type": "header",
            "format": FORMAT_NAME,
            "version": FORMAT_VERSION,
        }
        for key in ("scenario", "scenario_title", "difficulty", "seed", "trainee", "started"):
            value = getattr(self, key)
            if value is not None:
                record[key] = value
        record.update({k: v for k, v in self.meta.items() if k not in record})
        return record

    def end_record(self) -> dict[str, Any]:
        """The last JSON record of a saved session."""
        record: dict[str, Any] = {"type": "end"}
        for key in ("ended", "outcome", "final_state", "end_reason"):
            value = getattr(self, key)
            if value is not None:
                record[key] = value
        if self.scorecard is not None:
            record["scorecard"] = self.scorecard.to_dict()
        return record

    def records(self) -> list[dict[str, Any]]:
        """Every JSON record of the saved form, header first, end last if finished."""
        out = [self.header_record()]
        refused = sorted(self.refused, key=lambda r: r.after)
        for i, t in enumerate(self.turns, 1):
            out.extend(r.to_record() for r in refused if r.after == i - 1)
            out.append(t.to_record(i))
        out.extend(r.to_record() for r in refused if r.after >= len(self.turns))
        if self.ended is not None:
            out.append(self.end_record())
        return out

    def to_dict(self) -> dict[str, Any]:
        """One JSON object holding the whole session (what ``run --json`` prints)."""
        data = self.header_record()
        del data["type"]
        data["turns"] = [
            {k: v for k, v in t.to_record(i).items() if k != "type"}
            for i, t in enumerate(self.turns, 1)
        ]
        end = self.end_record()
        del end["type"]
        data.update(end)
        if self.refused:
            data["refused"] = [
                {k: v for k, v in r.to_record().items() if k != "type"} for r in self.refused
            ]
        return data

    def to_text(self) -> str:
        """The plain-text form: ``Rep:`` / ``Prospect:`` lines."""
        return "".join(
            f"{'Rep' if t.is_rep else 'Prospect'}: {' '.join(t.text.split())}\n" for t in self.turns
        )


def dumps_record(record: Mapping[str, Any]) -> str:
    """One JSON Lines line (with its newline) for ``record``."""
    import json

    return json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n"


def parse(text: str, source: str | None = None, *, rep: str | None = None) -> Transcript:
    """Parse a transcript in any format: a saved session (JSON Lines) or a real call.

    Args:
        text: The file's contents.
        source: The file name, used in error messages (its extension helps tell
            captions apart).
        rep: For a call whose speakers are named, the name of the rep (``--rep``);
            None to guess. Other formats already say who the rep is, and ignore it.

    Raises:
        TranscriptError: naming the file and line of the first problem.
    """
    if "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        raise TranscriptError("binary data, not a transcript", file=source, line=line)
    if text.lstrip().startswith("{"):
        from roleplay.transcript_json import parse_session  # a plain-text call never needs it

        return parse_session(text, source)
    return parse_call(text, source, rep=rep)


#: The formats of a real call, as :func:`call_format` names them.
REP_PROSPECT, NAMES, VTT, SRT = "rep-prospect", "names", "vtt", "srt"


def call_format(text: str, source: str | None = None) -> str:
    """Which format a real call is in, read from its first lines (and its extension).

    ``WEBVTT`` at the top, or a first block that is a caption (an optional number, then
    ``00:00:01,000 --> 00:00:04,000``), is a caption file: ``vtt`` or ``srt`` by the
    decimal mark of that time. A first line starting ``Rep:`` or ``Prospect:`` is the
    plain format. Otherwise a ``.vtt`` or ``.srt`` name still means captions (the caption
    reader then says what is wrong with them), and anything else is read as named
    speakers.
    """
    head: list[str] = []
    for raw in text[:4096].lstrip("\ufeff").splitlines():
        stripped = raw.strip()
        if stripped and (head or not stripped.startswith("#")):
            head.append(stripped)
            if len(head) == 2:
                break
    if head and head[0].startswith("WEBVTT"):
        return VTT
    timing = next((h for h in head[: 2 if head and head[0].isdigit() else 1] if "-->" in h), None)
    if timing is not None:
        return SRT if "," in timing.split("-->", 1)[0] else VTT
    if head and _LABEL.match(head[0]):
        return REP_PROSPECT
    suffix = (source or "").rsplit(".", 1)[-1].lower() if "." in (source or "") else ""
    if suffix in (VTT, SRT):
        return suffix
    return NAMES if head else REP_PROSPECT


def parse_call(text: str, source: str | None = None, *, rep: str | None = None) -> Transcript:
    """Parse a real call in any of its formats (see :func:`call_format`).

    Raises:
        TranscriptError: naming the file and line of the first problem.
    """
    kind = call_format(text, source)
    if kind == REP_PROSPECT:
        return parse_text(text, source)
    if kind == NAMES:
        from roleplay.transcript_speakers import parse_named  # only these files need it

        return parse_named(text, source, rep=rep)
    from roleplay.transcript_captions import parse_captions  # only caption files need it

    return parse_captions(text, source, kind, rep=rep)


def parse_text(text: str, source: str | None = None) -> Transcript:
    """Parse a plain-text ``Rep:`` / ``Prospect:`` transcript."""
    turns = [
        Turn(speaker=label.lower(), text=said, line=lineno)
        for label, said, lineno in labelled_lines(text, source, _rep_or_prospect)
    ]
    return Transcript(turns=tuple(turns), source=source, kind="text", source_format=REP_PROSPECT)


def _rep_or_prospect(raw: str) -> tuple[str, str] | None:
    match = _LABEL.match(raw)
    return (match.group(1), match.group(2).strip()) if match else None


def labelled_lines(
    text: str,
    source: str | None,
    label: Callable[[str], tuple[str, str] | None],
    skip: Callable[[str], bool] | None = None,
) -> list[tuple[str, str, int]]:
    """``(label, text, line)`` for each turn of a transcript with one labelled line per turn.

    ``label(line)`` gives ``(label, what was said)`` for a line that starts a turn, or
    None; an unlabelled line continues the turn above. Blank lines, lines starting with
    ``#`` and lines ``skip`` refuses are ignored.

    Raises:
        TranscriptError: for text before the first label, or no turn at all.
    """
    turns: list[tuple[str, str, int]] = []
    for lineno, raw in enumerate(text.splitlines(), 1):
        stripped = raw.strip()
        if not stripped or stripped.startswith("#") or (skip is not None and skip(stripped)):
            continue
        found = label(raw)
        if found is not None:
            turns.append((found[0], found[1], lineno))
        elif turns:
            who, said, line = turns[-1]
            turns[-1] = (who, f"{said} {stripped}" if said else stripped, line)
        else:
            # The line itself is not quoted: this may not be a transcript at all (a
            # password file behind a link), and a warning must not leak what it says.
            raise TranscriptError(
                "expected a line starting 'Rep:' or 'Prospect:'; this does not look like a transcript",
                file=source,
                line=lineno,
                col=1,
            )
    if not turns:
        raise TranscriptError(
            "no turns found (no line starts 'Rep:' or 'Prospect:')", file=source, line=1
        )
    return turns


def turns_from_pairs(pairs: Iterable[tuple[str, str]]) -> tuple[Turn, ...]:
    """Turns from ``(speaker, text)`` pairs; handy in tests and benchmarks."""
    return tuple(Turn(speaker=s, text=t) for s, t in pairs)


# The saved-session reader lives in roleplay.transcript_json (``roleplay score`` on a
# plain-text call never compiles it); its names are still importable from here.
_SESSION_NAMES = frozenset(
    {
        "MAX_NUMBER",
        "JSONValueError",
        "loads_json",
        "parse_session",
        "from_records",
        "turn_problem",
    }
)
if TYPE_CHECKING:
    from roleplay.transcript_json import (
        MAX_NUMBER as MAX_NUMBER,
    )
    from roleplay.transcript_json import (
        JSONValueError as JSONValueError,
    )
    from roleplay.transcript_json import (
        from_records as from_records,
    )
    from roleplay.transcript_json import (
        loads_json as loads_json,
    )
    from roleplay.transcript_json import (
        parse_session as parse_session,
    )
    from roleplay.transcript_json import (
        turn_problem as turn_problem,
    )


def __getattr__(name: str) -> Any:
    if name in _SESSION_NAMES:
        from roleplay import transcript_json

        return getattr(transcript_json, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
