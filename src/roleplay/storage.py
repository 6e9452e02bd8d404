"""Reading and writing transcript files: the only module that touches them on disk.

A session is written as JSON Lines, one record per ``write`` call, flushed and synced
at once, so killing the process mid-call leaves every typed turn on disk.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

from roleplay.errors import RoleplayError, TranscriptError, UsageError
from roleplay.transcript import Transcript, dumps_record, parse

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at start-up
if TYPE_CHECKING:
    from datetime import datetime
    from typing import IO, Any

#: Suffix of saved sessions. Plain-text transcripts of real calls are usually ``.txt``.
SESSION_SUFFIX = ".jsonl"
TRANSCRIPT_SUFFIXES = (".jsonl", ".txt")
DEFAULT_DIR = "transcripts"
ENV_DIR = "ROLEPLAY_TRANSCRIPTS"
#: Transcripts larger than this are refused rather than read into memory.
MAX_TRANSCRIPT_BYTES = 8 * 1024 * 1024


def transcripts_dir(option: str | None, environ: Mapping[str, str], cwd: Path) -> Path:
    """Where sessions are saved: ``--transcripts``, else ``$ROLEPLAY_TRANSCRIPTS``, else ./transcripts."""
    chosen = option or environ.get(ENV_DIR) or DEFAULT_DIR
    path = Path(chosen).expanduser()
    return path if path.is_absolute() else cwd / path


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower()[:40] or "x"


class SessionWriter:
    """Appends one session's records to a new file with a unique name.

    The name is ``<started>_<scenario>_<trainee>_<random>.jsonl``; the file is created
    exclusively, so two sessions never share one.
    """

    def __init__(self, directory: Path, scenario: str, trainee: str, started: datetime) -> None:
        import secrets  # here, not at the top: it costs `roleplay score` start-up time

        directory.mkdir(parents=True, exist_ok=True)
        stamp = started.strftime("%Y%m%d-%H%M%S")
        for _ in range(10):
            name = (
                f"{stamp}_{_slug(scenario)}_{_slug(trainee)}_{secrets.token_hex(3)}{SESSION_SUFFIX}"
            )
            path = directory / name
            try:
                self._fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_APPEND, 0o644)
            except FileExistsError:
                continue
            self.path = path
            return
        raise TranscriptError("could not create a unique transcript file", file=str(directory))

    def write(self, record: Mapping[str, Any]) -> None:
        """Append one record and make sure it reached the disk."""
        data = dumps_record(record).encode("utf-8")
        view = memoryview(data)
        while view:
            written = os.write(self._fd, view)
            view = view[written:]
        os.fsync(self._fd)

    def close(self) -> None:
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1

    def __enter__(self) -> SessionWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _file_kind(mode: int) -> str:
    if stat.S_ISCHR(mode):
        return "a character device"
    if stat.S_ISBLK(mode):
        return "a block device"
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISLNK(mode):
        return "a symbolic link"
    return "a special file"


def read_text(
    path: Path,
    display: str | None = None,
    *,
    limit: int | None = None,
    error: type[RoleplayError] = TranscriptError,
    missing: type[RoleplayError] | None = None,
    missing_message: str = "no such file",
    follow_links: bool = True,
) -> str:
    """Read a text file for the core, turning OS and encoding trouble into one-line errors.

    Only regular files are read: a device (``/dev/zero``, ``/dev/urandom``), a FIFO or a
    socket is refused by its type before it is opened, and it is opened non-blocking, so
    a FIFO swapped in after the check never hangs the read. At most ``limit + 1`` bytes
    are ever read, so a file that grows after the size check is still refused.

    Args:
        path: The file.
        display: The name to show in errors (defaults to ``path``).
        limit: Files larger than this many bytes are refused before reading
            (default ``MAX_TRANSCRIPT_BYTES``).
        error: The error class raised for any problem.
        missing: The error class raised for a missing file (defaults to ``error``).
        missing_message: The message for a missing file.
        follow_links: False refuses a symbolic link as the last part of ``path``.
    """
    name = display or str(path)
    limit = MAX_TRANSCRIPT_BYTES if limit is None else limit
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    if not follow_links:
        flags |= getattr(os, "O_NOFOLLOW", 0)
    try:
        _check_regular(os.stat(path, follow_symlinks=follow_links).st_mode, error, name)
        fd = os.open(path, flags)
        with os.fdopen(fd, "rb") as stream:
            opened = os.fstat(fd)  # what was opened, in case it changed since the stat
            _check_regular(opened.st_mode, error, name)
            size = opened.st_size
            if size > limit:
                raise error(f"file is {size} bytes, larger than the {limit} byte limit", file=name)
            data = stream.read(limit + 1)
    except FileNotFoundError:
        raise (missing or error)(missing_message, file=name) from None
    except IsADirectoryError:
        raise error("is a directory", file=name) from None
    except OSError as exc:
        raise error(exc.strerror or str(exc), file=name) from None
    if len(data) > limit:
        raise error(f"file is larger than the {limit} byte limit", file=name)
    return _decode(data, error, name)


def _check_regular(mode: int, error: type[RoleplayError], name: str) -> None:
    if stat.S_ISDIR(mode):
        raise error("is a directory", file=name)
    if not stat.S_ISREG(mode):
        raise error(f"is {_file_kind(mode)}, not a regular file", file=name)


def _decode(data: bytes, error: type[RoleplayError], name: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise error("not UTF-8 text", file=name, line=line) from None


def read_stream(
    stream: IO[str],
    name: str = "<stdin>",
    *,
    limit: int | None = None,
    error: type[RoleplayError] = TranscriptError,
) -> str:
    """Read a whole text stream (standard input), refusing more than ``limit`` bytes.

    At most ``limit + 1`` bytes are read, whatever is piped in (``yes | roleplay show -``
    ends with an error, not with memory exhausted). The bytes under a text stream are
    read and decoded here, so the limit is in bytes and the encoding is always UTF-8;
    a stream with no bytes under it (``io.StringIO``) is limited in characters.

    Raises:
        error: for too much input, text that is not UTF-8, or a read error.
    """
    limit = MAX_TRANSCRIPT_BYTES if limit is None else limit
    binary = getattr(stream, "buffer", None)
    try:
        data = binary.read(limit + 1) if binary is not None else stream.read(limit + 1)
    except UnicodeDecodeError:
        raise error("not UTF-8 text", file=name, line=1) from None
    except OSError as exc:
        raise error(exc.strerror or str(exc), file=name) from None
    if len(data) > limit:
        raise error(f"input is larger than the {limit} byte limit", file=name)
    return _decode(data, error, name) if isinstance(data, bytes) else data


def read_lines(
    stream: IO[str],
    name: str = "<stdin>",
    *,
    limit: int | None = None,
    error: type[RoleplayError] = TranscriptError,
) -> Iterator[str]:
    """The lines of a text stream as they arrive, refusing more than ``limit`` characters.

    For a stream read line by line while it is still being written (``run --script -``
    driven by another program): no line, however long, is read beyond what the limit
    still allows.

    Raises:
        error: once the input passes the limit, or on a read error.
    """
    limit = MAX_TRANSCRIPT_BYTES if limit is None else limit
    left = limit
    while True:
        try:
            line = stream.readline(left + 1)
        except UnicodeDecodeError:
            raise error("not UTF-8 text", file=name) from None
        except OSError as exc:
            raise error(exc.strerror or str(exc), file=name) from None
        if not line:
            return
        left -= len(line)
        if left < 0:
            raise error(f"input is longer than the {limit} character limit", file=name)
        yield line


def resolve_inside(path: Path, root: Path, display: str | None = None) -> Path:
    """``path``, refused when a link on the way to it leads out of folder ``root``.

    A link in a transcripts folder to ``/etc/passwd`` (or any file outside) is not
    followed: reading it would put someone else's file in a review or a report. Only
    the parts of ``path`` below ``root`` are looked at (one ``lstat`` each): ``root``
    is where the user asked to look, links and all.

    Raises:
        TranscriptError: for a link outside ``root``, or a link that loops.
    """
    name = display or str(path)
    top, here = str(root), str(path)
    if here.startswith(top):  # plain string work: this runs once per file of a review
        below = here[len(top) :].strip(os.sep).split(os.sep)
        steps = (os.path.join(top, *below[:i]) for i in range(len(below), 0, -1))
        if not any(map(os.path.islink, steps)):
            return path  # no link below root: the file is where it seems
    try:
        real, base = path.resolve(), root.resolve()
    except (OSError, RuntimeError):  # RuntimeError: a symlink loop, before Python 3.13
        raise TranscriptError("a link that loops; not followed", file=name) from None
    if real != base and base not in real.parents:
        raise TranscriptError("a link to a file outside the folder; not followed", file=name)
    return real


def load_transcript(path: Path, display: str | None = None) -> Transcript:
    """Read and parse one transcript file (either format)."""
    name = display or str(path)
    return parse(read_text(path, name), name)


def iter_transcript_paths(paths: Iterable[Path]) -> Iterator[Path]:
    """Expand folders into the transcript files below them, sorted; files pass through.

    Raises:
        TranscriptError: for a path that does not exist.
    """
    for path in paths:
        if path.is_dir():
            found = sorted(
                p for p in path.rglob("*") if p.is_file() and p.suffix in TRANSCRIPT_SUFFIXES
            )
            yield from found
        elif path.exists() or str(path) == "-":
            yield path
        else:
            raise TranscriptError("no such file or directory", file=str(path))


@contextmanager
def write_atomically(path: Path, display: str | None = None) -> Iterator[IO[str]]:
    """A UTF-8 text stream that becomes ``path`` only once it is all written.

    The text goes to a temporary file in the same folder, is synced, and is renamed over
    ``path`` at the end, so a full disk or a crash never leaves a truncated file: ``path``
    is either the whole new text or what it was before. An existing file keeps its
    permissions; a link keeps pointing where it did. A device or FIFO (``/dev/stdout``)
    has nothing to rename over, and is written straight to.

    Raises:
        UsageError: ``cannot write: REASON`` naming the file, when any of this fails;
            the temporary file is removed.
    """
    name = display or str(path)

    def cannot(exc: OSError) -> UsageError:
        return UsageError(f"cannot write: {exc.strerror or exc}", file=name)

    target = path
    try:
        target = path.resolve()
        existing = os.stat(target).st_mode
    except FileNotFoundError:
        existing = None
    except (OSError, RuntimeError) as exc:  # RuntimeError: a link loop, before Python 3.13
        raise UsageError(f"cannot write: {exc}", file=name) from None
    if existing is not None and not stat.S_ISREG(existing):
        try:
            with open(target, "w", encoding="utf-8", newline="", errors="backslashreplace") as out:
                yield out
        except OSError as exc:
            raise cannot(exc) from None
        return
    import secrets  # here, not at the top: it costs `roleplay score` start-up time

    temporary = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
    try:
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    except OSError as exc:
        raise cannot(exc) from None
    try:
        if existing is not None and hasattr(os, "fchmod"):
            os.fchmod(fd, stat.S_IMODE(existing))
        with os.fdopen(fd, "w", encoding="utf-8", newline="", errors="backslashreplace") as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, target)
    except OSError as exc:
        _remove(temporary)
        raise cannot(exc) from None
    except BaseException:
        _remove(temporary)
        raise


def _remove(path: Path) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass
