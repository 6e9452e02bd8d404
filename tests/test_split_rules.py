"""Rules split into gated parts (``AnyOf``) match exactly where the one regex they replace did.

Each original is kept here as it was written; random sentences built from its own words,
digits and punctuation must get the same yes or no from both.
"""

from __future__ import annotations

import random
import re

import pytest

from roleplay.language import asks, features
from roleplay.language.text import AnyOf, Rule

_ORIGINAL_COMMIT_NOUN = Rule(
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

_ORIGINAL_FEATURE_WORDS = Rule(
    "\\b(?:ai|a\\.i\\.|ai-\\w+|machine\\s+learning|automat\\w*|auto-\\w+|real-time|realtime|live|dashboards?|analytics|reporting|reports?|integrations?|integrates?|sync\\w*|apis?|cloud|mobile|apps?|portals?|tracking|trackers?|alerts?|notifications?|reminders?|uptime|modules?|workflows?|e-?signatures?|compliance|compliant|encrypt\\w*|routing|scoring|summaries|feeds?|capture|uploads?|scheduling|drag-and-drop|clock-?(?:in|out)|gps|sms|chat|chatbots?|voip|logs?|templates?|crm|sso|single\\s+sign-on|storage|backups?|self-service|plug-?ins?|add-?ons?|interface|touchscreen|battery|sensors?|cameras?|resolution|bandwidth|processors?|wireless|bluetooth|wi-?fi|waterproof|modular|customi[sz]able|configurable|omnichannel|multi-\\w+|audit\\s+trails?|permissions|role-based|approvals?|panels?|led|built-in|magnetic|charging|light\\s*box(?:es)?|one-click|white-label|features?|functionality|updates?|monitoring|firewall|software|hardware|algorithm\\w*|ocr|scanning|scanner|sdk|widgets?|kiosk|bots?|sentiment|transcription|geofenc\\w*|telematics|biometric\\w*|warranty|specs?|ports?|hd|4k|ssd|usb|import|export|optimi[sz]\\w*|cad|engine)\\b|\\b\\d+(?:\\.\\d+)?\\s*(?:%|percent)\\s+uptime|\\b\\d+\\+?\\s+integrations|\\bevery\\s+(?:\\d+|\\w+)\\s+(?:seconds|minutes)\\b|\\b\\d+-bit\\b|\\bsoc\\s?2\\b|\\bhipaa\\b|\\biso\\s?\\d+|\\b\\d+(?:\\.\\d+)?\\s*(?:gb|tb|mb|ghz|mbps|gbps|mp|megapixels?|hz|fps|kwh|mah|ppm|dpi)\\b|\\b(?:\\d[\\d,.]*|(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|a)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?[\\s-]){0,3}(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|a)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)[\\s-](?:feet|foot|ft|inch(?:es)?|pounds?|lbs?|kg|kilos?|tons?|tonnes?|horsepower|hp|volts?|watts?|amps?|psi|rpm|gallons?|litres?|liters?|cc)\\b|\\b(?:two|four|all|\\d)[\\s-]wheel[\\s-]drive\\b|\\b\\d+-speed\\b"
)


def _feature_words() -> AnyOf:
    """features._has_feature_word, as an AnyOf-like object for the test below."""

    class _Split(AnyOf):
        def matches(self, text: str) -> bool:
            return features._has_feature_word(text)

    return _Split()


_CASES = [
    (_ORIGINAL_COMMIT_NOUN, asks._COMMIT_NOUN),
    (_ORIGINAL_FEATURE_WORDS, _feature_words()),
]

_EXTRA = [
    "15",
    "1",
    "30-minute",
    "you",
    "up",
    "99%",
    "99.9",
    "12-speed",
    "4k",
    "14k",
    "a.i.",
    "ai-",
]
_EXTRA += ["1,000", "64-bit", "soc2", "iso", "9001", "every", "wheel", "1tb", "uptimes", "auto-"]
_GLUE = [" ", " ", " ", "  ", "-", ", ", ". ", "'", "_", "2", "x", "\t", "é", "?"]


def _sentences(pattern: str, count: int, seed: int) -> list[str]:
    words = sorted(set(re.findall(r"[a-z]+", pattern))) + _EXTRA
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        parts = []
        for _ in range(rng.randint(1, 6)):
            word = rng.choice(words)
            if rng.random() < 0.2:
                word = word.capitalize() if rng.random() < 0.5 else word.upper()
            parts.append(word)
            parts.append(rng.choice(_GLUE))
        out.append("".join(parts).strip())
    return out


@pytest.mark.parametrize(("original", "split"), _CASES)
def test_split_rule_matches_where_the_original_did(original: Rule, split: AnyOf) -> None:
    texts = _sentences(original.pattern, 20_000, seed=7)
    texts += ["", "Can we set up a demo?", "a 30-minute call Tuesday", "drop by", "dropby"]
    for text in texts:
        assert split.matches(text) == (original.search(text) is not None), text
