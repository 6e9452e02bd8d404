"""``roleplay show FILE``: one transcript, each mistake marked at its turn."""

from __future__ import annotations

import argparse

from roleplay import color, storage
from roleplay.environment import Environment
from roleplay.errors import ExitStatus
from roleplay.review import sessions as review
from roleplay.review.annotate import annotate, render_markdown, text_fragments
from roleplay.transcript import parse

EPILOG = """\
FILE is a saved session (.jsonl) or a plain-text transcript of a real call
('Rep:' / 'Prospect:' lines), or - for standard input. A saved session shows the
scorecard it was saved with; anything else is scored now.

Evidence is highlighted in colour when stdout is a terminal, NO_COLOR is not set and
TERM is not dumb (--color always|never decides instead), and marked «like this»
otherwise.

examples:
  roleplay show transcripts/20240510-140000_cold-call_dana_3f2a1b.jsonl
  roleplay show call.txt --format markdown > coaching-notes.md
"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help="transcript to show (- for standard input)")
    parser.add_argument(
        "--format",
        choices=("text", "markdown"),
        default="text",
        help="output format (default: text)",
    )
    color.add_argument(parser)


def run(args: argparse.Namespace, env: Environment) -> int:
    if args.file == "-":
        transcript = parse(storage.read_stream(env.stdin, "<stdin>"), "<stdin>")
    else:
        transcript = storage.load_transcript(env.path(args.file), args.file)
    call = annotate(transcript, review.scorecard_for(transcript))
    if args.format == "markdown":
        env.stdout.write(render_markdown(call))
    else:
        on = color.wanted(args.color, env)
        color.write(env, text_fragments(call, marks=not on), on)
    return ExitStatus.OK
