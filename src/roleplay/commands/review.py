"""``roleplay review [DIR]``: the sessions in a folder, newest first, with totals.

Also home of what ``report`` and ``export`` share with it: the DIR and filter options,
and loading a folder with a progress bar and a warning per bad file. The selection and
the tables themselves are library code in ``roleplay.review``.
"""

from __future__ import annotations

import argparse
from typing import TextIO

from roleplay import storage
from roleplay.environment import Environment, isatty, shown_path
from roleplay.errors import ExitStatus
from roleplay.printable import json_text, printable
from roleplay.review import sessions as review
from roleplay.review.exams import format_exams
from roleplay.review.rollup import DEFAULT_PASS_MARK, rollup
from roleplay.review.selection import Selection, nothing_found, select_sessions
from roleplay.review.tables import format_coaching, format_rollup, format_table, format_totals

#: Folders with more transcripts than this get a progress bar (when stderr is a terminal).
PROGRESS_MIN_FILES = 500

EPILOG = """\
examples:
  roleplay review                          # ./transcripts, or $ROLEPLAY_TRANSCRIPTS
  roleplay review team/ --trainee dana --since 7d
  roleplay review --scenario gatekeeper --json | jq '.totals'

The review starts with who needs coaching: a trainee whose average over their last
5 calls is below the pass mark, or who made one mistake in 3 or more of those calls.
Under the sessions and totals, each trainee on each scenario: sessions, average,
latest, best, pass mark, PASS/FAIL and the most frequent mistake. Calls marked
'not attempted' are left out of every average.

Exam results (saved by 'roleplay exam' in DIR/exams/) follow in an Exams table:
date, trainee, exam, average, PASS/FAIL/INCOMPLETE, calls played. An exam's pass
mark is the pass mark of its scenarios, unless --pass-mark is given.

Tables fit the terminal's width ($COLUMNS, else the terminal's); in a file or a
pipe each row stays on one line.

A corrupt, truncated or unreadable file is named on stderr
('roleplay: warning: FILE:LINE: ...') and skipped; the review goes on and
exits 0. A DIR that does not exist is exit status 2.
"""


def add_filter_arguments(parser: argparse.ArgumentParser) -> None:
    """DIR, --trainee, --scenario and --since: shared by review, report and export."""
    parser.add_argument(
        "dir",
        nargs="?",
        metavar="DIR",
        help=f"folder of transcripts, searched recursively (default: ./{storage.DEFAULT_DIR}, "
        f"or ${storage.ENV_DIR})",
    )
    parser.add_argument("--trainee", metavar="NAME", help="only this trainee's sessions")
    parser.add_argument("--scenario", metavar="NAME", help="only this scenario (id or title)")
    parser.add_argument(
        "--since",
        metavar="DATE",
        help="only sessions on or after DATE (YYYY-MM-DD), or in the last N days/weeks (7d, 2w)",
    )


def pass_mark(text: str) -> int:
    """``--pass-mark``: a whole number from 0 to 100."""
    try:
        value = int(text)
    except ValueError:
        value = -1
    if not 0 <= value <= 100:
        raise argparse.ArgumentTypeError(f"expected a whole number from 0 to 100, not {text!r}")
    return value


def add_pass_mark_argument(parser: argparse.ArgumentParser) -> None:
    """--pass-mark: shared by review and report."""
    parser.add_argument(
        "--pass-mark",
        type=pass_mark,
        metavar="N",
        help=f"the score (0-100) a trainee's average must reach on every scenario (default: "
        f"an exam's mark for the scenario, else {DEFAULT_PASS_MARK})",
    )


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_filter_arguments(parser)
    add_pass_mark_argument(parser)
    parser.add_argument(
        "--json",
        action="store_true",
        help="print sessions, totals, the roll-up and exams as one JSON object",
    )


class ProgressBar:
    """A one-line bar on stderr, redrawn in place; silent unless stderr is a terminal."""

    def __init__(self, stream: TextIO, label: str = "reading transcripts", width: int = 30) -> None:
        self.stream, self.label, self.width = stream, label, width
        self.drawn = False
        self.step = 1

    def __call__(self, done: int, total: int) -> None:
        if total < PROGRESS_MIN_FILES or not isatty(self.stream):
            return
        self.step = max(1, total // 100)
        if done % self.step and done != total:
            return
        filled = self.width * done // total
        bar = "#" * filled + "-" * (self.width - filled)
        self.stream.write(f"\r{self.label} [{bar}] {done}/{total}")
        self.stream.flush()
        self.drawn = True

    def clear(self) -> None:
        if self.drawn:
            self.stream.write("\r\x1b[2K")
            self.stream.flush()
            self.drawn = False


def select(args: argparse.Namespace, env: Environment) -> Selection:
    """Load DIR (with a progress bar), report bad files on stderr, apply the filters."""
    since = review.parse_since(args.since, env.now().date()) if args.since else None
    if args.dir:
        label, root = args.dir, env.path(args.dir)
    else:
        root = storage.transcripts_dir(None, env.environ, env.cwd)
        label = shown_path(root, env.cwd)
    bar = ProgressBar(env.stderr)
    try:
        selection = select_sessions(
            root, label, args.trainee, args.scenario, since, progress=bar, default=not args.dir
        )
    finally:
        bar.clear()
    for warning in selection.warnings:
        env.stderr.write(f"roleplay: warning: {printable(warning)}\n")
    return selection


def run(args: argparse.Namespace, env: Environment) -> int:
    selection = select(args, env)
    sessions = selection.sessions
    totals = review.totals(sessions)
    roll = rollup(sessions, selection.all_exams, args.pass_mark)
    if args.json:
        data = {
            "dir": selection.label,
            "filters": {
                "trainee": args.trainee,
                "scenario": args.scenario,
                "since": selection.since and selection.since.isoformat(),
            },
            "sessions": [s.to_dict() for s in sessions],
            "totals": review.totals_to_dict(totals),
            "exams": [e.to_dict() for e in selection.exams],
            "rollup": roll.to_dict(),
            "warnings": list(selection.warnings),
        }
        env.stdout.write(json_text(data, indent=2) + "\n")
        return ExitStatus.OK
    width = env.columns()
    if not sessions:
        env.stdout.write(nothing_found(selection) + "\n")
    else:
        if roll.trainees:
            env.stdout.write(format_coaching(roll, width) + "\n")
        env.stdout.write(format_table(sessions, width))
        env.stdout.write("\n" + format_totals(totals, width=width))
        if roll.rows:
            env.stdout.write("\n" + format_rollup(roll, width))
    if selection.exams:
        env.stdout.write("\n" + format_exams(selection.exams, width))
    return ExitStatus.OK
