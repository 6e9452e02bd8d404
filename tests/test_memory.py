"""The prospect's memory of the call: facts counted from the analysis, read by conditions."""

from __future__ import annotations

import pytest

from roleplay.authoring.parse import parse_scenario
from roleplay.authoring.validate import check
from roleplay.dialogue.engine import Conversation
from roleplay.dialogue.memory import MEMORY, remember
from roleplay.language.analysis import CallAnalysis


def _call(*lines: tuple[str, str]) -> CallAnalysis:
    call = CallAnalysis()
    for speaker, text in lines:
        call.add(speaker, text)
    return call


def test_nothing_is_remembered_before_the_rep_speaks():
    assert remember(_call(("prospect", "Hello?"))) == {**dict.fromkeys(MEMORY, 0)}


def test_what_the_rep_said_and_what_the_prospect_asked_are_counted():
    facts = remember(
        _call(
            ("prospect", "Hello, who's calling?"),
            ("rep", "Um, is the owner there?"),
            ("prospect", "Who is this?"),
            ("rep", "Sam Ortiz from Quotewise. I'm calling because quotes take days."),
            ("prospect", "Okay."),
            ("rep", "How do you quote jobs today? And who handles it?"),
        )
    )
    assert facts == {
        "told_name": 1,
        "told_reason": 1,
        "questions_asked": 1,
        "easy_outs": 0,
        "disclaimers": 0,
        "rep_turns": 3,
        "asked_who": 2,
        "asked_why": 0,
        "ignored": 1,
        "proposed_clock": 0,
        "proposed_day": 0,
    }


def test_every_line_that_makes_no_easy_to_say_is_counted():
    facts = remember(
        _call(
            ("rep", "Hi Naomi, it's Lena from Clearwater. No pressure at all."),
            ("prospect", "Okay..."),
            ("rep", "How are things at the new shop?"),
            ("prospect", "Busy."),
            ("rep", "If it's not a fit, just say so, I won't take it personally."),
        )
    )
    assert facts["easy_outs"] == 2
    assert facts["questions_asked"] == 1


def test_every_line_that_says_it_is_no_sales_call_is_counted():
    facts = remember(
        _call(
            ("prospect", "Corvid, this is Linda."),
            ("rep", "Hi, don't worry, I'm not selling anything."),
            ("prospect", "Everybody says that."),
            ("rep", "I only need an email for your marketing person."),
            ("prospect", "That's Tasha."),
            ("rep", "Honestly it's not a sales call, we just want to send her a few things."),
        )
    )
    assert facts["disclaimers"] == 2


ASKS_TWICE = """
title: Asks twice
persona: {name: Ann Lee}
start: asking
opening: who
intents:
  name: {signals: [introduction]}
  filler: {examples: ["um hello there"]}
states:
  asking:
    on:
      - {intent: name, to: done, reply: thanks}
      - {intent: filler, to: asking, reply: asked_twice, if: "asked_who >= 2"}
      - {intent: filler, to: asking, reply: again}
  done: {outcome: success}
replies:
  who: ["Who's calling?"]
  thanks: ["Thanks."]
  asked_twice: ["That's twice I've asked: who's calling?"]
  again: ["Sorry, who's calling?"]
"""


def test_a_condition_reads_memory_so_a_claim_about_the_past_is_true():
    conv = Conversation(parse_scenario(ASKS_TWICE, "asks.yaml"), seed=1)
    conv.open()
    # "Who's calling?" has been asked once: no "twice" yet.
    assert conv.say("um hello there").reply == "Sorry, who's calling?"
    # Now it has been asked twice, and she may say so.
    assert conv.say("um hello there").reply == "That's twice I've asked: who's calling?"


def test_a_condition_on_an_unknown_name_is_an_error_naming_both_kinds(tmp_path):
    path = tmp_path / "asks.yaml"
    path.write_text(ASKS_TWICE.replace("asked_who >= 2", "asked_whom >= 2"), encoding="utf-8")
    _, diags = check(path, tmp_path)
    messages = [d.message for d in diags]
    assert any("undefined mood or memory fact 'asked_whom'" in m for m in messages), messages


def test_a_mood_may_not_take_the_name_of_a_memory_fact(tmp_path):
    path = tmp_path / "asks.yaml"
    path.write_text(
        ASKS_TWICE.replace("start: asking", "moods:\n  told_name: {start: 0}\nstart: asking"),
        encoding="utf-8",
    )
    _, diags = check(path, tmp_path)
    assert any("memory fact" in d.message and "told_name" in d.message for d in diags)


@pytest.mark.parametrize(
    ("line", "clock"),
    [
        ("next thursday, does 1:30 work", 1330),
        ("how about thursday at noon", 1200),
        ("friday at 8 for breakfast?", 800),
        ("thursday 2pm?", 1400),
        ("next thursday works", 0),
    ],
)
def test_the_last_clock_time_the_rep_named_is_remembered(line, clock):
    facts = remember(_call(("prospect", "Rob here."), ("rep", line)))
    assert facts["proposed_clock"] == clock


@pytest.mark.parametrize(
    ("lines", "day", "clock"),
    [
        (["how about thursday at noon"], 4, 1200),
        (["friday at 8 for breakfast?"], 5, 800),
        # the day alone keeps the clock said before it: the slot as a whole, remembered
        (["lunch next thursday, 12 sharp", "see you thursday"], 4, 1200),
        # a time alone keeps the day said before it
        (["lunch next thursday?", "say 11:45?"], 4, 1145),
        (["how about tomorrow at 2"], 0, 1400),
        # a part of the day named instead of a clock: the clock said before no longer stands
        (["thursday at noon?", "or breakfast thursday morning?"], 4, 0),
    ],
)
def test_the_last_weekday_the_rep_named_is_remembered(lines, day, clock):
    turns = [("prospect", "Rob here.")]
    for line in lines:
        turns += [("rep", line), ("prospect", "Hm.")]
    facts = remember(_call(*turns))
    assert (facts["proposed_day"], facts["proposed_clock"]) == (day, clock)
