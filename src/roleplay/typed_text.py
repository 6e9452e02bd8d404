"""What a trainee typed, as text that can be played and saved: bytes that are not UTF-8.

A terminal or a pipe can deliver bytes that are not UTF-8 (a Latin-1 keyboard, a
binary paste). Python's own streams and prompt_toolkit keep such bytes as lone
surrogates ("surrogateescape"), which cannot be written to a UTF-8 file: saving the
line would fail and lose it. Both edges that read typed lines (``run --script -`` and
``practice``) pass them through here: the bytes that are not UTF-8 become U+FFFD, the
rest of the line is kept, and the caller is told where, to warn the trainee.
"""

from __future__ import annotations

import re

REPLACEMENT = "\ufffd"
_SURROGATE = re.compile("[\ud800-\udfff]")


def decode_line(raw: bytes) -> tuple[str, int | None]:
    """One typed line's bytes as text, any byte that is not UTF-8 replaced by U+FFFD.

    Returns:
        The text and the 1-based column of the first replacement (None when clean).
    """
    try:
        return raw.decode("utf-8"), None
    except UnicodeDecodeError as exc:
        column = len(raw[: exc.start].decode("utf-8", "replace")) + 1
        return raw.decode("utf-8", "replace"), column


def repair(text: str) -> tuple[str, int | None]:
    """Text whose undecodable bytes were kept as lone surrogates, decoded with replacement.

    Returns:
        The text and the 1-based column of the first replacement (None when clean).
    """
    found = _SURROGATE.search(text)
    if found is None:
        return text, None
    try:
        # Bytes kept by surrogateescape: give them back and decode them properly (a
        # valid multi-byte character split across two reads is whole again).
        return decode_line(text.encode("utf-8", "surrogateescape"))
    except UnicodeEncodeError:  # a surrogate that does not stand for a byte
        return _SURROGATE.sub(REPLACEMENT, text), found.start() + 1
