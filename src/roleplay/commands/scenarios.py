"""``roleplay scenarios``: the scenarios that can be named by id, one line each."""

from __future__ import annotations

import argparse

from roleplay.environment import Environment
from roleplay.errors import ExitStatus
from roleplay.library import list_scenarios

EPILOG = """\
Lists ./scenarios of the working directory first (your own), then the built-in ones.
A scenario file with errors is listed with its first error, and the list goes on;
'roleplay validate' shows every problem.

examples:
  roleplay scenarios
  roleplay practice sleepy_skeptic
"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    pass


def run(args: argparse.Namespace, env: Environment) -> int:
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
