"""Names that point nowhere: states, intents, replies, moods, signals, mistake codes."""

from __future__ import annotations

import difflib
from collections.abc import Hashable
from typing import Any

from roleplay.authoring.diagnostics import ERROR, Diagnostic
from roleplay.dialogue.memory import MEMORY
from roleplay.dialogue.scenario import Scenario, Transition
from roleplay.language.signals import SIGNALS
from roleplay.scoring.rules import CATALOG

#: Undefined names that get a "did you mean" hint; the rest are only named.
MAX_HINTS = 50


def check_references(s: Scenario) -> list[Diagnostic]:
    """Errors for names that point nowhere: states, intents, replies, moods, signals, codes."""
    diags: list[Diagnostic] = []
    codes = set(CATALOG) | {c.code for c in s.scoring.custom}

    def err(path: tuple[Hashable, ...], message: str, code: str = "undefined") -> None:
        line, col = s.where(*path)
        diags.append(Diagnostic(s.source, line, col, ERROR, message, code))

    hints = [MAX_HINTS]

    def unknown(kind: str, name: str, known: Any) -> str:
        hint = None
        if hints[0] > 0:  # each costs a pass over the known names: keep it to a few
            hints[0] -= 1
            hint = difflib.get_close_matches(name, list(known), n=1, cutoff=0.6)
        return f"undefined {kind} {name!r}" + (f"; did you mean {hint[0]!r}?" if hint else "")

    for mood in s.moods:
        if mood in MEMORY:
            err(
                ("moods", mood),
                f"mood {mood!r} has the name of a memory fact; rename it",
                code="name-clash",
            )
    if s.start and s.start not in s.states:
        err(("start",), unknown("state", s.start, s.states) + " in 'start'")
    if s.timeout and s.timeout not in s.states:
        err(("timeout",), unknown("state", s.timeout, s.states) + " in 'timeout'")
    for key, name in (("opening", s.opening), ("fallback", s.fallback)):
        if name and name not in s.replies:
            err((key,), unknown("reply", name, s.replies))
    for lname, level in s.levels.items():
        for rname in level.replies:
            if rname not in s.replies:
                err(("levels", lname, "replies", rname), unknown("reply", rname, s.replies))
    for sname, state in s.states.items():
        if state.say and state.say not in s.replies:
            err(("states", sname, "say"), unknown("reply", state.say, s.replies))
    edge_groups: list[tuple[tuple[Hashable, ...], Transition]] = []
    for sname, state in s.states.items():
        edge_groups.extend((("states", sname, "on", k), t) for k, t in enumerate(state.transitions))
        if state.otherwise is not None:
            edge_groups.append((("states", sname, "else"), state.otherwise))
    edge_groups.extend((("anywhere", k), t) for k, t in enumerate(s.anywhere))
    edge_groups.extend((("watch", k), t) for k, t in enumerate(s.watch))
    for path, t in edge_groups:
        if t.dest and t.dest not in s.states:
            err((*path, "to"), unknown("state", t.dest, s.states))
        if t.intent and t.intent not in s.intents:
            err((*path, "intent"), unknown("intent", t.intent, s.intents))
        if t.reply and t.reply not in s.replies:
            err((*path, "reply"), unknown("reply", t.reply, s.replies))
        for mood in t.effects:
            if mood not in s.moods:
                err((*path, "effects", mood), unknown("mood", mood, s.moods))
        for cond in t.conditions:
            if cond.mood not in s.moods and cond.mood not in MEMORY:
                err((*path, "if"), unknown("mood or memory fact", cond.mood, [*s.moods, *MEMORY]))
    for iname, intent in s.intents.items():
        for key in ("signals", "any_signals", "unless"):
            for k, sig in enumerate(getattr(intent, key)):
                if sig not in SIGNALS:
                    err(("intents", iname, key, k), unknown("signal", sig, SIGNALS))
        for k, code in enumerate(intent.mistakes):
            if code not in codes:
                err(("intents", iname, "mistakes", k), unknown("mistake code", code, codes))
    sc = s.scoring
    for key, names in (("weights", sc.weights), ("tips", sc.tips), ("disabled", sc.disabled)):
        for k, code in enumerate(names):
            if code not in codes:
                path = ("scoring", key, k) if key == "disabled" else ("scoring", key, code)
                err(path, unknown("mistake code", code, codes))
    for k, sig in enumerate(sorted(sc.reasons)):
        if sig not in SIGNALS:
            err(("scoring", "reasons", k), unknown("signal", sig, SIGNALS))
    for c in sc.custom:
        if c.code in CATALOG:
            err(
                ("scoring", "codes", c.code),
                f"code {c.code!r} is already in the catalog; pick another name",
                code="name-clash",
            )
        for key, sigs in (
            ("signals", c.signals),
            ("any_signals", c.any_signals),
            ("unless", c.unless),
        ):
            for k, sig in enumerate(sigs):
                if sig not in SIGNALS:
                    err(("scoring", "codes", c.code, key, k), unknown("signal", sig, SIGNALS))
    for k, test in enumerate(s.tests):
        for j, step in enumerate(test.steps):
            spath = ("tests", k, "steps", j)
            if step.state and step.state not in s.states:
                err((*spath, "state"), unknown("state", step.state, s.states))
            if step.intent and step.intent not in s.intents:
                err((*spath, "intent"), unknown("intent", step.intent, s.intents))
            for m, code in enumerate(step.mistakes or ()):
                if code not in codes:
                    err((*spath, "mistakes", m), unknown("mistake code", code, codes))
        if test.state and test.state not in s.states:
            err(("tests", k, "state"), unknown("state", test.state, s.states))
    return diags
