"""``roleplay coverage``: random calls from the scenario's own examples, and what they missed."""

from __future__ import annotations

import io
import json
from pathlib import Path

from roleplay.authoring.coverage import measure
from roleplay.authoring.parse import parse_scenario
from roleplay.cli import main
from roleplay.environment import Environment
from roleplay.library import load_scenario

ROOT = Path(__file__).resolve().parent.parent

HIDDEN = """\
title: Coverage fixture
persona: {name: Ann Lee}
start: hello
intents:
  greet: {examples: ["good morning to you", "hello there"]}
  bye: {examples: ["goodbye now", "talk soon, bye"]}
  secret: {examples: ["the quick brown fox jumps over the lazy dog"]}
states:
  hello:
    on:
      - {intent: greet, to: chatting}
      - {intent: bye, to: done}
  chatting:
    on:
      - {intent: bye, to: won}
  won: {outcome: success}
  done: {outcome: neutral}
  vault: {outcome: failure}
"""


def test_the_same_seed_gives_the_same_report():
    scenario = load_scenario("sleepy_skeptic", ROOT)
    a = measure(scenario, runs=30, seed=3)
    b = measure(scenario, runs=30, seed=3)
    assert a == b
    assert a.states[0].hits > 0


def test_unreached_states_and_untaken_transitions_are_listed_with_lines():
    scenario = parse_scenario(HIDDEN, "fixture.yaml")
    report = measure(scenario, runs=40, seed=0)
    assert [(i.label, i.line) for i in report.missed_states] == [("vault", 18)]
    assert report.transitions and all(i.hits for i in report.transitions)
    assert report.state_percent == 80.0
    assert report.transition_percent == 100.0
    assert set(report.outcomes) == {"success", "neutral"}


def test_the_shipped_scenario_reaches_every_state():
    report = measure(load_scenario("sleepy_skeptic", ROOT), runs=200, seed=0)
    assert report.missed_states == []
    assert report.transition_percent >= 70


def test_the_command_reports_percentages_and_lines(tmp_path):
    (tmp_path / "f.yaml").write_text(HIDDEN, encoding="utf-8")
    out = io.StringIO()
    code = main(
        ["coverage", "f.yaml", "--runs", "40"],
        Environment(stdout=out, stderr=io.StringIO(), cwd=tmp_path, environ={}),
    )
    assert code == 0
    text = out.getvalue()
    assert "f (f.yaml): 40 random calls, seed 0" in text
    assert "states reached:      4/5 (80%)" in text
    assert "f.yaml:18: state never reached: vault" in text


def test_json_lists_what_was_reached_and_what_never_was_with_lines(tmp_path):
    (tmp_path / "f.yaml").write_text(HIDDEN, encoding="utf-8")
    out = io.StringIO()
    code = main(
        ["coverage", "f.yaml", "--runs", "40", "--json"],
        Environment(stdout=out, stderr=io.StringIO(), cwd=tmp_path, environ={}),
    )
    [report] = json.loads(out.getvalue())["scenarios"]
    states, edges = report["states"], report["transitions"]
    assert code == 0
    assert (report["scenario"], report["file"], report["runs"], report["seed"]) == (
        "f",
        "f.yaml",
        40,
        0,
    )
    assert (states["total"], states["percent"]) == (5, 80.0)
    assert [s["name"] for s in states["reached"]] == ["hello", "chatting", "won", "done"]
    assert states["never_reached"] == [{"name": "vault", "line": 18, "hits": 0}]
    assert [(e["label"], e["line"]) for e in edges["taken"]] == [
        ("hello --greet--> chatting", 11),
        ("hello --bye--> done", 12),
        ("chatting --bye--> won", 15),
    ]
    assert (edges["total"], edges["percent"], edges["never_taken"]) == (3, 100.0, [])
    # The same calls as the text report: one per outcome counted, 40 in all.
    assert sorted(report["outcomes"]) == ["neutral", "success"]
    assert sum(report["outcomes"].values()) == 40
    assert report["outcomes"]["success"] == next(
        e["hits"] for e in edges["taken"] if e["label"] == "chatting --bye--> won"
    )


def test_json_names_a_broken_scenario_and_exits_2(tmp_path):
    (tmp_path / "f.yaml").write_text(HIDDEN, encoding="utf-8")
    (tmp_path / "g.yaml").write_text(HIDDEN.replace("to: done", "to: dne"), encoding="utf-8")
    out = io.StringIO()
    code = main(
        ["coverage", "f.yaml", "g.yaml", "--runs", "5", "--json"],
        Environment(stdout=out, stderr=io.StringIO(), cwd=tmp_path, environ={}),
    )
    good, broken = json.loads(out.getvalue())["scenarios"]
    assert (code, good["scenario"]) == (2, "f")
    assert broken == {
        "file": "g.yaml",
        "errors": [
            {
                "file": "g.yaml",
                "line": 12,
                "column": 27,
                "severity": "error",
                "code": "undefined",
                "message": "undefined state 'dne'; did you mean 'done'?",
            }
        ],
    }
