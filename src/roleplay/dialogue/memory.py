"""What the prospect remembers of the call so far, as numbers conditions can read.

A transition's ``if:`` reads moods (``patience >= 2``) and these facts alike
(``questions_asked >= 2``, ``told_reason == 0``): what the rep has said, what the prospect
has asked and whether it was answered. They are counted from the call's analysis
(:class:`~roleplay.language.analysis.CallAnalysis`), never stored apart, so they cannot
disagree with what the scorer reads. Pure: no I/O.
"""

from __future__ import annotations

from roleplay.language.analysis import CallAnalysis
from roleplay.language.times import clock_said, day_said, daypart_said

#: Fact name -> what it counts. Scenario conditions may use these names; a mood may not
#: take one of them.
MEMORY: dict[str, str] = {
    "told_name": "1 once the rep has said their own name, else 0",
    "told_reason": "1 once the rep has said why they are calling, else 0",
    "questions_asked": "questions the rep has asked about the prospect's business",
    "easy_outs": "lines in which the rep has made it easy to say no ('no pressure at all')",
    "disclaimers": "lines in which the rep has said the call is not a sales call ('I'm not selling"
    " anything')",
    "rep_turns": "lines the rep has said",
    "asked_who": "times the prospect has asked who is calling",
    "asked_why": "times the prospect has asked what the call is about",
    "ignored": "times the rep left the prospect's who or why question unanswered",
    "proposed_clock": "the last clock time the rep named for a meeting, as HHMM on a working day"
    " ('thursday at 1:30' is 1330, 'noon' 1200; 1 to 6 o'clock read as afternoon), else 0 (a part"
    " of the day named since, 'breakfast thursday morning?', takes its place: 0)",
    "proposed_day": "the last weekday the rep named for a meeting, Monday 1 to Sunday 7"
    " ('see you thursday' is 4), else 0",
}


def remember(call: CallAnalysis) -> dict[str, int]:
    """Every fact of :data:`MEMORY` for the call so far."""
    facts = dict.fromkeys(MEMORY, 0)
    for turn in call.turns:
        if turn.is_rep:
            signals = turn.signals
            facts["rep_turns"] += 1
            if "introduction" in signals:
                facts["told_name"] = 1
            if "reason" in signals:
                facts["told_reason"] = 1
            if "discovery_question" in signals:
                facts["questions_asked"] += 1
            if "easy_out" in signals:
                facts["easy_outs"] += 1
            if "disclaimer" in signals:
                facts["disclaimers"] += 1
            if "ignored_question" in signals:
                facts["ignored"] += 1
            if "set_time" in signals:
                # (the whole line: the slot's words may be the day alone, "next thursday,
                # does 1:30 work")
                clock = clock_said(turn.line.text)
                if clock is not None:
                    facts["proposed_clock"] = clock
                elif daypart_said(turn.line.text):
                    # a part of the day instead of a clock ("breakfast thursday morning?"): the
                    # clock said before no longer stands
                    facts["proposed_clock"] = 0
                # (the slot's own day first: "Thursday or nothing, I fly back Friday
                # morning. So 12 o'clock?" proposes Thursday)
                day = day_said(signals["set_time"])
                if day is None:
                    day = day_said(turn.line.text)
                if day is not None:
                    facts["proposed_day"] = day
        else:
            asks = turn.asks
            if asks.who:
                facts["asked_who"] += 1
            if asks.purpose:
                facts["asked_why"] += 1
    return facts
