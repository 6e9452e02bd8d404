"""``roleplay test [SCENARIO...]``: run the conversation tests written in scenario files;
``--record SESSION`` makes a saved session into one."""

from __future__ import annotations

import argparse
from pathlib import Path

from roleplay import library
from roleplay.authoring.reader import short
from roleplay.authoring.selection import parse_selection
from roleplay.authoring.suite import ScenarioRun, SuiteResult, run_suite
from roleplay.commands.validate import scenario_files
from roleplay.environment import Environment, shown_path
from roleplay.errors import ExitStatus, UsageError
from roleplay.printable import json_text, printable
from roleplay.scenario_files import builtin_dir

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

--record SESSION makes a saved session (a .jsonl file from practice, run or exam)
into a test that replays the trainee's lines with the session's seed and level, and
expects what happened: each line's state, intent and mistakes, the outcome and the
score. The test is printed (to paste under 'tests:'), or, with --append, added at the
end of the scenario's tests without touching the rest of the file. The scenario is
the session's own (looked up like any id), or SCENARIO. It must still play the call
the same way: a session recorded before the scenario changed is refused, with the
first difference.

exit status:
  0  every test passed (with --record: the test was printed or added)
  1  a test failed
  2  a scenario has errors (run 'roleplay validate'), or does not exist; a -k that
     cannot be read or selects nothing; a session that cannot be read or replayed

examples:
  roleplay test
  roleplay test sleepy_skeptic -k 'meeting and not price'
  roleplay test --json > results.json
  roleplay test --junit report.xml
  roleplay test --record transcripts/20261123-132133_sleepy-skeptic_priya_5d0249.jsonl
  roleplay test scenarios/mine.yaml --record call.jsonl --append --name "a late apology"
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
    parser.add_argument(
        "--record",
        metavar="SESSION",
        help="print a test made from a saved session (.jsonl) instead of running tests",
    )
    parser.add_argument(
        "--append",
        action="store_true",
        help="with --record: add the test to the scenario file instead of printing it",
    )
    parser.add_argument(
        "--name", metavar="NAME", help="with --record: the test's name (default: who, when)"
    )


def run(args: argparse.Namespace, env: Environment) -> int:
    if args.record:
        return _record(args, env)
    if args.append or args.name:
        raise UsageError(f"{'--append' if args.append else '--name'} goes with --record SESSION")
    select = parse_selection(args.keyword) if args.keyword is not None else None
    suite = run_suite(scenario_files(args.scenarios, env), env.cwd, select)
    if select is not None and not (suite.passed or suite.failed or suite.broken):
        raise UsageError(
            f"-k {short(args.keyword, 60)!r} selects none of the {suite.deselected} tests "
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


def _record(args: argparse.Namespace, env: Environment) -> int:
    """``--record SESSION``: print the test, or add it to the scenario file."""
    from roleplay.authoring.parse import parse_scenario
    from roleplay.authoring.record import record, session_scenario
    from roleplay.storage import load_transcript

    for flag, given in (("-k", args.keyword is not None), ("--json", args.json)):
        if given:
            raise UsageError(f"{flag} does not go with --record")
    if args.junit:
        raise UsageError("--junit does not go with --record")
    if len(args.scenarios) > 1:
        raise UsageError("--record makes a test for one scenario; name at most one")
    session = load_transcript(env.path(args.record), args.record)
    if args.scenarios:
        paths = scenario_files(args.scenarios, env)
        if len(paths) != 1:
            raise UsageError("--record makes a test for one scenario; name one file, not a folder")
        path = paths[0]
    elif scenario_id := session_scenario(session):
        path = library.resolve(scenario_id, env.cwd)
        if args.append and _built_in(path, env.cwd):
            raise UsageError(
                f"{scenario_id!r} is a built-in scenario; copy it to ./scenarios to keep "
                "tests of your own, or name the file to add the test to"
            )
    else:
        raise UsageError(f"{args.record} names no scenario; give the scenario file too")
    shown = shown_path(path, env.cwd)
    text = library.read_scenario_text(path, shown)
    scenario = parse_scenario(text, shown, default_id=path.stem)
    recorded = record(session, scenario, text, name=args.name, append=args.append)
    if not args.append:
        env.stdout.write(recorded.text)
        return ExitStatus.OK
    from roleplay.storage_write import write_atomically

    with write_atomically(path, shown) as out:
        out.write(recorded.source or "")
    env.stdout.write(
        printable(
            f"Added the test {recorded.test.name!r} to {shown}:{recorded.line}.\n"
            f"Run it: roleplay test {shown}\n",
            keep="\n",
        )
    )
    return ExitStatus.OK


def _built_in(path: Path, cwd: Path) -> bool:
    """Whether ``path`` is a built-in scenario found by id (not the trainer's own)."""
    builtin = builtin_dir()
    own = cwd / "scenarios"
    try:
        return path.resolve().parent == builtin.resolve() and own.resolve() != builtin.resolve()
    except OSError:
        return False
