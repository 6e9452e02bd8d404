"""Purpose: the rep stating why they are calling ("I'm calling because...", "the reason
for my call"), and the prospect asking what the call is about ("what's this regarding?").
"""

from __future__ import annotations

import re
from functools import lru_cache

from roleplay.language.text import (
    Lazy,
    Rule,
    first_match,
    has_any,
    is_question,
    leftmost_match,
    lowercase,
    normalise,
    sentences,
)

# What a caller says they want to do on the call ("wanted to see if...", "wanted to grab
# lunch", "was hoping to pick your brain"): one list for every rule below.
_PURPOSE_VERBS = (
    r"(?:see|ask|talk|speak|let|share|reach|introduce|follow|check|touch|find|get|tell|show|discuss|learn"
    r"|hear|wish|thank|congratulate|make\s+sure|say|offer|invite|give|pick|run|chat|grab|bounce|connect|greet"
    # (catching up is a reason, catching the person is not: "was hoping to catch you")
    r"|catch(?=(?:\s+(?:you|him|her|them|ya))?\s+(?:up|about|regarding)\b)"
    # (what they want to know, told: "I wanted to know what you're working on")
    # (not their view asked: "I want to know what you think")
    r"|know(?=\s+(?:what|how|whether|if|who|when|where|which|more)\b)(?!\s+what\s+(?:you|u)\s+(?:think|reckon)\b)"
    r"|walk|take|buy|book|set\s+up|treat|swing|pop|come|stop|meet|bring|drop|send|put|update"
    r"|verify|confirm|flag|warn|explore|float|pitch|propose|suggest|understand|network|reconnect"
    # notes or ideas traded: "I wanted to compare notes", "wanted to swap ideas"
    r"|compare|swap|trade"
    # news brought, said formally: "I just want to inform you that the kits are here",
    # "wanted to announce our new branch" (not one's own name: "to present myself")
    r"|inform|notify|announce|remind|present(?!\s+(?:myself|me|us)\b)"
    # ... or a job put right, as British English says it: "so i wanted to sort the same for
    # this one"
    r"|sort(?!\s+of\b)"
    # a meeting made, as English learned late says it: "I want to make one meeting with the owner"
    r"|make\s+(?:a|an|one|the)\s+(?:meeting|appointment|visit|call|demo|presentation|reservation|booking|order))"
)


# Past tenses that do not end in -ed, for news about the prospect told by anyone: "saw the
# city gave you guys the parks contract", "heard Pike Medical won the county bid".
_IRREGULAR_PAST = (
    r"(?:gave|got|won|took|made|put|sold|bought|grew|built|began|became|brought|shut|cut|lost"
    r"|broke|led|left|paid|rose|sent|spent|wrote|upped)"
)
# "I'm calling about...", "the reason for my call", "I wanted to ask...": the rep's stated
# purpose. The evidence is the leftmost match, found by :func:`leftmost_match` over consecutive
# parts of one alternation kept in order; each part after the first is gated by the whole
# words all its matches contain, so most lines search only a few parts. The first part is
# not gated: its verb may run into the next word ("callingabout"), so no word is certain.

# Working on the records, the reason of a records call: "I'm tidying up our contact list",
# "just updating our file", "double-checking a few details".
_RECORD_VERBS = (
    r"(?:updating|verifying|confirming|checking|double-checking|cleaning\s+up|cleaning|tidying(?:\s+up)?"
    r"|sorting\s+out|fixing|correcting|refreshing|auditing|reviewing|working\s+through)"
)
_RECORD_VERB_WORDS = (
    "updating verifying confirming checking cleaning tidying sorting fixing"
    " correcting refreshing auditing reviewing working"
)

# "I want to say forty-something", "I want to say about thirty": a guess at a figure, not why
# the caller rings (but "I wanted to say congrats on the new shop" is, and so is "I wanted to
# say it was great meeting you").
_NOT_A_HEDGE = (
    r"(?!(?<=say)\s+(?:(?:like|about|around|maybe|probably|roughly)\b|\d"
    r"|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty"
    r"|seventy|eighty|ninety|a\s+hundred|a\s+dozen|half)\b))"
)

# A talk wanted with nothing said of what about: "please call us back, we'd like to talk to
# you." (a wish for a call, no reason; "I'd like to talk to you about your fleet" gives one)
_NOT_BARE_TALK = (
    r"(?!(?:(?<=talk)|(?<=speak)|(?<=chat))(?:\s+(?:to|with)\s+(?:you|u|ya|him|her|them))?"
    r"(?:\s+(?:please|soon|sometime|directly|personally))?\s*(?:[.!;]|$))"
)

# "I wanted", "we were hoping", "just wanted" (perhaps "only" or "simply"): how a reason's
# wish opens, in the two rules below (what is wished, and the call itself wished)
_I_WANTED = r"\b(?:(?:i|we)\s+(?:just\s+|really\s+|only\s+|simply\s+)?|just\s+)(?:wanted|want|wanna|would\s+like|'d\s+like|(?:was|were)\s+(?:just\s+)?hoping|thought\s+i'd|figured\s+i'd)"

_REASON_PARTS: tuple[Rule, ...] = (
    # the round of calls the caller is on, said as what they are doing: "I'm just goin down
    # our contact list makin sure tings is right"
    Rule(
        r"\b(?:i'm|i\s+am|we're|we\s+are)\s+(?:just\s+|only\s+)?(?:going|goin'?|working|running|runnin'?)\s+(?:down|through|thru|over)\s+"
        r"(?:our|my|the)\s+(?:[\w-]+\s+)?(?:list|lists|records|database|files|contacts|directory|listings)\b",
        "list lists records database files contacts directory listings",
    ),
    Rule(
        r"\b(?:i'm|i\s+am|we're|we\s+are|i\s+was|we\s+were|just)\s+(?:\w+\s+){0,2}?"
        r"(?:calling|ringing|phoning|reaching\s+out|writing|getting\s+in\s+touch|following\s+up|checking\s+in|touching\s+base"
        # ("just giving you a ring because...", "giving you a quick bell about...")
        r"|giving\s+you\s+a\s+(?:quick\s+|wee\s+|little\s+)?(?:ring|call|bell|buzz|shout|tinkle))"
        # (the one called back named: "I'm calling Mr. Heard back about the oak quote")
        # (not "we're calling them back about it tomorrow", a plan)
        r"(?:\s+(?:mr|mrs|ms|dr)\.?\s+[a-z][\w'-]*\s+back\b)?"
        r"(?:\s+(?:you|back|today|again|quickly|briefly|real\s+quick|just|simply|mainly|mostly|only|partly|really"
        # how: "calling you directly because...", "reaching out peer to peer because..."
        r"|directly|personally|myself|(?:peer|exec|ceo|founder|owner)\s+to\s+(?:peer|exec|ceo|founder|owner)))*"
        r"(?:\s+(?:from|with)\s+(?:[\w&'.-]+\s+){1,4}?)?"
        r"\s*(?:'?because|cause|'cause|about|regarding|re\b|to\b|in\s+response|in\s+regards?|in\s+reference|on\s+behalf|since|as\b|after|on\b|with\s+(?:a|an|some)\b|for\b(?!\s+(?:the\s+)?(?:warehouse|owner|manager|\w+\s+manager)\b))",
        # the verb of every match, a whole word (so the parts are found by their words)
        "calling ringing phoning reaching writing getting following checking touching giving",
    ),
    # the call told in the past, as a message left says it: "I called just to say hello and
    # to hear about your work", "we rang about the lease"
    Rule(
        r"\b(?:i|we)\s+(?:just\s+)?(?:called|rang|phoned)\s+(?:you\s+)?(?:today\s+|just\s+|only\s+|mainly\s+)*"
        r"(?:to\b|because|about|regarding)",
        "called rang phoned",
    ),
    Rule(
        r"\b(?:the\s+)?(?:reason|purpose)\s+(?:for|of|behind)\s+(?:my|the|this|our)\s+call"
        r"|\b(?:the\s+)?reason\s+(?:why\s+)?(?:i'm|i\s+am|we're|we\s+are|i|we)\s+(?:calling|ringing|phoning|reaching\s+out|called|rang|phoned|getting\s+in\s+touch|got\s+in\s+touch|writing|contacting"
        # ("the reason I call is...": the present, as English learned late says it)
        r"|call|ring|phone)\b"
        # why a question was asked, then the why: "the reason I'm asking is that the record
        # came from an old list", "the reason i ask is we had him down from the expo"
        r"|\b(?:the\s+)?reason\s+(?:why\s+)?(?:i'm|i\s+am|we're|we\s+are|i|we)\s+(?:asking|ask|asked)\s+(?:is|'s|was)\b"
        # "the reason i wanted to call you direct is..."
        r"|\b(?:the\s+)?reason\s+(?:why\s+)?(?:i|we)\s+(?:wanted|want|(?:was|were)\s+(?:just\s+)?hoping|'d\s+like|would\s+like|decided|needed|had)\s+to\s+"
        r"(?:call|ring|phone|reach\s+out|get\s+in\s+touch|talk|speak|catch)\b"
        r"|\b(?:that's|that\s+is|which\s+is|this\s+is|here's|here\s+is)\s+(?:exactly\s+|partly\s+|really\s+|actually\s+|basically\s+|also\s+|kind\s+of\s+|part\s+of\s+)?why\s+(?:i'm|i\s+am|we're|we\s+are|i|we)\s+(?:calling|ringing|phoning|reaching\s+out|called|rang|getting\s+in\s+touch)"
        r"|\b(?:quick|main|short|the|my|one)\s+reason\s+for\s+(?:the|my|this|our)\s+call\b|\breason\s+for\s+calling\b"
        # "so um, why I'm calling is your renewal"
        r"|\bwhy\s+(?:i'm|i\s+am|we're|we\s+are)\s+(?:calling|ringing|phoning|reaching\s+out)\s+is\b",
        "reason purpose why",
    ),
    # what brought the call, said as what brings the caller: "the thing that brings me is the
    # yam mounds", "what brings me to you today is your new branch"
    Rule(
        r"\b(?:the\s+(?:thing|matter|issue|reason)\s+(?:that\s+|which\s+)?|what\s+)(?:brings|brought)\s+me\b"
        # (or what brings them to ring: "so what brings me to ring you is this: ...")
        r"(?:\s+(?:here|to\s+you|to\s+your\s+\w+|today|now|to\s+(?:call|ring|phone)(?:\s+you)?))*\s+(?:is|was)\b",
        "brings brought",
    ),
    # the call itself said to be for something: "today's call is just to fix one record",
    # "this call is about your fleet"
    Rule(
        r"\b(?:today's|this|my|the|our)\s+(?:particular\s+|quick\s+|little\s+|phone\s+|one\s+)?call(?:\s+today)?\s+(?:is|'s)\s+(?:just\s+|only\s+|really\s+|simply\s+|mainly\s+)?"
        r"(?:to|about(?!\s+to\b)|regarding)\b(?=\s+\w)",
        "call",
    ),
    Rule(
        r"\b(?:so\s+)?(?:i|we)\s+(?:thought|figured)\s+(?:i'd|i\s+would|i\s+should|we'd|we\s+should|it\s+was\s+worth|it'd\s+be\s+worth|it\s+would\s+be\s+worth)\s+(?:a\s+)?(?:give\s+you\s+a\s+|giving\s+you\s+a\s+)?(?:call|calling|ring|ringing|a\s+call|reach|reaching|pick\s+up|get\s+in\s+touch|drop\s+you"
        # "given you've said retention is your priority, I thought we should talk"
        r"|talk|speak|connect|chat|compare\s+notes)"
        r"|\b(?:it|this|my\s+call|the\s+call)\s+(?:concerns|relates\s+to|has\s+to\s+do\s+with|is\s+in\s+connection\s+with)\s+(?!me\b|us\b)\w",
        "thought figured concerns relates has connection",
    ),
    Rule(
        _I_WANTED
        + rf"\s+(?:to\s+)?(?:actually\s+|really\s+|just\s+|quickly\s+|personally\s+)?{_PURPOSE_VERBS}\b{_NOT_A_HEDGE}{_NOT_BARE_TALK}"
        # "I'd like to find out whether...", "we'd love to check in on the new site"
        # (not a visit asked for: "I'd love to swing by thursday" is an ask, no reason)
        r"|\b(?:i|we)'d\s+(?:really\s+)?(?:like|love)\s+to\s+(?:actually\s+|really\s+|just\s+|quickly\s+)?"
        r"(?:see|ask|talk|speak|share|introduce|show|discuss|learn|hear|offer|invite|find\s+out|check|confirm|verify"
        r"|understand|explore|follow\s+up|update|get\s+a\s+(?:sense|feel|read)|bounce|pick\s+your|thank|congratulate|wish"
        rf"|flag|warn|reconnect|compare)\b{_NOT_BARE_TALK}"
        # speech drops the subject: "wanted to pick your brain about the Reno site"
        r"|(?:^|[.!?,;:-]\s*)(?:(?:so|um|uh|yeah|and|just|hey|hi)\W+)*(?:wanted|was\s+hoping|hoping)\s+to\s+(?:actually\s+|really\s+|just\s+)?"
        rf"{_PURPOSE_VERBS}\b{_NOT_A_HEDGE}{_NOT_BARE_TALK}"
        # ... or a second clause with the same subject: "I've got an old contact for Corvid
        # and want to make sure it's still right"
        r"|\band\s+(?:just\s+)?(?:want|wanted|would\s+like|'d\s+like)\s+to\s+(?:just\s+|quickly\s+)?(?:make\s+sure|check|confirm|verify|update)\b",
        "wanted want wanna like hoping thought figured love",
    ),
    # the kind of call named: "quick records call: ...", "this is just a courtesy call"
    Rule(
        r"\b(?:records?|courtesy|verification|housekeeping|data|database)\s+(?:check\s+)?call\b(?!\s+(?:center|centre|list|log|queue|script)\b)",
        "call",
    ),
    Rule(
        r"\b(?:reaching|reached)\s+out\s+(?:because|about|to|regarding|since|as)\b"
        r"|\b(?:following\s+up|getting\s+in\s+touch|checking\s+in|touching\s+base|ringing|phoning|writing)\s+(?:on|about|regarding|re|because|since|in\s+(?:response|regards?|reference)|with\s+(?:a|an|some)\b)"
        r"(?!\s+(?:the\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|next|that|it|this)\b)",
        "out following getting checking touching ringing phoning writing",
    ),
    Rule(
        _I_WANTED
        + r"\s+to\s+(?:call|ring|phone|reach\s+out|get\s+in\s+touch|drop\s+you\s+a\s+line|give\s+you\s+a\s+(?:call|ring|buzz|shout))\s+(?:you\s+)?"
        # "I wanted to call you directly because..."
        r"(?:(?:directly|direct|personally|myself|today|quickly|first)\s+)?"
        # "I wanted to call instead of just clicking accept, and learn..."
        r"(?:(?:instead\s+of|rather\s+than)\s+[^,.!?]{1,50}?,?\s+)?(?:and|to|about|because|regarding|since|re|after|with)\b"
        # the call as the personal answer to a message: "i wanted to call instead of just
        # clicking accept", "wanted to ring rather than send another email"
        r"|\b(?:(?:i|we)\s+(?:just\s+|really\s+)?|just\s+)(?:wanted|was\s+hoping|thought\s+i'd|figured\s+i'd)\s+to\s+(?:call|ring|phone)\s+(?:you\s+)?(?:personally\s+)?"
        r"(?:instead\s+of|rather\s+than)\s+(?:just\s+)?(?:(?:click|hit|send|email|messag|text|writ|typ|accept|reply|replie)\w*|a\s+(?:text|message|note|email|dm))\b"
        r"|\bworth\s+(?:reaching\s+out|a\s+call|calling)\b",
        "wanted want wanna like hoping thought figured worth",
    ),
    # (the records rules in parts, each gated on words every match of it has: together
    # they were one rule that lines with "have", "like" or "need" all had to run)
    Rule(
        r"\b(?:i'm|i\s+am|we're|we\s+are)\s+(?:just\s+)?(?:doing|conducting|running|putting\s+together)\s+(?:a\s+|some\s+|an?\s+)?(?:quick\s+|short\s+|brief\s+)?(?:research|survey|study|poll|review|check)",
        "research survey study poll review check",
    ),
    Rule(
        rf"\b(?:i'm|i\s+am|we're|we\s+are)\s+(?:just\s+|only\s+|simply\s+|really\s+)?{_RECORD_VERBS}\s+"
        r"(?:(?:our|my|some|a\s+few|the|that|whether|if|who|one|a|something)\b"
        # "I'm verifying old contacts", "checking trade show listings"
        r"|(?:[\w'-]+\s+){0,2}?(?:records?|contacts?|listings?|entries|accounts?|details|database|data|files?|info|information|addresses)\b)"
        # ... or said in the present, as English learned late says it: "i check old contacts
        # in our database", "we update the records of our clients"
        r"|\b(?:i|we)\s+(?:just\s+|only\s+)?(?:check|update|verify|confirm|clean\s+up|tidy\s+up|correct|refresh)\s+"
        r"(?:(?:our|the|some|a\s+few|old|all|my)\s+)*(?:[\w'-]+\s+)?(?:records?|contacts?|listings?|entries|details|database|data|files?|addresses)\b",
        _RECORD_VERB_WORDS + " check update verify confirm clean tidy correct refresh",
    ),
    # a records check named as such, or what the records say: "quick records check",
    # "our file says mark delaney, but it's three years old"
    Rule(
        r"\b(?:records?|data(?:base)?|contact|details?|file)\s+(?:check|update|verification|clean-?up|refresh)\b",
        "check update verification cleanup clean refresh",
    ),
    Rule(
        r"\b(?:our|my)\s+(?:file|files|records?|list|database|system|crm)\s+(?:says|shows|has|lists|still\s+(?:say|show|have|list|has)s?)\b",
        "file files record records list database system crm",
    ),
    # the check as a need: "I need to check who we should have on file", "I just want to
    # confirm one contact on our list"; "a quick records thing"
    Rule(
        r"\b(?:i|we)\s+(?:just\s+|only\s+)?(?:need|needed|have|want|wanted|'d\s+like|would\s+like)\s+to\s+(?:quickly\s+)?"
        r"(?:check|confirm|verify|update|correct|fix|double-check)\s+(?:who\s+we\s+(?:should\s+)?have\b|what\s+we\s+have\b"
        r"|(?:(?:a|an|one|the|our|your|some|that)\s+)?(?:[\w'-]+\s+){0,2}?(?:records?|contacts?|listings?|entries|entry|details|database|file|info|information|address(?:es)?|email)\b)",
        "check confirm verify update correct fix",
    ),
    Rule(
        r"\b(?:records?|database|admin|housekeeping)\s+(?:thing|question|matter)\b",
        "thing question matter",
    ),
    # the check said plainly: "I'm just making sure it's right", "we have a contact record
    # for Corvid that nobody has checked" (a rule of its own: "got" and "making" would
    # open the one above on many lines)
    Rule(
        r"\b(?:i'm|i\s+am|we're|we\s+are|just)\s+(?:just\s+|only\s+|simply\s+)?(?:making\s+sure|double-checking|checking)\s+(?:that\s+)?"
        r"(?:it's|it\s+is|that's|that\s+is|this\s+is|they're|those\s+are|everything(?:'s|\s+is)|(?:the|our|your|that|this)\s+(?:[\w'-]+\s+)?(?:record|entry|listing|info|information|details|contact|email|number|address)"
        r"(?:\s+(?:we|i)\s+(?:have|'ve\s+got|got)(?:\s+on\s+file)?)?(?:'s|\s+is|\s+are)?)"
        r"\s+(?:still\s+)?(?:right|correct|accurate|current|up\s+to\s+date|valid)\b"
        r"|\b(?:we|i)\s+(?:have|'ve\s+got|got)\s+(?:a|an|one|the|this)\s+(?:[\w'-]+\s+){0,2}?(?:record|entry|listing)\s+(?:for|on)\b",
        "sure checking record entry listing",
    ),
    Rule(
        # (a call proposed is no reason: "can our teams get on a call to go through it")
        # (the look-behinds read back from "call", so only where "call" was found)
        # ("calling you back about the form": a call returned)
        r"\b(?:calling(?:\s+you\s+back|\s+back)?|call(?<!\bon\sa\scall)(?<!\bon\sa\squick\scall)(?<!\bup\sa\scall)(?<!\bup\sa\squick\scall)"
        r"(?<!schedule\sa\scall)(?<!\bbook\sa\scall)(?<!arrange\sa\scall)(?<!\bgrab\sa\scall))"
        # ("i call just to say hello": the present, as English learned late says it)
        r"(?:\s+(?:just|only|simply|mainly))?"
        # (a pause may follow the firm: "calling from Sahel Solar Limited, about the roof")
        r"\s+(?:from\s+(?:[\w&'.-]+,?\s+){1,5}?)?(?:to|about|'?because|cause|'cause|regarding|re|in\s+response|on\s+behalf)\b"
        # "I just called to say hello"; "I call you because ...", as English learned late says it
        r"|\b(?:i|we)\s+(?:just\s+|only\s+)?called\s+(?:to|about|because|cause)\b"
        # (the look-behinds read only where "i " or "we " starts: not "can I call you about it")
        r"|\b(?=i\s|we\s)(?<!can\s)(?<!could\s)(?<!may\s)(?<!shall\s)(?<!should\s)(?<!when\s)(?<!if\s)(?<!once\s)(?<!before\s)(?<!after\s)"
        r"(?:i|we)\s+(?:just\s+|only\s+)?call\s+you\s+(?:just\s+|only\s+|today\s+|now\s+)?(?:to|about|'?because|cause|'cause|regarding)\b"
        # (a title's dot, as in "Mr. Thibodeaux", does not end the sentence)
        r"|\b(?:suggested|recommended|asked\s+me|told\s+me|referred\s+me)\b(?:[^.!?]|(?<=\bmr)\.|(?<=\bms)\.|(?<=\bdr)\.|(?<=\bmrs)\.){0,60}?\b(?:about|regarding|because)\b"
        r"|\b(?:speak|talk|chat)\s+(?:with|to)\s+(?:[\w.']+\s+){1,4}?(?:about|regarding)\b",
        "calling call called suggested recommended asked told referred speak talk chat",
    ),
    # "I had to call and wish you a happy one", "ringing to congratulate you"
    Rule(
        r"\b(?:call|calling|ring|ringing|phone|phoning)\s+(?:you\s+)?and\s+(?:wish|say|tell|congratulate|thank|invite)\b",
        "wish say tell congratulate thank invite",
    ),
    # the subject said once for two verbs: "I'm in Leeds on the 9th and wanted to see if..."
    Rule(
        r"\b(?:i|we)\b(?:(?!\b(?:he|she|they|you)\b)[^.!?]){0,120}?\band\s+(?:just\s+|also\s+|really\s+)?"
        r"(?:wanted|(?:was|were)\s+(?:just\s+)?hoping|would\s+like|thought\s+i'd|figured\s+i'd)\s+to\s+"
        rf"{_PURPOSE_VERBS}\b",
        "wanted hoping like thought figured",
    ),
    # the plan said as the point of the call: "what I'd like to do is show Colleen...", "all
    # I'm after is ten minutes with whoever runs the yard", "the idea is to swap notes"
    Rule(
        r"\bwhat\s+(?:i|we)(?:'d|\s+would)?\s+(?:like|love|want|wanted|(?:was|were)\s+(?:just\s+)?hoping)\s+(?:to\s+do\s+)?is\s+(?:to\s+)?\w+"
        r"|\ball\s+(?:i'm|i\s+am|we're|we\s+are|i|we)\s+(?:after|asking\s+for|looking\s+for|want|need|hoping\s+for)"
        r"(?:\s+(?:on|with|from)\s+(?:this|the)\s+call|\s+today|\s+here)?\s+is\b"
        r"|\b(?:the|my|our)\s+(?:idea|goal|plan|hope|thinking)\s+(?:is|was)\s+(?:to|that)\b",
        "what all idea goal plan hope thinking",
    ),
    # the leads they want, as the point of a networking call: "I'd like to know what sort
    # of leads would be useful to you"
    Rule(
        r"\b(?:i'd|i\s+would|we'd|i\s+want|i\s+wanted|i\s+was\s+hoping)\s+(?:really\s+)?(?:like\s+|love\s+)?to\s+(?:know|learn|hear|understand|find\s+out|ask)\s+"
        r"(?:what|which)\s+(?:(?:sort|sorts|kind|kinds|type|types)\s+of\s+)?(?:leads|referrals|introductions|intros|connections)\b",
        "leads referrals introductions intros connections",
    ),
    # the subject dropped: "figured I'd offer to compare notes", "thought it was worth a call"
    Rule(
        r"(?:^|[.!?,;:-]\s*|\b(?:and|so|just)\s+)(?:figured|thought)\s+(?:i'd|i\s+would|i\s+should|i\s+might|we'd|we\s+should|it\s+was\s+worth|it'd\s+be\s+worth|it\s+would\s+be\s+worth)\s+"
        rf"(?:(?:a\s+|give\s+you\s+a\s+)?(?:call|ring|shout)|(?:offer\s+to\s+|try\s+to\s+|just\s+)?(?:{_PURPOSE_VERBS}|compare|swap))\b",
        "figured thought",
    ),
    # news about them passed on by someone: "julia said you're opening the new urgent care",
    # "Tom mentioned you just took over the Leeds depot", "Dr. Lin mentioned you might be
    # dealing with the same no-shows"
    Rule(
        r"\b(?:said|mentioned|told\s+me|tells\s+me|says)\s+(?:that\s+)?you(?:\s+guys)?(?:'re|\s+are|\s+were"
        # (not waiting for this very call: "he said you were expecting to hear from me")
        r"|\s+(?:might|may|could|would)\s+be)\s+(?:now\s+|just\s+|also\s+|still\s+)?(?!(?:expecting|waiting\s+(?:for|on))\s+(?:to\s+hear|me|my|us|our|this|a\s+call)\b)[a-z]{3,}ing\b"
        rf"|\b(?:said|mentioned|told\s+me|tells\s+me|says)\s+(?:that\s+)?you(?:\s+guys)?(?:'ve|\s+have)?\s+(?:just\s+|recently\s+)(?:[a-z]{{3,}}ed|{_IRREGULAR_PAST})\b",
        "said mentioned told tells says",
    ),
    # their own words about a problem, handed back: "you mentioned the paperwork for the new
    # shop was eating your evenings", "you said hiring has been a nightmare"
    Rule(
        r"\byou(?:'d|\s+had)?\s+(?:mentioned|said|told\s+me|told\s+us)\s+(?:that\s+)?(?:[\w'-]+\s+){1,8}?"
        r"(?:was|were|is|are|has\s+been|have\s+been|had\s+been|kept|keeps)\s+"
        r"(?:[a-z]{3,}ing\b|a\s+(?:real\s+)?(?:pain|headache|problem|mess|nightmare|struggle)\b|(?:a\s+)?(?:killing|eating|drowning|hard|tough|rough|slow)\b)",
        "mentioned said told",
    ),
    # a small reason owned as small: "no big reason except I like to actually talk to new
    # connections", "nothing urgent, just wanted to put a voice to the name"
    Rule(
        r"\b(?:no\s+(?:big|real|particular|special|urgent)\s+reason|nothing\s+(?:big|urgent|major|special|much))\W+"
        # (not the call made small and no more: "nothing major, just a quick one, is the
        # owner around")
        r"(?:except|other\s+than|besides|beyond|just|really|apart\s+from)\b"
        r"(?!\s+(?:a\s+)?(?:quick|short|small|little|minute|sec|second|moment)\b)[^.!?]{3,80}"
        r"|\bi\s+(?:always\s+|just\s+)?(?:like|love|try|make\s+a\s+point)\s+to\s+(?:actually\s+|really\s+)?"
        r"(?:talk|call|speak|connect|chat|ring)\s+(?:to|with)?\s*(?:new\s+|my\s+|the\s+)?(?:connections|contacts|people)\b[^.!?]{0,40}",
        "reason nothing like love try point",
    ),
    # working together proposed: "i think your bottling line and our shop could do something
    # together", "there might be a fit between our crews"
    Rule(
        r"\b(?:i\s+think|i\s+reckon|i\s+figure|i\s+suspect|i\s+bet|i\s+wonder\s+if)\s+(?:[\w'-]+\s+){0,10}?"
        r"(?:could|might|should|can)\s+(?:do\s+something|work\s+together|team\s+up|help\s+each\s+other|partner)\b"
        r"|\bthere(?:'s|\s+is|\s+might\s+be|\s+could\s+be)\s+(?:a|an)\s+(?:real\s+|good\s+|natural\s+)?(?:fit|opportunity|angle|overlap)\s+(?:for|between|with|here)\b"
        # "an integration could be good for both of us"
        r"|\b(?:could|might|would|should|can)\s+(?:be\s+|work\s+)?(?:(?:really|very|pretty)\s+)?(?:good|great|a\s+win|win-win|useful|valuable|helpful|worthwhile|well|out)\s+for\s+"
        r"(?:both\s+of\s+us|us\s+both|both\s+sides|both\s+(?:of\s+)?our\s+(?:companies|businesses|teams|customers)|both\s+(?:companies|businesses|teams)|the\s+two\s+of\s+us)\b",
        "think reckon figure suspect bet wonder there both two",
    ),
    # "I think there's something worth exploring together", "a conversation worth having"
    Rule(
        r"\bthere(?:'s|\s+is|\s+might\s+be|\s+could\s+be|\s+may\s+be)\s+(?:something|a\s+lot|plenty|an\s+idea)\s+(?:here\s+|there\s+)?worth\s+"
        r"(?:exploring|discussing|talking\s+(?:about|through)|looking\s+at|a\s+(?:look|conversation|chat|call))\b"
        r"|\b(?:a|one)\s+(?:real\s+|good\s+|short\s+)?(?:conversation|talk|chat|call)\s+(?:here\s+)?worth\s+having\b",
        "worth",
    ),
    # a referral said as the go-ahead to call: "your cousin remy said give you a ring"
    Rule(
        r"\b(?:said|told\s+me|suggested|asked\s+me|mentioned)\s+(?:i\s+should\s+|to\s+)?(?:give\s+you\s+a\s+(?:ring|call|shout|buzz)|call\s+you|ring\s+you|get\s+in\s+touch|reach\s+out)\b",
        "said told suggested asked mentioned",
    ),
    # time asked for a purpose: "I'd like ten minutes to compare notes", "I'd love a quick
    # word with you to swap ideas"; ideas brought for them: "got a couple of ideas on cutting
    # no-shows at Lakeshore", "I have a thought for your Reno site"
    Rule(
        r"\b(?:i'd|i\s+would|we'd|we\s+would)\s+(?:like|love)\s+(?:(?:a|ten|five|fifteen|twenty|\d+|few|couple|quick|short|brief)\s+){0,3}?"
        r"(?:minutes?|mins?|moments?|word|chat|call|conversation)\s+(?:of\s+your\s+time\s+|with\s+you\s+)?to\s+\w+"
        r"|\b(?:have|'ve\s+got|got)\s+(?:a\s+couple(?:\s+of)?|a\s+few|some|two|three|an?|one)\s+(?:\w+\s+)?(?:ideas?|thoughts?|suggestions?|tips?)\s+(?:for|on|about|around|regarding)\s+\w+",
        "like love have got",
    ),
    # a call answered in kind: "returning Ms. Adeyemi's call from this morning", "got your
    # voicemail", "getting back to you on the quote", "you rang yesterday about the van"
    Rule(
        r"\b(?:returning|got|getting|received|picked\s+up|answering)\s+(?:your|ya|yer|yuh|ur|his|her|their|(?:mr|ms|mrs|dr)\.?\s+[\w-]+s|(?:(?:mr|ms|mrs|dr)\.?\s+|(?:the|your)\s+)?[\w-]+(?:'s|s'))\s+(?:\w+\s+)?"
        r"(?:call|calls|message|messages|voicemail|email|e-mail|text|note|inquiry|enquiry|request|form)\b"
        r"|\bgetting\s+back\s+to\s+(?:you|him|her|them)\b|\breturning\s+(?:a|the)\s+(?:call|message|voicemail|email)\b"
        r"|\byou\s+(?:called|rang|phoned|emailed|messaged|texted|left\s+(?:me\s+|us\s+)?a\s+(?:message|voicemail|note))\b"
        r"[^.!?]{0,40}?\b(?:earlier|yesterday|this\s+(?:morning|afternoon|week)|last\s+\w+|about|asking|regarding|re)\b"
        # (or someone there, and what about: "he called our office about the bedbugs")
        r"|\b(?:he|she)\s+(?:called|rang|phoned|emailed|messaged|texted)\s+(?:our\s+office|us|me)\s+(?:\w+\s+)?(?:about|asking|regarding)\b",
        "returning got getting received picked answering called rang phoned emailed messaged texted left",
    ),
    # the call made small, and its point said: "It's only to make sure our directory is
    # correct", "it's just to check we have the right person" (answering "what's it about?")
    Rule(
        r"\b(?:it's|its|it\s+is|this\s+is)\s+(?:only|just|simply|purely|really\s+just)\s+to\s+"
        r"(?:make\s+sure|check|confirm|verify|update|ask|let\s+you\s+know|see|find\s+out|tidy|clean\s+up|correct)\b",
        "only just simply purely",
    ),
    # whom we are calling, then why: "we're just calling firms in your area about phishing",
    # "I'm ringing a few clinic owners because..." (the words between are who is called)
    # what the call is about, said plainly: "just tell him it's about the Titanic Quarter
    # job" (not a figure, "it's about the same", nor "he'll know what it's about")
    Rule(
        r"\b(?:it's|its|it\s+is|this\s+is|that's)\s+(?:just\s+|only\s+|really\s+|mainly\s+)?(?:about|regarding|in\s+regards?\s+to)\s+"
        r"(?:the|your|our|his|her|their)\s+(?!(?:same|size|time|hour|minute|price|cost|length)\b)[a-z][\w'-]*",
        "about regarding regards",
    ),
)


# The customers we share, said as why: "a few hundred restaurants on your registers also
# use us for payroll", "40 of your clinics already use us" (read only where one of
# _SHARED_KEYS is: a plain substring test).
_SHARED_CUSTOMERS = Rule(
    r"\b(?:(?:a\s+)?(?:few|couple|several|many|lots|hundreds|dozens|thousands|most|some|half)\s+(?:hundred\s+|thousand\s+|dozen\s+)?(?:of\s+)?"
    r"|\d[\d,]*\s+(?:of\s+)?)(?:your\s+|the\s+)?(?:restaurants|customers|clients|shops|stores|practices|clinics|users|members|companies|firms|businesses|venues|sites)"
    r"\s+(?:[\w'-]+\s+){0,4}?(?:also|already)\s+(?:use|run\s+on|work\s+with|buy\s+from)\s+us\b",
)
_SHARED_KEYS = ("use us", "on us", "with us", "from us")
# What happened that the call answers, just before it: "you sent me a connection request
# on linkedin so " (then "I'm calling to say hi").
_CAUSE_BEFORE = Lazy(
    r"(?i)\b(?:you|we|she|he|they)\s+(?:just\s+|finally\s+)?(?:sent|accepted|connected|added|followed|asked|mentioned|posted|wrote|left|liked"
    r"|met|shared|invited|reached)\b[^.!?]{0,80}?,?\s+so\s+(?:i\s+thought\s+)?$"
)
# "just checking in to see if you have a few minutes to chat sometime": a purpose that only
# asks for time says nothing of why.
_ONLY_ASKS_FOR_TIME = Lazy(
    r"\s*(?:to\s+)?(?:just\s+)?(?:see\s+if\s+you\s+(?:have|had|might\s+have|got)\s+(?:a\s+)?(?:few\s+|couple\s+(?:of\s+)?|spare\s+)?"
    r"(?:minutes?|moments?|mins?|sec|second|time)(?:\s+to\s+(?:chat|talk|catch\s+up|connect))?(?:\s+(?:sometime|some\s+time|this\s+week|next\s+week|soon))?"
    r"|(?:have\s+a\s+(?:quick\s+)?)?(?:chat|catch\s+up|touch\s+base|say\s+hi|connect)(?:\s+(?:sometime|some\s+time|soon))?)\s*(?:[.!?,]|$)"
)

# What the call is about, left unsaid: "about a business thing", "about something, kinda
# hard to explain", "about a few things" (not "about a business loan")
_NOTHING_NAMED = Lazy(
    r"\s*(?:a\s+|some\s+)?(?:(?:business|work|quick|small|little|couple\s+of|few|couple)\s+)?"
    r"(?:thing|things|matter|matters|something|stuff|bits)\b"
    r"(?:\W+(?:(?:it's|its|it\s+is|that's|kinda|kind\s+of|sort\s+of|a\s+bit|bit|pretty|really|quite)\s+)*"
    r"(?:hard|difficult|tricky|complicated|complex)(?:\s+to\s+(?:explain|say|go\s+into|get\s+into))?)?\s*(?:[.!?]|$)"
)

# Help offered to them, after a hello: "I'd love to help", "if there's anyone useful I can
# send your way", "happy to help".
_HELP_OFFERED = Lazy(
    r"(?i)\b(?:i'd|id|i\s+would|i'm|im|i\s+am|happy|glad)\s+(?:(?:love|like|be\s+(?:happy|glad))\s+)?to\s+help\b"
    r"|\bif\s+(?:there's|theres|there\s+is)\s+(?:anyone|anybody|anything|someone)\s+(?:[\w']+\s+){0,3}?i\s+can\s+(?:send|introduce|help|do|pass)\b"
)

# ... or only asks for someone else: "I'd like to speak with your marketing manager." (a
# way in, not why; "...with your manager about the lease" says why)
_ONLY_ASKS_FOR_PERSON = Lazy(
    r"(?<=speak|.talk)\s+(?:to|with)\s+(?!you\b)(?:[\w.'-]+\s+){0,3}?[\w.'-]+,?\s*(?:please\s*)?(?:[.!?]|$)"
)


# "It's about the CNC tooling quote." / "About the upgrade she asked about." answer a
# what's-it-about question.
_ABOUT_ANSWER = Rule(
    r"\W*(?:(?:well|so|sure|yes|yeah|oh|ah|uh|um|right|ok|okay|yep|it's|it\s+is|this\s+is|that's|that\s+is|it's\s+just|just|my\s+call\s+is|the\s+call\s+is"
    # a clause with no subject: "..., following up about your quote request"
    r"|getting\s+back\s+to\s+you|following\s+up)[\s,]+)*"
    r"(?:about|regarding|concerning|re:|in\s+regards?\s+to|in\s+reference\s+to|in\s+connection\s+with)\s+"
    r"(?!(?:some|a|an)\s+(?:(?:business|important|quick|small|little|couple\s+of|few)\s+)*(?:stuff|thing|things|matter|matters|issue|issues)\b)"
    r"(?:the|your|our|a|an|some|his|her|their|my|getting|helping|how|what)\b"
)
# "It's about billing software for engineering firms." -- a plain "it's about X" whose X is
# not an amount, a time or a figure of speech ("it's about time", "about two miles").
_ABOUT_SUBJECT = Rule(
    # (perhaps as a message to pass on: "just let him know its about the east yard trucks")
    r"\W*(?:(?:well|so|sure|yes|yeah|oh|ah|uh|um|right|ok|okay|yep|just|tell\s+(?:him|her|them)|let\s+(?:him|her|them)\s+know|say)[\s,]+)*"
    r"(?:it's|it\s+is|this\s+is|this's|my\s+call\s+is|the\s+call\s+is|it's\s+just|it's\s+really)\s+"
    r"(?:(?:mostly|mainly|really|just|all)\s+)?(?:about|regarding|concerning|in\s+regards?\s+to|in\s+reference\s+to)\s+"
    r"(?!(?:time|as|to|it|that|this|done|ready|over|right|there|here|the\s+same|half|twice|once|an?\s+(?:minute|second|hour|day|week|month|year|mile|inch|foot|meter)|"
    r"\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundred|a\s+(?:dozen|third|quarter|half|hundred|thousand)"
    r"|the\s+(?:same|size|time|length|price|cost)"
    # a subject that says nothing: "some business stuff", "something important", "stuff"
    r"|(?:some|a|an)\s+(?:(?:business|important|quick|small|little|couple\s+of|few)\s+)*(?:stuff|thing|things|matter|matters|issue|issues)"
    r"|something|stuff|things|business|nothing)\b)[a-z]"
)

# Every match of _ABOUT_ANSWER and _ABOUT_SUBJECT has one of these in it.
_ABOUT_GATE = ("about", "regard", "concerning", "re:", "reference", "connection")


# a habit of the caller's, which is why this call: "I like to follow up with a quick
# call rather than just clicking accept", "I always try to say hi in person"; or an
# introduction offered, the reason a networking call is about them: "if there's ever
# someone in my network who'd be useful, I'd be glad to make the introduction"
_HABIT_OR_INTRO = Rule(
    r"\bi\s+(?:always\s+|usually\s+|just\s+)?(?:like|love|prefer|try)\s+to\s+(?:always\s+)?(?:follow\s+up|check\s+in|touch\s+base|reach\s+out"
    r"|say\s+(?:hi|hello|thanks|thank\s+you)|put\s+a\s+voice|introduce\s+myself|call|ring|pick\s+up\s+the\s+phone)\b"
    r"|\b(?:i'd|i\s+would|i'm|i\s+am|i'll|i\s+will|we'd|we're)\s+(?:be\s+)?(?:(?:really|more\s+than|always|very)\s+)?(?:glad|happy|pleased|keen)\s+to\s+"
    r"(?:make\s+(?:an?|the|some|any)\s+(?:intro|introduction)s?|introduce\s+you|connect\s+you|put\s+you\s+in\s+touch|pass\s+your\s+name)\b"
    # ... or asked who it could be: "if there's anyone in logistics you'd like an intro to"
    # (or who they could be: "if there are people in cold storage you'd like an introduction to")
    # (or wanted to meet: "if there's ever anyone you want to meet in logistics, let me know")
    r"|\b(?:anyone|anybody|someone|somebody|people|folks|contacts|companies|firms)\b[^.!?]{0,60}?\byou(?:'d|d|\s+would)?\s+(?:like|love|want)\s+"
    r"(?:(?:an?\s+)?(?:intro|introduction)|to\s+(?:meet|be\s+introduced\s+to|get\s+(?:to\s+know|in\s+front\s+of)|connect\s+with))\b",
    "like love want prefer try glad happy pleased keen",
)
#: Every match of :data:`_HABIT_OR_INTRO` has one of these.
_HABIT_OR_INTRO_CUES = (
    "like to",
    "love to",
    "prefer to",
    "try to",
    "glad to",
    "happy to",
    "pleased to",
    "keen to",
    "an intro",
    "to meet",
    "introduced to",
    "get to know",
    "in front of",
    "connect with",
)


# Whom we are calling, then why: "we're just calling firms in your area about phishing",
# "I'm ringing a handful of clinic owners because..." (the words between are who is
# called). Tried only when no part of _REASON_PARTS matched, and only where one of its
# verbs stands: as one of the parts it was searched on every line with "calling" in it
# (most of them say "I'm calling because..." anyway), several microseconds each. Each
# verb has seven letters, so the subject is looked behind it.
_CALLING_WHOM = Rule(
    r"(?:calling|ringing|phoning)(?:(?<=\bi'm\s\w{7})|(?<=\bim\s\w{7})|(?<=\bi\sam\s\w{7})|(?<=\bwe\sare\s\w{7})"
    r"|(?<=\bwe're\s\w{7})|(?<=\bi\swas\s\w{7})|(?<=\bwe\swere\s\w{7})|(?<=\bjust\s\w{7})|(?<=\bactually\s\w{7})"
    r"|(?<=\balso\s\w{7})|(?<=\bonly\s\w{7})|(?<=\breally\s\w{7}))\s+"
    r"(?!(?:it|that|this|them|him|her|back|you)\b)(?:[\w'&-]+\s+){1,8}?(?:about|regarding|because"
    # ... or to tell them something: "I'm calling all the shops in the area to tell them"
    r"|to\s+(?:tell|inform|let|show|offer|introduce|announce|present))\b(?=\s+\w)"
)
_CALLING_VERBS = ("calling", "ringing", "phoning")


def _calling_whom(low: str) -> re.Match[str] | None:
    """The first match of :data:`_CALLING_WHOM` in ``low`` (lower case), tried only at its
    verbs."""
    regex = _CALLING_WHOM.regex_for(low)
    for verb in _CALLING_VERBS:
        at = low.find(verb)
        while at >= 0:
            found = regex.match(low, at)
            if found is not None:
                return found
            at = low.find(verb, at + 7)
    return None


# A reason denied, which states none: "I'm not calling to sell you anything".
_DENIED = Lazy(r"(?i)\b(?:not|never)\b|n't\b")


def stated_reason(text: str, sents: list[str], previous_asks_purpose: bool) -> str | None:
    match = leftmost_match(_REASON_PARTS, text)
    if match is not None and _DENIED.search(match.group()):
        # "I promise I'm not ringing to sell you something": read on past the denial, the
        # words kept in place so that a reason after it still slices ``text``
        blanked = text[: match.start()] + " " * (match.end() - match.start()) + text[match.end() :]
        match = leftmost_match(_REASON_PARTS, blanked)
    if match is None:
        low = lowercase(text)
        if "calling" in low or "ringing" in low or "phoning" in low:
            match = _calling_whom(low)
    if match is None and has_any(lowercase(text), _SHARED_KEYS):
        match = _SHARED_CUSTOMERS.search(text)
    if (
        match is not None
        and (hello := _ONLY_ASKS_FOR_TIME.match(lowercase(text), match.end())) is not None
        and not _CAUSE_BEFORE.search(text, 0, match.start())
        # (an offer of help after it is a reason of its own: "just calling to say hi, and if
        # there's anyone useful I can send your way, I'd love to help")
        and not _HELP_OFFERED.search(text, match.end())
    ):
        # "just calling to say hi": no reason (unless one follows, or comes first: "you
        # sent me a request on linkedin so I'm calling to say hi"), or one said after it:
        # "just calling to say hi, I'd love to hear what you're up to at Brightwater"
        # (read from there on, through the same checks below)
        rest = text[hello.end() :]
        match = leftmost_match(_REASON_PARTS, rest) if rest.strip() else None
        if match is not None:
            text = rest
    if (
        match is not None
        and match.group().lower().endswith(("speak", "talk"))
        and _ONLY_ASKS_FOR_PERSON.match(lowercase(text), match.end())
    ):
        match = None  # "I'd like to speak with your marketing manager."
    if (
        match is not None
        and match.group().lower().endswith("about")
        and _NOTHING_NAMED.match(lowercase(text), match.end())
    ):
        match = None  # "just need to talk to him about a business thing, kinda hard to explain"
    if match is None and has_any(lowercase(text), _HABIT_OR_INTRO_CUES):
        match = _HABIT_OR_INTRO.search(text)  # (rare: only lines with one of its cues)
        if match is not None and _ONLY_ASKS_FOR_TIME.match(lowercase(text), match.end()):
            match = None
    if match is not None:
        return text[match.start() : match.end()].strip()  # matched lower-cased: slice the original
    # Both "about" rules need one of the _ABOUT_GATE words; a sentence's lower case is part
    # of its line's, so a line without any has no sentence to try.
    if has_any(lowercase(text), _ABOUT_GATE):
        for sentence in sents:
            if not is_question(sentence):
                if _about_at_a_clause_start(sentence):
                    return sentence
                continue
            # the answer first, then the ask in the same breath: "it's about the bus
            # routing software, can you get me twenty minutes with her?"
            first = _CLAUSE_BREAK.split(sentence, 1)[0]
            if first != sentence and _about_at_a_clause_start(first) and not is_question(first):
                return first
    found = _unannounced_reason(text, sents)
    if found:
        return found
    if (
        previous_asks_purpose
        and not (sents and _NOTHING_REALLY.match(sents[0]))
        # (not sent on to the boss instead: "arre madam he will know, just tell him Sunil
        # from Indravati, we are already doing work with your company")
        and _DEFERS_TO_THEM.search(text) is None
    ):
        # Answering "what's this about?" with a plain purpose statement ("We help clinics
        # cut no-shows") also states the reason.
        # So does what ties us to them ("plenty of your restaurants run payroll through
        # us"), or what it could do for them ("...which could help you keep them"), but not
        # a request for their time ("I just need two minutes of your time").
        for sentence in sents:
            if is_question(sentence):
                continue
            if _PURPOSE_STATEMENT.search(sentence) or (
                len(sentence.split()) >= 6
                and _US_AND_YOU.search(sentence)
                and not _YOUR_TIME.search(sentence)
            ):
                return sentence
        # ... or answers "why?" with its "because": "because the kits came into town last
        # week and every shop here needs power"
        if sents and _BECAUSE_ANSWER.match(sents[0]):
            return sents[0]
        # ... or names the subject and nothing more: "your new cold storage building.",
        # "the lease on your Main Street store."
        if sents and _THEIR_THING_NAMED.match(sents[0]):
            return sents[0]
    return None


# The question sent on to the one asked for: "he will know", "she knows what it's about",
# "just tell him Sunil called".
_DEFERS_TO_THEM = Rule(
    r"\b(?:he|she|they)(?:'ll|\s+will|\s+would|'d)?\s+knows?\b(?!\s+(?:me|us|our|we)\b)"
    r"|\bjust\s+tell\s+(?:him|her|them)\b",
    "know knows tell",
)


# An answer to "why?" that opens with its "because" and goes on for a clause (not "because,
# uh" trailing off).
_BECAUSE_ANSWER = Lazy(
    r"(?i)\W*(?:(?:well|so|ah|oh|eh|uh|um|no|yes|ok|okay|sir|madam)\W+)*(?:because|cause|'cause|cos|coz|bcos|bcoz)\s+"
    r"(?:(?:(?:uh|um|er|erm|ah|eh|hmm|just|like|you\s+know)\W+)*(?!(?:uh|um|er|erm|ah|eh|hmm|just|like|you\s+know)\b)[\w'-]+(?:\W+|$)){3}"
)


# The subject said alone, as the whole first sentence of the answer: something of theirs.
_THEIR_THING_NAMED = Lazy(
    r"(?i)\W*(?:(?:it's|its|it\s+is|um|uh|oh|so|well|just)\W+)*(?:about\s+)?(?:your|the\s+(?:[\w'-]+\s+){1,3}?(?:on|at|for|of)\s+your)\s+"
    r"(?!(?:time|call|question|number|name|help|day|message|voicemail)\b)(?:[\w'-]+\s+){0,5}?[\w'-]+\s*[.!]?$"
)


# "Was there something you needed?" - "nah nah. anyway, so good to hear your voice": the
# answer is that there is none, and what follows is small talk, not a reason.
_NOTHING_REALLY = Lazy(
    r"(?i)^\W*(?:nah|no|nope|nothing|not\s+really)(?:\W+(?:nah|no|nope|nothing|really|not\s+really))*\W*$"
)
# (Their neighbours or rivals using us is no tie to them: "lots of your neighbors on elm
# street use us" says who we are, not why we call.)
# (Nor are firms like them: "we move a ton of stuff for companies like yours", "shops your
# size" say whom we serve, not what ties us to this one.)
# (Nor is the way we reached them: "Edafe gave me your number, we are in the same church"
# says how we got through, not why we call.)
_NOT_THEIRS = r"(?!\s+(?:neighbou?rs?|competitors?|competition|peers?|rivals?|area|way(?!\s+of\b)|neck|patch|corner|county|neighbou?rhood|street|town|city|industry|sector|region|market|size|kind|type|number|phone\s+number|mobile|cell|card|email|contact\s+details)\b)"
_US_AND_YOU = Lazy(
    rf"(?i)\byour\b{_NOT_THEIRS}[^.?!]{{0,80}}?\b(?:us|our|ours|we|we're|we've|we'd)\b|\b(?:us|our|we)\b[^.?!]{{0,80}}?\b(?:your\b{_NOT_THEIRS}|(?<!\blike\s)yours\b)"
    r"|\b(?:could|would|might|can)\s+help\s+you\b|\bworth\s+a\s+(?:look|conversation|chat|talk)\b"
    # two firms tied by who they serve: "we share a few hundred restaurants"; or what doing
    # something together could do: "fixing that together could help"
    r"|\bwe\s+(?:both\s+)?share\s+(?:[\w'-]+\s+){0,4}?[\w'-]+s\b|\btogether\s+(?:could|would|might|can)\s+(?:really\s+)?help\b"
)
_YOUR_TIME = Lazy(
    r"(?i)\byour\s+(?:time|calendar|diary|day|schedule)\b(?!\s+(?:app|apps|software|tool|system|platform|product|module))"
)


def _about_at_a_clause_start(sentence: str) -> bool:
    """ "It's about your linen contract" opening the sentence or a clause after a pause
    ("just two minutes with him, its about your laundry contract"). The rules are tried
    only where a clause starts, not at every character."""
    low = lowercase(sentence)
    answer, subject = _ABOUT_ANSWER.regex_for(low), _ABOUT_SUBJECT.regex_for(low)
    starts = (0, *(m.end() for m in _CLAUSE_BREAK.finditer(low)))
    return any(answer.match(low, at) or subject.match(low, at) for at in starts)


# Where a clause starts after a pause: a comma, semicolon, colon or spaced dash.
_CLAUSE_BREAK = Lazy(r"[,;:]|\s(?=-)")


# (not our fee: "we keep 30 percent of whatever we recover" says what we charge)
_NOT_A_FEE = (
    r"(?!\s+(?:only\s+|just\s+)?(?:\d|\$|(?:a|the)\s+(?:cut|percentage|fee|commission)\b"
    r"|(?:ten|fifteen|twenty|thirty|forty|fifty)\s+percent\b))"
)


def plain_purpose(text: str) -> str | None:
    """What we do for people like them ("we help clinics cut no-shows", "we keep
    warehouses from losing a load"): in an opener, that is the reason for the call. A bare
    "we sell payroll" says what we are, not why we call."""
    for sentence in sentences(text):
        if (
            not is_question(sentence)
            and len(sentence.split()) >= 5
            and _VALUE_STATEMENT.search(sentence)
        ):
            return sentence
    return None


# "keep" as what we do for them ("we keep your freezers running"), not a habit of ours ("I
# keep seeing your cakes all over instagram")
_KEEP = r"keep(?!s?\s+[a-z]+ing\b)"

# Counts, after which "we get" has rather than does: "we get eleven staff", "we get plenty clients".
_COUNTS = (
    r"\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty"
    r"|forty|fifty|hundred|plenty|many|some|several|about|over"
)

_VALUE_STATEMENT = Rule(
    r"\b(?:we|i)\s+(?:(?:also|basically|just|actually|really)\s+)?"
    rf"(?:help|{_KEEP}|warn|alert|stop|save|cut|reduce|fix|solve|prevent|protect|catch|make\s+sure"
    # ("get" as "have", a count after it, is no service: "now we get eleven staff")
    rf"|get(?!\s+(?:{_COUNTS})\b)|turn|fill|spot|flag|remind|automate|send|text)s?{_NOT_A_FEE}\s+\w+"
    # "we're a billing software company for engineering firms"
    r"|\b(?:we're|we\s+are)\s+an?\s+(?:[\w'-]+\s+){0,4}?(?:company|firm|platform|tool|service|app|provider|agency|business|startup|team)\s+(?:for|that\s+helps|helping|serving)\s+\w+"
    # "we work with engineering firms on billing", "I work with clinics to cut no-shows"
    # ("around" their work, not around a place: "businesses like yours around leeds" says
    # who we are)
    r"|\b(?:we|i)\s+(?:mostly\s+|mainly\s+)?work\s+with\s+(?:[\w'&-]+\s+){1,5}?"
    r"(?:(?:on|to|who|that)\s+\w+|around\s+(?:their|your|its|[a-z]{3,}ing\b))"
    # what we make, aimed at them: "we do quoting software for shops like yours",
    # "I build scheduling tools for practices your size"
    r"|\b(?:we|i)\s+(?:do|make|build|sell|run|provide)\s+(?!(?:time|exceptions?|favou?rs?|a\s+lot|that|this|it|everything|anything)\b)(?:[\w'-]+\s+){1,4}?for\s+(?:[\w'-]+\s+)?(?:like\s+(?:yours|you)|your\s+size)\b"
)


# What we do, said plainly: "we help clinics cut no-shows", "we place certified drivers",
# "that's what we fix".
_WE_DO = (
    r"help|helps|fix|solve|place|handle|provide|supply|install|build|make|offer|sell|run|manage"
    # (whom we work with, only with what we do for them: "we work with shops your size on
    # quotes", not "we work with a lot of auto shops in the area", which says who we are)
    r"|automate|cut|reduce|track|insure|specialize|specialise|take\s+care\s+of|sort\s+out"
    r"|work\s+with\s+(?:[\w'&-]+\s+){1,6}?(?:on|to|who|that|so)\s+\w+"
    # (not "do": "we do work uniforms for shops" says what the firm is, not why it calls)
    rf"|train|recruit|staff|deliver|{_KEEP}|warn|alert|stop|save|catch|protect|prevent|monitor|flag|spot"
    r"|remind|fill|find|connect|simplify|streamline|turn|get|make\s+sure"
)
# (nor a relative clause: "20 percent of whatever we find")
_PURPOSE_STATEMENT = Rule(
    rf"\b(?:we|i)(?<!whatever\swe)(?<!what\swe)(?<!whatever\si)(?<!what\si)\s+(?:{_WE_DO})\b{_NOT_A_FEE}"
)

# A reason given without a lead-in ("I'm calling because..."), the way real calls often
# open. A trigger event the rep saw about the prospect is a reason on its own: "saw you
# just opened a second site", "I noticed your team posted four driver openings", "your
# annual report says you're consolidating", "you guys just crossed fifty staff".
_EVENT = (
    r"(?:(?:just|recently|finally)(?:\s+[\w'-]+)?|(?:are|'re|is|'s)\s+(?:now\s+)?(?:hiring|expanding|opening|moving|growing|adding"
    r"|building|launching|switching|planning|renovating|relocating|consolidating|merging|rolling\s+out|bidding)"
    r"|opened|posted|hired|launched|moved|expanded|added|announced|won|raised|acquired|merged|crossed|grew|bought"
    r"|built|signed|broke\s+ground|switched|doubled|tripled|landed|picked\s+up|took\s+over|brought\s+on|listed"
    r"|filed|published|advertised|partnered|relocated|renovated|upgraded|got\s+(?:approved|certified|funded|hit|picked\s+up|\w+ed))\b"
)
_TRIGGER_PARTS: tuple[Rule, ...] = (
    Rule(
        r"\b(?:saw|seen|noticed|notice|see|read|heard|spotted|came\s+across|caught)\s+"
        r"(?:(?:on|in)\s+(?:[\w'-]+\s+){1,3}?)?(?:that\s+)?(?:you|your|y'all)\b"
        rf"(?:\s+[\w'-]+){{0,4}}?\s+{_EVENT}"
        # "you're" typed "your": "saw in the bee your adding a second shift"
        r"|\b(?:saw|seen|noticed|notice|read|heard|spotted|came\s+across|caught)\s+(?:(?:on|in)\s+(?:[\w'-]+\s+){1,3}?)?(?:that\s+)?"
        r"your\s+(?:now\s+|just\s+)?(?:hiring|expanding|opening|moving|growing|adding|launching|switching|renovating|relocating|consolidating|merging)\b"
        # (a verb with what it does, not a noun: "saw your opening hours", "your moving truck")
        r"(?=\s+(?:a|an|the|another|more|new|some|several|extra|two|three|four|five|six|ten|\d+|into|to|in|from|out|up|over|onto|on|across|down|your|their|its|it|them|staff|people|drivers|shifts?|locations?|sites?|stores?|offices?)\b)",
        "saw seen noticed notice see read heard spotted across caught",
    ),
    Rule(
        r"\byour\s+(?:[\w'-]+\s+){1,3}?(?:just\s+|recently\s+)?(?:posted|announced|listed|advertised|filed|published|put\s+out)\b"
        r"|\byour\s+(?:[\w'-]+\s+){0,2}?(?:filing|site|website|posting|postings|listing|ad|ads|report|page|profile"
        r"|announcement|release|newsletter)\s+(?:says|said|shows|showed|mentions|mentioned|lists)\b",
        "posted announced listed advertised filed published put says said shows showed mentions mentioned lists",
    ),
    Rule(rf"\byou(?:\s+guys|\s+all|\s+folks)?\s+(?:just|recently)\s+{_EVENT}", "just recently"),
    # a contract of theirs coming up: "your shred contract with the county ends in june"
    Rule(
        r"\byour\s+(?:[\w'-]+\s+){0,5}?(?:contract|lease|agreement|licen[cs]e|subscription|warranty|term|bid|tender|renewal)\s+"
        r"(?:[\w'-]+\s+){0,4}?(?:ends|expires|is\s+up|runs\s+out|comes\s+up|renews|is\s+due|goes\s+out\s+to\s+bid)\b",
        "contract lease agreement license licence subscription warranty term bid tender renewal",
    ),
    # something they said in public, with what it was about: "I saw your interview about
    # retention being the priority", "read your post on late invoices"
    Rule(
        r"\b(?:saw|seen|read|heard|caught|watched|came\s+across|listened\s+to)\s+(?:your|the)\s+(?:[\w'-]+\s+){0,2}?"
        r"(?:interview|post|article|talk|keynote|podcast|piece|comments?|remarks|op-ed|blog|video|panel|quote|letter"
        r"|announcement|news|press\s+release|story|write-?up|listing|posting|ad)s?\s+"
        r"(?:about|on|where\s+you|saying|in\s+which)\b(?:\s+[^\s.!?]+){1,8}",
        "saw seen read heard caught watched across listened",
    ),
    # what they said in public, told back: "I saw you said retention is the big one this
    # year", "you said in the trade-press interview that...", "I read that keeping
    # customers is your priority"
    Rule(
        r"\b(?:saw|seen|read|heard|noticed|caught)\s+(?:that\s+|where\s+)?you\s+(?:said|mentioned|told|wrote|posted|talked\s+about|spoke\s+about|were\s+quoted)\b"
        r"(?:\s+[^\s.!?]+){3,}"
        r"|\byou\s+(?:said|mentioned|talked\s+about|spoke\s+about)\s+(?:in|on|at)\s+(?:the|an|a|your|that)\s+(?:[\w'-]+\s+){0,2}?"
        r"(?:interview|post|article|talk|keynote|podcast|piece|panel|webinar|conference|video|press)\b"
        r"|\bread\s+(?:that\s+)?(?:[\w'-]+\s+){1,4}?(?:is|was|are)\s+(?:your|the\s+company's)\s+(?:(?:big|main|top|number\s+one)\s+)?(?:priority|focus|goal)\b",
        "saw seen read heard noticed caught said mentioned talked spoke",
    ),
    # their words handed back: "given what you said last month about keeping customers"
    Rule(
        r"\b(?:given|based\s+on)\s+what\s+you\s+(?:said|mentioned|wrote|posted|told\s+\w+)\b",
        "given based",
    ),
    # "given you've said keeping customers is your priority this year"
    Rule(
        r"\byou(?:'ve|\s+have)?\s+(?:said|mentioned|talked\s+about|spoke\s+about)\s+(?:that\s+)?(?:[\w'-]+\s+){1,5}?(?:is|was|are|were)\s+"
        r"(?:your|the\s+company's|the)\s+(?:(?:big|main|top|number\s+one|first|biggest)\s+)?(?:priority|focus|goal)\b",
        "priority focus goal",
    ),
    # "you opened two sites this year", "you've added forty people since March"
    Rule(
        r"\byou(?:'ve|\s+have)?(?:\s+guys|\s+all|\s+folks)?\s+(?:opened|added|hired|expanded|moved|launched"
        r"|acquired|won|grew|doubled|crossed|took\s+on|brought\s+on|signed)\b[^.!?]{0,60}?"
        r"\b(?:this|last|past)\s+(?:year|month|quarter|week|spring|summer|fall|winter)\b",
        "this last past",
    ),
    # what they are doing now: "you're hiring three drivers", "you guys are expanding into Reno"
    Rule(
        r"\byou(?:'re|\s+are|\s+guys\s+are|\s+all\s+are|\s+folks\s+are)\s+(?:now\s+|currently\s+|actively\s+)?"
        r"(?:hiring|expanding|relocating|consolidating|merging|launching|renovating|moving\s+(?:to|into|offices|your|the))\b",
        "hiring expanding relocating consolidating merging launching renovating moving",
    ),
    # something seen about them, in the present tense: "saw you do catering now", "noticed
    # your reviews mention the wifi" (not "I see you're busy")
    Rule(
        r"\b(?:saw|noticed|read|spotted|came\s+across|seen)\s+(?:(?:on|in)\s+(?:[\w'-]+\s+){1,3}?)?(?:that\s+)?(?:you|your|y'all)\b"
        r"(?:\s+[\w'-]+){0,3}?\s+(?:now\s+)?(?:mentions?|says|shows|lists|offers?|sells?|carry|carries|stocks?|uses?|runs?|do|does)\b",
        "saw noticed read spotted across seen",
    ),
    # news about them from anyone: "saw Harbor Logistics posted forty warehouse jobs", "saw the
    # city gave you guys the parks contract", "heard you're putting the IPA into Hendrickson's"
    Rule(
        r"\b(?:saw|seen|noticed|read|heard|spotted|came\s+across|caught)\s+(?:(?:on|in)\s+(?:[\w'-]+\s+){1,3}?)?(?:that\s+)?"
        r"(?!(?:it|this|him|her|them|me|us|what|how|why|when|where|who|if|something|nothing|anything)\b)(?:[\w'&-]+\s+){0,4}?[\w&-]+"
        rf"(?:\s+(?:just|recently|finally|now))?(?:\s+(?:[a-z]{{3,}}ed|{_IRREGULAR_PAST})"
        r"|(?:\s+(?:is|are|was|were)|'re|'s)\s+(?:now\s+|finally\s+|just\s+|busy\s+)?[a-z]{3,}ing)\b",
        "saw seen noticed read heard spotted across caught",
    ),
    # a date coming up for them: "your lease is up in June", "your trucks are due for
    # inspection next month", "your contract renews in March"
    Rule(
        r"\byour\s+(?:[\w'-]+\s+){0,3}?(?:(?:is|are|'s|'re)\s+(?:up|due|expiring|coming\s+up|running\s+out|ending)"
        r"|expires|expire|renews|renew|runs\s+out|run\s+out|ends|lapses)\b(?:\s+for\s+[\w'-]+(?:\s+[\w'-]+)?)?"
        r"\s+(?:in|on|by|before|soon|at\s+the\s+end|end\s+of|(?:this|next)\s+(?:week|month|year|quarter|spring|summer|fall|autumn|winter|\w+day))\b",
        "up due expiring coming running ending expires expire renews renew runs run ends lapses",
    ),
    # something that went wrong for them: "your site went down twice last week"
    Rule(
        r"\byour\s+(?:[\w'-]+\s+){0,3}?(?:went\s+down|broke\s+down|crashed|flooded|failed\s+(?:an?\s+|its\s+|the\s+|their\s+)?(?:inspection|audit|test)"
        r"|got\s+(?:flagged|fined|cited|hacked|written\s+up))\b",
        "went broke crashed flooded failed got",
    ),
)
# The prospect's likely problem, then what we do about it: "that usually means turnover,
# and we place certified operators"; "that's where month-end close blows up, and that's
# what we fix"; "most shops your size lose a week a quarter to it -- we automate that".
_PROBLEM = Rule(
    r"\b(?:that|which|this|it)(?:'s|\s+is)?\s+(?:usually|often|typically|normally|generally|almost\s+always)\s+(?:means?|where|when|a\s+sign)\b"
    r"|\b(?:usually|often|typically|normally|generally)\s+(?:that|this|it)\s+(?:means|is\s+where|is\s+when)\b"
    r"|\b(?:that's|that\s+is|which\s+is)\s+(?:exactly\s+)?where\b[^.!?]{0,50}?\b(?:usually|often|typically|normally|tends?\s+to)\b"
    r"|\b(?:most|many|a\s+lot\s+of|plenty\s+of)\s+(?:[\w'-]+\s+){0,2}?[\w'-]+s\s+(?:your|that|this)\s+size\b"
    # (or the firms put first, bare: "Mills your size, when they pay two hundred casuals...")
    r"|(?:^|(?<=[.!?;]\s))[\w'-]+s\s+(?:your|that|this)\s+size\b"
    r"|\b[\w'-]+s\s+like\s+yours\s+(?:usually|often|typically|tend|end|run|lose|struggle|hit|get)\b"
    # "operators who open sites fast usually lose...", "pediatric practices often lose..."
    r"|\b[\w'-]+s\s+(?:(?:who|that)\s+(?:[\w'-]+\s+){1,5}?)?(?:usually|often|typically|tend\s+to|all\s+too\s+often)\s+"
    r"(?:lose|losing|struggle|miss|waste|pay|overpay|end\s+up|run\s+(?:out|into)|get\s+(?:hit|burned|stuck)|eat|leak|fall\s+behind)\b",
    "usually often typically normally generally always size yours tend",
)
_OFFER = Rule(
    rf"\b(?:we|i)\s+(?:(?:also|basically|just|actually|really)\s+)?(?:{_WE_DO})\b"
    r"|\bthat's\s+(?:exactly\s+|kind\s+of\s+|pretty\s+much\s+)?(?:what\s+we\s+(?:do|fix|solve|handle|help\s+with)|our\s+(?:whole\s+)?(?:world|specialty|wheelhouse|bread\s+and\s+butter))\b"
    r"|\b(?:i|we)\s+(?:have|'ve\s+got|got)\s+(?:an?\s+)?(?:idea|way|fix|answer|solution)\b"
    # "that's the thing we take off your hands", "we take all of that off your hands"
    r"|\bthat's\s+(?:exactly\s+)?the\s+(?:thing|part|job|work|headache|problem|pain)\s+(?:we|i)\s+(?:do|fix|solve|handle|remove|take)\b"
    r"|\b(?:we|i)\s+take\s+(?:[\w'-]+\s+){1,4}?off\s+(?:your|their)\s+hands\b",
    "we i world specialty wheelhouse bread",
)


# A problem told about businesses like theirs is a reason on its own: "shops your size lose
# money on quotes done from memory", "practices like yours end up eating no-shows".
_THEIR_PROBLEM = Rule(
    r"\b[\w'-]+s\s+(?:your\s+size|like\s+yours|like\s+you)\s+(?:\w+\s+){0,2}?"
    r"(?:lose|losing|struggle|miss|waste|overpay|leak|eat|end\s+up|get\s+stuck|run\s+out|fall\s+behind)\b"
    r"[^.!?]{0,60}",
    "size yours you",
)

# ... or said as what we know of theirs: "i know payday mistakes eat your weekends", "we
# know how much no-shows cost your front desk"
_KNOWN_PROBLEM = Rule(
    r"\b(?:i|we)\s+know\s+(?:that\s+|how\s+(?:much\s+)?)?(?:[\w'-]+\s+){1,4}?"
    r"(?:eat|eats|cost|costs|drain|drains|kill|kills|waste|wastes|wreck|wrecks|ruin|ruins|chew|chews)\s+(?:up\s+|into\s+)?your\b"
    r"[^.!?,]{0,40}",
    "know",
)


# A problem reported by people like them is a reason too: "operators opening sites fast tell
# us their crews can't keep up", "we keep hearing from clinics that no-shows eat their day",
# "what we keep seeing is jobs quoted from memory that lose money".
_PROBLEM_WORDS = (
    r"(?:can't|cannot|can\s+not|couldn't|lose|loses|losing|lost|miss|misses|missing|struggle|struggling"
    r"|waste|wasting|fail|fails|failing|spoil|spoils|spoiled|behind|late|hard|harder|pain|headache|problem"
    r"|problems|mess|stuck|overpay|overpaying|drown|drowning|buried|scrambling|eat|eats|eating|too\s+(?:long|much|many|slow))"
)
_REPORTED_PROBLEM = Rule(
    r"(?<!you )(?<!they )\b(?:tell|tells|told|keep\s+telling)\s+(?:us|me)\b(?:\s+that)?"
    rf"[^.!?]{{0,80}}?\b{_PROBLEM_WORDS}\b(?:\s+[^\s.!?]+){{0,8}}"
    r"|\b(?:we|i)\s+(?:keep\s+|always\s+|often\s+)?(?:hear|hearing|heard|keep\s+seeing|see\s+a\s+lot\s+of)\s+(?:from\s+)?"
    rf"[^.!?]{{0,60}}?\b{_PROBLEM_WORDS}\b(?:\s+[^\s.!?]+){{0,8}}",
    "tell tells told telling hear hearing heard seeing see",
)


# The likely problem of businesses like theirs, said as a fact: "custom steel shops often
# eat the difference on jobs quoted by feel", "clinics your size usually lose a chair a day".
# The verb may agree with a plural ("clinics often lose") or with an activity ("opening two
# sites in a year usually stretches a crew thin").
_THEY_OFTEN = Rule(
    r"\b[\w'-]+s\s+(?:[\w'-]+\s+){0,5}?(?:usually|often|typically|tends?\s+to|all\s+too\s+often|always)\s+"
    r"(?:los(?:e|es)|struggles?|miss(?:es)?|wastes?|overpays?|ends?\s+up|runs?\s+(?:out|into)|gets?\s+(?:hit|burned|stuck)"
    r"|eats?|leaks?|falls?\s+behind|stretch(?:es)?|overwhelms?|swamps?|strains?|bur(?:y|ies)|hurts?|slows?\s+down"
    r"|breaks?|spoils?|costs?\s+(?:you|them|a\s+lot|money|hours|days|a\s+fortune))\b"
    r"(?:\s+[^\s.!?]+){0,8}",
    "usually often typically tend always",
)


# Their likely problem with a measure of it: "pediatric practices lose several appointments a
# week to no-shows", "most yards burn two hours a day chasing receipts".
_MEASURED_PROBLEM = Rule(
    r"\b[\w'-]+s\s+(?:[\w'-]+\s+){0,3}?(?:lose|losing|waste|wasting|miss|missing|burn|burning|eat|leak|leaking)\s+"
    r"(?:[\w'-]+\s+){0,4}?(?:a|per|every|each)\s+(?:day|week|month|year|quarter|shift|season|job)\b(?:\s+[^\s.!?]+){0,6}",
    "day week month year quarter shift season job",
)


_MEASURED_VERBS = ("los", "wast", "miss", "burn", "eat", "leak")


# Work of theirs done twice or by hand, the problem a call can take away: "their managers
# copy hours and tips from Counterpoint into Tillwise by hand", "your crews re-enter every
# ticket manually".
_BY_HAND = Rule(
    # (or whose work it is, named: "several hundred restaurants use both our products and
    # copy hours and tips between them by hand")
    r"\b(?:your|their|they|those|these|restaurants|customers|clients|shops|stores|owners|managers|staff|teams|crews"
    r"|practices|clinics|members|firms|businesses|venues|operators)\b[^.!?]{0,80}?\b(?:(?:re-?enter\w*|re-?typ\w*|re-?key\w*|cop(?:y|ies|ying)|typ(?:e|es|ing)"
    r"|enter(?:s|ing)?|key(?:s|ing)?|punch(?:es|ing)?|writ(?:e|es|ing))\b[^.!?]{0,60}?\b(?:by\s+hand|manually|on\s+paper|twice)\b"
    # ... or told by the verb alone, whose "re-" says the work is done twice ("a few hundred
    # of your shops run our payroll and retype the hours from your tills"), or copied from
    # one system to the other ("copying the numbers across")
    r"|(?:re-?enter(?:s|ing|ed)?|re-?typ(?:e|es|ing|ed)|re-?key(?:s|ing|ed)?"
    r"|cop(?:y|ies|ying|ied)\s+(?:[\w']+\s+){0,3}?(?:across|over)(?!\s+(?:to\s+)?(?:you|me|us)\b))\b[^.!?]{0,60})",
    # (as words: "re-enter" is "re" and "enter", and "re" is also the end of "you're")
    "hand manually paper twice retype retypes retyping retyped reenter reenters reentering"
    " reentered rekey rekeys rekeying rekeyed enter enters entering entered type types typing"
    " typed key keys keying keyed copy copies copying copied",
)


# Reasons of the calls that are not pitches: an occasion ("happy birthday!", "congrats on
# the new role"), a records check ("just updating our contact file before the fall show"),
# and a problem many of them have ("a lot of the homes in the valley are running out of
# basement space").
_OTHER_REASONS = Rule(
    r"\b(?:happy\s+(?:birthday|b-?day|anniversary|new\s+year|holidays)|congrat(?:s|ulations)\s+(?:on|to|for)\b)"
    # ... wished in another language, or the day named as theirs ("feliz cumpleaños!",
    # "joyeux anniversaire", "hbd", "it's your big day")
    r"|\b(?:feliz\s+(?:cumplea[ñn]os|anivers[aá]rio)|joyeux\s+anniversaire|buon\s+compleanno|alles\s+gute\s+zum\s+geburtstag|hbd|many\s+happy\s+returns"
    r"|(?:it's|its|it\s+is|today\s+is|today's)\s+(?:your|ur)\s+(?:big\s+day|birthday|bday|b-day))\b"
    # ... or the wishes said out ("I wish you health, happiness and many more years"; not a
    # bare "congrats", said to news they just told)
    r"|\b(?:i\s+wish|wishing|we\s+wish)\s+(?:you|u)\s+(?:(?:a\s+)?(?:health|happiness|all\s+the\s+best|the\s+very\s+best|the\s+best|many\s+more|(?:a\s+)?(?:great|wonderful|lovely|happy|fantastic|beautiful)\s+(?:day|birthday|year)))\b"
    r"|\bgoing\s+(?:through|thru|over)\s+(?:our|your|the|an|a|one|some)\s+(?:[\w'-]+\s+){0,2}?(?:list|records?|database|file|accounts?|contacts?|entry|entries|listings?)\b"
    r"|\bmaking\s+sure\s+(?:we've|we\s+have|weve|we)\s+(?:got\s+)?(?:the\s+)?(?:right|correct|current|latest)\s+(?:people|person|contacts?|details|address|info|names?|number)\b"
    # ... or to confirm we have them right: "I'm just trying to confirm that we have the
    # correct details for Savannah Agro"
    r"|\b(?:to|just)\s+(?:confirm|check|verify|make\s+sure)\s+(?:that\s+)?(?:we've|we\s+have|weve|we)\s+(?:got\s+)?(?:the\s+|your\s+)?(?:right|correct|current|latest|up-to-date)\s+"
    r"(?:people|person|contacts?|details|address|info|information|names?|number|listing)\b"
    r"|\b(?:this|it)(?:'s|\s+is)\s+(?:just\s+)?(?:a\s+)?(?:quick\s+)?(?:records?|courtesy|verification|housekeeping|database)\s+(?:call|check)\b"
    rf"|\b{_RECORD_VERBS}\s+(?:our|your|the|a\s+few|an|a|one|\d{{1,2}})\s+(?:[\w'-]+\s+){{0,2}}?"
    r"(?:records?|contacts?|contact\s+(?:file|list|details|info)|details|file|list|database|info|information|entry|entries|listings?)\b"
    r"|\b(?:a\s+lot\s+of|lots\s+of|many|most|plenty\s+of)\s+(?:[\w'-]+\s+){1,6}?(?:(?:are|keep|have\s+been)\s+"
    r"(?:running\s+out|losing|struggling|drowning|scrambling|falling\s+behind|overpaying|missing|getting\s+(?:hit|burned|stuck))"
    r"|lose|struggle|miss|waste|overpay|end\s+up|fall\s+behind|run\s+out)\b"
    r"(?:\s+[^\s.!?]+){0,6}",
    f"happy congrats congratulations {_RECORD_VERB_WORDS} lot lots many most plenty"
    " feliz joyeux buon gute hbd returns big birthday bday wish wishing"
    " record records courtesy verification housekeeping database"
    " going making confirm check verify make",
)
# Two reasons said in words of their own (one rule, searched only on its rarer words): the
# records work named as a noun ("doing some housekeeping on our contact list", "a spring
# clean of the database"); and being on the lookout for them, the reason a networking call
# is about them (seed 001's "so I can be alert to information and leads of interest to
# you"): "I'll send anything interesting on cold chain your way", "I'll keep an eye out for
# leads that might suit you". (A bare hello is no reason: "just calling to say hi" leaves
# them wondering why.)
_RECORDS_WORK_OR_LOOKOUT = Rule(
    r"\b(?:housekeeping|clean-?up|cleaning|spring\s+clean|tidy-?up|tidying|audit)\s+(?:on|of|in)\s+(?:our|the|my)\s+(?:[\w'-]+\s+){0,2}?"
    r"(?:records?|contacts?|list|database|files?|crm|data|entries|listings?)\b"
    r"|\b(?:i'll|i\s+will|i\s+can|i'd\s+(?:like|love)\s+to|we'll|happy\s+to|glad\s+to|so\s+i\s+can)\s+(?:always\s+|also\s+|gladly\s+)?"
    r"(?:send|pass|forward|flag|share)\s+(?:along\s+|on\s+)?(?:anything|things|stuff|whatever|any\s+(?:leads|news|info|articles|intros))\b"
    r"[^.!?]{0,60}?\b(?:your\s+way|to\s+you|you(?:r)?\s+(?:might|may|could|would)\b|(?:useful|relevant|interesting|helpful)\b)"
    # ... or said as what I'll do if something turns up: "if anything useful for Brightwater
    # comes across my desk, I'll pass it your way", "if I hear of anything, I'll send it on"
    r"|\bif\s+(?:i\s+(?:come\s+across|see|hear\s+(?:of|about)|spot|find|run\s+into)\s+(?:anything|something)"
    r"|(?:anything|something)\s+(?:[^.!?]{0,40}?\s)?(?:comes?\s+(?:across|up|my\s+way|along)|crosses|useful|relevant|interesting|worth))\b"
    r"[^.!?]{0,60}?\b(?:i'll|i\s+will|i\s+can|happy\s+to|glad\s+to)\s+(?:send|pass|forward|flag|share)\s+(?:it|that|them)\s+"
    r"(?:on\s+|along\s+|over\s+)?(?:your\s+way|to\s+you|over|on|along)\b"
    r"|\b(?:keep|keeping)\s+an\s+eye\s+out\s+for\s+(?:anything|leads|news|info|information|opportunities|people|things)\b"
    # ... or what I'll learn on the call for them: "so I know what intros might help"
    r"|\bso\s+(?:i|we)\s+(?:know|can\s+see|can\s+work\s+out|can\s+tell)\s+(?:what|which)\s+(?:intros?|introductions?|leads|referrals|connections|people)\s+(?:might|would|could)\s+(?:help|be\s+(?:useful|helpful|of\s+use))\b"
    r"|\b(?:be|stay)\s+(?:alert|on\s+the\s+lookout)\s+(?:to|for)\s+(?:anything|leads|news|info|information|opportunities)\b",
    "housekeeping cleanup clean cleaning tidy tidyup tidying audit"
    " send pass forward flag share keep keeping alert lookout know see work tell",
)

# Finding out who owns a topic, said as the aim of the call: "we do billing software for
# engineering firms and I'm trying to figure out who handles that over there" (a plain
# request to be put through is no reason: "I need to speak with whoever handles billing").
_FINDING_WHO = Rule(
    r"\b(?:trying|hoping|looking|here|calling)\s+to\s+(?:figure\s+out|find\s+out|work\s+out|track\s+down|pin\s+down|learn)\s+"
    r"(?:who|whoever|which\s+person|the\s+(?:right\s+)?(?:person|one)\s+(?:who|that))\s+(?:\w+\s+)?"
    r"(?:handles|looks\s+after|manages|runs|is\s+in\s+charge\s+of|takes\s+care\s+of|deals\s+with|owns|oversees|is\s+responsible\s+for)\b"
    r"(?:\s+[^\s.!?,]+){0,4}",
    "figure find work track pin learn",
)  # (and every match has "who": tested first, on the line)


# Work to do together, told as the aim: "we are working in the same villages as you, and I
# think there is something we can do together for your clients" (a partner's reason; not
# "let's do something together sometime", which names nothing for them)
_TOGETHER_FOR_THEM = Rule(
    r"\b(?:something|things|a\s+lot|much|ways?)\s+(?:that\s+)?(?:we|our\s+(?:two\s+)?(?:companies|firms|teams|businesses))\s+(?:can|could|might)\s+"
    r"do\s+together\s+(?:for|with|about|on)\s+(?:your|ur|the|our)\b",
    "together",
)


def _unannounced_reason(text: str, sents: list[str]) -> str | None:
    """A trigger event (told, not asked), or the prospect's likely problem followed by
    what we do."""
    if leftmost_match(_TRIGGER_PARTS, text) is not None:  # most lines have none: one look
        for sentence in sents:
            match = leftmost_match(_TRIGGER_PARTS, sentence)
            if match is not None and not is_question(sentence):
                return sentence[match.start() : match.end()].strip()
    low = lowercase(text)
    their = (
        # (every match has "size" or "like": most lines skip the rule's word-by-word scan)
        (_THEIR_PROBLEM.search(text) if "size" in low or "like" in low else None)
        or _KNOWN_PROBLEM.search(text)
        or _REPORTED_PROBLEM.search(text)
        or _THEY_OFTEN.search(text)
        or _OTHER_REASONS.search(text)
        or _RECORDS_WORK_OR_LOOKOUT.search(text)
        or (_FINDING_WHO.search(text) if "who" in low else None)
        or _TOGETHER_FOR_THEM.search(text)
        or _BY_HAND.search(text)
        or (_MEASURED_PROBLEM.search(text) if has_any(low, _MEASURED_VERBS) else None)
    )
    if their is not None:
        return text[their.start() : their.end()].strip()  # as typed, not lower-cased
    problem = _PROBLEM.search(text)
    if problem is None:
        return None
    offer = _OFFER.search(text)
    if offer is None:
        return None
    start, end = min(problem.start(), offer.start()), max(problem.end(), offer.end())
    return text[start:end].strip()


_ABOUT_WORDS = r"(?:about|regarding|concerning|pertaining\s+to|re|in\s+(?:reference|regards?|relation|connection)\s+(?:to|with))"
_ASKS_WHAT = Rule(
    # "what's this about?", "what it's about", "what this is regarding", "what's it in connection with?"
    # (and "what is this call about?", "wetin dis call about?" as Krio asks it)
    rf"\bwhat(?:'s|\s+is|\s+was|s)?\s+(?:this|it|that|(?:the|your|this|that)\s+call|the\s+matter)(?:'s|\s+is|\s+was)?\s+{_ABOUT_WORDS}\b"
    rf"|\bwhat\s+(?:is|was)\s+(?:this|it)\s+{_ABOUT_WORDS}\b|\bwhat's\s+{_ABOUT_WORDS}\b"
    # "and this is in regards to?", "this is regarding...?"
    rf"|\b(?:this|it|that|the\s+call|your\s+call)(?:'s|\s+is|\s+would\s+be)\s+{_ABOUT_WORDS}(?:\W*\?|\s*$)"
    rf"|(?:^|\W){_ABOUT_WORDS}\s+what\b|(?:^|[.!?]\s*)(?:and\s+)?(?:regarding|concerning|about)\s*\?"
    r"|\b(?:what|why)\s+(?:are\s+you|you're|you)\s+calling(?:\s+about|\s+for)?\b|\bwhy\s+(?:are\s+you|did\s+you|do\s+you|would\s+you)\s+(?:call|calling)\b"
    # a bare "what do you want?" asks what the call is for; "what do you want to know?" does not
    r"|\bwhat\s+(?:do|did|does)\s+(?:you|he|she|they)\s+(?:want|need)(?:\s+(?:from|with)\s+(?:me|us|him|her|them))?\s*(?:[?.!]|$)"
    # ... or with the one asked for, named: "and what do you want with Kwaji?", "what do you
    # need Madam Tani for?" (not a thing: "what do you want with that?", "... it for?")
    r"|\bwhat\s+(?:do|did)\s+you\s+(?:want|need)\s+(?:(?:with|from)\s+(?:(?:(?:mr|mrs|ms|dr|madam|oga|sir)\.?\s+)?(?!(?:it|that|this|these|those|all|everything|me|us|him|her|them|my|your|our|the|a|an)\b)[a-z][\w'-]+)\s*(?:[?.!]|$)"
    r"|(?:him|her|them|(?:mr|mrs|ms|dr|madam|oga|sir)\.?\s+[a-z][\w'-]+)\s+for\s*(?:[?.!]|$))"
    r"|(?:^|\W)about\s+what\s*\?|\bwhat\s+is\s+it\s*\?|\bwhat's\s+this\s*\?|\bwhat's\s+the\s+(?:reason|purpose)\b|\bwhat\s+are\s+you\s+selling\b"
    r"|\b(?:what\s+(?:is|'s|was)\s+)?the\s+(?:nature|purpose|reason|subject)\s+(?:of|for)\s+(?:your|the|this)\s+(?:call|business|inquiry|enquiry|visit)\b"
    r"|\bwhat(?:'s|\s+is)\s+the\s+nature\s+of\b"
    # "what's this for (exactly)?", "what's the call for?", "what's this in aid of?", "what would this be about?"
    rf"|\bwhat(?:'s|\s+is|\s+was)\s+(?:this|this\s+call|the\s+call|your\s+call|it\s+all)\s+(?:for|in\s+aid\s+of)\b(?=\s*(?:,?\s*(?:exactly|then|again|now|please|anyway)\b|[?.!]|$))"
    rf"|\bwhat\s+(?:would|will|might)\s+(?:this|it|the\s+call)\s+be\s+(?:{_ABOUT_WORDS}|for)\b|\bwhat\s+(?:this|the\s+call)\s+is\s+for\b"
    r"|\bwhat\s+(?:are\s+you|you're)\s+after\s*(?:[?.!]|$)|\bwhat\s+is\s+it\s+(?:that\s+)?you\s+(?:want|need)\s*(?:[?.!]|$)"
    r"|\bwhy\s+(?:do|would|did)\s+you\s+(?:need|want)\s+(?:to\s+(?:speak|talk)\s+(?:to|with)\s+)?(?:him|her|them)\s*(?:[?.!]|$)"
    # a question left hanging for the caller to finish: "And you're calling me because...?"
    r"|\b(?:calling|ringing|phoning|you\s+want)\s+(?:me\s+)?(?:because|about|for|what)\s*(?:\.\.\.|…)?\s*\?"
    r"|\band\s+you\s+want\s+what\b|\bwhat\s+(?:do|did)\s+you\s+want\s*,?\s+exactly\b"
    # said short: "so why the call?"
    r"|\bwhy\s+the\s+call(?:\s+today|\s+tonight)?\s*(?:[?.!,]|$)"
    # ... or with its helper verb dropped: "What you call me about now?", "why you call me?"
    r"|\bwhat\s+(?:did\s+|do\s+)?(?:you|u)\s+call(?:ed)?\s+(?:me\s+|us\s+)?(?:about|for)\b"
    # (read from "why", not after "that's" or "is": "that's why you call me every spring")
    r"|\bwhy(?<!that's\swhy)(?<!thats\swhy)(?<!that\swhy)(?<!\bis\swhy)\s+(?:you|u)\s+call(?:ing|ed)?\s+(?:me|us|here)\b"
    # ... or in Pidgin: "wetin be the matter?", "wetin concern?", "wetin you want?"
    # (its "wetin" perhaps read "what": "what be the matter?")
    r"|\b(?:wetin|what)\s+(?:be\s+(?:the\s+)?(?:matter|problem|call|issue)|concern)\b(?=\s*[?.!]|\s*$)"
    r"|\bwetin\s+(?:you\s+want|you\s+dey\s+(?:call|find|want))\b"
)
# ... or "was there something you needed?" (its own rule: "something" is a common word)
_ASKS_SOMETHING = Lazy(
    r"(?i)\b(?:is|was)\s+there\s+something\s+(?:you\s+)?(?:need|needed|want|wanted)\s*(?:[?.!]|$)"
)
_ASKS_WHAT_GATE = (
    "wetin",
    "because",
    "what",
    "why",
    "about",
    "regard",
    "concern",
    "pertain",
    " re ",
    "re:",
    "nature",
    "purpose",
    "reason",
    "subject",
)
# "How can I help you?", "What can I do for you?": an invitation to speak. Answering the
# phone with it is a service greeting, not a question about the call; once the caller has
# said who they are, it asks what they want.
# (not a shrug: "Parakou is hot, what can we do")
_SERVICE_INVITE = Rule(
    r"\bhow\s+(?:can|may|could)\s+(?:i|we)\s+help\b"
    r"|\bwhat\s+(?:can|could|may)\s+(?:i|we)\s+(?:do\s+for\s+(?:you|u|ya)|do\s+you\s+for|help\s+you\s+with)\b"
)
_INVITE_WORDS = ("help", "what")
# ... unless it offers something back: "what can I do for you in return?", "how can I
# help you back?" thank the caller for a favour; they ask nothing about the call.
_IN_RETURN = Lazy(
    r"(?i)\b(?:in\s+(?:return|exchange)|help\s+(?:you|u)\s+back|return\s+the\s+favou?r)\b"
)
# Phone-answering marks: "thanks for calling", "Rita speaking", "this is Rita", a company
# name followed by the invitation ("Harbor Dental, how can I help you?").
_ANSWERING = Rule(
    r"\bthanks?\s+(?:you\s+)?for\s+calling\b|\b(?:this\s+is|you've\s+reached)\s+\w+|\b\w+\s+speaking\b"
    r"|^\W*(?:good\s+(?:morning|afternoon|evening)\W+)?(?:\w+\s+){0,4}?\w+,\s+(?:how|what)\s+(?:can|may|could)\s+(?:i|we)\b"
)


# "Sure, what do you need?" once the caller has said why they called asks for the details,
# not what the call is about.
_WHAT_DO_YOU_NEED = Rule(
    r"^\W*(?:(?:ok(?:ay)?|sure|yes|yeah|yep|right|alright|fine|go\s+ahead|go\s+on|so|and|mm)\W+)*"
    r"what\s+(?:do|did|does)\s+(?:you|he|she|they)\s+(?:want|need)(?:\s+(?:from|with)\s+(?:me|us|him|her|them))?\s*(?:[?.!]|$)"
)


def asks_follow_up(question: str) -> bool:
    """Whether a what's-it-about question (the words :func:`asks_purpose` found) is only a
    bare "what do you need?", which after a stated reason asks for the details."""
    return _WHAT_DO_YOU_NEED.search(question) is not None


@lru_cache(maxsize=8192)
def asks_purpose(text: str, *, opening: bool | None = None) -> str | None:
    """The words in a (prospect) line asking what the call is about ("what's this regarding?"), or None.

    "How can I help you?" / "What can I do for you?" invite the caller to speak. At the start
    of a call (``opening=True``: the rep has not spoken yet) that is how the phone is answered,
    not a question about the call; after the rep has spoken (``opening=False``) it asks what
    they want. With ``opening=None`` (position unknown) a line that answers the phone
    ("Harbor Dental, how can I help you?", "thanks for calling...") counts as an opening.
    """
    norm = normalise(text)
    low = norm.lower()
    found = first_match(_ASKS_WHAT, norm) if has_any(low, _ASKS_WHAT_GATE) else None
    if found is None and "there something" in low:
        something = _ASKS_SOMETHING.search(norm)
        found = something.group() if something else None
    if found or opening is True:
        return found
    # Every match of the invitation has "help" or "what" in it.
    invite = first_match(_SERVICE_INVITE, norm) if has_any(low, _INVITE_WORDS) else None
    if invite and opening is None and _ANSWERING.search(norm):
        return None
    if invite and _IN_RETURN.search(norm):
        return None
    return invite
