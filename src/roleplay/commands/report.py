"""``roleplay report [DIR] --html FILE``: a self-contained HTML page for a manager."""

from __future__ import annotations

import argparse
from pathlib import Path

from roleplay import storage
from roleplay.commands.review import (
    add_filter_arguments,
    add_pass_mark_argument,
    nothing_found,
    select,
)
from roleplay.environment import Environment
from roleplay.errors import ExitStatus, TranscriptError
from roleplay.printable import printable
from roleplay.review import sessions as review
from roleplay.review.annotate import AnnotatedCall, annotate
from roleplay.review.report_html import render_report

EPILOG = """\
The page opens with who needs coaching and on what, then each trainee on each
scenario (a table sorted by a click on any heading), the exams taken (PASS/FAIL per
trainee), the score trend (a rolling average per trainee, one panel per level),
mistake frequency per code, outcome per scenario, and a table of sessions linking
to each annotated transcript.
Everything is inline: it opens with no network, and can be mailed as one file.

examples:
  roleplay report --html report.html
  roleplay report team/ --since 2024-05-01 --trainee dana --html dana.html
"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_filter_arguments(parser)
    add_pass_mark_argument(parser)
    parser.add_argument(
        "--html", metavar="FILE", required=True, help="write the report to FILE (- for stdout)"
    )
    parser.add_argument("--title", default="Call practice report", help="the page title")


def run(args: argparse.Namespace, env: Environment) -> int:
    selection = select(args, env)
    calls: dict[str, AnnotatedCall] = {}
    warnings = list(selection.warnings)
    for s in selection.sessions:
        try:
            transcript = storage.load_transcript(Path(s.path), s.file)
        except TranscriptError as exc:  # changed on disk since it was summarised
            env.stderr.write(
                f"roleplay: warning: {printable(str(exc))}; no transcript in the report\n"
            )
            warnings.append(str(exc))
            continue
        calls[s.file] = annotate(transcript, review.scorecard_for(transcript))
    subtitle = f"{selection.label}" + (f" · {selection.filters}" if selection.filters else "")
    page = render_report(
        selection.sessions,
        calls,
        env.now(),
        title=args.title,
        subtitle=subtitle,
        warnings=warnings,
        exams=selection.exams,
        pass_mark=args.pass_mark,
        all_exams=selection.all_exams,
    )
    if args.html == "-":
        env.stdout.write(page)
        return ExitStatus.OK
    with storage.write_atomically(env.path(args.html), args.html) as out:
        out.write(page)
    if not selection.sessions:
        env.stdout.write(nothing_found(selection) + f"; wrote an empty report to {args.html}\n")
    else:
        env.stdout.write(f"wrote {args.html}: {len(selection.sessions)} sessions\n")
    return ExitStatus.OK
