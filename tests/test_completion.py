"""``roleplay completion bash|zsh|fish``: shtab's scripts from our own parser, tried in the shells.

bash is driven as its completion machinery drives it: the script sourced, ``COMP_WORDS``
and ``COMP_CWORD`` set to a half-typed line, the completion function called, ``COMPREPLY``
printed. zsh and fish check the scripts' syntax (and fish completes a line) where they are
installed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from review_fixtures import run_cli

#: The folder of this install's ``roleplay``, which the scripts call for scenario names.
BIN = str(Path(sys.executable).parent)

needs_bash = pytest.mark.skipif(shutil.which("bash") is None, reason="bash is not installed")
needs_zsh = pytest.mark.skipif(shutil.which("zsh") is None, reason="zsh is not installed here")
needs_fish = pytest.mark.skipif(shutil.which("fish") is None, reason="fish is not installed here")


def script(tmp_path: Path, shell: str) -> Path:
    result = run_cli(["completion", shell], cwd=tmp_path)
    assert (result.status, result.stderr) == (0, "")
    path = tmp_path / f"roleplay.{shell}"
    path.write_text(result.stdout, encoding="utf-8")
    return path


def shell(*command: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    environ = {**os.environ, "PATH": BIN + os.pathsep + os.environ.get("PATH", "")}
    return subprocess.run(
        command, cwd=cwd, env=environ, capture_output=True, text=True, timeout=60, check=False
    )


def bash_complete(tmp_path: Path, line: str) -> list[str]:
    """What bash offers on Tab at the end of ``line`` (a trailing space: a new word)."""
    words = line.split(" ")
    program = (
        f"source {script(tmp_path, 'bash')}\n"
        f"COMP_WORDS=({' '.join(repr(w) for w in words)})\n"
        f"COMP_CWORD={len(words) - 1}\n"
        f"COMP_LINE={line!r}; COMP_POINT={len(line)}\n"
        "_shtab_roleplay\n"
        'printf "%s\\n" "${COMPREPLY[@]}"\n'
    )
    result = shell("bash", "-c", program, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    return [word for word in result.stdout.splitlines() if word]


@needs_bash
def test_bash_accepts_the_script_and_installs_it(tmp_path):
    path = script(tmp_path, "bash")

    assert shell("bash", "-n", str(path), cwd=tmp_path).returncode == 0
    installed = shell("bash", "-c", f"source {path}; complete -p roleplay", cwd=tmp_path)
    assert installed.stdout == "complete -o bashdefault -F _shtab_roleplay roleplay\n"


@needs_bash
@pytest.mark.parametrize(
    ("line", "offered"),
    [
        ("roleplay sc", ["scenarios", "score", "schema"]),
        ("roleplay ex", ["explain", "exam", "export"]),
        ("roleplay practice sl", ["sleepy_skeptic"]),
        ("roleplay graph gate", ["gatekeeper"]),
        ("roleplay review --scenario voi", ["voicemail"]),
        ("roleplay show --format ", ["text", "markdown"]),
        ("roleplay show --color a", ["auto", "always"]),
        ("roleplay --color n", ["never"]),
        ("roleplay completion ", ["bash", "zsh", "fish"]),
        ("roleplay export --r", ["--rows"]),
    ],
)
def test_bash_completes_commands_options_choices_and_scenarios(tmp_path, line, offered):
    assert bash_complete(tmp_path, line) == offered


@needs_bash
def test_bash_completes_files_and_a_scenario_added_a_moment_ago(tmp_path):
    (tmp_path / "sessions.csv").write_text("", encoding="utf-8")
    (tmp_path / "scenarios").mkdir()
    (tmp_path / "scenarios" / "renewal_call.yaml").write_text("title: [not even valid\n")

    assert bash_complete(tmp_path, "roleplay export --csv ses") == ["sessions.csv"]
    assert bash_complete(tmp_path, "roleplay practice ren") == ["renewal_call"]


@needs_zsh
def test_zsh_accepts_the_script(tmp_path):
    result = shell("zsh", "-n", str(script(tmp_path, "zsh")), cwd=tmp_path)

    assert (result.returncode, result.stderr) == (0, "")


@needs_fish
def test_fish_accepts_the_script_and_completes_with_it(tmp_path):
    path = script(tmp_path, "fish")

    assert shell("fish", "-n", str(path), cwd=tmp_path).returncode == 0
    result = shell(
        "fish", "-c", f"source {path}; complete -C 'roleplay sc'; complete -C 'roleplay practice sl'",
        cwd=tmp_path,
    )  # fmt: skip
    assert [line.split("\t")[0] for line in result.stdout.splitlines()] == [
        "scenarios", "schema", "score", "sleepy_skeptic",
    ]  # fmt: skip


def test_scenarios_names_lists_every_id_without_reading_the_files(tmp_path):
    (tmp_path / "scenarios").mkdir()
    (tmp_path / "scenarios" / "aa_broken.yaml").write_text("title: [oops\n", encoding="utf-8")

    result = run_cli(["scenarios", "--names"], cwd=tmp_path)

    names = result.stdout.splitlines()
    assert names[0] == "aa_broken"  # listed: the names come from the file names
    assert {"gatekeeper", "sleepy_skeptic", "voicemail"} <= set(names)
    assert names == sorted(names) and result.stderr == ""


@pytest.mark.parametrize(
    ("args", "not_imported"),
    [
        (["scenarios", "--names"], ["shtab", "yaml", "prompt_toolkit", "roleplay.authoring"]),
        (["score", "call.txt"], ["shtab", "prompt_toolkit"]),
        (["--help"], ["shtab", "prompt_toolkit"]),
    ],
)
def test_only_the_completion_command_imports_shtab(tmp_path, args, not_imported):
    (tmp_path / "call.txt").write_text("Prospect: Hello?\nRep: Hi, it's Sam.\n", encoding="utf-8")
    code = (
        "import sys\n"
        "from roleplay.cli import main\n"
        f"try:\n    main({args!r})\nexcept SystemExit:\n    pass\n"
        f"print([m for m in {not_imported!r} if m in sys.modules])\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, timeout=60
    )

    assert result.stdout.splitlines()[-1] == "[]", result.stderr
