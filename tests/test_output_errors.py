"""Output that cannot be written is bad surroundings, not a bug: exit 2, one line, no torn file.

A full disk, ``/dev/full`` as stdout, or an ASCII-only terminal used to end in exit 70
("a bug in roleplay") and, for ``export`` and ``report``, a half-written file.
"""

from __future__ import annotations

import errno
import io
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from review_fixtures import run_cli, write_ten_sessions

from roleplay import storage
from roleplay.cli import main
from roleplay.environment import Environment
from roleplay.errors import UsageError

#: command -> (arguments writing FILE, the file(s) it writes)
WRITERS = {
    "export --csv": (["export", "t", "--csv", "out.csv"], ["out.csv", "out-mistakes.csv"]),
    "export --jsonl": (["export", "t", "--jsonl", "out.jsonl"], ["out.jsonl"]),
    "report --html": (["report", "t", "--html", "out.html"], ["out.html"]),
}


def _disk_full(*args, **kwargs):
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


@pytest.mark.parametrize("command", WRITERS)
def test_a_full_disk_leaves_the_old_file_whole_and_no_temporary_behind(
    tmp_path, monkeypatch, command
):
    write_ten_sessions(tmp_path / "t")
    args, files = WRITERS[command]
    for name in files:
        (tmp_path / name).write_text("the previous export\n", encoding="utf-8")
    # The disk fills up as the new text is synced: the moment a plain write would tear it.
    monkeypatch.setattr(storage.os, "fsync", _disk_full)

    result = run_cli(args, cwd=tmp_path)

    assert result.status == 2
    assert result.stderr == f"roleplay: error: {files[0]}: cannot write: No space left on device\n"
    for name in files:
        assert (tmp_path / name).read_text(encoding="utf-8") == "the previous export\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["t", *files])


@pytest.mark.parametrize("command", WRITERS)
def test_a_written_file_is_whole_and_keeps_its_permissions(tmp_path, command):
    write_ten_sessions(tmp_path / "t")
    args, files = WRITERS[command]
    (tmp_path / files[0]).write_text("old", encoding="utf-8")
    (tmp_path / files[0]).chmod(0o640)

    assert run_cli(args, cwd=tmp_path).status == 0

    assert stat.S_IMODE((tmp_path / files[0]).stat().st_mode) == 0o640
    assert (tmp_path / files[0]).read_text(encoding="utf-8") != "old"
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


@pytest.mark.parametrize(
    ("given", "written"),
    [
        ("plain.txt", "plain.txt"),
        ("link.txt", "target.txt"),  # the link is kept and the file it names replaced
    ],
)
def test_write_atomically_writes_through_a_link(tmp_path, given, written):
    (tmp_path / "target.txt").write_text("old", encoding="utf-8")
    (tmp_path / "link.txt").symlink_to(tmp_path / "target.txt")

    with storage.write_atomically(tmp_path / given) as out:
        out.write("new")

    assert (tmp_path / written).read_text(encoding="utf-8") == "new"
    assert (tmp_path / "link.txt").is_symlink()


def test_an_error_while_writing_removes_the_temporary_file_and_keeps_the_old_one(tmp_path):
    (tmp_path / "out.csv").write_text("old", encoding="utf-8")

    with pytest.raises(UsageError, match="out.csv: cannot write: No space left on device"):
        with storage.write_atomically(tmp_path / "out.csv", "out.csv") as out:
            out.write("half of the new")
            _disk_full()

    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]
    assert (tmp_path / "out.csv").read_text(encoding="utf-8") == "old"


@pytest.mark.skipif(not Path("/dev/null").exists(), reason="needs /dev/null")
def test_a_device_is_written_straight_to(tmp_path):
    with storage.write_atomically(Path("/dev/null")) as out:
        out.write("gone")


# --- standard output ---------------------------------------------------------------------


class FullDisk(io.StringIO):
    """Standard output on a full disk: every write fails."""

    def write(self, text: str) -> int:
        _disk_full()
        return 0


STDOUT_COMMANDS = {
    "review": ["review", "t"],
    "review --json": ["review", "t", "--json"],
    "show": ["show", "t/20240501-090000_cold-call_dana_a1b2c3.jsonl"],
    "score": ["score", "t"],
    "export --jsonl -": ["export", "t", "--jsonl", "-"],
    "report --html -": ["report", "t", "--html", "-"],
}


@pytest.mark.parametrize("command", STDOUT_COMMANDS)
def test_stdout_on_a_full_disk_is_one_line_and_exit_2(tmp_path, command):
    write_ten_sessions(tmp_path / "t")
    err = io.StringIO()

    status = main(
        STDOUT_COMMANDS[command], Environment(stdout=FullDisk(), stderr=err, cwd=tmp_path)
    )

    assert status == 2
    assert err.getvalue() == "roleplay: error: cannot write the output: No space left on device\n"


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("command", STDOUT_COMMANDS)
def test_dev_full_as_stdout_is_one_line_and_exit_2(tmp_path, command):
    write_ten_sessions(tmp_path / "t")
    with open("/dev/full", "w") as full:
        proc = subprocess.run(
            [sys.executable, "-m", "roleplay", *STDOUT_COMMANDS[command]],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            cwd=tmp_path,
            timeout=120,
        )

    assert proc.returncode == 2
    assert proc.stderr == "roleplay: error: cannot write the output: No space left on device\n"


@pytest.mark.parametrize(
    "environ",
    [
        {"PYTHONIOENCODING": "ascii"},
        {"PYTHONIOENCODING": "latin-1"},
        {"LANG": "C", "LC_ALL": "C", "PYTHONUTF8": "0"},
    ],
    ids=["ascii", "latin-1", "C locale"],
)
@pytest.mark.parametrize("command", ["review", "show", "score"])
def test_an_output_encoding_without_our_characters_still_prints(tmp_path, environ, command):
    write_ten_sessions(tmp_path / "t")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "PYTHONIO"))}
    env.pop("ROLEPLAY_TRACEBACK", None)

    proc = subprocess.run(
        [sys.executable, "-m", "roleplay", *STDOUT_COMMANDS[command]],
        capture_output=True,
        cwd=tmp_path,
        env={**env, **environ},
        timeout=120,
    )

    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == b""
    assert proc.stdout  # the text is there, with \\u escapes for what the encoding lacks
