"""Caseless regexes find what the same pattern with re.IGNORECASE finds."""

from __future__ import annotations

import gc
import re

import pytest

import roleplay.commands.score  # noqa: F401  (loads every rule module)
from roleplay.language.text import Caseless


def _caseless() -> list[Caseless]:
    return [o for o in gc.get_objects() if isinstance(o, Caseless)]


def test_there_are_caseless_rules() -> None:
    assert len(_caseless()) >= 4


def test_patterns_are_written_in_lower_case() -> None:
    # The fast path searches the lowered text case-sensitively: an upper-case letter or an
    # inline flag in the pattern would make it differ from re.IGNORECASE.
    for rule in _caseless():
        bare = re.sub(r"\\.", "", rule.pattern)
        assert not re.search(r"[A-Z]", bare), rule.pattern
        assert not re.search(r"\(\?[a-zA-Z-]", bare), rule.pattern


@pytest.mark.parametrize(
    "text",
    [
        "Can I call you back TOMORROW at a better time?",
        "Whenever it suits YOU, Dana.",
        "hi is this a good time. Do you handle rentals",
        "WHAT'S the reason? Is there a better day",
        "So, ARE you still running it on paper",
        "Ça va? Could we find ANOTHER time — café at ten",
        "İs there a better time? ſhall I call you back later",
        "We have GPS tracking, live alerts AND a driver app, plus reports as well as billing",
        "Eight four seven, five five five, oh one four two",
        "",
    ],
)
def test_same_spans_as_ignorecase(text: str) -> None:
    for rule in _caseless():
        expected = re.compile(rule.pattern, re.IGNORECASE)
        for method in ("search", "match"):
            want = getattr(expected, method)(text)
            got = getattr(rule, method)(text)
            assert (got.span() if got else None) == (want.span() if want else None)
        want_search = expected.search(text)
        assert rule.find(text) == (want_search.group() if want_search else None)
        assert [m.span() for m in rule.finditer(text)] == [
            m.span() for m in expected.finditer(text)
        ]
        if expected.groups == 0:
            assert rule.split(text) == expected.split(text)
