"""Difficulty changes the prospect, not a label: ``--difficulty easy|normal|hard`` plays a
scenario's ``levels`` (mood start values and replies said differently), and the level
played is saved with the session.
"""

from __future__ import annotations

import json

import pytest
from calls import play as play_call

from roleplay.authoring.parse import parse_scenario_text
from roleplay.cli import main
from roleplay.dialogue.engine import Conversation
from roleplay.dialogue.scenario import DIFFICULTIES
from roleplay.library import load_scenario

# Three fumbles before the rep says who they are, then a good call.
FUMBLING_CALL = [
    "hi is this the owner",
    "sorry one sec",
    "hang on, my notes",
    "its priya from quotewise, shops like yours lose money on quotes done from memory",
    "how do you put quotes together today",
    "could we talk thursday at 10 your time for fifteen minutes",
]


def play(level: str, lines: list[str], seed: int = 1) -> Conversation:
    return play_call("sleepy_skeptic", lines, seed, level)[0]


def test_an_easy_prospect_forgives_fumbles_a_hard_one_hangs_up_on():
    for seed in (1, 2, 3):
        assert play("easy", FUMBLING_CALL, seed).outcome == "success"
        hard = play("hard", FUMBLING_CALL, seed)
        assert hard.outcome == "failure"
        assert hard.state == "hung_up"


def test_an_easy_prospect_volunteers_more_when_asked():
    opener = (
        "Hi Dale, Sam Ortiz from Quotewise, calling because shops your size lose money on quotes."
    )
    question = "How do you price custom jobs today?"
    easy = play("easy", [opener])
    hard = play("hard", [opener])
    easy_answer = easy.say(question).reply or ""
    hard_answer = hard.say(question).reply or ""
    assert len(easy_answer.split()) > len(hard_answer.split()) + 10


def test_the_default_level_is_the_file_as_written():
    scenario = load_scenario("sleepy_skeptic")
    assert scenario.default_level == "hard"
    played = scenario.at_level()
    assert played.difficulty == "hard"
    assert played.initial_moods() == scenario.initial_moods()
    assert played.replies == scenario.replies


def test_medium_reads_as_normal_and_unknown_levels_are_refused():
    gatekeeper = load_scenario("gatekeeper")
    assert gatekeeper.default_level == "normal"
    with pytest.raises(ValueError, match="easy, normal, hard"):
        gatekeeper.at_level("brutal")


@pytest.mark.parametrize("persona", ["sleepy_skeptic", "busy_executive", "gatekeeper"])
def test_every_live_persona_plays_differently_at_easy_and_hard(persona):
    scenario = load_scenario(persona)
    easy, hard = scenario.at_level("easy"), scenario.at_level("hard")
    assert easy.initial_moods() != hard.initial_moods() or easy.replies != hard.replies


BROKEN_LEVELS = """\
format: 1
title: Levels
difficulty: brutal
persona: {name: Pat}
moods:
  patience: {start: 2, max: 5}
levels:
  easy:
    moods: {patience: 9, temper: 1}
    replies:
      hullo: ["Hi there."]
  expert:
    moods: {patience: 1}
start: open
states:
  open:
    on: []
    else: {to: done, reply: hi}
  done: {outcome: neutral}
replies:
  hi: ["Hi."]
"""


def test_a_broken_levels_block_names_each_mistake_and_its_line():
    _, diagnostics = parse_scenario_text(BROKEN_LEVELS, "levels.yaml")
    found = "\n".join(str(d) for d in diagnostics)
    assert "levels.yaml:3:" in found and "difficulty 'brutal' is not a level" in found
    assert "levels.yaml:9:" in found and "outside its range 0..5" in found
    assert "mood 'temper', which 'moods' does not have" in found
    assert "levels.yaml:11:" in found and "undefined reply 'hullo'" in found
    assert "levels.yaml:12:" in found and "level 'expert' is not one of easy, normal, hard" in found


def test_run_plays_the_level_asked_for_and_saves_it(tmp_path, capsys):
    script = tmp_path / "call.txt"
    script.write_text("\n".join(FUMBLING_CALL) + "\n")
    for level in DIFFICULTIES:
        code = main(
            [
                "run",
                "sleepy_skeptic",
                "--script",
                str(script),
                "--seed",
                "1",
                "--difficulty",
                level,
                "--transcripts",
                str(tmp_path / "saved"),
                "--json",
            ]
        )
        assert code == 0
        session = json.loads(capsys.readouterr().out)
        assert session["difficulty"] == level
    saved = sorted((tmp_path / "saved").glob("*.jsonl"))
    assert len(saved) == 3
    headers = [json.loads(p.read_text().splitlines()[0]) for p in saved]
    assert sorted(h["difficulty"] for h in headers) == sorted(DIFFICULTIES)


def test_a_scenario_test_can_play_at_a_level():
    from roleplay.authoring.scenario_tests import run_test
    from roleplay.dialogue.scenario import ScenarioTest, TestStep

    scenario = load_scenario("sleepy_skeptic")
    steps = tuple(TestStep(say=line) for line in FUMBLING_CALL)
    easy = ScenarioTest(name="easy", steps=steps, seed=1, difficulty="easy", outcome="success")
    hard = ScenarioTest(name="hard", steps=steps[:3], seed=1, difficulty="hard", outcome="failure")
    assert run_test(scenario, easy).passed
    assert run_test(scenario, hard).passed
    # played at the scenario's own level, the easy test's call fails
    assert not run_test(
        scenario, ScenarioTest(name="own", steps=steps[:3], seed=1, outcome="success")
    ).passed


def test_the_readme_shows_what_each_level_really_says(tmp_path, capsys):
    from pathlib import Path

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    section = readme.split("### Easy, normal, hard", 1)[1]
    console = section.split("```console\n", 1)[1].split("\n```", 1)[0]
    blocks = console.split("\n$ ")
    script = tmp_path / "fumble.txt"
    script.write_text("\n".join(FUMBLING_CALL[:4]) + "\n")
    for block in blocks:
        command, *shown = block.removeprefix("$ ").strip().splitlines()
        level = command.rsplit(" ", 1)[1]
        main(
            [
                "run",
                "sleepy_skeptic",
                "--script",
                str(script),
                "--seed",
                "1",
                "--difficulty",
                level,
                "--no-save",
            ]
        )
        played = [
            line
            for line in capsys.readouterr().out.splitlines()
            if line.startswith(("Prospect: ", "Rep: "))
        ]
        assert played == [line for line in shown if line.strip()], level
