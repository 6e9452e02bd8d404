"""Practice sessions as xAPI 1.0.3 statements, the form a learning record store imports.

One statement per session: *trainee* *passed* (or *failed*) *the scenario*, with the
score, whether it passed, when and for how long. What goes where (``docs/review.md`` says
the same, for the people who set up the LRS):

* **actor**: an Agent identified by an account (no e-mail address is known):
  ``{"homePage": HOME, "name": TRAINEE}``, where ``HOME`` is ``export --xapi-home``;
* **verb**: ADL's ``passed`` or ``failed`` for a finished, attempted call, by its score
  against the scenario's pass mark; ``attempted`` for a call that is unfinished or was
  not attempted (nothing of substance said), which has no score to judge;
* **object**: the scenario as an Activity, id ``HOME/roleplay/scenarios/ID``, of ADL's type
  ``simulation``, with its title as name and a one-line description;
* **result**: ``score`` (``raw`` 0-100, ``min`` 0, ``max`` 100, ``scaled`` raw/100),
  ``success``, ``completion``, ``duration`` (ISO 8601, from start to end, when both are
  recorded) and the mistake codes (extension ``HOME/roleplay/extensions/mistakes``);
* **context**: the platform (``roleplay``) and extensions (``HOME/roleplay/extensions/``
  ``session``, ``outcome``, ``difficulty``, ``pass-mark``) for the session key, outcome,
  level and pass mark;
* **timestamp**: when the call ended, else when it started, as recorded;
* **id**: a UUID (version 5) of the session key and the verb, so exporting the same
  sessions again gives the same statements, which an LRS stores once.

Sessions with no trainee (real calls typed up as text) cannot be credited to anyone and
are left out. Pure: data in, data out.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from typing import Any
from urllib.parse import quote, urlsplit

from roleplay.errors import UsageError
from roleplay.review.sessions import SessionSummary, parse_timestamp

#: The home page used when ``--xapi-home`` is not given: a reserved name (RFC 2606) that
#: never resolves. Give the address of your own LMS or intranet instead.
DEFAULT_HOME = "https://roleplay.invalid"

#: ADL's verbs, by name: ``passed``, ``failed`` and ``attempted`` are used.
VERBS = "http://adlnet.gov/expapi/verbs/"
ACTIVITY_TYPE = "http://adlnet.gov/expapi/activities/simulation"
PLATFORM = "roleplay"
LANGUAGE = "en-US"
#: Statement ids are UUIDs in this namespace, of the session key and the verb.
STATEMENT_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://roleplay.invalid/xapi/statement")


def check_home(home: str) -> str:
    """``home`` without a trailing ``/``, once it is an http(s) address with a host.

    Raises:
        UsageError: for anything else (an account's homePage must be a URL).
    """
    parts = urlsplit(home)
    if parts.scheme not in ("http", "https") or not parts.netloc or any(c.isspace() for c in home):
        raise UsageError(
            f"--xapi-home {home!r}: expected the web address of your LMS or intranet, "
            "such as https://lms.example.com"
        )
    return home.rstrip("/")


def statement_id(key: str, verb: str) -> str:
    """The statement's UUID: the same session key and verb always give the same one."""
    return str(uuid.uuid5(STATEMENT_NAMESPACE, f"{key}\n{verb}"))


def creditable(summary: SessionSummary) -> bool:
    """A session a statement can be made of: a trainee to credit and a scenario."""
    return bool(summary.trainee) and bool(summary.scenario)


def statements(
    summaries: Iterable[SessionSummary], home: str, pass_mark: Callable[[str], int]
) -> list[dict[str, Any]]:
    """One xAPI statement per session that has a trainee and a scenario.

    Args:
        summaries: The sessions (keys unique: see ``roleplay.review.export.one_per_key``).
        home: From :func:`check_home`.
        pass_mark: The pass mark of a scenario id.
    """
    return [_statement(s, home, pass_mark(s.scenario or "")) for s in summaries if creditable(s)]


def _statement(s: SessionSummary, home: str, mark: int) -> dict[str, Any]:
    scenario = s.scenario or ""
    title = s.scenario_title or scenario
    judged = s.finished and s.attempted and s.score is not None
    verb = ("passed" if (s.score or 0) >= mark else "failed") if judged else "attempted"
    result: dict[str, Any] = {"completion": s.finished}
    if judged:
        score = s.score or 0
        result["score"] = {"scaled": score / 100, "raw": score, "min": 0, "max": 100}
        result["success"] = verb == "passed"
    duration = _duration(s.started, s.ended)
    if duration:
        result["duration"] = duration
    ext = f"{home}/roleplay/extensions/"  # extension keys must be IRIs
    if s.mistakes:
        result["extensions"] = {ext + "mistakes": s.codes}
    extensions: dict[str, Any] = {ext + "session": s.key, ext + "outcome": s.status}
    if s.difficulty:
        extensions[ext + "difficulty"] = s.difficulty
    if judged:
        extensions[ext + "pass-mark"] = mark
    statement: dict[str, Any] = {
        "id": statement_id(s.key, VERBS + verb),
        "actor": {
            "objectType": "Agent",
            "name": s.trainee,
            "account": {"homePage": home, "name": s.trainee},
        },
        "verb": {"id": VERBS + verb, "display": {LANGUAGE: verb}},
        "object": {
            "objectType": "Activity",
            "id": f"{home}/roleplay/scenarios/{quote(scenario, safe='')}",
            "definition": {
                "name": {LANGUAGE: title},
                "description": {
                    LANGUAGE: f"A practice sales call in roleplay: {title}. "
                    "Scored out of 100, every mistake explained."
                },
                "type": ACTIVITY_TYPE,
            },
        },
        "result": result,
        "context": {"platform": PLATFORM, "extensions": extensions},
    }
    when = _timestamp(s.ended) or _timestamp(s.started)
    if when:
        statement["timestamp"] = when
    return statement


def _timestamp(text: str | None) -> str | None:
    """``text`` as an ISO 8601 timestamp, if it is a valid one (``Z`` spelled ``+00:00``)."""
    moment = parse_timestamp(text) if text else None
    return moment.isoformat() if moment is not None else None


def _duration(started: str | None, ended: str | None) -> str | None:
    """``PT6M30S``: how long the call took, when both ends are known and in order."""
    start = parse_timestamp(started) if started else None
    end = parse_timestamp(ended) if ended else None
    if start is None or end is None or (start.tzinfo is None) != (end.tzinfo is None):
        return None
    seconds = round((end - start).total_seconds(), 2)
    return iso_duration(seconds) if seconds >= 0 else None


def iso_duration(seconds: float) -> str:
    """``seconds`` as an ISO 8601 duration (``PT1H2M3.5S``), to 0.01 s as xAPI asks."""
    hundredths = round(seconds * 100)
    hours, rest = divmod(hundredths, 360000)
    minutes, rest = divmod(rest, 6000)
    whole, fraction = divmod(rest, 100)
    text = "PT" + (f"{hours}H" if hours else "") + (f"{minutes}M" if minutes else "")
    if whole or fraction or text == "PT":
        text += f"{whole}.{fraction:02d}".rstrip("0").rstrip(".") + "S"
    return text
