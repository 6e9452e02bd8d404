"""The score trend the report draws: each trainee's rolling average, level by level.

Two things make a plain "score over date" chart unreadable, and this module settles both
before anything is drawn:

* **All on one day.** A team that practises in one afternoon puts every point on one
  date, and a date axis squeezes them into a vertical line. When every charted session
  falls within :data:`ONE_DAY`, the x axis is the **order** of the sessions instead
  (1st, 2nd, ... call of the set), so each gets its own place.
* **Easy and hard mixed.** A 90 on an easy call and a 50 on a hard one average to a
  number that says nothing. Levels are kept **apart**: one panel per difficulty, and a
  trainee's rolling average runs within one level only.

The rolling average of a point is the mean of the trainee's last :data:`WINDOW` scores at
that level, that point's included (fewer at the start). Sessions that are unfinished, not
attempted, unscored or undated stay off the chart, as they stay out of averages.

Pure: summaries in, a :class:`Trend` out; ``roleplay.review.report_chart`` draws it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

from roleplay.review.sessions import UNKNOWN, SessionSummary, oldest_first

#: Sessions within this span of each other are charted in order, not by date.
ONE_DAY = timedelta(days=1)
#: How many of a trainee's scores at one level the rolling average takes.
WINDOW = 3
#: The panel of sessions that recorded no difficulty (plain-text calls, older sessions).
NO_LEVEL = "no level"
#: Panels in this order; other levels follow, alphabetically, then :data:`NO_LEVEL`.
LEVEL_ORDER = ("easy", "normal", "medium", "hard")
TIME, ORDER = "time", "order"


@dataclass(frozen=True)
class TrendPoint:
    """One session on the chart.

    Attributes:
        trainee: Who (``-`` for none).
        level: Its panel: the difficulty, or :data:`NO_LEVEL`.
        index: Its place among every charted session, oldest first (0-based): the x
            position when the axis is :data:`ORDER`.
        moment: When it started, in UTC without a zone: the x position on a time axis.
        score: Its score.
        rolling: The trainee's rolling average at this level, at this point.
    """

    trainee: str
    level: str
    index: int
    moment: datetime
    score: int
    rolling: float


@dataclass(frozen=True)
class Trend:
    """What the chart shows.

    Attributes:
        axis: :data:`TIME` or :data:`ORDER`.
        levels: The panels, top to bottom.
        trainees: One line colour each, alphabetical.
        points: Every charted session, oldest first.
        day: With an :data:`ORDER` axis, the day the sessions were on, if only one.
    """

    axis: str
    levels: tuple[str, ...]
    trainees: tuple[str, ...]
    points: tuple[TrendPoint, ...]
    day: date | None = None

    def series(self, level: str, trainee: str) -> list[TrendPoint]:
        """The points of one trainee in one panel, oldest first."""
        return [p for p in self.points if p.level == level and p.trainee == trainee]

    @property
    def note(self) -> str:
        """How to read the chart, in words (shown under it)."""
        if self.axis == ORDER:
            when = f"all on {self.day.isoformat()}" if self.day else "all within a day"
            x = f"The sessions are {when}, so they are drawn in order, left to right"
        else:
            x = "Left to right is the date of each session"
        levels = (
            "Levels are kept apart: one panel per difficulty, so an easy call's score is "
            "never averaged with a hard call's."
            if len(self.levels) > 1
            else f"Every session here is at one level ({self.levels[0]})."
            if self.levels
            else ""
        )
        return (
            f"Each dot is one session; each line is a trainee's rolling average of their "
            f"last {WINDOW} scores at that level. {x}. {levels}"
        ).strip()


def _utc(moment: datetime) -> datetime:
    # Sessions recorded in different time zones share one axis: compare them in UTC.
    if moment.tzinfo is None:
        return moment
    return moment.astimezone(timezone.utc).replace(tzinfo=None)


def _level_key(level: str) -> tuple[int, str]:
    if level in LEVEL_ORDER:
        return (0, f"{LEVEL_ORDER.index(level):02d}")
    return (2, "") if level == NO_LEVEL else (1, level.casefold())


def trend(summaries: Iterable[SessionSummary], window: int = WINDOW) -> Trend:
    """The chart's points: each finished, attempted, scored and dated session.

    Args:
        summaries: The sessions, in any order.
        window: How many scores the rolling average takes.
    """
    charted = [
        s
        for s in oldest_first(summaries)
        if s.finished and s.attempted and s.score is not None and s.started_at is not None
    ]
    history: dict[tuple[str, str], list[int]] = {}
    points = []
    for index, s in enumerate(charted):
        assert s.started_at is not None and s.score is not None  # kept above
        trainee, level = s.trainee or UNKNOWN, s.difficulty or NO_LEVEL
        scores = history.setdefault((trainee, level), [])
        scores.append(s.score)
        recent = scores[-window:]
        points.append(
            TrendPoint(
                trainee, level, index, _utc(s.started_at), s.score, sum(recent) / len(recent)
            )
        )
    levels = tuple(sorted({p.level for p in points}, key=_level_key))
    trainees = tuple(sorted({p.trainee for p in points}, key=lambda t: (t.casefold(), t)))
    axis, day = TIME, None
    if points and points[-1].moment - points[0].moment < ONE_DAY:
        axis = ORDER
        days = {s.date for s in charted}
        day = days.pop() if len(days) == 1 else None
    return Trend(axis, levels, trainees, tuple(points), day)
