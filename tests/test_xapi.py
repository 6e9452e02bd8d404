"""``roleplay export --xapi``: one xAPI 1.0.3 statement per session, for a learning record store.

Every statement is checked against the specification's rules (``tests/xapi_rules.py``,
written from xAPI-Data.md of version 1.0.3), one is shown in full as the documentation
of what goes where, and the verb, the ids and the home page are tables of cases.
"""

from __future__ import annotations

import copy
import json
import uuid
from datetime import datetime

import pytest
from review_fixtures import build_session, run_cli, session_text, write_session, write_ten_sessions
from xapi_rules import problems

from roleplay.dialogue.exam import CallResult, ExamResult
from roleplay.records import replace
from roleplay.review import sessions as review
from roleplay.review import xapi
from roleplay.scoring.scorecard import Scorecard
from roleplay.storage_write import save_exam_result

HOME = "https://lms.example.com"

#: lee's cold call of 13 May 2024 (score 70, one mistake), as a learning record store gets it.
LEE_13_MAY = {
    "id": "18ad2f8a-c69a-5891-9478-420912ab82fa",
    "actor": {"objectType": "Agent", "name": "lee", "account": {"homePage": HOME, "name": "lee"}},
    "verb": {"id": "http://adlnet.gov/expapi/verbs/passed", "display": {"en-US": "passed"}},
    "object": {
        "objectType": "Activity",
        "id": f"{HOME}/roleplay/scenarios/cold-call",
        "definition": {
            "name": {"en-US": "Cold call: the sleepy skeptic"},
            "description": {
                "en-US": "A practice sales call in roleplay: Cold call: the sleepy skeptic. "
                "Scored out of 100, every mistake explained."
            },
            "type": "http://adlnet.gov/expapi/activities/simulation",
        },
    },
    "result": {
        "completion": True,
        "score": {"scaled": 0.7, "raw": 70, "min": 0, "max": 100},
        "success": True,
        "duration": "PT6M30S",
        "extensions": {f"{HOME}/roleplay/extensions/mistakes": ["no-next-step"]},
    },
    "context": {
        "platform": "roleplay",
        "extensions": {
            f"{HOME}/roleplay/extensions/session": "20240513-090000_cold-call_lee_a1b2c3",
            f"{HOME}/roleplay/extensions/outcome": "callback",
            f"{HOME}/roleplay/extensions/difficulty": "normal",
            f"{HOME}/roleplay/extensions/pass-mark": 70,
        },
    },
    "timestamp": "2024-05-13T09:06:30+02:00",
}


def export_xapi(tmp_path, *args, cwd=None):
    result = run_cli(["export", *args, "--xapi", "-"], cwd=cwd or tmp_path)
    assert result.status == 0 and "error" not in result.stderr, result.stderr
    return json.loads(result.stdout), result.stderr


def test_one_statement_in_full(tmp_path):
    write_ten_sessions(tmp_path / "t")

    statements, _ = export_xapi(tmp_path, "t", "--xapi-home", HOME)

    assert len(statements) == 10
    assert statements[0] == LEE_13_MAY


def test_every_statement_meets_the_xapi_rules_and_has_its_own_id(tmp_path):
    write_ten_sessions(tmp_path / "t")
    unfinished = build_session("sam", "voicemail", "2024-04-01T10:00:00Z", 0, finished=False)
    write_session(tmp_path / "t", "20240401-100000_voicemail_sam_000001.jsonl", unfinished)
    silent = replace(
        build_session("sam", "cold-call", "2024-04-02T10:00:00Z", 0),
        scorecard=Scorecard(0, attempted=False),
    )
    write_session(tmp_path / "t", "20240402-100000_cold-call_sam_000002.jsonl", silent)

    statements, _ = export_xapi(tmp_path, "t")

    assert len(statements) == 12
    assert {s["verb"]["display"]["en-US"] for s in statements} == {"passed", "failed", "attempted"}
    for statement in statements:
        assert problems(statement) == [], statement
    assert len({s["id"] for s in statements}) == 12  # an LRS refuses a batch with a repeated id


@pytest.mark.parametrize(
    ("break_it", "problem"),
    [
        (lambda s: s.pop("verb"), "statement needs 'verb'"),
        (lambda s: s.update(id="18ad2f8a"), "id is a UUID"),
        (lambda s: s["actor"].update(mbox="mailto:lee@example.com"), "actor has exactly one inverse functional identifier, not ['mbox', 'account']"),
        (lambda s: s["actor"]["account"].update(homePage="lms"), "actor.account.homePage is an IRL"),
        (lambda s: s["object"].update(id="scenarios/cold-call"), "object.id is an IRI"),
        (lambda s: s["verb"].update(display={"English": "passed"}), "verb.display maps language tags to text, not 'English': 'passed'"),
        (lambda s: s["result"]["score"].update(scaled=70), "result.score.scaled is between -1 and 1"),
        (lambda s: s["result"]["score"].update(min=100), "result.score.min is less than max"),
        (lambda s: s["result"]["score"].update(raw=170), "result.score.raw is between min and max"),
        (lambda s: s["result"].update(duration="6:30"), "result.duration is an ISO 8601 duration, not '6:30'"),
        (lambda s: s["result"].update(success="yes"), "result.success is true or false"),
        (lambda s: s["result"].update(grade="B"), "result has no property 'grade'"),
        (lambda s: s["context"].update(extensions={"difficulty": "normal"}), "context.extensions key 'difficulty' is an IRI"),
        (lambda s: s.update(timestamp="2024-05-13 09:06"), "timestamp includes its time zone"),
        (lambda s: s["object"].update(definition={}), "statement.object.definition is an empty object"),
        (lambda s: s["actor"].update(name=None), "statement.actor.name is null"),
    ],
)  # fmt: skip
def test_the_rules_catch_a_broken_statement(break_it, problem):
    statement = copy.deepcopy(LEE_13_MAY)
    assert problems(statement) == []

    break_it(statement)

    assert problem in problems(statement)


def summary(score=70, finished=True, attempted=True):
    t = build_session("dana", "gatekeeper", "2024-05-10T11:00:00+02:00", score)
    if not finished:
        t = replace(t, ended=None, outcome=None, scorecard=None)
    elif not attempted:
        t = replace(t, scorecard=Scorecard(score, attempted=False))
    return review.summarise(session_text(t), "20240510-110000_gatekeeper_dana_a1b2c3.jsonl")


@pytest.mark.parametrize(
    ("call", "mark", "verb", "result"),
    [
        (summary(70), 70, "passed", {"completion": True, "score": {"scaled": 0.7, "raw": 70, "min": 0, "max": 100}, "success": True}),
        (summary(69), 70, "failed", {"completion": True, "score": {"scaled": 0.69, "raw": 69, "min": 0, "max": 100}, "success": False}),
        (summary(90), 95, "failed", {"completion": True, "score": {"scaled": 0.9, "raw": 90, "min": 0, "max": 100}, "success": False}),
        # Nothing of substance said: no score to judge, the call is over.
        (summary(0, attempted=False), 70, "attempted", {"completion": True}),
        # The terminal closed mid-call: its score is provisional, so none is sent.
        (summary(40, finished=False), 70, "attempted", {"completion": False}),
    ],
)  # fmt: skip
def test_the_verb_is_passed_or_failed_by_the_pass_mark_else_attempted(call, mark, verb, result):
    [statement] = xapi.statements([call], HOME, lambda scenario: mark)

    assert statement["verb"]["id"] == f"http://adlnet.gov/expapi/verbs/{verb}"
    assert {
        k: v for k, v in statement["result"].items() if k in ("completion", "score", "success")
    } == result


def test_pass_mark_option_and_an_exam_set_the_mark(tmp_path):
    write_ten_sessions(tmp_path / "transcripts")

    def verbs(*args):
        statements, _ = export_xapi(tmp_path, "--trainee", "lee", "--scenario", "gatekeeper", *args)
        return [s["verb"]["display"]["en-US"] for s in statements]

    # lee scored 66 and 35 on the gatekeeper: both below the default mark of 70.
    assert verbs() == ["failed", "failed"]
    assert verbs("--pass-mark", "60") == ["passed", "failed"]
    when = "2024-05-01T09:00:00+02:00"
    calls = (CallResult("gatekeeper", "hard", 7, score=80, pass_mark=None),)
    exam = ExamResult("Week 1", "week1.yaml", "dana", when, when, 60, calls)
    save_exam_result(
        tmp_path / "transcripts", exam.to_dict(), exam.title, "dana", datetime.fromisoformat(when)
    )
    assert verbs() == ["passed", "failed"]  # the exam's mark for the gatekeeper: 60


def test_exporting_again_from_anywhere_gives_the_same_statements(tmp_path):
    write_ten_sessions(tmp_path / "team" / "t")

    here, _ = export_xapi(tmp_path, "team/t")
    inside, _ = export_xapi(tmp_path, ".", cwd=tmp_path / "team" / "t")
    absolute, _ = export_xapi(tmp_path, str(tmp_path / "team" / "t"), cwd=tmp_path / "team")

    assert here == inside == absolute
    key = "20240513-090000_cold-call_lee_a1b2c3"
    assert here[0]["id"] == str(
        uuid.uuid5(xapi.STATEMENT_NAMESPACE, f"{key}\nhttp://adlnet.gov/expapi/verbs/passed")
    )
    assert uuid.UUID(here[0]["id"]).version == 5


def test_a_session_gets_a_new_statement_id_only_when_its_verb_changes():
    key = "20240510-110000_gatekeeper_dana_a1b2c3"
    passed = xapi.statement_id(key, "http://adlnet.gov/expapi/verbs/passed")

    assert xapi.statement_id(key, "http://adlnet.gov/expapi/verbs/passed") == passed
    assert xapi.statement_id(key, "http://adlnet.gov/expapi/verbs/attempted") != passed
    assert xapi.statement_id(key + "x", "http://adlnet.gov/expapi/verbs/passed") != passed


def test_a_real_call_has_no_trainee_to_credit_and_is_left_out(tmp_path):
    write_ten_sessions(tmp_path / "t")
    (tmp_path / "t" / "call.txt").write_text("Prospect: Hello?\nRep: Hi, it's Sam.\n")

    statements, stderr = export_xapi(tmp_path, "t")

    assert len(statements) == 10
    assert stderr == (
        "roleplay: warning: left out 1 call with no trainee (real calls typed up as text): "
        "xAPI needs someone to credit\n"
    )


def test_writing_a_file_says_how_many_statements(tmp_path):
    write_ten_sessions(tmp_path / "t")

    result = run_cli(["export", "t", "--xapi", "lrs.json"], cwd=tmp_path)

    assert (result.status, result.stdout) == (0, "wrote 10 statements to lrs.json\n")
    assert len(json.loads((tmp_path / "lrs.json").read_text(encoding="utf-8"))) == 10


@pytest.mark.parametrize(
    ("given", "home"),
    [
        ("https://lms.example.com", "https://lms.example.com"),
        ("https://intranet.example.com/learning/", "https://intranet.example.com/learning"),
        ("http://10.0.0.5:8080", "http://10.0.0.5:8080"),
    ],
)
def test_the_home_page_names_accounts_and_scenario_ids(tmp_path, given, home):
    write_ten_sessions(tmp_path / "t")

    statements, _ = export_xapi(tmp_path, "t", "--xapi-home", given)

    assert statements[0]["actor"]["account"] == {"homePage": home, "name": "lee"}
    assert statements[0]["object"]["id"] == f"{home}/roleplay/scenarios/cold-call"


@pytest.mark.parametrize(
    "given", ["lms.example.com", "mailto:lms@example.com", "https://", "https://a b"]
)
def test_a_home_page_that_is_not_a_web_address_is_a_usage_error(tmp_path, given):
    result = run_cli(["export", ".", "--xapi", "-", "--xapi-home", given], cwd=tmp_path)

    assert result.status == 2
    assert result.stderr == (
        f"roleplay: error: --xapi-home {given!r}: expected the web address of your LMS or "
        "intranet, such as https://lms.example.com\n"
    )


@pytest.mark.parametrize(
    ("seconds", "duration"),
    [
        (0, "PT0S"),
        (30, "PT30S"),
        (390, "PT6M30S"),
        (3600, "PT1H"),
        (3723.5, "PT1H2M3.5S"),
        (59.999, "PT1M"),
        (0.014, "PT0.01S"),
    ],
)
def test_durations_are_iso_8601_to_the_hundredth_of_a_second(seconds, duration):
    assert xapi.iso_duration(seconds) == duration
