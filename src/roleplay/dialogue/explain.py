"""Why a line was read the way it was: the analysis behind ``roleplay explain``.

The trainer's and the curious rep's question. The answer comes from the very code the
prospect and the scorer use: the repaired line, its sentences, every signal with the
words behind it, the intents ranked with their scores against the cutoff, and the
mistakes the line would draw.
"""

from __future__ import annotations

from dataclasses import dataclass

from roleplay.dialogue.engine import Conversation, parts_of
from roleplay.dialogue.scenario import Scenario
from roleplay.language.analysis import CallAnalysis, TurnAnalysis
from roleplay.language.text import sentences
from roleplay.scoring import rules as scoring


@dataclass(frozen=True)
class Explanation:
    """How one rep line was read.

    Attributes:
        turn: The line's analysis (as typed, repaired, signals).
        sentences: The sentences the rules read one by one.
        previous: The prospect line it answers, if any.
        state: The scenario state it was read in, if a scenario was given.
        ranking: ``(intent, score, how)`` for each intent that state listens for.
        cutoff: The fuzzy cutoff an example phrase must reach.
        chosen: The intent the prospect would act on, if any.
        mistakes: ``(code, evidence, message)`` the line draws at this point.
    """

    turn: TurnAnalysis
    sentences: tuple[str, ...]
    previous: str | None
    state: str | None
    ranking: tuple[tuple[str, float, str], ...]
    cutoff: float | None
    chosen: str | None
    mistakes: tuple[tuple[str, str, str], ...]


def explain(
    line: str,
    scenario: Scenario | None = None,
    state: str | None = None,
    previous: str | None = None,
) -> Explanation:
    """Read ``line`` as the engine and the scorer would.

    Args:
        line: The rep's line.
        scenario: Rank this scenario's intents (optional).
        state: The state to read it in (default: the scenario's first state after
            the prospect picks up).
        previous: What the prospect said just before (default: the state's own line).
    """
    analysis = CallAnalysis()
    chosen = None
    ranking: tuple[tuple[str, float, str], ...] = ()
    cutoff = None
    if scenario is not None:
        conversation = Conversation(scenario.at_level(), seed=0)
        opening = conversation.open()
        if state is not None:
            conversation.jump(state)
        state = conversation.state
        before = previous if previous is not None else opening
        if before:
            analysis.add("prospect", before)
        turn = analysis.add("rep", line)
        card = scoring.score(_turns(analysis), scenario.scoring, final=False, analysis=analysis)
        mistakes = {m.code: m.evidence for m in card.mistakes if m.turn == len(analysis.turns)}
        candidates = conversation.listening()
        ranking = tuple(
            conversation.matcher.ranking(
                turn.read, turn.signals, mistakes, candidates, parts_of(turn.read)
            )
        )
        cutoff = conversation.matcher.cutoff
        match = conversation.choose(turn.read, turn.signals, mistakes)
        chosen = match
    else:
        if previous:
            analysis.add("prospect", previous)
        turn = analysis.add("rep", line)
        card = scoring.score(_turns(analysis), final=False, analysis=analysis)
    drawn = tuple(
        (m.code, m.evidence, m.message) for m in card.mistakes if m.turn == len(analysis.turns)
    )
    return Explanation(
        turn=turn,
        sentences=tuple(sentences(turn.read)),
        previous=analysis.turns[0].text if len(analysis.turns) > 1 else None,
        state=state,
        ranking=ranking,
        cutoff=cutoff,
        chosen=chosen,
        mistakes=drawn,
    )


def _turns(analysis: CallAnalysis) -> list:
    from roleplay.transcript import Turn

    return [Turn(speaker=t.speaker, text=t.text) for t in analysis.turns]
