"""The ``roleplay`` command line: parse arguments, call one command, map errors to exits.

Each subcommand lives in ``roleplay.commands.<name>`` and exposes ``add_arguments(parser)``
and ``run(args, env) -> int``. Only the chosen command's module is imported, so a quick
command such as ``score`` never pays for prompt_toolkit.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import os
import sys
from collections.abc import Sequence

from roleplay import __version__, color, regex_cache
from roleplay.environment import Environment
from roleplay.errors import ExitStatus, RoleplayError
from roleplay.printable import printable

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at start-up
if TYPE_CHECKING:
    from typing import TextIO

#: name -> (module, one-line help). Order is the order ``roleplay --help`` lists them.
COMMANDS: dict[str, tuple[str, str]] = {
    "practice": ("practice", "practise a call interactively against a prospect persona"),
    "run": ("run", "play a call from a script of trainee lines and print the scorecard"),
    "scenarios": ("scenarios", "list the available scenarios"),
    "score": ("score", "score saved sessions or real calls (text transcripts or captions)"),
    "explain": ("explain", "show how one line is read: signals, intents and mistakes"),
    "exam": ("exam", "take an exam: a trainer's fixed calls, scored together as PASS or FAIL"),
    "validate": ("validate", "check scenario and exam files for errors and warnings"),
    "test": ("test", "run the conversation tests written in scenario files"),
    "coverage": ("coverage", "play random calls and report states and transitions never reached"),
    "graph": ("graph", "draw a scenario's state machine as mermaid or dot"),
    "schema": ("schema", "print the JSON Schema of the scenario format"),
    "new": ("new", "write a small, valid, commented scenario to start from"),
    "review": ("review", "list practice sessions with scores, filters and totals"),
    "show": ("show", "print one transcript with each mistake marked at its turn"),
    "report": ("report", "write a self-contained HTML report for a manager"),
    "export": ("export", "export sessions and mistakes as CSV, JSON Lines or xAPI statements"),
    "completion": ("completion", "print the shell completion script for bash, zsh or fish"),
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


class _HelpFormatter(argparse.RawDescriptionHelpFormatter):
    """argparse's formatter, measuring the terminal width as ``shutil.get_terminal_size``
    does: argparse imports ``shutil`` (and its compression modules) for that one call, and
    it makes a formatter on every run, even when no help is printed."""

    def __init__(
        self,
        prog: str,
        indent_increment: int = 2,
        max_help_position: int = 24,
        width: int | None = None,
    ) -> None:
        if width is None:
            width = _terminal_columns() - 2
        super().__init__(prog, indent_increment, max_help_position, width)


def _terminal_columns() -> int:
    """``shutil.get_terminal_size().columns``: $COLUMNS if a positive number, else the
    width of the terminal on ``sys.__stdout__``, else 80."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns > 0:
        return columns
    try:
        size = os.get_terminal_size(sys.__stdout__.fileno())  # type: ignore[union-attr]
    except (AttributeError, ValueError, OSError):
        return 80
    return size.columns or 80


def load_command(name: str):
    """Import the module that implements subcommand ``name``."""
    module, _ = COMMANDS[name]
    return importlib.import_module(f"roleplay.commands.{module}")


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The full parser. With ``only``, just that subcommand's parser is built (with its
    module imported); with ``""``, every subcommand's parser, and no module."""
    parser = _Parser(
        prog="roleplay",
        description="Practise sales calls against prospect personas, and get every mistake explained.",
        epilog=EPILOG,
        formatter_class=_HelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"roleplay {__version__}")
    parser.add_argument(
        "--traceback",
        action="store_true",
        help=f"show the Python traceback on errors (for bug reports; or set {TRACEBACK_ENV}=1)",
    )
    color.add_argument(parser, top_level=True)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (_, help_text) in COMMANDS.items():
        if only and only != name:
            # A command was chosen (the first word of the arguments): only its parser can
            # be used, and building the others costs every run of it time.
            continue
        cmd = sub.add_parser(
            name,
            help=help_text,
            description=help_text[0].upper() + help_text[1:] + ".",
            formatter_class=_HelpFormatter,
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
    """The command the arguments name: the first word that is not a global option (or
    the value of one, as in ``--color never``)."""
    value_next = False
    for arg in argv:
        if value_next:
            value_next = False
        elif arg in COMMANDS:
            return arg
        elif arg == "--color":
            value_next = True
        elif not arg.startswith("-"):
            return None
    return None


# Start-up and the cyclic garbage collector: loading the command's modules (the language
# rules, word lists, the regex store) allocates hundreds of thousands of objects that live
# as long as the process, and the collector would walk them all, again and again, and once
# more at exit: about an eighth of a one-file ``roleplay score``. So the process's own
# command line (``main()`` with no arguments: the ``roleplay`` script, ``python -m
# roleplay``) loads its command with the collector paused, then freezes what is alive
# (``gc.freeze``: later collections, and ``gc.get_objects``, skip it) and lets the
# collector run as usual. A caller who passes its own arguments (a test, a program using
# roleplay as a library) keeps its collector as it was.
_started = False


def _pause_collector() -> bool:
    """Pause the collector for the first start-up in this process; whether it was paused."""
    if _started or not gc.isenabled():
        return False
    gc.disable()
    return True


def _settle(paused: bool) -> None:
    """Start-up is over: what it loaded is frozen, and the collector runs again."""
    global _started
    _started = True
    if paused and not gc.isenabled():
        gc.freeze()
        gc.enable()


def main(argv: Sequence[str] | None = None, env: Environment | None = None) -> int:
    """Run the CLI and return the exit status."""
    own_command_line = argv is None
    argv = list(sys.argv[1:] if argv is None else argv)
    env = env or Environment()
    paused = _pause_collector() if own_command_line else False
    try:
        # The regexes an earlier run compiled, before the command's modules compile theirs.
        cache = regex_cache.path(env.environ)
        regex_cache.read(cache)
        try:
            return _main(argv, env, paused)
        finally:
            regex_cache.write(cache)
    finally:
        _settle(paused)


def _main(argv: list[str], env: Environment, paused: bool = False) -> int:
    stdout = env.stdout
    _never_fail_to_encode(stdout)
    # GuardedOutput stands in for a TextIO: it delegates everything it does not wrap.
    env = env.replace(stdout=GuardedOutput(stdout))
    parser = build_parser(only=_chosen_command(argv) or "")
    args = parser.parse_args(argv)
    show_traceback = getattr(args, "traceback", False) or env.environ.get(
        TRACEBACK_ENV, ""
    ) not in ("", "0")
    if not args.command:
        parser.print_help(env.stdout)
        return ExitStatus.ERROR
    try:
        command = load_command(args.command)
        _settle(paused)
        status = int(command.run(args, env))
        env.stdout.flush()  # here, so that a full disk is reported, not lost at exit
        return status
    except RoleplayError as exc:
        if show_traceback:
            raise
        _say(env, f"roleplay: error: {printable(str(exc))}")
        return int(exc.exit_status)
    except KeyboardInterrupt:
        if show_traceback:
            raise
        _say(env, "roleplay: interrupted")
        return ExitStatus.INTERRUPTED
    except BrokenPipeError:
        # `roleplay review | head`: the reader left; that is not an error worth a word.
        try:
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - silence the flush at exit
        except OSError:
            pass
        return ExitStatus.OK
    except OutputFailed as failed:
        if show_traceback:
            raise failed.error from None
        # Standard output is a full disk or /dev/full: one line, exit 2, no traceback.
        _say(env, f"roleplay: error: cannot write the output: {failed.reason}")
        _discard_pending(stdout)
        return ExitStatus.ERROR
    except Exception as exc:  # a bug: one line for the user, the stack on request
        if show_traceback:
            raise
        return _internal_error(env, exc)


def _internal_error(env: Environment, exc: BaseException) -> int:
    _say(
        env,
        f"roleplay: internal error: {type(exc).__name__}: {printable(str(exc))} "
        f"(this is a bug; rerun with --traceback and report it)",
    )
    return ExitStatus.INTERNAL


def _say(env: Environment, line: str) -> None:
    """One line on stderr; if even stderr cannot be written, the exit status says it."""
    try:
        env.stderr.write(line + "\n")
        env.stderr.flush()
    except (OSError, ValueError):
        pass


_REPLACING = ("backslashreplace", "replace", "namereplace", "xmlcharrefreplace")


def _never_fail_to_encode(stream: object) -> None:
    """Characters the output encoding lacks (PYTHONIOENCODING=ascii) become \\u escapes.

    Text from transcripts can hold any character, and '·' or '✗' are ours: an ASCII
    terminal must get something readable, never a UnicodeEncodeError.
    """
    reconfigure = getattr(stream, "reconfigure", None)
    # "strict", or "surrogateescape" in the C locale: both raise on a character the
    # encoding lacks.
    if reconfigure is not None and getattr(stream, "errors", "strict") not in _REPLACING:
        try:
            reconfigure(errors="backslashreplace")
        except (OSError, ValueError):
            pass


class OutputFailed(Exception):
    """Writing standard output failed (a full disk, /dev/full): bad surroundings, not a bug."""

    def __init__(self, error: OSError) -> None:
        super().__init__(str(error))
        self.error = error
        self.reason = error.strerror or str(error)


class GuardedOutput:
    """Standard output, with its write errors told apart from every other OSError.

    Only the chosen command writes to it, and whatever else it delegates to the stream.
    A closed pipe stays a BrokenPipeError (``roleplay review | head`` is no error).
    """

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def write(self, text: str) -> int:
        try:
            return self.stream.write(text)
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise OutputFailed(exc) from exc

    def flush(self) -> None:
        try:
            self.stream.flush()
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise OutputFailed(exc) from exc

    def __getattr__(self, name: str):
        return getattr(self.stream, name)


def _discard_pending(stream: object) -> None:
    """Point the output's file descriptor at /dev/null, so that the text still waiting in
    its buffer does not fail again (with a traceback) when Python flushes it at exit."""
    try:
        fd = stream.fileno()  # type: ignore[attr-defined]
        null = os.open(os.devnull, os.O_WRONLY)
    except (OSError, ValueError, AttributeError):
        return
    try:
        os.dup2(null, fd)
    finally:
        os.close(null)
