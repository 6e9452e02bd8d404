"""Voicemail: a prospect line that is a voicemail greeting ("you've reached Dana, leave a
message after the tone"), and a phone number in digits or spoken as words.
"""

from __future__ import annotations

import re
from functools import lru_cache

from roleplay.language import precompiled
from roleplay.language.text import Caseless, Lazy, Rule, has_any, is_question, normalise, sentences

_VM_STRONG = Rule(
    r"\b(?:after|at)\s+the\s+(?:tone|beep)\b|\bafter\s+the\s+signal\s*(?:[.!,]|$)|\brecord\s+your\s+message\b|\byou'?ve\s+reached\b|\byou\s+have\s+reached\b"
    # (opening the greeting, as Caribbean Creoles say it: "Yuh reach Delroy Cassell")
    r"|^\W*(?:yuh|yu|ya|you)\s+reach\b|\b(?:ya|yuh|yu|u)(?:'ve|ve)?\s+reached\b"
    r"|\bcan'?t\s+(?:get\s+to|come\s+to|take|answer)\s+(?:the|your)\s+(?:phone|call)\b|\b(?:is|am|are|'m|'re)\s+(?:currently\s+)?(?:not\s+available|unavailable|away\s+from\s+(?:my|the|our)\s+(?:desk|phone))\b"
    r"|\bmailbox\b|\bwe're\s+(?:currently\s+)?closed\b|\bvoice\s*mail\s+(?:box|of)\b|\b(?:on\s+the\s+other\s+line|out\s+of\s+the\s+office)\b"
    # the owner speaking of themself: "not at my desk", "away from my phone", "can't talk right now"
    r"|\b(?:not\s+at|away\s+from)\s+(?:my|our)\s+(?:desks?|phones?)\b"
    # (a comma after it too: "Now I cannot answer, please leave the message")
    r"|(?:^|[.!?,;]\s*|\b(?:i|we)\s+)(?:can't|cannot)\s+(?:talk|come\s+to\s+the\s+phone|pick\s+up|answer)(?:\s+(?:right\s+)?now\b|\s*(?:[.!;,]|$))"
    # ... or where they are instead: "I'm out in the field", "I'm on a job site"
    # (not "on the road": a phone is answered there, and a live voice may say it)
    r"|\b(?:i'm|i\s+am|we're|we\s+are)\s+(?:currently\s+|probably\s+)?(?:out\s+(?:in|on|at)\s+(?:the\s+|a\s+)?(?:field|site|job|jobsite|job\s+site|water|farm)"
    r"|on\s+(?:a\s+|the\s+)?(?:job|site|job\s+site|jobsite))\b"
)
_VM_LEAVE = Rule(
    # ("leave the message", as English learned late says it; "leave yuh name", as Caribbean
    # Creoles do)
    r"\b(?:please\s+)?leave\s+(?:me\s+|us\s+)?(?:a\s+|your\s+|the\s+|yuh\s+|you\s+|yo\s+|ya\s+|ur\s+)?(?:brief\s+|short\s+|detailed\s+|quick\s+)?(?:message|msg|voicemail|name|number|details|info)\b"
    # said with a smile: "leave me something good", "leave us a note"
    r"|\bleave\s+(?:me|us)\s+(?:something|a\s+(?:note|line|word|little\s+something))\b"
    # ... or to say it: "say your message after the signal", "speak your message"
    r"|\b(?:say|speak|record)\s+(?:your|the|a)\s+(?:message|msg)\b"
)
# A greeting's sign-off in place of "leave a message": "you know what to do", "I'll get back
# to you". A live person says it too, so it counts only with the owner's absence.
_VM_INVITE = Rule(
    r"\byou\s+know\s+what\s+to\s+do\b|\bdo\s+your\s+thing\b"
    r"|\b(?:i'll|ill|we'll|i\s+will|we\s+will)\s+(?:\w+\s+)?(?:get\s+back\s+to\s+you|call\s+you\s+back|return\s+your\s+call)\b"
)
# A receptionist speaking of the one called: "she can't get to the phone, I'll get back to you".
_SOMEONE_ELSE = Caseless(r"\b(?:he|she|they|he's|she's|they're|hes|shes)\b")
_VM_OFFER = Rule(
    r"\b(?:would\s+you\s+like|do\s+you\s+want|want|wanna|can\s+i\s+take|may\s+i\s+take|shall\s+i|i\s+can(?!'t)|i'll|let\s+me)\b[^.?!]{0,20}\b(?:leave|take|voicemail|message)"
)


# A greeting's sentence ending on a tag is no question: "..., so leave a message and we'll
# call ya back, okay?"
_TAG_END = Lazy(
    r",\s*(?:ok|okay|alright|all\s+right|yeah|eh|right|ya|yeah\s+ok)\W*$", re.IGNORECASE
)


def _asks(sentence: str) -> bool:
    """A question, unless only its tag asks: "..., leave a message and we'll call ya back,
    okay?" tells (not "can I leave a message, okay?")."""
    if not is_question(sentence):
        return False
    tag = _TAG_END.search(sentence)
    return tag is None or is_question(sentence[: tag.start()])


# The tone, named as what to wait for or as it sounds: "after the beep", "Ope, there's the beep."
_THE_TONE = Lazy(
    r"\b(?:(?:after|at)\s+the|there's\s+the|theres\s+the|here's\s+the|here\s+comes\s+the|wait\s+for\s+the)\s+(?:tone|beep)\b"
    # (the tone as English learned late may call it: "say your message after the signal")
    r"|\bafter\s+the\s+signal\s*(?:[.!,]|$)"
    # ... or as what to do with it: "Can't pick up. Do the beep thing."
    r"|\bthe\s+beep\s+thing\b",
    re.IGNORECASE,
)
# A phone menu's options: "for emergencies, say emergency", "press 2 to leave a message".
_MENU = Lazy(
    r"\b(?:press|dial)\s+(?:\d|one|two|three|four|five|star|pound)\b|,\s*say\s+[\w'\s-]{1,25}[.!]",
    re.IGNORECASE,
)
# An auto-attendant asking who is calling, to put the call through: "to help route your
# call, please say your name after the tone" (a greeting asking for a name and a number,
# or a message, is a voicemail's).
_ATTENDANT = Lazy(
    r"\broute\s+your\s+call\b|\b(?:say|state|speak)\s+(?:your|the)\s+(?:full\s+)?name\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=8192)
def voicemail_greeting(text: str) -> str | None:
    """How surely a prospect line is a voicemail greeting: ``"strong"``, ``"weak"`` or None.

    ``strong``: machine phrasing ("you've reached...", "after the tone", "can't get to the
    phone") together with an invitation to leave a message, or the tone itself. ``weak``: only
    "leave a message" / "leave your name and number" -- a live receptionist can say that too,
    so scoring trusts it only when it is how the call opens.
    """
    norm = normalise(text)
    low = norm.lower()
    if (
        "leave" not in low
        and "tone" not in low
        and "signal" not in low
        and "your message" not in low
        and "beep" not in low
        # (the words of every _VM_INVITE match, tested inline: this runs on every line)
        and "know what to do" not in low
        and "your thing" not in low
        and "back to you" not in low
        and "you back" not in low
        and "your call" not in low
    ):
        return None
    leave = None
    strong = False
    for sentence in sentences(norm):
        if _asks(sentence) or _VM_OFFER.search(sentence):
            continue
        if _VM_LEAVE.search(sentence):
            leave = sentence
        if _VM_STRONG.search(sentence):
            strong = True
    if leave is None and strong and _VM_INVITE.search(norm) and not _SOMEONE_ELSE.search(norm):
        return "strong"  # "hey it's lou, can't get to the phone, you know what to do"
    if _THE_TONE.search(norm):
        if "number" not in low and "message" not in low and _ATTENDANT.search(norm):
            return None
        return "strong"
    if has_any(low, ("press", "dial", "say ")) and _MENU.search(norm):
        return None  # a phone menu: "to leave a message for the front desk, say front desk"
    if leave and strong:
        return "strong"
    if leave:
        return "weak"
    return None


#: A phone number in digits: "773.555.0104", "(303) 555-0164", "555-0163".
PHONE_DIGITS = Lazy(
    r"(?<![\w$.])(?:\+?1[\s.-]?)?(?:\(\d{3}\)[\s.-]?|\d{3}[\s.-])?\d{3}[\s.-]\d{4}(?![\d])"
    r"|(?<![\w$.])\d{10,11}(?![\d])"
)
# Other countries' groupings: "+44 20 7946 0958", "0412 345 678", "+91 98765 43210",
# "(02) 9876 5432", "1300 123 456", "+33-6-55-01-23-47" (after a country code, a group of
# one digit). Checked by digit count (9-15) and shape in phone_number.
_PHONE_INTL = Lazy(
    # (a mobile's second group may run to eight: "012-3384471", as Malaysia writes them)
    r"(?<![\w$.,])(?:\+\d{1,3}[\s.-]?\d{1,6}|(?:\(0?\d{1,4}\)[\s.-]?)?\d{2,6})(?:[\s.-]\d{2,8}){1,4}(?!\d|[,.]\d)"
)
_PHONE_EIGHT = Lazy(
    r"(?<![\w$.,])(?:(?!19\d\d|20\d\d)\d{4}[\s.-]\d{4}"
    # ... or in pairs, as Chad and much of French-speaking Africa write them: "66-23-44-10"
    r"|\d\d([\s.-])\d\d\1\d\d\1\d\d)(?!\d|[,.]\d)"
)
# A short number, as small places have them (St Helena, the Falklands, the Cook Islands: five
# digits), standing alone after a word that gives a number: "ring me back on 22154."
_PHONE_SHORT = Lazy(r"(?<![\w$.,£€#])\d{5,6}(?=\s*(?:[,.;:!?]|$)|\s+(?:an'|(?:and|or|if|when)\b))")
_GIVES_NUMBER = Lazy(
    r"(?i)\b(?:call|ring|reach|text|whatsapp|number|phone|mobile|cell|tel|contact|that's|thats)\b"
)
_AT_BEFORE = Lazy(r"(?i)\b(?:at|on)\s+$")
_HAS_DIGIT = precompiled.compile(r"\d")
# Every byte but the ASCII digits, deleted to count the digits of ASCII text.
_NOT_DIGITS = bytes(byte for byte in range(256) if not 48 <= byte <= 57)


def _digits(text: str) -> int:
    """How many digits ``text`` has (``\\d``: in ASCII text, 0-9 only)."""
    if text.isascii():
        return len(text.encode().translate(None, _NOT_DIGITS))
    return len(_HAS_DIGIT.findall(text))


# What every match of both digit rules contains: two digits, a space, dot or dash, and two
# more (or ten digits in a row). Far cheaper to look for than the rules themselves.
_DIGIT_GROUPS = Lazy(r"\d\d[\s.-]\d\d|\d{10}")
_DIGIT_NAMES = (
    "zero",
    "oh",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
)
_DIGIT_WORD = (
    r"(?:zero|oh|o|one|two|three|four|five|six|seven|eight|nine|double\s+\w+|triple\s+\w+)"
)
_PHONE_WORDS = Caseless(rf"\b{_DIGIT_WORD}(?:[\s,.-]+{_DIGIT_WORD}){{5,}}\b")


@lru_cache(maxsize=8192)
def phone_number(text: str) -> str | None:
    """The first phone number in ``text`` -- digits ('773.555.0104') or words ('eight four seven...')."""
    norm = normalise(text)
    # Both digit rules need at least 7 digits (_PHONE_INTL's numbers are kept from 9), so a
    # line with a time or a reference number ("at 3", "ref 1234") skips them.
    if _digits(norm) >= 7 and _DIGIT_GROUPS.search(norm) is not None:
        match = PHONE_DIGITS.search(norm)
        if match:
            return match.group()
        for match in _PHONE_INTL.finditer(norm):
            number = match.group()
            digits = sum(ch.isdigit() for ch in number)
            # A country code, a trunk 0 or 10+ digits: not "2023 2024" or "30 60 90".
            # (a number said twice, as people leave one: "..., 677-412-093. Call me back,
            # 677-412-093", whatever its shape)
            said_twice = 8 <= digits <= 15 and norm.count(number) >= 2
            if said_twice or (
                9 <= digits <= 15
                and (
                    number[0] in "+(0"
                    or digits >= 10
                    or number.startswith("1300")
                    # nine digits after a word that gives a number: "my number is 691 204 377"
                    # (Luxembourg's mobiles; not "we did 120 150 180 units")
                    or _GIVES_NUMBER.search(norm, max(0, match.start() - 30), match.start())
                )
            ):
                return number
        # eight digits in two fours, after a word that gives a number: "call me at 9123 4567"
        # (Singapore, Hong Kong...; not "from 2019 2020"), or in four pairs
        for match in _PHONE_EIGHT.finditer(norm):
            if _GIVES_NUMBER.search(norm, max(0, match.start() - 30), match.start()) or (
                # (four pairs need only "at" or "on" before them: "Lucie, at 66 48 20 17")
                match.group(1) and _AT_BEFORE.search(norm, max(0, match.start() - 4), match.start())
            ):
                return match.group()
    if _digits(norm) >= 5:
        for match in _PHONE_SHORT.finditer(norm):
            if _GIVES_NUMBER.search(norm, max(0, match.start() - 20), match.start()):
                return match.group()
    low = norm.lower()
    if sum(map(low.count, _DIGIT_NAMES)) < 5:
        return None
    for match in _PHONE_WORDS.finditer(norm):
        said = norm[match.start() : match.end()]  # the match may be on the lowered text
        words = re.findall(r"[a-z]+", said.lower())
        # "double five" is two digits: 'double' counts 2 and the digit after it counts 0.
        digits = sum(2 if w == "double" else 3 if w == "triple" else 1 for w in words)
        digits -= sum(1 for i, w in enumerate(words) if i and words[i - 1] in {"double", "triple"})
        if digits >= 7:
            return said
    return None
