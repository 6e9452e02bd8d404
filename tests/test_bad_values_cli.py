"""A value YAML cannot build, or that no scenario may hold, is bad input: one line, at its line.

Every authoring and call command reads scenarios through the same parser, so each bad
value below is tried on each of them: ``validate`` reports it as an error (exit 1);
the others stop with ``roleplay: error: FILE:LINE:COL: message`` (exit 2). None of
them may answer bad input with exit 70, "this is a bug".
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from roleplay.cli import main
from roleplay.environment import Environment

ROOT = Path(__file__).resolve().parent.parent
SLEEPY = (ROOT / "scenarios" / "sleepy_skeptic.yaml").read_text(encoding="utf-8")
HUGE = "9" * 5000


def _replace(old: str, new: str) -> tuple[str, int]:
    """SLEEPY with the first line starting ``old`` replaced by ``new``, and that line's number."""
    lines = SLEEPY.splitlines()
    n = next(i for i, line in enumerate(lines) if line.startswith(old))
    lines[n] = new
    return "\n".join(lines) + "\n", n + 1


#: (what, the line as written, the line it replaces, the message expected)
BAD_VALUES = [
    (
        "an impossible date as the title",
        "title: 2024-13-45",
        "title:",
        "YAML reads '2024-13-45' as a date, but it is not a valid date; put it in quotes if it is text",
    ),
    (
        "a real date as the title",
        "title: 2024-05-01",
        "title:",
        "title must be text, but YAML read a date; put it in quotes",
    ),
    (
        "a 5,000-digit title",
        f"title: {HUGE}",
        "title:",
        "YAML reads this as a number with 5000 digits, far too long to use",
    ),
    (
        "a 5,000-digit number where a number belongs",
        f"max_turns: {HUGE}",
        "format:",
        "YAML reads this as a number with 5000 digits, far too long to use",
    ),
    (
        "an escape sequence in the title",
        'title: "The sleepy \\e[2J skeptic"',
        "title:",
        "title holds the control character U+001B (character 12); scenario text may hold no control characters but newlines and tabs",
    ),
    (
        "a carriage return in a reply",
        '    - "Mm... hello?\\rWho\'s this?"',
        '    - "Mm... hello? Who',
        "each of reply 'woken_up' holds the control character U+000D (character 13)",
    ),
    (
        "a C1 control in the persona",
        '  name: "Dale\\x9bOstrowski"',
        "  name: Dale",
        "persona name holds the control character U+009B (character 5)",
    ),
    (
        "a bell in a hint",
        '    hint: "Give your name\\a"',
        "    hint: Give your name",
        "hint holds the control character U+0007 (character 15)",
    ),
    (
        "a number too large to mean anything",
        "format: 12345678901234",
        "format:",
        "format must be between -1000000000 and 1000000000",
    ),
]


def _run(args: list[str], cwd: Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    env = Environment(stdin=io.StringIO("Hello?\n"), stdout=out, stderr=err, cwd=cwd, environ={})
    return main(args, env), out.getvalue(), err.getvalue()


@pytest.mark.parametrize(("what", "written", "replaces", "message"), BAD_VALUES)
@pytest.mark.parametrize(
    "command",
    [
        ["run", "bad.yaml", "--script", "-", "--no-save"],
        ["graph", "bad.yaml"],
        ["test", "bad.yaml"],
        ["coverage", "bad.yaml", "--runs", "1"],
    ],
    ids=lambda c: c[0],
)
def test_a_bad_value_stops_a_command_with_one_line_at_its_line(
    tmp_path, command, what, written, replaces, message
):
    text, line = _replace(replaces, written)
    (tmp_path / "bad.yaml").write_text(text, encoding="utf-8")
    code, out, err = _run(command, tmp_path)
    if command[0] in ("test", "coverage"):  # they report each broken scenario and go on
        assert code == 2
        assert out.startswith(f"BROKEN bad.yaml:{line}:")
        assert message in out
    else:
        assert (code, out) == (2, "")
        assert err.startswith(f"roleplay: error: bad.yaml:{line}:")
        assert message in err
        assert err.count("\n") == 1
        assert err[:-1].isprintable()  # nothing from the file reaches the terminal raw


@pytest.mark.parametrize(("what", "written", "replaces", "message"), BAD_VALUES)
def test_validate_reports_a_bad_value_as_an_error_at_its_line(
    tmp_path, what, written, replaces, message
):
    text, line = _replace(replaces, written)
    (tmp_path / "bad.yaml").write_text(text, encoding="utf-8")
    code, out, err = _run(["validate", "bad.yaml"], tmp_path)
    assert (code, err) == (1, "")
    first = out.splitlines()[0]
    assert first.startswith(f"bad.yaml:{line}:") and message in first
    assert out.replace("\n", "").isprintable()
    assert "please report" not in out
