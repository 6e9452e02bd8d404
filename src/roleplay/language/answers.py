"""Short answers and offers that only make sense against what was just said.

"Yes please", "sure", "that works", "nope", "not really" answer the prospect's last
question; alone they mean nothing. And an offer to call back at a better hour ("when's a
decent time for me to call you back?", "I'll try you in the morning, you pick the
time") is the considerate move a woken or busy prospect rewards, whether or not it
names a time yet.
"""

from __future__ import annotations

import re

from roleplay.language.text import Lazy, Rule, has_any, leftmost_match, word_set
from roleplay.language.times import MONTH

# A yes, then at most a few words that do not take it back: "yes please", "sure thing",
# "that works for me", "please do", "go ahead", "sounds good".
_AFFIRM = Lazy(
    r"^\W*(?:(?:oh|ok|okay|well|um|uh|ah|great|perfect|yeah)[\s,.!]+)?"
    r"(?:yes|yeah|yep|yup|yea|sure|certainly|absolutely|definitely|of\s+course|correct|right"
    r"|exactly|please\s+do|please|go\s+ahead|that\s+works|that'd\s+work|that\s+would\s+work"
    r"|works\s+for\s+me|sounds\s+good|sounds\s+great|that\s+would\s+be\s+great|that'd\s+be\s+great"
    r"|that(?:'s|\s+is)\s+(?:great|perfect|fine|good|ideal|brilliant|wonderful|lovely|ok|okay|no\s+problem)"
    r"|i'd\s+like\s+that|i\s+would|i\s+do|it\s+is|i\s+am|we\s+do|we\s+are|ok|okay|alright|all\s+right"
    r"|fine|perfect|great|good(?!\s+question)|awesome|cool|excellent|brilliant|lovely|wonderful"
    # taking what was offered: "done", "deal", "it's a date", "let's do that", "see you then"
    r"|done|deal|it's\s+a\s+(?:date|deal|plan)|you're\s+on|count\s+me\s+in|book\s+it|lock\s+it\s+in"
    r"|let's\s+(?:do|go\s+with|say|make\s+it)\b|sounds\s+like\s+a\s+plan|see\s+you\s+then)\b",
    re.IGNORECASE,
)
_DENY = Lazy(
    r"^\W*(?:(?:oh|well|um|uh|ah|sorry)[\s,.!]+)?"
    r"(?:no|nope|nah|not\s+really|not\s+at\s+all|not\s+now|not\s+today|no\s+thanks|no\s+thank\s+you"
    r"|i\s+don't|i\s+do\s+not|we\s+don't|it's\s+not|it\s+isn't|i'm\s+not|i'd\s+rather\s+not"
    r"|that\s+won't\s+work|that\s+doesn't\s+work)\b",
    re.IGNORECASE,
)
# Words that turn a leading yes into something else: "sure, but...", "yes and no".
_BUT = Lazy(r"\b(?:but|though|however|and\s+no|or\s+not)\b", re.IGNORECASE)
#: After a yes/no question, a line that opens with yes or no may run on this far.
LONGER = 20

# The first word of every yes or no the patterns above know: a cheap test before them.
_OPENERS = frozenset(
    "oh ok okay well um uh ah great perfect yeah yes yep yup yea sure certainly absolutely "
    "definitely of correct right exactly please go that that'd works sounds i'd i we it "
    "alright all fine no nope nah not sorry done deal it's you're count book lock let's see"
    " good awesome cool excellent brilliant lovely wonderful".split()
)
_AUXILIARIES = frozenset(
    "shall should would could can will do does did is are was were may might have has"
    # and the way people shorten them: "want me to tell her?", "sound good?", "you free?"
    " want sound sounds fair okay ok good deal alright you any anything anyone got need".split()
)
_LEAD_INS = frozenset("so and ok okay well then alright right now".split())


def is_yes_no_question(text: str) -> bool:
    """Whether the last question in ``text`` asks for a yes or a no ("Shall I...?",
    "Would you like...?"), not for a name, a reason or a time ("Who's calling?")."""
    end = text.rfind("?")
    if end < 0:
        return False
    start = max(text.rfind(mark, 0, end) for mark in ".!?") + 1
    words = [w.strip(",;:-").lower() for w in text[start:end].split()]
    while words and words[0] in _LEAD_INS:
        words.pop(0)
    if words[:1] == ["or"] and start > 0:
        # "Could you do 1:30 on Thursday? Or breakfast Friday at eight?": an alternative
        # added to the question before it, which is the one to answer
        return is_yes_no_question(text[:start])
    # "How about Tuesday at two?" proposes something to say yes or no to.
    return bool(words) and (
        words[0] in _AUXILIARIES or words[:2] in (["how", "about"], ["what", "about"])
    )


# The choice left to them, ending the line: "..., totally up to you", "your call".
_CHOICE_IS_THEIRS = (
    r"(?:(?:totally|entirely|completely|all|really)\s+)?(?:up\s+to\s+you|your\s+(?:call|pick|choice)"
    r"|you\s+tell\s+me|whatever\s+(?:suits|works))\W*$"
)

# The times of theirs a check back later names ("after the holidays", "in the spring", "next
# month"): the gate of that part of _CALLBACK_PARTS, and part of _CALLBACK_WORDS.
_LATER_TIMES = (
    "holidays holiday year christmas thanksgiving summer season dust weeks months month quarter spring fall"
    " autumn winter road line later jan january feb february march april june july aug august sep sept"
    " september oct october nov november dec december"
)

# An offer to call back at a better hour, or to let them pick the time.
_CALLBACK_PARTS: tuple[Rule, ...] = (
    Rule(
        r"\b(?:call|ring|try|phone|reach)\s+(?:you|him|her)\s+(?:back\s+)?(?:at\s+a\s+)?"
        r"(?:later|back|tomorrow|in\s+the\s+morning|another\s+time|at\s+a\s+(?:better|decent|good|more\s+(?:convenient|reasonable))"
        r"|(?:better|decent|good|more\s+(?:convenient|reasonable))\s+(?:time|hour)|when\s+you(?:'re|\s+are)\s+(?:awake|back|free|up))"
        # (not asked of them: "give me a call back", "can you call back")
        # (the look-behinds read back from the verb: a pattern that opens on one is
        # tried at every position of the line)
        r"|\b(?:call|ring|try)(?<!\bme\sa\scall)(?<!\bus\sa\scall)(?<!\bme\sa\sring)(?<!\byou\scall)(?<!\byou\sring)(?<!\byou\stry)"
        r"\s+(?:you\s+)?back\b"
        r"|\b(?:called|rang)\s+(?:you\s+)?back\b",
        "call ring try phone reach called rang",
    ),
    # leave asked to check back later, at a time of theirs: "mind if I check back in the new
    # year?", "would it be alright if I checked in after the holidays", "can I circle back in
    # a few months" (the door left open; not "I'll follow up next week", a step of ours);
    # opening on the words just before "I" ("...ok if I", "can I"), so that few positions
    # of a line are tried, and gated on the time it names (rarer than its verbs)
    Rule(
        r"\b(?:if(?:(?<=\bmind\sif)|(?<=\bok\sif)|(?<=\bokay\sif)|(?<=\balright\sif)|(?<=\bright\sif)|(?<=\bfine\sif)|(?<=\bcool\sif))"
        r"|can|could|may)\s+i\s+"
        r"(?:check(?:ed)?\s+(?:back\s+in|back|in)|circled?\s+back|touch(?:ed)?\s+base|follow(?:ed)?\s+up|reach(?:ed)?\s+(?:back\s+)?out"
        r"|(?:give|gave)\s+you\s+a\s+(?:ring|call|shout|buzz)|(?:call(?:ed)?|tr(?:y|ied)|rang|ring)\s+you\s+again)"
        r"(?:\s+with\s+you)?(?:\s+(?:again|sometime|maybe))?\s+"
        r"(?:after\s+(?:the\s+)?(?:holidays|holiday\s+season|new\s+year(?:'s)?|christmas|thanksgiving|summer|busy\s+season|dust\s+settles)"
        r"|in\s+the\s+new\s+year|in\s+(?:a\s+(?:few|couple(?:\s+of)?)|two|three|four|six|\d+)\s+(?:weeks|months)"
        r"|(?:early\s+)?next\s+(?:month|year|quarter|spring|summer|fall|autumn|season)"
        rf"|in\s+(?:the\s+)?(?:spring|summer|fall|autumn|winter)|in\s+{MONTH}|down\s+the\s+(?:road|line)|later\s+(?:on|in\s+the\s+year|this\s+year))\b",
        # (one whole word of every match; "may" is left out, a word of most lines)
        _LATER_TIMES,
    ),
    # "when would be good? I'll fit around you"
    Rule(
        r"\b(?:when|what\s+time|what\s+day)\s+(?:would|will|'d)\s+(?:it\s+)?(?:actually\s+|really\s+)?(?:be\s+)?(?:good|better|best|convenient|easier)\b",
        "when what",
    ),
    Rule(r"\bfit\s+(?:around|in\s+with)\s+you\b", "fit"),
    # their day decides: "what fits your schedule?", "whatever suits your week"
    Rule(
        r"\b(?:what|whatever|which|when)(?:'s|\s+would|\s+best|\s+time|\s+day)?\s+(?:fits|suits|works|fit|suit|work)\s+(?:best\s+)?(?:with\s+|for\s+|in\s+|around\s+)?"
        r"your\s+(?:schedule|diary|calendar|week|plans)\b",
        "schedule diary calendar week plans",
    ),
    # ... or whatever works for them, the time theirs: "what would work best for you any
    # time, any place"
    Rule(
        r"\b(?:what|whatever|when|whenever)\s+(?:would\s+|will\s+)?(?:works?|suits?)\s+(?:best\s+)?for\s+you\b"
        r"(?=[^.!?]{0,12}\b(?:any\s*time|any\s+day|day|time|week|morning|afternoon)\b)",
        "work works suit suits",
    ),
    Rule(
        r"\b(?:when|what\s+time|what\s+day)(?:'s|\s+is|\s+would\s+(?:actually\s+|really\s+)?be|\s+works?|\s+might\s+be)?\s+(?:a\s+)?"
        r"(?:better|decent|good|best|more\s+(?:convenient|reasonable)|the\s+best)\s+(?:time|hour|day|moment)",
        "when what",
    ),
    Rule(r"\bis\s+there\s+a\s+(?:better|good|best)\s+(?:time|day|hour)\b", "there"),
    Rule(
        r"\bwhat(?:'s|\s+is|\s+would\s+be)\s+(?:a|the)\s+(?:good|better|best)\s+(?:time|day)\s+to\s+(?:call|reach|catch|try|ring|follow\s+up)",
        "what",
    ),
    Rule(
        r"\b(?:could|can|shall|should|may)\s+(?:we|i)\b[^.?!]{0,40}?\b(?:another|some\s+other|a\s+better|a\s+more\s+convenient)\s+(?:time|day)\b",
        "another other better convenient",
    ),
    Rule(
        r"\byou\s+(?:pick|choose|name)\s+(?:the|a)\s+(?:(?:spot|place)\s+and\s+(?:the\s+)?)?(?:time|day|hour)"
        # "..., you pick", "when's a good 15 min for you next week"
        r"|\byou\s+(?:pick|choose)\W*$|\bwhen(?:'s|\s+is|\s+would\s+be)\s+a\s+good\s+(?:[\w-]+\s+){0,2}?for\s+you\b",
        "pick choose name when",
    ),
    # "name a morning that works", "pick any day next week", "pick whichever day suits you"
    # (not the day we pick: "before
    # we pick a day, who else should be there?")
    Rule(
        # (the verb first, then what may not stand before it: a rule that opens on look-behinds
        # is tried at every position of the line)
        r"\b(?:"
        + "|".join(
            verb
            + "".join(
                f"(?<!\\b{who}\\s{verb})" for who in ("we", "i", "let's", "us", "we'll", "i'll")
            )
            for verb in ("name", "pick", "choose")
        )
        + r")\s+(?:a|the|any|whichever|whatever)\s+(?:morning|afternoon|evening|day|time|date|slot)\b",
        "name pick choose",
    ),
    # the choice handed over after other times offered: "i can do earlier or later, or
    # coffee instead, you tell me"
    Rule(
        r"\b(?:earlier|later|instead|another\s+(?:day|time)|other\s+(?:day|time))\b[^.!?]{0,60}\b(?:you\s+tell\s+me|(?:just\s+)?let\s+me\s+know)\W*$",
        "earlier later instead another other",
    ),
    # ... or other meals offered without "I could do", the choice his: "or if thats a bad
    # day, breakfast before or a coffee after my meeting, totally up to you"
    Rule(
        # (times apart: not "coffee or tea, up to you")
        r"\b(?:breakfast|brunch|lunch|coffee|dinner|drinks)\b(?=[^.!?]*\b(?:before|after|earlier|later|instead|morning|afternoon|evening|another|other|day)\b)"
        r"[^.!?]{0,50}?\bor\b[^.!?]{1,60}?" + _CHOICE_IS_THEIRS,
        "breakfast brunch lunch coffee dinner drinks",
    ),
    # ... or other meals offered, and the choice his: "i could do breakfast before my
    # meeting or coffee late afternoon, totally up to you"
    Rule(
        r"\b(?:i|we)\s+(?:can|could)\s+(?:also\s+)?do\s+"
        # (times or meals: not "monthly or yearly billing, up to you")
        r"(?=[^.!?]*\b(?:breakfast|brunch|lunch|coffee|dinner|drinks|morning|afternoon|evening|earlier|later"
        r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|noon|\d{1,2}(?::\d\d)?\s*(?:am|pm)?)\b)"
        r"[^.!?]{1,60}?\bor\b[^.!?]{1,60}?" + _CHOICE_IS_THEIRS,
        "up call pick choice tell whatever",
    ),
    Rule(
        r"\b(?:another|any\s+other|a|any|some\s+other)\s+(?:time|day)\s+(?:that\s+)?you\s+(?:pick|choose|prefer|name)\b",
        "pick choose prefer name",
    ),
    # "what's a good 15 min slot this week, your call"
    Rule(
        r"\bwhat(?:'s|\s+is|\s+would\s+be)\s+(?:a|the)\s+(?:good|better|best)\s+(?:[\w-]+\s+){0,2}?(?:slot|window|time|day)\b",
        "what",
    ),
    Rule(
        r"\byour\s+call\W*$|\byour\s+(?:call|pick|choice)\s+(?:on|for)\s+(?:the\s+)?(?:time|day|date|when|where|place|slot)\b"
        # "totally your call what time", "your pick which day"
        r"|\byour\s+(?:call|pick|choice)\W+(?:on\s+)?(?:what|which)\s+(?:time|day|date|slot)\b"
        # "whatever you pick, I'll be there", "just tell me what fits"
        # (not "whatever you decide is fine": the answer left to them, not the time)
        r"|\bwhatever\s+(?:time\s+|day\s+)?you\s+(?:pick|choose)\b"
        r"|\btell\s+me\s+(?:what|which|when)\s+(?:one\s+)?(?:fits|suits|works)\b",
        "call pick choice whatever tell",
    ),
    # "what time tomorrow or later this week suits you for a short call?"
    Rule(
        r"\b(?:what|which)\s+(?:time|day)\b[^.?!]{0,40}?\b(?:suits?|works?\s+(?:best\s+|better\s+)?for|(?:is|are)\s+(?:good|best|better)\s+for|(?:would|will|does|might)\s+(?:actually\s+|really\s+|best\s+)?(?:suit|work\s+(?:best\s+|better\s+)?for))\s+you\b",
        "what which",
    ),
    # "a short call at a time that works better for you"
    Rule(
        r"\b(?:at\s+)?a\s+(?:time|day|slot|window|hour)\s+(?:[\w']+\s+){0,2}?(?:that|which)\s+(?:actually\s+|really\s+)?(?:works|suits)\s+(?:better\s+)?(?:for\s+)?you\b",
        "works suits",
    ),
    # a call back at a set time, offered instead of talking now: "rather than talk now, can I
    # call you Wednesday at 11?"
    Rule(
        r"\b(?:call|ring|phone|try)\s+you\s+(?:back\s+)?(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow)\b"
        r"(?=[^.!?]*\b(?:your\s+time|rather\s+than|instead|better\s+hour|decent\s+hour|when\s+you're|morning)\b)",
        "call ring phone try",
    ),
    Rule(
        r"\b(?:rather\s+than|instead\s+of)\s+(?:talk(?:ing)?|do(?:ing)?\s+this|keep(?:ing)?\s+you)\s+now\b",
        "rather instead",
    ),
    # later, when they are fit to talk: "I'd rather explain that when you're awake"
    Rule(
        r"\b(?:i'd\s+rather|i\s+would\s+rather|i'll|i\s+will|i\s+can|i\s+could|happy\s+to|let\s+me|better\s+to|rather)\s+(?:[\w']+\s+){0,5}?"
        r"(?:when|once)\s+you(?:'re|\s+are)\s+(?:properly\s+|more\s+|actually\s+|fully\s+)?(?:awake|up|free|back|less\s+busy|at\s+your\s+desk|in\s+the\s+office|home|rested)\b",
        "when once",
    ),
    Rule(r"\b(?:whenever|when)\s+(?:it\s+)?suits(?:\s+you)?\b", "suits"),
    # the choice handed back: "whichever suits you best", "which one works (for you)?"
    Rule(
        r"\bwhichever(?:\s+(?:one|time|day))?\s+(?:suits|works\s+(?:best\s+)?for|is\s+(?:best|easier)\s+for)\s+you\b",
        "whichever",
    ),
    Rule(
        r"\bwhich\s+(?:one|time|day|of\s+(?:those|them|the\s+two))\s+(?:works|suits|is\s+(?:better|best|easier))\b",
        "which",
    ),
    # "a short call at whatever time suits you", "whatever day and time suits you"
    Rule(
        r"\bwhatever\s+(?:time|day|slot|day\s+and\s+time|time\s+and\s+day)\s+(?:suits|works\s+for|is\s+good\s+for)\s+you\b",
        "whatever",
    ),
    # "what time of day is easiest?", "whatever works for you"
    Rule(
        r"\b(?:what|which)\s+(?:time|day)\b[^.?!]{0,30}?\b(?:is|'s|would\s+be)\s+(?:easiest|best|easier|better)\b",
        "what which",
    ),
    Rule(
        r"\bwhatever\s+works\s+(?:best\s+)?for\s+you\b"
        # ... or whatever is easy, to choose: "so choose whatever is easy for you", "you pick
        # whichever is best for you"
        r"|\b(?:choose|pick|decide)\s+(?:whatever|whichever|what)\s+(?:is|'s|would\s+be)\s+(?:easy|easiest|easier|best|better|good|convenient)\b",
        "whatever whichever what",
    ),
    # "if that doesn't suit, just tell me what does", "tell me what works for you", "tell me
    # a time that works"
    Rule(
        # (and "just tell me what's easiest", "let me know what's best for you")
        r"\b(?:tell|let)\s+me\s+(?:know\s+)?(?:(?:what|which|when)\s+(?:time\s+|day\s+)?(?:does|do|would|will|works|suits)\b"
        r"|what(?:'s|s|\s+is|\s+would\s+be)\s+(?:easiest|easier|best|better)\b)"
        r"|\b(?:tell|give)\s+me\s+(?:a|the|another)\s+(?:time|day|slot)\s+(?:that\s+)?(?:works|suits|is\s+better)\b"
        # ... or asked for whole, to be fitted around: "give me a day and time and I'll make
        # it work", "give me a couple of times that suit"
        r"|\b(?:tell|give)\s+me\s+(?:a|the|another|your|a\s+couple\s+of|a\s+few)\s+(?:times?|days?|slots?|dates?)(?:\s+(?:and|or)\s+(?:a\s+)?(?:times?|days?|place))?"
        r"(?:\s+(?:that\s+)?(?:work|suit)\b|\s+and\s+(?:i'll|ill|i\s+will|we'll)\s+(?:make\s+it\s+work|be\s+there|fit\s+in|work\s+around\s+it|make\s+it)\b|\s*(?:[.!]|$))",
        "tell let give",
    ),
    # "is there a time this week that's better for a quick call"
    Rule(
        r"\bis\s+there\s+a\s+(?:better\s+|good\s+)?(?:time|day)\b[^.?!]{0,50}?\b(?:that's|thats|that\s+is|which\s+is)\s+"
        r"(?:better|easier|good|best)\s+(?:for\s+(?:a\s+|us\s+to\s+)?(?:quick\s+|short\s+)?(?:call|chat|talk|catch-?up|speak)"
        r"|to\s+(?:call|talk|chat|ring|speak))\b",
        "there",
    ),
    # "or tell me a good time to call them back", "the best time to catch her"
    Rule(
        r"\b(?:a|the)\s+(?:good|better|best|decent|right)\s+time\s+to\s+(?:call|reach|catch|try|ring|get\s+hold\s+of)\s+(?:you|him|her|them)\b",
        "time",
    ),
    # when someone else is easiest to reach: "when is she usually free", "when's that person
    # easiest to reach", "what time does he usually get in"
    Rule(
        r"\bwhen(?:'s|\s+is|\s+are|\s+would)\s+(?:she|he|they|that\s+person|(?:mr|ms|mrs|dr)\.?\s+\w+|(?!(?:it|this|that|there|your|our|the)\b)\w+)\s+(?:be\s+)?(?:usually\s+|normally\s+|generally\s+|most\s+)?"
        r"(?:easiest|easier|best|free|available|around|in|back|at\s+(?:her|his|their)\s+desk)\b",
        "when",
    ),
    Rule(
        r"\bwhat\s+time\s+(?:does|do|will|would)\s+(?:she|he|they)\s+(?:usually\s+|normally\s+)?(?:get\s+in|come\s+in|start|get\s+back|finish|free\s+up)\b",
        "what",
    ),
    # "when they're usually around", "what day and time should I try them?"
    Rule(
        r"\bwhen\s+(?:she's|he's|they're|she\s+is|he\s+is|they\s+are)\s+(?:usually\s+|normally\s+|most\s+)?(?:free|around|in|available|back|about|at\s+(?:her|his|their)\s+desk)\b",
        "when",
    ),
    Rule(
        r"\b(?:what\s+(?:day|time|day\s+and\s+time|time\s+and\s+day|days?\s+or\s+times?)|when)\s+(?:should|shall|could|can|would|do\s+you\s+think)\s+i\s+(?:try|call|ring|reach|catch|phone)\b",
        "what when",
    ),
    # "... or would some other time or day be better", "or does another day suit you more",
    # "if a different time that day works better"
    Rule(
        r"\bif\s+(?:a\s+)?(?:different|another)\s+(?:time|day|slot)\b(?:\s+[\w']+){0,3}?\s+(?:works|suits|is|would\s+be)\s+(?:better|best|easier)\b|"
        r"\b(?:would|does|do|is|will|could|might)\s+(?:some\s+|any\s+|an\s+|a\s+)?(?:other|another|different)\s+(?:time|day|slot)s?"
        r"(?:\s+(?:or|and)\s+(?:time|day)s?)?\s+(?:be\s+|work\s+|suit\s+(?:you\s+)?)?(?:better|easier|best|work|suit)\b",
        "other another different",
    ),
    # "is there a time that works?", "whatever's easiest for you", "whatever fits your day",
    # "I can work around your schedule", "what suits you?"
    Rule(
        r"\bis\s+there\s+(?:a\s+(?:good\s+|better\s+)?|another\s+|some\s+other\s+)(?:time|day)\s+(?:[\w']+\s+){0,3}?(?:that\s+|which\s+)?(?:works|suits|would\s+(?:work|suit))\b",
        "there",
    ),
    Rule(
        # (... and with "for you" left unsaid, ending the sentence: "I can come down or do
        # video, whatever's easier"; not "I'll do whatever's easier")
        r"\b(?:whatever|whenever|wherever|whichever)(?<!\bdo\swhatever)(?<!\bdo\swhichever)(?:\s+(?:day|time|slot|day\s+and\s+time|time\s+and\s+day))?(?:'s|s|\s+is)?\s+"
        r"(?:(?:easiest|easier|best|good|better)\s+for\s+you\b|(?:easiest|easier)\s*(?:[.!?]|$))"
        r"|\b(?:whatever|whenever|wherever)\s+(?:fits|suits|works\s+with)\s+your\s+(?:day|schedule|week|calendar|diary)\b",
        "whatever whenever wherever whichever whatevers whichevers",
    ),
    Rule(
        r"\b(?:work|fit)\s+(?:around|in\s+with)\s+your\s+(?:schedule|day|calendar|diary|week)\b",
        "schedule day calendar diary week",  # (one whole word of every match: the rarest)
    ),
    Rule(
        # (and a word closing it: "what works for you instead", "what suits you then")
        r"\bwhat\s+(?:day\s+|time\s+)?(?:suits|works)(?:\s+(?:best|better))?(?:\s+for)?\s+you"
        r"(?:\s+(?:best|instead|then|now|though|tho|either|that\s+day|that\s+week))?\s*(?:[.!?]|$)"
        # "what would be easiest for you?", "what's best for you"
        r"|\bwhat(?:'s|\s+is|\s+would\s+be)\s+(?:easiest|easier|best|better|most\s+convenient)\s+for\s+you\s*(?:[.!?]|$)",
        "what",
    ),
    # the time asked of them: "what time should we say", "what day shall we make it"
    Rule(
        r"\bwhat\s+(?:day|time|day\s+and\s+time)\s+(?:should|shall|do|would)\s+we\s+(?:say|make\s+it|do|go\s+for|aim\s+for|meet|book|pencil\s+in)\b",
        "what",
    ),
    # two things offered to choose from: "would a coffee or breakfast be easier", "would
    # tuesday or wednesday work better for you"
    Rule(
        r"\bwould\s+(?:a\s+|an\s+)?[\w-]+(?:\s+[\w-]+)?\s+or\s+(?:a\s+|an\s+)?[\w-]+(?:\s+[\w-]+)?\s+"
        r"(?:be\s+(?:easier|better|simpler)|work\s+better|suit\s+(?:you\s+)?better)\b",
        "easier better simpler",
    ),
)


#: A whole word of every part of :data:`_CALLBACK_PARTS` (each part has its own words too).
_CALLBACK_WORDS = frozenset(
    (
        "call ring try phone reach called rang when whenever fit what there time day pick choose name"
        " other another different"
        " once slot window hour suits rather instead whichever which tell let whatever"
        " wherever whenever around give whatevers whichevers up choice easier better simpler "
        + _LATER_TIMES
    ).split()
)


# A prospect's line that offers something to take or leave, without a question mark:
# "Thursday at 1:30 would work, or breakfast Friday. Your pick.", "I could do ten."
_OFFERED = Lazy(
    r"\b(?:your\s+(?:pick|call|choice)|up\s+to\s+you|(?:would|could|should|will)\s+work|works\s+for\s+me"
    r"|i\s+(?:can|could)\s+do|i'm\s+free|how\s+about|what\s+about)\b",
    re.IGNORECASE,
)


def short_answer(line: str, previous: str | None) -> tuple[str, str] | None:
    """``("affirm" | "deny", words)`` when ``line`` answers the prospect's question yes or no.

    After a yes/no question ("Shall I tell her you'll call Tuesday?") a line that starts
    with a yes or a no is the answer, whatever follows ("sure thing, I'll call then,
    thanks Joyce"). After any other question only a short line is: "sure" to "who's
    calling?" answers nothing. A line that offers something without asking ("Thursday
    at 1:30 would work, or Friday at eight. Your pick.") is answered like a yes/no
    question: "done", "deal", "see you then" take it.

    Args:
        line: The rep's line (as read).
        previous: The prospect's line just before, if any.
    """
    if not previous:
        return None
    first = line.lstrip(" \t\"'(-").split(" ", 1)[0].strip(",.!?").lower()
    if first not in _OPENERS:
        return None
    if ("?" not in previous and not _OFFERED.search(previous)) or _BUT.search(line):
        return None
    offer = "?" not in previous or is_yes_no_question(previous)
    if not offer or len(line.split()) > LONGER:
        return None  # "sure" answers "shall I...?", not "who's calling?"
    deny = _DENY.search(line)
    if deny:
        return "deny", deny.group().strip(" ,.!")
    affirm = _AFFIRM.search(line)
    if affirm:
        return "affirm", affirm.group().strip(" ,.!")
    return None


def callback_offer(line: str) -> str | None:
    """The words of an offer to call back at a better time, or None ("no need to call
    back" offers nothing)."""
    if line.isascii() and _CALLBACK_WORDS.isdisjoint(word_set(line.lower())):
        return None  # on ASCII text (read lower-cased) every match has one of the words
    first = leftmost_match(_CALLBACK_PARTS, line)
    if first is None:
        return None
    at = first.start()
    if at > 0 and _NO_NEED.search(line[max(0, at - 30) : at]):
        return None
    return line[at : first.end()]  # in the original case


_NO_NEED = Lazy(
    r"(?i:\b(?:no\s+need\s+(?:for\s+you\s+)?to|(?:you\s+)?(?:don't|do\s+not|dont)\s+(?:need|have)\s+to|never\s+mind)\s+(?:\w+\s+)?"
    # "no call back needed"
    r"|\bno\s+)$"
)


# A meeting proposed without its verb, the way people type it: "15 min tues 1pm?",
# "quick call thursday at 10 to see if it fits?". A length of time or a meeting word, and a
# day with a time, in a question.
_DURATION = Lazy(
    r"\b(?:\d{1,2}|ten|fifteen|twenty|thirty|a\s+few)[\s-]*(?:min|mins|minutes?)\b"
    r"|\b(?:quick|short|brief)\s+(?:call|chat|meeting|look|demo|walkthrough)\b",
    re.IGNORECASE,
)
_DAY_AND_TIME = Lazy(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow)\b[^?.!]{0,20}?"
    r"\b(?:\d{1,2}(?::\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)?|noon|morning|afternoon)\b"
    r"|\b\d{1,2}(?::\d\d)?\s*(?:am|pm)\b[^?.!]{0,20}?\b(?:monday|tuesday|wednesday|thursday|friday|tomorrow)\b",
    re.IGNORECASE,
)


def bare_proposal(sentence: str) -> str | None:
    """The sentence, when it proposes a meeting at a set time without saying "can we"."""
    if not _DURATION.search(sentence) or not _DAY_AND_TIME.search(sentence):
        return None
    if "?" not in sentence and not _LEADING_DURATION.search(sentence):
        return None  # typed without "?", it proposes only when it opens with the time asked for
    return sentence.strip()


# "15 min wednesday at 9 to see if it's worth it": a proposal typed without its "?".
_LEADING_DURATION = Lazy(
    r"^\W*(?:(?:so|ok|okay|yeah|great|then|maybe|how\s+about|what\s+about)\W+)*(?:a\s+)?"
    r"(?:\d+|five|ten|fifteen|twenty|thirty|forty-five)\s*-?\s*(?:min|mins|minutes|minute)\b",
    re.IGNORECASE,
)


# Asking them to do something for you is a request, not a question about them: "can you
# let Desmond know?", "would you mind transferring me?". Putting you through is routing.
# (A rule on lower-cased text: it is tried on every question that could be about them.)
_REQUEST = Rule(
    r"\b(?:can|could|would|will)\s+you\s+(?:please\s+|just\s+|kindly\s+)?"
    r"(?:let|tell|pass|ask|have|get|put|transfer|connect|send|forward|give|mention|remind|patch|note|leave|write|jot|take"
    # an introduction or a referral asked of them: "can you intro me to a few this week?"
    r"|intro|introduce|refer|recommend|point|hook|set\s+me\s+up|make\s+(?:an?\s+)?(?:intro|introduction)"
    # a favour: "could you do me a favour and...", "can you do a quick intro to your cfo"
    r"|do\s+(?:me|us)\s+a\s+(?:quick\s+|small\s+|big\s+|huge\s+)?favou?r|do\s+(?:an?\s+)?(?:quick\s+)?(?:intro|introduction))\b"
    # "can you tell me how your crews...?" asks about them after all
    r"(?!\s+(?:me|us)\s+(?:a\s+(?:bit|little)\s+)?(?:how|what|who|when|where|which|why|about|if|whether|more))"
    r"|\bwould\s+you\s+mind\s+\w+ing\b"
    # ... said as a statement: "ill send the invite and you can forward it to your controller?"
    r"|\byou\s+(?:can|could)\s+(?:just\s+|then\s+|also\s+)?(?:forward|pass|share|send|show|hand)\s+(?:it|that|this|them|those|the\s+\w+)"
    r"(?:\s+(?:on|along|over))?\s+(?:to|with)\b"
    # a request with a tag: "if anything ever changes, keep us in mind, ok?"
    r"|(?:^|[,;]\s*)(?:(?:just|please|so|well|and)\s+)*(?:keep|remember|give|send|pass|let|call|ring|shoot|drop|think\s+of)\s+"
    r"[^,;?]{1,40}?,?\s+(?:ok|okay|alright|all\s+right|yeah|right|yes|deal|please)\W*$",
    "can could would will keep remember give send pass let call ring shoot drop think",
)
_TRANSFER = Lazy(
    r"\b(?:transfer(?:ring)?\s+me|put(?:ting)?\s+me\s+through|connect(?:ing)?\s+me|patch(?:ing)?\s+me)\b",
    re.IGNORECASE,
)


# Asking them to ring us: "call me back when you can", "just ring me at 555-0142", "give me
# a call sometime", "have your manager call me", "get back to me" -- not "I'll call you
# back", and not "no need to call me back".
_CALLBACK_REQUEST = Lazy(
    r"\b(?:call|ring|phone|buzz)\s+me\b(?!\s+(?:crazy|old[\s-]fashioned|paranoid|biased|a|an|by\s+my)\b)"
    # (not something to be sent: "text me the address", "email me where it is")
    r"|\b(?:text|email|e-mail|message|dm)\s+me\b(?!\s+(?:a|an|by\s+my|the|your|his|her|their|where|which|that|those|directions|details)\b)"
    r"|\b(?:call|ring)\s+(?:us|our\s+office)\s+back\b"
    r"|\bgive\s+(?:me|us)\s+a\s+(?:call|ring|buzz|shout|bell)\b|\bget\s+back\s+to\s+(?:me|us)\b|\breturn\s+my\s+call\b"
    r"|\bhave\s+(?:\w+\s+){1,2}?(?:call|ring|phone)\s+me\b"
    # "drop me a text if you fancy it", "shoot me a message whenever"
    r"|\b(?:drop|shoot|send|flick|ping)\s+(?:me|us)\s+(?:a\s+)?(?:quick\s+)?(?:text|line|message|call|ring|note|bell)\s+(?:if|when|whenever|once|back|sometime|anytime)\b",
    re.IGNORECASE,
)
#: A substring of every match of :data:`_CALLBACK_REQUEST`.
_CALLBACK_REQUEST_KEYS = (
    "call",
    "ring",
    "phone",
    "text",
    "buzz",
    "back",
    "shout",
    "bell",
    "mail",
    "message",
    "dm",
    "line",
    "note",
)
_NO_CALLBACK = Lazy(
    r"\b(?:no\s+need\s+to|don't|do\s+not|never|needn't|no\s+reason\s+to|not\s+to)\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)


def asks_for_callback(text: str) -> str | None:
    """The words asking them to call, text or get back to us, or None."""
    if not has_any(text.lower(), _CALLBACK_REQUEST_KEYS):
        return None
    for match in _CALLBACK_REQUEST.finditer(text):
        if not _NO_CALLBACK.search(text[max(0, match.start() - 30) : match.start()]):
            return match.group()
    return None


def request(sentence: str) -> tuple[str, bool] | None:
    """``(words, to be put through)`` when the sentence asks them to do something for us."""
    match = _REQUEST.search(sentence)  # (on the sentence lower-cased: the same indexes)
    if match is None:
        return None
    return sentence[match.start() : match.end()], _TRANSFER.search(sentence) is not None
