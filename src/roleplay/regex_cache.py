"""Where the CLI keeps the compiled regexes of :mod:`roleplay.language.precompiled`.

One file per Python version and roleplay version, in ``$ROLEPLAY_CACHE``, else
``$XDG_CACHE_HOME/roleplay``, else ``~/.cache/roleplay``; ``ROLEPLAY_CACHE=`` (empty)
turns it off. It is read once per process, before the first pattern is compiled, and
written back (atomically, replacing the old file) only when a run compiled a pattern the
file did not have, or when the file has grown past
:data:`~roleplay.language.precompiled.PRUNE_ABOVE` patterns (old versions of edited
patterns pile up): then only the patterns that run used are kept. A file that cannot be
read or written is ignored: the cache only ever saves time.

The file is ``marshal`` data, like the ``.pyc`` files Python keeps beside the sources, and
is trusted as they are: it lives in the user's own cache directory. It holds patterns and
opcodes, never code; the regex engine checks the opcodes it is given.
"""

from __future__ import annotations

import marshal
import os
from collections.abc import Mapping
from pathlib import Path

from roleplay import __version__
from roleplay.language import precompiled

ENV_DIR = "ROLEPLAY_CACHE"
_MAX_BYTES = 16 * 1024 * 1024  # far above a real store (about 250 KB): anything bigger is not ours

_read: set[Path] = set()  # the files this process has read


def path(environ: Mapping[str, str]) -> Path | None:
    """The cache file for this Python and this roleplay, or None when there is none."""
    if ENV_DIR in environ:
        base = environ[ENV_DIR]
        if not base:
            return None
        directory = Path(base).expanduser()
    elif environ.get("XDG_CACHE_HOME"):
        directory = Path(environ["XDG_CACHE_HOME"]) / "roleplay"
    elif environ.get("HOME"):
        directory = Path(environ["HOME"]) / ".cache" / "roleplay"
    else:
        return None
    return directory / f"regexes-{precompiled.TAG}-{__version__}.marshal"


def read(file: Path | None) -> None:
    """Load ``file`` into the store, once per process; a missing or damaged file is skipped."""
    if file is None or file in _read:
        return
    _read.add(file)
    try:
        with open(file, "rb") as stream:
            data = stream.read(_MAX_BYTES + 1)
        if len(data) <= _MAX_BYTES:
            precompiled.load(marshal.loads(data))
    except (OSError, ValueError, EOFError, TypeError, RecursionError, MemoryError):
        pass


def write(file: Path | None) -> None:
    """Write the store to ``file`` when this process compiled something it lacked."""
    if file is None:
        return
    store = precompiled.dump()
    if store is None:
        return
    temporary = file.with_name(f".{file.name}.{os.getpid()}")
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        with open(temporary, "wb") as stream:
            marshal.dump(store, stream)
        os.replace(temporary, file)
        precompiled.saved()
    except (OSError, ValueError):
        try:
            temporary.unlink(missing_ok=True)
        except OSError:
            pass
