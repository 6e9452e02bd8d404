"""How fast the authoring commands are on big scenarios.

    python benchmarks/authoring_speed.py [--timeout 60] [--only NAME ...] [--command CMD]

Writes generated scenarios to a temporary folder and times ``roleplay validate``,
``test``, ``coverage --runs 50`` and ``graph`` on each, in a fresh process, as a trainer
would run them. A command still running after ``--timeout`` seconds is stopped and
shown as ``>T``. Each row also shows the exit status, so a scenario over the size
limits shows up as a quick exit 1 (validate) or 2 (the others).

The scenarios:

* ``examples-N``: 6 states listening for 20 intents that share N example phrases
  between them, made of a common stock of words so that some pairs are near-duplicates,
  as in a real scenario grown by copy and paste;
* ``chain-N``: N states in a line (plus two endings), each moving on to the next on
  one intent, with an ``else`` edge back to itself and a watch rule: the worst case
  for reachability.

``examples-3000`` and ``chain-198`` are as big as the limits of ``format.LIMITS``
allow; the others are over them (and measure how quickly that is said): chain-2500
is just under the limit on file size, chain-10000 over it. To time
another build, e.g. an older checkout: ``--command "env PYTHONPATH=OLD/src python -m
roleplay"``.
"""

from __future__ import annotations

import argparse
import random
import shlex
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from speed import roleplay_command  # noqa: E402

WORDS = (
    "we need to talk about the price of your plan and the time it takes to set up "
    "our team already uses a tool for this so send me an email next week maybe "
    "how much does it cost per user what about support and training for the staff "
    "i am busy right now call me back later tomorrow morning on thursday afternoon"
).split()


def examples_scenario(total: int, intents: int = 20, seed: int = 0) -> str:
    rng = random.Random(seed)
    per = max(1, total // intents)
    first = ""
    out = [
        "title: Many examples",
        "persona: {name: Ann Lee}",
        "start: s0",
        "intents:",
    ]
    for i in range(intents):
        out.append(f"  i{i}:")
        out.append("    examples:")
        for _ in range(per):
            words = " ".join(rng.sample(WORDS, rng.randint(4, 9)))
            first = first or words
            out.append(f'      - "{words}"')
    out.append("states:")
    for s in range(6):
        out.append(f"  s{s}:")
        out.append("    on:")
        for i in range(intents):
            dest = f"s{(s + 1) % 6}" if i % 2 else "won"
            out.append(f"      - {{intent: i{i}, to: {dest}, reply: r}}")
    out += [
        "  won: {outcome: success}",
        "replies:",
        '  r: ["Go on.", "Right."]',
        "tests:",
        "  - name: one line",
        f'    steps: [{{say: "{first}", state: won}}]',
    ]
    return "\n".join(out) + "\n"


def chain_scenario(n: int) -> str:
    out = [
        "title: A long chain",
        "persona: {name: Ann Lee}",
        "moods: {patience: {start: 3}}",
        "start: s0",
        "intents:",
        '  next: {examples: ["tell me more", "go on then"]}',
        "states:",
    ]
    for s in range(n):
        dest = f"s{s + 1}" if s + 1 < n else "won"
        out.append(f"  s{s}:")
        out.append(f"    on: [{{intent: next, to: {dest}, effects: {{patience: -1}}}}]")
        out.append("    else: {reply: huh}")
    out += [
        "  won: {outcome: success}",
        "  gone: {outcome: failure}",
        "watch:",
        "  - {if: patience <= 0, to: gone}",
        "replies:",
        '  huh: ["Sorry?"]',
        "tests:",
        "  - name: two steps",
        '    steps: [{say: "tell me more", state: s1}]',
    ]
    return "\n".join(out) + "\n"


SCENARIOS = {
    "examples-3000": lambda: examples_scenario(3_000),
    "examples-20000": lambda: examples_scenario(20_000),
    "chain-198": lambda: chain_scenario(198),
    "chain-1000": lambda: chain_scenario(1_000),
    "chain-2500": lambda: chain_scenario(2_500),
    "chain-10000": lambda: chain_scenario(10_000),
}

COMMANDS = {
    "validate": ["validate"],
    "test": ["test"],
    "coverage": ["coverage", "--runs", "50"],
    "graph": ["graph"],
}


def timed(argv: list[str], timeout: float) -> tuple[str, str]:
    start = time.perf_counter()
    try:
        done = subprocess.run(
            argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=timeout
        )
    except subprocess.TimeoutExpired:
        return f">{timeout:.0f}", "-"
    return f"{time.perf_counter() - start:.2f}", str(done.returncode)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds per command")
    parser.add_argument("--only", nargs="*", choices=sorted(SCENARIOS), help="scenarios to time")
    parser.add_argument("--command", help="the roleplay command to time (default: this one)")
    args = parser.parse_args(argv)
    roleplay = shlex.split(args.command) if args.command else roleplay_command()
    names = args.only or list(SCENARIOS)
    print(f"{'scenario':<16}" + "".join(f"{c:>16}" for c in COMMANDS))
    print(f"{'':<16}" + "".join(f"{'seconds (exit)':>16}" for _ in COMMANDS))
    with tempfile.TemporaryDirectory() as tmp:
        for name in names:
            path = Path(tmp) / f"{name.replace('-', '_')}.yaml"
            path.write_text(SCENARIOS[name](), encoding="utf-8")
            cells = []
            for cmd in COMMANDS.values():
                seconds, code = timed([*roleplay, *cmd, str(path)], args.timeout)
                cells.append(f"{seconds} ({code})")
            print(f"{name:<16}" + "".join(f"{c:>16}" for c in cells), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
