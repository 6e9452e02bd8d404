"""Safe YAML loading with line numbers: the base of every scenario error message."""

from __future__ import annotations

import pytest

from roleplay.authoring.yamlsource import load_located
from roleplay.errors import ScenarioError


def test_values_remember_their_line_and_column():
    data, marks = load_located("title: Hi\nstates:\n  start:\n    say: hello\n", "s.yaml")
    assert data == {"title": "Hi", "states": {"start": {"say": "hello"}}}
    assert marks[("states", "start", "say")] == (4, 10)
    assert marks[("states", "start", "<key>")] == (3, 3)


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("a: 1\nb: [1, 2\n", 3, "YAML syntax error"),
        ("a: 1\nb: 2\na: 3\n", 3, "duplicate key 'a' (first defined on line 1)"),
        ("a: !!python/object/apply:os.system ['echo pwned']\n", 1, "unsupported YAML value"),
        ("base: &b {x: 1}\nother:\n  <<: *b\n", 3, "merge keys"),
        ("? [a, b]\n: 1\n", 1, "a key must be plain text"),
        ("a: 1\nb: 2024-13-45\n", 2, "YAML reads '2024-13-45' as a date, but it is not a valid"),
        ("a: 2024-02-30 10:00:00\n", 1, "as a date, but it is not a valid date"),
        ("2024-13-45: x\n", 1, "as a date, but it is not a valid date"),
        ("a:\n  - " + "9" * 5000 + "\n", 2, "a number with 5000 digits, far too long to use"),
        ("a: !!int abc\n", 1, "YAML reads 'abc' as a number, but it is not a valid one"),
        ("a: !!bool maybe\n", 1, "YAML reads 'maybe' as yes or no, but it is neither"),
    ],
)
def test_problems_are_one_line_errors_with_a_location(text, line, message):
    with pytest.raises(ScenarioError) as info:
        load_located(text, "s.yaml")
    assert info.value.file == "s.yaml"
    assert info.value.line == line
    assert message in info.value.message


def test_loading_never_runs_code_from_the_file(tmp_path):
    marker = tmp_path / "pwned"
    text = f"x: !!python/object/apply:os.system ['touch {marker}']\n"
    with pytest.raises(ScenarioError):
        load_located(text, "evil.yaml")
    assert not marker.exists()


def test_alias_bombs_are_refused():
    lines = ["a: &a [x, x, x, x, x, x, x, x, x, x]"]
    prev = "a"
    for name in "bcdefgh":
        lines.append(f"{name}: &{name} [" + ", ".join([f"*{prev}"] * 10) + "]")
        prev = name
    with pytest.raises(ScenarioError, match="too large"):
        load_located("\n".join(lines) + "\n", "bomb.yaml")


def test_a_syntax_error_also_says_where_the_broken_construct_began():
    with pytest.raises(ScenarioError) as info:
        load_located('title: x\nstates:\n  a: "unclosed\n  b: 2\n', "s.yaml")
    assert info.value.line == 5
    assert "while scanning a quoted scalar on line 3" in info.value.message
