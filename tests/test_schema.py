"""``roleplay schema``: the JSON Schema matches the parser's key tables and the shipped file."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path
from typing import Any

import pytest

from roleplay.authoring.format import FORMAT
from roleplay.authoring.schema import FILE_NAME, build_schema, schema_json
from roleplay.authoring.yamlsource import load_located
from roleplay.cli import main
from roleplay.environment import Environment

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = sorted((ROOT / "scenarios").glob("*.yaml"))
SCHEMA = build_schema()
DEFS = SCHEMA["definitions"]


def _closed(schema):
    return next(s for s in schema["anyOf"] if s.get("type") == "object")


def _section(name: str) -> dict[str, Any]:
    """The schema object for one section of ``FORMAT``."""
    if name == "scenario":
        return SCHEMA
    if name in ("mood", "test_step"):  # these also have a short form
        return _closed(DEFS[name])
    return DEFS[name]


@pytest.mark.parametrize("section", list(FORMAT))
def test_every_key_of_the_format_is_in_the_schema_and_nothing_else(section):
    schema = _section(section)
    assert list(schema["properties"]) == list(FORMAT[section])
    assert schema["additionalProperties"] is False


@pytest.mark.parametrize("section", list(FORMAT))
def test_the_schema_describes_each_key_as_the_format_does(section):
    described = {k: v["description"] for k, v in _section(section)["properties"].items()}
    assert described == dict(FORMAT[section])


def test_the_schema_is_draft_07_json():
    assert SCHEMA["$schema"] == "http://json-schema.org/draft-07/schema#"
    assert json.loads(schema_json()) == SCHEMA


def test_the_shipped_schema_file_is_the_command_output():
    out = io.StringIO()
    assert (
        main(["schema"], Environment(stdout=out, stderr=io.StringIO(), cwd=ROOT, environ={})) == 0
    )
    assert (ROOT / "scenarios" / FILE_NAME).read_text(encoding="utf-8") == out.getvalue(), (
        "run: roleplay schema > scenarios/scenario.schema.json"
    )


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_shipped_scenarios_point_editors_at_the_schema(path):
    first = path.read_text(encoding="utf-8").splitlines()[0]
    assert first == f"# yaml-language-server: $schema={FILE_NAME}"


# --------------------------------------------------------------------------- a tiny validator

_TYPES = {
    "object": dict,
    "array": list,
    "string": str,
    "integer": int,
}


def validate(value: Any, schema: dict[str, Any], where: str = "$") -> list[str]:
    """The draft-07 subset the scenario schema uses. Returns problems, empty when valid."""
    if "$ref" in schema:
        return validate(value, DEFS[schema["$ref"].rsplit("/", 1)[1]], where)
    if "anyOf" in schema:
        if any(not validate(value, s, where) for s in schema["anyOf"]):
            return []
        return [f"{where}: matches none of anyOf"]
    problems = []
    if "const" in schema and value != schema["const"]:
        problems.append(f"{where}: expected {schema['const']!r}")
    if "enum" in schema and value not in schema["enum"]:
        problems.append(f"{where}: {value!r} not in {schema['enum']}")
    kind = schema.get("type")
    if kind:
        ok = isinstance(value, _TYPES[kind]) and not (kind == "integer" and isinstance(value, bool))
        if not ok:
            return [*problems, f"{where}: expected {kind}, got {type(value).__name__}"]
    if "pattern" in schema and not re.search(schema["pattern"], value):
        problems.append(f"{where}: {value!r} does not match {schema['pattern']}")
    if "minimum" in schema and value < schema["minimum"]:
        problems.append(f"{where}: below {schema['minimum']}")
    if isinstance(value, dict):
        for key in schema.get("required", ()):
            if key not in value:
                problems.append(f"{where}: missing {key!r}")
        if len(value) < schema.get("minProperties", 0):
            problems.append(f"{where}: too few properties")
        for key, item in value.items():
            if "propertyNames" in schema:
                problems += validate(
                    key, {"type": "string", **schema["propertyNames"]}, f"{where}.{key}"
                )
            if key in schema.get("properties", {}):
                problems += validate(item, schema["properties"][key], f"{where}.{key}")
            elif schema.get("additionalProperties") is False:
                problems.append(f"{where}: unexpected key {key!r}")
            elif isinstance(schema.get("additionalProperties"), dict):
                problems += validate(item, schema["additionalProperties"], f"{where}.{key}")
    if isinstance(value, list) and "items" in schema:
        for i, item in enumerate(value):
            problems += validate(item, schema["items"], f"{where}[{i}]")
    return problems


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_shipped_scenarios_are_valid_against_the_schema(path):
    data, _ = load_located(path.read_text(encoding="utf-8"), path.name)
    assert validate(data, SCHEMA) == []


@pytest.mark.parametrize(
    ("edit", "problem"),
    [
        (lambda d: d["states"]["ringing"].update(hnit="x"), "unexpected key 'hnit'"),
        (lambda d: d["states"]["booked"].update(outcome="won"), "'won' not in"),
        (lambda d: d["moods"].update(patience="high"), "matches none of anyOf"),
        (lambda d: d.pop("start"), "missing 'start'"),
    ],
)
def test_the_schema_catches_what_an_editor_should_flag(edit, problem):
    data, _ = load_located(
        (ROOT / "scenarios" / "sleepy_skeptic.yaml").read_text(encoding="utf-8"), "x"
    )
    edit(data)
    assert any(problem in p for p in validate(data, SCHEMA))
