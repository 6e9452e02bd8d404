"""Dump everything the language rules and the scorer say about a fixed set of calls and lines.

    python benchmarks/equivalence.py [--out FILE]      # write the dump (default: stdout)
    python benchmarks/equivalence.py --check FILE      # compare with a saved dump

For refactoring the rules without changing what they do: save a dump before, change the
code, and ``--check`` the saved dump after. ``--check`` prints the first differences and
exits 1 when there are any, 0 when the dump is byte-identical.

What it reads:

* every labelled corpus: ``shared/eval/dev.yaml`` and ``benchmarks/corpus/*.yaml``;
* the same corpora rewritten by ``shared/eval/casual.py --style typed`` and
  ``--style lower_noq`` (rep lines typed in a hurry);
* synthetic lines and calls generated here from a fixed seed (varied sales-call sentences,
  typed and lower-case forms, typos, curly quotes, edge cases), and the shipped
  scenarios' example phrases and prospect replies.

What it dumps, one JSON record per line, in a fixed order:

* for every transcript: the scorecard (score, voicemail, every mistake and credit with
  evidence, message, tip, weight / points) with the default settings and with each
  shipped scenario's settings, both ``final=True`` and ``final=False``;
* for every turn: the rep line's signals (with evidence) against the prospect line before
  it, or what a prospect line asks (who / purpose / price), the time it proposes and
  whether it is a voicemail greeting; and for every line the per-line helpers (sentences,
  questions, word count, name, phone number, price, claim support, negation);
* for every rep line and every shipped scenario: the intents it matches (all candidates),
  and custom-code phrase matches.

Nothing here is a measurement of quality: a change in the dump is a change in behaviour.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from accuracy import DEFAULT_CORPUS, load_corpus  # noqa: E402

from roleplay.language.fuzzy import is_negated, phrase_match  # noqa: E402
from roleplay.language.honesty import claim_support, specific_history  # noqa: E402
from roleplay.language.intents import IntentMatcher, overlapping_examples  # noqa: E402
from roleplay.language.names import asks_who, rep_name  # noqa: E402
from roleplay.language.pricing import asks_price, pricing  # noqa: E402
from roleplay.language.purpose import asks_purpose  # noqa: E402
from roleplay.language.signals import MAX_ANALYSED_CHARS, SIGNALS, line_signals, signals  # noqa: E402
from roleplay.language.text import is_question, normalise, sentences, word_count  # noqa: E402
from roleplay.language.times import proposed_time  # noqa: E402
from roleplay.language.voicemail import phone_number, voicemail_greeting  # noqa: E402
from roleplay.library import load_scenario  # noqa: E402
from roleplay.scenario_files import builtin_dir  # noqa: E402
from roleplay.scoring.rules import DEFAULT_CONFIG, score  # noqa: E402
from roleplay.transcript import parse  # noqa: E402

HERE = Path(__file__).resolve().parent
CASUAL = DEFAULT_CORPUS.parent / "casual.py"
STYLES = ("typed", "lower_noq")
SEED = 20240611

#: Phrases every rep line is fuzzy-matched against (besides the scenarios' custom codes):
#: short and long ones (window sizes wrap past 7 words), negated and not.
PHRASES = (
    "we guarantee results",
    "not interested",
    "i'm not interested",
    "interested",
    "just put me through",
    "sorry to bother you",
    "i'm not trying to sell you anything",
    "can you just transfer me to the person in charge",
    "we would never share your data without asking first",
    "what does it cost",
    "no",
    "don't worry about the price we can work something out",
    "can you put me through to him please",
    "i was told by your office manager that you would be expecting my call today",
    "i was told by your office manager that you would be expecting my call this morning",
)


# --------------------------------------------------------------------------- inputs


def corpora(tmp: Path) -> list[tuple[str, list[dict]]]:
    """(name, cases) for every corpus and its casual rewrites, in a fixed order."""
    paths = [DEFAULT_CORPUS.resolve()] if DEFAULT_CORPUS.exists() else []
    paths += sorted((HERE / "corpus").glob("*.yaml"))
    out = []
    for path in paths:
        out.append((path.name, load_corpus(path)))
    for style in STYLES:
        for path in paths:
            if not CASUAL.exists():
                break
            dest = tmp / f"{style}-{path.name}"
            subprocess.run(
                [sys.executable, str(CASUAL), str(path), str(dest), "--style", style],
                check=True,
                stdout=subprocess.DEVNULL,
            )
            out.append((f"{path.name}@{style}", load_corpus(dest)))
    return out


def scenarios() -> list:
    return [load_scenario(str(path)) for path in sorted(builtin_dir().glob("*.yaml"))]


_REP_SENTENCES = (
    # introductions and reasons
    "Hi, this is Dana Ruiz with Acme Logistics.",
    "Hey, Marcus Bell from Tidewater Freight here.",
    "Good morning, my name's Priya and I'm with Greenbelt Ag.",
    "It's Tom O'Neill at Northwind, we spoke last spring.",
    "This is Dr. Alana McKenzie-Smith calling from Brightside Dental.",
    "Sam here from Frostline.",
    "I'm calling because a lot of shops your size lose money on quotes.",
    "The reason for my call is your new warehouse in Joliet.",
    "I'm reaching out about your fleet's fuel costs.",
    "I wanted to talk to you about how you schedule your crews.",
    "Quick reason for the call: we help clinics fill last-minute cancellations.",
    # questions
    "How are you doing today?",
    "How's your week going?",
    "Is now a good time?",
    "Got a minute?",
    "Is Dr. Patel available?",
    "Could I speak with whoever handles maintenance?",
    "Where is she these days, is she in the office?",
    "How do you quote jobs today?",
    "What happens when a compressor fails over the weekend?",
    "Who decides on new software over there?",
    "Can I ask how many trucks you run?",
    "I'm curious how you handle after-hours calls.",
    "I'd love to understand how your team tracks spoilage.",
    "What does your process look like when a load is late",
    "do you handle the scheduling yourself",
    # commitment asks and next steps
    "Could we talk Thursday at 10 your time?",
    "Can I grab 15 minutes with you next Tuesday at 2pm?",
    "Would you be open to a quick demo?",
    "How about a call on Monday at 9?",
    "Let's set up a meeting for Friday afternoon.",
    "I'll send you the one-page case study from Rockford tonight.",
    "I'll email you the pricing sheet and call you Wednesday at 3.",
    "Could you introduce me to Tom Brandt?",
    "Perfect, I'll call you then.",
    "Great, Tuesday at 10 it is.",
    "Does 4:30 on the 12th work?",
    "Can I buy you lunch sometime?",
    "Would you like to sign up for the trial today?",
    # pricing and features
    "It's $30 a month per user.",
    "The starter plan is twelve hundred dollars a year.",
    "We can do 20% off if you sign this quarter.",
    "There's a 30-day free trial, no card needed.",
    "It runs about a couple hundred bucks a site.",
    "We have automatic pricing, CAD import, nesting optimization and a mobile app.",
    "It has GPS tracking, temperature alerts, driver logs, and a customer portal.",
    "The sensor has a 10-year battery, 4G LTE, Bluetooth 5.0 and IP67 rating.",
    "We have clinics, dental offices, and a mobile vet as customers.",
    "First, it tracks every job. Second, it flags overruns. Third, it prints invoices.",
    # benefits and acknowledgements
    "So your crew hears about a failure hours earlier.",
    "It means you stop losing loads overnight.",
    "You'd save about ten hours a week on quotes.",
    "Which cuts your spoilage claims in half.",
    "Fair enough.",
    "You're right, it is a sales call.",
    "Thanks, that's helpful.",
    "Ok.",
    "Yes, absolutely.",
    # disclaimers, apologies, claims
    "I'm not trying to sell you anything.",
    "This isn't a sales call, I promise.",
    "I'm not a telemarketer.",
    "Sorry to bother you so late.",
    "I apologize for calling out of the blue.",
    "Sorry, you cut out there.",
    "Sorry to hear that.",
    "Forgive the intrusion, I know you're busy.",
    "She's expecting my call.",
    "I'm returning his call from last week.",
    "I'm a friend of hers.",
    "We met at the Chicago expo in March.",
    "We've never met, but I know your work.",
    "I'm following up on the request you submitted online.",
    "Your colleague Jen suggested I reach out.",
    # voicemail and phone numbers
    "You can reach me at 312-555-0157.",
    "My number is (312) 555 0157, again (312) 555 0157.",
    "Call me back at three one two, five five five, zero one five seven.",
    "Reach me on +44 20 7946 0958.",
    "My cell is 773.555.0104 ext. 12.",
    # goodbyes and filler
    "Thanks, bye.",
    "Have a great weekend!",
    "Talk soon.",
    "Take care.",
    "Um, so, yeah.",
    "Hello?",
)

_PROSPECT_SENTENCES = (
    "Who's calling?",
    "Who is this?",
    "And you are?",
    "What's this about?",
    "What is this regarding?",
    "How can I help you?",
    "What does it cost?",
    "How much is it?",
    "What's the price per truck?",
    "Is there a monthly fee?",
    "Call me Thursday at 3.",
    "I'm free Monday morning.",
    "How about next Wednesday at 10?",
    "Not now, I'm busy.",
    "We're not interested.",
    "I don't have time for this.",
    "Sure, go ahead.",
    "Yeah, I've got a minute.",
    "Hi, you've reached Dale Ostrowski. Leave your name and number and I'll call you back.",
    "Please leave a message after the tone.",
    "Leave your name and number.",
    "The person you are calling is not available.",
    "She's in a meeting, can I take a message?",
    "He's not in today.",
    "Yes, she mentioned you'd call.",
    "I've never heard of you.",
    "We did meet, at the expo.",
    "No, she isn't expecting anyone.",
    "Hollister Farms, Dale speaking.",
    "Good morning, Harrow and Lyle, this is Joyce.",
    "Mm... hello? Do you know what time it is?",
    "We use spreadsheets mostly.",
    "About eleven hundred acres.",
)

_CLAIMS = (
    "she's expecting my call",
    "I'm returning his call",
    "we met at the expo in Chicago last March",
    "a friend of hers",
    "we spoke last week",
)


def _typo(word: str, rng: random.Random) -> str:
    if len(word) < 4 or not word.isalpha():
        return word
    i = rng.randrange(0, len(word) - 1)
    kind = rng.randrange(3)
    if kind == 0:  # swap
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if kind == 1:  # drop
        return word[:i] + word[i + 1 :]
    return word[:i] + word[i] + word[i:]  # double


def casual_forms(text: str, rng: random.Random) -> list[str]:
    """The line as typed in a hurry: lower case, no question marks, no apostrophes, typos."""
    lower = text.lower()
    noq = lower.replace("?", "")
    bare = noq.replace("'", "").replace(".", "").replace(",", "")
    typed = " ".join(_typo(w, rng) if rng.random() < 0.3 else w for w in noq.split())
    curly = text.replace("'", "\u2019").replace(" - ", " \u2014 ").replace('"', "\u201c")
    return [lower, noq, bare, typed, curly]


def synthetic_lines(rng: random.Random) -> tuple[list[str], list[str]]:
    """(rep lines, prospect lines): single sentences, their casual forms, and mixes."""
    rep: list[str] = []
    for sentence in _REP_SENTENCES:
        rep.append(sentence)
        rep.extend(casual_forms(sentence, rng))
    for _ in range(300):
        picked = rng.sample(_REP_SENTENCES, rng.randrange(2, 5))
        line = " ".join(picked)
        rep.append(line if rng.random() < 0.6 else rng.choice(casual_forms(line, rng)))
    prospect: list[str] = []
    for sentence in _PROSPECT_SENTENCES:
        prospect.append(sentence)
        prospect.extend(casual_forms(sentence, rng)[:2])
    for _ in range(60):
        prospect.append(" ".join(rng.sample(_PROSPECT_SENTENCES, 2)))
    # Typo'd apologies and disclaimers: the fuzzy fallback's territory.
    for phrase in (
        "sory to bothr you",
        "soory to interupt",
        "apologise for callin",
        "forgve the intrusion",
        "im not tryng to sel you anything",
        "i'm not trying to sel you anythin at all",
        "im not tring to sell u anything",
        "this isnt a sales cal",
        "this is nto a sales call",
        "not a sales pich",
        "im not a telemarkter",
        "sorry for the interuption",
        "sorry for caling so late",
    ):
        rep.append(phrase)
        rep.append(f"Hi, {phrase}, this is Dana from Acme.")
    # Edge cases.
    long_line = " ".join(rng.choice(_REP_SENTENCES) for _ in range(30))
    rep += [
        "",
        "   ",
        "?",
        "...",
        "Dr. Smith? Mr. O'Brien! Ms. Lee.",
        "We met e.g. at the expo, i.e. in Vegas, at 6 a.m. vs. noon.",
        "\u0130stanbul office, this is Ay\u015fe from K\u00f6ln GmbH \u2014 calling about your fleet.",
        "I\u2019m not selling anything \u2013 it\u2019s a quick \u201cresearch\u201d call.",
        long_line,
        long_line * 40,  # past MAX_ANALYSED_CHARS
        "one two three four five six seven eight nine ten " * 10,
    ]
    return rep, prospect


def synthetic_calls(rep: list[str], prospect: list[str], rng: random.Random) -> list[dict]:
    """Calls of 3-9 turns from the synthetic lines, some opening on a voicemail greeting."""
    greetings = [p for p in prospect if "leave" in p.lower() or "message" in p.lower()]
    cases = []
    for n in range(250):
        turns = []
        speaker_rep = rng.random() < 0.3
        if rng.random() < 0.15 and greetings:
            turns.append(f"Prospect: {rng.choice(greetings)}")
            speaker_rep = True
        for _ in range(rng.randrange(3, 10)):
            if speaker_rep:
                turns.append(f"Rep: {rng.choice(rep).strip() or 'Hi.'}")
            else:
                turns.append(f"Prospect: {rng.choice(prospect).strip() or 'Hello?'}")
            speaker_rep = not speaker_rep if rng.random() < 0.85 else speaker_rep
        cases.append({"id": f"synthetic-{n:03d}", "transcript": "\n".join(turns) + "\n"})
    return cases


# --------------------------------------------------------------------------- the dump


def _card(card) -> dict:
    return {
        "score": card.score,
        "voicemail": card.voicemail,
        "mistakes": [m.to_dict() for m in card.mistakes],
        "credits": [c.to_dict() for c in card.credits],
    }


def _line_helpers(text: str) -> dict:
    sents = sentences(text)
    return {
        "normalise": normalise(text),
        "sentences": sents,
        "questions": [is_question(s) for s in sents],
        "word_count": word_count(text),
        "rep_name": rep_name(text),
        "phone_number": phone_number(text),
        "pricing": pricing(text),
        "claim_support": claim_support([text]),
        "negated": is_negated(text),
        "signals": signals(text),
    }


def _prospect_asks(text: str) -> dict:
    return {
        "asks_who": asks_who(text),
        "asks_purpose": asks_purpose(text),
        "asks_purpose_opening": asks_purpose(text, opening=True),
        "asks_purpose_later": asks_purpose(text, opening=False),
        "asks_price": asks_price(text),
        "proposed_time": proposed_time(text),
        "voicemail_greeting": voicemail_greeting(text),
    }


def _rep_extras(text: str, scens: list, matchers: list, sig: dict, mistakes: dict) -> dict:
    out: dict = {}
    claim = sig.get("misleading_claim")
    out["specific_history"] = [
        specific_history(text, c) for c in ((claim,) if claim else ()) + _CLAIMS
    ]
    out["intents"] = {
        s.id: [[m.intent, m.strength, m.evidence, m.by] for m in matcher.match(text, sig, mistakes)]
        for s, matcher in zip(scens, matchers, strict=True)
    }
    phrases = list(PHRASES)
    for s in scens:
        for custom in s.scoring.custom:
            phrases.extend(custom.phrases)
    out["phrases"] = [phrase_match(p, text) for p in phrases]
    out["phrases_loose"] = [phrase_match(p, text, 70.0) for p in phrases]
    return out


def records(tmp: Path, counts: Counter) -> Iterator[dict]:
    scens = scenarios()
    matchers = [IntentMatcher(s.intents) for s in scens]
    configs = [("default", DEFAULT_CONFIG)] + [(s.id, s.scoring) for s in scens]
    rng = random.Random(SEED)
    rep_lines, prospect_lines = synthetic_lines(rng)
    sources = corpora(tmp) + [("synthetic", synthetic_calls(rep_lines, prospect_lines, rng))]

    yield {
        "kind": "inputs",
        "corpora": [[name, len(cases)] for name, cases in sources],
        "scenarios": [s.id for s in scens],
    }
    for name, cases in sources:
        for case in cases:
            case_id = str(case["id"])
            text = case["transcript"]
            turns = parse(text, f"{case_id}.txt").turns
            counts["transcripts"] += 1
            cards = {}
            for cname, config in configs:
                for final in (True, False):
                    cards[f"{cname}/{'final' if final else 'live'}"] = _card(
                        score(turns, config, final=final)
                    )
                    counts["scorecards"] += 1
            yield {"kind": "call", "corpus": name, "case": case_id, "cards": cards}
            live = cards["default/live"]["mistakes"]
            previous = None
            for index, turn in enumerate(turns):
                counts["turns"] += 1
                record: dict = {"kind": "turn", "corpus": name, "case": case_id, "turn": index + 1}
                record["speaker"] = turn.speaker
                record["text"] = turn.text
                record["line"] = _line_helpers(turn.text)
                if turn.is_rep:
                    counts["rep turns"] += 1
                    prev_text = (
                        previous.text if previous is not None and not previous.is_rep else None
                    )
                    sig = signals(turn.text, previous=prev_text)
                    record["signals_after_previous"] = sig
                    if prev_text is not None:
                        record["line_signals"] = line_signals(
                            turn.text,
                            asks_who(prev_text),
                            asks_purpose(prev_text),
                            asks_price(prev_text),
                            prev_time=proposed_time(prev_text),
                        )
                    mistakes = {m["code"]: m["evidence"] for m in live if m["turn"] == index + 1}
                    record.update(_rep_extras(turn.text, scens, matchers, sig, mistakes))
                else:
                    counts["prospect turns"] += 1
                    record["asks"] = _prospect_asks(turn.text[:MAX_ANALYSED_CHARS])
                yield record
                previous = turn

    # Lines on their own (no call around them), with and without a prospect line before.
    for n, text in enumerate(rep_lines):
        counts["synthetic rep lines"] += 1
        record = {"kind": "rep-line", "n": n, "text": text, "line": _line_helpers(text)}
        sig = record["line"]["signals"]
        record.update(_rep_extras(text, scens, matchers, sig, {}))
        record["after"] = {p: signals(text, previous=p) for p in _PROSPECT_SENTENCES[:12]}
        yield record
    for n, text in enumerate(prospect_lines):
        counts["synthetic prospect lines"] += 1
        yield {
            "kind": "prospect-line",
            "n": n,
            "text": text,
            "line": _line_helpers(text),
            "asks": _prospect_asks(text),
        }
    for s in scens:
        lines = [e for intent in s.intents.values() for e in intent.examples]
        replies = [r for options in s.replies.values() for r in options]
        counts["scenario examples"] += len(lines)
        counts["scenario replies"] += len(replies)
        yield {
            "kind": "scenario",
            "scenario": s.id,
            "overlaps": overlapping_examples(s.intents),
            "examples": [
                {
                    "text": e,
                    "line": _line_helpers(e),
                    **_rep_extras(e, scens, matchers, signals(e), {}),
                }
                for e in lines
            ],
            "replies": [
                {"text": r, "line": _line_helpers(r), "asks": _prospect_asks(r)} for r in replies
            ],
        }
    yield {"kind": "signal-table", "signals": SIGNALS}


def dump() -> tuple[list[str], Counter]:
    counts: Counter = Counter()
    with tempfile.TemporaryDirectory() as tmp:
        lines = [
            json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n"
            for r in records(Path(tmp), counts)
        ]
    return lines, counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, help="write the dump here (default: stdout)")
    parser.add_argument("--check", type=Path, help="compare with this saved dump")
    parser.add_argument(
        "--show", type=int, default=10, help="differences to print with --check (default 10)"
    )
    args = parser.parse_args(argv)

    lines, counts = dump()
    digest = hashlib.sha256("".join(lines).encode()).hexdigest()
    summary = ", ".join(f"{n} {what}" for what, n in counts.items())
    print(f"{len(lines)} records ({summary}); sha256 {digest}", file=sys.stderr)
    if args.check is None:
        if args.out:
            args.out.write_text("".join(lines), encoding="utf-8")
        else:
            sys.stdout.writelines(lines)
        return 0

    saved = args.check.read_text(encoding="utf-8").splitlines(keepends=True)
    differ = [i for i in range(max(len(saved), len(lines))) if _at(saved, i) != _at(lines, i)]
    if not differ:
        print(f"identical: {len(lines)} records match {args.check}")
        return 0
    print(f"DIFFERENT: {len(differ)} of {max(len(saved), len(lines))} records differ")
    for i in differ[: args.show]:
        print(f"--- record {i + 1}")
        _explain(_at(saved, i), _at(lines, i))
    return 1


def _at(lines: list[str], i: int) -> str:
    return lines[i] if i < len(lines) else ""


def _explain(before: str, after: str) -> None:
    """Print the paths inside two JSON records whose values differ."""
    if not before or not after:
        print(f"  before: {before[:300]!r}\n  after:  {after[:300]!r}")
        return
    shown = 0
    for path, a, b in _diff(json.loads(before), json.loads(after), ()):
        where = "/".join(str(p) for p in path)
        print(f"  {where}:\n    before: {a!r:.300}\n    after:  {b!r:.300}")
        shown += 1
        if shown == 5:
            break


def _diff(a, b, path: tuple) -> Iterator[tuple]:
    if type(a) is not type(b):
        yield path, a, b
    elif isinstance(a, dict):
        if list(a) != list(b):
            yield (*path, "<keys>"), list(a), list(b)
        for key in a:
            if key in b:
                yield from _diff(a[key], b[key], (*path, key))
    elif isinstance(a, list):
        if len(a) != len(b):
            yield (*path, "<len>"), len(a), len(b)
        for i, (x, y) in enumerate(zip(a, b, strict=False)):
            yield from _diff(x, y, (*path, i))
    elif a != b:
        yield path, a, b


if __name__ == "__main__":
    sys.exit(main())
