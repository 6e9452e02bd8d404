"""The networking voicemail: Nadia Okonkwo, a new LinkedIn connection met at a logistics
forum, is away from her desk, and the rep gets one message.

A message with the rep's name, how they know each other, a reason in a sentence and a
number reaches her, whichever of the honest contexts it uses (the forum, the panel, her
LinkedIn request) and whether the reason is a hello or an invitation. A missing number, a
pitch or a made-up history loses her; a missing name, reason or context, a speech, or a
call-back demanded for a hello ends in the middle.
"""

from __future__ import annotations

import pytest

from roleplay.dialogue.engine import Conversation
from roleplay.library import load_scenario

SCENARIO = "networking_voicemail"
SEEDS = range(4)


def leave(message: str, seed: int = 0):
    """Reach the voicemail, leave one message, return the call and the result."""
    conv = Conversation(load_scenario(SCENARIO), seed=seed)
    conv.open()
    return conv, conv.say(message)


ENDINGS = [
    # (what the message does, message, outcome, final state)
    (
        "the forum, a reason about her, the number twice, no call-back asked",
        "Hi Nadia, this is Sam Ortiz, 555-0163. Great meeting you at the coffee break of the "
        "cold chain panel last Thursday, and thanks for connecting on LinkedIn. I'm calling to "
        "learn a bit more about your work, so I can pass along leads that fit. No need to call "
        "back. Again, Sam Ortiz, 555-0163.",
        "success",
        "warm_reply",
    ),
    (
        "typed in a hurry, with the panel as the context",
        "hey nadia, sam ortiz, 555 0163 - we met at the coffee break during the cold chain "
        "panel. just calling to say thanks for connecting and that im happy to help with intros. "
        "sam, 555 0163",
        "success",
        "warm_reply",
    ),
    (
        "her LinkedIn request as the context, and an open door rather than a call-back demand",
        "Hi Nadia. This is Sam Ortiz at 555-0163. I'm calling in response to your LinkedIn "
        "request to connect. I thought it may help for us to speak briefly, so I can be alert to "
        "leads of interest to you. Please call me back if you would like to talk. Bye.",
        "success",
        "warm_reply",
    ),
    (
        "an invitation to lunch, with a request to call back",
        "Hi Nadia, Sam Ortiz here, 555-0163. Great meeting you at the Great Lakes Logistics "
        "Forum. I'll be in Milwaukee next Thursday and wanted to see if you're free for lunch. "
        "Please call me back to let me know. Again, 555-0163.",
        "success",
        "meeting_reply",
    ),
    (
        "a call-back demanded for a hello",
        "Hi Nadia, Sam Ortiz, 555-0163. Thanks for connecting on LinkedIn, I'm calling to say "
        "hello. Please call me back.",
        "neutral",
        "owes_a_call",
    ),
    (
        "no word of how they know each other",
        "Hi Nadia, this is Sam Ortiz, 555-0163, calling to say hello and hear what you are "
        "working on these days.",
        "neutral",
        "who_again",
    ),
    (
        "no number",
        "Hi Nadia, this is Sam Ortiz. Great meeting you at the cold chain panel, I'm calling to "
        "say hello. Give me a call back when you can.",
        "failure",
        "no_way_back",
    ),
    (
        "a pitch on a networking voicemail",
        "Hi Nadia, this is Sam Ortiz from Ridgeway. Thanks for connecting on LinkedIn. I'd love "
        "to show you a quick demo of our freight platform. Call me at 555-0163.",
        "failure",
        "pitched",
    ),
    (
        "a conversation that never happened",
        "Hi Nadia, it's Sam Ortiz, following up on our conversation about your freight costs. "
        "555-0163.",
        "failure",
        "deleted",
    ),
    (
        "no name, only a company",
        "Hi Nadia, it's Ridgeway Freight Software, calling to say thanks for connecting after "
        "the forum. 555-0163.",
        "neutral",
        "nameless",
    ),
    (
        "no reason",
        "Hi Nadia, Sam Ortiz, 555-0163, we met at the forum last week.",
        "neutral",
        "bottom_of_pile",
    ),
    (
        "an invitation in a sentence that runs on past a semicolon, after where they met",
        "Hi Nadia, Sam Ortiz here. We talked at the cold chain panel last Thursday; I'd love to "
        "take you for coffee in the next week or two and hear how the season is going, so ring "
        "me on 555-0163 if you're up for it. Thanks!",
        "success",
        "meeting_reply",
    ),
    (
        "a visit to show her the product",
        "hi nadia its sam from ridgeway, we met at the forum. im in milwaukee next week and want "
        "to drop by to show you our rate audit software, call me back at 555-0163",
        "failure",
        "pitched",
    ),
]


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize(
    ("message", "outcome", "state"),
    [pytest.param(m, o, st, id=what) for what, m, o, st in ENDINGS],
)
def test_one_message_decides_the_ending(message, outcome, state, seed):
    conv, result = leave(message, seed=seed)
    assert result.ended, f"still in {conv.state!r}"
    assert (conv.state, conv.outcome) == (state, outcome)


def test_good_messages_of_several_kinds_succeed():
    wins = {st for _, _, o, st in ENDINGS if o == "success"}
    assert wins == {"warm_reply", "meeting_reply"}
    assert sum(o == "success" for _, _, o, _ in ENDINGS) >= 3


@pytest.mark.parametrize("seed", SEEDS)
def test_an_honest_linkedin_context_is_not_scored_as_a_pretext(seed):
    """She did send the request: saying so costs nothing here (misleading-claim is off)."""
    conv, result = leave(ENDINGS[2][1], seed=seed)
    assert [m.code for m in result.mistakes] == []
    assert conv.scorecard().score == 100


REACTIONS = [
    # (the mistake, message, words the ending has, the mistake code scored)
    (
        "no number",
        ENDINGS[6][1],
        "no number",
        "voicemail-no-number",
    ),
    ("a pitch", ENDINGS[7][1], "not to get a pitch", "networking-pitch"),
    ("a made-up history", ENDINGS[8][1], "deletes it", "made-up-history"),
    (
        "a speech",
        "Hi Nadia, this is Sam Ortiz, 555-0163, and I'm calling because I was thinking about the "
        "forum last week, which was such a good day, and the panel on cold chain was probably "
        "the best session of the whole event, I thought, especially the part about the "
        "warehouse in Green Bay, and then the coffee break afterwards where we talked for a few "
        "minutes about the weather and the traffic getting there and how long the drive from "
        "Chicago was, and I kept meaning to call, and then I saw your name come up on LinkedIn "
        "yesterday.",
        "skips",
        "voicemail-too-long",
    ),
]


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize(
    ("message", "words", "code"),
    [pytest.param(m, w, c, id=what) for what, m, w, c in REACTIONS],
)
def test_each_classic_mistake_gets_its_own_ending(message, words, code, seed):
    _, result = leave(message, seed=seed)
    assert words in (result.reply or "").lower()
    assert code in {m.code for m in result.mistakes}


@pytest.mark.parametrize("seed", SEEDS)
def test_the_needless_call_back_and_the_missing_context_are_told_apart(seed):
    _, needless = leave(ENDINGS[4][1], seed=seed)
    _, unplaced = leave(ENDINGS[5][1], seed=seed)
    assert "call me back" in (needless.reply or "").lower()
    assert "where she knows you from" in (unplaced.reply or "").lower()


def test_a_message_ending_in_goodbye_is_judged_on_what_it_said():
    conv, _ = leave(ENDINGS[2][1])
    assert conv.state == "warm_reply"
    conv, _ = leave("bye")
    assert conv.state == "deleted"
