"""Real calls as they come: named speakers, WebVTT and SRT captions, who the rep is, and the
conversation figures (talk share, longest monologue, questions), through ``score``, ``show``
and the report.

The three sample calls in ``tests/fixtures/real_calls/`` have their figures worked out by
hand in the comments above each expectation; nothing below is copied from the program's
own output.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from review_fixtures import run_cli

from roleplay.transcript import NAMES, REP_PROSPECT, SRT, VTT, call_format, parse

SAMPLES = Path(__file__).parent / "fixtures" / "real_calls"
TEAMS = SAMPLES / "teams-gatekeeper.vtt"
ZOOM = SAMPLES / "zoom-cold-call.srt"
NAMED = SAMPLES / "named-speakers.txt"


def score_json(tmp_path: Path, *args: str) -> tuple[int, list[dict], str]:
    result = run_cli(["score", "--json", *args], cwd=tmp_path)
    return result.status, [json.loads(line) for line in result.stdout.splitlines()], result.stderr


# --- the three samples, figures checked by hand ----------------------------------------


def test_a_teams_vtt_with_a_gatekeeper_then_the_prospect(tmp_path: Path) -> None:
    code, [row], err = score_json(tmp_path, str(TEAMS))
    assert code == 0
    assert row["format"] == "vtt"
    # Omar introduces himself and says why he is calling; Gina (who answers) and Dr. Patel
    # are both the other side.
    assert row["speakers"] == {
        "rep": "Omar Said",
        "rep_guessed": True,
        "others": ["Gina Morales", "Dr. Patel"],
    }
    assert err == (
        f"roleplay: note: {TEAMS}: reading Omar Said as the rep (introduces themselves and "
        "says why they are calling); use --rep NAME to choose another speaker\n"
    )
    # Turns (two Omar cues at 0:03.5-0:08 and 0:08-0:14 merge into turn 2):
    #   1 Gina   0:00.0-0:03.0   3.0 s      6 Patel  0:36.5-0:45.0   8.5 s
    #   2 Omar   0:03.5-0:14.0  10.5 s      7 Omar   0:45.5-0:50.0   4.5 s
    #   3 Gina   0:14.5-0:18.0   3.5 s      8 Patel  0:50.5-0:52.0   1.5 s
    #   4 Patel  0:25.0-0:28.0   3.0 s      9 Omar   0:52.5-0:54.0   1.5 s
    #   5 Omar   0:28.5-0:36.0   7.5 s
    # Rep: 10.5 + 7.5 + 4.5 + 1.5 = 24 s; others: 3 + 3.5 + 3 + 8.5 + 1.5 = 19.5 s (the
    # 7 s on hold is nobody's); share 24 / 43.5 = 0.5517. Longest monologue: turn 2, 10.5 s.
    # Questions: "How do you order supplies today?" (turn 5) and "Could I drop off samples
    # ...?" (turn 7): 2; the first is 28.5 s after the call's first words at 0:00.
    # Words: Omar 9 + 14 = 23 in turn 2, 11 + 6 = 17 in turn 5, 15, 4; the others 7, 10, 7,
    # 12, 3. Before turn 5: 7 (Gina) + 23 (Omar) + 10 (Gina) + 7 (Patel) = 47.
    assert row["conversation"] == {
        "measured": "timestamps",
        "words_per_minute": None,
        "talk_share": 0.5517,
        "rep_talk_seconds": 24.0,
        "other_talk_seconds": 19.5,
        "rep_words": 23 + 17 + 15 + 4,
        "other_words": 7 + 10 + 7 + 12 + 3,
        "longest_monologue_seconds": 10.5,
        "longest_monologue_words": 23,
        "longest_monologue_turn": 2,
        "questions": 2,
        "first_question_seconds": 28.5,
        "first_question_words_before": 47,
        "first_question_turn": 5,
    }
    # Tags are gone and entities decoded in what was said.
    assert row["credits"][-1]["evidence"] == (
        "Could I drop off samples on Tuesday at 10 & set up a standing order?"
    )


def test_a_zoom_srt_with_name_prefixes(tmp_path: Path) -> None:
    code, [row], _ = score_json(tmp_path, str(ZOOM))
    assert code == 0 and row["format"] == "srt"
    assert row["speakers"] == {
        "rep": "Priya Nair",
        "rep_guessed": True,
        "others": ["Dale Ostrowski"],
    }
    # Turns (cues 2 and 3 are both Priya: one turn, 0:03-0:19):
    #   1 Dale   0:01.0-0:02.5   1.5 s      5 Dale   0:30.5-0:40.5  10.0 s
    #   2 Priya  0:03.0-0:19.0  16.0 s      6 Priya  0:41.0-0:46.0   5.0 s
    #   3 Dale   0:19.5-0:22.0   2.5 s      7 Dale   0:46.5-0:48.0   1.5 s
    #   4 Priya  0:22.5-0:30.0   7.5 s
    # Rep 16 + 7.5 + 5 = 28.5 s of 28.5 + 15.5 = 44 s: 0.6477. The call starts at 0:01, so
    # the first question (turn 4, at 0:22.5) comes 21.5 s in, after 3 + 29 + 5 = 37 words.
    figures = row["conversation"]
    assert (figures["rep_talk_seconds"], figures["other_talk_seconds"]) == (28.5, 15.5)
    assert figures["talk_share"] == 0.6477
    assert (figures["longest_monologue_seconds"], figures["longest_monologue_turn"]) == (16.0, 2)
    assert figures["longest_monologue_words"] == 7 + 22
    assert figures["questions"] == 2
    assert (figures["first_question_seconds"], figures["first_question_turn"]) == (21.5, 4)
    assert figures["first_question_words_before"] == 37


def test_a_named_speaker_text_is_measured_in_words(tmp_path: Path) -> None:
    code, [row], _ = score_json(tmp_path, str(NAMED))
    assert code == 0 and row["format"] == "names"
    assert row["speakers"]["rep"] == "Sam Ortiz"
    # Words per turn: 1 Renata 4 | 2 Sam 9 + 14 = 23 (two lines, one turn) | 3 Renata 5 |
    # 4 Mark 6 | 5 Sam 7 | 6 Mark 7 | 7 Sam 9 | 8 Mark 4.
    # Rep 23 + 7 + 9 = 39 of 65 words: 0.6. At 150 words a minute a word is 0.4 s: the
    # longest monologue (turn 2) is ~9.2 s, and the first question (turn 5) comes after
    # 4 + 23 + 5 + 6 = 38 words, ~15.2 s.
    assert row["conversation"] == {
        "measured": "words",
        "words_per_minute": 150,
        "talk_share": 0.6,
        "rep_talk_seconds": 15.6,
        "other_talk_seconds": 10.4,
        "rep_words": 39,
        "other_words": 26,
        "longest_monologue_seconds": 9.2,
        "longest_monologue_words": 23,
        "longest_monologue_turn": 2,
        "questions": 2,
        "first_question_seconds": 15.2,
        "first_question_words_before": 38,
        "first_question_turn": 5,
    }


def test_a_rep_prospect_call_gets_word_figures_and_no_speakers(tmp_path: Path) -> None:
    (tmp_path / "call.txt").write_text(
        "Prospect: Hello?\nRep: Hi, this is Dana from Acme. How do you book jobs today?\n"
        "Prospect: By phone.\n",
        encoding="utf-8",
    )
    code, [row], err = score_json(tmp_path, "call.txt")
    # Rep 12 words of 1 + 12 + 2 = 15; one question, in turn 2, after 1 word.
    assert (code, err, row["format"]) == (0, "", "rep-prospect")
    assert "speakers" not in row
    figures = row["conversation"]
    assert (figures["rep_words"], figures["other_words"], figures["questions"]) == (12, 3, 1)
    assert (figures["first_question_turn"], figures["first_question_words_before"]) == (2, 1)


def test_a_saved_practice_session_has_no_conversation_figures(tmp_path: Path) -> None:
    session = Path(__file__).parent / "fixtures" / "transcripts_v1"
    code, rows, _ = score_json(tmp_path, str(next(session.glob("*.jsonl"))))
    assert code == 0 and "conversation" not in rows[0] and "format" not in rows[0]


GOLDEN_TEAMS_TAIL = """\
  rep: Omar Said (guessed; --rep NAME to choose); other side: Gina Morales, Dr. Patel
  conversation, from the timestamps:
    rep talk share: 55% (24 s of 43.5 s of talk); Gong's best-converting share is 43%
    longest rep monologue: 10.5 s (turn 2)
    rep questions: 2
    first rep question: 28.5 s into the call (turn 5)

"""

GOLDEN_NAMED_TAIL = """\
  conversation, estimated from words, at 150 words a minute:
    rep talk share: 60% (39 of 65 words); Gong's best-converting share is 43%
    longest rep monologue: 23 words, ~9.2 s (turn 2)
    rep questions: 2
    first rep question: after 38 words, ~15.2 s (turn 5)

"""


def test_the_human_output_ends_with_who_is_who_and_the_figures(tmp_path: Path) -> None:
    result = run_cli(["score", str(TEAMS), str(NAMED)], cwd=tmp_path)
    teams, named = result.stdout.split(f"{NAMED}: ")
    assert teams.endswith(GOLDEN_TEAMS_TAIL)
    assert named.endswith(GOLDEN_NAMED_TAIL)


# --- who is the rep ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("rep", "expected"),
    [
        ("Dr. Patel", "Dr. Patel"),
        ("dr.   patel", "Dr. Patel"),  # case and spacing do not matter
        ("gina", "Gina Morales"),  # a first name only one speaker has
    ],
)
def test_rep_names_the_rep_and_nothing_is_guessed(tmp_path: Path, rep: str, expected: str) -> None:
    code, [row], err = score_json(tmp_path, str(TEAMS), "--rep", rep)
    assert (code, err) == (0, "")
    assert row["speakers"]["rep"] == expected and row["speakers"]["rep_guessed"] is False
    assert expected not in row["speakers"]["others"]
    assert len(row["speakers"]["others"]) == 2  # everyone else is the other side


def test_a_rep_who_is_not_in_the_file_is_its_error_and_the_batch_goes_on(tmp_path: Path) -> None:
    shutil.copy(ZOOM, tmp_path / "zoom.srt")
    shutil.copy(TEAMS, tmp_path / "teams.vtt")
    (tmp_path / "plain.txt").write_text("Prospect: Hello?\nRep: Hi, it's Dale.\n", encoding="utf-8")
    code, rows, err = score_json(tmp_path, "zoom.srt", "teams.vtt", "plain.txt", "--rep", "Priya")
    assert code == 2
    assert err == (
        "roleplay: error: teams.vtt:1: --rep 'Priya' is not one of the speakers here; give a "
        "full name from: Gina Morales, Omar Said, Dr. Patel\n"
    )
    # The SRT has a Priya; the Rep:/Prospect: call already says who the rep is.
    assert [(r["file"], r.get("speakers", {}).get("rep")) for r in rows] == [
        ("zoom.srt", "Priya Nair"),
        ("plain.txt", None),
    ]


# The rep's opening decides: a reason (3) outweighs an introduction (2); a name given while
# answering the phone (the first turn) counts for nothing; a tie goes to the second voice.
GUESSES = [
    (
        "Bob Lee: Hello?\nAna Ruiz: Hi Bob, this is Ana from Acme, calling because your fleet"
        " renewal is due.\nBob Lee: Go on.\n",
        ("Ana Ruiz", "introduces themselves and says why they are calling"),
    ),
    (
        "Ana Ruiz: Hi Bob, I'm calling because your fleet renewal is due.\nBob Lee: Who is"
        " this?\nAna Ruiz: Ana, from Acme.\n",
        ("Ana Ruiz", "says why they are calling and introduces themselves"),
    ),
    (
        "Gina Lo: Harbor Dental, this is Gina.\nOmar Said: Is Dr. Patel in?\nGina Lo: Who's"
        " calling?\nOmar Said: It's Omar.\n",
        ("Omar Said", "introduces themselves"),
    ),
    (
        "Bob Lee: Hello?\nAna Ruiz: Hi.\nBob Lee: Hi?\n",
        ("Ana Ruiz", "speaks second, after the phone is answered"),
    ),
    ("Ana Ruiz: Hello, anyone there?\n", ("Ana Ruiz", "the only speaker")),
]


@pytest.mark.parametrize(("text", "guess"), GUESSES)
def test_the_guess_and_its_reason(text: str, guess: tuple[str, str]) -> None:
    rep = parse(text, "call.txt").rep
    assert rep is not None and (rep.name, rep.reason) == guess


# --- reading the formats -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "source", "expected"),
    [
        ("WEBVTT\n\n00:01.000 --> 00:02.000\n<v A>hi\n", "x.txt", VTT),  # content wins
        ("1\n00:00:01,000 --> 00:00:02,000\nA: hi\n", "call", SRT),
        ("00:00:01.000 --> 00:00:02.000\nA: hi\n", "-", VTT),  # no header, '.' in the time
        ("\n# notes\nRep: hi\nAlice: hello\n", "call.vtt", REP_PROSPECT),  # 'Rep:' first
        ("Alice Chen: hi\n", "call.txt", NAMES),
        ("Alice Chen: hi\n", "call.vtt", VTT),  # the name says captions: the reader will tell
        ("", "empty.txt", REP_PROSPECT),  # ... that there are no turns
    ],
)
def test_the_format_is_read_from_the_content_then_the_name(
    text: str, source: str, expected: str
) -> None:
    assert call_format(text, source) == expected


def test_caption_details() -> None:
    text = (
        "WEBVTT - exported\r\nKind: captions\r\n\r\n"
        "STYLE\r\n::cue { color: yellow }\r\n\r\n"
        "REGION\r\nid:left\r\n\r\n"
        "00:01.000 --> 00:03.000 line:0\r\n"
        "<v.loud Bob Stone><c.yellow>Hello</c>, Bob here.\r\n\r\n"  # no </v>: ends with the cue
        "00:03.000 --> 00:04.000\r\n"
        "still me, <00:03.500>sorry.\r\n\r\n"  # no speaker: Bob goes on
        "00:04.000 --> 00:08.000\r\n"
        "<v Ana Ruiz>Hi Bob, it's Ana</v> <v Bob Stone>Yes?</v><v Ana Ruiz>I'm calling"
        " about your renewal.</v>\r\n"
    )
    t = parse(text, "call.vtt")
    # The last cue holds three stretches, 4 + 1 + 5 words, sharing its 4 s by words:
    # 0.4 s a word.
    assert [(x.name, x.speaker, x.text, x.line, x.start, x.end) for x in t.turns] == [
        ("Bob Stone", "prospect", "Hello, Bob here. still me, sorry.", 11, 1.0, 4.0),
        ("Ana Ruiz", "rep", "Hi Bob, it's Ana", 17, 4.0, pytest.approx(5.6)),
        ("Bob Stone", "prospect", "Yes?", 17, pytest.approx(5.6), pytest.approx(6.0)),
        ("Ana Ruiz", "rep", "I'm calling about your renewal.", 17, pytest.approx(6.0), 8.0),
    ]


def test_crlf_captions_read_as_lf() -> None:
    text = ZOOM.read_text(encoding="utf-8")
    assert parse(text.replace("\n", "\r\n"), "z.srt") == parse(text, "z.srt")


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("Alice Chen: hi", ("Alice Chen", "hi")),
        ("Speaker 1: hi", ("Speaker 1", "hi")),
        ("SPEAKER_01: hi", ("SPEAKER_01", "hi")),
        ("Dr. Patel:", ("Dr. Patel", "")),
        ("Ana de Souza: oi", ("Ana de Souza", "oi")),
        ("Mary-Jo O'Neil (Acme Corp): hello", ("Mary-Jo O'Neil (Acme Corp)", "hello")),
        ("root:x:0:0:root:/root:/bin/bash", None),
        ("at 10:30 then", None),
        ("so the thing is: we need it", None),  # lower case: a sentence, not a name
        ("Note: call back later", None),
        ("A Very Long Name With Six Words: hi", None),
    ],
)
def test_what_counts_as_a_speaker_label(line: str, label: tuple[str, str] | None) -> None:
    from roleplay.transcript_speakers import speaker_label

    assert speaker_label(line) == label


def test_named_text_merges_a_speakers_lines_and_skips_time_marks() -> None:
    t = parse(
        "Alice Chen: Hi Bob.\n00:05:00\nAlice Chen: Is this a good time?\nBob: Sure.\n"
        "More from Bob.\n",
        "call.txt",
    )
    assert [(x.name, x.text, x.line) for x in t.turns] == [
        ("Alice Chen", "Hi Bob. Is this a good time?", 1),
        ("Bob", "Sure. More from Bob.", 4),
    ]


# --- bad input: one line each, the batch goes on ------------------------------------------

GOOD_VTT = "WEBVTT\n\n00:00.000 --> 00:02.000\n<v Ana Ruiz>Hi, this is Ana from Acme.\n"

BAD = [
    ("empty.vtt", b"", "empty.vtt:1: no captions with words in them"),
    (
        "nobody.vtt",
        b"WEBVTT\n\n00:01.000 --> 00:02.000\nHello?\n\n00:02.000 --> 00:03.000\nHi.\n",
        "nobody.vtt:4: no caption names its speaker; roleplay needs to know who is talking",
    ),
    (
        "late.vtt",
        b"WEBVTT\n\n00:01.000 --> 00:02.000\nHello?\n\n00:02.000 --> 00:03.000\nAna: Hi.\n",
        "late.vtt:4: this caption names no speaker, and no caption before it does",
    ),
    (
        "backwards.vtt",
        b"WEBVTT\n\n00:05.000 --> 00:06.000\n<v A>Hello?\n\n00:02.000 --> 00:05.000\n<v B>Hi.\n",
        "backwards.vtt:6: this caption starts at 0:00:02.000, before the one above it "
        "(line 3, 0:00:05.000); captions must be in time order",
    ),
    (
        "reversed.srt",
        b"1\n00:00:09,000 --> 00:00:08,000\nA: hi\n",
        "reversed.srt:2: this caption ends (0:00:08.000) before it starts (0:00:09.000)",
    ),
    (
        "garbled.srt",
        b"1\n00:00:01,000 --> 00:0x:02,000\nA: hi\n",
        "garbled.srt:2: these caption times are not times",
    ),
    (
        "untimed.srt",
        b"1\n00:00:01,000 --> 00:00:02,000\nA: hi\n\n2\nB: no times\n",
        "untimed.srt:6: expected a caption's times on this line",
    ),
    ("binary.vtt", b"WEBVTT\n\n\x00\x01\x02", "binary.vtt:3: binary data, not a transcript"),
    (
        "latin1.srt",
        b"1\n00:00:01,000 --> 00:00:02,000\nA: caf\xe9\n",
        "latin1.srt:3: not UTF-8 text",
    ),
    ("diary.txt", b"Dear diary,\nAlice: hi\n", "diary.txt:1:1: expected a line starting 'Rep:'"),
]


@pytest.mark.parametrize(("name", "content", "message"), BAD)
def test_a_bad_file_is_one_line_naming_its_line_and_the_rest_is_scored(
    tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    (tmp_path / name).write_bytes(content)
    (tmp_path / "good.vtt").write_text(GOOD_VTT, encoding="utf-8")
    result = run_cli(["score", name, "good.vtt"], cwd=tmp_path)
    assert result.status == 2
    assert result.stderr.startswith(f"roleplay: error: {message}")
    assert result.stderr.count("roleplay: error:") == 1
    assert result.stdout.startswith("good.vtt: ")


@pytest.mark.skipif(sys.platform == "win32", reason="needs /dev/zero")
def test_a_device_file_is_refused_by_its_type(tmp_path: Path) -> None:
    (tmp_path / "good.vtt").write_text(GOOD_VTT, encoding="utf-8")
    result = run_cli(["score", "/dev/zero", "good.vtt", "--json"], cwd=tmp_path)
    assert result.status == 2
    assert result.stderr.splitlines()[0] == (
        "roleplay: error: /dev/zero: is a character device, not a regular file"
    )
    assert json.loads(result.stdout)["file"] == "good.vtt"


@pytest.mark.parametrize(
    ("name", "text"),
    [
        # A megabyte of one caption, with '<' and '&' the tag and entity readers must not
        # choke on.
        (
            "big.vtt",
            "WEBVTT\n\n00:00.000 --> 01:00.000\n<v Ana Ruiz>"
            + "we are fast <and &cheap, " * 40_000,
        ),
        ("big.txt", "Ana Ruiz: " + "we help teams grow and we are fast, " * 28_000 + "\n"),
    ],
)
def test_a_one_megabyte_line_is_scored(tmp_path: Path, name: str, text: str) -> None:
    (tmp_path / name).write_text(text, encoding="utf-8")
    code, [row], _ = score_json(tmp_path, name)
    assert code == 0
    assert "monologue" in [m["code"] for m in row["mistakes"]]
    assert row["conversation"]["talk_share"] == 1.0


# --- show and the report -------------------------------------------------------------------


def test_show_marks_who_is_who_and_ends_with_the_figures(tmp_path: Path) -> None:
    result = run_cli(["show", str(ZOOM), "--rep", "priya"], cwd=tmp_path)
    assert (result.status, result.stderr) == (0, "")
    assert "rep: Priya Nair  other side: Dale Ostrowski" in result.stdout
    assert result.stdout.endswith(
        "The conversation, from the timestamps\n"
        "  rep talk share: 65% (28.5 s of 44 s of talk); Gong's best-converting share is 43%\n"
        "  longest rep monologue: 16 s (turn 2)\n"
        "  rep questions: 2\n"
        "  first rep question: 21.5 s into the call (turn 4)\n"
    )


def test_show_markdown_lists_the_figures(tmp_path: Path) -> None:
    result = run_cli(["show", str(NAMED), "--format", "markdown"], cwd=tmp_path)
    assert result.stderr.startswith(f"roleplay: note: {NAMED}: reading Sam Ortiz as the rep")
    assert (
        "**Rep:** Sam Ortiz (guessed) · **Other side:** Renata Alvarez, Mark Chu" in result.stdout
    )
    assert result.stdout.endswith(
        "### The conversation, estimated from words, at 150 words a minute\n\n"
        "- **rep talk share:** 60% (39 of 65 words); Gong's best-converting share is 43%\n"
        "- **longest rep monologue:** 23 words, \\~9.2 s (turn 2)\n"
        "- **rep questions:** 2\n"
        "- **first rep question:** after 38 words, \\~15.2 s (turn 5)\n"
    )


def test_review_and_the_report_take_captions_from_a_folder(tmp_path: Path) -> None:
    calls = tmp_path / "calls"
    calls.mkdir()
    shutil.copy(TEAMS, calls)
    shutil.copy(ZOOM, calls)

    review = run_cli(["review", "calls", "--json"], cwd=tmp_path)
    report = run_cli(["report", "calls", "--html", "-"], cwd=tmp_path)

    assert sorted(s["file"] for s in json.loads(review.stdout)["sessions"]) == [
        "calls/teams-gatekeeper.vtt",
        "calls/zoom-cold-call.srt",
    ]
    page = report.stdout
    assert page.count("<h4>The conversation, from the timestamps</h4>") == 2
    assert "<tr><th>rep talk share</th><td>55% (24 s of 43.5 s of talk)" in page
    assert "rep: <b>Omar Said (guessed)</b>" in page


# --- start-up ------------------------------------------------------------------------------


def test_a_rep_prospect_call_never_loads_the_caption_or_speaker_readers(tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text(
        "Prospect: Hello?\nRep: Hi, this is Dana.\n", encoding="utf-8"
    )
    code = (
        "import sys; from roleplay.cli import main; main(['score', 'one.txt']); "
        "print(sorted(m for m in sys.modules if m in {'roleplay.transcript_captions', "
        "'roleplay.transcript_speakers', 'roleplay.language.caller', 'html'}))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=tmp_path
    )
    assert result.stdout.strip().splitlines()[-1] == "[]"
