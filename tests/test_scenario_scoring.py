"""Scenarios adjust the catalog: their own thresholds, weights, tips and codes."""

from __future__ import annotations

from roleplay.library import load_scenario
from roleplay.scoring.rules import DEFAULT_CONFIG, score
from roleplay.transcript import parse_text

INTRO = "Hi, this is Jordan Reyes with Frostline, I'm calling because your new sites lose loads overnight."
#: With INTRO, a 70-word rep turn: under the catalog's 80-word limit, over the executive's 60.
SEVENTY = " ".join(["word"] * (70 - len(INTRO.split())))


def codes(text: str, config=DEFAULT_CONFIG) -> list[str]:
    return [m.code for m in score(parse_text(text).turns, config).mistakes]


def test_the_busy_executive_calls_a_shorter_turn_a_monologue():
    text = f"Prospect: Vance.\nRep: {INTRO} {SEVENTY}\n"
    assert len(text.split("Rep: ")[1].split()) == 70
    assert "monologue" not in codes(text)
    assert "monologue" in codes(text, load_scenario("busy_executive").scoring)


def test_the_busy_executive_adds_a_code_for_small_talk_openers():
    text = f"Prospect: Vance.\nRep: Hi Renata, how are you today?\nProspect: Busy.\nRep: {INTRO}\n"
    assert "small-talk-opener" not in codes(text)
    card = score(parse_text(text).turns, load_scenario("busy_executive").scoring)
    [mistake] = [m for m in card.mistakes if m.code == "small-talk-opener"]
    assert mistake.turn == 2 and mistake.weight == 5


def test_the_gatekeeper_charges_more_for_a_pretext():
    text = (
        "Prospect: Harrow and Lyle, this is Joyce.\n"
        "Rep: Hi Joyce, it's Sam Ortiz. Desmond is expecting my call, I'm calling about his billing.\n"
    )
    default = {m.code: m.weight for m in score(parse_text(text).turns).mistakes}
    gate = {
        m.code: m.weight
        for m in score(parse_text(text).turns, load_scenario("gatekeeper").scoring).mistakes
    }
    assert gate["misleading-claim"] == 30 > default["misleading-claim"]


def test_the_skeptic_gives_its_own_tip_for_the_disclaimer():
    text = "Prospect: Hello?\nRep: I'm not trying to sell you anything, this is Sam.\n"
    config = load_scenario("sleepy_skeptic").scoring
    [m] = [
        m
        for m in score(parse_text(text).turns, config).mistakes
        if m.code == "not-selling-disclaimer"
    ]
    assert m.tip.startswith("At this hour") and m.weight == 20


def test_the_linkedin_call_counts_the_connection_as_the_reason():
    # "you sent me a linkedin invite last week" is why the rep rings Dana, as her scenario's
    # hint says; on any other call the same words say nothing of why.
    text = (
        "Prospect: Dana Whitfield.\n"
        "Rep: hey dana, chris obi here, you sent me a linkedin invite last week\n"
        "Prospect: Oh right! What would you like to know?\n"
        "Rep: so what kind of food businesses do you mostly insure\n"
        "Prospect: Restaurants mostly.\n"
        "Rep: want to do a 15 min follow up next monday at 9?\n"
        "Prospect: That works.\n"
    )
    assert "no-reason-for-call" in codes(text)
    assert "no-reason-for-call" not in codes(text, load_scenario("networking_linkedin").scoring)
    without = text.replace(", you sent me a linkedin invite last week", "")
    assert "no-reason-for-call" in codes(without, load_scenario("networking_linkedin").scoring)


def test_the_lunch_call_counts_the_invitation_as_the_reason():
    # On a lunch invitation the invitation is why the rep calls, even with no "I'm calling
    # because"; the catalog alone still wants the reason said.
    text = (
        "Prospect: Rob Castellano.\n"
        "Rep: hey rob its sam lee, long time\n"
        "Prospect: Sam! How are you?\n"
        "Rep: good! we should grab lunch sometime while im out your way\n"
        "Prospect: Which day are you in Denver?\n"
        "Rep: next thursday, say 1:30 at the taco place\n"
        "Prospect: Perfect, see you then.\n"
    )
    assert "no-reason-for-call" in codes(text)
    assert "no-reason-for-call" not in codes(text, load_scenario("networking_lunch").scoring)
    without = text.replace("we should grab lunch sometime while im out your way", "hows denver")
    without = without.replace("next thursday, say 1:30 at the taco place", "cool cool")
    assert "no-reason-for-call" in codes(without, load_scenario("networking_lunch").scoring)
