"""The xAPI 1.0.3 rules a statement must meet, written from the specification.

Source: xAPI-Data.md of https://github.com/adlnet/xAPI-Spec (version 1.0.3), section
numbers given with each rule. Only the parts a statement of ours can touch are checked:
an Agent actor, an Activity object, a result, a context and a timestamp. The LRS
conformance suite rejects a statement that breaks any of these with 400 Bad Request.

``problems(statement)`` lists what is wrong, one sentence each; an empty list is a pass.
"""

from __future__ import annotations

import re
import uuid
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

# 2.4 Statement Properties (stored, authority and version are the LRS's to set).
STATEMENT_KEYS = {"id", "actor", "verb", "object", "result", "context", "timestamp", "attachments"}
STATEMENT_REQUIRED = {"actor", "verb", "object"}
# 2.4.2.1 Agent; 2.4.2.3 Inverse Functional Identifier; 2.4.2.4 Account Object.
AGENT_KEYS = {"objectType", "name", "mbox", "mbox_sha1sum", "openid", "account"}
IFIS = ("mbox", "mbox_sha1sum", "openid", "account")
ACCOUNT_KEYS = {"homePage", "name"}
# 2.4.3 Verb.
VERB_KEYS = {"id", "display"}
# 2.4.4.1 Activity and its Definition.
ACTIVITY_KEYS = {"objectType", "id", "definition"}
DEFINITION_KEYS = {
    "name", "description", "type", "moreInfo", "extensions", "interactionType",
    "correctResponsesPattern", "choices", "scale", "source", "target", "steps",
}  # fmt: skip
# 2.4.5 Result and 2.4.5.1 Score.
RESULT_KEYS = {"score", "success", "completion", "response", "duration", "extensions"}
SCORE_KEYS = {"scaled", "raw", "min", "max"}
# 2.4.6 Context.
CONTEXT_KEYS = {
    "registration", "instructor", "team", "contextActivities", "revision", "platform",
    "language", "statement", "extensions",
}  # fmt: skip

# 4.6 ISO 8601 Durations: the format of ISO 8601:2004(E) 4.4.3.2, PnYnMnDTnHnMnS.
DURATION = re.compile(
    r"^P(?!$)(\d+(\.\d+)?Y)?(\d+(\.\d+)?M)?(\d+(\.\d+)?W)?(\d+(\.\d+)?D)?"
    r"(T(?=\d)(\d+(\.\d+)?H)?(\d+(\.\d+)?M)?(\d+(\.\d+)?S)?)?$"
)
# 4.2 Language Maps: keys are RFC 5646 language tags (the common shape: en, en-US, zh-Hant).
LANGUAGE_TAG = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")


def problems(statement: Any) -> list[str]:
    """Every rule ``statement`` breaks."""
    found: list[str] = []
    if not isinstance(statement, dict):
        return ["a statement is a JSON object"]
    _keys(found, "statement", statement, STATEMENT_KEYS, STATEMENT_REQUIRED)
    _no_nulls_or_empties(found, "statement", statement)
    if "id" in statement:
        _uuid(found, "id", statement["id"])
    _agent(found, statement.get("actor"))
    _verb(found, statement.get("verb"))
    _activity(found, statement.get("object"))
    if "result" in statement:
        _result(found, statement["result"])
    if "context" in statement:
        _context(found, statement["context"], statement.get("object"))
    if "timestamp" in statement:
        _timestamp(found, statement["timestamp"])
    return found


def _keys(
    found: list[str], where: str, value: Any, allowed: set, required: set = frozenset()
) -> bool:  # type: ignore[assignment]
    if not isinstance(value, dict):
        found.append(f"{where} is a JSON object")
        return False
    found.extend(f"{where} has no property {key!r}" for key in sorted(set(value) - allowed))
    found.extend(f"{where} needs {key!r}" for key in sorted((required or set()) - set(value)))
    return True


def _no_nulls_or_empties(found: list[str], where: str, value: Any) -> None:
    # 2.2 Formatting Requirements: no property may be null or an empty object, except
    # inside extensions, whose values are free.
    if value is None:
        found.append(f"{where} is null")
    elif isinstance(value, dict):
        if not value:
            found.append(f"{where} is an empty object")
        for key, item in value.items():
            if key != "extensions":
                _no_nulls_or_empties(found, f"{where}.{key}", item)
    elif isinstance(value, list):
        for i, item in enumerate(value):
            _no_nulls_or_empties(found, f"{where}[{i}]", item)


def _uuid(found: list[str], where: str, value: Any) -> None:
    # 2.4.1: any version of variant 2 of RFC 4122, in standard string form.
    try:
        parsed = uuid.UUID(value)
    except (TypeError, ValueError, AttributeError):
        found.append(f"{where} is a UUID")
        return
    if str(parsed) != value.lower() or parsed.variant != uuid.RFC_4122:
        found.append(f"{where} is a UUID of variant 2 (RFC 4122) in standard form")


def is_iri(value: Any) -> bool:
    """An absolute IRI: a scheme, then something (3.1 IRI Requirements: no relative IRIs)."""
    return isinstance(value, str) and bool(re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:\S+$", value))


def is_irl(value: Any) -> bool:
    """An IRL: an IRI that can be fetched, here an http(s) URL with a host."""
    parts = urlsplit(value) if isinstance(value, str) else None
    return parts is not None and parts.scheme in ("http", "https") and bool(parts.netloc)


def _language_map(found: list[str], where: str, value: Any) -> None:
    if not isinstance(value, dict) or not value:
        found.append(f"{where} is a language map")
        return
    for tag, text in value.items():
        if not LANGUAGE_TAG.match(tag) or not isinstance(text, str):
            found.append(f"{where} maps language tags to text, not {tag!r}: {text!r}")


def _extensions(found: list[str], where: str, value: Any) -> None:
    # 5.3 Extensions: an object whose keys are IRIs.
    if not isinstance(value, dict):
        found.append(f"{where} is a JSON object")
        return
    found.extend(f"{where} key {key!r} is an IRI" for key in value if not is_iri(key))


def _agent(found: list[str], actor: Any) -> None:
    if not _keys(found, "actor", actor, AGENT_KEYS):
        return
    if actor.get("objectType", "Agent") != "Agent":
        found.append("actor.objectType is 'Agent'")
    ifis = [key for key in IFIS if key in actor]
    if len(ifis) != 1:
        found.append(f"actor has exactly one inverse functional identifier, not {ifis}")
    if "name" in actor and not isinstance(actor["name"], str):
        found.append("actor.name is text")
    if "account" in actor and _keys(
        found, "actor.account", actor["account"], ACCOUNT_KEYS, ACCOUNT_KEYS
    ):
        if not is_irl(actor["account"].get("homePage")):
            found.append("actor.account.homePage is an IRL")
        if not isinstance(actor["account"].get("name"), str) or not actor["account"]["name"]:
            found.append("actor.account.name is text")


def _verb(found: list[str], verb: Any) -> None:
    if not _keys(found, "verb", verb, VERB_KEYS, {"id"}):
        return
    if not is_iri(verb.get("id")):
        found.append("verb.id is an IRI")
    if "display" in verb:
        _language_map(found, "verb.display", verb["display"])


def _activity(found: list[str], activity: Any) -> None:
    if not _keys(found, "object", activity, ACTIVITY_KEYS, {"id"}):
        return
    if activity.get("objectType", "Activity") != "Activity":
        found.append("object.objectType is 'Activity'")
    if not is_iri(activity.get("id")):
        found.append("object.id is an IRI")
    definition = activity.get("definition")
    if definition is None or not _keys(found, "object.definition", definition, DEFINITION_KEYS):
        return
    for key in ("name", "description"):
        if key in definition:
            _language_map(found, f"object.definition.{key}", definition[key])
    if "type" in definition and not is_iri(definition["type"]):
        found.append("object.definition.type is an IRI")
    if "extensions" in definition:
        _extensions(found, "object.definition.extensions", definition["extensions"])


def _number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _result(found: list[str], result: Any) -> None:
    if not _keys(found, "result", result, RESULT_KEYS):
        return
    for key in ("success", "completion"):
        if key in result and not isinstance(result[key], bool):
            found.append(f"result.{key} is true or false")
    if "duration" in result and not (
        isinstance(result["duration"], str) and DURATION.match(result["duration"])
    ):
        found.append(f"result.duration is an ISO 8601 duration, not {result['duration']!r}")
    if "extensions" in result:
        _extensions(found, "result.extensions", result["extensions"])
    score = result.get("score")
    if score is None or not _keys(found, "result.score", score, SCORE_KEYS):
        return
    if any(not _number(v) for v in score.values()):
        found.append("result.score holds numbers")
        return
    if "scaled" in score and not -1 <= score["scaled"] <= 1:
        found.append("result.score.scaled is between -1 and 1")
    low, high = score.get("min"), score.get("max")
    if low is not None and high is not None and not low < high:
        found.append("result.score.min is less than max")
    raw = score.get("raw")
    if raw is not None and ((low is not None and raw < low) or (high is not None and raw > high)):
        found.append("result.score.raw is between min and max")


def _context(found: list[str], context: Any, activity: Any) -> None:
    if not _keys(found, "context", context, CONTEXT_KEYS):
        return
    if "platform" in context:
        if not isinstance(context["platform"], str):
            found.append("context.platform is text")
        # 2.4.6: "platform" and "revision" only when the object is an Activity.
        if isinstance(activity, dict) and activity.get("objectType", "Activity") != "Activity":
            found.append("context.platform is used only when the object is an Activity")
    if "extensions" in context:
        _extensions(found, "context.extensions", context["extensions"])


def _timestamp(found: list[str], value: Any) -> None:
    # 4.5 ISO 8601 Timestamps: ISO 8601, and it SHOULD include the time zone.
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except (AttributeError, ValueError):
        found.append(f"timestamp is an ISO 8601 date and time, not {value!r}")
        return
    if moment.tzinfo is None:
        found.append("timestamp includes its time zone")
