"""``roleplay graph``: the state machine as mermaid (via GraphMachine) or dot."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from roleplay.authoring.graph import edges, to_dot, to_mermaid
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
