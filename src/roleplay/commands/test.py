"""``roleplay test [SCENARIO...]``: run the conversation tests written in scenario files."""

from __future__ import annotations

import argparse

from roleplay.authoring.selection import parse_selection
from roleplay.authoring.suite import ScenarioRun, SuiteResult, run_suite
from roleplay.commands.validate import scenario_files
from roleplay.environment import Environment
from roleplay.errors import ExitStatus, UsageError
from roleplay.printable import json_text, printable

EPILOG = """\
SCENARIO is a scenario id, a file or a folder; with none, every scenario is tested.
Each test prints one line, PASS or FAIL; a failing test lists what did not hold,
with the line of the test in the scenario file.

-k EXPRESSION runs only the tests whose 'SCENARIO: NAME' (as PASS and FAIL lines
print it) holds the words of EXPRESSION, ignoring case. Words next to each other are
one phrase; join phrases with and, or, not and parentheses; put a phrase that holds
one of those words in quotes:
  -k 'meeting too early'        -k 'gatekeeper and not transfer'
  -k '(price or pricing) and not voicemail'        -k '"name and reason"'
A -k that selects no test at all is an error.

--json prints the results as one JSON object instead of text: each scenario file
with its tests (name, line, passed, every failure with its file and line), then the
totals. --junit FILE also writes them as JUnit XML, which GitLab, GitHub, Jenkins and
Azure show as a test report: a testsuite per scenario, a testcase per test
(classname the scenario id, with its file and line). Neither has timings, so the
same tests give the same output.

exit status:
  0  every test passed
  1  a test failed
  2  a scenario has errors (run 'roleplay validate'), or does not exist; a -k that
     cannot be read or selects nothing

examples:
  roleplay test
  roleplay test sleepy_skeptic -k 'meeting and not price'
  roleplay test --json > results.json
  roleplay test --junit report.xml
"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "scenarios", nargs="*", metavar="SCENARIO", help="scenario ids, files or folders"
    )
    parser.add_argument(
        "-k",
        dest="keyword",
        metavar="EXPRESSION",
        help="run only the tests whose 'SCENARIO: NAME' matches (words, and, or, not)",
    )
    parser.add_argument("--json", action="store_true", help="print the results as one JSON object")
    parser.add_argument(
        "--junit", metavar="FILE", help="also write the results to FILE as JUnit XML"
    )


def run(args: argparse.Namespace, env: Environment) -> int:
    select = parse_selection(args.keyword) if args.keyword is not None else None
    suite = run_suite(scenario_files(args.scenarios, env), env.cwd, select)
    if select is not None and not (suite.passed or suite.failed or suite.broken):
        raise UsageError(
            f"-k {args.keyword!r} selects none of the {suite.deselected} tests "
            "(without -k, 'roleplay test' lists them all)"
        )
    if args.junit:
        _write_junit(suite, args.junit, env)
    if args.json:
        env.stdout.write(json_text(suite.to_dict(), indent=2) + "\n")
    else:
        env.stdout.write(printable(_text(suite), keep="\n"))
    if suite.broken:
        return ExitStatus.ERROR
    return ExitStatus.FAILED if suite.failed else ExitStatus.OK


def _text(suite: SuiteResult) -> str:
    lines = []
    for run in suite.runs:
        lines.extend(_run_lines(run))
    summary = f"{suite.passed} passed, {suite.failed} failed"
    if suite.deselected:
        summary += f", {suite.deselected} deselected"
    if suite.broken:
        summary += f", {suite.broken} broken scenario{'s' if suite.broken != 1 else ''}"
    return "\n".join([*lines, summary]) + "\n"


def _run_lines(run: ScenarioRun) -> list[str]:
    if run.broken:
        first = run.errors[0] if run.errors else run.file
        more = f" (and {len(run.errors) - 1} more)" if len(run.errors) > 1 else ""
        return [f"BROKEN {first}{more}; run 'roleplay validate'"]
    lines = []
    for result in run.results:
        if result.passed:
            lines.append(f"PASS {run.name}: {result.test.name}")
            continue
        lines.append(f"FAIL {result.location}: {result.test.name}")
        for f in result.failures:
            where = f"line {f.line}: " if f.line else ""
            lines.append(f"     {where}{f.message}")
    return lines


def _write_junit(suite: SuiteResult, name: str, env: Environment) -> None:
    from roleplay.authoring.junit import junit_xml
    from roleplay.storage_write import write_atomically

    text = junit_xml(suite)
    with write_atomically(env.path(name), name) as out:
        out.write(text)
