"""The conversation engine: one trainee line in, the prospect's reaction out. No I/O.

For each rep line the engine:

1. reads the line once (``roleplay.language.analysis``) and runs the live scoring rules, so
   mistakes are known *as they happen*;
2. recognises the intents the current state listens for (``roleplay.intents``);
3. picks the best transition whose mood conditions hold, fires it on a
   ``transitions.Machine``, applies its mood effects, and says a reply variant chosen
   by a seeded RNG, with ``{slots}`` filled in;
4. checks the scenario's ``watch`` rules (e.g. patience ran out: hang up) and the turn limit.

The machine is built from the scenario's data only. Every condition handed to
``transitions`` is a closure made here, never a name from the YAML, because
``transitions`` imports and calls dotted callback names.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from transitions import Machine

from roleplay.dialogue.memory import MEMORY, remember
from roleplay.dialogue.scenario import HANG_UPS, Scenario, Transition, fill_slots
from roleplay.errors import RoleplayError
from roleplay.language.analysis import CallAnalysis
from roleplay.language.intents import IntentMatch, IntentMatcher
from roleplay.language.text import sentences
from roleplay.language.times import clock_said, one_slot
from roleplay.scoring import rules as scoring
from roleplay.scoring.scorecard import Mistake, Scorecard
from roleplay.transcript import PROSPECT, REP, Turn

#: Longest line the engine accepts. A paste beyond this is refused, not truncated.
MAX_LINE_CHARS = 2000

#: In-character lines for a line nobody understood, when the scenario gives none.
_GENERIC_CONFUSED = (
    "Sorry, what was that?",
    "I'm not following you.",
    "Hm? What do you mean?",
)


class LineRefused(RoleplayError):
    """A trainee line the call does not take: it is kept in the transcript, not played."""


class InputTooLong(LineRefused):
    """A trainee line longer than ``MAX_LINE_CHARS``."""


class NotSpoken(LineRefused):
    """A trainee line that is only a stage direction: "(waits for the beep)", "[pause]"."""


class CallEnded(RoleplayError):
    """A line was sent after the call had already ended."""


@dataclass(frozen=True)
class TurnResult:
    """What happened after one rep line.

    Attributes:
        reply: The prospect's answer (None only if the scenario gives no line at all).
        state: The state after this turn.
        intent: The intent recognised, or None when the line matched nothing.
        mistakes: Mistakes detected on this line, as they happened.
        moods: The prospect's moods after this turn.
        ended: True when the call is over.
        outcome: ``success``/``failure``/``neutral`` once ended by a terminal state.
        turn: 1-based index of the rep's turn in the transcript.
        fired: The scenario's transitions taken this turn, in order: the edge the line
            took (an ``on``, ``anywhere`` or ``else`` edge), then the watch rule that
            fired, if any. Empty when the line matched nothing.
        timed_out: True when this turn reached ``max_turns`` and the call moved to the
            scenario's ``timeout`` state.
    """

    reply: str | None
    state: str
    intent: str | None
    mistakes: tuple[Mistake, ...]
    moods: Mapping[str, int]
    ended: bool
    outcome: str | None
    turn: int
    fired: tuple[Transition, ...] = ()
    timed_out: bool = False


def check_line(text: str) -> str:
    """A trainee line as the engine takes it: whitespace collapsed, length checked.

    Callers that must record a line before the engine sees it (``run``, ``practice``)
    call this first, so what they save is exactly what the engine will judge.

    Raises:
        InputTooLong: when it is over ``MAX_LINE_CHARS``.
        NotSpoken: when it is only a stage direction ("(waits for the beep)").
    """
    line = " ".join(text.split())
    if len(line) > MAX_LINE_CHARS:
        raise InputTooLong(
            f"that line is {len(line)} characters; say it in turns of at most {MAX_LINE_CHARS}"
        )
    if line[:1] in "([*" and _STAGE_DIRECTION.fullmatch(line):
        raise NotSpoken(
            "that line is a stage direction, and the prospect hears only words; type what you say"
        )
    return line


# A line that is all action, no words: "(waits for the beep)", "[pause]", "*clears throat*"
# (not a line that only starts with one: "(laughs) fair enough").
_STAGE_DIRECTION = re.compile(r"\([^()]*\)|\[[^\[\]]*\]|\*[^*]+\*")


#: How many more things one turn can tell the prospect after the first.
_MAX_FOLLOW_UPS = 3
#: What the prospect remembers from earlier turns: who is calling and why.
_REMEMBERED = frozenset({"introduction", "reason"})


_CLAUSE_BREAK = re.compile(r"\s*[,;:]\s+|\s+(?:or|and|but|so)\s+(?=\w)|\s+-+\s+")


def parts_of(text: str) -> tuple[str, ...]:
    """The sentences of a line and the clauses within them, for example phrases to match:
    "When's a good time, or is there someone else who handles this?" asks two things."""
    out: list[str] = []
    for sentence in sentences(text):
        out.append(sentence)
        clauses = [c for c in _CLAUSE_BREAK.split(sentence) if len(c.split()) >= 3]
        if len(clauses) > 1:
            out.extend(clauses)
    return tuple(dict.fromkeys(out))


_DESCRIPTION = re.compile(r"(?:the|a|an|whoever|someone|somebody|this|that)\b", re.IGNORECASE)
_VOCATIVE_NAME = re.compile(r",\s*\{rep_name\}(?=\s*[.!?,;:]|\s*$)")
# ... or opening a sentence: "{rep_name}! How did you know?", "{rep_name}. Right. Go ahead."
_LEADING_NAME = re.compile(r"(?:^|(?<=[.!?]\s))\{rep_name\}[!.,]\s*(\w?)")
# Reply text is split as written: language.text.sentences would straighten its quotes.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def _without_questions(line: str) -> str:
    """``line`` without the sentences that ask something."""
    return " ".join(p for p in _SENTENCE_END.split(line) if not p.rstrip(" \"')*").endswith("?"))


_ANSWER_SIGNALS = frozenset({"affirm", "deny", "thanks", "acknowledge"})


#: Evidence longer than this many words (a run-on line typed without a stop) does not
#: cover the phrases inside it.
_COVERING_WORDS = 25
#: Evidence that holds words already taken in, plus this many more, says something new:
#: "What's on your list beyond retention, and who would own this on your side?" asks about
#: priorities as well as the person its second clause asked for.
_NEWS_WORDS = 5


@dataclass
class _TakenIn:
    """What the prospect has already taken in from this turn: intents and their words."""

    intents: set[str]
    evidence: list[str]

    def overlaps(self, words: str) -> bool:
        # A run-on line read as one long sentence is the evidence of its first match, but
        # the rest of what it says is still news: only evidence of a clause or two covers
        # the words inside it.
        return any(
            e
            and words
            and (
                (e in words and len(words.split()) - len(e.split()) < _NEWS_WORDS)
                or (words in e and len(e.split()) <= _COVERING_WORDS)
            )
            for e in self.evidence
        )

    def covers(self, pieces: tuple[str, ...]) -> bool:
        """Whether every piece of a match's evidence (the name, the reason) was taken in
        already: a match that adds something (the name remembered from before, with the
        reason just heard) is still news."""
        return all(self.overlaps(piece) for piece in pieces)


class _Prospect:
    """The model object ``transitions`` drives. It only holds the state."""

    state: str
    trigger: Callable[..., bool]  # added by Machine: trigger(name) fires the named event


@dataclass
class _Choice:
    transition: Transition | None = None
    match: IntentMatch | None = None


def machine_spec(scenario: Scenario) -> tuple[list[str], list[dict[str, Any]]]:
    """States and transition dicts for ``transitions`` (triggers are intent names).

    The dicts carry no callbacks; callers add their own conditions. ``else`` edges get
    the trigger ``else``, watch rules ``watch``, the turn limit ``timeout``.
    """
    states = list(scenario.states)
    edges: list[dict[str, Any]] = []
    for t in scenario.all_transitions():
        if t.source == "*":
            source: Any = [n for n, s in scenario.states.items() if not s.terminal]
        else:
            source = t.source
        trigger = t.intent or ("watch" if t in scenario.watch else "else")
        edges.append({"trigger": trigger, "source": source, "dest": t.dest, "_edge": t})
    if scenario.max_turns and scenario.timeout:
        non_terminal = [n for n, s in scenario.states.items() if not s.terminal]
        edges.append(
            {"trigger": "timeout", "source": non_terminal, "dest": scenario.timeout, "_edge": None}
        )
    return states, edges


class Conversation:
    """One call in progress against a scenario.

    Args:
        scenario: The loaded scenario.
        seed: Seeds the choice of reply variants, so a call can be replayed exactly.
    """

    def __init__(self, scenario: Scenario, seed: int = 0) -> None:
        self.scenario = scenario
        self.seed = seed
        self.rng = random.Random(seed)
        self.moods: dict[str, int] = scenario.initial_moods()
        #: What the prospect remembers of the call (see :mod:`roleplay.dialogue.memory`).
        self.memory: dict[str, int] = dict.fromkeys(MEMORY, 0)
        self.slots: dict[str, str] = scenario.base_slots()
        self.turns: list[Turn] = []
        self.matcher = IntentMatcher(scenario.intents)
        # Intents that only answer the prospect ("yes please", "no thanks", "thank you").
        self._answers = frozenset(
            name
            for name, intent in scenario.intents.items()
            if (cues := {*intent.signals, *intent.any_signals}) and cues <= _ANSWER_SIGNALS
        )
        self.ended = False
        self.end_reason: str | None = None
        self._reported: set[tuple[str, int]] = set()
        #: Every turn of the call, read once: the scorer and the hints read it too.
        self.analysis = CallAnalysis()
        self._last_variant: dict[str, int] = {}
        self._choice = _Choice()
        self._model = _Prospect()
        states, edges = machine_spec(scenario)
        transitions = []
        for edge in edges:
            target = edge.pop("_edge")
            edge["conditions"] = [self._chosen(target)]
            transitions.append(edge)
        self.machine = Machine(
            model=self._model,
            states=states,
            transitions=transitions,
            initial=scenario.start,
            auto_transitions=False,
            ignore_invalid_triggers=True,
            send_event=False,
        )

    def _chosen(self, target: Transition | None):
        def condition() -> bool:
            return self._choice.transition is target

        condition.__name__ = target.label if target is not None else "turn limit"
        return condition

    # ----------------------------------------------------------------- state

    @property
    def state(self) -> str:
        return self._model.state

    @property
    def outcome(self) -> str | None:
        """The call's outcome: its terminal state's, or, once the rep has hung up, what the
        state they left says a hang-up there counts as (None: no ending, and none given)."""
        state = self.scenario.states[self.state]
        if state.outcome is not None or not self.ended or self.end_reason not in HANG_UPS:
            return state.outcome
        return state.if_hung_up

    @property
    def rep_turns(self) -> int:
        return sum(1 for t in self.turns if t.speaker == REP)

    # ----------------------------------------------------------------- speaking

    def open(self, at: str | None = None) -> str | None:
        """The prospect picks up: their first line (turn 1), or None if the scenario has none."""
        if self.turns:
            raise RoleplayError("the call has already started")
        key = self.scenario.opening or self.scenario.states[self.scenario.start].say
        if not key:
            return None
        text = self._line(key)
        self._add(PROSPECT, text, at=at)
        return text

    def say(self, text: str, at: str | None = None) -> TurnResult:
        """Take one rep line and return the prospect's reaction.

        Raises:
            InputTooLong: for a line over ``MAX_LINE_CHARS``; nothing is recorded.
            NotSpoken: for a stage direction, not words; nothing is recorded.
            CallEnded: when the call is already over.
        """
        if self.ended:
            raise CallEnded("the call has ended")
        text = check_line(text)
        self._add(REP, text, at=at)
        self.memory = remember(self.analysis)
        turn_no = len(self.turns)
        read = self.analysis.turns[-1]
        found = read.signals
        if read.name and not self.slots.get("rep_name"):
            self.slots["rep_name"] = read.name.split()[0]
        new_mistakes = self._live_mistakes(turn_no)
        mistake_evidence = {m.code: m.evidence for m in new_mistakes}

        parts = parts_of(read.read)
        choice = self._choose(read.read, found, mistake_evidence, parts)
        lines: list[str] = []
        fired: list[Transition] = []
        if choice.transition is not None:
            before = self.state
            self._fire(choice, lines)
            fired.append(choice.transition)
            # Left where it was, or asked for something first ("Who's asking?" to a
            # question typed after the caller's name), the prospect hears that intent again
            # once the rest of the line has been taken in.
            stayed = self.state == before
            asked = not stayed and bool(lines and lines[-1].rstrip().endswith("?"))
            lines = self._follow_up(
                choice, read.read, found, parts, lines, fired, stayed=stayed, asked=asked
            )
            lines = self._sign_off(read.read, found, lines, fired)
        else:
            lines.append(
                self._line(self.scenario.fallback)
                if self.scenario.fallback
                else self.rng.choice(_GENERIC_CONFUSED)
            )
        if not self.scenario.states[self.state].terminal:
            rule = self._watch(lines)
            if rule is not None:
                fired.append(rule)
        timed_out = False
        if (
            not self.scenario.states[self.state].terminal
            and self.scenario.max_turns
            and self.rep_turns >= self.scenario.max_turns
        ):
            self._choice = _Choice()
            self._model.trigger("timeout")
            self._say_state(lines)
            timed_out = True

        reply = " ".join(lines) if lines else None
        if reply is not None and reply == self._last_reply():
            # Never the very same words twice in a row; said again, it is said as a repeat.
            reply = f"Like I said: {reply}"
        rep_turn = self.turns[turn_no - 1]
        self.turns[turn_no - 1] = Turn(
            speaker=REP,
            text=rep_turn.text,
            at=rep_turn.at,
            state=self.state,
            intent=choice.match.intent if choice.match else None,
            mistakes=tuple(m.code for m in new_mistakes),
            moods=dict(self.moods),
        )
        if reply:
            self._add(PROSPECT, reply, at=at)
        if self.scenario.states[self.state].terminal:
            self.ended = True
            self.end_reason = "terminal"
        return TurnResult(
            reply=reply,
            state=self.state,
            intent=choice.match.intent if choice.match else None,
            mistakes=new_mistakes,
            moods=dict(self.moods),
            ended=self.ended,
            outcome=self.outcome if self.ended else None,
            turn=turn_no,
            fired=tuple(fired),
            timed_out=timed_out,
        )

    def hang_up(self, reason: str = "quit") -> None:
        """The rep ends the call early (``/quit``, Ctrl-D, end of script)."""
        if not self.ended:
            self.ended = True
            self.end_reason = reason

    def scorecard(self) -> Scorecard:
        """The final scorecard for the call so far."""
        return scoring.score(self.turns, self.scenario.scoring, final=True, analysis=self.analysis)

    def hint(self) -> str:
        """A nudge for the rep: the state's own hint, else what the call still lacks."""
        state = self.scenario.states[self.state]
        if state.hint:
            return fill_slots(state.hint, self.slots)
        seen = self.analysis.signals_seen()
        if "introduction" not in seen:
            return "Say who you are: your own name, then your company."
        if "reason" not in seen:
            return "Give the reason for your call in one sentence, about them, not your product."
        if "discovery_question" not in seen:
            return "Ask a question about their business before you offer anything."
        if "next_step" not in seen:
            return "Propose a concrete next step: a time, a day, or something specific to send."
        return "Listen to what they just said, and answer that."

    # ----------------------------------------------------------------- explaining

    def jump(self, state: str) -> None:
        """Put the call in ``state`` without a transition (for ``roleplay explain``).

        Raises:
            RoleplayError: for a state the scenario does not have.
        """
        if state not in self.scenario.states:
            known = ", ".join(sorted(self.scenario.states))
            raise RoleplayError(f"no state {state!r} in {self.scenario.id} (states: {known})")
        self._model.state = state

    def listening(self) -> list[str]:
        """The intents the current state (and every state) listens for, in order."""
        state = self.scenario.states[self.state]
        edges = list(state.transitions) + list(self.scenario.anywhere)
        return list(dict.fromkeys(t.intent for t in edges if t.intent))

    def choose(
        self, text: str, signals: Mapping[str, str], mistakes: Mapping[str, str]
    ) -> str | None:
        """The intent the prospect would act on first for this (already read) line, if any,
        matched the way :meth:`say` matches it (the line, its sentences and clauses)."""
        choice = self._choose(text, signals, mistakes, parts_of(text))
        return choice.match.intent if choice.match else None

    # ----------------------------------------------------------------- internals

    def _add(self, speaker: str, text: str, at: str | None) -> None:
        self.analysis.add(speaker, text)
        self.turns.append(
            Turn(
                speaker=speaker,
                text=text,
                at=at,
                state=self.state,
                moods=dict(self.moods) if speaker == PROSPECT else {},
            )
        )

    def _live_mistakes(self, turn_no: int) -> tuple[Mistake, ...]:
        card = scoring.score(self.turns, self.scenario.scoring, final=False, analysis=self.analysis)
        new = []
        for m in card.mistakes:
            key = (m.code, m.turn)
            if m.turn == turn_no and key not in self._reported:
                self._reported.add(key)
                new.append(m)
        return tuple(new)

    def _follow_up(
        self,
        first: _Choice,
        text: str,
        found: Mapping[str, str],
        parts: tuple[str, ...],
        lines: list[str],
        fired: list[Transition],
        stayed: bool = False,
        asked: bool = False,
    ) -> list[str]:
        """Take in the rest of a turn that said several things.

        "Hi, this is Sam from Remindly, calling about no-shows. Who handles reminders?"
        gives a name, a reason and a question. The first intent moved the call on; if the
        state it reached listens for another thing the line said (or something the rep
        said earlier: a name, a reason), the prospect takes that in too, and answers the
        last thing it heard instead of asking again for what it was just told.

        A first intent that left the prospect where it was (``stayed``: "slow down, what's
        this about?" to a meeting asked for too soon) is heard again once the rest of the
        line has moved the call on: "I'd like to hear what's on your list this year. Could we
        set up a call Monday at 1?" gets the priorities, then the meeting. So is one the
        prospect answered with a question of their own (``asked``: "Who's asking?" to "Graham,
        it's Priya at Tillwise, what's on your list this year"): once the name is taken in, the
        question is answered, and that answer is the reply.
        """
        if first.match is None or self.scenario.intents[first.match.intent].mistakes:
            return lines  # cut off, caught out, put off: the rest of the line goes unheard
        if first.transition is not None and first.transition.effects.get("interest", 0) < 0:
            # filed under "vendor" by the first thing said: a name and a reason in the same
            # breath do not win the prospect back ("this is Laura, CEO of Tillwise, and I
            # want to walk you through our story")
            return lines
        # (each piece of a match's evidence apart: "met at...; no is fine; a coffee?" was all
        # heard, and a second intent made of some of those pieces adds nothing)
        first_pieces = list(first.match.evidence_pieces)
        ask = found.get("commitment_ask")
        again = found.get("refused_time")
        if (ask in first_pieces or (again and again in first_pieces)) and (
            "set_time" in found and one_slot(text)
        ):
            # The ask taken in took its time with it: "I'm in Denver next Thursday. Let's do
            # lunch at 11:30" proposes one slot, not an ask and then another time. So did a
            # time already turned down, pressed again: "so lunch Thursday, noon okay?" asks
            # for the one slot he refused, not for it and then for Thursday.
            first_pieces.append(found["set_time"])
        slot = found.get("set_time")
        if slot and slot in first_pieces:
            # ... and the time taken in took the ask that names its hour with it: "Thursday
            # is my only day. So 12 o'clock?" proposes one slot, not a slot and then a yes
            for key in ("commitment_ask", "next_step"):
                piece = found.get(key)
                if (
                    piece
                    and piece not in first_pieces
                    and " or " not in piece  # (a choice left to them is heard on its own)
                    and clock_said(piece) is not None
                ):
                    first_pieces.append(piece)
        put_off_by_ask = asked  # its question is answered now: the answer is all it says
        used = _TakenIn({first.match.intent}, list(first_pieces))
        visited = {self.state}
        # What the rep has already told the prospect earlier in the call still counts.
        known = {
            s: e
            for turn in self.analysis.turns[:-1]
            if turn.is_rep
            for s, e in turn.signals.items()
            if s in _REMEMBERED
        }
        heard = {**known, **found}
        for _ in range(_MAX_FOLLOW_UPS):
            if self.scenario.states[self.state].terminal:
                break
            if lines and lines[-1].rstrip().endswith("?"):
                # The prospect has just asked something ("Shall I tell her you'll call
                # Tuesday at two?"): a yes, a no or a thanks in a line typed before the
                # question was heard does not answer it.
                used.intents.update(self._answers)
            choice = self._choose(text, heard, {}, parts, follow_up=used)
            if choice.transition is None or choice.transition.dest in visited:
                break
            hop: list[str] = []
            self._fire(choice, hop)
            assert choice.transition is not None
            fired.append(choice.transition)
            if choice.match and choice.match.intent == first.match.intent and not put_off_by_ask:
                lines = lines + hop  # heard again: the answer so far, then this one
            else:
                lines = hop  # the prospect answers the last thing it took in
            if choice.match:
                used.intents.add(choice.match.intent)
                used.evidence.extend(choice.match.evidence_pieces)
            visited.add(self.state)
            if stayed or asked:
                stayed = asked = False
                used.intents.discard(first.match.intent)
                for piece in first_pieces:
                    used.evidence.remove(piece)
        return lines

    def _sign_off(
        self, text: str, found: Mapping[str, str], lines: list[str], fired: list[Transition]
    ) -> list[str]:
        """A line that ends with a goodbye ends the call, whatever else it said first:
        "Thanks, I'll call her then. Bye." gets the prospect's answer, then their goodbye.
        The state the first part of the line reached says how a goodbye ends there (after a
        pitch, "anyway, happy birthday" leaves her soured); else the goodbye said anywhere."""
        state = self.scenario.states[self.state]
        if "goodbye" not in found or state.terminal:
            return lines
        edges = [
            t
            for t in (*state.transitions, *self.scenario.anywhere)
            if t.intent and "goodbye" in self.scenario.intents[t.intent].signals
        ]
        facts = self._facts()
        for t in edges:
            assert t.intent is not None
            matched = self.matcher.match(text, found, {}, [t.intent])
            if matched and all(c.holds(facts) for c in t.conditions):
                hop: list[str] = []
                self._fire(_Choice(t, matched[0]), hop)
                fired.append(t)
                # Nobody asks a question and says goodbye in one breath: the questions go.
                told = [_without_questions(line) for line in lines]
                return [line for line in told if line] + hop
        return lines

    def _choose(
        self,
        text: str,
        found: Mapping[str, str],
        mistakes: Mapping[str, str],
        parts: tuple[str, ...] = (),
        follow_up: _TakenIn | None = None,
    ) -> _Choice:
        state = self.scenario.states[self.state]
        edges = list(state.transitions)
        if follow_up is None:  # "anywhere" edges (goodbye, a pretext) answer a whole line
            edges += list(self.scenario.anywhere)
        wanted = [t.intent for t in edges if t.intent]
        matches = {
            m.intent: m for m in self.matcher.match(text, found, mistakes, wanted, parts=parts)
        }
        facts = self._facts()
        best: tuple[tuple[float, float, int], _Choice] | None = None
        for order, t in enumerate(edges):
            m = matches.get(t.intent or "")
            if m is None or not all(c.holds(facts) for c in t.conditions):
                continue
            if follow_up is not None and (
                m.intent in follow_up.intents
                or follow_up.covers(m.evidence_pieces)
                or self.scenario.intents[m.intent].mistakes
                or t.dest == self.state
            ):
                # A follow-up takes in another part of the line, never the same words
                # twice, and never a second reaction to a mistake.
                continue
            rank = (self.scenario.intents[m.intent].priority, m.strength, -order)
            if best is None or rank > best[0]:
                best = (rank, _Choice(t, m))
        if best is not None:
            return best[1]
        if follow_up is not None:
            return _Choice()
        other = state.otherwise
        if other is not None and all(c.holds(facts) for c in other.conditions):
            return _Choice(other, None)
        return _Choice()

    def _fire(self, choice: _Choice, lines: list[str]) -> None:
        t = choice.transition
        assert t is not None
        before = self.state
        self._choice = choice
        trigger = t.intent or "else"
        self._model.trigger(trigger)
        self._choice = _Choice()
        for mood, delta in t.effects.items():
            self.moods[mood] = self.scenario.moods[mood].clamp(self.moods.get(mood, 0) + delta)
        if t.reply:
            lines.append(self._line(t.reply))
        if self.state != before or not t.reply:
            self._say_state(lines)

    def _watch(self, lines: list[str]) -> Transition | None:
        """Fire the first watch rule whose conditions hold, and return it."""
        facts = self._facts()
        for rule in self.scenario.watch:
            if all(c.holds(facts) for c in rule.conditions):
                self._choice = _Choice(rule, None)
                self._model.trigger("watch")
                self._choice = _Choice()
                for mood, delta in rule.effects.items():
                    self.moods[mood] = self.scenario.moods[mood].clamp(
                        self.moods.get(mood, 0) + delta
                    )
                if rule.reply:
                    # The prospect is done: whatever they were about to ask gives way
                    # to the exit line, or the two would contradict each other.
                    lines.clear()
                    lines.append(self._line(rule.reply))
                self._say_state(lines)
                return rule
        return None

    def _say_state(self, lines: list[str]) -> None:
        say = self.scenario.states[self.state].say
        if say:
            lines.append(self._line(say))

    def _line(self, key: str) -> str:
        variants = self.scenario.replies[key]
        last = self._last_variant.get(key)
        # A person rarely says the very same sentence twice in a row.
        pool = [i for i in range(len(variants)) if i != last] or [0]
        index = self.rng.choice(pool)
        self._last_variant[key] = index
        text = variants[index]
        if not self.slots.get("rep_name") and _DESCRIPTION.match(
            self.scenario.slots.get("rep_name", "")
        ):
            # Nobody is addressed by a description: before the rep has given a name, "Thank
            # you, {rep_name}." with the stand-in "the caller" is "Thank you.", never "Thank
            # you, the caller." (A nickname stand-in such as "stranger" is kept.)
            text = _VOCATIVE_NAME.sub("", text)
            text = _LEADING_NAME.sub(lambda m: m.group(1).upper(), text)
        return fill_slots(text, self._slot_values())

    def _facts(self) -> dict[str, int]:
        """What conditions read: the call's memory and the prospect's moods."""
        return {**self.memory, **self.moods}

    def _last_reply(self) -> str | None:
        """What the prospect said last, before the rep's line just taken."""
        for turn in reversed(self.turns[:-1]):
            if turn.speaker == PROSPECT:
                return turn.text
        return None

    def _slot_values(self) -> dict[str, str]:
        values = dict(self.slots)
        if not values.get("rep_name"):
            values["rep_name"] = self.scenario.slots.get("rep_name", "whoever you are")
        return values
