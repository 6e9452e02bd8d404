"""``roleplay export``: a sessions table and a mistakes table as CSV, or JSON Lines."""

from __future__ import annotations

import csv
import io
import json

import pytest
from review_fixtures import build_session, run_cli, write_session, write_ten_sessions

from roleplay.commands.export import mistakes_path
from roleplay.review import export
from roleplay.review import sessions as review
from roleplay.scoring.scorecard import Scorecard


def read_csv(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_csv_writes_sessions_and_mistakes_joined_by_session(tmp_path):
    write_ten_sessions(tmp_path / "t")

    result = run_cli(["export", "t", "--csv", "out.csv"], cwd=tmp_path)

    assert result.stdout == "wrote 10 sessions to out.csv and 20 mistakes to out-mistakes.csv\n"
    sessions = read_csv(tmp_path / "out.csv")
    mistakes = read_csv(tmp_path / "out-mistakes.csv")
    assert list(sessions[0]) == list(export.SESSION_COLUMNS)
    assert list(mistakes[0]) == list(export.MISTAKE_COLUMNS)
    assert sessions[0] == {
        "session": "20240513-090000_cold-call_lee_a1b2c3",
        "date": "2024-05-13",
        "started": "2024-05-13T09:00:00+02:00",
        "trainee": "lee",
        "scenario": "cold-call",
        "scenario_title": "Cold call: the sleepy skeptic",
        "difficulty": "normal",
        "outcome": "callback",
        "finished": "yes",
        "score": "70",
        "turns": "6",
        "mistake_count": "1",
        "mistake_codes": "no-next-step",
    }
    per_session = {s["session"]: int(s["mistake_count"]) for s in sessions}
    for session, count in per_session.items():
        assert sum(m["session"] == session for m in mistakes) == count
    assert mistakes[-1]["code"] == "no-next-step" and mistakes[-1]["turn"] == "6"


def test_csv_keeps_quotes_commas_and_newlines_in_their_cells(tmp_path):
    write_ten_sessions(tmp_path / "t")

    run_cli(
        ["export", "t", "--trainee", "lee", "--scenario", "gatekeeper", "--csv", "g.csv"],
        cwd=tmp_path,
    )

    evidence = [
        m["evidence"]
        for m in read_csv(tmp_path / "g-mistakes.csv")
        if m["code"] == "ignored-question"
    ]
    assert evidence == ['It\'s about your <billing> & "scheduling" software.']


@pytest.mark.parametrize(
    ("value", "cell"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+1 555 0142", "'+1 555 0142"),
        ("-", "'-"),
        ("@sum", "'@sum"),
        ("dana", "dana"),
        (42, 42),
    ],
)
def test_cells_a_spreadsheet_would_run_as_formulas_are_defused(value, cell):
    out = io.StringIO()
    export.write_csv([{"a": value}], ["a"], out)

    assert next(csv.DictReader(io.StringIO(out.getvalue())))["a"] == str(cell)


def test_csv_to_stdout_is_one_table(tmp_path):
    write_ten_sessions(tmp_path / "t")

    sessions = run_cli(["export", "t", "--csv", "-"], cwd=tmp_path)
    mistakes = run_cli(["export", "t", "--csv", "-", "--rows", "mistakes"], cwd=tmp_path)
    both = run_cli(["export", "t", "--csv", "-", "--rows", "both"], cwd=tmp_path)

    assert len(list(csv.DictReader(io.StringIO(sessions.stdout)))) == 10
    assert len(list(csv.DictReader(io.StringIO(mistakes.stdout)))) == 20
    assert both.status == 2 and "--csv - writes one table" in both.stderr


def test_rows_picks_one_table_for_a_file_too(tmp_path):
    write_ten_sessions(tmp_path / "t")

    result = run_cli(["export", "t", "--csv", "m.csv", "--rows", "mistakes"], cwd=tmp_path)

    assert result.stdout == "wrote 20 mistakes to m.csv\n"
    assert not (tmp_path / "m-mistakes.csv").exists()


@pytest.mark.parametrize(
    ("given", "mistakes"),
    [
        ("sessions.csv", "sessions-mistakes.csv"),
        ("out/report.CSV", "out/report-mistakes.CSV"),
        ("data", "data-mistakes.csv"),
    ],
)
def test_where_the_mistakes_table_goes(given, mistakes):
    assert mistakes_path(given) == mistakes


def test_jsonl_is_one_session_a_line_with_its_mistakes_nested(tmp_path, monkeypatch):
    monkeypatch.setattr(review, "score_turns", lambda turns, final=True: Scorecard(10))
    write_ten_sessions(tmp_path / "t")
    write_session(
        tmp_path / "t",
        "open.jsonl",
        build_session("sam", "voicemail", "2024-04-01T10:00:00Z", 0, finished=False),
    )

    result = run_cli(["export", "t", "--jsonl", "-", "--trainee", "dana"], cwd=tmp_path)

    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == 5
    assert list(records[0])[:4] == ["session", "file", "kind", "started"]
    assert records[0]["session"] == "20240510-110000_gatekeeper_dana_a1b2c3"
    assert records[0]["file"] == "t/20240510-110000_gatekeeper_dana_a1b2c3.jsonl"
    assert [m["code"] for m in records[-1]["mistakes"]] == [
        "no-introduction", "apology", "feature-dump", "unprompted-pricing", "no-next-step",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--jsonl", "-", "--rows", "sessions"], "--rows applies to --csv only"),
        (["--xapi", "-", "--rows", "mistakes"], "--rows applies to --csv only"),
        (["--jsonl", "-", "--excel"], "--excel applies to --csv only"),
        (["--xapi", "-", "--excel"], "--excel applies to --csv only"),
    ],
)
def test_csv_options_with_another_format_are_a_usage_error(tmp_path, args, message):
    result = run_cli(["export", ".", *args], cwd=tmp_path)

    assert (result.status, result.stderr) == (2, f"roleplay: error: {message}\n")


# --- the session key ---------------------------------------------------------------------


def test_the_session_key_is_the_same_from_any_working_directory(tmp_path):
    write_ten_sessions(tmp_path / "team" / "t")

    run_cli(["export", "team/t", "--csv", "a.csv"], cwd=tmp_path)
    run_cli(["export", ".", "--csv", "../../b.csv"], cwd=tmp_path / "team" / "t")
    run_cli(
        ["export", str(tmp_path / "team" / "t"), "--csv", str(tmp_path / "c.csv")],
        cwd=tmp_path / "team",
    )

    for table in ("{}.csv", "{}-mistakes.csv"):
        a, b, c = ((tmp_path / table.format(n)).read_bytes() for n in "abc")
        assert a == b == c
    keys = [row["session"] for row in read_csv(tmp_path / "a.csv")]
    assert keys[0] == "20240513-090000_cold-call_lee_a1b2c3"
    assert len(set(keys)) == 10


def test_a_copy_of_a_session_is_exported_once(tmp_path):
    [first, *_] = write_ten_sessions(tmp_path / "t")
    (tmp_path / "t" / "backup").mkdir()
    (tmp_path / "t" / "backup" / first.name).write_bytes(first.read_bytes())

    result = run_cli(["export", "t", "--csv", "-"], cwd=tmp_path)

    assert result.status == 0
    assert len(list(csv.DictReader(io.StringIO(result.stdout)))) == 10
    assert result.stderr == (
        f"roleplay: warning: t/{first.name}: a copy of t/backup/{first.name}; exported once\n"
    )


def test_two_real_calls_with_one_name_are_an_error(tmp_path):
    for folder, text in (("dana", "Rep: Hi, it's Dana.\n"), ("lee", "Rep: Hello, Lee here.\n")):
        (tmp_path / "t" / folder).mkdir(parents=True)
        (tmp_path / "t" / folder / "call.txt").write_text(f"Prospect: Hello?\n{text}")

    result = run_cli(["export", "t", "--csv", "-"], cwd=tmp_path)

    assert (result.status, result.stdout) == (2, "")
    assert result.stderr.endswith(
        "are both session 'call'; rename one, or export their folders one at a time\n"
    )


# --- Excel ---------------------------------------------------------------------------------


def test_excel_gets_a_byte_order_mark_so_accents_survive(tmp_path):
    (tmp_path / "t").mkdir()
    renee = build_session("Renée Zoë", "cold-call", "2024-05-01T09:00:00+02:00", 60)
    write_session(tmp_path / "t", "20240501-090000_cold-call_renee_0a0b0c.jsonl", renee)

    run_cli(["export", "t", "--csv", "plain.csv"], cwd=tmp_path)
    run_cli(["export", "t", "--csv", "excel.csv", "--excel"], cwd=tmp_path)
    stdout = run_cli(["export", "t", "--csv", "-", "--excel"], cwd=tmp_path).stdout

    for table in ("excel.csv", "excel-mistakes.csv"):
        assert (tmp_path / table).read_bytes().startswith(b"\xef\xbb\xbfsession,")
    assert (tmp_path / "plain.csv").read_bytes().startswith(b"session,")
    assert stdout.startswith("\ufeffsession,")
    # Read as Excel reads a file with the mark: UTF-8, the mark dropped.
    with open(tmp_path / "excel.csv", encoding="utf-8-sig", newline="") as f:
        assert next(csv.DictReader(f))["trainee"] == "Renée Zoë"


def test_csv_or_jsonl_is_required(tmp_path):
    with pytest.raises(SystemExit) as exit_info:
        run_cli(["export", "."], cwd=tmp_path)

    assert exit_info.value.code == 2


def test_an_unwritable_target_is_an_error(tmp_path):
    write_ten_sessions(tmp_path / "t")

    result = run_cli(["export", "t", "--csv", "no/such/dir/out.csv"], cwd=tmp_path)

    assert result.status == 2
    assert (
        result.stderr
        == "roleplay: error: no/such/dir/out.csv: cannot write: No such file or directory\n"
    )
