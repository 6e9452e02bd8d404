"""Sessions and mistakes as rows, for a spreadsheet or an LMS.

Two CSV tables, because a spreadsheet user expects one kind of row per sheet:

* **sessions**: one row per session (:data:`SESSION_COLUMNS`);
* **mistakes**: one row per mistake (:data:`MISTAKE_COLUMNS`), joined to its session by
  the ``session`` column.

JSON Lines instead holds one object per session with its mistakes nested, since a JSON
reader has no use for the split; ``roleplay.review.xapi`` writes xAPI statements.

Every format names a session by its key (``SessionSummary.key``: the file name without
folder or extension), never by a path, so that the same sessions exported from another
working directory, or after the folder moved, give the same rows.

Text cells that a spreadsheet would run as a formula (starting ``=``, ``+``, ``-``, ``@``)
get a leading ``'``, the usual guard against CSV injection: a trainee can type anything.
For the same reason control characters other than newline and tab are written visibly
(``roleplay.printable``), since ``--csv -`` may be read on a terminal; JSON Lines escape
them instead, which keeps the values exact. Pure: the caller opens the streams.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any, TextIO

from roleplay.errors import UsageError
from roleplay.printable import json_text, printable
from roleplay.review.sessions import SessionSummary

SESSION_COLUMNS = (
    "session",
    "date",
    "started",
    "trainee",
    "scenario",
    "scenario_title",
    "difficulty",
    "outcome",
    "finished",
    "score",
    "turns",
    "mistake_count",
    "mistake_codes",
)
MISTAKE_COLUMNS = (
    "session",
    "date",
    "trainee",
    "scenario",
    "turn",
    "code",
    "weight",
    "evidence",
    "message",
    "tip",
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
#: The byte order mark that tells Excel a CSV file is UTF-8 (it guesses a legacy code page
#: otherwise, and shows "RenÃ©e" for "Renée").
BOM = "\ufeff"


def one_per_key(summaries: Iterable[SessionSummary]) -> tuple[list[SessionSummary], list[str]]:
    """The sessions with each key once, and a warning for each copy left out.

    A saved session found twice under one folder (a backup copy beside the original: the
    same key, the same summary) is exported once. Its key holds its start to the second
    and six random hex digits, so two different sessions do not share one by chance.

    Raises:
        UsageError: two files with one key that are not copies of one saved session, such
            as two real calls both named ``call.txt`` in two folders: rows joined on the key
            would mix them up.
    """
    kept: dict[str, SessionSummary] = {}
    warnings: list[str] = []
    for s in summaries:
        first = kept.setdefault(s.key, s)
        if first is s:
            continue
        if s.kind != "session" or replace(s, file=first.file) != first:
            raise UsageError(
                f"{first.file} and {s.file} are both session {s.key!r}; "
                "rename one, or export their folders one at a time"
            )
        warnings.append(f"{s.file}: a copy of {first.file}; exported once")
    return list(kept.values()), warnings


def session_rows(summaries: Iterable[SessionSummary]) -> list[dict[str, Any]]:
    """One row per session, keyed by :data:`SESSION_COLUMNS`."""
    return [
        {
            "session": s.key,
            "date": s.date.isoformat() if s.date else "",
            "started": s.started or "",
            "trainee": s.trainee or "",
            "scenario": s.scenario or "",
            "scenario_title": s.scenario_title or "",
            "difficulty": s.difficulty or "",
            "outcome": s.outcome or "",
            "finished": "yes" if s.finished else "no",
            "score": "" if s.score is None else s.score,
            "turns": s.turns,
            "mistake_count": len(s.mistakes),
            "mistake_codes": ";".join(s.codes),
        }
        for s in summaries
    ]


def mistake_rows(summaries: Iterable[SessionSummary]) -> list[dict[str, Any]]:
    """One row per mistake, keyed by :data:`MISTAKE_COLUMNS`."""
    from roleplay.review.annotate import tip_for

    return [
        {
            "session": s.key,
            "date": s.date.isoformat() if s.date else "",
            "trainee": s.trainee or "",
            "scenario": s.scenario or "",
            "turn": m.turn,
            "code": m.code,
            "weight": m.weight,
            "evidence": m.evidence,
            "message": m.message,
            "tip": tip_for(m),
        }
        for s in summaries
        for m in s.mistakes
    ]


def _cell(value: Any) -> Any:
    if not isinstance(value, str):
        return value
    value = printable(value, keep="\n\t")
    return "'" + value if value.startswith(_FORMULA_START) else value


def write_csv(
    rows: Iterable[dict[str, Any]], columns: Sequence[str], stream: TextIO, bom: bool = False
) -> int:
    """Write a header and ``rows`` as CSV; return the number of rows written.

    Args:
        rows: Keyed by ``columns``.
        columns: The header.
        stream: Where to write.
        bom: Start with :data:`BOM`, for Excel.
    """
    if bom:
        stream.write(BOM)
    writer = csv.DictWriter(stream, fieldnames=list(columns), lineterminator="\r\n")
    writer.writeheader()
    count = 0
    for row in rows:
        writer.writerow({k: _cell(v) for k, v in row.items()})
        count += 1
    return count


def write_jsonl(summaries: Iterable[SessionSummary], stream: TextIO) -> int:
    """One JSON object per session (``session``, its key, then ``file`` and the rest), its
    mistakes nested; return the number written."""
    count = 0
    for s in summaries:
        record = {"session": s.key, **s.to_dict()}
        stream.write(json_text(record) + "\n")
        count += 1
    return count
