"""Safe YAML reading that remembers where every value came from.

``load_located(text, source)`` returns plain Python data plus a map from each value's
path (``("states", "ringing", "on", 0, "to")``) to its 1-based ``(line, column)``, so
every later check can point at the exact spot in the trainer's file.

Only YAML's standard scalar types are constructed (safe loading): no tag can make
the loader build an object or run code. Duplicate keys are errors, not "last wins".
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import Any

import yaml

from roleplay.dialogue.scenario import Marks
from roleplay.errors import ScenarioError

try:  # the C loader is several times faster when libyaml is present
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

Path = tuple[Hashable, ...]

_PLAIN_TAGS = frozenset(
    f"tag:yaml.org,2002:{name}"
    for name in ("str", "int", "float", "bool", "null", "map", "seq", "timestamp")
)

_STR = "tag:yaml.org,2002:str"

#: Guards against "billion laughs" alias bombs and absurd files.
MAX_NODES = 200_000
#: No scenario nests anywhere near this deep; beyond it Python's stack would overflow.
MAX_DEPTH = 64


def load_located(text: str, source: str) -> tuple[Any, Marks]:
    """Parse one YAML document into plain data and a path -> (line, col) map.

    Raises:
        ScenarioError: on YAML syntax errors, duplicate keys, non-scalar keys or
            unsupported tags, naming the file, line and column.
    """
    loader = _Loader(text)
    try:
        try:
            node = loader.get_single_node()
        except yaml.MarkedYAMLError as exc:
            mark = exc.problem_mark or exc.context_mark
            problem = exc.problem or exc.context or "invalid YAML"
            line, col = (mark.line + 1, mark.column + 1) if mark else (None, None)
            ctx = exc.context_mark
            if exc.problem and exc.context and ctx is not None and ctx.line + 1 != line:
                # Where the trouble began is often more useful than where YAML noticed it.
                problem += f" ({exc.context} on line {ctx.line + 1})"
            raise ScenarioError(
                f"YAML syntax error: {problem}", file=source, line=line, col=col
            ) from None
        except yaml.reader.ReaderError as exc:
            line = text.count("\n", 0, exc.position) + 1
            col = exc.position - (text.rfind("\n", 0, exc.position) + 1) + 1
            ch = exc.character
            shown = f"U+{ch:04X}" if isinstance(ch, int) else f"U+{ord(ch):04X}"
            raise ScenarioError(
                f"character {shown} is not allowed in YAML ({exc.reason})",
                file=source,
                line=line,
                col=col,
            ) from None
        except yaml.YAMLError as exc:
            first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            raise ScenarioError(f"YAML error: {first}", file=source) from None
        except RecursionError:
            raise ScenarioError(
                f"YAML nested too deeply (more than {MAX_DEPTH} levels)", file=source
            ) from None
        if node is None:
            return None, {}
        marks: Marks = {}
        budget = [MAX_NODES]
        data = _convert(loader, node, (), marks, source, budget)
        return data, marks
    finally:
        loader.dispose()


def _mark(node: yaml.Node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


def _convert(
    loader: Any, node: yaml.Node, path: Path, marks: Marks, source: str, budget: list[int]
) -> Any:
    budget[0] -= 1
    if budget[0] < 0:
        line, col = _mark(node)
        raise ScenarioError(
            f"document too large (more than {MAX_NODES} values)", file=source, line=line, col=col
        )
    if len(path) > MAX_DEPTH:
        # Also what a recursive alias (`a: &x [*x]`) runs into.
        line, col = _mark(node)
        raise ScenarioError(
            f"nested too deeply (more than {MAX_DEPTH} levels)", file=source, line=line, col=col
        )
    marks[path] = _mark(node)
    if node.tag not in _PLAIN_TAGS:
        line, col = _mark(node)
        raise ScenarioError(
            f"unsupported YAML value: tag {node.tag!r} is not allowed",
            file=source,
            line=line,
            col=col,
        )
    if isinstance(node, yaml.MappingNode):
        out: dict[Hashable, Any] = {}
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                line, col = _mark(key_node)
                raise ScenarioError(
                    "merge keys ('<<') are not supported", file=source, line=line, col=col
                )
            if not isinstance(key_node, yaml.ScalarNode):
                line, col = _mark(key_node)
                raise ScenarioError("a key must be plain text", file=source, line=line, col=col)
            key = _scalar(loader, key_node, source)
            if isinstance(key, bool):
                # YAML 1.1 reads a bare `on:`/`yes:` key as a boolean; as a key it is a name.
                key = key_node.value
            if isinstance(key, (list, dict)):  # pragma: no cover - scalars never are
                key = str(key)
            if key in out:
                line, col = _mark(key_node)
                first = marks.get((*path, key), (None, None))[0]
                raise ScenarioError(
                    f"duplicate key {key!r} (first defined on line {first})",
                    file=source,
                    line=line,
                    col=col,
                )
            # Not [(*path, ...)]: mypy reads a starred subscript as 3.11-only syntax.
            marks[path + (key, "<key>")] = _mark(key_node)
            out[key] = _convert(loader, value_node, (*path, key), marks, source, budget)
        return out
    if isinstance(node, yaml.SequenceNode):
        return [
            _convert(loader, item, (*path, i), marks, source, budget)
            for i, item in enumerate(node.value)
        ]
    return _scalar(loader, node, source)


def _scalar(loader: Any, node: yaml.Node, source: str) -> Any:
    if node.tag == _STR:
        return node.value  # what the constructor would return, at a fraction of the cost
    try:
        return loader.construct_object(node, deep=True)
    except yaml.constructor.ConstructorError as exc:
        line, col = _mark(node)
        raise ScenarioError(
            f"unsupported YAML value: {exc.problem}", file=source, line=line, col=col
        ) from None
    except (ValueError, OverflowError, AttributeError, TypeError, KeyError):
        # YAML took the scalar for a date or a number and then could not build it:
        # 2024-13-45, an integer longer than Python converts from text, `!!bool abc`.
        line, col = _mark(node)
        raise ScenarioError(_unbuildable(node), file=source, line=line, col=col) from None


def _unbuildable(node: yaml.Node) -> str:
    value = str(node.value)
    shown = repr(value if len(value) <= 40 else value[:37] + "...")
    if node.tag.endswith(":timestamp"):
        what = "a date, but it is not a valid date"
    elif node.tag.endswith((":int", ":float")):
        digits = sum(ch.isdigit() for ch in value)
        if digits > 40:
            what = f"a number with {digits} digits, far too long to use"
            shown = "this"
        else:
            what = "a number, but it is not a valid one"
    elif node.tag.endswith(":bool"):
        what = "yes or no, but it is neither"
    else:
        what = "a value of its own kind, and cannot build it"
    return f"YAML reads {shown} as {what}; put it in quotes if it is text"
