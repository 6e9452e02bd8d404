"""Text helpers every rule shares: normalising, sentences, words, and lazily compiled rules.

Conventions of the whole :mod:`roleplay.language` package:

* Text is first normalised (curly quotes to straight ones) without changing its length,
  so a match span on the normalised text is a span on the original too.
* A line is split into sentences; most rules look at one sentence at a time, so that
  "Sorry, you cut out. I'll call you at 3" is not read as an apology for calling.
* A sentence is a question when it ends with ``?``; with no end punctuation at all (typed
  practice lines) an interrogative opening ("do you", "how many", ...) makes it one.
* A rule is a :class:`Rule`: a regex written in lower case, run on lower-cased text,
  compiled on first use and often gated by the whole words every match contains.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

from roleplay.language import precompiled
from roleplay.records import Frozen  # noqa: F401 - the value class the rules' data share

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at start-up
if TYPE_CHECKING:
    from typing import Any

# The last text lowered, its lower case, whether that is plain (:func:`plain`), and its
# words (:func:`word_set`, noted when a gate first asks, else None): rules run in runs on
# one sentence, and each gate would otherwise look its words up again.
_LAST_LOWER: list = ["", "", True, None]


def plain(text: str) -> bool:
    """Whether ``re.ASCII`` matching finds in ``text`` exactly what Unicode matching finds:
    ASCII text without the separators ``\\x1c``-``\\x1f`` (Unicode's ``\\s`` matches them,
    ``re.ASCII``'s does not)."""
    return (
        text.isascii()
        and "\x1c" not in text
        and "\x1d" not in text
        and "\x1e" not in text
        and "\x1f" not in text
    )


# What Unicode's ``\s`` matches in ASCII text beyond what ``re.ASCII``'s does: the
# separators \x1c-\x1f (written as the characters themselves: ``re`` parses them faster).
_SEPARATORS = "\x1c-\x1f"
# A pattern's escapes and character classes (``re.split`` keeps them, between the plain
# text around them).
_PATTERN_PARTS = r"(\\.|\[\^?\]?(?:\\.|[^\]\\])*\])"


class _NotRewritable(Exception):
    pass


def _ascii_part(part: str) -> str:
    if part == "\\s":
        return f"[\\s{_SEPARATORS}]"
    if part == "\\S":
        return f"[^\\s{_SEPARATORS}]"
    if part[:1] == "[" and "\\" in part:
        return re.sub(r"\\.", _ascii_class_escape, part, flags=re.DOTALL)
    return part


def _ascii_class_escape(match: re.Match[str]) -> str:
    escape = match.group()
    if escape == "\\s":
        return f"\\s{_SEPARATORS}"
    if escape == "\\S":
        raise _NotRewritable
    return escape


def ascii_source(pattern: str) -> str | None:
    """``pattern`` rewritten for ``re.ASCII``, to find exactly what it finds in ASCII text.

    In ASCII text the two modes of ``re`` differ in one class only: Unicode's ``\\s`` also
    matches the separators ``\\x1c``-``\\x1f``, so they are added to every ``\\s``. None for a
    pattern that cannot be rewritten so (``\\S`` inside a character class).
    """
    if "\\s" not in pattern and "\\S" not in pattern:
        return pattern
    try:
        parts = re.split(_PATTERN_PARTS, pattern, flags=re.DOTALL)
        return "".join([_ascii_part(part) for part in parts])
    except _NotRewritable:
        return None


def compile_ascii(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """The regex to run on ASCII text: there it finds exactly what ``re.compile(pattern,
    flags)`` finds, faster (with ``re.ASCII``, ``\\b``, ``\\w`` and ``\\d`` test a table bit
    instead of asking the Unicode database about every character)."""
    source = ascii_source(pattern)
    if source is None:
        return precompiled.compile(pattern, flags)
    return precompiled.compile(source, flags | re.ASCII)


def lowercase(text: str) -> str:
    """``text.lower()``, keeping every index in place (a few characters grow when lowered)."""
    last = _LAST_LOWER
    if text is last[0]:
        return last[1]
    low = text.lower()
    if len(low) != len(text):
        low = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
    last[0] = text
    last[1] = low
    last[3] = None
    last[2] = (  # plain(low), inlined: most texts are lowered once
        low.isascii()
        and "\x1c" not in low
        and "\x1d" not in low
        and "\x1e" not in low
        and "\x1f" not in low
    )
    return low


_TOKEN = precompiled.compile(r"[a-z]+")
_DIGIT = precompiled.compile(r"\d")
# For ASCII text: every byte but a-z becomes a space, and every digit "#".
_WORD_BYTES = bytes(
    byte if 97 <= byte <= 122 else 35 if 48 <= byte <= 57 else 32 for byte in range(256)
)


@lru_cache(maxsize=256)
def word_set(low: str) -> frozenset[str]:
    """The alphabetic words of a lower-cased text, plus ``"#"`` when it has a digit.

    Memoised: every gated rule asks it about the same few sentences in a row.
    """
    if low.isascii():
        # The runs of a-z and the digits, by one byte translation (what the two regexes
        # below find, several times faster).
        letters = low.encode().translate(_WORD_BYTES)
        if b"#" in letters:
            letters = letters.replace(b"#", b" # ")
        return frozenset(letters.decode().split())
    words = set(_TOKEN.findall(low))
    if _DIGIT.search(low):
        words.add("#")
    return frozenset(words)


def words_of(text: str) -> frozenset[str]:
    """:func:`word_set` of ``text`` lowered, kept beside the last text lowered: the rules
    and gates that run on a sentence in a row look its words up once."""
    low = lowercase(text)
    return _LAST_LOWER[3] or _note_words(low)


def _note_words(low: str) -> frozenset[str]:
    """The words of ``low``, the last text lowered, noted beside it for the next gate."""
    words = _LAST_LOWER[3] = word_set(low)
    return words


def has_any(text: str, keys: tuple[str, ...]) -> bool:
    """``any(key in text for key in keys)``, as a plain loop: the keyword gates run on every
    line and sentence, and a generator costs more than the substring tests themselves."""
    for key in keys:
        if key in text:
            return True
    return False


class Rule:
    """A regex written in lower case, run on lower-cased text, compiled on first use.

    Case-insensitive matching in ``re`` is several times slower than matching lower-case
    text; indexes are the same, so matches still slice the original text. Compiling on
    first use keeps importing the rules cheap: ``roleplay score one.txt`` only
    pays for the rules its lines reach past the keyword gates. Plain text (:func:`plain`:
    nearly every line) runs the regex compiled with ``re.ASCII``, other text the regex as
    written. (Unlike :class:`Lazy`, a rule needs no rewritten form of its regex for text
    with the separators: :func:`lowercase` notes whether its text is plain, once per text.
    Rewriting costs every ``roleplay score`` start-up time, in ``re``'s parser.)

    ``words``, if given, is a gate: every match contains at least one of these whole words
    (``"#"`` for any digit), so a text with none of them is not searched at all.
    """

    __slots__ = ("pattern", "_regex", "_unicode", "words")

    def __init__(self, pattern: str, words: str | None = None) -> None:
        self.pattern = pattern
        self._regex: re.Pattern[str] | None = None  # with re.ASCII, for plain text
        self._unicode: re.Pattern[str] | None = None  # as written, for any text
        self.words = frozenset(words.split()) if words else None

    @property
    def regex(self) -> re.Pattern[str]:
        """The regex as written, for any text (:meth:`regex_for` picks the faster form)."""
        return self._unicode or self._compile_unicode()

    def regex_for(self, low: str) -> re.Pattern[str]:
        """The regex to run on ``low``: compiled with ``re.ASCII`` on plain text."""
        if plain(low):
            return self._regex or self._compile()
        return self._unicode or self._compile_unicode()

    def _compile(self) -> re.Pattern[str]:
        self._regex = precompiled.compile(self.pattern, re.ASCII)
        return self._regex

    def _compile_unicode(self) -> re.Pattern[str]:
        self._unicode = precompiled.compile(self.pattern)
        return self._unicode

    # The three methods below are the hot path of every rule: they inline the property
    # (``self._regex or self._compile()``) and, in ``search``, the cache hit of
    # :func:`lowercase` (rules run in runs on one sentence) to save Python calls per search.
    def search(self, text: str) -> re.Match[str] | None:
        last = _LAST_LOWER
        low = last[1] if text is last[0] else lowercase(text)
        if self.words is not None and self.words.isdisjoint(last[3] or _note_words(low)):
            return None
        if last[2]:  # plain(low), noted by lowercase()
            return (self._regex or self._compile()).search(low)
        return (self._unicode or self._compile_unicode()).search(low)

    def match(self, text: str) -> re.Match[str] | None:
        low = lowercase(text)
        if self.words is not None and self.words.isdisjoint(_LAST_LOWER[3] or _note_words(low)):
            return None
        if _LAST_LOWER[2]:
            return (self._regex or self._compile()).match(low)
        return (self._unicode or self._compile_unicode()).match(low)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        low = lowercase(text)
        if self.words is not None and self.words.isdisjoint(_LAST_LOWER[3] or _note_words(low)):
            return iter(())
        if _LAST_LOWER[2]:
            return (self._regex or self._compile()).finditer(low)
        return (self._unicode or self._compile_unicode()).finditer(low)

    def find(self, text: str) -> str | None:
        """The matched words of ``text`` in their original case, or None."""
        match = self.search(text)
        return text[match.start() : match.end()].strip() if match else None


class AnyOf:
    """Whether any of several rules matches: what ``part1|part2|...`` as one regex tells,
    for the callers that only ask whether it matches (not where).

    Each part keeps its own narrow gate, so a text runs only the small parts its words
    allow, instead of one long alternation at every position; and a part is compiled
    only when a text first reaches it.
    """

    __slots__ = ("parts", "gate")

    def __init__(self, *parts: Rule) -> None:
        self.parts = parts
        #: every word of every part's gate (None if a part has none): one look first
        self.gate = _union_gate(parts)

    def matches(self, text: str) -> bool:
        low = lowercase(text)
        fast = _LAST_LOWER[2]
        words = _LAST_LOWER[3] or _note_words(low)
        if self.gate is not None and self.gate.isdisjoint(words):
            return False
        for part in self.parts:
            if part.words is not None and part.words.isdisjoint(words):
                continue
            if fast:
                regex = part._regex or part._compile()
            else:
                regex = part._unicode or part._compile_unicode()
            if regex.search(low) is not None:
                return True
        return False


class Lazy:
    """A case-sensitive compiled regex, compiled on first use (see :class:`Rule`); ASCII
    text runs its ``re.ASCII`` form."""

    __slots__ = ("pattern", "flags", "_regex", "_unicode")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags
        self._regex: re.Pattern[str] | None = None  # its re.ASCII form, for ASCII text
        self._unicode: re.Pattern[str] | None = None  # as written, for any text

    def _compile(self) -> re.Pattern[str]:
        self._regex = compile_ascii(self.pattern, self.flags)
        return self._regex

    def _compile_unicode(self) -> re.Pattern[str]:
        self._unicode = precompiled.compile(self.pattern, self.flags)
        return self._unicode

    def _for(self, string: str) -> re.Pattern[str]:
        if string.isascii():
            return self._regex or self._compile()
        return self._unicode or self._compile_unicode()

    # The methods the rules call, spelled out: a ``__getattr__`` per call costs more than
    # many of the searches it forwards to.
    def search(self, string: str, *args: int) -> re.Match[str] | None:
        if string.isascii():
            return (self._regex or self._compile()).search(string, *args)
        return (self._unicode or self._compile_unicode()).search(string, *args)

    def match(self, string: str, *args: int) -> re.Match[str] | None:
        if string.isascii():
            return (self._regex or self._compile()).match(string, *args)
        return (self._unicode or self._compile_unicode()).match(string, *args)

    def fullmatch(self, string: str, *args: int) -> re.Match[str] | None:
        return self._for(string).fullmatch(string, *args)

    def finditer(self, string: str, *args: int) -> Iterator[re.Match[str]]:
        return self._for(string).finditer(string, *args)

    def findall(self, string: str, *args: int) -> list[Any]:
        return self._for(string).findall(string, *args)

    def split(self, string: str, maxsplit: int = 0) -> list[Any]:
        return self._for(string).split(string, maxsplit)

    def sub(self, repl: Any, string: str, count: int = 0) -> str:
        return self._for(string).sub(repl, string, count)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._unicode or self._compile_unicode(), name)


class Caseless:
    """A case-insensitive regex written in lower case, compiled on first use.

    ``re.IGNORECASE`` matching is several times slower than matching lower-case text. On
    ASCII text the lower case has the same length and the case-sensitive regex (in its
    ``re.ASCII`` form, :func:`compile_ascii`) finds the same spans in it, so that is
    what runs; other text is searched with the case-insensitive regex itself (Unicode case
    folding is more than ``str.lower``). The match is on the lowered text when the text is
    ASCII: read spans from it, and take the words from the original text (:meth:`find`).
    """

    __slots__ = ("pattern", "_lower", "_any_case")

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self._lower: re.Pattern[str] | None = None
        self._any_case: re.Pattern[str] | None = None

    def _compile_lower(self) -> re.Pattern[str]:
        self._lower = compile_ascii(self.pattern)
        return self._lower

    def _compile_any_case(self) -> re.Pattern[str]:
        self._any_case = precompiled.compile(self.pattern, re.IGNORECASE)
        return self._any_case

    def search(self, text: str) -> re.Match[str] | None:
        if text.isascii():
            return (self._lower or self._compile_lower()).search(text.lower())
        return (self._any_case or self._compile_any_case()).search(text)

    def match(self, text: str) -> re.Match[str] | None:
        if text.isascii():
            return (self._lower or self._compile_lower()).match(text.lower())
        return (self._any_case or self._compile_any_case()).match(text)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        if text.isascii():
            return (self._lower or self._compile_lower()).finditer(text.lower())
        return (self._any_case or self._compile_any_case()).finditer(text)

    def split(self, text: str) -> list[str]:
        """``re.split`` of ``text`` (pieces of the original text; the pattern must have no
        groups and match no empty string)."""
        if not text.isascii():
            return (self._any_case or self._compile_any_case()).split(text)
        pieces = []
        start = 0
        for match in (self._lower or self._compile_lower()).finditer(text.lower()):
            pieces.append(text[start : match.start()])
            start = match.end()
        pieces.append(text[start:])
        return pieces

    def find(self, text: str) -> str | None:
        """The matched words of ``text`` in their original case (``group()``), or None."""
        match = self.search(text)
        return text[match.start() : match.end()] if match is not None else None


def first_match(pattern: Rule | re.Pattern[str], text: str) -> str | None:
    if isinstance(pattern, Rule):
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
)
# Dots that do not end a sentence: titles and abbreviations, decimals and dotted numbers
# ("773.555.0104"), "a.m." (and its last dot before a time zone or a lower-case word), "e.g.",
# and any dot followed directly by a letter or digit.
# Every match starts at a dot (the abbreviation and the "e" of "e.g." are look-behinds), so
# the regex engine skips straight from dot to dot instead of trying every alternative at
# every character; the dots it protects are the same as with the abbreviation matched first.
_PROTECT = Lazy(
    r"\.(?:"
    + "|".join(
        rf"(?<=\b(?:{'|'.join(_either_case(a) for a in _ABBREVIATIONS if len(a) == size)})\.)"
        for size in sorted({len(a) for a in _ABBREVIATIONS})
    )
    + r"|(?<=\b[EeIi]\.)[GgEe]\.|(?=[A-Za-z0-9])"
    # "no." and "ext." before a number ("No. 5", "ext. 204"; not "no no. Are you...")
    r"|(?<=\b[Nn]o\.)(?=\s*[0-9#])|(?<=\b[Ee]xt\.)(?=\s*[0-9#])"
    # "P.O. Box 48": a post box, the address goes on
    r"|(?<=\b[Pp]\.[Oo]\.)(?=\s*[Bb][Oo][Xx]\b)"
    # "8 a.m. Eastern", "at 10 a.m. your time", "9 p.m. or later": the time goes on
    r"|(?<=\b[AaPp]\.[Mm]\.)(?=\s+(?:[a-z0-9]|(?:Eastern|Central|Pacific|Mountain|Atlantic"
    r"|[ECMP][SD]?T|GMT|UTC|BST|CET)\b)"
    # ... or a comma: "thursday at 4 p.m., fifteen minutes, be useful?"
    r"|,))"
)
# What ``[^.!?]*[.!?]+["')\]]*|[^.!?]+$`` finds (text, then end marks; or text to the end),
# without backtracking over the whole unpunctuated end of a line before trying "to the end".
_SENTENCE = Lazy(r"[^.!?]+(?:[.!?]+[\"')\]]*|$)|[.!?]+[\"')\]]*")
_MARK = "\x01"


def normalise(text: str) -> str:
    """Straighten quotes and dashes; the result has the same length as ``text``."""
    # Every character it changes is outside ASCII, and isascii() is a flag test.
    return text if text.isascii() else text.translate(_NORMALISE)


def _accent_table() -> dict[int, str]:
    """Each accented Latin letter (U+00C0 to U+024F, and the Latin Extended Additional block
    U+1E00 to U+1EFF of Vietnamese and Welsh) to its letter without the accent, one
    character for one: "Domínguez" -> "Dominguez", "Łukasz" -> "Lukasz", "Nguyễn" ->
    "Nguyen", "Yıldız" -> "Yildiz"."""
    import unicodedata

    # (Turkish "ı", dotless: "Aydın" -> "Aydin"; Icelandic and Faroese "ð" and "þ", and "æ",
    # "œ" and "ß", one letter each: "Sigríður" -> "Sigridur", "Þórður" -> "Tordur")
    table = {ord(a): b for a, b in zip("ØøŁłĐđĦħŦŧıÐðÞþÆæŒœß", "OoLlDdHhTtiDdTtAaOos", strict=True)}
    for code in (*range(0xC0, 0x250), *range(0x1E00, 0x1F00)):
        base = unicodedata.normalize("NFD", chr(code))[:1]
        if base.isascii() and base.isalpha() and code not in table:
            table[code] = base
    return table


_ACCENTS: dict[int, str] = {}


def fold_accents(text: str) -> str:
    """``text`` with its accented Latin letters written without their accents, the same
    length (spans found in the result slice ``text`` itself): the rules that read names
    are written for the letters a-z."""
    if text.isascii() or _ACCENTED.search(text) is None:
        return text  # (most text outside ASCII has only curly quotes and dashes)
    if not _ACCENTS:
        _ACCENTS.update(_accent_table())
    return text.translate(_ACCENTS)


_ACCENTED = Lazy("[\u00c0-\u024f\u1e00-\u1eff]")


def in_case_of(typed: str, piece: str) -> str:
    """``typed`` (the letters of ``piece`` as typed, accents and all) with a capital wherever
    ``piece`` has one: "domínguez" in the case of "Dominguez" is "Domínguez". ``piece``
    itself where the two differ in length, or where a capital would change a letter's
    length ("ß" is "SS")."""
    if len(typed) != len(piece):
        return piece
    kept = "".join(t.upper() if p.isupper() else t for p, t in zip(piece, typed, strict=True))
    return kept if len(kept) == len(piece) else piece


def sentences(text: str) -> list[str]:
    """Split a line into sentences, keeping 'Dr. Patel', '773.555.0104' and '6 a.m.' whole."""
    return list(_sentences(normalise(text)))


@lru_cache(maxsize=4096)
def _sentences(text: str) -> tuple[str, ...]:
    # Memoised: a prospect line is split by several detectors (price, time, voicemail).
    protected = _PROTECT.sub(_protect_dots, text) if "." in text else text
    if _MARK in protected:
        found = [s.strip().replace(_MARK, ".") for s in _SENTENCE.findall(protected)]
    else:
        found = [s.strip() for s in _SENTENCE.findall(protected)]
    return tuple(s for s in found if s)


def _protect_dots(match: re.Match[str]) -> str:
    return match.group().replace(".", _MARK)


def word_count(text: str) -> int:
    """Words as the catalog counts them: split on whitespace ('555-0142' is one word)."""
    return len(text.split())


# "did that about six years", "did it for ages", "does this for a living": a statement with
# its "I" dropped, the verb's object then how long or why (a question has a verb there:
# "did that work", "does that about cover it"). The words that can follow the object.
_HOW_LONG = frozenset("for until till since ages forever years months".split())
_ROUGHLY = frozenset("about around nearly almost like maybe over".split())
_COUNTS = frozenset(
    "a two three four five six seven eight nine ten eleven twelve fifteen twenty thirty".split()
)


def how_long(after: list[str]) -> bool:
    """Whether the words after "did that" say how long or why, not what happened."""
    if not after:
        return False
    if after[0] in _HOW_LONG:
        return True
    return (
        after[0] in _ROUGHLY and len(after) > 1 and (after[1] in _COUNTS or after[1][:1].isdigit())
    )


_INTERROGATIVE = Caseless(
    r"^\W*(?:(?:so|and|but|ok(?:ay)?|well|now|then|also|just|great|hey|hi|oh|sorry)\W+)*"
    # (not a thought told: "what I was thinking is we...", "what we figured was...")
    r"(?:(?:who|what|which|whose)\b(?!\s+(?:i'd|i'd like|we do|i want|i mean|i'm|we're|(?:i|we)\s+(?:was|were|thought|figured|wanted|had\s+in\s+mind)"
    # ... nor what we do, told: "so what i do is i run growthloop", "what we built was..."
    # (an aside in it too: "so what we'd do, and stop me if this is boring, is we fit...")
    r"|(?:i|we)(?:'d|'ve|'re|'ll)?\s+(?:[\w']+,?\s+){1,8}?(?:is|was)\b(?!\W*(?:it|that|this|there|how|what|who|whether|if|when|where|why|which)\b)"
    # ... nor a plan announced, then told: "then what I'll do - I post you the catalogue"
    r"|(?:i|we)(?:'d|'ll|\s+will|\s+would|\s+can|\s+could)?\s+(?:do|suggest|propose|recommend)(?=\s*[-–—:,]))\b)"
    # "when", "where", "why" and "how" ask only with an auxiliary after them: "when do
    # you...", "how many..."; "when operators open sites fast, crews get stretched" tells.
    r"|(?:when|where|why|how)(?:'s|'re|'d|'ll|s)\b"
    r"|(?:when|where|why|how)\s+(?:do|does|did|is|are|was|were|can|could|would|will|should|shall|might|may"
    r"|have|has|had|much|many|long|often|far|soon|big|come|about|not|else|exactly|early|late)\b"
    # ... or a word of degree and then one: "how bad are no shows for you", "how busy is
    # the desk" ("how bad it is" tells)
    r"|how\s+(?!(?:i|you|we|they|he|she|it|that|this|these|those|the|a|an|my|your|our|their|his|her|its|people|folks)\s)[a-z]+\s+"
    r"(?:is|are|was|were|do|does|did|has|have|can|could|would|will|should)\b"
    # (not a wish: "have the best day", "have the rest of a good weekend")
    r"|(?!have\s+the\s+(?:best|rest|greatest|loveliest|nicest)\b)"
    # (nor what the caller did, their "I" dropped: "did that about six years", "does it for
    # a living" -- the object, then how long or why)
    rf"(?!(?:do|does|did)\s+(?:that|this|it)\s+(?:{'|'.join(sorted(_HOW_LONG))}"
    rf"|(?:{'|'.join(sorted(_ROUGHLY))})\s+(?:\d|{'|'.join(sorted(_COUNTS))}))\b)"
    r"(?:do|does|did|are|is|was|were|have|has|had|can|could|would|will|should|may|shall|might|am"
    r"|isn't|aren't|don't|doesn't|didn't|won't|wouldn't|couldn't|can't|any)\s+"
    r"(?:i|you|we|he|she|they|it|there|that|this|your|the|anyone|someone|somebody|anybody|luck)\b)"
)


# Speech-to-text and typed lines drop the question mark (and often the capitals): "does ray
# still handle rentals", "Is cutting incidents a goal for you this year, or...". An auxiliary
# opening the sentence, then a name or a noun, is a question when the sentence also asks
# about them or offers alternatives (you, your, still, or, also, too...). Not "will do",
# "was nice meeting you", and a capitalised auxiliary only before a lower-case word: "Will
# Smith from Acme" names someone.
_AUX_WORDS = (
    r"(?:is|isn't|are|aren't|was|were|does|doesn't|did|didn't|has|should|would|could|can|will)"
)
# (nor "were with patients right now": "we're" typed without its apostrophe, where a
# preposition follows)
_NOT_AFTER_AUX = (
    r"(?!(?i:do|you|i|we|it|that|this|fine|good|great|nice|lovely|glad|happy|fun|ok|okay|perfect|done|cool"
    r"|with|at|in|on|out|off|away|from|by|into|closed|busy|here|back|gone)\b)"
)
_AUX_OPENING = Lazy(
    r"^\W*(?i:(?:so|and|but|ok(?:ay)?|well|now|then|also|just|great|thanks|hey|hi|oh|sorry|right|alright)\W+)*"
    rf"(?:{_AUX_WORDS}\s+{_NOT_AFTER_AUX}[A-Za-z0-9]|(?i:{_AUX_WORDS})\s+{_NOT_AFTER_AUX}[a-z0-9])"
    r"[\w'.:-]*\s+\w"
)
# A statement about them with a tag, typed without its "?": "you're at the food bank now,
# right, doing development", "you guys are in denver, yeah" (not "you know, right, ...").
_YOU_TAGGED = Caseless(
    r"^\W*(?:(?:so|and|oh|ok|okay)\W+)*(?:you(?!\s+know\b)|you're|youre|your|you've|you'd|you'll|y'all)\b"
    r"[^.!?]*,\s*(?:right|yeah|correct|yes)\s*(?:,|$)"
)
_ABOUT_THEM = Caseless(
    r"\b(?:you|your|yours|still|or|also|too|already|currently|anyone|anybody|someone|somebody|these\s+days|right\s+now|at\s+the\s+moment)\b"
)


@lru_cache(maxsize=256)
def is_question(sentence: str) -> bool:
    """True for a question: it ends with '?', or has no end mark and opens like one.

    Memoised for the line at hand (a few hundred sentences, not the whole batch): the
    detectors of one sentence each ask it, about twice per sentence."""
    stripped = sentence.rstrip(" \"')]")
    if stripped.endswith("?"):
        return True
    if stripped.endswith((".", "!")):
        return False
    if _INTERROGATIVE.match(stripped):
        return True
    if _AUX_OPENING.match(stripped) and _ABOUT_THEM.search(stripped):
        return True
    low = stripped.lower()  # (not lowercase(): its one-text cache serves the rules' runs)
    return (
        ("right" in low or "yeah" in low or "correct" in low or "yes" in low)
        and "you" in low
        and _YOU_TAGGED.match(stripped) is not None
    )


#: The words of all the parts of a tuple of rules (None: a part has no gate), by the
#: tuple's id, with the tuple itself: kept alive, its id is never another tuple's.
_UNION_GATES: dict[int, tuple[tuple[Rule, ...], frozenset[str] | None]] = {}


def _union_gate(parts: tuple[Rule, ...]) -> frozenset[str] | None:
    """Every word of every gate of ``parts``, or None if a part has no gate."""
    found = _UNION_GATES.get(id(parts))
    if found is not None and found[0] is parts:
        return found[1]
    union: frozenset[str] | None = frozenset()
    for part in parts:
        if part.words is None:
            union = None
            break
        union = union | part.words  # type: ignore[operator]
    _UNION_GATES[id(parts)] = (parts, union)
    return union


#: For a tuple of rules that all have gates: each gate word's parts, by their places in
#: the tuple (by the tuple's id, with the tuple itself, as in _UNION_GATES).
_PART_INDEXES: dict[int, tuple[tuple[Rule, ...], dict[str, tuple[int, ...]]]] = {}


def _part_index(parts: tuple[Rule, ...]) -> dict[str, tuple[int, ...]]:
    found = _PART_INDEXES.get(id(parts))
    if found is not None and found[0] is parts:
        return found[1]
    index: dict[str, list[int]] = {}
    for place, part in enumerate(parts):
        for word in part.words or ():
            index.setdefault(word, []).append(place)
    frozen = {word: tuple(places) for word, places in index.items()}
    _PART_INDEXES[id(parts)] = (parts, frozen)
    return frozen


def leftmost_match(parts: tuple[Rule, ...], text: str) -> re.Match[str] | None:
    """The match of the first-starting part (the earlier part on a tie): what one regex
    ``part1|part2|...`` finds, since at each position it tries its alternatives in order."""
    # The gates of :meth:`Rule.search`, inlined: the text's words are looked up once.
    low = lowercase(text)
    fast = _LAST_LOWER[2]
    words = _LAST_LOWER[3] or _note_words(low)
    gate = _union_gate(parts)
    if gate is not None:
        # Only the parts one of the text's words opens, found from the few words the text
        # shares with the gates (not by asking each part in turn), tried in their order.
        shared = gate.intersection(words)
        if not shared:
            return None  # (most texts have none of their words)
        index = _part_index(parts)
        if len(shared) == 1:
            (word,) = shared
            places: Iterable[int] = index[word]
        else:
            opened: set[int] = set()
            for word in shared:
                opened.update(index[word])
            places = sorted(opened)
        candidates: Iterable[Rule] = [parts[place] for place in places]
    else:
        candidates = [
            part for part in parts if part.words is None or not part.words.isdisjoint(words)
        ]
    best = None
    for part in candidates:
        if fast:
            regex = part._regex or part._compile()
        else:
            regex = part._unicode or part._compile_unicode()
        match = regex.search(low)
        if match is not None and (best is None or match.start() < best.start()):
            best = match
    return best
