"""Scripted calls played through the engine, for the persona and scenario tests."""

from __future__ import annotations

from roleplay.dialogue.engine import Conversation, TurnResult
from roleplay.library import load_scenario


def play(
    scenario_id: str, lines: list[str], seed: int = 0, level: str | None = None
) -> tuple[Conversation, list[TurnResult]]:
    """Open the call (at ``level``, or the scenario's own), say each line until the call
    ends, and return the call and the result of each line said."""
    conv = Conversation(load_scenario(scenario_id).at_level(level), seed=seed)
    conv.open()
    results = []
    for line in lines:
        if conv.ended:
            break
        results.append(conv.say(line))
    return conv, results


def assert_ends(
    scenario_id: str, script: list[str], outcome: str, state: str, seed: int = 0
) -> None:
    """Every line of ``script`` is heard, and the call then ends in ``state`` with ``outcome``."""
    conv, results = play(scenario_id, script, seed)
    assert len(results) == len(script), f"the call ended early, in {conv.state!r}"
    assert conv.ended
    assert (conv.state, conv.outcome) == (state, outcome)
