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
