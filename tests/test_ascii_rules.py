"""Every rule's ``re.ASCII`` form finds in ASCII text exactly what the regex as written finds.

ASCII text (nearly every line) runs an ``re.ASCII`` form of each regex: rewritten by
:func:`roleplay.language.text.compile_ascii` (``Lazy``, ``Caseless``), or as written on
plain text only (``Rule``, see :func:`roleplay.language.text.plain`). Random ASCII strings
made of the words the rules look for, control characters (the separators ``\\x1c``-``\\x1f``
among them) and punctuation must give the same matches, spans and groups both ways.
"""

from __future__ import annotations

import gc
import random
import re

import pytest

import roleplay.commands.score  # noqa: F401  (loads every rule module)
from roleplay.language.text import Caseless, Lazy, Rule, ascii_source, compile_ascii, plain

_WORDS = (
    "the a is this calling from with here hi i'm its it's we are you your call back at 10 am pm"
    " 3 tomorrow monday price $ 30 % sorry bother minute demo meeting name dana kim acme who"
    " what why because about reason 555-0142 ok yes no thanks bye"
).split()
_GLUE = [" ", " ", " ", ", ", ". ", "? ", "\t", "\n", "\x0b", "\x0c", "\r", "\x1c", "\x1d"]
_GLUE += ["\x1e", "\x1f", "-", "_", "'", ""]


def _samples(count: int) -> list[str]:
    rng = random.Random(20240611)
    out = ["", " ", "\x1f", "Hi, this is Dana Kim from Acme.\x1fWho handles billing?"]
    for _ in range(count):
        parts = []
        for _ in range(rng.randint(1, 16)):
            if rng.random() < 0.8:
                word = rng.choice(_WORDS)
            else:
                word = "".join(chr(rng.randrange(128)) for _ in range(rng.randint(1, 3)))
            parts.append(word.upper() if rng.random() < 0.1 else word)
            parts.append(rng.choice(_GLUE))
        out.append("".join(parts))
    return out


def _rules() -> list[tuple[str, int]]:
    found = {}
    for obj in gc.get_objects():
        if isinstance(obj, Caseless):
            found[(obj.pattern, 0)] = None
        elif isinstance(obj, Lazy):
            found[(obj.pattern, obj.flags)] = None
    return list(found)


def _plain_rules() -> list[str]:
    return sorted({obj.pattern for obj in gc.get_objects() if isinstance(obj, Rule)})


def test_there_are_rules() -> None:
    assert len(_rules()) >= 50
    assert len(_plain_rules()) >= 150


def test_plain() -> None:
    assert plain("Hi, this is Dana.") and plain("")
    assert not plain("caf\u00e9") and not plain("a\x1fb") and not plain("\x1c")


@pytest.mark.parametrize("pattern", _plain_rules())
def test_rule_finds_what_its_regex_finds(pattern: str) -> None:
    rule = Rule(pattern)
    written = re.compile(pattern)
    for text in _samples(60):
        for sample in (text, text.replace("\x1f", " ").replace("\x1c", " ")):
            want = written.search(sample.lower())
            got = rule.search(sample)
            assert (got and (got.span(), got.groups())) == (
                want and (want.span(), want.groups())
            ), (pattern, sample)
            want_all = [(m.span(), m.groups()) for m in written.finditer(sample.lower())]
            assert [(m.span(), m.groups()) for m in rule.finditer(sample)] == want_all


def test_rewrite() -> None:
    assert ascii_source(r"a\s+b") == "a[\\s\x1c-\x1f]+b"
    assert ascii_source(r"[\s,]\S") == "[\\s\x1c-\x1f,][^\\s\x1c-\x1f]"
    assert ascii_source(r"\\s[\]\s]") == "\\\\s[\\]\\s\x1c-\x1f]"
    assert ascii_source(r"[^\S]") is None
    assert compile_ascii(r"[^\S]").flags & re.ASCII == 0


@pytest.mark.parametrize("pattern, flags", _rules())
def test_same_matches_in_ascii_text(pattern: str, flags: int) -> None:
    written = re.compile(pattern, flags)
    fast = compile_ascii(pattern, flags)
    for text in _samples(60):
        for low in (text, text.lower()):
            want = [(m.span(), m.groups()) for m in written.finditer(low)]
            got = [(m.span(), m.groups()) for m in fast.finditer(low)]
            assert got == want, (pattern, low)
            first, second = written.match(low), fast.match(low)
            assert (first and (first.span(), first.groups())) == (
                second and (second.span(), second.groups())
            ), (pattern, low)
