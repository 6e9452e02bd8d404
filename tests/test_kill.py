"""Killing roleplay mid-call (kill -9) leaves every typed turn readable on disk."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from roleplay.errors import TranscriptError
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


def _wait_for(predicate, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.05)
    raise AssertionError("timed out waiting for the transcript")


def _session_file(tmp_path: Path) -> Path | None:
    found = sorted((tmp_path / "transcripts").glob("*.jsonl"))
    return found[0] if found else None


def _rep_lines(path: Path) -> list[str]:
    return [t.text for t in load_transcript(path).turns if t.is_rep]


def _answered(tmp_path: Path, n: int) -> bool:
    """True once the file holds ``n`` rep lines, each with the prospect's reply after it."""
    path = _session_file(tmp_path)
    try:
        turns = load_transcript(path).turns if path else ()
    except TranscriptError:  # created, but the header is not written yet
        return False
    return [x.speaker for x in turns] == ["prospect"] + ["rep", "prospect"] * n


def test_kill_9_mid_call_keeps_every_typed_turn(tmp_path):
    proc = subprocess.Popen(
        [sys.executable, "-m", "roleplay", "run", "sleepy_skeptic", "--script", "-", "--seed", "2"],
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        cwd=tmp_path,
        env=_env(tmp_path),
        text=True,
    )
    try:
        for n, line in enumerate(TYPED, 1):
            proc.stdin.write(line + "\n")
            proc.stdin.flush()
            _wait_for(lambda n=n: _answered(tmp_path, n))
        # the call is still going: stdin is open, the prospect waits for the next line
        assert proc.poll() is None
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stdin.close()
        proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL
    t = load_transcript(_session_file(tmp_path))
    assert _rep_lines(_session_file(tmp_path)) == TYPED
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
