"""Loading scenarios, and the format errors a trainer gets, each at the right line."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from roleplay.authoring.diagnostics import Diagnostic
from roleplay.authoring.lint import lint
from roleplay.authoring.parse import parse_scenario, parse_scenario_text
from roleplay.authoring.yamlsource import load_located
from roleplay.errors import ScenarioError

SCENARIOS = Path(__file__).resolve().parent.parent / "scenarios"
SLEEPY = (SCENARIOS / "sleepy_skeptic.yaml").read_text(encoding="utf-8")


def line_of(text: str, needle: str, start: int = 0) -> int:
    """1-based number of the first line containing ``needle`` (after line ``start``)."""
    for n, line in enumerate(text.splitlines(), 1):
        if n > start and needle in line:
            return n
    raise AssertionError(f"{needle!r} not in text")


def replace_line(text: str, needle: str, new: str) -> tuple[str, int]:
    """Replace the first line containing ``needle`` by ``new``; return text and line number."""
    lines = text.splitlines()
    n = line_of(text, needle)
    lines[n - 1] = new
    return "\n".join(lines) + "\n", n


def errors(text: str) -> list[Diagnostic]:
    _, diags = parse_scenario_text(text, "sleepy.yaml")
    return [d for d in diags if d.is_error]


def test_the_shipped_scenario_loads_without_problems():
    scenario, diags = parse_scenario_text(SLEEPY, "sleepy.yaml", default_id="sleepy_skeptic")
    assert diags == []
    assert scenario is not None
    assert scenario.start == "ringing"
    assert scenario.states["booked"].outcome == "success"
    # `on:` is a YAML 1.1 boolean when read naively; as a key it must stay the word "on".
    assert scenario.states["ringing"].transitions


# --------------------------------------------------------------------------- mutations


def _syntax_error():
    text, n = replace_line(SLEEPY, "opening: woken_up", "opening: woken_up: really")
    return text, n, "YAML syntax error"


def _duplicate_key():
    lines = SLEEPY.splitlines()
    first = line_of(SLEEPY, "  patience: {start: 3")
    lines.insert(first + 1, "  patience: {start: 1}")
    return (
        "\n".join(lines) + "\n",
        first + 2,
        f"duplicate key 'patience' (first defined on line {first})",
    )


def _misspelt_key():
    start = line_of(SLEEPY, "  ringing:")
    n = line_of(SLEEPY, "    hint:", start)
    lines = SLEEPY.splitlines()
    lines[n - 1] = lines[n - 1].replace("hint:", "hnit:")
    return "\n".join(lines) + "\n", n, "unknown key 'hnit' in state 'ringing'; did you mean 'hint'?"


def _state_renamed_at_definition():
    text, _ = replace_line(SLEEPY, "  listening:", "  listenin:")
    first_use = line_of(SLEEPY, "to: listening")
    return text, first_use, "undefined state 'listening'; did you mean 'listenin'?"


def _state_renamed_at_one_use():
    n = line_of(SLEEPY, "to: listening")
    lines = SLEEPY.splitlines()
    lines[n - 1] = lines[n - 1].replace("to: listening", "to: listning")
    return "\n".join(lines) + "\n", n, "undefined state 'listning'; did you mean 'listening'?"


def _yes_in_examples():
    text, n = replace_line(SLEEPY, '"yes I\'m a salesperson"', "      - yes")
    return text, n, "YAML read yes/true/on as a boolean; put it in quotes"


def _no_in_examples():
    text, n = replace_line(SLEEPY, '"fair enough I do sell software"', "      - no")
    return text, n, "YAML read no/false/off as a boolean"


def _empty_destination():
    n = line_of(SLEEPY, "to: booked")
    lines = SLEEPY.splitlines()
    lines[n - 1] = lines[n - 1].replace("to: booked", 'to: ""')
    return "\n".join(lines) + "\n", n, "destination ('to') must not be empty"


def _undefined_mood():
    n = line_of(SLEEPY, 'if: "interest >= 0"')
    lines = SLEEPY.splitlines()
    lines[n - 1] = lines[n - 1].replace("interest >= 0", "intrest >= 0")
    return (
        "\n".join(lines) + "\n",
        n,
        "undefined mood or memory fact 'intrest'; did you mean 'interest'?",
    )


def _undefined_code():
    text, n = replace_line(SLEEPY, "mistakes: [apology]", "    mistakes: [apologies]")
    return text, n, "undefined mistake code 'apologies'"


def _undefined_reason_signal():
    n = line_of(SLEEPY, "scoring:") + 1
    lines = SLEEPY.splitlines()
    lines.insert(n - 1, "  reasons: [conection_note]")
    return (
        "\n".join(lines) + "\n",
        n,
        "undefined signal 'conection_note'; did you mean 'connection_note'?",
    )


def _hang_up_that_wins():
    text, n = replace_line(SLEEPY, "if_hung_up: failure", "    if_hung_up: success")
    return text, n, "if_hung_up must be one of failure, neutral, not 'success'"


def _hang_up_in_an_ending():
    n = line_of(SLEEPY, "outcome: success")
    lines = SLEEPY.splitlines()
    lines.insert(n, "    if_hung_up: neutral")
    return "\n".join(lines) + "\n", n + 1, "has an outcome, so the call ends there; nobody hangs up"


MUTATIONS = {
    "syntax error": _syntax_error,
    "duplicate key": _duplicate_key,
    "misspelt key": _misspelt_key,
    "state renamed at its definition": _state_renamed_at_definition,
    "state renamed at one use": _state_renamed_at_one_use,
    "yes in example phrases": _yes_in_examples,
    "no in example phrases": _no_in_examples,
    "empty destination": _empty_destination,
    "undefined mood": _undefined_mood,
    "undefined mistake code": _undefined_code,
    "undefined reason signal": _undefined_reason_signal,
    "a hang-up that wins": _hang_up_that_wins,
    "a hang-up in an ending": _hang_up_in_an_ending,
}


@pytest.mark.parametrize("mutation", MUTATIONS.values(), ids=MUTATIONS.keys())
def test_a_broken_scenario_gets_an_error_at_the_right_line(mutation):
    text, line, message = mutation()
    found = errors(text)
    assert any(d.line == line and message in d.message for d in found), "\n".join(map(str, found))


def test_parse_scenario_raises_the_first_error_with_its_location():
    text, line, _ = _misspelt_key()
    with pytest.raises(ScenarioError) as info:
        parse_scenario(text, "sleepy.yaml")
    assert info.value.line == line
    assert str(info.value).startswith(f"sleepy.yaml:{line}:")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "a scenario file must be a mapping"),
        ("- a\n- b\n", "a scenario file must be a mapping"),
        ("title: x\n", "persona is required"),
        ("a: &x [*x]\n", "nested too deeply"),
        ("x: !!python/object/apply:os.system ['true']\n", "unsupported YAML value"),
        ("title: 12:30\n", "title must be text, but YAML read a number"),
        ("title: 2024-05-01\n", "title must be text, but YAML read a date"),
        ("moods: {patience: 2000000000}\n", "start must be between -1000000000 and 1000000000"),
        (
            "watch: [{if: patience >= " + "9" * 5000 + ", to: x}]\n",
            "the number in condition 'patience >= 9999999999999999999999999...' must be between",
        ),
    ],
)
def test_whatever_the_file_holds_the_answer_is_a_diagnostic(text, message):
    _, diags = parse_scenario_text(text, "x.yaml")
    assert any(message in d.message for d in diags), diags


@pytest.mark.parametrize(
    "written",
    ['"ringing\\n"', '"ringing "', '" ringing"', '"ringing\\t"', '"ring\\x1bing"', '"Ringing"'],
)
def test_a_state_name_is_only_lower_case_letters_digits_and_underscores(written):
    text, n = replace_line(SLEEPY, "  ringing:", f"  {written}:")
    found = errors(text)
    assert any(
        d.line == n and "state name" in d.message and "must be lower-case letters" in d.message
        for d in found
    ), found


@pytest.mark.parametrize(
    ("written", "message"),
    [
        ("max_turns: 0", "max_turns must be at least 1, not 0; leave it out for no limit"),
        ("max_turns: -3", "max_turns must be at least 1, not -3; leave it out for no limit"),
        ("max_turns: many", "max_turns must be a whole number, not text"),
    ],
)
def test_max_turns_is_a_positive_whole_number(written, message):
    text, n = replace_line(SLEEPY, "start: ringing", f"start: ringing\ntimeout: ringing\n{written}")
    assert [(d.line, d.message) for d in errors(text)] == [(n + 2, message)]


def test_a_valid_max_turns_is_kept():
    text, _ = replace_line(
        SLEEPY, "start: ringing", "start: ringing\ntimeout: ringing\nmax_turns: 6"
    )
    scenario, _ = parse_scenario_text(text, "sleepy.yaml")
    assert scenario.max_turns == 6


# --------------------------------------------------------------------------- never a traceback

_KEYS = [
    "format", "id", "title", "persona", "moods", "slots", "start", "opening", "intents", "states",
    "anywhere", "watch", "fallback", "max_turns", "timeout", "replies", "scoring", "tests", "name",
    "min", "max", "examples", "signals", "any_signals", "mistakes", "unless", "priority",
    "description", "say", "outcome", "hint", "on", "else", "intent", "to", "reply", "effects", "if",
    "weights", "thresholds", "disabled", "codes", "tips", "message", "tip", "weight", "phrases",
    "seed", "steps", "state", "score", "patience", "ringing", "booked", "success", "apology",
]  # fmt: skip
_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-3, 12),
    st.floats(allow_nan=False),
    st.sampled_from(_KEYS),
    st.sampled_from(["patience >= 1", "x < 2", "{rep_name}", "{nope}", "", "a-b"]),
    st.text(max_size=6),
    st.dates(),
    st.sampled_from([10**12, -(10**12)]),  # (5,000 digits: Python cannot even print them)
)
_trees = st.recursive(
    _scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(st.one_of(st.sampled_from(_KEYS), st.integers(0, 2)), inner, max_size=5),
    ),
    max_leaves=30,
)
_BASE = load_located(SLEEPY, "x.yaml")[0]  # not yaml.safe_load: that reads `on:` as True


def _paths(data, prefix=()):
    yield prefix
    if isinstance(data, dict):
        for k, v in data.items():
            yield from _paths(v, (*prefix, k))
    elif isinstance(data, list):
        for i, v in enumerate(data):
            yield from _paths(v, (*prefix, i))


_ALL_PATHS = list(_paths(_BASE))[1:]


def _no_exception_escapes(text: str) -> None:
    scenario, diags = parse_scenario_text(text, "x.yaml")
    assert all(isinstance(d, Diagnostic) for d in diags)
    if scenario is not None:
        assert all(isinstance(d, Diagnostic) for d in lint(scenario))


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.text(max_size=300))
def test_arbitrary_text_gives_diagnostics_not_exceptions(text):
    _no_exception_escapes(text)


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.dictionaries(st.sampled_from(_KEYS), _trees, max_size=8))
def test_arbitrary_yaml_structures_give_diagnostics_not_exceptions(data):
    _no_exception_escapes(yaml.safe_dump(data))


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    st.lists(st.tuples(st.sampled_from(_ALL_PATHS), _trees, st.booleans()), min_size=1, max_size=4)
)
def test_a_shipped_scenario_with_random_damage_gives_diagnostics_not_exceptions(damage):
    data = load_located(SLEEPY, "x.yaml")[0]
    for path, value, delete in damage:
        parent = data
        try:
            for key in path[:-1]:
                parent = parent[key]
            if delete and isinstance(parent, dict):
                del parent[path[-1]]
            else:
                parent[path[-1]] = value
        except (KeyError, IndexError, TypeError):
            continue
    _no_exception_escapes(yaml.safe_dump(data))
