"""``roleplay run``: a scripted call, its printout, and what it saves."""

from __future__ import annotations

import io
import json
import re
from datetime import datetime, timezone
from pathlib import Path
from typing import TextIO

import pytest

from roleplay.cli import main
from roleplay.environment import Environment
from roleplay.storage import load_transcript

NOW = datetime(2024, 5, 10, 14, 0, 0, tzinfo=timezone.utc)

#: An honest opener, one real question, a call at a decent hour: the skeptic agrees.
GOOD_CALL = """\
# the way the skeptic wants it
Hi Dale, this is Priya Natarajan from Tallyworks. I'm calling because metal shops your size tell us they lose money on jobs quoted from memory.

How do you put together quotes for custom jobs today?
Can I call you Thursday at 10am your time for fifteen minutes?
"""
GOOD_LINES = [line for line in GOOD_CALL.splitlines() if line.strip() and not line.startswith("#")]

#: A feature list at two in the morning: he hangs up.
PITCH = "We have automatic material pricing, real-time job costing dashboards, and a mobile app for the shop floor.\n"

DISCLAIMER = "I'm not trying to sell you anything, I just want to ask a quick question.\n"


def play(
    tmp_path: Path, *argv: str, stdin: str | TextIO = "", environ: dict[str, str] | None = None
) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    env = Environment(
        stdin=io.StringIO(stdin) if isinstance(stdin, str) else stdin,
        stdout=out,
        stderr=err,
        environ=environ or {},
        cwd=tmp_path,
        now=lambda: NOW,
        user=lambda: "dana",
    )
    code = main(list(argv), env=env)
    return code, out.getvalue(), err.getvalue()


def script(tmp_path: Path, text: str, name: str = "call.txt") -> str:
    (tmp_path / name).write_text(text, encoding="utf-8")
    return name


def saved(tmp_path: Path, folder: str = "transcripts") -> list[Path]:
    directory = tmp_path / folder
    return sorted(directory.glob("*.jsonl")) if directory.is_dir() else []


def test_a_good_call_is_printed_scored_and_saved(tmp_path):
    code, out, err = play(
        tmp_path, "run", "sleepy_skeptic", "--script", script(tmp_path, GOOD_CALL), "--seed", "1"
    )
    assert (code, err) == (0, "")
    assert out.startswith("# The sleepy skeptic (sleepy_skeptic), seed 1\nProspect: ")
    for line in GOOD_LINES:
        assert f"Rep: {line}\n" in out
    assert "Score " in out and "Outcome success" in out
    # the prospect uses the name the rep gave, not the scenario's stand-in
    assert re.search(r"^Prospect: (Okay|Fine), Priya\. ", out, re.MULTILINE)
    (path,) = saved(tmp_path)
    assert f"Saved: transcripts/{path.name}" in out
    assert path.name.startswith("20240510-140000_sleepy-skeptic_dana_")

    t = load_transcript(path)
    assert (t.scenario, t.seed, t.trainee, t.outcome, t.final_state) == (
        "sleepy_skeptic",
        1,
        "dana",
        "success",
        "booked",
    )
    assert t.started == t.ended == NOW.isoformat()
    assert [x.text for x in t.turns if x.is_rep] == GOOD_LINES
    assert [x.speaker for x in t.turns] == ["prospect", "rep"] * 3 + ["prospect"]
    assert all(x.state for x in t.turns if not x.is_rep)  # the state after each exchange
    assert t.scorecard is not None and 0 <= t.scorecard.score <= 100
    assert t.meta["mode"] == "run"


def test_the_printed_call_reads_as_a_plain_text_transcript(tmp_path):
    code, out, _ = play(
        tmp_path, "run", "sleepy_skeptic", "--script", script(tmp_path, GOOD_CALL), "--no-save"
    )
    call = out.split("\n\n")[0]
    labels = [line.split(":")[0] for line in call.splitlines() if not line.startswith(("#", " "))]
    assert labels == ["Prospect", "Rep"] * 3 + ["Prospect"]


def test_a_feature_pitch_gets_a_hang_up(tmp_path):
    code, out, _ = play(
        tmp_path, "run", "sleepy_skeptic", "--script", script(tmp_path, PITCH), "--no-save"
    )
    assert code == 0
    assert "Outcome failure" in out
    assert "*click*" in out


def test_the_disclaimer_is_called_out_and_scored_with_the_missing_name(tmp_path):
    lines = DISCLAIMER + "I just wanted to ask how things are going at the shop.\n"
    code, out, _ = play(
        tmp_path, "run", "sleepy_skeptic", "--script", script(tmp_path, lines), "--json"
    )
    assert code == 0
    data = json.loads(out)
    turns = data["turns"]
    assert turns[1]["text"] == DISCLAIMER.strip()
    assert "not-selling-disclaimer" in turns[1]["mistakes"]
    assert turns[1]["state"] == "called_out"
    reply = turns[2]["text"]
    assert "sell" in reply.lower()
    codes = [m["code"] for m in data["scorecard"]["mistakes"]]
    assert "not-selling-disclaimer" in codes
    assert "no-introduction" in codes


def disclaimer_call(tmp_path: Path, seed: int) -> str:
    name = script(tmp_path, DISCLAIMER)
    return play(
        tmp_path, "run", "sleepy_skeptic", "--script", name, "--seed", str(seed), "--no-save"
    )[1]


@pytest.mark.parametrize("seed", range(6))
def test_the_skeptic_calls_out_the_disclaimer_whatever_the_seed(tmp_path, seed):
    out = disclaimer_call(tmp_path, seed)
    (reply,) = re.findall(r"^Rep: .*\n(?:    ⚑.*\n)*Prospect: (.*)$", out, re.MULTILINE)
    assert re.search(r"ARE trying to sell me something|you're selling|sell me something", reply)
    assert "⚑ not-selling-disclaimer" in out


def test_one_seed_is_the_one_from_the_issue(tmp_path):
    """'So you ARE trying to sell me something', word for word, for some seed."""
    calls = [disclaimer_call(tmp_path, seed) for seed in range(12)]
    assert any("So you ARE trying to sell me something" in out for out in calls)


def test_json_prints_the_saved_session_object(tmp_path):
    code, out, err = play(
        tmp_path,
        "run",
        "sleepy_skeptic",
        "--script",
        script(tmp_path, GOOD_CALL),
        "--seed",
        "4",
        "--json",
    )
    assert code == 0
    data = json.loads(out)  # nothing but the JSON on stdout
    (path,) = saved(tmp_path)
    assert err == f"Saved: transcripts/{path.name}\n"
    assert data["format"] == "roleplay-transcript" and data["version"] == 1
    assert (data["scenario"], data["seed"], data["trainee"]) == ("sleepy_skeptic", 4, "dana")
    assert data["outcome"] == "success" and data["end_reason"] == "terminal"
    assert [t["text"] for t in data["turns"] if t["speaker"] == "rep"] == GOOD_LINES
    assert 0 <= data["scorecard"]["score"] <= 100
    on_disk = load_transcript(path)
    assert [t.text for t in on_disk.turns] == [t["text"] for t in data["turns"]]
    assert on_disk.scorecard.to_dict() == data["scorecard"]


def test_the_same_seed_gives_the_same_call(tmp_path):
    name = script(tmp_path, "Hello?\nWho am I talking to?\nOkay then.\n")
    runs = [
        play(tmp_path, "run", "sleepy_skeptic", "--script", name, "--seed", "99", "--no-save")[1]
        for _ in range(2)
    ]
    assert runs[0] == runs[1]
    others = {
        play(tmp_path, "run", "sleepy_skeptic", "--script", name, "--seed", str(s), "--no-save")[1]
        for s in range(8)
    }
    assert len(others) > 1  # the seed does choose the words


def test_a_random_seed_is_printed_and_saved(tmp_path):
    _, out, _ = play(tmp_path, "run", "sleepy_skeptic", "--script", script(tmp_path, PITCH))
    seed = int(re.match(r"# .*, seed (\d+)\n", out).group(1))
    (path,) = saved(tmp_path)
    assert load_transcript(path).seed == seed


def test_no_save_writes_nothing(tmp_path):
    code, out, _ = play(
        tmp_path, "run", "sleepy_skeptic", "--script", script(tmp_path, GOOD_CALL), "--no-save"
    )
    assert code == 0
    assert not (tmp_path / "transcripts").exists()
    assert "Saved:" not in out


def test_transcripts_option_and_environment_variable(tmp_path):
    name = script(tmp_path, PITCH)
    play(tmp_path, "run", "sleepy_skeptic", "--script", name, "--transcripts", "mine")
    play(
        tmp_path, "run", "sleepy_skeptic", "--script", name, environ={"ROLEPLAY_TRANSCRIPTS": "env"}
    )
    assert len(saved(tmp_path, "mine")) == 1
    assert len(saved(tmp_path, "env")) == 1


def test_the_script_can_come_from_stdin(tmp_path):
    code, out, _ = play(
        tmp_path, "run", "sleepy_skeptic", "--script", "-", "--seed", "1", stdin=GOOD_CALL
    )
    assert code == 0
    assert "Outcome success" in out
    (path,) = saved(tmp_path)
    assert [t.text for t in load_transcript(path).turns if t.is_rep] == GOOD_LINES


def test_a_script_that_stops_early_is_saved_as_abandoned(tmp_path):
    code, out, _ = play(
        tmp_path, "run", "sleepy_skeptic", "--script", script(tmp_path, GOOD_LINES[0] + "\n")
    )
    assert code == 0
    assert "Outcome abandoned (the script ran out of lines" in out
    t = load_transcript(saved(tmp_path)[0])
    assert (t.outcome, t.end_reason) == ("abandoned", "end of script")
    assert t.scorecard is not None


def test_a_script_that_stops_where_the_prospect_is_annoyed_is_a_lost_call(tmp_path):
    # called_out says a hang-up there is a failure: he caught the disclaimer, and the rep
    # left him with it
    code, out, _ = play(tmp_path, "run", "sleepy_skeptic", "--script", script(tmp_path, DISCLAIMER))
    assert code == 0
    assert "Outcome failure (the script ran out of lines here: he has caught the disclaimer" in out
    t = load_transcript(saved(tmp_path)[0])
    assert (t.outcome, t.end_reason, t.final_state) == ("failure", "end of script", "called_out")


def test_lines_after_the_call_ended_are_a_warning(tmp_path):
    name = script(tmp_path, PITCH + "# a comment\nAre you still there?\nHello?\n")
    code, out, err = play(tmp_path, "run", "sleepy_skeptic", "--script", name, "--no-save")
    assert code == 0
    assert "Are you still there?" not in out
    assert err == (
        "roleplay: warning: call.txt: the call ended at line 1; 2 later lines were not played\n"
    )


def test_a_line_over_the_limit_is_an_error_before_the_call(tmp_path):
    name = script(tmp_path, GOOD_LINES[0] + "\n\n" + "word " * 500 + "\n")
    code, out, err = play(tmp_path, "run", "sleepy_skeptic", "--script", name)
    assert code == 2
    assert out == ""
    assert err.startswith("roleplay: error: call.txt:3: that line is 2499 characters")
    assert err.count("\n") == 1
    assert not (tmp_path / "transcripts").exists()


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (
            ["run", "sleepy_skeptic", "--script", "nope.txt"],
            "roleplay: error: nope.txt: no such file\n",
        ),
        (
            ["run", "sleepy_skepic", "--script", "call.txt"],
            "roleplay: error: unknown scenario 'sleepy_skepic'; did you mean 'sleepy_skeptic'?",
        ),
    ],
)
def test_bad_input_is_one_line_and_exit_2(tmp_path, argv, message):
    script(tmp_path, PITCH)
    code, out, err = play(tmp_path, *argv)
    assert code == 2
    assert out == ""
    assert err.startswith(message)
    assert err.count("\n") == 1


def test_a_broken_scenario_file_is_one_line_naming_file_and_line(tmp_path):
    (tmp_path / "scenarios").mkdir()
    (tmp_path / "scenarios" / "broken.yaml").write_text(
        "title: Broken\npersona:\n  name: [Ann\nstart: a\n", encoding="utf-8"
    )
    code, out, err = play(tmp_path, "run", "broken", "--script", script(tmp_path, PITCH))
    assert code == 2
    assert out == ""
    assert re.match(r"roleplay: error: scenarios/broken\.yaml:\d+(:\d+)?: ", err), err
    assert err.count("\n") == 1


OPENER = GOOD_LINES[0]


def _bytes_stdin(data: bytes) -> TextIO:
    """Standard input as a terminal or pipe gives it: bytes under a strict UTF-8 text layer."""
    return io.TextIOWrapper(io.BytesIO(data), encoding="utf-8", errors="strict")


@pytest.mark.parametrize(
    ("stdin", "played", "warning"),
    [
        (
            lambda: _bytes_stdin(b"Hi Dale, this is Sam \xff from Tallyworks.\n"),
            "Hi Dale, this is Sam \ufffd from Tallyworks.",
            "<stdin>:1:22",
        ),
        (  # Python's own stdin in a C locale keeps bad bytes as lone surrogates
            lambda: io.StringIO("Hi Dale, this is Sam \udcff from Tallyworks.\n"),
            "Hi Dale, this is Sam \ufffd from Tallyworks.",
            "<stdin>:1:22",
        ),
        (
            lambda: _bytes_stdin("\ufeffHi Dale, this is Zoë from Tallyworks.\n".encode()),
            "Hi Dale, this is Zoë from Tallyworks.",
            None,
        ),
    ],
    ids=["a byte under a strict stream", "a surrogate-escaped byte", "a BOM and clean UTF-8"],
)
def test_stdin_bytes_that_are_not_utf8_are_played_as_replacement_characters(
    tmp_path, stdin, played, warning
):
    code, out, err = play(tmp_path, "run", "sleepy_skeptic", "--script", "-", stdin=stdin())
    assert code == 0
    assert f"Rep: {played}\n" in out
    if warning:
        assert err == (
            f"roleplay: warning: {warning}: bytes that are not UTF-8 were played as U+FFFD, "
            "the replacement character\n"
        )
    else:
        assert err == ""
    t = load_transcript(saved(tmp_path)[0])
    assert [x.text for x in t.turns if x.is_rep] == [played]
    assert t.finished and t.end_reason == "end of script"


def test_a_script_file_that_is_not_utf8_is_refused_before_the_call(tmp_path):
    (tmp_path / "call.txt").write_bytes(OPENER.encode() + b"\nHow do you quote? \xff\n")
    code, out, err = play(tmp_path, "run", "sleepy_skeptic", "--script", "call.txt")
    assert (code, out) == (2, "")
    assert err == "roleplay: error: call.txt:2: not UTF-8 text\n"
    assert not saved(tmp_path)  # nothing played, nothing to lose


def test_a_line_over_the_limit_on_stdin_is_kept_as_refused_and_the_call_goes_on(tmp_path):
    long = "word " * 500
    stdin = f"{OPENER}\n{long}\n{GOOD_LINES[1]}\n{GOOD_LINES[2]}\n"
    code, out, err = play(
        tmp_path, "run", "sleepy_skeptic", "--script", "-", "--seed", "1", stdin=stdin
    )
    assert code == 0
    assert err == (
        "roleplay: warning: <stdin>:2: that line is 2499 characters; say it in turns of at "
        "most 2000; not played, kept in the transcript\n"
    )
    assert "Outcome success" in out
    t = load_transcript(saved(tmp_path)[0])
    assert [x.text for x in t.turns if x.is_rep] == GOOD_LINES
    assert [(r.after, r.text) for r in t.refused] == [(3, long.strip())]


def test_a_stage_direction_is_not_said_but_kept_and_the_call_goes_on(tmp_path):
    # "(waits for the beep)" is what the rep does, not words: the prospect hears nothing
    # and the next line is the turn
    stdin = f"(waits for a moment)\n{OPENER}\n[pause]\n{GOOD_LINES[1]}\n{GOOD_LINES[2]}\n"
    code, out, err = play(
        tmp_path, "run", "sleepy_skeptic", "--script", "-", "--seed", "1", stdin=stdin
    )
    assert code == 0
    assert err == (
        "roleplay: warning: <stdin>:1: that line is a stage direction, and the prospect hears"
        " only words; type what you say; not played, kept in the transcript\n"
        "roleplay: warning: <stdin>:3: that line is a stage direction, and the prospect hears"
        " only words; type what you say; not played, kept in the transcript\n"
    )
    assert "Outcome success" in out
    t = load_transcript(saved(tmp_path)[0])
    assert [x.text for x in t.turns if x.is_rep] == GOOD_LINES
    assert [r.text for r in t.refused] == ["(waits for a moment)", "[pause]"]


def test_a_line_that_only_starts_with_an_aside_is_said(tmp_path):
    stdin = f"(laughs) {OPENER}\n{GOOD_LINES[1]}\n{GOOD_LINES[2]}\n"
    code, out, err = play(
        tmp_path, "run", "sleepy_skeptic", "--script", "-", "--seed", "1", stdin=stdin
    )
    assert (code, err) == (0, "")
    t = load_transcript(saved(tmp_path)[0])
    assert [x.text for x in t.turns if x.is_rep][0] == f"(laughs) {OPENER}"
    assert not t.refused


def test_a_failure_mid_call_still_writes_the_end_record(tmp_path, monkeypatch):
    from roleplay.dialogue.engine import Conversation

    said = Conversation.say

    def say(self, text, at=None):
        if self.rep_turns == 1:
            raise RuntimeError("boom")
        return said(self, text, at)

    monkeypatch.setattr(Conversation, "say", say)
    code, _, err = play(tmp_path, "run", "sleepy_skeptic", "--script", "-", stdin=GOOD_CALL)
    assert code == 70 and "RuntimeError: boom" in err
    t = load_transcript(saved(tmp_path)[0])
    assert [x.text for x in t.turns if x.is_rep] == GOOD_LINES[:2]  # the line that broke it too
    assert (t.finished, t.end_reason, t.outcome) == (True, "error", "abandoned")
