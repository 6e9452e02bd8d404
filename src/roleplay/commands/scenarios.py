"""``roleplay scenarios``: the scenarios that can be named by id, one line each."""

from __future__ import annotations

import argparse

from roleplay.environment import Environment
from roleplay.errors import ExitStatus
from roleplay.scenario_files import scenario_ids

EPILOG = """\
Lists ./scenarios of the working directory first (your own), then the built-in ones.
A scenario file with errors is listed with its first error, and the list goes on;
'roleplay validate' shows every problem.

--names lists the ids alone, one a line, without checking the files: what shell
completion offers after 'roleplay practice' (see 'roleplay completion').

examples:
  roleplay scenarios
  roleplay scenarios --names
  roleplay practice sleepy_skeptic
"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--names",
        action="store_true",
        help="print only the ids, one a line, without reading the files (for shell completion)",
    )


def run(args: argparse.Namespace, env: Environment) -> int:
    if args.names:
        env.stdout.write("".join(f"{name}\n" for name in scenario_ids(env.cwd)))
        return ExitStatus.OK
    from roleplay.library import list_scenarios  # reads every file: not for --names

    found = list_scenarios(env.cwd)
    if not found:
        env.stdout.write("no scenarios found\n")
        return ExitStatus.OK
    id_width = max(len(s.id) for s in found)
    level_width = max([len(s.difficulty) for s in found if not s.error] + [5])
    for s in found:
        if s.error:
            line = f"{s.id:<{id_width}}  {'error':<{level_width}}  {s.error}"
        else:
            line = f"{s.id:<{id_width}}  {s.difficulty or '-':<{level_width}}  {s.description or s.title}"
        env.stdout.write(line.rstrip() + "\n")
    return ExitStatus.OK
