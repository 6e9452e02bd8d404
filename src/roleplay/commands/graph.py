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

--hide NAMES leaves things out so that a big graph can be read: a comma-separated
list of names or globs (*, ?, [...]). A state it names goes, with every arrow into
or out of it; an intent it names takes its arrows away; and 'anywhere', 'watch',
'else' and 'timeout' name those kinds of arrow. A name that matches nothing is an
error. The drawing says what was hidden in a comment.

Paste mermaid output into a Markdown file (```mermaid), GitHub or mermaid.live;
render dot with Graphviz: roleplay graph NAME --format dot | dot -Tsvg > NAME.svg

examples:
  roleplay graph sleepy_skeptic
  roleplay graph scenarios/mine.yaml --format dot -o mine.dot
  roleplay graph busy_executive --hide rep_left,hung_up,watch,timeout
  roleplay graph gatekeeper --hide 'anywhere,*_left'
"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("scenario", metavar="SCENARIO", help="scenario id or path")
    parser.add_argument(
        "--format", choices=FORMATS, default="mermaid", help="diagram language (default: mermaid)"
    )
    parser.add_argument(
        "-o", "--output", metavar="FILE", help="write to FILE instead of standard output"
    )
    parser.add_argument(
        "--hide",
        action="append",
        default=[],
        metavar="NAMES",
        help="leave out states, intents or kinds of arrow (anywhere, watch, else, timeout):"
        " names or globs, comma-separated",
    )


def run(args: argparse.Namespace, env: Environment) -> int:
    hide = [name.strip() for value in args.hide for name in value.split(",") if name.strip()]
    text = draw(load_scenario(args.scenario, env.cwd), args.format, hide)
    if args.output:
        try:
            env.path(args.output).write_text(text, encoding="utf-8")
        except OSError as exc:
            raise ScenarioError(exc.strerror or str(exc), file=args.output) from None
    else:
        env.stdout.write(text)
    return ExitStatus.OK
