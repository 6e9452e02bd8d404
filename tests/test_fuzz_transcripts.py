"""Fuzzing saved transcripts: whatever a folder holds, no command crashes.

Each example writes one file into a folder beside a good session: a real saved session
with one of its records mutated (any JSON value in any field, records dropped, duplicated
or torn), or a line no writer writes (huge numbers, deep nesting, NaN), or random bytes.
Then ``review``, ``show``, ``score``, ``export`` and ``report`` run on it in-process, and
none may end in exit status 70 (a bug) or print a traceback: a bad file is the user's
problem to be told about in one line, never roleplay's crash.
"""

from __future__ import annotations

import io
import json
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from review_fixtures import NOW, build_session, session_text

from roleplay.cli import main
from roleplay.environment import Environment
from roleplay.errors import ExitStatus

GOOD = session_text(
    build_session("dana", "cold-call", "2024-05-01T09:00:00+02:00", 40, ("apology", "no-next-step"))
)
UNFINISHED = session_text(
    build_session("lee", "gatekeeper", "2024-05-02T10:00:00+02:00", 0, finished=False)
)

#: Lines that JSON can spell and no roleplay writer writes.
HOSTILE_LINES = [
    '{"type":"end","ended":"x","scorecard":{"score":1e400}}',
    '{"type":"end","ended":"x","scorecard":{"score":NaN}}',
    '{"type":"end","ended":"x","scorecard":{"score":-Infinity}}',
    '{"type":"turn","n":' + "9" * 5000 + ',"speaker":"rep","text":"hi"}',
    '{"type":"turn","speaker":"rep","text":' + "[" * 3000 + "]" * 3000 + "}",
    '{"type":"turn","speaker":"rep","text":"\\ud800"}',
    '{"type":"header","format":"roleplay-transcript","version":1,"started":"9999-12-31T23:59:59-23:59"}',
    '{"type":"header","format":"roleplay-transcript","version":1,"started":"0001-01-01T00:00:00+23:59"}',
    '{"type":"turn","speaker":"rep","text":"\\u001b]0;pwned\\u0007\\u009b2J"}',
]

leaves = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.integers(min_value=-(10**40), max_value=10**40),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=12),
    st.sampled_from(["rep", "prospect", "header", "turn", "end", "roleplay-transcript", "\x1b[2J"]),
)
json_values = st.recursive(
    leaves,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=8,
)
#: Where a value can go: a record's field, or a field inside the stored scorecard.
FIELDS = [
    ("type",), ("format",), ("version",), ("trainee",), ("scenario",), ("started",), ("seed",),
    ("n",), ("speaker",), ("text",), ("state",), ("intent",), ("mistakes",), ("moods",),
    ("ended",), ("outcome",), ("scorecard",), ("scorecard", "score"), ("scorecard", "mistakes"),
    ("scorecard", "credits"), ("scorecard", "voicemail"), ("scorecard", "extra"),
    ("scorecard", "mistakes", 0), ("scorecard", "mistakes", 0, "turn"),
    ("scorecard", "mistakes", 0, "code"), ("scorecard", "mistakes", 0, "weight"),
]  # fmt: skip


def _put(record: Any, path: tuple, value: Any) -> None:
    """Set ``value`` at ``path`` inside ``record``, where the path exists that far."""
    for step in path[:-1]:
        try:
            record = record[step]
        except (KeyError, IndexError, TypeError):
            return
    if isinstance(record, dict) and isinstance(path[-1], str):
        record[path[-1]] = value
    elif isinstance(record, list) and isinstance(path[-1], int) and path[-1] < len(record):
        record[path[-1]] = value


@st.composite
def mutated_sessions(draw) -> bytes:
    records = [json.loads(line) for line in draw(st.sampled_from([GOOD, UNFINISHED])).splitlines()]
    for _ in range(draw(st.integers(1, 3))):
        i = draw(st.integers(0, len(records) - 1))
        how = draw(st.sampled_from(["set", "set", "set", "drop", "copy", "replace"]))
        if how == "set":
            _put(records[i], draw(st.sampled_from(FIELDS)), draw(json_values))
        elif how == "drop" and len(records) > 1:
            del records[i]
        elif how == "copy":
            records.insert(i, json.loads(json.dumps(records[i])))
        elif how == "replace":
            records[i] = draw(json_values)
    lines = [json.dumps(r, allow_nan=True) for r in records]
    if draw(st.booleans()):
        lines.insert(draw(st.integers(0, len(lines))), draw(st.sampled_from(HOSTILE_LINES)))
    text = "\n".join(lines) + "\n"
    if draw(st.integers(0, 4)) == 0:  # a torn write
        text = text[: draw(st.integers(0, len(text)))]
    return text.encode("utf-8", "surrogatepass")


files = st.one_of(
    mutated_sessions(),
    st.binary(max_size=200),
    st.text(max_size=200).map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.sampled_from(HOSTILE_LINES).map(lambda line: (line + "\n").encode()),
)

COMMANDS = [
    ["review", "t"],
    ["review", "t", "--json"],
    ["show", "t/fuzz.jsonl"],
    ["show", "t/fuzz.jsonl", "--format", "markdown", "--color", "always"],
    ["score", "t", "--json"],
    ["score", "t/fuzz.jsonl"],
    ["export", "t", "--csv", "-", "--rows", "mistakes"],
    ["export", "t", "--jsonl", "-"],
    ["report", "t", "--html", "-"],
]


@settings(
    max_examples=40,
    deadline=None,  # a busy machine must not make this flaky
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(content=files)
def test_no_saved_transcript_makes_any_command_crash(content):
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "t"
        folder.mkdir()
        (folder / "good.jsonl").write_text(GOOD, encoding="utf-8")
        (folder / "fuzz.jsonl").write_bytes(content)
        for args in COMMANDS:
            out, err = io.StringIO(), io.StringIO()
            env = Environment(stdout=out, stderr=err, environ={}, cwd=Path(tmp), now=lambda: NOW)

            status = main(args, env)

            assert status != ExitStatus.INTERNAL, (args, err.getvalue())
            assert "Traceback" not in err.getvalue() and "internal error" not in err.getvalue()
            assert status in (ExitStatus.OK, ExitStatus.ERROR), (args, status)
