"""Which sessions a review, report or export works on: a folder, loaded and filtered."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from roleplay.review import sessions as review
from roleplay.review.exams import SavedResult, filter_results, load_results
from roleplay.review.sessions import SessionSummary


@dataclass(frozen=True)
class Selection:
    """The sessions a command works on, and how it got them; the exam results beside them
    (``exams`` pass the filters; ``all_exams``, whose pass marks apply, are every one found)."""

    label: str
    found: int
    sessions: list[SessionSummary]
    warnings: tuple[str, ...]
    filters: str
    since: date | None
    exams: tuple[SavedResult, ...] = ()
    all_exams: tuple[SavedResult, ...] = ()


def select_sessions(
    root: Path,
    label: str,
    trainee: str | None,
    scenario: str | None,
    since: date | None,
    progress: Callable[[int, int], None] | None = None,
    default: bool = False,
) -> Selection:
    """Load the transcripts under ``root`` and keep those that pass the filters.

    Args:
        root: The folder, searched recursively.
        label: How to name the folder in messages.
        trainee: Only this trainee's sessions, or None.
        scenario: Only this scenario (id or title), or None.
        since: Only sessions on or after this day, or None.
        progress: Called with (done, total) while files are read.
        default: ``root`` is the default folder, which may not exist yet.

    Returns:
        The selection, with one warning per file that was skipped, and the exam results
        found in ``exams`` folders below ``root`` that pass the same filters.
    """
    if default and not root.exists():
        # The default folder appears with the first practice call: before that, an empty
        # review is the honest answer, not an error.
        return Selection(label, 0, [], (), "", since)
    result = review.load_summaries(root, label, progress=progress)
    exams, bad_exams = load_results(root, label)
    warnings = tuple(str(w) for w in (*result.warnings, *bad_exams))
    sessions = review.filter_summaries(result.summaries, trainee, scenario, since)
    filters = review.describe_filters(trainee, scenario, since)
    chosen = tuple(filter_results(exams, trainee, scenario, since))
    return Selection(
        label, len(result.summaries), sessions, warnings, filters, since, chosen, tuple(exams)
    )


def nothing_found(selection: Selection) -> str:
    """The friendly line printed instead of an empty table."""
    if not selection.found:
        return (
            f"no sessions found in {selection.label}"
            " (practise a call with 'roleplay practice', and it is saved there)"
        )
    return f"no sessions match {selection.filters} ({selection.found} in {selection.label})"
