"""Finding and reading scenario files: the file-system edge of ``roleplay.authoring.parse``.

A scenario is named either by a path to a YAML file, or by its id. Ids are looked up
in ``./scenarios`` of the working directory first (a trainer's own), then among the
built-in scenarios shipped with the package.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from roleplay.authoring.diagnostics import ERROR, Diagnostic
from roleplay.authoring.exam_file import is_exam_text, parse_exam_text
from roleplay.authoring.format import limit
from roleplay.authoring.parse import parse_scenario, parse_scenario_text
from roleplay.dialogue.exam import Exam
from roleplay.dialogue.scenario import Scenario
from roleplay.environment import shown_path
from roleplay.errors import ScenarioError, ScenarioNotFound
from roleplay.scenario_files import SUFFIXES, listing, scenario_ids, scenarios_in, search_dirs
from roleplay.storage import read_text

#: Scenario files larger than this are refused before parsing.
MAX_SCENARIO_BYTES = limit("file_bytes")


def looks_like_path(name: str) -> bool:
    return name.endswith(SUFFIXES) or "/" in name or "\\" in name


def resolve(name: str, cwd: Path | None = None) -> Path:
    """The file a scenario name or path refers to.

    Raises:
        ScenarioNotFound: with the known ids listed, when nothing matches.
    """
    if looks_like_path(name):
        path = Path(name).expanduser()
        if not path.is_absolute() and cwd is not None:
            path = cwd / path
        if not path.is_file():
            raise ScenarioNotFound("no such scenario file", file=name)
        return path
    for directory in search_dirs(cwd):
        for suffix in SUFFIXES:
            candidate = directory / f"{name}{suffix}"
            if candidate.is_file():
                return candidate
    known = scenario_ids(cwd)
    import difflib

    close = difflib.get_close_matches(name, known, n=1)
    hint = f"; did you mean {close[0]!r}?" if close else ""
    raise ScenarioNotFound(f"unknown scenario {name!r}{hint} (known: {', '.join(known) or 'none'})")


def read_scenario_text(path: Path, display: str | None = None) -> str:
    """Read a scenario file's text, turning OS and encoding trouble into one-line errors."""
    return read_text(
        path,
        display,
        limit=MAX_SCENARIO_BYTES,
        error=ScenarioError,
        missing=ScenarioNotFound,
        missing_message="no such scenario file",
    )


def load_scenario(name: str, cwd: Path | None = None) -> Scenario:
    """Find, read and parse a scenario by id or path.

    Raises:
        ScenarioNotFound: nothing by that name.
        ScenarioError: the file is unreadable or has errors (first error, with its line).
    """
    path = resolve(name, cwd)
    shown = shown_path(path, cwd)
    return parse_scenario(read_scenario_text(path, shown), shown, default_id=path.stem)


def check_file(path: Path, cwd: Path | None = None) -> tuple[Scenario | None, list[Diagnostic]]:
    """Parse a scenario file and return it with every problem found (for ``validate``)."""
    shown = shown_path(path, cwd)
    try:
        text = read_scenario_text(path, shown)
    except ScenarioError as exc:
        return None, [Diagnostic(shown, exc.line, exc.col, ERROR, exc.message, "unreadable")]
    return parse_scenario_text(text, shown, default_id=path.stem)


def folder_scenarios(directory: Path, shown: str) -> list[Path]:
    """The scenario files in a folder the user named, sorted.

    Raises:
        ScenarioNotFound: the folder cannot be read, or holds no ``.yaml``/``.yml`` file;
            naming nothing to check is a mistake, not a pass.
    """
    try:
        found = listing(directory)
    except OSError as exc:
        raise ScenarioNotFound(
            f"cannot read this folder: {exc.strerror or exc}", file=shown
        ) from None
    if not found:
        raise ScenarioNotFound(
            f"no scenario files ({' or '.join(SUFFIXES)}) in this folder", file=shown
        )
    return found


@dataclass(frozen=True)
class ScenarioInfo:
    """One line of ``roleplay scenarios``."""

    id: str
    path: Path
    title: str
    description: str
    difficulty: str
    error: str | None = None


def list_scenarios(cwd: Path | None = None) -> list[ScenarioInfo]:
    """Every scenario that can be named by id, first directory winning on duplicate ids."""
    seen: dict[str, ScenarioInfo] = {}
    for directory in search_dirs(cwd):
        for path in scenarios_in(directory):
            if path.stem in seen:
                continue
            try:
                s = load_scenario(str(path), cwd)
                info = ScenarioInfo(path.stem, path, s.title, s.description, s.difficulty)
            except ScenarioError as exc:
                info = ScenarioInfo(path.stem, path, "", "", "", error=str(exc))
            seen[path.stem] = info
    return list(seen.values())


# --- exam files ----------------------------------------------------------------------------


def exam_scenario_path(name: str, exam_file: Path, cwd: Path | None = None) -> str:
    """How to find the scenario an exam call names: a path is relative to the exam file's
    folder (so an exam and its scenarios travel together); an id is looked up as in
    ``practice`` (``./scenarios``, then the built-in ones)."""
    if looks_like_path(name):
        path = Path(name).expanduser()
        return str(path if path.is_absolute() else exam_file.parent / path)
    return name


def load_exam_scenario(name: str, exam_file: Path, cwd: Path | None = None) -> Scenario:
    """The scenario an exam call names (see :func:`exam_scenario_path`).

    Raises:
        ScenarioNotFound, ScenarioError: as :func:`load_scenario`.
    """
    return load_scenario(exam_scenario_path(name, exam_file, cwd), cwd)


def read_exam(path: Path, cwd: Path | None = None) -> tuple[Exam | None, list[Diagnostic]]:
    """Read and parse an exam file; every problem comes back as a Diagnostic."""
    shown = shown_path(path, cwd)
    try:
        text = read_scenario_text(path, shown)
    except ScenarioError as exc:
        return None, [Diagnostic(shown, exc.line, exc.col, ERROR, exc.message, "unreadable")]
    return parse_exam_text(text, shown)


def check_exam_scenarios(exam: Exam, path: Path, cwd: Path | None = None) -> list[Diagnostic]:
    """An error at each call whose scenario is missing or does not load, at its line."""
    diags = []
    for i, call in enumerate(exam.calls, 1):
        try:
            load_exam_scenario(call.scenario, path, cwd)
        except ScenarioNotFound as exc:
            message = f"call {i}: {exc}"
        except ScenarioError as exc:
            message = f"call {i}: scenario {call.scenario!r} does not load: {exc}"
        else:
            continue
        diags.append(Diagnostic(exam.source, call.line, call.col, ERROR, message, "exam-scenario"))
    return diags


def check_exam_file(path: Path, cwd: Path | None = None) -> tuple[Exam | None, list[Diagnostic]]:
    """An exam file checked whole: its own values, then every scenario it names."""
    exam, diags = read_exam(path, cwd)
    if exam is not None:
        diags = sorted(
            diags + check_exam_scenarios(exam, path, cwd), key=lambda d: (d.line or 0, d.col or 0)
        )
    return exam, diags


def is_exam_file(path: Path) -> bool:
    """True when the file at ``path`` reads as an exam (see ``authoring.exam_file``)."""
    try:
        text = read_scenario_text(path)
    except ScenarioError:
        return False
    return is_exam_text(text, str(path))


def load_exam(path: Path, cwd: Path | None = None) -> Exam:
    """Read an exam file and check every scenario it names, raising at the first error.

    Raises:
        ScenarioError: the first problem, at its ``FILE:LINE:COL``.
    """
    exam, diags = check_exam_file(path, cwd)
    errors = [d for d in diags if d.is_error]
    if errors or exam is None:
        first = errors[0] if errors else Diagnostic(str(path), None, None, ERROR, "not an exam")
        more = f" (and {len(errors) - 1} more; run 'roleplay validate')" if len(errors) > 1 else ""
        raise ScenarioError(first.message + more, file=first.file, line=first.line, col=first.col)
    return exam
