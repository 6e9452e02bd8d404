"""The issue's "done when": twenty sessions by three trainees, played for real, give a
``review`` and a report that name who needs coaching on what.

The sessions come from ``tests/team_sessions.py``: each played by ``roleplay run`` (the
engine, the scorer and the session writer), so this runs from a fresh clone with nothing
but the code.
"""

from __future__ import annotations

import json
import re

import pytest
from review_fixtures import run_cli
from team_sessions import TEAM, write_team_sessions


@pytest.fixture(scope="module")
def team(tmp_path_factory):
    root = tmp_path_factory.mktemp("team")
    paths = write_team_sessions(root / "transcripts", "weeks")
    return root, paths


def test_twenty_sessions_by_three_trainees_are_written_by_the_real_writer(team):
    root, paths = team

    assert len(paths) == len(TEAM) == 20
    assert {p.name.split("_")[-2] for p in paths} == {"dana", "lee", "sam"}
    header = json.loads(paths[0].read_text(encoding="utf-8").splitlines()[0])
    assert header["format"] == "roleplay-transcript" and header["mode"] == "run"


def test_review_names_who_needs_coaching_on_what_at_the_top(team):
    root, _ = team

    result = run_cli(["review"], cwd=root)

    assert (result.status, result.stderr) == (0, "")
    coaching = result.stdout.split("\n\n")[0].splitlines()
    assert coaching == [
        "Needs coaching",
        "  dana: average 58 over the last 5 calls (pass mark 70); "
        "no-discovery (No discovery question) in 4 of the last 5 calls",
        "  sam: apology (Apology for calling) in 4 of the last 5 calls",
        "(recent: each trainee's last 5 counted calls; a mistake recurs when it is in 3 or "
        "more of them)",
    ]
    assert "lee:" not in result.stdout.split("\n\n")[0]  # on track


def test_review_has_a_row_per_trainee_and_scenario_with_pass_or_fail(team):
    root, _ = team

    out = run_cli(["review"], cwd=root).stdout

    rollup = out.split("By trainee and scenario", 1)[1].splitlines()
    assert "sam: 6 sessions, recent average 90, most frequent mistake apology (4 of 5)" in rollup
    assert "  sleepy_skeptic         3   65    65    65  FAIL (70)  no-discovery (3 of 3)" in rollup
    # sam's silent call is listed as not attempted, and left out of his average
    assert re.search(r"sam +sleepy_skeptic +hard +not attempted +0", out)
    assert "  sleepy_skeptic         3   95   100   100  PASS (70)  apology (1 of 2)" in rollup
    assert "Averages leave out 1 call marked not attempted." in rollup


def test_a_pass_mark_option_changes_the_verdicts(team):
    root, _ = team

    out = run_cli(["review", "--pass-mark", "50"], cwd=root).stdout

    assert "dana: average 58" not in out  # 58 reaches 50
    assert "  dana: no-discovery (No discovery question) in 4 of the last 5 calls" in out
    assert "FAIL (50)" in out and "FAIL (70)" not in out


def test_review_fits_sixty_columns_without_breaking_a_word(team):
    root, _ = team
    words = set(run_cli(["review"], cwd=root).stdout.split())

    out = run_cli(["review"], cwd=root, environ={"COLUMNS": "60"}).stdout

    lines = out.splitlines()
    assert max(len(line) for line in lines) <= 60
    assert "…" not in out
    note = "(difficulty left out to fit 60 columns)"
    assert note in lines
    # Every other word shown was a word of the unfitted review: nothing cut in two.
    assert set(out.split()) - words - set(note.split()) == {"mistakes:", "mistake:"}


def test_review_json_carries_the_rollup(team):
    root, _ = team

    data = json.loads(run_cli(["review", "--json"], cwd=root).stdout)

    rollup = data["rollup"]
    assert [(c["trainee"], c["mistake"]) for c in rollup["needs_coaching"]] == [
        ("dana", "no-discovery"),
        ("sam", "apology"),
    ]
    assert len(rollup["rows"]) == 9  # three trainees on three scenarios
    sam = next(t for t in rollup["trainees"] if t["trainee"] == "sam")
    assert sam["sessions"] == 6 and sam["counted"] == 5 and sam["recurring"] is True


def test_the_report_names_who_needs_coaching_on_what_at_the_top(team):
    root, _ = team

    page = run_cli(["report", "--html", "-"], cwd=root).stdout

    coaching = page.index('<h2 id="coaching">')
    assert coaching < page.index('<h2 id="rollup">') < page.index('<h2 id="trend">')
    assert (
        '<li data-trainee="dana" data-mistake="no-discovery"><b>dana</b>: average 58 over the '
        "last 5 calls (pass mark 70); no-discovery (No discovery question) in 4 of the last 5 "
        "calls</li>"
    ) in page
    assert '<li data-trainee="sam" data-mistake="apology">' in page
    assert 'data-trainee="lee"' not in page[coaching : page.index('<h2 id="rollup">')]


def test_a_pass_mark_that_is_not_a_score_is_a_usage_error(team, capsys):
    root, _ = team

    with pytest.raises(SystemExit) as stop:
        run_cli(["review", "--pass-mark", "101"], cwd=root)

    assert stop.value.code == 2
    assert capsys.readouterr().err.endswith(
        "roleplay: error: argument --pass-mark: expected a whole number from 0 to 100, not '101'\n"
    )
