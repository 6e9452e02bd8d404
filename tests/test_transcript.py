"""Transcripts: the plain-text format for real calls, and saved practice sessions."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from roleplay.errors import TranscriptError
from roleplay.scoring.scorecard import Mistake, Scorecard
from roleplay.transcript import (
    FORMAT_VERSION,
    RefusedLine,
    Transcript,
    Turn,
    dumps_record,
    parse,
    parse_session,
    parse_text,
)


def test_plain_text_turns_labels_are_case_insensitive_and_lines_continue():
    text = (
        "# a real call, typed up afterwards\n"
        "PROSPECT: Hello?\n"
        "\n"
        "rep: Hi, this is Dana from Acme.\n"
        "I'm calling about your fleet.\n"
        "Prospect:   Go on.\n"
    )
    t = parse_text(text, "call.txt")
    assert [(x.speaker, x.text, x.line) for x in t.turns] == [
        ("prospect", "Hello?", 2),
        ("rep", "Hi, this is Dana from Acme. I'm calling about your fleet.", 4),
        ("prospect", "Go on.", 6),
    ]
    assert t.kind == "text" and t.finished


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("Hello there\nRep: hi\n", 1, "expected a line starting 'Rep:' or 'Prospect:'"),
        ("# only a comment\n\n", 1, "no turns found"),
        ("", 1, "no turns found"),
        ("Rep: hi\nthere\x00", 2, "binary data"),
    ],
)
def test_plain_text_errors_name_the_file_and_line(text, line, message):
    with pytest.raises(TranscriptError) as info:
        parse(text, "bad.txt")
    assert info.value.file == "bad.txt"
    assert info.value.line == line
    assert message in info.value.message


def _session(**end) -> Transcript:
    return Transcript(
        turns=(
            Turn("prospect", "Hello?", state="ringing", at="2026-11-23T10:00:00+00:00"),
            Turn(
                "rep",
                "Hi, this is Dana.",
                state="listening",
                intent="introduce",
                mistakes=("apology",),
            ),
        ),
        kind="session",
        scenario="sleepy_skeptic",
        seed=7,
        trainee="dana",
        started="2026-11-23T10:00:00+00:00",
        **end,
    )


def test_saved_session_round_trips_through_json_lines():
    card = Scorecard(score=55, mistakes=(Mistake("apology", 2, "sorry", "Apologised.", "Don't."),))
    original = _session(
        ended="2026-11-23T10:05:00+00:00", outcome="success", final_state="booked", scorecard=card
    )
    text = "".join(dumps_record(r) for r in original.records())
    loaded = parse(text, "s.jsonl")
    assert loaded.kind == "session" and loaded.version == FORMAT_VERSION
    assert loaded.turns[1].intent == "introduce" and loaded.turns[1].mistakes == ("apology",)
    assert (loaded.scenario, loaded.seed, loaded.trainee, loaded.outcome) == (
        "sleepy_skeptic",
        7,
        "dana",
        "success",
    )
    assert loaded.scorecard == card
    assert loaded.finished


def test_a_session_without_an_end_record_is_unfinished_but_keeps_its_turns():
    records = _session().records()
    assert records[-1]["type"] == "turn"
    loaded = parse("".join(dumps_record(r) for r in records), "killed.jsonl")
    assert not loaded.finished
    assert [t.text for t in loaded.turns] == ["Hello?", "Hi, this is Dana."]


def test_a_torn_last_line_is_dropped_not_fatal():
    text = "".join(dumps_record(r) for r in _session().records()) + '{"type":"turn","n":3,"spea'
    assert len(parse_session(text, "torn.jsonl").turns) == 2


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        (
            '{"type":"header","format":"roleplay-transcript","version":1}\n{oops}\n{"type":"end"}\n',
            2,
            "invalid JSON",
        ),
        ('{"type":"turn","speaker":"rep","text":"hi"}\n', 1, "must start with a header"),
        (
            '{"type":"header","format":"roleplay-transcript","version":99}\n',
            1,
            "newer than this roleplay reads",
        ),
        (
            '{"type":"header","format":"something-else","version":1}\n',
            1,
            "not a roleplay-transcript",
        ),
        (
            '{"type":"header","format":"roleplay-transcript","version":1}\n{"type":"turn","speaker":"boss","text":"x"}\n',
            2,
            "needs 'speaker'",
        ),
        (
            '{"type":"header","format":"roleplay-transcript","version":1}\n{"type":"refused","text":"x"}\n',
            2,
            "a refused line needs 'text' and 'after'",
        ),
    ],
)
def test_broken_sessions_name_the_line(text, line, message):
    with pytest.raises(TranscriptError) as info:
        parse(text, "s.jsonl")
    assert info.value.line == line and message in info.value.message


HEAD = '{"type":"header","format":"roleplay-transcript","version":1}'
TURN = '{"type":"turn","n":1,"speaker":"rep","text":"hi"}'


def _header(**fields) -> str:
    return json.dumps({"type": "header", "format": "roleplay-transcript", "version": 1, **fields})


def _turn(**fields) -> str:
    return json.dumps({"type": "turn", "n": 1, "speaker": "rep", "text": "hi", **fields})


def _end(scorecard) -> str:
    return json.dumps({"type": "end", "ended": "x", "scorecard": scorecard})


@pytest.mark.parametrize(
    ("lines", "line", "message"),
    [
        # values JSON can spell but no roleplay writer writes
        ([HEAD[:-1] + ',"seed":' + "9" * 5000 + "}"], 1, "a number with too many digits"),
        ([HEAD, TURN, '{"type":"end","scorecard":{"score":1e400}}'], 3, "1e400 is out of range"),
        ([HEAD, TURN, '{"type":"end","scorecard":{"score":NaN}}'], 3, "NaN is not a number"),
        ([HEAD, '{"type":"turn","speaker":"rep","text":-Infinity}'], 2, "-Infinity is not"),
        ([HEAD, '{"type":"turn","x":' + "[" * 5000 + "]" * 5000 + "}"], 2, "nested too deeply"),
        ([HEAD, '{"type":"turn","speaker":"rep","text":"\\ud800"}'], 2, "lone surrogate"),
        # a list or an object where a name, a number or a text belongs
        ([_header(trainee=["dana"])], 1, "'trainee' must be text, not a list"),
        ([_header(scenario={"id": "x"})], 1, "'scenario' must be text, not an object"),
        ([_header(seed="7")], 1, "'seed' must be a whole number, not text"),
        ([_header(seed=10**20)], 1, "'seed' must be a whole number, not a number out of range"),
        ([HEAD, _turn(text=["hi"])], 2, "a turn needs 'speaker' (rep or prospect) and 'text'"),
        ([HEAD, _turn(state=3)], 2, "'state' must be text, not a whole number"),
        ([HEAD, _turn(n=[1])], 2, "'n' must be a whole number, not a list"),
        ([HEAD, _turn(mistakes="apology")], 2, "'mistakes' must be a list of codes"),
        ([HEAD, _turn(mistakes=[{"code": "x"}])], 2, "'mistakes' must be a list of codes"),
        ([HEAD, _turn(moods=[1])], 2, "'moods' must map each mood to a whole number"),
        ([HEAD, _turn(moods={"patience": 1.5})], 2, "'moods' must map each mood"),
        ([HEAD, TURN, json.dumps({"type": "end", "outcome": ["won"]})], 3, "'outcome' must be"),
        ([HEAD, TURN, _end([90])], 3, "malformed scorecard: expected an object, not a list"),
        ([HEAD, TURN, _end({"score": "90"})], 3, "'score' must be a whole number from 0 to 100"),
        ([HEAD, TURN, _end({"score": 101})], 3, "'score' must be a whole number from 0 to 100"),
        ([HEAD, TURN, _end({"score": True})], 3, "'score' must be a whole number from 0 to 100"),
        ([HEAD, TURN, _end({"score": 9, "mistakes": {}})], 3, "'mistakes' must be a list"),
        ([HEAD, TURN, _end({"score": 9, "mistakes": [1]})], 3, "mistakes #1: expected an object"),
        (
            [HEAD, TURN, _end({"score": 9, "mistakes": [{"code": "a", "turn": [2]}]})],
            3,
            "mistakes #1: 'turn' must be a whole number, not a list",
        ),
        (
            [HEAD, TURN, _end({"score": 9, "mistakes": [{"code": "a", "turn": 1, "tip": {}}]})],
            3,
            "mistakes #1: 'tip' must be text, not an object",
        ),
        ([HEAD, TURN, _end({"score": 9, "credits": [{"code": 5}]})], 3, "credits #1: 'code'"),
        ([HEAD, TURN, _end({"score": 9, "voicemail": "no"})], 3, "'voicemail' must be true"),
    ],
    ids=lambda value: None if isinstance(value, list) else str(value)[:30],
)
def test_a_record_no_writer_would_write_is_an_error_naming_its_line(lines, line, message):
    with pytest.raises(TranscriptError) as info:
        parse("\n".join(lines) + "\n", "s.jsonl")
    assert (info.value.file, info.value.line) == ("s.jsonl", line)
    assert message in info.value.message


def test_a_well_formed_session_with_every_optional_field_still_reads():
    text = "\n".join(
        [
            _header(trainee="dana", scenario="cold-call", seed=12, started="2024-05-01T09:00:00"),
            _turn(state="s", at="t", intent="greet", mistakes=["apology"], moods={"patience": 3}),
            _end({"score": 0, "voicemail": False, "extra": {}, "mistakes": [], "credits": []}),
        ]
    )
    t = parse(text, "s.jsonl")
    assert (t.trainee, t.seed, t.turns[0].moods, t.scorecard.score) == (
        "dana",
        12,
        {"patience": 3},
        0,
    )


def test_a_message_about_a_file_that_is_not_a_transcript_does_not_quote_it():
    with pytest.raises(TranscriptError) as info:
        parse("root:x:0:0:root:/root:/bin/bash\n", "passwd")
    assert "root" not in str(info.value)


def test_to_dict_is_one_json_object_with_turns_and_the_end():
    data = _session(ended="x", outcome="failure").to_dict()
    json.dumps(data)
    assert data["format"] == "roleplay-transcript" and data["outcome"] == "failure"
    assert [t["n"] for t in data["turns"]] == [1, 2]


def test_to_text_round_trips_through_the_plain_parser():
    t = _session()
    again = parse_text(t.to_text())
    assert [(x.speaker, x.text) for x in again.turns] == [(x.speaker, x.text) for x in t.turns]


@given(st.text(max_size=300))
def test_parse_never_raises_anything_but_transcript_error(text):
    try:
        parse(text, "fuzz.txt")
    except TranscriptError:
        pass


def test_a_rep_turn_written_again_with_its_analysis_replaces_the_typed_record():
    header = {"type": "header", "format": "roleplay-transcript", "version": 1}
    typed = {"type": "turn", "n": 2, "speaker": "rep", "text": "Hi, this is Dana."}
    analysed = {**typed, "state": "listening", "intent": "introduce"}
    reply = {"type": "turn", "n": 3, "speaker": "prospect", "text": "Go on."}
    text = "".join(dumps_record(r) for r in (header, typed, analysed, reply))
    turns = parse(text, "s.jsonl").turns
    assert [(t.text, t.state, t.line) for t in turns] == [
        ("Hi, this is Dana.", "listening", 2),
        ("Go on.", None, 4),
    ]
    # Killed between the two writes: the typed line is still there.
    assert (
        parse("".join(dumps_record(r) for r in (header, typed)), "k.jsonl").turns[0].text
        == typed["text"]
    )


REFUSED = (
    RefusedLine("blah " * 3, "too long", after=0, at="2026-11-23T10:00:00+00:00", chars=25_000),
    RefusedLine("paste", "too long", after=1),
)


def test_refused_lines_round_trip_in_place_and_are_not_turns():
    original = _session(ended="x", outcome="failure", refused=REFUSED)
    records = original.records()
    assert [r["type"] for r in records] == ["header", "refused", "turn", "refused", "turn", "end"]
    loaded = parse("".join(dumps_record(r) for r in records), "s.jsonl")
    assert loaded.refused == REFUSED
    assert [t.text for t in loaded.turns] == ["Hello?", "Hi, this is Dana."]


def test_to_dict_lists_refused_lines_apart_from_the_turns():
    data = _session(ended="x", refused=REFUSED[1:]).to_dict()
    assert data["refused"] == [{"after": 1, "text": "paste", "reason": "too long"}]
    assert len(data["turns"]) == 2
