"""Who placed the call: guessing which named speaker is the rep.

A transcript exported from Zoom, Teams or Meet names its speakers but not their roles.
The rep is the one who does what a caller does, read with the same rules that score a
rep's line (:func:`roleplay.language.signals.signals`), over each speaker's first two
turns:

* saying why they are calling ('I'm calling because...') counts 3;
* introducing themselves ('this is Omar with Crestview') counts 2, except in the very
  first turn of the call: the person called answers the phone with their own name
  ('Harbor Dental, this is Gina');
* the most points wins. A tie goes to the second voice heard (on a cold call the person
  called speaks first), then to later voices in order, and the first voice last.

The caller of this module shows the guess and its reason to the user, who can name the
rep instead (``--rep``). An inbound call (the customer calls the rep) needs ``--rep``.
Pure: names and lines in, a name and a reason out.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from roleplay.language.signals import signals

#: Turns of each speaker read for the guess: a caller shows it in the opening.
OPENING_TURNS = 2
_REASON, _INTRODUCTION = 3, 2


def guess_caller(turns: Sequence[tuple[str, str]]) -> tuple[str, str]:
    """The speaker who most reads as the caller, and why, in words for the user.

    Args:
        turns: ``(speaker, what they said)`` in the order of the call, at least one.

    Returns:
        ``(speaker, reason)``, the reason such as ``"says why they are calling"``.
    """
    order = list(dict.fromkeys(name for name, _ in turns))
    if len(order) == 1:
        return order[0], "the only speaker"
    points: Counter[str] = Counter()
    shown: dict[str, list[str]] = {name: [] for name in order}
    seen: Counter[str] = Counter()
    previous: str | None = None
    for index, (name, text) in enumerate(turns):
        seen[name] += 1
        if seen[name] <= OPENING_TURNS:
            found = signals(text, previous=previous)
            if "introduction" in found and index > 0:
                points[name] += _INTRODUCTION
                _add(shown[name], "introduces themselves")
            if "reason" in found:
                points[name] += _REASON
                _add(shown[name], "says why they are calling")
        previous = text
    # Ties: the second voice, then later ones, the first voice last.
    preference = [*order[1:], order[0]]
    best = max(preference, key=lambda name: (points[name], -preference.index(name)))
    if shown[best]:
        return best, " and ".join(shown[best])
    # Nobody scored: the tie went to the second voice.
    return best, "speaks second, after the phone is answered"


def _add(reasons: list[str], reason: str) -> None:
    if reason not in reasons:
        reasons.append(reason)
