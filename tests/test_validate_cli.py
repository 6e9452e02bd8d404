"""``roleplay validate``: FILE:LINE:COL lines, a summary, and exit codes."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from roleplay.cli import main
from roleplay.environment import Environment

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = sorted((ROOT / "scenarios").glob("*.yaml"))
SLEEPY = (ROOT / "scenarios" / "sleepy_skeptic.yaml").read_text(encoding="utf-8")


def run(args: list[str], cwd: Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(args, Environment(stdout=out, stderr=err, cwd=cwd, environ={}))
    return code, out.getvalue(), err.getvalue()


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_every_shipped_scenario_validates_with_no_warnings(path):
    code, out, _ = run(["validate", "--strict", str(path)], ROOT)
    assert out == "1 file, 0 errors, 0 warnings\n"
    assert code == 0


def test_with_no_path_every_scenario_is_checked():
    code, out, _ = run(["validate"], ROOT)
    assert out.splitlines()[-1].startswith(f"{len(SHIPPED)} files, ")
    assert code == 0


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_errors_are_printed_with_file_line_col_and_exit_1(tmp_path):
    write(
        tmp_path,
        "bad.yaml",
        SLEEPY.replace("    hint: Give your name", "    hnit: Give your name", 1),
    )
    code, out, err = run(["validate", "bad.yaml"], tmp_path)
    line = next(n for n, t in enumerate(SLEEPY.splitlines(), 1) if "hint: Give your name" in t)
    assert (
        f"bad.yaml:{line}:5: error: unknown key 'hnit' in state 'ringing'; did you mean 'hint'?"
        in out
    )
    assert out.endswith("1 file, 1 error, 0 warnings\n")
    assert (code, err) == (1, "")


def test_warnings_pass_unless_strict(tmp_path):
    write(
        tmp_path, "warn.yaml", SLEEPY.replace("\nreplies:\n", '\nreplies:\n  spare: ["Hm."]\n', 1)
    )
    code, out, _ = run(["validate", "warn.yaml"], tmp_path)
    assert "warn.yaml:" in out and ": warning: reply 'spare' is never said" in out
    assert out.endswith("1 file, 0 errors, 1 warning\n")
    assert code == 0
    assert run(["validate", "--strict", "warn.yaml"], tmp_path)[0] == 1


def test_a_folder_and_an_id_are_accepted(tmp_path):
    (tmp_path / "scenarios").mkdir()
    write(tmp_path / "scenarios", "mine.yaml", SLEEPY)
    write(tmp_path / "scenarios", "notes.txt", "not a scenario")
    code, out, _ = run(["validate", "scenarios"], tmp_path)
    assert (code, out) == (0, "1 file, 0 errors, 0 warnings\n")
    code, out, _ = run(["validate", "mine"], tmp_path)
    assert (code, out) == (0, "1 file, 0 errors, 0 warnings\n")


def _unreadable(folder: Path, monkeypatch) -> None:
    """Make listing ``folder`` fail as it does without read permission (even for root)."""
    listing = Path.iterdir

    def iterdir(self):
        if self == folder:
            raise PermissionError(13, "Permission denied", str(self))
        return listing(self)

    monkeypatch.setattr(Path, "iterdir", iterdir)


@pytest.mark.parametrize(
    ("folder", "holds", "message"),
    [
        ("empty", [], "empty: no scenario files (.yaml or .yml) in this folder"),
        (
            "notes",
            ["notes.txt", "old.yaml.bak"],
            "notes: no scenario files (.yaml or .yml) in this folder",
        ),
        ("locked", ["mine.yaml"], "locked: cannot read this folder: Permission denied"),
    ],
)
@pytest.mark.parametrize("command", ["validate", "test", "coverage"])
def test_a_folder_with_nothing_to_check_is_an_error_naming_it(
    tmp_path, monkeypatch, command, folder, holds, message
):
    (tmp_path / folder).mkdir()
    for name in holds:
        write(tmp_path / folder, name, SLEEPY)
    if folder == "locked":
        _unreadable(tmp_path / folder, monkeypatch)
    code, out, err = run([command, folder], tmp_path)
    assert (code, out) == (2, "")
    assert err == f"roleplay: error: {message}\n"


@pytest.mark.parametrize("name", ["missing.yaml", "no/such/folder", "no_such_id"])
def test_a_path_that_does_not_exist_exits_2(tmp_path, name):
    code, out, err = run(["validate", name], tmp_path)
    assert code == 2
    assert err.startswith("roleplay: error: ") and err.count("\n") == 1


@pytest.mark.parametrize(
    "text",
    [
        "",
        "\x00\x01",
        "a: &x [*x]\n",
        "[" * 5000,
        "states: {a: {on: [{intent: [1], to: {b: 2}}]}}\n",
        SLEEPY.replace("start: ringing", "start: [ringing]"),
        SLEEPY.replace("  booked:\n", "  booked:\n  booked:\n"),
    ],
)
def test_never_a_traceback_whatever_the_file_holds(tmp_path, text):
    write(tmp_path, "x.yaml", text)
    code, out, err = run(["validate", "x.yaml"], tmp_path)
    assert code == 1
    assert "Traceback" not in out + err
    assert all(line.startswith("x.yaml") for line in out.splitlines()[:-1])


def test_a_file_that_is_not_utf8_is_an_error_not_a_crash(tmp_path):
    (tmp_path / "x.yaml").write_bytes(b"title: caf\xe9\n")
    code, out, _ = run(["validate", "x.yaml"], tmp_path)
    assert code == 1
    assert "x.yaml:1: error: not UTF-8 text" in out
