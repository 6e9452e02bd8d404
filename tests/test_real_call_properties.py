"""Property tests of the real-call readers: whatever the text, a transcript or one
:class:`RoleplayError`, never a crash; and what is read keeps its own rules (captions in
time order, each turn one side, the rep one of the speakers)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from roleplay.errors import RoleplayError
from roleplay.review.conversation import conversation_figures
from roleplay.transcript import PROSPECT, REP, parse

#: Pieces of the formats, so that random text often comes close to a real file.
PIECES = [
    "WEBVTT",
    "WEBVTT - x\nKind: captions\n",
    "\n",
    "\n\n",
    "\r\n",
    "\ufeff",
    "NOTE ",
    "STYLE\n",
    "1\n",
    "-->",
    " --> ",
    "00:00:01.000",
    "00:00:02,500",
    "00:01.000 --> 00:02.000\n",
    "00:00:05,000 --> 00:00:04,000\n",
    "99:99:99.999",
    "9" * 30 + ":00:00.000",
    "<v Alice Chen>",
    "<v.loud Bob>",
    "<v>",
    "</v>",
    "<b>",
    "<00:00:01.500>",
    "<",
    ">",
    "&amp;",
    "&#x0;",
    "&",
    "Alice Chen: ",
    "Bob: ",
    "Dr. Patel: ",
    "Rep: ",
    "Prospect: ",
    "# ",
    ":",
    "hi, this is Dana from Acme, calling because",
    "how do you do it today?",
    "00:05:00\n",
    "\x1b]0;x\x07",
    "\u202e",
]

texts = st.lists(st.sampled_from(PIECES) | st.text(max_size=8), max_size=40).map("".join)
sources = st.sampled_from(["call.vtt", "call.srt", "call.txt", "<stdin>", "call"])
reps = (
    st.none()
    | st.sampled_from(["Alice Chen", "bob", "Dr. Patel", "Nobody", ""])
    | st.text(max_size=6)
)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts, source=sources, rep=reps)
def test_any_text_is_a_transcript_or_one_error(text: str, source: str, rep: str | None) -> None:
    try:
        t = parse(text, source, rep=rep)
    except RoleplayError as exc:
        assert exc.file == source
        assert "\n" not in exc.message
        return
    assert t.turns and all(turn.speaker in (REP, PROSPECT) for turn in t.turns)
    if t.rep is not None:
        names = {turn.name for turn in t.turns}
        assert t.rep.name in names and set(t.rep.others) == names - {t.rep.name}
        assert all((turn.name == t.rep.name) == (turn.speaker == REP) for turn in t.turns)
    if t.timed:
        starts = [turn.start for turn in t.turns]
        assert starts[0] == min(starts)  # type: ignore[type-var]
        assert all(turn.start <= turn.end for turn in t.turns)  # type: ignore[operator]
    figures = conversation_figures(t)
    share = figures.talk_share
    assert share is None or 0 <= share <= 1
    assert figures.questions >= 0 and len(figures.lines()) == 4


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=200))
def test_any_bytes_decoded_are_a_transcript_or_one_error(data: bytes) -> None:
    text = data.decode("utf-8", errors="replace")
    try:
        parse(text, "call.vtt")
    except RoleplayError:
        pass


def _time(ms: int, mark: str) -> str:
    seconds, ms = divmod(max(ms, 0), 1000)
    return f"{seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}{mark}{ms:03d}"


LABELS = ["<v Alice Chen>", "<v Bob>", "Alice Chen: ", "Bob: ", "Dr. Patel: ", "", "<v>"]
WORDS = [
    "hi",
    "this is Dana from Acme",
    "calling because",
    "how do you do it today?",
    "<b>",
    "&amp;",
    "</v>",
    "\u202e",
]


@st.composite
def caption_files(draw: st.DrawFn) -> tuple[str, str]:
    """A WebVTT or SRT file of well-formed cues (mostly in time order), random words in them."""
    srt = draw(st.booleans())
    out = [] if srt else ["WEBVTT", "Kind: captions", ""]
    start = 0
    for number in range(1, draw(st.integers(1, 8)) + 1):
        start += draw(st.integers(-200, 4000))  # now and then a cue starts early
        end = start + draw(st.integers(-100, 6000))  # now and then one ends first
        if srt or draw(st.booleans()):
            out.append(str(number))
        out.append(f"{_time(start, ',' if srt else '.')} --> {_time(end, ',' if srt else '.')}")
        for _ in range(draw(st.integers(1, 3))):
            label = draw(st.sampled_from(LABELS))
            words = draw(st.lists(st.sampled_from(WORDS) | st.text(max_size=6), max_size=4))
            out.append(label + " ".join(words))
        out.append("")
    return "\n".join(out), "call.srt" if srt else "call.vtt"


@settings(max_examples=300, deadline=None)
@given(file=caption_files(), rep=reps)
def test_well_formed_captions_read_in_time_order(file: tuple[str, str], rep: str | None) -> None:
    text, source = file
    try:
        t = parse(text, source, rep=rep)
    except RoleplayError as exc:
        assert exc.file == source and exc.line is not None or exc.message.startswith("--rep")
        return
    assert t.timed and t.source_format == source[-3:]
    # Cues may overlap (two people talking at once), so a turn may start before the one
    # above it; never before the call's first words, and never after its own end.
    starts = [turn.start for turn in t.turns]
    assert starts[0] == min(starts)  # type: ignore[type-var]
    assert all(turn.start <= turn.end for turn in t.turns)  # type: ignore[operator]
    # Consecutive turns are never the same speaker: those are merged.
    assert all(a.name != b.name for a, b in zip(t.turns, t.turns[1:], strict=False))
    figures = conversation_figures(t)
    assert figures.timed
    assert figures.rep_seconds + figures.other_seconds >= figures.longest_monologue_seconds
    assert figures.first_question_seconds is None or figures.first_question_seconds >= 0
