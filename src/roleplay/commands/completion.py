"""``roleplay completion bash|zsh|fish``: print a shell completion script."""

from __future__ import annotations

import argparse

from roleplay.environment import Environment
from roleplay.errors import ExitStatus

EPILOG = """\
Commands, options and their choices complete; a scenario completes to the ids
'roleplay scenarios --names' prints, and file and folder arguments to file names.

install (then open a new shell):
  bash  roleplay completion bash > ~/.local/share/bash-completion/completions/roleplay
  zsh   roleplay completion zsh > ~/.zfunc/_roleplay
        and in ~/.zshrc, before compinit: fpath=(~/.zfunc $fpath)
  fish  roleplay completion fish > ~/.config/fish/completions/roleplay.fish
"""


SHELLS = ("bash", "zsh", "fish")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("shell", choices=SHELLS, metavar="SHELL", help="bash, zsh or fish")


def run(args: argparse.Namespace, env: Environment) -> int:
    from roleplay.cli import build_parser
    from roleplay.completion import script

    env.stdout.write(script(build_parser(), args.shell))
    return ExitStatus.OK
