"""The call in the README is a real call: played on the engine, it gives the replies shown,
and typed tidily instead of in a hurry it plays the same."""

from __future__ import annotations

from pathlib import Path

from roleplay.dialogue.engine import Conversation
from roleplay.library import load_scenario

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
SEED = 11  # the README's call ends "Seed 11 (replay with --seed 11)"

TIDY = [
    "Hi, I'm not trying to sell you anything, just a quick question.",
    "Fair enough, it is a sales call. It's Priya from Tallyworks, calling because shops your "
    "size lose money on jobs quoted from memory.",
    "How do you put quotes together for custom jobs today?",
    "Could we do 15 min Thursday at 10, your time?",
]


def _exchanges() -> list[tuple[str, str]]:
    """(what the rep typed, what Dale answered) from the README's practice session."""
    session = README.split("## A short call", 1)[1].split("☎  The call is over.", 1)[0]
    out: list[list[str]] = []
    current = None
    for line in session.splitlines():
        if line.startswith("You: "):
            out.append([line[5:], ""])
            current = 0
        elif line.startswith("Dale: ") and out:
            out[-1][1] = line[6:]
            current = 1
        elif line.strip() and current is not None and not line.lstrip().startswith("⚑"):
            out[-1][current] += " " + line.strip()
        elif not line.strip():
            current = None
    return [(" ".join(said.split()), " ".join(reply.split())) for said, reply in out]


def _play(lines: list[str]):
    conv = Conversation(load_scenario("sleepy_skeptic"), seed=SEED)
    conv.open()
    return conv, [conv.say(line) for line in lines]


def test_the_readme_call_gives_the_replies_it_shows():
    exchanges = _exchanges()
    assert len(exchanges) == 4
    conv, results = _play([said for said, _ in exchanges])
    assert [r.reply for r in results] == [reply for _, reply in exchanges]
    assert conv.outcome == "success" and conv.scorecard().score == 80


def test_typed_in_a_hurry_it_plays_as_the_tidy_call():
    typed_conv, typed = _play([said for said, _ in _exchanges()])
    tidy_conv, tidy = _play(TIDY)
    assert [(r.intent, [m.code for m in r.mistakes], r.state) for r in typed] == [
        (r.intent, [m.code for m in r.mistakes], r.state) for r in tidy
    ]
    assert typed_conv.outcome == tidy_conv.outcome
    assert typed_conv.scorecard().score == tidy_conv.scorecard().score
