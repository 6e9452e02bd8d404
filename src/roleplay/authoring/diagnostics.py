"""``Diagnostic``: one problem found in a scenario file, pinned to a line and column."""

from __future__ import annotations

from dataclasses import dataclass

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at start-up
if TYPE_CHECKING:
    from typing import Any

ERROR = "error"
WARNING = "warning"

#: Every diagnostic code, with what it means: the ``code`` of ``validate --json``, for a
#: script or an editor that groups or silences problems by kind. A code names a kind
#: of problem, never one message, so it stays when a message is reworded.
CODES: dict[str, str] = {
    "unreadable": "the file cannot be read: missing, not UTF-8, too large, not a regular file",
    "yaml": "the file is not valid YAML, or uses YAML that scenarios do not allow "
    "(a key written twice, a tag, an alias bomb)",
    "unknown-key": "a key the format does not have (often a typo)",
    "wrong-type": "a value of the wrong kind: a list where text belongs, a bare yes/no or "
    "number or date where text belongs",
    "missing": "a required value is missing or empty",
    "control-character": "text holds a control character that would reach the rep's terminal",
    "bad-name": "a name that is not lower-case letters, digits and underscores",
    "bad-condition": "a condition that is not 'mood OP number'",
    "out-of-range": "a number outside what the format allows",
    "format": "any other break of the scenario or exam format, such as a transition "
    "without 'to' or an unsupported format version",
    "undefined": "a name that points nowhere: a state, intent, reply, mood, signal or "
    "mistake code that is not defined",
    "name-clash": "a name already taken: a mood named like a memory fact, a code of your "
    "own named like a catalog code",
    "limit": "the scenario is over one of the size limits",
    "exam-scenario": "a call of an exam names a scenario that is missing or does not load",
    "no-way-out": "a state with no transitions and no outcome: the call would hang there",
    "no-success": "no state with 'outcome: success', or none reachable from the start",
    "unfilled-slot": "a {slot} nothing fills: the rep would see the braces",
    "unreachable": "a state the call can never reach",
    "dead-end": "a state from which the call can never end",
    "never-holds": "a condition that can never hold",
    "unused": "an intent, reply or mood nothing uses",
    "alike-examples": "example phrases of two intents so alike that a line could be read as either",
    "not-a-slot": "{Braces} that look like a slot but are not one",
    "empty-test": "a test that checks nothing",
    "internal": "roleplay could not check the file: a bug to report",
}


@dataclass(frozen=True)
class Diagnostic:
    """One problem in a scenario file.

    Attributes:
        file: The file as the user named it.
        line: 1-based line, when known.
        col: 1-based column, when known.
        severity: ``"error"`` (the file cannot be used) or ``"warning"``.
        message: What is wrong and, where it helps, what to do.
        code: The kind of problem, one of :data:`CODES`.
    """

    file: str
    line: int | None
    col: int | None
    severity: str
    message: str
    code: str = "format"

    def __str__(self) -> str:
        loc = self.file
        if self.line is not None:
            loc += f":{self.line}"
            if self.col is not None:
                loc += f":{self.col}"
        return f"{loc}: {self.severity}: {self.message}"

    @property
    def is_error(self) -> bool:
        return self.severity == ERROR

    def to_dict(self) -> dict[str, Any]:
        """The diagnostic as JSON data (``validate --json``, ``test --json``)."""
        return {
            "file": self.file,
            "line": self.line,
            "column": self.col,
            "severity": self.severity,
            "code": self.code,
            "message": self.message,
        }
