"""Example phrases of two intents so alike that a line could be read as either.

The matcher (``roleplay.language.intents``) reads a line as an intent when it is close
to one of the intent's example phrases by rapidfuzz's ``token_sort_ratio`` on
normalised text, and never pairs a negated line with a plain example. Two examples of
intents that one state listens for, more alike than a threshold, leave a line close to
both with no clear winner.

Every pair has to be looked at, so it is done the fast way: each example is
normalised and its words sorted once (``token_sort_ratio`` is ``ratio`` of those
strings), and rapidfuzz's ``cdist`` scores a block of rows against all later examples
in C, with the threshold as cutoff, one block at a time so memory stays flat. That
takes well under a second at the size limits of ``format.LIMITS``; the pure-Python
pair loop it replaces took 12 s on 3,000 examples. ``cdist`` returns a numpy array,
which is why numpy is a dependency.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from rapidfuzz import fuzz, process, utils

from roleplay.dialogue.scenario import Intent
from roleplay.language.fuzzy import is_negated

#: Rows scored per ``cdist`` call: 256 rows against 3,000 examples is 3 MB of float32.
_BLOCK = 256


@dataclass(frozen=True)
class AlikeExamples:
    """Example ``second_index`` of intent ``second`` is ``score``% like an earlier one."""

    first: str
    first_index: int
    second: str
    second_index: int
    score: float


def sort_key(example: str) -> str:
    """The text ``token_sort_ratio`` compares: normalised, words in sorted order."""
    return " ".join(sorted(utils.default_process(example).split()))


def alike_examples(
    intents: Mapping[str, Intent], compete: Callable[[str, str], bool], threshold: float
) -> list[AlikeExamples]:
    """Pairs of examples of different, competing intents at least ``threshold`` alike.

    Args:
        intents: The scenario's intents.
        compete: Whether two intents (by name) are ever listened for together.
        threshold: Similarity (0-100, ``token_sort_ratio``) from which a pair is reported.

    Returns:
        One entry per pair of distinct (intent, example) texts, in file order of the
        earlier example, then of the later one.
    """
    import numpy as np  # here: 0.15 s to import, paid only by the commands that compare

    # (intent, index of the first occurrence of the text in that intent, text)
    flat: list[tuple[str, int, str]] = []
    for name, intent in intents.items():
        seen: set[str] = set()
        for k, example in enumerate(intent.examples):
            if example not in seen:
                seen.add(example)
                flat.append((name, k, example))
    out: list[tuple[int, int, float]] = []
    for negated in (False, True):  # a negated line never matches a plain example
        group = [i for i, (_, _, text) in enumerate(flat) if is_negated(text) == negated]
        keys = [sort_key(flat[i][2]) for i in group]
        for start in range(0, len(group), _BLOCK):
            scores = process.cdist(
                keys[start : start + _BLOCK],
                keys[start:],
                scorer=fuzz.ratio,
                score_cutoff=threshold,
                dtype=np.float32,
                workers=-1,
            )
            rows, cols = np.nonzero(scores)
            for row, col in zip(rows.tolist(), cols.tolist(), strict=True):
                if col <= row:
                    continue  # each pair once, and never an example with itself
                i, j = group[start + row], group[start + col]
                a, b = flat[i][0], flat[j][0]
                if a != b and compete(a, b):
                    out.append((i, j, float(scores[row, col])))
    out.sort()
    return [AlikeExamples(flat[i][0], flat[i][1], flat[j][0], flat[j][1], s) for i, j, s in out]
