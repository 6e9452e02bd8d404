"""Running the tests of several scenario files, as ``roleplay test`` does.

Each file is checked first (a scenario with errors is *broken*: its tests are not
run); then the tests a ``-k`` expression selects are run, in file order. The result
is one value that the text report, ``--json`` and ``--junit`` are all written from.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from roleplay.authoring.diagnostics import Diagnostic
from roleplay.authoring.scenario_tests import TestResult, run_test
from roleplay.authoring.selection import Predicate, selection_label
from roleplay.authoring.validate import check
from roleplay.dialogue.scenario import Scenario
from roleplay.environment import shown_path


@dataclass(frozen=True)
class ScenarioRun:
    """One scenario file: its test results, or the errors that kept them from running.

    Attributes:
        file: The file as shown to the user.
        name: The scenario's id (the file's name when it does not load).
        scenario: The scenario, None when it does not load.
        errors: Its errors, when it is broken.
        results: The selected tests' results, in file order.
        deselected: How many of its tests ``-k`` left out.
    """

    file: str
    name: str
    scenario: Scenario | None
    errors: tuple[Diagnostic, ...] = ()
    results: tuple[TestResult, ...] = ()
    deselected: int = 0

    @property
    def broken(self) -> bool:
        return self.scenario is None or bool(self.errors)

    @property
    def failed(self) -> int:
        return sum(1 for r in self.results if not r.passed)

    def to_dict(self) -> dict[str, Any]:
        return {
            "scenario": self.name,
            "file": self.file,
            "broken": self.broken,
            "errors": [d.to_dict() for d in self.errors],
            "tests": [_result_dict(r) for r in self.results],
            "deselected": self.deselected,
        }


def _result_dict(result: TestResult) -> dict[str, Any]:
    source = result.scenario.source
    return {
        "name": result.test.name,
        "line": result.test.line,
        "location": result.location,
        "passed": result.passed,
        "failures": [
            {"file": source, "line": f.line, "location": f.location(source), "message": f.message}
            for f in result.failures
        ],
    }


@dataclass(frozen=True)
class SuiteResult:
    """Every scenario file ``roleplay test`` was given, in order."""

    runs: tuple[ScenarioRun, ...]

    @property
    def passed(self) -> int:
        return sum(len(r.results) - r.failed for r in self.runs)

    @property
    def failed(self) -> int:
        return sum(r.failed for r in self.runs)

    @property
    def broken(self) -> int:
        return sum(1 for r in self.runs if r.broken)

    @property
    def deselected(self) -> int:
        return sum(r.deselected for r in self.runs)

    def to_dict(self) -> dict[str, Any]:
        """``roleplay test --json``: no timings, so the same tests give the same text."""
        return {
            "scenarios": [r.to_dict() for r in self.runs],
            "summary": {
                "passed": self.passed,
                "failed": self.failed,
                "deselected": self.deselected,
                "broken": self.broken,
            },
        }


def run_file(path: Path, cwd: Path, select: Predicate | None = None) -> ScenarioRun:
    """Check one scenario file and run the tests ``select`` picks (all, when None)."""
    shown = shown_path(path, cwd)
    scenario, diags = check(path, cwd, errors_only=True)
    errors = tuple(d for d in diags if d.is_error)
    if scenario is None or errors:
        return ScenarioRun(shown, path.stem, None, errors or tuple(diags))
    chosen = [
        t for t in scenario.tests if select is None or select(selection_label(scenario.id, t.name))
    ]
    return ScenarioRun(
        shown,
        scenario.id,
        scenario,
        results=tuple(run_test(scenario, t) for t in chosen),
        deselected=len(scenario.tests) - len(chosen),
    )


def run_suite(paths: Iterable[Path], cwd: Path, select: Predicate | None = None) -> SuiteResult:
    """Run the tests of every file in ``paths`` (see :func:`run_file`)."""
    return SuiteResult(tuple(run_file(p, cwd, select) for p in paths))
