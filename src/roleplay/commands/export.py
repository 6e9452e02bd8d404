"""``roleplay export [DIR] --csv FILE | --jsonl FILE``: rows for a spreadsheet or an LMS."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from roleplay.commands.review import add_filter_arguments, select
from roleplay.environment import Environment
from roleplay.errors import ExitStatus, UsageError
from roleplay.review import export
from roleplay.storage_write import write_atomically

EPILOG = """\
--csv FILE writes two tables (UTF-8, comma-separated, header row):
  FILE                  one row per session
  FILE-mistakes.csv     one row per mistake (e.g. sessions.csv -> sessions-mistakes.csv),
                        joined to its session by the 'session' column (the file name)
--csv - writes one table to stdout: sessions, or mistakes with --rows mistakes.
--rows picks one table for a file too.

--jsonl FILE writes one JSON object per session, its mistakes nested.

examples:
  roleplay export --csv sessions.csv
  roleplay export team/ --since 30d --csv - --rows mistakes | csvlook
  roleplay export --jsonl - --trainee dana
"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_filter_arguments(parser)
    target = parser.add_mutually_exclusive_group(required=True)
    target.add_argument("--csv", metavar="FILE", help="write CSV tables (see below; - for stdout)")
    target.add_argument(
        "--jsonl", metavar="FILE", help="write JSON Lines, one session a line (- for stdout)"
    )
    parser.add_argument(
        "--rows",
        choices=("both", "sessions", "mistakes"),
        default=None,
        help="which CSV table(s) to write (default: both for a file, sessions for -)",
    )


def mistakes_path(path: str) -> str:
    """Where the mistakes table goes beside sessions table ``path``."""
    p = Path(path)
    suffix = p.suffix or ".csv"
    return str(p.with_name(f"{p.stem if p.suffix else p.name}-mistakes{suffix}"))


@contextmanager
def _open(name: str, env: Environment) -> Iterator[TextIO]:
    if name == "-":
        yield env.stdout
        return
    with write_atomically(env.path(name), name) as stream:  # whole, or not at all
        yield stream  # type: ignore[misc]


def run(args: argparse.Namespace, env: Environment) -> int:
    if args.jsonl and args.rows:
        raise UsageError("--rows applies to --csv only")
    sessions = select(args, env).sessions
    written: list[str] = []
    if args.jsonl:
        with _open(args.jsonl, env) as out:
            n = export.write_jsonl(sessions, out)
        written.append(f"{n} sessions to {args.jsonl}")
    else:
        rows = args.rows or ("sessions" if args.csv == "-" else "both")
        if args.csv == "-" and rows == "both":
            raise UsageError("--csv - writes one table: add --rows sessions or --rows mistakes")
        if rows in ("both", "sessions"):
            with _open(args.csv, env) as out:
                n = export.write_csv(export.session_rows(sessions), export.SESSION_COLUMNS, out)
            written.append(f"{n} sessions to {args.csv}")
        if rows in ("both", "mistakes"):
            name = mistakes_path(args.csv) if rows == "both" else args.csv
            with _open(name, env) as out:
                n = export.write_csv(export.mistake_rows(sessions), export.MISTAKE_COLUMNS, out)
            written.append(f"{n} mistakes to {name}")
    if not any(name == "-" for name in (args.csv, args.jsonl)):
        env.stdout.write("wrote " + " and ".join(written) + "\n")
    return ExitStatus.OK
