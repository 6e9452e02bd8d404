"""Where scenario files are: the folders searched for an id, and the ids they hold.

Kept apart from ``roleplay.library`` (which reads and parses the files) so that listing
the ids costs no YAML or parser import: ``roleplay scenarios --names`` runs on every
press of Tab in a shell that completes scenario names.
"""

from __future__ import annotations

from pathlib import Path

SUFFIXES = (".yaml", ".yml")


def builtin_dir() -> Path:
    """The folder holding the built-in scenarios (``scenarios/`` in a checkout)."""
    from importlib import resources

    return Path(str(resources.files("roleplay.builtin_scenarios")))


def search_dirs(cwd: Path | None = None) -> list[Path]:
    """Where scenario ids are looked up, in order."""
    dirs = []
    if cwd is not None and (cwd / "scenarios").is_dir():
        dirs.append(cwd / "scenarios")
    builtin = builtin_dir()
    if not any(_same(builtin, d) for d in dirs):
        dirs.append(builtin)
    return dirs


def _same(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


def listing(directory: Path) -> list[Path]:
    """The scenario files in a folder, sorted.

    Raises:
        OSError: the folder cannot be read.
    """
    return sorted(p for p in directory.iterdir() if p.suffix in SUFFIXES and p.is_file())


def scenarios_in(directory: Path) -> list[Path]:
    """The scenario files in a folder, sorted; none when it cannot be read."""
    try:
        return listing(directory)
    except OSError:
        return []


def scenario_ids(cwd: Path | None = None) -> list[str]:
    """Every scenario id, sorted: the file names in :func:`search_dirs`, none of them read
    (quick enough for shell completion; :func:`list_scenarios` reads each one)."""
    return sorted({p.stem for d in search_dirs(cwd) for p in scenarios_in(d)})
