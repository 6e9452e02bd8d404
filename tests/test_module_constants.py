"""A module defines each of its top-level names once.

The rules live in module constants (``_DAYPART``, ``_STILL_WHO``, ...). A second definition
of the same name further down the file silently replaces the first for every function of
the module, the ones above it too, and nothing fails until a reading changes somewhere
else. This check finds it the moment it is written.
"""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

import roleplay

MODULES = sorted(Path(roleplay.__file__).parent.rglob("*.py"))


def _top_level_names(tree: ast.Module) -> Counter[str]:
    names: Counter[str] = Counter()
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            if isinstance(node.target, ast.Name):
                names[node.target.id] += 1
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name] += 1
    return names


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.name)
def test_no_top_level_name_is_defined_twice(path: Path) -> None:
    names = _top_level_names(ast.parse(path.read_text(encoding="utf-8")))
    assert [name for name, count in names.items() if count > 1] == []


def test_a_name_defined_twice_is_found() -> None:
    source = "A = 1\n\ndef f():\n    return A\n\nA = 2\nB: int = 3\n"
    names = _top_level_names(ast.parse(source))
    assert [name for name, count in names.items() if count > 1] == ["A"]
