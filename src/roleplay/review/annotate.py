"""One call, annotated: each mistake at its turn, its evidence highlighted, its tip beside it.

:func:`annotate` turns a transcript and its scorecard into an :class:`AnnotatedCall`: the
turns cut into segments, with the words that triggered a mistake marked. Renderers then
only lay it out: :func:`text_fragments` for the terminal (styled fragments, which
``roleplay.color`` draws in colour or joins as plain text, see :func:`render_text`),
:func:`render_markdown` for a coaching document, and ``roleplay.report_html`` for the
transcripts in the HTML report. Pure: text in, text out.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass

from roleplay.color import Fragments, plain
from roleplay.printable import FOLDED_WHITESPACE, printable
from roleplay.scoring.scorecard import Mistake, Scorecard
from roleplay.transcript import Transcript

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at start-up
if TYPE_CHECKING:
    from roleplay.review.conversation import ConversationFigures

#: Markers of highlighted evidence in the text format without colour.
OPEN_MARK, CLOSE_MARK = "«", "»"

#: The style of highlighted evidence (see ``roleplay.color.STYLE_RULES``).
HIGHLIGHT = "class:highlight"
# Placeholders for the highlight while text is wrapped; swapped for markers or colour after.
_START, _STOP = "\x01", "\x02"
_MARKERS = re.compile(f"([{_START}{_STOP}])")


@dataclass(frozen=True)
class Segment:
    """A run of a turn's text; ``codes`` names the mistakes whose evidence it is."""

    text: str
    codes: tuple[str, ...] = ()


@dataclass(frozen=True)
class AnnotatedTurn:
    """One turn with its mistakes.

    Attributes:
        number: 1-based turn number, counting both speakers (as ``Mistake.turn`` does).
        speaker: ``rep`` or ``prospect``.
        segments: The text, cut where evidence starts and ends.
        mistakes: Mistakes pinned to this turn.
    """

    number: int
    speaker: str
    segments: tuple[Segment, ...]
    mistakes: tuple[Mistake, ...] = ()

    @property
    def text(self) -> str:
        return "".join(s.text for s in self.segments)

    @property
    def label(self) -> str:
        return "Rep" if self.speaker == "rep" else "Prospect"


@dataclass(frozen=True)
class AnnotatedCall:
    """A transcript ready to render.

    Attributes:
        transcript: The call.
        scorecard: Its scorecard (``None`` if it has none).
        turns: Every turn, annotated.
        general: Mistakes not pinned to a turn of this transcript (turn 0 or out of range).
        conversation: A real call's conversation figures (talk share, monologue, questions).
    """

    transcript: Transcript
    scorecard: Scorecard | None
    turns: tuple[AnnotatedTurn, ...]
    general: tuple[Mistake, ...] = ()
    conversation: ConversationFigures | None = None

    @property
    def mistakes(self) -> tuple[Mistake, ...]:
        return self.scorecard.mistakes if self.scorecard else ()

    def facts(self) -> list[tuple[str, str]]:
        """``(label, value)`` pairs for a heading: trainee, scenario, date, outcome, score."""
        t = self.transcript
        facts: list[tuple[str, str]] = []
        if t.trainee:
            facts.append(("trainee", t.trainee))
        if t.scenario:
            title = (
                f" ({t.scenario_title})"
                if t.scenario_title and t.scenario_title != t.scenario
                else ""
            )
            facts.append(("scenario", t.scenario + title))
        if t.difficulty:
            facts.append(("difficulty", t.difficulty))
        exam = exam_call(t)
        if exam:
            facts.append(("exam", exam))
        if t.started:
            facts.append(("started", t.started.replace("T", " ")[:16]))
        if t.rep is not None:
            facts.append(("rep", t.rep.name + (" (guessed)" if t.rep.guessed else "")))
            if t.rep.others:
                facts.append(("other side", ", ".join(t.rep.others)))
        if t.kind == "session":
            facts.append(("outcome", (t.outcome or "-") if t.finished else "unfinished"))
        if self.scorecard is not None:
            facts.append(("score", f"{self.scorecard.score}/100"))
            if self.scorecard.voicemail:
                facts.append(("call", "went to voicemail"))
        facts.append(("mistakes", str(len(self.mistakes)) if self.mistakes else "none"))
        return facts

    @property
    def title(self) -> str:
        t = self.transcript
        return t.scenario_title or t.scenario or t.source or "Transcript"


def annotate(transcript: Transcript, scorecard: Scorecard | None) -> AnnotatedCall:
    """Pin each of the scorecard's mistakes to its turn and mark its evidence."""
    mistakes = scorecard.mistakes if scorecard else ()
    count = len(transcript.turns)
    turns = []
    for number, turn in enumerate(transcript.turns, 1):
        here = tuple(m for m in mistakes if m.turn == number)
        turns.append(AnnotatedTurn(number, turn.speaker, _segments(turn.text, here), here))
    general = tuple(m for m in mistakes if not 1 <= m.turn <= count)
    conversation = None
    if transcript.kind == "text" and transcript.turns:  # a real call
        from roleplay.review.conversation import conversation_figures

        conversation = conversation_figures(transcript)
    return AnnotatedCall(transcript, scorecard, tuple(turns), general, conversation)


def find_evidence(text: str, evidence: str) -> tuple[int, int] | None:
    """Where ``evidence`` occurs in ``text``, ignoring case and runs of white space."""
    words = evidence.split()
    if not words:
        return None
    match = re.search(r"\s+".join(map(re.escape, words)), text, re.IGNORECASE)
    return match.span() if match else None


def _segments(text: str, mistakes: Sequence[Mistake]) -> tuple[Segment, ...]:
    spans = [(span, m.code) for m in mistakes if (span := find_evidence(text, m.evidence))]
    cuts = sorted({0, len(text), *(i for (start, end), _ in spans for i in (start, end))})
    segments: list[Segment] = []
    for start, end in zip(cuts, cuts[1:], strict=False):
        codes = tuple(dict.fromkeys(code for (s, e), code in spans if s <= start and end <= e))
        if segments and segments[-1].codes == codes:
            segments[-1] = Segment(segments[-1].text + text[start:end], codes)
        else:
            segments.append(Segment(text[start:end], codes))
    return tuple(segments) or (Segment(text),)


def tip_for(mistake: Mistake) -> str:
    """The mistake's tip, or the catalog's tip for its code when it carries none."""
    if mistake.tip:
        return mistake.tip
    try:
        from roleplay.scoring.rules import CATALOG
    except ImportError:
        return ""
    info = CATALOG.get(mistake.code)
    if info is None:
        return ""
    tip = info.get("tip") if isinstance(info, dict) else getattr(info, "tip", "")
    return str(tip or "")


# --- terminal text -------------------------------------------------------------------


def text_fragments(call: AnnotatedCall, marks: bool = True, width: int = 100) -> Fragments:
    """The call as a readable conversation for the terminal, as styled fragments.

    Every piece of text from the file goes through :func:`printable`, so an escape
    sequence in a turn or a name is shown, not obeyed by the terminal. ``roleplay.color``
    draws the fragments in colour (evidence in ``class:highlight``), or joins them as
    plain text.

    Args:
        call: From :func:`annotate`.
        marks: Mark evidence ``«like this»`` too: for plain text, where the highlight
            does not show.
        width: Wrap turns to this many columns.
    """
    lines: list[Fragments] = [[("class:title", printable(call.title))]]
    if call.transcript.source:
        lines.append([("class:dim", printable(call.transcript.source))])
    line = ""
    for label, value in call.facts():  # wrap between facts, never inside one
        fact = f"{label}: {printable(value)}"
        if line and len(line) + 2 + len(fact) > width:
            lines.append([("", line)])
            line = fact
        else:
            line = f"{line}  {fact}" if line else fact
    lines.append([("", line)])
    lines.append([])
    indent = " " * 14
    body_width = max(width - len(indent), 20)
    for turn in call.turns:
        first, *rest = _wrap(turn, body_width, marks)
        lines.append(
            [("", f"{turn.number:>3}  "), ("class:heading", f"{turn.label:<8}"), ("", " ")]
        )
        lines[-1].extend(first)
        lines.extend([("", indent), *wrapped] for wrapped in rest)
        for m in turn.mistakes:
            lines.extend(_note_lines(m, indent, width))
    if call.general:
        lines.append([])
        lines.append([("class:heading", "The whole call")])
        for m in call.general:
            lines.extend(_note_lines(m, "  ", width))
    if call.conversation is not None:
        lines.append([])
        lines.append([("class:heading", f"The conversation, {call.conversation.basis}")])
        for label, value in call.conversation.lines():
            wrapped = textwrap.wrap(
                f"{label}: {value}", width, initial_indent="  ", subsequent_indent="    "
            )
            lines.extend([("", w)] for w in wrapped)
    return [fragment for line in lines for fragment in (*line, ("", "\n"))]


def render_text(call: AnnotatedCall, width: int = 100) -> str:
    """:func:`text_fragments` as plain text, evidence marked ``«like this»``."""
    return plain(text_fragments(call, marks=True, width=width))


def _wrap(turn: AnnotatedTurn, width: int, marks: bool) -> list[Fragments]:
    """A turn's text wrapped to ``width``, one list of fragments per line; a highlight
    that runs over a line break is split there, so it never colours the margin."""
    # Made printable before the markers go in: a \x01 in the text is shown, not a marker.
    shown = [printable(s.text, keep=FOLDED_WHITESPACE) for s in turn.segments]
    marked = "".join(
        f"{_START}{text}{_STOP}" if s.codes else text
        for s, text in zip(turn.segments, shown, strict=True)
    )
    out: list[Fragments] = []
    inside = False
    for line in textwrap.wrap(" ".join(marked.split()), width) or [""]:
        fragments: Fragments = []
        for piece in _MARKERS.split(line):
            if piece in (_START, _STOP):
                inside = piece == _START
                if marks:
                    fragments.append(("", OPEN_MARK if inside else CLOSE_MARK))
            elif piece:
                fragments.append((HIGHLIGHT if inside else "", piece))
        out.append(fragments)
    return out


def _note_lines(m: Mistake, indent: str, width: int) -> list[Fragments]:
    wrap = max(width - len(indent) - 7, 20)
    code, message = printable(m.code), printable(m.message, keep=FOLDED_WHITESPACE)
    lines = textwrap.wrap(f"{code}: {message}" if message else code, wrap) or [code]
    first, rest = lines[0], lines[1:]
    if first.startswith(code):  # colour the code only, even when it holds a ':'
        head, sep, after = code, "", first[len(code) :]
    else:  # a code too long for one line: textwrap broke it
        head, sep, after = first.partition(":")
    out: list[Fragments] = [[("", f"{indent}✗ "), ("class:bad", head), ("", f"{sep}{after}")]]
    out.extend([("", f"{indent}  {line}")] for line in rest)
    tip = printable(tip_for(m), keep=FOLDED_WHITESPACE)
    if tip.strip():
        tip_lines = textwrap.wrap(tip, wrap)
        out.append([("", f"{indent}  "), ("class:tip", "tip:"), ("", f" {tip_lines[0]}")])
        out.extend([("", f"{indent}       {line}")] for line in tip_lines[1:])
    return out


# --- markdown ------------------------------------------------------------------------

# The characters CommonMark reads as markup inside a line. Lines never start with user
# text (each starts with our own prefix), so list and heading markers need no escape.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|~])")


def _md_flat(text: str) -> str:
    """``text`` printable, on one line: runs of white space (newlines too) become one space."""
    return re.sub(r"\s+", " ", printable(text, keep=FOLDED_WHITESPACE))


def md_escape(text: str) -> str:
    """Escape the characters markdown would read as formatting inside a paragraph.

    The text is also made printable and kept on one line, so nothing in it can end the
    paragraph, open a block, run HTML or reach a terminal as an escape sequence.
    """
    return _MD_SPECIAL.sub(r"\\\1", _md_flat(text))


def md_code(text: str) -> str:
    """``text`` as an inline code span that no backtick inside it can close early.

    Backslashes do not escape inside a code span, so the fence is made one backtick
    longer than the longest run of backticks in ``text`` (CommonMark 6.1).
    """
    flat = _md_flat(text).strip()
    if not flat:
        return ""
    fence = "`" * (max(map(len, re.findall("`+", flat)), default=0) + 1)
    pad = " " if flat.startswith("`") or flat.endswith("`") else ""
    return f"{fence}{pad}{flat}{pad}{fence}"


def _md_strong(text: str) -> str:
    # "** x**" is not bold in CommonMark: the spaces go outside the markers.
    core = md_escape(text)
    stripped = core.strip()
    if not stripped:
        return core
    lead = " " if core.startswith(" ") else ""
    trail = " " if core.endswith(" ") else ""
    return f"{lead}**{stripped}**{trail}"


def render_markdown(call: AnnotatedCall, heading_level: int = 2) -> str:
    """The call as markdown, for pasting into a coaching document."""
    hashes = "#" * heading_level
    # In a heading, trailing '#'s would be read as its closing sequence and dropped.
    title = md_escape(call.title).replace("#", "\\#")
    out = [f"{hashes} {title}", ""]
    out.append(
        " · ".join(f"**{label.capitalize()}:** {md_escape(value)}" for label, value in call.facts())
    )
    out.append("")
    for turn in call.turns:
        text = "".join(_md_strong(s.text) if s.codes else md_escape(s.text) for s in turn.segments)
        out.append(f"**{turn.number}. {turn.label}:** {text}")
        out.append("")
        for m in turn.mistakes:
            out.extend(_md_note(m))
    if call.general:
        out.extend([f"{hashes}# The whole call", ""])
        for m in call.general:
            out.extend(_md_note(m))
    if call.conversation is not None:
        out.extend([f"{hashes}# The conversation, {call.conversation.basis}", ""])
        out.extend(
            f"- **{md_escape(label)}:** {md_escape(value)}"
            for label, value in call.conversation.lines()
        )
        out.append("")
    return "\n".join(out).rstrip("\n") + "\n"


def _md_note(m: Mistake) -> list[str]:
    lines = [f"> ✗ {md_code(m.code)}" + (f": {md_escape(m.message)}" if m.message else "")]
    tip = md_escape(tip_for(m)).strip()
    if tip:
        lines[0] += "  "  # markdown line break
        lines.append(f"> *Tip:* {tip}")
    return [*lines, ""]


def exam_call(transcript: Transcript) -> str:
    """``Week 1 (call 1 of 2)`` for a session played as an exam call, else ""."""
    meta = transcript.meta
    title, k, n = meta.get("exam"), meta.get("exam_call"), meta.get("exam_calls")
    if meta.get("mode") != "exam" or not isinstance(title, str):
        return ""
    if isinstance(k, int) and isinstance(n, int) and not isinstance(k, bool):
        return f"{title} (call {k} of {n})"
    return title
