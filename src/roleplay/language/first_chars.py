"""The characters a regex's match can start with, for the patterns ``re`` leaves without.

``re`` compiles into each pattern the set of characters its matches start with, when it
sees one at once (a pattern that opens with a letter, a class, or a choice of letters), so
that a search skips, in a tight C loop, every position no match can start at. A pattern
that opens with ``\\b`` gets no such set, although ``\\b`` reads no character: the search
then starts the whole matcher at every position of the text. Most of the rules open with
``\\b`` (``\\b(?:demo|meeting|...)``), and that start-up, tried at every character of every
line, was a quarter of scoring a transcript.

:func:`with_first_chars` adds the set to such a pattern's opcodes: the characters its
first part can start with, and while a part may match nothing (``\\b``, a look-around, an
optional word), those of the part after it too. Where that is not certain (any character, a
change of flags, ignoring case, a negated class) the opcodes stay as ``re`` made them. A
search then tries the same positions in the same order, less some where no match starts:
it finds exactly what it found. (A pattern that opens with ``^`` keeps ``re``'s opcodes,
which try the start of the text alone.)
"""

from __future__ import annotations

import sys

if sys.version_info >= (3, 11):
    from re import _compiler, _constants
else:  # pragma: no cover - Python 3.10
    import sre_compile as _compiler
    import sre_constants as _constants

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at start-up
if TYPE_CHECKING:
    from typing import Any

_AT, _LITERAL, _IN, _NEGATE = _constants.AT, _constants.LITERAL, _constants.IN, _constants.NEGATE
_BRANCH, _SUBPATTERN = _constants.BRANCH, _constants.SUBPATTERN
_REPEATS = (_constants.MAX_REPEAT, _constants.MIN_REPEAT)
_LOOKAROUNDS = (_constants.ASSERT, _constants.ASSERT_NOT)
_NO_CASE = _constants.SRE_FLAG_IGNORECASE | _constants.SRE_FLAG_LOCALE
_ANCHORS = ((_AT, _constants.AT_BEGINNING), (_AT, _constants.AT_BEGINNING_STRING))


def first_chars(items: Any) -> tuple[list[tuple[Any, Any]], bool] | None:
    """What a match of ``items`` (a parsed pattern's sequence) starts with: the characters
    (a character class's items) of its first part and, while a part may match nothing
    (``\\b``, a look-around, an optional word), of the parts after it; and whether the
    whole may match nothing. None where that is not certain."""
    found: list[tuple[Any, Any]] = []
    for item in items:
        start = _first_of(*item)
        if start is None:
            return None
        chars, empty = start
        found.extend(chars)
        if not empty:
            return found, False
    return found, True


def _first_of(op: Any, av: Any) -> tuple[list[tuple[Any, Any]], bool] | None:
    if op is _AT or op in _LOOKAROUNDS:
        return [], True  # reads no character (a look-around only narrows the matches)
    if op is _LITERAL:
        return [(op, av)], False
    if op is _IN:
        # (not a negated class: joined with other characters it would negate them)
        return None if any(item is _NEGATE for item, _ in av) else (list(av), False)
    if op is _SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        return None if add_flags or del_flags else first_chars(sub.data)
    if op is _BRANCH:
        found: list[tuple[Any, Any]] = []
        empty = False
        for branch in av[1]:
            start = first_chars(branch.data)
            if start is None:
                return None
            found.extend(start[0])
            empty = empty or start[1]
        return found, empty
    if op in _REPEATS:
        least, _most, sub = av
        start = first_chars(sub.data)
        return None if start is None else (start[0], start[1] or least == 0)
    return None  # any character, a group referred back to...


def with_first_chars(code: list[Any], parsed: Any, flags: int) -> list[Any]:
    """``code`` (what ``re``'s compiler made of ``parsed`` with ``flags``) with the set of
    characters its matches start with, where ``re`` gave it none and the set is certain."""
    # The info block: INFO, its length, what it holds (0: nothing), the shortest and the
    # longest match. A pattern that may match nothing has no first character; one that
    # opens with "^" is tried at the start only.
    if code[0] != _constants.INFO or code[2] != 0 or code[3] == 0 or flags & _NO_CASE:
        return code
    if parsed.data and parsed.data[0] in _ANCHORS:
        return code
    start = first_chars(parsed.data)
    if start is None or start[1] or not start[0]:
        return code
    charset, _cased = _compiler._optimize_charset(start[0])  # type: ignore[attr-defined]
    info = [_constants.INFO, 0, _constants.SRE_INFO_CHARSET, code[3], code[4]]
    _compiler._compile_charset(charset, flags, info)  # type: ignore[attr-defined]
    info[1] = len(info) - 1
    return info + code[1 + code[1] :]
