"""The three shipped personas react like the people on the design card.

Each row plays a short script through ``Conversation`` (the engine, no terminal) and
checks what a trainer would check by ear: the skeptic calls out "I'm not trying to sell
you anything", the busy executive cuts off a feature list, the gatekeeper stonewalls a
caller who won't say who they are or why; every persona can be won and can be lost; and
the same seed always gives the same call.
"""

from __future__ import annotations

import pytest
from calls import assert_ends, play

PERSONAS = ("sleepy_skeptic", "busy_executive", "gatekeeper")
SEEDS = range(6)


# ----------------------------------------------------------------------------- endings

ENDINGS = [
    # (persona, what the call shows, script, outcome, final state)
    (
        "sleepy_skeptic",
        "honest opener, a question about his shop, a call at a decent hour",
        [
            "Hi Dale, this is Priya Natarajan from Tallyworks. I'm calling because metal shops "
            "your size tell us they lose money on jobs quoted from memory.",
            "How do you put together quotes for custom jobs today?",
            "Could we set up a fifteen-minute call on Thursday at 10, your time?",
        ],
        "success",
        "booked",
    ),
    (
        "sleepy_skeptic",
        "'not trying to sell you anything', twice",
        [
            "I'm not trying to sell you anything, I just want to ask a quick question.",
            "Honestly, this isn't a sales call.",
        ],
        "failure",
        "hung_up",
    ),
    (
        "busy_executive",
        "relevance first, one sharp question, a meeting at a set time",
        [
            "Ms. Vance, this is Jordan Reyes with Frostline. I'm calling because cold storage "
            "operators who opened new sites this year keep losing whole loads to compressors "
            "that fail overnight.",
            "How do you find out today when a unit fails in the middle of the night?",
            "That's what we prevent. Could we take fifteen minutes next Tuesday at 8 to walk "
            "through what Joliet would have looked like with an early warning?",
        ],
        "success",
        "meeting_booked",
    ),
    (
        "busy_executive",
        "relevance, one sharp question, then a short meeting at a time she picks",
        [
            "Ms. Vance, this is Jordan Reyes with Frostline. I'm calling because cold storage "
            "operators who opened new sites this year keep losing whole loads to compressors "
            "that fail overnight.",
            "How do you find out today when a unit fails in the middle of the night?",
            "That's what we prevent. Could we grab 15 minutes? You pick the day and time.",
        ],
        "success",
        "meeting_booked",
    ),
    (
        "busy_executive",
        "a referral to the facilities director with a set time",
        [
            "Hi Renata, Jordan Reyes from Frostline. I'm calling because your two new sites "
            "probably run on a thin maintenance crew, and that's when compressors fail unnoticed.",
            "Who is the right person to talk to about this?",
            "Could I call Tom on Thursday at 10 for twenty minutes?",
        ],
        "success",
        "referral_booked",
    ),
    (
        "busy_executive",
        "two spec sheets in a row",
        [
            "Hi, this is Jordan from Frostline. We have wireless temperature sensors, vibration "
            "monitoring on every compressor, SMS and email alerts, a cloud dashboard and a "
            "10-year battery.",
            "Sure. It has predictive analytics, an open API, a mobile app and integrations with "
            "every major CMMS.",
        ],
        "failure",
        "hung_up",
    ),
    (
        "busy_executive",
        "small talk and no reason until her patience runs out",
        ["Hi there, how are you today?", "Great. Is now a good time?", "Okay, well, um."],
        "failure",
        "hung_up",
    ),
    (
        "gatekeeper",
        "honest opener, asks for the right person, a set callback time",
        [
            "Hi Joyce, this is Sam Ortiz with Ledgerline. I'm calling because engineering firms "
            "tell us they lose billable hours between timesheets and invoices.",
            "Who would be the right person to talk to about this?",
            "When is a good time to reach her?",
            "I'll call her Tuesday at 2:30, could you let her know?",
        ],
        "success",
        "callback_set",
    ),
    (
        "gatekeeper",
        "polite and honest enough to be put through",
        [
            "Good morning Joyce, this is Sam Ortiz with Ledgerline. I'm calling because "
            "engineering firms tell us they lose billable hours between timesheets and invoices.",
            "Who would be the right person to talk to about this?",
            "Thank you, that's really helpful.",
            "Could you put me through to her?",
        ],
        "success",
        "put_through",
    ),
    (
        "gatekeeper",
        "a caller who won't say who they are, twice",
        [
            "Is Desmond Harrow in?",
            "Just put me through, I'd rather not say.",
            "Can you just put me through please?",
        ],
        "failure",
        "not_interested",
    ),
    (
        "gatekeeper",
        "a made-up pretext",
        ["Hi Joyce, it's Sam. Desmond is expecting my call."],
        "failure",
        "caught",
    ),
    (
        "voicemail",
        "name, reason and number in one short message",
        [
            "Hi Priscilla, this is Jordan Lee with Chairside, 555-0148. I'm calling because "
            "pediatric practices lose appointments every week to forgotten visits.",
        ],
        "success",
        "called_back",
    ),
    (
        "voicemail",
        "a message with no number to call back",
        ["Hi Priscilla, this is Jordan Lee with Chairside. I'm calling about no-shows."],
        "failure",
        "no_way_back",
    ),
    (
        "gatekeeper",
        "a feature list to the receptionist ends with a message, nothing booked",
        [
            "Hi, this is Sam Ortiz from Ledgerline. We do timesheets, project budgets, "
            "automated invoicing, QuickBooks sync and mobile time entry.",
            "Sure, my number is 555-0142.",
        ],
        "neutral",
        "message_taken",
    ),
    (
        "sleepy_skeptic",
        "a name, the reason, and an offer to explain when he's awake",
        [
            "Dale, Nora Quist at Jobwise, and yes, it's a sales call at a terrible hour.",
            "Quick version: fab shops lose money on jobs quoted by gut feel. "
            "I'd rather go through it once you're properly awake.",
        ],
        "success",
        "booked",
    ),
    (
        "gatekeeper",
        "asks for the right person by the job, then put through or a good time",
        [
            "hi, its raf from ledgerline, hoping to reach mr harrow or whoever chooses the billing software there",
            "its a sales call, we stop engineering firms losing billable hours before they reach the invoice",
            "could you put me through, or let me know a good time to ring her back",
            "that works, thanks for your help",
        ],
        "success",
        "callback_set",
    ),
]


def test_one_question_then_ill_let_you_go_is_a_promise_not_a_goodbye():
    conv, _ = play(
        "busy_executive",
        ["Renata, Theo Akande from Frostline. One question, then I'll let you go."],
    )
    assert not conv.ended


@pytest.mark.parametrize(
    ("persona", "script", "outcome", "state"),
    [pytest.param(p, s, o, st, id=f"{p}: {what}") for p, what, s, o, st in ENDINGS],
)
def test_each_persona_can_be_won_and_lost(persona, script, outcome, state):
    assert_ends(persona, script, outcome, state)


@pytest.mark.parametrize("persona", (*PERSONAS, "voicemail"))
def test_every_persona_has_a_success_and_a_failure(persona):
    outcomes = {p_outcome for p, _, _, p_outcome, _ in ENDINGS if p == persona}
    assert {"success", "failure"} <= outcomes


# ----------------------------------------------------------------------------- signatures

SIGNATURES = [
    # (persona, what they react to, line(s), state afterwards, words every reply variant has)
    (
        "sleepy_skeptic",
        "the not-selling disclaimer is called out",
        ["I'm not trying to sell you anything, I just want to ask a quick question."],
        "called_out",
        "sell",
    ),
    (
        "busy_executive",
        "a feature list is cut off mid-pitch",
        [
            "Hi, this is Jordan from Frostline. We have wireless temperature sensors, vibration "
            "monitoring on every compressor, SMS and email alerts, a cloud dashboard and a "
            "10-year battery."
        ],
        "cut_off",
        "stop",
    ),
    (
        "busy_executive",
        "a monologue is cut off",
        [
            "Hi Renata, this is Jordan Reyes with Frostline and I'm calling because we work with "
            "a lot of cold storage companies across the Midwest and what we have seen over the "
            "last couple of years is that as operators grow and open new sites the maintenance "
            "teams get stretched really thin, and when that happens the refrigeration equipment "
            "tends to get less attention than it should, and then one night something fails and "
            "nobody notices until the morning, and by then the product is gone and the customer "
            "is on the phone, so what we do is help teams like yours get ahead of that."
        ],
        "cut_off",
        "stop",
    ),
    (
        "gatekeeper",
        "a caller who won't give a name is stonewalled",
        ["Is Desmond Harrow in?", "Just put me through, it's a business matter."],
        "stonewalled",
        "can't put you through",
    ),
    (
        "gatekeeper",
        "a caller who won't say what it is about is stonewalled",
        ["Hi, is Mr. Harrow available?", "It's Sam.", "I'd rather discuss that with him directly."],
        "stonewalled",
        "can't put you through",
    ),
]


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize(
    ("persona", "lines", "state", "words"),
    [pytest.param(p, ls, st, w, id=f"{p}: {what}") for p, what, ls, st, w in SIGNATURES],
)
def test_signature_reactions(persona, lines, state, words, seed):
    conv, results = play(persona, lines, seed=seed)
    last = results[-1]
    assert last.state == state
    assert words in (last.reply or "").lower()


def test_the_disclaimer_is_scored_as_well_as_called_out():
    _, results = play("sleepy_skeptic", ["I'm not trying to sell you anything."])
    assert "not-selling-disclaimer" in {m.code for m in results[0].mistakes}


def test_the_gatekeeper_catches_a_made_up_pretext_and_scores_it():
    conv, results = play("gatekeeper", ["Hi, this is Sam Ortiz. I'm returning Desmond's call."])
    assert conv.outcome == "failure"
    assert "misleading-claim" in {m.code for m in results[0].mistakes}


# ----------------------------------------------------------------------------- reproducible

REPLAY = {
    "sleepy_skeptic": [
        "Hello?",
        "I'm not trying to sell you anything.",
        "Yes, it is a sales call.",
    ],
    "busy_executive": ["Hi there, how are you today?", "This is Jordan from Frostline.", "What?"],
    "gatekeeper": ["Is Desmond Harrow in?", "It's Sam.", "blah", "thank you"],
}


@pytest.mark.parametrize("persona", PERSONAS)
def test_the_same_seed_gives_the_same_call(persona):
    def replies(seed: int) -> list[tuple[str | None, str]]:
        _, results = play(persona, REPLAY[persona], seed=seed)
        return [(r.reply, r.state) for r in results]

    assert replies(11) == replies(11)
    assert replies(3) == replies(3)


@pytest.mark.parametrize("persona", PERSONAS)
def test_nonsense_gets_an_answer_in_character(persona):
    for line in ("asdf qwerty", "ok", "?", "banana"):
        conv, results = play(persona, [line])
        assert results[0].reply, f"{persona} said nothing to {line!r}"


def test_a_thanks_typed_before_the_prospect_offered_a_time_does_not_accept_it():
    """Asked for a good time, Joyce offers one and asks whether it suits; the rep's "thanks,
    I'll call back then" in the same line was typed before that question was heard."""
    conv, results = play(
        "gatekeeper",
        [
            "hi, its raf from ledgerline, hoping to reach whoever chooses the billing software there",
            "its a sales call, we stop engineering firms losing billable hours before they reach the invoice",
            "when is she usually free? thanks, ill call back then",
        ],
    )
    assert conv.state != "callback_set"
    assert results[-1].reply and "?" in results[-1].reply


def test_a_name_given_with_a_disclaimer_is_not_asked_for_again():
    conv, results = play(
        "busy_executive",
        ["Hi Renata, this is Sharon from Frostline. I'm not trying to sell you anything."],
    )
    assert conv.state == "named"
    assert "who" not in (results[-1].reply or "").lower()
