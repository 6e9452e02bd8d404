"""Checking one scenario file: parse errors and lint warnings, all as diagnostics."""

from __future__ import annotations

from pathlib import Path

from roleplay import library
from roleplay.authoring.diagnostics import ERROR, Diagnostic
from roleplay.authoring.lint import lint
from roleplay.dialogue.scenario import Scenario


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
            Diagnostic(str(path), None, None, ERROR, "the file is nested too deeply to check")
        ]
    except Exception as exc:  # noqa: BLE001 - validate must report, never crash
        message = f"roleplay could not check this file ({type(exc).__name__}: {exc}); please report this bug"
        return None, [Diagnostic(str(path), None, None, ERROR, message)]
