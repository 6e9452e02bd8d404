"""``roleplay validate --json``: every diagnostic as data (file, line, column, severity,
code, message), each kind of problem under its own documented code, and the exit
statuses of the text form."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from test_lint import CASES as LINT_CASES
from test_lint import CLEAN, edit

from roleplay.authoring.diagnostics import CODES
from roleplay.cli import main
from roleplay.environment import Environment

ROOT = Path(__file__).resolve().parent.parent
AUTHORING = (ROOT / "docs" / "authoring.md").read_text(encoding="utf-8")


def run(args: list[str], cwd: Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(args, Environment(stdout=out, stderr=err, cwd=cwd, environ={}))
    return code, out.getvalue(), err.getvalue()


BROKEN = (
    edit("  chatting:\n", "  chatting:\n    hnit: Ask.\n")
    .replace("to: done", "to: dne", 1)
    .replace('  bye: ["Bye {prospect_first_name}."]', '  bye: ["Bye {prospect_first_name}."]\n  spare: ["Hm."]')
)  # fmt: skip


def test_a_broken_file_as_json(tmp_path):
    (tmp_path / "bad.yaml").write_text(BROKEN, encoding="utf-8")
    code, out, err = run(["validate", "--json", "bad.yaml"], tmp_path)
    assert json.loads(out) == {
        "files": [
            {
                "file": "bad.yaml",
                "kind": "scenario",
                "errors": 2,
                "warnings": 1,
                "diagnostics": [
                    {
                        "file": "bad.yaml",
                        "line": 18,
                        "column": 27,
                        "severity": "error",
                        "code": "undefined",
                        "message": "undefined state 'dne'; did you mean 'done'?",
                    },
                    {
                        "file": "bad.yaml",
                        "line": 21,
                        "column": 5,
                        "severity": "error",
                        "code": "unknown-key",
                        "message": "unknown key 'hnit' in state 'chatting'; did you mean 'hint'?",
                    },
                    {
                        "file": "bad.yaml",
                        "line": 37,
                        "column": 3,
                        "severity": "warning",
                        "code": "unused",
                        "message": "reply 'spare' is never said: no state, transition, 'opening' "
                        "or 'fallback' uses it",
                    },
                ],
            }
        ],
        "summary": {"files": 1, "errors": 2, "warnings": 1},
    }
    assert (code, err) == (1, "")


def test_the_json_says_what_the_text_says(tmp_path):
    (tmp_path / "bad.yaml").write_text(BROKEN, encoding="utf-8")
    _, text, _ = run(["validate", "bad.yaml"], tmp_path)
    _, out, _ = run(["validate", "--json", "bad.yaml"], tmp_path)
    [checked] = json.loads(out)["files"]
    as_lines = [
        f"{d['file']}:{d['line']}:{d['column']}: {d['severity']}: {d['message']}"
        for d in checked["diagnostics"]
    ]
    assert as_lines == text.splitlines()[:-1]


@pytest.mark.parametrize(
    ("text", "args", "status"),
    [
        pytest.param(CLEAN, [], 0, id="clean: 0"),
        pytest.param(edit("  gone: {outcome: failure}", "  gone: {outcome: failure}\n  lost: {outcome: failure}"), [], 0, id="a warning: 0"),
        pytest.param(edit("  gone: {outcome: failure}", "  gone: {outcome: failure}\n  lost: {outcome: failure}"), ["--strict"], 1, id="a warning with --strict: 1"),
        pytest.param(edit("start: hello", "start: nowhere"), [], 1, id="an error: 1"),
    ],
)  # fmt: skip
def test_the_exit_status_is_the_text_forms(tmp_path, text, args, status):
    (tmp_path / "s.yaml").write_text(text, encoding="utf-8")
    as_text, _, _ = run(["validate", "s.yaml", *args], tmp_path)
    as_json, out, _ = run(["validate", "s.yaml", "--json", *args], tmp_path)
    assert as_text == as_json == status
    assert json.loads(out)["summary"]["files"] == 1


def test_the_example_in_the_authoring_guide_is_real_output(tmp_path):
    from roleplay.commands.new import render

    text = render("dental_office", "dental_office.yaml").replace("reply: busy", "reply: bsy", 1)
    (tmp_path / "scenarios").mkdir()
    (tmp_path / "scenarios" / "dental_office.yaml").write_text(text, encoding="utf-8")
    command = "roleplay validate scenarios/dental_office.yaml --json"
    shown = AUTHORING.split(f"$ {command}\n", 1)[1].split("```", 1)[0]
    code, out, _ = run(command.split()[1:], tmp_path)
    assert (out, code) == (shown, 1)


def test_a_path_that_does_not_exist_is_still_exit_2_and_one_line(tmp_path):
    code, out, err = run(["validate", "--json", "missing.yaml"], tmp_path)
    assert (code, out) == (2, "")
    assert err == "roleplay: error: missing.yaml: no such file or folder\n"


def test_an_exam_is_listed_as_an_exam_and_its_missing_scenario_has_a_code(tmp_path):
    (tmp_path / "exam.yaml").write_text(
        "title: Week 1\npass_mark: 70\ncalls:\n  - {scenario: nobody_here, seed: 1}\n",
        encoding="utf-8",
    )
    code, out, _ = run(["validate", "--json", "exam.yaml"], tmp_path)
    [checked] = json.loads(out)["files"]
    assert (checked["kind"], code) == ("exam", 1)
    assert [(d["line"], d["code"]) for d in checked["diagnostics"]] == [(4, "exam-scenario")]


#: One broken file per code: (code, what to change in test_lint's clean fixture).
PARSE_CASES = [
    ("yaml", ("title: Lint fixture", "title: [Lint fixture")),
    ("unknown-key", ("  chatting:\n", "  chatting:\n    hnit: Ask.\n")),
    ("wrong-type", ("title: Lint fixture", "title: yes")),
    ("missing", ("persona: {name: Ann Lee}\n", "")),
    ("control-character", ("title: Lint fixture", 'title: "Lint \\e[2J fixture"')),
    ("bad-name", ("  chatting:\n", "  Chatting Now:\n    else: {to: won}\n  chatting:\n")),
    ("bad-condition", ('if: "patience >= 1"', 'if: "patience is high"')),
    ("out-of-range", ("{start: 2, min: 0, max: 3}", "{start: 9, min: 0, max: 3}")),
    ("format", ("title: Lint fixture", "format: 2\ntitle: Lint fixture")),
    ("undefined", ("to: won", "to: wn")),
    ("name-clash", ("  patience: {start: 2", "  told_name: 1\n  patience: {start: 2")),
    ("limit", ("title: Lint fixture", "max_turns: 1000\ntimeout: gone\ntitle: Lint fixture")),
]

#: The code of each loose end test_lint.py checks, by its id there.
LINT_CODES = {
    "unreachable state": "unreachable",
    "state with no way out": "no-way-out",
    "condition that never holds": "never-holds",
    "dead end": "dead-end",
    "loop with no way out": "dead-end",
    "no success ending": "no-success",
    "success unreachable": "no-success",
    "state behind an impossible condition": "unreachable",
    "unused intent": "unused",
    "ambiguous examples": "alike-examples",
    "slot nothing fills": "unfilled-slot",
    "braces that are not a slot": "not-a-slot",
    "unused reply": "unused",
    "unused mood": "unused",
    "test that checks nothing": "empty-test",
}


def _cases():
    for code, (old, new) in PARSE_CASES:
        yield pytest.param(edit(old, new), code, id=code)
    for case in LINT_CASES:
        yield pytest.param(case.values[0], LINT_CODES[case.id], id=case.id)


@pytest.mark.parametrize(("text", "code"), list(_cases()))
def test_each_kind_of_problem_has_its_code(tmp_path, text, code):
    (tmp_path / "s.yaml").write_text(text, encoding="utf-8")
    _, out, _ = run(["validate", "--json", "s.yaml"], tmp_path)
    found = {d["code"] for d in json.loads(out)["files"][0]["diagnostics"]}
    assert code in found


def test_a_file_that_is_not_utf8_is_unreadable(tmp_path):
    (tmp_path / "s.yaml").write_bytes(b"title: caf\xe9\n")
    _, out, _ = run(["validate", "--json", "s.yaml"], tmp_path)
    [diagnostic] = json.loads(out)["files"][0]["diagnostics"]
    assert (diagnostic["code"], diagnostic["line"]) == ("unreadable", 1)


def test_every_code_is_checked_above_or_is_the_bug_code():
    checked = {code for code, _ in PARSE_CASES} | set(LINT_CODES.values())
    assert set(CODES) - checked == {"unreadable", "exam-scenario", "internal"}


@pytest.mark.parametrize("code", sorted(CODES))
def test_every_code_is_documented(code):
    assert f"| `{code}` |" in AUTHORING


@pytest.mark.parametrize("command", [["validate"], ["coverage", "--runs", "2"], ["test"]])
def test_a_control_character_in_a_file_name_is_shown_not_sent_to_the_terminal(tmp_path, command):
    name = "evil\x1b[31m.yaml"
    (tmp_path / name).write_text(CLEAN, encoding="utf-8")
    _, out, _ = run([*command, name], tmp_path)
    assert "evil␛[31m.yaml:" in out
    assert "\x1b" not in out
