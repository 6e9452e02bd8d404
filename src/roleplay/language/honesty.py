"""Honesty: what a rep should not say to get a hearing.

A disclaimer that the call is not sales ("I'm not selling anything"), an apology for
calling or interrupting ("sorry to bother you"; not "sorry to hear that"), and a misleading
claim of a relationship, expectation or pretext ("she's expecting my call", "I'm returning
his call"). Disclaimers and apologies typed with typos ("sory to bothr you") get a second,
typo-tolerant look. Whether a claim holds up is read from the prospect's next lines
(:func:`claim_support`) and from the claim itself (:func:`specific_history`).
"""

from __future__ import annotations

import re

from roleplay.language.fuzzy import NEGATIONS, best_window
from roleplay.language.repair import PAST_PARTICIPLES, first_names, plain_word
from roleplay.language.text import (
    AnyOf,
    Lazy,
    Rule,
    first_match,
    has_any,
    is_question,
    leftmost_match,
    lowercase,
    normalise,
    sentences,
    words_of,
)
from roleplay.language.times import MONTH, WEEKDAY

# "you" opening a clause of its own (not a relative clause after a noun, "the goal you
# talked about"): at the start, after a pause, or after one of these words; each a
# fixed-width look-behind written after "you", so the rule still opens on a plain word.
_CLAUSE_OPENERS = "|".join(
    [r"(?<=^you)", r"(?<=[^\w\s']you)", r"(?<=[^\w\s']\syou)"]
    + [
        rf"(?<=\b{word}\syou)"
        for word in (
            "and but so as like when since because remember recall how time week month year"
            " day night morning yesterday today ago then also"
        ).split()
    ]
)

# A friendship with someone named, the caller and them: "esteban and i are old friends",
# "me and dale go way back".
_NAMED_FRIENDSHIP = (
    # (Irish "myself and Declan go way back"; "and" said "an" or "n": "me an Gary go way back")
    r"\b(?:(?!you\b|we\b|they\b)(?P<friend>[a-z][\w'-]+)\s+(?:and|an|n)\s+(?:i|me|myself)|(?:me|myself)\s+(?:and|an|n)\s+(?:(?:the|your|his|her)\s+)?(?!you\b)(?P<friend2>[a-z][\w'-]+))\s+"
    r"(?:(?:are|were|have\s+been)\s+(?:(?:old|good|close|great|longtime|long-time|really\s+good)\s+)?(?:friends|buddies|pals|mates)"
    r"|go\s+(?:way|a\s+long\s+way|years|ages)\s+back"
    # ... or "go back a bit", "go back years"
    r"|go\s+back\s+(?:a\s+(?:bit|while|ways?|long\s+way|few\s+years|long\s+time)|years|ages|forever|donkey's\s+years)(?![\w-]))"
)
_NAMED_FRIENDSHIP_RULE = Rule(_NAMED_FRIENDSHIP, "friends buddies pals mates back")
# Every match of it has one of these (its regex opens on any word: searched only on them).
_NAMED_FRIENDSHIP_KEYS = (
    " and i ",
    " and me ",
    "me and ",
    " and myself ",
    "myself and ",
    "me an ",
    " an me ",
    " an i ",
    "me n ",
    " n me ",
)


def named_friend(claim: str) -> str | None:
    """The one named in a claimed friendship with the caller ("esteban" in "esteban and i are
    old friends"), in lower case, or None (not "your cfo and I go way back")."""
    found = _NAMED_FRIENDSHIP_RULE.match(claim)
    if found is None:
        return None
    return (found.group("friend") or found.group("friend2")).lower()


_DISCLAIMER = Rule(
    r"\b(?:i'm|i\s+am|we're|we\s+are|i\s+was|we\s+were|this\s+is|this\s+call\s+is|it's|it\s+is|i'm\s+really|i'm\s+honestly)\s+"
    # ("for" before it too, as English learned late says it: "I am not calling for selling")
    r"(?:\w+\s+){0,2}?not\s+(?:\w+\s+)?(?:here\s+|calling\s+|phoning\s+|ringing\s+|trying\s+|looking\s+|going\s+|out\s+|about\s+|after\s+)?(?:to\s+|for\s+)?"
    # (or selling said as the street says it: "I'm not after floggin you owt")
    r"(?:sell|selling|pitch|pitching|push|pushing|peddl\w*|hard-sell\w*|flog\w*)\b"
    # ... or no sale said to be in it: "there's no sale here, I promise"
    r"|\bthere(?:'s|s|\s+is)\s+no\s+(?:sale|sales\s+pitch|pitch|selling)\s+(?:here|involved|in\s+(?:it|this)|on\s+this\s+call|today)\b"
    r"|\b(?:i'm|i\s+am|we're|we\s+are)\s+not\s+(?:a\s+|an?\s+|one\s+of\s+(?:those|these|them|the)\s+)?(?:telemarketer|salesperson|salesman|saleswoman|sales\s*(?:rep|person|guy|gal|call)|solicitor|vendor)s?\b"
    r"|\b(?:is\s+not|isn't|is\s+no|not|no|won't\s+be|will\s+not\s+be|never)\s+(?:a\s+|an?\s+|one\s+of\s+(?:those|these|them|the)\s+|your\s+(?:typical|usual)\s+)?"
    r"(?:(?:pushy|annoying|cheesy|sleazy|spammy|random|typical|usual|boring)\s+)?(?:sales|selling|sales-y|salesy|marketing|telemarketing)\s+(?:call|pitch|thing|calls|pitches|things)\b"
    # "don't worry, nothing's for sale here"
    r"|\bnothing(?:'s|s|\s+is)\s+(?:being\s+)?for\s+sale\b(?!\s+yet\b)"
    r"|\b(?:not|isn't|is\s+not|ain't|wasn't|won't\s+be|no|never)\s+(?:\w+\s+)?(?:a\s+|an\s+|some\s+|one\s+of\s+those\s+|your\s+(?:typical|usual|average)\s+)?(?:sales\s+|salesy\s+|sales-y\s+|marketing\s+|telemarketing\s+|cold\s+)?"
    r"(?:pitch(?:es)?|spiel|telemarketing(?:\s+(?:call|thing))?|sales?(?:\s+(?:call|thing|pitch|spiel|push|visit))|solicitation|hard\s+sell|robocall)\b"
    r"|\b(?:i'm|i\s+am|we're|we\s+are|i'm\s+really)\s+not\s+(?:\w+\s+)?(?:a\s+|an\s+)?(?:telemarketer|salesperson|salesman|saleswoman|sales\s*(?:rep|person|guy|gal|call)|solicitor)s?\b"
    r"|\b(?:i|we)\s+(?:don't|do\s+not|won't|will\s+not|am\s+not\s+going\s+to|'m\s+not\s+going\s+to|'re\s+not\s+going\s+to)\s+(?:want\s+to\s+|try\s+to\s+|be\s+)?(?:sell|pitch)(?:ing)?\s+(?:you\s+)?(?:anything|something|you)\b"
    r"|\bnothing\s+to\s+sell\b|\bnot\s+(?:trying\s+)?to\s+sell\s+you\b"
    # ... or in Pidgin: "I no dey sell you anything o", "i no come sell", "no be sales o"
    r"|\b(?:i|we|me)\s+no\s+(?:dey\s+|come\s+|go\s+|wan\s+)?(?:sell|selling|market)\b"
    r"|\b(?:e\s+|it\s+)?no\s+be\s+(?:for\s+)?(?:sales?|selling|market)(?:\s+(?:call|talk|o))?\b"
    # said in the street: "i ain't sellin nothin"
    r"|\b(?:i|we)\s+(?:ain't|aint)\s+(?:here\s+|tryin[g']?\s+|lookin[g']?\s+|out\s+|callin[g']?\s+|ringin[g']?\s+|phonin[g']?\s+)?(?:to\s+)?(?:sell|sellin[g']?|pitch|pitchin[g']?)\b"
    # selling said to be no part of the call: "this has nothing to do with sales", "this call
    # isn't about selling you anything" (not "nothing to do with your sales team")
    r"|\b(?:this|it|that|the\s+call|this\s+call)(?:'s|s|\s+is|\s+has|\s+has\s+got|'s\s+got)?\s+(?:(?:got|really|honestly|absolutely|actually)\s+)?"
    r"(?:nothing\s+to\s+do\s+with|not\s+about|isn't\s+about|isnt\s+about|is\s+not\s+about)\s+(?:a\s+)?(?:sales|selling|a\s+sale)\b(?!\s+(?:team|department|numbers|figures|data|people|staff|tax|reps?|volume|process)\b)"
    # the rep taken out of the call: "this isn't me pitching you", "it's not me trying to sell"
    r"|\b(?:this|it|that)(?:'s|s|\s+is)?\s+(?:isn't|is\s+not|ain't|not|wasn't)\s+(?:me|us)\s+(?:trying\s+to\s+)?(?:sell|pitch)(?:ing)?\b"
    # what we sell denied outright: "i don't sell stuff", "we don't sell things"
    r"|\b(?:i|we)\s+(?:don't|do\s+not|dont)\s+(?:really\s+|even\s+|actually\s+)?sell\s+(?:stuff|things|products)"
    r"(?=\s*(?:[,.;:!?-]|$)|\s+(?:here|at\s+all|really|anymore|either|though|promise|honestly|i\s+swear)\b)"
)
_APOLOGY = Rule(
    # ("please" after it too: "Excuse me please for disturbing you")
    r"\b(?:sorry|apologi[sz]e|apologies|forgive|pardon|excuse)(?:\s+(?:me|us))?(?:[\s,]+please)?[\s,]+(?:now[\s,]+)?"
    # ("for to call", as English learned late says it)
    r"(?:(?:to|for(?:\s+to)?|fi|about|if|that|the|my|i'm|i\s+am|we're|i've|so\s+much\s+for)\s+)(?!hear\b|see\b|learn\b|say\b|report\b|ask\b)"
    # ... perhaps with the call's article: "apologies for the random call", "sorry about this
    # call" (not the line's trouble: "sorry about the call dropping", "sorry for the call earlier")
    r"(?:(?:(?<=\bfor\s)|(?<=\babout\s))(?:the|this|my|our)\s+"
    r"(?=(?:[\w-]+\s+)?call\b(?!\s+(?:drop\w*|cut\w*|quality|line|earlier|yesterday|last|before|the\s+other|that|getting|going|being|from))))?"
    r"(?:(?:late|early|cold|unexpected|random|sudden|surprise|unsolicited|impromptu|unannounced)\s+)?(?:calling|call|calls|ringing|phoning)\b"
    # (Irish "sorry now for ...", Jamaican "apologies fi ...")
    r"|\b(?:sorry|apologi[sz]e|apologies|forgive|pardon|excuse)(?:\s+(?:me|us))?(?:[\s,]+please)?[\s,]+(?:now[\s,]+)?"
    r"(?:(?:to|for|fi|about|if|that|the|my|i'm|i\s+am|we're|i've|i)\s+)(?!hear\b|see\b|learn\b|say\b|report\b|ask\b)"
    r"(?:[\w']+\s+){0,4}?"
    r"(?:bother\w*|bug(?:ging)?|disturb\w*|interrupt\w*|intru\w*|keep(?:ing)?\s+you|tak(?:e|ing)\s+(?:up\s+)?(?:so\s+much\s+|too\s+much\s+|a\s+bit\s+|some\s+|any\s+|more\s+)?(?:of\s+)?your\s+(?:time|day|morning|afternoon|evening)"
    r"|wak\w+\s+(?:you|ya|ye|u|y'all|yall|yous|youse)|grab\w*\s+(?:you|ya|ye|u|y'all|yall|yous|youse)\b(?!\s+(?:a|an|some|the)\b)|troubl\w+\s+you|the\s+trouble|impos\w*|barg\w+\s+in|catch(?:ing)?\s+(?:you|ya)\s+(?:at|during|in|on|(?:right\s+|just\s+)?(?:before|as|when|between)|(?:so|this)\s+(?:late|early))|eat(?:ing)?\s+into|hold(?:ing)?\s+you\s+up"
    r"|out\s+of\s+the\s+blue|out\s+of\s+nowhere|unannounced|calling\s+(?:so|this)\s+(?:late|early)|cold[- ]call\w*"
    # "sorry, I know it's late", "sorry, I know this is a bad time"
    r"|(?:it's|it\s+is)\s+(?:so\s+|really\s+|pretty\s+|very\s+)?(?:late|early)|(?:this\s+is|it's|it\s+is)\s+(?:a\s+)?(?:bad|busy|terrible|awkward)\s+time"
    r"|(?:pull|pulling|drag|dragging|tear|tearing|take|taking|call|calling|get|getting|keep|keeping)\s+you\s+(?:away|out|off|from|in\s+the\s+middle)"
    r"|(?:jump|jumping|butt|butting|cut|cutting|break|breaking|burst|bursting)\s+in|spring\w*\s+(?:this|a\s+call)\s+on\s+you"
    # landing on their day: "sorry to jump on your day like this", "sorry to barge into your evening"
    r"|(?:jump|jumping|land|landing|drop|dropping|barg\w+|crash|crashing|pounc\w+|descend\w*|burst\w*|bust\w*|pop|popping)"
    r"\s+(?:in\s+on|in\s+to|into|onto|on|in)\s+(?:you\b|your\s+(?:\w+\s+)?(?:day|morning|afternoon|evening|night|weekend|lunch|dinner|time|schedule|calendar|break|sunday|saturday))"
    r"|steal\w*\s+(?:\w+\s+){0,4}?(?:your|of\s+your)\s+(?:time|day|morning|afternoon|minutes?)"
    # "sorry, I've called far too late", "sorry about the hour"
    r"|(?:called|rang|rung|phoned)\s+(?:you\s+)?(?:(?:far|way|much|a\s+bit|so|this)\s+)?(?:too\s+)?(?:late|early)"
    r"|(?:late|early|odd|ungodly|unsociable)\s+hour|hour\b(?=\s*(?:[,.!;]|$))"
    r"|(?:ring|ringing|rang|call|calling|called|phone|phoning|phoned)\s+(?:you\s+)?(?:so\s+late|so\s+early|this\s+late|this\s+early|at\s+this\s+hour|on\s+a\s+(?:friday|monday|weekend|sunday|saturday)|during|in\s+the\s+middle|at\s+(?:such\s+)?a\s+(?:bad|busy)))(?:\s+(?:you|your\s+\w+))?\b"
    r"|\b(?:hate|don't\s+mean|didn't\s+mean|do\s+not\s+mean)\s+to\s+(?:bother|interrupt|disturb|intrude|bug|barge)"
    # the hour owned straight after "sorry": "sorry it's late", "sorry, it's so early"
    r"|\bsorry,?\s+(?:it's|it\s+is)\s+(?:so\s+|really\s+|pretty\s+|very\s+)?(?:late|early)\b(?!\s+(?:on|with|in|for|by|again)\b)"
    # ... or owned first, "sorry" after it: "i know its late, sorry", "it's so early sorry"
    r"|\b(?:it's|its|it\s+is)\s+(?:so\s+|really\s+|pretty\s+|very\s+)?(?:late|early)\s*[,.!\-–—]*\s*sorry\b"
)
# "I apologize for grabbing you between sessions", "sorry for cornering you like this",
# "sorry to be chasing you so soon after": an
# apology for an -ing verb done to the person. It is an intrusion when the verb is one
# ("grabbing", "pinging") or the words after it are about their time ("between sessions",
# "so late"); never for confusing them or making them repeat something.
_APOLOGY_ING = Rule(
    r"\b(?:sorry|apologi[sz]e|apologies|forgive\s+me|pardon\s+me|excuse\s+me)(?:\s+(?:again|so\s+much|once\s+more))?\s+(?:for|about|to\s+be|to\s+keep)\s+"
    r"(?:just\s+|randomly\s+|suddenly\s+)?(?P<verb>[a-z]+ing)\s+(?:in\s+on\s+|up\s+on\s+|on\s+|at\s+)?(?:you|your)\b(?P<tail>[^.!?;]{0,40})",
    "sorry apologize apologise apologies forgive pardon excuse",
)
_INTRUDING_VERBS = frozenset(
    """
    grabbing catching nabbing snagging cornering pinging buzzing ringing phoning calling reaching chasing
    hounding pestering hassling ambushing dragging pulling waking interrupting disturbing bothering bugging
    troubling distracting stopping collaring accosting intercepting springing descending dropping barging
    landing jumping pouncing buttonholing waylaying hijacking derailing
    """.split()
)
_NOT_INTRUDING_VERBS = frozenset(
    """
    confusing making asking mishearing misunderstanding mixing sending giving telling mispronouncing
    misspelling losing missing leaving forgetting getting having
    """.split()
)
_INTRUSION_TAIL = Rule(
    r"^\s*(?:(?:right\s+|just\s+)?(?:between|during|before|mid-?\w*)\b|in\s+the\s+middle|at\s+(?:this|such)\s+(?:an?\s+)?(?:hour|time)|at\s+(?:a\s+)?(?:bad|busy)"
    r"|so\s+(?:late|early)|this\s+(?:late|early)|on\s+(?:a|your)\s+(?:\w+\s+)?(?:friday|monday|weekend|sunday|saturday|day\s+off|lunch|break|way)"
    r"|away|out\s+of|off\s+|like\s+this|without\s+(?:warning|notice)|unannounced|out\s+of\s+the\s+blue|at\s+(?:lunch|dinner|home|work))"
)


# Sorry for pestering them: a rule of its own, on its own words ("sorry to pester you
# again", "sorry to be a pest", "sorry to keep hassling you"; not "sorry, the hassle with
# customs is real").
_APOLOGY_PESTER = Rule(
    r"\b(?:sorry|apologi[sz]e|apologies|forgive|pardon|excuse)(?:\s+(?:me|us))?[\s,]+(?:to|for|about|if|i'm|i\s+am)\s+(?:[\w']+\s+){0,3}?"
    r"(?:pester\w*|a\s+pest\b|(?:hassl(?:e|ing)|hound(?:ing)?|nag(?:ging)?)\s+you"
    # ... or a pain for calling again: "sorry to be a pain ringing you again" (not "sorry to
    # be a pain, could you spell that")
    r"|a\s+(?:pain|nuisance)\s+(?:\w+\s+){0,2}?(?:ring|call|phon|chas|follow)\w*\s+(?:\w+\s+){0,2}?again)",
    "pest pester pestering hassle hassling hound hounding nag nagging pain nuisance",
)


def _apology(norm: str) -> str | None:
    found = first_match(_APOLOGY, norm) or _APOLOGY_PESTER.find(norm)
    if found:
        return found
    for match in _APOLOGY_ING.finditer(norm):
        verb = match.group("verb")
        if verb in _NOT_INTRUDING_VERBS:
            continue
        if verb in _INTRUDING_VERBS or _INTRUSION_TAIL.search(match.group("tail")):
            return norm[match.start() : match.start("tail")]
    return None


# Having met, said without "met": "we swapped a few words", "we crossed paths", "we
# shared a table at the panel".
_MET_OTHERWISE = Rule(
    r"\b(?:we|you\s+and\s+i)\s+(?:(?:swapped|exchanged|traded)\s+(?:a\s+few\s+|some\s+|a\s+couple\s+of\s+)?(?:words|cards|numbers|notes|stories)"
    # (or a break or a drink shared: "we shared a coffee break after the cold chain panel")
    r"|crossed\s+paths|bumped\s+into\s+each\s+other|shared\s+a\s+(?:table|cab|panel|ride|stage|(?:coffee|lunch|tea)\s+break|coffee|drink|taxi)"
    # "we grabbed a coffee in the break", "we had coffee after the panel"
    r"|(?:grabbed|had|got)\s+(?:a\s+)?(?:coffee|drink|beer|bite|lunch)\s+(?:together\s+)?(?:at|after|during|in|on)\s+the"
    # "we had a quick yarn at the coffee break", "we had a good chat after the panel"
    r"|had\s+(?:a\s+|our\s+)?(?:quick\s+|short\s+|brief\s+|good\s+|great\s+|nice\s+|little\s+)?(?:yarn|chat|natter|talk|word|conversation|catch-?up)\s+(?:at|after|during|in|on|over)\s+the)\b"
    # ... or looked back on: "I enjoyed our chat at the forum", "great chatting with you at
    # the expo" (meeting them is the rule after this one's, in _CLAIM_PARTS)
    r"|\b(?:i|we)\s+(?:really\s+)?(?:enjoyed|loved)\s+(?:our|the)\s+(?:quick\s+|brief\s+|little\s+)?(?:chat|conversation|talk|coffee)\s+(?:at|after|during|over|on|in)\b"
    r"|\b(?:great|good|nice|lovely)\s+(?:chatting|talking|speaking)\s+(?:with\s+|to\s+)?you\s+(?:at|after|during|on|in)\b",
    "swapped exchanged traded crossed bumped shared grabbed had got enjoyed loved chatting talking speaking",
)

# The two of us meeting, said as a claim: "we met", "we spoke", "we got chatting over coffee",
# "we said hi at the forum" (and the whole words every match has, a rule's gate).
_WE_MET = r"(?:we|you\s+and\s+i)\s+(?:met|spoke|talked|chatted|got\s+(?:chatting|talking)|said\s+(?:hi|hello|hey))"
_WE_MET_WORDS = "met spoke talked chatted chatting talking said"
# ... or its verb in the present, as English learned late may tell the past: "we talk at the
# coffee break of the panel last thursday" (a claim only with a past time after it: see the
# claim parts)
_WE_MEET_NOW = r"\bwe\s+(?:meet|talk|speak|chat)\s+(?:at|during|after|in)\b"
# Others the caller met, described by a clause after them: "people we met at expos", "the
# buyers we spoke to last year" (look-behinds before _WE_MET).
_OTHERS_BEFORE = "".join(
    rf"(?<!\b{noun}\s)"
    for noun in (
        "people folks contacts companies firms businesses everyone everybody customers"
        " clients ones buyers names visitors exhibitors owners managers"
    ).split()
)

# The misleading-claim rule, one part per kind of claim, in the order the parts are tried
# (as alternatives of one regex once were). Each part names the whole words every match of
# it contains, so a line is only searched by the few parts it could match: one big regex
# whose branches start with ``\w+`` was tried at every character of every line.
# :func:`leftmost_match` picks the match one regex of all the parts would have found.
# A past that did not happen ("they'd have lost their summer without it"): what someone
# told the caller of their own story, not a claim of what the prospect wants.
_WOULD_HAVE_DONE = (
    r"(?!\s+have\s+(?:\w+ed|"
    + "|".join(
        sorted(PAST_PARTICIPLES | {"lost", "made", "had", "got", "sold", "run", "left", "held"})
    )
    + r")\b)"
)

# Kin, and those close as kin, claimed ("tell her it's her cousin"; "law" for "in-law"): the
# claim rule's words, and looked for by word in misleading_claim, where the substrings of
# _CLAIM_GATE find nothing (most lines: a word set is one look, a list of substrings many)
_KIN_WORDS = frozenset(
    "brother sister cousin uncle aunt aunty auntie nephew niece law kinsman kinswoman townsman"
    " classmate schoolmate".split()
)

# The claims that the call itself was expected or asked for (a pretext for ringing): the
# first parts of _CLAIM_PARTS, and the engine's expected_call signal.
_CALL_PRETEXTS: tuple[Rule, ...] = (
    # expecting my call
    Rule(
        r"\b\w+(?:'s|\s+is|\s+are|'re|\s+was|\s+were|\s+has\s+been|\s+have\s+been|'d\s+be|\s+would\s+be|'ll\s+be|\s+will\s+be|\s+might\s+be)\s+(?!not\s|never\s)(?:\w+\s+)?expecting\s+(?:my|our|me|us|a\s+call|to\s+hear|this\s+call)"
        # the apostrophe of a name's "is" dropped: "gregs expecting my call"
        r"|\b[a-z]+s\s+(?:already\s+|totally\s+|definitely\s+)?expecting\s+(?:my|our|me|us|a\s+call|to\s+hear|this\s+call)"
        # ... or its "is" dropped after a pronoun or a title and name, as English learned
        # late says it: "Mr. Anan expecting my call" (not asked: "is he expecting my call?")
        r"|(?<!\bis\s)(?<!\bwas\s)(?<!\bisn't\s)\b(?:he|she|they|(?:mr|mrs|ms|dr|khun|sir)\.?\s+[a-z]+)\s+(?:already\s+)?expecting\s+(?:my|our|me|us|a\s+call|to\s+hear|this\s+call)"
        # ... or its "have" dropped: "sione reckon you been expecting my call"
        r"|\b(?:you|ya|u|he|she|they)\s+been\s+(?:\w+\s+)?expecting\s+(?:my|our|me|us|a\s+call|to\s+hear|this\s+call)"
        # ... or waited for: "he is waiting for my call since last week"
        r"|\b(?:he|she|they|you|[a-z]+)(?:'s|s|\s+is|\s+are|'re|\s+was|\s+were|\s+has\s+been|\s+have\s+been|\s+been)\s+(?!not\s|never\s)(?:\w+\s+)?"
        r"waiting\s+(?:for|on)\s+(?:my|our)\s+(?:call|ring|phone\s+call)\b"
        # ... or the caller waited for: "she is waiting for me" (a person waiting, and only
        # that said: not "he's waiting for me to send the quote", "the truck is waiting for me")
        r"|\b(?:he|she|they|(?:mr|mrs|ms|dr|madame|madam|monsieur|sir)\.?\s+[a-z]+)(?:'s|\s+is|\s+are|'re|\s+was|\s+were|\s+has\s+been|\s+have\s+been|\s+been)\s+(?:already\s+)?"
        r"waiting\s+(?:for|on)\s+(?:me|us)(?=\s*(?:[,.;!?]|$|\s+(?:already|now|since|today|on\s+the\s+line)\b))",
        "expecting waiting",
    ),
    # the message they left, answered: "mr delgado left me a message last week and im
    # getting back to him" (the transcript must support it, as a returned call; "getting
    # back to you about..." is a part below)
    Rule(
        # (not our own side's: "my boss left me a note to call you")
        r"\b(?<!\bmy\s)(?<!\bour\s)(?!(?:i|we)\b)\w+\s+(?:left|sent)\s+(?:me|us)\s+(?:a\s+)?(?:message|voicemail|vm|note)\b",
        "message voicemail vm note",
    ),
    # ... or the call they tried to make: "Dale tried to reach me yesterday", "she's been
    # trying to get hold of us" (not our side's: "my manager tried to call you")
    Rule(
        r"\b(?<!\bmy\s)(?<!\bour\s)(?!(?:i|we|you|they|it|someone|somebody|people|customers|clients)\b)\w+(?:'s|s|\s+has|\s+had|\s+was)?\s+"
        r"(?:(?:been|just)\s+)?(?:tried|trying)\s+to\s+(?:reach|call|ring|phone|contact|get\s+(?:a\s+)?hold\s+of|get\s+ahold\s+of|get\s+in\s+touch\s+with)\s+(?:me|us)\b",
        "tried trying",
    ),
    # ... or a call of theirs answered: "I'm just getting back to Mr. Whyte, he rang me
    # Monday about the fleet policy" (not "getting back to you", which a follow-up call may
    # truly do, nor "he rang me back", nor our own side's "my boss rang me")
    Rule(
        r"\b(?:i'm|im|i\s+am|i\s+was|we're|we\s+are)\s+(?:just\s+|only\s+)?getting\s+back\s+to\s+(?:him|her|them|(?:mr|mrs|ms|dr)\.?\s+\w+)"
        r"|\b(?<!\bmy\s)(?<!\bour\s)(?:he|she|they)\s+(?:rang|rung|called|phoned)\s+(?:me|us)\s+(?:on\s+|last\s+|this\s+|yesterday|earlier|about|'bout|regarding)",
        "getting rang rung called phoned",
    ),
    # ... said in the present, as English learned late says it: "she left a message last
    # week, so I return her call" (not "if I return your call", "I'll return your call")
    Rule(
        r"(?<!\bif\s)(?<!\bwhen\s)(?<!\bonce\s)\b(?:i|we)\s+(?:just\s+|only\s+|now\s+)?return\s+(?:his|her|their|your|ya|ur|the)\s+"
        r"(?:(?:phone|missed|earlier)\s+)?(?:call|message|voicemail)\b",
        "return",
    ),
    # returning his call
    Rule(
        # (a name ending in s may take the apostrophe alone: "returning Mr. Jacobs' call")
        r"\breturning\s+(?:(?:his|her|their|your|ya|yer|yuh|ur|the|a)\s+(?:[\w.']+\s+){0,2}?|(?:(?:dr|mr|mrs|ms)\.?\s+)?\w+(?:\s+\w+)?(?:'s|s')\s+"
        # the apostrophe dropped: "returning ms anands call", "returning daves message"
        r"|(?:(?:dr|mr|mrs|ms)\.?\s+\w+|(?:[a-z]+\s+)?(?!(?:customers|clients|others|peoples|folks|calls|yours|hers|ours|theirs|emails|messages)\b)\w+)s\s+)"
        r"(?:call|message|voicemail|email|e-mail)\b",
        "returning",
    ),
    # ... or said as a call back owed to someone: "calling back for mark", "i'm calling
    # mr tanko back" (not "calling back for the quote", "i'll call him back")
    Rule(
        r"(?<!\bwill\s)(?<!\bi'll\s)(?<!\bto\s)\bcalling\s+back\s+for\s+(?!(?:the|a|an|your|my|our|this|that|some|more|any|information|info|details|lunch|now|today|tomorrow)\b)"
        r"(?:(?:mr|mrs|ms|dr|madam|madame|sir)\.?\s+)?[a-z][a-z'-]+\b"
        r"|(?:\bi'm|\bim|\bi\s+am)\s+(?:just\s+|only\s+)?calling\s+(?:him|her|(?:mr|mrs|ms|dr)\.?\s+[a-z'-]+)\s+back\b",
        # (gated on "back", rarer in a line than "calling")
        "back",
    ),
    # asked me to call / told me you'd want
    Rule(
        r"\b(?:your\s+\w+(?:\s+\w+)?|\w+)\s+(?:asked|told|wanted|invited|suggested|recommended|said|mentioned|referred)\s+(?:me|us|that\s+i|i|we)\s+"
        # (and "told me I had to call you", "said we really should reach out")
        # (an adverb after the "must" too: "she told me I must definitely speak with you")
        # (the "I" perhaps taken already: "said I must absolutely talk to you")
        r"(?:to\s+|should\s+|would\s+|(?:(?:i|we)\s+)?(?:really\s+)?(?:had\s+to|have\s+to|should|must|ought\s+to|needed\s+to|need\s+to|got\s+to|gotta)\s+"
        r"(?:(?:really|definitely|absolutely|just|simply|seriously|totally)\s+)?)?"
        r"(?:call|reach|speak|talk|get\s+in\s+touch|contact|ring|give\s+(?:him|her|them|you)\s+a|check\s+in|stop\s+by|drop\s+by)"
        # (a round of calls set by our own side claims nothing of them: "my manager asked me to
        # call every company that was at the show")
        r"(?!\s+(?:out\s+)?(?:every|all|each|everyone|everybody|around|round|through)\b)"
        # told to try them: "your office manager said to try you at home this evening"
        r"|\b(?:your\s+\w+(?:\s+\w+)?|(?!(?:he|she|they|you|i|we|it)\b)\w+)\s+(?:said|told\s+(?:me|us))\s+to\s+(?:(?:try|call|ring|reach|phone|catch)\s+(?:you|him|her|them)|give\s+(?:you|him|her|them)\s+a\s+(?:ring|call|shout|buzz|bell))\b"
        # the name set off by commas: "Your board chair, Gene Ivers, told me to get in touch"
        r"|\b(?!(?:sure|okay|ok|yes|yeah|no|worries|thanks|right|so|well|great|fine|alright|perfect|also)\b)\w+,\s+(?:asked|told|suggested|recommended|referred)\s+(?:me|us)\s+(?:to\s+)?(?:call|reach|speak|talk|get\s+in\s+touch|contact|ring|give\s+(?:him|her|them|you)\s+a)",
        "asked told wanted invited suggested recommended said mentioned referred",
    ),
    # ... told in the present, as English learned late says it: "your colleague Dr. Osei,
    # he tell me to call you" (not "you tell me to call back", "please tell me to stop")
    Rule(
        r"\b(?:he|she|they|(?:your|my)\s+\w+)\s+(?:tell|tells|ask|asks)\s+(?:me|us)\s+(?:to\s+)?"
        r"(?:call|reach|speak\s+(?:to|with)\s+you|talk\s+(?:to|with)\s+you|contact|ring|get\s+in\s+touch)\b",
        "tell tells ask asks",
    ),
    # a request of theirs for the work the call does: "Mr Halvorsen asked us to update his
    # info", "your manager asked me to confirm the address" (not "customers asked us to")
    Rule(
        r"\b(?:your\s+\w+(?:\s+\w+)?|(?!(?:i|we|it|customers|clients|people|folks|many|some|most|they)\b)\w+)\s+asked\s+(?:me|us)\s+to\s+"
        r"(?:update|verify|confirm|correct|check|follow\s+up|send|set\s+up|book|schedule|arrange|quote)\b",
        "asked",
    ),
    # ... or a wish of their own to meet, told back to them: "you said on linkedin you
    # wanted to meet", "you told me you'd like a demo" (the transcript must support it)
    Rule(
        r"\byou\s+(?:said|told\s+me|mentioned|asked)\s+(?:on\s+linkedin\s+|in\s+your\s+(?:message|email|note|dm)\s+|last\s+(?:week|time|month)\s+)?(?:that\s+)?"
        r"you\s+(?:wanted|want|would\s+like|'d\s+like|were\s+(?:keen|interested|looking|hoping))\s+"
        r"(?:to\s+(?:meet|talk|chat|speak|see\s+(?:me|us)|hear\s+(?:more|from)|connect|sit\s+down|get\s+together)|(?:a|an)\s+(?:meeting|call|demo|chat|catch-?up|visit))\b",
        "said told mentioned asked",
    ),
    # ... or the thing the call brings, asked for by them: "it's about some information he
    # asked us for a while back" (not "what customers asked us for")
    Rule(
        r"\b(?:he|she|(?:mr|mrs|ms|dr)\.?\s+[a-z]+)\s+(?:had\s+)?(?:asked|requested)\s+(?:us|me)\s+for\b(?!\s+(?:nothing|anything)\b)",
        "asked requested",
    ),
)
# A customer of ours claimed, as with us a while: "your company has been with us since last
# season", "you've been with us for two years" (not "your patience has been with us")
_WITH_US_A_WHILE = Rule(
    r"\byour\s+(?:[\w-]+\s+)?(?:company|firm|school|office|clinic|practice|business|team|hotel|store|shop|church|depot|hospital|factory|farm)\s+(?:has|have|'s)\s+been\s+with\s+us\b"
    r"|\byou(?:'ve|ve|\s+have|\s+people\s+have|\s+guys\s+have)\s+been\s+with\s+us\s+(?:since|for)\b",
    "been",
)
# ... or as the ones doing their work: "we are the ones carrying your ginger to Kano",
# "we're the one supplying your diesel" (not "we're the ones who fix your kind of problem")
_THE_ONES_DOING = Rule(
    r"\bwe(?:'re|\s+are|re)\s+(?:actually\s+|already\s+)?the\s+ones?\s+(?:who\s+|that\s+)?(?:already\s+)?"
    r"(?:carry|carrying|supply|supplies|supplying|deliver|delivers|delivering|handle|handles|handling|service|services|servicing|move|moves|moving|print|prints|printing|clean|cleans|cleaning|maintain|maintains|maintaining|run|runs|running|do|does|doing|insure|insures|insuring|transport|transports|transporting)\s+"
    r"your\s+(?!(?:competitors?|rivals?|neighbou?rs?|peers?|industry|area|kind|type|sort)\b)[\w-]+",
    "ones one",
)
_CLAIM_PARTS: tuple[Rule, ...] = (
    *_CALL_PRETEXTS,
    Rule(
        r"\b(?:your\s+\w+(?:\s+\w+)?|\w+)\s+(?:told|said\s+to|mentioned\s+to|asked)\s+me\s+(?:that\s+)?(?:you(?:\s+guys|\s+all|\s+folks)?|he|she|they)(?:(?:'d|\s+would)"
        + _WOULD_HAVE_DONE
        + r"|\s+might|\s+wanted|\s+want|\s+needed"
        # ... what they are after, not news of them ("marcy told me you're finally cutting back")
        r"|(?:'re|'s|\s+were|\s+are|\s+is|\s+was)\s+(?:\w+\s+)?(?:looking\s+(?:to|for|at|into)|interested|keen|expecting|waiting"
        r"|open\s+to|in\s+the\s+market|shopping|thinking\s+(?:of|about)|planning|after|considering|hoping|eager|ready"
        # ... or unhappy with what they have: "rick told me you guys were unhappy with your vendor"
        r"|unhappy|frustrated|fed\s+up|not\s+(?:happy|thrilled|satisfied)|dissatisfied|disappointed|struggling"
        r"|having\s+(?:trouble|issues|problems)"
        # ... or who to ask: "jen told me you were the person to talk to"
        r"|the\s+(?:right\s+|best\s+)?(?:person|one|guy|lady|contact|decision)))",
        "told said mentioned asked",
    ),
    # ... or for what the prospect is short of: "he said you're pretty desperate for help
    # with the books", "she said you were crying out for a new supplier" (of "you" only: "the
    # owners I work with said they were drowning in paperwork" is their own story)
    Rule(
        r"\b(?:your\s+\w+(?:\s+\w+)?|(?!(?:i|we|they)\b)\w+)\s+(?:said|mentioned)\s+(?:that\s+)?you"
        r"(?:'re|\s+are|\s+were|'d\s+been|\s+had\s+been)\s+(?:\w+\s+)?"
        r"(?:desperate\s+(?:for|to)|crying\s+out\s+for|in\s+need\s+of|struggling\s+(?:with|to)|drowning\s+in|swamped\s+(?:with|by))",
        "said mentioned",
    ),
    # a third party vouching for what the prospect wants: "Jen said you'd want to talk to me"
    Rule(
        # (the one who said it, not a word that leads in: "and figured you'd want", "just
        # thought you'd like")
        r"\b(?:your\s+\w+(?:\s+\w+)?|(?!(?:i|we|and|just|so|also|then|but|really|actually|honestly|kinda|kind\s+of|sort\s+of|i've|ive|i'd|id)\b)\w+)"
        r"\s+(?:(?:actually|really|also|even|apparently|definitely|once)\s+)?(?:said|mentioned|reckoned|thought|figured)\s+(?:that\s+)?(?:you|he|she|they)"
        r"(?:(?:'d|\s+would|\s+might|'ll|\s+will|'re|\s+are|\s+were)\s+"
        r"(?:be\s+)?(?:\w+\s+)?(?:want|wanting|keen|interested|happy|glad|like|need|open|looking\s+forward|expect|expecting"
        # "marcus said you were looking to switch providers"
        r"|looking\s+(?:to|for|at|into)|thinking\s+(?:of|about)|planning\s+(?:to|on)|shopping\s+(?:for|around)"
        # "paul said you'd been asking about us"
        r"|asking\s+(?:about|after|for)\s+(?:us|me|our|my)"
        # "ana said you were waiting to hear from me"
        r"|waiting\s+(?:to\s+hear\s+from|on|for)\s+(?:us|me|our|my|a\s+call))"
        # ... said in the past: "hector said you wanted to meet with us"
        r"|\s+(?:really\s+)?(?:wanted|needed|asked)\s+(?:to\s+(?:meet|talk|speak|chat|see|hear|sit\s+down|get\s+together|connect)"
        r"|(?:for\s+)?(?:a|an)\s+(?:demo|call|meeting|quote|chat|intro)))\b",
        "said mentioned reckoned thought figured",
    ),
    # personal matter, friend of hers, he knows us
    Rule(
        # ("that is one personal matter", as Caribbean Creoles say "a")
        r"\b(?:it's|its|it\s+is|this\s+is|that's|that\s+is|regarding|about)\s+(?:(?:kind\s+of|sort\s+of|kinda|sorta|more\s+of|really|just|actually|a\s+bit\s+of)\s+)*(?:a\s+|the\s+|one\s+)?(?:personal|private|family)\s+(?:(?:family|private|personal)\s+)?(?:matter|call|issue|business|thing)"
        r"|\bit's\s+(?:(?:kind\s+of|sort\s+of|kinda|sorta|really|just)\s+)?personal\b"
        # (its verb dropped where a clause starts, or said with Krio's "na": "Ah, na personal
        # matter small.", "private matter, she will know")
        r"|(?:^|(?<=[,;.!:]\s)|(?<=[,;.!:]))(?:(?:ah|oh|eh|ehn|well|na)\W+)*(?:a\s+|one\s+)?(?:personal|private)\s+(?:matter|issue|business)\b"
        # (its subject dropped, as English learned late says it: "..., is a bit personal also")
        r"|(?:^|(?<=[,;.]\s)|(?<=[,;.]))is\s+(?:(?:a\s+bit|a\s+little(?:\s+bit)?|kind\s+of|sort\s+of|really|just|little\s+bit)\s+)?personal\b"
        # its apostrophe dropped, where "its" cannot be the possessive: "its personal. hes
        # gonna want to take it" (not "its personal data")
        r"|\bits\s+(?:(?:kind\s+of|sort\s+of|kinda|sorta|really|just)\s+)?personal(?=\s*(?:[.,;:!?]|--?\s|$)|\s+(?:and|but|so)\b)",
        "personal private family",
    ),
    # a yes claimed from someone above them: "your cfo already signed off on us doing a
    # benefits review" (not "we already booked the room")
    Rule(
        # (a line with "already" in it is searched: the word before the subject is looked
        # at, not "my manager" nor "our team")
        # (nor the tail of a contraction: "I've already booked us a table")
        r"\b(?:your\s+(?:[\w-]+\s+){0,2}?[\w-]+|(?<!\bmy\s)(?<!\bour\s)(?<!\bthe\s)"
        r"(?!(?:i|we|you|it|that|this|which|who|have|has|had|i've|we've|you've|been|was|were|is|are|just|and|but|so|we'd|i'd|i'm|we're|ve|d|ll|re)\b)[a-z]+)"
        # ("agreed with us" too: "as your manager Mr. Dawit already agreed with us last month")
        r"\s+(?:has\s+|had\s+)?already\s+(?:signed\s+off|approved|okayed|greenlit|green-lit|agreed\s+(?:to|with\s+(?:us|me))|said\s+yes|booked\s+(?:us|me|this|a|the)|scheduled\s+(?:us|me|this|a|the))\b",
        "already",
    ),
    Rule(
        # (not a friend of our own side's: "Tamuna, a friend of my cousin, she ran ...")
        r"(?<!\bfor\s)\b(?:friends?|buddy|buddies|pals?)\s+of\s+(?!mine\b|ours\b|my\b|our\b)\w+(?:'s)?\b",
        "friend friends buddy buddies pal pals",
    ),
    # the caller as their friend: "keith darrow, your buddy from the golf scramble"
    Rule(
        r"(?:^|(?<=,)|\b(?:it's|its|i'm|im|this\s+is)\s+)\s*your\s+(?:old\s+|good\s+)?(?:buddy|pal|mate|friend)\s+(?:[a-z][\w'-]*\s+)?from\b"
        # ... or the one asked for told the caller is theirs: "tell him its his friend from
        # cotonou, his old friend, he will know"
        # (the caller's name between: "tell him it's Mawuli, his friend")
        r"|\b(?:it's|its|it\s+is|i'm|im|i\s+am)\s+(?:[a-z][\w'-]+,?\s+)?(?:his|her)\s+(?:old\s+|good\s+|close\s+|best\s+)?(?:buddy|pal|mate|friend|brother|sister|cousin|classmate|schoolmate)\b"
        # (or other kin, the caller's own self, said as who is calling: "tell him it's his
        # in-law from Jos", "I am her uncle." -- not one told of: "it's his nephew Conor
        # looking after your area now")
        r"|\b(?:it's|its|it\s+is|i'm|im|i\s+am)\s+(?:[a-z][\w'-]+,?\s+)?(?:his|her)\s+(?:younger\s+|elder\s+|big\s+|small\s+)?"
        r"(?:uncle|aunt|aunty|auntie|nephew|niece|in-law|brother-in-law|sister-in-law|kinsman|kinswoman|townsman)"
        r"(?=\s*(?:[,.;!?]|$)|\s+(?:from|here|calling|speaking|on\s+the\s+line)\b)",
        "buddy pal mate friend " + " ".join(sorted(_KIN_WORDS)),
    ),
    Rule(
        r"\b(?:i'm|i\s+am|we're|we\s+are)\s+(?:old\s+|good\s+|close\s+)?(?:friends|buddies|pals|old\s+colleagues)\s+(?:with|from)|\bwe\s+go\s+(?:way\s+)?back\b"
        # "me and dale go way back, we're old buddies": the two of us, friends
        r"|\b(?:we're|we\s+are|we\s+were|(?<!they\s)(?<!you\s)(?<!he\s)(?<!she\s)were)\s+(?:old|good|close|great)\s+(?:friends|buddies|pals|mates)\b",
        "friends buddies pals colleagues back mates",
    ),
    # (not what a step is for: "i'll email him today so he knows who i am")
    Rule(
        r"\b(?<!\bso\s)(?<!\bso\sthat\s)(?:he|she|they)\s+knows?\s+(?:me|us|who\s+i\s+am|my\s+name)\b"
        # ... or anyone named: "Father D'Mello knows me very well", "your principal knows us"
        r"|\b(?<!\bso\s)(?!(?:nobody|noone|everyone|everybody|who|he|she|they)\b)[a-z][\w'-]+\s+knows\s+(?:me|us)\s+(?:very\s+|really\s+|quite\s+|pretty\s+)?well\b"
        # the call said to need no reason, they know it already: "he'll know what it's about",
        # "you know what it's about" (not what a step is for: "so she knows what it's about")
        r"|\b(?<!\bso\s)(?<!\bso\sthat\s)(?:he|she|they|you|u)(?:'ll|ll|\s+will|'s\s+gonna|s\s+gonna|\s+is\s+gonna|'re\s+gonna|\s+are\s+gonna|\s+already|\s+probably)?"
        r"\s+(?:know|knows)\s+what\s+(?:it's|its|it\s+is|this\s+is|this's|it\s+was|i'm\s+calling|im\s+calling)\s+(?:about|regarding|concerning|in\s+regards?\s+to|for)\b"
        # ... or "he'll know what it is" closing the line
        r"|\b(?<!\bso\s)(?<!\bso\sthat\s)(?:he|she|they)(?:'ll|ll|\s+will)\s+know\s+what\s+(?:it\s+is|this\s+is)\W*$"
        # ... or "he knows all about it"
        r"|\b(?<!\bso\s)(?<!\bso\sthat\s)(?:he|she|they)(?:'ll|ll|\s+will|\s+already)?\s+knows?\s+all\s+about\s+(?:it|this|me|us)\b",
        "know knows",
    ),
    # an existing relationship with the prospect's company
    Rule(
        r"\b(?:we(?<!\bdo\swe)(?<!\bdid\swe)(?:'re|\s+are)?|our\s+(?:company|firm|team|business)(?:\s+is|'s)?)\s+(?:(?:actually|really|honestly|also)\s+)?(?:already|currently)\s+(?:dey\s+)?"
        # (or doing it now: "our company is already handling transport for your school";
        # Nigerian Pidgin "we already dey work with ...")
        r"(?:look(?:ing)?\s+after|handl(?:e|ing)|manag(?:e|ing)|run(?:ning)?|do(?:ing)?|provid(?:e|ing)|supply(?:ing)?|servic(?:e|ing)|support(?:ing)?"
        r"|insur(?:e|ing)|tak(?:e|ing)\s+care\s+of|work(?:ing)?\s+with|work(?:ing)?\s+for"
        # (or set up with them: "we're already set up with your joburg plant")
        r"|set\s+up\s+(?:with|at|in))\s+"
        # (them, said to them: "we already work with you guys over at the denver office")
        # (or what we do for them: "we already handle those for you guys")
        r"(?:(?:(?:[\w-]+\s+){0,5}?for\s+)?you(?:\s+guys|\s+folks|\s+all)?\b(?![\'’])|(?:[\w-]+\s+){0,5}?(?:for\s+|at\s+|with\s+)?(?:your|y'all's|yall's)\s+(?!competitors?|neighbou?rs?|peers?|industry|area|sector|region|town|city|street|market|rivals?)[\w-]+)",
        "already currently",
    ),
    # ... said of them: "you people are already with us for the printer AMC", "your school
    # is currently with us"
    Rule(
        r"\b(?:you(?:'re|\s+are|re|\s+(?:people|guys|folks|all)\s+are)|your\s+(?:[\w-]+\s+)?(?:company|firm|school|office|clinic|practice|business|team|hotel|store|shop)(?:\s+is|'s))"
        r"\s+(?:already|currently)\s+(?:with\s+us|on\s+our\s+books|signed\s+(?:up\s+)?with\s+us)\b",
        "already currently",
    ),
    # (a customer of ours: with us a while, or the ones doing their work)
    _WITH_US_A_WHILE,
    _THE_ONES_DOING,
    # ... or what we do for them, said in the present since a time ("we are handling your
    # account since last year itself", as Indian English tells what has gone on a while)
    Rule(
        r"\bwe(?:'re|\s+are)\s+(?:handling|managing|servicing|supplying|maintaining|looking\s+after|doing)\s+your\s+(?!(?:competitors?|rivals?|neighbou?rs?|peers?|industry|area)\b)(?:[\w-]+\s+){1,3}?since\b",
        "since",
    ),
    # our people and theirs: "our guys already do business with your purchasing folks"
    Rule(
        r"\bour\s+(?:[\w'-]+\s+){0,2}?(?:guys|team|teams|people|folks|company|office|staff|reps?|crew|firm|group)\s+(?:(?:actually|really|already|currently)\s+)+"
        r"(?:do\s+business|work|works|partner|partners|deal)\s+with\s+your\s+(?!competitors?|neighbou?rs?|peers?|industry|area)\w+",
        "already currently",
    ),
    # the same said from their side: "your team in charlotte already works with us"
    Rule(
        r"\byour\s+(?:[\w'-]+\s+){0,2}?(?:team|teams|company|office|people|staff|department|folks|guys|org|organi[sz]ation|firm|branch|site|plant"
        r"|division|group|colleagues|head\s+office|hq)\s+(?:(?:in|at|over\s+in|up\s+in|down\s+in)\s+[\w'-]+\s+)?"
        r"(?:already|currently)\s+(?:works?\s+with|partners?\s+with|buys?\s+from|orders?\s+from|uses?)\s+us\b"
        # ... or has already asked us for it: "your team already told us they want to
        # integrate with us", "your ops people already asked us for a quote"
        r"|\byour\s+(?:[\w'-]+\s+){0,2}?(?:team|teams|people|staff|department|folks|guys|colleagues|boss|manager|cfo|ceo|vp|director)"
        r"\s+(?:already|(?:has|have)\s+already)\s+(?:told|asked|said\s+to|called|emailed|reached\s+out\s+to|came\s+to)\s+(?:us|me)\b",
        "already currently",
    ),
    Rule(
        # (an adverb may come before "been": "we've actually already been working with...")
        r"\b(?:we're|we\s+are|(?:we've|we\s+have)(?:\W+(?:actually|already|really|honestly))*\W+been)\W+(?:(?:uh|um|actually|already|currently|really)\W+)*(?:working|partnered|partnering|doing\s+business)\s+with\s+(?:you\b|your\s+(?!competitors?|neighbou?rs?|peers?|industry|area)\w+)",
        "working partnered partnering doing",
    ),
    # ... or our people working for theirs, told as done a while: "my team's been helping your
    # brno plant with...", "we've been supplying your warehouse since march"
    Rule(
        r"\b(?:we've|we\s+have|(?:my|our)\s+(?:[\w-]+\s+)?(?:team|teams|firm|people|guys|crew|company|group|folks|staff|office)(?:'s|s|\s+has|\s+have))"
        r"(?:\W+(?:actually|already|really|honestly))*\W+been\W+(?:(?:uh|um|actually|already|currently|really)\W+)*"
        r"(?:helping|supporting|supplying|servicing|advising|doing\s+work\s+for|working\s+for|handling|managing|maintaining|looking\s+after)(?:\s+out)?"
        r"\s+(?:you\b|your\s+(?!competitors?|neighbou?rs?|peers?|industry|area)\w+)",
        "helping supporting supplying servicing advising handling managing maintaining looking",
    ),
    Rule(
        r"\b(?:i'm|i\s+am)\s+your\s+(?:\w+\s+){0,2}(?:rep|representative|account\s+manager|manager|contact|agent|advisor|consultant|point\s+of\s+contact)\b",
        "rep representative manager contact agent advisor consultant",
    ),
    Rule(
        # ("your" typed for "you're": "since your one of our existing accounts")
        r"\b(?:you(?:'re|\s+are)|your(?=\s+(?:already\s+)?(?:one\s+of|an\s+existing)\b))\s+(?:already\s+)?(?:a|an\s+existing|one\s+of\s+our)\s+(?:\w+\s+)?(?:customers?|clients?|accounts)\b"
        # their firm named: "your district's already one of our accounts", "your company is
        # a client" (not their rivals: "your competitors are already customers")
        r"|\byour\s+(?!(?:competitors?|rivals?|neighbou?rs?|peers?)\b)(?:[\w-]+\s+){0,2}?[\w-]+?(?:'s|s|\s+is)\s+(?:already\s+)?(?:a|an\s+existing|one\s+of\s+our)\s+(?:\w+\s+)?(?:customers?|clients?|accounts)\b"
        r"|\byour\s+(?:existing\s+|current\s+)?account\s+with\s+us\b"
        # the other way round: "we're a client", "I'm one of your customers"
        r"|\b(?:we're|we\s+are|i'm|i\s+am)\s+(?:already\s+)?(?:a|an\s+existing|one\s+of\s+your|your)\s+(?:\w+\s+)?(?:customers?|clients?)\b",
        "customer customers client clients account accounts",
    ),
    # prior contact, which the transcript must support
    Rule(
        r"\b(?:following\s+up\s+on|following\s+up\s+from|circling\s+back\s+on|as\s+per|per)\s+our\s+(?:\w+\s+){0,2}?(?:conversation|call|chat|meeting|discussion|talk)\b",
        "conversation call chat meeting discussion talk",
    ),
    Rule(
        r"\bas\s+(?:we|i)\s+(?:discussed|agreed|promised|talked\s+about)\b|\blike\s+we\s+(?:discussed|talked\s+about|agreed)\b",
        "discussed agreed promised talked",
    ),
    Rule(
        # (not others met, described: "we keep a list of people we met at expos")
        rf"{_OTHERS_BEFORE}\b{_WE_MET}\s+(?:(?:briefly|for\s+a\s+(?:minute|moment|bit|second|few\s+minutes))\s+)?"
        r"(?:at|last|before|earlier|on|about|a\s+few|the\s+other|in|over|after|during)\b",
        _WE_MET_WORDS,
    ),
    # ... its verb in the present, as English learned late may tell the past, the time
    # after it saying it is past: "we talk at the coffee break of the panel last thursday"
    # (not "we meet at the café every friday", a habit)
    Rule(
        _WE_MEET_NOW
        + r"(?=[^.!?;]{0,80}?\b(?:last\s+(?:week|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|yesterday|ago)\b)",
        # (gated on the time that makes it past, rarer in a line than the verbs)
        "last yesterday ago",
    ),
    # already working with their company: "we're actually already doing the cleaning at your
    # other site" (not "we're already working with a bunch of brands")
    Rule(
        r"\bwe(?:'re|\s+are|re)\s+(?:actually\s+|currently\s+)?already\s+(?:doing|handling|working|servicing|supplying|cleaning|running|managing)\b"
        r"(?=[^.!?]{0,40}\byour?\b)",
        "already",
    ),
    # met, said another way: "we swapped a few words at the panel", "we crossed paths"
    _MET_OTHERWISE,
    # ... or as a pleasure recalled: "great to meet you at the forum last thursday", "it was
    # good meeting you in milwaukee" (where or when it was follows)
    Rule(
        r"\b(?:great|good|nice|lovely|fun|a\s+pleasure)\s+(?:to\s+meet|meeting)\s+you\s+(?:at(?!\s+(?:last|long\s+last)\b)|in|during|after|over|last|on)\b",
        "meet meeting",
    ),
    Rule(
        r"\b(?:great|good|nice)\s+to\s+(?:reconnect|talk\s+again|speak\s+again|catch\s+up\s+again|hear\s+your\s+voice\s+again)\b",
        "reconnect again",
    ),
    # ... or as time gone since: "it's been ages since the chamber mixer" (not "good to
    # catch up", a goodbye's pleasantry)
    Rule(
        r"\b(?:it's|its|it\s+has)\s+been\s+(?:ages|forever|too\s+long|so\s+long|way\s+too\s+long|a\s+(?:long\s+)?while|years)\s+since\s+"
        r"(?:we\s+(?:last\s+)?(?:met|spoke|talked|chatted|caught\s+up|saw\s+each\s+other|had)|our\s+(?:last\s+)?(?:chat|talk|call|coffee|lunch|catch-?up)"
        r"|(?:the|that)\s+(?:[\w'-]+\s+){0,2}?(?:mixer|expo|conference|breakfast|lunch|dinner|fair|meetup|show|summit|forum|panel|event|gala|party))\b",
        "since",
    ),
    # ("you talked about retention in the trade press" is public, not a talk with us; so is
    # "the interview where you talked about retention"; and "the retention goal you talked
    # about" names a stand they took, wherever they took it: "you" opens a clause of its own)
    Rule(
        r"\bwe\s+(?:talked|spoke)\s+about\b|\byou(?:"
        + _CLAUSE_OPENERS
        + r")"
        + "".join(
            f"(?<!{source}\\s{where}\\syou)"
            for source in "interview podcast article panel keynote webinar video post piece episode talk".split()
            for where in ("where", "when")
        )
        + r"\s+(?:talked|spoke)\s+about\b(?![^.!?]{0,60}\b(?:in|on|at|during)\s+"
        r"(?:the\s+|your\s+|a\s+|an\s+|that\s+|this\s+)?(?:[\w-]+\s+)?(?:press|interview|podcast|article|panel|keynote|webinar|blog|post|news|paper|magazine|conference|video|show|radio|stage)\b)",
        "talked spoke",
    ),
    # an old friendship claimed with them or their people: "we go way back", "your head of
    # engineering and I go way back" (a mutual friend overstated is the scenario's to judge)
    Rule(
        r"\b(?:we|you\s+and\s+i|your\s+(?:[\w'-]+\s+){1,4}?and\s+i)\s+go\s+(?:way|a\s+long\s+way|years|ages)\s+back\b",
        "back",
    ),
    # ... or work already shared with them: "your cfo and I have been working together for
    # a while", "I've been working with your ops director"
    Rule(
        r"\b(?:you\s+and\s+i|your\s+(?:[\w'-]+\s+){1,4}?and\s+i)\s+(?:have|'ve)\s+been\s+working\s+together\b"
        r"|\bi(?:'ve|\s+have)\s+been\s+working\s+(?:closely\s+)?with\s+your\s+(?:[\w'-]+\s+){0,2}?"
        r"(?:cfo|ceo|coo|cto|cmo|boss|owner|manager|director|head|vp|president|founder|partner|controller)\b",
        "working",
    ),
    Rule(
        r"\b(?:you|he|she|they)\s+(?:were|was)\s+asking\s+(?:me\s+|us\s+)?about\b|\byou\s+asked\s+(?:me\s+|us\s+)?about\b"
        # (asked of us, or something asked for, named after it: "the quote you asked us
        # for", "you asked for a quote"; not "the headcount you asked for?", what they
        # asked of someone else)
        r"|\byou\s+asked\s+(?:me|us)\s+for\b|\byou\s+asked\s+for\s+(?!(?:from|in|at|last|on|when|them|him|her|it)\b)\w"
        # work they are said to have asked for: "the inspection your office asked us to set up"
        r"|\b(?:you|your\s+(?:[\w'-]+\s+){0,2}?(?:office|team|manager|boss|assistant|people|staff|company|front\s+desk|husband|wife|partner))"
        r"\s+asked\s+(?:us|me)\s+to\s+(?:set\s+up|schedule|book|come|call|send|quote|look|do|arrange|put\s+together)\b"
        # a call back they are said to have asked for: "just getting back to you like you asked"
        r"|\b(?:getting\s+back\s+to|calling)\s+(?:you\s+)?(?:back\s+)?(?:\w+\s+){0,2}?(?:like|as)\s+(?:you|he|she|they)\s+(?:asked|requested)\b",
        "asking asked requested",
    ),
    Rule(
        # (not an order offered or a question: "can I get you signed up for the trial",
        # "have you signed up yet?")
        r"\b(?<!\bget\s)(?<!\bgetting\s)(?<!\bhave\s)(?<!\bhas\s)(?:you|he|she|they)\s+(?:requested|inquired|enquired|submitted|filled\s+(?:out|in)|signed\s+up|sent\s+(?:us|me|in|over|through))\b"
        # a connection request on a network is public courtesy, not a pretext
        r"(?!\s+(?:a\s+|an\s+)?(?:linkedin\s+)?(?:connect(?:ion)?|friend|follow)\s+(?:request|invite|invitation)\b)",
        "requested inquired enquired submitted filled signed sent",
    ),
    Rule(
        r"\b(?:following\s+up|follow\s+up|circling\s+back|getting\s+back\s+to\s+you|responding|in\s+response|replying|calling\s+back|calling)\s+(?:on|about|to|regarding|re)\s+"
        # (a connection request on a network is public courtesy: "your linkedin request to connect")
        r"(?:(?:his|her|their|your|(?:dr|mr|mrs|ms)\.?\s+\w+'s|\w+'s)\s+(?!(?:linkedin\s+)?(?:connect(?:ion)?|friend|follow)\s+request|linkedin\s+(?:request|invite|invitation)\b)(?:[\w-]+\s+){0,2}?(?:request|inquiry|enquiry|query|message|voicemail|email|e-mail|note|form|application|order|question|call)"
        r"|the\s+(?:[\w-]+\s+){0,2}?(?:request|inquiry|enquiry|query|form|application|order)\b"
        # not a rule or a process named after one: "the clearinghouse query rules"
        r"(?!\s+(?:i|we|rules?|requirements?|process|deadlines?|changes?|season|system|law|laws|regulations?|program|portal|window|period|mandate)\b))\b"
        # ("your request to connect" is the same courtesy)
        r"(?!\s+to\s+(?:connect|follow|link\s+up)\b)",
        # gated on the thing followed up, rarer than "calling" ("e-mail" is read as "mail")
        "request inquiry enquiry query message voicemail email mail note form application order question call",
    ),
    Rule(
        r"\b(?:it's|it\s+is|this\s+is|i'm|i\s+am|say|tell\s+(?:him|her|them)\s+(?:it's|it\s+is))\s+(?:a|an|his|her|their)\s+(?:old|good|close|dear|longtime|long-time)\s+(?:friend|buddy|pal|mate|colleague|classmate|roommate|acquaintance)\b",
        "friend buddy pal mate colleague classmate roommate acquaintance",
    ),
)


_DENIAL = Rule(
    # (an apostrophe may be dropped: "i didnt fill anything in")
    r"\b(?:didn'?t|did\s+not|never|don'?t|doesn'?t|do\s+not|does\s+not|haven'?t|hasn'?t|wasn'?t|isn'?t)\s+(?:\w+\s+){0,3}?"
    r"(?:call|called|mention\w*|say|said|ask\w*|know|remember|recall|go|met|meet|tell|told|hear\w*|talk\w*|speak|spoke|expect\w*|anything|recogni[sz]e|work|worked"
    r"|fill|filled|submit|submitted|sign|signed|request|requested|discuss|discussed)\b"
    # (surprise at how soon owns up to it: "i wasnt expecting a call so fast")
    r"(?!\s+(?:[\w']+\s+){0,4}?(?:so|this|that)\s+(?:soon|fast|quick|quickly|early)\b)"
    # (nor surprise at the call being made at all: "i didnt expect an actual phone call")
    r"(?!\s+(?:an?\s+)?(?:actual|real|proper|live)\s+(?:phone\s+)?call)"
    # (a name not caught denies nothing: "oh right, the kayak guy. i still dont know your name")
    r"(?!\s+(?:your|ur)\s+(?:name|last\s+name|surname)\b)"
    # (not knowing what the caller sells denies no referral: "i dont even know what you guys do")
    r"(?!\s+what\s+(?:you|your\s+(?:company|firm|team))(?:\s+guys|\s+all|\s+folks)?\s+(?:do|does|sell|sells|offer|offers|make|makes)\b)"
    # (nor not knowing what the call is for: "i still dont know what youre calling about";
    # "I don't know what you're talking about" still denies)
    r"(?!\s+(?:what|why)\s+(?:(?:you're|youre|you\s+are)\s+(?:calling|after|selling|offering|asking\s+for)"
    r"|(?:this|it)(?:'s|s|\s+is)\s+(?:about|regarding|for)|you\s+(?:want|need))\b)"
    # doubt: "i don't think i did", "don't think so"
    r"|\b(?:don'?t|do\s+not)\s+think\s+(?:so|i\s+did|we\s+did|i\s+have|we\s+have|that'?s\s+right)\b"
    r"|\bare\s+you\s+sure\b|\bwrong\s+(?:person|number|company)\b|\bno\s+idea\s+(?:who|what)\b|\bi\s+handle\s+all\b|\bnot\s+that\s+i\s+know\b"
    # not there to meet: "i wasnt at the expo this year", "ive never been to that show"
    r"|\b(?:i|we)\s+(?:wasn'?t|weren'?t|was\s+not|were\s+not)\s+(?:even\s+)?(?:at|there)\b(?!\s+(?:my|the\s+office|my\s+desk)\b)"
    r"|\b(?:i|we)(?:'ve|ve|\s+have)?\s+never\s+been\s+(?:to|there)\b"
    # nothing of it where it would be: "I've nothing in his diary about that", "there's no
    # call from you in her calendar"
    r"|\b(?:nothing|no\s+(?:note|notes|mention|entry|call|meeting|appointment|booking))\s+(?:[\w']+\s+){0,4}?(?:in|on)\s+(?:his|her|their|my|our|the)\s+"
    r"(?:diary|calendar|calender|schedule|notes|system|book|log|call\s+log|inbox|messages|sheet)\b"
    r"|\bnews\s+to\s+me\b|\bno\s+record\b|\bwho\s+are\s+you\b(?!\s+(?:with|from|calling\s+from)\b)|\bnot\s+(?:a\s+)?(?:customer|client)s?\b"
    # the claim quoted back in doubt: "and you said you were a friend", "but you said he
    # was expecting you"
    r"|\b(?:and|but|yet)\s+you\s+said\s+(?:you\s+(?:were|was)|you're|youre|(?:he|she|they)\s+(?:was|were|is|are|knew|asked|knows))\b"
    # "none of them have mentioned you", "nobody here has heard of you"
    r"|\b(?:none\s+of\s+(?:them|us|my\s+\w+|the\s+\w+)|nobody|no\s+one|no-one)\s+(?:here\s+|there\s+)?(?:has\s+|have\s+|had\s+)?(?:ever\s+)?"
    r"(?:mention\w*|said|told|heard|talked|spoke|knows?|worked|brought)\b"
)
# The claim asked back, unremembered: "Did I? Sorry, I met like four hundred people there"
# (not "Did I? Oh yeah, I remember now"). Read with _DENIAL, at the start of a line only.
_ASKED_BACK = Lazy(
    r"^\W*(?:(?:um|uh|hm+|huh|oh|wait|sorry)\W+)*did\s+(?:i|we)\s*\?"
    r"(?![^.!?]*\b(?:yes|yeah|yep|right|remember|of\s+course|oh\s+yeah)\b)",
    re.IGNORECASE,
)
_CONFIRMATION = Rule(
    # the one who sent them named as having said so, first thing: "Ja, Jógvan told me, yes."
    r"^\W*(?:(?:ja|yes|yeah|yep|oh|ah|right|sure)\W+)*(?!(?:nobody|noone|no|never|who|what|nothing)\b)[\w'-]+\s+(?:told|mentioned\s+it\s+to|warned)\s+(?:me|us)\b"
    # (said alone, or with its yes: not "she told me about the conference")
    r"(?=\s*(?:[,.!;]|$)|\s+(?:yes|yeah|ja|so|already|about\s+(?:you|this|it|that)|you\s+(?:would|'d|might|were|was|'ll))\b)"
    # (a title before the name: "he said a Mr. Timite would call")
    r"|\bi\s+(?:remember|recall)\b|\b(?:he|she|they|\w+)\s+(?:mentioned|said|told\s+(?:me|us))\s+(?:you|that\s+you|someone|a\s+(?:(?:mr|mrs|ms|dr)\.?\s+)?\w+\s+would)"
    # (not echoed back, doubting: "He's expecting you? Who is calling, please?")
    r"|\b(?:i|he|she|we|they)\s+did\b(?!\s*n)(?!\s*\?)(?!\s+(?:have|get|need|lose|hire|see|find|buy)\b)|\bthat's\s+right\b|\b(?:he|she|they)(?:'s|\s+is|'re|\s+are)\s+expecting\s+you\b(?!\s*\?)"
    # the caller placed, exclaimed: "Oh, you're the one! Yes, he said..."
    r"|\byou(?:'re|\s+are)\s+the\s+one\s*!"
    r"|\b(?:good|great|nice)\s+to\s+hear\s+from\s+you\b|\boh,?\s+right\b|\bit's\s+been\s+(?:forever|a\s+while|ages|too\s+long)\b"
    r"|\bof\s+course,?\s+i\s+(?:remember|know)\b|\byes,?\s+(?:i|we)\s+(?:spoke|talked|met)\b"
    r"|^\W*(?:(?:ha|haha|oh|ah|hey)\W+)*(?:yes|yeah|yep|right)\W+(?:of\s+course|i\s+remember|that's\s+right|sure\s+do|course)\b"
    # Recognition opening the reply ("Oh. Right.", "Ah, yes.", "Oh yeah, the form"), unless
    # it is a sceptical question ("Oh yeah?"), and owning up to it ("Yes, that was me").
    r"|^\W*(?:oh|ah)\W+(?:right|yes|yeah|yep|ya|yea|yah|yup)\b(?!\s*\?)"
    r"|\b(?:yes|yeah|yep),?\s+that\s+was\s+(?:me|us)\b"
    # their own act owned: "that's why I filled it out", "yeah we did sign up"
    r"|\b(?:i|we)\s+(?:did\s+|just\s+|actually\s+)?(?:filled\s+(?:it|one|(?:the|that|this|your)(?:\s+\w+)?)\s+(?:out|in)|submitted\s+(?:it|that|one)|signed\s+up|requested\s+(?:it|that|one)"
    # ("yes, I sent that message", "we sent it last week")
    r"|sent\s+(?:it|that|one|(?:the|that|this|a|an|my|our)\s+(?:message|sms|text|email|e-mail|form|request|enquiry|inquiry|note|mail)))\b"
    # ... the call they made themselves, or the call back thanked for: "yeah, i called
    # you guys", "thanks for getting back to me so fast"
    r"|\b(?:i|we)\s+(?:did\s+|just\s+|actually\s+)?(?:called|rang|phoned|emailed|messaged|e-mailed)\s+(?:you|your)\b(?!\s*\?)"
    # ... or what it was about: "uh yeah, i called about flood insurance for the new house"
    r"|\b(?:i|we)\s+(?:did\s+|just\s+|actually\s+)?(?:called|rang|phoned|emailed|wrote|enquired|inquired|asked)\s+(?:in\s+)?(?:about|for|re|regarding)\s+(?!what\b|who\b|why\b|nothing\b|no\b|none\b|anything\b)\w+"
    # ... among others: "i called like four places", "we rang around a few shops"
    r"|\b(?:i|we)\s+(?:did\s+|just\s+|actually\s+)?(?:called|rang|phoned|emailed)\s+(?:around|(?:like\s+|about\s+|maybe\s+)?(?:a\s+few|several|\w+)\s+(?:places|companies|shops|vendors|firms|people|outfits))\b"
    r"|\bthanks?\s+(?:you\s+|so\s+much\s+)?for\s+(?:calling|getting|ringing|phoning)\s+(?:me\s+|us\s+)?back\b"
    # delight ("Yes! The Marlowe, with Marcus."), or the place named back ("Oh, the
    # breakfast, with Marcus. Of course.")
    r"|^\W*(?:oh\W+)?(?:yes|yeah|yep)\s*!"
    # ... or who they were, exclaimed, then a yes, perhaps after the name said back:
    # "Joseph... oh, the seed people! Yes, yes."
    r"|^\W*(?:[\w'-]+\W+)?(?:oh|ah)\W+the\s+(?:[\w'-]+\s+){0,3}[\w'-]+\s*!\s*(?:yes|yeah|yep|ya)\b"
    r"|^\W*(?:oh|ah)\W+(?:the|that)\s+[\w'-]+(?:\s+[\w'-]+)?[,.!;:\s-][^?]*\bof\s+course\b(?!\s+not\b)"
    # ... or with the name it recognises in between ("Oh, Omar, yeah!"); word that the caller
    # would ring came ahead ("she texted me you might call"); the claimed request placed in the
    # past ("that was months ago", "oh that was a while back").
    r"|^\W*(?:oh|ah)\W+(?:(?!(?:no|not|nope|wait|who|what|sorry|um|uh)\b)[\w'-]+\W+){1,2}(?:right|yes|yeah|yep)\b(?!\s*\?)"
    # ... or a sure or a hello after the name ("oh kofi, sure, hi"; not "oh, ok, sure, one
    # sec", which only complies)
    r"|^\W*(?:oh|ah)\W+(?!(?:no|not|nope|wait|who|what|sorry|um|uh|ok|okay|well|so|alright|fine|sure|right|yes|yeah|hm+|hmm)\b)[\w'-]+\W+(?:sure|hi|hey|hello)\b(?!\s*\?)"
    # the referral owned: "she mentioned it", "he told me about you"
    r"|\b(?:he|she|they)\s+(?:mentioned|told\s+me\s+about|said\s+something\s+about)\s+(?:it|that|this|you)\b(?!\s+(?:was|is|were|are|would|might|could|costs?)\b)"
    # ... said with "did", after the name: "oh, nina did mention it, yeah"
    r"|\b(?!(?:who|nobody|no|never|didn't|not)\b)[a-z]+\s+did\s+(?:mention|say\s+something\s+about|tell\s+me\s+about)\s+(?:it|that|this|you)\b(?!\s*\?)"
    r"|\b(?:he|she|they|\w+)\s+(?:texted|emailed|e-mailed|messaged|pinged|wrote|called|rang|phoned|warned|said|mentioned|told)"
    r"(?:\s+(?:me|us))?\s+(?:that\s+)?(?:you|someone|somebody|a\s+\w+)(?:\s+(?:might|would|will|may|could|were\s+going\s+to|was\s+going\s+to)|\s*'d|\s*'ll)\s+"
    # (said as a guess: "said you'd probably ring")
    r"(?:(?:probably|likely|maybe|definitely|be\s+likely\s+to)\s+)?"
    r"(?:call|ring|phone|reach\s+out|be\s+in\s+touch|get\s+in\s+touch|be\s+calling|give\s+me\s+a)\b"
    # ... or that word came about them: "priya texted me about somebody", "he told me about you"
    r"|\b(?:he|she|they|\w+)\s+(?:texted|emailed|e-mailed|messaged|pinged|wrote|called|rang|phoned|warned|told)\s+(?:me|us)\s+"
    r"(?:about|re)\s+(?:you|someone|somebody|a\s+(?:guy|friend|woman|man|colleague|contact|caller|rep))\b"
    r"|\b(?:that|it)\s+was\s+(?:(?:a\s+)?(?:few|couple\s+of|couple)\s+|like\s+|about\s+)?(?:months|weeks|ages|years|days|a\s+while|a\s+long\s+time|forever)\s+(?:ago|back)\b"
    # the caller placed as the one they were told of: "oh you're the one joaquin mentioned"
    r"|\byou(?:'re|\s+are|re)\s+the\s+(?:one|guy|woman|lady|person|fella|caller)\s+(?:(?:that|who)\s+)?(?:[\w'-]+\s+){1,2}?"
    r"(?:mentioned|was\s+talking\s+about|talked\s+about|told\s+(?:me|us)\s+about|said\s+would\s+(?:call|ring))\b"
)


# The caller known by word of mouth: "she talks about you", "he speaks highly of you",
# "i've heard a lot about you" (not "she never talks about you"): a rule of its own, on its
# own words, read with _CONFIRMATION.
_KNOWN_OF_YOU = Rule(
    r"\b(?:he|she|they)\s+(?:(?:always|often|still)\s+)?(?:talks|talk|talked|speaks|speak|spoke|raves|raved)"
    r"\s+(?:(?:so\s+)?(?:highly|well|fondly|a\s+lot|all\s+the\s+time)\s+)?(?:about|of)\s+you\b"
    r"|\bi(?:'ve|ve|\s+have)\s+heard\s+(?:(?:a\s+lot|so\s+much|great\s+things|good\s+things|all|plenty)\s+)?about\s+you\b",
    "about of",
)


# "ohhh right", "aah yes": the sound drawn out, read as said once
_DRAWN_OUT = Lazy(r"(?i)\b([oa])\1*h+\b")


def _confirms(text: str) -> bool:
    """Does the prospect's line own up to what the claim says (_CONFIRMATION, _KNOWN_OF_YOU)?"""
    if "hh" in text or "oo" in text or "aa" in text:
        text = _DRAWN_OUT.sub(r"\1h", text)
    return bool(_CONFIRMATION.search(text) or ("you" in text and _KNOWN_OF_YOU.search(text)))


# Shared history told with checkable detail -- where ("at the Chamber breakfast", a capitalised
# event or place) and when ("last Thursday") -- is honest context, not a pretext: a caller
# inventing a meeting keeps it vague ("we spoke a while back"). It counts only when denied.
_MET_CLAIM = AnyOf(
    Rule(rf"\b{_WE_MET}\b", _WE_MET_WORDS),
    _MET_OTHERWISE,
    # (the past told in the present: "we talk at the coffee break ... last thursday")
    Rule(_WE_MEET_NOW, "meet talk speak chat"),
)
_NAMED_PLACE = Lazy(
    # (or the event, then whose: "at the breakfast of the Eastside Business Association")
    r"\b(?i:at|during|after|over|in)\s+(?:(?i:the|a|an|your|their)\s+)?(?:[a-z]+\s+(?:(?:of|for)\s+(?:the\s+)?)?)?[A-Z][\w'&-]+"
    # an event named by its subject, in any case: "on the cold chain panel", "at the fleet
    # expo" (not a bare "at the trade show", which anyone could say)
    # (or by its day: "at last thursdays eastside breakfast", "at yesterday's mixer")
    r"|(?i:\b(?:at|during|after|on|over|from)\s+(?:the|a|an|your|their|that|(?:last|this\s+past)\s+[a-z]+(?:'s|s)|yesterday(?:'s|s))\s+"
    r"(?!(?:trade|big|same|last|annual|local|other|usual|industry|recent)\s)(?:[\w'&-]+\s+){1,3}?"
    r"(?:panel|conference|summit|expo|trade\s+show|show|fair|meetup|meet-up|mixer|breakfast|lunch|dinner|event|workshop"
    r"|webinar|seminar|convention|forum|festival|gala|awards?|course|training|retreat|roundtable|round\s+table)s?\b)"
)
# The kinds of event, and the parts of one, that a meeting is placed by.
_EVENT_PARTS = Lazy(
    r"(?i)\b(?:panel|conference|summit|expo|trade\s+show|fair|meetup|meet-up|mixer|breakfast|lunch|dinner|workshop"
    r"|webinar|seminar|convention|forum|festival|gala|roundtable|round\s+table|(?:coffee|tea|lunch)\s+break|keynote|booth|stand|session)s?\b"
)
# Where, said twice over: "at the eastside breakfast at the marlowe" (typed in lower case).
_VENUE = Lazy(r"(?i:\b(?:at|in)\s+the\s+)[\w'-]+")
_PAST_WHEN = Rule(
    rf"\b(?:last|on)\s+{WEEKDAY}\b|\blast\s+(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)\b|\blast\s+(?:week|month|year|night|spring|summer|autumn|fall|winter)(?:'s|s)?\b|\byesterday(?:'s|s)?\b"
    rf"|\b(?:a|one|two|three|\d+)\s+(?:days?|weeks?|months?)\s+ago\b|\bin\s+{MONTH}\b|\b{MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b"
)


_WEEKDAY_WORD = Rule(rf"\b{WEEKDAY}\b")


# A referral is honest context in the same way when the rep names the person in full and
# adds something checkable about them and the prospect: "Omar Castillo suggested I give you
# a ring, he said you two worked together at Brenner". A pretext of a request ("Walt asked
# me to call") or an expectation ("Jen said you'd want to talk") is not a referral.
_REFERRAL_CLAIM = Rule(r"^\S+\s+(?:suggested|recommended|referred)\b")
# "Marcus Hill at Polar Point Logistics suggested...": a full name and where they work.
_NAMED_WITH_COMPANY = Lazy(
    r"\b[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)*\s+[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)*\s+(?:at|from|with|over\s+at|who\s+runs)\s+"
    r"(?:[A-Z][\w&'-]*\s+){1,4}$"
)
_NAMED_BEFORE = Lazy(r"(?:\b[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)*|\b(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.?)\s+$")


# A friend of someone else, named in full, with something checkable about how: "I'm a
# buddy of tony garza, we play in the same rec hockey league on tuesdays" (not "a friend
# of his", nor "a buddy of mine").
_FRIEND_OF_NAME = Lazy(r"(?i)\b(?:friend|buddy|pal|mate)s?\s+of\s+(?P<first>[a-z][a-z'-]+)$")
_SURNAME_NEXT = Lazy(r"\s+(?!(?:and|who|from|at|with|we|he|she|they|here)\b)[A-Za-z][a-z'-]+\b")
_SHARED_PLACE = Lazy(
    r"(?i)\b(?:same|our)\s+(?:[\w'-]+\s+){0,3}?(?:league|team|club|gym|church|school|class|building"
    r"|street|neighbou?rhood|program|cohort|board|chapter)\b"
)


def _named_friend(norm: str, claim: str) -> bool:
    friend = _FRIEND_OF_NAME.search(claim)
    if friend is None or friend.group("first").lower() not in first_names():
        return False
    at = norm.find(claim)
    tail = norm[at + len(claim) :] if at >= 0 else ""
    return _SURNAME_NEXT.match(tail) is not None and bool(
        _PAST_WHEN.search(tail) or _NAMED_PLACE.search(tail) or _SHARED_PLACE.search(tail)
    )


def specific_history(text: str, claim: str) -> bool:
    """True when ``claim`` (the evidence of a misleading-claim signal in ``text``) is a prior
    meeting told with where and when, a referral by a person named in full with a
    checkable detail, or a friendship with someone else named in full, told with where:
    honest context unless the prospect denies it."""
    if _named_friend(normalise(text), claim):
        return True
    referral = _REFERRAL_CLAIM.search(claim) is not None and claim[:1].isupper()
    if not (referral or _MET_CLAIM.matches(claim)):
        return False
    norm = normalise(text)
    if referral:
        at = norm.find(claim)
        if at < 0 or not _NAMED_BEFORE.search(norm[max(0, at - 30) : at]):
            return False  # "Castillo suggested..." needs "Omar" (or "Dr.") before it
        tail = norm[at + len(claim) :]
        return bool(
            _NAMED_PLACE.search(tail)
            or _PAST_WHEN.search(tail)
            or _NAMED_WITH_COMPANY.search(norm[max(0, at - 80) : at])
        )
    # Where and when anywhere in the claim's sentence: "we met at the Marlowe breakfast last
    # Thursday", or "Marcus introduced us at the Marlowe last Thursday, we talked about...".
    # Or an event and a venue ("at the Eastside breakfast at the Marlowe"): enough to check.
    for sentence in sentences(norm):
        if claim in sentence:
            if _NAMED_PLACE.search(sentence) is None:
                # a venue typed in lower case, with when: "at the marlowe last thursday"
                if _PAST_WHEN.search(sentence) is not None and _lower_venue(sentence):
                    return True
                # the event, and the friend who was there: "we met at the breakfast with
                # marcus" (one breakfast, one friend: enough for her to place it)
                if _met_there_with(sentence):
                    return True
                # ... or the event and a part of it, in any case: "we met at the coffee break
                # of the cashew panel in parakou on thursday"
                if len(_EVENT_PARTS.findall(sentence)) >= 2:
                    return True
                break
            if (
                _PAST_WHEN.search(sentence) is not None
                # a day named beside "we met": a past one ("...breakfast tuesday")
                or _WEEKDAY_WORD.search(sentence) is not None
                or len(_VENUE.findall(sentence)) >= 2
                # the event and a part of it, named: "its me from the gulf coast logistics
                # forum, the cold chain panel, we talked at the coffee break"
                or len(_EVENT_PARTS.findall(sentence)) >= 2
                # where, and who brought us together: "we met at the eastside breakfast,
                # marcus introduced us"
                or _INTRODUCED_US.search(sentence) is not None
                # where, and something they did there that only they would remember: "we met
                # at the Rotary thing in Dumka, you gave me your card with the screw drawn on it"
                or _SHARED_MOMENT.search(sentence) is not None
            ):
                return True
            break
    # The meeting already placed in the line, by who introduced us and where or when ("Marcus
    # introduced us at the breakfast last Thursday. We chatted about your new shop."): the
    # talk told after it is part of the same checkable story.
    return _introduced_at(norm) is not None


# A place named in lower case, as speech-to-text and hurried typing leave it: "at the
# marlowe", "at the bellwood" (not a place anyone could name: "at the office").
_LOWER_VENUE = Lazy(
    r"\b(?:at|in)\s+the\s+(?!(?:office|event|show|meeting|conference|thing|party|place|store|shop|bar|gym|park|club"
    r"|church|school|game|airport|hotel|restaurant|cafe|station|library|mall|market|hospital|clinic|breakfast|lunch|dinner"
    r"|front|back|end|start|time|moment|area|city|building|trade|big|same|last|annual|local|other|usual|industry|recent"
    r"|panel|summit|expo|fair|meetup|mixer|event|workshop|webinar|seminar|convention|forum|festival|gala|awards?|course"
    r"|training|retreat|roundtable|booth|table|session|talk|class|gym|pub|game|match|wedding|funeral|kids|school)\b)"
    r"([a-z][a-z'&-]{3,})\b"
)


def _lower_venue(sentence: str) -> bool:
    return any(not plain_word(m.group(1)) for m in _LOWER_VENUE.finditer(sentence))


# A third person who brought us together: "Marcus introduced us", "I met you through
# Marcus Bell" (told with where or when, honest context to check).
# Something the one called did or said when they met, told back to them: "you gave me your
# card", "you showed me the new kiln", "you were telling me about the second shop".
_SHARED_MOMENT = Rule(
    r"\byou\s+(?:gave|handed|passed)\s+me\s+(?:your|a|the)\s+(?:business\s+)?(?:card|number|flyer|brochure|sample)"
    r"|\byou\s+(?:showed|told)\s+me\s+(?:about\s+)?(?:your|the|how)\b|\byou\s+were\s+(?:telling|showing)\s+me\b",
    "gave handed passed showed told telling showing",
)
_INTRODUCED_US = Rule(
    # ("presented us", as Spanish and French speakers may say it)
    r"\b(?:introduced|presented)\s+(?:us|me\s+to\s+you|you\s+to\s+me|the\s+two\s+of\s+us|you\s+and\s+me|me\s+and\s+you)\b|\bmet\s+(?:you\s+)?through\s+[a-z]+"
    # (or where first, then through whom: "we met at the eastside breakfast thru marcus bell")
    r"|\bmet\s+(?:you\s+)?(?:at|in)\s+(?:[\w'-]+\s+){1,5}?(?:through|thru|via)\s+(?!(?:the|a|an|linkedin|email|e-mail|text|whatsapp|my|our|your|work)\b)[a-z]+"
    # the caller named by who introduced them: "I'm the bookkeeper Marcus introduced you to
    # at the breakfast last Thursday"
    r"|\bintroduced\s+you\s+to(?=\s*(?:at|last|on|over|during|in|the\s+other|[,.!?]|$))"
    # ... or who was there when we met: "we met with Marcus at the Marlowe breakfast"
    r"|\bmet\s+(?:you\s+)?with\s+(?!(?:the|a|an|my|our|your|some|him|her|them)\b)[a-z]+(?:\s+[a-z]+)?\s+(?:at|in|during)\b",
    "introduced presented through thru via met",
)


# Where we met, said as the event, and who was with us there: "we met at the breakfast with
# marcus", "met you at the conference with Dara Obi" (not "with my team", "with a client").
_MET_THERE_WITH = Rule(
    r"\bmet\s+(?:you\s+)?(?:at|in|during)\s+(?:the|that|a)\s+(?:[\w'-]+\s+){0,2}?"
    r"(?:breakfast|lunch|dinner|conference|summit|expo|fair|meetup|meet-up|mixer|event|workshop|seminar|convention|forum"
    r"|festival|gala|party|wedding|roundtable|panel|show|networking)s?\s+with\s+(?P<who>[a-z][a-z'-]+)\b",
    "met",
)


def _met_there_with(sentence: str) -> bool:
    found = _MET_THERE_WITH.search(sentence)
    return found is not None and found.group("who").lower() in first_names()


def met_context(text: str, claim: str | None) -> str | None:
    """The words that say where and how we met, told with where or when to check it: a
    history claim (``claim``, the misleading-claim signal) that :func:`specific_history`
    finds checkable, or a third person who introduced us at a named place or time."""
    if claim and specific_history(text, claim):
        return claim
    return _introduced_at(normalise(text))


def _introduced_at(norm: str) -> str | None:
    """The words of a sentence that says who introduced us, told with where or when."""
    if not has_any(
        norm.lower(),
        ("introduc", "presented", "through", "thru", "via", "met with", "met you with"),
    ):
        return None
    for sentence in sentences(norm):
        intro = _INTRODUCED_US.search(sentence)
        if intro and (_NAMED_PLACE.search(sentence) or _PAST_WHEN.search(sentence)):
            return sentence[intro.start() : intro.end()]
    return None


# How we are connected online, what a call after a connection request is about: "we
# connected on linkedin", "you sent me a linkedin invite last week", "thanks for the connect".
_CONNECTION_NOTE = Rule(
    r"\b(?:we|i|you|u)\s+(?:just\s+|recently\s+|finally\s+)?connected\s+(?:with\s+(?:me|you|each\s+other)\s+)?(?:on|over|via|through)\s+linkedin\b"
    # (or when, the site left unsaid: "You connected with me last week and I figured I'd
    # actually call instead of just clicking accept")
    r"|\b(?:we|you|u)\s+(?:just\s+|recently\s+|finally\s+)?connected\s+(?:with\s+(?:me|you|each\s+other)\s+)?"
    r"(?:last\s+(?:week|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|recently|yesterday|the\s+other\s+day|this\s+week|(?:a\s+)?(?:few|couple\s+of|\d+|two|three)\s+(?:days|weeks)\s+ago)\b"
    r"|\b(?:you|u|i|we)\s+(?:just\s+|recently\s+)?(?:sent|accepted|added|invited|requested|got|saw|approved)\s+"
    r"(?:me\s+|you\s+)?(?:(?:a|an|my|the|your)\s+)?(?:linkedin\s+(?:connection\s+|connect\s+)?(?:request|invite|invitation|connection|connect|message)"
    r"|(?:connection|connect)\s+(?:request|invite|invitation)|me\s+on\s+linkedin|to\s+connect\s+on\s+linkedin)\b"
    # ... its subject dropped: "saw your connection request last week and..."
    r"|\b(?:saw|got|accepted)\s+(?:your|ur)\s+(?:linkedin\s+(?:connection\s+|connect\s+)?|connection\s+|connect\s+)(?:request|invite|invitation)\b"
    # "you asked to connect on LinkedIn last week", "you reached out on linkedin"
    r"|\b(?:you|u|i|we)\s+(?:just\s+|recently\s+)?(?:asked|wanted|tried|reached\s+out)\s+(?:(?:me\s+)?to\s+connect\s+)?(?:with\s+(?:me|you)\s+)?(?:on|over|via)\s+linkedin\b"
    r"|\bthanks?\s+(?:you\s+)?for\s+(?:the\s+|your\s+)?(?:linkedin\s+(?:connection\s+|connect\s+)?(?:request|invite|invitation|connection|connect|add)"
    r"|(?:connection|connect)\s+(?:request|invite|invitation)|connecting(?!\s+(?:me|us|you)\b)(?:\s+on\s+linkedin)?|the\s+connect)\b",
    "connected sent accepted added invited requested got saw approved thanks thank linkedin",
)
# Who we are to them, placed there: "its greg, the bookkeeper from linkedin", "your new
# connection on linkedin", "we're connected on linkedin" (a part of its own, on its word).
_PLACED_ON_LINKEDIN = Rule(
    r"\b(?:the|your)\s+(?:[\w-]+\s+){0,2}?(?:from|on|via)\s+linkedin\b(?!\s+(?:told|said|suggested|recommended|mentioned)\b)"
    r"|\bwe(?:'re|\s+are)\s+(?:now\s+)?connected\s+(?:on|via)\s+linkedin\b",
    "linkedin",
)


def connection_note(norm: str) -> str | None:
    """The words that say how we are connected online ("we connected on linkedin last
    week", "you sent me a connection request"), or None. Context, not a reason: a call
    that says only this has still not said why it is calling."""
    found = _CONNECTION_NOTE.search(norm) or _PLACED_ON_LINKEDIN.search(norm)
    return None if found is None else norm[found.start() : found.end()]


_SHARED_PAST = Lazy(
    r"\b(?:again|met|spoke|talked|chatted|catch(?:ing)?\s+up|reconnect\w*)\b|\bbeen\s+[\w\s]{2,20}?\s+since\b"
    # ("we talk at", the past told in the present: see the claim parts)
    rf"|{_WE_MEET_NOW}",
    re.IGNORECASE,
)


def shared_past(claim: str) -> bool:
    """Is the claim only about having met or talked before ("nice to talk again")?"""
    return _SHARED_PAST.search(claim) is not None


# Word passed on by someone else: "mike said you might need a new site", "Jen told me to call".
_REFERRAL = Lazy(
    r"\b(?:said|says|mentioned|told|suggested|recommended|referred|texted|emailed|messaged|warned|thought|thinks|reckoned|reckons|figured)\b",
    re.IGNORECASE,
)


def referral(claim: str) -> bool:
    """Is the claim word passed on by a third person ("mike said you might need a site")?"""
    return _REFERRAL.search(claim) is not None


# A friendship claimed: "a friend of rosa's", "we go back to college".
_FRIENDSHIP = Lazy(
    r"\b(?:friends?|buddy|buddies|pals?|mates?|go\s+(?:way\s+)?back)\b", re.IGNORECASE
)


def friendship(claim: str) -> bool:
    """Is the claim a friendship ("we go back to college", "I'm a friend of Rosa's")?"""
    return _FRIENDSHIP.search(claim) is not None


def friend_placed(claim_line: str, earlier: list[tuple[bool, str]]) -> bool:
    """Is the friend of a friendship claim someone the rep named first and the prospect
    then placed themselves ("Hollis Grant passed along your number" - "oh, Hollis from the
    tenants association?")? Then "we go way back" is about the two of them, no pretext.
    ``earlier`` is the call before the claim, as (the rep said it, the line as read)."""
    names = {
        w
        for w in re.findall(r"[a-z]+", claim_line.lower())
        if w in first_names() and not plain_word(w)
    }
    said: set[str] = set()
    for by_rep, line in earlier:
        low = line.lower()
        if by_rep:
            said.update(n for n in names if re.search(rf"\b{n}\b", low))
        elif not _DENIAL.search(normalise(line)):
            # (placed by where they know them from, not asked about: "Hollis who?")
            if any(
                re.search(
                    rf"\b{n}\b(?:\s+\w+)?,?\s+(?:from|at|with|over\s+at)\s+(?:the\s+)?\w", low
                )
                for n in said
            ):
                return True
    return False


def recognised_referral(prospect_lines: list[str]) -> bool:
    """Did one of the prospect's lines own up to word passed on about this call ("oh yeah,
    mike said someone might call")? Then what else that person said leans on it."""
    for line in prospect_lines:
        text = normalise(line)
        if _REFERRAL.search(text) and _confirms(text) and not _DENIAL.search(text):
            return True
    return False


# The call said to be awaited, by the one on the line, before the caller claims it: "Losa
# did say someone from a laundry firm would be ringing. She's expecting you, I think."
_EXPECTATION_TOLD = Rule(
    r"\b(?:he|she|they|[a-z]+)(?:'s|s|\s+is|'re|\s+are|\s+was|\s+were|\s+has\s+been|\s+have\s+been)\s+(?:\w+\s+)?"
    r"expecting\s+(?:you|ya|your\s+call|a\s+call|the\s+call|this\s+call|someone|somebody)\b(?!\s*\?)"
    r"|\b(?:said|mentioned|told\s+(?:me|us)|warned\s+(?:me|us)|let\s+(?:me|us)\s+know)\s+(?:that\s+)?(?:you|someone|somebody|a\s+\w+)\b"
    r"[^.!?]{0,60}?\b(?:would|might|will|was\s+going\s+to|were\s+going\s+to|'d|'ll)\s+(?:be\s+)?(?:call|ring|phon)\w*",
    "expecting said mentioned told warned know",
)


# The prospect's own enquiry told before the claim: "i sent you people whatsapp last week for
# the freezer", "I called your office about it", "i asked you for a quote".
_ENQUIRY_TOLD = Rule(
    r"\bi\s+(?:already\s+|just\s+)?(?:sent|texted|messaged|emailed|e-mailed|whatsapped|called|rang|phoned|wrote\s+to|asked)"
    r"\s+(?:you|your|ur)\b(?![^.!?]{0,60}\?)",
    "sent texted messaged emailed mailed whatsapped called rang phoned wrote asked",
)
# A claim that they asked first: "you asked about the freezer", "your request", "you sent us".
_THEY_ASKED = Rule(
    r"\byou\s+(?:asked|enquired|inquired|requested|sent|texted|messaged|emailed|whatsapped|called|rang|contacted|wrote)\b"
    r"|\byour\s+(?:request|enquiry|inquiry|message|whatsapp|email|call)\b",
    "asked enquired inquired requested sent texted messaged emailed whatsapped called rang contacted wrote"
    " request enquiry inquiry message whatsapp email call",
)


def enquiry_told(claim: str, prospect_lines: list[str]) -> bool:
    """Is the claim that they asked first ("you asked about the freezer") what the prospect
    said earlier in the call ("i sent you people whatsapp last week for the freezer")? Said
    back to them, it claims nothing they don't know."""
    if _THEY_ASKED.search(claim) is None:
        return False
    return any(
        _ENQUIRY_TOLD.search(text) is not None and _DENIAL.search(text) is None
        for text in map(normalise, prospect_lines)
    )


def expectation_told(prospect_lines: list[str]) -> bool:
    """Did the one on the line say, before the claim, that this call was awaited ("she's
    expecting you")? Then the caller's "so she's expecting me" says it back."""
    for line in prospect_lines:
        text = normalise(line)
        if _EXPECTATION_TOLD.search(text) and not _DENIAL.search(text):
            return True
    return False


# The prospect named as the one who sent the caller on: "mention you sent me".
_BY_YOU = Lazy(r"^you\s+(?:sent|referred|pointed|passed)\b", re.IGNORECASE)
# The prospect sending the caller on to someone else: "talk to glenn, our controller",
# "ill tell him youre calling".
_SENT_ON = Lazy(
    r"\b(?:talk|speak)\s+(?:to|with)\s+(?!(?:me|us|you|someone|somebody|anyone)\b)[a-z]+"
    r"|\b(?:i'll|ill|i\s+will|let\s+me)\s+(?:tell|let)\s+(?!you\b)[a-z]+\s+(?:know\s+)?(?:that\s+)?(?:you're|youre|you\s+are|you'll|you\s+will)\b",
    re.IGNORECASE,
)


def sent_on_by_them(claim: str, prospect_lines: list[str]) -> bool:
    """Is the claim that the prospect sent the caller on ("you sent me") what the prospect
    did earlier in the call ("not me. talk to glenn")? Said back to them, it claims nothing
    they don't know."""
    return _BY_YOU.search(claim) is not None and any(
        _SENT_ON.search(normalise(line)) for line in prospect_lines
    )


def recognised(prospect_lines: list[str]) -> bool:
    """Did one of the prospect's lines own up to the shared past ("Yes! The Marlowe, with
    Marcus.")? Read line by line: a later "I'd rather Marcus didn't hear about it" denies
    nothing that came before."""
    return any(_confirms(normalise(line)) for line in prospect_lines)


# An act of the one on the line, told to them: "you signed up for our webinar", "the quote
# request you sent through our website". They would know; see goes_along.
_YOUR_OWN_ACT = Lazy(
    r"\byou\s+(?:just\s+|recently\s+)?(?:signed\s+up|registered|requested|submitted|sent|filled\s+(?:out|in|(?:it|that|one)\s+(?:out|in))"
    r"|downloaded|enquired|inquired|put\s+in|booked)\b",
    re.IGNORECASE,
)


def goes_along(text: str, claim: str, prospect_lines: list[str]) -> bool:
    """Is the claim an act of the listener's own ("you signed up for our webinar"), which
    their next line takes up in substance, neither denying nor questioning it ("i mean, i
    registered, i didnt make it", "3 story framing job in tacoma")? They would know, and
    going along owns up to it."""
    if not prospect_lines:
        return False
    norm = normalise(text)
    sentence = next((s for s in sentences(norm) if claim in s), norm)
    if _YOUR_OWN_ACT.search(sentence) is None:
        return False
    reply = normalise(prospect_lines[0])
    first = sentences(reply)[0] if reply.strip() else ""
    # (a question of their own after the answer is fine: "... 6 weeks. whats the weekly rate?")
    # (a yes says it in a word: "yes, hi. mostly i wanted to know about quickbooks")
    return (
        (len(first.split()) >= 3 or _YES_FIRST.match(first) is not None)
        and not is_question(first)
        and _DENIAL.search(reply) is None
    )


# A reply that opens with a yes ("yes, hi.", "yeah."), not asked back ("yes?").
_YES_FIRST = Lazy(
    r"^\W*(?:(?:oh|ah)\W+)?(?:yes|yeah|yep|yup|yea|right|correct|mhm|uh-huh)\b(?!\W*\?)", re.I
)


def claim_support(prospect_lines: list[str], said: str = "") -> str:
    """How the prospect's lines after a claim treat it: ``"confirmed"``, ``"denied"`` or ``"none"``.

    Read line by line, the first line that denies or owns up to it decides: recognition
    may come in the second reply ("oh.. maybe?" then "oh sean, yes ok"), and once owned up
    to ("oh yes, tanya told me"), a later "no idea what I'm doing with that" is about
    something else. Within a line, a denial wins over anything else said ("Tom said that?
    He didn't mention anything"). A name from the rep's line ``said`` (the claim's), said
    back with a yes, owns up to it too ("olivia, sure").
    """
    for line in prospect_lines:
        text = normalise(line)
        if _DENIAL.search(text) or ("did" in text[:30].lower() and _ASKED_BACK.match(text)):
            return "denied"
        if _HANDS_ON.search(text):
            # the screener passing the call on and nothing else ("Oh, right, no worries,
            # I'll just put you through"): the "oh right" takes the request, it owns up to
            # nothing (but "oh yes, she mentioned someone might call, hold on" does)
            rest = _BARE_ACK_LEAD.sub("", text)
            if _HANDS_ON.match(rest):
                text = rest
        if _confirms(text) or (said and _named_back(text, said)):
            return "confirmed"
    return "none"


# A line passing the call on to the one asked for: "I'll put you through", "hang on, I'll get
# him", "one moment", "let me transfer you"
_HANDS_ON = Lazy(
    r"(?i)(?:\b(?:i'll|i\s+will|let\s+me|i'm\s+going\s+to)\s+)?(?:\bjust\s+)?\b(?:put(?:ting)?\s+you\s+through|transfer(?:ring)?\s+you|connect(?:ing)?\s+you|hang\s+on|hold\s+on|one\s+(?:moment|sec|second|minute)"
    r"|(?:i'll|let\s+me|i\s+will)\s+(?:just\s+)?(?:get|grab|fetch|find)\s+(?:him|her|them)|bear\s+with\s+me)\b"
)
# ... and the acknowledgement it opens with: "oh, right, no worries,", "ah okay,", "sure,"
_BARE_ACK_LEAD = Lazy(
    r"(?i)^\W*(?:(?:oh|ah|right|ok|okay|sure|no\s+worries|no\s+problem|alright|all\s+right|yes|yeah|yep|certainly|of\s+course)\W+)+"
)


# The one named in the claim, said back with a yes ("olivia, sure. she mentioned it.") or
# exclaimed ("gabe! the hot sauce booth guy").
_NAME_THEN_YES = Lazy(
    # (or laughed: "haha Duc, ok, that's true")
    # (the sound drawn out too: "Ahh, Made! The coffee!")
    # (or any short cry first: "Doh! David, yes, the Ghana man with the water machine")
    r"^\W*(?:(?:o+h+|a+h+|ha+h*|haha|heh)\W+|[a-z]{1,6}!\s+)?(?!(?:no|not|nope|wait|who|what|sorry|um|uh|ok|okay|well|so|alright|fine|sure|right|yes|yeah|hm+)\b)"
    # ("ya ya", "ja": a yes said as other Englishes say it)
    r"([a-z][\w'-]+)\s*(?:[,.!-]?\s*(?:(?:ok|okay)\W+)?(?:sure|yes|yeah|yep|ya|yah|ja|right|of\s+course|true|that'?s\s+true)\b(?!\s*\?)|!)",
    re.IGNORECASE,
)


# ... or the yes first, then the name ("haha yes Daniel, the guy with the drone startup",
# "yes hi Mei!", "Yes, yes, Tom"), not a question ("yes, Daniel?").
_YES_THEN_NAME = Lazy(
    r"^\W*(?:(?:oh|ah|ha|hah|haha|heh)\W+)?(?:yes|yeah|yep|ya|yah|ja)(?:\W+(?:yes|yeah|yep|ya|yah|ja))*\W+(?:(?:hi|hey|hello)\W+)?"
    r"([a-z][\w'-]+)\b(?!\s*\?)",
    re.IGNORECASE,
)


def _named_back(text: str, said: str) -> bool:
    for pattern in (_NAME_THEN_YES, _YES_THEN_NAME):
        found = pattern.search(text)
        if found is None:
            continue
        name = found.group(1).lower()
        if name in first_names() and re.search(rf"\b{re.escape(name)}\b", said, re.I):
            return True
        said_as_mine = (
            rf"\b(?:it's|its|it\s+is|this\s+is|i'm|im|my\s+name\s+is)\s+{re.escape(name)}\b"
        )
        if found.group().rstrip().endswith("!") and re.search(said_as_mine, said, re.I):
            return True  # a name no list knows, the caller's own, exclaimed: "Ahh, Made!"
    return False


# --------------------------------------------------------------------------- per line

# Cheap substring gates: a rule is only searched when one of its keywords is present.
_DISCLAIMER_GATE = (
    "sell",
    "pitch",
    "sale",
    "telemarket",
    "solicit",
    "vendor",
    "push",
    "peddl",
    "flog",
    "marketing call",
)
_APOLOGY_GATE = ("sorry", "apolog", "forgive", "pardon", "excuse", "hate to", "mean to", "regret")
_CLAIM_GATE = (
    "expect",
    # (the call waited for: "she is waiting for my call")
    "waiting for my",
    "waiting for our",
    "waiting on my",
    "waiting on our",
    # (and the caller waited for: "she is waiting for me")
    "waiting for me",
    "waiting for us",
    "waiting on me",
    # (a call returned, in the present: "so I return her call")
    "i return",
    "we return",
    # (a referral told in the present: "he tell me to call you")
    "tell me to",
    "tells me to",
    "tell us to",
    # (or asked, in the present: "he ask me to call you")
    "ask me to",
    "asks me to",
    "ask us to",
    "tried to",
    "trying to",
    "returning",
    # (a call back owed: "calling back for mark", "i'm calling him back")
    "calling back for",
    "calling him back",
    "calling her back",
    "calling mr",
    "calling ms",
    "calling dr",
    "getting back",
    "rang me",
    "rang us",
    "rung me",
    "called me",
    "called us",
    "phoned me",
    "phoned us",
    "left me",
    "left us",
    "sent me a",
    "sent us a",
    "asked",
    "told",
    "wanted",
    "invited",
    "suggest",
    "recommend",
    "said",
    "mention",
    "reckon",
    "thought",
    "figured",
    "referred",
    "personal",
    "private",
    "family",
    "friend",
    "buddies",
    "buddy",
    "pal of",
    "mate",
    "request",
    "inquir",
    "enquir",
    "query",
    "submitted",
    "filled",
    "signed up",
    "sent",
    "responding",
    "in response",
    "replying",
    "pals",
    "colleague",
    "go back",
    "go way back",
    "knows",
    "know what",
    "know who",
    "know my",
    "working",
    "been helping",
    "been supporting",
    "been supplying",
    "been servicing",
    "been advising",
    "been doing work",
    "been handling",
    "been managing",
    "been maintaining",
    "been looking after",
    # (our work for them since a time: "we are handling your account since last year")
    "handling your",
    "managing your",
    "servicing your",
    "supplying your",
    "maintaining your",
    "looking after your",
    "doing your",
    "already",
    "currently",
    "partner",
    "doing business",
    "i'm your",
    "i am your",
    "customer",
    "client",
    "account with us",
    "accounts",
    "following up",
    "circling",
    "per our",
    "discussed",
    "agreed",
    "promised",
    "talked",
    # (the past told in the present: "we talk at the coffee break ... last thursday")
    "we talk ",
    "we meet ",
    "we speak ",
    "we chat ",
    "met ",
    "meet you",
    "meeting you",
    "spoke",
    "chatted",
    "got chatting",
    "got talking",
    "enjoyed our",
    "loved our",
    "enjoyed the",
    "loved the",
    "chatting with you",
    "talking with you",
    "talking to you",
    "speaking with you",
    "swapped",
    "exchanged",
    "traded",
    "crossed paths",
    "bumped into",
    "shared a",
    "grabbed",
    "had coffee",
    "had a coffee",
    "had lunch",
    "had a drink",
    # ("we had a quick yarn at the coffee break")
    "had a quick",
    "had a short",
    "had a brief",
    "had a chat",
    "had a yarn",
    "had a natter",
    "had a talk",
    "had a word",
    "had our",
    "had a beer",
    "got coffee",
    "got a coffee",
    "reconnect",
    " again",
    "been ages since",
    "been forever since",
    "too long since",
    "so long since",
    "while since",
    "years since",
    "asking",
    "requested",
    "inquired",
    "enquired",
)


# Every word some part's gate needs: a line with none of them is no claim (one set test,
# before the substring gate's 77 tests; the parts' gates are the same test, part by part).
# Every part has its gate: one without fails here, at import.
def _gate_words(parts: tuple[Rule, ...]) -> frozenset[str]:
    words: set[str] = set()
    for part in parts:
        if part.words is None:
            raise ValueError(f"a claim part without its gate words: {part.pattern[:40]}")
        words |= part.words
    return frozenset(words)


# (the two rules of a customer of ours are keyed on common words, "been" and "one": their
# own cue, a phrase, is looked for instead, so that most lines with those words stop at once)
_CLAIM_WORDS = _gate_words(
    tuple(part for part in _CLAIM_PARTS if part not in (_WITH_US_A_WHILE, _THE_ONES_DOING))
)
_CUSTOMER_OF_OURS_CUES = ("been with us", "the ones", "we are the one ", "we're the one ")
_CUSTOMER_OF_OURS_WORDS = frozenset({"been", "ones", "one"})

# Asking leave to say it: "can I tell her you sent me", "mind if I mention you referred me".
_ASKS_LEAVE_TO_SAY = Lazy(
    r"(?i)\b(?:can|could|may|should|shall|mind\s+if|ok\s+if|okay\s+if|alright\s+if)\s+i\s+(?:tell|say\s+to|mention\s+to|let)\s+"
    r"(?:\w+\s+)?(?:know\s+)?(?:that\s+)?$"
)

#: A claim after a negation ("we've never met") claims nothing.
_NEGATED_BEFORE = Rule(r"\b(?:never|haven't|have\s+not|not)\s+(?:\w+\s+)?$")


# ... or opening the line: "not selling anything, promise" (a rule of its own: an anchored
# alternative in the rule above would be tried at every position of every line it searches).
_DISCLAIMER_OPENS = Rule(r"^\W*(?:and\s+|but\s+|oh\s+)?not\s+(?:selling|pitching)\b")


def disclaimer(norm: str, low: str) -> str | None:
    """The words of a normalised line (``low`` is ``norm.lower()``) claiming the call is not
    sales, or None."""
    hit = None
    if has_any(low, _DISCLAIMER_GATE):
        found = _DISCLAIMER.search(norm)
        if found is None or found.start() > 0:
            # (what one rule of both finds: its alternatives tried in order at each place)
            found = _DISCLAIMER_OPENS.match(norm) or found
        hit = norm[found.start() : found.end()].strip() if found is not None else None
    if hit is None:
        hit = _typed(_TYPED_DISCLAIMERS, _TYPED_DISCLAIMER_GATE, _TYPED_DISCLAIMER_KEYS, norm)
    if hit is not None and (_owned_up(hit, norm) or _deferred(hit, norm)):
        return None
    return hit


# The pitch put off to a meeting asked for in the same breath: "Then I won't pitch you now.
# Can I get twenty minutes with you and your retention lead?" -- a pitch to come, owned up
# to, not a claim that the call is not sales ("I'm not trying to sell you anything today").
_PUT_OFF = Rule(
    r"^\s*(?:now|right\s+now|yet|just\s+yet|on\s+the\s+phone|over\s+the\s+phone|on\s+this\s+call|cold)\b"
    r"[^?]*?\b(?:can|could|may|shall|would)\s+(?:i|we)\s+(?:get|grab|have|book|put|set\s+up|take|steal|borrow|pencil)\b"
    r"[^?]*?\b(?:minutes|mins|hour|meeting|call|time|slot|diary|calendar|demo|session|coffee|lunch)\b",
    "can could may shall would",
)


def _deferred(hit: str, norm: str) -> bool:
    """A pitch said to wait for a meeting asked in the same line ("I won't pitch you now,
    can I get twenty minutes Tuesday?")."""
    if not hit.lower().endswith((" you", " pitch", " sell")):
        return False  # "I'm not selling anything" puts nothing off
    at = norm.find(hit)
    return at >= 0 and _PUT_OFF.match(norm[at + len(hit) :]) is not None


# The denial itself denied: "I'm not gonna pretend this isn't a sales call", "I won't say
# it's not a pitch", "it's not NOT a sales call" -- owning up, the opposite of a disclaimer.
_DENIAL_DENIED = Rule(
    r"\b(?:not|won't|can't|cannot|wouldn't|couldn't|never|don't|ain't)\s+(?:\w+\s+){0,3}?"
    r"(?:pretend\w*|say\w*|claim\w*|tell\s+you|deny\w*|kid\s+you|lie\s+(?:and\s+)?(?:say|tell\s+you))\b"
    r"(?:\s+(?:that|this|it|it's|it\s+is|this\s+is|we're|we\s+are|i'm|i\s+am|that's|this\s+call|the\s+call|is))*\s*$"
)


def _owned_up(hit: str, norm: str) -> bool:
    """A disclaimer inside a denied frame, or a doubled "not not": owning up to selling."""
    if hit.lower().startswith("not not"):
        return True
    at = norm.find(hit)
    return at > 0 and _DENIAL_DENIED.search(norm[max(0, at - 60) : at]) is not None


def apology(norm: str, low: str) -> str | None:
    """The words of a normalised line (``low`` is ``norm.lower()``) apologising for calling,
    interrupting or taking the person's time, or None."""
    hit = _apology(norm) if has_any(low, _APOLOGY_GATE) else None
    if hit is None:
        hit = _typed(_TYPED_APOLOGIES, _TYPED_APOLOGY_GATE, _TYPED_APOLOGY_KEYS, norm)
    if hit is not None and _crosstalk(hit, norm):
        return None
    return hit


# Crosstalk: both spoke at once, and the rep says sorry for cutting in and hands the floor
# back ("sorry, I interrupted you, go ahead"; "sorry to cut in, you first"). That is about
# the conversation, not about calling or their time ("sorry to interrupt your afternoon").
_CUT_IN = Rule(
    r"\b(?:interr?upt\w*|cut(?:ting)?\s+(?:you\s+off|in)|talk\w*\s+over|jump\w*\s+in|butt\w*\s+in)\b"
)
_FLOOR_BACK = Rule(
    r"\b(?:go\s+ahead|go\s+on|carry\s+on|keep\s+going|you\s+first|after\s+you|you\s+go|you\s+were\s+saying"
    r"|please\s+continue|finish\s+your\s+(?:thought|point|sentence))\b(?!\s+and\b)",
    "ahead on carry going first after go saying continue finish",
)


def _crosstalk(hit: str, norm: str) -> bool:
    """An apology for cutting in that hands the floor back: not an apology for calling."""
    low = hit.lower()
    return (
        "your" not in low
        and "call" not in low
        and _CUT_IN.search(hit) is not None
        and _FLOOR_BACK.search(norm) is not None
    )


# Owning up to selling, the opposite of the disclaimer: "I'll be honest, this is a sales
# call", "yes, I'm selling something", "I do sell software", "cold call, I won't pretend
# otherwise". A negated form ("this isn't a sales call") is the disclaimer, never this.
_OWNS_SALE = Rule(
    r"\b(?<!not\s)(?<!isn't\s)(?:it|this|that)(?:'s|\s+is|\s+was)\s+(?:a\s+|definitely\s+a\s+|just\s+a\s+|absolutely\s+a\s+)?"
    r"(?:sales|cold|prospecting)\s+call\b"
    r"|(?:^|[,.;:!]\s*|\b(?:yes|yeah|yep|honestly|sure|ok|okay|and)\W+)(?:sales|cold)\s+call\b(?!\s+(?:from|about|to)\b)"
    r"|\b(?:i'm|i\s+am|we're|we\s+are)\s+(?:(?:absolutely|definitely|certainly|totally|also)\s+)?(?:selling|trying\s+to\s+sell|a\s+salesperson|a\s+sales\s+rep|in\s+sales)\b"
    r"|\b(?:i|we)\s+do\s+sell\b|\b(?:yes|yeah|yep|sure|honestly)\W+(?:(?:of\s+course|sure|indeed|absolutely|definitely|certainly)\W+)?(?:i|we)\s+sell\b"
    # the company named, after an honest lead-in: "to be upfront, Halyard does sell"
    r"|\b(?:to\s+be\s+(?:honest|upfront|up\s+front|clear|transparent|fair)|full\s+disclosure|in\s+fairness)\W+"
    r"(?:[\w'&-]+\s+){1,3}?(?:does|do)\s+(?:also\s+)?sell\b"
    r"|\b(?:won't|will\s+not|not\s+going\s+to|wont)\s+pretend\s+(?:otherwise|it's\s+not|it\s+isn't|this\s+isn't|i'm\s+not)"
    # ... or owned and set aside for this call: "we sell those, but today my job is only to
    # update the data"
    r"|\b(?:i|we)\s+(?:do\s+)?sell\s+(?:[\w'-]+\s+){0,3}?[\w'-]+,?\s+but\s+(?:today|right\s+now|for\s+now|this\s+(?:call|time|morning|afternoon))\b",
    "sales cold prospecting selling sell salesperson pretend",
)
# ... or the plain verb after an honest lead-in: "honest answer, we sell trade show booths",
# "full disclosure we sell booths", "in all honesty, ledgerline sells payroll software" (a
# rule of its own, on the lead-in's words)
_OWNS_SALE_PLAINLY = Rule(
    r"\b(?:honest\s+answer|to\s+be\s+(?:honest|upfront|up\s+front|clear|transparent)|full\s+disclosure"
    r"|in\s+all\s+(?:honesty|fairness)|straight\s+up|truth\s+is|(?:i'll|i\s+will)\s+be\s+(?:honest|upfront|straight))\W+"
    r"(?:[\w'&-]+\s+){1,2}?(?:sell|sells)\b",
    "honest honesty upfront front clear transparent disclosure fairness straight truth",
)


def owns_sale(norm: str, low: str) -> str | None:
    """The words of a line owning up to selling, or None (see :data:`_OWNS_SALE`)."""
    if "sal" not in low and "sell" not in low and "cold" not in low and "pretend" not in low:
        return None
    found = _OWNS_SALE.search(norm)
    if found is None and "sell" in low:
        found = _OWNS_SALE_PLAINLY.search(norm)
    if found is None:
        return None
    # "not trying to sell", "we don't sell anything": the disclaimer's side
    before = low[max(0, found.start() - 12) : found.start()]
    if re.search(r"\b(?:not|n't|never)\s*$", before):
        return None
    return norm[found.start() : found.end()].strip(" ,.;:!")


def misleading_claim(norm: str, low: str) -> str | None:
    """The words of a normalised line (``low`` is ``norm.lower()``) claiming a relationship,
    expectation or pretext, or None."""
    words = words_of(norm)
    claim_cue = not _CLAIM_WORDS.isdisjoint(words) and (
        has_any(low, _CLAIM_GATE) or not _KIN_WORDS.isdisjoint(words)
    )
    if not claim_cue and (
        _CUSTOMER_OF_OURS_WORDS.isdisjoint(words) or not has_any(low, _CUSTOMER_OF_OURS_CUES)
    ):
        return None  # (nor a customer of ours claimed: "your company has been with us")
    claim = leftmost_match(_CLAIM_PARTS, norm)
    if has_any(low, _NAMED_FRIENDSHIP_KEYS):
        # the two of us named: "esteban and i are old friends", "me and dale go way back"
        named = _NAMED_FRIENDSHIP_RULE.search(norm)
        if named is not None and (claim is None or named.start() < claim.start()):
            claim = named
    if claim is None or _NEGATED_BEFORE.search(norm[max(0, claim.start() - 20) : claim.start()]):
        return None
    if _ASKS_LEAVE_TO_SAY.search(norm[max(0, claim.start() - 40) : claim.start()]):
        return None  # "can I tell her you sent me?" asks leave; it claims nothing yet
    if _CONNECTION_REQUEST.match(low, claim.end()) and has_any(low, ("linkedin", "connect")):
        return None  # "we just connected on LinkedIn... you sent me the request": public courtesy
    return norm[claim.start() : claim.end()].strip()


def expected_call(norm: str, claim: str | None) -> str | None:
    """The words of a normalised line that has a misleading claim (``claim``) saying the
    call itself was expected or asked for ("your team's expecting to hear from us",
    "returning her call", "he asked me to call"), not a history or a relationship ("we met
    at the forum"); or None."""
    if claim is None:
        return None
    found = leftmost_match(_CALL_PRETEXTS, norm)
    if found is None or _NEGATED_BEFORE.search(norm[max(0, found.start() - 20) : found.start()]):
        return None
    return norm[found.start() : found.end()].strip()


def claims_their_company(text: str, low: str, previous: str) -> str | None:
    """The words of a line (``low`` is ``text.lower()``) claiming business already done
    with the company the prospect named when picking up (``previous``): "Castellan Hotels,
    revenue office, Jae-won speaking" ... "we actually already work with Castellan". (The
    company's first word must be the one named: "we already work with hotels like yours"
    names no one.)"""
    if "already" not in low and "currently" not in low and "been" not in low:
        return None
    claim = _ALREADY_WORK_WITH.search(low)
    if claim is None:
        return None
    picked_up = _PICKED_UP_AS.match(previous.lower())
    said = claim.group("org") or claim.group("org2")
    if said.endswith(("'s", "s'")):  # "we already supply pinecrest's denver team"
        said = said[:-2]
    if picked_up is None or said != picked_up.group("org"):
        return None
    return text[claim.start() : claim.end()]


def says_yes_to_expected(text: str, previous: str) -> str | None:
    """The "yes" of a line answering the gatekeeper's "is she expecting you?" (or "does he
    know you?", "did she ask you to call?"): a claim made by agreeing to it ("Yah, she is,
    we sort of arranged it"), not "no, she isn't" nor "not exactly"."""
    low_previous = previous.lower()
    if (
        "expect" not in low_previous
        and "know you" not in low_previous
        and "ask you" not in low_previous
    ):
        return None
    if _ASKED_IF_EXPECTED.search(low_previous) is None:
        return None
    yes = _YES_SHE_IS.match(text)
    return None if yes is None else yes.group().strip(" ,.!")


# The gatekeeper's check on the caller: "is she expecting you, pet?", "is Mr Dlamini
# expecting your call?", "does he know you?", "did she ask you to call?"
_ASKED_IF_EXPECTED = Lazy(
    r"\b(?:is|was|are)\s+(?:(?:mr|mrs|ms|dr)\.?\s+)?[a-z'-]+\s+expect(?:ing|in'?)\s+(?:you|your\s+call|a\s+call|the\s+call|this\s+call|to\s+hear)\b"
    r"|\b(?:does|do)\s+(?:(?:mr|mrs|ms|dr)\.?\s+)?[a-z'-]+\s+know\s+you\b"
    r"|\bdid\s+(?:(?:mr|mrs|ms|dr)\.?\s+)?[a-z'-]+\s+ask\s+you\s+to\s+(?:call|ring|phone)\b"
)
# ... answered yes: "yes", "yah, she is", "yeah he does", "she is, yeah" (not "yes and no",
# "she isn't", "yes, well, not exactly")
_YES_SHE_IS = Lazy(
    r"(?i)^\W*(?:(?:oh|um|uh|well)\W+)?(?:(?:yes|yeah|yah|yep|yup|ya|aye|sure|of\s+course|absolutely|definitely|correct)\b"
    r"(?:\W+(?:she|he|they)\s+(?:is|does|did|are|do)\b(?!\s*n[o']t\b))?|(?:she|he|they)\s+(?:is|does|did|are|do)\b(?!\s*n[o']t\b))"
    r"(?!\W+(?:and\s+no|not\b|well\b|kind\s+of|sort\s+of|in\s+a\s+way|more\s+or\s+less))"
)


_ALREADY_WORK_WITH = Lazy(
    r"\bwe(?:'re|\s+are|re|'ve\s+been|\s+have\s+been)?\s+(?:(?:actually|really|honestly|also|do|uh|um)\W+)*"
    r"(?:already|currently)\s+(?:(?:actually|really|do|doing)\s+)?"
    r"(?:work(?:ing)?\s+(?:with|for)|partner(?:ed|ing)?\s+with|supply(?:ing)?|servic(?:e|ing)|serv(?:e|ing)|support(?:ing)?|look(?:ing)?\s+after|handl(?:e|ing))\s+"
    r"(?P<org>[a-z][\w&'-]*)"
    # ... or a time of it claimed, its "have" perhaps dropped: "we been working with corvid
    # on your expo booth", "we've been supplying castellan since 2019"
    r"|\bwe(?:'ve|ve|\s+have)?\s+been\s+(?:(?:actually|really|also)\s+)?"
    r"(?:working\s+(?:with|for)|partnering\s+with|supplying|servicing|serving|supporting|handling)\s+(?P<org2>[a-z][\w&'-]*)"
)

# How a business answers its phone: "good morning, castellan hotels, revenue office, jae-won
# speaking", "Harbor Dental, how can I help?": the name before the first comma.
_PICKED_UP_AS = Lazy(
    r"^\W*(?:(?:good\s+(?:morning|afternoon|evening)|morning|afternoon|hello|hi|thanks\s+for\s+calling|thank\s+you\s+for\s+calling)\W+)*"
    r"(?!(?:this|it's|its|yes|yeah|hello|hi|speaking|who)\b)(?P<org>[a-z][\w&'-]*)(?:\s+[\w&'-]+){0,3}\s*[,.]"
    r"(?=.*\b(?:speaking|this\s+is|how\s+(?:can|may)\s+i\s+help|office|desk|department|reception)\b)"
)


# The request a claim names, when the line is about connecting online: "you sent me the request".
_CONNECTION_REQUEST = Lazy(
    r"\s+(?:the|that|your|a|an)\s+(?:linkedin\s+|connection\s+|connect\s+)?(?:request|invite|invitation|connect|connection)\b"
)


# --------------------------------------------------------------------------- typed with typos

# Canonical phrasings for a typo-tolerant second look when the rules found nothing ("sory to
# bothr you"): whole-window ``ratio`` with a high cutoff (see
# :func:`roleplay.language.fuzzy.best_window`), so "not interested" never matches "interested".
_TYPED_APOLOGIES = (
    "sorry to bother you",
    "sorry to interrupt",
    "sorry to disturb you",
    "sorry for calling",
    "apologize for calling",
    "forgive the intrusion",
    "sorry for the interruption",
)
_TYPED_DISCLAIMERS = (
    "i'm not trying to sell you anything",
    "i'm not selling anything",
    "this isn't a sales call",
    "this is not a sales call",
    "not a sales pitch",
    "i'm not a telemarketer",
)
# A second look only for a line with a word like the key word of these phrases...
_TYPED_APOLOGY_GATE = Rule(r"\b(?:so+r+y|sory|sorr|apo\w*|appo\w*|forgiv\w*|pardon)\b")
_TYPED_DISCLAIMER_GATE = Rule(r"\b(?:sel+\w*|sal+e\w*|pitch\w*|telemark\w*)\b")
# ... and first, substrings every match of that gate contains ("so+r+y" has "sor" or "soo").
_TYPED_APOLOGY_KEYS = ("sor", "soo", "apo", "appo", "forgiv", "pardon")
_TYPED_DISCLAIMER_KEYS = ("sel", "sal", "pitch", "telemark")
_TYPED_CUTOFF = 88
_WORDS = Lazy(r"[a-z']+")


def _typed(phrases: tuple[str, ...], gate: Rule, keys: tuple[str, ...], norm: str) -> str | None:
    """The words of ``norm`` that closely match one of ``phrases`` (the first phrase that
    matches wins), or None."""
    if not has_any(lowercase(norm), keys) or not gate.search(norm):
        return None
    words = _WORDS.findall(norm.lower())
    for phrase in phrases:
        hit = best_window(phrase, words, _TYPED_CUTOFF)
        if hit is not None and (not _negated(phrase) or _negated(hit[0])):
            return hit[0]
    return None


def _negated(text: str) -> bool:
    """Whether ``text`` holds a negation, typed however: "not", "isn't", "nto", "isnt".

    A phrase that denies ("this isn't a sales call") must not match words that own up to
    the same thing ("this is a sales call"): one missing word is only a few letters."""
    for word in text.split():
        if (
            word in _NEGATION_WORDS
            or word.endswith("n't")
            or (word.endswith("nt") and word[:-2] in _NT_STEMS)
            or "".join(sorted(word)) == "not"
        ):
            return True
    return False


_NEGATION_WORDS = frozenset((*NEGATIONS, "never", "nothing", "no", "nope"))
# "isnt", "dont", "wont"...: a contraction typed without its apostrophe.
_NT_STEMS = frozenset(
    "is are was were do does did wo ca could would should have has had ai".split()
)
