"""Repairing a line typed in a hurry before it is read: apostrophes, capitals, typos.

A trainee types the way people text: ``hi this is dana kim from northwind, im calling
cause your drivers are still on paper logs``. The rules that read a line are written for
sentences with their apostrophes and capitals, so the line is first brought back to that
form, one word at a time, and every reader sees the same repaired text:

- contractions that lost their apostrophe get it back (``im`` -> ``I'm``, ``dont`` ->
  ``don't``); a lone ``i`` becomes ``I``;
- a word of five letters or more with two neighbouring letters swapped (``calilng``) is
  put right when the swap gives one of the words the rules hinge on;
- a first name typed in lower case is capitalised where a name is expected (after "this
  is", "my name is", "it's", before "here", "from", "speaking"), with the surname after it.

Only words change, never the spaces and punctuation between them, so a span of the
repaired text maps back to the words the trainee actually typed (:meth:`Repaired.to_raw`):
a flag always quotes the line as it was typed.
"""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache
from itertools import filterfalse
from pathlib import Path

from roleplay.language import precompiled
from roleplay.language.questionmarks import (
    _AUX_WORDS,
    _SUBJECTS,
    QUESTION_CUE,
    QUESTION_CUE_WORDS,
    mark_or_not,
    mark_questions,
    or_not_cue,
    pause,
    statement_question_cue,
)
from roleplay.language.text import Frozen, Lazy, fold_accents, has_any, in_case_of, word_set
from roleplay.language.typos_table import TYPOS

# Contractions typed without their apostrophe. Only forms that are not words of their own:
# "were", "well", "ill", "id", "shed", "hell" and "wed" stay as they are.
_CONTRACTIONS = {
    "im": "I'm",
    "ive": "I've",
    "ill've": "I'll've",
    "id've": "I'd've",
    "dont": "don't",
    "doesnt": "doesn't",
    "didnt": "didn't",
    "isnt": "isn't",
    "arent": "aren't",
    "wasnt": "wasn't",
    "werent": "weren't",
    "wont": "won't",
    "cant": "can't",
    "couldnt": "couldn't",
    "wouldnt": "wouldn't",
    "shouldnt": "shouldn't",
    "havent": "haven't",
    "hasnt": "hasn't",
    "hadnt": "hadn't",
    "mustnt": "mustn't",
    "youre": "you're",
    "youve": "you've",
    "youll": "you'll",
    "youd": "you'd",
    "theyre": "they're",
    "theyve": "they've",
    "theyll": "they'll",
    "theyd": "they'd",
    "weve": "we've",
    "itll": "it'll",
    "thatll": "that'll",
    "shes": "she's",
    "hes": "he's",
    "thats": "that's",
    "whats": "what's",
    "whos": "who's",
    "wheres": "where's",
    "hows": "how's",
    "howd": "how'd",
    "whatd": "what'd",
    "whyd": "why'd",
    "whered": "where'd",
    "theres": "there's",
    "heres": "here's",
    "whens": "when's",
    "whys": "why's",
    "lets": "let's",
    "aint": "ain't",
    "yall": "y'all",
    "oclock": "o'clock",
    "maam": "ma'am",
    "ima": "I'ma",
    "idk": "I don't know",
    "itd": "it'd",
    "wholl": "who'll",
    "todays": "today's",
    "nows": "now's",
    "thatd": "that'd",
    "whatll": "what'll",
    "whove": "who've",
    "whatve": "what've",
    "whatre": "what're",
    "whatevers": "whatever's",
    "whoevers": "whoever's",
    "howre": "how're",
    "wouldve": "would've",
    "couldve": "could've",
    "shouldve": "should've",
    # Irish and West Country English keep the old clipped "it is": "'tis Siobhán here"
    "tis": "it's",
    "twas": "it was",
}
# Shorthand people type in a hurry, written out the way the rules read it.
_SHORTHAND = {
    # "-ful" typed with a double "l"
    "usefull": "useful",
    "helpfull": "helpful",
    "successfull": "successful",
    "carefull": "careful",
    "wonderfull": "wonderful",
    "beautifull": "beautiful",
    "powerfull": "powerful",
    "thankfull": "thankful",
    "gratefull": "grateful",
    "stressfull": "stressful",
    "frm": "from",
    # as Caribbean and West African Englishes say them: "what dis is about?", "who dis?"
    "dis": "this",
    # (West African Pidgin and Krio: "wetin dis call about?")
    "wetin": "what",
    "gr8": "great",
    "byee": "bye",
    "byeee": "bye",
    # (Scots: "whits this aboot then?")
    "whits": "what's",
    "dat": "that",
    "ur": "your",
    "thx": "thanks",
    "pls": "please",
    "sry": "sorry",
    "plz": "please",
    "bc": "because",
    "cuz": "because",
    "coz": "because",
    "cos": "because",
    "cause": "because",
    "bcos": "because",
    "bcoz": "because",
    "bcuz": "because",
    "becos": "because",
    "becoz": "because",
    "becuz": "because",
    "lemme": "let me",
    "wd": "would",
    "gimme": "give me",
    "cmon": "come on",
    "c'mon": "come on",
    "wanna": "want to",
    "gonna": "going to",
    "tmrw": "tomorrow",
    "tonite": "tonight",
    "2nite": "tonight",
    "tmr": "tomorrow",
    "tmrow": "tomorrow",
    "mins": "minutes",
    "min": "minute",
    "abt": "about",
    "wk": "week",
    "tues": "Tuesday",
    "weds": "Wednesday",
    "thurs": "Thursday",
    "appt": "appointment",
    "rn": "right now",
    "shud": "should",
    "shld": "should",
    "cud": "could",
    "wud": "would",
    # texting shorthand ("we should def sit down", "lmk what works", "tbh its a long shot")
    "def": "definitely",
    "defo": "definitely",
    "deffo": "definitely",
    "obv": "obviously",
    "obvs": "obviously",
    "tbh": "to be honest",
    "btw": "by the way",
    "lmk": "let me know",
    "ppl": "people",
    "mtg": "meeting",
    "convo": "conversation",
    "bout": "about",  # "how bout thursday" (not "a bout of flu": see _fix_word)
    "howabout": "how about",  # run together: "so howabout thurs at 10"
    "howbout": "how about",
    "bday": "birthday",
    "tho": "though",
    "rly": "really",
    "nvm": "never mind",
    "hrs": "hours",
    "wks": "weeks",
    # a greeting from elsewhere that only opens a call ("bonjour Kayla, Pierre Gagnon, ..."),
    # read as the greeting the rules know (not "ciao" or "aloha", which also say goodbye)
    "bonjour": "hello",
    "bonsoir": "hello",
    "hola": "hello",
    "hallo": "hello",
    "howdy": "hello",
    "gday": "hello",
    "g'day": "hello",
    "hej": "hello",
    # as Scots, Irish and Caribbean Englishes say them: "calling aboot your payroll", "she's
    # oot the kitchen", "fae Clydeside Digital", "are yous still sending", "how yuh doin",
    # "nutten serious" ("ye" and "tae" only in context: see _fix_word)
    "aboot": "about",
    "oot": "out",
    "doon": "down",
    "fae": "from",
    "nae": "no",
    "gonnae": "going to",
    "yous": "you",
    "youse": "you",
    "yuh": "you",
    "ye": "you",
    "tae": "to",
    # ... and Jamaican words for place and things: "up deh inna Toronto", "pon yuh page"
    "deh": "there",
    "di": "the",
    "inna": "in",
    "pon": "on",
    "tek": "take",
    "nutten": "nothing",
    "nuttin": "nothing",
    "nothin": "nothing",
    "onything": "anything",
    "jist": "just",
    # "just" with its t dropped: "can you jus put me on his calendar" (and "jus'": see
    # _CLIPPED_END)
    "jus": "just",
    # Caribbean plural "you": "allyuh still running everything from tokyo", Bajan "wunna"
    "allyuh": "you",
    "wunna": "you",
    "somethin": "something",
    "anythin": "anything",
    "everythin": "everything",
    "ah'm": "I'm",
    "ah've": "I've",
    "ah'll": "I'll",
    "ah'd": "I'd",
    # Caribbean "das" ("das cool?"), "wid" ("drop by wid di flyers")
    "das": "that's",
    "wid": "with",
    # Singlish "alr" ("we alr working with ur company")
    "alr": "already",
    # words that end in "-er", typed the way Boston, Yat and other Englishes without the r
    # say them: "sorry to bothah ya", "the guys ovah at ...", "call me back lattah"
    "bothah": "bother",
    "ovah": "over",
    "numbah": "number",
    "nevah": "never",
    "evah": "ever",
    "whatevah": "whatever",
    "bettah": "better",
    "lattah": "later",
    "aftah": "after",
    "remembah": "remember",
    "togethah": "together",
    "anothah": "another",
    "othah": "other",
    "mattah": "matter",
    "ordah": "order",
}
# French "c'est" ("it is") before a given name, as a bilingual caller opens: "C'est Yusuf
# Demir, from Itinéra" (before anything else it stays: "c'est la vie").
_CEST = frozenset(("c'est", "c’est", "cest"))
# ... and "I am" in Spanish, Portuguese and Italian: "soy Marta Ruiz, de ...", "sono Luca"
_I_AM = frozenset(("soy", "sou", "sono"))
# Scots "ah" is "I" before a verb ("an ah wanted tae see if ..."); before anything else it
# is the sound it makes ("ah right", "ah, sorry").
_AH_BEFORE = frozenset(
    "wanted want was need needed think thought know knew just will would could can am have"
    " had got hope hoped guess reckon saw heard called rang met promised said told".split()
)
# Some of these are names too ("this is Tae Kim", "Ye Wang here", "Di Marco", "it's Inna",
# "Fae Quinn", "emmanuel yuh here from halyard"): read as words only after a word that
# cannot lead a name, and never capitalised inside a line ("ye" and "tae" never opening it),
# nor after a given name the list knows (a surname, then).
_NAME_TOO = frozenset("ye tae di nae inna fae yuh".split())
_NAME_LEADS_BEFORE = frozenset("is i'm im am it's its name's names mr ms mrs dr".split())
# ... though "nae" after these, before a verb in -ing, is "not": "I'm nae tryin tae sell"
_NOT_AFTER = frozenset("i'm im am is it's its we're were you're youre are was".split())
# What "I" does after a request closed by "please": "..., please i will repeat it"
_AFTER_PLEASE_I = frozenset("will am can just want need would have must".split())
# Words before a noun: "bout" after one is the noun ("a bout of flu"), not "about".
_BEFORE_A_NOUN = frozenset("a the this that one each every first second last another".split())
_AFTER_I_WILL = frozenset(
    "just be call send try get have let do see talk email ring text follow check make give "
    "take put pass reach keep go come need bring show leave circle swing drop touch"
    " lock book pencil set hold block schedule grab pop stop tell ask forward loop update fix"
    " correct change post mail close clean mark note add remove write jot sort confirm"
    " double-check switch move swap log list flag shoot look find share introduce connect meet"
    " walk run pull whatsapp message ping dm phone buzz bell drive fly visit deliver courier ship".split()
)
# Nouns in -ing after "ur", which stay "your": "ur booking", "ur pricing", "ur wedding"
_NOT_YOURE_ING = frozenset(
    "booking bookings pricing wedding building ordering billing shipping parking housing funding"
    " staffing hiring marketing listing training meeting morning evening clothing packaging"
    " scheduling accounting bookkeeping invoicing warehousing landscaping catering plumbing"
    " heating roofing flooring cleaning printing lighting seating setting thing ceiling"
    " offering opening timing rating ranking".split()
)
# "cd" is "could" before whom it asks of: "cd i get 20 min", "cd u send it"
_ASKED_AFTER_CD = frozenset("i we you u ya ye he she they".split())
# ... and after whom it tells of: "we cd grab coffee fri at 9:30" (a subject pronoun; not
# "ya" or "ye", which may be "your" and "the")
_CD_AFTER = _ASKED_AFTER_CD - {"ya", "ye"}
# "want" and "need" before a verb, their "to" dropped (see _fix_word)
_WANT = frozenset("want wanted need needed".split())
# "wha" is "what" before these, as Caribbean Creoles and Gullah say it: "wha dis call
# regardin'", "wha yuh selling" (Scots "wha's there" asks who, and stays)
_WHAT_BEFORE = frozenset(
    "dis this dat that yuh you u ya yu kinda kind time happen happened".split()
)
# Caribbean Creoles' copula after these: "this da Dwayne" is "this is Dwayne"
_BEFORE_DA_IS = frozenset("this that it who".split())
# "we'll" typed as "well" after these, before a verb: "so what well do is get an engineer
# out", "maybe well talk next week" (not "as well get", "ok well get back to me")
_BEFORE_WE_WILL = frozenset("what maybe and so then hopefully".split())
_WELL_CUE = Lazy(rf"(?i)\b(?:{'|'.join(sorted(_BEFORE_WE_WILL))})\s+well\s+[a-z]")
# "wed love to get you in": "we'd" before these (Wednesday before a time: "wed at 2")
_AFTER_WE_WOULD = frozenset(
    "like love be rather need want prefer appreciate really just also definitely probably"
    " actually totally gladly happily".split()
)
_AFTER_I_WOULD = frozenset(
    "like love be rather need want say suggest recommend guess hate offer try call ask reach check"
    " give send drop swing pop come stop prefer imagine appreciate bet think propose buy shout treat"
    # an adverb before the verb: "id really love a testimonial", "id just need her email"
    " really just also definitely probably actually totally gladly happily much sooner".split()
)
# "an id check", "your id card": the noun
_BEFORE_AN_ID = frozenset(
    "a an the your my his her their our photo valid user staff caller".split()
)
_AFTER_WE_ARE = frozenset(
    "a an the calling reaching working looking hoping trying based just not really actually "
    "helping building running already currently also still now here offering doing in "
    "partnering planning launching opening pretty big super very totally definitely always all "
    "both huge small basically literally honestly kind sort probably number".split()
)
# "your" typed for "you're": before these it cannot be the possessive ("your expecting my
# call", "your not the first", "your probably busy"; not "your going rate": "going" only
# before "to")
_YOURE_BEFORE = frozenset(
    "expecting waiting not still already probably definitely welcome interested getting"
    " looking trying hoping doing based gonna supposed always up able".split()
)
# "and were doing demos": a subject-less "were" after these is "we're".
_JOINS = frozenset("and so but because cause since".split())
# "what were doing", "how were handling it": no subject between, so "we're".
# So does one after an adverb that cannot be its subject: "right now were doing a pilot".
_WERE_LEADS = _JOINS | frozenset(
    "what how where why when now currently also actually basically honestly anyway yeah"
    " well ok okay look plus".split()
)
# Days typed short, written out only where a time follows or "next", "on"... comes before
# ("wed" and "sun" are words).
_SHORT_DAYS = {
    "mon": "Monday",
    "tue": "Tuesday",
    "wed": "Wednesday",
    "thu": "Thursday",
    "thur": "Thursday",
    "fri": "Friday",
    "sat": "Saturday",
    "sun": "Sunday",
}
# "its" is "it's" when a name, an article or a verb form follows; the possessive "its" is
# followed by a noun ("its main office"), which the rules read the same either way.
_ITS_BEFORE = frozenset(
    "a an the me my your just not about regarding concerning been being going gonna really quick only late early "
    "been actually totally kind sort pretty very"
    # a pronoun or a pointer: "tell her its her old friend", "its this thing we do"
    " her his him them us their our this that these those no".split()
)

# The words the rules hinge on: a typo in one of them would hide a mistake or a good move.
_KEYWORDS = frozenset(
    """
    calling called ringing phoning reason reaching wanted wondering because about regarding purpose
    trying selling sales pitch telemarketer telemarketing survey honest honestly
    sorry apologize apologise apologies bother bothering interrupt interrupting intrusion
    disturb disturbing disturbance forgive pardon excuse minute minutes second seconds quick
    question questions curious wonder handle handling currently today process using
    challenge challenges problem problems struggle biggest priority priorities goals
    meeting schedule calendar available tomorrow monday tuesday wednesday thursday update updating
    friday saturday sunday morning afternoon evening tonight weekend week month
    number phone call back callback reach message email send sending introduce
    introduced introducing introductions introduction expecting returning personal matter private urgent confidential family friend friends already working partner
    conversation conversations recommend recommendation recommendations referral referrals
    referred referral mentioned suggested interested interest discount trial price
    pricing costs month monthly annual yearly license seats package packages flat features feature dashboard
    dashboards integration integrations analytics platform software automated
    automation automatic automatically uptime realtime reporting reports tracking module modules
    company business team people customers clients shop office warehouse drivers
    there speaking hello thanks thank great perfect works sounds would could should
    dollars bucks hundred thousand eleven twelve thirteen fourteen fifteen sixteen
    seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety
    please right through transfer connect available decision person whoever
    months weeks years percent launched launching released
    """.split()
)

# Four-letter words worth repairing: a swap in them ("tihs", "nmae") is just as common.
_SHORT_KEYWORDS = frozenset(
    "this from name here call sell sale demo time week cost calling what whats does your youre"
    " dont thats free days".split()
)

# Everyday words the rules read around the keywords ("my names dana", "hows it going",
# "calling cause...", "a place like yours"): a swap in one of them hides a name, a
# question or a reason just the same.
_EVERYDAY_WORDS = frozenset(
    """
    actually usually names yours going doing cause being think thing things something anything everything
    really their where which these those every right still looking looks working work want
    would about know have been with that them when just like other after before again
    maybe sure today later talk talking speak speaking chat coffee lunch breakfast connect
    connected linkedin request requested invite invited invitation close switch check address briefly
    email kinda sorta getting asked told record records choice service correct confirm contact
    presentation demonstration responsible
    """.split()
)

# An email address is one word: its dots are not full stops. Split on a captured word, a
# line is its gaps and words in turn: gap, word, gap, ..., word, gap (one call, in C).
_WORD_SPLIT = Lazy(
    r"([A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+|[A-Za-z0-9]+(?:['’][A-Za-z]+)*)"
)

# Where a first name is expected: after these leads ...
_NAME_LEADS = (
    ("this", "is"),
    ("it's",),
    ("its",),
    # "its me kofi": the caller's voice, then the name
    ("it's", "me"),
    ("its", "me"),
    ("it", "is", "me"),
    ("i'm",),
    ("i", "am"),
    ("my", "name", "is"),
    ("my", "name's"),
    ("name's",),
    ("hi",),
    ("hey",),
    ("hello",),
    ("morning",),
    ("afternoon",),
    ("yeah",),
    # "myself nikhil rao from skyguard": how Indian English often says it
    ("myself",),
    # "hello dana, here is jonas weber": German "hier ist", Dutch "hier is"
    ("here", "is"),
)
# ... or before these words.
_NAME_FOLLOWERS = frozenset({"here", "from", "with", "at", "speaking", "calling"})
#: Words after "at" that name no firm but an amount, a time or a place in general: "it's
#: machine washable at forty", "it's fully booked at noon", "it's best at home".
AT_NO_FIRM = frozenset(
    "one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty"
    " forty fifty sixty seventy eighty ninety hundred noon midnight night home least most"
    " all once first last full half cost scale"
    # (nor anyone's own place: "our agent will pass at your place")
    " your ur my our his her their".split()
)
# Subjects and modals: the word after one is a verb ("we see", "i will"), not a name.
_VERB_LEADS = frozenset(
    "i we you they he she to can could will would should might may must".split()
)
# Words that never start or continue a name, even where one is expected.
#: A verb's past after "it's", never a name: "it's grown from there".
PAST_PARTICIPLES = frozenset(
    """
    grown gone been done become taken given known shown seen begun come paid built brought
    bought thought found kept meant sent spent driven broken chosen spoken written thrown
    """.split()
)
_NOT_NAME = (
    frozenset(
        """
    a an the this that is it its it's i i'm me my you your we our they them he she his her
    and or but so if to of in on at for from with by as about just calling here there
    speaking sorry thanks thank yes yeah no not hi hey hello good great fine okay ok sure
    again also still really very quick quickly actually calling back over up out
    do does did are was were can could would should has have had
    monday tuesday wednesday thursday friday saturday sunday
    around available away busy today tomorrow now
    """.split()
    )
    | PAST_PARTICIPLES
)


def plain_word(word: str, *, by_ending: bool = True) -> bool:
    """An everyday word that never names a person ("rang", "about", "sorry", "lunch"), for
    the rules that take a name no list knows; ``word`` in lower case. ``by_ending``: a word
    ending like a verb or an adverb ("-ed", "-ing", "-ly") counts too (not for a word that
    stands where a name is said: "its shahed from ...")."""
    return (
        word in _NOT_NAME
        or word in _PLAIN_WORDS
        or word in _COMMON_VERBS
        or (by_ending and word.endswith(("ed", "ing", "ly")) and word not in _NAMEY_ENDINGS)
    )


# Names that end like a verb or an adverb: never taken for one.
_NAMEY_ENDINGS = frozenset(
    "ted ned fred jed reed ed ming ling king sterling kelly emily holly sally molly lily"
    # (and surnames: "fousseni coulibaly", "sean daly", "niamh connolly")
    " coulibaly daly healy connolly donnelly reilly scully tully beverly shelly kimberly".split()
)
# Past tenses and everyday verbs that follow a name ("priya rang", "dana said").
_COMMON_VERBS = frozenset(
    """
    rang said told called came went got gave sent left made took saw says tells wants needs
    asked thinks knows runs does has had was is will would can could should
    """.split()
)
_HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "mx"})
_HONORIFIC_CUE = Lazy(r"\b(?:mr|mrs|ms|dr|mx)\b\.?\s+[a-z]")
# Everyday words that can stand where a name is expected ("it's pretty late", "this is
# about your order", "nice chatting with you"): never read as a name the list lacks.
_PLAIN_WORDS = frozenset(
    """
    late early busy about regarding me us nothing something everything anything been only
    important urgent personal kind sort time going what who how why when where pretty super
    totally quite rather all one two those these because since lunch coffee meeting call
    nice happy glad pleased lovely awesome perfect brilliant cool right wrong true weird
    crazy funny odd hard easy tough late later tomorrow today tonight now then no none
    probably maybe definitely honestly seriously basically literally just still even ever
    more less most least much many few some any every each other another same such own
    new old big small little last next first second third final best better worse worst
    real sales marketing support service team office company business account quick short
    whatever whoever nevermind forget matter none vendor salesman nobody somebody anybody
    were are am be like kinda sorta
    """.split()
)
# First names that are also common words: capitalised only right after a strong lead
# ("this is", "my name is", "it's", "i'm") or right before "here" / "from" / "speaking".
_COMMON_WORD_NAMES = frozenset(
    """
    will may mark grant chase hope joy grace rose bill frank sue drew don pat art ray rob
    miles king major rich star page bell royal prince noble forest angel penny crystal
    hunter sunny ward olive kit ginger cliff clay gene chuck echo rod dot lane rusty pearl
    holly eve dean sage jade wade herb sterling roman robin mac willow sandy reed amber
    iris daisy lee stan earl berry carter walker foster porter marshall lance max autumn
    summer winter dawn faith patience liberty destiny charity mercy harmony melody candy
    honey junior son man guy lady miss young long love see soon many else chance carry
    marry hang song brain sun moon queen spring golden christian angle sang manual buck
    era al bee chin marine yen jewel delta china ivory aide marvel windy ta ka ty tu pa ma
    na le mi ai li una del les dong bong dung ping ming sung hung else numbers germany
    german irish america santa sunday conception earnest misty stormy rocky velvet
    karma maple raven coral genie aura gala birdie belle violet scarlet rosy sparkle
    """.split()
)
# Words that end a company's name when no punctuation does: "acme calling about...".
_AFTER_COMPANY = frozenset(
    "calling about because regarding and who how what quick i'm we we're here today".split()
)
# The last word of every lead in _NAME_LEADS: a cheap test before _lead_before.
_LEAD_ENDS = frozenset(lead[-1] for lead in _NAME_LEADS)
# The leads by their last word, each list in the order of _NAME_LEADS (see _lead_before).
_LEADS_BY_END: dict[str, tuple[tuple[str, ...], ...]] = {
    end: tuple(lead for lead in _NAME_LEADS if lead[-1] == end) for end in _LEAD_ENDS
}
_GREETINGS = frozenset(
    {("hi",), ("hey",), ("hello",), ("hiya",), ("yo",), ("morning",), ("afternoon",), ("yeah",)}
)
_INTRO_LEADS = frozenset(
    {("this", "is"), ("my", "name", "is"), ("it's",), ("my", "name's"), ("myself",), ("here", "is")}
)
# After "I'm", a name the list does not know only as a whole name: "i'm wren abernathy,
# the marketing intern at fathom" (not "i'm done with it", "i'm home from work").
_SELF_LEADS = frozenset({("i'm",), ("i", "am")})
_STRONG_LEADS = frozenset(
    {
        ("this", "is"),
        ("my", "name", "is"),
        ("my", "name's"),
        ("it's",),
        ("i'm",),
        ("name's",),
        ("i", "am"),
    }
)


# Swaps that give another real word are left alone ("three" is not a typo of "there").
_REAL_WORDS = frozenset(
    "form three trail prefect toady automaton curios lunching lunched prise prising".split()
)


_DOUBLE_LETTER = precompiled.compile(r"([a-z])\1")


def _typos() -> dict[str, str]:
    """Every keyword with two neighbouring inner letters swapped -> the keyword."""
    out: dict[str, str] = {}
    known = _KEYWORDS | _SHORT_KEYWORDS | _EVERYDAY_WORDS
    # (and the contractions typed without their apostrophe: "wohve" for "whove", "who've")
    for word in known | {c for c in _CONTRACTIONS if c.isalpha() and len(c) >= 5}:
        if len(word) < 4:
            continue
        for k in range(1, len(word) - 2):
            swapped = word[:k] + word[k + 1] + word[k] + word[k + 2 :]
            if swapped != word and swapped not in known and swapped not in _REAL_WORDS:
                out[swapped] = word
        if word.endswith("ing") and len(word) >= 5 and word != "thing":
            # the g dropped, as said: "callin", "reachin", "tryin", "doin" (not "thin")
            out.setdefault(word[:-1], word)
    # a double letter typed once: "adress", "ofice" (not in short words: "ben", "cal"); the
    # doubles found by one scan of all the words (a loop over every letter of every word
    # costs more at start-up)
    joined = " " + " ".join(word for word in known if len(word) >= 5) + " "
    for double in _DOUBLE_LETTER.finditer(joined):
        at = double.start()
        start = joined.rfind(" ", 0, at) + 1
        word = joined[start : joined.find(" ", at)]
        single = word[: at - start] + word[at - start + 1 :]
        if single not in known and single not in _REAL_WORDS:
            out.setdefault(single, word)
    # a double letter typed on the wrong consonant ("tommorow" for "tomorrow"), or one more
    # consonant doubled ("tommorrow"), in the longer words that have a double
    for word in known:
        pair = _DOUBLE_LETTER.search(word) if len(word) >= 6 else None
        if pair is None:
            continue
        single = word[: pair.start()] + word[pair.start() + 1 :]
        for base in (single, word):
            for k in range(1, len(base) - 1):
                letter = base[k]
                if letter in "aeiouy" or letter in (base[k - 1], base[k + 1]):
                    continue
                typo = base[:k] + letter + base[k:]
                if typo != word and typo not in known and typo not in _REAL_WORDS:
                    out.setdefault(typo, word)
    # an inner vowel dropped from a longer word: "brekfast", "intrested", "becuse", "alredy"
    for word in known:
        if len(word) < 7:
            continue
        for k in range(1, len(word) - 1):
            if word[k] in "aeiou":
                typo = word[:k] + word[k + 1 :]
                if typo not in known and typo not in _REAL_WORDS:
                    out.setdefault(typo, word)
    # spelt as said: a soft "c" typed "s" ("choise", "offise", "introduse"), and "-ar"
    # typed "-er" ("calender")
    for word in known:
        for k in range(1, len(word) - 1):
            if word[k] == "c" and word[k + 1] in "eiy":
                typo = word[:k] + "s" + word[k + 1 :]
                if typo not in known and typo not in _REAL_WORDS:
                    out.setdefault(typo, word)
        if len(word) >= 6 and word.endswith("ar"):
            typo = word[:-2] + "er"
            if typo not in known and typo not in _REAL_WORDS:
                out.setdefault(typo, word)
        if len(word) >= 8 and word.endswith("ible"):
            typo = word[:-4] + "able"  # spelt as French and Spanish spell it: "responsable"
            if typo not in known and typo not in _REAL_WORDS:
                out.setdefault(typo, word)
        if len(word) >= 8 and word.endswith("tion"):
            typo = word[:-4] + "ion"  # the "t" of "-tion" dropped: "presentaion"
            if typo not in known and typo not in _REAL_WORDS:
                out.setdefault(typo, word)
    for day in {day.lower() for day in _SHORT_DAYS.values()}:
        for k in range(1, len(day) - 1):  # an inner letter dropped: "thurday", "wednsday"
            dropped = day[:k] + day[k + 1 :]
            if dropped not in known and dropped not in _REAL_WORDS:
                out.setdefault(dropped, day)
    return out


def typos_table_source() -> str:
    """The source of :mod:`roleplay.language.typos_table`: :func:`_typos`, written out so
    that a start-up reads the table instead of building it (about 2 ms of a ``roleplay
    score``). A test checks the module against this; to write it again::

        python -c "from roleplay.language.repair import typos_table_source as s; print(s(), end='')" \\
            > src/roleplay/language/typos_table.py
    """
    lines = [
        '"""The typos the repair reads as the words meant, written out by',
        "``roleplay.language.repair.typos_table_source()`` (do not edit by hand: a test checks",
        'that it matches what the rules build)."""',
        "",
        "TYPOS: dict[str, str] = {",
        *(f'    "{typo}": "{meant}",' for typo, meant in sorted(_typos().items())),
        "}",
    ]
    return "\n".join(lines) + "\n"


_TYPOS = TYPOS
# Quick tests: most lines need no repair. A word that may need it is found by one pass
# over the line's words (a set lookup each); a name typed in lower case where a name is
# expected, by one small regex.
_REPAIRABLE = frozenset(
    {
        *_CONTRACTIONS,
        *_TYPOS,
        *_SHORTHAND,
        *_SHORT_DAYS,
        # (the tokens of a clipped word keep its apostrophe: "callin'", "'cause")
        *(typo + "'" for typo, meant in _TYPOS.items() if meant == typo + "g"),
        "wha'",
        # (in context only: "wha dis call regardin'", "cd i get 20 min": see _fix_word)
        "wha",
        "cd",
        *_CEST,
        *_I_AM,
        "mek",
        "mi",
        "an'",
        "o'",
        "ah",
        "'cause",
        "'cos",
        "'cuz",
        "'coz",
        "'bout",
        "'tis",
        "'twas",
        "da",
    }
)
# The words that need their neighbours, in the contexts where they need repair (tidy text
# is full of "I", "its" and "were" that are fine as they are).
_CONTEXT_CUE = Lazy(
    r"\b[Mm]y\s+names\s+[A-Za-z]|\b(?:"
    + "|".join(sorted(_WERE_LEADS))
    + r")\s+were\s+[a-z]|\bi\b|\b(?:ill|id)\s+[a-z]|\bw\s+[a-z]|\bu\b(?!\.)|(?:^|[,.;:!?]\s*)were\s+[a-z]"
    # ("its" before any word: whether it is "it's" is for the repair to say)
    r"|\bits\s+(?:[a-z'-]+\s+){1,2}(?:from|with|at|here|calling|speaking)\b"
    # ("Its" capitalised inside a line starts a sentence whose stop was dropped: "is this
    # Mr. Kowalczyk Its Nadia Karam from...")
    r"|\bits\s+[A-Za-z]|\bIts\s+[A-Z]"
    # "were Brightmoor Systems, we help...": the company named after a "were" opening the line
    r"|(?:^|[.!?]\s*)[Ww]ere\s+[A-Z]"
)
_TOKENS_ANY_CASE = Lazy(r"[A-Za-z0-9']+")


def _youre_typed(words: list[str]) -> bool:
    """Whether "your" stands where only "you're" can, among the line's lower-case words
    in order (see _YOURE_BEFORE)."""
    at = -1
    while True:
        try:
            at = words.index("your", at + 1)
        except ValueError:
            return False
        following = words[at + 1] if at + 1 < len(words) else ""
        if following in _YOURE_BEFORE or (
            following == "going" and words[at + 2 : at + 3] == ["to"]
        ):
            return True


# For ASCII text: every byte a token of _TOKENS_ANY_CASE cannot hold becomes a space.
_TOKEN_BYTES = bytes(
    byte if chr(byte).isascii() and (chr(byte).isalnum() or byte == 39) else 32
    for byte in range(256)
)
# In a lookahead, so that cues may overlap: in "hi this is dana kim", "hi this" must not
# hide "this is dana".
_NAME_CUE = Lazy(
    r"(?=\b(?P<a>[a-z][a-z'-]+)\s+(?:(?P<b>[a-z][a-z'-]+)\s+)?(?:here|from|with|at|speaking|calling|this\s+side)\b"
    r"|(?:^|[.!?,\-–—]\s*)(?P<c>[a-z][a-z'-]+)\s+[a-z][a-z'-]+[,.]"
    r"|\b(?i:this\s+is|it'?s|i'?m|name'?s|name\s+is|here\s+is|hi|hey|hello|morning|afternoon|yeah)\s*[,\-–—]?\s+(?P<d>[a-z][a-z'-]+))"
)
# A name the list does not know, where only a name can stand: "this is gaspard from...".
# Three regexes, each run only on a line with the text it needs (the line matches when one
# does): "from" or "with"; a "," "." or ";"; punctuation and a word after the name.
# (the short name, then the whole: "this is nat, nattapong, from lausanne")
_UNKNOWN_NAME_CUE_INTRO = Lazy(
    r"\b(?i:this\s+is|it'?s|my\s+name\s+is|here\s+is|hi|hey|hello),?\s+[a-z][a-z'-]+(?:,\s+[a-z][a-z'-]+,)?\s+(?:[a-z][a-z'-]+\s+)?(?:from|with|over\s+at)\b"
)
# ... with "calling" before where from, or after "myself", as Indian English introduces:
# "this is nuwan wickramasinghe calling from clinicflow", "myself suvash dewan, calling
# from halyard exhibits": found from "calling from" (a rare run of letters) back to the
# lead before the name, and from "myself" on (a rare word)
_CALLING_FROM = Lazy(r"(?i)[\s,](?:calling|ringing|phoning)\s+(?:from|with)\b")
_LEAD_AND_NAME = Lazy(
    r"\b(?i:this\s+is|it'?s|my\s+name\s+is|here\s+is|myself|hi|hey|hello),?\s+[a-z][a-z'-]+(?:\s+[a-z][a-z'-]+)?,?$"
)
_MYSELF_NAME = Lazy(
    r"\b(?i:myself),?\s+[a-z][a-z'-]+(?:\s+[a-z][a-z'-]+)?,?\s+(?:(?:calling|ringing|phoning)\s+)?(?:from|with|over\s+at)\b"
)


def _calling_cue(text: str, low: str | None) -> bool:
    if low is None or "myself" in low:
        if _MYSELF_NAME.search(text) is not None:
            return True
    if low is not None and "ing from" not in low and "ing with" not in low:
        return False  # (most lines: no "calling from" to read back from)
    for found in _CALLING_FROM.finditer(text):
        if _LEAD_AND_NAME.search(text, max(0, found.start() - 60), found.start()) is not None:
            return True
    return False


# "it's sunita ghosh, we met...", "this is deepa raghunathan."
_UNKNOWN_NAME_CUE_FULL = Lazy(
    r"\b(?i:this\s+is|it'?s|my\s+name\s+is|here\s+is)\s+[a-z][a-z'-]+\s+[a-z][a-z'-]+\s*[,.;]"
)
# After "I'm", a whole name, then where from or a role: "im wren abernathy from fathom",
# "i'm wren abernathy, the marketing intern at fathom" (not "i'm just calling from...").
_UNKNOWN_NAME_CUE_SELF = Lazy(
    r"\b(?i:i'?m|i\s+am)\s+(?![a-z]+(?:ing|ly)\b)([a-z][a-z'-]+)"
    r"\s+(?![a-z]+(?:ing|ly)\b)([a-z][a-z'-]+)(?:\s+(?:from|with|at)\b|,\s+(?:the|a|an)\s+(?:[a-z-]+\s+){0,3}?"
    r"(?:intern|manager|director|rep|representative|coordinator|assistant|owner|founder|ceo|cfo|coo|cto|vp|head|lead|associate"
    r"|specialist|consultant|analyst|engineer|partner|officer|agent|advisor|adviser|recruiter|planner|buyer|editor)\s+(?:at|with|from|for|over\s+at)\b)"
)
# "hi helen, raj patil at vetlink", "..., emeka obi calling from hopvine"
_UNKNOWN_NAME_CUE_AFTER = Lazy(
    # (a dash with a space before it: in "ultra-pasteurisation line from" the hyphen joins)
    r"[,.;:—–-](?<!\S-)\s*[a-z][a-z'-]+\s+[a-z][a-z'-]+,?\s+(?:from|with|at|calling|here|speaking|this\s+side)\b"
)
# ... or the greeting, the name, the company and what we do: "hi, naveen rao, halyard
# exhibits, we build trade-show booths" (matched at the start of the line only)
_UNKNOWN_NAME_CUE_GREETED = Lazy(
    r"\W*(?i:hi|hey|hello|morning)\W+[a-z][a-z'-]+\s+[a-z][a-z'-]+,\s+[a-z][\w'&-]*(?:\s+[a-z][\w'&-]*){0,2},\s+(?i:we|i)\b"
)


#: Words between a first name and a surname, kept in lower case: "van der", "dela", "bin"
#: (the name rules add the Irish ones written with a capital, "Ní", "Ó").
SURNAME_PARTICLES = frozenset(
    "van von der den de da di del dela della dos du ten ter la le bin bint ibn al el ait".split()
)


def _particle_name_cue(words: list[str]) -> bool:
    """Whether a name with one or two particles in it may stand here, for
    :func:`_name_with_particles` to read: before "here", "from"... ("thandeka van der merwe
    here"), or after "this is" or a greeting from a known first name ("hi, pieter van der
    berg, ..."); not "it's worth ten minutes"."""
    for i, word in enumerate(words):
        if i == 0 or word not in SURNAME_PARTICLES or plain_word(words[i - 1]):
            continue
        j = i + 2 if i + 1 < len(words) and words[i + 1] in SURNAME_PARTICLES else i + 1
        if j >= len(words) or words[j] in SURNAME_PARTICLES or plain_word(words[j]):
            continue
        if j + 1 < len(words) and words[j + 1] in _NAME_FOLLOWERS:
            return True
        if words[i - 1] in first_names() and (i == 1 or words[i - 2] in _PARTICLE_NAME_LEADS):
            return True
    return False


# The last word of a lead before a name with particles: "this is", "it's", "hi".
_PARTICLE_NAME_LEADS = frozenset("is its it's hi hey hello im i'm morning".split())


def _unknown_name_cue(text: str) -> bool:
    """Whether a name the list does not know stands where only a name can (the regexes
    above, each skipped when the line lacks the text every match of it contains)."""
    punctuated = "," in text or "." in text or ";" in text
    # The case-insensitive openings, as lower-case text: only on ASCII text ("(?i:i)" also
    # matches a dotless "ı", and "(?i:s)" a long "ſ").
    low = text.lower() if text.isascii() else None
    if ("from" in text or "with" in text or "over at" in text) and (
        ((low is None or has_any(low, _INTRO_OPENINGS)) and _UNKNOWN_NAME_CUE_INTRO.search(text))
        or _calling_cue(text, low)
    ):
        return True
    if (
        punctuated
        and (low is None or has_any(low, _FULL_OPENINGS))
        and _UNKNOWN_NAME_CUE_FULL.search(text)
    ):
        return True
    if (
        low is None or "'m " in low or " im " in low or low.startswith("im ") or "i am " in low
    ) and _self_named(text, low):
        return True
    if (
        punctuated
        and text[:1] in _GREETED_STARTS
        and _UNKNOWN_NAME_CUE_GREETED.match(text) is not None
    ):
        return True
    return (punctuated or has_any(text, _AFTER_MARKS)) and bool(
        _UNKNOWN_NAME_CUE_AFTER.search(text)
    )


_GREETED_STARTS = frozenset("hHmM")


def _self_named(text: str, low: str | None) -> bool:
    """_UNKNOWN_NAME_CUE_SELF, searched only where "i'm" (or "im", "i am") is followed by a
    lower-case word that could start a name: most lines with "I'm" go on "I'm Dana..." or
    "I'm calling...", and are done by a look at the next word."""
    if low is not None and not any(
        "a" <= text[at : at + 1] <= "z" and _may_be_name(low[at : at + 20].partition(" ")[0])
        for at in (opening.end() for opening in _SELF_OPENING.finditer(low))
    ):
        return False
    found = _UNKNOWN_NAME_CUE_SELF.search(text)
    # (two words, no everyday word: "i'm the office manager at..." names nobody)
    return found is not None and _PLAIN_WORDS.isdisjoint(found.groups())


def _may_be_name(word: str) -> bool:
    return word not in _PLAIN_WORDS and not word.endswith(("ing", "ly"))


# Where a name may follow, in the line's lower case (its own first test is the substring
# check of the caller, which most lines fail).
_SELF_OPENING = Lazy(r"\b(?:i'm|im|i am) ")


_AFTER_MARKS = (":", "—", "–", "-")
_INTRO_OPENINGS = ("this", "its", "it's", "name", "hi", "hey", "hello", "here is")
_FULL_OPENINGS = ("this", "its", "it's", "name", "here is")


# Who "r" is "are" with: "r u still ...", "we r open"; and the question words it is "are"
# after: "how r things", "where r u based"
_ARE_WITH = frozenset({"u", "you", "ya", "ye", "we", "they"})
_WH_BEFORE_R = frozenset("how where what who when why".split())
_BEFORE_R_ARE = _ARE_WITH | _WH_BEFORE_R
# ... and "r" there, in "r u still the coordinator", "u r", "we r", "how r things"
_R_ASKS = Lazy(
    r"(?i)(?:^|[,.;:!?]\s*|\b(?:and|so|but|ok|okay|hi|hey)\s+)r\s+(?:u|you|ya|ye|we|they)\b"
    r"|\b(?:u|you|we|they)\s+r\b"
    rf"|\b(?:{'|'.join(sorted(_WH_BEFORE_R))})\s+r\s+[a-z]"
)
_CONTEXT_TOKENS = frozenset({"i", "its", "ill", "id", "w", "u", "were", "Its", "Were", "names"})
# A contraction with its apostrophe typed as a space: "i ll", "we re", "don t".
_SPLIT_CONTRACTIONS = {
    **{
        (subject, tail): f"{subject}'{tail}"
        for subject, tails in (
            ("i", ("ll", "m", "ve")),
            ("we", ("ll", "re", "ve")),
            ("you", ("ll", "re", "ve")),
            ("they", ("ll", "re", "ve")),
            ("he", ("ll",)),
            ("she", ("ll",)),
            ("that", ("ll",)),
        )
        for tail in tails
    },
    **{
        (stem, "t"): f"{stem}'t"
        for stem in "don can won didn isn doesn wasn aren couldn wouldn shouldn haven hasn weren".split()
    },
}
_SPLIT_TAILS = frozenset(tail for _, tail in _SPLIT_CONTRACTIONS)
_SPLIT_CONTRACTION = Lazy(
    rf"(?i)\b(?:{'|'.join(dict.fromkeys(head for head, _ in _SPLIT_CONTRACTIONS))})"
    rf" (?:{'|'.join(dict.fromkeys(tail for _, tail in _SPLIT_CONTRACTIONS))})\b"
)
# "would love to grab a coffee": the "I'd" of a sentence typed without its subject
_WOULD_CUE = Lazy(r"(?:^|[.;:!?,]\s*|\b(?:and|so|but)\s+)(?i:would)\s+(?:love|like)\s+to\b")
_INTRO_TOKENS = frozenset(
    {"this", "This", "it's", "It's", "its", "name", "hi", "Hi", "hey", "hello", "here"}
)


# Spoken fillers, which stand for a pause.
# ("em" only at a pause: Irish "em, I was wondering", Tok Pisin "moning kapi, em joel here";
# "send em over" keeps it)
_FILLERS = frozenset("um umm uh uhh uhm erm er eh hmm em".split())
# Words a phrase cannot end on: a filler after one, between commas, paused inside the phrase.
_OPEN_WORDS = frozenset(
    "is am are was were it's its i'm im name's the a an to from with at of for my our your and".split()
)


# A word of five letters or more with its g dropped and an apostrophe in its place.
_G_DROPPED = precompiled.compile(r"(?i)\b[a-z]{2,}[b-df-hj-np-tv-xz]in['’](?!\w)")


def _to_dropped(words: list[str]) -> bool:
    """Whether "want" or "need" stands between whom it tells of and a verb, its "to"
    dropped ("we wanted ask you"): what _fix_word mends (see _WANT)."""
    return any(
        word in _WANT
        and 0 < at < len(words) - 1
        and words[at - 1] in _CD_AFTER
        and words[at + 1] in _AFTER_I_WILL
        for at, word in enumerate(words)
    )


def _may_need_words(text: str, names_too: bool = True) -> bool:
    # Each regex runs only on lines that have the words it looks for (a set test on the
    # line's words): on tidy text, most lines are done after two set lookups.
    if text.isascii():
        # _TOKENS_ANY_CASE's matches, by one byte translation (several times faster), and
        # the same lowered in one go (not word by word)
        spaced = text.encode().translate(_TOKEN_BYTES).decode()
        words = spaced.split()
        in_order = spaced.lower().split()
    else:
        words = _TOKENS_ANY_CASE.findall(text)
        in_order = list(map(str.lower, words))
    lowered = set(in_order)
    if not _REPAIRABLE.isdisjoint(lowered) or not _FILLERS.isdisjoint(lowered):
        return True
    if not _WANT.isdisjoint(lowered) and _to_dropped(in_order):
        return True  # "I want put fifteen minutes on your calendar"
    if ("in'" in text or "in’" in text) and _G_DROPPED.search(text) is not None:
        return True  # "sorry for eatin' into your morning"
    if (
        "your" in lowered
        and ("going" in lowered or not _YOURE_BEFORE.isdisjoint(lowered))
        and _youre_typed(in_order)
    ):
        return True
    present = set(words)
    if not _CONTEXT_TOKENS.isdisjoint(present) and _CONTEXT_CUE.search(text) is not None:
        return True
    if not _SPLIT_TAILS.isdisjoint(lowered) and _SPLIT_CONTRACTION.search(text) is not None:
        return True  # "i ll send it tonight": an apostrophe typed as a space
    if "r" in lowered and _R_ASKS.search(text) is not None:
        return True  # "r u still the coordinator": "are" typed as one letter
    if ("would" in lowered) and _WOULD_CUE.search(text) is not None:
        return True
    if "well" in lowered and _WELL_CUE.search(text) is not None:
        return True  # "so what well do is..."
    if not names_too:
        return False
    if not _HONORIFICS.isdisjoint(present) and _HONORIFIC_CUE.search(text) is not None:
        return True  # "ms. brooks"
    if not first_names().isdisjoint(present):
        # a first name typed in lower case, in a cue: the cue is searched for only where it
        # could hold one of the line's names (it starts at most _CUE_REACH characters before
        # the name), not at every position of the line
        for name in _cue_candidates(text):
            at = text.find(name)
            while at >= 0:
                for cue in _NAME_CUE.finditer(text, max(0, at - _CUE_REACH), _cue_end(text, at)):
                    if cue.start() > at:
                        break
                    if any(
                        w in first_names() and w not in _NOT_NAME
                        for w in cue.group("a", "b", "c", "d")
                        if w
                    ):
                        return True
                at = text.find(name, at + 1)
    if "myself" in lowered:
        # "myself anil bhatt, calling from...": a first name the list knows after it
        at = in_order.index("myself") + 1
        if at < len(in_order) and in_order[at] in first_names():
            return True
    if not SURNAME_PARTICLES.isdisjoint(lowered) and _particle_name_cue(in_order):
        return True  # "thandeka van der merwe here"
    return not (
        _INTRO_TOKENS.isdisjoint(present) and _NAME_FOLLOWERS.isdisjoint(present)
    ) and _unknown_name_cue(text)


_LOWER_RUN = Lazy(r"[a-z]+")
# For ASCII text: every byte but a-z becomes a space.
_LOWER_BYTES = bytes(byte if 97 <= byte <= 122 else 32 for byte in range(256))


# How far before a name a _NAME_CUE match that holds it can start: "my name is" and a pause
# before the name, or one word before it ("dana kim from...").
_CUE_REACH = 40
# Where a _NAME_CUE match reads: over at most three runs of spaces ("dana kim from", "my
# name is, dana"), then to the end of a word, and one character past it.
_CUE_SPAN = Lazy(r"(?:\S*\s+){3}\S*")


def _cue_end(text: str, at: int) -> int:
    """Where the search for a _NAME_CUE match starting by ``at`` can stop: one character
    past the span such a match reads. (The search goes no further, where it otherwise ran
    on to the end of the line to find that no later match starts by ``at``.)"""
    span = _CUE_SPAN.match(text, at)
    return len(text) if span is None else span.end() + 1


def _cue_candidates(text: str) -> list[str]:
    """The first names not in _NOT_NAME that a word of a :data:`_NAME_CUE` match in ``text``
    could be.

    Every group of the cue is a run of ``[a-z'-]`` starting after a non-word character and
    ending where the run ends, so a name with no apostrophe or hyphen in it can only be a
    whole run of lower-case letters: those are looked up first (the cue regex itself is
    among the costliest of a rep line).
    """
    # A plain name (lower-case ASCII letters) is a whole run: the runs that are names, by
    # one set intersection, then the two conditions the other names need.
    if text.isascii():  # _LOWER_RUN's matches, by one byte translation
        runs = text.encode().translate(_LOWER_BYTES).decode().split()
    else:
        runs = _LOWER_RUN.findall(text)
    found = [
        name
        for name in first_names().intersection(runs)
        if len(name) >= 2 and name not in _NOT_NAME
    ]
    found.extend(name for name in _cue_names() if name in text)
    return found


@lru_cache(maxsize=1)
def _cue_names() -> tuple[str, ...]:
    """The first names a cue group can be (``[a-z][a-z'-]+``, not in _NOT_NAME) that are not
    all letters: with an apostrophe or a hyphen. (Those of lower-case letters only are
    looked up among the runs of a line; no set of them is built, which cost every
    ``roleplay score`` a Python test of each of 8,000 names at start-up.)"""
    other = sorted(
        name
        # str.isalpha as the filter: the few names with other characters, by a C loop
        for name in filterfalse(str.isalpha, first_names() - _NOT_NAME)
        if len(name) >= 2
        and name[0].isascii()
        and name[0].islower()
        and _CUE_CHARS.issuperset(name)
    )
    return tuple(other)


_CUE_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz'-")


#: Words that end (or make up) a company name rather than a person's name (a place, too:
#: "Suncharge Zambia", "Brightdesk Asia").
BUSINESS_WORDS = frozenset(
    """
    staffing solar insurance payments payment displays display supply supplies labs lab group marketing
    track tracker gps
    research windows scheduling websites website packaging sign search foods food courier workwear mutual
    backup telematics advisors advisers advisory risk equipment office voice invoicing optical inc llc ltd
    corp co company corporation solutions services service systems technologies technology tech software
    consulting consultants partners associates agency logistics health healthcare medical dental financial
    finance capital bank bancorp realty properties property construction industries international global
    networks network media digital design designs studio studios manufacturing distribution energy
    electric security communications telecom wireless analytics data cloud ventures holdings enterprises
    fitness legal law accounting recruiting printing print imaging auto motors pharma pharmaceuticals
    therapeutics biotech robotics automation hvac plumbing heating roofing landscaping cleaning pumps valve
    valves composites exhibits seed millwork team department dept desk support sales billing accounts
    insurers brokers brokerage mortgage lending loans credit payroll hr it bi ai crm erp saas exchange
    store stores shop market markets supply-chain freight shipping transport transportation trucking
    fleet lighting furniture interiors apparel uniforms benefits wealth investments investment trust
    institute academy university college school clinic hospital pharmacy foods farms farm dairy bakery
    restaurant restaurants hotel hotels travel events productions creative works labs3 3pl
    bookkeeping tax taxes audit auditing catering signage coatings fabrication welding machining paving
    concrete electrical mechanical engineering engineers architects architecture surveying recruitment
    cleaners janitorial maintenance repair repairs rentals rental leasing lease storage warehousing
    packaging fulfillment fulfilment couriers delivery deliveries moving movers towing waste recycling
    environmental water pools pest lawn garden gardens nursery florist flowers coffee brewing brewery
    winery beverages produce meats seafood provisions kitchen kitchens cabinets flooring doors
    fencing decking paint painting drywall insulation solar utilities fuel oil gas propane
    telecoms broadband internet fiber fibre wifi hosting domains web apps app cyber cybersecurity
    glass glazing glaziers joinery joiners carpentry scaffolding blinds tiles tiling removals
    builders garage coaches drains drainage gutters skips upholstery locksmiths plastering
    endpoint verification compliance training coaching learning education tutoring staffing talent
    careers hiring outsourcing bpo pos point-of-sale ordering payments fintech lending insurtech
    wellness spa salon salons beauty cosmetics pharmacy vet veterinary animal pets pet care homecare
    nursing dentistry orthodontics optometry chiropractic physio physiotherapy therapy counseling
    counselling lab analytics intelligence insights metrics surveys polling advertising ads promotions
    signs graphics branding pr publishing radio tv broadcasting films video photo
    photography av audio sound acoustics lighting staging exhibitions displays trade traders trading
    imports exports wholesale distributors distribution suppliers supply parts components tools tooling
    machinery machines industrial hydraulics pneumatics controls instruments electronics semiconductors
    chemicals plastics polymers metals aluminum aluminium scrap mining minerals timber lumber
    forestry agriculture agri agritech seeds feed grain crops
    pros experts specialists contractors builders installers outfitters exteriors renovations gutter
    gutters guards control alarms locksmiths centers centre centres center depot hub bros brothers
    treasury coolers homes outdoors collective
    pallet pallets crate crates containers paper tires tyres fasteners filters textiles linens laundry
    disposal hauling
    diagnostics laboratories scientific devices biologics testing inspections inspection scans scanning
    roofs claims recovery collections monitoring protection safety
    routing routes dispatch mapping drones aerial navigation
    agro inputs agrochemicals agrovet fertilizer fertilizers fertiliser fertilisers
    streaming printing consulting marketing glazing tiling plastering detailing
    civil civils haulage haulier hauliers quarry quarries aggregates groundworks demolition
    excavation earthworks bookings reservations tours charters tickets ticketing transfers
    marine yachts boats
    products product connect connexion paints transports
    peintures assurances pharmacie quincaillerie imprimerie boulangerie
    africa asia europe americas pacific caribbean uk usa emea apac latam nordic nordics zambia
    nigeria ghana uganda tanzania rwanda malawi botswana namibia zimbabwe mozambique angola
    ethiopia egypt morocco tunisia algeria senegal cameroon gambia liberia mauritius seychelles
    singapore malaysia indonesia philippines vietnam thailand cambodia laos myanmar pakistan
    bangladesh lanka nepal bhutan maldives oman bahrain qatar kuwait emirates uae saudi yemen
    lebanon cyprus malta greece turkey germany spain portugal italy ireland scotland england
    canada mexico brazil chile peru colombia australia zealand fiji samoa tonga belize jamaica
    barbados bahamas bermuda guyana suriname
    """.split()
)


@lru_cache(maxsize=1)
def _business_letters() -> frozenset[str]:
    """The business words of six letters or more, each spelled by its letters in order: a
    word typed with two letters swapped ("pacakging") is still the business word. Built on
    first use, not at start-up: few lines ever ask."""
    return frozenset("".join(sorted(w)) for w in BUSINESS_WORDS if len(w) >= 6)


def business_word(low: str) -> bool:
    """Is ``low`` a business word, perhaps typed with letters swapped ("pacakging")?"""
    return low in BUSINESS_WORDS or (len(low) >= 6 and "".join(sorted(low)) in _business_letters())


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """The first-name gazetteer (lower case), loaded on first use."""
    # Read next to this module: importlib.resources would cost ``roleplay score`` several
    # imports (zipfile, tempfile, typing...) at start-up for the same file.
    path = Path(__file__).with_name("data") / "first_names.txt"
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:  # not a plain directory (a zipped install): the resource API finds it
        from importlib import resources

        text = (
            resources.files("roleplay.language")
            .joinpath("data/first_names.txt")
            .read_text(encoding="utf-8")
        )
    # The comments head the file: past them, one name a line, split by C code (a Python
    # test of each of 8,000 lines cost every ``roleplay score`` a few milliseconds).
    body = text
    while body.startswith("#"):
        body = body.partition("\n")[2]
    if "#" in body:  # a comment further down: the line-by-line reading
        return frozenset(
            name
            for line in text.splitlines()
            if (name := line.strip()) and not line.startswith("#")
        )
    return frozenset(body.split())


class Repaired(Frozen):
    """A line and its repaired form, with the map from one to the other.

    Attributes:
        raw: The line as typed.
        text: The repaired line (equal to ``raw`` when nothing needed repair).
        edits: ``(start, end, raw_start, raw_end)`` of each changed word, in order.
    """

    raw: str
    text: str
    edits: tuple[tuple[int, int, int, int], ...]

    _fields = ("raw", "text", "edits")
    __match_args__ = ("raw", "text", "edits")

    def __init__(
        self, raw: str, text: str, edits: tuple[tuple[int, int, int, int], ...] = ()
    ) -> None:
        object.__setattr__(self, "raw", raw)
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "edits", edits)

    def to_raw(self, fragment: str) -> str:
        """The words as typed behind ``fragment`` of the repaired text.

        A fragment that is not in the repaired text (already raw, or rebuilt by a rule)
        comes back unchanged.
        """
        if not self.edits or not fragment:
            return fragment
        start = self.text.find(fragment)
        if start < 0:
            return fragment
        raw = self.raw[self._raw(start, False) : self._raw(start + len(fragment), True)]
        # A mark repair put between words ("those? is that...") maps back to the pause typed
        # there (", "), which is no part of the words.
        if not fragment.endswith((",", ";", " ")):
            raw = raw.rstrip(" ,;")
        return raw

    def _raw(self, pos: int, end: bool) -> int:
        starts = [e[0] for e in self.edits]
        i = bisect_right(starts, pos) - 1
        if i < 0:
            return pos
        s, e, rs, re_ = self.edits[i]
        if pos >= e:
            return re_ + (pos - e)
        if pos == s:
            return rs
        return re_ if end else rs  # inside a changed word: take all of it


# The question words of QUESTION_CUE, standing alone: its second alternative, a match of
# the whole rule. Most lines typed without "?" that have one are settled by this small
# regex; the rule's first alternative tries every auxiliary at every word.
_WH_WORD = Lazy(r"\b(?:how|what|who|when|where|which|why|whos|whats|hows|wheres)\b")
_WH_RUNS = frozenset("how what who when where which why whos whats hows wheres".split())


def _question_cue(text: str) -> bool:
    """``QUESTION_CUE.matches(text)``, a question word tried first."""
    if text.isascii():  # QUESTION_CUE reads ASCII text lower-cased
        low = text.lower()
        if not _WH_RUNS.isdisjoint(word_set(low)) and _WH_WORD.search(low) is not None:
            return True
    return QUESTION_CUE.matches(text)


@lru_cache(maxsize=16384)
def repair(text: str, names: bool = True) -> Repaired:
    """Repair a typed line (see the module docstring); cheap when nothing needs it.

    Args:
        text: The line.
        names: Also capitalise names typed in lower case (a rep's line); a prospect's
            line only needs its apostrophes and question marks.
    """
    if "." in text and _DOT_DIGIT.search(text) is not None:
        clocked = _clock_colons(text)
        if clocked != text:
            # a clock time written with a dot, as British English writes it ("does thurs
            # 12.30 work"): read with its colon, one character for one, so nothing moves
            found = repair(clocked, names)
            return Repaired(text, found.text, found.edits)
    if not text.isascii():
        folded = fold_accents(text)
        if folded != text:
            # The rules know words and names in the letters a-z: the line is read without
            # its accents ("its émilie tremblay" as "its emilie tremblay") and repaired
            # with them ("it's Émilie Tremblay").
            return _with_accents(_repair(folded, names), text)
    return _repair(text, names)


# (a dot before a digit: a scan that starts on the dot, several times faster than "\d\.\d")
_DOT_DIGIT = precompiled.compile(r"\.[0-9]")
# A clock time with a dot for its colon: "12.30", "at 1.15", "2.45pm" -- after a day or a
# word for when, or before am/pm (not money or a figure: "12.50 a month", "2.35 percent",
# "$9.99", "773.555.0104")
_DOTTED = Lazy(r"(?<![$£€\d.,])\b(?:1[0-2]|0?\d|2[0-3])(\.)[0-5]\d(?![.,]?\d)")
_CLOCK_LEADS = frozenset(
    "at by around say from until till before after or tomorrow thurs tues weds mon fri sat sun wed thu tue".split()
)
_AM_PM = ("am", "pm", "a.m", "p.m")
_NOT_A_CLOCK_AFTER = Lazy(
    r"(?i)\s*(?:%|percent|dollars|bucks|quid|pounds|euros|k\b|m\b|per\b|each\b|an?\s+(?:month|year|week|user|head|seat|unit))"
)


def _clock_colons(text: str) -> str:
    """``text`` with the dot of each clock time written "12.30" made a colon."""
    out = text
    for found in _DOTTED.finditer(text):
        before = text[: found.start()].rsplit(None, 1)
        lead = (
            before[-1].lower().strip(",")
            if before and text[found.start() - 1 : found.start()] == " "
            else ""
        )
        after = text[found.end() :].lstrip().lower()
        if not (lead in _CLOCK_LEADS or lead.endswith("day") or after.startswith(_AM_PM)):
            continue
        if _NOT_A_CLOCK_AFTER.match(text, found.end()):
            continue
        dot = found.start(1)
        out = out[:dot] + ":" + out[dot + 1 :]
    return out


def _with_accents(found: Repaired, text: str) -> Repaired:
    """``found`` (the repair of ``text`` read without accents, the same length) written
    over ``text``: each changed word takes its accents back where only its case changed."""
    if not found.edits:
        return Repaired(text, text)
    pieces = []
    raw_at = 0
    for start, end, raw_start, raw_end in found.edits:
        pieces.append(text[raw_at:raw_start])
        piece, typed = found.text[start:end], text[raw_start:raw_end]
        if piece.lower() == fold_accents(typed).lower():
            piece = in_case_of(typed, piece)  # (only its case changed: "Émilie")
        pieces.append(piece)
        raw_at = raw_end
    pieces.append(text[raw_at:])
    return Repaired(text, "".join(pieces), found.edits)


_APOSTROPHES = ("'", "’")
# A word that opens sentences, capitalised straight after a lower-case word: the full stop
# (and maybe the question mark) before it was not typed.
_LOST_STOP = Lazy(
    r"[a-z]\s+(?:You|Your|Who|What|How|Which|When|Where|Why|Is|Are|Do|Does|Did|Could|Would|Should"
    # (what opens the sentence after a question: "..., more or less Because if it's ...")
    r"|Because"
    # (or "so", its capital the only stop left: "How I will forget So how the new shop at
    # Red Light going Last time you said ...")
    r"|So)\b"
    # (or a sentence begun in lower case after a stop, typed in a hurry whatever the names'
    # capitals: "... from our apapa days. how are you i'll be in lagos ...")
    r"|[a-z]{2}[.!]\s+(?:how|what|who|which|where|when|why|is|are|do|does|did|can|could|would|will|you)\b"
    # (or after "please", a question asked as West African Englishes ask it: "... Kafui.
    # Please how many staff do you have at the clinic now. Then ...")
    r"|[.!]\s+(?i:please),?\s+(?:how|what|who|which|where|when|why|is|are|do|does|did|can|could|would|will)\b"
)
# Words whose front is clipped, an apostrophe in its place: "'cause", "'bout".
_CLIPPED_FRONT = frozenset({"cause", "cos", "cuz", "coz", "bout", "tis", "twas"})
# Words whose end is clipped, an apostrophe in its place: "wha'", "an'".
_CLIPPED_END = {"wha": "what", "an": "and", "o": "of", "jus": "just"}


# (a question word before "dis" asks: "who dis, from the bank?")
_WHAT_BEFORE_DIS = frozenset("who wha what whats how wetin which".split())


def _dis_after_name(lowered: list[str], new: list[str], gaps: list[str], i: int) -> bool:
    """Whether "dis" (word ``i``) follows a capitalised name and ends its clause."""
    return (
        i > 0
        and new[i - 1][:1].isupper()
        and lowered[i - 1] not in _NOT_NAME
        and lowered[i - 1] not in _WHAT_BEFORE_DIS
        and not gaps[i].strip()
        and ("," in gaps[i + 1] or lowered[i + 1 : i + 2] == ["from"])
    )


def _repair(text: str, names: bool) -> Repaired:
    needs_words = _may_need_words(text, names)
    # A question mark is missing only where punctuation was not typed with care: no "?"
    # in the line, and it ends without a full stop or is all lower case.
    needs_marks = (
        "?" not in text
        and (
            text.rstrip()[-1:] not in ".!"
            # (a trailing "..." leaves the line open: "is it clipboards on the door, or...")
            or text.rstrip().endswith(("...", "…"))
            or text == text.lower()
            # (or a sentence begun with no stop before it: "... the new line in Naas You said")
            or _LOST_STOP.search(text) is not None
        )
        and (
            (
                (not text.isascii() or not QUESTION_CUE_WORDS.isdisjoint(word_set(text.lower())))
                and _question_cue(text)
            )
            or statement_question_cue(text)
            # "are" typed as one letter: "just checking, r u still the coordinator"
            or (needs_words and "r" in word_set(text.lower()) and _R_ASKS.search(text) is not None)
        )
    )
    # (a yes-or-no closed by "or not" in a line typed with care is looked for on its own)
    needs_or_not = not needs_marks and "?" not in text and or_not_cue(text.lower())
    if not (needs_words or needs_marks or needs_or_not):
        return Repaired(text, text)
    old_pieces = _WORD_SPLIT.split(text)
    if len(old_pieces) < 2:
        return Repaired(text, text)
    new = old_pieces[1::2]
    lowered = [w.lower().replace("’", "'") for w in new]
    # gaps[i] is the text before word i; gaps[-1] the text after the last word.
    gaps = old_pieces[0::2]
    if needs_words:
        # Typos first, so that the rules that look ahead read the word meant: "its priyanka
        # raman calilng" is "it's" before "calling", "my nmaes abby" is "my name's abby".
        for i, low in enumerate(lowered):
            meant = _TYPOS.get(low)
            if low == "dis" and _dis_after_name(lowered, new, gaps, i):
                meant = "here"  # Jamaican "a Winston Brown dis, from ...": "Winston Brown here"
            if meant is not None:
                lowered[i], new[i] = meant, _same_case(meant, new[i])
                if meant == low + "g" and gaps[i + 1][:1] in _APOSTROPHES:
                    gaps[i + 1] = gaps[i + 1][1:]  # "callin'": its apostrophe stood for the g
            elif (
                len(low) >= 5
                and low.endswith("in")
                and low[-3] not in "aeiouy"
                and gaps[i + 1][:1] in _APOSTROPHES
                and low.isalpha()
            ):
                # any g dropped, its apostrophe in its place: "eatin'", "landin'" (perhaps
                # mistyped too: "clalin'" is "calling")
                meant = _TYPOS.get(low + "g", low + "g")
                lowered[i], new[i] = meant, _same_case(meant, new[i])
                gaps[i + 1] = gaps[i + 1][1:]
            elif low in _CLIPPED_END and gaps[i + 1][:1] in _APOSTROPHES:
                # "wha' is this regardin", "me an' him": the apostrophe stood for its end
                meant = _CLIPPED_END[low]
                lowered[i], new[i] = meant, _same_case(meant, new[i])
                gaps[i + 1] = gaps[i + 1][1:]
            elif low in _CLIPPED_FRONT and gaps[i][-1:] in _APOSTROPHES:
                gaps[i] = gaps[i][:-1]  # "'cause", "'bout": the apostrophe stood for "be", "a"
        # (an apostrophe typed as a space is looked for only in a line with one's tail)
        split = not _SPLIT_TAILS.isdisjoint(lowered)
        for i, (low, word) in enumerate(zip(lowered, new, strict=True)):
            following = lowered[i + 1] if i + 1 < len(lowered) else ""
            if (
                split
                and following in _SPLIT_TAILS
                and (low, following) in _SPLIT_CONTRACTIONS
                and gaps[i + 1] == " "
            ):
                # the apostrophe typed as a space: "i ll send u the pic", "we re open"
                joined = _SPLIT_CONTRACTIONS[(low, following)]
                new[i] = "I" + joined[1:] if low == "i" else _same_case(joined, word)
                lowered[i] = joined
                new[i + 1] = lowered[i + 1] = ""
                gaps[i + 1] = ""
                continue
            if low in _FILLERS and following and (low != "em" or i == 0 or pause(gaps[i])):
                # A filler says nothing: "hi nina um devon grace from tallypay" reads as
                # "hi nina devon grace from tallypay", "um, this is jo" as "this is jo".
                before = lowered[i - 1] if i else ""
                new[i] = lowered[i] = ""
                if (
                    i
                    and not gaps[i].strip()
                    and gaps[i + 1].strip() == ","
                    and before in _OPEN_WORDS
                    and following.isalpha()
                ):
                    gaps[i + 1] = ""  # "its um, kayla brooks": the pause was inside the phrase
                elif i and not gaps[i].strip() and gaps[i + 1].strip():
                    gaps[i] = ""  # "hi um, this is jo": keep the comma after it
                elif (
                    before in _OPEN_WORDS
                    # or a question's subject after its verb: "did i, uh, catch you ..."
                    or (i >= 2 and before in _SUBJECTS and lowered[i - 2] in _AUX_WORDS)
                ) and (gaps[i].strip(" ,") == "" and "," in gaps[i]):
                    # "this is, um, sophie lind": the pause was inside the phrase
                    gaps[i], gaps[i + 1] = "", " "
                elif "," in gaps[i] and gaps[i + 1].strip() == ",":
                    # "more about, um, which of your...": one pause, before the next word
                    gaps[i] = ""
                else:
                    # the pause before it goes to the next word: "how's it going, uh so
                    # I'm..." pauses before "so", where a new clause starts (the stop after
                    # it kept, a stronger pause: "a quarter, hmm. is that every week"; not a
                    # tag's "?", which asks nothing of them: "is very different, eh? and...")
                    stop_after = (
                        pause(gaps[i + 1], strong=True)
                        and "?" not in gaps[i + 1]
                        and not pause(gaps[i], strong=True)
                    )
                    gaps[i], gaps[i + 1] = "", gaps[i + 1] if stop_after else gaps[i]
                continue
            previous = "" if i == 0 or pause(gaps[i], strong=True) else lowered[i - 1]
            fixed = _fix_word(low, word, following, previous)
            if (
                low == "please"
                and i
                and "," in gaps[i]
                and following == "i"
                and lowered[i + 2 : i + 3] != []
                and lowered[i + 2] in _AFTER_PLEASE_I
                and not gaps[i + 1].strip()
            ):
                # "and the email for this person, please i will repeat it": the request
                # ends at "please", its stop dropped
                gaps[i + 1] = ". "
            if low == "lets" and following == "you" and lowered[i + 2 : i + 4] in _YOU_AND_ME:
                fixed = _same_case("let's", word)  # "tell you what, lets you and me get..."
            if low == "were" and (
                (
                    (i == 0 or pause(gaps[i]) or lowered[i - 1] in _JOINS)
                    and following in _AFTER_WE_ARE
                )
                # "what were doing at fundlane": a question word, then no subject
                or (
                    (i == 0 or pause(gaps[i]) or lowered[i - 1] in _WERE_LEADS)
                    and (
                        (following.endswith("ing") and len(following) > 4)
                        # "thats what were here for", "what were known for"
                        or following in {"here", "known"}
                    )
                )
            ):
                fixed = "We're" if word[0].isupper() else "we're"  # ", were a billing tool"
            elif (
                low == "were"
                and (i == 0 or pause(gaps[i], strong=True))
                and _company_then_pause(new, gaps, i + 1)
            ):
                fixed = (
                    "We're" if word[0].isupper() else "we're"
                )  # "were Brightmoor Systems, we..."
            if low == "your" and (
                following in _YOURE_BEFORE
                or (following == "going" and lowered[i + 2 : i + 3] == ["to"])
            ):
                fixed = "You're" if word[0].isupper() else "you're"  # "jim said your expecting me"
            if low == "u" and not gaps[i + 1].startswith(".") and (i or following):
                fixed = "you"  # "whenever suits u"; not the "u" of "u.s."
            if (
                low == "r"
                and not gaps[i + 1].strip()
                and (
                    following in _ARE_WITH
                    or (i and not gaps[i].strip() and lowered[i - 1] in _BEFORE_R_ARE)
                )
            ):
                fixed = "are"  # "r u still the coordinator", "u r the best", "how r things"
            if (
                fixed is None
                and low == "its"
                and not _owner_before(lowered, gaps, i)
                and _name_then_company(lowered, i + 1)
            ):
                fixed = "It's" if word[0].isupper() else "it's"  # "its dev patel from..."
            if (
                fixed is None
                and low == "its"
                # (or after the one greeted, or asked for: "hi alisha its kofi mensah, ...",
                # "is this lorraine its kofi mensah, ...")
                and (
                    i == 0
                    or pause(gaps[i])
                    or (i >= 2 and lowered[i - 2] in _BEFORE_ITS)
                    or (i >= 3 and lowered[i - 3 : i - 1] == ["is", "this"])
                )
                and _name_then_pause(lowered, gaps, i + 1)
            ):
                fixed = "It's" if word[0].isupper() else "it's"  # "hi, its walt brennan, I run..."
            if (
                fixed is None
                and low == "its"
                and (i == 0 or pause(gaps[i]) or lowered[i - 1] in _BEFORE_ITS)
                and i + 1 < len(lowered)
                and lowered[i + 1].isalpha()
                and "," in gaps[i + 2]
            ):
                fixed = "It's" if word[0].isupper() else "it's"  # "hey, its raj, raj menon"
            if (
                fixed is None
                and low == "its"
                and not _owner_before(lowered, gaps, i)
                and _capitalised_name_follows(new, gaps, i + 1)
            ):
                fixed = "It's" if word[0].isupper() else "it's"  # "hi Alisha its Kofi Mensah, ..."
            if (
                # (typed short, too: "wd love to buy u a coffee")
                (low == "would" or fixed == "would")
                and following in {"love", "like"}
                and lowered[i + 2 : i + 3] == ["to"]
                and (i == 0 or pause(gaps[i]) or lowered[i - 1] in _JOINS)
            ):
                fixed = "I'd"  # "would love to get a coffee", typed without its "I"
            if (
                low == "names"
                and following.isalpha()
                and following not in {"are", "were"}  # "my names are on the list"
                and (
                    previous == "my" or ((i == 0 or pause(gaps[i])) and following in first_names())
                )
            ):
                fixed = "name's"  # "my names alana pierce", "hey bill, names tanya ruiz"
            if fixed is not None:
                new[i] = fixed
                lowered[i] = fixed.lower()
        if names:
            kept = [i for i, w in enumerate(new) if w]
            if kept and len(kept) < len(new):
                # Read names across a dropped filler: "this is, um, sophie lind".
                _capitalise_names_kept(kept, lowered, new, gaps)
            else:
                _capitalise_names(lowered, new, gaps)
            if "-" in text:
                _capitalise_hyphenated(old_pieces[1::2], new, gaps)
                if "its" in lowered:
                    _its_before_hyphenated(lowered, new, gaps)
    if needs_marks:
        mark_questions(lowered, gaps, new)
    elif needs_or_not:
        mark_or_not(lowered, gaps, new)
    pieces = [p for i, w in enumerate(new) for p in (gaps[i], w)]
    pieces.append(gaps[-1])
    if pieces == old_pieces:
        return Repaired(text, text)
    edits: list[tuple[int, int, int, int]] = []
    length = raw = 0
    for old, piece in zip(old_pieces, pieces, strict=True):
        if old != piece:
            edits.append((length, length + len(piece), raw, raw + len(old)))
        length += len(piece)
        raw += len(old)
    return Repaired(text, "".join(pieces), tuple(edits))


def _capitalise_hyphenated(typed: list[str], new: list[str], gaps: list[str]) -> None:
    """A name of two parts joined by a hyphen, one part capitalised here as a name (typed
    in lower case), gets the other's capital too: "mei-Ling Zhao" -> "Mei-Ling Zhao"."""
    for i in range(1, len(new)):
        if gaps[i] != "-" or not new[i] or not new[i - 1]:
            continue
        left, right = new[i - 1], new[i]
        if not (
            left.isalpha() and right.isalpha() and typed[i - 1].islower() and typed[i].islower()
        ):
            continue
        if right[0].isupper() and left.islower():
            new[i - 1] = left[0].upper() + left[1:]
        elif left[0].isupper() and right.islower() and (i < 2 or gaps[i - 1] != "-"):
            new[i] = right[0].upper() + right[1:]
        else:
            continue
        _surname_after_hyphenated(new, gaps, i)


def _its_before_hyphenated(lowered: list[str], new: list[str], gaps: list[str]) -> None:
    """ "its" before a name whose first name is in two parts, capitalised only now ("its
    mi-rae kwon from coldline"), is "it's", as before any name written so."""
    for k, low in enumerate(lowered):
        j = k + 1
        if low != "its" or new[k] != "its" or j + 1 >= len(new) or gaps[j + 1] != "-":
            continue
        if _owner_before(lowered, gaps, k) or not _CAPITALISED_WORD.fullmatch(new[j]):
            continue
        joined = [*new[:j], new[j] + new[j + 1].lower(), *new[j + 2 :]]
        if _capitalised_name_follows(joined, [*gaps[: j + 1], *gaps[j + 2 :]], j):
            new[k] = "it's"
            lowered[k] = "it's"


def _surname_after_hyphenated(new: list[str], gaps: list[str], i: int) -> None:
    """The surname after a first name in two parts (words ``i - 1`` and ``i``) gets its
    capital as it would after the name typed as one word: "jae-won park here" reads as
    "jaewon park here" does ("Jae-Won Park")."""
    after = i + 1
    if not (
        after < len(new) and gaps[after] == " " and new[after].isalpha() and new[after].islower()
    ):
        return
    joined = (new[i - 1] + new[i]).lower()
    words = [*new[: i - 1], joined, *new[after:]]
    _capitalise_names([w.lower() for w in words], words, [*gaps[:i], *gaps[after:]])
    if words[i] != new[after]:
        new[after] = words[i]


def _capitalise_names_kept(
    kept: list[int], lowered: list[str], new: list[str], gaps: list[str]
) -> None:
    """:func:`_capitalise_names` over the words in ``kept`` only (the dropped fillers left
    out, the gaps around each joined), written back in place."""
    starts = [0, *(i + 1 for i in kept[:-1])]
    some_gaps = ["".join(gaps[start : i + 1]) for start, i in zip(starts, kept, strict=True)]
    some_gaps.append("".join(gaps[kept[-1] + 1 :]))
    some_lowered = [lowered[i] for i in kept]
    some_new = [new[i] for i in kept]
    _capitalise_names(some_lowered, some_new, some_gaps)
    for at, i in enumerate(kept):
        lowered[i], new[i] = some_lowered[at], some_new[at]


# Words after which "lets" is "let's" ("maybe lets do tuesday"), and the verbs it proposes
# ("..., lets grab a coffee"): "it lets you..." is a verb.
_BEFORE_LETS = frozenset(
    "so ok okay then and great alright maybe yeah yes sure cool perfect totally hey well now oh right".split()
) | {""}
# "lets you and me ...", "lets you and I ...": a proposal to the two of us.
_YOU_AND_ME = (["and", "me"], ["and", "i"])
_AFTER_LETS = frozenset(
    "do grab get set book meet talk chat catch have hop jump plan pencil find schedule try say"
    # ("lets just put tuesday down")
    " put just".split()
)


def _fix_word(low: str, word: str, following: str, previous: str = "") -> str | None:
    if low == "i":
        return "I"
    if low == "its":
        if following in _ITS_BEFORE or following in first_names():
            return "It's" if word[0].isupper() else "it's"
        return None
    if low == "ill" and following in _AFTER_I_WILL:
        return "I'll"  # "ill just try another time"; "ill" stays ill before a noun
    if low == "da" and previous in _BEFORE_DA_IS and following:
        return "is"  # Caribbean Creoles' copula: "this da Dwayne", "dat da one personal matter"
    if low == "well" and previous in _BEFORE_WE_WILL and following in _AFTER_I_WILL:
        return "we'll"  # "so what well do is...", "maybe well talk friday"
    if low == "id" and following in _AFTER_I_WOULD and previous not in _BEFORE_AN_ID:
        return "I'd"
    if low == "wed" and following in _AFTER_WE_WOULD:
        return "We'd" if word[0].isupper() else "we'd"  # "wed love to", not "wed at 2"
    day = _SHORT_DAYS.get(low)
    if day and (following in {"at", "morning", "afternoon", "am", "pm"} or following[:1].isdigit()):
        return day  # "fri at 11", "wed 3pm"
    if day and (
        previous in {"next", "on", "coming", "til", "till", "until", "by"}
        or (previous == "this" and low not in {"sun", "sat"})  # ("this sun is brutal")
    ):
        return day  # "in denver next thu", "free on wed"
    if low == "w" and following.isalpha() and (len(following) > 1 or following == "u"):
        return "with"  # "dana w northwind", "20 min w u tmrw"
    if low in _WANT and following in _AFTER_I_WILL and previous in _CD_AFTER:
        # its "to" dropped, as English learned late says it: "I want put fifteen minutes on
        # your calendar", "we wanted ask you"
        return word + " to"
    if low == "mek" and following in {"mi", "me", "wi", "us"}:
        return "Let" if word[0].isupper() else "let"  # Jamaican "mek mi drop by Thursday"
    if low == "mi" and previous in {"mek", "let"}:
        return "me"
    if low == "cd" and (following in _ASKED_AFTER_CD or previous in _CD_AFTER):
        return "Could" if word[0].isupper() else "could"  # "cd i get 20 min w u tmrw"
    if low == "wha" and following in _WHAT_BEFORE:
        return "What" if word[0].isupper() else "what"  # "wha dis call regardin'"
    if low in _CEST and following in first_names() and not plain_word(following):
        return "It's" if word[0].isupper() else "it's"  # French "c'est Yusuf Demir, from ..."
    if low in _I_AM and following in first_names() and not plain_word(following):
        return "I'm"  # "soy Marta Ruiz, de Valencia"
    if low == "dis" and following in first_names() and not plain_word(following):
        # Creoles' "this is" with its copula dropped: "hey sophal, dis geneva manigault"
        return "This is" if word[0].isupper() else "this is"
    if word == "n" and previous.isalpha() and following.isalpha() and len(following) > 1:
        return "and"  # "down in leeds for work n wanted to see if..."
    if low == "bout" and previous in _BEFORE_A_NOUN:
        return None  # "a bout of flu", "the first bout"
    if low == "ah":
        return "I" if following in _AH_BEFORE else None
    if (
        low == "nae"
        and previous in _NOT_AFTER
        and following[-3:] in {"ing", "rin", "yin", "kin", "lin"}
    ):
        return "not"  # Scots: "I'm nae tryin tae sell ye onything"
    if low in _NAME_TOO and (
        (not previous and low in {"ye", "tae"})
        or previous in _NAME_LEADS_BEFORE
        or (word[0].isupper() and (previous or low in {"inna", "fae"}))
        or (previous in first_names() and not plain_word(previous))
    ):
        return None
    if low == "di" and (word[0].isupper() or previous in first_names() or not following.isalpha()):
        return None  # "maria di stefano": a name's particle
    if low == "ur" and (
        following in _YOURE_BEFORE
        or (len(following) > 4 and following.endswith("ing") and following not in _NOT_YOURE_ING)
    ):
        return "you're"  # "what ur working on", "ur welcome"
    if low in _SHORTHAND and not (low == "cause" and following in {"of", "and", "the"}):
        return _same_case(_SHORTHAND[low], word)
    if low == "lets" and previous not in _BEFORE_LETS and following not in _AFTER_LETS:
        return None  # "it lets you..." is a verb; "lets do thursday" is "let's"
    contraction = _CONTRACTIONS.get(low)
    if contraction is not None:
        if contraction[0] != "I" and word[0].isupper():
            contraction = contraction[0].upper() + contraction[1:]
        return contraction  # (a typo is mended first: "wahts" -> "whats" -> "what's")
    return None


def _company_then_pause(words: list[str], gaps: list[str], j: int) -> bool:
    """One to four capitalised words from ``j`` on (not a first name alone), then a pause
    or the end of the line: "Brightmoor Systems, we help..." after a "were" opening it."""
    k = j
    while k < len(words) and k - j < 4 and words[k][:1].isupper() and words[k].isalpha():
        if k > j and gaps[k].strip():
            break
        k += 1
    if k == j:
        return _lower_company_then_pause(words, gaps, j)
    if k - j == 1 and words[j].lower() in first_names():
        return False  # ("were Tom, uh, and you at the expo?")
    return k == len(words) or (pause(gaps[k]) and words[k].lower() not in {"and", "or"})


# What may start a question's subject after "were": "were the drivers late", "were you".
_SUBJECT_STARTS = frozenset(
    "you u ya ye they we he she it i the a an your our their his her my any all those these there"
    " that this some both either most many".split()
)


def _lower_company_then_pause(words: list[str], gaps: list[str], j: int) -> bool:
    """Typed in lower case: two or three words that end in a business word, then a pause
    ("were severn voice, we do the phone lines"); not a subject asked about ("were the
    phones down, ...")."""
    for k in (j + 2, j + 3):
        if k > len(words) or any(gaps[m].strip() for m in range(j + 1, k)):
            return False
        if not (k == len(words) or pause(gaps[k])):
            continue
        return (
            words[j].islower()
            and words[j] not in _SUBJECT_STARTS
            and all(w.isalpha() for w in words[j:k])
            and business_word(words[k - 1])
        )
    return False


def _name_then_company(lowered: list[str], j: int) -> bool:
    """One or two words, then "from", "with", "at" or "here": a name and where from."""
    for k in (j + 1, j + 2):
        if k < len(lowered) and lowered[k] in {"from", "with", "at", "here", "calling", "speaking"}:
            return all(w.isalpha() and w not in _NOT_NAME for w in lowered[j:k])
    return False


def _name_then_pause(lowered: list[str], gaps: list[str], j: int) -> bool:
    """Two words that could be a first name and a surname, then a pause or the end."""
    if j + 1 >= len(lowered) or gaps[j + 1].strip():
        return False
    pair = lowered[j : j + 2]
    return (
        (j + 2 >= len(lowered) or pause(gaps[j + 2]))
        and all(w.isalpha() and w not in _NOT_NAME and w not in _PLAIN_WORDS for w in pair)
        and not any(w.endswith(("ing", "ly", "ed")) for w in pair)
    )


def _capitalised_name_follows(words: list[str], gaps: list[str], j: int) -> bool:
    """A capitalised word the way a name is written, then a second one, a pause, the end,
    or where the caller is from: "its Kofi Mensah, is Dana in", "its Kofi from Liftcare".
    The possessive "its" comes before a noun ("its main office"), rarely capitalised."""
    if j >= len(words) or not _CAPITALISED_WORD.fullmatch(words[j]) or gaps[j].strip():
        return False
    if words[j].lower() in _NOT_NAME or words[j].lower() in _PLAIN_WORDS:
        return False
    if j + 1 >= len(words) or pause(gaps[j + 1]):
        return True
    following = words[j + 1]
    if following.lower() in _NAME_FOLLOWERS:
        return True
    # ... or a surname, then a pause or where the caller is from: "its Kofi Mensah from Liftcare"
    # (the surname perhaps in two parts: "its Lwazi Mbeki-Ndlovu, from Stride")
    end = j + 2
    while end < len(words) and gaps[end] == "-" and _CAPITALISED_WORD.fullmatch(words[end]):
        end += 1
    return (
        _CAPITALISED_WORD.fullmatch(following) is not None
        and not gaps[j + 1].strip()
        and (end >= len(words) or pause(gaps[end]) or words[end].lower() in _NAME_FOLLOWERS)
    )


_BEFORE_ITS = frozenset("hi hey hello yeah yes morning afternoon evening so".split())

# Words after which "its" owns what follows ("holds its shape with a fresh pour", "in its
# second year at the site"): a preposition or a verb, with no pause between.
OWNERS_BEFORE_ITS = frozenset(
    """
    of in on for with by to at from into onto about over under through across within without
    has had have having hold holds held keep keeps kept lose loses lost do does did make makes
    made get gets got change changes changed use uses used run runs ran take takes took find
    finds found show shows showed grow grows grew reach reaches reached
    """.split()
)


def _owner_before(lowered: list[str], gaps: list[str], i: int) -> bool:
    """Whether the "its" at ``i`` follows a word that makes it the possessive."""
    return i > 0 and not pause(gaps[i]) and lowered[i - 1] in OWNERS_BEFORE_ITS


_CAPITALISED_WORD = Lazy(r"[A-Z][a-z]+(?:[-'][A-Za-z][a-z]+)?")


def _same_case(new: str, old: str) -> str:
    if old.isupper() and len(old) > 1:
        return new.upper()
    if old[0].isupper():
        return new[0].upper() + new[1:]
    return new


def no_firm_after_at(word: str) -> bool:
    """``word`` (lower case), said after an "at", is an amount, an hour or "home" (see
    :data:`AT_NO_FIRM`), not where someone works; a figure too, but not a phone number:
    "its saimra haddad at 206-555-0173" names a person."""
    return word in AT_NO_FIRM or (word[:1].isdigit() and sum(ch.isdigit() for ch in word) < 7)


def _at_no_firm(lowered: list[str], j: int) -> bool:
    """Word ``j``, after an "at", is no firm (:func:`no_firm_after_at`)."""
    return j < len(lowered) and no_firm_after_at(lowered[j])


# What comes with a thing, not a firm a person is with: "batteries with ten years warranty",
# "frames with a warranty", "tanks with no leaks".
_WHAT_IT_COMES_WITH = frozenset(
    "a an no free full built one two three four five six seven eight nine ten twelve twenty"
    " fifty hundred extra double".split()
)


# The letters a surname may open on before an apostrophe: "n'guessan", "d'almeida",
# "m'bengue", "o'brien", "l'heureux".
_ELIDED_OPENINGS = frozenset("ndmol")


def _surname_word(word: str) -> bool:
    """Letters only, or a letter, an apostrophe and letters, as West African and Irish
    surnames are spelt ("n'guessan", "o'brien"; not "y'all" or "i'll")."""
    return word.isalpha() or (
        len(word) >= 4
        and word[1] == "'"
        and word[0] in _ELIDED_OPENINGS
        and word[2:].isalpha()
        and word != "o'clock"
    )


def _capitalised_surname(word: str) -> str:
    """ "kouassi" -> "Kouassi", "n'guessan" -> "N'Guessan"."""
    if word[1:2] == "'":
        return word[0].upper() + "'" + word[2].upper() + word[3:]
    return word[0].upper() + word[1:]


def _capitalise_names(lowered: list[str], new: list[str], gaps: list[str]) -> None:
    """Capitalise a lower-case name where one is expected, and the company after it.

    ``gaps[i]`` is the text between word ``i - 1`` and word ``i``.
    """
    names = None
    i = 0
    while i < len(lowered):
        low, word = lowered[i], new[i]
        if low in _HONORIFICS and i + 1 < len(lowered) and new[i + 1].isalpha():
            # "ms. brooks", "dr patel": a title and the name after it
            new[i] = word[0].upper() + word[1:]
            new[i + 1] = new[i + 1][0].upper() + new[i + 1][1:]
            i += 2
            continue
        if not word.islower() or low in _NOT_NAME or len(low) < 2 or not low.isalpha():
            i += 1
            continue
        if i and lowered[i - 1] not in _LEAD_ENDS and not pause(gaps[i]):
            # Not after a lead or a pause: only a known first name, or a word before
            # "here"/"from", can be a name here.
            nxt = lowered[i + 1] if i + 1 < len(lowered) else ""
            after = lowered[i + 2] if i + 2 < len(lowered) else ""
            if (
                nxt not in _NAME_FOLLOWERS
                and after not in _NAME_FOLLOWERS
                and low not in first_names()
            ):
                i += 1
                continue
        lead = _lead_before(lowered, i)
        end = _name_with_particles(lowered, new, gaps, i, lead) or _hyphenated_name(
            lowered, new, gaps, i, lead
        )
        if end:
            # "hi, thandeka van der merwe here": the particles stay as they are
            for k in (i, end - 1):
                new[k] = new[k][0].upper() + new[k][1:]
            _capitalise_company(lowered, new, gaps, end)
            i = end
            continue
        if _three_part_name(lowered, new, gaps, i, lead):
            # "hi nadia, mei lin chen here, from ridgeway": two given names and a surname
            for k in range(i, i + 3):
                new[k] = new[k][0].upper() + new[k][1:]
            _capitalise_company(lowered, new, gaps, i + 3)
            i += 3
            continue
        follower = lowered[i + 1] if i + 1 < len(lowered) else ""
        # (a surname of two parts is one: "lior ben-david here")
        past = i + 3 if i + 3 < len(lowered) and gaps[i + 2] == "-" else i + 2
        then = lowered[past] if past < len(lowered) else ""
        if then == "over" and lowered[past + 1 : past + 2] == ["at"]:
            then = "at"  # "this is kraen lindqvist over at northstar": where from
        elif then == "this" and lowered[past + 1 : past + 2] == ["side"]:
            then = "here"  # "harpreet sandhu this side": Indian English for "here"
        elif then == "on" and lowered[past + 1 : past + 3] == ["the", "line"]:
            then = "here"  # "franck digbeu on the line, the designer of your menu boards"
        joined = i + 1 < len(lowered) and gaps[i + 1].strip() == ""
        # "kyle brandt here": a first name and a surname before "here", "from"...
        full_name = (
            joined
            and _surname_word(follower)
            and follower not in _NOT_NAME
            and (then in _NAME_FOLLOWERS)
            and not (then == "at" and _at_no_firm(lowered, past + 1))
        )
        # "kai lindqvist." / "ollie brandt, ridgeback small engine.": a whole name standing
        # alone at the start of a clause.
        alone = (
            joined
            and _surname_word(follower)
            and follower not in _NOT_NAME
            and (i == 0 or pause(gaps[i]) or lead in _GREETINGS)
            and (past >= len(lowered) or pause(gaps[past]))
        )
        if (
            full_name
            and then == "with"
            and lead is None
            and i > 0
            and lowered[past + 1 : past + 2]
            and (lowered[past + 1] in _WHAT_IT_COMES_WITH or lowered[past + 1].isdigit())
        ):
            # a thing and what comes with it, in a list: "we have inverters, lithium
            # batteries with ten years warranty, and ..." (not "dana ruiz with acme")
            full_name = False
        by_followers = full_name
        full_name = full_name or alone
        if lead is None and follower not in _NAME_FOLLOWERS and not full_name:
            i += 1
            continue
        if names is None:
            names = first_names()
        strong = lead in _STRONG_LEADS or follower in _NAME_FOLLOWERS or by_followers
        if low in names:
            if low in _COMMON_WORD_NAMES and (
                not strong or (lead is None and i > 0 and lowered[i - 1] in _VERB_LEADS)
            ):
                # (a word after a subject is its verb: "what we see with a lot of shops")
                i += 1
                continue
        elif not (
            # A name the list does not know, in the one place only a name can stand:
            # "this is gaspard delacroix with dentaform", "it's sunita ghosh, we met...",
            # "hi helen, raj patil at vetlink imaging".
            (
                lead in _INTRO_LEADS
                or (lead in _GREETINGS and full_name)
                or (by_followers and pause(gaps[i]))
                # ... or opening the line: "lior cohen here, cobalt freight"
                or (by_followers and i == 0 and then != "at")
                or lead in _SELF_LEADS
            )
            and not low.endswith(("ing", "ly", "ed"))
            and low not in _COMMON_WORD_NAMES
            and low not in _PLAIN_WORDS
            and (
                (follower in {"from", "with"} and lead not in _SELF_LEADS)
                or (
                    # the short name, then the whole: "this is nat, nattapong, from lausanne"
                    lead in _INTRO_LEADS
                    and i + 2 < len(lowered)
                    and lowered[i + 2] in {"from", "with"}
                    and gaps[i + 1].strip() == ","
                    and gaps[i + 2].strip() == ","
                    and follower not in _PLAIN_WORDS
                )
                or (
                    full_name
                    and follower not in _PLAIN_WORDS
                    and not follower.endswith(("ing", "ly", "ed"))
                    and then in _NAME_FOLLOWERS
                )
                or (
                    # ... or after a greeting, with the company next: "hi, naveen rao,
                    # halyard exhibits, we build..." (the line's cue asks for the company)
                    lead in _GREETINGS
                    and alone
                    and follower not in _PLAIN_WORDS
                    and not follower.endswith(("ing", "ly", "ed"))
                    and i + 3 < len(lowered)
                    and lowered[i + 2] not in _PLAIN_WORDS
                )
                or (
                    # a first name and a surname, then a pause: "this is deepa raghunathan, ..."
                    (lead in _INTRO_LEADS or lead in _SELF_LEADS)
                    and joined
                    and _surname_word(follower)
                    and follower not in _NOT_NAME
                    and follower not in _PLAIN_WORDS
                    and not follower.endswith(("ing", "ly", "ed"))
                    and (past >= len(lowered) or pause(gaps[past]))
                )
            )
        ):
            i += 1
            continue
        new[i] = word[0].upper() + word[1:]
        last = i
        surname_then_pause = (
            lead in _INTRO_LEADS
            and joined
            and follower not in _PLAIN_WORDS
            and (past >= len(lowered) or pause(gaps[past]))
        )
        if (
            full_name
            or surname_then_pause
            or (joined and follower not in _NAME_FOLLOWERS and _surname_end(lowered, i + 2))
        ):
            nxt = new[i + 1]
            if nxt.islower() and _surname_word(nxt) and len(nxt) > 1 and follower not in _NOT_NAME:
                new[i + 1] = _capitalised_surname(nxt)
                last = i + 1
        if (
            alone
            and last + 1 < len(lowered)
            and "," in gaps[last + 1]
            and not _name_then_follower(lowered, last + 1)
        ):
            _capitalise_words(lowered, new, gaps, last + 1)  # "..., ridgeback small engine"
        _capitalise_company(lowered, new, gaps, last + 1)
        i = last + 1


def _name_with_particles(
    lowered: list[str], new: list[str], gaps: list[str], i: int, lead: tuple[str, ...] | None
) -> int:
    """The end of a first name, one or two particles and a surname, then "here", "from"...
    ("thandeka van der merwe here"), or a pause after a known first name or after "this
    is" ("this is marites dela cruz, ..."); or 0. The caller capitalises the first name and
    the surname, never the particles."""
    if i + 2 >= len(lowered) or lowered[i + 1] not in SURNAME_PARTICLES:
        return 0
    if not (i == 0 or pause(gaps[i]) or lead in _GREETINGS or lead in _INTRO_LEADS):
        return 0
    known = lowered[i] in first_names()
    if not known and (not lowered[i].isalpha() or plain_word(lowered[i])):
        return 0
    last = i + 2 if lowered[i + 2] not in SURNAME_PARTICLES else i + 3
    if last >= len(lowered) or any(gaps[k] != " " for k in range(i + 1, last + 1)):
        return 0
    if not (
        new[i].islower()
        and new[last].islower()
        and lowered[last].isalpha()
        and lowered[last] not in _NOT_NAME
        and lowered[last] not in _PLAIN_WORDS
        and lowered[last] not in SURNAME_PARTICLES
    ):
        return 0
    end = last + 1
    if end < len(lowered) and lowered[end] in _NAME_FOLLOWERS:
        return end
    # (a first name no list knows only after "this is", "it's"...: "this is thandeka van
    # der merwe, ...")
    if (known or lead in _INTRO_LEADS) and (end >= len(lowered) or pause(gaps[end])):
        return end
    return 0


#: Syllables of given names that are English words too ("jae-won", "ji-sun", "seo-young").
NAME_SYLLABLES = frozenset("won sun min jun bin hee young hyun".split())


def _hyphenated_name(
    lowered: list[str], new: list[str], gaps: list[str], i: int, lead: tuple[str, ...] | None
) -> int:
    """The end of a first name in two parts no list knows, then a surname, after "this is"
    or "I'm" and before a pause or "here", "from"... ("this is joon-ho park, 555-0163"), or
    at a clause's start before "here", "from"... ("hi graham, jae-won park here"); or 0.
    The second part of the first name is capitalised here; the caller capitalises the first
    part and the surname."""
    introduced = lead in _INTRO_LEADS or lead in _SELF_LEADS
    # (or at a clause's start with "here", "from"... after it: "hi graham, jae-won park here")
    if not introduced and not (i == 0 or pause(gaps[i]) or lead in _GREETINGS):
        return 0
    last = i + 2
    if last >= len(lowered) or gaps[i + 1] != "-" or gaps[last] != " ":
        return 0
    if not all(
        new[k].islower()
        and lowered[k].isalpha()
        and (not plain_word(lowered[k]) or (k == i + 1 and lowered[k] in NAME_SYLLABLES))
        for k in (i, i + 1, last)
    ):
        return 0
    if any(len(lowered[k]) > 7 and lowered[k] not in first_names() for k in (i, i + 1)) or lowered[
        last
    ].endswith(("tion", "sion", "ment", "ness", "ing")):
        return 0  # a compound, not a name: "ultra-pasteurisation line from Tetra Pak"
    end = last + 1
    if end < len(lowered) and lowered[end] not in _NAME_FOLLOWERS and not pause(gaps[end]):
        return 0
    if not introduced and (end >= len(lowered) or lowered[end] not in _NAME_FOLLOWERS):
        return 0
    new[i + 1] = new[i + 1][0].upper() + new[i + 1][1:]
    return end


def _three_part_name(
    lowered: list[str], new: list[str], gaps: list[str], i: int, lead: tuple[str, ...] | None
) -> bool:
    """A known first name, two more words, then "here", "from"...: at a clause's start or
    after a lead ("mei lin chen here", "this is ana maria costa from...")."""
    end = i + 3
    if end > len(lowered):
        return False
    if end == len(lowered) or lowered[end] not in _NAME_FOLLOWERS:
        # ... or after a lead, then a full stop or the end: "hello nadia, its clément irié
        # bi. we met last thursday at ..."
        if not (lead in _INTRO_LEADS and (end == len(lowered) or pause(gaps[end], strong=True))):
            return False
    if not (i == 0 or pause(gaps[i]) or lead in _GREETINGS or lead in _INTRO_LEADS):
        return False
    if lowered[i] not in first_names() or gaps[i + 1] != " " or gaps[i + 2] != " ":
        return False
    return all(
        new[k].islower()
        and lowered[k].isalpha()
        and lowered[k] not in _NOT_NAME
        and lowered[k] not in _PLAIN_WORDS
        and not lowered[k].endswith(("ing", "ly", "ed"))
        for k in (i, i + 1, i + 2)
    )


def _capitalise_company(lowered: list[str], new: list[str], gaps: list[str], j: int) -> None:
    """After "Dana Kim from", the company's words, up to a pause: "orbit office equipment"."""
    if j < len(lowered) and lowered[j] in {"here", "speaking", "calling"}:
        j += 1  # "joel price here from brightwater"
    if (
        j >= len(lowered)
        or lowered[j] not in {"from", "with", "at"}
        or gaps[j].strip() not in {"", ","}
    ):
        return  # "dana kim from acme", "kofi asante, with northlight"
    _capitalise_words(lowered, new, gaps, j + 1)


def _name_then_follower(lowered: list[str], k: int) -> bool:
    """A known first name at ``k``, its surname perhaps, then "here", "from"...: the
    caller's name after the one greeted ("hi wei ling, kenji watanabe from sakura"), no
    company."""
    return lowered[k] in first_names() and any(
        j < len(lowered) and lowered[j] in _NAME_FOLLOWERS for j in (k + 1, k + 2)
    )


def _capitalise_words(lowered: list[str], new: list[str], gaps: list[str], k: int) -> None:
    """Capitalise up to four words from ``k`` on, up to a pause or a word that ends a name."""
    count = 0
    while k < len(lowered) and count < 4:
        if count and gaps[k].strip():  # a comma or a full stop ends the name
            break
        low, word = lowered[k], new[k]
        if low in _NOT_NAME or low in _AFTER_COMPANY or not word.islower() or not word[0].isalpha():
            break
        new[k] = word[0].upper() + word[1:]
        count += 1
        k += 1


def _surname_end(lowered: list[str], j: int) -> bool:
    """A surname is followed by the end of the line or a word that goes after a name."""
    return (
        j >= len(lowered)
        or lowered[j] in _NAME_FOLLOWERS
        or lowered[j]
        in {
            "and",
            "i'm",
            "i",
            "the",
            "calling",
            "over",
            "how",
            "just",
            "quick",
            "is",
            "it's",
        }
    )


def _lead_before(lowered: list[str], i: int) -> tuple[str, ...] | None:
    # (only the leads that end on the word before: looked up by it, in _NAME_LEADS' order)
    for lead in _LEADS_BY_END.get(lowered[i - 1], ()) if i else ():
        n = len(lead)
        if i >= n and tuple(lowered[i - n : i]) == lead:
            return lead
    return None
