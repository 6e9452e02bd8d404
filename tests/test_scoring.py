"""The mistake catalog, code by code: a call that flags it and a near-miss that must not.

Every transcript here is invented for these tests (the evaluation corpus measures the
scorer; it is not copied into the tests). ``turn`` is 1-based and counts both speakers.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from roleplay.language.fuzzy import phrase_match
from roleplay.scoring.rules import CATALOG, DEFAULT_CONFIG, compute_score, score
from roleplay.scoring.scorecard import CustomCode, Mistake, ScoringConfig
from roleplay.transcript import Turn, parse_text


def card(text: str, config: ScoringConfig = DEFAULT_CONFIG, *, final: bool = True):
    return score(parse_text(text).turns, config, final=final)


CLEAN = """\
Prospect: Harbor Dental, this is Rita.
Rep: Hi Rita, this is Omar Said with Crestview Supply. I'm calling because offices near you keep running out of gloves. Who orders supplies for the practice?
Prospect: I do. We ran out twice in May.
Rep: That's the problem we fix. Could I drop off samples Tuesday at 10?
Prospect: Tuesday at 10 works.
Rep: Great, see you then.
"""


# (code, a call that flags it at this turn, a near-miss that does not)
CASES = [
    (
        "no-introduction",
        "Prospect: Hello?\nRep: Hi, this is Summit Roofing. I'm calling about your roof.\n"
        "Prospect: Okay.\nRep: Summit Roofing does inspections. Are you the owner?\n",
        4,
        "Prospect: Hello?\nRep: Hi, is the owner around?\n"
        "Prospect: Speaking.\nRep: Great, it's Lena Park with Summit Roofing. I'm calling about your roof.\n",
    ),
    (
        "not-selling-disclaimer",
        "Prospect: Hi.\nRep: This is Ana Gil. I'm not trying to sell you anything, I'm calling about a survey.\n",
        2,
        "Prospect: Hi.\nRep: This is Ana Gil. I'm calling because your sales team isn't selling the new line.\n",
    ),
    (
        "apology",
        "Prospect: Yes?\nRep: Sorry to bother you, it's Ben Hart. I'm calling about your fleet.\n",
        2,
        "Prospect: [static]\nRep: Sorry, you cut out. It's Ben Hart, I'm calling about your fleet.\n",
    ),
    (
        "no-reason-for-call",
        "Prospect: Hi.\nRep: Hi, it's Mia Ross. How's your week?\nProspect: Fine.\n"
        "Rep: Are you the office manager?\nProspect: Yes.\nRep: Great. Talk soon!\n",
        6,
        "Prospect: Hi.\nRep: Hi, it's Mia Ross. The reason for my call is your copier lease.\n",
    ),
    (
        "no-discovery",
        "Prospect: Hi.\nRep: It's Kai Long, I'm calling about your payroll.\nProspect: Okay.\n"
        "Rep: We do payroll for restaurants.\nProspect: Okay.\nRep: I'll email you a brochure today.\n",
        6,
        "Prospect: Hi.\nRep: It's Kai Long, I'm calling about your payroll.\nProspect: Okay.\n"
        "Rep: How do you run payroll today?\nProspect: Spreadsheets.\nRep: I'll email you a checklist today.\n",
    ),
    (
        "premature-close",
        "Prospect: Hi.\nRep: It's Kai Long, I'm calling to book you a demo. Does Friday at 2 work?\n"
        "Prospect: What?\nRep: How do you run payroll now?\n",
        2,
        "Prospect: Hi.\nRep: It's Kai Long, I'm calling about payroll. How do you run it now?\n"
        "Prospect: Badly.\nRep: Could we do a demo Friday at 2?\n",
    ),
    (
        "unprompted-pricing",
        "Prospect: Hi.\nRep: It's Kai Long with Tally. It's only $49 a month, and the first month's free.\n",
        2,
        "Prospect: How much is it?\nRep: It's Kai Long with Tally. It's $49 a month.\n",
    ),
    (
        "feature-dump",
        "Prospect: Go on.\nRep: It's Kai Long. We have AI scheduling, real-time dashboards, a mobile app and 200 integrations.\n",
        2,
        "Prospect: Go on.\nRep: It's Kai Long. For you that means fewer no-shows, shorter waits and happier staff.\n",
    ),
    (
        "monologue",
        "Prospect: Go on.\nRep: It's Kai Long. " + "We help clinics grow steadily. " * 17 + "\n",
        2,
        "Prospect: Go on.\nRep: It's Kai Long. " + "We help clinics grow. " * 15 + "\n",
    ),
    (
        "no-next-step",
        "Prospect: Hi.\nRep: It's Kai Long, I'm calling about payroll.\nProspect: Sure.\n"
        "Rep: How do you run it now?\nProspect: Badly.\nRep: I'll be in touch.\n",
        6,
        "Prospect: Hi.\nRep: It's Kai Long, I'm calling about payroll.\nProspect: Sure.\n"
        "Rep: How do you run it now?\nProspect: Badly.\nRep: I'll call you Thursday at 4.\n",
    ),
    (
        "misleading-claim",
        "Prospect: Front desk.\nRep: Hi, it's Kai Long. Jo is expecting my call.\nProspect: She didn't mention it.\n",
        2,
        "Prospect: Front desk.\nRep: Hi, it's Kai Long. Jo is expecting my call.\nProspect: Yes, she mentioned you'd call.\n",
    ),
    (
        "voicemail-no-number",
        "Prospect: You've reached Jo. Leave a message after the tone.\n"
        "Rep: Hi Jo, it's Kai Long, I'm calling about payroll. Call me back!\n",
        2,
        "Prospect: You've reached Jo. Leave a message after the tone.\n"
        "Rep: Hi Jo, it's Kai Long, I'm calling about payroll. I'm at 415-555-0199.\n",
    ),
    (
        "voicemail-too-long",
        "Prospect: You've reached Jo. Leave a message.\n"
        "Rep: Hi Jo, it's Kai Long, 415-555-0199. I'm calling about payroll. "
        + "We help clinics grow. " * 18
        + "\n",
        2,
        "Prospect: You've reached Jo. Leave a message.\n"
        "Rep: Hi Jo, it's Kai Long, 415-555-0199. I'm calling about payroll. "
        + "We help clinics. " * 10
        + "\n",
    ),
    (
        "ignored-question",
        "Prospect: Who's calling?\nRep: We're a payroll company. Is the owner in?\n",
        2,
        "Prospect: Who's calling?\nRep: It's Kai Long with Tally Payroll. I'm calling about payroll.\n",
    ),
]


@pytest.mark.parametrize(("code", "flagged", "turn", "near_miss"), CASES, ids=[c[0] for c in CASES])
def test_code_flags_and_its_near_miss_does_not(
    code: str, flagged: str, turn: int, near_miss: str
) -> None:
    hit = [m for m in card(flagged).mistakes if m.code == code]
    assert hit, card(flagged).codes
    assert hit[0].turn == turn
    assert hit[0].tip and hit[0].message and hit[0].weight == CATALOG[code].weight
    assert code not in card(near_miss).codes


def test_catalog_has_the_fourteen_contract_codes() -> None:
    assert len(CATALOG) == 14
    assert {c[0] for c in CASES} == set(CATALOG)
    for info in CATALOG.values():
        assert info.definition and info.tip and info.weight > 0 and info.turn


def test_clean_call_scores_100_with_four_credits() -> None:
    result = card(CLEAN)
    assert result.mistakes == ()
    assert [c.code for c in result.credits] == [
        "introduced-self",
        "stated-reason",
        "asked-about-prospect",
        "proposed-next-step",
    ]
    assert result.score == 100


def test_clean_voicemail_earns_concise_voicemail_credit() -> None:
    result = card(CASES[11][3])  # the voicemail-no-number near-miss is a clean voicemail
    assert result.voicemail
    assert result.mistakes == ()
    assert "concise-voicemail" in [c.code for c in result.credits]
    assert result.score == 100


def test_voicemail_exempts_live_only_codes() -> None:
    long_message = "We help clinics grow their practice. " * 20
    result = card(
        f"Prospect: You've reached Jo. Leave a message.\nRep: It's Kai Long, 415-555-0199, I'm calling about payroll. {long_message} Can we book a demo Friday at 2?\n"
    )
    assert "monologue" not in result.codes and "premature-close" not in result.codes
    assert "voicemail-too-long" in result.codes


def test_a_voicemail_left_over_two_lines_is_one_message() -> None:
    """The name and number may come in the second of two rep lines; the length is the two
    lines together."""
    two_lines = card(
        "Prospect: Hi, this is Ines. Please leave a message.\n"
        "Rep: Hi Ines, calling about the cold-room contract for the two sites.\n"
        "Rep: It's Kai Long at Polar Freight, on +47 55 55 01 92. Thanks, bye.\n"
    )
    assert two_lines.voicemail
    assert two_lines.mistakes == ()
    number = next(c for c in two_lines.credits if c.code == "concise-voicemail")
    assert number.turn == 3 and "55 55 01 92" in number.evidence
    long_message = "We look after cold rooms for food distributors across the region. " * 6
    too_long = card(
        "Prospect: Hi, this is Ines. Please leave a message.\n"
        f"Rep: Hi Ines, it's Kai Long at Polar Freight, calling about your cold rooms. {long_message}\n"
        "Rep: You can reach me on 555-0192, that's 555-0192, any time this week, mornings are"
        " best, and I'll try you again on Thursday if we don't catch each other. Thanks, bye.\n"
    )
    assert too_long.codes == ["voicemail-too-long"]  # neither line alone is over 80 words


def test_a_word_of_address_answering_who_is_calling_is_no_name() -> None:
    """ "Ma, I'm calling from SunPower" answers "who is this?" with the one asked, not a name."""
    result = card(
        "Prospect: Hello?\nRep: Hello, good afternoon ma! How are you doing today?\n"
        "Prospect: I'm fine. Who is this please?\n"
        "Rep: Ma, I'm calling from SunPower about your electricity bills.\n"
    )
    assert "no-introduction" in result.codes and "ignored-question" in result.codes


def test_receptionist_offering_voicemail_is_not_a_voicemail() -> None:
    result = card(
        "Prospect: He's out. Would you like to leave a message?\nRep: Sure, it's Kai Long, 415-555-0199.\n"
    )
    assert not result.voicemail


def test_a_transfer_to_the_person_the_call_found_is_a_next_step() -> None:
    """Put through to the person the gatekeeper named, the rep has an introduction to the
    right person; asking to be put through first thing is only a way in."""
    found = card(
        "Prospect: Front desk, this is Mo.\n"
        "Rep: Hi Mo, Ana Ruiz at Kestrel Labs, I'm calling about your lab's sample couriers. Who books those?\n"
        "Prospect: That would be Dee Park in operations.\n"
        "Rep: Does she handle the after-hours runs too?\n"
        "Prospect: Yes, all of it.\n"
        "Rep: Great, could you transfer me to Dee?\n"
    )
    assert "no-next-step" not in found.codes
    first_thing = card(
        "Prospect: Front desk, this is Mo.\n"
        "Rep: Hi Mo, Ana Ruiz here. Could you put me through to Dee Park?\n"
        "Prospect: What is it about?\n"
        "Rep: Couriers for your lab samples.\n"
        "Prospect: She's out today.\n"
        "Rep: Okay, thanks.\n"
    )
    assert "no-next-step" in first_thing.codes


def test_order_matters_for_pricing() -> None:
    before = card(
        "Prospect: Hi.\nRep: It's $40.\nProspect: What does it cost?\nRep: $40 a month.\n"
    )
    assert [m.turn for m in before.mistakes if m.code == "unprompted-pricing"] == [2]


def test_score_formula() -> None:
    result = card(CASES[2][1])  # apology, with intro and reason credits (5 + 5)
    assert result.score == 80 + 10 - CATALOG["apology"].weight
    repeated = [Mistake("apology", 2, "", "", weight=10), Mistake("apology", 4, "", "", weight=10)]
    assert compute_score(repeated, []) == 70  # a code costs its weight once


def test_not_final_leaves_out_what_later_turns_could_fix() -> None:
    opening = "Prospect: Hi.\nRep: Hi there!\nProspect: Who is this?\nRep: We sell payroll.\nProspect: Okay.\nRep: Bye.\n"
    assert "no-reason-for-call" in card(opening).codes
    live = card(opening, final=False)
    assert not {"no-reason-for-call", "no-discovery", "no-next-step"} & set(live.codes)
    assert "no-introduction" in live.codes and "ignored-question" in live.codes
    first_turn_only = card("Prospect: Hi.\nRep: Hi there!\n", final=False)
    assert (
        "no-introduction" not in first_turn_only.codes
    )  # the 2nd rep turn may still give the name


def test_config_weights_thresholds_disabled_and_tips() -> None:
    config = ScoringConfig(
        weights={"apology": 3},
        thresholds={"monologue_words": 5, "min_rep_turns": 2},
        disabled=frozenset({"no-reason-for-call"}),
        tips={"apology": "Own the call."},
    )
    text = "Prospect: Hi.\nRep: Sorry to bother you, it's Kai Long here today.\nProspect: Okay.\nRep: Bye now.\n"
    result = card(text, config)
    apology = next(m for m in result.mistakes if m.code == "apology")
    assert (apology.weight, apology.tip) == (3, "Own the call.")
    assert "monologue" in result.codes and "no-discovery" in result.codes
    assert "no-reason-for-call" not in result.codes


def test_custom_codes_by_phrase_and_by_signals() -> None:
    config = ScoringConfig(
        custom=(
            CustomCode(
                code="guarantee",
                message="Never promise results.",
                tip="Describe outcomes others saw.",
                phrases=("we guarantee results",),
            ),
            CustomCode(
                code="discount-close",
                message="Discount as a closer.",
                tip="Close on value.",
                signals=("pricing", "commitment_ask"),
            ),
        )
    )
    result = card(
        "Prospect: Hi.\nRep: It's Kai Long. We garantee results in thirty days.\n"
        "Prospect: Hm.\nRep: With 20% off, can we book a demo Friday at 2?\n",
        config,
    )
    assert [
        (m.code, m.turn) for m in result.mistakes if m.code in {"guarantee", "discount-close"}
    ] == [
        ("guarantee", 2),
        ("discount-close", 4),
    ]


def test_a_custom_code_with_any_signals_fires_on_any_one_of_them() -> None:
    config = ScoringConfig(
        custom=(
            CustomCode(
                code="courtesy-ask",
                message="A favour asked on a courtesy call.",
                tip="Keep the courtesy a courtesy.",
                any_signals=("referral_ask", "pricing"),
            ),
        )
    )
    result = card(
        "Prospect: Hi.\nRep: It's Kai Long, happy birthday! How's the shop?\n"
        "Prospect: Busy.\nRep: Could you leave me a google review for the job?\n"
        "Prospect: Maybe.\nRep: Also my rates are $40 an hour now.\n",
        config,
    )
    assert [(m.code, m.turn) for m in result.mistakes if m.code == "courtesy-ask"] == [
        ("courtesy-ask", 4),
        ("courtesy-ask", 6),
    ]


@pytest.mark.parametrize(
    ("phrase", "text", "matches"),
    [
        ("we guarantee results", "Honestly we guarantee results, always.", True),
        ("we guarantee results", "we garantee reslts", True),
        ("interested", "I'm not interested.", False),  # negation is not a match
        ("we guarantee results", "results", False),  # one shared word is not a match
        # a short phrase may be misspelled, not reworded
        ("come on", "coem on, it's only an hour", True),
        ("come on", "happy to come to you", False),
    ],
)
def test_phrase_match(phrase: str, text: str, matches: bool) -> None:
    assert (phrase_match(phrase, text) is not None) is matches


def test_dev_corpus_meets_the_targets() -> None:
    corpus = Path(__file__).resolve().parents[1] / ".." / "shared" / "eval" / "dev.yaml"
    if not corpus.exists():
        pytest.skip("shared/eval/dev.yaml is not next to the checkout")
    spec = importlib.util.spec_from_file_location(
        "accuracy", Path(__file__).resolve().parents[1] / "benchmarks" / "accuracy.py"
    )
    assert spec and spec.loader
    accuracy = importlib.util.module_from_spec(spec)
    sys.modules["accuracy"] = accuracy  # dataclasses look their module up there
    spec.loader.exec_module(accuracy)
    report = accuracy.evaluate(accuracy.load_corpus(corpus))
    precision, _, f1 = report.micro()
    assert f1 >= 0.95 and precision >= 0.97
    assert report.flagged_clean == []


def test_agreeing_to_the_time_the_prospect_named_is_a_next_step() -> None:
    call = (
        "Prospect: Brennan Cold Storage, Lou speaking.\n"
        "Rep: Hi Lou, Kim Ortega, Vantor. I'm calling about overnight compressor failures.\n"
        "Prospect: We had one last month, actually.\n"
        "Rep: How did you find out about it?\n"
        "Prospect: The morning crew. Look, call me Thursday at ten and we'll talk.\n"
        "Rep: Perfect, I'll call then.\n"
    )
    result = card(call)
    assert "no-next-step" not in result.codes
    assert "no-introduction" not in result.codes
    refused = call.replace("call me Thursday at ten and we'll talk", "I can't do Thursday at ten")
    assert "no-next-step" in card(refused).codes


def test_service_greeting_at_call_start_is_not_a_purpose_question() -> None:
    opening = (
        "Prospect: Westfield Vet, how can I help you?\n"
        "Rep: Hi, this is Noor Aziz with Pawtrack. Is the practice manager in?\n"
    )
    assert "ignored-question" not in card(opening).codes
    # Once the rep has said who they are, "what can I do for you?" asks what the call is about.
    later = (
        "Prospect: Westfield Vet.\n"
        "Rep: Hi, this is Noor Aziz with Pawtrack.\n"
        "Prospect: Hi Noor, what can I do for you?\n"
        "Rep: Is the practice manager in?\n"
    )
    assert [m.turn for m in card(later).mistakes if m.code == "ignored-question"] == [4]


def test_follow_up_question_after_the_reason_is_not_a_purpose_question() -> None:
    call = (
        "Prospect: Hello?\n"
        "Rep: Hi, it's Noor Aziz with Pawtrack. I'm calling about appointment reminders.\n"
        "Prospect: Okay, what do you want to know?\n"
        "Rep: How do you remind owners about vaccinations now?\n"
    )
    assert "ignored-question" not in card(call).codes


def test_plain_purpose_answer_is_a_reason() -> None:
    call = (
        "Prospect: Front desk, what's this regarding?\n"
        "Rep: It's about billing software for engineering firms. This is Rui Costa from Tallio.\n"
    )
    assert "ignored-question" not in card(call).codes
    assert "no-reason-for-call" not in card(call).codes


def test_what_we_make_for_shops_like_theirs_answers_why_in_a_typed_opener() -> None:
    call = (
        "Prospect: mm, hello? who is this\n"
        "Rep: hey dale sorry about the hour, its maya from tallyworks, we do quoting software"
        " for shops like yours, is this a terrible time\n"
    )
    assert "ignored-question" not in card(call).codes
    assert "no-reason-for-call" not in card(call).codes


@pytest.mark.parametrize(
    ("call", "turn"),
    [
        ("Prospect: Hello?\nRep: Hi, is the owner in?\nProspect: No.\n", 2),
        ("Rep: Hi, is the owner in?\nProspect: No.\n", 1),
        ("Prospect: Hello?\nRep: Hi there.\nProspect: Yes?\nRep: Is the owner in?\nRep: Bye.\n", 4),
    ],
)
def test_no_introduction_is_pinned_to_the_reps_last_turn_of_the_first_two(
    call: str, turn: int
) -> None:
    assert [m.turn for m in card(call).mistakes if m.code == "no-introduction"] == [turn]


def test_bare_name_answers_who_is_calling() -> None:
    text = (
        "Prospect: Fenwick speaking.\n"
        "Rep: Calling from Orrin Data about downtime on your packing line.\n"
        "Prospect: Sorry, who is this?\n"
        "Rep: Tamsin Reeve. How often does the line stop in a normal week?\n"
        "Prospect: Twice, maybe.\n"
        "Rep: Could our engineer look at it Monday at 8?\n"
        "Prospect: Fine.\n"
        "Rep: I'll send a calendar invite for Monday at 8."
    )
    codes = {m.code for m in card(text).mistakes}
    assert "no-introduction" not in codes and "ignored-question" not in codes


def test_company_answer_to_who_is_calling_is_ignored_question() -> None:
    text = (
        "Prospect: Yard office.\n"
        "Rep: Hi, Ravi Menon with Stackwell Scaffolding, calling about your new sites.\n"
        "Prospect: Sorry, who did you say?\n"
        "Rep: Stackwell Scaffolding, we're based in Croydon.\n"
    )
    assert "ignored-question" in {m.code for m in card(text).mistakes}


def test_a_two_word_firm_said_again_to_who_is_calling_is_no_name() -> None:
    # (session 49, messy128) the firm the rep named before, said again with where it is from
    text = (
        "Prospect: Hello, Morrow here.\n"
        "Rep: Good morning, I'm head of buying at Lindqvist Timber in Umea, calling because"
        " we want a second sawmill for spruce.\n"
        "Prospect: Sorry, who is speaking?\n"
        "Rep: Lindqvist Timber, from Sweden. How much spruce do you cut a month?\n"
    )
    codes = {m.code for m in card(text).mistakes}
    assert "ignored-question" in codes and "no-introduction" in codes


def test_a_first_name_said_again_with_a_pause_before_the_firm_answers_who() -> None:
    # (session 49, messy128) typed in lower case, the name the rep gave in the first line
    text = (
        "Prospect: Hello, Ortiz Bakery.\n"
        "Rep: hi, this is tavi ngata from crumbline, im calling about your flour orders\n"
        "Prospect: Who is it? Tavi?\n"
        "Rep: ya tavi, from crumbline. how do you order flour now\n"
    )
    assert "ignored-question" not in card(text).codes


def test_enumerated_features_over_sentences_are_a_feature_dump() -> None:
    text = (
        "Prospect: Hello?\n"
        "Rep: Hi, Li Wei from Quorra Devices, calling because you run field crews. "
        "Number one, offline maps. Number two, photo capture. Number three, a ten-hour battery.\n"
    )
    assert "feature-dump" in {m.code for m in card(text).mistakes}


def test_unit_price_without_currency_is_pricing() -> None:
    text = (
        "Prospect: Accounts.\n"
        "Rep: Hi, Olu Bakare at Ledgerpine, calling about invoice matching. It costs around 300 a year per user.\n"
    )
    assert "unprompted-pricing" in {m.code for m in card(text).mistakes}


def test_specific_shared_history_is_not_misleading_unless_denied() -> None:
    honest = """\
Prospect: Northgate Print, Lou speaking.
Rep: Lou, it's Sam Okafor, we met at the Rotary lunch last Tuesday, I sat next to you.
Prospect: Right, hi.
"""
    assert "misleading-claim" not in {m.code for m in card(honest).mistakes}
    denied = honest.replace("Right, hi.", "I wasn't at any lunch, I don't know you.")
    assert "misleading-claim" in {m.code for m in card(denied).mistakes}
    vague = honest.replace(
        "at the Rotary lunch last Tuesday, I sat next to you", "at a conference a while back"
    )
    assert "misleading-claim" in {m.code for m in card(vague).mistakes}
    # a venue typed in lower case is still a place to check, told with when
    typed = honest.replace("at the Rotary lunch last Tuesday", "at the brookfield last tuesday")
    assert "misleading-claim" not in {m.code for m in card(typed).mistakes}
    anywhere = honest.replace("at the Rotary lunch last Tuesday", "at the office last tuesday")
    assert "misleading-claim" in {m.code for m in card(anywhere).mistakes}


def test_an_expectation_the_gatekeeper_told_first_is_no_misleading_claim() -> None:
    told = """\
Prospect: Harbourside Clinic, Leilani speaking.
Rep: Hi Leilani, it's Tevita from Reef Linen, about the laundry contract. Who runs the wards?
Prospect: That's Mere. She said a linen company would be ringing this week, she's expecting you.
Rep: Great, so she's expecting my call. Is she free now?
"""
    assert "misleading-claim" not in {m.code for m in card(told).mistakes}
    untold = told.replace(
        "She said a linen company would be ringing this week, she's expecting you.",
        "She's on the ward till two.",
    )
    assert "misleading-claim" in {m.code for m in card(untold).mistakes}


def test_an_enquiry_the_prospect_told_first_is_no_misleading_claim() -> None:
    told = """\
Prospect: hello, Sika speaking
Rep: hi sika, its yaw from sunpump, how are you
Prospect: yaw, ok. i messaged you people on facebook on monday for the borehole pump
Rep: yes, im calling because you asked about the pump for the borehole. how deep is it
"""
    assert "misleading-claim" not in {m.code for m in card(told).mistakes}
    untold = told.replace(
        "i messaged you people on facebook on monday for the borehole pump", "what is it"
    )
    assert "misleading-claim" in {m.code for m in card(untold).mistakes}


def test_an_expectation_echoed_back_in_doubt_is_no_confirmation() -> None:
    doubted = """\
Prospect: Good morning, Coastline Hotel.
Rep: Good morning. Is Mr. Mensah in? He's expecting my call.
Prospect: He's expecting you? Who should I say is calling?
Rep: Tell him Kofi Boateng from Linenworks.
"""
    assert "misleading-claim" in {m.code for m in card(doubted).mistakes}
    owned = doubted.replace(
        "He's expecting you? Who", "Oh, you're the one! He said a Mr. Boateng would call. Who"
    )
    assert "misleading-claim" not in {m.code for m in card(owned).mistakes}


def test_a_referral_the_prospect_owns_up_to_by_name_is_no_misleading_claim() -> None:
    owned = """\
Prospect: Ja, hallo, Birgit.
Rep: hi birgit, its ewan from westfeed, jonas at the co-op gave me ur number, he said u r looking at new feed.
Prospect: Ja, Jonas told me, yes. We are looking, maybe.
"""
    assert "misleading-claim" not in {m.code for m in card(owned).mistakes}
    denied = owned.replace("Ja, Jonas told me, yes.", "Nobody told me anything.")
    assert "misleading-claim" in {m.code for m in card(denied).mistakes}


def test_a_scenario_reason_that_spares_the_mistake_also_earns_the_credit() -> None:
    invite = """\
Prospect: Rob Castellano.
Rep: rob its ines ferreira, im in denver next thurs for a client n wd love to take u to lunch
"""
    plain = card(invite)
    assert "no-reason-for-call" in {m.code for m in plain.mistakes}
    assert "stated-reason" not in {c.code for c in plain.credits}
    lunch = card(invite, ScoringConfig(reasons=frozenset({"commitment_ask"})))
    assert "no-reason-for-call" not in {m.code for m in lunch.mistakes}
    assert "stated-reason" in {c.code for c in lunch.credits}


def test_the_name_asked_for_is_not_the_callers_own() -> None:
    # asked who is calling, the name of the one the rep asked for says whom they want
    text = """\
Prospect: Halvorsen Freight, this is Ellen.
Rep: hi is greg there
Prospect: Who's calling, please?
Rep: greg tanaka, in purchasing
Prospect: And what's it about?
Rep: trade shows
"""
    codes = {m.code for m in card(text).mistakes}
    assert {"no-introduction", "ignored-question"} <= codes
    # their own name, given in answer, is an introduction
    own = text.replace("greg tanaka, in purchasing", "oh sorry, its dev patel from boothworks")
    assert "no-introduction" not in {m.code for m in card(own).mistakes}


def test_an_act_of_their_own_taken_up_in_substance_is_owned_up_to() -> None:
    # "the quote request you sent": the one on the line would know, and answering about the
    # job goes along with it; "what request?" or "I never sent one" does not
    honest = """\
Prospect: Mendes Construction, this is Luis.
Rep: Hi Luis, Kayla Brandt with Ironside Rental, calling about the quote request you sent through our website. What's the job?
Prospect: 3 story framing job in Tacoma, 6 weeks. What's the weekly rate?
"""
    assert "misleading-claim" not in {m.code for m in card(honest).mistakes}
    questioned = honest.replace(
        "3 story framing job in Tacoma, 6 weeks. What's the weekly rate?", "What request?"
    )
    assert "misleading-claim" in {m.code for m in card(questioned).mistakes}
    denied = honest.replace(
        "3 story framing job in Tacoma, 6 weeks. What's the weekly rate?",
        "I never sent you anything.",
    )
    assert "misleading-claim" in {m.code for m in card(denied).mistakes}
    # someone else's act, told to a gatekeeper, is not theirs to own up to
    theirs = honest.replace("the quote request you sent", "the quote request your boss sent")
    assert "misleading-claim" in {m.code for m in card(theirs).mistakes}
    # a yes owns up to it in a word, a "yes?" asked back does not
    yes = honest.replace("3 story framing job in Tacoma, 6 weeks.", "Yes, hi.")
    assert "misleading-claim" not in {m.code for m in card(yes).mistakes}
    asked_back = honest.replace(
        "3 story framing job in Tacoma, 6 weeks. What's the weekly rate?", "yes?"
    )
    assert "misleading-claim" in {m.code for m in card(asked_back).mistakes}


def test_asking_the_gatekeeper_for_the_bosses_time_is_a_premature_close() -> None:
    text = """\
Prospect: Reception, Kim speaking.
Rep: Hi Kim, this is Ola Berg from Tallyfield. I'm calling because we help clinics cut no-shows. Could you slot me into your manager's calendar for a demo on Thursday?
Prospect: She books her own meetings.
Rep: Understood. How do you handle reminders today?
Prospect: Phone calls, mostly.
Rep: I'll email her a one-page summary this afternoon.
"""
    codes = {m.code for m in card(text).mistakes}
    assert "premature-close" in codes


def test_offering_an_introduction_is_a_next_step_not_a_premature_close() -> None:
    text = """\
Prospect: Hello, Jo here.
Rep: Hi Jo, this is Ravi Shah. I'm calling just to say well done on the new job.
Prospect: Thanks Ravi!
Rep: So what's keeping your team busy these days?
Prospect: Hiring, mostly.
Rep: I know a recruiter who does exactly that. Shall I connect you two over email tomorrow?
"""
    codes = {m.code for m in card(text).mistakes}
    assert not codes & {"premature-close", "no-discovery", "no-reason-for-call", "no-next-step"}


def _codes(text: str) -> set[str]:
    return {m.code for m in card(text).mistakes}


def test_company_only_answer_to_who_is_no_introduction_and_ignored() -> None:
    text = """\
Prospect: Hello? It's nearly ten.
Rep: Evening! I'm calling because we're sealing driveways on your road this week.
Prospect: Who is this?
Rep: Blacktop Sealing Pros, sir. Our crew can swing by Saturday at 9. Does that work for you?
Prospect: No thanks.
Rep: All right. I'll leave a flyer in your mailbox tomorrow.
"""
    codes = _codes(text)
    assert {"no-introduction", "ignored-question", "premature-close", "no-discovery"} <= codes


def test_whereabouts_questions_are_not_discovery() -> None:
    text = """\
Prospect: Fernhill Academy, front office, Greta speaking.
Rep: Hi Greta, my name is Lowell Pike. Could I speak with your facilities manager?
Prospect: That's Mr. Obi. What's it concerning?
Rep: Is he over at the sports hall today, or in the main building?
Prospect: I couldn't say. Can I take a message?
Rep: That's fine, I'll try him another day.
"""
    codes = _codes(text)
    assert {"no-discovery", "ignored-question", "no-reason-for-call"} <= codes


@pytest.mark.parametrize(
    "rep_lines, attempted",
    [
        ([], False),
        (["Hello?"], False),
        (["hi", "bye"], False),
        (["Thanks, bye."], False),
        (["Hi, this is Dana Ruiz from Acme."], True),
        (["How do you schedule your crews today?"], True),
    ],
)
def test_a_call_the_rep_never_attempted_scores_0(rep_lines: list[str], attempted: bool) -> None:
    turns = [Turn(speaker="prospect", text="Hello, Harbor Dental?")]
    for line in rep_lines:
        turns += [Turn(speaker="rep", text=line), Turn(speaker="prospect", text="Okay.")]
    card = score(turns)
    assert card.attempted is attempted
    if not attempted:
        assert card.score == 0 and not card.mistakes


def test_a_trigger_event_answers_what_its_about_and_states_the_reason() -> None:
    text = """\
Prospect: yeah, who's this
Rep: hi, uh, this is Wes Adair with Pinline Staffing
Prospect: ok. and what's it about
Rep: your plant posted like nine welder openings this month, that usually means people are leaving, and we place certified welders
Prospect: fair, they are leaving
Rep: how many of those are night shift
Prospect: most of them
Rep: could I send three profiles tonight and call you Friday at 10
Prospect: fine
"""
    codes = _codes(text)
    assert not codes & {"no-reason-for-call", "ignored-question"}, codes
    vague = text.replace(
        "your plant posted like nine welder openings this month, that usually means people are"
        " leaving, and we place certified welders",
        "yeah, just a quick one, how's the plant",
    )
    assert {"no-reason-for-call", "ignored-question"} <= _codes(vague)


def test_a_referral_named_in_full_with_a_checkable_detail_is_flagged_only_if_denied() -> None:
    text = """\
Prospect: this is Ilse
Rep: hi Ilse, Tomas Reyes with Fernway Data, Priya Nair suggested I give you a ring, she said you two worked together at Halden
Prospect: okay, sure. what's up
Rep: I'm calling because you're merging the two billing teams. how are you handling the cutover
Prospect: badly
Rep: could we talk Thursday at 2 and I'll bring the Halden playbook
Prospect: fine
"""
    assert "misleading-claim" not in _codes(text)
    denied = text.replace("okay, sure. what's up", "I've never worked with a Priya.")
    assert "misleading-claim" in _codes(denied)
    vague = text.replace(", she said you two worked together at Halden", "")
    assert "misleading-claim" in _codes(vague)


def test_their_own_referral_said_back_to_them_claims_nothing() -> None:
    text = """\
Prospect: hal brenner
Rep: hi hal, its tasha okafor at ridgeline freight audit, calling because distributors your size overpay on freight bills
Prospect: go on
Rep: who checks your freight bills before they get paid
Prospect: not me. talk to glenn, our controller. ill tell him youre calling
Rep: great, ill call glenn wednesday at 9 and mention you sent me. thanks hal
"""
    assert "misleading-claim" not in _codes(text)
    # ... but not when they never sent the caller on
    never = text.replace(
        "not me. talk to glenn, our controller. ill tell him youre calling", "AP does"
    )
    assert "misleading-claim" in _codes(never)
    # a wish of theirs is no one sent on to
    wants = text.replace(
        "not me. talk to glenn, our controller. ill tell him youre calling",
        "you want glenn's numbers? AP has them",
    )
    assert "misleading-claim" in _codes(wants)


def test_a_price_named_as_the_answer_to_their_question_is_prompted() -> None:
    text = """\
Prospect: Ines speaking
Rep: hi Ines, Jonah Webb with Ledgerly, I'm calling about your month-end close
Prospect: ok. and what are we talking, roughly, for something like that
Rep: how many entities do you close each month
Prospect: four
Rep: got it. you asked what it costs: $40 a seat a month. could I send a quote Friday at 10
Prospect: sure
"""
    assert "unprompted-pricing" not in _codes(text)
    unasked = text.replace("you asked what it costs: ", "")
    unasked = unasked.replace("and what are we talking, roughly, for something like that", "go on")
    assert "unprompted-pricing" in _codes(unasked)


def test_asking_when_the_demo_could_happen_is_no_discovery_before_the_ask() -> None:
    text = """\
Prospect: hello?
Rep: hi, Remy Park with Tallyline, I'm calling about your stock counts
Prospect: ok
Rep: we should get you set up with a demo, when could we do that, like thursday
Prospect: why
Rep: fair, how are you counting stock across the two sites today
Prospect: spreadsheets
Rep: ok, thursday at 2 for the demo then, I'll send the invite
"""
    assert "premature-close" in _codes(text)


def test_an_auto_attendant_asking_for_a_name_is_not_the_voicemail() -> None:
    """The switchboard's "say your name after the tone" puts the call through; the message
    is the one left after the person's own greeting."""
    text = """\
Prospect: Welcome to Ostrander Labs. To route your call, please say your name after the tone.
Rep: tamsin reed
Prospect: Thank you. Who would you like to reach?
Rep: joel varga in facilities
Prospect: Hi, this is Joel Varga, I'm away from my desk, leave a message.
Rep: hi joel, its tamsin reed from northgate hvac, calling because your chiller service is due in march. call me on 503-555-0117, thats 503-555-0117
"""
    card_ = card(text)
    assert card_.voicemail
    assert not {m.code for m in card_.mistakes}


def test_a_request_they_doubt_is_not_owned_up_to() -> None:
    """ "I did? I don't think I did" questions the claimed request, and denies it."""
    text = """\
Prospect: hello, ferris here
Rep: hi, its bo lind with clearpane windows, you asked us to give you a call about the windows
Prospect: i did? i dont think i did
Rep: ok, well, how old are your windows right now
Prospect: no idea, bye
"""
    assert "misleading-claim" in _codes(text)


def test_a_casual_greeting_after_the_gatekeeper_is_a_voicemail() -> None:
    text = """\
Prospect: Larkin Studio, Bea speaking
Rep: hi Bea, Oren Lutz with Tallow Benefits, is Mara around
Prospect: she's out on a shoot, I'll put you through to her voicemail
Rep: thanks Bea
Prospect: Hey it's Mara, not at my desk, leave a message.
Rep: hi Mara, Oren Lutz with Tallow Benefits, I'm calling about your new hires' benefits, call me at 206-555-0142
"""
    card_ = card(text)
    assert card_.voicemail
    assert not {m.code for m in card_.mistakes}


def test_a_bare_greeting_after_the_voicemail_is_offered_as_vm_is_a_voicemail() -> None:
    # (session 25) the voicemail named in short, then a greeting with only "leave a message"
    text = """\
Prospect: Harlow Clinic front desk, Jen speaking
Rep: hi Jen, Tomas Reyes with Kestrel Air, is Dr Abara around
Prospect: she's in surgery till 4, want her vm
Rep: sure, thanks
Prospect: Nkem Abara. leave a message
Rep: hi Dr Abara, Tomas Reyes with Kestrel Air, calling about the filters in your new wing, I'm at 303-555-0188, thanks
"""
    card_ = card(text)
    assert card_.voicemail
    assert not {m.code for m in card_.mistakes}
    # the same greeting with nothing sending the call there is not trusted: a live
    # receptionist can say "leave a message" too
    live = text.replace("want her vm", "can I help")
    assert not card(live).voicemail


def test_a_greeting_after_the_call_is_put_through_is_a_voicemail() -> None:
    # (session 31) put through, the rep's thanks, then a greeting with only "leave a message"
    text = """\
Prospect: Tidewell Foods, Omar speaking
Rep: hi Omar, Lena Vos with Brightkeel, could you put me through to Grace Obi
Prospect: sure, one sec, transferring you now
Rep: thanks a lot
Prospect: Grace Obi, I'm on the road this week, leave a message and I'll call you back
Rep: hi Grace, Lena Vos with Brightkeel, I'm calling about the cold room audit your team posted, I'm at 617-555-0139, thanks
"""
    card_ = card(text)
    assert card_.voicemail
    assert not {m.code for m in card_.mistakes}
    # with nothing handing the call on, a live receptionist may be speaking
    live = text.replace("sure, one sec, transferring you now", "she's busy, what's it about")
    assert not card(live).voicemail


@pytest.mark.parametrize(
    ("first_rep_turn", "ignored"),
    [
        # a reason already given: "what do you need?" asks for the details
        ("hi, Nell Ortiz from Expoline, I'm calling to update our exhibitor records", False),
        # no reason yet: it asks what the call is about
        ("hi, Nell Ortiz from Expoline, hope I'm not too early", True),
    ],
)
def test_what_do_you_need_after_a_reason_is_a_follow_up(first_rep_turn: str, ignored: bool) -> None:
    text = f"""\
Prospect: hello, Brightwell Supply
Rep: {first_rep_turn}
Prospect: sure, what do you need
Rep: is Dana Cole still running your trade shows
Prospect: she is
Rep: great, I'll email her the floor plan today
"""
    assert ("ignored-question" in _codes(text)) is ignored


def test_a_creole_yes_sir_is_no_name_given() -> None:
    # "yes sah" (yes sir) and "mi" (I) name nobody: asked who is calling, the rep's next
    # turn still gives no name
    text = """\
Prospect: Mm... hello?
Rep: Morning, Miss Brown? Delroy Campbell here, from Sunshine Solar.
Prospect: Wha... who dis? Mi sleeping.
Rep: yes sah, mi hear, mi will be quick. mi calling cause di light dem keep going off round here
Prospect: Call back later.
Rep: Sure, I'll ring you Saturday at ten.
"""
    assert [m.turn for m in card(text).mistakes if m.code == "ignored-question"] == [4]


def test_a_month_of_their_own_plans_is_no_time_agreed() -> None:
    # "might do the show in June" tells their plans; "perfect, that's everything" after it
    # agrees to no meeting, so nothing is proposed
    text = """\
Prospect: Harlow Castings, Pat speaking.
Rep: Hi Pat, my name is Ines Moura from Brightstand Displays, I'm calling to check the contact we have for your exhibitions.
Prospect: Go on.
Rep: We have Sam Reid as your contact, is he still the one who books the shows?
Prospect: No, that's me now. We might do the Leeds show in June, nothing decided.
Rep: Perfect, that's everything I needed. Thanks Pat, have a good day!
"""
    assert "no-next-step" in card(text).codes
