"""The lunch invitation: Rob is glad to hear from an old colleague, but Thursday at noon is
taken. A rep who offers another time or lets him pick gets the lunch; one who pushes,
pitches, talks only about themselves or asks for a call back does not.

Each row plays a short script through the engine and checks how the call ends, the way a
trainer would listen to it.
"""

from __future__ import annotations

from functools import partial

import pytest
from calls import assert_ends
from calls import play as play_call

ID = "networking_lunch"
SEEDS = range(4)
INVITE = (
    "Hi Rob, it's Sam Lee. I'll be in Denver next Thursday and wanted to see if you're free "
    "for lunch."
)
PITCH = (
    "Hi Rob, it's Sam Lee. I'll be in Denver Thursday and I'd love to show you what I've been "
    "working on."
)


play = partial(play_call, ID)


ENDINGS = [
    # (what the call shows, script, outcome, final state)
    (
        "the refused slot insisted on, in words no example has",
        [
            INVITE,
            "Actually it has to be Thursday at noon, that's the only slot I have.",
            "come on, you can move it",
        ],
        "failure",
        "declined",
    ),
    (
        "the refused slot, two turns after he refused it",
        [
            INVITE,
            "no need to answer now",
            "ok ill just turn up at your office at 12",
            "seriously, 12 it is",
        ],
        "failure",
        "hung_up",
    ),
    (
        "the refused slot among others: a choice, not a push",
        [INVITE, "Which works better: around 12, or a bit later, say 1:30?"],
        "success",
        "booked",
    ),
    (
        "pushed once, then backing off and letting him pick",
        [
            INVITE,
            "Come on, you have to eat sometime.",
            "Fair enough, what works for you?",
            "Friday at 8 works.",
        ],
        "success",
        "booked",
    ),
    (
        "name and invitation, then a later time on the same day",
        [INVITE, "No problem. How about 1:30 on Thursday?"],
        "success",
        "booked",
    ),
    (
        "noon again, but another day offered in the same breath",
        [
            INVITE,
            "How about around noon, close to your office? If Thursday's tight, I'm free Friday"
            " morning too, could do coffee before my flight.",
        ],
        "success",
        "booked",
    ),
    (
        "the time he can't do, or another time he picks",
        [INVITE, "does that work, or would some other time or day be better", "Friday at 8 works."],
        "success",
        "booked",
    ),
    (
        "name and invitation, then letting him pick",
        [INVITE, "No problem, what works for you?", "Friday at 8 works."],
        "success",
        "booked",
    ),
    (
        "catching up first, then the invitation, then another day",
        [
            "hey rob its sam lee",
            "hows the new job going",
            "im in denver next thursday, want to grab lunch",
            "no worries, or breakfast friday at 8",
        ],
        "success",
        "booked",
    ),
    (
        "a time proposed right after catching up",
        [
            "hey rob its sam lee",
            "hows the new job going",
            # an hour after his walk-through: he takes it at once
            "1:30 next thursday for lunch?",
        ],
        "success",
        "booked",
    ),
    (
        "a push, then backing off",
        [
            INVITE,
            "Come on, you have to eat sometime.",
            "Fair enough. Would breakfast on Friday at 8 work instead?",
        ],
        "success",
        "booked",
    ),
    (
        "a sales lunch, taken back",
        [PITCH, "No agenda at all, it's just a catch-up.", "How about 1:30 on Thursday?"],
        "success",
        "booked",
    ),
    (
        "pushing on noon, twice",
        [
            INVITE,
            "Come on, you have to eat sometime. Can't you just move it?",
            "Just skip the walk-through, it'll only be an hour.",
        ],
        "failure",
        "declined",
    ),
    (
        "asking for the time he can't do, twice",
        [INVITE, "What about noon, then?", "Are you sure you can't do noon?"],
        "failure",
        "declined",
    ),
    (
        "a sales lunch, twice",
        [PITCH, "I could look at your warehouse layout and bring my proposal."],
        "failure",
        "declined",
    ),
    (
        "no name, no reason",
        ["hello", "how are you", "whats new with you"],
        "failure",
        "hung_up",
    ),
    (
        "all about the caller",
        [
            "Hi Rob, it's Sam Lee.",
            "I've been so busy lately, my business has really taken off.",
            "And I just landed a big new client.",
        ],
        "neutral",
        "bored",
    ),
    (
        "the invitation made, then left hanging",
        [INVITE, "Okay, well, I'll let you go. Bye."],
        "neutral",
        "rep_left",
    ),
    (
        "one hour he can't do, named with the day in the sentence before, then insisted on",
        [
            "Hi Rob, its Sam Lee, long time!",
            "I am in Denver next Thursday. Lets grab lunch at 11:45.",
            "It really needs to be 11:45, you can make that work, right?",
            "fine, think it over and call me with what you decide",
        ],
        "failure",
        "declined",
    ),
    (
        "another meal offered and his schedule to decide, then his time taken",
        [
            INVITE,
            "if lunch is tricky, breakfast works too, what fits your schedule?",
            "done, looking forward to it",
        ],
        "success",
        "booked",
    ),
]


@pytest.mark.parametrize(
    ("script", "outcome", "state"),
    [pytest.param(s, o, st, id=what) for what, s, o, st in ENDINGS],
)
def test_the_lunch_call_can_be_won_and_lost(script, outcome, state):
    assert_ends(ID, script, outcome, state)


REACTIONS = [
    # (the mistake, lines, state afterwards, the code scored, words every reply variant has)
    ("pushing", [INVITE, "Come on, you have to eat sometime."], "pressed", "pushy-invite", "noon"),
    ("a sales lunch", [PITCH], "cooled", "lunch-pitch", "sales"),
    (
        "a needless call back",
        [INVITE, "Call me back to let me know."],
        "checking",
        "needless-callback",
        "",
    ),
    (
        "talking about yourself",
        [INVITE, "I just landed a big new client, my business has really taken off."],
        "checking",
        "all-about-me",
        "",
    ),
    (
        "a pitch while catching up",
        [
            "Hi Rob, it's Sam Lee.",
            "How's the new job going?",
            "I could look at your warehouse layout.",
        ],
        "cooled",
        "lunch-pitch",
        "sales",
    ),
    (
        "your own news while catching up",
        ["Hi Rob, it's Sam Lee.", "How's the new job going?", "I've been so busy lately."],
        "catching_up",
        "all-about-me",
        "",
    ),
    ("a name with no reason", ["Hi Rob, it's Sam Lee."], "named", None, ""),
    (
        "an invitation with no name",
        ["Want to grab lunch next Thursday?"],
        "who_calling",
        None,
        "who",
    ),
]


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize(
    ("lines", "state", "code", "words"),
    [pytest.param(ls, st, c, w, id=what) for what, ls, st, c, w in REACTIONS],
)
def test_each_mistake_gets_its_own_reaction(lines, state, code, words, seed):
    conv, results = play(lines, seed=seed)
    last = results[-1]
    assert last.state == state
    if code:
        assert code in {m.code for m in last.mistakes}
    assert words in (last.reply or "").lower()


@pytest.mark.parametrize("seed", SEEDS)
def test_the_day_named_in_the_opening_is_the_day_he_answers_not_a_new_time_offered(seed):
    # the invitation's own "next Thursday" is what "noon's out" answers: no lunch is booked yet
    _, results = play(
        [
            "Hi Rob, it's Derek Shaw. I'll be in Denver next Thursday and I want to take you "
            "to lunch."
        ],
        seed=seed,
    )
    assert results[-1].state == "checking"
    assert "noon" in (results[-1].reply or "").lower()
