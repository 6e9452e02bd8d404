"""Questions typed without their question mark, and the breaks before them.

``hi this is dana from northwind, quick q how do you handle reminders`` is read as
``... from northwind. quick q how do you handle reminders?``: a clause that opens the way a
question does (an auxiliary and a subject, a question word and an auxiliary, a
clause-initial "is your...") gets its mark, and a line that runs on into it gets a full
stop before it. Embedded questions ("I wonder how you...") and relative clauses ("...,
which is wild") are left alone. Only the marks between words change (see
:mod:`roleplay.language.repair`).
"""

from __future__ import annotations

from roleplay.language.text import AnyOf, Lazy, Rule, has_any, how_long, lowercase, word_set

# A question typed without its question mark starts with an auxiliary and "you", or with a
# question word and an auxiliary: "do you", "could you", "how do you", "what are your".
_AUX = "do does did are could would can will have has should is was were may might shall"
_AUX_WORDS = frozenset(_AUX.split())
_WH_WORDS = frozenset(
    "how what who when where which why whats what's who's how's how'd what'd why'd where'd when'd"
    " who've what've who'll what'll what're where're how're where's when's why's".split()
)
# A question word with its auxiliary in it: "how's it going", "how'd that go", "who've I got",
# "where's the stock going to live"
_WH_WITH_AUX = frozenset(
    "what's who's how's how'd what'd why'd where'd when'd who've what've who'll what'll what're"
    " where're how're where's when's why's".split()
)
_SUBJECTS = frozenset("you your i we they he she it there that this anyone anybody".split())
# "You" said as many: "you people", "you guys", "you all".
_PLURAL_YOU = frozenset("people guys all folks".split())
# The words a spoken question may open on before its verb, typed without a comma ("oh yeah
# is that mostly at weekends"): the question-mark pass and the cue that lets it run.
_SPOKEN_LEADS = frozenset("and so oh yeah yep ok okay well right alright um uh hey".split())
# The words before "question" that announce one of ours: "one question only: ...".
_ONE_QUESTION = frozenset("one quick another small simple last".split())
# In parts, each gated on the words all its matches have (a line is searched only by the
# parts its words allow): whether any part matches is what the one alternation would tell.
QUESTION_CUE = AnyOf(
    Rule(r"\b(?:" + _AUX.replace(" ", "|") + r")\s+(?:you|your|i|we|they|he|she|there|any)", _AUX),
    Rule(
        r"\b(?:how|what|who|when|where|which|why)(?:[sd]|(?<=what)(?:ve|re|ll)|(?<=who)(?:ve|ll))?\b",
        "how what who when where which why whos whats hows howd whatd whyd whered"
        " whatve whatre whatll whove wholl wheres whens whys",
    ),
    Rule(
        # (a word or three said first: "oh yeah is that mostly at weekends", "hi is mark there",
        # also after a comma: "..., yeah is that still how you price jobs")
        r"(?:^|[.!?;:\-–—]\s+|\b(?:one|question|q|also|so|ok|okay|and|hey|right),\s+"
        rf"|^(?:(?:{'|'.join(sorted(_SPOKEN_LEADS | {'hi', 'hello'}))})\s+){{1,3}}"
        rf"|,\s+(?:(?:{'|'.join(sorted(_SPOKEN_LEADS))})\s+){{1,3}})"
        r"(?:is|are|does|do|did|can|could|would|will|has|have|was|were)\b",
        "is are does do did can could would will has have was were",
    ),
    # a choice put after "question:" ("one question only: your containers, they go through
    # tema now, or lome")
    Rule(
        rf"\b(?:{'|'.join(sorted(_ONE_QUESTION))})\s+question(?:\s+(?:only|tho|though|for\s+you))?\s*[:\-–—]+\s+[^.!?]{{0,80}}?\bor\b",
        "question",
    ),
    # ... also after "one more thing," or "real quick," (a part of its own, on its words)
    Rule(
        r"\b(?:thing|quick),\s+(?:is|are|does|do|did|can|could|would|will|has|have|was|were)\b",
        "thing quick",
    ),
    # ... or "out of curiosity", "just curious" (with or without its comma)
    Rule(
        # ("quick one then -- is snowmaking on the board's list")
        r"\b(?:curious|curiosity|quick\s+(?:one|q|question)(?:\s+(?:then|though|first))?)(?:,|\s*[-–—]+)?\s+(?:is|are|does|do|did|can|could|would|will|has|have|was|were)\b",
        "curious curiosity quick",
    ),
    # whether someone is there, after a comma: "..., is Gary in there"
    Rule(
        r",\s+is\s+[a-z][\w'-]*\s+(?:in|there|around|about|available|free|back)\b",
        "in there around about available free back",
    ),
    # after leave to ask: "let me ask you one thing then, are the routes a worry"
    Rule(
        r"\bask\s+(?:you|ya|u)\b[^.!?,]{0,30},\s+(?:is|are|does|do|did|can|could|would|will|has|have|was|were)\b",
        "ask",
    ),
    # after holding back what comes next: "before I go on, is that on your radar"
    Rule(
        r"\bbefore\s+(?:[\w']+\s+){0,3}?(?:go|going|continue|keep|further|ramble|dive|jump|launch)\b[^.!?,]{0,20},\s+"
        r"(?:is|are|does|do|did|can|could|would|will|has|have|was|were)\b",
        "before",
    ),
    # after the chance taken while they are there: "since you're on the line, does mark..."
    Rule(
        r"\b(?:while|since|now)\s+[^.!?,]{0,30}?\b(?:you|on\s+the\s+(?:line|phone)|there|here),\s+"
        r"(?:is|are|does|do|did|can|could|would|will|has|have|was|were)\b",
        "while since now",
    ),
    Rule(
        r"(?:^|[.!?;:,]\s+|\b(?:so|ok|okay|and)\s+)(?:want|wanna)\s+(?:me|us)\s+to\b", "want wanna"
    ),
    Rule(
        r",\s+(?:is|are)\s+(?:\S+\s+){1,3}?still\b"
        r"|,\s+(?:is|are)\s+(?:that|it|this)\s+(?:most|mostly|mainly|all|any|getting|going|working)\b"
        # who it is: "..., is that you or someone else"; whether what was just said holds
        # for them: "..., is that true for you too", "..., is that the case over there"
        r"|,\s+(?:is|was)\s+(?:that|it)\s+(?:you|your)\b"
        r"|,\s+(?:is|was)\s+(?:that|it|this)\s+(?:true|similar|the\s+(?:case|same)|an?\s+(?:issue|problem|worry|pain))\b(?=.*\b(?:you|your)\b)",
        "still most mostly mainly all any getting going working you your",
    ),
    # after a comma, about a thing of theirs going on: "..., are the border delays hurting
    # your loading", "..., does the border hold you up"
    Rule(
        r",\s+(?:(?:is|are|was|were)\s+the\s+(?:[a-z'-]+\s+){1,3}?[a-z]{2,}ing|(?:does|did)\s+the\s+[a-z])",
        "is are was were does did",
    ),
    # a thing offered or proposed after a comma: "..., would an intro to one of them help"
    Rule(
        r",\s+(?:would|could|will)\s+(?:a|an|the|that|this|it|any)\s+\w+\s+\w", "would could will"
    ),
    # asked after a condition: "if it's worth a look, would a coffee next tuesday suit"
    Rule(
        r"\bif\b[^.!?,;]{1,60},\s+(?:is|are|does|do|can|could|would|will|should)\s+"
        r"(?:the|a|an|any|your|his|her|their|our|those|these|you|we|there|that|this|it)\b",
        "if",
    ),
    # a time check after a comma: "..., calling because..., is now an ok time for a minute"
    Rule(
        r",\s+is\s+(?:now|this)\s+(?:a|an|ok|okay|good|bad|alright|still\s+(?:a|an|ok|okay|good))\b",
        "now this",
    ),
    # joined on after a comma: "good to know, so does leticia review the invoices"
    Rule(
        r",\s+(?:so|and)\s+(?:does|did|is|was|has|will|would|can|could)\s+[a-z]+\s+[a-z]",
        "so and",
    ),
    # asked after "but": "no pressure at all but would a coffee next tuesday be useful"
    Rule(
        r"\bbut\s+(?:would|could|can|will|shall|should|do|does|is|are)\s+"
        r"(?:the|a|an|any|your|his|her|their|our|its|those|these|all|you|i|we|they|he|she|it|that|this|there)\b",
        "but",
    ),
)
# An "-ing" word that is no verb going on now ("you being the owner, ..." starts a clause).
_NOT_DOING = frozenset(
    "being according including considering regarding nothing something anything"
    " everything morning evening thing things bring king ring sing spring string swing wing"
    " sling sting during ceiling".split()
)
# Being free, asked with its "are" dropped: "you free thursday at 1" (not "you free up...")
_FREE = frozenset("free around available".split())
# Verbs asked after with "do" dropped: "how you weigh ...", "what you use ..."
_DO_DROPPED_VERBS = frozenset(
    "weigh use track handle manage do run keep get make pay order send book count check"
    " store buy price quote schedule plan ship deliver record find".split()
)
_PRAISE = (["great"], ["well"], ["good"], ["amazing"], ["awesome"], ["brilliant"], ["fantastic"])
_NOT_AFTER_FREE = frozenset("up of to".split())
_DOING_ADVERBS = frozenset("already ever currently actually even".split())
# Where they still are, its "are" dropped: "you still at the bank", "u still with acme".
_STILL_WHERE = frozenset("at with in on over based there".split())
_LEAD_INS = frozenset("so and ok okay oh hey".split())
# What goes on a question after its "a.m." or "p.m.": "can we do 9 a.m. tomorrow"
_AFTER_AM = frozenset(
    "tomorrow today tonight on this next work works suit suits ok okay good then instead"
    " monday tuesday wednesday thursday friday saturday sunday"
    # ("is thursday at 10 a.m. your time okay", "10 a.m. or 2 p.m.", "9 a.m. fine with you")
    " your or at in for fine alright convenient suitable".split()
)
# How they still feel about it, "are you" dropped: "still loving it", "still enjoying the
# new role", "still happy with the crew"
_STILL_FEELING = frozenset("loving enjoying liking happy".split())
_STILL_FEELING_ABOUT = frozenset("it the your that there with at in over".split())
_STILL_FEELING_CUE = Lazy(
    r"(?:^|[,.;:!?-]\s*|\b(?:and|so|ok|okay)\s+)still\s+(?:loving|enjoying|liking|happy)\s+"
    r"(?:it|the|your|that|there|with|at|in|over)\b"
)
# Who they still are, its "are" dropped: "you still the one does the ordering"
_STILL_WHO = frozenset("one person guy boss manager owner buyer contact".split())


def _doing(word: str) -> bool:
    return word.endswith("ing") and len(word) > 4 and word not in _NOT_DOING


# Two more cues, tried apart from the rule above and only on lines with their words (every
# alternative added to it is tried on every line it reads): a question said as a statement,
# its "are" dropped ("-- you guys still doing the irrigation stuff", "u getting the crowds
# you wanted"), and one about what was just said ("..., does that happen much").
_NOT_DOING_ALT = "|".join(sorted(_NOT_DOING))
# What they may still do, asked with its "do" dropped after "you still": "you still use the
# granular one", "you people still run the yamahas".
_STILL_DO = frozenset(
    "use run buy get sell keep make order send pay supply deliver ship import export grow rent"
    " hire plant print stock carry book work".split()
)
_STILL_DOING = Lazy(
    # (or how a thing of theirs still stands: "that still sitting on spreadsheets")
    r"\b(?:that|it|this)\s+still\s+(?:at|with|in|on|[a-z]{2,}ing)\b|"
    # (or where they still are, "are" said: "youre still heading operations at ...")
    r"\b(?:you're|youre|you\s+are)\s+still\s+(?:at|with|in|on|over|based|there|[a-z]{2,}ing)\b|"
    # (or their people: "your drivers doing mostly tuas to jurong")
    r"\byour\s+[a-z]{3,}s\s+(?:(?:already|ever|currently|actually|even|mostly|still|all)\s+)?[a-z]{2,}ing\b|"
    # ("youse", "yiz": Philadelphia's and Dublin's plural you)
    # (or "you people": "you people still run the yamahas")
    r"\b(?:you|u|yall|y'all|youse|yous|yiz)(?:\s+guys|\s+all|\s+folks|\s+people)?\s+"
    # (or still where they were: "you still at the bank", "u still with hartley's"; or
    # what they still have: "yall still got the two stores"; or its g dropped: "youse still
    # runnin all the hvac")
    # (or still who they were: "you still the one does the ordering")
    rf"(?:still\s+(?:at|with|in|on|over\s+at|based|there|got|have|the\s+(?:{'|'.join(sorted(_STILL_WHO))})"
    # (or what they still do, "do" dropped: "you still use the granular one")
    rf"|{'|'.join(sorted(_STILL_DO))})\b|still\s+(?:\w+\s+)?(?:\w+ing|\w{{2,}}[b-df-hj-np-tv-z]in\b)|(?:(?:already|ever|currently|actually|even)\s+)?"
    rf"(?!(?:{_NOT_DOING_ALT})\b)\w{{2,}}ing)\b"
)
_DOES_THAT = Lazy(r"(?i)(?:^|[.!?;:,]\s+)(?:does|did)\s+(?:that|it|this)\s+[a-z]")
# "you got somebody on contract", "you have anyone for that": "do"/"have" dropped.
# What "you got" / "you have" asks about when its "do" or "have" is dropped.
_ANY_ONE = frozenset("somebody someone anybody anyone any time enough room plans much many".split())
# ... or a moment of their time: "you got a quick minute", "u have a sec"
_A_MOMENT = frozenset("minute min sec second moment".split())
_A_MOMENT_LEADS = frozenset("quick spare free".split())
_YOU_GOT_ANY = Lazy(
    r"\b(?:you|u)(?:\s+guys|\s+all|\s+folks)?\s+(?:got|have)\s+"
    rf"(?:{'|'.join(sorted(_ANY_ONE))}"
    rf"|a\s+(?:(?:{'|'.join(sorted(_A_MOMENT_LEADS))})\s+)?(?:{'|'.join(sorted(_A_MOMENT))}))\b"
)


#: A substring of every match of :data:`_YOU_GOT_ANY` (a cheap test first).
_YOU_GOT_KEYS = ("u got ", "u have ", "s got ", "s have ", "l got ", "l have ")


_YOU_FREE = Lazy(
    rf"\b(?:you|u)(?:\s+guys|\s+all|\s+folks)?\s+(?:{'|'.join(sorted(_FREE))})"
    rf"\s+(?!(?:{'|'.join(sorted(_NOT_AFTER_FREE))})\b)\w"
)


def _you_doing(text: str) -> bool:
    """Whether "you" and a verb going on start a clause ("u getting the crowds you
    wanted"), perhaps after "so", "and"...: a superset of what the question-mark pass
    (``_opens_question``) takes, tested on the words before each match."""
    return _opens_a_clause(_STILL_DOING, lowercase(text))


def _you_got_any(low: str) -> bool:
    """Whether "you got anyone..." or "you have any..." starts a clause (``low`` in lower
    case), perhaps after "so", "and"...: what the question-mark pass takes, and a little more."""
    return _opens_a_clause(_YOU_GOT_ANY, low)


def _opens_a_clause(pattern: Lazy, low: str) -> bool:
    """Whether a match of ``pattern`` in ``low`` starts the line or a clause (after a stop,
    a comma or a dash), perhaps after one lead-in word ("so", "and", "ok"...) or an
    announcement ("quick one", "q")."""
    for found in pattern.finditer(low):
        before = low[: found.start()].rstrip(" \t\"')]")
        for announcement in _ANNOUNCEMENTS:
            if before.endswith(announcement) and (
                len(before) == len(announcement) or not before[-len(announcement) - 1].isalnum()
            ):
                before = before[: -len(announcement)].rstrip(" \t\"')]")
                break
        words = before.rsplit(None, 1)
        if words and words[-1] in _LEAD_INS:
            before = words[0].rstrip(" \t\"')]") if len(words) == 2 else ""
        if not before or before[-1] in ".!?;:,-\u2013\u2014":
            return True
    return False


def statement_question_cue(text: str) -> bool:
    """Whether ``text`` may hold one of the two questions :data:`QUESTION_CUE` leaves out."""
    low = lowercase(text)
    end = low.rstrip(" .!")  # (how the line ends, looked at by several cues below)
    return (
        (
            ("ing" in low or "still" in low)
            and (
                "you" in low
                or "u " in low
                or "all still" in low
                or "t still" in low
                or "is still" in low
            )
            and _you_doing(text)
        )
        or (("does " in text or "did " in text) and _DOES_THAT.search(text) is not None)
        # ("u " is in "you " too: lines with neither are done after one substring test)
        or ("u " in low and has_any(low, _YOU_GOT_KEYS) and _you_got_any(low))
        # (every match has one of _FREE as a word: one look at the line's words)
        or (not _FREE.isdisjoint(word_set(low)) and _opens_a_clause(_YOU_FREE, low))
        # a guess left open at the end: "chaos how, like inventory between the two shops, or"
        # (one look at its last letters first: nearly every line ends otherwise)
        or (end.endswith("or") and _TRAILING_OR.search(low) is not None)
        # ... or without its comma, or with "someone else" ("he is still there or", "trey is
        # the one who handles the booth or somebody else"): mark_questions reads the clause
        or (
            end.endswith(("or", "else", "different", "changed", "change", "not", "no", "what"))
            and _OPEN_OR.search(low) is not None
        )
        # a guess about them with its other half: "and you're the practice manager, or front desk"
        or (", or " in low and _YOU_EITHER.search(low) is not None)
        or (" or you" in low and _YOU_OR_YOU.search(low) is not None)
        # ... or its other half narrowed: "you are the one who does the orders too or only
        # the phone"
        or (" or " in low and has_any(low, _NARROWED_KEYS) and _YOU_OR_ONLY.search(low) is not None)
        # ... or its first subject dropped: "and the workshop, still doing the cane sofas or
        # you shifted fully to the hotel orders now"
        or ("still " in low and " or " in low and _STILL_OR_YOU.search(low) is not None)
        # ... or a guess about their people or things: "they are your own staff or from an agency"
        or (" or " in low and "your" in low and _THEIRS_EITHER.search(end) is not None)
        # ... or the question word left where its answer goes: "it was which month"
        or (end.endswith(_IN_SITU_ENDS) and _IN_SITU.search(end) is not None)
        # ... or how they feel about it, "are you" dropped: "the new job, still loving it"
        or ("still " in low and _STILL_FEELING_CUE.search(low) is not None)
        # a record read back, then whether it still holds: "..., as the training
        # coordinator, still him"
        or (end.endswith(_STILL_TAGS) and ", still " in low)
        # whether someone is still there, said as a statement to end the line: "before it
        # was Marina Volkova -- she is still with you"
        or (" still " in low and end.endswith(_STILL_ENDS) and _STILL_WITH.search(low) is not None)
        # a plan with its day put to them: "so tomorrow eleven o'clock i send my engineer, okay"
        or (", ok" in low and end.endswith(("okay", "ok", "okey")))
        # ... or the slot alone, its "?" dropped: "thursday 3pm at ur new shop ok"
        or (end.endswith((" ok", " okay", " okey")) and not _PLAN_DAYS.isdisjoint(word_set(low)))
        # ... or with the other way it could go: "so shwetha maam is handling the orders also
        # or it goes thru the principal now"
        or (" or " in low and _OR_IT_GOES.search(low) is not None)
        # a tag question on what they do: "he's still running the mombasa branch too yeah"
        or (end.endswith(_TAGS_ENDING) and _TAG_END.search(low) is not None)
        # (a tag inside the line: one look for its words first)
        or (has_any(low, _TAG_MID_KEYS) and _TAG_MID_LINE.search(text) is not None)
        # a yes or no put with its other half: "your trucks come back half empty or not"
        or or_not_cue(low)
        # slots put to them, "does" dropped: "tuesday 10am or thursday 2pm work for you"
        or (
            end.endswith(("you", " u", " ya"))
            and ("work" in low or "suit" in low or " for you" in low)
            and _SLOTS_PUT.search(low) is not None
        )
        # ... or a sentence run on from it: "next thursday 9am work for you bring your
        # partnerships person"
        or (
            (" for you " in low or " for u " in low)
            and ("work" in low or "suit" in low)
            and _SLOTS_PUT_RUN_ON.search(low) is not None
        )
        # (one look at the line's words for the rarer cues below)
        or (not _RARE_CUE_WORDS.isdisjoint(word_set(low)) and _rare_cue(low))
        # the post they hold, checked as a statement: "You are the directrice"
        or (has_any(low, _YOU_ARE_THE) and not _POSTS.isdisjoint(word_set(low)))
    )


_YOU_ARE_THE = ("you are the ", "you're the ", "youre the ")


_RARE_CUE_WORDS = frozenset("ba tell allyuh wunna".split())


def _rare_cue(low: str) -> bool:
    return (
        # Tagalog's question particle: "..., in-house ba or outsourced"
        _BA_END.search(low) is not None
        # what to answer, after "tell me": "but tell me, you are GM now at Coral Sands"
        or _TELL_ME_YOU.search(low) is not None
        # a question its "are" dropped, as Trinidad's "allyuh" and Barbados' "wunna" ("you
        # all") say it: "allyuh still running everything from tokyo"
        or _opens_a_clause(_ALL_YOU_DOING, low)
    )


_ALL_YOU_DOING = Lazy(r"\b(?:allyuh|wunna)\s+(?:still\s+|already\s+)?[a-z]{2,}ing\b")
_TELL_ME_YOU = Lazy(r"\btell\s+me\s*[,:\-\u2013\u2014]+\s*(?:you|your|u|ur)\b")


# The particle "ba" closing a line, perhaps before the other choice (see _particle_asks).
_BA_END = Lazy(
    r"\w(?<!\bthe)(?<!\ba)(?<!\ban)(?<!\bmy)(?<!\bour)(?<!\byour)(?<!\bhis)(?<!\bher)\s+ba(?:\s+po|\s+or\s+[\w' -]{1,30})?\W*$"
)


# Slots put to them with "does" dropped, closing the line: "tuesday 10am or thursday 2pm
# eastern work for you", "so thursday at 2 suit you" (not "... and it works for you").
# (up to the "you", which each reader names: also read by asks' commitment asks)
SLOTS_PUT_TO = (
    r"(?:(?:so|and|ok|okay|then)\W+)*(?:next\s+|this\s+)?"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow)\b"
    r"[^.!?;:]{0,60}?\s(?:works?|suits?"
    # ... or said good with its "is" kept: "monday at nine is good for you"
    r"|(?:is|would\s+be)\s+(?:good|ok|okay|fine|alright|convenient)\s+for)(?:\s+for)?\s+"
)
_SLOTS_PUT = Lazy(r"(?:^|[.!?;:]\s+)" + SLOTS_PUT_TO + r"(?:you|u|ya)\W*$")


_YOU_FORMS = frozenset({"you", "u", "ya"})


# What opens a new sentence after a slot put to them, its "?" and stop dropped: an order or
# an offer ("next thursday 9am work for you bring your partnerships person", "... for you i
# send the invite"), not more of who it is for ("... for you and your partner").
_AFTER_SLOT_PUT = frozenset(
    "bring send let tell call please i i'll ill we we'll well if invite loop text ping feel".split()
)


_SLOTS_PUT_RUN_ON = Lazy(
    r"(?:^|[.!?;:]\s+)"
    + SLOTS_PUT_TO
    + r"(?:you|u|ya)\s+(?:"
    + "|".join(sorted(_AFTER_SLOT_PUT))
    + r")\b"
)


def _slots_put(lowered: list[str], gaps: list[str]) -> None:
    """Mark slots put to them without "does" (see _SLOTS_PUT) with their "?" (at the end of
    the line, or where a new sentence runs on from it)."""
    n = len(lowered)
    if n < 3:
        return
    ends = [n] if lowered[-1] in _YOU_FORMS else []
    ends += [
        k + 1
        for k in range(2, n - 1)
        if lowered[k] in _YOU_FORMS
        and lowered[k + 1] in _AFTER_SLOT_PUT
        and not gaps[k + 1].strip()
        and lowered[k - 1] == "for"
    ]
    for end in ends:
        if "?" in gaps[end]:
            continue
        start = end - 1
        while start > 0 and not pause(gaps[start], strong=True):
            start -= 1
        if _SLOTS_PUT.search(" ".join(lowered[start:end])) is not None:
            gaps[end] = "?" + gaps[end].lstrip(".!") if end == n else "? "


# A tag question: a sentence or clause about them (or their people), then "right", "yeah" or
# "correct" after a pause ("yeah" needs none): "you're still on paper logs, right", "he's
# still running the mombasa branch too yeah" (not "you're doing it right": "right" with no
# pause is how).
# (South Asian Englishes' "no" and "na" too: "you're still at the Galle Fort property, no")
_TAGS_ENDING = ("right", "yeah", "correct", "no", "na")
_TAG_WORDS = frozenset(_TAGS_ENDING)
_THEIR_SUBJECTS = frozenset(
    "you you're youre your he he's hes she she's shes they they're theyre their his her y'all".split()
)
_TAG_LEADS = frozenset("so and ok okay oh but now".split())
# A clause about them, up to where its tag would be (in any case: the line as typed may be
# read, or its lower case).
_TAGGED_CLAUSE = (
    rf"(?:^|[.!?;:,]\s+)(?:(?i:{'|'.join(sorted(_TAG_LEADS))})\W+)*"
    rf"(?i:{'|'.join(sorted(_THEIR_SUBJECTS))}|you\s+guys)\s[^.!?;:]{{6,}}?"
)
# (the same words as one regex, for the quick test on the whole line)
_TAG_END = Lazy(rf"{_TAGGED_CLAUSE}(?:,\s*(?:{'|'.join(_TAGS_ENDING)})|\s+yeah)\W*$")
# ... or closing a sentence whose stop was dropped, the next begun with its capital or with
# a word no tag runs on into: "You're still at the Galle Fort property, no Still heading F&B
# there", "you were shifting the unit to patia, no that happened finally" (read on the line
# as typed)
_AFTER_TAG = frozenset(
    "still that this it and so how what who when where why is are was were do does did then"
    " already because cause or".split()
)
_TAG_MID_KEYS = tuple(f", {tag} " for tag in _TAGS_ENDING)
_TAG_MID_LINE = Lazy(
    rf"{_TAGGED_CLAUSE},\s*(?i:{'|'.join(_TAGS_ENDING)})\s+"
    rf"(?:(?!I\b)[A-Z]|(?i:{'|'.join(sorted(_AFTER_TAG))})\b)"
)


# A statement about them closed by "or not" (or "or no"): "your trucks come back from
# Penang half empty or not", "you guys still open saturdays or no" (not "whether or not",
# nor "I don't know if it works or not").
_OR_NOT_CUE = Lazy(
    rf"(?:^|[.!?;:,]\s+)(?:(?:{'|'.join(sorted(_TAG_LEADS))})\W+)*"
    rf"(?:{'|'.join(sorted(_THEIR_SUBJECTS))}|you\s+guys)"
    r"\s[^.!?;:]{4,}?\s+or\s+(?:not|no)\b"
)
# What may start the next sentence when its full stop was dropped: "... or not because ours
# go up full" (a capital does too: "... or not Because ...")
_NEXT_CLAUSE = frozenset("because cause cuz coz cos bc".split())
_NOT_OR_NO = frozenset({"not", "no"})
_CONDITIONS = frozenset({"if", "whether"})


def or_not_cue(low: str) -> bool:
    """Whether the lower-cased line may hold a question closed by "or not" (see
    :func:`mark_or_not`): looked for even in a line typed with care, which gets no other
    question mark put in ("Your trucks come back half empty or not Because ours ...")."""
    return " or no" in low and _OR_NOT_CUE.search(low) is not None


def mark_or_not(lowered: list[str], gaps: list[str], names: list[str]) -> None:
    """Mark a clause about them ending "or not" / "or no" with its "?" (the end of the line,
    a full stop, or the next sentence begun without one)."""
    if "or" not in lowered:
        return
    n = len(lowered)
    for k in range(2, n):
        if lowered[k] not in _NOT_OR_NO or lowered[k - 1] != "or" or pause(gaps[k]):
            continue
        after = gaps[k + 1]
        if (
            k + 1 < n
            and not pause(after, strong=True)
            and lowered[k + 1] not in _NEXT_CLAUSE
            and not (names[k + 1][:1].isupper() and lowered[k + 1] != "i")
        ):
            continue
        if "?" in after:
            continue
        start = _clause_start(lowered, gaps, k - 1)
        clause = lowered[start : k - 1]
        if (
            len(clause) >= 3
            and (clause[0] in _THEIR_SUBJECTS or clause[:2] == ["you", "guys"])
            and _CONDITIONS.isdisjoint(clause)
        ):
            stripped = after.lstrip()
            if stripped[:1] in {".", "!"}:
                gaps[k + 1] = after[: len(after) - len(stripped)] + "?" + stripped[1:]
            else:
                gaps[k + 1] = "?" + after


def _clause_start(
    lowered: list[str], gaps: list[str], last: int, leads: frozenset[str] = _TAG_LEADS
) -> int:
    """Where the clause that word ``last`` is in begins: back to the pause before it (a
    comma too), then past its lead-ins (``leads``: "so", "and", "ok"...)."""
    start = last
    while start > 0 and not pause(gaps[start]):
        start -= 1
    while start < last and lowered[start] in leads:
        start += 1
    return start


def _tag_question(lowered: list[str], gaps: list[str], names: list[str]) -> None:
    """Mark a tag question closing the line (see _TAG_END) with its "?", or closing a
    sentence whose stop was dropped, the next begun with a capital (_TAG_THEN_CAPITAL)."""
    n = len(lowered)
    if n < 4:
        return
    for k in range(3, n):
        if lowered[k] not in _TAG_WORDS:
            continue
        if k < n - 1 and (
            gaps[k + 1].strip()
            or lowered[k + 1] == "i"
            or not (names[k + 1][:1].isupper() or lowered[k + 1] in _AFTER_TAG)
        ):
            continue  # inside a sentence: only a capital after it starts the next
        if any(ch in "?!" for ch in gaps[k + 1]):
            continue
        if (lowered[k] != "yeah" or k < n - 1) and "," not in gaps[k]:
            continue  # "you're doing it right"
        # (the clause the tag closes: after the last pause, a comma too: "calling cause...,
        # youre still quoting from memory yeah")
        start = _clause_start(lowered, gaps, k - 1)  # (past the tag and its own comma)
        if lowered[start] in _THEIR_SUBJECTS and k - start >= 3:
            gaps[k + 1] = "?" + (gaps[k + 1].lstrip(".") if k == n - 1 else gaps[k + 1])


_TRAILING_OR = Lazy(r",\s*or\W*$")
_OPEN_OR = Lazy(
    r"\sor(?:\s+(?:somebody|someone|something|anybody|anyone|somewhere)\s+else|\s+different|\s+(?:not|no|what)"
    # ... or changed since: "the contact is still mr rakotomalala or it changed"
    r"|\s+(?:(?:it|that|it's|its)\s+)?(?:has\s+)?changed|\s+(?:did|has)\s+(?:it|that)\s+change[d]?)?\W*$"
)
# A guess about them and its other half, ending the line: "and you're the practice manager
# there, or front desk" (a cheap test for mark_questions' reading of the words).
_YOU_EITHER = Lazy(r"\b(?:you're|you\s+are|youre)\s+[^,.!?]{2,50},\s*or\s+[\w' -]{1,30}[.!]?\s*$")
# ... and the choice with its subject twice: "you are using excel or you have a system"
# (or the other one: "you are the owner, or your brother is the owner")
_YOU_OR_YOU = Lazy(r"\byour?\s+(?:\w+\s+)?\w+\b[^.!?]{2,60}?\bor\s+your?\s+\w+")
# ... or the other half narrowed (a cheap test for mark_questions' reading): "you are the one
# who does the orders too or only the phone"
_NARROWED_KEYS = (" or only ", " or just ", " or now ", " or mostly ")
_YOU_OR_ONLY = Lazy(
    r"\b(?:you|u)(?:\s+(?:people|guys|all|folks))?\s+(?:are|r|is|have|has|do|does|still|were|was)\b[^.!?;]{2,60}?"
    r"\sor\s+(?:only|just|now|mostly)\s+[\w' -]{1,30}[.!]?\s*$"
)
# ... or the first half's subject dropped (a cheap test for mark_questions' reading):
# "..., still doing the cane sofas or you shifted fully to hotel orders" ("u" too)
_STILL_OR_YOU = Lazy(r"\bstill\s+[a-z]{2,}ing\b[^.!?;]{2,60}?\bor\s+(?:you|u)\s+[a-z]")
# ... or a way things stand and the other way they could: "he is handling it or it goes
# through the office" (a cheap test for mark_questions' reading of the words)
_OR_IT_GOES = Lazy(
    r"\bor\s+(?:it|that|he|she|they|someone|somebody)\s+(?:goes|is|are|comes|does|has|gets|happens|runs)\b"
    # ... or their people or things: "the caisse is sending them or ur agents are calling"
    # (or "or you" and a verb: "the store, it is cement floor or you put the bags on pallets")
    r"|(?:^\W*|[.!?;]\s+)(?:(?:and|so|ok|okay)\s+)?the\s+[^.!?]{3,70}\bor\s+"
    r"(?:(?:your|ur)\s+(?:[a-z]+\s+){1,2}(?:is|are|does|do|has|have|handles?|takes?|runs?)\b|(?:you|u)\s+[a-z]{2,})"
    # ... or the caller's other way, put to them: "you are the one who keeps his diary, or i
    # should go through someone else"
    r"|,\s+or\s+(?:(?:i|we)\s+(?:should|must|need\s+to|have\s+to)|should\s+(?:i|we))\s+(?:go|talk|speak|call|ask|write|send|try|come|wait|see|contact)\b"
)


#: Every match of :data:`QUESTION_CUE` on ASCII text has one of these whole words (an
#: auxiliary or a question word): a cheap test before the regex.
QUESTION_CUE_WORDS = frozenset(
    (
        _AUX
        + " how what who when where which why whos whats hows howd whatd whyd whered want wanna but"
        + " wheres whens whys question"
        + " whatve whatre whatll whove wholl"
    ).split()
)
# Words after which a question word starts an embedded clause, not a question:
# "I wonder how you...", "tell me what you...", "the way that you..."
_EMBEDS = frozenset(
    """
    wonder wondering wondered know knew see saw ask asked asking tell told curious show
    explain understand hear learn sure if whether that than as so what how who when where
    why which i we they he she it you me them him her us is was the a an about on of for
    by to from remember figure idea matter regardless exactly somewhat no
    share shared sharing along through out showing telling explaining knowing seeing
    that's thats kinda sorta basically precisely literally
    realise realize realised realized realising realizing notice noticed imagine believe
    amazed surprised shocked astonished stunned
    """.split()
)


# Verbs that take a question word's clause as their object ("you'll see how much..."), and
# the adverbs that may stand between them ("you'll see right away how much you're losing").
_EMBEDDING_VERBS = frozenset(
    """
    see saw seeing know knew knowing show showing tell telling told explain explaining
    understand hear learn figure find wonder ask asked
    realise realize realised realized notice noticed imagine believe
    """.split()
)
_BETWEEN_ADVERBS = frozenset(
    """
    right away now straight immediately instantly quickly fast exactly clearly easily soon
    then really just actually also pretty much first
    """.split()
)


def _embedded_and(lowered: list[str], gaps: list[str], start: int) -> bool:
    """Whether the words before ``start`` are "and" closing what someone talks about, with
    no pause: "she always talk about ethiopian coffee n how is the best" reports what she
    says ("tell me about the shop and how do you..." asks it of them, as does anything
    about "you")."""
    if lowered[start] in {"and", "n"}:
        start += 1  # (the question drawn back over its "and")
    elif lowered[start - 1] not in {"and", "n"}:
        return False
    j = start - 2
    while j > 0 and start - j <= 6 and not pause(gaps[j + 1]):
        word = lowered[j]
        if word in {"you", "your", "ur", "u", "yours"}:
            return False
        if word in _TALKED_ABOUT:
            return lowered[j - 1] != "me"
        j -= 1
    return False


# What someone says a thing "about", before "and how ...": "talk about X and how ..."
_TALKED_ABOUT = frozenset("about explain explains explained".split())


def _embedded_past_adverbs(lowered: list[str], gaps: list[str], start: int) -> bool:
    """Whether the words before ``start`` are an embedding verb and one to three adverbs, with
    no pause: "you'll see right away how much you're losing" embeds the question."""
    j = start - 1
    skipped = 0
    while j > 0 and skipped < 3 and lowered[j] in _BETWEEN_ADVERBS and not pause(gaps[j + 1]):
        j -= 1
        skipped += 1
    return skipped > 0 and not pause(gaps[j + 1]) and lowered[j] in _EMBEDDING_VERBS


# After ", is that": the words that ask whether what was said holds for them ("..., is that
# the case for you", "..., is that an issue there").
# After a comma, what proposes or offers something: "..., would an intro help".
_PROPOSING_AFTER_COMMA = frozenset({"would", "could", "will"})

_HOLDS_FOR_THEM = (
    ["the", "case"],
    ["the", "same"],
    ["a", "problem"],
    ["an", "issue"],
    ["a", "worry"],
    ["a", "pain"],
)


def mark_questions(lowered: list[str], gaps: list[str], names: list[str]) -> None:
    """Give a question typed without a question mark its mark, and a break before it.


    ``hi this is dana from northwind, quick q how do you handle reminders`` reads as
    ``... from northwind. quick q how do you handle reminders?``.
    """
    n = len(lowered)
    _announced_question(lowered, gaps)
    if n >= 3 and lowered[-1] == "or" and "," in gaps[n - 1] and "?" not in gaps[n]:
        # a guess left open at the end ("..., like inventory between the shops, or"):
        # the sentence asks
        gaps[n] = "?" + gaps[n].lstrip(".")
    elif "?" not in gaps[n] and (
        _either_about_them(lowered, gaps)
        or _you_or_you(lowered, gaps)
        or _one_way_or_another(lowered, gaps)
        or _still_doing_or_you(lowered, gaps)
        or _still_tag(lowered, gaps)
        or _plan_then_okay(lowered, gaps)
        or _slot_then_okay(lowered, gaps)
        or _still_with_them(lowered, gaps)
        or _open_choice_about_them(lowered, gaps)
        or _particle_asks(lowered, gaps)
        or _theirs_either(lowered, gaps)
        or _asked_in_place(lowered, gaps)
    ):
        gaps[n] = "?" + gaps[n].lstrip(".!")
    i = 0
    while i < n:
        raw_next = names[i + 1] if i + 1 < n else ""
        plan = _announced_plan(lowered, gaps, i) if lowered[i] == "what" else 0
        if plan:
            i = plan  # "then what I'll do -- I courier you ...": told, not asked
            continue
        if lowered[i] in _SEARCH_LEADS:
            said = _searching_for_a_word(lowered, gaps, i)
            if said:
                i = said  # "the - how do you say - the press": a word looked for, not asked
                continue
        if lowered[i] == "is" and _is_name_said(lowered, gaps, names, i):
            i += 3  # "Ilya, good day. Is Dmitri Topal.": "it's" said "is", and a name
            continue
        if not _opens_question(lowered, i, gaps, raw_next) or (
            lowered[i] in _BE
            and pause(gaps[i])
            and _cleft(_sentence_before(lowered, gaps, i), lowered[i + 1 : i + 2])
        ):
            i += 1
            continue
        # Where the question starts: back over a few lead-in words to the clause start.
        start = i
        back = 0
        while start > 0 and back < 3:
            if not lowered[start - 1]:
                start -= 1  # a filler taken out, its commas with it: "and, um, who ..."
                continue
            if (pause(gaps[start]) and lowered[start]) or lowered[start - 1] not in _LEAD_IN:
                break
            start -= 1
            back += 1
        while not lowered[start] and start < i:
            start += 1  # (no lead-in before the filler: the question starts after it)
        if start == i and i + 2 < n and lowered[i + 2] in _OPINION_VERBS:
            start = _opinion_asked_within(lowered, gaps, i)
        if start > 0 and not pause(gaps[start]):
            # "currently who is handling..." starts at "currently"
            start -= _when_asked_before(lowered, gaps, start)
        if (
            start > 1
            and lowered[start - 1] in _HOW_MUCH
            and lowered[start - 2] == "how"
            and not pause(gaps[start])
        ):
            start -= 2  # "how much do you spend..." starts at "how"
        if (
            start > 0
            and lowered[start] == "how"
            and lowered[start - 1] in _GUESS_LEADS
            and not pause(gaps[start])
            and (start == 1 or pause(gaps[start - 1]) or lowered[start - 2] in _LEAD_IN)
        ):
            start -= 1  # "about how many trucks do you run": a guess asked for, at a clause start
            while start > 0 and not pause(gaps[start]) and lowered[start - 1] in _LEAD_IN:
                start -= 1  # ("so roughly how long...")
        if (
            start > 0
            and not pause(gaps[start])
            and not _announced_before(lowered, gaps, i)
            # (a capital starts a sentence whose stop was dropped: "June no Who looks after")
            and not (start == i and names[i][:1].isupper() and lowered[i] != "i")
        ):
            if (
                lowered[start - 1] in _EMBEDS
                or lowered[start - 1] in _NEEDS_A_VERB
                or _embedded_past_adverbs(lowered, gaps, start)
                or _embedded_and(lowered, gaps, start)
            ):
                # "I wonder how you...", and "i could also do your packaging": after a
                # modal the verb goes on the same sentence
                i += 1
                continue
            if (
                i == start
                and lowered[i] in _AUX_WORDS
                and lowered[i] not in {"do", "could", "would", "can", "are"}
                # (the other half of a choice asks too: "..., right or have you already
                # locked in a carrier"; and so does a question after a greeting: "hi is
                # mark there")
                and lowered[start - 1] != "or"
                and not (start == 1 and lowered[0] in _GREETINGS)
                # (nor whether someone is there, after a comma: "..., is Gary in there")
                and not _whereabouts_asked(lowered, gaps, i)
            ):
                i += 1
                continue  # "the thing is we have..." is no question
        if (
            (
                lowered[i] in {"which", "who"}
                # ("who's" after a word that can have a relative clause: "a bakery owner
                # i work with whos growing fast"; not "sorry, whos this", "and who's...";
                # so too "carriers in ohio who've cut their fuel bill")
                or (
                    lowered[i] in _WHO_WITH_AUX
                    and i > 0
                    and not pause(gaps[i])
                    and lowered[i - 1] not in _NOT_BEFORE_RELATIVE
                )
            )
            and i > 0
            and not pause(gaps[i], strong=True)
            # (nor after a spaced dash, running to the end of the line, asking who is doing
            # something: "and the claims that come back denied -- who is following those up
            # right now"; not "I met your colleague -- who is lovely")
            and not (
                lowered[i] == "who"
                and _spaced_dash(gaps[i])
                and i + 2 < n
                and lowered[i + 1] in _AUX_WORDS
                and (_doing(lowered[i + 2]) or lowered[i + 2] in _SUBJECTS)
                and not any(pause(gaps[k]) or _spaced_dash(gaps[k]) for k in range(i + 1, n))
            )
            # (nor after a comma, asking who is doing it for them: "and the water there,
            # who is supplying you now, ...")
            and not (
                lowered[i] == "who"
                and "," in gaps[i]
                and i + 3 < n
                and lowered[i + 1] in _AUX_WORDS
                and _doing(lowered[i + 2])
                and lowered[i + 3] in _YOU_WORDS
                # (a person before the comma has a clause of their own: "we work with Tom,
                # who is helping your team already")
                and lowered[i - 1] not in _PEOPLE_WORDS
                and not names[i - 1][:1].isupper()
                and not _is_first_name(lowered[i - 1])
            )
            # (a capital starts a sentence whose stop was dropped: "it renews in June no Who
            # looks after the insurance side")
            and not names[i][:1].isupper()
            and lowered[i - 1] not in _ASKING_LEADS
            # (nor after "like" filling a pause: "..., like who would actually sign off";
            # but "we need someone, like who can drive" still describes them)
            and not (
                lowered[i - 1] == "like"
                and pause(gaps[i - 1])
                and (i < 2 or lowered[i - 2] not in _PEOPLE_WORDS)
            )
            # "... or more of a hum and who does your service now": a question joined on
            # (not a second relative clause: "the guy who fixes it and who is also...")
            and not (
                _before_fillers(lowered, i) in {"and", "but"}
                and i + 1 < n
                # (or who does the job: "..., and, um, who looks after the closures on your
                # line")
                and (
                    lowered[i + 1] in _AUX_WORDS
                    or (lowered[i] == "who" and lowered[i + 1] in _WHO_DOES_THE_JOB)
                )
                and lowered[i] not in _sentence_before(lowered, gaps, i)
            )
            and not _only_lead_in_before(lowered, gaps, i)
            # (nor after when it is asked about: "currently who is handling the labels")
            and not _when_asked_before(lowered, gaps, i)
            # (after a condition put first, the clause it leads to: "if marks moved on, who
            # would handle shows for corvid now")
            and not (
                pause(gaps[i])
                and _condition_first(_sentence_before(lowered, gaps, i, strong=False))
                # (unless a main clause follows it: "if you went up to gold, which is about
                # two thousand more a year, it's twelve percent off" describes gold)
                and not _main_clause_after(lowered, gaps, i)
            )
            and not _last_clause_asks(lowered, gaps, i)
            and not _which_thing_is_it(lowered, i)
            # (a relative "who" is its clause's subject, so never has one after its verb:
            # "oh for sure, who are you using now" asks)
            # ("..., who am i speaking with" too)
            and not (
                i + 2 < n
                and (lowered[i + 1] in _AUX_WORDS or lowered[i + 1 : i + 3] == ["am", "i"])
                and lowered[i + 2] in _ASKED_SUBJECTS
                # (not a filler: "in 2019 which was, you know, terrifying")
                and not pause(gaps[i + 2])
                and (lowered[i + 2], lowered[i + 3] if i + 3 < n else "") not in _FILLER_PAIRS
            )
            # (nor "which suits" closing a choice: "wednesday at two or thursday at ten,
            # which suits")
            and not (
                lowered[i] == "which"
                and i + 1 < n
                and _WHICH_SUITS.issuperset(lowered[i + 1 :])
                and "or" in _sentence_before(lowered, gaps, i)
            )
        ):
            i += 1
            continue  # "..., which is wild" and "my brother, who is..." are no questions
        # Where it ends: the next pause that starts a new clause, or the end of the line
        # ("could I walk you through it, wednesday at 12:15" asks all of it).
        end = i + 1
        while (
            (
                end < n
                # ("how's she going pat kavanagh here": a name and "here" start a sentence)
                and not (_name_here(lowered, names, end) and _ends_how_are_you(lowered, i, end))
                # (nor past a sentence begun with its capital, the stop before it dropped: "how
                # much is your bill every month, more or less Because if it's over 80 ...")
                and not (
                    lowered[end] in LOST_STOP_OPENERS
                    and names[end][:1].isupper()
                    and not gaps[end].strip()
                )
            )
            and (
                (
                    not pause(gaps[end])
                    and not (
                        lowered[end] in _PERSONAL_SUBJECTS and _ends_whereabouts(lowered, i, end)
                    )
                    and not (lowered[end] in _SELF_OPENERS and _ends_how_are_you(lowered, i, end))
                )
                or (gaps[end] == ":" and lowered[end].isdigit())  # "12:15" is one time
                # "shall we, you and i, take 30 minutes": who "we" are, said between commas
                or (lowered[end - 1] == "we" and _we_spelled_out(lowered, end))
                or (gaps[end] == ". " and lowered[end - 1] in _TITLES)  # "Dr. Okafor" is one name
                or (
                    gaps[end] == "." and lowered[end] == "m" and lowered[end - 1] in {"a", "p"}
                )  # "a.m."
                # ... and the question going on after it: "can we do 9 a.m. tomorrow"
                or (
                    gaps[end] == ". "
                    and lowered[end - 1] == "m"
                    and gaps[end - 1] == "."
                    and lowered[end - 2] in {"a", "p"}
                    and lowered[end] in _AFTER_AM
                )
                or not (
                    pause(gaps[end], strong=True)
                    or (lowered[end] in _NEW_CLAUSE and not _second_verb(lowered, end))
                )
            )
        ):
            end += 1
        # "is that right, you're looking at new boats": the check asks about the clause
        # after its comma, what they are said to do (to the next stop)
        if (
            end < n
            and "," in gaps[end]
            and not pause(gaps[end], strong=True)
            and end - i == 3
            and tuple(lowered[i:end]) in _CHECKS
            and lowered[end] in _CHECKED_YOU
        ):
            end += 1
            while end < n and not pause(gaps[end], strong=True):
                end += 1
        # "would wednesday at four work and if now's not the time, just say so": a
        # condition joined on, its comma leading to what follows it, ends the question
        # before "and if"
        if end < n and "if" in lowered[i + 2 : end] and not pause(gaps[end], strong=True):
            for k in range(i + 2, end):
                if (
                    lowered[k] == "if"
                    and lowered[k - 1] in {"and", "but"}
                    and not pause(gaps[k - 1])
                ):
                    end = k - 1
                    break
        # A break before it, when the line runs on into it (not after a condition, which
        # belongs to the question: "if it's worth a look, would a coffee tuesday suit?").
        if (
            start > 0
            and "," in gaps[start]
            and not pause(gaps[start], strong=True)
            and not _condition_first(_sentence_before(lowered, gaps, start, strong=False))
        ):
            # (commas left either side of a filler taken out, "about, um, which", are one)
            gap = gaps[start]
            gaps[start] = ". " if not gap.replace(",", "").strip() else gap.replace(",", ".", 1)
        elif start > 0 and gaps[start].strip() == "":
            gaps[start] = ". "
        after = gaps[end]
        stripped = after.lstrip()
        if stripped[:1] in {".", ",", ";", "!"}:
            gaps[end] = after[: len(after) - len(stripped)] + "?" + stripped[1:]
        elif stripped[:1] != "?":
            gaps[end] = "?" + after
        i = end
    _tag_question(lowered, gaps, names)
    mark_or_not(lowered, gaps, names)
    _slots_put(lowered, gaps)


# Where someone is, asked in full ("is marguerite free", "is he around"): a new subject
# after it starts a sentence of its own ("... free she and I go way back").
_WHEREABOUTS_END = frozenset("free available around in there about back".split())


_NOT_SOMEONE = frozenset("everything anything something nothing all".split())


def _whereabouts_asked(lowered: list[str], gaps: list[str], i: int) -> bool:
    """Word ``i`` is "is" after a comma, then a name and where they are, ending the line or
    the clause: "..., is Gary in there", "..., is dana around today"."""
    return (
        lowered[i] == "is"
        and "," in gaps[i]
        and i + 2 < len(lowered)
        and lowered[i + 1] not in _SUBJECTS
        and lowered[i + 1] not in _NOT_SOMEONE
        and lowered[i + 2] in _WHEREABOUTS_END
        and (
            i + 3 >= len(lowered)
            or pause(gaps[i + 3])
            or lowered[i + 3] in _WHEREABOUTS_END
            or lowered[i + 3] in _WHEREABOUTS_TODAY
        )
    )


# A check put before what it checks: "is that right, you're looking at new boats".
_CHECKS = frozenset(
    (first, second, third)
    for first, second in (("is", "that"), ("is", "it"))
    for third in ("right", "true", "correct", "so")
)
_CHECKED_YOU = frozenset("you you're youre your you've u ur".split())
_PERSONAL_SUBJECTS = frozenset("i we he she they i'm we're he's she's they're".split())
_WHEREABOUTS_TODAY = frozenset("today now".split())
# The subjects after "who/which" and a verb that make it ask ("who are you using", "which do
# they prefer"; not "who is your neighbour", which can relate).
_ASKED_SUBJECTS = frozenset("you u we they he she i".split())


def _ends_whereabouts(lowered: list[str], i: int, end: int) -> bool:
    """Whether the question opened by "is"/"are" at ``i`` ends before word ``end`` (a
    personal subject): a whereabouts asked in full before it."""
    last = end - 1
    if last - 2 > i and lowered[last - 1 : end] == ["at", "all"]:
        last -= 2  # "is declan around at all he's expecting me"
    elif last - 1 > i and lowered[last] in _WHEREABOUTS_TODAY:
        last -= 1  # "is she in today i'm with the council"
    return lowered[last] in _WHEREABOUTS_END and lowered[i] in {"is", "are"} and last - i <= 3


# What closes a choice put to them: "..., which suits", "..., which works better for you".
_WHICH_SUITS = frozenset(
    "suits suit works work is would be better best easier you u ya for one do prefer".split()
)
# "how are you today" asked in full: the caller's own sentence after it starts anew ("how are
# you today I'm calling from Brightline Solar").
# (or a sentence about the two of them: "how's it going you added me on linkedin", "how you
# doing we met at the expo")
_SELF_OPENERS = frozenset(
    "i i'm im i've ive i'll ill i'd this my it's we we're we've we'll you".split()
)
_HOW_ARE_YOU = (
    ["how", "are", "you"],
    ["how", "are", "ya"],
    ["how", "are", "we"],
    ["how", "r", "u"],
    ["how's", "it", "going"],
    ["how's", "it", "goin"],
    ["how", "you", "doing"],
    ["how", "ya", "doing"],
    # ("how's she going", as Ireland, Newfoundland and Australia ask it)
    ["how's", "she", "going"],
    ["how's", "things", "going"],
    ["how's", "life", "going"],
    # (the morning greeting of West African Englishes: "did you wake well romaric here")
    ["did", "you", "wake"],
    ["did", "you", "sleep"],
    ["did", "u", "wake"],
)
_HOW_ARE_YOU_TAIL = frozenset(
    "doing doin going keeping today tonight this morning afternoon evening been all well".split()
)


def _name_here(lowered: list[str], names: list[str], at: int) -> bool:
    """A name (capitalised by the repair) and "here" from word ``at``: "pat kavanagh here",
    "pat here" (after "how's she going" typed without its mark, the caller's own sentence)."""
    return (
        "here" in lowered[at + 1 : at + 3]
        and names[at][:1].isupper()
        and lowered[at] != "i"
        and lowered[at] != "here"
    )


def _ends_how_are_you(lowered: list[str], i: int, end: int) -> bool:
    """Whether the question opened at ``i`` is a "how are you" that ends before word ``end``."""
    if lowered[end] == "this" and lowered[end + 1 : end + 2] != ["is"]:
        return False  # "how are you doing this evening" goes on; "... this is sam" does not
    return (
        end >= i + 3
        and lowered[i : i + 3] in _HOW_ARE_YOU
        and _HOW_ARE_YOU_TAIL.issuperset(lowered[i + 3 : end])
    )


def _which_thing_is_it(lowered: list[str], i: int) -> bool:
    """ "..., which model is it", "..., which system do you use": a question word, a noun,
    then the auxiliary before its subject, the order a question takes (a relative clause
    goes on with its verb: "..., which is wild", "..., which we installed"). Also "which of
    your cells are still manual": which of their things, then a verb. And "which kind are
    the best clients for you", "what sort of client is best": a kind asked, then its verb."""
    if lowered[i] in {"which", "what"} and lowered[i + 1 : i + 2] and lowered[i + 1] in _KIND:
        after = lowered[i + 2 : i + 3]
        if after and after[0] in _BE:
            return True
        if after == ["of"] and lowered[i + 4 : i + 5] and lowered[i + 4] in _BE:
            return True
    if (
        lowered[i] == "which"
        and lowered[i + 1 : i + 2] == ["of"]
        and i + 2 < len(lowered)
        and (lowered[i + 2] in _DETERMINERS or lowered[i + 2] in {"them", "these", "those", "you"})
    ):
        return any(w in _AUX_WORDS for w in lowered[i + 3 : i + 7])
    # a question word, then a thing (not an auxiliary, a subject or another question word)
    thing = (
        lowered[i] in {"which", "what"}
        and i + 2 < len(lowered)
        and lowered[i + 1] not in _AUX_WORDS
        and lowered[i + 1] not in _SUBJECTS
        and lowered[i + 1] not in _WH_WORDS
    )
    if (
        thing
        and lowered[i + 1].isalpha()
        # ("10am or 2pm, which one is better": a choice among what was just offered, asked
        # with it, is left to the sentence it ends)
        and lowered[i + 1] not in {"one", "ones"}
    ):
        # "which email is best for her", "what time works for you", "which day suits": the
        # thing asked for, then what makes it the one (a noun of two words too: "which
        # email address is best")
        verb = i + 2 if lowered[i + 2] in _BE or lowered[i + 2] in _SUITS else i + 3
        said = lowered[verb : verb + 2]
        if said[:1] and (
            said[0] in _SUITS or (said[0] in _BE and said[1:] and said[1] in _WHICH_IS_BEST)
        ):
            return True
        # "what email address should i use", "which payroll system do you run": a thing of
        # two words, then a modal or "do" before a person (not "what id propose is that
        # you...", where "is" opens what was proposed)
        if (
            i + 4 < len(lowered)
            and lowered[i + 1] not in _TYPED_SUBJECTS
            and lowered[i + 2].isalpha()
            and lowered[i + 2] not in _AUX_WORDS
            and lowered[i + 2] not in _SUBJECTS
            and lowered[i + 3] in _ASKING_AUX
            and lowered[i + 4] in _PERSONS
            and not lowered[i + 2].endswith("ed")
        ):
            return True
    # "..., which units are hurting most right now": "which" and a thing are no relative
    # clause; with a verb going on after the auxiliary, it asks
    if (
        thing
        and lowered[i] == "which"
        and not lowered[i + 1].endswith("ly")
        and lowered[i + 2] in _BE
        and i + 3 < len(lowered)
        and (_doing(lowered[i + 3]) or lowered[i + 3] in _STILL_MOST)
    ):
        return True
    return (
        thing
        and lowered[i + 2] in _AUX_WORDS
        and (i + 3 == len(lowered) or lowered[i + 3] in _SUBJECTS)
        # (a verb, not a thing: "what happened is we...", "what matters is that...")
        and not lowered[i + 1].endswith("ed")
        and not (lowered[i + 1].endswith("s") and lowered[i + 2] in {"is", "was", "does", "has"})
    )


# Words after "which <thing> is/are" that go on with its verb: "which units are still short".
_STILL_MOST = frozenset("still most mostly currently usually always".split())
# What makes a thing the one asked for: "which email is best", "what time works".
_SUITS = frozenset("works suits fits".split())
_ASKING_AUX = frozenset("do does did should would could can will".split())
_PERSONS = frozenset("you i we they he she".split())
#: A subject and its verb typed as one word ("id propose", "ill send", "im calling").
_TYPED_SUBJECTS = frozenset("id ill im ive i'd i'll i'm i've we'd we'll we're".split())
_WHICH_IS_BEST = frozenset(
    "best better easiest easier right correct ideal preferred quickest simplest good"
    # ("which day is suitable for you", as Indian English asks it)
    " suitable convenient fine okay ok possible".split()
)


# Words a sentence does not end on: a modal wants its verb ("i could also do your...").
_NEEDS_A_VERB = frozenset(
    # (not "will" nor "may", which are names and a month too: "this is will do you have a sec")
    "could would can should might must shall gonna cant couldnt wont wouldnt".split()
)


# Words that open a new clause after a comma: the question ended before them.
_NEW_CLAUSE = (
    _AUX_WORDS
    | _WH_WORDS
    | _SUBJECTS
    | frozenset(
        """
        i'm i'll i'd i've we're we'll we've you're you'll it's that's there's its im ill
        he's she's they're he'll she'll they'll
        and but so because cause thanks thank ok okay anyway also btw just sorry please
        no yes yeah yep sure great perfect cool alright right well um uh like oh hi hey
        """.split()
    )
)


# What closes a topic said first, so that "who" opens a question after it: "your generator
# now, who is servicing it".
_TOPIC_NOW = frozenset("now today currently nowadays presently".split())


def _last_clause_asks(lowered: list[str], gaps: list[str], i: int) -> bool:
    """ ", who handles billing there" closing a line typed without end punctuation asks:
    "who" and a verb after a comma, running to the end of the line (a relative clause
    would be followed by more of the sentence, or by a full stop). So does one followed by
    another question, or by its answers: "..., who usually handles those, is that her or
    the ops director", "..., who usually books them, you or the doctors"."""
    if lowered[i] != "who" or ("," not in gaps[i] and not _spaced_dash(gaps[i])):
        return False  # (after a comma, or a dash: "not exactly -- who handles ...")
    verb = i + 1
    if (
        verb + 2 < len(lowered)
        and lowered[verb] in {"on", "at", "in"}
        and lowered[verb + 1] in {"your", "the"}
    ):
        verb += 3  # "who on your team owns that", "who at the shop handles..."
    elif verb < len(lowered) and lowered[verb] in {"there", "here"}:
        verb += 1  # "who there handles the books"
    if verb < len(lowered) and lowered[verb] in _ADVERBS:
        verb += 1  # "who usually handles..."
    if (
        lowered[verb : verb + 1] == ["is"]
        and verb + 1 < len(lowered)
        and _doing(lowered[verb + 1])
        and (lowered[i - 1] in _TOPIC_NOW or _topic_put_first(lowered, gaps, i))
    ):
        # "your generator now, who is servicing it": the thing put first, then the question
        # (not "we work with tom, who is helping your team", a relative clause)
        verb += 1
    elif not _verb_after(lowered, verb):
        return False
    n = len(lowered)
    following = next((k for k in range(verb + 1, n) if pause(gaps[k])), None)
    if following is None:
        return not gaps[n].strip()
    if pause(gaps[following], strong=True) or following + 1 >= n:
        return False
    # the next clause offers the answers, closing the line: "..., you or the doctors"
    if (
        n - following <= 6
        and "or" in lowered[following + 1 : n]
        and not any(pause(gaps[k]) for k in range(following + 1, n))
    ):
        return True
    # the next clause asks too: "is that her", "does she", "or is it ops"
    first, second = lowered[following], lowered[following + 1]
    if first == "or" and following + 2 < n:
        first, second = second, lowered[following + 2]
    return first in _AUX_WORDS and second in _SUBJECTS


# Verbs that, after ", and", go on with the same subject: "can I tell diane you sent me, and
# set up 30 minutes with her tuesday at 2" asks it all.
_SECOND_VERBS = frozenset(
    "set send book put get grab find pencil schedule see talk call email loop show give take make"
    " follow check walk run pass share swing drop come meet".split()
)


def _second_verb(lowered: list[str], at: int) -> bool:
    """Whether the clause at ``at`` is "and" and a verb that shares the question's subject."""
    return lowered[at] == "and" and at + 1 < len(lowered) and lowered[at + 1] in _SECOND_VERBS


_ADVERBS = frozenset("usually normally actually currently generally typically mostly now".split())


_LEAD_IN = frozenset(
    "so and but also quick q question um uh ok okay well just hey oh then like yeah alright right"
    " please kindly".split()
)


# Words that announce a question, after which "who" asks rather than relates: "quick q who
# handles the trucks", "question, who owns that".
# ("then who is taking care of trade shows now": what follows from the answer just given)
_ASKING_LEADS = frozenset("q question quick also so btw then please kindly".split())
# People described, after which ", like who..." relates: "we need someone, like who can drive".
_PEOPLE_WORDS = frozenset(
    "someone somebody anyone anybody people person persons guy guys folks one ones".split()
)
# Words after which "who's" asks, not relates: greetings, fillers, joins.
_NOT_BEFORE_RELATIVE = frozenset(
    "hi hey hello sorry ok okay oh um uh so and but or great right yeah well now then anyway"
    " morning afternoon evening yo".split()
)

_DETERMINERS = frozenset("the a an any your his her their our its those these all".split())


def _a_moment(words: list[str]) -> bool:
    """ "minute", "sec", "quick minute", "spare second": a moment of their time."""
    if words[:1] and words[0] in _A_MOMENT_LEADS:
        words = words[1:]
    return bool(words) and words[0] in _A_MOMENT


_HESITATIONS = frozenset("um umm uh uhh er erm ah".split())


def _before_fillers(lowered: list[str], i: int) -> str:
    """The word before word ``i``, hesitations passed over ("and, um, who": "and")."""
    k = i - 1
    while k > 0 and (not lowered[k] or lowered[k] in _HESITATIONS):
        k -= 1
    return lowered[k] if k >= 0 else ""


# What someone does who owns a job at their place: "and who looks after the closures".
_WHO_DOES_THE_JOB = frozenset(
    "looks handles manages runs decides deals takes owns buys oversees approves signs orders".split()
)
_NOT_DONE_THE = frozenset("trick job math maths work rest honours honors same".split())


def _or_asks_again(lowered: list[str], gaps: list[str], at: int) -> bool:
    """An "or" in the same sentence from word ``at`` on, an auxiliary straight after it:
    the other half of a choice put as a question ("... or is it a rental", "... or do you
    lease them")."""
    for k in range(at, min(len(lowered) - 1, at + 12)):
        if pause(gaps[k], strong=True):
            return False
        if lowered[k] == "or" and lowered[k + 1] in _AUX_WORDS:
            return True
    return False


def _the_thing_going(lowered: list[str], word: str, at: int) -> bool:
    """After ", is the" / ", does the": a thing of theirs, then what it is doing ("are the
    border delays hurting"), or, after "does"/"did", a thing and its verb ("does the border
    hold you up"; not "did the trick")."""
    if word in {"does", "did"}:
        return at + 1 < len(lowered) and lowered[at] not in _NOT_DONE_THE
    return word in {"is", "are", "was", "were"} and any(_doing(w) for w in lowered[at + 1 : at + 4])


# Who "what hurts ..." asks about.
_THEM = frozenset("you your u ur yall y'all youse".split())
# "you", "you all" and "y'all" as a question with its "do" or "are" dropped says them.
_PLAIN_YOU = frozenset(("you", "u", "yall", "y'all", "youse", "yous"))


def _how_theirs_goes(lowered: list[str], gaps: list[str], i: int) -> bool:
    """After "how" at word ``i``, opening a clause: "the" or "your", one to three words, and
    how it goes, its "is" or "are" dropped ("how the new shop at red light going", "how your
    loan officers keeping the records now", "how the new place treating you")."""
    if not _clause_opens_at(lowered, gaps, i):
        return False
    if lowered[i + 1 : i + 2] not in (["the"], ["your"], ["ur"]):
        return False
    for k in range(i + 3, min(i + 8, len(lowered))):
        if pause(gaps[k]) or lowered[k] in _AUX_WORDS:
            return False
        if lowered[k] in _GOING:
            return lowered[k + 1 : k + 2] != ["to"]
        if _doing(lowered[k]):
            # or what they are doing to a thing: "how your loan officers keeping the
            # records now", or to them: "how the new place treating you"
            return lowered[k + 1 : k + 2] != [] and (
                lowered[k + 1] in _OBJECT_OPENERS or lowered[k + 1] in _THEM
            )
    return False


# How a thing goes, asked after: "how the new shop going".
_GOING = frozenset("going doing progressing moving".split())
# Words a "how" clause follows, as its object or its topic: "see how you handling it".
_HOW_AFTER = frozenset(
    "see saw show showed explain hear heard learn like love about on curious wondering"
    " asking ask wonder interested matter matters".split()
)
# Verbs a "which" clause follows as their object, asking nothing: "you know which one",
# "you decide which suits".
_WHICH_AFTER = frozenset(
    "know knew said say tell told mean see saw decide choose pick remember forgot guess"
    " understand wonder ask asked mentioned care chose picked decided".split()
)


def _clause_opens_at(lowered: list[str], gaps: list[str], i: int) -> bool:
    """Word ``i`` opens a clause: the line's start, after a pause, or after a lead-in word
    ("so how the new shop going")."""
    return i == 0 or pause(gaps[i]) or lowered[i - 1] in _LEAD_INS


# What a thing of theirs, put first as the topic, opens on: "the fuel, is it on all the
# buses", "your menus and the banners, who is doing them".
_TOPIC_OPENERS = frozenset("the your ur this that these those".split())
# Words said before the topic: "ok sir. the fuel, ...", "please your menus, ...".
_TOPIC_LEADS = frozenset("so and but ok okay oh sir madam please now then also".split())
# Nouns that announce what follows, not a thing asked about: "the good news, is it works
# with what you have", "the problem, is it ..." said for "the problem is".
_CLEFT_HEADS = frozenset(
    "news thing point problem idea beauty part truth reason question issue trick catch key"
    " difference goal plan worry fact".split()
)
# Who or what the question after the topic is about: the topic said again.
_TOPIC_AGAIN = frozenset("it they he she that those these them".split())


def _topic_put_first(lowered: list[str], gaps: list[str], i: int) -> bool:
    """A comma before word ``i``, and before it a clause that is only a thing of theirs
    named (opening on "the", "your", "this" ...; no auxiliary, so no clause of its own):
    the topic put first, the question about it after the comma ("the fuel, is it on all
    the buses, or ...", "your menus and the banners for the hotel, who is doing them").
    Not "the thing is, is it ..." (a verb in it), nor "we work with tom, who ..."."""
    if i < 2 or "," not in gaps[i] or pause(gaps[i], strong=True):
        return False
    start = _clause_start(lowered, gaps, i - 1, leads=frozenset())
    if start < i - 12:
        return False
    while start < i - 1 and lowered[start] in _TOPIC_LEADS:
        start += 1
    topic = lowered[start:i]
    return (
        len(topic) >= 2
        and topic[0] in _TOPIC_OPENERS
        and topic[-1] not in _CLEFT_HEADS
        and not any(word in _AUX_WORDS or word.endswith(("'s", "'re", "'ll")) for word in topic)
    )


# Who "we" are, said after it: "shall we, you and i, take 30 minutes on friday".
_WE_SPELLED_OUT = (
    ("you", "and", "i"),
    ("you", "and", "me"),
    ("me", "and", "you"),
    ("the", "two", "of", "us"),
    ("both", "of", "us"),
    ("the", "both", "of", "us"),
)


def _we_spelled_out(lowered: list[str], at: int) -> bool:
    """Word ``at`` opens who "we" are: "you and i", "the two of us"."""
    return any(tuple(lowered[at : at + len(words)]) == words for words in _WE_SPELLED_OUT)


# The posts a caller checks the one on the line holds, "are" said as a statement: "You are
# the directrice", "you are the owner of transport wardi" (not "you are the boss", said to
# defer, nor "you are the owner so you decide")
_POSTS = frozenset(
    "owner manager director directrice principal proprietor proprietress ceo md gm headmaster"
    " headmistress administrator accountant buyer secretary chairman chairperson pastor head"
    " person contact".split()
)
_AFTER_POST = frozenset("of at for in here there now".split())


def _post_checked(lowered: list[str], gaps: list[str], at: int) -> bool:
    """Words from ``at`` are "the" and a post, then the sentence ends (perhaps after where:
    "of transport wardi et freres")."""
    if lowered[at : at + 1] != ["the"] or at + 1 >= len(lowered) or lowered[at + 1] not in _POSTS:
        return False
    end = at + 2
    if end < len(lowered) and lowered[end] in _AFTER_POST:
        end = next(
            (
                k
                for k in range(end + 1, min(end + 7, len(lowered) + 1))
                if k == len(lowered) or pause(gaps[k])
            ),
            -1,
        )
    # (the sentence ends there: "you are the owner of the shop, and i think..." tells)
    return end == len(lowered) or (end > 0 and any(mark in gaps[end] for mark in ".!;"))


def _you_opens(lowered: list[str], gaps: list[str], i: int) -> bool:
    """Word ``i`` ("you") opens a clause: the line's start, after a pause, after a lead-in
    ("so you using anything for scheduling") or an announcement ("..., quick one you got
    anyone doing your quoting")."""
    return (
        i == 0
        or pause(gaps[i])
        or (lowered[i - 1] in _LEAD_INS and (i == 1 or pause(gaps[i - 1])))
        or _announced_before(lowered, gaps, i)
    )


def _opens_question(lowered: list[str], i: int, gaps: list[str], raw_next: str = "") -> bool:
    word = lowered[i]
    nxt = lowered[i + 1] if i + 1 < len(lowered) else ""
    if (
        word == "still"
        and nxt in _STILL_FEELING
        and _clause_opens_at(lowered, gaps, i)
        and lowered[i + 2 : i + 3] != []
        and lowered[i + 2] in _STILL_FEELING_ABOUT
    ):
        return True  # "and tell me, the new job, still loving it": "are you" dropped
    if word in {"want", "wanna"}:
        # an offer put as a question: "want me to send an intro tomorrow"
        return (
            nxt in {"me", "us"}
            and lowered[i + 2 : i + 3] == ["to"]
            and (i == 0 or pause(gaps[i]) or lowered[i - 1] in {"so", "ok", "okay", "and"})
        )
    if (
        word in {"that", "it", "this"}
        and nxt == "still"
        and _clause_opens_at(lowered, gaps, i)
        and lowered[i + 2 : i + 3] != []
        and (lowered[i + 2] in _STILL_WHERE or _doing(lowered[i + 2]))
    ):
        return True  # "... now. that still sitting on spreadsheets with your finance fella"
    if (
        word == "your"
        and (i == 0 or pause(gaps[i]))
        and len(nxt) > 3
        and nxt.endswith("s")
        and not nxt.endswith("ss")
    ):
        # "your drivers doing mostly tuas to jurong, or ...": its "are" dropped (not praise:
        # "your guys doing great work")
        at = i + 2
        if lowered[at : at + 1] and lowered[at] in _DOING_ADVERBS | {"mostly", "still", "all"}:
            at += 1
        return at < len(lowered) and _doing(lowered[at]) and lowered[at + 1 : at + 2] not in _PRAISE
    if (
        word in {"you", "your", "u", "ur"}
        and i >= 2
        and lowered[i - 2 : i] == ["tell", "me"]
        and pause(gaps[i])
        and nxt not in {"know", "see"}
    ):
        return True  # "but first, tell me, you are GM now at Coral Sands": what to answer
    if (
        (word in {"you're", "youre"} or (word == "you" and nxt == "are"))
        and _you_opens(lowered, gaps, i)
        and _post_checked(lowered, gaps, i + 1 + (word == "you"))
    ):
        return True  # "You are the directrice", "youre the owner of wardi transport": checked
    if (
        (word in {"you're", "youre"} or (word == "you" and nxt == "are"))
        and _you_opens(lowered, gaps, i)
        and lowered[i + 1 + (word == "you") : i + 2 + (word == "you")] == ["still"]
        and (after := lowered[i + 2 + (word == "you") : i + 3 + (word == "you")])
        and (after[0] in _STILL_WHERE or _doing(after[0]))
    ):
        return True  # "youre still heading operations at ashanti freight": a fact checked
    if word in {"you", "u", "yall", "y'all"} and _you_opens(lowered, gaps, i):
        # "-- you guys still doing the irrigation stuff", "u getting the crowds you
        # wanted": its "are" dropped
        at = i + 1 + (nxt in _PLURAL_YOU)
        rest = lowered[at : at + 3]
        if rest[:1] == ["still"]:
            # "you still at the bank", "you still running the night shift"
            if rest[1:2] and rest[1] in _STILL_WHERE:
                return True
            # "you still the one does the ordering": who they were, "are" dropped
            if rest[1:2] == ["the"] and lowered[at + 2 : at + 3] and lowered[at + 2] in _STILL_WHO:
                return True
            # "yall still got the two stores", "you still have the warehouse on fifth":
            # what they had, checked at the start of a clause
            if rest[1:2] in (["got"], ["have"]) and _clause_opens_at(lowered, gaps, i):
                return True
            # "you still use the granular one or the foliar", "you people still run the
            # yamahas on your boats": what they do, its "do" dropped
            if rest[1:2] and rest[1] in _STILL_DO and lowered[at + 2 : at + 3] != ["to"]:
                return True
            return any(w.endswith("ing") and len(w) > 4 for w in rest[1:])
        if rest[:1] and rest[0] in _DOING_ADVERBS:
            rest = rest[1:]
        # "you got somebody on contract", "you have anyone for that": "do" or "have" dropped
        if rest[:1] in (["got"], ["have"]) and rest[1:2] and rest[1] in _ANY_ONE:
            return True
        if rest[:2] in (["got", "a"], ["have", "a"]) and _a_moment(lowered[at + 2 : at + 4]):
            return True  # "you got a quick minute"
        # "you free thursday at 1", "u around next week": "are" dropped before a time
        if rest[:1] and rest[0] in _FREE and rest[1:2] and rest[1] not in _NOT_AFTER_FREE:
            return True
        # the question word left in place, as English learned late asks: "you import which
        # kind of textiles now" (not "you know which one I mean", "you pick which suits")
        # ("you guys run what, about thirty trucks": a guess asked for, "what" in place)
        if rest[1:2] in (["which"], ["what"]) and rest[0] not in _WHICH_AFTER:
            return True
        return bool(rest) and _doing(rest[0])
    if word in _AUX_WORDS:
        if (
            word in {"did", "does", "do"}
            and nxt in {"that", "this", "it"}
            and how_long(lowered[i + 2 : i + 4])
        ):
            return False  # "did that about six years", "does it for a living": "I" dropped
        if i >= 2 and lowered[i - 2] == "how" and not pause(gaps[i - 1]) and not pause(gaps[i]):
            return False  # "how happy are your customers": the verb of the question "how" opened
        if (
            (nxt, lowered[i + 2] if i + 2 < len(lowered) else "") in _FILLER_PAIRS
            and pause(gaps[i + 1])
            and i + 3 < len(lowered)
            and pause(gaps[i + 3])
        ):
            return False  # "so the crew can, you know, clock in": a filler, not its subject
        if nxt in _SUBJECTS and nxt not in {"that", "this", "it"}:
            # "and several hundred are your customers too": the verb of a clause that
            # opened on its subject ("are your drivers..." after a comma still asks)
            return not (nxt == "your" and word in _BE and _subject_before(lowered, gaps, i))
        # At the start of a clause: "is ray still your contact", "does the crew...", also
        # after a lead-in and a comma: "quick one, is Teodor still the person for...".
        # (a spaced dash breaks speech into clauses too: "oh ok, manhattan, gotcha -- is
        # the reno site on manhattan too")
        clause_start = (
            i == 0
            or pause(gaps[i], strong=True)
            or _spaced_dash(gaps[i])
            or _after_lead_in(lowered, gaps, i)
            or _announced_before(lowered, gaps, i)
        )
        if clause_start and word in {"is", "are"} and nxt in {"there", "this", "that", "it"}:
            return True  # not "the point is that..."
        if (
            word == "is"
            and "," in gaps[i]
            and nxt in {"now", "this"}
            and lowered[i + 2 : i + 3] in _TIME_CHECK_NEXT
        ):
            return True  # "..., is now an ok time for a minute": a time check after a comma
        if _whereabouts_asked(lowered, gaps, i):
            return True  # "..., is Gary in there": whether someone is there
        if (
            word in {"is", "are", "was", "were", "does", "do", "did", "has", "have"}
            and nxt in _TOPIC_AGAIN
            and _topic_put_first(lowered, gaps, i)
        ):
            return True  # "the fuel, is it on all the buses": the topic put first
        if (
            (clause_start or "," in gaps[i])
            and word in {"does", "did"}
            and nxt in {"that", "it", "this"}
            and i + 2 < len(lowered)
        ):
            return True  # "..., does that happen much" ("do that for me" is no question)
        if "," in gaps[i] and nxt == "the" and _the_thing_going(lowered, word, i + 2):
            return True  # "..., are the border delays hurting your loading schedule"
        if "," in gaps[i] and _or_asks_again(lowered, gaps, i + 2):
            # "..., are the panels on your own roof or is it a rental", "if I may ask, is
            # billing done by your own team there, or is it outsourced"
            return True
        # "is teodor nieminen still the person for...": a name typed in lower case
        # ... also after a comma: "quick one while I have you, is sandra still the one...",
        # "..., is that still mr tan or someone in ops"
        if (
            (clause_start or "," in gaps[i])
            and word in {"is", "are"}
            and (
                _still_the(lowered, i + 1)
                or (
                    nxt in {"that", "it", "this", "he", "she"}
                    # (or what it does to them: "the cold room you are using now, is it
                    # giving you any wahala")
                    and i + 3 < len(lowered)
                    and _doing(lowered[i + 2])
                    and lowered[i + 3] in _THEM
                )
                or (
                    nxt in {"that", "it", "this", "he", "she"}
                    # (or how it is going: "..., is it any better now", "..., is that
                    # getting easier")
                    and lowered[i + 2 : i + 3]
                    in (
                        ["still"],
                        ["most"],
                        ["mostly"],
                        ["mainly"],
                        ["all"],
                        ["any"],
                        ["getting"],
                        ["going"],
                        ["working"],
                    )
                )
            )
        ):
            return True
        # "have any of your staff clicked on one", "..., do any of the drivers use it": a
        # question about some of them
        if (
            (clause_start or "," in gaps[i])
            and nxt == "any"
            and lowered[i + 2 : i + 3] == ["of"]
            and i + 3 < len(lowered)
        ):
            return True
        # "while I have you, is it you who handles the file room, or someone else": who
        # it is, asked after a comma
        # (or "that": "..., is that you or someone else"; "..., is it yourself who decide")
        if (
            nxt in {"it", "that"}
            and word in {"is", "was"}
            and "," in gaps[i]
            and lowered[i + 2 : i + 3] in (["you"], ["u"], ["your"], ["yourself"], ["still"])
        ):
            return True
        # "..., is it the principal or the business manager": who it is, a choice put after
        # a comma
        if (
            nxt in {"it", "that"}
            and word in {"is", "was"}
            and "," in gaps[i]
            and lowered[i + 2 : i + 3] in (["the"], ["your"], ["you"])
            and "or" in lowered[i + 3 : i + 8]
        ):
            return True
        # "..., is that true for you too", "..., is that the case over there": whether
        # what was just said holds for them, asked after a comma
        if (
            nxt in {"it", "that", "this"}
            and word in {"is", "was"}
            and "," in gaps[i]
            and (
                lowered[i + 2 : i + 3] in (["true"], ["similar"])
                or lowered[i + 2 : i + 4] in _HOLDS_FOR_THEM
            )
        ):
            return True
        # "a few of my clients are cafes, would an intro to one of those help": a thing
        # offered or proposed, asked after a comma
        if (
            word in _PROPOSING_AFTER_COMMA
            and "," in gaps[i]
            and nxt in {"a", "an", "the", "that", "this", "it", "any"}
            and i + 3 < len(lowered)
        ):
            return True
        # "no pressure at all but would a 20 minute coffee be useful": asked after "but"
        if (
            i >= 1
            and lowered[i - 1] == "but"
            and word in _BUT_ASKS
            and (nxt in _DETERMINERS or nxt in _SUBJECTS)
        ):
            return True
        # "..., would it help if I introduced you": an offer asked after a comma
        if word == "would" and nxt == "it" and lowered[i + 2 : i + 3] in (["help"], ["be"]):
            return True
        # "has counterpoint ever looked at payroll", "did the crew ever finish": asked
        # about ever, with a subject of one word the lists don't know
        # (or still, or already: "before i go on, is retention still top of your list",
        # "quick one, has the team already picked a vendor")
        if (
            clause_start
            and word in _EVER_ASKS
            and nxt.isalpha()
            and nxt not in _NOT_A_SUBJECT
            and lowered[i + 2 : i + 3] in (["ever"], ["still"], ["already"])
        ):
            return True
        # "would 15 min tuesday at 2 work", "does thursday at 10 suit": a time proposed
        if clause_start and word in _PROPOSING and (nxt[:1].isdigit() or nxt in _WHEN_WORDS):
            return True
        # ... said loosely: "would around noon suit you", "does like 2 work"
        if (
            clause_start
            and word in _PROPOSING
            and nxt in _LOOSELY
            and i + 2 < len(lowered)
            and (lowered[i + 2][:1].isdigit() or lowered[i + 2] in _WHEN_WORDS)
        ):
            return True
        # "is payroll something counterpoint has looked at", "does billing come up much":
        # opening the line or a sentence, with a subject the lists don't know
        if (
            (
                i == 0
                or pause(gaps[i], strong=True)
                or (i == 1 and lowered[0] in _GREETINGS)
                or _announced_before(lowered, gaps, i)
            )
            and word in _OPENS_ON_ANY
            and nxt.isalpha()
            and nxt not in _NOT_A_SUBJECT
            and len(lowered) - i >= 3
            # ("is no problem, it's for all business": "it's" with its "it" dropped, as
            # English learned late says it)
            and not (nxt == "no" and lowered[i + 2] in _NO_TROUBLE)
        ):
            return True
        # "good to know, so does Leticia review the invoices": a question joined on by "so"
        # or "and" after a comma, its subject (a name, "the team"...) followed by its verb
        # (not "I love that place, so does Leticia", which says she does too)
        joined_on = (
            i >= 1
            and lowered[i - 1] in {"so", "and"}
            and "," in gaps[i - 1]
            and word in {"does", "did", "is", "was", "has", "will", "would", "can", "could"}
            and i + 3 < len(lowered)
            and not pause(gaps[i + 2])
            and not pause(gaps[i + 1])
        )
        # "Have a good night" and "Have your people call me" ask nothing.
        return (
            (clause_start or joined_on)
            and word != "have"
            and (
                nxt in _DETERMINERS
                or nxt in {"that", "this", "it"}
                or raw_next[:1].isupper()
                # "does sharon look after payroll herself": a name typed in lower case
                or (
                    word in {"does", "did", "is", "was", "has", "will", "would", "can", "could"}
                    and _is_first_name(nxt)
                )
            )
        )

    if word in _WH_WORDS:
        return (
            nxt in _AUX_WORDS
            # its "is" dropped before how a thing of theirs goes: "so how the new shop
            # going", "how your business going these days" (not "how the shop going to ...")
            or (word == "how" and _how_theirs_goes(lowered, gaps, i))
            # ("who am i speaking with", "where am i calling")
            or (nxt == "am" and lowered[i + 2 : i + 3] == ["i"])
            # ... or in a statement's order at the start of a clause: "who I'm talking to
            # please" (not "I know who I'm talking to")
            or (
                word == "who"
                and _clause_opens_at(lowered, gaps, i)
                and lowered[i + 1 : i + 4] in _ME_ON_THE_LINE
            )
            # its "do" dropped, at the start of a clause, as English learned late asks: "How
            # you weigh the vegetables now", "what you use for the rota"
            or (
                word in {"how", "what", "where", "which"}
                and nxt in _PLAIN_YOU
                and (
                    (_clause_opens_at(lowered, gaps, i) and _do_dropped_verb(lowered, gaps, i + 2))
                    # ... or its "are" dropped after the thing it asks about, said first
                    # ("for ur malaysia entities how u all paying suppliers now"), not
                    # after a verb it is the object of ("I know how you doing things")
                    or (
                        i > 0
                        and lowered[i - 1] not in _WHICH_AFTER
                        and lowered[i - 1] not in _HOW_AFTER
                        and _do_dropped_verb(lowered, gaps, i + 2, doing_only=True)
                    )
                )
            )
            or word in _WH_WITH_AUX
            or (word == "how" and nxt in _HOW_MUCH and not _tells_how_much(lowered, i + 2))
            # its "is" run on, its apostrophe perhaps dropped: "how long's your close taking
            # you", "how longs the wait"
            or (word == "how" and nxt in _HOW_MUCH_IS and i + 2 < len(lowered))
            # "how happy are your customers", "how busy is the shop", "how bad are no
            # shows for you": how, a word, a verb and its subject (after an embedding word,
            # "I know how hard it is", the caller has stopped the question already)
            or (
                word == "how"
                and lowered[i + 2 : i + 3] != []
                and lowered[i + 2] in _BE
                and lowered[i + 3 : i + 4] != []
                and lowered[i + 3].isalpha()
                and nxt not in _SUBJECTS
            )
            # "what else is on your list", "who else is involved": a wh-word, "else", a verb
            or (
                nxt == "else"
                and word in {"what", "who", "where"}
                and lowered[i + 2 : i + 3] != []
                and lowered[i + 2] in _AUX_WORDS
            )
            # "what kind of introductions would help you": a kind of thing, then an auxiliary
            or (
                word == "what"
                and nxt in _KIND
                and lowered[i + 2 : i + 3] == ["of"]
                and _aux_before_subject(lowered[i + 3 : i + 7])
            )
            # "which model is it", "what system do you use": a thing, then the auxiliary
            # before its subject
            or _which_thing_is_it(lowered, i)
            # "who handles billing there", "who runs the trucks": who and a verb
            or (word == "who" and _verb_after(lowered, i + 1))
            # "what hurts you more this season", "what keeps your drivers late": what, a
            # verb, and them
            or (
                word == "what"
                and len(nxt) > 3
                and nxt.endswith("s")
                and not nxt.endswith(("ss", "'s", "us"))
                and nxt not in _NOT_THINGS
                and lowered[i + 2 : i + 3] != []
                and lowered[i + 2] in _THEM
            )
            # "when the buyers don't take everything, what happens to the rest": what comes
            # of something, at the start of a clause
            or (
                word == "what"
                and nxt in {"happens", "happened"}
                and _clause_opens_at(lowered, gaps, i)
                and lowered[i + 2 : i + 3] != []
                and lowered[i + 2] in _WHAT_HAPPENS_TO
            )
            # "..., which suits", "which works better for you": a choice put to them
            or (word == "which" and nxt in {"suits", "suit", "works", "work"})
            # ... with where they are in between: "who on your team owns that"
            or (
                word == "who"
                and nxt in {"on", "at", "in"}
                and lowered[i + 2 : i + 3] in (["your"], ["the"])
                and _verb_after(lowered, i + 4)
            )
            or (word == "who" and nxt in _ADVERBS and _verb_after(lowered, i + 2))
            # its "do" dropped, the clause ending on the preposition the question word is
            # the object of: "When you need them by", "who you order from"
            or (
                word in {"when", "who", "where"}
                and nxt in _PLAIN_YOU
                and _clause_opens_at(lowered, gaps, i)
                and _ends_on_stranded(lowered, gaps, i + 2)
            )
        )
    return False


# The prepositions a question may end on, its object the question word: "... need them by".
_STRANDED = frozenset("by for from to with at about".split())


def _ends_on_stranded(lowered: list[str], gaps: list[str], start: int) -> bool:
    """From word ``start`` (after "when you", "who you"...), a verb and at most five words,
    with no pause, running to the end of the line on a preposition."""
    n = len(lowered)
    if start >= n - 1 or n - start > 6 or lowered[start] in _AUX_WORDS:
        return False
    if any(pause(gaps[k]) for k in range(start + 1, n)):
        return False
    return lowered[-1] in _STRANDED and not gaps[n].strip(" .!")


# What "what happens" asks about after it: "what happens to the rest", "... with the
# leftovers", "... when a driver is sick", "... after the harvest", "... if the truck is late".
_WHAT_HAPPENS_TO = frozenset("to with when if after at on".split())
# What follows "is now" or "is this" in a time check: "is now a good time", "is this ok".
_TIME_CHECK_NEXT = (["a"], ["an"], ["ok"], ["okay"], ["good"], ["bad"], ["alright"], ["still"])
# A filler set off by commas: "can, you know, brand them", "is, i mean, the point".
_FILLER_PAIRS = frozenset({("you", "know"), ("i", "mean"), ("you", "see")})
_WHO_WITH_AUX = frozenset("whos who's who've whove who'll wholl".split())
_EVER_ASKS = frozenset("has have had did does do is are was were".split())
# Verbs that open a question whatever subject follows, at the start of a line or sentence
# (not "is fine by me", "is what it is": words that are no subject).
_OPENS_ON_ANY = frozenset("is are does did".split())
# Titles written with a full stop ("Dr. Okafor"): the stop ends no sentence.
_TITLES = frozenset("mr mrs ms mx dr prof".split())
_GREETINGS = frozenset("hi hey hello".split())
_NO_TROUBLE = frozenset("problem problems worries worry trouble bother matter".split())
_NOT_A_SUBJECT = frozenset(
    "fine good great ok okay what all not perfect cool right just very so too also why how done".split()
)
_HOW_MUCH = frozenset("much many long often soon far big old late early".split())
_HOW_MUCH_IS = frozenset("long's longs far's big's old's".split())
# A guess asked for before "how": "about how many...", "roughly how often..." (not "we
# talked about how you...", which tells: only at a clause's start).
_GUESS_LEADS = frozenset("about roughly around approximately ballpark".split())
# Verbs that open a question after "but" ("..., but would a coffee help", "but is it worth it").
_BUT_ASKS = frozenset("would could can will shall should do does is are".split())


_BE = frozenset("is are was were".split())
_SUBJECT_LEADS = _LEAD_INS | {"but"}
# Words that open a subject: "several hundred", "most of them", "the ones in ohio".
_SUBJECT_OPENERS = frozenset(
    "several most many some all half both few lots plenty none the those these a".split()
)


def _subject_before(lowered: list[str], gaps: list[str], i: int) -> bool:
    """Word ``i`` ("are") follows, with no pause, a clause's subject: a short phrase opening
    on a quantity or a determiner, perhaps after "and" or "so", with no verb of its own
    ("and several hundred", "the shops in ohio"; not "thanks for taking my call")."""
    k = i
    while k > 0 and not pause(gaps[k]) and i - k < 6:
        k -= 1
    if k > 0 and not pause(gaps[k]):
        return False  # longer than a subject phrase
    phrase = lowered[k:i]
    while phrase and phrase[0] in _SUBJECT_LEADS:
        phrase = phrase[1:]
    return (
        bool(phrase)
        and (phrase[0] in _SUBJECT_OPENERS or phrase[0].isdigit())
        and not any(w in _AUX_WORDS or _doing(w) for w in phrase)
    )


_KIND = frozenset("kind kinds sort sorts type types".split())


_LEAVE_TO_ASK = frozenset({("let", "me"), ("can", "i"), ("may", "i"), ("could", "i")})


def _announced_question(lowered: list[str], gaps: list[str]) -> None:
    """ "question tho - when a unit fails overnight who finds out": the clause after "quick
    question:" (or "question for you -") is the question, running to the line's end or its
    next full stop, and gets the mark."""
    n = len(lowered)
    for k in range(n - 1):
        quick_one = lowered[k] == "one" and k > 0 and lowered[k - 1] == "quick"
        # ("let me ask, the water you people use, is it from the borehole": leave to ask,
        # then the question)
        leave = lowered[k] == "ask" and k > 1 and tuple(lowered[k - 2 : k]) in _LEAVE_TO_ASK
        if lowered[k] != "question" and not quick_one and not leave:
            continue
        j = k + 1
        if lowered[j] in {"tho", "though", "only"}:
            j += 1  # (and "one question only: ...")
        elif lowered[j : j + 2] == ["for", "you"]:
            j += 2
        elif leave and lowered[j] in ("you", "u"):
            j += 1
        if j >= n or not pause(gaps[j]) or "." in gaps[j] or "?" in gaps[j]:
            continue
        if quick_one and not any(mark in gaps[j] for mark in ":-—–"):
            continue  # "quick one: where do they wait" (not "keep it a quick one, how ...")
        # (or a choice put: "one question only: your containers, they go through tema
        # now, or lome"; not a reply, "good question - we do both, cash or card")
        choice = k > 0 and lowered[k - 1] in _ONE_QUESTION and "or" in lowered[j : j + 12]
        if not choice and not any(w in _WH_WORDS or w in _AUX_WORDS for w in lowered[j : j + 12]):
            continue
        end = j + 1
        while end < n and not pause(gaps[end], strong=True):
            end += 1
        after = gaps[end]
        stripped = after.lstrip()
        if stripped[:1] in {".", ";", "!"}:
            gaps[end] = after[: len(after) - len(stripped)] + "?" + stripped[1:]
        elif stripped[:1] != "?":
            gaps[end] = "?" + after
        return


def _aux_before_subject(words: list[str]) -> bool:
    """ "introductions would help you" asks; "work we do is" tells."""
    for w in words:
        if w in _AUX_WORDS:
            return True
        if w in _SUBJECTS:
            return False
    return False


def _is_first_name(word: str) -> bool:
    from roleplay.language.repair import first_names  # repair imports this module

    return word in first_names()


def _tells_how_much(lowered: list[str], k: int) -> bool:
    """ "how much time it saves you": a subject and its verb, no auxiliary before them,
    tells rather than asks ("how much time do you lose" asks; so does "how many of your
    routes are on contracts", some of theirs as its subject)."""
    if lowered[k : k + 1] == ["of"]:
        return False
    for _ in range(3):
        if k + 1 >= len(lowered) or lowered[k] in _AUX_WORDS:
            return False
        if lowered[k] in _SUBJECTS:
            if lowered[k + 1] in {"guys", "all", "folks"} and k + 2 < len(lowered):
                k += 1  # "how many rooms u guys have now": the subject is "u guys"
            verb = lowered[k + 1]
            # "how many trucks you running": an auxiliary dropped, still a question
            return verb not in _AUX_WORDS and verb.endswith(("s", "ed")) and not verb.endswith("ss")
        k += 1
    return False


_PROPOSING = frozenset("would does do will could is".split())
_WHEN_WORDS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday mon tue wed thu thur
    fri sat sun tomorrow tonight next noon half""".split()
)
_LOOSELY = frozenset("around say".split())
_LEAD_IN_WORDS = frozenset(
    # ("quick question first, how many of your routes...": "first", "then", "though")
    "quick one question thing q also so and ok okay hey um uh right more last another real"
    " first then though".split()
)


# After "still": a role ("still the person", "still your contact"), or whether a detail
# still holds ("is jo@acme.com still good", "is that number still right").
_STILL_WHAT = frozenset(
    "the your good right correct valid current accurate active there with around at in on ok okay".split()
)


def _still_the(lowered: list[str], k: int) -> bool:
    """One to three words, then "still/now/currently the/your", or "still" and whether it
    holds: "teodor still your...", "the old address still good"."""
    for j in range(k + 1, min(k + 4, len(lowered) - 1)):
        if lowered[j] in {"still", "now", "currently"} and (
            lowered[j + 1] in {"the", "your"}
            or lowered[j + 1].endswith("ing")
            or (lowered[j] == "still" and lowered[j + 1] in _STILL_WHAT)
        ):
            return True
    return False


def _after_lead_in(lowered: list[str], gaps: list[str], i: int) -> bool:
    """Word ``i`` follows nothing but a lead-in: after a comma ("quick one, is..."), or up
    to three spoken words ("and", "so", "oh yeah"...) opening the line, a sentence or a
    clause ("and is jo still there", "oh yeah is that mostly at weekends", "..., yeah is
    that still how you price jobs")."""
    if i == 0:
        return False
    if "," not in gaps[i]:
        # (a word or two said first, no comma typed: "oh yeah is that mostly at weekends")
        k = i
        while (
            k > 0
            and i - k < 3
            and lowered[k - 1] in _SPOKEN_LEADS
            and not pause(gaps[k], strong=True)
        ):
            k -= 1
        # (a comma before them too: "..., yeah is that still how you price jobs")
        return k < i and (k == 0 or pause(gaps[k]))
    before = _sentence_before(lowered, gaps, i)
    return (
        all(w in _LEAD_IN_WORDS for w in before)
        # an announcement and its comma: "out of curiosity, is that in house"
        or " ".join(w for w in before if w not in _LEAD_IN_WORDS) in _ANNOUNCEMENTS
        or (("ask" in before or "asking" in before) and _asks_leave(before))
        # holding back what comes next: "before I go on, is that on your radar"
        or (before[:1] == ["before"] and len(before) <= 6 and not _GOING_ON.isdisjoint(before))
        # taking the chance while they are there: "while I've got you, is gemma the one who
        # signs off the orders", "since you're on the line, does ..."
        or (
            before[:1] in (["while"], ["since"], ["now"])
            and len(before) <= 8
            and _WHILE_I_HAVE_YOU.match(" ".join(before)) is not None
        )
        # a condition put first: "if it's worth a look, would a coffee tuesday suit"
        # (with more than a word or two after it: not "..., if that matters, is the thing")
        or (
            lowered[i] in _AFTER_CONDITION
            and len(lowered) - i >= 4
            and _condition_first(_sentence_before(lowered, gaps, i, strong=False))
        )
    )


# The chance taken while they are on the phone, said before a question: "while I've got
# you", "since I have you on the line", "now that you're here".
_WHILE_I_HAVE_YOU = Lazy(
    r"(?:while|since|now(?:\s+that)?)\s+(?:(?:i've|ive|i\s+have|i)\s+(?:got|have)\s+you"
    r"|you(?:'re|\s+are|re)(?=\s+(?:still\s+)?(?:on\b|there$|here$))(?:\s+still)?)"
    r"(?:\s+(?:on\s+the\s+(?:line|phone)|there|here))?$"
)


# What asks after a condition ("if that works, would..."); not "did" or "was", which tell
# ("if you remember, was a good night").
_AFTER_CONDITION = frozenset("is are does do can could would will should".split())


# What opens the subject of "X is Y" said as "what we do, basically, is we take the whole
# hiring off your plate", "all we need, really, is a signature", "the thing is, is we never
# got it": the "is" after the commas is the sentence's own verb, not a question put.
_CLEFT_SUBJECTS = frozenset(
    "i we you they he she it people everyone most i'd we'd you'd i'll we'll i've we've".split()
)
_IS_SUBJECTS = frozenset("it that this there he she".split())
_CLEFT_NOUNS = frozenset(
    "thing things problem point idea reason issue plan goal trick key difference catch beauty"
    " truth deal bit part".split()
)


#: Words that open a sentence, found capitalised straight after a lower-case word: the stop
#: before them was not typed ("..., more or less Because if it's over 80 euros, ...").
LOST_STOP_OPENERS = frozenset(
    "because and but so if then we our my also anyway honestly it's that's".split()
)


_ASKED_WHERE = frozenset("there around available in free here".split())


def _is_name_said(lowered: list[str], gaps: list[str], names: list[str], i: int) -> bool:
    """ "Is Dmitri Topal." opening a sentence: two capitalised words and a full stop typed
    after them, "it's" said "is" before the caller's name (not "Is Dmitri there?"); or,
    opening the line, the two words and where from ("is Nadege Bikoro from Medistock. good
    morning"), with no whereabouts asked after them ("is Mark Dee from sales there")."""
    if not (
        i + 2 < len(lowered)
        and (i == 0 or pause(gaps[i], strong=True))
        and names[i + 1][:1].isupper()
        and names[i + 2][:1].isupper()
        and not gaps[i + 1].strip()
        and not gaps[i + 2].strip()
    ):
        return False
    if names[i][:1] == "I" and gaps[i + 3].lstrip()[:1] == ".":
        return True
    # ... or, opening the line, where from: "is Nadege Bikoro from Medistock. good morning"
    # (not "is Mark Dee from sales there", asking for someone)
    if i != 0 or i + 3 >= len(lowered) or lowered[i + 3] not in ("from", "with"):
        return False
    end = i + 4
    while end < len(lowered) and not pause(gaps[end], strong=True):
        end += 1
    return _ASKED_WHERE.isdisjoint(lowered[i + 4 : end])


# Who makes the plan a cleft announces, and goes on to tell it: "then what I'll do -- I
# courier you ...".
_PLAN_TELLERS = frozenset("i we i'll we'll i'd we'd ill".split())


def _announced_plan(lowered: list[str], gaps: list[str], i: int) -> int:
    """ "then what I'll do -- I courier you three sample mats": "what", a subject and a verb
    or two, then a pause and the plan itself told (no "what will I do?" asked). Where the
    plan starts, or 0."""
    if lowered[i] != "what" or i + 2 >= len(lowered) or lowered[i + 1] not in _PLAN_TELLERS:
        return 0  # (our plan: not "and what you do, we can help with", which asks)
    for j in range(i + 2, min(i + 5, len(lowered))):
        if pause(gaps[j]):
            told = lowered[j] in _PLAN_TELLERS and any(mark in gaps[j] for mark in ",:-—–")
            return j if told else 0
    return 0


def _cleft(before: list[str], after: list[str]) -> bool:
    """The words before a clause-opening "is" are the subject it needs ("so what we do,
    basically"), not a sentence of their own ("what we do is great, is that right"), and
    no subject follows the "is" as in a question ("so what you do, is it mostly
    residential?"; but "the thing is, is that we..." says it twice)."""
    k = 0
    while k < len(before) and before[k] in _LEAD_IN_WORDS:
        k += 1
    words = before[k:]
    if words[:1] != ["what"]:
        # the cleft opening a later clause of the sentence: "right, that's exactly, okay so
        # what we'd bring, and bear with me here, is we do the..."
        for j in range(len(words) - 2, 0, -1):
            if words[j] == "what" and words[j + 1] in _CLEFT_SUBJECTS:
                words = words[j:]
                break
    if len(words) < 2 or len(words) > 10:
        return False
    if words[0] in {"what", "all"}:
        opens = words[1] in _CLEFT_SUBJECTS
    else:
        opens = words[0] == "the" and not _CLEFT_NOUNS.isdisjoint(words[1:3])
    if not opens:
        return False
    if words[-1] in _BE:
        return True  # "the thing is, is ..."
    if after and after[0] in {"we", "i"}:
        return True  # "what we'd do, and stop me if this is boring, is we fit...": no "is we?"
    return not (after and after[0] in _IS_SUBJECTS) and not any(w in _BE for w in words[1:])


# The subjects a main clause after a relative one opens with: "..., which is about two
# thousand more a year, it's twelve percent off".
_MAIN_CLAUSE_OPENERS = frozenset(
    "it's its it that's thats you'd youd you'll youll you we'd we'll we i'd i'll it'd that'd"
    " there's theres".split()
)


def _main_clause_after(lowered: list[str], gaps: list[str], i: int) -> bool:
    """The clause opened at word ``i`` ends at a comma and a main clause follows it in the
    same sentence."""
    for k in range(i + 1, len(lowered)):
        if pause(gaps[k], strong=True):
            return False
        if pause(gaps[k]):
            return lowered[k] in _MAIN_CLAUSE_OPENERS
    return False


def _condition_first(before: list[str]) -> bool:
    """The words before the comma are one short condition: "if it's worth a look", "and if
    you're open to it" (not a statement with an "if" in it: "I'd call if...")."""
    k = 0
    while k < len(before) and before[k] in _LEAD_IN_WORDS:
        k += 1
    return before[k : k + 1] == ["if"] and len(before) - k <= 12


# What "before ..." holds back, when the clause after the comma asks: "before I go on",
# "before we go any further", "before I keep going".
_GOING_ON = frozenset("go going continue keep further ramble dive jump launch".split())


# What may follow "ask you" when it announces the question after the comma: "let me ask
# you one thing then, are the routes...", "can I ask you something real quick, is...".
_ASKER = frozenset("me i to lemme gotta wanna gonna just".split())
_ASK_OBJECTS = frozenset(
    "you ya u something one thing a question quick real quickly this then though tho".split()
)


def _asks_leave(before: list[str]) -> bool:
    """The words before end in asking leave to ask ("let me ask you one thing then"): the
    clause after the comma is the question."""
    for k in range(len(before) - 1, max(len(before) - 7, -1), -1):
        word = before[k]
        if word in {"ask", "asking"}:
            # (the caller's own asking: "let me ask", "can I ask", "I wanted to ask"; not
            # "they ask you, ...")
            return (
                k >= 1
                and before[k - 1] in _ASKER
                and k + 1 < len(before)
                and before[k + 1] in {"you", "ya", "u"}
            )
        if word not in _ASK_OBJECTS:
            return False
    return False


# Who the caller is talking to, in a statement's order: "(who) i'm talking to", "(who) im
# speaking with".
_ME_ON_THE_LINE = [
    [me, verb, to]
    for me in ("i'm", "im")
    for verb in ("talking", "speaking")
    for to in ("to", "with")
]
# When a question is asked about, said before its "who" or "which": "currently who is
# handling...", "these days which carrier do you use".
_WHEN_LEADS = frozenset(
    (
        "currently",
        "nowadays",
        "presently",
        "today",
        "these days",
        "right now",
        "at the moment",
        "now",
        # (or how it usually goes: "usually who is the responsible for ordering them")
        "usually",
        "normally",
        "generally",
        "typically",
    )
)


def _when_asked_before(lowered: list[str], gaps: list[str], i: int) -> int:
    """How many words open the sentence before word ``i`` when they say only when it is
    asked about, after lead-ins ("so currently", "these days"); else 0."""
    before = _sentence_before(lowered, gaps, i)
    said = " ".join(w for w in before if w not in _LEAD_IN_WORDS)
    return len(before) if said in _WHEN_LEADS else 0


def _only_lead_in_before(lowered: list[str], gaps: list[str], i: int) -> bool:
    """Nothing but lead-in words open the sentence before word ``i``: "quick one -- who
    grabs your calls" (a relative "who" follows a noun of substance: "my brother, who...")."""
    lead = _sentence_before(lowered, gaps, i)
    return not _ANNOUNCING.isdisjoint(lead) and all(w in _LEAD_IN_WORDS for w in lead)


def _sentence_before(lowered: list[str], gaps: list[str], i: int, strong: bool = True) -> list[str]:
    """The words of word ``i``'s sentence that come before it (back to a full stop, a
    question mark, a semicolon or a colon); with ``strong`` False, of its clause (back to
    any pause, a comma too)."""
    k = i - 1
    while k > 0 and not pause(gaps[k], strong=strong):
        k -= 1
    return lowered[k:i]


# Words that announce a question ("quick one", "one question", "q"), not a reply ("right,
# which is why I called", "yeah, who knows").
_ANNOUNCING = frozenset("quick question q thing".split())
#: What announces a question that follows without a pause: "quick one you got anyone...",
#: "out of curiosity does finance get pulled in".
_ANNOUNCEMENTS = (
    "quick one",
    "quick question",
    "quick q",
    "one question",
    "question",
    "q",
    "out of curiosity",
    "just curious",
    "i'm curious",
    "curious",
)


#: The last word of every announcement (a cheap test first).
_ANNOUNCEMENT_ENDS = frozenset(a.split()[-1] for a in _ANNOUNCEMENTS)


# A choice about them put in the order of a statement, as Indian and learners' Englishes put
# it: "you are handling support yourself only or you are having a team", "your company will
# exhibit again this year, or you are only visiting" (the line's last sentence; each half
# with its subject and verb).
_YOU_OR_YOU_VERBS = frozenset(
    "are have has do does will would use uses using still currently only just is were was".split()
)
_YOU_OR_YOU_OPENERS = frozenset("and so eh ok okay oh ah also".split())


def _choice_sentence(lowered: list[str], gaps: list[str]) -> list[str]:
    """The words of the line's last sentence, its openers ("and", "so", "ok"...) left out,
    where a choice put as a statement is read; empty when the line has no "or"."""
    if "or" not in lowered:
        return []
    words = _sentence_before(lowered, gaps, len(lowered))
    while words[:1] and words[0] in _YOU_OR_YOU_OPENERS:
        words = words[1:]
    return words


# How the other half of a choice about them may narrow the first: "... or only the phone",
# "... or just the front desk", "... or now its only day".
_NARROWED = frozenset("only just now mostly".split())
# Typed short: "u r making it in peren itself or u send it".
_TYPED_YOU = {"u": "you", "ur": "your", "r": "are"}
# After "or you", what no choice goes on with: a modal ("or you can email me") or a filler.
_NO_SECOND_HALF = frozenset(
    "can could may might must should shall will would know see mean".split()
)


def _you_or_you(lowered: list[str], gaps: list[str]) -> bool:
    words = _choice_sentence(lowered, gaps)
    start = len(lowered) - len(words)
    # (after the thing it is about, said first: "so ur jam, u r making in peren itself or
    # u send to dimapur")
    for k in range(1, min(4, len(words))):
        if "," in gaps[start + k]:
            if words[0] in ("your", "ur", "the"):
                words = words[k:]
            break
    words = [_TYPED_YOU.get(w, w) for w in words]
    if len(words) < 5:
        return False
    if words[0] == "you":
        verb = 2 if words[1] in _PLURAL_YOU else 1  # ("you people are still running ...")
    elif words[0] == "your":
        verb = 2  # "your company will ..."
    else:
        return False
    if words[verb : verb + 1] == [] or words[verb] not in _YOU_OR_YOU_VERBS:
        return False
    if "welcome" in words or "free" in words:
        return False  # an offer: "you are welcome to call or just email"
    # (the other half narrowed, at the end: "you are the one who does the orders too or
    # only the phone", "you people are still running the night shift or now its only day")
    n = len(words)
    for k in range(max(verb + 2, n - 6), n - 1):
        if (
            words[k] == "or"
            and words[k + 1] in _NARROWED
            and words[verb] in _STANDING
            # (not a way to reach us: "you have my number, or just email me")
            and _OUR_SUBJECTS.isdisjoint(words[k + 2 :])
            and not {"me", "us"} & set(words[k + 2 :])
        ):
            return True
    # (a thing going on, then any other verb: "you are making it here or you send it")
    going_on = words[verb] in ("are", "is") and words[verb + 1].endswith("ing")
    for k in range(verb + 2, len(words) - 2):
        if (
            words[k] == "or"
            and words[k + 1] == "you"
            and (
                words[k + 2] in _YOU_OR_YOU_VERBS
                or (going_on and words[k + 2].isalpha() and words[k + 2] not in _NO_SECOND_HALF)
            )
        ):
            return True
        if (
            words[k] == "or"
            and words[k + 1] == "your"
            and k + 3 < len(words)
            # (a name after whose: "or your brother hassan is doing it now")
            and (words[k + 3] in _YOU_OR_YOU_VERBS or words[k + 4 : k + 5] == ["is"])
        ):
            return True  # "you are the owner, or your brother is the owner"
    return False


_NOT_THE_OTHER_HALF = frozenset("know see mean guys".split())


def _still_doing_or_you(lowered: list[str], gaps: list[str]) -> bool:
    """A choice about them, its first subject dropped: "and the workshop, still doing the
    cane sofas or you shifted fully to the hotel orders now" (a clause that opens on
    "still" and a verb going on, then "or you" and a verb; not "we are still doing it or
    you know", nor "or you know", a filler)."""
    words = _choice_sentence(lowered, gaps)
    n = len(lowered)
    start = n - len(words)
    for k in range(start, n - 4):
        if lowered[k] != "still" or not lowered[k + 1].endswith("ing") or len(lowered[k + 1]) < 5:
            continue
        if k > start and not pause(gaps[k], strong=False):
            continue  # "still" must open a clause: nobody named before it
        for j in range(k + 2, min(n - 2, k + 14)):
            if pause(gaps[j], strong=True):
                break
            if (
                lowered[j] == "or"
                and lowered[j + 1] in ("you", "u")
                and lowered[j + 2] not in _NOT_THE_OTHER_HALF
            ):
                return True
    return False


# Whether someone on the record is still with them, said as a statement at the end of the
# line, a clause of its own: "before it was Marina Volkova -- she is still with you" (not "I
# know she is still with you", where a clause leads to it).
_STILL_ENDS = ("with you", "there", "with your company", "with the company", "working there")
_STILL_WITH = Lazy(
    r"(?:^|[.!?;:,]\s*|\s[-–—]+\s*)(?:(?:and|so|but)\s+)?(?:he|she|they|[a-z][a-z'-]+)\s+(?:is|are|'s|'re)\s+still\s+"
    r"(?:with\s+(?:you|your\s+company|the\s+company)|there|working\s+there)\W*$"
)
_STILL_SUBJECTS = frozenset("he she they".split())


def _still_with_them(lowered: list[str], gaps: list[str]) -> bool:
    n = len(lowered)
    if n < 4 or "still" not in lowered[-5:]:
        return False
    k = n - 1 - lowered[::-1].index("still")
    if k < 2 or lowered[k - 1] not in {"is", "are", "'s", "'re"}:
        return False
    if " ".join(lowered[k + 1 :]) not in _STILL_ENDS:
        return False
    subject = k - 2
    opens = subject == 0 or pause(gaps[subject])
    if not opens and subject >= 1 and lowered[subject - 1] in {"and", "so", "but"}:
        opens = subject - 1 == 0 or pause(gaps[subject - 1])
    return opens and (lowered[subject] in _STILL_SUBJECTS or _is_first_name(lowered[subject]))


# A plan with its day or hour, then "okay" put to them: "so tomorrow eleven o'clock i send
# my engineer, okay" (not "thanks, okay", nor "i sent it yesterday, ok").
_OKAY_TAGS = frozenset("okay ok okey".split())
# The days a plan or a slot names (also how a slot said first opens: _slot_then_okay).
_CLOCK_START = frozenset(
    "tomorrow tonight monday tuesday wednesday thursday friday saturday sunday".split()
)
_SHORT_DAYS = frozenset("mon tue tues wed thu thur thurs fri sat sun".split())
_PLAN_DAYS = (
    _CLOCK_START | _SHORT_DAYS | frozenset("o'clock oclock am pm morning afternoon evening".split())
)
_PLANNERS = frozenset("i we i'll we'll ill well".split())
_NOT_A_PLAN = frozenset("am are was were have had 're 'm 've do did don't dont".split())


def _plan_then_okay(lowered: list[str], gaps: list[str]) -> bool:
    n = len(lowered)
    if n < 5 or lowered[n - 1] not in _OKAY_TAGS or "," not in gaps[n - 1]:
        return False
    words = _sentence_before(lowered, gaps, n - 1)
    # (someone who will do something: not "we are open monday to friday, ok")
    doing = any(
        w in _PLANNERS and words[k + 1] not in _NOT_A_PLAN for k, w in enumerate(words[:-1])
    )
    return (
        doing
        and not _PLAN_DAYS.isdisjoint(words)
        and "yesterday" not in words
        and "last" not in words
    )


# A slot said first, then "ok" put to them, its "?" dropped: "thursday 3pm at ur new shop
# ok", "so tomorrow 10am ok" (not "we're open monday to friday ok", nor "i was there on
# tuesday ok": the sentence opens with the day or the hour; nor "thursday we close early
# ok": a slot names no one doing anything).
_SLOT_LEADS = frozenset("so then and ok okay how about".split())
_SOMEONE_DOING = frozenset("i we you u they he she it is are was were i'm we're it's its".split())


def _slot_then_okay(lowered: list[str], gaps: list[str]) -> bool:
    n = len(lowered)
    if n < 3 or lowered[n - 1] not in _OKAY_TAGS:
        return False
    words = _sentence_before(lowered, gaps, n - 1)
    k = 0
    while k < len(words) and words[k] in _SLOT_LEADS:
        k += 1
    if k == len(words) or len(words) - k > 10:
        return False
    first = words[k]
    return (
        (first in _CLOCK_START or first in _SHORT_DAYS or first.rstrip("apm").isdigit())
        and "yesterday" not in words
        and "last" not in words
        and _SOMEONE_DOING.isdisjoint(words)
    )


# Whether a record read back still holds, tagged on after a comma: "we have here Mr. Romeo
# Lansangan as the training coordinator, still him".
_STILL_PRONOUNS = ("him", "her", "them", "you", "there")
_STILL_TAGS = tuple(f"still {who}" for who in _STILL_PRONOUNS)


def _still_tag(lowered: list[str], gaps: list[str]) -> bool:
    """The line ends on ", still him" (or her, them, you, there)."""
    n = len(lowered)
    return (
        n >= 4
        and lowered[n - 2] == "still"
        and lowered[n - 1] in _STILL_PRONOUNS
        and "," in gaps[n - 2]
        and not pause(gaps[n - 1])
    )


# The way things stand with them, then the other way they could: "so shwetha maam is
# handling the book orders also or it goes thru principal office now", "you do the
# ordering yourself or it goes through head office".
_STANDS_VERBS = frozenset(
    "is are does do has have handles handle takes take runs run manages manage".split()
)
_GOES_SUBJECTS = frozenset("it that he she they someone somebody".split())
_GOES_VERBS = frozenset("goes is are comes does has gets happens runs".split())
# (the unions the reading below looks words up in, built once)
_CHOICE_VERBS = _STANDS_VERBS | _YOU_OR_YOU_VERBS
_GOES_OR_STANDS_VERBS = _GOES_VERBS | _STANDS_VERBS
_HONORIFICS = frozenset("ma'am maam madam sir ji sahib saheb bhai didi".split())


def _one_way_or_another(lowered: list[str], gaps: list[str]) -> bool:
    words = _choice_sentence(lowered, gaps)
    if len(words) < 6 or "or" not in words or not _CONDITIONS.isdisjoint(words):
        return False
    if words[0] == words[1] and words[0] in _THEIR_SUBJECTS:
        words = words[1:]  # the pronoun put first, then said again: "and you, you are..."
    if words[0] in _THEIR_SUBJECTS:
        verb = 1 if words[0] != "your" else 2  # "you do...", "your office handles..."
    elif words[1] in _HONORIFICS or _is_first_name(words[0]):
        verb = 2 if words[1] in _HONORIFICS or words[1] not in _STANDS_VERBS else 1
    elif words[0] == "the":
        # a thing of theirs, then the other way put about them: "the caisse is sending them
        # by sms now or your agents are calling the clients one by one"
        verb = next((k for k in (2, 3, 4) if words[k] in _CHOICE_VERBS), 0)
        # (or "or you" and a verb of theirs: "and the store, it is cement floor or you put
        # the bags on wood pallets")
        return verb > 0 and any(
            words[k] == "or"
            and (
                (
                    words[k + 1] in ("your", "ur")
                    and not _GOES_OR_STANDS_VERBS.isdisjoint(words[k + 3 : k + 5])
                )
                or (
                    words[k + 1] in ("you", "u")
                    and words[k + 2].isalpha()
                    and words[k + 2] not in _NO_SECOND_HALF
                )
            )
            for k in range(verb + 2, len(words) - 3)
        )
    else:
        return False
    if words[verb : verb + 1] == [] or words[verb] not in _CHOICE_VERBS:
        return False
    return any(
        words[k] == "or"
        and (
            (words[k + 1] in _GOES_SUBJECTS and words[k + 2] in _GOES_VERBS)
            # ... or the caller's other way: "you are the one who keeps his diary, or i
            # should go through someone else"
            or (words[k + 1] in ("i", "we") and words[k + 2] in _SHOULD_I)
            or (words[k + 1] == "should" and words[k + 2] in ("i", "we"))
        )
        for k in range(verb + 2, len(words) - 2)
    )


_SHOULD_I = frozenset("should must need have".split())


# A word looked for aloud, between pauses: "the - how do you say - the press", "the, what
# do you call it, the crusher".
_WORD_SEARCHES = (
    ["how", "do", "you", "say"],
    ["how", "you", "say"],
    ["how", "to", "say"],
    ["how", "do", "you", "call"],
    ["how", "you", "call"],
    ["what", "do", "you", "call"],
    ["what", "you", "call"],
    ["what's", "it", "called"],
    ["what", "is", "it", "called"],
    ["what's", "the", "word"],
    ["what", "is", "the", "word"],
)
_SEARCH_LEADS = frozenset({"how", "what", "what's"})
_YOU_WORDS = frozenset("you your u ur ya yours".split())
_SEARCH_FILLERS = frozenset("so and um uh er erm like".split())


def _searching_for_a_word(lowered: list[str], gaps: list[str], i: int) -> int:
    """Where a word search said aloud at word ``i`` ends (0 if there is none there): a
    pause or the end of the line must come before it and after it ("it", "that" or
    "them" may close it)."""
    n = len(lowered)
    if i > 0 and not pause(gaps[i]):
        # (a filler may lead it: "so how do you say, we are partners")
        if lowered[i - 1] not in _SEARCH_FILLERS or (i > 1 and not pause(gaps[i - 1])):
            return 0
    for words in _WORD_SEARCHES:
        end = i + len(words)
        if lowered[i:end] != words:
            continue
        if end < n and lowered[end] in ("it", "that", "them", "this"):
            end += 1
        if end == n or pause(gaps[end]):
            return end
    return 0


# "do you think", "would you say": an opinion asked inside a question begun before it.
_OPINION_VERBS = frozenset("think reckon say suppose guess figure".split())
_OPINION_WH = frozenset("who which what where how".split())


def _opinion_asked_within(lowered: list[str], gaps: list[str], i: int) -> int:
    """Where a question starts whose opinion is asked in the middle of it: "so, who in
    your book of clients do you think could use us" starts at "who", not at "do" (the
    question word opens its clause, with no pause up to "do you think"); else ``i``."""
    if (
        i + 2 >= len(lowered)
        or lowered[i] not in _AUX_WORDS
        or lowered[i + 1] not in ("you", "u")
        or lowered[i + 2] not in _OPINION_VERBS
        or pause(gaps[i])
    ):
        return i
    for k in range(i - 1, max(-1, i - 9), -1):
        if lowered[k] in _OPINION_WH and (k == 0 or pause(gaps[k]) or lowered[k - 1] in _LEAD_IN):
            return k
        if pause(gaps[k]):
            return i
    return i


def _either_about_them(lowered: list[str], gaps: list[str]) -> bool:
    """The line ends on a guess about them and its other half after ", or" (one to three
    words): "and you're the practice manager there, or front desk"."""
    n = len(lowered)
    for k in range(max(1, n - 4), n - 1):
        if lowered[k] != "or" or "," not in gaps[k]:
            continue
        if any(pause(gaps[j]) for j in range(k + 1, n)):
            return False
        start = k - 1
        while start > 0 and not pause(gaps[start]):
            start -= 1
        words = lowered[start:k]
        while words[:1] in (["and"], ["so"]):
            words = words[1:]
        if "welcome" in words or any(
            words[j] == "free" and words[j + 1] == "to" for j in range(len(words) - 1)
        ):
            return False  # an offer: "you're welcome to call, or email"
        return words[:1] in (["you're"], ["youre"]) or words[:2] == ["you", "are"]
    return False


def _theirs_either(lowered: list[str], gaps: list[str]) -> bool:
    """The line ends on a guess about their people or things, said with "your", and its
    other half after "or": "your guards now, they are your own staff or from an agency"."""
    n = len(lowered)
    start = n - 1
    while start > 0 and not pause(gaps[start]):
        start -= 1
    words = lowered[start:]
    while words[:1] in (["and"], ["so"]):
        words = words[1:]
    if len(words) < 5 or words[0] not in _THEY_SUBJECTS or words[1] not in {"are", "is"}:
        return False
    if "or" not in words[3:-1]:
        return False
    return any(word in {"your", "yours"} for word in words[2 : words.index("or", 3)])


# The question word left where its answer goes, as many West African Englishes ask: "the
# last time they did it, it was which month", "you are coming which day", "you pay how much
# now" (the verb before it, a subject not far before that; not "tell me which one", "that is
# what matters").
_IN_SITU_VERBS = frozenset(
    "is was are were be coming come going go pay paying paid buy buying bought use using used"
    " do doing did have having has had get got send sending sell selling".split()
)
_IN_SITU_SUBJECTS = frozenset("it you u he she they that this the your".split())
_IN_SITU_NOUNS = frozenset(
    "time day date size price model type kind brand colour color month year week name number"
    " machine system company place".split()
)
_IN_SITU_EMBEDDING = frozenset(
    "know knew tell told see sure decide choose wonder wondering ask asked check find show"
    " remember forget understand matter depends".split()
)
_IN_SITU_ENDS = tuple(
    sorted(
        {f" {noun}" for noun in _IN_SITU_NOUNS}
        | {" where", " much", " many", " one", " ones"}
        | {
            f" {noun}s"
            for noun in ("truck", "bag", "room", "client", "customer", "worker", "staff")
        }
    )
)
_IN_SITU = Lazy(
    rf"\b(?:{'|'.join(sorted(_IN_SITU_VERBS))})\s+"
    r"(?:which\s+[a-z]+|what\s+[a-z]+|where|how\s+(?:much|many)(?:\s+[a-z]+)?)$"
)


_IN_SITU_LAST = frozenset({"which", "what", "where", "how"})


def _asked_in_place(lowered: list[str], gaps: list[str]) -> bool:
    """The line's last sentence ends on a question word where its answer goes: "so the last
    time they did it for you, it was which month", "you have how many trucks"."""
    if len(lowered) < 3 or not (
        lowered[-1] in _IN_SITU_LAST or lowered[-2] in _IN_SITU_LAST or lowered[-3] == "how"
    ):
        return False  # (nearly every line: one look at its last words)
    words = _sentence_before(lowered, gaps, len(lowered))
    n = len(words)
    if n < 3:
        return False
    if words[-2] == "which" or (words[-2] == "what" and words[-1] in _IN_SITU_NOUNS):
        k = n - 2
    elif words[-1] == "where" or words[-2:] in (["how", "much"], ["how", "many"]):
        k = n - 1 if words[-1] == "where" else n - 2
    elif n >= 4 and words[-3:-1] in (["how", "much"], ["how", "many"]):
        k = n - 3
    else:
        return False
    return (
        k >= 2
        and words[k - 1] in _IN_SITU_VERBS
        and not _IN_SITU_SUBJECTS.isdisjoint(words[max(0, k - 4) : k - 1])
        and _IN_SITU_EMBEDDING.isdisjoint(words[:k])
    )


_THEY_SUBJECTS = frozenset("they it he she".split())
# A guess about their people or things, then "or" (a cheap test for mark_questions' reading).
_THEIRS_EITHER = Lazy(
    r"(?:^|[,.;:!-]\s*)(?:(?:and|so)\s+)?(?:they|it|he|she)\s+(?:are|is)\s+[^.!?,;:]{0,40}?\byours?\b[^.!?,;:]{0,40}?\s+or\s+[^.!?,;:]{1,40}$"
)


# What leaves a choice about them open at the end of the line: a bare "or", "or someone
# else", "or different".
_OPEN_TAILS = (
    ["or"],
    ["or", "different"],
    ["or", "not"],
    ["or", "no"],
    # ... or anything: "and at night, u are using the lamp with petrol or what"
    ["or", "what"],
    # ... or changed since: "the contact for exports is still mr rakotomalala or it changed"
    *(
        ["or", *lead, "changed"]
        for lead in ([], ["it"], ["that"], ["it's"], ["its"], ["it", "has"], ["has", "it"])
    ),
    ["or", "did", "it", "change"],
    *(
        ["or", who, "else"]
        for who in ("somebody", "someone", "something", "anybody", "anyone", "somewhere")
    ),
)
# Our own plans left unfinished are no question about them: "we could do tuesday or"
_OUR_SUBJECTS = frozenset("i we i'm im we're i'll ill we'll let's lets i'd we'd".split())
# ... and the clause says how things stand: "he is still there or"
_STANDING = frozenset("is are was were still does do has have 's".split())


def _open_choice_about_them(lowered: list[str], gaps: list[str]) -> bool:
    """The line ends on a clause about them or their records left open by "or" ("he is still
    there or", "and trey is the one who handles the booth or somebody else", "the email for
    trey is trey at lonestar dot com or different"), its comma perhaps dropped."""
    n = len(lowered)
    for tail in _OPEN_TAILS:
        k = n - len(tail)
        if k < 3 or lowered[k:] != tail or any(pause(gaps[j]) for j in range(k + 1, n)):
            continue
        start = _clause_start(lowered, gaps, k - 1)
        clause = lowered[start:k]
        return (
            len(clause) >= 3
            and clause[0] not in _OUR_SUBJECTS
            and (clause[0] in _THEIR_SUBJECTS or not _STANDING.isdisjoint(clause))
            and _CONDITIONS.isdisjoint(clause)
        )
    return False


# (after these "ba" is a word, not the particle: "we went to the ba")
_NOT_BEFORE_BA = frozenset("the a an my our your his her their this that".split())


def _particle_asks(lowered: list[str], gaps: list[str]) -> bool:
    """The line's last clause carries Tagalog's question particle "ba" after its first word,
    at its end or before the other choice: "..., in-house ba or outsourced", "okay na ba"
    (Filipino English asks with it)."""
    n = len(lowered)
    if "ba" not in lowered[-6:]:
        return False
    at = n - 1 - lowered[::-1].index("ba")
    start = _clause_start(lowered, gaps, at)
    return (
        at > start
        and lowered[at - 1] not in _NOT_BEFORE_BA
        and (
            at == n - 1
            or (lowered[at + 1] == "or" and at + 2 < n and not pause(gaps[at + 1]))
            or lowered[at + 1 :] == ["po"]
        )
    )


def _announced_before(lowered: list[str], gaps: list[str], i: int) -> bool:
    """Word ``i`` follows an announcement ("quick one", "q", "question") that opens the line
    or a clause: "hey its kofi, quick one you got anyone doing your quoting"."""
    if i >= 2 and lowered[i - 1] in {"then", "though"} and not pause(gaps[i - 1]):
        i -= 1  # "quick one then -- is the board pushing you on it"
    if i >= 2 and lowered[i - 1] in {"is", "was"} and lowered[i - 2] == "question":
        return True  # "so I guess my question is how is your team setting rates"
    if i == 0 or lowered[i - 1] not in _ANNOUNCEMENT_ENDS:
        return False
    for announcement in _ANNOUNCEMENTS:
        words = announcement.split()
        k = i - len(words)
        if (
            k >= 0
            and lowered[k:i] == words
            and not any(pause(gaps[j]) for j in range(k + 1, i))
            and (k == 0 or pause(gaps[k]))
        ):
            return True
    return False


def _verb_after(lowered: list[str], k: int) -> bool:
    word = lowered[k] if k < len(lowered) else ""
    if word in _WHO_BASE_VERBS:
        # its -s dropped, as Caribbean and learners' Englishes say it: "who deal with the
        # renewals", "who look after your fleet"
        return lowered[k + 1 : k + 2] in _AFTER_BASE_VERB
    return len(word) > 3 and word.endswith("s") and not word.endswith("ss")


_WHO_BASE_VERBS = frozenset(
    "deal handle look take decide manage run sign order buy book pay approve oversee".split()
)
_AFTER_BASE_VERB = (["with"], ["after"], ["on"], ["care"], ["off"], ["the"], ["your"], ["all"])


def _do_dropped_verb(
    lowered: list[str], gaps: list[str], at: int, *, doing_only: bool = False
) -> bool:
    """After "how you" / "what you": the verb of a question its "do" (or "are") dropped,
    perhaps after "all", "guys" or "people": "How you weigh the vegetables now", "How you all
    doing the rosters now" (an -ing verb with its object straight after it: not "how you doing
    today", "how you doing, all good")."""
    if lowered[at : at + 1] and lowered[at] in _PLURAL_YOU:
        at += 1
    if at >= len(lowered):
        return False
    if lowered[at] in _DO_DROPPED_VERBS:
        return not doing_only
    if (
        lowered[at] in {"are", "were"}
        and at + 1 < len(lowered)
        and _doing(lowered[at + 1])
        and lowered[at + 1] not in {"doing", "going", "keeping", "feeling", "holding"}
    ):
        return True  # "how you are pumping now": the verb kept in a statement's order
    return (
        _doing(lowered[at])
        and at + 1 < len(lowered)
        and not pause(gaps[at + 1])
        and (
            lowered[at + 1] in _OBJECT_OPENERS
            # or things in the plural, bare: "how u all paying suppliers now" (not whom it
            # greets: "how you doing folks")
            or (
                len(lowered[at + 1]) > 4
                and lowered[at + 1].endswith("s")
                and not lowered[at + 1].endswith(("ss", "'s"))
                and lowered[at + 1] not in _NOT_THINGS
            )
        )
    )


_OBJECT_OPENERS = frozenset("the your ur yer it that those these a an any all".split())
# Words in -s after "how you doing" that are not the things done: whom it greets, when.
_NOT_THINGS = frozenset(
    "guys folks thanks mates ladies girls peeps always anyways sometimes nowadays days"
    " afterwards besides thats its".split()
)


def _spaced_dash(gap: str) -> bool:
    """A dash between spaces ("gotcha -- is the site..."), not a hyphen ("board-pack")."""
    return ("-" in gap or "–" in gap or "—" in gap) and gap != gap.strip()


def pause(gap: str, strong: bool = False) -> bool:
    if any(ch in ".!?;:" for ch in gap):
        return True
    if strong:
        return False
    # A comma, or a dash between spaces ("board-pack" is one word).
    return "," in gap or _spaced_dash(gap)
