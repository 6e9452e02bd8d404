"""``roleplay coverage [SCENARIO...]``: random calls, then what they never reached."""

from __future__ import annotations

import argparse

from roleplay.authoring.coverage import DEFAULT_RUNS, CoverageReport, measure
from roleplay.authoring.validate import check
from roleplay.commands.validate import scenario_files
from roleplay.environment import Environment, shown_path
from roleplay.errors import ExitStatus, UsageError
from roleplay.printable import json_text, printable

EPILOG = """\
Plays many random calls built from each scenario's own intent examples (and, for
intents recognised by detector signals or mistakes, from a built-in bank of lines),
then lists every state and transition that no call reached, with its line. Unreached
content is either dead (fix the scenario) or hard to reach (add examples or tests).
The same --seed gives the same report. With --json, one JSON object: for each
scenario its states and transitions reached (with how often) and never reached (with
their lines), and how the calls ended; a broken scenario is listed with its errors.

exit status:
  0  the report was printed (coverage below 100% is not a failure)
  2  a scenario has errors (run 'roleplay validate'), or does not exist

examples:
  roleplay coverage sleepy_skeptic
  roleplay coverage --runs 1000 --seed 7
  roleplay coverage gatekeeper --json | jq '.scenarios[0].states.never_reached'
"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "scenarios", nargs="*", metavar="SCENARIO", help="scenario ids, files or folders"
    )
    parser.add_argument(
        "--runs",
        type=int,
        default=DEFAULT_RUNS,
        metavar="N",
        help=f"calls to play per scenario (default {DEFAULT_RUNS})",
    )
    parser.add_argument("--seed", type=int, default=0, metavar="S", help="random seed (default 0)")
    parser.add_argument("--json", action="store_true", help="print the reports as one JSON object")


def render(report: CoverageReport) -> str:
    """The human-readable report for one scenario."""
    s = report.scenario
    states, edges = report.states, report.transitions
    lines = [
        f"{s.id} ({s.source}): {report.runs} random calls, seed {report.seed}",
        f"  states reached:      {len(states) - len(report.missed_states)}/{len(states)}"
        f" ({report.state_percent:.0f}%)",
        f"  transitions taken:   {len(edges) - len(report.missed_transitions)}/{len(edges)}"
        f" ({report.transition_percent:.0f}%)",
    ]
    if report.outcomes:
        ended = ", ".join(f"{k} {v}" for k, v in sorted(report.outcomes.items()))
        lines.append(f"  calls ended:         {ended}")
    for item in report.missed_states:
        lines.append(f"  {s.source}:{item.line}: state never reached: {item.label}")
    for item in report.missed_transitions:
        lines.append(f"  {s.source}:{item.line}: transition never taken: {item.label}")
    return "\n".join(lines) + "\n"


def run(args: argparse.Namespace, env: Environment) -> int:
    if args.runs < 1:
        raise UsageError("--runs must be at least 1")
    broken = False
    found: list[dict[str, object]] = []
    for path in scenario_files(args.scenarios, env):
        scenario, diags = check(path, env.cwd, errors_only=True)
        errors = [d for d in diags if d.is_error]
        if scenario is None or errors:
            broken = True
            if args.json:
                found.append(
                    {"file": shown_path(path, env.cwd), "errors": [d.to_dict() for d in errors]}
                )
            else:
                first = str(errors[0]) if errors else str(path)
                env.stdout.write(f"BROKEN {printable(first)}; run 'roleplay validate'\n")
            continue
        report = measure(scenario, runs=args.runs, seed=args.seed)
        if args.json:
            found.append(report.to_dict())
        else:
            env.stdout.write(printable(render(report), keep="\n"))
    if args.json:
        env.stdout.write(json_text({"scenarios": found}, indent=2) + "\n")
    return ExitStatus.ERROR if broken else ExitStatus.OK
