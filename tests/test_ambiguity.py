"""Alike example phrases: the fast pairwise comparison finds exactly what the slow one did."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz, utils

from roleplay.authoring.ambiguity import alike_examples, sort_key
from roleplay.authoring.lint import AMBIGUITY_THRESHOLD, MAX_ALIKE_REPORTED, lint
from roleplay.authoring.parse import parse_scenario_text
from roleplay.dialogue.scenario import Intent
from roleplay.language.intents import is_negated

WORDS = ["good", "morning", "not", "price", "call", "me", "later", "Later!", "é", "  ", "-"]
phrases = st.lists(st.sampled_from(WORDS), max_size=7).map(" ".join) | st.text(max_size=12)


@settings(max_examples=500, deadline=None)
@given(phrases, phrases)
def test_sorted_words_compared_by_ratio_are_token_sort_ratio(a, b):
    slow = fuzz.token_sort_ratio(utils.default_process(a), utils.default_process(b))
    assert fuzz.ratio(sort_key(a), sort_key(b)) == pytest.approx(slow)


def brute_force(intents, threshold):
    """The obvious quadratic loop, as lint used to run it."""
    flat = [
        (name, intent.examples.index(ex), ex)
        for name, intent in intents.items()
        for ex in dict.fromkeys(intent.examples)
    ]
    out = []
    for (a, ka, ea), (b, kb, eb) in itertools.combinations(flat, 2):
        if a == b or is_negated(ea) != is_negated(eb):
            continue
        score = fuzz.token_sort_ratio(utils.default_process(ea), utils.default_process(eb))
        if score >= threshold:
            out.append((a, ka, b, kb, score))
    return out


@settings(max_examples=200, deadline=None)
@given(
    st.dictionaries(
        st.sampled_from(["a", "b", "c"]), st.lists(phrases, min_size=1, max_size=6), min_size=2
    ),
    st.sampled_from([60.0, 85.0, 100.0]),
)
def test_alike_examples_finds_what_the_quadratic_loop_finds(examples, threshold):
    intents = {n: Intent(n, examples=tuple(ex)) for n, ex in examples.items()}
    fast = alike_examples(intents, lambda a, b: True, threshold)
    slow = brute_force(intents, threshold)
    assert [(p.first, p.first_index, p.second, p.second_index) for p in fast] == [
        pair[:4] for pair in slow
    ]
    assert [p.score for p in fast] == pytest.approx([pair[4] for pair in slow], abs=1e-3)


def test_only_intents_that_compete_are_compared():
    intents = {n: Intent(n, examples=("good morning to you",)) for n in "abc"}
    found = alike_examples(intents, lambda x, y: {x, y} == {"a", "c"}, AMBIGUITY_THRESHOLD)
    assert [(p.first, p.second) for p in found] == [("a", "c")]


def test_past_a_limit_one_warning_counts_the_remaining_pairs():
    examples = ", ".join(f'"please call me back at {k} tomorrow"' for k in range(20))
    text = f"""\
title: Alike
persona: {{name: Ann Lee}}
start: s
intents:
  a: {{examples: [{examples}]}}
  b: {{examples: [{examples}]}}
states:
  s: {{on: [{{intent: a, to: won}}, {{intent: b, to: won}}]}}
  won: {{outcome: success}}
"""
    scenario, _ = parse_scenario_text(text, "alike.yaml")
    warnings = [d.message for d in lint(scenario)]
    alike = [m for m in warnings if "could be read as the other" in m]
    assert len(alike) == MAX_ALIKE_REPORTED
    (rest,) = [m for m in warnings if "more pairs of example phrases" in m]
    assert rest.startswith(f"{20 * 20 - MAX_ALIKE_REPORTED} more pairs")
