"""Caption files of recorded calls: WebVTT (``.vtt``) and SRT (``.srt``), with speakers.

What Zoom, Microsoft Teams and Google Meet export::

    WEBVTT
    Kind: captions

    NOTE written by the meeting tool

    1
    00:00:01.200 --> 00:00:04.000
    <v Gina Morales>Harbor Dental, this is Gina.</v>

    2
    00:00:04.500 --> 00:00:09.000
    Omar Said: Hi Gina, this is Omar
    with Crestview Supply.

Read here:

* the ``WEBVTT`` header and its metadata lines, ``NOTE``, ``STYLE`` and ``REGION`` blocks
  are skipped; cue numbers and identifiers are optional;
* times are ``HH:MM:SS.mmm`` or ``MM:SS.mmm`` (SRT writes ``,`` for ``.``); a cue's settings
  after its end time are ignored;
* the speaker is a voice tag ``<v Name>`` (Teams) or a ``Name:`` at the start of a line
  (Zoom, Meet: the same names :mod:`roleplay.transcript_speakers` reads); a cue that names
  nobody continues the speaker before it. Other tags (``<b>``, ``<c.yellow>``,
  ``<00:00:02.000>``) are dropped, and ``&amp;``-style entities decoded;
* consecutive cues of one speaker are one turn, from the start of its first cue to the
  end of its last. A cue with two speakers is shared between them by words.

Each turn keeps its start and end, in seconds. A file that breaks these rules is one
:class:`~roleplay.errors.TranscriptError` naming its line: a block with no times where
they belong, times that are not times, a cue that ends before it starts, a cue that
starts before the one above it (captions are in time order), or no speaker named at all
(the rules need to know who is talking).

Imported only for a caption file. Pure: text in, a
:class:`~roleplay.transcript.Transcript` out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from roleplay.errors import TranscriptError
from roleplay.language.text import word_count
from roleplay.transcript import Transcript
from roleplay.transcript_speakers import Said, assign_sides, speaker_label

_TIME = r"(?:(\d{1,6}):)?(\d{1,2}):(\d{2})(?:[.,](\d{1,3}))?"
_TIMING = re.compile(rf"^\s*{_TIME}\s*-->\s*{_TIME}(?:\s.*)?$")
# Bounded scans (no '<' inside a tag): a megabyte of '<' costs one pass, not a square.
_VOICE = re.compile(r"<v(?:\.[^\s<>]*)?(?:[ \t]+([^<>]*))?>|</v\s*>")
_TAG = re.compile(r"<[^<>]*>")
_SKIPPED_BLOCKS = ("NOTE", "STYLE", "REGION")


def parse_captions(
    text: str, source: str | None = None, kind: str = "vtt", *, rep: str | None = None
) -> Transcript:
    """Parse a WebVTT or SRT file whose captions name their speakers.

    Args:
        text: The file's contents.
        source: Its name, for messages.
        kind: ``vtt`` or ``srt`` (both dialects are read alike; it is reported).
        rep: The rep's name (``--rep``), or None to guess.

    Raises:
        TranscriptError: naming the file and line of the first problem.
    """
    if text.startswith("\ufeff"):
        text = text[1:]
    said: list[Said] = []
    unnamed: int | None = None  # the line of the first caption read before any name
    previous_start: tuple[float, int] | None = None
    speaker: str | None = None
    for timing_line, start, end, payload in _cues(text, source):
        if previous_start is not None and start < previous_start[0]:
            raise TranscriptError(
                f"this caption starts at {clock(start)}, before the one above it "
                f"(line {previous_start[1]}, {clock(previous_start[0])}); captions must be "
                "in time order",
                file=source,
                line=timing_line,
            )
        previous_start = (start, timing_line)
        pieces = []
        for line, name, words in _voices(payload):
            speaker = name or speaker
            if speaker is None:
                unnamed = line if unnamed is None else unnamed
                continue
            pieces.append((speaker, words, line))
        said.extend(_share(pieces, start, end))
    if not said:
        if unnamed is not None:
            raise TranscriptError(
                "no caption names its speaker; roleplay needs to know who is talking "
                "(Teams writes <v Alice Chen>, Zoom and Meet 'Alice Chen:' at the start of "
                "a caption)",
                file=source,
                line=unnamed,
            )
        raise TranscriptError("no captions with words in them", file=source, line=1)
    if unnamed is not None:
        raise TranscriptError(
            "this caption names no speaker, and no caption before it does; add the "
            "speaker's name ('Alice Chen: ...')",
            file=source,
            line=unnamed,
        )
    return assign_sides(said, source, kind, rep=rep)


def _cues(
    text: str, source: str | None
) -> Iterator[tuple[int, float, float, list[tuple[int, str]]]]:
    """``(timing line, start, end, [(line, text), ...])`` for each cue, in file order."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    block: list[tuple[int, str]] = []
    first = True
    for number, raw in enumerate([*lines, ""], 1):
        if raw.strip():
            block.append((number, raw))
            continue
        if not block:
            continue
        if first and block[0][1].lstrip().startswith("WEBVTT"):
            # The header's metadata runs to the first blank line, or to a cue's times
            # written right under it.
            at = next((i for i, (_, b) in enumerate(block) if "-->" in b), len(block))
            block = block[at:]
        first = False
        if block and block[0][1].split(None, 1)[0] not in _SKIPPED_BLOCKS:
            yield _cue(block, source)
        block = []


def _cue(
    block: list[tuple[int, str]], source: str | None
) -> tuple[int, float, float, list[tuple[int, str]]]:
    """One cue: an optional identifier, its times, then its text."""
    at = 0 if "-->" in block[0][1] else 1
    if at >= len(block) or "-->" not in block[at][1]:
        raise TranscriptError(
            "expected a caption's times on this line ('00:00:01.000 --> 00:00:04.000')",
            file=source,
            line=block[min(at, len(block) - 1)][0],
        )
    number, timing = block[at]
    match = _TIMING.match(timing[:200])
    start = _seconds(match.groups()[:4]) if match else None
    end = _seconds(match.groups()[4:]) if match else None
    if start is None or end is None:
        raise TranscriptError(
            "these caption times are not times such as '00:00:01.000 --> 00:00:04.000'",
            file=source,
            line=number,
        )
    if end < start:
        raise TranscriptError(
            f"this caption ends ({clock(end)}) before it starts ({clock(start)})",
            file=source,
            line=number,
        )
    return number, start, end, block[at + 1 :]


def _seconds(parts: tuple[str | None, ...]) -> float | None:
    hours, minutes, seconds, fraction = parts
    if minutes is None or seconds is None or int(seconds) > 59 or int(minutes) > 59:
        return None
    value = int(hours or 0) * 3600 + int(minutes) * 60 + int(seconds)
    return value + (int(fraction) / 10 ** len(fraction) if fraction else 0.0)


def clock(seconds: float) -> str:
    """``0:01:04.500``: a caption time as people read it."""
    millis = round(seconds * 1000)
    whole, millis = divmod(millis, 1000)
    return f"{whole // 3600}:{whole // 60 % 60:02d}:{whole % 60:02d}.{millis:03d}"


def _voices(payload: list[tuple[int, str]]) -> Iterator[tuple[int, str | None, str]]:
    """``(line, speaker or None, words)`` for each stretch of a cue's text.

    A voice tag names whoever speaks up to the next voice tag or ``</v>``; without voice
    tags, a line that opens with a name and a colon starts a new speaker.
    """
    for line, raw in payload:
        voiced = False
        cut = 0
        name: str | None = None
        for match in _VOICE.finditer(raw):
            voiced = True
            yield from _words(line, name, raw[cut : match.start()])
            closing = match.group(0).startswith("</")
            name = None if closing else _clean(match.group(1) or "") or None
            cut = match.end()
        if voiced:
            yield from _words(line, name, raw[cut:])
            continue
        plain = _clean(raw)
        labelled = speaker_label(plain)
        if labelled is not None:
            yield line, labelled[0], labelled[1]
        elif plain:
            yield line, None, plain


def _words(line: int, name: str | None, fragment: str) -> Iterator[tuple[int, str | None, str]]:
    words = _clean(fragment)
    if words:
        yield line, name, words


def _clean(fragment: str) -> str:
    """A caption's text without its tags, entities decoded, white space folded."""
    text = _TAG.sub("", fragment) if "<" in fragment else fragment
    if "&" in text:
        from html import unescape  # only a caption with an entity needs it

        text = unescape(text)
    return " ".join(text.split())


def _share(pieces: list[tuple[str, str, int]], start: float, end: float) -> list[Said]:
    """One cue's speech, its time shared by words when more than one speaker is in it."""
    if not pieces:
        return []
    merged: list[tuple[str, str, int]] = []
    for name, words, line in pieces:
        if merged and merged[-1][0] == name:
            merged[-1] = (name, f"{merged[-1][1]} {words}".strip(), merged[-1][2])
        else:
            merged.append((name, words, line))
    merged = [piece for piece in merged if piece[1]]
    total = sum(word_count(words) for _, words, _ in merged) or 1
    out, done = [], 0
    for name, words, line in merged:
        count = word_count(words)
        begin = start + (end - start) * done / total
        done += count
        out.append(Said(name, words, line, begin, start + (end - start) * done / total))
    return out
