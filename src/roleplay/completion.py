"""Shell completion scripts for bash, zsh and fish, written by shtab from our own parser.

shtab reads the argparse parser ``roleplay.cli`` builds, so a new command or option
completes the day it is added. What an argument completes to follows from its metavar,
the names every command already uses:

* ``SCENARIO`` (and ``--scenario``): the scenario ids, from ``roleplay scenarios --names``
  (run at each press of Tab, so a scenario added to ``./scenarios`` completes at once);
* ``FILE`` and ``PATH``: file names;
* ``DIR``: folder names.

Only ``roleplay completion`` imports this module (and shtab with it).
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator

import shtab

#: The scenario ids, asked of roleplay itself when Tab is pressed (quick: no file is read).
SCENARIO_IDS = shtab.cmd("roleplay scenarios --names 2>/dev/null")

_BY_METAVAR = {"SCENARIO": SCENARIO_IDS, "FILE": shtab.FILE, "PATH": shtab.FILE, "DIR": shtab.DIR}


def script(parser: argparse.ArgumentParser, shell: str) -> str:
    """The completion script for ``shell``, for every command and option of ``parser``."""
    for each in _parsers(parser):
        for action in each._actions:
            completer = SCENARIO_IDS if action.dest == "scenario" else None
            if completer is None and isinstance(action.metavar, str):
                completer = _BY_METAVAR.get(action.metavar)
            if completer is not None:
                action.complete = completer  # type: ignore[attr-defined]  # shtab reads it
    return shtab.complete(parser, shell=shell)


def _parsers(parser: argparse.ArgumentParser) -> Iterator[argparse.ArgumentParser]:
    """``parser`` and every subcommand's parser below it."""
    yield parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                yield from _parsers(sub)
