"""Time slots: a specific future time in a sentence ("Thursday at 10", "tomorrow morning",
"the 12th"), and the time a prospect's line proposes for a follow-up.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from roleplay.language.text import Lazy, Rule, has_any, lowercase, normalise, sentences, word_set

#: Regex fragments for weekdays and months, in lower case (rules run on lower-cased text).
WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?"
MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
_NUMWORD = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
#: A clock time typed without its colon: "1230", "930" (hours 1-12, minutes 00-59).
_HHMM = r"(?:1[0-2]|0?[1-9])[0-5]\d"
#: An hour said loosely ("like 2", "like 1:30"), only where nothing follows it but a stop,
#: "or", "-ish" or "works": "like 2 trucks" counts trucks.
_LOOSE_HOUR = r"(?:[01]?\d|2[0-3])(?::\d\d)?(?=\s*(?:$|[,.?!;]|or\b|-?ish\b|works?\b|then\b))"
#: A specific future slot: a weekday, tomorrow, a date, a clock time.
_SLOT_SPECIFIC = Rule(
    # (not a day gone: "we met last thursday")
    rf"\b(?:(?:this|next|on|by|until|before|after|coming)\s+)?(?<!\blast\s)(?<!\bpast\s){WEEKDAY}\b"
    r"|\btomorrow\b"
    r"|\b(?:this|tomorrow)\s+(?:morning|afternoon|evening|week|weekend|month)\b"
    r"|\bnext\s+(?:week|month|quarter|time\s+i'm)\b"
    rf"|\b(?:at|by|around|before|after|from|say|thinking)\s+(?:(?:like|about|around|maybe|roughly)\s+)?(?:{_HHMM}(?:\s*[ap]\.?m\.?)?|(?:[01]?\d|2[0-4])(?::\d{{2}})?(?:\s*[ap]\.?m\.?)?|noon|midday|midnight|{_NUMWORD}(?:\s*o'?clock|[\s-]+(?:thirty|fifteen|forty[\s-]five))?|(?:half|quarter)\s+(?:past|after|to)\s+(?:{_NUMWORD}|1[0-2]|0?[1-9])|half\s+(?:{_NUMWORD}|1[0-2]|0?[1-9]))(?![\w%$-])(?!\.\d(?!\d))"
    # (a number of things, not a time: "at one minute intervals", "around like twelve years")
    r"(?!\s*(?:percent|dollars|bucks|minutes?|hours?|days?|weeks?|months?|years?|seconds?|people|of\b|per\b|times\b|x\b|point\b"
    # (a sum: "around eleven thousand pounds", "at two hundred quid")
    r"|hundred\b|thousand\b|grand\b|million\b|pounds?\b|euros?\b|quid\b"
    # (a range of amounts: "by 15 to 20 percent", "around 10 or 12 minutes")
    r"|(?:to|or)\s+\d+\s*(?:%|percent|dollars|bucks|minutes?|hours?|days?|weeks?|months?|years?)"
    # (things counted: "from one shift to two", "from two sites to five")
    r"|(?:shift|site|location|store|truck|shop|crew|plant|line|cell|clinic|office|van|employee|user|seat|unit|vendor"
    r"|client|customer|branch|restaurant|team|car|machine|room|bed|chair|warehouse|building|job"
    # (goods counted: "from 20 pieces we deliver free", "at 12 cartons a week")
    r"|piece|bag|carton|drum|crate|bottle|pack|box|tin|litre|liter|kg|ton|tonne|sack|roll|pair)(?:s|es)?\b"
    # (a price: "plans start at 200 a month", "at 45 a seat")
    r"|an?\s+(?:month|year|week|seat|user|head|unit|piece|licen[cs]e|location|site|truck|room|person)\b))"
    # (an hour in words with its "a.m." too: "like ten a.m.")
    rf"|\b\d{{1,2}}:\d{{2}}\b|\b(?:{_HHMM}|\d{{1,2}}|{_NUMWORD})\s*[ap]\.?m\b\.?|\b(?:\d{{1,2}}|{_NUMWORD})\s*o'?clock\b"
    rf"|\b{MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b"
    # (not an ordinal of things: "the 3rd shop", "the 2nd floor", "the 5th time")
    r"|\b(?:on\s+)?the\s+\d{1,2}(?:st|nd|rd|th)\b(?!\s+(?:shift|site|location|store|shop|truck|crew|plant|line|clinic"
    r"|office|branch|restaurant|team|warehouse|building|job|floor|time|place|round|year|quarter|edition|generation"
    r"|grade|anniversary|birthday|largest|biggest|best|annual|one|outlet|kitchen|unit|venue|cafe|café|hotel)s?\b)"
    rf"|\bin\s+{MONTH}\b"
    r"|\bend\s+of\s+(?:the\s+)?(?:day|week|month)\b|\bfirst\s+thing\b"
    r"|\bin\s+(?:an|one|two|three|a\s+couple\s+of|\d+)\s+(?:hours?|days?|weeks?)\b|\bwithin\s+(?:the\s+)?(?:hour|day|week)\b"
    r"|\b(?:later\s+)?(?:this|tomorrow)\s+(?:morning|afternoon|evening)\b",
    "monday tuesday wednesday thursday friday saturday sunday mondays tuesdays wednesdays thursdays fridays"
    " saturdays sundays tomorrow morning afternoon evening week weekend month next quarter noon midday midnight"
    " one two three four five six seven eight nine ten eleven twelve jan january feb february march april may"
    " june july aug august sep sept september oct october nov november dec december end first hour hours day"
    " days weeks within oclock clock #",
)
# An hour with its part of the day: "how about eight in the morning?" (a rule of its own,
# tried only when the rule above found nothing and the line has "in the" and the part)
_HOUR_OF_DAY = Rule(
    rf"\b(?:{_NUMWORD}|1[0-2]|0?[1-9])(?::\d\d)?\s+in\s+the\s+(?:morning|afternoon|evening)\b",
    "morning afternoon evening",
)
# An hour offered loosely after a comma: "how about later that day, like 2" (apart from the
# rule above, which most sentences run: tried only on a sentence with "like" and a digit)
_LOOSE_SLOT = Rule(rf"\blike(?<=,\slike)\s+{_LOOSE_HOUR}", "like")
_SLOT_TODAY = Rule(
    r"\b(?:today|tonight|this\s+afternoon|this\s+morning|this\s+evening|same\s+day)\b",
    "today tonight this same",
)
# What makes the time after it no slot: the past ("last Thursday", "since 9"), or the hour
# someone gets up ("hopefully not up at 4am baking", "I'm up at 5 most days").
_NO_SLOT_BEFORE = Rule(
    r"\b(?:last|past|previous|since|ago|back\s+in)\s*$"
    r"|\b(?:get|gets|getting|got|wake|wakes|waking|woke|be|been|not|still|already|i'm|im|you're|youre"
    r"|we're|were|are|is|was)\s+up\s*$"
)


def time_slot(sentence: str, *, allow_today: bool) -> str | None:
    """The first specific future time in ``sentence`` (then "today", "tonight"... if allowed)."""
    found = _slot_specific(sentence)
    if found is None and allow_today:
        found = _slot_today(sentence)
    return found


# Memoised apart: several rules in a row ask one sentence for its slot, some allowing today
# and some not, and the specific-slot search is the same for both.
# The gate of _SLOT_SPECIFIC lets in any text with a digit ("#"), for the four parts whose
# only certain word is a number: "2:30", "the 12th", "at 3", "may 4" (the month is a gate
# word). A digit alone is not enough for any of them: a colon, "at"/"by"/"around"/"before"/
# "after"/"from"/"say", the ordinal's "st"/"nd"/"rd"/"th", or "am"/"pm" ("10am", "2 p.m.")
# must be there too. Most
# sentences with a number (a reference, a count, a price) have none of these words.
_SLOT_WORDS = _SLOT_SPECIFIC.words - {"#"} if _SLOT_SPECIFIC.words else frozenset()
_TODAY_WORDS = _SLOT_TODAY.words or frozenset()
_SLOT_NUMBER_WORDS = frozenset(
    "at by around before after from say thinking st nd rd th am pm m clock oclock".split()
)


@lru_cache(maxsize=1024)
def _slot_specific(sentence: str) -> str | None:
    low = lowercase(sentence)
    words = word_set(low)
    found = None
    if not _SLOT_WORDS.isdisjoint(words) or (
        "#" in words and (":" in low or not _SLOT_NUMBER_WORDS.isdisjoint(words))
    ):
        found = _first_slot(_SLOT_SPECIFIC, sentence)  # (else no part of it can match)
    if found is None and "#" in words and "like" in words:
        found = _first_slot(_LOOSE_SLOT, sentence)
    if found is None and " in the " in low:
        found = _first_slot(_HOUR_OF_DAY, sentence)
    return found


@lru_cache(maxsize=1024)
def _slot_today(sentence: str) -> str | None:
    return _first_slot(_SLOT_TODAY, sentence)


# Slots that name no day: "next week", "this month", "in March", "within the week", "end of
# the month". A meeting "sometime next week" is not yet a meeting at a set time.
_VAGUE_SLOT = Rule(
    r"^(?:(?:this|next|on|by|until|before|after|coming)\s+)?(?:week|weekend|month|quarter|time\b)"
    r"|^next\s+(?:week|month|quarter|time)|^this\s+(?:week|weekend|month)|^in\s|^within\s|^end\s+of\b"
    r"|^first\s+thing$"
)


# What may follow a day to make it a slot: "Thursday at 10", "tomorrow morning", "tues 2pm".
_SLOT_TAIL = Rule(
    r"^,?\s+(?:(?:in\s+the\s+)?(?:morning|afternoon|evening|am|pm)\b"
    r"|(?:at|around|by|say)\s+(?:\d{1,2}(?::\d{2})?(?:\s*[ap]\.?m\b\.?)?|noon|[a-z]+(?:[\s-]+(?:thirty|fifteen|o'clock))?)"
    r"|\d{1,2}(?::\d{2})?\s*[ap]\.?m\b\.?|\d{1,2}:\d{2})"
)


@lru_cache(maxsize=1024)
def set_time(sentence: str) -> str | None:
    """The first future slot in ``sentence`` that names a day or a clock time ("Thursday at
    10", "tomorrow morning", "the 12th", "at 2:30"), not a vague one ("next week"), in the
    words as written."""
    found = _named_slot(_SLOT_SPECIFIC, sentence)
    if found is None and "like " in sentence:  # (a look for a loose hour only where one can be)
        found = _named_slot(_LOOSE_SLOT, sentence)
    if found is None and " in the " in sentence:
        found = _named_slot(_HOUR_OF_DAY, sentence)
    return found


def _named_slot(pattern: Rule, sentence: str) -> str | None:
    for match in _future(pattern, sentence):
        if _VAGUE_SLOT.search(match.group().strip()):
            continue
        end = match.end()
        for _ in range(2):
            tail = _SLOT_TAIL.match(sentence[end:])
            if tail is None:
                break
            end += tail.end()
        return sentence[match.start() : end].strip()
    return None


# A question made of nothing but a time: "like noon?", "say 2pm?", "thursday at 4?", "or
# friday morning?" -- a slot offered, never a question about them.
_ONE_SLOT = (
    rf"(?:(?:{WEEKDAY}|tomorrow|today|tonight)(?:\s+(?:at|around|about))?\s*)?"
    r"(?:\d{1,2}(?::\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)?|noon|midday|lunch(?:time)?|morning|afternoon|evening"
    rf"|{_NUMWORD}(?:[\s-]+(?:thirty|fifteen|o'clock))?|{WEEKDAY}|tomorrow"
    # the British clock: "half ten?", "quarter past two?"
    rf"|(?:half|quarter)\s+(?:past|after|to)\s+(?:{_NUMWORD}|1[0-2]|0?[1-9])|half\s+(?:{_NUMWORD}|1[0-2]|0?[1-9]))"
)
_ONLY_A_TIME = Rule(
    # (after a word of assent: "totally, so thursday at 3 or friday at 11 then?")
    r"^\W*(?:(?:totally|great|perfect|cool|sure|yeah|yep|right|alright|got\s+it|ok|okay)\W+)?"
    rf"(?:(?:like|say|maybe|or|and|so|ok|okay|then|how\s+about|what\s+about|around|about|at|on|this|next|after|before)\s+)*"
    # ... or a choice of two: "thursday at 3 or friday at 11?"
    rf"{_ONE_SLOT}(?:,?\s+or\s+(?:(?:on|at|this|next)\s+)?{_ONE_SLOT})?"
    r"(?:\s+(?:then|maybe|or\s+so|ish|your\s+time|my\s+time))?"
    # (said to them: "thursday four-thirty then, sir?")
    r"(?:,?\s+(?:sir|ma'am|maam|madam|mate|boss|love|my\s+friend|my\s+brother))?"
    # and where: "like noon at the basque place?", "10 at your office?"
    r"(?:\s+(?:at|in|near|by|over\s+at|down\s+at)\s+(?:the|your|my|our|that|this)\s+[\w'&-]+(?:\s+[\w'&-]+){0,2})?\W*$"
)


def only_a_time(sentence: str) -> bool:
    """Whether the sentence is nothing but a day or a clock time ("like noon?", "thursday at
    4?"): a slot offered."""
    return (
        len(sentence) < 80
        and sentence.count(" ") < 13
        and _ONLY_A_TIME.search(lowercase(sentence)) is not None
    )


def without_slots(sentence: str) -> str:
    """``sentence`` in lower case with every specific slot blanked out (a space instead)."""
    low = lowercase(sentence)
    return _SLOT_SPECIFIC.regex_for(low).sub(" ", low)


def _future(pattern: Rule, sentence: str) -> Iterator[re.Match[str]]:
    """The matches of a slot rule that are not in the past ("last Thursday", "2 days ago")
    nor the hour someone gets up ("not up at 4am")."""
    for match in pattern.finditer(sentence):
        before = sentence[max(0, match.start() - 12) : match.start()]
        after = sentence[match.end() : match.end() + 14].lower()
        if _NO_SLOT_BEFORE.search(before) or after.startswith(" ago"):
            continue
        said = match.group().lower()
        if said.startswith("on ") and _HABITUAL_AFTER.match(after):
            continue  # "the line at your shop on friday nights": every week, no slot
        if said.startswith("by ") and f" {before.lower().rstrip()}".endswith(
            f" {said[3:].strip()}"
        ):
            continue  # "one by one", "two by two": a manner, not an hour
        yield match


# A part of the day in the plural after a day: what happens every week ("on friday nights").
_HABITUAL_AFTER = Lazy(r"\s+(?:nights|mornings|afternoons|evenings)\b")


def _first_slot(pattern: Rule, sentence: str) -> str | None:
    for match in _future(pattern, sentence):
        return match.group().strip()
    return None


#: Past-tense words: a time in the past is no proposal ("we met last Thursday").
PAST_TENSE = Rule(
    # "I was thinking 12:30", "we were hoping for Friday": a polite present, not the past
    r"\b(?:was|were)\b(?!\s+(?:thinking|hop\w*|wondering|planning)\b)"
    # "did you want to grab coffee thursday at 3?" asks politely, in the present; "once
    # I've had a think" and "after you've had a look" are still to come
    r"|\bdid\b(?!\s+(?:you|u|we)\s+(?:want|wanna|need)\b)"
    # (the look-behinds read back from the word, so the line is scanned for it first)
    r"|\bhad\b(?<!ve\shad)(?<!has\shad)|\b(?:last|ago)\b"
    # (a follow-up asks "to see how it went": the looking back is still to come)
    r"|\b(?:went|came|happened)\b(?<!\bhow\sit\s....)(?<!\bhow\sit\s........)(?<!\bhow\sthat\s....)"
    r"(?<!\bhow\sthat\s........)(?<!\bhow\sthings\s....)(?<!\bhow\sthings\s........)"
    r"(?<!\bhow\sthey\s....)(?<!\bhow\sthey\s........)",
    "was were did had went came happened last ago",
)


# A time a prospect names for a follow-up ("Call me Thursday at ten", "I'm free Friday at
# 2", "Try me tomorrow"), not one they turn down ("I can't do Thursday").
_TIME_REFUSAL = Rule(
    r"\b(?:not|no|never|don't|doesn't|won't|can't|cannot|isn't|couldn't|wouldn't|busy|booked|away|off|closed|out\s+(?:of|until|till))\b"
)


@lru_cache(maxsize=8192)
def proposed_time(text: str) -> str | None:
    """The specific time a (prospect) line proposes or agrees to, or None."""
    norm = normalise(text)
    # The gates of the two slot rules, on the whole line: a sentence's words are some of
    # its line's, so a line that passes neither has no slot in any sentence.
    low = lowercase(norm)
    words = word_set(low)
    if (
        _SLOT_WORDS.isdisjoint(words)
        and not (
            "#" in words
            and (":" in low or "like" in words or not _SLOT_NUMBER_WORDS.isdisjoint(words))
        )
        and _TODAY_WORDS.isdisjoint(words)
    ):
        return None
    for sentence in sentences(norm):
        slot = time_slot(sentence, allow_today=True)
        if (
            slot
            and not _TIME_REFUSAL.search(sentence)
            and not PAST_TENSE.search(sentence)
            and not _TODAY_IS.search(sentence)
            and not _AWAY_THEN.search(sentence)
            and not (_MONTH_ALONE.fullmatch(slot) and not _GET_IN_TOUCH.search(sentence))
        ):
            return slot
    return None


# A month alone is a time for a call only when the line speaks of one: "try me in june",
# "let's talk in june" (not their own plans then: "might do the NEC in June").
_MONTH_ALONE = Lazy(rf"(?i)in\s+{MONTH}")
_GET_IN_TOUCH = Lazy(
    r"(?i)\b(?:call|ring|try|reach|talk|speak|chat|meet|catch|phone|email|touch|back|contact|follow|circle|works?|suits?|good|better|fine)\b"
)


# Where someone is over that time, said as news: "he's in Monterrey this week", "she's out
# till friday" (not "she's in on thursday", "he's in tomorrow morning": when to find them).
_AWAY_THEN = Lazy(
    r"\b(?:he|she|they)(?:'s|'re|\s+is|\s+are|\s+will\s+be|'ll\s+be)\s+(?:out|away|off|travel+ing|on\s+(?:holiday|vacation|leave|the\s+road)"
    r"|in\s+(?!(?:on|at|the|this|next|tomorrow|today|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|early|late|until|till|from|after|before)\b)[a-z]+)\b",
    re.IGNORECASE,
)


# What day it is today, said as a sigh: "busy. it's monday.", "ugh, it's friday" proposes
# nothing (not "it's monday at 3 then", not "monday at 10?")
_TODAY_IS = Lazy(
    r"^\W*(?:(?:ugh|well|yeah|man|oh|and|but|so|i\s+mean)\W+)*(?:it's|its|it\s+is|today's|today\s+is|today)\s+"
    r"(?:a\s+|the\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\W*$",
    re.IGNORECASE,
)


# The prospect asks for a day or a time: "What day and time should I tell her?", "When
# would suit?", "Give me a day and a time.", "Name one."
_ASKS_WHEN = Lazy(
    r"\b(?:what|which)\s+(?:day|time|day\s+and\s+(?:a\s+)?time|time\s+and\s+day|days?\s+or\s+times?)\b[^.!?]*\?"
    r"|\bwhen\b[^.!?]*\?|\b(?:give|name|pick|tell)\s+me\s+(?:a|the|one)\s+(?:day|time)\b|\bname\s+one\b",
    re.IGNORECASE,
)


def asks_for_time(text: str) -> bool:
    """Whether a (prospect) line asks for a day or a time to be named."""
    low = text.lower()
    if "when" not in low and "time" not in low and "day" not in low and "name one" not in low:
        return False
    return _ASKS_WHEN.search(text) is not None


# --------------------------------------------------------------------------- refused times

# A time turned down: "Thursday noon's out", "I can't do Tuesday", "two doesn't work", "I'm
# booked at ten" (not "I've booked the table at noon"). Read clause by clause, so "noon's
# out, but 1:30 works" refuses noon only.
_REFUSES = Lazy(
    r"'s\s+out\b|\bis\s+out\b|\bout\s+for\s+me\b|\bno\s+good\b|(?:'s|\bis)\s+a\s+no\b|\bstuck\b|\bnot\b|\b(?:doesn't|does\s+not|won't|will\s+not|wouldn't)\s+(?:work|suit|do)\b"
    r"|\b(?:can't|cannot|can\s+not|couldn't)\s+(?:do|make|manage)\b|\b(?:busy|booked(?!\s+(?:a|an|the|us|it|our|my|that|this|lunch|dinner|breakfast)\b)|taken|tied\s+up|slammed|(?<!get\s)(?<!getting\s)(?<!break\s)away|off)\b"
    r"|\bnot\s+(?:at|on|before|until|till)\b|\b(?:bad|tough|rough)\s+(?:time|day|one)\b",
    re.IGNORECASE,
)
#: A substring of every match of :data:`_REFUSES` (a cheap test first).
_REFUSAL_KEYS = (
    "out",
    "good",
    "n't",
    "not",
    "busy",
    "book",
    "taken",
    "tied",
    "slammed",
    "away",
    "off",
    "bad",
    "tough",
    "rough",
    "no",
    "stuck",
)
_CLAUSE = Lazy(
    # (a dash between words is a pause too: "not taking no for an answer - noon thursday")
    # (and a condition joined on: "would noon suit you and if thursday's packed, ...")
    r"[.;!?]|\s(?:--?|[—–])\s|\bbut\b|\bthough\b|,\s*(?=(?:how|what|would|could|maybe|or|and|so)\b)|\s(?=(?:and|or)\s+if\b)",
    re.IGNORECASE,
)
_DAY = Lazy(
    r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow)s?\b", re.IGNORECASE
)
_NUMBERS = {
    w: i
    for i, w in enumerate(
        "one two three four five six seven eight nine ten eleven twelve".split(), start=1
    )
}
_HOUR = Lazy(
    r"\b(noon|midday|lunchtime)\b"
    r"|\b(\d{1,2})(?::(\d\d))?\s*(?:[ap]\.?m\b\.?)"
    r"|\b(\d{1,2}):(\d\d)\b"
    rf"|\b(?:at|by|around|say|from|like(?<=,\slike)(?=\s+{_LOOSE_HOUR}))\s+(\d{{1,2}}|{_NUMWORD})\b(?!:\d)(?!\s*(?:percent|dollars|minutes|hours|days|people|of\b|%))"
    # ("12 sharp", "ten sharp": not "two sharp knives")
    rf"|\b(\d{{1,2}}|{_NUMWORD})\s*(?:o'?clock\b|sharp\b(?!\s+[a-z]))"
    r"|\b(?:at|by|around|say|from|thinking)\s+(1[0-2]|0?[1-9])([0-5]\d)\b(?!\s*(?:percent|dollars|bucks|people|%))",
    re.IGNORECASE,
)


def _clock_times(text: str) -> Iterator[tuple[int, int, str]]:
    """Each clock time ``text`` names, as (hour 1-12, minute, the words said): noon is
    (12, 0, ...)."""
    for m in _HOUR.finditer(text):
        (
            noon,
            hour_pm,
            minute_pm,
            hour_colon,
            minute_colon,
            hour_at,
            hour_oclock,
            hour_hhmm,
            minute_hhmm,
        ) = m.groups()
        if noon:
            yield 12, 0, m.group()
            continue
        said = hour_pm or hour_colon or hour_at or hour_oclock or hour_hhmm
        minute = int(minute_pm or minute_colon or minute_hhmm or 0)
        hour = _NUMBERS.get(said.lower()) or int(said)
        yield hour % 12 or 12, minute, m.group()


def _slot_words(clause: str) -> tuple[frozenset[str], frozenset[int]]:
    """The days and clock times (minutes past 12 or midnight, am and pm alike) a clause
    names: ({"thursday"}, {720}) for "Thursday noon", {90} for "1:30"."""
    days = frozenset(m.group(1).lower() for m in _DAY.finditer(clause))
    return days, frozenset(hour * 60 + minute for hour, minute, _ in _clock_times(clause))


def one_slot(text: str) -> bool:
    """Whether ``text`` names at most one day and one clock time: "I'm in Denver next
    Thursday. Let's do lunch at 11:30" proposes one slot, "Thursday at noon, or Friday at
    8?" two."""
    days, hours = _slot_words(text)
    return len(days) <= 1 and len(hours) <= 1


#: The weekdays by number, Monday 1 to Sunday 7 (what :func:`day_said` gives).
WEEKDAY_NUMBERS = {
    day: number
    for number, day in enumerate(
        ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"), 1
    )
}


def day_said(text: str) -> int | None:
    """The last weekday ``text`` names, Monday 1 to Sunday 7 ("see you Thursday" is 4), or
    None ("tomorrow" names no weekday)."""
    found = None
    for match in _DAY.finditer(text):
        found = WEEKDAY_NUMBERS.get(match.group(1).lower(), found)
    return found


# A part of the day said for a meeting ("breakfast that morning", "coffee in the afternoon"):
# a time, but no clock.
_DAYPART = Lazy(r"(?i)\b(?:morning|afternoon|evening|breakfast|brunch|dinner|tonight)\b")


def daypart_said(text: str) -> bool:
    """Whether ``text`` names a part of the day ("breakfast that morning")."""
    return _DAYPART.search(text) is not None


def clock_said(text: str) -> int | None:
    """The last clock time ``text`` names, as HHMM on a working day ("1:30" is 1330, "noon"
    1200, "8am" 800; a bare 1 to 6 o'clock is read as the afternoon), or None."""
    found = None
    for hour, minute, said in _clock_times(text):
        marker = said.lower().replace(".", "")
        if marker.endswith("pm") or (not marker.endswith("am") and 1 <= hour <= 6):
            hour = hour % 12 + 12
        elif hour == 12 and marker.endswith("am"):
            hour = 0
        found = hour * 100 + minute
    return found


@lru_cache(maxsize=4096)
def refused_times(text: str) -> tuple[tuple[frozenset[str], frozenset[int]], ...]:
    """The slots a (prospect) line turns down, as (days, clock times in minutes); empty
    when none."""
    if not has_any(text.lower(), _REFUSAL_KEYS):
        return ()
    found = []
    for clause in _CLAUSE.split(text):
        if clause and _REFUSES.search(clause):
            days, hours = _slot_words(clause)
            if hours or days:
                found.append((days, hours))
    if any(hours for _, hours in found):
        # "Next Thursday I'm stuck until one, so noon's a no": the clock time is what is
        # refused, on the day the line names
        line_days = _slot_words(text)[0]
        found = [(days or line_days, hours) for days, hours in found if hours]
    return tuple(found)


def names_refused_time(
    text: str, refused: tuple[tuple[frozenset[str], frozenset[int]], ...]
) -> str | None:
    """The clause of a (rep) line that proposes a slot already turned down, or None: the
    same clock hour (on the same day, when both name one), or the same day when the
    refusal named only a day. A clause that itself turns the slot down ("since noon's
    out...") proposes nothing, and a line that also offers a slot not refused ("around 12,
    or a bit later, say 1:30?") gives them a choice rather than pushing."""
    if _OFFERS_ANOTHER.search(text):
        return None  # "does noon work, or would one be better?": a choice
    again = None
    for clause in _CLAUSE.split(text):
        if not clause:
            continue
        days, hours = _slot_words(clause)
        if _REFUSES.search(clause) and not _ASKS_AGAIN.search(clause):
            # "if Thursday's tight, I'm around Friday morning": a clause that owns the
            # refusal but names a day or an hour nobody turned down offers that instead
            if (days - _all_days(refused) or hours - _all_hours(refused)) and not _I_REFUSE.search(
                clause
            ):
                return None
            continue  # (and "I'm not doing Friday": the caller's own no offers nothing)
        if _IF_HARD.search(clause) and _OTHER_PART.search(clause):
            return None  # "if lunch is hard, coffee in the afternoon is just as good"
        if not (days or hours):
            continue
        if not hours and days <= _all_days(refused) and _all_hours(refused):
            # "Thursday's the only day I've got. Noon at the steakhouse": the day alone,
            # when only an hour of it was turned down, is neither the slot nor another
            continue
        if any(_same_slot(days, hours, no_days, no_hours) for no_days, no_hours in refused):
            again = again or clause.strip()
        else:
            return None
    return again


# The caller turning a slot down for themselves: "I'm not doing Friday", "I can't do mornings".
_I_REFUSE = Lazy(r"(?i)\b(?:i'm|im|i\s+am|i)\s+(?:just\s+)?(?:not|can't|cant|cannot|won't|wont)\b")
# The slot allowed to be hard for them: "if lunch is hard", "if noon's tricky".
_IF_HARD = Lazy(
    r"\bif\s+(?:[\w']+\s+){0,3}?(?:is\s+|'s\s+|gets\s+)?(?:hard|tricky|difficult|tight|a\s+problem|a\s+pain)\b",
    re.IGNORECASE,
)
# Another part of the day, or another kind of meeting: what such a clause offers instead.
# (Named apart from _DAYPART above, which it used to shadow.)
_OTHER_PART = Lazy(
    r"\b(?:morning|afternoon|evening|breakfast|coffee|dinner|drinks?|later|earlier|another\s+(?:day|time))\b",
    re.IGNORECASE,
)


# Their "no" put back to them as a question: "are you sure you can't do noon?", "can you
# not do noon?", "couldn't you do noon?" asks for the slot again.
# ... or forbidden them: "and don't say you're busy, I'll show up at 12 either way"
_ASKS_AGAIN = Lazy(
    r"\b(?:are\s+you|you)\s+sure\s+(?:that\s+)?you\b|\b(?:can|could)\s+you\s+not\b|\b(?:can't|cannot|couldn't)\s+you\b"
    r"|\b(?:don't|dont|do\s+not)\s+(?:say|tell\s+me)\s+(?:that\s+)?(?:you're|youre|you\s+are|your|you|ur)\b",
    re.IGNORECASE,
)


def _all_days(refused: tuple[tuple[frozenset[str], frozenset[int]], ...]) -> frozenset[str]:
    return frozenset().union(*(days for days, _ in refused))


def _all_hours(refused: tuple[tuple[frozenset[str], frozenset[int]], ...]) -> frozenset[int]:
    return frozenset().union(*(hours for _, hours in refused))


_OFFERS_ANOTHER = Lazy(r"\bor\b(?!\s+(?:nothing|else|never)\b)", re.IGNORECASE)


def _same_slot(
    days: frozenset[str], hours: frozenset[int], no_days: frozenset[str], no_hours: frozenset[int]
) -> bool:
    if no_hours:
        return bool(hours & no_hours) and not (days and no_days and not days & no_days)
    return bool(days & no_days) and not hours
