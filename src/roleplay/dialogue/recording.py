"""Recording a call: play it on the engine and save each record the moment it happens.

``run`` and ``practice`` both play their calls through :class:`RecordedCall`; it must
not import prompt_toolkit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

from roleplay import __version__
from roleplay.dialogue.engine import CallEnded, Conversation, TurnResult, check_line
from roleplay.dialogue.scenario import Scenario
from roleplay.errors import TranscriptError
from roleplay.scoring.scorecard import Scorecard
from roleplay.storage_write import SessionWriter
from roleplay.transcript import MAX_REFUSED_CHARS, REP, RefusedLine, Transcript, Turn

#: The outcome of a call hung up before the scenario reached an ending.
ABANDONED = "abandoned"


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
        mode: ``practice``, ``run`` or ``exam``, recorded in the header.
        meta: More header fields, e.g. which exam and which call of it.
    """

    def __init__(
        self,
        scenario: Scenario,
        seed: int,
        trainee: str,
        now: Callable[[], datetime],
        directory: Path | None,
        mode: str,
        meta: Mapping[str, Any] | None = None,
    ) -> None:
        # Played at its level: the one asked for (see Scenario.at_level), else its default.
        self.scenario = scenario = scenario.at_level(scenario.default_level)
        self.seed = seed
        self.trainee = trainee
        self.now = now
        self.directory = directory
        self.mode = mode
        self.meta = dict(meta or {})
        self.conversation = Conversation(scenario, seed)
        self.path: Path | None = None
        self.started: str | None = None
        self.ended_at: str | None = None
        self._writer: SessionWriter | None = None
        self._scorecard: Scorecard | None = None
        self._refused: list[RefusedLine] = []

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
            LineRefused: nothing is recorded (too long, or only a stage direction), and the call goes on.
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

    def refuse(self, text: str, reason: str) -> RefusedLine:
        """Keep a line the call did not take (say, over the length limit) in the transcript.

        It is not a turn: the engine never sees it and scoring never counts it, but
        what the trainee typed is on disk, and the call goes on.

        Args:
            text: The line as typed (whitespace runs are kept as one space).
            reason: Why it was not sent, as told to the trainee.
        """
        line = " ".join(text.split())
        refused = RefusedLine(
            text=line[:MAX_REFUSED_CHARS],
            reason=reason,
            after=len(self.conversation.turns),
            at=self._stamp(),
            chars=len(line) if len(line) > MAX_REFUSED_CHARS else None,
        )
        self._refused.append(refused)
        self._write(refused.to_record())
        return refused

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

    def finish_after(self, exc: BaseException) -> None:
        """Write the end record of a call stopped by ``exc`` (Ctrl-C, a failure); never raises.

        The caller re-raises ``exc``: that is the problem to report, not anything that
        goes wrong while finishing.
        """
        reason = "interrupted" if isinstance(exc, KeyboardInterrupt) else "error"
        try:
            self.finish(reason)
        except Exception:  # noqa: BLE001 - the original exception matters more
            pass

    @property
    def outcome(self) -> str | None:
        conv = self.conversation
        if not conv.ended:
            return None
        return conv.outcome or ABANDONED

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
            meta={"roleplay_version": __version__, "mode": self.mode, **self.meta},
            refused=tuple(self._refused),
        )
