"""``roleplay graph``: the state machine as mermaid (via GraphMachine) or dot."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from roleplay.authoring.graph import draw, edges, hidden, to_dot, to_mermaid
from roleplay.cli import main
from roleplay.environment import Environment
from roleplay.library import load_scenario

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def sleepy():
    return load_scenario("sleepy_skeptic", ROOT)


#: The statements of mermaid's stateDiagram-v2 that the output may use.
MERMAID_LINE = re.compile(
    r"""^(
      ---|title:\ ".*"|stateDiagram-v2|direction\ (LR|TB)
    | classDef\ s_\w+\ [\w-]+:[^,\s]+(,[\w-]+:[^,\s]+)*
    | state\ "\w+"\ as\ \w+
    | [Cc]lass\ \w+\ s_\w+
    | (\[\*\]|\w+)\ -->\ \w+(:\ [^:;\n]+)?
    )$""",
    re.VERBOSE,
)


def test_mermaid_is_a_state_diagram_in_the_documented_syntax(sleepy):
    text = to_mermaid(sleepy)
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    assert lines[:4] == ["---", 'title: "The sleepy skeptic"', "---", "stateDiagram-v2"]
    bad = [line for line in lines if not MERMAID_LINE.match(line)]
    assert bad == []


def test_states_are_coloured_by_outcome_and_the_start_is_highlighted(sleepy):
    text = to_mermaid(sleepy)
    assert "Class booked s_success" in text
    assert "Class hung_up s_failure" in text
    assert "Class rep_left s_neutral" in text
    assert "Class ringing s_start" in text
    assert re.search(r"classDef s_success fill:#c8e6c9", text)
    assert "[*] --> ringing" in text


def test_edges_are_labelled_by_intent_and_conditions(sleepy):
    text = to_mermaid(sleepy)
    assert "ringing --> called_out: disclaimer" in text
    assert "propose_next_step [interest >= 0]" in text
    assert "watch [patience <= 0]" in text
    labels = {(e.source, e.dest, e.label) for e in edges(sleepy)}
    assert ("suspicious", "suspicious", "else") in labels


def test_dot_is_written_from_the_same_edges(sleepy):
    text = to_dot(sleepy)
    assert text.startswith('digraph "sleepy_skeptic" {')
    assert text.rstrip().endswith("}")
    assert '"booked" [label="booked\\n(success)", fillcolor="#c8e6c9"' in text
    assert '"__start__" -> "ringing";' in text
    for e in edges(sleepy):
        assert f'"{e.source}" -> "{e.dest}"' in text
    assert text.count("{") == text.count("}")


def run(args: list[str], cwd: Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(args, Environment(stdout=out, stderr=err, cwd=cwd, environ={}))
    return code, out.getvalue(), err.getvalue()


def test_the_command_prints_mermaid_or_writes_dot_to_a_file(tmp_path, sleepy):
    code, out, _ = run(["graph", "sleepy_skeptic"], ROOT)
    assert code == 0 and out == to_mermaid(sleepy)
    code, out, _ = run(
        [
            "graph",
            str(ROOT / "scenarios" / "sleepy_skeptic.yaml"),
            "--format",
            "dot",
            "-o",
            "g.dot",
        ],
        tmp_path,
    )
    assert code == 0 and out == ""
    assert (tmp_path / "g.dot").read_text(encoding="utf-8").startswith("digraph")


def test_a_broken_scenario_is_a_one_line_error(tmp_path):
    (tmp_path / "bad.yaml").write_text("title: [\n", encoding="utf-8")
    code, out, err = run(["graph", "bad.yaml"], tmp_path)
    assert code == 2
    assert err.startswith("roleplay: error: bad.yaml:") and err.count("\n") == 1


SHIPPED = sorted((ROOT / "scenarios").glob("*.yaml"))


def _class_defs_and_uses(text: str) -> tuple[set[str], set[str]]:
    defined = set(re.findall(r"^\s*classDef (\S+) ", text, re.MULTILINE))
    used = set(re.findall(r"^\s*[Cc]lass \S+ (\S+)$", text, re.MULTILINE))
    return defined, used


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
@pytest.mark.parametrize("hide_failures", [False, True], ids=["all", "failures hidden"])
def test_every_class_defined_is_used_by_a_state(path, hide_failures):
    # GraphMachine defines a class for each of its own styles (active, previous,
    # parallel...); none of them is ever used, and with the failure endings hidden,
    # s_failure is not either.
    scenario = load_scenario(str(path), ROOT)
    failures = [n for n, s in scenario.states.items() if s.outcome == "failure"]
    text = draw(scenario, "mermaid", failures if hide_failures else [])
    defined, used = _class_defs_and_uses(text)
    assert defined == used
    assert ("s_failure" in defined) == bool(failures and not hide_failures)


FRONT_DESK = ROOT / "tests" / "fixtures" / "trainer_tools" / "front_desk.yaml"

#: front_desk.yaml without its failure ending and the mood rule that leads there.
FRONT_DESK_HIDDEN = """\
---
title: "The front desk"
---
stateDiagram-v2
  %% hidden: states hung_up and their edges; watch edges
  direction LR
  classDef s_default fill:white,color:black
  classDef s_success fill:#c8e6c9,stroke:#2e7d32
  classDef s_start fill:#e3f2fd,stroke:#1565c0,stroke-width:3px
  
  state "greeting" as greeting
  Class greeting s_start
  state "listening" as listening
  Class listening s_default
  state "interested" as interested
  Class interested s_default
  state "booked" as booked
  Class booked s_success
  
  greeting --> listening: introduce
  greeting --> greeting: else
  listening --> interested: ask_about_her
  listening --> listening: propose_meeting | else
  interested --> booked: propose_meeting
  interested --> interested: else
  [*] --> greeting
"""  # noqa: W293 - transitions' GraphMachine writes the blank lines with their indent


def test_hide_leaves_out_a_state_with_its_edges_and_a_kind_of_edge(tmp_path):
    code, out, _ = run(["graph", str(FRONT_DESK), "--hide", "hung_up,watch"], tmp_path)
    assert (code, out) == (0, FRONT_DESK_HIDDEN)


@pytest.mark.parametrize(
    ("hide", "gone", "kept"),
    [
        (["hung_up"], ['"hung_up" [', '-> "hung_up"'], ['-> "rep_left"', '-> "booked"']),
        (["watch"], ["watch ["], ['"ringing" -> "hung_up" [label="false_pretext | feature_pitch | offer_later | put_down"]']),
        (["say_goodbye"], ['-> "rep_left"', "say_goodbye"], ['"rep_left" [label=']),
        (["*_up"], ['"hung_up" [', '"opening_up" ['], ['"booked" [']),
        (["anywhere"], ['"ringing" -> "rep_left"'], ['"suspicious" -> "rep_left" [label="say_goodbye"]']),
        (["else"], ['"ringing" -> "suspicious" [label="give_reason | apologize | else"]'], ['"ringing" -> "suspicious" [label="give_reason | apologize"]']),
        (["rep_left", "hung_up"], ['"rep_left" [', '"hung_up" ['], ['"booked" [']),
    ],
    ids=["a state", "a kind of edge", "an intent", "a glob", "anywhere rules", "else edges", "two states"],
)  # fmt: skip
def test_hide_takes_states_intents_kinds_and_globs(sleepy, hide, gone, kept):
    text = to_dot(sleepy, hidden(sleepy, hide))
    body = text.split("\n", 2)[2]  # below the comment that says what is hidden
    assert [g for g in gone if g in body] == []
    assert [k for k in kept if k not in body] == []


def test_hide_is_comma_separated_and_may_be_given_again(tmp_path):
    one = run(["graph", "sleepy_skeptic", "--hide", "rep_left, hung_up,watch"], ROOT)
    two = run(["graph", "sleepy_skeptic", "--hide", "rep_left", "--hide", "hung_up,watch"], ROOT)
    assert one == two
    assert one[0] == 0 and "rep_left" not in one[1].split("\n", 5)[5]


@pytest.mark.parametrize("name", ["busy_executive", "gatekeeper"])
def test_hiding_what_every_state_hears_leaves_a_readable_graph(name):
    # The biggest shipped scenarios: 15 and 17 states, over 100 edges each, drawn as
    # 80 and 89 arrows (edges between the same two states share one), because every
    # state hears the goodbye, the turn limit and the mood watch.
    scenario = load_scenario(name, ROOT)
    everything = to_mermaid(scenario).count("-->")
    readable = to_mermaid(scenario, hidden(scenario, ["anywhere", "watch", "timeout"]))
    assert len(edges(scenario)) > 100
    assert readable.count("-->") <= everything * 0.65
    assert "watch [" not in readable and "timeout (" not in readable


@pytest.mark.parametrize(
    ("hide", "message"),
    [
        ("goodbye", "--hide 'goodbye' matches no state, intent or kind of edge (anywhere, watch, else, timeout) of 'sleepy_skeptic'; did you mean 'say_goodbye'?"),
        ("nothing_*", "--hide 'nothing_*' matches no state, intent or kind of edge (anywhere, watch, else, timeout) of 'sleepy_skeptic'"),
        ("ringing", "--hide 'ringing': 'ringing' is the start state, which is always drawn"),
    ],
)  # fmt: skip
def test_a_hide_that_matches_nothing_is_a_one_line_error(hide, message):
    code, out, err = run(["graph", "sleepy_skeptic", "--hide", hide], ROOT)
    assert (code, out, err) == (2, "", f"roleplay: error: {message}\n")


def test_a_glob_that_also_matches_the_start_hides_the_rest(sleepy):
    text = to_mermaid(sleepy, hidden(sleepy, ["*"]))
    assert text.count("state ") == 1 and "[*] --> ringing" in text
