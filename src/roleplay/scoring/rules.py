"""The mistake catalog and the scorer: turns in, a :class:`~roleplay.scorecard.Scorecard` out.

The same function scores a practice call after every rep line (``final=False``) and a whole
transcript afterwards (``final=True``), so a rep sees one set of rules everywhere.

Score formula (documented in ``docs/scoring.md``)::

    score = clamp(80 + min(20, credit points) - sum of the weights of the distinct mistake codes, 0, 100)

A code costs its weight once per call however often it occurs; every occurrence is still
listed so the rep sees each turn. A clean call that shows the four habits (name, reason, a
question about the prospect, a concrete next step -- or, on voicemail, name, reason and a
short message with a number) scores 100.

Where absence-type mistakes are pinned (turns are 1-based and count both speakers):

* ``no-introduction``: the voicemail message, else the last of the rep's first two turns
  (the rep's only turn if they spoke once).
* ``no-reason-for-call``, ``no-discovery``, ``no-next-step``: the rep's last turn.
* ``voicemail-*``: the voicemail message.
* ``ignored-question``: the rep turn that should have answered.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from roleplay.language.analysis import CallAnalysis
from roleplay.language.fuzzy import phrase_match
from roleplay.language.honesty import (
    claim_support,
    enquiry_told,
    expectation_told,
    friend_placed,
    friendship,
    goes_along,
    named_friend,
    recognised,
    recognised_referral,
    referral,
    sent_on_by_them,
    shared_past,
    specific_history,
)
from roleplay.language.purpose import asks_follow_up
from roleplay.language.signals import line_signals
from roleplay.language.text import Frozen, word_count
from roleplay.language.voicemail import phone_number
from roleplay.scoring.scorecard import Credit, CustomCode, Mistake, Scorecard, ScoringConfig
from roleplay.transcript import Turn


class CodeInfo(Frozen):
    """One entry of the mistake catalog.

    Attributes:
        code: The catalog code, e.g. ``premature-close``.
        title: A short human title.
        definition: When it is flagged (the contract, documented in ``docs/scoring.md``).
        weight: Points it costs by default.
        tip: What to do instead.
        turn: Where the mistake is pinned.
    """

    code: str
    title: str
    definition: str
    weight: int
    tip: str
    turn: str

    _fields = ("code", "title", "definition", "weight", "tip", "turn")
    __match_args__ = ("code", "title", "definition", "weight", "tip", "turn")

    def __init__(
        self, code: str, title: str, definition: str, weight: int, tip: str, turn: str
    ) -> None:
        object.__setattr__(self, "code", code)
        object.__setattr__(self, "title", title)
        object.__setattr__(self, "definition", definition)
        object.__setattr__(self, "weight", weight)
        object.__setattr__(self, "tip", tip)
        object.__setattr__(self, "turn", turn)


def _info(code: str, title: str, weight: int, turn: str, definition: str, tip: str) -> CodeInfo:
    return CodeInfo(
        code=code, title=title, definition=definition, weight=weight, tip=tip, turn=turn
    )


#: The 14 catalog codes, in the order the catalog lists them.
CATALOG: dict[str, CodeInfo] = {
    info.code: info
    for info in (
        _info(
            "no-introduction",
            "No introduction",
            15,
            "the voicemail message; otherwise the last of the rep's first two turns (their only turn if they spoke once)",
            "None of the rep's first two turns states the rep's own personal name; a company name alone"
            " is not an introduction. In a voicemail, the message must contain the name.",
            "Say your own name in your first breath: 'Hi, this is Dana Ruiz with Acme.' A person is easier"
            " to talk to than a company, and a caller who hides their name sounds like they have something to hide.",
        ),
        _info(
            "not-selling-disclaimer",
            "'Not selling' disclaimer",
            10,
            "the turn with the disclaimer",
            "A rep turn claims the call is not sales ('I'm not trying to sell you anything', 'this isn't a sales call').",
            "Drop the disclaimer. The person knows a business call is about business, and the denial costs you"
            " trust the moment you mention a product. Say plainly why you called and what is in it for them.",
        ),
        _info(
            "apology",
            "Apology for calling",
            10,
            "the turn with the apology",
            "A rep turn apologizes for calling, interrupting or taking the person's time (not for mishearing,"
            " not sympathy).",
            "Don't apologize for doing your job: it tells them the call is not worth their time. Acknowledge"
            " the moment instead ('I'll be brief') and earn the next minute with a relevant reason.",
        ),
        _info(
            "no-reason-for-call",
            "No reason for the call",
            15,
            "the rep's last turn",
            "No rep turn in the whole call states why the rep is calling. Applies to voicemails too.",
            "Give a specific reason early: 'I'm calling because...' tied to something about their business."
            " A call with purpose sounds like a peer talking business, not an interruption.",
        ),
        _info(
            "no-discovery",
            "No discovery question",
            15,
            "the rep's last turn",
            "Live call with at least 3 rep turns in which the rep never asks about the prospect's business,"
            " role, process, challenges, goals, priorities or name.",
            "Ask at least one real question about them: how they handle it today, what gets in the way, who"
            " decides. You can't show what you do for them until you know their world.",
        ),
        _info(
            "premature-close",
            "Premature close",
            15,
            "the turn with the first commitment ask",
            "Live call; the rep asks for a meeting, demo, call, trial or purchase in a turn that comes before"
            " any discovery question.",
            "Earn the ask. Ask one or two questions about their situation first, then propose a meeting that"
            " follows from what they told you.",
        ),
        _info(
            "unprompted-pricing",
            "Unprompted pricing",
            10,
            "each rep turn that states a price before any price question",
            "A rep turn states price, cost, fees, discounts or trial terms when no earlier prospect turn asked"
            " about price or cost.",
            "Hold the price until they ask, or until you know enough to tie it to value. A number with no"
            " context turns the call into a price comparison before they care.",
        ),
        _info(
            "feature-dump",
            "Feature dump",
            10,
            "each turn that lists three or more features",
            "A single rep turn lists three or more product features or technical specifications.",
            "Trade the spec sheet for one outcome that matters to them: what changes in their day, not the"
            " speeds, feeds and functionality. Pick the one feature that answers what they just told you.",
        ),
        _info(
            "monologue",
            "Monologue",
            10,
            "each rep turn over the word limit",
            "Live call; a single rep turn is longer than 80 words.",
            "Keep each turn short -- two or three sentences -- and end it with a question that hands the call"
            " back to them. A conversation beats a speech.",
        ),
        _info(
            "no-next-step",
            "No concrete next step",
            10,
            "the rep's last turn",
            "Live call with at least 3 rep turns and no rep turn proposes a concrete next step (a meeting or"
            " call at a time, sending something specific, an introduction, an agreed follow-up).",
            "Close every call with something specific: a day and time, the exact document you'll send, or the"
            " person you'll be introduced to. 'I'll be in touch' is not a plan.",
        ),
        _info(
            "misleading-claim",
            "Misleading claim",
            20,
            "the turn with the claim",
            "The rep claims a relationship, expectation or pretext to get through ('she's expecting my call',"
            " 'I'm returning his call', 'a friend of his') that the transcript does not support.",
            "Never invent a relationship or a pretext. It may get you past the front desk once, and it ends the"
            " relationship the moment it is found out. Use a true reason, or an honest referral.",
        ),
        _info(
            "voicemail-no-number",
            "Voicemail without a number",
            15,
            "the voicemail message",
            "The call went to voicemail and the rep's message contains no callback phone number.",
            "Leave your number, slowly, and say it twice -- at the start and again at the end -- so they can"
            " call back without looking you up.",
        ),
        _info(
            "voicemail-too-long",
            "Voicemail too long",
            10,
            "the voicemail message",
            "The call went to voicemail and the message is longer than 80 words.",
            "Keep voicemails under about 30 seconds: name, number, one reason that matters to them, number"
            " again. Nobody scheduled your call, so don't make them sit through a pitch.",
        ),
        _info(
            "ignored-question",
            "Ignored question",
            15,
            "the rep's turn after the question",
            "The prospect asks who is calling and the rep's next turn gives no name; or asks what the call is"
            " about and the rep's next turn states no reason.",
            "Answer the question you were asked, first and plainly: your name when they ask who's calling, your"
            " reason when they ask what it's about. Dodging sounds evasive.",
        ),
    )
}

#: Codes that later turns could still fix; left out while a practice call is running.
WHOLE_CALL_CODES = frozenset({"no-reason-for-call", "no-discovery", "no-next-step"})
#: Codes that do not apply when the call went to voicemail.
LIVE_ONLY_CODES = frozenset(
    {"no-discovery", "premature-close", "monologue", "no-next-step", "ignored-question"}
)

#: Threshold defaults; a scenario's ``scoring.thresholds`` overrides them.
DEFAULT_THRESHOLDS: Mapping[str, int] = {
    "monologue_words": 80,
    "voicemail_words": 80,
    "min_rep_turns": 3,
}
DEFAULT_CONFIG = ScoringConfig()

#: Credits: code -> (points, message).
CREDITS: dict[str, tuple[int, str]] = {
    "introduced-self": (5, "You said your name early."),
    "stated-reason": (5, "You said why you were calling."),
    "asked-about-prospect": (5, "You asked about the prospect's situation."),
    "proposed-next-step": (5, "You proposed a concrete next step."),
    "concise-voicemail": (10, "Your voicemail was short and left a callback number."),
}
BASE_SCORE = 80
MAX_CREDIT_POINTS = 20

_MESSAGES: dict[str, str] = {
    "no-introduction": "You never said your own name{where}.",
    "not-selling-disclaimer": "You told them the call isn't sales.",
    "apology": "You apologized for calling or for taking their time.",
    "no-reason-for-call": "You never said why you were calling.",
    "no-discovery": "You never asked about the prospect's business, role, process or challenges.",
    "premature-close": "You asked for a commitment before asking a single question about them.",
    "unprompted-pricing": "You stated a price before they asked about one.",
    "feature-dump": "You listed features and specs instead of what they do for the prospect.",
    "monologue": "This turn runs {words} words (limit {limit}).",
    "no-next-step": "The call ended without a concrete next step.",
    "misleading-claim": "You claimed a relationship or pretext that nothing in the call supports.",
    "voicemail-no-number": "Your voicemail has no callback number.",
    "voicemail-too-long": "Your voicemail runs {words} words (limit {limit}).",
    "ignored-question-who": "They asked who was calling and you didn't give your name.",
    "ignored-question-what": "They asked what the call was about and you didn't give a reason.",
}


class _Call:
    """What the rules need to know about the call, read from its :class:`CallAnalysis`
    (private, so a plain class: one dataclass fewer to build at import time keeps
    ``roleplay score`` starting fast)."""

    __slots__ = ("turns", "rep", "sig", "asked", "greeting", "message", "message_turns", "text")

    greeting: int | None  # turn indexes of the voicemail greeting and the rep's message
    message: int | None
    message_turns: tuple[int, ...]  # the message's rep lines (its first is ``message``)

    def __init__(self, analysis: CallAnalysis) -> None:
        self.turns = analysis.turns
        self.rep = analysis.rep  # 0-based indexes of rep turns
        self.sig = {t.index: t.signals for t in analysis.turns if t.is_rep}
        self.asked = {  # prospect index -> (who's calling?, what's it about?, price?)
            t.index: (t.asks.who, t.asks.purpose, t.asks.price)
            for t in analysis.turns
            if not t.is_rep
        }
        self.text = [t.read for t in analysis.turns]  # each line as the rules read it
        found = analysis.voicemail()
        self.greeting, self.message = found if found else (None, None)
        # the message may run over more than one rep line (nothing between them): all of it
        # is the message
        self.message_turns = ()
        if self.message is not None:
            end = self.message
            while end + 1 < len(self.turns) and self.turns[end + 1].is_rep:
                end += 1
            self.message_turns = tuple(range(self.message, end + 1))

    def message_text(self) -> str:
        """The voicemail message: its rep lines, one after the other."""
        return " ".join(self.turns[i].text for i in self.message_turns)


def score(
    turns: Sequence[Turn],
    config: ScoringConfig = DEFAULT_CONFIG,
    *,
    final: bool = True,
    analysis: CallAnalysis | None = None,
) -> Scorecard:
    """Score a call by the mistake catalog, a scenario's adjustments, and the credits.

    Args:
        turns: The call so far, both speakers, in order.
        config: A scenario's weights, thresholds, disabled codes, custom codes and tips.
        final: False while a practice call is still running: the whole-call codes that
            later turns could fix (no reason, no discovery, no next step) are left out,
            and ``no-introduction`` waits for the rep's second turn.
        analysis: The call's analysis, when the caller has it already (a practice call
            grows one turn by turn); otherwise the turns are analysed here.

    Returns:
        The scorecard: score 0-100, mistakes and credits in turn order, whether it went
        to voicemail.
    """
    call = _Call(analysis if analysis is not None else CallAnalysis.of(turns))
    if final and not _attempted(call):
        # Silence, a hang-up, or only "hello"/"bye": nothing to score, and nothing to
        # average with real attempts.
        return Scorecard(score=0, voicemail=call.message is not None, attempted=False)
    thresholds = {**DEFAULT_THRESHOLDS, **dict(config.thresholds)}
    found: list[tuple[str, int, str, str]] = []  # (code, 0-based turn, evidence, message)
    voicemail = call.message is not None

    def flag(code: str, index: int, evidence: str = "", message: str | None = None) -> None:
        # Evidence is quoted as the trainee typed it, not as the rules read it.
        quoted = call.turns[index].quote(evidence)
        found.append((code, index, quoted, message if message is not None else _MESSAGES[code]))

    _intro_rules(call, flag, final)
    _per_turn_rules(call, flag, thresholds)
    _order_rules(call, flag)
    reasons = ("reason", *config.reasons)
    if final and call.rep and not any(r in call.sig[i] for i in call.rep for r in reasons):
        flag("no-reason-for-call", call.rep[-1])
    if voicemail:
        _voicemail_rules(call, flag, thresholds)
    else:
        _live_rules(call, flag, thresholds, final)
    mistakes = _mistakes(found, config, voicemail, final)
    mistakes.extend(_custom(call, config))
    mistakes.sort(key=lambda m: m.turn)
    credits = _credits(call, thresholds, reasons)
    return Scorecard(
        score=compute_score(mistakes, credits),
        mistakes=tuple(mistakes),
        credits=tuple(credits),
        voicemail=voicemail,
    )


#: Signals that say nothing of substance on their own.
_EMPTY_SIGNALS = frozenset(
    {
        "greeting",
        "goodbye",
        "thanks",
        "acknowledge",
        "affirm",
        "deny",
        "ignored_question",
        "question",
    }
)


_EMPTY_WORDS = frozenset(
    "hi hello hey there bye goodbye thanks thank you ok okay yes yeah no sorry um uh hm "
    "good morning afternoon evening night sir ma'am".split()
)


def _attempted(call: _Call) -> bool:
    """Whether the rep said anything of substance: more than a greeting or a goodbye."""
    for i in call.rep:
        if not _EMPTY_SIGNALS.issuperset(call.sig[i].scored):
            return True
        words = [w.strip(".,!?;:-").lower() for w in call.turns[i].text.split()]
        if sum(1 for w in words if w and w not in _EMPTY_WORDS) >= 2:
            return True
    # The signals the scorecard does not read (an easy out, a phone number...) are read
    # only for a call that shows nothing else.
    return any(not _EMPTY_SIGNALS.issuperset(call.sig[i]) for i in call.rep)


def compute_score(mistakes: Sequence[Mistake], credits: Sequence[Credit]) -> int:
    """``clamp(80 + min(20, credit points) - weight of each distinct code, 0, 100)``."""
    penalty: dict[str, int] = {}
    for mistake in mistakes:
        penalty.setdefault(mistake.code, mistake.weight)
    earned = min(MAX_CREDIT_POINTS, sum(c.points for c in credits))
    return max(0, min(100, BASE_SCORE + earned - sum(penalty.values())))


# --------------------------------------------------------------------------- the rules


def _intro_rules(call: _Call, flag, final: bool) -> None:
    if call.message is not None:
        if not any("introduction" in call.sig[i] for i in call.message_turns):
            flag(
                "no-introduction",
                call.message,
                message=_MESSAGES["no-introduction"].format(where=" in the voicemail"),
            )
        return
    first_two = call.rep[:2]
    if not first_two or (not final and len(first_two) < 2):
        return
    if not any("introduction" in call.sig[i] for i in first_two):
        flag(
            "no-introduction",
            first_two[-1],
            message=_MESSAGES["no-introduction"].format(where=" in your first two turns"),
        )


def _same_claim(claim: str, earlier: list[str]) -> bool:
    """Whether ``claim`` repeats one the prospect owned up to earlier in the call: they
    share a word of five letters or more that carries the claim ("returning your call"
    after "returning a call from Hector" was confirmed)."""
    words = _claim_words(claim)
    return any(words & _claim_words(said) for said in earlier)


# Words of five letters or more that say nothing of what is claimed.
_PLAIN_LONG_WORDS = frozenset(
    "about would could should their there these those which where while after before again"
    " still really think".split()
)


def _claim_words(claim: str) -> set[str]:
    return {w for w in claim.lower().split() if len(w) >= 5 and w not in _PLAIN_LONG_WORDS}


def _per_turn_rules(call: _Call, flag, thresholds: Mapping[str, int]) -> None:
    confirmed: list[str] = []  # the claims the prospect owned up to so far
    for i in call.rep:
        sig = call.sig[i]
        if "disclaimer" in sig:
            flag("not-selling-disclaimer", i, sig["disclaimer"])
        if "apology" in sig:
            flag("apology", i, sig["apology"])
        if "feature_list" in sig:
            flag("feature-dump", i, sig["feature_list"])
        if "misleading_claim" in sig:
            claim = sig["misleading_claim"]
            later = [t.read for t in call.turns[i + 1 :] if not t.is_rep][:2]
            earlier = [t.read for t in call.turns[:i] if not t.is_rep]
            support = claim_support(later, call.text[i])
            if support == "none" and shared_past(claim):
                # the shared past already owned up to ("Yes! The Marlowe, with Marcus"):
                # "nice to talk again" at the end leans on what the call supports (not a
                # new claim: "Marcus asked me to call" is still a pretext)
                if recognised(earlier):
                    support = "confirmed"
            elif support == "none" and (referral(claim) or friendship(claim)):
                # the referral already owned up to ("oh yeah, mike said someone might
                # call"): what else that person said leans on it, and so does the
                # friendship told again ("rosa's great, we go back to college")
                if recognised_referral(earlier) or (
                    friendship(claim)
                    and friend_placed(call.text[i], [(t.is_rep, t.read) for t in call.turns[:i]])
                ):
                    support = "confirmed"
            if support == "none" and goes_along(call.text[i], claim, later):
                support = "confirmed"  # "you signed up for the webinar" - "i registered"
            if (
                support == "none"
                and ("expect" in (low_claim := claim.lower()) or "waiting" in low_claim)
                and expectation_told(earlier)
            ):
                # "so she's expecting me" after "she's expecting you" (the claim's words,
                # not the line's expected_call signal: asking for it reads every signal)
                support = "confirmed"
            if support == "none" and sent_on_by_them(claim, earlier):
                support = "confirmed"  # "mention you sent me" after "talk to glenn"
            if support == "none" and enquiry_told(claim, earlier):
                support = "confirmed"  # "you asked about the freezer" after "i sent you..."
            if support == "none" and _same_claim(claim, confirmed):
                support = "confirmed"  # said again, in the voicemail he was put through to
            if support == "confirmed":
                confirmed.append(claim)
            # A meeting told with where and when is honest context unless it is denied; so is
            # a friendship with someone named who is not the one called (a friend of both,
            # made bigger than they are, is the scenario's to judge).
            if support == "denied" or (
                support == "none"
                and not specific_history(call.text[i], claim)
                and not _friend_of_both(call, i, claim)
            ):
                flag("misleading-claim", i, claim)


def _friend_of_both(call: _Call, i: int, claim: str) -> bool:
    """Is the claim a friendship with someone named ("marcus and I go way back") whom no
    line of the prospect's names, nor a request of the rep's to be put through?"""
    friend = named_friend(claim)
    if friend is None:
        return False
    said = re.compile(rf"\b{re.escape(friend)}\b")
    return not any(
        said.search(turn.read.lower())
        for j, turn in enumerate(call.turns)
        if not turn.is_rep or (j <= i and "routing" in call.sig[j])
    )


def _order_rules(call: _Call, flag) -> None:
    """Rules where what came before decides: price before a price question."""
    price_asked = False
    for i, turn in enumerate(call.turns):
        if not turn.is_rep:
            price_asked = price_asked or call.asked[i][2] is not None
        elif "pricing" in call.sig[i] and not price_asked and "price_answer" not in call.sig[i]:
            # a price named as the answer to their question ("you asked what it costs")
            # answers a price question the prospect asked in words the rules missed
            flag("unprompted-pricing", i, call.sig[i]["pricing"])


def asks_about_them(signals: Mapping[str, str]) -> bool:
    """A question about the prospect's situation: their business, process, goals, or who
    does what there ("who looks after the hoods, same crew as your first site?")."""
    return "discovery_question" in signals or ("right_person" in signals and "question" in signals)


def _live_rules(call: _Call, flag, thresholds: Mapping[str, int], final: bool) -> None:
    limit = thresholds["monologue_words"]
    first_discovery = next((i for i in call.rep if asks_about_them(call.sig[i])), None)
    for i in call.rep:
        words = word_count(call.turns[i].text)  # as typed
        if words > limit:
            flag(
                "monologue",
                i,
                f"{words} words",
                _MESSAGES["monologue"].format(words=words, limit=limit),
            )
    # Commitment ask in a turn that comes before any discovery question (turn order; a
    # question in the same turn counts as asked first).
    for i in call.rep:
        if first_discovery is not None and i >= first_discovery:
            break
        if "commitment_ask" in call.sig[i]:
            flag("premature-close", i, call.sig[i]["commitment_ask"])
            break
    for i, turn in enumerate(call.turns):
        if turn.is_rep:
            continue
        who, what, price = call.asked[i]
        reply = next((j for j in call.rep if j > i), None)
        if reply is None or not (who or what):
            continue
        # The reply's signals were read against the line just before it; when another
        # prospect line came in between, read it again against the question.
        sig = (
            call.sig[reply]
            if reply == i + 1
            else line_signals(call.text[reply], who, what, price, scored_only=True)
        )
        if who and "introduction" not in sig:
            flag("ignored-question", reply, who, _MESSAGES["ignored-question-who"])
        # "sure, what do you need?" once a reason was given asks for the details
        follow_up = (
            what is not None
            and asks_follow_up(what)
            and any("reason" in call.sig[j] for j in call.rep if j < i)
        )
        if what and "reason" not in sig and not follow_up:
            flag("ignored-question", reply, what, _MESSAGES["ignored-question-what"])
    if not final or len(call.rep) < thresholds["min_rep_turns"]:
        return
    last = call.rep[-1]
    if first_discovery is None:
        flag("no-discovery", last)
    if not any("next_step" in call.sig[i] for i in call.rep):
        flag("no-next-step", last)


def _voicemail_rules(call: _Call, flag, thresholds: Mapping[str, int]) -> None:
    assert call.message is not None
    text = call.message_text()
    if phone_number(text) is None:
        flag("voicemail-no-number", call.message)
    limit = thresholds["voicemail_words"]
    words = word_count(text)
    if words > limit:
        flag(
            "voicemail-too-long",
            call.message,
            f"{words} words",
            _MESSAGES["voicemail-too-long"].format(words=words, limit=limit),
        )


def _mistakes(found, config: ScoringConfig, voicemail: bool, final: bool) -> list[Mistake]:
    out = []
    seen: set[tuple[str, int]] = set()
    for code, index, evidence, message in found:
        if (
            code in config.disabled
            or (voicemail and code in LIVE_ONLY_CODES)
            or (not final and code in WHOLE_CALL_CODES)
        ):
            continue
        if (code, index) in seen:
            continue
        seen.add((code, index))
        info = CATALOG[code]
        out.append(
            Mistake(
                code=code,
                turn=index + 1,
                evidence=evidence,
                message=message,
                tip=config.tips.get(code, info.tip),
                weight=int(config.weights.get(code, info.weight)),
            )
        )
    return out


def _credits(call: _Call, thresholds: Mapping[str, int], reasons: Sequence[str]) -> list[Credit]:
    """The points earned, turn by turn. ``reasons``: the signals that say why the rep calls
    on this call (``reason``, and the scenario's own: an invitation, on a lunch call), the
    same ones whose absence is ``no-reason-for-call``."""
    out: list[Credit] = []

    def credit(code: str, index: int, evidence: str) -> None:
        points, message = CREDITS[code]
        quoted = call.turns[index].quote(evidence)
        out.append(
            Credit(code=code, turn=index + 1, evidence=quoted, message=message, points=points)
        )

    intro_turns = list(call.message_turns) if call.message is not None else list(call.rep[:2])
    for code, signal, turns in (
        ("introduced-self", "introduction", intro_turns),
        ("stated-reason", "reason", call.rep),
        (
            "asked-about-prospect",
            "discovery_question",
            [] if call.message is not None else call.rep,
        ),
        ("proposed-next-step", "next_step", call.rep),
    ):
        if signal == "discovery_question":
            hit = next((i for i in turns if asks_about_them(call.sig[i])), None)
            if hit is not None and signal not in call.sig[hit]:
                signal = "right_person"  # "who looks after your hoods?" asks about them too
        elif signal == "reason":
            # (the first turn that says why, by any of the call's reasons)
            hit, signal = next(
                ((i, r) for i in turns for r in reasons if r in call.sig[i]), (None, signal)
            )
        else:
            hit = next((i for i in turns if signal in call.sig[i]), None)
        if hit is not None:
            credit(code, hit, call.sig[hit][signal])
    if call.message is not None:
        # (credited at the line that says the number)
        said, number = next(
            ((i, n) for i in call.message_turns if (n := phone_number(call.turns[i].text))),
            (call.message, None),
        )
        if number and word_count(call.message_text()) <= thresholds["voicemail_words"]:
            credit("concise-voicemail", said, number)
    return sorted(out, key=lambda c: c.turn)


# --------------------------------------------------------------------------- scenario codes


def _custom(call: _Call, config: ScoringConfig) -> list[Mistake]:
    out = []
    for custom in config.custom:
        if custom.code in config.disabled:
            continue
        shown: set[str] = set()
        for i in call.rep:
            shown.update(call.sig[i])
            if shown.intersection(custom.unless):
                continue  # e.g. asking to be put through once you have said who and why
            evidence = _custom_evidence(custom, call.text[i], call.sig[i])
            if evidence is not None:
                out.append(
                    Mistake(
                        code=custom.code,
                        turn=i + 1,
                        evidence=call.turns[i].quote(evidence),
                        message=custom.message,
                        tip=config.tips.get(custom.code, custom.tip),
                        weight=int(config.weights.get(custom.code, custom.weight)),
                    )
                )
    return out


def _custom_evidence(custom: CustomCode, text: str, sig: Mapping[str, str]) -> str | None:
    for phrase in custom.phrases:
        hit = phrase_match(phrase, text)
        if hit is not None:
            return hit
    if custom.signals and all(name in sig for name in custom.signals):
        return "; ".join(sig[name] for name in custom.signals)
    for name in custom.any_signals:
        if name in sig:
            return sig[name]
    return None
