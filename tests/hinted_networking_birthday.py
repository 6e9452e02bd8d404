"""Hint table for the birthday call (see tests/test_hints.py): a way into each state, and
lines that do what its hint says, one tidy and one typed in a hurry."""

WISH = "Hi Gloria, it's Sam Lee, the designer who did your menu boards. Happy birthday!"
PITCH = "Oh, and while I have you, I'm taking on new clients, so keep me in mind."

HINTED = {
    "networking_birthday": {
        "answered": (
            [],
            [
                "Hi Gloria, this is Sam Lee. I'm calling to wish you a happy birthday.",
                "hey gloria its sam lee, just calling to say happy birthday",
            ],
        ),
        "who_calling": (
            ["Hello?"],
            [
                "It's Sam Lee, I did your menu boards. I'm calling to wish you a happy birthday.",
                "sam lee, the menu boards guy, calling to wish you a happy birthday",
            ],
        ),
        "who_wished": (
            ["Happy birthday, Gloria!"],
            [
                "It's Sam Lee, I redid your menu boards a couple of years ago.",
                "its sam lee, i did your menu boards",
            ],
        ),
        "named": (
            ["Hi Gloria, this is Sam Lee."],
            [
                "I saw it's your birthday and wanted to wish you a happy one.",
                "just calling to say happy birthday",
            ],
        ),
        "delighted": (
            [WISH],
            [
                "How are you celebrating?",
                "any plans for tonight",
            ],
        ),
        "chatting": (
            [WISH, "How are you celebrating?"],
            [
                "That sounds wonderful. Have a great dinner, and enjoy your day.",
                "sounds perfect, enjoy the dinner, have a great day",
            ],
        ),
        "puzzled": (
            [WISH, "Give me a call back when you get a chance."],
            [
                "No need to call back at all, I only wanted to wish you a happy birthday.",
                "no no nothing like that, just wanted to say happy birthday",
            ],
        ),
        "cooled": (
            [WISH, PITCH],
            [
                "Forget I said that. How are you spending the day?",
                "forget that, how are you celebrating",
            ],
        ),
        "thawed": (
            [WISH, PITCH, "Forget I said that. How are you spending the day?"],
            [
                "Have a lovely evening, Gloria. Take care.",
                "enjoy your day, take care",
            ],
        ),
    },
}
