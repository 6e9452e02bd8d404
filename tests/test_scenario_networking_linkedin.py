"""The new LinkedIn connection: Dana is glad someone actually called, opens up to questions
about her work, and goes cool the moment the call turns into a pitch, a request for
referrals in return, or a story about the caller.

Each row plays a short script through the engine and checks how the call ends, the way a
trainer would listen to it.
"""

from __future__ import annotations

from functools import partial

import pytest
from calls import assert_ends
from calls import play as play_call

ID = "networking_linkedin"
SEEDS = range(4)
OPENER = (
    "Hi Dana, this is Sam Lee. We just connected on LinkedIn, and I'm calling to learn a bit "
    "more about your work."
)


play = partial(play_call, ID)


ENDINGS = [
    # (what the call shows, script, outcome, final state)
    (
        "questions about her work, then a follow-up with her pick of day and time",
        [
            OPENER,
            "How did you end up focusing on food businesses?",
            "Could we have a proper twenty minutes next week? You pick the day and time.",
        ],
        "success",
        "followup_set",
    ),
    (
        "a pitch, then asking her to introduce him to her clients",
        [
            OPENER,
            "we just launched a package for brokers, books plus payroll, want a free month",
            "you must have tons of restaurant clients, can you intro me to a few this week",
        ],
        "failure",
        "hung_up",
    ),
    (
        "her work, the leads she wants, an introduction offered",
        [
            OPENER,
            "What kind of clients do you work with?",
            "What would be a good referral for you?",
            "I have a client who just opened a second bakery. Want me to introduce you by email?",
        ],
        "success",
        "intro_agreed",
    ),
    (
        "name first, then the reason, the leads she wants, a coffee at a set time",
        [
            "hi dana, sam lee here",
            "we connected on linkedin last week, so i thought id call",
            "how can i help, what kind of leads should i look out for",
            "could we grab coffee thursday at 10",
        ],
        "success",
        "followup_set",
    ),
    (
        "everything in one line, then a short call at a set time",
        [
            "hi this is sam lee, calling because we just connected on linkedin. what would be a "
            "good referral for you",
            "lets do a quick call tuesday at 2",
        ],
        "success",
        "followup_set",
    ),
    (
        "the blog's own opener: 'in response to your LinkedIn request'",
        [
            "Hi Dana, this is Sam Lee. I'm calling in response to your LinkedIn request to "
            "connect. I'm calling to learn a little more about you so I can be alert to "
            "information and leads of interest to you.",
            "Who are your best clients?",
            "I can put you in touch with a client opening a second cafe.",
        ],
        "success",
        "intro_agreed",
    ),
    (
        "a coffee with no day, then the day when she asks",
        [
            "hi dana its sam lee, we just connected on linkedin",
            "what kind of clients do you work with",
            "lets grab a coffee sometime",
            "thursday at 10 work for you",
        ],
        "success",
        "followup_set",
    ),
    (
        "a referral swap asked for, then taken back",
        [
            OPENER,
            "Maybe you could send some clients my way.",
            "Fair enough. What kind of clients are you looking for?",
            "One of my clients is opening a second restaurant. Shall I make an introduction?",
        ],
        "success",
        "intro_agreed",
    ),
    (
        "a pitch, and then another",
        [
            OPENER,
            "By the way, who does your books? I'm taking on new clients.",
            "We do payroll, bookkeeping, tax returns and year-end accounts.",
        ],
        "failure",
        "hung_up",
    ),
    (
        "all about the caller",
        [
            OPENER,
            "Let me tell you about my practice, I just landed a big new client.",
            "I've been so busy lately, my business has really taken off.",
        ],
        "failure",
        "bored",
    ),
    (
        "no name, no reason",
        ["hello", "how are you today", "so hows business"],
        "failure",
        "hung_up",
    ),
    (
        "three questions about her work and a remark, then a call at a set time",
        [
            OPENER,
            "How long have you been focused on food businesses?",
            "What kind of clients do you most like working with?",
            "When in a restaurant's life do they most need someone like you?",
            "That's really useful, I see those moments with my clients all the time.",
            "Would a quick call Thursday at 2 work, so I can tell you about a couple of them?",
        ],
        "success",
        "followup_set",
    ),
    (
        "question after question, and never an offer: she runs out of time",
        [
            OPENER,
            "What would be a good referral for you?",
            "How long have you been a broker?",
            "How many clients do you have?",
            "Which of them do you like best?",
            "How do you find new clients?",
            "What do your clients usually struggle with?",
            "What's the hardest part of your job?",
        ],
        "failure",
        "hung_up",
    ),
    (
        "the leads she wants as the reason, then two of them put in touch",
        [
            "hi dana, kofi mensah here, i do books for cafes and we just connected on linkedin. "
            "id like to know what kind of leads would help you",
            "one of mine opens a second cafe in june, shall i put you two in touch?",
        ],
        "success",
        "intro_agreed",
    ),
    (
        "who and how connected in one line, then her work and a follow-up at a time",
        [
            "hey dana, chris obi here, you sent me a linkedin invite last week",
            "so what kind of food businesses do you mostly insure",
            "want to do a 15 min follow up next monday at 9 so i can bring you a couple of names",
        ],
        "success",
        "followup_set",
    ),
    (
        "a pitch, then a call back asked of her while she is cool",
        [
            OPENER,
            "I wanted to explain my practice so you know what I do, we close books by the 10th.",
            "So if you've got a minute sometime, call me back and we can talk.",
        ],
        "failure",
        "hung_up",
    ),
    (
        "a referral swap, then a meeting pressed while she is cool",
        [
            OPENER,
            "you must meet tons of food businesses, would you be open to sending some of those my way",
            "lets grab a coffee sometime and talk it through",
        ],
        "failure",
        "hung_up",
    ),
    (
        "a nice chat that ends with nothing agreed",
        [OPENER, "What kind of clients do you work with?", "Great, nice talking to you, bye."],
        "neutral",
        "rep_left",
    ),
]


@pytest.mark.parametrize(
    ("script", "outcome", "state"),
    [pytest.param(s, o, st, id=what) for what, s, o, st in ENDINGS],
)
def test_the_linkedin_call_can_be_won_and_lost(script, outcome, state):
    assert_ends(ID, script, outcome, state)


REACTIONS = [
    # (the mistake, lines, state afterwards, the code scored, words every reply variant has)
    (
        "a pitch",
        [OPENER, "By the way, who does your books? I'm taking on new clients."],
        "cooled",
        "networking-pitch",
        "",
    ),
    (
        "asking for referrals in return",
        [OPENER, "Maybe you could send some clients my way."],
        "cooled",
        "asked-for-referrals",
        "",
    ),
    (
        "a needless call back",
        [OPENER, "Give me a call back when you have time."],
        "open",
        "needless-callback",
        "call you back",
    ),
    (
        "talking about yourself",
        [OPENER, "Let me tell you about my practice, I just landed a big new client."],
        "open",
        "all-about-me",
        "",
    ),
    (
        "a coffee asked for before a single question",
        [OPENER, "Let's grab coffee sometime."],
        "open",
        "premature-close",
        "",
    ),
    ("a name with no reason", ["Hi Dana, Sam Lee here."], "named", None, ""),
    ("a reason with no name", ["Hi, we just connected on LinkedIn."], "who_calling", None, ""),
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


def test_the_blogs_opener_is_not_scored_as_a_pretext_once_she_recognises_it():
    conv, _ = play(ENDINGS[3][1])
    codes = {m.code for m in conv.scorecard().mistakes}
    assert "misleading-claim" not in codes
