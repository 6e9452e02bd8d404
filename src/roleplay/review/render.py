"""Text for the call screen and the scorecard, shared by ``practice`` and ``run``.

Everything here returns *fragments*: a list of ``(style, text)`` pairs, the shape
prompt_toolkit's ``FormattedText`` takes. ``practice`` prints them styled through
prompt_toolkit; ``run`` joins them into plain text with :func:`plain`. This module
imports nothing from prompt_toolkit, so ``run`` stays quick to start.

Style names (``class:...``) are defined once, in ``roleplay.color.STYLE_RULES``.

The text comes from scenario files and from what the rep typed, so every fragment this
module returns, and everything :func:`plain` joins, has its control characters made
visible (``roleplay.printable``): an escape sequence in a scenario is shown, never obeyed
by the terminal. Newlines stay: here they are layout.
"""

from __future__ import annotations

import functools
import textwrap
from collections.abc import Callable, Iterable, Mapping

from roleplay.color import Fragments
from roleplay.dialogue.recording import ABANDONED
from roleplay.dialogue.scenario import Scenario
from roleplay.printable import printable
from roleplay.scoring.scorecard import Mistake, Scorecard


def _safe(fragments: Iterable[tuple[str, str]]) -> Fragments:
    return [(style, printable(text, keep="\n")) for style, text in fragments]


def _printable_fragments(function: Callable[..., Fragments]) -> Callable[..., Fragments]:
    """Decorate a function returning fragments so that they come back printable."""

    @functools.wraps(function)
    def wrapper(*args, **kwargs) -> Fragments:
        return _safe(function(*args, **kwargs))

    return wrapper


#: Outcome of a call the rep left before any ending (``/quit``, Ctrl-D, end of a script).

#: The label of each speaker in ``run`` output, as in plain-text transcripts.
PLAIN_LABELS = {"rep": "Rep", "prospect": "Prospect"}

_END_REASONS = {
    "quit": "you hung up",
    "end of script": "the script ran out of lines",
}


def plain(fragments: Iterable[tuple[str, str]]) -> str:
    """The text of ``fragments`` without styles, control characters made visible."""
    return "".join(text for _, text in _safe(fragments))


def _wrap(text: str, width: int, indent: str) -> list[str]:
    out: list[str] = []
    for para in text.strip().split("\n"):
        if not para.strip():
            out.append("")
            continue
        out.extend(
            textwrap.wrap(
                para.strip(),
                width=max(width, 30),
                initial_indent=indent,
                subsequent_indent=indent,
            )
            or [indent]
        )
    return out


@_printable_fragments
def briefing(scenario: Scenario, width: int = 80, exam: bool = False) -> Fragments:
    """The screen a rep reads before dialling: who, the brief, the keys (in an exam,
    without ``/hint``).

    The persona's ``situation`` is the trainer's background and may hold what the rep
    is meant to discover on the call, so it is shown only after the call (``debrief``).
    """
    p = scenario.persona
    who = ", ".join(part for part in (p.name, p.role, p.company) if part)
    frags: Fragments = [("class:title", scenario.title)]
    if scenario.difficulty:
        frags.append(("class:dim", f"  ({scenario.difficulty})"))
    frags.append(("", "\n"))
    frags += [("class:heading", "Calling: "), ("class:prospect.name", who), ("", "\n")]
    if p.briefing:
        frags += [("", "\n"), ("class:heading", "Your brief\n")]
        frags.append(("", "\n".join(_wrap(p.briefing, width, "  ")) + "\n"))
    keys = EXAM_HELP_LINE if exam else HELP_LINE
    frags += [("", "\n"), ("class:dim", "\n".join(_wrap(keys, width, "")) + "\n")]
    return frags


@_printable_fragments
def debrief(scenario: Scenario, width: int = 80) -> Fragments:
    """After the call: what was going on for the prospect all along."""
    p = scenario.persona
    if not p.situation:
        return []
    return [
        ("class:heading", f"What {p.first_name or 'they'} was dealing with\n"),
        ("", "\n".join(_wrap(p.situation, width, "  ")) + "\n"),
    ]


#: One line on how to play, shown under the briefing.
HELP_LINE = (
    "Type what you would say and press Enter.  /hint for a nudge, /help for commands,"
    " /quit or Ctrl-D to hang up."
)
EXAM_HELP_LINE = (
    "Type what you would say and press Enter.  No hints in an exam.  /help for commands,"
    " /quit or Ctrl-D to hang up this call."
)

#: ``/help``: the commands of a practice call.
COMMANDS_HELP: tuple[tuple[str, str], ...] = (
    ("/hint", "a nudge for what to say next"),
    ("/brief", "show the briefing again"),
    ("/help", "this list"),
    ("/quit", "hang up and see your scorecard (also Ctrl-D)"),
    ("Ctrl-C", "clear the line you are typing (the call goes on)"),
    ("Up/Down", "earlier lines you typed"),
)


@_printable_fragments
def commands_help(exam: bool = False) -> Fragments:
    """The ``/help`` list; in an exam, without ``/hint``."""
    frags: Fragments = []
    for key, text in COMMANDS_HELP:
        if exam and key == "/hint":
            continue
        if exam and key == "/quit":
            text = "hang up this call (also Ctrl-D); the exam goes on to the next"
        frags += [("class:heading", f"  {key:<8} "), ("", f"{text}\n")]
    return frags


@_printable_fragments
def call_line(
    speaker: str, text: str, label: str | None = None, width: int | None = None
) -> Fragments:
    """One turn: ``Prospect: text`` (or with the persona's name as ``label``).

    With ``width``, long text is wrapped at words under itself; without, it stays on
    one line, as in a plain-text transcript.
    """
    shown = label or PLAIN_LABELS.get(speaker, speaker)
    if width is not None:
        hang = " " * (len(shown) + 2)
        lines = textwrap.wrap(
            text, width=max(width, 30), initial_indent=hang, subsequent_indent=hang
        )
        text = "\n".join(lines)[len(hang) :] if lines else text
    return [(f"class:{speaker}.name", f"{shown}:"), (f"class:{speaker}", f" {text}\n")]


@_printable_fragments
def hint(text: str, width: int = 80) -> Fragments:
    """A ``/hint`` nudge."""
    lines = _wrap(f"hint: {text}", width, "  ")
    return [("class:hint", "\n".join(lines) + "\n")]


@_printable_fragments
def mistake_flags(mistakes: Iterable[Mistake], width: int | None = None) -> Fragments:
    """One dim line per live mistake: ``⚑ code: message``, wrapped under itself with ``width``."""
    frags: Fragments = []
    for m in mistakes:
        text = f"{m.code}: {m.message}" if m.message else m.code
        if width is not None:
            text = "\n".join(_wrap(text, width, "      "))[6:]
        code, _, rest = text.partition(":")
        frags.append(("class:flag", f"    ⚑ {code}"))
        if rest:
            frags.append(("class:flag.text", f":{rest}"))
        frags.append(("", "\n"))
    return frags


def outcome_text(
    outcome: str | None, final_state: str | None, end_reason: str | None, scenario: Scenario
) -> str:
    """``success: He agrees to talk at a reasonable hour.`` and the like (printable)."""
    state = scenario.states.get(final_state or "")
    detail = state.description if state is not None and state.description else final_state
    if end_reason and end_reason != "terminal":
        why = _END_REASONS.get(end_reason, end_reason)
        if outcome and outcome != ABANDONED and state is not None and state.if_hung_up:
            # a hang-up that counts: say where the call was left ("failure (you hung up
            # here: she has decided the wishes were a way in for a sales pitch)")
            return printable(f"{outcome} ({why} here: {_as_clause(detail or state.name)})")
        return printable(f"{outcome or ABANDONED} ({why} before the call reached an ending)")
    text = f"{outcome} ({_as_clause(detail)})" if detail else str(outcome)
    return printable(text)


def _as_clause(sentence: str) -> str:
    """A state's description said inside brackets: first letter lower case, no full stop."""
    return sentence[0].lower() + sentence[1:].rstrip(".")


def _signed(n: int, sign: str) -> str:
    return f"{sign}{abs(n)}" if n else ""


@_printable_fragments
def scorecard(
    card: Scorecard,
    outcome: str,
    rep_turns: int,
    width: int = 80,
) -> Fragments:
    """The scorecard: score, outcome, every mistake with its turn, words and tip, credits."""
    rule = "─" * min(width, 60)
    score_style = (
        "class:good" if card.score >= 70 else "class:bad" if card.score < 40 else "class:warn"
    )
    frags: Fragments = [
        ("class:dim", rule + "\n"),
        ("class:heading", "Score "),
        (score_style, f"{card.score}/100"),
        ("class:dim", f"   ({rep_turns} rep turn{'s' if rep_turns != 1 else ''})\n"),
        ("class:heading", "Outcome "),
        ("", f"{outcome}\n"),
    ]
    if card.voicemail:
        frags.append(("class:dim", "The call went to voicemail.\n"))
    frags.append(("", "\n"))
    if not card.attempted:
        note = (
            "Not attempted: the call never got going, so there is nothing to score and it "
            "is left out of your averages. Try again: your name, your reason, a question."
        )
        frags += [
            ("class:warn", "\n".join(_wrap(note, width, "")) + "\n"),
            ("class:dim", rule + "\n"),
        ]
        return frags
    if card.mistakes:
        frags.append(("class:heading", f"Mistakes ({len(card.mistakes)})\n"))
        for m in card.mistakes:
            frags += _mistake(m, width)
    else:
        frags.append(("class:good", "No mistakes.\n"))
    if card.credits:
        frags += [("", "\n"), ("class:heading", "Done well\n")]
        for c in card.credits:
            where = f"turn {c.turn}" if c.turn else "call"
            frags += [
                ("class:good", "  ✓ "),
                ("", f"{where:<8} "),
                ("class:good", c.code),
                ("class:dim", f" {_signed(c.points, '+')}\n"),
            ]
            if c.message:
                frags.append(("", "\n".join(_wrap(c.message, width, " " * 13)) + "\n"))
    frags.append(("class:dim", rule + "\n"))
    return frags


def _mistake(m: Mistake, width: int) -> Fragments:
    where = f"turn {m.turn}" if m.turn else "call"
    indent = " " * 13
    frags: Fragments = [
        ("class:bad", "  ✗ "),
        ("", f"{where:<8} "),
        ("class:bad", m.code),
        ("class:dim", f" {_signed(m.weight, '-')}\n"),
    ]
    if m.evidence:
        said = _wrap(f"said: “{m.evidence}”", width, indent)
        frags.append(("class:evidence", "\n".join(said) + "\n"))
    if m.message:
        frags.append(("", "\n".join(_wrap(m.message, width, indent)) + "\n"))
    if m.tip:
        lines = _wrap(f"tip: {m.tip}", width, indent)
        frags.append(("class:tip", "\n".join(lines) + "\n"))
    return frags


def moods_text(moods: Mapping[str, int], scenario: Scenario) -> str:
    """``patience 3/5  interest 0/5`` for the toolbar (printable)."""
    parts = []
    for name, value in moods.items():
        mood = scenario.moods.get(name)
        parts.append(f"{name} {value}/{mood.max}" if mood is not None else f"{name} {value}")
    return printable("  ".join(parts))
