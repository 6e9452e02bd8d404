"""Regexes compiled by an earlier run, so that a short command need not compile them again.

Python's ``re`` compiles every pattern from its source in each new process, in Python
code. The language package has about ninety large patterns, and compiling them was half
the time of a one-file ``roleplay score``. This module keeps what ``re``'s compiler made of
each pattern (its opcodes and groups), keyed by the pattern and its flags, and hands that
straight to the regex engine the next time: a pattern object that finds exactly what
``re.compile`` returns finds, without the compiling. (Its opcodes are ``re``'s, with the
characters a match starts with where ``re`` leaves them out, so that a search skips the
positions no match starts at: :mod:`roleplay.language.first_chars`.)

The store is plain data and this module does no I/O: the CLI reads the store from the
user's cache directory with :func:`load` and writes it back with :func:`dump` when a run
compiled something new (:mod:`roleplay.regex_cache`). Anything this module does not
understand (another Python, a damaged store) falls back to ``re.compile``: the store
can make a run faster, never different.
"""

from __future__ import annotations

import re
import sys

try:  # the engine and compiler behind ``re``; their shape is CPython's, checked below
    import _sre  # type: ignore[import-not-found]
    from array import array

    if sys.version_info >= (3, 11):
        from re import _compiler, _parser
    else:  # pragma: no cover - Python 3.10
        import sre_compile as _compiler
        import sre_parse as _parser
    _USABLE = (
        sys.implementation.name == "cpython"
        and array("I").itemsize == _sre.CODESIZE
        and callable(getattr(_compiler, "_code", None))
    )
except ImportError:  # pragma: no cover - not CPython
    _USABLE = False

# What a store is for: another Python (or another regex engine) reads opcodes differently.
# (and "first": opcodes with the first characters that :mod:`first_chars` adds)
TAG = f"{sys.implementation.name}-{sys.version_info[0]}.{sys.version_info[1]}-sre{getattr(_sre, 'MAGIC', 0) if _USABLE else 0}-first"

# (pattern, flags) -> (flags, opcodes as bytes, groups, group index, index group)
_Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
_store: dict[tuple[str, int], _Entry] = {}
_added = False  # whether a pattern the store did not have was compiled since the last save
_used: set[tuple[str, int]] = set()  # the patterns this process asked for
#: A store read back with more entries than this has kept patterns that changed since (one
#: run asks for a few dozen): the next write keeps only those this process used.
PRUNE_ABOVE = 600
compiled_from_source = 0  # how many patterns this process compiled (not taken from the store)


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:  # noqa: A001 - re.compile's name
    """``re.compile(pattern, flags)`` (what it finds), from the store when it has the
    pattern."""
    global _added, compiled_from_source
    if not _USABLE:
        return re.compile(pattern, flags)
    key = (pattern, int(flags))
    _used.add(key)
    entry = _store.get(key)
    if entry is not None:
        try:
            return _from_entry(pattern, entry)
        except (RuntimeError, TypeError, ValueError, OverflowError):  # not what the engine takes
            del _store[key]
    try:
        entry = _compiled(pattern, int(flags))
        compiled = _from_entry(pattern, entry)
    except re.error:
        raise
    except Exception:  # the compiler's internals are not what this module expects
        return re.compile(pattern, flags)
    _store[key] = entry
    _added = True
    compiled_from_source += 1
    return compiled


def _compiled(pattern: str, flags: int) -> _Entry:
    """What ``re._compiler.compile`` computes before it calls the engine, with the
    characters a match starts with where ``re`` leaves them out (:mod:`first_chars`)."""
    # (imported here: a run whose patterns all come from the store never needs it)
    from roleplay.language.first_chars import with_first_chars

    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)  # type: ignore[attr-defined]
    code = with_first_chars(code, parsed, flags | parsed.state.flags)
    state = parsed.state
    groupindex = dict(state.groupdict)
    indexgroup: list[str | None] = [None] * state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    opcodes = array("I", [int(op) for op in code]).tobytes()
    return (int(flags | state.flags), opcodes, state.groups - 1, groupindex, tuple(indexgroup))


def _from_entry(pattern: str, entry: _Entry) -> re.Pattern[str]:
    flags, opcodes, groups, groupindex, indexgroup = entry
    code = array("I")
    code.frombytes(opcodes)
    # The engine checks the opcodes it is given: bad ones raise RuntimeError, never crash.
    return _sre.compile(pattern, flags, code.tolist(), groups, groupindex, indexgroup)


def load(data: object) -> int:
    """Add the entries of a store read back (what :func:`dump` gave) to this process's
    store; anything not in that shape is skipped. Returns how many entries were added."""
    if not _USABLE or not isinstance(data, dict) or data.get("tag") != TAG:
        return 0
    entries = data.get("entries")
    if not isinstance(entries, dict):
        return 0
    added = 0
    for key, entry in entries.items():
        if _well_formed(key, entry) and key not in _store:
            _store[key] = entry
            added += 1
    return added


def _well_formed(key: object, entry: object) -> bool:
    return (
        isinstance(key, tuple)
        and len(key) == 2
        and isinstance(key[0], str)
        and isinstance(key[1], int)
        and isinstance(entry, tuple)
        and len(entry) == 5
        and isinstance(entry[0], int)
        and isinstance(entry[1], bytes)
        and len(entry[1]) % _sre.CODESIZE == 0
        and isinstance(entry[2], int)
        and isinstance(entry[3], dict)
        and isinstance(entry[4], tuple)
    )


def dump() -> dict[str, object] | None:
    """The store to write back, or None when this process added nothing to it (and it is
    no bigger than :data:`PRUNE_ABOVE`)."""
    if len(_store) > PRUNE_ABOVE:  # (written back even with nothing new, to shrink it)
        return {"tag": TAG, "entries": {key: _store[key] for key in _used if key in _store}}
    if not _added:
        return None
    return {"tag": TAG, "entries": dict(_store)}


def saved() -> None:
    """Note that the store has been written back: until something new is compiled,
    :func:`dump` has nothing to give."""
    global _added
    _added = False


def forget() -> None:
    """Empty the store (for tests)."""
    global _added
    _store.clear()
    _used.clear()
    _added = False
