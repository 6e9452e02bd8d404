"""Writing transcript files: saved sessions, and any file replaced atomically.

The reading half is :mod:`roleplay.storage`; this one is imported only by the commands
that write, so that ``roleplay score`` never compiles it.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

from roleplay.errors import TranscriptError, UsageError
from roleplay.storage import DEFAULT_DIR, ENV_DIR, EXAMS_FOLDER, SESSION_SUFFIX
from roleplay.transcript import dumps_record

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at start-up
if TYPE_CHECKING:
    from datetime import datetime
    from typing import IO, Any


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


def save_exam_result(
    directory: Path, data: Mapping[str, Any], title: str, trainee: str, started: datetime
) -> Path:
    """Write one exam result as JSON to a new file in ``directory/exams/``; its path.

    Raises:
        TranscriptError: when the folder or the file cannot be written.
    """
    import json
    import secrets

    folder = directory / EXAMS_FOLDER
    stamp = started.strftime("%Y%m%d-%H%M%S")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for _ in range(10):
            path = folder / f"{stamp}_{_slug(title)}_{_slug(trainee)}_{secrets.token_hex(3)}.json"
            if not path.exists():
                break
        else:
            raise TranscriptError("could not create a unique result file", file=str(folder))
    except OSError as exc:
        raise TranscriptError(
            f"cannot save the exam result: {exc.strerror or exc}", file=str(folder)
        ) from None
    try:
        with write_atomically(path) as out:
            out.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    except UsageError as exc:
        raise TranscriptError(exc.message, file=exc.file) from None
    return path


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
