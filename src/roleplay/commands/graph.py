"""``roleplay graph SCENARIO``: the state machine as a mermaid or dot diagram."""

from __future__ import annotations

import argparse

from roleplay.authoring.graph import FORMATS, draw
from roleplay.environment import Environment
from roleplay.errors import ExitStatus, ScenarioError
from roleplay.library import load_scenario

EPILOG = """\
States are coloured by outcome (success green, failure red, neutral grey) and the
start state has a thick blue border; each arrow is labelled with the intents (and
mood conditions) that take it. 'else' is a state's catch-all, 'watch' a mood rule.

Paste mermaid output into a Markdown file (```mermaid), GitHub or mermaid.live;
render dot with Graphviz: roleplay graph NAME --format dot | dot -Tsvg > NAME.svg

examples:
  roleplay graph sleepy_skeptic
  roleplay graph scenarios/mine.yaml --format dot -o mine.dot
"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("scenario", metavar="SCENARIO", help="scenario id or path")
    parser.add_argument(
        "--format", choices=FORMATS, default="mermaid", help="diagram language (default: mermaid)"
    )
    parser.add_argument(
        "-o", "--output", metavar="FILE", help="write to FILE instead of standard output"
    )


def run(args: argparse.Namespace, env: Environment) -> int:
    text = draw(load_scenario(args.scenario, env.cwd), args.format)
    if args.output:
        try:
            env.path(args.output).write_text(text, encoding="utf-8")
        except OSError as exc:
            raise ScenarioError(exc.strerror or str(exc), file=args.output) from None
    else:
        env.stdout.write(text)
    return ExitStatus.OK
