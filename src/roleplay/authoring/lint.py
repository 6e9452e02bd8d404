"""Design checks on a parsed scenario: the loose ends a trainer wants to hear about.

``parse.parse_scenario_text`` reports what makes a file unusable (syntax, keys,
types, undefined names). ``lint`` looks at the conversation it describes:

errors
    a reachable state with no transitions and no outcome (the call would hang there);
    no ``success`` ending reachable from the start; a reply or hint that uses a
    ``{slot}`` nothing fills (the rep would read the braces aloud, so it is a bug in
    the text, like an undefined reply name).
warnings
    states unreachable from the start (also when every way in needs a mood condition
    that can never hold); states from which no ending can be reached; conditions that
    can never hold; unused intents, replies and moods; example phrases of two intents
    that one state listens for which are so alike that a line could be read as either;
    ``{Things}`` in braces that look like slots but are not; tests that check nothing.

Pure: takes a ``Scenario``, returns ``Diagnostic`` values. It tolerates a scenario that
also has reference errors (it skips edges to undefined states rather than failing).
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Iterable, Iterator

from roleplay.authoring.ambiguity import alike_examples
from roleplay.authoring.diagnostics import Diagnostic
from roleplay.dialogue.scenario import (
    ENGINE_SLOTS,
    PERSONA_SLOTS,
    SLOT_RE,
    Condition,
    Scenario,
    Transition,
)

#: Similarity (0-100, rapidfuzz token_sort_ratio) above which two example phrases of
#: different intents are reported as ambiguous. Lines are matched at 72 and up, so two
#: examples this close leave little room between them.
AMBIGUITY_THRESHOLD = 85.0
#: Alike pairs reported one by one; beyond this, one warning counts the rest.
MAX_ALIKE_REPORTED = 50

#: Braces that a trainer probably meant as a slot but that SLOT_RE will not fill.
_BRACED = re.compile(r"\{[^{}\n]{0,40}\}")

Path = tuple[Hashable, ...]


def lint(scenario: Scenario, *, errors_only: bool = False) -> list[Diagnostic]:
    """Design errors and warnings for a parsed scenario, in file order.

    Args:
        scenario: A scenario as returned by ``parse_scenario_text`` (it may have
            reference errors; edges to undefined states are ignored here).
        errors_only: Only errors: skips the checks that can only warn, such as
            comparing every pair of example phrases (for ``test`` and ``coverage``,
            which only need to know the scenario is usable).

    Returns:
        Diagnostics with severity ``error`` or ``warning``, sorted by line.
    """
    out = _Linter(scenario, errors_only)
    out.run()
    diags = [d for d in out.diags if d.is_error] if errors_only else out.diags
    diags.sort(key=lambda d: (d.line or 0, d.col or 0))
    return diags


class _Linter:
    def __init__(self, s: Scenario, errors_only: bool = False) -> None:
        self.s = s
        self.errors_only = errors_only
        self.diags: list[Diagnostic] = []
        self._successors: dict[bool, dict[str, set[str]]] = {}

    def report(self, severity: str, path: Path, message: str, code: str) -> None:
        line, col = self.s.where(*path)
        self.diags.append(Diagnostic(self.s.source, line, col, severity, message, code))

    def key_of(self, *path: Hashable) -> Path:
        """The path whose mark is a mapping key, so the diagnostic points at the name."""
        return (*path, "<key>") if (*path, "<key>") in self.s.marks else path

    def run(self) -> None:
        self.impossible = self.check_conditions()
        self.check_graph()
        self.check_intents()
        self.check_replies()
        self.check_moods()
        self.check_slots()
        self.check_tests()

    # ------------------------------------------------------------------ moods

    def mood_ranges(self) -> dict[str, tuple[int, int]]:
        """For each mood, an interval that surely contains every value it can take."""
        ranges = {}
        effects = [t.effects for t in self.s.all_transitions()]
        for name, mood in self.s.moods.items():
            deltas = [e[name] for e in effects if e.get(name)]
            lo = mood.min if any(d < 0 for d in deltas) else mood.start
            hi = mood.max if any(d > 0 for d in deltas) else mood.start
            ranges[name] = (min(lo, hi), max(lo, hi))
        return ranges

    def check_conditions(self) -> set[int]:
        """Warn about conditions that never hold; return the ids of edges they block."""
        ranges = self.mood_ranges()
        blocked: set[int] = set()
        for path, t in self.edges_with_paths():
            for cond in t.conditions:
                if cond.mood not in ranges:
                    continue  # an undefined mood: already an error
                lo, hi = ranges[cond.mood]
                if not _can_hold(cond, lo, hi):
                    mood = self.s.moods[cond.mood]
                    why = (
                        f"{cond.mood} stays between {lo} and {hi}"
                        if (lo, hi) != (mood.min, mood.max)
                        else f"{cond.mood} is always between {mood.min} and {mood.max}"
                    )
                    self.report(
                        "warning",
                        (*path, "if"),
                        f"condition '{cond}' can never hold: {why}",
                        "never-holds",
                    )
                    blocked.add(id(t))
        return blocked

    def check_moods(self) -> None:
        used: set[str] = set()
        for t in self.s.all_transitions():
            used.update(t.effects)
            used.update(c.mood for c in t.conditions)
        for name in self.s.moods:
            if name not in used:
                self.report(
                    "warning",
                    self.key_of("moods", name),
                    f"mood {name!r} is never changed or tested; remove it or use it in 'effects' or 'if'",
                    "unused",
                )

    # ------------------------------------------------------------------ graph

    def edges_with_paths(self) -> Iterator[tuple[Path, Transition]]:
        for sname, state in self.s.states.items():
            for k, t in enumerate(state.transitions):
                yield ("states", sname, "on", k), t
            if state.otherwise is not None:
                yield ("states", sname, "else"), state.otherwise
        for k, t in enumerate(self.s.anywhere):
            yield ("anywhere", k), t
        for k, t in enumerate(self.s.watch):
            yield ("watch", k), t

    def successors(self, name: str, usable: bool) -> set[str]:
        """States one turn away from ``name``; with ``usable``, skip edges that can never fire."""
        cache = self._successors.setdefault(usable, {})
        if name not in cache:
            cache[name] = self._compute_successors(name, usable)
        return cache[name]

    def _compute_successors(self, name: str, usable: bool) -> set[str]:
        s = self.s
        state = s.states[name]
        if state.terminal:
            return set()
        edges: list[Transition] = list(state.transitions)
        if state.otherwise is not None:
            edges.append(state.otherwise)
        edges.extend(s.anywhere)
        edges.extend(s.watch)
        out = {
            t.dest
            for t in edges
            if t.dest in s.states and not (usable and id(t) in self.impossible)
        }
        if s.max_turns and s.timeout is not None and s.timeout in s.states:
            out.add(s.timeout)
        return out

    def reachable(self, usable: bool) -> set[str]:
        if self.s.start not in self.s.states:
            return set()
        seen = {self.s.start}
        todo = [self.s.start]
        while todo:
            for nxt in self.successors(todo.pop(), usable):
                if nxt not in seen:
                    seen.add(nxt)
                    todo.append(nxt)
        return seen

    def check_graph(self) -> None:
        s = self.s
        if s.start not in s.states:
            return  # an undefined start is already an error; nothing below would mean much
        graph_reach = self.reachable(usable=False)
        reach = self.reachable(usable=True)
        for name in s.states:
            where = self.key_of("states", name)
            if name not in graph_reach:
                self.report(
                    "warning",
                    where,
                    f"state {name!r} can never be reached from the start {s.start!r}",
                    "unreachable",
                )
            elif name not in reach:
                self.report(
                    "warning",
                    where,
                    f"state {name!r} can never be reached: every way in needs a mood condition that never holds",
                    "unreachable",
                )
        # A state with no transitions of its own and no outcome: almost always a forgotten
        # 'outcome'. Watch rules and the turn limit are bail-outs, not a way through.
        for name, state in s.states.items():
            if state.terminal or name not in graph_reach:
                continue
            if not (state.transitions or state.otherwise or s.anywhere):
                self.report(
                    "error",
                    self.key_of("states", name),
                    f"state {name!r} has no transitions and no outcome: the call can never leave it; "
                    "give it 'on'/'else' transitions, or an 'outcome' if the call ends there",
                    "no-way-out",
                )
        # States from which no ending can be reached (a trap loop): walk back from the
        # endings along reversed edges, once, rather than sweeping until nothing changes.
        before: dict[str, set[str]] = {}
        for name in reach:
            for nxt in self.successors(name, usable=True):
                before.setdefault(nxt, set()).add(name)
        can_end = {n for n in reach if s.states[n].terminal}
        todo = list(can_end)
        while todo:
            for prev in before.get(todo.pop(), ()):
                if prev not in can_end:
                    can_end.add(prev)
                    todo.append(prev)
        for name in sorted(reach - can_end, key=lambda n: s.states[n].line or 0):
            if self.successors(name, usable=True) - {name}:
                self.report(
                    "warning",
                    self.key_of("states", name),
                    f"state {name!r} is a dead end: no path from it leads to a state with an outcome",
                    "dead-end",
                )
            elif self.successors(name, usable=True):
                self.report(
                    "warning",
                    self.key_of("states", name),
                    f"state {name!r} only leads back to itself: the call can never end from there",
                    "dead-end",
                )
        successes = [n for n, st in s.states.items() if st.outcome == "success"]
        if not successes:
            self.report(
                "error",
                self.key_of("states"),
                "no state has 'outcome: success': the rep can never win this call",
                "no-success",
            )
        elif not any(n in reach for n in successes):
            names = ", ".join(repr(n) for n in successes)
            self.report(
                "error",
                ("start",),
                f"no success ending ({names}) can be reached from the start {s.start!r}",
                "no-success",
            )

    # ------------------------------------------------------------------ intents

    def check_intents(self) -> None:
        s = self.s
        used = {t.intent for t in s.all_transitions() if t.intent}
        for name in s.intents:
            if name not in used:
                self.report(
                    "warning",
                    self.key_of("intents", name),
                    f"intent {name!r} is never used: no transition has 'intent: {name}'",
                    "unused",
                )
        if not self.errors_only:
            self.check_alike_examples()

    def check_alike_examples(self) -> None:
        s = self.s
        # Two intents compete only where one state listens for both: bit k of an
        # intent's mask is set when the k-th listening state hears it.
        masks: dict[str, int] = {}
        common = {t.intent for t in s.anywhere if t.intent}
        open_states = (st for st in s.states.values() if not st.terminal)
        for k, state in enumerate(open_states):
            for name in {t.intent for t in state.transitions if t.intent} | common:
                masks[name] = masks.get(name, 0) | 1 << k
        pairs = alike_examples(
            s.intents,
            lambda a, b: bool(masks.get(a, 0) & masks.get(b, 0)),
            AMBIGUITY_THRESHOLD,
        )
        for pair in pairs[:MAX_ALIKE_REPORTED]:
            a, b = s.intents[pair.first], s.intents[pair.second]
            ex_a, ex_b = a.examples[pair.first_index], b.examples[pair.second_index]
            first_line = s.where("intents", a.name, "examples", pair.first_index)[0]
            self.report(
                "warning",
                ("intents", b.name, "examples", pair.second_index),
                f"example {ex_b!r} of intent {b.name!r} is {pair.score:.0f}% like {ex_a!r} of intent {a.name!r}"
                f" (line {first_line}); a line like either could be read as the other: reword one",
                "alike-examples",
            )
        if len(pairs) > MAX_ALIKE_REPORTED:
            self.report(
                "warning",
                self.key_of("intents"),
                f"{len(pairs) - MAX_ALIKE_REPORTED} more pairs of example phrases are as alike "
                "as those above; reword those first and run 'roleplay validate' again",
                "alike-examples",
            )

    # ------------------------------------------------------------------ replies

    def check_replies(self) -> None:
        s = self.s
        used = {s.opening, s.fallback}
        used.update(st.say for st in s.states.values())
        used.update(t.reply for t in s.all_transitions())
        for name in s.replies:
            if name not in used:
                self.report(
                    "warning",
                    self.key_of("replies", name),
                    f"reply {name!r} is never said: no state, transition, 'opening' or 'fallback' uses it",
                    "unused",
                )

    def check_slots(self) -> None:
        s = self.s
        filled = set(ENGINE_SLOTS) | set(PERSONA_SLOTS) | set(s.slots)
        known = ", ".join(sorted(filled))
        texts: list[tuple[Path, str]] = []
        for name, variants in s.replies.items():
            single = ("replies", name, 0) not in s.marks
            for k, text in enumerate(variants):
                texts.append((("replies", name) if single else ("replies", name, k), text))
        for lname, level in s.levels.items():
            for name, variants in level.replies.items():
                for k, text in enumerate(variants):
                    texts.append((("levels", lname, "replies", name, k), text))
        for name, state in s.states.items():
            if state.hint:
                texts.append((("states", name, "hint"), state.hint))
        for path, text in texts:
            for slot in dict.fromkeys(SLOT_RE.findall(text)):
                if slot not in filled:
                    self.report(
                        "error",
                        path,
                        f"{{{slot}}} is never filled, so the rep would see it as is; "
                        f"add it under 'slots' or use one of: {known}",
                        "unfilled-slot",
                    )
            for braced in dict.fromkeys(_BRACED.findall(SLOT_RE.sub("", text))):
                self.report(
                    "warning",
                    path,
                    f"{braced} looks like a slot but slots are lower-case names in braces, like {{rep_name}}",
                    "not-a-slot",
                )

    # ------------------------------------------------------------------ tests

    def check_tests(self) -> None:
        for k, test in enumerate(self.s.tests):
            checks_step = any(
                st.state or st.reply or st.intent or st.mistakes is not None for st in test.steps
            )
            checks_end = (
                test.outcome
                or test.state
                or test.min_score is not None
                or test.max_score is not None
            )
            if test.steps and not (checks_step or checks_end):
                self.report(
                    "warning",
                    ("tests", k),
                    f"test {test.name!r} checks nothing: give a step 'state', 'reply', 'intent' or "
                    "'mistakes', or the test an 'outcome', 'state' or 'score'",
                    "empty-test",
                )


def _can_hold(cond: Condition, lo: int, hi: int) -> bool:
    return any(cond.holds({cond.mood: v}) for v in _probe_values(cond.value, lo, hi))


def _probe_values(value: int, lo: int, hi: int) -> Iterable[int]:
    """Enough values of [lo, hi] to decide any ``mood OP value`` over that interval."""
    return {v for v in (lo, hi, value - 1, value, value + 1) if lo <= v <= hi}
