"""Drawing a scenario's state machine as a mermaid or Graphviz dot diagram. Pure: text out.

Both drawings come from ``engine.machine_spec``, the same states and edges the
conversation engine runs on. Mermaid is drawn by transitions' own ``GraphMachine``
(``graph_engine="mermaid"``, which needs no graphviz). transitions' dot output needs the
``graphviz`` or ``pygraphviz`` package, which roleplay does not depend on, so dot text is
written here from the same data.

No callback or condition from the YAML is handed to ``GraphMachine``: each edge gets only
a ``label`` string (intent and mood conditions), since transitions imports dotted names.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, cast

from transitions.extensions import GraphMachine

from roleplay.dialogue.engine import machine_spec
from roleplay.dialogue.scenario import Scenario, Transition

FORMATS = ("mermaid", "dot")

#: Fill and border colours by outcome; the start state gets a thick blue border.
COLOURS = {
    "success": ("#c8e6c9", "#2e7d32"),
    "failure": ("#ffcdd2", "#c62828"),
    "neutral": ("#e0e0e0", "#616161"),
    "start": ("#e3f2fd", "#1565c0"),
    "default": ("#ffffff", "#424242"),
}


@dataclass(frozen=True)
class Edge:
    source: str
    dest: str
    label: str


def edges(scenario: Scenario) -> list[Edge]:
    """Every edge of the machine, one per (source, dest, label), in file order."""
    _, spec = machine_spec(scenario)
    out: dict[tuple[str, str, str], None] = {}
    for e in spec:
        sources = e["source"] if isinstance(e["source"], list) else [e["source"]]
        label = _label(e["trigger"], e["_edge"], scenario)
        for src in sources:
            if src in scenario.states and e["dest"] in scenario.states:
                out[(src, e["dest"], label)] = None
    return [Edge(*k) for k in out]


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


def to_mermaid(scenario: Scenario) -> str:
    """A mermaid ``stateDiagram-v2`` of the scenario, drawn by transitions' GraphMachine."""
    model = _Model()
    machine = _Graph(
        model=model,
        states=list(scenario.states),
        transitions=[
            {"trigger": "go", "source": e.source, "dest": e.dest, "label": e.label}
            for e in edges(scenario)
        ],
        initial=scenario.start if scenario.start in scenario.states else None,
        auto_transitions=False,
        title="title: " + json.dumps(scenario.title or scenario.id),
        graph_engine="mermaid",
    )
    graph = machine.model_graphs[id(model)]
    graph.reset_styling()
    for name in scenario.states:
        graph.set_node_style(name, _style(scenario, name))
    text = model.get_graph().draw(None)  # type: ignore[attr-defined]
    return text.rstrip("\n") + "\n"


def to_dot(scenario: Scenario) -> str:
    """A Graphviz ``digraph`` of the scenario, from the same edges as ``to_mermaid``."""
    lines = [
        f"digraph {_quote(scenario.id)} {{",
        f"  label={_quote(scenario.title or scenario.id)};",
        "  labelloc=t;",
        "  rankdir=LR;",
        '  node [shape=box, style="rounded,filled", fontname="Helvetica"];',
        '  edge [fontname="Helvetica", fontsize=10];',
    ]
    if scenario.start in scenario.states:
        lines.append('  "__start__" [shape=point, width=0.15, label=""];')
    for name in scenario.states:
        fill, line = COLOURS[_style(scenario, name)]
        width = ", penwidth=3" if name == scenario.start else ""
        outcome = scenario.states[name].outcome
        label = f"{name}\\n({outcome})" if outcome else name
        lines.append(
            f'  {_quote(name)} [label="{label}", fillcolor="{fill}", color="{line}"{width}];'
        )
    if scenario.start in scenario.states:
        lines.append(f'  "__start__" -> {_quote(scenario.start)};')
    for src, dest, labels in _grouped(edges(scenario)):
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


def draw(scenario: Scenario, fmt: str = "mermaid") -> str:
    """The diagram in ``fmt`` (``mermaid`` or ``dot``)."""
    if fmt == "dot":
        return to_dot(scenario)
    return to_mermaid(scenario)
