"""The networked pitch reacts like a bakery owner called by someone she met once, through a
friend: polite, cornered, and quick to feel it when the friendship is used on her.

Every good approach a trainer would teach ends well: name the real connection (who
introduced you, and where), say why you call in her terms, make "no" easy or ask gently how
things are going, and suggest something small at a set time (or send something specific and
let her offer the coffee). A friendly "not now" is a fair, neutral ending. Each classic
mistake gets its own reply: a vague "we met at an event" makes her ask where, overstating
the connection or leaning on the friend makes her uneasy, and pushing after she hesitates
spends the goodwill.
"""

from __future__ import annotations

from functools import partial

import pytest
from calls import assert_ends
from calls import play as play_call

ID = "networked_pitch"
SEEDS = range(4)

OPENER = (
    "Hi Naomi, this is Dana Park from Clearwater Bookkeeping. Marcus Bell introduced us at "
    "the Eastside Business Association breakfast last Thursday, and I'm calling because you "
    "mentioned the paperwork for the new shop was eating your evenings."
)


play = partial(play_call, ID)


ENDINGS = [
    # (what the call shows, script, outcome, final state)
    (
        "the connection typed in a hurry, then her pick of day and time with an easy out",
        [
            "hi naomi, sam klein, clearwater bookkeeping. we met at the eastside breakfast last thu, marcus introduced us",
            "no pressure either way. if its useful pick a day and time, if not no worries at all",
        ],
        "success",
        "coffee_booked",
    ),
    (
        "a question, then a small ask wondered aloud, with no made easy in the same breath",
        [
            OPENER,
            "How's the third shop going?",
            "I wondered if a 20-minute call might be useful. It's easy to say no, no harm done.",
        ],
        "success",
        "coffee_booked",
    ),
    (
        "a warm goodbye that leans on the shared past she already owned up to",
        [OPENER, "How's the third shop going?", "Thanks, Naomi, really nice to talk again. Bye!"],
        "neutral",
        "rep_left",
    ),
    (
        "the real connection, no made easy, a question, a coffee at a set time",
        [
            OPENER,
            "No pressure at all. If it's not a fit, just say so; it won't be awkward with Marcus.",
            "How are the books coping with the third shop?",
            "Could I buy you a coffee at your Eastside shop on Thursday at 8, fifteen minutes?",
        ],
        "success",
        "coffee_booked",
    ),
    (
        "typed in a hurry: the connection, a gentle question, a set time",
        [
            "hi naomi its dana park from clearwater, marcus bell introduced us at the eastside "
            "breakfast last thursday",
            "how are things going since the third shop opened",
            "could we grab 15 min thursday at 8 at your eastside shop",
        ],
        "success",
        "coffee_booked",
    ),
    (
        "something specific to send, and she offers the coffee",
        [
            OPENER,
            "How has it been since the third shop opened?",
            "I could send you the month-end checklist we use for bakeries.",
        ],
        "success",
        "coffee_booked",
    ),
    (
        "the connection before the name, then the name, then a question and a time",
        [
            "Hi Naomi, Marcus Bell introduced us at the breakfast last Thursday.",
            "Dana Park, from Clearwater Bookkeeping.",
            "how is your cousin managing since the third shop opened",
            "could we talk friday at 9 for fifteen minutes",
        ],
        "success",
        "coffee_booked",
    ),
    (
        "a friendly not-now that leaves the door open",
        [OPENER, "No problem, mind if I check back in the new year?"],
        "neutral",
        "door_open",
    ),
    (
        "pushing after she hesitates",
        [OPENER, "I'm sure your cousin is great, but what do you have to lose?"],
        "failure",
        "goodwill_lost",
    ),
    (
        "a meeting asked for right after she hesitates",
        [OPENER, "Could we meet Thursday at 8 to go through your books?"],
        "failure",
        "goodwill_lost",
    ),
    (
        "leaning on the friend twice",
        [
            "Hi Naomi, Dana Park here. As a favor to Marcus, could you give me fifteen minutes?",
            "Marcus would really appreciate it.",
        ],
        "failure",
        "goodwill_lost",
    ),
    (
        "words put in the friend's mouth",
        [OPENER, "Marcus asked me to call you about your books."],
        "failure",
        "goodwill_lost",
    ),
]


@pytest.mark.parametrize(
    ("script", "outcome", "state"),
    [pytest.param(s, o, st, id=what) for what, s, o, st in ENDINGS],
)
@pytest.mark.parametrize("seed", SEEDS)
def test_each_approach_ends_as_a_trainer_would_expect(script, outcome, state, seed):
    assert_ends(ID, script, outcome, state, seed=seed)


def test_the_winning_calls_are_scored_clean():
    for what, script, outcome, _ in ENDINGS:
        if outcome == "success":
            _, results = play(script)
            assert [m.code for r in results for m in r.mistakes] == [], what


REACTIONS = [
    # (the mistake, line(s), the code flagged on the last line, state after, words in every reply)
    (
        "a vague 'we met at an event' makes her ask where",
        ["Hi Naomi, this is Dana Park. We met at an event recently."],
        "misleading-claim",
        "placing_you",
        "where",
    ),
    (
        "overstating the connection",
        ["Hi Naomi, it's Dana Park. Marcus and I go way back."],
        "overstated-connection",
        "uneasy",
        "five minutes",
    ),
    (
        "leaning on the friend",
        ["Hi Naomi, Dana Park here. As a favor to Marcus, could we talk?"],
        "leaning-on-the-connection",
        "uneasy",
        "marcus",
    ),
    (
        "pushing after a hesitation",
        [OPENER, "Come on, what do you have to lose?"],
        "pushed-past-hesitation",
        "goodwill_lost",
        "we have someone",
    ),
    (
        "a meeting in the first breath",
        ["Hi Naomi, this is Dana Park. Can we grab coffee Thursday at 8 to talk about your books?"],
        "premature-close",
        "hesitant",
        "already",
    ),
    (
        "a spec sheet before a name",
        ["We do bookkeeping, payroll, sales tax filing and monthly reports."],
        "feature-dump",
        "who_is_this",
        "who",
    ),
]


@pytest.mark.parametrize(
    ("lines", "code", "state", "words"),
    [pytest.param(ls, c, st, w, id=what) for what, ls, c, st, w in REACTIONS],
)
@pytest.mark.parametrize("seed", SEEDS)
def test_each_classic_mistake_gets_its_own_reaction(lines, code, state, words, seed):
    conv, results = play(lines, seed=seed)
    last = results[-1]
    assert code in {m.code for m in last.mistakes}
    assert last.state == state
    assert words in (last.reply or "").lower()


def test_a_goodbye_ends_the_call_from_the_first_line():
    conv, _ = play(["ok thanks, bye"])
    assert (conv.state, conv.outcome) == ("rep_left", "neutral")


@pytest.mark.parametrize("seed", SEEDS)
def test_a_choice_of_slots_with_an_easy_out_is_one_small_ask(seed):
    # the slot and its alternative between commas, then "no" made easy, asks for the call
    # (not an easy out alone, which leaves her waiting for the ask): she books it
    conv, results = play(
        [
            "hi naomi, its priya shah from clearwater bookkeeping, marcus bell introduced us at "
            "the eastside breakfast last thursday",
            "how are the books holding up since the third shop opened?",
            "Would a quick video call on Wednesday at 10, or a coffee if you prefer, be helpful? "
            "No awkwardness if not.",
        ],
        seed=seed,
    )
    assert results[-1].intent == "easy_ask"
    assert conv.outcome == "success"
