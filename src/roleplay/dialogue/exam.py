"""The exam model: a trainer's fixed list of calls, and the arithmetic of its result.

An :class:`Exam` is what an exam file says (``roleplay.authoring.exam_file`` builds it
from YAML): a title, a pass mark on the average score, and the calls, each a scenario
played at a fixed level with a fixed seed, so that every trainee who takes the exam
faces the same prospects. An :class:`ExamResult` is what one trainee scored, saved as
one JSON file beside the sessions (``DIR/exams/``).

Pure: data in, data out; the clock and the files belong to ``roleplay.commands.exam``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeGuard

#: The ``format`` of the result files; a newer one is skipped by readers with a warning.
RESULT_FORMAT = "roleplay-exam-result"
RESULT_VERSION = 1
#: The ``mode`` in the header of a session played as an exam call.
EXAM_MODE = "exam"


@dataclass(frozen=True)
class ExamCall:
    """One call of an exam.

    Attributes:
        scenario: A scenario id, or a path (relative to the exam file's folder).
        seed: The seed every trainee plays with.
        difficulty: ``easy``, ``normal`` or ``hard``; "" for the scenario's own level.
        pass_mark: The score this call must reach on its own (0-100), or None.
        line: Where the call's scenario is written in the exam file (1-based), for messages.
        col: Its column (1-based).
    """

    scenario: str
    seed: int
    difficulty: str = ""
    pass_mark: int | None = None
    line: int | None = field(default=None, compare=False)
    col: int | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Exam:
    """An exam file, read.

    Attributes:
        title: What the trainee and the review see.
        pass_mark: The average score (0-100) that passes.
        calls: The calls, played in this order.
        source: The file, as the user named it.
    """

    title: str
    pass_mark: int
    calls: tuple[ExamCall, ...]
    source: str = ""


@dataclass(frozen=True)
class CallResult:
    """How one call of an exam went.

    Attributes:
        scenario: The scenario id played (or as written, when the call was not played).
        difficulty: The level played.
        seed: The seed played.
        session: The saved session (as shown to the user), or None when not saved.
        score: 0-100, or None when the call was not played.
        outcome: How the call ended, or None when it was not played.
        pass_mark: The call's own pass mark, if the exam gives one.
    """

    scenario: str
    difficulty: str
    seed: int
    session: str | None = None
    score: int | None = None
    outcome: str | None = None
    pass_mark: int | None = None

    @property
    def played(self) -> bool:
        return self.score is not None

    @property
    def passed(self) -> bool:
        """Played, and at or over its own pass mark (if it has one)."""
        if self.score is None:
            return False
        return self.pass_mark is None or self.score >= self.pass_mark

    def to_dict(self) -> dict[str, Any]:
        return {
            "scenario": self.scenario,
            "difficulty": self.difficulty,
            "seed": self.seed,
            "session": self.session,
            "score": self.score,
            "outcome": self.outcome,
            "pass_mark": self.pass_mark,
        }


@dataclass(frozen=True)
class ExamResult:
    """One trainee's exam: every call, the average and whether it passed.

    Attributes:
        title: The exam's title.
        file: The exam file, as the user named it.
        trainee: Who took it.
        started: When the first call was dialled (ISO-8601).
        ended: When the result was written (ISO-8601).
        pass_mark: The exam's pass mark on the average.
        calls: One result per call of the exam, in order; calls not played have no score.
    """

    title: str
    file: str
    trainee: str
    started: str
    ended: str
    pass_mark: int
    calls: tuple[CallResult, ...]

    @property
    def complete(self) -> bool:
        """Every call was played."""
        return all(c.played for c in self.calls)

    @property
    def average(self) -> float:
        """The mean score over every call of the exam; a call not played counts 0."""
        if not self.calls:
            return 0.0
        return sum(c.score or 0 for c in self.calls) / len(self.calls)

    @property
    def passed(self) -> bool:
        """Complete, the average at or over the pass mark, and each call over its own mark.

        The average is compared rounded to a whole number, as it is shown.
        """
        return (
            self.complete
            and round(self.average) >= self.pass_mark
            and all(c.passed for c in self.calls)
        )

    @property
    def verdict(self) -> str:
        """``PASS``, ``FAIL``, or ``INCOMPLETE`` (a failure: the rep stopped early)."""
        if not self.complete:
            return "INCOMPLETE"
        return "PASS" if self.passed else "FAIL"

    def to_dict(self) -> dict[str, Any]:
        """The JSON of the result file."""
        return {
            "format": RESULT_FORMAT,
            "version": RESULT_VERSION,
            "title": self.title,
            "file": self.file,
            "trainee": self.trainee,
            "started": self.started,
            "ended": self.ended,
            "pass_mark": self.pass_mark,
            "calls": [c.to_dict() for c in self.calls],
            "played": sum(c.played for c in self.calls),
            "average": round(self.average, 1),
            "complete": self.complete,
            "passed": self.passed,
        }


def unplayed(exam: Exam) -> tuple[CallResult, ...]:
    """A result for each call of ``exam`` with nothing played yet."""
    return tuple(
        CallResult(c.scenario, c.difficulty, c.seed, pass_mark=c.pass_mark) for c in exam.calls
    )


class ResultFormatError(ValueError):
    """A result file that is not one this roleplay wrote (the message says why)."""


def result_from_dict(data: Any) -> ExamResult:
    """Read the JSON of a result file back.

    Raises:
        ResultFormatError: naming the first field that is wrong.
    """
    if not isinstance(data, Mapping) or data.get("format") != RESULT_FORMAT:
        raise ResultFormatError("not a roleplay exam result")
    version = data.get("version")
    if not _is_int(version) or version < 1:
        raise ResultFormatError("'version' must be a whole number")
    if version > RESULT_VERSION:
        raise ResultFormatError(
            f"format version {version} is newer than this roleplay reads ({RESULT_VERSION}); "
            "upgrade roleplay"
        )
    calls = data.get("calls")
    if not isinstance(calls, list):
        raise ResultFormatError("'calls' must be a list")
    return ExamResult(
        title=_text(data, "title"),
        file=_text(data, "file"),
        trainee=_text(data, "trainee"),
        started=_text(data, "started"),
        ended=_text(data, "ended"),
        pass_mark=_score(data, "pass_mark", required=True) or 0,
        calls=tuple(_call_from_dict(c) for c in calls),
    )


def _call_from_dict(data: Any) -> CallResult:
    if not isinstance(data, Mapping):
        raise ResultFormatError("each call must be an object")
    seed = data.get("seed")
    if not _is_int(seed):
        raise ResultFormatError("a call's 'seed' must be a whole number")
    session = data.get("session")
    if session is not None and not isinstance(session, str):
        raise ResultFormatError("a call's 'session' must be text")
    outcome = data.get("outcome")
    if outcome is not None and not isinstance(outcome, str):
        raise ResultFormatError("a call's 'outcome' must be text")
    return CallResult(
        scenario=_text(data, "scenario"),
        difficulty=_text(data, "difficulty"),
        seed=seed,
        session=session,
        score=_score(data, "score"),
        outcome=outcome,
        pass_mark=_score(data, "pass_mark"),
    )


def _is_int(value: Any) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


def _text(data: Mapping[str, Any], key: str) -> str:
    value = data.get(key)
    if not isinstance(value, str):
        raise ResultFormatError(f"'{key}' must be text")
    return value


def _score(data: Mapping[str, Any], key: str, required: bool = False) -> int | None:
    value = data.get(key)
    if value is None and not required:
        return None
    if not _is_int(value) or not 0 <= value <= 100:
        raise ResultFormatError(f"'{key}' must be a whole number from 0 to 100")
    return int(value)


def call_label(index: int, total: int) -> str:
    """``call 2 of 3`` (``index`` 0-based)."""
    return f"call {index + 1} of {total}"


def results_table(calls: Sequence[CallResult]) -> list[tuple[str, ...]]:
    """The rows of the result screen: number, scenario, level, score, outcome."""
    rows: list[tuple[str, ...]] = []
    for i, c in enumerate(calls, 1):
        score = "-" if c.score is None else str(c.score)
        mark = "" if c.pass_mark is None else f" (pass {c.pass_mark})"
        rows.append((str(i), c.scenario, c.difficulty, score + mark, c.outcome or "not played"))
    return rows
