"""``roleplay schema``: the JSON Schema of the scenario format."""

from __future__ import annotations

import argparse

from roleplay.authoring.schema import schema_json
from roleplay.environment import Environment
from roleplay.errors import ExitStatus

EPILOG = """\
The schema is JSON Schema draft-07. Editors with a YAML language server (VS Code's
YAML extension, Neovim, JetBrains) complete and check keys when the scenario file
starts with:

  # yaml-language-server: $schema=scenario.schema.json

and scenario.schema.json sits beside it. The built-in scenarios ship one.

examples:
  roleplay schema > scenarios/scenario.schema.json
"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    del parser  # no options


def run(args: argparse.Namespace, env: Environment) -> int:
    env.stdout.write(schema_json())
    return ExitStatus.OK
