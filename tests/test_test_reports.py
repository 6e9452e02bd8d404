"""``roleplay test`` in CI: choosing tests with ``-k``, results as ``--json``, and a JUnit
XML report (``--junit``) that validates against the JUnit schema CI systems read."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest
import xmlschema

from roleplay.authoring.junit import xml_safe
from roleplay.authoring.selection import parse_selection
from roleplay.cli import main
from roleplay.environment import Environment

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "fixtures" / "trainer_tools" / "front_desk.yaml"
#: The Jenkins xUnit plugin's JUnit schema (tests/schemas/README.md): the version that
#: describes a test case's file and line, and today's, which leaves those two out.
SCHEMA = xmlschema.XMLSchema(ROOT / "tests" / "schemas" / "jenkins-xunit-junit-10-2014.xsd")
CURRENT = xmlschema.XMLSchema(ROOT / "tests" / "schemas" / "jenkins-xunit-junit-10.xsd")

FIRST = "introduce, ask, propose a time"
SECOND = "a meeting asked for too early is pushed back"
THIRD = "silence costs patience (fails on purpose)"


def run(args: list[str], cwd: Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(args, Environment(stdout=out, stderr=err, cwd=cwd, environ={}))
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def desk(tmp_path: Path) -> Path:
    """A folder holding front_desk.yaml: 2 tests that pass, 1 that fails on purpose."""
    shutil.copy(FIXTURE, tmp_path / "front_desk.yaml")
    return tmp_path


# -- -k ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("expression", "chosen"),
    [
        ("meeting", [SECOND]),
        ("MEETING", [SECOND]),
        ("not meeting", [FIRST, THIRD]),
        ("pushed back", [SECOND]),
        ("front_desk", [FIRST, SECOND, THIRD]),
        ("front_desk: a meeting", [SECOND]),
        ("propose or patience", [FIRST, THIRD]),
        ("ask and not meeting", [FIRST]),
        ("(propose or pushed) and not purpose", [FIRST, SECOND]),
        ("not (propose or pushed)", [THIRD]),
        ("not not meeting", [SECOND]),
        ('"ask, propose"', [FIRST]),
        ("'fails on purpose'", [THIRD]),
        ("gatekeeper", []),
    ],
)
def test_k_chooses_tests_by_words_in_scenario_and_name(expression, chosen):
    select = parse_selection(expression)
    names = [FIRST, SECOND, THIRD]
    assert [n for n in names if select(f"front_desk: {n}")] == chosen


def test_and_or_not_inside_quotes_are_words():
    select = parse_selection('"name and reason"')
    assert select("s: give your name and reason")
    assert not select("s: give your name, then a reason")


@pytest.mark.parametrize(
    ("expression", "problem"),
    [
        ("", "give at least one word to look for"),
        ("meeting and", "expected a word after 'and'"),
        ("or meeting", "expected a word, not 'or'"),
        ("not", "expected a word after 'not'"),
        ("(meeting or ask", "a '(' is never closed"),
        ("meeting)", "unexpected ')'"),
        ('"meeting', 'a quote (") is never closed'),
        ("''", "a quoted phrase is empty"),
    ],
)
def test_a_k_that_cannot_be_read_is_a_usage_error(desk, expression, problem):
    code, out, err = run(["test", "front_desk.yaml", "-k", expression], desk)
    assert (code, out) == (2, "")
    assert err == f"roleplay: error: -k {expression!r}: {problem}\n"


def test_the_text_report_counts_the_tests_left_out(desk):
    code, out, _ = run(["test", "front_desk.yaml", "-k", "not purpose"], desk)
    assert out == (
        f"PASS front_desk: {FIRST}\nPASS front_desk: {SECOND}\n2 passed, 0 failed, 1 deselected\n"
    )
    assert code == 0


def test_a_k_that_selects_nothing_is_an_error_not_a_pass(desk):
    code, out, err = run(["test", "front_desk.yaml", "-k", "voicemail"], desk)
    assert (code, out) == (2, "")
    assert err == (
        "roleplay: error: -k 'voicemail' selects none of the 3 tests "
        "(without -k, 'roleplay test' lists them all)\n"
    )


# -- --json ----------------------------------------------------------------------

FILE = "front_desk.yaml"

JSON_GOLDEN = {
    "scenarios": [
        {
            "scenario": "front_desk",
            "file": FILE,
            "broken": False,
            "errors": [],
            "tests": [
                {
                    "name": SECOND,
                    "line": 74,
                    "location": f"{FILE}:74",
                    "passed": True,
                    "failures": [],
                },
                {
                    "name": THIRD,
                    "line": 80,
                    "location": f"{FILE}:80",
                    "passed": False,
                    "failures": [
                        {
                            "file": FILE,
                            "line": 82,
                            "location": f"{FILE}:82",
                            "message": "after 'Hmm.': expected state 'listening', got 'greeting'",
                        },
                        {
                            "file": FILE,
                            "line": 84,
                            "location": f"{FILE}:84",
                            "message": "after 'Okay.': expected mistakes ['apology'], "
                            "got ['ignored-question', 'no-introduction']",
                        },
                        {
                            "file": FILE,
                            "line": 80,
                            "location": f"{FILE}:80",
                            "message": "expected outcome 'success', got 'no ending'",
                        },
                    ],
                },
            ],
            "deselected": 1,
        }
    ],
    "summary": {"passed": 1, "failed": 1, "deselected": 1, "broken": 0},
}


def test_json_lists_each_test_with_its_failures_at_their_lines(desk):
    code, out, err = run(["test", FILE, "--json", "-k", "not propose"], desk)
    assert json.loads(out) == JSON_GOLDEN
    assert (code, err) == (1, "")


def test_json_is_the_same_text_every_run(desk):
    runs = {run(["test", FILE, "--json"], desk)[1] for _ in range(3)}
    assert len(runs) == 1


@pytest.mark.parametrize(
    ("k", "status"),
    [("not purpose", 0), ("purpose", 1)],
    ids=["all pass: 0", "a failure: 1"],
)
def test_json_and_junit_keep_the_exit_status_of_the_text_form(desk, k, status):
    assert run(["test", FILE, "-k", k], desk)[0] == status
    assert run(["test", FILE, "-k", k, "--json"], desk)[0] == status
    assert run(["test", FILE, "-k", k, "--junit", "r.xml"], desk)[0] == status


def test_json_of_a_broken_scenario_gives_its_errors_and_exits_2(desk):
    text = FIXTURE.read_text(encoding="utf-8").replace("to: booked", "to: bookd")
    (desk / "broken.yaml").write_text(text, encoding="utf-8")
    code, out, _ = run(["test", "broken.yaml", "--json"], desk)
    [entry] = json.loads(out)["scenarios"]
    assert code == 2
    assert (entry["scenario"], entry["broken"], entry["tests"]) == ("broken", True, [])
    assert [(e["line"], e["code"]) for e in entry["errors"]] == [
        (16, "no-success"),
        (45, "undefined"),
    ]
    assert json.loads(out)["summary"] == {"passed": 0, "failed": 0, "deselected": 0, "broken": 1}


# -- --junit -----------------------------------------------------------------------

JUNIT_GOLDEN = """\
<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="roleplay test" tests="3" failures="1" errors="0">
  <testsuite name="front_desk" tests="3" failures="1" errors="0" skipped="0" file="front_desk.yaml">
    <testcase classname="front_desk" name="introduce, ask, propose a time" file="front_desk.yaml" line="65" />
    <testcase classname="front_desk" name="a meeting asked for too early is pushed back" file="front_desk.yaml" line="74" />
    <testcase classname="front_desk" name="silence costs patience (fails on purpose)" file="front_desk.yaml" line="80">
      <failure type="scenario-test" message="front_desk.yaml:82: after 'Hmm.': expected state 'listening', got 'greeting'">front_desk.yaml:82: after 'Hmm.': expected state 'listening', got 'greeting'
front_desk.yaml:84: after 'Okay.': expected mistakes ['apology'], got ['ignored-question', 'no-introduction']
front_desk.yaml:80: expected outcome 'success', got 'no ending'</failure>
    </testcase>
  </testsuite>
</testsuites>
"""


def test_junit_writes_a_suite_per_scenario_and_a_case_per_test(desk):
    code, out, _ = run(["test", FILE, "--junit", "report.xml"], desk)
    report = (desk / "report.xml").read_text(encoding="utf-8")
    assert report == JUNIT_GOLDEN
    assert out.endswith("2 passed, 1 failed\n")  # the text report is printed as well
    assert code == 1


def test_the_junit_report_is_valid_against_the_junit_schema(desk):
    run(["test", FILE, "--junit", "report.xml"], desk)
    SCHEMA.validate(str(desk / "report.xml"))


def test_todays_stricter_schema_objects_only_to_the_file_and_line_of_each_case(desk):
    run(["test", FILE, "--junit", "report.xml"], desk)
    objections = {
        (error.elem.tag, error.reason) for error in CURRENT.iter_errors(str(desk / "report.xml"))
    }
    assert objections == {
        ("testcase", "'file' attribute not allowed for element"),
        ("testcase", "'line' attribute not allowed for element"),
    }


def test_a_broken_scenario_is_one_errored_case_and_still_valid(desk):
    (desk / "broken.yaml").write_text("title: [\n", encoding="utf-8")
    code, _, _ = run(["test", FILE, "broken.yaml", "--junit", "report.xml"], desk)
    report = (desk / "report.xml").read_text(encoding="utf-8")
    SCHEMA.validate(str(desk / "report.xml"))
    assert code == 2
    assert '<testsuites name="roleplay test" tests="4" failures="1" errors="1">' in report
    assert (
        '<testsuite name="broken" tests="1" failures="0" errors="1" skipped="0" file="broken.yaml">'
        in report
    )
    assert (
        '<testcase classname="broken" name="the scenario loads" file="broken.yaml" line="2">'
        in report
    )
    assert '<error type="broken-scenario" message="YAML syntax error:' in report


def test_tests_left_out_by_k_are_counted_as_skipped_and_not_listed(desk):
    run(["test", FILE, "-k", "meeting", "--junit", "report.xml"], desk)
    report = (desk / "report.xml").read_text(encoding="utf-8")
    SCHEMA.validate(str(desk / "report.xml"))
    assert 'tests="1" failures="0" errors="0" skipped="2"' in report
    assert report.count("<testcase ") == 1


def test_characters_xml_cannot_hold_are_shown_not_written(desk):
    # A file name is the one piece of text a scenario cannot refuse: roleplay validate
    # refuses control characters in everything written inside it.
    evil = "front\x1b[2J\x07desk.yaml"
    shutil.copy(FIXTURE, desk / evil)
    code, _, _ = run(["test", evil, "--junit", "report.xml"], desk)
    report = (desk / "report.xml").read_text(encoding="utf-8")
    SCHEMA.validate(str(desk / "report.xml"))  # it parses: no raw control character
    assert code == 2  # the file name holds a control character: the scenario is broken
    assert 'file="front␛[2J␇desk.yaml"' in report
    assert "\x1b" not in report and "\x07" not in report


@pytest.mark.parametrize(
    ("text", "safe"),
    [
        ("plain text, é and 日本", "plain text, é and 日本"),
        ("tab\tand newline\nare allowed", "tab\tand newline\nare allowed"),
        ("escape \x1b[31m", "escape ␛[31m"),
        ("nul \x00 and bell \x07", "nul ␀ and bell ␇"),
        ("vertical tab \x0b, form feed \x0c", "vertical tab ␋, form feed ␌"),
        ("a lone surrogate \ud800", "a lone surrogate \\ud800"),
        ("not characters \ufffe\uffff", "not characters \\ufffe\\uffff"),
    ],
)
def test_xml_safe_replaces_only_what_xml_1_0_forbids(text, safe):
    assert xml_safe(text) == safe


def test_junit_to_a_folder_that_does_not_exist_is_a_one_line_error(desk):
    code, out, err = run(["test", FILE, "--junit", "no/such/dir/report.xml"], desk)
    assert code == 2
    assert err.startswith("roleplay: error: no/such/dir/report.xml: cannot write:")
    assert err.count("\n") == 1


@pytest.mark.parametrize("flag", [["--append"], ["--name", "x"]])
def test_record_options_without_record_are_usage_errors(desk, flag):
    code, _, err = run(["test", FILE, *flag], desk)
    assert code == 2
    assert err == f"roleplay: error: {flag[0]} goes with --record SESSION\n"


def test_a_plain_run_does_not_import_xml_or_json():
    import subprocess
    import sys

    code = (
        "import sys, io\n"
        "from roleplay.cli import main\n"
        "from roleplay.environment import Environment\n"
        f"main(['test', {str(FIXTURE)!r}], Environment(stdout=io.StringIO()))\n"
        "print(sorted(m for m in sys.modules if m.startswith(('xml', 'json'))))\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True
    )
    assert proc.stdout.strip() == "[]"


def test_the_json_example_in_the_authoring_guide_is_real_output(tmp_path):
    from roleplay.commands.new import render

    text = render("dental_office", "dental_office.yaml")
    head, tests = text.split("\ntests:\n", 1)
    tests = tests.replace("        state: interested\n", "        state: booked\n", 1)
    (tmp_path / "scenarios").mkdir()
    (tmp_path / "scenarios" / "dental_office.yaml").write_text(
        f"{head}\ntests:\n{tests}", encoding="utf-8"
    )
    command = "roleplay test scenarios/dental_office.yaml --json -k propose"
    guide = (ROOT / "docs" / "authoring.md").read_text(encoding="utf-8")
    shown = guide.split(f"$ {command}\n", 1)[1].split("```", 1)[0]
    code, out, _ = run(command.split()[1:], tmp_path)
    assert (out, code) == (shown, 1)


def test_a_very_long_k_is_shortened_in_the_message(desk):
    code, _, err = run(["test", FILE, "-k", "x" * 1_000_000], desk)
    assert code == 2
    assert err == (
        f"roleplay: error: -k '{'x' * 57}...' selects none of the 3 tests "
        "(without -k, 'roleplay test' lists them all)\n"
    )
