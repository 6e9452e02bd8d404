"""Size limits: one error per limit exceeded, at the first item beyond it, and nothing more."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from roleplay.authoring.format import LIMITS, limit
from roleplay.authoring.parse import parse_scenario_text
from roleplay.cli import main
from roleplay.environment import Environment

ROOT = Path(__file__).resolve().parent.parent
DOC = (ROOT / "docs" / "authoring.md").read_text(encoding="utf-8")


def scenario(
    *,
    states: int = 1,
    intents: int = 1,
    examples: int = 1,
    variants: int = 1,
    moods: int = 1,
    anywhere: int = 0,
    tests: int = 1,
    steps: int = 1,
    max_turns: int | None = None,
) -> str:
    """A valid scenario with this many of each thing (``states`` besides the ending)."""
    out = ["title: Big", "persona: {name: Ann Lee}", "start: s0", "moods:"]
    out += [f"  mood{k}: 1" for k in range(moods)]
    out.append("intents:")
    for i in range(intents):
        out.append(f"  i{i}:")
        out.append("    examples:")
        out += [f'      - "intent {i} example {k}"' for k in range(examples)]
    out.append("states:")
    for s in range(states):
        nxt = f"s{s + 1}" if s + 1 < states else "won"
        out.append(f"  s{s}:")
        out.append(f"    on: [{{intent: i0, to: {nxt}, reply: r}}]")
    out.append("  won: {outcome: success}")
    if anywhere:
        out.append("anywhere:")
        out += [f"  - {{intent: i{k % intents}, to: won}}" for k in range(anywhere)]
    if max_turns is not None:
        out += [f"max_turns: {max_turns}", "timeout: won"]
    out.append("replies:")
    out.append("  r:")
    out += [f'    - "variant {k}"' for k in range(variants)]
    out.append("tests:")
    for k in range(tests):
        out.append(f"  - name: test {k}")
        out.append("    steps:")
        out += [f'      - {{say: "intent 0 example 0", state: s{1 % states}}}'] * steps
    return "\n".join(out) + "\n"


def line_of(text: str, pattern: str, nth: int = 1) -> int:
    """1-based line of the ``nth`` line matching ``pattern``."""
    hits = [n for n, line in enumerate(text.splitlines(), 1) if re.search(pattern, line)]
    return hits[nth - 1]


#: (limit, what makes a scenario one over it, where the error points, message)
OVER = [
    ("states", {"states": 200}, (r"^  won:", 1), "too many states (201)"),
    ("intents", {"intents": 101}, (r"^  i100:", 1), "too many intents (101)"),
    (
        "examples_per_intent",
        {"examples": 201},
        (r"example 200\"", 1),
        "intent 'i0' has too many example phrases (201)",
    ),
    (
        "examples",
        {"intents": 20, "examples": 151},
        (r"intent 19 example 131\"", 1),  # 19 * 151 + 132 = 3001
        "too many example phrases in all (3020)",
    ),
    (
        "variants_per_reply",
        {"variants": 51},
        (r"variant 50\"", 1),
        "reply 'r' has too many variants (51)",
    ),
    ("moods", {"moods": 21}, (r"^  mood20:", 1), "too many moods (21)"),
    (
        "transitions",
        {"states": 100, "anywhere": 10},
        (r"^states:", 1),
        "too many transitions (1100, counting each 'anywhere' and 'watch' rule once",
    ),
    ("max_turns", {"max_turns": 101}, (r"^max_turns:", 1), "max_turns must be at most 100"),
    ("tests", {"tests": 101}, (r"- name: test 100$", 1), "too many tests (101)"),
    (
        "steps_per_test",
        {"steps": 101},
        (r"say: \"intent 0 example 0\"", 101),
        "test 'test 0' has too many steps (101)",
    ),
]


@pytest.mark.parametrize(("name", "sizes", "where", "message"), OVER, ids=[o[0] for o in OVER])
def test_a_scenario_over_a_limit_gets_one_error_there_and_no_other_check(
    name, sizes, where, message
):
    text = scenario(**sizes)
    found, diags = parse_scenario_text(text, "big.yaml")
    assert found is None  # not handed on to lint, tests or coverage
    (error,) = diags
    assert error.is_error and error.line == line_of(text, *where)
    assert error.message.startswith(message)
    assert error.message.endswith("see 'Limits' in docs/authoring.md")


@pytest.mark.parametrize(
    "sizes",
    [
        {"states": 199},  # 199 plus the ending
        {"intents": 20, "examples": 150},
        {"examples": 200, "variants": 50, "moods": 20, "max_turns": 100},
        {"states": 90, "anywhere": 10},  # 90 + 10 * 90 = 990 transitions
        {"tests": 100, "steps": 100},
    ],
)
def test_a_scenario_at_the_limits_is_fine(sizes):
    found, diags = parse_scenario_text(scenario(**sizes), "big.yaml")
    assert found is not None
    assert [d for d in diags if d.is_error] == []


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(tmp_path):
    (tmp_path / "huge.yaml").write_text("# x\n" * (limit("file_bytes") // 4 + 1))
    out, err = io.StringIO(), io.StringIO()
    code = main(["graph", "huge.yaml"], Environment(stdout=out, stderr=err, cwd=tmp_path))
    assert code == 2
    assert err.getvalue() == (
        f"roleplay: error: huge.yaml: file is {limit('file_bytes') + 4} bytes, "
        f"larger than the {limit('file_bytes')} byte limit\n"
    )


@pytest.mark.parametrize(("name", "sizes", "where", "message"), OVER[:2], ids=["states", "intents"])
def test_validate_prints_the_limit_error_and_nothing_else(tmp_path, name, sizes, where, message):
    (tmp_path / "big.yaml").write_text(scenario(**sizes), encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    code = main(["validate", "big.yaml"], Environment(stdout=out, stderr=err, cwd=tmp_path))
    assert code == 1
    lines = out.getvalue().splitlines()
    assert len(lines) == 2 and message in lines[0]
    assert lines[1] == "1 file, 1 error, 0 warnings"


@pytest.mark.parametrize("name", list(LIMITS))
def test_every_limit_is_documented_with_its_value(name):
    most, _ = LIMITS[name]
    row = next((line for line in DOC.splitlines() if line.startswith(f"| {name} |")), None)
    assert row is not None, f"docs/authoring.md has no '| {name} |' row under Limits"
    assert f"{most:,}" in row
