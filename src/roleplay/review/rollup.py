"""The manager's roll-up: each trainee on each scenario, and who needs coaching on what.

A manager opens ``review`` or the report to answer one question: who needs coaching, and
on what. This module answers it from the session summaries (and the exam results beside
them), as data; ``roleplay.review.tables`` and ``roleplay.review.report_html`` lay it out.

The rules, in words (``docs/review.md`` says the same):

* **Counted calls** are finished sessions that were attempted and have a score. A call
  marked *not attempted* (the rep said nothing of substance, or hung up at once) and an
  unfinished session are counted as sessions but left out of every average, best and
  latest score, and out of "recent".
* **The pass mark** of a scenario is ``--pass-mark N`` when given; else the one an exam
  sets for that scenario (the call's own mark, else the exam's; the newest exam wins);
  else :data:`DEFAULT_PASS_MARK`. A row passes when its average, rounded as shown,
  reaches its pass mark.
* **Recent** is a trainee's last :data:`RECENT_CALLS` counted calls, on any scenario.
* **Needs coaching**: the average of the recent calls, rounded, is below the average of
  their pass marks; or a mistake **recurs**: it is in at least :data:`RECURRING_MIN` of
  the recent calls (the one in the most of them is named).

Pure: data in, data out.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from roleplay.review.exams import SavedResult
from roleplay.review.sessions import SessionSummary, oldest_first

#: The pass mark when neither ``--pass-mark`` nor an exam gives one: the example exam's
#: mark, and the score from which a scorecard shows green.
DEFAULT_PASS_MARK = 70
#: How many of a trainee's latest counted calls are "recent".
RECENT_CALLS = 5
#: A mistake in at least this many of the recent calls "recurs".
RECURRING_MIN = 3


@dataclass(frozen=True)
class PassMark:
    """A pass mark and where it comes from.

    Attributes:
        mark: 0-100.
        source: ``"option"`` (``--pass-mark``), ``"exam"`` or ``"default"``.
        exam: The exam's title, when it comes from one.
    """

    mark: int
    source: str
    exam: str = ""


@dataclass(frozen=True)
class MistakeCount:
    """A mistake code and in how many calls it is.

    Attributes:
        code: The mistake code.
        calls: Calls with it at least once.
        of: Calls looked at.
        label: The catalog's title for the code ("" for a scenario's own code).
    """

    code: str
    calls: int
    of: int
    label: str = ""


@dataclass(frozen=True)
class RollupRow:
    """One trainee on one scenario.

    Attributes:
        trainee: Who.
        scenario: Scenario id.
        title: Scenario title, if recorded.
        sessions: Every session of the pair, unfinished and not attempted included.
        counted: The counted calls (see the module's rules): the ones averaged.
        not_attempted: Finished calls marked not attempted.
        average: Mean score of the counted calls, or None.
        latest: Score of the newest counted call.
        best: Highest score of a counted call.
        pass_mark: The scenario's pass mark.
        top_mistake: The mistake in the most counted calls, or None.
    """

    trainee: str
    scenario: str
    title: str | None
    sessions: int
    counted: int
    not_attempted: int
    average: float | None
    latest: int | None
    best: int | None
    pass_mark: PassMark
    top_mistake: MistakeCount | None

    @property
    def passed(self) -> bool | None:
        """The average, rounded as shown, reaches the pass mark; None with no counted call."""
        if self.average is None:
            return None
        return round(self.average) >= self.pass_mark.mark

    @property
    def result(self) -> str:
        """``PASS``, ``FAIL`` or ``-``."""
        return {True: "PASS", False: "FAIL", None: "-"}[self.passed]


@dataclass(frozen=True)
class TraineeRollup:
    """One trainee across every scenario, and whether they need coaching.

    Attributes:
        trainee: Who.
        sessions: Every session of theirs.
        counted: Their counted calls.
        recent: Scores of their recent calls, oldest first.
        recent_pass_mark: The mean pass mark of the recent calls' scenarios.
        top_mistake: Their mistake in the most counted calls, over all of them.
        recent_mistake: Their mistake in the most recent calls, or None.
    """

    trainee: str
    sessions: int
    counted: int
    recent: tuple[int, ...]
    recent_pass_mark: float | None
    top_mistake: MistakeCount | None
    recent_mistake: MistakeCount | None

    @property
    def recurring(self) -> MistakeCount | None:
        """The mistake in the most recent calls, when it is in :data:`RECURRING_MIN` or more."""
        m = self.recent_mistake
        return m if m is not None and m.calls >= RECURRING_MIN else None

    @property
    def recent_average(self) -> float | None:
        return sum(self.recent) / len(self.recent) if self.recent else None

    @property
    def below_pass_mark(self) -> bool:
        """The recent average, rounded, is below the recent calls' pass mark."""
        average, mark = self.recent_average, self.recent_pass_mark
        return average is not None and mark is not None and round(average) < round(mark)

    @property
    def needs_coaching(self) -> bool:
        return self.below_pass_mark or self.recurring is not None

    @property
    def reasons(self) -> tuple[str, ...]:
        """Why they need coaching, each in words; empty when they do not."""
        out = []
        average, mark = self.recent_average, self.recent_pass_mark
        if self.below_pass_mark and average is not None and mark is not None:
            calls = _calls(len(self.recent))
            out.append(f"average {average:.0f} over {calls} (pass mark {mark:.0f})")
        m = self.recent_mistake
        if m is not None and (self.recurring is not None or out):
            # Below the mark with no recurring mistake, the most frequent one still says
            # what to work on.
            label = f" ({m.label})" if m.label else ""
            lead = "" if self.recurring is not None else "most often "
            out.append(f"{lead}{m.code}{label} in {m.calls} of {_calls(m.of)}")
        return tuple(out)

    @property
    def summary(self) -> str:
        """``dana: average 58 over the last 5 calls (pass mark 70); no-discovery (...) in 4
        of the last 5 calls``."""
        return f"{self.trainee}: {'; '.join(self.reasons)}"


def _calls(n: int) -> str:
    return "the last call" if n == 1 else f"the last {n} calls"


@dataclass(frozen=True)
class Rollup:
    """The whole roll-up.

    Attributes:
        rows: One per trainee and scenario, by trainee then scenario.
        trainees: One per trainee, alphabetical.
        pass_mark: ``--pass-mark`` when given, else None.
    """

    rows: tuple[RollupRow, ...]
    trainees: tuple[TraineeRollup, ...]
    pass_mark: int | None = None

    @property
    def coaching(self) -> tuple[TraineeRollup, ...]:
        """The trainees who need coaching: both reasons first, then the lowest recent
        average, then by name."""
        needing = [t for t in self.trainees if t.needs_coaching]

        def worst_first(t: TraineeRollup) -> tuple[int, float, str]:
            both = t.below_pass_mark and t.recurring is not None
            average = t.recent_average
            return (0 if both else 1, 101.0 if average is None else average, t.trainee.casefold())

        return tuple(sorted(needing, key=worst_first))

    @property
    def not_attempted(self) -> int:
        return sum(r.not_attempted for r in self.rows)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form ``review --json`` writes as ``rollup``."""
        return {
            "rules": {
                "default_pass_mark": DEFAULT_PASS_MARK,
                "pass_mark_option": self.pass_mark,
                "recent_calls": RECENT_CALLS,
                "recurring_min": RECURRING_MIN,
            },
            "needs_coaching": [
                {
                    "trainee": t.trainee,
                    "reasons": list(t.reasons),
                    "mistake": t.recent_mistake.code if t.recent_mistake else None,
                    "recurring": t.recurring is not None,
                    "text": t.summary,
                }
                for t in self.coaching
            ],
            "trainees": [_trainee_dict(t) for t in self.trainees],
            "rows": [_row_dict(r) for r in self.rows],
        }


def _mistake_dict(m: MistakeCount | None) -> dict[str, Any] | None:
    if m is None:
        return None
    return {"code": m.code, "label": m.label, "calls": m.calls, "of": m.of}


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


def _trainee_dict(t: TraineeRollup) -> dict[str, Any]:
    return {
        "trainee": t.trainee,
        "sessions": t.sessions,
        "counted": t.counted,
        "recent_scores": list(t.recent),
        "recent_average": _rounded(t.recent_average),
        "recent_pass_mark": _rounded(t.recent_pass_mark),
        "top_mistake": _mistake_dict(t.top_mistake),
        "recent_mistake": _mistake_dict(t.recent_mistake),
        "recurring": t.recurring is not None,
        "needs_coaching": t.needs_coaching,
        "reasons": list(t.reasons),
    }


def _row_dict(r: RollupRow) -> dict[str, Any]:
    return {
        "trainee": r.trainee,
        "scenario": r.scenario,
        "scenario_title": r.title,
        "sessions": r.sessions,
        "counted": r.counted,
        "not_attempted": r.not_attempted,
        "average": _rounded(r.average),
        "latest": r.latest,
        "best": r.best,
        "pass_mark": r.pass_mark.mark,
        "pass_mark_from": r.pass_mark.source,
        "pass_mark_exam": r.pass_mark.exam or None,
        "passed": r.passed,
        "top_mistake": _mistake_dict(r.top_mistake),
    }


# --- computing it ---------------------------------------------------------------------


def counted(summary: SessionSummary) -> bool:
    """A call that counts in averages: finished, attempted, scored."""
    return summary.finished and summary.attempted and summary.score is not None


def exam_pass_marks(exams: Iterable[SavedResult]) -> dict[str, PassMark]:
    """The pass mark each scenario gets from the exams: the call's own mark, else the
    exam's; where several exams have the scenario, the newest one's."""
    marks: dict[str, PassMark] = {}
    # Oldest first, so that a newer exam overwrites an older one.
    for saved in sorted(exams, key=lambda s: (s.started_at is not None, s.result.started)):
        r = saved.result
        for call in r.calls:
            mark = call.pass_mark if call.pass_mark is not None else r.pass_mark
            marks[call.scenario] = PassMark(mark, "exam", r.title)
    return marks


def pass_mark_for(scenario: str, option: int | None, from_exams: dict[str, PassMark]) -> PassMark:
    """``--pass-mark``, else the exams' mark for ``scenario``, else the default."""
    if option is not None:
        return PassMark(option, "option")
    return from_exams.get(scenario, PassMark(DEFAULT_PASS_MARK, "default"))


def mistake_label(code: str) -> str:
    """The catalog's title for ``code`` (``No discovery question``), or "" for a code a
    scenario adds. The catalog is imported here, not at start-up: only a roll-up needs it."""
    from roleplay.scoring.rules import CATALOG

    info = CATALOG.get(code)
    return info.title if info is not None else ""


def top_mistake(calls: Sequence[SessionSummary]) -> MistakeCount | None:
    """The mistake in the most of ``calls`` (ties: the most occurrences, then the code)."""
    in_calls: Counter[str] = Counter()
    times: Counter[str] = Counter()
    for s in calls:
        in_calls.update(s.codes)
        times.update(m.code for m in s.mistakes)
    if not in_calls:
        return None
    code = min(in_calls, key=lambda c: (-in_calls[c], -times[c], c))
    return MistakeCount(code, in_calls[code], len(calls), mistake_label(code))


def rollup(
    summaries: Iterable[SessionSummary],
    exams: Iterable[SavedResult] = (),
    pass_mark: int | None = None,
) -> Rollup:
    """The roll-up of ``summaries`` (see the module's rules).

    Args:
        summaries: The sessions. Those without a trainee (plain-text real calls) are
            left out: there is nobody to coach.
        exams: Exam results, whose pass marks apply to their scenarios.
        pass_mark: ``--pass-mark``: one mark for every scenario, or None.
    """
    from_exams = exam_pass_marks(exams)
    # One trainee whatever the case of the name (as ``review --trainee`` matches it),
    # shown as their newest session spells it.
    by_trainee: dict[str, list[SessionSummary]] = {}
    for s in oldest_first(summaries):
        if s.trainee:
            by_trainee.setdefault(s.trainee.casefold(), []).append(s)
    rows: list[RollupRow] = []
    trainees: list[TraineeRollup] = []
    for key in sorted(by_trainee):
        sessions = by_trainee[key]
        trainee = sessions[-1].trainee or key
        by_scenario: dict[str, list[SessionSummary]] = {}
        for s in sessions:
            by_scenario.setdefault(s.scenario or "-", []).append(s)
        for scenario in sorted(by_scenario, key=lambda name: (name.casefold(), name)):
            rows.append(_row(trainee, scenario, by_scenario[scenario], pass_mark, from_exams))
        trainees.append(_trainee(trainee, sessions, pass_mark, from_exams))
    return Rollup(tuple(rows), tuple(trainees), pass_mark)


def _row(
    trainee: str,
    scenario: str,
    sessions: Sequence[SessionSummary],
    option: int | None,
    from_exams: dict[str, PassMark],
) -> RollupRow:
    calls = [s for s in sessions if counted(s)]
    scores = [s.score for s in calls if s.score is not None]
    return RollupRow(
        trainee=trainee,
        scenario=scenario,
        title=next((s.scenario_title for s in sessions if s.scenario_title), None),
        sessions=len(sessions),
        counted=len(calls),
        not_attempted=sum(s.finished and not s.attempted for s in sessions),
        average=sum(scores) / len(scores) if scores else None,
        latest=scores[-1] if scores else None,
        best=max(scores) if scores else None,
        pass_mark=pass_mark_for(scenario, option, from_exams),
        top_mistake=top_mistake(calls),
    )


def _trainee(
    trainee: str,
    sessions: Sequence[SessionSummary],
    option: int | None,
    from_exams: dict[str, PassMark],
) -> TraineeRollup:
    calls = [s for s in sessions if counted(s)]
    recent = calls[-RECENT_CALLS:]
    marks = [pass_mark_for(s.scenario or "-", option, from_exams).mark for s in recent]
    return TraineeRollup(
        trainee=trainee,
        sessions=len(sessions),
        counted=len(calls),
        recent=tuple(s.score for s in recent if s.score is not None),
        recent_pass_mark=sum(marks) / len(marks) if marks else None,
        top_mistake=top_mistake(calls),
        recent_mistake=top_mistake(recent),
    )
