"""Rules split into gated parts (``AnyOf``) match exactly where the one regex they replace did.

Each original is kept here as it was written; random sentences built from its own words,
digits and punctuation must get the same yes or no from both.
"""

from __future__ import annotations

import random
import re

import pytest

from roleplay.language import asks
from roleplay.language.text import AnyOf, Rule

_ORIGINAL_COMMIT_NOUN = Rule(
    r"\b(?:demo(?:nstration)?s?|meeting|appointment|walk-?through|presentation|assessment|estimate|consultation|tour|visit"
    r"|coffee|lunch|breakfast|drinks|trial|pilot|sign\s+(?:up|on)|purchase|buy|order|contract|agreement"
    r"|(?:a|quick|short|brief|follow-up|phone|video|zoom|teams|intro|discovery|\w+-minute|second)\s+(?:call|chat)|call\s+with"
    r"|(?:an|half\s+an|one|1|two|an\s+extra)\s+hours?|(?:\d+|fifteen|twenty|thirty|forty-five|ten)\s+minutes\s+(?:on|with|next|this|to)"
    r"|calendar|sit\s+down|get\s+together|meet(?:\s+with)?\s+(?:you|up)|come\s+(?:by|over|in|out)|stop\s+by|swing\s+by|drop\s+by"
    r"|pop\s+(?:by|in|over)|show\s+you|set\s+(?:something|a\s+time|it|that|one|you)\s+up|set\s+up\s+(?:a|some|time)|schedule|book|pencil|get\s+you\s+on)\b",
    "demo demos demonstration demonstrations meeting appointment walk walkthrough presentation assessment"
    " estimate consultation tour visit coffee lunch breakfast drinks trial pilot sign purchase buy order contract"
    " agreement call chat hour hours minutes calendar sit get meet come stop swing drop pop show set schedule"
    " book pencil",
)

_CASES = [(_ORIGINAL_COMMIT_NOUN, asks._COMMIT_NOUN)]

_GLUE = [" ", " ", " ", "  ", "-", ", ", ". ", "'", "_", "2", "x", "\t", "é", "?"]


def _sentences(pattern: str, count: int, seed: int) -> list[str]:
    words = sorted(set(re.findall(r"[a-z]+", pattern))) + ["15", "1", "30-minute", "you", "up"]
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        parts = []
        for _ in range(rng.randint(1, 6)):
            word = rng.choice(words)
            if rng.random() < 0.2:
                word = word.capitalize() if rng.random() < 0.5 else word.upper()
            parts.append(word)
            parts.append(rng.choice(_GLUE))
        out.append("".join(parts).strip())
    return out


@pytest.mark.parametrize(("original", "split"), _CASES)
def test_split_rule_matches_where_the_original_did(original: Rule, split: AnyOf) -> None:
    texts = _sentences(original.pattern, 20_000, seed=7)
    texts += ["", "Can we set up a demo?", "a 30-minute call Tuesday", "drop by", "dropby"]
    for text in texts:
        assert split.matches(text) == (original.search(text) is not None), text
