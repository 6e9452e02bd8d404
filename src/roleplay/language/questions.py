"""Question kinds: what a question of the rep's is for.

Small talk ("how's your week going?"), a time check ("got a minute?"), routing ("is Dr.
Patel in?"), scheduling ("what time works best?"), or discovery: a real question about the
prospect's business. A discovery question may also be asked as a statement ("I'm curious
how you handle returns today.").
"""

from __future__ import annotations

import re

from roleplay.language import precompiled
from roleplay.language.asks import (
    ADDRESS_TITLES,
    HOUR_CHECK,
    TIME_FOR_A_CHANGE,
    WHICH_OF_THE_SLOTS,
    offers_intro_as_gift,
)
from roleplay.language.names import GREETING_WORDS
from roleplay.language.repair import business_word, first_names, plain_word
from roleplay.language.text import AnyOf, Lazy, Rule, has_any, lowercase, words_of

# Whom or what a pleasantry asks after: "you", "things", "your week", "the family" (and, as
# many Englishes greet, everyone at home: "how is everybody", "how are the children").
_PLEASANTRY_SUBJECT = (
    r"(?:it|things|everything|life|you|ya|ye|we|y'all|yall|you\s+all|you\s+guys|youse|yous|yiz|yinz|your\s+(?:day|week|morning|afternoon|evening|weekend|night|month|year|summer|holiday|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|family|kids|children|wife|husband|folks|parents|mum|mom|dad|mother|father)|the\s+(?:day|week|weekend|family|weather|morning|afternoon|evening"
    r"|kids|children|wife|husband|missus|folks|home\s+front)|everybody|everyone|everybody\s+at\s+home|everyone\s+at\s+home|all\s+at\s+home|home|madam"
    # (work in general, as a greeting: "salaam aleikum tanti! how is work today?")
    r"|work|the\s+work"
    # (the body asked after, as West African Englishes greet: "how the body this morning?")
    r"|(?:the|your|de)\s+body"
    # (the night, as Cameroon greets in the morning: "good morning sir! how was the night?")
    r"|the\s+night"
    # (the one called and the home together, as Nigeria greets: "how are you sir and the
    # family?")
    r"|you(?:\s+(?:sir|ma|madam|oga|mama|papa))?,?\s+and\s+(?:the|your|ur)\s+(?:family|kids|children|people\s+at\s+home|household|wife|husband|madam))"
)
_PLEASANTRY_AFTER = r"(?:\s+(?:been|going|doing|doin'?|treating\s+(?:you|ya|u)|holding\s+up|so\s+far|today|tonight|this\s+(?:fine\s+|beautiful\s+|lovely\s+|sunny\s+)?\w+|over\s+there|all|keeping|keepin|anyway|lately|these\s+days|then|otherwise|though|at\s+home))*"
_SMALL_TALK = Rule(
    r"^\W*(?:(?:hi|hey|hello|so|and|well|oh|good|great|morning|afternoon|evening)\W+)*(?:(?:mr|mrs|ms|miss|dr)\.?\s+\w+\W+|\w+\W+)?"
    # (its h dropped, "ow are ya", and "am" as the Black Country says it: "ow am ya?")
    r"(?:h?ow(?:'s|\s+is|\s+are|\s+am|\s+have|\s+has|\s+was)?|how's|you)\s+"
    # (the nurse's "we": "how are we doing this morning?")
    rf"{_PLEASANTRY_SUBJECT}{_PLEASANTRY_AFTER}"
    # the one spoken to: "how are ya man", "how you doing, my friend"
    # (Scouse "la", Singlish "lah" too: "how are ya la, u alright")
    r"(?:\W+(?:man|mate|buddy|bud|dude|pal|bro|brother|my\s+friend|stranger|sir|ma'am|maam|la|lah|lad|love|luv|pet|hen|hun))?"
    # a tag after it: "how ya doing, you good?", "how you doing, all good?"
    r"(?:\W+(?:you|u|all|everything)\s+(?:good|ok|okay|alright|all\s+right|well))?"
    # ... or one more asked after in the same breath: "how are you, how is everybody?"
    rf"(?:\W+(?:and\s+)?(?:how(?:'s|\s+is|\s+are)|hows)\s+{_PLEASANTRY_SUBJECT}{_PLEASANTRY_AFTER})*\W*$"
    # (its verb kept, as English learned late asks it: "How is the morning, you are fine?")
    r"|^\W*(?:(?:hi|hey|hello|so|and)\W+)*(?:you|u)\s+(?:(?:are|r)\s+(?:fine|well)|(?:are\s+|r\s+)?(?:good|ok|okay|alright|doing\s+(?:ok|okay|alright|well)|(?:staying|stayin|keeping|keepin)\s+(?:warm|cool|dry|busy|sane|safe|well)))\W*$"
    r"|^\W*(?:(?:hi|hey|hello|so)\W+)*(?:having|are\s+you\s+having)\s+a\s+(?:good|great|nice)\s+\w+\W*$"
    # the question handed back: "I am fine, thank you, and you?", "good thanks, and yourself?"
    r"|^\W*(?:(?:i'm|i\s+am|im|all|doing|i'm\s+doing|i\s+am\s+doing)\s+)?(?:(?:(?:very|really|pretty|quite)\s+)?(?:fine|good|well|great|ok|okay|alright|not\s+bad)\W+"
    r"(?:(?:thank\s+you|thanks|thx)\W+)?|(?:thank\s+you|thanks|thx)\W+)(?:(?:and|&)\s+)?(?:you|yourself|u|ya|yours)\W*$"
    # the northern English greeting: "now then, 'ow do?"
    r"|^\W*(?:(?:hi|hey|hello|so|now\s+then)\W+)*h?ow\s+do\W*$"
    # "How about this weather, huh?", "Crazy heat today, right?"
    r"|^\W*(?:(?:oh|so|and|well|hey|man|wow)\W+)*(?:how\s+about|what\s+about|how's|how\s+is|crazy|some|nice|lovely|quite)\s+"
    r"(?:this|that|the|all\s+this|all\s+that)?\s*(?:weather|heat|heatwave|rain|snow|cold|wind|storm|humidity)\b"
    # their meal asked after: "oh nice, what are you having?", "what's for dinner?"
    r"|^\W*(?:(?:oh|so|and|well|hey|ooh|ha|nice|cool|yum)\W+)*what(?:'re|\s+are|'s|\s+is)\s+"
    r"(?:you\s+(?:having|eating|cooking)|for\s+(?:dinner|lunch|breakfast|supper|tea))\b(?:\s+(?:tonight|today|then))?\W*$"
    # how they are, asked in the greeting of another language: "Good morning Sir, alafia?",
    # "bonjour madame, ça va?", "sannu, ina kwana?", "how far?", "kedu?"
    # (a title after each greeting: "hello madame, good morning, did you wake well?")
    r"|^\W*(?:(?:hi|hey|hello|good|morning|afternoon|evening|salaam|salam|bonjour|bonsoir)\W+(?:\w+\W+)?)*(?:\w+\W+)?"
    r"(?:alafia|ça\s+va|ca\s+va|sannu|ina\s+kwana|ina\s+wuni|how\s+far|how\s+now|wetin\s+dey|kedu|bawo\s+ni|ete\s+sen|wo\s+ho\s+te\s+sen"
    # (or the family asked after in French: "Bonjour Patron, la famille?", "et la santé?";
    # "on dit quoi?", what's new, in Ivorian and Beninese French)
    r"|(?:et\s+)?(?:la\s+famille|la\s+sant[ée]|les\s+enfants)|on\s+dit\s+quoi"
    # (or the morning greeting of many West African Englishes: "did you wake well?")
    r"|(?:did\s+(?:you|u)\s+|(?:you|u)\s+)(?:wake|woke|sleep|slept)\s+well)\W*$",
    "how ow you u having what crazy some nice lovely quite yourself ya yours"
    # ("sant": a text's words stop at "é")
    " alafia va sannu ina far wetin kedu bawo sen famille sant sante enfants quoi",
)


# The rules below are only asked whether they match: each is one regex split into parts,
# every part gated on whole words all its matches contain (see :class:`AnyOf`).
_TIME_CHECK = AnyOf(
    Rule(
        r"\b(?:is|was)\s+(?:now|this|it|that)\s+(?:still\s+)?(?:a\s+|an\s+)?(?:good|bad|okay|ok|alright|convenient|terrible|decent|busy|inconvenient|better|fine)\s+(?:time|moment)"
        # the moment alone asked about: "is now alright?", "is now okay for you", "now any good?"
        r"|\b(?:is\s+)?now\s+(?:still\s+)?(?:(?:a\s+)?(?:good|bad|okay|ok|alright|all\s+right|convenient|fine|any\s+good)|a\s+problem)"
        r"(?:\s+(?:for\s+(?:you|ya|u)|to\s+(?:talk|chat)))?"
        # ... for a short while: "is now okay for two minutes", "now ok for a quick word?"
        r"(?:\s+for\s+(?:a\s+)?(?:one|two|three|five|ten|\d+|few|couple(?:\s+of)?|quick|short|brief)\s+"
        r"(?:quick\s+)?(?:minutes?|mins?|secs?|seconds?|moments?|word|chat))?\W*$",
        "good bad okay ok alright convenient terrible decent busy inconvenient better fine all any problem",
    ),
    Rule(
        r"\b(?:did|have|do)\s+i\s+(?:catch|caught|reach|call|get|find)\s+(?:you|ya)\s+(?:at\s+)?(?:a\s+|an\s+)?(?:bad|good|busy|inconvenient|wrong|ok|okay|decent)",
        "catch caught reach call get find",
    ),
    Rule(
        # (not "could we do thirty minutes?", a meeting proposed)
        # ("some" too: "you have some minutes?")
        r"\b(?:(?<!\bwe\s)(?<!\bi\s)do|got|have|you)\s+(?:you\s+)?(?:got\s+|have\s+)?(?:like\s+|maybe\s+|just\s+|about\s+)?(?:a|one|two|three|four|five|ten|fifteen|twenty|thirty|forty|sixty|ninety|\d+|a\s+few|a\s+couple(?:\s+of)?|a\s+quick|a\s+spare|some)\s+(?:quick\s+|spare\s+)?(?:minutes?|mins?|secs?|seconds?|moments?)\b"
        r"|\bgot\s+a\s+(?:minute|sec|second|moment)\b",
        "minute minutes min mins sec secs second seconds moment moments",
    ),
    Rule(
        r"\b(?:can|could|may)\s+(?:i|you)\s+(?:have|give\s+me|spare|borrow|steal|take|grab)\s+(?:a|one|two|three|\d+|a\s+few|a\s+couple(?:\s+of)?|thirty|sixty|ten|twenty)\s*(?:quick\s+)?(?:minutes?|seconds?|moments?)",
        "have give spare borrow steal take grab",
    ),
    Rule(
        # (not busy with their work: "you busy with tax stuff already?" asks about them)
        r"\b(?:are\s+you|(?<!keeping\s)(?<!keeps\s)(?<!keep\s)(?<!kept\s)you)\s+(?:busy(?!\s+with\b)|free\s+to\s+talk|able\s+to\s+talk|in\s+the\s+middle\s+of\s+something|driving)\b",
        "busy free able middle driving",
    ),
    Rule(
        r"\bcan\s+you\s+(?:talk|chat|hear\s+me)\b|\b(?:good|bad)\s+time\s+to\s+(?:talk|chat)\b|\bbad\s+time\b"
        # ... its "can" dropped: "you hear me okay?", "u hear me alright"
        r"|(?:^|[,.!?]\s*)\W*(?:you|u|ya)\s+(?:can\s+)?hear\s+me\b",
        "talk chat hear bad",
    ),
    # the hour of a night call: "did I wake you up?", "were you asleep?", "is it too late?"
    Rule(
        r"\b(?:did|have|do)\s+i\s+(?:just\s+)?(?:(?:wake|woke)\s+(?:you|ya|u)|get\s+(?:you|ya|u)\s+out\s+of\s+bed)\b"
        r"|\b(?:were|are)\s+(?:you|u)\s+(?:already\s+)?(?:asleep|sleeping|in\s+bed)\b|\b(?:is\s+it|too)\s+late\s+to\s+(?:talk|call|chat)\b"
        # ... or the hour where they are: "is it late there?"
        r"|\bis\s+it\s+(?:(?:too|really|very|super|pretty)\s+)?(?:late|early)\s+(?:there|over\s+there|for\s+you|where\s+you\s+are)\b",
        "wake woke asleep sleeping bed late early",
    ),
    # Checking the referrer's word that this call is welcome: "she said you might be open
    # to a call?" (asked; said flat, it only reports what she said).
    Rule(
        r"\b(?:said|mentioned|thought|told\s+me|figured)\s+(?:that\s+)?(?:you|u)(?:'d|d|\s+would|\s+might|\s+may|\s+were|'re|re|\s+are)?\s+(?:be\s+)?(?:open|up|ok|okay|happy|keen|fine|game)\s+"
        r"(?:to|for)\s+(?:a\s+|taking\s+a\s+|hearing\s+from\s+me|getting\s+a\s+)?(?:quick\s+|short\s+|brief\s+)?(?:call|chat|conversation|talk|ring)?\W*$",
        "said mentioned thought told figured",
    ),
)
# When someone's whereabouts are asked for, the end of the question: "is she in today?",
# "is he usually free then?", "is she in on mondays?" (both forms in _ROUTING end so).
_WHEREABOUTS_WHEN = (
    r"\s*(?:today|now|right\s+now|at\s+the\s+moment|this\s+\w+|then|later|after\s+lunch"
    r"|(?:in|on)\s+(?:the\s+)?(?:mornings?|afternoons?|evenings?|(?:mon|tues|wednes|thurs|fri)days?)"
    # (Scots "the day" and "the noo": today and now)
    r"|the\s+day|the\s+noo)?"
    # (pressed: "is he in or not"; or asked lightly: "at all", a word to the one asked:
    # "is gary about, la?", "is she in, love?")
    r"(?:\s+or\s+not|\s+at\s+all)?(?:,?\s+(?:la|lah|like|mate|love|pet|hen|so|now|please))?\W*$"
)
_ROUTING = AnyOf(
    Rule(
        r"\b(?:can|could|may)\s+i\s+(?:please\s+)?(?:speak|talk|have\s+a\s+word)\s+(?:with|to)\b",
        "speak talk word",
    ),
    Rule(
        r"\bput\s+me\s+through\b|\bbe\s+put\s+through\b|\btransfer\s+me\b|\bconnect\s+me\s+(?:to|with)\b",
        "through transfer connect",
    ),
    # the one to be put through to, by what they do: "could I get whoever handles the kitchen"
    Rule(
        r"\b(?:can|could|may)\s+(?:i|we)\s+(?:please\s+)?(?:get|grab|have|reach)\s+(?:please\s+)?"
        r"(?:whoever|the\s+person\s+(?:who|that)|someone\s+(?:who|that)|somebody\s+(?:who|that)"
        r"|(?:the|your)\s+(?:owner|manager|general\s+manager|gm|head\s+chef|office\s+manager|practice\s+manager|director|boss)\b(?!'s|\s+to\b)"
        # ... or by name with a title: "could i get Mr Cole please" (not "could I get Dr.
        # Holloway on a call this week", which asks for a meeting)
        r"|(?:mr|mrs|ms|miss|dr)\b\.?\s+[a-z][\w'-]*(?:\s+[a-z][\w'-]*)?(?:,?\s+please)?(?=\s*[,.!?]|\s*$))",
        "whoever person someone somebody owner manager gm chef director boss mr mrs ms miss dr",
    ),
    Rule(
        # (not a thing: "is that still your role there?" asks about them)
        r"^\W*(?:(?:hi|hey|hello|and|so|great|thanks)\W+(?:\w+\W+)?)?is\s+(?!(?:it|that|this|everything|anything)\b)(?:[\w.']+\s+){1,4}(?:in|available|around|there|free|in\s+the\s+office|at\s+(?:his|her|their)\s+desk|in\s+today)"
        + _WHEREABOUTS_WHEN
        # "Is Martin about?" (British), or a last clause after the reason: "..., is she free?"
        + r"|(?:^\W*(?:(?:hi|hey|hello|and|so|great|thanks)\W+(?:\w+\W+)?)?|(?:[,;]|\s-+)\s*(?:and\s+|so\s+)?)is\s+(?!(?:it|that|this|there|everything|anything|anyone)\b)"
        r"(?:he|she|they|(?:mr|mrs|ms|dr)\.?\s+[\w'-]+(?:\s+[\w'-]+)?|[\w'-]+(?:\s+[\w'-]+)?)\s+(?:(?:usually|normally|generally|typically|still)\s+)?(?:about|around|in|available|free|there|in\s+the\s+office|at\s+(?:his|her|their)\s+desk|in\s+today)"
        + _WHEREABOUTS_WHEN
        # ... or the one asked for named first, then "he is there?": "Please, the Directeur,
        # Monsieur Assih, he is there?"
        + r"|,\s*(?:he|she)\s+is\s+(?:(?:usually|normally|still)\s+)?(?:about|around|in|available|free|there|in\s+the\s+office|at\s+(?:his|her)\s+desk)"
        + _WHEREABOUTS_WHEN,
        "is",
    ),
    Rule(
        r"\bwhen(?:'s|'ll|'d|\s+do\s+you\s+expect|\s+will|\s+would|\s+is|\s+does|\s+might|\s+should)\s+(?:him|her|he|she|they|[\w.]+)(?:\s+[A-Za-z][\w.]*)?\s+(?:usually\s+|normally\s+|likely\s+|generally\s+|going\s+to\s+|gonna\s+)?(?:to\s+)?(?:be\s+)?(?:back|in|available|free|around|return)",
        "when",
    ),
    Rule(
        r"\b(?:better|best|good)\s+(?:time|way|number)\s+to\s+(?:reach|call|catch|get|contact)\s+(?:him|her|them|\w+)",
        "time way number",
    ),
    # a wish to reach someone: "I'd like to reach Mr. Harrow", "I'm trying to get hold of the owner"
    Rule(
        r"\b(?:i'd|i\s+would|we'd|we\s+would)\s+(?:like|love)\s+to\s+(?:reach|speak\s+(?:to|with)|talk\s+(?:to|with)|get\s+hold\s+of|get\s+through\s+to|catch)\s+(?!you\b|out\b)\w"
        r"|\b(?:i'm|i\s+am|we're|we\s+are)\s+(?:trying|hoping|looking)\s+to\s+(?:reach|speak\s+(?:to|with)|talk\s+(?:to|with)|get\s+hold\s+of|get\s+through\s+to|catch)\s+(?!you\b|out\b)\w",
        "like love trying hoping looking",
    ),
)
# Where or when a third person can be found is routing, not discovery: "Is she in the building
# today, or over at your other campus?", "Will he be in tomorrow?", "Is Priya back from lunch
# yet?" (not "Is she in charge of purchasing?", "Is Anselm still your foreman?").
_WHEREABOUTS = Rule(
    # (also after a comma: "it's kinda hard to explain real quick, is he in the office or
    # out on the yard?")
    r"(?:^|,\s*)\W*(?:(?:and|so|but|ok(?:ay)?|great|thanks|right|sorry|then|hi|hey|hello)\W+)*(?:is|will|would|was)\s+"
    # (not a thing proposed: "would a call on friday at 2 be helpful")
    r"(?!(?:your|the|our|my|it|that|this|there|anyone|anybody|everyone|everything|you|we|i|any|all|a|an|some|next|today|tomorrow"
    r"|mornings?|afternoons?|evenings?|noon|(?:mon|tues|wednes|thurs|fri|satur|sun)days?|\d\w*)\b)"
    r"(?:he|she|they|(?:mr|mrs|ms|dr)\.?\s+[\w'-]+|[\w'-]+(?:\s+[\w'-]+)?)\s+"
    r"(?:still\s+|usually\s+|normally\s+|likely\s+|going\s+to\s+)?(?:be\s+)?"
    r"(?:in|at|on|over\s+at|out\s+at|back|working\s+from|around|based\s+at|out|off)\b(?!\s+(?:charge|the\s+market|favou?r|touch|board\s+with))"
    r"[^?]{0,40}?\b(?:building|office|site|campus|clinic|branch|location|plant|depot|warehouse|store|shop|desk|home|meeting|lunch|leave"
    r"|holiday|vacation|today|tomorrow|tonight|now|yet|morning|afternoon|week|monday|tuesday|wednesday|thursday|friday|moment)\b",
    "building office site campus clinic branch location plant depot warehouse store shop desk home meeting lunch leave"
    " holiday vacation today tomorrow tonight now yet morning afternoon week monday tuesday wednesday thursday friday moment",
)
# Picking a time is scheduling, not discovery: "What time works best for you?", "Which day
# suits, Monday or Tuesday?", "Would mornings or afternoons be better for the install?"
_SCHEDULING = Rule(
    r"\b(?:what|which)\s+(?:time|times|day|days|date|slot|morning|afternoon|evening|week)\b(?:\s+[\w']+){0,6}?\s+"
    r"(?:works?|suits?|(?:is|'s|are|would\s+be)\s+(?:best|better|easier|good|easiest|suitable|convenient|fine|okay|ok|possible)|would\s+(?:work|suit)|should\s+(?:we|i)|(?:do|would)\s+you\s+prefer|fits?|shall\s+(?:we|i))\b"
    r"|\b(?:mornings?|afternoons?|evenings?|weekdays?|weekends?|early|late|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?|\d{1,2}(?::\d\d)?(?:\s*[ap]\.?m\.?)?)\s+or\s+"
    r"(?:mornings?|afternoons?|evenings?|weekdays?|weekends?|early|late|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?|\d{1,2}(?::\d\d)?(?:\s*[ap]\.?m\.?)?)\b"
    r"[^?]{0,30}?\b(?:better|best|suit|suits|work|works|prefer|easier|good)\b"
    # ... or the pick left to them: "Monday at two, or you tell me a better day?"
    r"|\b(?:tell\s+me|pick|choose|name|suggest)\s+(?:a|the|another|any|your)\s+(?:better\s+|good\s+|other\s+|different\s+|preferred\s+)?(?:day|time|date|slot)s?\b",
    "time times day days date slot morning afternoon evening week mornings afternoons evenings weekdays weekday"
    " weekends weekend early late monday tuesday wednesday thursday friday saturday sunday mondays tuesdays"
    " wednesdays thursdays fridays saturdays sundays #",
)

# ... and so is asking when a meeting or visit could happen: "when could we do that?",
# "when can I swing by?", "when are you free?" (not "when do you usually restock?").
# ... and so is how a time suits: "how's next tuesday at 8, breakfast, my treat?", "how
# about thursday at 2?"
_SCHEDULING_HOW = Lazy(
    r"^\W*(?:(?:so|and|ok|okay|well|then)\W+)*(?:how's|hows|how\s+is|how\s+does|how\s+would|how\s+about|what\s+about)\s+"
    r"(?:(?:this|next|coming|on)\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|today|tonight|the\s+\d{1,2}(?:st|nd|rd|th)?\b|\d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\b|o'clock\b)|noon\b|lunch\b|breakfast\b|coffee\b)",
    re.IGNORECASE,
)

_SCHEDULING_WHEN = Rule(
    r"\bwhen\s+(?:could|can|should|shall|would|will|might|do)\s+(?:we|i)\s+(?:maybe\s+|possibly\s+)?"
    r"(?:do\s+(?:that|this|it|the\s+\w+)|meet|get\s+together|set\s+(?:that|it|this|something|one)\s+up|set\s+up|book|schedule|fit|squeeze|pencil"
    r"|come|swing|stop|pop|drop|have\s+(?:that|it|the)|grab|start|chat|talk|speak|connect|hop|jump|show|walk|run)\b"
    r"|\bwhen\s+(?:are|would|will|might)\s+you\s+(?:be\s+)?(?:free|available|around|able\s+to\s+(?:meet|talk|chat))\b"
    r"|\bwhen\s+would\s+you\s+like\s+(?:to|me\s+to)\s+(?:meet|talk|chat|do\s+(?:it|that|this)|come|start|book)\b"
    r"|\bwhen(?:\s+(?:works|suits|is\s+(?:good|best|better|convenient|easiest)|would\s+(?:work|suit|be\s+(?:good|best|better)))"
    r"|'s\s+(?:good|best|better|convenient|easiest))\b",
    "when",
)
# Picking a place is scheduling too: "and where's good?", "where should we meet?"
_SCHEDULING_WHERE = Rule(
    r"\bwhere(?:'s|\s+is|s|\s+would\s+be)\s+(?:good|best|easiest|easy|convenient|handy|close)\b"
    r"|\bwhere\s+(?:should|shall|do|would|could|can)\s+(?:we|i)\s+(?:go|meet|eat|grab|get\s+lunch|get\s+coffee|get\s+breakfast|book)\b"
    r"|\bwhere\s+(?:do|would)\s+you\s+(?:want|like|prefer)\s+to\s+(?:go|meet|eat)\b",
    "where wheres",
)


_CONFIRM_TAG = AnyOf(
    Rule(
        r"^\W*(?:(?:so|and|okay|ok|alright|well|oh|ah|wow)\W+)?(?:fair(?:\s+enough)?|right|okay|ok|alright|deal|sounds?\s+(?:good|fair|okay|ok)|"
        r"make\s+sense|makes\s+sense|yeah|yes|you\s+know|got\s+it|cool|really|sorry|pardon|hello|you\s+there|still\s+there"
        # ... or surprise at what they said: "oh, for real?", "no way?", "seriously?"
        r"|for\s+real|no\s+way|seriously|is\s+that\s+so|you\s+don't\s+say|no\s+kidding|are\s+you\s+serious)\W*$"
    ),
    # what they make of what we just put to them: "what do you think", "so what do u say"
    # (not of something of theirs: "what do you think of your current supplier?")
    Rule(
        r"^\W*(?:(?:so|and|okay|ok|alright|well|then)\W+)*what\s+(?:do|d'you|would)\s+(?:you|u|ya)\s+(?:think|say|reckon)"
        r"(?:\s+(?:about|of)\s+(?:that|it|this|the\s+idea))?(?:\s+(?:then|so))?\W*$",
        "think say reckon",
    ),
    # the deal checked: "great, so we're agreed?", "are we all set?"
    Rule(
        r"^\W*(?:(?:so|and|okay|ok|alright|well|great|perfect|right|then)\W+)*(?:we're|we\s+are|are\s+we)\s+(?:all\s+)?"
        r"(?:agreed|good|set|settled|square|sorted|on|clear)\W*$",
        "agreed good set settled square sorted on clear",
    ),
    Rule(
        r"\b(?:does|would|will|did)\s+(?:that|this|it)\s+(?:make\s+sense|sound\s+\w+|work\s+for\s+you|be\s+(?:okay|ok|alright|fair|helpful|useful|all\s+right))"
        # ... or the slot just put to them, checked: "tomorrow at three, does that work",
        # "would that suit you?" (not "does it work?", which may ask about their system)
        r"|\b(?:does|would|will)\s+(?:that|this)\s+(?:work|suit(?:\s+you)?)\W*$",
        "make sound work be suit",
    ),
    Rule(
        r"\b(?:is|'s)\s+that\s+(?:ok|okay|alright|all\s+right|fine|good|cool)(?:\s+(?:with|for)\s+you)?\W*$"
        # ... or said the way English learned late puts it, a clause of its own: "It is ok?",
        # "is ok?", "this is fine for you?"
        r"|(?:^|[,.;]\s*)(?:(?:so|and|then)\s+)?(?:is\s+(?:it|this)|(?:it|this|that)(?:'s|\s+is)?|is)\s+"
        r"(?:ok|okay|alright|all\s+right|fine|cool)(?:\s+(?:with|for)\s+you)?\W*$",
        "ok okay alright right fine good cool",
    ),
    # ... or the meeting just asked for, checked as a sentence of its own: "..., I would like
    # to book one hour with you next week. Can you do it?", "can you make it?"
    Rule(
        r"^\W*(?:(?:so|and|okay|ok|then)\W+)*(?:can|could|would|will)\s+(?:you|u)\s+(?:do|make)\s+(?:it|that|this)"
        r"(?:\s+(?:then|please|sir|madam|ma'am))?\W*$"
        # ... or the invitation: "..., coffee friday at ten at the koala cafe, can you come?"
        r"|^\W*(?:(?:so|and|okay|ok|then)\W+)*(?:can|could|would|will)\s+(?:you|u)\s+(?:come|join(?:\s+(?:me|us))?|be\s+there|manage(?:\s+it)?)"
        r"(?:\s+(?:then|please|sir|madam|ma'am))?\W*$",
        "do make come join there manage",
    ),
    Rule(
        r"\b(?:could|can|would)\s+you\s+(?:repeat|say\s+that\s+again|spell|speak\s+up|hear\s+me)",
        "could can would",
    ),
    Rule(
        r"\b(?:can|could|may)\s+i\s+ask\s+(?:you\s+)?(?:a|one|two|a\s+few|some|a\s+couple|a\s+quick)\b",
        "ask",
    ),
    # (asking leave to ask, unless the question follows: "mind if I ask how you quote?")
    Rule(
        r"\bmind\s+if\s+i\s+ask\b(?!\s+(?:you\s+)?(?:how|what|who|when|where|which|why|whether|if|about)\b)"
        r"|\bwhat\s+was\s+that\b|\bcome\s+again\b",
        "mind what come",
    ),
    Rule(
        r"\b(?:did|have)\s+you\s+(?:get|receive|see|read|had\s+a\s+chance\s+to\s+(?:look|review|read|see))\s+(?:my|our|the)\s+(?:e-?mail|message|voicemail|letter|note|package|brochure|info|proposal)",
        "did have",
    ),
    Rule(r"\b(?:heard\s+of|familiar\s+with|know\s+about)\s+(?:us|our)\b", "heard familiar know"),
    Rule(
        r"\b(?:would|are)\s+you\s+(?:be\s+)?(?:interested|open)\s+(?:in|to)\s+(?:learning|hearing|seeing)\b",
        "interested open",
    ),
    # a verdict on what was just said, with or without a tag: "pretty cool right?", "neat, huh?"
    Rule(
        r"^\W*(?:(?:so|and|pretty|really|super|kinda|kind\s+of|very|quite|just)\W+)*(?:cool|neat|great|awesome|nice|slick|handy|smart|clever|simple|easy|amazing|wild|crazy|sweet)"
        r"\W*(?:right|huh|eh|yeah|no|isn't\s+it|don't\s+you\s+think)?\W*$",
        "cool neat great awesome nice slick handy smart clever simple easy amazing wild crazy sweet",
    ),
    # the plan just put to them, checked as English learned late says it: "Is possible?",
    # "it's possible for you?"
    Rule(
        r"^\W*(?:(?:so|and|ok|okay|yes)\W+)*(?:is|it's|its|it\s+is|is\s+it|is\s+this|is\s+that)\s+possible(?:\s+for\s+you)?\W*$",
        "possible",
    ),
    # our own plan with a tag: "let's keep in touch, yeah?", "I'll send it over, ok?"
    Rule(
        r"^\W*(?:(?:ok|okay|so|and|yeah|great|cool|alright)\W+)*(?:let's|lets|let\s+us|i'll|ill|we'll|i\s+will|we\s+will"
        # (the present for the future: "I send to you tomorrow the catalogue, yes?")
        r"|(?:i|we)(?=\s+(?:send|email|call|ring|text|mail|forward)\b))\s+"
        r"[^?]*,\s*(?:yeah|yes|right|ok|okay|alright|yep|cool|deal|sound\s+good|sounds\s+good)\W*$",
        "let lets ll ill will send email call ring text mail forward",
    ),
)


# An offer to do something for them ("Can I send you some information?", "Sure, can I
# call him?", "Would you like me to email it?") asks permission; it is not a question about
# the prospect's situation.
_OFFER = Rule(
    r"\b(?:can|could|may|shall|should|might)\s+i\s+(?:just\s+|quickly\s+|maybe\s+|also\s+|perhaps\s+|then\s+)?"
    r"(?:send|email|e-mail|mail|text|forward|share|drop|call|ring|phone|try|leave|follow\s+up|check\s+back|circle\s+back"
    r"|reach\s+out|give\s+(?:you|him|her|them)|pass|put\s+(?:you|something|together)|get\s+back|book|pencil|go\s+ahead|introduce|connect|loop)\b"
    r"|\b(?:would|do)\s+you\s+(?:like|want)\s+me\s+to\b|\bwant\s+me\s+to\b"
    # ... as English learned late puts it: "do you want that I send one short email"
    r"|\b(?:would|do)\s+you\s+(?:like|want|prefer)\s+that\s+i\s+(?:send|email|call|ring|write|leave|forward|share|introduce|come|visit)\b"
    # ... or put to them: "would you be okay with me introducing you by email?"
    r"|\b(?:would|will|is|are)\s+(?:it|you)\s+(?:be\s+)?(?:ok(?:ay)?|alright|all\s+right|fine|helpful|useful|easier|help|crazy|weird|cool|too\s+much|a\s+problem"
    r"|happy|comfortable)\s+(?:if\s+i|with\s+me)\b"
    r"|\bmind\s+if\s+i\s+(?!ask\b)"
)
# ... its "I" dropped, as typed in a hurry: "could send u some mockups if u want" (a rule of
# its own, matched at the start, on its words)
_OFFER_NO_I = Rule(
    r"\W*(?:(?:ok|okay|so|and|well|hey|also|oh)\W+)*(?:could|can)\s+(?:just\s+|also\s+|maybe\s+)?"
    r"(?:send|email|e-mail|text|share|drop|forward|whatsapp)\s+(?:you|u|ya|over|it|them)\b",
    "could can",
)


# A favour asked of them ("could you also bring whoever handles budgets?", "can you loop in
# your ops lead?") asks them to do something; it asks nothing about them.
_FAVOUR = Rule(
    r"\b(?:can|could|would|will)\s+you\s+(?:also\s+|please\s+|maybe\s+|just\s+|perhaps\s+)*"
    r"(?:bring(?!\s+(?:me|us)\s+up\b)(?:\s+along)?|invite|loop\s+in|cc|copy\s+in|forward|pass\s+(?:this|that|it|on|along)|include)\b"
    # something to write with, asked for: "have you got a pen?", "got something to write on?"
    r"|\b(?:have|got|grab)\s+(?:you\s+)?(?:got\s+)?(?:a\s+)?(?:pen|pencil|piece\s+of\s+paper|something\s+to\s+write\s+(?:with|on))\b"
    # something sent to us: "could your team send over the API docs?", "can you email me
    # the floor plans?"
    r"|\b(?:can|could|would|will)\s+(?:you|your\s+(?:[\w-]+\s+)?(?:team|people|folks|guys|office|assistant|staff))\s+(?:also\s+|please\s+|maybe\s+|just\s+)*"
    r"(?:send|email|e-mail|mail|forward)\s+(?:over|across|along|through|(?:me|us)\s+(?!your\b))\b"
    # ... or hoped for: "was hoping you'd let me photograph the boards"
    r"|\b(?:hoping|wondering\s+if|wondered\s+if)\s+you(?:'d|\s+would|\s+could|\s+might)\s+(?:be\s+(?:willing|able|happy)\s+to\s+)?"
    r"(?:let\s+(?:me|us)|send\s+(?:me|us|over)|give\s+(?:me|us)|lend\s+(?:me|us)|do\s+(?:me|us)\s+a\s+favou?r)\b"
    # ... or pressed for: "when do you think you could get them to me?"
    r"|\b(?:when|how\s+soon)\s+(?:do\s+you\s+think\s+)?you(?:'d|\s+would|\s+could|\s+can|\s+might)\s+(?:get|send|pass|email)\s+(?:them|those|it|that|these)\s+(?:over\s+)?to\s+(?:me|us)\b",
    # (the words of the first part, or of the second: "pen" is rarer than "have")
    "can could would will pen pencil paper write hoping wondering wondered",
)


# A question asked as a statement, with no question mark: "I'm curious how you handle
# returns today.", "Tell me a bit about your team.", "Walk me through how orders reach you."
# The lead must be a wish to hear or learn, and what follows must be about them (you, your,
# who handles...), not a time, a wish for their opinion of us, or small talk.
_EMBEDDED_QUESTION = Rule(
    r"(?:^|[,;:]\s*|\b(?:and|so|but|now|also|really|just|always|genuinely|honestly)\s+)"
    r"(?:(?:i'm|i\s+am|i\s+was|i've\s+been|we're|we\s+were|i'd\s+be|i\s+would\s+be|i'll\s+be)\s+)?"
    r"(?:(?:really|just|always|genuinely|a\s+(?:little|bit)|kind\s+of|pretty)\s+)?"
    r"(?:curious|wondering|interested\s+to\s+(?:hear|know|learn|understand)"
    r"|(?:i|we)\s+(?:just\s+)?wonder(?:ed)?"
    r"|(?:i'd|i\s+would|we'd|(?:i\s+)?(?:just\s+|really\s+)?(?:want|wanted)\s+to)\s+(?:really\s+|much\s+)?(?:love|like|want|rather)?\s*(?:to\s+)?"
    r"(?:(?:call|ring|phone|reach\s+out)\s+and\s+)?(?:hear|know|learn|understand|ask(?:\s+(?:you|u))?)(?:\s+(?:a\s+bit|a\s+little|more))?"
    # the purpose of the call is the question: "I'm calling to see who handles your racking"
    r"|(?:calling|trying|hoping|here)\s+to\s+(?:see|find\s+out|ask|check|learn)"
    # "i wanted to see how you're handling it now" (not "...see if you're free")
    # (or whether something holds for them: "I just wanted to see if you all ever run into
    # that"; a time or an offer after it is excluded below: "...see if you're free")
    # (its subject dropped in speech: "im calling about X, just want to see who looks after ...")
    r"|(?:(?:i|we)\s+)?(?:just\s+|really\s+)?(?:wanted|want|(?:was|were)\s+(?:just\s+)?hoping)\s+to\s+(?:see|find\s+out)(?=\s+(?:how|what|who|where|why|which)\b"
    r"|\s+(?:if|whether)\s+(?!you'd|youd|you\s+would|you'll|you\s+will|(?:you're|youre|you\s+are|you\s+were)\s+(?:free|interested|open|available|around|keen)"
    r"|you\s+(?:have|got)\s+(?:a\s+)?(?:time|minute|moment|sec))\b)"
    # ("tell me how you...", "so do tell me if you're well covered")
    r"|(?:please\s+|do\s+)?(?:tell|walk|fill)\s+me(?:\s+(?:in\s+on|through|(?:a\s+(?:bit|little)\s+|more\s+)?about))?"
    r"|help\s+me\s+understand|give\s+me\s+a\s+sense\s+of)"
    r"\W+(?:(?:to\s+)?(?:hear|know|learn)\s+|about\s+|more\s+about\s+)?"
    r"(?:(?:how|what|who|where|why|which|whether|if)(?:'s|'re)?\s+(?:[\w'-]+\s+){0,6}?(?:you|you're|you've|your|yours|y'all)\b"
    # a yes-or-no put indirectly takes a longer subject: "curious whether something like
    # this is on your radar"
    r"|(?:whether|if)\s+(?:[\w'-]+\s+){4,8}?(?:you|you're|you've|your|yours|y'all)\b"
    r"|who\s+(?:handles|manages|runs|owns|oversees|looks\s+after|takes\s+care\s+of|is\s+in\s+charge\s+of|decides|signs\s+off)\b"
    # "curious who's looking after the machines at fulton right now"
    r"|who(?:'s|\s+is|s)\s+(?:(?:usually|currently|now)\s+)?(?:handling|managing|running|looking\s+after|taking\s+care\s+of|doing|servicing|supplying|covering)\b"
    # "what a good lead looks like for you", "what success means to you"
    r"|(?:what|how)\s+(?:[\w'-]+\s+){0,4}?(?:looks?\s+like|means?|matters?)\s+(?:most\s+)?(?:for|to)\s+you\b"
    # what they just said, followed up: "curious how that's going", "how it's working out"
    r"|how\s+(?:that|it|this|(?:the|your)\s+(?:[\w-]+\s+){0,2}?[\w-]+?)(?:'s|\s+is|s)\s+(?:going(?!\s+to\b)|working\s+out|coming\s+along|playing\s+out|shaping\s+up)\b"
    # ... or how a thing there is done, said in the passive: "tell me a little about how
    # the books are handled across the three shops now"
    r"|how\s+(?:the|their)\s+(?:[\w-]+\s+){0,2}?(?:is|are)\s+(?:handled|done|managed|run|kept|organi[sz]ed|tracked|split|shared|paid|set\s+up|checked|ordered|booked|scheduled)\b"
    r"|(?:your|how\s+you|what\s+you)\b)"
    # (how they think about a thing of theirs is theirs: "how you think about payroll")
    r"(?!\s+(?:think(?!\s+about\s+(?!(?:it|this|that|us|our|my|what|me|the\s+(?:idea|offer|proposal|demo))\b))|thought|feel|felt|make\s+of|would|might|could|can|will|doing|are\s+doing|been|have\s+been"
    r"|are\s+(?:free|available|around|open|interested)|free|available|around|busy|weekend|holiday|vacation|trip|day|week|morning|evening"
    r"|summer|family|kids|health|(?:have|got|need)\s+(?:any|anything|more)\b"
    r"|(?:have|got)\s+(?:a\s+)?(?:time|minute|moment|sec|second|few\s+minutes)\b)\b|'(?:d|ll)\b|'re\s+(?:doing|free|available|around|open|interested)\b|'ve\s+been\b)",
    "curious wondering wonder wondered hear know learn understand tell walk fill sense ask calling trying hoping here see find",
)


#: Substrings every match of :data:`_EMBEDDED_QUESTION` contains: a cheap test first.
_EMBEDDED_GATE = (
    "curious",
    "wonder",
    " me ",
    "hear",
    "know",
    "learn",
    "understand",
    "sense of",
    "ask",
    " to see",
    " to find",
    " to check",
)


# Asking where to reach someone is logistics, not a question about their business: "is
# this the best number for that?", "what's her email?", "should I use the shop line?",
# "how do you spell her last name?", "is jo.li@acme.com still good?". A channel after a
# determiner or an owner ("her email", "the right number", "tashas extension"), an
# address itself, or a spelling.
_CONTACT_DETAILS = Rule(
    # ("there" for "their", typed in a hurry: "and there email please")
    r"\b(?:her|his|their|(?<!\bis\s)(?<!\bare\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bif\s)there|your|the|an|a|that|this|its|our|which|what|\w+'s|\w+s)\s+"
    r"(?:(?:best|right|good|correct|current|new|work|office|main|preferred|personal)\s+)*"
    r"(?:e-?mail(?:\s+address)?|(?:(?:general|shared|team|main|info|marketing|sales|department)\s+)?inbox|(?:(?:phone|cell|mobile|direct|contact|office|work|home)\s+)?number"
    r"(?!\s+(?:of|one|two|three)\b)|(?:phone|direct|shop|office|work|home|main|best|right)\s+line|"
    r"extension|cell|mobile|address|contact\s+details)\b"
    # ... not a channel naming something else: "a mobile app", "an email reminder"
    r"(?![\s-]+(?:apps?|application|site|version|friendly|devices?|reminders?|alerts?|notifications?|integrations?|campaigns?"
    r"|marketing|templates?|sequences?|newsletters?|blasts?|inbox|server|hosting|platform|tool|signatures?|book|bar|field|verification)\b)"
    r"|\bshould\s+i\s+(?:use|call|try)\s+the\s+(?:\w+\s+)?(?:line|number|email|cell|mobile)\b"
    # "and best email for them": the detail named with no owner
    r"|\b(?:best|right|correct|current)\s+(?:e-?mail|number|line|extension|cell|contact)\b"
    # "and email for them", "plus her extension": the detail asked for after the name
    r"|^\W*(?:and|also|plus)\s+(?:e-?mail|email\s+address|number|extension|cell|direct\s+line)\b"
    r"|\b(?:how\s+(?:do|would|should)\s+(?:you|i|we)\s+spell|spell\s+(?:that|it|her|his|their|the))\b"
    # a spelling checked: "is that spelled the way it sounds?", "what's the spelling"
    r"|\bspell(?:ed|ing)\b"
    r"|[\w.+-]+@[\w-]+\.[\w.]+"
    # the details asked for as a list: "the right name, title and email for whoever..."
    r"|\bname(?:,?\s+(?:title|role|position|job\s+title))?,?\s+(?:and|&)\s+(?:e-?mail|(?:phone\s+)?number|direct\s+line)\b"
    # "what's their title and email?", "her role and number"
    # (with "their" typed "there": "whats there title and email")
    r"|\b(?:her|his|their|there|your|the)\s+(?:(?:right|correct|current|new|full|exact)\s+)?(?:name|title|role|position|job\s+title|designation)\s+(?:and|&)\s+(?:e-?mail|(?:phone\s+)?number|direct\s+line)\b"
    # what a record holds, asked for: "who should that record be under now - name and job title"
    r"|\bname\s+(?:and|&)\s+(?:job\s+)?(?:title|role|position)\b",
)
# The way to reach them asked: "how best to reach them by email", "the best way to get hold
# of her" (a rule of its own: "reach" and "contact" are everyday words)
_WAY_TO_REACH = Rule(
    r"\bhow\s+(?:best\s+)?(?:to|i\s+(?:can|could|should)|(?:can|could|should|do)\s+(?:i|we))\s+(?:best\s+)?(?:reach|contact|email|e-mail|get\s+hold\s+of)\s+(?:her|him|them)\b"
    r"|\b(?:best|easiest|right|quickest)\s+way\s+to\s+(?:reach|contact|email|e-mail|get\s+hold\s+of|get\s+in\s+touch\s+with)\s+(?:her|him|them)\b",
    "how way",
)
# One of these is in every match of _CONTACT_DETAILS (the address has an "@"): one look,
# most lines stop.
_CONTACT_WORDS = precompiled.compile(
    r"mail|inbox|number|line|extension|cell|mobile|address|detail|spell|@|name and|name &"
)
# A word for a scam just before the detail: "clicked on a fake irs email" (tried only
# where a detail was found).
_A_SCAM = Lazy(r"\b(?:fake|scam|spam|bogus|phony|phoney)\s+$")
# An ask for details need not be a question: "I just need her email", "I'd like to
# confirm the address we have".
_ASKS_FOR = Rule(
    r"\b(?:need|want|like|get|grab|confirm|check|verify|update|double-check|correct|fix|spell)\b"
    # the details wished for: "name, title and email would be perfect", "her number please"
    r"|\b(?:would|'d)\s+be\s+(?:perfect|great|ideal|helpful|awesome|amazing|lovely|brilliant|fantastic|super|really\s+helpful"
    # ... or all we need: "a general inbox would be plenty for our records"
    # ("please" ends the ask, perhaps before what is on file: "and the email please, we
    # have mark@corvid.com, ...")
    r"|plenty|enough|more\s+than\s+enough|all\s+(?:i|we)\s+need)\b|\bplease(?:\W*$|\s*,\s+(?:we|i)\s+(?:have|had|got)\b)"
    # "and best email for them": the detail named, asked for
    r"|^\W*(?:(?:and|also|plus|ok|okay|so)\W+)*(?:the\s+)?(?:best|right|correct|current)\s+(?:e-?mail|number|line|extension|cell|contact)\b"
    r"|^\W*(?:and|also|plus)\s+(?:the\s+)?(?:e-?mail|email\s+address|number|extension|cell|direct\s+line)(?:\s+(?:id|address))?\s+(?:for|of)\b"
    # ... or what the detail should do, said after it: "and the email address that is working
    # for them", "and the number where I can reach her"
    r"|^\W*(?:and|also|plus)\s+(?:the|her|his|their)\s+(?:e-?mail|number|extension|cell|direct\s+line)(?:\s+address)?\s+(?:that|which|where|to)\b"
    r"|^\W*(?:(?:and|ok|okay|so|also|great|perfect|thanks)\W+)*(?:what\s+about|and|also)?\W*"
    r"(?:her|his|their|your|the|\w+'s|\w+s)\s+(?:\w+\s+)?(?:e-?mail|number|extension|cell|line)"
    r"(?:\s+address)?(?:\s+(?:is|would\s+be|then|please))?\W*$"
    # ... or with what is on file read out after it: "and their email what i have is ..."
    r"|^\W*(?:(?:and|ok|okay|so|also)\W+)*(?:what\s+about\s+)?(?:her|his|their|the)\s+(?:\w+\s+)?(?:e-?mail|number|extension|cell|line)(?:\s+address)?"
    r"\W+(?:what\s+(?:i|we)\s+(?:have|had|got)|(?:i|we)\s+(?:have|had|got|show)|on\s+file)\b",
)


# The one on file, a name of a word or two (not "that", "it", "there"...): "is Mark
# Delaney still ...".
_ON_FILE = r"(?!(?:that|this|it|there|now|today|anyone|everything)\b)[\w.'-]+(?:\s+[\w.'-]+)?"
# Checking facts on file are still right: "is that still accurate?", "is all that still
# current?", "is Mark Delaney still your marketing manager?", "does she still run events?"
_RECORD_CHECK = Rule(
    r"\b(?:is|are)\s+(?:that|this|it|those|these|all\s+(?:that|of\s+that|of\s+it)|everything|any\s+of\s+(?:that|it)"
    r"|(?:the|that|this|our)\s+(?:info|information|record|details|listing|entry|address|email|number|contact))"
    r"\s+(?:all\s+)?(?:still\s+)?(?:accurate|correct|right|current|valid|up\s+to\s+date|good|the\s+case)\b"
    rf"|\b(?:is|does)\s+{_ON_FILE}\s+still\s+"
    r"(?:your|the|there|with|work|working|handle|handling|run|running|look|looking|in\s+charge|on|at|doing|around|here|employed)\b"
    # ... or "always" for "still", as French ("toujours") says both: "is he always with corvid"
    rf"|\b(?:is|are)\s+{_ON_FILE}\s+always\s+"
    r"(?:with|at|there|working\s+(?:with|at|there|for)|in\s+charge)\b"
    # what is on file still serving: "does that still reach the right person?", "is that
    # still the best email for her?"
    # ... or what was just read back still holding: "does any of that still hold?"
    r"|\b(?:does|do|will|would|is|are)\s+(?:(?:any|all)\s+(?:of\s+)?)?(?:that|this|it|those|these|the\s+(?:email|address|number|contact|line|name))\s+still\s+"
    r"(?:reach|reaches|get\s+to|go\s+to|goes\s+to|work|works|find|land|the\s+right|the\s+best|the\s+person|the\s+one|who"
    r"|hold|holds|stand|stands|apply|applies|check\s+out|look\s+right|ring\s+true)\b"
    # the fact just read out, asked back in two words: "...running your marketing. does he still?"
    r"|^\W*(?:(?:and|so|ok|okay)\W+)*(?:does|is|do|are)\s+(?:he|she|they|that|it)\s+still\W*$"
    # ... or in the order of a statement, as English learned late asks it: "He still works
    # with you?", "she's still there?"
    r"|^\W*(?:(?:and|so|ok|okay)\W+)*(?:he|she|they)(?:'s|\s+is|'re|\s+are)?\s+still\s+"
    r"(?:works?|working|there|with\s+(?:you|the\s+company)|at\s+\w|in\s+charge|handles?|handling|runs?|running|looks?\s+after|the\s+(?:one|person|contact))\b",
    "is are does do will would still always",
)
# ... asked indirectly: "can you tell me if that's still correct?", "whether it's all still
# accurate" (a rule of its own, on its words)
_RECORD_CHECK_INDIRECT = Rule(
    r"\b(?:if|whether)\s+(?:(?:that|this|it|those|these|everything|all\s+(?:that|of\s+that|of\s+it)|any\s+of\s+(?:that|it)"
    r"|(?:the|that|this|our)\s+(?:info|information|record|details|listing|entry|address|email|number|contact))"
    # (or typed without the apostrophe: "can you tell me if its still current")
    r"(?:'s|\s+is|\s+are|'re|\s+was)|thats|its)\s+(?:all\s+)?(?:still\s+)?(?:accurate|correct|right|current|valid|up\s+to\s+date|good)\b"
    # ... or whether the one on file still has the job: "kindly tell me if he is still
    # working there", "whether Mark's still with you"
    r"|\b(?:if|whether)\s+(?!(?:that|this|it|there|now|today|anyone|everything|you)\b)[\w.'-]+(?:\s+[\w.'-]+)?(?:'s|\s+is|\s+are|'re|\s+does|\s+do)\s+still\s+"
    r"(?:your|the|there|with|work|works|working|handle|handles|handling|run|runs|running|look|looks|looking|in\s+charge|on|at|doing|around|here|employed)\b",
    "if whether",
)


# ... said as what the caller wants to know: "so I'd like to know whether it's still current"
_WANTS_TO_KNOW = Lazy(
    r"(?i)\b(?:know|check|confirm|see|ask|verify|find\s+out|make\s+sure|wondering|wondered|sure|tell\s+me)\s+$"
)


def checks_record(sentence: str, question: bool = True) -> bool:
    """Does the question check that something on file is still right? (A line that does
    not ask must say it wants to know: "I'd like to know whether it's still current".)"""
    if not question:
        found = _RECORD_CHECK_INDIRECT.search(sentence)
        return found is not None and _WANTS_TO_KNOW.search(sentence, 0, found.start()) is not None
    return (
        _RECORD_CHECK.search(sentence) is not None
        or _RECORD_CHECK_INDIRECT.search(sentence) is not None
    )


# The record put right on the caller's side: "I'll update it today", "let me fix our
# records", "I'll get that changed in our system" (the record kept, not a step with them).
_UPDATES_RECORD = Rule(
    r"\b(?:i'll|ill|i\s+will|we'll|i\s+can|let\s+me|i'm\s+going\s+to|i'm\s+gonna)\s+(?:just\s+|go\s+ahead\s+and\s+|make\s+sure\s+to\s+)?"
    r"(?:(?:update|correct|fix|change|amend)\s+(?:it|that|this|those|them|(?:the|our|my)\s+(?:[\w-]+\s+)?(?:record|records|file|entry|listing|details|system|list|database|crm|sheet|spreadsheet|contact|info))"
    r"|(?:get|have)\s+(?:it|that|this|those|them|(?:the|our)\s+(?:record|records|file|entry|listing|details))\s+(?:updated|corrected|fixed|changed|amended))\b",
    "update correct fix change amend updated corrected fixed changed amended",
)


def updates_record(norm: str) -> str | None:
    """The words promising to put the record right on the caller's side ("I'll update it
    today"), or None."""
    return _UPDATES_RECORD.find(norm)


def asks_contact_details(sentence: str, question: bool) -> str | None:
    """Does the sentence ask for or check how to reach someone (an email, a number, an
    extension, the spelling of a name)? Returns the words that show it. A question, or an
    ask put as a statement ("I just need her email", "and her email address").
    """
    low = lowercase(sentence)
    found = _CONTACT_DETAILS.search(sentence) if _CONTACT_WORDS.search(low) is not None else None
    if found is not None and _A_SCAM.search(low, max(0, found.start() - 8), found.start()):
        found = None  # "a fake irs email" is a message, not an address
    if found is None and question and ("reach" in low or "hold of" in low or "contact" in low):
        found = _WAY_TO_REACH.search(sentence)  # "how best to reach them by email?"
    if found is None or not _put_as_ask(sentence, question):
        return None
    return sentence[found.start() : found.end()]


def _put_as_ask(sentence: str, question: bool) -> bool:
    """Whether a detail named in ``sentence`` is asked for: a question, an ask put as a
    statement ("I just need her email"), or a question run on into the next sentence, its
    "?" lost ("and what email would reach her ours says mark@corvid.com, which may be
    dead.")."""
    return (
        question
        or _ASKS_FOR.search(sentence) is not None
        or _ASKS_FIRST.match(sentence) is not None
    )


# A contact's job title asked for the record: "and her exact title?", "what title should I
# put for her", "what position does she have" (not their own part in a decision: "what role
# do you play in buying?", nor "the new role", which ask about them).
_JOB_TITLE = Rule(
    r"\b(?:his|her|their|\w+'s)(?<!\bit's)(?<!\bwhat's)(?<!\bhow's)(?<!\bthat's)\s+(?:(?:exact|actual|official|full|proper|new|current|correct|right)\s+)*"
    r"(?:job\s+)?(?:title|role|position|designation)\b(?!\s+of\b|\s+(?:in|on|at)\s+(?:the|a|your)\s+(?:market|industry|buying|decision))"
    r"|\bwhat\s+(?:(?:exact|job)\s+)*(?:title|role|position|designation)\b(?!\s+(?:do|did|are|were|would|will|can|could)\s+(?:you|u)\b)"
    # (the title as Indian English names it, asked with the name: "the name and designation",
    # or as what is right: "the correct designation and email id for that person")
    r"|\b(?:name|names)\s+(?:and|&)\s+(?:the\s+)?designation\b"
    r"|\bthe\s+(?:(?:exact|actual|official|full|proper|new|current|correct|right)\s+)+designation\b",
    "title role position designation",
)


def asks_job_title(sentence: str, question: bool) -> str | None:
    """The words asking a contact's job title, for the record ("and her exact title?"), or
    None: a question, or an ask put as a statement ("I just need her title")."""
    found = _JOB_TITLE.find(sentence)
    if found is None or not (
        _put_as_ask(sentence, question)
        # the title alone, typed without its "?": "and her exact title"
        or _TITLE_ALONE.match(sentence)
    ):
        return None
    return found


_TITLE_ALONE = Lazy(
    r"(?i)\W*(?:(?:and|also|plus|ok|okay|so|great|perfect|thanks|right)\W+)*(?:what\s+about\s+)?"
    r"(?:his|her|their|[a-z]+'s)\s+(?:(?:exact|actual|official|full|proper|new|current|correct|right|job)\s+)*"
    r"(?:title|role|position)(?:\s+(?:then|too|please|there|now))?\W*$"
)


# The disclaimer with a tag on it asks them nothing: "I'm not trying to sell you anything
# ok?", "we're not here to pitch you, alright?"
_NOT_SELLING = Lazy(
    # (a promise or a "relax" before it: "Relax, relax, I promise I'm not ringing to sell you
    # something, okay?")
    r"(?i)\W*(?:(?:and|but|so|look|listen|honestly|now|hey|ok|okay|well|see|oh|i\s+mean|relax|don't\s+worry|dont\s+worry"
    r"|i\s+promise|i\s+swear)\W+)*(?:i'm|im|i\s+am|we're|we\s+are)\s+(?:not|never)\s+"
    r"(?:here\s+to\s+|trying\s+to\s+|calling\s+to\s+|ringing\s+to\s+|phoning\s+to\s+|gonna\s+|going\s+to\s+)?(?:sell|pitch)"
)


def is_discovery(sentence: str) -> bool:
    """A question left after small talk, time checks, routing and commitment asks are set
    aside (the caller does that): is it a real question about them, not a tag, a repeat,
    a check of who picked up, or a question of where to reach someone?"""
    tag = _REMEMBER_TAG.search(sentence) if "emember" in sentence else None
    if tag is not None and _ASKS_FIRST.match(sentence, 0, tag.start()):
        # "how many trucks do you run, remember?": the question asked, then a tag
        return is_discovery(sentence[: tag.start()] + "?")
    return (
        len(sentence.split()) >= 2
        and not _CONFIRM_TAG.matches(sentence)
        and not _OFFER.search(sentence)
        and not _OFFER_NO_I.match(sentence)
        and not offers_intro_as_gift(sentence)
        and not _FAVOUR.search(sentence)
        and asks_contact_details(sentence, True) is None
        and not is_identity_check(sentence)
        and not _recalls(sentence)
        and not _SELF_INTRODUCTION.search(sentence)
        and not _NAME_SAID_TWICE.match(sentence)
        and not _since_we_last(sentence)
        and not _about_us_tagged(sentence)
        and not _OPEN_TO_IT.search(sentence)
        and not _CONNECTED_CHECK.search(sentence)
        and not _SALES_HOOK.search(sentence)
        and not _OUR_WAY_IN.search(sentence)
        and not _rephrased(sentence)
        and not _HEARSAY.search(sentence)
        and not _HEDGED_ABOUT_US.match(sentence)
        and not _RHETORICAL.match(sentence)
        and not _NOT_SELLING.match(sentence)
        and not _SIGN_OFF_TAG.match(sentence)
        and not _LANGUAGE_CHECK.match(sentence)
        and not _WISH_TAGGED.match(sentence)
        and not HOUR_CHECK.match(sentence)
        and not TIME_FOR_A_CHANGE.match(sentence)
    )


# What asks for something after a shared past recalled: "we met at the expo, could we grab
# coffee thursday?"
_ASKS_AFTER_RECALL = Lazy(
    r"(?i)\b(?:could|can|shall|would|will|let's|lets|how\s+about|what\s+about|fancy|free|up\s+for|you|ye|ya)\b"
)


_FILLER_PAUSE = Lazy(r"(?i),\s*(?:eh|um|uh|er|erm|like|you\s+know)\s*,")


def only_recalls(sentence: str) -> bool:
    """A shared past recalled with a rising voice and nothing asked after it ("it's Callum,
    we met at the, eh, the logistics dinner in March?"): no meeting asked for."""
    recalled = _RECALL_CHECK.search(sentence) if " we " in f" {sentence.lower()} " else None
    if recalled is None or _ASKS_AFTER_RECALL.search(sentence, recalled.end()) is not None:
        return False
    # (a clause of its own after it may propose: "we met at the mixer, lunch on friday?"; a
    # pause for a filler does not: "we met at the, eh, the logistics dinner in March?")
    return "," not in _FILLER_PAUSE.sub(" ", sentence[recalled.end() :])


def _since_we_last(sentence: str) -> bool:
    """How long since we last met, asked as the sentence or after a clause of its own ("good
    to hear from you, it's been what, since the mixer?"); not after a question of its own
    ("hows the new job, its been what, a year now?" asks about the job)."""
    found = _SINCE_WE_LAST.search(sentence)
    return found is not None and (
        found.start() == 0 or _ASKS_FIRST.match(sentence, 0, found.start()) is None
    )


# A statement about something other than them, hedged with a rising voice: "uh its on your
# website i think?", "we started in 2019 i believe?" answers or tells, and asks them nothing
# ("you're on quickbooks i think?" checks a fact about them, and is left a question).
_HEDGED_ABOUT_US = Rule(
    r"^\W*(?:(?:uh|um|er|well|so|yeah|oh|and|but|like|i\s+mean)\W+)*"
    r"(?:it|it's|its|it\s+is|it\s+was|that|that's|thats|there|there's|theres|this|we|we're|were|we've|i|i'm|im|i've|our|my)\s"
    r"[^?]*?,?\s*\b(?:i\s+think|i\s+guess|i\s+believe|i\s+suppose|i\s+reckon|i'm\s+pretty\s+sure|im\s+pretty\s+sure|if\s+i\s+remember(?:\s+right)?)\W*$"
    # ... or tagged: "I've started teaching a class on weekends, which is wild, right?" (not
    # about them: "I hear you're expanding, right?" asks)
    r"|^\W*(?:(?:and|so|oh|plus|also|but)\W+)*(?:i|i've|ive|i'm|im|we|we've|we're|my|our)\s(?![^?]*\b(?:you|your|you're|youre)\b)"
    r"[^?]*?,\s*(?:right|yeah|huh|eh)\W*$"
    # ... or an exclamation put for agreement: "which is wild, right?", "that's crazy, huh?"
    # (its subject dropped, as English learned late says it: "is very different, eh?")
    r"|^\W*(?:(?:and|so|oh|but)\W+)*(?:(?:which|that|it)(?:'s|s|\s+is|\s+was)|is)\s+(?:(?:so|just|pretty|kind\s+of|totally|very|really|quite)\s+)?[a-z]+,?\s*(?:right|yeah|huh|eh)\W*$",
    "think guess believe suppose reckon sure remember right yeah huh eh",
)


# A question asked for effect, its answer the caller's own: "do you have any idea what rent
# is doing in this town?", "can you believe that?"
_RHETORICAL = Rule(
    r"^\W*(?:(?:and|but|so|i\s+mean|like|honestly|seriously)\W+)*(?:do|does)\s+(?:you|anyone|anybody)\s+(?:even\s+)?have\s+any\s+idea\b"
    r"|^\W*(?:(?:and|but|so|i\s+mean|like|honestly|seriously)\W+)*can\s+you\s+believe\b"
    # the caller asking themselves: "where do I even start?", "what can I say?", "how do I
    # put this?", "where was I?"
    r"|^\W*(?:(?:oh|and|but|so|well|i\s+mean|honestly|gosh|man|anyway)\W+)*(?:where\s+(?:do|does|should|would)\s+i\s+(?:even\s+)?(?:start|begin)"
    r"|what\s+(?:else\s+)?can\s+i\s+(?:say|tell\s+you)|how\s+(?:do|can|should)\s+i\s+put\s+(?:this|it)|where\s+was\s+i)\W*$",
    "idea believe start begin say tell put was",
)


# The language of the call settled: "is English okay for you?", "do you speak English?",
# "can we do this in English?", "would you prefer French?" (not their business: "do you have
# Spanish-speaking staff?")
_LANGUAGES = (
    r"(?:english|french|spanish|german|italian|portuguese|dutch|polish|arabic|hindi|urdu|mandarin|cantonese"
    r"|chinese|japanese|korean|russian|turkish|swahili|afrikaans|zulu|tagalog|vietnamese|malay|greek|swedish"
    r"|norwegian|danish|finnish|hebrew|bengali|punjabi|tamil|thai|indonesian|romanian|czech|hungarian)"
)
_LANGUAGE_CHECK = Rule(
    r"^\W*(?:(?:hi|hello|hey|so|and|but|sorry|first|um|uh|ok|okay|is\s+it|would\s+it\s+be)\W+)*"
    r"(?:(?:mr|mrs|ms|dr)\.?\s+)?(?:[a-z][\w'-]*\W+){0,2}?"
    rf"(?:(?:is|would|will)\s+{_LANGUAGES}\s+(?:be\s+)?(?:ok|okay|alright|all\s+right|fine|good|easier|better)"
    rf"|(?:do|can|could)\s+(?:you|u)\s+(?:speak|talk\s+in|understand)\s+(?:a\s+(?:little|bit\s+of)\s+)?{_LANGUAGES}"
    rf"|(?:can|could|shall|may|should)\s+(?:we|i)\s+(?:speak|talk|continue|do\s+(?:this|it)|carry\s+on|go\s+on)\s+in\s+{_LANGUAGES}"
    rf"|(?:(?:ok|okay|alright|fine)\s+)?if\s+(?:we|i)\s+(?:speak|talk|continue|do\s+(?:this|it)|carry\s+on)\s+in\s+{_LANGUAGES}"
    rf"|(?:would|do)\s+(?:you|u)\s+(?:prefer|rather)\s+(?:to\s+(?:speak|talk)\s+)?(?:in\s+)?{_LANGUAGES})"
    r"(?:\s+(?:for|with)\s+(?:you|u|ya))?(?:\s+(?:or|and)\s+[a-z]+)?\W*$",
    "is would will do can could shall may should if",
)


# A good wish with a tag on it: "have a wee drink for me tonight, eh?", "enjoy the rest of
# your birthday, yeah?", "take care of yourself, ok?" (not "have you got a minute, eh?")
_WISH_TAGGED = Rule(
    # (with its subject: "you take care, yeah?")
    r"^\W*(?:(?:and|so|well|ok|okay|anyway|right|ach|oh)\W+)*(?:you\s+(?=take\s+care|enjoy|have\s+a|keep|stay))?"
    r"(?:have(?!\s+(?:you|u|ya|ye|they|we)\b)|enjoy|take\s+care(?!\s+of\s+(?!yourself\b|yourselves\b))|mind\s+how\s+you\s+go|raise\s+a\s+glass|give\s+(?:my|our)\s+(?:love|best|regards)"
    r"|say\s+(?:hi|hello)|keep\s+(?:well|safe|warm|in\s+touch)|stay\s+(?:safe|well|warm|dry))\b"
    r"[^?]*?,?\s*(?:eh|yeah|yes|ok|okay|right|alright|aye|will\s+you|won't\s+you|hey)\W*$",
    "have enjoy take mind raise give say keep stay",
)


# A goodbye with a tag on it: "talk soon, yeah?", "speak soon, ok?", "catch you later, right?"
_SIGN_OFF_TAG = Rule(
    r"^\W*(?:(?:ok|okay|right|anyway|alright|great|cool|cheers|so)\W+)*"
    r"(?:(?:talk|speak|chat)\s+(?:soon|later|then|next\s+week)|catch\s+(?:you|ya)\s+(?:later|soon)|see\s+(?:you|ya)\s+(?:soon|then|later|there))"
    r"(?:\W+(?:\w+\W+)?(?:yeah|yes|ok|okay|right|alright|yep|ya|eh|aye|then))?\W*$",
    "talk speak chat catch see",
)


# A story someone else may have told them, asked after: "did he ever tell you about the
# time he lost his car?", "has dana mentioned me?" (small talk about the one between us).
_HEARSAY = Rule(
    r"\b(?:did|has|have)\s+(?!you\b)[a-z]+\s+(?:ever\s+)?(?:tell|told|show|shown|mention|mentioned)\s+"
    r"(?:you\s+(?:about|the\s+story|that\s+story)|me\b)",
    "tell told show shown mention mentioned",
)


# The caller rephrasing what they just said, with a rising voice: "I mean, it's more of a
# partnership kind of thing?" asks them nothing ("I mean, is that a problem for you?" and
# "I mean, you're still on paper?" do).
_I_MEAN = Rule(
    r"^\W*(?:(?:uh|um|er|well|so|like|yeah|oh|and|but)\W+)*i\s+mean\b\W+(?:(?:uh|um|er|like|well)\W+)*"
    # ... about our side: it, this, we, I
    # (not "were", which may ask: "I mean, were you ever on paper?")
    r"(?:it|it's|its|this|this\s+is|that's|thats|we|we're|we've|our|i|i'm|im|i've|my)\s",
    "mean",
)


# ... or put another way with a rising voice: "ha, well, more like sharing?", "it's
# more of a partnership?" (not "more like ten trucks or twenty?", which offers them a choice).
_MORE_LIKE = Rule(
    r"^\W*(?:(?:uh|um|er|ha|haha|heh|well|so|like|yeah|oh|and|but|no|ok|okay)\W+)*"
    r"(?:(?:it's|its|it\s+is|this\s+is|that's|thats|it\s+was|we're|were)\s+)?(?:more|less)\s+(?:like|of)\b"
    r"(?![^?]*\b(?:or|than)\b)(?![^?]*\d)",
    "more less",
)


def _rephrased(sentence: str) -> bool:
    found = _I_MEAN.search(sentence) or _MORE_LIKE.search(sentence)  # (gated: most go unsearched)
    return found is not None and _THEIR_SIDE.search(sentence[found.end() :]) is None


# How the caller gets their own foot in the door asks about their path, not about them:
# "how do we get in", "what do we need to do to get listed", "how can I become a vendor".
# (Not "how do we make this work for your team?".)
_OUR_WAY_IN = Rule(
    r"\b(?:how|what)\s+(?:do|can|would|should|could|will)\s+(?:we|i)\s+(?:(?:need|have)\s+to\s+do\s+to\s+)?"
    r"(?:get|be|become)\s+(?:in|into|on|onto|listed|approved|added|accepted|set\s+up|signed\s+up|started"
    r"|(?:a|an|your)\s+(?:approved\s+|preferred\s+)?(?:vendor|supplier|partner|reseller))\b",
    "get be become",
)


# A recall tag after a question that stands on its own: "how many trucks do you run, remember?"
_REMEMBER_TAG = Lazy(r"(?i),\s*(?:you\s+)?remember\W*$")
_ASKS_FIRST = Lazy(
    r"(?i)\W*(?:(?:so|and|oh|um|uh|hey|ok|okay)\W+)*(?:how|what|who|when|where|which|why|do|does|did|are|is|have|has|can|could|would|will)\b"
)


# A salesman's hypothetical, which asks only whether they would buy: "what if I told you we
# could save them five hours a week", "if I could show you a way to cut that in half,
# would you...". (Not "what if you opened a second site?": that is about them.)
_SALES_HOOK = Rule(
    r"\bwhat\s+(?:if|would\s+you\s+say\s+if)\s+i\s+(?:told|said|showed|could\s+(?:show|save|tell|get|cut|prove))\b"
    r"|\bif\s+i\s+(?:could|can)\s+(?:show|save|get|cut|prove)\s+(?:you|your|them)\b",
    "if",
)


# Checking how we are connected, as the question's last clause: "its carmen, you accepted
# my linkedin invite last week?" (not "you connected with tom, how's that going?")
_CONNECTED_CHECK = Rule(
    r"(?:^|,|\s--?\s)\W*(?:(?:so|and|um|uh|hey|hi|oh)\W+)*(?:you|u|we|i)\s+(?:just\s+|recently\s+|finally\s+)?"
    r"(?:sent|accepted|added|connected|approved|invited)\b(?=[^,;?]*\blinkedin\b|[^,;?]*\b(?:invite|invitation|request)\b)[^,;?]*\W*$",
    "sent accepted added connected approved invited",
)


# Whether they would take up what was just put to them asks nothing about them: "would you
# be open to that?", "is that something you'd be interested in?"
_OPEN_TO_IT = Rule(
    r"\b(?:would|are|will|might|could)\s+you\s+(?:be\s+)?(?:at\s+all\s+)?(?:open|interested|up|game|keen|willing)"
    # (or with nothing after it: "if I could show you..., would you be interested")
    r"(?:\s+(?:to|in|for|on)\s+(?:that|this|it|something\s+like\s+(?:that|this)"
    # ... or to doing something with us: "would you be open to exploring something
    # together?", "would you be interested in working together?"
    r"|(?:exploring|discussing|looking\s+(?:at|into)|working|partnering|teaming\s+up|doing|trying)"
    r"(?:\s+(?:something|anything|this|that|it|a\s+\w+|an\s+\w+|some\s+\w+))?(?:\s+(?:together|with\s+(?:us|me)|further|more))?))?\W*$"
    r"|\bsomething\s+(?:you'd|you\s+would|you\s+might|you\s+might\s+be|you're|you\s+are)\s+(?:be\s+)?(?:open|interested|up|game|keen)\s+(?:to|in|for)\W*$",
    "open interested up game keen willing",
)


# A claim about our own side with a tag: "most of my clients are restaurants, so they all
# need insurance, right?" checks nothing about them ("you're mostly restaurants, right?" does).
_TAG_AT_END = Rule(
    r",\s*(?:right|yeah|aye|no|huh|eh|you\s+know|ya\s+know|y'know|yknow|isn't\s+it|don't\s+they|doesn't\s+it|wouldn't\s+they|won't\s+they"
    r"|alright|all\s+right|ok|okay|fair|cool|deal"
    # (or the slot just named, checked: "Thursday at two, I'll send the link, that work?")
    r"|(?:does\s+)?that\s+works?(?:\s+for\s+(?:you|u))?|(?:does\s+)?that\s+suit(?:\s+you)?|sound\s+good|sounds\s+good)\W*$"
    # ("you know?" run on without its comma: "...it just takes off you know?")
    r"|(?<=\w)\s+(?:you\s+know|ya\s+know|y'know|yknow)\W*$"
    # ("ok?" too: "tuesday ten I put it in my diary ok?")
    r"|(?<=\w)\s+(?:ok|okay)\W*$"
)
# Our own step, then a tag: "I'll email you the brochure this afternoon, right?" (the
# "you" in it is who the step is for, not a question about them)
_OUR_STEP = Rule(
    r"^\W*(?:(?:anyway|so|and|ok|okay|then|great|perfect|right|cool|alright|sure|yes|yeah|sound|grand|lovely|brilliant|fine"
    r"|no\s+(?:bother|problem|worries))\W+)*"
    # (after a short clause of its own: "so Thursday at ten, I'll send you the invite, okay?")
    # (not one about them: "so you're still on paper, I'll send the guide, right?")
    r"(?:(?![^,?]*\b(?:you|your|you're|youre|ur|u)\b)[^,?]{1,30},\s*)?"
    r"(?:i'll|i\s+will|we'll|we\s+will|i'm\s+going\s+to|i'm\s+gonna|let\s+me)\s+(?:just\s+)?"
    r"(?:send|email|e-mail|call|ring|text|drop|pop|mail|forward|book|pencil|put|get|shoot|bring)\b",
    "send email mail call ring text drop pop forward book pencil put get shoot bring",
)
# (this call is our side too: "this isn't a sales call, alright?")
# The words of our own side: the caller and the caller's firm.
_OUR_WORDS = r"\b(?:i|i'm|i've|my|we|we're|we've|our|us)\b"
_OUR_SIDE = Rule(
    _OUR_WORDS
    + r"|\bthis\s+(?:isn't|is\s+not|is|ain't|won't|will)\s+(?:(?:really|just|only|be)\s+)*(?:a|an)\s+(?:[\w-]+\s+){0,2}?call\b|\bthis\s+call\b"
)
_THEIR_SIDE = Rule(r"\b(?:you|your|you're|yours|you've|y'all|u)\b")
# Our side, or the product told of as "it": "it builds your invoices, it tracks ..."
_OURS_TOLD = Lazy(
    r"(?i)" + _OUR_WORDS + r"|(?:^|[,;]\s*)it\s+(?!(?:is|was|has\s+been|'s)\b)[a-z]+s\b"
)


def _about_us_tagged(sentence: str) -> bool:
    tag = (
        _TAG_AT_END.search(sentence)
        if "," in sentence
        or "know" in sentence
        or sentence.rstrip(" ?!.")[-5:].lower().endswith(("ok", "okay"))
        else None
    )
    if tag is None:
        return False
    body = sentence[: tag.start()]
    if not tag.group().startswith(",") and _ASKS_FIRST.match(body):
        return False  # "what do you know?", "do you know?": the words ask, no tag
    if "know" in tag.group() and not _ASKS_FIRST.match(body) and _OURS_TOLD.search(body):
        # "you know?" after a telling of ours is a filler, even where it tells of them:
        # "..., it builds your commercial invoice, it tracks every container, you know?"
        # (not "you guys are slammed this time of year, ya know?", a check on them)
        return True
    if _THEIR_SIDE.search(body) is not None:
        return _OUR_STEP.search(body) is not None
    # "you know?" is a filler, whoever the sentence is about: "it's more of an
    # opportunity, ya know?" asks them nothing
    return _OUR_SIDE.search(body) is not None or "know" in tag.group()


# How long since we last spoke, wondered aloud: "man its been like what, six years?", "how
# long has it been?" is about the two of us, not about them.
_SINCE_WE_LAST = Rule(
    # (also after a clause of its own: "it'll be good to catch up, it's been what, since the
    # fall gala?")
    r"(?:^\W*(?:(?:man|wow|so|and|oh|geez|jeez|god|gosh|um|uh|like|hey|yeah|ok|okay)\W+)*|[,;]\s+)"
    r"(?:(?:it's|its|it\s+has|has\s+it)\s+been\s+(?:(?:like|what|about|almost|over|nearly|maybe)\W+)*"
    r"(?:(?:\w+\s+)?(?:years?|months?|ages|forever|a\s+while)(?:\s+now)?(?:,?\s+since\s+(?:the|that|our|we|i|last)\b[^?.!,]{0,40})?|since\s+(?:the|that|our|we|i|last)\b[^?.!,]{0,40})"
    r"(?:,?\s+(?:right|huh|yeah|no))?"
    r"|how\s+long\s+(?:has\s+it|it's|its)\s+been(?:,?\s+since\s+(?:the|that|our|we|i|last)\b[^?.!,]{0,40})?"
    r"|when\s+(?:did|was)\s+(?:we|the\s+last\s+time\s+we)\s+(?:last\s+)?(?:talk|speak|spoke|talked|see\s+each\s+other|saw\s+each\s+other|catch\s+up))\W*$",
    "been when",
)


# Who we are, said with a rising voice: "hi gwen, its omar -- omar haddad, from the pta
# auction committee?", "marco here, from brightline?" asks nothing about them.
# Caribbean "is" for "it's", the caller's name said twice, whatever follows: "Morning, is
# Marlon, Marlon Baptiste, from UWI?" (an anchored match: cheap on any question)
_NAME_SAID_TWICE = Lazy(
    r"(?i)^\W*(?:(?:hi|hey|hello|hiya|oh|um|uh|so|yeah|morning)\W+)*(?:[\w'-]+\W+){0,2}?is\s+([\w'-]+),\s+\1\s+[\w'-]+"
)
_SELF_INTRODUCTION = Rule(
    r"^\W*(?:(?:hi|hey|hello|hiya|oh|um|uh|so|yeah|morning)\W+)*(?:[\w'-]+\W+){0,2}?"
    r"(?:(?:this\s+is|it's|its|i'm|im|my\s+name\s+is|my\s+name's)\s+[\w'-]+(?:\W+[\w'-]+){0,3}?"
    r"|[\w'-]+(?:\s+[\w'-]+)?\s+here)"
    # ("..., mike tanakas buddy from the rec league?")
    r"\W+(?:(?!you\b|your\b)[\w'-]+\s+){0,3}?(?:(?:buddy|friend|pal|mate|neighbou?r|colleague|classmate|teammate|guy)\s+)?"
    r"(?:calling\s+)?(?:from|with|at|over\s+at)\s+(?:the\s+)?(?!you\b|your\b)[\w&'.-]+"
    r"(?:,?\s+(?!you\b|your\b)[\w&'.-]+){0,4}\W*$",
    # (every match says where from: "from", "with", "at", "over at")
    "from with at",
)


# Our own shared past said with a rising voice: "we met at the chamber mixer?", "Dario,
# we spoke at the expo last spring?" checks they remember; it asks nothing about them.
_RECALL_CHECK = Rule(
    # ("mind we were on the same account?": Scots and Irish "mind" for "remember")
    r"(?:(?:^|,|\s--?(?=\s))\W*(?:(?:um|uh|so|and|oh|hey|hi|mind|remember)\W+)*(?:we|i|you\s+and\s+i)\s+(?:(?:just|first|briefly|actually|both)\s+)?"
    r"(?:met|spoke|talked|chatted|sat|connected|emailed|swapped|traded|worked\s+together|were\s+on|was\s+on)\b"
    # or who we were there: "you know, the guy going on about the ferry schedule?"
    # (not a thing of theirs as it is now: "what is the biggest project, the one that is late?")
    r"|(?:^|,)\W*(?:(?:you\s+know|remember|um|uh|so)\W+)*(?:i'm\s+|i\s+was\s+)?the\s+(?:guy|girl|woman|lady|man|one|person|fella|chap)\s+"
    r"(?:who|that(?!\s+(?:is|are|'s|has|needs|keeps)\b)|with|from|going|talking|in|at|you\s+met)\b"
    # or only where from: "it's Ottilie, from the landscape conference in March?"
    # ("oh, huh, maybe from the, uh, the cio dinner?")
    r"|(?:^|,)\W*(?:(?:oh|huh|um|uh|maybe|probably|perhaps|i\s+think|like|so)\W+)*from\s+(?:the|that|our)\W+(?:[\w'-]+\W+){0,4}?(?:conference|expo|show|fair|event|mixer|meetup|meet-up|breakfast|lunch|dinner|panel|summit|workshop|course|roundtable|group|club|chamber|association|class)\b"
    # or whether they remember it: "remember our great talk at the Marlowe?"
    r"|(?:^|,)\W*(?:(?:oh|hey|so|and|um|uh)\W+)*(?:(?:do|don't|dont)\s+you\s+|you\s+)?remember"
    r"(?:\s+(?:me|us|our|that|when|meeting|talking|chatting|the\s+(?:\w+\s+){0,2}?(?:talk|chat|chats|conversation|dinner|lunch|breakfast|mixer|event|panel|conference|expo|day|night))\b"
    # ... or asked after it, as a tag: "it's from the menu boards, remember?"
    r"|\W*$))"
    r"(?![^?]*\b(?:do|did|are|were|have|has|could|would|can|will|is)\s+(?:you|your)\b)",
    "met spoke talked chatted sat connected emailed swapped traded worked were was"
    " guy girl woman lady man one person fella chap from remember",
)


def _recalls(sentence: str) -> bool:
    """Our shared past checked (:data:`_RECALL_CHECK`), not their own thing described after
    a comma: "is it your own house, the one in Zebbug?" asks about theirs."""
    found = _RECALL_CHECK.search(sentence)
    if found is None:
        return False
    before = lowercase(sentence[: found.start()])
    return not ("your" in before and re.search(r"\byour\b", before) is not None)


# Who picked up: "Hello, Dale?", "is this Dale Ostrowski?", "am I speaking with Renata?"
_IDENTITY = precompiled.compile(
    r"^\W*(?:(?:hi|hello|hey|hiya|allo|allô|alo|morning|good\s+(?:morning|afternoon|evening)|um|uh|oh|sorry)\W+)*"
    r"(?:(?:is\s+(?:this|that|it)|am\s+i\s+(?:speaking|talking)\s+(?:to|with)|are\s+you|do\s+i\s+have|have\s+i\s+got)\s+)?"
    r"(?P<title>(?:mr|ms|mrs|dr|miss|mister|madame|madam|mme|monsieur|sir|prof)\.?\s+)?(?P<name>[a-z][\w'-]*)(?:\s+[a-z][\w'-]*)?"
    # who they are there: "is this gloria mendez, the owner", "... from mendez bakery?"
    r"(?:,?\s+(?:the\s+(?:owner|manager|director|boss|founder|ceo|head)|(?:from|at|over\s+at|with)\s+[\w&'.-]+(?:\s+[\w&'.-]+){0,2}))?\W*$",
    re.IGNORECASE,
)


# ... a title and a longer name, and the post and the firm: "hello, good afternoon - is this
# madame uwase ni jean-paul habimana, ceo of nyungwe highlands coffee?"
_IDENTITY_TITLED = Lazy(
    r"^\W*(?:(?:hi|hello|hey|morning|good\s+(?:morning|afternoon|evening|day)|um|uh|oh|sorry)\W+)*"
    r"(?:is\s+(?:this|that)|am\s+i\s+(?:speaking|talking)\s+(?:to|with)|are\s+you)\s+"
    r"(?:mr|ms|mrs|dr|miss|mister|madame|madam|mme|monsieur|sir|prof)\.?\s+(?:[a-z][\w'-]*\s*){1,4}"
    r"(?:,?\s+(?:the\s+)?(?:owner|manager|director|boss|founder|ceo|head|md|gm|chairman|president|managing\s+director)"
    r"(?:\s+(?:of|at)\s+[\w&'.-]+(?:\s+[\w&'.-]+){0,3})?)?\W*$",
    re.IGNORECASE,
)


# ... or the one in charge, by title, as French says it: "Allo, Monsieur le Directeur
# Général?", "madame la directrice?"
_TITLE_OF_OFFICE = Lazy(
    r"^\W*(?:(?:hi|hello|hey|allo|allô|alo|bonjour|good\s+(?:morning|afternoon|evening))\W+)*"
    r"(?:monsieur|madame|mr|mrs|ms)\.?\s+(?:le|la|l')\s*(?:directeur|directrice|pr[ée]sident|pr[ée]sidente|pdg|dg|g[ée]rant|g[ée]rante|chef|patron|patronne|maire|proviseur|principal|responsable)"
    r"(?:\s+[\w'-]+)?\W*$",
    re.IGNORECASE,
)
# ... or the firm reached, or the one who runs it: "Is this Bethel Pharmacy, Tombel?", "is
# that kibaku books and supplies?", "is this the owner of Tidewater Kayak Rentals?" (a word
# of it a company word; the town perhaps after a comma)
_FIRM_REACHED = Lazy(
    r"^\W*(?:(?:hi|hello|hey|morning|good\s+(?:morning|afternoon|evening|day)|um|uh|oh|sorry|sir|ma|madam)\W+)*"
    r"(?:is\s+(?:this|that)|have\s+i\s+reached|did\s+i\s+reach|am\s+i\s+(?:calling|through\s+to))\s+(?:the\s+)?"
    # (a name, not a thing of theirs nor a clause: "is this your busiest day?", "is this the
    # school that won the award?")
    # (nor a choice: "is that you or an it company?")
    r"(?!(?:your|my|our|a|an|too|still|really|true|right|correct|ok|okay|because|you|u|it|him|her|them)\b)"
    r"(?P<firm>[\w&'.-]+(?:\s+(?!(?:that|who|which|where|when|for|about|with|in|on|at|still|now|or)\b)[\w&'.-]+){0,4}?)"
    r"(?:,\s+[\w'-]+(?:\s+[\w'-]+)?)?\W*$",
    re.IGNORECASE,
)


def is_identity_check(sentence: str) -> bool:
    """Does the question only check who picked up ("Hello, Dale?", "is this Renata Vance?"),
    or which firm ("Is this Bethel Pharmacy, Tombel?")?"""
    found = _IDENTITY.match(sentence) if sentence.count(" ") < 9 else None
    if found is None:
        firm = _FIRM_REACHED.match(sentence) if sentence.count(" ") < 12 else None
        if firm is not None and any(
            business_word(word.lower()) for word in re.findall(r"[\w'-]+", firm.group("firm"))
        ):
            return True
        if _TITLE_OF_OFFICE.match(sentence) is not None:
            return True
        return (
            sentence.count(" ") < 18
            and not ADDRESS_TITLES.isdisjoint(words_of(sentence))
            and _IDENTITY_TITLED.match(sentence) is not None
        )
    name = found.group("name").lower()
    if name in first_names():
        return True
    # a name no list knows, with a title ("hi, Mr. Ferris?"), or tried out alone the way it
    # may be said ("hi, uh, See-oh-ban?"), its parts no everyday words
    if found.group("title") is not None:
        return True
    return (
        "-" in name
        and found.group().strip(" ,.?!").lower().endswith(name)
        and not any(plain_word(part) for part in name.split("-") if part)
    )


# A remark about the weather, a tag or a name between the pleasantries of one question:
# "Kev, how are ya, wicked cold out there today huh, you stayin warm?"
_WEATHER_REMARK = Rule(
    r"\b(?:cold|hot|warm|chilly|freezing|weather|rain|raining|snow|snowing|heat|humid|windy|sunny|muggy)\b"
    r"|^\W*(?:huh|eh|right|yeah|man)\W*$",
    "cold hot warm chilly freezing weather rain raining snow snowing heat humid windy sunny muggy huh eh right yeah man",
)


# A greeting or who is calling, between the pleasantries: "hi hank, priyanka joshi with
# ledgerline, how you doing today?"
_INTRO_CLAUSE = Rule(
    r"^\W*(?:(?:this\s+is|it's|its|i'm|im|my\s+name's|my\s+name\s+is)\s+)?[\w'-]+(?:\s+[\w'-]+)?\s+(?:with|from|at|over\s+at)\s+[\w&'.-]+(?:\s+[\w&'.-]+){0,2}\W*$"
    r"|^\W*(?:this\s+is|it's|its|i'm|im|my\s+name's|my\s+name\s+is)\s+[\w'-]+(?:\s+[\w'-]+)?\W*$"
    # (a firm's name too: "Meridian Wellness Partners here")
    r"|^\W*[\w'-]+(?:\s+[\w'-]+){0,3}\s+here\W*$"
    # a greeting with a name: "hi hank"
    rf"|^\W*{GREETING_WORDS}(?:\s+[\w'.-]+){{0,2}}\W*$",
    "with from at this it its im m name here hi hey hello hiya morning afternoon evening",
)


def is_offer(sentence: str) -> bool:
    """The rep offers to do something ("can I send you...", "want me to...", "would it be
    ok if I...")."""
    return _OFFER.search(sentence) is not None


# Whether the weather got to them: "did you guys get hit with that snow out there?", "you
# lose power in the storm?" (not "did you get hit with claims after the hail?").
_WEATHER_QUESTION = Rule(
    r"^\W*(?:(?:hey|hi|so|and|oh|man|wow|well)\W+)*(?:(?:did|do|have|were|are)\s+)?(?:you|ya|y'all|yall|u)(?:\s+(?:guys|all|folks|two))?\s+"
    r"(?:\w+\s+)?(?:get|got|getting|catch|caught|survive[ds]?|lose|lost|make\s+out|made\s+out|stay|stayed|ride|rode|dig|dug)\s+"
    r"(?:(?:ok|okay|alright|all\s+right)\s+)?(?:(?:hit|slammed|hammered|caught)\s+)?(?:out\s+)?(?:(?:by|with|in|through|from|power\s+in|power\s+from|of)\s+)?(?:any\s+of\s+|some\s+of\s+|all\s+(?:of\s+)?)?(?:that|the|this|those|these)?\s*"
    r"(?:\w+\s+)?(?:weather|heat|heatwave|rain|snow|snowstorm|storm|storms|hail|wind|cold|flood|flooding|hurricane|blizzard|ice|freeze|smoke)\b"
    r"(?:\s+(?:out|over|down|up)\s+(?:there|your\s+way)|\s+(?:yesterday|last\s+night|today|this\s+week|last\s+week|this\s+weekend|over\s+the\s+weekend|ok|okay|alright))*\W*$",
    "weather heat heatwave rain snow snowstorm storm storms hail wind cold flood flooding hurricane blizzard ice freeze smoke",
)
# ... or how cold it is where they are, put first: "is it cold up there?", "the weather cold
# up there in Toronto?" (its "is" dropped)
_WEATHER_THERE = Rule(
    r"\W*(?:(?:hey|so|and|oh|man)\W+)*(?:is\s+)?(?:it|the\s+weather)(?:'s|\s+is|\s+getting)?\s+(?:still\s+|really\s+|so\s+|pretty\s+)?"
    r"(?:cold|hot|warm|freezing|sunny|wet|snowy)(?:\s+(?:up|over|down|out)\s+(?:there|your\s+way))?(?:\s+in\s+[\w'-]+(?:\s+[\w'-]+)?)?\W*$",
    "cold hot warm freezing sunny wet snowy",
)


# ... and two more of its kind, a part of their own on their words: a greeting put as a
# question ("what's good?", "what's up, man?"), and the game last night ("you catch the
# game last night?", "did you see the match?").
_GREETING_OR_GAME = Rule(
    r"^\W*(?:(?:hey|yo|ayy?|ay|so|oh)\W+)*(?:\w+\W+)?what(?:'s|s|\s+is)\s+(?:good|up|new|happening|cracking|crackin|popping|poppin)"
    r"(?:\s+with\s+(?:you|ya|u))?(?:\W+(?:man|mate|bro|dude|buddy|my\s+friend))?\W*$"
    # (the team named before it too: "did u watch the fiji game sat??")
    r"|^\W*(?:(?:so|hey|oh|and)\W+)*(?:did\s+)?(?:you|u|ya)\s+(?:catch|see|watch)\s+(?:the|that|last\s+night's|the\s+big)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:game|match|fight|race|final|finals|derby|playoffs?)\b[^.!?]{0,25}\W*$",
    "what whats catch see watch",
)


# A pleasantry about their time off, asked after their party, trip or weekend: "Was it fun?",
# "did you have a good time?", "how was the fiesta?", "many fireworks?" (their life, not
# their business: no discovery)
_LEISURE_QUESTION = Rule(
    r"^\W*(?:(?:so|and|oh|ah|nice|wow|haha|ha|great)\W+)*(?:"
    r"(?:was\s+it|was\s+that)\s+(?:(?:a\s+lot\s+of\s+|good\s+|great\s+)?fun|a\s+good\s+(?:one|party|night|time))"
    r"|did\s+(?:you|u|ya|y'all)\s+(?:have\s+(?:a\s+)?(?:good\s+time|great\s+time|fun|blast)|enjoy\s+(?:it|yourself|yourselves|the\s+(?:party|fiesta|festival|wedding|show|concert|game|holiday|trip)))"
    r"(?:\s+(?:at|in|on)\s+(?:the|your)\s+(?:party|fiesta|festival|wedding|concert|game|beach|lake|weekend))?"
    r"|how\s+was\s+(?:the|your)\s+(?:party|fiesta|festival|wedding|weekend|holiday|holidays|vacation|trip|game|match|concert|celebration|birthday)"
    r"|(?:many|lots\s+of|plenty\s+of)\s+(?:fireworks|dancing|music|guests|people))\W*$",
    "was did how many lots plenty",
)
# ... or the event both were at, remarked on for agreement: "that breakfast was something,
# no?", "the panel was long, eh?", "how was the conference" (a rule of its own, on the
# events' words)
_EVENT_REMARK = Rule(
    r"^\W*(?:(?:so|and|oh|ah|nice|wow|haha|ha|great|man)\W+)*(?:"
    r"(?:that|the|this)\s+(?:[\w'-]+\s+){0,2}?(?:breakfast|lunch|dinner|event|conference|party|panel|talk|speech|keynote|expo"
    r"|fair|forum|mixer|session|summit|show|game|match)\s+(?:was|were)\s+[^,?]{1,30}?,?\s+(?:no|right|eh|yeah|huh|abi|innit|na)"
    r"|how\s+was\s+(?:the|that)\s+(?:breakfast|lunch|dinner|event|conference|panel|keynote|expo|fair|forum|mixer|summit))\W*$",
    "breakfast lunch dinner event conference party panel talk speech keynote expo fair forum mixer session summit show game match",
)


# A clause that opens as a question would: a question word, a verb put first, "you ...".
_OPENS_ASKING = Lazy(
    r"(?i)^\W*(?:(?:so|and|but|oh|well|hey|hi)\W+)*(?:who|what|whats|when|where|why|how|hows|which|do|does|did|are|is|was|were"
    r"|can|could|would|will|have|has|had|you|your|u|ur|ya|any|anything|anyone)\b"
)


# Asking after their family, as many Englishes do before business: "the children are
# fine?", "and the madame?", "your wife is well?" (a clause of its own)
_FAMILY_CLAUSE = Lazy(
    r"(?i)^\W*(?:(?:and|so|also)\s+)?(?:the|your|ur)\s+(?:whole\s+)?(?:family|children|kids|wife|husband|madame|madam|missus|mother|father|mum|mom|mama|dad|papa"
    r"|parents|little\s+ones|baby|babies|old\s+man|old\s+lady|people\s+at\s+home|household|home|brothers|sisters)"
    r"(?:\s+(?:is|are|they\s+are|all)\s+(?:all\s+)?(?:fine|well|good|ok|okay|doing\s+(?:well|fine|good)|keeping\s+well|in\s+good\s+health))?\W*$"
)


def is_small_talk(sentence: str) -> bool:
    """A pleasantry question: "how are you?", "how's your week going?", "did you get that
    snow?", or one made of pleasantries, a name and the weather between commas."""
    if (
        _SMALL_TALK.search(sentence) is not None
        or _FAMILY_CLAUSE.match(sentence) is not None
        or _WEATHER_QUESTION.search(sentence) is not None
        or _WEATHER_THERE.match(sentence) is not None
        or _GREETING_OR_GAME.search(sentence) is not None
        or _LEISURE_QUESTION.search(sentence) is not None
        or _EVENT_REMARK.search(sentence) is not None
    ):
        return True
    if "," not in sentence:
        return False
    clauses = [c for c in sentence.split(",") if c.strip(" ?!.")]
    if len(clauses) < 2:
        return False
    if _SMALL_TALK.search(clauses[-1]) is not None and not any(
        _OPENS_ASKING.match(clause) for clause in clauses[:-1]
    ):
        # the pleasantry tagged onto who the caller is: "it's Ifeoma, Ifeoma Nwosu, from
        # the old Arup days, you alright?" (not "you still at the port, you good?")
        return True
    pleasantry = False
    for clause in clauses:
        if (
            _SMALL_TALK.search(clause) is not None
            or _GREETING_OR_GAME.search(clause) is not None
            or _FAMILY_CLAUSE.match(clause) is not None
        ):
            pleasantry = True
        elif (
            len(clause.split()) > 1
            and _WEATHER_REMARK.search(clause) is None
            and (_INTRO_CLAUSE.search(clause) is None or _OPENS_ASKING.match(clause) is not None)
        ):
            return False  # a clause of substance ("how are you, and who does your books?")
    return pleasantry


def is_time_check(sentence: str) -> bool:
    """Asks for time on this call: "is now a good time?", "got a minute?"."""
    return _TIME_CHECK.matches(sentence)


# Asking who owns something: "who handles billing software there?", "who'd be the right
# person for this?", "who looks after your trucks", "is there someone who decides on IT?",
# "could you tell me who's in charge of purchasing".
_RIGHT_PERSON = Rule(
    # (the place said after "who": "who at Corvid looks after trade shows", "who in your
    # office handles the rota")
    r"\bwho(?:\s+(?:at|in|over\s+at|on)(?:\s+[\w&'-]+){1,2}?(?=\s+(?:handles?|decides?|owns?|looks?\s+after|takes?\s+care\s+of|manages?|runs?|oversees?|buys?|deals?\s+with|is\s+in\s+charge|(?:is|are)\s+responsible)\b))?(?:'s|\s+is|\s+are|'d|\s+would|\s+should|\s+do\s+i|\s+can\s+i|\s+might|\s+else"
    # ("who should I talk to about getting on the marketplace?")
    r"|\s+(?:should|could|would|can|do)\s+(?:i|we))?\s+"
    r"(?:(?:be|the|best|usually|normally|actually|currently|really|generally|there|here|now|today|over\s+there)\s+){0,3}"
    r"(?:handles?|handling|decides?|deciding|owns?|looks?\s+after|looking\s+after|takes?\s+care\s+of|manages?|managing|runs?|running|oversees?"
    r"|buys?|signs?\s+off|makes?\s+(?:the\s+)?(?:decisions?|calls?)|in\s+charge|responsible|(?:right|best)\s+(?:person|one|people|contact)|taking\s+care\s+of"
    r"|(?:talk|speak)\s+(?:to|with)\s+about|deals?\s+with|dealing\s+with|heads?\s+up|point\s+(?:person|of\s+contact)|the\s+decision)\b"
    r"|\b(?:someone|somebody|anyone|anybody|person|who)\s+(?:(?:who|that)\s+(?:handles|decides|owns|looks\s+after|manages|runs|deals\s+with|is\s+in\s+charge)\b"
    # who else belongs on file: "is there anyone else at Corvid who should be on our list
    # for trade shows?", "who else should be on the mailing list"
    r"|else\s+(?:(?:at|in|from|over\s+at)\s+[\w&'-]+(?:\s+[\w&'-]+)?\s+|there\s+)?"
    r"(?:(?:who|that)\s+)?(?:should|ought\s+to|needs\s+to|would\s+need\s+to)\s+be\s+(?:on|in)\s+(?:our|the|your)\s+(?:[\w-]+\s+)?"
    r"(?:list|file|records?|database|system|distribution)\b)"
    r"|\b(?:right|best)\s+(?:person|contact|people)\s+(?:to|for)\b"
    # "who's the person for trade shows now", "who is your contact on the insurance side"
    r"|\bwho(?:'s|s|\s+is|\s+would\s+be)\s+(?:(?:now|currently|then|actually)\s+)?(?:the|your)\s+(?:main\s+|new\s+|usual\s+)?"
    r"(?:person|contact|one|guy|lady|point\s+person)\s+(?:for|on|handling|in\s+charge\s+of)\b"
    # ... or said of the one to be kept: "who should be listed for trade-show matters now?"
    r"|\bwho\s+(?:should|shall|would|can)\s+be\s+(?:listed|put\s+down|on\s+(?:file|record|our\s+list)|noted|recorded|registered|entered)\b"
    # who to keep on file: "who should I have down for trade shows now?"
    r"|\bwho\s+(?:should|shall|do|can|would)\s+(?:i|we)\s+(?:have|put|list|mark|keep)\s+(?:down|on\s+file|in\s+the\s+(?:system|file|records?))?"
    r"(?:\s*(?:for|as|instead|now|then|in\s+(?:his|her|their)\s+place)\b|\s*[,?.;]|\W*$)"
    # asked as a wish: "I'm trying to reach whoever looks after billing"
    r"|\b(?:reach|find|speak\s+(?:to|with)|talk\s+(?:to|with)|looking\s+for|get\s+(?:hold\s+of|to)|connect\s+with|ask\s+for)\s+"
    r"(?:whoever|the\s+person\s+(?:who|that)|the\s+one\s+who|someone\s+who)\s+(?:handles|looks\s+after|manages|runs|owns|decides|deals\s+with"
    r"|takes\s+care\s+of|is\s+in\s+charge|is\s+responsible|buys|oversees)\b"
    # whether a named person still has the job: "is Teodor still the person for your trade
    # show stuff", "is Gail still your contact for the linen", "is Sam still the buyer there"
    r"|\b(?:is|are)\s+(?:[\w.'-]+\s+){1,3}?still\s+(?:the|your)\s+(?:right\s+|best\s+|main\s+|go-to\s+)?"
    r"(?:person|contact|one|guy|lady|buyer|manager|lead|owner|decision[\s-]maker|point\s+of\s+contact)\b"
    r"|\b(?:is|are)\s+(?:[\w.'-]+\s+){1,3}?still\s+(?:handling|running|doing|managing|looking\s+after|in\s+charge\s+of|responsible\s+for|the\s+one)\b"
    # whether the person on the line owns it: "are you the person responsible for payroll
    # decisions?", "are you the one who looks after the fleet", "are you in charge of IT there"
    r"|\bare\s+(?:you|u)\s+(?:still\s+|also\s+)?(?:the\s+(?:right\s+|best\s+|main\s+)?(?:person|one|guy|lady|contact|decision[\s-]?maker)\s+"
    r"(?:who|that|for|to\s+(?:talk|speak)|responsible|in\s+charge|handling|running|deciding)|responsible\s+for|in\s+charge\s+of)\b"
    # "Mr. Harrow or whoever picks the billing software": whoever does the job, named by it
    # ... or opening the question: "whoever handles exhibiting now, could I have their name?"
    r"|(?:^\W*(?=whoever\b[^.!]*(?:\?|\b(?:could|can|may|would)\s+(?:i|you|we)\b))|\b(?:or|reach|to|with|for|find|ask)\s+)whoever\s+(?:(?:usually|normally|actually|currently|now)\s+)?(?:handles|looks\s+after|manages|runs|owns|decides|deals\s+with|takes\s+care\s+of"
    r"|is\s+in\s+charge|is\s+responsible|buys|oversees|picks|chooses|selects|signs\s+off|approves|makes\s+the\s+(?:call|decisions?)|sorts\s+out)\b",
    "who whoever one someone somebody anyone anybody person right best still responsible charge",
)


def asks_right_person(sentence: str) -> str | None:
    """The words that ask who owns, handles or decides on something (the way to the right
    person), or None. A second question joined on ("What's on your list this year, and who
    would own this on your side?") is its own words: the first one asks something else."""
    found = _RIGHT_PERSON.search(sentence)
    if found is None:
        return None
    start = found.start() if _JOINED_ON.search(sentence, 0, found.start()) else 0
    # "who should I list now, and what's their email?": the second question is its own
    then = _NEXT_QUESTION.search(sentence, found.end())
    if start == 0 and then is None:
        return sentence
    return sentence[start : then.start() if then else len(sentence)].strip()


# What joins a second question to the first: "..., and who", "... or who".
_JOINED_ON = Lazy(r"(?:,\s*|\s)(?:and|or|also|plus)\s+$", re.IGNORECASE)
_NEXT_QUESTION = Lazy(
    r",?\s+(?:and|or|plus|also)\s+(?=(?:what|what's|whats|how|when|where|which|is|are|do|does|can|could)\b)",
    re.IGNORECASE,
)


def is_routing(sentence: str) -> bool:
    """Asks for a person, or where or when they can be found: "is Dr. Patel available?"."""
    if (
        _ROUTING.matches(sentence)
        or _WHEREABOUTS.search(sentence) is not None
        or _asks_for_by_first_name(sentence)
    ):
        return True
    low = sentence.lower()
    if "sorry" in low or "i mean" in low:
        # a word taken back on the way: "Is Maître - sorry, Ms. Bergeron there?" is read
        # without it ("Is Ms. Bergeron there?")
        corrected = _TAKEN_BACK.sub("", sentence)
        if corrected != sentence:
            return is_routing(corrected)
    return False


# A word taken back and its correction's lead: "Maître - sorry, ", "tom, I mean ".
_TAKEN_BACK = Lazy(r"(?i)\b[\w.'-]+\s*(?:--?|[—–]|,)\s*(?:sorry|i\s+mean)\s*,?\s+")


# A person asked for by first name alone: "could I grab Sarah please", "can I get dave"
_GET_BY_NAME = Rule(
    r"\b(?:can|could|may)\s+(?:i|we)\s+(?:please\s+)?(?:get|grab|reach|have)\s+(?:please\s+)?"
    r"(?P<name>[a-z][a-z'-]+)(?:\s+[a-z][a-z'-]+)?(?:\s+please)?\W*$",
    "get grab reach have",
)


def _asks_for_by_first_name(sentence: str) -> bool:
    found = _GET_BY_NAME.search(sentence)
    if found is None:
        return False
    name = found.group("name")
    return name in first_names() and not plain_word(name)


# A transfer demanded rather than asked: "put me through to desmond please", "I need to
# speak with the owner", "connect me with accounts".
_ROUTING_DEMAND = Rule(
    r"^\W*(?:(?:hi|hey|hello|yeah|yes|ok|okay|so|please|just)\W+)*(?:put|get|transfer|connect|patch|send)\s+me\s+"
    r"(?:(?:through|over|across)\s+)?(?:to|with)\s+\w+"
    r"|\bi(?:\s+(?:need|want|have|would\s+like)|'d\s+like)\s+to\s+(?:speak|talk)\s+(?:to|with)\s+(?!you\b)\w+",
    "put get transfer connect patch send speak talk",
)


def demands_routing(sentence: str) -> bool:
    """Demands to be put through, not as a question: "put me through to Desmond"."""
    low = lowercase(sentence)
    if " me " not in low and "to speak" not in low and "to talk" not in low:
        return False  # every demand has one of these
    return _ROUTING_DEMAND.search(sentence) is not None


# ... and so is a place named alone, by its proper name: "By Rituals in Grand Bazaar?",
# "At the Marlowe?" (not "in the warehouse?")
_PLACE_NAMED = Lazy(
    r"^\W*(?:(?:[Aa]nd|[Oo]r|[Mm]aybe|[Ss]ay|[Ss]o)\W+)?(?:[Bb]y|[Aa]t|[Nn]ear|[Oo]utside)\s+(?:[Tt]he\s+)?"
    r"[A-Z][\w'&-]*(?:\s+(?:(?:in|on|at|by)\s+)?[A-Z][\w'&-]*){0,3}\W*$"
)


def is_scheduling(sentence: str) -> bool:
    """Picks a time: "what time works best for you?", "mornings or afternoons?", "when could
    we do that?"."""
    if _SCHEDULING.search(sentence) is not None or _SCHEDULING_WHEN.search(sentence) is not None:
        return True
    if _SCHEDULING_WHERE.search(sentence) is not None or _PLACE_NAMED.match(sentence) is not None:
        return True
    low = lowercase(sentence)
    if ("open" in low or "free" in low or "available" in low) and _SCHEDULING_OPEN.search(sentence):
        return True
    if (
        "work" in low or "suit" in low or "fit" in low or "which" in low
    ) and _SCHEDULING_PICK.search(sentence):
        return True
    return ("how" in low or "what" in low) and _SCHEDULING_HOW.search(sentence) is not None


# The slots just offered, put to them: "does either work?", "would any of those suit?",
# "would that time work?", "which one works better?" (not "does that work?" alone, which may
# ask about the way they do things now)
_SCHEDULING_PICK = Lazy(
    r"(?i)\b(?:does|do|would|will|could|can)\s+(?:either|any|both|one)(?:\s+of\s+(?:those|them|these|the\s+two))?"
    r"(?:\s+(?:days?|times?|slots?|dates?|ones?|mornings?|afternoons?))?\s+(?:work|suit|fit)\b"
    r"|\b(?:does|would|will|could)\s+(?:that|this|the)\s+(?:time|day|slot|date|morning|afternoon)\s+(?:work|suit|fit)\b"
    rf"|\b{WHICH_OF_THE_SLOTS}(?:works|suits|fits)\b"
    # said short, after the slots: "Tuesday at 1 or Wednesday at 3. Which is better?", "which
    # one's better for ya", "which better?" (its "is" dropped)
    rf"|^\W*(?:(?:so|and|ok|okay)\W+)?{WHICH_OF_THE_SLOTS}"
    r"(?:(?:is|'s|would\s+be)\s+)?(?:better|best|easier|good)(?:\s+for\s+(?:you|u|ya|yous|youse|y'all|yall))?\W*$"
)


# A slot offered, asked whether it is free: "do you have thursday at 3 or friday at 11
# open?", "would you have tuesday morning free?" (a day or an hour named in it)
_SCHEDULING_OPEN = Lazy(
    r"(?i)\b(?:do|would|will|might)\s+(?:you|u)\s+(?:have|got)\s+(?=[^?.!]*?\b(?:monday|tuesday|wednesday|thursday|friday"
    r"|saturday|sunday|tomorrow|morning|afternoon|evening|noon|\d{1,2}(?::\d\d)?)\b)(?:[\w:]+,?\s+){1,8}?(?:open|free|available)\W*$"
)


#: The words of every lead of :data:`_EMBEDDED_QUESTION` that can stand before "hear",
#: "know", "learn" or "understand" ("I'd love to know", "interested to hear", "help me
#: understand"), with the other leads: one of them is a whole word of every match, and most
#: sentences that merely say "know" or "hear" have none.
_EMBEDDED_LEADS = frozenset(
    "curious wondering wonder wondered tell walk fill sense help interested d would want wanted calling trying hoping here".split()
)


def is_embedded_question(sentence: str) -> bool:
    """A question asked as a statement: "I'm curious how you handle returns today."."""
    # the set test first: it costs less than the dozen substring tests and lets fewer through
    return (
        not _EMBEDDED_LEADS.isdisjoint(words := words_of(sentence))
        and has_any(lowercase(sentence), _EMBEDDED_GATE)
        and _EMBEDDED_QUESTION.search(sentence) is not None
    ) or ("ask" in words and _LET_ME_ASK.search(sentence) is not None)


# "let me ask straight - how many acres your members have" (the question after a pause;
# a rule of its own, on its word)
_LET_ME_ASK = Rule(
    r"\blet\s+me\s+(?:just\s+)?ask(?:\s+you)?(?:\s+(?:straight|directly|quickly|frankly|plainly|first))?\W+"
    r"(?:how|what|who|where|why|which|whether|if)(?:'s|'re)?\s+(?:[\w'-]+\s+){0,6}?(?:you|you're|you've|your|yours|y'all)\b",
    "ask",
)
