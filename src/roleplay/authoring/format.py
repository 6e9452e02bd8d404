"""The scenario file format: every mapping, its keys and what each means, in one table.

``FORMAT`` is the single description of which keys each part of a scenario file may
have. The parser (``roleplay.authoring.parse``) refuses any other key, the JSON Schema
(``roleplay.authoring.schema``) is built from it, and ``docs/authoring.md`` is tested
against it, so the three cannot drift apart. Keys are listed in the order a trainer
usually writes them.

Names (of states, intents, replies, moods, slots) match ``NAME_RE``; the scenario's
own mistake codes match ``CODE_RE``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType

#: The version of the format this roleplay reads and writes (``format: 1``).
FORMAT_VERSION = 1

#: A name: lower-case letters, digits and underscores, starting with a letter.
#: Use ``fullmatch``: ``$`` alone would also accept a trailing newline.
NAME_RE = re.compile(r"^[a-z][a-z0-9_]*$")
#: A mistake code: lower-case words joined by hyphens, e.g. ``mentions-competitor``.
CODE_RE = re.compile(r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")
#: Intent names the state machine uses itself (transitions adds these to its model).
RESERVED_INTENTS = frozenset({"state", "trigger", "may_trigger", "else", "watch", "timeout"})
RESERVED_PREFIXES = ("is_", "may_", "to_")
#: Every whole number in a scenario (moods, effects, weights, conditions, seeds...) lies
#: within plus or minus this. Bigger numbers are typing accidents, not designs.
MAX_NUMBER = 1_000_000_000

#: How big a scenario may be: name -> (the most allowed, what is counted).
#:
#: Real scenarios are a few dozen states and a few hundred example phrases; these
#: limits leave room for ten times that while keeping every check quick (validate,
#: test, coverage and graph each take seconds at most, see
#: benchmarks/authoring_speed.py). A file over a limit gets one error per limit,
#: at the first item beyond it, and no further checks.
LIMITS: Mapping[str, tuple[int, str]] = MappingProxyType(
    {
        "file_bytes": (262_144, "bytes in the file (256 KiB)"),
        "states": (200, "states"),
        "transitions": (
            1_000,
            "transitions, counting each 'anywhere' or 'watch' rule once for every state "
            "without an outcome, since it applies in each",
        ),
        "intents": (100, "intents"),
        "examples_per_intent": (200, "example phrases of one intent"),
        "examples": (3_000, "example phrases in all"),
        "variants_per_reply": (50, "variants of one reply"),
        "moods": (20, "moods"),
        "max_turns": (100, "the value of max_turns"),
        "tests": (100, "tests"),
        "steps_per_test": (100, "steps of one test"),
    }
)


def limit(name: str) -> int:
    """The most ``LIMITS[name]`` allows."""
    return LIMITS[name][0]


_TRANSITION = {
    "intent": "the intent that takes this transition",
    "to": "the state to go to",
    "reply": "the reply the prospect says (a name under 'replies')",
    "effects": "changes to moods, e.g. {patience: -1}",
    "if": "mood conditions that must all hold, e.g. 'interest >= 1'",
}
_WITHOUT_INTENT = {k: v for k, v in _TRANSITION.items() if k != "intent"}

#: Each mapping of the format -> its keys -> what the key means (one line).
#:
#: ``scenario`` is the top level of the file. ``transition`` is an edge under a
#: state's ``on`` or under ``anywhere``; ``else_transition`` a state's ``else``;
#: ``watch_rule`` an entry of ``watch``. ``mood`` and ``test_step`` also have a
#: short form (a number; a line of text).
FORMAT: Mapping[str, Mapping[str, str]] = MappingProxyType(
    {
        "scenario": {
            "format": "format version of the file (1)",
            "id": "short name, defaults to the file name",
            "title": "title shown in lists",
            "description": "one line shown by `roleplay scenarios`",
            "difficulty": "the level played by default: easy, normal or hard (medium reads as normal)",
            "levels": "how the prospect plays at easy, normal and hard: mood start values, replies",
            "persona": "who the rep is calling",
            "moods": "numbers the prospect carries, e.g. patience",
            "slots": "default values for {placeholders} in replies",
            "start": "the state the call starts in",
            "opening": "reply the prospect answers the phone with",
            "intents": "what the rep may express",
            "states": "the conversation's states and their transitions",
            "anywhere": "transitions that apply in every non-terminal state",
            "watch": "mood rules checked after every turn",
            "fallback": "reply when a line matches nothing and the state has no else",
            "max_turns": "rep turns before the call times out",
            "timeout": "state entered when max_turns is reached",
            "replies": "the prospect's lines, several variants each",
            "scoring": "weights, thresholds, disabled codes, own codes, tips, reason signals",
            "tests": "conversation tests run by `roleplay test`",
        },
        "persona": {
            "name": "the prospect's full name",
            "role": "job title",
            "company": "company name",
            "situation": "what is going on for them (shown to the trainer)",
            "briefing": "what the rep knows before dialling (shown to the rep)",
        },
        "level": {
            "moods": "mood start values at this level, e.g. {patience: 5}",
            "replies": "replies said differently at this level (names under 'replies')",
        },
        "mood": {
            "start": "value at the start of the call (default: min)",
            "min": "lowest value (default 0)",
            "max": "highest value (default 10)",
        },
        "intent": {
            "description": "what the rep expresses",
            "examples": "example phrases, matched fuzzily",
            "signals": "built-in detector signals that must all fire",
            "any_signals": "built-in detector signals of which one must fire",
            "mistakes": "mistake codes that, detected on the line, mean this intent",
            "unless": "signals that veto this intent",
            "priority": "higher wins when several intents match (default 0)",
        },
        "state": {
            "description": "what is going on in this state",
            "say": "reply said on entering the state",
            "outcome": "the call ends here with this outcome",
            "if_hung_up": "how the call counts if the rep hangs up here (failure or neutral; else abandoned)",
            "hint": "the nudge the rep gets from /hint in this state",
            "on": "transitions, tried by intent priority",
            "else": "what happens when a line matches none of the state's intents",
        },
        "transition": _TRANSITION,
        "else_transition": _WITHOUT_INTENT,
        "watch_rule": _WITHOUT_INTENT,
        "scoring": {
            "weights": "points a mistake code costs",
            "thresholds": "named numbers, e.g. monologue_words: 80",
            "disabled": "mistake codes not scored in this scenario",
            "codes": "the scenario's own mistake codes",
            "tips": "coaching tips replacing a code's default tip",
            "reasons": "signals that say why the rep is calling on this call, besides reason",
        },
        "custom_code": {
            "message": "what went wrong, one sentence",
            "tip": "what to do instead",
            "weight": "points it costs (default 5)",
            "phrases": "rep lines that trigger it, matched fuzzily",
            "signals": "detector signals that must all fire",
            "any_signals": "detector signals of which any one is enough",
            "unless": "not once the rep has shown one of these signals (in that turn or before)",
        },
        "test": {
            "name": "what the test shows",
            "seed": "seed for reply variants (default 0)",
            "difficulty": "the level the test plays at (default: the scenario's own)",
            "steps": "trainee lines in order",
            "outcome": "the outcome expected at the end",
            "state": "the state expected at the end",
            "score": "the score range expected",
        },
        "test_step": {
            "say": "the trainee's line",
            "state": "the state expected after it",
            "reply": "text the reply must contain",
            "intent": "the intent expected to be recognised",
            "mistakes": "exactly the mistake codes expected on this line",
        },
        "score": {
            "min": "lowest score allowed",
            "max": "highest score allowed",
        },
    }
)


def all_keys() -> set[str]:
    """Every key any part of the format allows (for documentation checks)."""
    return {key for section in FORMAT.values() for key in section}
