"""``Diagnostic``: one problem found in a scenario file, pinned to a line and column."""

from __future__ import annotations

from dataclasses import dataclass

ERROR = "error"
WARNING = "warning"


@dataclass(frozen=True)
class Diagnostic:
    """One problem in a scenario file.

    Attributes:
        file: The file as the user named it.
        line: 1-based line, when known.
        col: 1-based column, when known.
        severity: ``"error"`` (the file cannot be used) or ``"warning"``.
        message: What is wrong and, where it helps, what to do.
    """

    file: str
    line: int | None
    col: int | None
    severity: str
    message: str

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
