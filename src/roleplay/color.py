"""One colour policy for every command that colours its output.

``--color auto|always|never`` is a global option (``roleplay --color never show FILE``),
also taken after the commands that colour (``show``, ``practice``, ``exam``). ``auto``, the
default, colours only when standard output is a terminal, ``NO_COLOR`` is unset or empty
(https://no-color.org) and ``TERM`` is not ``dumb``; ``always`` and ``never`` override all
three.

Text to colour is *fragments*: ``(style, text)`` pairs, the shape prompt_toolkit's
``FormattedText`` takes, with style names (``class:bad``) defined once here in
:data:`STYLE_RULES`. They are drawn by prompt_toolkit (its style, its VT100 output), never
by escape codes written by hand. Importing prompt_toolkit costs about 0.2 s, so this module
imports it only once it is sure to colour: without colour the fragments are joined as plain
text, and ``--color never`` or a pipe never load it.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterable, Iterator

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at start-up
if TYPE_CHECKING:
    from contextlib import AbstractContextManager

    from roleplay.environment import Environment

AUTO, ALWAYS, NEVER = "auto", "always", "never"
CHOICES = (AUTO, ALWAYS, NEVER)

#: What each style name looks like, for ``practice``, ``exam`` and ``show`` alike.
STYLE_RULES: dict[str, str] = {
    "title": "bold",
    "heading": "bold",
    "dim": "#8a8a8a",
    "prospect.name": "bold ansicyan",
    "prospect": "ansicyan",
    "rep.name": "bold ansigreen",
    "rep": "",
    "flag": "ansiyellow",
    "flag.text": "#8a8a8a",
    "good": "bold ansigreen",
    "warn": "bold ansiyellow",
    "bad": "bold ansired",
    "evidence": "italic",
    # The words behind a mistake in 'show': a highlighter pen, black on yellow.
    "highlight": "bold fg:ansiblack bg:ansiyellow",
    "tip": "ansigreen",
    "hint": "ansiyellow",
    "error": "ansired",
    "bottom-toolbar": "noreverse bg:#303030 #d0d0d0",
    "bottom-toolbar.key": "bold",
    "bottom-toolbar.notice": "bold ansiyellow",
}

Fragments = list[tuple[str, str]]

#: DECAWM, which prompt_toolkit's VT100 output sends before it prints (see :func:`ansi`).
_AUTOWRAP_ON = "\x1b[?7h"

HELP = "colour the output: auto (a terminal, and NO_COLOR unset), always or never (default: auto)"


def add_argument(parser: argparse.ArgumentParser, top_level: bool = False) -> None:
    """``--color WHEN``. On a command it has no default, so that the global option (given
    before the command) holds unless it is given again after it."""
    parser.add_argument(
        "--color",
        choices=CHOICES,
        default=AUTO if top_level else argparse.SUPPRESS,
        metavar="WHEN",
        help=HELP,
    )


def wanted(choice: str, env: Environment) -> bool:
    """Whether to colour standard output: ``always``, ``never``, or for ``auto`` a
    terminal with ``NO_COLOR`` unset or empty and ``TERM`` other than ``dumb``."""
    if choice != AUTO:
        return choice == ALWAYS
    return (
        env.stdout_isatty and not env.environ.get("NO_COLOR") and env.environ.get("TERM") != "dumb"
    )


def plain(fragments: Iterable[tuple[str, str]]) -> str:
    """The text of ``fragments``, without styles."""
    return "".join(text for _, text in fragments)


def ansi(fragments: Iterable[tuple[str, str]], term: str | None = None) -> str:
    """``fragments`` as text with ANSI escapes, drawn by prompt_toolkit.

    prompt_toolkit's VT100 output renders into a buffer, and two things meant for its
    full-screen applications are taken out, since this text goes to a stream like any
    other: the line ends (CR LF, for a terminal in raw mode) go back to newlines, and the
    "autowrap on" mode switch it sends first is dropped (only colour and weight remain).
    """
    import io

    from prompt_toolkit.data_structures import Size
    from prompt_toolkit.formatted_text import FormattedText
    from prompt_toolkit.output.vt100 import Vt100_Output
    from prompt_toolkit.shortcuts import print_formatted_text
    from prompt_toolkit.styles import Style

    buffer = io.StringIO()
    output = Vt100_Output(buffer, lambda: Size(rows=24, columns=80), term=term)
    print_formatted_text(
        FormattedText(list(fragments)), style=Style.from_dict(STYLE_RULES), output=output, end=""
    )
    return buffer.getvalue().replace("\r\n", "\n").replace(_AUTOWRAP_ON, "")


def write(env: Environment, fragments: Iterable[tuple[str, str]], color: bool) -> None:
    """Write ``fragments`` to standard output: coloured by prompt_toolkit, or as plain text."""
    env.stdout.write(ansi(fragments, env.environ.get("TERM")) if color else plain(fragments))


def prompt_colors(choice: str) -> AbstractContextManager[None]:
    """For ``practice`` and ``exam``, which draw with prompt_toolkit on the terminal.

    ``auto`` is prompt_toolkit's own behaviour already (plain text when stdout is not a
    terminal, no colour when ``NO_COLOR`` is set or ``TERM`` is ``dumb``). ``never`` and
    ``always`` set the colour depth of its terminal output: one bit (bold, underline and
    reverse only) or the full default, whatever ``NO_COLOR`` says. An output that is not
    a terminal (a plain-text or test output) is left as it is.

    (``contextlib`` is imported here, not at start-up: no other command needs it.)
    """
    from contextlib import contextmanager

    return contextmanager(_prompt_colors)(choice)


def _prompt_colors(choice: str) -> Iterator[None]:
    if choice == AUTO:
        yield
        return
    from prompt_toolkit.application.current import create_app_session, get_app_session
    from prompt_toolkit.output import ColorDepth
    from prompt_toolkit.output.vt100 import Vt100_Output

    current = get_app_session().output
    if not isinstance(current, Vt100_Output):
        yield
        return
    depth = ColorDepth.DEPTH_1_BIT if choice == NEVER else ColorDepth.DEFAULT
    output = Vt100_Output(
        current.stdout,
        current.get_size,
        term=current.term,
        default_color_depth=depth,
        enable_bell=current.enable_bell,
        enable_cpr=current.enable_cpr,
    )
    with create_app_session(output=output):
        yield
