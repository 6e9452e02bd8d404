"""``roleplay show``: one call, each mistake at its turn, evidence highlighted, tip beside it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from review_fixtures import build_session, run_cli, write_session, write_ten_sessions

from roleplay import color
from roleplay.records import replace
from roleplay.review import sessions as review
from roleplay.review.annotate import (
    Segment,
    annotate,
    find_evidence,
    md_code,
    md_escape,
    render_markdown,
    render_text,
    text_fragments,
)
from roleplay.scoring.rules import CATALOG
from roleplay.scoring.scorecard import Mistake, Scorecard
from roleplay.transcript import parse_text

V1 = (
    Path(__file__).parent
    / "fixtures"
    / "transcripts_v1"
    / "20240301-091500_cold-call_dana_0a1b2c.jsonl"
)
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
#: Black on yellow, as prompt_toolkit draws the class:highlight style.
HIGHLIGHTER = re.compile(r"\x1b\[[0-9;]*;30;43[0-9;]*m")

GOLDEN_TEXT = """\
Cold call: the sleepy skeptic
v1.jsonl
trainee: dana  scenario: cold-call (Cold call: the sleepy skeptic)
difficulty: normal  started: 2024-03-01 09:15  outcome: hung-up
score: 58/100  mistakes: 3

  1  Prospect Yeah, Marta here.
  2  Rep      Hi Marta, «sorry to bother you». I'm calling from Acme
              Payroll about your month-end.
              ✗ no-introduction: You did not say your own name in
                your first two turns.
                tip: Say your name in your first sentence.
              ✗ apology: You apologised for calling.
                tip: Open with confidence instead of an apology.
  3  Prospect Month-end is fine. Who is this?
  4  Rep      It's Dana. How many people run payroll on your team today?
  5  Prospect Two of us. Look, I have to go.
  6  Rep      Understood. Thanks, Marta.
              ✗ no-next-step: The call ended without a concrete
                next step.
                tip: Propose a time, or something specific to send.
"""

GOLDEN_MARKDOWN = """\
## Cold call: the sleepy skeptic

**Trainee:** dana · **Scenario:** cold-call (Cold call: the sleepy skeptic) · \
**Difficulty:** normal · **Started:** 2024-03-01 09:15 · **Outcome:** hung-up · \
**Score:** 58/100 · **Mistakes:** 3

**1. Prospect:** Yeah, Marta here.

**2. Rep:** Hi Marta, **sorry to bother you**. I'm calling from Acme Payroll about your month-end.

> ✗ `no-introduction`: You did not say your own name in your first two turns.  
> *Tip:* Say your name in your first sentence.

> ✗ `apology`: You apologised for calling.  
> *Tip:* Open with confidence instead of an apology.

**3. Prospect:** Month-end is fine. Who is this?

**4. Rep:** It's Dana. How many people run payroll on your team today?

**5. Prospect:** Two of us. Look, I have to go.

**6. Rep:** Understood. Thanks, Marta.

> ✗ `no-next-step`: The call ended without a concrete next step.  
> *Tip:* Propose a time, or something specific to send.
"""  # noqa: W291 - two trailing spaces are a markdown line break


@pytest.fixture
def v1_call():
    from roleplay import storage

    t = storage.load_transcript(V1, "v1.jsonl")
    return annotate(t, t.scorecard)


def test_text_format_golden(v1_call):
    assert render_text(v1_call, width=72) == GOLDEN_TEXT


def test_markdown_format_golden(v1_call):
    assert render_markdown(v1_call) == GOLDEN_MARKDOWN


def test_colour_highlights_evidence_and_says_the_same_words(v1_call):
    coloured = color.ansi(text_fragments(v1_call, marks=False, width=72))

    assert re.search(HIGHLIGHTER.pattern + "sorry to bother you\x1b\\[0m", coloured)
    assert ANSI.sub("", coloured) == GOLDEN_TEXT.replace("«", "").replace("»", "")


def test_a_highlight_broken_over_two_lines_is_closed_on_each(v1_call):
    coloured = color.ansi(text_fragments(v1_call, marks=False, width=40))

    assert "\n              \x1b[0;30;43;1myou\x1b[0m. I'm calling from\n" in coloured
    for line in coloured.splitlines():
        codes = ANSI.findall(line)
        assert not codes or codes[-1] == "\x1b[0m", line


@pytest.mark.parametrize(
    ("text", "evidence", "span"),
    [
        ("Hi, sorry to bother you.", "sorry to bother you", (4, 23)),
        ("Hi, SORRY to bother you.", "sorry to bother you", (4, 23)),
        ("Hi, sorry  to\nbother you.", "sorry to bother you", (4, 24)),
        ("It's $30 (a month).", "$30 (a month)", (5, 18)),
        ("Hi there.", "sorry", None),
        ("Hi there.", "", None),
    ],
)
def test_find_evidence_ignores_case_and_spacing(text, evidence, span):
    assert find_evidence(text, evidence) == span


def test_overlapping_evidence_is_cut_into_segments_naming_each_code():
    t = parse_text("Rep: sorry to bother you, it is $30 a month\n")
    card = Scorecard(
        40,
        (
            Mistake("apology", 1, "sorry to bother you", "m"),
            Mistake("pitch", 1, "bother you, it is $30", "m"),
        ),
    )

    [turn] = annotate(t, card).turns

    assert turn.segments == (
        Segment("sorry to ", ("apology",)),
        Segment("bother you", ("apology", "pitch")),
        Segment(", it is $30", ("pitch",)),
        Segment(" a month"),
    )


def test_a_mistake_outside_the_turns_is_shown_for_the_whole_call():
    t = parse_text("Prospect: Hello?\nRep: Hi.\n")
    card = Scorecard(70, (Mistake("no-reason-for-call", 0, "", "You never said why you called."),))

    call = annotate(t, card)
    text = render_text(call)

    assert call.general == card.mistakes and all(not turn.mistakes for turn in call.turns)
    assert "\nThe whole call\n  ✗ no-reason-for-call: You never said why you called.\n" in text
    # The catalog's tip for the code follows it, since the mistake carries none of its own.
    assert "    tip: " + CATALOG["no-reason-for-call"].tip[:40] in text.split("The whole call")[1]
    assert "### The whole call" in render_markdown(call)


def test_evidence_that_is_not_in_the_turn_is_not_highlighted_but_the_note_stays():
    t = parse_text("Rep: Hello there.\n")
    card = Scorecard(90, (Mistake("apology", 1, "sorry", "You apologised.", tip="Don't."),))

    text = render_text(annotate(t, card))

    assert "«" not in text and "✗ apology: You apologised." in text and "tip: Don't." in text


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        ("plain words.", "plain words."),
        ("*bold* _it_ `code`", r"\*bold\* \_it\_ \`code\`"),
        ("<script>[x](y)|z~", r"\<script\>\[x\](y)\|z\~"),
        ("a\n  b", "a b"),
        ("a\n\n# heading\n- item", "a # heading - item"),  # no new block can start
        ("| a | b |", r"\| a \| b \|"),
        ("<img src=x onerror=alert(1)>", r"\<img src=x onerror=alert(1)\>"),
        ("\x1b]0;pwned\x07 \x1b[2J", r"␛\]0;pwned␇ ␛\[2J"),
    ],
)
def test_markdown_escapes_user_text(text, escaped):
    assert md_escape(text) == escaped


@pytest.mark.parametrize(
    ("code", "span"),
    [
        ("apology", "`apology`"),
        # A backtick cannot close the span early: the fence is longer than any run inside.
        ("x` <img src=x onerror=alert(1)> `y", "``x` <img src=x onerror=alert(1)> `y``"),
        ("```", "```` ``` ````"),
        ("`a", "`` `a ``"),
        ("two\nlines", "`two lines`"),
        ("\x1b[2J", "`␛[2J`"),
        ("", ""),
    ],
)
def test_a_mistake_code_is_a_code_span_nothing_in_it_can_close(code, span):
    assert md_code(code) == span


#: Everything a stored session can hold that markdown would read as markup.
CRAFTED = (
    "x`\n\n# Owned\n<script>alert(1)</script> | a | b |\n> quote [link](http://e.x) **b** \x1b[2J"
)


def test_crafted_text_anywhere_in_a_session_stays_inside_its_own_line(tmp_path):
    session = build_session("dana", "cold-call", "2024-05-01T09:00:00+02:00", 40, ("apology",))
    [_, rep, *rest] = session.turns
    card = Scorecard(40, (Mistake(CRAFTED, 2, "sorry", CRAFTED, CRAFTED),))
    session = replace(
        session,
        trainee=CRAFTED,
        scenario_title=CRAFTED,
        turns=(session.turns[0], replace(rep, text=CRAFTED + " sorry"), *rest),
        scorecard=card,
    )
    write_session(tmp_path, "s.jsonl", session)

    out = run_cli(["show", "s.jsonl", "--format", "markdown"], cwd=tmp_path).stdout

    # Every line is one of ours: a heading, a fact or turn line, a note, or blank.
    for line in out.splitlines():
        assert line == "" or line.startswith(("## ", "**", "> ✗ ", "> *Tip:* ")), line
    assert "\x1b" not in out
    # Outside code spans (where markdown reads nothing), every '<' is escaped.
    assert "<script>" not in re.sub(r"``.*?``", "", out)


# --- the command -------------------------------------------------------------------------


# When show colours: tests/test_color.py.


def test_show_markdown_of_the_v1_fixture(tmp_path):
    result = run_cli(["show", str(V1), "--format", "markdown"], cwd=tmp_path)

    assert result.stdout == GOLDEN_MARKDOWN


def test_show_escapes_html_like_text_in_markdown(tmp_path):
    [_, lee_gatekeeper, *_] = write_ten_sessions(tmp_path)

    result = run_cli(["show", lee_gatekeeper.name, "--format", "markdown"], cwd=tmp_path)

    assert '**It\'s about your \\<billing\\> & "scheduling" software.**' in result.stdout


def test_every_one_of_the_ten_sessions_shows_its_mistakes(tmp_path):
    for path in write_ten_sessions(tmp_path):
        summary = review.summarise(path.read_text(encoding="utf-8"), path.name)
        result = run_cli(["show", path.name], cwd=tmp_path)

        assert result.status == 0, result.stderr
        assert [
            line.split()[1].rstrip(":") for line in result.stdout.splitlines() if "✗" in line
        ] == [m.code for m in summary.mistakes]


def test_an_unfinished_session_is_scored_now(tmp_path, monkeypatch):
    monkeypatch.setattr(
        review, "score_turns", lambda turns, final=True: Scorecard(33 if not final else 0)
    )
    write_session(
        tmp_path,
        "a.jsonl",
        build_session("dana", "cold-call", "2024-05-01T09:00:00Z", 0, finished=False),
    )

    result = run_cli(["show", "a.jsonl"], cwd=tmp_path)

    assert "outcome: unfinished" in result.stdout and "score: 33/100" in result.stdout


def test_a_plain_text_call_is_scored_by_the_scorer(tmp_path):
    pytest.importorskip(
        "roleplay.scoring.rules", reason="roleplay.scoring.rules (issue: scorer) has not landed yet"
    )
    (tmp_path / "call.txt").write_text(
        "Prospect: Hello?\nRep: Hi, sorry to bother you, I'm not trying to sell you anything.\n",
        encoding="utf-8",
    )

    result = run_cli(["show", "call.txt"], cwd=tmp_path)

    assert result.status == 0
    assert "✗ apology" in result.stdout and "«sorry to bother you»" in result.stdout


def test_a_missing_file_is_an_error(tmp_path):
    result = run_cli(["show", "nope.jsonl"], cwd=tmp_path)

    assert (result.status, result.stderr) == (2, "roleplay: error: nope.jsonl: no such file\n")


def test_a_corrupt_file_is_an_error_naming_the_line(tmp_path):
    (tmp_path / "bad.jsonl").write_text(
        '{"type":"header","format":"roleplay-transcript","version":1}\n{oops\n'
    )

    result = run_cli(["show", "bad.jsonl"], cwd=tmp_path)

    assert result.status == 2
    assert result.stderr.startswith("roleplay: error: bad.jsonl:2:2: invalid JSON")
