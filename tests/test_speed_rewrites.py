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


# The question cue as it was written before it was split into gated parts.
_QUESTION_CUE_AS_ONE = re.compile(
    r"\b(?:(?:do|does|did|are|could|would|can|will|have|has|should|is|was|were|may|might|shall)"
    r"\s+(?:you|your|i|we|they|he|she|there|anyone)"
    r"|(?:how|what|who|when|where|which|why|whos|whats|hows)\b)"
    # (session 37: a word or three said first, "oh yeah is that...", in the parts and here)
    r"|(?:^|[.!?;:]\s+|\b(?:one|question|q|also|so|ok|okay|and|hey|right),\s+"
    r"|^(?:(?:and|so|hi|hey|hello|oh|yeah|yep|ok|okay|well|right|alright|um|uh)\s+){1,3}"
    r"|,\s+(?:(?:and|so|hey|oh|yeah|yep|ok|okay|well|right|alright|um|uh)\s+){1,3})"
    r"(?:is|are|does|do|did|can|could|would|will|has|have|was|were)\b"
    r"|(?:^|[.!?;:,]\s+|\b(?:so|ok|okay|and)\s+)(?:want|wanna)\s+(?:me|us)\s+to\b"
    r"|,\s+(?:is|are)\s+(?:\S+\s+){1,3}?still\b|,\s+(?:is|are)\s+(?:that|it|this)\s+(?:most|mostly|mainly|all)\b",
    re.IGNORECASE,
)


def test_question_cue_shortcut() -> None:
    rng = random.Random(2)
    words = "how what who when where which why whos whats hows do you can we is are".split()
    words += (
        "so and ok want wanna me us to still that mostly all one question yeah oh well hi".split()
    )
    words += ["how2", "what_", "x", "3", ".", "?", ";", ":", "!", ",", "HOW", "What", "\u00e9"]
    for _ in range(20_000):
        glue = [" ", "  ", ". ", ", ", "\x1f", "_", "2", ""]
        text = "".join(rng.choice(words) + rng.choice(glue) for _ in range(rng.randint(0, 7)))
        want = _QUESTION_CUE_AS_ONE.search(text) is not None
        assert QUESTION_CUE.matches(text) == want, text
        assert repair._question_cue(text) == want, text


def test_name_cue_is_searched_near_names_only() -> None:
    """A lower-case name in a cue is found by searching near the line's names, exactly as
    a search of every position of the line found it."""
    from roleplay.language.repair import _NAME_CUE, _NOT_NAME, _may_need_words, first_names

    def every_position(text: str) -> bool:
        # (only on lines with a first name among their words, as before)
        if first_names().isdisjoint(re.findall(r"[A-Za-z0-9']+", text)):
            return False
        return any(
            w in first_names() and w not in _NOT_NAME
            for cue in _NAME_CUE.finditer(text)
            for w in cue.group("a", "b", "c", "d")
            if w
        )

    rng = random.Random(7)
    words = "dana kim from acme here this is it's its my name is hi hey at with the a".split()
    words += "speaking calling mary-ann o'neil sam lee x".split()
    for _ in range(5_000):
        glue = [" ", "  ", ", ", ". ", " - ", "-"]
        text = "".join(rng.choice(words) + rng.choice(glue) for _ in range(rng.randint(1, 9)))
        if every_position(text):
            assert _may_need_words(text), text


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
        "Is that email still current? And her title? And your name? Could you intro me to a few"
        " of your clients? Thursday at 9?",
    ),
    ("prospect", "Hm."),
    (
        "rep",
        "Jo Park introduced us at the Harbor mixer, and we connected on LinkedIn after."
        " I could also put together a quote.",
    ),
    ("prospect", "Maybe."),
    ("rep", "Come on, what have you got to lose? You deserve a break. Your loss, then."),
    ("prospect", "Maybe."),
    ("rep", "It's been a rough year for me. I lost my biggest client and I moved twice."),
    ("prospect", "Okay."),
    ("rep", "No problem. If anything changes, you have my number."),
    ("prospect", "Right."),
    ("rep", "Your partner's expecting to hear from me about the audit, by the way."),
    ("prospect", "Is he?"),
    ("rep", "Yes, and great to talk again, it's been a while since we spoke at the expo."),
    ("prospect", "Oh."),
    (
        "rep",
        "Great, I'll send the case study Thursday at 10, and I'll update our records. Ring me back"
        " if not. Have a good day, bye.",
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


def test_the_first_names_are_the_names_of_every_line_past_the_comments() -> None:
    from pathlib import Path

    text = (Path(repair.__file__).with_name("data") / "first_names.txt").read_text("utf-8")
    line_by_line = frozenset(
        name for line in text.splitlines() if (name := line.strip()) and not line.startswith("#")
    )
    assert repair.first_names() == line_by_line
    assert len(line_by_line) > 7000 and "priya" in line_by_line
