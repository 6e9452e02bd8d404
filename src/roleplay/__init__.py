"""roleplay: a call-coaching role-play simulator for the terminal."""

__version__ = "0.1.0"
