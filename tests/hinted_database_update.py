"""Hint table for the database update (see tests/test_hints.py): every state with a hint,
a way to reach it, and two lines that follow the hint, one tidy and one typed in a hurry."""

from __future__ import annotations

OPENER = (
    "Hi Linda, this is Sam Ortiz with Halyard Exhibits. I'm updating our contact records "
    "for Corvid."
)
OPENER_WITH_CHECK = (
    "Hi Linda, this is Sam Ortiz with Halyard Exhibits. I'm updating our contact records, "
    "and I have one question: is Mark Delaney still your marketing manager?"
)
ASKED_FOR_MARK = "Hi, is Mark Delaney there?"
NAMED_AFTER_ASKING = (
    "Sam Ortiz, Halyard Exhibits. I'm calling to check the contact we have on file for Corvid."
)

HINTED: dict[str, dict[str, tuple[list[str], list[str]]]] = {
    "database_update": {
        "answered": (
            [],
            [
                "Hi Linda, this is Sam Ortiz with Halyard Exhibits. I'm updating our contact "
                "records and want to check the trade show contact we have for Corvid.",
                "hi linda its sam ortiz w halyard exhibits, just checking the contact we have "
                "on file for corvid",
            ],
        ),
        "who_calling": (
            [ASKED_FOR_MARK],
            [
                NAMED_AFTER_ASKING,
                "sam ortiz from halyard exhibits, im updating our contact records for corvid",
            ],
        ),
        "what_about": (
            ["Hi, this is Sam Ortiz."],
            [
                "Fair question. I'm updating Halyard's contact records, and I want to check the "
                "name we have for Corvid's trade shows.",
                "just updating our contact records, checking the name we have for your trade shows",
            ],
        ),
        "why_asking": (
            [
                "Hi, this is Sam Ortiz from Halyard Exhibits. Is Mark Delaney still your "
                "marketing manager?"
            ],
            [
                "I'm updating our contact records, and he's the name we have on file for Corvid.",
                "im just updating our records, hes the contact we have on file for you",
            ],
        ),
        "doubting": (
            ["Hi, I'm not trying to sell you anything."],
            [
                "Fair enough. Sam Ortiz with Halyard Exhibits; I'm checking the contact we have "
                "for Corvid. Is Mark Delaney still your marketing manager?",
                "fair. sam ortiz from halyard exhibits, checking our contact record for corvid, "
                "is mark delaney still there",
            ],
        ),
        "last_chance": (
            [ASKED_FOR_MARK, "I'd rather not say."],
            [
                "Sam Ortiz with Halyard Exhibits, calling to check the contact we have on file "
                "for Corvid.",
                "ok, sam ortiz from halyard exhibits, calling to check the contact we have for corvid",
            ],
        ),
        "listening": (
            [OPENER],
            [
                "Is Mark Delaney still your marketing manager?",
                "is mark delaney still the contact for trade shows",
            ],
        ),
        "contact_named": (
            [OPENER_WITH_CHECK],
            [
                "Thanks. What's the best email address for Tasha?",
                "thanks, whats the best email for tasha",
            ],
        ),
        "verified": (
            [
                ASKED_FOR_MARK,
                NAMED_AFTER_ASKING,
                "Who handles trade shows there now?",
                "Could I get her email address?",
            ],
            [
                "That's everything I needed. Thanks for your help, Linda.",
                "thats all i needed, thanks linda",
            ],
        ),
        "door_open": (
            [OPENER_WITH_CHECK, "What's the best email for her?"],
            [
                "We design and build trade show booths, so a shop like yours looks sharp at "
                "a show.",
                "we design and build trade show booths, mostly for manufacturers",
            ],
        ),
        "need_shared": (
            [
                OPENER_WITH_CHECK,
                "What's the best email for her?",
                "We design and build trade show booths.",
            ],
            [
                "Could I send Tasha a few photos of booths we've built for shops your size?",
                "could i email tasha a few photos of booths we built for shops like yours",
            ],
        ),
    },
}
