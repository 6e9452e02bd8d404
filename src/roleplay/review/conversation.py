"""Conversation figures of a real call, as conversation-intelligence tools report them.

Four figures, the ones Gong's research reports on sales calls (see ``docs/scoring.md``
for the published benchmarks and where each comes from):

* **talk share**: the rep's share of the talking (silence left out);
* **longest monologue**: the rep's longest turn, i.e. the longest stretch of the rep
  talking without the other side saying anything;
* **questions**: how many questions the rep asked, sentence by sentence, read by the
  same rules as the ``question`` signal (:attr:`TurnAnalysis.questions
  <roleplay.language.analysis.TurnAnalysis.questions>`);
* **first question**: how far into the call the rep's first question comes, to the
  start of the turn that holds it.

From captions, times are measured: a turn lasts from its start to its end, and the call
starts at its first turn. A text transcript has no times, so each figure is counted in
words, and seconds are estimated at :data:`WORDS_PER_MINUTE`; the talk share is then
the rep's share of the words. Pure: a transcript in, figures out.
"""

from __future__ import annotations

from roleplay.language.analysis import CallAnalysis
from roleplay.language.text import Frozen, word_count
from roleplay.transcript import Transcript

#: The speaking rate assumed to turn words into seconds when a call has no timestamps.
WORDS_PER_MINUTE = 150


class ConversationFigures(Frozen):
    """The conversation figures of one call (a :class:`~roleplay.language.text.Frozen`
    value, not a dataclass: ``roleplay score`` builds it on every real call and start-up
    counts).

    Attributes:
        timed: Measured from timestamps (True) or estimated from words (False).
        rep_seconds: Seconds the rep talked (estimated from words when not timed).
        other_seconds: Seconds everyone else talked.
        rep_words: Words the rep said.
        other_words: Words everyone else said.
        longest_monologue_seconds: The rep's longest turn, in seconds.
        longest_monologue_words: Its words.
        longest_monologue_turn: Its 1-based turn number, both sides counted (None
            when the rep never spoke).
        questions: Questions the rep asked.
        first_question_seconds: From the start of the call to the start of the rep
            turn with the first question (None when there is none).
        first_question_words_before: Words said (by anyone) before that turn.
        first_question_turn: Its 1-based turn number.
        words_per_minute: The rate behind the estimates.
    """

    timed: bool
    rep_seconds: float
    other_seconds: float
    rep_words: int
    other_words: int
    longest_monologue_seconds: float
    longest_monologue_words: int
    longest_monologue_turn: int | None
    questions: int
    first_question_seconds: float | None
    first_question_words_before: int | None
    first_question_turn: int | None
    words_per_minute: int

    _fields = (
        "timed",
        "rep_seconds",
        "other_seconds",
        "rep_words",
        "other_words",
        "longest_monologue_seconds",
        "longest_monologue_words",
        "longest_monologue_turn",
        "questions",
        "first_question_seconds",
        "first_question_words_before",
        "first_question_turn",
        "words_per_minute",
    )

    def __init__(
        self,
        timed: bool,
        rep_seconds: float,
        other_seconds: float,
        rep_words: int,
        other_words: int,
        longest_monologue_seconds: float,
        longest_monologue_words: int,
        longest_monologue_turn: int | None,
        questions: int,
        first_question_seconds: float | None,
        first_question_words_before: int | None,
        first_question_turn: int | None,
        words_per_minute: int = WORDS_PER_MINUTE,
    ) -> None:
        for name, value in zip(
            self._fields,
            (
                timed,
                rep_seconds,
                other_seconds,
                rep_words,
                other_words,
                longest_monologue_seconds,
                longest_monologue_words,
                longest_monologue_turn,
                questions,
                first_question_seconds,
                first_question_words_before,
                first_question_turn,
                words_per_minute,
            ),
            strict=True,
        ):
            object.__setattr__(self, name, value)

    @property
    def talk_share(self) -> float | None:
        """The rep's share of the talk, 0-1 (None when nobody said anything)."""
        if self.timed:
            total = self.rep_seconds + self.other_seconds
            return self.rep_seconds / total if total > 0 else None
        words = self.rep_words + self.other_words
        return self.rep_words / words if words else None

    @property
    def basis(self) -> str:
        """How the figures were had, in words for the user."""
        if self.timed:
            return "from the timestamps"
        return f"estimated from words, at {self.words_per_minute} words a minute"

    def to_dict(self) -> dict[str, object]:
        """The figures as JSON (what ``score --json`` prints under ``conversation``)."""
        share = self.talk_share
        return {
            "measured": "timestamps" if self.timed else "words",
            "words_per_minute": None if self.timed else self.words_per_minute,
            "talk_share": None if share is None else round(share, 4),
            "rep_talk_seconds": round(self.rep_seconds, 3),
            "other_talk_seconds": round(self.other_seconds, 3),
            "rep_words": self.rep_words,
            "other_words": self.other_words,
            "longest_monologue_seconds": round(self.longest_monologue_seconds, 3),
            "longest_monologue_words": self.longest_monologue_words,
            "longest_monologue_turn": self.longest_monologue_turn,
            "questions": self.questions,
            "first_question_seconds": _rounded(self.first_question_seconds),
            "first_question_words_before": self.first_question_words_before,
            "first_question_turn": self.first_question_turn,
        }

    def lines(self) -> list[tuple[str, str]]:
        """``(label, value)`` for each figure, the way ``score``, ``show`` and the report
        print them."""
        share = self.talk_share
        if share is None:
            talk = "nobody said anything"
        elif self.timed:
            talk = (
                f"{share:.0%} ({duration(self.rep_seconds)} of "
                f"{duration(self.rep_seconds + self.other_seconds)} of talk)"
            )
        else:
            talk = f"{share:.0%} ({self.rep_words} of {self.rep_words + self.other_words} words)"
        if share is not None:
            talk += "; Gong's best-converting share is 43%"
        if self.longest_monologue_turn is None:
            monologue = "the rep said nothing"
        else:
            monologue = (
                self._amount(self.longest_monologue_seconds, self.longest_monologue_words)
                + f" (turn {self.longest_monologue_turn})"
            )
        if self.first_question_turn is None:
            first = "no question"
        elif not self.first_question_words_before:
            first = f"at the start of the call (turn {self.first_question_turn})"
        elif self.timed:
            first = (
                f"{duration(self.first_question_seconds or 0.0)} into the call "
                f"(turn {self.first_question_turn})"
            )
        else:
            first = (
                f"after {self.first_question_words_before} words, "
                f"~{duration(self.first_question_seconds or 0.0)} "
                f"(turn {self.first_question_turn})"
            )
        return [
            ("rep talk share", talk),
            ("longest rep monologue", monologue),
            ("rep questions", str(self.questions)),
            ("first rep question", first),
        ]

    def _amount(self, seconds: float, words: int) -> str:
        if self.timed:
            return duration(seconds)
        return f"{words} word{'s' if words != 1 else ''}, ~{duration(seconds)}"


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 3)


def duration(seconds: float) -> str:
    """``8.5 s``, ``23 s``, ``1 min 5 s``: a length of time, to the tenth of a second under
    a minute, else to the second."""
    if seconds < 59.95:
        return f"{seconds:.1f}".removesuffix(".0") + " s"
    whole = int(seconds + 0.5)  # half a second up, as people round (round() goes to even)
    return f"{whole // 60} min {whole % 60} s"


def conversation_figures(
    transcript: Transcript, analysis: CallAnalysis | None = None
) -> ConversationFigures:
    """The conversation figures of a call.

    Args:
        transcript: The call; timed when every turn has a start and an end.
        analysis: Its analysis, when the caller has it already (the scorer's); otherwise
            the turns are read here.
    """
    turns = transcript.turns
    timed = transcript.timed
    read = (analysis if analysis is not None else CallAnalysis.of(turns)).turns
    per_word = 60 / WORDS_PER_MINUTE
    call_start = turns[0].start if timed and turns and turns[0].start is not None else 0.0
    talk = {True: 0.0, False: 0.0}
    words = {True: 0, False: 0}
    longest: tuple[float, int, int | None] = (0.0, 0, None)
    questions = 0
    first: tuple[float, int, int] | None = None
    said_before = 0
    for number, (turn, reading) in enumerate(zip(turns, read, strict=True), 1):
        count = word_count(turn.text)
        if timed and turn.start is not None and turn.end is not None:
            seconds = turn.end - turn.start
        else:
            seconds = count * per_word
        talk[turn.is_rep] += seconds
        words[turn.is_rep] += count
        if turn.is_rep:
            if longest[2] is None or seconds > longest[0]:
                longest = (seconds, count, number)
            asked = len(reading.questions)
            questions += asked
            if asked and first is None:
                began = (turn.start or 0.0) - call_start if timed else said_before * per_word
                first = (began, said_before, number)
        said_before += count
    return ConversationFigures(
        timed=timed,
        rep_seconds=talk[True],
        other_seconds=talk[False],
        rep_words=words[True],
        other_words=words[False],
        longest_monologue_seconds=longest[0],
        longest_monologue_words=longest[1],
        longest_monologue_turn=longest[2],
        questions=questions,
        first_question_seconds=first[0] if first else None,
        first_question_words_before=first[1] if first else None,
        first_question_turn=first[2] if first else None,
    )
