"""The manager's roll-up (review/rollup.py), the chart's trend (review/trend.py), and
tables that fit a terminal (review/layout.py): pure functions, tables of cases."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st
from review_fixtures import build_session, session_text

from roleplay.dialogue.exam import CallResult, ExamResult
from roleplay.records import replace
from roleplay.review import sessions as review
from roleplay.review.exams import SavedResult
from roleplay.review.layout import Column, fit_table, fit_text
from roleplay.review.rollup import DEFAULT_PASS_MARK, rollup
from roleplay.review.trend import NO_LEVEL, ORDER, TIME, trend

START = datetime(2024, 5, 1, 9, tzinfo=timezone.utc)


def calls(*specs, trainee="dana", start=START, step=timedelta(days=1)):
    """Summaries of saved sessions: each spec is (scenario, score, codes[, difficulty])."""
    out = []
    for i, spec in enumerate(specs):
        scenario, score, codes, *level = spec
        when = (start + step * i).isoformat()
        t = build_session(
            trainee, scenario, when, score, codes, "done", level[0] if level else None
        )
        out.append(review.summarise(session_text(t), f"{trainee}-{i}.jsonl"))
    return out


def not_attempted(trainee="dana", when=START):
    t = build_session(trainee, "cold-call", when.isoformat(), 0)
    t = replace(t, scorecard=review.Scorecard(0, attempted=False))
    return review.summarise(session_text(t), f"{trainee}-silent.jsonl")


def exam(title, pass_mark, *scenarios, started="2024-05-02T10:00:00Z", call_mark=None):
    result = ExamResult(
        title,
        "exam.yaml",
        "dana",
        started,
        started,
        pass_mark,
        tuple(CallResult(s, "normal", 1, score=80, pass_mark=call_mark) for s in scenarios),
    )
    return SavedResult(f"{title}.json", result)


# --- one row: trainee x scenario -------------------------------------------------------------


def test_a_row_has_sessions_average_latest_best_and_the_top_mistake():
    sessions = calls(
        ("cold-call", 50, ("apology", "no-next-step")),
        ("cold-call", 90, ()),
        ("cold-call", 61, ("apology",)),
    )

    (row,) = rollup(sessions).rows

    assert (row.trainee, row.scenario, row.sessions, row.counted) == ("dana", "cold-call", 3, 3)
    assert (round(row.average or 0), row.latest, row.best) == (67, 61, 90)
    assert (row.pass_mark.mark, row.pass_mark.source, row.result) == (70, "default", "FAIL")
    assert row.top_mistake is not None
    assert (row.top_mistake.code, row.top_mistake.calls, row.top_mistake.of) == ("apology", 2, 3)
    assert row.top_mistake.label == "Apology for calling"


def test_calls_not_attempted_and_unfinished_ones_are_counted_but_never_averaged():
    scored = calls(("cold-call", 80, ()))
    unfinished = review.summarise(
        session_text(build_session("dana", "cold-call", "2024-05-03T09:00:00Z", 5, finished=False)),
        "u.jsonl",
    )

    roll = rollup([*scored, not_attempted(), unfinished])

    (row,) = roll.rows
    assert (row.sessions, row.counted, row.not_attempted) == (3, 1, 1)
    assert (row.average, row.latest, row.best) == (80, 80, 80)
    assert roll.trainees[0].recent == (80,)


@pytest.mark.parametrize(
    ("option", "exams", "expected"),
    [
        (None, [], (DEFAULT_PASS_MARK, "default", "")),
        (55, [], (55, "option", "")),
        (None, [exam("Week 1", 60, "cold-call")], (60, "exam", "Week 1")),
        (None, [exam("Week 1", 60, "cold-call", call_mark=45)], (45, "exam", "Week 1")),
        (None, [exam("Week 1", 60, "gatekeeper")], (DEFAULT_PASS_MARK, "default", "")),
        (  # the newest exam with the scenario wins
            None,
            [
                exam("Week 2", 80, "cold-call", started="2024-05-09T10:00:00Z"),
                exam("Week 1", 60, "cold-call", started="2024-05-02T10:00:00Z"),
            ],
            (80, "exam", "Week 2"),
        ),
        (50, [exam("Week 1", 60, "cold-call")], (50, "option", "")),  # the option wins
    ],
)
def test_the_pass_mark_comes_from_the_option_else_an_exam_else_the_default(option, exams, expected):
    (row,) = rollup(calls(("cold-call", 58, ())), exams, option).rows

    assert (row.pass_mark.mark, row.pass_mark.source, row.pass_mark.exam) == expected


@pytest.mark.parametrize(
    ("scores", "result"),
    [
        ([69, 70], "PASS"),  # 69.5, shown as 70
        ([69, 69, 70, 69, 70], "FAIL"),  # 69.4, shown as 69
        ([70], "PASS"),
        ([], "-"),  # nothing counted
    ],
)
def test_a_row_passes_when_its_average_rounded_as_shown_reaches_the_mark(scores, result):
    sessions = calls(*(("cold-call", s, ()) for s in scores)) if scores else [not_attempted()]

    (row,) = rollup(sessions).rows

    assert row.result == result


# --- who needs coaching ------------------------------------------------------------------------

NO_STEP = ("no-next-step",)


@pytest.mark.parametrize(
    ("scores_and_codes", "reasons"),
    [
        # Recent = the last 5 counted calls: the 40s before them are history.
        ([(40, ()), (40, ()), (80, ()), (80, ()), (80, ()), (80, ()), (80, ())], ()),
        (
            [(60, ()), (62, ()), (58, ())],
            ("average 60 over the last 3 calls (pass mark 70)",),
        ),
        (
            [(90, NO_STEP), (90, NO_STEP), (90, ()), (90, NO_STEP)],
            ("no-next-step (No concrete next step) in 3 of the last 4 calls",),
        ),
        ([(90, NO_STEP), (90, NO_STEP), (90, ()), (90, ())], ()),  # 2 is not recurring
        (
            [(50, NO_STEP)],
            (
                "average 50 over the last call (pass mark 70)",
                "most often no-next-step (No concrete next step) in 1 of the last call",
            ),
        ),
        (
            [(50, NO_STEP)] * 5,
            (
                "average 50 over the last 5 calls (pass mark 70)",
                "no-next-step (No concrete next step) in 5 of the last 5 calls",
            ),
        ),
    ],
)
def test_needs_coaching_when_the_recent_average_is_low_or_a_mistake_recurs(
    scores_and_codes, reasons
):
    sessions = calls(*(("cold-call", score, codes) for score, codes in scores_and_codes))

    (t,) = rollup(sessions).trainees

    assert t.reasons == reasons
    assert t.needs_coaching == bool(reasons)


def test_the_coaching_list_names_who_and_what_worst_first():
    sessions = [
        *calls(("cold-call", 90, ()), trainee="ana"),
        *calls(*[("cold-call", 55, ())] * 3, trainee="bo"),
        *calls(*[("cold-call", 40, NO_STEP)] * 3, trainee="cy"),
        *calls(*[("cold-call", 90, ("apology",))] * 3, trainee="Di"),
    ]

    roll = rollup(sessions)

    assert [t.trainee for t in roll.coaching] == ["cy", "bo", "Di"]
    assert roll.coaching[0].summary == (
        "cy: average 40 over the last 3 calls (pass mark 70); "
        "no-next-step (No concrete next step) in 3 of the last 3 calls"
    )
    assert [t.trainee for t in roll.trainees] == ["ana", "bo", "cy", "Di"]


def test_a_trainee_is_one_person_whatever_the_case_of_the_name():
    sessions = [*calls(("cold-call", 50, ()), trainee="Dana"), *calls(("gatekeeper", 90, ()))]

    roll = rollup(sessions)

    assert [(t.trainee, t.sessions) for t in roll.trainees] == [("dana", 2)]


def test_real_calls_without_a_trainee_stay_out_of_the_rollup():
    real = review.summarise("Rep: hi\nProspect: who is this\n", "real.txt")

    assert rollup([real]).rows == () and rollup([real]).coaching == ()


def test_the_json_form_carries_rows_trainees_and_who_needs_coaching():
    data = rollup(calls(*[("cold-call", 50, NO_STEP)] * 3)).to_dict()

    assert data["rules"] == {
        "default_pass_mark": 70,
        "pass_mark_option": None,
        "recent_calls": 5,
        "recurring_min": 3,
    }
    assert data["needs_coaching"][0]["trainee"] == "dana"
    assert data["needs_coaching"][0]["mistake"] == "no-next-step"
    assert data["needs_coaching"][0]["recurring"] is True
    assert data["rows"][0]["passed"] is False and data["rows"][0]["average"] == 50


# --- the chart's trend -------------------------------------------------------------------------


def test_sessions_within_a_day_are_charted_in_order_and_across_days_by_date():
    same_day = calls(*[("cold-call", 50, ())] * 4, step=timedelta(minutes=20))
    weeks = calls(*[("cold-call", 50, ())] * 4, step=timedelta(days=9))

    one_day, spread = trend(same_day), trend(weeks)

    assert (one_day.axis, one_day.day and one_day.day.isoformat()) == (ORDER, "2024-05-01")
    assert [p.index for p in one_day.points] == [0, 1, 2, 3]
    assert "all on 2024-05-01, so they are drawn in order" in one_day.note
    assert (spread.axis, spread.day) == (TIME, None)


def test_the_rolling_average_runs_per_trainee_within_one_level():
    sessions = calls(
        ("cold-call", 90, (), "easy"),
        ("cold-call", 30, (), "hard"),
        ("cold-call", 60, (), "easy"),
        ("cold-call", 50, (), "hard"),
        ("cold-call", 30, (), "easy"),
        ("cold-call", 0, (), "easy"),
        ("voicemail", 80, ()),
    )

    t = trend(sessions)

    assert t.levels == ("easy", "hard", NO_LEVEL)
    assert [p.rolling for p in t.series("easy", "dana")] == [90, 75, 60, 30]
    assert [p.rolling for p in t.series("hard", "dana")] == [30, 40]
    assert "Levels are kept apart" in t.note


def test_calls_not_attempted_stay_off_the_chart():
    assert trend([not_attempted(), *calls(("cold-call", 70, ()))]).points[0].score == 70
    assert len(trend([not_attempted()]).points) == 0


# --- tables that fit ---------------------------------------------------------------------------

COLUMNS = (
    Column("date", late=True),
    Column("trainee"),
    Column("scenario"),
    Column("difficulty", optional=True),
    Column("score", right=True, wrap=False),
    Column("top mistakes", detail=True),
)
ROW = ("2024-05-01 09:00", "dana", "sleepy_skeptic", "hard", "40", "apology, unprompted-pricing")


@pytest.mark.parametrize(
    ("width", "expected"),
    [
        (
            None,
            [
                "date              trainee  scenario        difficulty  score  top mistakes",
                "2024-05-01 09:00  dana     sleepy_skeptic  hard           40  apology, unprompted-pricing",
            ],
        ),
        (
            80,  # the mistakes wrap at a space, each code whole
            [
                "date              trainee  scenario        difficulty  score  top mistakes",
                "2024-05-01 09:00  dana     sleepy_skeptic  hard           40  apology,",
                "                                                              unprompted-pricing",
            ],
        ),
        (
            60,  # the mistakes go under the row
            [
                "date              trainee  scenario        difficulty  score",
                "2024-05-01 09:00  dana     sleepy_skeptic  hard           40",
                "    top mistakes: apology, unprompted-pricing",
            ],
        ),
        (
            44,  # the date wraps last, then difficulty is left out, and that is said
            [
                "date          trainee  scenario        score",
                "2024-05-01    dana     sleepy_skeptic     40",
                "09:00",
                "    top mistakes: apology,",
                "      unprompted-pricing",
                "(difficulty left out to fit 44 columns)",
            ],
        ),
    ],
)
def test_a_table_gives_way_step_by_step_to_fit_the_width(width, expected):
    assert fit_table(COLUMNS, [ROW], width) == expected


words = st.text(alphabet="abcdefghij-", min_size=1, max_size=12)
cells = st.lists(words, min_size=1, max_size=4).map(" ".join)


@given(rows=st.lists(st.tuples(cells, cells, cells), min_size=1, max_size=5))
def test_at_sixty_columns_no_line_is_longer_and_no_word_is_cut(rows):
    columns = (Column("first"), Column("second", optional=True), Column("third", detail=True))

    lines = fit_table(columns, rows, 60)

    assert all(len(line) <= 60 for line in lines)
    assert "…" not in "".join(lines)  # no word needed cutting
    shown = set(" ".join(lines).split())
    assert all(word in shown for row in rows for cell in (row[0], row[2]) for word in cell.split())


def test_a_paragraph_wraps_at_spaces_with_a_hanging_indent():
    text = "dana: average 58 over the last 5 calls (pass mark 70); no-discovery in 4 of them"

    assert fit_text(text, 40, "  ", "    ") == [
        "  dana: average 58 over the last 5 calls",
        "    (pass mark 70); no-discovery in 4 of",
        "    them",
    ]
    assert fit_text(text, None) == [text]
