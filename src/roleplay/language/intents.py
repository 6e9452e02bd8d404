"""Recognising what the rep meant: built-in detectors first, fuzzy examples second.

An intent matches a line when its detector rules hold (``signals`` all fire,
``any_signals`` one fires, or one of its ``mistakes`` is detected on the line) or when
the line is close to one of its example phrases. Fuzzy matching uses rapidfuzz's
``token_sort_ratio`` on normalised text, with a cutoff, and refuses a match when one
side is negated and the other is not ("not interested" is not "interested").
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from rapidfuzz import fuzz, process, utils

from roleplay.dialogue.scenario import Intent
from roleplay.language.fuzzy import is_negated

if TYPE_CHECKING:
    from numpy.typing import NDArray

#: Minimum similarity (0-100) for an example phrase to count as a match.
FUZZY_CUTOFF = 72
#: A rule-based match (signals or mistakes) outranks any fuzzy one.
RULE_STRENGTH = 101.0


@dataclass(frozen=True)
class IntentMatch:
    """An intent recognised in a line, how strongly, and the words that showed it."""

    intent: str
    strength: float
    evidence: str
    by: str  # "signals", "mistakes" or "example"
    #: The words of each signal behind a match of several ("it's Dana; calling about X"),
    #: kept apart: a signal's own words may hold "; " too. Empty: the evidence is one piece.
    pieces: tuple[str, ...] = ()

    @property
    def evidence_pieces(self) -> tuple[str, ...]:
        """The evidence, one piece per signal behind it."""
        return self.pieces or (self.evidence,)


class IntentMatcher:
    """Matches lines against a scenario's intents. Build once per scenario."""

    def __init__(self, intents: Mapping[str, Intent], cutoff: float = FUZZY_CUTOFF) -> None:
        self.intents = intents
        self.cutoff = cutoff
        self._examples: dict[str, list[tuple[str, bool]]] = {
            name: [(utils.default_process(e), is_negated(e)) for e in intent.examples]
            for name, intent in intents.items()
        }

    def match(
        self,
        text: str,
        signals: Mapping[str, str],
        mistakes: Mapping[str, str],
        candidates: Iterable[str] | None = None,
        parts: Iterable[str] = (),
    ) -> list[IntentMatch]:
        """All intents among ``candidates`` (default: all) that the line expresses, best first.

        Args:
            text: The rep's line.
            signals: Detector signals found in the line, name -> evidence.
            mistakes: Mistake codes detected on the line, code -> evidence.
            candidates: Intent names worth considering (those the current state listens for).
            parts: The line's sentences: an example phrase may match one of them, so
                "Thanks. Who handles billing there?" asks who handles billing.
        """
        names = (
            list(self.intents)
            if candidates is None
            else [c for c in candidates if c in self.intents]
        )
        pieces = _pieces(text, parts)
        out = []
        for name in dict.fromkeys(names):
            intent = self.intents[name]
            if any(sig in signals for sig in intent.unless):
                continue
            found = _rule_match(intent, signals, mistakes)
            if found is not None:
                out.append(found)
                continue
            best: tuple[float, str] | None = None
            for raw, processed, negated in pieces:
                fuzzy = self._fuzzy(name, processed, negated)
                if fuzzy is not None and (best is None or fuzzy > best[0]):
                    best = (fuzzy, raw)
            if best is not None:
                out.append(IntentMatch(name, best[0], best[1], "example"))
        out.sort(key=lambda m: (-self.intents[m.intent].priority, -m.strength))
        return out

    def ranking(
        self,
        text: str,
        signals: Mapping[str, str],
        mistakes: Mapping[str, str],
        candidates: Iterable[str] | None = None,
        parts: Iterable[str] = (),
    ) -> list[tuple[str, float, str]]:
        """Every candidate intent with its best score, matched or not, best first.

        Returns ``(intent, score, how)``: ``how`` is ``signals``, ``mistakes``, ``example``
        (at or over the cutoff), ``below cutoff``, ``negation`` or ``unless``. What
        ``roleplay explain`` shows; :meth:`match` is what the engine uses.
        """
        names = (
            list(self.intents)
            if candidates is None
            else [c for c in candidates if c in self.intents]
        )
        pieces = _pieces(text, parts)
        out = []
        for name in dict.fromkeys(names):
            intent = self.intents[name]
            if any(sig in signals for sig in intent.unless):
                out.append((name, 0.0, "unless"))
                continue
            found = _rule_match(intent, signals, mistakes)
            if found is not None:
                out.append((name, found.strength, found.by))
                continue
            # The best score over the line and its parts, with the negation guard and
            # (to show what the guard refused) without it.
            same = max((self._fuzzy(name, p, neg, cutoff=0) or 0.0) for _, p, neg in pieces)
            other = max((self._fuzzy(name, p, not neg, cutoff=0) or 0.0) for _, p, neg in pieces)
            if same >= self.cutoff:
                out.append((name, same, "example"))
            elif other >= self.cutoff:
                out.append((name, other, "negation"))
            else:
                out.append((name, same, "below cutoff"))
        out.sort(key=lambda r: -r[1])
        return out

    def _fuzzy(
        self, name: str, processed: str, negated: bool, cutoff: float | None = None
    ) -> float | None:
        examples = [e for e, neg in self._examples[name] if neg == negated]
        if not examples or not processed:
            return None
        best = process.extractOne(
            processed,
            examples,
            scorer=fuzz.token_sort_ratio,
            score_cutoff=self.cutoff if cutoff is None else cutoff,
        )
        return float(best[1]) if best else None


def _pieces(text: str, parts: Iterable[str]) -> list[tuple[str, str, bool]]:
    """``(raw, processed, negated)`` for the line and for each of its parts worth matching
    alone (three words or more): an example may match one sentence or clause."""
    pieces = [(text, utils.default_process(text), is_negated(text))]
    parts = [p for p in parts if p != text and len(p.split()) >= 3]
    if len(parts) > 1:
        pieces += [(p, utils.default_process(p), is_negated(p)) for p in parts]
    return pieces


def _rule_match(
    intent: Intent, signals: Mapping[str, str], mistakes: Mapping[str, str]
) -> IntentMatch | None:
    if intent.signals and all(sig in signals for sig in intent.signals):
        pieces = tuple(signals[s] for s in intent.signals if signals[s])
        return IntentMatch(
            intent.name, RULE_STRENGTH + len(intent.signals), "; ".join(pieces), "signals", pieces
        )
    for sig in intent.any_signals:
        if sig in signals:
            return IntentMatch(intent.name, RULE_STRENGTH, signals[sig], "signals")
    for code in intent.mistakes:
        if code in mistakes:
            return IntentMatch(intent.name, RULE_STRENGTH + 1, mistakes[code], "mistakes")
    return None


def overlapping_examples(
    intents: Mapping[str, Intent], threshold: float = 85.0, names: Collection[str] | None = None
) -> list[tuple[str, str, str, str, float]]:
    """Pairs of example phrases from different intents that are too alike to tell apart.

    Returns ``(intent_a, example_a, intent_b, example_b, similarity)`` tuples, using
    rapidfuzz's ``cdist`` for the full similarity matrix in one call.
    """
    flat = [
        (name, example)
        for name, intent in intents.items()
        if names is None or name in names
        for example in intent.examples
    ]
    if len(flat) < 2:
        return []
    processed = [utils.default_process(e) for _, e in flat]
    matrix: NDArray[Any] | list[list[float]]
    try:
        matrix = process.cdist(processed, processed, scorer=fuzz.token_sort_ratio, workers=1)
    except ImportError:  # cdist returns a numpy array; numpy may be missing
        matrix = [[fuzz.token_sort_ratio(a, b) for b in processed] for a in processed]
    out = []
    for i in range(len(flat)):
        for j in range(i + 1, len(flat)):
            if flat[i][0] != flat[j][0] and matrix[i][j] >= threshold:
                out.append((flat[i][0], flat[i][1], flat[j][0], flat[j][1], float(matrix[i][j])))
    return out
