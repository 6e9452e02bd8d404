"""Reading a line: what one line of a call says, and what the rep meant.

One module per concept. :mod:`~roleplay.language.signals` runs the rules on a rep line and
names what fired; the rules live in :mod:`~roleplay.language.text` (normalising, sentences,
words, lazily compiled rules), :mod:`~roleplay.language.names`,
:mod:`~roleplay.language.purpose`, :mod:`~roleplay.language.questions`,
:mod:`~roleplay.language.times`, :mod:`~roleplay.language.asks`,
:mod:`~roleplay.language.pricing`, :mod:`~roleplay.language.features`,
:mod:`~roleplay.language.courtesy`, :mod:`~roleplay.language.honesty` and
:mod:`~roleplay.language.voicemail`. :mod:`~roleplay.language.fuzzy` holds the one
typo-tolerant phrase matcher and the negation vocabulary; :mod:`~roleplay.language.intents`
matches lines to a scenario's intents.

Nothing is re-exported here, so importing one module loads only what it needs.
"""
