"""``roleplay run SCENARIO --script FILE``: play a call from a script of trainee lines.

The call is played and saved by :class:`roleplay.dialogue.recording.RecordedCall`,
which ``practice`` uses too. This module must not import prompt_toolkit.
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Callable, Iterable, Iterator
from typing import TextIO

from roleplay.dialogue.engine import InputTooLong, LineRefused, NotSpoken, check_line
from roleplay.dialogue.recording import RecordedCall
from roleplay.dialogue.scenario import DIFFICULTIES
from roleplay.environment import Environment, shown_path
from roleplay.errors import ExitStatus, UsageError
from roleplay.library import load_scenario
from roleplay.review.render import (
    call_line,
    mistake_flags,
    outcome_text,
    plain,
    scorecard,
)
from roleplay.storage import read_text
from roleplay.storage_write import transcripts_dir
from roleplay.typed_text import decode_line, repair

EPILOG = """\
FILE holds one trainee line per line; blank lines and lines starting with '#' are
skipped. With FILE, every line is checked before the call starts. With '-', lines
are read from standard input and played as they arrive, so another program can
drive the call line by line; there, a line over 2000 characters is not played but
kept in the transcript as refused, and bytes that are not UTF-8 are played as
U+FFFD, each with a warning, and the call goes on.

The call is saved like a practice session (under ./transcripts, or --transcripts DIR,
or $ROLEPLAY_TRANSCRIPTS) unless --no-save is given. Without --seed a random seed is
used; it is printed and saved, so the same call can be replayed exactly.

exit status:
  0  the call was played (whatever the score)
  2  bad input: unknown scenario, broken scenario file, missing script, a script
     FILE that is not UTF-8 or has a line over 2000 characters

examples:
  roleplay run sleepy_skeptic --script my-opener.txt
  printf 'Hi Dale, this is Sam from Tallyworks.\\n' | roleplay run sleepy_skeptic --script -
  roleplay run sleepy_skeptic --script calls/good.txt --seed 7 --json --no-save
"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("scenario", metavar="SCENARIO", help="scenario id or YAML file")
    parser.add_argument(
        "--script",
        required=True,
        metavar="FILE",
        help="trainee lines, one per line (- for standard input)",
    )
    add_call_arguments(parser)
    parser.add_argument(
        "--json",
        action="store_true",
        help="print the whole session as one JSON object instead of text",
    )


def add_call_arguments(parser: argparse.ArgumentParser) -> None:
    """The options ``run`` and ``practice`` share."""
    parser.add_argument(
        "--seed",
        type=int,
        metavar="N",
        help="seed for the prospect's choice of words (default: random, and saved)",
    )
    parser.add_argument(
        "--trainee", metavar="NAME", help="who is practising (default: your user name)"
    )
    parser.add_argument(
        "--transcripts",
        metavar="DIR",
        help="where to save the session (default: $ROLEPLAY_TRANSCRIPTS or ./transcripts)",
    )
    parser.add_argument("--no-save", action="store_true", help="do not save the session")
    parser.add_argument(
        "--difficulty",
        choices=DIFFICULTIES,
        help="how patient and forthcoming the prospect is (default: the scenario's own)",
    )


def new_seed() -> int:
    """A random seed short enough to type back in with ``--seed``."""
    return random.SystemRandom().randrange(100_000)


def _script_lines(lines: Iterable[str]) -> Iterator[tuple[int, str]]:
    """``(line number, text)`` of each line to say: blanks and ``#`` comments skipped."""
    for lineno, raw in enumerate(lines, 1):
        text = raw.strip()
        if text and not text.startswith("#"):
            yield lineno, text


def _checked(lines: Iterable[tuple[int, str]], name: str) -> Iterator[tuple[int, str]]:
    for lineno, text in lines:
        try:
            check_line(text)
        except InputTooLong as exc:
            raise UsageError(exc.message, file=name, line=lineno) from None
        except NotSpoken:
            pass  # (refused when it is reached, like a line typed in a call)
        yield lineno, text


def _stream(stdin: TextIO, warn: Callable[[int, int], None]) -> Iterator[str]:
    """Standard input line by line, bytes that are not UTF-8 replaced (``warn(line, col)``).

    Bytes are read when the stream has them, so a bad byte costs one character, not
    the line (or, in a strict text stream, the call).
    """
    # readline, not a read-ahead iterator: each line is played as soon as it arrives.
    raw = getattr(stdin, "buffer", None)
    lines: Iterator[bytes | str] = (
        iter(raw.readline, b"") if raw is not None else iter(stdin.readline, "")
    )
    for lineno, line in enumerate(lines, 1):
        text, column = decode_line(line) if isinstance(line, bytes) else repair(line)
        if column is not None:
            warn(lineno, column)
        yield text.removeprefix("\ufeff") if lineno == 1 else text


def _play(
    call: RecordedCall,
    script: Iterable[tuple[int, str]],
    emit: Callable[[list[tuple[str, str]]], None],
    warn: Callable[[int, str], None],
) -> tuple[int | None, int]:
    """Say each line of the script; returns the line the call ended at and lines left over."""
    ended_at: int | None = None
    left = 0
    for lineno, line in script:
        if call.ended:
            left += 1
            continue
        try:
            check_line(line)
        except LineRefused as exc:
            call.refuse(line, exc.message)
            warn(lineno, f"{exc.message}; not played, kept in the transcript")
            continue
        emit(call_line("rep", " ".join(line.split())))
        result = call.say(line)
        emit(mistake_flags(result.mistakes))
        if result.reply:
            emit(call_line("prospect", result.reply))
        if result.ended:
            ended_at = lineno
    return ended_at, left


def run(args: argparse.Namespace, env: Environment) -> int:
    scenario = load_scenario(args.scenario, env.cwd)

    def warn(where: str, message: str) -> None:
        env.stderr.write(f"roleplay: warning: {where}: {message}\n")
        env.stderr.flush()

    def replaced(lineno: int, column: int) -> None:
        warn(
            f"<stdin>:{lineno}:{column}",
            "bytes that are not UTF-8 were played as U+FFFD, the replacement character",
        )

    if args.script == "-":
        name = "<stdin>"
        # Checked as they are played: a line over the limit is refused, the call goes on.
        script: Iterator[tuple[int, str]] = _script_lines(_stream(env.stdin, replaced))
    else:
        name = args.script
        text = read_text(env.path(args.script), args.script)
        # A whole file is checked before the call starts: no half-played call for a typo.
        script = iter(list(_checked(_script_lines(text.splitlines()), name)))
    seed = args.seed if args.seed is not None else new_seed()
    directory = None if args.no_save else transcripts_dir(args.transcripts, env.environ, env.cwd)
    call = RecordedCall(
        scenario.at_level(args.difficulty),
        seed,
        args.trainee or env.user(),
        env.now,
        directory,
        "run",
    )
    out = env.stdout
    show = not args.json

    def emit(fragments: list[tuple[str, str]]) -> None:
        if show:
            out.write(plain(fragments))
            out.flush()

    emit([("", f"# {scenario.title} ({scenario.id}), seed {seed}\n")])
    opening = call.open()
    if opening:
        emit(call_line("prospect", opening))
    try:
        ended_at, left = _play(call, script, emit, lambda n, m: warn(f"{name}:{n}", m))
    except BaseException as exc:
        call.finish_after(exc)  # stopped for whatever reason: the session still ends on disk
        raise
    transcript = call.finish("end of script")
    if show:
        width = 80
        emit([("", "\n")])
        emit(
            scorecard(
                transcript.scorecard,
                outcome_text(
                    call.outcome, call.conversation.state, call.conversation.end_reason, scenario
                ),
                call.conversation.rep_turns,
                width,
            )
        )
    else:
        out.write(json.dumps(transcript.to_dict(), ensure_ascii=False, indent=2) + "\n")
    if left:
        warn(
            name,
            f"the call ended at line {ended_at}; "
            f"{left} later line{'s were' if left != 1 else ' was'} not played",
        )
    if call.path is not None:
        saved = f"Saved: {shown_path(call.path, env.cwd)}\n"
        (out if show else env.stderr).write(saved)
    return ExitStatus.OK
