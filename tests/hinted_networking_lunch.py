"""Hint table for the lunch invitation (see tests/test_hints.py): a way into each state,
and lines that do what its hint says, one tidy and one typed in a hurry."""

INVITE = (
    "Hi Rob, it's Sam Lee. I'll be in Denver next Thursday and wanted to see if you're free "
    "for lunch."
)

HINTED = {
    "networking_lunch": {
        "answered": (
            [],
            [
                INVITE,
                "hey rob its sam lee, im in denver next thursday, free for lunch",
            ],
        ),
        "who_calling": (
            ["Hello?"],
            [
                "It's Sam Lee. I'll be in Denver next Thursday and wanted to take you to lunch.",
                "its sam lee, im in denver next thursday, want to grab lunch",
            ],
        ),
        "named": (
            ["Hi Rob, it's Sam Lee."],
            [
                "I'll be in Denver next Thursday and wanted to see if you're free for lunch.",
                "hows the new job going",
            ],
        ),
        "catching_up": (
            ["Hi Rob, it's Sam Lee.", "How's the new job going?"],
            [
                "I'll be in Denver next Thursday. Are you free for lunch?",
                "im in denver next thursday, want to grab lunch",
            ],
        ),
        "which_day": (
            ["Hi Rob, it's Sam Lee.", "We should grab lunch sometime while I'm out your way."],
            [
                "I'm in Denver next Thursday. Would 1:30 work?",
                "next thursday, say 1:30",
            ],
        ),
        "checking": (
            [INVITE],
            [
                "No problem. How about 1:30 on Thursday?",
                "no worries, what works for you",
            ],
        ),
        "he_offers": (
            [INVITE, "No problem, what works for you?"],
            [
                "Thursday at 1:30 works for me.",
                "friday at 8 works",
            ],
        ),
        "pressed": (
            [INVITE, "Come on, you have to eat sometime."],
            [
                "Fair enough. Would breakfast on Friday at 8 work instead?",
                "fair, what suits you better",
            ],
        ),
        "cooled": (
            [
                "Hi Rob, it's Sam Lee. I'll be in Denver Thursday and I'd love to show you "
                "what I've been working on."
            ],
            [
                "No agenda at all, it's just a catch-up.",
                "no business i promise, just lunch",
            ],
        ),
    },
}
