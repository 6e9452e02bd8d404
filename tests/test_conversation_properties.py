"""What holds in every call, whatever the rep types: random calls over a pool of lines
(good moves, mistakes, filler, casual typing) played through every shipped persona."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from roleplay.dialogue.engine import Conversation
from roleplay.library import list_scenarios, load_scenario

POOL = [
    "hello",
    "uh hi",
    "ok",
    "what",
    "sorry",
    "can you say that again",
    "yes",
    "no",
    "sure, please do",
    "I'm not trying to sell you anything",
    "we have dashboards, alerts, sensors, reports and a mobile app",
    "can I get 15 minutes for a demo",
    "how do you handle this today?",
    "who handles that over there",
    "this is Sam from Acme",
    "im calling because shops like yours lose money on slow quotes",
    "it's $40 a month per seat",
    "is he in?",
    "could you put me through please",
    "thanks",
    "what do you mean",
    "I'll call back Thursday at 10",
    "when is a good time to call back",
]
#: Every built-in scenario (a folder with no scenarios/ of its own, so only the built-ins).
PERSONAS = [info.id for info in list_scenarios(Path(__file__).parent)]


def _random_calls(persona: str, calls: int = 60, turns: int = 10):
    scenario = load_scenario(persona)
    for seed in range(calls):
        pick = random.Random(seed)
        conv = Conversation(scenario, seed=seed)
        opening = conv.open()
        said = [opening] if opening else []
        for _ in range(turns):
            if conv.ended:
                break
            result = conv.say(pick.choice(POOL))
            yield said, result.reply
            if result.reply:
                said.append(result.reply)


@pytest.mark.parametrize("persona", PERSONAS)
def test_the_prospect_never_says_the_same_thing_twice_in_a_row(persona):
    for said, reply in _random_calls(persona):
        assert not said or reply != said[-1], reply


@pytest.mark.parametrize("persona", PERSONAS)
def test_like_i_said_is_only_said_of_something_said(persona):
    for said, reply in _random_calls(persona):
        if reply and reply.startswith("Like I said: "):
            repeated = reply.removeprefix("Like I said: ")
            assert any(s.lower() == repeated.lower() for s in said), reply


@pytest.mark.parametrize("persona", PERSONAS)
def test_no_placeholder_or_internal_name_is_ever_spoken(persona):
    for _, reply in _random_calls(persona):
        assert reply is None or not re.search(r"[{}]|\bNone\b|_[a-z]+_", reply), reply


@pytest.mark.parametrize("persona", PERSONAS)
def test_a_rep_who_gave_no_name_is_never_called_by_a_stand_in(persona):
    stand_in = load_scenario(persona).slots.get("rep_name")
    if not stand_in:
        pytest.skip("no stand-in name")
    pool = [line for line in POOL if "Sam" not in line]
    scenario = load_scenario(persona)
    for seed in range(40):
        pick = random.Random(seed)
        conv = Conversation(scenario, seed=seed)
        conv.open()
        for _ in range(8):
            if conv.ended:
                break
            reply = conv.say(pick.choice(pool)).reply or ""
            assert f", {stand_in}." not in reply and f", {stand_in}!" not in reply, reply
