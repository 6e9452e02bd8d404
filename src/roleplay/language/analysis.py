"""The analysis of a call, turn by turn: computed once, read by everyone.

The prospect's intent matching, the live coach, the scorecard, ``/hint``, ``roleplay
score``, ``show``, ``explain`` and the report all read a line through one
:class:`CallAnalysis`. A practice call grows it one turn at a time (:meth:`CallAnalysis.add`);
a transcript builds it in one go (:meth:`CallAnalysis.of`). Each line is repaired once
(:mod:`roleplay.language.repair`), read once, and the words behind every signal are quoted
as the trainee typed them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping

from roleplay.language.names import asks_who, rep_name
from roleplay.language.pricing import asks_price
from roleplay.language.purpose import asks_purpose
from roleplay.language.repair import Repaired, first_names, repair
from roleplay.language.signals import MAX_ANALYSED_CHARS, UNSCORED, in_context, line_signals
from roleplay.language.text import Frozen, Lazy, has_any, is_question, sentences
from roleplay.language.times import names_refused_time, proposed_time, refused_times
from roleplay.language.voicemail import voicemail_greeting


class Signals(Mapping[str, str]):
    """A rep line's signals, ``{signal: the words that show it}``, in the order the rules
    find them (read-only).

    The signals the scorecard reads, and those they depend on, are found with the line;
    the others (:data:`~roleplay.language.signals.UNSCORED`: a greeting, thanks, an easy
    out...) when one of them, or the whole mapping, is first asked for, by reading the
    line again with every rule. A batch of scores never pays for them; the engine,
    ``explain`` and a scenario's codes see every signal, in the same order as always.
    """

    __slots__ = ("_found", "_read_all")

    def __init__(
        self, found: dict[str, str], read_all: Callable[[], dict[str, str]] | None = None
    ) -> None:
        self._found = found  # every signal once ``_read_all`` is None
        self._read_all = read_all

    def _every(self) -> dict[str, str]:
        if self._read_all is not None:
            self._found = self._read_all()
            self._read_all = None
        return self._found

    @property
    def scored(self) -> Mapping[str, str]:
        """The signals read so far: every one the scorecard reads, and perhaps more."""
        return self._found

    def __getitem__(self, name: str) -> str:
        if name in UNSCORED:
            return self._every()[name]
        return self._found[name]

    def __contains__(self, name: object) -> bool:
        if name in UNSCORED:
            return name in self._every()
        return name in self._found

    def __iter__(self) -> Iterator[str]:
        return iter(self._every())

    def __len__(self) -> int:
        return len(self._every())

    def __repr__(self) -> str:
        return f"Signals({self._every()!r})"


_EMPTY = Signals({})
# The voicemail named, however it is typed: "want her voicemail?", "want her vm", "his
# voice mail".
_VOICEMAIL_WORD = Lazy(
    r"(?i)\bvoice[\s-]?mail|\bvm\b|\bmailbox\b"
    # "I can send you to the machine", "her answering machine"
    r"|\b(?:the|her|his|their|our|my|answering)\s+machine\b"
    # "I put you to his message box", "I put you the message of the phone"
    r"|\bmessage\s+(?:box|bank)\b|\bmessage\s+of\s+the\s+(?:phone|mobile|cell)\b"
)
# The other side handing the call on: "let me transfer you", "putting you through", "one
# sec" (the rep's thanks may come between it and the greeting that answers).
_HAND_OFF = Lazy(
    r"(?i)\b(?:transfer(?:ring)?\s+you|put(?:ting)?\s+you\s+(?:through|over)|connect(?:ing)?\s+you"
    # (an attendant's words: "Transferring your call.", "connecting your call now")
    r"|(?:transferring|connecting|forwarding)\s+your\s+call"
    r"|(?:send(?:ing)?|pass(?:ing)?|patch(?:ing)?|bounc(?:e|ing)|forward(?:ing)?|rout(?:e|ing)|switch(?:ing)?)\s+you\s+(?:through|over|to)"
    r"|one\s+(?:sec|second|moment|minute)|just\s+a\s+(?:sec|second|moment|minute)|hold\s+(?:on|please)"
    r"|let\s+me\s+(?:try|see\s+if|put|get)|i'll\s+(?:try|put\s+you|transfer|connect)|ill\s+(?:try|transfer|connect))\b"
)
# An auto-attendant that routed the call by name or extension: "Please say the name of the
# person you're trying to reach", "enter your party's extension". Once the call has met one,
# a "leave a message" later on is the voicemail it put the call through to.
_AUTO_ATTENDANT = Lazy(
    r"(?i)\bsay\s+the\s+(?:full\s+|last\s+|first\s+)?name\s+of\s+the\s+(?:person|party|employee)\b"
    r"|\b(?:enter|dial|know)\s+(?:the\s+|your\s+)?(?:party's\s+)?extension\b"
)


class ProspectAsks(Frozen):
    """What a prospect line asks or offers, each with the words that show it (or None)."""

    who: str | None  # "who's calling?"
    purpose: str | None  # "what's this about?"
    price: str | None  # "what does it cost?"
    time: str | None  # a time it proposes ("call me Thursday at 10")

    _fields = ("who", "purpose", "price", "time")
    __match_args__ = ("who", "purpose", "price", "time")

    def __init__(
        self,
        who: str | None = None,
        purpose: str | None = None,
        price: str | None = None,
        time: str | None = None,
    ) -> None:
        object.__setattr__(self, "who", who)
        object.__setattr__(self, "purpose", purpose)
        object.__setattr__(self, "price", price)
        object.__setattr__(self, "time", time)


_NO_ASKS = ProspectAsks()


class TurnAnalysis(Frozen):
    """One turn, read.

    Attributes:
        index: 0-based position in the call.
        speaker: ``rep`` or ``prospect``.
        line: The line as typed, and its repaired form.
        signals: For a rep turn, ``{signal: the words that show it}`` in the repaired
            line (see ``roleplay.language.signals.SIGNALS``, and :class:`Signals` for when
            each is read); :meth:`quote` gives them as typed.
        asks: For a prospect turn, what it asks.
    """

    index: int
    speaker: str
    line: Repaired
    signals: Signals
    asks: ProspectAsks

    _fields = ("index", "speaker", "line", "signals", "asks")

    def __init__(
        self,
        index: int,
        speaker: str,
        line: Repaired,
        signals: Signals = _EMPTY,
        asks: ProspectAsks = _NO_ASKS,
    ) -> None:
        s = object.__setattr__
        s(self, "index", index)
        s(self, "speaker", speaker)
        s(self, "line", line)
        s(self, "signals", signals)
        s(self, "asks", asks)

    @property
    def is_rep(self) -> bool:
        return self.speaker == "rep"

    @property
    def text(self) -> str:
        """The line as typed."""
        return self.line.raw

    @property
    def read(self) -> str:
        """The line as the rules read it (repaired)."""
        return self.line.text

    @property
    def name(self) -> str | None:
        """For a rep turn, the personal name the rep gives, if any (read when asked: the
        scorer never needs it, the prospect does)."""
        return rep_name(self.line.text) if self.is_rep else None

    def quote(self, evidence: str) -> str:
        """Words of the repaired line, as the trainee typed them."""
        return self.line.to_raw(evidence)

    @property
    def questions(self) -> tuple[str, ...]:
        """The sentences of the line, as read, that ask something: the reading behind the
        ``question`` signal, sentence by sentence (it marks the first), for counting."""
        return tuple(s for s in sentences(self.line.text) if is_question(s))


def _names_asked_for(introduction: str, turns: Iterable[TurnAnalysis]) -> bool:
    """Whether a first name in ``introduction`` is one the rep asked to be put through to
    earlier ("is mark there?"). The earlier lines' text is looked at first: their signals
    are read only for a name said before."""
    names = [w for w in introduction.lower().split() if w in first_names()]
    for t in turns:
        if t.speaker != "rep":
            continue
        low = t.line.text.lower()
        if any(name in low for name in names) and "routing" in t.signals:
            routing = t.signals["routing"].lower().replace("?", " ").replace(",", " ").split()
            # (not the rep's own name, said in the same breath: "may i speak with ma'am remy
            # this is carlo brizuela")
            own = t.signals.get("introduction", "").lower().replace(",", " ").split()
            if any(name in routing and name not in own for name in names):
                return True
    return False


# Words around a name said alone: "yeah Lumenfield", "it's Lumenfield".
_AROUND_A_NAME = frozenset(
    "yeah yes yep ok okay oh so hi hey it's its it is this sure um uh".split()
)


def _our_company_again(introduction: str, turns: Iterable[TurnAnalysis]) -> bool:
    """Whether a bare name read as the rep's ("yeah Lumenfield") is the company the rep
    named earlier ("im with Lumenfield", "from Lumenfield"): where from, not who."""
    words = [w for w in introduction.lower().replace(",", " ").split() if w not in _AROUND_A_NAME]
    # (one word or two: "yeah Lumenfield", "Nordvik Denim, from Sweden" after "head of
    # sourcing at Nordvik Denim")
    if not 1 <= len(words) <= 2 or not all(w.isalpha() for w in words):
        return False
    firm = r"\s+".join(map(re.escape, words))
    # (not the rep's own name after "you are speaking with": "You are speaking with Arrey
    # Bessong, from ..." then "Arrey Bessong, madam.")
    said = re.compile(rf"\b(?<!speaking\s)(?<!talking\s)(?:with|from|at|for)\s+{firm}\b")
    return any(t.speaker == "rep" and said.search(t.line.text.lower()) for t in turns)


def _their_own_name(introduction: str, turns: Iterable[TurnAnalysis]) -> bool:
    """Whether a bare name read as the rep's ("Graham, are you the one who...") is the name
    the prospect answered with ("Graham Whitlock.", "..., this is Graham"): the one called,
    addressed, not the caller."""
    words = introduction.lower().replace(",", " ").split()
    if not words or len(words) > 2 or words[0] not in first_names():
        return False
    name = words[0]
    for t in turns:
        if t.speaker == "rep":
            continue
        low = t.line.text.lower()
        if name in low:
            # (the name as a word: "al" is not the "al" of "dental")
            marked = re.sub(rf"\b{re.escape(name)}\b", "\x00", low, count=1)
            if _ANSWERED_AS.search(marked):
                return True
    return False


# Where the prospect says their own name, the name replaced by NUL: "\x00 whitlock.",
# "harbor dental, this is \x00", "\x00 speaking".
_ANSWERED_AS = Lazy(
    r"^\W*\x00(?![a-z])|\b(?:this\s+is|it's|its|i'm)\s+\x00|\x00\s+(?:speaking|here)\b"
)


#: Every match of the name said again has one of these.
_SAID_AGAIN_CUES = ("it's ", "its ", "it is ", "this is ", " here", " again", " calling", " from")


def _name_again(text: str, turns: Iterable[TurnAnalysis]) -> str | None:
    """The words saying again the first name the rep gave earlier in the call ("hey dev its
    amaru!" in the voicemail, after "hi jess, its amaru quispe" to the colleague), or
    None: a name no list knows, typed in lower case, is a name once the rep has given it."""
    low = text.lower()
    if not has_any(low, _SAID_AGAIN_CUES):
        return None  # (most lines: one look for the words every match has)
    for t in turns:
        if t.speaker != "rep" or "introduction" not in t.signals:
            continue
        name = rep_name(t.line.text)
        first = name.split()[0].lower() if name else ""
        if len(first) > 1 and first in low:
            said = re.escape(first)
            found = re.search(
                rf"\b(?:it's|its|it\s+is|this\s+is)\s+{said}\b|\b{said}\s+(?:here|again|calling|from)\b"
                # (a pause may come before where from, but not after a greeting, which
                # addresses the one called: "ya remi, from ledgerly", not "hi remi, from")
                rf"|(?<!\bhi\s)(?<!\bhey\s)(?<!\bhello\s)\b{said},\s+from\b",
                text,
                re.IGNORECASE,
            )
            if found:
                return found.group()
    return None


class CallAnalysis:
    """Every turn of a call, analysed once, in order.

    ``scored_first``: read each rep line's :data:`~roleplay.language.signals.UNSCORED`
    signals only when first asked for (a whole call, most often to be scored), rather
    than with the line (a call grown turn by turn, whose engine reads every signal).
    """

    turns: list[TurnAnalysis]
    scored_first: bool

    def __init__(self, turns: list[TurnAnalysis] | None = None, scored_first: bool = False) -> None:
        self.turns = [] if turns is None else turns
        self.scored_first = scored_first

    def __repr__(self) -> str:
        return f"CallAnalysis(turns={self.turns!r}, scored_first={self.scored_first!r})"

    def __eq__(self, other: object) -> bool:
        if isinstance(other, CallAnalysis) and other.__class__ is self.__class__:
            return (self.turns, self.scored_first) == (other.turns, other.scored_first)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # mutable, as the dataclass it was

    @classmethod
    def of(cls, turns: Iterable[object]) -> CallAnalysis:
        """Analyse a whole call: any objects with ``speaker`` and ``text``."""
        call = cls(scored_first=True)
        for turn in turns:
            call.add(turn.speaker, turn.text)  # type: ignore[attr-defined]
        return call

    def add(self, speaker: str, text: str) -> TurnAnalysis:
        """Analyse the next turn, in the context of the turns before it."""
        turns = self.turns
        index = len(turns)
        line = repair(text[:MAX_ANALYSED_CHARS], names=speaker == "rep")
        last = turns[-1] if turns else None
        if speaker == "rep":
            prospect = last if last is not None and last.speaker != "rep" else None
            before = prospect.asks if prospect is not None else _NO_ASKS
            previous = prospect.line.text if prospect is not None else None
            # The opening is the rep's first two turns (counted up to two, not over the call).
            reps = 0
            for t in turns:
                if t.speaker == "rep":
                    reps += 1
                    if reps == 2:
                        break
            opening = reps < 2

            def read(scored_only: bool = False) -> dict[str, str]:
                found = line_signals(
                    line.text,
                    before.who,
                    before.purpose,
                    before.price,
                    prev_time=before.time,
                    scored_only=scored_only,
                )
                found = in_context(found, line.text, previous=previous, opening=opening)
                if "introduction" not in found:
                    again = _name_again(line.text, turns)
                    if again:
                        found["introduction"] = again
                if (
                    "introduction" in found
                    and before.who
                    and (
                        _names_asked_for(found["introduction"], turns[:index])
                        or _their_own_name(found["introduction"], turns[:index])
                        or _our_company_again(found["introduction"], turns[:index])
                    )
                ):
                    # Asked who is calling, the name of the one the rep asked for ("is mark
                    # there?" ... "mark delaney, in marketing") says whom they want, not who
                    # they are; the company named again ("im with lumenfield" ... "yeah
                    # Lumenfield") says where from, not who.
                    del found["introduction"]
                    found.setdefault("ignored_question", before.who)
                if not scored_only and "callback_offer" not in found:
                    # The slots the prospect has turned down so far ("Thursday noon's
                    # out"): proposing one again is ``refused_time``, the call's memory.
                    refused = tuple(
                        slot
                        for said in turns[:index]
                        if said.speaker != "rep"
                        for slot in refused_times(said.line.text)
                    )
                    again = names_refused_time(line.text, refused) if refused else None
                    if again:
                        found["refused_time"] = again
                return found

            signals = Signals(read(True), read) if self.scored_first else Signals(read())
            turn = TurnAnalysis(index, speaker, line, signals=signals)
        else:
            # "How can I help you?" before the rep has said who they are answers the phone (a
            # "sure" to "can you hold?" says nothing); once they have, it asks what the call
            # is about, unless they have said that too ("I'm calling to set up a demo" ...
            # "sure, how can I help you": go ahead).
            said = {
                name
                for t in turns
                if t.speaker == "rep"
                for name in ("introduction", "reason")
                if name in t.signals
            }
            opening = "introduction" not in said or "reason" in said
            turn = TurnAnalysis(
                index,
                speaker,
                line,
                asks=ProspectAsks(
                    who=asks_who(line.text),
                    purpose=asks_purpose(line.text, opening=opening),
                    price=asks_price(line.text),
                    time=proposed_time(line.text),
                ),
            )
        turns.append(turn)
        return turn

    @property
    def rep(self) -> tuple[int, ...]:
        """0-based indexes of the rep's turns."""
        return tuple(t.index for t in self.turns if t.is_rep)

    def signals_seen(self) -> set[str]:
        """Every signal any rep turn has shown so far."""
        return {s for t in self.turns if t.is_rep for s in t.signals}

    def voicemail(self) -> tuple[int, int] | None:
        """``(greeting, message)`` indexes when the call went to voicemail, else None."""
        turns = self.turns
        for i, turn in enumerate(turns):
            if turn.is_rep or i + 1 >= len(turns) or not turns[i + 1].is_rep:
                continue
            strength = voicemail_greeting(turn.line.text)
            # "Leave your name and number" alone is trusted only when it is how the call
            # opens, when the lines just before it sent the call to voicemail ("want his
            # voicemail?" "sure"), or when it picks up straight after the other side's own
            # line ("let me try his line" / "this is walt, leave a message"), or just after
            # the rep's thanks for being put through ("one sec" / "thanks" / the greeting):
            # a hand-off; or after an auto-attendant put the call through by name. A live
            # receptionist can say it too.
            opens_call = not any(t.is_rep for t in turns[:i])
            if strength == "strong" or (
                strength == "weak"
                and (
                    opens_call
                    or not turns[i - 1].is_rep
                    or any(_VOICEMAIL_WORD.search(t.line.text) for t in turns[max(0, i - 3) : i])
                    or any(
                        not t.is_rep and _HAND_OFF.search(t.line.text)
                        for t in turns[max(0, i - 3) : i]
                    )
                    or any(not t.is_rep and _AUTO_ATTENDANT.search(t.line.text) for t in turns[:i])
                )
            ):
                return i, i + 1
        return None
