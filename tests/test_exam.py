"""``roleplay exam``: a trainer's fixed calls, played in exam mode and saved as one result.

The calls are driven in-process through a prompt_toolkit pipe, as in ``test_session.py``.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from review_fixtures import sessions_table
from test_session import CLOSE, CTRL_D, ENTER, NOW, OPENER, QUESTION, lines, run_cli

from roleplay.cli import main
from roleplay.dialogue.exam import CallResult, ExamResult
from roleplay.environment import Environment
from roleplay.library import list_scenarios
from roleplay.session import NO_HINTS
from roleplay.storage import load_transcript

ROOT = Path(__file__).resolve().parent.parent

EXAM = """\
format: 1
title: Week 1 - first calls
pass_mark: 70
calls:
  - {scenario: sleepy_skeptic, difficulty: normal, seed: 41}
  - {scenario: sleepy_skeptic, difficulty: hard, seed: 7, pass_mark: 50}
"""

GOOD_CALL = lines(OPENER, QUESTION, CLOSE)
PITCH = "We have automatic material pricing, real-time job costing dashboards, and a mobile app for the shop floor."


def write_exam(tmp_path: Path, text: str = EXAM, name: str = "week1.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def take(tmp_path: Path, keys: list[str], trainee: str = "dana") -> tuple[int, str, str]:
    """``roleplay exam week1.yaml --trainee TRAINEE`` with ``keys`` typed."""
    return run_cli(tmp_path, keys, ["exam", "week1.yaml", "--trainee", trainee])


def sessions(tmp_path: Path) -> list[Path]:
    """The sessions saved, in the order of the exam's calls."""
    found = (tmp_path / "transcripts").glob("*.jsonl")
    return sorted(found, key=lambda p: load_transcript(p).meta["exam_call"])


def the_result(tmp_path: Path) -> dict:
    (path,) = sorted((tmp_path / "transcripts" / "exams").glob("*.json"))
    return json.loads(path.read_text(encoding="utf-8"))


def cli(tmp_path: Path, *argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    env = Environment(stdout=out, stderr=err, environ={}, cwd=tmp_path, now=lambda: NOW)
    code = main(list(argv), env=env)
    return code, out.getvalue(), err.getvalue()


# --- the exam file -------------------------------------------------------------------------

BROKEN = """\
format: 1
title: 3
pass_mark: 140
calls:
  - {scenario: sleepy_skeptic, seed: x}
  - {scenario: no_such_prospect, seed: 2}
  - {scenario: gatekeeper, difficulty: medium, seed: 1, colour: red}
  - {difficulty: easy, seed: 4}
"""


def test_every_error_in_an_exam_file_is_given_with_its_line(tmp_path):
    write_exam(tmp_path, BROKEN)
    code, out, _ = cli(tmp_path, "validate", "week1.yaml")
    assert code == 1
    assert out.splitlines() == [
        "week1.yaml:2:8: error: title must be text, but YAML read a number; put it in quotes",
        "week1.yaml:3:12: error: pass_mark must be from 0 to 100, not 140",
        "week1.yaml:5:38: error: seed must be a whole number, not text",
        "week1.yaml:6:16: error: call 2: unknown scenario 'no_such_prospect' "
        f"(known: {', '.join(info.id for info in list_scenarios(tmp_path))})",
        "week1.yaml:7:40: error: difficulty 'medium' must be one of easy, normal, hard "
        "(leave it out for the scenario's own)",
        "week1.yaml:7:57: error: unknown key 'colour' in call 3 (expected one of: scenario, difficulty, seed, pass_mark)",
        "week1.yaml:8:5: error: call 4 needs a scenario (an id or a path to a .yaml file)",
        "1 file, 7 errors, 0 warnings",
    ]


@pytest.mark.parametrize(
    ("text", "error"),
    [
        (
            "title: T\ncalls: []\npass_mark: 50\n",
            "week1.yaml:2:8: error: calls must list at least one call",
        ),
        (
            "title: T\ncalls:\n  - {scenario: gatekeeper}\n",
            "week1.yaml:1:1: error: pass_mark is required",
        ),
        (
            "title: T\npass_mark: 50\ncalls:\n  - {scenario: gatekeeper}\n",
            "week1.yaml:4:5: error: call 1 needs a seed",
        ),
        (
            "title: T\npass_mark: 50\ncalls:\n  - gatekeeper\n",
            "week1.yaml:4:5: error: call 1 must be a mapping",
        ),
        (
            "title: T\npass_mark: 50\ncalls: [{scenario: gatekeeper, seed: 1}]\ncalls: []\n",
            "week1.yaml:4:1: error: duplicate key 'calls'",
        ),
    ],
)
def test_exam_file_mistakes(tmp_path, text, error):
    write_exam(tmp_path, text)
    code, out, _ = cli(tmp_path, "validate", "week1.yaml")
    assert code == 1
    assert out.splitlines()[0].startswith(error)


def test_exam_check_and_a_broken_exam_is_one_line_without_a_traceback(tmp_path):
    write_exam(tmp_path)
    assert cli(tmp_path, "exam", "week1.yaml", "--check") == (
        0,
        "week1.yaml: exam 'Week 1 - first calls', 2 calls, pass mark 70: OK\n",
        "",
    )
    write_exam(tmp_path, BROKEN)
    code, out, _ = cli(tmp_path, "exam", "week1.yaml", "--check")
    assert code == 1 and out.endswith("week1.yaml: 7 errors\n")
    code, out, err = cli(tmp_path, "exam", "week1.yaml", "--trainee", "dana")
    assert code == 2 and "Traceback" not in err
    assert err == (
        "roleplay: error: week1.yaml:2:8: title must be text, but YAML read a number; put it "
        "in quotes (and 6 more; run 'roleplay validate')\n"
    )


def test_a_scenario_path_in_an_exam_is_relative_to_the_exam_file(tmp_path):
    (tmp_path / "team").mkdir()
    scenario = (ROOT / "scenarios" / "gatekeeper.yaml").read_text(encoding="utf-8")
    (tmp_path / "team" / "front_desk.yaml").write_text(scenario, encoding="utf-8")
    exam = "title: T\npass_mark: 50\ncalls:\n  - {scenario: front_desk.yaml, seed: 1}\n"
    write_exam(tmp_path / "team", exam)
    assert cli(tmp_path, "validate", "team/week1.yaml")[0] == 0


def test_the_example_exam_is_valid_and_never_listed_as_a_scenario(tmp_path):
    code, out, _ = cli(ROOT, "validate", "examples/week1-exam.yaml")
    assert (code, out) == (0, "1 file, 0 errors, 0 warnings\n")
    code, out, _ = cli(ROOT, "scenarios")
    assert "week1" not in out


# --- playing an exam -----------------------------------------------------------------------


def test_an_exam_played_through_saves_each_call_and_one_result(tmp_path):
    write_exam(tmp_path)
    code, screen, err = take(tmp_path, [ENTER, *GOOD_CALL, ENTER, *lines(PITCH)])
    assert (code, err) == (0, "")
    first, second = (load_transcript(p) for p in sessions(tmp_path))
    # Each call is a normal session that says it was an exam call.
    for k, t in enumerate((first, second), 1):
        assert t.meta["mode"] == "exam"
        assert (t.meta["exam"], t.meta["exam_file"]) == ("Week 1 - first calls", "week1.yaml")
        assert (t.meta["exam_call"], t.meta["exam_calls"]) == (k, 2)
    assert (first.seed, first.difficulty, first.outcome) == (41, "normal", "success")
    assert (second.seed, second.difficulty, second.outcome) == (7, "hard", "failure")

    result = the_result(tmp_path)
    scores = [first.scorecard.score, second.scorecard.score]
    assert [c["score"] for c in result["calls"]] == scores
    assert [c["session"] for c in result["calls"]] == [
        f"transcripts/{p.name}" for p in sessions(tmp_path)
    ]
    assert [(c["scenario"], c["difficulty"], c["seed"]) for c in result["calls"]] == [
        ("sleepy_skeptic", "normal", 41),
        ("sleepy_skeptic", "hard", 7),
    ]
    assert result["average"] == round(sum(scores) / 2, 1)
    assert (result["trainee"], result["file"], result["pass_mark"]) == ("dana", "week1.yaml", 70)
    assert (result["started"], result["ended"]) == (NOW.isoformat(), NOW.isoformat())
    assert result["complete"] is True and result["passed"] is False
    # The result screen: each call, the average, the verdict.
    assert "Exam: Week 1 - first calls  (trainee dana)" in screen
    assert f"Average {sum(scores) / 2:.0f}/100 (pass mark 70)" in screen
    assert "\nFAIL" in screen
    assert "Saved: transcripts/exams/" in screen


def test_a_good_exam_passes(tmp_path):
    write_exam(tmp_path, EXAM.replace("pass_mark: 50", "pass_mark: 0").replace("70", "40"))
    take(tmp_path, [ENTER, *GOOD_CALL, ENTER, *GOOD_CALL])
    result = the_result(tmp_path)
    assert result["average"] >= 40 and result["passed"] is True


@pytest.mark.parametrize(
    ("scores", "marks", "pass_mark", "verdict"),
    [
        ((80, 60), (None, None), 70, "PASS"),  # the average is what counts
        ((80, 59), (None, None), 70, "PASS"),  # 69.5 is shown as 70, and passes as 70
        ((80, 58), (None, None), 70, "FAIL"),
        ((90, 60), (None, 65), 70, "FAIL"),  # a call under its own pass mark fails the exam
        ((90, None), (None, None), 40, "INCOMPLETE"),  # a call not played counts 0, and fails
    ],
)
def test_the_result_arithmetic(scores, marks, pass_mark, verdict):
    calls = tuple(
        CallResult("s", "normal", 1, score=s, pass_mark=m)
        for s, m in zip(scores, marks, strict=True)
    )
    result = ExamResult("T", "t.yaml", "dana", "", "", pass_mark, calls)
    assert result.verdict == verdict
    assert result.passed is (verdict == "PASS")


def test_two_trainees_face_identical_prospects(tmp_path):
    write_exam(tmp_path)
    said = [ENTER, *lines("hello?", QUESTION, "/quit"), ENTER, *lines("hi", "who is this")]
    (tmp_path / "a").mkdir()
    write_exam(tmp_path / "a")
    (tmp_path / "b").mkdir()
    write_exam(tmp_path / "b")
    take(tmp_path / "a", said, "dana")
    take(tmp_path / "b", said, "lee")

    def prospect_lines(folder: Path) -> list[list[str]]:
        return [
            [t.text for t in load_transcript(p).turns if not t.is_rep] for p in sessions(folder)
        ]

    dana, lee = prospect_lines(tmp_path / "a"), prospect_lines(tmp_path / "b")
    assert dana == lee and len(dana) == 2 and all(dana)
    assert [load_transcript(p).trainee for p in sessions(tmp_path / "b")] == ["lee", "lee"]


def test_quitting_mid_exam_keeps_the_calls_played_and_fails_the_exam(tmp_path):
    write_exam(tmp_path)
    # The first call, then Ctrl-D at "Press Enter to dial" for the second.
    code, screen, _ = take(tmp_path, [ENTER, *GOOD_CALL, CTRL_D])
    assert code == 0
    (played,) = sessions(tmp_path)
    assert load_transcript(played).finished
    result = the_result(tmp_path)
    assert [c["score"] is not None for c in result["calls"]] == [True, False]
    assert result["calls"][1]["session"] is None and result["calls"][1]["seed"] == 7
    assert result["complete"] is False and result["passed"] is False
    assert result["average"] == round(result["calls"][0]["score"] / 2, 1)
    assert "INCOMPLETE" in screen and "1 of 2 calls played" in screen


def test_an_exam_has_no_mistake_flags_no_hints_and_no_moods(tmp_path):
    write_exam(tmp_path)
    keys = [ENTER, *lines("/hint", "I'm not trying to sell you anything.", "/help", "/quit")]
    _, screen, _ = take(tmp_path, [*keys, CTRL_D])
    assert NO_HINTS in screen and "hint: " not in screen
    assert "⚑" not in screen  # no flag under the line...
    t = load_transcript(sessions(tmp_path)[0])
    assert "not-selling-disclaimer" in t.scorecard.codes  # ...but it is scored
    assert "patience" not in screen  # the toolbar shows no moods
    assert "Exam: Week 1 - first calls · call 1 of 2" in screen
    assert "a nudge" not in screen  # not offered in the briefing or /help either
    assert "hang up this call (also Ctrl-D); the exam goes on to the next" in screen


# --- the exam in review, show and report -----------------------------------------------------


def test_review_show_and_the_report_show_the_exam(tmp_path):
    write_exam(tmp_path)
    take(tmp_path, [ENTER, *GOOD_CALL, ENTER, *lines(PITCH)])
    result = the_result(tmp_path)

    code, out, err = cli(tmp_path, "review")
    assert (code, err) == (0, "")
    # the two calls are sessions, the result is not
    assert sessions_table(out).count("sleepy_skeptic") == 2
    exams = out.split("\nExams\n", 1)[1].splitlines()
    assert exams[0].split() == ["date", "trainee", "exam", "average", "result", "calls"]
    assert exams[1].split() == [
        "2024-05-10",
        "22:30",
        "dana",
        "Week",
        "1",
        "-",
        "first",
        "calls",
        f"{result['average']:.0f}",
        "FAIL",
        "2/2",
    ]

    code, out, _ = cli(tmp_path, "review", "--json")
    (exam,) = json.loads(out)["exams"]
    assert exam["title"] == "Week 1 - first calls" and exam["passed"] is False
    assert exam["result_file"].startswith("transcripts/exams/")
    assert cli(tmp_path, "review", "--trainee", "lee", "--json")[1].count('"exams": []') == 1

    code, out, _ = cli(tmp_path, "show", str(sessions(tmp_path)[0]))
    assert "exam: Week 1 - first calls (call 1 of 2)" in out

    code, out, _ = cli(tmp_path, "report", "--html", "report.html")
    page = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert '<h2 id="exams">Exams</h2>' in page and 'id="exams-table"' in page
    assert "Week 1 - first calls" in page and "<b>FAIL</b>" in page
    assert 'href="#s-' in page.split('id="exams-table"', 1)[1].split("</table>", 1)[0]


def test_a_bad_result_file_is_a_warning_and_the_review_goes_on(tmp_path):
    folder = tmp_path / "transcripts" / "exams"
    folder.mkdir(parents=True)
    (folder / "broken.json").write_text("{", encoding="utf-8")
    (folder / "other.json").write_text('{"format": "something"}', encoding="utf-8")
    code, out, err = cli(tmp_path, "review")
    assert code == 0
    assert "transcripts/exams/broken.json: invalid JSON; skipped" in err
    assert "transcripts/exams/other.json: not a roleplay exam result; skipped" in err


@pytest.mark.parametrize(
    ("target", "message"),
    [
        ("missing.yaml", "no such exam file"),
        (".", "not an exam file"),
        ("/dev/null", "not an exam file"),
    ],
)
def test_an_exam_that_is_not_a_file_is_a_one_line_error(tmp_path, target, message):
    code, out, err = cli(tmp_path, "exam", target, "--trainee", "dana")
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1 and message in err and "Traceback" not in err
