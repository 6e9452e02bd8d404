"""Scenario files: YAML in, a ``Scenario`` out, every problem pinned to a line.

This is the one place where YAML dicts become the frozen dataclasses of
``roleplay.dialogue.scenario``. Parsing collects *all* problems it can find as
``Diagnostic`` values instead of stopping at the first, so ``roleplay validate`` can
report them together; ``parse_scenario`` raises the first error for callers that just
want a scenario. Which keys each part of the file may have is ``FORMAT``'s business
(``roleplay.authoring.format``); each value is read and checked by ``Reader``
(``roleplay.authoring.reader``); names that point nowhere are ``check_references``'s
(``roleplay.authoring.references``), sizes ``check_limits``'s (``.limits``).

See ``docs/authoring.md`` for the format with a worked example.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from typing import Any

from roleplay.authoring.diagnostics import ERROR, Diagnostic
from roleplay.authoring.format import (
    CODE_RE,
    FORMAT,
    RESERVED_INTENTS,
    RESERVED_PREFIXES,
)
from roleplay.authoring.limits import check_limits
from roleplay.authoring.reader import Reader, check_format, control_character, kind, read_mapping
from roleplay.authoring.references import check_references
from roleplay.dialogue.scenario import (
    DIFFICULTIES,
    HUNG_UP_OUTCOMES,
    OUTCOMES,
    Intent,
    Level,
    Mood,
    Persona,
    Scenario,
    ScenarioTest,
    State,
    TestStep,
    Transition,
)
from roleplay.errors import ScenarioError
from roleplay.scoring.scorecard import CustomCode, ScoringConfig


def parse_scenario_text(
    text: str, source: str, default_id: str = "scenario"
) -> tuple[Scenario | None, list[Diagnostic]]:
    """Parse a scenario, returning it (None if it cannot be built) and every problem found.

    Reference errors (undefined states, intents, replies, moods, codes) are included;
    design warnings (unreachable states, ambiguous intents) are ``roleplay.lint``'s job.
    A scenario over the size limits (``format.LIMITS``) comes back as None with an
    error per limit, and is not checked further.
    """
    r, data, diags = read_mapping(
        text, source, "a scenario file must be a mapping of keys such as 'persona' and 'states'"
    )
    if r is None:
        return None, diags
    r.keys(data, FORMAT["scenario"], (), "the scenario")
    scenario = _build(r, data, default_id)
    if scenario is not None:
        too_big = check_limits(scenario)
        r.diags.extend(too_big or check_references(scenario))
        scenario = None if too_big else scenario
    r.diags.sort(key=lambda d: (d.line or 0, d.col or 0))
    return scenario, r.diags


def parse_scenario(text: str, source: str, default_id: str = "scenario") -> Scenario:
    """Parse a scenario and raise ``ScenarioError`` at its first error."""
    scenario, diags = parse_scenario_text(text, source, default_id)
    errors = [d for d in diags if d.is_error]
    if errors or scenario is None:
        first = errors[0] if errors else Diagnostic(source, None, None, ERROR, "not a scenario")
        more = f" (and {len(errors) - 1} more; run 'roleplay validate')" if len(errors) > 1 else ""
        raise ScenarioError(first.message + more, file=first.file, line=first.line, col=first.col)
    return scenario


def parse_tests_text(text: str, source: str) -> tuple[tuple[ScenarioTest, ...], list[Diagnostic]]:
    """The tests under the top-level ``tests`` key of a YAML text, read as a scenario's
    are, with their problems; nothing else in the text is looked at (names the tests use
    are only checked against a whole scenario)."""
    r, data, diags = read_mapping(text, source, "tests must be under a top-level 'tests' key")
    if r is None:
        return (), diags
    return _tests(r, data.get("tests")), r.diags


def _build(r: Reader, data: dict[Any, Any], default_id: str) -> Scenario | None:
    check_format(r, data)
    sid = r.text(data.get("id"), ("id",), "id")
    if not sid:
        sid = default_id
        if control_character(default_id) is not None:
            r.error(
                (),
                "the file name holds a control character; rename the file or set 'id'",
                code="control-character",
            )
    title = r.text(data.get("title"), ("title",), "title", required=True)

    pdata = r.mapping(data.get("persona"), ("persona",), "persona")
    if "persona" not in data:
        r.error((), "persona is required (who the rep is calling)", code="missing")
    r.keys(pdata, FORMAT["persona"], ("persona",), "persona")
    persona = Persona(
        name=r.text(
            pdata.get("name"), ("persona", "name"), "persona name", required="persona" in data
        ),
        **{
            k: r.text(pdata.get(k), ("persona", k), f"persona {k}")
            for k in list(FORMAT["persona"])[1:]
        },
    )

    moods: dict[str, Mood] = {}
    for mname, mdata in r.mapping(data.get("moods"), ("moods",), "moods").items():
        path = ("moods", mname)
        name = r.name(mname, path, "mood name")
        if isinstance(mdata, int) and not isinstance(mdata, bool):
            mdata = {"start": mdata}
        m = r.mapping(mdata, path, f"mood {mname!r}")
        r.keys(m, FORMAT["mood"], path, f"mood {mname!r}")
        lo = r.integer(m.get("min"), (*path, "min"), "min", 0)
        hi = r.integer(m.get("max"), (*path, "max"), "max", 10)
        start = r.integer(m.get("start"), (*path, "start"), "start", lo)
        if not lo <= start <= hi:
            r.error(
                path,
                f"mood {mname!r} starts at {start}, outside its range {lo}..{hi}",
                code="out-of-range",
            )
        moods[name] = Mood(name, start, lo, hi)

    slots = {}
    for sname, sval in r.mapping(data.get("slots"), ("slots",), "slots").items():
        slots[r.name(sname, ("slots", sname), "slot name")] = r.text(
            sval, ("slots", sname), f"slot {sname!r}"
        )

    intents: dict[str, Intent] = {}
    idata = r.mapping(data.get("intents"), ("intents",), "intents")
    for iname, ival in idata.items():
        path = ("intents", iname)
        name = r.name(iname, path, "intent name")
        if name in RESERVED_INTENTS or name.startswith(RESERVED_PREFIXES):
            r.error(
                path,
                f"intent name {name!r} is reserved by the state machine; pick another",
                key=True,
                code="name-clash",
            )
        i = r.mapping(ival, path, f"intent {iname!r}")
        r.keys(i, FORMAT["intent"], path, f"intent {iname!r}")
        intent = Intent(
            name=name,
            description=r.text(i.get("description"), (*path, "description"), "description"),
            examples=r.texts(i.get("examples"), (*path, "examples"), "examples"),
            signals=r.texts(i.get("signals"), (*path, "signals"), "signals"),
            any_signals=r.texts(i.get("any_signals"), (*path, "any_signals"), "any_signals"),
            mistakes=r.texts(i.get("mistakes"), (*path, "mistakes"), "mistakes"),
            unless=r.texts(i.get("unless"), (*path, "unless"), "unless"),
            priority=r.integer(i.get("priority"), (*path, "priority"), "priority", 0),
            line=r.where(path, key=True)[0],
        )
        if not (intent.examples or intent.signals or intent.any_signals or intent.mistakes):
            r.error(
                path,
                f"intent {iname!r} can never match: give it examples, signals, any_signals or mistakes",
                code="missing",
            )
        intents[name] = intent

    replies: dict[str, tuple[str, ...]] = {}
    for rname, rval in r.mapping(data.get("replies"), ("replies",), "replies").items():
        path = ("replies", rname)
        name = r.name(rname, path, "reply name")
        variants = r.texts(rval, path, f"reply {rname!r}")
        if not variants:
            r.error(path, f"reply {rname!r} has no text", code="missing")
        replies[name] = variants

    levels = _levels(r, data.get("levels"), moods)

    states: dict[str, State] = {}
    sdata = r.mapping(data.get("states"), ("states",), "states")
    if not sdata:
        r.error(
            ("states",) if "states" in data else (),
            "a scenario needs at least one state under 'states'",
            code="missing",
        )
    for sname, sval in sdata.items():
        path = ("states", sname)
        name = r.name(sname, path, "state name")
        s = r.mapping(sval, path, f"state {sname!r}")
        r.keys(s, FORMAT["state"], path, f"state {sname!r}")
        outcome = r.text(s.get("outcome"), (*path, "outcome"), "outcome") or None
        if outcome is not None and outcome not in OUTCOMES:
            r.error(
                (*path, "outcome"), f"outcome must be one of {', '.join(OUTCOMES)}, not {outcome!r}"
            )
        if_hung_up = r.text(s.get("if_hung_up"), (*path, "if_hung_up"), "if_hung_up") or None
        if if_hung_up is not None and if_hung_up not in HUNG_UP_OUTCOMES:
            r.error(
                (*path, "if_hung_up"),
                f"if_hung_up must be one of {', '.join(HUNG_UP_OUTCOMES)}, not {if_hung_up!r}"
                " (hanging up never wins a call)",
            )
        edges = []
        on = s.get("on")
        if on is not None and not isinstance(on, list):
            r.error(
                (*path, "on"),
                f"'on' must be a list of transitions, not {kind(on)}",
                code="wrong-type",
            )
            on = []
        for k, edge in enumerate(on or []):
            t = _edge(r, edge, (*path, "on", k), name, need_intent=True)
            if t is not None:
                edges.append(t)
        otherwise = None
        if "else" in s:
            otherwise = _edge(
                r, s["else"], (*path, "else"), name, need_intent=False, default_dest=name
            )
        if outcome is not None and (edges or otherwise):
            r.error(
                path,
                f"state {sname!r} has an outcome, so the call ends there; it cannot have 'on' or 'else'",
            )
        if outcome is not None and if_hung_up is not None:
            r.error(
                (*path, "if_hung_up"),
                f"state {sname!r} has an outcome, so the call ends there; nobody hangs up in it",
            )
        states[name] = State(
            name=name,
            description=r.text(s.get("description"), (*path, "description"), "description"),
            say=r.text(s.get("say"), (*path, "say"), "say") or None,
            outcome=outcome,
            hint=r.text(s.get("hint"), (*path, "hint"), "hint"),
            transitions=tuple(edges),
            otherwise=otherwise,
            line=r.where(path, key=True)[0],
            if_hung_up=if_hung_up,
        )

    anywhere = []
    av = data.get("anywhere")
    if av is not None and not isinstance(av, list):
        r.error(("anywhere",), "'anywhere' must be a list of transitions", code="wrong-type")
        av = []
    for k, edge in enumerate(av or []):
        t = _edge(r, edge, ("anywhere", k), "*", need_intent=True)
        if t is not None:
            anywhere.append(t)
    watch = []
    wv = data.get("watch")
    if wv is not None and not isinstance(wv, list):
        r.error(("watch",), "'watch' must be a list of rules with 'if' and 'to'", code="wrong-type")
        wv = []
    for k, edge in enumerate(wv or []):
        t = _edge(r, edge, ("watch", k), "*", need_intent=False, need_if=True)
        if t is not None:
            watch.append(t)

    start_state = r.text(data.get("start"), ("start",), "start", required=True)
    max_turns: int | None = None
    if data.get("max_turns") is not None:
        max_turns = r.integer(data["max_turns"], ("max_turns",), "max_turns", 1)
        if max_turns < 1:
            r.error(
                ("max_turns",),
                f"max_turns must be at least 1, not {max_turns}; leave it out for no limit",
                code="out-of-range",
            )
            max_turns = None
    timeout = r.text(data.get("timeout"), ("timeout",), "timeout") or None
    if max_turns and not timeout:
        r.error(
            ("max_turns",),
            "max_turns needs 'timeout': the state the call ends in when time runs out",
            code="missing",
        )

    return Scenario(
        id=sid,
        title=title,
        description=r.text(data.get("description"), ("description",), "description"),
        difficulty=_difficulty(r, data.get("difficulty")),
        levels=levels,
        persona=persona,
        moods=moods,
        slots=slots,
        start=start_state,
        opening=r.text(data.get("opening"), ("opening",), "opening") or None,
        intents=intents,
        states=states,
        replies=replies,
        anywhere=tuple(anywhere),
        watch=tuple(watch),
        fallback=r.text(data.get("fallback"), ("fallback",), "fallback") or None,
        max_turns=max_turns,
        timeout=timeout,
        scoring=_scoring(r, data.get("scoring")),
        tests=_tests(r, data.get("tests")),
        source=r.source,
        marks=r.marks,
    )


def _test_level(r: Reader, value: Any, path: tuple[Hashable, ...]) -> str | None:
    level = r.text(value, path, "difficulty") or None
    if level is not None and level not in DIFFICULTIES:
        r.error(path, f"difficulty {level!r} is not a level; use one of {', '.join(DIFFICULTIES)}")
        return None
    return level


def _difficulty(r: Reader, value: Any) -> str:
    label = r.text(value, ("difficulty",), "difficulty")
    if label and label.strip().lower() not in (*DIFFICULTIES, "medium"):
        r.error(
            ("difficulty",),
            f"difficulty {label!r} is not a level; use one of {', '.join(DIFFICULTIES)}",
        )
    return label


def _levels(r: Reader, value: Any, moods: Mapping[str, Mood]) -> dict[str, Level]:
    """The ``levels`` mapping: for easy, normal or hard, mood start values and replies."""
    levels: dict[str, Level] = {}
    for lname, ldata in r.mapping(value, ("levels",), "levels").items():
        path: tuple[Hashable, ...] = ("levels", lname)
        if lname not in DIFFICULTIES:
            r.error(path, f"level {lname!r} is not one of {', '.join(DIFFICULTIES)}", key=True)
            continue
        level = r.mapping(ldata, path, f"level {lname!r}")
        r.keys(level, FORMAT["level"], path, f"level {lname!r}")
        starts: dict[str, int] = {}
        for mname, mval in r.mapping(level.get("moods"), (*path, "moods"), "moods").items():
            mpath = (*path, "moods", mname)
            start = r.integer(mval, mpath, f"mood {mname!r}", 0)
            mood = moods.get(str(mname))
            if mood is None:
                r.error(
                    mpath,
                    f"level {lname!r} sets mood {mname!r}, which 'moods' does not have",
                    code="undefined",
                )
            elif not mood.min <= start <= mood.max:
                r.error(
                    mpath,
                    f"mood {mname!r} starts at {start} at level {lname!r}, outside its range "
                    f"{mood.min}..{mood.max}",
                    code="out-of-range",
                )
            else:
                starts[mood.name] = start
        replies: dict[str, tuple[str, ...]] = {}
        for rname, rval in r.mapping(level.get("replies"), (*path, "replies"), "replies").items():
            rpath = (*path, "replies", rname)
            variants = r.texts(rval, rpath, f"reply {rname!r}")
            if not variants:
                r.error(rpath, f"reply {rname!r} has no text at level {lname!r}", code="missing")
            replies[str(rname)] = variants
        levels[lname] = Level(lname, starts, replies)
    return levels


def _edge(
    r: Reader,
    value: Any,
    path: tuple[Hashable, ...],
    source: str,
    *,
    need_intent: bool,
    need_if: bool = False,
    default_dest: str | None = None,
) -> Transition | None:
    e = r.mapping(value, path, "a transition")
    if not e:
        if value is not None and not isinstance(value, dict):
            return None
        r.error(
            path,
            "a transition needs at least 'to'" + (" and 'intent'" if need_intent else ""),
            code="missing",
        )
        return None
    allowed = FORMAT[
        "transition" if need_intent else "watch_rule" if need_if else "else_transition"
    ]
    r.keys(e, allowed, path, "a transition")
    intent = None
    if need_intent:
        intent = r.text(e.get("intent"), (*path, "intent"), "intent", required=True) or None
    if "to" in e:
        dest = r.text(e.get("to"), (*path, "to"), "destination ('to')", required=True)
    elif default_dest is not None:
        dest = default_dest
    else:
        r.error(path, "a transition needs a destination: 'to: STATE'", code="missing")
        dest = ""
    conditions = r.conditions(e["if"], (*path, "if")) if "if" in e else ()
    if need_if and not conditions:
        r.error(path, "a watch rule needs 'if', e.g. if: patience <= 0", code="missing")
    return Transition(
        source=source,
        dest=dest,
        intent=intent,
        reply=r.text(e.get("reply"), (*path, "reply"), "reply") or None,
        effects=r.effects(e.get("effects"), (*path, "effects")),
        conditions=conditions,
        line=r.where(path)[0],
    )


def _scoring(r: Reader, value: Any) -> ScoringConfig:
    path: tuple[Hashable, ...] = ("scoring",)
    s = r.mapping(value, path, "scoring")
    r.keys(s, FORMAT["scoring"], path, "scoring")
    weights = {
        str(k): r.integer(v, (*path, "weights", k), f"weight of {k!r}", 0)
        for k, v in r.mapping(s.get("weights"), (*path, "weights"), "weights").items()
    }
    thresholds = {
        str(k): r.integer(v, (*path, "thresholds", k), f"threshold {k!r}", 0)
        for k, v in r.mapping(s.get("thresholds"), (*path, "thresholds"), "thresholds").items()
    }
    tips = {
        str(k): r.text(v, (*path, "tips", k), f"tip for {k!r}", required=True)
        for k, v in r.mapping(s.get("tips"), (*path, "tips"), "tips").items()
    }
    disabled = frozenset(r.texts(s.get("disabled"), (*path, "disabled"), "disabled"))
    reasons = frozenset(r.texts(s.get("reasons"), (*path, "reasons"), "reasons"))
    custom = []
    for code, cval in r.mapping(s.get("codes"), (*path, "codes"), "codes").items():
        cpath = (*path, "codes", code)
        if not isinstance(code, str) or not CODE_RE.fullmatch(code):
            r.error(
                cpath,
                f"code {code!r} must be lower-case words joined by hyphens, e.g. 'mentions-competitor'",
                key=True,
                code="bad-name",
            )
        c = r.mapping(cval, cpath, f"code {code!r}")
        r.keys(c, FORMAT["custom_code"], cpath, f"code {code!r}")
        cc = CustomCode(
            code=str(code),
            message=r.text(c.get("message"), (*cpath, "message"), "message", required=True),
            tip=r.text(c.get("tip"), (*cpath, "tip"), "tip", required=True),
            weight=r.integer(c.get("weight"), (*cpath, "weight"), "weight", 5),
            phrases=r.texts(c.get("phrases"), (*cpath, "phrases"), "phrases"),
            signals=r.texts(c.get("signals"), (*cpath, "signals"), "signals"),
            any_signals=r.texts(c.get("any_signals"), (*cpath, "any_signals"), "any_signals"),
            unless=r.texts(c.get("unless"), (*cpath, "unless"), "unless"),
        )
        if not (cc.phrases or cc.signals or cc.any_signals):
            r.error(
                cpath, f"code {code!r} can never fire: give it phrases or signals", code="missing"
            )
        custom.append(cc)
    return ScoringConfig(
        weights=weights,
        thresholds=thresholds,
        disabled=disabled,
        custom=tuple(custom),
        tips=tips,
        reasons=reasons,
    )


def _tests(r: Reader, value: Any) -> tuple[ScenarioTest, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        r.error(("tests",), "'tests' must be a list of tests", code="wrong-type")
        return ()
    out = []
    for k, tval in enumerate(value):
        path: tuple[Hashable, ...] = ("tests", k)
        t = r.mapping(tval, path, "a test")
        r.keys(t, FORMAT["test"], path, "a test")
        steps = []
        sv = t.get("steps")
        if not isinstance(sv, list) or not sv:
            r.error(
                (*path, "steps") if "steps" in t else path,
                "a test needs 'steps': a list of trainee lines",
                code="missing",
            )
            sv = []
        for j, step in enumerate(sv):
            spath = (*path, "steps", j)
            if isinstance(step, str):
                step = {"say": step}
                r.marks.setdefault((*spath, "say"), r.where(spath))
            st = r.mapping(step, spath, "a test step")
            r.keys(st, FORMAT["test_step"], spath, "a test step")
            mistakes = None
            if "mistakes" in st:
                mistakes = r.texts(st.get("mistakes"), (*spath, "mistakes"), "mistakes")
            steps.append(
                TestStep(
                    say=r.text(st.get("say"), (*spath, "say"), "say", required=True),
                    state=r.text(st.get("state"), (*spath, "state"), "state") or None,
                    reply=r.text(st.get("reply"), (*spath, "reply"), "reply") or None,
                    intent=r.text(st.get("intent"), (*spath, "intent"), "intent") or None,
                    mistakes=mistakes,
                    line=r.where(spath)[0],
                )
            )
        score = r.mapping(t.get("score"), (*path, "score"), "score")
        r.keys(score, FORMAT["score"], (*path, "score"), "score")
        outcome = r.text(t.get("outcome"), (*path, "outcome"), "outcome") or None
        if outcome is not None and outcome not in OUTCOMES:
            r.error(
                (*path, "outcome"), f"outcome must be one of {', '.join(OUTCOMES)}, not {outcome!r}"
            )
        out.append(
            ScenarioTest(
                name=r.text(t.get("name"), (*path, "name"), "test name", required=True)
                or f"test {k + 1}",
                steps=tuple(steps),
                seed=r.integer(t.get("seed"), (*path, "seed"), "seed", 0),
                difficulty=_test_level(r, t.get("difficulty"), (*path, "difficulty")),
                outcome=outcome,
                state=r.text(t.get("state"), (*path, "state"), "state") or None,
                min_score=r.integer(score.get("min"), (*path, "score", "min"), "min", 0)
                if "min" in score
                else None,
                max_score=r.integer(score.get("max"), (*path, "score", "max"), "max", 100)
                if "max" in score
                else None,
                line=r.where(path)[0],
            )
        )
    return tuple(out)
