"""Hints and the coach agree: a line that does what a state's hint says is never flagged as a
mistake, and it moves the call forward (to another state, never to a failure or a dead end).

Every non-final state of every shipped persona is listed here with a way to reach it and
lines that follow its hint, one tidy and one typed in a hurry. A state added to a persona
without an entry here fails ``test_every_state_with_a_hint_is_checked``.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from roleplay.dialogue.engine import Conversation
from roleplay.library import list_scenarios, load_scenario

SLEEPY_OPENER = (
    "Hi, this is Sam Ortiz from Quotewise. I'm calling because small shops tell us "
    "quotes done from memory lose them jobs."
)
EXEC_OPENER = (
    "Renata, Sam Ortiz from Frostline. Operators opening sites fast tell us their crews "
    "can't catch a failing compressor before a room spoils."
)
GATE_OPENER = (
    "Hi Joyce, this is Sam Ortiz with Ledgerline. I'm calling because engineering firms "
    "tell us they lose billable hours between timesheets and invoices."
)

#: persona -> state -> (lines that reach the state, lines that follow its hint)
HINTED: dict[str, dict[str, tuple[list[str], list[str]]]] = {
    "sleepy_skeptic": {
        "ringing": (
            [],
            [
                SLEEPY_OPENER,
                "hey its sam ortiz w quotewise, calling cause shops like yours lose jobs "
                "when quotes take days",
            ],
        ),
        "suspicious": (
            ["hi is this the owner"],
            [
                "Sorry, I should have said: Sam Ortiz from Quotewise, I'm calling because "
                "small shops lose jobs when quotes take days.",
                "sam ortiz from quotewise, calling cause shops your size lose work on slow quotes",
            ],
        ),
        "named": (
            ["Hi, this is Sam Ortiz."],
            [
                "I'm calling because shops like yours lose jobs when a quote takes three days.",
                "calling cause most shops your size lose work when quotes take days",
            ],
        ),
        "called_out": (
            ["Hi, I'm not trying to sell you anything."],
            [
                "Fair enough, it is a sales call. I'm Sam Ortiz from Quotewise; shops like yours "
                "lose jobs on slow quotes, and I'd like to ask how you handle them.",
                "fair, it is a sales call. its sam from quotewise, i can call you tomorrow at "
                "a decent hour instead if thats better",
            ],
        ),
        "pushed": (
            ["Hi, this is Sam from Quotewise, can I get 15 minutes tomorrow for a demo?"],
            [
                "Fair point. How do you put your quotes together today?",
                "fair. how do you do your quotes today",
            ],
        ),
        "listening": (
            [SLEEPY_OPENER],
            [
                "How do you put a quote together today, and what goes wrong with it?",
                "how do you do quotes today, what usually goes wrong",
            ],
        ),
        "opening_up": (
            [SLEEPY_OPENER, "How do you put a quote together today?"],
            [
                "Could I call you Thursday at 10 in the morning for fifteen minutes?",
                "can i call you thursday at 10am for 15 min",
            ],
        ),
    },
    "busy_executive": {
        "answered": (
            [],
            [
                EXEC_OPENER,
                "renata its sam ortiz from frostline, calling cause fast growing cold storage "
                "ops lose whole rooms when a compressor fails overnight",
            ],
        ),
        "who_is_this": (
            ["Hi, I'm calling about your compressors."],
            [
                "Sam Ortiz from Frostline. We warn maintenance crews hours before a compressor "
                "fails, so a room of product isn't lost overnight.",
                "sam ortiz from frostline, we warn your crews hours before a compressor dies so "
                "you dont lose a room overnight",
            ],
        ),
        "named": (
            ["Hi Renata, this is Sam Ortiz from Frostline."],
            [
                "I'm calling because when you open sites fast, one unnoticed compressor failure "
                "can spoil a customer's whole load.",
                "calling cause opening sites fast stretches your crews and one missed failure "
                "can spoil a whole room",
            ],
        ),
        "listening": (
            [EXEC_OPENER],
            [
                "How does Northgate find out about a failing unit today?",
                "how do you find out about a failing unit today",
            ],
        ),
        "cut_off": (
            [
                "Hi Renata, this is Sam Ortiz from Frostline. We have wireless sensors, "
                "a dashboard, SMS alerts and a mobile app."
            ],
            [
                "For you it means your crews hear about a failing compressor hours early, "
                "before a customer's load spoils.",
                "how do you find out today when a unit is failing",
            ],
        ),
        "pushed": (
            [
                "Hi Renata, this is Sam Ortiz from Frostline. Can I get 30 minutes next week "
                "to show you a demo?"
            ],
            [
                "Fair. How do you catch a failing compressor today?",
                "fair. who owns maintenance across your sites today",
            ],
        ),
        "engaged": (
            [EXEC_OPENER, "How does Northgate find out about a failing unit today?"],
            [
                "That is what we catch early. Could we take 20 minutes Thursday at 10 with "
                "you and whoever owns maintenance?",
                "thats exactly what we catch early. who owns maintenance across the sites",
            ],
        ),
        "pick_a_time": (
            [
                EXEC_OPENER,
                "How does Northgate find out about a failing unit today?",
                "Could we find time to talk about it?",
            ],
            [
                "Thursday at 10, 20 minutes, you and whoever owns maintenance.",
                "thursday 10am, 20 min, you and your maintenance lead",
            ],
        ),
        "referred": (
            [
                EXEC_OPENER,
                "How does Northgate find out about a failing unit today?",
                "Who owns maintenance across your sites?",
            ],
            [
                "Thanks. Could Tom and I take 20 minutes Wednesday at 2? You're welcome to join.",
                "great, could i book tom for 20 min wednesday at 2pm",
            ],
        ),
    },
    "gatekeeper": {
        "greeting": (
            [],
            [
                GATE_OPENER,
                "hi joyce its sam ortiz w ledgerline, calling cause firms like yours lose "
                "billable hours between timesheets and invoices",
            ],
        ),
        "who_calling": (
            ["Hi, is Mr. Harrow in?"],
            [
                "Sorry, Sam Ortiz from Ledgerline. I'm calling because engineering firms lose "
                "billable hours between timesheets and invoices.",
                "sorry, sam ortiz w ledgerline, calling about billable hours firms lose "
                "between timesheets and invoices",
            ],
        ),
        "whats_it_about": (
            ["Hi, this is Sam Ortiz from Ledgerline, is Mr. Harrow in?"],
            [
                "I'm calling because engineering firms lose billable hours between "
                "timesheets and invoices, and I'd like to talk to whoever handles billing.",
                "calling cause firms like yours lose billable hours between timesheets and "
                "invoices, id like to talk to whoever handles billing",
            ],
        ),
        "stonewalled": (
            ["Is Mr. Harrow in?", "I'd rather not say."],
            [
                "You're right, I should say: Sam Ortiz from Ledgerline, calling because firms "
                "lose billable hours between timesheets and invoices.",
                "fair enough. sam ortiz from ledgerline, calling about billing software, firms "
                "your size lose hours between timesheets and invoices",
            ],
        ),
        "screening": (
            [GATE_OPENER],
            [
                "Understood. Who would be the right person to talk to about billing?",
                "understood, who handles billing there",
            ],
        ),
        "right_person": (
            [GATE_OPENER, "Who would be the right person to talk to about billing?"],
            [
                "Could you put me through to Anita, please?",
                "when is anita usually in",
            ],
        ),
        "anita_busy": (
            [
                "Is Mr. Harrow in?",
                "Sam Ortiz from Ledgerline, I'm calling because engineering firms lose billable "
                "hours between timesheets and invoices.",
                "Who would be the right person to talk to about billing?",
                "Could you put me through to her, please?",
            ],
            [
                "No problem. I'll call her back Tuesday at 2:30; could you let her know?",
                "no worries, ill call her tuesday at 230, could you let her know",
            ],
        ),
        "time_offered": (
            [
                GATE_OPENER,
                "Who would be the right person to talk to about billing?",
                "When is a good time to reach her?",
            ],
            [
                "That works, I'll call then. Thank you, Joyce.",
                "yes please, thanks joyce",
            ],
        ),
        "message_offered": (
            [
                GATE_OPENER,
                "Who would be the right person to talk to about billing?",
                "Our platform has timesheets, invoicing, dashboards, approvals and a mobile app.",
            ],
            [
                "Who would be the right person for billing software?",
                "ok when is the best time to reach her",
            ],
        ),
    },
    "voicemail": {
        "recording": (
            [],
            [
                "Hi Dr. Lin, Sam Ortiz from Remindly. Practices your size lose hours to "
                "no-shows; we cut them with text reminders. Call me at 555-0102.",
                "hi dr lin its sam ortiz w remindly, calling about the no shows practices "
                "like yours lose, call me at 555 0102",
            ],
        ),
    },
}

# A scenario added later keeps its table in a module of its own, ``tests/hinted_<id>.py``
# with ``HINTED = {"<id>": {...}}``, so that scenarios written side by side never edit
# the same file.
for _module in sorted(Path(__file__).parent.glob("hinted_*.py")):
    _spec = importlib.util.spec_from_file_location(_module.stem, _module)
    assert _spec is not None and _spec.loader is not None
    _loaded = importlib.util.module_from_spec(_spec)
    _spec.loader.exec_module(_loaded)
    HINTED.update(_loaded.HINTED)

SEEDS = (1, 2, 3)
BUILTIN = [info.id for info in list_scenarios(Path(__file__).parent)]


def _cases():
    for persona, states in HINTED.items():
        for state, (path, lines) in states.items():
            for line in lines:
                yield pytest.param(persona, state, path, line, id=f"{persona}-{state}-{line[:24]}")


def _reach(persona: str, path: list[str], seed: int) -> Conversation:
    conv = Conversation(load_scenario(persona), seed=seed)
    conv.open()
    for line in path:
        conv.say(line)
    return conv


@pytest.mark.parametrize("persona", BUILTIN)
def test_every_state_with_a_hint_is_checked(persona):
    scenario = load_scenario(persona)
    hinted = {name for name, state in scenario.states.items() if state.hint}
    assert hinted == set(HINTED.get(persona, {})), f"add {persona} to tests/hinted_{persona}.py"


@pytest.mark.parametrize(("persona", "state", "path", "line"), list(_cases()))
def test_a_line_that_follows_the_hint_is_not_flagged_and_moves_forward(persona, state, path, line):
    scenario = load_scenario(persona)
    for seed in SEEDS:
        conv = _reach(persona, path, seed)
        assert conv.state == state, f"seed {seed}: the path ends in {conv.state!r}"
        result = conv.say(line)
        assert [m.code for m in result.mistakes] == [], f"seed {seed}: {result.reply!r}"
        after = scenario.states[result.state]
        assert result.state != state, f"seed {seed}: stayed in {state!r}: {result.reply!r}"
        assert after.outcome in (None, "success"), (
            f"seed {seed}: ended {result.state!r} ({after.outcome}): {result.reply!r}"
        )


@pytest.mark.parametrize(
    ("persona", "state", "path"),
    [
        pytest.param(persona, state, path, id=f"{persona}-{state}")
        for persona, states in HINTED.items()
        for state, (path, _) in states.items()
    ],
)
@pytest.mark.parametrize(
    "goodbye", ["Thanks, I'll call back another time. Bye.", "ok thanks ill try her then"]
)
def test_a_goodbye_ends_the_call_in_every_state(persona, state, path, goodbye):
    conv = _reach(persona, path, seed=1)
    assert conv.state == state
    result = conv.say(goodbye)
    assert result.ended, f"{state}: still going after {goodbye!r}: {result.reply!r}"
    assert result.reply


@pytest.mark.parametrize(
    ("persona", "state", "path"),
    [
        pytest.param(persona, state, path, id=f"{persona}-{state}")
        for persona, states in HINTED.items()
        for state, (path, _) in states.items()
    ],
)
def test_a_goodbye_is_not_answered_with_a_question(persona, state, path):
    conv = _reach(persona, path, seed=1)
    result = conv.say("great, thanks so much, ill call then")
    assert result.ended
    assert "?" not in (result.reply or ""), result.reply
