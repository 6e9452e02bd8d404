"""A rep's own progress: their best score on a scenario before the call just played.

Pure: it reads the summaries ``roleplay.review.sessions.load_summaries`` made; the
practice command loads them and says the result after a call.
"""

from __future__ import annotations

from collections.abc import Iterable

from roleplay.review.sessions import SessionSummary


def previous_best(
    summaries: Iterable[SessionSummary],
    trainee: str,
    scenario: str,
    exclude: str | None = None,
) -> SessionSummary | None:
    """The trainee's best finished, attempted session of ``scenario``, or None.

    Args:
        summaries: The sessions saved in the transcripts folder.
        trainee: Whose (case does not matter, as in ``review --trainee``).
        scenario: The scenario id.
        exclude: The path of the session just played, which is not "previous".

    Returns:
        The highest score (the earliest of equal scores), at any level and in any mode:
        a call played in an exam counts as much as one in practice.
    """
    wanted = trainee.casefold()
    best: SessionSummary | None = None
    for s in summaries:
        if exclude is not None and s.path == exclude:
            continue
        if (s.trainee or "").casefold() != wanted or s.scenario != scenario:
            continue
        if not (s.finished and s.attempted and s.score is not None):
            continue
        if (
            best is None
            or s.score > (best.score or 0)
            or (s.score == best.score and (s.started or "") < (best.started or ""))
        ):
            best = s
    return best


def progress_line(best: SessionSummary | None, scenario: str, score: int | None) -> str:
    """What the rep reads after a call: their best before it, or that it was the first."""
    if best is None:
        return f"First time on {scenario}: this call is the one to beat."
    when = best.date.isoformat() if best.date else "an earlier call"
    level = f", {best.difficulty}" if best.difficulty else ""
    line = f"Your previous best on {scenario}: {best.score} ({when}{level})."
    if score is not None and best.score is not None:
        if score > best.score:
            line += f" New best: {score}, up {score - best.score}."
        elif score == best.score:
            line += " You matched it."
    return line
