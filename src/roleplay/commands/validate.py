"""``roleplay validate [PATH...]``: every error and warning in scenario and exam files, with lines."""

from __future__ import annotations

import argparse
from pathlib import Path

from roleplay import library
from roleplay.authoring.diagnostics import ERROR, WARNING
from roleplay.authoring.validate import check_files, checks_to_dict
from roleplay.environment import Environment
from roleplay.errors import ExitStatus, ScenarioNotFound
from roleplay.printable import json_text, printable

EPILOG = """\
PATH is a scenario file, a folder of them, or a scenario id. With no PATH, every
scenario in ./scenarios and the built-in ones is checked.

Exam files are checked too: a YAML file whose top level has a 'calls' list (and no
'states') is an exam. Its values are checked, and every scenario it names must
exist and load.

Each problem is printed as FILE:LINE:COL: error: MESSAGE (or warning:), then a summary.
With --json, one JSON object instead: each file with its diagnostics (file, line,
column, severity, code, message), then the totals; the exit status is the same.

exit status:
  0  no errors (warnings allowed unless --strict)
  1  at least one error (or warning, with --strict)
  2  a PATH does not exist, or is a folder that cannot be read or holds no scenario

examples:
  roleplay validate
  roleplay validate scenarios/my_prospect.yaml --strict
  roleplay validate --json | jq '.files[].diagnostics[] | select(.code == "undefined")'
"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="*", metavar="PATH", help="scenario files, folders or ids")
    parser.add_argument("--strict", action="store_true", help="treat warnings as errors")
    parser.add_argument(
        "--json", action="store_true", help="print the diagnostics as one JSON object"
    )


def scenario_files(names: list[str], env: Environment) -> list[Path]:
    """The files named by ``names`` (files, folders, ids), or every scenario if none.

    Raises:
        ScenarioNotFound: a name that is neither an existing file, a folder nor an id;
            a folder that cannot be read or holds no scenario file.
    """
    if not names:
        found: dict[str, Path] = {}
        for directory in library.search_dirs(env.cwd):
            for path in library.scenarios_in(directory):
                found.setdefault(path.stem, path)  # ./scenarios wins over a built-in of that id
        return list(found.values())
    out: list[Path] = []
    for name in names:
        path = env.path(name)
        if path.is_dir():
            out.extend(library.folder_scenarios(path, name))
        elif path.is_file():
            out.append(path)
        elif library.looks_like_path(name):
            raise ScenarioNotFound("no such file or folder", file=name)
        else:
            out.append(library.resolve(name, env.cwd))
    unique: dict[Path, Path] = {}
    for p in out:
        unique.setdefault(_key(p), p)
    return list(unique.values())


def _key(path: Path) -> Path:
    try:
        return path.resolve()
    except OSError:
        return path


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def run(args: argparse.Namespace, env: Environment) -> int:
    checks = check_files(scenario_files(args.paths, env), env.cwd)
    errors = sum(c.count(ERROR) for c in checks)
    warnings = sum(c.count(WARNING) for c in checks)
    if args.json:
        env.stdout.write(json_text(checks_to_dict(checks), indent=2) + "\n")
    else:
        for c in checks:
            env.stdout.writelines(f"{printable(str(d))}\n" for d in c.diagnostics)
        env.stdout.write(
            f"{_plural(len(checks), 'file')}, {_plural(errors, 'error')}, "
            f"{_plural(warnings, 'warning')}\n"
        )
    if errors or (args.strict and warnings):
        return ExitStatus.FAILED
    return ExitStatus.OK
