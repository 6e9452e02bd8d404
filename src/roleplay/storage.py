"""Reading and writing transcript files: the only module that touches them on disk.

A session is written as JSON Lines, one record per ``write`` call, flushed and synced
at once, so killing the process mid-call leaves every typed turn on disk.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator, Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

from roleplay.errors import RoleplayError, TranscriptError
from roleplay.transcript import Transcript, dumps_record, parse

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


def read_text(
    path: Path,
    display: str | None = None,
    *,
    limit: int | None = None,
    error: type[RoleplayError] = TranscriptError,
    missing: type[RoleplayError] | None = None,
    missing_message: str = "no such file",
) -> str:
    """Read a text file for the core, turning OS and encoding trouble into one-line errors.

    Args:
        path: The file.
        display: The name to show in errors (defaults to ``path``).
        limit: Files larger than this many bytes are refused before reading
            (default ``MAX_TRANSCRIPT_BYTES``).
        error: The error class raised for any problem.
        missing: The error class raised for a missing file (defaults to ``error``).
        missing_message: The message for a missing file.
    """
    name = display or str(path)
    limit = MAX_TRANSCRIPT_BYTES if limit is None else limit
    try:
        size = path.stat().st_size
        if size > limit:
            raise error(f"file is {size} bytes, larger than the {limit} byte limit", file=name)
        data = path.read_bytes()
    except FileNotFoundError:
        raise (missing or error)(missing_message, file=name) from None
    except IsADirectoryError:
        raise error("is a directory", file=name) from None
    except OSError as exc:
        raise error(exc.strerror or str(exc), file=name) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise error("not UTF-8 text", file=name, line=line) from None


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
