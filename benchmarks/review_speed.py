"""How fast ``roleplay review`` reads a large folder of saved sessions.

Writes N finished sessions (default 5,000; 12 turns and a scorecard each, ~3 KB, as
``practice`` writes them) to a temporary folder, then times loading and summarising
them, and the totals on top. The target is well under a second per thousand files.

    .venv/bin/python benchmarks/review_speed.py [N] [--keep DIR]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

from roleplay.review import sessions as review
from roleplay.review.rollup import rollup
from roleplay.review.trend import trend
from roleplay.scoring.scorecard import Mistake, Scorecard
from roleplay.transcript import Transcript, Turn, dumps_record

CODES = ("apology", "no-introduction", "feature-dump", "no-next-step", "unprompted-pricing")
TRAINEES = ("dana", "lee", "sam", "ahmed", "kendra")
SCENARIOS = ("cold-call", "gatekeeper", "voicemail", "busy-executive")


def write_sessions(folder: Path, count: int, seed: int = 1) -> int:
    """Write ``count`` sessions; return the bytes written."""
    rng = random.Random(seed)
    total = 0
    for i in range(count):
        day, minute = divmod(i, 24 * 60)
        hour, minute = divmod(minute, 60)
        started = f"2024-{1 + day // 28 % 12:02d}-{1 + day % 28:02d}T{hour:02d}:{minute:02d}:00Z"
        turns = tuple(
            Turn(
                speaker="prospect" if n % 2 == 0 else "rep",
                text=" ".join(
                    rng.choice(("well", "okay", "we", "call", "about", "your", "team"))
                    for _ in range(18)
                ),
                state=f"s{n}",
                at=started,
                moods={"interest": rng.randint(0, 5)},
            )
            for n in range(12)
        )
        mistakes = tuple(
            Mistake(code, 2 * k + 2, "well okay", "What went wrong.", "What to do instead.", 10)
            for k, code in enumerate(rng.sample(CODES, rng.randint(0, 3)))
        )
        t = Transcript(
            turns=turns,
            kind="session",
            scenario=rng.choice(SCENARIOS),
            trainee=rng.choice(TRAINEES),
            started=started,
            ended=started,
            outcome=rng.choice(("meeting-booked", "hung-up", "callback")),
            scorecard=Scorecard(score=rng.randint(20, 100), mistakes=mistakes),
        )
        data = "".join(dumps_record(r) for r in t.records())
        (folder / f"{i:06d}_{t.scenario}_{t.trainee}.jsonl").write_text(data, encoding="utf-8")
        total += len(data)
    return total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", nargs="?", type=int, default=5000)
    parser.add_argument("--keep", metavar="DIR", help="write the sessions to DIR and keep them")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(args.keep or tmp)
        folder.mkdir(parents=True, exist_ok=True)
        size = write_sessions(folder, args.count)
        print(f"{args.count} sessions, {size / 1e6:.1f} MB in {folder}")
        best = float("inf")
        for _ in range(3):
            start = time.perf_counter()
            result = review.load_summaries(folder)
            loaded = time.perf_counter()
            sessions = review.filter_summaries(result.summaries)
            review.totals(sessions)
            trend(sessions)
            rollup(sessions)
            review.scenario_stats(sessions)
            done = time.perf_counter()
            best = min(best, done - start)
            total = done - start
            print(
                f"load {loaded - start:.3f}s + summarise {done - loaded:.3f}s = {total:.3f}s "
                f"({total / args.count * 1000:.3f}s per thousand)"
            )
        assert len(result.summaries) == args.count and not result.warnings
        print(f"best: {best:.3f}s, {best / args.count * 1000:.3f}s per thousand")
    return 0


if __name__ == "__main__":
    sys.exit(main())
