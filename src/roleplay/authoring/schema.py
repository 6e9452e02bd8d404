"""The JSON Schema (draft-07) of the scenario format, for editors with a YAML language server.

Built from ``scenario.py``'s key tables (``_TOP_KEYS``, ``_STATE_KEYS``, ...): every key
there must have a type here and nothing else is allowed, so the schema cannot drift
from the parser without ``build_schema`` failing. The schema helps while typing; the
parser (``roleplay validate``) stays the authority, e.g. on undefined names.

``scenarios/scenario.schema.json`` is this schema, written by ``roleplay schema``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

from roleplay.dialogue import scenario as fmt

DRAFT = "http://json-schema.org/draft-07/schema#"
FILE_NAME = "scenario.schema.json"

_TEXT: dict[str, Any] = {"type": "string"}
_INT: dict[str, Any] = {"type": "integer"}
_TEXTS: dict[str, Any] = {
    "anyOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}],
}
_NAME = {"pattern": fmt.NAME_RE.pattern}


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/definitions/{name}"}


def _described(schema: Mapping[str, Any], description: str) -> dict[str, Any]:
    return {"description": description, **schema}


def _object(
    keys: Iterable[str],
    types: Mapping[str, Mapping[str, Any]],
    description: str = "",
    required: Iterable[str] = (),
) -> dict[str, Any]:
    """A closed object whose properties are exactly ``keys`` (a table from scenario.py)."""
    keys = list(keys)
    extra = set(types) - set(keys)
    missing = [k for k in keys if k not in types]
    if extra or missing:  # pragma: no cover - caught by tests/test_schema.py
        raise AssertionError(
            f"schema out of sync with scenario.py: missing {missing}, extra {sorted(extra)}"
        )
    out: dict[str, Any] = {}
    if description:
        out["description"] = description
    out["type"] = "object"
    out["properties"] = {k: dict(types[k]) for k in keys}
    out["additionalProperties"] = False
    req = list(required)
    if req:
        out["required"] = req
    return out


def _map_of(
    value: Mapping[str, Any], description: str, names: Mapping[str, Any] | None = None
) -> dict[str, Any]:
    out: dict[str, Any] = {"description": description, "type": "object"}
    if names:
        out["propertyNames"] = dict(names)
    out["additionalProperties"] = dict(value)
    return out


def _edge(with_intent: bool, description: str, required: list[str]) -> dict[str, Any]:
    types = {
        "intent": _described(_TEXT, "the intent that takes this transition"),
        "to": _described(_TEXT, "the state to go to"),
        "reply": _described(_TEXT, "the reply the prospect says (a name under 'replies')"),
        "effects": _map_of(_INT, "changes to moods, e.g. {patience: -1}"),
        "if": _described(_TEXTS, "mood conditions that must all hold, e.g. 'interest >= 1'"),
    }
    keys = fmt._EDGE_KEYS if with_intent else tuple(k for k in fmt._EDGE_KEYS if k != "intent")
    return _object(keys, {k: types[k] for k in keys}, description, required)


def build_schema() -> dict[str, Any]:
    """The JSON Schema of the scenario format, as plain data."""
    definitions = {
        "text_list": _described(_TEXTS, "one text, or a list of texts"),
        "transition": _edge(
            True, "on this intent (if conditions hold), go to a state and reply", ["intent", "to"]
        ),
        "else_transition": _edge(
            False, "what happens when a line matches none of the state's intents", []
        ),
        "watch_rule": _edge(
            False, "checked after every turn: when 'if' holds, go to 'to'", ["if", "to"]
        ),
        "persona": _object(
            fmt._PERSONA_KEYS,
            {
                "name": _described(_TEXT, "the prospect's full name"),
                "role": _described(_TEXT, "job title"),
                "company": _described(_TEXT, "company name"),
                "situation": _described(_TEXT, "what is going on for them (shown to the trainer)"),
                "briefing": _described(
                    _TEXT, "what the rep knows before dialling (shown to the rep)"
                ),
            },
            "who the rep is calling",
            ["name"],
        ),
        "mood": {
            "anyOf": [
                _described(_INT, "the starting value (range 0..10)"),
                _object(
                    fmt._MOOD_KEYS,
                    {
                        "start": _described(_INT, "value at the start of the call (default: min)"),
                        "min": _described(_INT, "lowest value (default 0)"),
                        "max": _described(_INT, "highest value (default 10)"),
                    },
                ),
            ]
        },
        "intent": _object(
            fmt._INTENT_KEYS,
            {
                "description": _described(_TEXT, "what the rep expresses"),
                "examples": _described(_ref("text_list"), "example phrases, matched fuzzily"),
                "signals": _described(
                    _ref("text_list"), "built-in detector signals that must all fire"
                ),
                "any_signals": _described(
                    _ref("text_list"), "built-in detector signals of which one must fire"
                ),
                "mistakes": _described(
                    _ref("text_list"), "mistake codes that, detected on the line, mean this intent"
                ),
                "unless": _described(_ref("text_list"), "signals that veto this intent"),
                "priority": _described(_INT, "higher wins when several intents match (default 0)"),
            },
        ),
        "state": _object(
            fmt._STATE_KEYS,
            {
                "description": _described(_TEXT, "what is going on in this state"),
                "say": _described(_TEXT, "reply said on entering the state"),
                "outcome": {
                    "description": "the call ends here with this outcome",
                    "enum": list(fmt.OUTCOMES),
                },
                "hint": _described(_TEXT, "the nudge the rep gets from /hint in this state"),
                "on": {
                    "description": "transitions, tried by intent priority",
                    "type": "array",
                    "items": _ref("transition"),
                },
                "else": _ref("else_transition"),
            },
        ),
        "custom_code": _object(
            fmt._CODE_KEYS,
            {
                "message": _described(_TEXT, "what went wrong, one sentence"),
                "tip": _described(_TEXT, "what to do instead"),
                "weight": _described(_INT, "points it costs (default 5)"),
                "phrases": _described(
                    _ref("text_list"), "rep lines that trigger it, matched fuzzily"
                ),
                "signals": _described(_ref("text_list"), "detector signals that must all fire"),
                "unless": _described(
                    _ref("text_list"),
                    "not once the rep has shown one of these signals (in that turn or before)",
                ),
            },
            required=["message", "tip"],
        ),
        "scoring": _object(
            fmt._SCORING_KEYS,
            {
                "weights": _map_of(_INT, "points a mistake code costs"),
                "thresholds": _map_of(_INT, "named numbers, e.g. monologue_words: 80"),
                "disabled": _described(
                    _ref("text_list"), "mistake codes not scored in this scenario"
                ),
                "codes": _map_of(
                    _ref("custom_code"),
                    "the scenario's own mistake codes",
                    {"pattern": fmt.CODE_RE.pattern},
                ),
                "tips": _map_of(_TEXT, "coaching tips replacing a code's default tip"),
            },
            "how this scenario adjusts scoring",
        ),
        "test_step": {
            "anyOf": [
                _described(_TEXT, "a trainee line with no expectations"),
                _object(
                    fmt._STEP_KEYS,
                    {
                        "say": _described(_TEXT, "the trainee's line"),
                        "state": _described(_TEXT, "the state expected after it"),
                        "reply": _described(_TEXT, "text the reply must contain"),
                        "intent": _described(_TEXT, "the intent expected to be recognised"),
                        "mistakes": _described(
                            _ref("text_list"), "exactly the mistake codes expected on this line"
                        ),
                    },
                    required=["say"],
                ),
            ]
        },
        "test": _object(
            fmt._TEST_KEYS,
            {
                "name": _described(_TEXT, "what the test shows"),
                "seed": _described(_INT, "seed for reply variants (default 0)"),
                "steps": {
                    "description": "trainee lines in order",
                    "type": "array",
                    "items": _ref("test_step"),
                },
                "outcome": {
                    "description": "the outcome expected at the end",
                    "enum": list(fmt.OUTCOMES),
                },
                "state": _described(_TEXT, "the state expected at the end"),
                "score": _object(
                    fmt._SCORE_KEYS,
                    {
                        "min": _described(_INT, "lowest score allowed"),
                        "max": _described(_INT, "highest score allowed"),
                    },
                    "the score range expected",
                ),
            },
            required=["name", "steps"],
        ),
    }
    top = fmt._TOP_KEYS
    types: dict[str, dict[str, Any]] = {
        "format": {"const": fmt.FORMAT_VERSION},
        "id": _TEXT,
        "title": _TEXT,
        "description": _TEXT,
        "difficulty": _TEXT,
        "persona": _ref("persona"),
        "moods": {"type": "object", "propertyNames": _NAME, "additionalProperties": _ref("mood")},
        "slots": {"type": "object", "propertyNames": _NAME, "additionalProperties": _TEXT},
        "start": _TEXT,
        "opening": _TEXT,
        "intents": {
            "type": "object",
            "propertyNames": _NAME,
            "additionalProperties": _ref("intent"),
        },
        "states": {
            "type": "object",
            "propertyNames": _NAME,
            "additionalProperties": _ref("state"),
            "minProperties": 1,
        },
        "anywhere": {"type": "array", "items": _ref("transition")},
        "watch": {"type": "array", "items": _ref("watch_rule")},
        "fallback": _TEXT,
        "max_turns": {"type": "integer", "minimum": 0},
        "timeout": _TEXT,
        "replies": {
            "type": "object",
            "propertyNames": _NAME,
            "additionalProperties": _ref("text_list"),
        },
        "scoring": _ref("scoring"),
        "tests": {"type": "array", "items": _ref("test")},
    }
    described = {k: _described(v, top[k]) for k, v in types.items() if k in top}
    body = _object(top, described, required=["title", "persona", "start", "states"])
    return {
        "$schema": DRAFT,
        "title": "roleplay scenario",
        "description": "A call-coaching scenario for roleplay; see docs/authoring.md.",
        **{k: v for k, v in body.items() if k != "description"},
        "definitions": definitions,
    }


def schema_json() -> str:
    """The schema as the JSON text ``roleplay schema`` prints and the shipped file holds."""
    return json.dumps(build_schema(), indent=2, ensure_ascii=False) + "\n"
