"""How people open a call when they speak rather than write: the name said on its own after
the prospect's, a dash for a comma, "its" before a capitalised name, and a reason given as
news about the prospect, a returned call or the plan for the call.

Every line here is our own wording, written for these rules; none comes from a corpus.
"""

from __future__ import annotations

import pytest

from roleplay.language.repair import repair
from roleplay.language.signals import signals


def _signals(line: str) -> dict[str, str]:
    return signals(repair(line).text)


@pytest.mark.parametrize(
    ("line", "name"),
    [
        # the prospect's name, then the caller's full name on its own
        ("hi Marta - Owen Pryce, we met at the fleet expo in May", "Owen Pryce"),
        ("Gus, morning, Hannah Lindqvist, I look after growth at Tallbridge", "Hannah Lindqvist"),
        ("hey priya, tom becker - quick one about your roofs", "tom becker"),
        # a dash where a comma would be, and a clause started by a dash
        ("Paulo, hi, Rina Osei - Brightwell, we haven't spoken before", "Rina Osei"),
        ("sure thing - Martin Cole with Hexa Freight, calling about your lanes", "Martin Cole"),
        ("ok - Dana Kim here, sorry, bad line", "Dana Kim"),
        # "its" before a capitalised name, after a greeting without a pause
        ("hey Sina its Anil Varma, got a sec", "Anil Varma"),
    ],
)
def test_a_name_said_on_its_own_introduces_the_caller(line: str, name: str) -> None:
    found = _signals(line)
    assert "introduction" in found, found
    assert name.lower() in found["introduction"].lower()


@pytest.mark.parametrize(
    "line",
    [
        "Hi, Dana Kim, how are you today?",  # the prospect greeted by full name
        "hey Sam, Lisa Park, Routewise?",  # asking who the prospect is
        "hey Jamie, Nick Serrano told me to ring you",  # someone else named
        "hi tom, summer is our busy season",  # a first name that is a word
        "hey dana, quick question for you",
        "Morning Ravi, Thursday works for me",
    ],
)
def test_other_names_after_a_greeting_are_not_the_caller(line: str) -> None:
    assert "introduction" not in _signals(line)


@pytest.mark.parametrize(
    "line",
    [
        # news about them, whoever made it: a company, a council, the prospect
        "saw Linwood Dairy took over the old creamery on route 9",
        "noticed the county awarded you the school bus routes",
        "heard you're moving the whole team into the new building",
        "saw your firm is hiring four estimators this month",
        # a call answered in kind
        "returning Mr. Abara's call from yesterday about the racking",
        "got your voicemail about the freezer door",
        "getting back to you on the fence quote",
        "you rang last Tuesday asking about weekend cover",
        # the plan said as the point of the call
        "what I'd like to do is walk your foreman through the app for ten minutes",
        "all I'm after is ten minutes with whoever runs purchasing",
        "the idea is to swap notes on the Leeds tender",
        # a want whose verb the older rules did not list
        "I'm in Austin Thursday and wanted to buy you a coffee",
        # "it's about..." after a pause, with a filler
        "just two minutes with her, uh, its about your waste collection, we haul for most of the park",
    ],
)
def test_a_reason_without_a_lead_in(line: str) -> None:
    assert "reason" in _signals(line)


@pytest.mark.parametrize(
    "line",
    [
        "I heard the game went long last night",  # small talk, not news about them
        "I saw it coming",
        "I read that too",
        "I saw your email come through",
        "She rang last week and wanted to know the price.",
        "it's about time we spoke, honestly",
        "heard good things about your team",
    ],
)
def test_small_talk_is_not_a_reason(line: str) -> None:
    assert "reason" not in _signals(line)


@pytest.mark.parametrize(
    ("line", "fires"),
    [
        # a good time to reach someone, asked or offered in passing
        ("or just let me know a good time to ring her back", True),
        ("when's marta usually at her desk", True),
        ("what time does he normally get in", True),
        ("I'd rather go through it once you're properly awake.", True),
        ("happy to pick this up when you're back in the office", True),
        ("is there a slot that suits you better next week", True),
        ("when is it back in stock", False),
        ("when is your busy season", False),
    ],
)
def test_asking_when_someone_is_free_offers_a_call_back(line: str, fires: bool) -> None:
    assert ("callback_offer" in _signals(line)) is fires


@pytest.mark.parametrize(
    ("line", "fires"),
    [
        ("hoping to reach Ms. Ferris or whoever approves new software", True),
        ("can you put me through to whoever signs off on fleet costs", True),
        ("whoever does your books probably dreads month end", False),
    ],
)
def test_whoever_does_the_job_asks_for_the_right_person(line: str, fires: bool) -> None:
    assert ("right_person" in _signals(line)) is fires


@pytest.mark.parametrize(
    ("line", "fires"),
    [
        ("Two minutes, then I'll let you go.", False),
        ("one question and I'll let you go", False),
        ("Okay, I'll let you go. Thanks Marco.", True),
    ],
)
def test_ill_let_you_go_leaves_only_when_it_is_not_a_promise(line: str, fires: bool) -> None:
    assert ("goodbye" in _signals(line)) is fires


def test_a_time_with_its_time_zone_stays_one_sentence() -> None:
    from roleplay.language.text import sentences

    assert sentences("Does Friday at 9 a.m. Pacific work? If not, pick a day.") == [
        "Does Friday at 9 a.m. Pacific work?",
        "If not, pick a day.",
    ]
    assert len(sentences("I'll call at 9 a.m. Then we talk.")) == 2


@pytest.mark.parametrize(
    ("line", "name"),
    [
        # a first name said, then again with the surname
        ("hiya, its tomas, tomas ferreira, leah pike passed me your number", "tomas ferreira"),
        ("Good morning Ines, this is Sunil, Sunil Rao, from the Derby branch.", "Sunil Rao"),
        ("yeah its lorna, lorna macleod", "lorna macleod"),
        ("hey its gerogia, georgia banks, quick one", "georgia banks"),  # one slip of the keys
    ],
)
def test_a_name_said_twice_introduces_the_caller(line: str, name: str) -> None:
    found = _signals(line)
    assert "introduction" in found, found
    assert name.lower() in found["introduction"].lower()


@pytest.mark.parametrize(
    "line",
    [
        "priya, priya rang earlier about the order",  # a third person named twice
        "well, well then, here we are",
    ],
)
def test_other_repeated_words_are_not_a_name(line: str) -> None:
    assert "introduction" not in _signals(line)


@pytest.mark.parametrize("answer", ["oskar, oskar lind, from fenwick", "um, devika", "hester"])
def test_a_name_typed_in_lower_case_answers_who_is_calling(answer: str) -> None:
    from roleplay.language.names import introduction

    assert introduction(repair(answer).text, answers_who=True) is not None


@pytest.mark.parametrize(
    "line",
    [
        "figured id offer to swap notes on the tender",
        "and thought it was worth a call before your busy season",
        "tom mentioned you just took over the leeds depot",
        "your accountant says youre switching payroll providers",
    ],
)
def test_a_reason_with_the_subject_dropped_or_passed_on(line: str) -> None:
    assert "reason" in _signals(line)


def test_a_question_about_who_does_what_counts_as_asking_about_them() -> None:
    from roleplay.scoring.rules import score
    from roleplay.transcript import parse_text

    text = (
        "Prospect: Hollis Foods, Gemma speaking\n"
        "Rep: hi gemma, its ade okoro from brightline, calling about your cold room contracts\n"
        "Prospect: ok\n"
        "Rep: got it, who usually looks after those, is that you or facilities\n"
        "Prospect: facilities, that's Ken\n"
        "Rep: great, could you put me through to ken, or I'll try him friday at 10\n"
        "Prospect: putting you through\n"
    )
    codes = {m.code for m in score(parse_text(text).turns).mistakes}
    assert "no-discovery" not in codes
    assert "premature-close" not in codes


@pytest.mark.parametrize("answer", ["unbelievable. ill call back", "whatever", "seriously?"])
def test_an_angry_word_does_not_answer_who_is_calling(answer: str) -> None:
    from roleplay.language.names import introduction

    assert introduction(repair(answer).text, answers_who=True) is None


@pytest.mark.parametrize(
    ("line", "signal", "fires"),
    [
        # a sum for each of anything, with a cost verb
        ("honestly it costs about fifteen hundred per kiln to retrofit", "pricing", True),
        ("it runs roughly 400 a room, fitted", "pricing", True),
        ("the press runs about two thousand a minute", "pricing", False),  # a speed
        # "it's me" names nobody
        ("hey, its me from harbour freight, call me back", "introduction", False),
        # a closing full of pleasantries is no feature list
        (
            "no rush at all, ring me whenever you get a minute and we'll sort a time, ok, cheers, bye",
            "feature_list",
            False,
        ),
    ],
)
def test_prices_names_and_lists_as_people_say_them(line: str, signal: str, fires: bool) -> None:
    assert (signal in _signals(line)) is fires


@pytest.mark.parametrize(
    ("line", "signal", "fires"),
    [
        ("ok, is Marisol still your contact for the uniforms", "right_person", True),
        ("quick one, is bram de wit still the person for fleet stuff", "right_person", True),
        ("so, is everything still on track", "right_person", False),
        ("calling back, returning mr. okafors message from monday", "reason", True),
        (
            "hey rosa, ken yates, brightloop, hi. we met at the food safety summit in march",
            "introduction",
            True,
        ),
    ],
)
def test_more_spoken_forms(line: str, signal: str, fires: bool) -> None:
    assert (signal in _signals(line)) is fires


def test_a_meeting_told_with_the_event_and_month_is_honest_context_in_lower_case() -> None:
    from roleplay.language.honesty import specific_history

    line = repair("hi oskar, we met on the logistics panel in leeds in june").text
    assert specific_history(line, "we met on")
    assert not specific_history(repair("hi oskar, we met a while back").text, "we met")


def test_how_can_i_help_after_can_you_hold_still_answers_the_phone() -> None:
    from roleplay.scoring.rules import score
    from roleplay.transcript import parse_text

    text = (
        "Prospect: Northpark Dental, can you hold\n"
        "Rep: sure\n"
        "Prospect: thanks for waiting, how can I help\n"
        "Rep: hi, Tom Ash from Brightbill, is your office manager around today\n"
        "Prospect: she's with a patient, what's it about\n"
        "Rep: I'm calling because billing errors cost practices your size a chair a week\n"
    )
    codes = {m.code for m in score(parse_text(text).turns, final=False).mistakes}
    assert "ignored-question" not in codes


@pytest.mark.parametrize(
    ("line", "fires"),
    [
        ("it's about a few business things, she'll know", False),  # says nothing
        ("its about something important", False),
        ("it's about your linen contract renewal", True),
    ],
)
def test_a_subject_that_says_nothing_is_no_reason(line: str, fires: bool) -> None:
    assert ("reason" in _signals(line)) is fires


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("hi gus maria lopez brightwell, quick one", "maria lopez"),
        ("hey tom ade bello from northwind", "ade bello"),
    ],
)
def test_a_greeting_run_into_the_callers_name(line: str, name: str) -> None:
    found = _signals(line)
    assert "introduction" in found and name in found["introduction"].lower()


@pytest.mark.parametrize(
    ("line", "signal", "fires"),
    [
        ("no need to call back, just wanted to say happy birthday", "callback_offer", False),
        ("you dont have to ring me back, its all in the email", "callback_offer", False),
        ("i can ring you back after lunch", "callback_offer", True),
        ("quick one, is tariq osei still handling the fleet contracts", "right_person", True),
    ],
)
def test_call_backs_declined_and_jobs_still_held(line: str, signal: str, fires: bool) -> None:
    assert (signal in _signals(line)) is fires


@pytest.mark.parametrize(
    ("said", "again", "same"),
    [
        ("macrus", "marcus", True),  # two letters swapped
        ("marcos", "marcus", True),  # one letter wrong
        ("marcs", "marcus", True),  # one letter missing
        ("marc", "marcus", True),  # said short first: "marc, marcus webb"
        ("kev", "kevin", True),
        ("ma", "marcus", False),  # two letters that are a word ("ma") are no name
        ("mo", "mohammed", True),  # two that are not: "mo -- mohammed farouk"
        ("hi", "hilary", False),
        ("dale", "dana", False),
        ("raj", "raj", True),
        ("raj", "ram", False),  # short names must be the same
    ],
)
def test_a_name_said_again_may_have_one_slip_of_the_keys_or_be_said_short_first(
    said: str, again: str, same: bool
) -> None:
    from roleplay.language.names import _again

    assert _again(said, again) is same


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("yeah its odile. odile fournier, brightmark freight.", "odile fournier"),
        ("hey, jonas here, jonas berg with polar pumps", "jonas berg"),
        ("hi, carmen diaz, returning a message from your office", "carmen diaz"),
        ("rafael hey, lena marsh, i run marsh tooling", "lena marsh"),
    ],
)
def test_more_ways_to_say_your_own_name(line: str, name: str) -> None:
    found = _signals(line)
    assert "introduction" in found and name in found["introduction"].lower(), found


@pytest.mark.parametrize(
    ("line", "fires"),
    [
        ("i think your kitchens and our delivery vans could do something together", True),
        ("there's a real fit between our crews and your spring jobs", True),
        ("your neighbour tomas said give you a ring about the fence", True),
        ("we're going through our supplier list to tidy it up", True),
        ("just making sure we've got the right contact for invoices", True),
        ("returning the message your office left us", True),
        ("i got a text from my sister", False),
        ("i think it could rain later", False),
    ],
)
def test_reasons_of_partners_referrals_and_records(line: str, fires: bool) -> None:
    assert ("reason" in _signals(line)) is fires


@pytest.mark.parametrize(
    ("line", "fires"),
    [
        ("quick contact check, who looks after your trade shows now", True),
        ("our records still show tomas berg as your buyer, is that right", True),
        ("today im only checking one detail on our file", True),
        ("i want to know what you think", False),
    ],
)
def test_a_records_check_said_in_passing_is_a_reason(line: str, fires: bool) -> None:
    assert ("reason" in _signals(line)) is fires


@pytest.mark.parametrize(
    ("line", "fires"),
    [
        (
            "hi mo, its dee from brightline, just checking in to see if you have a few minutes sometime",
            False,
        ),
        ("calling to catch up, ring me back", False),
        ("just checking in to see how the new depot is going", True),
        ("calling to chat about your spring delivery schedule", True),
    ],
)
def test_a_purpose_that_only_asks_for_time_is_no_reason(line: str, fires: bool) -> None:
    assert ("reason" in _signals(line)) is fires


@pytest.mark.parametrize(
    ("line", "signal", "fires"),
    [
        ("whats a day next week that really suits you for ten minutes", "callback_offer", True),
        (
            "instead of keeping you now, could i ring you friday morning your time",
            "callback_offer",
            True,
        ),
        ("can i call you tuesday to go over pricing", "callback_offer", False),
        (
            "is this the right number for you, or should i try the office line",
            "discovery_question",
            False,
        ),
        ("whats her email so i can send it over", "discovery_question", False),
        ("what's the hardest part of quoting for you", "discovery_question", True),
    ],
)
def test_call_backs_offered_and_where_to_reach_someone(line: str, signal: str, fires: bool) -> None:
    assert (signal in _signals(line)) is fires
