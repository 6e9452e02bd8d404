"""``roleplay score``: files, folders, stdin, JSON Lines, and bad input as one-line errors."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from roleplay.cli import main
from roleplay.environment import Environment
from roleplay.scoring.scorecard import ScoringConfig
from roleplay.transcript import Transcript, Turn, dumps_record

GOOD = """\
Prospect: Harbor Dental, this is Rita.
Rep: Hi Rita, this is Omar Said with Crestview Supply. I'm calling because offices near you keep running out of gloves. Who orders supplies there?
Prospect: I do.
Rep: Could I drop off samples Tuesday at 10?
Prospect: Sure.
Rep: Great, see you then.
"""
APOLOGY = (
    "Prospect: Hello?\nRep: Sorry to bother you, it's Ben Hart. I'm calling about your fleet.\n"
)


def run(argv: list[str], cwd: Path, stdin: str = "") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    env = Environment(stdin=io.StringIO(stdin), stdout=out, stderr=err, environ={}, cwd=cwd)
    return main(["score", *argv], env=env), out.getvalue(), err.getvalue()


@pytest.fixture
def calls(tmp_path: Path) -> Path:
    folder = tmp_path / "calls"
    (folder / "team").mkdir(parents=True)
    (folder / "good.txt").write_text(GOOD)
    (folder / "team" / "apology.txt").write_text(APOLOGY)
    (folder / "notes.md").write_text("not a transcript, and not scored")
    return folder


def test_human_output_shows_score_turn_evidence_and_tip(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(APOLOGY)
    code, out, err = run(["a.txt"], tmp_path)
    assert (code, err) == (0, "")
    assert out.startswith("a.txt: 80/100 (live call, 1 mistake)")
    assert "x turn 2: apology" in out
    assert 'said: "Sorry to bother you"' in out
    assert "tip: Don't apologize" in out
    assert "+ turn 2: introduced-self" in out


def test_folder_is_expanded_sorted_and_scored_in_one_process(calls: Path) -> None:
    code, out, err = run(["calls", "--json"], calls.parent)
    assert (code, err) == (0, "")
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["file"] for r in rows] == ["calls/good.txt", "calls/team/apology.txt"]
    assert rows[0]["score"] == 100 and rows[0]["mistakes"] == []
    mistake = rows[1]["mistakes"][0]
    assert {k: mistake[k] for k in ("code", "turn", "evidence")} == {
        "code": "apology",
        "turn": 2,
        "evidence": "Sorry to bother you",
    }
    assert {"message", "tip", "weight"} <= set(mistake)
    assert rows[1]["voicemail"] is False and rows[1]["credits"]


def test_stdin(tmp_path: Path) -> None:
    code, out, _ = run(["-", "--json"], tmp_path, stdin=GOOD)
    assert code == 0 and json.loads(out)["file"] == "<stdin>"


def test_saved_session_is_rescored_from_its_turns(tmp_path: Path) -> None:
    session = Transcript(
        turns=(Turn("prospect", "Who's calling?"), Turn("rep", "We're a payroll company.")),
        kind="session",
        scenario="demo",
        started="2025-01-01T10:00:00",
    )
    (tmp_path / "s.jsonl").write_text("".join(dumps_record(r) for r in session.records()))
    code, out, _ = run(["s.jsonl", "--json"], tmp_path)
    assert code == 0
    assert "ignored-question" in [m["code"] for m in json.loads(out)["mistakes"]]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"Rep: hi\n\x00\x00\x01binary", "bad.txt:2: binary data, not a transcript"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "bad.txt:1: not UTF-8 text"),
        (b"", "bad.txt:1: no turns found"),
        (b"Hello there\nRep: hi\n", "bad.txt:1:1: expected a line starting 'Rep:' or 'Prospect:'"),
        (b"Rep: caf\xe9\n", "bad.txt:1: not UTF-8 text"),
        # (after a byte-order mark, the line still counted from the file's start)
        (b"\xef\xbb\xbfProspect: hi\n\xe9\n", "bad.txt:2: not UTF-8 text"),
        (b'{"type": "header"\n', "bad.txt:1:18: invalid JSON"),
    ],
)
def test_bad_input_is_one_line_error_exit_2_and_the_rest_is_still_scored(
    tmp_path: Path, content: bytes, message: str
) -> None:
    (tmp_path / "bad.txt").write_bytes(content)
    (tmp_path / "ok.txt").write_text(GOOD)
    code, out, err = run(["bad.txt", "ok.txt"], tmp_path)
    assert code == 2
    assert err.startswith(f"roleplay: error: {message}") and err.count("\n") == 1
    assert out.startswith("ok.txt: 100/100")


def test_missing_file_and_empty_folder(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    code, _, err = run(["nope.txt", "empty"], tmp_path)
    assert code == 2
    assert err.splitlines() == [
        "roleplay: error: nope.txt: no such file or directory",
        "roleplay: error: empty: no transcripts (.txt, .jsonl, .vtt or .srt files) in this folder",
    ]


def test_one_megabyte_paste_is_scored(tmp_path: Path) -> None:
    (tmp_path / "big.txt").write_text(
        "Rep: " + "we help teams grow and we are fast, " * 28_000 + "\n"
    )
    code, out, _ = run(["big.txt", "--json"], tmp_path)
    assert code == 0 and "monologue" in [m["code"] for m in json.loads(out)["mistakes"]]


def test_unknown_scenario_is_a_one_line_error(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(GOOD)
    code, _, err = run(["a.txt", "--scenario", "no-such-scenario"], tmp_path)
    assert code == 2 and err.startswith("roleplay: error:") and err.count("\n") == 1


def test_scenario_scoring_settings_apply(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import roleplay.library

    class Loaded:
        scoring = ScoringConfig(disabled=frozenset({"apology"}))

    # The loader itself is tested with the scenario model; here only the wiring matters.
    monkeypatch.setattr(roleplay.library, "load_scenario", lambda name, cwd=None: Loaded())
    (tmp_path / "a.txt").write_text(APOLOGY)
    code, out, _ = run(["a.txt", "--json", "--scenario", "strict"], tmp_path)
    assert code == 0 and json.loads(out)["mistakes"] == []


def test_help_documents_output_and_exit_status(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["score", "--help"])
    text = capsys.readouterr().out
    assert "--json" in text and "exit status" in text and "--scenario" in text


def test_subprocess_end_to_end(calls: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "roleplay", "score", "--json", str(calls / "good.txt")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["score"] == 100


def test_score_does_not_import_the_interactive_stack() -> None:
    code = "import sys; from roleplay.cli import main; import roleplay.commands.score; print(sorted(m for m in sys.modules if m.split('.')[0] in {'prompt_toolkit', 'transitions', 'yaml'}))"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


@pytest.mark.parametrize(
    "scenario, script",
    [
        # The executive's own scoring counts a 60-word turn as a monologue.
        ("busy_executive", "Hi Renata, this is Sam Ortiz with Frostline. " + "word " * 62),
        ("sleepy_skeptic", "Hi Dale, I'm not trying to sell you anything.\nThanks, bye."),
    ],
)
def test_a_saved_session_scores_what_the_trainee_saw(
    tmp_path: Path, scenario: str, script: str
) -> None:
    (tmp_path / "script.txt").write_text(script + "\n", encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    env = Environment(stdin=io.StringIO(), stdout=out, stderr=err, environ={}, cwd=tmp_path)
    argv = ["run", scenario, "--script", "script.txt", "--json", "--seed", "1"]
    assert main(argv, env=env) == 0
    seen = json.loads(out.getvalue())["scorecard"]
    (session,) = (tmp_path / "transcripts").glob("*.jsonl")
    code, scored, _ = run([str(session), "--json"], tmp_path)
    rescored = json.loads(scored)
    assert code == 0
    assert rescored["score"] == seen["score"]
    assert [m["code"] for m in rescored["mistakes"]] == [m["code"] for m in seen["mistakes"]]


def test_the_collector_is_paused_while_the_command_loads_and_runs_after(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The process's own command line loads its command with the cyclic collector paused,
    freezes what it loaded, and leaves the collector running; a second run, a caller who
    paused the collector, or a caller passing its own arguments, is left alone."""
    import gc

    from roleplay import cli

    monkeypatch.setattr(cli, "_started", False)
    frozen: list[bool] = []
    monkeypatch.setattr(cli.gc, "freeze", lambda: frozen.append(True))
    loading: list[bool] = []
    real_load = cli.load_command

    def load(name: str):  # type: ignore[no-untyped-def]
        loading.append(gc.isenabled())
        return real_load(name)

    monkeypatch.setattr(cli, "load_command", load)
    (tmp_path / "one.txt").write_text(GOOD)
    monkeypatch.setattr(sys, "argv", ["roleplay", "score", "one.txt"])

    def own() -> int:
        env = Environment(stdout=io.StringIO(), stderr=io.StringIO(), environ={}, cwd=tmp_path)
        return main(env=env)

    assert own() == 0
    assert loading and not any(loading) and frozen == [True] and gc.isenabled()
    loading.clear()
    assert own() == 0  # the second run in the process
    assert loading and all(loading) and frozen == [True]
    monkeypatch.setattr(cli, "_started", False)
    loading.clear()
    assert run(["one.txt"], tmp_path)[0] == 0  # its own arguments: as it was
    assert loading and all(loading) and frozen == [True]
    gc.disable()
    try:
        assert own() == 0
        assert frozen == [True] and not gc.isenabled()
    finally:
        gc.enable()
