"""A team's practice, played for real: twenty sessions by three trainees.

``write_team_sessions(folder, spread)`` plays each call with ``roleplay run`` (the real
engine, scorer and session writer, in-process, with a clock set to the session's time),
so the files are exactly what a team's ``transcripts`` folder holds. Nothing here is
hand-made JSON.

The team, and what a manager should read from it:

* **dana** pitches before asking anything: ``no-discovery`` in most of her calls, and an
  average under the pass mark. She needs coaching on both counts.
* **sam** scores well but opens every call with an apology: ``apology`` recurs, so he
  needs coaching on that alone. One of his calls was never attempted (he said hello and
  nothing else): it is listed, and left out of his averages.
* **lee** started badly on voicemail and is now on track: no coaching.

``spread`` is ``"weeks"`` (a session every day or two from 1 May 2024, about four weeks)
or ``"day"`` (all on 14 May 2024, a quarter of an hour apart).
"""

from __future__ import annotations

import io
from datetime import datetime, timedelta, timezone
from pathlib import Path

from roleplay.cli import main
from roleplay.environment import Environment

#: What each kind of call says, line by line (the trainee's lines only).
SCRIPTS: dict[str, tuple[str, list[str]]] = {
    "skeptic-good": (
        "sleepy_skeptic",
        [
            "fair enough it is a sales call. its {name} from tallyworks, calling cause shops "
            "your size lose money on jobs quoted from memory",
            "how do you put quotes together for custom jobs today",
            "could we do 15 min thursday at 10 your time",
        ],
    ),
    "skeptic-apology": (
        "sleepy_skeptic",
        [
            "sorry to bother you so late. its {name} from tallyworks, calling cause shops your "
            "size lose money on jobs quoted from memory",
            "how do you put quotes together for custom jobs today",
            "could we do 15 min thursday at 10 your time",
        ],
    ),
    "skeptic-pitch": (
        "sleepy_skeptic",
        [
            "hi its {name} from tallyworks, calling because shops lose money on quotes",
            "our software does estimating and tracking",
            "can we meet thursday at 10",
            "ok bye",
        ],
    ),
    "gatekeeper-good": (
        "gatekeeper",
        [
            "hi this is {name} from tallyworks, calling because clinics lose hours to "
            "scheduling, who handles your scheduling software",
            "could you put me through to them",
            "thanks",
        ],
    ),
    "gatekeeper-apology": (
        "gatekeeper",
        [
            "hi, sorry to bother you, this is {name} from tallyworks, calling because clinics "
            "lose hours to scheduling, who handles your scheduling software",
            "could you put me through to them",
            "thanks",
        ],
    ),
    "gatekeeper-blunt": (
        "gatekeeper",
        ["hi is the boss in", "its about software", "ok bye"],
    ),
    "voicemail-good": (
        "voicemail",
        [
            "hi this is {name} from tallyworks, calling because clinics lose hours to "
            "scheduling. call me at 555 201 3344, thats 555 201 3344. thanks",
        ],
    ),
    "voicemail-apology": (
        "voicemail",
        [
            "hi sorry to bother you, this is {name} from tallyworks, calling because clinics "
            "lose hours to scheduling. call me at 555 201 3344, thats 555 201 3344. thanks",
        ],
    ),
    "voicemail-bare": ("voicemail", ["hi call me back"]),
    "silent": ("sleepy_skeptic", ["hello"]),
}

#: (trainee, call, difficulty or None for the scenario's own), oldest first.
TEAM: tuple[tuple[str, str, str | None], ...] = (
    ("lee", "voicemail-bare", None),
    ("dana", "skeptic-pitch", "hard"),
    ("sam", "skeptic-apology", "hard"),
    ("lee", "voicemail-bare", None),
    ("dana", "gatekeeper-blunt", None),
    ("sam", "gatekeeper-apology", None),
    ("lee", "skeptic-good", "normal"),
    ("dana", "voicemail-good", None),
    ("sam", "silent", None),
    ("lee", "gatekeeper-good", None),
    ("dana", "skeptic-pitch", "normal"),
    ("sam", "voicemail-apology", None),
    ("lee", "skeptic-good", "hard"),
    ("dana", "gatekeeper-blunt", None),
    ("sam", "skeptic-good", "normal"),
    ("lee", "voicemail-good", None),
    ("dana", "skeptic-pitch", "hard"),
    ("sam", "gatekeeper-apology", None),
    ("lee", "gatekeeper-good", None),
    ("dana", "gatekeeper-blunt", None),
)

ZONE = timezone(timedelta(hours=2))


def session_times(spread: str) -> list[datetime]:
    """When each of the twenty calls starts: over about four weeks, or on one day."""
    if spread == "day":
        first = datetime(2024, 5, 14, 9, 0, tzinfo=ZONE)
        return [first + timedelta(minutes=15 * i) for i in range(len(TEAM))]
    first = datetime(2024, 5, 1, 9, 0, tzinfo=ZONE)
    # Every 33 hours: a call a day or two apart, at a different hour each time.
    return [first + timedelta(hours=33 * i) for i in range(len(TEAM))]


def write_team_sessions(folder: Path, spread: str = "weeks") -> list[Path]:
    """Play the twenty calls with ``roleplay run`` and save them in ``folder``."""
    for i, ((trainee, call, level), when) in enumerate(
        zip(TEAM, session_times(spread), strict=True)
    ):
        scenario, lines = SCRIPTS[call]
        args = ["run", scenario, "--script", "-", "--seed", str(i + 1), "--trainee", trainee]
        args += ["--transcripts", str(folder.resolve())]
        if level:
            args += ["--difficulty", level]
        script = "".join(line.format(name=trainee) + "\n" for line in lines)
        out, err = io.StringIO(), io.StringIO()
        env = Environment(
            stdin=io.StringIO(script),
            stdout=out,
            stderr=err,
            environ={},
            cwd=folder.parent,
            now=lambda when=when: when,
        )
        status = main(args, env)
        assert status == 0, err.getvalue()
    return sorted(folder.glob("*.jsonl"))
