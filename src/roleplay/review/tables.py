"""The review tables as aligned text: one row per session, and the totals under them.

Every cell comes from a file, so every cell goes through ``roleplay.printable``: an
escape sequence in a trainee name is shown, not obeyed, and a newline in one cannot
split a row.
"""

from __future__ import annotations

from collections.abc import Sequence

from roleplay.printable import clip, printable
from roleplay.review import sessions as review
from roleplay.review.sessions import SessionSummary, Totals

TREND_ARROWS = {review.UP: "↑ more often", review.DOWN: "↓ less often", review.FLAT: "→ steady"}


_COLUMNS = ("date", "trainee", "scenario", "difficulty", "outcome", "score", "top mistakes")
_LIMITS = {"trainee": 16, "scenario": 26, "difficulty": 10, "outcome": 18}


def _mistake_cell(codes: Sequence[str], shown: int = 3) -> str:
    if not codes:
        return "-"
    extra = f" +{len(codes) - shown}" if len(codes) > shown else ""
    return ", ".join(printable(c) for c in codes[:shown]) + extra


def table_rows(sessions: Sequence[SessionSummary]) -> list[tuple[str, ...]]:
    """The table's cells, one tuple per session, in :data:`_COLUMNS` order."""
    rows: list[tuple[str, ...]] = []
    for s in sessions:
        when = s.started_at.strftime("%Y-%m-%d %H:%M") if s.started_at else "-"
        score = "-" if s.score is None else str(s.score)
        rows.append(
            (
                when,
                clip(s.trainee or review.UNKNOWN, _LIMITS["trainee"]),
                clip(s.scenario or review.UNKNOWN, _LIMITS["scenario"]),
                clip(s.difficulty or "", _LIMITS["difficulty"]),
                clip(s.status, _LIMITS["outcome"]),
                score,
                _mistake_cell(s.codes),
            )
        )
    return rows


def format_table(sessions: Sequence[SessionSummary]) -> str:
    """The sessions as an aligned text table with a header line."""
    rows = table_rows(sessions)
    if not any(r[3] for r in rows):  # no session has a difficulty: drop the column
        header = tuple(c for i, c in enumerate(_COLUMNS) if i != 3)
        rows = [tuple(c for i, c in enumerate(r) if i != 3) for r in rows]
    else:
        header = _COLUMNS
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    score_col = header.index("score")
    lines = []
    for r in [header, *rows]:
        cells = [
            cell.rjust(widths[i]) if i == score_col else cell.ljust(widths[i])
            for i, cell in enumerate(r)
        ]
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines) + "\n"


def format_totals(totals: Totals, top: int = 5) -> str:
    """The lines under the table: count, average score, most frequent mistakes and trend."""
    count = f"{totals.sessions} session{'s' if totals.sessions != 1 else ''}"
    if totals.unfinished:
        count += f" ({totals.unfinished} unfinished)"
    average = "-" if totals.average_score is None else f"{totals.average_score:.0f}"
    lines = [f"{count} · average score {average}"]
    if not totals.mistakes:
        lines.append("no mistakes recorded")
        return "\n".join(lines) + "\n"
    shown = totals.mistakes[:top]
    if any(c.trend for c in shown):
        lines.append("most frequent mistakes (sessions with it; trend from older to newer half):")
    else:
        lines.append("most frequent mistakes (sessions with it):")
    codes = [printable(c.code) for c in shown]
    width = max(map(len, codes))
    for c, code in zip(shown, codes, strict=True):
        trend = TREND_ARROWS.get(c.trend, "") if c.trend else ""
        lines.append(f"  {code:<{width}}  {c.sessions:>3} ({c.share:>4.0%})  {trend}".rstrip())
    return "\n".join(lines) + "\n"
