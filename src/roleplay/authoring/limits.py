"""How big a scenario may be: one error per limit exceeded, at the first item beyond it.

The limits themselves are ``format.LIMITS``. A scenario over any of them is not
checked further (no reference checks, no lint, no tests, no coverage), so a huge file
costs a quick parse and a few lines of errors, never minutes.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence

from roleplay.authoring.diagnostics import ERROR, Diagnostic
from roleplay.authoring.format import limit
from roleplay.dialogue.scenario import Scenario

_SEE = "see 'Limits' in docs/authoring.md"


def machine_transitions(s: Scenario) -> int:
    """Transitions as the engine builds them: 'anywhere' and 'watch' rules once per state."""
    own = sum(len(st.transitions) + (st.otherwise is not None) for st in s.states.values())
    open_states = sum(1 for st in s.states.values() if not st.terminal)
    return own + (len(s.anywhere) + len(s.watch)) * open_states


def check_limits(s: Scenario) -> list[Diagnostic]:
    """Errors for each limit of ``format.LIMITS`` the scenario exceeds.

    Args:
        s: A parsed scenario (it may have other errors).

    Returns:
        At most one error per limit and per item (intent, reply, test) over it.
    """
    diags: list[Diagnostic] = []

    def err(path: Sequence[Hashable], message: str) -> None:
        line, col = s.where(*path)
        diags.append(Diagnostic(s.source, line, col, ERROR, message, "limit"))

    def key(*path: Hashable) -> tuple[Hashable, ...]:
        """The path whose mark is a mapping key, so the error points at the name."""
        return (*path, "<key>") if (*path, "<key>") in s.marks else path

    def too_many(items: Sequence[Hashable], name: str, what: str, *path: Hashable) -> bool:
        """An error at the first of ``items`` beyond the limit; False when within it."""
        most = limit(name)
        if len(items) <= most:
            return False
        first = items[most]
        where = key(*path, first) if isinstance(first, str) else (*path, first)
        err(where, f"{what} ({len(items)}); at most {most} are allowed, {_SEE}")
        return True

    too_many(list(s.moods), "moods", "too many moods", "moods")
    too_many(list(s.intents), "intents", "too many intents", "intents")
    too_many(list(s.states), "states", "too many states", "states")
    seen = 0
    for name, intent in s.intents.items():
        indexes = range(len(intent.examples))
        too_many(
            indexes,
            "examples_per_intent",
            f"intent {name!r} has too many example phrases",
            "intents",
            name,
            "examples",
        )
        if seen <= limit("examples") < seen + len(intent.examples):
            total = sum(len(i.examples) for i in s.intents.values())
            err(
                ("intents", name, "examples", limit("examples") - seen),
                f"too many example phrases in all ({total}); at most {limit('examples')} "
                f"are allowed, {_SEE}",
            )
        seen += len(intent.examples)
    for name, variants in s.replies.items():
        too_many(
            range(len(variants)),
            "variants_per_reply",
            f"reply {name!r} has too many variants",
            "replies",
            name,
        )
    for lname, level in s.levels.items():
        for name, variants in level.replies.items():
            too_many(
                range(len(variants)),
                "variants_per_reply",
                f"reply {name!r} has too many variants at level {lname!r}",
                "levels",
                lname,
                "replies",
                name,
            )
    count = machine_transitions(s)
    if count > limit("transitions"):
        err(
            key("states"),
            f"too many transitions ({count}, counting each 'anywhere' and 'watch' rule once "
            f"for every state without an outcome); at most {limit('transitions')} are "
            f"allowed, {_SEE}",
        )
    if s.max_turns is not None and s.max_turns > limit("max_turns"):
        err(("max_turns",), f"max_turns must be at most {limit('max_turns')}, {_SEE}")
    too_many(range(len(s.tests)), "tests", "too many tests", "tests")
    for k, test in enumerate(s.tests):
        too_many(
            range(len(test.steps)),
            "steps_per_test",
            f"test {test.name!r} has too many steps",
            "tests",
            k,
            "steps",
        )
    return diags
