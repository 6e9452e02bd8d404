"""Hint table for the networking voicemail (see tests/test_hints.py): its one state with a
hint, and two messages that follow it, one tidy and one typed in a hurry."""

from __future__ import annotations

HINTED: dict[str, dict[str, tuple[list[str], list[str]]]] = {
    "networking_voicemail": {
        "recording": (
            [],
            [
                "Hi Nadia, this is Sam Ortiz, 555-0163. Great meeting you at the cold chain "
                "panel last Thursday, and thanks for connecting on LinkedIn. I'm calling to hear "
                "what you're working on, so I can pass along leads that fit. Again, 555-0163.",
                "hi nadia its sam ortiz 555 0163, we met at the logistics forum last week. just "
                "calling to say hi and see what kind of intros would help you. sam, 555 0163",
            ],
        ),
    },
}
