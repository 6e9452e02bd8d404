"""What one line of a call says, as named signals with evidence: the per-line API.

These are general rules about how people talk on the phone (a question, a self-introduction,
a stated purpose, a price, a list of features...), not lists of sentences from any corpus.
Each concept has its module in :mod:`roleplay.language` (names, purpose, questions, times,
asks, pricing, features, courtesy, honesty, voicemail); this one runs them all on a rep
line and names what fired. Every rule is pure: text in, data out.

The conversation engine calls :func:`signals` on every rep line; :mod:`roleplay.scoring`
builds the mistake catalog from the same signals (:func:`line_signals`) plus a few
prospect-side detectors (:func:`~roleplay.language.voicemail.voicemail_greeting`,
:func:`~roleplay.language.pricing.asks_price`, :func:`~roleplay.language.names.asks_who`,
:func:`~roleplay.language.purpose.asks_purpose`,
:func:`~roleplay.language.honesty.claim_support`).
"""

from __future__ import annotations

from functools import lru_cache

from roleplay.language.answers import (
    asks_for_callback,
    bare_proposal,
    callback_offer,
    request,
    short_answer,
)
from roleplay.language.asks import (
    asks_for_proposal,
    asks_for_referrals,
    is_commitment_ask,
    next_step,
    offers_intro,
    only_accepts,
)
from roleplay.language.courtesy import (
    acknowledges,
    door_open,
    easy_out,
    goodbye,
    greeting,
    kind_words,
    pressure,
    put_down,
    self_talk,
    thanks,
)
from roleplay.language.features import (
    enumerated_list,
    feature_list,
    listed_before_asking,
    sales_offer,
    states_benefit,
)
from roleplay.language.honesty import (
    apology,
    claims_their_company,
    connection_note,
    disclaimer,
    expected_call,
    met_context,
    misleading_claim,
    owns_sale,
    says_yes_to_expected,
    shared_past,
)
from roleplay.language.names import asks_who, introduction
from roleplay.language.pricing import answers_price_question, asks_price, pricing
from roleplay.language.purpose import asks_purpose, plain_purpose, stated_reason
from roleplay.language.questions import (
    asks_contact_details,
    asks_job_title,
    asks_right_person,
    checks_record,
    demands_routing,
    is_discovery,
    is_embedded_question,
    is_offer,
    is_routing,
    is_scheduling,
    is_small_talk,
    is_time_check,
    only_recalls,
    updates_record,
)
from roleplay.language.text import (
    Lazy,
    Rule,
    is_question,
    normalise,
    sentences,
    word_count,
)
from roleplay.language.times import (
    PAST_TENSE,
    asks_for_time,
    only_a_time,
    proposed_time,
    set_time,
    time_slot,
)
from roleplay.language.voicemail import phone_number

#: Signal name -> what it means. Scenario authors reference these names (custom codes,
#: engine conditions), so keep them stable.
SIGNALS: dict[str, str] = {
    "introduction": "the rep states their own personal name ('this is Dana', 'Dana from Acme', 'Dana here')",
    "reason": "the rep states why they are calling ('I'm calling because/about/to...', 'the reason for my call')",
    "question": "the line asks a question",
    "discovery_question": "a question about the prospect's business, role, process, challenges, goals or name"
    " (not small talk, not 'is now a good time', not a meeting ask)",
    "commitment_ask": "the rep asks for a commitment: a meeting, demo, call, visit, trial or purchase",
    "next_step": "a concrete next step: a meeting or call at a time, sending something specific,"
    " an introduction to a person, an agreed follow-up",
    "intro_offer": "a next step that introduces them to someone ('want me to introduce you to her?',"
    " 'would it help if I introduced you?')",
    "referral_ask": "the rep asks them to vouch for the rep's business: to introduce or refer the rep to"
    " people they know, or to leave a review ('could you intro me to a few of your clients?', 'send some"
    " clients my way', 'do you know anyone who needs...', 'could you leave me a google review?')",
    "pricing": "the line states a price, cost, fee, discount or trial term ('$30 a month', '20% off', '30-day free trial')",
    "price_answer": "pricing given right after the prospect asked about price, or named as the answer"
    " to their question ('you asked what it costs: $40 a seat')",
    "feature_list": "one sentence lists three or more product features or technical specifications",
    "sales_offer": "the rep sells, however lightly: offers paid work or a deal ('I could put together"
    " a quote', 'I'm doing a refresh package this month', 'a free audit'), brings in the product"
    " ('let me tell you a bit about what we do'), or sizes up the sale ('what's your budget?')",
    "benefit": "the rep states an outcome for the prospect, what the product does for them ('so your crew"
    " hears about it hours earlier', 'it means you stop losing loads', 'you'd save...', 'which cuts...')",
    "acknowledge": "a plain acknowledgement or agreement ('yes', 'fair enough', 'you're right',"
    " 'it is a sales call', 'thank you', 'ok')",
    "disclaimer": "the rep claims the call is not sales ('I'm not selling anything', 'this isn't a sales call')",
    "apology": "the rep apologizes for calling, interrupting or taking the person's time",
    "misleading_claim": "the rep claims a relationship, expectation or pretext ('she's expecting my call',"
    " 'I'm returning his call', 'a friend of hers')",
    "connection_note": "the rep says how they are connected online ('we connected on LinkedIn last week',"
    " 'you sent me a connection request', 'thanks for the connect')",
    "claimed_past": "the rep claims the two of them have met or talked before ('great to talk again',"
    " 'remember we met at the mixer', 'we talked about working together'): a misleading_claim of that kind",
    "expected_call": "the rep claims the call itself was expected or asked for ('she's expecting my"
    " call', 'returning his call', 'your manager asked me to call'): a misleading_claim of that kind",
    "met_context": "the rep says how they met, with where or when to check it ('we met at the Eastside"
    " breakfast last Thursday', 'Marcus Bell introduced us at the Marlowe')",
    "owns_sale": "the rep owns up to selling, the opposite of the disclaimer ('I'll be honest, this is a"
    " sales call', 'yes, I'm selling something')",
    "phone_number": "a phone number, in digits ('312-555-0157', '(312) 555 0157') or spoken as words",
    "greeting": "the line opens with a greeting (hi, hello, good morning...)",
    "goodbye": "the line closes the call (bye, have a good day, take care...)",
    "thanks": "the rep thanks the prospect ('thank you', 'thanks so much', 'I appreciate your help')",
    "easy_out": "the rep makes 'no' easy to say ('no pressure', 'if it's a no, no worries', 'either"
    " answer is fine')",
    "door_open": "the rep leaves the door open for them to come back later ('if anything changes, you have"
    " my number', 'if it becomes useful later, just call me')",
    "kind_words": "the rep says something warm about them or their news that asks nothing ('that's so good"
    " to hear', 'you deserve it', 'I hope somebody baked you a cake', 'I always loved working with you')",
    "pressure": "the rep leaves no room for a no ('no excuses', 'just cancel whatever you've got',"
    " 'can't you just move it', 'I won't take no for an answer', 'what have you got to lose')",
    "put_down": "the rep talks down to them: an insult, their choices run down, or a favour made of the"
    " rep's time ('are you deaf?', 'your loss', 'I suppose I can fit you in')",
    "self_talk": "the rep tells their own story, two things or more and nothing about them ('it's been a"
    " crazy year for me, I lost my biggest client', 'my landlord is a nightmare, don't get me started')",
    "long_turn": "the line is longer than 80 words",
    "small_talk": "a pleasantry question ('how are you?', 'how's your week going?')",
    "time_check": "asks for time on this call ('is now a good time?', 'got a minute?')",
    "routing": "asks for or about a person to be put through to ('is Dr. Patel available?', 'could I speak with...')",
    "right_person": "asks who owns, handles or decides on something ('who looks after billing software"
    " there?', 'who'd be the right person for this?')",
    "record_check": "asks whether something on file is still right ('is that still accurate?',"
    " 'is Mark still your marketing manager?')",
    "updates_record": "the rep promises to put their own record right ('I'll update it today', 'let me fix our"
    " records'): the record kept, not a step with them",
    "contact_details": "asks for or checks how to reach someone: an email, a number, an extension,"
    " a spelling ('what's the best email for her?', 'is jo@acme.com still good?')",
    "asks_name": "asks the other person's own name ('who am I speaking with?', 'may I take your"
    " name?')",
    "job_title": "asks a contact's job title or role, for the record ('and her exact title?', 'what"
    " position does she have?')",
    "ignored_question": "the prospect's line before asked who is calling or what it is about, and this line does not answer",
    "affirm": "a short yes to the question the prospect just asked ('yes please', 'sure', 'that works', 'please do')",
    "deny": "a short no to the question the prospect just asked ('no', 'not really', 'no thanks')",
    "set_time": "names a set day or clock time ('Thursday at 10', 'tomorrow morning', 'the 12th'),"
    " not a vague one ('next week', 'sometime', 'in March')",
    "callback_request": "the rep asks them to call, text or get back to the rep ('call me back when you can',"
    " 'just ring me at 555-0142', 'have your manager call me'), not 'no need to call back'",
    "refused_time": "proposes again a day or time the prospect already turned down in this call ('Thursday"
    " at noon, then?' after 'Thursday noon's out')",
    "callback_offer": "offers to call back at a better time, or lets them pick the time ('when's a decent time to call you back?')",
}


#: Signals that no other signal depends on and the scorecard does not read (the engine, a
#: scenario's intents and codes, and ``explain`` do): ``line_signals(..., scored_only=True)``
#: leaves them out, and a line's :class:`~roleplay.language.analysis.Signals` reads them
#: only when they are first asked for, so a batch of scores never pays for them.
UNSCORED = frozenset(
    {
        "intro_offer",
        "referral_ask",
        "refused_time",
        "benefit",
        "sales_offer",
        "acknowledge",
        "contact_details",
        "job_title",
        "asks_name",
        "record_check",
        "updates_record",
        "owns_sale",
        "met_context",
        "expected_call",
        "claimed_past",
        "connection_note",
        "phone_number",
        "greeting",
        "goodbye",
        "thanks",
        "easy_out",
        "door_open",
        "pressure",
        "put_down",
        "callback_request",
        "kind_words",
        "self_talk",
    }
)


#: Default length above which a single line is a monologue (the catalog's 80 words).
LONG_TURN_WORDS = 80

#: Lines are analysed up to this many characters (a spoken turn is a few hundred); the
#: word count still covers the whole line. Keeps a 1 MB paste from taking seconds.
MAX_ANALYSED_CHARS = 10_000


def signals(text: str, *, previous: str | None = None) -> dict[str, str]:
    """The signals found in one rep line, each with the words that triggered it.

    Args:
        text: One rep line.
        previous: The prospect's line just before it, if any: it decides whether pricing
            answers a price question and whether the line ignores a who's-calling or
            what's-it-about question.

    Returns:
        ``{signal name: evidence}`` for every signal in :data:`SIGNALS` that fires.
    """
    if previous:
        found = line_signals(
            text,
            asks_who(previous),
            asks_purpose(previous),
            asks_price(previous),
            prev_time=proposed_time(previous),
        )
    else:
        found = line_signals(text, None, None, None)
    return in_context(found, text, previous=previous)


# Someone else away just now, said by the one on the line: "He's with patients until noon.",
# "she's in a meeting", "they're out till two".
_AWAY_NOW = Lazy(
    r"^\W*(?:(?:[Oo]h|[Ss]orry|[Uu]m|[Uu]h|[Nn]o|[Ww]ell|[Ss]o|[Aa]h)\W+)*"
    r"(?:[Hh]e|[Ss]he|[Tt]hey|(?:(?:Dr|Mr|Mrs|Ms)\.?\s+)?(?!(?:It|That|This|There|What|We|You|I)\b)[A-Z][a-z]+)"
    r"(?:'s|'re|\s+is|\s+are|\s+will\s+be|'ll\s+be)"
    r"\s+(?:\w+\s+){0,2}?(?:with|in|out|away|off|at|busy|tied|not|gone|unavailable|booked|travel\w*|on\s+(?:a|the|leave|holiday|vacation))\b"
)


# "I'm trying to find out who decides on billing software": asking who, as a statement.
_ASKS_WHO_INDIRECTLY = Lazy(
    r"(?i)\b(?:find\s+out|wonder(?:ing)?|know|tell\s+me|figure\s+out|not\s+sure|curious|asking)\s+who\b"
)


# Sounds and small words around an echo: "Oh, three ah?", "sorry, tuesday?", "wait, the
# morning?"
_ECHO_PARTICLES = frozenset(
    "oh ah ahh aah eh huh hm hmm sorry what wait really lah la ok okay so um uh erm right"
    " yeah yes no pardon".split()
)
_ECHO_SMALL = frozenset("the a an in of at on to for this that".split())
_ECHO_WORDS = Lazy(r"[a-z0-9']+")


def _echoes(asked: str, previous: str) -> bool:
    """A question that only says back a word or two of the prospect's line ("it's three in
    the morning here" ... "Oh, three ah?"): a check of what was heard, not a question about
    them."""
    if len(asked) > 40:
        return False  # (four words and a few sounds at most: most questions are longer)
    words = [w for w in _ECHO_WORDS.findall(asked.lower()) if w not in _ECHO_PARTICLES]
    content = [w for w in words if w not in _ECHO_SMALL]
    if not 1 <= len(content) <= 2 or len(words) > 4:
        return False
    heard = set(_ECHO_WORDS.findall(previous.lower()))
    return all(w in heard for w in words)


def _discovery_after(text: str, echoed: str, previous: str) -> str | None:
    """The first question about them in ``text`` after the sentence ``echoed``."""
    scratch: dict[str, str] = {}
    before: str | None = None
    seen = False
    for sentence in sentences(normalise(text[:MAX_ANALYSED_CHARS])):
        for part, question in _alternatives(sentence):
            if seen:
                _question_signals(scratch, part, question, before, False)
                asked = scratch.pop("discovery_question", None)
                if asked is not None and not _echoes(asked, previous):
                    return asked
            seen = seen or part == echoed
            before = part
    return None


def in_context(
    found: dict[str, str], text: str, *, previous: str | None, opening: bool = False
) -> dict[str, str]:
    """The second reading of a line: what depends on what came just before (a short yes
    or no to a question or an offer, a day named when asked for one), an offer to call
    back (which makes a "when" question
    scheduling, not discovery), and a meeting proposed without its verb ("15 min tues
    1pm?"). ``found`` is the line's own signals; it is updated and returned."""
    low = text.lower()
    echoed = found.get("discovery_question")
    if echoed is not None and previous and _echoes(echoed, previous):
        # "Oh, three ah?" after "it's three in the morning": a later question may still ask
        del found["discovery_question"]
        later = _discovery_after(text, echoed, previous)
        if later is not None:
            found["discovery_question"] = later
    if "commitment_ask" not in found and ("min" in low or "quick" in low):
        for sentence in sentences(text):
            proposal = bare_proposal(sentence)
            if proposal:
                found["commitment_ask"] = found["next_step"] = proposal
                # A proposal is not a question about them.
                if found.get("discovery_question") == proposal:
                    del found["discovery_question"]
                break
    if opening and "reason" not in found:
        # "Hi, Dana from Acme, we help clinics cut no-shows": in the opener, saying what we
        # do is saying why we call.
        purpose = plain_purpose(text)
        if purpose:
            found["reason"] = purpose
            if "introduction" in found:
                found.pop("ignored_question", None)  # both who and why are answered now
    asked = found.get("discovery_question")
    # (a question has been read for a request already, in _question_signals; a question
    # asked as a statement has not: "would you mind telling me about your process.")
    if asked and not is_question(asked):
        asking = request(asked)
        if asking:
            # "Would you mind transferring me?" asks a favour, not about their business.
            del found["discovery_question"]
            if asking[1] and "routing" not in found:
                found["routing"] = asking[0]
    routed = found.get("routing")
    ask = found.get("commitment_ask")
    if (
        ask is not None
        and only_a_time(ask)
        and (routed or (previous is not None and _AWAY_NOW.search(previous)))
    ):
        # a time put for the one being sought, not to the one on the line: "ok, what
        # about after lunch, is he usually free then", after "He's with patients until noon."
        del found["commitment_ask"]
        if found.get("next_step") == ask:
            del found["next_step"]
    if routed and not opening and "next_step" not in found:
        asking = request(routed)
        if asking and asking[1] and _TO_A_PERSON.search(routed):
            # put through to the person named, once the call has found them: an
            # introduction to the right person (asked first thing, it is only a way in)
            found["next_step"] = asking[0]
    if "misleading_claim" not in found and previous:
        claim = claims_their_company(text, low, previous) or says_yes_to_expected(text, previous)
        if claim:
            found["misleading_claim"] = claim
    answer = short_answer(text, previous)
    if answer:
        found[answer[0]] = answer[1]
    if "set_time" in found and "next_step" not in found and previous and asks_for_time(previous):
        found["next_step"] = found["set_time"]  # "What day should I tell her?" "Friday at 9."
    offer = callback_offer(text)  # gated on its own words
    if offer and "time_check" in found and "set_time" not in found:
        # the other half of a time check: "is now an ok time, or should I try another
        # day?" asks for this call; it offers no call back
        check = found["time_check"]
        at = text.find(check)
        if at >= 0 and _OR_ELSE.fullmatch(text, at + len(check), max(text.find(offer), 0)):
            offer = None
    if offer:
        found["callback_offer"] = offer
        if "set_time" in found and "next_step" not in found:
            # a call back offered and its time named in one turn: "want me to call you back
            # at a better time? like thursday at 4"
            found["next_step"] = offer
        # Asking when to call back is scheduling, not a question about them (nor is a
        # question of its own that hands them the time: "is there a time that works?").
        asked = found.get("discovery_question", "")
        if offer in asked or (asked and callback_offer(asked)):
            del found["discovery_question"]
    return found


# What joins a time check to its alternative: "..., or ...", "...? or else ...".
_OR_ELSE = Lazy(
    r"(?i)[\s,?.-]*or(?:\s+else)?\s+(?:(?:should|shall|can|could|would\s+it\s+be\s+better\s+if|is\s+it\s+better\s+if"
    r"|do\s+you\s+want\s+me\s+to|would\s+you\s+rather)\s+(?:i\s+|we\s+)?)?(?:just\s+)?"
)


# Who a transfer is to: a person by name, or by "him", "her", "them".
_TO_A_PERSON = Lazy(
    r"(?i)\b(?:to|with)\s+(?:him|her|them|(?:mr|ms|mrs|dr)\.?\s+[a-z]+|(?!(?:his|their|the|a|an|our|your|my|voicemail"
    r"|accounts?|accounting|billing|sales|reception|someone|somebody|anyone|whoever|that|this|it)\b)[a-z]+)\b"
)


def line_signals(
    text: str,
    prev_who: str | None,
    prev_what: str | None,
    prev_price: str | None,
    *,
    prev_time: str | None = None,
    scored_only: bool = False,
) -> dict[str, str]:
    """:func:`signals`, given what the prospect's previous line asked (already detected).

    ``prev_time`` is the time the prospect's previous line proposed, if any: agreeing to it
    ("Perfect, I'll call then") is a concrete next step. ``scored_only`` leaves out the
    signals of :data:`UNSCORED` (the others are found exactly as without it).

    The analysis is pure, so it is memoised on the line and its context: a batch of calls
    that share lines (openers, "Thanks, bye.") analyses each one once. The caller gets its
    own copy of the result.
    """
    return dict(_line_signals(text, prev_who, prev_what, prev_price, prev_time, not scored_only))


@lru_cache(maxsize=16384)
def _line_signals(
    text: str,
    prev_who: str | None,
    prev_what: str | None,
    prev_price: str | None,
    prev_time: str | None,
    every: bool,
) -> dict[str, str]:
    # Signals are found in a fixed order (the order of the dict the caller gets): who and
    # why, then sentence by sentence, then what needs the whole line.
    norm = normalise(text[:MAX_ANALYSED_CHARS])
    sents = sentences(norm)
    found: dict[str, str] = {}
    _who_and_why(found, norm, sents, prev_who, prev_what)
    previous: str | None = None
    for sentence in sents:
        for part, question in _alternatives(sentence):
            _sentence_signals(found, part, previous, prev_time, question, every)
            previous = part
    if "commitment_ask" in found and "set_time" in found and "next_step" not in found:
        # a meeting asked for and a day named in the same line: "would you be up for a
        # proper conversation? say thursday at 10 your time"
        found["next_step"] = found["commitment_ask"]
    if "set_time" in found and "next_step" not in found and "?" in norm:
        # an offer, then its time: "would it be ok if I sent you a breakdown? and called
        # you friday at 11 to go over it"
        for sentence in sents:
            if is_question(sentence) and is_offer(sentence):
                found["next_step"] = sentence
                break
    _pitch_signals(found, norm, sents, prev_price)
    _honesty_signals(found, norm, every)
    _call_signals(found, text, norm, every)
    _ignored_question(found, prev_who, prev_what)
    owned = found.get("owns_sale")
    if owned is not None and found.get("sales_offer", "\0") in owned:
        # "we sell booths, but today it is only for the record": owned and set aside, not sold
        del found["sales_offer"]
    return found


# A question that offers a second question as the alternative: "would Tuesday at 2 work, or
# should I set it up with whoever runs maintenance?" asks for a meeting, then who to ask.
_OR_ASKS = Rule(
    r",\s+or\s+(?=(?:should|shall|would|could|can|do|does|is|are|will|who|what|when|where|how)\s)"
)


# A question joined on to what comes before it: "ok, who's that, and what's the best way to
# reach them?", "we're in two hundred plants now, so, uh, how are your supervisors building
# schedules today?", "we connected on linkedin last week, how's the new role going?" (the
# part before is read on its own: a question or a statement).
_THEN_ASKS = Rule(
    r"(?:,\s+(?:(and|so)\W+)?|\s(--+)\s*)(?:(?:um|uh|er|like|you\s+know|then|anyway)\W+)*"
    r"(?=(?:what|what's|whats|how|how's|hows|when|where|which|who|who's|whos|why|is|are|do|does|did|can|could|would|will)\s"
    # ... or cut off and asked again without its verb: "i'll be in town thursday and --
    # you free for lunch?"
    r"|you\s+(?:free|around|available|up\s+for|open\s+to)\b)"
)

_OUR_STATEMENT = Rule(
    r"\W*(?:(?:so|and|well|ok|okay|yeah|hey|hi|oh|um|uh)\W+)*(?:we|i|i'm|i've|we're|we've|our|my|it's|its|there's)\b"
)


def _alternatives(sentence: str) -> list[tuple[str, bool]]:
    """The sentence and whether it asks; or its two questions when it asks one ", or"
    another; or what comes before a question joined on (with ", and", ", so", a cut-off
    "--", or a bare comma after a statement of ours), and the question."""
    question = is_question(sentence)
    if not question:
        return [(sentence, question)]
    if ", or " in sentence or ",or " in sentence:
        split = _OR_ASKS.search(sentence)
        if split is not None:
            return [(sentence[: split.start()], True), (sentence[split.end() :], True)]
    if ", " in sentence or "--" in sentence:
        for split in _THEN_ASKS.finditer(sentence):
            first = sentence[: split.start()]
            if len(first.split()) < 3:
                continue  # "ok great, and is it still...": a word or two is no part of its own
            asks = is_question(first)
            # With no "and" or "so", only after a statement of ours: "real quick, who does
            # your ap right now, is that in house?", "whoever handles it now, could I have
            # their name?" are one question.
            if (
                split.group(1)
                or split.group(2)
                or (_OUR_STATEMENT.match(first) and not any(map(is_question, first.split(","))))
            ):
                return [(first, asks), (sentence[split.end() :], True)]
    return [(sentence, question)]


def _who_and_why(
    found: dict[str, str],
    norm: str,
    sents: list[str],
    prev_who: str | None,
    prev_what: str | None,
) -> None:
    """introduction and reason (a bare name, or a plain purpose, answering the prospect)."""
    intro = introduction(norm, prev_who is not None)
    if intro:
        found["introduction"] = intro
    why = stated_reason(norm, sents, prev_what is not None)
    if why:
        found["reason"] = why


def _sentence_signals(
    found: dict[str, str],
    sentence: str,
    previous: str | None,
    prev_time: str | None,
    question: bool,
    every: bool,
) -> None:
    """The signals of one sentence (``question``: whether it asks; ``every``: the
    :data:`UNSCORED` ones too); each keeps the first sentence it fired on."""
    commitment = _question_signals(found, sentence, question, previous, every)
    # A next step is looked for until one is found, and after that only in a sentence that
    # could offer an introduction (next_step gives back the sentence it read).
    intro = every and "intro_offer" not in found and offers_intro(sentence)
    if intro or "next_step" not in found:
        step = next_step(sentence, commitment, prev_time, question)
        if step:
            found.setdefault("next_step", step)
            if intro:
                found["intro_offer"] = step
    if found.get("discovery_question") == sentence and asks_for_referrals(sentence):
        del found["discovery_question"]  # a favour asked, not a question about them
    if every and "referral_ask" not in found:
        wanted = asks_for_referrals(sentence)
        if wanted:
            found["referral_ask"] = wanted
    if "set_time" not in found:
        day = set_time(sentence)  # (gated on its words: most sentences stop here)
        if day and not PAST_TENSE.search(sentence):
            found["set_time"] = day
    if "feature_list" not in found:
        listed = feature_list(sentence) if not question else listed_before_asking(sentence)
        if listed:
            found["feature_list"] = listed
    if not every:
        return
    if not question and "benefit" not in found and states_benefit(sentence):
        found["benefit"] = sentence
    if "sales_offer" not in found:
        offer = sales_offer(sentence)
        if offer:
            found["sales_offer"] = offer
    if "acknowledge" not in found and acknowledges(sentence, question):
        found["acknowledge"] = sentence


# "How's it going?" just after their news ("congratulations on the third shop", "saw you
# opened in Reno") asks how the news is going: about them, not a pleasantry.
_HOW_IS_IT = Lazy(r"(?i)^\W*(?:(?:so|and)\W+)?how(?:'s|s|\s+is)\s+it\s+(?:all\s+)?going\W*$")
_THEIR_NEWS = Lazy(
    r"(?i)\bcongrat\w*\s+on\b|\b(?:the|your)\s+(?:new|second|third|fourth|latest|other)\s+\w"
    r"|\b(?:you|you've|you\s+have|you\s+guys)\s+(?:just\s+|recently\s+)?(?:opened|launched|expanded|moved|took\s+over|started|hired|won)\b"
)


# What a record read out should say instead: "Mine says mark@corvid.com. What should it say?"
_WHAT_SHOULD_IT = Lazy(
    r"(?i)^\W*(?:(?:so|and|ok|okay)\W+)?what\s+(?:should|would|does|do|is)\s+(?:it|that|i)\s+(?:say|be|read|put|have)\b"
    r"|\bwhat\s+(?:should|do)\s+i\s+(?:change\s+it\s+to|put\s+instead)\b"
    # ... or which is right: "what is the good one", "which one is correct now"
    r"|^\W*(?:(?:so|and|ok|okay|then)\W+)?(?:what\s+is|what's|whats|which\s+(?:one\s+)?is)\s+(?:the\s+)?(?:good|right|correct|new|current)(?:\s+one)?\W*(?:now\W*)?$"
)
# A way to reach them, read out: "the email we have is...", "your mailing address as 14
# Quarry Road", "the main phone" (not "the number of trucks").
_CONTACT_READ = Lazy(
    r"(?i)\b(?:e-?mail|address|phone|fax|extension|mobile|cell|direct\s+line|number(?!\s+of\b))\b"
)
# Whether what was just read out still holds: "is that still good", "does it still work".
_STILL_GOOD = Lazy(
    r"(?i)^\W*(?:(?:so|and|ok|okay)\W+)?(?:is|does)\s+(?:that|it|this)\s+(?:one\s+)?(?:still\s+)?"
    r"(?:good|right|correct|current|valid|working|work|accurate|active|live|the\s+best)\b"
)


# Something of theirs put first, then "how is it?": "tell me, the new job, how is it?",
# "and the shop. how's it going?" (not the small talk of "the family, how are they?")
_TOPIC = (
    r"(?:^|[,:]\s*|\btell\s+me\W+)(?:(?:and|so|but|ok|okay)\s+)?(?:the|your|ur)\s+"
    r"(?!(?:[\w'-]+\s+){0,3}?(?:weather|family|kids|children|wife|husband|health|weekend|holidays?|trip|journey|flight|rain|heat|day|morning|evening|night|people|folks|mum|mom|dad|mother|father|baby|wedding)\b)"
    r"(?:[\w'-]+\s+){0,3}?[\w'-]+"
)
_TOPIC_THEN_HOW = Lazy(
    rf"(?i){_TOPIC}\s*,\s*how(?:'s|s|\s+is|\s+are)\s+(?:it|they|that|things)(?:\s+(?:all\s+)?going)?(?:\s+(?:now|so\s+far|there))?\W*$"
)
_TOPIC_ALONE = Lazy(rf"(?i){_TOPIC}\W*$")
_HOW_IS_IT_NOW = Lazy(
    r"(?i)^\W*(?:(?:so|and|but)\W+)?how(?:'s|s|\s+is|\s+are)\s+(?:it|they|that|things)(?:\s+(?:all\s+)?going)?(?:\s+(?:now|so\s+far|there))?\W*$"
)


def _asks_after_news(sentence: str, previous: str | None) -> bool:
    """ "How is it?" about their news or about something of theirs just named."""
    if "how" not in sentence.lower():
        return False
    if _TOPIC_THEN_HOW.search(sentence) is not None:
        return True
    return previous is not None and (
        (_HOW_IS_IT.search(sentence) is not None and _THEIR_NEWS.search(previous) is not None)
        or (
            _HOW_IS_IT_NOW.search(sentence) is not None
            and _TOPIC_ALONE.search(previous) is not None
        )
    )


def _question_signals(
    found: dict[str, str], sentence: str, question: bool, previous: str | None, every: bool
) -> bool:
    """question, small_talk, discovery_question, time_check, routing and commitment_ask
    for one sentence (``previous`` is the sentence before it, if any); returns whether the
    sentence is a commitment ask."""
    # Time checks and routing requests are questions ("got a minute?", "is she in?").
    time_check = (
        question and is_time_check(sentence) and time_slot(sentence, allow_today=False) is None
    )
    routing = (question and is_routing(sentence)) or (not question and demands_routing(sentence))
    commitment = (
        not (time_check or routing)
        and (
            is_commitment_ask(sentence, question)
            or (question and previous is not None and asks_for_proposal(previous, sentence))
        )
        # (a dinner remembered is no dinner proposed: "we met at the logistics dinner in March?")
        and not only_recalls(sentence)
    )
    if question:
        found.setdefault("question", sentence)
        small_talk = is_small_talk(sentence) and not _asks_after_news(sentence, previous)
        if small_talk:
            found.setdefault("small_talk", sentence)
        if (
            "discovery_question" not in found
            and not (commitment or small_talk or time_check or routing)
            and is_discovery(sentence)
            and not is_scheduling(sentence)
            and not only_a_time(sentence)
            # ("Is good?" after a plan with its time asks agreement, nothing about them; not
            # "your current rota. does it work?")
            and not (
                only_accepts(sentence)
                and previous is not None
                and time_slot(previous, allow_today=True) is not None
            )
        ):
            asking = request(sentence)
            if asking is None:
                found["discovery_question"] = sentence
            elif asking[1]:
                # "Would you mind transferring me?" asks a favour, not about their business;
                # a later sentence may still ask about them ("can you do me a favor, who
                # handles your fleet insurance?").
                found.setdefault("routing", asking[0])
    elif (
        "discovery_question" not in found
        and not commitment
        and is_embedded_question(sentence)
        and not is_scheduling(sentence)
        and not is_time_check(sentence)
    ):
        found["discovery_question"] = sentence
    if time_check:
        found.setdefault("time_check", sentence)
    if routing:
        found.setdefault("routing", sentence)
    if "right_person" not in found and (
        question
        or "discovery_question" in found
        or "whoever" in (low := sentence.lower())
        # every match has "who" in it (only ASCII letters fold to w, h and o)
        or ("who" in low and _ASKS_WHO_INDIRECTLY.search(sentence) is not None)
    ):
        person = asks_right_person(sentence)
        if person:
            found["right_person"] = person
    if every and "record_check" not in found and checks_record(sentence, question):
        found["record_check"] = sentence
    # "and the email mark.delaney@corvidtools.com, is that still good?", "I've got your
    # mailing address as 14 Quarry Road. is that still right?": a way to reach them on file,
    # checked (a check of a detail, not a question about them, for the scorer too)
    read_back = (
        question
        and previous is not None
        and _STILL_GOOD.search(sentence) is not None
        and ("@" in previous or _CONTACT_READ.search(previous) is not None)
    )
    if read_back and found.get("discovery_question") == sentence:
        del found["discovery_question"]
    if every and "contact_details" not in found:
        detail = asks_contact_details(sentence, question)
        if (
            not detail
            and question
            and previous is not None
            and "@" in previous
            and _WHAT_SHOULD_IT.search(sentence)
        ):
            # the address on file read out, then "what should it say?": the detail asked for
            detail = sentence
        if not detail and read_back:
            detail = sentence
        if detail:
            found["contact_details"] = detail
    if every and "job_title" not in found:
        title = asks_job_title(sentence, question)
        if title:
            found["job_title"] = title
    if every and "asks_name" not in found:
        # (the words a prospect asks "who's calling?" with, said by the rep)
        who = asks_who(sentence)
        if who:
            found["asks_name"] = who
    if commitment:
        found.setdefault("commitment_ask", sentence)
    return commitment


def _pitch_signals(
    found: dict[str, str], norm: str, sents: list[str], prev_price: str | None
) -> None:
    """A feature list spread over numbered sentences, pricing, and pricing that answers."""
    if "feature_list" not in found and len(sents) >= 3:
        listed = enumerated_list(sents)
        if listed:
            found["feature_list"] = listed
    price = pricing(norm)
    if price:
        found["pricing"] = price
        if prev_price:
            found["price_answer"] = price
        else:
            # "you asked what it costs: $40 a seat" answers a question asked earlier
            answer = answers_price_question(norm)
            if answer:
                found["price_answer"] = answer


def _honesty_signals(found: dict[str, str], norm: str, every: bool) -> None:
    """disclaimer, apology, misleading_claim and owns_sale (``every``)."""
    low = norm.lower()
    said = disclaimer(norm, low)
    if said:
        found["disclaimer"] = said
    said = apology(norm, low)
    if said:
        found["apology"] = said
    claim = misleading_claim(norm, low)
    if claim is not None:
        found["misleading_claim"] = claim
    if every:
        context = met_context(norm, claim)
        if context:
            found["met_context"] = context
        expected = expected_call(norm, claim)
        if expected:
            found["expected_call"] = expected
        if claim is not None and shared_past(claim):
            found["claimed_past"] = claim
    if every and "disclaimer" not in found:
        owned = owns_sale(norm, low)
        if owned:
            found["owns_sale"] = owned


# Signals of the whole line, each read by one rule on the normalised line (all UNSCORED).
_LINE_RULES = (
    ("phone_number", phone_number),
    ("greeting", greeting),
    ("goodbye", goodbye),
    ("thanks", thanks),
    ("easy_out", easy_out),
    ("door_open", door_open),
    ("pressure", pressure),
    ("put_down", put_down),
    ("callback_request", asks_for_callback),
    ("connection_note", connection_note),
    ("updates_record", updates_record),
    ("kind_words", kind_words),
    ("self_talk", self_talk),
)


def _call_signals(found: dict[str, str], text: str, norm: str, every: bool) -> None:
    """phone_number, greeting, goodbye, thanks, easy_out and callback_request (``every``), and long_turn (on
    the whole line)."""
    if every:
        for name, rule in _LINE_RULES:
            said = rule(norm)
            if said:
                found[name] = said
    words = word_count(text)
    if words > LONG_TURN_WORDS:
        found["long_turn"] = f"{words} words"


def _ignored_question(found: dict[str, str], prev_who: str | None, prev_what: str | None) -> None:
    """The prospect asked who is calling, or what it is about, and the line does not say."""
    if prev_who and "introduction" not in found:
        found["ignored_question"] = prev_who
    elif prev_what and "reason" not in found:
        found["ignored_question"] = prev_what
