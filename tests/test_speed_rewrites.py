"""Rules rewritten for speed answer exactly what the forms they replace answered."""

from __future__ import annotations

import random
import re

from roleplay.language import repair
from roleplay.language.questionmarks import QUESTION_CUE
from roleplay.language.text import _SENTENCE


def test_sentence_regex_finds_what_the_backtracking_one_found() -> None:
    original = re.compile(r"[^.!?]*[.!?]+[\"')\]]*|[^.!?]+$")
    rng = random.Random(4)
    alphabet = list("ab .!?\"')]\n\x1f\u00e9")
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
        want = [(m.span(), m.group()) for m in original.finditer(text)]
        assert [(m.span(), m.group()) for m in _SENTENCE.finditer(text)] == want, text


def test_question_cue_shortcut() -> None:
    rng = random.Random(2)
    words = "how what who when where which why whos whats hows do you can we is are".split()
    words += ["how2", "what_", "x", "3", ".", "?", ";", ":", "!", ",", "HOW", "What", "\u00e9"]
    for _ in range(20_000):
        glue = [" ", "  ", ". ", "\x1f", "_", "2", ""]
        text = "".join(rng.choice(words) + rng.choice(glue) for _ in range(rng.randint(0, 6)))
        assert repair._question_cue(text) == (QUESTION_CUE.search(text) is not None), text


# A call whose rep lines show every signal the scorecard does not read, and some it does.
_CALL = [
    ("prospect", "Hello, Brightline Dental, who's calling?"),
    (
        "rep",
        "Hi, this is Sam from Acme. Sorry to bother you, I'll be honest, this is a sales call.",
    ),
    ("prospect", "What's it about?"),
    (
        "rep",
        "We help clinics cut no-shows, so you'd save hours every week. No pressure if it's a no.",
    ),
    ("prospect", "She handles that, but she's out."),
    ("rep", "Got it, thanks. What's the best email for her? Or I can call 312-555-0157."),
    ("prospect", "Maybe."),
    (
        "rep",
        "Fair enough. Would it help if I introduced you to Jo, who runs billing at Pine Clinic?",
    ),
    ("prospect", "Sure. Thursday at 9 is out for me, though."),
    (
        "rep",
        "Is that email still current? Could you intro me to a few of your clients? Thursday at 9?",
    ),
    ("prospect", "Hm."),
    ("rep", "Jo Park introduced us at the Harbor mixer. I could also put together a quote."),
    ("prospect", "Maybe."),
    (
        "rep",
        "Great, I'll send the case study Thursday at 10. Ring me back if not. Have a good day, bye.",
    ),
]


def test_signals_the_scorecard_skips_change_no_other_signal() -> None:
    # A scored call reads its lines without UNSCORED; asking for the rest reads them again
    # whole. What was found first must be exactly the whole reading without UNSCORED.
    from roleplay.language.analysis import CallAnalysis
    from roleplay.language.signals import UNSCORED

    call = CallAnalysis(scored_first=True)
    live = CallAnalysis()  # a practice call reads every signal with the line
    seen: set[str] = set()
    for speaker, text in _CALL:
        turn = call.add(speaker, text)
        read = live.add(speaker, text)
        if not turn.is_rep:
            continue
        first = dict(turn.signals.scored)
        every = dict(turn.signals)
        assert first == {k: v for k, v in every.items() if k not in UNSCORED}, text
        assert list(read.signals.scored.items()) == list(every.items()), text
        seen.update(every)
    assert seen >= UNSCORED  # every skipped signal was really found here


def test_a_call_of_unscored_signals_only_is_attempted() -> None:
    # "Hi" then a phone number: one word of substance, but the number is a signal.
    from roleplay.scoring.rules import score
    from roleplay.transcript import turns_from_pairs

    number = turns_from_pairs([("prospect", "Hello?"), ("rep", "Hi."), ("rep", "312-555-0157")])
    greeting = turns_from_pairs([("prospect", "Hello?"), ("rep", "Hi."), ("rep", "Bye.")])
    assert score(number).attempted
    assert not score(greeting).attempted
