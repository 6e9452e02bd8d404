"""``roleplay run SCENARIO --script FILE``: play a call from a script of trainee lines.

Also home of :class:`RecordedCall`, the one place that plays a call *and* saves it,
which ``practice`` uses too. It must not import prompt_toolkit.
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any, TextIO

from roleplay import __version__
from roleplay.dialogue.engine import CallEnded, Conversation, InputTooLong, TurnResult, check_line
from roleplay.dialogue.scenario import Scenario
from roleplay.environment import Environment, shown_path
from roleplay.errors import ExitStatus, TranscriptError, UsageError
from roleplay.library import load_scenario
from roleplay.review.render import (
    ABANDONED,
    call_line,
    mistake_flags,
    outcome_text,
    plain,
    scorecard,
)
from roleplay.scoring.scorecard import Scorecard
from roleplay.storage import SessionWriter, read_text, transcripts_dir
from roleplay.transcript import REP, Transcript, Turn

EPILOG = """\
FILE holds one trainee line per line; blank lines and lines starting with '#' are
skipped. With FILE, every line is checked before the call starts. With '-', lines
are read from standard input and played as they arrive, so another program can
drive the call line by line.

The call is saved like a practice session (under ./transcripts, or --transcripts DIR,
or $ROLEPLAY_TRANSCRIPTS) unless --no-save is given. Without --seed a random seed is
used; it is printed and saved, so the same call can be replayed exactly.

exit status:
  0  the call was played (whatever the score)
  2  bad input: unknown scenario, broken scenario file, missing script, a line over
     2000 characters

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


def new_seed() -> int:
    """A random seed short enough to type back in with ``--seed``."""
    return random.SystemRandom().randrange(100_000)


class RecordedCall:
    """One call being played and saved, each record on disk the moment it happens.

    The rep's line is written *before* the engine sees it, so a crash or a kill while
    the prospect "thinks" cannot lose what was typed. Once the engine has answered,
    the rep turn is written again under the same number with its state, intent and
    live mistakes (readers keep the later record), then the prospect's reply.

    Args:
        scenario: The loaded scenario.
        seed: Seed for the conversation.
        trainee: Who is practising.
        now: The clock.
        directory: Where to save; None to save nothing.
        mode: ``practice`` or ``run``, recorded in the header.
    """

    def __init__(
        self,
        scenario: Scenario,
        seed: int,
        trainee: str,
        now: Callable[[], datetime],
        directory: Path | None,
        mode: str,
    ) -> None:
        self.scenario = scenario
        self.seed = seed
        self.trainee = trainee
        self.now = now
        self.directory = directory
        self.mode = mode
        self.conversation = Conversation(scenario, seed)
        self.path: Path | None = None
        self.started: str | None = None
        self.ended_at: str | None = None
        self._writer: SessionWriter | None = None
        self._scorecard: Scorecard | None = None

    @property
    def ended(self) -> bool:
        return self.conversation.ended

    @property
    def finished(self) -> bool:
        """True once the end record (and scorecard) is written."""
        return self.ended_at is not None

    def _stamp(self) -> str:
        return self.now().isoformat(timespec="seconds")

    def _write(self, record: dict[str, Any]) -> None:
        if self._writer is None:
            return
        try:
            self._writer.write(record)
        except OSError as exc:
            raise TranscriptError(
                f"could not save the session: {exc.strerror or exc}", file=str(self.path)
            ) from None

    def _write_turns_from(self, n: int) -> None:
        """Write every turn from number ``n`` (1-based) to the last."""
        turns = self.conversation.turns
        for i in range(n, len(turns) + 1):
            self._write(turns[i - 1].to_record(i))

    def open(self) -> str | None:
        """Dial: create the file, write the header, and return the prospect's first line."""
        started = self.now()
        self.started = started.isoformat(timespec="seconds")
        if self.directory is not None:
            try:
                self._writer = SessionWriter(
                    self.directory, self.scenario.id, self.trainee, started
                )
            except OSError as exc:
                raise TranscriptError(
                    f"cannot save sessions here: {exc.strerror or exc}", file=str(self.directory)
                ) from None
            self.path = self._writer.path
            self._write(self.transcript().header_record())
        reply = self.conversation.open(at=self.started)
        self._write_turns_from(1)
        return reply

    def say(self, text: str) -> TurnResult:
        """Play one rep line; the call is finished (end record written) if it ends.

        Raises:
            InputTooLong: nothing is recorded, and the call goes on.
            CallEnded: the call is already over.
        """
        if self.conversation.ended:
            raise CallEnded("the call has ended")
        line = check_line(text)
        at = self._stamp()
        n = len(self.conversation.turns) + 1
        self._write(Turn(speaker=REP, text=line, at=at).to_record(n))
        result = self.conversation.say(line, at=at)
        # The rep turn again (same n: it replaces the first record when read), now with
        # its state, intent and live mistakes, then the prospect's reply.
        self._write_turns_from(n)
        if result.ended:
            self.finish()
        return result

    def hint(self) -> str:
        return self.conversation.hint()

    def finish(self, reason: str = "quit") -> Transcript:
        """End the call (if it is not over yet), score it, write the end record."""
        if not self.finished:
            self.conversation.hang_up(reason)
            self.ended_at = self._stamp()
            self._scorecard = self.conversation.scorecard()
            self._write(self.transcript().end_record())
            if self._writer is not None:
                self._writer.close()
        return self.transcript()

    @property
    def outcome(self) -> str | None:
        conv = self.conversation
        if not conv.ended:
            return None
        return conv.outcome if conv.end_reason == "terminal" else ABANDONED

    def outcome_text(self) -> str:
        return outcome_text(
            self.outcome, self.conversation.state, self.conversation.end_reason, self.scenario
        )

    def transcript(self) -> Transcript:
        """The call so far, as the transcript model."""
        s = self.scenario
        conv = self.conversation
        return Transcript(
            turns=tuple(conv.turns),
            source=str(self.path) if self.path else None,
            kind="session",
            scenario=s.id,
            scenario_title=s.title,
            difficulty=s.difficulty or None,
            seed=self.seed,
            trainee=self.trainee,
            started=self.started,
            ended=self.ended_at,
            outcome=self.outcome if self.finished else None,
            final_state=conv.state if self.finished else None,
            end_reason=conv.end_reason if self.finished else None,
            scorecard=self._scorecard if self.finished else None,
            meta={"roleplay_version": __version__, "mode": self.mode},
        )


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
        yield lineno, text


def _stream(stdin: TextIO) -> Iterator[str]:
    # readline, not a read-ahead iterator: each line is played as soon as it arrives.
    return iter(stdin.readline, "")


def run(args: argparse.Namespace, env: Environment) -> int:
    scenario = load_scenario(args.scenario, env.cwd)
    if args.script == "-":
        name = "<stdin>"
        script = _checked(_script_lines(_stream(env.stdin)), name)
    else:
        name = args.script
        text = read_text(env.path(args.script), args.script)
        # A whole file is checked before the call starts: no half-played call for a typo.
        script = iter(list(_checked(_script_lines(text.splitlines()), name)))
    seed = args.seed if args.seed is not None else new_seed()
    directory = None if args.no_save else transcripts_dir(args.transcripts, env.environ, env.cwd)
    call = RecordedCall(scenario, seed, args.trainee or env.user(), env.now, directory, "run")
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
    ended_at: int | None = None
    left = 0
    for lineno, line in script:
        if call.ended:
            left += 1
            continue
        emit(call_line("rep", " ".join(line.split())))
        result = call.say(line)
        emit(mistake_flags(result.mistakes))
        if result.reply:
            emit(call_line("prospect", result.reply))
        if result.ended:
            ended_at = lineno
    transcript = call.finish("end of script")
    if show:
        width = 80
        emit([("", "\n")])
        emit(
            scorecard(transcript.scorecard, call.outcome_text(), call.conversation.rep_turns, width)
        )
    else:
        out.write(json.dumps(transcript.to_dict(), ensure_ascii=False, indent=2) + "\n")
    if left:
        env.stderr.write(
            f"roleplay: warning: {name}: the call ended at line {ended_at}; "
            f"{left} later line{'s were' if left != 1 else ' was'} not played\n"
        )
    if call.path is not None:
        saved = f"Saved: {shown_path(call.path, env.cwd)}\n"
        (out if show else env.stderr).write(saved)
    return ExitStatus.OK
