"""The database update: Linda Pruitt, who answers Corvid Tool & Die's main line and takes
every unknown caller for a telemarketer, reacts like the office manager on the design card.

A rep who says who they are and exactly which record they are checking gets it corrected
(Mark Delaney left; Tasha Greene, tgreene@corvidtools.com, runs the trade shows), however
the opening goes; a lead comes only when Linda herself asks what Halyard does. Denying a
sales call, pretending, dodging her questions and pitching each get their own answer.
"""

from __future__ import annotations

from functools import partial

import pytest
from calls import assert_ends
from calls import play as play_call

SCENARIO = "database_update"
SEEDS = range(4)

ONE_BREATH = (
    "Hi Linda, this is Sam Ortiz with Halyard Exhibits. I'm updating our contact records, "
    "and I have one question: is Mark Delaney still your marketing manager?"
)


play = partial(play_call, SCENARIO)


# ----------------------------------------------------------------------------- endings

ENDINGS = [
    # (what the call shows, script, outcome, final state)
    (
        "candour about selling, an old entry checked, the new name and email",
        [
            "Hello, this is Ana Ruiz from Halyard Exhibits. I'll be straight with you: we "
            "build booths, and what I'm doing today is going over an old entry in our "
            "contact database.",
            "We do sell booths, yes, but all I'm after today is making sure we don't keep "
            "writing to someone who has moved on.",
            "We have Mark Delaney, marketing manager. Does any of that still hold?",
            "Thanks. And what's the best email for her?",
            "Got it, thanks so much. Bye.",
        ],
        "success",
        "record_updated",
    ),
    (
        "name, reason and the one question in one breath; the email; a lead when she asks",
        [
            ONE_BREATH,
            "Thanks. What's the best email for Tasha?",
            "We design and build trade show booths, so a shop like yours looks sharp at a show.",
            "Could I send Tasha a few photos of booths we've built for shops your size?",
        ],
        "success",
        "lead",
    ),
    (
        "typed in a hurry: name and reason, who looks after events now, the email, thanks",
        [
            "hey linda, sam ortiz from halyard exhibits, calling to make sure our records for "
            "corvid are right",
            "who looks after your events these days",
            "ok what about her email",
            "thanks linda",
        ],
        "success",
        "record_updated",
    ),
    (
        "screened first: asks for Mark, answers who is calling, then checks the record",
        [
            "Hi, is Mark Delaney there?",
            "Sam Ortiz, Halyard Exhibits. I'm calling to check the contact we have on file "
            "for Corvid.",
            "Who handles trade shows there now?",
            "Could I get her email address?",
            "Thanks Linda, that's all I needed. Have a good day.",
        ],
        "success",
        "record_updated",
    ),
    (
        "reads the record back for her to correct",
        [
            "hi its sam ortiz",
            "fair question, nothing today, im updating our contact records",
            "we have mark delaney marketing manager at mark.delaney@corvidtools.com, is that "
            "still current",
            "how do you spell her last name",
            "thanks linda have a good one",
        ],
        "success",
        "record_updated",
    ),
    (
        "recovers from 'not selling' by saying what the call is",
        [
            "Hi, I'm not trying to sell you anything, I'm just updating our records.",
            "Fair enough. Sam Ortiz with Halyard Exhibits; I'm checking the contact we have for "
            "Corvid. Is Mark Delaney still your marketing manager?",
            "What's the best email for Tasha?",
            "Thanks, bye.",
        ],
        "success",
        "record_updated",
    ),
    (
        "'not selling' twice",
        ["Hi, I'm not trying to sell you anything.", "Honestly, this isn't a sales call."],
        "failure",
        "hung_up",
    ),
    (
        "a made-up request from Mark",
        ["Hi Linda, Sam from Halyard Exhibits. Mark asked me to give him a call."],
        "failure",
        "caught",
    ),
    (
        "won't say who is calling, twice",
        ["is mark in", "id rather not say", "its a business matter"],
        "failure",
        "hung_up",
    ),
    (
        "a pitch for an opener",
        [
            "Hi, this is Sam from Halyard Exhibits. While I have you, we build custom booths, "
            "banner stands, lighting and flooring."
        ],
        "failure",
        "pitched",
    ),
    (
        "a pitch once the record is confirmed",
        [
            "Hi, is Mark Delaney there?",
            "Sam Ortiz, Halyard Exhibits. I'm calling to check the contact we have on file "
            "for Corvid.",
            "Who handles trade shows there now?",
            "Could I get her email address?",
            "Great. While I have you, our modular booths start at 4,000 dollars this month.",
        ],
        "failure",
        "pitched",
    ),
    (
        "sales questions instead of the record, until she sends the caller to the inbox",
        [
            "Hi Linda, this is Sam from Halyard, updating our records.",
            "How many trade shows do you do a year?",
            "Which shows are you planning for this year?",
            "What does your booth look like?",
        ],
        "neutral",
        "email_instead",
    ),
    (
        "her budget sized up on a records call is a pitch, and she hangs up on it",
        [
            "Hi Linda, this is Sam from Halyard, updating our records.",
            "What's your budget for exhibits this year?",
        ],
        "failure",
        "pitched",
    ),
    (
        "leaves with the new name but not the email",
        [
            "Sam from Halyard Exhibits, updating our records.",
            "is mark still there",
            "ok thanks, bye",
        ],
        "neutral",
        "partly_updated",
    ),
]


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize(
    ("script", "outcome", "state"),
    [pytest.param(s, o, st, id=what) for what, s, o, st in ENDINGS],
)
def test_each_approach_ends_as_a_trainer_expects(script, outcome, state, seed):
    assert_ends(SCENARIO, script, outcome, state, seed=seed)


@pytest.mark.parametrize("seed", SEEDS)
def test_who_at_the_company_and_the_new_contacts_title_are_questions_about_the_record(seed):
    # "who at <company> ..." asks who the contact is now, and her title is part of the
    # record: neither is a sales question on a records call
    _conv, results = play(
        [
            "Hi, Sam Ortiz here from Halyard Exhibits, I'm tidying up our contact list.",
            "Who at Corvid takes care of trade shows now?",
            "And her exact job title, for the file?",
        ],
        seed=seed,
    )
    assert [r.intent for r in results[1:]] == ["ask_who_now", "ask_title"]
    assert results[-1].moods["patience"] == results[0].moods["patience"]


@pytest.mark.parametrize("seed", SEEDS)
def test_why_said_again_after_her_answer_costs_nothing_and_her_name_is_for_the_record(seed):
    _conv, results = play(
        [
            "Morning, Ines Carvalho at Halyard Exhibits, checking one record for Corvid: is "
            "Mark Delaney still your marketing manager?",
            "Ines, at Halyard. The reason I'm asking is that the entry is three years old and "
            "I'd rather fix it than keep mailing the wrong person.",
            "Could I have her email, please?",
            "May I take your name too, so the file shows who confirmed it?",
        ],
        seed=seed,
    )
    assert results[1].intent == "give_reason"
    assert results[1].moods["patience"] == results[0].moods["patience"]
    assert results[3].intent == "ask_her_name"


def test_there_are_at_least_three_ways_to_win_and_ways_to_lose_and_draw():
    outcomes = [o for _, _, o, _ in ENDINGS]
    assert outcomes.count("success") >= 3
    assert {"failure", "neutral"} <= set(outcomes)


@pytest.mark.parametrize("seed", SEEDS)
def test_a_clean_records_call_scores_high(seed):
    conv, _ = play(ENDINGS[0][1], seed=seed)
    card = conv.scorecard()
    assert card.score >= 90
    assert not card.mistakes


# ----------------------------------------------------------------------------- reactions

REACTIONS = [
    # (the mistake, line(s), state afterwards, words every reply variant has, mistake code)
    (
        "'not selling' is met with doubt",
        ["Hi, I'm not trying to sell you anything."],
        "doubting",
        "what do you want",
        "not-selling-disclaimer",
    ),
    (
        "a pretext is caught",
        ["Hi Linda, Sam from Halyard Exhibits. Mark asked me to give him a call."],
        "caught",
        "goodbye",
        "misleading-claim",
    ),
    (
        "a dodge of 'who is calling' gets a last warning",
        ["is mark in", "id rather not say"],
        "last_chance",
        "won't say who they are",
        "ignored-question",
    ),
    (
        "a pitch for an opener gets the caller taken off the list",
        ["Hi, this is Sam from Halyard. While I have you, let me tell you about our booths."],
        "pitched",
        "off",
        "while-i-have-you",
    ),
    (
        "a price after the record is done takes back the email",
        [
            "Hi, is Mark Delaney there?",
            "Sam Ortiz, Halyard Exhibits. I'm calling to check the contact we have on file "
            "for Corvid.",
            "Who handles trade shows there now?",
            "Could I get her email address?",
            "Our modular booths start at 4,000 dollars this month.",
        ],
        "pitched",
        "forget that email",
        "unprompted-pricing",
    ),
    (
        "an apology for calling",
        ["Sorry to bother you, I know you're busy."],
        "who_calling",
        "sorry for what",
        "apology",
    ),
    (
        "a speech for an opener",
        [
            "Hi there, this is Sam Ortiz calling from Halyard Exhibits and the reason I am "
            "calling today is that we are going through our whole database of companies that we "
            "have met at trade shows over the last few years, because a lot of the information "
            "is out of date now and people have moved on, and we want to make sure we have the "
            "right people, the right titles, the right email addresses and the right mailing "
            "addresses for everyone, so I was hoping you could help me with that."
        ],
        "who_calling",
        "lost you",
        "monologue",
    ),
]


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize(
    ("lines", "state", "words", "code"),
    [pytest.param(ls, st, w, c, id=what) for what, ls, st, w, c in REACTIONS],
)
def test_each_classic_mistake_gets_its_own_reaction(lines, state, words, code, seed):
    _, results = play(lines, seed=seed)
    last = results[-1]
    assert last.state == state
    assert words in (last.reply or "").lower()
    assert code in {m.code for m in last.mistakes}


@pytest.mark.parametrize("seed", SEEDS)
def test_a_sales_question_on_a_records_call_is_questioned(seed):
    _, results = play(
        ["Hi Linda, this is Sam from Halyard, updating our records.", "How many shows a year?"],
        seed=seed,
    )
    assert results[-1].state == "listening"
    assert "record" in (results[-1].reply or "").lower()


@pytest.mark.parametrize("seed", SEEDS)
def test_no_lead_unless_she_opens_the_door(seed):
    """Offering to send something before she has asked what Halyard does is turned down."""
    _, results = play(
        [
            "Hi, is Mark Delaney there?",
            "Sam Ortiz, Halyard Exhibits. I'm calling to check the contact we have on file "
            "for Corvid.",
            "Who handles trade shows there now?",
            "Could I get her email address?",
            "Could I send Tasha a few photos of booths we've built?",
        ],
        seed=seed,
    )
    assert results[-1].state == "verified"
    assert "you've got what you needed" in (results[-1].reply or "").lower()


def test_she_only_mentions_mark_left_once_she_has_said_so():
    """'Mark's gone' in a reply is only said after she has told the rep Mark left."""
    for seed in SEEDS:
        conv, results = play(
            [ONE_BREATH, "is mark delaney still your marketing manager"], seed=seed
        )
        assert "left" in (results[0].reply or "").lower()
        assert results[1].state == "contact_named"
