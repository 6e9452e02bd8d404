"""Killing roleplay mid-call (kill -9) leaves every typed turn readable on disk."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from roleplay.storage import load_transcript

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs SIGKILL")

TYPED = [
    "Hi Dale, this is Priya Natarajan from Tallyworks. I'm calling because metal shops your size tell us they lose money on jobs quoted from memory.",
    "How do you put together quotes for custom jobs today?",
]


def _env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["ROLEPLAY_TRANSCRIPTS"] = str(tmp_path / "transcripts")
    env.pop("ROLEPLAY_TRACEBACK", None)
    return env


def _read_until_reply(stdout) -> None:
    """Block until the prospect's answer to the line just typed is printed.

    The reply is printed only after the rep's turn and the reply are written to disk,
    so this is the exact moment the rep has seen the line acknowledged.
    """
    seen_rep = False
    for line in stdout:
        seen_rep = seen_rep or line.startswith("Rep: ")
        if seen_rep and line.startswith("Prospect: "):
            return
    raise AssertionError("roleplay exited before answering the line")


def _session_file(tmp_path: Path) -> Path | None:
    found = sorted((tmp_path / "transcripts").glob("*.jsonl"))
    return found[0] if found else None


def _rep_lines(path: Path) -> list[str]:
    return [t.text for t in load_transcript(path).turns if t.is_rep]


def test_kill_9_mid_call_keeps_every_typed_turn(tmp_path):
    proc = subprocess.Popen(
        [sys.executable, "-m", "roleplay", "run", "sleepy_skeptic", "--script", "-", "--seed", "2"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        cwd=tmp_path,
        env=_env(tmp_path),
        text=True,
    )
    try:
        proc.stdout.readline()  # the header
        proc.stdout.readline()  # the prospect picks up
        for line in TYPED:
            proc.stdin.write(line + "\n")
            proc.stdin.flush()
            _read_until_reply(proc.stdout)
        # the call is still going: stdin is open, the prospect waits for the next line
        assert proc.poll() is None
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stdin.close()
        proc.stdout.close()
    assert proc.returncode == -signal.SIGKILL
    # Every line the rep typed and saw answered is on disk, with the answer.
    path = _session_file(tmp_path)
    t = load_transcript(path)
    assert _rep_lines(path) == TYPED
    assert not t.finished  # no end record: an unfinished session, still readable
    assert t.seed == 2 and t.scenario == "sleepy_skeptic"
    assert [x.speaker for x in t.turns] == ["prospect", "rep", "prospect", "rep", "prospect"]


# The process dies while the prospect "thinks": after the line was typed, before any reply.
DIES_IN_THE_ENGINE = textwrap.dedent(
    """
    import os, signal, sys
    from roleplay.dialogue import engine
    from roleplay.cli import main

    def say(self, text, at=None):
        os.kill(os.getpid(), signal.SIGKILL)

    engine.Conversation.say = say
    sys.exit(main(sys.argv[1:]))
    """
)


def test_a_line_typed_just_before_a_kill_is_on_disk(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-c", DIES_IN_THE_ENGINE, "run", "sleepy_skeptic", "--script", "-"],
        input=TYPED[0] + "\n",
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=_env(tmp_path),
        timeout=60,
    )
    assert proc.returncode == -signal.SIGKILL
    path = _session_file(tmp_path)
    assert _rep_lines(path) == [TYPED[0]]
