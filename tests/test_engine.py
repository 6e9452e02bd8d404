"""The conversation engine: a trainee line in, the prospect's reaction out."""

from __future__ import annotations

import pytest

from roleplay.authoring.parse import parse_scenario
from roleplay.dialogue.engine import MAX_LINE_CHARS, CallEnded, Conversation, InputTooLong
from roleplay.errors import ScenarioError
from roleplay.library import load_scenario

TINY = """
title: Tiny
persona: {name: Ann Lee, company: Lee Bakery}
moods:
  patience: {start: 2, min: 0, max: 3}
start: hello
opening: hi
intents:
  greet:
    examples: ["good morning", "hello there", "hi how are you"]
  bye:
    examples: ["goodbye now", "talk soon bye"]
  not_buying:
    examples: ["you are not interested"]
states:
  hello:
    on:
      - {intent: greet, to: chatting, reply: nice, effects: {patience: 1}}
      - {intent: bye, to: done, reply: bye}
    else: {to: hello, reply: what, effects: {patience: -1}}
  chatting:
    on:
      - {intent: bye, to: done, reply: bye, if: "patience >= 3"}
      - {intent: bye, to: cold, reply: bye}
  done: {outcome: success}
  cold: {outcome: neutral}
  gone: {outcome: failure, say: click}
watch:
  - {if: "patience <= 0", to: gone}
replies:
  hi: ["Lee Bakery, Ann speaking."]
  nice: ["Oh hello, {rep_name}!", "Hi there, {rep_name}."]
  what: ["Sorry, what?"]
  bye: ["Bye {rep_name}."]
  click: ["*click*"]
slots: {rep_name: "stranger"}
"""


@pytest.fixture
def tiny():
    return parse_scenario(TINY, "tiny.yaml")


def test_the_prospect_answers_the_phone_first(tiny):
    conv = Conversation(tiny)
    assert conv.open() == "Lee Bakery, Ann speaking."
    assert [(t.speaker, t.text) for t in conv.turns] == [("prospect", "Lee Bakery, Ann speaking.")]


def test_an_example_phrase_moves_the_state_and_changes_moods(tiny):
    conv = Conversation(tiny)
    conv.open()
    result = conv.say("Hello there!")
    assert (result.intent, result.state, result.moods) == ("greet", "chatting", {"patience": 3})
    assert result.reply in ("Oh hello, stranger!", "Hi there, stranger.")
    assert result.turn == 2 and not result.ended


def test_conditions_choose_between_edges_on_the_same_intent(tiny):
    conv = Conversation(tiny)
    conv.open()
    conv.say("hello there")  # patience 3
    assert conv.say("goodbye now").state == "done"

    conv = Conversation(tiny)
    conv.open()
    conv.say("what is your fax number")  # else: patience 1
    conv.say("hi how are you")  # patience 2
    result = conv.say("talk soon, bye")
    assert (result.state, result.ended, result.outcome) == ("cold", True, "neutral")


def test_a_line_nobody_understands_gets_an_in_character_answer_not_silence(tiny):
    conv = Conversation(tiny)
    conv.open()
    result = conv.say("purple monkey dishwasher")
    assert result.intent is None and result.reply == "Sorry, what?" and result.state == "hello"


def test_watch_rules_end_the_call_when_a_mood_runs_out(tiny):
    conv = Conversation(tiny)
    conv.open()
    conv.say("asdf")
    result = conv.say("qwerty")
    assert result.state == "gone" and result.ended and result.outcome == "failure"
    assert result.reply.endswith("*click*")
    with pytest.raises(CallEnded):
        conv.say("hello?")


def _edge(s, where):
    """The transition written at ``where``: ('hello', 0) is hello's first 'on' edge."""
    if where == "watch":
        return s.watch[0]
    state, k = where
    return s.states[state].otherwise if k == "else" else s.states[state].transitions[k]


@pytest.mark.parametrize(
    ("said", "fired"),
    [
        (["good morning"], [[("hello", 0)]]),
        (["blah"], [[("hello", "else")]]),
        (["blah", "blah"], [[("hello", "else")], [("hello", "else"), "watch"]]),
        (["good morning", "goodbye now"], [[("hello", 0)], [("chatting", 0)]]),
    ],
)
def test_each_turn_says_which_transitions_it_took(tiny, said, fired):
    conv = Conversation(tiny)
    conv.open()
    got = [list(conv.say(line).fired) for line in said]
    assert got == [[_edge(tiny, w) for w in turn] for turn in fired]


def test_a_turn_that_reaches_max_turns_says_it_timed_out():
    s = parse_scenario(TINY + "max_turns: 2\ntimeout: cold\n", "tiny.yaml")
    conv = Conversation(s)
    conv.open()
    first, second = conv.say("good morning"), conv.say("how is the bread")
    assert (first.timed_out, second.timed_out) == (False, True)
    assert (second.state, second.ended, second.fired) == ("cold", True, ())


def test_negated_lines_do_not_fuzzy_match_positive_examples(tiny):
    conv = Conversation(tiny)
    conv.open()
    assert conv.say("not good morning").intent is None


def test_a_huge_paste_is_refused_and_not_recorded(tiny):
    conv = Conversation(tiny)
    conv.open()
    with pytest.raises(InputTooLong):
        conv.say("word " * MAX_LINE_CHARS)
    assert len(conv.turns) == 1
    assert conv.say("hello there").state == "chatting"


def test_the_same_seed_gives_the_same_replies():
    scenario = load_scenario("sleepy_skeptic")
    lines = [
        "Hi, this is Sam from Acme, I'm calling because shops like yours lose money on quotes.",
        "asdf",
        "?",
    ]

    def play(seed):
        conv = Conversation(scenario, seed=seed)
        return [conv.open()] + [conv.say(line).reply for line in lines]

    assert play(3) == play(3)
    assert any(play(3) != play(s) for s in range(4, 12))


def test_every_turn_records_the_state_after_it_and_the_moods(tiny):
    conv = Conversation(tiny)
    conv.open()
    conv.say("hello there", at="2026-11-23T10:00:00Z")
    rep = conv.turns[1]
    assert (rep.speaker, rep.state, rep.intent, rep.at) == (
        "rep",
        "chatting",
        "greet",
        "2026-11-23T10:00:00Z",
    )
    assert rep.moods == {"patience": 3}


def test_the_skeptic_calls_out_the_not_selling_disclaimer():
    conv = Conversation(load_scenario("sleepy_skeptic"), seed=1)
    conv.open()
    result = conv.say("I'm not trying to sell you anything, I just have a quick question.")
    assert result.state == "called_out"
    assert "sell" in result.reply.lower()
    assert "not-selling-disclaimer" in {m.code for m in result.mistakes}
    conv.say("So how are you doing tonight?")
    codes = {m.code for m in conv.scorecard().mistakes}
    assert {"not-selling-disclaimer", "no-introduction"} <= codes


def test_machine_names_from_yaml_are_never_callbacks():
    """transitions imports dotted callback names; a scenario must not reach that path."""
    evil = TINY.replace("greet:", "os.system:")
    with pytest.raises(ScenarioError, match="intent name 'os.system' must be lower-case"):
        parse_scenario(evil, "evil.yaml")


def test_a_reply_with_several_variants_is_not_repeated_back_to_back():
    looping = (
        TINY.replace('what: ["Sorry, what?"]', 'what: ["Sorry, what?", "Pardon?", "Come again?"]')
        .replace("patience: {start: 2, min: 0, max: 3}", "patience: {start: 3, min: -50, max: 3}")
        .replace('if: "patience <= 0"', 'if: "patience <= -40"')
    )
    scenario = parse_scenario(looping, "loop.yaml")
    for seed in range(5):
        conv = Conversation(scenario, seed=seed)
        conv.open()
        replies = [conv.say("xyzzy").reply for _ in range(12)]
        assert all(a != b for a, b in zip(replies, replies[1:], strict=False)), replies
        assert set(replies) == {"Sorry, what?", "Pardon?", "Come again?"}


WARY = """
title: Wary
persona: {name: Graham Wu, company: Counterpoint}
start: wary
opening: hello
intents:
  meeting:
    any_signals: [commitment_ask]
    priority: 7
  ask:
    signals: [discovery_question]
    priority: 3
states:
  wary:
    on:
      - {intent: meeting, to: wary, reply: slow_down}
      - {intent: ask, to: open, reply: priorities}
  open:
    on:
      - {intent: meeting, to: booked, reply: agreed}
  booked: {outcome: success}
replies:
  hello: ["Graham."]
  slow_down: ["Slow down. What's this about?"]
  priorities: ["Churn, mostly."]
  agreed: ["Fine, Monday at 1."]
"""


@pytest.mark.parametrize(
    ("line", "state", "reply"),
    [
        # put off, then heard again once the question moved the call on
        (
            "What's top of your list this year? Could we set up a call Monday at 1?",
            "booked",
            "Churn, mostly. Fine, Monday at 1.",
        ),
        # alone, it stays put off
        ("Could we set up a call Monday at 1?", "wary", "Slow down. What's this about?"),
    ],
)
def test_an_ask_put_off_is_heard_again_once_the_rest_of_the_line_moved_the_call_on(
    line, state, reply
):
    call = Conversation(parse_scenario(WARY, "wary.yaml"), seed=1)
    call.open()
    result = call.say(line)
    assert result.state == state
    assert result.reply == reply


STRANGER = """
title: A stranger asks who is calling
persona: {name: Graham Wu, company: Counterpoint}
start: answered
opening: hello
intents:
  name:
    signals: [introduction]
    priority: 3
  ask:
    signals: [discovery_question]
    priority: 5
states:
  answered:
    on:
      - {intent: ask, to: who, reply: whos_asking}
      - {intent: name, to: named, reply: and_why}
  who:
    on:
      - {intent: name, to: listening, reply: go_on}
  named:
    on:
      - {intent: ask, to: engaged, reply: priorities}
  listening:
    on:
      - {intent: ask, to: engaged, reply: priorities}
  engaged: {outcome: success}
replies:
  hello: ["Graham."]
  whos_asking: ["Who's asking?"]
  and_why: ["What's this about?"]
  go_on: ["Right. Go ahead."]
  priorities: ["Churn, mostly."]
"""


@pytest.mark.parametrize(
    ("line", "state", "reply"),
    [
        # asked "who's asking?" about the question, then given the name in the same line:
        # the question is answered, and only the answer is said
        (
            "graham its priya at tillwise, whats top of your list this year",
            "engaged",
            "Churn, mostly.",
        ),
        # the question alone still gets "who's asking?"
        ("whats top of your list this year", "who", "Who's asking?"),
    ],
)
def test_a_question_met_with_a_question_is_answered_once_the_line_gave_what_was_asked(
    line, state, reply
):
    call = Conversation(parse_scenario(STRANGER, "stranger.yaml"), seed=1)
    call.open()
    result = call.say(line)
    assert result.state == state
    assert result.reply == reply
