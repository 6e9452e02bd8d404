"""Scripted practice sessions for the review tests: built as data, written as real files.

``write_ten_sessions(folder)`` writes the issue's "done when" set: ten sessions by two
trainees (dana and lee) across three scenarios, dana improving and lee not much. Sessions
are built with ``Transcript`` and hand-made scorecards, so these tests depend neither on
the conversation engine nor on the scorer.
"""

# ruff: noqa: E501 - the session table below reads best one session a line
from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from roleplay.cli import main
from roleplay.environment import Environment
from roleplay.scoring.scorecard import Mistake, Scorecard
from roleplay.transcript import Transcript, Turn, dumps_record

TIPS = {
    "no-introduction": "Say your own name in your first sentence: 'Hi, this is Dana from Acme.'",
    "apology": "Skip the apology: you are calling to help, so open with confidence.",
    "feature-dump": "Pick one feature and say what it does for them.",
    "unprompted-pricing": "Hold the price until they ask, or until you know what they need.",
    "no-next-step": "End with a concrete next step: a time, a name, a document.",
    "misleading-claim": "Never invent a relationship; give the honest reason for your call.",
    "ignored-question": "Answer 'who is this?' with your name, and 'what is this about?' with your reason.",
    "voicemail-no-number": "Say your number slowly, twice.",
    "no-reason-for-call": "Say why you are calling: 'I'm calling because...'",
}
MESSAGES = {
    "no-introduction": "You did not say your name in your first two turns.",
    "apology": "You apologised for calling.",
    "feature-dump": "You listed three or more features in one breath.",
    "unprompted-pricing": "You gave a price nobody asked for.",
    "no-next-step": "The call ended without a concrete next step.",
    "misleading-claim": "You claimed a relationship the call does not support.",
    "ignored-question": "They asked who was calling and you gave no name.",
    "voicemail-no-number": "Your message left no number to call back.",
    "no-reason-for-call": "You never said why you were calling.",
}
WEIGHTS = {code: 10 for code in MESSAGES}


@dataclass(frozen=True)
class Script:
    """A scenario's call: its turns, and every mistake it can carry (turn, evidence)."""

    scenario: str
    title: str
    turns: tuple[tuple[str, str], ...]
    mistakes: dict[str, tuple[int, str]]


SCRIPTS = {
    "cold-call": Script(
        "cold-call",
        "Cold call: the sleepy skeptic",
        (
            ("prospect", "Hello, Marta speaking."),
            ("rep", "Hi, sorry to bother you, I'm calling from Acme Payroll."),
            ("prospect", "What's this about?"),
            (
                "rep",
                "We have AI-powered dashboards, real-time analytics and 200 integrations. "
                "It's $30 a month per user.",
            ),
            ("prospect", "We're fine, thanks."),
            ("rep", "Okay, thanks for your time."),
        ),
        {
            "no-introduction": (2, ""),
            "apology": (2, "sorry to bother you"),
            "feature-dump": (4, "AI-powered dashboards, real-time analytics and 200 integrations"),
            "unprompted-pricing": (4, "$30 a month per user"),
            "no-next-step": (6, ""),
        },
    ),
    "gatekeeper": Script(
        "gatekeeper",
        "Getting past the gatekeeper",
        (
            ("prospect", "Good morning, Harlow Dental, this is Gina."),
            ("rep", "Hi Gina, is Dr. Patel in? She's expecting my call."),
            ("prospect", "Who's calling, please?"),
            ("rep", 'It\'s about your <billing> & "scheduling" software.'),
            ("prospect", "I'll pass on the message."),
        ),
        {
            "misleading-claim": (2, "She's expecting my call"),
            "ignored-question": (4, 'It\'s about your <billing> & "scheduling" software.'),
            "no-introduction": (2, ""),
        },
    ),
    "voicemail": Script(
        "voicemail",
        "Leaving a voicemail",
        (
            ("prospect", "You've reached Tom Reyes. Please leave a message after the tone."),
            ("rep", "Hi Tom, this is Lee from Orbit Office. Call me back when you can."),
        ),
        {
            "voicemail-no-number": (2, "Call me back when you can."),
            "no-reason-for-call": (2, ""),
        },
    ),
}

#: (trainee, scenario, day of May 2024, hour, difficulty, outcome, score, mistake codes)
TEN_SESSIONS = (
    ("dana", "cold-call", 1, 9, "easy", "hung-up", 40, ("no-introduction", "apology", "feature-dump", "unprompted-pricing", "no-next-step")),
    ("lee", "gatekeeper", 2, 10, "normal", "blocked", 35, ("misleading-claim", "ignored-question", "no-introduction")),
    ("dana", "gatekeeper", 3, 11, "normal", "blocked", 55, ("misleading-claim", "ignored-question")),
    ("lee", "voicemail", 4, 14, None, "voicemail-left", 50, ("voicemail-no-number", "no-reason-for-call")),
    ("dana", "voicemail", 6, 9, None, "voicemail-left", 62, ("voicemail-no-number",)),
    ("lee", "cold-call", 7, 15, "easy", "hung-up", 48, ("apology", "feature-dump", "unprompted-pricing", "no-next-step")),
    ("dana", "cold-call", 8, 10, "hard", "callback", 78, ("unprompted-pricing",)),
    ("lee", "gatekeeper", 9, 16, "hard", "transferred", 66, ("misleading-claim",)),
    ("dana", "gatekeeper", 10, 11, "hard", "transferred", 90, ()),
    ("lee", "cold-call", 13, 9, "normal", "callback", 70, ("no-next-step",)),
)  # fmt: skip


def build_session(
    trainee: str,
    scenario: str,
    started: str,
    score: int,
    codes: tuple[str, ...] = (),
    outcome: str | None = "success",
    difficulty: str | None = None,
    finished: bool = True,
) -> Transcript:
    """A saved session of ``scenario``'s script with the given mistakes in its scorecard."""
    script = SCRIPTS[scenario]
    mistakes = tuple(
        sorted(
            (
                Mistake(
                    code=code,
                    turn=script.mistakes[code][0],
                    evidence=script.mistakes[code][1],
                    message=MESSAGES[code],
                    tip=TIPS[code],
                    weight=WEIGHTS[code],
                )
                for code in codes
            ),
            key=lambda m: m.turn,
        )
    )
    turns = tuple(Turn(speaker=s, text=t) for s, t in script.turns)
    return Transcript(
        turns=turns,
        kind="session",
        scenario=scenario,
        scenario_title=script.title,
        difficulty=difficulty,
        seed=7,
        trainee=trainee,
        started=started,
        ended=started.replace(":00:00", ":06:30") if finished else None,
        outcome=outcome if finished else None,
        scorecard=Scorecard(score=score, mistakes=mistakes) if finished else None,
    )


def session_text(transcript: Transcript) -> str:
    """The file contents of a saved session, as the session writer would leave them."""
    return "".join(dumps_record(r) for r in transcript.records())


def write_session(folder: Path, name: str, transcript: Transcript) -> Path:
    path = folder / name
    path.write_text(session_text(transcript), encoding="utf-8")
    return path


def write_ten_sessions(folder: Path) -> list[Path]:
    """The ten scripted sessions of the issue, one file each, named like the writer names them."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for trainee, scenario, day, hour, difficulty, outcome, score, codes in TEN_SESSIONS:
        started = f"2024-05-{day:02d}T{hour:02d}:00:00+02:00"
        t = build_session(trainee, scenario, started, score, codes, outcome, difficulty)
        name = f"202405{day:02d}-{hour:02d}0000_{scenario}_{trainee}_a1b2c3.jsonl"
        paths.append(write_session(folder, name, t))
    return paths


def write_corrupt(folder: Path, name: str = "20240511-120000_cold-call_dana_dead00.jsonl") -> Path:
    """A session whose second line is not JSON (a disk hiccup, a bad merge)."""
    good = session_text(build_session("dana", "cold-call", "2024-05-11T12:00:00+02:00", 80))
    lines = good.splitlines(keepends=True)
    lines[1] = '{"type": "turn", "n": 1, "speaker": "prosp\n'
    path = folder / name
    path.write_text("".join(lines), encoding="utf-8")
    return path


@dataclass
class CliResult:
    status: int
    stdout: str
    stderr: str


class _Stream(io.StringIO):
    """A captured stream that can claim to be a terminal."""

    def __init__(self, tty: bool = False) -> None:
        super().__init__()
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty


NOW = datetime(2024, 5, 14, 12, 0, tzinfo=timezone(timedelta(hours=2)))


def sessions_table(stdout: str) -> str:
    """The sessions table of ``review``'s output: from its ``date`` heading to the blank line
    (the review starts with who needs coaching)."""
    start = next(i for i, line in enumerate(stdout.split("\n")) if line.startswith("date "))
    return "\n".join(stdout.split("\n")[start:]).split("\n\n")[0] + "\n"


def run_cli(
    args: list[str],
    cwd: Path,
    environ: dict[str, str] | None = None,
    stdout_tty: bool = False,
    stderr_tty: bool = False,
) -> CliResult:
    """Run ``roleplay ARGS`` in-process with captured streams and a fixed clock."""
    out, err = _Stream(stdout_tty), _Stream(stderr_tty)
    env = Environment(stdout=out, stderr=err, environ=environ or {}, cwd=cwd, now=lambda: NOW)
    status = main(args, env)
    return CliResult(int(status), out.getvalue(), err.getvalue())
