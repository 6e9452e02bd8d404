"""How fast ``roleplay score`` is.

    python benchmarks/speed.py [CORPUS.yaml] [--count 10000] [--runs 15]

1. Batch: parse and score ``--count`` realistic transcripts in this one process, through the
   same function ``roleplay score`` uses per file: first all distinct (the corpus calls,
   every turn tagged with a call reference, so no cached analysis is reused), then
   the corpus repeated as is.
2. Cold start: the median wall time of ``roleplay score one.txt`` in a fresh interpreter
   against a bare ``python -c pass``, and their ratio (target: at most 5x), with the
   compiled-regex cache every run after a user's first has, and without it. Run it with
   the Python of a plain ``pip install .``: an editable install's import hook slows the
   bare interpreter too (about 50 ms instead of 17 here), which flatters the ratio.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from accuracy import DEFAULT_CORPUS, load_corpus  # noqa: E402

from roleplay.commands.score import score_text  # noqa: E402


def distinct(texts: list[str], count: int) -> list[str]:
    """``count`` transcripts that are all different, so no per-line cache can help.

    Each is a corpus call with a call reference added to every turn: two more words,
    well inside the corpus's margins around the 80-word limits, and new text for
    every line.
    """
    out = []
    for i in range(count):
        lines = texts[i % len(texts)].splitlines()
        out.append("\n".join(f"{line} (ref {i})" if ":" in line else line for line in lines))
    return out


def batch(texts: list[str]) -> float:
    start = time.perf_counter()
    for i, text in enumerate(texts):
        score_text(text, f"call-{i}.txt")
    return time.perf_counter() - start


def wall(argv: list[str], runs: int, env: dict[str, str] | None = None) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(
            argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, env=env
        )
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def roleplay_command() -> list[str]:
    script = Path(sys.executable).with_name("roleplay")
    if script.exists():
        return [str(script)]
    found = shutil.which("roleplay")
    return [found] if found else [sys.executable, "-m", "roleplay"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument(
        "--count", type=int, default=10_000, help="transcripts to score in one process"
    )
    parser.add_argument(
        "--runs", type=int, default=15, help="runs per cold-start measurement (median)"
    )
    args = parser.parse_args(argv)

    texts = [case["transcript"] for case in load_corpus(args.corpus)]
    unique = distinct(texts, args.count)
    seconds = batch(unique)
    print(
        f"batch: {args.count} distinct transcripts scored in {seconds:.2f} s "
        f"({seconds / args.count * 1e3:.3f} ms each, one process; target <= 10 s)"
    )
    repeated = [texts[i % len(texts)] for i in range(args.count)]
    seconds = batch(repeated)
    print(
        f"batch, the {len(texts)} corpus calls repeated: {seconds:.2f} s "
        "(lines already analysed are cached)"
    )

    with tempfile.TemporaryDirectory() as tmp:
        one = os.path.join(tmp, "one.txt")
        Path(one).write_text(texts[0], encoding="utf-8")
        command = [*roleplay_command(), "score", one]
        # Every run but a user's first finds the compiled regexes in the cache (README,
        # "Where things go"): measure that, in a cache of our own, and the first run too.
        env = dict(os.environ, ROLEPLAY_CACHE=os.path.join(tmp, "regexes"))
        wall(command, 1, env)  # the first run fills the regex cache
        bare = wall([sys.executable, "-c", "pass"], args.runs, env)
        cold = wall(command, args.runs, env)
        first = wall(command, args.runs, dict(os.environ, ROLEPLAY_CACHE=""))
        print(
            f"cold start: roleplay score one.txt {cold * 1e3:.1f} ms, python -c pass {bare * 1e3:.1f} ms (median of {args.runs})"
        )
        print(f"ratio: {cold / bare:.2f}x (target <= 5x)")
        print(f"without the regex cache (a first run): {first * 1e3:.1f} ms, {first / bare:.2f}x")
        if os.environ.get("PYTHONDONTWRITEBYTECODE"):
            # This environment never caches bytecode, so every run recompiles the sources.
            # Installed users do have .pyc files: measure that too, caching outside the tree.
            cached = {k: v for k, v in env.items() if k != "PYTHONDONTWRITEBYTECODE"}
            cached["PYTHONPYCACHEPREFIX"] = os.path.join(tmp, "pycache")
            wall(command, 1, cached)  # warm the cache
            warm = wall(command, args.runs, cached)
            bare_warm = wall([sys.executable, "-c", "pass"], args.runs, cached)
            print(
                f"with a bytecode cache: {warm * 1e3:.1f} ms vs {bare_warm * 1e3:.1f} ms, ratio {warm / bare_warm:.2f}x"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
