"""The JSON Schema (draft-07) of the scenario format, for editors with a YAML language server.

Built from ``roleplay.authoring.format.FORMAT``: every key of every section there gets
its description from that table and a type from ``_TYPES`` here, and no other key is
allowed, so the schema cannot drift from the parser without ``build_schema`` failing.
The schema helps while typing; the parser (``roleplay validate``) stays the authority,
e.g. on undefined names.

``scenarios/scenario.schema.json`` is this schema, written by ``roleplay schema``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

from roleplay.authoring.format import CODE_RE, FORMAT, FORMAT_VERSION, NAME_RE
from roleplay.dialogue.scenario import DIFFICULTIES, HUNG_UP_OUTCOMES, OUTCOMES

DRAFT = "http://json-schema.org/draft-07/schema#"
FILE_NAME = "scenario.schema.json"

_TEXT: dict[str, Any] = {"type": "string"}
_INT: dict[str, Any] = {"type": "integer"}
_TEXTS: dict[str, Any] = {
    "anyOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}],
}
_NAME = {"pattern": NAME_RE.pattern}


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/definitions/{name}"}


def _described(schema: Mapping[str, Any], description: str) -> dict[str, Any]:
    return {"description": description, **schema}


def _map_of(value: Mapping[str, Any], names: Mapping[str, Any] | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {"type": "object"}
    if names:
        out["propertyNames"] = dict(names)
    out["additionalProperties"] = dict(value)
    return out


_EDGE_TYPES: dict[str, dict[str, Any]] = {
    "intent": _TEXT,
    "to": _TEXT,
    "reply": _TEXT,
    "effects": _map_of(_INT),
    "if": _TEXTS,
}

#: The JSON type of every key of every section of ``FORMAT``.
_TYPES: dict[str, dict[str, dict[str, Any]]] = {
    "scenario": {
        "format": {"const": FORMAT_VERSION},
        "id": _TEXT,
        "title": _TEXT,
        "description": _TEXT,
        "difficulty": {"enum": [*DIFFICULTIES, "medium"]},
        "levels": {
            "type": "object",
            "propertyNames": {"enum": list(DIFFICULTIES)},
            "additionalProperties": _ref("level"),
        },
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
        "max_turns": {"type": "integer", "minimum": 1},
        "timeout": _TEXT,
        "replies": {
            "type": "object",
            "propertyNames": _NAME,
            "additionalProperties": _ref("text_list"),
        },
        "scoring": _ref("scoring"),
        "tests": {"type": "array", "items": _ref("test")},
    },
    "persona": {k: _TEXT for k in ("name", "role", "company", "situation", "briefing")},
    "mood": {"start": _INT, "min": _INT, "max": _INT},
    "level": {
        "moods": _map_of(_INT, _NAME),
        "replies": _map_of(_ref("text_list"), _NAME),
    },
    "intent": {
        "description": _TEXT,
        "examples": _ref("text_list"),
        "signals": _ref("text_list"),
        "any_signals": _ref("text_list"),
        "mistakes": _ref("text_list"),
        "unless": _ref("text_list"),
        "priority": _INT,
    },
    "state": {
        "description": _TEXT,
        "say": _TEXT,
        "outcome": {"enum": list(OUTCOMES)},
        "if_hung_up": {"enum": list(HUNG_UP_OUTCOMES)},
        "hint": _TEXT,
        "on": {"type": "array", "items": _ref("transition")},
        "else": _ref("else_transition"),
    },
    "transition": _EDGE_TYPES,
    "else_transition": {k: v for k, v in _EDGE_TYPES.items() if k != "intent"},
    "watch_rule": {k: v for k, v in _EDGE_TYPES.items() if k != "intent"},
    "scoring": {
        "weights": _map_of(_INT),
        "thresholds": _map_of(_INT),
        "disabled": _ref("text_list"),
        "codes": _map_of(_ref("custom_code"), {"pattern": CODE_RE.pattern}),
        "tips": _map_of(_TEXT),
        "reasons": _ref("text_list"),
    },
    "custom_code": {
        "message": _TEXT,
        "tip": _TEXT,
        "weight": _INT,
        "phrases": _ref("text_list"),
        "signals": _ref("text_list"),
        "any_signals": _ref("text_list"),
        "unless": _ref("text_list"),
    },
    "test": {
        "name": _TEXT,
        "seed": _INT,
        "difficulty": {"enum": list(DIFFICULTIES)},
        "steps": {"type": "array", "items": _ref("test_step")},
        "outcome": {"enum": list(OUTCOMES)},
        "state": _TEXT,
        "score": _ref("score"),
    },
    "test_step": {
        "say": _TEXT,
        "state": _TEXT,
        "reply": _TEXT,
        "intent": _TEXT,
        "mistakes": _ref("text_list"),
    },
    "score": {"min": _INT, "max": _INT},
}


def _object(section: str, description: str = "", required: Iterable[str] = ()) -> dict[str, Any]:
    """A closed object whose properties are exactly the keys of ``FORMAT[section]``."""
    keys = FORMAT[section]
    types = _TYPES[section]
    extra = set(types) - set(keys)
    missing = [k for k in keys if k not in types]
    if extra or missing:  # pragma: no cover - caught by tests/test_schema.py
        raise AssertionError(
            f"schema out of sync with FORMAT[{section!r}]: missing {missing}, extra {sorted(extra)}"
        )
    out: dict[str, Any] = {}
    if description:
        out["description"] = description
    out["type"] = "object"
    out["properties"] = {k: _described(types[k], text) for k, text in keys.items()}
    out["additionalProperties"] = False
    req = list(required)
    if req:
        out["required"] = req
    return out


def build_schema() -> dict[str, Any]:
    """The JSON Schema of the scenario format, as plain data."""
    definitions = {
        "text_list": _described(_TEXTS, "one text, or a list of texts"),
        "transition": _object(
            "transition",
            "on this intent (if conditions hold), go to a state and reply",
            ["intent", "to"],
        ),
        "else_transition": _object(
            "else_transition", "what happens when a line matches none of the state's intents"
        ),
        "watch_rule": _object(
            "watch_rule", "checked after every turn: when 'if' holds, go to 'to'", ["if", "to"]
        ),
        "persona": _object("persona", "who the rep is calling", ["name"]),
        "mood": {
            "anyOf": [
                _described(_INT, "the starting value (range 0..10)"),
                _object("mood"),
            ]
        },
        "intent": _object("intent"),
        "level": _object("level", "how the prospect plays at this level"),
        "state": _object("state"),
        "custom_code": _object("custom_code", required=["message", "tip"]),
        "scoring": _object("scoring", "how this scenario adjusts scoring"),
        "test_step": {
            "anyOf": [
                _described(_TEXT, "a trainee line with no expectations"),
                _object("test_step", required=["say"]),
            ]
        },
        "test": _object("test", required=["name", "steps"]),
        "score": _object("score", "the score range expected"),
    }
    body = _object("scenario", required=["title", "persona", "start", "states"])
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
