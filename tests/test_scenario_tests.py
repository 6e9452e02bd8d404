"""Scenario tests: every shipped scenario's own tests pass, and ``roleplay test`` reports."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from roleplay.authoring.parse import parse_scenario
from roleplay.authoring.scenario_tests import run_test, run_tests
from roleplay.cli import main
from roleplay.commands.new import render
from roleplay.dialogue import scenario as model
from roleplay.environment import Environment
from roleplay.library import load_scenario

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = sorted((ROOT / "scenarios").glob("*.yaml"))
SLEEPY = (ROOT / "scenarios" / "sleepy_skeptic.yaml").read_text(encoding="utf-8")


def _cases():
    for path in SHIPPED:
        scenario = load_scenario(str(path), ROOT)
        for test in scenario.tests:
            yield pytest.param(scenario, test, id=f"{path.stem}: {test.name}")


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_every_shipped_scenario_has_tests(path):
    assert load_scenario(str(path), ROOT).tests


@pytest.mark.parametrize(("scenario", "test"), list(_cases()))
def test_the_tests_of_every_shipped_scenario_pass(scenario, test):
    result = run_test(scenario, test)
    assert [f"line {f.line}: {f.message}" for f in result.failures] == []


def test_a_wrong_expectation_fails_with_its_line():
    text = SLEEPY.replace("        state: opening_up\n", "        state: booked\n", 1)
    scenario = parse_scenario(text, "s.yaml")
    first = run_tests(scenario)[0]
    assert not first.passed
    line = next(
        n for n, t in enumerate(text.splitlines(), 1) if "How do you put together quotes" in t
    )
    assert any(
        f.line == line and "expected state 'booked', got 'opening_up'" in f.message
        for f in first.failures
    )


def test_the_outcome_of_lines_that_leave_the_call_unfinished_is_the_hang_up_outcome():
    lost = model.ScenarioTest(
        name="left after the disclaimer",
        steps=(model.TestStep(say="I'm not trying to sell you anything."),),
        outcome="failure",
    )
    sleepy = parse_scenario(SLEEPY, "s.yaml")
    assert run_test(sleepy, lost).passed
    # a state without if_hung_up (a name, no reason yet): the lines reach no ending,
    # whatever they were meant to
    named = model.ScenarioTest(
        name="a name only", steps=(model.TestStep(say="hi, it's Sam Lee"),), outcome="failure"
    )
    (failure,) = run_test(sleepy, named).failures
    assert "expected outcome 'failure', got 'no ending'" in failure.message


def run(args: list[str], cwd: Path) -> tuple[int, str]:
    out = io.StringIO()
    code = main(args, Environment(stdout=out, stderr=io.StringIO(), cwd=cwd, environ={}))
    return code, out.getvalue()


def test_the_command_prints_a_line_per_test_and_a_summary(tmp_path):
    (tmp_path / "starter.yaml").write_text(render("starter", "starter.yaml"), encoding="utf-8")
    code, out = run(["test", "starter.yaml"], tmp_path)
    assert out.splitlines() == [
        "PASS starter: introduce, ask, propose a time",
        "PASS starter: asking for a meeting too early costs patience",
        "2 passed, 0 failed",
    ]
    assert code == 0


def test_a_failing_test_exits_1_and_says_where(tmp_path):
    # Change the test's expected outcome (the last one in the file), not the state's.
    head, _, tail = render("starter", "starter.yaml").rpartition("    outcome: success\n")
    text = head + "    outcome: failure\n" + tail
    (tmp_path / "starter.yaml").write_text(text, encoding="utf-8")
    code, out = run(["test", "starter.yaml"], tmp_path)
    line = next(
        n
        for n, t in enumerate(text.splitlines(), 1)
        if "- name: introduce, ask, propose a time" in t
    )
    assert code == 1
    assert out.splitlines() == [
        f"FAIL starter.yaml:{line}: introduce, ask, propose a time",
        f"     line {line}: expected outcome 'failure', got 'success'",
        "PASS starter: asking for a meeting too early costs patience",
        "1 passed, 1 failed",
    ]


def test_a_broken_scenario_exits_2(tmp_path):
    (tmp_path / "s.yaml").write_text(SLEEPY.replace("start: ringing", "start: ringin"))
    code, out = run(["test", "s.yaml"], tmp_path)
    assert code == 2
    assert out.startswith("BROKEN s.yaml:") and "undefined state 'ringin'" in out
