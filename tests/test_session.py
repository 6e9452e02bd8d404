"""``roleplay practice``, driven in-process through prompt_toolkit with a pipe for a keyboard."""

from __future__ import annotations

import io
from datetime import datetime, timezone
from pathlib import Path

import pytest
from prompt_toolkit import PromptSession
from prompt_toolkit.application import create_app_session
from prompt_toolkit.history import FileHistory
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput
from prompt_toolkit.output.plain_text import PlainTextOutput

from roleplay.cli import main
from roleplay.environment import Environment
from roleplay.keys import practice_bindings
from roleplay.session import PracticeHistory, history_file
from roleplay.storage import load_transcript
from roleplay.transcript import RefusedLine, Transcript

NOW = datetime(2024, 5, 10, 22, 30, 0, tzinfo=timezone.utc)

ENTER = "\r"
CTRL_C = "\x03"
CTRL_D = "\x04"

OPENER = "Hi Dale, this is Priya Natarajan from Tallyworks. I'm calling because metal shops your size tell us they lose money on jobs quoted from memory."
QUESTION = "How do you put together quotes for custom jobs today?"
CLOSE = "Can I call you Thursday at 10am your time for fifteen minutes?"
PITCH = "We have automatic material pricing, real-time job costing dashboards, and a mobile app for the shop floor."


class Terminal(io.StringIO):
    """Standard input that says it is a terminal (the keys come from the pipe)."""

    def isatty(self) -> bool:
        return True


def run_cli(tmp_path: Path, keys: list[str | bytes], argv: list[str]) -> tuple[int, str, str]:
    """Run ``roleplay ARGV`` with ``keys`` typed (bytes as they are); (status, screen, stderr)."""
    screen, err = io.StringIO(), io.StringIO()
    env = Environment(
        stdin=Terminal(),
        stdout=io.StringIO(),
        stderr=err,
        environ={},
        cwd=tmp_path,
        now=lambda: NOW,
        user=lambda: "dana",
    )
    with create_pipe_input() as pipe:
        for key in keys:
            pipe.send_bytes(key) if isinstance(key, bytes) else pipe.send_text(key)
        pipe.close()  # after the last key, the keyboard is gone: the next prompt sees EOF
        with create_app_session(input=pipe, output=PlainTextOutput(screen)):
            code = main(argv, env=env)
    return code, screen.getvalue().replace("\r\n", "\n"), err.getvalue()


def practice(tmp_path: Path, keys: list[str | bytes], *argv: str) -> tuple[int, str, str]:
    """``roleplay practice sleepy_skeptic --seed 3 ARGV`` with ``keys`` typed."""
    return run_cli(tmp_path, keys, ["practice", "sleepy_skeptic", "--seed", "3", *argv])


def lines(*said: str) -> list[str]:
    return [s + ENTER for s in said]


def the_session(tmp_path: Path) -> tuple[Path, Transcript]:
    (path,) = sorted((tmp_path / "transcripts").glob("*.jsonl"))
    return path, load_transcript(path)


def test_an_opener_typed_at_the_dial_prompt_waits_in_the_first_prompt(tmp_path):
    # Typed before dialling, the opener is not lost: once Dale picks up it is in the
    # first prompt, and Enter says it, after his hello.
    code, screen, err = practice(tmp_path, [OPENER + ENTER, ENTER, *lines(QUESTION, CLOSE)])
    assert (code, err) == (0, "")
    assert "Outcome success" in screen
    _, t = the_session(tmp_path)
    rep_lines = [turn.text for turn in t.turns if turn.is_rep]
    assert rep_lines == [OPENER, QUESTION, CLOSE]
    assert t.turns[0].speaker == "prospect"


def test_an_opener_typed_ahead_can_be_cleared_with_ctrl_c(tmp_path):
    code, screen, err = practice(tmp_path, [OPENER + ENTER, CTRL_C, *lines(OPENER, "/quit")])
    assert (code, err) == (0, "")
    _, t = the_session(tmp_path)
    assert [turn.text for turn in t.turns if turn.is_rep] == [OPENER]


def test_a_call_to_a_success_ending(tmp_path):
    code, screen, err = practice(tmp_path, [ENTER, *lines(OPENER, QUESTION, CLOSE)])
    assert (code, err) == (0, "")
    # the briefing, then the call
    assert "The sleepy skeptic" in screen
    assert "Calling: Dale Ostrowski, Owner, Ostrowski Fabrication" in screen
    assert "Your brief" in screen and "Win: get him to agree" in screen
    assert "/hint" in screen and "/quit" in screen
    assert screen.index("Your brief") < screen.index("Dale: ")
    # the scorecard, the file
    assert "Score " in screen and "Outcome success" in screen
    path, t = the_session(tmp_path)
    assert f"Saved: transcripts/{path.name}" in screen
    assert "Seed 3 (replay with --seed 3)" in screen

    records = [line for line in path.read_text().splitlines() if line]
    assert records[0].startswith('{"type":"header"') and records[-1].startswith('{"type":"end"')
    assert (t.scenario, t.seed, t.trainee, t.started) == (
        "sleepy_skeptic",
        3,
        "dana",
        NOW.isoformat(),
    )
    assert [x.text for x in t.turns if x.is_rep] == [OPENER, QUESTION, CLOSE]
    assert [x.speaker for x in t.turns] == ["prospect", "rep"] * 3 + ["prospect"]
    assert (t.outcome, t.final_state, t.end_reason) == ("success", "booked", "terminal")
    assert t.scorecard is not None and t.scorecard.score >= 70
    assert t.meta["mode"] == "practice"
    for turn in t.turns:
        if not turn.is_rep:
            assert turn.text in " ".join(screen.split())  # every prospect line was shown


def test_a_call_to_a_hang_up(tmp_path):
    code, screen, _ = practice(tmp_path, [ENTER, *lines(PITCH)])
    assert code == 0
    assert "*click*" in screen
    assert "The call is over." in screen
    assert "Outcome failure" in screen
    _, t = the_session(tmp_path)
    assert (t.outcome, t.final_state) == ("failure", "hung_up")
    assert "feature-dump" in t.scorecard.codes


def test_the_disclaimer_is_flagged_live_and_explained_on_the_scorecard(tmp_path):
    keys = [ENTER, *lines("I'm not trying to sell you anything.", "/quit")]
    code, screen, _ = practice(tmp_path, keys)
    assert "⚑ not-selling-disclaimer" in screen
    assert "✗ turn 2" in screen  # the scorecard names the turn...
    assert "said: “" in screen  # ...the words...
    assert "tip: " in screen  # ...and what to do instead


def test_no_coach_keeps_mistakes_for_the_scorecard(tmp_path):
    keys = [ENTER, *lines("I'm not trying to sell you anything.", "/quit")]
    _, screen, _ = practice(tmp_path, keys, "--no-coach")
    assert "⚑" not in screen
    assert "not-selling-disclaimer" in screen


def test_quit_ends_the_call_and_saves_the_scorecard(tmp_path):
    code, screen, _ = practice(tmp_path, [ENTER, *lines(OPENER, "/quit", "never said")])
    assert code == 0
    assert "You hung up." in screen
    assert "Outcome abandoned (you hung up before the call reached an ending)" in screen
    _, t = the_session(tmp_path)
    assert [x.text for x in t.turns if x.is_rep] == [OPENER]
    assert (t.outcome, t.end_reason) == ("abandoned", "quit")
    assert t.scorecard is not None


def test_quit_where_the_prospect_is_annoyed_loses_the_call(tmp_path):
    keys = [ENTER, *lines("I'm not trying to sell you anything.", "/quit")]
    code, screen, _ = practice(tmp_path, keys)
    assert code == 0
    assert "Outcome failure (you hung up here: he has caught the disclaimer" in screen
    _, t = the_session(tmp_path)
    assert (t.outcome, t.end_reason) == ("failure", "quit")


def test_ctrl_d_ends_the_call(tmp_path):
    code, screen, _ = practice(tmp_path, [ENTER, *lines(OPENER), CTRL_D])
    assert code == 0
    assert "You hung up." in screen
    _, t = the_session(tmp_path)
    assert t.end_reason == "quit" and t.finished


def test_the_keyboard_going_away_ends_the_call_cleanly(tmp_path):
    code, screen, _ = practice(tmp_path, [ENTER, *lines(OPENER)])
    assert code == 0
    _, t = the_session(tmp_path)
    assert t.finished and t.scorecard is not None


def test_ctrl_c_clears_the_line_and_the_call_goes_on(tmp_path):
    keys = [ENTER, "I am so sorry to wake you, I", CTRL_C, CTRL_C, *lines(OPENER, QUESTION, CLOSE)]
    code, screen, _ = practice(tmp_path, keys)
    assert code == 0
    _, t = the_session(tmp_path)
    assert [x.text for x in t.turns if x.is_rep] == [OPENER, QUESTION, CLOSE]
    assert t.outcome == "success"


def test_ctrl_c_bindings_clear_a_line_and_remind_on_an_empty_one():
    reminded = []
    with create_pipe_input() as pipe:
        pipe.send_text("sorry to wake" + CTRL_C + CTRL_C + "this is Priya" + ENTER)
        with create_app_session(input=pipe, output=DummyOutput()):
            session = PromptSession(key_bindings=practice_bindings(lambda: reminded.append(1)))
            assert session.prompt() == "this is Priya"
    assert reminded == [1]


def test_hint_help_brief_and_unknown_commands_are_not_turns(tmp_path):
    keys = [ENTER, *lines("/hint", "/help", "/brief", "/dance", "/HINT please", OPENER)]
    code, screen, _ = practice(tmp_path, keys)
    assert code == 0
    assert "hint: Give your name and one honest sentence" in screen  # the state's own hint
    assert "/quit    hang up" in screen
    assert screen.count("Your brief") == 2
    assert "Unknown command /dance; /help lists them." in screen
    _, t = the_session(tmp_path)
    assert [x.text for x in t.turns if x.is_rep] == [OPENER]


def test_empty_lines_are_ignored(tmp_path):
    practice(tmp_path, [ENTER, ENTER, "   " + ENTER, *lines(OPENER)])
    _, t = the_session(tmp_path)
    assert [x.text for x in t.turns if x.is_rep] == [OPENER]


def test_an_over_long_paste_is_refused_kept_in_the_transcript_and_the_call_goes_on(tmp_path):
    paste = "blah " * 450
    keys = [ENTER, *lines(OPENER, paste, QUESTION, CLOSE)]
    code, screen, _ = practice(tmp_path, keys)
    assert code == 0
    assert (
        "Not sent: that line is 2249 characters; say it in turns of at most 2000. "
        "It is kept in the transcript." in screen
    )
    _, t = the_session(tmp_path)
    assert [x.text for x in t.turns if x.is_rep] == [OPENER, QUESTION, CLOSE]  # not a turn
    assert t.refused == (
        RefusedLine(
            text=paste.strip(),
            reason="that line is 2249 characters; say it in turns of at most 2000",
            after=3,  # typed after the opening, the opener and its answer
            at=NOW.isoformat(),
        ),
    )
    assert t.outcome == "success"
    assert t.scorecard.score >= 70  # scored as if the paste was never sent


@pytest.mark.parametrize(
    ("typed", "saved"),
    [
        (
            b"Hi Dale, this is Priya \xff from Tallyworks.",
            "Hi Dale, this is Priya \ufffd from Tallyworks.",
        ),
        (b"caf\xe9 latte for you, Dale", "caf\ufffd latte for you, Dale"),
        ("Hi Dale, this is Zoë from Tallyworks.".encode(), "Hi Dale, this is Zoë from Tallyworks."),
    ],
    ids=["a stray byte", "latin-1", "utf-8 is untouched"],
)
def test_bytes_that_are_not_utf8_are_sent_as_replacement_characters(tmp_path, typed, saved):
    code, screen, err = practice(tmp_path, [ENTER, typed, ENTER, *lines(QUESTION, "/quit")])
    assert (code, err) == (0, "")
    assert ("Sent with U+FFFD" in screen) == ("\ufffd" in saved)
    path, t = the_session(tmp_path)
    assert [x.text for x in t.turns if x.is_rep] == [saved, QUESTION]
    assert t.finished and t.end_reason == "quit"


def test_input_history_is_kept_beside_the_transcripts_per_trainee(tmp_path):
    practice(tmp_path, [ENTER, *lines(OPENER, "/quit")])
    practice(tmp_path, [ENTER, *lines(QUESTION, "/quit")], "--trainee", "Sam Lee")
    folder = tmp_path / "transcripts"
    assert OPENER in (folder / ".practice_history-dana").read_text()
    assert QUESTION not in (folder / ".practice_history-dana").read_text()
    assert QUESTION in (folder / ".practice_history-Sam%20Lee").read_text()


@pytest.mark.parametrize(
    ("trainee", "file_name"),
    [
        ("dana", ".practice_history-dana"),
        ("Sam Lee", ".practice_history-Sam%20Lee"),
        ("sam_lee-2", ".practice_history-sam_lee-2"),
        ("Zoë", ".practice_history-Zo%C3%AB"),
        ("../../etc/passwd", ".practice_history-%2E%2E%2F%2E%2E%2Fetc%2Fpasswd"),
        ("notes.txt", ".practice_history-notes%2Etxt"),  # never mistaken for a transcript
        ("", ".practice_history-%"),
        ("x" * 200, ".practice_history-" + "x" * 60 + "-aa20c23e3201"),
    ],
)
def test_each_trainee_has_a_history_file_with_a_safe_name(tmp_path, trainee, file_name):
    path = history_file(tmp_path, trainee)
    assert path.parent == tmp_path
    assert path.name == file_name
    assert path.suffix == ""


def _history_is_a_folder(folder: Path, monkeypatch) -> None:
    (folder / ".practice_history-dana").mkdir(parents=True)


def _history_is_unreadable(folder: Path, monkeypatch) -> None:
    """As if another user's file, or mode 000 (even for root, who may read anything)."""
    folder.mkdir(parents=True)
    path = folder / ".practice_history-dana"
    path.write_text("\n# old\n+an old line\n")
    real_open = open

    def guarded(file, *args, **kwargs):
        if str(file) == str(path):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr("builtins.open", guarded)


@pytest.mark.parametrize(
    ("breakage", "why"),
    [(_history_is_a_folder, "Is a directory"), (_history_is_unreadable, "Permission denied")],
    ids=["a folder", "unreadable"],
)
def test_a_history_file_that_cannot_be_used_is_a_warning_and_loses_nothing(
    tmp_path, monkeypatch, breakage, why
):
    breakage(tmp_path / "transcripts", monkeypatch)
    code, screen, err = practice(tmp_path, [ENTER, *lines(OPENER, QUESTION, CLOSE)])
    assert code == 0
    history = tmp_path / "transcripts" / ".practice_history-dana"
    assert err == (
        f"roleplay: warning: {history}: {why}; input history is kept in memory for this call\n"
    )
    assert "Traceback" not in screen and "Unhandled exception" not in screen
    _, t = the_session(tmp_path)
    assert [x.text for x in t.turns if x.is_rep] == [OPENER, QUESTION, CLOSE]  # the first too
    assert t.outcome == "success"


def test_a_history_file_that_fails_to_load_costs_no_line_and_no_traceback(tmp_path):
    # What the prompt saw before: a traceback, and "Press ENTER" eating the first line.
    (tmp_path / "history").mkdir()
    history = PracticeHistory(tmp_path / "history")
    screen = io.StringIO()
    with create_pipe_input() as pipe:
        pipe.send_text("first" + ENTER + "second" + ENTER)
        with create_app_session(input=pipe, output=PlainTextOutput(screen)):
            session = PromptSession(history=history)
            assert [session.prompt(), session.prompt()] == ["first", "second"]
    assert "Traceback" not in screen.getvalue()
    assert list(history.load_history_strings()) == []
    assert history.take_problem() == f"{tmp_path / 'history'}: Is a directory"
    assert history.take_problem() is None  # said once


def test_a_history_file_that_fails_mid_call_is_mentioned_once_and_the_call_goes_on(
    tmp_path, monkeypatch
):
    def full_disk(self, string):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(FileHistory, "store_string", full_disk)
    code, screen, err = practice(tmp_path, [ENTER, *lines(OPENER, QUESTION, CLOSE)])
    assert (code, err) == (0, "")
    assert screen.count("Input history now kept in memory only") == 1
    assert "No space left on device" in screen
    _, t = the_session(tmp_path)
    assert [x.text for x in t.turns if x.is_rep] == [OPENER, QUESTION, CLOSE]


def test_backing_out_before_dialling_saves_nothing(tmp_path):
    code, screen, _ = practice(tmp_path, [CTRL_D])
    assert code == 0
    assert "No call made." in screen
    assert not list((tmp_path / "transcripts").glob("*.jsonl"))


def test_no_save(tmp_path):
    code, screen, _ = practice(tmp_path, [ENTER, *lines(PITCH)], "--no-save")
    assert code == 0
    assert "Saved:" not in screen
    assert not (tmp_path / "transcripts").exists()


@pytest.mark.parametrize("trainee", [[], ["--trainee", "Sam Lee"]])
def test_trainee_defaults_to_the_user(tmp_path, trainee):
    practice(tmp_path, [ENTER, *lines(PITCH)], *trainee)
    path, t = the_session(tmp_path)
    assert t.trainee == ("Sam Lee" if trainee else "dana")
    assert ("_sam-lee_" if trainee else "_dana_") in path.name


def test_practice_without_a_terminal_points_to_run(tmp_path):
    err = io.StringIO()
    env = Environment(stdin=io.StringIO("hello\n"), stdout=io.StringIO(), stderr=err, cwd=tmp_path)
    assert main(["practice", "sleepy_skeptic"], env=env) == 2
    assert err.getvalue() == (
        "roleplay: error: practice needs a terminal, and standard input is not one; "
        "to play lines from a file or a pipe, use: roleplay run sleepy_skeptic --script -\n"
    )


def test_practice_an_unknown_scenario_is_one_line(tmp_path):
    err = io.StringIO()
    env = Environment(stdin=Terminal(), stdout=io.StringIO(), stderr=err, cwd=tmp_path)
    assert main(["practice", "nobody"], env=env) == 2
    assert err.getvalue().startswith("roleplay: error: unknown scenario 'nobody'")
    assert err.getvalue().count("\n") == 1


def test_practice_without_a_scenario_offers_a_list_to_pick_from(tmp_path):
    code, screen, _ = run_cli(
        tmp_path, ["99" + ENTER, "sleepy_skeptic" + ENTER, ENTER, "/quit" + ENTER], ["practice"]
    )
    assert code == 0
    assert "Which call do you want to practise?" in screen
    assert "sleepy_skeptic" in screen and "busy_executive" in screen and "gatekeeper" in screen
    assert "Pick a number from 1 to" in screen  # "99" is not on the list
    assert "Calling: Dale Ostrowski" in screen
    _, t = the_session(tmp_path)
    assert t.scenario == "sleepy_skeptic"


def test_backing_out_of_the_list_saves_nothing(tmp_path):
    code, screen, _ = run_cli(tmp_path, [], ["practice"])
    assert code == 0 and "Which call" in screen
    assert not (tmp_path / "transcripts").exists() or not list(
        (tmp_path / "transcripts").glob("*.jsonl")
    )
