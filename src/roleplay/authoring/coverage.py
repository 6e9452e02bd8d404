"""Random calls against a scenario, to find the states and transitions nobody reaches.

Each run starts a fresh ``Conversation`` and, turn by turn, says a line meant to express
one of the intents the current state listens for: one of the intent's own example
phrases (lightly varied), or, for an intent recognised by detector signals or mistake
codes, a line from a small built-in bank that fires them. Now and then it says
something off-topic, to exercise ``else`` edges and the fallback. What the engine does
with each line is the engine's business: coverage only reads which transitions each
turn fired (``TurnResult.fired``, ``TurnResult.timed_out``).

This is how ink authors find dead content: play it a few hundred times and look at
what was never seen. Deterministic for a given seed. Pure: no I/O.
"""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from roleplay.dialogue.engine import CallEnded, Conversation, LineRefused
from roleplay.dialogue.scenario import Intent, Scenario, Transition
from roleplay.language.signals import signals

DEFAULT_RUNS = 200
#: Turns per call when the scenario sets no max_turns.
DEFAULT_TURNS = 14
#: Chance of a turn that matches no intent the state listens for.
OFF_TOPIC = 0.15

#: Lines that show a detector signal, by the signals' usual names. Any line of the
#: bank that the detectors find a signal in is used for it too, so a renamed or new
#: signal is still covered as long as some line here fires it.
SIGNAL_LINES: dict[str, tuple[str, ...]] = {
    "introduction": (
        "Hi, this is Sam Okafor from Brightline.",
        "My name is Maria Lopez, I'm with Northwind.",
        "Hello, it's Tom Becker from Acme Supply.",
        "Jordan here, from Clearpath.",
    ),
    "reason": (
        "I'm calling because companies like yours often lose time on manual scheduling.",
        "The reason for my call is that teams your size struggle to keep quotes accurate.",
        "I'm reaching out because a few shops nearby mentioned trouble tracking job costs.",
        "I wanted to ask how you handle your invoicing today.",
    ),
    "discovery_question": (
        "How do you handle quoting today?",
        "What does your process look like when a new order comes in?",
        "What's the biggest challenge your team has with scheduling right now?",
        "How are you tracking costs on each job at the moment?",
    ),
    "next_step": (
        "Could we set up a fifteen-minute call on Thursday at 10?",
        "How about I call you back Monday at 9 to go through it?",
        "Can I send you a one-page summary by email today and follow up on Friday at 2?",
    ),
    "feature_list": (
        "We have real-time dashboards, automatic alerts, CAD import, mobile apps and 200 integrations.",
        "It does AI-powered forecasting, cloud sync, role-based permissions and 99.9% uptime.",
    ),
    "goodbye": (
        "Okay, thanks for your time. Goodbye.",
        "Alright, have a good night. Bye.",
    ),
    "question": ("Is that something you deal with?", "Does that sound familiar?"),
    "commitment_ask": (
        "Can we book a demo for next week?",
        "Would you take a meeting with me on Tuesday?",
    ),
    "pricing": (
        "It's only $49 a month per user.",
        "There's a 30-day free trial and 20% off this month.",
    ),
    "phone_number": ("You can reach me at 312-555-0142.",),
    "apology": ("Sorry to bother you so late.", "I apologize for calling out of the blue."),
    "disclaimer": ("I'm not trying to sell you anything.", "This isn't a sales call."),
    "misleading_claim": ("She's expecting my call.", "I'm returning his call."),
    "greeting": ("Hi there.", "Good morning!"),
    "small_talk": ("How are you today?", "How's your week going?"),
    "time_check": ("Is now a good time?", "Have you got a minute?"),
    "routing": ("Could I speak with the owner, please?", "Is Dr. Patel available?"),
    "connection_note": ("We connected on LinkedIn last week.", "Thanks for the LinkedIn invite."),
    "kind_words": ("That's so good to hear.", "You deserve it."),
    "put_down": ("Are you deaf? I just told you.", "Whatever, your loss."),
    "self_talk": (
        "It's been a rough year for me. I lost my biggest client and moved house twice.",
        "My landlord is a nightmare, don't get me started. I'm swamped.",
    ),
}

#: Lines that commit a catalog mistake (the codes of the mistake catalog).
MISTAKE_LINES: dict[str, tuple[str, ...]] = {
    "not-selling-disclaimer": (
        "I'm not trying to sell you anything, I promise.",
        "This isn't a sales call, I just have a quick question.",
        "Don't worry, I'm not selling anything.",
    ),
    "apology": (
        "Sorry to bother you, I know you're busy.",
        "I apologize for calling out of the blue.",
        "Sorry to interrupt your day.",
    ),
    "premature-close": (
        "Can we book a demo for next week?",
        "Would you be open to a thirty-minute meeting on Tuesday?",
        "Let's set up a call so I can show you the product.",
    ),
    "unprompted-pricing": (
        "It's only $49 a month per user.",
        "We have a 30-day free trial and 20% off for new customers.",
    ),
    "feature-dump": SIGNAL_LINES["feature_list"],
    "misleading-claim": (
        "She's expecting my call.",
        "I'm returning his call from last week.",
        "It's a personal matter.",
    ),
    "monologue": (
        " ".join(
            ["We help companies like yours save time and money on every part of the process."] * 7
        ),
    ),
    "no-introduction": ("Hi there, how are you today?",),
    "ignored-question": ("Anyway, let me tell you about our product.",),
}

#: Off-topic lines: they should match nothing, to exercise 'else' edges.
OFF_TOPIC_LINES = (
    "Hmm.",
    "Okay.",
    "The weather has been strange lately.",
    "Did you see the game last night?",
    "Uh, let me find my notes.",
    "Right, right.",
)

_PREFIXES = ("", "", "", "so ", "well, ", "okay, ", "yeah, ")


@dataclass(frozen=True)
class Item:
    """A state or an edge, whether it was reached, and where it is written."""

    label: str
    line: int | None
    hits: int

    def to_dict(self, key: str = "name") -> dict[str, Any]:
        return {key: self.label, "line": self.line, "hits": self.hits}


@dataclass(frozen=True)
class CoverageReport:
    """What ``runs`` random calls reached."""

    scenario: Scenario
    runs: int
    seed: int
    states: tuple[Item, ...]
    transitions: tuple[Item, ...]
    outcomes: Mapping[str, int]

    @property
    def missed_states(self) -> list[Item]:
        return [i for i in self.states if not i.hits]

    @property
    def missed_transitions(self) -> list[Item]:
        return [i for i in self.transitions if not i.hits]

    @staticmethod
    def _percent(items: Sequence[Item]) -> float:
        return 100.0 * sum(1 for i in items if i.hits) / len(items) if items else 100.0

    @property
    def state_percent(self) -> float:
        return self._percent(self.states)

    @property
    def transition_percent(self) -> float:
        return self._percent(self.transitions)

    def to_dict(self) -> dict[str, Any]:
        """``coverage --json``: what was reached and what never was, with lines and counts.

        ``hits`` counts the calls' visits to a state (every turn spent in it) and the
        times an edge fired; percentages are rounded to one decimal.
        """

        def part(items: Sequence[Item], percent: float, reached: str, key: str) -> dict[str, Any]:
            return {
                "total": len(items),
                "percent": round(percent, 1),
                reached: [i.to_dict(key) for i in items if i.hits],
                f"never_{reached}": [i.to_dict(key) for i in items if not i.hits],
            }

        return {
            "scenario": self.scenario.id,
            "file": self.scenario.source,
            "runs": self.runs,
            "seed": self.seed,
            "states": part(self.states, self.state_percent, "reached", "name"),
            "transitions": part(self.transitions, self.transition_percent, "taken", "label"),
            "outcomes": dict(sorted(self.outcomes.items())),
        }


class _Lines:
    """Chooses what the simulated rep says."""

    def __init__(self, scenario: Scenario, rng: random.Random) -> None:
        self.scenario = scenario
        self.rng = rng
        self.by_signal: dict[str, list[str]] = {}
        bank = {line for lines in SIGNAL_LINES.values() for line in lines}
        bank.update(line for lines in MISTAKE_LINES.values() for line in lines)
        for line in sorted(bank):
            for sig in signals(line, previous=None):
                self.by_signal.setdefault(sig, []).append(line)
        for sig, lines in SIGNAL_LINES.items():
            known = self.by_signal.setdefault(sig, [])
            known.extend(line for line in lines if line not in known)

    def for_intent(self, intent: Intent) -> str:
        ways = []
        if intent.examples:
            ways.append("examples")
        if intent.signals and all(self.by_signal.get(s) for s in intent.signals):
            ways.append("signals")
        if any(self.by_signal.get(s) for s in intent.any_signals):
            ways.append("any_signals")
        if any(c in MISTAKE_LINES for c in intent.mistakes):
            ways.append("mistakes")
        if not ways:
            return self.off_topic()
        way = self.rng.choice(ways)
        if way == "examples":
            return self.vary(self.rng.choice(intent.examples))
        if way == "signals":
            return " ".join(self.rng.choice(self.by_signal[s]) for s in intent.signals)
        if way == "any_signals":
            sig = self.rng.choice([s for s in intent.any_signals if self.by_signal.get(s)])
            return self.rng.choice(self.by_signal[sig])
        code = self.rng.choice([c for c in intent.mistakes if c in MISTAKE_LINES])
        return self.rng.choice(MISTAKE_LINES[code])

    def vary(self, example: str) -> str:
        text = self.rng.choice(_PREFIXES) + example
        if self.rng.random() < 0.3:
            text = text.lower()
        if self.rng.random() < 0.3:
            text = text.rstrip(".!?") + self.rng.choice((".", "?", "!", ""))
        return text

    def off_topic(self) -> str:
        return self.rng.choice(OFF_TOPIC_LINES)


def _edges(scenario: Scenario) -> list[tuple[Transition, str]]:
    """Every transition of the scenario with the label the report shows for it."""
    out: list[tuple[Transition, str]] = []
    for name, state in scenario.states.items():
        for t in (*state.transitions, *([state.otherwise] if state.otherwise else [])):
            out.append((t, f"{name} --{t.label}--> {t.dest}"))
    for t in scenario.anywhere:
        out.append((t, f"anywhere --{t.label}--> {t.dest}"))
    for t in scenario.watch:
        out.append((t, f"watch [{' and '.join(str(c) for c in t.conditions)}] --> {t.dest}"))
    return out


def measure(scenario: Scenario, runs: int = DEFAULT_RUNS, seed: int = 0) -> CoverageReport:
    """Play ``runs`` random calls and report which states and transitions were reached.

    Args:
        scenario: A scenario without errors.
        runs: How many calls to play.
        seed: Seeds every random choice, so the same seed gives the same report.
    """
    rng = random.Random(seed)
    lines = _Lines(scenario, rng)
    fired: dict[int, int] = {}
    visited: dict[str, int] = {}
    outcomes: dict[str, int] = {}
    timeouts = 0
    turns = scenario.max_turns or DEFAULT_TURNS
    for _ in range(runs):
        conv = Conversation(scenario.at_level(), seed=rng.randrange(2**31))
        conv.open()
        visited[conv.state] = visited.get(conv.state, 0) + 1
        for _turn in range(turns):
            if conv.ended:
                break
            state = scenario.states[conv.state]
            wanted = [t.intent for t in (*state.transitions, *scenario.anywhere) if t.intent]
            if not wanted or rng.random() < OFF_TOPIC:
                text = lines.off_topic()
            else:
                text = lines.for_intent(scenario.intents[rng.choice(wanted)])
            try:
                result = conv.say(text)
            except (LineRefused, CallEnded):
                break
            visited[result.state] = visited.get(result.state, 0) + 1
            for t in result.fired:
                fired[id(t)] = fired.get(id(t), 0) + 1
            timeouts += result.timed_out
        if conv.ended and conv.outcome:
            outcomes[conv.outcome] = outcomes.get(conv.outcome, 0) + 1
    states = tuple(
        Item(name, st.line, visited.get(name, 0)) for name, st in scenario.states.items()
    )
    items = [Item(label, t.line, fired.get(id(t), 0)) for t, label in _edges(scenario)]
    if scenario.max_turns and scenario.timeout:
        line = scenario.where("max_turns")[0]
        items.append(
            Item(f"timeout after {scenario.max_turns} turns --> {scenario.timeout}", line, timeouts)
        )
    return CoverageReport(scenario, runs, seed, states, tuple(items), outcomes)
