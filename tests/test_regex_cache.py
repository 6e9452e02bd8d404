"""The compiled-regex cache: a later run reuses what an earlier one compiled, gets the very
same patterns, and a missing, damaged or disabled cache only costs time."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from roleplay import regex_cache
from roleplay.language import precompiled

CALL = """\
Prospect: Harbor Dental, this is Rita.
Rep: hi rita its omar said from crestview supply, calling cause offices near you keep running out of gloves. who orders supplies there
Prospect: I do.
Rep: could i drop off samples tuesday at 10
Prospect: Sure.
Rep: great, see you then
"""

# A fresh interpreter scores CALL, then says whether it had to compile a pattern itself
# (one the cache lacked).
SCORE_AND_REPORT = """
import sys
from roleplay.cli import main
from roleplay.language import precompiled
status = main(["score", sys.argv[1]])
print("added" if precompiled.compiled_from_source else "nothing added", file=sys.stderr)
sys.exit(status)
"""


def run(call: Path, cache: str, home: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("ROLEPLAY_CACHE", "XDG_CACHE_HOME")}
    env["ROLEPLAY_CACHE"] = cache
    if home is not None:
        env["HOME"] = str(home)
    return subprocess.run(
        [sys.executable, "-c", SCORE_AND_REPORT, str(call)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


@pytest.fixture
def call(tmp_path: Path) -> Path:
    path = tmp_path / "call.txt"
    path.write_text(CALL, encoding="utf-8")
    return path


def test_a_second_run_compiles_nothing_and_scores_the_same(call: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    first = run(call, str(cache))
    files = list(cache.iterdir())
    assert [f.name.startswith("regexes-") for f in files] == [True]
    second = run(call, str(cache))
    assert (first.returncode, second.returncode) == (0, 0)
    assert first.stderr.strip() == "added"
    assert second.stderr.strip() == "nothing added"
    assert second.stdout == first.stdout
    assert "introduced-self" in second.stdout


def test_without_a_cache_nothing_is_written_and_the_score_is_the_same(
    call: Path, tmp_path: Path
) -> None:
    cached = run(call, str(tmp_path / "cache"))
    home = tmp_path / "home"
    home.mkdir()
    off = run(call, "", home=home)
    assert off.returncode == 0
    assert off.stdout == cached.stdout
    assert off.stderr.strip() == "added"  # compiled, and kept nowhere
    assert list(home.iterdir()) == []
    assert regex_cache.path({"ROLEPLAY_CACHE": "", "HOME": str(home)}) is None


@pytest.mark.parametrize(
    "damage",
    [b"", b"not marshal data at all", b"\xff" * 1000, b"{" * 50_000],
    ids=["empty", "text", "bytes", "deep"],
)
def test_a_damaged_cache_is_replaced_not_trusted(call: Path, tmp_path: Path, damage: bytes) -> None:
    cache = tmp_path / "cache"
    clean = run(call, str(cache))
    (file,) = cache.iterdir()
    file.write_bytes(damage)
    damaged = run(call, str(cache))
    assert damaged.returncode == 0
    assert damaged.stdout == clean.stdout
    assert damaged.stderr.strip() == "added"  # compiled again, and written back whole
    assert run(call, str(cache)).stderr.strip() == "nothing added"


def test_where_the_cache_lives() -> None:
    tag = f"regexes-{precompiled.TAG}-"
    home = regex_cache.path({"HOME": "/home/ana"})
    xdg = regex_cache.path({"HOME": "/home/ana", "XDG_CACHE_HOME": "/var/cache/ana"})
    own = regex_cache.path({"HOME": "/home/ana", "ROLEPLAY_CACHE": "/srv/rp"})
    assert home is not None and xdg is not None and own is not None
    assert str(home.parent) == "/home/ana/.cache/roleplay" and home.name.startswith(tag)
    assert str(xdg.parent) == "/var/cache/ana/roleplay"
    assert str(own.parent) == "/srv/rp"
    assert regex_cache.path({}) is None


@pytest.fixture
def empty_store():
    saved = dict(precompiled._store)
    precompiled.forget()
    yield
    precompiled.forget()
    precompiled._store.update(saved)


PATTERNS = [
    (r"\b(?:hi|hey)\s+(?P<name>[a-z]+)\b", re.ASCII),
    (r"(?i)calling\s+(?:about|because|cause)", 0),
    (r"(?<=\bdr)\.\s+(?P<last>[A-Z][a-z]+)(?!\w)", 0),
    (r"^\W*(?:(?:um|uh)\W+)*(?:is|are)\s+(?!you\b)\w+", re.IGNORECASE),
]


@pytest.mark.usefixtures("empty_store")
@pytest.mark.parametrize(("pattern", "flags"), PATTERNS)
def test_a_stored_pattern_is_the_pattern_re_compiles(pattern: str, flags: int) -> None:
    made = precompiled.compile(pattern, flags)
    stored = precompiled.dump()
    assert stored is not None
    precompiled.forget()
    assert precompiled.load(stored) == 1
    again = precompiled.compile(pattern, flags)
    # re.Pattern equality compares the flags, the source and every opcode.
    assert again == made
    assert again is not made
    assert again.groupindex == made.groupindex and again.groups == made.groups
    assert finds(again) == finds(re.compile(pattern, flags))
    assert precompiled.dump() is None  # taken from the store: nothing new to write


TEXTS = [
    "hi dana, hey Sam Ortiz",
    "calling about the invoice, CALLING because of it",
    "Dr. Patel and dr. Who; Is it you? are they?",
    "um, is Ana there? uh are you free",
    "",
]


def finds(compiled: re.Pattern[str]) -> list[object]:
    """Everything ``compiled`` finds in :data:`TEXTS`: each match's span and groups,
    searching from every position."""
    return [
        (found.span(), found.groups())
        for text in TEXTS
        for start in range(len(text) + 1)
        if (found := compiled.search(text, start)) is not None
    ]


@pytest.mark.usefixtures("empty_store")
def test_a_pattern_opening_with_a_word_boundary_skips_to_its_first_characters() -> None:
    """re gives a pattern that opens with \\b no first characters (its search starts the
    matcher at every position); the store's opcodes have them, and find the same."""
    pattern = r"\b(?:who|what)(?:'s|\s+is)\s+[a-z]+|\b[0-9]+\s+(?:am|pm)\b"
    made = precompiled.compile(pattern, re.ASCII)
    plain = re.compile(pattern, re.ASCII)
    assert made != plain  # (more opcodes: the first characters)
    assert finds(made) == finds(plain)
    for text in ["so what's up, who is dana? at 9 pm", "nothing here", "x9 am 10 am"]:
        assert [m.span() for m in made.finditer(text)] == [m.span() for m in plain.finditer(text)]


@pytest.mark.usefixtures("empty_store")
def test_damaged_opcodes_fall_back_to_compiling() -> None:
    pattern = r"\bwho\s+(?:handles|owns)\s+(?P<what>\w+)"
    precompiled.compile(pattern)
    stored = precompiled.dump()
    assert isinstance(stored, dict)
    entries = stored["entries"]
    assert isinstance(entries, dict)
    (key,) = entries
    flags, _, groups, index, names = entries[key]
    precompiled.forget()
    precompiled.load(
        {"tag": precompiled.TAG, "entries": {key: (flags, b"\0" * 16, groups, index, names)}}
    )
    compiled = precompiled.compile(pattern)
    assert compiled.pattern == pattern and finds(compiled) == finds(re.compile(pattern))
    assert compiled.search("so who handles billing").group("what") == "billing"


@pytest.mark.usefixtures("empty_store")
def test_a_store_grown_with_stale_patterns_keeps_only_what_this_run_used() -> None:
    """Patterns edited between runs leave their old versions behind; past PRUNE_ABOVE
    entries, the next write keeps only the patterns this process asked for."""
    for n in range(precompiled.PRUNE_ABOVE + 1):
        precompiled.compile(rf"\bstale{n}\b")
    stored = precompiled.dump()
    assert isinstance(stored, dict)
    stale = stored["entries"]
    precompiled.forget()
    assert precompiled.load({"tag": precompiled.TAG, "entries": stale}) == len(stale)
    used = precompiled.compile(r"\bstale7\b")  # from the store: nothing new, still written
    kept = precompiled.dump()
    assert isinstance(kept, dict)
    assert set(kept["entries"]) == {(r"\bstale7\b", 0)}
    precompiled.compile(r"\bfresh\b")
    kept = precompiled.dump()
    assert isinstance(kept, dict)
    assert set(kept["entries"]) == {(r"\bstale7\b", 0), (r"\bfresh\b", 0)}
    assert used.search("a stale7 b") is not None


@pytest.mark.usefixtures("empty_store")
def test_a_small_store_keeps_every_pattern() -> None:
    precompiled.compile(r"\bone\b")
    precompiled.saved()
    precompiled.compile(r"\btwo\b")
    kept = precompiled.dump()
    assert isinstance(kept, dict)
    assert set(kept["entries"]) == {(r"\bone\b", 0), (r"\btwo\b", 0)}


@pytest.mark.usefixtures("empty_store")
def test_a_store_for_another_python_or_of_another_shape_is_ignored() -> None:
    good = ("x", 0)
    assert precompiled.load({"tag": "cpython-2.7-sre0", "entries": {good: ()}}) == 0
    assert precompiled.load(["not", "a", "store"]) == 0
    assert precompiled.load({"tag": precompiled.TAG, "entries": {good: (0, "str", 0, {}, ())}}) == 0
    assert precompiled.load({"tag": precompiled.TAG, "entries": {"x": (0, b"", 0, {}, ())}}) == 0
    assert precompiled._store == {}


def test_every_language_pattern_a_call_compiles_is_stored_as_compiled(
    call: Path, tmp_path: Path
) -> None:
    """All the patterns scoring a call compiles, read back from the cache file a run wrote,
    are what compiling them makes, and find in the call what ``re.compile``'s find."""
    cache = tmp_path / "cache"
    assert run(call, str(cache)).returncode == 0
    (file,) = cache.iterdir()
    check = (
        "import marshal, re, sys\n"
        "from roleplay.language import precompiled\n"
        "store = marshal.loads(open(sys.argv[1], 'rb').read())\n"
        "entries = store['entries']\n"
        "assert precompiled.load(store) == len(entries) > 50, len(entries)\n"
        "texts = open(sys.argv[2]).read().splitlines()\n"
        "texts += [t.lower() for t in texts]\n"
        "def finds(c): return [[(m.span(), m.groups()) for m in c.finditer(t)] for t in texts]\n"
        "fresh = {k: precompiled._from_entry(k[0], precompiled._compiled(*k)) for k in entries}\n"
        "bad = [p[:60] for (p, f) in entries if precompiled.compile(p, f) != fresh[(p, f)]\n"
        "       or finds(precompiled.compile(p, f)) != finds(re.compile(p, f))]\n"
        "print(len(entries), bad)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", check, str(file), str(call)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    count, bad = out.stdout.split(" ", 1)
    assert int(count) > 50
    assert bad.strip() == "[]"
