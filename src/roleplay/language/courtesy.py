"""Courtesies: a greeting opening the line, a goodbye closing the call, and a plain
acknowledgement or agreement ("yes", "fair enough", "you're right, it is a sales call").
"""

from __future__ import annotations

import re

from roleplay.language.names import introduction
from roleplay.language.repair import first_names
from roleplay.language.text import (
    Lazy,
    Rule,
    first_match,
    has_any,
    is_question,
    lowercase,
    sentences,
    word_set,
)

_ACKNOWLEDGE = Rule(
    r"^\W*(?:(?:oh|well|ah|and|but|look)\W+)?(?:yes|yeah|yep|yup|ok(?:ay)?|sure|fair(?:\s+enough)?|that's\s+(?:fair|true|right|correct|a\s+fair\s+point)"
    r"|true|good\s+point|fair\s+point|got\s+it|gotcha|understood|i\s+understand|i\s+hear\s+you|i\s+get\s+(?:it|that)|(?:that\s+)?makes\s+sense|absolutely"
    r"|of\s+course|totally|definitely|certainly|(?:you're|you\s+are)\s+(?:right|correct|absolutely\s+right)|thank\s+you|thanks|no\s+problem|noted|will\s+do"
    r"|i\s+see|right|guilty\s+as\s+charged"
    # what was offered, taken: "done", "deal", "looking forward to it"
    r"|done(?!\s+(?:with|by|that|it|the|a|some|any|for)\b)|deal(?!\s+with\b)"
    r"|(?:i'm\s+|really\s+)*looking\s+forward\s+to\s+(?:it|that|seeing\s+you|catching\s+up)"
    # glad agreement: "perfect.", "great, that works", "sounds good"
    # (not praise of a thing: "perfect timing", "great news", "a great fit")
    r"|(?:perfect|great|awesome|excellent|brilliant|lovely|wonderful|cool)(?![\s-]+[a-z])(?!\s*-)"
    r"|sounds\s+(?:good|great|perfect)|(?:that\s+)?works\s+for\s+me|that\s+works|(?:it|that)\s+is|i\s+am|i\s+do|we\s+do|it\s+does)\b(?!\s+(?:now|away|person|time|here|there|about|regarding)\b)"
    r"(?!\s*\?)"
)
# "It's a sales call": owning up to it, anywhere in the sentence. Kept apart from the
# anchored rule above so that one tries a single position; this one scans, but only
# sentences with the word "sales".
_ACKNOWLEDGE_SALES = Rule(
    r"\b(?<!not\s)(?:it|this)(?:'s|\s+is)\s+(?:a\s+|definitely\s+a\s+)?sales\s+call\b", "sales"
)


def acknowledges(sentence: str, question: bool | None = None) -> bool:
    """A plain acknowledgement or agreement ("fair enough", "thanks"), not a question."""
    if question is None:
        question = is_question(sentence)
    if question or not (_ACKNOWLEDGE.search(sentence) or _ACKNOWLEDGE_SALES.search(sentence)):
        return False
    # "It is about..." / "I am calling..." go on to say something else.
    return not re.match(
        r"^\W*(?:it\s+is|i\s+am|i\s+do|we\s+do|it\s+does)\s+\w", sentence, re.I
    ) or bool(re.search(r"\bsales\s+call\b", sentence, re.I))


_GREETING = Rule(
    r"^\W*(?:hi|hello|hey|hiya|howdy|greetings|good\s+(?:morning|afternoon|evening|day)|morning|afternoon|evening)\b"
)
# The talk looked back on, up to how it was: "anyway, it's been really great" (the start of
# a closing of _GOODBYE's and one of _GOODBYE_MORE's below).
_TALK_LOOKED_BACK = (
    r"(?:^|[.!;]\s*)\W*(?:(?:ok(?:ay)?|well|so|anyway|alright|all\s+right|hey)\W+)*(?:(?:it\s+was|it's\s+been|been)\s+)?(?:really\s+|so\s+)?"
    r"(?:great|nice|good|lovely|wonderful)\s+"
)
_GOODBYE = Rule(
    r"\b(?:bye|goodbye|good-bye|bye-bye|good\s*night|g'night|night\s+night|cheerio|ta-ra|ta\s+ra"
    # (not what they or we have: "we have a great offer", "do you have a good one?")
    r"|(?<!\bwe\s)(?<!\bi\s)(?<!they\s)(?<!\bwe've\s)(?<!\bi've\s)(?<!\bdo\s)(?<!does\s)(?<!\bi'll\s)(?<!we'll\s)(?<!\bwe'd\s)have\s+an?\s+(?:(?:really|realy|rly|very|truly|super)\s+)?(?:good|great|nice|lovely|wonderful|fantastic|beautiful|happy|brilliant|fab|terrific|amazing|awesome|excellent|fun|super|relaxing|restful|peaceful|blessed)\s+\w+|take\s+(?:good\s+|great\s+)?care(?!\s+of\s+(?!yourself\b|yourselves\b))|talk\s+(?:to\s+you\s+)?soon"
    # "that's all I called for", "that's all from me" (not "is that all you need?")
    r"|(?<!\bis\s)\bthat'?s\s+all\s+(?:i\s+(?:called|rang|phoned|wanted)(?:\s+(?:for|to\s+say))?|from\s+me)\b"
    # "enjoy" said alone, a clause of its own: "enjoy, nothing to do on your side"
    r"|(?:(?<![\s\S])|(?<=[.!;,]\s)|(?<=[.!;,]))(?:(?:ok|okay|so|well|and)\s+)?enjoy(?:\s+(?:it|yourself|the\s+rest))?(?=\s*[,.!;]|\s*$)"
    r"|talk\s+later|see\s+you\s+(?:then|soon|later)|enjoy\s+(?:the\s+rest\s+of\s+)?(?:your|the)\s+(?:day|evening|weekend|birthday|afternoon|celebration|party|holiday|holidays|week|morning|night|trip|vacation)|(?<!\byou\s)(?<!\bu\s)(?<!\bdid\s)get\s+some\s+(?:sleep|rest)|go\s+back\s+to\s+sleep|sleep\s+well|thanks\s+anyway"
    # "I'll let you go", but not the promise "20 seconds and I'll let you go", "one quick
    # question, then I'll let you go"
    r"|(?<!and\s)(?<!then\s)(?<!after\sthat\s)(?:i'll|i\s+will|ill)\s+let\s+you\s+go)\b"
    # leaving without a plan: "I'll just try another time", "I'll call back later."
    r"|\bi'll\s+(?:just\s+)?(?:try|call|ring)\s+(?:back\s+|again\s+)?(?:another\s+time|some\s+other\s+time|later)\b\W*$"
    # leaving it with them, as the line's last words: "keep us in mind", "get back to me
    # when you can", "call me back whenever", "just let me know"
    # (a sentence of its own: "..., so keep me in mind" closing a pitch may go on)
    r"|(?:^|[.!;]\s*)\W*(?:(?:ok(?:ay)?|well|so|just|anyway|alright|thanks|no\s+worries|no\s+rush|then)\W+)*"
    r"(?:keep\s+(?:us|me|my\s+\w+)\s+in\s+mind|let\s+me\s+know"
    # ... with the usual open offer: "let me know if you ever need anything"
    r"(?:\s+if\s+(?:you\s+(?:ever\s+)?need\s+anything|there'?s\s+anything\s+i\s+can\s+do|i\s+can\s+(?:ever\s+)?help|anything\s+comes\s+up))?)\W*$"
    r"|\b(?:get|come)\s+back\s+to\s+me(?:\s+(?:when|whenever|if)\b[^.!?]*)?\W*$"
    r"|\b(?:call|ring|text)\s+me\s+(?:back\s+)?(?:later\s+)?(?:sometime|anytime|(?:when|whenever|once|if)\s+you\b[^.!?]*|whenever|later)\W*$"
    r"|\bcatch\s+(?:you|ya|u)\s+(?:later|soon|around|next\s+time)\W*$"
    # "see ya", and "see you" said alone to close the line ("ok, see you")
    r"|\bsee\s+(?:ya|u)\b(?!\s+(?:at|in|on)\b)|(?:^|[.!;,]\s*)\W*(?:(?:ok|okay|alright|well|so|great)\W+)*see\s+you\W*$"
    # giving them their time back: "I won't take any more of it", "I'll let you get back to
    # your day" ("I won't keep you" often comes before an offer to call back: not a goodbye)
    r"|\bi\s+(?:won't|will\s+not)\s+take\s+(?:up\s+)?(?:any\s+)?more\s+of\s+(?:it|your\s+(?:time|day|morning|afternoon|evening))\b(?!\s+(?:but|than)\b)"
    r"|\b(?:i'll|i\s+will)\s+let\s+you\s+get\s+back\s+to\s+(?:it|your\s+\w+|work|things|the\s+\w+)\b"
    # parting wishes: "give my best to the team", "have the best day", "all the best"
    # (or said short, or as a greeting passed on: "my regards to the family", "greet madam
    # for me")
    r"|\bgive\s+my\s+(?:best|love|regards)\s+to\b|\b(?:my|our)\s+(?:best\s+)?regards\s+to\s+(?:the|your|all)\b"
    r"|\bgreet\s+(?:the|your|madam|all|everyone)\b(?:\s+[\w-]+){0,3}?\s+for\s+me\b|\bhave\s+the\s+(?:best|greatest|loveliest|nicest)\s+(?:day|one|birthday|weekend|week|evening|time)\b"
    r"|\ball\s+the\s+best\W*$|\bbest\s+wishes\b|\bmany\s+happy\s+returns\b"
    # "later, rob.": "later" as a sentence of its own, closing the line
    r"|(?:^|(?<=[.!]))\s*(?:(?:ok(?:ay)?|alright|all\s+right|cool|right|sure|great)\W+)?later(?:\s+(?:then|man|mate))?(?:,?\s+[a-z]+)?\W*$"
    # "cheers, rob." after what the line said: "cheers" as its last sentence (alone, it is
    # thanks)
    r"|(?<=[.!])\s*cheers(?:\s+(?:then|mate|man|now))?(?:,?\s+[a-z]+)?\W*$"
    # "enjoy every bit of today" (or "of it"), "tell the team I said hi", "say hello to Maria
    # for me"
    # ("... and enjoy every minute." closing the line: of it, unsaid)
    r"|\benjoy\s+(?:every\s+(?:bit|minute|second)(?:\s+of\s+(?:it|this|today|tonight|the\s+day|your\s+day)|(?=\W*$))"
    r"|(?:all\s+of\s+)?(?:today|tonight|the\s+day|your\s+day))\b"
    # "okay, enough of me keeping you"
    r"|\benough\s+of\s+me\s+(?:keeping|holding)\s+you(?:\s+up)?\b"
    r"|\btell\s+(?:[\w.'-]+\s+){1,4}?i\s+said\s+(?:hi|hello|hey)\b|\bsay\s+(?:hi|hello)\s+to\s+(?:[\w.'-]+\s+){1,4}?for\s+me\b"
    # the talk looked back on, closing the line: "anyway, great talking to you"
    rf"|{_TALK_LOOKED_BACK}(?:talking|chatting|speaking|catching\s+up)(?:\s+(?:to|with)\s+you)?(?:,?\s+[a-z]+)?\W*$",
    # one whole word of every alternative: most lines are never searched
    "bye goodbye good goodnight night great nice lovely wonderful fantastic care soon later then enjoy sleep rest anyway"
    " beautiful happy brilliant fab terrific amazing awesome excellent fun super relaxing restful peaceful"
    " time go mind back me know more best wishes returns said say enough catch see cheerio ta cheers"
    " blessed regards greet all",
)
# ... and two closings of their own, on their own words: good luck wished as the line's last
# words ("thanks naomi, good luck with everything"), or the talk looked back on with a last
# word of thanks or wishes after it ("really nice to talk to you again, and congrats on the
# new shop").
_GOODBYE_MORE = Rule(
    r"(?:^|(?<=[.!;,]))\s*(?:(?:ok(?:ay)?|well|so|anyway|alright|and)\W+)*good\s+luck\s+with\s+"
    r"(?:everything|it\s+all|all\s+of\s+it|the\s+[\w-]+(?:\s+[\w-]+)?|that|it)\W*$"
    rf"|{_TALK_LOOKED_BACK}(?:talking|chatting|speaking|catching\s+up|to\s+(?:talk|speak|chat|catch\s+up))"
    r"(?:\s+(?:to|with)\s+you)?(?:\s+again)?(?:,?\s+[a-z]+)?"
    r"(?:\W+(?:and\s+)?(?:congrat(?:ulation)?s|good\s+luck|thanks|thank\s+you)\b[^.!?]*)?\W*$"
    # ... or left to them with no hurry, as the line's last words: "no rush, whenever you get
    # to it"
    r"|\bno\s+(?:rush|hurry)\W+(?:just\s+)?whenever\s+(?:you|u)\s+(?:get\s+(?:to|round\s+to|around\s+to)\s+it|can|like|want|are\s+ready|have\s+a\s+(?:minute|moment|sec|second))\W*$",
    "luck talk speak chat whenever",
)

# A parting wish in a regional idiom: "have a ripper of a birthday", "have a cracker of a
# day" (not "you have a heck of a week ahead"); tried only on a line with " of a " in it.
_PARTING_OF_A = Rule(
    r"(?<!\bwe\s)(?<!\bi\s)(?<!they\s)(?<!\byou\s)(?<!\bdo\s)have\s+a\s+(?:\w+\s+){1,2}?of\s+a\s+"
    r"(?:day|birthday|weekend|week|night|evening|time|trip|holiday|one)\b(?!\s+(?:ahead|coming|at|with|for|to|on|in)\b)",
    "have",
)


def _parting_of_a(norm: str) -> str | None:
    return _PARTING_OF_A.find(norm) if " of a " in lowercase(norm) else None


# "let's definitely stay in touch": apart, gated on its own word ("touch" is rare, the big
# rule's words are not)
_STAY_IN_TOUCH = Rule(
    r"\b(?:let's|lets|we\s+should|we'll)\s+(?:(?:definitely|def|totally|defo)\s+)?(?:stay|keep)\s+in\s+touch\b",
    "touch",
)

_GOODBYE_WORDS = (_GOODBYE.words or frozenset()) | {"touch"}


def _stays_in_touch(text: str) -> str | None:
    """The words of "let's stay in touch" closing the call, or None (a substring test
    first: the word is rare)."""
    return first_match(_STAY_IN_TOUCH, text) if "touch" in text else None


# Signing off without the word "bye": a plan and a thanks ("Thanks, I'll call her then",
# "great, I'll send the invite. thanks renata"), or "talk then" / "speak Thursday" closing
# the line. Only a line that asks nothing signs off.
_THANKS = Rule(
    r"\b(?:thanks|thank\s+you|thank\s+u|thx|cheers|(?:much\s+)?appreciated|appreciate\s+(?:it|that|you|your\s+(?:help|time)))\b",
    "thanks thank thx cheers appreciated appreciate",
)
_PLAN = Rule(
    r"\b(?:i'll|i\s+will|we'll|will)\s+(?:just\s+|definitely\s+|be\s+sure\s+to\s+)?(?:call|ring|try|send|email|e-mail|text|reach\s+out"
    r"|follow\s+up|be\s+in\s+touch|get\s+back|give\s+(?:her|him|them|you)\s+a\s+(?:call|ring|shout)|look\s+out|keep\s+an\s+eye|let\s+you\s+know)\b"
    # "let's definitely stay in touch"
    r"|\b(?:let's|let\s+us|we\s+should|we'll)\s+(?:definitely\s+|be\s+sure\s+to\s+)?(?:stay|keep)\s+in\s+touch\b",
    "will ll let should",
)
_NOTHING_ELSE = Rule(
    r"\b(?:that's\s+(?:it|all|everything)|that\s+is\s+(?:it|all)|nothing\s+else|all\s+good|we're\s+good|i'm\s+good)\b",
    "that nothing all good",
)
# "okay, thanks for your time, Graham": the time thanked for, as the line's last sentence
_THANKS_FOR_TIME = Rule(
    r"^\W*(?:(?:ok(?:ay)?|well|alright|all\s+right|right|anyway|sure|understood|got\s+it|no\s+worries)\W+)*"
    # (or for their ear: "thanks for hearing me out, Graham", "thanks for listening")
    r"(?:thanks|thank\s+you)(?:\s+(?:so|very)\s+much)?\s+(?:again\s+)?for\s+(?:(?:your|the)\s+time(?:\s+today)?|hearing\s+me\s+out|listening"
    # (or for the talk just had: "thanks for the chat", "thanks for talking with me")
    r"|the\s+chat|(?:chatting|speaking|talking)\s+(?:with|to)\s+me"
    # ... or for the call, the line's only sentence (see _signs_off): "Thanks for taking the
    # call, Graham." ("Hi Graham, this is Rebecca... Thanks for taking the call." opens it)
    r"|taking\s+the\s+call|the\s+call)"
    r"(?:\W+(?:i\s+)?(?:really\s+)?appreciate\s+it)?(?:\W+(?!(?:but|and|so|i|we|can|could|just)\b)[a-z][\w.'-]*(?:\s+[a-z][\w.'-]*)?)?\W*$",
    "thanks thank",
)
_TALK_THEN = Rule(
    r"\b(?:talk|speak|chat)\s+(?:to\s+you\s+|with\s+you\s+)?(?:then|soon|later|tomorrow|next\s+week|on\s+\w+day|\w+day)\W*$",
    "talk speak chat",
)


_SIGN_OFF_WORDS = ("talk", "speak", "chat", "thank", "thx", "cheers", "appreciat")


def _signs_off(norm: str) -> str | None:
    # Signing off takes "talk"/"speak"/"chat" or a thanks (the gates of _TALK_THEN and
    # _THANKS as substrings): most lines are done before they are split into sentences.
    if "?" in norm or not has_any(lowercase(norm), _SIGN_OFF_WORDS):
        return None
    said = sentences(norm)
    last = said[-1:] or [""]
    if is_question(last[0]):
        return None
    talk = _TALK_THEN.search(last[0]) or _THANKS_FOR_TIME.search(last[0])
    if (
        talk is not None
        and len(said) > 1
        and talk.group().lower().rstrip(" .!,").endswith("call")
        and introduction(" ".join(said[:-1])) is not None
    ):
        talk = None  # "Hi Graham, this is Rebecca... Thanks for taking the call." opens it
    if talk is not None:
        return last[0][talk.start() : talk.end()].strip()
    thanks = _THANKS.search(norm)
    plan = (_PLAN.search(norm) or _NOTHING_ELSE.search(norm)) if thanks is not None else None
    if thanks is None or plan is None:
        return None
    start, end = min(thanks.start(), plan.start()), max(thanks.end(), plan.end())
    return norm[start:end].strip()


# The wish said last, after the rest of what was said: "...I was thinking of you. Happy
# birthday!" closes the call (the same wish opening a call, "hi gloria! happy birthday!",
# does not).
_WISH_LAST = Rule(
    r"[.!]\s+(?:(?:and|anyway|anyhow|so|well|ok|okay|alright|but)\W+)*(?:(?:once\s+)?again,?\s+)?(?:happy\s+birthday|many\s+happy\s+returns)(?:\s+again)?(?:,?\s+[a-z]+)?\W*$",
    "birthday returns",
)

# ... and the congratulations said again, on what, closing the whole line ("anyway, congrats
# again on the new shop"; not opening a call: "congrats again on the new shop. is the
# paperwork still eating your evenings?")
# ... or a parting wish closing it: "..., and I hope you get your evenings back soon", "hope
# the opening goes well" (not "I hope it goes well. could we talk next week?")
_CLOSING_LAST = Rule(
    r"\b(?:congrats|congratulations|thanks|thank\s+you)\s+again\s+(?:on|for)\s+(?:the|your)\s+[\w-]+(?:\s+[\w-]+)?(?:,?\s+[a-z]+)?\W*$"
    r"|(?:^|(?<=[.!;,]))\s*(?:(?:and|anyway|so|well)\W+)*(?:i\s+(?:really\s+)?)?hope\s+(?:you|the|your|it|things)\b[^.!?]{0,50}?"
    r"\b(?:soon|goes\s+(?:well|great|smoothly)|go(?:es)?\s+(?:well|great|smoothly)|works\s+out|settles?\s+down)\W*$"
    # "..., enjoy it", "enjoy the party": a send-off closing the line
    r"|(?:^|(?<=[.!;,]))\s*(?:(?:and|anyway|so|well|ok|okay|now)\W+)*(?:go\s+(?:and\s+)?)?enjoy\s+(?:it|yourself|yourselves|the\s+(?:rest|day|dinner|cake|party"
    r"|celebration|evening|night|weekend|break|day\s+off|meal|trip|show|game|holiday|festivities))\b[^.!?,]{0,25}\W*$",
    "again hope enjoy",
)


# The ask dropped, closing the line: "Okay forget it then.", "ah never mind then" (the
# caller gives up: the call is over for them)
_GIVES_UP = Rule(
    r"(?:^|(?<=[.!;,]))\s*(?:(?:ok|okay|fine|alright|all\s+right|well|ah|oh|then|so|anyway)\W+)*(?:just\s+)?"
    r"(?:forget\s+(?:it|about\s+it)|never\s*mind)(?:\s+then)?\W*$",
    "forget never nevermind",
)


# ... or a wish said again, closing the line: "ok well think about it, happy birthday again"
# (not in the line that opens the call: "Hello Naomi, this is Daniel... Congratulations again.")
# ... or an apology said again after thanks: "that would be great, thanks, sorry again"
_AGAIN_LAST = Rule(
    r"\b(?:happy\s+birthday|congrats|congratulations|thanks|thank\s+you"
    r"|(?:thanks|thank\s+you)\W+(?:and\s+)?sorry)\s+(?:again|once\s+more|once\s+again)"
    # (a blessing perhaps after it: "happy birthday once more, and may this year bring you joy")
    r"(?:,?\s+[a-z]+|,?\s+(?:and\s+)?(?:may|wishing)\s+[^.!?]{1,60})?\W*$",
    "again more",
)


def _wish_to_close(norm: str) -> str | None:
    # (their word gates turn most lines away)
    found = _WISH_LAST.find(norm) or _AGAIN_LAST.find(norm)
    if found is None or first_match(_GREETING, norm) is not None:
        return None
    from roleplay.language.names import rep_name

    if rep_name(norm) is not None:
        return None  # "Gloria, it's Priya. Happy birthday!" opens the call
    return found.lstrip(".! ")


def thanks(norm: str) -> str | None:
    """The words that thank the other side ("thank you", "much appreciated"), or None."""
    return first_match(_THANKS, norm)


# The timing called bad: "the timing's wrong", "now is really bad", "today's not great".
_BAD_TIMING = (
    r"(?:the\s+timing|now|today|this\s+week)(?:'s|s|\s+is)\s+(?:(?:just|really|all)\s+)?"
    r"(?:wrong|bad|off|not\s+(?:great|good|right|ideal))"
)

# Making "no" easy to say: "no pressure", "feel free to say no", "if it's a no, no worries",
# "either answer is fine", "not right now is a fine answer too", "I won't take it personally".
_EASY_OUT = Rule(
    r"\bno\s+(?:pressure|obligation|hard\s+feelings|worries\s+(?:if|either|at\s+all)|problem\s+if\s+not)\b"
    r"|\b(?:feel\s+free|free|fine|ok|okay|happy|welcome)\s+to\s+(?:say|tell\s+me)\s+no\b"
    r"|\b(?:you\s+can|just)\s+(?:say|tell\s+me)\s+no\b"
    r"|\b(?:fine|ok|okay|alright|all\s+right|no\s+problem|no\s+worries|understandable)\s+if\s+"
    r"(?:not|the\s+answer\s+is\s+no|you'd\s+rather\s+not|it's\s+(?:a\s+)?no|its\s+(?:a\s+)?no|now\s+isn't|you're\s+not|you\s+don't|it\s+isn't|it's\s+not)\b"
    r"|\b(?:either\s+(?:way|answer)|whatever\s+you\s+decide)\s+(?:is\s+)?(?:(?:completely|totally|perfectly|absolutely)\s+)?(?:fine|ok|okay|good|great)\b"
    r"|\bif\s+(?:it's|its|it\s+is|the\s+answer(?:'s|\s+is|s))\s+(?:a\s+)?no\b"
    # ("if not now thats totally ok too")
    r"|\bif\s+not,?\s+(?:(?:right\s+)?now,?\s+|today,?\s+|this\s+week,?\s+)?(?:no\s+(?:problem|worries)|(?:that's|thats|that\s+is|it's|its|it\s+is)\s+(?:(?:completely|totally|perfectly|\w+ly)\s+)?(?:fine|ok|okay|cool))\b"
    # "if not, totally fine" (an adverb however typed: "totaly")
    r"|\bif\s+not,\s*(?:\w+ly\s+)?(?:fine|ok|okay|cool)\b"
    r"|\b(?:a\s+)?no\s+is\s+(?:a\s+)?(?:(?:completely|totally|perfectly|absolutely|really|honestly|\w+ly)\s+)?(?:fine|good|ok|okay|alright)"
    r"|\bnot\s+(?:right\s+)?now\s+is\s+(?:a\s+)?(?:(?:completely|totally|perfectly)\s+)?(?:fine|good|ok)\s+answer"
    # (or only "no problem" after it: "and if it's not the moment, no problem, really")
    r"|\bif\s+(?:now|it|this|today|the\s+timing)(?:'s|\s+is|s)?\s+(?:not|isn't|isnt)\s+(?:the|a)\s+(?:right\s+|good\s+|great\s+)?(?:time|moment|fit),?\s+"
    r"(?:(?:(?:that's|thats|that\s+is|it's|its)\s+(?:(?:completely|totally|perfectly|absolutely)\s+)?(?:fine|ok|okay|alright|all\s+right|cool|no\s+problem))"
    r"|no\s+(?:problem|worries)\b)"
    r"|\b(?:i\s+won't|i\s+will\s+not|won't)\s+take\s+it\s+personally\b"
    # bad timing said to be fine, either way round: "totally fine if the timing's wrong",
    # "if it's a bad time, no worries"
    r"|\b(?:fine|ok|okay|alright|all\s+right|no\s+problem|no\s+worries|understandable)\s+if\s+"
    + _BAD_TIMING
    + r"\b"
    r"|\bif\s+" + _BAD_TIMING + r",?\s+"
    r"(?:(?:that's|thats|that\s+is|it's|its)\s+)?(?:(?:completely|totally|perfectly|absolutely)\s+)?(?:fine|ok|okay|alright|all\s+right|cool|no\s+problem|no\s+worries)\b"
    # ... or a no asked for: "and if the timing's wrong, honestly, just tell me"
    r"|\bif\s+" + _BAD_TIMING + r",?\s+(?:(?:honestly|really|please|then|truly)\W+)*(?:just\s+)?"
    r"(?:say\s+so|say\s+the\s+word|let\s+me\s+know|tell\s+me(?!\s+(?:why|what|how|who|when|where|more|about)\b))\b"
    # "and if the answer is 'not now', that's perfectly all right"
    r"|\bif\s+(?:the\s+answer\s+is|it's|its|it\s+is|you\s+say)\s+'?(?:a\s+)?(?:no|not\s+(?:right\s+)?now|not\s+yet|not\s+for\s+you)'?,?\s+"
    r"(?:that's|thats|that\s+is)\s+(?:(?:completely|totally|perfectly|absolutely|really)\s+)?(?:fine|ok|okay|alright|all\s+right|great|good)\b"
    # "it's easy to say no", "no harm done if not"
    r"|\b(?:it's|its|it\s+is)\s+(?:really\s+|totally\s+|completely\s+)?(?:easy|fine|ok|okay)\s+to\s+(?:say|tell\s+me)\s+no\b|\bno\s+harm\s+done\b"
    # "feel free to tell me it's not for you", "just say if it's not a fit"
    r"|\b(?:feel\s+free|free|fine|happy|welcome)\s+to\s+(?:say|tell\s+me)\s+(?:(?:that\s+)?it's|its|it\s+is|if\s+it's|if\s+its)\s+not\s+(?:for\s+you|a\s+fit|right|needed|useful)\b"
    r"|\b(?:just\s+)?(?:say|tell\s+me)\s+(?:so\s+)?if\s+(?:it's|its|it\s+is)\s+not\s+(?:for\s+you|a\s+fit|right|useful)\b"
    # a no asked for outright: "if now isn't the time, just say so", "if this isn't a fit,
    # tell me", "you won't hurt my feelings"
    r"|\bif\s+(?:now|this|it|today|the\s+timing)\s*(?:(?:'s|\s+is|s)\s+(?:just\s+|really\s+|simply\s+)?not|\s+(?:just\s+|really\s+)?(?:isn't|isnt))\s+(?:(?:the|a)\s+)?(?:right\s+|good\s+|great\s+)?"
    r"(?:time|moment|fit|for\s+you|something\s+for\s+you|useful|needed)(?:\s+for\s+(?:you|you\s+guys|now|this))?\b,?\s+(?:then\s+)?(?:please\s+)?(?:just\s+)?(?:say\s+so|say\s+the\s+word|tell\s+me|let\s+me\s+know)\b"
    r"|\b(?:won't|will\s+not|wont)\s+hurt\s+my\s+feelings\b"
    # leaving it offered if the timing is wrong: "if the timing's wrong, we can easily leave it"
    r"|\bif\s+(?:not|"
    + _BAD_TIMING
    + r"),?\s+(?:we|i)\s+(?:can|could)\s+(?:(?:just|easily|always|happily|simply)\s+)?"
    r"(?:leave\s+it|skip\s+it|drop\s+it|park\s+it|forget\s+it|let\s+it\s+go)\b"
    # "if not, just say so", "no awkwardness", "it won't be awkward"
    r"|\bif\s+not,?\s+(?:then\s+)?(?:please\s+)?(?:just\s+)?(?:say\s+so|say\s+the\s+word|tell\s+me(?!\s+(?:why|what|how|who|when|where|more|about)\b))\b"
    r"|\bno\s+awkwardness\b|\b(?:it|that|things)\s+(?:won't|wont|will\s+not)\s+(?:be|get|make\s+(?:it|things))\s+awkward\b"
    # their own cover left standing: "if you're covered already, that's totally fine, just
    # say so"
    r"|\bif\s+(?:you're|youre|your|you\s+are)\s+(?:already\s+)?(?:covered|set|all\s+set|sorted|happy|in\s+good\s+hands|taken\s+care\s+of)(?:\s+(?:with|by)\s+\w+)?(?:\s+already)?"
    # ... or another reason to pass put beside it: "if you're all set or it's just not a
    # good time, please say so"
    r"(?:\s+or\s+[^,.;!?]{3,50}?)?,?\s+"
    r"(?:(?:that's|thats|that\s+is|it's|its)\s+(?:(?:completely|totally|perfectly|absolutely|\w+ly)\s+)?(?:fine|ok|okay|alright|all\s+right|cool|great|no\s+problem)"
    r"|(?:then\s+)?(?:please\s+)?(?:just\s+)?(?:say\s+so|tell\s+me|let\s+me\s+know|say\s+the\s+word))\b"
    # their own cover granted before the ask: "you may be perfectly well covered", "you might
    # not need this at all"
    r"|\byou\s+(?:may|might|could)\s+(?:(?:well|very\s+well|already|perfectly\s+well)\s+)*(?:be\s+(?:(?:perfectly|completely|totally|all)\s+)?(?:well\s+)?"
    r"(?:covered|set|sorted|happy\s+with\s+(?:what|who|how)|in\s+good\s+hands|taken\s+care\s+of)"
    r"|not\s+need\s+(?:this|it|any\s+of\s+this|us|anything)(?:\s+at\s+all)?)\b"
    # a yes not owed: "please don't feel you need to say yes", "you don't have to agree"
    r"|\b(?:don't|dont|do\s+not|never)\s+feel\s+(?:like\s+)?(?:you\s+)?(?:need\s+to|have\s+to|should|must)\s+(?:say\s+yes|agree|commit)\b"
    r"|\b(?:don't|dont|do\s+not)\s+feel\s+(?:obliged|obligated|pressured)\b"
    r"|\byou\s+(?:don't|dont|do\s+not)\s+(?:have|need)\s+to\s+(?:say\s+yes|agree|commit)\b"
    # not cornering them: "I don't want to put you on the spot"
    r"|\b(?:don't|dont|do\s+not|didn't|didnt|wouldn't|wouldnt|won't|wont|never)\s+(?:want\s+to\s+|wanna\s+|mean\s+to\s+)?put\s+you\s+on\s+the\s+spot\b"
    r"|\bnot\s+(?:trying\s+)?to\s+put\s+you\s+on\s+the\s+spot\b"
    # the no offered as the other half of the question: "would a coffee help, or is it not
    # a priority right now?", "or would you rather leave it?"
    r"|\bor\s+(?:is\s+(?:it|that|this|now)|are\s+you|would\s+(?:it|that)\s+be)\s+(?:just\s+|really\s+|simply\s+|honestly\s+)?not\s+"
    r"(?:(?:really|much\s+of)\s+)?(?:a\s+(?:priority|fit|need)|(?:the|a)\s+(?:right\s+|good\s+)?time|(?:something|anything)\s+you|on\s+(?:your|the)\s+radar"
    r"|for\s+you|needed|useful|relevant|worth\s+it|an\s+issue|a\s+problem|interested|keen)"
    r"|\bor\s+would\s+you\s+(?:rather|prefer)\s+(?:i\s+)?(?:not|didn't|did\s+not|pass|leave\s+it|skip\s+it|let\s+it\s+go)\b"
    # leaving it offered as a choice of its own: "..., or we just leave it for now"
    r"|\bor\s+(?:we|i)\s+(?:(?:can|could)\s+)?(?:just\s+)?(?:leave\s+it|park\s+it|skip\s+it|drop\s+it|let\s+it\s+be)"
    r"(?:\s+(?:for\s+now|there|at\s+that|alone))?\W*$",
    "no fine ok okay alright right problem worries understandable either whatever answer personally harm free happy welcome say tell"
    " if hurt covered set sorted happy hands taken spot leave park skip drop let need not rather prefer"
    " awkwardness awkward yes agree commit obliged obligated pressured",
)


# Every match above has one of these: lines with none are not searched ("no", "ok" and
# "right" alone are in half the lines of a call).
_EASY_OUT_KEYS = (
    " or is ",
    " or are you ",
    " or would ",
    "if you",
    "you may",
    "you might",
    "you could be",
    "you could well",
    "you could very",
    "you could already",
    "you could perfectly",
    "you could not",
    "pressure",
    "no harm",
    "obligation",
    "hard feeling",
    "worries",
    "problem",
    "say no",
    "tell me no",
    "fine if",
    "ok if",
    "okay if",
    "alright if",
    "right if",
    "understandable if",
    "either",
    "whatever",
    "if it",
    "if not",
    "awkward",
    "no is",
    "answer",
    "if now",
    "if the timing",
    "if today",
    "personally",
    "not for you",
    "not a fit",
    "not right",
    "not useful",
    "not needed",
    "if this",
    "if today",
    "if the timing",
    "feelings",
    "the spot",
    "leave it",
    "park it",
    "skip it",
    "drop it",
    "let it be",
    "say yes",
    "to agree",
    "to commit",
    "obliged",
    "obligated",
    "pressured",
)


# The opposite of an easy out: leaving no room for a no ("no excuses", "just cancel
# whatever you've got", "can't you just move it", "I won't take no for an answer", "what
# have you got to lose").
_PRESSURE = Rule(
    r"\bno\s+(?:excuses|arguments?|buts|ifs(?:,?\s+(?:ands\s+)?or\s+buts)?)\b|\bi\s+insist\b|\b(?:won't|wont|will\s+not|not\s+(?:gonna\s+|going\s+to\s+)?|never|don't|dont|do\s+not)\s*(?:take|taking|accept|accepting)\s+no\s+for\s+an\s+answer\b|\b(?:don't|do\s+not)\s+(?:you\s+)?(?:dare\s+)?say\s+no\b"
    # a no ruled out: "you cannot say no to me", "you can't turn me down"
    r"|(?<!\bif\s)(?<!\bwhen\s)\byou\s+(?:can't|cant|cannot|can\s+not|couldn't)\s+(?:possibly\s+|really\s+)?(?:say\s+no|turn\s+(?:me|us|this)\s+down|refuse)\b"
    r"|\bwhat\s+(?:do|have)\s+you\s+(?:got\s+)?(?:to|got\s+to)\s+lose\b"
    r"|\b(?:just|simply)\s+(?:cancel|skip|move|push|drop|bail\s+on|blow\s+off|ditch|reschedule|shift|bump|shuffle|juggle|rearrange)\s+"
    r"(?:(?:whatever|your|everything|something|things(?:\s+around)?|stuff|all\s+that|(?:the|that)\s+(?:meeting|walk-?through|appointment|other\s+thing|call|lunch|dinner|inspection))\b"
    # ... or bent to our hour: "just push it back an hour"
    r"|(?:it|that|them|(?:that|the|your)\s+[\w-]+)\s+(?:back|up)\s+"
    r"(?:an?\s+(?:hour|bit|little)|half\s+an\s+hour|\d+\s+min|(?:thirty|twenty|fifteen|\d+)\s+minutes)\b)"
    # their plans waved away: "just cancel it", "you can move that meeting" (not what they
    # may cancel at will: "you can just cancel it any time")
    r"|\b(?:just|simply|you\s+can(?:\s+just|\s+easily|\s+totally|\s+always)?)\s+(?:cancel|skip|move|push|ditch|reschedule|shift|bail\s+on|blow\s+off)\s+"
    r"(?:it|that|them|(?:that|the|your)\s+(?:meeting|walk-?through|appointment|thing|call|plans?|inspection|tour))\b"
    r"(?!\s+(?:any\s*time|whenever|if|online|at\s+any|for\s+free|with\s+(?:one|a)\s+click|to|till|until|around|back|up|later)\b)"
    r"|\bcan't\s+you\s+(?:just\s+)?(?:move|skip|cancel|push|shift|squeeze|drop|ditch)\b"
    # (not a duty waved away: "please don't feel you need to say yes")
    r"|(?<!\bfeel\s)(?<!\bfeel\slike\s)\byou\s+(?:have|need|got|gotta)\s+(?:to\s+)?(?:come|make\s+it|make\s+(?:the\s+|some\s+)?time|say\s+yes|do\s+this|meet\s+(?:me|us)|see\s+this|hear\s+(?:me|this)\s+out)\b"
    # one time, take it or leave it: "that's the only slot I have", "it's my only free day",
    # "it's thursday or nothing", "thursday at noon, final offer"
    r"|\btake\s+it\s+or\s+leave\s+it\b|\b(?:it's|its|it\s+is)\s+\w+\s+or\s+nothing\b|\bfinal\s+offer\b"
    # ... or the slot closed with "final": "thursday 1pm final"
    r"|\b(?:\d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\.?|h)?|noon|o'clock|(?:mon|tues|wednes|thurs|fri|satur|sun)day),?\s+final(?:\s+answer)?\W*$"
    # the time fixed, and their day bent to it: "it really has to be 11:30 thursday", "you
    # can make that work, right?"
    r"|\b(?:it|that)\s+(?:really\s+|just\s+|honestly\s+)?(?:has|needs)\s+to\s+be\s+(?:at\s+)?(?:\d{1,2}(?::\d\d)?(?:\s*[ap]\.?m\b\.?)?|noon|then|that\s+day|(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
    r"|\byou\s+(?:can|could)\s+(?:surely\s+|easily\s+|just\s+)?make\s+(?:that|it|this)\s+work\W+(?:right|yeah|surely|no)\b"
    # (or the slot its subject: "thursday at 8 is the only slot i've got")
    r"|\b(?:that's|thats|that\s+is|it's|its|it\s+is|\w+\s+is)\s+(?:really\s+|honestly\s+|literally\s+)?(?:the|my)\s+only\s+(?:free\s+|open\s+)?"
    r"(?:slot|time|day|window|opening|hour|gap)\s+(?:i|we)(?:\s+have|'ve\s+got|\s+have\s+got|\s+got|\s+can\s+do|\s+can\s+make)\b",
    "excuses insist answer no lose cancel skip move push drop bail blow ditch shift squeeze come make say do meet see hear"
    " shuffle juggle rearrange"
    " nothing offer final"
    " bump take only has needs turn refuse",
)


# ... and their busy day waved away, or the price of a yes asked: "don't tell me you're too
# busy", "you can always find an hour for an old friend", "what would it take to earn
# fifteen minutes of your time?" (a rule of its own: its words are rarer than the above's)
_PRESSURE_MORE = Rule(
    r"\b(?:don't|dont|do\s+not)\s+tell\s+me\s+(?:you're|youre|you\s+are)\s+(?:too\s+)?(?:busy|swamped|slammed|booked)\b"
    r"|\byou\s+can\s+always\s+(?:find|make|spare|squeeze\s+in)\s+(?:an?\s+|some\s+|the\s+)?(?:hour|time|minutes?|half\s+hour|lunch)\b"
    r"|\bwhat\s+(?:would|will|does|'d)\s+it\s+take\s+(?:for\s+(?:you|me|us)\s+)?to\s+(?:earn|win|get|have|convince|change\s+your\s+mind)\b"
    # the rep's need put on them: "I really need to see you Thursday"
    r"|\bi\s+(?:really|just|absolutely|seriously)\s+need\s+(?:to\s+see\s+you|you\s+(?:to\s+(?:come|make\s+it|be\s+there|say\s+yes|join)|there))\b"
    # their objection waved off: "you've got to eat anyway", "it's only an hour", "just make
    # it work" (not the caller's own "I'll just make it work")
    r"|\b(?:you|you've|you\s+have|everyone|everybody)\s+(?:got\s+to|gotta|have\s+to|has\s+to|need\s+to)\s+eat\b"
    r"|\b(?:it's|its|it\s+is|it'll|it\s+will)\s+(?:only|just)\s+(?:be\s+|take\s+)?(?:an\s+hour|one\s+hour|half\s+an\s+hour|a\s+half\s+hour)\b"
    # their meeting moved for ours, told outright: "No, no, move the meeting, Rob"
    r"|(?:^|[.!?,;:]\s*)(?:(?:no|so|just|please|look|oh)\W+)*(?:move|cancel|skip|reschedule|shift|push\s+back)\s+(?:the|your|that)\s+"
    r"(?:meeting|walk-?through|appointment|inspection|tour|call|thing)\b"
    # ... or in two words, to the one who named it: "cancel it man, its been 2 years"
    r"|(?:^|[.!?,;:]\s*)(?:(?:no|so|just|look|oh|ah|abeg)\W+)*(?:cancel|ditch)\s+(?:it|that|them)\b"
    r"(?=\s*(?:[.!,;:]|$)|\s+(?:man|bro|boss|my\s+friend|my\s+brother|na|o|abeg|for\s+once|this\s+time)\b)"
    r"|(?<!i'll\s)(?<!we'll\s)(?<!\bi\s)(?<!\bwe\s)(?<!can\s)(?<!will\s)\bjust\s+make\s+(?:it|this|that)\s+(?:work|happen)\b"
    # "come on", said to a no ("come on, it's one lunch"); not a tease about who is calling
    # ("ha, come on, it's luis!"), nor "can you come on thursday", "come on over"
    r"|(?:^|[.!?,;:]\s*|\b(?:oh|ah|aw|ha|haha|but|so|and)\s+)come\s+on\b"
    r"(?!\s+(?:over|in|down|board|by|up|out|through|back|along|round|around|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)"
    r"(?!,?\s+(?:it's|its|it\s+is|this\s+is)\s+me\b)"
    # their plans waved away, or asked to be moved for ours: "so whatever you've got on, can
    # you shuffle it?", "could you just reschedule your walk-through?"
    r"|\bwhatever\s+(?:you(?:'ve|ve|\s+have)?\s+got|you\s+have|you're\s+doing|youre\s+doing)\s+(?:on|going\s+on|planned|booked|lined\s+up)\b"
    r"|\b(?:can|could|would)\s+you\s+(?:just\s+|maybe\s+|possibly\s+|not\s+)?(?:shuffle|move|shift|reschedule|cancel|skip|rearrange|juggle|bump|push)\s+"
    r"(?:things|stuff|everything|whatever|your\s+(?:[\w-]+\s+)?(?:meeting|walk-?through|appointment|plans?|inspection|tour|call|schedule|day|thing|visit|trip|dinner|class|shift))\b"
    # calls promised until they give in: "I'll keep calling until I get them"
    r"|\b(?:i'll|i\s+will|we'll|we\s+will|i'm\s+(?:gonna|going\s+to))\s+(?:just\s+)?keep\s+(?:on\s+)?(?:calling|ringing|phoning|dialling|dialing)\s+"
    r"(?:(?:back|you|him|her|them)\s+)?(?:until|till|til|'til)\b"
    # ... or a visit whatever they say: "I'll just show up at your office at 12 either way"
    r"|\b(?:show|turn)\s+up\b[^.!?]{0,40}\b(?:either\s+way|regardless|whatever\s+you\s+say)\b",
    "tell always take need eat only make come whatever shuffle move shift reschedule cancel skip rearrange juggle bump push"
    " keep either regardless ditch",
)
# ... or a wait for them whatever they say: "i will wait for you at 12 anyway" (a rule of
# its own, on "wait": "anyway" is in many lines)
_WAIT_ANYWAY = Rule(
    r"\b(?:i'll|i\s+will|we'll|we\s+will)\s+(?:just\s+|still\s+)?(?:wait\s+for|be\s+waiting\s+for)\s+(?:you|u)\b[^.!?]{0,30}\b(?:anyway|either\s+way|regardless)\b",
    "wait waiting",
)
# The sale taken as given: the papers brought to a first talk so that they sign there ("I'll
# bring my engagement letter so we can get you started", "I'll have the contract with me for
# you to sign") (a rule of its own, on its rarer words)
_PAPERS_TO_SIGN = Rule(
    r"\b(?:i'll|i\s+will|we'll|we\s+will|let\s+me)\s+(?:also\s+)?(?:bring|have|print|carry)\s+(?:along\s+)?(?:my|our|the|an?)\s+(?:[\w-]+\s+)?"
    r"(?:engagement\s+letters?|contracts?|agreements?|paperwork|sign-?up\s+forms?|order\s+forms?|forms)\b"
    r"[^.!?]{0,30}?\b(?:so\s+(?:we|you)\s+can|for\s+you\s+to)\s+(?:just\s+)?(?:sign|get\s+(?:you\s+)?(?:started|going|signed)|start|onboard)\b",
    "contract contracts agreement agreements paperwork form forms letter letters",
)
# Waiting made to cost them: "there's really no reason to wait", "every week you wait costs
# you more", "the longer you wait, the more you lose", "why wait?"; or their day bent to
# ours, told: "you'll have to move whatever's on your calendar"; or their yes taken as
# given (a rule of its own, on its rarer words)
_WAITING_COSTS = Rule(
    r"\b(?:there's|theres|there\s+is)\s+(?:really\s+|honestly\s+|absolutely\s+|just\s+)?no\s+(?:reason|point|sense)\s+(?:to|in)\s+(?:wait|waiting|delay|delaying|hold(?:ing)?\s+off|put(?:ting)?\s+(?:it|this)\s+off)\b"
    r"|\b(?:every|each)\s+(?:day|week|month)\s+(?:that\s+)?you\s+(?:wait|delay|hold\s+off)\b"
    r"|\bthe\s+longer\s+you\s+(?:wait|delay|hold\s+off|leave\s+it)\b"
    r"|(?:^|[.!?,;:]\s*)(?:(?:so|and|honestly|look|really)\W+)*why\s+wait\b"
    r"|\byou\s+can't\s+afford\s+to\s+(?:wait|delay|hold\s+off)\b"
    r"|\byou(?:'ll|\s+will|'d|\s+would)?\s+(?:just\s+)?(?:have|need|got)\s+to\s+(?:just\s+)?(?:move|cancel|skip|reschedule|shift|push|drop|ditch|bump)\s+"
    r"(?:whatever|your\s+(?:[\w-]+\s+)?(?:meeting|appointment|walk-?through|call|plans?|day|schedule|calendar|diary|visit|inspection|tour|trip|lunch|dinner|class|shift)"
    r"|(?:that|the)\s+(?:meeting|appointment|walk-?through|call|thing)|things|stuff|everything)\b"
    # ... or the yes taken as given, the slot booked for them: "I already pencilled you in for
    # Tuesday at 9", "I've gone ahead and booked you for the 14th"
    r"|\b(?:i|we)(?:'ve|\s+have)?\s+(?:already|gone\s+ahead\s+and|went\s+ahead\s+and)\s+(?:pencilled|penciled|booked|put|scheduled|signed|blocked)\s+(?:you|u)\s+(?:in|down|up|for)\b",
    # (one whole word of every alternative: "have", "need" and "got" would open it on most
    # lines, the verbs they lead to on few)
    "reason point sense wait delay hold longer afford move cancel skip reschedule shift push drop"
    " ditch bump already ahead",
)
# Scarcity pressed on them: "seats are going fast", "only two spots left", "the offer won't
# last" (a rule of its own, on its rarer words)
_SCARCITY = Rule(
    r"\b(?:seats|spots|places|slots|spaces|tickets|tables)\s+(?:are\s+|r\s+)?(?:going|filling\s+up|selling(?:\s+out)?|disappearing)\s+(?:fast|quick|quickly)\b"
    r"|\bonly\s+(?:\d+|one|two|three|a\s+(?:few|couple))\s+(?:seats|spots|places|slots|spaces|tickets)\s+(?:left|remaining)\b"
    r"|\b(?:offer|deal|price|discount)\s+(?:won't|wont|will\s+not|doesn't|does\s+not)\s+last\b",
    "seats spots places slots spaces tickets tables offer deal price discount",
)
# A deadline set on their answer: "i need an answer by end of month", "we need your
# decision this week" (a rule of its own, on its rarer words)
_DEADLINE = Rule(
    r"\b(?:i|we)\s+(?:really\s+|will\s+|'ll\s+)?need\s+(?:an?\s+|your\s+|a\s+firm\s+)?(?:answer|decision|yes|commitment|signature|sign-?off|go-?ahead)\s+"
    r"(?:from\s+you\s+)?(?:by|before|today|tonight|this\s+week|now|asap|within)\b",
    "answer decision yes commitment signature signoff sign goahead go",
)
# A yes asked for in someone else's name, by guilt: "I'd hate to have to tell him you
# weren't interested", "she'd be so disappointed if we didn't at least meet"; or their
# hesitation waved off as what everyone says (a rule of its own, on its rare words).
_GUILT = Rule(
    r"\b(?:i'd|i\s+would|i)\s+hate\s+to\s+(?:have\s+to\s+)?(?:tell|let)\s+(?:him|her|them|[a-z]+)\s+(?:know\s+)?(?:that\s+)?you\b"
    # (typed in a hurry too: "honestly hed be kinda dissapointed if we didnt at least meet")
    r"|\b(?:he|she|they)(?:'d|d|\s+would|'ll|\s+will)\s+be\s+(?:so\s+|really\s+|very\s+|pretty\s+|kinda\s+|kind\s+of\s+|a\s+bit\s+|a\s+little\s+|quite\s+)?"
    r"(?:dis+ap+ointed|upset|hurt|gutted|sad|let\s+down)\s+(?:if|to\s+hear)\b"
    # ... or the friend named: "Marcus will be disappointed if we don't do this"
    r"|\b(?!(?:i|we|you|it|that|this|there|which|who)\b)[a-z]+(?:'d|\s+would|'ll|\s+will)\s+be\s+(?:so\s+|really\s+|very\s+|pretty\s+|a\s+bit\s+|quite\s+)?"
    r"(?:dis+ap+ointed|upset|hurt|gutted|sad|let\s+down)\s+if\s+(?:you|we)\s+(?:don't|dont|do\s+not|didn't|didnt|won't|wont|can't|cant|say\s+no|turn\s+(?:it|this|me|him|her)\s+down)\b"
    r"|\b(?:that's|thats|that\s+is)\s+(?:exactly\s+|just\s+)?what\s+(?:everyone|everybody|they\s+all|people|all\s+my\s+\w+)\s+(?:says?|said|tells?\s+me)\s+(?:before|until|at\s+first)\b"
    # what they will not spare, held against them: "you can't give me one hour?"
    # (or "an old friend": "you can't give an old friend an hour?")
    r"|\b(?<!\bif\s)(?<!\bwhen\s)you\s+(?:can't|cant|cannot|couldn't|couldnt)\s+(?:even\s+)?(?:give|spare|find|make)\s+"
    r"(?:me|us|(?:an?|your)\s+(?:old\s+)?(?:friend|mate|pal|colleague|buddy))?\s*"
    r"(?:one|an|a\s+single|half\s+an|a|just\s+(?:one|an|a))\s+(?:\w+\s+)?(?:hour|minute|lunch|coffee|evening|afternoon)\b"
    # a yes asked for by the friend's approval: "I'm sure Marcus would be glad to hear you're
    # getting help", "I could mention to him that we talked"
    # (or that we did: "he said hed be thrilled if we ended up working together")
    r"|\b(?!(?:i|we|you)\b)[a-z]+(?:'d|\s+would|'ll|\s+will|(?<=\bhe)d|(?<=\bshe)d)\s+be\s+(?:so\s+|really\s+|very\s+)?(?:happy|glad|pleased|thrilled|relieved)\s+"
    r"(?:to\s+(?:hear|know|see)\s+(?:that\s+)?|that\s+|if\s+)(?:you(?:'re|\s+are|re|'d|\s+would|'ve|\s+have|\s+got|\s+get|\s+went|\s+took|\s+decided|\s+did|\s+said\s+yes"
    # ("marcus will be very happy if you give me a chance")
    r"|\s+(?:just\s+)?(?:give|gave|say\s+yes|agree|meet|try|accept|sign))"
    r"|we\s+(?:ended\s+up|end\s+up|worked|work|teamed|team|got|get|did|started|start))\b"
    r"|\b(?:i|we)(?:'ll|\s+will|\s+could|\s+can|'d|\s+would)\s+(?:(?:just|happily|definitely)\s+)?(?:mention|tell|let)\s+(?:it\s+)?(?:to\s+)?(?!you\b)[a-z]+\s+(?:know\s+)?(?:that\s+)?"
    r"we\s+(?:talked|spoke|chatted|connected|caught\s+up)\b"
    # the friend's feelings held over them: "you dont want to disapoint him", "you wouldn't
    # want to let Marcus down"
    r"|\byou\s+(?:don't|dont|do\s+not|wouldn't|wouldnt|would\s+not)\s+want\s+to\s+"
    r"(?:let\s+(?:him|her|them|[a-z]+)\s+down|(?:dis+ap+oint|upset|hurt)\s+(?:him|her|them|[a-z]+(?=\s*(?:[,.;!?]|$))))\b"
    # ... or their yes reported to the friend before they gave it: "i tell marcus you said ok"
    r"|\b(?:i|we)(?:'ll|ll|\s+will|\s+can)?\s+(?:tell|let)\s+(?!you\b)[a-z]+\s+(?:know\s+)?(?:that\s+)?you\s+"
    r"(?:said|say)\s+(?:ok|okay|yes)\b"
    # a debt called in, or the yes taken as given: "you still owe me for all those shifts I
    # covered", "so it's not really optional" (not "you don't owe me anything")
    # (nor the debt waved away: "please don't feel you owe me a yes")
    r"|\b(?<!\bfeel\s)(?<!\bthink\s)(?<!\blike\s)(?<!\bif\s)(?<!\bthat\s)(?<!\bsay\s)you\s+(?:still\s+|kinda\s+|kind\s+of\s+|totally\s+)?owe\s+(?:me|us)\b(?!\s+(?:nothing|anything)\b)"
    r"|\b(?:it's|its|it\s+is|this\s+is|that's)\s+not\s+(?:really\s+)?(?:optional|up\s+for\s+debate|negotiable)\b"
    # their plans waved away, whatever they are: "whatever you've got, move it"
    r"|\bwhatever\s+(?:you've|youve|you\s+have|you)(?:\s+got)?(?:\s+on)?(?:\s+then)?\W+(?:just\s+)?(?:cancel|skip|move|push|ditch|reschedule|shift|bump|drop)\s+(?:it|that|them)\b",
    "hate disappointed upset hurt gutted says tells give spare find make happy glad pleased thrilled relieved"
    " mention tell let owe optional debate negotiable whatever dissapointed disapointed dissappointed sad down"
    " disappoint disapoint dissapoint dissappoint upset",
)
# ... or by the friend's word on it: "Marcus would also tell you it is better" (found from
# "tell you", the friend looked back for: a rule of its own, on a rare pair of words)
_FRIEND_WOULD_SAY = Lazy(
    r"(?i)(?:tell|say\s+to)\s+you\s+(?:that\s+)?(?:it(?:'s|s|\s+is|\s+would\s+be)|this\s+is|we(?:'re|\s+are))\s+"
    r"(?:a\s+)?(?:much\s+|a\s+lot\s+|way\s+)?(?:better|best|good|great|right|smart|wise|worth)\b"
)
_FRIEND_BEFORE = Lazy(
    r"(?i)\b(?!(?:i|we|you|it|that|this|they)\b)[a-z]+(?:'d|\s+would|'ll|\s+will)\s+(?:(?:also|surely|definitely|certainly|even)\s+)?$"
)


def _friend_would_say(norm: str) -> str | None:
    """The friend's word, a lever: "Marcus would also tell you it is better"."""
    said = _FRIEND_WOULD_SAY.search(norm)
    if said is None:
        return None
    before = _FRIEND_BEFORE.search(norm, max(0, said.start() - 40), said.start())
    return None if before is None else norm[before.start() : said.end()]


# Their own cover granted, then brushed aside: "I understand you have someone, but...",
# "I'm sure your cousin does a great job, but..." (a rule of its own, on its rare words).
_BRUSHED_ASIDE = Rule(
    r"\b(?:i\s+(?:totally\s+|completely\s+|fully\s+)?(?:understand|get|hear|know|realise|realize|appreciate)|i'm\s+sure|im\s+sure|sure)\s+(?:that\s+)?"
    r"(?:you(?:'ve|ve|\s+have|'re|re|\s+are)?\s+(?:already\s+)?(?:got\s+|have\s+)?(?:someone|somebody|a\s+guy|a\s+person|people|covered|it\s+covered|it\s+handled|set|all\s+set|happy\s+with)"
    r"|(?:your|the)\s+[\w'-]+(?:\s+[\w'-]+)?\s+(?:is|are|does|do)\s+(?:(?:a|really|very|so|doing\s+a)\s+)*(?:great|good|fine|wonderful|brilliant|decent)"
    # ... or their being busy, heard and pushed past: "I know you say you are busy, but ..."
    r"|you\s+(?:say|said|told\s+me)\s+(?:that\s+)?(?:you(?:'re|re|\s+are)|it's|its|it\s+is)\s+(?:really\s+|so\s+|very\s+|too\s+)?(?:busy|swamped|slammed|full|not\s+(?:interested|sure)))"
    r"[^.!?]{0,40}?[,.]?\s+but\b(?!\s+(?:i'll|i\s+will|no|that's|thats|if|either|it's\s+(?:fine|ok|okay|up\s+to\s+you)))",
    "understand get hear know realise realize appreciate sure",
)
# ... or their no heard and the time made small: "i get it but its just 2 min" (a rule of
# its own, on the words of the time)
_TIME_MADE_SMALL = Rule(
    r"\bi\s+(?:totally\s+)?(?:get\s+it|understand|hear\s+you)\W+but\s+(?:it's|its|it\s+is|it'll|itll|this\s+is)\s+(?:just|only|literally)\s+"
    r"(?:\d+|one|two|three|five|a\s+few|a\s+couple(?:\s+of)?)\s+(?:min|mins|minutes?|secs?|seconds?)\b",
    "min mins minute minutes sec secs second seconds",
)


# Something warm about them or their news that asks nothing: "that's so good to hear", "you
# deserve it", "I hope somebody baked you a cake for once", "I always loved working with
# you", "sounds like a perfect day". (Not "I hope you don't mind me calling", nor "I'd love to
# work with you again": that one asks.)
_KIND_WORDS = Rule(
    r"\b(?:that's|thats|that\s+is|it's|its|so|really|very)\s+(?:so\s+|really\s+|very\s+|just\s+)?"
    r"(?:good|great|nice|lovely|wonderful|awesome|amazing|fantastic|brilliant|cool)\s+to\s+hear\b"
    r"|\b(?:glad|happy|pleased|thrilled|delighted)\s+to\s+hear\b"
    r"|\b(?:happy|glad|pleased|thrilled|delighted)\s+for\s+you\b|\bproud\s+of\s+you\b"
    r"|\byou(?:'ve|\s+have)?\s+(?:really\s+|totally\s+|so\s+|more\s+than\s+|definitely\s+)?(?:deserve[sd]?|earned)\b"
    # (not something said to suit them: "monday at nine is good for you")
    r"|(?<!\bis\s)(?<!\bbe\s)(?<!'s\s)\bgood\s+for\s+you\b|\bi\s+(?:just\s+|really\s+|absolutely\s+)?love\s+(?:that|it)\W*$"
    r"|\bhope\s+(?:somebody|someone|they|you|your\s+[a-z]+)\s+(?!(?:don't|dont|do\s+not|won't|wont|aren't|arent)\b)"
    r"(?:[a-z']+\s+){0,2}?(?:baked?|bakes|spoils?|spoiled|treats?|treated|gets?|got|have|has|takes?|took|enjoys?"
    r"|celebrates?|makes?|made|gives?|gave|brings?|brought|throws?|threw|sings?|sang|surprises?|surprised)\b"
    r"|\b(?:loved|enjoyed|liked)\s+working\s+(?:with\s+you|together)\b"
    r"|\b(?:was|been)\s+(?:such\s+)?(?:a\s+(?:pleasure|joy|treat)|great|fun)\s+working\s+(?:with\s+you|together)\b"
    r"|\bsounds\s+(?:so\s+|really\s+|just\s+)?(?:lovely|perfect|wonderful|amazing|delightful|fun"
    r"|like\s+(?:a\s+|such\s+a\s+)?(?:perfect|great|lovely|fun|wonderful|good|nice|busy|big)\s+(?:day|time|night|evening|plan|way|weekend|company|one)"
    r"|like\s+(?:a\s+lot\s+of|so\s+much|such)\s+fun)\b"
    r"|\blooks?\s+(?:good|great)\s+on\s+you\b"
    # what their news did for us: "it made me smile", "that made my day"
    r"|\b(?:it|that|this|which)\s+(?:really\s+|just\s+|totally\s+)?made\s+(?:me\s+(?:smile|grin|laugh|so\s+happy|happy|proud)|my\s+(?:day|week|morning))\b"
    # a playful wish for their day: "they'd better have something planned for you"
    r"|\b(?:they|someone|somebody|your\s+[a-z]+)(?:'d|d|\s+had)\s+better\s+(?:be\s+)?(?:have|throw|take|spoil|treat|bake|get|make"
    r"|planning|taking|throwing|spoiling|treating|baking)\b",
    "hear for proud deserve deserves deserved earned good love hope working sounds look looks made better",
)


def kind_words(norm: str) -> str | None:
    """The words of something warm said about them or their news that asks nothing ("that's
    so good to hear", "you deserve it"), or None."""
    return first_match(_KIND_WORDS, norm)


def pressure(norm: str) -> str | None:
    """The words that leave no room for a no ("no excuses", "just cancel whatever you've
    got", "can't you just move it"), or None."""
    found = (
        first_match(_PRESSURE, norm)
        or first_match(_PRESSURE_MORE, norm)
        or _WAIT_ANYWAY.find(norm)
        or _GUILT.find(norm)
        or _DEADLINE.find(norm)
        or _PAPERS_TO_SIGN.find(norm)
        or _SCARCITY.find(norm)
        or _WAITING_COSTS.find(norm)
        or _BRUSHED_ASIDE.find(norm)
        or _TIME_MADE_SMALL.find(norm)
        or (_friend_would_say(norm) if "tell you" in norm or "say to you" in norm else None)
    )
    if found and found.lower().endswith("come on") and _teases(norm, norm.find(found) + len(found)):
        return None  # "ha, come on, it's Luis!": who is calling, teased, no push
    if (
        found
        # "just cancel it", "you can drop that": the thing itself, not their other plans
        # ("if thursday doesn't work, just move something" still waves those away)
        and found.lower().endswith((" it", " that", " them"))
        and _IF_BEFORE.search(norm, 0, max(0, norm.find(found)))
        # (not their plans in the way: "if anything's in the way thursday just move it")
        and not _THEIR_PLANS_IN_THE_WAY.search(norm, 0, max(0, norm.find(found)))
    ):
        return None  # "if it doesn't work for you, just cancel it": their way out
    return found


# Talking down to them: an insult ("are you deaf?", "don't be dense", "you're clueless"),
# their choices run down ("never thought you'd settle for a place like that", "figured
# you'd come crawling back"), or a favour made of our time ("I suppose I can fit you in").
_PUT_DOWN = Rule(
    r"\bare\s+you\s+(?:stupid|dumb|deaf|thick|slow|an\s+idiot)\b"
    r"|\b(?:you're|youre|you\s+are)\s+(?:being\s+)?(?:(?:so|really|pretty|kind\s+of|kinda|clearly|obviously)\s+)?"
    r"(?:stupid|dumb|clueless|useless|an\s+idiot|a\s+moron|pathetic|incompetent|dense|thick|out\s+of\s+your\s+depth)\b"
    r"|\b(?:don't|dont|do\s+not)\s+be\s+(?:so\s+)?(?:stupid|dumb|dense|thick|naive|an\s+idiot)\b"
    r"|\buse\s+your\s+(?:head|brain)(?:,?\s+(?:man|mate|buddy|pal))?(?=\s*(?:[.!?,]|$))|\bget\s+a\s+clue\b|\bwhat'?s\s+wrong\s+with\s+you\b"
    r"|\b(?:that's|thats|that\s+is|what\s+a)\s+(?:a\s+)?(?:stupid|dumb|idiotic|ridiculous)\s+(?:question|answer|idea|thing\s+to\s+say)\b"
    # (not an insurer's word: "let me pull your loss runs")
    r"|(?<!\bfor\s)\byour\s+loss\b(?!\s+(?:runs?|ratios?|history|reports?|control|prevention|data|experience)\b)"
    r"|\blet\s+me\s+(?:explain|say|put)\s+(?:it|this|that)\s+(?:slowly|more\s+slowly|in\s+simple\s+terms)\b"
    r"|(?:\b(?:i|we)\s+)?\b(?:didn't|didnt|never)\s+(?:think|thought|figure|figured|expect|expected)\s+(?:you'd|youd|you\s+would)\s+(?:end\s+up|wind\s+up|settle\s+for|stoop\s+to)\b"
    r"|\bcome\s+crawling\s+back\b"
    # how they left, held against them: "it was pretty cold how you left", "kind of shady the
    # way you quit"
    r"|\b(?:cold|rude|shady|low|selfish|harsh|cheap|cowardly)\s+(?:how|the\s+way)\s+you\s+(?:left|quit|walked\s+out|bailed|handled\s+it|ghosted)\b"
    r"|\b(?:i|we)\s+(?:guess|suppose)\s+(?:i|we)\s+(?:could|can)\s+(?:squeeze|fit)\s+you\s+in\b"
    # their business run down: "you're way behind on this", "your engineers could never
    # build what we have" (typed "your" for "you're" too)
    r"|\b(?:you're|youre|you\s+are|your|you\s+guys\s+are)\s+(?:(?:way|so|really|pretty|seriously|miles|years|far|clearly|obviously|just)\s+)+behind\b"
    r"|\b(?:you're|youre|you\s+are)\s+behind\s+(?:the\s+times|the\s+curve|everyone|your\s+competitors|the\s+competition)\b"
    r"|\byour\s+(?:[\w-]+\s+)?(?:engineers|team|people|developers|devs|guys|folks|staff|company|product)\s+"
    r"(?:(?:could|can|will|would)\s+never\s+(?:build|match|compete|keep\s+up|figure\s+(?:it|this|that)\s+out|pull\s+(?:it|this|that)\s+off)"
    r"|(?:couldn't|couldnt|can't|cant|won't|wont)\s+build\s+(?:this|that|what\s+we|it|something\s+like))\b"
    # thanks told in advance for what they have not agreed to: "trust me, you'll thank me later"
    r"|\b(?:you'll|youll|you\s+will)\s+thank\s+me\s+(?:later|for\s+this|one\s+day)\b",
    "stupid dumb deaf thick slow idiot clueless useless moron pathetic incompetent dense depth naive head brain clue"
    " wrong idiotic ridiculous loss slowly terms end wind settle stoop crawling squeeze fit behind never couldn"
    " couldnt can cant won wont thank cold rude shady low selfish harsh cheap cowardly",
)
# A shortfall pinned on them: "that's a gap on your side", "it's your fault" (a rule of its
# own, searched only on its rare words)
_THEIR_FAULT = Rule(
    r"\b(?:that's|thats|that\s+is|it's|its|this\s+is)\s+(?:a\s+|the\s+)?(?:(?:big|huge|real|glaring|massive|serious|clear)\s+)?"
    r"(?:gap|hole|failure|weakness|miss|blind\s+spot|shortcoming|failing)\s+(?:on|in)\s+your\s+(?:side|end|part)\b"
    r"|\b(?:that's|thats|that\s+is|it's|its)\s+(?:all\s+|really\s+)?your\s+(?:own\s+)?fault\b"
    # what they use now run down: "whatever you've got now clearly isn't working"
    r"|\b(?:whatever|what)\s+you(?:'ve|\s+have|'re|\s+are)?\s+(?:got|have|use|using|doing)(?:\s+(?:now|right\s+now|at\s+the\s+moment))?\s+"
    r"(?:clearly|obviously|plainly|just|simply)\s+(?:isn't|is\s+not|ain't|doesn't|does\s+not|won't|will\s+not)\s+(?:working|work|cutting\s+it|doing\s+the\s+job)\b",
    "gap hole failure weakness miss spot shortcoming failing fault working work cutting job",
)


# The caller's own story, told clause after clause: "it's been a crazy couple of years for
# me", "I lost my two biggest clients", "my landlord is a nightmare", "don't get me started".
_OWN_STORY = Rule(
    r"\b(?:i|i've|ive|i'm|im|i\s+have|i\s+was|my\s+(?:[\w'-]+\s+)?(?:wife|husband|partner|kids?|family|business|studio|shop|landlord|boss"
    r"|mum|mom|dad|mother|father|sister|brother|son|daughter|dog|cat))\s+"
    r"(?:(?:just|finally|honestly|also|recently|even|actually|totally|basically|then|been)\s+)*"
    r"(?:lost|moved|started|finished|bought|sold|hired|quit|landed|won|opened|closed|launched|broke|split|left|switched|rebranded"
    r"|picked\s+up\s+(?:a|an|two|three|some|another|my)|took\s+on\s+(?:a|an|two|three|some|another)"
    # out on one's own: "I went out on my own", "went freelance"
    r"|went\s+(?:out\s+on\s+(?:my|our)\s+own|freelance|independent|solo|self-employed)"
    r"|got\s+(?:married|divorced|promoted|fired|laid\s+off|sick|hurt|burned|robbed|sued)"
    r"|had\s+(?:surgery|an?\s+(?:operation|accident|baby|fall|surgery))"
    r"|thinking\s+(?:about|of)\s+(?:packing|quitting|selling|closing|giving\s+up|moving|retiring|calling\s+it)"
    r"|working\s+out\s+of|going\s+through|dealing\s+with|stuck|swamped|slammed|buried|drowning)\b"
    r"|(?:\b(?:it's|its|it\s+has)\s+|^\W*(?:(?:honestly|man|so|well|yeah)\W+)*)been\s+(?:a|an|such\s+a)\s+(?:\w+\s+){0,3}?(?:year|years|month|months|week|time|ride|stretch)\s+for\s+(?:me|us)\b"
    r"|\b(?:my|our|the)\s+(?:new\s+|old\s+)?(?:[\w']+\s+){0,2}?(?:is|was|has\s+been)\s+(?:a|an|such\s+a|an\s+absolute)\s+(?:nightmare|disaster|mess|joke|headache)\b"
    r"|\bdon't\s+get\s+me\s+started\b"
    # "you won't believe the year I've had"
    r"|\bthe\s+(?:\w+\s+)?(?:year|month|week|summer|spring|winter|autumn)\s+(?:i've|ive|i\s+have|we've|we\s+have)\s+had\b",
    "lost moved started finished bought sold hired quit landed won opened closed launched broke split left"
    " rebranded picked took had went"
    " switched got thinking working going dealing stuck swamped slammed buried drowning been nightmare"
    " disaster mess joke headache",
)
# Their side brought in (not the asides "you know", "can you believe", "do you have any idea").
_THEIR_SIDE_TOO = Rule(
    r"\b(?:you|your|you're|youre|yours|you've)\b(?<!\byou\sknow)(?<!\bcan\syou)(?<!\bdo\syou)"
    # (nor the day they left, which only dates the story: "since you left I went out on my own")
    r"(?!(?<=\bsince\syou)\s+left\b)(?!(?<=\bafter\syou)\s+left\b)(?!(?<=\bwhen\syou)\s+left\b)"
    # (nor "you won't believe the year I've had")
    r"(?!\s+(?:won't|wont|wouldn't|wouldnt)\s+believe\b)",
    "you your youre yours",
)


def self_talk(norm: str) -> str | None:
    """The words of a line that tells the caller's own story, two things or more and nothing
    about them ("it's been a crazy couple of years for me. I lost my two biggest clients,
    moved studios twice..."), or None."""
    found = list(_OWN_STORY.finditer(norm))  # (gated on its words: most lines stop there)
    if len(found) < 2 or _THEIR_SIDE_TOO.search(norm) is not None:
        return None
    return norm[found[0].start() : found[-1].end()]


def put_down(norm: str) -> str | None:
    """The words that talk down to them ("are you deaf?", "your loss", "I suppose I can
    fit you in"), or None."""
    return _PUT_DOWN.find(norm) or _THEIR_FAULT.find(norm)


# After "come on": the caller's own name, as a tease ("come on, it's dev patel!").
_TEASE = Lazy(r",?\s+(?:it's|its|it\s+is|this\s+is)\s+(?P<name>[A-Za-z][a-z'-]+)\b")


def _teases(norm: str, at: int) -> bool:
    found = _TEASE.match(norm, at)
    return found is not None and found.group("name").lower() in first_names()


# Their own plans, said to stand in the way of ours: "if anything's in the way", "if
# something clashes", "if you've got something on".
_THEIR_PLANS_IN_THE_WAY = Lazy(
    r"(?i)\b(?:in\s+the\s+way|clash(?:es)?|conflicts?|(?:something|anything)(?:'s|s|\s+is)?\s+(?:on|booked|planned))\b"
)


# A condition opening the sentence before the words: what follows is their choice.
_IF_BEFORE = Lazy(r"(?i)\bif\b[^.!?]*$")


# Their no in their words, said to be fine: "and if you would rather not, thats totally
# fine", "if you're not up for it, no worries" (a rule of its own, on its own words).
_THEIR_NO_FINE = Rule(
    r"\bif\s+(?:(?:you'd|youd|you\s+would)\s+rather\s+not|(?:you're|youre|you\s+are)\s+not\s+(?:up\s+for\s+it|keen|interested|feeling\s+it)"
    r"|you\s+(?:don't|dont|do\s+not)\s+(?:want|feel\s+like)\s+(?:to|it))\b"
    r"(?=,?\s+(?:then\s+)?(?:(?:that's|thats|that\s+is|it's|its)\s+)?(?:(?:completely|totally|perfectly|absolutely|\w+ly)\s+)?(?:fine|ok|okay|cool|all\s+good|no\s+problem|no\s+worries)\b)",
    "rather keen interested feeling want feel up",
)


# ... or their own person left standing: "if you already have someone great, totally fine"
# (a part of its own, on its words).
_THEIR_PERSON_FINE = Rule(
    r"\bif\s+(?:you\s+(?:already\s+)?(?:have|got)|you've\s+(?:already\s+)?got)\s+(?:someone|somebody)"
    r"(?:\s+(?:great|good|you\s+(?:like|trust|love)|already|in\s+place))?,?\s+(?:(?:that's|thats|that\s+is|it's|its)\s+)?"
    r"(?:(?:completely|totally|perfectly|absolutely|\w+ly)\s+)?(?:fine|ok|okay|alright|all\s+right|cool|no\s+problem|no\s+worries|understood)\b",
    "someone somebody",
)


def easy_out(norm: str) -> str | None:
    """The words that make it easy to say no ("no pressure", "if it's a no, no worries"), or
    None."""
    if not has_any(lowercase(norm), _EASY_OUT_KEYS):
        return None
    return (
        first_match(_EASY_OUT, norm) or _THEIR_NO_FINE.find(norm) or _THEIR_PERSON_FINE.find(norm)
    )


# The door left open for them to come back later, on their terms: "if anything changes, you
# have my number", "if it becomes useful later, just call me", "whenever the evenings get
# heavy, give me a ring" (a condition of theirs, then a way to reach us).
_DOOR_OPEN = Lazy(
    r"(?i)\b(?:if|when|whenever|once|should|anytime|any\s+time)\b"
    # (not a call back asked for now: "when you get a chance, call me", "if you have a
    # minute, ring me")
    r"(?!\s+(?:you\s+(?:have|get|got|find)\s+(?:a\s+)?(?:quick\s+|spare\s+)?(?:time|minute|moment|sec|second|chance)"
    r"|(?:you're|youre|you\s+are)\s+(?:free|back|available)|(?:it's\s+)?(?:possible|convenient))\b)[^.!?;]{0,80}?"
    r"(?:(?:you\s+(?:have|'ve\s+got|got|already\s+have)|you've\s+got)\s+my\s+(?:number|details|card|email|contact)"
    r"|\b(?:just\s+)?(?:call|ring|phone|text|whatsapp|email|e-mail)\s+me\b|give\s+me\s+a\s+(?:call|ring|shout|buzz|bell)"
    r"|let\s+me\s+know|get\s+in\s+touch|reach\s+out|i'm\s+(?:here|around|easy\s+to\s+find|a\s+phone\s+call\s+away)"
    r"|my\s+door\s+is\s+(?:always\s+)?open)"
    # ... or the number first, the condition after: "you have my number if things change"
    r"|\byou\s+(?:have|'ve\s+got|got)\s+my\s+(?:number|details|card|contact)\s*,?\s+(?:if|whenever|for\s+(?:later|when|whenever|anytime))\b"
)
_DOOR_OPEN_KEYS = (
    "if ",
    "when",
    "once ",
    "should ",
    "any time",
    "anytime",
    "you have my",
    "got my",
)
# ... and a way back to us: every match has one of these too
_DOOR_REACH_KEYS = (
    " my number",
    " my details",
    " my card",
    " my email",
    " my contact",
    " me ",
    " me,",
    " me.",
    " me!",
    " me?",
    " me;",
    " a call",
    " a ring",
    " a shout",
    " a buzz",
    " a bell",
    " know",
    " in touch",
    " reach out",
    "i'm here",
    "i'm around",
    "easy to find",
    "phone call away",
    "door is",
)


def door_open(norm: str) -> str | None:
    """The words that leave the door open for them to come back later ("if anything
    changes, you have my number"), or None."""
    low = lowercase(norm)
    if not has_any(low, _DOOR_OPEN_KEYS) or not has_any(low + " ", _DOOR_REACH_KEYS):
        return None
    found = _DOOR_OPEN.search(norm)
    return found.group() if found else None


def greeting(norm: str) -> str | None:
    """The greeting that opens the line ("hi", "good morning"...), or None."""
    return first_match(_GREETING, norm)


def goodbye(norm: str) -> str | None:
    """The words that close the call ("bye", "have a good day", "take care", "thanks, I'll
    call her then", "talk Thursday"...), or None."""
    if "?" not in norm:
        return (
            first_match(_GOODBYE, norm)
            or _GOODBYE_MORE.find(norm)
            or _stays_in_touch(norm)
            or _signs_off(norm)
            or _wish_to_close(norm)
            or _CLOSING_LAST.find(norm)
            or _parting_of_a(norm)
            or _GIVES_UP.find(norm)
        )
    # "...and then you decide whether we talk later?" asks; it does not leave.
    if _GOODBYE_WORDS.isdisjoint(word_set(lowercase(norm))):
        return None  # a sentence's words are some of its line's: none can say goodbye
    for sentence in sentences(norm):
        if not is_question(sentence):
            found = (
                first_match(_GOODBYE, sentence)
                or _GOODBYE_MORE.find(sentence)
                or _stays_in_touch(sentence)
            )
            if found:
                return found
    # "could you leave me a review? it really helps. anyway, happy birthday": the wish said
    # last, after what followed the question
    tail = norm[norm.rfind("?") + 1 :]
    return _wish_to_close(tail) or _CLOSING_LAST.find(tail)
