"""Hint table for the peer executive (see tests/test_hints.py): each state with a hint, a
way to reach it, and two lines that follow the hint, one tidy and one typed in a hurry."""

from __future__ import annotations

OPENER = (
    "Graham, this is Maya Chen, CEO of Tillwise. I'm calling because a lot of your "
    "restaurants already use us for payroll, and that could help Counterpoint keep them."
)
QUESTION = "What's top of your list for Counterpoint this year?"

HINTED: dict[str, dict[str, tuple[list[str], list[str]]]] = {
    "peer_executive": {
        "answered": (
            [],
            [
                OPENER,
                "graham its maya chen ceo at tillwise, calling cause your restaurants keep "
                "asking you for payroll",
            ],
        ),
        "who_is_this": (
            ["Hi, I'm calling about payroll for your restaurants."],
            [
                "Maya Chen, CEO of Tillwise.",
                "maya chen, ceo at tillwise",
            ],
        ),
        "named": (
            ["Hi Graham, this is Maya Chen."],
            [
                "I'm calling because a lot of your restaurants already use us for payroll, "
                "and that could help you keep them.",
                "calling cause your restaurants keep asking you for payroll",
            ],
        ),
        "listening": (
            [OPENER],
            [
                QUESTION,
                "whats your biggest priority this year",
            ],
        ),
        "vendor_mode": (
            ["Hi Graham, this is Maya from Tillwise. Are you the decision maker for partnerships?"],
            [
                "Fair. I'm calling because your restaurants keep asking you for payroll, and "
                "they could get it without you building it.",
                "fair enough, calling cause lots of your restaurants already use us for payroll",
            ],
        ),
        "engaged": (
            [OPENER, QUESTION],
            [
                "That's the gap we fill. Could you and I take 30 minutes on Thursday at 4?",
                "thats what we do, could we do 30 min thursday at 4pm with your partnerships lead",
            ],
        ),
        "pick_a_time": (
            [OPENER, QUESTION, "Could we set up a call?"],
            [
                "Thursday at 4, thirty minutes, you, your partnerships lead and me.",
                "thursday 4pm, 30 min, you lena and me",
            ],
        ),
    },
}
