"""Reading saved sessions (JSON Lines): the strict half of :mod:`roleplay.transcript`.

Imported only when a saved session is read, so that scoring a plain-text call never
compiles it. See :mod:`roleplay.transcript` for the format and what reading refuses.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence

from roleplay.errors import TranscriptError
from roleplay.scoring.scorecard import Scorecard
from roleplay.transcript import (
    FORMAT_NAME,
    FORMAT_VERSION,
    SPEAKERS,
    RefusedLine,
    Transcript,
    Turn,
)

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at start-up
if TYPE_CHECKING:
    import json
    from typing import Any, TypedDict, TypeGuard

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
                turns[-1] = turn.replace(line=turns[-1].line)
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
