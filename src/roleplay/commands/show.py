"""``roleplay show FILE``: one transcript, each mistake marked at its turn."""

from __future__ import annotations

import argparse

from roleplay import color, storage
from roleplay.commands import add_rep_argument, guess_note
from roleplay.environment import Environment
from roleplay.errors import ExitStatus
from roleplay.review import sessions as review
from roleplay.review.annotate import annotate, render_markdown, text_fragments
from roleplay.transcript import parse

EPILOG = """\
FILE is a saved session (.jsonl) or a transcript of a real call ('Rep:' /
'Prospect:' lines, 'Alice Chen: ...' lines, or WebVTT / SRT captions), or - for
standard input. A saved session shows the scorecard it was saved with; anything
else is scored now. A real call ends with its conversation figures (rep talk
share, longest rep monologue, rep questions). Where speakers are named, --rep
says which is the rep; without it roleplay guesses, and says so on stderr.

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
    add_rep_argument(parser)


def run(args: argparse.Namespace, env: Environment) -> int:
    if args.file == "-":
        transcript = parse(storage.read_stream(env.stdin, "<stdin>"), "<stdin>", rep=args.rep)
    else:
        transcript = storage.load_transcript(env.path(args.file), args.file, rep=args.rep)
    env.stderr.write(guess_note(transcript))
    call = annotate(transcript, review.scorecard_for(transcript))
    if args.format == "markdown":
        env.stdout.write(render_markdown(call))
    else:
        on = color.wanted(args.color, env)
        color.write(env, text_fragments(call, marks=not on), on)
    return ExitStatus.OK
