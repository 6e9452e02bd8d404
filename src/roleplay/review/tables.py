"""The review tables as aligned text: one row per session, and the totals under them.

Every cell comes from a file, so every cell goes through ``roleplay.printable``: an
escape sequence in a trainee name is shown, not obeyed, and a newline in one cannot
split a row.
"""

from __future__ import annotations

from collections.abc import Sequence

from roleplay.printable import clip, printable
from roleplay.review import sessions as review
from roleplay.review.layout import Column, fit_rows, fit_table, fit_text
from roleplay.review.rollup import RECENT_CALLS, RECURRING_MIN, MistakeCount, Rollup, TraineeRollup
from roleplay.review.sessions import SessionSummary, Totals

TREND_ARROWS = {review.UP: "↑ more often", review.DOWN: "↓ less often", review.FLAT: "→ steady"}


_LIMITS = {"trainee": 16, "scenario": 26, "difficulty": 10, "outcome": 18}


def _mistake_cell(codes: Sequence[str], shown: int = 3) -> str:
    if not codes:
        return "-"
    extra = f" +{len(codes) - shown}" if len(codes) > shown else ""
    return ", ".join(printable(c) for c in codes[:shown]) + extra


def table_rows(sessions: Sequence[SessionSummary]) -> list[tuple[str, ...]]:
    """The table's cells, one tuple per session, in :data:`_SESSION_COLUMNS` order."""
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


_SESSION_COLUMNS = (
    Column("date", late=True),
    Column("trainee"),
    Column("scenario"),
    Column("difficulty", optional=True),
    Column("outcome"),
    Column("score", right=True, wrap=False),
    Column("top mistakes", detail=True),
)


def format_table(sessions: Sequence[SessionSummary], width: int | None = None) -> str:
    """The sessions as an aligned text table with a header line, fitted to ``width``."""
    rows = table_rows(sessions)
    columns = list(_SESSION_COLUMNS)
    if not any(r[3] for r in rows):  # no session has a difficulty: drop the column
        del columns[3]
        rows = [tuple(c for i, c in enumerate(r) if i != 3) for r in rows]
    return _lines(fit_table(columns, rows, width))


def _lines(lines: Sequence[str]) -> str:
    return "".join(line + "\n" for line in lines)


def format_totals(totals: Totals, top: int = 5, width: int | None = None) -> str:
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
        heading = "most frequent mistakes (sessions with it; trend from older to newer half):"
    else:
        heading = "most frequent mistakes (sessions with it):"
    lines.extend(fit_text(heading, width))
    codes = [printable(c.code) for c in shown]
    width = max(map(len, codes))
    for c, code in zip(shown, codes, strict=True):
        trend = TREND_ARROWS.get(c.trend, "") if c.trend else ""
        lines.append(f"  {code:<{width}}  {c.sessions:>3} ({c.share:>4.0%})  {trend}".rstrip())
    return "\n".join(lines) + "\n"


# --- the roll-up ---------------------------------------------------------------------------

_ROLLUP_COLUMNS = (
    Column("scenario"),
    Column("sessions", right=True, wrap=False),
    Column("avg", right=True, wrap=False),
    Column("last", right=True, wrap=False),
    Column("best", right=True, wrap=False),
    Column("result", wrap=False),
    Column("top mistake", detail=True),
)
#: Rows of the roll-up are indented under their trainee's line.
_ROLLUP_INDENT = "  "


def _number(value: float | None) -> str:
    return "-" if value is None else f"{value:.0f}"


def format_coaching(rollup: Rollup, width: int | None = None) -> str:
    """``Needs coaching``: each trainee who does, with the reasons; or that nobody does."""
    if not rollup.trainees:
        return ""
    if not rollup.coaching:
        text = "Needs coaching: nobody. Every trainee is on track."
        return _lines(fit_text(text, width))
    lines = ["Needs coaching"]
    for t in rollup.coaching:
        lines.extend(fit_text(printable(t.summary), width, "  ", "    "))
    rules = (
        f"(recent: each trainee's last {RECENT_CALLS} counted calls; a mistake recurs when "
        f"it is in {RECURRING_MIN} or more of them)"
    )
    lines.extend(fit_text(rules, width))
    return _lines(lines)


def _count(m: MistakeCount | None) -> str:
    return "-" if m is None else f"{printable(m.code)} ({m.calls} of {m.of})"


def format_rollup(rollup: Rollup, width: int | None = None) -> str:
    """Each trainee on each scenario: a line for the trainee (sessions, average, most
    frequent mistake), then a row per scenario: sessions, average, latest and best
    score, PASS or FAIL (the pass mark), and the most frequent mistake there."""
    if not rollup.rows:
        return ""
    rows = [
        (
            clip(r.scenario, _LIMITS["scenario"]),
            str(r.sessions),
            _number(r.average),
            _number(r.latest),
            _number(r.best),
            f"{r.result} ({r.pass_mark.mark})",
            _count(r.top_mistake),
        )
        for r in rollup.rows
    ]
    inner = None if width is None else width - len(_ROLLUP_INDENT)
    table = fit_rows(_ROLLUP_COLUMNS, rows, inner)
    heading = "By trainee and scenario (result: PASS when the average reaches the pass mark)"
    lines = fit_text(heading, width)
    lines.extend(_ROLLUP_INDENT + line for line in table.header)
    by_trainee = {t.trainee: t for t in rollup.trainees}
    previous = None
    for r, block in zip(rollup.rows, table.rows, strict=True):
        if r.trainee != previous:
            lines.extend(fit_text(_trainee_line(by_trainee[r.trainee]), width, "", "  "))
            previous = r.trainee
        lines.extend(_ROLLUP_INDENT + line for line in block)
    lines.extend(table.note)
    if rollup.not_attempted:
        n = rollup.not_attempted
        note = f"Averages leave out {n} call{'s' if n != 1 else ''} marked not attempted."
        lines.extend(fit_text(note, width))
    return _lines(lines)


def _trainee_line(t: TraineeRollup) -> str:
    average = "-" if t.recent_average is None else f"{t.recent_average:.0f}"
    s = "s" if t.sessions != 1 else ""
    line = f"{printable(t.trainee)}: {t.sessions} session{s}, recent average {average}"
    if t.top_mistake is not None:
        line += f", most frequent mistake {_count(t.top_mistake)}"
    return line
