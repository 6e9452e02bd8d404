"""Exam results in a review: reading the saved results, filtering them, and their tables.

``roleplay exam`` saves each trainee's result as one JSON file in an ``exams`` folder
below the transcripts folder (``DIR/exams/``). ``review``, ``report`` and
``review --json`` list them beside the sessions; a session is never read as a result, nor
a result as a session (``.json`` against ``.jsonl``).

:func:`load_results` is the one function here that reads files; a bad result file is a
warning, never the end of a review.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from roleplay.dialogue.exam import ExamResult, ResultFormatError, result_from_dict, results_table
from roleplay.errors import TranscriptError
from roleplay.printable import clip, printable
from roleplay.review.layout import Column, fit_table
from roleplay.review.sessions import display_name, parse_timestamp
from roleplay.storage import EXAMS_FOLDER, read_text, resolve_inside

#: Result files are small; anything bigger is not one.
MAX_RESULT_BYTES = 1024 * 1024


@dataclass(frozen=True)
class SavedResult:
    """One exam result file.

    Attributes:
        file: The file, as shown to the user.
        result: What it holds.
    """

    file: str
    result: ExamResult
    started_at: datetime | None = field(default=None, compare=False, repr=False)

    def __post_init__(self) -> None:
        if self.started_at is None and self.result.started:
            object.__setattr__(self, "started_at", parse_timestamp(self.result.started))

    @property
    def date(self) -> date | None:
        return self.started_at.date() if self.started_at else None

    def to_dict(self) -> dict[str, Any]:
        """The result as ``review --json`` writes it: the saved JSON and its file."""
        return {"result_file": self.file, **self.result.to_dict()}


def result_files(root: Path) -> list[Path]:
    """The ``*.json`` files in any ``exams`` folder under ``root``, sorted."""
    if not root.is_dir():
        return []
    return sorted(p for p in root.rglob("*.json") if p.parent.name == EXAMS_FOLDER and p.is_file())


def load_results(
    root: Path, label: str | None = None
) -> tuple[list[SavedResult], list[TranscriptError]]:
    """Every exam result under ``root``, and a warning per file that was skipped."""
    label = label if label is not None else str(root)
    results: list[SavedResult] = []
    warnings: list[TranscriptError] = []
    for path in result_files(root):
        name = display_name(path, root, label)
        try:
            real = resolve_inside(path, root, name)
            text = read_text(real, name, limit=MAX_RESULT_BYTES, follow_links=False)
            data = json.loads(text)
            results.append(SavedResult(name, result_from_dict(data)))
        except TranscriptError as exc:
            warnings.append(TranscriptError(f"{exc.message}; skipped", file=exc.file or name))
        except ValueError as exc:  # broken JSON, or a ResultFormatError
            what = str(exc) if isinstance(exc, ResultFormatError) else "invalid JSON"
            warnings.append(TranscriptError(f"{what}; skipped", file=name))
        except (OSError, RecursionError) as exc:
            warnings.append(TranscriptError(f"{exc}; skipped", file=name))
    return results, warnings


def filter_results(
    results: Iterable[SavedResult],
    trainee: str | None = None,
    scenario: str | None = None,
    since: date | None = None,
) -> list[SavedResult]:
    """The results matching every filter, newest first (as ``filter_summaries``).

    ``scenario`` keeps an exam with a call of that scenario.
    """
    wanted = trainee.casefold() if trainee else None
    out = []
    for r in results:
        if wanted is not None and r.result.trainee.casefold() != wanted:
            continue
        if scenario and not any(
            c.scenario.casefold() == scenario.casefold() for c in r.result.calls
        ):
            continue
        if since is not None and (r.date is None or r.date < since):
            continue
        out.append(r)
    return sorted(out, key=_sort_key, reverse=True)


def _sort_key(saved: SavedResult) -> tuple[int, str, str]:
    # ISO stamps of one writer sort as text; undated results go last.
    return (1 if saved.started_at else 0, saved.result.started, saved.file)


_COLUMNS = (
    Column("date", late=True),
    Column("trainee"),
    Column("exam"),
    Column("average", right=True, wrap=False),
    Column("result", wrap=False),
    Column("calls", wrap=False),
)


def exam_rows(results: Sequence[SavedResult]) -> list[tuple[str, ...]]:
    """The Exams table's cells: date, trainee, exam, average, PASS/FAIL, calls played."""
    rows: list[tuple[str, ...]] = []
    for s in results:
        r = s.result
        when = s.started_at.strftime("%Y-%m-%d %H:%M") if s.started_at else "-"
        played = sum(c.played for c in r.calls)
        rows.append(
            (
                when,
                clip(r.trainee or "-", 16),
                clip(r.title or "-", 30),
                f"{r.average:.0f}",
                r.verdict,
                f"{played}/{len(r.calls)}",
            )
        )
    return rows


def format_exams(results: Sequence[SavedResult], width: int | None = None) -> str:
    """The Exams table as aligned text, headed ``Exams``, fitted to ``width``."""
    lines = ["Exams", *fit_table(_COLUMNS, exam_rows(results), width)]
    return "\n".join(lines) + "\n"


def result_screen(result: ExamResult) -> str:
    """The screen at the end of an exam: each call, the average, and the verdict."""
    rows = [("#", "scenario", "level", "score", "outcome"), *results_table(result.calls)]
    rows = [tuple(printable(c) for c in row) for row in rows]
    widths = [max(len(r[i]) for r in rows) for i in range(5)]
    lines = [f"Exam: {printable(result.title)}  (trainee {printable(result.trainee)})", ""]
    for r in rows:
        lines.append("  ".join(c.ljust(widths[i]) for i, c in enumerate(r)).rstrip())
    lines.append("")
    played = sum(c.played for c in result.calls)
    average = f"Average {result.average:.0f}/100 (pass mark {result.pass_mark})"
    if not result.complete:
        lines.append(f"{average}, {played} of {len(result.calls)} calls played")
        lines.append("INCOMPLETE: the exam was stopped before its last call, so it is failed.")
    else:
        lines.append(average)
        failed = [i for i, c in enumerate(result.calls, 1) if not c.passed]
        if result.passed:
            lines.append("PASS")
        elif failed and round(result.average) >= result.pass_mark:
            shown = ", ".join(str(i) for i in failed)
            lines.append(f"FAIL: call {shown} did not reach its own pass mark")
        else:
            lines.append("FAIL")
    return "\n".join(lines) + "\n"
