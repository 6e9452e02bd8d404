"""Text from files is shown, never obeyed: escape sequences in transcripts, names and scenarios.

A transcript is written by whoever typed it; a manager reads it with ``show``, ``review``,
``score`` or a report. Every control character is drawn visibly (``ESC`` as ``␛``), so a
rep line cannot retitle the terminal, hide text, clear the screen or plant a link.
"""

from __future__ import annotations

import json
import re

import pytest
from review_fixtures import build_session, run_cli, sessions_table, write_session

from roleplay.library import load_scenario
from roleplay.printable import clip, json_text, printable
from roleplay.records import replace
from roleplay.review import render
from roleplay.scoring.scorecard import Mistake, Scorecard

#: What an attacker would type, by what it does to a terminal.
HOSTILE = {
    "retitle the window (OSC 0)": "\x1b]0;pwned\x07",
    "conceal text (SGR 8)": "\x1b[8m",
    "clear the screen (CSI 2J)": "\x1b[2J",
    "plant a link (OSC 8)": "\x1b]8;;https://evil.example/\x1b\\click\x1b]8;;\x1b\\",
    "8-bit CSI (C1)": "\x9b2J",
    "overwrite the line (CR)": "fine\rpwned",
    "erase (BS, DEL)": "ab\x08\x7f",
    "reverse the text (bidi override)": "\u202eevil",
}
#: Anything a terminal would obey but a newline or a tab; our own colour (SGR ``ESC [ ... m``)
#: and the CSV's own line ends are taken out first.
OBEYED = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
OUR_COLOUR = re.compile(r"\x1b\[[0-9;]*m")


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("plain words", "plain words"),
        ("café ☕ 日本語", "café ☕ 日本語"),
        ("\x1b]0;pwned\x07", "␛]0;pwned␇"),
        ("\x1b[2J", "␛[2J"),
        ("a\tb\nc\rd", "a␉b␊c␍d"),
        ("\x00\x7f", "␀␡"),
        ("\x9b2J", "\\x9b2J"),
        ("\u202eevil", "\\u202eevil"),
        ("\ud800", "\\ud800"),  # a lone surrogate, which no encoder writes
    ],
)
def test_printable_draws_every_control_character(text, shown):
    assert printable(text) == shown


def test_printable_keeps_only_what_the_caller_means_as_layout():
    assert printable("one\ntwo\x1b[2J\r", keep="\n") == "one\ntwo␛[2J␍"


@pytest.mark.parametrize(
    ("text", "limit", "clipped"),
    [
        ("dana", 16, "dana"),
        ("x" * 20, 16, "x" * 15 + "…"),
        ("ab\x1b[2Jcdef", 6, "ab␛[2…"),
        # A shown escape is kept whole or dropped whole, never cut to "\x9".
        ("\x9b\x9babcdef", 8, "\\x9b…"),
        ("\x9b\x9babcdef", 9, "\\x9b\\x9b…"),
    ],
)
def test_clip_never_cuts_through_an_escape(text, limit, clipped):
    assert clip(text, limit) == clipped
    assert len(clip(text, limit)) <= limit


@pytest.mark.parametrize(
    ("data", "text"),
    [
        ({"t": "\x1b[2J"}, '{"t": "\\u001b[2J"}'),
        ({"t": "\x9b2J"}, '{"t": "\\u009b2J"}'),
        ({"t": "\u202eevil"}, '{"t": "\\u202eevil"}'),
        ({"t": "café"}, '{"t": "café"}'),
    ],
)
def test_json_text_escapes_what_json_dumps_leaves_raw_and_keeps_the_value(data, text):
    assert json_text(data) == text
    assert json.loads(json_text(data)) == data


# --- every command that prints a transcript ----------------------------------------------


def _hostile_session(tmp_path, what: str):
    """A saved session where the trainee, the scenario, a rep line and a mistake carry it."""
    bad = HOSTILE[what]
    session = build_session("dana", "cold-call", "2024-05-01T09:00:00+02:00", 40, ("apology",))
    turns = list(session.turns)
    turns[1] = replace(turns[1], text=f"Hi, sorry to bother you {bad} I'm Dana.")
    mistake = Mistake(f"apology{bad}", 2, "sorry to bother you", f"You apologised{bad}.", bad)
    session = replace(
        session,
        trainee=f"dana{bad}",
        scenario=f"cold-call{bad}",
        turns=tuple(turns),
        scorecard=Scorecard(40, (mistake,)),
    )
    folder = tmp_path / "t"
    folder.mkdir()
    write_session(folder, "s.jsonl", session)
    return folder


COMMANDS = {
    "show": ["show", "t/s.jsonl"],
    "show in colour": ["show", "t/s.jsonl", "--color", "always"],
    "show markdown": ["show", "t/s.jsonl", "--format", "markdown"],
    "review": ["review", "t"],
    "review --json": ["review", "t", "--json"],
    "score": ["score", "t"],
    "score --json": ["score", "t", "--json"],
    "export --csv -": ["export", "t", "--csv", "-", "--rows", "mistakes"],
    "export --jsonl -": ["export", "t", "--jsonl", "-"],
    "report --html -": ["report", "t", "--html", "-"],
}


@pytest.mark.parametrize("what", HOSTILE)
@pytest.mark.parametrize("command", COMMANDS)
def test_no_command_lets_an_escape_sequence_reach_the_terminal(tmp_path, command, what):
    _hostile_session(tmp_path, what)

    result = run_cli(COMMANDS[command], cwd=tmp_path)

    assert result.status == 0, result.stderr
    for stream in (result.stdout, result.stderr):
        assert not OBEYED.search(OUR_COLOUR.sub("", stream).replace("\r\n", "\n"))


@pytest.mark.parametrize(
    ("command", "shown"),
    [
        ("show", "trainee: dana␛]0;pwned␇"),
        ("show", "Hi, «sorry to bother you» ␛]0;pwned␇ I'm Dana."),
        ("show", "✗ apology␛]0;pwned␇: You apologised␛]0;pwned␇."),
        ("show markdown", "**Trainee:** dana␛\\]0;pwned␇"),
        ("review", "dana␛]0;pwned␇"),
        ("score", "x turn 2: apology"),
        ("review --json", '"trainee": "dana\\u001b]0;pwned\\u0007"'),
    ],
)
def test_the_escape_is_shown_where_it_was(tmp_path, command, shown):
    _hostile_session(tmp_path, "retitle the window (OSC 0)")

    assert shown in run_cli(COMMANDS[command], cwd=tmp_path).stdout


def test_a_newline_in_a_trainee_name_does_not_split_the_review_table(tmp_path):
    folder = tmp_path / "t"
    folder.mkdir()
    name = "dana\n2024-01-01 00:00  mallory  fake-row"
    write_session(folder, "s.jsonl", build_session(name, "cold-call", "2024-05-01T09:00:00", 40))

    table = sessions_table(run_cli(["review", "t"], cwd=tmp_path).stdout)

    assert len(table.splitlines()) == 2  # the header and one row
    assert "dana␊2024-01-01" in table


def test_a_clipped_name_keeps_whole_escapes(tmp_path):
    folder = tmp_path / "t"
    folder.mkdir()
    write_session(folder, "s.jsonl", build_session("\x9b" * 10, "cold-call", "2024-05-01", 40))

    out = run_cli(["review", "t"], cwd=tmp_path).stdout

    assert "\\x9b\\x9b\\x9b…" in out
    assert not re.search(r"\\x9(?!b)|\\x(?!9b)", out)


def test_a_file_name_with_an_escape_is_shown_in_the_warning(tmp_path):
    (tmp_path / "t").mkdir()
    (tmp_path / "t" / "\x1b[2J.jsonl").write_text("{broken\n", encoding="utf-8")

    result = run_cli(["review", "t"], cwd=tmp_path)

    assert result.stderr.startswith("roleplay: warning: t/␛[2J.jsonl:1:")


# --- the call screen and the scorecard of `run` and `practice` -------------------------------


@pytest.mark.parametrize("what", HOSTILE)
def test_the_call_screen_draws_scenario_text_and_typed_lines_visibly(what):
    bad = HOSTILE[what]
    scenario = load_scenario("sleepy_skeptic")
    persona = replace(scenario.persona, name=f"Dale{bad}", briefing=f"Brief{bad}\nsecond line")
    scenario = replace(scenario, title=f"Title{bad}", persona=persona)
    card = Scorecard(50, (Mistake(f"code{bad}", 2, f"said{bad}", f"message{bad}", f"tip{bad}"),))
    fragments = [
        *render.briefing(scenario),
        *render.call_line("rep", f"hello{bad}"),
        *render.call_line("prospect", f"reply{bad}", label=persona.name, width=60),
        *render.mistake_flags(card.mistakes),
        *render.scorecard(card, render.outcome_text(f"won{bad}", None, None, scenario), 3),
    ]

    for _, text in fragments:
        assert not OBEYED.search(text)
    assert not OBEYED.search(render.plain([("", f"# {scenario.title}\n")]))
    assert "Brief" in render.plain(fragments) and "\n  second line" in render.plain(fragments)


def test_no_source_file_hides_a_control_character():
    """A regex's ``\\b`` written through a non-raw string becomes a backspace, which no
    editor shows and which silently breaks the rule: none may be in the sources."""
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    for path in [*root.joinpath("src").rglob("*.py"), *root.joinpath("scenarios").glob("*.yaml")]:
        text = path.read_text(encoding="utf-8")
        bad = [c for c in set(text) if ord(c) < 32 and c not in "\n\t"]
        assert not bad, f"{path}: control character(s) {bad!r}"
