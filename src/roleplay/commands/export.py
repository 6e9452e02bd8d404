"""``roleplay export [DIR] --csv FILE | --jsonl FILE | --xapi FILE``: rows for a
spreadsheet, JSON for a script, or xAPI statements for a learning record store."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from roleplay.commands.review import add_filter_arguments, add_pass_mark_argument, select
from roleplay.environment import Environment
from roleplay.errors import ExitStatus, UsageError
from roleplay.printable import json_text, printable
from roleplay.review import export, xapi
from roleplay.review.rollup import DEFAULT_PASS_MARK, exam_pass_marks, pass_mark_for
from roleplay.storage_write import write_atomically

EPILOG = f"""\
Every format names a session by its key: the session's file name without folder or
extension (20240510-140000_cold-call_dana_3f2a1b), the same from any working directory.

--csv FILE writes two tables (UTF-8, comma-separated, header row):
  FILE                  one row per session
  FILE-mistakes.csv     one row per mistake (e.g. sessions.csv -> sessions-mistakes.csv),
                        joined to its session by the 'session' column (the key)
--csv - writes one table to stdout: sessions, or mistakes with --rows mistakes.
--rows picks one table for a file too. --excel starts each table with a UTF-8 byte
order mark, so that Excel shows accented names (Renée, Zoë) as they are.

--jsonl FILE writes one JSON object per session, its mistakes nested.

--xapi FILE writes a JSON array of xAPI 1.0.3 statements, one per session, for a
learning record store: the trainee (an account on --xapi-home) passed or failed the
scenario (an activity at HOME/roleplay/scenarios/ID) by the score against the pass mark
(--pass-mark N, else an exam's mark for the scenario, else {DEFAULT_PASS_MARK}); 'attempted'
for a call unfinished or not attempted. Statement ids come from the session key, so an
export sent twice is stored once. Real calls (no trainee) are left out. See docs/review.md.

examples:
  roleplay export --csv sessions.csv --excel
  roleplay export team/ --since 30d --csv - --rows mistakes | csvlook
  roleplay export --jsonl - --trainee dana
  roleplay export --xapi statements.json --xapi-home https://lms.example.com
"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_filter_arguments(parser)
    target = parser.add_mutually_exclusive_group(required=True)
    target.add_argument("--csv", metavar="FILE", help="write CSV tables (see below; - for stdout)")
    target.add_argument(
        "--jsonl", metavar="FILE", help="write JSON Lines, one session a line (- for stdout)"
    )
    target.add_argument(
        "--xapi",
        metavar="FILE",
        help="write xAPI statements, a JSON array, one per session (- for stdout)",
    )
    parser.add_argument(
        "--rows",
        choices=("both", "sessions", "mistakes"),
        default=None,
        help="which CSV table(s) to write (default: both for a file, sessions for -)",
    )
    parser.add_argument(
        "--excel",
        action="store_true",
        help="start each CSV table with a UTF-8 byte order mark, so Excel reads accents right",
    )
    parser.add_argument(
        "--xapi-home",
        metavar="URL",
        default=xapi.DEFAULT_HOME,
        help="the web address of your LMS or intranet: the home page of each trainee's "
        f"xAPI account, and the root of the scenarios' activity ids (default: {xapi.DEFAULT_HOME})",
    )
    add_pass_mark_argument(parser)


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
    if not args.csv and (args.rows or args.excel):
        raise UsageError(f"{'--rows' if args.rows else '--excel'} applies to --csv only")
    home = xapi.check_home(args.xapi_home)
    selection = select(args, env)
    sessions, copies = export.one_per_key(selection.sessions)
    for warning in copies:
        env.stderr.write(f"roleplay: warning: {printable(warning)}\n")
    written: list[str] = []
    if args.jsonl:
        with _open(args.jsonl, env) as out:
            n = export.write_jsonl(sessions, out)
        written.append(f"{n} sessions to {args.jsonl}")
    elif args.xapi:
        marks = exam_pass_marks(selection.all_exams)
        statements = xapi.statements(
            sessions, home, lambda scenario: pass_mark_for(scenario, args.pass_mark, marks).mark
        )
        left_out = len(sessions) - len(statements)
        if left_out:
            env.stderr.write(
                f"roleplay: warning: left out {left_out} call{'s' if left_out != 1 else ''} "
                "with no trainee (real calls typed up as text): xAPI needs someone to credit\n"
            )
        with _open(args.xapi, env) as out:
            out.write(json_text(statements, indent=2) + "\n")
        written.append(f"{len(statements)} statements to {args.xapi}")
    else:
        rows = args.rows or ("sessions" if args.csv == "-" else "both")
        if args.csv == "-" and rows == "both":
            raise UsageError("--csv - writes one table: add --rows sessions or --rows mistakes")
        if rows in ("both", "sessions"):
            with _open(args.csv, env) as out:
                n = export.write_csv(
                    export.session_rows(sessions), export.SESSION_COLUMNS, out, bom=args.excel
                )
            written.append(f"{n} sessions to {args.csv}")
        if rows in ("both", "mistakes"):
            name = mistakes_path(args.csv) if rows == "both" else args.csv
            with _open(name, env) as out:
                n = export.write_csv(
                    export.mistake_rows(sessions), export.MISTAKE_COLUMNS, out, bom=args.excel
                )
            written.append(f"{n} mistakes to {name}")
    if "-" not in (args.csv, args.jsonl, args.xapi):
        env.stdout.write("wrote " + " and ".join(written) + "\n")
    return ExitStatus.OK
