"""Reading located YAML data as scenario values: text, numbers, names, conditions.

``Reader`` converts the plain data ``yamlsource.load_located`` gives into the values
the scenario model holds, checking each (type, range, name pattern, control
characters) and collecting every problem as a ``Diagnostic`` at the value's line,
instead of stopping at the first. ``parse.py`` drives it over a whole file.
"""

from __future__ import annotations

import datetime
import difflib
import re
import unicodedata
from collections.abc import Hashable, Mapping
from typing import Any

from roleplay.authoring.diagnostics import ERROR, WARNING, Diagnostic
from roleplay.authoring.format import FORMAT_VERSION, MAX_NUMBER, NAME_RE
from roleplay.authoring.yamlsource import load_located
from roleplay.dialogue.scenario import Condition, Marks
from roleplay.errors import ScenarioError

#: ``mood OP number``; the operators are those of ``CONDITION_OPS``.
_COND_RE = re.compile(r"^\s*([a-z][a-z0-9_]*)\s*(<=|>=|==|!=|<|>)\s*(-?\d+)\s*$")


class Reader:
    """Walks the located YAML data, converting it and collecting diagnostics."""

    def __init__(self, source: str, marks: Marks) -> None:
        self.source = source
        self.marks = marks
        self.diags: list[Diagnostic] = []

    # -- reporting
    def where(self, path: tuple[Hashable, ...], key: bool = False) -> tuple[int, int]:
        if key and (*path, "<key>") in self.marks:
            # Not [(*path, ...)]: mypy reads a starred subscript as 3.11-only syntax.
            return self.marks[path + ("<key>",)]
        p = path
        while p:
            if p in self.marks:
                return self.marks[p]
            p = p[:-1]
        return self.marks.get((), (1, 1))

    def error(
        self, path: tuple[Hashable, ...], message: str, key: bool = False, code: str = "format"
    ) -> None:
        """An error at ``path`` (at its key, with ``key``); ``code`` is one of ``CODES``."""
        line, col = self.where(path, key)
        self.diags.append(Diagnostic(self.source, line, col, ERROR, message, code))

    def warn(
        self, path: tuple[Hashable, ...], message: str, key: bool = False, code: str = "format"
    ) -> None:
        line, col = self.where(path, key)
        self.diags.append(Diagnostic(self.source, line, col, WARNING, message, code))

    # -- typed access
    def mapping(self, value: Any, path: tuple[Hashable, ...], what: str) -> dict[Any, Any]:
        if value is None:
            return {}
        if not isinstance(value, dict):
            self.error(
                path, f"{what} must be a mapping (key: value), not {kind(value)}", code="wrong-type"
            )
            return {}
        return value

    def keys(
        self, data: Mapping[Any, Any], allowed: Any, path: tuple[Hashable, ...], what: str
    ) -> None:
        for key in data:
            if key not in allowed:
                hint = difflib.get_close_matches(
                    str(key), [str(a) for a in allowed], n=1, cutoff=0.6
                )
                extra = (
                    f"; did you mean {hint[0]!r}?"
                    if hint
                    else f" (expected one of: {', '.join(allowed)})"
                )
                self.error(
                    (*path, key),
                    f"unknown key {key!r} in {what}{extra}",
                    key=True,
                    code="unknown-key",
                )

    def text(
        self,
        value: Any,
        path: tuple[Hashable, ...],
        what: str,
        required: bool = False,
        key: bool = False,
    ) -> str:
        """``value`` as text, or "" after an error; with ``key``, errors point at the key."""
        problem = None
        code = "wrong-type"
        if value is None:
            problem = f"{what} is required" if required else None
            code = "missing"
        elif isinstance(value, bool):
            word = "yes/true/on" if value else "no/false/off"
            problem = f"{what} must be text, but YAML read {word} as a boolean; put it in quotes"
        elif isinstance(value, (int, float)):
            problem = f"{what} must be text, but YAML read a number; put it in quotes"
        elif isinstance(value, datetime.date):
            problem = f"{what} must be text, but YAML read a date; put it in quotes"
        elif not isinstance(value, str):
            problem = f"{what} must be text, not {kind(value)}"
        elif (control := control_character(value)) is not None:
            code = "control-character"
            problem = (
                f"{what} holds the control character U+{ord(value[control]):04X} "
                f"(character {control + 1}); scenario text may hold no control characters "
                "but newlines and tabs, since they would reach the rep's terminal as commands"
            )
        elif required and not value.strip():
            self.error(path, f"{what} must not be empty", key=key, code="missing")
            return value
        else:
            return value
        if problem:
            self.error(path, problem, key=key, code=code)
        return ""

    def integer(self, value: Any, path: tuple[Hashable, ...], what: str, default: int) -> int:
        if value is None:
            return default
        if isinstance(value, bool) or not isinstance(value, int):
            self.error(path, f"{what} must be a whole number, not {kind(value)}", code="wrong-type")
            return default
        if not -MAX_NUMBER <= value <= MAX_NUMBER:
            self.error(
                path, f"{what} must be between {-MAX_NUMBER} and {MAX_NUMBER}", code="out-of-range"
            )
            return default
        return value

    def texts(self, value: Any, path: tuple[Hashable, ...], what: str) -> tuple[str, ...]:
        if value is None:
            return ()
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list):
            self.error(path, f"{what} must be a list of text, not {kind(value)}", code="wrong-type")
            return ()
        out = []
        for i, item in enumerate(value):
            t = self.text(item, (*path, i), f"each of {what}")
            if t:
                out.append(t)
        return tuple(out)

    def name(self, value: Any, path: tuple[Hashable, ...], what: str) -> str:
        """A name that is a mapping key (of a state, intent, reply, mood or slot)."""
        if isinstance(value, str) and value and not NAME_RE.fullmatch(value):
            self.error(
                path,
                f"{what} {short(value)!r} must be lower-case letters, digits and underscores, starting with a letter",
                key=True,
                code="bad-name",
            )
            return value
        return self.text(value, path, what, required=True, key=True)

    def conditions(self, value: Any, path: tuple[Hashable, ...]) -> tuple[Condition, ...]:
        items = value if isinstance(value, list) else [value]
        out = []
        for i, item in enumerate(items):
            p = (*path, i) if isinstance(value, list) else path
            t = self.text(item, p, "a condition")
            if not t:
                continue
            m = _COND_RE.fullmatch(t)
            if not m:
                self.error(
                    p,
                    f"condition {short(t)!r} must look like 'patience >= 2' (mood, one of < <= > >= == !=, number)",
                    code="bad-condition",
                )
                continue
            number = m.group(3)
            if len(number.lstrip("-")) > len(str(MAX_NUMBER)) or abs(int(number)) > MAX_NUMBER:
                self.error(
                    p,
                    f"the number in condition {short(t)!r} must be between {-MAX_NUMBER} and {MAX_NUMBER}",
                    code="out-of-range",
                )
                continue
            out.append(Condition(m.group(1), m.group(2), int(number)))
        return tuple(out)

    def effects(self, value: Any, path: tuple[Hashable, ...]) -> dict[str, int]:
        data = self.mapping(value, path, "effects")
        out = {}
        for mood, delta in data.items():
            out[str(mood)] = self.integer(delta, (*path, mood), f"effect on {mood!r}", 0)
        return out


#: Control characters text may hold: a reply may run over lines or line up with tabs.
_ALLOWED_CONTROLS = frozenset("\n\t")


def control_character(text: str) -> int | None:
    """The index of the first control character in ``text`` other than newline and tab.

    Control characters (C0, DEL, C1: ESC starts terminal escape sequences, CR rewrites
    the line) would be obeyed by the rep's terminal when ``practice`` or ``run`` prints
    the text, so they are refused in the file rather than escaped on the way out.
    """
    if text.isprintable():  # the common case, in C
        return None
    for i, ch in enumerate(text):
        if ch not in _ALLOWED_CONTROLS and unicodedata.category(ch) == "Cc":
            return i
    return None


def short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 3] + "..."


def kind(value: Any) -> str:
    if isinstance(value, datetime.date):
        return "a date"
    return {
        dict: "a mapping",
        list: "a list",
        str: "text",
        bool: "a boolean",
        int: "a number",
        float: "a number",
        type(None): "nothing",
    }.get(type(value), type(value).__name__)


def read_mapping(
    text: str, source: str, expected: str
) -> tuple[Reader | None, dict[Any, Any], list[Diagnostic]]:
    """A YAML file's top-level mapping, with a :class:`Reader` that pins values to lines.

    Returns ``(reader, data, diagnostics)``; the reader is None when there is nothing to
    read: a YAML error, or a top level that is not a mapping (``expected`` says what it
    must be, e.g. "an exam file must be a mapping with 'title' and 'calls'").
    """
    try:
        data, marks = load_located(text, source)
    except ScenarioError as exc:
        return None, {}, [Diagnostic(source, exc.line, exc.col, ERROR, exc.message, "yaml")]
    r = Reader(source, marks)
    if not isinstance(data, dict):
        r.error((), f"{expected}, not {kind(data)}", code="wrong-type")
        return None, {}, r.diags
    return r, data, r.diags


def check_format(r: Reader, data: Mapping[Any, Any]) -> None:
    """An error unless the file's ``format`` (default: the current one) is one we read."""
    fmt = r.integer(data.get("format"), ("format",), "format", FORMAT_VERSION)
    if fmt != FORMAT_VERSION:
        r.error(
            ("format",),
            f"format {fmt} is not supported (this roleplay reads format {FORMAT_VERSION})",
        )
