"""The command line as a whole: help for every command, the README, --version, bad commands."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest

from roleplay import __version__
from roleplay.cli import COMMANDS, main
from roleplay.environment import Environment

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("name", list(COMMANDS))
def test_every_command_has_help(name, capsys):
    with pytest.raises(SystemExit) as exit_:
        main([name, "--help"], env=Environment(stdout=io.StringIO(), stderr=io.StringIO()))
    assert exit_.value.code == 0
    text = capsys.readouterr().out
    assert text.startswith(f"usage: roleplay {name}")
    _, help_text = COMMANDS[name]
    assert help_text[1:] in text  # the description
    assert len(text.splitlines()) >= 4


@pytest.mark.parametrize("name", list(COMMANDS))
def test_every_command_is_in_the_readme(name):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"roleplay {name}" in readme


def _documented_options() -> list[tuple[str, str]]:
    """(command, option) for every option in --help but -h, in all its spellings."""
    import argparse

    from roleplay.cli import build_parser

    parser = build_parser()
    [commands] = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    parsers = [("roleplay", parser), *commands.choices.items()]
    return [
        (name, " ".join(action.option_strings))
        for name, each in parsers
        for action in each._actions
        if action.help != argparse.SUPPRESS and not isinstance(action, argparse._HelpAction)
        if action.option_strings
    ]


@pytest.mark.parametrize(("command", "spellings"), _documented_options())
def test_every_option_is_in_the_readme_or_the_docs(command, spellings):
    import re

    docs = "\n".join(
        path.read_text(encoding="utf-8")
        for path in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
    )
    # "--xapi" is not documented by "--xapi-home"; a short "-o" counts only as "-o FILE".
    patterns = [
        re.escape(option) + (r"(?![\w-])" if option.startswith("--") else r" [A-Z]")
        for option in spellings.split()
    ]
    assert any(re.search(pattern, docs) for pattern in patterns), (
        f"roleplay {command} {spellings} is not in README.md or docs/"
    )


def test_version():
    proc = subprocess.run(
        [sys.executable, "-m", "roleplay", "--version"], capture_output=True, text=True, timeout=60
    )
    assert (proc.returncode, proc.stdout, proc.stderr) == (0, f"roleplay {__version__}\n", "")


def test_an_unknown_command_is_a_usage_error_without_a_traceback():
    proc = subprocess.run(
        [sys.executable, "-m", "roleplay", "practise", "sleepy_skeptic"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert "Traceback" not in proc.stderr
    assert proc.stderr.splitlines()[-1].startswith(
        "roleplay: error: argument COMMAND: invalid choice"
    )


def test_no_command_prints_the_help():
    out = io.StringIO()
    assert main([], env=Environment(stdout=out, stderr=io.StringIO())) == 2
    assert "practice" in out.getvalue() and "run" in out.getvalue()


def test_scenarios_lists_one_line_each(tmp_path):
    out = io.StringIO()
    assert main(["scenarios"], env=Environment(stdout=out, cwd=tmp_path)) == 0
    lines = out.getvalue().splitlines()
    (line,) = [x for x in lines if x.startswith("sleepy_skeptic ")]
    assert "hard" in line and "disclaimers" in line


def test_a_broken_scenario_is_listed_with_its_error_and_the_list_goes_on(tmp_path):
    (tmp_path / "scenarios").mkdir()
    (tmp_path / "scenarios" / "aa_broken.yaml").write_text("title: [oops\n", encoding="utf-8")
    out = io.StringIO()
    assert main(["scenarios"], env=Environment(stdout=out, cwd=tmp_path)) == 0
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("aa_broken ")
    assert " error " in lines[0] and "scenarios/aa_broken.yaml:" in lines[0]
    assert any(x.startswith("sleepy_skeptic ") for x in lines)


def test_run_does_not_import_prompt_toolkit(tmp_path):
    (tmp_path / "call.txt").write_text("Hello?\n", encoding="utf-8")
    code = (
        "import sys\n"
        "from roleplay.cli import main\n"
        "main(['run', 'sleepy_skeptic', '--script', 'call.txt', '--no-save'])\n"
        "assert not [m for m in sys.modules if m.startswith('prompt_toolkit')], 'imported'\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == 0, proc.stderr


def test_ci_runs_the_readme_test_command_exactly():
    root = Path(__file__).resolve().parents[1]
    readme = (root / "README.md").read_text(encoding="utf-8")
    command = next(
        line[2:] for line in readme.splitlines() if line.startswith("$ ") and "pytest" in line
    )
    lines = (root / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert command in lines
    # Before it, in the virtualenv the README's install builds, the gates, each fatal.
    assert "set -euo pipefail" in lines
    install, _, _ = command.rpartition(" && ")
    steps = [
        *install.split(" && "),
        "ruff check src tests benchmarks",
        "ruff format --check src tests benchmarks",
        "mypy src",
        command,
    ]
    assert all(step in lines for step in steps), [s for s in steps if s not in lines]
    where = [lines.index(step) for step in steps]
    assert where == sorted(where), "the install, then the gates, then the README's command"


def test_a_bug_is_one_line_and_exit_70_unless_the_traceback_is_asked_for(monkeypatch):
    from roleplay.commands import scenarios

    def broken(args, env):
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(scenarios, "run", broken)
    err = io.StringIO()
    env = Environment(stdout=io.StringIO(), stderr=err, environ={})
    assert main(["scenarios"], env=env) == 70
    assert err.getvalue() == (
        "roleplay: internal error: ZeroDivisionError: division by zero "
        "(this is a bug; rerun with --traceback and report it)\n"
    )
    with pytest.raises(ZeroDivisionError):
        main(["--traceback", "scenarios"], env=env)
    with pytest.raises(ZeroDivisionError):
        main(
            ["scenarios"],
            env=Environment(stdout=io.StringIO(), stderr=err, environ={"ROLEPLAY_TRACEBACK": "1"}),
        )
