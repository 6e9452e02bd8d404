"""Asks and next steps: the rep asking for a commitment (a meeting, demo, call, visit,
trial or purchase) and proposing a concrete next step (a meeting at a time, sending
something specific, an introduction, agreeing to the time the prospect named).
"""

from __future__ import annotations

import re

from roleplay.language.questionmarks import SLOTS_PUT_TO
from roleplay.language.text import AnyOf, Lazy, Rule, has_any, is_question, lowercase, words_of
from roleplay.language.times import PAST_TENSE, WEEKDAY, only_a_time, time_slot, without_slots

# An hour put to them: "does ten work?", "would 2pm be okay for you?"
_HOUR_ASKED = (
    r"^\W*(?:(?:so|and|okay|ok)\W+)?(?:does|would|will|could|is)\s+"
    r"(?:\d{1,2}(?::\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|midday)"
    r"(?:\s+o'clock)?\s+(?:work|suit|be\s+(?:okay|ok|alright|all\s+right|good|fine))(?:\s+for\s+(?:you|u|ya))?\W*$"
)
# "Our crew can come out Thursday at 4. Does that work for you?" -- a visit or meeting stated
# with a time, then a tag that asks for it: together a commitment ask.
_ACCEPT_TAG = Rule(
    r"^\W*(?:(?:so|and|okay|ok)\W+)?(?:does|would|will|could|can|is)\s+(?:that|this|it|then)\s+(?:\w+\s+)?(?:work|suit|sound\s+(?:good|okay|ok|all\s+right|alright)|be\s+(?:okay|ok|alright|all\s+right|possible))\b"
    # ... or the one just proposed, asked to be done: "could we do that?", "can we make that
    # happen?"
    r"|^\W*(?:(?:so|and|okay|ok)\W+)?(?:could|can|shall|should)\s+we\s+(?:do|make|manage|swing|arrange)\s+(?:that|this|it)(?:\s+happen)?\W*$"
    # ... or its "that" dropped, as English learned late asks it: "..., Wednesday or
    # Thursday, is okay?"
    r"|^\W*(?:(?:so|and|okay|ok)\W+)?(?:is|will\s+be|would\s+be)\s+(?:okay|ok|fine|good|possible|alright|all\s+right)"
    r"(?:\s+(?:for|with)\s+(?:you|u))?\W*$"
    # ... or the hour of it: "I can come by Monday. Does ten work?"
    r"|" + _HOUR_ASKED,
    "work suit sound okay ok alright right possible do make manage swing arrange good fine",
)
# The same hour asked alone: a time to pick, not a question about them.
HOUR_CHECK = Rule(_HOUR_ASKED, "work suit okay ok alright right good fine")
# Their thing said to be due for replacing, the way in to a sale: "Time for a refresh?",
# "maybe time for an upgrade" (asked of what the caller sells, not about them).
TIME_FOR_A_CHANGE = Rule(
    r"^\W*(?:(?:so|maybe|and|well|surely|perhaps|probably)\W+)*(?:(?:is\s+it|it's|its|it\s+is)\s+)?(?:about\s+|high\s+|past\s+)?time\s+for\s+(?:a|an|some)\s+"
    r"(?:new\s+|fresh\s+|quick\s+|little\s+|proper\s+)?(?:refresh|upgrade|update|makeover|redesign|revamp|overhaul|switch|replacement|rebrand|facelift|new\s+\w+)\b",
    "time",
)
# "Which" of the slots just offered: "which one", "which day", "which of those", "which
# one's" (also read by questions._SCHEDULING_PICK).
WHICH_OF_THE_SLOTS = (
    r"which\s+(?:(?:one|day|time|slot)(?:\s+|(?='s\b)|s\s+)|of\s+(?:those|them|the\s+two)\s+)?"
)
# One of the slots just offered, left to them: "which is better?", "does either work?"
_PICK_TAG = Rule(
    # ("what" for "which", as English learned late says it: "Monday or Tuesday, what is better?")
    rf"^\W*(?:(?:so|and|okay|ok)\W+)?(?:(?:{WHICH_OF_THE_SLOTS}|what\s+)"
    r"(?:is|'s|would\s+be|works|suits|fits)(?:\s+(?:better|best|easier|good|suitable|convenient|fine|ok|okay))?"
    r"|(?:does|do|would|will|could)\s+(?:either|any|both)(?:\s+of\s+(?:those|them|these|the\s+two))?\s+(?:work|suit|fit))"
    r"(?:\s+for\s+(?:you|u))?\W*$",
    "which what either any both",
)
_SEND_VERB = Rule(
    r"\b(?:send|sending|email|e-mail|emailing|mail|mailing|text|texting|forward|forwarding|post|drop\s+off|dropping\s+off|leave|leaving)\b",
    "send sending email e mail emailing mailing text texting forward forwarding post drop dropping leave leaving",
)


# An ask form: a modal offer ("could I/we...", "would you be free..."), a suggestion
# ("how about...", "let's...", "I'd like to...") or an "is it worth..." opener. Only ever
# tested for presence, so it is split into parts, each gated by the whole words every one
# of its matches contains (``"i'd"`` is the words ``i`` and ``d``): a sentence is searched
# only by the parts it could match. Searching the parts in turn finds a match exactly when
# the one alternation of them all would.
_NOT_AFTER_SUBJECT = "".join(
    rf"(?<!\b{subject}\s{modal})"
    for subject in (
        "i",
        "we",
        "they",
        "he",
        "she",
        "companies",
        "teams",
        r"think\sit",
        r"guess\sit",
    )
    for modal in ("would", "could", "will")
)
# Whether it is worth talking, asked of no one: "see if it's worth a chat" (after "see if")
_NOT_WORTH = (
    r"(?!\s+(?:it's|its|it\s+is|it'd\s+be|itd\s+be|it\s+would\s+be|it\s+might\s+be|it\s+could\s+be"
    r"|there's|theres|there\s+is|there'd\s+be)\s+(?:\w+\s+)?worth\b)"
)
# Time held up as the price of a yes: "worth 15 minutes" (not "worth your time"), in an ask
# form and as the thing asked for.
_WORTH_MINUTES = (
    r"worth\s+(?:a\s+few|a\s+couple\s+of|\d+|five|ten|fifteen|twenty|thirty)\s+minutes?"
)
_ASK_FORM_PARTS: tuple[Rule, ...] = (
    # a booking asked for outright: "please put me down for a call with him tomorrow at
    # 6:15", "pencil us in for thursday at 10" (a meeting or a slot must be named too)
    Rule(
        r"\b(?:put|pencil|book|slot|squeeze|fit)\s+(?:me|us)\s+(?:down|in)\b(?!\s+touch\b)",
        "put pencil book slot squeeze fit",
    ),
    Rule(
        r"\b(?:can|could|may|shall|might|would)\s+(?:one\s+of\s+)?(?:our|my)\s+(?:(?:[\w-]+\s+){0,2}?(?:engineers?|techs?|technicians?|teams?|colleagues?|partners?|specialists?|consultants?|experts?|reps?|manager|director|crew|installers?|surveyors?|advisers?|advisors?"
        # the people said plainly: "can my logistics guy call yours friday at 11"
        r"|guys?|leads?|person|people|folks|boss|assistant|coordinator|dispatcher|planner|agents?|representatives?|officers?|staff)\b"
        # ... or any trade of ours by its ending, then perhaps a name, then a visit or a
        # call: "can our designer siobhan ring you thursday", "could my estimator swing by"
        r"|(?:[\w-]+\s+)?[a-z]{3,}(?:er|or|ist|ian|ant)s?\s+(?:[a-z][\w'-]*\s+)?"
        # (or "pass", as West African Englishes say "come by": "could my technician pass")
        r"(?=(?:call|ring|phone|give\s+you\s+a|come\s+(?:by|over|out|round|around|and|see|to\s+you)|visit|(?:swing|stop)\s+by|pass"
        r"|(?:pop|drop)\s+(?:by|in|over|round)|meet|email|show\s+you|walk\s+you|go\s+through|take\s+you)\b))"
        r"|\b(?:can|could|may|shall|might)\s+(?:i|we|you\s+and\s+(?:i|me)|the\s+two\s+of\s+us)\b(?!\s+(?:ask\b|have\s+a\s+word|(?:speak|talk)\s+(?:with|to)\s+(?!you\b)))",
        "can could may shall might would",
    ),
    # both sides' people: "when can your team and my team get on a call", "could our teams
    # meet", "could your team hop on a call with us"
    Rule(
        r"\b(?:can|could|may|shall|might|would)\s+(?:your\s+(?:team|people|folks|guys)\s+and\s+(?:my|our)\s+(?:team|people|folks|guys)|our\s+(?:two\s+)?(?:teams|companies)"
        r"|your\s+(?:team|people|folks|guys)\s+(?:\w+\s+){1,5}?with\s+(?:us|me|our\s+\w+|my\s+\w+))\b",
        "team teams people folks guys companies",
    ),
    # a coffee or a meal offered as a treat: "I'd buy you a coffee Thursday week at eight",
    # "id shout you a coffee next tuesday at 9.30" (a slot must be named too: the caller's)
    Rule(
        r"\b(?:i'd|i\s+would|we'd|we\s+would|i'll|i\s+will|let\s+me|i\s+can|i\s+could)\s+(?:love\s+to\s+|like\s+to\s+|happily\s+|gladly\s+)?"
        r"(?:buy|shout|stand|get|treat)\s+you\s+(?:to\s+)?(?:a\s+|an\s+)?(?:coffee|lunch|breakfast|brunch|dinner|drink|pint|beer|cuppa|tea|bite)\b",
        "buy shout stand get treat",
    ),
    # a visit or a meeting offered as what we can do, at the start of a clause: "We can come
    # Thursday at 10h to install a demo unit", "i can pass by on friday at nine" (a slot
    # must be named too: checked by the caller; not "what we can come up with")
    Rule(
        r"(?:^|[,;:.!?]\s*|\b(?:so|then|and|ok|okay|or)\s+)(?:i|we)\s+(?:can|could)\s+(?:also\s+|just\s+)?"
        # (not "drop by", which may bring a thing: "I can drop by the samples tomorrow")
        r"(?:come(?!\s+up\b)|meet|pass|visit|stop\s+by|swing\s+by|pop\s+(?:by|in|over|round))\b",
        "come meet pass visit stop swing pop",
    ),
    # a plan put to them as "maybe we do ...": "maybe we do a short call 15 min, wed 3pm"
    # (a meeting or a slot must be named too: checked by the caller)
    Rule(
        r"\b(?:maybe|perhaps)\s+(?:we|you\s+and\s+(?:i|me))\s+(?:do|have|grab|set\s+up|book|fix|arrange|try)\b"
        r"(?!\s+(?:\w+\s+){0,3}?every\b)"
        # ... or the caller sets it up with them: "maybe I do a video call with you and Mr.
        # Chapman next week"; or they do, with us: "maybe your team can book a call with our
        # sales lead"
        r"|\b(?:maybe|perhaps)\s+i\s+(?:do|set\s+up|book|arrange|fix)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:call|meeting|demo|session|chat)\s+with\s+you\b"
        r"|\b(?:maybe|perhaps)\s+(?:you|your\s+(?:team|people|folks|guys))\s+(?:can|could)\s+(?:book|set\s+up|schedule|arrange|have|hop\s+on|jump\s+on)\s+(?:a|an)\s+"
        r"(?:[\w-]+\s+)?(?:call|meeting|demo|session|chat)\s+with\s+(?:us|me|our|my)\b",
        "maybe perhaps",
    ),
    # a visit put in the present for the future, as English learned late says it: "maybe
    # next Tuesday, I come to your office for one hour" (a slot must be named too, and it
    # is no habit: "we visit your site every month" names none)
    Rule(
        r"\b(?:i|we)\s+(?:come|pass|drop|stop|swing)\s+(?:by\s+|over\s+|round\s+)?(?:to\s+|at\s+)?(?:your|you)\b"
        r"|\b(?:i|we)\s+visit\s+(?:you|your)\b",
        "come pass drop stop swing visit",
    ),
    # a plan put to them as a thought: "maybe we could talk about it sometime", "you and I
    # should get together"
    Rule(
        # ("we can talk later" puts it off)
        # ("we could sit for coffee next Tuesday", as English learned late says it)
        # ("we could have a quick coffee": a meeting had, not a thing that might have been)
        r"\b(?:we|you\s+and\s+(?:i|me))\s+(?:could|might|should)\s+(?:maybe\s+|perhaps\s+|always\s+|definitely\s+|really\s+|totally\s+|just\s+)?(?:talk|chat|meet|connect|get\s+together|catch\s+up|grab|hop|jump|sit\s+(?:down|for|over|together)|set\s+up|find|(?:have|do)\s+(?:a|an)\b)",
        "could might should",
    ),
    # ... or offered if they want it: "so if you want we can have one coffee, 20 minutes",
    # "if you like, I could swing by" (a meeting or a slot must be named too: checked by
    # the caller)
    Rule(
        # (or put in the present, as English learned late may: "If you like, we take a
        # coffee twenty minutes")
        r"\bif\s+(?:you|u)\s+(?:want|wanna|like|'d\s+like|would\s+like|prefer|fancy|are\s+(?:free|up\s+for\s+it|around))\W+(?:then\s+)?"
        r"(?:we|i|you\s+and\s+(?:i|me))\s+(?:(?:can|could|might)\s+)?(?:maybe\s+|perhaps\s+|just\s+|always\s+)?"
        # (not "if you want we can talk later", which puts it off)
        r"(?:have|grab|get|do|meet|sit|set\s+up|book|catch\s+up|go\s+for|come|swing|pop|drop|stop|take)\b",
        "if",
    ),
    # a visit offered: "If it'd help, I could come by one of the shops for a coffee" (a
    # meeting or a slot must be named too: checked by the caller)
    Rule(
        r"\b(?:i|we)\s+(?:could|can|might)\s+(?:maybe\s+|perhaps\s+|just\s+|always\s+|happily\s+|easily\s+)?"
        r"(?:come|swing|pop|drop|stop)\s+(?:by|over|round|around|in)\b"
        r"(?=[^.!?]{0,40}\bfor\s+(?:a\s+|an\s+)?(?:quick\s+|short\s+)?(?:coffee|chat|cuppa|tea|lunch|breakfast|talk|meeting)\b)",
        "come swing pop drop stop",
    ),
    # the call's purpose put as the meeting itself: "I'm calling to get fifteen minutes on
    # your calendar next monday", "reaching out to book a demo with you" (a slot or a meeting
    # must be named too: checked by the caller)
    Rule(
        r"\b(?:calling|ringing|phoning|reaching\s+out|here)\s+(?:today\s+)?(?:just\s+)?to\s+(?:get|grab|book|schedule|set\s+up|line\s+up|find|lock\s+in|pencil\s+in"
        # ... or to invite them: "I'm calling to invite you to lunch sometime next month"
        r"|invite\s+you\s+(?:out\s+)?(?:to|for)|ask\s+you\s+(?:out\s+)?(?:to|for))\s+"
        r"(?:(?:a|an|some|\w+|\w+-\w+)\s+)?(?:(?:quick|short|brief|\w+-minute|minute)\s+)?"
        r"(?:minutes?|mins?|time|meeting|demo|call|chat|slot|visit|walkthrough|walk-through|appointment|session|coffee|lunch|dinner|breakfast|drinks?)\b",
        "calling ringing phoning reaching here",
    ),
    # an invitation said as one: "i wanted to invite u for a coffee sometime next wk",
    # "we'd love to invite you out to lunch" (a meal, a drink, a tour, a visit: not "invite
    # you to our webinar")
    Rule(
        r"\b(?:invite|inviting)\s+(?:you|u|ya|y'all|yall)\s+(?:(?:out|over|along|round|down)\s+)?(?:to|for)\s+(?:(?:a|an|some|one)\s+)?"
        r"(?:(?:quick|short|proper|little|bite\s+of|spot\s+of)\s+)?(?:coffee|lunch|dinner|breakfast|brunch|drinks?|beers?|pint|meal|bite|tea|tour|visit|round\s+of\s+golf|golf)\b",
        "invite inviting",
    ),
    # "would you be up for 30 minutes", "would you be open to a call", "would you fancy a
    # proper chat next week", "do you fancy a coffee"
    Rule(
        r"\b(?:would|will|could|are)\s+you\s+be\s+(?:up\s+for|open\s+to|game\s+for|keen\s+on|free\s+for|around\s+for)\b"
        r"|\b(?:would|do|d'you|did)\s+(?:you|ya|u)\s+fancy\b",
        "up open game keen free around fancy",
    ),
    # anchored at the start: at most one position to try, no gate needed
    Rule(
        r"^\W*(?:(?:so|and|well|then|would\s+it\s+be|is\s+it|it's|it\s+might\s+be)\W+)*(?:worth|fancy|keen\s+(?:on|for)|game\s+for|free\s+for|open\s+to|up\s+for)\b"
    ),
    Rule(
        r"\b(?:(?:do|would|will|could)\s+you\s+have|have\s+you\s+got|you\s+got|got)\s+(?:\w+\s+){0,3}?(?:minutes|an\s+hour|half\s+an\s+hour|time|a\s+window|availability|a\s+slot)\b",
        "have got",
    ),
    Rule(
        # (and a day put to them: "how's the 14th at 9am?", "how is thursday at 2", not "how
        # was" nor "how is tuesday going")
        r"\bhow(?:\s+about\b|(?:'s|s|\s+is|\s+would\s+be)\s+(?:next\s+|this\s+|the\s+)?"
        r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|\d{1,2}(?:st|nd|rd|th))\b"
        r"(?!\s+(?:going|treating|shaping|been|so\s+far|over)\b))"
        r"|\bwhat\s+about\b|\bwhat\s+i'd\s+(?:like|love)\s+to\s+do\b"
        # "what would it take to earn fifteen minutes of your time?"
        r"|\bwhat\s+(?:would|will|does|'d)\s+it\s+take\b"
        # a plan put to them: "what if I swing by monday at 8", "what if we grabbed 15 minutes"
        # (not a hook: "what if I told you...", "what if I said...")
        r"|\bwhat\s+if\s+(?:i|we)\s+(?:just\s+)?(?:swing|swung|stop|stopped|drop|dropped|pop|popped|come|came|send|sent|grab|grabbed|set|book|booked|pencil|pencilled|penciled"
        r"|put|get|got|call|called|ring|rang|meet|met|sit|sat|bring|brought|jump|jumped|hop|hopped|take|took|schedule|scheduled|block|blocked|circle|circled|follow|followed)\b"
        # "so what id love is to get thirty minutes on your calendar", "all I'm asking for is..."
        r"|\b(?:what|all)\s+(?:i'd|i\s+would|we'd|i'm|i\s+am|i)\s+(?:really\s+)?(?:like|love|want|ask|asking(?:\s+for)?|hoping\s+for)\s+(?:to\s+do\s+)?is\b",
        "how what all",
    ),
    # time with them asked for as what we would like: "I'd like half an hour in your diary,
    # say wednesday at two", "we'd love twenty minutes with you next week"
    Rule(
        r"\b(?:i'd|i\s+would|we'd|we\s+would)\s+(?:really\s+|just\s+)?(?:like|love)\s+(?:to\s+(?:get|grab|have|book|steal)\s+)?"
        r"(?:(?:a|an|some|half\s+an|a\s+(?:quick|short)|\d+|five|ten|fifteen|twenty|thirty|forty-five|sixty)\s+)?"
        r"(?:minutes?|mins?|hour|slot)\s+(?:in\s+your\s+(?:diary|calendar)|on\s+your\s+(?:calendar|diary|schedule)|with\s+(?:you|y'all|yall|ye|your\s+\w+))\b",
        "minute minutes min mins hour slot",
    ),
    # the slot just named, put to them: "..., is that fine with you", "would that be fine?"
    Rule(r"\b(?:is|would|will)\s+(?:that|this|it)\s+(?:be\s+)?fine\b", "fine"),
    # a pick of slots left to them: "tomorrow at 10 or wednesday at 2, whichever is easier"
    Rule(
        r"\bwhichever\s+(?:one\s+)?(?:is\s+)?(?:easier|works|suits|is\s+better|is\s+best|you\s+prefer|you'd\s+prefer|is\s+good)\b",
        "whichever",
    ),
    # the plan put as the best one: "best thing is I come look at the trucks tuesday at 7",
    # "easiest is if we sit down for twenty minutes"
    Rule(
        r"\b(?:best|easiest|simplest)\s+(?:thing\s+|plan\s+|bet\s+|move\s+)?(?:is|would\s+be)\s+(?:(?:if|that)\s+)?(?:i|we)\s+(?:just\s+)?"
        r"(?:come|came|swing|stop|pop|drop|head|meet|sit|walk|show|bring|get\s+together|grab|set\s+up|book)\b",
        "best easiest simplest",
    ),
    Rule(
        # ("the reason I'm calling is we work with..." asks nothing: "is we" is no question)
        # (not after its subject, a statement: "i think our companies could work together";
        # the look-behinds read back from the verb, so the line is scanned for it first)
        r"\b(?:(?:would|will|could)"
        + _NOT_AFTER_SUBJECT
        # ("do" after "I" or "we" is the main verb: "I do controller work for studios";
        # so after "who", "that" or "you": "people who do similar work")
        + r"|do(?<!\bi\sdo)(?<!\bwe\sdo)(?<!\bthey\sdo)(?<!\bwho\sdo)(?<!\bthat\sdo)(?<!\byou\sdo)"
        # (nor after its subject's adverb: "we already do all the belt work at your plant")
        r"(?<!\balready\sdo)(?<!\balso\sdo)(?<!\bjust\sdo)(?<!\bonly\sdo)(?<!\bstill\sdo)(?<!\bmostly\sdo)(?<!\busually\sdo)"
        # (nor the main verb after a modal: "I think we could do something useful together")
        r"(?<!\bcould\sdo)(?<!\bcan\sdo)(?<!\bwould\sdo)(?<!\bwill\sdo)(?<!\bmight\sdo)(?<!\bshould\sdo)"
        # (nor "the reason I'm calling is that many schools we work with...")
        r"|(?<!\bcalling\s)(?<!\bringing\s)(?<!\bcall\s)(?<!\breason\s)(?:does|is)(?!\s+(?:that\s+)?(?:we|i|they|you)\b)"
        # (praise, not a slot put to them: "our onboarding team is really good"; nor the
        # verb after its subject, a statement: "I hope the day is good to you")
        # (but "when is good for a demo?", "what time is good" ask; nor a thing called the
        # best: "coffee is the best part of my day", but "which is the best for you" asks)
        r"(?!(?<!\bwhen\sis)(?<!\bwhat\sis)(?<!\bwhat\stime\sis)(?<!\bwhich\stime\sis)(?<!\bwhat\sday\sis)(?<!\bwhich\sday\sis)(?<!\bwhich\sis)"
        r"\s+(?:(?:really|super|very|pretty|quite|so|extremely|incredibly|genuinely|honestly)\s+)?(?:good|helpful|useful|the\s+best)\b))"
        # (nor all right as things are: "which is fine", "everything is fine"; but "which is
        # fine for you" asks)
        r"(?!\s+fine\b(?!\s+(?:for|with)\s+(?:you|u)\b))"
        # (a place may come with the time: "would a coffee near one of your shops on monday
        # at 9 work")
        # (an hour may be said with its "o'clock": "is thursday at 4 o'clock okay")
        # ("is 10 a.m. on friday fine with you", "is thursday convenient")
        # (the work itself is no verb: "how is the work this morning" asks after theirs; nor
        # is how it goes: "is your work going ok this week")
        r"\s+(?:[\w:.]+(?:-\w+)*(?:'clock)?\s+){0,12}?(?:(?<!\bthe\s)(?<!\byour\s)(?<!\bmy\s)(?<!\bour\s)work|works|suit|(?<!\bgoing\s)(?:good(?!(?<=\ba\sgood)\s+(?!(?:time|day|slot|moment|fit|option|window|idea|plan)\b)[a-z])|okay|ok|fine)|better|best"
        # (not "a good" and a thing that is no slot: "bread finishing by ten is a good
        # problem"; but "is thursday a good time", "would it be a good idea")
        # (a place open for business is no slot open: "is it open on sundays", "are they
        # still open at night")
        r"|open(?<!\bit\sopen)(?<!\bthey\sopen)(?<!\bstill\sopen)(?<!\balways\sopen)|convenient|suitable"
        # (free of charge, not a free slot: "the first visit is free", "setup is totally free")
        r"|(?<!\bis\s)(?<!\bare\s)(?<!\btotally\s)(?<!\bcompletely\s)(?<!\balways\s)free"
        r"|make\s+sense|fit|doable|possible|alright|all\s+right|useful|helpful|worthwhile|worth\s+it"
        # ("would a coffee tuesday at 9 be any use")
        r"|any\s+use|any\s+help"
        # "would that be worth 15 minutes of your time"
        rf"|{_WORTH_MINUTES})\b",
        "would will does is could do",
    ),
    # ... a pause or two in the slot: "would Thursday after classes, around three, suit for
    # me to come" (a part of its own, gated on "suit": "would" is in many lines)
    Rule(
        r"\b(?:would|will|could)\s+(?:[\w:.]+,?\s+){1,8}?suit\s+(?:for\s+)?(?:you|u|me|us|your)\b",
        "suit",
    ),
    # a thing proposed, with commas in it: "would a call on thursday at 4, or a coffee if
    # you prefer, be useful", "would a short call on thursday at 4 p.m., fifteen minutes, be
    # useful" (a part of its own: the part above reads no commas)
    Rule(
        r"\b(?:would|could|will)\s+(?:a|an|the)\s+(?:[\w:.'-]+,?\s+){1,14}?"
        r"(?:be\s+(?:\w+\s+)?(?:useful|helpful|better|easier|good|ok|okay|alright|worth\s+it)|work|suit)\b",
        "would could will",
    ),
    # "would a quick coffee friday at 8:30 be any use?" (a part of its own, gated on "use":
    # the rule above runs on most lines)
    Rule(
        r"\b(?:would|will|could)\s+(?:[\w:.]+(?:-\w+)*\s+){0,8}?(?:any|of|of\s+any|some)\s+use\b",
        "use",
    ),
    Rule(r"\bare\s+you\s+(?:free|available|around|open|ready)\b", "are"),
    # whether they are free, asked of them as a thing to find out: "I thought I should see
    # if you're free for lunch", "wanted to check whether Rob's around for a coffee"
    Rule(
        r"\b(?:see|check|ask|find\s+out|wondering|wondered)\s+(?:if|whether)\s+"
        r"(?:you(?:'re|re|\s+are|'d\s+be|\s+would\s+be|\s+might\s+be|'ll\s+be|ll\s+be|\s+will\s+be)|(?<!\bmy\s)(?<!\bour\s)(?!(?:it|that|this|there|here|what|who|he|she)'?s\b)[a-z]+'?s)\s+"
        r"(?:free|around|available|up\s+for|open\s+to|game\s+for)\b",
        "if whether",
    ),
    # its "are" dropped, opening a clause: "..., you free thursday at 1 or friday morning"
    # (a part of its own: "are" is in most lines, "free" in few)
    Rule(
        r"(?:^|[,.;:!?]\s*|\s--?\s+|\b(?:so|ok|okay|and|hey)\s+)(?:you|u)\s+(?:free|available|around)\s+(?!(?:up|of|to)\b)(?=\w)",
        "free available around",
    ),
    # "any chance you're free for coffee friday", typed without its "?"
    Rule(
        r"\bany\s+chance\s+(?:(?:that\s+)?you(?:'re|\s+are|re|r|'d\s+be|\s+would\s+be|\s+might\s+be|'d|d|\s+would)?\s+)?(?:free|around|up\s+for|open\s+to|available|could|can|might|would|have|got)\b"
        # ... or we come to them: "any chance I could get a tech out saturday morning"
        r"|\bany\s+chance\s+(?:that\s+)?(?:i|we)\s+(?:could|can|might|would|may)\b",
        "chance",
    ),
    # a plan offered on their terms: "if you'd like, a 15-minute call friday at 2 would be
    # plenty", "if you're up for it, coffee tuesday at 8" (the caller asks for a what or a when)
    Rule(
        r"\bif\s+(?:(?:you'd|youd|you\s+would)\s+(?:like|want|be\s+up\s+for\s+it|be\s+open\s+to\s+it)"
        r"|(?:you're|youre|you\s+are)\s+(?:up\s+for\s+it|open\s+to\s+it|interested|keen))\b"
        # (not a thing offered: "if you'd like, I can send the guide friday")
        r"(?!,?\s+(?:i|we)(?:'ll|ll|\s+can|\s+could|\s+will|\s+would|'d)\s+(?:send|email|e-mail|text|forward|share|introduce|connect|drop|mail|pass)\b)",
        "if",
    ),
    # "would it help to have a short chat about it?", "would a quick follow-up help, say
    # monday at 4?" (with a when or a what: "would that help" alone asks for nothing)
    Rule(
        r"\b(?:would|could|might|will)\s+(?:it|that|a|an|some)\s+(?:[\w:-]+\s+){0,6}?help\b", "help"
    ),
    # "would it be crazy if I sent you a breakdown and called you friday at 11?"
    Rule(
        r"\bwould\s+it\s+be\s+(?:crazy|ok|okay|alright|all\s+right|cool|weird|too\s+much|silly|a\s+problem|a\s+bad\s+idea)\s+if\s+(?:i|we)\b"
        # "how would it be if I came over Thursday at ten"
        r"|\bhow\s+would\s+it\s+be\s+if\s+(?:i|we)\b",
        "would",
    ),
    # the order or the booking offered to be taken: "should i go ahead and put you down
    # for twelve?", "shall we sign you up", "can i book you in for the 9th?", or offered
    # as a statement: "I can put you down for an inspection at 10am"
    Rule(
        # (or taken as granted: "let me book you in for a demo next Tuesday")
        r"\b(?:(?:should|shall|can|could|may)\s+(?:i|we)|(?:i|we)\s+(?:can|could)|let\s+me|lemme)\s+(?:just\s+)?(?:go\s+ahead\s+and\s+)?"
        r"(?:(?:put|pencil|mark)\s+you\s+down|sign\s+you\s+up|book\s+you|get\s+you\s+(?:started|booked|set\s+up|signed\s+up)"
        # ... or the meeting booked as granted: "let me book a quick meeting with you next week"
        r"|(?:book|schedule|set\s+up|arrange|pencil\s+in)\s+(?:in\s+)?(?:a|an|our|us\s+a)\s+(?:quick\s+|short\s+|brief\s+|\w+-minute\s+)?"
        r"(?:meeting|call|demo|visit|chat|session|appointment|walkthrough|walk-through))\b",
        "down sign book booked started set signed schedule arrange pencil",
    ),
    # a visit put to them as leave asked: "let me drop by Thursday morning about ten with the
    # flyers and we talk it through?" (a slot or a meeting must be named too)
    Rule(
        r"\b(?:let\s+me|lemme|let\s+us)\s+(?:just\s+)?(?:drop|swing|pop|stop|come|run|pass)\s+(?:by|in|over|round|around)\b",
        "let lemme",
    ),
    # a slot, then its tag with "does" dropped: "..., an inspection at 10am, that work for
    # you?", "thursday at 2, work for you"
    Rule(
        r"(?:^|[,;:]\s*|\b(?:so|ok|okay)\s+)(?:(?:that|this|it)\s+)?(?:work|works|suit|suits|sound\s+(?:good|ok|okay|alright|right))"
        r"(?:\s+for\s+(?:you|u|ya|y'all))?\W*$",
        "work works suit suits sound",
    ),
    # ... or the slots said first: "tuesday 10am or thursday 2pm eastern work for you"
    Rule(r"^\W*" + SLOTS_PUT_TO + r"(?:you|u|ya|y'all)\W*$", "work works suit suits for"),
    # a proposal put as a condition: "if a 20 min coffee next tuesday at 11 sounds useful,
    # I'm happy to come to you" (the what or when is checked apart)
    Rule(
        r"\bif\s+(?:a|an|the|some)\s+(?:[\w:-]+\s+){1,8}?(?:sounds|would\s+be|seems|'d\s+be|feels)\s+(?:\w+\s+)?"
        r"(?:useful|good|helpful|worthwhile|worth\s+it|interesting|of\s+use|any\s+use|ok|okay)\b"
        # ... or as whether it suits them: "if a short call next Monday at 4 suits you, I'll
        # keep it to twenty minutes"
        r"|\bif\s+(?:a|an|the)\s+(?:[\w:-]+\s+){1,8}?(?:suits|works\s+for|fits)\s+(?:you|u|your)\b",
        "sounds seems feels useful helpful worthwhile interesting suits works fits",
    ),
    # a booking said as why we call: "im calling to get on your calendar thursday at 3",
    # "ringing to book a walkthrough with your ops lead" (the what or when is checked apart)
    Rule(
        r"\b(?:calling|ringing|phoning|reaching\s+out)\s+(?:you\s+)?(?:today\s+|now\s+)?(?:just\s+)?(?:to|cause\s+i\s+want\s+to)\s+"
        r"(?:get\s+(?:on|onto|into|in)|book|schedule|set\s+up|arrange|grab|lock\s+in|pencil|find\s+(?:a\s+)?time|get\s+(?:some\s+)?time"
        # ... them put in the diary: "calling to get you booked for a demo", "to set you up with one"
        # (not a record put right: "to get you set up in our records")
        r"|(?:get\s+you\s+(?:booked|scheduled|signed\s+up|set\s+up|down|in|on)|set\s+you\s+up)"
        r"(?!\s+(?:in|on|into)\s+(?:our|the|my)\s+(?:records?|system|database|files?|crm|list|books)))\b",
        "calling ringing phoning reaching",
    ),
    # said as why we call: "I'm calling to see if you're free for lunch"
    Rule(
        r"\bsee\s+(?:if|whether)\s+(?:you're|youre|you\s+are|you'd\s+be|you\s+would\s+be|you\s+might\s+be|you'll\s+be|youll\s+be|you\s+will\s+be)\s+"
        r"(?:free|around|available|up\s+for|open\s+to|keen|game|interested)\b"
        # "calling to see if I can get 20 minutes with you"
        r"|\bsee\s+(?:if|whether)\s+(?:i|we)\s+(?:can|could|might)\s+(?:get|grab|have|steal|borrow|book|set\s+up)\b"
        # "wanted to see if you might like to grab coffee sometime"
        r"|\bsee\s+(?:if|whether)\s+(?:you'd|you\s+would|you\s+might|you)\s+(?:like|want|fancy|care)\s+to\s+"
        r"(?:grab|get|have|meet|join|catch\s+up|do\s+(?:coffee|lunch|breakfast|a\s+call))\b"
        # "calling to see if you have 20 minutes thursday for a quick demo"
        r"|\bsee\s+(?:if|whether)\s+(?:you|you've|youve)\s+(?:have|got|can\s+spare|could\s+spare|might\s+have)\s+"
        r"(?:(?:a|an|the|some|any)\s+)?(?:few\s+|couple\s+(?:of\s+)?|spare\s+)?(?:\d+|ten|fifteen|twenty|thirty|half\s+an|an|a)?\s*(?:-\s*)?"
        r"(?:minutes?|mins?|hour|time)\b(?=[^.!?]{0,40}\b(?:for|to)\b)",
        "see",
    ),
    Rule(
        r"\bwould\s+(?:you|he|she|they)\s+(?:be\s+)?(?:free|available|open|interested|up\s+for|like\s+to|want\s+to|have\s+time|willing)"
        # (the time hoped for: "I was hoping you could spare me thirty minutes next week")
        r"|\b(?:you|u)\s+(?:could|can|might|would)\s+spare\s+(?:me|us)\b"
        # (with company: "could you and your maintenance lead do a half hour monday at 10?")
        r"|\b(?:could|can|would|will)\s+(?:you|he|she|they)(?:\s+and\s+(?:your|the|his|her|their)\s+[\w'-]+(?:\s+[\w'-]+)?)?\s+(?:meet|join|hop|jump|come|make|attend|spare|book|schedule|set|do)\b"
        # asking someone (often a gatekeeper) to make room in a diary: "could you pop/slot/squeeze..."
        r"|\b(?:could|can|would|will)\s+(?:you|he|she|they)\s+(?:(?:please|just|maybe|possibly|perhaps|kindly)\s+)*(?:pop|put|pencil|slot|squeeze|fit|block|pin|find|carve|free|set\s+aside|get\s+me|get\s+us)\b",
        "would could can will",
    ),
    # "do" dropped, as English learned late asks: "I want to ask, you have time for lunch
    # with me on Thursday?"
    Rule(
        r"(?:^|(?<=[,;:]\s)|(?<=\bso\s)|(?<=\band\s)|(?<=\bok\s)|(?<=\bokay\s)|(?<=\bask\s))(?:you|u)\s+(?:have|got)\s+(?:some\s+|any\s+|the\s+)?time\s+(?:for|to)\b",
        "time",
    ),
    # "I'd love to...", "I'd be glad to buy you a coffee, say Tuesday at 8"
    Rule(
        # (or a meeting itself: "I'd love a short coffee, maybe wednesday at 10"; not "we'd
        # like a shot at the contract")
        r"\b(?:i'd|i\s+would|we'd)\s+(?:really\s+)?(?:like|love|be\s+(?:glad|happy|delighted|keen|thrilled))\s+"
        r"(?:to|an?\s+(?:quick\s+|short\s+|brief\s+|proper\s+|real\s+|\w+-minute\s+)?(?:coffee|call|chat|meeting|lunch|breakfast|demo|visit|tour|conversation|catch-?up|drink|beer)"
        # (with when: "I'd like a short conversation rather than a pitch" asks for no time)
        r"(?=[^.!?]{0,60}?(?:\b(?:mon|tues|wednes|thurs|fri|satur|sun)day|\btomorrow|\bnext\s+week|\d)))\b"
        # ... or keen, as Australian and New Zealand English say it: "keen to shout you
        # lunch and catch up", "I'm keen to buy you a coffee" (not "you're keen to grow")
        r"|(?:\b(?:i'm|im|i\s+am|we're|we\s+are)\s+(?:really\s+|so\s+|just\s+|pretty\s+)?|(?:^|[,.;:!?]\s*|\band\s+))keen\s+to\s+"
        r"(?:shout|buy|take|grab|catch\s+up|meet|get\s+together|see\s+you|have\s+(?:a|lunch|coffee|breakfast|dinner))\b",
        "like love glad happy delighted keen thrilled",
    ),
    # a plan told as a nice thought: "thought it'd be great to grab lunch", "figured it
    # might be fun to catch up over coffee"
    Rule(
        r"\b(?:thought|think|figured|reckon(?:ed)?)\s+(?:that\s+)?(?:it'd|it\s+would|it\s+might|it\s+could)\s+be\s+"
        r"(?:really\s+|so\s+)?(?:great|nice|good|fun|lovely|cool|worth\s+it|useful)\s+to\s+(?:grab|get|have|meet|catch\s+up|see|sit\s+down|do)\b"
        # ... or told as what the caller was thinking: "so what I was thinking is we set up
        # a demo next week", "my thinking is you and I grab a coffee" (not "I was thinking
        # we could do better")
        r"|\b(?:(?:i|we)\s+(?:was|were)|i'm|i\s+am|my)\s+thinking\s+(?:is\s+|was\s+)?(?:that\s+)?(?:maybe\s+)?(?:we|you\s+and\s+i|i)\s+"
        r"(?:(?:could|should|can|might|just)\s+)?(?:set\s+up|book|schedule|grab|hop\s+on|jump\s+on|meet|sit\s+down|get\s+together"
        r"|(?:get|do|have|put\s+in)\s+(?:a|an|some)\s+(?:[\w-]+\s+)?(?:call|chat|demo|meeting|coffee|lunch|time|walkthrough|walk-through|session|visit)"
        # (a meal with no article: "so i was thinking we do lunch after, my treat")
        r"|(?:do|have|get)\s+(?:lunch|breakfast|coffee|dinner|drinks))\b",
        "thought think figured reckon reckoned thinking",
    ),
    # the purchase or the trial started for them, offered: "so do you want me to start your
    # trial today?", "want us to set up the pilot this week" (not "want me to send it over")
    Rule(
        r"\b(?:(?:do|would)\s+you\s+)?(?:want|like)\s+(?:me|us)\s+to\s+(?:go\s+ahead\s+and\s+)?"
        r"(?:start|set\s+up|book|schedule|sign\s+you\s+up|get\s+you\s+(?:started|set\s+up|signed\s+up)|activate|open|kick\s+off)\b",
        "want like",
    ),
    # the two of us, put to them: "and you and me grab a coffee at ten, yeah?", "maybe the
    # two of us sit down next week"
    Rule(
        r"(?:^|[,;.:]\s*|\b(?:and|so|then|maybe|perhaps)\s+)(?:you\s+and\s+(?:me|i)|me\s+and\s+you|the\s+two\s+of\s+us)\s+"
        r"(?:(?:could|can|should|just|maybe)\s+)?(?:grab|get|have|do|meet|catch\s+up|sit\s+down|hop\s+on|jump\s+on)\b",
        "and two",
    ),
    # "I wondered if a 20-minute call might be useful", "wondering whether lunch works"
    Rule(r"\b(?:wondered|wondering|wonder)\s+(?:if|whether)\b", "wondered wondering wonder"),
    # ... or asked as a thing to ask, in the word order of a statement: "I wanted to ask if
    # we can fix thirty minutes on Thursday", "wanted to see if we could meet friday" (a
    # meeting's verb: not "see if we could help")
    Rule(
        r"\b(?:ask|see)\s+(?:you\s+)?(?:if|whether)\s+(?:we|you\s+and\s+(?:i|me)|the\s+two\s+of\s+us)\s+(?:can|could|might|may)\s+(?:maybe\s+|just\s+)?"
        r"(?:meet|fix|book|set\s+up|schedule|arrange|find|grab|have|sit\s+down|catch\s+up|hop\s+on|jump\s+on|get\s+together|block|put)\b",
        "if whether",
    ),
    # a slot offered: "I could do fifteen minutes Thursday at 4", "i could buy you a coffee
    # next monday at 9"
    Rule(
        # (not what we might do together: "there might be something we could do together",
        # "I think we could do something useful together")
        r"\b(?:i|we)\s+(?:could|can)\s+(?:also\s+|always\s+|just\s+)?(?:do(?!\s+together\b"
        r"|\s+something\s+(?:useful|good|great|interesting|valuable|meaningful|special|together|big)\b"
        # ("we can sit for coffee 20 min next tue 2pm", "we could grab a coffee friday")
        r"|\s+(?:a\s+lot|great\s+things|business|wonders|more|better)\b)|make|manage|buy\s+you|take\s+you|treat\s+you|meet\s+you|sit(?:\s+down)?\s+for|grab"
        # ... or room made for them: "reckon we could get you on a demo thursday arvo",
        # "we can fit you in friday" (not "we can get you in touch with her")
        r"|get\s+you\s+(?:on\s+(?:a|an)|in(?!\s+touch\b)|booked)|(?:fit|squeeze|book|pencil)\s+you\s+in)\b",
        "could can",
    ),
    Rule(
        # ("I propose we talk ... next Wednesday at 11": the present, as English learned late
        # says it)
        r"\b(?:i'd|i\s+would|we'd|we\s+would|i)\s+(?:suggest|propose|recommend)\b|\bmy\s+(?:suggestion|proposal|recommendation)\s+(?:is|would\s+be)\b"
        # ... or said as what is being proposed: "what I am proposing is half an hour, you,
        # me and whoever runs your fresh section"
        r"|\bwhat\s+(?:i|we)(?:'m|\s+am|'re|\s+are)\s+(?:proposing|suggesting|recommending)\s+(?:is|would\s+be)\b"
        # ... or wished, the French way: "I want to propose you a demo this Friday"
        r"|\b(?:i|we)\s+(?:just\s+|really\s+)?(?:want|wanted|'d\s+like|would\s+like)\s+to\s+(?:suggest|propose|recommend)\b",
        "suggest propose recommend suggestion proposal recommendation proposing suggesting"
        " recommending",
    ),
    # a visit asked leave for in Pidgin, "make I" for "let me": "if you no mind make I come see
    # the hotel saturday morning"
    # (or a meeting: "make we meet one day so i explain you proper")
    Rule(
        r"\b(?:make|mek)\s+(?:i|we|me|us)\s+(?:come|pass|stop|drop|visit|meet|sit\s+down)\b",
        "make mek",
    ),
    Rule(
        # (not whether it is worth one: "I wanted to see if it's worth a proper conversation")
        # (or to visit: "I want to come and see you this week, maybe Wednesday")
        rf"\b(?:i|we)\s+(?:just\s+|really\s+)?(?:want|wanted|(?:was|were)\s+(?:just\s+)?hoping)\s+to\s+(?:get|set|schedule|book|put|grab|see\s+if{_NOT_WORTH}|meet|show|bring"
        r"|come\s+(?:and\s+see|see|by|over|round|in\s+and)|visit|drop\s+by|pop\s+(?:by|in|round)|stop\s+by|swing\s+by)"
        # ... or said as "what I wanted to do is get twenty minutes on the calendar"
        r"|\bwhat\s+(?:i|we)\s+(?:just\s+|really\s+)?(?:want|wanted|(?:was|were)\s+(?:just\s+)?hoping)\s+to\s+do\s+(?:is|was)\W+"
        rf"(?:(?:uh|um|er|just|basically|maybe|like)\W+)*(?:get|set|schedule|book|put|grab|see\s+if{_NOT_WORTH}|meet|show|bring)\b"
        # put to them ("you want to grab a coffee?", "wanna hop on a call thursday"), not a
        # wish of someone else's ("people want to buy from people they know", "i just want
        # to make sure...") nor "I don't want to assume this is you"
        r"|(?:^\W*(?:(?:so|and|ok|okay|hey|well|or|then|maybe|also|cool|great|perfect|alright|sure|right|yeah|yep|awesome)\W+)*|[,.;:!?]\s*|\s--?\s+|\b(?:you|u|ya)(?:'d|d|\s+would|\s+guys|\s+all|\s+two)?\s+(?:(?:still|maybe|even|really|also)\s+)?)"
        r"(?:want|wanna)\s+to\b"
        # time with them wanted: "i want fifteen minutes with you next week"
        r"|\b(?:i|we)\s+(?:just\s+|really\s+|only\s+)?(?:want|wanted|need|needed)\s+(?:a\s+|an\s+)?(?:[\w-]+\s+)?(?:minutes?|mins?|hours?|time)\s+(?:with|of)\s+(?:you|your)\b"
        # the two of us wished together, as English learned late says it: "so I want we
        # make meeting, me and you, next week"
        r"|\bi\s+(?:just\s+|really\s+)?(?:want|wanted)\s+(?:that\s+)?(?:we|you\s+and\s+(?:me|i)|me\s+and\s+you)\s+"
        r"(?:make|have|do|meet|sit|set|fix|book|arrange|take|see)\b",
        "want wanted hoping wanna need needed",
    ),
    # ... or "us" wished to: "so I want us to sit down, you and me, next Tuesday at ten", "I'd
    # like us to meet on Monday"
    Rule(
        r"\b(?:i|we)(?:\s+(?:just\s+|really\s+)?(?:want|wanted|would\s+like|would\s+love)|'d\s+(?:really\s+)?(?:like|love))\s+(?:us|the\s+two\s+of\s+us)\s+to\s+"
        r"(?:sit|meet|have|get\s+together|do|set\s+up|grab|catch\s+up|talk|book|fix)\b",
        "us",
    ),
    Rule(
        # "up for a coffee?", not a contract "up for renewal"
        # (not a turn of phrase: "let's be honest", "let's say", "let's face it")
        r"\blet's\b(?!\s+(?:be\s+(?:honest|real|clear|frank|fair)|face\s+it|say|just\s+say|not\s+kid|put\s+it|call\s+it|assume|pretend|imagine|hope|see\s+(?:here|now|what)))"
        r"|\blet\s+us\b|\bwhy\s+don't\s+(?:we|i|you)\b"
        # (not a verb's particle: "what we pick up for plumbers", "sign up for the list")
        r"|\bup\s+for\b(?<!\bpick\sup\sfor)(?<!\bpicks\sup\sfor)(?<!\bpicked\sup\sfor)(?<!\bpicking\sup\sfor)"
        r"(?<!\bsign\sup\sfor)(?<!\bsigned\sup\sfor)(?<!\bset\sup\sfor)(?<!\bshow\sup\sfor)(?<!\bshowed\sup\sfor)"
        r"(?<!\bstand\sup\sfor)(?<!\bstood\sup\sfor)(?<!\bspeak\sup\sfor)(?<!\bmake\sup\sfor)(?<!\bmade\sup\sfor)"
        r"(?<!\bfill\sup\sfor)(?<!\blined\sup\sfor)(?<!\bopen\sup\sfor)(?<!\bgear\sup\sfor)(?<!\bgeared\sup\sfor)(?<!\bend\sup\sfor)"
        r"(?<!\bended\sup\sfor)(?<!\bcome\sup\sfor)(?<!\bcomes\sup\sfor)(?<!\bcame\sup\sfor)(?<!\bbacked\sup\sfor)(?!\s+(?:renewal|review|sale|grabs|debate|discussion|election|auction|promotion|bid|tender|negotiation|inspection|audit)\b)"
        r"|\bopen\s+to\b|\binterested\s+in\s+(?:a|an|setting|booking|seeing)\b",
        "let why up open interested",
    ),
    # the when of it asked, as English learned late orders it: "so when we can schedule the
    # demo?", "when I could come by?"
    Rule(
        r"\bwhen\s+(?:we|i)\s+(?:can|could|should|shall)\s+(?:schedule|book|set\s+up|do|have|meet|arrange|fix|make|come|visit|show)\b",
        "when",
    ),
    # a good time asked for it: "when's a good 15 minutes for you next week?"
    Rule(
        r"\bwhen(?:'s|s|\s+is|\s+would\s+be)\s+(?:a\s+)?(?:good|best|convenient|easy|easier)\b",
        "when whens",
    ),
    # an invitation, said as one, with its day: "come by for a tour thursday at 4", "swing
    # by the studio friday and I'll show you the press" (not "come by anytime")
    Rule(
        r"(?:^|[,.;:!?]\s*|\b(?:so|then|just|and|ok|okay|well)\s+)(?:come\s+(?:by|over|in|round|around|down|out|see\s+(?:us|me))|swing\s+by|stop\s+by"
        r"|drop\s+by|pop\s+(?:by|in|over|round)|join\s+(?:us|me))\b"
        r"(?=[^.!?]{0,60}?(?:\b(?:mon|tues|wednes|thurs|fri|satur|sun)day|\btomorrow|\bnext\s+week|\d))",
        "come swing stop drop pop join",
    ),
    # offered with its subject dropped: "could do a coffee next wed morning or a quick call"
    Rule(
        r"^\W*(?:(?:so|ok|okay|maybe|well|or|and|yeah)\W+)*(?:could|can)\s+(?:do|grab)\s+(?:a|an|some)\s+"
        r"(?:quick\s+|short\s+|\w+-minute\s+)?(?:coffee|lunch|breakfast|drinks|call|chat|demo|visit|walkthrough|meeting)\b",
        "could can",
    ),
    # ... or with it, as what the two of us can do: "we can take a 20-minute coffee next
    # Tuesday at 8" (a coffee "taken" as French has it), "we could have a short call friday"
    Rule(
        r"\bwe\s+(?:can|could)\s+(?:maybe\s+|just\s+|perhaps\s+|also\s+)?(?:take|have|grab|do|share)\s+(?:a|an|one)\s+"
        r"(?:(?:quick|short|brief|small|little|\w+-minute|\w+\s+minutes?)\s+){0,2}(?:coffee|tea|lunch|breakfast|drink|call|chat|meeting|visit)\b",
        "coffee tea lunch breakfast drink call chat meeting visit",
    ),
    # a meeting wished for as English learned after French says it: "I want that we two sit
    # down, Tuesday next week" (what and when are checked apart)
    Rule(
        r"\bi\s+(?:want|would\s+like|'d\s+like|wish)\s+that\s+(?:we|you\s+and\s+(?:i|me)|the\s+two\s+of\s+us)\b",
        "want like wish",
    ),
    # the day of a visit asked for, the visit taken as agreed: "which day i come"
    Rule(
        r"\b(?:which|what)\s+(?:day|date)\s+(?:(?:can|should|shall|could)\s+)?(?:i|we)\s+(?:come|pass|visit|meet)\b",
        "come pass visit meet",
    ),
    # a short talk held up as what would help: "maybe a short call would help, 15 minutes on
    # Friday at 10"
    Rule(
        r"\b(?:a|an)\s+(?:(?:quick|short|brief|small|little|\w+-minute|\w+\s+minutes?)\s+){0,2}(?:call|chat|coffee|meeting|visit|conversation)\s+"
        r"(?:would|could|might|can)\s+(?:really\s+|maybe\s+|also\s+)?help\b"
        # ... or put as a condition, what it is for told too: "if a half-hour call next
        # Monday at 3 to look at where the evenings are going would help, I'd be glad"
        r"|\bif\s+(?:a|an)\s+(?:quick\s+|short\s+|brief\s+)?(?:[\w-]+\s+)?(?:call|chat|coffee|meeting|visit|lunch|breakfast)\s+"
        r"(?:[\w:'-]+\s+){1,14}?(?:would|could|might)\s+help\b",
        "help",
    ),
)


# What is asked for: a meeting, a demo, a call, a visit, a trial, a purchase... One regex
# ``\b(?:demo|meeting|...|get\s+you\s+on)\b`` in parts, each gated on its own words.
_COMMIT_NOUN = AnyOf(
    # a time to be settled, the meeting it is for understood: "let's set a time", "let us
    # just fix a time now", "shall we pick a day" (said of this call: the caller's)
    Rule(
        r"\b(?:set|fix|pick|find|agree\s+on|lock\s+in|choose|nail\s+down|settle\s+on)\s+(?:up\s+)?(?:a|the)\s+"
        r"(?:time|date|day|slot)\b",
        "time date day slot",
    ),
    # an order taken, what it is for said after: "put you down for twelve" (ours to take,
    # not someone else's: "she put you down for tuesday, right?"; "sign you up" and "get
    # you set up" are in the part of meetings and visits below)
    Rule(r"\b(?<!\bhe\s)(?<!\bshe\s)(?<!\bthey\s)(?:put|pencil|mark)\s+you\s+down\s+for\b", "down"),
    # a slot in their diary, as European Englishes call the calendar: "can you put one in
    # his agenda with me" (not "what's on your agenda this year": their priorities)
    Rule(
        r"\b(?:put|pencil|book|get|squeeze|fit)\s+(?:one|it|us|me|something|a\s+slot|a\s+meeting|a\s+call|half\s+an\s+hour|\w+\s+minutes)\s+"
        r"in(?:to)?\s+(?:his|her|your|their|the)\s+(?:agenda|diary)\b",
        "agenda diary",
    ),
    Rule(
        r"\b(?:demo(?:nstration)?s?|meeting|appointment|walk-?through|presentation|assessment|estimate|consultation|tour|visit"
        # (a drink or a meal that names a trade, not one offered: "coffee growers", "the lunch rush")
        r"|(?:coffee|lunch|breakfast)(?!\s+(?:growers?|farmers?|farms?|shops?|roasters?|roastery|beans?|machines?|makers?|industry"
        r"|chains?|brands?|plantations?|producers?|exporters?|importers?|equipment|supplies|trade|rush|service|menu|crowd"
        # (nor a conference's break: "we met at the coffee break")
        r"|breaks?)\b)"
        r"|drinks|trial|pilot|purchase|contract|agreement|calendar"
        # (a verb after its subject says what someone does: "we schedule dock doors")
        r"|(?<!\bwe\s)(?<!\bi\s)(?<!\bthey\s)(?:buy|order|schedule|book))\b",
        "demo demos demonstration demonstrations meeting appointment walk walkthrough presentation assessment"
        " estimate consultation tour visit coffee lunch breakfast drinks trial pilot purchase buy order contract"
        " agreement calendar schedule book",
    ),
    Rule(
        r"\b(?:(?:a|quick|short|brief|proper|real|longer|fuller|follow-up|phone|video|zoom|teams|intro|discovery|\w+-minute|second)\s+"
        # (not a topic, whether it is one for them: "if that's even a conversation for you")
        r"(?:call|chat|conversation)(?!\s+(?:for\s+(?:you|your)|worth\s+having)\b)|call\s+with)\b",
        "call chat conversation",
    ),
    Rule(
        # (a time something takes, not time asked for: "program a part in under an hour")
        # (nor time lost or spent: "losing an hour a day to timesheets", "two hours a week")
        r"\b(?<!under\s)(?<!than\s)(?<!within\s)(?<!in\s)(?<!every\s)(?<!per\s)(?<!over\s)(?<!about\s)"
        r"(?:(?:an|half\s+an|a\s+half|one|1|two|an\s+extra|a\s+(?:proper|full|good|short|quick))\s+hours?(?!\s+(?:a|per|each|every)\s+(?:day|week|month|shift|night|year)\b)|(?:\d+|fifteen|twenty|thirty|forty-five|ten)[\s-]+minutes?\s+"
        r"(?:on|with|next|this|to|for|monday|tuesday|wednesday|thursday|friday|tomorrow))\b"
        # "could we set up 30 min", "grab fifteen minutes"
        r"|\b(?:set\s+up|grab|take|book|schedule|find|carve\s+out|get|(?<=\bwe\s)do)\s+(?:a\s+)?(?:\d+|five|ten|fifteen|twenty|thirty|forty-five)[\s-]*minutes?\b"
        # time or business to be earned: "what would it take to earn fifteen minutes of your time"
        r"|\b(?:earn|win)\s+(?:(?:a|an|the|some|just|your|me|us|\d+|five|ten|fifteen|twenty|thirty|few|couple|of)\s+)*(?:minutes?|time|meeting|call|business)\b"
        # ... or held up as a price: "worth 15 minutes of your time" (not "worth your time")
        rf"|\b{_WORTH_MINUTES}\b"
        # "would you be up for 30 min, just the two of us"
        r"|\b(?:up|open|game|free|around)\s+for\s+(?:a\s+)?(?:\d+|five|ten|fifteen|twenty|thirty|forty-five)[\s-]*minutes?\b"
        # the two sitting or talking for a length of time: "i suggest we two sit for 30 min"
        r"|\b(?:sit|sit\s+down|talk|meet|chat|speak)\s+(?:together\s+)?for\s+(?:a\s+|just\s+)?"
        r"(?:(?:\d+|five|ten|fifteen|twenty|thirty|forty-five)[\s-]*(?:minutes?|mins?)|half\s+an\s+hour|an\s+hour)\b",
        "hour hours minute minutes min mins earn win worth",
    ),
    Rule(
        r"\b(?:sign\s+(?:up|on)|sit\s+down|get\s+together|meet(?:\s+with)?\s+(?:you|up|our|my)|meet\s+with\s+(?:your|the)"
        # the two of us meeting, put bare: "can we meet today?", "shall we meet at the dock"
        # (not a goal met: "can we meet the deadline", "we meet your specs")
        r"|(?<=\bwe\s)meet\b(?!\s+(?:(?:the|your|our|their|its|all|those|these|any|every|each|that|this)\s+)?(?:[\w-]+\s+)?"
        r"(?:deadlines?|targets?|needs|demand|requirements?|standards?|quotas?|goals?|expectations?|budgets?|criteria|specs?"
        r"|specifications|minimums?|volumes?|costs?|payroll|obligations?|conditions?)\b)"
        # (nor a meeting past, its tense as English learned late keeps it: "we meet at Salone
        # last April?")
        r"(?![^,.;!?]{0,40}\b(?:last|ago|yesterday)\b)|(?<![a-z]s\s)come\s+(?:by|over|in|out)|stop\s+by|swing\s+by|drop\s+by"
        # "when can i come and see you", "i come to visit your farm"
        r"|(?<![a-z]s\s)come\s+(?:and\s+|to\s+)?(?:see|meet|visit)\s+(?:you|u|your|him|her|them)\b"
        # the day of the visit asked, the visit taken as agreed: "which day i come", "what
        # day can we come"
        r"|(?<=\bday\s)(?:(?:can|should|shall|could)\s+)?(?:i|we)\s+(?:come|pass|visit)(?=\W*$|\s*[,.;!?]|\s+(?:to\s+you|to\s+your|over|by|round))"
        r"|pop\s+(?:by|in|over)|show\s+you|set\s+(?:something|a\s+time|it|that|one|you)\s+up|set\s+up\s+(?:a|some|time)|pencil|get\s+you\s+on"
        # ("pass by", as West African Englishes say "come by": "when can i pass by your office")
        r"|(?<![a-z]s\s)pass\s+by\s+(?:you|u|your|the\s+(?:office|shop|site|farm|store|hotel|factory|warehouse))\b"
        # the order taken: "shall i sign you up", "shall we get you set up?"
        r"|(?<!\bhe\s)(?<!\bshe\s)(?<!\bthey\s)sign\s+you\s+up|get\s+you\s+(?:all\s+)?(?:set\s+up|signed\s+up|on\s+board(?:ed)?)"
        # "when can I get in front of your purchasing team?"
        r"|get\s+in\s+front\s+of\s+(?:you|your|him|her|them|the)"
        r"|walk\s+(?:you|them|your\s+team)\s+through"
        # a presentation asked for: "when can I present to your team?", "can we present it
        # to you and your partners" (not "we present the figures to the board every month")
        r"|(?:(?<=\bi\s)|(?<=\bwe\s))present\s+(?:(?:it|this|that|our\s+[\w-]+)\s+)?to\s+(?:you|u|your|him|her|them)\b"
        # a meeting asked for as what they would like: "would you want to talk it through",
        # "do you wanna meet"
        r"|(?:would|do)\s+you\s+(?:like|want|wanna)\s+(?:to\s+)?(?:meet(?:\s+up)?|talk\s+(?:it|this|that)\s+(?:through|over)"
        r"|get\s+together|grab\s+(?:a\s+)?(?:coffee|lunch|drink|bite)))\b",
        "sign sit get meet come stop swing drop pop show set pencil walk talk grab pass present",
    ),
    # a talk itself, as the thing asked for: "would you be interested in talking about it?",
    # "open to chatting more sometime?" (not "interested in talking about your process")
    Rule(
        r"\b(?:interested\s+in|open\s+to|up\s+for|keen\s+on)\s+(?:(?:a|just|maybe)\s+)?"
        r"(?:talking|chatting|speaking|meeting|catching\s+up|sitting\s+down|getting\s+together)"
        r"(?:\s+(?:more|further|properly|again|sometime|some\s+time|soon|later|about\s+(?:it|this|that)|with\s+(?:me|us)))*\s*(?:[,.;!?]|$)",
        "interested open up keen",
    ),
    # the close itself: "are you ready to get started?", "shall we move forward?"
    Rule(
        r"\b(?:get(?:ting)?\s+(?:you\s+|things\s+)?started|move\s+forward|go\s+ahead\s+with\s+(?:it|this|the)"
        r"|ready\s+to\s+(?:start|buy|order|sign|commit|switch|go))\b",
        "started forward ahead ready",
    ),
    # time together, asked for without a noun: "could we find time to talk?"
    Rule(
        # (when and with whom may come between: "find some time at some point with our engineer")
        r"\b(?:(?:find|grab|make|carve\s+out|set\s+aside)\s+(?:some\s+|a\s+(?:bit\s+of\s+|little\s+)?)?time\s+"
        r"(?:(?:at\s+some\s+point|soon|later|next\s+week|this\s+week|sometime)\s+)?"
        r"(?:to\s+(?:talk|chat|meet|speak|connect)|together|for\s+(?:a|us|this)|with\s+(?:you|your|our|my|me|us|the|him|her|them)\b)"
        r"|talk\s+(?:properly|more)\s+(?:later|another\s+time|some\s*time|this|next|on|tomorrow)"
        # "would you be open to talking about it sometime?"
        r"|talk(?:ing)?\s+(?:about\s+(?:it|this|that)\s+)?(?:more\s+)?(?:some\s*time|another\s+time|next\s+week)"
        # (not the sign-off said on its own: "ok, keep in touch, talk soon")
        r"|talk(?<=[\w']\stalk)(?:ing)?\s+(?:about\s+(?:it|this|that)\s+)?(?:more\s+)?(?:later|soon))\b",
        "time talk talking",
    ),
)
# The ask forms in one loop, the sentence's words looked up once.
_ASK_FORM = AnyOf(*_ASK_FORM_PARTS)
_THIS_CALL_TIME = Rule(
    r"\bgive\s+me\s+(?:just\s+|only\s+)?(?:\d+|a|one|two|three|four|five|ten|fifteen|twenty|thirty|forty(?:[\s-]five)?|sixty"
    r"|a\s+few|a\s+couple(?:\s+of)?)\s+(?:seconds|minutes?|mins?)\b|\bgive\s+me\s+(?:just\s+|only\s+)?(?:an|one|half\s+an)\s+hour\b"
    r"|\b(?:minutes?|seconds)\s+(?:of\s+your\s+time|now|right\s+now)\b"
    # this call, explained: "I thought a quick call would help me understand your work"
    r"|\b(?:i|we)\s+(?:thought|figured|felt)\s+(?:that\s+)?(?:a|this)\s+(?:quick\s+|short\s+|brief\s+|little\s+)?(?:phone\s+)?call\s+(?:would|might|could|was)\b"
)
# How a slot put flat opens: a word or two of lead-in, perhaps "next", "this" or "on".
# (the week perhaps named before the day: "maybe next week wednesday at 10, if it suits")
_SLOT_LEAD = r"(?i)\W*(?:(?:so|ok|okay|then|maybe|right|fine|good)\W+)*(?:(?:next|this)\s+week\s+|(?:next|this|on)\s+)?"
# A day and an hour, then how long, said as the whole proposal: "Thursday four o'clock,
# twenty minutes, you and your logistics head" (not "Thursday, twenty minutes late").
_SLOT_WITH_LENGTH = Lazy(
    _SLOT_LEAD
    + r"(?:mon|tues|wednes|thurs|fri|satur|sun)day\b[^,.;!?]{0,25},\s*(?:(?:just|only|say|maybe)\s+)?"
    r"(?:(?:\d+|five|ten|fifteen|twenty|thirty|forty-five)[\s-]*(?:minutes?|mins?)|half\s+an\s+hour|an\s+hour)\b"
    r"(?!\s+(?:late|early|away|before|after|ago|drive|walk|from|of|each|a|per|behind)\b)"
)
# A weekday said short or whole, and the words an hour is said in after it ("at ten",
# "around half past", "in the morning", "ish"): the slot put flat, for the rules below.
_SLOT_DAY = r"(?:mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?\b"
_SLOT_HOUR_WORDS = (
    r"at|around|about|by|@|in|the|morning|afternoon|noon|evening|lunch|o'clock|ish|am|pm"
    r"|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half|past"
)
# ... or a day and an hour, then the promise that it will be short: "so thurs at 4 itll be
# quick", "Friday at ten, I'll keep it short" (the whole proposal, said flat).
_SLOT_THEN_QUICK = Lazy(
    _SLOT_LEAD + _SLOT_DAY + rf"(?:\s+(?:{_SLOT_HOUR_WORDS}|\d[\d:.]*(?:am|pm)?))*\s*,?\s*"
    r"(?:(?:it'll|itll|it\s+will)\s+(?:be\s+)?(?:quick|short|brief|fast)|(?:it\s+)?(?:won't|wont|will\s+not)\s+take\s+long"
    r"|(?:i'll|ill|i\s+will)\s+keep\s+it\s+(?:short|quick|brief))\b"
)
# ... or a day and an hour, then that it can work, said flat: "next wednesday 11 am can
# work", "so friday at ten could suit" (as many Englishes put a proposal; not "monday can
# work for the delivery", something else's day).
_SLOT_CAN_WORK = Lazy(
    _SLOT_LEAD + _SLOT_DAY + rf"(?:\s+(?:{_SLOT_HOUR_WORDS}|\d[\d:.]*(?:am|pm|h)?))*\s*,?\s*"
    r"(?:can|could|would|should|will|might)\s+(?:work|suit|do|be\s+(?:fine|good|ok|okay|better|best))"
    r"(?:\s+(?:for\s+(?:you|u|us|both\s+of\s+us)|then|too))?\W*$"
)
# What keeps a slot from the time asked for before it: a pause, or "now".
_GAP_BREAK = Lazy(r"[,;.:!?]|\bnow\b")
# This very call, explained: someone sent us ("Ines suggested I give you a call", "he told
# me to ring you"), or we thought of it ("so I figured I'd give you guys a call").
# ... or awaited, and when: "he's expecting my call this morning"
_AWAITED = (
    r"\b(?:expecting|expects|expected|awaiting|waiting\s+(?:for|on))\s+(?:my|our|a|the|this|me\s+to)\s+"
    r"(?:call|ring|phone\s+call)(?:\s+(?:this|today|tomorrow|at|around|about|before|after)\b(?:\s+(?:morning|afternoon|evening|[\d:.]+\s*(?:am|pm)?|noon|lunch(?:time)?))?)?"
)
_AWAITED_WORDS = "expecting expects expected awaiting waiting"
_CALL_SENT = Rule(
    r"\b(?:suggested|recommended|said|told\s+me|asked\s+me|thought|figured|mentioned)\s+(?:that\s+)?"
    r"(?:i\s+(?:should\s+|could\s+|might\s+|would\s+)?|i'd\s+|to\s+)?"
    r"(?:give\s+you(?:\s+guys|\s+all|\s+folks)?\s+a\s+(?:quick\s+)?(?:call|ring|buzz|shout)|call\s+you|ring\s+you|phone\s+you)\b"
    rf"|{_AWAITED}",
    f"suggested recommended said told asked thought figured mentioned {_AWAITED_WORDS}",
)
# (the awaited call alone, for a sentence that names nothing asked for: its hour is no slot)
_CALL_AWAITED = Rule(_AWAITED, _AWAITED_WORDS)
# Time to be earned is a later meeting: "what would it take to earn 15 minutes of your time"
_EARNED_TIME = Rule(
    # (or held up as a price: "would that be worth 15 minutes of your time")
    r"\b(?:earn|win|worth)\s+(?:\w+\s+){0,2}?(?:minutes?|seconds)\s+of\s+your\s+time\b",
    "earn win worth",
)
_LEADING_AUX_YOU = Rule(
    r"^\W*(?:(?:so|and|but|ok(?:ay)?|well|oh)\W+)*(?:do|does|did|are|is|isn't|was|were|have|has|had|would|will|could|can|who|what|when|where|why|how|which)\b"
)


# Finding something out for them from a third person: "I could ask her whether she'd
# welcome an introduction", "I'll check with her this week" (not asking them: "can I ask
# who does your books today?"). One of the offers below, and a verb of a next step.
_ERRAND = r"check\s+with|ask\s+(?:her|him|them)|find\s+out"
# An offer to do something for them that asks nothing of their time: "Shall I introduce you
# to her?", "Can I email you the guide tomorrow?", "Want me to forward it Friday?"
_REP_OFFER = Rule(
    r"\b(?:(?:can|could|may|shall|should)\s+(?:i|we)|(?:would|do)\s+you\s+(?:like|want)\s+(?:me|us)\s+to|want\s+(?:me|us)\s+to"
    # ... or promised: "if you'd like, I'll check with her this week"
    r"|(?:i'll|i\s+will|we'll|we\s+will|let\s+me)"
    # ... or said as what the rep can do: "what I can do is email you our checklist"
    r"|what\s+(?:i|we)\s+(?:can|could)\s+do\s+is)"
    # ("pass" passes something on: not "when can we pass, wednesday or thursday?", a visit
    # as West African Englishes say "come by")
    r"\s+(?:just\s+|quickly\s+|also\s+|then\s+)?(?:send|email|e-mail|mail|text|forward|share|introduce|connect|loop"
    r"|pass(?=\s+(?!by\b|through\b|round\b|over\b)[a-z])|put\s+you(?:\s+two|\s+both)?\s+in\s+touch"
    rf"|{_ERRAND})\b"
)


# A proposal said as a fragment: what, then when, with no verb ("coffee at Hartley's at
# 8:30 my treat", "lunch thursday at noon").
_FRAGMENT_PROPOSAL = Lazy(
    r"\s*(?:(?:so|ok|okay|then|maybe|and|or|even|just)\s+)*(?:a\s+)?(?:(?:quick|short|brief|\w+-minute|\w+\s+minute|phone|video|zoom)\s+){0,3}(?:coffee|lunch|breakfast|drinks|demo|call|chat|visit)\b"
    r"(?![^;,.]*\b(?:is|was|were|are|had|did|went|got|have|has|be|been|will|would|could|should)\b)[^;,.]{0,70}$",
    re.IGNORECASE,
)
# A slot held up for their verdict: "how does monday at 3 look?", "how would thursday at
# 9 work for you?" (asked only where the sentence names a slot).
_HOW_DOES_SLOT = Rule(
    # ("how does next wednesday at 2 your time sound": a slot of six words)
    # (a noun after "the" is no verb: "how is the work this morning" asks after them)
    r"\bhow\s+(?:does|do|would|is|'s|about)\s+(?:[\w:'-]+\s+){1,7}?(?<!\bthe\s)(?<!\byour\s)(?<!\bmy\s)(?<!\bour\s)(?:look|looking|sound|work|suit|fit)\b",
    "how",
)
# Commitment nouns that also name everyday things ("the ferry schedule", "a book").
_WEAK_NOUN = Lazy(
    r"\b(?:calendar|schedule|book|order|buy|purchase|contract|agreement)\b", re.IGNORECASE
)
# Where we know each other from, not a proposal: "it's Ottilie, from the conference in March?"
_FROM_WHERE = Lazy(r"\W*from\s+(?:the|that|our|your)\b", re.IGNORECASE)
# A weekday said in the plural is a habit ("you two golf on saturdays?"), not a slot.
_HABIT_DAY = Lazy(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)days\b", re.IGNORECASE)
_WHAT_FOR = Lazy(
    r"\s*(?:(?:just|only|mainly|mostly)\s+)?(?:so\s+(?:that\s+)?(?:i|we)\s+(?:can|could)|to\s+(?:see|understand|hear|learn|get\s+a\s+(?:sense|feel)))\b",
    re.IGNORECASE,
)
# The pick left to them after a slot: "..., or you tell me a better day", "..., or whenever
# suits" (also one of the tags below).
_PICK_LEFT_WORDS = (
    r"or\s+(?:you\s+)?(?:tell\s+me|pick|choose|name|suggest)\s+(?:a|the|another|any|your)\s+(?:better\s+|good\s+|other\s+|different\s+)?(?:day|time|date|slot)s?"
    r"|or\s+(?:whenever|whatever)\s+(?:suits|works)(?:\s+(?:you|better))?"
)
# (its comma may be dropped: "maybe next wednesday 10am or you tell me a better time")
_PICK_LEFT = Lazy(rf"(?:,\s*|\s)(?:{_PICK_LEFT_WORDS})\W*$", re.IGNORECASE)
# Whether the slot just said suits them, to the end of its clause: "if that's kind to your
# calendar", "if it works for you" (a tag of the slot, and a proposal typed with a stop).
_IF_IT_SUITS_WORDS = r"if\s+(?:that|it|this)(?:'s|\s+is|\s+works|\s+suits|\s+fits)\b[^,;.!?]*"
_TAG_CLAUSE = Lazy(
    # (a yes asked for in the caller's other language: "so Thursday at two, sí?", "..., ja?")
    r"\s*(?:then|right|yes|no|ok(?:ay)?|perhaps|maybe|instead|again|say|yeah|yes\s+or\s+no|yay\s+or\s+nay"
    r"|s[ií]|oui|ja|haan|hai|eh|ya|yah|innit|lah|la"
    # ... or the pick left to them: "Monday at two, or you tell me a better day?"
    rf"|{_PICK_LEFT_WORDS}"
    # ... or whether they are free, its "are" perhaps Pidgin "dey": "Thursday, eleven
    # o'clock, you dey free?"
    r"|(?:you|u)\s+(?:dey\s+|are\s+|re\s+)?(?:free|available|around)"
    # ... or whether it suits them: "Monday at 11 your time, if that's kind to your calendar"
    rf"|{_IF_IT_SUITS_WORDS})\W*$",
    re.IGNORECASE,
)
# Who comes, said after the slot: "so thursday at ten, the agent can come?", "friday at
# nine, can I pop round?" (the visit is the slot's ask)
_SLOT_TAKEN_AFTER = Lazy(
    # (its verb in the present for the future: "Thursday 10h, we pass anyway?")
    r"\s*(?:(?:so|then|and)\s+)?(?:(?:i|we|he|she|they|(?:the|our|my)\s+[a-z]+)\s+(?:can|could|will|may|should)"
    r"|(?:can|could|may|shall|should)\s+(?:i|we|he|she|they|(?:the|our|my)\s+[a-z]+)|i|we)\s+"
    r"(?:come|visit|pass|stop|drop|swing|pop)(?:\s+(?:by|over|round|around|in))?(?:\s+(?:anyway|then|still|again))?\W*$"
    # ... or them booked for it: "so thursday three, I put you down?", "friday at ten, shall
    # I pencil you in?"
    r"|\s*(?:(?:so|then|and)\s+)?(?:(?:shall|can|should)\s+(?:i|we)|(?:i|we)(?:'ll|\s+will|\s+can)?)\s+"
    r"(?:put|pencil|book|mark|lock|note|write)\s+(?:you|it|that|us)\s+(?:down|in)\W*$"
    # ... or booked for them: "so thursday ten o'clock, okay, I book it for you?"
    r"|\s*(?:(?:so|then|and|ok|okay)\W+)*(?:(?:shall|can|should)\s+(?:i|we)|(?:i|we)(?:'ll|\s+will|\s+can)?)\s+"
    r"(?:book|reserve|schedule|arrange|set\s+up)\s+(?:it|that|this|one)(?:\s+for\s+(?:you|u))?\W*$",
    re.IGNORECASE,
)
# When in their day the slot falls, said after it: "Tuesday at eight, before the store gets
# busy?", "friday at 3, after the lunch rush?" (the slot before it is the ask).
_WHEN_IT_SUITS = Lazy(
    r"\s*(?:(?:so|just|maybe|ideally)\s+)?(?:before|after|once|when|while)\s+(?:the|your|ur|you|u|it|things|lunch|service|opening|work|school|prayers|church)\b",
    re.IGNORECASE,
)
# Whether a slot just said suits them, closing the sentence: "..., if that's kind to your
# calendar", "..., if it works for you".
_IF_IT_SUITS = Lazy(rf"(?i),\s*{_IF_IT_SUITS_WORDS}\W*$")
# ... and the slot before it, the whole clause: "monday at 11 your time", "so thursday 9"
# (not "they close monday at 9").
_SLOT_LEAD_ONLY = Lazy(_SLOT_LEAD + _SLOT_DAY + r"[^,;.!?]{0,30}$")
# A word said between the slot and its tag.
_SAID_BETWEEN = frozenset("okay ok then right yes yeah so alright sir madam".split())
# Where, or the hour, added after the proposal: "so, lunch thursday, noon, somewhere in the
# Third Ward?" (the proposal is the clause before that names the meeting)
_WHERE_OR_HOUR_ADDED = Lazy(
    r"\s*(?:(?:or|and|maybe|say)\s+)?(?:somewhere|anywhere|someplace|near|downtown|uptown|midtown|close\s+to"
    r"|(?:at|in|by|around)\s+(?:the|your|my|our|that|this)\b|noon|midday"
    # (the place named bare: "Wednesday at three, your office?")
    r"|(?:your|my|our|ur)\s+(?:office|place|shop|store|site|warehouse|factory|clinic|farm|yard|plant|depot|hotel|restaurant)\W*$"
    r"|\d{1,2}(?::\d\d)?\s*(?:am|pm)?\W*$)[^,;]{0,40}$",
    re.IGNORECASE,
)


# An hour put to them with nothing else: "does noon work?", "would 2 be better?", "is 3 ok?"
# (the day is the one already talked about)
_BARE_HOUR_ASK = Lazy(
    r"(?i)^\W*(?:(?:so|and|ok|okay|then|or|well|great|cool)\W+)*(?:does|would|will|could|is)\s+(?:like\s+)?"
    r"(?:noon|midday|lunchtime|(?:[01]?\d|2[0-3])(?::\d{2})?(?:\s*[ap]\.?m\.?)?)\s+"
    r"(?:work|suit|do|be\s+(?:ok|okay|good|better|fine|alright)|ok|okay|good|any\s+good)\b"
)


# A commitment asked for in so many words: "can you commit to that?", "are you ready to
# sign today?", "can I get a yes from you?"
_COMMIT_VERB = Rule(
    r"\b(?:can|could|will|would)\s+you\s+(?:just\s+)?(?:commit|sign\s+(?:off|today|now|this|it|the|up\s+(?:today|now|tonight|this\s+week))|agree\s+to\s+(?:that|this|it|the)|say\s+yes)\b"
    r"|\b(?:are\s+you|you're|youre)\s+(?:ready|willing|prepared)\s+to\s+(?:commit|sign|move\s+forward|go\s+ahead)\b"
    r"|\b(?:can|could)\s+(?:i|we)\s+(?:get|have)\s+(?:a|your)\s+(?:commitment|signature|yes|verbal)\b"
    # a yes asked for as a place on our list: "can I count you in?", "shall I sign you up?"
    r"|\b(?:can|could|shall|should)\s+(?:i|we)\s+(?:count\s+(?:you|u)\s+in|sign\s+(?:you|u)\s+up|put\s+(?:you|u)\s+down)\b"
    # the slot just named, fixed: "but thursday at 2. can I lock that in?"
    r"|\b(?:can|could|shall|should)\s+(?:i|we)\s+(?:lock|pencil|book|pin)\s+(?:that|it|this|you|us|them)\s+(?:in|down)\b"
    # the purchase put as a wish of theirs: "would you be up for switching one hall over to
    # us this quarter?", "would you be open to trying our modules?"
    r"|\b(?:would|will|could)\s+you\s+(?:be\s+)?(?:up\s+for|open\s+to|willing\s+to|keen\s+(?:to|on)|game\s+(?:for|to)|ready\s+to)\s+"
    r"(?:switch\w*|mov\w*\s+(?:\w+\s+){0,3}?(?:over|across)\s+to\s+us|try\w*\s+(?:us|our)|sign\w*\s+(?:up|on)|go\w*\s+with\s+us|giv\w*\s+us\s+a\s+(?:go|try|shot)"
    r"|start\w*\s+with\s+us|order\w*|buy\w*|trial\w*\s+(?:us|our))\b"
    # the yes taken as given, only its date asked: "when can your engineering team start?",
    # "when could you get started?"
    r"|\bwhen\s+(?:can|could|will|would)\s+(?:you|your\s+(?:\w+\s+)?(?:team|people|engineers|developers|devs|guys|folks|staff))\s+"
    r"(?:start|begin|get\s+started|kick\s+(?:it\s+|this\s+)?off|sign)\b"
    # ... or the caller's start asked for, the work theirs already: "when can I come and
    # start?", "when can we come and pick up your files?"
    r"|\bwhen\s+(?:can|could|should|shall)\s+(?:i|we)\s+(?:come\s+(?:and\s+|to\s+)?)?"
    r"(?:(?:start|begin|sign)(?=\W*$|\s*[,.;!?]|\s+(?:with\s+(?:you|u)|working|on\s+(?:your|the)|(?:the\s+)?(?:work|contract|agreement|deal|papers)))"
    r"|pick\s+up\s+(?:your|the)\s+(?:files|books|papers|documents|records|receipts))\b",
    "commit sign agree say ready willing prepared commitment signature yes verbal lock pencil book pin"
    " up open keen game start begin started kick count down pick",
)


# A meal offered as a treat: "lunch on me", "coffee's on us", "dinner, my treat".
_TREAT = Lazy(
    r"(?i)\b(?:lunch|coffee|breakfast|brunch|dinner|drinks|a\s+(?:coffee|beer|pint|drink|bite))(?:'s|\s+is)?,?\s+(?:on\s+(?:me|us)|my\s+treat)\b"
)


#: Words of address before a name ("is this madame uwase", "mr ortiz"): a quick test before
#: the rules that read who picked up (here and in :mod:`roleplay.language.questions`).
ADDRESS_TITLES = frozenset(
    "madam madame mme mr mrs ms miss dr sir mister monsieur senhor senhora señor señora prof".split()
)
# Who picked up, checked: "is this madame uwase, ceo of nyungwe highlands coffee?" (a
# firm's name may hold a meeting's word: no meeting is asked for).
_WHO_PICKED_UP = Lazy(
    r"(?i)^\W*(?:(?:hi|hey|hello|good\s+(?:morning|afternoon|evening|day)|sorry|excuse\s+me)\W+)*"
    r"(?:is\s+(?:this|that)|am\s+i\s+(?:speaking|talking)\s+(?:to|with)|are\s+you)\s+"
    r"(?:madame?|mr|mrs|ms|miss|dr|sir|mister|monsieur|senhora?|señora?|señor)\b"
)


# A clause told in the past ("that breakfast was something"), not a plan being made ("was
# thinking lunch friday").
_WAS_SAID = Lazy(r"(?i)\b(?:was|were)\b(?!\s+(?:thinking|wondering|hoping|going|gonna|planning))")


# An opinion asked before the proposal it is about: "so what do you think we can meet ..."
_THINK_LEAD = Lazy(
    r"(?i)^\W*(?:(?:so|and|ok|okay|then)\W+)?(?:what\s+do\s+(?:you|u)\s+think|what\s+(?:you|u)\s+think|do\s+(?:you|u)\s+think)(?=\s+(?:we|i)\s)"
)


def is_commitment_ask(sentence: str, question: bool) -> bool:
    """A meeting/demo/call/visit/trial/purchase ask (time-check and routing lines are excluded by the caller)."""
    if question and not ADDRESS_TITLES.isdisjoint(words_of(sentence)):
        if _WHO_PICKED_UP.search(sentence) is not None:
            return False  # who picked up, checked: no meeting asked for
    if question and _COMMIT_VERB.search(sentence) is not None:
        return True  # "can you commit to that?": no meeting named, the yes itself asked for
    if (" on me" in sentence or " on us" in sentence or "treat" in sentence) and _TREAT.search(
        sentence
    ) is not None:
        return True  # "lunch on me": the invitation, said as the treat
    # Every ask names what (a meeting, a demo...) or when: without either, skip the costly
    # ask-form rule.
    noun = _COMMIT_NOUN.matches(sentence)
    if noun and ("contract" in sentence or "agreement" in sentence):
        theirs = _THEIR_CONTRACT.search(sentence)
        if theirs is not None:  # the contract they have, no contract asked for
            noun = _COMMIT_NOUN.matches(sentence[: theirs.start()] + " " + sentence[theirs.end() :])
    sent = _CALL_SENT.search(sentence) if noun else _CALL_AWAITED.search(sentence)
    if sent is not None:  # this very call, not one asked for: "she said to give you a call"
        # (and when it was awaited is no slot: "he's expecting my call this morning")
        sentence = sentence[: sent.start()] + " " + sentence[sent.end() :]
        noun = _COMMIT_NOUN.matches(sentence)
    said = time_slot(sentence, allow_today=False)
    slot = said is not None
    if said and not noun:
        at = lowercase(sentence).find(said.lower())  # (the slot comes back in lower case)
        start = max(sentence.rfind(mark, 0, at) for mark in ",;.!?") + 1
        before = sentence[start:at]
        if (
            at > 0
            and (_PAST_DEED.search(before) or _HAPPENS_THEN.search(before))
            and not _ASK_WORD.search(before)
        ):
            # "we connected on linkedin on monday": a day in the past, or when something
            # happens anyway ("we deliver to restaurants before 6am", "your contract comes up
            # for renewal in june") (unless a slot follows: "she left a voicemail friday,
            # could we talk monday at 9?")
            slot = time_slot(sentence[at + len(said) :], allow_today=False) is not None
    if not (noun or slot) and question and _BARE_HOUR_ASK.search(sentence):
        slot = True  # "does noon work?", "is 3 ok?": the hour alone, put to them
    if not (noun or slot):
        return False
    ask = _ASK_FORM.matches(sentence) or bool(
        slot
        and question
        and _HOW_DOES_SLOT.search(sentence)
        and not _TIME_AS_ATTRIBUTE.search(sentence)  # "how does the 9am shift work?"
    )
    later_time = False  # "give me thirty minutes" said of a day to come, not this call
    if said and "ive me" in sentence:
        given = _THIS_CALL_TIME.search(sentence)
        if given is not None and given.group().lower().startswith("give"):
            # "give me thirty minutes next sunday in your office": time asked for on a day
            # to come, in the same breath, a meeting (not "give me two minutes and I'll
            # explain", this very call, nor "give me a minute now, it's about monday")
            gap = lowercase(sentence)[given.end() :].partition(said.lower())
            if gap[1] and len(gap[0].split()) <= 3 and not _GAP_BREAK.search(gap[0]):
                ask = later_time = True
    if (
        slot
        and not ask
        and (
            _SLOT_WITH_LENGTH.match(sentence)
            or _SLOT_THEN_QUICK.match(sentence)
            or _SLOT_CAN_WORK.match(sentence)
        )
    ):
        # "Thursday four o'clock, twenty minutes, you and your ops head", "so thurs at 4
        # itll be quick"
        return True
    reported = _REPORTED.search(sentence) if ask and not question else None
    # (unless a clause after it asks on its own: "..., could we meet friday at 9", "... --
    # any chance we can get thirty minutes thursday")
    if reported and not _ASK_WORD.search(_next_clause(sentence[reported.end() :])):
        return False  # "she said you might be open to a quick call": what someone said
    if not (ask or question):
        if slot and " or " in sentence and _SLOTS_OFFERED.search(sentence):
            return True  # "maybe wednesday 10am or friday 3pm": two slots, theirs to pick
        if slot and " or " in sentence and _PICK_LEFT.search(sentence):
            return True  # "maybe monday at two, or you tell me a better day": typed, no "?"
        suits = _IF_IT_SUITS.search(sentence) if slot and " if " in sentence else None
        if suits is not None:
            # "Monday at 11 your time, if that's kind to your calendar": the slot, then
            # whether it suits them (typed with a stop: a proposal all the same)
            head = sentence[: suits.start()]
            return (
                _SLOT_LEAD_ONLY.match(head) is not None
                and time_slot(head, allow_today=False) is not None
            )
        # typed without its "?": "im in your area on the 18th; coffee at hartleys at 8:30"
        return (
            noun
            and slot
            and (later_time or not _THIS_CALL_TIME.search(sentence))
            and any(
                _FRAGMENT_PROPOSAL.match(c) and not _PAST_DEED.search(c)
                # (after a colon too: "here's an easy offer: a 15-minute call monday at 4",
                # not the colon of "4:30")
                for c in re.split(r"[;,.]|:(?!\d)", sentence)
            )
        )
    if not later_time and _THIS_CALL_TIME.search(sentence) and not _EARNED_TIME.search(sentence):
        return False
    if not noun and (offer := _REP_OFFER.search(sentence)) is not None:
        head = sentence[: offer.start()]
        # (unless the slot was asked for before it: "how bout fri 10am then, ill send the
        # zoom link", the invitation promised once the time is agreed)
        if not (ask and said and said.lower() in lowercase(head) and _ASK_FORM.matches(head)):
            return False  # an offer of help is a next step, not a commitment ask
    low = lowercase(sentence)
    if ("look" in low and _WHAT_KIND.match(sentence)) or (
        ("plan" in low or "anything" in low) and not ask and _THEIR_PLANS.match(sentence)
    ):
        return False  # "what does the ideal intro look like, a call, email, coffee?": examples
    if ask and (noun or slot):
        return True
    if (
        question
        and slot
        and " or " in sentence
        and _PICK_TAG.search(sentence.rsplit(",", 1)[-1])
        # (a meeting named, or two days or hours: "thursday or friday, which day is
        # convenient for you?")
        and (noun or _TWO_SLOTS.search(sentence) is not None)
    ):
        # two slots offered, then the pick left to them in the same breath: "..., next week,
        # Tuesday or Wednesday, ..., which day is good for you?"
        return True
    # A fragment proposal: "...; coffee at Hartley's at 8:30?", "So, Saturday at 10?"
    # (after "what do you think", its comma perhaps dropped: "so what do you think we can
    # meet this week")
    think = _THINK_LEAD.match(sentence) if "think" in sentence else None
    clauses = re.split(
        r"[;,]", sentence if think is None else f"{think.group()},{sentence[think.end() :]}"
    )
    clause = clauses[-1]
    if len(clauses) > 1 and (
        _TAG_CLAUSE.match(clause)
        or _WHAT_FOR.match(clause)
        or (slot and (_SLOT_TAKEN_AFTER.match(clause) or _WHEN_IT_SUITS.match(clause)))
    ):
        # "Monday morning, then?": the tag asks for the slot before it; so does what the
        # slot is for ("even a quick call on friday, just so I can understand your setup?")
        clause = clauses[-2]
        if len(clauses) > 2 and clause.strip().lower() in _SAID_BETWEEN:
            clause = clauses[-3]  # "so thursday ten o'clock, okay, I book it for you?"
    elif len(clauses) > 1 and _WHERE_OR_HOUR_ADDED.match(clause):
        # "so, lunch thursday, noon, somewhere in the Third Ward?": the clause that names it,
        # or else the one that names the slot ("say one o'clock, somewhere round the station?")
        named = next((c for c in reversed(clauses[:-1]) if _COMMIT_NOUN.matches(c)), None)
        if named is None and slot:
            named = next(
                (c for c in reversed(clauses[:-1]) if time_slot(c, allow_today=False)), None
            )
        clause = named or clause
    if len(clause.split()) > 8 or _LEADING_AUX_YOU.search(clause) or _FROM_WHERE.match(clause):
        return False
    if _TIME_AS_ATTRIBUTE.search(clause):
        return False  # "still doing the 4am dough thing?" asks about a habit
    if _PAST_DEED.search(clause) or _WAS_SAID.search(clause):
        # "we connected on linkedin on monday?" checks the past, and so does "that breakfast
        # was something, no?"
        return False
    if _WHEN_IT_IS.search(clause):
        return False  # "the detroit show is in april, right?" checks when something is
    named = _COMMIT_NOUN.matches(clause)
    if not named and _HABIT_DAY.search(clause):
        return False  # "said you two golf on saturdays?": a habit, not a slot
    # "the guy going on about the ferry schedule?": a schedule or a book named is no ask
    if _WEAK_NOUN.search(clause) and not _COMMIT_NOUN.matches(_WEAK_NOUN.sub(" ", clause)):
        return time_slot(clause, allow_today=False) is not None
    return bool(named or time_slot(clause, allow_today=False))


def _next_clause(text: str) -> str:
    """What follows the first comma or spaced dash of ``text`` ("" if none)."""
    found = _CLAUSE_MARK.search(text)
    return text[found.end() :] if found else ""


_CLAUSE_MARK = Lazy(r",|\s-{1,2}\s|[–—]")


# When something is, said as a statement: "the show is in april", "the renewal's on the 1st"
# (not a place's "'s": "coffee at Hartley's at 8:30?").
_WHEN_IT_IS = Rule(
    r"(?:\b(?:is|are|was|were)|(?<!\bat\s)(?<!\bto\s)(?<!\bby\s)(?<!near\s)\b[a-z]+'s)\s+(?:still\s+|always\s+|usually\s+)?(?:in|on|at|from|until|till|this|next)\b(?!\s+(?:me|us)\b)",
    "is are was were s",
)


# A question about what something of theirs is like, its examples listed after it: "what's
# the ideal intro look like, a phone call, email, coffee?"
_WHAT_KIND = Lazy(
    r"^\W*(?:(?:and|so|ok|okay)\W+)*what(?:'s|\s+is|\s+does|\s+would)?\s+[^,;?]{0,40}?\blook\s+like\b",
    re.IGNORECASE,
)


# Something already done, said with its day: "we connected on linkedin on monday?"
_PAST_DEED = Rule(
    r"\b(?:we|i|you|they|he|she|(?:dr|mr|mrs|ms)\.?\s+[\w'-]+)\s+(?:just\s+|already\s+|only\s+)?"
    # ("you got any time thursday" asks, its "have" dropped)
    r"(?:\w+ed|met|spoke|saw|sent|got(?!\s+(?:any|some|time|a\s+(?:minute|min|sec|second)|(?:\d+|ten|five|fifteen|twenty)\s+min))|had|went|came|did|ran|won|left|rang|wrote)\b"
    # ... or by someone named, what they did to us: "daniel osei introduced us by the coffee"
    r"|\b(?:\w+ed|met|sent|put|told|rang|saw)\s+(?:us|me)\b"
    # ... or done by now: "the team has grown from six to twenty-two"
    r"|\b(?:has|have|had|'s|'ve)\s+(?:already\s+|just\s+)?(?:grown|gone|risen|fallen|doubled|tripled|jumped|dropped|shrunk|moved|expanded)\b"
    # ... or asked with its "did" dropped: "you catch the footy on saturday?"
    r"|^\W*(?:(?:so|and|oh|hey)\W+)*(?:you|u)\s+(?:catch|see|watch)\s+(?:the|that)\b"
)


# Two slots put to them as a fragment, its "?" gone: "maybe wednesday 10am or friday 3pm",
# "say tuesday at 2 or thursday at 9".
# (each with its hour: "maybe monday or tuesday" is not yet an offer)
_DAY_OR_HOUR = (
    rf"(?:(?:on|next|this)\s+)?(?:(?:{WEEKDAY}|tomorrow)\s+(?:at\s+|around\s+)?(?:[01]?\d|2[0-3])(?::\d\d)?(?:\s*(?:am|pm))?"
    rf"|(?:[01]?\d|2[0-3])(?::\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)(?:\s+(?:on\s+)?{WEEKDAY})?)\b"
)
_ONE_SLOT = (
    rf"(?:{WEEKDAY}|tomorrow|day\s+after(?:\s+tomorrow)?|(?:[01]?\d|2[0-3])(?::\d\d)?\s*(?:am|pm))"
)
_TWO_SLOTS = Lazy(
    rf"\b{_ONE_SLOT}\b[^,;.!?]{{0,20}}?\s+or\s+(?:the\s+)?{_ONE_SLOT}\b", re.IGNORECASE
)
_SLOTS_OFFERED = Lazy(
    # (or when we are free, theirs to pick: "if a 15 min call would help, im around tues
    # 4pm or thurs 8am")
    r"(?:^|[,;:]\s*|\s-{1,2}\s)(?:(?:so|and|ok|okay|then)\W+)*(?:maybe|perhaps|say|either"
    r"|(?:i'm|im|i\s+am|we're|we\s+are)\s+(?:around|free|available|open)(?:\s+on)?)\s+"
    rf"{_DAY_OR_HOUR}[^,;.!?]{{0,20}}?\s+or\s+{_DAY_OR_HOUR}",
    re.IGNORECASE,
)
# When something happens anyway, ours or theirs: "we deliver to cafes before 6am", "your
# resin contract comes up for renewal in june" (not a slot proposed: "what if we start
# monday at 9").
_HAPPENS_THEN = Rule(
    r"\b(?<!\bif\s)(?<!\babout\s)(?<!\bsay\s)(?<!\bmaybe\s)(?<!\bsuggest\s)(?<!\bthat\s)"
    r"(?:(?:they|it|(?:your|their|our|the)\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:usually\s+|always\s+|normally\s+|typically\s+|all\s+|only\s+)?"
    r"(?:delivers?|ships?|opens?|closes?|arrives?|finish(?:es)?|renews?|expires?|ends?|starts?|runs?\s+out|comes?\s+up"
    r"|drops?\s+off|picks?\s+up|turns?\s+up|shows?\s+up|is\s+up|(?:is|are)\s+due)"
    # ... or what we do, in the present: "we collect from offices after 7pm" (not a verb
    # that proposes or wishes: "we meet", "we need to", "we could")
    r"|we\s+(?:usually\s+|always\s+|normally\s+|typically\s+|all\s+|only\s+|mostly\s+)?"
    r"(?!(?:could|can|would|will|should|shall|might|may|must|need|needs|want|have|had|got|gotta|meet|talk|chat|speak|grab|catch|get|sit|go|do|start|come|pop|drop|swing"
    r"|stop|hop|jump|say|hope|try|book|set|schedule|plan|aim|agreed|said|spoke|met)\b)[a-z]{3,}(?<!ed)\b)"
)
# A contract or agreement of theirs, already in place: "your resin contract", "their
# current agreement".
_THEIR_CONTRACT = Lazy(
    r"\b(?:your|their|his|her|the\s+current|current|existing)\s+(?:[\w-]+\s+){0,2}?(?:contract|agreement)s?\b",
    re.IGNORECASE,
)


# Someone else's words about them: "lena said you might be open to a quick call".
_REPORTED = Lazy(
    r"\b(?:said|says|mentioned|thought|thinks|told\s+me|figured|reckons)\s+(?:that\s+)?you(?:'d|\s+would|\s+might|\s+may|'re|\s+are|\s+could)?\b",
    re.IGNORECASE,
)
_ASK_WORD = Lazy(
    r"\b(?:can|could|would|will|shall|let's|lets|how\s+about|what\s+about|free)\b"
    # a clause that opens by asking: "..., does saturday at 10 work"
    r"|(?:^|[,;.]\s*)(?:(?:so|and|but)\s+)?(?:does|do|is)\s",
    re.IGNORECASE,
)


# A question about their own plans: "anything special planned for this evening?", "any
# plans for tonight?", "doing anything fun this weekend?"
_THEIR_PLANS = Lazy(
    r"^\W*(?:(?:and|so|oh|ok|okay)\W+)*(?:anything\s+(?:\w+\s+)?(?:planned|on|lined\s+up)|any\s+(?:\w+\s+)?plans"
    r"|what(?:'s|\s+are|\s+is)\s+(?:your\s+|the\s+)?plans?|(?:are\s+you\s+)?doing\s+anything|got\s+(?:any\s+)?(?:\w+\s+)?plans)\b",
    re.IGNORECASE,
)


# A time that describes something of theirs rather than offering a slot: "the 4am dough
# thing", "your 6pm shift", "that early start" (not "the 10am slot", "the 2pm one").
_TIME_AS_ATTRIBUTE = Rule(
    r"\b(?:the|your|his|her|their|that|those|its)\s+(?:\d{1,2}(?::\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)|\w+\s+o'clock|early|late)\s+"
    r"(?!(?:slot|one|spot|time|works?|then|ok|okay)\b)[a-z]"
)


# "We should get you set up with a demo. When could we do that?": asking when the meeting
# just proposed could happen asks for it, with or without a time.
_WHEN_THAT = Rule(
    r"\bwhen\s+(?:could|can|should|shall|would|will|might)\s+(?:we|i|you)\s+(?:do|set\s+up|book|schedule|have|fit\s+in|squeeze\s+in|arrange)\s+(?:that|this|it|one)\b",
    "when",
)


def only_accepts(sentence: str) -> bool:
    """Whether the sentence is only a check that what was just put is fine ("Is good?",
    "does that work for you?", "is okay?"): agreement asked for, nothing about them. (The
    tag alone, a few words: not "your current rota, does it work?", which asks about theirs.)"""
    return len(sentence.split()) <= 5 and _ACCEPT_TAG.search(sentence) is not None


def asks_for_proposal(proposal: str, tag: str) -> bool:
    """A visit or meeting stated with a time, then "does that work for you?" asking for it;
    or a meeting proposed, then "when could we do that?"; or two slots offered, then "which
    is better?" left to them."""
    if (
        " or " in proposal
        and _PICK_TAG.search(tag) is not None
        and not is_question(proposal)
        and time_slot(proposal, allow_today=True) is not None
    ):
        return True  # "I've got Tuesday at 1 or Wednesday at 3. Which is better?"
    when = _WHEN_THAT.search(tag) is not None
    if not when and _ACCEPT_TAG.search(tag) is None:
        return False
    return (
        not is_question(proposal)
        and _COMMIT_NOUN.matches(proposal)
        and (when or time_slot(proposal, allow_today=True) is not None)
        and _SEND_VERB.search(proposal) is None
    )


_FUTURE = Rule(
    r"^\W*(?:(?:ok(?:ay)?|great|perfect|sure|right|so|alright|brilliant|lovely|cheers|yeah|yep)\W+)*"
    r"(?:sending|emailing|booking|putting|pencilling|penciling|setting|scheduling|adding|blocking|calling|ringing|texting|dropping|forwarding)\b"
    # (the reason for the call, not a step: "calling because you mentioned the paperwork")
    r"(?!\s+(?:because|cause|cos|coz|cuz|about|regarding|re|since|as|from|on\s+behalf|in\s+regards?|with\s+regards?)\b)"
    r"|\b(?:can|could|may|shall|might|will)\s+(?:one\s+of\s+)?(?:our|my)\s+(?:[\w-]+\s+){0,2}?(?:engineers?|techs?|technicians?|team|colleagues?|partners?|specialists?|consultants?|experts?|reps?|manager|director|ceo|founder|boss|crew|installers?|surveyors?|advisers?|advisors?)\b"
    # ... or one of them named just before, then a visit or a call asked by pronoun: "our
    # technician tests it first. can he pass on saturday at nine?" (the slot is checked below)
    r"|\b(?:can|could|may|shall)\s+(?:he|she|they)\s+(?=(?:come|pass|stop|drop|swing|pop|visit|call|ring|meet)\b)"
    # ("I'll be upfront: ..." promises candour, not a step)
    # (nor a story or a pitch announced: "let me tell you about me, ...")
    r"|\b(?:(?:i'll|i\s+will|let\s+me|i\s+want\s+to)(?!\s+be\s+(?:upfront|up\s+front|honest|straight|frank|direct|blunt|quick|brief|clear|real|transparent|fair)\b)"
    r"(?!\s+tell\s+you\s+(?:a\s+(?:bit|little)\s+)?(?:about|what\s+(?:we|i)|how\s+(?:we|i)|our|my)\b)"
    r"|i'm\s+going\s+to|i\s+am\s+going\s+to|i'm\s+gonna|we'll|we\s+will|we're\s+going\s+to|let's|let\s+us"
    # (Pidgin "I go" for "I will": "ok I go send the picture and the price list today")
    r"|(?:i|we)\s+go\s+(?=(?:send|call|bring|come|pass|check|ring|text|whatsapp|drop|share|email|forward|book|visit)\b)"
    # (our people's step: "let my dispatcher send your logistics man our timetable by friday")
    r"|let\s+(?:my|our)\s+[\w-]+(?:\s+[\w-]+)?(?=\s+(?:send|email|call|ring|drop|bring|book|set\s+up|get|show|walk)\b)"
    r"|i\s+can|we\s+can|i\s+could|we\s+could|could\s+i|can\s+i|may\s+i|shall\s+i|shall\s+we|should\s+i|how\s+about|what\s+about"
    r"|what\s+if\s+(?:i|we)|would\s+you\s+like\s+me\s+to|(?:do\s+you\s+)?(?:want|wanna)\s+(?:me|us)\s+to|why\s+don't\s+(?:i|we)"
    r"|would\s+it\s+help\s+if\s+(?:i|we)|if\s+it\s+helps,?\s+(?:i|we)|i'd\s+(?:like|love)\s+to|i\s+would\s+like\s+to"
    # the step put as a suggestion: "what I'd suggest is I email you our guide tonight",
    # "my suggestion would be that we book a call thursday"
    r"|what\s+(?:i'd|i\s+would|we'd|i'll)\s+(?:suggest|propose|recommend|do)\s+is(?:\s+that)?,?\s+(?:i|we)"
    r"|my\s+suggestion\s+(?:is|would\s+be)(?:\s+that)?,?\s+(?:i|we)"
    # (not gladness past: "I was happy to get your invitation yesterday")
    r"|happy(?<!was\shappy)(?<!were\shappy)(?<!was\sso\shappy)(?<!was\sreally\shappy)\s+to"
    r"|glad(?<!was\sglad)(?<!were\sglad)(?<!was\sso\sglad)(?<!was\sreally\sglad)\s+to"
    # (not why: "the reason i'm calling you specifically is...")
    # (nor this call: "i'm calling you back about the form you filled out")
    r"|i'm(?<!reason\si'm)(?<!why\si'm)(?<!because\si'm)\s+(?:sending|emailing|mailing"
    r"|calling\s+you(?!\s+(?:back\s+)?(?:about|regarding|re|because|cause|since|after|from|as|on\s+behalf|today|now|to\s+(?:follow|say|ask|let|see|check|talk|thank))\b))|can\s+we|could\s+we|would\s+you|will\s+you|could\s+you|can\s+you|i'll\s+go\s+ahead"
    # (not what will come their way: "with the peaks you'll get coming up to Christmas")
    r"|expect\s+(?:a|my)|you'll\s+(?:get|have|hear|see)(?!\s+[a-z]+ing\b)|talk\s+to\s+you|see\s+you|speak\s+to\s+you"
    # a delivery promised to someone else: "Ines will have it by 3", "she'll get the quote Friday"
    r"|(?:he|she|they)(?:'ll|\s+will)\s+(?:get|have|receive|see)|\w+\s+will\s+(?:have|get|receive)\s+(?=it\b|them\b|that\b|this\b|those\b|the\s|a\s+copy\b|your\s)"
    # an offer framed as help: "would it help if I brought...", "is it easier if we sent..."
    r"|(?:would|will|is|does)\s+it\s+(?:be\s+)?(?:help|helpful|useful|easier|ok(?:ay)?|alright|all\s+right|fine|make\s+sense)\s+if\s+(?:i|we))\b"
    # speech-to-text drops the apostrophe: "ill send it friday", "ill update that today"
    r"|\bill\s+(?=(?:just\s+|go\s+ahead\s+and\s+|also\s+|then\s+)?(?:send|email|e-mail|mail|text|forward|call|ring|phone|update|drop|bring|book|set\s+up|put|pencil|schedule|follow\s+up|get|have|loop|introduce|connect|confirm|share|swing|pop|come"
    r"|try|leave|ship|post|correct|remove|fix|add|check|circle|reach|give|pass|copy|cc|hold|see|talk|speak|meet|stop|ping|write|run|pull|walk|show|whatsapp|sms|message)\b)"
)
# ... or the present for the future, as English learned late says it: "I send to you
# tomorrow by email the catalogue", "Tomorrow I send." (a day said: not "I send invoices
# monthly") (apart, gated on its days, tried where _FUTURE finds nothing)
_PRESENT_FOR_FUTURE = Rule(
    # (or to someone named: "then I send Declan tomorrow the confirmation")
    # (or sent by courier, this week: "I courier you three sample mats this week itself")
    # (a title's full stop is no sentence end: "then I call Mr. Cassama tomorrow at ten")
    r"\b(?:i|we)\s+(?=(?:send|email|e-mail|mail|call|ring|phone|text|forward|whatsapp|courier|post|ship)\s+(?:to\s+)?(?:(?:mr|mrs|ms|dr)\.\s+)?(?:you|it|them|the|our|my|a|him|her|(?!(?:invoices|reminders|updates|reports|newsletters|emails|out|back)\b)[a-z]+)\b"
    r"[^.!?]{0,40}?\b(?:tomorrow|today|tonight|later\s+today|this\s+(?:afternoon|evening|morning|week)|next\s+week"
    # (or a day of the week: "I call you Monday evening at six to confirm"; not a habit,
    # "we call you every Monday", "we text the drivers on mondays")
    r"|(?<!every\s)(?<!each\s)(?:mon|tues|wednes|thurs|fri|satur|sun)day(?![^.!?]{0,30}\b(?:every|each|usually|always|normally)\b))\b)"
    # (an hour may come with the day: "then tomorrow at 14h30 I call on this line")
    r"|\b(?:tomorrow|today|tonight|later\s+today)(?:\s+(?:morning|afternoon|evening))?(?:\s+(?:at|by|around)\s+[\w:.]+(?:\s*(?:am|pm|o'clock))?)?"
    r"\s*,?\s+(?:i|we)\s+(?=(?:send|email|call|ring|phone|text)\b)"
    # ... or a day and an hour first: "and Monday at ten your time I call"
    r"|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+(?:morning|afternoon|evening))?(?:\s+(?:at\s+)?[\w:.]+(?:\s*(?:am|pm|o'clock))?)?(?:\s+your\s+time)?"
    # (to them, or said on its own: not "on monday we call all our clients")
    r"\s*,?\s+(?:i|we)\s+(?=(?:(?:send|email|call|ring|phone|text)(?:\s+(?:you|u|ya|him|her|them)\b|\s*(?:[,.;!?]|$))"
    r"|(?:come|visit|pass)\s+(?:to\s+|by\s+|over\s+)?(?:you|your)\b"
    # ("pass by", as West African Englishes say "come by": "Tuesday at ten, I pass by the maquis")
    r"|(?:come|pass|stop|drop)\s+by\s+the\b))"
    # ... or a visit: "then i drop by thursday 3pm with the actual cup"
    # (or to their town: "I come to Nizhny on Tuesday the 14th")
    r"|\b(?:i|we)\s+(?![^.!?]{0,60}\b(?:usually|always|normally|often|generally|every|mostly)\b)"
    r"(?=(?:drop|come|pop|swing|stop|pass|drive)\s+(?:by|over|round|in|to)\b[^.!?]{0,30}?"
    r"\b(?:tomorrow|today|tonight|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)",
    "tomorrow today tonight afternoon evening morning week monday tuesday wednesday thursday friday saturday"
    " sunday",
)
# ... or a specific thing sent them, in the present, no day said: "I send you her number and
# I tell her you maybe call" (not a habit: "we send you the invoice every month")
_SENDS = ("send", "email", "text", "whatsapp", "forward", "write")
_PRESENT_SENDS = Rule(
    # (or to the one they named: "I send Anita one short email with our show calendar")
    rf"\b(?:i|we)\s+(?=(?:{'|'.join(_SENDS)})\s+(?:you|him|her|them|(?!(?:you|me|us|it|this|that|out|off|over|back|on)\b)[\w-]+)\s+(?:her|his|their|the|my|our|a|an|one)\s+(?:[\w-]+\s+)?"
    r"(?:number|contact|details|email|address|link|brochure|leaflet|flyer|flier|pamphlet|quote|catalogue|catalog|samples?|deck|proposal|price\s+list|photos"
    # (the place or the time to come, in a message: "I write you a message with the place")
    r"|message|note|line)\b"
    r"(?![^.!?]{0,30}\b(?:every|each|monthly|weekly|always|usually)\b))",
    " ".join(_SENDS),
)
# (the verb and "you" of every match of it: a cheap test first)
_SENDS_YOU = tuple(f"{verb} you" for verb in _SENDS)
# ... or what the rep would do, said as an offer: "I'd send her our checklist today" (apart,
# gated on its words, tried where _FUTURE finds nothing)
_WOULD_DO = Rule(
    r"\b(?:i'd|we'd|i\s+would|we\s+would)\s+(?:just\s+|also\s+|then\s+|happily\s+|gladly\s+)?"
    r"(?=(?:send|email|e-mail|mail|text|forward|share|bring|drop|ship|courier|introduce|connect|loop|call|ring|swing|stop)\b)",
    "d would",
)
_STEP_VERB = Rule(
    # ("drag and drop" is how a screen works: nothing is dropped off)
    r"\b(?:send|sending|email|e-mail|emailing|mail|mailing|drop(?<!drag\sand\sdrop)(?<!drag-and-drop)|dropping|text|forward|share|call|calling|ring|phone|follow\s+up|follow-up"
    r"|check\s+back|check\s+in|circle\s+back|touch\s+base|try|stop|come|swing|pop|meet|see|book|schedule|set\s+up|put|pencil|introduce"
    r"|connect|loop|confirm|bring|show|have|get|gets|pull|start|update|reach\s+out|talk|speak|grab|hop|jump|walk|go\s+over|review|visit|invite"
    r"|hear|get\s+back|reach|brought|sent|dropped|came|popped|swung|emailed|mailed|copy|cc|bcc|receive|introduced|introducing|connected|connecting"
    rf"|ship|shipping|deliver|delivering|post|posting|courier|intro|{_ERRAND}"
    # a message app's name as the verb: "I'll whatsapp you his number tonight", or the
    # message's: "ill sms him the catalogue today evening", "I'll message you tomorrow"
    r"|whatsapp|whatsapping|whatsapped|sms|smsing|smsed|dm|message|messaging|messaged"
    # a visit by car: "I'll drive by the new place friday around ten"
    r"|drive\s+(?:by|over|round|down|up)"
    # ... or to fetch them: "I'll pick you up at seven", "let me pick you at seven on my moto"
    r"|pick\s+(?:you|u|him|her|them)(?:\s+up)?\b|collect\s+(?:you|u)"
    # ... or "pass", as West African Englishes say "come by": "I will pass on Saturday at ten"
    r"|pass(?=\s+(?:by|on|at|in|round|tomorrow|today|this|next|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)"
    # a message written them: "I write you a message with the place"
    r"|write\s+(?:you|him|her|them)"
    # a call said the way it is in the street: "I'll give him another bell at 1:30"
    r"|give\s+(?:him|her|them|you)\s+(?:a|another)\s+(?:quick\s+)?(?:bell|buzz|ring|call|shout|tinkle))\b"
)
_THING_BEFORE = (" the ", " your ", " my ", " our ", " this ", " that ")
# ... or a noun before it after one of those, the verb's word the second of a compound
# noun: "since the trade show", "after your sales call", "at our site visit"
# (not "that" as a conjunction before its subject: "leave her a note that I ring at two";
# nor our people, let do it: "let my colleague send you the rate sheet")
_COMPOUND_BEFORE = Lazy(
    r"\b(?<!\blet\s)(?:the|your|my|our|this|that)\s+(?!(?:i|we|you|he|she|they)\s)[a-z-]+\s+$"
)


def _a_thing_before(text: str) -> bool:
    low = text.lower()
    return low.endswith(_THING_BEFORE) or _COMPOUND_BEFORE.search(low) is not None


_OBJECT_WORDS = (
    "checklist guide catalog catalogue brochure video recording summary quote proposal case template deck invite"
    " data figures stats statistics"
    " invitation agenda link sample samples kit profile profiles results rate price pricing sheet pager report"
    " contract white whitepaper article overview comparison pdf slides example examples campaign campaigns map"
    " estimate audit introduction introductions intro spec specs specification specifications datasheet menu"
    " order paperwork agreement packet pack worksheet calculator portfolio reference references testimonial"
    " testimonials demo resume cv calendar contact number directions survey questionnaire form invoice receipt"
    " confirmation trial proof proofs draft drafts mock mockup mockups listing sketch sketches drawing"
    " drawings layout layouts floor email e note message letter lookbook lookbooks playbook"
    " playbooks handbook handbooks workbook workbooks ebook ebooks book books photos pictures copy"
    " address location pin schedule programme program timetable list leaflet flyer flier pamphlet"
).split()
_OBJECT_PLURALS = (
    "articles brochures guides videos recordings quotes proposals templates decks invites"
    " links kits reports contracts estimates menus packets worksheets calculators portfolios leaflets flyers"
    " demos surveys forms invoices listings overviews pdfs audits datasheets agreements"
).split()
_SPECIFIC_OBJECT = Rule(
    r"\b(?:checklist|guide|catalog(?:ue)?|brochure|video|recording|summary|quote|proposal|case\s+stud(?:y|ies)|template|deck|invite|invitation"
    r"|agenda|link|samples?|kit|profiles?|results|rate\s+card|price\s+list|pricing|sheet|one-pager|one\s+pager|report|contract|white\s*paper|breakdown|rundown|write-?up|analysis"
    r"|leaflet|flyer|flier|pamphlet"
    # a list of dates or things by name: "our calendar of the 2025 fairs", "the schedule of
    # our training days"
    r"|(?:calendar|schedule|programme|program|timetable|list)\s+of\s+(?:the|our|all|upcoming|next|this|\d)"
    r"|article|overview|comparison|pdf|slides|examples?|campaigns?|map|estimate|audit|introductions?|intro|spec(?:ification)?s?|datasheet"
    r"|menu|order\s+form|paperwork|agreement|packet|pack|worksheet|calculator|portfolio|references?|testimonials?|demo|resume|cv|calendar\s+invite"
    # figures named: "the drying data from a shop your size", "the figures from their pilot"
    r"|(?<=\sthe\s)(?:[\w-]+\s+)?(?:data|figures|stats|statistics)"
    r"|contact\s+(?:info|details)|number|directions|survey|questionnaire|form|invoice|receipt|confirmation|trial\s+account"
    r"|proofs?|drafts?|mock-?ups?|listing|sketch(?:es)?|drawings?|layouts?|floor\s+plans?"
    r"|(?:look|play|hand|work|guide|e-?)\s?books?|lookbooks?|playbooks?|handbooks?|workbooks?|ebooks?|e-books?|photos|pictures|specs\s+sheet"
    # a copy of what is on record: "email you a copy of what we have on file"
    r"|copy\s+of\s+(?:the|our|your|my|what|it|that|this)"
    # where to meet: "I'll text you the address", "I'll send you a pin" (not "your address")
    r"|(?<=\sthe\s)(?:address|location)|(?<=\sour\s)(?:address|location)|(?<=\smy\s)(?:address|location)|(?<=\sa\s)(?:map\s+)?pin"
    # a message whose content is named: "one short email introducing Halyard"
    # (the one it goes to said first: "one short email to that person with two booths")
    r"|(?:email|e-mail|note|message|letter)\s+(?:to\s+(?:her|him|them|you|that\s+person|the\s+new\s+(?:contact|person)|[a-z]+)\s+)?"
    r"(?:introducing|explaining|outlining|summari[sz]ing|recapping|confirming|with\s+(?:the|our|a|some|those|a\s+few|my|two|three|four|five|\d+)"
    # ... or its point: "a quick note so she knows her info is updated", "to let her know"
    r"|so\s+(?:she|he|they|you)\s+(?:knows?|has|have|can\s+see)|to\s+(?:let\s+(?:her|him|them|you)\s+know|confirm|explain|introduce)))s?\b",
    # (with the plurals of things sent in numbers: "any articles I come across")
    " ".join((*_OBJECT_WORDS, *_OBJECT_PLURALS)),
)
# The rep asking to be introduced: a next step too, but no introduction offered.
_INTRO_ASKED = (
    r"\bput\s+(?:me|us)\s+in\s+touch\b"
    r"|\b(?:introduce|introducing|connect|connecting|intro)\s+(?:me|us)\s+(?:to|with)\s+(?!(?:you|it|that|this)\b)\w"
)
_ASKED_INTRO = Rule(_INTRO_ASKED)
_INTRO_PERSON = Rule(
    r"\b(?:introduce|introducing|connect|connecting|loop|looping)\s+(?:you|him|her|them)\s+(?:(?:both|two)\s+)?(?:to|with|in)\b|\bintroduction\b"
    r"|\b(?:introduce|introducing|connect|connecting)\s+(?:you\s+two|you\s+both|the\s+two\s+of\s+you)\b"
    # an introduction offered: "would it help if I introduced you", "want an intro?"
    r"|\b(?:introduced?|intro'd|connected)\s+(?:you|the\s+two\s+of\s+you|you\s+two|you\s+both)\b"
    # ... said with how or how many: "want me to do an email intro to one or two of them",
    # "happy to make a couple of quick intros"
    r"|\b(?:an?|some|a\s+couple\s+of|a\s+few|one|two|three)\s+(?:(?:quick|warm|proper|short|little|email|e-mail|linkedin|text)\s+){0,2}intros?\b"
    # "intro" as a verb, the way people say it: "want me to intro you to one of them"
    r"|\bintro\s+(?:you|him|her|them)\s+(?:(?:both|two)\s+)?(?:to|with)\b"
    # how it will be made: "want me to intro you by email this week?"
    r"|\b(?:intro|introduce|introducing)\s+(?:you|you\s+two|you\s+both)\s+(?:by|over|via)\s+(?:email|e-mail|text|phone|linkedin)\b"
    # "shall I put you two in touch by email?"
    r"|\bput\s+(?:you|him|her|them)(?:\s+(?:two|both))?\s+in\s+touch\b"
    # the person named just before: "one of my clients is opening a cafe. want me to
    # connect you?"
    r"|\b(?:me|i|we)\s+(?:to\s+|could\s+|can\s+|should\s+|'d\s+love\s+to\s+|would\s+love\s+to\s+)?(?:introduce|connect|intro)\s+you(?:\s+(?:two|both))?"
    # (then the end, a pause, or when and on what terms: "i could intro you if thats useful")
    r"\s*(?:[.?!,;]|$|(?:if|whenever|sometime|this|next|by|over|via)\b)"
    # the rep asking to be introduced: "could you put me in touch with her?", "would you
    # connect me with your ops lead?" (a next step, but no introduction offered: see
    # offers_intro)
    rf"|{_INTRO_ASKED}",
    "introduce introduced introducing connect connected connecting loop looping introduction intro touch",
)


# Sending something: the object path of a next step needs a verb that hands it over, so
# "can we get a demo on the calendar?" (a meeting ask with no time) is not a next step.
_HAND_OVER = Rule(
    r"\b(?:send|sending|sent|email|e-mail|emailing|mail|mailing|drop|dropping|text|forward|share|bring|leave|pass|ship|deliver|post|whatsapp"
    r"|get\s+(?:you|it|that|this|them|those|over)|put\s+together|pull\s+together|write\s+up|prepare|draft|run|do|introduce"
    r"|connect|loop|confirm|(?:copy|cc|bcc)\s+(?:you|him|her|them)\b)\b"
)
# A time the rep proposes or accepts on its own: "Thursday at 9.", "Friday at 2:30 works",
# "Tuesday works for me", "Monday at ten it is".
_TIME_ACCEPT = Rule(
    r"\b(?:works(?:\s+(?:well|fine|great|best|perfectly))?(?:\s+for\s+(?:me|us))?|work\s+for\s+(?:me|us)|suits\s+(?:me|us)|is\s+(?:good|great|fine|perfect|ok(?:ay)?|booked|confirmed)"
    r"|it\s+is|it's\s+a\s+date|then|sounds\s+(?:good|great|perfect)|locked\s+in|in\s+the\s+(?:diary|calendar))\W*$"
)
_NEGATIVE = Rule(
    r"\b(?:not|no|never|don't|doesn't|won't|can't|cannot|isn't|wasn't|couldn't|wouldn't|busy|out|away|off|closed|booked\s+up)\b"
)


_NOON = Rule(r"\b(?:noon|midday)\b", "noon midday")
# A reminder or a check timed by the meeting: "I'll text you the day before", "I'll confirm
# the night before", "I'll send a reminder beforehand"
_BEFOREHAND = Rule(
    r"\bthe\s+(?:day|night|morning|evening|afternoon)\s+before\b(?!\s+(?:yesterday|last)\b)|\bbeforehand\b"
    r"|\bahead\s+of\s+(?:time|it|then|the\s+(?:meeting|call|lunch|visit|day))\b",
    "before beforehand ahead",
)


_FILLER = Rule(
    r"\b(?:ok(?:ay)?|great|perfect|sure|so|then|yes|yeah|excellent|wonderful|fantastic|alright|all\s+right|got\s+it|gotcha|noted|cool|awesome|lovely|how\s+about|what\s+about"
    r"|say|maybe|or|and|at|on|this|next|coming|in|the|morning|afternoon|evening|a\.?m\.?|p\.?m\.?|o'clock|your|my|time|for|me|us)\b"
)


def _bare_time(sentence: str) -> str | None:
    """A specific time said as a proposal or an acceptance, with no verb around it."""
    slot = time_slot(sentence, allow_today=False)
    if slot is None:
        if ("oon" in sentence or "idday" in sentence) and _NOON.search(sentence):
            if only_a_time(sentence):
                return sentence  # "perfect, noon at the ramen place.": the hour said back
        return None
    if _NEGATIVE.search(sentence) or PAST_TENSE.search(sentence):
        return None
    if _HABIT_DAY.search(slot):
        return None  # "ha, yeah, mondays.": a day of the week in general
    if _TIME_ACCEPT.search(sentence):
        return sentence
    # What is left after removing the time and filler words is at most a word or two.
    # (the hour straight after the day, its "at" dropped: "Saturday seven, Baba.")
    said = _DAY_THEN_HOUR.sub(r"\1 at ", sentence) if "day " in lowercase(sentence) else sentence
    if len(_words_left(said)) <= 1:
        return sentence
    # ... or the plan said back, the time first and then where: "ok so noon thursday,
    # that ramen place by the dock"
    if "," in sentence:
        lead = _PLAN_LEAD.match(sentence)
        when, _, where = sentence[lead.end() if lead else 0 :].partition(",")
        if (
            _PLACE.match(where)
            and not _VERB_IN_PLACE.search(where)
            and time_slot(when, allow_today=False)
            and _MEALTIMES.issuperset(_words_left(when))
        ):
            return sentence
    return None


_DAY_THEN_HOUR = Lazy(
    r"(?i)\b((?:mon|tues|wednes|thurs|fri|satur|sun)day)\s+"
    r"(?=(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)"
)


def _words_left(text: str) -> list[str]:
    """The words of ``text`` (lower case) left once its times and filler words are out."""
    rest = without_slots(text)
    return re.findall(r"[a-z0-9']+", _FILLER.regex_for(rest).sub(" ", rest))


# Said with a day, these name the time too: "noon thursday".
_MEALTIMES = frozenset({"noon", "midday", "lunchtime"})


_PLAN_LEAD = Lazy(
    r"\W*(?:(?:ok(?:ay)?|so|great|perfect|alright|all\s+right|cool|awesome|lovely|then|right)\W+)*",
    re.IGNORECASE,
)
_VERB_IN_PLACE = Lazy(
    r"\b(?:is|are|was|were|will|won't|isn't|aren't|has|have|had|does|did)\b", re.IGNORECASE
)
_PLACE = Lazy(
    # (or named, without one: "saturday by ten, Mubi shop")
    r"\W*(?:at\s+|in\s+|by\s+)?(?:(?:the|that|this|your|our|my)\s+)?(?:[\w'-]+\s+){0,3}?"
    r"(?:place|spot|cafe|café|diner|bar|pub|restaurant|office|shop|store|site|room|lobby|bakery|deli|hall|club|usual)\b",
    re.IGNORECASE,
)


# A time left for another day, no time agreed: "well, I'll see, maybe some other time then".
_PUT_OFF = Rule(
    r"\b(?:i'll\s+see|(?:some|an)\s*other\s+(?:time|day)|another\s+(?:time|day)|some\s*time|maybe\s+later)\b",
    "see other another time sometime later",
)
# Agreeing to a time the prospect just named: "Perfect, I'll call then.", "Great, talk then.",
# "Sounds good.", "Will do."
_AGREE = Rule(
    r"^\W*(?:(?:ok(?:ay)?|sure|yes|yeah|great|perfect|excellent|wonderful|fantastic|alright|all\s+right)\W+)*"
    r"(?:great|perfect|excellent|wonderful|fantastic|deal|done|will\s+do|you\s+got\s+it|sounds\s+(?:good|great|perfect|like\s+a\s+plan)"
    r"|that\s+works|works\s+for\s+me|it's\s+a\s+date|consider\s+it\s+done|absolutely|count\s+on\s+it)\b"
    r"|\b(?:i'll|i\s+will|we'll|talk|speak|see\s+you|catch\s+you|call\s+you|ring\s+you)\b[^.!?]{0,30}\bthen\b"
    r"|\b(?:i'll|i\s+will)\s+(?:put|pencil|add|block|book|note|mark)\b[^.!?]{0,30}\b(?:calendar|diary|down|in)\b"
    # (the place and hour they named, taken: "Saturday by ten, Mubi shop. I'll be there.")
    r"|\b(?:i'll|i\s+will|we'll|we\s+will)\s+(?:surely\s+|definitely\s+|certainly\s+)?be\s+there\b"
)


# Asking them to hand over their contacts: "can you intro me to a few of your clients?",
# "send some clients my way", "keep me in mind for your customers", "do you know anyone
# who needs a bookkeeper?" (not "can you put me through", which is routing).
_REFERRAL_ASK = Rule(
    r"\b(?:can|could|would|will)\s+you\s+(?:please\s+|maybe\s+|possibly\s+|just\s+|at\s+least\s+)?"
    r"(?:intro|introduce|refer|recommend)\s+(?:me|us)\b"
    # ... our firm recommended to all their people: "what I'd love is for Counterpoint to
    # recommend Tillwise to all your restaurants" (not "recommend it to your team")
    r"|\brecommend(?:ing)?\s+(?!(?:it|this|that|them|him|her|something|anything|one|[\w-]+ing)\b)(?:me|us|[\w-]+(?:\s+[\w-]+)?)\s+to\s+(?:all\s+(?:of\s+)?)?(?:your|their)\s+"
    r"(?:[\w-]+\s+)?(?:clients|customers|restaurants|members|contacts|network|accounts|venues|stores|shops|friends|partners|users|owners|exporters|growers|farmers|suppliers|dealers|buyers)\b"
    # ... put as a plan: "we could do lunch and you could introduce me to your vp", "I could
    # really use a warm intro" (not "I could use a break")
    # ... or asked whether they would, to people they know: "ask if you'd refer me to any
    # other bakery owners you know" (not "to the right person", which routes the call)
    r"|\bif\s+you(?:'d|\s+would|\s+could)\s+(?:maybe\s+|possibly\s+|also\s+)?(?:intro|introduce|refer|recommend)\s+(?:me|us)\s+to\s+"
    r"(?:any|some|a\s+few|a\s+couple|other|others|people|folks|friends|your\s+(?:\w+\s+)?(?:clients|customers|contacts|friends|network))\b"
    r"|\byou\s+(?:could|can|might|would)\s+(?:maybe\s+|possibly\s+|also\s+|then\s+)?(?:intro|introduce|refer|recommend)\s+(?:me|us)"
    # (or to whoever was just named: "lunch with your CEO too. You could introduce me.")
    r"(?:\s+to\b|(?=\s*(?:[.,;!?]|$)|\s+(?:there|then|over\s+lunch|at\s+lunch|while|when)\b))"
    r"|\b(?:i|we)\s+could\s+(?:really\s+|sure\s+|totally\s+)?use\s+(?:an?\s+|your\s+)?(?:warm\s+|quick\s+|good\s+)?(?:intro|introduction|referral|good\s+word)\b"
    r"|\b(?:can|could|would|will)\s+you\s+(?:please\s+|maybe\s+)?(?:put\s+me\s+in\s+touch|hook\s+me\s+up|pass\s+(?:my|our)\s+(?:name|number|details|card))\s+(?:with|to)\s+(?:some|a\s+few|any|one|two|three|your)\b"
    # ... or in front of whoever buys: "could you get me in front of whoever decides that?"
    r"|\b(?:can|could|would|will)\s+you\s+(?:please\s+|maybe\s+|just\s+)?(?:get|put)\s+(?:me|us)\s+in\s+front\s+of\s+"
    r"(?:whoever|the\s+(?:person|people|one|guy|folks)\s+who|your\s+(?:boss|buyer|ceo|vp|decision[\s-]?makers?|head\s+of))\b"
    # ("send a few my way", "sending some of those my way": the people left unsaid)
    r"|\bsend(?:ing)?\s+(?:(?:some|a\s+few|any|more|the\s+odd)(?:\s+of\s+(?:those|them|these|your\s+[\w-]+))?"
    r"(?:\s+(?:[\w-]+\s+)?(?:clients?|customers?|business|businesses|work|leads?|referrals?|people|folks|friends|mates|contacts|colleagues|owners))?|them|'em|em|him|her"
    # ... or named with no count: "can you start sending people my way"
    r"|(?:clients|customers|business|work|leads|referrals|people|folks))\s+(?:my|our)\s+way\b"
    r"|\b(?:keep|bear)\s+(?:me|us)\s+in\s+mind\s+for\s+(?:your|any|some)\b"
    # ... a swap put bare, after their clients and ours were named: "Let's swap."
    r"|\blet'?s\s+(?:swap|trade)\W*$"
    # ... or sent straight to us: "would you be willing to send me the ones who need
    # bookkeeping?", "could you send us some of your clients"
    # (the verb first, what asks it looked back at: "you send", "to send", "mind sending")
    r"|\bsend(?:ing)?(?:(?<=you\ssend)|(?<=\bto\ssend)|(?<=you\ssending)|(?<=mind\ssending)|(?<=start\ssending))\s+(?:me|us)\s+"
    # (or their names: "can you start sending me some names this week?")
    r"(?:(?:the\s+ones|those)\s+(?:who|that)|(?:any|some|a\s+few)\s+(?:of\s+(?:your|those|them)\s+)?(?:[\w-]+\s+)?(?:clients|customers|contacts|leads|referrals|people|folks|names)"
    # (or a count of them, or them bare: "can you send me two clients a month", "you send
    # me restaurant clients")
    r"|(?:(?:\d+|two|three|four|five|ten|more)\s+)?(?:[\w-]+\s+)?(?:clients|customers|leads|referrals)"
    r"|your\s+(?:[\w-]+\s+)?(?:clients|customers|contacts|leads))\b"
    # ... or a list of them asked for: "maybe send me a list of some that are starting out, i
    # will call them myself", "can you share a list of your clients"
    # (not a list of anything else: "can you send me a list of the dates")
    r"|\b(?:send|give|share|pass|email|forward)\s+(?:me|us)\s+(?:a\s+|the\s+|your\s+)?(?:short\s+)?list\s+of\s+"
    r"(?:(?:some|a\s+few|any|your|the|those)\s+(?:[\w-]+\s+)?(?:clients|customers|contacts|members|restaurants|people|names|businesses|owners|friends|leads)\b"
    r"|(?:some|a\s+few|those)\s+(?:who|that)\b)"
    # ... or their whole list of customers asked for: "can you share your customer list or
    # email them our promo" (not "your price list")
    r"|\b(?:share|send|give|pass|email|forward|lend)\s+(?:(?:me|us)\s+)?(?:your|ur)\s+(?:[\w-]+\s+)?(?:customer|client|contact|member|mailing|email)s?\s+(?:list|database|base|book)\b"
    # (or named by who is on it: "can you send me your restaurant list"; not a list of
    # things: "your price list", "your parts list")
    r"|\b(?:share|send|give|pass|email|forward|lend)\s+(?:(?:me|us)\s+)?(?:your|ur)\s+(?!(?:price|product|menu|wish|to-do|todo|task|shopping|reading|parts|spare|stock|inventory|packing|check|guest|waiting|short)\b)[a-z-]+\s+list\b"
    # ... or paid for: "I'd pay a referral fee, of course"
    r"|\b(?:pay|give|offer)\s+(?:you\s+)?(?:a\s+)?(?:referral|finder's|finders|introduction)\s+fee\b"
    # ... a count a month: "if you send me three a month, I'll do the same"
    r"|\byou\s+send\s+(?:me|us)\s+(?:\d+|one|two|three|four|five|six|a\s+few|a\s+couple)\s+(?:a|per|each|every)\s+(?:month|week|quarter)\b"
    # ... the introduction asked to be made: "could you make the intro this week?"
    r"|\b(?:can|could|would|will)\s+you\s+(?:please\s+|maybe\s+|just\s+)?(?:make|do|set\s+up|arrange)\s+(?:the|an|a|that)\s+(?:quick\s+|warm\s+)?(?:intro|introduction)\b"
    # ... or the referrals kept count of: "a referral tracking sheet so we keep it even"
    r"|\breferral\s+(?:tracking|tracker|sheet|spreadsheet|log|ledger|quota|target)s?\b"
    # ... or those just named handed over: "you think your clients would need me, you can
    # refer them to me" (not "can you refer them to the right person")
    r"|\byou\s+(?:could|can|might|would)\s+(?:maybe\s+|just\s+|also\s+|then\s+)?(?:refer|send|pass|introduce|recommend)\s+(?:them|those|him|her)\s+(?:over\s+)?to\s+(?:me|us)\b"
    # ... how many asked: "so how many clients can you send me this month?"
    r"|\bhow\s+many\s+(?:[\w-]+\s+)?(?:clients|customers|leads|referrals|names|contacts|people)\s+(?:can|could|would|will)\s+you\s+"
    r"(?:send|pass|refer|give|introduce|bring)\b"
    # ... the people said first: "how many restaurant clients could you send my way"
    r"|\b(?:could|can|would|might|will)\s+(?:you\s+)?(?:(?:maybe|possibly|probably|also)\s+)?(?:send|pass|throw|push|refer)\s+(?:my|our)\s+way\b"
    # a swap offered: "every client you pass my way, I'll send something back", "if you send
    # a few my way..."
    r"|\b(?:any|every|each)\s+(?:client|customer|lead|referral|name|job|one)\s+you\s+(?:pass|send|refer|throw|push)\s+(?:my|our)\s+way\b"
    # (or other people of her kind: "do you know other shop owners who need menus")
    r"|\b(?:do|if)\s+you\s+(?:happen\s+to\s+)?know\s+(?:anyone|anybody|someone|somebody|(?:any\s+(?:other\s+)?|other\s+|some\s+(?:other\s+)?)\w+(?:\s+\w+){0,3}?)\s+(?:who|that)\s+(?:needs?|might\s+need|could\s+use|wants?|is\s+looking|are\s+looking)\b"
    # ... or their names asked for by the count: "maybe you can give me two or three names
    # today" (not "give me the names of your drivers")
    r"|\b(?:give|pass|send|share)\s+(?:me|us)\s+(?:(?:\d+|one|two|three|four|five|a\s+few|a\s+couple(?:\s+of)?|some)\s+(?:or\s+(?:\d+|two|three|four|five|six)\s+)?)"
    # (nor names of anyone else: "some names of good plumbers", "the names of your drivers")
    r"(?:more\s+)?names\b(?!\s+of\b)(?!\s+(?:for|in)\s+(?:the|our|my)\s+(?:records?|database|file|list))"
    # a word for us on our own page: "a quick recommendation on my linkedin profile"
    r"|\b(?:a|an|your)\s+(?:quick\s+|short\s+|little\s+)?(?:linkedin\s+|google\s+)?(?:recommendation|endorsement|testimonial|review)\s+(?:on|for)\s+(?:my|our)\s+(?:linkedin|profile|page|website|site)\b"
    # a review or a testimonial for the rep's business: "could you leave me a google review",
    # "if youd be up for writing me a quick review"
    r"|\b(?:leave|leaving|write|writing|post|posting|give|giving|do|doing)\s+(?:me|us)\s+(?:a|an|one)\s+(?:quick\s+|short\s+|little\s+)?(?:google\s+|yelp\s+|five[\s-]star\s+|5[\s-]star\s+|online\s+|linkedin\s+)?(?:review|testimonial|recommendation|shout-?out)\b"
    # ... wished for, or asked as a few lines: "I'd love a testimonial from you about the
    # project", "could you write a few lines?"
    r"|\b(?:i'd|i\s+would|we'd|we\s+would)\s+(?:really\s+|so\s+)?(?:love|like|appreciate|be\s+grateful\s+for)\s+(?:a|an|your)\s+(?:quick\s+|short\s+|little\s+|honest\s+)?"
    r"(?:google\s+|yelp\s+|linkedin\s+|online\s+)?(?:testimonial|review|recommendation|reference|endorsement|shout-?out)\b"
    r"|\b(?:could|would|can|will)\s+you\s+(?:maybe\s+|please\s+|just\s+)?(?:write|jot\s+down|put\s+down)\s+(?:me\s+|us\s+)?a\s+few\s+(?:lines|words|sentences)\b"
    # ours offered for theirs: "I could send you a few names in return"
    r"|\b(?:send|give|pass|refer)\s+you\s+(?:(?:a\s+few|some|a\s+couple(?:\s+of)?|any|my|our)\s+)?(?:names|referrals|leads|clients|customers|contacts|people)"
    r"\s+(?:back\s+)?in\s+(?:return|exchange)\b"
    # names asked whether they have in mind: "do you have a couple of names in mind?" (not
    # ours: "I'll have a couple of names in mind by then")
    r"|\b(?:do\s+you\s+have|have\s+you\s+got|you\s+got|you\s+have)\s+(?:a\s+couple(?:\s+of)?|a\s+few|any|some|one\s+or\s+two)\s+names\s+in\s+mind\b"
    # names wished for: "even one or two names would really help me out"
    r"|\b(?:one\s+or\s+two|a\s+(?:few|couple)(?:\s+of)?|any|some|\d+|two|three|four|five|six|ten)\s+(?:names|contacts|intros|introductions|referrals|leads)\s+(?:would|could|might)\s+(?:really\s+)?(?:help|be\s+(?:great|huge|amazing|a\s+big\s+help))\b"
    # a trade of contacts, or their list asked for: "how about we swap referrals", "you send
    # me your clients who need books", "send me a list of who might need...", "pass my name along"
    r"|\b(?:swap|trade|exchange)\s+(?:some\s+)?(?:referrals|leads|clients|customers|contacts|introductions|intros)\b"
    # ... or sent both ways: "we could send each other clients", "refer each other work"
    r"|\b(?:send(?:ing)?|pass(?:ing)?|refer(?:ring)?|throw(?:ing)?)\s+each\s+other\s+(?:some\s+|a\s+few\s+)?(?:referrals|leads|clients|customers|business|work|people|folks)\b"
    # ... or said to be what the caller is after: "so basically im looking for referrals"
    r"|\b(?:i'm|i\s+am|im|we're|we\s+are)\s+(?:just\s+|mainly\s+|mostly\s+|really\s+|basically\s+|always\s+)?looking\s+for\s+(?:more\s+|some\s+|a\s+few\s+|new\s+)?(?:referrals|introductions|intros|warm\s+leads)\b"
    # ... or the rep's name dropped to their customers: "you could just mention me", "could
    # you mention me in your newsletter" (not "can you recommend me a good caterer")
    r"|\b(?:you\s+(?:could|can|might)|(?:could|can|would|will)\s+you)\s+(?:just\s+|maybe\s+|always\s+|also\s+|please\s+)?"
    r"(?:mention\s+(?:me|us|my\s+name|our\s+name)|recommend\s+(?:me|us)\s+to)\b"
    # ... or whom they will send, asked: "so who can you send me this week"
    r"|\bwho\s+(?:can|could|would|will)\s+you\s+(?:send|refer|pass|point)\s+(?:me|us|(?:my|our)\s+way)\b"
    # ... or their clients who need what we sell: "do you have any clients right now who need a
    # bookkeeper" (not their own staff, which asks about them)
    # (or "if you've got food businesses that need a bookkeeper", no count said)
    r"|\b(?:do|if)\s+you(?:'ve|\s+have)?\s+(?:have|know|got)\s+(?:(?:any|some|a\s+few)\s+)?(?:\w+\s+)?(?:clients|customers|contacts|friends|members|businesses)\s+(?:[\w,]+\s+){0,3}?(?:who|that)\s+(?:needs?|might\s+need|could\s+use|wants?|are\s+looking)\b"
    # ... or names wished for: "I'd love a few names"
    r"|\b(?:i'd|i\s+would)\s+(?:really\s+|so\s+)?(?:love|like|appreciate|welcome)\s+(?:a\s+few|some|any|one\s+or\s+two|a\s+couple(?:\s+of)?|the|your)\s+(?:names|contacts|intros|introductions|referrals|leads)\b"
    # (or put as what they can do: "you can send me some of your restaurant owners")
    r"|(?<!\bif\s)\byou\s+(?:can\s+|will\s+)?send\s+(?:me|us)\s+(?:(?:some|a\s+few|any)\s+of\s+your|your|some|any|the|\d+|two|three|four|five|six|ten|a\s+couple(?:\s+of)?)\s+(?:\w+\s+)?(?:clients?|customers?|leads?|referrals?|people|contacts?|folks|names|owners)\b"
    # ... or said as the swap itself: "you send me yours, I send you mine", "send me a few of
    # your clients and I'll send you some of mine"
    r"|\byou\s+send\s+(?:me|us)\s+yours\W+(?:and\s+)?(?:i|we)(?:'ll|\s+will)?\s+send\s+you\s+(?:mine|ours)\b"
    r"|\bsend\s+(?:me|us)\s+(?:some|a\s+few|a\s+couple|any|one\s+or\s+two)\s+of\s+your\s+(?:\w+\s+)?(?:clients|customers|contacts|leads|people|owners)\b"
    r"|\b(?:send|give|email|share)\s+(?:me|us)\s+a\s+(?:short\s+|quick\s+)?list\s+of\s+(?:your\s+|some\s+|the\s+|a\s+few\s+|any\s+)?(?:[\w-]+\s+)?(?:who|anyone|people|clients|customers|contacts|names|members|leads)\b"
    # a standing trade of them: "set up a referral arrangement", "I send you one, you send me one"
    r"|\breferrals?\s+(?:arrangement|deal|swap|exchange|partnership|agreement|trade|program|programme)\b"
    r"|\bi\s+send\s+you\s+one,?\s+(?:and\s+)?you\s+send\s+me\s+one\b"
    r"|\bpass(?:ing)?\s+(?:my|our)\s+(?:name|number|details|card|info)\s+(?:along|around|on|to\s+(?:your|some|a\s+few|any|other))\b"
    # how many they could hand over: "how many referrals do you think you could send me"
    r"|\bhow\s+many\s+(?:referrals|leads|intros|introductions|names)\s+(?:(?:do|would)\s+you\s+(?:think|say|reckon)\s+)?(?:you|you'd)\s+(?:could|can|would|might|will|'d)?\s*(?:send|pass|refer|give|throw|get)\b"
    # ... or the people wanted who would: "I'm mostly looking for people who can send me
    # bookkeeping clients"
    r"|\blooking\s+for\s+(?:people|someone|somebody|folks|partners|contacts|friends)\s+(?:who|that)\s+(?:can|could|might|will|would)\s+"
    r"(?:send|refer|pass|throw)\s+(?:me|us)\b"
    # ... or the count asked with the people left unsaid: "how many could you send me a month"
    r"|\bhow\s+many\s+(?:(?:do|would)\s+you\s+(?:think|say|reckon)\s+)?(?:could|can|would|might|will)\s+you\s+(?:send|pass|refer|throw)\s+(?:me|us|(?:my|our)\s+way)\b"
    # "what's the best way to get on your referral list"
    r"|\b(?:get|be|go|put\s+(?:me|us))\s+on\s+(?:your|the)\s+(?:referral|referrals|preferred|vendor|recommended|go-to)\s+list\b"
    # ... or the list named after it: "could you put me on your list of recommended vendors"
    r"|\b(?:get|be|go|put\s+(?:me|us))\s+on\s+(?:your|the)\s+list\s+of\s+(?:recommended|preferred|trusted|approved|go-to)\b"
    # ... or our name said to their people: "and mention me to your clients"
    r"|\bmention\s+(?:me|us|my\s+name|our\s+name)\s+to\s+(?:(?:all|some|any|a\s+few)\s+(?:of\s+)?)?(?:your|their)\s+"
    r"(?:[\w-]+\s+)?(?:clients|customers|contacts|members|friends|network|partners|owners|people)\b",
    "intro introduce refer recommend put hook pass passing send sending keep bear know swap trade exchange front fee"
    " review testimonial recommendation shout shoutout list reference endorsement lines sentences words"
    " names contacts intros introduction introductions referrals leads referral word each mention clients customers"
    " friends members businesses share",
)
# Whom they have who needs what we sell: "so who do you have that might need help with books
# right now" (a part of its own, on "who")
_WHO_YOU_HAVE = Rule(
    r"\bwho\s+(?:do|would|could|might)\s+you\s+(?:have|know)\s+(?:that|who)\s+(?:might\s+|could\s+|would\s+)?"
    r"(?:need|needs|want|wants|use|be\s+looking)\b"
    # ... or which of their people to go after: "so who would you say I should be talking to
    # among your clients?"
    r"|\bwho\s+(?:do|would|could|should)\s+you\s+(?:say|think|suggest|reckon)\s+(?:i|we)\s+(?:should\s+)?(?:be\s+)?"
    r"(?:talk|talking|speak|speaking|reach\w*|call\w*|approach\w*|contact\w*)\s+(?:to\s+|with\s+|out\s+to\s+)?"
    r"(?:among|in|from|of|at)\s+your\s+(?:[\w-]+\s+)?(?:clients|customers|contacts|network|members|accounts)\b"
    # ... or which of their people could use us: "who in your book of clients do you think
    # could use us?", "who among your members might need a bookkeeper"
    r"|\b(?:who|which)\s+(?:(?:ones?\s+)?(?:in|among|of|from))\s+your\s+(?:[\w-]+\s+){0,3}?(?:clients|customers|contacts|network|members|accounts|book|list|circle"
    r"|growers|farmers|shops|restaurants|friends|suppliers|buyers|owners)\b"
    r"[^.?!]{0,30}?\b(?:could|might|would|will|may)\s+(?:use|need|want|benefit\s+from)\s+(?:us|me|our|my|an?|some)\b",
    "who which",
)
# A meeting with their people asked of them: "I want you to get me a meeting with your CEO",
# "could you set us up a call with your buyer?" (a part of its own, on its nouns: its verbs
# are everyday words)
_MEETING_WITH_THEIRS = Rule(
    r"\b(?:get|set(?:\s+up)?|arrange|book|land|line\s+up|fix)\s+(?:me|us)\s+(?:up\s+)?(?:a\s+(?:meeting|call|sit-?down|chat|slot|word)"
    r"|an?\s+(?:intro|introduction|audience))\s+with\s+(?:your|whoever|the\s+(?:person|people|one|guy|folks)\s+who)\b",
    "meeting call sitdown down chat slot word intro introduction audience",
)
# Words for us asked of them, or their business shown off as ours: "if you could write a
# couple of lines of testimonial", "I'd really appreciate a couple of names", "let me know
# when you have some names for me", "I'd love to feature your bakery on my portfolio site",
# "maybe tag me on linkedin" (a part of its own, on its rarer words).
_FOR_OUR_NAME = Rule(
    r"\b(?:you\s+(?:could|can|would|might)|could\s+you|would\s+you|can\s+you)\s+(?:maybe\s+|please\s+|just\s+)?(?:write|jot\s+down|put\s+down|do)\s+"
    r"(?:me\s+|us\s+)?a\s+(?:few|couple(?:\s+of)?)\s+(?:lines|words|sentences)\b"
    r"|\b(?:lines|words|sentences)\s+of\s+(?:testimonial|review|recommendation|endorsement)\b"
    r"|\bappreciate\s+(?:a\s+(?:few|couple)(?:\s+of)?|some|any|one\s+or\s+two)\s+(?:names|intros|introductions|referrals|leads)\b"
    r"|\b(?:some|a\s+few|any)\s+(?:names|leads|referrals)\s+for\s+(?:me|us)\b"
    r"|\bfeature\s+(?:you|your\s+[\w-]+|it|them)\s+(?:on|in)\s+(?:my|our)\b"
    r"|\b(?:i'd|i\s+would|we'd)\s+(?:love|like)\s+to\s+feature\s+(?:you|your)\b"
    r"|\btag\s+(?:me|us)\s+(?:on|in)\b"
    # their place or their figures for our showcase: "let me photograph the boards", "would
    # you let me take a few photos of the sign", "send me your sales numbers from before"
    r"|\blet\s+(?:me|us)\s+(?:come\s+(?:by\s+)?(?:and\s+)?)?(?:photograph|film|video|take\s+(?:a\s+few\s+|some\s+)?(?:photos|pictures|pics|shots|video)\s+of)\b"
    r"|\b(?:send|give|share|email)\s+(?:me|us)\s+(?:your|the)\s+(?:sales|revenue|before[\s-]and[\s-]after)\s+(?:numbers|figures|data|stats|results)\b"
    # our cards left for them to hand out: "I'll drop a stack of cards at the shop so you can
    # hand them out"
    r"|\b(?:my|our|(?:i|we)(?:'ve|\s+have)\s+got|i\s+have|we\s+have)\s+(?:some\s+|a\s+few\s+|a\s+(?:stack|pile|box|bunch)\s+of\s+)?"
    r"(?:new\s+|fresh\s+|own\s+)?(?:business\s+)?(?:cards|flyers|brochures|leaflets)\b"
    r"[^.!?]{0,40}?\b(?:so\s+you\s+can|for\s+you\s+to|could\s+you|can\s+you|you\s+could)\s+"
    r"(?:hand|pass|give)\s+(?:them|some|a\s+few|those|these)\s+(?:out|around|to)\b",
    "lines words sentences testimonial names intros introductions referrals leads feature tag"
    " photograph film video photos pictures pics shots sales revenue before cards flyers brochures leaflets",
)
# Their people named for us: "could you share a few names?", "just mention my name to them"
# (a part of its own, gated on its rarer words).
_NAMES_FOR_US = Rule(
    # ("if you could send me, say, five names this month")
    # (or hoped for: "what I'm hoping is you can send me, say, five or six of your clients")
    r"\b(?:(?:can|could|would|will)\s+you|if\s+you\s+(?:could|would|can)|(?:hoping|hope|wondering)\s+(?:is\s+)?(?:that\s+)?you\s+(?:can|could|would|might))\s+(?:please\s+|maybe\s+|just\s+)?(?:share|give\s+me|send\s+me|pass\s+me|text\s+me|email\s+me|shoot\s+me|flick\s+me|fire\s+me|get\s+me)\W+(?:say\W+|like\W+|maybe\W+)?"
    # (or a count given as a range: "three or four names")
    r"(?:a\s+few|some|any|a\s+couple(?:\s+of)?|one\s+or\s+two|(?:\d+|two|three|four|five|six)\s+or\s+(?:\d+|three|four|five|six|seven|ten)|\d+|two|three|four|five|six|ten|a\s+handful\s+of)"
    r"\s+(?:of\s+(?:their|your|the)\s+)?(?:names|contacts|clients|customers)\b"
    # (not names asked for their own use: "give me some names of good caterers")
    r"(?!\s+of\s+(?:good|great|decent|reliable|trusted|any\s+good)\b)"
    r"|\b(?:you(?:\s+(?:could|can|would|might))?|just|please)\s+(?:(?:just|maybe|also)\s+)?(?:mention|drop|pass\s+along|pass\s+on)\s+(?:(?:my|our)\s+name|me|us)\s+(?:to|with)\b"
    # ... or as a list: "could you shoot me a list of your food clients with phone numbers"
    r"|\b(?:send|give|shoot|pass|email|forward|share|flick)\s+(?:me|us)\s+(?:a\s+|the\s+)?list\s+of\s+(?:your|their)\s+(?:[\w'-]+\s+)?(?:clients|customers|contacts)\b",
    "names contacts clients customers mention drop pass",
)
# Whether their clients need the caller's service: "do any of your clients need a good
# bookkeeper?" (a part of its own: its words are common, the words of the rule above rare).
_THEIR_CLIENTS_NEED = Rule(
    r"\b(?:do|does|would|could|might)\s+any\s+of\s+your\s+(?:[\w'-]+\s+)?(?:clients|customers|contacts|members|friends|people|network)\s+"
    r"(?:need|want|use|be\s+looking\s+for|could\s+use)\s+(?:a|an|some|help)\b"
    # ... or said as theirs to hand on: "do you have any restaurant clients who could use a
    # good bookkeeper?" (not "any clients who are unhappy with their cover?": about them)
    r"|\b(?:do|if)\s+you\s+(?:have|got)\s+any\s+(?:[\w-]+\s+){0,2}?(?:clients|customers|contacts|friends|members|people)\s+(?:right\s+now\s+|at\s+the\s+moment\s+)?"
    r"(?:who|that)\s+(?:could|might|would)\s+(?:use|need|want)\s+(?:a|an|some|my|our)\b"
    # ... or the hand-on asked for in the same breath: "so if any of your clients need that,
    # please send them over"
    r"|\bif\s+any\s+of\s+your\s+(?:[\w'-]+\s+)?(?:clients|customers|contacts|members|friends|people|network)\s+(?:ever\s+)?"
    r"(?:needs?|wants?|could\s+use|(?:is|are)\s+looking\s+for)\b[^.!?]{0,40}?\b(?:send|refer|pass|point)\s+(?:them|him|her)\b",
    "any",
)


# Their colleague asked along: "some time with you and maybe your warehouse manager too",
# "bring your ops director along" -- a meeting with the people they can open doors to.
_THEIR_PEOPLE_TOO = Rule(
    r"\b(?:with|meet|see|catch)\s+you\s+and\s+(?:maybe\s+|possibly\s+|also\s+|ideally\s+|perhaps\s+)?your\s+(?:[\w-]+\s+){0,2}?"
    r"(?:manager|boss|director|ceo|cfo|coo|cto|owner|buyer|head\s+of\s+\w+|vp|purchasing\s+\w+)\b"
    r"|\b(?:bring|invite)\s+(?:along\s+)?your\s+(?:[\w-]+\s+){0,2}?(?:manager|boss|director|ceo|cfo|coo|cto|owner|buyer|vp)\b"
    # ... the catch-up had with them: "I was hoping we could do lunch with your CEO too"
    r"|\b(?:lunch|coffee|dinner|drinks|breakfast)\s+with\s+(?:you\s+and\s+)?your\s+(?:ceo|cfo|coo|cto|boss|owner|president|vp|gm|md)\b"
    # ... or the way in to them asked for: "if you can get me in the door", "put me in front
    # of your CEO"
    r"|\b(?:get|getting|got)\s+(?:me|us)\s+(?:in\s+(?:the|your|their)\s+door|a\s+foot\s+in\s+the\s+door|in\s+front\s+of\s+(?:your|the|their))\b"
    r"|\bput\s+(?:me|us)\s+in\s+front\s+of\s+(?:your|the|their)\b",
    "manager boss director ceo cfo coo cto owner buyer head vp purchasing president gm md door front",
)


def asks_for_referrals(sentence: str) -> str | None:
    """The words asking them to introduce or refer us to people they know (or to bring
    their boss along), or None."""
    return (
        _REFERRAL_ASK.find(sentence)
        or (" with " in sentence and _MEETING_WITH_THEIRS.find(sentence))
        or ("you " in sentence and _WHO_YOU_HAVE.find(sentence))
        or _THEIR_CLIENTS_NEED.find(sentence)
        or _NAMES_FOR_US.find(sentence)
        or _FOR_OUR_NAME.find(sentence)
        or _THEIR_PEOPLE_TOO.find(sentence)
    )


# An introduction offered as a thing they might want: "would an introduction be useful?",
# "would a quick intro to her help?", "is an intro something that'd help?"
_INTRO_AS_GIFT = Rule(
    r"\b(?:would|could|might|will|is|does)\s+(?:an?\s+|the\s+)?(?:quick\s+|warm\s+|email\s+|proper\s+)?(?:intro|introduction)\b"
    # ("would an introduction there be welcome?": to the one just named)
    # ("would an introduction by email be welcome?": how it would be made)
    r"(?:\s+(?:to|with)\s+(?:[\w'-]+\s+){1,4}?|\s+(?:there|here)\b|\s+(?:by|over|via)\s+(?:e-?mail|text|phone|linkedin)\b)?\s*(?:be\s+|that\s+)?(?:something\s+(?:that'd|thatd|that\s+would|you'd|youd)\s+)?"
    r"(?:useful|helpful|help|worth|of\s+(?:any\s+)?(?:use|interest|value)|valuable|welcome|good|interesting|appeal)"
    # or simply offered: "would you like an introduction?", "want an intro to her?"
    r"|\b(?:(?:would|do)\s+you\s+(?:like|want)|(?:you\s+)?(?:want|fancy))\s+(?:an?\s+)?(?:quick\s+|warm\s+|email\s+)?(?:intro|introduction)\b",
    "intro introduction",
)


def offers_intro_as_gift(sentence: str) -> bool:
    """Is an introduction offered as something they may want ("would an intro help?")?"""
    return _INTRO_AS_GIFT.search(sentence) is not None


def offers_intro(sentence: str) -> bool:
    """Does a next-step sentence offer an introduction ("want me to introduce you to her?",
    "would a quick intro to her help?")?"""
    if _INTRO_AS_GIFT.search(sentence) is not None:
        return True
    # (the rep asking to be put in touch offers nothing: "could you put me in touch with her?")
    return any(
        _ASKED_INTRO.match(found.group()) is None for found in _INTRO_PERSON.finditer(sentence)
    )


# A send said as a fragment, with where and when: "one page, to your email tonight",
# "the checklist to your inbox by noon" (not "that goes to your email" with no when).
_SENT_WHEN = (
    r"(?:tonight|today|this\s+(?:morning|afternoon|evening)"
    r"|tomorrow(?:\s+morning)?|first\s+thing(?:\s+tomorrow)?|noon|end\s+of\s+(?:the\s+)?day|eod"
    r"|(?:monday|tuesday|wednesday|thursday|friday)(?:\s+morning)?)"
)
_SENT_YOUR_WAY = Rule(
    rf"\bto\s+your\s+(?:email|e-mail|inbox|desk)\s+(?:by\s+)?{_SENT_WHEN}\b"
    # ... or when first: "one page, by tomorrow morning on your e-mail"
    rf"|\bby\s+{_SENT_WHEN}\s+(?:on|to|in)\s+your\s+(?:email|e-mail|inbox|whatsapp|phone)\b",
    "email mail inbox desk whatsapp phone",
)


# A thing on its way, said of the thing: "that checklist goes to her this afternoon", "the
# quote's heading your way friday" (with the thing and the time, checked in next_step).
_ON_ITS_WAY = Rule(
    r"\b(?:goes|go|going|will\s+go|'ll\s+go|heading|headed|gets\s+sent|will\s+be\s+sent)\s+(?:out\s+|over\s+|across\s+)?"
    r"(?:to\s+(?:you|her|him|them|your\s+(?:inbox|email|desk))|your\s+way)\b"
    r"|\bon\s+(?:its|their)\s+way\s+to\s+(?:you|her|him|them)\b",
    "goes go going heading headed sent way",
)

# A thing said to be on its way soon, the verb left out: "Invite coming in five minutes.",
# "the quote's coming your way tonight" (not "the invoice coming in june was late")
_COMING_SOON = Rule(
    r"\b(?:invite|invitation|calendar\s+invite|quote|proposal|email|e-mail|link|details|contract|agreement|deck|brochure|summary|confirmation)"
    r"(?:\s+is|'s)?\s+(?:coming|on\s+(?:its|the)\s+way)(?:\s+(?:to\s+you|your\s+way|over|through|across))?"
    r"\s+(?:in\s+(?:a\s+)?(?:few\s+|couple\s+(?:of\s+)?|\w+\s+)?(?:minutes?|mins?|seconds?|secs?|hours?|bit|moment|sec)|shortly|right\s+away|now|today|tonight"
    r"|this\s+(?:afternoon|evening|morning))\b",
    "coming way",
)


# What may stand beside a time said as a clause of its own: "okay, six thirty tonight then,".
_TIME_CLAUSE_FILLER = frozenset(
    "ok okay so great right perfect sure fine alright yes yeah then good lovely done and at on"
    # (the one addressed, and the day said with the hour: "Okay sir, today four thirty I will
    # call you")
    " sir madam ma'am maam today tonight tomorrow".split()
)


# The hour's words that a slot found may leave out ("six thirty tonight": "tonight").
# (compiled on first use, from the regex cache: not at start-up)
_CLOCK_WORD = Lazy(
    r"\d[\d:.]*(?:am|pm)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|fifteen|thirty|forty|forty-five|o'clock|am|pm|half|quarter|past|noon|ish"
)


def _time_said_first(head: str) -> bool:
    """``head``, the words before a promise, is a time and nothing else but a word of
    agreement: "okay, six thirty tonight then," (not "we met last tuesday,")."""
    head = head.rstrip(" ,;:-–—")
    if not head or len(head.split()) > 8:
        return False
    slot = time_slot(head, allow_today=True)
    if slot is None:
        return False
    at = lowercase(head).rfind(slot.lower())
    left = lowercase(head[:at] + " " + head[at + len(slot) :])
    words = re.findall(r"[a-z0-9:']+", left)
    return all(w in _TIME_CLAUSE_FILLER or _CLOCK_WORD.fullmatch(w) for w in words)


def _slot_said_back(sentence: str) -> bool:
    """Whether the sentence opens with a day or hour, then a pause: the time they just named,
    said back with what goes with it ("Tuesday 15h, with the numbers.")."""
    slot = time_slot(sentence, allow_today=True)
    if slot is None or PAST_TENSE.search(sentence):
        return False  # (not "Monday, we were closed.")
    if _DAY_NAMED.search(slot) is None:
        return False  # (an hour alone is their day's, told back: "five o'clock, God love you")
    low = lowercase(sentence).lstrip(" .,!-")
    if not low.startswith(lowercase(slot)):
        return False
    # (the hour perhaps written as French writes it, which the slot leaves out: "15h", "9h30")
    hour = _FRENCH_HOUR.match(low, len(slot))
    at = hour.end() if hour else len(slot)
    return low[at : at + 1] in {",", "."}


_DAY_NAMED = Lazy(
    rf"(?i)\b(?:{WEEKDAY}|tomorrow|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b)"
)
_FRENCH_HOUR = Lazy(r"\s*(?:at\s+|à\s+)?\d{1,2}h(?:\d\d)?\b")


def next_step(
    sentence: str, commitment: bool, prev_time: str | None = None, question: bool | None = None
) -> str | None:
    # ``question``: is_question(sentence), when the caller already knows it.
    if question is None:
        question = is_question(sentence)
    if commitment:
        slot = time_slot(sentence, allow_today=True)
        if slot:
            return sentence
    elif not question:
        if _bare_time(sentence):
            return sentence
        if (
            prev_time
            and (_AGREE.search(sentence) or _slot_said_back(sentence))
            and not _NEGATIVE.search(sentence)
            and not _PUT_OFF.search(sentence)
        ):
            return sentence
    if question and _INTRO_AS_GIFT.search(sentence):
        return sentence
    # The future-tense path needs a time, an introduction or a specific thing in the
    # sentence: check those cheap, gated rules before the costly future-tense rule.
    if not (
        time_slot(sentence, allow_today=True)
        or _INTRO_PERSON.search(sentence)
        or _SPECIFIC_OBJECT.search(sentence)
        or (("efore" in sentence or "head" in sentence) and _BEFOREHAND.search(sentence))
    ):
        if (
            not question
            and has_any(lowercase(sentence), _SENDS_YOU)
            and _PRESENT_SENDS.search(sentence)
        ):
            return sentence  # "I send you his email": a thing of theirs to have, promised
        return None
    if not question and _SENT_YOUR_WAY.search(sentence):
        return sentence  # "one page, to your email tonight": what, where and when
    if not question and _COMING_SOON.search(sentence):
        return sentence  # "invite coming in five minutes": the thing, and soon
    future = (
        _FUTURE.search(sentence)
        or _WOULD_DO.search(sentence)
        or _PRESENT_FOR_FUTURE.search(sentence)
        or _PRESENT_SENDS.search(sentence)
    )
    if not future:
        if (
            not question
            and _ON_ITS_WAY.search(sentence)
            and _SPECIFIC_OBJECT.search(sentence)
            and time_slot(sentence, allow_today=True)
        ):
            return sentence  # "that checklist goes to her this afternoon"
        return None
    rest = sentence[future.start() :]
    step = _STEP_VERB.search(rest)
    if step is not None and _a_thing_before(rest[: step.start()]):
        # after "the", "your"...: a thing, not a deed ("I'll leave the phone as this number")
        step = next(
            (m for m in _STEP_VERB.finditer(rest) if not _a_thing_before(rest[: m.start()])),
            None,
        )
    if step is None:
        return None
    if time_slot(rest, allow_today=True) or _INTRO_PERSON.search(rest):
        return sentence
    if _time_said_first(sentence[: future.start()]):
        return sentence  # "okay, six thirty tonight then, I'll try him again"
    if not question and not commitment and _BEFOREHAND.search(rest):
        return sentence  # "I'll text you the day before": a follow-up agreed around it
    # (the thing is the step's, not in the reason given after it: "... I'm calling because
    # what you said about the paperwork stayed with me")
    cause = _BECAUSE.search(rest, step.end())
    if cause is not None:
        rest = rest[: cause.start()]
    if _SPECIFIC_OBJECT.search(rest) and (not commitment or _HAND_OVER.search(rest)):
        return sentence
    return None


_BECAUSE = Lazy(r"(?i)\b(?:because|cause|'cause|cos|coz|since)\b")
