"""Reading and writing transcript files: the only module that touches them on disk
(writing lives in :mod:`roleplay.storage_write`, which ``roleplay score`` never imports).

A session is written as JSON Lines, one record per ``write`` call, flushed and synced
at once, so killing the process mid-call leaves every typed turn on disk.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

from roleplay.errors import RoleplayError, TranscriptError
from roleplay.transcript import Transcript, parse

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at start-up
if TYPE_CHECKING:
    from typing import IO, Any

#: Suffix of saved sessions. Transcripts of real calls are ``.txt``, or captions
#: (``.vtt``, ``.srt``).
SESSION_SUFFIX = ".jsonl"
TRANSCRIPT_SUFFIXES = (".jsonl", ".txt", ".vtt", ".srt")
DEFAULT_DIR = "transcripts"
#: Exam results are kept in this folder below the transcripts folder, as ``.json`` files,
#: which are never read as sessions (those are ``.jsonl`` and ``.txt``).
EXAMS_FOLDER = "exams"
ENV_DIR = "ROLEPLAY_TRANSCRIPTS"
#: Transcripts larger than this are refused rather than read into memory.
MAX_TRANSCRIPT_BYTES = 8 * 1024 * 1024


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
    # (UTF-8 with its byte-order mark dropped, as "utf-8-sig" reads it, without loading
    # that codec's module at start-up)
    bom = 3 if data.startswith(b"\xef\xbb\xbf") else 0
    try:
        return data[bom:].decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: bom + exc.start].count(b"\n") + 1
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


def load_transcript(
    path: Path, display: str | None = None, *, rep: str | None = None
) -> Transcript:
    """Read and parse one transcript file (any format; ``rep`` names the rep in a call
    whose speakers are named)."""
    name = display or str(path)
    return parse(read_text(path, name), name, rep=rep)


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


# Writing lives in roleplay.storage_write: ``roleplay score`` only reads. Its names are
# still importable from here.
_WRITE_NAMES = frozenset({"transcripts_dir", "SessionWriter", "write_atomically"})
if TYPE_CHECKING:
    from roleplay.storage_write import SessionWriter as SessionWriter
    from roleplay.storage_write import transcripts_dir as transcripts_dir
    from roleplay.storage_write import write_atomically as write_atomically


def __getattr__(name: str) -> Any:
    if name in _WRITE_NAMES:
        from roleplay import storage_write

        return getattr(storage_write, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
