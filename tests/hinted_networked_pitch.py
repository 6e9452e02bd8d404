"""Hint table for the networked pitch (see tests/test_hints.py): each state with a hint, a
way to reach it, and two lines that follow the hint, one tidy and one typed in a hurry."""

from __future__ import annotations

OPENER = (
    "Hi Naomi, this is Dana Park from Clearwater Bookkeeping. Marcus Bell introduced us at "
    "the Eastside Business Association breakfast last Thursday, and I'm calling because you "
    "mentioned the paperwork for the new shop was eating your evenings."
)
QUESTION = "How are things going since the third shop opened?"

HINTED: dict[str, dict[str, tuple[list[str], list[str]]]] = {
    "networked_pitch": {
        "answered": (
            [],
            [
                OPENER,
                "hi naomi its dana park from clearwater, marcus bell introduced us at the "
                "eastside breakfast last thursday",
            ],
        ),
        "who_is_this": (
            ["How are things at the bakery?"],
            [
                "Sorry, Dana Park from Clearwater Bookkeeping. Marcus Bell introduced us at "
                "the Eastside breakfast last Thursday.",
                "dana park from clearwater, marcus bell introduced us at the breakfast last thursday",
            ],
        ),
        "placed_no_name": (
            ["Hi Naomi, Marcus Bell introduced us at the breakfast last Thursday."],
            [
                "Dana Park, from Clearwater Bookkeeping.",
                "its dana park from clearwater bookkeeping",
            ],
        ),
        "placing_you": (
            ["Hi Naomi, this is Dana Park from Clearwater Bookkeeping."],
            [
                "Marcus Bell introduced us at the Eastside Business Association breakfast "
                "last Thursday.",
                "marcus bell introduced us at the eastside breakfast last thursday",
            ],
        ),
        "hesitant": (
            [OPENER],
            [
                "No pressure at all. If it's not a fit, just say so.",
                "how are things going since the third shop opened",
            ],
        ),
        "uneasy": (
            ["Hi Naomi, it's Dana Park. Marcus and I go way back."],
            [
                "You're right, we only met once. No pressure at all, it's completely up to you.",
                "fair, we only met once, no hard feelings either way",
            ],
        ),
        "open": (
            [OPENER, QUESTION],
            [
                "Could I buy you a coffee at your Eastside shop on Thursday at 8?",
                "could we do 15 min thursday at 8 at your eastside shop",
            ],
        ),
        "pick_a_time": (
            [OPENER, QUESTION, "Would you be open to a quick call?"],
            [
                "Tuesday at 3pm, fifteen minutes.",
                "tuesday 3pm, 15 min",
            ],
        ),
    },
}
