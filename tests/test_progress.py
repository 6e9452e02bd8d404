"""After a practice call: the rep's previous best on the scenario, and one key to go again."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_session import CLOSE, CTRL_C, CTRL_D, ENTER, OPENER, QUESTION, lines, practice

from roleplay.review.progress import previous_best, progress_line
from roleplay.review.sessions import SessionSummary
from roleplay.storage import load_transcript
from roleplay.transcript import Transcript

GOOD_CALL = lines(OPENER, QUESTION, CLOSE)
SAME, NEW = "1", "2"


def saved(tmp_path: Path) -> list[Transcript]:
    """The sessions saved, in file-name order."""
    return [load_transcript(p) for p in sorted((tmp_path / "transcripts").glob("*.jsonl"))]


def test_the_first_call_on_a_scenario_says_so_and_the_next_shows_the_best(tmp_path):
    _, screen, _ = practice(tmp_path, [ENTER, *GOOD_CALL])
    assert "First time on sleepy_skeptic: this call is the one to beat." in screen
    (first,) = saved(tmp_path)
    best = first.scorecard.score

    _, screen, _ = practice(tmp_path, [ENTER, *lines(OPENER, "/quit")])
    assert f"Your previous best on sleepy_skeptic: {best} (2024-05-10, hard)." in screen


def test_another_trainees_calls_are_not_your_best(tmp_path):
    practice(tmp_path, [ENTER, *GOOD_CALL], "--trainee", "lee")
    _, screen, _ = practice(tmp_path, [ENTER, *GOOD_CALL])
    assert "First time on sleepy_skeptic" in screen


def test_the_offer_to_go_again_defaults_to_stopping(tmp_path):
    _, screen, _ = practice(tmp_path, [ENTER, *GOOD_CALL])
    assert "Again? 1 the same call (seed 3, hard)  2 a new call  Enter stop" in screen
    assert len(saved(tmp_path)) == 1  # the keyboard went away: stop


@pytest.mark.parametrize("key", [ENTER, "q", "n", "y", CTRL_D, CTRL_C])
def test_any_key_but_1_or_2_stops(tmp_path, key):
    code, _, err = practice(tmp_path, [ENTER, *GOOD_CALL, key, *GOOD_CALL])
    assert (code, err) == (0, "")
    assert len(saved(tmp_path)) == 1


def test_1_replays_the_identical_call(tmp_path):
    code, screen, _ = practice(tmp_path, [ENTER, *GOOD_CALL, SAME, *GOOD_CALL])
    assert code == 0
    assert "☎  Calling again: seed 3, hard." in screen
    assert screen.count("Your brief") == 1  # straight back in, no second briefing
    first, second = saved(tmp_path)
    assert (first.seed, first.difficulty) == (second.seed, second.difficulty) == (3, "hard")
    assert [t.text for t in first.turns] == [t.text for t in second.turns]
    assert len(first.turns) == 7  # the whole call, every prospect line the same


def test_2_plays_a_new_call_with_a_new_seed(tmp_path, monkeypatch):
    monkeypatch.setattr("roleplay.commands.practice.new_seed", lambda: 99)
    code, screen, _ = practice(tmp_path, [ENTER, *GOOD_CALL, NEW, *lines(OPENER)])
    assert code == 0
    assert "☎  Calling again: seed 99, hard." in screen
    assert sorted(t.seed for t in saved(tmp_path)) == [3, 99]


def test_with_no_save_there_is_no_best_but_the_offer_stands(tmp_path):
    code, screen, _ = practice(tmp_path, [ENTER, *GOOD_CALL, SAME, *GOOD_CALL], "--no-save")
    assert code == 0
    assert "previous best" not in screen and "First time" not in screen
    assert "Again? 1 the same call" in screen
    assert screen.count("Outcome success") == 2
    assert not (tmp_path / "transcripts").exists()


def summary(
    score: int, trainee: str = "dana", scenario: str = "gatekeeper", **kw
) -> SessionSummary:
    return SessionSummary(
        file=f"{trainee}-{score}.jsonl",
        started=kw.pop("started", "2024-05-01T10:00:00+00:00"),
        trainee=trainee,
        scenario=scenario,
        score=score,
        **kw,
    )


@pytest.mark.parametrize(
    ("sessions", "best"),
    [
        ([], None),
        ([summary(40), summary(70), summary(55)], 70),
        ([summary(40), summary(90, trainee="lee")], 40),  # only the rep's own
        ([summary(40, trainee="DANA")], 40),  # case does not matter
        ([summary(40), summary(90, scenario="voicemail")], 40),  # only this scenario
        ([summary(40), summary(90, finished=False)], 40),  # unfinished calls have no score yet
        ([summary(0, attempted=False)], None),  # nor does a call never attempted
    ],
)
def test_previous_best(sessions, best):
    found = previous_best(sessions, "dana", "gatekeeper")
    assert (found.score if found else None) == best


def test_the_progress_line():
    best = summary(65, difficulty="hard")
    assert progress_line(None, "gatekeeper", 50) == (
        "First time on gatekeeper: this call is the one to beat."
    )
    assert progress_line(best, "gatekeeper", 80) == (
        "Your previous best on gatekeeper: 65 (2024-05-01, hard). New best: 80, up 15."
    )
    assert progress_line(best, "gatekeeper", 65).endswith("You matched it.")
    assert progress_line(best, "gatekeeper", 20).endswith("(2024-05-01, hard).")
