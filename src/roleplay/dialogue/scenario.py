"""The scenario model: frozen dataclasses for a scenario and everything in it.

A ``Scenario`` is what the engine plays: the persona, moods, intents, states and their
transitions, replies, scoring and tests. Scenarios are built from YAML in exactly one
place, ``roleplay.authoring.parse``; this module holds only the data and the few
small, pure operations on it (conditions, slot filling). Nothing here reads a file.

Nothing in a scenario is ever executed. Conditions are tiny ``mood OP number``
comparisons; intents refer to built-in detectors by name; replies fill ``{slot}``
placeholders by plain substitution, never ``str.format``.

See ``docs/authoring.md`` for the format with a worked example.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Callable, Hashable, Mapping
from dataclasses import dataclass, field, replace

from roleplay.scoring.scorecard import ScoringConfig

#: Where a call can end, as a terminal state's ``outcome``.
OUTCOMES = ("success", "failure", "neutral")
#: What a hang-up can count as, as a state's ``if_hung_up`` (leaving never wins a call).
HUNG_UP_OUTCOMES = ("failure", "neutral")
#: The end reasons that are the rep hanging up: ``/quit`` or Ctrl-D, or a script's last line.
HANG_UPS = ("quit", "end of script")
SLOT_RE = re.compile(r"\{([a-z_][a-z0-9_]*)\}")
#: Slots the engine fills by itself, besides the persona's and the scenario's own.
ENGINE_SLOTS = frozenset({"rep_name"})
PERSONA_SLOTS = frozenset(
    {"prospect_name", "prospect_first_name", "prospect_role", "prospect_company"}
)

#: The comparisons a condition may use, longest first (so ``<=`` is read before ``<``).
CONDITION_OPS: Mapping[str, Callable[[int, int], bool]] = {
    "<=": operator.le,
    ">=": operator.ge,
    "<": operator.lt,
    ">": operator.gt,
    "==": operator.eq,
    "!=": operator.ne,
}

#: Where each value of a scenario file came from: path -> (line, column), 1-based.
Marks = dict[tuple[Hashable, ...], tuple[int, int]]


@dataclass(frozen=True)
class Persona:
    name: str
    role: str = ""
    company: str = ""
    situation: str = ""
    briefing: str = ""

    @property
    def first_name(self) -> str:
        parts = [p for p in self.name.split() if not p.endswith(".")]
        return parts[0] if parts else self.name


@dataclass(frozen=True)
class Mood:
    """A number the prospect carries through the call, e.g. patience or interest."""

    name: str
    start: int
    min: int = 0
    max: int = 10

    def clamp(self, value: int) -> int:
        return max(self.min, min(self.max, value))


@dataclass(frozen=True)
class Condition:
    """``mood OP number``, e.g. ``patience >= 2``."""

    mood: str
    op: str
    value: int

    def holds(self, moods: Mapping[str, int]) -> bool:
        return CONDITION_OPS[self.op](moods.get(self.mood, 0), self.value)

    def __str__(self) -> str:
        return f"{self.mood} {self.op} {self.value}"


@dataclass(frozen=True)
class Intent:
    """Something the rep may express, recognised by detectors and/or example phrases.

    It matches a line when all of ``signals`` fire, or any of ``any_signals`` fire, or
    any of ``mistakes`` is detected on the line, or the line fuzzy-matches one of
    ``examples``; and none of ``unless`` fires.
    """

    name: str
    description: str = ""
    examples: tuple[str, ...] = ()
    signals: tuple[str, ...] = ()
    any_signals: tuple[str, ...] = ()
    mistakes: tuple[str, ...] = ()
    unless: tuple[str, ...] = ()
    priority: int = 0
    line: int | None = None


@dataclass(frozen=True)
class Transition:
    """An edge: in ``source``, on ``intent`` (if conditions hold), go to ``dest`` and reply.

    ``intent`` is None for a state's ``else`` edge and for ``watch`` rules.
    """

    source: str
    dest: str
    intent: str | None = None
    reply: str | None = None
    effects: Mapping[str, int] = field(default_factory=dict)
    conditions: tuple[Condition, ...] = ()
    line: int | None = None

    @property
    def label(self) -> str:
        name = self.intent or "else"
        if self.conditions:
            name += " [" + " and ".join(str(c) for c in self.conditions) + "]"
        return name


@dataclass(frozen=True)
class State:
    name: str
    description: str = ""
    say: str | None = None
    outcome: str | None = None
    hint: str = ""
    transitions: tuple[Transition, ...] = ()
    otherwise: Transition | None = None
    line: int | None = None
    #: How the call counts if the rep hangs up in this state (``failure`` or ``neutral``):
    #: a prospect just annoyed, left on the line, is a call lost. None: ``abandoned``.
    if_hung_up: str | None = None

    @property
    def terminal(self) -> bool:
        return self.outcome is not None


@dataclass(frozen=True)
class TestStep:
    """One trainee line in a scenario test, and what must follow it."""

    say: str
    state: str | None = None
    reply: str | None = None
    intent: str | None = None
    mistakes: tuple[str, ...] | None = None
    line: int | None = None


@dataclass(frozen=True)
class ScenarioTest:
    name: str
    steps: tuple[TestStep, ...]
    seed: int = 0
    difficulty: str | None = None
    outcome: str | None = None
    state: str | None = None
    min_score: int | None = None
    max_score: int | None = None
    line: int | None = None


#: The levels a scenario can be played at, easiest first.
DIFFICULTIES = ("easy", "normal", "hard")


@dataclass(frozen=True)
class Level:
    """How the prospect plays at one difficulty: mood start values and replies replaced.

    A patient prospect (``patience: 5``) forgives more mistakes before hanging up; a
    reply replaced at ``easy`` can volunteer more ("...we quote from memory, mostly"),
    and one replaced at ``hard`` can say less.
    """

    name: str
    moods: Mapping[str, int] = field(default_factory=dict)
    replies: Mapping[str, tuple[str, ...]] = field(default_factory=dict)


def level_name(label: str) -> str:
    """The level a scenario's ``difficulty`` label names ("medium" is ``normal``)."""
    low = label.strip().lower()
    if low == "medium":
        return "normal"
    return low if low in DIFFICULTIES else "normal"


@dataclass(frozen=True)
class Scenario:
    """A whole scenario: persona, moods, intents, states, replies, scoring and tests."""

    id: str
    title: str
    persona: Persona
    start: str
    states: Mapping[str, State]
    intents: Mapping[str, Intent]
    replies: Mapping[str, tuple[str, ...]]
    description: str = ""
    difficulty: str = ""
    levels: Mapping[str, Level] = field(default_factory=dict)
    moods: Mapping[str, Mood] = field(default_factory=dict)
    slots: Mapping[str, str] = field(default_factory=dict)
    opening: str | None = None
    anywhere: tuple[Transition, ...] = ()
    watch: tuple[Transition, ...] = ()
    fallback: str | None = None
    max_turns: int | None = None
    timeout: str | None = None
    scoring: ScoringConfig = field(default_factory=ScoringConfig)
    tests: tuple[ScenarioTest, ...] = ()
    source: str = "<scenario>"
    marks: Marks = field(default_factory=dict, repr=False, compare=False)

    def where(self, *path: Hashable) -> tuple[int | None, int | None]:
        """The (line, col) of a value in the source file, or of its nearest parent."""
        p = tuple(path)
        while p:
            if p in self.marks:
                return self.marks[p]
            p = p[:-1]
        return (None, None)

    def all_transitions(self) -> list[Transition]:
        """Every edge: per-state ones, ``else`` edges, ``anywhere`` and ``watch`` rules."""
        out: list[Transition] = []
        for state in self.states.values():
            out.extend(state.transitions)
            if state.otherwise is not None:
                out.append(state.otherwise)
        out.extend(self.anywhere)
        out.extend(self.watch)
        return out

    @property
    def default_level(self) -> str:
        """The level played when none is asked for."""
        return level_name(self.difficulty)

    def at_level(self, level: str | None = None) -> Scenario:
        """This scenario as played at ``level`` (its default when None): the level's mood
        start values and replies in place, and ``difficulty`` naming the level played.

        Raises:
            ValueError: for a level that is not one of :data:`DIFFICULTIES`.
        """
        name = self.default_level if level is None else level.strip().lower()
        if name not in DIFFICULTIES:
            raise ValueError(
                f"unknown difficulty {level!r}; choose one of {', '.join(DIFFICULTIES)}"
            )
        played = self.levels.get(name)
        if played is None:
            return replace(self, difficulty=name)
        moods = {
            m: replace(mood, start=max(mood.min, min(mood.max, played.moods.get(m, mood.start))))
            for m, mood in self.moods.items()
        }
        return replace(
            self, difficulty=name, moods=moods, replies={**self.replies, **played.replies}
        )

    def initial_moods(self) -> dict[str, int]:
        return {m.name: m.start for m in self.moods.values()}

    def base_slots(self) -> dict[str, str]:
        p = self.persona
        slots = {
            "prospect_name": p.name,
            "prospect_first_name": p.first_name,
            "prospect_role": p.role,
            "prospect_company": p.company,
            "rep_name": "",
        }
        # rep_name stays empty until the rep says it: the scenario's value is only the fallback.
        slots.update({k: v for k, v in self.slots.items() if k not in ENGINE_SLOTS})
        return slots


def fill_slots(template: str, slots: Mapping[str, str]) -> str:
    """Replace ``{slot}`` placeholders by plain substitution (never ``str.format``)."""
    return SLOT_RE.sub(lambda m: slots.get(m.group(1), m.group(0)), template)
