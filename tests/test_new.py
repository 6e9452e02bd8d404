"""``roleplay new``: a small, valid, commented scenario to start from."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from roleplay.authoring.lint import lint
from roleplay.authoring.scenario_tests import run_tests
from roleplay.authoring.schema import FILE_NAME, schema_json
from roleplay.cli import main
from roleplay.environment import Environment
from roleplay.library import check_file


def run(args: list[str], cwd: Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(args, Environment(stdout=out, stderr=err, cwd=cwd, environ={}))
    return code, out.getvalue(), err.getvalue()


def test_it_writes_a_valid_scenario_with_passing_tests(tmp_path):
    code, out, _ = run(["new", "dental_office"], tmp_path)
    assert code == 0
    path = tmp_path / "scenarios" / "dental_office.yaml"
    assert out.startswith("wrote scenarios/dental_office.yaml\n")
    text = path.read_text(encoding="utf-8")
    assert text.startswith(f"# yaml-language-server: $schema={FILE_NAME}\n")
    assert text.count("\n#") >= 8  # commented
    scenario, diags = check_file(path, tmp_path)
    assert scenario is not None
    assert [str(d) for d in diags + lint(scenario)] == []
    results = run_tests(scenario)
    assert len(results) >= 2 and all(r.passed for r in results), [r.failures for r in results]
    assert (tmp_path / "scenarios" / FILE_NAME).read_text(encoding="utf-8") == schema_json()
    assert run(["validate", "--strict", "scenarios/dental_office.yaml"], tmp_path)[0] == 0


def test_it_refuses_to_overwrite_without_force(tmp_path):
    assert run(["new", "x", "--dir", "mine"], tmp_path)[0] == 0
    (tmp_path / "mine" / "x.yaml").write_text("edited", encoding="utf-8")
    code, _, err = run(["new", "x", "--dir", "mine"], tmp_path)
    assert code == 2
    assert err == "roleplay: error: mine/x.yaml already exists; use --force to overwrite it\n"
    assert (tmp_path / "mine" / "x.yaml").read_text(encoding="utf-8") == "edited"
    assert run(["new", "x", "--dir", "mine", "--force"], tmp_path)[0] == 0
    assert (tmp_path / "mine" / "x.yaml").read_text(encoding="utf-8") != "edited"


@pytest.mark.parametrize(("name", "hint"), [("Dental Office", "try 'dental_office'"), ("../x", "")])
def test_a_bad_name_is_refused(tmp_path, name, hint):
    code, _, err = run(["new", name], tmp_path)
    assert code == 2
    assert err.startswith("roleplay: error: scenario name") and hint in err
    assert not (tmp_path / "scenarios").exists()
