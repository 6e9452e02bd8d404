"""Checking scenario and exam files: parse errors and lint warnings, all as diagnostics."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from roleplay import library
from roleplay.authoring.diagnostics import ERROR, WARNING, Diagnostic
from roleplay.authoring.lint import lint
from roleplay.dialogue.scenario import Scenario
from roleplay.environment import shown_path


def check(
    path: Path, cwd: Path, *, errors_only: bool = False
) -> tuple[Scenario | None, list[Diagnostic]]:
    """Parse and lint one file; every problem comes back as a Diagnostic, never an exception.

    Args:
        path: The scenario file.
        cwd: Paths in diagnostics are shown relative to it.
        errors_only: Skip the lint checks that can only warn (``test`` and ``coverage``
            just need to know the scenario is usable).
    """
    try:
        scenario, diags = library.check_file(path, cwd)
        if scenario is not None:
            found = lint(scenario, errors_only=errors_only)
            diags = sorted(diags + found, key=lambda d: (d.line or 0, d.col or 0))
        return scenario, diags
    except RecursionError:
        return None, [
            Diagnostic(
                str(path), None, None, ERROR, "the file is nested too deeply to check", "yaml"
            )
        ]
    except Exception as exc:  # noqa: BLE001 - validate must report, never crash
        message = f"roleplay could not check this file ({type(exc).__name__}: {exc}); please report this bug"
        return None, [Diagnostic(str(path), None, None, ERROR, message, "internal")]


@dataclass(frozen=True)
class FileCheck:
    """What ``roleplay validate`` found in one file."""

    file: str
    kind: str  # "scenario" or "exam"
    diagnostics: tuple[Diagnostic, ...]

    def count(self, severity: str) -> int:
        return sum(1 for d in self.diagnostics if d.severity == severity)


def check_files(paths: Iterable[Path], cwd: Path) -> list[FileCheck]:
    """Check each file as an exam (a top-level ``calls`` list) or a scenario, in order."""
    out = []
    for path in paths:
        if library.is_exam_file(path):
            _, diags = library.check_exam_file(path, cwd)
            kind = "exam"
        else:
            _, diags = check(path, cwd)
            kind = "scenario"
        out.append(FileCheck(shown_path(path, cwd), kind, tuple(diags)))
    return out


def checks_to_dict(checks: Iterable[FileCheck]) -> dict[str, object]:
    """``validate --json``: each file with its diagnostics, then the totals."""
    checks = list(checks)
    return {
        "files": [
            {
                "file": c.file,
                "kind": c.kind,
                "errors": c.count(ERROR),
                "warnings": c.count(WARNING),
                "diagnostics": [d.to_dict() for d in c.diagnostics],
            }
            for c in checks
        ],
        "summary": {
            "files": len(checks),
            "errors": sum(c.count(ERROR) for c in checks),
            "warnings": sum(c.count(WARNING) for c in checks),
        },
    }
