"""``roleplay test [SCENARIO...]``: run the conversation tests written in scenario files."""

from __future__ import annotations

import argparse

from roleplay.authoring.scenario_tests import TestResult, run_tests
from roleplay.authoring.validate import check
from roleplay.commands.validate import scenario_files
from roleplay.environment import Environment
from roleplay.errors import ExitStatus

EPILOG = """\
SCENARIO is a scenario id, a file or a folder; with none, every scenario is tested.
Each test prints one line, PASS or FAIL; a failing test lists what did not hold,
with the line of the test in the scenario file.

exit status:
  0  every test passed
  1  a test failed
  2  a scenario has errors (run 'roleplay validate'), or does not exist

examples:
  roleplay test
  roleplay test sleepy_skeptic
"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "scenarios", nargs="*", metavar="SCENARIO", help="scenario ids, files or folders"
    )


def _line(result: TestResult) -> str:
    return (
        f"{result.scenario.source}:{result.test.line}"
        if result.test.line
        else result.scenario.source
    )


def run(args: argparse.Namespace, env: Environment) -> int:
    passed = failed = broken = 0
    for path in scenario_files(args.scenarios, env):
        scenario, diags = check(path, env.cwd, errors_only=True)
        errors = [d for d in diags if d.is_error]
        if scenario is None or errors:
            broken += 1
            first = errors[0] if errors else None
            more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
            env.stdout.write(f"BROKEN {first or path}{more}; run 'roleplay validate'\n")
            continue
        for result in run_tests(scenario):
            if result.passed:
                passed += 1
                env.stdout.write(f"PASS {scenario.id}: {result.test.name}\n")
                continue
            failed += 1
            env.stdout.write(f"FAIL {_line(result)}: {result.test.name}\n")
            for f in result.failures:
                where = f"line {f.line}: " if f.line else ""
                env.stdout.write(f"     {where}{f.message}\n")
    summary = f"{passed} passed, {failed} failed"
    if broken:
        summary += f", {broken} broken scenario{'s' if broken != 1 else ''}"
    env.stdout.write(summary + "\n")
    if broken:
        return ExitStatus.ERROR
    return ExitStatus.FAILED if failed else ExitStatus.OK
