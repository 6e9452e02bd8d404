"""One colour policy for every command that colours: ``--color auto|always|never`` and NO_COLOR.

``auto`` colours a terminal when NO_COLOR is unset or empty (https://no-color.org) and TERM
is not ``dumb``; ``always`` and ``never`` decide instead, given before the command or after
one that colours. Colour is drawn by prompt_toolkit, which is imported only to colour.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from prompt_toolkit.application import create_app_session
from prompt_toolkit.application.current import get_app_session
from prompt_toolkit.data_structures import Size
from prompt_toolkit.formatted_text import FormattedText
from prompt_toolkit.output import ColorDepth
from prompt_toolkit.output.vt100 import Vt100_Output
from prompt_toolkit.shortcuts import print_formatted_text
from prompt_toolkit.styles import Style
from review_fixtures import run_cli

from roleplay import color

V1 = str(
    Path(__file__).parent
    / "fixtures"
    / "transcripts_v1"
    / "20240301-091500_cold-call_dana_0a1b2c.jsonl"
)


@pytest.mark.parametrize(
    ("args", "environ", "tty", "coloured"),
    [
        # auto: a terminal, NO_COLOR unset or empty, TERM not dumb
        (["show", V1], {}, True, True),
        (["show", V1], {}, False, False),  # a pipe or a file
        (["show", V1], {"NO_COLOR": "1"}, True, False),
        (["show", V1], {"NO_COLOR": ""}, True, True),  # empty does not count
        (["show", V1], {"TERM": "dumb"}, True, False),
        # always and never override all three, before the command or after it
        (["--color", "always", "show", V1], {"NO_COLOR": "1"}, False, True),
        (["show", V1, "--color", "always"], {"TERM": "dumb"}, False, True),
        (["--color", "never", "show", V1], {}, True, False),
        (["show", V1, "--color", "never"], {}, True, False),
        # said twice, the one after the command wins
        (["--color", "never", "show", V1, "--color", "always"], {}, False, True),
    ],
)
def test_when_show_colours(tmp_path, args, environ, tty, coloured):
    result = run_cli(args, cwd=tmp_path, environ=environ, stdout_tty=tty)

    assert result.status == 0, result.stderr
    assert ("\x1b[" in result.stdout) is coloured
    # Without colour, the words behind a mistake are marked «like this» instead.
    assert ("«sorry to bother you»" in result.stdout) is not coloured


def test_a_command_that_does_not_colour_takes_the_global_option_and_prints_plain_text(tmp_path):
    result = run_cli(["--color", "always", "score", V1], cwd=tmp_path, stdout_tty=True)

    assert result.status == 0 and "\x1b" not in result.stdout


def run_on(args: list[str], terminal: bool, environ: dict[str, str]) -> tuple[str, bool]:
    """Run roleplay in a new process with stdout a terminal (a pty) or a pipe: what it
    printed, and whether it imported prompt_toolkit."""
    code = (
        "import sys\n"
        "from roleplay.cli import main\n"
        f"main({args!r})\n"
        "sys.stdout.flush()\n"
        "sys.stderr.write(str(any(m.split('.')[0] == 'prompt_toolkit' for m in sys.modules)))\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "TERM")} | environ
    if not terminal:
        done = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60
        )
        return done.stdout, done.stderr.endswith("True")
    leader, follower = os.openpty()
    with subprocess.Popen(
        [sys.executable, "-c", code], stdout=follower, stderr=subprocess.PIPE, env=env
    ) as process:
        os.close(follower)
        chunks = []
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # the other end closed: all read
                break
            if not chunk:
                break
            chunks.append(chunk)
        stderr = process.stderr.read().decode() if process.stderr else ""
    os.close(leader)
    return b"".join(chunks).decode(), stderr.endswith("True")


@pytest.mark.parametrize(
    ("args", "terminal", "environ", "coloured"),
    [
        (["show", V1], True, {"TERM": "xterm"}, True),
        (["show", V1], False, {"TERM": "xterm"}, False),  # auto into a pipe
        (["show", V1], True, {"TERM": "xterm", "NO_COLOR": "1"}, False),
        (["--color", "never", "show", V1], True, {"TERM": "xterm"}, False),
        (["show", V1, "--color", "always"], False, {}, True),
    ],
)
def test_prompt_toolkit_is_imported_only_to_colour(args, terminal, environ, coloured):
    out, imported = run_on(args, terminal, environ)

    assert "Cold call: the sleepy skeptic" in out
    assert ("\x1b[" in out) is coloured
    assert imported is coloured


def draw(depth: ColorDepth | None, choice: str) -> tuple[str, bool]:
    """Print a red word the way practice does, on a terminal whose own colour depth is
    ``depth``, under ``--color choice``: what reached the terminal, and whether the
    terminal was kept."""
    screen = io.StringIO()
    terminal = Vt100_Output(screen, lambda: Size(24, 80), term="xterm", default_color_depth=depth)
    with create_app_session(output=terminal), color.prompt_colors(choice):
        kept = get_app_session().output is terminal
        print_formatted_text(
            FormattedText([("class:bad", "apology")]), style=Style.from_dict(color.STYLE_RULES)
        )
    return screen.getvalue(), kept


@pytest.mark.parametrize(
    ("depth", "choice", "red", "kept"),
    [
        (None, "auto", True, True),  # prompt_toolkit's own choice
        (ColorDepth.DEPTH_1_BIT, "auto", False, True),  # what it makes of NO_COLOR
        (None, "never", False, False),
        (ColorDepth.DEPTH_1_BIT, "always", True, False),  # always wins over NO_COLOR
    ],
)
def test_practice_and_exam_draw_at_the_colour_depth_the_policy_gives(depth, choice, red, kept):
    screen, same_terminal = draw(depth, choice)

    assert "apology" in screen and "1m" in screen  # bold either way
    assert (";31" in screen) is red
    assert same_terminal is kept
