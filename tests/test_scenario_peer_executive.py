"""The peer executive reacts like a chief executive taking an unannounced call from a peer.

Every good approach a trainer would teach ends in a conversation at a set time: say what
working together means for his business, ask about his priorities, and name a day and a
time (or ask who owns partnerships, or let him pick the slot). Each classic mistake gets
its own reply: a spec sheet is stopped and a second one loses the call, a speech or a
junior rep's script is pointed at the partnerships inbox, and a made-up referral ends it.
"""

from __future__ import annotations

from functools import partial

import pytest
from calls import assert_ends
from calls import play as play_call

ID = "peer_executive"
SEEDS = range(4)

OPENER = (
    "Graham, this is Maya Chen, CEO of Tillwise. I'm calling because a lot of your "
    "restaurants already use us for payroll, and that could help Counterpoint keep them."
)


play = partial(play_call, ID)


ENDINGS = [
    # (what the call shows, script, outcome, final state)
    (
        "shared customers doing double work, his priority handed back, a question, a time",
        [
            "Graham, Priya Das here, I run Tillwise. A few hundred of our restaurants use "
            "your registers, and their managers key every shift into us by hand.",
            "Given what you said at the summit about keeping customers, I'm curious how "
            "that's going.",
            "Could the two of us take half an hour next Wednesday at 3?",
        ],
        "success",
        "meeting_booked",
    ),
    (
        # (a peer's opening of seventy words, all about his business and handing him a
        # question, is how peers talk: only the catalog's 80 words make a speech)
        "a long but relevant opening that ends on a question about his customers",
        [
            "Graham, hi, Sunil Varma here, I run Tillwise. Quick one, peer to peer: several "
            "hundred restaurants on your registers also pay their staff through us, and every "
            "week their managers retype the shifts and the tips from one screen into the other. "
            "You said keeping customers is the big push for Counterpoint this year, so I "
            "wondered, when your restaurants leave, is back-office hassle ever part of why?",
            "Could the two of us take half an hour next Tuesday at 2?",
        ],
        "success",
        "meeting_booked",
    ),
    (
        "an apology with the name: he hears who is calling instead of asking",
        [
            "hi graham, sorry to call out of the blue, im raj mehta, ceo at tillwise",
            "Bye for now.",
        ],
        "neutral",
        "rep_left",
    ),
    (
        "relevance, a question about his priorities, a set time",
        [
            OPENER,
            "What's top of your list this year?",
            "Could we talk Thursday at 4 for 30 minutes?",
        ],
        "success",
        "meeting_booked",
    ),
    (
        "the same, typed in a hurry",
        [
            "graham its maya chen ceo at tillwise, calling cause your restaurants keep asking "
            "you for payroll",
            "whats your biggest priority this year",
            "could we do 30 min thursday at 4pm, you me and your partnerships lead",
        ],
        "success",
        "meeting_booked",
    ),
    (
        "asking who owns partnerships, then a day and a time",
        [OPENER, "who runs partnerships on your side", "tuesday at 10, 30 min, you lena and me"],
        "success",
        "meeting_booked",
    ),
    (
        "a question about his priorities, then letting him pick the slot",
        [OPENER, "how are you thinking about keeping the ones that grow", "you pick the time"],
        "success",
        "meeting_booked",
    ),
    (
        "a spec sheet, then a sentence about his business wins him back",
        [
            "Hi Graham, Maya from Tillwise. Our platform has real-time sync, open APIs, SOC 2 "
            "and 99.99% uptime.",
            "Put simply, your restaurants could get payroll without you building it.",
            "which matters more to you this year, keeping restaurants or winning new ones",
            "could we talk wednesday at 9 for half an hour",
        ],
        "success",
        "meeting_booked",
    ),
    (
        "two spec sheets in a row",
        [
            "Hi, this is Maya from Tillwise. Our API handles 10,000 calls a second, we're SOC 2 "
            "certified, with 99.99% uptime and real-time sync.",
            "We also have automatic tip pooling, tax filing in 50 states, direct deposit and a "
            "mobile app.",
        ],
        "failure",
        "hung_up",
    ),
    (
        "a made-up referral",
        ["Hi Graham, Maya Chen from Tillwise. Your head of partnerships said you'd want to talk."],
        "failure",
        "hung_up",
    ),
    (
        "two lines from a junior rep's script",
        [
            "Hi Graham, this is Maya from Tillwise. Are you the decision maker for partnerships?",
            "What would it take to earn your business?",
        ],
        "neutral",
        "brushed_off",
    ),
    (
        "an offer to send a deck instead of asking for his time",
        [OPENER, "Can I send you some information?"],
        "neutral",
        "brushed_off",
    ),
    (
        "one question about his year with 'and who owns this' joined on: he hears both",
        [
            "Graham, good morning, Maya Chen here, CEO of Tillwise.",
            "Plenty of your restaurants run payroll through us, which could help you keep them. "
            "What's the big push for you next year, and who would own a partnership like this?",
            "Let's do 30 minutes on Tuesday at 11, you, me and whoever you'd bring.",
        ],
        "success",
        "meeting_booked",
    ),
    (
        "a salesman's conditional: 'if I could show you... would you be interested'",
        [
            OPENER,
            "If I could show you a way to cut payroll time in half, would you be interested?",
            "Great, is Monday at 9 or Tuesday at 2 better?",
        ],
        "neutral",
        "brushed_off",
    ),
    (
        "his name said back and his question talked past twice, then a canned question: he hangs up",
        [
            "Hi, is this Graham? How are you doing today?",
            "Graham, are you the one who decides on partnerships at Counterpoint?",
            "If I could show you a way to grow revenue with zero effort, would you be interested?",
            "Most CEOs tell me growth is their biggest challenge. Would you say that's true for you?",
        ],
        "failure",
        "hung_up",
    ),
]


@pytest.mark.parametrize(
    ("script", "outcome", "state"),
    [pytest.param(s, o, st, id=what) for what, s, o, st in ENDINGS],
)
@pytest.mark.parametrize("seed", SEEDS)
def test_each_approach_ends_as_a_trainer_would_expect(script, outcome, state, seed):
    assert_ends(ID, script, outcome, state, seed=seed)


def test_every_winning_call_is_scored_clean():
    for what, script, outcome, _ in ENDINGS:
        if outcome == "success" and "spec sheet" not in what:
            _, results = play(script)
            assert [m.code for r in results for m in r.mistakes] == [], what


REACTIONS = [
    # (the mistake, line(s), the code flagged on the last line, state after, words in every reply)
    (
        "a spec sheet is stopped",
        [
            "Hi, this is Maya from Tillwise. Our API handles 10,000 calls a second, we're SOC 2 "
            "certified, with 99.99% uptime and real-time sync."
        ],
        "feature-dump",
        "vendor_mode",
        "spec",
    ),
    (
        "a speech is stopped",
        [
            "Hi Graham, this is Maya Chen from Tillwise and I'm calling because we work with a "
            "couple of thousand restaurants and what we have seen over the last few years is "
            "that payroll and tips are the hardest part of running one, and we have built a "
            "platform that takes all of that off the owner's plate so they can get back to "
            "their guests, and on top of that we have just opened an office in Atlanta and hired "
            "a team to look after the chains in the Southeast."
        ],
        "monologue",
        "vendor_mode",
        "stop",
    ),
    (
        "a junior rep's script is called a script",
        ["Hi Graham, this is Maya from Tillwise. Are you the decision maker for partnerships?"],
        "sales-script",
        "vendor_mode",
        "script",
    ),
    (
        "'not a sales call' is what sales calls say",
        ["Hi Graham, Maya from Tillwise. This isn't a sales call."],
        "not-selling-disclaimer",
        "vendor_mode",
        "sales call",
    ),
    (
        "a demo before a question",
        ["Hi Graham, this is Maya Chen from Tillwise. Can I get 30 minutes next week for a demo?"],
        "premature-close",
        "vendor_mode",
        "counterpoint",
    ),
    (
        "a price before a reason",
        ["Hi Graham, Maya from Tillwise. It's just $4 per employee a month."],
        "unprompted-pricing",
        "vendor_mode",
        "price",
    ),
    (
        "a meeting asked for before a single question, once he is listening",
        [OPENER, "Could we talk Thursday at 4?"],
        "premature-close",
        "listening",
        "calendar",
    ),
    (
        "an apology for calling",
        ["Sorry to bother you, Graham."],
        "apology",
        "answered",
        "apologise",
    ),
    (
        "small talk from a stranger",
        ["Hi Graham, how are you today?"],
        "small-talk-opener",
        "answered",
        "who",
    ),
    (
        "a spec sheet after he told his priorities",
        [
            OPENER,
            "What's top of your list this year?",
            "We have tip pooling, tax filing in every state, direct deposit and a mobile app.",
        ],
        "feature-dump",
        "vendor_mode",
        "spec sheet",
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
