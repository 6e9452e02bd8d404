"""A saved practice session turned into a scenario test: ``roleplay test --record``.

A trainer who watched a call go wrong keeps it as a regression test, the way Rasa
turns an interactive session into test stories. The test replays the trainee's lines
with the session's seed and level, and expects what happened: the state, intent and
mistakes after each line, the outcome when the call reached one, and the score.

The test is checked before it is handed back: replayed on the scenario as it is now,
it must pass. A session that no longer plays the same (the scenario changed since the
call) is refused with the first difference, never turned into a failing test.

Appending keeps the scenario file as the trainer wrote it: the test is inserted as
text at the end of the ``tests:`` list (or a ``tests:`` list is added at the end of
the file), in the list's own indentation and line endings; comments, quoting and
layout everywhere else stay byte for byte. The new text is parsed again before it is
handed back, and must hold the same tests as before plus the new one.

Pure: text and values in, text and values out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from roleplay.authoring.format import MAX_NUMBER, limit
from roleplay.authoring.parse import parse_scenario_text, parse_tests_text
from roleplay.authoring.reader import control_character
from roleplay.authoring.scenario_tests import run_test
from roleplay.dialogue.scenario import Scenario, ScenarioTest, TestStep
from roleplay.errors import ScenarioError, TranscriptError, UsageError
from roleplay.printable import printable
from roleplay.transcript import Transcript

#: Plain YAML scalars we write unquoted: names as the format spells them.
_PLAIN = re.compile(r"[a-z][a-z0-9_-]*")
#: Words YAML 1.1 reads as something other than text.
_YAML_WORDS = frozenset({"y", "n", "yes", "no", "on", "off", "true", "false", "null"})
#: Characters a double-quoted YAML scalar must escape: quotes, backslash, controls, the
#: line and paragraph separators (YAML would fold them), and what YAML cannot hold.
_ESCAPE = re.compile('["\\\\\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]')
_SHORT_ESCAPES = {'"': '\\"', "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"}


@dataclass(frozen=True)
class RecordedTest:
    """A session made into a test.

    Attributes:
        test: The test, as the scenario will read it.
        text: The test in YAML: one item of a ``tests:`` list, at the file's indentation.
        source: With ``append``, the whole scenario file with the test added; else None.
        line: With ``append``, the line of the new test in ``source``.
    """

    test: ScenarioTest
    text: str
    source: str | None = None
    line: int | None = None


def test_from_session(
    session: Transcript, scenario: Scenario, name: str | None = None
) -> ScenarioTest:
    """The test that replays ``session`` and expects what happened in it.

    Each step's ``line`` is the session file's line of that turn, so that a replay
    that goes differently can say where.

    Raises:
        TranscriptError: the file is not a saved session, has no seed (or one a test
            cannot hold), is a call on another scenario, has no line of the trainee's to
            replay or more than a test holds, or a line holds a control character.
        UsageError: ``name`` is blank or holds a control character.
    """
    where = session.source
    session_scenario(session)
    if name is not None and (not name.strip() or control_character(name) is not None):
        raise UsageError("the test's name must be text, without control characters")
    if session.seed is None:
        raise TranscriptError("the session has no seed, so it cannot be replayed", file=where)
    if not -MAX_NUMBER <= session.seed <= MAX_NUMBER:
        raise TranscriptError(
            f"the session's seed {session.seed} is larger than a scenario test can hold "
            f"(-{MAX_NUMBER} to {MAX_NUMBER})",
            file=where,
        )
    if session.scenario != scenario.id:
        raise TranscriptError(
            f"the session is a call on {printable(str(session.scenario))!r}, "
            f"not on {scenario.id!r} ({scenario.source})",
            file=where,
        )
    # A rep line with no state was typed but never answered (the program stopped first).
    answered = [t for t in session.turns if t.is_rep and t.state is not None]
    if not answered:
        raise TranscriptError("the session has no answered line of the trainee's", file=where)
    if len(answered) > limit("steps_per_test"):
        raise TranscriptError(
            f"the call has {len(answered)} lines of the trainee's; a scenario test holds at "
            f"most {limit('steps_per_test')}",
            file=where,
        )
    for turn in answered:
        if (at := control_character(turn.text)) is not None:
            raise TranscriptError(
                f"this line holds the control character U+{ord(turn.text[at]):04X}, which a "
                "scenario test cannot hold; remove it from the session to record the call",
                file=where,
                line=turn.line,
            )
    steps = tuple(
        TestStep(
            say=t.text,
            state=t.state,
            intent=t.intent,
            mistakes=tuple(sorted(set(t.mistakes))),
            line=t.line,
        )
        for t in answered
    )
    ended = session.end_reason == "terminal" and session.outcome is not None
    score = session.scorecard.score if session.scorecard is not None else None
    return ScenarioTest(
        name=name or _default_name(session),
        steps=steps,
        seed=session.seed,
        difficulty=session.difficulty,
        outcome=session.outcome if ended else None,
        min_score=score,
        max_score=score,
        line=1,
    )


def session_scenario(session: Transcript) -> str | None:
    """The id of the scenario ``session`` was played on (None when it does not say).

    Raises:
        TranscriptError: ``session`` is not a saved practice session (a real call).
    """
    if session.kind != "session":
        raise TranscriptError(
            "not a saved practice session (the .jsonl file 'practice', 'run' or 'exam' saves)",
            file=session.source,
        )
    return session.scenario


def _default_name(session: Transcript) -> str:
    who = " ".join(printable(session.trainee or "").split())
    when = (session.started or "")[:16].replace("T", " ")
    about = ", ".join(part for part in (who, when) if part)
    return f"recorded call{': ' + about if about else ''} (seed {session.seed})"


def render_test(test: ScenarioTest, indent: int = 2, note: str | None = None) -> str:
    """One item of a ``tests:`` list in YAML, its dash ``indent`` spaces in.

    Args:
        test: The test to write.
        indent: Spaces before the item's dash.
        note: A comment written above the item (one line; made printable).
    """
    pad = " " * indent
    lines = []
    if note:
        lines.append(f"{pad}# {' '.join(printable(note).split())}")
    lines.append(f"{pad}- name: {_scalar(test.name)}")
    body = pad + "  "
    lines.append(f"{body}seed: {test.seed}")
    if test.difficulty:
        lines.append(f"{body}difficulty: {_scalar(test.difficulty)}")
    lines.append(f"{body}steps:")
    for step in test.steps:
        lines.append(f"{body}  - say: {_scalar(step.say)}")
        for key in ("state", "intent"):
            value = getattr(step, key)
            if value is not None:
                lines.append(f"{body}    {key}: {_scalar(value)}")
        if step.mistakes is not None:
            codes = ", ".join(_scalar(code) for code in step.mistakes)
            lines.append(f"{body}    mistakes: [{codes}]")
    if test.state is not None:
        lines.append(f"{body}state: {_scalar(test.state)}")
    if test.outcome is not None:
        lines.append(f"{body}outcome: {_scalar(test.outcome)}")
    if test.min_score is not None or test.max_score is not None:
        bounds = ", ".join(
            f"{k}: {v}"
            for k, v in (("min", test.min_score), ("max", test.max_score))
            if v is not None
        )
        lines.append(f"{body}score: {{{bounds}}}")
    return "\n".join(lines) + "\n"


def _scalar(text: str) -> str:
    """``text`` as a YAML scalar that reads back as exactly ``text``."""
    if _PLAIN.fullmatch(text) and text not in _YAML_WORDS:
        return text
    return '"' + _ESCAPE.sub(_escaped, text) + '"'


def _escaped(match: re.Match[str]) -> str:
    char = match[0]
    if char in _SHORT_ESCAPES:
        return _SHORT_ESCAPES[char]
    code = ord(char)
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def record(
    session: Transcript,
    scenario: Scenario,
    scenario_text: str,
    *,
    name: str | None = None,
    append: bool = False,
) -> RecordedTest:
    """``session`` as a test of ``scenario``, checked to pass; with ``append``, also the
    scenario file's text with the test added.

    Args:
        session: A saved session (``storage.load_transcript``).
        scenario: The scenario parsed from ``scenario_text``.
        scenario_text: The scenario file's text, as read.
        name: The test's name (default: who played it, when, and the seed).
        append: Also return the file with the test added at the end of its tests.

    Raises:
        TranscriptError: the session cannot be made into a test (see
            :func:`test_from_session`), or no longer replays on the scenario: the first
            difference, at the session's line.
        ScenarioError: with ``append``, a ``tests:`` the test cannot be added to as text
            (written on one line, or not a list), or a file that would be over a limit
            with the test added (too many tests, too many bytes).
    """
    test = test_from_session(session, scenario, name)
    result = run_test(scenario, test)
    if not result.passed:
        first = result.failures[0]
        # run_test says "expected X, got Y": here X is what the session recorded.
        difference = first.message.replace("expected ", "the session recorded ", 1).replace(
            ", got ", "; the scenario now gives ", 1
        )
        raise TranscriptError(
            f"this call no longer replays the same on {scenario.source} (has the scenario "
            f"changed since it was played?): {difference}",
            file=session.source,
            line=first.line if first.line != 1 else None,
        )
    note = f"recorded by 'roleplay test --record' from {session.source}" if session.source else None
    if not append:
        text = render_test(test, 2, note)
        _check_round_trip("tests:\n" + text, test, scenario.source)
        return RecordedTest(test, text)
    source, line, text = append_test(scenario_text, scenario.source, test, note)
    size = len(source.encode("utf-8"))
    if size > limit("file_bytes"):
        raise ScenarioError(
            f"with the test added the file would be {size} bytes, over the limit of "
            f"{limit('file_bytes')}; print the test (without --append) and make room for it",
            file=scenario.source,
        )
    again, diags = parse_scenario_text(source, scenario.source, default_id=scenario.id)
    errors = [d for d in diags if d.is_error]
    if again is None or errors:  # over a limit, such as the number of tests
        problem = errors[0] if errors else None
        raise ScenarioError(
            "with the test added the scenario would not load: "
            + (problem.message if problem else "it is no longer a scenario"),
            file=scenario.source,
            line=problem.line if problem else None,
            col=problem.col if problem else None,
        )
    if _bare(again.tests) != _bare((*scenario.tests, test)):  # pragma: no cover - a bug
        raise RuntimeError("the scenario with the recorded test added reads differently")
    return RecordedTest(test, text, source, line)


def _check_round_trip(text: str, test: ScenarioTest, source: str) -> None:
    tests, diags = parse_tests_text(text, source)
    if diags or _bare(tests) != _bare((test,)):  # pragma: no cover - a bug in render_test
        raise RuntimeError(f"the recorded test does not read back as written: {diags}")


def _bare(tests: tuple[ScenarioTest, ...]) -> tuple[ScenarioTest, ...]:
    """Tests without their line numbers, to compare what they check."""
    return tuple(
        replace(t, line=None, steps=tuple(replace(s, line=None) for s in t.steps)) for t in tests
    )


def append_test(
    text: str, source: str, test: ScenarioTest, note: str | None = None
) -> tuple[str, int, str]:
    """``text`` with ``test`` added at the end of its top-level ``tests:`` list.

    Returns:
        The new text, the line the test's ``- name:`` is on, and the test's own text.

    Raises:
        ScenarioError: ``tests:`` is written on one line (``tests: []``) or holds
            something other than a list.
    """
    import yaml  # the pure-Python loader: its marks count characters, which we cut at

    newline = "\r\n" if "\r\n" in text else "\n"
    root = yaml.compose(text, Loader=yaml.SafeLoader)
    tests = key_end = None
    if isinstance(root, yaml.MappingNode):
        for key, value in root.value:
            if isinstance(key, yaml.ScalarNode) and key.value == "tests":
                tests, key_end = value, key.end_mark.index
    prefix = ""
    if tests is None:  # no tests yet: a new list at the end of the file
        at, indent, prefix = len(text), 2, newline + "tests:" + newline
    elif isinstance(tests, yaml.ScalarNode) and tests.value == "" and tests.style is None:
        at, indent = _line_end(text, key_end or 0), 2  # 'tests:' and nothing: the lines below
    elif isinstance(tests, yaml.SequenceNode) and not tests.flow_style and tests.value:
        at, indent = _line_end(text, _content_end(tests.value[-1])), tests.start_mark.column
    else:
        raise ScenarioError(
            "'tests' is not a list written one item per line, so the test cannot be added "
            "as text; write it as '- name: ...' items, or paste the test printed without "
            "--append",
            file=source,
            line=tests.start_mark.line + 1,
            col=tests.start_mark.column + 1,
        )
    if at == len(text) and text and not text.endswith("\n"):
        text += newline
        at = len(text)
    item = render_test(test, indent, note)
    block = prefix + item.replace("\n", newline)
    line = (text[:at] + block[: block.index("- name:")]).count("\n") + 1
    return text[:at] + block + text[at:], line, item


def _content_end(node: object) -> int:
    """Where the last character of ``node``'s own text ends (block collections' end
    marks lie at the next token, after any comments and blank lines)."""
    import yaml

    if isinstance(node, yaml.ScalarNode) or getattr(node, "flow_style", False):
        return node.end_mark.index  # type: ignore[attr-defined]
    if isinstance(node, yaml.MappingNode):
        children = [n for pair in node.value for n in pair]
    elif isinstance(node, yaml.SequenceNode):
        children = list(node.value)
    else:  # pragma: no cover - composed nodes are one of the three
        return 0
    return max(_content_end(n) for n in children) if children else node.end_mark.index


def _line_end(text: str, at: int) -> int:
    """The start of the line after position ``at`` (``at`` itself when a line starts there)."""
    if at > 0 and text[at - 1] == "\n":
        return at
    nl = text.find("\n", at)
    return len(text) if nl < 0 else nl + 1
