"""Rules split into gated parts (``AnyOf``) match exactly where the one regex they replace did.

Each original is kept here as it was written; random sentences built from its own words,
digits and punctuation must get the same yes or no from both.
"""

from __future__ import annotations

import random
import re

import pytest

from roleplay.language import asks, features, questions
from roleplay.language.text import AnyOf, Rule

_ORIGINAL_COMMIT_NOUN = Rule(
    r"\b(?:demo(?:nstration)?s?|meeting|appointment|walk-?through|presentation|assessment|estimate|consultation|tour|visit"
    r"|coffee|lunch|breakfast|drinks|trial|pilot|sign\s+(?:up|on)|purchase|buy|order|contract|agreement"
    r"|(?:a|quick|short|brief|follow-up|phone|video|zoom|teams|intro|discovery|\w+-minute|second)\s+(?:call|chat)|call\s+with"
    r"|(?<!under\s)(?<!than\s)(?<!within\s)(?<!in\s)(?<!every\s)(?<!per\s)(?<!over\s)(?<!about\s)(?:(?:an|half\s+an|one|1|two|an\s+extra)\s+hours?|(?:\d+|fifteen|twenty|thirty|forty-five|ten)[\s-]+minutes?\s+(?:on|with|next|this|to|monday|tuesday|wednesday|thursday|friday|tomorrow))"
    r"|calendar|sit\s+down|get\s+together|meet(?:\s+with)?\s+(?:you|up)|come\s+(?:by|over|in|out)|stop\s+by|swing\s+by|drop\s+by"
    r"|pop\s+(?:by|in|over)|show\s+you|set\s+(?:something|a\s+time|it|that|one|you)\s+up|set\s+up\s+(?:a|some|time)|schedule|book|pencil|get\s+you\s+on"
    r"|(?:set\s+up|grab|take|book|schedule|find|carve\s+out|get)\s+(?:a\s+)?(?:\d+|five|ten|fifteen|twenty|thirty|forty-five)[\s-]*minutes?"
    # added later (session 25), in the original's own words: an order taken
    r"|(?<!\bhe\s)(?<!\bshe\s)(?<!\bthey\s)(?:(?:put|pencil|mark)\s+you\s+down\s+for|sign\s+you\s+up)"
    r"|get\s+you\s+(?:all\s+)?(?:set\s+up|signed\s+up|on\s+board(?:ed)?))\b",
    "down up board onboard onboarded demo demos demonstration demonstrations meeting appointment walk walkthrough presentation assessment"
    " estimate consultation tour visit coffee lunch breakfast drinks trial pilot sign purchase buy order contract"
    " agreement call chat hour hours minute minutes calendar sit get meet come stop swing drop pop show set schedule"
    " book pencil",
)

_ORIGINAL_FEATURE_WORDS = Rule(
    "\\b(?:ai|a\\.i\\.|ai-\\w+|machine\\s+learning|automat\\w*|auto-\\w+|real-time|realtime|live|dashboards?|analytics|reporting|reports?|integrations?|integrates?|sync\\w*|apis?|cloud|mobile|apps?|portals?|tracking|trackers?|alerts?|notifications?|reminders?|uptime|modules?|workflows?|e-?signatures?|compliance|compliant|encrypt\\w*|routing|scoring|summaries|feeds?|capture|uploads?|scheduling|drag-and-drop|clock-?(?:in|out)|gps|sms|chat|chatbots?|voip|logs?|templates?|crm|sso|single\\s+sign-on|storage|backups?|self-service|plug-?ins?|add-?ons?|interface|touchscreen|battery|sensors?|cameras?|resolution|bandwidth|processors?|wireless|bluetooth|wi-?fi|waterproof|modular|customi[sz]able|configurable|omnichannel|multi-\\w+|audit\\s+trails?|permissions|role-based|approvals?|panels?|led|built-in|magnetic|charging|light\\s*box(?:es)?|one-click|white-label|features?|functionality|updates?|monitoring|firewall|software|hardware|algorithm\\w*|ocr|scanning|scanner|sdk|widgets?|kiosk|bots?|sentiment|transcription|geofenc\\w*|telematics|biometric\\w*|warranty|specs?|ports?|hd|4k|ssd|usb|import|export|optimi[sz]\\w*|cad|engine)\\b|\\b\\d+(?:\\.\\d+)?\\s*(?:%|percent)\\s+uptime|\\b\\d+\\+?\\s+integrations|\\bevery\\s+(?:\\d+|\\w+)\\s+(?:seconds|minutes)\\b|\\b\\d+-bit\\b|\\bsoc\\s?2\\b|\\bhipaa\\b|\\biso\\s?\\d+|\\b\\d+(?:\\.\\d+)?\\s*(?:gb|tb|mb|ghz|mbps|gbps|mp|megapixels?|hz|fps|kwh|mah|ppm|dpi)\\b|\\b(?:\\d[\\d,.]*|(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|a)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?[\\s-]){0,3}(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|a)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)[\\s-](?:feet|foot|ft|inch(?:es)?|pounds?|lbs?|kg|kilos?|tons?|tonnes?|horsepower|hp|volts?|watts?|amps?|psi|rpm|gallons?|litres?|liters?|cc)\\b|\\b(?:two|four|all|\\d)[\\s-]wheel[\\s-]drive\\b|\\b\\d+-speed\\b"
    # added later (session 30), in the original's own words: a percent of uptime said in words
    r"|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|a)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|a)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)?\s+percent\s+uptime"
    # ... and a size ("10x20", added since), which its new words can now make
    r"|\b\d+\s?x\s?\d+\b"
)

_ORIGINAL_TIME_CHECK = Rule(
    "\\b(?:is|was)\\s+(?:now|this|it|that)\\s+(?:still\\s+)?(?:a\\s+|an\\s+)?(?:good|bad|okay|ok|alright|convenient|terrible|decent|busy|inconvenient|better|fine)\\s+(?:time|moment)|\\b(?:did|have|do)\\s+i\\s+(?:catch|caught|reach|call|get|find)\\s+(?:you|ya)\\s+(?:at\\s+)?(?:a\\s+|an\\s+)?(?:bad|good|busy|inconvenient|wrong|ok|okay|decent)|\\b(?:do|got|have|you)\\s+(?:you\\s+)?(?:got\\s+|have\\s+)?(?:a|one|two|three|four|five|ten|fifteen|twenty|thirty|forty|sixty|ninety|\\d+|a\\s+few|a\\s+couple(?:\\s+of)?|a\\s+quick|a\\s+spare)\\s+(?:quick\\s+|spare\\s+)?(?:minutes?|mins?|secs?|seconds?|moments?)\\b|\\bgot\\s+a\\s+(?:minute|sec|second|moment)\\b|\\b(?:can|could|may)\\s+(?:i|you)\\s+(?:have|give\\s+me|spare|borrow|steal)\\s+(?:a|one|two|three|\\d+|a\\s+few|a\\s+couple(?:\\s+of)?|thirty|sixty|ten|twenty)\\s*(?:quick\\s+)?(?:minutes?|seconds?|moments?)|\\b(?:are\\s+you|(?<!keeping\\s)(?<!keeps\\s)(?<!keep\\s)(?<!kept\\s)you)\\s+(?:busy|free\\s+to\\s+talk|able\\s+to\\s+talk|in\\s+the\\s+middle\\s+of\\s+something|driving)\\b|\\bcan\\s+you\\s+(?:talk|chat|hear\\s+me)\\b|\\b(?:good|bad)\\s+time\\s+to\\s+(?:talk|chat)\\b|\\bbad\\s+time\\b"
    # added later (session 42), in the original's own words: the moment alone asked about
    r"|\b(?:is\s+)?now\s+(?:still\s+)?(?:(?:a\s+)?(?:good|bad|okay|ok|alright|all\s+right|convenient|fine|any\s+good)|a\s+problem)"
    r"(?:\s+(?:for\s+(?:you|ya|u)|to\s+(?:talk|chat)))?\W*$"
)
# (session 34: the same whereabouts with "usually" before it and "then", "after lunch" or
# "on fridays" after it, in the original's own words; see questions._ROUTING)
_ORIGINAL_ROUTING = Rule(
    "\\b(?:can|could|may)\\s+i\\s+(?:please\\s+)?(?:speak|talk|have\\s+a\\s+word)\\s+(?:with|to)\\b|\\bput\\s+me\\s+through\\b|\\btransfer\\s+me\\b|\\bconnect\\s+me\\s+(?:to|with)\\b|^\\W*(?:(?:hi|hey|hello|and|so|great|thanks)\\W+(?:\\w+\\W+)?)?is\\s+(?:[\\w.']+\\s+){1,4}(?:in|available|around|there|free|in\\s+the\\s+office|at\\s+(?:his|her|their)\\s+desk|in\\s+today)\\s*(?:today|now|right\\s+now|at\\s+the\\s+moment|this\\s+\\w+|then|later|after\\s+lunch|(?:in|on)\\s+(?:the\\s+)?(?:mornings?|afternoons?|evenings?|(?:mon|tues|wednes|thurs|fri)days?))?\\W*$|(?:^\\W*(?:(?:hi|hey|hello|and|so|great|thanks)\\W+(?:\\w+\\W+)?)?|[,;]\\s*(?:and\\s+|so\\s+)?)is\\s+(?!(?:it|that|this|there|everything|anything|anyone)\\b)(?:he|she|they|(?:mr|mrs|ms|dr)\\.?\\s+[\\w'-]+|[\\w'-]+(?:\\s+[\\w'-]+)?)\\s+(?:(?:usually|normally|generally|typically|still)\\s+)?(?:about|around|in|available|free|there|in\\s+the\\s+office|at\\s+(?:his|her|their)\\s+desk|in\\s+today)\\s*(?:today|now|right\\s+now|at\\s+the\\s+moment|this\\s+\\w+|then|later|after\\s+lunch|(?:in|on)\\s+(?:the\\s+)?(?:mornings?|afternoons?|evenings?|(?:mon|tues|wednes|thurs|fri)days?))?\\W*$|\\bwhen(?:'s|'ll|'d|\\s+do\\s+you\\s+expect|\\s+will|\\s+would|\\s+is|\\s+does|\\s+might|\\s+should)\\s+(?:him|her|he|she|they|[\\w.]+)(?:\\s+[A-Za-z][\\w.]*)?\\s+(?:usually\\s+|normally\\s+|likely\\s+|generally\\s+|going\\s+to\\s+|gonna\\s+)?(?:to\\s+)?(?:be\\s+)?(?:back|in|available|free|around|return)|\\b(?:better|best|good)\\s+(?:time|way|number)\\s+to\\s+(?:reach|call|catch|get|contact)\\s+(?:him|her|them|\\w+)"
)
_ORIGINAL_CONFIRM_TAG = Rule(
    "^\\W*(?:(?:so|and|okay|ok|alright|well)\\W+)?(?:fair(?:\\s+enough)?|right|okay|ok|alright|deal|sounds?\\s+(?:good|fair|okay|ok)|make\\s+sense|makes\\s+sense|yeah|yes|you\\s+know|got\\s+it|cool|really|sorry|pardon|hello|you\\s+there|still\\s+there)\\W*$|\\b(?:does|would|will|did)\\s+(?:that|this|it)\\s+(?:make\\s+sense|sound\\s+\\w+|work\\s+for\\s+you|be\\s+(?:okay|ok|alright|fair|helpful|useful|all\\s+right))|\\b(?:could|can|would)\\s+you\\s+(?:repeat|say\\s+that\\s+again|spell|speak\\s+up|hear\\s+me)|\\b(?:can|could|may)\\s+i\\s+ask\\s+(?:you\\s+)?(?:a|one|two|a\\s+few|some|a\\s+couple|a\\s+quick)\\b|\\bmind\\s+if\\s+i\\s+ask\\b(?!\\s+(?:you\\s+)?(?:how|what|who|when|where|which|why|whether|if|about)\\b)|\\bwhat\\s+was\\s+that\\b|\\bcome\\s+again\\b|\\b(?:did|have)\\s+you\\s+(?:get|receive|see|read|had\\s+a\\s+chance\\s+to\\s+(?:look|review|read|see))\\s+(?:my|our|the)\\s+(?:e-?mail|message|voicemail|letter|note|package|brochure|info|proposal)|\\b(?:heard\\s+of|familiar\\s+with|know\\s+about)\\s+(?:us|our)\\b|\\b(?:would|are)\\s+you\\s+(?:be\\s+)?(?:interested|open)\\s+(?:in|to)\\s+(?:learning|hearing|seeing)\\b"
    # added later (session 42), in the original's own words: the deal checked
    r"|^\W*(?:(?:so|and|okay|ok|alright|well|great|perfect|right|then)\W+)*(?:we're|we\s+are|are\s+we)\s+(?:all\s+)?"
    r"(?:agreed|good|set|settled|square|sorted|on|clear)\W*$"
    # ... and a verdict on what was said ("great", added since), which its new words can now make
    r"|^\W*(?:(?:so|and|pretty|really|super|kinda|kind\s+of|very|quite|just)\W+)*(?:cool|neat|great|awesome|nice|slick|handy|smart|clever|simple|easy|amazing|wild|crazy|sweet)"
    r"\W*(?:right|huh|eh|yeah|no|isn't\s+it|don't\s+you\s+think)?\W*$"
)


def _feature_words() -> AnyOf:
    """features._has_feature_word, as an AnyOf-like object for the test below."""

    class _Split(AnyOf):
        def matches(self, text: str) -> bool:
            return features._has_feature_word(text)

    return _Split()


_CASES = [
    (_ORIGINAL_COMMIT_NOUN, asks._COMMIT_NOUN),
    (_ORIGINAL_FEATURE_WORDS, _feature_words()),
    (_ORIGINAL_TIME_CHECK, questions._TIME_CHECK),
    (_ORIGINAL_ROUTING, questions._ROUTING),
    (_ORIGINAL_CONFIRM_TAG, questions._CONFIRM_TAG),
]

_EXTRA = [
    "15",
    "1",
    "30-minute",
    "you",
    "up",
    "99%",
    "99.9",
    "12-speed",
    "4k",
    "14k",
    "a.i.",
    "ai-",
]
_EXTRA += ["Dr.", "Ms. Patel", "she", "keeping", "keep", "a.m.", "back", "in", "today", ";"]
_EXTRA += ["1,000", "64-bit", "soc2", "iso", "9001", "every", "wheel", "1tb", "uptimes", "auto-"]
_GLUE = [" ", " ", " ", "  ", "-", ", ", ". ", "'", "_", "2", "x", "\t", "é", "?"]


def _fragments(pattern: str) -> list[str]:
    """Runs of words the pattern spells out: its branches with the regex syntax taken out."""
    out = []
    for piece in re.split(r"\|", pattern):
        text = re.sub(r"\\[sSbBwWdD][+*?]?|\(\?[:!=<]+|\{\d*,?\d*\}|[()?*+^$\[\]]", " ", piece)
        text = " ".join(text.replace("\\", "").split())
        if text:
            out.append(text)
    return out


def _sentences(pattern: str, count: int, seed: int) -> list[str]:
    words = sorted(set(re.findall(r"[a-z]+", pattern))) + _EXTRA
    fragments = _fragments(pattern)
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        parts = []
        for _ in range(rng.randint(1, 6)):
            word = rng.choice(fragments) if rng.random() < 0.4 else rng.choice(words)
            if rng.random() < 0.2:
                word = word.capitalize() if rng.random() < 0.5 else word.upper()
            parts.append(word)
            parts.append(rng.choice(_GLUE))
        out.append("".join(parts).strip())
    return out


def _assert_precheck_admits_every_match(rule, precheck, texts) -> None:
    """Every text the rule matches passes its precheck (and the texts do reach the rule)."""
    matched = 0
    for text in texts:
        low = text.lower()
        if rule.regex.search(low) is not None:
            matched += 1
            assert precheck(low), text
    assert matched >= 10


@pytest.mark.parametrize(("original", "split"), _CASES)
def test_split_rule_matches_where_the_original_did(original: Rule, split: AnyOf) -> None:
    texts = _sentences(original.pattern, 20_000, seed=7)
    texts += ["", "Can we set up a demo?", "a 30-minute call Tuesday", "drop by", "dropby"]
    for text in texts:
        assert split.matches(text) == (original.search(text) is not None), text


@pytest.mark.parametrize("index", [0, 1, 6])
def test_pricing_precheck_is_in_every_match(index: int) -> None:
    from roleplay.language import pricing

    _, rule = pricing._PRICING_RULES[index]
    precheck = pricing._PRICING_PRECHECK[index]
    texts = _sentences(rule.pattern, 20_000, seed=index)
    texts += ["it runs $40 a month", "rs. 5,000", "₹999", "50 rupees", "no money down", "0% apr"]
    _assert_precheck_admits_every_match(rule, precheck, texts)


_PRICES_WITH_THEIR_WORDS = [
    "₹999",
    "rs. 5,000 a month",
    "a 2,000 AUD deposit",
    "it's $45",
    "a two-hundred-dollar credit",
    "fifty bucks a month",
    "forty pounds a head",
    "20% off",
    "twenty five percent off the first order",
    "we'll give you a discount",
    "half-price for members",
    "we can match your current price",
    "we waive the setup fee",
    "no hidden fees",
    "the install is free of charge",
    "zero percent financing",
    "0% apr for a year",
    "no money down",
    "no payments until april",
    "we can defer your first payment",
    "twelve months same as cash",
    "runs about two thousand per bin installed",
    "costs 300 a room to fit",
    "it runs about 1,200 a site",
    "costs two hundred per panel",
    "charging 5k a truck",
    "priced at 400 each unit",
    "comes to three thousand a location",
    "works out to 900 per head",
    "running around 250 a seat",
    "costing just 3 grand a room",
    "runs roughly 2500 a month",
    "it charges eight hundred a visit",
    # (session 43) a sum with its currency's code, a discount with "of", a rate set against
    # what they pay
    "roughly forty thousand US for the build",
    "fifty percent of discount for new clients",
    "about 8% versus what you're paying now",
]


@pytest.mark.parametrize("index", [0, 3, 4, 5, 6, 9])
def test_pricing_words_are_in_every_match(index: int) -> None:
    """The words a pricing rule is skipped without (a set test on the line's words) are in
    every line it matches: the skip changes no reading."""
    from roleplay.language import pricing
    from roleplay.language.text import word_set

    _, rule = pricing._PRICING_RULES[index]
    need = pricing._PRICING_WORDS[index]
    texts = _sentences(rule.pattern, 20_000, seed=index) + _PRICES_WITH_THEIR_WORDS
    _assert_precheck_admits_every_match(rule, lambda low: not need.isdisjoint(word_set(low)), texts)


def test_claim_words_are_in_every_claim() -> None:
    """A line with none of the claim parts' gate words is skipped before the parts: the
    skip changes no reading (each part is searched here without its gate)."""
    from roleplay.language import honesty
    from roleplay.language.text import word_set

    matched = 0
    for part in honesty._CLAIM_PARTS:
        ungated = Rule(part.pattern)
        texts = _sentences(part.pattern, 3_000, seed=len(part.pattern))
        for text in texts:
            if ungated.search(text) is not None:
                matched += 1
                assert not honesty._CLAIM_WORDS.isdisjoint(word_set(text.lower())), text
    assert matched > 100


@pytest.mark.parametrize(
    "text",
    [
        "it's 150 a month",
        "its 85 a month per truck",
        "that's $9 a month",
        "that'd be 1,200 a year",
        "it would be about 40 per week",
        "the cost of a coffee a day, about 150 a month",
        "starting at two ninety-nine a month",
        "starting from 49 a month",
        "it's honestly just $12/month",
        "it'll be roughly 25k a quarter",
    ],
)
def test_rate_per_period_precheck_admits_its_matches(text: str) -> None:
    """The rate-per-period price rule's quick test lets through every line it matches (the
    random sentences of the test above seldom make one)."""
    from roleplay.language import pricing

    _, rule = pricing._PRICING_RULES[11]
    low = text.lower()
    assert rule.regex.search(low) is not None, text
    assert pricing._PRICING_PRECHECK[11](low), text


def test_slot_number_gate_keeps_every_slot() -> None:
    from roleplay.language import times

    pattern = times._SLOT_SPECIFIC.pattern
    texts = _sentences(pattern, 20_000, seed=11)
    texts += ["ref 1234", "at 3", "2:30 works", "the 12th", "May 4", "in 2 hours", "say 10am"]
    found = 0
    for text in texts:
        want = times._first_slot(times._SLOT_SPECIFIC, text)
        found += want is not None
        if want is None:  # (where the rule finds none, a loose hour after a comma may be it)
            want = times._first_slot(times._LOOSE_SLOT, text)
        assert times._slot_specific.__wrapped__(text) == want, text
    assert found > 1000


def test_name_cue_precheck_lets_every_named_cue_through() -> None:
    from roleplay.language import repair

    fn = repair.first_names()
    plain = (n for n in fn - repair._NOT_NAME if n.isascii() and n.isalpha() and n.islower())
    names = sorted(plain)[::40] + ["will", "may", "dana", "o'neil", "jo-ann"]
    words = names + ["here", "from", "with", "at", "speaking", "calling", "this is", "it's"]
    words += ["hi", "hey", "Dana", "KIM", "acme", "the", "i'm", "name's", "so"]
    rng = random.Random(5)
    glue = [" ", " ", ", ", ". ", "-", "'", "2", "x"]
    named = 0
    for _ in range(20_000):
        text = "".join(rng.choice(words) + rng.choice(glue) for _ in range(rng.randint(1, 7)))
        found = [
            w
            for cue in repair._NAME_CUE.finditer(text)
            for w in cue.group("a", "b", "c", "d")
            if w and w in fn and w not in repair._NOT_NAME
        ]
        if found:
            named += 1
            # every name a cue holds is among the names the cue is searched near
            assert set(found) <= set(repair._cue_candidates(text)), text
    assert named > 1000


def test_word_gates_only_skip_texts_the_rule_cannot_match() -> None:
    from roleplay.language import questions

    for gated in (questions._SMALL_TALK,):
        assert gated.words
        ungated = Rule(gated.pattern)
        texts = _sentences(gated.pattern, 80_000, seed=3)
        matched = 0
        for text in texts:
            want = ungated.search(text)
            matched += want is not None
            got = gated.search(text)
            assert (got.span() if got else None) == (want.span() if want else None), text
        assert matched > 50, gated.pattern[:40]


def test_pricing_for_precheck_is_in_every_match() -> None:
    from roleplay.language import pricing

    _, rule = pricing._PRICING_RULES[2]
    precheck = pricing._PRICING_PRECHECK[2]
    texts = _sentences(rule.pattern, 5_000, seed=2)
    rng = random.Random(2)
    verbs = ["do", "get", "have", "give", "offer", "Sell", "take care of", "sort", "set", "make"]
    objects = ["it", "that", "you", "YOURS", "the lot", "the whole thing", "them all", "it up"]
    amounts = ["450", "two hundred", "1,200 a year", "twelve a seat", "ten", "5k", "a month"]
    fors = [" for ", " for about ", " for\t", " fore "]
    for _ in range(5_000):
        verb, obj, amount = rng.choice(verbs), rng.choice(objects), rng.choice(amounts)
        tail = rng.choice(["", " set up", " all"])
        texts.append(f"we can {verb} {obj}{tail}{rng.choice(fors)}{amount}")
    _assert_precheck_admits_every_match(rule, precheck, texts)


def test_embedded_question_leads_are_in_every_match() -> None:
    from roleplay.language import questions
    from roleplay.language.text import has_any, lowercase

    rule = questions._EMBEDDED_QUESTION
    texts = _sentences(rule.pattern, 20_000, seed=13)
    rng = random.Random(13)
    leads = ["", "so ", "and ", ", ", "I'm ", "i'm really ", "x", "Honestly "]
    cores = [
        "curious",
        "wondering",
        "interested to hear",
        "I wonder",
        "we wonder",
        "I'd love to know",
    ]
    cores += [
        "i would like to learn",
        "we'd like to understand",
        "i want to hear",
        "I wanted to know",
    ]
    cores += ["tell me", "walk me through", "fill me in on", "help me understand", "know", "hear"]
    cores += ["give me a sense of", "i'd likeknow", "we'dknow"]
    rests = [
        "how you",
        "what your team",
        "who handles",
        "about your",
        "if you",
        "how they",
        "more about",
    ]
    for _ in range(5_000):
        text = f"{rng.choice(leads)}{rng.choice(cores)}{rng.choice([' ', ', ', ' - '])}"
        texts.append(text + f"{rng.choice(rests)} {rng.choice(['do it', 'think', 'run', ''])}")
    matched = 0
    for text in texts:
        old = has_any(lowercase(text), questions._EMBEDDED_GATE) and rule.search(text) is not None
        matched += old
        assert questions.is_embedded_question(text) == old, text
    assert matched > 100


def test_price_gate_is_in_every_match() -> None:
    from roleplay.language import pricing
    from roleplay.language.text import has_any

    rule = pricing._PRICE_WORDS
    matched = 0
    for text in _sentences(rule.pattern, 20_000, seed=17):
        if rule.search(text) is not None:
            matched += 1
            assert has_any(text.lower(), pricing._PRICE_GATE), text
    assert matched > 1000


def ungated_rules() -> list[Rule]:
    import gc

    return [o for o in gc.get_objects() if isinstance(o, Rule) and o.words is None]


def test_every_gate_word_is_one_the_gate_can_see():
    """A gate compares its words with the text's runs of letters (``word_set``): "it's" is
    the words "it" and "s", so a gate word with an apostrophe, a hyphen or a space would
    never be found, and its rule would silently never run on the lines it was written for."""
    import gc
    import importlib
    import pkgutil

    import roleplay.language

    for module in pkgutil.iter_modules(roleplay.language.__path__):
        importlib.import_module(f"roleplay.language.{module.name}")
    rules = [o for o in gc.get_objects() if isinstance(o, Rule) and o.words is not None]
    assert len(rules) > 100
    unseen = {
        (rule.pattern[:60], word)
        for rule in rules
        for word in rule.words
        if not re.fullmatch(r"[a-z]+|#", word)
    }
    assert not unseen
    # ... and a gate is never lost to a missing comma, which would glue its words onto the
    # end of the pattern (and leave the rule ungated, run on every line)
    glued = [
        rule.pattern[-60:]
        for rule in rules + ungated_rules()
        if re.search(r"[\\)\]][a-z]+(?: [a-z]+){2,}$", rule.pattern)
    ]
    assert not glued


@pytest.mark.parametrize("module_and_name", ["answers._CALLBACK_PARTS", "purpose._REASON_PARTS"])
def test_leftmost_match_finds_what_one_alternation_of_its_parts_finds(module_and_name: str) -> None:
    """``leftmost_match`` tries only the parts a text's words open (by a word index), and
    finds the first-starting match, the earlier part on a tie: what ungated parts, each
    searched in turn, give."""
    import importlib

    from roleplay.language.text import leftmost_match

    module, name = module_and_name.split(".")
    parts = getattr(importlib.import_module(f"roleplay.language.{module}"), name)
    ungated = [Rule(part.pattern) for part in parts]
    texts = []
    for seed, part in enumerate(parts):
        texts += _sentences(part.pattern, 300, seed=seed)
    matched = 0
    for text in texts:
        want = None
        for rule in ungated:
            found = rule.search(text)
            if found is not None and (want is None or found.start() < want.start()):
                want = found
        got = leftmost_match(parts, text)
        matched += want is not None
        assert (got.span() if got else None) == (want.span() if want else None), text
    assert matched > 100
