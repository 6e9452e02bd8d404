"""Text from files, made safe to print: control characters are shown, never obeyed.

A transcript, a trainee name or a scenario can hold anything, including terminal escape
sequences (``ESC ] 0 ; title BEL`` renames the window, ``ESC [ 2 J`` clears the screen,
OSC 8 plants a hyperlink). Everything read from a file passes through :func:`printable`
before it reaches a terminal, so those bytes are drawn, not run:

* C0 controls (including ESC, tab and newline) become their Unicode control pictures:
  ``␛``, ``␉``, ``␊``, ...; DEL becomes ``␡``;
* C1 controls (U+0080-U+009F: ``\\x9b`` is CSI on some terminals), the bidirectional
  overrides and isolates (which reorder what is shown) and lone surrogates (which cannot
  be encoded) become ``\\x9b`` / ``\\u202e`` escapes.

Callers keep a character as it is only where the layout means it (``keep="\\n"`` for
multi-line text). Pure: text in, text out.
"""

from __future__ import annotations

import re

from roleplay.language import precompiled

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at start-up
if TYPE_CHECKING:
    from typing import Any

#: Whitespace controls a caller folds into spaces itself (``" ".join(text.split())``,
#: ``textwrap``): pass as ``keep`` so they fold instead of showing.
FOLDED_WHITESPACE = "\t\n\r\x0b\x0c"

_UNSAFE_PATTERN = "[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
# Compiled on first use, from the compiled-regex store: this module is imported with the
# CLI, before the CLI has read the store (a class this wide takes a millisecond to compile).
_UNSAFE: list[re.Pattern[str]] = []
# The characters json.dumps(ensure_ascii=False) leaves raw although they are unsafe
# (compiled by json_text: a character class this wide takes most of a millisecond, and
# only --json output needs it).
_UNSAFE_IN_JSON_PATTERN = "[\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]"


def visible(char: str) -> str:
    """How one unsafe character is shown: ``␛`` for ESC, ``\\x9b`` for CSI, and so on."""
    code = ord(char)
    if code < 0x20:
        return chr(0x2400 + code)  # the Control Pictures block: ␀ ... ␟
    if code == 0x7F:
        return "␡"
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def printable(text: str, keep: str = "") -> str:
    """``text`` with every control character shown instead of obeyed.

    Args:
        text: Text read from a file (or typed by anyone).
        keep: Characters to leave as they are, e.g. ``"\\n"`` where a newline is layout.
    """
    unsafe = _UNSAFE[0] if _UNSAFE else _compile_unsafe()
    if not unsafe.search(text):
        return text
    if keep:
        return unsafe.sub(lambda m: m[0] if m[0] in keep else visible(m[0]), text)
    return unsafe.sub(lambda m: visible(m[0]), text)


def _compile_unsafe() -> re.Pattern[str]:
    _UNSAFE.append(precompiled.compile(_UNSAFE_PATTERN))
    return _UNSAFE[0]


def clip(text: str, limit: int, ellipsis: str = "…") -> str:
    """The printable form of ``text`` in at most ``limit`` characters, ``…`` where cut.

    The cut falls between characters of ``text``, so a shown escape such as ``\\x9b`` is
    kept whole or dropped whole, never cut in two.
    """
    shown = printable(text)
    if len(shown) <= limit:
        return shown
    room = limit - len(ellipsis)
    out: list[str] = []
    used = 0
    for char in text:
        piece = printable(char)
        if used + len(piece) > room:
            break
        out.append(piece)
        used += len(piece)
    return "".join(out) + ellipsis


def json_text(data: Any, **options: Any) -> str:
    """``json.dumps(data, ensure_ascii=False)``, but safe on a terminal.

    ``json.dumps`` escapes C0 controls itself; DEL, C1 controls, bidirectional controls and
    lone surrogates it writes raw. They can only occur inside JSON strings, so writing
    them as ``\\uXXXX`` escapes gives the same JSON value.
    """
    import json  # here: only --json output needs it

    text = json.dumps(data, ensure_ascii=False, **options)
    return re.sub(_UNSAFE_IN_JSON_PATTERN, lambda m: f"\\u{ord(m[0]):04x}", text)
