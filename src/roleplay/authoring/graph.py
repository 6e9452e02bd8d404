"""Drawing a scenario's state machine as a mermaid or Graphviz dot diagram. Pure: text out.

Both drawings come from ``engine.machine_spec``, the same states and edges the
conversation engine runs on. Mermaid is drawn by transitions' own ``GraphMachine``
(``graph_engine="mermaid"``, which needs no graphviz). transitions' dot output needs the
``graphviz`` or ``pygraphviz`` package, which roleplay does not depend on, so dot text is
written here from the same data.

No callback or condition from the YAML is handed to ``GraphMachine``: each edge gets only
a ``label`` string (intent and mood conditions), since transitions imports dotted names.

A real scenario has a hundred edges and more: every state hears the goodbye and the
mood watch. ``hide`` leaves out states (with every edge into or out of them), intents
and kinds of edge by name or glob, so the shape of the call shows. GraphMachine writes
a ``classDef`` for each of its own styles (active, previous, parallel...); the drawing
keeps only those a state uses.
"""

from __future__ import annotations

import difflib
import fnmatch
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, cast

from transitions.extensions import GraphMachine

from roleplay.authoring.reader import short
from roleplay.dialogue.engine import machine_spec
from roleplay.dialogue.scenario import Scenario, Transition
from roleplay.errors import UsageError

FORMATS = ("mermaid", "dot")

#: Fill and border colours by outcome; the start state gets a thick blue border.
COLOURS = {
    "success": ("#c8e6c9", "#2e7d32"),
    "failure": ("#ffcdd2", "#c62828"),
    "neutral": ("#e0e0e0", "#616161"),
    "start": ("#e3f2fd", "#1565c0"),
    "default": ("#ffffff", "#424242"),
}


#: The kinds of edge ``hide`` knows by name, besides states and intents.
EDGE_KINDS = {
    "anywhere": "the 'anywhere' transitions, heard in every state",
    "watch": "the mood rules checked after every turn",
    "else": "each state's catch-all",
    "timeout": "the turn limit",
}


@dataclass(frozen=True)
class Edge:
    """One arrow: ``kind`` is ``on``, ``else``, ``anywhere``, ``watch`` or ``timeout``."""

    source: str
    dest: str
    label: str
    kind: str = "on"
    intent: str | None = None


def edges(scenario: Scenario) -> list[Edge]:
    """Every edge of the machine, one per (source, dest, label), in file order."""
    _, spec = machine_spec(scenario)
    out: dict[tuple[str, str, str], Edge] = {}
    for e in spec:
        sources = e["source"] if isinstance(e["source"], list) else [e["source"]]
        t = e["_edge"]
        label = _label(e["trigger"], t, scenario)
        kind = _kind(t, scenario)
        for src in sources:
            if src in scenario.states and e["dest"] in scenario.states:
                key = (src, e["dest"], label)
                out.setdefault(key, Edge(*key, kind, t.intent if t is not None else None))
    return list(out.values())


def _kind(t: Transition | None, scenario: Scenario) -> str:
    if t is None:
        return "timeout"
    if t.source == "*":
        return "watch" if t in scenario.watch else "anywhere"
    return "on" if t.intent else "else"


@dataclass(frozen=True)
class Hidden:
    """What a drawing leaves out: states (and their edges), intents, kinds of edge."""

    states: frozenset[str] = frozenset()
    intents: frozenset[str] = frozenset()
    kinds: frozenset[str] = frozenset()

    def __bool__(self) -> bool:
        return bool(self.states or self.intents or self.kinds)

    def keeps(self, edge: Edge) -> bool:
        return not (
            edge.source in self.states
            or edge.dest in self.states
            or edge.kind in self.kinds
            or edge.intent in self.intents
        )

    def describe(self) -> str:
        parts = []
        if self.states:
            parts.append("states " + ", ".join(sorted(self.states)) + " and their edges")
        if self.intents:
            parts.append("edges on " + ", ".join(sorted(self.intents)))
        if self.kinds:
            parts.append(", ".join(f"{k} edges" for k in sorted(self.kinds)))
        return "; ".join(parts)


def hidden(scenario: Scenario, patterns: Sequence[str]) -> Hidden:
    """What ``patterns`` (names or globs: ``*``, ``?``, ``[...]``) hide in ``scenario``.

    A pattern hides every state it matches (and each edge into or out of it), every
    intent it matches (the edges it labels) and every kind of edge of
    :data:`EDGE_KINDS` it matches. The start state is always drawn: the diagram
    begins there.

    Raises:
        UsageError: a pattern that matches nothing (a typo would hide nothing silently),
            or nothing but the start state.
    """
    states: set[str] = set()
    intents: set[str] = set()
    kinds: set[str] = set()
    drawn = [n for n in scenario.states if n != scenario.start]
    for pattern in patterns:
        found = False
        for names, into in ((drawn, states), (scenario.intents, intents), (EDGE_KINDS, kinds)):
            matched = [n for n in names if fnmatch.fnmatchcase(n, pattern)]
            into.update(matched)
            found = found or bool(matched)
        if not found and fnmatch.fnmatchcase(scenario.start, pattern):
            raise UsageError(
                f"--hide {short(pattern, 60)!r}: {scenario.start!r} is the start state, "
                "which is always drawn"
            )
        if not found:
            known = [*scenario.states, *scenario.intents, *EDGE_KINDS]
            close = difflib.get_close_matches(pattern, known, n=1)
            hint = f"; did you mean {close[0]!r}?" if close else ""
            raise UsageError(
                f"--hide {short(pattern, 60)!r} matches no state, intent or kind of edge "
                f"({', '.join(EDGE_KINDS)}) of {scenario.id!r}{hint}"
            )
    return Hidden(frozenset(states), frozenset(intents), frozenset(kinds))


def _label(trigger: str, t: Transition | None, scenario: Scenario) -> str:
    if t is None:
        return f"timeout ({scenario.max_turns} turns)"
    text = t.intent or trigger
    if t.conditions:
        text += " [" + " and ".join(str(c) for c in t.conditions) + "]"
    return text


def _style(scenario: Scenario, name: str) -> str:
    state = scenario.states[name]
    if state.outcome:
        return state.outcome
    return "start" if name == scenario.start else "default"


class _Graph(GraphMachine):
    """GraphMachine with node styles for outcomes (the class attribute is what it reads)."""

    style_attributes: dict[str, Any] = {
        **GraphMachine.style_attributes,
        "node": {
            # The stubs allow str values here; "node" is always a dict of styles.
            **cast("dict[str, Any]", GraphMachine.style_attributes["node"]),
            **{
                name: {"fillcolor": fill, "stroke": line, "style": "rounded,filled"}
                for name, (fill, line) in COLOURS.items()
                if name != "default"
            },
            "start": {
                "fillcolor": COLOURS["start"][0],
                "stroke": COLOURS["start"][1],
                "stroke-width": "3px",
            },
        },
    }


class _Model:
    """The object GraphMachine attaches ``get_graph`` to; it holds nothing else."""


def to_mermaid(scenario: Scenario, hide: Hidden | None = None) -> str:
    """A mermaid ``stateDiagram-v2`` of the scenario, drawn by transitions' GraphMachine."""
    hide = hide or Hidden()
    states = [n for n in scenario.states if n not in hide.states]
    model = _Model()
    machine = _Graph(
        model=model,
        states=states,
        transitions=[
            {"trigger": "go", "source": e.source, "dest": e.dest, "label": e.label}
            for e in edges(scenario)
            if hide.keeps(e)
        ],
        initial=scenario.start if scenario.start in states else None,
        auto_transitions=False,
        title="title: " + json.dumps(scenario.title or scenario.id),
        graph_engine="mermaid",
    )
    graph = machine.model_graphs[id(model)]
    graph.reset_styling()
    for name in states:
        graph.set_node_style(name, _style(scenario, name))
    text = _used_classes_only(model.get_graph().draw(None))  # type: ignore[attr-defined]
    if hide:
        text = text.replace(
            "stateDiagram-v2\n", f"stateDiagram-v2\n  %% hidden: {_comment(hide)}\n", 1
        )
    return text.rstrip("\n") + "\n"


_CLASS_DEF = re.compile(r"^\s*classDef (\S+) .*\n?", re.MULTILINE)
_CLASS_USE = re.compile(r"^\s*class \S+ (\S+)\s*$", re.MULTILINE | re.IGNORECASE)


def _used_classes_only(text: str) -> str:
    """``text`` without the ``classDef`` lines of classes no state uses."""
    used = set(_CLASS_USE.findall(text))
    return _CLASS_DEF.sub(lambda m: m[0] if m[1] in used else "", text)


def _comment(hide: Hidden) -> str:
    """What was hidden, on one line that a comment can hold."""
    return " ".join(hide.describe().split())


def to_dot(scenario: Scenario, hide: Hidden | None = None) -> str:
    """A Graphviz ``digraph`` of the scenario, from the same edges as ``to_mermaid``."""
    hide = hide or Hidden()
    states = [n for n in scenario.states if n not in hide.states]
    lines = [
        f"digraph {_quote(scenario.id)} {{",
        f"  label={_quote(scenario.title or scenario.id)};",
        "  labelloc=t;",
        "  rankdir=LR;",
        '  node [shape=box, style="rounded,filled", fontname="Helvetica"];',
        '  edge [fontname="Helvetica", fontsize=10];',
    ]
    if hide:
        lines.insert(1, f"  // hidden: {_comment(hide)}")
    if scenario.start in states:
        lines.append('  "__start__" [shape=point, width=0.15, label=""];')
    for name in states:
        fill, line = COLOURS[_style(scenario, name)]
        width = ", penwidth=3" if name == scenario.start else ""
        outcome = scenario.states[name].outcome
        label = f"{name}\\n({outcome})" if outcome else name
        lines.append(
            f'  {_quote(name)} [label="{label}", fillcolor="{fill}", color="{line}"{width}];'
        )
    if scenario.start in states:
        lines.append(f'  "__start__" -> {_quote(scenario.start)};')
    for src, dest, labels in _grouped(e for e in edges(scenario) if hide.keeps(e)):
        lines.append(f"  {_quote(src)} -> {_quote(dest)} [label={_quote(' | '.join(labels))}];")
    lines.append("}")
    return "\n".join(lines) + "\n"


def _grouped(items: Iterable[Edge]) -> list[tuple[str, str, list[str]]]:
    groups: dict[tuple[str, str], list[str]] = {}
    for e in items:
        groups.setdefault((e.source, e.dest), []).append(e.label)
    return [(s, d, labels) for (s, d), labels in groups.items()]


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def draw(scenario: Scenario, fmt: str = "mermaid", hide: Sequence[str] = ()) -> str:
    """The diagram in ``fmt`` (``mermaid`` or ``dot``), without what ``hide`` names.

    Raises:
        UsageError: a pattern of ``hide`` that matches nothing.
    """
    left_out = hidden(scenario, hide)
    if fmt == "dot":
        return to_dot(scenario, left_out)
    return to_mermaid(scenario, left_out)
