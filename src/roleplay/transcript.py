"""The transcript model, and the two formats it is read from and written to.

Two formats:

* **Plain text**, for real calls (see ``docs/scoring.md``): one turn per line
  starting ``Rep:`` or ``Prospect:`` (case-insensitive); an unlabelled line continues
  the turn above; blank lines and lines starting with ``#`` are ignored.
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

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace

from roleplay.errors import TranscriptError
from roleplay.scoring.scorecard import Scorecard

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at start-up
if TYPE_CHECKING:
    import json
    from typing import Any, TypedDict, TypeGuard

#: Current version of the saved-session format. Bump it when the records change, and
#: teach ``_upgrade`` to read the older versions.
FORMAT_VERSION = 1
FORMAT_NAME = "roleplay-transcript"

REP = "rep"
PROSPECT = "prospect"
SPEAKERS = (REP, PROSPECT)

_LABEL = re.compile(r"^\s*(rep|prospect)\s*:\s?(.*)$", re.IGNORECASE)

#: Whole numbers in a record (turn numbers, weights, seeds) must lie within this, so that
#: no later sum, conversion or format of them can overflow.
MAX_NUMBER = 10**15
# A \\uD800-\\uDFFF escape: a surrogate, which is only valid as half of a pair.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


class JSONValueError(ValueError):
    """A JSON value no transcript holds (NaN, a number out of range, nesting too deep)."""


def _parse_float(literal: str) -> float:
    value = float(literal)
    if not math.isfinite(value):
        raise JSONValueError(f"the number {literal[:20]} is out of range")
    return value


def _parse_constant(name: str) -> float:
    raise JSONValueError(f"{name} is not a number JSON allows")


# Integers keep the decoder's fast path; Python refuses those over 4,300 digits itself.
# Made on first use, like ``json`` itself: a plain-text transcript never needs them.
_DECODER: list[json.JSONDecoder] = []


def loads_json(text: str) -> Any:
    """Decode JSON as a transcript holds it, refusing what no roleplay writer writes.

    Raises:
        json.JSONDecodeError: for broken syntax (with the column).
        JSONValueError: for NaN or Infinity, numbers out of float range or too long
            for Python, nesting deeper than the recursion limit, and lone surrogates.
    """
    import json

    if not _DECODER:
        _DECODER.append(json.JSONDecoder(parse_float=_parse_float, parse_constant=_parse_constant))
    try:
        value = _DECODER[0].decode(text)
    except RecursionError:
        raise JSONValueError("nested too deeply") from None
    except json.JSONDecodeError:
        raise
    except ValueError as exc:  # int(): "Exceeds the limit (4300 digits) ..."
        if "digits" not in str(exc):
            raise
        raise JSONValueError("a number with too many digits") from None
    if _SURROGATE_ESCAPE.search(text):
        try:
            json.dumps(value, ensure_ascii=False).encode("utf-8")
        except UnicodeEncodeError:
            raise JSONValueError(
                "a \\u escape that is half a character (a lone surrogate)"
            ) from None
        except RecursionError:
            raise JSONValueError("nested too deeply") from None
    return value


@dataclass(frozen=True)
class Turn:
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
    """

    speaker: str
    text: str
    line: int | None = None
    state: str | None = None
    at: str | None = None
    intent: str | None = None
    mistakes: tuple[str, ...] = ()
    moods: Mapping[str, int] = field(default_factory=dict)

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


@dataclass(frozen=True)
class RefusedLine:
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
    at: str | None = None
    chars: int | None = None

    def to_record(self) -> dict[str, Any]:
        record: dict[str, Any] = {"type": "refused", "after": self.after, "text": self.text}
        for key in ("reason", "at", "chars"):
            value = getattr(self, key)
            if value is not None:
                record[key] = value
        return record


#: A refused line is kept up to this many characters (a paste can be a whole document).
MAX_REFUSED_CHARS = 20_000


@dataclass(frozen=True)
class Transcript:
    """A whole call: its turns, and what is known about the session it came from.

    Plain-text transcripts only have ``turns`` and ``source``; saved sessions have the rest.
    """

    turns: tuple[Turn, ...]
    source: str | None = None
    kind: str = "text"  # "text" or "session"
    version: int | None = None
    scenario: str | None = None
    scenario_title: str | None = None
    difficulty: str | None = None
    seed: int | None = None
    trainee: str | None = None
    started: str | None = None
    ended: str | None = None
    outcome: str | None = None
    final_state: str | None = None
    end_reason: str | None = None
    scorecard: Scorecard | None = None
    meta: Mapping[str, Any] = field(default_factory=dict)
    refused: tuple[RefusedLine, ...] = ()

    @property
    def finished(self) -> bool:
        """True when the session recorded its end (plain text counts as finished)."""
        return self.kind == "text" or self.ended is not None

    def with_turn(self, turn: Turn) -> Transcript:
        return replace(self, turns=(*self.turns, turn))

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


def parse(text: str, source: str | None = None) -> Transcript:
    """Parse a transcript in either format, telling them apart by the first character.

    Args:
        text: The file's contents.
        source: The file name, used in error messages.

    Raises:
        TranscriptError: naming the file and line of the first problem.
    """
    if "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        raise TranscriptError("binary data, not a transcript", file=source, line=line)
    if text.lstrip().startswith("{"):
        return parse_session(text, source)
    return parse_text(text, source)


def parse_text(text: str, source: str | None = None) -> Transcript:
    """Parse a plain-text ``Rep:`` / ``Prospect:`` transcript."""
    turns: list[Turn] = []
    for lineno, raw in enumerate(text.splitlines(), 1):
        stripped = raw.strip()
        if not stripped or stripped.startswith("#"):
            continue
        match = _LABEL.match(raw)
        if match:
            speaker = match.group(1).lower()
            turns.append(Turn(speaker=speaker, text=match.group(2).strip(), line=lineno))
        elif turns:
            last = turns[-1]
            joined = f"{last.text} {stripped}" if last.text else stripped
            turns[-1] = replace(last, text=joined)
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
    return Transcript(turns=tuple(turns), source=source, kind="text")


def parse_session(text: str, source: str | None = None) -> Transcript:
    """Parse a saved session (JSON Lines). A missing ``end`` record is allowed."""
    import json

    records: list[tuple[int, dict[str, Any]]] = []
    lines = text.splitlines()
    for lineno, raw in enumerate(lines, 1):
        if not raw.strip():
            continue
        try:
            record = loads_json(raw)
        except json.JSONDecodeError as exc:
            if lineno == len(lines) and not text.endswith("\n") and records:
                # A torn final write (the process died mid-line): everything before
                # it is intact, so keep it rather than lose the whole session.
                break
            raise TranscriptError(
                f"invalid JSON: {exc.msg}", file=source, line=lineno, col=exc.colno
            ) from None
        except JSONValueError as exc:
            raise TranscriptError(f"invalid JSON: {exc}", file=source, line=lineno) from None
        if not isinstance(record, dict) or not isinstance(record.get("type"), str):
            raise TranscriptError(
                "expected a JSON object with a 'type'", file=source, line=lineno, col=1
            )
        records.append((lineno, record))
    return from_records(records, source)


if TYPE_CHECKING:  # only read by the type checker: no typing import at start-up

    class _HeaderFields(TypedDict):
        """The header's fields that become :class:`Transcript` fields of the same name."""

        scenario: str | None
        scenario_title: str | None
        difficulty: str | None
        seed: int | None
        trainee: str | None
        started: str | None


def from_records(
    records: Sequence[tuple[int, Mapping[str, Any]]], source: str | None = None
) -> Transcript:
    """Build a transcript from ``(line, record)`` pairs of the saved format."""
    if not records or records[0][1].get("type") != "header":
        raise TranscriptError(
            "a saved session must start with a header record", file=source, line=1
        )
    head_line, header = records[0]
    if header.get("format") != FORMAT_NAME:
        raise TranscriptError(f"not a {FORMAT_NAME} file", file=source, line=head_line)
    version = header.get("version")
    if not _is_int(version) or version < 1:
        raise TranscriptError("header has no valid 'version'", file=source, line=head_line)
    if version > FORMAT_VERSION:
        raise TranscriptError(
            f"format version {version} is newer than this roleplay reads ({FORMAT_VERSION}); upgrade roleplay",
            file=source,
            line=head_line,
        )
    body = [(n, _upgrade(dict(r), version)) for n, r in records[1:]]
    known = {
        "type",
        "format",
        "version",
        "scenario",
        "scenario_title",
        "difficulty",
        "seed",
        "trainee",
        "started",
    }
    head = _Fields(header, source, head_line)
    header_fields: _HeaderFields = {
        "scenario": head.text("scenario"),
        "scenario_title": head.text("scenario_title"),
        "difficulty": head.text("difficulty"),
        "seed": head.number("seed"),
        "trainee": head.text("trainee"),
        "started": head.text("started"),
    }
    turns: list[Turn] = []
    refused: list[RefusedLine] = []
    last_n: Any = None
    end: Mapping[str, Any] = {}
    end_line = head_line
    for lineno, record in body:
        kind = record.get("type")
        if kind == "turn":
            turn = _turn_from_record(record, source, lineno)
            if turns and record.get("n") is not None and record.get("n") == last_n:
                # The same turn again, now with the engine's analysis: it replaces the
                # first record, which was written before the engine saw the line.
                turns[-1] = replace(turn, line=turns[-1].line)
            else:
                turns.append(turn)
            last_n = record.get("n")
        elif kind == "refused":
            refused.append(_refused_from_record(record, source, lineno))
        elif kind == "end":
            end, end_line = record, lineno
        else:
            raise TranscriptError(f"unknown record type {_shown(kind)}", file=source, line=lineno)
    tail = _Fields(end, source, end_line if end else head_line)
    return Transcript(
        turns=tuple(turns),
        source=source,
        kind="session",
        version=version,
        **header_fields,
        ended=tail.text("ended"),
        outcome=tail.text("outcome"),
        final_state=tail.text("final_state"),
        end_reason=tail.text("end_reason"),
        scorecard=_scorecard(end.get("scorecard"), source, tail.line),
        meta={k: v for k, v in header.items() if k not in known},
        refused=tuple(refused),
    )


def _upgrade(record: dict[str, Any], version: int) -> dict[str, Any]:
    """Bring a record of an older format version up to the current one.

    Version 1 is the first format, so there is nothing to convert yet; the hook exists
    so that a future version 2 converts here and every reader keeps working.
    """
    return record


def turn_problem(record: Mapping[str, Any]) -> str | None:
    """What is wrong with a turn record, or None when it is well formed.

    The one check of a turn's fields, used by the full reader and by the review's quick
    path, which checks thousands of turns without building them (hence the plain code).
    """
    get = record.get
    if get("speaker") not in SPEAKERS or get("text").__class__ is not str:
        return "a turn needs 'speaker' (rep or prospect) and 'text'"
    for key in _TURN_TEXT:
        value = get(key)
        if value is not None and value.__class__ is not str:
            return f"'{key}' must be text, not {_kind(value)}"
    n = get("n")
    if n is not None and not _is_int(n):
        return f"'n' must be a whole number, not {_kind(n)}"
    mistakes = get("mistakes")
    if mistakes is not None and (
        mistakes.__class__ is not list or not all(m.__class__ is str for m in mistakes)
    ):
        return "'mistakes' must be a list of codes"
    moods = get("moods")
    if moods is not None and (moods.__class__ is not dict or not all(map(_is_int, moods.values()))):
        return "'moods' must map each mood to a whole number"
    return None


_TURN_TEXT = ("state", "at", "intent")


def _turn_from_record(record: Mapping[str, Any], source: str | None, lineno: int) -> Turn:
    problem = turn_problem(record)
    if problem is not None:
        raise TranscriptError(problem, file=source, line=lineno)
    return Turn(
        speaker=record["speaker"],
        text=record["text"],
        line=lineno,
        state=record.get("state"),
        at=record.get("at"),
        intent=record.get("intent"),
        mistakes=tuple(record.get("mistakes") or ()),
        moods=dict(record.get("moods") or {}),
    )


def _is_int(value: Any) -> TypeGuard[int]:
    """A JSON whole number within ±:data:`MAX_NUMBER` (``true`` is not one)."""
    return value.__class__ is int and -MAX_NUMBER <= value <= MAX_NUMBER


def _kind(value: Any) -> str:
    """The JSON type of ``value`` in words, for messages that never echo the value."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int):
        return "a whole number" if _is_int(value) else "a number out of range"
    if isinstance(value, float):
        return "a decimal number"
    if isinstance(value, str):
        return "text"
    return "a list" if isinstance(value, list) else "an object"


def _shown(value: Any, limit: int = 40) -> str:
    """A value from the file for a message: quoted, and short (never a whole line)."""
    text = repr(value) if isinstance(value, str) else _kind(value)
    return text if len(text) <= limit else text[: limit - 4] + "...'"


class _Fields:
    """Typed access to one record's optional fields; a wrong type names the line."""

    def __init__(self, record: Mapping[str, Any], source: str | None, line: int) -> None:
        self.record, self.source, self.line = record, source, line

    def _wrong(self, key: str, wanted: str, value: Any) -> TranscriptError:
        return TranscriptError(
            f"'{key}' must be {wanted}, not {_kind(value)}", file=self.source, line=self.line
        )

    def text(self, key: str) -> str | None:
        value = self.record.get(key)
        if value is None or isinstance(value, str):
            return value
        raise self._wrong(key, "text", value)

    def number(self, key: str) -> int | None:
        value = self.record.get(key)
        if value is None or _is_int(value):
            return value
        raise self._wrong(key, "a whole number", value)


def _scorecard(data: Any, source: str | None, line: int) -> Scorecard | None:
    """The stored scorecard, every field checked: the review trusts it without rescoring."""
    if data is None:
        return None

    def bad(message: str) -> TranscriptError:
        return TranscriptError(f"malformed scorecard: {message}", file=source, line=line)

    if not isinstance(data, dict):
        raise bad(f"expected an object, not {_kind(data)}")
    score = data.get("score")
    if score is None:
        raise bad("no 'score'")
    if not _is_int(score) or not 0 <= score <= 100:
        raise bad(f"'score' must be a whole number from 0 to 100, not {_shown(score)}")
    if not isinstance(data.get("voicemail", False), bool):
        raise bad("'voicemail' must be true or false")
    if not isinstance(data.get("extra", {}), dict):
        raise bad("'extra' must be an object")
    if not isinstance(data.get("attempted", True), bool):
        raise bad("'attempted' must be true or false")
    for key, number in (("mistakes", "weight"), ("credits", "points")):
        items = data.get(key, [])
        if not isinstance(items, list):
            raise bad(f"'{key}' must be a list, not {_kind(items)}")
        for i, item in enumerate(items, 1):
            problem = _item_problem(item, number, needs_turn=key == "mistakes")
            if problem:
                raise bad(f"{key} #{i}: {problem}")
    return Scorecard.from_dict(data)


def _item_problem(item: Any, number: str, needs_turn: bool) -> str | None:
    if not isinstance(item, dict):
        return f"expected an object, not {_kind(item)}"
    if not isinstance(item.get("code"), str):
        return "'code' must be text"
    if needs_turn and "turn" not in item:
        return "no 'turn'"
    for key in ("turn", number):
        if key in item and not _is_int(item[key]):
            return f"'{key}' must be a whole number, not {_kind(item[key])}"
    for key in ("evidence", "message", "tip"):
        if key in item and not isinstance(item[key], str):
            return f"'{key}' must be text, not {_kind(item[key])}"
    return None


def _refused_from_record(record: Mapping[str, Any], source: str | None, lineno: int) -> RefusedLine:
    text, after = record.get("text"), record.get("after")
    if not isinstance(text, str) or not isinstance(after, int) or isinstance(after, bool):
        raise TranscriptError(
            "a refused line needs 'text' and 'after' (a turn count)", file=source, line=lineno
        )
    chars = record.get("chars")
    return RefusedLine(
        text=text,
        reason=str(record.get("reason") or ""),
        after=after,
        at=_opt_str(record.get("at")),
        chars=chars if isinstance(chars, int) and not isinstance(chars, bool) else None,
    )


def _opt_str(value: Any) -> str | None:
    return None if value is None else str(value)


def turns_from_pairs(pairs: Iterable[tuple[str, str]]) -> tuple[Turn, ...]:
    """Turns from ``(speaker, text)`` pairs; handy in tests and benchmarks."""
    return tuple(Turn(speaker=s, text=t) for s, t in pairs)
