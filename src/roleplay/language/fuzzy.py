"""Typo-tolerant phrase matching, and the negation vocabulary.

One matcher, :func:`best_window`, compares a phrase with every run of about as many
consecutive words of a text (rapidfuzz's whole-window ``ratio``, never ``partial_ratio``,
so one shared word is not a match). It serves the typed-with-typos second look for
apologies and disclaimers (:mod:`roleplay.language.honesty`) and a scenario's custom-code
phrases (:func:`phrase_match`).

Negation keeps a phrase from matching its opposite ("not interested" is not
"interested"): :func:`phrase_match` refuses a window with a negation in or just before it,
and :mod:`roleplay.language.intents` compares a line only with examples negated alike
(:func:`is_negated`). Both read the vocabulary below.

rapidfuzz is imported on first use: most lines never get this far.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from roleplay.language import precompiled
from roleplay.language.text import Lazy, normalise

# --------------------------------------------------------------------------- negation

#: Words that negate what follows them: the negation vocabulary, one place for every reader.
NEGATIONS = ("not", "no", "never", "don't", "didn't", "won't", "isn't", "aren't", "can't")
# What each reader adds to it (behaviour kept as it was when they were written apart):
# is_negated, which reads any text with a regex, also knows informal spellings and pronouns;
_TEXT_NEGATIONS = (*NEGATIONS, "dont", "doesn't", "wasn't", "cannot", "nothing", "nobody", "n't")
# phrase_match, which reads the words around a matched window, also "wouldn't" and "without".
_WINDOW_NEGATIONS = frozenset((*NEGATIONS, "wouldn't", "without"))

_NEGATED = Lazy(r"\b(?:" + "|".join(map(re.escape, _TEXT_NEGATIONS)) + r")\b", re.IGNORECASE)


def is_negated(text: str) -> bool:
    """True when ``text`` has a negation word anywhere ("not", "don't", "never"...)."""
    return bool(_NEGATED.search(text))


# --------------------------------------------------------------------------- the matcher


def window_sizes(phrase: str) -> tuple[int, ...]:
    """The window lengths compared with ``phrase``: its word count and one either side."""
    size = len(phrase.split())
    return tuple(n for n in (size - 1, size, size + 1) if n > 0)


def best_window(
    phrase: str, words: Sequence[str], cutoff: float, sizes: Iterable[int] | None = None
) -> tuple[str, int] | None:
    """The run of consecutive ``words`` most like ``phrase``, and the index it starts at.

    Every window of each length in ``sizes`` (default :func:`window_sizes`) is compared with
    the whole phrase by rapidfuzz's ``ratio``; the best one scoring at least ``cutoff``
    (0-100) wins, and on a tie the first listed: windows are listed by length in the order
    of ``sizes``, then by where they start. A text shorter than a window gives one window,
    the whole text.
    """
    from rapidfuzz import fuzz, process  # lazy: most lines never get here

    if sizes is None:
        sizes = window_sizes(phrase)
    starts: list[int] = []
    windows: list[str] = []
    for n in sizes:
        for i in range(0, max(1, len(words) - n + 1)):
            starts.append(i)
            windows.append(" ".join(words[i : i + n]))
    if not windows:
        return None
    best = process.extractOne(phrase, windows, scorer=fuzz.ratio, score_cutoff=cutoff)
    if best is None:
        return None
    return best[0], starts[best[2]]


_WORD = precompiled.compile(r"[a-z0-9']+")
_PERSONS = frozenset("me my us our you your him his her them their i we".split())


def phrase_match(phrase: str, text: str, cutoff: float = 85.0) -> str | None:
    """The words of ``text`` that fuzzy-match ``phrase`` closely, or None.

    Compares the phrase with every window of about its own length (:func:`best_window`),
    so one shared word is not a match, and a window preceded by a negation ("not
    interested") does not match a phrase without one.
    """
    target = " ".join(_WORD.findall(phrase.lower()))
    words = _WORD.findall(normalise(text).lower())
    if not target or not words:
        return None
    size = len(target.split())
    # The lengths as a set, iterated in the set's order: the order ties have always been
    # broken in here (it differs from window_sizes for phrases of 7, 8, 15, 16... words).
    hit = best_window(target, words, cutoff, {max(1, size - 1), size, size + 1})
    if hit is None:
        return None
    window, start = hit
    # A short phrase may be misspelled, not reworded: each of its words has a close match
    # in the window ("come on" is not "come to", though the letters are 86% alike).
    if size <= 3 and not _each_word_close(target.split(), window.split()):
        return None
    # ... and a phrase of a few more words keeps its verbs and nouns: "or you do it yourself"
    # is not "you owe it to yourself", though the letters are alike
    if 3 < size <= 5 and not _each_word_close(
        [w for w in target.split() if len(w) >= 3 and w not in _LIGHT_WORDS], window.split()
    ):
        return None
    # Who it is about must match: "get back to me" is not "get back to your day".
    persons = _PERSONS.intersection(target.split())
    if persons and not persons <= set(window.split()):
        return None
    phrase_negated = any(w in _WINDOW_NEGATIONS for w in target.split())
    before = words[max(0, start - 2) : start]
    if before[:1] == ["no"] and before[1:] and before[1] in _NO_FUSS:
        before = []  # "no worries, call me back later" still asks
    if not phrase_negated and any(w in _WINDOW_NEGATIONS for w in before + window.split()):
        return None
    if not phrase_negated and _NO_NEED.search(" ".join(words[max(0, start - 5) : start])):
        return None  # "no need to call me back" asks for no call back
    return window


def _each_word_close(phrase_words: list[str], window_words: list[str]) -> bool:
    """Every word of the phrase is in the window, run into a neighbour ("callme back") or
    typed with a slip of the fingers ("coem on")."""
    from rapidfuzz import fuzz

    return all(
        any(word in other or fuzz.ratio(word, other) >= 75 for other in window_words)
        for word in phrase_words
    )


# Words a rewording may drop or swap: pronouns, articles, small verbs and linkers.
_LIGHT_WORDS = frozenset(
    "the and but you your yours yourself him her his hers them their our ours its it's that this"
    " for with from about just really very can could will would should was were are have has had"
    " get got not".split()
)


# "no" that negates nothing after it: "no worries", "no rush".
_NO_FUSS = frozenset("worries worry problem problems rush pressure stress biggie".split())
# What no one needs to do, just before a phrase: "no need to call me back", "you don't have
# to get back to me".
_NO_NEED = Lazy(
    r"\b(?:no\s+need\s+(?:for\s+you\s+)?to|(?:don't|dont|do\s+not|won't|wont)\s+(?:need|have)\s+to|no\s+reason\s+to)$"
)
