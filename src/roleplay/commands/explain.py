"""``roleplay explain LINE``: how roleplay reads one line, and why."""

from __future__ import annotations

import argparse
import json

from roleplay.environment import Environment
from roleplay.errors import ExitStatus, UsageError

EPILOG = """\
Prints what the prospect and the scorer see in the line: the line as the rules read it
(apostrophes, capitals and typos repaired), its sentences, every signal with the words
that triggered it, the mistakes it would draw, and with --scenario, the intents the
state listens for, ranked, with their scores against the cutoff and the one the
prospect would act on. See docs/scoring.md ("Explaining a line").

examples:
  roleplay explain "hi this is dana kim from northwind, quick q how do you handle reminders"
  roleplay explain "is she in" --scenario gatekeeper --state greeting
  roleplay explain "\\$40 a seat" --previous "What does it cost?"
"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("line", metavar="LINE", help="the rep's line, in quotes")
    parser.add_argument("--scenario", metavar="NAME", help="rank this scenario's intents")
    parser.add_argument("--state", metavar="STATE", help="the state to read the line in")
    parser.add_argument(
        "--previous", metavar="TEXT", help="what the prospect said just before the line"
    )
    parser.add_argument("--json", action="store_true", help="print the analysis as JSON")


def run(args: argparse.Namespace, env: Environment) -> int:
    from roleplay.dialogue.engine import check_line
    from roleplay.dialogue.explain import explain
    from roleplay.errors import RoleplayError

    if args.state and not args.scenario:
        raise UsageError("--state needs --scenario")
    scenario = None
    if args.scenario:
        from roleplay.library import load_scenario

        scenario = load_scenario(args.scenario, env.cwd)
    try:
        line = check_line(args.line)
        found = explain(line, scenario, args.state, args.previous)
    except RoleplayError as exc:
        raise UsageError(exc.message) from None
    if args.json:
        env.stdout.write(json.dumps(_as_dict(found), ensure_ascii=False, indent=2) + "\n")
    else:
        env.stdout.write(render(found))
    return ExitStatus.OK


def _as_dict(found) -> dict:
    turn = found.turn
    return {
        "line": turn.text,
        "read_as": turn.read,
        "sentences": list(found.sentences),
        "previous": found.previous,
        "signals": {k: turn.quote(v) for k, v in turn.signals.items()},
        "name": turn.name,
        "state": found.state,
        "cutoff": found.cutoff,
        "intents": [{"intent": i, "score": round(s, 1), "how": h} for i, s, h in found.ranking],
        "chosen": found.chosen,
        "mistakes": [{"code": c, "evidence": e, "message": m} for c, e, m in found.mistakes],
    }


def render(found) -> str:
    from roleplay.printable import printable as visible

    turn = found.turn
    out = [f"line:      {visible(turn.text)}"]
    if turn.read != turn.text:
        out.append(f"read as:   {visible(turn.read)}")
    if found.previous:
        out.append(f"after:     {visible(found.previous)}")
    out.append("sentences:")
    out += [f"  {i}. {visible(s)}" for i, s in enumerate(found.sentences, 1)]
    out.append("signals:" if turn.signals else "signals:   none")
    width = max((len(k) for k in turn.signals), default=0)
    out += [f"  {k:<{width}}  “{visible(turn.quote(v))}”" for k, v in turn.signals.items()]
    if found.state is not None:
        out.append(f"intents in state {found.state} (cutoff {found.cutoff:.0f}):")
        for intent, score, how in found.ranking:
            mark = "→" if intent == found.chosen else " "
            shown = "rule" if how in ("signals", "mistakes") else f"{score:5.1f}"
            out.append(f" {mark} {intent:<24} {shown:>5}  {how}")
        if found.chosen is None:
            out.append("   (no intent: the prospect falls back to its catch-all line)")
    out.append("mistakes:" if found.mistakes else "mistakes:  none")
    out += [f"  ✗ {c}  “{visible(e)}”  {visible(m)}" for c, e, m in found.mistakes]
    return "\n".join(out) + "\n"
