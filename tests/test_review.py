"""``roleplay review``: summaries of saved sessions, filters, totals, and bad files skipped."""

from __future__ import annotations

import json
import re
from datetime import date, datetime
from pathlib import Path

import pytest
from review_fixtures import (
    TEN_SESSIONS,
    build_session,
    run_cli,
    session_text,
    sessions_table,
    write_corrupt,
    write_session,
    write_ten_sessions,
)

from roleplay import storage
from roleplay.commands import review as review_command
from roleplay.review import sessions as review
from roleplay.review.trend import trend
from roleplay.scoring.scorecard import Mistake, Scorecard
from roleplay.transcript import FORMAT_VERSION

FIXTURES_V1 = Path(__file__).parent / "fixtures" / "transcripts_v1"


@pytest.fixture
def fake_scorer(monkeypatch):
    """Stand in for roleplay.scoring.rules: records each call, returns score 50 with one mistake."""
    calls = []

    def score_turns(turns, final=True):
        calls.append((len(turns), final))
        return Scorecard(score=50, mistakes=(Mistake("apology", 1, "", "Apologised."),))

    monkeypatch.setattr(review, "score_turns", score_turns)
    return calls


# --- the "done when" --------------------------------------------------------------


def test_ten_sessions_and_a_corrupt_file_give_a_table_and_name_the_bad_file(tmp_path):
    folder = tmp_path / "transcripts"
    write_ten_sessions(folder)
    write_corrupt(folder)

    result = run_cli(["review"], cwd=tmp_path)

    assert result.status == 0
    assert result.stderr == (
        "roleplay: warning: transcripts/20240511-120000_cold-call_dana_dead00.jsonl:2:37: "
        "invalid JSON: Unterminated string starting at; skipped\n"
    )
    coaching, table, totals, by_trainee = result.stdout.split("\n\n")
    assert coaching.splitlines()[:3] == [
        "Needs coaching",
        "  lee: average 54 over the last 5 calls (pass mark 70); most often misleading-claim "
        "(Misleading claim) in 2 of the last 5 calls",
        "  dana: average 65 over the last 5 calls (pass mark 70); most often unprompted-pricing "
        "(Unprompted pricing) in 2 of the last 5 calls",
    ]
    assert by_trainee.splitlines()[2:4] == [
        "dana: 5 sessions, recent average 65, most frequent mistake unprompted-pricing (2 of 5)",
        "  cold-call          2   59    78    78  FAIL (70)  unprompted-pricing (2 of 2)",
    ]
    lines = (table + "\n\n" + totals).splitlines()
    assert lines[0].split() == [
        "date", "trainee", "scenario", "difficulty", "outcome", "score", "top", "mistakes",
    ]  # fmt: skip
    rows = lines[1:11]
    assert [r.split()[0] for r in rows] == sorted((r.split()[0] for r in rows), reverse=True)
    assert rows[0].split()[:7] == [
        "2024-05-13",
        "09:00",
        "lee",
        "cold-call",
        "normal",
        "callback",
        "70",
    ]
    assert rows[-1].endswith("no-introduction, apology, feature-dump +2")
    assert lines[11] == ""
    assert lines[12] == "10 sessions · average score 59"
    assert "misleading-claim      3 ( 30%)  ↓ less often" in result.stdout


# --- summarising one file ----------------------------------------------------------------


def test_a_finished_session_is_summarised_from_its_header_and_end_record():
    t = build_session(
        "dana", "cold-call", "2024-05-01T09:00:00+02:00", 40, ("apology",), "hung-up", "easy"
    )

    s = review.summarise(session_text(t), "a.jsonl")

    assert (s.file, s.kind, s.trainee, s.scenario, s.difficulty) == (
        "a.jsonl",
        "session",
        "dana",
        "cold-call",
        "easy",
    )
    assert (s.scenario_title, s.outcome, s.status, s.finished) == (
        "Cold call: the sleepy skeptic",
        "hung-up",
        "hung-up",
        True,
    )
    assert (s.score, s.codes, s.turns, s.version) == (40, ["apology"], 6, FORMAT_VERSION)
    assert s.date == date(2024, 5, 1)


def test_an_unfinished_session_is_scored_now_as_not_final(fake_scorer):
    t = build_session("dana", "cold-call", "2024-05-01T09:00:00+02:00", 0, finished=False)

    s = review.summarise(session_text(t), "a.jsonl")

    assert fake_scorer == [(6, False)]
    assert (s.finished, s.status, s.outcome, s.score, s.codes) == (
        False,
        "unfinished",
        None,
        50,
        ["apology"],
    )


def test_a_plain_text_call_is_scored_and_dated_by_its_file_time(fake_scorer):
    modified = datetime(2024, 4, 2, 8, 30)

    s = review.summarise("Prospect: Hello?\nRep: Hi, this is Dana.\n", "call.txt", modified)

    assert fake_scorer == [(2, True)]
    assert (s.kind, s.trainee, s.scenario, s.started, s.score) == (
        "text",
        None,
        None,
        "2024-04-02T08:30:00",
        50,
    )


def test_a_session_whose_last_write_was_torn_is_kept_as_unfinished(tmp_path, fake_scorer):
    t = build_session("dana", "cold-call", "2024-05-01T09:00:00+02:00", 40)
    text = session_text(t)
    write_session(tmp_path, "torn.jsonl", t)
    (tmp_path / "torn.jsonl").write_text(
        text[: text.rindex('{"type":"end"') + 20], encoding="utf-8"
    )

    result = review.load_summaries(tmp_path, "dir")

    [s] = result.summaries
    assert (s.finished, s.truncated, s.turns) == (False, True, 6)
    assert [str(w) for w in result.warnings] == [
        "dir/torn.jsonl: the last line is cut short (truncated write); listed as unfinished"
    ]


HEADER = '{"type":"header","format":"roleplay-transcript","version":%s,"trainee":"dana"}\n'
END = '{"type":"end","ended":"x","outcome":"won","scorecard":{"score":90}}\n'


@pytest.mark.parametrize(
    ("content", "warning"),
    [
        (b"", "no turns found (no line starts 'Rep:' or 'Prospect:'); skipped"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not UTF-8 text; skipped"),
        (b"Rep: hi\x00\x00", "binary data, not a transcript; skipped"),
        (
            b"Dear diary,\nRep: hi\n",
            ":1:1: expected a line starting 'Rep:' or 'Prospect:'; "
            "this does not look like a transcript; skipped",
        ),
        (
            (HEADER % 99 + END).encode(),
            ":1: format version 99 is newer than this roleplay reads (1); upgrade roleplay; "
            "skipped",
        ),
        ((HEADER % '"1"' + END).encode(), ":1: header has no valid 'version'; skipped"),
        (
            b'{"type":"header","format":"other-tool","version":1}\n',
            ":1: not a roleplay-transcript file; skipped",
        ),
        (
            b'{"type":"turn","speaker":"rep","text":"hi"}\n',
            ":1: a saved session must start with a header record; skipped",
        ),
        (
            (HEADER % 1 + '{"type":"chapter"}\n' + END).encode(),
            ":2: unknown record type 'chapter'; skipped",
        ),
        (
            (HEADER % 1 + '{"type":"turn","speaker":"boss","text":"x"}\n').encode(),
            ":2: a turn needs 'speaker' (rep or prospect) and 'text'; skipped",
        ),
        (
            (HEADER % 1 + "[1, 2]\n" + END).encode(),
            ":2:1: expected a JSON object with a 'type'; skipped",
        ),
        (
            (HEADER % 1 + '{"type":"end","scorecard":{"mistakes":[]}}\n').encode(),
            "malformed scorecard: no 'score'; skipped",
        ),
    ],
    ids=[
        "empty",
        "png",
        "nul-bytes",
        "prose",
        "future-version",
        "string-version",
        "other-format",
        "no-header",
        "unknown-record",
        "bad-speaker",
        "not-an-object",
        "scorecard-without-score",
    ],
)
def test_a_bad_file_is_named_and_skipped_and_the_rest_still_load(tmp_path, content, warning):
    write_ten_sessions(tmp_path)
    (tmp_path / "bad.jsonl").write_bytes(content)

    result = review.load_summaries(tmp_path, "dir")

    assert len(result.summaries) == 10
    [problem] = result.warnings
    assert str(problem).startswith("dir/bad.jsonl")
    assert str(problem).endswith(warning)


#: One malformed session each, as an audit found them: each used to stop every command
#: with exit status 70 for the whole folder.
MALFORMED = {
    "a 5000-digit number": HEADER % ("9" * 5000) + END,
    "deep nesting": HEADER % 1 + '{"type":"turn","x":' + "[" * 100000 + "]" * 100000 + "}\n",
    "1e400 as the score": HEADER % 1 + END.replace("90", "1e400"),
    "Infinity as the score": HEADER % 1 + END.replace("90", "Infinity"),
    "NaN as the score": HEADER % 1 + END.replace("90", "NaN"),
    "a list as the score": HEADER % 1 + END.replace("90", "[90]"),
    "a list as the trainee": HEADER.replace('"dana"', '["dana"]') % 1 + END,
    "an object as a turn's text": HEADER % 1 + '{"type":"turn","speaker":"rep","text":{}}\n',
}
#: command -> (arguments, exit status, what names the bad file on stderr)
COMMANDS = {
    "review": (["review", "t"], 0, "roleplay: warning: t/bad.jsonl:"),
    "report": (["report", "t", "--html", "r.html"], 0, "roleplay: warning: t/bad.jsonl:"),
    "export": (["export", "t", "--jsonl", "x.jsonl"], 0, "roleplay: warning: t/bad.jsonl:"),
    "score": (["score", "t", "--json"], 2, "roleplay: error: t/bad.jsonl:"),
}


@pytest.mark.parametrize("content", MALFORMED.values(), ids=MALFORMED)
@pytest.mark.parametrize("command", COMMANDS)
def test_one_malformed_file_is_named_and_skipped_and_every_other_file_processed(
    tmp_path, command, content
):
    write_ten_sessions(tmp_path / "t")
    (tmp_path / "t" / "bad.jsonl").write_text(content, encoding="utf-8")
    args, status, named = COMMANDS[command]

    result = run_cli(args, cwd=tmp_path)

    assert result.status == status
    [line] = result.stderr.splitlines()
    assert re.match(re.escape(named) + r"\d+(:\d+)?: ", line), line  # the file and line
    if command == "score":
        assert len(result.stdout.splitlines()) == 10


def test_a_huge_file_is_refused_without_being_read(tmp_path, monkeypatch):
    monkeypatch.setattr(storage, "MAX_TRANSCRIPT_BYTES", 1000)
    (tmp_path / "huge.txt").write_text("Rep: " + "blah " * 1000, encoding="utf-8")

    result = review.load_summaries(tmp_path, "dir")

    assert result.summaries == ()
    assert [str(w) for w in result.warnings] == [
        "dir/huge.txt: file is 5005 bytes, larger than the 1000 byte limit; skipped"
    ]


def test_version_1_fixture_still_loads():
    """Format compatibility, forever: a hand-written version-1 session loads with today's code."""
    path = FIXTURES_V1 / "20240301-091500_cold-call_dana_0a1b2c.jsonl"

    t = storage.load_transcript(path)
    [s] = review.load_summaries(FIXTURES_V1, "v1").summaries

    assert (t.version, t.trainee, t.scenario, t.outcome, len(t.turns)) == (
        1,
        "dana",
        "cold-call",
        "hung-up",
        6,
    )
    assert t.turns[1].mistakes == ("no-introduction", "apology")
    assert t.scorecard is not None and t.scorecard.credits[0].code == "asked-discovery"
    assert t.meta == {"roleplay_version": "0.1.0"}
    assert (s.score, s.codes, s.finished, s.started) == (
        58, ["no-introduction", "apology", "no-next-step"], True, "2024-03-01T09:15:00+01:00",
    )  # fmt: skip


# --- selecting and counting --------------------------------------------------------------


@pytest.fixture
def ten(tmp_path):
    write_ten_sessions(tmp_path)
    return review.load_summaries(tmp_path, "dir").summaries


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({}, 10),
        ({"trainee": "dana"}, 5),
        ({"trainee": "DANA"}, 5),
        ({"trainee": "nobody"}, 0),
        ({"scenario": "gatekeeper"}, 4),
        ({"scenario": "getting past the gatekeeper"}, 4),
        ({"since": date(2024, 5, 8)}, 4),
        ({"trainee": "lee", "scenario": "cold-call", "since": date(2024, 5, 8)}, 1),
    ],
)
def test_filters(ten, filters, expected):
    assert len(review.filter_summaries(ten, **filters)) == expected


def test_sessions_come_newest_first_even_across_time_zones():
    a = review.SessionSummary("a", started="2024-05-01T10:00:00+02:00")  # 08:00 UTC
    b = review.SessionSummary("b", started="2024-05-01T09:00:00+00:00")  # 09:00 UTC
    c = review.SessionSummary("c", started="2024-05-01T08:30:00Z")
    undated = review.SessionSummary("d")

    assert [s.file for s in review.newest_first([a, undated, c, b])] == ["b", "c", "a", "d"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-05-01", date(2024, 5, 1)),
        ("1d", date(2024, 5, 14)),
        ("7d", date(2024, 5, 8)),
        ("2w", date(2024, 5, 1)),
        (" 3D ", date(2024, 5, 12)),
    ],
)
def test_since_accepts_a_date_or_a_number_of_days_or_weeks(text, expected):
    assert review.parse_since(text, today=date(2024, 5, 14)) == expected


@pytest.mark.parametrize("text", ["yesterday", "0d", "2024-13-01", "7 days", ""])
def test_since_rejects_anything_else(text):
    with pytest.raises(review.UsageError, match="--since"):
        review.parse_since(text, today=date(2024, 5, 14))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("739020d", date(1, 1, 1)),  # back to the first day there is: still a date
        ("739021d", "reaches back before year 1"),
        ("999999999d", "reaches back before year 1"),
        ("9999999999999999999999d", "reaches back before year 1"),
        ("99999999w", "reaches back before year 1"),
        ("0000000001d", date(2024, 5, 14)),
    ],
)
def test_since_that_reaches_back_before_the_calendar_is_a_clear_error(text, expected):
    if isinstance(expected, date):
        assert review.parse_since(text, today=date(2024, 5, 14)) == expected
    else:
        with pytest.raises(review.UsageError, match=expected):
            review.parse_since(text, today=date(2024, 5, 14))


def test_totals_count_average_and_rank_the_mistakes_with_their_trend(ten):
    t = review.totals(ten)

    assert (t.sessions, t.unfinished, t.average_score) == (10, 0, 59.4)
    table = [(c.code, c.sessions, c.occurrences, c.trend) for c in t.mistakes]
    assert table == [
        ("misleading-claim", 3, 3, "down"),  # 2 of the older 5 sessions, 1 of the newer 5
        ("no-next-step", 3, 3, "up"),
        ("unprompted-pricing", 3, 3, "up"),
        ("apology", 2, 2, "flat"),
        ("feature-dump", 2, 2, "flat"),
        ("ignored-question", 2, 2, "down"),
        ("no-introduction", 2, 2, "down"),
        ("voicemail-no-number", 2, 2, "down"),
        ("no-reason-for-call", 1, 1, "down"),
    ]


def test_too_few_sessions_have_no_trend(ten):
    three = review.filter_summaries(ten, trainee="dana", since=date(2024, 5, 6))

    assert {c.trend for c in review.totals(three).mistakes} == {None}


def test_unfinished_sessions_are_counted_but_not_averaged():
    done = review.SessionSummary("a", score=80)
    open_ = review.SessionSummary("b", score=20, finished=False)

    t = review.totals([done, open_])

    assert (t.sessions, t.unfinished, t.average_score) == (2, 1, 80)


def test_the_trend_has_each_trainees_scores_oldest_first(ten):
    points = trend(ten).points

    assert trend(ten).trainees == ("dana", "lee")
    assert [p.score for p in points if p.trainee == "dana"] == [40, 55, 62, 78, 90]
    assert [p.score for p in points if p.trainee == "lee"] == [35, 50, 48, 66, 70]


def test_outcome_per_scenario(ten):
    stats = {
        s.scenario: (s.sessions, s.outcomes, s.average_score) for s in review.scenario_stats(ten)
    }

    assert stats == {
        "cold-call": (4, (("callback", 2), ("hung-up", 2)), 59.0),
        "gatekeeper": (4, (("blocked", 2), ("transferred", 2)), 61.5),
        "voicemail": (2, (("voicemail-left", 2),), 56.0),
    }


def test_the_fixture_really_has_two_trainees_and_three_scenarios():
    assert {row[0] for row in TEN_SESSIONS} == {"dana", "lee"}
    assert {row[1] for row in TEN_SESSIONS} == {"cold-call", "gatekeeper", "voicemail"}


# --- the command -------------------------------------------------------------------------


@pytest.mark.parametrize("made", [True, False], ids=["empty folder", "no folder yet"])
def test_before_the_first_practice_call_review_says_so_and_succeeds(tmp_path, made):
    if made:
        (tmp_path / "transcripts").mkdir()

    result = run_cli(["review"], cwd=tmp_path)

    assert (result.status, result.stdout, result.stderr) == (
        0,
        "no sessions found in transcripts"
        " (practise a call with 'roleplay practice', and it is saved there)\n",
        "",
    )


def test_filters_that_match_nothing_say_what_was_there(tmp_path):
    write_ten_sessions(tmp_path / "t")

    result = run_cli(["review", "t", "--trainee", "sam", "--since", "2024-05-01"], cwd=tmp_path)

    assert result.stdout == "no sessions match trainee sam, since 2024-05-01 (10 in t)\n"


def test_a_missing_folder_is_an_error(tmp_path):
    result = run_cli(["review", "nowhere"], cwd=tmp_path)

    assert (result.status, result.stderr) == (
        2,
        f"roleplay: error: {tmp_path / 'nowhere'}: no such file or directory\n",
    )


@pytest.mark.parametrize(
    ("since", "message"),
    [
        ("last tuesday", "expected a date YYYY-MM-DD, or Nd / Nw such as 7d"),
        ("999999999d", "that reaches back before year 1; give a date YYYY-MM-DD instead"),
    ],
)
def test_a_bad_since_is_a_usage_error(tmp_path, since, message):
    result = run_cli(["review", "--since", since], cwd=tmp_path)

    assert result.status == 2
    assert result.stderr == f"roleplay: error: --since {since!r}: {message}\n"


def test_the_folder_defaults_to_the_environment_variable(tmp_path):
    write_ten_sessions(tmp_path / "elsewhere")

    result = run_cli(
        ["review", "--since", "7d"], cwd=tmp_path, environ={"ROLEPLAY_TRANSCRIPTS": "elsewhere"}
    )

    assert result.stdout.count("\n2024-05-") == 4  # the fixed clock says 2024-05-14


def test_json_output_holds_sessions_totals_and_warnings(tmp_path):
    write_ten_sessions(tmp_path / "t")
    write_corrupt(tmp_path / "t")

    result = run_cli(["review", "t", "--trainee", "lee", "--json"], cwd=tmp_path)

    data = json.loads(result.stdout)
    assert data["filters"] == {"trainee": "lee", "scenario": None, "since": None}
    assert [s["score"] for s in data["sessions"]] == [70, 66, 48, 50, 35]
    assert data["totals"]["sessions"] == 5 and data["totals"]["average_score"] == 53.8
    assert data["totals"]["mistakes"][0] == {
        "code": "misleading-claim", "sessions": 2, "occurrences": 2, "share": 0.4, "trend": "flat",
    }  # fmt: skip
    assert data["warnings"] == [
        "t/20240511-120000_cold-call_dana_dead00.jsonl:2:37: "
        "invalid JSON: Unterminated string starting at; skipped"
    ]


def test_a_large_folder_shows_a_progress_bar_on_a_terminal_only(tmp_path, monkeypatch):
    monkeypatch.setattr(review_command, "PROGRESS_MIN_FILES", 5)
    write_ten_sessions(tmp_path / "t")

    on_tty = run_cli(["review", "t"], cwd=tmp_path, stderr_tty=True)
    piped = run_cli(["review", "t"], cwd=tmp_path, stderr_tty=False)

    assert "\rreading transcripts [" in on_tty.stderr and "10/10" in on_tty.stderr
    assert on_tty.stderr.endswith("\r\x1b[2K")  # the bar is wiped before the table
    assert piped.stderr == ""
    assert on_tty.stdout == piped.stdout


def test_without_difficulties_the_column_is_left_out(tmp_path):
    t = build_session("dana", "voicemail", "2024-05-01T09:00:00+02:00", 70)
    write_session(tmp_path, "a.jsonl", t)

    result = run_cli(["review", "."], cwd=tmp_path)

    assert sessions_table(result.stdout).splitlines()[0].split() == [
        "date",
        "trainee",
        "scenario",
        "outcome",
        "score",
        "top",
        "mistakes",
    ]


def test_a_scorer_crash_on_one_file_is_named_and_skipped(tmp_path, monkeypatch):
    def broken(turns, final=True):
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(review, "score_turns", broken)
    write_ten_sessions(tmp_path)
    (tmp_path / "call.txt").write_text("Rep: hello\n", encoding="utf-8")

    result = review.load_summaries(tmp_path, "dir")

    assert len(result.summaries) == 10
    assert [str(w) for w in result.warnings] == [
        "dir/call.txt: could not score it: ZeroDivisionError: division by zero; skipped"
    ]
