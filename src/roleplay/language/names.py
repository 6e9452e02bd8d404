"""Names: the rep introducing themself ("this is Dana Ruiz", "Dana from Acme", "Dana here"),
and the prospect asking who is calling ("who's this?", "and you are?").

Company names are told apart from people's names by their words ("Acme Staffing",
"Kestrel Landscaping", "ExpoCraft"), and a bare name counts as an introduction only as
the answer to a who's-calling question.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from roleplay.language import precompiled
from roleplay.language.repair import (
    BUSINESS_WORDS,
    NAME_SYLLABLES,
    OWNERS_BEFORE_ITS,
    PAST_PARTICIPLES,
    SURNAME_PARTICLES,
    business_word,
    first_names,
    no_firm_after_at,
    plain_word,
)
from roleplay.language.text import (
    Lazy,
    Rule,
    first_match,
    fold_accents,
    has_any,
    in_case_of,
    lowercase,
    normalise,
    word_set,
)

# The last part of a brand made of two words run together ("StockSmart", "ByteHarbor",
# "CyberGuard", "PayHub"): no first name ends in one of these, so a lower-case word that
# does, and is no known name, is a company ("this is stocksmart calling").
_BRAND_HEADS = (
    "smart harbor harbour guard soft ware works hub stack flow sync logic desk cloud tech labs"
    " base pay bot ify wise point gate grid link path bridge box kit scan track supply supplies express"
).split()
_BRAND_ENDINGS = tuple(_BRAND_HEADS)
#: The stems brands are coined from, at the start of a word ("Medivance", "Hydrocore",
#: "Agrilink"): with four letters or more after them, and no known name, a brand.
_BRAND_STARTS = tuple(
    "medi pharma bio eco agri aqua hydro thermo electro cyber omni opti nutri tele info data"
    " enviro techno".split()
)


def _brand_word(low: str) -> bool:
    """Is ``low`` a run-together brand ("stocksmart", "byteharbor", "medivance"), not a
    known name?"""
    # (each tuple tried whole first, in C: most words have none of its heads or stems)
    return (
        (
            low.endswith(_BRAND_ENDINGS)
            and any(low.endswith(head) and len(low) >= len(head) + 3 for head in _BRAND_HEADS)
        )
        or (
            low.startswith(_BRAND_STARTS)
            and any(low.startswith(stem) and len(low) >= len(stem) + 4 for stem in _BRAND_STARTS)
        )
    ) and low not in first_names()


def _brand_alone(low: str) -> bool:
    """Is the one word said as a name a brand: run together ("Medivance"), or coined on
    "-ly" ("this is Pollenly out of Fresno") when no first name is spelt so? (Not "-lly",
    a surname's: "this is Donnelly"; nor said of a surname after a first name.)"""
    return _brand_word(low) or (
        len(low) >= 6
        and low.endswith("ly")
        and not low.endswith("lly")
        and low not in first_names()
    )


#: Capitalised words that are not names ("I'm Sorry", "this is Monday", "it's Just...",
#: Jamaican "Mi calling because ...": "mi", "wi", "unu" are I, we and you all; "yes sah" is
#: "yes sir").
_NOT_NAMES = (
    frozenset(
        """
    i i'm the a an hi hey hello good morning afternoon evening sorry just not so well great thanks thank
    yes no okay ok sure glad happy here there this that it we you they he she our your my his her their
    also really actually still back fine busy right sir ma'am madam calling reaching following returning
    trying looking with from about regarding for of in on at by to into monday tuesday wednesday thursday friday saturday sunday
    january february march april may june july august september october november december today tomorrow
    tonight now again only quick quickly calling going doing speaking one two three four five six seven
    eight nine ten first last next new old big little very so-and-so everyone everybody nobody somebody
    someone anyone mister miss mrs mr ms dr doctor team office front desk reception receptionist voicemail
    customer client prospect rep manager owner boss hope wondering afraid excited interested free available
    ready sure certain confused lost late early what who why how when where which whose is are was were
    be been being do does did have has had can could would will should may might must shall yeah yep nope
    well oh uh um er hmm wow cool nice perfect absolutely totally exactly definitely probably maybe same
    anytime whenever sometime someday sometimes always never
    haba chai jare sef abi walahi ehn
    we're i've we've you're they're he's she's it's that's there's here's what's let's who's most some
    many any all both each every none more less me us him them myself ourselves
    said says told asked asks mentioned thinks thought wants wanted needs needed suggested reckons
    anyway anyways anyhow listen look honestly seriously basically wait besides meanwhile plus then
    ha hah haha hahaha heh hehe lol lmao aha ahh ooh hm fair true
    mi wi unu sah
    ah aah eh aw erm ahem ugh meh huh mm mmm ay sige
    awesome fantastic wonderful excellent brilliant lovely super amazing gotcha understood alright
    terrific certainly indeed agreed marvellous marvelous
    gosh geez jeez gee golly goodness dang darn shoot oops whoops yikes whoa blimey crikey heck jeepers omg
    bye byee goodbye byebye cheers ciao cya ttyl later laters adios farewell goodnight night nite
    ji sahib saheb sahab bhai sensei sama
    ag ja eish yoh haibo aiyo aiyoh aiya alamak wah walao lah leh lor ey eyy ayy oy oi och ach aye mmf
    hau yebo sho shame howzit boet bru lekker hai arre arey acha accha haan oho abey yaar chalo
    wahala abeg oya ehen ehn yalla wallah inshallah habibi yo yoo sheesh dude mate bro bruv blud
    fam innit ya yah yup yeh aight welp whew phew hiya heya howdy
    """.split()
    )
    | PAST_PARTICIPLES
)  # "it's grown from there"; a title of respect after a name is no surname ("Arjun ji")

# A name word: "Dana", "O'Neill", "Jean-Luc", "McKenzie", "DeShawn". It may carry one inner
# capital (brands too: "ExpoCraft" -- _is_company_like tells them apart), and it must end the
# word, so a brand is never read as the person "Expo".
_NAME_TOKEN = r"(?:(?:Mc|Mac|[A-Z]')?[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:[-'][A-Z]?[a-z]+)*(?![^\W\d_]))"
# After a particle, an Irish surname may open on a lower-case letter before its capital:
# "Fergal Mac an tSaoi", "Aoife Ní hAodha".
_MUTATED_TOKEN = r"(?:(?:t|n|h|bh|gc|dt)[A-Z][a-z]+(?![A-Za-z]))"
_PARTICLE = (
    "(?:"
    + "|".join(
        [*sorted(SURNAME_PARTICLES), "ni", "nic", "an", "O", "Ni", "Nic", "Ui", "Ua", r"st\."]
    )
    + ")"
)
# (one or two particles before a surname: "Ana da Silva", "Liesl van der Berg")
_PARTICLE_WORD = Lazy(_PARTICLE)
_NAME = rf"{_NAME_TOKEN}(?:\s+(?:(?:{_PARTICLE}\s+){{1,2}}{_MUTATED_TOKEN}|(?:{_PARTICLE}\s+){{0,2}}{_NAME_TOKEN})){{0,2}}"
_TITLE = r"(?:(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.?\s+)?"

# A pause or a filler where a name is about to be said: "-- uh, ", "... um ".
# (Not a fresh start: "this is -- its from zenbook" says no name.)
_PAUSE_FILLER = (
    r"(?:\s*(?:--?|[—–]|\.{2,3}|…))?\s+(?:(?:uh|um|er|erm)\b[,.]*\s+)*"
    r"(?!(?:it's|its|it|i'm|im|this|that|we|we're|our|the)\b)"
)
# The leads of a name as Cameroon and its Pidgin say them: "my names are Ekane Mokube", "my
# name na Itoe Mbella", and "na" for "it's" opening a clause ("good afternoon sister. na Peter
# Agbor from ActivGuard"); one fragment for the mixed-case and the lower-case rules.
_CAMEROON_LEADS = r"my\s+names\s+are|my\s+name\s+na|(?:^|(?<=[.!?,;:]\s))na"
# "this is Dana Ruiz", "it's Dana", "my name is Dana", "I'm Dana"; the name is case-sensitive.
_INTRO_LEAD_LEAD = (
    # ("it's me, Kofi", "it is me Moumouni": the caller's voice, then the name)
    r"\b(?:this\s+is|this's|this\s+here(?:'s|\s+is)|it's(?:\s+me\b,?)?|it\s+is(?:\s+me\b,?)?|my\s+name\s+is|my\s+name's|name's|i'm|i\s+am|myself|"
    rf"{_CAMEROON_LEADS}|"
    # (asked, not said: "do you have Spanish-speaking staff?", "if you have Jean-Luc there")
    r"(?:you're|you\s+are)\s+(?:speaking|talking)\s+(?:with|to)|(?<!\bdo\s)(?<!\bdid\s)(?<!\bif\s)(?<!\bso\s)(?<!\bwould\s)(?<!\bcould\s)"
    r"(?<!\bdon't\s)(?<!\bdont\s)(?<!\bwhen\s)(?:you've\s+got|you\s+have)"
    # "sorry, I should say who it is: Tom Fairweather"
    r"|who\s+(?:it\s+is|this\s+is|i\s+am|is\s+calling|'s\s+calling)\s*[:,]|who\s+i\s+am\s*[:,]?)"
    # (a pause or a filler before the name: "this is -- uh, Haruka Sato")
    rf"{_PAUSE_FILLER}"
    # who we are to them, then the name: "it's your old friend Bev", "this is your account
    # manager Dana Ruiz"
    r"(?:your\s+(?:old\s+|good\s+|friendly\s+)?(?:friend|buddy|pal|mate|neighbou?r|colleague|contact|rep|account\s+manager)\s+)?"
)
_INTRO_LEAD = Lazy(rf"(?i:{_INTRO_LEAD_LEAD})(?P<name>{_TITLE}{_NAME})")
# The lead of :data:`_INTRO_LEAD`, in lower case, and the name after it: ASCII text is searched
# for the lead alone (on lower-cased text, several times faster than the mixed-case rule), and
# the name is matched where each lead ends.
_INTRO_LEAD_WORDS = Lazy(_INTRO_LEAD_LEAD)
_INTRO_LEAD_NAME = Lazy(rf"(?P<name>{_TITLE}{_NAME})")
# A dash between words, typed as "-", "--", an en dash or an em dash: a pause.
_DASH = r"\s(?:--?|[—–])"
# "Dana Ruiz here", "Dana speaking", "Dana calling" at the start of a clause.
# (Jamaican "a" for "it's" may lead it: "a Winston Brown dis, from ...", "dis" read "here")
_INTRO_HERE = Lazy(
    rf"(?:^|[.!?,;:]\s*|{_DASH}\s*|(?i:\b(?:hi|hey|hello|morning|afternoon)\b),?\s+)(?:a\s+)?(?P<name>{_NAME})"
    # (Indian English "Harpreet Sandhu this side")
    # (not "here is ...", which opens a clause of its own: "Mrs. Lindner, here is calling ...")
    # (or "on the line", then a pause: "Franck Digbeu on the line, the designer of ...")
    # (or Pidgin "dey call": "Morning Mercy. Ofem Oyama dey call, from Kakwagom Feeds")
    r"(?i:,?\s+(?:here(?!\s+is\b)|speaking|calling|dey\s+call(?:ing)?|this\s+side|bol\s+rah[ai]\s+(?:hoon|hun|hu)|on\s+the\s+line(?=\s*[,.;!-]))\b)"
)
# A greeting or a title just before a name: what comes after it, ", calling from...", is
# said to the one addressed ("hi Dr. Okafor, calling from Summit"), not by them.
_ADDRESSED_THEN_CALLING = Lazy(
    r"(?i)(?:\b(?:hi|hey|hello|morning|afternoon|evening)\s+|\b(?P<title>dr|mr|mrs|ms|mx|prof)\.?\s*)$"
)
# "Ahmed Qureshi from Orbit Office Equipment" at the start of a clause, not "Dana from
# accounting told me...".
_INTRO_FROM = Lazy(
    # (English learned late may lead with "here is": "Here is Pawel Nowak from Solidex")
    # (or after a word that answers, and with a pause before the firm: "ya Remi, from
    # Ledgerly", said back to "who is it?": the pause checked below)
    # (or "here is" after the name of the one asked for, a sentence begun after a dropped
    # stop: "Good morning, is Mr. Hughes Here is Pawel Nowak from Solidex", checked below)
    rf"(?:^|[.!?,;:]\s*|{_DASH}\s*|(?P<mid>\s)(?=(?i:here)\s+is\s))(?:(?i:here\s+is|(?:yes|yeah|ya|yep|sure|ok|okay|oh|um|uh|sorry)\W+)\s*)?"
    # (the name said again: "Hi Bang Jali, Wei Ling again, from KedaiPro")
    rf"(?P<name>{_NAME})(?:\s+(?i:again))?(?P<pause>,)?(?i:\s+(?:from|with|at|over\s+at)\s+)"
    r"(?P<company>[A-Z0-9][\w&'-]*(?:\s+[A-Z0-9][\w&'-]*){0,4})(?P<after>[^.!?]{0,30})"
)
# The name to pass on, said as the answer to "who should I say is calling?": "tell him kojo
# arthur from westline boilers", "just tell her it's Ama, from Crestline".
_TELL_THEM_NAME = Lazy(
    r"(?i)^\W*(?:(?:ok|okay|yes|please|pls|just|oh)\W+)*(?P<said>tell\s+(?:him|her|them)\s+(?:(?:it's|its|it\s+is)\s+)?"
    r"(?P<name>[a-z][a-z'-]+(?:\s+[a-z][a-z'-]+)?)),?\s+(?:from|with|of)\s+[^.!?]*?"
    r"(?:[.!?]|$)(?<!\bcalled[.!?])(?<!\bcalled)"
)
# ... or a whole name, capitalised, then a pause: "Tell him Yakubu Nyeze, he knows me well"
_TELL_THEM_FULL_NAME = Lazy(
    r"^\W*(?:(?i:ok|okay|yes|please|pls|just|oh)\W+)*(?P<said>(?i:tell\s+(?:him|her|them))\s+(?P<name>[A-Z][a-z'-]+\s+[A-Z][a-z'-]+))"
    r"(?=\s*(?:[,.!;]|$))"
)
# A greeting, then a whole name as a sentence of its own (or before where from): "Good
# morning. Yakubu Nyeze. Is Mr. Awe on seat?", "Good evening ma. Rifkatu Aboki, from the cold
# room by the abattoir." (the words checked where it is used)
_GREETED_THEN_NAME_ALONE = Lazy(
    r"^\W*(?i:good\s+(?:morning|afternoon|evening|day)|hello|hi|morning|afternoon|evening)"
    # (the one called may be named, and the pause may be a dash; typed in lower case too:
    # "hi dana — tachio bako. we connected on linkedin")
    r"(?:\W+(?i:sir|ma|madam|ma'am|mr\.?\s+[a-z'-]+|mrs\.?\s+[a-z'-]+|ms\.?\s+[a-z'-]+|[a-z][a-z'-]+))?\s*(?:[.!]|\s-{1,2})\s+"
    r"(?P<said>(?P<first>[A-Za-z][a-z'-]+)\s+(?P<last>[A-Za-z][a-z'-]+))\s*(?:\.|,\s+(?i:from|with|at)\b)"
)
# A lead and a whole name, the sentence ending there, early in a line typed in lower case:
# "dana, good morning. this is nanven gomwalk. you invited me ...", "hi. its tachio bako -
# we met at ..." (the words checked where it is used: no everyday word; one word only when
# its letters are spelled out after it, "this is nanven - n-a-n-v-e-n - gomwalk")
_INTRO_LOWER_SENTENCE = Lazy(
    r"(?:^\W*|[.!,]\s+)(?:this\s+is|it's|its|it\s+is|i'm|im|i\s+am)\s+"
    r"(?P<name>[a-z][a-z'-]+(?:\s+[a-z][a-z'-]+)?)(?=\s*(?:[.!]|$)|\s+-{1,2}\s|\s*[—–])"
)
_SPELLED_AFTER = Lazy(r"\s*(?:-{1,2}|[—–,])?\s*((?:[a-z](?:\s*[-.]\s*|\s+)){2,}[a-z])\b")
_SENTENCE_NAME_LEADS = ("this is", "it's", "its", "it is", "i'm", "im ", "i am")
# A title after a word it is the object of, ending where the name starts: "to Mrs.", "for
# Dr.", "ask Mr." (the dot read as a stop by _INTRO_FROM).
_TITLE_AS_OBJECT = Lazy(
    r"(?i:\b(?:to|for|with|ask|tell|call|email|from|and|or|by|of|at|letter|note|cc)\s+(?:mrs|mr|ms|dr))$"
)
# "here is" and a full name, as English learned late says "this is": "Hello Gloria, here is
# Tomasz Kowalczyk, I did your menu boards" (a known first name and a surname, then a pause)
_INTRO_HERE_IS = Lazy(
    # (or "speaking" after it: "here is Katrin Vogel speaking")
    rf"(?:^|[.!?,;:]\s*|{_DASH}\s*)(?i:here\s+is)\s+(?P<name>{_NAME_TOKEN}\s+{_NAME_TOKEN})(?=\s*[,.!;:]|\s*$|{_DASH}|\s+(?i:speaking|calling)\b)"
)
_NAME_THEN_WHO_TO_YOU = Lazy(
    r"(?i)\b(?P<said>(?:this\s+is|it's|its|it\s+is)\s+(?P<name>[a-z][a-z'-]+))(?:,\s+[a-z][a-z'-]+)?,\s+(?:your|ur)\s+"
    r"(?:old\s+|former\s+|ex-?)?(?:colleague|friend|classmate|schoolmate|neighbou?r|mate|teammate|roommate|flatmate"
    r"|coworker|co-worker|workmate|student|teacher|designer|accountant|supplier)\b"
)
# Who the caller is, after the name: ", graphic designer", ", the owner of ...", " from Acme".
_ROLE_AFTER_NAME = Lazy(
    r"\s*,\s*(?:(?:a|an|the|your)\s+)?(?:[A-Za-z-]+\s+){0,2}(?i:designer|manager|director|owner|founder|consultant"
    r"|engineer|representative|rep|agent|advisor|adviser|accountant|planner|photographer|architect|developer"
    r"|supplier|builder|printer|coach|trainer|recruiter|partner|editor|producer|contractor)"
    r"(?=\s*[,.;:!?]|\s*$|\s+(?i:at|of|from|with|for|in)\b)"
    r"|\s*,?\s+(?i:from|with|at)\s+[A-Z]"
)
_WEEKDAY_CAP = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|Today\b|Tomorrow\b|Next\b|This\b"
# "Keith Darrow for Ms. Ferrante, please." -- a first and last name asking a gatekeeper
# for someone, at the start of a clause, the person asked for ending the clause.
_INTRO_FOR = Lazy(
    rf"(?:^|[.!?,;:]\s*)(?P<name>{_NAME_TOKEN}\s+{_NAME_TOKEN})\s+for\s+(?!{_WEEKDAY_CAP}){_TITLE}{_NAME_TOKEN}"
    r"(?:\s+[A-Z][a-z]+)?(?=\s*(?:,\s*please\b|please\b|[.!?]|$))"
)
_FOR_NAME = Lazy(r" for [A-Z]")  # a quick test before :data:`_INTRO_FOR`
_INTRO_HERE_WORDS = frozenset({"here", "speaking", "calling", "side", "bol", "line", "dey"})
_INTRO_FROM_WORDS = frozenset({"from", "with", "at"})
# What every match of :data:`_INTRO_HERE` / :data:`_INTRO_FROM` contains: a capitalised word
# and the cue word after it. Found with a scan that only stops at capitals, they spare most
# lines ("I'm calling about...", "we work with clinics") the costly rules.
_HERE_CUE = Lazy(
    r"[A-Z][a-z][\w'-]*(?i:,?\s+(?:here|speaking|calling|dey\s+call|this\s+side|bol\s+rah[ai]|on\s+the\s+line)\b)"
)
_FROM_CUE = Lazy(r"[A-Z][a-z][\w'-]*(?i:(?:\s+again)?,?\s+(?:from|with|at|over\s+at)\s+)[A-Z0-9]")
_REFERRAL_VERB = Rule(
    # (not what they or we did: "Thaddeus Mwangi, you sent me a request on linkedin")
    r"^\W*(?!(?:you|i|we)\s)(?:\w+\s+){0,3}?(?:told|said|asked|suggested|mentioned|recommended|referred|gave|sent)\b"
    # ... or told in the present, as English learned late tells it: "petru manol from wine
    # fair, he say to call you"
    r"|^\W*(?:he|she|they)\s+(?:say|says|tell|tells)\s+(?:me\s+|us\s+)?to\s+(?:call|ring|phone|contact)\b"
)
# ... unless, after a pause, another named person does the referring: "Tomas Reyes with
# Fernway, Priya Nair suggested I call" introduces Tomas.
_OTHER_REFERRER = Lazy(
    r"^\s*[,;:-]\s*(?:(?:Dr|Mr|Mrs|Ms)\.?\s+)?[A-Z][a-z'-]+(?:\s+[A-Z][a-z'-]+)?\s+"
    r"(?:told|said|asked|suggested|mentioned|recommended|referred|gave|sent)\b"
)


def _refers_away(after: str) -> bool:
    """The words after a name say someone else is being named: "Anders from AP suggested..."."""
    return _REFERRAL_VERB.match(after.lstrip(" ,")) is not None and not _OTHER_REFERRER.match(after)


# "Raj Patel, Cobalt Labs." / "Jordan Reyes, Frostline. I'm calling about..." -- a first and
# last name opening the line or a clause after a dash ("it's for Renata - Dev Malik, Coldway."),
# or following a greeting ("hi -- Bo Lind, Tidemark"; "hi dr amari, Marcus Bell, Chairside":
# a word of address after the greeting may be typed in any case), then a company name, then
# a pause.
_GREETING_LEAD = (
    r"(?i:\b(?:hi|hey|hello|hiya|yo|morning|afternoon|evening|good\s+(?:morning|afternoon|evening))\b)"
    r"(?:\s+(?i:(?:dr|mr|mrs|ms|mx|prof)\.?\s+)?[A-Za-z][\w'-]*)?(?:,|\s+-)?\s+"
)
# (after a word that only fills the pause: "oh -- Noor Haddad, with Crestway Uniform")
# (not the stop of a title: "we have Mr. Mark Delaney, Marketing Manager, ..." reads a record)
_CLAUSE_START = rf"(?:^\W*(?:(?i:oh|ah|um|uh|erm|yeah|yes|yep|sure|right|ok|okay|sorry)\W+)*|[.!?](?<!\bMr\.)(?<!\bMrs\.)(?<!\bMs\.)(?<!\bDr\.)\s+|{_DASH}\s+)"
_INTRO_COMMA = Lazy(
    rf"(?:{_GREETING_LEAD}|{_CLAUSE_START}(?:{_TITLE}{_NAME_TOKEN},\s+)?)"
    rf"(?P<name>{_NAME_TOKEN}\s+{_NAME_TOKEN})(?:,|\s+-)\s+(?:(?:with|from|at)\s+)?(?P<company>[A-Z0-9][\w&'-]*(?:\s+[A-Z0-9][\w&'-]*){{0,3}})"
    # (or where the firm is: "Erwan Kerhervé, from Armor Seaweed Labs in Roscoff, ...")
    r"(?=\s*[.!?,;:-]|\s+here\b|\s+in\s+[A-Za-z]|\s*$)(?P<after>[^.!?]{0,40})"
)
# Every match of :data:`_INTRO_COMMA` contains this: a quick test before it.
_COMMA_NAME_CUE = Lazy(r"[A-Z][\w'-]*\s+[A-Z][\w'-]*(?:,|\s+-)\s+(?:(?:with|from|at)\s+)?[A-Z0-9]")
# The same with the name typed in lower case and the company not ("hi Dr Amari, marcus
# bell, Chairside Cloud"): speech-to-text and phone keyboards capitalise brands, not people.
# The first word must be a known first name. Found from the comma after the name (the cue),
# so a line is scanned once in C; the words around a cue are then read one by one.
_LOWER_NAME_CUE = Lazy(r"[a-z],\s+(?:(?:with|from|at)\s+)?(?=[A-Z0-9])")
_LOWER_NAME_WORD = Lazy(r"[a-z][a-z'-]+")
# What may stand before the name: nothing, a pause, or a greeting and a word of address.
_LOWER_NAME_LEAD = Lazy(
    r"(?:[,.!?]|\s-|^-|(?i:\b(?:hi|hey|hello|morning|afternoon|evening)\b)"
    r"(?:\s+(?i:(?:dr|mr|mrs|ms|mx|prof)\.?\s+)?[A-Za-z][\w'-]*)?,?)$"
)
_LOWER_NAME_COMPANY = Lazy(
    r"(?P<company>[A-Z0-9][\w&'-]*(?:\s+[A-Z0-9][\w&'-]*){0,3})(?=\s*[.!?,;:-]|\s*$)(?P<after>[^.!?]{0,40})"
)


def _lower_case_names(text: str) -> Iterator[tuple[str, str]]:
    """(name, evidence) for "marcus bell, Chairside Cloud" in a line that is not all lower case."""
    for cue in _LOWER_NAME_CUE.finditer(text):
        head = text[: cue.start() + 1].rsplit(None, 2)
        if len(head) < 2:
            continue
        first, last = head[-2], head[-1]
        if not (_LOWER_NAME_WORD.fullmatch(first) and _LOWER_NAME_WORD.fullmatch(last)):
            continue
        if len(head) == 3 and not _LOWER_NAME_LEAD.search(head[0]):
            continue
        company = _LOWER_NAME_COMPANY.match(text, cue.end())
        if company is None:
            continue
        after = company.group("after")
        if (
            _refers_away(after)
            or _LIST_GOES_ON.search(after)
            or after.rstrip().endswith("?")
            or text[company.end() : company.end() + 1] == "?"
        ):
            continue  # someone else named, a list of people, or a question
        if (
            first in first_names()
            and first not in _NOT_NAMES
            and last not in _NOT_NAMES
            and last not in BUSINESS_WORDS
        ):
            start = text.rfind(first, 0, cue.start() + 1 - len(last))
            yield (
                f"{first.capitalize()} {last.capitalize()}",
                text[start : company.end("company")],
            )


# All in lower case, the company too, its last word a business word: "will do -- adaeze
# okonkwo, ledgerline freight audit", "marcus bell, from tern logistics". Where a clause
# starts (or after the one greeted: "hey nadia, kalo wilson, ridgeway, 555-0163", a firm of
# any name then the number); both words checked below (a first name the list knows, or two
# no list knows).
_LOWER_NAME_BUSINESS = Lazy(
    r"(?:^\W*(?:(?:oh|ah|um|uh|yeah|yes|sure|ok|okay|hi|hey|hello|will\s+do|sure\s+thing|you\s+got\s+it)\W+)*"
    r"|^\W*(?:hi|hey|hello|hiya|good\s+(?:morning|afternoon|evening)|morning|afternoon)\s+[A-Za-z][a-z'-]+,\s*"
    r"|[.!?;]\s+|\s--?\s+|[—–]\s*)"
    r"(?!(?:hi|hey|hello|hiya|morning|afternoon|evening|good)\s)(?P<first>[a-z][a-z'-]+)\s+(?P<last>[a-z][a-z'-]+),\s+(?:(?:with|from|at|over\s+at)\s+)?"
    r"(?P<company>(?:[a-z0-9][\w&'-]*\s+){0,3}(?P<end>[a-z][\w&'-]*))(?=\s*[.!,;:]|\s+-|\s*$)"
)


_NUMBER_NEXT = Lazy(r",\s*\+?\(?\d{2,4}\)?[\s.-]?\d{2,4}[\s.-]?\d{2,4}\b")


def _lower_name_and_business(text: str) -> Iterator[tuple[str, str]]:
    """(name, evidence) for "adaeze okonkwo, ledgerline freight audit" typed all in lower case."""
    for match in _LOWER_NAME_BUSINESS.finditer(text):
        first, last = match.group("first"), match.group("last")
        end = match.group("end")
        if len(end) < 3 or business_word(last):
            continue
        if end not in BUSINESS_WORDS and not _NUMBER_NEXT.match(text, match.end("company")):
            # (a firm of any name, then the number to call back: "hey nadia, kalo wilson,
            # ridgeway, 555-0163", as a voicemail opens)
            continue
        if first in _NOT_NAMES or last in _NOT_NAMES or plain_word(last):
            continue
        if first in first_names() or (_could_be_a_name(first) and _could_be_a_name(last)):
            yield (
                f"{first.capitalize()} {last.capitalize()}",
                text[match.start("first") : match.end("company")],
            )


_VOCATIVES = frozenset({"ma'am", "maam", "sir", "madam", "miss", "mate", "folks"})
_SHARED_PAST_AFTER = Lazy(
    # (or "work together", the past said in the present: "we work together 4 years before")
    r",\s+(?:we|you\s+and\s+(?:i|me))\s+(?:worked|work\s+together|met|spoke|talked|used\s+to|did|studied|played|were|served|trained)\b"
    # ... or how long it has been: "hey rob its ngeh, long time", "..., it's been ages"
    r"|,\s+(?:long\s+time(?:\s+no\s+(?:see|talk|hear|speak))?|(?:it's|its|it\s+has)\s+been\s+(?:a\s+(?:while|minute|long\s+time)|ages|too\s+long|forever|years))\b"
    # ... or the work the caller did for them: "hi gloria its tita, i did the menu boards for
    # your bakery two yrs ago"
    r"|,\s+[iI]\s+(?:did|made|designed|built|painted|printed|installed|fixed|shot|wrote|catered|supplied)\s+"
    r"(?:the\s+|your\s+)(?:[\w'-]+\s+){0,3}?(?:for\s+(?:you|your)\b|(?:\w+\s+){0,3}?(?:ago|last\s+\w+|in\s+\d{4}))"
)
# (or "here" and where from after it: "hello Marco, good morning, is Luca Zanier here, from
# Frigo Zanier")
_IS_NAME = Lazy(
    r"(?:^|[.!,]\s+)(?P<is>[Ii]s)\s+(?P<first>[A-Z][a-z'-]+)\s+(?P<last>[A-Z][a-z'-]+)"
    r"(?:\s*\.(?!\w)|(?P<here>\s+here,?\s+(?:from|with)\s+[A-Z]))"
)
# Greetings of the day in other languages (and in English), which follow the name of the one
# greeted as a company's name would follow the caller's: "olá djenifer, bom dia".
_DAY_GREETINGS = frozenset(
    (
        "bom dia|boa tarde|boa noite|buenos dias|buenos días|buenas tardes|buenas noches|bonjour"
        "|bonsoir|buongiorno|buona sera|buonasera|guten tag|guten morgen|goedemorgen|goedendag"
        "|god morgen|dobar dan|dobro jutro|dzień dobry|kalimera|selamat pagi|selamat siang"
        "|good morning|good afternoon|good evening|salam|salaam|namaste|namaskar|ciao|hola|ola"
        "|olá|hallo|jambo|habari|marhaba|merhaba|kia ora|sawubona"
    ).split("|")
)


def _greeting_said(words: str) -> bool:
    """``words`` are a greeting of the day ("Bom Dia", "Good Morning"), not a firm named
    after one ("Bom Dia Bakery")."""
    return " ".join(words.lower().split()) in _DAY_GREETINGS


_LIST_GOES_ON = Rule(r"^\W*(?:and|or|plus|&)\b|^\s*,\s*[A-Z]?[\w'-]+\s*,")
# Typed practice lines are often all lower case: "hi this is dana from acme".
# The trade words of a firm's name, one alternation built once (in a look-ahead, where any
# word that fits will do: sorted only so that the pattern is the same from run to run).
_BUSINESS_ALTERNATION = "|".join(sorted(BUSINESS_WORDS))
_INTRO_LOWER = Rule(
    rf"\b(?:this\s+is|it's|its|it\s+is|i'm|im|i\s+am|my\s+name\s+is|my\s+name's|{_CAMEROON_LEADS}|my\s+names"
    # ("you are speaking with abiba seidu, from ...")
    r"|(?:you're|youre|you\s+are)\s+(?:speaking|talking)\s+(?:with|to))"
    rf"{_PAUSE_FILLER}"
    r"(?:your\s+(?:old\s+|good\s+|friendly\s+)?(?:friend|buddy|pal|mate|neighbou?r|colleague|contact|rep|account\s+manager)\s+)?"
    # (a last name, not "here": "its oluwadamilare here from fenwick"; perhaps after a
    # particle: "this is mateus de souza with coolpoint")
    # (or two given names and a surname: "its ama serwaa owusu from crestline", checked below)
    # ("calling" is no surname: "it is dieudonne kwanga calling, from suncrest solar")
    rf"(?P<name>[a-z][a-z'-]+(?:\s+(?!here\b|speaking\b|calling\b)[a-z][a-z'-]+(?=\s+(?!speaking\b|calling\b)[a-z][a-z'-]+,?\s+(?:from|with|at)\b))?"
    rf"(?:\s+(?:{_PARTICLE}\s+){{0,2}}(?!here\b|speaking\b|calling\b|this\b|dis\b)[a-z][a-z'-]+)?)"
    # (perhaps spelled out after it, letter by letter: "its ferdi, f e r d i, with stackright")
    # ("speaking" too, a comma after it: "this is bhaskar saikia speaking, from ...")
    r"(?:,?\s+(?P<spelled>(?:[a-z](?:\s+|\s*[-.]\s*)){2,}[a-z])\b\.?,?)?"
    # (Pidgin "dis" and "i be" after it: "na mbua ekwe dis, from meme solar", "na oben ashu
    # i be, from cross river blades")
    r"(?:\s+(?:dis|this|i\s+be|dey\s+call))?"
    r",?\s+(?:from|with|at|here|calling|over\s+at|speaking(?=,\s+(?:from|with|at)\b)"
    # ("on the line", then where from: "its sanni bio on the line, from borgou rechapage")
    r"|on\s+the\s+line(?=,?\s+(?:from|with|at)\b|,\s+(?:the|your)\s))\b"
    # (or after the one greeted: "hi nadia, rufaro here from ridgeway")
    r"|(?:^|\b(?:hi|hey|hello|morning|afternoon|yeah|so|um|uh)\s+|\b(?:hi|hey|hello|hiya|morning|afternoon|evening)\s+[a-z][a-z'-]+,\s*)"
    r"(?P<name2>[a-z][a-z'-]+)\s+here\s+(?:from|with|at|over\s+at|calling)\b"
    # a first and last name starting a clause: "hi desmond, imogen walsh here from keystone"
    # (not the lead of the first alternative: ", its oluwadamilare here from fenwick")
    r"|(?:^\W*|[,.!?;:]\s*|\s-\s*)(?!(?:this|it's|its|i'm|im)\s)(?P<name3>[a-z][a-z'-]+\s+[a-z][a-z'-]+)\s+(?:here\s+(?:from|with|at|over\s+at|calling)|(?:here|on\s+the\s+line)(?=,?\s+(?:from|with|at)\b|,\s+(?:the|your)\s)"
    # (or Pidgin "dey call", then where from: "ofem oyama dey call, from kakwagom feeds")
    r"|dey\s+call(?:ing)?(?=,?\s+(?:from|with|at)\b))\b"
    # a nickname, then the full name: "this is sully, sean sullivan, from bay state"
    r"|\b(?:this\s+is|it's|its|i'm|im|(?:you're|youre|you\s+are)\s+(?:speaking|talking)\s+(?:with|to))\s+[a-z][a-z'-]+,\s+(?P<name4>[a-z][a-z'-]+\s+[a-z][a-z'-]+),?\s+(?:from|with|at|over\s+at)\b"
    # the full name, then the nickname and where from, or what we did together: "its
    # ingrid solberg, inky from the rotary breakfast", "its tobi adeyemi, we worked
    # together at ..." (both words checked below: no everyday words)
    r"|\b(?:this\s+is|it's|its|it\s+is|i'm|im|my\s+names?\s+(?:is|are))"
    rf"{_PAUSE_FILLER}"
    # (a particle may come between: "it is sami ben romdhane, i am the director general")
    # ("ben", "abu", "ould": Arabic "son of", "father of", as the Maghreb writes it)
    rf"(?P<name6>[a-z][a-z'-]+\s+(?:(?:{_PARTICLE}|ben|abu|ould)\s+)?[a-z][a-z'-]+),\s+"
    # (or straight after the pause: "its lwazi mbeki-ndlovu, from stride orthotic lab")
    r"(?:(?:[a-z][a-z'-]+\s+)?(?:from|with|at|over\s+at)\b|we\s+(?:just\s+)?(?:worked|met|used\s+to|spoke|talked|chatted|connected)\b"
    # ... or what they do there: "..., i am the director general of huilerie sahel", "..., i run"
    r"|i\s+(?:did|built|designed|installed|worked|used\s+to|run|own|manage|head|lead)\b|(?:i\s+am|i'm|im)\s+(?:the|a|an|calling|ringing)\b"
    # ... or who they are to them: "it is farai chikwanha, your old colleague"
    r"|(?:your|ur)\s+(?:old\s+|former\s+|good\s+)?(?:colleague|friend|mate|buddy|neighbou?r|classmate|teammate|workmate|roommate)\b"
    # ... or the firm, named by its trade: "its fousseni coulibaly, clearwater bookkeeping."
    rf"|(?=(?:[a-z&'-]+\s+){{0,2}}(?:{_BUSINESS_ALTERNATION})\s*(?:[,.;:!?]|$)))"
    # ... or "of" a firm named by its trade: "this is bisi okonjo of clearwater bookkeeping"
    # (not a title: "i'm head chef of bistro", "i'm vice president of sales")
    r"|\b(?:this\s+is|it's|its|it\s+is|i'm|im)\s+(?!(?:head|senior|vice|general|chief|deputy|assistant|executive|managing"
    r"|associate|junior|lead|regional|national|area|branch|store|office|sales|marketing|co)\s)"
    r"(?P<name8>[a-z][a-z'-]+\s+[a-z][a-z'-]+)\s+of\s+"
    rf"(?=(?:[a-z&'-]+\s+){{0,2}}(?:{_BUSINESS_ALTERNATION})\b"
    # ... or of a firm of one word, then a pause: "this is yaw boateng of ridgeway. we met"
    # (or of a few: "this is mukete ekoko of southwest cargo cover.")
    # (not a time or a thing: "it's due end of the month.")
    r"|(?!(?:the|a|an|this|that|these|those|my|your|our|his|her|their|it|them|us|next|last)\b)[a-z][a-z&'-]+(?:\s+[a-z][a-z&'-]+){0,3}\s*(?:[,.;:!?]|$))"
    # a whole name opening a clause, "of" the firm, and "here": "nadia, good afternoon --
    # elangwe ebong of ridgeway here, on 555-0163" (the name checked below)
    r"|(?:^\W*|[,.!?;:\u2014\u2013]\s*|\s-\s*)(?P<name10>[a-z][a-z'-]+\s+[a-z][a-z'-]+)\s+of\s+(?:[a-z&'-]+\s+){0,2}?[a-z&'-]+\s+here\b"
    # a name, a pause, and the firm named by its trade: "it's bopanna, kaveri cold storage,
    # kushalnagar side" (the name checked below)
    r"|\b(?:this\s+is|it's|its|i'm|im)\s+(?P<name9>[a-z][a-z'-]+),\s+"
    rf"(?=(?:[a-z&'-]+\s+){{1,2}}(?:{_BUSINESS_ALTERNATION})\s*(?:[,.;:!?]|$))"
)
# A friend hailed by name, then the caller's own name and a pause, typed in lower case:
# "kwesi! its atogewe. listen, ...", "rob its drissa." (the hailed name one the list knows; the caller's no
# everyday word and no brand: checked where it is used)
_HAILED_THEN_NAME = Lazy(
    # (or hailed with a comma, or nothing: "rob, its drissa.", "rob its drissa. in denver")
    r"^\W*(?P<hailed>[a-z][a-z'-]+)(?:\s*!+\s*|\s*,\s*|\s+)(?P<said>(?:this\s+is|it's|its|it\s+is)\s+(?P<name>[a-z][a-z'-]+))\s*(?:[.!,;]|$)"
)
# Greeted and addressed, then a whole name alone and a stop: "hi rob, nafissatou soro. i
# will be in denver" (the one greeted a name the list knows; the two words no everyday ones:
# checked where it is used)
_GREETED_THEN_FULL_NAME = Lazy(
    r"^\W*(?:hi|hey|hello|hiya|good\s+(?:morning|afternoon|evening)|morning|afternoon|evening)\s+(?P<hailed>[A-Za-z][a-z'-]+),\s+"
    r"(?P<said>(?P<first>[a-z][a-z'-]+)\s+(?P<last>[a-z][a-z'-]+))\s*(?:[.!;]|,\s+(?i:i|we|i'm|im)\b|\s+-+\s)"
)
# Greeted and addressed, then "this is" and a name, typed on without a pause: "hey naomi this
# is kat doyle clearwater bookkeeping..." (a rule of its own: anchored at the start, it is
# tried once, not at every position of the line as an alternative of the rule above)
_INTRO_LOWER_GREETED = Rule(
    r"^\W*(?:hi|hey|hello|morning|afternoon|evening)\s+[a-z][a-z'-]+,?\s+(?:this\s+is|it's|its|it\s+is)\s+(?P<name5>[a-z][a-z'-]+)\b(?!,?\s+(?:[a-z](?:\s+|\s*[-.]\s*)){2,}[a-z]\b)"
    # (not when a company follows, which _INTRO_LOWER's first alternative reads from "its":
    # "hey joel its tamsin reed from northgate", whatever her first name)
    r"(?!(?:\s+[a-z][a-z'-]+)?,?\s+(?:from|with|at|here|calling|over\s+at)\b)",
    "hi hey hello morning afternoon evening",
)
# One name, then who they are to them: "this is kofi, the bookkeeper you connected with",
# "its mira, your contact from the expo" (the word checked below).
# How a lower-case name with who they are after it is led in ("this is", "it's", "my names
# are"), and a title then of what ("ceo of", "general director at"): for the two rules below.
_ROLE_LEAD = r"\b(?:this\s+is|it's|its|it\s+is|i'm|im|my\s+names?\s+(?:is|are))\s+"
_TITLE_OF = (
    r"(?:[a-z-]+\s+){0,2}?(?:director|manager|owner|founder|co-founder|ceo|cfo|coo|cto|head|partner|president|chairman|chairwoman|md|gm)"
    r"\s+(?:of|at|for|with|from)\b"
)
_INTRO_LOWER_ROLE = Rule(
    # (or the full name: "it is elodie marchand, the graphic designer who made your menus")
    # (its comma perhaps dropped: "its bongmba nfon the graphic designer, i did the menu boards")
    _ROLE_LEAD
    + r"(?P<name7>[a-z][a-z'-]+(?:\s+(?!the\b|your\b)[a-z][a-z'-]+)?),?\s+(?:(?:the|your)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:guy|gal|lady|woman|man|person|one|fellow|contact|friend|neighbou?r|[a-z]+(?:er|or|ist|ant|ian))\b"
    r"(?=,?\s+(?:you|who|that|from|at|with|over|we|i)\b)"
    # ... or a title, then of what: "it is kerim suleimanov, general director of samur fruit"
    r"|" + _TITLE_OF + ")",
    "this its it im i name names",
)
# ... or a name of three words before the title (as Chad gives a name with the father's and
# grandfather's: "this is adoum mahamat kolo, ceo of sahelpay"), or whose friend, named
# ("its brigitte yangba, clarisse's friend, from her sister's wedding", its apostrophe
# perhaps dropped). A rule of its own, on the title's and the friend's words: the one above
# runs on nearly every line, and a longer name costs it on each.
_INTRO_LOWER_ROLE_MORE = Rule(
    _ROLE_LEAD
    + r"(?P<name7>[a-z][a-z'-]+(?:\s+(?!the\b|your\b)[a-z][a-z'-]+){0,2}),?\s+(?:"
    + _TITLE_OF
    + r"|[a-z][a-z-]+(?:'s|s)\s+(?:friend|cousin|colleague|neighbou?r|classmate|schoolmate)\b(?=,?\s+(?:you|who|that|from|at|with|we|i)\b))",
    "director manager owner founder ceo cfo coo cto head partner president chairman chairwoman md gm"
    " friend cousin colleague neighbour neighbor classmate schoolmate",
)
# A first name and "here" opening a line typed in lower case, then a pause: "kofi here,
# quick one" (the word is checked apart: a name the list knows, or no everyday word).
_HERE_OPENS = Lazy(
    r"\W*(?:(?:hi|hey|hello|good|morning|afternoon|evening|yeah|so|um|uh|oh"
    # (greeted in another language: "ram ram mehta-ji, ...", "namaste", "vanakkam")
    r"|namaste|namaskar|namaskaram|vanakkam|ram|salaam|salam|hola|ola|ciao|jambo)\W+)*"
    # (after the one greeted: "hi dana, keoni here, we linked up on linkedin")
    r"(?:[A-Za-z][a-z'-]+,\s*)?"
    # (then a pause, or where from: "hi, ikaika here from kona linen"; perhaps a surname
    # too, checked below: "good afternoon madam, bidyasing teron here, i'm the director")
    # (or "X bol raha hoon", Hindi for "X speaking": "ram ram mehta-ji, kailash damor bol
    # raha hoon")
    r"(?P<name>[a-z][a-z'-]+)(?:\s+(?P<last>[a-z][a-z'-]+))?\s+(?:here|(?P<hindi>bol\s+rah[ai]\s+(?:hoon|hun|hu)))"
    r"(?=\s*[,.!;:—–-]|\s*$|\s+(?:from|with|at|calling)\b)"
)
_CASUAL_START = Lazy(r"[^A-Za-z]*[a-z]")
_NOT_LOWER_NAMES = frozenset("based part new mainly usually currently always".split())
_MY_NAME_ANY = Rule(
    # (or which of the names: "my first name is brahima", "my family name, it is traore")
    r"\bmy\s+(?:(?:first|last|family|given|christian|sur)\s*)?name(?:\s+is|'s|,\s+it\s+is|,\s+it's)\s+(?P<name>[a-z][a-z'-]+(?:\s+[a-z][a-z'-]+)?)"
    # ... or said the other way round, where a clause starts: "brahima is my first name"
    r"|(?:^|[,.;:!?]\s*|\s[-\u2013\u2014]+\s*)(?P<name2>[a-z][a-z'-]+)\s+is\s+my\s+(?:(?:first|last|family|given)\s+)?name\b"
)


#: Long surnames that end in -ing like a trade does (see :func:`_is_company_like`).
_ING_SURNAMES = frozenset("pickering kettering hemmingsing wellesling".split())


#: Name prefixes followed by a capital: McKenzie, MacLeod, DeShawn, LaToya, DiMaggio, VanDyke.
_NAME_PREFIX = precompiled.compile(r"(?:Mc|Mac|De|Da|Di|Du|La|Le|Van|Von|St)[A-Z][a-z]")
_MUTATED = Lazy(_MUTATED_TOKEN)


# Endings of abstract nouns, which name firms and never people: "Identity", "Solutions",
# "Analytics", "Technology", "Software" (not "-ment" or "-rity": "Clement" and "Garrity"
# are surnames; only the endings no surname has).
_ABSTRACT_ENDINGS = (
    "ntity",
    "ility",
    "icity",
    "ivity",
    "urity",
    "tion",
    "tions",
    "sion",
    "ics",
    "ology",
    "ware",
)


def _is_company_like(tokens: list[str]) -> bool:
    if tokens and _brand_word(tokens[0].lower()):
        return True  # "it's GazExpress Sokodé": a run-together brand, then its town
    for token in tokens:
        bare = token.strip(".'").lower()
        if bare in BUSINESS_WORDS and token != "Bi":
            # (not "Bi", written so: "son of" in Ivorian names, "Irié Bi Clément"; business
            # intelligence is "BI")
            return True
        if not token.isalpha() and any(ch.isdigit() for ch in token):
            return True
        if len(token) >= 2 and token.isupper():  # IT, HR, BI, 3PL
            return True
        if (
            token is not tokens[0]
            and len(bare) >= 9
            and bare.endswith("ing")
            and bare not in _ING_SURNAMES
        ):
            return True  # a trade as a name: "Ironside Scaffolding", "Kestrel Landscaping"
        if token is not tokens[0] and len(bare) >= 7 and bare.endswith(_ABSTRACT_ENDINGS):
            return True  # an abstract noun as a name: "Sentrix Identity", "Nuvola Analytics"
        # A capital inside a word marks a brand (ExpoCraft, QuickBooks), but not after a
        # hyphen or apostrophe: Jean-Luc, Achterberg-Kim and O'Neill are people.
        if token[1:].islower():
            continue  # (no capital after the first letter: most names, said once)
        parts = token.replace("'", "-").split("-")  # re.split(r"[-']", token)
        if (
            any(ch.isupper() for part in parts for ch in part[1:])
            and not _NAME_PREFIX.match(token)
            # (an Irish surname after its particle: "Mac an tSaoi")
            and not (
                token is not tokens[0]
                and _MUTATED.fullmatch(token)
                and _PARTICLE_WORD.fullmatch(tokens[tokens.index(token) - 1])
            )
        ):
            return True
    return False


# Words of _NOT_NAMES that are first names too, when a surname follows.
_WORDS_THAT_ARE_NAMES = frozenset("will may june april august hope said sama".split())


def _not_a_surname(low: str) -> bool:
    """A lower-cased word that cannot be the surname after a first name: a plain word, a
    word that is no name, or a business word ("ruiz" can, "street" and "supply" cannot)."""
    return plain_word(low) or low in _NOT_NAMES or low in BUSINESS_WORDS


def _clean_name(raw: str) -> str | None:
    if _greeting_said(raw):
        return None  # "olá marta, Bom Dia, calling about...": a greeting, no name
    tokens = raw.split()
    if _is_company_like(tokens):
        return None
    while tokens and tokens[-1].lower() in _NOT_NAMES:
        tokens.pop()
    title = ""
    if tokens and tokens[0].rstrip(".").lower() in {"dr", "mr", "mrs", "ms", "mx", "prof"}:
        title = tokens.pop(0)
    if (
        not tokens
        or (
            tokens[0].lower() in _NOT_NAMES
            # "this is Will Ngata", "it's June Adeyemi": a word that is also a first name,
            # capitalised, with a capitalised surname after it
            and not (
                tokens[0].lower() in _WORDS_THAT_ARE_NAMES
                and tokens[0][:1].isupper()
                and len(tokens) > 1
                and tokens[1][:1].isupper()
                and not _not_a_surname(tokens[1].lower())
            )
        )
    ):
        return None
    if any(t.lower().strip(".") in _NOT_NAMES and t.lower() not in _PARTICLE for t in tokens[1:]):
        tokens = tokens[: next(i for i, t in enumerate(tokens) if i and t.lower() in _NOT_NAMES)]
    if _is_company_like(tokens):
        return None
    return " ".join([title, *tokens]).strip() if title else " ".join(tokens)


_NAME_THEN = frozenset("from with at here calling speaking of".split())


def _fourth_capital_after(name: str, text: str, end: int) -> bool:
    """A three-word name no first name opens, run straight on into a fourth capitalised
    word: a company's name ("Lone Star Cold Chain"), not a person's."""
    if name.count(" ") != 2 or text[end : end + 1] != " ":
        return False
    if name.split(None, 1)[0].lower() in first_names():
        return False  # "Juan Pablo Ortega Garcia": a long name, not a company
    following = text[end + 1 :].split(None, 1)[:1]
    return bool(following) and following[0][:1].isupper() and following[0].lower() not in _NAME_THEN


def _name_matches(text: str) -> Iterator[tuple[str, str]]:
    """(name, evidence) for every self-introduction in ``text``, best cues first."""
    if "," in text or "- " in text:  # "it's tomas, Tomas Ferreira": the full name, said twice
        yield from _name_said_twice(text)
    # ASCII text: the lead words on lower-cased text, then the name where each lead ends (what
    # the mixed-case rule finds; see below for why only ASCII).
    if text.isascii():
        after = 0  # like finditer, no match starts inside the one before
        for lead in _INTRO_LEAD_WORDS.finditer(lowercase(text)):
            if lead.start() < after:
                continue
            match = _INTRO_LEAD_NAME.match(text, lead.end())
            if match is None:
                continue
            after = match.end()
            name = _clean_name(match.group("name"))
            if name and _fourth_capital_after(name, text, match.end()):
                continue  # "this is, uh, Lone Star Cold Chain": four capitals name a company
            if name:
                yield name, text[lead.start() : match.end()].strip(" ,")
    else:
        for match in _INTRO_LEAD.finditer(text):
            name = _clean_name(match.group("name"))
            if name:
                yield name, match.group().strip(" ,")
    # Cheap gates for the costly case-sensitive rules: the words each one needs. Only for
    # ASCII text, where a case-insensitive "(?i:here)" matches exactly what lower-casing finds
    # (re also folds a few other letters, such as the dotless "ı", into ASCII ones).
    cue_words = word_set(lowercase(text)) if text.isascii() else None
    if cue_words is None or (
        not _INTRO_HERE_WORDS.isdisjoint(cue_words) and _HERE_CUE.search(text) is not None
    ):
        for match in _INTRO_HERE.finditer(text):
            name = _clean_name(match.group("name"))
            addressed = _ADDRESSED_THEN_CALLING.search(text, 0, match.start("name"))
            if (
                name
                and addressed is not None
                and match.group().lower().endswith(", calling")
                and (addressed.group("title") or " " not in name)
            ):
                # "hi Dr. Okafor, calling from...", "hi Dana, calling from...", "hello
                # Arjun ji, calling from...": the one called, addressed (not "Hi, Tom
                # O'Reilly, calling from...")
                continue
            if name:
                yield name, match.group().strip(" ,.!?;:-")
    from_cue = cue_words is None or (
        not _INTRO_FROM_WORDS.isdisjoint(cue_words) and _FROM_CUE.search(text) is not None
    )
    for match in _INTRO_FROM.finditer(text) if from_cue else ():
        if _refers_away(match.group("after")) or _REFERRAL_VERB.match(
            text[match.start("company") : match.end()]
        ):
            # "Anders Rourke from AP suggested I call" names someone else, as does "dana
            # from accounting told me", its words capitalised as a company by the typing fix
            continue
        if match.group("name").rsplit(None, 1)[-1].lower() in _NOT_NAMES:
            continue  # "like Thursday at 4": a day, not a person at a company
        if text[match.start() : match.start() + 1] == "." and _TITLE_AS_OBJECT.search(
            text, max(0, match.start() - 12), match.start()
        ):
            continue  # "a letter to Mrs. Acquah at the office": the one it goes to
        before = text[: match.start()].rsplit(None, 1) if match.group("mid") else None
        if before is not None and not (before and before[-1][:1].isupper()):
            continue  # "the one I know here is Tom Reyes from Acme": no sentence begun
        if match.group("pause") and (
            match.group("name").split(None, 1)[0].lower() not in first_names()
            or text[match.end("company") :].lstrip().startswith("?")
        ):
            # "Remi, from Ledgerly" (a pause before the firm) only from a name the list
            # knows, and not asked: "Dana, from Acme?" checks who picked up
            continue
        name = _clean_name(match.group("name"))
        if name:
            yield name, text[match.start("name") : match.end("company")]
    if "here is" in text or "Here is" in text:
        for match in _INTRO_HERE_IS.finditer(text):
            name = _clean_name(match.group("name"))
            parts = name.lower().split() if name else []
            if (
                name
                and len(parts) == 2  # a first name and a surname, both capitalised
                # ("here is Main Street"; a name no list knows, with who the caller is
                # after it: "here is Paavo Lind, graphic designer")
                and (
                    parts[0] in first_names()
                    or (
                        _could_be_a_name(parts[0])
                        and _ROLE_AFTER_NAME.match(text, match.end()) is not None
                    )
                )
                and not _not_a_surname(parts[1])
            ):
                yield name, match.group().strip(" ,.!?;:")
    if (" of " in text or " Of " in text) and (
        cue_words is None
        or not _CALLER_WORDS.isdisjoint(cue_words)
        or _OF_A_CAPITAL.search(text) is not None
    ):
        # (a firm typed with its capital, or the caller's "here" or "calling" in the line)
        yield from _name_of_firm(text)
    for_cue = (cue_words is None or "for" in cue_words) and _FOR_NAME.search(text) is not None
    for match in _INTRO_FOR.finditer(text) if for_cue else ():
        name = _clean_name(match.group("name"))
        if name and len(name.split()) == 2:  # both words a name: not "Sounds Good for Tuesday"
            yield name, match.group().strip(" ,.!?;:")
    # ", Company" needs a comma, and two capitalised words before it (a quick test first)
    comma_cue = ("," in text or " -" in text) and _COMMA_NAME_CUE.search(text) is not None
    for match in _INTRO_COMMA.finditer(text) if comma_cue else ():
        rest = match.group("after")
        if _refers_away(rest) or _LIST_GOES_ON.search(rest):
            continue  # "Maya Chen, Pinebrook, and Ravi Shah all use us" lists other people
        if rest.rstrip().endswith("?") or text[match.end() : match.end() + 1] == "?":
            continue  # "Dale Cooper, Twin Peaks, right?" asks who the prospect is
        if match.group("company").lower() in _VOCATIVES:
            continue  # "Evergreen Gutter, Ma'am." addresses the prospect: no company named
        if _greeting_said(match.group("company")):
            continue  # "Ola Djenifer, Bom Dia": the one called, greeted twice, no company
        name = _clean_name(match.group("name"))
        if name:
            yield name, text[match.start("name") : match.end("company")]
    if "," in text or " -" in text:
        yield from _name_after_address(text)
        yield from _name_with_role(text)
    elif (". " in text[:40] or "! " in text[:40]) and _ADDRESS_STOP_NAME.match(text):
        # "Rob. Carl Jensen. Been too long.", "Sam! Nadia Brooks."
        yield from _name_after_address(text)
    if text.lstrip(" \"'(").lower().startswith(_GREETING_STARTS):
        yield from _run_on_names(text)
    if "Is " in text or ("is " in text and " here" in text):
        # "it's" said "is", as Romanian and Moldovan English say it: "Ilya, good day. Is
        # Dmitri Topal." (a name and a full stop: not "Is Dmitri Topal there?"), or "..., is
        # Luca Zanier here, from ..." (where from after "here", in any case)
        for said in _IS_NAME.finditer(text):
            first, last = said.group("first"), said.group("last")
            if said.group("is") == "is" and not said.group("here"):
                continue
            if (
                (first.lower() in first_names() or _could_be_a_name(first.lower()))
                and first.lower() not in _NOT_NAMES
                and not _not_a_surname(last.lower())
            ):
                yield f"{first} {last}", text[said.start("is") : said.end("last")]
    # Typed in lower case: no capitals but I (repair writes "im" as "I'm"). A line with no
    # letters at all cannot introduce anyone. A line that starts in lower case is typed or
    # transcribed casually even when repair has capitalised a word or two ("hi Siobhan its
    # declan Ward calling from..."): there a name typed in lower case counts too.
    lowercase_line = text.replace("I", "i").islower()
    casual = lowercase_line or _CASUAL_START.match(text) is not None
    if not lowercase_line and "," in text:
        yield from _lower_case_names(text)
    # (typed in lower case, the one greeted perhaps capitalised by the repairs: "hey Nadia,
    # kalo wilson, ridgeway, 555-0163")
    if ", " in text and (
        lowercase_line or (casual and text[:10].lower().startswith(_GREETING_STARTS))
    ):
        yield from _lower_name_and_business(text)
    if casual and ("here" in text or " bol ra" in text):
        opens = _HERE_OPENS.match(text)
        if opens is not None:
            first, last = opens.group("name"), opens.group("last")
            if last is not None:
                if _two_words_here(first, last, text, opens.end(), bool(opens.group("hindi"))):
                    yield f"{first} {last}".title(), opens.group().strip(" ,.!?;:-")
            elif (
                first not in _NOT_NAMES
                and first not in BUSINESS_WORDS
                and (
                    first in first_names()
                    or _could_be_a_name(first)
                    # (a name that ends like a verb, placed by who the caller is: "magomed
                    # here, ceo of tillwise")
                    or (
                        _name_no_list_knows(first)
                        and _SELF_DESCRIBED.match(text, opens.end()) is not None
                    )
                )
            ):
                yield first.capitalize(), opens.group().strip(" ,.!?;:-")
    if casual and (", your " in text or ", ur " in text):
        # "this is vilhouzonuo, vilhou, your old colleague": a name no list knows, placed
        # by who the caller was to them
        told = _NAME_THEN_WHO_TO_YOU.search(text)
        if told is not None and _name_no_list_knows(told.group("name").lower()):
            yield told.group("name").capitalize(), told.group("said")
    if casual and "," in text[:40]:
        greeted = _GREETED_THEN_FULL_NAME.match(text)
        if (
            greeted is not None
            and greeted.group("hailed").lower() in first_names()
            and all(
                _could_be_a_name(word) and not _brand_alone(word)
                for word in (greeted.group("first"), greeted.group("last"))
            )
        ):
            whole = greeted.group("said")
            yield " ".join(word.capitalize() for word in whole.split()), whole
    if casual and (" it" in text[:30] or " this" in text[:30]):
        hailed = _HAILED_THEN_NAME.match(text)
        if hailed is not None:
            own = hailed.group("name")
            if (
                hailed.group("hailed") in first_names()
                and own not in first_names()  # (a known name: the rules above read it)
                and _could_be_a_name(own)
                and not _brand_alone(own)
            ):
                yield own.capitalize(), hailed.group("said")
    if ("this " in text or "This " in text) and _this_then_a_first_name(text):
        yield from _this_name_from(text)
    if casual and text.lstrip(" \"'(").lower().startswith("is "):
        yield from _is_name_from(text)
    if "is my name" in lowercase(text):
        yield from _is_my_name(text)
    if casual and has_any(text[:60].lower(), _SENTENCE_NAME_LEADS):
        yield from _name_closing_sentence(text)
    alone = _GREETED_THEN_NAME_ALONE.match(text)
    if alone is not None and all(
        _may_be_name_word(word.lower()) for word in alone.group("first", "last")
    ):
        yield alone.group("said"), alone.group("said")
    for pattern in (
        _INTRO_LOWER_GREETED,
        _INTRO_LOWER,
        _INTRO_LOWER_ROLE,
        _INTRO_LOWER_ROLE_MORE,
        _MY_NAME_ANY,
    ):
        if pattern is not _MY_NAME_ANY and not casual:
            continue
        if pattern is _MY_NAME_ANY and "name" not in text.lower():
            continue
        for match in pattern.finditer(text):
            if (
                text[match.start() : match.start() + 3].lower() == "its"
                and text[: match.start()].rstrip(" ").rpartition(" ")[2].lower()
                in OWNERS_BEFORE_ITS
            ):
                continue  # "holds its shape with a fresh pour": the possessive
            if match.group().lower().endswith(" at") and _at_amount(text, match.end()):
                continue  # "it's machine washable at forty": a setting, not a firm
            group = next(
                g
                for g in (
                    "name",
                    "name2",
                    "name3",
                    "name4",
                    "name5",
                    "name6",
                    "name7",
                    "name8",
                    "name9",
                    "name10",
                )
                if g in match.re.groupindex and match.group(g)
            )
            words = match.group(group).split()
            if (
                group == "name2"
                and pattern is _MY_NAME_ANY
                and not (words[0].lower() in first_names() or _could_be_a_name(words[0].lower()))
            ):
                continue  # "that is my name", "what is my name"
            spelled = match.group("spelled") if "spelled" in match.re.groupindex else None
            if spelled and re.sub(r"[^a-z]", "", spelled.lower()) != words[-1].lower():
                continue  # the letters spell some other word
            if pattern is not _MY_NAME_ANY:
                if any(business_word(w.lower()) or _brand_word(w.lower()) for w in words) or (
                    len(words) == 1
                    and (_brand_alone(words[0].lower()) or _said_as_where_from(words[0], text))
                ):
                    continue  # "its crestview solar here" names a company, not a person
                if (
                    group != "name4"
                    and not lowercase_line
                    and not text[match.start(group)].islower()
                ):
                    continue  # capitalised: the case-sensitive rules read it
                first = words[0].lower()
                if first in _NOT_LOWER_NAMES or (
                    first.endswith(("ly", "ing"))
                    and first not in first_names()
                    # (a surname after it makes it a name: "this is anatoly pavlov from ...")
                    and not _ly_name_and_surname(words)
                ):
                    # "it's mostly with Acme", "I'm based at...", "i'm phoning from..." (not
                    # Emily, Kelly, Sterling)
                    continue
                if (
                    group == "name"
                    and len(words) == 1
                    and first not in first_names()
                    and plain_word(first, by_ending=False)
                ):
                    continue  # "its urgent from our side", "it is best from you": no name
                if len(words) == 2 and words[1].lower() in _NO_SURNAME:
                    continue  # "i'm used to calling early": a habit, no name
                if group in ("name3", "name4") and words[1].lower() in _NOT_NAMES:
                    continue  # ", thanks all here at..." is no name
                if (
                    len(words) == 3
                    and not _PARTICLE_WORD.fullmatch(words[1].lower())
                    and (
                        (first not in first_names() and not _syllable_name(words))
                        or any(plain_word(w.lower()) for w in words[1:])
                    )
                    # (unless a post follows, and no word of it is an everyday one: "this is
                    # adoum mahamat kolo, ceo of sahelpay")
                    and not (group == "name7" and all(_name_word(w.lower()) for w in words))
                ):
                    # three words are a name only from a known first name on (or three short
                    # syllables, surname first: "this is lim boon hock, from seberang")
                    continue
                if group in ("name7", "name9") and not (
                    first in first_names() or _could_be_a_name(first)
                ):
                    continue  # "its fine, the installer said so" says no name
                if (
                    group == "name5"
                    and first not in first_names()
                    and not (
                        _could_be_a_name(first) and _SHARED_PAST_AFTER.match(text, match.end())
                    )
                ):
                    # "hey dana this is granite peak staffing" names a company (not "hello rob,
                    # this is okello, we worked together those 4 years": a name, and a past)
                    continue
                if group in ("name6", "name8", "name10") and not (
                    (first in first_names() or _could_be_a_name(first))
                    and words[1].replace("-", "").isalpha()
                    and not _not_a_surname(words[1].lower())
                ):
                    continue  # "it's been ages, we met..." says no name
                if not _ly_name_and_surname(words):
                    words = words[:1]  # (kept whole, "-ly" is no brand: "Anatoly Pavlov")
            if not words or words[0].lower() in _NOT_NAMES or words[0].lower() in BUSINESS_WORDS:
                continue
            if len(words) > 1 and words[1].lower() in _NOT_NAMES:
                words = words[:1]
            yield (
                " ".join(w.capitalize() for w in words),
                text[match.start() : match.end()].strip(" ,.!?;:-"),
            )


# "this is" with its "is" dropped, then a name and where from, at the start of a clause:
# "hello morning, this jonathan rarovi from solmas hardware" (the words checked below).
_THIS_NAME_FROM = Lazy(
    r"(?i)this\s+(?!is\b|was\b|'s\b)(?P<first>[a-z][a-z'-]+)(?:\s+(?P<last>[a-z][a-z'-]+))?,?\s+(?:from|with|at|here|calling|over\s+at)\b"
)
# What may come before it: the start of a clause, or a greeting.
_THIS_OPENS = Lazy(
    r"(?i)(?:^|[,.!?;:]|\b(?:hi|hey|hello|morning|afternoon|evening|yes|yeah|ok|okay|so))\s*$"
)


# "it's" said "is", opening a line typed in lower case, then a name and where from: "is
# nadege bikoro from medistock. good morning doctor" (not asking for someone: "is mark from
# sales there?", "is joe from acme around")
_IS_NAME_FROM = Lazy(
    r"(?i)\W*is\s+(?P<first>[a-z][a-z'-]+)(?:\s+(?P<last>[a-z][a-z'-]+))?,?\s+(?:from|with|calling\s+from)\b"
    r"(?![^.?!]*\b(?:there|around|available|in\s+today|free|in\s+the\s+office)\b)(?![^.!]*\?)"
)


# Who someone is to another, said after their name with its "'s" dropped: "marcus friend".
_KIN_WORDS = frozenset(
    "friend friends buddy mate pal guy colleague cousin brother sister neighbour neighbor son"
    " daughter wife husband man boy girl people partner boss".split()
)


# The name said first, then that it is the caller's: "Ekwalla Ngolle is my name, with Kupe
# Print" (one to three words opening a clause; checked below: no everyday words).
_IS_MY_NAME = Lazy(
    r"(?i)(?:^|[.!?,;:]\s*)\W*(?P<name>[a-z][a-z'-]+(?:\s+[a-z][a-z'-]+){0,2}?)\s*,?\s+is\s+my\s+name\b"
)


def _may_be_name_word(word: str) -> bool:
    """A lower-case word said where a cue already points to a name ("... is my name", a
    sentence alone after a greeting): no filler, no company word, and a first name the list
    knows or no everyday word."""
    return (
        word not in _NOT_NAMES
        and not business_word(word)
        and (word in first_names() or not plain_word(word, by_ending=False))
    )


def _name_word(word: str) -> bool:
    """A lower-case word that may be a name (:func:`_may_be_name_word`) and is no everyday
    word by its ending either ("raining"): for the weaker cues."""
    return _may_be_name_word(word) and not plain_word(word)


def _name_closing_sentence(text: str) -> Iterator[tuple[str, str]]:
    """A lead and a whole name closing the sentence early in a lower-case line (see
    _INTRO_LOWER_SENTENCE), no word of it an everyday, company or brand word; one word only
    when its letters are spelled out after it."""
    found = _INTRO_LOWER_SENTENCE.search(text[:80])
    if found is None:
        return
    words = found.group("name").lower().split()
    if not all(map(_name_word, words)) or any(map(_brand_word, words)):
        return
    if len(words) == 1:
        letters = _SPELLED_AFTER.match(text, found.end())
        if letters is None or re.sub(r"[^a-z]", "", letters.group(1).lower()) != words[0]:
            return
    yield " ".join(w.capitalize() for w in words), found.group().strip(" ,.!-")


def _is_my_name(text: str) -> Iterator[tuple[str, str]]:
    """The name before "is my name", when no word of it is an everyday or company word
    (not "that is my name", "what is my name", "sales is my name")."""
    for match in _IS_MY_NAME.finditer(text):
        words = match.group("name").lower().split()
        if not all(map(_may_be_name_word, words)):
            continue
        yield (
            " ".join(w.capitalize() for w in words),
            text[match.start("name") : match.end()].strip(" ,."),
        )
        return


def _is_name_from(text: str) -> Iterator[tuple[str, str]]:
    """The name after "is" said for "it's", opening the line: one or two words that are no
    everyday, company or kin word ("is nadege bikoro from medistock")."""
    match = _IS_NAME_FROM.match(text)
    if match is None:
        return
    words = [w.lower() for w in (match.group("first"), match.group("last")) if w]
    if any(
        plain_word(word, by_ending=False)
        or word in _NOT_NAMES
        or business_word(word)
        or word in _KIN_WORDS
        for word in words
    ) or (len(words) == 2 and _not_a_surname(words[1])):
        return  # (nor whose friend: "is marcus friend, from the chamber")
    yield " ".join(w.capitalize() for w in words), text[match.start() : match.end()].strip(" ,.")


def _this_then_a_first_name(text: str) -> bool:
    """Whether some "this" in ``text`` is followed by a first name the list knows (a quick
    test: nearly every "this " a caller says is "this is", "this week", "this morning")."""
    low = text.lower()
    at = low.find("this ")
    names = first_names()
    while at >= 0:
        word = low[at + 5 : at + 25].split(None, 1)[:1]
        if word and word[0].strip(",.") in names:
            return True
        at = low.find("this ", at + 5)
    return False


def _this_name_from(text: str) -> Iterator[tuple[str, str]]:
    """A name after "this" with its "is" dropped: a first name the list knows that is no
    everyday word ("this jonathan rarovi from solmas", not "this morning from the office",
    "this guy from acme", nor "this may from ...")."""
    for match in _THIS_NAME_FROM.finditer(text):
        first, last = match.group("first").lower(), match.group("last")
        if (
            (match.start() > 0 and text[match.start() - 1].isalnum())
            or _THIS_OPENS.search(text, 0, match.start()) is None
            or first not in first_names()
            or plain_word(first, by_ending=False)
            or first in _NOT_NAMES
            or business_word(first)
        ):
            continue
        words = [first]
        if last is not None:
            low = last.lower()
            if not (
                plain_word(low, by_ending=False)
                or low in _NOT_NAMES
                or business_word(low)
                or _brand_word(low)
                or _not_a_surname(low)
            ):
                words.append(low)
        said = text[match.start() : match.end()].strip(" ,.!?;:-")
        yield " ".join(w.capitalize() for w in words), said


# Short words no surname is: "i'm used to calling", "it's meant for you".
_NO_SURNAME = frozenset("to for of the a an in on at and or by it you up out so as".split())


def _name_no_list_knows(word: str) -> bool:
    """A word that can be a name where only a name stands, whatever its ending
    ("tsering", "magomed"): no everyday word, no company word."""
    return (
        len(word) >= 3
        and word.isalpha()
        and word not in _NOT_NAMES
        and word not in BUSINESS_WORDS
        and not plain_word(word, by_ending=False)
    )


def _ly_name_and_surname(words: list[str]) -> bool:
    """A first name ending in "-oly" or "-aly" that no list knows, then a surname:
    "anatoly pavlov", "vitaly orlov" (not an adverb's "-ally", "-stly", "-nly": "mostly
    orlov", "usually dana", "really kim")."""
    if len(words) != 2:
        return False
    first, last = words[0].lower(), words[1].lower()
    return (
        first.endswith(("oly", "aly"))
        and not first.endswith("ally")
        and len(first) >= 5
        and not plain_word(first, by_ending=False)
        and first not in _NOT_LOWER_NAMES
        and last not in first_names()
        and _could_be_a_name(last)
        and not _not_a_surname(last)
    )


def _two_words_here(first: str, last: str, text: str, end: int, hindi: bool = False) -> bool:
    """Two words before "here" name the caller: a first name the list knows and a surname
    ("dana kim here"), or two words that can be names and who the caller is after them
    ("bidyasing teron here, i'm the managing director of ..."; not "heavy rain here"); before
    "bol raha hoon" ("I am speaking"), two words that can be names."""
    if last in _NOT_NAMES or last in BUSINESS_WORDS or _not_a_surname(last):
        return False
    if first in first_names():
        return first not in _NOT_NAMES
    return (
        _could_be_a_name(last)
        and not plain_word(first, by_ending=False)
        and first not in _NOT_NAMES
        and first not in BUSINESS_WORDS
        and (hindi or _SELF_DESCRIBED.match(text, end) is not None)
    )


def _at_amount(text: str, end: int) -> bool:
    """The word after an "at" ending at ``end`` is an amount, an hour or "home", not a firm
    (:func:`no_firm_after_at`)."""
    after = text[end : end + 30].split(None, 1)
    return bool(after) and no_firm_after_at(after[0].lower().strip(",.;:!?"))


# "hi Sofia - Leo Grant, we met at...", "Rutendo, good morning, Declan Fitzgerald, I run...":
# the prospect addressed by one name, then a first and last name on their own. Typed in any
# case; the words are checked one by one below.
#: A greeting word, as a regex group (lower case).
GREETING_WORDS = (
    r"(?:hi|hey|hello|hiya|yo|morning|afternoon|evening|good\s+(?:morning|afternoon|evening)"
    # (and the day's greeting in the caller's own language: "Moien Här Weber, Romain Schmit")
    r"|bonjour|bonsoir|hallo|moien|moin|servus|buongiorno|ciao|hola|salam|salaam|namaste|namaskar|jambo)"
)
# A rank or a calling said before a surname, the way a prospect is addressed (and the
# titles of other languages: "Herr", Luxembourgish "Här" read without its accent, "Madame").
_RANKS = (
    r"captain|capt|coach|pastor|father|reverend|rev|professor|prof|chef|officer|sergeant|sgt"
    r"|councillor|cllr|judge|rabbi|imam|sheikh|doctor|chief|commander|major|colonel|sister"
    r"|herr|har|frau|monsieur|madame|mme|signor|signora|senor|senora|sr|sra"
)
_ADDRESS_THEN_NAME = Lazy(
    rf"^\W*(?:(?i:{GREETING_WORDS})\s*[,!.]?\s+|(?i:{GREETING_WORDS})\s*(?:,|\s-)\s*)?"
    # (the address may be a title and a surname: "Mr Whitlock, good afternoon, Ana Pereira")
    # (the pause a comma, a dash, a stop or an exclamation: "Tobias hi -- Sienna Okafor.",
    # "Sam! Nadia Brooks.")
    # (or a rank or calling: "captain mensah, siobhan ni bhriain, tidewell salvage")
    rf"(?P<address>(?:(?i:mr|mrs|ms|mx|dr|{_RANKS})\.?\s+)?[A-Za-z][\w'-]*)(?:\s+(?i:{GREETING_WORDS}))?\s*(?:,|\s-+|\s?[—–]|!|\.)\s*"
    rf"(?:(?i:{GREETING_WORDS})\s*(?:,|\s-|!|\.)\s*)?"
    # (a first name in two parts too: "Ms. Brooks, hi, Jean-Baptiste Okemwa, ...")
    rf"(?P<first>[A-Za-z][a-z'-]+(?:-[A-Z][a-z']+)?)\s+(?:(?i:{_PARTICLE})\s+){{0,2}}(?P<last>[A-Za-z][a-z'-]+(?:-[A-Za-z][a-z'-]+)?)"
    # then a pause, or the company and a pause: "renata hi, tom reyes frostline. we warn..."
    # or where they are from: "morning loretta, yusuf adebayo-kline with harrow retort"
    # "hi lucinda, keith darrow for ms. ferrante": the caller, asking for someone
    r"(?=(?:\s+[\w&'-]+)?\s*(?:,|\s-|\.|!|$)|\s+(?i:from|with|over\s+at|here|calling|for\s+(?:mr|ms|mrs|dr|miss)\b))(?P<after>[^.!?]{0,40})"
)


# A role where the caller works: "ceo at tillwise", "the head of ops for..."
_ROLE_AT = (
    r"(?:the\s+|a\s+)?"
    r"(?:ceo|founder|co-founder|cofounder|owner|co-owner|president|vp|director|head\s+of\s+\w+|manager|partner|coo|cfo|cto|gm|principal|md"
    r"|chief\s+executive|chief\s+\w+\s+officer|managing\s+director|general\s+manager)"
    r"\s+(?:at|of|with|over\s+at|for)\b"
)
# Who the caller is, said straight after their name: ", im a friend of helene's", ", i'm the
# owner over at ...", ", we met at the expo".
_SELF_DESCRIBED = Lazy(
    r"(?i)\s*,\s*(?:(?:i'm|im|i\s+am)\s+(?:a|an|the)\s+(?:[\w'-]+\s+){0,2}?"
    r"(?:friend|colleague|neighbou?r|classmate|cousin|member|coworker|co-worker|parent|founder|owner|ceo|director|manager)\b"
    r"|we\s+(?:met|spoke|talked|connected)\b"
    # ... or their role where they work: ", ceo over at tillwise"
    rf"|{_ROLE_AT})"
)


# ... or the firm, then why they call: ", routemint, i'm calling because..."
_FIRM_THEN_CALLING = Lazy(
    r"(?i)\s*,\s*[\w&'-]+(?:\s+[\w&'-]+)?\s*,\s*(?:i'm|im|i\s+am|we're|we\s+are)\s+(?:calling|reaching\s+out|ringing)\b"
)


# ... or where from, a company by its trade: " from bluestrait freight" (its last word a
# business word, as _LOWER_NAME_BUSINESS checks)
# ... or after a comma: "hi shauna, yerlan abenov, steppe industrial supply"
_FROM_FIRM = Lazy(
    r"(?i)(?:\s+(?:from|with|at|over\s+at)\s+|\s*,\s*)(?:[\w&'-]+\s+){0,2}(?P<end>[\w&'-]+)\s*$"
)


# A full name opening a clause and "of" the firm, as many Englishes say "from": "Kwame
# Mensah of Haulmate here", "good morning sir, Ogar Ushie of Haulmate, calling about..."
# (found from each "of": the full name before it, the firm after it)
_OF_WORD = Lazy(r"\s[Oo]f\s+")
_NAME_BEFORE_OF = Lazy(
    rf"(?:^|[.!?,;:]\s*|{_DASH}\s*)(?P<first>[A-Za-z][a-z'-]+)\s+(?P<last>[A-Za-z][a-z'-]+)$"
)
_FIRM_AFTER_OF = Lazy(
    r"(?P<company>[A-Z0-9][\w&'-]*(?:\s+[A-Z0-9][\w&'-]*){0,3}|[a-z][\w&'-]*(?:\s+[a-z][\w&'-]*){0,2}?(?=\s*(?:[,.!;]|\s+here\b|$)))"
    r"(?P<after>[^.!?]{0,40})(?P<end>[.!?]?)"
)


_OF_A_CAPITAL = Lazy(r"\s[Oo]f\s+[A-Z0-9]")
_CALLER_WORDS = frozenset("here calling speaking ringing".split())
_TITLE_BEFORE = Lazy(r"\b(?i:mr|mrs|ms|dr|prof|mx|st|hon)\.\s*$")
_CALLER_AFTER_FIRM = Lazy(
    r"(?i)\s*(?:here|speaking|calling|ringing)\b|\s*,\s*(?:(?:i'm|im|i\s+am|we're|we\s+are)\s+)?(?:calling|ringing|reaching\s+out)\b"
)


def _name_of_firm(text: str) -> Iterator[tuple[str, str]]:
    for of in _OF_WORD.finditer(text):
        named = _NAME_BEFORE_OF.search(text, max(0, of.start() - 60), of.start())
        match = _FIRM_AFTER_OF.match(text, of.end()) if named is not None else None
        if named is None or match is None:
            continue
        first, last = named.group("first", "last")
        company = match.group("company")
        low_first, low_last = first.lower(), last.lower()
        if low_first in _NOT_NAMES or low_last in _NOT_NAMES or company.lower().startswith("the "):
            continue
        if _TITLE_BEFORE.search(text, 0, named.start("first")):
            continue  # "a referral from Mr. Dayo Coker of Hillcrest": a title's stop, no clause
        if match.group("end") == "?" or _refers_away(match.group("after")):
            continue  # "Ama Owusu of Haulmate?" checks who answered; "..., said" names another
        if low_last in BUSINESS_WORDS or company.lower() in _VOCATIVES:
            continue
        known = low_first in first_names() and not _not_a_surname(low_last)
        typed_as_names = (
            first[0].isupper()
            and last[0].isupper()
            and _could_be_a_name(low_first)
            and _could_be_a_name(low_last)
            # (a name no list knows, placed by the caller's "here" or "calling", or a firm
            # named by its trade: not "Tema Port of Ghana is our client")
            and (
                _CALLER_AFTER_FIRM.match(match.group("after")) is not None
                # (two words at least: "Port of Ghana" names a place)
                or (" " in company and company.rsplit(None, 1)[-1].lower() in BUSINESS_WORDS)
            )
        )
        if known or typed_as_names:
            name = f"{first[0].upper()}{first[1:]} {last[0].upper()}{last[1:]}"
            yield name, text[named.start("first") : match.end("company")]


def _from_a_business(after: str) -> bool:
    found = _FROM_FIRM.match(after)
    return found is not None and found.group("end").lower() in BUSINESS_WORDS


# A word, a stop, then two words and a pause: the shape of "Rob. Carl Jensen." (a quick
# test before :data:`_ADDRESS_THEN_NAME` on lines with no comma).
_ADDRESS_STOP_NAME = Lazy(r"\W*[A-Za-z][\w'-]*[.!]\s+[A-Za-z][a-z'-]+\s+[A-Za-z][a-z'-]+\s*[.,!]")


# "..., Nick Serrano and Priya Shah both said": a list of people, not the caller. (A company
# after the name, "Marco Diaz, Fernleaf, hi", is how the caller goes on.)
_LIST_JOINS = Lazy(r"^\W*(?:and|or|plus|&)\b")


# Typed without a pause: "hi renata nora walsh frostline, ...": a greeting, the prospect's
# first name, then the caller's first and last name, then a company, a pause or "from".
_RUN_ON_NAMES = Lazy(
    r"^\W*(?i:hi|hey|hello|hiya|morning|afternoon|evening)\s+(?P<address>[A-Za-z][a-z'-]+)\s+"
    r"(?P<first>[A-Za-z][a-z'-]+)\s+(?P<last>[A-Za-z][a-z'-]+)"
    r"(?=(?P<cue>\s+(?i:from|with|here|over\s+at)\b)|\s*[,-]|\s+[\w&'-]+\s*[,.-])"
)


_GREETING_STARTS = ("hi ", "hey ", "hello ", "hiya ", "yo ", "morning ", "afternoon ", "evening ")


def _run_on_names(text: str) -> Iterator[tuple[str, str]]:
    match = _RUN_ON_NAMES.match(text)
    if match is None:
        return
    address, first, last = (w.lower() for w in match.group("address", "first", "last"))
    names = first_names()
    # "from", "with" or "here" after the name marks the caller even when the list does
    # not know their first name ("hey tom ade bello from northwind")
    if address not in names or address == first or not (first in names or match.group("cue")):
        return
    if _not_a_surname(last):
        return
    yield (
        f"{first.capitalize()} {last.capitalize()}",
        text[match.start("first") : match.end("last")],
    )


# "hey, neil okafor, returning a call": a greeting, a full name and what the caller does
# (or their role: "hi, graham oyelowo, cto at meridian").
_GREETING_THEN_NAME = Lazy(
    rf"^\W*(?i:{GREETING_WORDS}|yeah|so)\W+(?P<first>[A-Za-z][a-z'-]+)\s+(?P<last>[A-Za-z][a-z'-]+)\s*,\s*"
    rf"(?i:returning|calling|ringing|with|from|over\s+at|here|following\s+up|checking\s+in|{_ROLE_AT})\b"
)


# "I'm raj mehta, ceo at tillwise": a full name, then the caller's role where they work; so
# too a full name and a role opening a sentence, as a signature reads ("Jean-Paul Habimana,
# CEO of Nyungwe Coffee."), perhaps after "it is" in the caller's other language (Swahili and
# Kinyarwanda "ni", Tagalog "ako si", Malay "saya").
_NAME_WITH_ROLE = Rule(
    r"(?:\b(?:i'm|im|i\s+am)|(?:^|[.!?]|\s-)\W*(?:(?:ni|ako\s+si|saya|mimi\s+ni)\b)?)"
    r"\s*(?P<first>[a-z][a-z'-]+)\s+(?P<last>[a-z][a-z'-]+)\s*,\s*" + _ROLE_AT,
    "ceo founder cofounder owner president vp director head manager partner coo cfo cto gm principal md"
    " chief managing general",
)


# A full name opening a clause, then what the caller runs or is: "Don Anselmo, good
# morning, Ernesto Salazar, I run Frio del Pacifico", "..., Mia Tan, I'm the owner of ..."
# (what they run found first, from its comma; the name looked back for before it)
# (or its own sentence after the name: "Five is plenty. Effiong Etim. I run Bakassi Cold Chain")
_I_RUN = Lazy(
    r"(?i)[,.]\s*(?:and\s+)?(?:i\s+(?:run|own|manage|head|lead|founded|started|co-?founded|work\s+(?:at|for|with))\b"
    r"|i(?:'m|\s+am|m)\s+(?:the\s+)?(?:owner|founder|co-?founder|director|manager|head|ceo|gm|md|president|partner)\b)"
)
_FULL_NAME_BEFORE = Lazy(
    rf"(?:^|[.!?,;:]\s*|{_DASH}\s*)(?P<first>[A-Za-z][a-z'-]+)\s+(?P<last>[A-Za-z][a-z'-]+)\s*$"
)


def _name_with_role(text: str) -> Iterator[tuple[str, str]]:
    said = (
        _I_RUN.search(text)
        if ", i" in text or ", I" in text or ",i" in text or ", and i" in text or ". I " in text
        else None
    )
    if said is not None:
        run = _FULL_NAME_BEFORE.search(text, max(0, said.start() - 60), said.start())
        if run is not None:
            first, last = run.group("first", "last")
            if (
                (
                    first.lower() in first_names()
                    # (or a first word that is no everyday one, and a surname that is none
                    # either, or, in a sentence of its own, both capitalised: "enow tabi, i'm
                    # ceo of tipsplit", "Five is plenty. Effiong Etim. I run Bakassi ...")
                    or (
                        not plain_word(first.lower())
                        and not business_word(first.lower())
                        and (
                            (text[said.start()] == "." and first[0].isupper() and last[0].isupper())
                            or not plain_word(last.lower())
                        )
                    )
                )
                and not _not_a_surname(last.lower())
                and first.lower() not in _NOT_NAMES
                and last.lower() not in _NOT_NAMES
            ):
                yield (
                    f"{first.capitalize()} {last.capitalize()}",
                    text[run.start("first") : run.end("last")],
                )
                return
    match = _NAME_WITH_ROLE.search(text)
    if match is None:
        return
    first, last = match.group("first", "last")
    if first.lower() in _NOT_NAMES or last.lower() in _NOT_NAMES or plain_word(first.lower()):
        return
    if "," in text[match.end() :] and _refers_away(text[match.end() :].split(",", 1)[1]):
        return  # "Mark Evans, CEO of Acme, told me to call": someone else, and what they said
    yield (
        f"{first.capitalize()} {last.capitalize()}",
        text[match.start("first") : match.end("last")],
    )


# A greeting, a full name and the firm by its trade, then a stop: "hi sam ortiz, halyard
# exhibits. verifying one record" (the caller's name, not the one greeted: see _addressed)
_GREETING_NAME_FIRM = Lazy(
    rf"^\W*(?i:{GREETING_WORDS})\W+(?P<first>[A-Za-z][a-z'-]+)\s+(?P<last>[A-Za-z][a-z'-]+)\s*,\s*"
    r"(?:[\w&'-]+\s+){0,2}(?P<end>[\w&'-]+)\s*(?:[.;!]|--?\s|$)"
)


def _name_after_address(text: str) -> Iterator[tuple[str, str]]:
    """(name, evidence) for a full name said on its own after a greeting ("hey, neil okafor,
    returning a call") or after the prospect's name."""
    greeted = _GREETING_THEN_NAME.match(text)
    if greeted is not None:
        first, last = greeted.group("first", "last")
        if first.lower() in first_names() and not _not_a_surname(last.lower()):
            yield (
                f"{first.capitalize()} {last.capitalize()}",
                text[greeted.start("first") : greeted.end("last")],
            )
    match = _ADDRESS_THEN_NAME.match(text)
    if match is None:
        return
    address, first, last = match.group("address", "first", "last")
    # (the one called may be addressed by a word of respect, not a name: "Sir, Ogar Ushie,
    # MD of Haulmate", "madam, kofi mensah here")
    vocative = address.lower() in _VOCATIVES or address.lower() in _WORDS_OF_ADDRESS
    if first.lower() == address.lower() or (address.lower() in _NOT_NAMES and not vocative):
        return
    if address.islower() and address not in first_names() and plain_word(address) and not vocative:
        return  # a lower-case word of address must be a name ("raj"), not a word ("right")
    if first.lower() in _NOT_NAMES:
        return
    if (
        first.lower() not in first_names()
        and not (first[0].isupper() and last[0].isupper())
        and not (
            (
                _SELF_DESCRIBED.match(match.group("after"))
                or _FIRM_THEN_CALLING.match(match.group("after"))
                or _from_a_business(match.group("after"))
            )
            and _could_be_a_name(first.lower())
            and _could_be_a_name(last.lower())
        )
    ):
        # a name the list does not know counts when typed with its capitals, or when who
        # they are follows it: "hi marguerite! kofi mensah, im a friend of helene's"
        return
    if first.lower() not in first_names() and (
        _is_company_like([first, last]) or plain_word(first.lower())
    ):
        return
    if (
        vocative
        and first.lower() not in first_names()
        and not text[match.end("last") :].lstrip(" ").startswith((".", "!"))
        and not _SELF_DESCRIBED.match(match.group("after"))
        and not _FIRM_THEN_CALLING.match(match.group("after"))
        and not _from_a_business(match.group("after"))
    ):
        return  # "Sir, Accra Central, the branch...": a place; a name no list knows must end
        # its sentence or say who the caller is ("Sir, Ogar Ushie, MD of Haulmate")
    if last.lower() in _NOT_NAMES or last.lower() in BUSINESS_WORDS:
        return
    if plain_word(last.lower()) and not last.lower().endswith(("ed", "ing", "ly")):
        return  # an everyday word: "ana! hey, long time, how are ya" (not "Donnelly")
    after = match.group("after")
    if _refers_away(after) or _LIST_JOINS.match(after):
        return  # "hey Jamie, Nick Serrano told me...": someone else named
    if text[match.end() : match.end() + 1] == "?":
        return  # "hey Sam, Lisa Park, Routewise?" asks who the prospect is
    name = f"{first[0].upper()}{first[1:]} {last[0].upper()}{last[1:]}"
    yield name, text[match.start("first") : match.end("last")]


# "its raj, raj menon", "Marcus, Marcus Webb, Tidewell": a first name said, then said again
# with the surname, the way people say their own name on the phone.
# The words that introduce one's name: "its", "it is", "this is", "i'm", "i am".
# (and Pidgin "na" for "it's": "tita! na anye, anye ndifor")
_INTRO_WORDS = r"it's|its|it\s+is|this\s+is|i'm|im|i\s+am|na|(?:you're|youre|you\s+are)\s+(?:speaking|talking)\s+(?:with|to)"
# What may stand before the first saying of the name: the line's start, a pause, or an
# opener ("it's", "this is", "hi"...).
_SAID_TWICE_LEAD = Lazy(
    rf"(?:^|[,.!?;:-]\s*|\b(?i:{_INTRO_WORDS}|hi|hey|yeah|yes|um|uh)\s+(?i:me,?\s+)?"
    # ("Is Devon, Devon Baptiste": "it's" said as Caribbean Englishes say it, opening a sentence)
    r"|(?:^|[,.!?;:-]\s*)(?i:is)\s+)$"
)


def _said_twice(text: str) -> Iterator[tuple[int, str, str, int, str]]:
    """(start, first, last, end, after) for "X, X Y" in ``text``: a word, a comma, the
    same word (or one slip of the keys away) and a second word. Found from each comma by
    string search, so a line is scanned in C, not tried at every character."""
    at, width = _next_pause(text, 0)
    while at > 0:
        start = text.rfind(" ", 0, at) + 1
        said = text[start:at].lstrip("\"'(-")
        # (the name trailing off before it is said again: "it's yacouba... yacouba karama")
        dots = len(said) - len(said.rstrip("."))
        said = said[: len(said) - dots]
        start = at - dots - len(said)
        said_low = said.lower()
        here = said_low == "here" and not dots
        if here:  # "beau here, beau landry"
            start = text.rfind(" ", 0, max(0, start - 1)) + 1
            said = text[start : at - 5].lstrip("\"'(-")
            start = at - 5 - len(said)
        elif not dots and said_low == "side" and text[max(0, start - 5) : start].lower() == "this ":
            # Indian English: "debasish this side, debasish mohanty, from the chamber"
            start = text.rfind(" ", 0, max(0, start - 6)) + 1
            said = text[start : at - 10].lstrip("\"'(-")
            start = at - 10 - len(said)
        after = at + width
        nxt = text[after : after + 1]
        # the same first letter, a quick test before the words are compared (or the surname
        # said first, then the whole name: "this is nakato, sarah nakato")
        if (
            len(said) >= 2
            and nxt
            and (
                said[0].lower() == nxt.lower()
                or (
                    len(said) >= 4
                    and said.lower() not in _NOT_NAMES
                    and said.lower() in text[after : after + 40].lower()
                )
            )
            and said.isalpha()
        ):
            parts = text[after : at + 80].split(None, 2)
            if len(parts) >= 2:
                first = parts[0]
                last = parts[1].rstrip(",.!?;:")
                if (
                    len(parts) == 3
                    and first.isalpha()
                    and last.lower() != said.lower()
                    and (third := parts[2].split(None, 1)[0].rstrip(",.!?;:")).lower()
                    == said.lower()
                    and _named_after_a_lead(text, start, said, first)
                    and (
                        _PARTICLE_WORD.fullmatch(last.lower())
                        or last.lower() in _SON_OF
                        or _could_be_a_name(last.lower())
                    )
                ):
                    # the name, then the whole name with it last, a particle or a second
                    # name between: "its zamble, irie bi zamble, the designer"
                    last = f"{last} {third}"
                if (
                    first.isalpha()
                    and last.replace("'", "").replace("-", "").replace(" ", "").isalpha()
                    and (
                        (said[0].lower() == nxt.lower() and _again(said, first))
                        or (
                            said.lower() == last.lower().rpartition(" ")[2]
                            # (any first name after "here": "lompo here, yentema lompo")
                            and (
                                first.lower() in first_names()
                                or (here and not plain_word(first.lower()))
                                # (or after a lead, two words no list knows: "me i am
                                # siaka, kone siaka, from ...")
                                or _named_after_a_lead(text, start, said, first)
                            )
                        )
                    )
                    # (the lead ends where the name starts: a look at the few letters before it)
                    and _SAID_TWICE_LEAD.search(text, max(0, start - 24), start) is not None
                ):
                    end = text.find(last, after + len(first)) + len(last)
                    yield start, first, last, end, text[end : end + 40].split(".", 1)[0]
        at, width = _next_pause(text, after)


# "Son of" (or "father of") inside a name: Ivorian "Bi", Arabic "ben", "abu", "ould".
_SON_OF = frozenset({"bi", "ben", "bin", "abu", "ould"})
# The words that introduce a name, straight before it: "its", "i am", "this is", "its me".
_INTRO_WORD_BEFORE = Lazy(rf"\b(?i:{_INTRO_WORDS})(?:\s+(?i:me))?,?\s+$")


def _named_after_a_lead(text: str, start: int, said: str, first: str) -> bool:
    """The word at ``start`` follows "its", "i am" or "this is", and it and ``first`` (the
    next name's first word) could both be names no list knows."""
    return (
        _INTRO_WORD_BEFORE.search(text, max(0, start - 24), start) is not None
        and _could_be_a_name(said.lower())
        and _could_be_a_name(first.lower())
    )


def _next_pause(text: str, start: int) -> tuple[int, int]:
    """Where the next pause is (", ", ". ", " -- " or " - ": a name is said again after
    any), and its width; (-1, 0) when there is none."""
    comma, stop = text.find(", ", start), text.find(". ", start)
    at = stop if comma < 0 or (0 <= stop < comma) else comma
    if "-" not in text:
        return at, 2
    width = 2
    for dash in (" -- ", " - ", "- "):  # ("wade- wade pruitt": a dash typed on the word)
        found = text.find(dash, start)
        if found >= 0 and (at < 0 or found < at):
            at, width = found, len(dash)
    return at, width


_TWO_LETTER_WORDS = frozenset(
    "hi ho oh ok so um uh eh ah no yo ya ye me we us he it is in on at to do go an as be by if my of or up"
    " ma pa ta ka ty tu na le mi ai li la".split()
)


def _again(said: str, first: str) -> bool:
    """The same word said twice, allowing one slip of the keyboard ("macrus, marcus"): two
    letters swapped, one letter wrong, one letter missing or one too many."""
    said, first = said.lower(), first.lower()
    if said == first:
        return True
    if len(first) > len(said) and first.startswith(said):
        # a nickname, then the name: "kev, kevin mahoney", "mo -- mohammed farouk" (two
        # letters only when they are no everyday word: not "hi, hilary")
        return len(said) >= 3 or said not in _TWO_LETTER_WORDS
    if (
        len(said) >= 3
        and said[-1] == "z"
        and len(first) > len(said)
        and first.startswith(said[:-1])
    ):
        return True  # the British nickname in -z: "gaz -- gary pritchard", "shaz, sharon"
    if len(first) < 4 or abs(len(said) - len(first)) > 1:
        return False
    if len(said) == len(first):
        diff = [i for i, (a, b) in enumerate(zip(said, first, strict=True)) if a != b]
        return len(diff) == 1 or (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and said[diff[0]] == first[diff[1]]
            and said[diff[1]] == first[diff[0]]
        )
    short, long = sorted((said, first), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


# A name checked back with a rising voice: ", yes?", ", right?", "?"
_CHECKED_BACK = Lazy(r"\s*(?:,?\s*(?:yes|yeah|right|correct|no|is\s+it|innit|ya|eh))?\s*\?")


def _name_said_twice(text: str) -> Iterator[tuple[str, str]]:
    for start, first, last, _end, after in _said_twice(text):
        if (
            last.lower() in _NAME_THEN
            and last.lower() != "of"
            and first.lower() == text[start : start + len(first)].lower()
            and first.lower() not in _NOT_NAMES
            and not plain_word(first.lower())
            and first.lower() not in BUSINESS_WORDS
        ):
            # the first name alone said again, then where from: "it's nurbek, nurbek from
            # the bishkek exporters club"
            yield first[0].upper() + first[1:], text[start:_end]
            continue
        if (
            first.lower() in _NOT_NAMES and first.lower() not in _WORDS_THAT_ARE_NAMES
        ) or _not_a_surname(last.lower()):
            continue
        if not after.lstrip().startswith((",", "-")) and _refers_away(after):
            continue  # "julia, julia castro told me..." names someone else
        if _CHECKED_BACK.match(after):
            continue  # "Keisha -- Keisha Ramdial, yes?": the one who picked up, checked
        yield (
            " ".join(word[0].upper() + word[1:] for word in (first, *last.split())),
            text[start:_end],
        )


def rep_name(text: str) -> str | None:
    """The personal name the rep introduces themself with, or None.

    >>> rep_name("Hi, this is Dana Ruiz from Acme.")
    'Dana Ruiz'
    >>> rep_name("Hi, this is Acme Staffing.") is None
    True
    """
    found = _first_name(normalise(text))
    return found[0] if found else None


@lru_cache(maxsize=1024)
def _first_name(text: str) -> tuple[str, str] | None:
    """The first (name, evidence) of :func:`_name_matches`: every rep line is asked twice,
    for its introduction signal and for the rep's name."""
    if not text.isascii():
        folded = fold_accents(text)
        if folded != text:
            # "this is Rafael Domínguez": read without the accents, quoted with them
            found = _first_name(folded)
            return (
                None
                if found is None
                else (_as_typed(found[0], folded, text), _as_typed(found[1], folded, text))
            )
    for found in _name_matches(text):
        if _addressed(text, found[0]):
            continue  # "hi Dale, calling from...": Dale is who is called, not who calls
        if (
            "," in text
            and found[0].count(" ") < 2
            and _company_apposed(text, found[1])
            and found[0].split(" ", 1)[0].lower() not in first_names()
        ):
            # "this is Shoreline, the agency over on route 9", "it's Tissus Ogou, the wax shop
            # at the market": a firm, not a person
            continue
        if found[1].lower().endswith(found[0].lower()) and _company_runs_on(text, found[1]):
            continue  # "it's sparkle pro commercial cleaning here": a company's words run on
        if " " not in found[0] and _brand_alone(found[0].lower()):
            continue  # "it's Medivance, she'll know what it's about": a brand, not a name
        if " dot " in lowercase(text) and _spoken_address(text, found[1]):
            continue  # "..., dana at acme dot com": an email address read out, not a caller
        if ":" in text and _LISTED_AFTER_COLON.match(text, text.find(found[1]) + len(found[1])):
            continue  # "It's Kalanso Stock: stock alerts by SMS, the expiry dates, ...": a product
        return found
    return None


# A colon straight after the name, then a list of things (two commas before the sentence ends).
_LISTED_AFTER_COLON = Lazy(r"\s*:\s*[^.!?:]*?,[^.!?:]*?,")


# One to three words straight after a name (no pause, and no "from", "at"... between), then
# a pause, the end, or "here", "calling", "speaking".
_RUN_ON_WORD = (
    r"\s+(?!(?i:here|calling|speaking|from|with|at|for|of|over|in|on)\b)([^\W\d_][\w&'-]*)"
)
_RUN_ON_WORDS = Lazy(
    rf"{_RUN_ON_WORD}(?:{_RUN_ON_WORD})?(?:{_RUN_ON_WORD})?"
    r"(?=\s*(?:[,.!?;:]|$)|\s+-|\s+(?i:here|calling|speaking)\b)"
)


def _company_runs_on(text: str, evidence: str) -> bool:
    """The words said as a name (``evidence`` ends on it) run on into a business word that
    ends the phrase: "it's uh sparkle pro commercial cleaning here", "it's Sparkle Pro
    Commercial Cleaning, we're...": a company, not a person (not "this is Dana cleaning up
    our records": the business word must end the phrase, and no everyday word comes before
    it)."""
    at = text.find(evidence)
    if at < 0:
        return False
    found = _RUN_ON_WORDS.match(text, at + len(evidence))
    if found is None:
        return False
    words = [w.lower() for w in found.groups() if w]
    return business_word(words[-1]) and not any(
        plain_word(w) or w in _NOT_NAMES for w in words[:-1]
    )


# The end of an email address said aloud: "dana at acme dot com".
_SPOKEN_ADDRESS = Lazy(r"(?i)\sdot\s+(?:com|co|org|net|io|edu|gov|uk|ca|au|biz|info)\b")


def _spoken_address(text: str, evidence: str) -> bool:
    """Whether the words found as a name, with a few after them, end in "dot com"."""
    at = max(text.find(evidence), 0)
    return _SPOKEN_ADDRESS.search(text, at, at + len(evidence) + 15) is not None


# A firm said of the one word before it: ", the agency over on route 9", ", a small
# brokerage" (not a role: ", the agency owner", ", the shop manager").
_FIRM_APPOSED = Lazy(
    r"(?i)\s*,\s*(?:the|a|an|your)\s+(?:[\w'-]+\s+){0,2}?(?:agency|company|firm|business|shop|store|practice|clinic"
    r"|brokerage|outfit|bakery|restaurant|studio|dealership|garage|pharmacy|warehouse|factory)\b"
    r"(?!['’]s|\s+(?:manager|owner|director|rep|representative|lead|guy|person|coordinator|administrator|assistant|head"
    r"|founder|partner|accountant|bookkeeper)\b)"
    # ... or what the firm does, said next: "this is Clearflue, we do kitchen exhaust cleaning"
    r"|\s*,\s*(?:and\s+)?(?:we|we're|were)\s+(?:do|make|sell|build|provide|offer|handle|install|supply|service|clean|are\s+an?|an?)\b"
)


def _company_apposed(text: str, evidence: str) -> bool:
    """Whether the words after an introduction's evidence say it named a firm."""
    at = text.find(evidence)
    return at >= 0 and _FIRM_APPOSED.match(text, at + len(evidence)) is not None


def _as_typed(piece: str, folded: str, text: str) -> str:
    """``piece`` of ``folded`` (``text`` without its accents) as ``text`` has it, in the
    case of ``piece`` ("Rafael Dominguez" of "rafael domínguez" is "Rafael Domínguez")."""
    at = folded.find(piece)
    if at < 0:
        at = folded.lower().find(piece.lower())
    if at < 0:
        return piece
    # (a letter whose lower case is longer may have moved the match: then it is kept as read)
    return in_case_of(text[at : at + len(piece)], piece)


_GREETED = Lazy(
    r"(?i:\b(?:hi|hey|hello|hiya|morning|afternoon|evening|good\s+(?:morning|afternoon|evening)|dear))\s+"
)


def _addressed(text: str, name: str) -> bool:
    """Whether ``name`` is only the greeted person: right after a greeting, then a comma
    (and no "here", "from", "speaking" right after it, which would make it the caller)."""
    at = text.find(name)
    if at <= 0 or not text.startswith(",", at + len(name)):
        return False
    greeting = _GREETED.search(text[max(0, at - 20) : at])
    if greeting is None or greeting.end() != min(at, 20):
        return False
    # (a full name and the firm by its trade after it are the caller's: "hi sam ortiz,
    # halyard exhibits.")
    firm = _GREETING_NAME_FIRM.match(text) if " " in name else None
    return not (
        firm is not None
        and firm.start("first") == at
        and firm.group("end").lower() in BUSINESS_WORDS
    )


# Words that may come before a name given in answer to "who is this?": a laugh, or owning
# up to not having said it ("ha, fair, devin asante").
_OWNING_UP = r"ha|hah|haha|heh|hehe|lol|fair|fair\s+enough|right|ok|okay|true|my\s+bad|good\s+point"
# A reply to "who is this?" that is just a name: "Kai Lindqvist.", "It's Trevor.", "Oh, Sam".
_BARE_NAME = Lazy(
    # (or "me", answering "who?" as English learned late may: "Me Dmitri, Dmitri Sokolov")
    rf"^\W*(?:(?i:(?:oh|sure|yes|yeah|yep|yup|sorry|um|uh|ah|well|me|it's|it\s+is|this\s+is|that's|that\s+would\s+be|that'd\s+be"
    # (laughing, or owning up to it: "ha, fair, devin asante")
    # (a dash may stand apart: "ha, right -- Isaac Bernal.")
    # ("Oh! Boakai Varney.": a stop after the word, too)
    rf"|{_OWNING_UP}))(?:,|\s*-+|\s*[—–]|[.!]{{1,3}})?\s+)*"
    rf"(?P<name>{_TITLE}{_NAME})(?:\s*[,.!;:-]|\s*$)"
)


# The same typed in lower case: a first name the list knows, then a pause or the end.
_BARE_LOWER_NAME = Lazy(
    r"^\W*(?:(?:oh|sure|yes|yeah|yep|yup|sorry|um|uh|ah|well|me|it's|its|it\s+is|this\s+is"
    # (perhaps after a greeting: "good afternoon, sir. ewusi mesumbe, meme mill parts")
    r"|good\s+(?:morning|afternoon|evening)|hello|hi|sir|madam|ma'am|ma"
    rf"|{_OWNING_UP})\W+)*(?P<name>[a-z][a-z'-]+)"
    # (with a surname after a first name the list knows: "ha, fair, devin asante.")
    r"(?P<last>\s+[a-z][a-z'-]+)?(?=\s*[,.!;:-]|\s*$)"
)


_ALONE = Lazy(r"\s*(?:[.!]*\s*$|,)")
# A name of two words in lower case, then one to four words of its company and a pause:
# "tom ferris pacific cold rooms. im calling about..." (answering "who did you say?").
_NAME_THEN_COMPANY = Lazy(
    r"^\W*(?:(?:oh|sure|yes|yeah|yep|sorry|um|uh|ah|well|it's|its|it\s+is|this\s+is)\W+)*"
    r"(?P<first>[a-z][a-z'-]+)\s+(?P<last>[a-z][a-z'-]+)(?:\s+[a-z][\w&'-]*){1,4}(?=\s*[,.!;:]|\s*$)"
)
_WHERE_FROM_AFTER = Lazy(
    r"\s*[,-]?\s*(?:with|from|at|over\s+at)\s+[a-z]"
    # (or the firm named by its trade after a pause: "ewusi mesumbe, meme mill parts, kumba")
    rf"|\s*[,.-]\s*(?:[a-z&'-]+\s+){{0,2}}(?:{_BUSINESS_ALTERNATION})\b"
)
# What a company is called after its name, where a person would be "the drone roof guy":
# ", the drone roof people", ", the company that...", ", we're the ones who..."
_COMPANY_AFTER = Lazy(
    r"(?i)\s*,\s*(?:the|an?|we're\s+the|we\s+are\s+the)\s+(?:[\w'-]+\s+){0,3}?"
    r"(?:people|company|folks|team|crew|outfit|firm|ones|agency|business|service|services)\b"
)
# ... or by what "we" do, after a word no name list knows: "oh, tradewinds, we design trade
# show booths" (after a first name, "its dana, we do payroll" is a person and her firm).
_WE_DO_AFTER = Lazy(
    r"(?i)\s*,\s*(?:and\s+)?we(?:'re|\s+are)?\s+(?:\w+\s+)?(?:design|make|build|sell|install|supply|provide|manufacture"
    r"|distribute|print|offer|repair|service|clean|ship|import|rent|lease|do|a|an|the)\b"
)
# Word endings of adjectives and nouns that answer "who?" in anger, not with a name.
_NOT_NAME_ENDINGS = ("able", "ible", "ous", "ful", "less", "ive", "ness", "ment", "tion", "ish")


# Words that address the one spoken to, said alone before a pause: "Ma, I'm calling from ...",
# "Sir, it's about your account" (no name of the caller's).
_WORDS_OF_ADDRESS = frozenset(
    "ma sir madam ma'am maam boss oga chief mate bro aunty auntie uncle dear love darling hun hon".split()
)


def _syllable_name(words: list[str]) -> bool:
    """Three short words that can each be a name, as Chinese, Vietnamese and Korean names
    are said surname first ("lim boon hock", "nguyen van an")."""
    return len(words) == 3 and all(len(w) <= 5 and _could_be_a_name(w.lower()) for w in words)


def _could_be_a_name(word: str) -> bool:
    """A lower-case word said alone in answer to "who's calling?" that is no everyday word,
    no company word and no filler ("devika"), perhaps in two parts: each a first name
    ("jean-luc") or each short ("soo-ah", "mi-rae", "jae-won"; not "follow-up", "check-in")."""
    if "-" in word:
        parts = word.split("-")
        if len(parts) != 2 or not all(part.isalpha() for part in parts):
            return False
        # (a syllable of a name may be a word too: "jae-won", "ji-sun")
        if any(plain_word(part) and part not in NAME_SYLLABLES for part in parts):
            return False
        if all(part in first_names() for part in parts):
            return word.replace("-", "") not in _NOT_NAMES  # ("mei-ling": no "-ing" word)
        return all(2 <= len(part) <= 4 for part in parts) and _could_be_a_name(
            word.replace("-", "")
        )
    return (
        len(word) >= 3
        and word.isalpha()
        and word not in _NOT_NAMES
        and word not in BUSINESS_WORDS
        and not plain_word(word)
        and not word.endswith(_NOT_NAME_ENDINGS)
    )


# "hola gloria, is pablo rubio, the designer of your menu boards": "it's" said without its
# "it", as Spanish, Portuguese and Italian speakers say it, after a greeting (a name the
# list knows, then who they are or where from: not "is pablo rubio there?")
_IT_DROPPED = Lazy(
    # (the one called may be addressed, and greeted twice: "hello mr rahman, good morning, is
    # lorenzo bianchi from tessitura")
    r"(?i)^\W*(?:(?:hi|hello|hola|ola|hey|ciao|good\s+(?:morning|afternoon|evening)|buenos\s+dias|bom\s+dia)\W+"
    r"(?:(?:mr|mrs|ms|dr)\.?\s+)?(?:[a-z][\w'-]*\W+)?){0,2}"
    r"(?P<said>is\s+(?P<first>[a-z][\w'-]+)(?:\s+[a-z][\w'-]+)?)(?:,\s+(?:the|your|from|with|at|calling)|\s+(?:from|with|calling))\b"
)


_WHEREABOUTS_AFTER = Lazy(
    r"(?i)\b(?:there|available|around|about|free|in\s+today|in\s+the\s+office|at\s+(?:his|her)\s+desk)\b"
)


def introduction(text: str, answers_who: bool = False) -> str | None:
    found = _first_name(text)
    if found:
        return found[1]
    if "is " in text or "Is " in text:
        dropped = _IT_DROPPED.match(text)
        if (
            dropped is not None
            and dropped.group("first").lower() in first_names()
            # (a question: "hi, is dana, the manager?" asks who picked up; "is maria from
            # accounts available today" asks where she is)
            and "?" not in (rest := text[dropped.end() :].split(".", 1)[0])
            and _WHEREABOUTS_AFTER.search(rest) is None
        ):
            return dropped.group("said")
    if not answers_who:
        return None
    told = _TELL_THEM_NAME.match(text) or _TELL_THEM_FULL_NAME.match(text)
    if told is not None and not any(
        _not_a_surname(word) or word in _NOT_LOWER_NAMES
        for word in told.group("name").lower().split()
    ):
        # "tell him kojo arthur from westline boilers", the answer to "who should I say
        # called?" (not "tell him dana from accounts called": someone else)
        return told.group("said")
    if not text.isascii():
        folded = fold_accents(text)
        if folded != text:
            # "Łukasz, from Helmsafe." answering "who is this?": read without the accents
            answer = _answers_who(folded)
            return None if answer is None else _as_typed(answer, folded, text)
    return _answers_who(text)


def _said_as_where_from(word: str, text: str) -> bool:
    """A word no list knows as a first name, said again in the line as where the caller is
    from: "its fitledger here, the team from fitledger" names a company."""
    low = word.lower()
    if low in first_names():
        return False
    return (
        re.search(rf"\b(?:from|with|at)\s+(?:the\s+)?{re.escape(low)}\b", text.lower()) is not None
    )


def _known_first_and_surname(first: str, last: str) -> bool:
    """A first name the list knows and a word that can be a surname (lower case)."""
    return (
        first in first_names()
        and first not in _NOT_NAMES
        and last not in _NOT_NAMES
        and last not in BUSINESS_WORDS
        and not plain_word(last)
    )


def _answers_who(text: str) -> str | None:
    """A name said alone, as the answer to "who is this?"."""
    for start, first, _last, end, _after in _said_twice(text):
        if text[:start].strip(" \"'(") == "" and first.lower() not in _NOT_NAMES:
            return text[start:end]
        break
    bare = _BARE_LOWER_NAME.match(text)
    if bare is not None and _COMPANY_AFTER.match(text, bare.end()):
        bare = None  # "skypitch, the drone roof people": a company, described
    if bare is not None and _brand_word(bare.group("name")):
        bare = None  # "yeah stocksmart, so...": a brand, not a name
    if (
        bare is not None
        and bare.group("name") not in first_names()
        and _WE_DO_AFTER.match(text, bare.end())
    ):
        bare = None  # "oh, tradewinds, we design trade show booths": a company
    if bare is not None and bare.group("last"):
        last = bare.group("last").strip()
        first = bare.group("name")
        if _known_first_and_surname(first, last) or (
            # a whole name no list knows, then where they are from: "oluwaseun
            # bakare, with moth and lamp lighting" (alone, two words no list knows may
            # be everyday ones: "ok talk soon, call me back")
            _could_be_a_name(first)
            and _could_be_a_name(last)
            and _WHERE_FROM_AFTER.match(text, bare.end())
        ):
            return f"{first}{bare.group('last')}"
        bare = None
    if bare is not None and (
        (bare.group("name") in first_names() and bare.group("name") not in _NOT_NAMES)
        # a name no list knows only when it is all the line says, or comes before a comma
        or (_could_be_a_name(bare.group("name")) and _ALONE.match(text, bare.end()))
    ):
        return bare.group("name")
    run = _NAME_THEN_COMPANY.match(text)
    if run is not None:
        # "tom ferris pacific cold rooms.": a whole name, its company run on after it
        first, last = run.group("first"), run.group("last")
        if _known_first_and_surname(first, last):
            return f"{first} {last}"
    match = _BARE_NAME.match(text)
    if (
        match is not None
        and match.group("name").split()[0].lower() not in first_names()
        and (
            _COMPANY_AFTER.match(text, match.end("name"))
            or _WE_DO_AFTER.match(text, match.end("name"))
        )
    ):
        # "oh, Securelink Access, we're the card reader folks", "uh Brightmeadow, we do
        # commercial insurance": a company
        match = None
    if match is not None and _brand_word(match.group("name").lower()):
        match = None  # "yeah it's Medivance, she'll know": a brand, not a name
    if match is not None and match.group("name").lower() in _WORDS_OF_ADDRESS:
        match = None  # "Ma, I'm calling from SunPower": the one asked, addressed
    if match:
        tokens = match.group("name").split()
        name = _clean_name(match.group("name"))
        if name and (len(tokens) > 1 or not text[match.end("name") :].lstrip().startswith("?")):
            return match.group().strip(" ,.!;:-")
    return None


_ASKS_WHO = Rule(
    # (not who someone else is: "i dont know who that is", "no idea who this is")
    r"\bwho(?<!know\swho)(?<!idea\swho)(?<!sure\swho)(?<!remember\swho)(?:'s|\s+is|\s+was)?\s+(?:this|that|it|calling|speaking|on\s+the\s+(?:line|phone))\b|\bwho\s+am\s+i\s+(?:speaking|talking)\s+(?:with|to)\b"
    # (not "who are you trying to reach?", "who are you calling for?": asking who they want)
    # (nor "who are you selling to right now?": their customers, asked about; nor "who are
    # you with?": the company, which "I'm with Ledgerline" answers)
    r"|\bwho\s+(?:are\s+you(?!\s+(?:with\b|trying|looking|calling\s+for|after|wanting|hoping|here\s+for|phoning\s+for|ringing\s+for|wanting|(?!representing\b)\w+ing\s+(?:to|with|for|from|now|these|right|at|in)\b))|do\s+i\s+have)\b|\bwho\s+should\s+i\s+say\b|\b(?:ask|tell\s+(?:him|her|them)|say|know)\s+who(?:'s|\s+is)?\s+calling\b"
    r"|\b(?:what's|what\s+is|may\s+i\s+(?:have|get|ask)|can\s+i\s+(?:get|have)|could\s+i\s+(?:get|have))\s+your\s+(?:own\s+|good\s+)?name\b|\band\s+you\s+are\s*(?:\.{2,3}|…)?\s*\?"
    # the name said to be missing: "I still didn't get your name."
    r"|\b(?:didn't|did\s+not|didnt|never)\s+(?:quite\s+)?(?:get|got|catch|caught|hear|heard)\s+your\s+name\b"
    # ("Your name." said as a sentence of its own, at the end: asked as plainly)
    r"|(?:^|[.!?,]\s*)(?:and\s+|sorry,?\s+|ok(?:ay)?,?\s+|sure,?\s+)?(?:your|a|the)\s+name(?:,?\s+(?:please|sir|ma'am|again))?\s*(?:\?|[.!]?\s*$)"
    # who they are talking to, in a statement's order: "I'm asking who I'm talking to."
    r"|\bwho\s+(?:i'm|i\s+am|im)\s+(?:speaking|talking)\s+(?:with|to)\b"
    r"|\bname,?\s+please\b|\b(?:can|could|may)\s+i\s+(?:get|have|take|ask)\s+(?:a|your|the)\s+(?:name|full\s+name)\b"
    r"|\bwho(?:'ll|'d|\s+will|\s+would|\s+may|\s+shall|\s+should|\s+do)\s+i\s+say\b|\band\s+you(?:'re|\s+are)\s*\??\s*$|\bwho\s+(?:am\s+i|are\s+we)\s+(?:speaking|talking)\b"
    # "who should I tell him is on the line?", "whom may I announce?", "what name shall I give her?"
    r"|\bwhom?\s+(?:should|shall|may|can|do|will|would)\s+i\s+(?:say|announce|tell\s+(?:him|her|them)|let\s+(?:him|her|them)\s+know|give|put\s+(?:down|through))\b|\bwhom\s+(?:am\s+i|do\s+i\s+have)\b"
    r"|\bwhat\s+name\s+(?:should|shall|may|can|do|will|would)\s+i\b|\b(?:who\s+(?:might|would)|and)\s+you\s+(?:might|would)?\s*be\s*(?:[?.!,]|$)"
    r"|\bwho(?:'ve|\s+have)\s+i\s+got\b"
    # "Who is talking?", "who talking" (not "who is talking to the vendors now?")
    r"|\bwho(?:'s|\s+is)?\s+(?:this\s+)?talking(?=\s*(?:[?.!,]|$))"
    # ("who's asking for that?" asks who wants a thing, not who is calling)
    r"|\bwho's\s+(?:this|asking(?!\s+(?:for|about)\s+(?:that|it|this|them|those|these|the)\b)|speaking)\b|\bwho\s+is\s+asking(?!\s+(?:for|about)\b)|\bwho\s+wants\s+to\s+know\b|\bsorry,?\s+who\b(?!\s+are\s+you\s+with\b|(?:'d|\s+did)\s+you\s+say\s+you(?:'re|\s+(?:were|are|was))\s+with\b)|\bwhat\s+(?:was|is)\s+your\s+name\b|\bwhere\s+are\s+you\s+calling\s+from\b|\bwho(?:'d|\s+did)\s+you\s+say\b(?!\s+you(?:'re|\s+(?:were|are|was))\s+with\b)"
)


@lru_cache(maxsize=8192)
def asks_who(text: str) -> str | None:
    """The words in a (prospect) line asking who is calling ("who's calling?"), or None."""
    low = text.lower()
    if (
        "who" not in low
        and "name" not in low
        and "you are" not in low
        and "you're" not in low
        and "you would be" not in low
        and "you might be" not in low
        and "calling from" not in low
    ):
        return None  # cheap gate: most prospect lines never compile or run the rule
    norm = normalise(text)
    if "who" in low and _WHO_YOU_WANT.search(norm) is not None:
        # whom the caller is after, not who the caller is: "Who is it you want?"
        norm = _WHO_YOU_WANT.sub(" ", norm)
    return first_match(_ASKS_WHO, norm)


# A screener asking whom the caller wants: "who is it you want?", "who are you after?",
# "who did you want to speak to?", "who do you need?"
_WHO_YOU_WANT = Lazy(
    r"(?i)\bwho(?:m)?\s+(?:is\s+it\s+|was\s+it\s+)?(?:(?:do|did|are|were)\s+)?you(?:'re|\s+are)?\s+"
    r"(?:want(?:ed|ing)?|need(?:ed)?|after|looking\s+for|wish(?:ing)?\s+to|would\s+like\s+to|trying\s+to\s+(?:reach|get))\b[^?.!]*"
)
