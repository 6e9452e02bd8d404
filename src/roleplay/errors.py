"""Typed errors raised by the core, and the exit codes the CLI maps them to.

The core never prints: it raises one of these. The CLI turns any of them into a
single line ``roleplay: error: FILE:LINE:COL: message`` and the matching exit code.
"""

from __future__ import annotations

import enum


class ExitStatus(enum.IntEnum):
    """Process exit codes, documented in the README."""

    OK = 0
    #: The command ran, and what it checked failed (validation errors, failing scenario tests).
    FAILED = 1
    #: Bad input or usage: unreadable file, unknown scenario, broken YAML, bad arguments.
    ERROR = 2
    #: A bug in roleplay itself (the message asks for a report; --traceback shows the stack).
    INTERNAL = 70
    #: Interrupted by Ctrl-C outside an interactive prompt.
    INTERRUPTED = 130


class RoleplayError(Exception):
    """Base class of every error the core raises on bad input.

    Args:
        message: What went wrong, one line, no trailing period needed.
        file: The file the problem is in, if there is one.
        line: 1-based line number in ``file``, if known.
        col: 1-based column number in ``file``, if known.
    """

    exit_status = ExitStatus.ERROR

    def __init__(
        self,
        message: str,
        *,
        file: str | None = None,
        line: int | None = None,
        col: int | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.file = file
        self.line = line
        self.col = col

    @property
    def location(self) -> str:
        """``FILE:LINE:COL`` (as much of it as is known), or an empty string."""
        if not self.file:
            return ""
        parts = [self.file]
        if self.line is not None:
            parts.append(str(self.line))
            if self.col is not None:
                parts.append(str(self.col))
        return ":".join(parts)

    def __str__(self) -> str:
        loc = self.location
        return f"{loc}: {self.message}" if loc else self.message


class ScenarioError(RoleplayError):
    """A scenario file is missing, unreadable, or not a valid scenario."""


class ScenarioNotFound(ScenarioError):
    """No scenario with the given name or path exists."""


class TranscriptError(RoleplayError):
    """A transcript file cannot be read or parsed."""


class UsageError(RoleplayError):
    """The command line asks for something that cannot be done."""
