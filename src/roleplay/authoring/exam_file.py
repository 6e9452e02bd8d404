"""Exam files: YAML in, an ``Exam`` out, every problem pinned to a line.

An exam file is told apart from a scenario by its top-level ``calls`` list (a scenario
has ``persona`` and ``states``, never ``calls``)::

    format: 1
    title: Week 1 - first calls
    pass_mark: 70
    calls:
      - {scenario: sleepy_skeptic, difficulty: normal, seed: 41}
      - {scenario: gatekeeper, difficulty: hard, seed: 7, pass_mark: 60}

Values are read by the same ``Reader`` as scenarios, so the messages and their
``FILE:LINE:COL`` are the same. Whether each scenario named exists and loads is a
question for the file system: ``roleplay.library.check_exam_scenarios`` asks it.
"""

from __future__ import annotations

from typing import Any

from roleplay.authoring.diagnostics import Diagnostic
from roleplay.authoring.reader import Reader, check_format, kind, read_mapping
from roleplay.authoring.yamlsource import load_located
from roleplay.dialogue.exam import Exam, ExamCall
from roleplay.dialogue.scenario import DIFFICULTIES
from roleplay.errors import ScenarioError

#: The keys of an exam file, and of each of its calls.
EXAM_KEYS = ("format", "title", "description", "pass_mark", "calls")
CALL_KEYS = ("scenario", "difficulty", "seed", "pass_mark")
#: More calls than this is a typo or a loop, not an exam anyone sits through.
MAX_CALLS = 50
#: Seeds are typed back in with --seed: keep them to numbers a person can type.
MAX_SEED = 2**31 - 1


def is_exam_data(data: Any) -> bool:
    """True for the data of an exam file: a mapping with ``calls`` and no ``states``."""
    return isinstance(data, dict) and "calls" in data and "states" not in data


def is_exam_text(text: str, source: str) -> bool:
    """True when ``text`` reads as an exam file (False for broken YAML: a scenario's job)."""
    try:
        data, _ = load_located(text, source)
    except ScenarioError:
        return False
    return is_exam_data(data)


def parse_exam_text(text: str, source: str) -> tuple[Exam | None, list[Diagnostic]]:
    """Parse an exam file, returning it and every problem found.

    The exam comes back as far as it could be read even when there are errors (so that
    the scenarios it names can still be checked); it is None only when the file is not
    a mapping at all. Use it to play only when no diagnostic is an error.
    """
    r, data, diags = read_mapping(
        text, source, "an exam file must be a mapping with 'title', 'pass_mark' and 'calls'"
    )
    if r is None:
        return None, diags
    r.keys(data, EXAM_KEYS, (), "the exam")
    check_format(r, data)
    title = r.text(data.get("title"), ("title",), "title", required=True)
    if "title" not in data:
        r.error((), "title is required (what the trainee and the review see)", code="missing")
    r.text(data.get("description"), ("description",), "description")
    if "pass_mark" not in data:
        r.error((), "pass_mark is required (the average score, 0-100, that passes)", code="missing")
    pass_mark = _mark(r, data.get("pass_mark"), ("pass_mark",), "pass_mark") or 0
    calls = _calls(r, data.get("calls"))
    r.diags.sort(key=lambda d: (d.line or 0, d.col or 0))
    return Exam(title=title, pass_mark=pass_mark, calls=calls, source=source), r.diags


def _mark(r: Reader, value: Any, path: tuple[Any, ...], what: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        r.error(
            path,
            f"{what} must be a whole number from 0 to 100, not {kind(value)}",
            code="wrong-type",
        )
        return None
    if not 0 <= value <= 100:
        r.error(path, f"{what} must be from 0 to 100, not {value}", code="out-of-range")
        return None
    return value


def _calls(r: Reader, value: Any) -> tuple[ExamCall, ...]:
    path: tuple[Any, ...] = ("calls",)
    if value is None:
        r.error(
            path if path in r.marks else (), "calls must list at least one call", code="missing"
        )
        return ()
    if not isinstance(value, list):
        r.error(path, f"calls must be a list of calls, not {kind(value)}", code="wrong-type")
        return ()
    if not value:
        r.error(path, "calls must list at least one call", code="missing")
        return ()
    if len(value) > MAX_CALLS:
        r.error(path, f"an exam may have at most {MAX_CALLS} calls, not {len(value)}", code="limit")
        return ()
    out = []
    for i, item in enumerate(value):
        call = _call(r, item, (*path, i))
        if call is not None:
            out.append(call)
    return tuple(out)


def _call(r: Reader, item: Any, path: tuple[Any, ...]) -> ExamCall | None:
    number = path[-1] + 1
    if not isinstance(item, dict):
        r.error(
            path,
            f"call {number} must be a mapping such as {{scenario: gatekeeper, seed: 7}}, not {kind(item)}",
            code="wrong-type",
        )
        return None
    r.keys(item, CALL_KEYS, path, f"call {number}")
    scenario = ""
    if "scenario" not in item:
        r.error(
            path,
            f"call {number} needs a scenario (an id or a path to a .yaml file)",
            code="missing",
        )
    else:
        scenario = r.text(item.get("scenario"), (*path, "scenario"), "scenario", required=True)
    difficulty = r.text(item.get("difficulty"), (*path, "difficulty"), "difficulty")
    level = difficulty.strip().lower()
    if difficulty and level not in DIFFICULTIES:
        r.error(
            (*path, "difficulty"),
            f"difficulty {difficulty!r} must be one of {', '.join(DIFFICULTIES)} "
            "(leave it out for the scenario's own)",
        )
    seed = item.get("seed")
    if "seed" not in item:
        r.error(
            path,
            f"call {number} needs a seed (a whole number: every trainee plays the same call)",
            code="missing",
        )
    elif isinstance(seed, bool) or not isinstance(seed, int):
        r.error(
            (*path, "seed"), f"seed must be a whole number, not {kind(seed)}", code="wrong-type"
        )
    elif not 0 <= seed <= MAX_SEED:
        r.error(
            (*path, "seed"), f"seed must be from 0 to {MAX_SEED}, not {seed}", code="out-of-range"
        )
    mark = _mark(r, item.get("pass_mark"), (*path, "pass_mark"), "pass_mark")
    if not scenario:
        return None
    if isinstance(seed, bool) or not isinstance(seed, int):
        seed = 0  # an error above already; the call is kept to check its scenario
    line, col = r.where((*path, "scenario"))
    return ExamCall(scenario, seed, level, mark, line, col)
