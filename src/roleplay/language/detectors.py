"""Linguistic detectors: what one line of a call says, as named signals with evidence.

These are general rules about how people talk on the phone (a question, a self-introduction,
a stated purpose, a price, a list of features...), not lists of sentences from any corpus.
Each rule is a small, precompiled regular expression, sometimes backed by a fuzzy match
(rapidfuzz) for typed lines with typos. The module is pure: text in, data out.

The conversation engine calls :func:`signals` on every rep line; :mod:`roleplay.scoring`
builds the mistake catalog from the same signals plus a few prospect-side detectors
(:func:`voicemail_greeting`, :func:`asks_price`, :func:`asks_who`, :func:`asks_purpose`,
:func:`claim_support`).

Conventions inside this module:

* Text is first normalised (curly quotes to straight ones) without changing its length,
  so a match span on the normalised text is a span on the original too.
* A line is split into sentences; most rules look at one sentence at a time, so that
  "Sorry, you cut out. I'll call you at 3" is not read as an apology for calling.
* A sentence is a question when it ends with ``?``; with no end punctuation at all (typed
  practice lines) an interrogative opening ("do you", "how many", ...) makes it one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

#: Signal name -> what it means. Scenario authors reference these names (custom codes,
#: engine conditions), so keep them stable.
SIGNALS: dict[str, str] = {
    "introduction": "the rep states their own personal name ('this is Dana', 'Dana from Acme', 'Dana here')",
    "reason": "the rep states why they are calling ('I'm calling because/about/to...', 'the reason for my call')",
    "question": "the line asks a question",
    "discovery_question": "a question about the prospect's business, role, process, challenges, goals or name"
    " (not small talk, not 'is now a good time', not a meeting ask)",
    "commitment_ask": "the rep asks for a commitment: a meeting, demo, call, visit, trial or purchase",
    "next_step": "a concrete next step: a meeting or call at a time, sending something specific,"
    " an introduction to a person, an agreed follow-up",
    "pricing": "the line states a price, cost, fee, discount or trial term ('$30 a month', '20% off', '30-day free trial')",
    "price_answer": "pricing given right after the prospect asked about price",
    "feature_list": "one sentence lists three or more product features or technical specifications",
    "benefit": "the rep states an outcome for the prospect, what the product does for them ('so your crew"
    " hears about it hours earlier', 'it means you stop losing loads', 'you'd save...', 'which cuts...')",
    "acknowledge": "a plain acknowledgement or agreement ('yes', 'fair enough', 'you're right',"
    " 'it is a sales call', 'thank you', 'ok')",
    "disclaimer": "the rep claims the call is not sales ('I'm not selling anything', 'this isn't a sales call')",
    "apology": "the rep apologizes for calling, interrupting or taking the person's time",
    "misleading_claim": "the rep claims a relationship, expectation or pretext ('she's expecting my call',"
    " 'I'm returning his call', 'a friend of hers')",
    "phone_number": "a phone number, in digits ('312-555-0157', '(312) 555 0157') or spoken as words",
    "greeting": "the line opens with a greeting (hi, hello, good morning...)",
    "goodbye": "the line closes the call (bye, have a good day, take care...)",
    "long_turn": "the line is longer than 80 words",
    "small_talk": "a pleasantry question ('how are you?', 'how's your week going?')",
    "time_check": "asks for time on this call ('is now a good time?', 'got a minute?')",
    "routing": "asks for or about a person to be put through to ('is Dr. Patel available?', 'could I speak with...')",
    "ignored_question": "the prospect's line before asked who is calling or what it is about, and this line does not answer",
}

# --------------------------------------------------------------------------- text helpers


# The last text lowered and its lower case: rules run in runs on one sentence.
_LAST_LOWER: list[str] = ["", ""]


def _lower(text: str) -> str:
    """``text.lower()``, keeping every index in place (a few characters grow when lowered)."""
    last = _LAST_LOWER
    if text is last[0]:
        return last[1]
    low = text.lower()
    if len(low) != len(text):
        low = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
    last[0] = text
    last[1] = low
    return low


_TOKEN = re.compile(r"[a-z]+")
_DIGIT = re.compile(r"\d")


@lru_cache(maxsize=256)
def _words(low: str) -> frozenset[str]:
    """The alphabetic words of a lower-cased text, plus ``"#"`` when it has a digit.

    Memoised: every gated rule asks it about the same few sentences in a row.
    """
    words = set(_TOKEN.findall(low))
    if _DIGIT.search(low):
        words.add("#")
    return frozenset(words)


def _has_any(text: str, keys: tuple[str, ...]) -> bool:
    """``any(key in text for key in keys)``, as a plain loop: the keyword gates run on every
    line and sentence, and a generator costs more than the substring tests themselves."""
    for key in keys:
        if key in text:
            return True
    return False


class _Rule:
    """A regex written in lower case, run on lower-cased text, compiled on first use.

    Case-insensitive matching in ``re`` is several times slower than matching lower-case
    text; indexes are the same, so matches still slice the original text. Compiling on
    first use keeps ``import roleplay.detectors`` cheap: ``roleplay score one.txt`` only
    pays for the rules its lines reach past the keyword gates.

    ``words``, if given, is a gate: every match contains at least one of these whole words
    (``"#"`` for any digit), so a text with none of them is not searched at all.
    """

    __slots__ = ("pattern", "_regex", "words")

    def __init__(self, pattern: str, words: str | None = None) -> None:
        self.pattern = pattern
        self._regex: re.Pattern[str] | None = None
        self.words = frozenset(words.split()) if words else None

    @property
    def regex(self) -> re.Pattern[str]:
        return self._regex or self._compile()

    def _compile(self) -> re.Pattern[str]:
        self._regex = re.compile(self.pattern)
        return self._regex

    # The three methods below are the hot path of every rule: they inline the property
    # (``self._regex or self._compile()``) and, in ``search``, the cache hit of
    # :func:`_lower` (rules run in runs on one sentence) to save Python calls per search.
    def search(self, text: str) -> re.Match[str] | None:
        last = _LAST_LOWER
        low = last[1] if text is last[0] else _lower(text)
        if self.words is not None and self.words.isdisjoint(_words(low)):
            return None
        return (self._regex or self._compile()).search(low)

    def match(self, text: str) -> re.Match[str] | None:
        low = _lower(text)
        if self.words is not None and self.words.isdisjoint(_words(low)):
            return None
        return (self._regex or self._compile()).match(low)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        low = _lower(text)
        if self.words is not None and self.words.isdisjoint(_words(low)):
            return iter(())
        return (self._regex or self._compile()).finditer(low)

    def find(self, text: str) -> str | None:
        """The matched words of ``text`` in their original case, or None."""
        match = self.search(text)
        return text[match.start() : match.end()].strip() if match else None


class _Lazy:
    """A case-sensitive compiled regex, compiled on first use (see :class:`_Rule`)."""

    __slots__ = ("pattern", "flags", "_regex")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags
        self._regex: re.Pattern[str] | None = None

    def __getattr__(self, name: str):
        if self._regex is None:
            self._regex = re.compile(self.pattern, self.flags)
        return getattr(self._regex, name)


def _c(pattern: str, words: str | None = None) -> _Rule:
    return _Rule(pattern, words)


def _first(pattern: _Rule | re.Pattern[str], text: str) -> str | None:
    if isinstance(pattern, _Rule):
        return pattern.find(text)
    match = pattern.search(text)
    return match.group().strip() if match else None


_NORMALISE = str.maketrans(
    {"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"}
)


def _either_case(word: str) -> str:
    return "".join(f"[{ch.upper()}{ch}]" if ch.isalpha() else re.escape(ch) for ch in word)


_ABBREVIATIONS = (
    "mr",
    "mrs",
    "ms",
    "dr",
    "st",
    "jr",
    "sr",
    "prof",
    "inc",
    "corp",
    "ltd",
    "vs",
    "etc",
    "approx",
    "no",
    "ext",
)
# Dots that do not end a sentence: titles and abbreviations, decimals and dotted numbers
# ("773.555.0104"), "a.m.", "e.g.", and any dot followed directly by a letter or digit.
# Every match starts at a dot (the abbreviation and the "e" of "e.g." are look-behinds), so
# the regex engine skips straight from dot to dot instead of trying every alternative at
# every character; the dots it protects are the same as with the abbreviation matched first.
_PROTECT = _Lazy(
    r"\.(?:"
    + "|".join(
        rf"(?<=\b(?:{'|'.join(_either_case(a) for a in _ABBREVIATIONS if len(a) == size)})\.)"
        for size in sorted({len(a) for a in _ABBREVIATIONS})
    )
    + r"|(?<=\b[EeIi]\.)[GgEe]\.|(?=[A-Za-z0-9]))"
)
_SENTENCE = _Lazy(r"[^.!?]*[.!?]+[\"')\]]*|[^.!?]+$")
_MARK = "\x01"


def normalise(text: str) -> str:
    """Straighten quotes and dashes; the result has the same length as ``text``."""
    return text.translate(_NORMALISE)


def sentences(text: str) -> list[str]:
    """Split a line into sentences, keeping 'Dr. Patel', '773.555.0104' and '6 a.m.' whole."""
    return list(_sentences(normalise(text)))


@lru_cache(maxsize=4096)
def _sentences(text: str) -> tuple[str, ...]:
    # Memoised: a prospect line is split by several detectors (price, time, voicemail).
    protected = _PROTECT.sub(_protect_dots, text) if "." in text else text
    out = []
    for match in _SENTENCE.finditer(protected):
        sentence = match.group().strip().replace(_MARK, ".")
        if sentence:
            out.append(sentence)
    return tuple(out)


def _protect_dots(match: re.Match[str]) -> str:
    return match.group().replace(".", _MARK)


def word_count(text: str) -> int:
    """Words as the catalog counts them: split on whitespace ('555-0142' is one word)."""
    return len(text.split())


_INTERROGATIVE = _Lazy(
    r"^\W*(?:(?:so|and|but|ok(?:ay)?|well|now|then|also|just|great|hey|hi|oh|sorry)\W+)*"
    r"(?:(?:who|what|when|where|why|how|which|whose)\b(?!\s+(?:i'd|i'd like|we do|i want|i mean|i'm|we're)\b)"
    r"|(?:do|does|did|are|is|was|were|have|has|had|can|could|would|will|should|may|shall|might|am"
    r"|isn't|aren't|don't|doesn't|didn't|won't|wouldn't|couldn't|can't|any)\s+"
    r"(?:i|you|we|he|she|they|it|there|that|this|your|the|anyone|someone|somebody|anybody|luck)\b)",
    re.IGNORECASE,
)


def is_question(sentence: str) -> bool:
    """True for a question: it ends with '?', or has no end mark and opens like one."""
    stripped = sentence.rstrip(" \"')]")
    if stripped.endswith("?"):
        return True
    if stripped.endswith((".", "!")):
        return False
    return bool(_INTERROGATIVE.match(stripped))


# --------------------------------------------------------------------------- names

#: Words that end (or make up) a company name rather than a person's name.
_BUSINESS_WORDS = frozenset(
    """
    staffing solar insurance payments payment displays display supply supplies labs lab group marketing
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
    """.split()
)

#: Capitalised words that are not names ("I'm Sorry", "this is Monday", "it's Just...").
_NOT_NAMES = frozenset(
    """
    i i'm the a an hi hey hello good morning afternoon evening sorry just not so well great thanks thank
    yes no okay ok sure glad happy here there this that it we you they he she our your my his her their
    also really actually still back fine busy right sir ma'am madam calling reaching following returning
    trying looking with from about regarding monday tuesday wednesday thursday friday saturday sunday
    january february march april may june july august september october november december today tomorrow
    tonight now again only quick quickly calling going doing speaking one two three four five six seven
    eight nine ten first last next new old big little very so-and-so everyone everybody nobody somebody
    someone anyone mister miss mrs mr ms dr doctor team office front desk reception receptionist voicemail
    customer client prospect rep manager owner boss hope wondering afraid excited interested free available
    ready sure certain confused lost late early what who why how when where which whose is are was were
    be been being do does did have has had can could would will should may might must shall yeah yep nope
    well oh uh um er hmm wow cool nice perfect absolutely totally exactly definitely probably maybe
    we're i've we've you're they're he's she's it's that's there's here's what's let's who's most some
    many any all both each every none more less
    """.split()
)

# A name word: "Dana", "O'Neill", "Jean-Luc", "McKenzie", "DeShawn". It may carry one inner
# capital (brands too: "ExpoCraft" -- _is_company_like tells them apart), and it must end the
# word, so a brand is never read as the person "Expo".
_NAME_TOKEN = r"(?:(?:Mc|Mac|O'|D')?[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:[-'][A-Z]?[a-z]+)*(?![A-Za-z]))"
_PARTICLE = r"(?:de|del|della|da|di|van|von|der|den|la|le|bin|al|el|dos|du|st\.)"
_NAME = rf"{_NAME_TOKEN}(?:\s+(?:{_PARTICLE}\s+)?{_NAME_TOKEN}){{0,2}}"
_TITLE = r"(?:(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.?\s+)?"

# "this is Dana Ruiz", "it's Dana", "my name is Dana", "I'm Dana"; the name is case-sensitive.
_INTRO_LEAD_LEAD = (
    r"\b(?:this\s+is|this's|it's|it\s+is|my\s+name\s+is|my\s+name's|name's|i'm|i\s+am|"
    r"you're\s+(?:speaking|talking)\s+(?:with|to)|you've\s+got|you\s+have)\s+"
)
_INTRO_LEAD = _Lazy(rf"(?i:{_INTRO_LEAD_LEAD})(?P<name>{_TITLE}{_NAME})")
# The lead of :data:`_INTRO_LEAD`, in lower case: a quick test before it.
_INTRO_LEAD_WORDS = _Lazy(_INTRO_LEAD_LEAD)
# "Dana Ruiz here", "Dana speaking", "Dana calling" at the start of a clause.
_INTRO_HERE = _Lazy(
    rf"(?:^|[.!?,;:]\s*|(?i:\b(?:hi|hey|hello|morning|afternoon)\b),?\s+)(?P<name>{_NAME})"
    r"(?i:,?\s+(?:here|speaking|calling)\b)"
)
# "Ahmed Qureshi from Orbit Office Equipment" at the start of a clause, not "Dana from
# accounting told me...".
_INTRO_FROM = _Lazy(
    rf"(?:^|[.!?,;:]\s*)(?P<name>{_NAME})(?i:\s+(?:from|with|at|over\s+at)\s+)"
    r"(?P<company>[A-Z0-9][\w&'-]*(?:\s+[A-Z0-9][\w&'-]*){0,4})(?P<after>[^.!?]{0,30})"
)
_WEEKDAY_CAP = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|Today\b|Tomorrow\b|Next\b|This\b"
# "Keith Darrow for Ms. Ferrante, please." -- a first and last name asking a gatekeeper
# for someone, at the start of a clause, the person asked for ending the clause.
_INTRO_FOR = _Lazy(
    rf"(?:^|[.!?,;:]\s*)(?P<name>{_NAME_TOKEN}\s+{_NAME_TOKEN})\s+for\s+(?!{_WEEKDAY_CAP}){_TITLE}{_NAME_TOKEN}"
    r"(?:\s+[A-Z][a-z]+)?(?=\s*(?:,\s*please\b|please\b|[.!?]|$))"
)
_FOR_NAME = _Lazy(r" for [A-Z]")  # a quick test before :data:`_INTRO_FOR`
_INTRO_HERE_WORDS = frozenset({"here", "speaking", "calling"})
_INTRO_FROM_WORDS = frozenset({"from", "with", "at"})
_REFERRAL_VERB = _c(
    r"^\W*(?:\w+\s+){0,3}?(?:told|said|asked|suggested|mentioned|recommended|referred|gave|sent)\b"
)
# "Raj Patel, Cobalt Labs." / "Jordan Reyes, Frostline. I'm calling about..." -- a first and
# last name opening the line (or following a greeting), then a company name, then a pause.
_INTRO_COMMA = _Lazy(
    rf"(?:(?i:\b(?:hi|hey|hello|morning|afternoon|evening|good\s+(?:morning|afternoon|evening))\b)(?:\s+{_TITLE}{_NAME_TOKEN})?,?\s+"
    rf"|(?:^\W*|[.!?]\s+)(?:{_TITLE}{_NAME_TOKEN},\s+)?)"
    rf"(?P<name>{_NAME_TOKEN}\s+{_NAME_TOKEN}),\s+(?:(?:with|from|at)\s+)?(?P<company>[A-Z0-9][\w&'-]*(?:\s+[A-Z0-9][\w&'-]*){{0,3}})"
    r"(?=\s*[.!?,;:-]|\s+here\b|\s*$)(?P<after>[^.!?]{0,40})"
)
_VOCATIVES = frozenset({"ma'am", "maam", "sir", "madam", "miss", "mate", "folks"})
_LIST_GOES_ON = _c(r"^\W*(?:and|or|plus|&)\b|^\s*,\s*[A-Z]?[\w'-]+\s*,")
# Typed practice lines are often all lower case: "hi this is dana from acme".
_INTRO_LOWER = _c(
    r"\b(?:this\s+is|it's|its|i'm|im|i\s+am|my\s+name\s+is|my\s+name's|my\s+names)\s+(?P<name>[a-z][a-z'-]+(?:\s+[a-z][a-z'-]+)?)"
    r"\s+(?:from|with|at|here|calling|over\s+at)\b"
    r"|(?:^|\b(?:hi|hey|hello|morning|afternoon|yeah|so|um|uh)\s+)(?P<name2>[a-z][a-z'-]+)\s+here\s+(?:from|with|at|over\s+at|calling)\b"
)
_MY_NAME_ANY = _c(r"\bmy\s+name(?:\s+is|'s)\s+(?P<name>[a-z][a-z'-]+(?:\s+[a-z][a-z'-]+)?)")


#: Long surnames that end in -ing like a trade does (see :func:`_is_company_like`).
_ING_SURNAMES = frozenset("pickering kettering hemmingsing wellesling".split())


#: Name prefixes followed by a capital: McKenzie, MacLeod, DeShawn, LaToya, DiMaggio, VanDyke.
_NAME_PREFIX = re.compile(r"(?:Mc|Mac|De|Da|Di|Du|La|Le|Van|Von|St)[A-Z][a-z]")


def _is_company_like(tokens: list[str]) -> bool:
    for token in tokens:
        bare = token.strip(".'").lower()
        if bare in _BUSINESS_WORDS:
            return True
        if any(ch.isdigit() for ch in token):
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
        # A capital inside a word marks a brand (ExpoCraft, QuickBooks), but not after a
        # hyphen or apostrophe: Jean-Luc, Achterberg-Kim and O'Neill are people.
        parts = re.split(r"[-']", token)
        if any(ch.isupper() for part in parts for ch in part[1:]) and not _NAME_PREFIX.match(token):
            return True
    return False


def _clean_name(raw: str) -> str | None:
    tokens = raw.split()
    if _is_company_like(tokens):
        return None
    while tokens and tokens[-1].lower() in _NOT_NAMES:
        tokens.pop()
    title = ""
    if tokens and tokens[0].rstrip(".").lower() in {"dr", "mr", "mrs", "ms", "mx", "prof"}:
        title = tokens.pop(0)
    if not tokens or tokens[0].lower() in _NOT_NAMES:
        return None
    if any(t.lower().strip(".") in _NOT_NAMES and t.lower() not in _PARTICLE for t in tokens[1:]):
        tokens = tokens[: next(i for i, t in enumerate(tokens) if i and t.lower() in _NOT_NAMES)]
    if _is_company_like(tokens):
        return None
    return " ".join([title, *tokens]).strip() if title else " ".join(tokens)


def _name_matches(text: str) -> Iterator[tuple[str, str]]:
    """(name, evidence) for every self-introduction in ``text``, best cues first."""
    # The lead words alone, on lower-cased text, are several times faster than the mixed-case
    # rule; without them (ASCII text: see below) the rule cannot match.
    lead_cue = not text.isascii() or _INTRO_LEAD_WORDS.search(_lower(text)) is not None
    for match in _INTRO_LEAD.finditer(text) if lead_cue else ():
        name = _clean_name(match.group("name"))
        if name:
            yield name, match.group().strip(" ,")
    # Cheap gates for the costly case-sensitive rules: the words each one needs. Only for
    # ASCII text, where a case-insensitive "(?i:here)" matches exactly what lower-casing finds
    # (re also folds a few other letters, such as the dotless "ı", into ASCII ones).
    words = _words(_lower(text)) if text.isascii() else None
    if words is None or not _INTRO_HERE_WORDS.isdisjoint(words):
        for match in _INTRO_HERE.finditer(text):
            name = _clean_name(match.group("name"))
            if name:
                yield name, match.group().strip(" ,.!?;:")
    from_cue = words is None or not _INTRO_FROM_WORDS.isdisjoint(words)
    for match in _INTRO_FROM.finditer(text) if from_cue else ():
        if _REFERRAL_VERB.match(match.group("after")):
            continue  # "Anders Rourke from AP suggested I call" names someone else
        name = _clean_name(match.group("name"))
        if name:
            yield name, text[match.start("name") : match.end("company")]
    for_cue = (words is None or "for" in words) and _FOR_NAME.search(text) is not None
    for match in _INTRO_FOR.finditer(text) if for_cue else ():
        name = _clean_name(match.group("name"))
        if name and len(name.split()) == 2:  # both words a name: not "Sounds Good for Tuesday"
            yield name, match.group().strip(" ,.!?;:")
    for match in _INTRO_COMMA.finditer(text) if "," in text else ():  # ", Company" needs a comma
        after = match.group("after")
        if _REFERRAL_VERB.match(after.lstrip(" ,")) or _LIST_GOES_ON.search(after):
            continue  # "Maya Chen, Pinebrook, and Ravi Shah all use us" lists other people
        if after.rstrip().endswith("?") or text[match.end() : match.end() + 1] == "?":
            continue  # "Dale Cooper, Twin Peaks, right?" asks who the prospect is
        if match.group("company").lower() in _VOCATIVES:
            continue  # "Evergreen Gutter, Ma'am." addresses the prospect: no company named
        name = _clean_name(match.group("name"))
        if name:
            yield name, text[match.start("name") : match.end("company")]
    lowercase_line = not any(ch.isupper() for ch in text)
    for pattern in (_INTRO_LOWER, _MY_NAME_ANY):
        if pattern is _INTRO_LOWER and not lowercase_line:
            continue
        if pattern is _MY_NAME_ANY and "name" not in text.lower():
            continue
        for match in pattern.finditer(text):
            words = (match.group("name") or match.group("name2")).split()
            if pattern is _INTRO_LOWER:
                if any(w.lower() in _BUSINESS_WORDS for w in words):
                    continue  # "its crestview solar here" names a company, not a person
                words = words[:1]
            if not words or words[0].lower() in _NOT_NAMES or words[0].lower() in _BUSINESS_WORDS:
                continue
            if len(words) > 1 and words[1].lower() in _NOT_NAMES:
                words = words[:1]
            yield " ".join(w.capitalize() for w in words), text[match.start() : match.end()].strip()


def rep_name(text: str) -> str | None:
    """The personal name the rep introduces themself with, or None.

    >>> rep_name("Hi, this is Dana Ruiz from Acme.")
    'Dana Ruiz'
    >>> rep_name("Hi, this is Acme Staffing.") is None
    True
    """
    for name, _ in _name_matches(normalise(text)):
        return name
    return None


# A reply to "who is this?" that is just a name: "Kai Lindqvist.", "It's Trevor.", "Oh, Sam".
_BARE_NAME = _Lazy(
    rf"^\W*(?:(?i:(?:oh|sure|yes|yeah|sorry|um|uh|ah|well|it's|it\s+is|this\s+is|that's|that\s+would\s+be|that'd\s+be)),?\s+)*"
    rf"(?P<name>{_TITLE}{_NAME})(?:\s*[,.!;:-]|\s*$)"
)


def _introduction(text: str, answers_who: bool = False) -> str | None:
    for _, evidence in _name_matches(text):
        return evidence
    if answers_who:
        match = _BARE_NAME.match(text)
        if match:
            tokens = match.group("name").split()
            name = _clean_name(match.group("name"))
            if name and (len(tokens) > 1 or not text[match.end("name") :].lstrip().startswith("?")):
                return match.group().strip(" ,.!;:-")
    return None


# --------------------------------------------------------------------------- purpose

# "I'm calling about...", "the reason for my call", "I wanted to ask...": the rep's stated
# purpose. The evidence is the leftmost match, found by :func:`_leftmost` over consecutive
# parts of one alternation kept in order; each part after the first is gated by the whole
# words all its matches contain, so most lines search only a few parts. The first part is
# not gated: its verb may run into the next word ("callingabout"), so no word is certain.
_REASON_PARTS: tuple[_Rule, ...] = (
    _c(
        r"\b(?:i'm|i\s+am|we're|we\s+are|i\s+was|we\s+were|just)\s+(?:\w+\s+){0,2}?"
        r"(?:calling|ringing|phoning|reaching\s+out|writing|getting\s+in\s+touch|following\s+up|checking\s+in|touching\s+base)"
        r"(?:\s+(?:you|back|today|again|quickly|briefly|real\s+quick|just|simply|mainly|mostly|only|partly|really))*"
        r"(?:\s+(?:from|with)\s+(?:[\w&'.-]+\s+){1,4}?)?"
        r"\s*(?:because|cause|'cause|about|regarding|re\b|to\b|in\s+response|in\s+regards?|in\s+reference|on\s+behalf|since|as\b|after|on\b|with\s+(?:a|an|some)\b|for\b(?!\s+(?:the\s+)?(?:warehouse|owner|manager|\w+\s+manager)\b))"
    ),
    _c(
        r"\b(?:the\s+)?(?:reason|purpose)\s+(?:for|of|behind)\s+(?:my|the|this|our)\s+call"
        r"|\b(?:the\s+)?reason\s+(?:why\s+)?(?:i'm|i\s+am|we're|we\s+are|i|we)\s+(?:calling|ringing|phoning|reaching\s+out|called|rang|phoned|getting\s+in\s+touch|got\s+in\s+touch|writing|contacting)"
        r"|\b(?:that's|that\s+is|which\s+is|this\s+is|here's|here\s+is)\s+(?:exactly\s+|partly\s+|really\s+)?why\s+(?:i'm|i\s+am|we're|we\s+are|i|we)\s+(?:calling|ringing|phoning|reaching\s+out|called|rang|getting\s+in\s+touch)"
        r"|\b(?:quick|main|short|the|my|one)\s+reason\s+for\s+(?:the|my|this|our)\s+call\b|\breason\s+for\s+calling\b",
        "reason purpose why",
    ),
    _c(
        r"\b(?:so\s+)?(?:i|we)\s+(?:thought|figured)\s+(?:i'd|i\s+would|i\s+should|we'd|we\s+should|it\s+was\s+worth|it'd\s+be\s+worth|it\s+would\s+be\s+worth)\s+(?:a\s+)?(?:give\s+you\s+a\s+|giving\s+you\s+a\s+)?(?:call|calling|ring|ringing|a\s+call|reach|reaching|pick\s+up|get\s+in\s+touch|drop\s+you)"
        r"|\b(?:it|this|my\s+call|the\s+call)\s+(?:concerns|relates\s+to|has\s+to\s+do\s+with|is\s+in\s+connection\s+with)\s+(?!me\b|us\b)\w",
        "thought figured concerns relates has connection",
    ),
    _c(
        r"\b(?:(?:i|we)\s+(?:just\s+|really\s+)?|just\s+)(?:wanted|want|wanna|would\s+like|'d\s+like|was\s+hoping|were\s+hoping|thought\s+i'd|figured\s+i'd)"
        r"\s+(?:to\s+)?(?:see|ask|talk|speak|let|share|reach|introduce|follow|check|touch|find|get|tell|show|discuss|learn|hear|wish|thank|congratulate|make\s+sure|say|offer|invite|give)\b"
        r"|\bi'd\s+(?:like|love)\s+to\s+(?:see|ask|talk|speak|share|introduce|show|discuss|learn|hear|offer|invite)\b",
        "wanted want wanna like hoping thought figured love",
    ),
    _c(
        r"\b(?:reaching|reached)\s+out\s+(?:because|about|to|regarding|since|as)\b"
        r"|\b(?:following\s+up|getting\s+in\s+touch|checking\s+in|touching\s+base|ringing|phoning|writing)\s+(?:on|about|regarding|re|because|since|in\s+(?:response|regards?|reference)|with\s+(?:a|an|some)\b)"
        r"(?!\s+(?:the\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|next|that|it|this)\b)",
        "out following getting checking touching ringing phoning writing",
    ),
    _c(
        r"\b(?:(?:i|we)\s+(?:just\s+|really\s+)?|just\s+)(?:wanted|want|wanna|would\s+like|'d\s+like|was\s+hoping|were\s+hoping|thought\s+i'd|figured\s+i'd)"
        r"\s+to\s+(?:call|ring|phone|reach\s+out|get\s+in\s+touch|drop\s+you\s+a\s+line|give\s+you\s+a\s+(?:call|ring|buzz|shout))\s+(?:you\s+)?(?:and|to|about|because|regarding|since|re|after|with)\b"
        r"|\bworth\s+(?:reaching\s+out|a\s+call|calling)\b",
        "wanted want wanna like hoping thought figured worth",
    ),
    _c(
        r"\b(?:i'm|i\s+am|we're|we\s+are)\s+(?:just\s+)?(?:doing|conducting|running|putting\s+together)\s+(?:a\s+|some\s+|an?\s+)?(?:quick\s+|short\s+|brief\s+)?(?:research|survey|study|poll|review|check)"
        r"|\b(?:i'm|i\s+am|we're|we\s+are)\s+(?:just\s+)?(?:updating|verifying|confirming|checking)\s+(?:our|my|some|a\s+few|the)\b",
        "doing conducting running putting updating verifying confirming checking",
    ),
    _c(
        r"\b(?:calling|call)\s+(?:from\s+(?:[\w&'.-]+\s+){1,5}?)?(?:to|about|because|regarding|in\s+response|on\s+behalf)\b"
        # (a title's dot, as in "Mr. Thibodeaux", does not end the sentence)
        r"|\b(?:suggested|recommended|asked\s+me|told\s+me|referred\s+me)\b(?:[^.!?]|(?<=\bmr)\.|(?<=\bms)\.|(?<=\bdr)\.|(?<=\bmrs)\.){0,60}?\b(?:about|regarding|because)\b"
        r"|\b(?:speak|talk|chat)\s+(?:with|to)\s+(?:[\w.']+\s+){1,4}?(?:about|regarding)\b",
        "calling call suggested recommended asked told referred speak talk chat",
    ),
)
# "It's about the CNC tooling quote." / "About the upgrade she asked about." answer a
# what's-it-about question.
_ABOUT_ANSWER = _c(
    r"^\W*(?:(?:well|so|sure|yes|yeah|oh|it's|it\s+is|this\s+is|that's|that\s+is|it's\s+just|just|my\s+call\s+is|the\s+call\s+is)[\s,]+)*"
    r"(?:about|regarding|concerning|re:|in\s+regards?\s+to|in\s+reference\s+to|in\s+connection\s+with)\s+(?:the|your|our|a|an|some|his|her|their|my|getting|helping|how|what)\b"
)
# "It's about billing software for engineering firms." -- a plain "it's about X" whose X is
# not an amount, a time or a figure of speech ("it's about time", "about two miles").
_ABOUT_SUBJECT = _c(
    r"^\W*(?:(?:well|so|sure|yes|yeah|oh|just)[\s,]+)*(?:it's|it\s+is|this\s+is|this's|my\s+call\s+is|the\s+call\s+is|it's\s+just|it's\s+really)\s+"
    r"(?:(?:mostly|mainly|really|just|all)\s+)?(?:about|regarding|concerning|in\s+regards?\s+to|in\s+reference\s+to)\s+"
    r"(?!(?:time|as|to|it|that|this|done|ready|over|right|there|here|the\s+same|half|twice|once|an?\s+(?:minute|second|hour|day|week|month|year|mile|inch|foot|meter)|"
    r"\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundred|a\s+(?:dozen|third|quarter|half|hundred|thousand)"
    r"|the\s+(?:same|size|time|length|price|cost))\b)[a-z]"
)


def _reason(text: str, sents: list[str], previous_asks_purpose: bool) -> str | None:
    match = _leftmost(_REASON_PARTS, text)
    if match is not None:  # matched on the lower-cased text: slice the original
        return text[match.start() : match.end()].strip()
    for sentence in sents:
        if (_ABOUT_ANSWER.search(sentence) or _ABOUT_SUBJECT.search(sentence)) and not is_question(
            sentence
        ):
            return sentence
    if previous_asks_purpose:
        # Answering "what's this about?" with a plain purpose statement ("We help clinics
        # cut no-shows") also states the reason.
        for sentence in sents:
            if not is_question(sentence) and _PURPOSE_STATEMENT.search(sentence):
                return sentence
    return None


_PURPOSE_STATEMENT = _c(
    r"\b(?:we|i)\s+(?:help|work\s+with|make|provide|do|offer|build|sell|handle|specialize)\b"
)

# --------------------------------------------------------------------------- question kinds

_SMALL_TALK = _c(
    r"^\W*(?:(?:hi|hey|hello|so|and|well|oh|good|great)\W+)*(?:\w+\W+)?"
    r"(?:how(?:'s|\s+is|\s+are|\s+have|\s+has|\s+was)?|how's|you)\s+"
    r"(?:it|things|everything|life|you|ya|your\s+(?:day|week|morning|afternoon|evening|weekend|night|month|year|summer|holiday)|the\s+(?:day|week|weekend|family|weather))"
    r"(?:\s+(?:been|going|doing|treating\s+you|holding\s+up|so\s+far|today|tonight|this\s+\w+|over\s+there|all|keeping))*\W*$"
    r"|^\W*(?:(?:hi|hey|hello|so)\W+)*(?:having|are\s+you\s+having)\s+a\s+(?:good|great|nice)\s+\w+\W*$"
    # "How about this weather, huh?", "Crazy heat today, right?"
    r"|^\W*(?:(?:oh|so|and|well|hey|man|wow)\W+)*(?:how\s+about|what\s+about|how's|how\s+is|crazy|some|nice|lovely|quite)\s+"
    r"(?:this|that|the|all\s+this|all\s+that)?\s*(?:weather|heat|heatwave|rain|snow|cold|wind|storm|humidity)\b"
)
_TIME_CHECK = _c(
    r"\b(?:is|was)\s+(?:now|this|it|that)\s+(?:still\s+)?(?:a\s+|an\s+)?(?:good|bad|okay|ok|alright|convenient|terrible|decent|busy|inconvenient|better|fine)\s+(?:time|moment)"
    r"|\b(?:did|have|do)\s+i\s+(?:catch|caught|reach|call|get|find)\s+(?:you|ya)\s+(?:at\s+)?(?:a\s+|an\s+)?(?:bad|good|busy|inconvenient|wrong|ok|okay|decent)"
    r"|\b(?:do|got|have|you)\s+(?:you\s+)?(?:got\s+|have\s+)?(?:a|one|two|three|four|five|ten|fifteen|twenty|thirty|forty|sixty|ninety|\d+|a\s+few|a\s+couple(?:\s+of)?|a\s+quick|a\s+spare)\s+(?:quick\s+|spare\s+)?(?:minutes?|mins?|secs?|seconds?|moments?)\b"
    r"|\bgot\s+a\s+(?:minute|sec|second|moment)\b"
    r"|\b(?:can|could|may)\s+(?:i|you)\s+(?:have|give\s+me|spare|borrow|steal)\s+(?:a|one|two|three|\d+|a\s+few|a\s+couple(?:\s+of)?|thirty|sixty|ten|twenty)\s*(?:quick\s+)?(?:minutes?|seconds?|moments?)"
    r"|\b(?:are\s+you|(?<!keeping\s)(?<!keeps\s)(?<!keep\s)(?<!kept\s)you)\s+(?:busy|free\s+to\s+talk|able\s+to\s+talk|in\s+the\s+middle\s+of\s+something|driving)\b"
    r"|\bcan\s+you\s+(?:talk|chat|hear\s+me)\b|\b(?:good|bad)\s+time\s+to\s+(?:talk|chat)\b|\bbad\s+time\b"
)
_ROUTING = _c(
    r"\b(?:can|could|may)\s+i\s+(?:please\s+)?(?:speak|talk|have\s+a\s+word)\s+(?:with|to)\b"
    r"|\bput\s+me\s+through\b|\btransfer\s+me\b|\bconnect\s+me\s+(?:to|with)\b"
    r"|^\W*(?:(?:hi|hey|hello|and|so|great|thanks)\W+(?:\w+\W+)?)?is\s+(?:[\w.']+\s+){1,4}(?:in|available|around|there|free|in\s+the\s+office|at\s+(?:his|her|their)\s+desk|in\s+today)\s*(?:today|now|right\s+now|at\s+the\s+moment|this\s+\w+)?\W*$"
    # "Is Martin about?" (British), or a last clause after the reason: "..., is she free?"
    r"|(?:^\W*(?:(?:hi|hey|hello|and|so|great|thanks)\W+(?:\w+\W+)?)?|[,;]\s*(?:and\s+|so\s+)?)is\s+(?!(?:it|that|this|there|everything|anything|anyone)\b)"
    r"(?:he|she|they|(?:mr|mrs|ms|dr)\.?\s+[\w'-]+|[\w'-]+(?:\s+[\w'-]+)?)\s+(?:about|around|in|available|free|there|in\s+the\s+office|at\s+(?:his|her|their)\s+desk|in\s+today)"
    r"\s*(?:today|now|right\s+now|at\s+the\s+moment|this\s+\w+)?\W*$"
    r"|\bwhen(?:'s|'ll|'d|\s+do\s+you\s+expect|\s+will|\s+would|\s+is|\s+does|\s+might|\s+should)\s+(?:him|her|he|she|they|[\w.]+)(?:\s+[A-Za-z][\w.]*)?\s+(?:usually\s+|normally\s+|likely\s+|generally\s+|going\s+to\s+|gonna\s+)?(?:to\s+)?(?:be\s+)?(?:back|in|available|free|around|return)"
    r"|\b(?:better|best|good)\s+(?:time|way|number)\s+to\s+(?:reach|call|catch|get|contact)\s+(?:him|her|them|\w+)"
)
# Where or when a third person can be found is routing, not discovery: "Is she in the building
# today, or over at your other campus?", "Will he be in tomorrow?", "Is Priya back from lunch
# yet?" (not "Is she in charge of purchasing?", "Is Anselm still your foreman?").
_WHEREABOUTS = _c(
    r"^\W*(?:(?:and|so|but|ok(?:ay)?|great|thanks|right|sorry|then|hi|hey|hello)\W+)*(?:is|will|would|was)\s+"
    r"(?!(?:your|the|our|my|it|that|this|there|anyone|anybody|everyone|everything|you|we|i|any|all|next|today|tomorrow"
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
_SCHEDULING = _c(
    r"\b(?:what|which)\s+(?:time|times|day|days|date|slot|morning|afternoon|evening|week)\b(?:\s+[\w']+){0,6}?\s+"
    r"(?:works?|suits?|(?:is|'s|are|would\s+be)\s+(?:best|better|easier|good|easiest)|would\s+(?:work|suit)|should\s+(?:we|i)|(?:do|would)\s+you\s+prefer|fits?|shall\s+(?:we|i))\b"
    r"|\b(?:mornings?|afternoons?|evenings?|weekdays?|weekends?|early|late|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?|\d{1,2}(?::\d\d)?(?:\s*[ap]\.?m\.?)?)\s+or\s+"
    r"(?:mornings?|afternoons?|evenings?|weekdays?|weekends?|early|late|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?|\d{1,2}(?::\d\d)?(?:\s*[ap]\.?m\.?)?)\b"
    r"[^?]{0,30}?\b(?:better|best|suit|suits|work|works|prefer|easier|good)\b",
    "time times day days date slot morning afternoon evening week mornings afternoons evenings weekdays weekday"
    " weekends weekend early late monday tuesday wednesday thursday friday saturday sunday mondays tuesdays"
    " wednesdays thursdays fridays saturdays sundays #",
)
# "Our crew can come out Thursday at 4. Does that work for you?" -- a visit or meeting stated
# with a time, then a tag that asks for it: together a commitment ask.
_ACCEPT_TAG = _c(
    r"^\W*(?:(?:so|and|okay|ok)\W+)?(?:does|would|will|could|can|is)\s+(?:that|this|it|then)\s+(?:\w+\s+)?(?:work|suit|sound\s+(?:good|okay|ok|all\s+right|alright)|be\s+(?:okay|ok|alright|all\s+right|possible))\b",
    "work suit sound okay ok alright right possible",
)
_SEND_VERB = _c(
    r"\b(?:send|sending|email|e-mail|emailing|mail|mailing|text|texting|forward|forwarding|post|drop\s+off|dropping\s+off|leave|leaving)\b",
    "send sending email e mail emailing mailing text texting forward forwarding post drop dropping leave leaving",
)
_CONFIRM_TAG = _c(
    r"^\W*(?:(?:so|and|okay|ok|alright|well)\W+)?(?:fair(?:\s+enough)?|right|okay|ok|alright|deal|sounds?\s+(?:good|fair|okay|ok)|"
    r"make\s+sense|makes\s+sense|yeah|yes|you\s+know|got\s+it|cool|really|sorry|pardon|hello|you\s+there|still\s+there)\W*$"
    r"|\b(?:does|would|will|did)\s+(?:that|this|it)\s+(?:make\s+sense|sound\s+\w+|work\s+for\s+you|be\s+(?:okay|ok|alright|fair|helpful|useful|all\s+right))"
    r"|\b(?:could|can|would)\s+you\s+(?:repeat|say\s+that\s+again|spell|speak\s+up|hear\s+me)"
    r"|\b(?:can|could|may)\s+i\s+ask\s+(?:you\s+)?(?:a|one|two|a\s+few|some|a\s+couple|a\s+quick)\b"
    r"|\bmind\s+if\s+i\s+ask\b|\bwhat\s+was\s+that\b|\bcome\s+again\b"
    r"|\b(?:did|have)\s+you\s+(?:get|receive|see|read|had\s+a\s+chance\s+to\s+(?:look|review|read|see))\s+(?:my|our|the)\s+(?:e-?mail|message|voicemail|letter|note|package|brochure|info|proposal)"
    r"|\b(?:heard\s+of|familiar\s+with|know\s+about)\s+(?:us|our)\b"
    r"|\b(?:would|are)\s+you\s+(?:be\s+)?(?:interested|open)\s+(?:in|to)\s+(?:learning|hearing|seeing)\b"
)

# --------------------------------------------------------------------------- time slots and asks

_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?"
_MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
_NUMWORD = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
#: A specific future slot: a weekday, tomorrow, a date, a clock time.
_SLOT_SPECIFIC = _c(
    rf"\b(?:(?:this|next|on|by|until|before|after|coming)\s+)?{_WEEKDAY}\b"
    r"|\btomorrow\b"
    r"|\b(?:this|tomorrow)\s+(?:morning|afternoon|evening|week|weekend|month)\b"
    r"|\bnext\s+(?:week|month|quarter|time\s+i'm)\b"
    rf"|\b(?:at|by|around|before|after|from|say)\s+(?:\d{{1,2}}(?::\d{{2}})?(?:\s*[ap]\.?m\.?)?|noon|midday|midnight|{_NUMWORD}(?:\s*o'clock|\s+thirty|\s+fifteen|\s+forty-five)?)(?![\w%$-])(?!\s*(?:percent|dollars|minutes|hours|days|people|of\b))"
    r"|\b\d{1,2}:\d{2}\b"
    rf"|\b{_MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b"
    r"|\b(?:on\s+)?the\s+\d{1,2}(?:st|nd|rd|th)\b"
    rf"|\bin\s+{_MONTH}\b"
    r"|\bend\s+of\s+(?:the\s+)?(?:day|week|month)\b|\bfirst\s+thing\b"
    r"|\bin\s+(?:an|one|two|three|a\s+couple\s+of|\d+)\s+(?:hours?|days?|weeks?)\b|\bwithin\s+(?:the\s+)?(?:hour|day|week)\b"
    r"|\b(?:later\s+)?(?:this|tomorrow)\s+(?:morning|afternoon|evening)\b",
    "monday tuesday wednesday thursday friday saturday sunday mondays tuesdays wednesdays thursdays fridays"
    " saturdays sundays tomorrow morning afternoon evening week weekend month next quarter noon midday midnight"
    " one two three four five six seven eight nine ten eleven twelve jan january feb february march april may"
    " june july aug august sep sept september oct october nov november dec december end first hour hours day"
    " days weeks within #",
)
_SLOT_TODAY = _c(
    r"\b(?:today|tonight|this\s+afternoon|this\s+morning|this\s+evening|same\s+day)\b",
    "today tonight this same",
)
_PAST_BEFORE = _c(r"\b(?:last|past|previous|since|ago|back\s+in)\s*$")


def _slot(sentence: str, *, allow_today: bool) -> str | None:
    """The first specific future time in ``sentence`` (then "today", "tonight"... if allowed)."""
    found = _slot_specific(sentence)
    if found is None and allow_today:
        found = _slot_today(sentence)
    return found


# Memoised apart: several rules in a row ask one sentence for its slot, some allowing today
# and some not, and the specific-slot search is the same for both.
@lru_cache(maxsize=1024)
def _slot_specific(sentence: str) -> str | None:
    return _first_slot(_SLOT_SPECIFIC, sentence)


@lru_cache(maxsize=1024)
def _slot_today(sentence: str) -> str | None:
    return _first_slot(_SLOT_TODAY, sentence)


def _first_slot(pattern: _Rule, sentence: str) -> str | None:
    for match in pattern.finditer(sentence):
        before = sentence[max(0, match.start() - 12) : match.start()]
        after = sentence[match.end() : match.end() + 5]
        if _PAST_BEFORE.search(before) or after.lower().startswith(" ago"):
            continue
        return match.group().strip()
    return None


# An ask form: a modal offer ("could I/we...", "would you be free..."), a suggestion
# ("how about...", "let's...", "I'd like to...") or an "is it worth..." opener. Only ever
# tested for presence, so it is split into parts, each gated by the whole words every one
# of its matches contains (``"i'd"`` is the words ``i`` and ``d``): a sentence is searched
# only by the parts it could match. Searching the parts in turn finds a match exactly when
# the one alternation of them all would.
_ASK_FORM_PARTS: tuple[_Rule, ...] = (
    _c(
        r"\b(?:can|could|may|shall|might|would)\s+(?:one\s+of\s+)?(?:our|my)\s+(?:[\w-]+\s+){0,2}?(?:engineers?|techs?|technicians?|team|colleagues?|partners?|specialists?|consultants?|experts?|reps?|manager|director|crew|installers?|surveyors?|advisers?|advisors?)\b"
        r"|\b(?:can|could|may|shall|might)\s+(?:i|we)\b(?!\s+(?:ask\b|have\s+a\s+word|(?:speak|talk)\s+(?:with|to)\s+(?!you\b)))",
        "can could may shall might would",
    ),
    # anchored at the start: at most one position to try, no gate needed
    _c(
        r"^\W*(?:(?:so|and|well|then|would\s+it\s+be|is\s+it|it's|it\s+might\s+be)\W+)*(?:worth|fancy|keen\s+(?:on|for)|game\s+for|free\s+for|open\s+to|up\s+for)\b"
    ),
    _c(
        r"\b(?:(?:do|would|will|could)\s+you\s+have|have\s+you\s+got|you\s+got|got)\s+(?:\w+\s+){0,3}?(?:minutes|an\s+hour|half\s+an\s+hour|time|a\s+window|availability|a\s+slot)\b",
        "have got",
    ),
    _c(r"\bhow\s+about\b|\bwhat\s+about\b|\bwhat\s+i'd\s+(?:like|love)\s+to\s+do\b", "how what"),
    _c(
        r"\b(?:would|will|does|is|could|do)\s+(?:[\w:.]+\s+){0,8}?(?:work|works|suit|good|better|best|free|okay|ok|open)\b",
        "would will does is could do",
    ),
    _c(r"\bare\s+you\s+(?:free|available|around|open)\b", "are"),
    _c(
        r"\bwould\s+(?:you|he|she|they)\s+(?:be\s+)?(?:free|available|open|interested|up\s+for|like\s+to|want\s+to|have\s+time|willing)"
        r"|\b(?:could|can|would|will)\s+(?:you|he|she|they)\s+(?:meet|join|hop|jump|come|make|attend|spare|book|schedule|set)\b"
        # asking someone (often a gatekeeper) to make room in a diary: "could you pop/slot/squeeze..."
        r"|\b(?:could|can|would|will)\s+(?:you|he|she|they)\s+(?:please\s+|just\s+)?(?:pop|put|pencil|slot|squeeze|fit|block|pin|find|carve|free|set\s+aside|get\s+me|get\s+us)\b",
        "would could can will",
    ),
    _c(r"\b(?:i'd|i\s+would|we'd)\s+(?:really\s+)?(?:like|love)\s+to\b", "like love"),
    _c(
        r"\b(?:i'd|i\s+would|we'd|we\s+would)\s+(?:suggest|propose|recommend)\b|\bmy\s+(?:suggestion|proposal|recommendation)\s+(?:is|would\s+be)\b",
        "suggest propose recommend suggestion proposal recommendation",
    ),
    _c(
        r"\b(?:i|we)\s+(?:want|wanted|was\s+hoping|were\s+hoping)\s+to\s+(?:get|set|schedule|book|put|grab|see\s+if|meet|show|bring)"
        r"|\b(?:want|wanna)\s+to\b",
        "want wanted hoping wanna",
    ),
    _c(
        r"\blet's\b|\blet\s+us\b|\bwhy\s+don't\s+(?:we|i|you)\b|\bup\s+for\b|\bopen\s+to\b|\binterested\s+in\s+(?:a|an|setting|booking|seeing)\b",
        "let why up open interested",
    ),
)


_COMMIT_NOUN = _c(
    r"\b(?:demo(?:nstration)?s?|meeting|appointment|walk-?through|presentation|assessment|estimate|consultation|tour|visit"
    r"|coffee|lunch|breakfast|drinks|trial|pilot|sign\s+(?:up|on)|purchase|buy|order|contract|agreement"
    r"|(?:a|quick|short|brief|follow-up|phone|video|zoom|teams|intro|discovery|\w+-minute|second)\s+(?:call|chat)|call\s+with"
    r"|(?:an|half\s+an|one|1|two|an\s+extra)\s+hours?|(?:\d+|fifteen|twenty|thirty|forty-five|ten)\s+minutes\s+(?:on|with|next|this|to)"
    r"|calendar|sit\s+down|get\s+together|meet(?:\s+with)?\s+(?:you|up)|come\s+(?:by|over|in|out)|stop\s+by|swing\s+by|drop\s+by"
    r"|pop\s+(?:by|in|over)|show\s+you|set\s+(?:something|a\s+time|it|that|one|you)\s+up|set\s+up\s+(?:a|some|time)|schedule|book|pencil|get\s+you\s+on)\b",
    "demo demos demonstration demonstrations meeting appointment walk walkthrough presentation assessment"
    " estimate consultation tour visit coffee lunch breakfast drinks trial pilot sign purchase buy order contract"
    " agreement call chat hour hours minutes calendar sit get meet come stop swing drop pop show set schedule"
    " book pencil",
)
_THIS_CALL_TIME = _c(
    r"\bgive\s+me\s+(?:\d+|a|one|two|ten|twenty|thirty|sixty|a\s+few)\s+(?:seconds|minutes?)|\b(?:minutes?|seconds)\s+(?:of\s+your\s+time|now|right\s+now)\b"
)
_LEADING_AUX_YOU = _c(
    r"^\W*(?:(?:so|and|but|ok(?:ay)?|well|oh)\W+)*(?:do|does|did|are|is|isn't|was|were|have|has|had|would|will|could|can|who|what|when|where|why|how|which)\b"
)


# An offer to do something for them that asks nothing of their time: "Shall I introduce you
# to her?", "Can I email you the guide tomorrow?", "Want me to forward it Friday?"
_REP_OFFER = _c(
    r"\b(?:(?:can|could|may|shall|should)\s+(?:i|we)|(?:would|do)\s+you\s+(?:like|want)\s+(?:me|us)\s+to|want\s+(?:me|us)\s+to)"
    r"\s+(?:just\s+|quickly\s+|also\s+|then\s+)?(?:send|email|e-mail|mail|text|forward|share|introduce|connect|loop|pass|put\s+you\s+in\s+touch)\b"
)


_TAG_CLAUSE = _Lazy(
    r"\s*(?:then|right|yes|no|ok(?:ay)?|perhaps|maybe|instead|again|say|yeah)\W*$", re.IGNORECASE
)


def _is_commitment(sentence: str, question: bool) -> bool:
    """A meeting/demo/call/visit/trial/purchase ask (time-check and routing lines are excluded by the caller)."""
    # Every ask names what (a meeting, a demo...) or when: without either, skip the costly
    # ask-form rule.
    noun = bool(_COMMIT_NOUN.search(sentence))
    slot = _slot(sentence, allow_today=False) is not None
    if not (noun or slot):
        return False
    ask = any(part.search(sentence) for part in _ASK_FORM_PARTS)
    if not (ask or question) or _THIS_CALL_TIME.search(sentence):
        return False
    if not noun and _REP_OFFER.search(sentence):
        return False  # an offer of help is a next step, not a commitment ask
    if ask and (noun or slot):
        return True
    if not question:
        return False
    # A fragment proposal: "...; coffee at Hartley's at 8:30?", "So, Saturday at 10?"
    clauses = re.split(r"[;,]", sentence)
    clause = clauses[-1]
    if len(clauses) > 1 and _TAG_CLAUSE.match(clause):
        clause = clauses[-2]  # "Monday morning, then?": the tag asks for the slot before it
    if len(clause.split()) > 8 or _LEADING_AUX_YOU.search(clause):
        return False
    return bool(_COMMIT_NOUN.search(clause) or _slot(clause, allow_today=False))


def _asks_for_proposal(proposal: str, tag: str) -> bool:
    """A visit or meeting stated with a time, then "does that work for you?" asking for it."""
    return (
        _ACCEPT_TAG.search(tag) is not None
        and not is_question(proposal)
        and _COMMIT_NOUN.search(proposal) is not None
        and _slot(proposal, allow_today=True) is not None
        and _SEND_VERB.search(proposal) is None
    )


# An offer to do something for them ("Can I send you some information?", "Sure, can I
# call him?", "Would you like me to email it?") asks permission; it is not a question about
# the prospect's situation.
_OFFER = _c(
    r"\b(?:can|could|may|shall|should|might)\s+i\s+(?:just\s+|quickly\s+|maybe\s+|also\s+|perhaps\s+|then\s+)?"
    r"(?:send|email|e-mail|mail|text|forward|share|drop|call|ring|phone|try|leave|follow\s+up|check\s+back|circle\s+back"
    r"|reach\s+out|give\s+(?:you|him|her|them)|pass|put\s+(?:you|something|together)|get\s+back|book|pencil|go\s+ahead|introduce|connect|loop)\b"
    r"|\b(?:would|do)\s+you\s+(?:like|want)\s+me\s+to\b|\bwant\s+me\s+to\b"
    r"|\b(?:would|will|is)\s+it\s+(?:be\s+)?(?:ok(?:ay)?|alright|all\s+right|fine|helpful|useful|easier|help)\s+if\s+i\b"
    r"|\bmind\s+if\s+i\s+(?!ask\b)"
)


# A question asked as a statement, with no question mark: "I'm curious how you handle
# returns today.", "Tell me a bit about your team.", "Walk me through how orders reach you."
# The lead must be a wish to hear or learn, and what follows must be about them (you, your,
# who handles...), not a time, a wish for their opinion of us, or small talk.
_EMBEDDED_QUESTION = _c(
    r"(?:^|[,;:]\s*|\b(?:and|so|but|now|also|really|just|always|genuinely|honestly)\s+)"
    r"(?:(?:i'm|i\s+am|i\s+was|i've\s+been|we're|we\s+were|i'd\s+be|i\s+would\s+be|i'll\s+be)\s+)?"
    r"(?:(?:really|just|always|genuinely|a\s+(?:little|bit)|kind\s+of|pretty)\s+)?"
    r"(?:curious|wondering|interested\s+to\s+(?:hear|know|learn|understand)"
    r"|(?:i|we)\s+wonder"
    r"|(?:i'd|i\s+would|we'd|i\s+want\s+to|i\s+wanted\s+to)\s+(?:really\s+)?(?:love|like|want)?\s*(?:to\s+)?(?:hear|know|learn|understand)(?:\s+(?:a\s+bit|a\s+little|more))?"
    r"|(?:please\s+)?(?:tell|walk|fill)\s+me\s+(?:in\s+on|through|(?:a\s+(?:bit|little)\s+|more\s+)?about|how|what|who|where|why|which)?"
    r"|help\s+me\s+understand|give\s+me\s+a\s+sense\s+of)"
    r"\W+(?:(?:to\s+)?(?:hear|know|learn)\s+|about\s+|more\s+about\s+)?"
    r"(?:(?:how|what|who|where|why|which|whether|if)\s+(?:[\w'-]+\s+){0,3}?(?:you|you're|you've|your|yours|y'all)\b"
    r"|who\s+(?:handles|manages|runs|owns|oversees|looks\s+after|takes\s+care\s+of|is\s+in\s+charge\s+of|decides|signs\s+off)\b"
    r"|(?:your|how\s+you|what\s+you)\b)"
    r"(?!\s+(?:think|thought|feel|felt|make\s+of|would|might|could|can|will|doing|are\s+doing|been|have\s+been"
    r"|are\s+(?:free|available|around|open|interested)|weekend|holiday|vacation|trip|day|week|morning|evening"
    r"|summer|family|kids|health)\b|'(?:d|ll)\b|'re\s+(?:doing|free|available|around|open|interested)\b|'ve\s+been\b)",
    "curious wondering wonder hear know learn understand tell walk fill sense",
)


#: Substrings every match of :data:`_EMBEDDED_QUESTION` contains: a cheap test first.
_EMBEDDED_GATE = ("curious", "wonder", " me ", "hear", "know", "learn", "understand", "sense of")


def _is_discovery(sentence: str) -> bool:
    """A question left after small talk, time checks, routing and commitment asks are set
    aside (the caller does that): is it a real question about them, not a tag or a repeat?"""
    return (
        len(sentence.split()) >= 2
        and not _CONFIRM_TAG.search(sentence)
        and not _OFFER.search(sentence)
    )


# --------------------------------------------------------------------------- next steps

_FUTURE = _c(
    r"^\W*(?:(?:ok(?:ay)?|great|perfect|sure|right|so|alright|brilliant|lovely|cheers|yeah|yep)\W+)*"
    r"(?:sending|emailing|booking|putting|pencilling|penciling|setting|scheduling|adding|blocking|calling|ringing|texting|dropping|forwarding)\b"
    r"|\b(?:can|could|may|shall|might|will)\s+(?:one\s+of\s+)?(?:our|my)\s+(?:[\w-]+\s+){0,2}?(?:engineers?|techs?|technicians?|team|colleagues?|partners?|specialists?|consultants?|experts?|reps?|manager|director|ceo|founder|boss|crew|installers?|surveyors?|advisers?|advisors?)\b"
    r"|\b(?:i'll|i\s+will|i'm\s+going\s+to|i\s+am\s+going\s+to|i'm\s+gonna|we'll|we\s+will|we're\s+going\s+to|let\s+me|let's|let\s+us"
    r"|i\s+can|we\s+can|i\s+could|we\s+could|could\s+i|can\s+i|may\s+i|shall\s+i|shall\s+we|should\s+i|how\s+about|what\s+about"
    r"|would\s+you\s+like\s+me\s+to|why\s+don't\s+(?:i|we)|i'd\s+(?:like|love)\s+to|i\s+want\s+to|i\s+would\s+like\s+to|happy\s+to"
    r"|i'm\s+(?:sending|emailing|mailing|calling\s+you)|can\s+we|could\s+we|would\s+you|will\s+you|could\s+you|can\s+you|i'll\s+go\s+ahead"
    r"|expect\s+(?:a|my)|you'll\s+(?:get|have|hear|see)|talk\s+to\s+you|see\s+you|speak\s+to\s+you"
    # an offer framed as help: "would it help if I brought...", "is it easier if we sent..."
    r"|(?:would|will|is|does)\s+it\s+(?:be\s+)?(?:help|helpful|useful|easier|ok(?:ay)?|alright|all\s+right|fine|make\s+sense)\s+if\s+(?:i|we))\b"
    # speech-to-text drops the apostrophe: "ill send it friday", "ill update that today"
    r"|\bill\s+(?=(?:just\s+|go\s+ahead\s+and\s+)?(?:send|email|e-mail|mail|text|forward|call|ring|phone|update|drop|bring|book|set\s+up|put|pencil|schedule|follow\s+up|get|have|loop|introduce|connect|confirm|share|swing|pop|come)\b)"
)
_STEP_VERB = _c(
    r"\b(?:send|sending|email|e-mail|emailing|mail|mailing|drop|dropping|text|forward|share|call|calling|ring|phone|follow\s+up|follow-up"
    r"|check\s+back|check\s+in|circle\s+back|touch\s+base|try|stop|come|swing|pop|meet|see|book|schedule|set\s+up|put|pencil|introduce"
    r"|connect|loop|confirm|bring|show|have|get|pull|start|update|reach\s+out|talk|speak|grab|hop|jump|walk|go\s+over|review|visit|invite"
    r"|hear|get\s+back|reach|brought|sent|dropped|came|popped|swung|emailed|mailed)\b"
)
_SPECIFIC_OBJECT = _c(
    r"\b(?:checklist|guide|catalog(?:ue)?|brochure|video|recording|summary|quote|proposal|case\s+stud(?:y|ies)|template|deck|invite|invitation"
    r"|agenda|link|samples?|kit|profiles?|results|rate\s+card|price\s+list|pricing|sheet|one-pager|one\s+pager|report|contract|white\s*paper"
    r"|article|overview|comparison|pdf|slides|examples?|campaigns?|map|estimate|audit|introductions?|intro|spec(?:ification)?s?|datasheet"
    r"|menu|order\s+form|paperwork|agreement|packet|pack|worksheet|calculator|portfolio|references?|testimonials?|demo|resume|cv|calendar\s+invite"
    r"|contact\s+(?:info|details)|number|directions|survey|questionnaire|form|invoice|receipt|confirmation|trial\s+account)\b",
    "checklist guide catalog catalogue brochure video recording summary quote proposal case template deck invite"
    " invitation agenda link sample samples kit profile profiles results rate price pricing sheet pager report"
    " contract white whitepaper article overview comparison pdf slides example examples campaign campaigns map"
    " estimate audit introduction introductions intro spec specs specification specifications datasheet menu"
    " order paperwork agreement packet pack worksheet calculator portfolio reference references testimonial"
    " testimonials demo resume cv calendar contact number directions survey questionnaire form invoice receipt"
    " confirmation trial",
)
_INTRO_PERSON = _c(
    r"\b(?:introduce|connect|loop)\s+(?:you|him|her|them)\s+(?:(?:both|two)\s+)?(?:to|with|in)\b|\bintroduction\b",
    "introduce connect loop introduction",
)


# Sending something: the object path of a next step needs a verb that hands it over, so
# "can we get a demo on the calendar?" (a meeting ask with no time) is not a next step.
_HAND_OVER = _c(
    r"\b(?:send|sending|sent|email|e-mail|emailing|mail|mailing|drop|dropping|text|forward|share|bring|leave|pass"
    r"|get\s+(?:you|it|that|this|them|those|over)|put\s+together|pull\s+together|write\s+up|prepare|draft|run|do|introduce"
    r"|connect|loop|confirm)\b"
)
# A time the rep proposes or accepts on its own: "Thursday at 9.", "Friday at 2:30 works",
# "Tuesday works for me", "Monday at ten it is".
_TIME_ACCEPT = _c(
    r"\b(?:works|work\s+for\s+(?:me|us)|suits\s+(?:me|us)|is\s+(?:good|great|fine|perfect|ok(?:ay)?|booked|confirmed)"
    r"|it\s+is|it's\s+a\s+date|then|sounds\s+(?:good|great|perfect)|locked\s+in|in\s+the\s+(?:diary|calendar))\W*$"
)
_NEGATIVE = _c(
    r"\b(?:not|no|never|don't|doesn't|won't|can't|cannot|isn't|wasn't|couldn't|wouldn't|busy|out|away|off|closed|booked\s+up)\b"
)
_PAST_TENSE = _c(r"\b(?:was|were|did|had|went|came|happened|last|ago)\b")
_FILLER = _c(
    r"\b(?:ok(?:ay)?|great|perfect|sure|so|then|yes|yeah|excellent|wonderful|fantastic|alright|all\s+right|how\s+about|what\s+about"
    r"|say|maybe|or|and|at|on|this|next|coming|in|the|morning|afternoon|evening|a\.?m\.?|p\.?m\.?|o'clock|your|my|time|for|me|us)\b"
)


def _bare_time(sentence: str) -> str | None:
    """A specific time said as a proposal or an acceptance, with no verb around it."""
    slot = _slot(sentence, allow_today=False)
    if slot is None or _NEGATIVE.search(sentence) or _PAST_TENSE.search(sentence):
        return None
    if _TIME_ACCEPT.search(sentence):
        return sentence
    # What is left after removing the time and filler words is at most a word or two.
    rest = _SLOT_SPECIFIC.regex.sub(" ", _lower(sentence))
    rest = _FILLER.regex.sub(" ", rest)
    if len(re.findall(r"[a-z0-9']+", rest)) <= 1:
        return sentence
    return None


# Agreeing to a time the prospect just named: "Perfect, I'll call then.", "Great, talk then.",
# "Sounds good.", "Will do."
_AGREE = _c(
    r"^\W*(?:(?:ok(?:ay)?|sure|yes|yeah|great|perfect|excellent|wonderful|fantastic|alright|all\s+right)\W+)*"
    r"(?:great|perfect|excellent|wonderful|fantastic|deal|done|will\s+do|you\s+got\s+it|sounds\s+(?:good|great|perfect|like\s+a\s+plan)"
    r"|that\s+works|works\s+for\s+me|it's\s+a\s+date|consider\s+it\s+done|absolutely|count\s+on\s+it)\b"
    r"|\b(?:i'll|i\s+will|we'll|talk|speak|see\s+you|catch\s+you|call\s+you|ring\s+you)\b[^.!?]{0,30}\bthen\b"
    r"|\b(?:i'll|i\s+will)\s+(?:put|pencil|add|block|book|note|mark)\b[^.!?]{0,30}\b(?:calendar|diary|down|in)\b"
)


def _next_step(
    sentence: str, commitment: bool, prev_time: str | None = None, question: bool | None = None
) -> str | None:
    # ``question``: is_question(sentence), when the caller already knows it.
    if question is None:
        question = is_question(sentence)
    if commitment:
        slot = _slot(sentence, allow_today=True)
        if slot:
            return sentence
    elif not question:
        if _bare_time(sentence):
            return sentence
        if prev_time and _AGREE.search(sentence) and not _NEGATIVE.search(sentence):
            return sentence
    # The future-tense path needs a time, an introduction or a specific thing in the
    # sentence: check those cheap, gated rules before the costly future-tense rule.
    if not (
        _slot(sentence, allow_today=True)
        or _INTRO_PERSON.search(sentence)
        or _SPECIFIC_OBJECT.search(sentence)
    ):
        return None
    future = _FUTURE.search(sentence)
    if not future:
        return None
    rest = sentence[future.start() :]
    if not _STEP_VERB.search(rest):
        return None
    if _slot(rest, allow_today=True) or _INTRO_PERSON.search(rest):
        return sentence
    if _SPECIFIC_OBJECT.search(rest) and (not commitment or _HAND_OVER.search(rest)):
        return sentence
    return None


# A time a prospect names for a follow-up ("Call me Thursday at ten", "I'm free Friday at
# 2", "Try me tomorrow"), not one they turn down ("I can't do Thursday").
_TIME_REFUSAL = _c(
    r"\b(?:not|no|never|don't|doesn't|won't|can't|cannot|isn't|couldn't|wouldn't|busy|booked|away|off|closed|out\s+(?:of|until|till))\b"
)


@lru_cache(maxsize=8192)
def proposed_time(text: str) -> str | None:
    """The specific time a (prospect) line proposes or agrees to, or None."""
    norm = normalise(text)
    for sentence in sentences(norm):
        slot = _slot(sentence, allow_today=True)
        if slot and not _TIME_REFUSAL.search(sentence) and not _PAST_TENSE.search(sentence):
            return slot
    return None


# --------------------------------------------------------------------------- pricing

_NUMBER_WORDS = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
    r"|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|a)"
)
_MONEY_WORD = r"(?:dollars?|bucks|cents|grand)"
_PER_UNIT = (
    r"(?:a|an|per|/|each)\s*(?:seat|user|licen[cs]e|head|terminal|location|site|device|employee|agent|member|vehicle|truck|unit|machine|endpoint"
    r"|month|mo|year|yr|annum|week|quarter|day|hour|hr)\b"
)
_AMOUNT = rf"(?:\d[\d,]*(?:\.\d+)?\s*(?:k|grand|hundred|thousand)?|(?:{_NUMBER_WORDS}[\s-]){{0,3}}{_NUMBER_WORDS}|(?:a\s+)?(?:couple|few)\s+(?:hundred|thousand|grand))"
#: (substring gate, rule) pairs: a rule is only run when its gate word is in the line.
_PRICING_RULES: tuple[tuple[tuple[str, ...], _Rule], ...] = (
    # other currencies: "£45 a month", "€2,000", "Rs 5,000", "₹999", "50 quid", "AUD 300"
    (
        (
            "£",
            "€",
            "₹",
            "rs",
            "rupee",
            "lakh",
            "crore",
            "aud",
            "cad",
            "gbp",
            "eur",
            "inr",
            "nzd",
            "a$",
        ),
        _c(
            r"[£€₹]\s?\d[\d,]*(?:\.\d+)?|\b(?:rs\.?|inr|aud|cad|gbp|eur|nzd|a\$|c\$)\s?\d[\d,]*(?:\.\d+)?"
            r"|\b\d[\d,]*(?:\.\d+)?\s*(?:rupees|lakhs?|crores?|aud|cad|gbp|eur|inr|nzd)\b"
        ),
    ),
    # a price said as a rate with no currency word: "runs about eight hundred a year per seat",
    # "it's 45 a user", "costs 200 a month", "we charge twelve per truck"
    (
        (
            "run",
            "cost",
            "charg",
            "priced",
            "bill",
            "pay",
            "comes",
            "works out",
            "seat",
            "user",
            "licen",
            "terminal",
            "device",
            "endpoint",
        ),
        _c(
            rf"\b(?:runs?|running|costs?|costing|charges?|charging|priced\s+at|billed\s+at|pay|paying|comes?\s+(?:out\s+)?to|works?\s+out\s+(?:at|to))\s+"
            rf"(?:about\s+|around\s+|roughly\s+|approximately\s+|under\s+|just\s+|only\s+|from\s+|a\s+flat\s+)?{_AMOUNT}\s*(?:bucks\s+)?{_PER_UNIT}"
            rf"|\b{_AMOUNT}\s*(?:bucks\s+)?(?:a|an|per|/|each)\s*(?:seat|user|licen[cs]e|terminal|device|endpoint)\b"
        ),
    ),
    # a price for the job with no currency word: "we can do it for about eighteen hundred a year",
    # "I'd get you set up for 450 a month" -- a size of money (hundreds, thousands, 3+ digits)
    # or a rate per period/unit, so "do it for two hours" is not a price.
    (
        (" for ",),
        _c(
            r"\b(?:do|get|have|give|offer|sell|supply|insure|cover|handle|take\s+care\s+of|sort|set)\s+(?:it|that|this|them|you|yours|the\s+lot|the\s+whole\s+(?:thing|lot))\b"
            r"(?:\s+(?:set\s+up|up|out|all|covered|sorted|insured))?\s+for\s+(?:about\s+|around\s+|roughly\s+|approximately\s+|just\s+|only\s+|under\s+|less\s+than\s+)?"
            rf"(?:(?:{_NUMBER_WORDS}[\s-]){{0,3}}(?:hundred|thousand|grand)|\d[\d,]*(?:\.\d+)?\s*(?:k|grand|hundred|thousand)|\d{{3,}}(?:,\d{{3}})*|\d[\d,]*(?:\.\d+)?(?=\s*{_PER_UNIT})|(?:{_NUMBER_WORDS}[\s-]){{0,3}}{_NUMBER_WORDS}(?=\s*{_PER_UNIT}))"
        ),
    ),
    # an amount of money: "$45", "2.4 percent plus ten cents", "a two-hundred-dollar credit"
    (
        ("$", "dollar", "cent", "buck", "grand", "usd", "euro", "pound", "quid"),
        _c(
            r"\$\s?\d[\d,]*(?:\.\d+)?(?!\s*(?:million|billion|mm|bn|k\b|m\b|b\b))"
            r"|\b\d[\d,]*(?:\.\d+)?\s*(?:dollars?|bucks|cents|usd|euros?|pounds?\s+(?:a|per|each)|quid)\b"
            rf"|\b(?:{_NUMBER_WORDS}[\s-]){{0,3}}{_NUMBER_WORDS}[\s-]{_MONEY_WORD}\b"
            rf"|\b(?:{_NUMBER_WORDS}[\s-]){{0,3}}{_NUMBER_WORDS}[\s-](?:pounds?|euros?|rupees|quid)\s+(?:a|an|per|each)\b"
            r"|\b[\w-]+-dollar\b"
        ),
    ),
    # a discount or a rate in percent: "20% off", "25 percent off", "2.4 percent plus"
    (
        ("%", "percent", "per cent"),
        _c(
            r"(?:\d+(?:\.\d+)?\s*(?:%|percent|per\s*cent)|\b"
            + _NUMBER_WORDS
            + r"(?:[\s-]\w+)?\s+percent)\s+"
            r"(?:off|discount|cheaper|less\s+than|lower|below|rebate|cash\s*back|back|commission|plus|\+|per|a\s+transaction|of\s+(?:each|every)\s+(?:sale|transaction)"
            r"|of\s+(?:the\s+)?(?:first[\s-]year(?:'s)?|annual|base|starting)\s+(?:salary|pay|wage|compensation|package))"
        ),
    ),
    (
        (
            "discount",
            "half",
            "rebate",
            "coupon",
            "promo",
            "special",
            "introductory",
            "beat",
            "match",
            "undercut",
            "waive",
            "no ",
            "complimentary",
            "money",
            "for free",
            "free of",
            "at no",
        ),
        _c(
            # A discount or rebate counts when it is offered ("we'll give you a discount", "you
            # qualify for a rebate"), not when it is only the topic ("the rebate you asked about").
            r"\b(?:give|giving|offer|offering|get|getting|qualif(?:y|ies)\s+for|take|taking|knock|extend|apply|include)\s+"
            r"(?:\w+\s+){0,3}?(?:discount|rebate)s?\b|\bdiscounted\s+(?:rate|price|pricing|plan)\b|\bdiscount\s+(?:for|if|when)\b"
            r"|\b(?:half[- ]price|half\s+off|coupon|promo(?:tion(?:al)?)?\s+(?:code|price|rate)|special\s+(?:offer|rate|pricing|price)|introductory\s+(?:rate|price|offer))\b"
            r"|\b(?:beat|match|undercut)\s+(?:their|your|the|any|his|her)\s+(?:current\s+)?(?:price|prices|quote|rate|rates|pricing)"
            r"|\bwaive[ds]?\s+(?:the\s+|your\s+)?(?:setup\s+|set-up\s+|installation\s+)?(?:fee|fees|cost)"
            r"|\bno\s+(?:setup\s+|set-up\s+|monthly\s+|annual\s+|hidden\s+|cancellation\s+|upfront\s+|up-front\s+)?(?:fees?|minimums|charges?)\b"
            r"|\bat\s+no\s+(?:extra\s+|additional\s+)?(?:cost|charge)|\bfree\s+of\s+charge|\bfor\s+free\b|\bcomplimentary\b|\bmoney[- ]back\b"
        ),
    ),
    # financing and payment terms: "zero percent financing for 24 months", "0% APR", "no payments
    # until April", "nothing down", "interest-free for a year", "twelve months same as cash"
    (
        ("financ", "apr", "payment", "interest", "down", "defer", "same as cash"),
        _c(
            r"\b(?:\d+(?:\.\d+)?\s*(?:%|percent|per\s*cent)|(?:zero|"
            + _NUMBER_WORDS
            + r")(?:[\s-]\w+)?\s+(?:percent|per\s*cent))\s+"
            r"(?:financing|finance|apr|interest\s+(?:financing|for|until|on\s+(?:the|your|a|approved))|down\s+payment|down(?=\s*(?:[,.;!?]|and\b|$))|deposit)"
            r"|\b(?:no|zero|0%?)[\s-]interest\s+(?:financing|for|until|loans?|plan|payments?)\b|\binterest[\s-]free\s+(?:for|until|financing|loans?|credit|payments?)\b"
            r"|\bno\s+(?:monthly\s+)?payments?\s+(?:at\s+all\s+|whatsoever\s+)?(?:until|till|for|before)\b"
            r"|\b(?:no|zero|nothing|\$0)\s+(?:money\s+)?down\b(?!\s+(?:the|to|there|here|on\s+the))"
            r"|\bdefer(?:red)?\s+(?:your\s+)?(?:first\s+)?payments?\b|\b(?:first\s+)?payments?\s+(?:aren't|isn't|are\s+not|is\s+not|won't\s+be|not)\s+due\s+until\b"
            r"|\bsame\s+as\s+cash\b"
        ),
    ),
    # trial terms and free things: "a 30-day free trial", "free estimates", "it's completely free"
    (
        ("trial", "free", "on us", "half off"),
        _c(
            r"\b(?:\d+|" + _NUMBER_WORDS + r")[\s-](?:day|week|month)[\s-](?:free[\s-])?trial\b"
            r"|\bfree\s+(?:trial|pilot|month|months|week|weeks|estimates?|terminals?|quotes?|installation|install|consultations?|assessments?|audits?"
            r"|shipping|delivery|setup|set-up|onboarding|upgrades?|samples?|demos?|training|inspection|evaluation|analysis|credit|account|version|tier|plan|gift|hardware|device|equipment)\b"
            r"|\btrial\s+(?:period|offer)\b|\bfirst\s+(?:month|week|year|order)(?:'s|\s+is)?\s+(?:free|on\s+us|half\s+off)"
            r"|\b(?:it's|it\s+is|that's|that\s+is|completely|totally|absolutely|100%)\s+free\b(?!\s+(?:to|for|now|at|on|next|this|tomorrow|today))"
        ),
    ),
    # a price stated in words: "plans start at 79", "our rate is a flat 2.4 percent"
    (
        (
            "price",
            "pricing",
            "plan",
            "rate",
            "fee",
            "package",
            "subscription",
            "license",
            "cost",
            "commission",
            "it ",
        ),
        _c(
            r"\b(?:prices?|pricing|plans?|rates?|fees?|packages?|subscriptions?|licenses?|it)\s+(?:start|starts|starting|run|runs|begin|begins|are|is)\s+(?:at\s+|from\s+)?(?:just\s+|only\s+|as\s+low\s+as\s+|around\s+|about\s+)?(?:\$\s?\d[\d,.]*|\d[\d,.]*(?![\d,.]*\s*(?:/\s*7|hours?|hrs?|minutes?|mins?|seconds?|days?|weeks?|months?|years?|times|x\b|%|percent|pages|people|users|trucks|sites|locations)))"
            r"|\b(?:our|the|my)\s+(?:rate|fee|price|cost|commission)(?:'s|\s+is|\s+are|\s+would\s+be|'d\s+be|\s+will\s+be)\s+(?:just\s+|only\s+|a\s+flat\s+|about\s+|around\s+)?(?:\$\s?\d[\d,.]*(?:\s*(?:%|percent))?|\d[\d,.]*(?:\s*(?:%|percent))?|"
            + _NUMBER_WORDS
            + r"\b)"
        ),
    ),
)


def pricing(text: str) -> str | None:
    """The words of ``text`` that state a price, cost, fee, discount or trial term, or None."""
    low = _lower(text)
    for gate, rule in _PRICING_RULES:
        if _has_any(low, gate):
            match = rule.regex.search(low)
            if match:
                return text[match.start() : match.end()].strip()
    return None


_PRICE_WORDS = _c(
    r"\b(?:price|prices|pricing|priced|cost|costs|costing|charge|charges|fee|fees|rate|rates|how\s+much|expensive|cheap|afford|budget"
    r"|ballpark|quote|per\s+month|a\s+month|what\s+(?:would|does|do|will)\s+(?:it|that|this|something|one|they|these|those|you)\b[^?.]{0,40}\b(?:run|cost|charge|go\s+for|set\s+(?:me|us)\s+back)"
    r"|what(?:'s|\s+is|\s+are|'re|\s+would|'d|\s+do|\s+does)\s+(?:(?:a|an|the|one|these|those|they|it|that|this|something|yours)\b)[^?.]{0,40}\b(?:going|selling|retailing|go|sell|retail)\s+(?:for|at))\b"
)
_REQUEST = _c(
    r"\b(?:tell\s+me|send\s+me|give\s+me|let\s+me\s+know|i\s+need|i'd\s+need|i'd\s+want|i\s+want\s+to\s+know|what's|what\s+is|what\s+are|wondering|curious)\b"
)


@lru_cache(maxsize=8192)
def asks_price(text: str) -> str | None:
    """The words in a (prospect) line that ask about price or cost, or None.

    "What does something like ours run a month?" asks; "we ate the cost" does not.
    """
    if not _PRICE_WORDS.search(text):
        return None
    for sentence in sentences(text):
        if _PRICE_WORDS.search(sentence) and (is_question(sentence) or _REQUEST.search(sentence)):
            if re.search(
                r"\bnot\s+(?:at|ready\s+for|talking|interested\s+in)\s+(?:the\s+)?pric",
                sentence,
                re.I,
            ):
                continue
            return sentence
    return None


# --------------------------------------------------------------------------- features

_SPEC_NUMBER = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty"
    r"|seventy|eighty|ninety|hundred|thousand|a)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?"
)
_FEATURE_WORDS = _c(
    r"\b(?:ai|a\.i\.|ai-\w+|machine\s+learning|automat\w*|auto-\w+|real-time|realtime|live|dashboards?|analytics|reporting|reports?"
    r"|integrations?|integrates?|sync\w*|apis?|cloud|mobile|apps?|portals?|tracking|trackers?|alerts?|notifications?|reminders?|uptime"
    r"|modules?|workflows?|e-?signatures?|compliance|compliant|encrypt\w*|routing|scoring|summaries|feeds?|capture|uploads?|scheduling"
    r"|drag-and-drop|clock-?(?:in|out)|gps|sms|chat|chatbots?|voip|logs?|templates?|crm|sso|single\s+sign-on|storage|backups?"
    r"|self-service|plug-?ins?|add-?ons?|interface|touchscreen|battery|sensors?|cameras?|resolution|bandwidth|processors?|wireless"
    r"|bluetooth|wi-?fi|waterproof|modular|customi[sz]able|configurable|omnichannel|multi-\w+|audit\s+trails?|permissions|role-based"
    r"|approvals?|panels?|led|built-in|magnetic|charging|light\s*box(?:es)?|one-click|white-label|features?|functionality|updates?"
    r"|monitoring|firewall|software|hardware|algorithm\w*|ocr|scanning|scanner|sdk|widgets?|kiosk|bots?|sentiment|transcription"
    r"|geofenc\w*|telematics|biometric\w*|warranty|specs?|ports?|hd|4k|ssd|usb|import|export|optimi[sz]\w*|cad|engine)\b"
    r"|\b\d+(?:\.\d+)?\s*(?:%|percent)\s+uptime|\b\d+\+?\s+integrations|\bevery\s+(?:\d+|\w+)\s+(?:seconds|minutes)\b|\b\d+-bit\b"
    r"|\bsoc\s?2\b|\bhipaa\b|\biso\s?\d+|\b\d+(?:\.\d+)?\s*(?:gb|tb|mb|ghz|mbps|gbps|mp|megapixels?|hz|fps|kwh|mah|ppm|dpi)\b"
    # a machine's specifications: "eighty-five feet of platform height", "a 1,000 lb capacity",
    # "four-wheel drive", "a 12-speed gearbox"
    rf"|\b(?:\d[\d,.]*|(?:{_SPEC_NUMBER}[\s-]){{0,3}}{_SPEC_NUMBER})[\s-](?:feet|foot|ft|inch(?:es)?|pounds?|lbs?|kg|kilos?|tons?|tonnes?|horsepower|hp|volts?|watts?|amps?|psi|rpm|gallons?|litres?|liters?|cc)\b"
    r"|\b(?:two|four|all|\d)[\s-]wheel[\s-]drive\b|\b\d+-speed\b"
)
_PRODUCT_FRAME = _c(
    r"\b(?:we\s+have|we've\s+got|it\s+has|it's\s+got|it\s+includes|includes|including|comes\s+with|you\s+get|we\s+offer|it\s+offers|features|built\s+in)\b"
)
_LIST_SPLIT = _Lazy(r",|;|:|\band\b|\bor\b|\bplus\b|\bas\s+well\s+as\b", re.IGNORECASE)
_OUTCOME_LEAD = _c(
    r"^\s*(?:no\s+more|fewer|less|more|faster|lower|higher|save[sd]?|saving|better|cut|reduce[sd]?|happier|zero|never|so\s+(?:you|your))\b"
)


# The product as the subject, then what it has: "we have", "it comes with", "you get",
# "our platform offers", "Trellis does A, B and C". Not "we have worked with...".
_PRODUCT_CUE = _c(
    r"\b(?:we|it|this|that|they|these|those|the\s+(?:platform|system|app|tool|software|product|unit|device|service|kit|package|plan|solution|machines?|units|models?)"
    r"|our\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:also\s+)?"
    r"(?:have|has|'ve\s+got|'s\s+got|got|offers?|includes?|provides?|supports?|features?|comes?\s+with|gives?\s+you|bundles?|ships?\s+with"
    r"|do|does|handles?|covers?|manages?|automates?|tracks?|takes?\s+care\s+of|looks?\s+after|deals?\s+with|supplies|supply|installs?|runs?)\s+"
    r"(?!(?:been|worked|helped|seen|done|had|made|found|spoken|talked|heard|grown|served|partnered|saved|noticed|learned|gone|come|become|run|started|launched|hired|to|no|not|never|any|some\s+questions?"
    r"|a\s+lot|lots|this|that|it|what|everything|anything|all\s+of|more|most|business|work|well|great|things)\b)"
    r"|\b(?:we'd|we\s+would|we'll|we\s+will|i'd|i\s+would)\s+(?:be\s+looking\s+at|look\s+at|provide|bring|supply|set\s+up|include|install|give\s+you|put\s+in|recommend|quote(?:\s+you)?)\s+"
    r"|\b(?:we've|it's|they've)\s+got\s+|\byou\s+(?:also\s+)?get\s+|\b(?:includes|including|comes\s+with|built\s+in|on\s+top\s+of\s+that)\b\W*"
    r"|(?:^\W*(?!(?:it|this|that|they|he|she|i|you|which|who)\s)(?:\w+\s+){1,2}|\bour\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+)(?:also\s+)?(?:does|handles|covers|automates|offers|includes|provides)\s+"
    r"(?!(?:take|make|need|help|mean|work|cost|get|have|require)\b)"
)
_ITEM_SPLIT = _Lazy(
    r",|;|\band\s+also\b|\band\b|\bplus\b|\bas\s+well\s+as\b|\bon\s+top\s+of\s+that\b|\balong\s+with\b|\bor\b",
    re.IGNORECASE,
)
# An item that is a clause or a benefit, not a noun phrase: "you'll...", "so you...", "no more X".
_NOT_NOUN_PHRASE = _c(
    r"^\W*(?:you|we|i|they|he|she|it|that|which|who|so|because|but|if|when|then|there|this|these|those|means|meaning"
    r"|no\s+more|fewer|less|more|faster|lower|higher|happier|better|zero|never|save[sd]?|saving|cut|reduce[sd]?|is|are|was|were|can|will|would)\b"
)
# Who or where, not what the product has: customers, offices, people, times.
_NOT_PRODUCT = _c(
    r"\b(?:customers|clients|members|partners|people|staff|employees|reps|folks|technicians|techs|drivers|engineers|dispatchers?"
    r"|agents|specialists|consultants|account\s+managers)\b(?!\s+(?:portal|app|dashboard|login|list|database)\b)"
    r"|\b(?:offices\s+in|locations|branches|sites\s+in|like\s+yours|as\s+(?:customers|clients|partners|users))\b"
)


# "Roadsure has live GPS tracking, ..." -- a product name (capitalised, case-sensitive) as subject.
_PRODUCT_CUE_NAMED = _Lazy(
    r"^\W*(?:(?i:so|and|well|basically|yeah|look)\W+)*(?!(?:I|He|She|They|It|This|That|Which|Who|You|We|My|Your|His|Her|Their)\b)"
    r"[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?\s+(?:also\s+)?(?:has|offers|includes|provides|gives\s+you|comes\s+with|does|handles|covers|automates)\s+"
)


def _product_list(sentence: str) -> bool:
    """Three or more short noun phrases after a product-subject cue."""
    cue = _PRODUCT_CUE.search(sentence)
    if cue is None:
        cue = _PRODUCT_CUE_NAMED.search(sentence)
    if cue is None:
        return False
    tail = sentence[cue.end() :]
    items = [item.strip(" .!-\"'") for item in _ITEM_SPLIT.split(tail)]
    items = [item for item in items if item]
    if len(items) < 3:
        return False
    # A list of customers, offices or staff is not a spec sheet ("we have clients in Ohio,
    # Texas and Utah"); one such item after the features ("...and two technicians on site")
    # is just left out of the count.
    if _NOT_PRODUCT.search(items[0]) or _NOT_PRODUCT.search(sentence[: cue.end()]):
        return False
    items = [item for item in items if not _NOT_PRODUCT.search(item)]
    nouns = 0
    for item in items:
        size = len(item.split())
        if size > 8 or _NOT_NOUN_PHRASE.search(item) or _slot(item, allow_today=True):
            continue
        nouns += 1
    return nouns >= 3 and nouns >= len(items) - 1


# A list spread over sentences, one item each, marked by an enumerator: "Point one, kernel
# rollback. Point two, USB control. Point three, ...", "First, ... Second, ... Third, ...".
_ENUMERATOR = _c(
    r"^\W*(?:and\s+|also\s+|then\s+|plus\s+)?(?:(?:(?:point|number|feature|item|bullet)\s+(?:one|two|three|four|five|six|\d+)|firstly|secondly|thirdly|fourthly|lastly)\b\s*[,:.)-]?"
    r"|(?:first|second|third|fourth|fifth|next|last|finally|one|two|three|four|five|\d+)\s*[,:.)-])\s*"
)


def _enumerated_list(sents: list[str]) -> str | None:
    """Three or more sentences of one turn that each name one item after an enumerator."""
    items = []
    for sentence in sents:
        if is_question(sentence):
            continue
        marker = _ENUMERATOR.match(sentence)
        if marker is None:
            continue
        rest = sentence[marker.end() :].strip(" .!")
        size = len(rest.split())
        if 0 < size <= 12 and not _NOT_NOUN_PHRASE.search(rest) and not _NOT_PRODUCT.search(rest):
            items.append(sentence)
    return " ".join(items) if len(items) >= 3 else None


def _feature_list(sentence: str) -> str | None:
    separators = (
        sentence.count(",")
        + sentence.count(";")
        + sentence.count(":")
        + sentence.count(" and ")
        + sentence.count(" or ")
        + sentence.count(" plus ")
        + sentence.count(" as well as ")
    )
    if separators < 2:
        return None
    if _product_list(sentence):
        return sentence
    items = [item.strip() for item in _LIST_SPLIT.split(sentence) if item.strip(" .!-")]
    if len(items) < 3:
        return None
    features = [
        item for item in items if _FEATURE_WORDS.search(item) and not _OUTCOME_LEAD.search(item)
    ]
    if len(features) >= 3:
        return sentence
    # "We have X, Y, Z and W": a product-possession frame listing things, two of them
    # plainly features, is a spec sheet too.
    if len(features) == 2 and len(items) >= 4 and _PRODUCT_FRAME.search(items[0]):
        return sentence
    return None


# --------------------------------------------------------------------------- benefits and acknowledgements

_OUTCOME_VERB = (
    r"(?:save|saves|saving|cut|cuts|cutting|stop|stops|avoid|avoids|reduce|reduces|lower|lowers|eliminate|eliminates|prevent|prevents"
    r"|free\s+up|frees\s+up|get\s+back|recover|recovers|catch|catches|win|wins|gain|keep|keeps|halve|halves|double|doubles|speed\s+up"
    r"|speeds\s+up|spend\s+less|never|no\s+longer|hear|hears|know|knows|see|sees|find\s+out|finds\s+out|get\s+paid|close|stay|stays)"
)
# What the product does for them: "so your crew hears about it first", "it means you stop
# losing loads", "you'd save six hours", "which cuts your...", "we help clinics cut no-shows".
# One part per kind of benefit (any part matching is a benefit), each gated on the whole
# words all its matches contain: most sentences have "you" or "so" and reach only a part or
# two, instead of one regex of every alternative.
_BENEFIT_PARTS: tuple[_Rule, ...] = (
    _c(
        r"(?<!\bso\s)\bso\s+(?:that\s+)?(?!you\s+know\b)(?:you|your\s+(?:[\w-]+\s+){0,2}?[\w-]+|they|the\s+(?:team|crew|staff|office))\s+(?:can\s+|could\s+|will\s+|would\s+|don't\s+|won't\s+|never\s+|always\s+|only\s+|finally\s+|no\s+longer\s+)?"
        r"(?!know\b|have\s+(?:it|that|them|this|my|our|the\s+(?:link|number|details|email|invite))\b|can\s+(?:reach|call|see|read|review|look|check|find)\s+(?:me|it|that|them|this|my|our)\b)\w+",
        "so",
    ),
    _c(r"\bthat\s+way,?\s+(?:you|your)\b", "way"),
    _c(
        r"\b(?:customers|clients|shops|firms|teams|practices|companies|operators|offices|users)\s+(?:like\s+yours\s+)?(?:typically\s+|usually\s+|often\s+|generally\s+)?"
        r"(?:cut|save|reduce|stop|see\s+(?:fewer|less|more|a\s+\d|\d)|get\s+paid|recover|avoid|lower|halve|double)\b",
        "customers clients shops firms teams practices companies operators offices users",
    ),
    _c(
        r"\b(?:that|which|this|it)\s+(?:means|meant|would\s+mean|will\s+mean|'d\s+mean)\s+(?:that\s+)?(?:you|your|no\s+more|fewer|less|more|faster|lower|zero|never|nobody|one)\b",
        "means meant mean",
    ),
    _c(r"\bfor\s+you,?\s+(?:that|this|it)\s+means\b", "means"),
    _c(
        rf"\b(?:you'd|you\s+would|you'll|you\s+will|you\s+could|you\s+can|your\s+\w+\s+(?:would|will|could|can))\s+(?:\w+\s+)?{_OUTCOME_VERB}\b(?!\s+(?:you|me|us|from\s+me|an?\s+email|a\s+call|the\s+(?:email|invite|link)))",
        "you your",
    ),
    _c(
        r"\b(?:which|that|it|this)\s+(?:also\s+)?(?:cuts|saves|reduces|eliminates|prevents|stops|frees\s+up|halves|doubles|lowers|speeds\s+up|shortens|pays\s+for\s+itself)\b",
        "cuts saves reduces eliminates prevents stops frees halves doubles lowers speeds shortens pays",
    ),
    _c(
        r"\b(?:we|it)\s+(?:help|helps|helped)\s+(?:[\w'-]+\s+){0,4}?(?:to\s+)?(?:cut|save|reduce|stop|avoid|lower|catch|win|get\s+paid|recover|keep|eliminate|prevent|speed\s+up|free\s+up|spend\s+less|close)\b",
        "help helps helped",
    ),
    _c(
        r"\b(?:no\s+more|never\s+again)\b[^.!?]{0,60}\b(?:you|your)\b|\b(?:you|your)\b[^.!?]{0,60}\b(?:no\s+more|never\s+again)\b",
        "more again",
    ),
)
#: Every part of _BENEFIT_PARTS contains one of these.
_BENEFIT_GATE = (
    "so",
    "that way",
    "mean",
    "you",
    "help",
    "no more",
    "never again",
    "cuts",
    "saves",
    "reduces",
    "eliminates",
    "prevents",
    "stops",
    "frees",
    "halves",
    "doubles",
    "lowers",
    "speeds",
    "shortens",
    "pays for",
    "customers",
    "clients",
    "shops",
    "firms",
    "teams",
    "practices",
    "companies",
    "operators",
    "offices",
    "users",
)
_ACKNOWLEDGE = _c(
    r"^\W*(?:(?:oh|well|ah|and|but|look)\W+)?(?:yes|yeah|yep|yup|ok(?:ay)?|sure|fair(?:\s+enough)?|that's\s+(?:fair|true|right|correct|a\s+fair\s+point)"
    r"|true|good\s+point|fair\s+point|got\s+it|gotcha|understood|i\s+understand|i\s+hear\s+you|i\s+get\s+(?:it|that)|(?:that\s+)?makes\s+sense|absolutely"
    r"|of\s+course|totally|definitely|certainly|(?:you're|you\s+are)\s+(?:right|correct|absolutely\s+right)|thank\s+you|thanks|no\s+problem|noted|will\s+do"
    r"|i\s+see|right|guilty\s+as\s+charged|(?:it|that)\s+is|i\s+am|i\s+do|we\s+do|it\s+does)\b(?!\s+(?:now|away|person|time|here|there|about|regarding)\b)"
    r"(?!\s*\?)"
)
# "It's a sales call": owning up to it, anywhere in the sentence. Kept apart from the
# anchored rule above so that one tries a single position; this one scans, but only
# sentences with the word "sales".
_ACKNOWLEDGE_SALES = _c(
    r"\b(?<!not\s)(?:it|this)(?:'s|\s+is)\s+(?:a\s+|definitely\s+a\s+)?sales\s+call\b", "sales"
)


def _acknowledge(sentence: str, question: bool | None = None) -> bool:
    if question is None:
        question = is_question(sentence)
    if question or not (_ACKNOWLEDGE.search(sentence) or _ACKNOWLEDGE_SALES.search(sentence)):
        return False
    # "It is about..." / "I am calling..." go on to say something else.
    return not re.match(
        r"^\W*(?:it\s+is|i\s+am|i\s+do|we\s+do|it\s+does)\s+\w", sentence, re.I
    ) or bool(re.search(r"\bsales\s+call\b", sentence, re.I))


# --------------------------------------------------------------------------- disclaimers, apologies, claims

_DISCLAIMER = _c(
    r"\b(?:i'm|i\s+am|we're|we\s+are|i\s+was|we\s+were|this\s+is|this\s+call\s+is|it's|it\s+is|i'm\s+really|i'm\s+honestly)\s+"
    r"(?:\w+\s+){0,2}?not\s+(?:\w+\s+)?(?:here\s+|calling\s+|trying\s+|looking\s+|going\s+|out\s+|about\s+)?(?:to\s+)?"
    r"(?:sell|selling|pitch|pitching|push|pushing|peddl\w*|hard-sell\w*)\b"
    r"|\b(?:i'm|i\s+am|we're|we\s+are)\s+not\s+(?:a\s+|an?\s+|one\s+of\s+those\s+)?(?:telemarketer|salesperson|salesman|saleswoman|sales\s*(?:rep|person|guy|gal|call)|solicitor|vendor)s?\b"
    r"|\b(?:is\s+not|isn't|is\s+no|not|no|won't\s+be|will\s+not\s+be|never)\s+(?:a\s+|an?\s+|your\s+(?:typical|usual)\s+)?(?:sales|selling|sales-y|salesy)\s+(?:call|pitch|thing|calls)\b"
    r"|\b(?:not|isn't|is\s+not|ain't|wasn't|won't\s+be|no|never)\s+(?:\w+\s+)?(?:a\s+|an\s+|some\s+|one\s+of\s+those\s+|your\s+(?:typical|usual|average)\s+)?(?:sales\s+|salesy\s+|sales-y\s+|marketing\s+|telemarketing\s+|cold\s+)?"
    r"(?:pitch(?:es)?|spiel|telemarketing(?:\s+(?:call|thing))?|sales(?:\s+(?:call|thing|pitch|spiel|push|visit))|solicitation|hard\s+sell|robocall)\b"
    r"|\b(?:i'm|i\s+am|we're|we\s+are|i'm\s+really)\s+not\s+(?:\w+\s+)?(?:a\s+|an\s+)?(?:telemarketer|salesperson|salesman|saleswoman|sales\s*(?:rep|person|guy|gal|call)|solicitor)s?\b"
    r"|\b(?:i|we)\s+(?:don't|do\s+not|won't|will\s+not|am\s+not\s+going\s+to|'m\s+not\s+going\s+to|'re\s+not\s+going\s+to)\s+(?:want\s+to\s+|try\s+to\s+|be\s+)?(?:sell|pitch)(?:ing)?\s+(?:you\s+)?(?:anything|something|you)\b"
    r"|\bnothing\s+to\s+sell\b|\bnot\s+(?:trying\s+)?to\s+sell\s+you\b"
    r"|^\W*(?:and\s+|but\s+|oh\s+)?not\s+(?:selling|pitching)\b"
)
_APOLOGY = _c(
    r"\b(?:sorry|apologi[sz]e|apologies|forgive|pardon|excuse)(?:\s+(?:me|us))?[\s,]+"
    r"(?:(?:to|for|about|if|that|the|my|i'm|i\s+am|we're|i've|so\s+much\s+for)\s+)(?!hear\b|see\b|learn\b|say\b|report\b|ask\b)"
    r"(?:(?:late|early|cold|unexpected|random|sudden|surprise)\s+)?(?:calling|call|calls|ringing|phoning)\b"
    r"|\b(?:sorry|apologi[sz]e|apologies|forgive|pardon|excuse)(?:\s+(?:me|us))?[\s,]+"
    r"(?:(?:to|for|about|if|that|the|my|i'm|i\s+am|we're|i've|i)\s+)(?!hear\b|see\b|learn\b|say\b|report\b|ask\b)"
    r"(?:[\w']+\s+){0,4}?"
    r"(?:bother\w*|bug(?:ging)?|disturb\w*|interrupt\w*|intru\w*|keep(?:ing)?\s+you|tak(?:e|ing)\s+(?:up\s+)?(?:so\s+much\s+|too\s+much\s+|a\s+bit\s+|some\s+|any\s+|more\s+)?(?:of\s+)?your\s+(?:time|day|morning|afternoon|evening)"
    r"|wak\w+\s+you|troubl\w+\s+you|the\s+trouble|impos\w*|barg\w+\s+in|catch(?:ing)?\s+you\s+(?:at|during|in|on)|eat(?:ing)?\s+into|hold(?:ing)?\s+you\s+up"
    r"|out\s+of\s+the\s+blue|out\s+of\s+nowhere|unannounced|calling\s+so\s+(?:late|early)|cold[- ]call\w*"
    r"|(?:pull|pulling|drag|dragging|tear|tearing|take|taking|call|calling|get|getting|keep|keeping)\s+you\s+(?:away|out|off|from|in\s+the\s+middle)"
    r"|(?:jump|jumping|butt|butting|cut|cutting|break|breaking|burst|bursting)\s+in|spring\w*\s+(?:this|a\s+call)\s+on\s+you"
    r"|steal\w*\s+(?:\w+\s+){0,4}?(?:your|of\s+your)\s+(?:time|day|morning|afternoon|minutes?)"
    r"|(?:ring|ringing|call|calling|phone|phoning)\s+(?:you\s+)?(?:so\s+late|so\s+early|at\s+this\s+hour|on\s+a\s+(?:friday|monday|weekend|sunday|saturday)|during|in\s+the\s+middle|at\s+(?:such\s+)?a\s+(?:bad|busy)))(?:\s+(?:you|your\s+\w+))?\b"
    r"|\b(?:hate|don't\s+mean|didn't\s+mean|do\s+not\s+mean)\s+to\s+(?:bother|interrupt|disturb|intrude|bug|barge)"
)
# "I apologize for grabbing you between sessions", "sorry for cornering you like this": an
# apology for an -ing verb done to the person. It is an intrusion when the verb is one
# ("grabbing", "pinging") or the words after it are about their time ("between sessions",
# "so late"); never for confusing them or making them repeat something.
_APOLOGY_ING = _c(
    r"\b(?:sorry|apologi[sz]e|apologies|forgive\s+me|pardon\s+me|excuse\s+me)(?:\s+(?:again|so\s+much|once\s+more))?\s+(?:for|about)\s+"
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
_INTRUSION_TAIL = _c(
    r"^\s*(?:(?:right\s+|just\s+)?(?:between|during|before|mid-?\w*)\b|in\s+the\s+middle|at\s+(?:this|such)\s+(?:an?\s+)?(?:hour|time)|at\s+(?:a\s+)?(?:bad|busy)"
    r"|so\s+(?:late|early)|this\s+(?:late|early)|on\s+(?:a|your)\s+(?:\w+\s+)?(?:friday|monday|weekend|sunday|saturday|day\s+off|lunch|break|way)"
    r"|away|out\s+of|off\s+|like\s+this|without\s+(?:warning|notice)|unannounced|out\s+of\s+the\s+blue|at\s+(?:lunch|dinner|home|work))"
)


def _apology(norm: str) -> str | None:
    found = _first(_APOLOGY, norm)
    if found:
        return found
    for match in _APOLOGY_ING.finditer(norm):
        verb = match.group("verb")
        if verb in _NOT_INTRUDING_VERBS:
            continue
        if verb in _INTRUDING_VERBS or _INTRUSION_TAIL.search(match.group("tail")):
            return norm[match.start() : match.start("tail")]
    return None


# The misleading-claim rule, one part per kind of claim, in the order the parts are tried
# (as alternatives of one regex once were). Each part names the whole words every match of
# it contains, so a line is only searched by the few parts it could match: one big regex
# whose branches start with ``\w+`` was tried at every character of every line.
# :func:`_leftmost` picks the match one regex of all the parts would have found.
_CLAIM_PARTS: tuple[_Rule, ...] = (
    # expecting my call
    _c(
        r"\b\w+(?:'s|\s+is|\s+are|'re|\s+was|\s+were|\s+has\s+been|\s+have\s+been|'d\s+be|\s+would\s+be|'ll\s+be|\s+will\s+be|\s+might\s+be)\s+(?:\w+\s+)?expecting\s+(?:my|our|me|us|a\s+call|to\s+hear|this\s+call)",
        "expecting",
    ),
    # returning his call
    _c(
        r"\breturning\s+(?:(?:his|her|their|your|the|a)\s+(?:[\w.']+\s+){0,2}?|(?:(?:dr|mr|mrs|ms)\.?\s+)?\w+(?:\s+\w+)?'s\s+)(?:call|message|voicemail|email|e-mail)\b",
        "returning",
    ),
    # asked me to call / told me you'd want
    _c(
        r"\b(?:your\s+\w+(?:\s+\w+)?|\w+)\s+(?:asked|told|wanted|invited|suggested|recommended|said|mentioned|referred)\s+(?:me|us|that\s+i|i|we)\s+(?:to\s+|should\s+|would\s+)?(?:call|reach|speak|talk|get\s+in\s+touch|contact|ring|give\s+(?:him|her|them|you)\s+a)",
        "asked told wanted invited suggested recommended said mentioned referred",
    ),
    _c(
        r"\b(?:your\s+\w+(?:\s+\w+)?|\w+)\s+(?:told|said\s+to|mentioned\s+to|asked)\s+me\s+(?:that\s+)?(?:you|he|she|they)(?:'d|\s+would|\s+might|\s+were|\s+are|\s+wanted|\s+want|\s+needed)",
        "told said mentioned asked",
    ),
    # a third party vouching for what the prospect wants: "Jen said you'd want to talk to me"
    _c(
        r"\b(?:your\s+\w+(?:\s+\w+)?|\w+)\s+(?:said|mentioned|reckoned|thought|figured)\s+(?:that\s+)?(?:you|he|she|they)(?:'d|\s+would|\s+might|'ll|\s+will|'re|\s+are|\s+were)\s+"
        r"(?:be\s+)?(?:\w+\s+)?(?:want|wanting|keen|interested|happy|glad|like|need|open|looking\s+forward|expect|expecting)\b",
        "said mentioned reckoned thought figured",
    ),
    # personal matter, friend of hers, he knows us
    _c(
        r"\b(?:it's|it\s+is|this\s+is|regarding|about)\s+(?:a\s+)?(?:personal|private|family)\s+(?:matter|call|issue|business|thing)|\bit's\s+personal\b",
        "personal private family",
    ),
    _c(r"\bfriends?\s+of\s+(?!mine\b|ours\b)\w+(?:'s)?\b", "friend friends"),
    _c(
        r"\b(?:i'm|i\s+am|we're|we\s+are)\s+(?:old\s+|good\s+|close\s+)?(?:friends|buddies|pals|old\s+colleagues)\s+(?:with|from)|\bwe\s+go\s+(?:way\s+)?back\b",
        "friends buddies pals colleagues back",
    ),
    _c(r"\b(?:he|she|they)\s+knows?\s+(?:me|us|who\s+i\s+am|my\s+name)\b", "know knows"),
    # an existing relationship with the prospect's company
    _c(
        r"\bwe\s+(?:already|currently)\s+(?:look\s+after|handle|manage|run|do|provide|supply|service|support|insure|take\s+care\s+of|work\s+with|work\s+for)\s+"
        r"(?:[\w-]+\s+){0,5}?(?:for\s+|at\s+|with\s+)?your\s+(?!competitors?|neighbou?rs?|peers?|industry|area|sector|region|town|city|street|market|rivals?)[\w-]+",
        "already currently",
    ),
    _c(
        r"\b(?:we're|we\s+are|we've\s+been|we\s+have\s+been)\s+(?:already\s+)?(?:working|partnered|partnering|doing\s+business)\s+with\s+(?:you\b|your\s+(?!competitors?|neighbou?rs?|peers?|industry|area)\w+)",
        "working partnered partnering doing",
    ),
    _c(
        r"\b(?:i'm|i\s+am)\s+your\s+(?:\w+\s+){0,2}(?:rep|representative|account\s+manager|manager|contact|agent|advisor|consultant|point\s+of\s+contact)\b",
        "rep representative manager contact agent advisor consultant",
    ),
    _c(
        r"\byou(?:'re|\s+are)\s+(?:already\s+)?(?:a|an\s+existing|one\s+of\s+our)\s+(?:\w+\s+)?(?:customers?|clients?)\b|\byour\s+(?:existing\s+|current\s+)?account\s+with\s+us\b",
        "customer customers client clients account",
    ),
    # prior contact, which the transcript must support
    _c(
        r"\b(?:following\s+up\s+on|following\s+up\s+from|circling\s+back\s+on|as\s+per|per)\s+our\s+(?:\w+\s+){0,2}?(?:conversation|call|chat|meeting|discussion|talk)\b",
        "conversation call chat meeting discussion talk",
    ),
    _c(
        r"\bas\s+(?:we|i)\s+(?:discussed|agreed|promised|talked\s+about)\b|\blike\s+we\s+(?:discussed|talked\s+about|agreed)\b",
        "discussed agreed promised talked",
    ),
    _c(
        r"\b(?:we|you\s+and\s+i)\s+(?:met|spoke|talked|chatted)\s+(?:at|last|before|earlier|on|about|a\s+few|the\s+other|in)\b",
        "met spoke talked chatted",
    ),
    _c(
        r"\b(?:great|good|nice)\s+to\s+(?:reconnect|talk\s+again|speak\s+again|catch\s+up\s+again|hear\s+your\s+voice\s+again)\b",
        "reconnect again",
    ),
    _c(r"\b(?:we|you)\s+(?:talked|spoke)\s+about\b", "talked spoke"),
    _c(
        r"\b(?:you|he|she|they)\s+(?:were|was)\s+asking\s+(?:me\s+|us\s+)?about\b|\byou\s+asked\s+(?:me\s+|us\s+)?(?:about|for)\b",
        "asking asked",
    ),
    _c(
        r"\b(?:you|he|she|they)\s+(?:requested|inquired|enquired|submitted|filled\s+(?:out|in)|signed\s+up|sent\s+(?:us|me|in|over|through))\b",
        "requested inquired enquired submitted filled signed sent",
    ),
    _c(
        r"\b(?:following\s+up|follow\s+up|circling\s+back|getting\s+back\s+to\s+you|responding|in\s+response|replying|calling\s+back|calling)\s+(?:on|about|to|regarding|re)\s+"
        r"(?:(?:his|her|their|your|(?:dr|mr|mrs|ms)\.?\s+\w+'s|\w+'s)\s+(?:[\w-]+\s+){0,2}?(?:request|inquiry|enquiry|query|message|voicemail|email|e-mail|note|form|application|order|question|call)"
        r"|the\s+(?:[\w-]+\s+){0,2}?(?:request|inquiry|enquiry|query|form|application|order)\b(?!\s+(?:i|we)\b))\b",
        "following follow circling getting responding response replying calling",
    ),
    _c(
        r"\b(?:it's|it\s+is|this\s+is|i'm|i\s+am|say|tell\s+(?:him|her|them)\s+(?:it's|it\s+is))\s+(?:a|an|his|her|their)\s+(?:old|good|close|dear|longtime|long-time)\s+(?:friend|buddy|pal|mate|colleague|classmate|roommate|acquaintance)\b",
        "friend buddy pal mate colleague classmate roommate acquaintance",
    ),
)


def _leftmost(parts: tuple[_Rule, ...], text: str) -> re.Match[str] | None:
    """The match of the first-starting part (the earlier part on a tie): what one regex
    ``part1|part2|...`` finds, since at each position it tries its alternatives in order."""
    # The gates of :meth:`_Rule.search`, inlined: the text's words are looked up once.
    low = _lower(text)
    words = _words(low)
    best = None
    for part in parts:
        if part.words is not None and part.words.isdisjoint(words):
            continue
        match = (part._regex or part._compile()).search(low)
        if match is not None and (best is None or match.start() < best.start()):
            best = match
    return best


_DENIAL = _c(
    r"\b(?:didn't|did\s+not|never|don't|doesn't|do\s+not|does\s+not|haven't|hasn't|wasn't|isn't)\s+(?:\w+\s+){0,3}?"
    r"(?:call|called|mention\w*|say|said|ask\w*|know|remember|recall|go|met|meet|tell|told|hear\w*|talk\w*|speak|spoke|expect\w*|anything|recogni[sz]e|work)\b"
    r"|\bare\s+you\s+sure\b|\bwrong\s+(?:person|number|company)\b|\bno\s+idea\s+(?:who|what)\b|\bi\s+handle\s+all\b|\bnot\s+that\s+i\s+know\b"
    r"|\bnews\s+to\s+me\b|\bno\s+record\b|\bwho\s+are\s+you\b|\bnot\s+(?:a\s+)?(?:customer|client)s?\b"
)
_CONFIRMATION = _c(
    r"\bi\s+(?:remember|recall)\b|\b(?:he|she|they|\w+)\s+(?:mentioned|said|told\s+(?:me|us))\s+(?:you|that\s+you|someone|a\s+\w+\s+would)"
    r"|\b(?:i|he|she|we|they)\s+did\b(?!\s*n)|\bthat's\s+right\b|\b(?:he|she|they)(?:'s|\s+is|'re|\s+are)\s+expecting\s+you"
    r"|\b(?:good|great|nice)\s+to\s+hear\s+from\s+you\b|\boh,?\s+right\b|\bit's\s+been\s+(?:forever|a\s+while|ages|too\s+long)\b"
    r"|\bof\s+course,?\s+i\s+(?:remember|know)\b|\byes,?\s+(?:i|we)\s+(?:spoke|talked|met)\b"
    r"|^\W*(?:(?:ha|haha|oh|ah|hey)\W+)*(?:yes|yeah|yep|right)\W+(?:of\s+course|i\s+remember|that's\s+right|sure\s+do|course)\b"
    # Recognition opening the reply ("Oh. Right.", "Ah, yes.", "Oh yeah, the form"), unless
    # it is a sceptical question ("Oh yeah?"), and owning up to it ("Yes, that was me").
    r"|^\W*(?:oh|ah)\W+(?:right|yes|yeah|yep)\b(?!\s*\?)"
    r"|\b(?:yes|yeah|yep),?\s+that\s+was\s+(?:me|us)\b"
)


# Shared history told with checkable detail -- where ("at the Chamber breakfast", a capitalised
# event or place) and when ("last Thursday") -- is honest context, not a pretext: a caller
# inventing a meeting keeps it vague ("we spoke a while back"). It counts only when denied.
_MET_CLAIM = _c(r"\b(?:we|you\s+and\s+i)\s+(?:met|spoke|talked|chatted)\b")
_NAMED_PLACE = _Lazy(
    r"\b(?i:at|during|after|over|in)\s+(?:(?i:the|a|an|your|their)\s+)?(?:[a-z]+\s+)?[A-Z][\w'&-]+"
)
_PAST_WHEN = _c(
    rf"\b(?:last|on)\s+{_WEEKDAY}\b|\blast\s+(?:week|month|year|night|spring|summer|autumn|fall|winter)\b|\byesterday\b"
    rf"|\b(?:a|one|two|three|\d+)\s+(?:days?|weeks?|months?)\s+ago\b|\bin\s+{_MONTH}\b|\b{_MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b"
)


def specific_history(text: str, claim: str) -> bool:
    """True when ``claim`` (the evidence of a misleading-claim signal in ``text``) is a prior
    meeting told with where and when: honest context unless the prospect denies it."""
    if not _MET_CLAIM.search(claim):
        return False
    norm = normalise(text)
    for sentence in sentences(norm):
        if claim in sentence:
            tail = sentence[sentence.index(claim) :]
            return bool(_NAMED_PLACE.search(tail) and _PAST_WHEN.search(tail))
    return False


def claim_support(prospect_lines: list[str]) -> str:
    """How the prospect's lines after a claim treat it: ``"confirmed"``, ``"denied"`` or ``"none"``.

    A denial wins over anything else said ("Tom said that? He didn't mention anything").
    """
    text = normalise(" ".join(prospect_lines))
    if _DENIAL.search(text):
        return "denied"
    if _CONFIRMATION.search(text):
        return "confirmed"
    return "none"


# --------------------------------------------------------------------------- voicemail and phone numbers

_VM_STRONG = _c(
    r"\b(?:after|at)\s+the\s+(?:tone|beep)\b|\brecord\s+your\s+message\b|\byou've\s+reached\b|\byou\s+have\s+reached\b"
    r"|\bcan't\s+(?:get\s+to|come\s+to|take|answer)\s+(?:the|your)\s+(?:phone|call)\b|\b(?:is|am|are|'m|'re)\s+(?:currently\s+)?(?:not\s+available|unavailable|away\s+from\s+(?:my|the|our)\s+(?:desk|phone))\b"
    r"|\bmailbox\b|\bwe're\s+(?:currently\s+)?closed\b|\bvoice\s*mail\s+(?:box|of)\b|\b(?:on\s+the\s+other\s+line|out\s+of\s+the\s+office)\b"
)
_VM_LEAVE = _c(
    r"\b(?:please\s+)?leave\s+(?:me\s+|us\s+)?(?:a\s+|your\s+)?(?:brief\s+|short\s+|detailed\s+|quick\s+)?(?:message|voicemail|name|number|details|info)\b"
)
_VM_OFFER = _c(
    r"\b(?:would\s+you\s+like|do\s+you\s+want|want|wanna|can\s+i\s+take|may\s+i\s+take|shall\s+i|i\s+can|i'll|let\s+me)\b[^.?!]{0,20}\b(?:leave|take|voicemail|message)"
)


@lru_cache(maxsize=8192)
def voicemail_greeting(text: str) -> str | None:
    """How surely a prospect line is a voicemail greeting: ``"strong"``, ``"weak"`` or None.

    ``strong``: machine phrasing ("you've reached...", "after the tone", "can't get to the
    phone") together with an invitation to leave a message, or the tone itself. ``weak``: only
    "leave a message" / "leave your name and number" -- a live receptionist can say that too,
    so scoring trusts it only when it is how the call opens.
    """
    norm = normalise(text)
    low = norm.lower()
    if "leave" not in low and "tone" not in low and "beep" not in low:
        return None
    leave = None
    strong = False
    for sentence in sentences(norm):
        if is_question(sentence) or _VM_OFFER.search(sentence):
            continue
        if _VM_LEAVE.search(sentence):
            leave = sentence
        if _VM_STRONG.search(sentence):
            strong = True
    if re.search(r"\b(?:after|at)\s+the\s+(?:tone|beep)\b", norm, re.I):
        return "strong"
    if leave and strong:
        return "strong"
    if leave:
        return "weak"
    return None


_PHONE_DIGITS = _Lazy(
    r"(?<![\w$.])(?:\+?1[\s.-]?)?(?:\(\d{3}\)[\s.-]?|\d{3}[\s.-])?\d{3}[\s.-]\d{4}(?![\d])"
    r"|(?<![\w$.])\d{10,11}(?![\d])"
)
# Other countries' groupings: "+44 20 7946 0958", "0412 345 678", "+91 98765 43210",
# "(02) 9876 5432", "1300 123 456". Checked by digit count (9-15) and shape in phone_number.
_PHONE_INTL = _Lazy(
    r"(?<![\w$.,])(?:\+\d{1,3}[\s.-]?)?(?:\(0?\d{1,4}\)[\s.-]?)?\d{2,6}(?:[\s.-]\d{2,6}){1,4}(?![\d,]|\.\d)"
)
_HAS_DIGIT = re.compile(r"\d")
_DIGIT_NAMES = (
    "zero",
    "oh",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
)
_DIGIT_WORD = (
    r"(?:zero|oh|o|one|two|three|four|five|six|seven|eight|nine|double\s+\w+|triple\s+\w+)"
)
_PHONE_WORDS = _Lazy(rf"\b{_DIGIT_WORD}(?:[\s,.-]+{_DIGIT_WORD}){{5,}}\b", re.IGNORECASE)


@lru_cache(maxsize=8192)
def phone_number(text: str) -> str | None:
    """The first phone number in ``text`` -- digits ('773.555.0104') or words ('eight four seven...')."""
    norm = normalise(text)
    # Both digit rules need at least 7 digits (_PHONE_INTL's numbers are kept from 9), so a
    # line with a time or a reference number ("at 3", "ref 1234") skips them.
    if len(_HAS_DIGIT.findall(norm)) >= 7:
        match = _PHONE_DIGITS.search(norm)
        if match:
            return match.group()
        for match in _PHONE_INTL.finditer(norm):
            number = match.group()
            digits = sum(ch.isdigit() for ch in number)
            # A country code, a trunk 0 or 10+ digits: not "2023 2024" or "30 60 90".
            if 9 <= digits <= 15 and (
                number[0] in "+(0" or digits >= 10 or number.startswith("1300")
            ):
                return number
    low = norm.lower()
    if sum(low.count(word) for word in _DIGIT_NAMES) < 5:
        return None
    for match in _PHONE_WORDS.finditer(norm):
        words = re.findall(r"[a-z]+", match.group().lower())
        # "double five" is two digits: 'double' counts 2 and the digit after it counts 0.
        digits = sum(2 if w == "double" else 3 if w == "triple" else 1 for w in words)
        digits -= sum(1 for i, w in enumerate(words) if i and words[i - 1] in {"double", "triple"})
        if digits >= 7:
            return match.group()
    return None


# --------------------------------------------------------------------------- who / what questions

_ASKS_WHO = _c(
    r"\bwho(?:'s|\s+is|\s+was)?\s+(?:this|that|it|calling|speaking|on\s+the\s+(?:line|phone))\b|\bwho\s+am\s+i\s+(?:speaking|talking)\s+(?:with|to)\b"
    r"|\bwho\s+(?:are\s+you|do\s+i\s+have)\b|\bwho\s+should\s+i\s+say\b|\b(?:ask|tell\s+(?:him|her|them)|say|know)\s+who(?:'s|\s+is)?\s+calling\b"
    r"|\b(?:what's|what\s+is|may\s+i\s+(?:have|get|ask)|can\s+i\s+(?:get|have)|could\s+i\s+(?:get|have))\s+your\s+name\b|\band\s+you\s+are\s*\?"
    r"|(?:^|[.!?,]\s*)(?:and\s+|sorry,?\s+|ok(?:ay)?,?\s+|sure,?\s+)?(?:your|a|the)\s+name(?:,?\s+(?:please|sir|ma'am|again))?\s*\?"
    r"|\bname,?\s+please\b|\b(?:can|could|may)\s+i\s+(?:get|have|take|ask)\s+(?:a|your|the)\s+(?:name|full\s+name)\b"
    r"|\bwho\s+(?:may|shall|should|do)\s+i\s+say\b|\band\s+you(?:'re|\s+are)\s*\??\s*$|\bwho\s+(?:am\s+i|are\s+we)\s+(?:speaking|talking)\b"
    # "who should I tell him is on the line?", "whom may I announce?", "what name shall I give her?"
    r"|\bwhom?\s+(?:should|shall|may|can|do|will|would)\s+i\s+(?:say|announce|tell\s+(?:him|her|them)|let\s+(?:him|her|them)\s+know|give|put\s+(?:down|through))\b|\bwhom\s+(?:am\s+i|do\s+i\s+have)\b"
    r"|\bwhat\s+name\s+(?:should|shall|may|can|do|will|would)\s+i\b|\b(?:who\s+(?:might|would)|and)\s+you\s+(?:might|would)?\s*be\s*(?:[?.!,]|$)"
    r"|\bwho(?:'ve|\s+have)\s+i\s+got\b"
    r"|\bwho's\s+(?:this|asking|speaking)\b|\bwho\s+wants\s+to\s+know\b|\bsorry,?\s+who\b|\bwhat\s+(?:was|is)\s+your\s+name\b|\bwhere\s+are\s+you\s+calling\s+from\b|\bwho\s+did\s+you\s+say\b"
)
_ABOUT_WORDS = r"(?:about|regarding|concerning|pertaining\s+to|re|in\s+(?:reference|regards?|relation|connection)\s+(?:to|with))"
_ASKS_WHAT = _c(
    # "what's this about?", "what it's about", "what this is regarding", "what's it in connection with?"
    rf"\bwhat(?:'s|\s+is|\s+was|s)?\s+(?:this|it|that|the\s+call|your\s+call|the\s+matter)(?:'s|\s+is|\s+was)?\s+{_ABOUT_WORDS}\b"
    rf"|\bwhat\s+(?:is|was)\s+(?:this|it)\s+{_ABOUT_WORDS}\b|\bwhat's\s+{_ABOUT_WORDS}\b"
    # "and this is in regards to?", "this is regarding...?"
    rf"|\b(?:this|it|that|the\s+call|your\s+call)(?:'s|\s+is|\s+would\s+be)\s+{_ABOUT_WORDS}(?:\W*\?|\s*$)"
    rf"|(?:^|\W){_ABOUT_WORDS}\s+what\b|(?:^|[.!?]\s*)(?:and\s+)?(?:regarding|concerning|about)\s*\?"
    r"|\b(?:what|why)\s+(?:are\s+you|you're|you)\s+calling(?:\s+about|\s+for)?\b|\bwhy\s+(?:are\s+you|did\s+you|do\s+you|would\s+you)\s+(?:call|calling)\b"
    # a bare "what do you want?" asks what the call is for; "what do you want to know?" does not
    r"|\bwhat\s+(?:do|did|does)\s+(?:you|he|she|they)\s+(?:want|need)(?:\s+(?:from|with)\s+(?:me|us|him|her|them))?\s*(?:[?.!]|$)"
    r"|(?:^|\W)about\s+what\s*\?|\bwhat\s+is\s+it\s*\?|\bwhat's\s+(?:up|this)\s*\?|\bwhat's\s+the\s+(?:reason|purpose)\b|\bwhat\s+are\s+you\s+selling\b"
    r"|\b(?:what\s+(?:is|'s|was)\s+)?the\s+(?:nature|purpose|reason|subject)\s+(?:of|for)\s+(?:your|the|this)\s+(?:call|business|inquiry|enquiry|visit)\b"
    r"|\bwhat(?:'s|\s+is)\s+the\s+nature\s+of\b"
    # "what's this for (exactly)?", "what's the call for?", "what's this in aid of?", "what would this be about?"
    rf"|\bwhat(?:'s|\s+is|\s+was)\s+(?:this|this\s+call|the\s+call|your\s+call|it\s+all)\s+(?:for|in\s+aid\s+of)\b(?=\s*(?:,?\s*(?:exactly|then|again|now|please|anyway)\b|[?.!]|$))"
    rf"|\bwhat\s+(?:would|will|might)\s+(?:this|it|the\s+call)\s+be\s+(?:{_ABOUT_WORDS}|for)\b|\bwhat\s+(?:this|the\s+call)\s+is\s+for\b"
    r"|\bwhat\s+(?:are\s+you|you're)\s+after\s*(?:[?.!]|$)|\bwhat\s+is\s+it\s+(?:that\s+)?you\s+(?:want|need)\s*(?:[?.!]|$)"
    r"|\bwhy\s+(?:do|would|did)\s+you\s+(?:need|want)\s+(?:to\s+(?:speak|talk)\s+(?:to|with)\s+)?(?:him|her|them)\s*(?:[?.!]|$)"
)
_ASKS_WHAT_GATE = (
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
_SERVICE_INVITE = _c(
    r"\bhow\s+(?:can|may|could)\s+(?:i|we)\s+help\b|\bwhat\s+(?:can|could|may)\s+(?:i|we)\s+(?:do|help\s+you\s+with)\b"
)
# Phone-answering marks: "thanks for calling", "Rita speaking", "this is Rita", a company
# name followed by the invitation ("Harbor Dental, how can I help you?").
_ANSWERING = _c(
    r"\bthanks?\s+(?:you\s+)?for\s+calling\b|\b(?:this\s+is|you've\s+reached)\s+\w+|\b\w+\s+speaking\b"
    r"|^\W*(?:good\s+(?:morning|afternoon|evening)\W+)?(?:\w+\s+){0,4}?\w+,\s+(?:how|what)\s+(?:can|may|could)\s+(?:i|we)\b"
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
    return _first(_ASKS_WHO, normalise(text))


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
    found = _first(_ASKS_WHAT, norm) if _has_any(low, _ASKS_WHAT_GATE) else None
    if found or opening is True:
        return found
    invite = _first(_SERVICE_INVITE, norm)
    if invite and opening is None and _ANSWERING.search(norm):
        return None
    return invite


# --------------------------------------------------------------------------- the per-line API

_GREETING = _c(
    r"^\W*(?:hi|hello|hey|hiya|howdy|greetings|good\s+(?:morning|afternoon|evening|day)|morning|afternoon|evening)\b"
)
_GOODBYE = _c(
    r"\b(?:bye|goodbye|good-bye|bye-bye|have\s+a\s+(?:good|great|nice|lovely|wonderful|fantastic)\s+\w+|take\s+care|talk\s+(?:to\s+you\s+)?soon"
    r"|talk\s+later|see\s+you\s+(?:then|soon|later)|enjoy\s+(?:your|the)\s+(?:day|evening|weekend)|get\s+some\s+sleep|thanks\s+anyway)\b",
    # one whole word of every alternative: most lines are never searched
    "bye goodbye good great nice lovely wonderful fantastic care soon later then enjoy sleep anyway",
)
#: Default length above which a single line is a monologue (the catalog's 80 words).
LONG_TURN_WORDS = 80


#: Lines are analysed up to this many characters (a spoken turn is a few hundred); the
#: word count still covers the whole line. Keeps a 1 MB paste from taking seconds.
MAX_ANALYSED_CHARS = 10_000

# Cheap substring gates: a pattern is only searched when one of its keywords is present.
_GATES: dict[str, tuple[str, ...]] = {
    "disclaimer": ("sell", "pitch", "sales", "telemarket", "solicit", "vendor", "push", "peddl"),
    "apology": ("sorry", "apolog", "forgive", "pardon", "excuse", "hate to", "mean to", "regret"),
    "misleading_claim": (
        "expect",
        "returning",
        "asked",
        "told",
        "wanted",
        "invited",
        "suggest",
        "recommend",
        "said",
        "mention",
        "referred",
        "personal",
        "private",
        "family",
        "friend",
        "buddies",
        "buddy",
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
        "know who",
        "know my",
        "working",
        "already",
        "currently",
        "partner",
        "doing business",
        "i'm your",
        "i am your",
        "customer",
        "client",
        "account with us",
        "following up",
        "circling",
        "per our",
        "discussed",
        "agreed",
        "promised",
        "talked",
        "met ",
        "spoke",
        "chatted",
        "reconnect",
        " again",
        "asking",
        "requested",
        "inquired",
        "enquired",
    ),
}


def _gated(name: str, low: str) -> bool:
    return _has_any(low, _GATES[name])


def signals(text: str, *, previous: str | None = None) -> dict[str, str]:
    """The signals found in one rep line, each with the words that triggered it.

    Args:
        text: One rep line.
        previous: The prospect's line just before it, if any: it decides whether pricing
            answers a price question and whether the line ignores a who's-calling or
            what's-it-about question.

    Returns:
        ``{signal name: evidence}`` for every signal in :data:`SIGNALS` that fires.
    """
    if previous:
        return line_signals(
            text,
            asks_who(previous),
            asks_purpose(previous),
            asks_price(previous),
            prev_time=proposed_time(previous),
        )
    return line_signals(text, None, None, None)


def line_signals(
    text: str,
    prev_who: str | None,
    prev_what: str | None,
    prev_price: str | None,
    *,
    prev_time: str | None = None,
) -> dict[str, str]:
    """:func:`signals`, given what the prospect's previous line asked (already detected).

    ``prev_time`` is the time the prospect's previous line proposed, if any: agreeing to it
    ("Perfect, I'll call then") is a concrete next step.

    The analysis is pure, so it is memoised on the line and its context: a batch of calls
    that share lines (openers, "Thanks, bye.") analyses each one once. The caller gets its
    own copy of the result.
    """
    return dict(_line_signals(text, prev_who, prev_what, prev_price, prev_time))


@lru_cache(maxsize=16384)
def _line_signals(
    text: str,
    prev_who: str | None,
    prev_what: str | None,
    prev_price: str | None,
    prev_time: str | None,
) -> dict[str, str]:
    words = word_count(text)
    norm = normalise(text[:MAX_ANALYSED_CHARS])
    low = norm.lower()
    sents = sentences(norm)
    found: dict[str, str] = {}

    intro = _introduction(norm, prev_who is not None)
    if intro:
        found["introduction"] = intro
    reason = _reason(norm, sents, prev_what is not None)
    if reason:
        found["reason"] = reason

    previous_sentence: str | None = None
    for sentence in sents:
        question = is_question(sentence)
        # Time checks and routing requests are questions ("got a minute?", "is she in?").
        time_check = (
            question
            and _TIME_CHECK.search(sentence) is not None
            and _slot(sentence, allow_today=False) is None
        )
        routing = question and (
            _ROUTING.search(sentence) is not None or _WHEREABOUTS.search(sentence) is not None
        )
        commitment = not (time_check or routing) and (
            _is_commitment(sentence, question)
            or (
                question
                and previous_sentence is not None
                and _asks_for_proposal(previous_sentence, sentence)
            )
        )
        if question:
            found.setdefault("question", sentence)
            small_talk = _SMALL_TALK.search(sentence) is not None
            if small_talk:
                found.setdefault("small_talk", sentence)
            if (
                not (commitment or small_talk or time_check or routing)
                and _is_discovery(sentence)
                and _SCHEDULING.search(sentence) is None
            ):
                found.setdefault("discovery_question", sentence)
        elif (
            "discovery_question" not in found
            and not commitment
            and _has_any(_lower(sentence), _EMBEDDED_GATE)
            and _EMBEDDED_QUESTION.search(sentence) is not None
            and _SCHEDULING.search(sentence) is None
            and _TIME_CHECK.search(sentence) is None
        ):
            found["discovery_question"] = sentence
        if time_check:
            found.setdefault("time_check", sentence)
        if routing:
            found.setdefault("routing", sentence)
        if commitment:
            found.setdefault("commitment_ask", sentence)
        if "next_step" not in found:
            step = _next_step(sentence, commitment, prev_time, question)
            if step:
                found["next_step"] = step
        if not question and "feature_list" not in found:
            listed = _feature_list(sentence)
            if listed:
                found["feature_list"] = listed
        if (
            not question
            and "benefit" not in found
            and _has_any(_lower(sentence), _BENEFIT_GATE)
            and any(part.search(sentence) for part in _BENEFIT_PARTS)
        ):
            found["benefit"] = sentence
        if "acknowledge" not in found and _acknowledge(sentence, question):
            found["acknowledge"] = sentence
        previous_sentence = sentence

    if "feature_list" not in found and len(sents) >= 3:
        listed = _enumerated_list(sents)
        if listed:
            found["feature_list"] = listed
    hit = pricing(norm)
    if hit:
        found["pricing"] = hit
        if prev_price:
            found["price_answer"] = hit
    for name in ("disclaimer", "apology"):
        if not _gated(name, low):
            hit = None
        elif name == "apology":
            hit = _apology(norm)
        else:
            hit = _first(_DISCLAIMER, norm)
        if hit is None:
            hit = _fuzzy(name, norm)
        if hit:
            found[name] = hit
    if _gated("misleading_claim", low):
        claim = _leftmost(_CLAIM_PARTS, norm)
        if claim and not _NEGATED_BEFORE.search(norm[max(0, claim.start() - 20) : claim.start()]):
            found["misleading_claim"] = norm[claim.start() : claim.end()].strip()
    number = phone_number(norm)
    if number:
        found["phone_number"] = number
    greeting = _first(_GREETING, norm)
    if greeting:
        found["greeting"] = greeting
    goodbye = _first(_GOODBYE, norm)
    if goodbye:
        found["goodbye"] = goodbye
    if words > LONG_TURN_WORDS:
        found["long_turn"] = f"{words} words"
    if prev_who and "introduction" not in found:
        found["ignored_question"] = prev_who
    elif prev_what and "reason" not in found:
        found["ignored_question"] = prev_what
    return found


_NEGATED_BEFORE = _c(r"\b(?:never|haven't|have\s+not|not)\s+(?:\w+\s+)?$")


# --------------------------------------------------------------------------- fuzzy fallback

#: Canonical phrasings for a typo-tolerant second look when the regex found nothing
#: ("sory to bothr you"). Whole-window ``ratio`` with a high cutoff, never partial_ratio,
#: so "not interested" never matches "interested".
_FUZZY_PHRASES: dict[str, tuple[str, ...]] = {
    "apology": (
        "sorry to bother you",
        "sorry to interrupt",
        "sorry to disturb you",
        "sorry for calling",
        "apologize for calling",
        "forgive the intrusion",
        "sorry for the interruption",
    ),
    "disclaimer": (
        "i'm not trying to sell you anything",
        "i'm not selling anything",
        "this isn't a sales call",
        "this is not a sales call",
        "not a sales pitch",
        "i'm not a telemarketer",
    ),
}
_FUZZY_GATE: dict[str, re.Pattern[str]] = {
    "apology": _c(r"\b(?:so+r+y|sory|sorr|apo\w*|appo\w*|forgiv\w*|pardon)\b"),
    "disclaimer": _c(r"\b(?:sel+\w*|sal+e\w*|pitch\w*|telemark\w*)\b"),
}
#: Substrings every match of the fuzzy gate contains ("so+r+y" has "sor" or "soo").
_FUZZY_KEYS: dict[str, tuple[str, ...]] = {
    "apology": ("sor", "soo", "apo", "appo", "forgiv", "pardon"),
    "disclaimer": ("sel", "sal", "pitch", "telemark"),
}
_WORDS = _Lazy(r"[a-z']+")


def _fuzzy(name: str, norm: str) -> str | None:
    gate = _FUZZY_GATE.get(name)
    if gate is None or not _has_any(_lower(norm), _FUZZY_KEYS[name]):
        return None
    if not gate.search(norm):
        return None
    from rapidfuzz import fuzz, process  # lazy: most lines never get here

    words = _WORDS.findall(norm.lower())
    for phrase in _FUZZY_PHRASES[name]:
        size = len(phrase.split())
        windows = [
            " ".join(words[i : i + n])
            for n in (size - 1, size, size + 1)
            if n > 0
            for i in range(0, max(1, len(words) - n + 1))
        ]
        if not windows:
            continue
        best = process.extractOne(phrase, windows, scorer=fuzz.ratio, score_cutoff=88)
        if best:
            return best[0]
    return None
