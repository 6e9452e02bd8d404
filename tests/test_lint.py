"""Design checks: each loose end a trainer can leave, reported at its line."""

from __future__ import annotations

from pathlib import Path

import pytest

from roleplay.authoring.lint import lint
from roleplay.authoring.parse import parse_scenario_text

CLEAN = """\
title: Lint fixture
persona: {name: Ann Lee}
moods:
  patience: {start: 2, min: 0, max: 3}
start: hello
opening: hi
intents:
  greet:
    examples: ["good morning to you", "hello there, how are you"]
  ask:
    examples: ["how do you handle orders today"]
  bye:
    examples: ["goodbye now", "talk soon, bye"]
states:
  hello:
    on:
      - {intent: greet, to: chatting, reply: nice}
      - {intent: bye, to: done, reply: bye}
    else: {to: hello, reply: what, effects: {patience: -1}}
  chatting:
    on:
      - {intent: ask, to: won, reply: answer, if: "patience >= 1"}
      - {intent: bye, to: done, reply: bye}
  won: {outcome: success}
  done: {outcome: neutral}
  gone: {outcome: failure}
watch:
  - {if: "patience <= 0", to: gone}
slots: {product: "the app"}
replies:
  hi: ["Lee Bakery, Ann speaking."]
  nice: ["Oh hello, {rep_name}!"]
  what: ["Sorry, what?"]
  answer: ["On paper. Is {product} any better?"]
  bye: ["Bye {prospect_first_name}."]
tests:
  - name: greet and ask
    steps:
      - {say: "good morning to you", state: chatting}
"""


def lint_text(text: str):
    scenario, diags = parse_scenario_text(text, "fixture.yaml")
    assert scenario is not None, diags
    assert not [d for d in diags if d.is_error], diags
    return lint(scenario)


def line_of(text: str, needle: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), 1) if needle in line)


def edit(old: str, new: str) -> str:
    assert old in CLEAN, old
    return CLEAN.replace(old, new, 1)


def test_the_clean_fixture_has_nothing_to_say():
    assert lint_text(CLEAN) == []


def _no_watch(bye_edge: str) -> str:
    """CLEAN without the effect that lets the watch rule fire, and chatting's bye edge replaced."""
    return edit(
        "    else: {to: hello, reply: what, effects: {patience: -1}}",
        "    else: {to: hello, reply: what}",
    ).replace("      - {intent: bye, to: done, reply: bye}\n  won:", bye_edge)


CASES = [
    pytest.param(
        edit(
            "  gone: {outcome: failure}", "  gone: {outcome: failure}\n  lost: {outcome: failure}"
        ),
        "  lost:",
        "warning",
        "state 'lost' can never be reached from the start 'hello'",
        id="unreachable state",
    ),
    pytest.param(
        edit(
            "      - {intent: bye, to: done, reply: bye}\n  won:",
            "      - {intent: bye, to: limbo}\n  limbo: {}\n  won:",
        ),
        "  limbo:",
        "error",
        "state 'limbo' has no transitions and no outcome",
        id="state with no way out",
    ),
    pytest.param(
        edit(
            "    else: {to: hello, reply: what, effects: {patience: -1}}",
            "    else: {to: hello, reply: what}",
        )
        .replace('  - {if: "patience <= 0", to: gone}\n', '  - {if: "patience <= 0", to: gone}\n')
        .replace(
            "      - {intent: bye, to: done, reply: bye}\n  won:",
            "      - {intent: bye, to: loop}\n  loop:\n    else: {to: loop}\n  won:",
        ),
        '- {if: "patience <= 0"',
        "warning",
        "condition 'patience <= 0' can never hold: patience stays between 2 and 2",
        id="condition that never holds",
    ),
    pytest.param(
        _no_watch(
            "      - {intent: bye, to: trap_a}\n  trap_a:\n    else: {to: trap_b}\n"
            "  trap_b:\n    else: {to: trap_a}\n  won:"
        ),
        "  trap_a:",
        "warning",
        "state 'trap_a' is a dead end: no path from it leads to a state with an outcome",
        id="dead end",
    ),
    pytest.param(
        _no_watch("      - {intent: bye, to: loop}\n  loop:\n    else: {to: loop}\n  won:"),
        "  loop:",
        "warning",
        "state 'loop' only leads back to itself: the call can never end from there",
        id="loop with no way out",
    ),
    pytest.param(
        edit("  won: {outcome: success}", "  won: {outcome: neutral}"),
        "states:",
        "error",
        "no state has 'outcome: success'",
        id="no success ending",
    ),
    pytest.param(
        edit(
            '      - {intent: ask, to: won, reply: answer, if: "patience >= 1"}',
            "      - {intent: ask, to: done, reply: answer}",
        ),
        "start: hello",
        "error",
        "no success ending ('won') can be reached from the start 'hello'",
        id="success unreachable",
    ),
    pytest.param(
        edit('if: "patience >= 1"', 'if: "patience >= 4"'),
        "  won:",
        "warning",
        "every way in needs a mood condition that never holds",
        id="state behind an impossible condition",
    ),
    pytest.param(
        edit(
            "  bye:\n    examples:",
            '  shrug:\n    examples: ["whatever you say"]\n  bye:\n    examples:',
        ),
        "  shrug:",
        "warning",
        "intent 'shrug' is never used",
        id="unused intent",
    ),
    pytest.param(
        edit(
            'examples: ["goodbye now", "talk soon, bye"]',
            'examples: ["goodbye now", "hello there, how are you doing"]',
        ),
        '"hello there, how are you doing"',
        "warning",
        "% like 'hello there, how are you' of intent 'greet'",
        id="ambiguous examples",
    ),
    pytest.param(
        edit('nice: ["Oh hello, {rep_name}!"]', 'nice: ["Oh hello, {rep_nmae}!"]'),
        "  nice:",
        "error",
        "{rep_nmae} is never filled",
        id="slot nothing fills",
    ),
    pytest.param(
        edit('nice: ["Oh hello, {rep_name}!"]', 'nice: ["Oh hello, {Rep Name}!"]'),
        "  nice:",
        "warning",
        "{Rep Name} looks like a slot",
        id="braces that are not a slot",
    ),
    pytest.param(
        edit(
            '  bye: ["Bye {prospect_first_name}."]',
            '  bye: ["Bye {prospect_first_name}."]\n  spare: ["Hm."]',
        ),
        "  spare:",
        "warning",
        "reply 'spare' is never said",
        id="unused reply",
    ),
    pytest.param(
        edit(
            "  patience: {start: 2, min: 0, max: 3}",
            "  patience: {start: 2, min: 0, max: 3}\n  mood_x: 1",
        ),
        "  mood_x:",
        "warning",
        "mood 'mood_x' is never changed or tested",
        id="unused mood",
    ),
    pytest.param(
        edit(
            '      - {say: "good morning to you", state: chatting}', '      - "good morning to you"'
        ),
        "  - name: greet and ask",
        "warning",
        "test 'greet and ask' checks nothing",
        id="test that checks nothing",
    ),
]


@pytest.mark.parametrize(("text", "needle", "severity", "message"), CASES)
def test_each_loose_end_is_reported_at_its_line(text, needle, severity, message):
    found = lint_text(text)
    line = line_of(text, needle)
    assert any(d.line == line and d.severity == severity and message in d.message for d in found), (
        "\n".join(map(str, found))
    )


def test_ambiguous_examples_name_both_lines():
    text = edit(
        'examples: ["goodbye now", "talk soon, bye"]',
        'examples: ["goodbye now", "hello there, how are you doing"]',
    )
    (d,) = [d for d in lint_text(text) if "like" in d.message and "intent" in d.message]
    assert f"(line {line_of(text, 'hello there, how are you')})" in d.message
    assert d.line == line_of(text, "how are you doing")


def test_negated_and_plain_examples_are_not_ambiguous():
    # The matcher never pairs a negated line with a plain example, so neither does lint.
    text = edit(
        'examples: ["goodbye now", "talk soon, bye"]',
        'examples: ["goodbye now", "hello there, how are you not"]',
    )
    assert not [d for d in lint_text(text) if "could be read as the other" in d.message]


def test_intents_no_state_listens_for_together_are_not_ambiguous():
    # 'ask' is only heard in chatting, 'greet' only in hello: they never compete.
    text = edit(
        'examples: ["how do you handle orders today"]', 'examples: ["good morning to you all"]'
    )
    assert not [d for d in lint_text(text) if "could be read as the other" in d.message]


def test_lint_survives_reference_errors():
    text = edit(
        "      - {intent: bye, to: done, reply: bye}\n  won:",
        "      - {intent: bye, to: nowhere}\n  won:",
    )
    scenario, diags = parse_scenario_text(text, "fixture.yaml")
    assert any("undefined state 'nowhere'" in d.message for d in diags)
    lint(scenario)  # no exception


@pytest.mark.parametrize(
    "path",
    sorted((Path(__file__).resolve().parent.parent / "scenarios").glob("*.yaml")),
    ids=lambda p: p.stem,
)
def test_every_shipped_scenario_lints_clean(path):
    scenario, diags = parse_scenario_text(
        path.read_text(encoding="utf-8"), path.name, default_id=path.stem
    )
    assert scenario is not None
    assert [str(d) for d in diags + lint(scenario)] == []


def _chain(n: int, last: str) -> str:
    states = "".join(f"  s{k}:\n    on: [{{intent: go, to: s{k + 1}}}]\n" for k in range(n - 1))
    return (
        "title: Chain\npersona: {name: Ann Lee}\nstart: s0\n"
        'intents: {go: {examples: ["go on"]}}\n'
        f"states:\n{states}  s{n - 1}:\n{last}  won: {{outcome: success}}\n"
    )


@pytest.mark.parametrize(
    ("last", "dead_ends"),
    [
        ("    on: [{intent: go, to: won}]\n", 0),
        ("    on: [{intent: go, to: s0}]\n", 150),  # one big loop, nowhere to end
        ("    on: [{intent: go, to: s149}]\n", 150),  # the last loops on itself
    ],
)
def test_dead_ends_are_found_along_a_long_chain(last, dead_ends):
    scenario, _ = parse_scenario_text(_chain(150, last), "chain.yaml")
    found = [
        d
        for d in lint(scenario)
        if "the call can never end" in d.message or "dead end" in d.message
    ]
    assert len(found) == dead_ends
