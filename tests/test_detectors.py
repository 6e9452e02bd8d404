"""The detectors, as a table: (a rep line, a signal, whether it fires).

Near-misses sit next to the hits on purpose: "sorry to hear that" is not an apology,
"are you free Thursday?" states no price, "we've never met" claims no relationship.
The lines are invented for these tests, not taken from the evaluation corpus.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from roleplay.language.analysis import CallAnalysis
from roleplay.language.honesty import claim_support, specific_history
from roleplay.language.names import asks_who, rep_name
from roleplay.language.pricing import asks_price
from roleplay.language.purpose import asks_purpose
from roleplay.language.signals import MAX_ANALYSED_CHARS, SIGNALS, signals
from roleplay.language.text import is_question, sentences, word_count
from roleplay.language.voicemail import phone_number, voicemail_greeting

SIGNAL_TABLE = [
    ("Could we talk Thursday at 10 your time?", "commitment_ask", True),
    ("Could I talk to your manager?", "commitment_ask", False),
    ("Can I ask how you quote jobs today?", "discovery_question", True),
    (
        "We have automatic pricing, CAD import, nesting optimization and a mobile app.",
        "feature_list",
        True,
    ),
    ("We have clinics, dental offices, and a mobile vet as customers.", "feature_list", False),
    ("Hey, Marcus Bell with Tidewater Freight here.", "introduction", True),
    ("Good morning, you're speaking with Priya Nair from Lumen Payroll.", "introduction", True),
    ("My name's Jo, I look after accounts at Fenwick.", "introduction", True),
    ("hi this is dana from acme", "introduction", True),
    ("Hi, Tom O'Reilly, calling from Brightline Security.", "introduction", True),
    ("This is Harbor Point Insurance calling about your renewal.", "introduction", False),
    ("Hi, it's Northgate Solutions.", "introduction", False),
    ("I'm calling from Vantage Analytics.", "introduction", False),
    ("I'm with Redwood Capital.", "introduction", False),
    ("Sorry, I'm just trying to reach the owner.", "introduction", False),
    ("I'm Fine, thanks for asking.", "introduction", False),
    ("Karen from your finance team told me to call.", "introduction", False),
    ("Hello, this is Raj Patel, I'm the regional rep for Cobalt Labs.", "introduction", True),
    ("Raj Patel, Cobalt Labs. Got a sec?", "introduction", True),
    ("It's Sunita.", "introduction", True),
    ("Hi there, Lena speaking, from Orchard Health.", "introduction", True),
    ("This is the billing department at Clearwater.", "introduction", False),
    ("This is Clearwater Billing Services.", "introduction", False),
    ("I'm Jake, with Summit Roofing.", "introduction", True),
    ("I'm happy to help.", "introduction", False),
    ("I'm Calling about your roof.", "introduction", False),
    ("My name is li wei and I'm with Fathom.", "introduction", True),
    ("The reason for my call is your fleet renewal.", "reason", True),
    ("I'm reaching out because your team just doubled.", "reason", True),
    ("Quick reason I'm calling: your permit expires in June.", "reason", True),
    ("I wanted to ask how you're handling payroll now.", "reason", True),
    ("We're calling to let you know your lease qualifies for an upgrade.", "reason", True),
    ("How's your day going?", "reason", False),
    ("Is Jeremy there?", "reason", False),
    ("Great, thanks for picking up.", "reason", False),
    ("I'm calling regarding the warehouse lease.", "reason", True),
    ("I'm phoning about your catering order.", "reason", True),
    ("The purpose of this call is to confirm your booth size.", "reason", True),
    ("I was hoping to learn how you book freight today.", "reason", True),
    ("Just checking in on the quote we sent.", "reason", True),
    ("Nice to meet you.", "reason", False),
    ("Do you have a minute?", "reason", False),
    ("How do you handle scheduling for the night shift?", "discovery_question", True),
    ("What's your biggest headache with vendors right now?", "discovery_question", True),
    ("Who signs off on new software there?", "discovery_question", True),
    ("Are you still using spreadsheets for inventory?", "discovery_question", True),
    ("what are your goals for next quarter", "discovery_question", True),
    ("Sorry, what was your name again?", "discovery_question", True),
    ("How are you doing today?", "discovery_question", False),
    ("Did I catch you at a bad time?", "discovery_question", False),
    ("Is now a good time to talk?", "discovery_question", False),
    ("Do you have a quick minute?", "discovery_question", False),
    ("Can we set up a demo on Thursday?", "discovery_question", False),
    ("Would you be open to a 20-minute call next week?", "discovery_question", False),
    ("Is Dr. Lee available?", "discovery_question", False),
    ("Does that make sense?", "discovery_question", False),
    ("So what does your team do day to day?", "discovery_question", True),
    ("Roughly how many trucks are on the road?", "discovery_question", True),
    ("Which system are you on now", "discovery_question", True),
    ("Are you the right person for facilities?", "discovery_question", True),
    ("How's the weather over there?", "discovery_question", False),
    ("You there?", "discovery_question", False),
    ("Can you hear me okay?", "discovery_question", False),
    ("Would Tuesday or Thursday work better?", "discovery_question", False),
    ("Can I ask you a quick question?", "discovery_question", False),
    ("Can we book a demo for Tuesday at 3?", "commitment_ask", True),
    ("Would you be open to a quick call next week?", "commitment_ask", True),
    ("I'd love to grab 30 minutes with you on Friday.", "commitment_ask", True),
    ("Let's get a walkthrough on the calendar.", "commitment_ask", True),
    ("Are you free Wednesday afternoon to meet?", "commitment_ask", True),
    ("Want to start a free trial this week?", "commitment_ask", True),
    ("Give me thirty seconds to explain, then you decide.", "commitment_ask", False),
    ("Do you have two minutes right now?", "commitment_ask", False),
    ("Have you ever had a demo of a tool like this?", "commitment_ask", False),
    ("Could I speak with your operations manager?", "commitment_ask", False),
    ("What's slowing down your month-end close today?", "commitment_ask", False),
    ("Would next Wednesday at 4 suit you?", "commitment_ask", True),
    ("Could I swing by your office tomorrow?", "commitment_ask", True),
    ("How about a quick Zoom on Monday?", "commitment_ask", True),
    ("Could you tell me how you track orders today?", "commitment_ask", False),
    ("I'll send the case study over tonight.", "next_step", True),
    ("Let me email you the pricing sheet this afternoon.", "next_step", True),
    ("I'll call you back Monday at 10.", "next_step", True),
    ("Could we meet on the 14th at 2:30?", "next_step", True),
    ("I'll introduce you to our implementation lead, Marta.", "next_step", True),
    ("I'll follow up next week.", "next_step", True),
    ("I'll be in touch.", "next_step", False),
    ("Let's talk again sometime.", "next_step", False),
    ("I'll send you some info.", "next_step", False),
    ("We sent you a proposal last Tuesday.", "next_step", False),
    ("Have a great day!", "next_step", False),
    ("Talk soon.", "next_step", False),
    ("I'll send our onboarding checklist by end of day.", "next_step", True),
    ("I'll have Maria from our team give you a call Thursday.", "next_step", True),
    ("Talk to you Friday at 9.", "next_step", True),
    ("I'll circle back at some point.", "next_step", False),
    ("We should catch up soon.", "next_step", False),
    ("Thanks so much for your time.", "next_step", False),
    ("It's $120 a month per location.", "pricing", True),
    ("We can do 15% off if you sign this quarter.", "pricing", True),
    ("There's a 14-day free trial.", "pricing", True),
    ("Setup is free and there are no monthly fees.", "pricing", True),
    ("It runs about forty dollars a seat.", "pricing", True),
    ("We'll waive the installation fee.", "pricing", True),
    ("I'll bring our rate card.", "pricing", False),
    ("Are you free on Thursday?", "pricing", False),
    ("We cut processing time by 40 percent.", "pricing", False),
    ("Our platform has 99.9% uptime.", "pricing", False),
    ("Feel free to call me back.", "pricing", False),
    ("That's twelve hundred dollars for the year.", "pricing", True),
    ("Our fee is 3 percent of each transaction.", "pricing", True),
    ("First month's on us.", "pricing", True),
    ("We're 20 percent cheaper than your current vendor.", "pricing", True),
    ("It costs less than your coffee budget.", "pricing", False),
    (
        "We have real-time dashboards, automated alerts, a mobile app, and 150 integrations.",
        "feature_list",
        True,
    ),
    (
        "It includes GPS tracking, driver scoring, fuel reports and a Bluetooth dongle.",
        "feature_list",
        True,
    ),
    (
        "That means fewer late shipments, happier customers and less overtime.",
        "feature_list",
        False,
    ),
    ("We work with clinics, dental offices and physical therapists.", "feature_list", False),
    ("Do you use a CRM, dashboards or any reporting tools?", "feature_list", False),
    ("I'm not trying to sell you anything today.", "disclaimer", True),
    ("This isn't a sales call, I promise.", "disclaimer", True),
    ("We're not here to pitch you.", "disclaimer", True),
    ("Don't worry, I'm not a salesperson.", "disclaimer", True),
    ("im not tryng to sell you anythng", "disclaimer", True),
    ("Your sales team isn't selling the new line?", "disclaimer", False),
    ("I sell payroll software.", "disclaimer", False),
    ("I'm not selling anything, just doing a quick survey.", "disclaimer", True),
    ("This is not a sales pitch.", "disclaimer", True),
    ("No sales pitch, promise.", "disclaimer", True),
    ("I'm not calling to sell you anything.", "disclaimer", True),
    ("We're not the cheapest, but we're fast.", "disclaimer", False),
    ("Sorry to bother you on a Friday.", "apology", True),
    ("I apologize for the interruption.", "apology", True),
    ("Sorry for calling out of the blue like this.", "apology", True),
    ("Pardon the intrusion, I know you're busy.", "apology", True),
    ("I hate to interrupt your lunch.", "apology", True),
    ("sory to bothr you", "apology", True),
    ("Sorry, could you say that again?", "apology", False),
    ("Sorry to hear about the flooding.", "apology", False),
    ("Sorry, you broke up for a second.", "apology", False),
    ("Sorry I missed you, I'll try tomorrow.", "apology", False),
    ("Sorry to take up your morning.", "apology", True),
    ("Apologies for the cold call.", "apology", True),
    ("Excuse the interruption.", "apology", True),
    ("I'm so sorry to hear that.", "apology", False),
    ("Sorry, who am I speaking with?", "apology", False),
    ("Sorry, I'll be quick.", "apology", False),
    ("He's expecting my call.", "misleading_claim", True),
    ("I'm just returning Mr. Alvarez's call.", "misleading_claim", True),
    ("It's a personal matter.", "misleading_claim", True),
    ("We spoke last month about your fleet.", "misleading_claim", True),
    ("We're already working with your marketing team.", "misleading_claim", True),
    ("Janet asked me to give her a call today.", "misleading_claim", True),
    ("We've never met, but I've followed your work.", "misleading_claim", False),
    ("We work with a lot of firms like yours.", "misleading_claim", False),
    ("She told me you'd be the right person.", "misleading_claim", True),
    ("He knows me.", "misleading_claim", True),
    ("I'm a friend of Dave's.", "misleading_claim", True),
    ("As we discussed, here's the plan.", "misleading_claim", True),
    ("I'm your account manager at Delta.", "misleading_claim", True),
    ("You're one of our customers already.", "misleading_claim", True),
    ("I noticed you posted a job for a controller.", "misleading_claim", False),
    ("A lot of my clients ask about this.", "misleading_claim", False),
    ("Call me at (415) 555-0199.", "phone_number", True),
    ("My cell is 415 555 0199.", "phone_number", True),
    ("Reach me on +1 415.555.0199.", "phone_number", True),
    ("It's four one five, five five five, zero one nine nine.", "phone_number", True),
    ("We have 1200 customers in 14 states.", "phone_number", False),
    ("One or two of them, maybe three.", "phone_number", False),
]


@pytest.mark.parametrize(("line", "signal", "fires"), SIGNAL_TABLE)
def test_signal_table(line: str, signal: str, fires: bool) -> None:
    assert (signal in signals(line)) is fires, signals(line)


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Hi, this is Dana Ruiz from Acme.", "Dana Ruiz"),
        ("this is Acme Staffing", None),
        ("Hey Milo, Brandon Kees from Tabula Invoicing.", "Brandon Kees"),
        ("Vera Petrov here, from Quillon.", "Vera Petrov"),
        ("It's Skyler, a friend of hers.", "Skyler"),
        ("Just tell him it's Orbit Office Equipment.", None),
        ("Hi, it's Granite Peak Staffing calling for the manager.", None),
        ("My name is Felix Dunleavy and I'm with Kinetic Payments.", "Felix Dunleavy"),
        ("hi this is dana from acme", "Dana"),
        ("I'm calling from ExpoCraft Displays.", None),
        ("Anders Rourke from your AP team suggested I call.", None),
        ("It's Dr. Okafor with Lakeside Imaging.", "Dr. Okafor"),
    ],
)
def test_rep_name(line: str, name: str | None) -> None:
    assert rep_name(line) == name


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        ("How many trucks do you run?", True),
        ("how many trucks do you run", True),  # typed, no punctuation
        ("Could I stop by Thursday", True),
        ("What I'd like to do is get you a demo.", False),  # a statement that opens with 'what'
        ("Will do, I'll call at 3.", False),
        ("Have a great day", False),
    ],
)
def test_is_question(sentence: str, question: bool) -> None:
    assert is_question(sentence) is question


def test_sentences_keep_titles_numbers_and_times_whole() -> None:
    assert sentences("Is Dr. Patel in? Call 773.555.0104 at 6 a.m. Thanks!") == [
        "Is Dr. Patel in?",
        "Call 773.555.0104 at 6 a.m.",
        "Thanks!",
    ]


@pytest.mark.parametrize(
    ("line", "asks"),
    [
        ("What does something like ours run a month?", True),
        ("How much is it?", True),
        ("Send me your pricing.", True),
        ("We ship from the far warehouse and eat the cost.", False),
        ("I'm not at the pricing stage yet.", False),
    ],
)
def test_asks_price(line: str, asks: bool) -> None:
    assert (asks_price(line) is not None) is asks


@pytest.mark.parametrize(
    ("line", "who", "what"),
    [
        ("Who's calling?", True, False),
        ("May I ask who's calling and what this is in reference to?", True, True),
        ("Who is this exactly?", True, False),
        ("What's this regarding?", False, True),
        ("What can I do for you?", False, True),
        ("Returning her call? About what?", False, True),
        ("How did you even get this number?", False, False),
        ("Do you know what time it is?", False, False),
        # (session 59, messy155) what they want with the one asked for; who is asking
        ("Okay... and what do you want with Kwaji?", False, True),
        ("What do you need Madam Tani for?", False, True),
        ("What do you want with that?", False, False),
        ("What do you need it for?", False, False),
        ("Who is asking?", True, False),
        ("Who is asking for the quote?", False, False),
    ],
)
def test_who_and_what_questions(line: str, who: bool, what: bool) -> None:
    assert (asks_who(line) is not None) is who
    assert (asks_purpose(line) is not None) is what


@pytest.mark.parametrize(
    ("line", "specific"),
    [
        ("im a buddy of dev patel, we coach in the same soccer league on sundays", True),
        ("I'm a friend of Dev Patel, we met at the Harbor Rotary last spring.", True),
        ("im a buddy of dev patel", False),
        ("im a friend of his, we go way back", False),
        ("im a buddy of dev, we play on tuesdays", False),
    ],
)
def test_a_friend_of_someone_else_named_in_full_with_where_is_specific(
    line: str, specific: bool
) -> None:
    claim = signals(line)["misleading_claim"]
    assert specific_history(line, claim) is specific


@pytest.mark.parametrize(
    ("line", "strength"),
    [
        ("You've reached Harold Finch. Please leave a message after the tone.", "strong"),
        ("We can't get to the phone right now, please leave a message.", "strong"),
        ("Hey, it's Gus. Leave your name and number.", "weak"),
        ("He's out today. Would you like to leave a message?", None),
        ("Can I take a message?", None),
        ("I'll send you to his voicemail.", None),
        ("He is not available right now.", None),
        # "I can't take your call" is the owner away, not "I can take a message"
        (
            "Hi, it's Rosa. I can't take your call, leave a message and I'll ring you back.",
            "strong",
        ),
        # a phone menu offers options; it is not the greeting
        (
            "Thanks for calling Pine Dental. For billing, press 2. To leave a message, say message.",
            None,
        ),
        # an auto-attendant asking who is calling puts the call through; it takes no message
        ("Welcome to Ostrander Labs. Please state your name after the tone.", None),
        ("To route your call, say your full name at the beep.", None),
        # ... but a greeting asking for a name and a number does take one
        ("It's Wren. Please say your name and number after the tone.", "strong"),
        # (session 35) the owner out where no phone is answered, and a message asked for
        ("hey it's Dale, I'm on a job site, leave your name and number", "strong"),
        ("I'm out on the road today, can I take a message?", None),
        # (session 45, messy119) "leave the message", as English learned late says it; a
        # Creole greeting ("yuh reach", "leave yuh name")
        ("You have reached Ana Silva. I cannot answer now, please leave the message.", "strong"),
        ("Yuh reach Marva Joseph. Me nah here now, leave yuh name an' number.", "strong"),
    ],
)
def test_voicemail_greeting(line: str, strength: str | None) -> None:
    assert voicemail_greeting(line) == strength


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Call me at 312-555-0157.", "312-555-0157"),
        ("That's 555-0143.", "555-0143"),
        (
            "Call me at eight four seven, five five five, oh one nine two.",
            "eight four seven, five five five, oh one nine two",
        ),
        ("It's double five five, one two three four.", "double five five, one two three four"),
        ("Our office is at 1200 Fifth Street.", None),
        ("One or two, maybe three or four of them.", None),
        # (session 45, messy118) five digits, as small places number their phones, after a
        # word that gives a number; not a count or a sum
        ("Ring me back on 23188, cheers.", "23188"),
        ("We shipped 23188 units last year.", None),
        ("Give us a ring, it's 40000 a year.", None),
        # (session 45, messy120) a mobile written as Malaysia writes it
        ("Can call me back at 012-3384471, or WhatsApp also can.", "012-3384471"),
    ],
)
def test_phone_number(text: str, number: str | None) -> None:
    assert phone_number(text) == number


@pytest.mark.parametrize(
    ("replies", "support"),
    [
        (["Yes, Anders mentioned you'd be calling."], "confirmed"),
        (["Oh, hi! Yes, I remember."], "confirmed"),
        (["Tom said that? He didn't mention anything to me."], "denied"),
        (["I don't go to those, actually. Are you sure you have the right person?"], "denied"),
        (["Oh, sure! One sec."], "none"),
        ([], "none"),
        # their own act owned up to, a line later ("who is this again?" first)
        (["sorry, who's this again?", "right, that's partly why we signed up"], "confirmed"),
        (["ok. honestly thats why i filled that form in"], "confirmed"),
        # ... or doubted and denied, apostrophes dropped or not
        (["i did? i dont think i did"], "denied"),
        (["i didnt submit anything, i rent here"], "denied"),
        (["i never filled it out"], "denied"),
        # surprise at how soon owns up to it; not having been there denies meeting there
        (["oh yes, the quote. didnt expect a call back this quick"], "confirmed"),
        (["hm, we werent at that show this spring"], "denied"),
        (["ive never been to that conference"], "denied"),
        (["ah right, sorry i wasnt at my desk earlier, yes we did meet"], "confirmed"),
        # (session 25) the call they made owned, or the call back thanked for
        (["yes, hi, i rang you guys on monday"], "confirmed"),
        (["oh great, thanks for getting back to me"], "confirmed"),
        (["wait, did i call you guys?"], "none"),
        # the sound drawn out; a name not caught denies nothing
        (["ohhh right, the bike guy. sorry i never got your name"], "confirmed"),
        (["oooh yes of course"], "confirmed"),
        (["i dont know you"], "denied"),
        (["yes hi, who is this? i called like five places"], "confirmed"),
        (["i called the bank this morning"], "none"),
        # (session 44, messy113-114) a screener passing the call on owns up to nothing; what
        # she says she knows still does
        (["Ah right, no problem, I'll put you through now.", "Priya Nair."], "none"),
        (["oh yes, one moment please"], "none"),
        (["Oh yes, she said you'd ring, I'll put you through."], "confirmed"),
        (["oh yes, the boss mentioned someone from Harlow might ring, hold on"], "confirmed"),
    ],
)
def test_claim_support(replies: list[str], support: str) -> None:
    assert claim_support(replies) == support


@pytest.mark.parametrize(
    ("replies", "said", "support"),
    [
        # the referral owned, or the one named in the claim said back with a yes
        (["olivia, sure. she mentioned it. go ahead"], "olivia pham suggested i call", "confirmed"),
        (["she mentioned it"], "olivia suggested i call", "confirmed"),
        (["she mentioned it was expensive"], "olivia suggested i call", "none"),
        # a yes after her own name confirms nothing the caller claimed
        (["pam yeah, i do the books"], "its a personal matter actually", "none"),
        (["ok, sure, go ahead"], "ok, olivia suggested i call", "none"),
        (["mark? sure"], "mark asked me to call", "none"),
        # ... or exclaimed: "priya! the one with the food truck"
        (
            ["priya! the one with the food truck, right"],
            "its priya patel, we met at the fair",
            "confirmed",
        ),
        (["priya? who?"], "its priya patel, we met at the fair", "none"),
        # (session 49, messy128) the yes said as "ya ya" or "ja", the name first
        (
            ["Ah, Mirela, ya ya, the caterer, no? Tell me."],
            "its mirela, mirela dinu, we chatted at the trade breakfast",
            "confirmed",
        ),
        (
            ["ja ja, Pieter, from the expo"],
            "this is pieter de vries, we met at the expo",
            "confirmed",
        ),
        (["ya? who?"], "its pieter, we met at the expo", "none"),
        # (session 49, messy129) a name no list knows, the caller's own, exclaimed
        (["Ahh, Ketut! The coffee!"], "it's Ketut, Ketut Arsa, we met at the expo", "confirmed"),
        (["Ahh, Ketut? Who?"], "it's Ketut, we met at the expo", "none"),
        # (messy130) any short cry first, then the name and a yes
        (
            ["Doh! Kwame, yes, the water man."],
            "it's Kwame Asante, we met at the summit",
            "confirmed",
        ),
        # (session 44, messy115) the yes said twice, then the name
        (
            ["Yes, yes, Grace! The one with the drone stand"],
            "it's grace adeyemi, we met at the expo",
            "confirmed",
        ),
        # not knowing what the call is for denies no claim; not knowing what they mean does
        (["sorry, I still don't know what you're calling about"], "sam sent me", "none"),
        (["I don't know what you're talking about"], "sam sent me", "denied"),
    ],
)
def test_claim_support_with_the_name_said_back(replies: list[str], said: str, support: str) -> None:
    assert claim_support(replies, said) == support


def test_previous_line_decides_price_answer_and_ignored_question() -> None:
    assert "price_answer" in signals("It's $45 a seat.", previous="What does it cost?")
    assert "price_answer" not in signals("It's $45 a seat.", previous="We use spreadsheets.")
    assert (
        signals("We're a staffing firm.", previous="Who is this?")["ignored_question"]
        == "Who is this"
    )
    assert "ignored_question" not in signals("It's Dana Ruiz.", previous="Who is this?")
    assert "reason" in signals("About the lease renewal.", previous="About what?")


def test_word_count_counts_a_phone_number_as_one_word() -> None:
    assert word_count("Call 555-0142 now") == 3


def test_long_turn() -> None:
    assert "long_turn" in signals("word " * 81)
    assert "long_turn" not in signals("word " * 80)


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("How about Thursday at 10?", "Thursday at 10"),
        ("ill call you tomorrow morning", "tomorrow morning"),
        ("thursday 10am, 20 min, you and your lead", "thursday 10am"),
        ("Could we meet on the 12th?", "on the 12th"),
        ("could we talk sometime next week", None),
        ("can we meet in march", None),
        ("we lost a whole load last thursday", None),
        ("The compressor went down on Saturday night.", None),
        # a number of things counted, not an hour
        ("the bakery went from one shift to three last year", None),
        ("they grew from two sites to five", None),
        ("could we talk from one to two", "from one"),
    ],
)
def test_set_time_names_a_day_or_a_clock_time_not_next_week(line, day) -> None:
    assert signals(line).get("set_time") == day


@pytest.mark.parametrize(
    ("line", "asks"),
    [
        ("Who decides on billing software at Harrow & Lyle?", True),
        ("quick q, who handles the trucks there", True),
        ("could you tell me who's in charge of purchasing", True),
        ("who'd be the right person for this", True),
        ("Who is this?", False),
        ("i'm trying to reach whoever looks after your fleet", True),
        ("thursday at 9, you and whoever owns maintenance", False),
        ("im trying to find out who looks after payroll there", True),
        ("my cousin who runs a bakery says hi", False),
        ("who are your biggest customers", False),
        ("How do you handle reminders today?", False),
        # whether the one on the line owns it
        ("are you the one who handles the delivery vans", True),
        ("Are you the person responsible for scheduling over there?", True),
        ("are u in charge of IT at the clinic", True),
        ("are you the one I spoke to last week", False),
        ("are you the person I met at the expo", False),
    ],
)
def test_right_person_asks_who_owns_something(line, asks) -> None:
    from roleplay.language.repair import repair

    assert ("right_person" in signals(repair(line).text)) is asks


@pytest.mark.parametrize(
    ("line", "signal", "fires"),
    [
        ("Can I have a minute, and then you decide whether we talk later?", "goodbye", False),
        ("ok, talk later. bye", "goodbye", True),
        ("Roofers in this county often lose a week a year to bad weather calls.", "reason", True),
        ("Would it be easier if I called back when you're in the office?", "callback_offer", True),
        ("When would be convenient? I can fit around you.", "callback_offer", True),
        ("I'd like to walk your team through the setup.", "commitment_ask", True),
        ("Okay, we're one of your clients, so he'll want this.", "misleading_claim", True),
        ("Would it be possible to be put through to her?", "routing", True),
        ("Thank you, that's very kind.", "thanks", True),
        ("when clinics add a second site the front desk gets swamped", "question", False),
        ("when do your crews usually start", "question", True),
        ("could you jot that down for her", "discovery_question", False),
        ("happy anniversary to the shop, ten years is a big one", "reason", True),
        ("just confirming a few contact details before we print the directory", "reason", True),
        ("calling cause of the storm damage reports on your street", "reason", True),
        ("i wanted to really thank you for the intro last week", "reason", True),
        ("lots of dental offices around here are drowning in insurance calls", "reason", True),
        ("you guys just got featured in the business journal", "reason", True),
        ("many of our clients are happy with it", "reason", False),
        ("most bakeries lose an hour a day to manual ordering", "reason", True),
        ("ok, goodnight then", "goodbye", True),
        ("sorry, i know its pretty late, this is jo from lumen", "apology", True),
        ("Sorry, I know this is a bad time.", "apology", True),
        ("sorry, i know its a lot of questions", "apology", False),
        ("so, are you ready to get started", "commitment_ask", True),
        ("shall we move forward with the pilot?", "commitment_ask", True),
        ("how did you get started in the trade?", "commitment_ask", False),
        ("hi maya, calling from a payroll company, sorry its late", "introduction", False),
        ("hi maya, tom here from payline", "introduction", True),
        ("could we talk at a time that suits you better", "callback_offer", True),
        ("Thanksgiving is a busy week for you, I bet.", "thanks", False),
        ("could you confirm the right email for the new buyer", "contact_details", True),
        ("and is priya.n@harbourline.io still good", "contact_details", True),
        ("I just need his extension and I'll let you go", "contact_details", True),
        ("how do you spell her surname", "contact_details", True),
        ("ok and her email", "contact_details", True),
        ("do you send reminders by email or text", "contact_details", False),
        ("what's the number of vans on the road", "contact_details", False),
        ("is that line of work picking up", "contact_details", False),
        ("did you get my email last week", "contact_details", False),
        ("look, it's a cold call, I'll keep it short", "owns_sale", True),
        ("yes im selling something, quoting software", "owns_sale", True),
        ("this isn't a sales call, promise", "owns_sale", False),
        ("we sell parts to boat yards", "owns_sale", False),
        ("our sales call last week went long", "owns_sale", False),
        (
            "would 20 min thursday at 3 make sense, or should i go through your office manager",
            "commitment_ask",
            True,
        ),
        ("does friday at 9 suit you", "question", True),
        ("what day would really suit you for ten minutes", "callback_offer", True),
        ("i can ring tomorrow or whenever suits", "callback_offer", True),
        ("so the night shift never finds a warm freezer", "benefit", True),
        ("i'll be quick so i don't keep you", "benefit", False),
        ("running three crews at once usually stretches the office thin", "reason", True),
        ("Dr. Amir mentioned you might be fighting the same late payments", "reason", True),
        ("and if its a no thats fine, honestly", "easy_out", True),
        ("whichever answer you give is fine, either way is completely fine", "easy_out", True),
        ("no, i dont think we need it", "easy_out", False),
        ("you told me hiring drivers has been a nightmare", "reason", True),
        ("caught your talk about rural broadband at the co-op meeting", "reason", True),
        (
            "we handle bookkeeping for about 1,200 salons, and a lot of them use your booking app",
            "feature_list",
            False,
        ),
        ("we met at the harbour expo at the convention centre", "misleading_claim", True),
        ("hey tom uh priya shah from ledgerwise", "introduction", True),
        ("so um this is uh raj from fleetwise", "introduction", True),
        ("i wanted to ask how you schedule the crews these days", "discovery_question", True),
        ("im calling to find out who looks after the fleet cards", "right_person", True),
        ("how old is the boiler in the main building", "question", True),
        ("quick one while youre on, is janet still the one buying the paper", "question", True),
        ("wanna me to mail the sample pack friday", "next_step", True),
        ("want me to forward the case study this afternoon", "next_step", True),
        ("read the press release about your second plant and thought of you", "reason", True),
        (
            "one of my clients is opening a deli, would it help if i introduced you",
            "intro_offer",
            True,
        ),
        ("would it help if i sent the price sheet", "intro_offer", False),
        ("no real reason except i try to actually speak with new connections", "reason", True),
        ("i'd like to call and learn how you price the rush jobs", "discovery_question", True),
        ("your site says mostly commercial, is that mostly what you do", "question", True),
        ("just put me through to the owner please", "routing", True),
        ("i have to speak with whoever runs payroll", "routing", True),
        ("i need to talk to you about the renewal", "routing", False),
        ("we might be able to save you a chunk on freight", "benefit", True),
        ("could we do ten minutes at whatever time suits you", "callback_offer", True),
        ("is there a day next week thats easier for a short call", "callback_offer", True),
        ("is there a day that is best for deliveries", "callback_offer", False),
        ("hi its lee from tallis, this is a quick records call", "reason", True),
        ("im confirming an old contact record for your team", "reason", True),
        (
            "we have Jo Park listed as your buyer, email jo@park.co, from last year's fair",
            "feature_list",
            False,
        ),
        ("it could cut your night-shift callouts in half", "benefit", True),
        (
            "we chatted for a few minutes at the Midwest Dairy Expo last spring",
            "misleading_claim",
            True,
        ),
        ("we still have her old address on file", "contact_details", False),
        ("happy to intro you to our distributor in tulsa", "intro_offer", True),
        ("shall i intro them to you next week", "intro_offer", True),
        ("the intro to our deck is short", "intro_offer", False),
        ("would love to buy you a coffee while im in town", "commitment_ask", True),
        ("saw the article, would like to hear how your move went", "discovery_question", True),
        ("would you like to grab a coffee", "commitment_ask", True),
        (
            "i wanted to understand what a good quarter looks like for you",
            "discovery_question",
            True,
        ),
        ("curious what matters most to you in a supplier", "discovery_question", True),
        ("i wanted to know what time works for you", "discovery_question", False),
        ("do you mind if i ask how you price the big jobs", "discovery_question", True),
        ("mind if i ask you something?", "discovery_question", False),
        ("hello, marisol?", "discovery_question", False),
        ("is this tobias keller?", "discovery_question", False),
        ("paper tickets, still?", "discovery_question", True),
        ("what time would actually suit you for a call back", "callback_offer", True),
        ("so sorry, I've rung far too early", "apology", True),
        ("sorry about the hour, tobias", "apology", True),
        ("sorry, the hourly rate went up", "apology", False),
        ("ok ill pencil thursday at 3 and send the invite", "next_step", True),
        ("we sell stuff, shelving and a few racks", "feature_list", False),
        # clauses of a dozen words in a run-on are no list items, feature words or not
        (
            "theres a crowd coming, and honestly a hardware store is exactly what those folks want,"
            " and a few members said theyd love a software guy in the group, so would love to chat",
            "feature_list",
            False,
        ),
        ("it has live chat, gps tracking, offline mode and sms alerts", "feature_list", True),
        # a data centre's ratings are specifications
        (
            "our phoenix facility is tier 3, 2N power, 40 gig cross connects and six megawatts of capacity",
            "feature_list",
            True,
        ),
        # a firm's services, after "a practice that does", are no spec sheet
        (
            "I run a small practice that does monthly books, payroll and sales tax for food businesses",
            "feature_list",
            False,
        ),
        (
            "we have a platform that does ai dashboards, realtime analytics and sms alerts",
            "feature_list",
            True,
        ),
        ("today's call is only about one old record", "reason", True),
        ("this call is about to drop, sorry", "reason", False),
        ("we have dana ruiz, office manager, from the spring fair list", "feature_list", False),
        ("we could do twenty minutes friday at 3 if that helps", "next_step", True),
        ("or any other time you prefer", "callback_offer", True),
        ("whichever day works best for you", "callback_offer", True),
        ("saw the news so i had to call and congratulate you", "reason", True),
        ("enjoy the rest of your birthday, gloria", "goodbye", True),
        ("have a beautiful weekend", "goodbye", True),
        ("would 20 min monday at 9 be useful", "commitment_ask", True),
        ("alright then, keep me in mind", "goodbye", True),
        ("no rush, get back to me whenever", "goodbye", True),
        ("ok just let me know", "goodbye", True),
        ("we do booths now too, so keep me in mind for the spring show", "goodbye", False),
        ("let me know if the 14th works for your team", "goodbye", False),
        ("could you get back to me when you know?", "goodbye", False),
    ],
)
def test_what_people_say_in_their_own_words(line, signal, fires) -> None:
    from roleplay.language.repair import repair

    assert (signal in signals(repair(line).text)) is fires


def test_every_signal_is_described_and_can_fire() -> None:
    fired = {signal for _, signal, fires in SIGNAL_TABLE + PLAYTEST_TABLE if fires}
    fired |= set(
        signals("Hi, how are you? Is now a good time? Is Dr. Lee in? Bye.", previous="Who is this?")
    )
    fired |= set(signals("It's $5.", previous="How much?"))
    fired |= set(signals("Yes please.", previous="Shall I see if she's free?"))
    fired |= set(signals("Not really.", previous="Do you use a CRM?"))
    fired |= set(signals("I can call you back in the morning.", previous="Hello?"))
    fired |= set(signals("word " * 81))
    fired |= set(signals("How about Thursday at 10?"))
    fired |= set(signals("Who looks after billing software there?"))
    fired |= set(signals("Thanks so much."))
    fired |= set(signals("What's the best email for her?"))
    fired |= set(signals("I'll be honest, this is a sales call."))
    fired |= set(signals("No pressure at all."))
    fired |= set(signals("If anything changes, you have my number."))
    fired |= set(signals("No excuses, just cancel whatever you've got."))
    fired |= set(signals("Are you deaf? I said Thursday."))
    fired |= set(signals("Want me to introduce you to her tomorrow?"))
    fired |= set(signals("We have Kim as your buyer. Is that still accurate?"))
    fired |= set(signals("Could you intro me to a few of your clients?"))
    fired |= set(signals("Just ring me back when you can."))
    fired |= set(signals("I could put together a quote for you."))
    fired |= set(signals("Marcus Bell introduced us at the Eastside breakfast last Thursday."))
    fired |= set(signals("We connected on LinkedIn last week."))
    fired |= set(signals("That's so good to hear."))
    fired |= set(signals("It's been a rough year for me. I lost my biggest client."))
    fired |= set(signals("I'll update our records today."))
    fired |= set(signals("And her exact title?"))
    fired |= set(signals("And who am I speaking with?"))
    fired |= set(signals("Her office is expecting my call."))
    fired |= set(signals("Great to talk again, Dana."))
    # a slot refused earlier in the call, proposed again
    call = CallAnalysis()
    call.add("prospect", "Friday at two is out, I'm afraid.")
    fired |= set(call.add("rep", "Friday at 2 then?").signals)
    assert fired >= set(SIGNALS)
    assert all(isinstance(d, str) and d for d in SIGNALS.values())


def test_huge_line_is_fast_and_counts_every_word() -> None:
    line = "we help teams grow, " * 50_000
    found = signals(line)
    assert found["long_turn"] == f"{200_000} words"
    assert len(line) > MAX_ANALYSED_CHARS


@given(st.text(max_size=400))
def test_signals_never_crash(text: str) -> None:
    result = signals(text, previous=text[:50])
    assert set(result) <= set(SIGNALS)


# Play-test fixes: offers, structural feature lists, "Name, Company" intros, plain
# purpose answers, bare times as next steps, outcome statements, acknowledgements.
PLAYTEST_TABLE = [
    # 1. meeting asks with a time vs routing; offers are not discovery
    ("Could we talk Thursday at 10 your time, for fifteen minutes?", "commitment_ask", True),
    ("Could we chat on Monday at 4 for twenty minutes?", "commitment_ask", True),
    ("Could I speak with Dr. Amari?", "commitment_ask", False),
    ("Can I send you some information?", "discovery_question", False),
    ("Sure, can I call him?", "discovery_question", False),
    ("Would you like me to email over a short overview?", "discovery_question", False),
    ("Do you want me to leave my number?", "discovery_question", False),
    ("Can I ask who handles your payroll today?", "discovery_question", True),
    # a question asked as a statement, without a question mark
    ("I'm curious how your dispatchers cover a sick day.", "discovery_question", True),
    ("Tell me a bit about how you onboard new drivers.", "discovery_question", True),
    ("Walk me through your month-end close.", "discovery_question", True),
    ("Curious what you're using for payroll at the moment.", "discovery_question", True),
    ("I'd love to hear how your crew handles returns right now.", "discovery_question", True),
    ("Help me understand how orders reach your warehouse.", "discovery_question", True),
    ("I was wondering who manages the fleet contracts.", "discovery_question", True),
    ("I'm curious how your weekend went.", "discovery_question", False),
    ("I'd love to hear what you think of the proposal.", "discovery_question", False),
    ("I was wondering if you'd be free Thursday at 2.", "discovery_question", False),
    ("I was wondering if you have fifteen minutes on Tuesday.", "discovery_question", False),
    ("Let me walk you through our platform.", "discovery_question", False),
    ("I'd love to show you how we handle it.", "discovery_question", False),
    ("I know how busy you are.", "discovery_question", False),
    ("I wonder if you've been well.", "discovery_question", False),
    # small talk about the weather; a suggestion with a time is an ask
    ("How about this weather, huh?", "discovery_question", False),
    ("How about this weather, huh?", "small_talk", True),
    ("My suggestion is a short site visit next Monday at 9.", "commitment_ask", True),
    ("I'd recommend the annual plan.", "commitment_ask", False),
    # a gatekeeper asked for someone by a caller who gives a full name
    ("Hi Bea, Omar Haddad for Ms. Quist, please.", "introduction", True),
    ("Great, Sounds Good for Tuesday.", "introduction", False),
    ("Can I get your name?", "discovery_question", True),
    # 2. feature lists by structure, not vocabulary
    (
        "We have automatic material pricing, CAD import, nesting optimization, and a mobile app for the shop floor.",
        "feature_list",
        True,
    ),
    (
        "It comes with a steel housing, a five-year battery and two relay outputs.",
        "feature_list",
        True,
    ),
    ("You get a shared inbox, canned replies, plus a weekly digest.", "feature_list", True),
    (
        "Our kit includes a hand truck, a wall bracket as well as a spare gasket.",
        "feature_list",
        True,
    ),
    ("Trellis does route planning, proof of delivery and driver payouts.", "feature_list", True),
    (
        "For you that means no more lost slips, fewer late loads, and one bill.",
        "feature_list",
        False,
    ),
    ("You get fewer callbacks, faster quotes and happier customers.", "feature_list", False),
    ("We have offices in Austin, Denver and Boise.", "feature_list", False),
    ("We have Tuesday at 10, Wednesday at 2 or Thursday at 9 open.", "feature_list", False),
    ("We have worked with dentists, vets and opticians.", "feature_list", False),
    ("Do you have a scanner, a printer and a label maker?", "feature_list", False),
    # 3. honest "Name, Company" and variants
    ("Jordan Reyes, Frostline. I'm calling about your cold rooms.", "introduction", True),
    ("Sam Ortiz, Ledgerline, I'm calling about invoices.", "introduction", True),
    ("Hi, you've got Jordan.", "introduction", True),
    ("Jordan calling from Frostline.", "introduction", True),
    ("Morning, Jordan with Frostline.", "introduction", True),
    ("This is Granite Peak Staffing.", "introduction", False),
    ("Anders in your AP team suggested I call.", "introduction", False),
    ("Anders Lund, Frostline's controller, suggested I call.", "introduction", False),
    ("Maya Chen, Pinebrook, and Ravi Shah all use us.", "introduction", False),
    # 4. plain purpose statements
    ("It's about billing software for engineering firms.", "reason", True),
    ("It concerns the shuttle contract for your Reno site.", "reason", True),
    ("The reason I'm ringing is your permit renewal.", "reason", True),
    ("I saw that you opened a second depot, so I thought I'd call.", "reason", True),
    ("Which is why I'm calling you today.", "reason", True),
    ("It's about time we got going.", "reason", False),
    ("It's about two miles from here.", "reason", False),
    ("That's about it from me.", "reason", False),
    # 7. a bare time proposed or accepted is a concrete next step
    ("Thursday at 9.", "next_step", True),
    ("Friday at 2:30 works.", "next_step", True),
    ("Tuesday works for me.", "next_step", True),
    ("Great, Monday at ten it is.", "next_step", True),
    ("Thursday doesn't work for me.", "next_step", False),
    ("Monday was a mess for us.", "next_step", False),
    ("Can we get a demo on the calendar?", "next_step", False),
    ("Can we get a demo on the calendar?", "commitment_ask", True),
    # 9. outcomes for the prospect
    (
        "So your crew hears about a failing compressor hours before the product is at risk.",
        "benefit",
        True,
    ),
    ("It means you stop losing loads overnight.", "benefit", True),
    ("You'd save about six hours a week on invoicing.", "benefit", True),
    ("Which cuts the time your team spends on follow-ups.", "benefit", True),
    ("So you never chase a signature again.", "benefit", True),
    ("We help clinics cut no-shows by a third.", "benefit", True),
    ("We have a mobile app and a dashboard.", "benefit", False),
    ("So you know, I'm with Ledgerline.", "benefit", False),
    ("Would you save time with that?", "benefit", False),
    ("Yes.", "acknowledge", True),
    ("Fair enough.", "acknowledge", True),
    ("You're right, it is a sales call.", "acknowledge", True),
    ("Thank you, that helps.", "acknowledge", True),
    ("Ok.", "acknowledge", True),
    ("Right now we work with forty shops.", "acknowledge", False),
    ("This isn't a sales call.", "acknowledge", False),
    ("Is that right?", "acknowledge", False),
]


@pytest.mark.parametrize(("line", "signal", "fires"), PLAYTEST_TABLE)
def test_playtest_table(line: str, signal: str, fires: bool) -> None:
    assert (signal in signals(line)) is fires, signals(line)


@pytest.mark.parametrize(
    ("line", "what"),
    [
        ("May I tell him what it's about?", True),
        ("And this is in regards to?", True),
        ("What's the nature of your call?", True),
        ("What's this concerning?", True),
        ("Can I ask what it's in connection with?", True),
        ("Can I tell her what this is regarding?", True),
        ("What do you want to know?", False),
        ("What do you want to do here?", False),
        ("What do you want?", True),
        ("What's it about?", True),
    ],
)
def test_more_purpose_questions(line: str, what: bool) -> None:
    assert (asks_purpose(line) is not None) is what


def test_service_greeting_is_not_a_purpose_question_at_call_start() -> None:
    # Answering the phone with an invitation to speak is not asking what the call is about.
    assert asks_purpose("Harbor Dental, how can I help you?", opening=True) is None
    assert asks_purpose("Good morning, Harbor Dental, this is Rita, how can I help you?") is None
    assert asks_purpose("Thanks for calling Vale Print, what can I do for you?") is None
    # Once the caller has spoken, "what can I do for you?" asks what they want.
    assert asks_purpose("Oh, hi Ashley. What can I do for you?", opening=False) is not None
    assert asks_purpose("Oh, hi Ashley. What can I do for you?") is not None


def test_offering_something_back_is_not_a_purpose_question() -> None:
    # Thanks for a favour ("what can I do for you in return?") asks nothing about the call.
    assert asks_purpose("wow, thank you. what can I do for you in return?", opening=False) is None
    assert asks_purpose("how can i help you back", opening=False) is None
    assert asks_purpose("so what can I do for you?", opening=False) is not None


@pytest.mark.parametrize(
    ("previous", "line", "step"),
    [
        ("Call me Thursday at ten.", "Great, Thursday at ten it is.", True),
        ("Call me Thursday at ten.", "Perfect, I'll call then.", True),
        ("Try me tomorrow after lunch.", "Will do, talk then.", True),
        ("I'm free Friday at 2.", "Sounds good.", True),
        ("I can't do Thursday at ten.", "Perfect, I'll call then.", False),
        ("Call me Thursday at ten.", "Okay, bye.", False),
        ("We're closed.", "Perfect, I'll call then.", False),
    ],
)
def test_accepting_a_time_the_prospect_named_is_a_next_step(
    previous: str, line: str, step: bool
) -> None:
    assert ("next_step" in signals(line, previous=previous)) is step


# Own-wording rows for the generalisation rules (British/Indian/Australian phrasing, filler,
# lower-case speech-to-text, contractions): positives and near-misses.
GENERAL_TABLE = [  # (line, previous prospect line, signal, fires)
    ("Priya Nair.", "Sorry, who's this?", "introduction", True),
    ("oh it's Tom Okoro, from Fernway.", "and you are?", "introduction", True),
    (
        "Harbourline Landscaping, we do commercial grounds.",
        "Who's calling please?",
        "introduction",
        False,
    ),
    ("Mr. Adeyemi, Joanne Pike, Tallis Freight.", None, "introduction", True),
    ("hi its meera from loopwise", None, "introduction", True),
    ("um yeah sanjay here from bluefin", None, "introduction", True),
    ("hi this is northgate roofing", None, "introduction", False),
    ("This is Kestrel Bookkeeping calling about your payroll.", None, "introduction", False),
    ("Just wanted to ring and ask how the new depot is going.", None, "reason", True),
    (
        "Hi, Aoife Byrne at Quayside Print, following up on the brochure order form your office submitted.",
        None,
        "reason",
        True,
    ),
    ("I'll be following up on Thursday.", None, "reason", False),
    ("Really sorry to drag you away from the shop floor.", None, "apology", True),
    ("Apologies for jumping in on your lunch.", None, "apology", True),
    ("Sorry, I didn't catch that, could you repeat it?", None, "apology", False),
    ("So sorry to hear about the flooding.", None, "apology", False),
    ("Honestly this isn't a sales spiel.", None, "disclaimer", True),
    ("it's not some telemarketing call mate", None, "disclaimer", True),
    ("Our sales team covers the whole of Leeds.", None, "disclaimer", False),
    ("I'm responding to her enquiry from last month.", None, "misleading_claim", True),
    ("Just tell him it's an old mate from uni.", None, "misleading_claim", True),
    ("We work with a lot of firms like yours.", None, "misleading_claim", False),
    (
        "Our platform handles rostering, timesheets, leave requests and payroll exports.",
        None,
        "feature_list",
        True,
    ),
    (
        "Firstly, offline mode. Secondly, barcode scanning. Thirdly, a 12-hour battery.",
        None,
        "feature_list",
        True,
    ),
    (
        "Fleetwise gives you GPS tracking, fuel reports, tyre alerts and driver scores.",
        None,
        "feature_list",
        True,
    ),
    (
        "We'd bring a 4K projector, two wireless mics, a lectern and stage lighting.",
        None,
        "feature_list",
        True,
    ),
    ("We do a lot of work with schools, councils and hospitals.", None, "feature_list", False),
    ("First, how many sites do you run? Second, who signs off?", None, "feature_list", False),
    ("You'd get fewer no-shows, faster payments and happier staff.", None, "feature_list", False),
    ("It works out to roughly four hundred a year per licence.", None, "pricing", True),
    ("The licence costs about 300 a year per user.", None, "pricing", True),
    ("We charge twelve pounds a head.", None, "pricing", True),
    ("It's £29 a month.", None, "pricing", True),
    ("We ship about 400 a month to clinics.", None, "pricing", False),
    ("It runs 24 hours a day.", None, "pricing", False),
    ("Could my colleague pop in Friday at 11 to measure up?", None, "next_step", True),
    ("Booking you in for Wednesday at 2 then.", None, "next_step", True),
    ("Worth a quick call next Monday at 9?", None, "commitment_ask", True),
    ("Have you got ten minutes now?", None, "time_check", True),
    ("Have you got twenty minutes on Thursday at 3?", None, "commitment_ask", True),
    ("When's he normally in?", None, "routing", True),
    ("so how are you handling onboarding right now", None, "discovery_question", True),
    ("Keep us in mind if anything changes.", None, "next_step", False),
    ("Call me on +44 20 7946 0958.", None, "phone_number", True),
    ("My mobile is 0412 345 678.", None, "phone_number", True),
    ("Between 2019 2020 and 2021 we grew.", None, "phone_number", False),
]


@pytest.mark.parametrize(("line", "previous", "signal", "fires"), GENERAL_TABLE)
def test_general_signal_table(line: str, previous: str | None, signal: str, fires: bool) -> None:
    found = signals(line, previous=previous)
    assert (signal in found) is fires, found


@pytest.mark.parametrize(
    ("line", "who", "what"),
    [
        ("And your name?", True, False),
        ("Your name, please?", True, False),
        ("Can I get a name?", True, False),
        ("Who shall I say is calling?", True, False),
        ("Who's asking?", True, False),
        ("what's this concerning", False, True),
        ("and this is regarding", False, True),
        ("What about it?", False, False),
        ("What's the name of your software?", False, False),
    ],
)
def test_elliptical_who_and_what_questions(line: str, who: bool, what: bool) -> None:
    assert (asks_who(line) is not None) is who
    assert (asks_purpose(line) is not None) is what


def test_line_signals_cache_returns_a_copy() -> None:
    first = signals("Hi, this is Dana Ruiz from Acme.")
    first["introduction"] = "changed"
    assert signals("Hi, this is Dana Ruiz from Acme.")["introduction"] != "changed"


# Precision round 3: general categories, in wording invented for these tests.
ROUND3_TABLE = [
    # an offer of help (an introduction, an email) is a next step, not a commitment ask
    ("Shall I connect you with her by email this afternoon?", "commitment_ask", False),
    ("Shall I connect you with her by email this afternoon?", "next_step", True),
    ("Shall I connect you with her by email this afternoon?", "discovery_question", False),
    ("Want me to forward their details on Monday?", "commitment_ask", False),
    ("Can I send you a calendar invite for Tuesday at 3?", "commitment_ask", True),
    # asking a gatekeeper to make room in the boss's diary is a commitment ask
    ("Could you slot me into her calendar for a short demo on Tuesday?", "commitment_ask", True),
    ("Would you squeeze in half an hour with your director next week?", "commitment_ask", True),
    ("Could you put that in writing for me?", "commitment_ask", False),
    # asking whether someone is available is routing, also as the last clause
    ("Is Rosa about today?", "routing", True),
    ("Is Rosa about today?", "discovery_question", False),
    ("I was told to ring back today, is he in?", "routing", True),
    ("I was told to ring back today, is he in?", "commitment_ask", False),
    ("We cover your area too, is that something you worry about?", "discovery_question", True),
    # "keeping you busy" asks about their work, it is not "are you busy?"
    ("What's keeping your crew busy this quarter?", "discovery_question", True),
    ("What's keeping you busy these days?", "time_check", False),
    ("Are you busy right now?", "time_check", True),
    # a reason with an adverb after "calling"
    ("I'm calling simply to thank you for the referral.", "reason", True),
    ("I'm calling mainly about your renewal.", "reason", True),
    # speech-to-text next steps and offers framed as help
    ("ok ill send the forms over tomorrow", "next_step", True),
    ("ill ring you thursday at 4", "next_step", True),
    ("im feeling ill today sorry", "next_step", False),
    ("Would it be easier if we dropped the samples off Friday morning?", "next_step", True),
    ("Would it help if I explained how it works?", "next_step", False),
    # a lowercase company-only intro is not a personal name
    ("hi its bluepeak roofing here give us a call", "introduction", False),
    ("morning this is harbor dental calling", "introduction", False),
    ("hey its marco here from bluepeak roofing", "introduction", True),
    # a third party vouching for what the prospect wants; an existing account claimed
    ("Your bookkeeper Raj said you'd be keen to chat.", "misleading_claim", True),
    ("Priya mentioned you'd be expecting a call from us.", "misleading_claim", True),
    ("She said the weather was awful up there.", "misleading_claim", False),
    ("We currently handle the payroll for your Leeds branch.", "misleading_claim", True),
    ("We already run the IT for your sister company.", "misleading_claim", True),
    ("We already work with a few of your neighbours.", "misleading_claim", False),
    ("We currently look after clinics like yours.", "misleading_claim", False),
    # price without a currency word, and fees as a share of salary
    ("We could insure the lot for around twelve hundred a year.", "pricing", True),
    ("I can get you set up for 450 a month.", "pricing", True),
    ("We can do it for you on Friday.", "pricing", False),
    ("I can cover that for two hours on Tuesday.", "pricing", False),
    ("Our commission's just 8 percent.", "pricing", True),
    ("The fee is about 15 percent of base salary.", "pricing", True),
    ("Our retention is 95 percent of clients.", "pricing", False),
    # machine specifications are features
    ("It has a 40-foot boom, a 2,000 lb capacity and four-wheel drive.", "feature_list", True),
    (
        "These give you a twelve-speed gearbox, 300 horsepower, and a fifty gallon tank.",
        "feature_list",
        True,
    ),
    (
        "The site is forty miles out, the crew is six people and we start at 7.",
        "feature_list",
        False,
    ),
]


@pytest.mark.parametrize(("line", "signal", "fires"), ROUND3_TABLE)
def test_round3_table(line: str, signal: str, fires: bool) -> None:
    assert (signal in signals(line)) is fires


@pytest.mark.parametrize(
    ("line", "asks"),
    [
        ("What's a used one going for?", True),
        ("What are these selling for at the moment?", True),
        ("What does something like that go for?", True),
        ("We went for the cheaper option last time.", False),
    ],
)
def test_price_questions_in_other_words(line: str, asks: bool) -> None:
    assert (asks_price(line) is not None) is asks


@pytest.mark.parametrize(
    ("line", "specific"),
    [
        ("We met at the Rotary lunch last Tuesday.", True),
        ("you and I spoke at the Leeds Expo in May", True),
        ("We talked at Dana's barbecue two weeks ago.", True),
        ("We met at a conference a while back.", False),
        ("We spoke last week about your fleet.", False),
        ("We met at the trade show last month.", False),
        # a venue typed in lower case is still one to check
        ("we met at the brookfield last thursday", True),
        ("we met at the expo last thursday", False),
    ],
)
def test_shared_history_with_where_and_when_is_specific(line: str, specific: bool) -> None:
    claim = signals(line)["misleading_claim"]
    assert specific_history(line, claim) is specific


def test_yes_of_course_confirms_a_claim() -> None:
    assert claim_support(["Ha, yes, of course, hi Sam."]) == "confirmed"
    assert claim_support(["Of course, what's this about?"]) == "none"


# Round 4 (sealed2 gaps), own wording: intrusion apologies with an -ing verb, financing terms,
# company-only answers, whereabouts and scheduling questions, more who/what question forms.
ROUND4_TABLE = [
    ("Sorry for nabbing you on your way out of the plant.", None, "apology", True),
    ("My apologies for chasing you on a Friday afternoon.", None, "apology", True),
    ("I apologise for collaring you mid-shift, Ray.", None, "apology", True),
    ("Sorry for snagging you during your break.", None, "apology", True),
    ("Sorry for confusing you, I meant the east depot.", None, "apology", False),
    ("Sorry for mixing you up with your brother.", None, "apology", False),
    ("I'm sorry for giving you the wrong extension earlier.", None, "apology", False),
    ("Apologies for mispronouncing your name.", None, "apology", False),
    ("We can do 1.9 percent financing on approved credit.", None, "pricing", True),
    ("And you won't make a payment; no payments till March.", None, "pricing", True),
    ("Nothing down, and it's interest-free for a year.", None, "pricing", True),
    ("Your first payment isn't due until the harvest's in.", None, "pricing", True),
    ("Eighteen months same as cash on any install.", None, "pricing", True),
    ("We cut scrap by thirty percent down the line.", None, "pricing", False),
    ("How do your customers handle payments today?", None, "pricing", False),
    ("Let's sit down with your controller on Thursday.", None, "pricing", False),
    (
        "Birchwood Siding Pros, sir. We're on your block Monday.",
        "Who's calling?",
        "introduction",
        False,
    ),
    ("Northgate Pest Control, ma'am.", "Who is this?", "ignored_question", True),
    ("Kestrel Home Contractors, we've got a crew nearby.", "And you are?", "introduction", False),
    (
        "Hello Ines, Omar Haddad, with Blueline Staffing. Quick one for you.",
        None,
        "introduction",
        True,
    ),
    ("Priya Natarajan, ma'am, from Cobble Lane Roofing.", "Who is this?", "introduction", True),
    ("Is he over at the north plant today, or here?", None, "routing", True),
    ("Will she be in the office tomorrow?", None, "discovery_question", False),
    ("Is Mr. Ochoa back from lunch yet?", None, "discovery_question", False),
    ("Is she in charge of purchasing for both sites?", None, "discovery_question", True),
    ("Is Bettina still your plant manager?", None, "discovery_question", True),
    (
        "Would mornings or afternoons suit better for the install?",
        None,
        "discovery_question",
        False,
    ),
    ("What day should we bring the samples by?", None, "discovery_question", False),
    ("Which day of the week is busiest on your dock?", None, "discovery_question", True),
    ("Wednesday at 10, then?", None, "commitment_ask", True),
    ("Our fitter can come out Friday at 9. Does that suit you?", None, "commitment_ask", True),
    ("I'll post the catalogue Friday. Does that work for you?", None, "commitment_ask", False),
    (
        "Tell her it's a mate from the trade fair.",
        "Sure, who shall I tell her is on the line?",
        "ignored_question",
        True,
    ),
    (
        "Is your loading dock still on Mill Lane?",
        "Sorry, what's this call for?",
        "ignored_question",
        True,
    ),
    ("It's Omar Haddad, from Blueline.", "And who might you be?", "ignored_question", False),
]


@pytest.mark.parametrize(("line", "previous", "signal", "fires"), ROUND4_TABLE)
def test_round4_table(line: str, previous: str | None, signal: str, fires: bool) -> None:
    found = signals(line, previous=previous)
    assert (signal in found) is fires, found


@pytest.mark.parametrize(
    ("line", "who", "what"),
    [
        ("Okay, and what name should I give her?", True, False),
        ("Whom may I announce?", True, False),
        ("Who've I got on the line?", True, False),
        ("Who would you be replacing?", False, False),
        ("What's this in aid of?", False, True),
        ("And what would this be about?", False, True),
        ("Why do you need her?", False, True),
        ("What are you after?", False, True),
        ("What is this for, the east dock or the west?", False, False),
        ("What are you after in a supplier?", False, False),
        # who someone else is, not who is calling
        ("honestly no idea who that is. we buy from the co-op", False, False),
        ("sorry, who is that?", True, False),
        # (session 44, messy115) whom the caller wants, not who the caller is
        ("Lovely, thanks. Who is it you're after?", False, False),
        ("and who did you want to speak with?", False, False),
        ("sorry love, who are you after?", False, False),
        ("ok, and who are you, sorry?", True, False),
        # (session 49, seeds-pDV) the name asked for with a trailing pause, or said missing
        ("Sorry, and you are...?", True, False),
        ("I still didn't get your name.", True, False),
        ("sorry, I never caught your name", True, False),
        ("you are a lifesaver...?", False, False),
        # (session 57, messy149) the name asked for as a sentence of its own
        ("I'm asking who I'm talking to. Your name.", True, False),
        ("They changed the name.", False, False),
    ],
)
def test_round4_who_and_what_questions(line: str, who: bool, what: bool) -> None:
    assert (asks_who(line) is not None) is who
    assert (asks_purpose(line, opening=False) is not None) is what


# Names with hyphens, apostrophes and a prefix capital are people; a capital inside a brand
# is not, and a brand is never cut down to a first name ("ExpoCraft" is not "Expo").
@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Hi, it's Marisol Ybarra-Quinn with Redfern Roofing.", "Marisol Ybarra-Quinn"),
        ("Morning, Jean-Paul Okafor here, from Tidewater Freight.", "Jean-Paul Okafor"),
        ("This is Niamh O'Rourke at Castlebar Insurance.", "Niamh O'Rourke"),
        ("It's DeMarcus Hill with Lantern Payroll.", "DeMarcus Hill"),
        ("Hey, LaKeisha Grant from Brightpath here.", "LaKeisha Grant"),
        ("This is McAllister Reed with Sable Labs.", "McAllister Reed"),
        ("Hi, this is FleetGuard support calling.", None),
        ("Hello, it's PayWise calling about your account.", None),
        ("This is BrightPath Logistics.", None),
    ],
)
def test_names_with_hyphens_apostrophes_and_prefixes(line: str, name: str | None) -> None:
    assert rep_name(line) == name


@pytest.mark.parametrize(
    ("line", "fires"),
    [
        # offered, or a figure: a price term
        ("We could offer you a loyalty discount if you renew early.", True),
        ("You'd qualify for a rebate on the new boiler.", True),
        ("Nonprofits get a discounted rate on the annual plan.", True),
        ("There's a $400 rebate on each unit this quarter.", True),
        # only the topic: no price stated
        ("I'm calling about the energy rebate program in your county.", False),
        ("Following up on the discount question you emailed about.", False),
        ("Did the rebate paperwork ever come through?", False),
    ],
)
def test_a_discount_or_rebate_counts_when_offered_not_when_mentioned(
    line: str, fires: bool
) -> None:
    assert ("pricing" in signals(line)) is fires


@pytest.mark.parametrize(
    "line",
    [
        "Your plant manager asked me to get in touch with Mr. Obi about the forklift lease.",
        "Priya in accounts asked me to call Dr. Lund about the billing change.",
        "Your office manager told me to ring Ms. Vale regarding the shredding contract.",
    ],
)
def test_a_referral_with_a_titled_name_still_states_the_reason(line: str) -> None:
    assert "reason" in signals(line)


@pytest.mark.parametrize(
    ("reply", "support"),
    [
        ("Oh. Right. The open day, yes.", "confirmed"),
        ("Ah, yes. I remember the form.", "confirmed"),
        ("Oh yeah, that's right.", "confirmed"),
        ("Yes, that was me, I put my number down.", "confirmed"),
        ("Oh yeah? Who gave you that idea?", "none"),
        ("Oh, right... I never filled anything out.", "denied"),
    ],
)
def test_recognition_at_the_start_of_a_reply_confirms_a_claim(reply: str, support: str) -> None:
    assert claim_support([reply]) == support


CONTEXT_TABLE = [
    # (prospect's line, rep's line, signal, fires)
    ("Shall I see if she's free?", "yes please", "affirm", True),
    ("Shall I see if she's free?", "sure, go ahead", "affirm", True),
    ("Does Thursday at ten work?", "that works for me", "affirm", True),
    ("Want me to take a message?", "no thanks, I'll try later", "deny", True),
    ("Do you use a CRM?", "not really", "deny", True),
    ("Do you use a CRM?", "sure, but only for invoices and it's a mess", "affirm", False),
    ("We use spreadsheets.", "sure", "affirm", False),  # no question was asked
    ("Who is this?", "yes, this is Dana Ruiz from Acme, calling about your fleet", "affirm", False),
    (
        "Shall I tell her you'll call Tuesday?",
        "sure thing, I'll call then, thanks Joyce",
        "affirm",
        True,
    ),
    ("Would you like to leave a message?", "no, I'll try her again tomorrow, thanks", "deny", True),
    ("Who's calling?", "sure thing, I'll call then, thanks Joyce", "affirm", False),
    # an offer made without a question mark is taken like a yes/no question
    (
        "Ten on Monday would work, or eight on Tuesday. Your pick.",
        "done, see you then",
        "affirm",
        True,
    ),
    ("I could do Wednesday at four.", "deal", "affirm", True),
    ("I could do Wednesday at four.", "it's a date, thanks", "affirm", True),
    ("Up to you.", "let's go with the morning", "affirm", True),
    ("We moved offices in March.", "done", "affirm", False),  # nothing was offered
    # an alternative added as a question of its own ("? Or breakfast Friday?") leaves the
    # offer before it to answer; a plain "good" or "awesome" takes it
    (
        "Could you do 1:30 Thursday? Or breakfast Friday at eight?",
        "good. locked in.",
        "affirm",
        True,
    ),
    (
        "Could you do 1:30 Thursday? Or breakfast Friday at eight?",
        "awesome see u thu",
        "affirm",
        True,
    ),
    ("Who is it? Or what's it about?", "good, thanks", "affirm", False),
    ("Do you have a minute?", "good question, let me think", "affirm", False),
    ("I could do Wednesday at four.", "no, that won't work for me", "deny", True),
    # a day named when the prospect asked for one is the next step
    (
        "What day and time should I tell her?",
        "I'm around Monday morning, after standup.",
        "next_step",
        True,
    ),
    ("Give me a day and a time.", "I'm around Monday morning, after standup.", "next_step", True),
    ("We moved in March.", "I'm around Monday morning, after standup.", "next_step", False),
    ("Hello?", "when's a decent time for me to call you back?", "callback_offer", True),
    ("Hello?", "I can call you back in the morning, you pick the time", "callback_offer", True),
    ("Hello?", "when did you open the second shop?", "callback_offer", False),
    ("Hello?", "I'll send it back to you tomorrow", "callback_offer", False),
    ("Go on.", "what's a good time to follow up by phone", "callback_offer", True),
    # a favour asked is not a question about them; putting you through is routing
    ("Hello?", "Would you mind transferring me?", "routing", True),
    ("Hello?", "Would you mind transferring me?", "discovery_question", False),
    ("Hello?", "can you let desmond know I called?", "discovery_question", False),
    ("Hello?", "can you tell me how your crews schedule jobs today?", "discovery_question", True),
    # a meeting proposed without its verb
    ("Go on.", "20 min thursday at 2 to walk through it?", "next_step", True),
    ("Go on.", "quick call friday at 10am to see if it fits?", "commitment_ask", True),
    ("Go on.", "we did 20 minutes with a shop on friday at 10, it went well.", "next_step", False),
    ("Go on.", "how many minutes does a quote take you on monday mornings?", "next_step", False),
]


@pytest.mark.parametrize("previous, line, signal, fires", CONTEXT_TABLE)
def test_short_answers_and_call_back_offers_read_in_context(
    previous: str, line: str, signal: str, fires: bool
) -> None:
    assert (signal in signals(line, previous=previous)) is fires


def test_asking_when_to_call_back_is_not_a_discovery_question() -> None:
    found = signals("When's a better time for me to call you back?", previous="Hello?")
    assert "callback_offer" in found and "discovery_question" not in found


# Messy real-call text: fillers, crosstalk, run-ons, speech-to-text. Each row is a general
# rule checked on invented wording, with near-misses beside the hits.
MESSY_TABLE = [
    # owning up to a sales call is the opposite of the disclaimer, however it is typed
    ("I'll be honest, this is a sales call, we fix leaky roofs.", None, "disclaimer", False),
    ("look, yeah, its a sales call, but a short one", None, "disclaimer", False),
    ("ok so this is a slaes call, full disclosure", None, "disclaimer", False),
    ("this is nto a sales call, promise", None, "disclaimer", True),
    ("thsi isnt a slaes pitch", None, "disclaimer", True),
    ("I'll be honest, this is a sales call.", None, "acknowledge", True),
    # the denial itself denied is owning up too
    ("I'm not gonna pretend this isn't a sales call", None, "disclaimer", False),
    ("I won't say it's not a pitch, it is one", None, "disclaimer", False),
    ("ha, it's not NOT a sales call", None, "disclaimer", False),
    ("I can't say enough good things, and it's not a sales pitch", None, "disclaimer", True),
    ("I don't want to lie, this isn't a sales call", None, "disclaimer", True),
    # (session 25) "one of those" sales calls, nothing for sale
    ("relax, this isnt one of those pushy sales calls", None, "disclaimer", True),
    ("it was one of those sales calls where nobody listens", None, "disclaimer", False),
    ("no worries, nothings for sale here", None, "disclaimer", True),
    ("nothing is for sale yet, the unit lists in may", None, "disclaimer", False),
    # crosstalk: sorry for cutting in, and the floor handed back
    ("sorry, go ahead", None, "apology", False),
    ("oh sorry, you first", None, "apology", False),
    ("sorry, I interrupted you there, go on", None, "apology", False),
    ("oh sorry to cut in, you first", None, "apology", False),
    ("soory to interupt, go ahead", None, "apology", False),
    ("sorry to interrupt your afternoon, go ahead", None, "apology", True),
    ("sorry to interrupt, go ahead and grab a pen", None, "apology", True),
    ("sorry to interrupt, I'll be quick", None, "apology", True),
    # a reason without a lead-in: a trigger event the rep saw...
    ("hey Tomas, saw you guys just opened a depot in Fresno, congrats", None, "reason", True),
    ("I read that you recently moved the HQ to Denver.", None, "reason", True),
    ("your store just posted six cashier openings on Indeed", None, "reason", True),
    ("Your annual report says you're closing two plants.", None, "reason", True),
    ("heard you folks landed the county contract", None, "reason", True),
    ("I see you're busy, I'll be quick.", None, "reason", False),
    ("Nice to see you again.", None, "reason", False),
    ("I saw your email come through.", None, "reason", False),
    ("Sorry, I didn't hear you, the line cut out.", None, "reason", False),
    ("Did your team post the invoice already?", None, "reason", False),
    # ... or the prospect's likely problem followed by what we do
    ("Most clinics your size lose a day a week to it, and we fix that.", None, "reason", True),
    ("that usually means overtime is piling up, and we place night drivers", None, "reason", True),
    ("That's where audits usually go sideways, and that's what we handle.", None, "reason", True),
    ("That usually means overtime is piling up.", None, "reason", False),
    ("shops your size lose money quoting from memory", None, "reason", True),
    ("clinics like yours often end up eating the no-shows", None, "reason", True),
    ("shops your size are usually busy in spring", None, "reason", False),
    ("We help dentists cut no-shows.", None, "reason", False),
    # one subject for two verbs
    ("I'm in Leeds on the 9th and wanted to see if you're free for lunch.", None, "reason", True),
    ("She rang last week and wanted to know the price.", None, "reason", False),
    # more of the same, as people say it
    ("um so why I'm calling is your fleet renewal", None, "reason", True),
    ("congrats on the new store, that's actually why I'm calling", None, "reason", True),
    ("wanted to pick your brain about the Reno site", None, "reason", True),
    ("calling re your invoice from March", None, "reason", True),
    ("the thing is, your lease is up in June and we do renewals", None, "reason", True),
    ("quick one, your vans are due for inspection next month", None, "reason", True),
    ("look, your site went down twice last week", None, "reason", True),
    ("so I was on your site and you're hiring three drivers", None, "reason", True),
    ("noticed your reviews mention the wifi a lot", None, "reason", True),
    ("I saw you do catering now.", None, "reason", True),
    ("The reason is we use steel, it lasts longer.", None, "reason", False),
    ("Is your lease up in June?", None, "reason", False),
    ("Your call is up next.", None, "reason", False),
    ("You're opening a can of worms there.", None, "reason", False),
    ("Your team got hit hard, sorry to hear it.", None, "reason", False),
    ("She wanted to pick a date.", None, "reason", False),
    # calling "cause", typed
    ("its dana, calling cause your lease ends in june", None, "reason", True),
    # answering what it's about with what we do
    ("we place certified forklift operators", "And what's this about?", "reason", True),
    ("we place certified forklift operators", "And what's this about?", "ignored_question", False),
    # names in odd forms: after a dash, after a greeting and a dash, typed in lower case
    (
        "sure, this is for Ines - Tavi Okoro, Brightmoor. I'm calling about the lease.",
        None,
        "introduction",
        True,
    ),
    ("uh hi — jo vance, Pelican Print", "who's this?", "introduction", True),
    ("uh hi — jo vance, Pelican Print", "who's this?", "ignored_question", False),
    ("hey Dr Lutz, susan grady, Mapleway Billing, 555-201-3344.", None, "introduction", True),
    ("hi ms ortiz, Kenji Sato, Harbor Labs.", None, "introduction", True),
    ("hey Sam, lisa park, Routewise?", None, "introduction", False),
    ("so we spoke to maria lopez, Acme, and she said it's fine.", None, "introduction", False),
    ("sure, will do, Thanks!", None, "introduction", False),
    ("hi, it's for Ines - the Brightmoor account, Thanks.", None, "introduction", False),
    # trial terms said as free months or visits
    ("and your first two months are free", None, "pricing", True),
    ("you get three months free if you sign by Friday", None, "pricing", True),
    ("the first few visits are on us", None, "pricing", True),
    ("I've got two weeks free in March.", None, "pricing", False),
    ("we're doing free in-home air testing on your street", None, "pricing", True),
    ("Are you free Thursday for a demo?", None, "pricing", False),
    ("Feel free to test it out.", None, "pricing", False),
    # a referrer set off by commas
    ("Your CFO, Ada Brandt, told me to get in touch with you.", None, "misleading_claim", True),
    ("No worries, told me to call back later.", None, "misleading_claim", False),
    ("I'm free for the first two weeks of May.", None, "pricing", False),
    # a price named as the answer to the prospect's own question
    ("you asked what it costs: $35 a seat", None, "price_answer", True),
    ("since you asked, it runs about 300 a month", None, "price_answer", True),
    ("to answer your pricing question, it's $12 per user", None, "price_answer", True),
    ("it's $40 a seat, and you asked about onboarding too", None, "price_answer", False),
    ("you asked what it costs, I'll send the sheet", None, "price_answer", False),
    # asking when a meeting could happen is scheduling, not discovery
    ("ok so when could we do that?", None, "discovery_question", False),
    ("when are you free next week", None, "discovery_question", False),
    ("when would you like to start the trial?", None, "discovery_question", False),
    ("when do you usually restock?", None, "discovery_question", True),
    ("when do you meet with suppliers?", None, "discovery_question", True),
    ("we should get you a demo. when could we do that?", None, "commitment_ask", True),
    ("I'll email the brochure. when could we do that?", None, "commitment_ask", False),
    # copying someone in, and a delivery promised to someone else, with a time or a thing
    ("sure, I'll copy you on the one-page summary", None, "next_step", True),
    ("I'll cc her on the proposal", None, "next_step", True),
    ("thanks, Priya will have it by 4 today", None, "next_step", True),
    ("she'll get the quote by Friday", None, "next_step", True),
    ("I'll copy that down.", None, "next_step", False),
    ("Priya will have it.", None, "next_step", False),
    ("Prices will get higher next year.", None, "next_step", False),
    # a line typed in lower case stays one when repair writes "i" as "I"
    ("hey its kirra from anchorline, i wanted to ask about freight", None, "introduction", True),
    ("its mostly with our Denver team, i think", None, "introduction", False),
    # a line that starts in lower case is casual even if a word or two got a capital
    ("hi Siobhan its declan Ward calling from Meridian Events", None, "introduction", True),
    ("hey, it's mostly with Acme these days", None, "introduction", False),
    ("hey, it's Dana from Acme", None, "introduction", True),
    ("I'm mostly with Acme these days.", None, "introduction", False),
    ("hi desmond, imogen walsh here from keystone lifts", None, "introduction", True),
    ("ok, thanks all here at the clinic", None, "introduction", False),
    # speech-to-text "ill" for "I'll", and shipping, posting or delivering something
    ("ok thanks. ill try her again at 2", None, "next_step", True),
    ("ill leave him a message and send the bid form today", None, "next_step", True),
    ("I'll post him our rate guide this week.", None, "next_step", True),
    ("we'll deliver the samples Friday", None, "next_step", True),
    ("he's ill at home today", None, "next_step", False),
    ("I'll post on LinkedIn about it.", None, "next_step", False),
    # a proof, draft or mock-up sent is something specific
    ("ill mail you a proof of the new listing by the fifteenth", None, "next_step", True),
    ("I'll email the draft layout over tonight.", None, "next_step", True),
    ("the proof is in the pudding", None, "next_step", False),
    # a pretext with the apostrophe dropped; a connection request is no pretext
    (
        "hi, im returning ms anands call from yesterday, is she around",
        None,
        "misleading_claim",
        True,
    ),
    ("just returning daves message from this morning", None, "misleading_claim", True),
    ("we keep returning customers calls within the hour", None, "misleading_claim", False),
    (
        "im calling because you sent me a connect request on linkedin",
        None,
        "misleading_claim",
        False,
    ),
    ("following up on the quote you sent me", None, "misleading_claim", True),
    # specifications and capabilities listed as clauses, in any words
    (
        "so the unit is, its solar powered, dual probes at two depths, cellular radio, and itll auto start your pumps",
        None,
        "feature_list",
        True,
    ),
    (
        "our mats have an antimicrobial backing, a perforated base, and a cooling layer that runs ten degrees lower",
        None,
        "feature_list",
        True,
    ),
    (
        "our system is lidar, it sees out to two kilometers, it sorts traffic with a neural net, and it pushes alerts to your phone",
        None,
        "feature_list",
        True,
    ),
    (
        "our office is two miles from yours, we have parking and it's ten degrees warmer",
        None,
        "feature_list",
        False,
    ),
    ("the radio said it was twenty degrees and sunny, so we went out", None, "feature_list", False),
    # a bare sum of money on the job
    ("and its four twenty a square foot installed this month", None, "pricing", True),
    ("honestly the whole job runs about 18 thousand", None, "pricing", True),
    ("the unit is like 1400 installed", None, "pricing", True),
    ("you'd be looking at 2,500 for the whole roof", None, "pricing", True),
    ("thats 3 installed so far", None, "pricing", False),
    ("our fleet runs about 1200 vehicles", None, "pricing", False),
    ("the line runs about 18 thousand feet", None, "pricing", False),
    ("the building is 4000 square feet", None, "pricing", False),
    # what other people do, passed along, asks nothing
    ("i just like to pass along whats working for other owners", None, "discovery_question", False),
    ("happy to walk you through how other shops handle it", None, "discovery_question", False),
    ("tell me, how do you handle it now", None, "discovery_question", True),
    # our shared past with a rising voice checks they remember; it asks nothing about them
    (
        "dario kettleborough, we met at the chamber mixer at the old depot?",
        None,
        "discovery_question",
        False,
    ),
    ("its ottilie, from the landscape conference in march?", None, "discovery_question", False),
    ("its ottilie, from the landscape conference in march?", None, "commitment_ask", False),
    ("we met at the expo, did you end up hiring a dispatcher?", None, "discovery_question", True),
    ("at the usual place at noon?", None, "commitment_ask", True),
    # asking, said as why we call
    (
        "im in town thursday and im calling to see if youre free for lunch",
        None,
        "commitment_ask",
        True,
    ),
    ("I'll see if you're in the directory", None, "commitment_ask", False),
    ("could you and I take half an hour next thursday at 11", None, "commitment_ask", True),
    # the choice handed over in other words
    ("if that doesn't suit, just tell me what does", None, "callback_offer", True),
    ("tell me what works for you", None, "callback_offer", True),
    ("tell me what you do there", None, "callback_offer", False),
    # giving them their time back ("I won't keep you" often comes before a callback offer)
    ("I hope today is a lovely one, and I won't take any more of it.", None, "goodbye", True),
    ("ok, I'll let you get back to your day", None, "goodbye", True),
    ("I can hear it's late, so I won't keep you.", None, "goodbye", False),
    # the work a firm does is no spec sheet; a product's features are
    (
        "thats the exact stuff we do for bakeries, books payroll sales tax",
        None,
        "feature_list",
        False,
    ),
    ("we handle payroll, HR and benefits for shops your size", None, "feature_list", False),
    ("we do live dashboards, gps tracking and text alerts", None, "feature_list", True),
    # a records call says why in the work it names
    ("hi its ana at halyard, im verifying old contacts in our database", None, "reason", True),
    ("im cleaning up trade show listings before spring", None, "reason", True),
    # checking facts on file, asking which address to keep
    ("we have mark as your marketing manager. is that still accurate?", None, "record_check", True),
    ("is priya still running events there", None, "record_check", True),
    ("is it still raining there", None, "record_check", False),
    ("is that still a problem for you", None, "record_check", False),
    ("and which email address should I have on file for her?", None, "contact_details", True),
    # asking them for introductions is a favour, not a question about them
    (
        "you must have lots of restaurant clients, can you intro me to a few",
        None,
        "referral_ask",
        True,
    ),
    (
        "you must have lots of restaurant clients, can you intro me to a few",
        None,
        "discovery_question",
        False,
    ),
    ("maybe you could send some clients my way", None, "referral_ask", True),
    ("do you know anyone who needs a bookkeeper", None, "referral_ask", True),
    ("would you like me to introduce you to her", None, "referral_ask", False),
    ("can you put me through to him", None, "referral_ask", False),
    # asking to be rung back, not offering to ring
    (
        "its nothing urgent, just ring me at 555-0142 when you get a chance",
        None,
        "callback_request",
        True,
    ),
    ("or have your manager call me", None, "callback_request", True),
    ("no need to call me back", None, "callback_request", False),
    ("I'll call you back tomorrow", None, "callback_request", False),
    ("call me crazy, but I think it fits", None, "callback_request", False),
    # a contract up for renewal asks nothing; a person up for a coffee is asked
    ("im calling cause your policy comes up for renewal in june", None, "commitment_ask", False),
    ("are you up for a coffee thursday at 8", None, "commitment_ask", True),
    # a proposal said as a fragment, typed without its "?"
    (
        "im in your area on the 18th; coffee at hartleys at 8:30 my treat",
        None,
        "commitment_ask",
        True,
    ),
    ("coffee on friday was great", None, "commitment_ask", False),
    ("fair. wahts your biggest headache right now", None, "discovery_question", True),
    # introductions offered in other words
    ("one of my clients needs cover. want me to connect you two?", None, "intro_offer", True),
    ("I can connect you with her next week", None, "intro_offer", True),
    ("so I'd be glad to introduce you to one who fits that", None, "intro_offer", True),
    ("just email me back w what u need", None, "callback_request", True),
    # what our product does for them, with a figure
    (
        "our audit software typically recovers 3 to 5 percent of freight spend",
        None,
        "benefit",
        True,
    ),
    ("our team usually meets on mondays", None, "benefit", False),
    # the choice of time handed over
    ("what time works best for u that day, im flexible", None, "callback_offer", True),
    ("name a morning that works and I'll come to you", None, "callback_offer", True),
    # an ask wondered aloud; a no made easy
    ("I wondered if a 20-minute call might be useful", None, "commitment_ask", True),
    ("I wonder if you've tried the new app", None, "commitment_ask", False),
    ("It's easy to say no, no harm done.", None, "easy_out", True),
    # the g dropped, as said; "just" before "wanted"
    ("im callin about your open enrollment in october", None, "reason", True),
    (
        "i just wanted to see if we could get a quick demo on the calendar this week",
        None,
        "commitment_ask",
        True,
    ),
    ("could we set up 30 min, you and me", None, "commitment_ask", True),
    # an old friendship claimed; a rule named after a query is no pretext
    ("your head of engineering and i go way back", None, "misleading_claim", True),
    ("im calling about the clearinghouse query rules", None, "misleading_claim", False),
    ("im calling about the query you sent us", None, "misleading_claim", True),
    # who we were there, asked with a rising voice
    ("you know, the guy going on about the ferry schedule?", None, "discovery_question", False),
    ("you know, the guy going on about the ferry schedule?", None, "commitment_ask", False),
    ("how ya doing, you good?", None, "discovery_question", False),
    # a name with a role where they work; a detail asked for after the name
    ("sorry to call out of the blue, im raj mehta, ceo at tillwise", None, "introduction", True),
    ("im really sorry, ceo at tillwise", None, "introduction", False),
    ("and best email for them, i have mark@corvid.com", None, "contact_details", True),
    ("and email for them", None, "contact_details", True),
    ("ok so who shud i have down for trade shows now", None, "right_person", True),
    # the choice of time handed over
    (
        "whatever works for you, lunch or coffee. what time of day is easiest?",
        None,
        "callback_offer",
        True,
    ),
    ("want me to intro u by email this wk", None, "intro_offer", True),
    # why we call, after an aside
    (
        "i wanted to call instead of just clicking accept, and learn what you do",
        None,
        "reason",
        True,
    ),
    # a product and what it comes with; a clause or two around the list
    (
        "its a donor crm with automated receipts, peer to peer fundraising pages, wealth screening, and it syncs with quickbooks",
        None,
        "feature_list",
        True,
    ),
    (
        "it does snapshots every 15 minutes, 256 bit encryption, offsite replication, and a one click restore for the whole system, plus it plugs into your network",
        None,
        "feature_list",
        True,
    ),
    ("its a family business with three kids, two dogs and a cat", None, "feature_list", False),
    # a product named in lower case after a lead-in lists features; a person's work does not;
    # a record read back with its email is no spec sheet
    (
        "so um mapleleaf handles invoicing, automated payment reminders, bank syncing, and receipt capture",
        None,
        "feature_list",
        True,
    ),
    ("ok so priya runs the front desk, the ordering and the schedule", None, "feature_list", False),
    (
        "our file has jun park, facilities lead, jun.park@example.com, from the spring expo",
        None,
        "feature_list",
        False,
    ),
    # a call back offered and its time named in one turn; a time echoed back to agree
    ("want me to ring you back later, say tuesday at 11", None, "next_step", True),
    ("ok noted, friday at 9", "friday at 9 works for me", "next_step", True),
    # a question that is only a time offers a slot; a time describing a habit asks nothing
    ("we could grab a coffee thursday. maybe 10?", None, "discovery_question", False),
    (
        "are you still doing the 6am bake on saturdays or did you hire help",
        None,
        "commitment_ask",
        False,
    ),
    (
        "im calling to see if i could grab 15 minutes with you friday at 3",
        None,
        "commitment_ask",
        True,
    ),
    ("just tidying up our client file, is ray still your buyer", None, "reason", True),
    # a rate said plainly is a price; a small count per week is not
    ("its 85 a month per truck", None, "pricing", True),
    ("we lose about 4 a week to no-shows", None, "pricing", False),
    # handing them the choice of time
    ("is there a day next week that works for a quick coffee", None, "callback_offer", True),
    ("whatever works for you, im flexible", None, "callback_offer", True),
    ("I can work around your calendar", None, "callback_offer", True),
    # parting wishes
    ("have the best weekend, bye now", None, "discovery_question", False),
    ("give my best to your dad", None, "goodbye", True),
    # selling, however lightly
    ("maybe i could put together a proposal for the new site", None, "sales_offer", True),
    ("whats your budget for signage this year", None, "sales_offer", True),
    ("im running a spring special on window cleaning", None, "sales_offer", True),
    ("how was the trip to denver", None, "sales_offer", False),
    ("I could send you the article I mentioned", None, "sales_offer", False),
    # a trade of contacts asked for is a favour, not discovery
    ("hey how about we trade leads now and then", None, "referral_ask", True),
    ("hey how about we trade leads now and then", None, "discovery_question", False),
    ("could you pass my name along if it comes up", None, "referral_ask", True),
    # the details asked for as a list
    ("can i get her name and number so i have it right", None, "contact_details", True),
    # the time handed over in a question of its own
    ("could we pick it up next week? what works best for you", None, "callback_offer", True),
    ("could we pick it up next week? what works best for you", None, "discovery_question", False),
    # a full name on its own after addressing them
    ("Dana. Lee Marsh. Long time.", None, "introduction", True),
    ("Thanks. Lee Marsh is still there?", None, "introduction", False),
    # a price from a starting rate said in words; what we sell named; a purchase suggested
    ("plans starting at one forty-nine a month", None, "pricing", True),
    ("we offer window cleaning, gutter clearing and pressure washing", None, "sales_offer", True),
    ("have you thought about switching to a cloud system", None, "sales_offer", True),
    ("have you thought about what you want for dinner", None, "sales_offer", False),
    # a no made easy in words; the time handed over with a plural verb
    ("and if the answer is not right now, that's totally fine", None, "easy_out", True),
    ("what day and time work for you next week", None, "callback_offer", True),
    # greeted, addressed, then "this is" and a first name typed on without a pause
    ("hey sam this is maria from the chamber", None, "introduction", True),
    ("hey sam this is granite peak staffing calling about temps", None, "introduction", False),
    # already working with their company is a claim to check; with other firms it is not; a
    # negated expectation, a discount for a friend's friends, a LinkedIn request claim nothing
    (
        "so we're actually already doing the deliveries for your other shop",
        None,
        "misleading_claim",
        True,
    ),
    ("we're already working with a bunch of shops like yours", None, "misleading_claim", False),
    ("yes it's a sales call, he's not expecting me", None, "misleading_claim", False),
    ("and for friends of dana I take ten percent off", None, "misleading_claim", False),
    ("you sent me a linkedin request so I thought I'd call", None, "misleading_claim", False),
    ("hi, I'm returning paul ortegas call", None, "misleading_claim", True),
    # a product list after "theyve got"; a price and a trial are not features
    (
        "theyve got heated trays, a timer, removable lids and a carry case",
        None,
        "feature_list",
        True,
    ),
    (
        "so it does the online ordering, honestly its a steal, a free trial and then its 30 a month",
        None,
        "feature_list",
        False,
    ),
    # a clock time with a filler after "at"; the time handed over as a request
    ("or we can grab a coffee at like 4 thursday", None, "set_time", True),
    ("if that's tight, give me a time that works", None, "callback_offer", True),
    # "what's" opening the question inside a statement; the time handed over; a parting wish
    ("but I'd like to hear what's actually on your plate first", None, "discovery_question", True),
    ("whatever day and time suits you next week", None, "callback_offer", True),
    ("ok I won't keep you, have an amazing day", None, "goodbye", True),
    # how we met, told with where or when to check it
    ("Jo Park introduced us at the Harbor mixer last spring", None, "met_context", True),
    ("we chatted at the Lakeside expo in March", None, "met_context", True),
    ("we spoke a while back", None, "met_context", False),
    # having met, said without "met"
    ("we traded cards at the spring mixer", None, "misleading_claim", True),
    # a connection request named as such is public courtesy, not a pretext
    (
        "we just connected on linkedin, you sent me the invite so I thought I'd call",
        None,
        "misleading_claim",
        False,
    ),
    # a name given after a stammer, a nickname before the full name, a lower-case address
    ("oh-- Pat Quinn. Harbor Supply", "and your name?", "introduction", True),
    ("hey this is bo, robert king, from king roofing over in dayton", None, "introduction", True),
    ("anil, maria lopez, head of ops at fieldline.", None, "introduction", True),
    # pleasantries and the weather between commas are small talk, not discovery
    (
        "Lou, how are ya, brutal heat today huh, you staying cool?",
        None,
        "discovery_question",
        False,
    ),
    ("how are ya keeping these days", None, "small_talk", True),
    # a licence fee is a price; an offer with its time is a next step
    ("we license it at 90k a year", None, "pricing", True),
    (
        "would it be weird if I emailed you a short rundown and rang you monday at 2",
        None,
        "next_step",
        True,
    ),
    (
        "the houses on your street were built in the seventies and still have the original insulation, which means the furnace runs harder",
        None,
        "feature_list",
        False,
    ),
    # a clock time typed without its colon, or said with o'clock; "I was thinking" proposes
    ("i was thinking 1030 if that suits", None, "set_time", True),
    ("would 3 oclock work for you", None, "set_time", True),
    ("we ship 1200 crates a week", None, "set_time", False),
    ("we were hoping for wednesday morning", None, "set_time", True),
    ("we had a leak last wednesday morning", None, "set_time", False),
    # the choice handed over; "no call back needed" offers nothing
    ("breakfast or a late coffee, what would be easiest for you", None, "callback_offer", True),
    ("anyway, no call back needed, just saying hi", None, "callback_offer", False),
    # having met, told with what we did and where
    (
        "we chatted over drinks after the keynote at the Harbor Summit on tuesday",
        None,
        "met_context",
        True,
    ),
    (
        "we grabbed a coffee in the break at the dental expo last month",
        None,
        "misleading_claim",
        True,
    ),
    # product news and its pressure sell; someone else's launch does not
    (
        "we just rolled out a new scheduling module and you could be one of the first to try it",
        None,
        "sales_offer",
        True,
    ),
    ("only two beta spots left this quarter", None, "sales_offer", True),
    ("congrats, i saw you just launched a new spring menu", None, "sales_offer", False),
    # a greeting with a title and a name, then "how are you", is small talk
    ("Good morning Dr. Osei, how are you today?", None, "discovery_question", False),
    ("Good morning Dr. Osei, how are you today?", None, "small_talk", True),
    # a result promised for their business, their things said to need work, a deck brought
    ("honestly I reckon we could shave a day off your month-end close", None, "sales_offer", True),
    ("your loading docks could really use an overhaul", None, "sales_offer", True),
    ("lunch friday? I'll bring some samples", None, "sales_offer", True),
    ("I'll bring my appetite", None, "sales_offer", False),
    # a records call's reason put as a need; someone still there is a record check
    (
        "quick admin thing, I need to confirm the contact we have for your buying team",
        None,
        "reason",
        True,
    ),
    ("I need to check my notes", None, "reason", False),
    ("and is priya still around or did she move on", None, "record_check", True),
    # what their ideal introduction looks like, its examples after it, asks about them
    (
        "what does a good intro look like for you, an email, a call, a coffee",
        None,
        "commitment_ask",
        False,
    ),
    ("how about a coffee, or lunch", None, "commitment_ask", True),
    # the choice of time handed over at the end
    ("let's find 20 minutes next week, you pick", None, "callback_offer", True),
    # a vendor's pitch line, and one's own services walked through
    ("honestly we are the leading scheduling platform in the industry", None, "sales_offer", True),
    ("we are the best team in the league", None, "sales_offer", False),
    ("over lunch I can walk you through my staffing services", None, "sales_offer", True),
    # a filler between commas inside the introduction
    ("hey ana, its, um, theo park over at brightline", None, "introduction", True),
    # thousands said as "grand"; money made or saved is an outcome, not a price
    ("for your two sites its about 9 grand a year", None, "pricing", True),
    ("the last school we worked with raised like six thousand dollars", None, "pricing", False),
    # a greeting and a name between the pleasantries, and a time check with a filler
    (
        "hey marta, jon reyes from fieldwise, how you doing today?",
        None,
        "discovery_question",
        False,
    ),
    ("sorry, do you have like five minutes", None, "discovery_question", False),
    # a request with a tag asks nothing about them
    ("if anything changes, give us a shout, ok?", None, "discovery_question", False),
    ("walk me through your month end, ok?", None, "discovery_question", True),
    # a name that is also a word, with its surname; a nickname, then the name; a dash pause
    ("hey dana, this is will oduya from harborline", None, "introduction", True),
    ("morning! its april, april nakamura, from the co-op", None, "introduction", True),
    ("hey its nate, nathan cole, from ridgeback roofing", None, "introduction", True),
    ("hi ben, its priya -- priya shah, from canopy", None, "introduction", True),
    ("this is may be a bad time", None, "introduction", False),
    # someone else's news, their own plans, and a records call's compound question
    ("you spoke about hiring on that podcast last month", None, "misleading_claim", False),
    ("anything fun planned for the weekend?", None, "commitment_ask", False),
    ("and whats their title and email", None, "contact_details", True),
    # "I called to say...", the easy "no" put another way
    ("i just called to say congrats on the new store", None, "reason", True),
    ("feel free to tell me its not for you", None, "easy_out", True),
    # a promised gain and a proposal shown
    ("i bet we could get you 10 percent more covers on weeknights", None, "sales_offer", True),
    ("over coffee I'll show you a quote", None, "sales_offer", True),
    # a contract of theirs coming up is a reason; asking leave to name a referral claims nothing
    ("so your janitorial contract with the city runs out in may", None, "reason", True),
    ("ok if I tell him you pointed me his way?", None, "misleading_claim", False),
    # a day already past is no proposal; "any chance you're free" asks, even without "?"
    ("hey its lena from corbel, we met at the expo on tuesday", None, "commitment_ask", False),
    ("we spoke last month, could we talk on friday at 10?", None, "commitment_ask", True),
    ("any chance youre free for a coffee wednesday", None, "commitment_ask", True),
    # what a referrer said about them is no ask, but a claim to check; "ill close out" is "I'll"
    ("tom said you might be up for a quick chat", None, "commitment_ask", False),
    ("jo said you were thinking of switching suppliers", None, "misleading_claim", True),
    ("ill close out the old record and email you the updated entry today", None, "next_step", True),
    # a connection request named as "a connect" is public courtesy too
    ("calling cause you sent me a linkedin connect last week", None, "misleading_claim", False),
    # a question said as a statement, its "are" dropped, typed without its "?"
    (
        "sorry to catch you mid-shift -- you guys still running the night route",
        None,
        "discovery_question",
        True,
    ),
    ("ok you still owe me that coffee", None, "discovery_question", False),
    # "names X Y" with its "my" dropped; "is that we work with" and "I don't want to" ask
    # for nothing
    ("hey rita, names omar haddad with lumen signs", None, "introduction", True),
    ("the reason is that we work with clinics that find that fits", None, "commitment_ask", False),
    (
        "i dont want to assume, but is friday at 2 free for a short call",
        None,
        "commitment_ask",
        True,
    ),
    ("I don't want to take a meeting on your calendar for nothing", None, "commitment_ask", False),
    # "..., does that happen much" asks about them, typed without its "?"; "it did that" does
    # not
    (
        "calling bc your compressor keeps tripping at night im guessing, does that happen much",
        None,
        "discovery_question",
        True,
    ),
    ("the old unit did that too, so we swapped it", None, "discovery_question", False),
    # a no asked for outright makes it easy to say; a yes asked for does not
    ("if now isnt a good time just say so", None, "easy_out", True),
    ("if this isn't a fit for you, tell me and I'll drop it", None, "easy_out", True),
    ("honestly you wont hurt my feelings", None, "easy_out", True),
    ("if now is a good time, let me know", None, "easy_out", False),
    ("if it's the right time for you, just say so", None, "easy_out", False),
    # "would it help" asks for the thing it names; "does it help" asks about them
    ("would it help to grab a short call thursday at 3", None, "commitment_ask", True),
    ("does it help your drivers when the route changes", None, "commitment_ask", False),
    # talking about it later, asked for with no time: an ask, not a question about them
    ("would you be open to talking about it some time", None, "commitment_ask", True),
    ("would you be open to talking about it some time", None, "discovery_question", False),
    ("what were you talking about at the panel", None, "commitment_ask", False),
    # the gain for both sides is why we call
    ("i figure a shared booking page could be good for both of us", None, "reason", True),
    ("this might work well for both our companies", None, "reason", True),
    ("is that good for both of you", None, "reason", False),
    # a favour asked of them asks nothing about them; being told how they work does
    ("could you also bring your ops lead along", None, "discovery_question", False),
    ("can you loop in whoever does scheduling", None, "discovery_question", False),
    ("could you bring me up to speed on how you do it today", None, "discovery_question", True),
    # a proposal or pricing sent ahead sells; a talk's slides sent on do not
    ("i'll send over a formal proposal before we meet", None, "sales_offer", True),
    ("let me email you our price list", None, "sales_offer", True),
    ("I'll send you the slides from the panel", None, "sales_offer", False),
    # the time thanked for, closing the line, signs off; the same thanks opening a line
    # that goes on does not
    ("okay, thanks for your time, Priya.", None, "goodbye", True),
    ("ok thanks for your time today really appreciate it", None, "goodbye", True),
    ("thanks for your time. what's the biggest headache this quarter?", None, "goodbye", False),
    ("thanks for your time, I know Mondays are busy", None, "goodbye", False),
    # a short form of a first name, typed in lower case, still names the caller
    ("hey tomas its steph ruiz, we were on the same project", None, "introduction", True),
    # what is on file, asked after: does it still serve?
    ("we have ana lopez down, does that still reach the right person", None, "record_check", True),
    ("does that still seem like a problem for your crew", None, "record_check", False),
    ("ok, who should I put down instead", None, "right_person", True),
    # a list whose last item is a clause with its subject dropped is no spec sheet
    (
        "we have a contact for baker tool and die and want to check it's current",
        None,
        "feature_list",
        False,
    ),
    # what they said in public, told back, is a reason; an echo of this call is not
    ("read that cutting churn is your main priority this year", None, "reason", True),
    ("saw you said on a podcast that hiring is the hard part", None, "reason", True),
    ("you said in the webinar that onboarding takes weeks", None, "reason", True),
    ("ok you said earlier you're busy", None, "reason", False),
    # how they think about their own business is a question about them; what they think of
    # ours is not
    (
        "im curious how you think about scheduling across the sites",
        None,
        "discovery_question",
        True,
    ),
    ("I'm curious what you think about our app", None, "discovery_question", False),
    # parting words without "bye"
    ("tell your crew I said hi, and enjoy every bit of today", None, "goodbye", True),
    ("tell them I said no", None, "goodbye", False),
    ("sounds good. let's stay in touch, thanks again", None, "goodbye", True),
    ("It's Laura from Brightline. Thanks for taking my call.", None, "goodbye", False),
    # a monthly price said in words
    ("honestly its three hundred and forty a month, all in", None, "pricing", True),
    ("it's two ninety-nine a month per location", None, "pricing", True),
    ("it's two a month, the site visits", None, "pricing", False),
    # today's day, sighed, proposes no time to echo back
    ("ha, yeah, fridays.", "ugh. it's friday.", "next_step", False),
    ("great, friday at 4 then", "friday at 4 works.", "next_step", True),
    # where we know each other from, asked back through fillers, asks nothing about them
    ("oh, um, maybe from the, uh, the growers expo?", None, "discovery_question", False),
    # a weekday in the plural is a habit, not a slot
    ("hi ana, its joe, rita said you two swim on tuesdays?", None, "commitment_ask", False),
    ("coffee on thursday?", None, "commitment_ask", True),
    # a decimal is no clock time
    ("your rating sits at like 3.8 on google", None, "set_time", False),
    ("see you at 3.30 then", None, "set_time", True),
    # commercial terms, and the buyer asked along, sell
    ("we just need your sign-off and a reseller agreement", None, "sales_offer", True),
    ("could you also bring whoever approves purchasing", None, "sales_offer", True),
    ("bring your partner along if you like", None, "sales_offer", False),
    # parting words: "later" alone, a wish said again
    ("ok, send me the dates when you have them. later, sam.", None, "goodbye", True),
    ("we can sort it out later", None, "goodbye", False),
    ("anyway, think it over, congrats again", None, "goodbye", True),
    ("could you say that again", None, "goodbye", False),
    # a swap typed in an everyday word, or in a word a rule looks ahead to, is mended first
    ("hey tom, my nmaes ola berg from fernway", None, "introduction", True),
    ("hi, its ines duarte calilng from brightmoor", None, "introduction", True),
    ("im calling casue your permit renewal is due in may", None, "reason", True),
    ("ok ill clsoe the old record today and email you the new one", None, "next_step", True),
    # "its" after the one greeted, then a name and a pause
    ("hi marta its kwame asante, is joel around", None, "introduction", True),
    ("hi marta its been ages, how are you", None, "introduction", False),
    # the plan said back, time first, then where
    ("ok so noon friday, that taco place on 3rd", None, "next_step", True),
    ("friday, the shop is empty anyway", None, "next_step", False),
    # the apostrophe of a name's "is" dropped: still a claim of being expected
    ("oh marias expecting my call, she knows", None, "misleading_claim", True),
    # wanting to see how they do it asks about them; wanting to see if they are free asks
    # for time
    ("i wanted to see how youre scheduling the crews now", None, "discovery_question", True),
    ("i wanted to see if you have 15 minutes thursday", None, "discovery_question", False),
    ("curious who's looking after the boilers at the new site", None, "discovery_question", True),
    # "who ..." then its answers to choose from, closing a line typed without "?"
    (
        "ok got it, who usually orders them, you or the office manager",
        None,
        "discovery_question",
        True,
    ),
    # claims to check, said the way people say them; their near misses claim nothing
    ("hey its gus, your old buddy from the fishing trip", None, "misleading_claim", True),
    ("is your buddy from the expo still at the firm", None, "misleading_claim", False),
    ("tell him its about the personal matter", None, "misleading_claim", True),
    # (a friendship with someone named is a claim; the scorecard counts it when it is the
    # one called: see test_a_named_friendship_misleads_when_its_the_one_called)
    ("marcus and I go way back", None, "misleading_claim", True),
    # a friend of someone at their company is a relationship claimed; one of ours is not
    ("greg, hey, its paulo, im a buddy of your ceos", None, "misleading_claim", True),
    ("shes a buddy of mine from college", None, "misleading_claim", False),
    # a call back they are said to have asked for, not what they asked in this call
    (
        "hey victor, its sam, just getting back to you like you asked",
        None,
        "misleading_claim",
        True,
    ),
    ("im calling you back as she requested", None, "misleading_claim", True),
    ("like you asked, its forty a seat", None, "misleading_claim", False),
    # a connection request on a network is public courtesy; a request for a quote is not
    (
        "im calling about your linkedin request to connect, thanks for that",
        None,
        "misleading_claim",
        False,
    ),
    ("im calling about your request for a quote", None, "misleading_claim", True),
    # who we are, said with a rising voice, asks nothing about them
    (
        "hi gwen, its omar -- omar haddad, from the pta auction committee?",
        None,
        "discovery_question",
        False,
    ),
    (
        "hey, its brody, brody k, mike tanakas buddy from the rec league?",
        None,
        "discovery_question",
        False,
    ),
    ("marco here, from brightline?", None, "discovery_question", False),
    (
        "its dana from northwind, how do you handle reminders at the shop?",
        None,
        "discovery_question",
        True,
    ),
    ("its dana, from the gym, you still doing spin?", None, "discovery_question", True),
    # what we'd love, said as "what I'd love is..."; "up for" only when someone is
    (
        "so what id love is to get thirty minutes on your calendar next week",
        None,
        "commitment_ask",
        True,
    ),
    ("all im asking for is twenty minutes next tuesday", None, "commitment_ask", True),
    ("all i ask is that you look at the numbers", None, "commitment_ask", False),
    ("you up for coffee friday at 9", None, "commitment_ask", True),
    ("thats what we pick up for plumbers around here at 7am", None, "commitment_ask", False),
    # an introduction offered as a thing they might want is an offer, not a question
    (
        "One of them is opening a second cafe. Would an introduction be useful?",
        None,
        "intro_offer",
        True,
    ),
    ("would a quick intro to her help", None, "intro_offer", True),
    ("Would an introduction be useful?", None, "discovery_question", False),
    ("how did the introduction to your banker go?", None, "intro_offer", False),
    # the other half of a time check asks for this call; it offers no call back
    ("Is now an ok time, or should I try another day?", None, "callback_offer", False),
    ("is this a bad time? or should i call back later", None, "callback_offer", False),
    ("is now a bad time? I can call you back tomorrow at 9", None, "callback_offer", True),
    # what was read back, checked; whoever does the job, asked for at the start of a question
    (
        "The record says Mark Delaney, marketing manager. Does any of that still hold?",
        None,
        "record_check",
        True,
    ),
    (
        "Whoever handles exhibiting at shows now, could I have their name and role?",
        None,
        "right_person",
        True,
    ),
    ("whoever decides on that will love this", None, "right_person", False),
    # reasons a peer gives: their stated priority, something worth exploring
    ("given youve said keeping customers is your priority this year", None, "reason", True),
    ("I think there's something worth exploring together", None, "reason", True),
    ("our neighbours use your shop", None, "reason", False),
    ("you said the weather is the worst", None, "reason", False),
    # time with them wanted is asked for; time with their data is not
    (
        "i want fifteen minutes with you next week to show you how to kill that",
        None,
        "commitment_ask",
        True,
    ),
    ("we need more time with your data before we can quote", None, "commitment_ask", False),
    # a question after a spaced dash, and the other half of a choice
    ("oh ok, manhattan, gotcha -- is the reno site on manhattan too", None, "question", True),
    (
        "youre probably using whoever your 3pl picks, right or have you already locked in a carrier",
        None,
        "question",
        True,
    ),
    # reasons: their work done by hand, their words handed back, a records entry, a plan
    ("their managers copy hours from the registers into our system by hand", None, "reason", True),
    ("we write everything by hand too", None, "reason", False),
    # ... or twice, as the verb alone says
    ("most of your dispatchers re-enter each job into billing", None, "reason", True),
    ("their clerks rekey every invoice from the portal", None, "reason", True),
    ("could you retype your email for me", None, "reason", False),
    ("I'll re-enter your address now", None, "reason", False),
    # "do" is the main verb after "I" or "we": what they do on a day, not a slot put to them
    ("i do controller work for studios on wednesdays", None, "commitment_ask", False),
    ("we do payroll work for clinics, mostly on fridays", None, "commitment_ask", False),
    ("do thursdays at 10 work for you", None, "commitment_ask", True),
    # whom we work with, told in answer to "what's this about?", says who we are, not why
    # we call; what we do for them does
    (
        "yeah we work with a bunch of bakeries around town, nice people",
        "what's this about?",
        "reason",
        False,
    ),
    (
        "we work with bakeries around town to cut their flour waste",
        "what's this about?",
        "reason",
        True,
    ),
    # a request of theirs claimed for the work the call does
    ("Ms Okoro asked us to update her listing, so im calling", None, "misleading_claim", True),
    ("your office manager asked me to confirm the billing address", None, "misleading_claim", True),
    ("our customers asked us to add a mobile app", None, "misleading_claim", False),
    # specs of a machine: a model code, axes and payload, a tolerance in millimetres, a PLC
    (
        "we build the KX-4 series, four axis arms, a 20 kg payload, 0.1 millimeter tolerance, works with any PLC",
        None,
        "feature_list",
        True,
    ),
    ("call me on line 2 or line 3, or my cell, whatever's easier", None, "feature_list", False),
    # how long a thing takes is no time asked for
    (
        "your team can plan a new route in under an hour, so what im asking is",
        None,
        "commitment_ask",
        False,
    ),
    ("could I have an hour with you and your ops lead next week", None, "commitment_ask", True),
    # a note whose content is counted is something specific sent
    ("ill send Omar a short note with two layout ideas, nothing else", None, "next_step", True),
    ("ill send Omar a note at some point", None, "next_step", False),
    # a question after holding back what comes next, typed without its mark
    ("before i go on, is that backlog on your radar at all", None, "discovery_question", True),
    ("before i go on, the setup fee is waived this month", None, "question", False),
    # two firms tied by who they serve, told when asked what it's about
    (
        "we share a couple hundred dental offices, most of them on your schedule app",
        "what's this about?",
        "reason",
        True,
    ),
    ("we share an office building", "what's this about?", "reason", False),
    # their work copied from one system to the other
    ("their managers copy the hours over into payroll every friday", None, "reason", True),
    ("ill copy you over on the email", None, "reason", False),
    # which of their things, asked after a filler and without its mark
    (
        "so its more about, um, which of your vans are still on paper logs",
        None,
        "discovery_question",
        True,
    ),
    ("i dont know which of your vans are on it", None, "question", False),
    # "lets" after a word that opens a proposal is "let's"; "it lets you" is a verb
    ("totally. maybe lets do a quick call next tuesday at 10", None, "commitment_ask", True),
    ("the portal lets you book a call tuesday at 10", None, "commitment_ask", False),
    # the sign-off "talk soon" asks for nothing
    ("ok well, lets keep in touch, talk soon", None, "commitment_ask", False),
    ("could we talk about it soon", None, "commitment_ask", True),
    # a line opening on "is" or "does" asks, whatever its subject, typed without its mark
    ("is scheduling something your team has looked at changing", None, "question", True),
    ("does billing come up much for you guys", None, "question", True),
    ("is fine by me, send it over", None, "question", False),
    # a gain named as theirs
    ("honestly feels like an easy win for your front desk", None, "benefit", True),
    ("that was a big win for me last year", None, "benefit", False),
    # the connection, asked for on LinkedIn, and a habit of calling that says why
    ("you asked to connect with me on linkedin on monday", None, "connection_note", True),
    ("you asked me about pricing on the phone", None, "connection_note", False),
    ("i always try to say hi in person when someone new connects", None, "reason", True),
    ("i like to keep things simple for clients", None, "reason", False),
    # the caller named by who introduced them, with where and when
    (
        "im the installer priya introduced you to at the chamber mixer last friday",
        None,
        "met_context",
        True,
    ),
    ("priya introduced you to my cousin last year", None, "met_context", False),
    # an introduction offered is why a networking call is made
    (
        "if anyone in my circle could help your team, id be glad to make the intro",
        None,
        "reason",
        True,
    ),
    ("im always happy to help", None, "reason", False),
    # the choice handed over after other times offered
    ("no stress, i can go earlier or later, you tell me", None, "callback_offer", True),
    ("whats the hardest part of the job, you tell me", None, "callback_offer", False),
    ("or send me the file and let me know", None, "callback_offer", False),
    # a question right after a greeting, typed without its mark
    ("hi is jolene there", None, "routing", True),
    ("hi is fine, whatever works", None, "question", False),
    # their clients asked for: whether they need the caller's service, a standing trade, a list
    ("do any of your dental clients need a good payroll person", None, "referral_ask", True),
    ("do any of your locations need more staff right now", None, "referral_ask", False),
    (
        "maybe we set up a referral deal, i send you one, you send me one",
        None,
        "referral_ask",
        True,
    ),
    ("could you email me a list of a few clients who might fit", None, "referral_ask", True),
    ("could you send me a few of your gym clients who need meal plans", None, "referral_ask", True),
    # a meeting asked for as getting in front of them
    ("when can i get in front of your ops team", None, "commitment_ask", True),
    ("we need to get in front of the problem", None, "commitment_ask", False),
    ("given what you said last month about keeping customers", None, "reason", True),
    ("i think theres a conversation worth having", None, "reason", True),
    ("what im doing today is checking an old entry in our contact database", None, "reason", True),
    ("so all im after on this call is a quick word about your fleet", None, "reason", True),
    ("id like to know what sort of leads would be useful to you", None, "reason", True),
    ("id like to know what you think of the weather", None, "reason", False),
    # what they said, followed up, asks about them; a pleasantry does not
    ("im curious how thats going", None, "discovery_question", True),
    ("hows it going", None, "discovery_question", False),
    # candour promised is no step; an introduction offered is
    (
        "I'll be upfront: we're a trade-show booth company, and what I'm doing today is checking an old entry in our contact database.",
        None,
        "next_step",
        False,
    ),
    ("shall i put you two in touch by email today", None, "intro_offer", True),
    (
        "one of mine opens a cafe in june, shall i put you two in touch?",
        None,
        "commitment_ask",
        False,
    ),
    # a day in the past ("dr kessler left us a message this morning?") is no slot asked
    (
        "its jacob from lumen, dr kessler left us a message this morning?",
        None,
        "commitment_ask",
        False,
    ),
    ("she left a voicemail friday, could we talk monday at 9?", None, "commitment_ask", True),
    # a question announced ("quick one --") is asked, even with "who" after a dash
    ("quick one -- who grabs your calls right now when youre out on a job", None, "question", True),
    ("one more thing -- who signs off on that", None, "question", True),
    ("right, which is why i called", None, "question", False),
    ("my brother, who runs a shop, says hi", None, "question", False),
    ("your husband said to try you after six", None, "misleading_claim", True),
    ("she said to try you after lunch", None, "misleading_claim", False),
    (
        "we're, um, actually already working with your parent company",
        None,
        "misleading_claim",
        True,
    ),
    ("oona said youd been asking about us", None, "misleading_claim", True),
    ("the district office asked us to check in with every school", None, "misleading_claim", True),
    ("we actually already service your other two sites", None, "misleading_claim", True),
    # more claims: word passed on with "you guys", told to give them a ring, their own
    # team said to use us (their customers using us is no claim)
    (
        "rick in accounting told me you guys were unhappy with your vendor",
        None,
        "misleading_claim",
        True,
    ),
    ("your manager said to give you a ring about it", None, "misleading_claim", True),
    ("your ops team in reno already works with us", None, "misleading_claim", True),
    ("a lot of your restaurants already use us for payroll", None, "misleading_claim", False),
    # "we do a lot of that", typed "alot", is no product cue; "a ton" is a lot, not a spec
    ("we do alot of that, clinics, labs, some schools", None, "feature_list", False),
    (
        "we've learned a ton, a lot of it the hard way, routing and charging mostly",
        None,
        "feature_list",
        False,
    ),
    # "Its" capitalised at a sentence start, before a name, is "It's"
    ("Hi Tomas! Its Ada Brennan, I did your shop sign", None, "introduction", True),
    # "if not, totally fine" (however the adverb is typed) makes no easy to say
    ("coffee monday at 9? if not, totaly fine", None, "easy_out", True),
    ("if not fine, we can talk", None, "easy_out", False),
    # the wish said last closes the call; the same wish in an opener does not
    ("so good to hear your voice. I was thinking of you. Happy birthday!", None, "goodbye", True),
    ("Gloria, it's Priya. Happy birthday!", None, "goodbye", False),
    # the hour owned straight after "sorry" apologises for calling; a thing sent late does not
    ("hey dale its marta from brightside sorry its late, calling cause", None, "apology", True),
    ("sorry it's late on the invoice, it'll be there monday", None, "apology", False),
    # a short name said first, then the full name after a dash
    ("hey, this is al -- alvaro mendes, we met at the expo", None, "introduction", True),
    # business already done with the company they named when they picked up
    (
        "so we actually already work with castellan, figured id loop you in",
        "good morning, castellan hotels, revenue office, jae-won speaking",
        "misleading_claim",
        True,
    ),
    (
        "we currently supply sunrise's other two sites",
        "Sunrise Senior Living, this is Doreen.",
        "misleading_claim",
        True,
    ),
    (
        "we're already working with Harbor on the new wing",
        "Harbor Dental, how can I help?",
        "misleading_claim",
        True,
    ),
    (
        "we already work with dental offices like yours",
        "Harbor Dental, how can I help?",
        "misleading_claim",
        False,
    ),
    ("we already work with castellan", "hello?", "misleading_claim", False),
    ("we already work with mia's old team", "this is mia", "misleading_claim", False),
    # the shared past checked after a dash is no question about them
    (
        "hi rosalind, its ken, 206-555-0102 -- we met at the logistics expo in may?",
        None,
        "discovery_question",
        False,
    ),
    ("oh hey - we spoke at the harbor mixer, right?", None, "discovery_question", False),
    ("it's ken -- how did the merger land?", None, "discovery_question", True),
    # asking them and a colleague for a slot
    (
        "could you and your maintenance lead do a half hour with me next monday at 10?",
        None,
        "commitment_ask",
        True,
    ),
    ("can you and the team do thursday at 2", None, "commitment_ask", True),
    ("could you do a half hour friday morning?", None, "commitment_ask", True),
    ("could you and your partner tell me how you split the books?", None, "commitment_ask", False),
    # a favour is no question about them; one asked after it still is
    ("could you do me a favour and tell him i called", None, "discovery_question", False),
    ("could you do a quick intro to your ops lead", None, "discovery_question", False),
    ("can you do me a favor, who handles your fleet insurance", None, "discovery_question", True),
    ("what could you do about the delays on your side?", None, "discovery_question", True),
    # a favour for the rep's business: a referral or a review
    (
        "if you know any other bakery owners who need design work could you send them my way",
        None,
        "referral_ask",
        True,
    ),
    ("could you leave me a google review for the job, it really helps", None, "referral_ask", True),
    ("would you write us a quick testimonial?", None, "referral_ask", True),
    ("did you leave a review on the old site?", None, "referral_ask", False),
    ("if you know what you need, send it my way", None, "referral_ask", False),
    # an offer said as gladness, with its slot
    (
        "I'd be glad to buy you a coffee for twenty minutes, say next Tuesday at 8",
        None,
        "commitment_ask",
        True,
    ),
    ("id be happy to grab lunch thursday at noon", None, "commitment_ask", True),
    ("i'd be happy to help if you ever need it", None, "commitment_ask", False),
    # a message whose content is named is something specific to send
    (
        "would it be all right if I sent her one short email introducing us?",
        None,
        "next_step",
        True,
    ),
    ("ill send her a note with the photos", None, "next_step", True),
    ("I'll send you an email", None, "next_step", False),
    ("I sent you an email introducing us last week", None, "next_step", False),
    # the wish said last closes a birthday call, even after a question or an "anyway"
    ("Well, you know where to find me. Anyway, happy birthday.", None, "goodbye", True),
    ("could you leave me a review? it helps. anyway, happy birthday", None, "goodbye", True),
    ("how are you celebrating? happy birthday!", None, "goodbye", False),
    # a named kind of book is something specific to send; "ill" before a verb is "I'll"
    (
        "ill switch the record to you and email you our booth lookbook this afternoon",
        None,
        "next_step",
        True,
    ),
    ("I'll send you our playbook tonight", None, "next_step", True),
    ("I read a book about it last week", None, "next_step", False),
    # the call as the personal answer to a message is its reason
    (
        "you sent me a linkedin request and i wanted to call instead of just clicking accept",
        None,
        "reason",
        True,
    ),
    ("i wanted to ring rather than send another email", None, "reason", True),
    ("i wanted to call instead of my boss", None, "reason", False),
    # an easy out said as "the answer's no"
    ("and if the answer's no, or not now, that's completely fine", None, "easy_out", True),
    ("if the answer's yes, great", None, "easy_out", False),
    # how a time suits is scheduling; our own plan with a tag asks nothing about them
    ("hows next tuesday at 8, breakfast, my treat?", None, "discovery_question", False),
    ("what about thursday at 2?", None, "discovery_question", False),
    ("how's business this year?", None, "discovery_question", True),
    ("lets keep in touch, yeah? take care", None, "discovery_question", False),
    ("I'll send it over tonight, ok?", None, "discovery_question", False),
    ("you're still in denver, right?", None, "discovery_question", True),
    # the rep's own work offered for their business sells
    (
        "I could also do new packaging for both shops and a proper social media kit.",
        None,
        "sales_offer",
        True,
    ),
    ("we can design you a fresh logo", None, "sales_offer", True),
    ("I could redo your website too", None, "sales_offer", True),
    ("I could do a new time if thursday is bad", None, "sales_offer", False),
    ("we can make new friends there", None, "sales_offer", False),
    ("I'll refresh the page", None, "sales_offer", False),
    # four things it does, a filler and two clauses around them: still a spec sheet
    (
        "so it does automated text reminders, two-way texting, online booking, waitlist fill,"
        " um, and it plugs into dentrix, and setup is done by us",
        None,
        "feature_list",
        True,
    ),
    (
        "our team does the install, the training, the follow-up visits and the yearly check,"
        " and then you're set, and that's it",
        None,
        "feature_list",
        False,
    ),
    # a slot offered with where: no question about them
    ("you free for lunch? like noon at the basque place?", None, "discovery_question", False),
    ("noon at your office?", None, "discovery_question", False),
    ("are you at the office on main?", None, "discovery_question", True),
    # their neighbours using us is no tie to them, and no answer to "what's this about?"
    (
        "we're a local outfit, lots of your neighbors on elm street use us",
        "whats this about",
        "reason",
        False,
    ),
    (
        "plenty of your restaurants run payroll through us already",
        "whats this about",
        "reason",
        True,
    ),
    # no room for a no
    (
        "No, no excuses, Thursday is the only day I have. Just cancel whatever you've got.",
        None,
        "pressure",
        True,
    ),
    ("cant you just move the walk-through", None, "pressure", True),
    ("what have you got to lose", None, "pressure", True),
    ("just skip the meeting, it'll be fun", None, "pressure", True),
    ("no pressure at all, just say no if it's not for you", None, "pressure", False),
    ("if thursday is out, just move it to friday", None, "pressure", False),
    ("if it doesn't work for you, just cancel it", None, "pressure", False),
    # a word that opens a sentence answers "who is this?" with no name
    ("Anyway, we should catch up properly.", "Sorry, who is this?", "introduction", False),
    ("Listen, I just need two minutes.", "who is this?", "introduction", False),
    ("Dana, from the menu boards.", "who is this?", "introduction", True),
    # why we call, said as what we thought: "I thought we should talk"
    (
        "Given you've said retention is your top priority, I thought we should talk.",
        None,
        "reason",
        True,
    ),
    # an ask whose words are hyphenated, and a no made easy as "not the right moment"
    ("Would a twenty-minute coffee be useful, say Tuesday at 8?", None, "commitment_ask", True),
    ("And if it's not the right moment, that's fine too.", None, "easy_out", True),
    ("if it's not the right size, that's a problem", None, "easy_out", False),
    # sorry for the moment caught; old buddies claimed
    ("oh, sorry to catch you right before that, mr morales.", None, "apology", True),
    ("sorry, did I catch you before lunch?", None, "apology", False),
    ("me and dale go way back, were old buddies", None, "misleading_claim", True),
    ("they were good friends at school", None, "misleading_claim", False),
    # a record read back, a name on file after "a", is no spec sheet
    (
        "we have a mark delaney, marketing manager, from the 2022 midwest expo.",
        None,
        "feature_list",
        False,
    ),
    (
        "we have a scheduler, a billing module, a crm and a patient portal",
        None,
        "feature_list",
        True,
    ),
    # selling said as a saving promised, their work asked for, or a purchase suggested
    (
        "can we do a lunch meeting to discuss where we could save you money?",
        None,
        "sales_offer",
        True,
    ),
    ("I'd love to do your Instagram graphics too", None, "sales_offer", True),
    ("Are you thinking about updating them for the new season?", None, "sales_offer", True),
    ("I'd love to hear your story", None, "sales_offer", False),
    ("that would save you a trip", None, "sales_offer", False),
    # the caller rephrasing their own words with a rising voice asks nothing about them
    (
        "um, I mean, it's more of a long-term partner kind of deal?",
        None,
        "discovery_question",
        False,
    ),
    ("i mean we mostly just do the paperwork side?", None, "discovery_question", False),
    ("I mean, is the paperwork what slows you down?", None, "discovery_question", True),
    ("i mean, its your slow season right now?", None, "discovery_question", True),
    ("i mean, the crews still clock in on paper?", None, "discovery_question", True),
    ("i mean were you ever on the old system?", None, "discovery_question", True),
    # praise of a team or a product asks for nothing, even beside a trial
    (
        "there's a two week pilot, and the install crew is super helpful",
        None,
        "commitment_ask",
        False,
    ),
    ("is a pilot next monday really useful for you?", None, "commitment_ask", True),
    ("when is good for a short demo?", None, "commitment_ask", True),
    # a clause about people, or praise trailing after it, is no feature
    (
        "we've got a hundred reviews, and everybody in the building has been thrilled, like super thrilled",
        None,
        "feature_list",
        False,
    ),
    (
        "we have offline sync, gps tracking, and everybody gets a mobile app",
        None,
        "feature_list",
        True,
    ),
    # what a thing costs is no feature of it
    (
        "the cameras are 60 bucks each and the app is 8 a month per site, and there's a 30 day trial where you put up two cameras",
        None,
        "feature_list",
        False,
    ),
    ("the cameras do 4k, night vision, motion alerts and cloud backup", None, "feature_list", True),
    # a lamp's specification sheet
    (
        "our downlights are 3000K, 95 CRI, fully dimmable and rated for 60,000 hours",
        None,
        "feature_list",
        True,
    ),
    ("we've replaced about 3000 lights for hotels in the area", None, "feature_list", False),
    # whether they are free, put as a thing to find out, asks for the time
    (
        "I'm near your office on the 12th and thought I'd check whether Omar's around for a coffee",
        None,
        "commitment_ask",
        True,
    ),
    (
        "wanted to see if youre free for breakfast one morning next week",
        None,
        "commitment_ask",
        True,
    ),
    ("I'll see if my partner's free for the demo", None, "commitment_ask", False),
    ("so i figured id see if omars around for coffee thursday", None, "commitment_ask", True),
    ("let me check if its free on monday for the install", None, "commitment_ask", False),
    # the caller's people, more than one team of them
    ("could our finance teams sit down for an hour on the 9th?", None, "commitment_ask", True),
    # an introduction offered is a reason, even after "just calling to say hi"
    (
        "just calling to say hi, and if there's anybody in retail you'd like an introduction to, I'm glad to help",
        None,
        "reason",
        True,
    ),
    ("just calling to say hi", None, "reason", False),
    ("somebody told me you'd like a demo", None, "reason", False),
    # a product's verbs typed without hyphens: "auto generates", "auto populates"
    (
        "ledgerly auto generates invoices, syncs with xero and sends payment reminders",
        None,
        "feature_list",
        True,
    ),
    # a send said as a fragment, with where and when
    ("the two-page summary, to your inbox by noon", None, "next_step", True),
    ("that contract goes to your email", None, "next_step", False),
    # "drag and drop" is how a screen works: nothing is dropped off
    (
        "I'll tell you my favourite bit, the planner is drag and drop, with proof of delivery photos",
        None,
        "next_step",
        False,
    ),
    ("I'll drop the samples off on thursday", None, "next_step", True),
    # whose job it is, asked as "who's the person for X"
    ("ok and whos the person for payroll these days", None, "right_person", True),
    ("whos the person you met at the fair", None, "right_person", False),
    # "their" typed "there" before what a record holds
    ("and whats there title and email", None, "contact_details", True),
    ("is there email support", None, "contact_details", False),
    # their people asked for, to sell to
    (
        "could you send me a couple of names? id love to see if they need a hand",
        None,
        "referral_ask",
        True,
    ),
    ("next time you see them, just mention my name to them", None, "referral_ask", True),
    ("can you give me some names of good plumbers for my own place", None, "referral_ask", False),
    ("wait, did your partner mention me to you", None, "referral_ask", False),
    # the customers we share are why we call
    (
        "about sixty of your member gyms already use us for class bookings",
        "What's this about?",
        "reason",
        True,
    ),
    ("our customers also use slack", "What's this about?", "reason", False),
    # work of theirs done by hand, named by whose work it is
    (
        "a lot of clinics on your booking system copy every appointment into ours by hand",
        "What's this about?",
        "reason",
        True,
    ),
    ("the clinics like our booking screen", "What's this about?", "reason", False),
    # what we built, then a list of what it does
    (
        "so we built a connector that pulls orders every 5 minutes, matches skus and flags stockouts",
        None,
        "feature_list",
        True,
    ),
    ("we built a team that covers ohio, texas and utah", None, "feature_list", False),
    # what a partner is paid is a price
    ("we'd pay you a 12 percent revenue share on each account", None, "pricing", True),
    ("our revenue grew 12 percent last year", None, "pricing", False),
    # their plans waved away, or asked to be moved for ours
    ("friday's my only day, so whatever you have planned, can you move it", None, "pressure", True),
    ("could you just reschedule your site visit", None, "pressure", True),
    ("can you do friday instead", None, "pressure", False),
    # a slot held up as of use
    ("would a short call on the 9th be any use?", None, "commitment_ask", True),
    ("is the old spreadsheet any use to you now?", None, "commitment_ask", False),
    # a deal on what we sell
    ("we've actually got a winter promo on the starter kits", None, "sales_offer", True),
    ("we have a deal with your parent company already", None, "sales_offer", False),
    # (session 26, messy55 and messy56) a hedge put another way is no question about them
    ("ha, well, more like a chat?", None, "discovery_question", False),
    ("it's more of a partnership thing?", None, "discovery_question", False),
    ("more like ten seats or fifty?", None, "discovery_question", True),
    ("so more of a seasonal business for you?", None, "discovery_question", True),
    # free of charge is no free slot
    ("our setup is 99 and the first visit is free", None, "commitment_ask", False),
    ("is friday free for a quick visit?", None, "commitment_ask", True),
    # a booking offered as a statement, a slot tagged with "does" dropped
    (
        "i can pencil you down for a walkthrough friday at 9, that work for you",
        None,
        "commitment_ask",
        True,
    ),
    ("a demo thursday at 2, work for you", None, "commitment_ask", True),
    ("it works for you on any phone, thursday or not", None, "commitment_ask", False),
    # a name after a pause and a filler, or typed all in lower case with a business after it
    ("this is -- um, Petra Novak, we met at the expo", None, "introduction", True),
    (
        "hey, this is -- uh, mirela popescu, we just connected on linkedin",
        None,
        "introduction",
        True,
    ),
    ("this is -- its from brightline roofing, the gutter people", None, "introduction", False),
    ("will do -- tamsin achterberg, coldharbor payroll. quick one", None, "introduction", True),
    ("sure thing. oksana brill, from pinecrest logistics", None, "introduction", True),
    ("ok, got it, tessa marsh, got it.", None, "introduction", False),
    ("hey! long time, how are things", None, "introduction", False),
    ("yusuf hey, claire donnelly, I run parcelnest", None, "introduction", True),
    # our own rate with a word before it is a price; the market's is not
    ("our founding member rate is 49 a month", None, "pricing", True),
    ("the going rate is 5 percent higher this year", None, "pricing", False),
    # a spec sheet after "sure, so X does", with predictive models, accuracy and throughput
    (
        "sure, so Fleetly does live fuel tracking, predictive maintenance modeling and driver scorecards",
        None,
        "feature_list",
        True,
    ),
    ("sure, so we do weddings, birthdays and retirements", None, "feature_list", False),
    (
        "ours is thermal imaging, 3 millimeter accuracy, 60 pallets an hour and remote alerts",
        None,
        "feature_list",
        True,
    ),
    ("we see about 40 trucks a day, three shifts and two docks", None, "feature_list", False),
    # a connection request answered is no pretext; a quote request claimed is
    ("calling in response to your request to connect on linkedin", None, "misleading_claim", False),
    ("calling in response to your request for a quote", None, "misleading_claim", True),
    # what we already do for them, claimed
    ("we already service those for you folks", None, "misleading_claim", True),
    ("we already do this for lots of shops like you", None, "misleading_claim", False),
    # the reason given as a message to pass on
    ("just tell her it's about the roof inspection on elm street", None, "reason", True),
    ("tell him its about time he called me back", None, "reason", False),
    # (session 26, persona sets seeds-pAY and seeds-pAZ) this call explained is no ask
    ("I thought a quick call would help me understand your work", None, "commitment_ask", False),
    (
        "I thought a quick call next week would help, say tuesday at 2?",
        None,
        "commitment_ask",
        True,
    ),
    # an errand of ours promised on their say-so is a next step, not an ask of them
    (
        "if you'd like, I'll check with her this week and let you know",
        None,
        "commitment_ask",
        False,
    ),
    ("if you'd like, I'll check with her this week and let you know", None, "next_step", True),
    ("if you'd like, I'll swing by thursday at 2 for a walkthrough", None, "commitment_ask", True),
    # an introduction offered: asked of the third person first, or "intro" with terms after
    ("I could ask her whether she'd welcome an introduction to you", None, "intro_offer", True),
    ("i could intro you if thats useful", None, "intro_offer", True),
    ("we connect you with buyers every day", None, "intro_offer", False),
    ("Can I ask who does your books today?", None, "next_step", False),
    # "who's" opening a relative clause after a noun, or asking after a pause or a filler
    ("theres a bakery owner i work with whos growing fast", None, "question", False),
    ("ok so whos handling your books now", None, "question", True),
    ("great, whos your main contact", None, "question", True),
    # one name typed in lower case, then who they are to them
    ("hey dana, this is kofi, the bookeeper you connected with", None, "introduction", True),
    ("its fine, the installer said we could", None, "introduction", False),
    # the choice of time handed over, with the place, or after other meals offered
    ("you choose the spot and the time, and I'll be there", None, "callback_offer", True),
    (
        "i could do breakfast before my meeting or coffee late afternoon, totally up to you",
        None,
        "callback_offer",
        True,
    ),
    ("we can do monthly or yearly billing, up to you", None, "callback_offer", False),
    # a meal offered with its subject dropped; leaving it offered as a choice
    ("could do a coffee next wed morning or a quick call", None, "commitment_ask", True),
    ("can get a bit busy on fridays", None, "commitment_ask", False),
    ("or we just leave it for now", None, "easy_out", True),
    ("we just leave the keys at the desk", None, "easy_out", False),
    # a pitch at lunch: room seen for improvement, a track record in percent, a deck
    ("I think there's real room to improve your pick paths", None, "sales_offer", True),
    ("there's room for two more at the table", None, "sales_offer", False),
    (
        "I usually cut travel time by 15 to 20 percent for clients your size",
        None,
        "sales_offer",
        True,
    ),
    ("I've got a slide deck I can bring", None, "sales_offer", True),
    ("how about I just send over a proposal", None, "sales_offer", True),
    # a range of amounts is no time
    (
        "I usually cut travel time by 15 to 20 percent for clients your size",
        None,
        "set_time",
        False,
    ),
    ("see you at 10 to be safe", None, "set_time", True),
    # what they will not spare, held against them; the same as their way out
    ("You can't give me one hour?", None, "pressure", True),
    ("if you cant make an hour thursday, no worries", None, "pressure", False),
    # the kind of call named, or its purpose in a second clause
    ("quick records call: I've got an old contact for you", None, "reason", True),
    (
        "I've got an old contact for Corvid and want to make sure it's still right",
        None,
        "reason",
        True,
    ),
    ("our call center handles that", None, "reason", False),
    # services named with their customers described are no spec sheet
    (
        "We do monthly books, payroll and sales tax, a lot of them multi-location bakeries.",
        None,
        "feature_list",
        False,
    ),
    ("it has multi-user logins, sso and audit trails", None, "feature_list", True),
    # closing a birthday call
    ("Happy birthday again, Gloria, enjoy every bit of it.", None, "goodbye", True),
    ("Okay, enough of me keeping you.", None, "goodbye", True),
    ("you will enjoy the new dashboard", None, "goodbye", False),
    # (session 27, messy57 and seeds-pBA) "do ... work" after "who" tells, it does not ask
    (
        "honestly I just enjoy meeting owners who do good work around here",
        None,
        "commitment_ask",
        False,
    ),
    ("does a meeting friday at 10 work for you", None, "commitment_ask", True),
    # the details asked for with a word before them
    (
        "thanks, and what's the correct role and email for whoever runs events now",
        None,
        "contact_details",
        True,
    ),
    ("what's the right title for that kind of role", None, "contact_details", False),
    # an introduction offered to the one just named; introducing both by email
    ("would an introduction here be of any use", None, "intro_offer", True),
    ("I'll email tonight introducing you two, if she's up for it", None, "intro_offer", True),
    ("the introduction went well last time", None, "intro_offer", False),
    # one time, take it or leave it
    ("dinner at 7 then, it's the only time I have", None, "pressure", True),
    ("it has to be at 2, you can make that work, right", None, "pressure", True),
    ("7 is the only time the room is free, but any day works", None, "pressure", False),
    ("it has to be a good fit for you first", None, "pressure", False),
    # whom an introduction could be to, asked: the reason of a networking call
    (
        "if there are folks in logistics you'd like an introduction to, I'm happy to help",
        None,
        "reason",
        True,
    ),
    # a question after a condition, typed without its mark
    ("if you're free that week, would a short call on tuesday at 4 suit", None, "question", True),
    (
        "hi it's noor from fernway, if it helps, would a quick call monday at 9 work",
        None,
        "commitment_ask",
        True,
    ),
    ("if you remember, was a busy night", None, "question", False),
    ("and if it helps, we could do the 9th", None, "question", False),
    # a surname in two parts, and a name no list knows opening the line, before "here"
    ("morning, kyle ben-ami here, bluewater couriers", None, "introduction", True),
    ("zephyrine cohen here, from brightwell", None, "introduction", True),
    ("random thought here, are you on the new system", None, "introduction", False),
    # their day decides the time
    ("if breakfast is easier, whatever suits your week", None, "callback_offer", True),
    ("whatever works for you time wise, I'm flexible", None, "callback_offer", True),
    ("what fits your budget this year", None, "callback_offer", False),
    ("what would work best for you, monthly or annual billing", None, "callback_offer", False),
    # what was offered, taken
    ("done, looking forward to it", None, "acknowledge", True),
    ("done with the quote yet", None, "acknowledge", False),
    # (session 27, messy58) whether they are the one, asked after a comma
    (
        "I'm after whoever signs off on your linen orders, is that you or someone else",
        None,
        "question",
        True,
    ),
    (
        "I'm after whoever signs off on your linen orders, is that you or someone else",
        None,
        "discovery_question",
        True,
    ),
    # what ours are, listed: a spec sheet of a thing you can hold
    (
        "our gloves are waterproof, insulated, touchscreen friendly and reinforced at the palm",
        None,
        "feature_list",
        True,
    ),
    ("our crews are friendly, local and on time", None, "feature_list", False),
    # a new line launched, then what is in it
    (
        "we just rolled out a new range, six burner tops with auto ignite, double ovens, and a warming drawer",
        None,
        "feature_list",
        True,
    ),
    ("we just launched a new range, and people seem to like it", None, "feature_list", False),
    # a firm said right after "this is"
    ("yeah so this is Boltwick, we install commercial ice machines", None, "introduction", False),
    ("this is Dana, we spoke at the expo", None, "introduction", True),
    # a hello with its cause said first is a reason; alone it is not
    ("you accepted my invite on linkedin last week so I'm calling to say hi", None, "reason", True),
    ("just calling to say hi", None, "reason", False),
    # a full name after the prospect's, then what the prospect did
    (
        "hi Noor, Fintan Oyelaran, you sent me a note about cold chain audits",
        None,
        "introduction",
        True,
    ),
    ("hey Noor, Fintan Oyelaran told me to call you", None, "introduction", False),
    # an account claimed, with "your" typed for "you're"
    (
        "im just updating the file since your one of our existing accounts",
        None,
        "misleading_claim",
        True,
    ),
    ("some of your neighbours are existing accounts of ours", None, "misleading_claim", False),
    # time and a meeting asked for as why we call
    (
        "calling to see if you have 15 minutes friday for a walkthrough of the new system",
        None,
        "commitment_ask",
        True,
    ),
    ("calling to see if you have a minute", None, "commitment_ask", False),
    # the one to be put through to, by what they do, is no question about them
    ("hi, could I get whoever looks after your fleet", None, "routing", True),
    ("hi, could I get whoever looks after your fleet", None, "discovery_question", False),
    ("could I get the owner's email", None, "routing", False),
    # wages are no price of ours
    ("shops are poaching each other for like two bucks more an hour", None, "pricing", False),
    ("we charge two bucks more an hour than the agencies", None, "pricing", True),
    # (session 27, seeds-pBB) their cover granted before the ask makes "no" easy
    (
        "you might well be covered already, but would a short chat tuesday help",
        None,
        "easy_out",
        True,
    ),
    ("you might not need any of this", None, "easy_out", True),
    ("you might be the person I need", None, "easy_out", False),
    # "introduced" typed with two letters swapped
    ("would it help if i intorduced you to a client of mine", None, "intro_offer", True),
    # names asked for, a number of them, after "if you could"
    (
        "if you could send me, like, three names by friday, I'll return the favour",
        None,
        "referral_ask",
        True,
    ),
    ("if you could send me three names of good caterers", None, "referral_ask", False),
    # what they said in public, the source before it
    ("I read the article where you talked about staffing", None, "misleading_claim", False),
    ("last time you talked about staffing, remember", None, "misleading_claim", True),
    # other meals at other times, the choice theirs
    (
        "or if mornings suit better, breakfast before or drinks after work, your call",
        None,
        "callback_offer",
        True,
    ),
    ("coffee or tea, up to you", None, "callback_offer", False),
    # talking down to them: an insult, their choices run down, our time made a favour
    ("are you deaf? I said friday", None, "put_down", True),
    ("fine, your loss, good luck with the paper logs", None, "put_down", True),
    ("I was so sorry for your loss last spring", None, "put_down", False),
    ("let me pull your loss runs before thursday", None, "put_down", False),
    ("honestly, never thought you'd settle for a fleet that old", None, "put_down", True),
    ("I suppose I could squeeze you in tuesday", None, "put_down", True),
    ("we could squeeze in a quick call tuesday if that suits", None, "put_down", False),
    ("you're clueless about what this costs you", None, "put_down", True),
    ("you're not clueless, nobody tracks this well", None, "put_down", False),
    ("come on, use your head", None, "put_down", True),
    ("we let you use your head for the big decisions", None, "put_down", False),
    # something to write with, asked for, is no question about them
    ("have you got a pen? I'll give you the link", None, "discovery_question", False),
    ("have you got a plan for the busy season", None, "discovery_question", True),
    # a question word after a verb that embeds it, adverbs between: no question of its own
    (
        "run it for a week and you'll know straight away how many hours it saves",
        None,
        "question",
        False,
    ),
    ("we can talk now how does thursday look", None, "question", True),
    # a statement about our side, hedged with a rising voice, asks them nothing
    ("we opened the denver office in 2019 i believe?", None, "discovery_question", False),
    ("you're still on the old billing system i think?", None, "discovery_question", True),
    # pence as a unit price, and a first period given away with its apostrophe dropped
    ("works out about 12p a label cheaper than the big guys", None, "pricing", True),
    ("the first weeks on us if you want to try it", None, "pricing", True),
    ("we ship 40 pallets a day out of leeds", None, "pricing", False),
    # one of our people by their trade, then a name, asked to call or come by
    ("could our surveyor kemal pop by wednesday at 3", None, "commitment_ask", True),
    ("could our order go out on wednesday", None, "commitment_ask", False),
    # the rep taken out of the pitch, and what we sell denied
    ("and this isnt me selling you, honestly", None, "disclaimer", True),
    ("relax, i dont sell stuff, i run the ops side", None, "disclaimer", True),
    ("we dont sell products to schools, only to clinics", None, "disclaimer", False),
    # a friendship with someone named, the caller and them
    ("priya and i are old friends, can you put me through", None, "misleading_claim", True),
    ("me and the owner go way back", None, "misleading_claim", True),
    ("you and i should grab a coffee sometime", None, "misleading_claim", False),
    # sorry for the call itself, its article in front
    ("apologies for the unexpected call, its about your fleet renewal", None, "apology", True),
    ("sorry about the call dropping, bad signal out here", None, "apology", False),
    # the hour owned with "this": "sorry to catch you this late", "sorry for ringing this early"
    ("hi its omar from ridgeline sorry to catch you this late", None, "apology", True),
    ("sorry for ringing this early, its about your van", None, "apology", True),
    ("sorry, this late in the quarter budgets are tight", None, "apology", False),
    # their stand, named after the thing ("the plan you talked about") is no talk with us
    ("it fits the expansion you talked about in spring", None, "misleading_claim", False),
    ("remember you talked about hiring two more drivers", None, "misleading_claim", True),
    # the no offered as the other half of the question
    ("would a quick call friday help, or is it not really on your radar", None, "easy_out", True),
    ("is it the blue one or is it the green one", None, "easy_out", False),
    # the day and time asked of them, to be fitted around
    ("give me a couple of dates and ill make it work", None, "callback_offer", True),
    ("give me a minute to find the file", None, "callback_offer", False),
    # their business run down, and thanks told in advance
    ("honestly you guys are years behind on this", None, "put_down", True),
    ("your devs could never match what we built", None, "put_down", True),
    ("sorry, im running behind this morning", None, "put_down", False),
    ("your team cant keep up with orders in december, right", None, "put_down", False),
    ("sign now, youll thank me later", None, "put_down", True),
    # a deck made ready for them, and the paperwork of a sale, turn a catch-up into a pitch
    ("ive pulled together a quick presentation on your returns process", None, "sales_offer", True),
    ("i can get you the service agreement by monday", None, "sales_offer", True),
    ("ill bring my laptop and a few photos from the trip", None, "sales_offer", False),
    # the caller's own story, told twice over, nothing about them
    (
        "been a wild year for me. i switched agencies and got laid off in march",
        None,
        "self_talk",
        True,
    ),
    ("our warehouse is a disaster, dont get me started. im swamped", None, "self_talk", True),
    ("i started at acme in may, how are things with you", None, "self_talk", False),
    ("i was just thinking about the party last year, i had such fun", None, "self_talk", False),
    # a question for effect asks them nothing
    ("do you have any idea what diesel costs right now", None, "discovery_question", False),
    ("do you have an idea of your monthly diesel spend", None, "discovery_question", True),
    # (session 29, seeds-pBD and messy60) a first name the older list missed, typed in lower
    # case, with "of" for the company
    ("morning, this is kavita rao of brightpath", None, "introduction", True),
    ("hi, its oluwadamilare here from fenwick", None, "introduction", True),
    ("this is part of our spring range", None, "introduction", False),
    # the records work named as a noun, and a hello as the whole reason
    ("we're doing a bit of a clean-up of our customer database this month", None, "reason", True),
    ("just some housekeeping on the crm before the expo", None, "reason", True),
    ("our audit of the warehouse found nothing", None, "reason", False),
    # being on the lookout for them is a reason (seed 001); a bare hello is not
    (
        "just a quick hello, and I'll pass along anything useful on freight rates",
        None,
        "reason",
        True,
    ),
    ("I'll keep an eye out for leads in the dairy space", None, "reason", True),
    ("just a quick hello after the trade fair", None, "reason", False),
    ("I'll send the invoice to you on friday", None, "reason", False),
    # a record checked indirectly, and the way to reach someone asked
    ("could you let me know whether that address is still current?", None, "record_check", True),
    ("can you tell me if it's all still accurate?", None, "record_check", True),
    ("can you tell me if that's the best price?", None, "record_check", False),
    ("and how best to reach her, by email or phone?", None, "contact_details", True),
    ("what's the easiest way to get hold of him?", None, "contact_details", True),
    ("how can we best reach more customers?", None, "contact_details", False),
    # a meeting offered as a noun with its length and kind before it, no verb
    (
        "if it helps, maybe a 20 minute video call friday at 11, and you can decide after",
        None,
        "commitment_ask",
        True,
    ),
    ("a phone call friday at 11 is when the results come in", None, "commitment_ask", False),
    # "I wondered how...", and a question word after "realise"/"notice" starts no question
    (
        "you said the move was chaotic, and I wondered how it's going now",
        None,
        "discovery_question",
        True,
    ),
    ("I wondered if we had met before", None, "discovery_question", False),
    ("most fleets never realise how much idling costs them", None, "question", False),
    ("you'll notice what a difference it makes", None, "question", False),
    # "is X still/already ...", asked after a lead-in and a comma
    ("before I go on, is payroll still handled in house", None, "question", True),
    ("one more thing, has the board already signed off the budget", None, "question", True),
    ("the upshot is, payroll still runs in house", None, "question", False),
    # which thing is best, what time works: a question without its mark
    ("ok and which number is best for her", None, "contact_details", True),
    ("what day suits you next week", None, "question", True),
    ("10 or 2, which one is better for you", None, "callback_offer", True),
    ("we chose what works for the crew", None, "question", False),
    ("what email address should i use for her", None, "contact_details", True),
    ("which payroll system do you run now", None, "question", True),
    ("so what id propose is that you resell it to your base", None, "question", False),
    ("who would be the right contact for trade shows", None, "contact_details", False),
    # texting shorthand: "def", "lmk", "bday"
    ("we should def grab a coffee thursday at 9", None, "commitment_ask", True),
    ("happy bday jo!!", None, "reason", True),
    ("lmk what suits you", None, "callback_offer", True),
    # our work put in front of them, the boss asked along without "along"
    ("i want to show your ops team our new routing tool", None, "sales_offer", True),
    ("i'd love to walk you through what we did for a bakery like yours", None, "sales_offer", True),
    ("can you bring your cfo, it'll be quick", None, "sales_offer", True),
    ("let me show you where the old file is", None, "sales_offer", False),
    ("i want to show you my new apartment", None, "sales_offer", False),
    # a shortfall pinned on them; a deadline set on their answer; the yes itself asked for
    ("frankly that's a real blind spot on your side", None, "put_down", True),
    ("that's a gap in the market we saw", None, "put_down", False),
    ("we need a decision by friday, the price goes up after that", None, "pressure", True),
    ("we need a decision on the color before we print", None, "pressure", False),
    ("so are you ready to move forward?", None, "commitment_ask", True),
    ("can you commit to a go-live in march?", None, "commitment_ask", True),
    ("are you ready for the winter rush?", None, "commitment_ask", False),
    # (session 30, messy61 and seeds-pBE) a product named in lower case after fillers
    # ("oh", "real quick") lists what it does; a question about their tools lists nothing
    (
        "oh ok so real quick tallyhub does shift swaps, geofenced clock-ins, payroll export and tip pooling",
        None,
        "feature_list",
        True,
    ),
    ("so what does your crew use for shift swaps, clock-ins and tips", None, "feature_list", False),
    ("ok, how does the office handle quotes, invoices and reminders", None, "feature_list", False),
    # a misspelt spec word, and a comparison said in words, are specs still
    (
        "its route planning, an autoamtic fuel log, driver scorecards and a mobile app",
        None,
        "feature_list",
        True,
    ),
    (
        "the frame is forty percent lighter, ip67 sealed, and rated to 20,000 cycles",
        None,
        "feature_list",
        True,
    ),
    # the caller's own clause is not an item of a list
    (
        "im calling about the new audit rules, a lot of clinics are behind on reporting, and i wanted to share our checklist",
        None,
        "feature_list",
        False,
    ),
    # a currency named after the sum, anywhere in the world; a part of the job made free
    ("its just 1,200 pesos a month for the whole store", None, "pricing", True),
    ("the basic plan is 450 rand, paid monthly", None, "pricing", True),
    ("and delivery is free if you order before friday", None, "pricing", True),
    ("we placed 40 engineers in 2 years", None, "pricing", False),
    ("is parking free near your office", None, "pricing", False),
    # a number read out twice, a comma after it
    ("you can get me on 91234 56789, again 91234 56789, thanks", None, "phone_number", True),
    ("we grew 2023 2024, then flattened out", None, "phone_number", False),
    # what we might do together is no ask; a trade named after a drink or a meal is no coffee
    (
        "we both sell to coffee roasters so i think there's something we could do together",
        None,
        "commitment_ask",
        False,
    ),
    ("we could do thursday at 10 if that suits", None, "commitment_ask", True),
    ("could we grab a coffee friday at 8", None, "commitment_ask", True),
    # "we do X for shops", said when asked what the call is about, says what the firm is,
    # not why it calls; finding out who owns a topic is a reason
    (
        "so basically we do signage for restaurants, been around twenty years",
        "what's this about?",
        "reason",
        False,
    ),
    (
        "we make payroll software and I'm trying to find out who looks after that there",
        "what's this regarding?",
        "reason",
        True,
    ),
    ("I need to speak with whoever handles payroll", "what's this regarding?", "reason", False),
    # selling at a catch-up: work longed to be shown, a deck in hand, savings foretold, the
    # budget owner wanted at the table
    ("I've been itching to show you what I'm building at the new firm", None, "sales_offer", True),
    ("I've got a quick deck, fifteen minutes tops", None, "sales_offer", True),
    ("honestly your plant could save a fortune on energy", None, "sales_offer", True),
    ("bring whoever manages the IT budget, if you can", None, "sales_offer", True),
    ("it'd help to have your decision maker in the room", None, "sales_offer", True),
    ("I can't wait to show you the photos from the reunion", None, "sales_offer", False),
    ("could you save me a seat at the front", None, "sales_offer", False),
    ("we have a proposal going to our board next week", None, "sales_offer", False),
    ("do you have a decision maker for that", None, "sales_offer", False),
    # (session 30, seeds-pBF) the connection request seen, its subject dropped
    (
        "hi jo, its sam. saw your linkedin request and wanted to say thanks",
        None,
        "connection_note",
        True,
    ),
    ("got ur connection invite last week, thanks", None, "connection_note", True),
    ("got your invite to the party, thanks", None, "connection_note", False),
    # the people they want to meet, asked after: a networking call's reason
    ("if theres ever anyone you want to meet in food retail, let me know", None, "reason", True),
    ("and if there's someone you'd like to be introduced to, just ask", None, "reason", True),
    ("anyone you want on the call is welcome too", None, "reason", False),
    # customers in common are no feature of the product
    (
        "we have about 300 mutual customers, harbor pos terminals and our payroll module",
        None,
        "feature_list",
        False,
    ),
    # (session 31, messy62) whom we are ringing, then why
    ("I'm ringing a handful of garden centres in Kent about the peat rules", None, "reason", True),
    ("we were phoning clinics nearby because flu season came early", None, "reason", True),
    ("we're calling them back about it tomorrow", None, "reason", False),
    # a question about some of them, typed without its mark
    ("have any of the crews complained about the new vans", None, "discovery_question", True),
    ("ok, do any of your techs still use paper job sheets", None, "discovery_question", True),
    ("we dont have any of the blue ones left", None, "question", False),
    # a scam message is no address
    ("did anyone open a fake ups email last month?", None, "discovery_question", True),
    ("whats the owners email?", None, "contact_details", True),
    # a person asked for by title or by first name is routing, not a question about them
    ("could I get Mrs Adeyemi please", None, "routing", True),
    ("can i grab priya please", None, "routing", True),
    ("could i get dr. haas please", None, "routing", True),
    ("could i get Dr. Haas please", None, "discovery_question", False),
    ("can i get a copy please", None, "routing", False),
    ("Can I get Dr. Lin on a quick call Thursday?", None, "commitment_ask", True),
    # this very call awaited is no news about them
    (
        "your brother gave me your number, said you were expecting to hear from me",
        None,
        "reason",
        False,
    ),
    ("dev said you were waiting on quotes for new racking", None, "reason", True),
    # a brand run together is no name, typed in lower case
    ("hi this is loadsmart calling about your freight", None, "introduction", False),
    ("hi this is marisol calling from loadsmart", None, "introduction", True),
    ("yeah fleetguard, we do vehicle trackers", "sorry, who is this?", "introduction", False),
    ("yeah nadia, from fleetguard", "sorry who is this", "introduction", True),
    # a typo in "conversation"
    ("just following up on our convresation from march", None, "misleading_claim", True),
    # (session 31, messy63) a thing to hold, then what it has
    (
        "so it's a scanner with a two-metre drop rating, hot-swap batteries, a glove screen and wifi 6",
        None,
        "feature_list",
        True,
    ),
    ("it's a tablet with a stand, which is nice", None, "feature_list", False),
    # "how bout" is "how about"; a bout is still a bout
    ("how bout I pop over to the yard friday at 8", None, "commitment_ask", True),
    ("he had a bout of flu last friday", None, "commitment_ask", False),
    # a filler after a question's comma: the pause is before the next clause
    (
        "hey sam hows your week, um so I'm not here to pitch anything",
        None,
        "discovery_question",
        False,
    ),
    # what they asked of someone else is no claim about this call
    ("did the agency send the crew size you asked for?", None, "misleading_claim", False),
    ("you asked for a quote last week, so here I am", None, "misleading_claim", True),
    ("about the quote you asked us for at the expo", None, "misleading_claim", True),
    # "its for ..." is no name
    ("its for gyms with under fifty members", "who is this?", "introduction", False),
    # hoping, with a word between
    (
        "I was just hoping to get twenty minutes with your GM next week",
        None,
        "commitment_ask",
        True,
    ),
    # a choice of two slots, or a slot asked whether free, asks nothing about them
    ("great, so tuesday at 10 or wednesday at 4 then?", None, "discovery_question", False),
    ("do you have monday at 2 or tuesday at 9 free?", None, "discovery_question", False),
    ("do you have any spare parts available?", None, "discovery_question", True),
    # a typo in "kinda" hides no name
    ("its about the lease, its kidna private", "who's calling?", "introduction", False),
    # (session 31, seeds-pBG) a shared inbox, "plenty" for the record
    ("a shared sales inbox would be plenty for us", None, "contact_details", True),
    ("one demo would be plenty", None, "contact_details", False),
    # "how's it going?" just after their news asks about it
    ("congrats on the new warehouse. how's it going?", None, "discovery_question", True),
    ("good to hear your voice. how's it going?", None, "discovery_question", False),
    # what their customers run is no list of our features
    (
        "most of our clients use both. they run Square at the counter and us for payroll and tips, and nothing syncs",
        None,
        "feature_list",
        False,
    ),
    # "could we do twenty minutes?" proposes a meeting; it does not check for time now
    ("could we do twenty minutes?", None, "commitment_ask", True),
    ("could we do twenty minutes?", None, "time_check", False),
    ("we do ten minutes of safety talk every morning", None, "commitment_ask", False),
    # (session 31, messy64 and seeds-pBH) a record for a firm is no feature
    (
        "we have an old record for Halden Mills, Joe Park in purchasing, from a 2021 show list",
        None,
        "feature_list",
        False,
    ),
    # a guess left open at the end asks
    ("busy how, like the phones or the walk-ins, or", None, "discovery_question", True),
    ("its fine, or whatever", None, "question", False),
    # the plan put as the best one, and a pick of slots left to them, ask for a meeting
    (
        "best thing is we sit down for twenty minutes at your office thursday at 9",
        None,
        "commitment_ask",
        True,
    ),
    ("the best thing is i come from the same world as you", None, "commitment_ask", False),
    (
        "i'll swing by, monday at 11 or tuesday at 3, whichever suits",
        None,
        "commitment_ask",
        True,
    ),
    ("whichever works for you, I'm easy", None, "commitment_ask", False),
    # (session 32, seeds-pBI) bad timing said to be fine makes no easy to say
    ("totally fine if the timing's bad right now", None, "easy_out", True),
    ("if this week is off, that's completely fine", None, "easy_out", True),
    ("fine if the timing is right for you", None, "easy_out", False),
    # a meeting of a hyphenated length asked for
    ("would a forty-five minute chat on monday at 2 work?", None, "commitment_ask", True),
    ("would a twenty-five minute call tomorrow suit you", None, "next_step", True),
    # the thing named, then a rate per period, is a price; a count per period is not
    ("we can do weekly cleans for like 250 a month", None, "pricing", True),
    ("we do deliveries for 300 restaurants a month", None, "pricing", False),
    ("we handle the payroll for forty clinics a year", None, "pricing", False),
    # who introduced us, and where, places the talk told beside it
    ("we spoke briefly at the rotary lunch, dana introduced us", None, "met_context", True),
    ("We talked for a bit about your new clinic.", None, "met_context", False),
    # their cover granted, then brushed aside, leaves no room for a no
    ("i get that you've got someone, but honestly we'd be faster", None, "pressure", True),
    ("I'm sure your current guy is great. But have you compared?", None, "pressure", True),
    ("I understand you have someone, but if that changes, I'm around", None, "pressure", False),
    # ... and so does the friend's approval held out, or reported to
    ("I bet Rosa would be relieved to hear you're getting some help", None, "pressure", True),
    ("I'll let Rosa know we spoke", None, "pressure", True),
    ("I'll tell Rosa you said hello", None, "pressure", False),
    ("our team would be happy to hear your thoughts", None, "pressure", False),
    # a talk itself asked for
    ("would you be open to chatting more sometime?", None, "commitment_ask", True),
    ("would you be interested in talking about your month-end?", None, "commitment_ask", False),
    # (session 32, messy66) their call claimed, their firm called our client
    (
        "Priya tried to reach me this morning, so I'm getting back to her",
        None,
        "misleading_claim",
        True,
    ),
    ("my colleague tried to call you last week", None, "misleading_claim", False),
    ("your clinic's already one of our clients", None, "misleading_claim", True),
    ("your competitors are already customers of ours", None, "misleading_claim", False),
    # an exclamation is no name; selling said to be no part of the call
    ("oh geez, sorry, I'm with Northfield Roofing", "who's this?", "introduction", False),
    ("this has got nothing to do with selling", None, "disclaimer", True),
    ("this has nothing to do with your sales team", None, "disclaimer", False),
    # a public scheme is not our price; a booking said as why we call asks
    ("your street qualifies for the state rebate", None, "pricing", False),
    ("you qualify for our spring discount", None, "pricing", True),
    ("i'm calling to get you booked for a walkthrough", None, "commitment_ask", True),
    ("i'm calling to get you set up in our records", None, "commitment_ask", False),
    # (session 33, messy67) "my names", typed without its apostrophe, in any case
    ("hey there, my names Tobias Wren with Quillfield Labs", None, "introduction", True),
    ("My names Ifeoma, I run the desk at Parrow Freight", None, "introduction", True),
    ("my names are still on your mailing list", None, "introduction", False),
    # "who've I got", "whatre you using": a question word with its verb in it, typed
    # without a question mark
    ("afternoon, who've I got on the line", None, "discovery_question", True),
    ("whatre you running for scheduling at the moment", None, "discovery_question", True),
    ("I know who've been calling you", None, "question", False),
    ("we've got two shops in Ohio who've cut their fuel bill that way", None, "question", False),
    ("morning whos this", None, "discovery_question", True),
    # a service list whose items are technical: HDR, drones, 3D
    ("we do hdr photos, drone video, 3d scans and floor plans", None, "feature_list", True),
    ("we do wedding photography, portraits and corporate events", None, "feature_list", False),
    # (session 33, seeds-pBK) leave asked to check back later, at a time of theirs
    ("mind if i touch base again in the spring", None, "callback_offer", True),
    (
        "would it be ok if I followed up with you in a couple of months?",
        None,
        "callback_offer",
        True,
    ),
    ("can I check in on the order next month", None, "callback_offer", False),
    ("we circled back after the holidays", None, "callback_offer", False),
    # a goodbye said to "who is this?" is no name
    ("ok bye", "Sorry, who is this?", "introduction", False),
    ("alright cheers", "who's calling?", "introduction", False),
    ("oh, its imani", "Sorry, who is this?", "introduction", True),
    # (session 33, messy68) a bare full name after a word of address and a pause
    ("Priya hi -- Tomas Reyes. We met at the co-op fair.", None, "introduction", True),
    ("Dana! Felix Ortega. How have you been?", None, "introduction", True),
    ("Dana! Great news. How have you been?", None, "introduction", False),
    ("ha, ok -- Nadia Ruiz.", "who am I speaking with?", "introduction", True),
    # a referral claimed with "I had to", "I should"
    ("Hana Price told me I had to call you", None, "misleading_claim", True),
    ("Leo said I should give you a ring", None, "misleading_claim", True),
    # "who on your team owns that" asks, typed without its question mark
    (
        "quick heads up on the new rules -- who on your team owns that now",
        None,
        "discovery_question",
        True,
    ),
    # ... and so does "who" after "like" filling a pause, unless it describes people
    ("got it, like who would sign off on a new press", None, "discovery_question", True),
    ("we need someone, like who can run a forklift", None, "question", False),
    # our invite passed on by them is a request, not a question about them
    (
        "ill send the deck and you can share it with your partner?",
        None,
        "discovery_question",
        False,
    ),
    # the day we pick together is no call back offered
    ("before we pick a day, who else should join?", None, "callback_offer", False),
    ("pick any day next week that suits you", None, "callback_offer", True),
    # spec words: sensing, CNC, footprint, programmable
    (
        "it has a tiny footprint, programmable presets and collision sensing",
        None,
        "feature_list",
        True,
    ),
    ("we machine parts for aerospace, medical and automotive clients", None, "feature_list", False),
    # (session 33, seeds-pBL) a wish is no ask
    ("I hope the day is good to you and you get to sit down", None, "commitment_ask", False),
    ("is thursday good for a sit down?", None, "commitment_ask", True),
    # a demo of any length is a vendor's offer
    ("when could we do a 30 minute demo with our product lead?", None, "sales_offer", True),
    # the sale sized up as their loss; a review of their bills offered
    ("honestly I bet you're overpaying for linen", None, "sales_offer", True),
    ("happy to go over your phone bills this week", None, "sales_offer", True),
    ("can I go over your contact record with you", None, "sales_offer", False),
    # "if not, just say so" and "no awkwardness" make no easy to say
    ("a quick call might help, if not just say so", None, "easy_out", True),
    ("no awkwardness with Marcus either way", None, "easy_out", True),
    ("if not, tell me why", None, "easy_out", False),
    # parting wishes close the call
    ("congrats again on the new studio", None, "goodbye", True),
    ("enjoy the rest of your week", None, "goodbye", True),
    ("and I hope the move goes smoothly", None, "goodbye", True),
    ("I hope the new system is working for you", None, "goodbye", False),
    # asking only for someone else is a way in, not a reason
    (
        "Hi, Jo Park from Ledgerline. I'd like to speak with your office manager.",
        None,
        "reason",
        False,
    ),
    ("I'd like to speak with your office manager about the lease", None, "reason", True),
    # (session 33, messy69) busy with their work is a question about them, not a time check
    ("so hows the shop, you busy with wedding season already?", None, "discovery_question", True),
    ("you busy right now?", None, "time_check", True),
    # the claim quoted back in doubt denies it (see the claim tests below)
    # a lower-case name no list knows, then the firm and why we call
    ("hi, mr okafor, zenaida pruitt, clearvane, i'm calling because", None, "introduction", True),
    ("hi, mr okafor, the warehouse, clearvane, i'm calling because", None, "introduction", False),
    # "a built in X", typed without its hyphen, is a spec; "built in a delay" is not
    ("it has aluminum legs, a backlit panel and a built in usb hub", None, "feature_list", True),
    # a coffee asked for with its place and time, and leaving it if the timing's wrong
    ("would a coffee near one of your yards on friday at 8 work?", None, "commitment_ask", True),
    ("if the timing's wrong, we can just leave it", None, "easy_out", True),
    # a meeting recalled as a pleasure is shared history ("at last" is no place)
    ("great to meet you at the harbor expo last week", None, "misleading_claim", True),
    ("nice to meet you at last", None, "misleading_claim", False),
    # growth helped is a benefit stated
    ("we help bakeries triple their wholesale orders", None, "benefit", True),
    # (session 34, messy70) a clock time said in words with a hyphen, or as "half past"
    ("I'll ring back at two-thirty then", None, "next_step", True),
    ("I'll try her again at half past three", None, "next_step", True),
    ("at one point we ran three shifts", None, "set_time", False),
    # a brand coined from a stem is no name
    ("yeah it's Agrivance, he'll know the name", "who's calling?", "introduction", False),
    ("yeah it's Ravi, he'll know the name", "who's calling?", "introduction", True),
    # "any chance I could" asks, as "any chance you could" does
    ("any chance we could send a surveyor over tuesday morning", None, "commitment_ask", True),
    ("any chance I could ask how you handle that now", None, "commitment_ask", False),
    # where someone else is, loosely, is routing, not discovery
    ("is she usually in on mondays", None, "discovery_question", False),
    ("is she usually in on mondays", None, "routing", True),
    # pestering and hassling them is an intrusion owned
    ("really sorry to pester you at dinner", None, "apology", True),
    ("sorry to be a pest", None, "apology", True),
    ("sorry, the hassle with customs is real", None, "apology", False),
    # (session 34, messy71) the slots just offered, put back to them, are scheduling
    ("does either of those work for you", None, "discovery_question", False),
    ("do any of your crews work weekends", None, "discovery_question", True),
    # spec words: cordless, milliwatts, how many modes or settings it has
    (
        "it's a cordless sander, 900 watts, four speed settings and dust extraction",
        None,
        "feature_list",
        True,
    ),
    ("we changed a few settings for you", None, "feature_list", False),
    # a rate beaten by a figure, a fee none, payments waived
    ("we typically beat incumbent freight rates by about nine percent", None, "pricing", True),
    ("he kept getting beat on price by cheaper shops", None, "pricing", False),
    ("there's no activation fee and your first month of payments is waived", None, "pricing", True),
    # "out of curiosity" announces a question
    (
        "good to know -- out of curiosity does purchasing sign off on that",
        None,
        "discovery_question",
        True,
    ),
    ("out of curiosity I checked your site", None, "question", False),
    # (session 34, seeds-pBO) selling owned after an honest lead-in
    (
        "honest answer, we sell forklifts, but today I'm only checking a record",
        None,
        "owns_sale",
        True,
    ),
    # the email on file read out, then checked
    ("ok and the email ana.ruiz@corvid.com, is that still good", None, "contact_details", True),
    # their boss asked along to the lunch makes it a favour
    ("I'd love to grab lunch with you and maybe your plant manager", None, "referral_ask", True),
    ("great to catch up with you and your family", None, "referral_ask", False),
    # (session 34, messy72) "who'd you say you were with" asks for the company, not the name
    (
        "Fleetline Telematics. quick one, how do you track the vans now",
        "sorry who'd you say you were with",
        "ignored_question",
        False,
    ),
    (
        "Fleetline Telematics. quick one, how do you track the vans now",
        "sorry, who is this?",
        "ignored_question",
        True,
    ),
    # a pleasantry with "otherwise" is small talk; a name tried out is no question about them
    ("ok, how are things going otherwise", None, "discovery_question", False),
    ("hi, uh, Ko-see-mo?", None, "discovery_question", False),
    ("hi, Mr. Okonjo?", None, "discovery_question", False),
    ("hi, Mr. Okonjo, how do you handle returns?", None, "discovery_question", True),
    # (session 34, seeds-pBP) scarcity pressed on them sells; their no heard and the time
    # made small presses
    ("we're filling up fast for the spring season", None, "sales_offer", True),
    ("the hotel was booking up fast that week", None, "sales_offer", False),
    ("i hear you, but it's only three minutes", None, "pressure", True),
    # a fee as a share of something, a setup in thousands
    ("we take 3 percent of collections", None, "pricing", True),
    ("setup is 2k and that's it", None, "pricing", True),
    ("40 percent of your calls go unanswered", None, "pricing", False),
    # their people said to have asked for it already
    ("your ops team already asked us for a proposal", None, "misleading_claim", True),
    ("your team already uses a spreadsheet for that", None, "misleading_claim", False),
    # (session 35, messy73) what the caller wants to find out is a reason; so is the subject
    # named alone in answer to "what's this about?" (a visit wished for is neither)
    (
        "I'd like to find out whether your crews still log hours on paper",
        "and what's this about?",
        "reason",
        True,
    ),
    (
        "id like to check if the warehouse has a plan for the winter peak",
        "what's it regarding?",
        "reason",
        True,
    ),
    (
        "I'd love to swing by thursday morning with some samples",
        "what's this regarding?",
        "reason",
        False,
    ),
    ("the lease renewal on your Main Street store.", "what's this about?", "reason", True),
    ("your new warehouse in Tacoma.", "and this is regarding?", "reason", True),
    ("your time.", "what's this about?", "reason", False),
    # the call someone sent us to make is no call asked for; time lost is no time asked for
    (
        "hi Pat, it's Lee Wong, Sandra Hill suggested I give you a quick call, is now ok",
        None,
        "commitment_ask",
        False,
    ),
    (
        "Sandra suggested I give you a call, could we meet thursday at 2",
        None,
        "commitment_ask",
        True,
    ),
    (
        "our clients were wasting two hours a week on invoices, and I wanted to see if",
        None,
        "commitment_ask",
        False,
    ),
    (
        "we book freight for importers and I'd like to learn how your team ships today",
        None,
        "commitment_ask",
        False,
    ),
    # an invitation with its day asks for a commitment; so does time found with someone
    (
        "swing by the studio friday at 10 and I'll show you the new press",
        None,
        "commitment_ask",
        True,
    ),
    ("come by anytime", None, "commitment_ask", False),
    ("so could we find some time at some point with my colleague", None, "commitment_ask", True),
    (
        "so could we find some time at some point with my colleague",
        None,
        "discovery_question",
        False,
    ),
    # "were" opening the line before a company is "we're"; "which" and a thing ask, after a comma too; so does a question joined on
    ("were Falcon Roofing, we fix flat roofs for warehouses", None, "discovery_question", False),
    (
        "depends on the site really, which shifts are running short right now",
        None,
        "discovery_question",
        True,
    ),
    ("we set it up at the clinic, which honestly is the whole point", None, "question", False),
    ("makes sense, so does Arjun sign off on the orders himself", None, "discovery_question", True),
    ("I love that place, so does Leticia.", None, "question", False),
    ("is he in tommorow", None, "routing", True),
    # fees waived, said short; the first months of fees waived
    ("new members get their joining fees waived", None, "pricing", True),
    ("we waive the first three months of management fees", None, "pricing", True),
    # sign-offs: "text me later when...", "catch you later", "enjoy it" closing the line
    ("ok well text me later when you know your schedule", None, "goodbye", True),
    ("ok cool, catch you later", None, "goodbye", True),
    ("we catch you later in the funnel", None, "goodbye", False),
    ("lovely to hear. happy birthday again, enjoy it", None, "goodbye", True),
    ("you'll really enjoy it", None, "goodbye", False),
    # where to meet, sent: a next step
    ("ill text you the address of the cafe after this", None, "next_step", True),
    ("I'll send you a pin", None, "next_step", True),
    ("is the address still 400 larch street", None, "next_step", False),
    # (session 35, seeds-pBQ/pBR) something asked of them to send us, and their place or
    # figures asked for our showcase, ask nothing about them
    ("could your office send over the floor plans by friday?", None, "discovery_question", False),
    ("could you tell me how you handle returns?", None, "discovery_question", True),
    ("would you let me take a few photos of the sign for my website?", None, "referral_ask", True),
    ("let me take a look at your setup", None, "referral_ask", False),
    # someone away over a time proposes no time to agree to
    ("ok great", "he's in Denver this week though", "next_step", False),
    ("ok great", "how about this week?", "next_step", True),
    # (session 35, messy75) "let's be honest" proposes nothing; "let's say" supposes
    (
        "so the rates drift from the contract, and let's be honest, nobody checks",
        None,
        "commitment_ask",
        False,
    ),
    ("let's say we sign the contract in june", None, "commitment_ask", False),
    ("let's grab a call friday", None, "commitment_ask", True),
    # (session 35, seeds-pBS) business for their shop left unnamed is still business
    ("there's something we'd like to run by you about the new menu", None, "sales_offer", True),
    ("I'd love to hear what we could do better", None, "sales_offer", False),
    # (session 35, messy76) a company named with a routing or dispatch word is no name;
    # "we already do the X work" is no ask; the call we thought to make is this one
    ("hey Ray it's Harbor Dispatch, we book your trucks", None, "introduction", False),
    ("hey Ray it's Dana Ortiz, we book your trucks", None, "introduction", True),
    (
        "hey Dev, Nora Pike with Coldline, we already do all the chiller work at your Fresno site so I figured I'd give you guys a call here too",
        None,
        "commitment_ask",
        False,
    ),
    ("so I figured I'd give you a call, could we meet tuesday at 9", None, "commitment_ask", True),
    # (session 35, seeds-pBT) our work offered to redo theirs; two slots, then "which is
    # better?"; "see ya" and a lone "see you" close the call
    ("I could draft a refreshed menu for you", None, "sales_offer", True),
    ("I can redo the boards for both shops", None, "sales_offer", True),
    ("I've got Tuesday at 1 or Wednesday at 3. Which is better?", None, "commitment_ask", True),
    (
        "I've got Tuesday at 1 or Wednesday at 3. Which is better?",
        None,
        "discovery_question",
        False,
    ),
    (
        "we have two plans for teams like yours. which is better for you, monthly or annual billing?",
        None,
        "discovery_question",
        True,
    ),
    ("sure, see ya", None, "goodbye", True),
    ("ok, see you", None, "goodbye", True),
    ("nice to see you", None, "goodbye", False),
    ("see ya at the expo", None, "goodbye", False),
    # "where's" asks after a comma, typed with or without its apostrophe; "when's good?"
    # picks a time
    (
        "so once the new site opens, where's the overflow stock going to sit",
        None,
        "discovery_question",
        True,
    ),
    ("ok, wheres the overflow stock going to sit", None, "discovery_question", True),
    ("I can get you a demo this week. when's good?", None, "discovery_question", False),
    ("when's your busy season?", None, "discovery_question", True),
    (
        "great. I'll go through my list for names. whens a good 20 min for you next week",
        None,
        "commitment_ask",
        True,
    ),
    # (session 35, messy77) how long since we last met, asked after a clause of its own, is
    # small talk (how long since they changed something is not); "quick one then --"
    # announces a question; a meeting asked after what someone said, past a dash
    (
        "it'll be good to catch up, it's been what, since the spring mixer?",
        None,
        "discovery_question",
        False,
    ),
    ("how long has it been since you switched vendors?", None, "discovery_question", True),
    (
        "understood. quick one then -- is fleet fuel something the board is pushing you on this year",
        None,
        "discovery_question",
        True,
    ),
    (
        "Mo said you'd be keen - any chance we can grab coffee friday at 9",
        None,
        "commitment_ask",
        True,
    ),
    # (session 35, seeds-pBU) the meeting offered after a colon; a talk looked back on
    (
        "here's a small idea, and no is fine: a 20-minute call next Tuesday at 10",
        None,
        "commitment_ask",
        True,
    ),
    ("the plan: we met at 4:30 on friday", None, "commitment_ask", False),
    ("I enjoyed our chat at the panel last week", None, "misleading_claim", True),
    ("great chatting with you at the expo", None, "misleading_claim", True),
    ("I enjoyed the show", None, "misleading_claim", False),
    # (session 35, new-user check) a time check after a comma is its own question: the
    # week in the reason before it is no slot asked for
    (
        "hi its sam lee from harbor alarms, calling cause two vans were broken into on your block this week, is now an ok time",
        None,
        "commitment_ask",
        False,
    ),
    (
        "hi its sam lee from harbor alarms, calling cause two vans were broken into on your block this week, is now an ok time",
        None,
        "time_check",
        True,
    ),
    ("the reason is now a good one, honestly", None, "question", False),
    # (session 36, messy78) a count of things after "runs", named by two words, is no price
    ("our planner runs five thousand route combinations every night", None, "pricing", False),
    ("the service runs about eight thousand a year, all in", None, "pricing", True),
    # ... a noun then its verb is a clause of its own, not one more item of a list
    (
        "we've got a cargo van and two dollies, and the movers will be glad to help, and it saves you the stairs",
        None,
        "feature_list",
        False,
    ),
    ("we've got a cargo van, two dollies, a lift gate and the straps", None, "feature_list", True),
    # ... asking to be put in touch is a next step (an introduction, but not one offered);
    # what the rep would send, and the thing said to be on its way, with a time, are too
    ("could you put me in touch with your fleet manager?", None, "next_step", True),
    ("could you put me in touch with your fleet manager?", None, "intro_offer", False),
    ("the floor plan goes to you tomorrow morning", None, "next_step", True),
    ("our vans go to you every tuesday", None, "next_step", False),
    ("I'd email you the quote tonight", None, "next_step", True),
    ("I'd rather not call this week", None, "next_step", False),
    # (session 36, seeds-pBV) a wish said again in the line that opens the call is no goodbye
    (
        "Hi Rosa, this is Tom Baker. We met at the trade fair in May. Congrats again.",
        None,
        "goodbye",
        False,
    ),
    ("sounds good, congrats again", None, "goodbye", True),
    # ... an apology said again after thanks closes the line; said alone, it goes on
    ("ok, have her ring me at 555-0133, thanks, sorry again", None, "goodbye", True),
    ("oh, sorry again, you were saying", None, "goodbye", False),
    # ... and a budget asked about, yes or no, sizes up the sale
    ("does the clinic have a budget for new chairs this year", None, "sales_offer", True),
    ("is there any budget set aside for signage", None, "sales_offer", True),
    ("we kept the last build on budget for them", None, "sales_offer", False),
    # (session 36, messy79) a tag question about them asks, typed without its "?"; "right"
    # with no pause before it is how a thing is done
    ("so your crew still does the night loads yeah", None, "discovery_question", True),
    ("you're still on the paper system, right", None, "question", True),
    ("you're doing it right", None, "question", False),
    # ... the tag closing the last clause of a run-on line (found in the new-user check)
    (
        "hi its dana lee from acme, calling cause crews your size lose hours to paper logs, youre still on paper yeah",
        None,
        "discovery_question",
        True,
    ),
    ("we did that last year yeah", None, "question", False),
    # ... a habit of ours ("I keep seeing...") says no reason; a guess at a figure ("I want to
    # say thirty") neither, but "I wanted to say congrats" does
    ("we keep hearing from clinics that no-shows eat their day", None, "reason", True),
    ("it took about two years, I want to say thirty versions", None, "reason", False),
    ("I wanted to say congrats on the new studio", None, "reason", True),
    ("just wanted to say it was great meeting you at the expo", None, "reason", True),
    # ... but a problem we keep seeing in shops like theirs is one
    (
        "what we keep seeing is shops quoting from memory and losing money on every job",
        None,
        "reason",
        True,
    ),
    # ... "its" after a verb owns what follows: no name
    ("the frame keeps its shape with heavy use", None, "introduction", False),
    ("hey ray its dev patel from coldline", None, "introduction", True),
    # ... a time clause's "we got", a pair said as one ("up and down"), and a clause after
    # "now" list nothing
    (
        "after we got a press that holds its heat, and now we're shipping to two chains up and down the valley",
        None,
        "feature_list",
        False,
    ),
    # ... an offer to send, said as "what I can do is...", asks for no meeting
    ("what I can do is send you our sample pack tomorrow morning", None, "commitment_ask", False),
    ("what I can do is send you our sample pack tomorrow morning", None, "next_step", True),
    # ... the hour where they are is a time check, not a question about them
    ("sorry, is it late there?", None, "discovery_question", False),
    # ... the call's purpose put as the meeting itself asks for it
    ("I'm calling to get twenty minutes with you next Tuesday at 3", None, "commitment_ask", True),
    ("I'm calling to get some feedback on the trial", None, "commitment_ask", False),
    # ... someone asked for by title and full name is routing, not a question about them
    ("hi Cleo, its Mark Ruiz, is Dr. Ines Alvarado in?", None, "routing", True),
    ("hi Cleo, its Mark Ruiz, is Dr. Ines Alvarado in?", None, "discovery_question", False),
    # ... a first name in two parts, typed in lower case, answers "who's calling?"
    ("mi-rae kwon, harbor freight audit", "who's calling?", "introduction", True),
    ("follow-up, harbor freight audit", "who's calling?", "introduction", False),
    # (session 36, messy80) someone asked for, pressed ("or not"), is still routing; a
    # surname after two particles still makes a name
    ("ok look, is she in or not", None, "routing", True),
    ("ok look, is she in or not", None, "discovery_question", False),
    ("hi Tom, Mira van der Linde from Coldcase Storage", None, "introduction", True),
    ("Tom, this is Mira van der Linde from Coldcase Storage", None, "introduction", True),
    # ... and a name no list knows, typed in lower case after the one addressed, counts when
    # a company named by its trade follows
    (
        "mr ortega, ji-ho lim from harborline freight. calling about your reefer loads",
        None,
        "introduction",
        True,
    ),
    ("hi sam, good weather from the coast", None, "introduction", False),
    # (session 36, seeds-pBX) a meeting asked for as what they would like; names asked for
    # by a range; names pressed for
    ("would you want to talk it through with your ops lead", None, "commitment_ask", True),
    ("would you want to talk it through with your ops lead", None, "discovery_question", False),
    ("would you like to talk about your goals for the year", None, "commitment_ask", False),
    ("could you send me two or three names this month", None, "referral_ask", True),
    ("when do you think you could get them to me", None, "discovery_question", False),
    # (session 36, seeds-pBW) a phone number is no sum; work fished for sells
    ("my number if you need it is 555-0199", None, "pricing", False),
    ("it's 450 a month, call 555-0163 to sign up", None, "pricing", True),
    (
        "wanted to see if you have any catering work coming up, I have some openings",
        None,
        "sales_offer",
        True,
    ),
    ("do you have any renovation projects coming up", None, "sales_offer", False),
    # (session 37, messy81) catching the person is no reason, catching up is
    ("hey priya, was hoping to catch you before the weekend, ring me back", None, "reason", False),
    ("hi priya, wanted to catch up about the harbour project", None, "reason", True),
    # a spec sheet said in clauses: the material, the rating, what folds away
    (
        "the crates are polypropylene, rated to minus forty, theyve got labels on both ends, and theyre stackable",
        None,
        "feature_list",
        True,
    ),
    (
        "reviewers rated us at 4.9 stars, the crew is friendly and the vans are clean",
        None,
        "feature_list",
        False,
    ),
    (
        "so its a tour headset, the units are waterproof, theres GPS so clips play by each case, and the batteries last all day",
        None,
        "feature_list",
        True,
    ),
    # a word coined on "-ly" said alone is a brand; "-lly" is a surname's
    (
        "hi Gurpreet, this is Trellisly out of Modesto, calling about soil sensors",
        None,
        "introduction",
        False,
    ),
    ("hi Gurpreet, this is Connolly from Ridge Roofing", None, "introduction", True),
    ("hey gurpreet, this is trellisly out of modesto", None, "introduction", False),
    # a trade after an unknown word names a firm ("brightwave streaming calling")
    (
        "hi mr okafor, this is brightwave streaming calling about your chapel",
        None,
        "introduction",
        False,
    ),
    # (a proposal named before where and when: "so, lunch thursday, noon, somewhere...?")
    ("so, coffee friday, 10ish, somewhere near your office?", None, "commitment_ask", True),
    ("we had coffee friday, near your office?", None, "commitment_ask", False),
    # the hour said back, and a reminder timed by the meeting, are steps
    ("perfect, noon at the taco place.", None, "next_step", True),
    ("ill text you the night before", None, "next_step", True),
    # what a friend told me they want, with "you're"
    (
        "our mutual friend jo told me youre looking for a new caterer",
        None,
        "misleading_claim",
        True,
    ),
    # a way to reach them, read back and checked, asks nothing about them; a role does
    (
        "ive got your billing address as 22 Pine Lane, is that still right",
        None,
        "discovery_question",
        False,
    ),
    (
        "ive got your billing address as 22 Pine Lane, is that still right",
        None,
        "contact_details",
        True,
    ),
    (
        "ive got you down as the office manager, is that still right",
        None,
        "discovery_question",
        True,
    ),
    # (the same for the scorer: an email read back and checked, scored only, is no discovery)
    ("the email we have is ana@corvid.com, is that still good", None, "discovery_question", False),
    # the record checked as what the caller wants to know, not as a condition
    (
        "that one is from 2021, so I'd like to know whether it's still current",
        None,
        "record_check",
        True,
    ),
    ("if that's still current I'll leave it as it is", None, "record_check", False),
    (
        "is there anybody else at Fernhill who should be on our mailing list",
        None,
        "right_person",
        True,
    ),
    # "calling because..." gives the reason, it is no step; "calling you back friday" is
    ("calling because you said the paperwork was eating your weekends", None, "next_step", False),
    ("ill be calling you back friday at 2 then", None, "next_step", True),
    # the time left to them after the choice
    ("we could do coffee later on instead, your pick which day", None, "callback_offer", True),
    # (session 37, messy82) a "who" with a subject after its verb asks, after any lead-in
    ("right, sure, who are you buying from these days", None, "discovery_question", True),
    ("my cousin, who is your age, runs the till", None, "question", False),
    # the nurse's "we" asks after them, nothing about their business
    ("hiya, how are we doing this morning", None, "discovery_question", False),
    ("hiya, how are we doing this morning", None, "small_talk", True),
    # a moment of their time, its "do" dropped and no "?"
    ("so u have a spare sec or", None, "time_check", True),
    # "how are you today" ends where the caller's own sentence starts
    (
        "hi dev how are you today im calling from Larkspur Boilers about your heating",
        None,
        "reason",
        True,
    ),
    (
        "hi dev how are you today im calling from Larkspur Boilers about your heating",
        None,
        "discovery_question",
        False,
    ),
    # time in their diary asked for as what we would like
    (
        "we'd love forty-five minutes with your ops lead, say friday at 10",
        None,
        "commitment_ask",
        True,
    ),
    # a choice of two closed by "which suits"
    ("friday at 10 or monday at 3, which suits", None, "commitment_ask", True),
    ("we stock oak and ash, which suits most kitchens", None, "question", False),
    # a name whose first part is in two pieces, typed in lower case
    ("morning, jae-won lim here for the owner", None, "introduction", True),
    ("hey pat its mi-rae kwon from stackline", None, "introduction", True),
    # an unknown lower-case name after the one addressed, then the firm by its trade
    ("hi rosa, tamerlan uulu, kestrel roofing. is bill there", None, "introduction", True),
    # (session 37, seeds-pBZ) an introduction offered by how it would be made
    ("would an intro over email be useful, if she agrees", None, "intro_offer", True),
    # a yes said not to be owed is a way out, no push
    ("thursday at 9 works for me, but dont feel you have to agree", None, "easy_out", True),
    ("thursday at 9 works for me, but dont feel you have to agree", None, "pressure", False),
    ("honestly you need to say yes today, the slots are going", None, "pressure", True),
    # (session 37, messy83) a first name of two first names, even one ending "-ing", answers
    ("hui-ling, from Tallgrass Surveys", "sorry, who's this?", "introduction", True),
    # "the phone" kept on file is a thing, no step
    ("and ill keep the phone as this number", None, "next_step", False),
    # (session 37, seeds-pCA) where we met, said as "said hi" or "got chatting"
    ("we got talking at the coffee cart during the Expo last week", None, "met_context", True),
    # the caller's own no offers no slot; guilt over an old friend's hour pushes
    ("you cant give an old mate one lunch?", None, "pressure", True),
    ("could you start sending clients my way", None, "referral_ask", True),
    # (messy83) a question opening on "yeah" or "oh yeah", typed with no comma and no "?"
    ("yeah is that mainly on the night shift or days too", None, "discovery_question", True),
    ("yeah is fine by me", None, "question", False),
    # (session 37, seeds-pCB) an invitation put as the call's purpose asks for an answer;
    # the time left to them; an ultimatum presses
    ("im ringing to invite you out for dinner one night next month", None, "commitment_ask", True),
    ("whatever day you pick works for me", None, "callback_offer", True),
    ("so its friday or nothing i'm afraid", None, "pressure", True),
    ("we have a special offer on the winter range", None, "pressure", False),
    # (session 37, messy84) what I'll do for them is no item of a spec sheet
    (
        "I'll update your record today and email you our setup checklist, most clinics keep the units in storage over winter",
        None,
        "feature_list",
        False,
    ),
    # a first name in two parts after the one addressed and a greeting
    (
        "Mr. Lund, hi, Marie-Louise Achebe, I run the front desk at Halden Clinic",
        None,
        "introduction",
        True,
    ),
    # a spec sheet with a wavelength in it
    (
        "our unit, the Q5, has two UV lamps at 222 nanometers, finds its own way with lidar so nobody has to walk it round, and sends every cycle to a dashboard so you have a record",
        None,
        "feature_list",
        True,
    ),
    # a monthly sum in words, offered as what we do
    ("or we do thirty-two hundred a month on the lease", None, "pricing", True),
    # half two is half past two
    ("ill ring back at half three then", None, "next_step", True),
    # the slot fixed after it was named
    ("its cloud based so yes. but friday at 9, can I lock that in", None, "commitment_ask", True),
    # (session 37, messy85) figures named are a specific thing to send
    ("could I email you the uptime figures from a plant your size", None, "next_step", True),
    # (seeds-pCC) a new offering announced sells; a wish closing the line says goodbye
    ("so I've recently rolled out a bundle for small clinics", None, "sales_offer", True),
    ("happy birthday again, and enjoy every minute.", None, "goodbye", True),
    ("enjoy every minute you have with them, it goes fast", None, "goodbye", False),
    # the answer to "what's it regarding?" first, the ask after it in the same breath
    (
        "it's about the fleet insurance renewal, could you book me ten minutes with him friday?",
        "what's it regarding?",
        "reason",
        True,
    ),
    ("is it about the invoice, or the renewal?", None, "reason", False),
    # (session 37, new-user pass) a spoken lead-in after a comma, then the question
    (
        "calling about the rota app, yeah is that still done on paper at yours",
        None,
        "discovery_question",
        True,
    ),
    ("the roof's done, and is fine", None, "question", False),
    # (session 38, messy86) "did that for years": the caller's own story, its "I" dropped,
    # asks nothing; "did that help" still asks
    (
        "started on the tools in 2004, did that about eight years then went into sales",
        None,
        "question",
        False,
    ),
    ("did it for ages before I joined this lot", None, "question", False),
    ("ok, did that help at all with the backlog", None, "question", True),
    ("does that about cover it", None, "question", True),
    # ... a sum in pounds or euros said as what it costs is a price; a weight is not
    ("for a site like yours it comes to about six thousand pounds fitted", None, "pricing", True),
    ("it's around twelve thousand pounds", None, "pricing", True),
    ("that works out at roughly four thousand euros", None, "pricing", True),
    ("the trailer can carry two thousand pounds of feed", None, "pricing", False),
    ("it's rated to nine thousand pounds", None, "pricing", False),
    ("it's around eleven thousand pounds", None, "set_time", False),
    # ... a name with a Dutch, Arabic or Irish particle, or a surname in two parts after
    # "its", or a greeting in French or Spanish, introduces the caller
    ("hi Joost, Femke ten Hove here from Polder Pumps", None, "introduction", True),
    ("morning Dana, this is Yusuf ibn Khalid with Oasis Cooling", None, "introduction", True),
    ("hi Ruth, its Thandeka Dlamini-Zulu, from Veld Seeds.", None, "introduction", True),
    ("hi ruth, its thandeka dlamini-zulu, from veld seeds", None, "introduction", True),
    ("its been a slow week, from what I hear", None, "introduction", False),
    ("bonjour Margaux, Jean-Luc Moreau, from Alpes Transport.", None, "introduction", True),
    ("hola Ines, Rafael Ortega, from Ortega Tiles.", None, "introduction", True),
    (
        "pastor okafor, aoife ni dhuibhir from brightpath audio, calling about your sound desk",
        None,
        "introduction",
        True,
    ),
    # ... a role where they work after a name said alone names the caller
    ("hey Graham, mo haddad, ceo over at fernroute.", None, "introduction", True),
    # ... "we got into" is what we did, not what the product has
    (
        "so we got into the commercial side in 2015, shops, cold stores, a few churches, and honestly it went well",
        None,
        "feature_list",
        False,
    ),
    # ... a question after a comma about a thing of theirs going on
    (
        "calling about your delivery vans, are the new routes costing you overtime",
        None,
        "discovery_question",
        True,
    ),
    ("calling about the boiler, does the heating still cut out at night", None, "question", True),
    ("the ones we stock, are the cheapest in the county", None, "question", False),
    ("we switched suppliers, did the trick", None, "question", False),
    # (session 38, seeds-pCD) an introduction offered by how it is made
    ("want me to do a quick email intro to her on friday", None, "intro_offer", True),
    ("thanks for the intro last week", None, "intro_offer", False),
    # ... willingness to do something with us asks nothing about them; thanks for the call,
    # said last, closes it
    ("would you be open to exploring a partnership together", None, "discovery_question", False),
    ("would you be interested in teaming up with us", None, "discovery_question", False),
    ("are you open to new suppliers this year", None, "discovery_question", True),
    ("ok, thanks for taking the call, Imani.", None, "goodbye", True),
    ("thanks for the chat, appreciate it", None, "goodbye", True),
    ("thanks for taking the call, so the reason I'm ringing is your fleet", None, "goodbye", False),
    (
        "Hi Omar, this is Petra Lind with Fjord Freight. Thanks for taking the call.",
        None,
        "goodbye",
        False,
    ),
    ("right, great. thanks for taking the call", None, "goodbye", True),
    # (session 38, messy87) a guess asked for before "how" asks, at a clause's start only
    ("about how many vans go out on a monday", None, "discovery_question", True),
    ("ok so roughly how long does a refill take", None, "discovery_question", True),
    ("we chatted about how long a refill takes", None, "question", False),
    # ... a lower-case name with a particle, before where the caller is from
    ("this is tmoas da silva with brightwell glass", None, "introduction", True),
    # (session 38, seeds-pCE) what I'll pass on if something turns up is a reason about them
    (
        "if anything useful for your team comes across my desk, I'll send it your way",
        None,
        "reason",
        True,
    ),
    ("if I hear of anything in cold storage I'll pass it along", None, "reason", True),
    ("if the part breaks, I'll send it back", None, "reason", False),
    # (session 38, messy88) the step put as a suggestion is a step
    ("what I'd suggest is I send you our onboarding checklist on monday", None, "next_step", True),
    ("what I'd suggest is you sleep on it", None, "next_step", False),
    # ... a lower-case name of three parts, from a first name the list knows, introduces
    ("hi dr osei, its kojo asante boateng from meridian dental", None, "introduction", True),
    ("hi nadia, ana lucia reyes here, from brightline", None, "introduction", True),
    # (session 38, seeds-pCF) a record read back lists no features, and its email address
    # is no caller
    ("we have one for tom briggs, plant manager, from the 2021 expo", None, "feature_list", False),
    ("the one we have is tom briggs, tom at briggsworks dot com", None, "introduction", False),
    # ... a role said in full after the name introduces the caller
    ("morning, tunde. ngozi okafor, chief executive of ledgerline.", None, "introduction", True),
    # (session 38, seeds-pCG) idioms from across the English-speaking world: "fancy" asks,
    # "giving you a bell because" gives the reason, "pick whichever day" hands over the time,
    # "shoot me a few names" and "every lead you pass my way" ask for referrals
    ("would you fancy a quick chat next week", None, "commitment_ask", True),
    ("just giving you a bell because you connected with me on linkedin", None, "reason", True),
    (
        "just giving you a bell because you connected with me on linkedin",
        None,
        "connection_note",
        True,
    ),
    ("pick whichever day suits you best", None, "callback_offer", True),
    ("every lead you pass our way, I'll return the favour", None, "referral_ask", True),
    ("could you shoot me two or three names this week", None, "referral_ask", True),
    # ... "a grand day" is a wish, no sum; a weekday gone is no slot
    ("cheers, have a grand weekend", None, "pricing", False),
    ("it's about two grand for the lot", None, "pricing", True),
    (
        "we met at the coffee break last tuesday, so thanks for connecting",
        None,
        "commitment_ask",
        False,
    ),
    ("we met last tuesday at the expo", None, "set_time", False),
    # ... a no ruled out presses; a name "of" a firm by its trade introduces
    ("you can't say no to an old mate", None, "pressure", True),
    ("if you can't say no to suppliers, we can help", None, "pressure", False),
    ("morning, this is tunde bakare of harbour freight", None, "introduction", True),
    # (session 38, messy89) someone named who knows me well, or our firm already supplying
    # theirs, is a claim; an Irish name with its particles introduces; a spec sheet of
    # materials lists features; "i'm phoning from" names no one; "'cause" gives the reason
    ("Sister Agnes knows me very well", None, "misleading_claim", True),
    ("nobody knows us well round here yet", None, "misleading_claim", False),
    ("our firm is currently supplying your canteen", None, "misleading_claim", True),
    ("Hi Sean, Ciarán Mac an tSaoir here from Westport Marine", None, "introduction", True),
    (
        "so we do ceramic liners, polyurethane seals and UHMW wear strips",
        None,
        "feature_list",
        True,
    ),
    ("hi there, i'm phoning from tidewater glass", None, "introduction", False),
    ("and i'm ringing 'cause your lease is up in may", None, "reason", True),
    # (session 38, messy90) "<slot>, yes or no?" asks for the commitment; a firm's name with
    # "here" before "how are you" keeps it small talk; "it's grown" names no one; a hyphened
    # surname before a stop, typed in lower case, is a name; "you'd get" lists features
    ("so friday at ten, yes or no?", None, "commitment_ask", True),
    ("so friday at ten, yes or no?", None, "discovery_question", False),
    (
        "Harbourside Dental Supplies here, how are you doing today?",
        None,
        "discovery_question",
        False,
    ),
    ("we started with two vans and it's grown from there", None, "introduction", False),
    ("hi ines, this is kwabena mensah-ofori. is pedro around?", None, "introduction", True),
    (
        "with us you'd get offsite backup, encrypted email and a help desk that picks up",
        None,
        "feature_list",
        True,
    ),
    # (session 38, seeds-pCH) "your" typed for "you're" in an ask; what I'll learn for them
    ("any chance your around for a coffee on friday", None, "commitment_ask", True),
    ("just saying hi so i know what intros might help you", None, "reason", True),
    # (session 38, messy91) the disclaimer with a tag asks nothing; slang greetings and the
    # game last night are small talk
    ("we're not here to pitch you anything, ok?", None, "discovery_question", False),
    ("yo Dee, what's up?", None, "small_talk", True),
    ("did you see the match on saturday", None, "small_talk", True),
    ("how's the week treating ya", None, "small_talk", True),
    ("what's new with your kitchen this year?", None, "discovery_question", True),
    # (session 38, seeds-pCI) their own person left standing is an easy out; a meal offered
    # as a treat is the invitation
    ("if you already have someone you trust, totally fine", None, "easy_out", True),
    ("coffee's on me next time I'm in town", None, "commitment_ask", True),
    ("the coffee on the ward is terrible", None, "commitment_ask", False),
    # ... a typo in "invite" still names how we connected
    ("you sent me a linkedin ivnite last week so thanks", None, "misleading_claim", False),
    # (session 39, messy92) a name with Vietnamese letters, or with particles typed in lower
    # case, introduces the caller; a customer's own past told is no claim of their wishes
    ("morning, Trần Thị Mai here from Lotus Freight", None, "introduction", True),
    ("hey, pieter van den berg here, from veldtrust", None, "introduction", True),
    ("hi, nomvula van der walt here from greenline", None, "introduction", True),
    # ... and said alone, with its accents, to "who is this?"
    ("Ólafur, from Nordvik Scaffolding.", "sorry, who's this?", "ignored_question", False),
    ("we sold to le petit four bakery last spring", None, "introduction", False),
    (
        "three of our growers told me they'd have lost the crop without us",
        None,
        "misleading_claim",
        False,
    ),
    ("your office manager told me you'd have a few minutes today", None, "misleading_claim", True),
    # ... a kind of thing, then the parts it mainly covers, names two things, not three
    (
        "we do accounting software for clinics, mostly billing and payroll",
        None,
        "feature_list",
        False,
    ),
    (
        "we do scheduling, mainly shift swaps, overtime alerts and payroll export",
        None,
        "feature_list",
        True,
    ),
    # (session 39, seeds-pCJ) "who at X looks after..." asks for the right person; a title
    # asked for the record is a signal of its own (and, as a role, still discovery)
    ("who at the depot handles the fuel cards these days", None, "right_person", True),
    ("who in the world still uses fax", None, "right_person", False),
    ("and his exact job title?", None, "job_title", True),
    ("what position is she in now", None, "job_title", True),
    # ... typed in a hurry, its "?" gone
    ("and his exact title", None, "job_title", True),
    ("his title is sales lead.", None, "job_title", False),
    ("what role do you play when the buying gets done", None, "job_title", False),
    ("that's the title of her book, isn't it", None, "job_title", False),
    ("what's top of the list in the new role", None, "job_title", False),
    # ... who is calling told after a colon; two things to choose from, or the time asked of
    # them, lets them pick; the product shown to them is an offer of it
    ("sorry, let me say who this is: Femi Adeyemi, we met at the fair", None, "introduction", True),
    ("would a call or a quick visit be easier for you", None, "callback_offer", True),
    ("what day shall we make it then", None, "callback_offer", True),
    ("it would be better or worse depending on the weather", None, "callback_offer", False),
    ("want to pop over and show you our dispatch dashboard", None, "sales_offer", True),
    ("i could show you our office when you visit", None, "sales_offer", False),
    # (session 39, messy93) "you know?" run on at the end is a filler, not a question; our
    # own step with a tag asks nothing about them
    ("its a whole new way of running the kitchen you know?", None, "discovery_question", False),
    ("so how many sites do you run you know?", None, "discovery_question", True),
    (
        "anyway I'll email you the menu pack this afternoon, right?",
        None,
        "discovery_question",
        False,
    ),
    # ... the list ends where the caller's own clause begins
    (
        "we do hull inspection and maintenance tracking for yacht clubs, I'm ringing because the"
        " season starts soon and most clubs book late",
        None,
        "feature_list",
        False,
    ),
    # ... what we might do together is no slot asked for
    (
        "I'm calling because a lot of those clinics buy their supplies from you, and I think we"
        " could do something useful together",
        None,
        "commitment_ask",
        False,
    ),
    ("we could do wednesday at 3 if that's easier", None, "commitment_ask", True),
    # ... whether it holds for them, asked after a comma without its "?"
    (
        "most crews lose a day a month to this, is that the case for your team",
        None,
        "question",
        True,
    ),
    ("the upshot, is that we ship faster", None, "question", False),
    # ... given names of African languages typed in lower case
    ("tendai from kopje solar here, got a sec", None, "introduction", True),
    # (session 39, seeds-pCK) why a question was asked is a reason; their name asked for
    ("the reason i'm asking is we still have him on the mailing list", None, "reason", True),
    ("may I take your name for my notes?", None, "asks_name", True),
    ("may I take a message for her?", None, "asks_name", False),
    # ... a parting wish in a regional idiom; a choice of two slots between commas; a
    # one-person business listing what it sells
    ("have a cracker of a weekend, Jo", None, "goodbye", True),
    ("you have a hell of a week ahead", None, "goodbye", False),
    (
        "would a call on friday at 2, or a visit if you prefer, be helpful?",
        None,
        "commitment_ask",
        True,
    ),
    (
        "I now offer logo design, signage, vehicle wraps and shop fit-outs.",
        None,
        "feature_list",
        True,
    ),
    ("i offer a free consult, I think", None, "feature_list", False),
    (
        "In case you wonder whether I sell things: yes, we build booths.",
        None,
        "feature_list",
        False,
    ),
    # ... a question after a condition put first; a question run on into the next sentence
    (
        "if the old contact has left, who would look after the booking now",
        None,
        "right_person",
        True,
    ),
    ("we work with a local tech, who would handle the install", None, "question", False),
    (
        "and what phone number gets her direct the one we have bounces.",
        None,
        "contact_details",
        True,
    ),
    # (session 39, messy94) a referral told in the present, as English learned late says it;
    # a third party vouching for what the prospect is short of
    ("your manager, she tell me to call you about the roof", None, "misleading_claim", True),
    ("you tell me to call back tomorrow", None, "misleading_claim", False),
    ("your partner said you were crying out for a new supplier", None, "misleading_claim", True),
    (
        "the clinics I work with said they were swamped with paperwork",
        None,
        "misleading_claim",
        False,
    ),
    # ... a print shop's spec sheet; "myself" and a given name in two parts introduce
    (
        "we do business cards, full colour flyers, vinyl banners and next day turnaround",
        None,
        "feature_list",
        True,
    ),
    ("good morning sir, myself ravi kumar from brightpath solar", None, "introduction", True),
    ("this is min-jun choi, calling from harbourline", None, "introduction", True),
    # (session 39, messy95) the purchase put as a wish of theirs is the ask; a question of how
    # many of theirs, its "?" gone, after "quick question first"
    ("would you be up for switching one of your sites over to us?", None, "commitment_ask", True),
    ("would you be open to trying our modules in one hall?", None, "commitment_ask", True),
    ("would you be open to sharing how you handle it now?", None, "commitment_ask", False),
    ("quick question first, how many of your vans are leased", None, "question", True),
    ("you'd be surprised how many of your neighbours use us", None, "question", False),
    # (session 39, seeds-pCM) a thing offered after a comma, its "?" gone, asks; "-ful"
    # typed with a double "l"; a record read back under a person lists no features
    (
        "a few of my clients are florists, would an intro to one of them help",
        None,
        "question",
        True,
    ),
    ("if the rain holds off, the crew will be there at eight", None, "question", False),
    ("would a short call next week be usefull", None, "commitment_ask", True),
    (
        "we have Halcyon from the 2021 trade fair, under Priya Shah, office manager.",
        None,
        "feature_list",
        False,
    ),
    # (session 39, seeds-pCL) "4 p.m.," ends no sentence: the ask goes on after it
    (
        "would a quick call on monday at 10 a.m., twenty minutes, be helpful?",
        None,
        "commitment_ask",
        True,
    ),
    # (session 40, messy96) a question after the chance taken while they are on the phone
    ("since youre on the line, does farah still book the vans", None, "question", True),
    ("now that ive got you, is tomasz the one who approves repairs", None, "question", True),
    ("while you're there, the thing is we're swamped", None, "question", False),
    # ... a day recalled with what someone did for us is no proposal
    ("Ama Boateng introduced us by the coffee urn?", None, "commitment_ask", False),
    (
        "hi jo, sam here from ledgerly, we met at the expo lunch on monday, Ama Boateng "
        "introduced us by the coffee stand?",
        None,
        "commitment_ask",
        False,
    ),
    ("Lina Haddad put us in touch at the lunch on Friday?", None, "commitment_ask", False),
    ("so, coffee thursday at 10?", None, "commitment_ask", True),
    # ... a record read back field by field lists no features
    (
        "we have the phone as 0161 555 0100, the postcode as M4 2AB, and the contact as Ruth Obi",
        None,
        "feature_list",
        False,
    ),
    # ... a company's words run on past what looked like a name
    ("yeah hi ola, brightpane glass here, ring us back when you can", None, "introduction", False),
    ("hi raj, it's bluefin glazing here, call us back", None, "introduction", False),
    ("morning! its tidewater pro window cleaning here, ring us back", None, "introduction", False),
    ("Hi, it's Harbour Bright Commercial Cleaning, we're local", None, "introduction", False),
    ("this is Dana cleaning up our old records", None, "introduction", True),
    ("Hello Jo, it's Mina Park — Park Accounting, we met at the expo", None, "introduction", True),
    # (session 40, seeds-pCO) a claim that the call was expected or asked for, told apart from
    # a history ("we met at...")
    ("hi priya, your ops team is expecting to hear from me", None, "expected_call", True),
    ("her assistant asked me to ring this week about the renewal", None, "expected_call", True),
    ("we met at the Harbourside panel last month", None, "expected_call", False),
    ("I know you're not expecting my call", None, "expected_call", False),
    # ... a list of the rep's services told as news sells
    ("and we now do payroll, sales tax and year-end packages", None, "sales_offer", True),
    ("we now do it all by hand", None, "sales_offer", False),
    # ... people wished sent the rep's way, or the rep's name passed on, ask for referrals
    ("would love if you could send some cafe friends my way", None, "referral_ask", True),
    ("maybe pass my name to your neighbours", None, "referral_ask", True),
    ("my cousin sent me your way", None, "referral_ask", False),
    # ... a phone number grouped after its country code
    ("call me on +33 6 55 01 23 47", None, "phone_number", True),
    # ... "Its" capitalised inside a line opens a new sentence: a name follows
    ("Hi, is this Ms. Oduya Its Tomas Reyes from Kelpline.", None, "introduction", True),
    # ... "currently who is...", its "?" gone, asks
    ("currently who is handling your pallet repairs", None, "question", True),
    ("the two lads currently who fix our pallets are great", None, "question", False),
    # (session 40, messy98) eight digits in two fours, given as a number
    ("you can reach me on 8765 4321, thats 8765 4321", None, "phone_number", True),
    ("we grew from 2019 2020 onwards", None, "phone_number", False),
    # ... "Ah" said first is no name, even after "who is this?"
    ("Ah, I do apologise for the hour, really.", "who is this?", "introduction", False),
    # ... "no." ends a sentence unless a number follows
    (
        "no no. Are you the one who books his meetings, and when does he finish clinic?",
        None,
        "right_person",
        True,
    ),
    # ... a booking asked for outright
    ("please pencil us in for a short call thursday at 4", None, "commitment_ask", True),
    ("they put us down as a supplier in 2019", None, "commitment_ask", False),
    # ... "nothing major, just a quick one" gives no reason
    (
        "oh nothing major, just a quick one, is the boss in",
        "what's it regarding?",
        "reason",
        False,
    ),
    ("nothing urgent, just wanted to say hello properly", "what's it about?", "reason", True),
    # ... the slot just proposed, checked, asks nothing about them
    ("Would that suit you?", None, "discovery_question", False),
    ("your current rota, does it work", None, "discovery_question", True),
    # ... "my question is how ...", its "?" gone, asks
    ("so my question is how are you pricing rooms right now", None, "question", True),
    # ... a guess about them with its other half
    ("and you're the office manager, or reception", None, "question", True),
    ("you're welcome to ring, or email", None, "question", False),
    # (session 40, seeds-pCP) "would a coffee ... be any use" asks
    ("would a quick coffee friday at 10 be any use", None, "commitment_ask", True),
    # ... "i call just to ..." states a reason, as English learned late says it
    ("i call just to offer an introduction to our buyer", None, "reason", True),
    # ... the yes taken as given
    ("When can your dev team start?", None, "commitment_ask", True),
    ("when did your team start using it?", None, "commitment_ask", False),
    # ... referrals both ways, or the rep's name dropped
    ("we could send each other customers", None, "referral_ask", True),
    ("you could always mention me to the other owners", None, "referral_ask", True),
    ("could you mention us in the members newsletter", None, "referral_ask", True),
    ("ok so who could you send me this month", None, "referral_ask", True),
    ("do you have any customers right now who need a caterer", None, "referral_ask", True),
    ("do you have any drivers who need their licence renewed", None, "referral_ask", False),
    ("I'd love a few names, honestly", None, "referral_ask", True),
    # ... the caller's own year, told after "you won't believe"
    (
        "you wont believe the year ive had, I rebranded and I took on a second studio",
        None,
        "self_talk",
        True,
    ),
    ("I picked up your voicemail and I moved the meeting", None, "self_talk", False),
    ("I started a pottery class and my cat had an operation", None, "self_talk", True),
    # ... our own news tagged for agreement asks nothing about them
    (
        "and we've started doing pop-ups on sundays, which is mad, right?",
        None,
        "discovery_question",
        False,
    ),
    ("I hear you've started doing pop-ups, right?", None, "discovery_question", True),
    # ... a free month on offer, and the vendor's boast for a trade
    ("and I do a free first month", None, "sales_offer", True),
    ("we had a free week in Lisbon", None, "sales_offer", False),
    ("were basically the number one booking app for salons", None, "sales_offer", True),
    # (session 40, messy99) "the reason I call is ..." states a reason
    ("ok, the reason I call is your card fees", None, "reason", True),
    # ... a clause about the market inside a list names no feature
    (
        "our batteries are tier one, premium quality, and with blackouts these days everybody is"
        " buying backup",
        None,
        "feature_list",
        False,
    ),
    # ... "you catch the match on sunday?" asks about the past, its "did" dropped
    ("you catch the match on sunday?", None, "commitment_ask", False),
    # (session 40, seeds-pCQ) help offered after a hello is a reason
    (
        "just calling to say hi, and if theres anyone i can send your way id love to help",
        None,
        "reason",
        True,
    ),
    ("just calling to say hi", None, "reason", False),
    # ... their plans in the way, waved aside after an "if"
    ("if anythings in the way friday just move it, its only lunch", None, "pressure", True),
    ("if it doesn't suit you, just cancel it", None, "pressure", False),
    # (session 40, messy100) a call said the way it is in the street
    ("all good, no stress, ill give her another bell at 2:15", None, "next_step", True),
    # ... the disclaimer in dialect
    ("relax, i aint sellin nothin, just a quick question", None, "disclaimer", True),
    ("ain't that the truth, we sell to cafes too", None, "disclaimer", False),
    # ... whether something holds for them, put as what we wanted to see
    (
        "I just wanted to see if you guys ever get complaints about that",
        None,
        "discovery_question",
        True,
    ),
    ("I wanted to see if you have time for a quick call", None, "discovery_question", False),
    (
        "and I wanted to see if you'd be interested in talking about your payroll",
        None,
        "discovery_question",
        False,
    ),
    # (session 40, seeds-pCR) "yo" greets, and a full name may follow it
    ("yo dana, ama mensah — long time!", None, "introduction", True),
    # (session 41, messy101) a title of respect after the name addressed is no surname
    (
        "hello Meena ji, calling from Sunrise Freight about your shipments",
        None,
        "introduction",
        False,
    ),
    ("namaskar suresh ji, calling from bluewave exports", None, "introduction", False),
    ("hello, Ravi Shah, calling from Sunrise Freight", None, "introduction", True),
    # ... an order offered is no claim that they signed up
    ("shall we get you signed up for the starter plan today?", None, "misleading_claim", False),
    ("you signed up for the webinar last month", None, "misleading_claim", True),
    # ... a pleasantry tagged onto who the caller is asks nothing about them
    (
        "Priya! it's Tom, Tom Hale, from the old Deloitte team, you good?",
        None,
        "discovery_question",
        False,
    ),
    (
        "it's Tom from Deloitte, you still running the audit team, you good?",
        None,
        "discovery_question",
        True,
    ),
    # ... when something happens anyway is no slot proposed, nor is a contract of theirs
    (
        "I'm ringing because we collect from offices after 7pm and wondered if your cleaners"
        " ever miss the bins",
        None,
        "commitment_ask",
        False,
    ),
    (
        "the reason I called is your lease comes up for renewal in March and we'd love to bid on it",
        None,
        "commitment_ask",
        False,
    ),
    (
        "your current agreement ends in September, so I thought I'd check in",
        None,
        "commitment_ask",
        False,
    ),
    ("we close at 6, could we meet Friday at 4?", None, "commitment_ask", True),
    # ... round the clock, a help desk and endpoints are features
    ("we do 24/7 helpdesk, endpoint security and Office 365 admin", None, "feature_list", True),
    # ... the meeting just proposed, asked to be done, is no question about them
    (
        "I'd like half an hour with you Thursday at 3 to go through it. could we do that",
        None,
        "discovery_question",
        False,
    ),
    # (session 41, seeds-pCS) two slots put to them, their "?" gone, and a meeting offered
    # if they want it
    (
        "so maybe tuesday 11am or thursday 4pm and if it's a no that's fine",
        None,
        "commitment_ask",
        True,
    ),
    ("maybe monday or tuesday, depends on the weather", None, "commitment_ask", False),
    ("maybe two or three of them", None, "commitment_ask", False),
    ("if you like we can grab a coffee near your office", None, "commitment_ask", True),
    ("if you want we can talk later", None, "commitment_ask", False),
    # ... the papers brought so that they sign: the sale taken as given
    ("I'll bring the contract along so you can sign on the day", None, "pressure", True),
    ("I'll bring the contract you asked to see", None, "pressure", False),
    # ... the day they left dates the caller's own story
    (
        "since you left I went freelance, and I've landed two big accounts",
        None,
        "self_talk",
        True,
    ),
    (
        "since you left I went freelance, how's the new job treating you?",
        None,
        "self_talk",
        False,
    ),
    # ... a birthday wished in another language, or the day named as theirs
    ("maria! feliz cumpleaños, its tomás from the print shop", None, "reason", True),
    ("joyeux anniversaire, Claire!", None, "reason", True),
    ("saw on facebook it's your big day", None, "reason", True),
    ("it's your call, whatever suits", None, "reason", False),
    # ... a given name in two syllables, one of them a word too
    ("hi dana, ji-won kim here, from harbor analytics", None, "introduction", True),
    ("hi dana, sign-up here", None, "introduction", False),
    # ... the rep's work or rate offered on a courtesy call
    ("I'd do a mates rate for you", None, "sales_offer", True),
    ("we could refresh those for you before the summer", None, "sales_offer", True),
    ("your website could really use some new photos", None, "sales_offer", True),
    ("I can update the address for you", None, "sales_offer", False),
    ("we do a good deal of export work", None, "sales_offer", False),
    # ... our flyers left for them to hand out
    (
        "I've got some new flyers, I'll leave a pile at reception so you can hand them out",
        None,
        "referral_ask",
        True,
    ),
    ("we print flyers so you can hand them out at markets", None, "referral_ask", False),
    # ... the caller asking themselves; where they still are, its "are" dropped
    ("honestly, where do I even start? the year has been mad", None, "discovery_question", False),
    ("ha where do i begin. you still with the council", None, "discovery_question", True),
    ("thank you still in time for the launch", None, "discovery_question", False),
    # (session 41, messy102) a goodbye with a tag asks nothing; "y'all" is "you"
    ("talk soon then, yeah?", None, "discovery_question", False),
    ("hey marcy, how y'all doin' this morning?", None, "discovery_question", False),
    # ... a package said to be made of counted parts lists its features
    (
        "and the whole package is built for that, it's eight group sessions, a handbook, a"
        " team survey and email support",
        None,
        "feature_list",
        True,
    ),
    (
        "our plan is two weeks in Lisbon, then a week in Porto, and then home",
        None,
        "feature_list",
        False,
    ),
    # ... the caller's name after a two-word name greeted, typed in lower case
    ("hi mei ling, arjun desai from northwind freight, quick one", None, "introduction", True),
    # (session 41, seeds-pCT) a meeting to be shown the saving sells; signing up asked for
    # today, and scarcity, press
    (
        "i'd love to book a quick call to show you how much you could save",
        None,
        "sales_offer",
        True,
    ),
    ("could you sign up today so i can hold your place?", None, "commitment_ask", True),
    ("places are filling up fast, so let me know", None, "pressure", True),
    # (session 41, messy103) a dropped g and a clipped "because", their apostrophes kept
    ("the reason I'm callin' is we look after walk-in freezers round here", None, "reason", True),
    ("I'm phonin' 'cause your lease is up soon", None, "reason", True),
    # ... the slot named, put to them as fine or not
    (
        "so what I'll do is book one demo with our engineer on Monday at 3, is that fine with you",
        None,
        "commitment_ask",
        True,
    ),
    ("no, the tea is fine, thanks", None, "commitment_ask", False),
    # ... the reason given as what happens to others proposes nothing
    (
        "the reason I'm calling is that the gyms we work with had invoices that come in late every month",
        None,
        "commitment_ask",
        False,
    ),
    (
        "the reason I'm calling is that a lot of the farms we work with lose a day when the feed"
        " orders come in",
        None,
        "commitment_ask",
        False,
    ),
    ("could you come in on Friday at 10?", None, "commitment_ask", True),
    # ... a product by its name has got a list; a person by theirs has a life
    (
        "so TillPal's got split billing, a kitchen screen, offline mode and loyalty points",
        None,
        "feature_list",
        True,
    ),
    ("so dave's got three kids, a dog and a mortgage", None, "feature_list", False),
    # ... a price per vehicle, a currency code between
    ("it's only forty US a truck per month", None, "pricing", True),
    ("two a van is the rule on long runs", None, "pricing", False),
    # ... word passed on, "reckoned"; not a word that leads in
    ("Mia from the council reckoned you'd be keen to hear from me", None, "misleading_claim", True),
    ("and figured you'd want the photos", None, "misleading_claim", False),
    # ... the records checked, and read back field by field
    (
        "I'm only trying to confirm that we have the correct details for the new edition",
        None,
        "reason",
        True,
    ),
    (
        "We have your office as Plot 9, Ring Road, and your email as ops at kaduna dot ng, and we"
        " have you listed under seeds and fertiliser",
        None,
        "feature_list",
        False,
    ),
    # ... whether it is a topic for them asks no meeting; taking two minutes is a time check
    ("I wanted to see if that's even a conversation for you", None, "commitment_ask", False),
    ("can I take two minutes?", None, "discovery_question", False),
    # (session 41, messy104) the possessive of a name in s; "here is" leading a name (English
    # learned late); a round of calls set by our own side; a record read back field by field;
    # "'bout"; the morning said with its adjective
    ("I'm just returning Mrs. Peters' call from Monday", None, "misleading_claim", True),
    ("Here is Tomasz Wrona from Baltic Freight, good morning", None, "introduction", True),
    ("here is the invoice from Acme Corp", None, "introduction", False),
    (
        "my supervisor asked me to call every member who came to the expo",
        None,
        "misleading_claim",
        False,
    ),
    (
        "So, the address we have is 22 Mill Lane, Redfield, Bristol, BS5 9TX.",
        None,
        "feature_list",
        False,
    ),
    ("we have the address unit 12, riverside park, hull", None, "feature_list", False),
    ("so how 'bout Thursday at 3, at your office?", None, "commitment_ask", True),
    (
        "This is Dev from Northpoint, how are you doing this fine morning?",
        None,
        "discovery_question",
        False,
    ),
    # (session 41, seeds-pCV) "here is" and a known full name; a meeting proposed with its
    # parts lists no features
    ("Hi Dana, here is Jakub Nowicki, we met at the expo", None, "introduction", True),
    ("Here is Main Street, the bakery is on the left", None, "introduction", False),
    ("I suggest we have a call, you and me, maybe thirty minutes", None, "feature_list", False),
    # (session 41, seeds-pCV) an hour with its "o'clock" put to them; a debt called in, and
    # the yes taken as given; how they left, held against them
    ("Is Friday at 3 o'clock okay, or another day?", None, "commitment_ask", True),
    ("you still owe me for covering your shifts all last winter", None, "pressure", True),
    ("you don't owe me anything, honestly", None, "pressure", False),
    ("no pressure, please don't feel you owe me a yes", None, "pressure", False),
    ("so it's not really optional, ha", None, "pressure", True),
    ("we all thought it was pretty shady the way you quit", None, "put_down", True),
    # (session 42, messy105) the language of the call settled is no question about them
    ("hello ms. okafor, is english alright for you?", None, "discovery_question", False),
    ("would french be easier for you?", None, "discovery_question", False),
    ("do you have staff who speak french?", None, "discovery_question", True),
    # ... nor the moment checked without "time"
    ("is now ok for you?", None, "time_check", True),
    ("is now alright", None, "discovery_question", False),
    ("is now the right season for a re-roof?", None, "time_check", False),
    # ... notes compared is a reason
    ("i wanted to compare notes on the trade show circuit", None, "reason", True),
    ("we wanted to swap ideas about hiring apprentices", None, "reason", True),
    # ... a pitch put off to the meeting asked for owns up to it
    (
        "ok, I won't pitch you now -- could we grab half an hour thursday with your ops lead?",
        None,
        "disclaimer",
        False,
    ),
    ("i wont pitch you now, i just want to hear how the season went", None, "disclaimer", True),
    # ... "she'll know what it's about" claims what she expects
    ("just tell her mike called, she'll know what it's regarding", None, "misleading_claim", True),
    ("i'll send a note ahead so he knows what it's about", None, "misleading_claim", False),
    # ... set under others' rates is a price; the usual price told is one
    ("we come in around 12 percent under most carriers' rates", None, "pricing", True),
    ("the job came in 12 percent under budget", None, "pricing", False),
    ("usually it's 2 grand but for you 1500", None, "pricing", True),
    ("normally its 30 minutes, tops", None, "pricing", False),
    # ... "we now do A, B, C" lists features
    (
        "we now do vinyl banners, double sided, with qr codes, plus window decals",
        None,
        "feature_list",
        True,
    ),
    # ... a swap in "getting"
    ("hi its lena, just gteting back to you about the venue", None, "reason", True),
    # ... "do you have X" asks, and names nobody
    ("do you have Portuguese-speaking drivers?", None, "introduction", False),
    ("hi, you have Dana Ruiz from Acme", None, "introduction", True),
    # ... "what we do, really, is ..." and a relative clause before the main one ask nothing
    ("so what we do, really, is we run the whole payroll for you.", None, "question", False),
    (
        "if you took the bigger plan, which is about forty more a month, youd get the reports too.",
        None,
        "question",
        False,
    ),
    ("so what you sell, is it mostly wholesale", None, "question", True),
    # (session 42, seeds-pCW) favours asked of a contact: an introduction, their clients,
    # their list, a way in, their boss at the lunch
    ("maybe over lunch you could introduce me", None, "referral_ask", True),
    ("how many customers could you send my way a quarter", None, "referral_ask", True),
    ("you send me two leads a month and I send you two", None, "referral_ask", True),
    ("could you email me a list of your dental clients", None, "referral_ask", True),
    ("if you can get me in the door with purchasing, that'd be huge", None, "referral_ask", True),
    ("let's do dinner with your CFO next week", None, "referral_ask", True),
    ("could you send my invoice over", None, "referral_ask", False),
    # ... and a pitch said outright, a prospect sized up, a quote put on their desk
    ("honestly i'd love to pitch your team on our scheduling tool", None, "sales_offer", True),
    ("your clinic is exactly the kind of client we're looking for", None, "sales_offer", True),
    ("I can have a quote on your desk by monday", None, "sales_offer", True),
    ("I'm not here to pitch you, just to catch up", None, "sales_offer", False),
    # (session 42, messy106) a g dropped from a short word ("tryin'", "goin'"); a
    # disclaimer after "listen" asks nothing; a meeting made is a reason; "what is better?"
    # after two slots leaves the pick to them
    ("hows it goin", None, "discovery_question", False),
    ("hows it goin", None, "small_talk", True),
    ("listen, we're not trying to sell you anything, ok?", None, "discovery_question", False),
    ("i want to make an appointment with the manager about your fleet", None, "reason", True),
    ("thursday or friday, what is better for you", None, "commitment_ask", True),
    ("what is better about the new system?", None, "commitment_ask", False),
    # (session 42, seeds-pCX) Indian English on a records call: "kindly tell me if he is
    # still working there", "who is taking care of ...", "name and designation"
    ("kindly tell me if priya is still working there", None, "record_check", True),
    ("kindly tell me if the office is open on saturdays", None, "record_check", False),
    ("then who is taking care of the accounts now", None, "right_person", True),
    ("can you give me her name and designation", None, "job_title", True),
    ("as per our recrod the billing contact is joe", None, "reason", False),
    # (session 42, messy107) Caribbean "dis" is "this"; a step in the present, as English
    # learned late says it; a good wish with a tag asks nothing; "or not" closes a yes or
    # no; "which" left in place asks
    ("hello, dis is tomasz from brightline", None, "introduction", True),
    ("ok, I send you the brochure tomorrow", None, "next_step", True),
    ("today I send the price list", None, "next_step", True),
    ("I send invoices every month", None, "next_step", False),
    ("enjoy the rest of your weekend, yeah?", None, "discovery_question", False),
    ("have you changed suppliers, yeah?", None, "discovery_question", True),
    (
        "Your drivers still do the paper logs or not Because the new rules start in May.",
        None,
        "question",
        True,
    ),
    ("i dont know if it works or not.", None, "question", False),
    ("you use which courier for the big orders", None, "discovery_question", True),
    ("you know which one I mean", None, "question", False),
    # (session 42, seeds-pCY) a kind asked after a relative clause's place; one intro
    # offered; slots put with "does" dropped; an hour checked; a thing called due for
    # replacing sells; a swap or an introduction asked for
    (
        "your site says you do events right, which kind are the busiest for you",
        None,
        "question",
        True,
    ),
    ("i can do one intro by email this week", None, "intro_offer", True),
    ("wednesday 3pm or friday 9am work for you", None, "commitment_ask", True),
    ("we deliver on monday and it works for you", None, "commitment_ask", False),
    ("I could pop in on Thursday. Does eleven work?", None, "commitment_ask", True),
    ("does eleven work?", None, "discovery_question", False),
    ("your van's ten years old now. time for an upgrade?", None, "sales_offer", True),
    ("time for a coffee soon?", None, "sales_offer", False),
    ("you've got retail clients, I do retail payroll. let's swap.", None, "referral_ask", True),
    ("would you make the introduction to her this month?", None, "referral_ask", True),
    ("so are we all set?", None, "discovery_question", False),
    # (session 42, messy108) "it's" said as Caribbean Englishes say it, with the name twice;
    # "this here's"; selling as the street says it; "no sale here"; "he'll know what it is";
    # "it's only to make sure ..."; a progressive spec sheet; "do" dropped before "you have
    # time for"; "let me book you in"; "wha'" and "an'"; a capital after a dropped stop
    ("Keisha! Is Marlon, Marlon Grant, from the print shop.", None, "introduction", True),
    ("mornin, this here's Dwayne Pruitt with Pruitt Fencing", None, "introduction", True),
    ("relax, I'm not out to flog you anything, just a quick question", None, "disclaimer", True),
    ("no no, there's no sale involved, it's just our records", None, "disclaimer", True),
    ("just tell her Marco rang, she'll know what it is.", None, "misleading_claim", True),
    ("It's only to make sure our directory is correct, ma'am.", None, "reason", True),
    (
        "So basically, FleetPal is doing the GPS tracking, fuel alerts, driver scoring and the "
        "maintenance reminders, all in one app.",
        None,
        "feature_list",
        True,
    ),
    ("so, Maria is doing the books, the payroll and the hiring.", None, "feature_list", False),
    ("so, you have time for lunch with me on thursday?", None, "commitment_ask", True),
    ("let me book you in for a tasting next Tuesday at 3", None, "commitment_ask", True),
    ("it ships in June no Who signs off on orders there", None, "discovery_question", True),
    # (session 42, seeds-pCZ) a records reason in the present; "yes of course we sell"; their
    # setup run down; "no arguments"; our rates praised; "I propose we ..."; a long slot
    ("i check old contacts in our database for your company", None, "reason", True),
    ("yes of course we sell signs, but today it's only the record", None, "owns_sale", True),
    ("whatever you have now clearly isn't working", None, "put_down", True),
    ("sounds like what you have now isn't working for you", None, "put_down", False),
    ("we're doing dinner friday, no arguments", None, "pressure", True),
    ("our prices are really competitive for a shop your size", None, "sales_offer", True),
    ("I propose we meet, thirty minutes, next Monday at 10", None, "commitment_ask", True),
    ("how does next friday at 4 your time sound", None, "commitment_ask", True),
    # (session 42, new-user pass) a choice asked after a comma, typed without its "?"
    (
        "its a warranty thing so no cost to you, are the panels on your own roof or is it a rental",
        None,
        "discovery_question",
        True,
    ),
    ("the ones we sell, are the best or near enough", None, "question", False),
    # (session 43, messy109/110) a g dropped in any word, its apostrophe in its place;
    # Scots, Irish and Jamaican spellings ("aboot", "tae", "ye", "yuh", "nae", "deh")
    ("sorry for droppin' in on you so late", None, "apology", True),
    ("hiya, just phonin aboot your boiler service", None, "reason", True),
    ("ah wanted tae check if ye got the samples", None, "reason", True),
    ("i ain't ringin to sell you nothin", None, "disclaimer", True),
    ("nae bother, there's nothin to sell here", None, "disclaimer", True),
    ("how yuh doin today?", None, "small_talk", True),
    ("the weather cold down there in Leeds?", None, "small_talk", True),
    ("the weather freezing up there in Oslo?", None, "discovery_question", False),
    ("is it hot in the kitchen for your staff?", None, "discovery_question", True),
    # where someone is, asked lightly or in Scots: "in the day", "at all", "la", "pet"
    ("is Aileen in the day, pet?", None, "discovery_question", False),
    ("is Connor about at all?", None, "routing", True),
    ("is Connor in charge of buying at all?", None, "routing", False),
    # a shared past checked with Scots and Irish "mind" asks nothing about them
    ("mind we sat together at the awards dinner?", None, "discovery_question", False),
    # a word of theirs said back is a check of what was heard, not a question about them
    ("Oh, the garage ah?", "they are all in the garage", "discovery_question", False),
    (
        "Friday? and who does your deliveries then?",
        "we close early on friday",
        "discovery_question",
        True,
    ),
    ("Which ones?", "we already have a few", "discovery_question", True),
    # the present for "I'm calling", as English learned late says it
    ("I call you about the new parking permits", None, "reason", True),
    ("can I call you about it next week?", None, "reason", False),
    (
        "ach just tell him its about the roof job, hell know what its about, so he will",
        None,
        "reason",
        True,
    ),
    ("so I wanted to sort out your window cleaning", None, "reason", True),
    # claims: a friendship said other ways, what they know, a call of theirs answered
    ("Priya and I go back a bit", None, "misleading_claim", True),
    ("myself and Owen go way back", None, "misleading_claim", True),
    ("she knows all about it, just put me through", None, "misleading_claim", True),
    ("I'll send a summary so she knows all about it", None, "misleading_claim", False),
    ("I'm just getting back to Ms. Doyle about the quote", None, "misleading_claim", True),
    ("he rang me on Tuesday about the order", None, "misleading_claim", True),
    ("my manager rang me yesterday about it", None, "misleading_claim", False),
    # apologies with "now", Jamaican "fi", "ya", or a pain of calling again
    ("sorry now for ringing so early", None, "apology", True),
    ("apologies fi callin so late", None, "apology", True),
    ("sorry to catch ya in the middle of lunch", None, "apology", True),
    ("sorry to be a nuisance calling again", None, "apology", True),
    ("sorry to be a pain, can you spell that", None, "apology", False),
    # a discount with "of"; a touch screen, a till it connects to and offline work
    ("new customers get 30% of discount", None, "pricing", True),
    (
        "it has a touch screen, it connects with Xero, and it works offline",
        None,
        "feature_list",
        True,
    ),
    ("I'd love to connect with you and your team and the board", None, "feature_list", False),
    # the plan checked as a learner checks it; a verdict with its subject dropped
    ("we could meet Monday at ten. Is possible?", None, "discovery_question", False),
    ("is very cheap, eh?", None, "discovery_question", False),
    # names: "over at", "is" for "it's" after a greeting, a name and its company run on
    ("hey marta, this is jorund skaar over at fjell freight", None, "introduction", True),
    ("ola paulo, is ana souza, from lisbon tiles", None, "introduction", True),
    ("hi, is ana souza, the office manager?", None, "introduction", False),
    (
        "marta kowal bright dental supplies. calling about gloves",
        "sorry, who is this?",
        "ignored_question",
        False,
    ),
    # questions typed without their marks: "y'all still got", "your techs still using",
    # "who am i speaking with", "who deal with"; not praise
    ("yall still got the warehouse out on route 9", None, "discovery_question", True),
    ("your techs still using paper tickets", None, "discovery_question", True),
    ("thanks, your team doing great work", None, "discovery_question", False),
    ("this is ali from brightpath, who am i speaking with", None, "discovery_question", True),
    ("quick one, who deal with the ordering over there", None, "discovery_question", True),
    ("hey how's it going we met at the trade fair", None, "discovery_question", False),
    # owning the sale and setting it aside is not selling; an offer put as a learner puts it
    ("we sell shelving, but this call is only about your details", None, "sales_offer", False),
    ("we sell shelving, but this call is only about your details", None, "owns_sale", True),
    ("do you want that I email the catalogue?", None, "discovery_question", False),
    # favours, budgets, pressure, a chore left to them, a goodbye, a request closed by please
    (
        "what I'm hoping is you could give me three or four of your customers",
        None,
        "referral_ask",
        True,
    ),
    ("could you shoot me a list of your garage customers", None, "referral_ask", True),
    ("and you can tell me who approves the marketing budget", None, "sales_offer", True),
    ("you must need uniforms for all your staff by now", None, "sales_offer", True),
    ("whatever youve got, shift it", None, "pressure", True),
    ("shoot me a message whenever you're free", None, "callback_request", True),
    ("Thanks for the chat. Cheers, Priya.", None, "goodbye", True),
    ("Cheers, that helps a lot", None, "goodbye", False),
    ("and the phone number for her, please i will note it down", None, "contact_details", True),
    ("We have Tom Baird as buyer. He still works there?", None, "record_check", True),
    # (session 43, messy111) "please"/"kindly" lead a question; a thing still going on,
    # asked with its "is" dropped; a choice about them with its subject twice
    (
        "pls who looks after the security contract for your warehouse",
        None,
        "discovery_question",
        True,
    ),
    ("kindly who is in charge of the canteen", None, "discovery_question", True),
    ("ok. that still running on the old till software", None, "discovery_question", True),
    ("that still works for me", None, "discovery_question", False),
    ("you are doing the bookings yourself or you have an agency", None, "discovery_question", True),
    ("you can call me or you can email me", None, "discovery_question", False),
    # a visit or a message in the present for the future; Pidgin "dey"; a sum with its
    # currency's code; a rate against what they pay now; cents are a price term
    ("ok then I drop by friday with the samples", None, "next_step", True),
    ("we drop by on fridays usually", None, "next_step", False),
    ("we already dey work with your head office in Accra", None, "misleading_claim", True),
    ("the setup is about twelve thousand SGD all in", None, "pricing", True),
    ("we have two thousand US customers", None, "pricing", False),
    ("it works out about ten percent versus what youre paying now", None, "pricing", True),
    (
        "we got a launch promo, first box 40 dollars, then 9 cents a sheet, worth it",
        None,
        "feature_list",
        False,
    ),
    # names: said twice and checked back is who picked up; "here is" before a name
    ("Morning! Priya -- Priya Nair, yes?", None, "introduction", False),
    ("hallo tom, here is katrin vogel. i run a small print shop", None, "introduction", True),
    ("ok here is what I think we should do", None, "introduction", False),
    # a parting wish with its subject; not a question about how they do a job
    ("you take care, yeah?", None, "discovery_question", False),
    ("you take care of the payroll yourself, yeah?", None, "discovery_question", True),
    # a meeting wished for with "just" and "y'all"; a typo in "disturbance"; a name with
    # its accents runs nobody's product list
    ("I'd just love to get twenty minutes with y'all next week", None, "commitment_ask", True),
    ("sorry for the distrubance on a sunday", None, "apology", True),
    (
        "So Zoë handles the rota, the ordering and the tills for the whole place",
        None,
        "feature_list",
        False,
    ),
    # (session 43, messy112) names: Indian English "X this side"; "is" for "it's" after a
    # greeting given twice, "from" without a comma (not "is maria from accounts available")
    (
        "hello sanjay ji, good morning, deepak verma this side, from verma textiles",
        None,
        "introduction",
        True,
    ),
    (
        "Hello Mr Osei, good morning, is Marco Ricci from Lumen Tiles, in Milan.",
        None,
        "introduction",
        True,
    ),
    ("hello, is maria from accounts available today", None, "introduction", False),
    # questions: who looks after it, wanted with the subject dropped; "is it the X or the Y"
    # after a comma; "how you weigh ..." with its "do" dropped (not "I know how you feel")
    (
        "calling about the printers, just want to see who looks after the office buying there",
        None,
        "discovery_question",
        True,
    ),
    (
        "ok the new gym, is it the one on king street or the other one",
        None,
        "discovery_question",
        True,
    ),
    ("How you count the stock now, by hand", None, "discovery_question", True),
    ("I know how you feel about it", None, "discovery_question", False),
    # a shared past recalled with a rising voice asks for no meeting (a clause after it may)
    (
        "hiya, it's Ewan, we met at the, eh, the awards dinner in May?",
        None,
        "commitment_ask",
        False,
    ),
    ("we met at the trade fair, lunch on friday?", None, "commitment_ask", True),
    # a step to someone named, in the present; "one o' them" denies; a clause is no item
    ("Good. Then I send Aoife tomorrow the summary per email", None, "next_step", True),
    ("relax, I'm not one o' them telemarketers", None, "disclaimer", True),
    (
        "we have new scanners for clinics, the data syncs overnight and setup is quick",
        None,
        "feature_list",
        False,
    ),
    (
        "it does the bookings, staff rosters, stock tracking and it syncs with xero",
        None,
        "feature_list",
        True,
    ),
    # (session 44, messy113) the slot picked, not a question about them
    (
        "I can come by Monday or Thursday, which one's better for ya?",
        None,
        "discovery_question",
        False,
    ),
    ("friday or saturday, which better for you?", None, "discovery_question", False),
    # (session 44, messy113) a meeting asked for as "what I wanted to do is ..."
    (
        "so what we wanted to do is book half an hour with you next tuesday",
        None,
        "commitment_ask",
        True,
    ),
    ("what I was hoping to do was set up a call thursday at 3", None, "commitment_ask", True),
    ("what I wanted to do is learn how you run intake today", None, "commitment_ask", False),
    # (session 44, messy113) a verb that is a compound noun's second word is no step
    (
        "I'm going to be near your office next month and we haven't talked since the boat show",
        None,
        "next_step",
        False,
    ),
    ("I'll have my colleague call you friday at 10", None, "next_step", True),
    # (session 44, messy113) a choice about them left open by "or"
    ("and maria still handles the ordering or", None, "question", True),
    ("ok and the invoices still go to the same address or someone else", None, "question", True),
    ("we could swing by thursday or", None, "question", False),
    # (session 44, messy113) no product listed in "let you get on" or "we does loads of work"
    (
        "right, I'll let you get on, just wanted to wish you luck with the move, and get some rest",
        None,
        "feature_list",
        False,
    ),
    (
        "we does loads of work with schools round here, primaries, secondaries, the lot",
        None,
        "feature_list",
        False,
    ),
    # (session 44, messy113) where we work near them is no reason
    ("we do a lot of jobs for garages up your way", "what's this regarding?", "reason", False),
    # (session 44, messy113) "sale call" denied; "sorry to be chasing you"
    ("don't worry, this one is not a sale call", None, "disclaimer", True),
    ("sorry to be ringing you again so soon", None, "apology", True),
    ("so sorry to keep bugging you about this", None, "apology", True),
    ("sorry to be asking so many questions", None, "apology", False),
    # (session 44, messy113) a nickname in -z, then the name
    ("hiya, its kaz -- karen doyle -- with brightside dental", None, "introduction", True),
    ("morning, it's jez - jeremy otto - over at hexham tiles", None, "introduction", True),
    # (session 44, messy113) "ow am ya" is a pleasantry
    ("ow am ya?", None, "discovery_question", False),
    ("how am ya mate?", None, "discovery_question", False),
    ("ow do you keep track of the stock?", None, "discovery_question", True),
    # (session 44, messy113) questions after a lead-in comma or a dash; "howre"
    (
        "if you don't mind me asking, is payroll run in-house, or is it with an agency",
        None,
        "question",
        True,
    ),
    ("and the late deliveries -- who is chasing those up at the moment", None, "question", True),
    ("I met your colleague -- who is lovely", None, "question", False),
    ("howre you handling the night shift these days", None, "discovery_question", True),
    # (session 44, messy113) a yes to "is he expecting you?"; already set up with them
    ("Yeah, he is, we set it up last week", "Is he expecting your call?", "misleading_claim", True),
    ("No, he's not, I'm calling cold", "Is he expecting your call?", "misleading_claim", False),
    (
        "yes, I'm calling about the fleet tender",
        "Sorry, did you say Fleetwise?",
        "misleading_claim",
        False,
    ),
    ("we're actually already set up with your leeds depot", None, "misleading_claim", True),
    ("we're already set up for you to pay online", None, "misleading_claim", False),
    # (session 44, seeds-pDE) how we'd do their work shown; the pick left to them
    ("happy to pop in thursday and show you how we'd run your payroll", None, "sales_offer", True),
    ("Wednesday at ten, or you pick a better day?", None, "commitment_ask", True),
    ("Wednesday at ten, or you pick a better day?", None, "discovery_question", False),
    ("maybe thursday at eleven, or you tell me a better time", None, "commitment_ask", True),
    (
        "happy to come round tues so i can show you how wed set up your rota",
        None,
        "sales_offer",
        True,
    ),
    # (session 44, seeds-pDE) a call about "a business thing" names no reason
    (
        "I need a word with her about a work thing, hard to explain",
        "what's it in connection with?",
        "reason",
        False,
    ),
    (
        "I need to speak to him about something, it's complicated",
        "What is this regarding?",
        "reason",
        False,
    ),
    (
        "I need to speak to him about the boiler service on your Leith site",
        "What is this regarding?",
        "reason",
        True,
    ),
    # (session 44, messy20 kept) "make sure she gets" a thing at a time
    ("I'll make sure she gets the price list tomorrow morning", None, "next_step", True),
    # (session 44, messy113) "how long's" / "how longs" asks
    ("how longs the turnaround on a repair for you lot", None, "discovery_question", True),
    ("I know how long's involved in that", None, "question", False),
    # (session 44, messy114) our own plan tagged "aye?"; a place named alone is scheduling
    (
        "Sound, I'll post the samples this afternoon and I'll pencil in Friday at two, aye?",
        None,
        "discovery_question",
        False,
    ),
    ("By Kelly's Cafe on Main?", None, "discovery_question", False),
    ("at the warehouse?", None, "discovery_question", True),
    # (session 44, messy114) Caribbean "is" for "it's", the name said twice
    (
        "Afternoon, is Devika, Devika Rampersad, from the Couva branch?",
        None,
        "discovery_question",
        False,
    ),
    # (session 44, messy114) a company said as "X here" and again as where from
    (
        "hi its, its greenloop here, the crew from greenloop, ring us back",
        None,
        "introduction",
        False,
    ),
    ("its kwabena here from kwabena builders", None, "introduction", True),
    # (session 44, messy114) "-guided", "-enabled", "self-cleaning" are features
    ("the new model is voice-activated, self-cleaning and gps-enabled", None, "feature_list", True),
    # (session 44, seeds-pDF) their work taken over is a sales offer
    ("we could take over your payroll from next quarter", None, "sales_offer", True),
    ("I can take your details and pass them on", None, "sales_offer", False),
    # (session 44, messy115) "are" typed "r"
    ("ok, r u still the one who orders the cleaning stock", None, "discovery_question", True),
    # (session 44, messy115) four capitals no first name opens are a company; a long name is not
    ("hi this is, uh, Blue Gum Valley Haulage, give us a call back", None, "introduction", False),
    ("hi, this is Juan Pablo Ortega Garcia from Tilemart", None, "introduction", True),
    # (session 44, messy115) "yeah?" after our own plan; "you'll get" what comes their way is no step
    (
        "Sure, I'll send the deck over tonight and hold Tuesday at ten for us, yeah?",
        None,
        "discovery_question",
        False,
    ),
    (
        "and with the rush you'll get coming up to Easter, that matters, because nobody wants to be short on a Saturday",
        None,
        "next_step",
        False,
    ),
    ("you'll get the invite from me tomorrow morning", None, "next_step", True),
    # (session 44, messy115) a whereabouts after a comma; "how you all doing the bookings"; a cleft with an aside
    (
        "sorry, bit tricky to explain, is she in the office or out on site?",
        None,
        "discovery_question",
        False,
    ),
    (
        "Two vans then. How you all doing the bookings now, phone or the website",
        None,
        "discovery_question",
        True,
    ),
    (
        "so what we'd do, and stop me if this is boring, is we fit the sensors, a gateway and the app",
        None,
        "question",
        False,
    ),
    # (session 44, seeds-pDG) a clock time with a dot
    ("does friday 1.15 suit, or monday if easier", None, "commitment_ask", True),
    ("it's just 12.50 a month after that", None, "set_time", False),
    # (session 44, seeds-pDG) "keen to shout you"; a name after the one greeted; a meal with their operations on it
    ("im in town next week, keen to shout you a coffee and catch up", None, "commitment_ask", True),
    ("I know you're keen to grow the second site", None, "commitment_ask", False),
    ("hi sam, tafadzwa here from brightwell, we met at the expo", None, "introduction", True),
    ("how about lunch next week to go over your stock system", None, "sales_offer", True),
    ("let me buy you lunch thursday and we can catch up properly", None, "sales_offer", False),
    # (session 44, messy116) Scots "I'm nae tryin tae sell ye onything" denies selling ("nae"
    # still a name after "this is"); "y'all's plant" is theirs; "n" typed for "and"
    ("Och, I'm nae tryin tae sell ye onything, honest", None, "disclaimer", True),
    ("this is nae kim from acme", None, "introduction", True),
    ("we're already doin' the cleaning at y'all's east depot", None, "misleading_claim", True),
    (
        "ill be up in york next weds for a site visit n wanted to see if ur about for a coffee",
        None,
        "reason",
        True,
    ),
    # (session 45, messy117) "'tis" introduces; a firm named with its trade ("Civil",
    # "Haulage") is no name; an interjection answering "who is this?" is no name
    ("hiya, 'tis Aoife Byrne here in Galway, with Shannon Print", None, "introduction", True),
    ("howya, Ballincollig Civil here, down in Cork", None, "introduction", False),
    ("Rossi Haulage here, quick one about your loads", None, "introduction", False),
    ("Eish, okay, I'm ringing about the solar geysers", "Who is this?", "introduction", False),
    ("Ag, sorry, I'm calling about your fleet", "Who's calling?", "ignored_question", True),
    ("Thabo, from Karoo Solar", "Who is this?", "introduction", True),
    # (session 45, messy117) who comes, said after the slot; a place after the slot; whether
    # it is worth a conversation is no ask; "is now okay for two minutes" checks the time
    ("So Friday at nine, the technician can come?", None, "commitment_ask", True),
    ("Tuesday at two, can our surveyor pop round?", None, "commitment_ask", True),
    ("Last Tuesday, the surveyor came?", None, "commitment_ask", False),
    ("Say half twelve, somewhere near the station?", None, "commitment_ask", True),
    ("and I wanted to see if it's worth a proper chat", None, "commitment_ask", False),
    ("I wanted to see if we could set up a demo next week", None, "commitment_ask", True),
    ("hi, Ana Ruiz here, is now okay for a couple of minutes", None, "discovery_question", False),
    ("is now ok for five minutes", None, "time_check", True),
    # (session 45, messy117) room made for them ("get you on a demo"); the awaited call and
    # its hour are no slot asked for
    ("reckon we could get you on a demo monday arvo, say ten", None, "commitment_ask", True),
    ("we can fit you in friday at 3", None, "commitment_ask", True),
    ("we can get you in touch with her team", None, "commitment_ask", False),
    (
        "is maria around at all she's expecting my call this afternoon",
        None,
        "commitment_ask",
        False,
    ),
    ("she's expecting my call at 3?", None, "commitment_ask", False),
    # (session 45, seeds-pDI) "won't take no for an answer" presses; a time to be set or
    # fixed asks for the meeting; a name "of" a one-word firm introduces (not a title)
    ("look, we won't take no for an answer on this one", None, "pressure", True),
    ("I will not take no for an answer", None, "pressure", True),
    ("ok so let us fix a time for the tasting", None, "commitment_ask", True),
    ("let's set a time", None, "commitment_ask", True),
    ("we set the date for the launch already", None, "commitment_ask", False),
    ("hello femi, this is ekow mensah of lakeview. we met at the fair", None, "introduction", True),
    ("i'm head chef of lakeview.", None, "introduction", False),
    # (session 45, messy118) "hiya" greets; "er", "eh" between commas are fillers; waking
    # "y'all" apologises; Creole "da" after "this", "that" is "is"; a firm named by a place;
    # "how the body?" greets
    ("Hiya Niamh, Harbourside Haulage here, ring us back", None, "introduction", False),
    ("so I'm ringing from, er, Tidewater Glazing about your windows", None, "reason", True),
    ("Sorry to wake y'all so early", None, "apology", True),
    ("Morning, this da Keisha from Coral Coast Tours", None, "introduction", True),
    ("oh, that da one personal matter, ya know", None, "misleading_claim", True),
    ("its brightwave uganda, we're up in kololo", "sorry, who is this?", "introduction", False),
    ("How the body today, sir?", None, "discovery_question", False),
    ("how's the body?", None, "small_talk", True),
    ("how are ya la, you good?", None, "small_talk", True),
    # (session 45, messy118) booked after the slot; their own thing described after a comma;
    # a visit wanted; a rate on each tap; fees being waived; "zero, no cost"
    ("so Friday at two, I put you down?", None, "commitment_ask", True),
    ("is it your own shop, the one in Leith?", None, "discovery_question", True),
    ("we want to come and see you next week, maybe tuesday", None, "commitment_ask", True),
    ("after that it's just 2.5 percent a tap", None, "pricing", True),
    ("we're waiving the setup fees till march", None, "pricing", True),
    ("the survey is nothing, no cost", None, "pricing", True),
    ("we're waiving our rights to the old name", None, "pricing", False),
    ("im rnigin' about ur lease renewal", None, "reason", True),
    (
        "Ah, you remember Kofi from the church?",
        "Yes. What this call about?",
        "ignored_question",
        True,
    ),
    ("we met at the expo in May", "Sorry, what is this call about?", "ignored_question", True),
    # (session 45, seeds-pDJ) a full name and the firm by its trade after a greeting; a
    # count of records; an ordinal of things is no date; "wd love to" typed short
    (
        "hello jo baptiste, kestrel roofing. quick one about your gutters",
        None,
        "introduction",
        True,
    ),
    ("hi maria lopez, hope you're well.", None, "introduction", False),
    ("checking 2 contact records for your team", None, "reason", True),
    ("how's the 2nd location doing so far?", None, "commitment_ask", False),
    ("coffee on the 12th at 10?", None, "commitment_ask", True),
    ("great to meet you! wd love to grab a coffee next week", None, "commitment_ask", True),
    # (session 45, messy119) a bare British clock time and a slot with "sir" after it ask
    # nothing about them; a pretext with its subject dropped; our own step after a slot, tagged
    ("Friday then? Half ten?", None, "discovery_question", False),
    ("Tuesday four-thirty then, sir?", None, "discovery_question", False),
    (
        "please tell him is Nadia, she will want to talk, is a bit personal.",
        None,
        "misleading_claim",
        True,
    ),
    ("the data is personal", None, "misleading_claim", False),
    ("So Friday at nine, I'll email you the agenda now, okay?", None, "discovery_question", False),
    ("so you're still on paper, I'll send the guide, right?", None, "discovery_question", True),
    # (session 45, seeds-pDK) a proposal brought along sells
    ("I could bring along a quick proposal for the new kitchen", None, "sales_offer", True),
    # (session 45, messy120) a firm's bookings named; "who'll I say is calling?"; calling
    # someone back about something; grabbing them apologises; growth is no slot
    ("Morning! Seabright Bookings here, quick one", None, "introduction", False),
    (
        "Ah, just tell him it's about the trawler units",
        "Who'll I say is callin'?",
        "ignored_question",
        True,
    ),
    ("I'm calling Ms. Okoro back about the tiles she asked after", None, "reason", True),
    ("I'm so sorry to grab you before your flight", None, "apology", True),
    (
        "the team has grown from six to twenty-two, and the hiring is the real work",
        None,
        "commitment_ask",
        False,
    ),
    # (session 45, messy120) a name said twice with a dash typed on it, or the surname first;
    # three short syllables, surname first, typed in lower case
    (
        "marla, hey, cliff— cliff dobbs, i run mesa pump works out of abilene.",
        None,
        "introduction",
        True,
    ),
    ("hello dana, this is mbeki, grace mbeki, i'm with sunway solar", None, "introduction", True),
    ("hi bo, this is okafor, sarah okafor, i'm with tidewell", None, "introduction", True),
    ("hello, this is ngo van an, from saigon freight", None, "introduction", True),
    # (session 45, messy120) a month's "s" dropped; ringgit and shillings; returning "ya" call
    ("first two month free, then it's cheap", None, "pricing", True),
    ("only RM250 a month after that", None, "pricing", True),
    ("the rm 4 meeting room is free", None, "pricing", False),
    ("just returnin ya call about the quote", None, "misleading_claim", True),
    # (session 45, seeds-pDL) their stuff to be shuffled presses; what we sell said to be
    # what they need sells
    ("Thursday it is. Just shuffle your meetings around, you're the boss.", None, "pressure", True),
    ("your clinic, I reckon, needs a new booking system", None, "sales_offer", True),
    ("your team needs a new hire", None, "sales_offer", False),
    # (session 46, messy121) a sum for each person prices a trip; "for to call" apologises;
    # "you been expecting" claims; "I want we make meeting" and "how would it be if I came
    # over" ask; "is okay?" after a slot is its tag, no question about them
    ("for the spring tour it's twelve-forty a head, flights in", None, "pricing", True),
    ("we can do 65 per person including the boat", None, "pricing", True),
    ("one teacher for every eight kids on the trip", None, "pricing", False),
    ("please forgive me for to call you like this, sir", None, "apology", True),
    ("my cousin reckon you been expecting my call about the fence", None, "misleading_claim", True),
    ("I been expecting this to be hard", None, "misleading_claim", False),
    (
        "so I want we make small meeting Tuesday at your depot, is okay?",
        None,
        "commitment_ask",
        True,
    ),
    (
        "so I want we make small meeting Tuesday at your depot, is okay?",
        None,
        "discovery_question",
        False,
    ),
    ("how would it be if I popped round the yard Friday at nine?", None, "next_step", True),
    ("how would it be if we changed suppliers?", None, "commitment_ask", False),
    # (session 46, messy121) "it is" and a name typed in lower case, a particle in it, then
    # who they are there or to them; an everyday word there is no name
    (
        "good morning, it is karim ben salah, i am the owner of sahel dates",
        None,
        "introduction",
        True,
    ),
    ("hi tomas, it is wanjiru kamau, your old classmate from moi", None, "introduction", True),
    ("it is urgent from our side, the order is late", None, "introduction", False),
    # (session 46, seeds-pDM) a coffee offered as an invitation; a hello then a reason; "what
    # ur up to"; a swap of clients; "how's she going" then a name
    (
        "hi dana, wanted to invite u for a coffee next wk when im in town",
        None,
        "commitment_ask",
        True,
    ),
    ("just calling to say hi, would love to hear how the new depot is going", None, "reason", True),
    (
        "send me a couple of your clients and I'll send you a few of mine",
        None,
        "referral_ask",
        True,
    ),
    (
        "mick, hows she goin dermot walsh here, i run the co-op in tralee",
        None,
        "introduction",
        True,
    ),
    # (session 46, messy122) "cd" and "w u"; "wha dis" asks why; "dis" and a name
    # introduces; a filler "em" at a pause; "waiting for my call" claims
    ("cd i get 15 min w u fri at 2 for a walkthrough", None, "commitment_ask", True),
    ("hey marisol, dis thomas from sea island rugs", None, "introduction", True),
    ("morning sione, em mele tupou here, from kingdom freight", None, "introduction", True),
    ("she is waiting for my call since monday, about the tiles", None, "misleading_claim", True),
    ("my driver is waiting for me outside", None, "misleading_claim", False),
    # (session 46, messy122) "when we can schedule the demo?" asks; "is no problem" asks
    # nothing; the slot booked as its tag; a spec sheet run on into a question after a dash;
    # an intensifier is no item of a list
    ("so when we can book the site visit? friday is good?", None, "commitment_ask", True),
    ("so when we can book the site visit? friday is good?", None, "discovery_question", False),
    ("is no problem, we work with every size of farm", None, "question", False),
    ("so monday at nine, okay, I book it for you?", None, "commitment_ask", True),
    (
        "so we do gps collars, a herd app, heat alerts, a five-year battery and cloud backup - um, what are you using now?",
        None,
        "feature_list",
        True,
    ),
    (
        "we have new scheduling software for small clinics, it make your days easier, really, very much.",
        None,
        "feature_list",
        False,
    ),
    # (session 46, seeds-pDN) calls promised until they give in, or a visit whatever they
    # say, press; "sit for coffee" asks; a referral asked as "if you'd refer me to any...";
    # the full name, then who they are to them
    ("and I'll keep ringing until someone puts me through", None, "pressure", True),
    ("I'll just turn up at the depot at eight either way", None, "pressure", True),
    ("we could sit for lunch next Wednesday at one, my treat", None, "commitment_ask", True),
    (
        "and could I ask if you'd refer me to any other cafe owners you know?",
        None,
        "referral_ask",
        True,
    ),
    (
        "hi jo, it is anouk visser, the florist who did your wedding tables",
        None,
        "introduction",
        True,
    ),
    # (session 46, messy123) the firm, a pause, then what about; surprise at what they said
    # asks nothing about them; a slot tagged with a yes in the caller's other language asks
    # for it; "whits this aboot" asks why
    (
        "I am calling from Harmattan Cold Chain Limited, about chillers for your depot.",
        None,
        "reason",
        True,
    ),
    ("Oh, for real? Okay.", None, "discovery_question", False),
    ("no way? and the trucks too?", None, "discovery_question", True),
    ("so Tuesday at nine, ja?", None, "commitment_ask", True),
    # (session 46, seeds-pDO) Turkish dotless "ı" in a name; "gr8", "byee"; a record read
    # back with the title before the name lists nothing; put in front of whoever decides
    ("Hi Dana, Kıvanç Yılmaz here, from Harbour Books", None, "introduction", True),
    ("have a gr8 weekend, byee", None, "goodbye", True),
    ("We have Dr. Ana Ruiz, Head of Ops, from the 2023 show.", None, "feature_list", False),
    ("could you get me in front of whoever runs purchasing there?", None, "referral_ask", True),
    # (session 47, messy124 and seeds-pDP) Jamaican "mi" and "sah"; French "c'est" before a
    # name; r-less spellings; Singlish "alr"; "is" dropped before "expecting"; "jus'", "cd"
    # after whom it tells of; "how you all" with a bare plural; "what bugs you"; "allyuh",
    # "wunna"; Tagalog "ba"; "tell me, you are ..."; a thing of theirs after a comma; the
    # caller's own name said twice after "is"; a short name and then the whole; praise of a
    # thing asks nothing; what someone talks about, reported; a meeting with their people
    ("Mi calling bout di generator, sah.", "who dis?", "introduction", False),
    ("Bonjour, c'est Amira Haddad, from Lumière Transport.", None, "introduction", True),
    (
        "cest karim benali from routex, i'm calling about your deliveries",
        None,
        "introduction",
        True,
    ),
    ("c'est la vie, no worries.", None, "introduction", False),
    ("hiya jo, sorry to bothah ya on a saturday", None, "apology", True),
    ("we alr working with ur company on the payroll side", None, "misleading_claim", True),
    ("Mrs. Ortega expecting my call this morning.", None, "misleading_claim", True),
    ("is she expecting my call?", None, "misleading_claim", False),
    (
        "Can you jus' pencil me on her calendar for a sit-down Friday mornin' at ten?",
        None,
        "commitment_ask",
        True,
    ),
    ("we cd do a quick coffee tues at 8, 15 min max", None, "commitment_ask", True),
    ("for the two warehouses how u all tracking pallets now", None, "discovery_question", True),
    ("how you doing folks", None, "discovery_question", False),
    ("i love how you guys running the front counter", None, "discovery_question", False),
    (
        "ok so tell me, what bugs you most about the rota right now",
        None,
        "discovery_question",
        True,
    ),
    ("allyuh still doing the payroll by hand", None, "discovery_question", True),
    ("how many vans wunna got on the road now", None, "discovery_question", True),
    ("yung scheduling ninyo, manual ba or may system na", None, "discovery_question", True),
    ("we went to the ba", None, "discovery_question", False),
    ("but tell me, you are running both sites now", None, "discovery_question", True),
    (
        "So which order is the problem, the one that is stuck at customs?",
        None,
        "discovery_question",
        True,
    ),
    (
        "Ama! Is Kojo, Kojo Asante, from the West Africa Cocoa Growers Forum in Kumasi?",
        None,
        "discovery_question",
        False,
    ),
    ("hi mark, this is tope, temitope, from holmfirth joinery", None, "introduction", True),
    ("honestly the coffee is the best part of the expo", None, "commitment_ask", False),
    (
        "she always talks about tea and how is the best in the valley",
        None,
        "discovery_question",
        False,
    ),
    ("I need you to get me a meeting with your head of purchasing.", None, "referral_ask", True),
    # (session 47, messy125 and seeds-pDQ) "It is ok?" and "is that cool?" check; "me an X
    # go way back"; "want" before a verb, its "to" dropped; "a family matter"; "you still the
    # one ..."; "you folks run what, ..."; "a.m." inside a question; Jamaican "mek mi", "wid",
    # "a NAME dis"; a name and a role as a signature reads; ", is Carla around today";
    # "is this Madame ...?"; "here is NAME speaking"; clients asked for; rates praised; the
    # pick left to them without its comma; an hour in words with "a.m."
    ("I'll send you the short guide tonight. It is ok?", None, "discovery_question", False),
    ("we can do the walkthrough friday at 9, is that cool?", None, "discovery_question", False),
    ("oh me an Tommy go way back, just tell him Sal called", None, "misleading_claim", True),
    (
        "i want put twenty minutes in your diary monday so i could walk you through it, das ok?",
        None,
        "commitment_ask",
        True,
    ),
    ("Please tell her it is a private family matter.", None, "misleading_claim", True),
    (
        "just checking our records. you still the person handles the buying for the bar",
        None,
        "discovery_question",
        True,
    ),
    (
        "its Mo from Fleetline, you folks run what, maybe twenty vans out of the depot",
        None,
        "discovery_question",
        True,
    ),
    ("could we lock in nine a.m. friday for twenty minutes", None, "commitment_ask", True),
    ("mek mi come by Tuesday evening bout six wid di samples?", None, "commitment_ask", True),
    (
        "Evening Miss Joy, a Delroy Campbell dis, from Blue Lagoon Tours.",
        None,
        "introduction",
        True,
    ),
    ("who dis, from the bank?", None, "introduction", False),
    ("Good morning. Amara Okafor, founder of Lagos Loom Textiles.", None, "introduction", True),
    ("Ni Aline Mukamana, CEO of Kivu Coffee Traders.", None, "introduction", True),
    ("Mark Evans, CEO of Acme, told me to give you a ring.", None, "introduction", False),
    ("hi its Joe over at Ridge Paving, is Carla around today", None, "routing", True),
    ("Bonjour, is this Madame Kabila?", None, "discovery_question", False),
    (
        "Hello Tom, here is Ingrid Halvorsen speaking, from Nordkapp Freight.",
        None,
        "introduction",
        True,
    ),
    (
        "honestly could you send a few of your dental-practice clients my way",
        None,
        "referral_ask",
        True,
    ),
    ("so who do you know that might need a good bookkeeper", None, "referral_ask", True),
    ("our rates are very flexible for first-time clients", None, "sales_offer", True),
    ("maybe tuesday at 3 or you pick a better day", None, "commitment_ask", True),
    ("ok so a quick call, ten a.m. suit you", None, "set_time", True),
    # (session 48, messy126)
    # a referral with an adverb after its "must", a call returned in the present, the caller waited for
    (
        "Your finance director said I must absolutely talk to you this week.",
        None,
        "misleading_claim",
        True,
    ),
    (
        "we spoke last month, so today I return your call about the forklifts",
        None,
        "misleading_claim",
        True,
    ),
    ("Mrs. Okoye is waiting for me, could you put me through", None, "misleading_claim", True),
    ("the courier is waiting for me downstairs, one second", None, "misleading_claim", False),
    ("he's waiting for us to send the revised quote", None, "misleading_claim", False),
    ("if I return your call late, it's the traffic", None, "misleading_claim", False),
    (
        "Tomas, an old friend of my brother, he runs the bakery on Elm",
        None,
        "misleading_claim",
        False,
    ),
    # a sum said in words before a currency of the world
    ("for the starter kit we ask around two thousand five hundred rand", None, "pricing", True),
    ("the boxes come to forty-two dirhams each with delivery", None, "pricing", True),
    ("we ship to ten dinar-zone markets", None, "pricing", False),
    # time asked for on a day to come, said as "give me"
    ("give me twenty minutes on Wednesday at your depot, ok?", None, "commitment_ask", True),
    ("give me one minute, on monday your truck was late", None, "commitment_ask", False),
    # a visit put in the present for the future
    (
        "maybe Friday morning I come to your workshop for an hour and show you the samples?",
        None,
        "commitment_ask",
        True,
    ),
    # a day, an hour and how long, said as the whole proposal
    (
        "Wednesday half past two, thirty minutes, you and your finance lead.",
        None,
        "commitment_ask",
        True,
    ),
    ("Wednesday, thirty minutes late, the van turned up", None, "commitment_ask", False),
    # things on their way soon, the verb dropped
    ("Quote coming your way in ten minutes.", None, "next_step", True),
    ("the refund coming in june was a surprise", None, "next_step", False),
    # a message app's name as the verb
    ("I'll whatsapp you the floor plan tonight", None, "next_step", True),
    ("ill whatsapp you her number after lunch today", None, "next_step", True),
    ("then I drive by your shop thursday around nine", None, "next_step", True),
    # the present for the future after a day and an hour
    (
        "and Thursday at nine your time I ring you, we go through the figures",
        None,
        "next_step",
        True,
    ),
    ("I courier you two colour swatches this week itself", None, "next_step", True),
    ("on friday we call all our suppliers", None, "next_step", False),
    # a fabric's weight and traceability are specifications
    (
        "our towels are six hundred gram weight, quick-drying, traceable back to the mill, and colourfast",
        None,
        "feature_list",
        True,
    ),
    # "it's X Y at" + an amount is no introduction
    ("and it's tumble dry safe at sixty, honestly", None, "introduction", False),
    ("hi its priya nair at 415-555-0199, from harbour linen", None, "introduction", True),
    # names said twice, "this side", "speaking", and a trade after the name
    ("hello madam, its gulnara, gulnara from the almaty traders guild", None, "introduction", True),
    (
        "ok sir, rakesh this side, rakesh menon, from kochi spice exporters",
        None,
        "introduction",
        True,
    ),
    (
        "good morning, this is farida osmani speaking, from herat dried fruit",
        None,
        "introduction",
        True,
    ),
    ("yes it's anwar, tashkent cotton mills, about your order", None, "introduction", True),
    ("yes it's fine, the cotton mills", None, "introduction", False),
    ("this is urgent speaking from experience", None, "introduction", False),
    ("Evening Karim, this is Said Haddad from Tyre Shipping.", None, "introduction", True),
    ("olá marta, bom dia, calling about the cold room", None, "introduction", False),
    # record checks typed as statements, "or it changed" / "or not"
    ("the billing contact is still mrs oduya or it changed", None, "question", True),
    ("the delivery address is still unit 4 or not", None, "question", True),
    # tags that close a sentence whose stop was dropped
    (
        "you're still running the two kitchens, no Still doing the catering too",
        None,
        "discovery_question",
        True,
    ),
    (
        "you were moving the warehouse to Jurong, no that happened or still waiting",
        None,
        "discovery_question",
        True,
    ),
    ("you need no more trucks, no more hassle", None, "question", False),
    # an announced question: "quick one:"
    (
        "Quick one: when the stock sits at the port, where does it wait, shed or container",
        None,
        "discovery_question",
        True,
    ),
    ("I'll keep it a quick one, how is your week", None, "discovery_question", False),
    # a plan announced by "what I'll do", then told
    ("then what I'll do - I post you the catalogue tomorrow", None, "discovery_question", False),
    # small talk with its verb kept
    ("How is the afternoon, you are well?", None, "discovery_question", False),
    # (session 48, seeds-pDR)
    # (seeds-pDR) a plan put as "maybe we do ...", with its slot
    ("if it suits, maybe we do a quick call 20 min, fri 10am", None, "commitment_ask", True),
    ("maybe we do the audits every monday", None, "commitment_ask", False),
    # the thing the call brings, said to be asked for by them
    ("It's regarding the samples she asked us for in the spring.", None, "misleading_claim", True),
    # a product's update suggested as a question is an offer
    ("have you thought about updating the signage for the new season?", None, "sales_offer", True),
    # the rep's wish for people who would send clients, and which of theirs to call on
    (
        "to be honest I'm looking for people who could send us catering clients",
        None,
        "referral_ask",
        True,
    ),
    (
        "who do you think we should be reaching out to among your members?",
        None,
        "referral_ask",
        True,
    ),
    ("who would you say I should talk to about the invoice?", None, "referral_ask", False),
    # a name after the one greeted, then "here"
    ("hey lisa, ikaika here, we spoke at the trade fair", None, "introduction", True),
    ("Morning Jo, everyone here says hi", None, "introduction", False),
    # something of theirs the caller wants to show them is a pitch
    (
        "I've got something about your delivery routes I'd love to show you",
        None,
        "sales_offer",
        True,
    ),
    # (session 48, messy127 and seeds-pDS)
    # (messy127) nine digits after a word that gives a number
    ("if it suits, my mobile is 621 908 455, thanks", None, "phone_number", True),
    # a connection check with its "can" dropped
    ("Hello there! You hear me alright?", None, "discovery_question", False),
    # "that" as a conjunction before its subject is no thing
    ("could you pass on a message that I call back at four tomorrow?", None, "next_step", True),
    # a referral or an approval claimed in other words
    (
        "since your director Mrs. Banda already agreed with us in May, we start the deliveries",
        None,
        "misleading_claim",
        True,
    ),
    # a firm named with its town after it
    (
        "Sorry to catch you late, Mr Ortiz - Lena Vogt, from Alpen Timber Works in Innsbruck, quick one",
        None,
        "introduction",
        True,
    ),
    # a product's clauses, "it" each time
    (
        "It prints labels, it syncs with your tills, and it works offline too.",
        None,
        "feature_list",
        True,
    ),
    ("it does take a while, it does cost a bit, but it does work", None, "feature_list", False),
    # greetings and titles of other languages before an address and a name
    ("Servus Frau Huber, Tobias Lang, I run Lang Bakeries in Graz.", None, "introduction", True),
    # "it's" said "is" before a name and a full stop
    ("Morning Sara. Is Andrei Munteanu. We met at the wine expo?", None, "introduction", True),
    ("Morning Sara. Is Andrei Munteanu there?", None, "introduction", False),
    # a referral told in the present names someone else
    ("hi, marco bellini from the trade fair, he say to call you", None, "introduction", False),
    # a step by our people
    ("Let my colleague send you the rate sheet by Monday.", None, "next_step", True),
    # a specific thing sent, in the present, no day said
    ("I send you his email and you two can talk", None, "next_step", True),
    ("we send you the invoice every month", None, "next_step", False),
    ("I write you a message with the address", None, "next_step", True),
    # a time left for another day agrees to nothing
    (
        "ok, I'll see, maybe some other time then",
        "She's at the warehouse all day today.",
        "next_step",
        False,
    ),
    # (the letters of Iceland and the Faroes read as names)
    ("this is þórdís jónsdóttir, from reykjavik cold storage", None, "introduction", True),
    # a surname with its Kabyle particle
    ("hello, idir ait ali here, from tizi freight", None, "introduction", True),
    # a question closed before a sentence begun with its capital
    (
        "So can I ask, how many trucks do you run, more or less Because if it's over ten we can help.",
        None,
        "discovery_question",
        True,
    ),
    # a reason denied states none
    ("Relax, I promise I'm not ringing to sell you anything.", None, "reason", False),
    # a slot in their diary
    ("could you pencil half an hour in her diary with me next week", None, "commitment_ask", True),
    ("what's on your agenda this spring?", None, "commitment_ask", False),
    # (seeds-pDS) a coffee offered as a treat, with its slot
    (
        "if it's any help, I'd buy you a coffee Friday at nine, twenty minutes",
        None,
        "commitment_ask",
        True,
    ),
    ("id shout you lunch next wednesday at 12.30", None, "commitment_ask", True),
    # a bare sum and its period after what it buys
    ("logo, menus and posters, 450 a month.", None, "pricing", True),
    ("we post reels, 30 a month", None, "pricing", False),
    # the only slot, the slot its subject
    ("friday at 4 is the only slot I've got, so let's lock it", None, "pressure", True),
    # a name and a shared past after "this is"
    ("hey sam, this is adaeze, we worked together at the port", None, "introduction", True),
    # what they pay sized up, a look at their numbers offered
    ("and are you happy with what you're paying for it?", None, "sales_offer", True),
    ("want me to take a look at your invoices?", None, "sales_offer", True),
    ("we could probably save you a couple of grand a year", None, "sales_offer", True),
    # (session 48, new-user pass) a name after a greeting and its comma, then where from
    ("hey, tevite here from tonga freight, quick one", None, "introduction", True),
    ("hi, nobody here from the office can help", None, "introduction", False),
    # (session 49, messy128) a spec sheet's figures in words, its words hyphenated
    (
        "It has forty litre tanks, with the energy recovery, a touch-screen on the door and"
        " the spin is twelve hundred rpm",
        None,
        "feature_list",
        True,
    ),
    (
        "the unit has a touch-screen, ozone disinfection and remote diagnostics",
        None,
        "feature_list",
        True,
    ),
    (
        "we help with the recovery after a storm, the cleanup and the paperwork",
        None,
        "feature_list",
        False,
    ),
    # "here is ..." after the one greeted opens a clause, no "X here"
    ("Good day, Mr. Brandt, here is calling Alpenkorn, from Graz.", None, "introduction", False),
    ("Good day, Mr. Brandt, Lukas Hofer here, from Alpenkorn.", None, "introduction", True),
    (
        "Good morning, is Mrs. Novak Here is Tomas Ryba from Ryba Roofing.",
        None,
        "introduction",
        True,
    ),
    # a name, a pause, then where from; after an answering word too
    ("yeah, Nadia, from Crumbline.", None, "introduction", True),
    ("Mirela, from Dinu Catering.", None, "introduction", True),
    ("Mirela, from Dinu Catering?", None, "introduction", False),
    ("Thanks, from all of us at Dinu Catering.", None, "introduction", False),
    # "I am" in Spanish, Portuguese and Italian before a name
    ("hola, soy marta ruiz de frutas levante", None, "introduction", True),
    ("Ciao Giulia, sono Luca Bianchi from Vetro Arte.", None, "introduction", True),
    ("we use soy milk in every latte", None, "introduction", False),
    # a meeting asked about as a thing to ask, in a statement's word order
    (
        "and I wanted to ask if we can fix half an hour on Monday to show you",
        None,
        "commitment_ask",
        True,
    ),
    ("I wanted to see if we could meet on Friday at 10.", None, "commitment_ask", True),
    ("I wanted to ask if we can have a look at your numbers", None, "commitment_ask", False),
    # the way things stand and the other way they could, typed without a "?"
    (
        "so anita maam is doing the ordering also or it goes thru head office now",
        None,
        "discovery_question",
        True,
    ),
    (
        "you handle the stock yourself or it goes through your manager",
        None,
        "discovery_question",
        True,
    ),
    ("the price is forty or it goes up next month", None, "discovery_question", False),
    ("You are the owner, or your sister is the owner", None, "discovery_question", True),
    ("you pay monthly or your card is charged yearly", None, "discovery_question", False),
    # the how-are-you handed back is small talk
    ("I am fine, thank you, and you?", None, "discovery_question", False),
    ("Good thanks, and yourself?", None, "small_talk", True),
    ("we use excel for it, and you?", None, "discovery_question", True),
    # a word taken back on the way to the one asked for
    ("Is Doctor - sorry, Ms. Okafor there?", None, "routing", True),
    ("Is Doctor - sorry, Ms. Okafor there?", None, "discovery_question", False),
    # a word looked for aloud asks nothing
    (
        "we just opened the new line, the - how do you say - the kiln, so we have more room",
        None,
        "discovery_question",
        False,
    ),
    ("we fixed the, what do you call it, the crusher last week", None, "discovery_question", False),
    ("ok, how do you say no to a customer", None, "discovery_question", True),
    # who is doing it for them, after a comma (not a person's own clause)
    ("and the coffee there, who is supplying you now", None, "discovery_question", True),
    ("we work with tom, who is helping your team already", None, "discovery_question", False),
    # ours already, said of them; done for them since a time
    (
        "you people are already with us for the copier lease, so I just need the contact",
        None,
        "misleading_claim",
        True,
    ),
    ("your clinic is currently with us, so I need one detail", None, "misleading_claim", True),
    ("are you still with us?", None, "misleading_claim", False),
    ("we are handling your payroll since last year itself", None, "misleading_claim", True),
    ("we've been looking after your printers for two years", None, "misleading_claim", True),
    ("we are handling your competitors since 2019", None, "misleading_claim", False),
    # (seeds-pDT) where we met, then through whom: a story to check
    ("we met at the harbour lunch thru dina okoye", None, "met_context", True),
    ("we met at the trade fair via linkedin", None, "met_context", False),
    # the birthday said as today's, the wishes said out (not "congrats" to their news)
    ("facebook says today is ur birthday, so congratulations!", None, "reason", True),
    ("oh nice, congrats.", "we signed the lease on monday", "reason", False),
    ("i wish u health and many more years", None, "reason", True),
    ("congratulations, you have been picked for our survey", None, "reason", False),
    ("we wish you would call us back", None, "reason", False),
    # the referrals wished for, with no count; the people they have who need us
    (
        "if you've got cafes that need a bookkeeper, I'd love the referrals",
        None,
        "referral_ask",
        True,
    ),
    ("do you have a couple of names in mind?", None, "referral_ask", True),
    ("I'll come with a couple of names in mind for you", None, "referral_ask", False),
    ("if you have staff who need training we run courses", None, "referral_ask", False),
    # their work taken off their hands is an offer
    (
        "We can take your payroll and the quarterly filings off your hands.",
        None,
        "sales_offer",
        True,
    ),
    ("thanks for taking it off my hands", None, "sales_offer", False),
    # (session 49, messy129) the rand's "R" on a sum for each thing or period
    ("its R2 300 a unit installed and then R40 a month", None, "pricing", True),
    ("the refrigerant is R290, the natural one", None, "pricing", False),
    # "it's" said "is" before a name, then "here" and where from
    (
        "hello Anna, good morning, is Paolo Brun here, from Brun Vetri in Murano.",
        None,
        "introduction",
        True,
    ),
    ("hi, is Paolo Brun here, from accounts? I need him", None, "introduction", False),
    # an interjection is no name
    (
        "Ay, good, good. Ma'am, we are Pagasa Milling from Iloilo.",
        "Who is this?",
        "introduction",
        False,
    ),
    # not calling "for selling"; some minutes asked for
    (
        "Please, I am not calling for selling anything, it is only information",
        None,
        "disclaimer",
        True,
    ),
    ("you have some minutes?", None, "time_check", True),
    ("you have some minutes?", None, "discovery_question", False),
    # two slots, then the pick left to them, in one breath
    (
        "so we can do a demonstration next week, Monday or Friday, which day is good for you?",
        None,
        "commitment_ask",
        True,
    ),
    # the caller sets up a call with them; or their team books one with ours
    (
        "then maybe I do a video call with you and your chef next week, Tuesday at nine",
        None,
        "commitment_ask",
        True,
    ),
    ("maybe your team can book a call with our sales lead", None, "commitment_ask", True),
    # "how you are X-ing" in a statement's order asks (not "how you are doing")
    (
        "but tell me, how you are pumping the water now on your farm",
        None,
        "discovery_question",
        True,
    ),
    ("I see how you are struggling with it", None, "discovery_question", False),
    # a record read back, then "still him"
    ("We have here Mr. Tomas Lindqvist as the buyer, still him", None, "discovery_question", True),
    # (seeds-pDU) an offer sent, referrals offered in return, the detail asked with a clause
    ("I can send you an offer for the new boxes today.", None, "sales_offer", True),
    ("I could send you a few names in return.", None, "referral_ask", True),
    ("and the email address that is working for her", None, "contact_details", True),
    # (session 49, messy130) the game asked after, its team named before it
    ("and did u watch the wales game sat?? that last try", None, "small_talk", True),
    # a person we have is no feature
    (
        "we have a guy in lyon who does cold chain, pierre, very good and very honest",
        None,
        "feature_list",
        False,
    ),
    # a full name, then a title and of what, typed in lower case
    (
        "good day, it is tomas varga, general director of tisza fruit, from szeged",
        None,
        "introduction",
        True,
    ),
    ("this is a problem, head of nothing at all", None, "introduction", False),
    ("hello nadia, it is helena rautio. we met at the forum", None, "introduction", True),
    ("hi bob, it is raining here", None, "introduction", False),
    # (seeds-pDV) referrals said to be what the caller is after, or traded both ways
    ("so basically im looking for referrals, send em my way", None, "referral_ask", True),
    ("want to start sending each other business?", None, "referral_ask", True),
    # work offered to past clients; a new thing of ours that would do for them; a deadline
    ("I'm doing refreshes for past clients this month", None, "sales_offer", True),
    ("I've got a new routing package that could cut your fuel bill", None, "sales_offer", True),
    ("we have a system that could use some love, honestly", None, "sales_offer", False),
    (
        "if you sign the partner agreement this month we can lock in the launch terms",
        None,
        "sales_offer",
        True,
    ),
    # a slot, then the promise it will be short
    ("so thurs at 4 itll be quick", None, "commitment_ask", True),
    ("on friday we deliver, it will be quick", None, "commitment_ask", False),
    # whom to talk to, asked with its subject
    ("who should I talk to about getting on the approved vendor list?", None, "right_person", True),
    # (session 49, messy131) a spec sheet typed in a hurry: a model line, bags a minute, a
    # tolerance in grams, "auto weigh"
    (
        "so bagtek has the new QX-4 line, does 90 bags a min, auto weigh check to 0.2g, and a servo sealer",
        None,
        "feature_list",
        True,
    ),
    (
        "we ship 100 boxes a week, the team is 12 people and we are based in ohio",
        None,
        "feature_list",
        False,
    ),
    # what it is made of and how: "hundred percent merino wool, hand-woven, 2.5 kilos, 150 by 200"
    (
        "our throw is hundred percent merino wool, hand-woven on old looms, about 2.5 kilos, 150 by 200, and Oeko-Tex certified",
        None,
        "feature_list",
        True,
    ),
    # agreement asked after a plan asks nothing about them
    (
        "I send the slides today and we meet Thursday at ten on Zoom. Is good?",
        None,
        "discovery_question",
        False,
    ),
    ("is the new shop good?", None, "discovery_question", True),
    # (seeds-pDW) a shared past told in the present; a question that ends on "get some rest";
    # a coffee offered with its slot
    ("hi rob, this is ayas, we work together 4 years before you move.", None, "introduction", True),
    ("hows the day going, you get some rest or busy at the shops", None, "goodbye", False),
    ("ok get some rest, bye", None, "goodbye", True),
    (
        "no pressure at all, but we can sit for coffee 20 min next tue 2pm",
        None,
        "commitment_ask",
        True,
    ),
    ("we could grab a coffee friday at 9", None, "commitment_ask", True),
    # (session 49, messy131 left) "how many ... you guys ..." after a comma asks; told
    # after "know"/"saw", it tells
    ("right now, how many vans you guys running these days", None, "discovery_question", True),
    ("quick one, how many rooms u guys have now", None, "discovery_question", True),
    ("we know how many hours you guys lost", None, "discovery_question", False),
    # (session 49, messy132) "please" inside the apology; "sry" for sorry
    ("Excuse me please for disturbing you so early.", None, "apology", True),
    ("excuse me please, could you repeat that?", None, "apology", False),
    ("hi mira, its dawa here. sry to disturb u in office time", None, "apology", True),
    # the pick left to them, "suitable"
    (
        "I'm calling to fix one site visit at your plant, tomorrow or day after, which day is suitable for you?",
        None,
        "commitment_ask",
        True,
    ),
    # "the cream one", "maybe for your next project" are no features
    (
        "and we have travertine from our own quarry in Yazd, the cream one, maybe for your next project.",
        None,
        "feature_list",
        False,
    ),
    # (seeds-pDX) a coffee break shared, told with where and when
    (
        "we shared a coffee break after the panel at the harbour forum last Thursday",
        None,
        "met_context",
        True,
    ),
    ("we shared a coffee and the sugar is gone", None, "met_context", False),
    # (session 50, messy133) a question about their own role read back is no routing
    (
        "we have you listed as site manager, is that still your job there?",
        None,
        "discovery_question",
        True,
    ),
    ("is Mr. Okafor in today?", None, "routing", True),
    # a slot asked for, then the invitation promised once it is agreed
    ("ok how about monday 3pm then, I'll send the teams link", None, "commitment_ask", True),
    ("I'll send you the checklist tomorrow, how about that", None, "commitment_ask", False),
    # a name of "-oly"/"-aly" no list knows, with a surname, typed in lower case
    ("this is vitaly orlov from kama tyres", None, "introduction", True),
    ("its mostly orlov from acme", None, "introduction", False),
    # two words before "here" that no list knows, then who the caller is
    (
        "good morning sir, tenzing norbu here, i'm the owner of himal treks",
        None,
        "introduction",
        True,
    ),
    ("yeah, same here, i'm the owner too", None, "introduction", False),
    # the time first, then the promise
    ("right, nine tomorrow then, I'll ring her again", None, "next_step", True),
    ("we met last friday, I'll send you the deck", None, "next_step", True),
    ("we were closed last friday, it was a holiday", None, "next_step", False),
    # the message's own verb
    ("ill sms you the price list tonight", None, "next_step", True),
    ("I'll message her the link tomorrow morning", None, "next_step", True),
    # its first subject dropped, then "or you ..."
    (
        "and the kitchen, still cooking on gas or you moved to induction",
        None,
        "discovery_question",
        True,
    ),
    ("we are still cooking on gas or you know, whatever works", None, "discovery_question", False),
    # "u r Ving ... or u VERB"
    (
        "so ur bread, u r baking here itself or u buy from the city",
        None,
        "discovery_question",
        True,
    ),
    ("you are welcome to call or you can email me", None, "discovery_question", False),
    # the one to list, said passively
    ("who should be listed as the buyer now?", None, "right_person", True),
    ("who will be down for the lunch?", None, "right_person", False),
    # the title as Indian English names it, with the email
    ("what is the correct designation and email id for him?", None, "job_title", True),
    ("what is the correct designation and email id for him?", None, "contact_details", True),
    # a bundle's price said after it
    ("two-day stand with lights and carpet for 3200, all in", None, "pricing", True),
    ("we built a portal for 300 users", None, "pricing", False),
    ("we did the stand for 2024", None, "pricing", False),
    # a deal going, its "we" dropped
    ("got a spring deal going on stands, thought of you", None, "sales_offer", True),
    # sums in lakhs and crores, and what is left to pay
    ("the 5 kilowatt plant comes two lakh ten thousand", None, "pricing", True),
    ("the whole fit-out costs one crore twenty lakh", None, "pricing", True),
    ("after subsidy you are paying only forty thousand", None, "pricing", True),
    ("are you paying just 3000 now?", None, "pricing", False),
    ("we serve over two lakh farmers", None, "pricing", False),
    ("it comes in 40 colours", None, "pricing", False),
    # the currencies of Russia, Central Asia and beyond
    ("it is twelve thousand roubles a month for the whole depot", None, "pricing", True),
    ("that one is 4500 tenge per kilo", None, "pricing", True),
    ("we rub it down with oil first", None, "pricing", False),
    # free for a time, or the first weeks costing nothing
    ("and the first depot is free for sixty days", None, "pricing", True),
    ("the first two weeks cost nothing", None, "pricing", True),
    ("he is free for two days next week", None, "pricing", False),
    # "bol raha hoon", Hindi for "speaking", and greetings from elsewhere
    ("namaste sir, rakesh meena bol raha hoon, from aravali pumps", None, "introduction", True),
    ("ram ram ji, dinesh here, from marwar solar", None, "introduction", True),
    # "suitable", "convenient" pick a time
    ("thursday or friday, which day is convenient for you?", None, "commitment_ask", True),
    ("which day is suitable for you", None, "discovery_question", False),
    # a plan with its day, then "okay" put to them
    ("so monday ten o'clock i bring the samples, okay", None, "commitment_ask", True),
    ("we are open monday to saturday, ok", None, "commitment_ask", False),
    ("i sent it yesterday morning, ok", None, "commitment_ask", False),
    # "and, um, who ..." asks, the filler passed over
    (
        "we make cartons, and, um, who handles the packaging on your side",
        None,
        "right_person",
        True,
    ),
    (
        "we make cartons, and, um, who handles the packaging on your side",
        None,
        "discovery_question",
        True,
    ),
    # a place, and something they did there that only they would remember
    ("we met at the chamber mixer in Pune, you showed me your new kiln", None, "met_context", True),
    # a story of our firm's year is no spec sheet
    (
        "honestly year one was rough, no orders, then one school took ten units, now i got three guys,"
        " one truck, and last month we got a small tender for a clinic, tiny one but still",
        None,
        "feature_list",
        False,
    ),
    # an apostrophe typed as a space
    ("ok i ll email u the quote tonight", None, "next_step", True),
    ("we re open till six", None, "commitment_ask", False),
    # a compound joined by a hyphen is no name
    (
        "our side: a fleet of nine refrigerated vans, ultra-filtration unit from Alfa Laval, a certified lab",
        None,
        "introduction",
        False,
    ),
    (
        "our side: a fleet of nine refrigerated vans, ultra-pasteurisation unit from Alfa Laval, a certified lab",
        None,
        "feature_list",
        True,
    ),
    # one page, by when, to where
    ("one summary, by monday morning on your email. thanks", None, "next_step", True),
    (
        "then proposal: I come to Kazan on Thursday the 9th, we sit one hour",
        None,
        "next_step",
        True,
    ),
    ("I come to the office on monday usually", None, "next_step", False),
    # the question sent on to the boss is no reason
    (
        "he will know, just tell him Ravi from Deccan Drones, we already work with your firm",
        "What is it regarding?",
        "ignored_question",
        True,
    ),
    (
        "it's about your cold storage tender, he will know",
        "What is it regarding?",
        "ignored_question",
        False,
    ),
    # who picked up, checked with a title and the firm
    (
        "good afternoon, is this madame uwimana, director of kivu coffee?",
        None,
        "commitment_ask",
        False,
    ),
    (
        "good afternoon, is this madame uwimana, director of kivu coffee?",
        None,
        "discovery_question",
        False,
    ),
    # "myself" and a name, then where from, typed in lower case
    ("good morning. myself anil bhatt, calling from sahyadri expos", None, "introduction", True),
    # "here is" and a name no list knows, then a post
    ("Hello Maria, here is Tuomas Rinne, sales engineer at Kone", None, "introduction", True),
    ("here is Main Street, the owner said", None, "introduction", False),
    # (seeds-pDY) the friend's disappointment as leverage, typed in a hurry
    ("honestly shed be pretty dissapointed if we didnt meet", None, "pressure", True),
    # a yes asked for as a place on our list
    ("Can I count you in?", None, "commitment_ask", True),
    ("what do you think", None, "discovery_question", False),
    ("what do you think of your current courier?", None, "discovery_question", True),
    # when we are free, theirs to pick
    ("if a quick call helps, I'm free wednesday 11am or friday 2pm", None, "commitment_ask", True),
    # an offer, its "I" dropped
    ("could send u a couple of samples if u like", None, "discovery_question", False),
    # a name placed by who the caller was to them
    ("hi sam, this is tsering, your old classmate from darjeeling", None, "introduction", True),
    # a call told in the past, as a message says it
    ("I rang just to say hello and to hear how the new branch is going", None, "reason", True),
    ("I rang you on monday but nobody answered", None, "reason", False),
    # a name that ends like a verb, placed by the post
    ("hi kate, ahmed here, ceo of dunefleet", None, "introduction", True),
    # "bol raha hoon" after a capitalised name
    ("Namaste ji, Suresh Meena bol raha hoon, from Aravali Pumps.", None, "introduction", True),
    # "let me ask straight" and the question after a pause
    (
        "let me ask straight - how many hectares your growers have under maize this season",
        None,
        "discovery_question",
        True,
    ),
    ("let me ask around and get back to you", None, "discovery_question", False),
    # (session 51, messy134/135 and seeds-pDZ/pEA) a name said again before the firm
    ("Hi Ines, Kofi Mensah again, from Tallow Print in Kumasi.", None, "introduction", True),
    ("Thanks again, from all of us at Tallow Print.", None, "introduction", False),
    # a full name, then what the caller runs
    (
        "Senor Ruiz, good afternoon, Pablo Ortega, I run Ortega Cold Freight.",
        None,
        "introduction",
        True,
    ),
    ("I spoke with Maria Lopez, I think she left in June.", None, "introduction", False),
    # "me" and a name, answering "who?"
    ("Me Kofi, Kofi Mensah. The printing man.", "Who are you again?", "introduction", True),
    ("me, i run a small print shop", "Who are you again?", "ignored_question", True),
    # "who is talking?", asked short
    ("we met at the fair in march, remember", "Who is talking?", "ignored_question", True),
    # what the call is about, its helper verb dropped
    ("haha sorry, early bird", "ok, why you call me at this hour", "ignored_question", True),
    (
        "calling about the kiln permits, it's Dario",
        "What you call me about?",
        "ignored_question",
        False,
    ),
    # a broker's cut asked short is a question of price
    ("Ours is twelve percent per booking, nothing upfront.", "What you cut?", "price_answer", True),
    # a partnership told: what each side brings is no spec sheet
    (
        "We have the trucks and the cold rooms, you have the growers and the land.",
        None,
        "feature_list",
        False,
    ),
    ("we have dashboards, alerts, sso and you have nothing to install", None, "feature_list", True),
    # "you know?" after a list of what the product does is a filler, no question
    (
        "it builds your invoices, it tracks each container, it plugs into the carriers, you know?",
        None,
        "discovery_question",
        False,
    ),
    ("you guys are flat out this time of year, ya know?", None, "discovery_question", True),
    # our step with the slot checked: "..., that work?"
    (
        "Friday at ten, I'll send the invite to the office email, that work?",
        None,
        "discovery_question",
        False,
    ),
    # their night out asked after is small talk, not discovery
    ("Ah, the wedding! Was it fun?", None, "discovery_question", False),
    ("did you have a good time at the party?", None, "small_talk", True),
    ("did you have a good time at the expo talking to buyers?", None, "discovery_question", True),
    ("was it a good season for the orchard?", None, "discovery_question", True),
    # what they want to know, told as why we call (not their view asked)
    ("I wanted to know how you handle the night deliveries now", None, "reason", True),
    ("i want to know what you think", None, "reason", False),
    # an email offered, the one it goes to said before what is in it
    ("I can send one short email to that person with two or three booths", None, "next_step", True),
    ("I sent one email to that person last year", None, "next_step", False),
    # a slot said first, then "ok" put to them, its "?" dropped
    ("wed 2pm at ur depot ok", None, "commitment_ask", True),
    ("so tomorrow 11am ok", None, "question", True),
    ("friday we shut at noon ok", None, "commitment_ask", False),
    ("we are open monday to friday ok", None, "question", False),
    # met at an event named with whose it is; "presented us" for "introduced us"
    ("we met at the dinner of the Harbour Traders Guild last Friday", None, "met_context", True),
    ("Anna Berg presented us at the Lindqvist mixer last week", None, "met_context", True),
    # a visit offered for a coffee, or a coffee offered in the present
    ("If it helps, I could swing by the depot for a coffee.", None, "commitment_ask", True),
    ("I can drop by the samples tomorrow", None, "commitment_ask", False),
    ("if you want, we take a coffee, fifteen minutes", None, "commitment_ask", True),
    ("we could have a short call about it", None, "commitment_ask", True),
    ("we could have saved you a lot of trouble", None, "commitment_ask", False),
    # a no made easy after bad timing, or "if not now"
    ("and if the timing is wrong, honestly, just say so", None, "easy_out", True),
    ("if the timing is wrong tell me why", None, "easy_out", False),
    ("and if it's not the moment, no problem", None, "easy_out", True),
    ("if not right now, thats fine too", None, "easy_out", True),
    # an hour with its part of the day
    ("how about seven in the evening?", None, "set_time", True),
    # pushing: their busy week heard and brushed aside, their meeting moved, the friend's word
    ("I know you said you're swamped, but we really should meet Friday.", None, "pressure", True),
    ("I know you said you're busy, but I'll be quick", None, "pressure", False),
    ("no, just move the inspection, it's only one hour", None, "pressure", True),
    ("Priya would tell you it's worth it too.", None, "pressure", True),
    # the sale's paperwork sent
    ("shall I email you the agreement tonight?", None, "sales_offer", True),
    # the LinkedIn connection told by when
    ("hi, I'm Omar, you connected with me a few days ago", None, "connection_note", True),
    ("we connected the pipes last week", None, "connection_note", False),
    # a past claimed: met or talked before, told with where or not
    ("hey sam, long time, remember we met at the harbour expo", None, "claimed_past", True),
    ("my client was asking me about cover for her van last month", None, "claimed_past", False),
    (
        "so good to hear your voice, it's been ages since the harbour expo",
        None,
        "claimed_past",
        True,
    ),
    ("ok, good to catch up, talk soon", None, "misleading_claim", False),
    ("it's been ages since I had a weekend off", None, "misleading_claim", False),
    ("good to catch up on the figures before friday", None, "misleading_claim", False),
    # their clients asked to be sent straight to us
    ("would you be willing to send me the ones who need payroll help?", None, "referral_ask", True),
    ("would you send us some photos of the yard", None, "referral_ask", False),
    ("I'd happily pay you a referral fee for each one", None, "referral_ask", True),
    ("id pay a finders fee, of course", None, "referral_ask", True),
    # (session 52, messy136/137 and seeds-pEB/pEC) the two of us meeting, asked bare; a
    # goal met, or a meeting past, asks nothing
    ("ok so, can we meet this afternoon at the quay", None, "commitment_ask", True),
    ("shall we meet by the ferry office", None, "commitment_ask", True),
    ("can we meet the loading deadline with two vans", None, "commitment_ask", False),
    ("you remember, we meet at the fish fair last june?", None, "commitment_ask", False),
    # a guess about them, its other half narrowed or named, typed without its "?"
    ("and you are the one who signs the invoices or only the cheques", None, "question", True),
    ("you guys are still doing weekend deliveries or now just weekdays", None, "question", True),
    (
        "so you are still buying the feed or your cousin abel is doing it now",
        None,
        "question",
        True,
    ),
    ("you have my number or just email me", None, "question", False),
    ("you are welcome to come by or just phone", None, "question", False),
    # a check put before what it checks
    ("Is that right, your crews are on night shifts now", None, "discovery_question", True),
    ("is it true, you lost the port contract", None, "discovery_question", True),
    # "this is" said without its "is"
    ("good morning, this samuel okafor from deltaline freight", None, "introduction", True),
    ("hi this morning from the depot we had a delay", None, "introduction", False),
    ("this guy from the bank called me", None, "introduction", False),
    # everyone at home asked after is small talk, not discovery
    ("good evening sir how are you how is everybody", None, "discovery_question", False),
    ("how are the children?", None, "discovery_question", False),
    ("how are you, and how is the new kiln working out?", None, "discovery_question", True),
    # a talk wanted with nothing said of what about is no reason
    ("please ring us back when you can, we would like to talk to you.", None, "reason", False),
    ("I'd like to talk to you about the cold room", None, "reason", True),
    # our own plan with "ok?" asks nothing about them
    ("so thursday nine I write it in my book ok?", None, "discovery_question", False),
    ("you are doing the orders ok?", None, "discovery_question", True),
    # how we got their number is no tie to them
    (
        "Ruth Mensah gave me your number, we sing in the same choir",
        "What is it about?",
        "reason",
        False,
    ),
    # waiting made to cost them, their plans bent to ours
    (
        "honestly theres no reason to wait, every month you wait you lose orders",
        None,
        "pressure",
        True,
    ),
    ("you'll have to move your site visit, I'm only here monday", None, "pressure", True),
    ("you will need to clear the customs papers first", None, "pressure", False),
    ("no need to wait, I can call back", None, "pressure", False),
    # their people asked for, or our firm recommended to all of them; a typo'd word for us
    ("who among your members do you reckon could use us?", None, "referral_ask", True),
    (
        "what we'd like is for you to recommend Kivu Freight to all your exporters",
        None,
        "referral_ask",
        True,
    ),
    ("we recommend testing to your customers", None, "referral_ask", False),
    ("could you leave me a recomendation on linkedin", None, "referral_ask", True),
    # an opinion asked in the middle of a question begun before it, typed without its "?"
    ("so, which of your growers do you think could use us", None, "referral_ask", True),
    ("what in your week do you reckon eats the most time", None, "discovery_question", True),
    # "whatever's" typed without its apostrophe
    ("no, youll have to cancel whatevers on your diary that day", None, "pressure", True),
    # a slot said good for them, its "is" kept and its "?" dropped, asks for the meeting
    ("so, thursday at ten is good for you", None, "commitment_ask", True),
    ("thursday at ten is good for you", None, "kind_words", False),
    ("a bigger van is good for you", None, "commitment_ask", False),
    ("oh good for you, that's huge", None, "kind_words", True),
    # leave to ask, then the question, typed without its "?"
    (
        "ok, let me ask, the trucks you people use for the night runs, is it your own or you hire",
        None,
        "discovery_question",
        True,
    ),
    ("let me ask around and I will call you back", None, "question", False),
    # the first name said, then again with the surname, after "it is", accents and all
    ("bonjour, it is hélène, hélène moutou, the printer from the fair", None, "introduction", True),
    # a habit is no name
    ("sorry, it's just that i'm used to calling early", None, "introduction", False),
    # a request claimed in the present, as English learned late says it
    ("your manager, he ask me to call you today", None, "misleading_claim", True),
    ("you ask me to call back later", None, "misleading_claim", False),
    # something specific promised to the one they named
    ("ok, I send Tendai one short email with our price sheet", None, "next_step", True),
    ("we send our clients a newsletter every month", None, "next_step", False),
    # who was there when we met
    (
        "hi, it's Ola from Brightbooks, we met with Priya at the Rotary lunch",
        None,
        "met_context",
        True,
    ),
    ("we met with the owner at the show", None, "met_context", False),
    # the yes taken as given
    ("i already pencilled you in for friday at ten", None, "pressure", True),
    # the product gone through with them
    (
        "could we do half an hour friday so I can go through what we offer?",
        None,
        "sales_offer",
        True,
    ),
    ("i'll go through what you sent me tonight", None, "sales_offer", False),
    # a number said twice, whatever its shape; four pairs after a word that gives a number
    (
        "hello, it's Awa from Kribi, 655-301-872. call me when you can, 655-301-872. thanks",
        None,
        "phone_number",
        True,
    ),
    ("you call me back on 62-18-90-33, thank you", None, "phone_number", True),
    ("our sales went 10-20-30-40 percent up", None, "phone_number", False),
    # a contact record read back is no spec sheet
    (
        "we have Mrs. Abena Osei, purchasing manager, from the 2021 fair list",
        None,
        "feature_list",
        False,
    ),
    ("we have Fleet Pro, Route Manager, Fuel Guard and Driver Coach", None, "feature_list", True),
    # "it's" said "is", then the name and where from, opening the line
    ("is kofi mensah from akwaba foods. good morning sir", "Who is it?", "introduction", True),
    ("is mark dee from sales there", None, "introduction", False),
    # (session 53) the event, and the friend who was there, place a meeting
    ("we met at the dinner with priya, remember", None, "met_context", True),
    ("we met at the conference with my boss", None, "met_context", False),
    # the friend's feelings, or their yes reported to the friend, held over them
    ("you dont want to disapoint dara", None, "pressure", True),
    ("ama would be so happy if you gave me one meeting", None, "pressure", True),
    ("i tell dara you said yes to tuesday", None, "pressure", True),
    ("you don't want to hurt your back lifting those", None, "pressure", False),
    ("kofi will be upset if we don't at least meet", None, "pressure", True),
    ("the client will be disappointed if the crates arrive late", None, "pressure", False),
    ("I'll tell Anna you said hello", None, "pressure", False),
    # a no asked for with "please"
    ("if now is not the right time please just say so", None, "easy_out", True),
    # a talk put as what would help, or what the two of us can do, with its slot
    ("maybe a quick chat would help, 20 minutes on monday at 3", None, "commitment_ask", True),
    ("we can take a short coffee on thursday at 9", None, "commitment_ask", True),
    ("last year we had a call with them", None, "commitment_ask", False),
    # a visit or the start taken as agreed, only its day asked
    ("when can i come and see you", None, "commitment_ask", True),
    ("when can we come and pick up your receipts", None, "commitment_ask", True),
    ("which day i come to your farm", None, "commitment_ask", True),
    ("when can I start the recording?", None, "commitment_ask", False),
    # the buyer hunted for; whether they need us
    ("who in your company is responsible for purchasing uniforms?", None, "sales_offer", True),
    ("who at Brightline is responsible for the rota?", None, "right_person", True),
    ("so maybe your clinic needs us", None, "sales_offer", True),
    # a year after "from" is no price
    ("the record is from 2019, we just want to check it", None, "pricing", False),
    ("plans start from 1900 a month", None, "pricing", True),
    # an empty promise is no benefit
    ("trust me, you will see the value", None, "benefit", False),
    ("you will see the difference in your margins", None, "benefit", True),
    # the ask dropped closes the line
    ("fine, forget it then", None, "goodbye", True),
    ("don't forget it then", None, "goodbye", False),
    # a name, a firm of any name, then the number; a name, then how long it has been or the
    # work done for them
    ("hello marta, yaw boakye, greenway, 0244 551 203", None, "introduction", True),
    ("hey lena its kwabo, long time no see", None, "introduction", True),
    ("hi marta its sefa, i painted your shopfront two years ago", None, "introduction", True),
    # a slot put to them, its "?" dropped, then a sentence run on from it
    ("friday 10am work for you send me the address", None, "commitment_ask", True),
    ("does friday work for you and your partner", None, "commitment_ask", True),
    # (session 53, second round) "marketing calls" disclaimed
    ("relax, this is not one of those marketing calls", None, "disclaimer", True),
    ("we do marketing calls for clinics, not cold ones", None, "disclaimer", False),
    # a meeting wished for, as English after French says it
    ("i want that we meet on friday at ten", None, "commitment_ask", True),
    ("i want that we deliver faster", None, "commitment_ask", False),
    # fillers of West and Central African Englishes are no list items
    ("we have a new app, ehn, it helps shops grow", None, "feature_list", False),
    ("we have sensors, eh, dashboards, alerts and reports", None, "feature_list", True),
    # the event and a part of it place a meeting
    (
        "its me from the lagos fintech forum, the payments panel, we talked at the coffee break",
        None,
        "met_context",
        True,
    ),
    ("we talked at the conference", None, "met_context", False),
    # greeting them is a reason to call
    ("i just wanted to greet you and ask how the harvest went", None, "reason", True),
    # a list that turns to what is theirs
    (
        "we provide night nurses for clinics, and your side of town has many older patients",
        None,
        "feature_list",
        False,
    ),
    # the event both were at, remarked on for agreement, is small talk, no proposal
    ("that lunch was something, no?", None, "commitment_ask", False),
    ("that lunch was something, no?", None, "small_talk", True),
    ("the new dispatch system was a pain to set up, right?", None, "small_talk", False),
    # a wish said once more closes the call
    ("happy birthday once more, and may the year be kind to you", None, "goodbye", True),
    # their clients' custom asked for in the same breath
    ("so if any of your members need that, please send them over", None, "referral_ask", True),
    ("when can we sign the contract", None, "commitment_ask", True),
    # a name, then who they are to them, its comma dropped
    (
        "hello ama, its tenkorang owusu the sign painter, i did your shopfront",
        None,
        "introduction",
        True,
    ),
    # (session 54, messy142-143 and seeds-pEH/pEI) a word of respect, then the caller's full
    # name and who they are
    (
        "Madam, Kojo Asare, head of sales at Brightline. Calling about your delivery vans.",
        None,
        "introduction",
        True,
    ),
    ("sir, efua nyarko, ceo of lumen grain. calling about your silos", None, "introduction", True),
    ("Sir, Tamale Central, the depot, said you buy pallets.", None, "introduction", False),
    # a full name "of" the firm, as "from"
    (
        "Kekeli Dzansi of Volta Printworks here, calling about your menus.",
        None,
        "introduction",
        True,
    ),
    (
        "Good morning, Yaw Boadu of Boadu Haulage. I'm calling about your lorries.",
        None,
        "introduction",
        True,
    ),
    ("We got your name from Mrs. Adjoa Mensah of Hope Clinic.", None, "introduction", False),
    ("Hi Esi, Tema Port of Ghana is one of our clients.", None, "introduction", False),
    # a firm by its trade is no name
    ("this is Sunyani Agro Inputs, please call us back", None, "introduction", False),
    ("hello, this is kpando medsupply calling about gloves", None, "introduction", False),
    # a friend hailed, then the caller's name, typed in lower case
    ("kofi! its dzifakor. long time", None, "introduction", True),
    ("kofi! its urgent, call me", None, "introduction", False),
    # a filler before a stop keeps the stop; a tag's "?" asks nothing
    ("ok, hmm. is the truck yours or rented", None, "discovery_question", True),
    ("that is a lot of paper, eh? we fix that", None, "discovery_question", False),
    # what comes of something, asked after a condition
    (
        "when the rain comes early, what happens to the crop in the field",
        None,
        "discovery_question",
        True,
    ),
    ("if a driver is sick, what happens with the route", None, "discovery_question", True),
    # a slot with its "a.m." or "fine"
    ("is tuesday at 9 a.m. your time okay", None, "commitment_ask", True),
    ("is 3 p.m. on monday fine with you", None, "commitment_ask", True),
    ("our old supplier was slow, which is fine", None, "commitment_ask", False),
    ("everything is fine on our side", None, "commitment_ask", False),
    # "how are you" run on into the caller's news
    (
        "how are you we'll be in ho on friday, i wanted to see if you're free for lunch",
        None,
        "small_talk",
        True,
    ),
    ("Kofi, it's Dede. how are you i'll be in Kumasi on friday, lunch", None, "small_talk", True),
    # how they feel about it, "are you" dropped
    ("and the shop, still enjoying it", None, "discovery_question", True),
    ("still loving the new role", None, "discovery_question", True),
    # ours priced against theirs; the first of a service free
    ("but ours is only 40 a month", None, "pricing", True),
    ("the first cleaning is free", None, "pricing", True),
    ("your first visit is to see the site", None, "pricing", False),
    # clauses after "we have" are no spec sheet
    (
        "we had the parts arrive on monday, and i think now is a good time to come, before the rains start and the farmers want to plant.",
        None,
        "feature_list",
        False,
    ),
    # the work we can do, listed, sells; the times we can do do not
    ("I can do the flyers, a banner and a new sign for the shop", None, "sales_offer", True),
    ("we can do monday, wednesday and friday", None, "sales_offer", False),
    # others met, described, are no claim of having met them
    ("we keep a list of buyers we met at trade fairs", None, "misleading_claim", False),
    ("we met at the trade fair in march", None, "misleading_claim", True),
    # a meal proposed with no article; a meeting booked as granted
    ("i was thinking we do breakfast on friday", None, "commitment_ask", True),
    ("let me set up a short call with you on monday", None, "commitment_ask", True),
    ("let me book a table for us", None, "commitment_ask", False),
    # closings
    ("ok i will let you go, enjoy the party", None, "goodbye", True),
    ("my best regards to the family", None, "goodbye", True),
    ("greet your wife for me", None, "goodbye", True),
    ("have a blessed day", None, "goodbye", True),
    ("we are blessed with loyal customers", None, "goodbye", False),
    # "there" typed for "their"
    ("and there number please", None, "contact_details", True),
    ("is there email on the website", None, "contact_details", False),
    # spelt as said, or shortened
    ("cmon, its just one coffee", None, "pressure", True),
    ("we can do lunch or dinner, your choise", None, "callback_offer", True),
    # (session 54, messy144 and seeds-pEJ) the caller's voice, then the name
    ("Ah, it's me, Yawa Dzodzi, from the tailoring school", None, "introduction", True),
    ("good evening uncle, it is me, Kossi, the son of Mama Ablavi", None, "introduction", True),
    ("its me kodjo, kodjo agbeko, from lome print", None, "introduction", True),
    ("it's me again, sorry, the line cut", None, "introduction", False),
    # a name with a letter and an apostrophe before it, said with "speaking"
    (
        "Good morning Madame, N'Goran Kouassi speaking, from Lagune Transit.",
        None,
        "introduction",
        True,
    ),
    # a word that is a title elsewhere is a first name before a surname
    ("this is Sama Traore from Sahel Print", None, "introduction", True),
    # a run-together brand, then its town, is no person
    ("hello, it's Gazexpress Kara, about your gas bottles", None, "introduction", False),
    # what brings the caller is the reason
    (
        "The thing that brings me is your cold room: people say it breaks every month",
        None,
        "reason",
        True,
    ),
    ("it brings me joy to hear that", None, "reason", False),
    # a shrug is no question about the call
    ("the market is slow, what can we do. we are managing", None, "purpose", False),
    # a visit said with "pass"; fetching them; the hour straight after the day
    ("when can our agent pass to show you the samples", None, "commitment_ask", True),
    ("I will pass on Friday at nine to check it", None, "next_step", True),
    ("let me pick you up at six on Sunday", None, "next_step", True),
    (
        "He is fine. Sunday six, Baba. Good night.",
        "Sunday six, okay, I will be ready.",
        "next_step",
        True,
    ),
    ("sunday six trucks came in", None, "next_step", False),
    # a greeting of another language asks after them, no more
    ("Good morning Madame, alafia?", None, "discovery_question", False),
    ("Good morning Madame, alafia?", None, "small_talk", True),
    ("how is work today?", None, "discovery_question", False),
    ("how is work going at the new depot?", None, "discovery_question", True),
    # the product as the subject, three things it does
    (
        "It makes the invoices by itself, it sends a reminder to the client, it follows who has paid.",
        None,
        "feature_list",
        True,
    ),
    ("it makes sense, it shows you care", None, "feature_list", False),
    # a record read back with the department
    (
        "We have Madame Afi Mensah, purchasing, from the Kara fair of 2022.",
        None,
        "feature_list",
        False,
    ),
    # "there" for "their" as an owner only
    (
        "and the cleaners, they are your own staff or from an agency",
        None,
        "discovery_question",
        True,
    ),
    ("they are our own staff or from an agency", None, "discovery_question", False),
    # the one asked for told the caller is theirs
    ("please tell him its his old friend from accra, he will know", None, "misleading_claim", True),
    # the event and a part of it place a meeting, in lower case too
    ("we met at the tea break of the shea butter panel in tamale", None, "met_context", True),
    # a conditional proposal said to help
    (
        "if a short call next Tuesday at 4 to go over the invoices would help, I'd be glad",
        None,
        "commitment_ask",
        True,
    ),
    ("If not, it is completely fine.", None, "easy_out", True),
    # choosing left to them
    ("lunch or coffee, so choose whatever is easy for you", None, "callback_offer", True),
    # an event of ours to sell at
    (
        "next week im doing a breakfast seminar for some clinic managers, you should come",
        None,
        "sales_offer",
        True,
    ),
    # a list of their people asked for
    ("maybe send me a list of some who are just starting", None, "referral_ask", True),
    ("can you send me a list of the holidays", None, "referral_ask", False),
    # "pass" is no name after "will"
    ("so Friday at two, our driver will pass at your shop", None, "introduction", False),
    # (session 55) a name said as who they are speaking with
    (
        "Good evening madam. You are speaking with Esi, Esi Quaye, from Lakeview Feeds.",
        "Who is this?",
        "introduction",
        True,
    ),
    (
        "good evening. youre talking to yaw darko from lakeview feeds",
        "who is this",
        "introduction",
        True,
    ),
    ("you are talking to the right person for that", None, "introduction", False),
    # ... or one word then the whole name after "here"
    (
        "good morning boss, how is work? darko here, yaw darko, from lakeview feeds.",
        None,
        "introduction",
        True,
    ),
    # ... or "on the line"
    (
        "Good evening Mrs. Ofori, Kwesi Badu on the line, the tiler who did your kitchen.",
        None,
        "introduction",
        True,
    ),
    ("good evening, its adwoa mensah on the line, from goldtile", None, "introduction", True),
    (
        "we have the whole business on the line, the bank and the landlord",
        None,
        "introduction",
        False,
    ),
    # ... or "Bi" (son of) in an Ivorian name
    ("Good afternoon sir, I am Zamble Bi Serge from Sahel Tiles.", None, "introduction", True),
    # ... or three words after a lead, a full stop after them
    ("good evening, its maria yao bi. we spoke at the cocoa fair", None, "introduction", True),
    # ... or passed on, as the answer to "who should I say?"
    (
        "just tell her esi quaye from lakeview feeds",
        "who should i say is calling",
        "introduction",
        True,
    ),
    ("tell her its her cousin from lakeview", "who should i say is calling", "introduction", False),
    # a shop after the name is a shop
    ("Hello, it's Pagne Royal, the cloth shop by the lorry station.", None, "introduction", False),
    ("Hello, it's Kojo Asante, the shop manager at Pagne Royal.", None, "introduction", True),
    # the one it goes to is no caller
    (
        "I will drop the quote to Mrs. Boateng at the front desk tomorrow.",
        None,
        "introduction",
        False,
    ),
    ("Okay, I will post it to Mr. Owusu at P.O. Box 12 this week.", None, "next_step", True),
    ("We sell pumps, steel tanks with ten years warranty, and pipes.", None, "introduction", False),
    # a greeting of the family, or of the morning, is small talk
    ("Good morning Tantie, et la famille?", None, "small_talk", True),
    ("bonsoir papa, on dit quoi?", None, "small_talk", True),
    ("hello boss, good morning, did you sleep well?", None, "discovery_question", False),
    ("good morning madam did you wake well this is kojo from goldtile", None, "introduction", True),
    # a question word left where its answer goes
    ("the last delivery they made for you, it came which day", None, "question", False),
    ("and the last time they serviced it, it was which month", None, "discovery_question", True),
    ("so the new branch is where", None, "discovery_question", True),
    ("that is what worries me", None, "question", False),
    ("and for the nights, you are using the generator or what", None, "discovery_question", True),
    (
        "the head office is buying the stock or your branch manager does it",
        None,
        "discovery_question",
        True,
    ),
    (
        "and the cold room, it is on the ground floor or you keep it upstairs",
        None,
        "discovery_question",
        True,
    ),
    ("the price is fixed or you can call the office", None, "discovery_question", False),
    # a time asked for on a day to come is a meeting
    (
        "Just give me fifteen minutes on Thursday, I come and show you.",
        None,
        "commitment_ask",
        True,
    ),
    ("Could you give me one hour next week Monday at your office?", None, "commitment_ask", True),
    ("Give me five minutes, I explain the whole thing.", None, "commitment_ask", False),
    # a visit or a call said in the present for the future
    ("Friday at nine, I pass by the workshop.", None, "next_step", True),
    ("I call you Wednesday evening at seven to confirm.", None, "next_step", True),
    ("We call our customers on Wednesday usually.", None, "next_step", False),
    # the proposal checked, not a question about them
    (
        "I would like to book thirty minutes with you on Friday. Can you do it?",
        None,
        "discovery_question",
        False,
    ),
    ("so what do you think we can meet on friday", None, "commitment_ask", True),
    # the person asked for, named first
    ("Please, the manager, Mr. Antwi, he is there?", None, "routing", True),
    # what the product does, clause after clause
    (
        "Our pump, it uses only solar, it gives forty litres a minute, it holds pressure for a day, and the body is steel.",
        None,
        "feature_list",
        True,
    ),
    # a firm's trouble and what we take off them
    (
        "Quick one. Clinics your size, when they file the claims by hand, the whole Monday is gone. That's the thing we take off your hands.",
        "Quick, I'm busy.",
        "reason",
        True,
    ),
    ("I'm returning the accountant's call about the payroll.", None, "reason", True),
    ("She called our office about the leaking roof.", None, "reason", True),
    ("he called me a liar last week", None, "reason", False),
    # (session 56) the name said, then the whole name with it last
    (
        "morning madam, me i am kassoum, traore kassoum, from sahel print",
        "who is this",
        "introduction",
        True,
    ),
    ("its kouadio, yao bi kouadio, the electrician", "who is calling", "introduction", True),
    ("hello tanti! its me koffi, yao koffi, from the old depot", None, "introduction", True),
    ("good evening. it's adama... adama sawadogo. is mr kone in?", None, "introduction", True),
    ("its fine, just fine", "who is calling", "introduction", False),
    # ... a surname that ends like an adverb, then the firm by its trade
    ("hello musa, its awa coulibaly, greenleaf bookkeeping.", None, "introduction", True),
    # ... "here is" and a dash after the name
    (
        "Good day Ama, Here is Kofi Boateng — I fixed your shop sign last year.",
        None,
        "introduction",
        True,
    ),
    # ... which name is which
    ("good morning, amadou is my first name, diallo the family name", None, "introduction", True),
    ("my family name is ouedraogo, from kaya", None, "introduction", True),
    ("yes, that is my name", "is this mr diallo?", "introduction", False),
    # ... hailed, then "its" and the name
    ("sam its bukola. quick one about lunch", None, "introduction", True),
    ("mark its fine, no worries", None, "introduction", False),
    # ... the whole name and "here", then who they are
    (
        "congrats gloria! kwame asante here, the plumber from your old shop",
        None,
        "introduction",
        True,
    ),
    ("everyone here, the whole team, says well done", None, "introduction", False),
    # ... greeted, then the whole name alone
    ("hi ama, kossi agbeko. i am in kumasi on friday", None, "introduction", True),
    ("hi ama, quick question. are you free", None, "introduction", False),
    # ... and a product named before a colon is no caller
    (
        "It's Sika Books: invoice reminders by SMS, a stock report every evening, and mobile money payments.",
        None,
        "introduction",
        False,
    ),
    (
        "It's Sika Books: invoice reminders by SMS, a stock report every evening, and mobile money payments.",
        None,
        "feature_list",
        True,
    ),
    ("it's three things: the price, the delivery and the quality.", None, "feature_list", False),
    (
        "here is what we do: payroll, bookkeeping cleanup, tax filings, cash-flow forecasting and audits",
        None,
        "feature_list",
        True,
    ),
    ("what we do: books, payroll and sales tax for cafes.", None, "feature_list", False),
    # ... a word said twice for stress is no list
    ("Our app will make your sales climb, climb, fast fast.", None, "feature_list", False),
    # news brought, or "because" answering why
    (
        "I just want to inform you that our new branch opened in Tamale.",
        "what is it about?",
        "reason",
        True,
    ),
    ("because your generator contract ends in june", "why are you calling me", "reason", True),
    ("because, uh, well", "why are you calling", "reason", False),
    ("I'm calling the pharmacies in Ho to tell them about the cold boxes.", None, "reason", True),
    # what they would do for us is no benefit to them
    ("let's have lunch next week so you can tell me about the new depot", None, "benefit", False),
    # steps: a named list sent, a visit by "he", a leaflet
    ("I can email your accountant our calendar of the 2026 workshops.", None, "next_step", True),
    (
        "Our installer checks the roof first. Can he come on Monday at eight?",
        None,
        "next_step",
        True,
    ),
    ("does he come on mondays?", None, "next_step", False),
    (
        "I want to be clear, nobody sent me. I'm calling because the brochure you wrote impressed me.",
        None,
        "next_step",
        False,
    ),
    ("I send you the flyer on WhatsApp tonight", None, "next_step", True),
    ("we send flyers to all our customers every month", None, "next_step", False),
    # asks put as a proposal or a wish for "us"
    (
        "I want to propose you a visit of our workshop on Thursday at ten.",
        None,
        "commitment_ask",
        True,
    ),
    (
        "So I'd like us to sit down, the two of us, next Monday at nine.",
        None,
        "commitment_ask",
        True,
    ),
    (
        "lunch is on me, Saturday at one at the Green Pot. can you come?",
        None,
        "discovery_question",
        False,
    ),
    # something of theirs put first, then "how is it?"; a fact of theirs checked with "still"
    ("but tell me, the new branch, how is it going?", None, "discovery_question", True),
    ("so youre still running the pharmacy at kejetia", None, "discovery_question", True),
    ("youre still young", None, "discovery_question", False),
    # their family asked after is small talk
    ("How is the family, the kids are well?", None, "small_talk", True),
    ("and the wife?", None, "discovery_question", False),
    ("how is the family, and the business?", None, "discovery_question", True),
    # referrals: a list of vendors, our name passed on
    ("could you put us on your list of trusted suppliers?", None, "referral_ask", True),
    ("and maybe mention us to your members", None, "referral_ask", True),
    ("I'll mention you to my team", None, "referral_ask", False),
    # the door left open, not a call back asked for now
    ("if things change later, you have my number", None, "door_open", True),
    ("when you get a chance, call me back on 0244 123 456", None, "door_open", False),
    # a record checked, "it's" typed without its apostrophe
    ("could you tell me if its still correct", None, "record_check", True),
    # the caller's other way put to them, "?" dropped
    (
        "and you, you are the one who keeps his diary, or i should call his office",
        None,
        "question",
        True,
    ),
    ("i can send it today, or i should wait for monday", None, "question", False),
    # (session 57) questions typed without "?": "you people", a question put after "I wanted to
    # ask you", "is it yourself", "who I'm talking to", a choice announced as one question
    ("ok, ehh, how you people keep the shop cold when the light goes", None, "question", True),
    ("so i wanted to ask you how you keep the stock cold", None, "discovery_question", True),
    ("i wanted to ask you how your weekend was", None, "discovery_question", False),
    ("and for the orders, is it yourself who decide, or your partner", None, "question", True),
    ("Who I'm talking to please", None, "question", True),
    ("I know who I'm talking to", None, "question", False),
    ("normally who is the one buying the stock, the owner or the manager", None, "question", True),
    (
        "one question only: your trucks, they cross at elubo now, or at aflao",
        None,
        "question",
        True,
    ),
    ("good question - we do both, cash or card", None, "question", False),
    # "is" or "are" dropped before how a thing of theirs goes
    ("so how the new branch going", None, "discovery_question", True),
    ("first, how your drivers keeping the logbooks now", None, "discovery_question", True),
    ("how the weekend going", None, "small_talk", True),
    ("i know how the market going to end", None, "question", False),
    # a question ending on the preposition its question word is the object of
    ("When you need the uniforms by", None, "discovery_question", True),
    ("when you need help, call us", None, "question", False),
    # the work asked after is no slot offered; nor is how it is going
    ("How is the work this morning?", None, "commitment_ask", False),
    ("is your work going ok this week", None, "commitment_ask", False),
    ("is thursday at ten ok", None, "commitment_ask", True),
    # a visit put as "pass", or offered as what we can do, with a day
    ("When can we pass, Monday or Tuesday?", None, "commitment_ask", True),
    ("can i pass your number to her tomorrow?", None, "commitment_ask", False),
    ("Thursday at ten, we pass anyway?", None, "commitment_ask", True),
    ("We can come on Friday at nine to fit a trial unit.", None, "commitment_ask", True),
    ("what we can come up with by friday is a plan", None, "commitment_ask", False),
    # the present for the future, a title or an hour between
    ("Then I call Mrs. Bamba tomorrow at eleven.", None, "next_step", True),
    ("then tomorrow at 9h30 I call on this line", None, "next_step", True),
    # names: a company by its trade, a surname with an apostrophe, a name after "Oh!"
    ("Good morning. It's Sahel Peintures calling, from Ouaga.", None, "introduction", False),
    ("hello madame, it's kofi n'dri, i'm the manager of volta express", None, "introduction", True),
    ("Oh! Kwame Boateng. I'm the director there.", "Your name?", "introduction", True),
    # a reason, and no reason: "we get" with a count is what we have
    ("and now we get twelve staff, and we do for plenty hotels in the east", None, "reason", False),
    # features: "it get" for "it has"; a promotion off a range is a price
    (
        "this new pump, it get 2 hp motor, steel body, auto cut-off, and a three year warranty",
        None,
        "feature_list",
        True,
    ),
    (
        "when it get late, the trucks stop, the drivers sleep, and we wait",
        None,
        "feature_list",
        False,
    ),
    ("for the new term we have a promo, 10% on all the exercise books", None, "pricing", True),
    ("we cut fuel use by 15% on every truck", None, "pricing", False),
    # a private matter, its verb dropped
    (
        "Ah, na private matter small. Just tell her Musa called.",
        "What is it regarding?",
        "misleading_claim",
        True,
    ),
    # (session 57, seeds-pEP) "-ible" spelt "-able"; "always" for "still"; the detail asked
    # for before what is on file; names asked for
    ("so who is responsable for the trade shows now", None, "right_person", True),
    ("is he always with corvid", None, "record_check", True),
    ("is he always late", None, "record_check", False),
    ("and the email please, we have mark@corvid.com", None, "contact_details", True),
    ("can you start sending me some names this week?", None, "referral_ask", True),
    # (session 57, messy151) after a comma: "is it" and what it does to them, "who is" and an
    # -ing verb; "how the X treating you"; the hour and "today" said before "I will call"
    ("the printer you have now, is it giving you any trouble", None, "question", True),
    ("your boiler now, who is servicing it", None, "question", True),
    ("my brother, who is running the shop, says hello", None, "question", False),
    ("but first, how the new job treating you", None, "discovery_question", True),
    ("Okay madam, today five thirty I will call you.", None, "next_step", True),
    ("tell her it's Kwesi, her old friend", "Who is calling?", "misleading_claim", True),
    (
        "Thanks, my name is Kwame. Please how big is the team now. Then I call back.",
        None,
        "discovery_question",
        True,
    ),
    # (session 57, new-user pass) the hour owned, then "sorry" after it
    (
        "i know its late sorry, im calling because your quotes are done by hand",
        None,
        "apology",
        True,
    ),
    ("the delivery was late, sorry about that", None, "apology", False),
    # (session 58, messy152) names: "it is X Y calling, from", Pidgin "na", "same here";
    # the greetings "how now" and "how was the night"; a topic put first, then the question
    # about it; a slot, then when in their day; what is being proposed; a person on file
    (
        "good morning. please it is ngozi eyong calling, from bright farms",
        None,
        "introduction",
        True,
    ),
    ("hello madam. na comfort ebai from sunrise micro finance", None, "introduction", True),
    ("Na Monday we go start.", None, "introduction", False),
    ("Same here. Take care now.", None, "introduction", False),
    ("Good morning madam! How was the night?", None, "discovery_question", False),
    ("Ah Tunde, how now?", None, "discovery_question", False),
    ("how was the night shift last week?", None, "discovery_question", True),
    ("The water, is it coming every day or only some days", None, "question", True),
    ("your invoices and the receipts, who is typing them now", None, "question", True),
    ("the good news, is it works with your old machine", None, "question", False),
    ("Friday at nine, after the morning rush?", None, "commitment_ask", True),
    (
        "What I am suggesting is a short visit, you and your head nurse.",
        None,
        "commitment_ask",
        True,
    ),
    ("what I'm suggesting is that your drivers are tired.", None, "commitment_ask", False),
    (
        "we have Mr Paul-Henri, Ekane as head of stores, from the 2022 fair.",
        None,
        "feature_list",
        False,
    ),
    ("we have Mr. Tom Fisher, Stores Manager, from the fair", None, "introduction", False),
    ("is it open on saturdays?", None, "commitment_ask", False),
    # (session 58, seeds-pEQ and seeds-pER) a surname that is a dialect word too; a length
    # of time to sit for; a slot that "can work"; clients asked for by the count, by kind,
    # by name or by the whole list; a presentation asked for; a call back owed; work with
    # their firm claimed over time; a meeting told in the present; "we" spelled out
    ("hello, good morning, grace yuh here from riverline", None, "introduction", True),
    ("i suggest we both sit for 20 min next week", None, "commitment_ask", True),
    ("we talk for 20 minutes every morning", None, "commitment_ask", False),
    ("so thursday at two can work", None, "next_step", True),
    ("monday can work for the delivery", None, "next_step", False),
    ("how many customers can you send me this quarter?", None, "referral_ask", True),
    ("how many invoices can you send me a week", None, "referral_ask", False),
    ("do you know other bakery owners who need a bookkeeper?", None, "referral_ask", True),
    ("maybe you can pass me three or four names this week", None, "referral_ask", True),
    ("give me the names of your drivers", None, "referral_ask", False),
    ("can you share your client list with us", None, "referral_ask", True),
    ("can you send me your price list", None, "referral_ask", False),
    ("When can we present this to your board?", None, "commitment_ask", True),
    ("we present the figures to the board every month", None, "commitment_ask", False),
    ("calling back for janet, is she in?", None, "misleading_claim", True),
    ("I'll call her back tomorrow", None, "misleading_claim", False),
    (
        "we been working with halden on the new labels",
        "Halden Foods, this is Rita.",
        "misleading_claim",
        True,
    ),
    (
        "we have been working with bakeries like yours",
        "Halden Foods, this is Rita.",
        "misleading_claim",
        False,
    ),
    ("we talk at the lunch of the dairy summit last tuesday", None, "met_context", True),
    ("we meet at the gym every friday", None, "misleading_claim", False),
    ("can we, the two of us, sit down on monday at 9 to look at it", None, "commitment_ask", True),
    ("good evening, it is marie-claire ngo of fintrack", None, "introduction", True),
    ("sure, anytime, call me when you are free", "Who is this?", "introduction", False),
    # (session 58, seeds-pEQ) the caller's own story announced; the price held up as the
    # best; those just named handed over
    ("ok so let me tell you about me, i opened my studio in 2019", None, "sales_offer", True),
    ("let me tell you about me and my wife's trip", None, "sales_offer", False),
    ("and we are the cheapest price in the whole region", None, "sales_offer", True),
    (
        "let me tell you about me, i ran the books for two bakeries and i have the reports",
        None,
        "next_step",
        False,
    ),
    ("if your members need me, you could send them to me", None, "referral_ask", True),
    ("can you refer them to the right person", None, "referral_ask", False),
    # (session 58, messy153) names: "X Y is my name", Pidgin "na" before a name said twice,
    # "this is X Y of <firm>", a whole name as a sentence before "I run ...", a bare name
    # after a greeting answering who is calling; "if you'll be free"; what brings the
    # caller to ring; a slot, then the place bare; "a good problem" is no slot
    ("Good morning. Adaeze Okafor is my name, with Delta Print.", None, "introduction", True),
    ("sorry, what is my name again", None, "introduction", False),
    ("hello sister. na ekwe, ekwe tanyi. how the family", None, "introduction", True),
    (
        "good morning madam, this is mokube ndive of coastal cargo cover.",
        None,
        "introduction",
        True,
    ),
    ("this is also one of our best sellers.", None, "introduction", False),
    (
        "Two minutes is fine. Sango Eseme. I run Limbe Ice Works, we freeze the fish.",
        None,
        "introduction",
        True,
    ),
    ("ok great. the boss. i run the place.", None, "introduction", False),
    ("good morning, sir. ebai tabe, fako mill parts, buea.", "Who is this?", "introduction", True),
    ("good morning. ok talk soon, call me back", "Who is this?", "introduction", False),
    ("so I'm calling to see if you'll be free for lunch on friday", None, "commitment_ask", True),
    ("So what brings me to call you is this: your shop sells to hotels.", None, "reason", True),
    ("Thursday at ten, your shop?", None, "commitment_ask", True),
    ("you said the fire was on tuesday, your warehouse?", None, "commitment_ask", False),
    ("oh that's nice, closing by eight is a good problem to have", None, "commitment_ask", False),
    ("would it be a good idea to meet on friday", None, "commitment_ask", True),
    # (session 58, seeds-pES) a wish closing the call; "my names are"; how a thing of
    # theirs is done, asked in the passive; a slot put as whether it suits them; "a proper
    # hour"; their customers asked for by the list; "X Y of <firm> here"
    ("Whatever you do, have fun. That's all I called for.", None, "goodbye", True),
    ("is that all you need?", None, "goodbye", False),
    ("i hope the rest of it is lovely. enjoy, no need to call back", None, "goodbye", True),
    ("you will enjoy, trust me", None, "goodbye", False),
    (
        "Good afternoon, my names are Ebot Arrey, calling from Mamfe Prints",
        None,
        "introduction",
        True,
    ),
    (
        "good afternoon, my names are ebot arrey, i am calling from mamfe prints",
        None,
        "introduction",
        True,
    ),
    (
        "Tell me a bit about how the orders are tracked at the depot now",
        None,
        "discovery_question",
        True,
    ),
    ("let me tell you how the books are kept in our firm", None, "discovery_question", False),
    ("if a quick coffee on tuesday at 9 suits you, I'll come to you", None, "commitment_ask", True),
    ("if the new system works for you, we can talk about support", None, "commitment_ask", False),
    ("Let's put a proper hour on it, you and your finance lead.", None, "commitment_ask", True),
    ("we spend a full hour a day on it", None, "commitment_ask", False),
    ("thursday at 9 your time, if that's alright with your diary", None, "commitment_ask", True),
    ("could you send me your restaurant list so we can reach them", None, "referral_ask", True),
    ("send me your parts list please", None, "referral_ask", False),
    ("grace, good evening - ebot arrey of mamfe prints here, 555-0102", None, "introduction", True),
    ("the head of sales here is tom", None, "introduction", False),
    # (session 58, seeds-pEB regression) a studio launched and clients sought on a birthday
    # call; the work sold as one package
    (
        "hi, happy birthday! and guess what, i am launching my new print shop this week",
        None,
        "sales_offer",
        True,
    ),
    ("so we are looking for new clients in your area", None, "sales_offer", True),
    ("we are looking for new customers to interview for our study", None, "sales_offer", False),
    ("we do flyers, banners, menus and cards, all in one package", None, "sales_offer", True),
    # (session 58, messy154) Pidgin: "dey call", "na X dis", "na X i be", "my name na X",
    # "wetin be the matter", "i no dey sell", "make i come", "make we meet", "i go send",
    # "you dey free"; "you're speaking with X, X Y"; a whole name with a role or alone after
    # a greeting; "tell him X Y,"; "you still use ..." with "do" dropped; a slot asked with
    # pauses in it; "you could spare me"; goods counted are no time; "haba" is no name
    ("Morning Ade. Ojong Tabi dey call, from Mamfe Cocoa Board.", None, "introduction", True),
    ("the boys dey call, from time to time", None, "introduction", False),
    ("good evening sir, na ebai ashu dis, from fako solar.", None, "introduction", True),
    ("good afternoon. na tanyi agbor i be, from ikom blades.", None, "introduction", True),
    (
        "good morning ma, my name na efeti nkwelle, from limbe fish depot.",
        None,
        "introduction",
        True,
    ),
    (
        "good evening, you're speaking with oma, oma enow, i run a catering outfit.",
        None,
        "introduction",
        True,
    ),
    ("sir, good evening. tabe ndip, i'm ceo of cropline.", None, "introduction", True),
    ("kumba market, i run a stall", None, "introduction", False),
    ("Good morning. Ayuk Tambe. Is the manager in?", None, "introduction", True),
    ("Good morning. Thank You.", None, "introduction", False),
    (
        "Good evening ma. Nkongho Arrey, from the fish stall by the bridge.",
        "Hello, who be this?",
        "introduction",
        True,
    ),
    ("Tell him Bate Ojong, he knows me.", "Who should I say called?", "introduction", True),
    ("Ehn, it's a family thing.", "Wetin be the matter?", "ignored_question", True),
    ("you people still use the old press at the mill", None, "question", True),
    ("you still need to send the form", None, "question", False),
    ("would Friday after lunch, around two, suit for me to come by?", None, "commitment_ask", True),
    ("ok i go send the price list on whatsapp today before 6", None, "next_step", True),
    ("from 30 bags we deliver free", None, "set_time", False),
    ("Friday, ten o'clock, you dey free?", None, "commitment_ask", True),
    (
        "I was hoping you could spare me twenty minutes on Monday, nine o'clock.",
        None,
        "commitment_ask",
        True,
    ),
    ("I no dey sell you anything o, just hear me", None, "disclaimer", True),
    ("make I come see the shop on tuesday morning", None, "commitment_ask", True),
    ("make we meet one day make I explain", None, "commitment_ask", True),
    ("haba, you don forget me?", "Who is this?", "introduction", False),
    # (session 58, new-user pass) "my names are" before the name and its title
    (
        "good morning, my names are tabi enow, ceo of cropline. we do payroll",
        None,
        "introduction",
        True,
    ),
    ("my names are on the list, the manager of the shop said", None, "introduction", False),
    # (session 59, messy155) a customer of ours claimed, and kin claimed to the screener
    (
        "We are the ones carrying your ginger from Kagoro to Kano already.",
        None,
        "misleading_claim",
        True,
    ),
    ("your company has been with us since last season", None, "misleading_claim", True),
    ("you have been with us for two years now", None, "misleading_claim", True),
    ("we are the ones who fix your kind of problem", None, "misleading_claim", False),
    ("Tell her it's her cousin from Kafanchan.", None, "misleading_claim", True),
    ("tell him its his in-law from jos", None, "misleading_claim", True),
    ("so it's his nephew Conor looking after your area now", None, "misleading_claim", False),
    ("I've already booked us a table for 1:30.", None, "misleading_claim", False),
    # (session 59, messy155) the place and hour they named, taken
    (
        "Saturday by ten, Mubi shop. I'll be there.",
        "you know what, Saturday morning. Mubi shop, by ten.",
        "next_step",
        True,
    ),
    ("ok I'll be there", "Friday at two, at the depot.", "next_step", True),
    ("I'll be there.", None, "next_step", False),
    # (session 59, seeds-pET and seeds-pEU) a reason said with "only"; her own name asked;
    # a whole name in lower case, said alone, twice across a dash, or spelled out
    ("I only wanted to say it was good meeting you.", None, "reason", True),
    ("May I have your own name too, so I can note who confirmed it", None, "asks_name", True),
    (
        "dana, good morning. this is nanven - n-a-n-v-e-n - gomwalk. you invited me",
        None,
        "introduction",
        True,
    ),
    ("rob! its nanven - nanven gomwalk. long time.", None, "introduction", True),
    ("hi dana - tachio bako. we connected on linkedin last week", None, "introduction", True),
    ("hi dana - happy birthday. hope the day is good", None, "introduction", False),
    ("its raining heavily. so i will be quick", None, "introduction", False),
    # (session 59, seeds-pEU) the week named before the slot; a need of theirs assumed, the
    # price list sent, a pitch for their work
    ("maybe next week wednesday at 10, if it suits.", None, "commitment_ask", True),
    ("they close next week monday at 9, if it rains.", None, "commitment_ask", False),
    ("since your an insurance broker you probly need a bookkeeper too", None, "sales_offer", True),
    ("you probably need a break too", None, "sales_offer", False),
    ("i can send you our packages today", None, "sales_offer", True),
    ("id like to pitch for the new layout work at front range", None, "sales_offer", True),
    # (session 59, seeds-pEN) their plans waved off in two words; a wait whatever they say
    ("cancel it man, its been 2 years, just come", None, "pressure", True),
    ("if you dont like it, cancel it.", None, "pressure", False),
    ("ok, skip it.", None, "pressure", False),
    ("i will wait for you at 12 anyway", None, "pressure", True),
    # (session 59, messy156) the firm reached, the post held, the one in charge by title,
    # the home asked after: checks and greetings, not discovery
    (
        "Hello, good morning Ma. Is this Bethel Pharmacy, Tombel?",
        "Hello?",
        "discovery_question",
        False,
    ),
    ("is that you or an it company?", None, "discovery_question", True),
    (
        "hey good morning! is this the owner of Tidewater Kayak Rentals?",
        None,
        "discovery_question",
        False,
    ),
    ("hello sir, how are you sir and the family?", None, "discovery_question", False),
    ("how are you and your team handling the rush?", None, "discovery_question", True),
    ("Allo, Monsieur le Directeur Général? Good morning.", None, "discovery_question", False),
    ("Ah madame, you will see. You are the directrice", None, "discovery_question", True),
    ("you are the owner of transport wardi et freres", None, "discovery_question", True),
    ("ok, you are the boss.", None, "question", False),
    ("you are the owner of the shop, and i think we can help", None, "question", False),
    # (session 59, messy156) a number in four pairs after "at"; a firm that tracks trucks;
    # work to do together; whose friend; a name of three words before a post
    (
        "this is Lucie, at 66 48 20 17. I'm calling to wish you a happy birthday",
        None,
        "phone_number",
        True,
    ),
    ("allo salam, this is borkou track, the gps for trucks.", None, "introduction", False),
    (
        "We are working in the same villages, and I think there is something we can do together for your clients.",
        None,
        "reason",
        True,
    ),
    ("lets do something together sometime", None, "reason", False),
    ("its brigitte yangba, clarisses friend, from her sisters wedding", None, "introduction", True),
    ("this is adoum mahamat kolo, ceo of sahelpay", None, "introduction", True),
    ("its raining, the farmers friend, you know", None, "introduction", False),
    # (session 59, messy156) the time they named, said back first
    ("Tuesday 15h, with the numbers.", "Tuesday 15h is ok. Bring numbers.", "next_step", True),
    ("Monday, we were closed.", "Monday at ten is fine.", "next_step", False),
    ("five o'clock, God love you.", "I am doing the five o'clock myself.", "next_step", False),
    # (session 59, seeds-pEV) their day waved off, the slot closed with "final"; a wish of
    # theirs to meet told back to them
    ("no no you have to make time, i came all the way. thursday 1pm final", None, "pressure", True),
    (
        "lets book a meeting tomorrow 10am, you said on linkedin you wanted to meet",
        None,
        "misleading_claim",
        True,
    ),
    ("you said the new shop opens in may", None, "misleading_claim", False),
    # (session 43, review) dialect words that are names too stay names
    ("hi this is inna from acme payroll", None, "introduction", True),
    ("Fae here from Brightpath, quick one", None, "introduction", True),
    # (session 40, seeds-pCN) "lets you and me ..." proposes
    (
        "ok tell you what, lets you and me find 20 minutes next tuesday at 9",
        None,
        "commitment_ask",
        True,
    ),
    ("the portal lets you and me see the same invoices", None, "commitment_ask", False),
]


def test_scored_only_leaves_out_only_the_unscored_signals() -> None:
    """``scored_only`` drops the unscored signals and changes nothing else: the scorecard
    and the engine read the same analysis."""
    from roleplay.language.signals import UNSCORED, line_signals

    lines = [row[0] for row in SIGNAL_TABLE + PLAYTEST_TABLE + MESSY_TABLE]
    for line in lines:
        every = line_signals(line, None, None, None)
        scored = line_signals(line, None, None, None, scored_only=True)
        assert scored == {k: v for k, v in every.items() if k not in UNSCORED}, line


@pytest.mark.parametrize(
    ("rep", "reply", "flagged"),
    [
        # the one called: a friendship they would know of, claimed to the gatekeeper
        ("hi, is dale there? me and dale go way back", "one moment please", True),
        # a friend of both, made bigger than they are, is the scenario's to judge...
        ("hi naomi, its sam lee. marcus and i go way back", "oh, nice", False),
        # ... unless the listener denies it
        ("hi naomi, its sam lee. marcus and i go way back", "marcus never mentioned you", True),
    ],
)
def test_a_named_friendship_misleads_when_its_the_one_called(
    rep: str, reply: str, flagged: bool
) -> None:
    from roleplay.commands.score import score_text

    text = f"Prospect: hello?\nRep: {rep}\nProspect: {reply}\nRep: thanks so much\n"
    assert ("misleading-claim" in score_text(text, "call.txt").codes) is flagged


@pytest.mark.parametrize(
    ("opener", "flagged"),
    [
        # a reason already given: "how can I help you" means "go ahead"
        ("hi, I'm calling to book a quick demo of our dispatch app for your shop", False),
        # only a name given: "how can I help you" asks what the call is about
        ("hi, this is Dana Lee from Pipewise", True),
    ],
)
def test_how_can_i_help_asks_the_reason_only_when_none_was_given(
    opener: str, flagged: bool
) -> None:
    from roleplay.commands.score import score_text

    text = (
        f"Prospect: hello?\nRep: {opener}\nProspect: sure. how can I help you\n"
        "Rep: so when can we get you on the calendar, tomorrow at 10?\nProspect: no thanks\n"
    )
    assert ("ignored-question" in score_text(text, "call.txt").codes) is flagged


@pytest.mark.parametrize(
    ("rep", "flagged"),
    [
        # the talk told after who introduced us, where and when, is part of that story
        (
            "Priya Shah introduced us at the Harbor Tech mixer last month. We talked for a bit about your new clinic.",
            False,
        ),
        ("we met at the builders expo, theo introduced us", False),
        # ... but told alone, or with nothing to check, it is a pretext
        ("We talked for a bit about your new clinic.", True),
        ("we met at the builders expo, you remember", True),
    ],
)
def test_a_talk_placed_by_who_introduced_us_is_no_pretext(rep: str, flagged: bool) -> None:
    from roleplay.commands.score import score_text

    text = f"Prospect: hello?\nRep: {rep}\nProspect: okay\nRep: thanks so much\n"
    assert ("misleading-claim" in score_text(text, "call.txt").codes) is flagged


@pytest.mark.parametrize(
    ("compliment", "flagged"),
    [
        # a habit of ours ("I keep seeing...") tells them no reason for the call
        ("how's the gallery doing, I keep seeing your prints all over instagram", True),
        # ... news of theirs, seen, is one
        ("saw you just opened a second gallery downtown", False),
    ],
)
def test_a_compliment_is_no_reason_for_the_call(compliment: str, flagged: bool) -> None:
    from roleplay.commands.score import score_text

    text = (
        "Prospect: hello?\nRep: hey tomas, its rina okafor, from the art school days\n"
        f"Prospect: rina! how are you\nRep: good good. {compliment}\n"
        "Prospect: ha, busy. how about you\nRep: all good, take care tomas\nProspect: bye\n"
    )
    assert ("no-reason-for-call" in score_text(text, "call.txt").codes) is flagged


def test_own_name_said_again_after_speaking_with_answers_who() -> None:
    """(session 58, messy154) "You are speaking with Arrey Bessong, from ..." and then, asked
    who again, "Arrey Bessong, madam." names the caller: "with" there is no firm's."""
    from roleplay.transcript import parse_call

    call = parse_call(
        "Prospect: Saint Joseph's College. Principal speaking.\n"
        "Rep: Good morning. You are speaking with Arrey Bessong, from Manyu School Tools.\n"
        "Prospect: Sorry, who did you say?\n"
        "Rep: Arrey Bessong, madam. Manyu School Tools.\n",
        "call.txt",
    )
    answer = CallAnalysis.of(call.turns).turns[3]
    assert answer.signals.get("introduction") == "Arrey Bessong"
    assert "ignored_question" not in answer.signals


@pytest.mark.parametrize(("line", "previous", "signal", "fires"), MESSY_TABLE)
def test_messy_table(line: str, previous: str | None, signal: str, fires: bool) -> None:
    from roleplay.language.repair import repair

    found = signals(repair(line).text, previous=previous)
    assert (signal in found) is fires, found


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("sure, this is for Ines - Tavi Okoro, Brightmoor.", "Tavi Okoro"),
        ("hey Dr Lutz, susan grady, Mapleway Billing, 555-201-3344.", "Susan Grady"),
        ("hi ms ortiz, Kenji Sato, Harbor Labs.", "Kenji Sato"),
        ("so we spoke to maria lopez, Acme, and she said it's fine.", None),
        (
            "morning loretta, yusuf adams with harrow retort service, is dwight around",
            "Yusuf Adams",
        ),
        ("hey sam, lisa park from routewise", "Lisa Park"),
        ("hi jo, tom said with the budget cuts it's on hold", None),
        ("hey sam, lisa park with routewise?", None),
        # a name no list knows, lower case, then who the caller is
        ("hi rosa! tendai moyo, im a friend of carla's from the choir", "Tendai Moyo"),
        ("hi rosa, big news, im a friend of carla's", None),
        # an abstract noun as the second word names a firm (not the surnames that end alike)
        ("morning, this is Corvane Analytics, about your audit", None),
        ("this is Sean Garrity from Pellwood", "Sean Garrity"),
        ("hi lucinda, keith darrow for ms. ferrante, please", "Keith Darrow"),
        # a name no list knows counts when typed with its capitals
        ("Dana, hi, Raj Mehta, I'm a bookkeeper.", "Raj Mehta"),
        ("Dana, hi, Acme Logistics, we haul freight.", None),
        # accents and hyphens kept as typed
        ("hi claire, josé ibáñez from terracota", "José Ibáñez"),
        ("Hi Sam, Anne-Marie Dubois from Lumen.", "Anne-Marie Dubois"),
    ],
)
def test_names_in_messy_forms(line: str, name: str | None) -> None:
    assert rep_name(line) == name


@pytest.mark.parametrize(
    ("line", "asks"),
    [
        ("and what's that gonna run me", True),
        ("what's the damage?", True),
        ("what are we looking at money-wise", True),
        ("ok and what would we pay", True),
        ("what would it set us back, roughly?", True),
        ("can you run me through it?", False),
        ("did the storm do the damage?", False),
    ],
)
def test_messy_price_questions(line: str, asks: bool) -> None:
    from roleplay.language.repair import repair

    assert (asks_price(repair(line).text) is not None) is asks


@pytest.mark.parametrize(
    ("reply", "support"),
    [
        # the name recognised, word ahead that the caller would ring, the request placed in the past
        ("oh, Priya, yeah! good to hear from her", "confirmed"),
        ("ah, Marco, right, he said someone might be calling", "confirmed"),
        ("she texted me you might ring actually", "confirmed"),
        ("that was months ago. I'm in Lisbon this week", "confirmed"),
        ("oh, that was a while back, sure", "confirmed"),
        ("oh hi dario, yeah the depot. thursday... maybe?", "confirmed"),
        ("oh hey Kim, yep, the roofing guy", "confirmed"),
        ("oh, wait, who?", "none"),
        ("oh wait what, yeah?", "none"),
        ("Oh no, not again.", "none"),
        ("He said you'd call? News to me.", "denied"),
        ("That was years ago and it wasn't me who asked.", "denied"),
        ("oh youre the one joaquin mentioned, he emailed her yesterday", "confirmed"),
        ("you're the one she was talking about", "confirmed"),
        ("are you the one joaquin mentioned?", "none"),
        ("you're the one who keeps calling", "none"),
        # word that came about the caller
        ("ok... oh wait, yeah, priya texted me about somebody. whats your name", "confirmed"),
        ("he told me about you, sure", "confirmed"),
        ("she told me about the conference", "none"),
        # owned up to with "did", though the caller's trade is still unknown
        (
            "oh, nina did mention it, yeah. slow down though, i don't even know what you guys do",
            "confirmed",
        ),
        ("who did mention it?", "none"),
        ("i don't know what you're talking about", "denied"),
        # the caller known by word of mouth
        ("ah, the sailing guy! he talks about you all the time", "confirmed"),
        ("ive heard good things about you, come in", "confirmed"),
        ("she talks about the weather mostly", "none"),
        # an emphatic "did" tells something else, it owns up to nothing
        ("we did have a leak in the spring though", "none"),
        ("oh yes, we did.", "confirmed"),
        # (session 36, messy79) recognised, and only surprised that anyone phoned; not
        # expecting a call at all still denies one was expected
        ("oh! right yes hi. I didnt expect an actual phone call haha", "confirmed"),
        ("I wasnt expecting a call", "denied"),
        # (session 41, messy101) nothing of it where it would be
        ("oh right.. sorry, I've got nothing in her calendar about a call from you", "denied"),
        ("there's no meeting in his diary for today, what's it about?", "denied"),
        ("oh right, it's in his diary", "confirmed"),
        # (session 41, messy102) "ya" is a yes
        ("oh ya, hi!! how are you", "confirmed"),
        ("oh ya? who told you that", "none"),
        # (session 57, messy149) who they were, exclaimed with a yes; the message owned
        ("Kofi... oh, the solar people! Yes, yes. How are you?", "confirmed"),
        ("yes, I sent that message. But tell me more first.", "confirmed"),
        ("I sent the money already, who are you?", "denied"),
        # (session 59, messy155) the talk the claim rests on, denied
        ("Dauda said that? We never discussed any accounts.", "denied"),
    ],
)
def test_messy_replies_that_support_a_claim(reply: str, support: str) -> None:
    assert claim_support([reply]) == support


@pytest.mark.parametrize(
    ("line", "specific"),
    [
        ("Priya Nair suggested I give you a ring, you two ran the Denver office together.", False),
        (
            "Priya Nair suggested I give you a ring, she said you two worked together at Halden.",
            True,
        ),
        ("Dr. Lund recommended I call you, you trained together in Oslo.", True),
        ("Nair suggested I give you a ring, you worked together at Halden.", False),
        ("Priya Nair suggested I give you a ring.", False),
        ("Your CFO suggested I call, you two met at Davos.", False),
        ("Priya Nair asked me to call, you worked together at Halden.", False),
    ],
)
def test_a_referral_named_in_full_with_a_checkable_detail_is_specific(
    line: str, specific: bool
) -> None:
    claim = signals(line)["misleading_claim"]
    assert specific_history(line, claim) is specific


@pytest.mark.parametrize(
    ("line", "strength"),
    [
        # the owner speaking of themself is machine phrasing, however casual
        ("Hey it's Mara, not at my desk, leave a message.", "strong"),
        ("Jo here, I'm away from my phone, leave your name and number.", "strong"),
        ("Hi, it's Sam. Can't talk right now, leave a message.", "strong"),
        # a receptionist speaking of someone else is not
        ("He can't talk right now. Leave a message with me and I'll pass it on.", "weak"),
        ("She's not at her desk, would you like to leave a message?", None),
        # said with a smile, and "we're" typed without its apostrophe
        ("hi, this is carols cell, leave me something good", "weak"),
        (
            "youve reached the front desk. were with patients right now, leave a message and well call you back",
            "strong",
        ),
        ("leave me alone, im busy", None),
        # the owner away and a sign-off in place of "leave a message"
        ("hey its lou, cant get to the phone, you know what to do", "strong"),
        ("You've reached the Parks, we can't come to the phone, we'll call you back.", "strong"),
        ("Sorry, she can't get to the phone, I'll get back to you.", None),
        ("I'm driving, I'll call you back.", None),
        ("you know what to do, right?", None),
        # (session 46, messy121) "ya reached", a "msg", a greeting's sentence ending on a tag,
        # and the tone heard ("there's the beep")
        (
            "Hey, ya reached Tui at Kauri Joinery, leave a message and I'll ring ya back, eh?",
            "strong",
        ),
        ("hi u reached the Okoro shop, leave a msg", "strong"),
        ("Hi, it's Dev, leave your number, yeah? There's the beep.", "strong"),
        ("Can I leave a message for him, okay?", None),
        # (session 51, messy134) the tone called "the signal", a message to be said, and
        # "cannot answer" with a comma after it
        ("Marta Ilves, Ilves Farm. I am away, say your message after the signal.", "strong"),
        ("I will ring you after the signal comes back, the tower is down", None),
        ("Hello, Rivka Bakery here. Now I cannot answer, please leave the message.", "strong"),
        ("No, I cannot answer, that is private.", None),
    ],
)
def test_casual_voicemail_greetings(line: str, strength: str | None) -> None:
    assert voicemail_greeting(line) == strength


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        # speech-to-text: no question mark, no capitals, a name or a noun after the auxiliary
        ("does ray still handle the rentals", True),
        ("is nora the one who signs off, or does that go to the owners", True),
        ("so is freight spend a priority for you this year", True),
        ("should the catalogs go to her office or to your new site", True),
        ("will do, thanks", False),
        ("did ben say anything about it", False),  # nothing about them, no alternatives
        ("Will Smith from Acme, calling for you", False),  # a name, not an auxiliary
        ("is fine by me, see you then", False),
        # only the question mark dropped: a capitalised auxiliary before a lower-case word
        ("Is cutting incidents a goal for you this year, or a compliance box", True),
        ("Was nice meeting you", False),
        ("Can Ozturk here with Acme, how are you", False),
        # a statement about them with a tag, typed without its "?"
        ("youre at the food bank now, right, doing development", True),
        ("you guys are in denver, yeah", True),
        ("you know, right, its hard", False),
    ],
)
def test_questions_typed_without_their_mark(sentence: str, question: bool) -> None:
    assert is_question(sentence) is question


def test_saying_what_we_are_for_them_in_the_opener_is_a_reason() -> None:
    from roleplay.language.analysis import CallAnalysis

    call = CallAnalysis()
    call.add("prospect", "Bright Smile Dental, this is Kim.")
    turn = call.add(
        "rep", "hi kim, its omar from chairly, were a scheduling tool for dental offices"
    )
    assert "reason" in turn.signals


def test_the_company_named_again_is_no_introduction() -> None:
    """Asked who is calling, the company the rep already named ("I'm with Brightpath")
    says where from, not who: the question is left unanswered."""
    from roleplay.language.analysis import CallAnalysis

    call = CallAnalysis()
    call.add("prospect", "Farm office, this is Jo.")
    call.add("rep", "hi Jo, I'm with Brightpath, we do solar for farms")
    call.add("prospect", "sorry, who is this?")
    turn = call.add("rep", "yeah Brightpath, bright like the sun? we're out of Leeds")
    assert "introduction" not in turn.signals
    assert "ignored_question" in turn.signals
    # a name said then is one
    again = call.add("rep", "oh sorry, it's Priya, Priya Shah")
    assert "introduction" in again.signals


@pytest.mark.parametrize(
    ("answered", "line", "introduces"),
    [
        # the name the prospect answered with, said back to them, is no introduction
        ("Graham Whitlock.", "Graham, are you the one who decides on partnerships?", False),
        ("Harbor Dental, this is Rita.", "Rita, could you tell me who handles billing?", False),
        ("Harbor Dental, this is Al.", "Al, could you tell me who handles billing?", False),
        # the caller's own name is
        ("Graham Whitlock.", "Maya Chen, from Tillwise.", True),
        ("Harbor Dental, this is Rita.", "Dana, Dana Kim, from Brightline.", True),
    ],
)
def test_the_prospects_own_name_said_back_is_no_introduction(
    answered: str, line: str, introduces: bool
) -> None:
    from roleplay.language.analysis import CallAnalysis

    call = CallAnalysis()
    call.add("prospect", answered)
    call.add("rep", "Hi there.")
    call.add("prospect", "Who am I speaking with?")
    turn = call.add("rep", line)
    assert ("introduction" in turn.signals) is introduces, dict(turn.signals)


@pytest.mark.parametrize(
    ("line", "purpose"),
    [
        ("we do quoting software for shops like yours, so I rang.", True),
        ("I build scheduling tools for practices your size.", True),
        ("we sell payroll", False),
        ("we make time for people like you, honestly", False),
        ("we do a lot of favours for friends like you", False),
        # (session 31) working "around" their work says why we call; around a place, who
        # we are
        ("we work with small labs around their sample tracking", True),
        ("we work with a few practices around scheduling", True),
        ("we work with lots of cafes like yours around Bristol", False),
    ],
)
def test_what_we_make_for_people_like_them_is_a_purpose(line: str, purpose: bool) -> None:
    from roleplay.language.purpose import plain_purpose

    assert (plain_purpose(line) is not None) is purpose


@pytest.mark.parametrize(
    ("refusal", "proposal", "again"),
    [
        (
            "Thursday noon's out, though, I've got a walk-through till one.",
            "Thursday at noon, then?",
            True,
        ),
        ("Thursday noon's out, though.", "ok ill just come by at 12", True),
        ("Next Thursday I'm stuck until one, so noon's a no.", "lunch at 12pm thursday", True),
        ("Thursday noon's out, though.", "How about 1:30 Thursday?", False),
        ("Thursday noon's out, though.", "say 12:30?", False),
        ("Thursday noon's out, though.", "Noon on Friday, then?", False),
        ("Thursday noon's out, though.", "Around 12, or a bit later, say 1:30?", False),
        ("Thursday noon's out, though.", "Since noon's out, how about Friday at 8?", False),
        ("I can't do Tuesday, but Wednesday at 2 works.", "Tuesday then?", True),
        ("I can't do Tuesday, but Wednesday at 2 works.", "Wednesday at 2 it is.", False),
        ("Sounds good, Thursday at 10.", "Thursday at 10 then.", False),
        ("Thursday noon's out, though.", "Does noon work, or would one be better?", False),
        # their "no" put back to them as a question asks for the slot again
        ("Thursday noon's out, though.", "Are you sure you can't do noon?", True),
        ("Thursday noon's out, though.", "can you not do noon", True),
        # a clause that owns the refusal and names another day offers that day instead
        (
            "Thursday noon's out, though.",
            "How about noon? If Thursday's tight, I'm around Friday morning for breakfast.",
            False,
        ),
        ("Thursday noon's out, though.", "if thursday's tight, noon works for me too", True),
        # "get away" from a meeting is no refusal: the refused hour pushed again
        (
            "Thursday noon's out, though.",
            "what if i come by at noon anyway and see whether you can get away?",
            True,
        ),
        # ... and one that offers another part of the day if the slot is hard for them
        (
            "Thursday noon's out, though.",
            "Does Thursday work, say noon? If lunch is hard, coffee in the afternoon is fine.",
            False,
        ),
    ],
)
def test_a_slot_the_prospect_refused_is_remembered(
    refusal: str, proposal: str, again: bool
) -> None:
    call = CallAnalysis()
    call.add("rep", "Hi Rob, it's Sam. Lunch next Thursday?")
    call.add("prospect", refusal)
    call.add("prospect", "Anyway, what else?")  # remembered past the next line
    assert ("refused_time" in call.add("rep", proposal).signals) is again


def test_recognition_may_come_in_the_second_reply() -> None:
    assert claim_support(["oh.. maybe? i met a lot of people", "oh sean, yes ok"]) == "confirmed"
    assert claim_support(["oh.. maybe?", "hm, no idea who you are"]) == "denied"


def test_the_first_reply_that_owns_up_or_denies_decides() -> None:
    # owned up to first; a later "no idea what I'm doing" is about something else
    owned = ["oh yes, tanya told me, the insurance guy", "honestly i have no idea what im doing"]
    assert claim_support(owned) == "confirmed"
    assert claim_support(["Tom said that?", "He didn't mention anything."]) == "denied"
    assert claim_support(["none of them have mentioned you"]) == "denied"


def test_shared_past_owned_up_to_earlier_supports_a_later_nod_to_it() -> None:
    from roleplay.scoring.rules import score
    from roleplay.transcript import parse_text

    call = (
        "Prospect: Feld and Daughters, this is Naomi.\n"
        "Rep: Hi Naomi, it's Ben from Clearwater. Marcus introduced us at the breakfast.\n"
        "Prospect: Yes! The Marlowe, with Marcus. I'd rather Marcus didn't hear about our books.\n"
        "Rep: Thanks, Naomi, really nice to talk again. Bye!\n"
    )
    assert "misleading-claim" not in score(parse_text(call).turns).codes


def test_word_passed_on_is_supported_once_the_referral_was_owned_up_to() -> None:
    from roleplay.scoring.rules import score
    from roleplay.transcript import parse_text

    call = (
        "Prospect: hi, this is renee\n"
        "Rep: renee, its brody kowalczyk, mike tanakas buddy from the rec league. he said he gave you a heads up\n"
        "Prospect: oh yeah, mike said someone might call. the website guy?\n"
        "Rep: yep. im calling cause mike said you might need a new site for the salon\n"
        "Prospect: ok. maybe.\n"
    )
    assert "misleading-claim" not in score(parse_text(call).turns).codes
    # ... and not before it was: word passed on that nobody owns up to is still a claim
    unowned = call.replace("oh yeah, mike said someone might call. the website guy?", "who?")
    assert "misleading-claim" in score(parse_text(unowned).turns).codes


def test_a_friendship_told_again_leans_on_the_referral_owned_up_to() -> None:
    from roleplay.scoring.rules import score
    from roleplay.transcript import parse_text

    call = (
        "Prospect: hello, nadia here\n"
        "Rep: nadia, hi, its owen price, a friend of jules moreau\n"
        "Prospect: oh jules, sure, she mentioned someone might call\n"
        "Rep: ha, jules is the best, we go back to our first jobs in sales\n"
        "Prospect: ok. and this is about?\n"
    )
    assert "misleading-claim" not in score(parse_text(call).turns).codes
    # ... and not when the prospect never owned up to the referral
    unowned = call.replace("oh jules, sure, she mentioned someone might call", "who?")
    claims = [m for m in score(parse_text(unowned).turns).mistakes if m.code == "misleading-claim"]
    assert [m.evidence for m in claims] == ["friend of jules", "we go back"]


def test_a_name_after_a_yep_answers_who_is_calling() -> None:
    from roleplay.scoring.rules import score
    from roleplay.transcript import parse_text

    call = (
        "Prospect: dr kesslers office, this is monique\n"
        "Rep: hi monique, its jacob fairweather from lumen lab, calling about the centrifuge\n"
        "Prospect: sorry -- whos this again?\n"
        "Rep: yep, jacob fairweather, lumen lab\n"
    )
    assert "ignored-question" not in score(parse_text(call).turns).codes
    # ... and a discourse word before the pitch is no name
    dodge = (
        "Prospect: dr kesslers office, this is monique\n"
        "Rep: hi monique, calling about the centrifuge\n"
        "Prospect: sorry, who's this?\n"
        "Rep: yep, we fix centrifuges\n"
    )
    assert "ignored-question" in score(parse_text(dodge).turns).codes


def test_a_message_left_after_a_hand_off_is_a_voicemail() -> None:
    from roleplay.scoring.rules import score
    from roleplay.transcript import parse_text

    call = (
        "Prospect: good morning, pemberton water district\n"
        "Rep: hi, this is ayesha rahman with clearpath meters, is walt in?\n"
        "Prospect: ok, let me try his line\n"
        "Prospect: this is walt kowalski, im out in the field, leave a message\n"
        "Rep: hey walt, its ayesha rahman with clearpath meters, 555-0152, about the state "
        "meter grant. call me back at 555-0152, thanks\n"
    )
    card = score(parse_text(call).turns)
    assert card.voicemail
    assert "no-next-step" not in card.codes


@pytest.mark.parametrize(
    "hand_off",
    [
        "She's out on a site visit, I can send you to her machine.",
        "Hang on, I'll pass you over.",
        "He's not in, want his answering machine?",
        # (session 35) the call forwarded to their phone
        "She's in the barn today, I can bounce you to her cell.",
        # (session 51, messy134/135) put through to the message box, as English learned late
        # says it
        "She is with the goats, I put you to her message box, yes?",
        "He left the phone here. I put you the message of the phone.",
    ],
)
def test_a_message_after_being_sent_to_the_machine_is_a_voicemail(hand_off: str) -> None:
    from roleplay.scoring.rules import score
    from roleplay.transcript import parse_text

    call = (
        "Prospect: Fenwick Dairy, Ruth speaking.\n"
        "Rep: hi ruth, this is tomas vidal with greenleaf feed, is anya around?\n"
        f"Prospect: {hand_off}\n"
        "Rep: great, thanks ruth\n"
        "Prospect: Hi, this is Anya Fenwick, we're probably in the barn, leave a message.\n"
        "Rep: Hi Anya, Tomas Vidal with Greenleaf Feed, about the winter hay contracts. "
        "Give me a call back when you can, thanks.\n"
    )
    card = score(parse_text(call).turns)
    assert card.voicemail
    assert "voicemail-no-number" in card.codes


@pytest.mark.parametrize(
    ("reply", "flagged"),
    [
        # the referrer laughed at and owned ("haha Tessa, ok, that's true")
        ("haha Tessa, ok, that's true. sorry, who is this?", False),
        ("ha, tessa, yeah. who's this?", False),
        # ... not just repeated in doubt
        ("haha Tessa? who?", True),
    ],
)
def test_a_referral_laughed_at_and_owned_is_supported(reply: str, flagged: bool) -> None:
    from roleplay.commands.score import score_text

    text = (
        "Prospect: Lund Print, Mira speaking\n"
        "Rep: hi mira! Tessa Okoye told me I had to call you, said you're swamped with reprints\n"
        f"Prospect: {reply}\n"
        "Rep: oh sorry, Jonah Weiss with Quillpress. how many reprints a week are you doing?\n"
        "Prospect: maybe thirty\n"
        "Rep: ok, can I send you a one-page overview today?\n"
    )
    assert ("misleading-claim" in score_text(text, "call.txt").codes) is flagged


@pytest.mark.parametrize(
    ("reply", "flagged"),
    [
        # the friendship quoted back in doubt (once read as owning up: "you said you...")
        ("ok... and you said you were a friend?", True),
        # ... or owned up to
        ("oh, from Denver! he mentioned you, one sec", False),
    ],
)
def test_a_claim_quoted_back_in_doubt_is_denied(reply: str, flagged: bool) -> None:
    from roleplay.commands.score import score_text

    text = (
        "Prospect: Dunmore Legal, Pat speaking\n"
        "Rep: hi there, is Alder in?\n"
        "Prospect: may I ask who's calling?\n"
        "Rep: oh I'm an old friend of his, from back in Denver\n"
        f"Prospect: {reply}\n"
        "Rep: sure, Rowan Hale with Quillset, about your document workflow. who handles that?\n"
        "Prospect: that's Bea\n"
        "Rep: great, could you put me through to Bea, or I'll call her tomorrow at 10\n"
    )
    assert ("misleading-claim" in score_text(text, "call.txt").codes) is flagged


def test_a_claim_owned_up_to_is_not_made_up_when_said_again_in_the_voicemail() -> None:
    from roleplay.commands.score import score_text

    text = (
        "Prospect: Vance and Ortiz, good morning\n"
        "Rep: hi, it's Lena Park from Ashgrove Staffing, returning a call from Ruben Ortiz\n"
        "Prospect: oh right, he said you'd call back. he's out, I'll put you through to his voicemail\n"
        "Rep: thanks so much\n"
        "Prospect: You've reached Ruben Ortiz. Leave a message after the tone.\n"
        "Rep: hi Ruben, Lena Park at Ashgrove, returning your call about the two forklift "
        "drivers. I'm at 555-0177 until 5. thanks\n"
    )
    assert "misleading-claim" not in score_text(text, "call.txt").codes


def test_met_last_thu_typed_short_is_checkable_history() -> None:
    assert specific_history(
        "we met at the eastside breakfast last thu, marcus introduced us", "we met"
    )


def test_who_they_want_is_not_who_is_calling() -> None:
    assert asks_who("hi dominic, who are you trying to reach?") is None
    assert asks_who("maybe. who are you selling to right now?") is None  # their customers
    assert asks_who("who are you representing?") is not None
    assert asks_who("sorry, who are you?") is not None


def test_what_its_regarding_typed_casually_is_asked_and_a_dodge_ignores_it() -> None:
    # the possessive "its" never stands before "regarding": it is "it's"
    call = CallAnalysis()
    call.add("prospect", "shes on a call. can i tell her what its regarding")
    dodge = call.add("rep", "ah, its hard to explain, id rather go over it with her")
    assert "ignored_question" in dodge.signals


# Session 13: general rules checked on invented sentences, near misses beside the hits.
READ_AS_TYPED_TABLE = [
    # (session 34) a whereabouts asked in full ends before a new subject
    ("is Tomasz free he and I worked together at Acme", None, "routing", True),
    ("is Tomasz free he and I worked together at Acme", None, "discovery_question", False),
    # a question after a spaced dash; a verb after ", and" goes on asking
    (
        "well, i mean, not exactly -- who handles your printing equipment decisions, is that"
        " mark or someone in ops",
        None,
        "question",
        True,
    ),
    ("my brother -- who runs a shop -- said the same thing", None, "question", False),
    (
        "will do -- can i tell diane you pointed me to her, and set up 30 minutes with her"
        " next tuesday at 2",
        None,
        "next_step",
        True,
    ),
    ("could i send you the deck, and call you thursday at 10", None, "next_step", True),
    ("i can send you the deck, and call you thursday at 10", None, "question", False),
    # a plan put to them with "what if I/we": a proposal, not a question about them
    ("what if i swing by the yard monday at 8", None, "commitment_ask", True),
    ("what if we grabbed fifteen minutes on thursday", None, "commitment_ask", True),
    ("what if i call you back at 4", None, "next_step", True),
    ("what if we lose the contract, what then", None, "commitment_ask", False),
    ("what if I told you your drivers could skip the paper logs", None, "commitment_ask", False),
    # "have"/"do" dropped from "you got anyone...": still a question
    ("you got somebody on contract for the coolers", None, "question", True),
    ("you guys have anyone doing your books", None, "discovery_question", True),
    ("you got any time thursday", None, "commitment_ask", True),
    ("you got it, see you then", None, "question", False),
    # ... also after an announcement that opens its clause
    ("hey its kofi, quick one you got anyone doing your quoting", None, "question", True),
    ("quick one you using anything for scheduling", None, "discovery_question", True),
    ("hey its kofi, the quick one you got is fine", None, "question", False),
    ("we had one question you got right", None, "question", False),
    ("we got some rain on monday", None, "commitment_ask", False),
    # a question joined on by "and", mid-line, without its mark
    ("like a rattle or more of a hum and who does your service now", None, "question", True),
    ("its the guy who fixes it and who is also your landlord", None, "question", False),
    # sorry for landing on their day
    ("ms kwan hi, sorry to jump on your day like this", None, "apology", True),
    ("sorry to barge into your evening", None, "apology", True),
    ("sorry for the mixup on your schedule", None, "apology", False),
    ("sorry, i dropped into your inbox twice last week", None, "apology", False),
    # the product installed for them is selling; a person to meet is not
    (
        "a lot of places are going digital, i could set you up at both shops",
        None,
        "sales_offer",
        True,
    ),
    ("we can get you set up on the new screens by friday", None, "sales_offer", True),
    ("i can set you up with dana, she runs ops there", None, "sales_offer", False),
    ("i could set you up with a quick intro call", None, "sales_offer", False),
    # who picked up, with who they are there: no question about them
    ("hi is this gloria mendez, the owner", None, "discovery_question", False),
    ("is that gloria at the bakery?", None, "discovery_question", False),
    ("is this the owner", None, "discovery_question", True),
    # a meeting with our people asked for
    (
        "would you be open to having your team meet with our head of product sometime soon?",
        None,
        "commitment_ask",
        True,
    ),
    ("it was great to meet my old boss there", None, "commitment_ask", False),
    # the other time left to them
    ("does that work, or would some other time or day be better", None, "callback_offer", True),
    ("is there another time that works", None, "callback_offer", True),
    ("another time perhaps", None, "callback_offer", False),
    # thanks for their ear, closing the line
    ("Alright. Thanks for hearing me out, Graham.", None, "goodbye", True),
    ("thanks for hearing me out, but one more thing", None, "goodbye", False),
    # no made easy, however strongly said
    ("if the timing's wrong, a no is absolutely fine", None, "easy_out", True),
    ("no is not an answer I take", None, "easy_out", False),
    # their client list asked for
    (
        "can you send me a list of your clients who might need a bookkeeper",
        None,
        "referral_ask",
        True,
    ),
    ("can you send me a list of the dates", None, "referral_ask", False),
    # how long since we last spoke, wondered aloud, asks nothing about them
    ("man its been like what, six years?", None, "discovery_question", False),
    ("wow, when did we last talk?", None, "discovery_question", False),
    ("hows the new job, its been what, a year now?", None, "discovery_question", True),
    ("how long has it been at the new place?", None, "discovery_question", True),
    # everything in one product, listed
    (
        "so its one platform for payroll, benefits enrollment, time tracking and onboarding",
        None,
        "feature_list",
        True,
    ),
    (
        "its one platform for payroll, benefits, time tracking and onboarding, e-signatures built in",
        None,
        "feature_list",
        True,
    ),
    ("it's one tool for shops like yours, bars and cafes too", None, "feature_list", False),
]


@pytest.mark.parametrize(("line", "previous", "signal", "fires"), READ_AS_TYPED_TABLE)
def test_read_as_typed_table(line: str, previous: str | None, signal: str, fires: bool) -> None:
    found = CallAnalysis().add("rep", line).signals
    assert (signal in found) is fires, dict(found)


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("kofi here, quick one about your trucks", "kofi here"),
        ("hey, kofi here.", "hey, kofi here"),
        ("everyone here, hi", None),
        ("still here, sorry", None),
        ("all good here", None),
    ],
)
def test_a_first_name_and_here_opens_the_line(line: str, name: str | None) -> None:
    from roleplay.language.names import introduction

    assert introduction(line) == name


@pytest.mark.parametrize("answer", ["ok, so, we fix centrifuges", "so, um, we fix", "ok"])
def test_a_discourse_word_the_name_list_knows_answers_no_who(answer: str) -> None:
    from roleplay.language.names import introduction

    assert introduction(answer, answers_who=True) is None


def test_a_filler_inside_the_introduction_leaves_no_pause() -> None:
    from roleplay.language.repair import repair

    assert repair("hi! its um, kayla brooks, im an intern").text.startswith(
        "hi! it's Kayla Brooks, I'm"
    )
    assert repair("hi um, this is jo").text == "hi, this is Jo"


# Session 14: general rules checked on invented sentences, near misses beside the hits.
# (previous prospect line or None, rep line, signal, fires)
HEARD_IN_CONTEXT_TABLE = [
    # an introduction offered with its "-ing" form, and no question about them
    (None, "would you be alright with me introducing you to her over email", "intro_offer", True),
    (
        None,
        "would you be alright with me introducing you to her over email",
        "discovery_question",
        False,
    ),
    (None, "happy to look at connecting you with our landlord next week", "intro_offer", True),
    (None, "would you be happy with the setup you have now", "discovery_question", True),
    # the record put right on the caller's side, and thanks for their time
    (None, "perfect, ill get that changed in our system today", "updates_record", True),
    (None, "we'll change the way you book jobs", "updates_record", False),
    (None, "really appreciate your time, dee", "thanks", True),
    # their objection waved off as nothing
    (None, "everyone has to eat, its only an hour", "pressure", True),
    (None, "no stress, i'll just make it work on my end", "pressure", False),
    (None, "oh come on, its a sandwich. move the thing", "pressure", True),
    (None, "haha come on, its priya! from the old office", "pressure", False),
    (None, "could you come on friday instead", "pressure", False),
    # a double letter typed once is read ("adress"); a short name is left alone ("ben")
    (None, "and the work email adress we have for her jo.ng@lumen.com", "contact_details", True),
    (None, "hi its ben from ridgeway, calling about your freight", "introduction", True),
    # a company typed with two letters swapped is still no person's name
    (
        None,
        "hi there, this is ridgeline soultions calling about your phones",
        "introduction",
        False,
    ),
    (None, "hi there, this is dana whitlock calling about your phones", "introduction", True),
    # the choice handed back, with a word closing it, is no question about them
    ("Friday's out, I'm afraid.", "no worries, what suits you instead", "callback_offer", True),
    (
        "Friday's out, I'm afraid.",
        "no worries, what suits you instead",
        "discovery_question",
        False,
    ),
    # a plan told as what the caller was thinking is an ask, and no question
    (None, "so what i was thinking is we book a walkthrough for monday", "commitment_ask", True),
    (None, "so what i was thinking is we book a walkthrough for monday", "question", False),
    (None, "my thinking is you and i grab a coffee before the expo", "commitment_ask", True),
    (None, "i was thinking we could do better on the renewal", "commitment_ask", False),
    (None, "what were you thinking for the launch", "question", True),
    # the question after leave to ask it, typed without its mark
    (
        None,
        "ok ok. let me ask you something then, is the fleet still on paper logs",
        "discovery_question",
        True,
    ),
    (
        None,
        "can i ask ya one thing, does the crew track overtime anywhere",
        "discovery_question",
        True,
    ),
    (None, "customers always ask you, is it open sundays", "discovery_question", False),
    # "who are you with?" asks the company, and the company answers it
    (
        "sorry, who are you with",
        "oh im with cobaltline, we do fleet payroll",
        "ignored_question",
        False,
    ),
    ("sorry, who is this", "oh im with cobaltline, we do fleet payroll", "ignored_question", True),
    # what was just said, named again before two things, is no third item
    (None, "we handle exactly that, the intake forms and the reminders.", "feature_list", False),
    (
        None,
        "we handle exactly that: intake forms, sms reminders, e-signatures and card billing",
        "feature_list",
        True,
    ),
    # a feature whose first word is also a given name ("Ai") is no person read back
    (
        None,
        "our app has ai route planning, live driver tracking, geofenced alerts and a client portal",
        "feature_list",
        True,
    ),
    # a full name and a role where the caller works, after a greeting
    ("ortega speaking", "hey, nadia pruitt, coo at harborline. got a minute", "introduction", True),
    ("ortega speaking", "hi, ortega, good to finally reach you", "introduction", False),
    # a relationship claimed with them, said to them
    (None, "we already look after you guys up at the tacoma yard", "misleading_claim", True),
    (None, "do we already work with you guys anywhere", "misleading_claim", False),
    (None, "we already work with youth leagues across the state", "misleading_claim", False),
    # a favour put as a plan: an introduction from them
    (
        None,
        "we could grab coffee and you could introduce me to your head of finance",
        "referral_ask",
        True,
    ),
    (None, "i could really use a warm intro to their buyer", "referral_ask", True),
    (None, "i could use a coffee after that drive", "referral_ask", False),
    (None, "i could introduce you to her if that helps", "referral_ask", False),
    # a pleasantry with the one spoken to after it asks nothing about them
    (None, "pete! its jules from the old shop, how are ya buddy", "discovery_question", False),
    (None, "how are you guys handling the backlog", "discovery_question", True),
    # a way out, its apostrophe dropped and its condition joined on to the question
    (None, "would friday at 2 suit and if thats a no, no worries at all", "easy_out", True),
    (None, "would friday at 2 suit and if nows a bad week, no worries at all", "easy_out", True),
    # the prospect's likely problem, said as what we know of theirs
    (None, "its sam from ledgerly, i know late invoices eat your fridays", "reason", True),
    (None, "i know your time is short", "reason", False),
    # a deal or the work offered, and names wished for
    (
        None,
        "you should let me do the signage for the new place, id give you a good rate",
        "sales_offer",
        True,
    ),
    (None, "honestly even a couple of names would be a big help right now", "referral_ask", True),
    (None, "the names on the list would help us", "referral_ask", False),
    # a weekday with a letter dropped, and "hoping" however typed, is no past tense
    (None, "ill be in boise next thurday, free for lunch?", "set_time", True),
    (None, "im in town next friday and was hopeing we could grab coffee", "set_time", True),
    (None, "we met last friday at the expo", "set_time", False),
    (None, "we can talk later", "commitment_ask", False),
    # 'later' said to close, after an ok
    (None, "alright, later", "goodbye", True),
    (None, "we can sort the details later", "goodbye", False),
    # who handles it "there", the fact asked back in two words, pressure, picking a place
    (None, "and who there looks after the fleet insurance now?", "right_person", True),
    (None, "we have dana ortiz down as your buyer. is she still?", "record_check", True),
    (None, "dont tell me youre too busy, you can always find an hour for me", "pressure", True),
    (None, "tell me if youre too busy and ill call back", "pressure", False),
    (None, "and wheres good, somewhere near your office?", "discovery_question", False),
    (None, "where do your drivers usually fuel up?", "discovery_question", True),
    (None, "i also had a few ideas for your patio i wanted to run by you", "sales_offer", True),
    (None, "i have a few thoughts on the boards you sent me", "sales_offer", False),
    # a question joined on after a statement, a cut-off, or a bare comma after our news
    (None, "ok, whos that, and whats the best way to reach them?", "discovery_question", True),
    (None, "ill be in boise next friday and -- you free for coffee?", "commitment_ask", True),
    (None, "ill be in boise next friday and -- you free for coffee?", "discovery_question", False),
    (
        None,
        "we opened two depots this year, so, uh, how are you handling overflow now",
        "discovery_question",
        True,
    ),
    (None, "whoever handles exhibiting now, could I have their name?", "right_person", True),
    (
        None,
        "real quick, who does your payroll right now, is that in house?",
        "discovery_question",
        True,
    ),
    # a testimonial wished for, or a few lines asked for
    (None, "id really love a short testimonial about the rebrand", "referral_ask", True),
    (None, "would you maybe write us a few lines for the website", "referral_ask", True),
    (None, "could you say a few words at the dinner", "referral_ask", False),
    (None, "your id just expired, so bring the new one", "introduction", False),
    # a channel naming something else is no ask for contact details
    (
        None,
        "weve got a mobile app, so how are your drivers logging hours today",
        "discovery_question",
        True,
    ),
    (
        None,
        "we send an email reminder, so how do your patients confirm now",
        "contact_details",
        False,
    ),
    (None, "could I have her mobile?", "contact_details", True),
    # the reason, with the wish to call before it
    (
        None,
        "so the reason i wanted to call you direct is we just opened a depot in kent",
        "reason",
        True,
    ),
    (None, "the reason we needed to talk to you first is the recall", "reason", True),
    # not cornering them, and their own reason to pass left standing
    (None, "i dont want to put you on the spot here", "easy_out", True),
    (None, "let me put you on the spot, whats your budget", "easy_out", False),
    (None, "if youre sorted or its just bad timing, please say so", "easy_out", True),
    (None, "if its just not a good time, just say so", "easy_out", True),
    # the offer talked up, and the classic "if I could show you a way to..."
    (
        None,
        "we teamed up with a printer and they have some amazing new banner deals",
        "sales_offer",
        True,
    ),
    (None, "your team makes amazing products", "sales_offer", False),
    (
        None,
        "if i could show you how to cut your fuel bill by a third would you listen",
        "sales_offer",
        True,
    ),
    (None, "could you show me how you do the rotas now", "sales_offer", False),
    # a parting wish with an intensifier, however typed
    (None, "ok, have a realy great weekend", "goodbye", True),
    (None, "we have a really great offer this month", "goodbye", False),
    # asks for time: earned, thought aloud, pencilled in, taken by chance, worth it
    (None, "what would it take to earn half an hour of your time", "commitment_ask", True),
    (None, "what would it take to earn ten minutes of your time", "pressure", True),
    (None, "give me two minutes of your time and ill explain", "commitment_ask", False),
    (None, "what would it take for you to switch suppliers, in general", "commitment_ask", False),
    (None, "so maybe we could chat about it sometime next month", "commitment_ask", True),
    (None, "we could meet your deadline easily", "commitment_ask", False),
    (None, "could you maybe pencil me in for thursday at 2", "commitment_ask", True),
    (None, "could you maybe pencil me in for thursday at 2", "discovery_question", False),
    (
        None,
        "any chance youd have 15 minutes friday at 10 so i can swing by",
        "commitment_ask",
        True,
    ),
    (None, "would it be worth 20 min for the two of us to compare notes", "commitment_ask", True),
    (None, "we saved 30 minutes for each driver", "commitment_ask", False),
    # asking for someone after a false start
    (None, "hi there sorry, i know youre slammed, is uh -- is pat ruiz around", "routing", True),
    (
        None,
        "hi there sorry, i know youre slammed, is uh -- is pat ruiz around",
        "discovery_question",
        False,
    ),
    # dollars and cents without a currency sign, and what they buy
    (None, "and its 24.99 per phone a month", "pricing", True),
    (None, "its 4.50/month a seat", "pricing", True),
    (None, "uptime is 99.95 per cent", "pricing", False),
    # a number of things is not a time
    (None, "it logs readings at one minute intervals", "set_time", False),
    (None, "weve been around like twelve years", "set_time", False),
    (None, "lets grab coffee at 11", "set_time", True),
    # whether they would take it up asks nothing about them
    (
        None,
        "id love to get you booked for an assessment sometime, would you be open to that",
        "discovery_question",
        False,
    ),
    (None, "is that something youd be interested in?", "discovery_question", False),
    (None, "are you interested in opening a third site?", "discovery_question", True),
    # claims: our people already with theirs, a hedged personal matter
    (
        None,
        "our folks already work with your maintenance team up in reno",
        "misleading_claim",
        True,
    ),
    (None, "our team already works with a lot of clinics like yours", "misleading_claim", False),
    ("what is this regarding?", "its sort of a personal matter", "misleading_claim", True),
    # spec sheets: controllers, alarms and logs; sizes and listings
    (
        None,
        "its a wireless controller, alarming to your phone, trend logging, and its ul listed",
        "feature_list",
        True,
    ),
    (None, "the stands come in 8x10, 10x10 and 10x20 with backlit graphics", "feature_list", True),
    (None, "we handle shipping, install and teardown", "feature_list", False),
    # checking how we are connected asks nothing about them
    (
        None,
        "hi sam, its lee okafor, you accepted my linkedin request on friday?",
        "discovery_question",
        False,
    ),
    (
        None,
        "we connected on linkedin last week, hows the new role going?",
        "discovery_question",
        True,
    ),
    # the referrer's word checked aloud: this call is welcome, no meeting asked for
    (None, "hi omar, its tess, janelle said you might be open to a call?", "commitment_ask", False),
    (None, "he said you might be open to hearing from me?", "time_check", True),
    (None, "lena said youd be up for a demo?", "commitment_ask", True),
    (None, "she said youd be open to a call next week?", "commitment_ask", True),
    # the weather where they are: a pleasantry, not a question about their business
    (None, "hey did you guys get hit with that snow out there", "small_talk", True),
    (None, "did y'all lose power in the storm?", "discovery_question", False),
    (None, "did you make out ok in that storm", "small_talk", True),
    (None, "so did you get hit with claims after the hail?", "discovery_question", True),
    (None, "did you guys get hit with that snow at the warehouse", "small_talk", False),
    # trial terms, a pilot included, and a number word typed with its letters swapped
    (None, "right now were doing a free 30 day pilot", "pricing", True),
    (None, "we run a two-week pilot for shops like yours", "pricing", True),
    (None, "we ran a pilot with their team last spring", "pricing", False),
    (None, "its like twleve bucks a sensor a month", "pricing", True),
    # "were" with no subject before it is "we're"
    (None, "right now were doing a free 30 day pilot", "question", False),
    (None, "so were you doing the books yourself back then", "question", True),
    # a claim about our side with a tag asks nothing about them
    (
        None,
        "most of my clients are restaurants, so they all need a bookkeeper too, right?",
        "discovery_question",
        False,
    ),
    (None, "youre mostly restaurants, right?", "discovery_question", True),
    # their referral list, or "a few" of their people, asked for
    (None, "whats the best way to get on your referral list", "referral_ask", True),
    (None, "i was hoping you could send a few my way", "referral_ask", True),
    (None, "can you at least email me a list of names", "referral_ask", True),
    (None, "ill send a few your way", "referral_ask", False),
    # our practice explained is the product brought in
    (None, "i wanted to explain my practice so you know what i do", "sales_offer", True),
    (None, "can you explain how your team handles claims", "sales_offer", False),
    # details wished for are asked for
    (
        None,
        "who should we have instead? name, title and email would be perfect",
        "contact_details",
        True,
    ),
    (None, "her number please", "contact_details", True),
    (None, "the weather would be perfect for it", "contact_details", False),
    # the records check said plainly
    (
        "what are you selling?",
        "we have a contact record for corvid nobody has checked since 2022, im just making sure its right",
        "reason",
        True,
    ),
    (None, "im just making sure the email we have is still right", "reason", True),
    (None, "im making sure you are ok", "reason", False),
    (None, "this particular call is only to check one contact record", "reason", True),
    # what we have is no goodbye
    (None, "we have a great offer for shops like yours", "goodbye", False),
    (None, "ok, you have a great day", "goodbye", True),
    # a slot held up for their verdict
    (None, "how does monday at 3 look", "commitment_ask", True),
    (None, "how is thursday looking for you", "commitment_ask", True),
    (None, "how did monday at 3 go", "commitment_ask", False),
    # when something is, checked with a tag, proposes nothing
    (None, "the detroit show is in april, right?", "commitment_ask", False),
    (None, "the renewal's on the 1st, right?", "commitment_ask", False),
    (None, "so, saturday at 10?", "commitment_ask", True),
    (None, "im nearby on the 18th; coffee at hartley's at 8:30?", "commitment_ask", True),
    (None, "lunch is on me thursday?", "commitment_ask", True),
    # both sides' people asked to meet; a call proposed is no reason for this one
    (None, "when can your team and my team get on a call to go through it", "commitment_ask", True),
    (None, "when could your team hop on a call with us", "commitment_ask", True),
    (None, "could your team send us the specs", "commitment_ask", False),
    (None, "can our teams get on a call to go through the agreement", "reason", False),
    (None, "just a quick call to say happy birthday", "reason", True),
    # an introduction offered to the person named just before
    (
        None,
        "one of my clients needs a broker. would you like me to connect you?",
        "intro_offer",
        True,
    ),
    (None, "she needs a broker, want me to intro you", "intro_offer", True),
    (None, "did marco already connect you?", "intro_offer", False),
    # "are your..." after a subject phrase is its verb, not a question
    (None, "about 2,000 of them, and several hundred are your customers too", "question", False),
    (None, "most of the shops in ohio are your competitors", "question", False),
    (None, "thanks for taking my call are your drivers still on paper logs", "question", True),
    # how we are connected online is noted; alone it is still no reason for the call
    (None, "hey its chris, you sent me a linkedin invite last week", "connection_note", True),
    (None, "thanks for the connect", "connection_note", True),
    (None, "thanks for connecting me to sales", "connection_note", False),
    (None, "you sent me a quote last week", "connection_note", False),
    (None, "hi arjun, its ashley, we just connected on linkedin", "reason", False),
    # a spec sheet run on into a question is still one; a question about their needs is not
    (
        None,
        "basically its got ai driven shift forecasting, a self serve swap app, real time"
        " overtime alerts, and it plugs into kronos, would tuesday or wednesday work better",
        "feature_list",
        True,
    ),
    (
        None,
        "do you need real-time dashboards, alerts, sso, or is it mostly scheduling?",
        "feature_list",
        False,
    ),
    # ours against theirs, and a spec sheet's own words
    (
        None,
        "yeah so ours is mesh nodes on every dock, weatherproof ip67 housings, a captive portal,"
        " and remote monitoring",
        "feature_list",
        True,
    ),
    (None, "mine is a ford, a chevy and a dodge", "feature_list", False),
    (
        None,
        "so our platform does ocpp 2.0.1 native, sub-second telemetry, it runs on kubernetes,"
        " and a graphql api with 400 endpoints",
        "feature_list",
        True,
    ),
    # a price hedged twice is still a price
    (None, "for a marina your size its usually around 2400 installed", "pricing", True),
    (None, "its usually 89 a month", "pricing", True),
    (None, "it is usually around 300 trucks", "pricing", False),
    # a weekday in the pleasantry
    (None, "hey pam, its jules with meridian, hows your monday going", "discovery_question", False),
    (None, "hows your monday shift going for the crew", "discovery_question", True),
    # their own cover left standing makes no easy to say
    (None, "if your covered already thats totally fine, just say so", "easy_out", True),
    (None, "if youre all set with ari, just say so", "easy_out", True),
    (None, "if you are covered you should check the policy", "easy_out", False),
    # time together asked for in minutes
    (None, "would you be up for 30 min, just the two of us?", "commitment_ask", True),
    (None, "would you be open to a call next week", "commitment_ask", True),
    (None, "are you up for a challenge", "commitment_ask", False),
    # what we do walked through, a deck brought along, the budget owner asked along
    (None, "id love to walk you through what im doing now", "sales_offer", True),
    (None, "id like to bring my slide deck", "sales_offer", True),
    (None, "could you loop in whoever owns the facilities budget too?", "sales_offer", True),
    (None, "tell me what youre working on these days", "sales_offer", False),
    (None, "and could you get your ceo to come along", "sales_offer", True),
    (None, "how does your ceo feel about it", "sales_offer", False),
    # who picked up checked, then who is calling, typed on without a pause
    (None, "hey, is this lorraine its kofi mensah, we met at the summit", "introduction", True),
    # who we are to them, then the name; remembering the meeting asks nothing about them
    (None, "naomi! its your old friend bev from clearwater", "introduction", True),
    (None, "this is your account manager Dana Ruiz at Acme", "introduction", True),
    (None, "it's your order from amazon", "introduction", False),
    (None, "remember our great talk at the marlowe?", "discovery_question", False),
    (None, "do you remember me from the expo", "discovery_question", False),
    # a filler between commas inside a question: "did i, uh, catch you" is one question
    (
        None,
        "hi its tariq from clearvent -- did i, uh, catch you mid-coffee?",
        "commitment_ask",
        False,
    ),
    (None, "would you, uh, be open to a call thursday at 10?", "commitment_ask", True),
    (None, "are you, um, the one who handles payroll?", "discovery_question", True),
    # the hour someone gets up is no slot; a meeting "follow up at 2pm" still is
    (None, "how are you spending the day, hopefully not up at 4am baking", "set_time", False),
    (None, "how are you spending the day, hopefully not up at 4am baking", "commitment_ask", False),
    (None, "im up at 5 most days anyway", "set_time", False),
    (None, "can we follow up at 2pm thursday?", "set_time", True),
    # "give me a call back" asks them to call; "I'll give you a call back" offers to
    (None, "think it over and give me a call back sometime this week", "callback_offer", False),
    (None, "think it over and give me a call back sometime this week", "callback_request", True),
    (None, "I'll give you a call back later then", "callback_offer", True),
    (None, "should i just call back after lunch?", "callback_offer", True),
    # from messy34: a reason after "call you directly", "howd" asking, a fee on what is
    # recovered, money won back that is no guarantee, a note whose point is named, a
    # statement that "our companies could work together", a typo inside a claim
    (
        None,
        "i wanted to call you directly because i think our companies could be doing some work together",
        "reason",
        True,
    ),
    (None, "i wanted to call you directly", "reason", False),
    (None, "you guys finally moved into the new plant, howd that go", "discovery_question", True),
    (None, "we only charge 30 percent of whatever we recover", "pricing", True),
    (None, "theres no upfront cost", "pricing", True),
    (None, "we recovered 30 percent of what they lost", "pricing", False),
    (None, "we offer a 30-day money-back guarantee", "pricing", True),
    (None, "we help them go back through the denials and get that money back", "pricing", False),
    (None, "ill send her a quick note so she knows her info is updated with us", "next_step", True),
    (None, "i'll send a note", "next_step", False),
    (None, "in march i think our companies could work together", "commitment_ask", False),
    (None, "thursday at 2 could work for you?", "commitment_ask", True),
    (None, "were actulaly already working with your company", "misleading_claim", True),
    (
        None,
        "Is that spelled the way it sounds, or is there anything unusual in it?",
        "contact_details",
        True,
    ),
    (None, "we spell out every fee in the contract", "contact_details", False),
    # something to be sent is no call back asked for
    (None, "perfect, thursday at 1:30 works, text me the address", "callback_request", False),
    (None, "email me the deck and i'll take a look", "callback_request", False),
    (None, "text me back when you know", "callback_request", True),
    (None, "call me the day before", "callback_request", True),
    # something warm about them that asks nothing
    (None, "i hope somebody baked YOU a cake for once", "kind_words", True),
    (None, "thats so good to hear, i always loved working with you", "kind_words", True),
    (None, "sounds like a perfect day", "kind_words", True),
    (None, "well you deserve it", "kind_words", True),
    (None, "i hope you dont mind me calling", "kind_words", False),
    (None, "i hope this is an ok time", "kind_words", False),
    (None, "i'd love to work with you again", "kind_words", False),
    (None, "we deserve a shot at your business", "kind_words", False),
    # owning up to selling, the company named after an honest lead-in
    (
        None,
        "To be upfront, Halyard does sell. But this call is only about the record.",
        "owns_sale",
        True,
    ),
    (None, "to be honest, our company does also sell booths", "owns_sale", True),
    (None, "Halyard does sell booths, top of the line", "owns_sale", False),
    (None, "to be honest, nobody here does selling", "owns_sale", False),
    # a tag on a statement about this call asks nothing about them
    (None, "ok first thing, this isnt a sales call, alright?", "discovery_question", False),
    (None, "this will only be a two minute call, ok?", "discovery_question", False),
    (None, "so youre still doing the schedules by hand, ok?", "discovery_question", True),
    # "are" dropped before being free: an ask, not a question about them
    (None, "you free thursday at 1 or like friday morning", "commitment_ask", True),
    (None, "ok, u around next tuesday at 2 for twenty minutes", "commitment_ask", True),
    (None, "if you free up an afternoon the team can come by", "commitment_ask", False),
    (None, "so wed love to get you in for a quick demo", "commitment_ask", True),
    (None, "wed at 2 is when the crew comes", "commitment_ask", False),
    # a list after the first cue, though another cue follows it
    (
        None,
        "so ours has auto film cut, a 30 inch turntable, wireless remote start, it does forty loads an hour",
        "feature_list",
        True,
    ),
    (
        None,
        "ours has a longer warranty, thats about it, it does the same job",
        "feature_list",
        False,
    ),
    # personal business claimed, with the apostrophe dropped
    (None, "its personal. hes gonna want to take it, trust me", "misleading_claim", True),
    (None, "its a personal call, ill try his cell", "misleading_claim", True),
    (None, "the app keeps its personal data on the phone", "misleading_claim", False),
    # a yes claimed from someone above them
    (None, "your cfo already signed off on us doing a review", "misleading_claim", True),
    (None, "your vp already approved the pilot, so i just need a time", "misleading_claim", True),
    (None, "we already booked the room for thursday", "misleading_claim", False),
    (None, "i already signed off on the invoice", "misleading_claim", False),
    (None, "my manager already approved the discount for you", "misleading_claim", False),
    (None, "dana already signed off on the pilot, she said to call", "misleading_claim", True),
    # warm words: what their news did for us
    (None, "there was a line out the door. it made me smile", "kind_words", True),
    (None, "honestly that made my day", "kind_words", True),
    (None, "it made me think of your warehouse", "kind_words", False),
    # the talk looked back on, closing the line, is a goodbye
    (None, "maybe coffee sometime? anyway, great talking to you", "goodbye", True),
    (None, "it was so nice chatting with you, dana", "goodbye", True),
    (None, "great talking to you at the expo, i had a question about your fleet", "goodbye", False),
    (None, "nice to talk to you, this is omar from pinecrest", "goodbye", False),
    # pressure on a time: the rep's need, or "just move something"
    (None, "i really need to see you thursday", "pressure", True),
    (None, "if thursday doesnt work just move something", "pressure", True),
    (None, "i need to see what works for you", "pressure", False),
    (None, "we could just move it to friday if thats easier", "pressure", False),
    # selling on a catch-up: an idea pitched, our work said to be what they need, a
    # proposal walked through, the boss asked along
    (None, "ive got a consulting idea i want to run by you", "sales_offer", True),
    (None, "maybe your team could use it", "sales_offer", True),
    (None, "ill walk you through a proposal over lunch", "sales_offer", True),
    (None, "can you bring your vp of operations too", "sales_offer", True),
    (None, "i had an idea for the reunion i want to run by you", "sales_offer", False),
    (None, "you could use a break after the move", "sales_offer", False),
    (None, "ill walk you through the parking, its tricky", "sales_offer", False),
    # a rate per period per thing, the offer named as its subject, the install waived
    (None, "oh im jess by the way. so our setup is 69 a month per terminal", "pricing", True),
    (None, "we add about 40 a month per location", "pricing", True),
    (None, "we waive the install if you sign before june", "pricing", True),
    (None, "the team closes 20 a month per rep", "pricing", False),
    (None, "we install it the week you sign", "pricing", False),
    # "what's" for "what does": a price asked, so the price after it answers
    (
        "huh. whats that run?",
        "its usually 15 to 20 cents a gallon over the pump",
        "price_answer",
        True,
    ),
    (
        "whats that running on, the old server?",
        "its 15 to 20 cents a gallon",
        "price_answer",
        False,
    ),
    # a verdict with a tag asks nothing about them
    (
        None,
        "we run the ads as soon as hail gets reported. pretty cool right?",
        "discovery_question",
        False,
    ),
    (None, "neat, huh?", "discovery_question", False),
    (None, "pretty busy season for you right now?", "discovery_question", True),
    # an hour alone, put to them, proposes a time
    (None, "just lunch, catch up. does noon work?", "commitment_ask", True),
    (None, "ok, is 3 any good", "commitment_ask", True),
    (None, "is noon the busy time for you?", "commitment_ask", False),
    (None, "does 2 of your trucks run at night?", "commitment_ask", False),
    # an hour offered loosely after a comma is a time; a count is not
    (None, "oh bummer. how about later that day, like 2", "set_time", True),
    (None, "ok, like 1:30 or so?", "set_time", True),
    (None, "yeah, like 2 trucks on the road", "set_time", False),
    (None, "id like 2 of those brochures", "set_time", False),
    # what a record holds, asked for; the email asked for with what is on file after it
    (None, "ok. who should that record be under now - name and job title", "contact_details", True),
    (None, "and their email what i have is mark.d@corvidtools.com", "contact_details", True),
    (None, "we track name and title changes for you", "contact_details", False),
    (None, "their email volume is what i have trouble with", "contact_details", False),
    # a thing to send is a whole word ("form", not "formatting"); why we call is no plan
    (None, "ill get back to you about the formatting", "next_step", False),
    (None, "ill send you the form tonight", "next_step", True),
    (
        None,
        "i'd be glad to pass along any articles I come across, I'll drop you a note",
        "next_step",
        True,
    ),
    (
        None,
        "the reason im calling you specifically is the photos from the fair",
        "next_step",
        False,
    ),
    (None, "im calling you back thursday at 2 with the quote", "next_step", True),
    # a day typed short after "next" or "on"
    (None, "im in denver next thu for a client", "set_time", True),
    (None, "free on wed for a coffee?", "set_time", True),
    (None, "this sun is brutal on the crews", "set_time", False),
    # session 18: an adverb before "been" in a claim of business already done
    (None, "so weve actually already been working with your ops team", "misleading_claim", True),
    (None, "we've actually been working with your competitors", "misleading_claim", False),
    # a third party's people asked for, said plainly
    (None, "can my ops guy call yours thursday at 11", "commitment_ask", True),
    (None, "can my people handle that for you", "commitment_ask", False),
    # a price or a trial term is no feature of a list
    (
        None,
        "you get a ten day trial and after that its 29 a month per seat, dirt cheap",
        "feature_list",
        False,
    ),
    (
        None,
        "you get online booking, text reminders, a client app and a 14 day trial",
        "feature_list",
        True,
    ),
    # a company named by what it makes is no person
    (
        None,
        "hey this is westgate crate, were the crate people by the rail yard",
        "introduction",
        False,
    ),
    # a name after a word that fills the pause, and after a double dash
    ("and you are?", "oh -- tomas ferreira, with ashgrove linen. is ruth in", "introduction", True),
    (None, "ok -- Priya Nair from Lumen, calling about the audit", "introduction", True),
    (None, "so. rick from accounting told me to ring you", "introduction", False),
    # "want to" put to them, not a wish of someone else's
    (None, "ok cool want to grab a coffee thursday at 10", "commitment_ask", True),
    (None, "any chance youd wanna meet monday at 2", "commitment_ask", True),
    (None, "folks here want to buy local on saturday mornings", "commitment_ask", False),
    (None, "i just want to make sure the invoices reach you by friday", "commitment_ask", False),
    # an idiom and a habit are no times
    (None, "we went through the files one by one", "set_time", False),
    (None, "one by one we checked every truck", "set_time", False),
    (None, "this is will do you have a sec", "question", True),
    (None, "can you have it signed by one", "set_time", True),
    (None, "the queue at your place on saturday mornings is wild", "set_time", False),
    # "you're" typed "your" in a trigger event
    (None, "saw in the paper your opening a third store", "reason", True),
    (None, "saw your opening hours online", "reason", False),
    # a past wish claimed for the prospect
    (None, "dana said you wanted to meet with us", "misleading_claim", True),
    (None, "dana said you wanted to think about it", "misleading_claim", False),
    # the firm's own story, and new services told as news, are an offer
    (None, "let me walk you through our story real quick", "sales_offer", True),
    (None, "tell me about your company's story", "sales_offer", False),
    (None, "we now do signage and vehicle wraps too", "sales_offer", True),
    (None, "we also do care about that too", "sales_offer", False),
    # their plans waved away, and a refused hour pushed again after a dash
    (None, "come on, you can move that meeting", "pressure", True),
    (None, "you can move the meeting to friday if thats easier", "pressure", False),
    (None, "seriously just cancel it, its lunch", "pressure", True),
    (None, "no contract, you can cancel it any time", "pressure", False),
    (None, "im not taking no for an answer", "pressure", True),
    # a price sheet offered as a question is still an offer
    (None, "so should i send you our rate sheet", "sales_offer", True),
    (None, "should i send you the checklist", "sales_offer", False),
    # a playful wish for their day is warm
    (None, "happy birthday! theyd better have something planned for you", "kind_words", True),
    (None, "they better have paid that invoice", "kind_words", False),
    # the thing itself wished for is an ask, with what or when
    (None, "id love a quick coffee, maybe next tuesday at 9", "commitment_ask", True),
    (None, "id love a copy of the report", "commitment_ask", False),
    (
        None,
        "which is why id like a short conversation rather than a pitch",
        "commitment_ask",
        False,
    ),
    # how many they could hand over is a favour asked
    (None, "how many referrals do you reckon you could send me", "referral_ask", True),
    (None, "how many clients do you have", "referral_ask", False),
    # a modal wants its verb: no question starts after it
    (None, "i could also do your menus and signage so it all matches", "question", False),
    (None, "i could also do your menus and signage so it all matches", "sales_offer", True),
    (None, "i can do the books myself", "sales_offer", False),
    # what we are, a colon, and the list
    (
        None,
        "a bit about my firm: ten years in payroll, xero and quickbooks, sales tax, year-end packs",
        "feature_list",
        True,
    ),
    (
        None,
        "news on our business: we moved, we hired two people, and we opened a cafe",
        "feature_list",
        False,
    ),
    (
        "Thursday noon's out, I've got a walk-through till one.",
        "not taking no for an answer - noon thursday, ill swing by",
        "refused_time",
        True,
    ),
    (
        "Thursday noon's out, I've got a walk-through till one.",
        "no worries - how about 1:30 instead",
        "refused_time",
        False,
    ),
    # a time still to come after a perfect tense or a look back asked about, and "did you
    # want" asked in the present
    (None, "could we grab 20 minutes tuesday at 3, once youve had a look", "set_time", True),
    (None, "did you want to meet up wednesday at 4", "set_time", True),
    (None, "lets touch base friday at 10 and see how it went with the board", "set_time", True),
    (None, "we had a chat on friday at the fair", "set_time", False),
    (None, "the install went fine on monday", "set_time", False),
    # asks: a follow-up that would help, a plan offered on their terms, a plan told as a
    # nice thought, time held up as a price
    (None, "would a short follow-up help, maybe monday at 2?", "commitment_ask", True),
    (None, "would that help?", "commitment_ask", False),
    (None, "if youd like, a half hour call thursday at 3 should be enough", "commitment_ask", True),
    (None, "if youd like, i can email the checklist friday", "commitment_ask", False),
    (None, "thought it would be nice to grab a coffee next tuesday", "commitment_ask", True),
    (None, "would that be worth twenty minutes of your time next week", "commitment_ask", True),
    (None, "want to make sure this is worth your time", "commitment_ask", False),
    (None, "i know a caterer who fits. would you like an introduction?", "intro_offer", True),
    (
        None,
        "if you hear of anyone who needs a plumber, id appreciate you passing my name along",
        "referral_ask",
        True,
    ),
    (None, "come on, just shift the call back half an hour", "pressure", True),
    (None, "we can push it back an hour if that helps", "pressure", False),
    # questions: "how" and a word before its verb, a yes-or-no put indirectly, who it is
    # after a comma, a night call's check, a wish to hear rather than guess; a sales hook
    (
        None,
        "on a scale of one to ten how busy are your techs this month",
        "discovery_question",
        True,
    ),
    (None, "i know how busy the techs are this month", "question", False),
    (
        None,
        "honestly curious whether a tool like this is anywhere on your list",
        "discovery_question",
        True,
    ),
    (None, "what if i told you we could halve your fuel bill", "discovery_question", False),
    (None, "what if your second site opened early", "discovery_question", True),
    (
        None,
        "before we go on, is it you who signs off on the cleaning, or your partner",
        "right_person",
        True,
    ),
    (None, "oh no, did i wake you", "time_check", True),
    (None, "did i get you the numbers", "time_check", False),
    (None, "id rather hear how you run intake today than guess", "discovery_question", True),
    (None, "before i say more, what else is on your list this year", "discovery_question", True),
    (None, "no pressure but would a short call tuesday at 4 help", "commitment_ask", True),
    (None, "we tried it but it didnt work for us", "question", False),
    # glad agreement alone, not praise of a thing
    (None, "perfect.", "acknowledge", True),
    (None, "perfect timing, we just opened a new depot", "acknowledge", False),
    # signing off: the open offer, staying in touch, a call back left for later
    (None, "anyway, let me know if you ever need anything", "goodbye", True),
    (None, "let me know if you need the invoice again", "goodbye", False),
    (None, "lets definitely stay in touch", "goodbye", True),
    (None, "call me back once you know the dates", "goodbye", True),
    # features: a capability list typed without its hyphens; a firm's services before a
    # clause of its own are not one
    (
        None,
        "the kit has real time alerts, two way messaging and online ordering",
        "feature_list",
        True,
    ),
    (
        None,
        "we do payroll, books and sales tax for bakeries, and i wondered if a quick chat might help",
        "feature_list",
        False,
    ),
    (
        None,
        "ours fit every major printer, ship next day and last 30 percent longer",
        "feature_list",
        True,
    ),
    # prices: an offer against the usual one, an opening month, half the normal rate
    (None, "for new clients its 900 for the first month instead of 1400", "pricing", True),
    (None, "we bill 4 percent of recovered funds instead of 7", "pricing", True),
    (None, "we run 400 vans instead of 600", "pricing", False),
    (None, "this spring were doing it at half our usual rate", "pricing", True),
    # a fee is no reason; what we do is
    ("what's this about?", "sure, we keep 20 percent of whatever we find", "reason", False),
    ("whats this regarding", "we keep warehouses from losing stock", "reason", True),
    (None, "im calling you directly because your fleet grew this year", "reason", True),
    # names: spelled out after it; a company described, laughter, a trade's name
    (None, "hi tom its imre, i m r e, with coldpath hvac", "introduction", True),
    (None, "hi tom its acme, a b c, with coldpath", "introduction", False),
    ("sorry, who's calling?", "brightline, the solar panel people", "introduction", False),
    ("sorry, who's calling?", "haha, you know me", "introduction", False),
    ("who is this?", "hi, vetcore diagnostics here", "introduction", False),
    # who we are, checked with a tag: no question about them
    (None, "its jo from the print shop, remember?", "discovery_question", False),
    (None, "what do you remember about the old system?", "discovery_question", True),
    # work already shared with their people, claimed
    (
        None,
        "your controller and i have been working together on this for months",
        "misleading_claim",
        True,
    ),
    (
        None,
        "my team and i have been working together on this for months",
        "misleading_claim",
        False,
    ),
    # "its" before a pronoun is "it's": an old friend claimed to the gatekeeper
    (
        "whos calling please",
        "just tell her its her old freind from the conference, shell know",
        "misleading_claim",
        True,
    ),
    (None, "the firm moved its head office last year", "misleading_claim", False),
    # the caller's own way in asks nothing about them
    (None, "how do we get on your approved vendor list", "discovery_question", False),
    (None, "what do we need to do to get listed", "discovery_question", False),
    (None, "how do we make this work for your team", "discovery_question", True),
    (None, "how do you get new vendors in", "discovery_question", True),
    # the choice handed over with "for you" left unsaid, after the choices
    (None, "I can come down or do video, whatever's easier.", "callback_offer", True),
    (None, "zoom or in person, whichevers easier", "callback_offer", True),
    (None, "i'll do whatever's easier", "callback_offer", False),
    # a reason asked for in few words, and "nothing really" answered to it
    (
        "long time. so whats up, why the call?",
        "haha where do i start. you still at the bank?",
        "ignored_question",
        True,
    ),
    (
        "yeah its a lot. so.. was there something you needed?",
        "nah nah. we should catch up sometime",
        "ignored_question",
        True,
    ),
    (
        "why the call came in late is beyond me",
        "sure, you still at the bank?",
        "ignored_question",
        False,
    ),
    (
        "so.. was there something you needed?",
        "nah nah. anyway so good to hear your voice, we should catch up sometime",
        "reason",
        False,
    ),
    (
        "so what's this about?",
        "we help your clinics cut no-shows, and our numbers show it",
        "reason",
        True,
    ),
    # a company answering "who?", described by what "we" do
    (
        "sorry, who am i talking to?",
        "oh, tradewinds, we design trade show booths",
        "introduction",
        False,
    ),
    ("sorry, who am i talking to?", "its dana, we do payroll", "introduction", True),
    # ... or capitalised, and called "the ... folks" after its name
    (
        "hang on, who is this?",
        "oh, Clearwell Access, we're the gate folks from route 9",
        "introduction",
        False,
    ),
    ("hang on, who is this?", "oh, Nadia Reed, we're the gate folks", "introduction", True),
    # the choice left open: "if another time works better", "just tell me what's easiest"
    (
        None,
        "or if a different time that day works better, just tell me what's easiest",
        "callback_offer",
        True,
    ),
    (
        None,
        "if a different supplier works better for you, no hard feelings",
        "callback_offer",
        False,
    ),
    # a day put to them as "how's ...?"
    (
        None,
        "then lets have our plant managers walk your line, hows the 14th at 9am",
        "next_step",
        True,
    ),
    (None, "how is tuesday going so far", "next_step", False),
    (
        None,
        "wanted to say hi and see if you might like to grab coffee sometime",
        "commitment_ask",
        True,
    ),
    # "which model is it": a question without its mark, after a comma
    (
        None,
        "your message said it's throwing errors, which model is it and how old is it",
        "discovery_question",
        True,
    ),
    (None, "we put in the new tank, which we installed last year", "question", False),
    (None, "basically what happened is we started working with them", "question", False),
    # wanting to hear how things go for them asks about them; whether they are free does not
    (
        None,
        "nothing work-related, I just want to hear how the new job's going",
        "discovery_question",
        True,
    ),
    (None, "i want to know how the weather is going to be", "discovery_question", False),
    (None, "i wanted to ask if youre free thursday", "discovery_question", False),
    # "has X ever ...": a question however the subject is spelled
    (None, "has counterpoint ever looked at doing payroll itself", "discovery_question", True),
    (None, "the team has ever since been happy with it", "question", False),
    # a question that stands on its own, then a recall tag
    (None, "how many trucks do you run, remember?", "discovery_question", True),
    (None, "its from the menu boards, remember?", "discovery_question", False),
    # work they are said to have asked for
    (
        None,
        "following up on the inspection your office asked us to set up after the hail",
        "misleading_claim",
        True,
    ),
    (None, "my clients asked us to set up a second site", "misleading_claim", False),
    # a result promised for their business, and a pilot put to them
    (None, "i bet i could cut your travel time by 20 percent", "sales_offer", True),
    (None, "we cut our own costs by 20 percent last year", "sales_offer", False),
    (None, "maybe we can talk about a pilot at one of your sites", "sales_offer", True),
    (None, "the pilot at our plant went well", "sales_offer", False),
    # "your" typed for "you're" before a word the possessive cannot take
    (None, "dana told me your expecting a call from me", "misleading_claim", True),
    (None, "dana told me your team expects a call", "misleading_claim", False),
    # a networking call says why in one verb
    (None, "hey its lena, just wanted to network a bit", "reason", True),
    # what we do, told as "what I do is...", asks nothing
    (
        None,
        "so what we do is we run payroll for clinics, you get a portal, direct deposit and tax filings",
        "discovery_question",
        False,
    ),
    (
        None,
        "what i do is i run brightdesk, one app for salons, you get booking, reminders, an online shop and gift cards",
        "feature_list",
        True,
    ),
    (None, "what i need to know is how you schedule your crews", "discovery_question", True),
    # "you know?" after a line about nothing of theirs is a filler
    (None, "honestly its more of a partnership, ya know?", "discovery_question", False),
    (None, "you guys are slammed this time of year, ya know?", "discovery_question", True),
    # "were" typed for "we're" after a question word, before "here"
    (None, "so if tax season gets easier thats exactly what were here for", "question", False),
    (None, "what were the busiest months last year", "question", True),
    # how bad, how busy: a word of degree, then the verb and its subject
    (None, "ok so how bad are late payments for you this quarter", "discovery_question", True),
    (None, "i know how bad it is for you", "question", False),
    (None, "you said the intake forms were a mess, is that any easier now", "question", True),
    (None, "the new forms are out, is it any wonder people complain", "discovery_question", True),
    # an opening price against the usual one, however few its digits
    (None, "you'd get the first year at 15 a seat instead of 30", "pricing", True),
    (None, "we install 30 a week instead of 10 now", "pricing", False),
    # "we have for": the thing we have came before, and no list follows
    (
        None,
        "just confirming the address we have for baker and sons, suite 4, got a sec",
        "feature_list",
        False,
    ),
    # gladness in the past is no step ahead
    (None, "i was glad to see your post about the new depot on friday", "next_step", False),
    (None, "glad to send the checklist over friday", "next_step", True),
    # the service walked through, a gain of theirs foretold, a deck's proof brought along,
    # their boss wished along
    (
        None,
        "i'd like to walk you through the energy audit we ran for other bakeries",
        "sales_offer",
        True,
    ),
    (None, "i'll walk you through the parking at the venue", "sales_offer", False),
    (None, "i reckon your crews could free up 10 percent of their week", "sales_offer", True),
    (None, "your sales grew 10 percent last year, congrats", "sales_offer", False),
    (None, "i'll bring some testimonials from other clinics", "sales_offer", True),
    (None, "i'll bring some good coffee", "sales_offer", False),
    (None, "maybe your owner could join us for coffee", "sales_offer", True),
    (None, "maybe your wife could join us for coffee", "sales_offer", False),
    # a slot offered as the caller's treat, and a fragment with what it is for
    (None, "i could take you to breakfast thursday at 8", "commitment_ask", True),
    (None, "i could take you through the numbers", "commitment_ask", False),
    (None, "or even a short call tuesday, just so we can see if it fits?", "commitment_ask", True),
    (None, "or even a short call tuesday just so we can see if it fits", "commitment_ask", True),
    # their no, in their words, said to be fine
    (None, "and if you're not keen, that's fine", "easy_out", True),
    (None, "if you dont feel like it thats ok", "easy_out", True),
    (None, "if you'd rather not meet, we can talk by email", "easy_out", False),
    # a name with accents or a hyphen, however it is typed
    (
        None,
        "hi marta, jürgen schäfer with alpenlog, calling about your depot",
        "introduction",
        True,
    ),
    (None, "hey tom, anne-marie dubois calling from lumen freight", "introduction", True),
    # a copy of what is on record, sent
    (None, "ill send you a copy of the record we have so you can check it", "next_step", True),
    (None, "i made a copy of the report last week", "next_step", False),
    # "how you doing, all good?" is a pleasantry; about their new scanners it asks
    (None, "hey, how you doing, all good?", "discovery_question", False),
    (None, "how you doing with the new scanners, all good?", "discovery_question", True),
    # asked who is calling, a company said with what "we" do is no name
    ("sorry, who's this?", "um Nordwell, we make loading dock doors", "introduction", False),
    ("sorry, who's this?", "oh, Priya, we met at the expo", "introduction", True),
    # "take care of" is work, "take care of yourself" a goodbye
    (None, "we already take care of the gutters on your street", "goodbye", False),
    (None, "ok, take care of yourself", "goodbye", True),
    # a call returned says why it is made
    (None, "hi nadia its omar calling you back about the quote you asked for", "reason", True),
    (None, "ill have to call you back about the invoice", "reason", False),
    # "what we'd love is..." tells
    (
        None,
        "so what we'd love is to be your backup supplier this winter",
        "discovery_question",
        False,
    ),
    (None, "what we'd love to know is how you staff the night shift", "discovery_question", True),
    # the trial or the setup started for them, offered, is a commitment ask
    (None, "so do you want me to start your free trial now?", "commitment_ask", True),
    (None, "do you want me to send you the brochure?", "commitment_ask", False),
    # what we would do for them walked through, their buyer asked along, their site redone
    (None, "over lunch I can walk you through how we could rewire your plant", "sales_offer", True),
    (None, "i can walk you through how we got started", "sales_offer", False),
    (None, "bring your foreman and whoever approves the budget", "sales_offer", True),
    (None, "bring your foreman and whoever wants to come", "sales_offer", False),
    (None, "i could redesign Dana's storefront in a week", "sales_offer", True),
    # presenting our services, money said to be left on the table
    (
        None,
        "id like to book an hour to present our payroll services to your team",
        "sales_offer",
        True,
    ),
    (None, "i'll present my findings to the board", "sales_offer", False),
    (
        None,
        "honestly you're leaving money on the table with those old chillers",
        "sales_offer",
        True,
    ),
    (None, "we left money on the table last year", "sales_offer", False),
    # a product named in lower case, then what it gives you
    (
        None,
        "so brightlane gives you route planning, fuel reports, driver scorecards and live tracking",
        "feature_list",
        True,
    ),
    (None, "so my brother gives you a call, a hug and a beer", "feature_list", False),
    # (session 25) the full name typed in lower case, then a nickname and where from, or
    # what we did together; not everyday words in its place
    (None, "hey its ingvild brekke, inky from the rotary breakfast", "introduction", True),
    (None, "hi its tobi adeyemi, we worked together at castlerock", "introduction", True),
    (None, "hey its been ages, we worked together at castlerock", "introduction", False),
    (None, "hi its really good, we met last spring", "introduction", False),
    # a whole name no list knows, then where from, answers "who?"
    ("sorry, who is this?", "kwabena asante, with ridgeway pumps", "introduction", True),
    ("sorry, who is this?", "ok talk soon, call me back ok", "introduction", False),
    ("sorry, who is this?", "terrible timing, with all due respect", "introduction", False),
    # the order taken, or a booking said as why we call, is a commitment ask
    (None, "should i go ahead and put you down for eight", "commitment_ask", True),
    (None, "shall we sign you up for the basic tier", "commitment_ask", True),
    (None, "im calling to get on your calendar next tuesday at 2", "commitment_ask", True),
    (None, "ringing to book a walkthrough with your plant manager", "commitment_ask", True),
    (None, "i can put you down as a maybe, no pressure at all", "commitment_ask", False),
    (None, "im calling to get on your radar, that's all", "commitment_ask", False),
    (None, "she put you down for the raffle, right?", "commitment_ask", False),
    # this call, returned, is no next step; a call back promised for later is one
    (
        None,
        "hi, its mara from fieldcraft, im calling you back about your quote request",
        "next_step",
        False,
    ),
    (None, "im calling you back thursday at 4 with the numbers", "next_step", True),
    # (session 25, from the persona sets) favours for the caller's business: a feature in
    # their portfolio, lines of testimonial, a tag; their clients asked for, names wished for
    (None, "id love to feature your studio on my new portfolio site", "referral_ask", True),
    (None, "the magazine will feature you in the spring issue", "referral_ask", False),
    (
        None,
        "if you could write a couple of lines of testimonial that'd be great",
        "referral_ask",
        True,
    ),
    (None, "ive got a couple of lines of code to fix first", "referral_ask", False),
    (None, "and maybe tag me on instagram when you post it", "referral_ask", True),
    (None, "do you have any cafe clients who could use a good accountant", "referral_ask", True),
    (None, "do you have any clients who are unhappy with their cover", "referral_ask", False),
    (None, "just let me know when you have some names for me", "referral_ask", True),
    (None, "could you write me a few words for my website", "referral_ask", True),
    (None, "could you say a few words about your setup", "referral_ask", False),
    (None, "even five introductions would be huge for me", "referral_ask", True),
    (None, "can you at least introduce me to your head of partnerships", "referral_ask", True),
    # work fished for, another version of what they have suggested: selling
    (None, "so is there anything you need printed these days", "sales_offer", True),
    (None, "is there anything you need from me before friday", "sales_offer", False),
    (None, "have you thought about a winter version of your menus", "sales_offer", True),
    (None, "have you thought about what you'll do for the holidays", "sales_offer", False),
    # a coffee put to them with "definitely", the caller placed on linkedin
    (None, "we should definitely grab a coffee sometime", "commitment_ask", True),
    (None, "hey its tomas, the accountant from linkedin", "connection_note", True),
    (None, "my cousin from linkedin told me about you", "connection_note", False),
    # a word of thanks is not a name said back to "who is this?"
    ("who am I talking to?", "Awesome. So what keeps you busy these days?", "introduction", False),
    (None, "Mr Okafor, good morning, Lena Brandt, I run Tallow Benefits", "introduction", True),
    # a proposal put as a condition; the close itself, "get you set up"
    (
        None,
        "if a 30 min call next monday at 2 sounds useful, im happy to ring you",
        "commitment_ask",
        True,
    ),
    (None, "if the demo on friday was useful, great", "commitment_ask", False),
    (None, "so shall we get you set up this week", "commitment_ask", True),
    # a yes asked for in someone else's name, by guilt, leaves no room for a no
    (None, "id hate to have to tell her you said no", "pressure", True),
    (None, "i hate to tell you this but the price went up", "pressure", False),
    (None, "he'd be really disappointed if we didnt at least meet", "pressure", True),
    (None, "thats what everyone says before they see the numbers", "pressure", True),
    (None, "thats what everyone says about the new menu, its great", "pressure", False),
    # the call closed with thanks or wishes
    (None, "thanks naomi, good luck with everything", "goodbye", True),
    (None, "really nice to talk to you again, and congrats on the new shop", "goodbye", True),
    (None, "we wish you good luck with the audit, whats the timeline", "goodbye", False),
    # (session 25, messy54) the deal's terms are no features; the one called, addressed,
    # is no introduction; a meal asked after is small talk
    (
        None,
        "so you get two weeks free, then its 30 a month, no contract or anything",
        "feature_list",
        False,
    ),
    (None, "you get live gps, driver scores, fuel reports and alerts", "feature_list", True),
    (None, "hi Ms. Abara, calling from Kestrel Air about your filters", "introduction", False),
    (None, "hi, Tomas Reyes calling from Kestrel Air", "introduction", True),
    (
        "kind of in the middle of dinner",
        "oh nice, what are you having?",
        "discovery_question",
        False,
    ),
    (None, "so what are you making these days, still the oak tables?", "discovery_question", True),
    # the firm presented as the start of a pitch; the caller's own life is not one
    (None, "so, a bit about us: twelve years in business, four staff", "sales_offer", True),
    (None, "a little about me, i grew up in ohio", "sales_offer", False),
    # (session 25) a slot asked in a clause of its own after what someone said
    (
        None,
        "jo said you were keen, so im calling to book the survey, does friday at 9 work",
        "commitment_ask",
        True,
    ),
    (None, "jo said you were keen on a survey friday at 9", "commitment_ask", False),
    # (session 25) our people working for theirs, the expectation of a call, a message
    # answered: claims the call must support
    (None, "my crew's been servicing your boilers since spring", "misleading_claim", True),
    (None, "we're helping your competitors with the same thing", "misleading_claim", False),
    (None, "tess said you were waiting to hear from me", "misleading_claim", True),
    (None, "tess said you were waiting on the inspection", "misleading_claim", False),
    (
        None,
        "mr okafor left me a voicemail friday, im getting back to him",
        "misleading_claim",
        True,
    ),
    (None, "my manager left me a note to call you", "misleading_claim", False),
    # a story about the one between us asks nothing about them
    (None, "did he ever tell you about the time he fell in the lake", "discovery_question", False),
    (None, "did your team tell you about the audit findings", "discovery_question", True),
    # a contact record checked is no spec sheet; what they are asked to do is no item
    (
        None,
        "i want to make sure we have the right name, email and title on file, so just give me a call back",
        "feature_list",
        False,
    ),
    # what a step is for is no claim that they know us
    (None, "ill text her tonight so she knows who i am", "misleading_claim", False),
    (None, "dont worry, she knows who i am", "misleading_claim", True),
    # (session 27) whom we serve is no tie to this firm: no reason given to "what's it about?"
    (
        "what's it about?",
        "so, Bluepeak, you have seen our vans around, we haul a lot for outfits like yours",
        "reason",
        False,
    ),
    ("what's it about?", "plenty of your branches already ship with us", "reason", True),
]


@pytest.mark.parametrize(
    ("line", "specific"),
    [
        # a meeting told by its day, typed without the apostrophe
        ("we met at last fridays chamber mixer, when dee walsh introduced us", True),
        ("we met at yesterdays safety workshop, by the coffee", True),
        ("we met at some point, I think", False),
    ],
)
def test_a_meeting_told_by_its_day_is_specific(line: str, specific: bool) -> None:
    claim = signals(line)["misleading_claim"]
    assert specific_history(line, claim) is specific


@pytest.mark.parametrize(
    ("reply", "support"),
    [
        ("uh yes, i called about a quote for the roof", "confirmed"),
        ("we inquired about the fleet plan last month", "confirmed"),
        ("i called about what now?", "none"),
        ("i asked for nothing, who is this", "none"),
    ],
)
def test_the_call_they_made_told_by_its_subject_owns_up_to_it(reply: str, support: str) -> None:
    assert claim_support([reply]) == support


@pytest.mark.parametrize(
    ("line", "name"),
    [
        # a firm said of the one word before it is no person
        ("hi, this is Northgate, the agency on main street", None),
        ("this is Brookvale, a small brokerage in town", None),
        # a person, with a role or a first name any list knows
        ("this is Dana, the agency owner", "Dana"),
        ("this is Priya, a small firm in leeds", "Priya"),
    ],
)
def test_a_firm_named_after_this_is_is_no_introduction(line: str, name: str | None) -> None:
    assert rep_name(line) == name


def test_a_friendship_with_the_one_the_prospect_placed_is_no_pretext() -> None:
    from roleplay.commands.score import score_text

    placed = (
        "Prospect: this is Wren\n"
        "Rep: hi Wren, Osric Dale here, with Tallow Candles. Marguerite Ames gave me your number\n"
        "Prospect: oh, Marguerite from the garden club? ok. what's this about\n"
        "Rep: yeah Marguerite is lovely, we go way back\n"
    )
    assert "misleading-claim" not in score_text(placed, "placed.txt").codes
    # asked who, not placed: the friendship still leans on nothing
    unplaced = placed.replace("oh, Marguerite from the garden club? ok.", "Marguerite who? ok.")
    assert "misleading-claim" in score_text(unplaced, "unplaced.txt").codes


def test_the_reps_first_name_said_again_in_the_message_introduces_them() -> None:
    call = CallAnalysis.of([])
    call.add("prospect", "front desk, this is jo")
    call.add("rep", "hi jo, its oriel vantassel, is mara around")
    call.add("prospect", "Hi, you've reached Mara. Leave a message after the tone.")
    message = call.add(
        "rep", "hey mara its oriel! just calling to say happy birthday, no need to call back"
    )
    assert message.signals.get("introduction") == "its oriel"
    # never said before, the same words name nobody
    alone = CallAnalysis.of([])
    alone.add("prospect", "Hi, you've reached Mara. Leave a message after the tone.")
    unnamed = alone.add("rep", "hey mara its oriel! just calling to say happy birthday")
    assert "introduction" not in unnamed.signals


@pytest.mark.parametrize(("previous", "line", "signal", "fires"), HEARD_IN_CONTEXT_TABLE)
def test_heard_in_context_table(previous: str | None, line: str, signal: str, fires: bool) -> None:
    call = CallAnalysis()
    if previous is not None:
        call.add("prospect", previous)
    found = call.add("rep", line).signals
    assert (signal in found) is fires, dict(found)


def test_the_refused_day_alone_leaves_the_refused_hour_after_it_refused() -> None:
    # "Thursday noon's out": Thursday alone is still open, noon at the steakhouse is not
    call = CallAnalysis()
    call.add("rep", "hey rob, its tony. lunch next thursday?")
    call.add("prospect", "Thursday noon's out, though, I've got a walk-through till one.")
    again = call.add("rep", "Thursday's the only day I've got. Noon at the grill, I'll book it.")
    assert again.signals.get("refused_time") == "Noon at the grill, I'll book it"
    other = call.add("rep", "ok, thursday it is then, does 2 work?")
    assert "refused_time" not in other.signals


def test_a_table_the_rep_booked_at_the_refused_hour_asks_for_it_again() -> None:
    call = CallAnalysis()
    call.add("rep", "hey rob, its colin. lunch next thursday, noon?")
    call.add("prospect", "Thursday noon's out, though, I've got a walk-through till one.")
    again = call.add("rep", "It has to be Thursday, I've already booked the table at noon.")
    assert "refused_time" in again.signals
    other = call.add("rep", "no worries, I booked a table at hartleys for 1:30 thursday")
    assert "refused_time" not in other.signals


@pytest.mark.parametrize(
    ("reply", "support"),
    [
        ("oh kofi, sure, hi", "confirmed"),
        ("oh kofi hi!", "confirmed"),
        ("oh, who, sorry?", "none"),
        ("oh wait, no, i dont think so", "denied"),  # no name said back: a doubt
        ("oh, ok, sure, one sec, let me try his line", "none"),
    ],
)
def test_the_caller_named_back_with_a_hello_is_recognised(reply: str, support: str) -> None:
    assert claim_support([reply]) == support


@pytest.mark.parametrize(
    ("reply", "support"),
    [
        # (session 34) word the caller would ring, said as a guess
        ("Priya texted me you'd probably ring.", "confirmed"),
        # ... and asked who they are with: the company, no doubt of the claim
        ("Sure, Marco mentioned you might call. Who are you with again?", "confirmed"),
        ("Who are you? I've no idea what this is.", "denied"),
        # the claim asked back, unremembered
        ("Did I? I talk to a lot of people.", "denied"),
        ("Did I? Oh yeah, I remember now.", "confirmed"),
        ("Did I ever get back to you on the quote?", "none"),
    ],
)
def test_a_claim_asked_back_is_doubted_and_word_passed_on_owns_it(reply: str, support: str) -> None:
    assert claim_support([reply]) == support


def test_a_greeting_after_an_auto_attendant_put_the_call_through_is_a_voicemail() -> None:
    call = CallAnalysis()
    call.add(
        "prospect",
        "Thanks for calling Birch Valves. Please say the name of the person you're trying to reach.",
    )
    call.add("rep", "uh, Tomas Lind")
    call.add("prospect", "Did you say Tomas Lind?")
    call.add("rep", "yes")
    call.add(
        "prospect", "Tomas here, I'm out on the floor. Leave me a message and I'll get back to you."
    )
    call.add("rep", "Tomas, it's Ana Ruiz at Keel Supply, about your valve order, 555-0140.")
    assert call.voicemail() == (4, 5)
    live = CallAnalysis()
    live.add("prospect", "Birch Valves, front desk.")
    live.add("rep", "hi, is Tomas Lind in?")
    live.add("prospect", "Did you say Tomas Lind?")
    live.add("rep", "yes")
    live.add("prospect", "He's out on the floor. Leave me a message and I'll pass it on.")
    live.add("rep", "sure, it's Ana Ruiz at Keel Supply, about his valve order, 555-0140.")
    assert live.voicemail() is None


@pytest.mark.parametrize(
    ("menu", "put_through"),
    [
        # an attendant asking for the last name, then putting the call through by its words
        (
            "Welcome to Harrow Mills. Please say the last name of the person you're trying to reach.",
            "Thank you.",
        ),
        ("Harrow Mills. If you know your party's extension, dial it now.", "Okay."),
        ("Harrow Mills, please hold.", "Transferring your call."),
    ],
)
def test_a_greeting_after_a_phone_menu_or_a_transfer_is_a_voicemail(
    menu: str, put_through: str
) -> None:
    call = CallAnalysis()
    call.add("prospect", menu)
    call.add("rep", "uh, Okafor")
    call.add("prospect", put_through)
    call.add("rep", "come on")
    call.add("prospect", "hey its Dele, im out in the yard, leave a message")
    call.add("rep", "Dele, it's Ana Ruiz at Keel Supply, about your valve order, 555-0140.")
    assert call.voicemail() == (4, 5)


def test_a_time_put_for_someone_away_is_not_asked_of_the_one_on_the_line() -> None:
    away = CallAnalysis()
    away.add("prospect", "She's tied up with a client until two.")
    assert "commitment_ask" not in away.add("rep", "ok, how about after three?").signals
    busy = CallAnalysis()
    busy.add("prospect", "I'm tied up with a client until two.")
    assert "commitment_ask" in busy.add("rep", "ok, how about after three?").signals


def test_a_condition_joined_on_with_another_day_offers_that_day() -> None:
    call = CallAnalysis()
    call.add("rep", "hey sam, its dee. lunch next wednesday?")
    call.add("prospect", "Wednesday I'm stuck in audits till one, so noon's out.")
    offer = call.add("rep", "would noon work and if wednesdays a mess i can do coffee thursday")
    assert "refused_time" not in offer.signals
    again = call.add("rep", "would noon work for you")
    assert "refused_time" in again.signals


@pytest.mark.parametrize(
    ("line", "asks"),
    [
        ("Have a wonderful birthday, Gloria, and no need to call me back. Take care!", False),
        ("you dont have to get back to me", False),
        ("no worries, call me back later", True),
        ("please call me back when you can", True),
    ],
)
def test_no_need_to_call_back_asks_for_no_call_back(line: str, asks: bool) -> None:
    from roleplay.language.fuzzy import phrase_match

    found = phrase_match("call me back later", line) or phrase_match("get back to me", line)
    found = found or phrase_match("call me back when you can", line)
    assert (found is not None) is asks


@pytest.mark.parametrize(
    ("phrase", "line", "matches"),
    [
        # a phrase of four or five words keeps its verbs and nouns, typos and all
        ("you owe it to yourself", "come on, you owe it to yourself", True),
        ("you owe it to yourself", "honestly you ow it to yourself", True),
        ("you owe it to yourself", "somebody helps you, or you do it yourself?", False),
        ("it won't take long I promise", "it wont take long i promise", True),
    ],
)
def test_a_longer_phrase_keeps_its_words(phrase: str, line: str, matches: bool) -> None:
    from roleplay.language.fuzzy import phrase_match

    assert (phrase_match(phrase, line) is not None) is matches


def test_here_is_at_the_very_start_after_a_space_reads_without_error() -> None:
    # (session 49, review) "here is" taken as a sentence begun after a dropped stop looks at
    # the word before it; at the very start of the text there is none
    assert rep_name(" here is Tom Reyes from Acme") is None
    assert (
        rep_name("Good morning, is Mr. Hughes Here is Pawel Nowak from Solidex.") == "Pawel Nowak"
    )
