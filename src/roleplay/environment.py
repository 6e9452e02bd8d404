"""Everything the CLI takes from the outside world, in one object tests can replace.

The core never reads these itself; commands pass what it needs as plain values.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at start-up
if TYPE_CHECKING:
    from datetime import datetime
    from typing import Any, TextIO


def isatty(stream: object) -> bool:
    """Whether ``stream`` is a terminal; False for streams that cannot say (StringIO, closed)."""
    try:
        return bool(stream.isatty())  # type: ignore[attr-defined]
    except (AttributeError, ValueError):
        return False


def shown_path(path: Path, cwd: Path | None) -> str:
    """``path`` as a user would type it: relative to ``cwd`` when it lies below it."""
    if cwd is not None:
        for a, b in ((path, cwd), (path.resolve(), cwd.resolve())):
            try:
                return str(a.relative_to(b))
            except ValueError:
                pass
    return str(path)


def _now() -> datetime:
    from datetime import datetime, timezone  # here: most commands never ask the time

    return datetime.now(timezone.utc).astimezone()


def _user() -> str:
    import getpass

    try:
        return getpass.getuser()
    except Exception:  # getuser raises OSError/KeyError when no name can be found
        return "trainee"


class Environment:
    """Streams, variables, working directory, clock and user name of one CLI run.

    Each left out is the process's own: ``sys.stdin``... as they are when it is made, a
    copy of ``os.environ``, the working directory, the clock and the login name. (A plain
    class, not a dataclass: see :mod:`roleplay.records`.)
    """

    stdin: TextIO
    stdout: TextIO
    stderr: TextIO
    environ: Mapping[str, str]
    cwd: Path
    now: Callable[[], datetime]
    user: Callable[[], str]

    def __init__(
        self,
        stdin: TextIO | None = None,
        stdout: TextIO | None = None,
        stderr: TextIO | None = None,
        environ: Mapping[str, str] | None = None,
        cwd: Path | None = None,
        now: Callable[[], datetime] = _now,
        user: Callable[[], str] = _user,
    ) -> None:
        self.stdin = sys.stdin if stdin is None else stdin
        self.stdout = sys.stdout if stdout is None else stdout
        self.stderr = sys.stderr if stderr is None else stderr
        self.environ = dict(os.environ) if environ is None else environ
        self.cwd = Path.cwd() if cwd is None else cwd
        self.now = now
        self.user = user

    def replace(self, **changes: Any) -> Environment:
        """A copy with ``changes`` (attribute names, as keywords) made."""
        return Environment(**{**vars(self), **changes})

    @property
    def stdout_isatty(self) -> bool:
        return isatty(self.stdout)

    def columns(self) -> int | None:
        """The width text tables fit: ``$COLUMNS`` when a positive number, else the width
        of the terminal stdout is, else None (a file or a pipe: no limit)."""
        try:
            columns = int(self.environ.get("COLUMNS", ""))
        except ValueError:
            columns = 0
        if columns > 0:
            return columns
        if not self.stdout_isatty:
            return None
        try:
            return os.get_terminal_size(self.stdout.fileno()).columns or None
        except (AttributeError, ValueError, OSError):
            return None

    def path(self, value: str | os.PathLike[str]) -> Path:
        """A user-given path, relative to the working directory."""
        p = Path(value).expanduser()
        return p if p.is_absolute() else self.cwd / p
