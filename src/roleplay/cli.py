"""The ``roleplay`` command line: parse arguments, call one command, map errors to exits.

Each subcommand lives in ``roleplay.commands.<name>`` and exposes ``add_arguments(parser)``
and ``run(args, env) -> int``. Only the chosen command's module is imported, so a quick
command such as ``score`` never pays for prompt_toolkit.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from roleplay import __version__
from roleplay.environment import Environment
from roleplay.errors import ExitStatus, RoleplayError
from roleplay.printable import printable

#: name -> (module, one-line help). Order is the order ``roleplay --help`` lists them.
COMMANDS: dict[str, tuple[str, str]] = {
    "practice": ("practice", "practise a call interactively against a prospect persona"),
    "run": ("run", "play a call from a script of trainee lines and print the scorecard"),
    "scenarios": ("scenarios", "list the available scenarios"),
    "score": ("score", "score saved sessions or plain-text transcripts of real calls"),
    "validate": ("validate", "check scenario files for errors and warnings"),
    "test": ("test", "run the conversation tests written in scenario files"),
    "coverage": ("coverage", "play random calls and report states and transitions never reached"),
    "graph": ("graph", "draw a scenario's state machine as mermaid or dot"),
    "schema": ("schema", "print the JSON Schema of the scenario format"),
    "new": ("new", "write a small, valid, commented scenario to start from"),
    "review": ("review", "list practice sessions with scores, filters and totals"),
    "show": ("show", "print one transcript with each mistake marked at its turn"),
    "report": ("report", "write a self-contained HTML report for a manager"),
    "export": ("export", "export sessions and mistakes as CSV or JSON Lines"),
}

TRACEBACK_ENV = "ROLEPLAY_TRACEBACK"

EPILOG = """\
exit status:
  0  success
  1  the check failed (validation errors, failing scenario tests)
  2  bad input or usage (unreadable file, unknown scenario, broken YAML)
  70   a bug in roleplay (rerun with --traceback and report it)
  130  interrupted

Run 'roleplay COMMAND --help' for a command's options.
"""


class _Parser(argparse.ArgumentParser):
    """argparse, but usage errors end in exit status 2 with our one-line prefix."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(ExitStatus.ERROR, f"roleplay: error: {message}\n")


def load_command(name: str):
    """Import the module that implements subcommand ``name``."""
    module, _ = COMMANDS[name]
    return importlib.import_module(f"roleplay.commands.{module}")


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The full parser. With ``only``, just that subcommand's module is imported."""
    parser = _Parser(
        prog="roleplay",
        description="Practise sales calls against prospect personas, and get every mistake explained.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"roleplay {__version__}")
    parser.add_argument(
        "--traceback",
        action="store_true",
        help=f"show the Python traceback on errors (for bug reports; or set {TRACEBACK_ENV}=1)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (_, help_text) in COMMANDS.items():
        cmd = sub.add_parser(
            name,
            help=help_text,
            description=help_text[0].upper() + help_text[1:] + ".",
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        cmd.add_argument(
            "--traceback", action="store_true", default=argparse.SUPPRESS, help=argparse.SUPPRESS
        )
        if only is None or only == name:
            module = load_command(name)
            module.add_arguments(cmd)
            if getattr(module, "EPILOG", None):
                cmd.epilog = module.EPILOG
    return parser


def _chosen_command(argv: Sequence[str]) -> str | None:
    for arg in argv:
        if arg in COMMANDS:
            return arg
        if not arg.startswith("-"):
            return None
    return None


def main(argv: Sequence[str] | None = None, env: Environment | None = None) -> int:
    """Run the CLI and return the exit status."""
    argv = list(sys.argv[1:] if argv is None else argv)
    env = env or Environment()
    parser = build_parser(only=_chosen_command(argv) or "")
    args = parser.parse_args(argv)
    show_traceback = getattr(args, "traceback", False) or env.environ.get(
        TRACEBACK_ENV, ""
    ) not in ("", "0")
    if not args.command:
        parser.print_help(env.stdout)
        return ExitStatus.ERROR
    try:
        return int(load_command(args.command).run(args, env))
    except RoleplayError as exc:
        if show_traceback:
            raise
        env.stderr.write(f"roleplay: error: {printable(str(exc))}\n")
        return int(exc.exit_status)
    except KeyboardInterrupt:
        if show_traceback:
            raise
        env.stderr.write("roleplay: interrupted\n")
        return ExitStatus.INTERRUPTED
    except BrokenPipeError:
        # `roleplay review | head`: the reader left; that is not an error worth a word.
        try:
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - silence the flush at exit
        except OSError:
            pass
        return ExitStatus.OK
    except Exception as exc:  # a bug: one line for the user, the stack on request
        if show_traceback:
            raise
        env.stderr.write(
            f"roleplay: internal error: {type(exc).__name__}: {printable(str(exc))} "
            f"(this is a bug; rerun with --traceback and report it)\n"
        )
        return ExitStatus.INTERNAL
