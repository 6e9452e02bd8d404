"""docs/authoring.md: its worked example is valid, and it documents every key, signal and command."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from roleplay.authoring.format import all_keys
from roleplay.authoring.lint import lint
from roleplay.authoring.parse import parse_scenario_text
from roleplay.authoring.scenario_tests import run_tests

ROOT = Path(__file__).resolve().parent.parent
DOC = (ROOT / "docs" / "authoring.md").read_text(encoding="utf-8")
EXAMPLE_HEADING = "## A complete example"


def worked_example() -> str:
    section = DOC.split(EXAMPLE_HEADING, 1)[1]
    match = re.search(r"```yaml\n(.*?)```", section, re.DOTALL)
    assert match, "no ```yaml block after the worked-example heading"
    return match.group(1)


@pytest.fixture(scope="module")
def example():
    scenario, diags = parse_scenario_text(worked_example(), "authoring.md")
    assert scenario is not None
    return scenario, diags


def test_the_worked_example_validates_with_no_errors_or_warnings(example):
    scenario, diags = example
    assert [str(d) for d in diags + lint(scenario)] == []


def test_the_worked_example_tests_pass(example):
    scenario, _ = example
    results = run_tests(scenario)
    assert len(results) >= 3
    assert {r.test.name: [f.message for f in r.failures] for r in results if not r.passed} == {}


def test_every_signal_is_documented():
    from roleplay.language.signals import SIGNALS

    missing = [name for name in SIGNALS if f"| `{name}` |" not in DOC]
    assert missing == []


@pytest.mark.parametrize("key", sorted(all_keys()))
def test_every_key_is_documented(key):
    assert f"`{key}`" in DOC or f"{key}:" in DOC


@pytest.mark.parametrize("command", ["validate", "test", "coverage", "graph", "schema", "new"])
def test_every_authoring_command_is_documented(command):
    assert f"`roleplay {command}" in DOC


def test_every_memory_fact_is_documented():
    from roleplay.dialogue.memory import MEMORY

    doc = (ROOT / "docs" / "authoring.md").read_text(encoding="utf-8")
    missing = [name for name in MEMORY if f"| `{name}` |" not in doc]
    assert not missing
