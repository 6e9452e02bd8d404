"""Running the conversation tests written in a scenario's ``tests:`` section.

A test is a list of trainee lines, each with what must follow it: the state, a piece
of the reply, the intent recognised, the exact set of mistakes detected on that line.
A test may also check the final state, the outcome (of a call its lines leave unfinished:
the state's ``if_hung_up``) and a score range. This is the
trainer's equivalent of Rasa test stories or Yarn Spinner test plans. Pure: no I/O.
"""

from __future__ import annotations

from dataclasses import dataclass

from roleplay.dialogue.engine import CallEnded, Conversation, LineRefused
from roleplay.dialogue.scenario import Scenario, ScenarioTest


@dataclass(frozen=True)
class Failure:
    """One expectation that did not hold."""

    line: int | None
    message: str

    def location(self, source: str) -> str:
        """``FILE:LINE`` of the expectation in ``source``, the scenario file."""
        return f"{source}:{self.line}" if self.line else source


@dataclass(frozen=True)
class TestResult:
    """The outcome of one scenario test."""

    scenario: Scenario
    test: ScenarioTest
    failures: tuple[Failure, ...]

    @property
    def passed(self) -> bool:
        return not self.failures

    @property
    def location(self) -> str:
        return (
            f"{self.scenario.source}:{self.test.line}" if self.test.line else self.scenario.source
        )


def run_test(scenario: Scenario, test: ScenarioTest) -> TestResult:
    """Play one test's lines through a fresh conversation and check every expectation."""
    conv = Conversation(scenario.at_level(test.difficulty), seed=test.seed)
    conv.open()
    failures: list[Failure] = []
    for step in test.steps:
        if conv.ended:
            failures.append(
                Failure(step.line, f"the call already ended in {conv.state!r} before {step.say!r}")
            )
            break
        try:
            result = conv.say(step.say)
        except (LineRefused, CallEnded) as exc:
            failures.append(Failure(step.line, exc.message))
            break
        said = f"after {_short(step.say)!r}"
        if step.state is not None and result.state != step.state:
            failures.append(
                Failure(step.line, f"{said}: expected state {step.state!r}, got {result.state!r}")
            )
        if step.intent is not None and result.intent != step.intent:
            failures.append(
                Failure(
                    step.line, f"{said}: expected intent {step.intent!r}, got {result.intent!r}"
                )
            )
        if step.reply is not None and step.reply.lower() not in (result.reply or "").lower():
            failures.append(
                Failure(
                    step.line,
                    f"{said}: expected the reply to contain {step.reply!r}, got {result.reply!r}",
                )
            )
        if step.mistakes is not None:
            got = sorted({m.code for m in result.mistakes})
            want = sorted(set(step.mistakes))
            if got != want:
                failures.append(Failure(step.line, f"{said}: expected mistakes {want}, got {got}"))
    if test.state is not None and conv.state != test.state:
        failures.append(
            Failure(
                test.line, f"expected the call to be in state {test.state!r}, got {conv.state!r}"
            )
        )
    if test.outcome is not None:
        # lines that leave the call unfinished: the rep hangs up after the last one, and the
        # state says what that counts as (its if_hung_up)
        conv.hang_up("end of script")
        got_outcome = conv.outcome
        if got_outcome != test.outcome:
            failures.append(
                Failure(
                    test.line,
                    f"expected outcome {test.outcome!r}, got {got_outcome or 'no ending'!r}",
                )
            )
    if test.min_score is not None or test.max_score is not None:
        conv.hang_up("test")
        score = conv.scorecard().score
        lo = test.min_score if test.min_score is not None else 0
        hi = test.max_score if test.max_score is not None else 100
        if not lo <= score <= hi:
            failures.append(Failure(test.line, f"expected a score in {lo}..{hi}, got {score}"))
    return TestResult(scenario, test, tuple(failures))


def run_tests(scenario: Scenario) -> list[TestResult]:
    """Run every test of a scenario, in file order."""
    return [run_test(scenario, t) for t in scenario.tests]


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 3] + "..."
