"""The birthday call: Gloria is pleased to be remembered, and cools the moment the call
turns into a pitch, asks her to do something, or turns out to be about the caller.

Each row plays a short script through the engine and checks how the call ends, the way a
trainer would listen to it.
"""

from __future__ import annotations

from functools import partial

import pytest
from calls import assert_ends
from calls import play as play_call

from roleplay.library import load_scenario

ID = "networking_birthday"
SEEDS = range(4)
WISH = "Hi Gloria, it's Sam Lee. I'm calling to wish you a happy birthday."


play = partial(play_call, ID)


ENDINGS = [
    # (what the call shows, script, outcome, final state)
    (
        "wishes, then a call back asked for twice, the second time with a number",
        [
            WISH,
            "so could you give me a call back sometime this week?",
            "nothing urgent, just ring me at 555-0142 when you get a chance",
        ],
        "neutral",
        "left_wondering",
    ),
    (
        "wishes, then giving her the rest of her day back",
        [WISH, "I hope it's a lovely one, and I won't take any more of it."],
        "success",
        "remembered",
    ),
    (
        "name and wishes in one breath, then a short goodbye",
        [WISH, "That's all, I won't keep you. Have a wonderful day!"],
        "success",
        "remembered",
    ),
    (
        "wishes, a question about her day, then letting her go",
        [
            "hey gloria its sam lee, just calling to say happy birthday",
            "how are you celebrating",
            "sounds perfect, enjoy the dinner, have a great day",
        ],
        "success",
        "remembered",
    ),
    (
        "wishes, her plans, then letting her get back to work",
        [WISH, "any plans for tonight", "lovely, i wont keep you then, enjoy it"],
        "success",
        "remembered",
    ),
    (
        "name first, the birthday when she asks what is up",
        [
            "Hi Gloria, this is Sam Lee.",
            "I saw it's your birthday and wanted to wish you a happy one.",
            "Enjoy the rest of your day. Take care.",
        ],
        "success",
        "remembered",
    ),
    (
        "wishes before a name, the name when she asks",
        ["happy birthday gloria", "its sam lee, i did your menu boards", "have a great day"],
        "success",
        "remembered",
    ),
    (
        "a call back asked for, then taken back",
        [
            WISH,
            "Give me a call back when you get a chance.",
            "No need to call back at all, I only wanted to wish you a happy birthday.",
        ],
        "success",
        "remembered",
    ),
    (
        "a pitch, then dropped: she forgives it, stiffly",
        [
            WISH,
            "While I have you, I'm taking on new clients, so keep me in mind.",
            "Forget I said that. How are you spending the day?",
            "Have a lovely evening. Take care.",
        ],
        "success",
        "forgiven",
    ),
    (
        "the wishes, then a sales pitch, twice",
        [
            WISH,
            "While I have you, I'm taking on new clients, so keep me in mind.",
            "I could redo your website too, I'm offering a discount this month.",
        ],
        "failure",
        "hung_up",
    ),
    (
        "a pitch before any wishes",
        [
            "Hi Gloria, Sam Lee here. We just launched a new menu design package.",
            "It comes with printed boards, a website refresh and social media graphics.",
        ],
        "failure",
        "hung_up",
    ),
    (
        "no name and no reason: she runs out of patience",
        ["hello", "how are you doing", "so hows it going"],
        "failure",
        "hung_up",
    ),
    (
        "two stories about the caller and none about her",
        [
            WISH,
            "I just landed a big new client, things have been crazy for me.",
            "And I just moved into a new studio, let me tell you about my week.",
        ],
        "failure",
        "bored",
    ),
    (
        "a pleasant call that outstays its welcome",
        [WISH, "how are you celebrating", "hows the bakery", "and the new shop", "and the staff"],
        "neutral",
        "ran_long",
    ),
    (
        "a call back asked for, then the wishes: she is relieved",
        [
            WISH,
            "Give me a call back when you get a chance.",
            "oh no need, I only wanted to wish you a happy birthday",
        ],
        "success",
        "remembered",
    ),
    (
        "a call back asked for and left hanging",
        [WISH, "Give me a call back when you get a chance.", "Okay, bye."],
        "neutral",
        "left_wondering",
    ),
    (
        "a pitch, then a plain goodbye",
        [WISH, "While I have you, I'm taking on new clients, so keep me in mind.", "Okay, bye."],
        "neutral",
        "soured",
    ),
]


@pytest.mark.parametrize(
    ("script", "outcome", "state"),
    [pytest.param(s, o, st, id=what) for what, s, o, st in ENDINGS],
)
def test_the_birthday_call_can_be_won_and_lost(script, outcome, state):
    assert_ends(ID, script, outcome, state)


REACTIONS = [
    # (the mistake, lines, state afterwards, the code scored, words every reply variant has)
    (
        "a pitch after the wishes",
        [WISH, "While I have you, I'm taking on new clients, so keep me in mind."],
        "cooled",
        "courtesy-pitch",
        "",
    ),
    (
        "a needless call back",
        [WISH, "Give me a call back when you get a chance."],
        "puzzled",
        "needless-callback",
        "call you back",
    ),
    (
        "talking about yourself",
        [WISH, "I just landed a big new client, things have been crazy for me."],
        "delighted",
        "all-about-me",
        "",
    ),
    (
        "wishes with no name",
        ["Happy birthday, Gloria!"],
        "who_wished",
        None,
        "",
    ),
    (
        "a name with no reason",
        ["Hi Gloria, this is Sam Lee.", "How are you doing?"],
        "named",
        None,
        "calling about",
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


def test_the_pitch_is_answered_as_a_pretext():
    replies = load_scenario(ID).replies
    assert any("sales call" in r for r in replies["pitch_first"])
    assert any("birthday call was for" in r for r in replies["so_thats_why"])
