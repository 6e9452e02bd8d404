"""Hint table for the new LinkedIn connection (see tests/test_hints.py): a way into each
state, and lines that do what its hint says, one tidy and one typed in a hurry."""

OPENER = (
    "Hi Dana, this is Sam Lee. We just connected on LinkedIn, and I'm calling to learn a bit "
    "more about your work."
)

HINTED = {
    "networking_linkedin": {
        "answered": (
            [],
            [
                OPENER,
                "hi dana its sam lee, we just connected on linkedin and i wanted to learn about "
                "your work",
            ],
        ),
        "who_calling": (
            ["Hello, is this Dana?"],
            [
                "It's Sam Lee, the bookkeeper. We just connected on LinkedIn.",
                "its sam lee, we just connected on linkedin",
            ],
        ),
        "named": (
            ["Hi Dana, Sam Lee here."],
            [
                "We just connected on LinkedIn, and I'm calling to learn a bit about your work.",
                "we connected on linkedin last week so i thought id call",
            ],
        ),
        "doubting": (
            ["hey dana long time, remember we met at the chamber mixer"],
            [
                "Sorry, my mistake, we've never met. I'm Sam Lee, we connected on LinkedIn last week.",
                "my bad, we never actually met. its sam lee, we just connected on linkedin",
            ],
        ),
        "open": (
            [OPENER],
            [
                "What kind of clients do you work with?",
                "what kind of leads should i keep an eye out for",
            ],
        ),
        "sharing": (
            [OPENER, "What kind of clients do you work with?"],
            [
                "What kind of introduction would help you most?",
                "i could introduce you to one of my clients, shes opening a second cafe",
            ],
        ),
        "wants": (
            [OPENER, "What would be a good referral for you?"],
            [
                "One of my clients is opening a second restaurant. Shall I make an introduction?",
                "could we grab a coffee thursday at 10",
            ],
        ),
        "cooled": (
            [OPENER, "Maybe you could send some clients my way."],
            [
                "Fair enough. What kind of clients are you looking for?",
                "fair, what kind of leads should i keep an eye out for",
            ],
        ),
    },
}
