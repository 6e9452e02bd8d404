"""Choosing scenario tests by name: the expression of ``roleplay test -k``.

Like pytest's ``-k``, an expression is made of words joined by ``and``, ``or`` and
``not``, with parentheses to group. A word matches a test when it is part of
``SCENARIO_ID: TEST NAME`` (the way ``roleplay test`` prints it), ignoring case. Test
names are plain English, so words written next to each other without an operator
are one phrase: ``-k "meeting too early"`` matches the test named "asking for a
meeting too early costs patience". Quotes ('...' or "...") keep ``and``, ``or``,
``not`` or parentheses inside a phrase: ``-k '"name and reason"'``.

Pure: text in, a predicate out.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from roleplay.authoring.reader import short
from roleplay.errors import UsageError

#: The words that join phrases.
OPERATORS = ("and", "or", "not")

_TOKEN = re.compile(r"""\s*(?:(\()|(\))|"([^"]*)"|'([^']*)'|([^\s()"']+)|(["']))""")

Predicate = Callable[[str], bool]


@dataclass(frozen=True)
class _Token:
    kind: str  # "(", ")", "op" or "word"
    text: str
    quoted: bool = False


def _tokens(expression: str) -> list[_Token]:
    out: list[_Token] = []
    pos = 0
    while expression[pos:].strip():
        m = _TOKEN.match(expression, pos)
        if m is None:  # pragma: no cover - every character starts one of the alternatives
            raise _error(expression, "cannot read it")
        opening, closing, double, single, word, stray = m.groups()
        if stray:
            raise _error(expression, f"a quote ({stray}) is never closed")
        if opening:
            out.append(_Token("(", "("))
        elif closing:
            out.append(_Token(")", ")"))
        elif word is not None:
            out.append(_Token("op" if word in OPERATORS else "word", word))
        else:
            out.append(_Token("word", double if double is not None else single, quoted=True))
        pos = m.end()
    return out


def _error(expression: str, problem: str) -> UsageError:
    return UsageError(f"-k {short(expression, 60)!r}: {problem}")


def _normal(text: str) -> str:
    return " ".join(text.casefold().split())


class _Parser:
    """Recursive descent over: or := and ('or' and)*; and := not ('and' not)*;
    not := 'not' not | '(' or ')' | phrase."""

    def __init__(self, expression: str) -> None:
        self.expression = expression
        self.tokens = _tokens(expression)
        self.pos = 0

    def peek(self) -> _Token | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def is_op(self, word: str) -> bool:
        token = self.peek()
        return token is not None and token.kind == "op" and token.text == word

    def parse(self) -> Predicate:
        if not self.tokens:
            raise _error(self.expression, "give at least one word to look for")
        predicate = self.any_of()
        token = self.peek()
        if token is not None:
            raise _error(self.expression, f"unexpected {token.text!r}")
        return predicate

    def any_of(self) -> Predicate:
        parts = [self.all_of()]
        while self.is_op("or"):
            self.pos += 1
            parts.append(self.all_of())
        return parts[0] if len(parts) == 1 else lambda text: any(p(text) for p in parts)

    def all_of(self) -> Predicate:
        parts = [self.negation()]
        while self.is_op("and"):
            self.pos += 1
            parts.append(self.negation())
        return parts[0] if len(parts) == 1 else lambda text: all(p(text) for p in parts)

    def negation(self) -> Predicate:
        if self.is_op("not"):
            self.pos += 1
            inner = self.negation()
            return lambda text: not inner(text)
        token = self.peek()
        if token is None:
            after = self.tokens[-1].text
            raise _error(self.expression, f"expected a word after {after!r}")
        if token.kind == "(":
            self.pos += 1
            inner = self.any_of()
            if self.peek() is None or self.peek().kind != ")":  # type: ignore[union-attr]
                raise _error(self.expression, "a '(' is never closed")
            self.pos += 1
            return inner
        if token.kind != "word":
            raise _error(self.expression, f"expected a word, not {token.text!r}")
        return self.phrase()

    def phrase(self) -> Predicate:
        words = []
        while (token := self.peek()) is not None and token.kind == "word":
            words.append(token.text)
            self.pos += 1
        wanted = _normal(" ".join(words))
        if not wanted:
            raise _error(self.expression, "a quoted phrase is empty")
        return lambda text: wanted in text


def parse_selection(expression: str) -> Predicate:
    """A predicate on ``"SCENARIO_ID: TEST NAME"`` for a ``-k`` expression.

    Raises:
        UsageError: for an expression that cannot be read (an operator with nothing
            after it, a parenthesis or quote never closed, nothing at all).
    """
    predicate = _Parser(expression).parse()
    return lambda text: predicate(_normal(text))


def selection_label(scenario_id: str, test_name: str) -> str:
    """What ``-k`` is matched against, as ``roleplay test`` prints it: ``ID: NAME``."""
    return f"{scenario_id}: {test_name}"
