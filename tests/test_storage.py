"""Reading transcripts from disk and stdin: regular files only, every read bounded, no leaks.

``/dev/zero`` must not exhaust memory, a FIFO must not hang, ``yes | roleplay show -`` must
end, and a link in a transcripts folder must not carry ``/etc/passwd`` into a review.
"""

from __future__ import annotations

import io
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from review_fixtures import run_cli, write_ten_sessions

from roleplay import storage
from roleplay.errors import TranscriptError

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="needs POSIX special files")


def _fifo(tmp_path: Path) -> Path:
    path = tmp_path / "fifo.txt"
    os.mkfifo(path)
    return path


def _socket(tmp_path: Path) -> Path:
    path = tmp_path / "s.txt"
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(path))
    return path


#: special file -> (how to make it, what the error says)
SPECIAL = {
    "FIFO": (_fifo, "is a FIFO (named pipe), not a regular file"),
    "socket": (_socket, "is a socket, not a regular file"),
    "/dev/zero": (lambda _: Path("/dev/zero"), "is a character device, not a regular file"),
    "/dev/urandom": (lambda _: Path("/dev/urandom"), "is a character device, not a regular file"),
    "a folder": (lambda tmp: tmp, "is a directory"),
}


@posix_only
@pytest.mark.parametrize("kind", SPECIAL)
def test_anything_but_a_regular_file_is_refused_by_its_type(tmp_path, kind):
    make, message = SPECIAL[kind]
    path = make(tmp_path)

    with pytest.raises(TranscriptError) as info:
        storage.read_text(path, "F")

    assert str(info.value) == f"F: {message}"


@posix_only
@pytest.mark.parametrize("kind", ["FIFO", "/dev/zero", "/dev/urandom"])
@pytest.mark.parametrize("command", ["show", "score"])
def test_show_and_score_refuse_a_device_or_fifo_at_once(tmp_path, kind, command):
    make, message = SPECIAL[kind]
    path = make(tmp_path)

    # A real process, so that a regression hangs or eats memory there and the timeout
    # fails the test, instead of taking pytest down with it.
    proc = subprocess.run(
        [sys.executable, "-m", "roleplay", command, str(path)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=60,
    )

    assert proc.returncode == 2
    assert proc.stderr == f"roleplay: error: {path}: {message}\n"


@pytest.mark.skipif(not Path("/proc/self/maps").exists(), reason="needs Linux /proc")
def test_a_file_larger_than_its_stat_says_is_still_cut_at_the_limit():
    # /proc files say they are 0 bytes long; what is read is bounded all the same.
    with pytest.raises(TranscriptError, match="larger than the 10 byte limit"):
        storage.read_text(Path("/proc/self/maps"), limit=10)


class EndlessInput(io.TextIOBase):
    """``yes`` on standard input: it never ends. Records how much was asked for."""

    def __init__(self) -> None:
        self.buffer = self
        self.asked: list[int] = []

    def read(self, size: int = -1):
        assert size >= 0, "an unbounded read of endless input"
        self.asked.append(size)
        return (b"y\n" * (size // 2 + 1))[:size]

    def readline(self, size: int = -1) -> str:
        assert size >= 0, "an unbounded readline of endless input"
        self.asked.append(size)
        return "y" * max(size - 1, 0) + "\n"


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"Rep: hi\n", "Rep: hi\n"),
        (b"\xef\xbb\xbfRep: hi\n", "Rep: hi\n"),  # a byte-order mark is dropped
        (b"x" * 20, "x" * 20),
        (b"x" * 21, "<stdin>: input is larger than the 20 byte limit"),
        (b"Rep: ok\nRep: caf\xe9\n", "<stdin>:2: not UTF-8 text"),
    ],
)
def test_standard_input_is_read_up_to_the_limit(data, expected):
    stream = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")
    try:
        assert storage.read_stream(stream, limit=20) == expected
    except TranscriptError as exc:
        assert str(exc) == expected


def test_endless_standard_input_is_refused_after_limit_plus_one_bytes():
    stream = EndlessInput()

    with pytest.raises(TranscriptError, match="larger than the 1000 byte limit"):
        storage.read_stream(stream, limit=1000)

    assert stream.asked == [1001]


def test_show_dash_refuses_endless_input(tmp_path, monkeypatch):
    monkeypatch.setattr(storage, "MAX_TRANSCRIPT_BYTES", 1000)
    from roleplay.cli import main
    from roleplay.environment import Environment

    err = io.StringIO()
    env = Environment(stdin=EndlessInput(), stdout=io.StringIO(), stderr=err, cwd=tmp_path)

    assert main(["show", "-"], env) == 2
    assert err.getvalue() == "roleplay: error: <stdin>: input is larger than the 1000 byte limit\n"


def test_lines_are_read_as_they_come_and_never_past_the_limit():
    assert list(storage.read_lines(io.StringIO("one\ntwo\n"), limit=100)) == ["one\n", "two\n"]

    stream = EndlessInput()
    lines = storage.read_lines(stream, limit=10)
    with pytest.raises(TranscriptError, match="<stdin>: input is longer than the 10 character"):
        list(lines)
    assert stream.asked == [11]  # one line, cut at what the limit still allowed


# --- links in a transcripts folder ---------------------------------------------------------

SECRET = "Rep: the secret launch code is xyzzy\n"  # a valid transcript, to make a leak visible


def _folder_with_links(tmp_path: Path) -> Path:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text(SECRET, encoding="utf-8")
    (outside / "passwd").write_text("root:x:0:0:root:/root:/bin/bash\n", encoding="utf-8")
    folder = tmp_path / "t"
    write_ten_sessions(folder)
    (folder / "inside.txt").write_text("Rep: hello, this is Dana\n", encoding="utf-8")
    links = {
        "secret.txt": outside / "secret.txt",
        "passwd.txt": outside / "passwd",
        "also-inside.txt": folder / "inside.txt",
        "dangling.txt": tmp_path / "nowhere.txt",
        "loop.txt": folder / "loop.txt",
        "outside-folder": outside,
    }
    for name, target in links.items():
        (folder / name).symlink_to(target)
    return folder


#: link name -> the warning it gets, or None when it is read
LINKS = {
    "secret.txt": "roleplay: warning: t/secret.txt: a link to a file outside the folder; not followed; skipped",
    "passwd.txt": "roleplay: warning: t/passwd.txt: a link to a file outside the folder; not followed; skipped",
    "also-inside.txt": None,
}


@posix_only
def test_links_out_of_the_folder_are_not_followed_and_their_content_never_shown(tmp_path):
    _folder_with_links(tmp_path)

    result = run_cli(["review", "t", "--json"], cwd=tmp_path)
    report = run_cli(["report", "t", "--html", "-"], cwd=tmp_path)

    assert result.status == 0 and report.status == 0
    for name, warning in LINKS.items():
        if warning is None:
            assert f"t/{name}" in result.stdout
        else:
            assert warning in result.stderr.splitlines()
    for text in (result.stdout, result.stderr, report.stdout, report.stderr):
        assert "secret launch code" not in text and "root:x" not in text
    # A link to a folder elsewhere is not walked into; dangling and looping links lead to
    # no file, so there is nothing to read.
    for name in ("outside-folder", "dangling.txt", "loop.txt"):
        assert name not in result.stdout + result.stderr


@posix_only
@pytest.mark.parametrize(
    ("below", "read"),
    [
        ("a.txt", True),
        ("sub/b.txt", True),
        ("link-to-a.txt", True),
        ("link-to-sub/b.txt", True),
        ("link-out.txt", False),
        ("link-to-outside/c.txt", False),
    ],
)
def test_resolve_inside_refuses_any_link_on_the_way_out(tmp_path, below, read):
    root, outside = tmp_path / "root", tmp_path / "outside"
    (root / "sub").mkdir(parents=True)
    outside.mkdir()
    for path in (root / "a.txt", root / "sub" / "b.txt", outside / "c.txt"):
        path.write_text("Rep: hi\n", encoding="utf-8")
    (root / "link-to-a.txt").symlink_to(root / "a.txt")
    (root / "link-to-sub").symlink_to(root / "sub")
    (root / "link-out.txt").symlink_to(outside / "c.txt")
    (root / "link-to-outside").symlink_to(outside)

    if read:
        assert storage.resolve_inside(root / below, root).is_relative_to(root.resolve())
    else:
        with pytest.raises(TranscriptError, match="a link to a file outside the folder"):
            storage.resolve_inside(root / below, root)


@posix_only
def test_score_of_a_folder_does_not_follow_links_out_of_it_either(tmp_path):
    _folder_with_links(tmp_path)

    code, out, err = _score(["t"], tmp_path)

    assert code == 2
    assert "t/secret.txt: a link to a file outside the folder; not followed" in err
    assert "xyzzy" not in out


@posix_only
def test_a_file_named_directly_may_be_a_link(tmp_path):
    (tmp_path / "real.txt").write_text("Rep: hello, this is Dana\n", encoding="utf-8")
    (tmp_path / "link.txt").symlink_to(tmp_path / "real.txt")

    assert run_cli(["show", "link.txt"], cwd=tmp_path).status == 0


def test_a_file_that_is_not_a_transcript_is_named_but_not_quoted(tmp_path):
    write_ten_sessions(tmp_path / "t")
    (tmp_path / "t" / "notes.txt").write_text("root:x:0:0:root:/root:/bin/bash\n", encoding="utf-8")

    result = run_cli(["report", "t", "--html", "-"], cwd=tmp_path)

    assert "t/notes.txt:1:1: expected a line starting 'Rep:'" in result.stderr
    assert "root:x" not in result.stderr + result.stdout


def _score(args: list[str], cwd: Path) -> tuple[int, str, str]:
    from roleplay.cli import main
    from roleplay.environment import Environment

    out, err = io.StringIO(), io.StringIO()
    code = main(["score", *args], Environment(stdout=out, stderr=err, environ={}, cwd=cwd))
    return code, out.getvalue(), err.getvalue()
