"""The scorecard data types: what scoring produces and transcripts store.

Pure data. ``roleplay.scoring`` builds these from turns; the engine, the CLI and
the review tools only read them.
"""

from __future__ import annotations

from collections.abc import Mapping

from roleplay.records import Frozen

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at start-up
if TYPE_CHECKING:
    from typing import Any


class Mistake(Frozen):
    """One mistake, pinned to the turn where it happened.

    Attributes:
        code: Catalog code such as ``no-introduction`` (or a scenario's own code).
        turn: 1-based index of the turn in the transcript, counting both speakers.
        evidence: The words that triggered it (empty when it is about an absence).
        message: What went wrong, in one sentence.
        tip: What to do instead.
        weight: Points this mistake costs.
    """

    code: str
    turn: int
    evidence: str
    message: str
    tip: str
    weight: int

    _fields = ("code", "turn", "evidence", "message", "tip", "weight")

    def __init__(
        self, code: str, turn: int, evidence: str, message: str, tip: str = "", weight: int = 0
    ) -> None:
        s = object.__setattr__
        s(self, "code", code)
        s(self, "turn", turn)
        s(self, "evidence", evidence)
        s(self, "message", message)
        s(self, "tip", tip)
        s(self, "weight", weight)

    def to_dict(self) -> dict[str, Any]:
        return self.to_fields()

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Mistake:
        return cls(
            code=str(data["code"]),
            turn=int(data["turn"]),
            evidence=str(data.get("evidence", "")),
            message=str(data.get("message", "")),
            tip=str(data.get("tip", "")),
            weight=int(data.get("weight", 0)),
        )


class Credit(Frozen):
    """A good behaviour the rep showed, such as introducing themselves.

    Attributes:
        code: Short name such as ``introduced-self``.
        turn: 1-based turn index where it first happened (0 if not tied to a turn).
        evidence: The words that earned it.
        message: What the rep did well.
        points: Points it earns.
    """

    code: str
    turn: int
    evidence: str
    message: str
    points: int

    _fields = ("code", "turn", "evidence", "message", "points")

    def __init__(self, code: str, turn: int, evidence: str, message: str, points: int = 0) -> None:
        s = object.__setattr__
        s(self, "code", code)
        s(self, "turn", turn)
        s(self, "evidence", evidence)
        s(self, "message", message)
        s(self, "points", points)

    def to_dict(self) -> dict[str, Any]:
        return self.to_fields()

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Credit:
        return cls(
            code=str(data["code"]),
            turn=int(data.get("turn", 0)),
            evidence=str(data.get("evidence", "")),
            message=str(data.get("message", "")),
            points=int(data.get("points", 0)),
        )


class Scorecard(Frozen):
    """The result of scoring one call.

    Attributes:
        score: 0-100.
        mistakes: Mistakes in turn order.
        credits: Good behaviours in turn order.
        voicemail: Whether the call went to voicemail.
        attempted: False when the rep said nothing of substance (silence, a hang-up,
            only "hello" or "bye"): such a call scores 0 and is left out of averages.
    """

    score: int
    mistakes: tuple[Mistake, ...]
    credits: tuple[Credit, ...]
    voicemail: bool
    extra: Mapping[str, Any]
    attempted: bool

    _fields = ("score", "mistakes", "credits", "voicemail", "extra", "attempted")

    def __init__(
        self,
        score: int,
        mistakes: tuple[Mistake, ...] = (),
        credits: tuple[Credit, ...] = (),
        voicemail: bool = False,
        extra: Mapping[str, Any] | None = None,
        attempted: bool = True,
    ) -> None:
        s = object.__setattr__
        s(self, "score", score)
        s(self, "mistakes", mistakes)
        s(self, "credits", credits)
        s(self, "voicemail", voicemail)
        s(self, "extra", {} if extra is None else extra)
        s(self, "attempted", attempted)

    @property
    def codes(self) -> list[str]:
        """The mistake codes, in turn order, one per mistake."""
        return [m.code for m in self.mistakes]

    def to_dict(self) -> dict[str, Any]:
        return {
            "score": self.score,
            "voicemail": self.voicemail,
            "mistakes": [m.to_dict() for m in self.mistakes],
            "credits": [c.to_dict() for c in self.credits],
            **({"extra": dict(self.extra)} if self.extra else {}),
            **({} if self.attempted else {"attempted": False}),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Scorecard:
        return cls(
            score=int(data["score"]),
            mistakes=tuple(Mistake.from_dict(m) for m in data.get("mistakes", ())),
            credits=tuple(Credit.from_dict(c) for c in data.get("credits", ())),
            voicemail=bool(data.get("voicemail", False)),
            extra=dict(data.get("extra", {})),
            attempted=data.get("attempted", True) is not False,
        )


class CustomCode(Frozen):
    """A mistake code a scenario adds to the catalog, defined by data only.

    It fires on a rep turn that fuzzy-matches one of ``phrases`` closely, or on which
    every one of ``signals`` (built-in detector names) fires, or any one of
    ``any_signals``, unless the rep has already shown one of the ``unless`` signals in
    that turn or before it. Nothing in it is executed.
    """

    code: str
    message: str
    tip: str
    weight: int
    phrases: tuple[str, ...]
    signals: tuple[str, ...]
    unless: tuple[str, ...]
    any_signals: tuple[str, ...]

    _fields = ("code", "message", "tip", "weight", "phrases", "signals", "unless", "any_signals")

    def __init__(
        self,
        code: str,
        message: str,
        tip: str,
        weight: int = 5,
        phrases: tuple[str, ...] = (),
        signals: tuple[str, ...] = (),
        unless: tuple[str, ...] = (),
        any_signals: tuple[str, ...] = (),
    ) -> None:
        s = object.__setattr__
        s(self, "code", code)
        s(self, "message", message)
        s(self, "tip", tip)
        s(self, "weight", weight)
        s(self, "phrases", phrases)
        s(self, "signals", signals)
        s(self, "unless", unless)
        s(self, "any_signals", any_signals)


class ScoringConfig(Frozen):
    """How a scenario adjusts scoring. The default scores by the catalog as written.

    Attributes:
        weights: Points a code costs, overriding the catalog default.
        thresholds: Named numbers, e.g. ``monologue_words`` (80), ``voicemail_words`` (80),
            ``min_rep_turns`` (3).
        disabled: Codes this scenario does not score.
        custom: The scenario's own codes.
        tips: Coaching tips that replace the default tip of a code.
        reasons: Signals that say why the rep is calling on this call, besides ``reason``
            (on a call to a new LinkedIn connection, "you sent me an invite last week" is
            the reason).
    """

    weights: Mapping[str, int]
    thresholds: Mapping[str, int]
    disabled: frozenset[str]
    custom: tuple[CustomCode, ...]
    tips: Mapping[str, str]
    reasons: frozenset[str]

    _fields = ("weights", "thresholds", "disabled", "custom", "tips", "reasons")

    def __init__(
        self,
        weights: Mapping[str, int] | None = None,
        thresholds: Mapping[str, int] | None = None,
        disabled: frozenset[str] = frozenset(),
        custom: tuple[CustomCode, ...] = (),
        tips: Mapping[str, str] | None = None,
        reasons: frozenset[str] = frozenset(),
    ) -> None:
        s = object.__setattr__
        s(self, "weights", {} if weights is None else weights)
        s(self, "thresholds", {} if thresholds is None else thresholds)
        s(self, "disabled", disabled)
        s(self, "custom", custom)
        s(self, "tips", {} if tips is None else tips)
        s(self, "reasons", reasons)
