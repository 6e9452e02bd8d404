"""``roleplay test --record SESSION``: a call that went wrong, kept as a regression test.

End to end: a call is played with ``roleplay run`` and saved, made into a test, and that
test passes under ``roleplay test``. Appending keeps the scenario file as it was written,
byte for byte, around the new test.
"""

from __future__ import annotations

import io
from datetime import datetime, timezone
from pathlib import Path

import pytest

from roleplay.authoring.parse import parse_scenario, parse_tests_text
from roleplay.authoring.record import append_test, record, render_test
from roleplay.cli import main
from roleplay.commands.new import render as new_scenario
from roleplay.dialogue.scenario import ScenarioTest
from roleplay.dialogue.scenario import TestStep as Step  # not collected as a test class
from roleplay.environment import Environment
from roleplay.errors import ScenarioError
from roleplay.storage import load_transcript

NOW = datetime(2024, 5, 10, 14, 0, 0, tzinfo=timezone.utc)
DESK = new_scenario("desk", "desk.yaml")  # the file 'roleplay new desk' writes

GOOD = (
    "Hi Robin, this is Sam from Remindly, I'm calling about missed appointments.\n"
    "How do you remind patients about their appointments today?\n"
    "Could we look at it together on Thursday at ten, for fifteen minutes?\n"
)


def cli(args: list[str], cwd: Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    env = Environment(
        stdout=out, stderr=err, cwd=cwd, environ={}, now=lambda: NOW, user=lambda: "sam"
    )
    code = main(args, env)
    return code, out.getvalue(), err.getvalue()


def play(folder: Path, lines: str, *options: str) -> Path:
    """Play ``lines`` on ./scenarios/desk.yaml with 'roleplay run' and return the session."""
    (folder / "call.txt").write_text(lines, encoding="utf-8")
    code, _, err = cli(
        ["run", "desk", "--script", "call.txt", "--transcripts", "t", *options], folder
    )
    assert code == 0, err
    [session] = (folder / "t").glob("*.jsonl")
    return session.relative_to(folder)


@pytest.fixture
def desk(tmp_path: Path) -> Path:
    (tmp_path / "scenarios").mkdir()
    (tmp_path / "scenarios" / "desk.yaml").write_text(DESK, encoding="utf-8")
    return tmp_path


def test_a_played_call_becomes_a_test_that_passes(desk):
    session = play(desk, GOOD, "--seed", "3")
    code, printed, _ = cli(["test", "--record", str(session)], desk)
    assert code == 0
    assert printed == (
        f"  # recorded by 'roleplay test --record' from {session}\n"
        '  - name: "recorded call: sam, 2024-05-10 14:00 (seed 3)"\n'
        "    seed: 3\n"
        "    difficulty: easy\n"
        "    steps:\n"
        '      - say: "Hi Robin, this is Sam from Remindly, I\'m calling about missed appointments."\n'
        "        state: listening\n"
        "        intent: introduce\n"
        "        mistakes: []\n"
        '      - say: "How do you remind patients about their appointments today?"\n'
        "        state: interested\n"
        "        intent: ask_about_her\n"
        "        mistakes: []\n"
        '      - say: "Could we look at it together on Thursday at ten, for fifteen minutes?"\n'
        "        state: booked\n"
        "        intent: propose_meeting\n"
        "        mistakes: []\n"
        "    outcome: success\n"
        "    score: {min: 100, max: 100}\n"
    )
    code, out, _ = cli(["test", "--record", str(session), "--append"], desk)
    assert (code, out) == (
        0,
        "Added the test 'recorded call: sam, 2024-05-10 14:00 (seed 3)' to scenarios/desk.yaml:"
        f"{DESK.count(chr(10)) + 2}.\nRun it: roleplay test scenarios/desk.yaml\n",
    )
    text = (desk / "scenarios" / "desk.yaml").read_text(encoding="utf-8")
    assert text == DESK + printed  # the file as it was, and the test after its last one
    code, out, _ = cli(["test", "desk"], desk)
    assert out.splitlines()[-2:] == [
        "PASS desk: recorded call: sam, 2024-05-10 14:00 (seed 3)",
        "3 passed, 0 failed",
    ]
    assert code == 0


@pytest.mark.parametrize(
    ("lines", "options", "ending"),
    [
        pytest.param(GOOD, [], ["    outcome: success", "    score: {min: 100, max: 100}"], id="success"),
        pytest.param("Hmm.\nOkay.\nHmm.\n", ["--difficulty", "hard"], ["    outcome: failure", "    score: {min: 0, max: 0}"], id="hung up, at hard"),
        pytest.param(GOOD.split("\n")[0] + "\n", [], ["    score: {min: 90, max: 90}"], id="script ended mid-call: no outcome"),
    ],
)  # fmt: skip
def test_the_test_expects_what_happened_however_the_call_ended(desk, lines, options, ending):
    session = play(desk, lines, "--seed", "8", *options)
    code, printed, _ = cli(["test", "--record", str(session), "--append", "--name", "kept"], desk)
    assert code == 0
    assert printed.startswith("Added the test 'kept' to scenarios/desk.yaml:")
    added = (desk / "scenarios" / "desk.yaml").read_text(encoding="utf-8")[len(DESK) :]
    assert added.splitlines()[-len(ending) :] == ending
    if options:
        assert "    difficulty: hard" in added.splitlines()
    code, out, _ = cli(["test", "desk", "-k", "kept"], desk)
    assert (code, out) == (0, "PASS desk: kept\n1 passed, 0 failed, 2 deselected\n")


def test_an_unfinished_session_records_the_lines_that_were_answered(desk):
    session = desk / play(desk, GOOD, "--seed", "3")
    records = session.read_text(encoding="utf-8").splitlines()
    # Killed while the prospect 'thought' about the last line: no answer, no end record.
    typed_last = next(i for i, r in enumerate(records) if "Could we look" in r)
    session.write_text("\n".join(records[: typed_last + 1]) + "\n", encoding="utf-8")
    code, printed, _ = cli(["test", "--record", str(session.relative_to(desk))], desk)
    assert code == 0
    assert "Could we look" not in printed
    assert printed.endswith(
        "        state: interested\n        intent: ask_about_her\n        mistakes: []\n"
    )


def test_a_session_that_no_longer_replays_is_refused_with_the_first_difference(desk):
    session = play(desk, GOOD, "--seed", "3")
    changed = DESK.replace(
        "      - {intent: ask_about_her, to: interested, reply: no_shows}",
        "      - {intent: ask_about_her, to: listening, reply: no_shows}",
    )
    assert changed != DESK
    (desk / "scenarios" / "desk.yaml").write_text(changed, encoding="utf-8")
    code, out, err = cli(["test", "--record", str(session), "--append"], desk)
    line = next(
        n
        for n, r in enumerate((desk / session).read_text(encoding="utf-8").splitlines(), 1)
        if '"How do you remind' in r
    )
    assert (code, out) == (2, "")
    assert err == (
        f"roleplay: error: {session}:{line}: this call no longer replays the same on "
        "scenarios/desk.yaml (has the scenario changed since it was played?): after 'How do "
        "you remind patients about thei...': the session recorded state 'interested'; the "
        "scenario now gives 'listening'\n"
    )
    assert (desk / "scenarios" / "desk.yaml").read_text(encoding="utf-8") == changed


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--record", "call.txt"], "call.txt: not a saved practice session (the .jsonl file 'practice', 'run' or 'exam' saves)"),
        (["gatekeeper", "--record", "SESSION"], "SESSION: the session is a call on 'desk', not on 'gatekeeper' (GATEKEEPER)"),
        (["scenarios", "--record", "SESSION"], "--record makes a test for one scenario; name one file, not a folder"),
        (["desk", "sleepy_skeptic", "--record", "SESSION"], "--record makes a test for one scenario; name at most one"),
        (["--record", "SESSION", "-k", "x"], "-k does not go with --record"),
        (["--record", "SESSION", "--json"], "--json does not go with --record"),
        (["--record", "SESSION", "--junit", "r.xml"], "--junit does not go with --record"),
        (["--record", "missing.jsonl"], "missing.jsonl: no such file"),
    ],
)  # fmt: skip
def test_what_cannot_be_recorded_is_a_one_line_error(desk, args, message):
    session = str(play(desk, GOOD, "--seed", "3"))
    (desk / "scenarios" / "other.yaml").write_text(DESK, encoding="utf-8")
    (desk / "call.txt").write_text("Rep: hello\nProspect: hi\n", encoding="utf-8")
    gatekeeper = Path(__file__).resolve().parent.parent / "scenarios" / "gatekeeper.yaml"
    code, out, err = cli([a.replace("SESSION", session) for a in ["test", *args]], desk)
    expected = message.replace("SESSION", session).replace("GATEKEEPER", str(gatekeeper))
    assert (code, out, err) == (2, "", f"roleplay: error: {expected}\n")


def test_appending_to_a_built_in_scenario_found_by_id_is_refused(tmp_path):
    (tmp_path / "call.txt").write_text("Hi, is Anita there?\n", encoding="utf-8")
    cli(
        ["run", "gatekeeper", "--script", "call.txt", "--transcripts", "t", "--seed", "1"], tmp_path
    )
    [session] = (tmp_path / "t").glob("*.jsonl")
    code, _, err = cli(["test", "--record", str(session), "--append"], tmp_path)
    assert code == 2
    assert err == (
        "roleplay: error: 'gatekeeper' is a built-in scenario; copy it to ./scenarios to keep "
        "tests of your own, or name the file to add the test to\n"
    )
    code, out, _ = cli(["test", "--record", str(session)], tmp_path)  # printing is fine
    assert code == 0 and out.startswith("  # recorded by")


# -- appending as text -------------------------------------------------------------

NEW = ScenarioTest(
    name="kept",
    steps=(Step(say="How do you remind patients?", state="interested"),),
    seed=3,
)
ITEM = render_test(NEW, 2)  # '  - name: kept' ... at two spaces


def _base(tests: str, after: str = "") -> str:
    """DESK with its tests replaced by ``tests`` and ``after`` following them."""
    head = DESK.split("\n# Tests:", 1)[0]
    return f"{head}\n{tests}{after}"


LAYOUTS = [
    pytest.param(
        _base("tests:\n  - name: first\n    steps: [\"hello\"]\n    state: greeting\n", "\n# the end of the file\n"),
        "tests:\n  - name: first\n    steps: [\"hello\"]\n    state: greeting\n" + ITEM,
        id="after the last test, before the comments that follow it",
    ),
    pytest.param(
        _base("tests:\n  - name: first\n    steps: [\"hello\"]\n    state: greeting   # stays put\n\n", "max_turns: 20\ntimeout: ended_early\n"),
        "    state: greeting   # stays put\n" + ITEM + "\nmax_turns: 20\n",
        id="in the middle of the file, before the next key",
    ),
    pytest.param(
        _base("tests:\n    -   name: first\n        steps: [\"hello\"]\n"),
        "        steps: [\"hello\"]\n" + render_test(NEW, 4),
        id="the list's own indentation",
    ),
    pytest.param(
        _base("tests:\n- name: first\n  steps:\n    - say: |\n        hello\n"),
        "        hello\n" + render_test(NEW, 0),
        id="a list at column 0 ending in a block of text",
    ),
    pytest.param(
        _base("tests:   # none yet\n", "max_turns: 20\ntimeout: ended_early\n"),
        "tests:   # none yet\n" + ITEM + "max_turns: 20\n",
        id="an empty 'tests:'",
    ),
    pytest.param(
        _base("# no tests\n"),
        "# no tests\n\ntests:\n" + ITEM,
        id="no tests yet: a list at the end",
    ),
    pytest.param(
        _base("# no tests, and no newline at the end"),
        "# no tests, and no newline at the end\n\ntests:\n" + ITEM,
        id="no newline at the end of the file",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "around"), LAYOUTS)
def test_the_test_is_added_as_text_and_nothing_else_changes(text, around):
    new, line, item = append_test(text, "desk.yaml", NEW)
    assert around in new  # where it went
    inserted = item if "tests:" in text else "\ntests:\n" + item
    at = new.index(inserted)
    # Take it out again, and the file is what it was (with a last newline).
    assert new[:at] + new[at + len(inserted) :] == text.removesuffix("\n") + "\n"
    assert new.splitlines()[line - 1].lstrip() == "- name: kept"
    scenario = parse_scenario(new, "desk.yaml")
    assert scenario.tests[-1].name == "kept"


def test_windows_line_endings_are_kept():
    text = _base('tests:\n  - name: first\n    steps: ["hello"]\n').replace("\n", "\r\n")
    new, _, _ = append_test(text, "desk.yaml", NEW)
    assert new.startswith(text)
    assert "\n" not in new.replace("\r\n", "")
    assert parse_scenario(new, "desk.yaml").tests[-1].name == "kept"


@pytest.mark.parametrize("tests", ["tests: []\n", "tests: [{name: a, steps: [hi]}]\n"])
def test_tests_written_on_one_line_cannot_be_added_to(tests):
    text = _base(tests)
    with pytest.raises(ScenarioError) as error:
        append_test(text, "desk.yaml", NEW)
    line = text.splitlines().index(tests.rstrip("\n")) + 1
    assert str(error.value).startswith(f"desk.yaml:{line}:8: 'tests' is not a list written one")


@pytest.mark.parametrize(
    "said",
    [
        'she said "no" and hung up',
        "a back\\slash, a tab\tand 'quotes'",
        "yes",
        "no",
        "null",
        "3",
        "- a dash first",
        "# not a comment",
        "an emoji 😀 and an accent é",
        "a line\u2028separator",
    ],
)
def test_what_the_trainee_said_reads_back_exactly(said):
    test = ScenarioTest(name=said, steps=(Step(say=said, state="listening"),))
    tests, problems = parse_tests_text("tests:\n" + render_test(test), "t.yaml")
    assert (tests[0].name, tests[0].steps[0].say, problems) == (said, said, [])


def test_record_refuses_a_real_call_transcript(desk):
    (desk / "call.txt").write_text("Rep: hello\nProspect: hi\n", encoding="utf-8")
    scenario = parse_scenario(DESK, "scenarios/desk.yaml", default_id="desk")
    with pytest.raises(Exception, match="not a saved practice session"):
        record(load_transcript(desk / "call.txt", "call.txt"), scenario, DESK)


def test_a_line_with_a_control_character_is_refused_at_its_line(desk):
    session = play(desk, "Hi Robin \x1b[2J this is Sam\n", "--seed", "3")
    code, out, err = cli(["test", "--record", str(session)], desk)
    line = next(
        n
        for n, r in enumerate((desk / session).read_text(encoding="utf-8").splitlines(), 1)
        if "Hi Robin" in r  # where the line was typed: the turn's first record
    )
    assert (code, out) == (2, "")
    assert err == (
        f"roleplay: error: {session}:{line}: this line holds the control character U+001B, "
        "which a scenario test cannot hold; remove it from the session to record the call\n"
    )


def test_the_examples_in_the_authoring_guide_are_real_output(tmp_path):
    guide = (Path(__file__).resolve().parent.parent / "docs" / "authoring.md").read_text(
        encoding="utf-8"
    )
    shown_session = "transcripts/20240510-140000_dental-office_sam_3f2a1b.jsonl"
    (tmp_path / "scenarios").mkdir()
    scenario = tmp_path / "scenarios" / "dental_office.yaml"
    scenario.write_text(new_scenario("dental_office", "dental_office.yaml"), encoding="utf-8")
    (tmp_path / "call.txt").write_text(GOOD, encoding="utf-8")
    cli(
        ["run", "dental_office", "--script", "call.txt", "--seed", "3", "--trainee", "sam"],
        tmp_path,
    )
    [session] = (tmp_path / "transcripts").glob("*.jsonl")
    (tmp_path / shown_session).write_bytes(session.read_bytes())  # the name the guide shows

    command = f"roleplay test --record {shown_session}"
    printed, refused = (part.split("```", 1)[0] for part in guide.split(f"$ {command}\n")[1:3])
    assert cli(command.split()[1:], tmp_path)[1] == printed
    scenario.write_text(
        scenario.read_text(encoding="utf-8").replace(
            "{intent: ask_about_her, to: interested,", "{intent: ask_about_her, to: listening,", 1
        ),
        encoding="utf-8",
    )
    assert cli(command.split()[1:], tmp_path)[2] == refused


def test_what_a_scenario_test_cannot_hold_is_refused_before_anything_is_written(desk):
    big_seed = play(desk, GOOD, "--seed", "99999999999")
    code, _, err = cli(["test", "--record", str(big_seed)], desk)
    assert (code, err) == (
        2,
        f"roleplay: error: {big_seed}: the session's seed 99999999999 is larger than a "
        "scenario test can hold (-1000000000 to 1000000000)\n",
    )
    code, _, err = cli(["test", "--record", str(big_seed), "--name", " \t "], desk)
    assert (code, err) == (
        2,
        "roleplay: error: the test's name must be text, without control characters\n",
    )


def test_appending_over_the_limit_of_tests_is_refused_and_the_file_kept(desk):
    session = play(desk, GOOD, "--seed", "3")
    first_test = DESK.split("\ntests:\n", 1)[1].split("  - name: asking", 1)[0]
    full = DESK + first_test * 98  # 100 tests: the most a scenario may have
    (desk / "scenarios" / "desk.yaml").write_text(full, encoding="utf-8")
    code, out, err = cli(["test", "--record", str(session), "--append"], desk)
    assert (code, out) == (2, "")
    assert err.startswith(
        f"roleplay: error: scenarios/desk.yaml:{full.count(chr(10)) + 2}:5: with the test "
        "added the scenario would not load: too many tests (101); at most 100 are allowed"
    )
    assert (desk / "scenarios" / "desk.yaml").read_text(encoding="utf-8") == full
