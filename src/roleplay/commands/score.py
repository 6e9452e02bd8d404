"""``roleplay score PATH... [--json] [--scenario NAME] [--rep NAME]``: score transcripts.

Every PATH is a transcript file (a saved ``.jsonl`` session, or a real call: ``Rep:`` /
``Prospect:`` text, named speakers, WebVTT or SRT captions), a folder (its ``.txt``,
``.jsonl``, ``.vtt`` and ``.srt`` files, recursively, sorted) or ``-`` for standard
input. All files are scored in this one process. A real call also gets its conversation
figures (talk share, longest monologue, questions), and a guess at which named speaker
is the rep is said on stderr.

An unreadable file does not stop the others: it gets a one-line error on stderr
(``roleplay: error: FILE:LINE: message``), the remaining files are still scored, and
the exit status is 2 at the end. Exit status 0 means every file was read, whatever it
scored.

Kept light on purpose (no prompt_toolkit, no transitions): ``roleplay score`` should
start about as fast as Python itself.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator
from pathlib import Path

from roleplay.commands import add_rep_argument, guess_note
from roleplay.environment import Environment
from roleplay.errors import ExitStatus, RoleplayError, TranscriptError
from roleplay.language.analysis import CallAnalysis
from roleplay.printable import json_text, printable
from roleplay.scoring.rules import CATALOG, DEFAULT_CONFIG, score
from roleplay.scoring.scorecard import Scorecard, ScoringConfig
from roleplay.storage import iter_transcript_paths, read_stream, read_text, resolve_inside
from roleplay.transcript import Transcript, parse

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at start-up
if TYPE_CHECKING:
    from roleplay.review.conversation import ConversationFigures

STDIN = "-"

EPILOG = """\
input:
  A real call is 'Rep:' / 'Prospect:' lines, lines with the speakers' names
  ('Alice Chen: ...'), or WebVTT / SRT captions as Zoom, Teams and Meet export
  them; the format is read from the file. Where speakers are named, --rep says
  which is the rep; without it roleplay guesses (the one who says who they are and
  why they are calling) and says so on stderr. Everyone else is the other side.

output:
  Per file: the score (0-100), each mistake with its turn number (1-based, both
  speakers counted), the words that triggered it and a coaching tip, then the
  credits earned, then for a real call its conversation figures (rep talk share,
  longest rep monologue, rep questions, first rep question: from the timestamps
  of captions, else estimated from words at 150 words a minute). With --json, one
  JSON object per file (JSON Lines): {"file", "score", "voicemail", "mistakes":
  [{"code", "turn", "evidence", "message", "tip", "weight"}], "credits": [...]},
  and for a real call "format", "conversation" and (named speakers) "speakers".

exit status:
  0  every file was read (whatever it scored)
  2  a file could not be read or parsed (the other files are still scored)

See docs/scoring.md for the codes, the formula and what a scenario can change.
"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="a transcript file, a folder of them, or - for stdin",
    )
    parser.add_argument(
        "--json", action="store_true", help="print one JSON object per file (JSON Lines)"
    )
    parser.add_argument(
        "--scenario",
        metavar="NAME",
        help="score with this scenario's scoring settings (default: a saved session's own "
        "scenario, if it can be found; the plain catalog for a real call)",
    )
    add_rep_argument(parser)


class ScoredCall:
    """One file scored: the call, its scorecard, and (a real call) its conversation figures.

    A plain class: ``roleplay score`` builds no dataclass or named tuple it can do without
    at start-up. The figures are measured when first read (from the analysis the score
    used), so a batch that only wants scores never pays for them."""

    __slots__ = ("transcript", "scorecard", "_analysis", "_figures")

    def __init__(
        self, transcript: Transcript, scorecard: Scorecard, analysis: CallAnalysis
    ) -> None:
        self.transcript = transcript
        self.scorecard = scorecard
        self._analysis: CallAnalysis | None = analysis
        self._figures: ConversationFigures | None = None

    @property
    def conversation(self) -> ConversationFigures | None:
        """A real call's conversation figures; None for a saved practice session."""
        if self._analysis is not None:
            if self.transcript.kind == "text":
                from roleplay.review.conversation import conversation_figures  # when read

                self._figures = conversation_figures(self.transcript, self._analysis)
            self._analysis = None
        return self._figures


def score_call(
    text: str,
    source: str,
    config: ScoringConfig | None = None,
    scenario_config: Callable[[str], ScoringConfig | None] | None = None,
    rep: str | None = None,
) -> ScoredCall:
    """Parse one transcript (any format), score it, and measure a real call's conversation:
    what ``roleplay score`` does per file.

    Args:
        text: The file's text.
        source: Its name, for messages.
        config: Score with these settings (``--scenario``); None for the settings of the
            scenario a saved session names, else the default catalog.
        scenario_config: Looks up a scenario's scoring settings by id (None if unknown).
        rep: The rep's name in a call whose speakers are named (``--rep``); None to guess.

    Raises:
        TranscriptError: for text that is not a transcript, naming the line.
    """
    transcript = parse(text, source, rep=rep)
    if config is None:
        found = None
        if transcript.scenario and scenario_config is not None:
            # A saved practice session is scored as the trainee saw it: with its scenario.
            found = scenario_config(transcript.scenario)
        config = found or DEFAULT_CONFIG
    analysis = CallAnalysis.of(transcript.turns)  # read once, for the score and the figures
    card = score(transcript.turns, config, final=True, analysis=analysis)
    return ScoredCall(transcript, card, analysis)


def score_text(
    text: str,
    source: str,
    config: ScoringConfig | None = None,
    scenario_config: Callable[[str], ScoringConfig | None] | None = None,
) -> Scorecard:
    """:func:`score_call`'s scorecard (what the benchmarks time and check, per file)."""
    return score_call(text, source, config, scenario_config).scorecard


def run(args: argparse.Namespace, env: Environment) -> int:
    config = _scenario_config(args.scenario, env) if args.scenario else None
    known: dict[str, ScoringConfig | None] = {}

    def scenario_config(name: str) -> ScoringConfig | None:
        if name not in known:
            try:
                known[name] = _scenario_config(name, env)
            except RoleplayError:
                known[name] = None  # not here any more: the default catalog

        return known[name]

    failed = False
    for display, text_or_error in _inputs(args.paths, env):
        if isinstance(text_or_error, RoleplayError):
            failed = True
            env.stderr.write(f"roleplay: error: {printable(str(text_or_error))}\n")
            continue
        try:
            scored = score_call(text_or_error, display, config, scenario_config, args.rep)
        except TranscriptError as exc:
            failed = True
            if exc.line is None:
                exc.line = 1  # a whole-file problem (empty, no turns): point at its start
            env.stderr.write(f"roleplay: error: {printable(str(exc))}\n")
            continue
        env.stderr.write(guess_note(scored.transcript))
        if args.json:
            env.stdout.write(json_text(_as_json(display, scored)) + "\n")
        else:
            env.stdout.write(render(display, scored.scorecard, scored))
    return ExitStatus.ERROR if failed else ExitStatus.OK


def _inputs(paths: list[str], env: Environment) -> Iterator[tuple[str, str | RoleplayError]]:
    """(display name, text or the error reading it) for every file the arguments name."""
    for arg in paths:
        if arg == STDIN:
            try:
                yield "<stdin>", read_stream(env.stdin, "<stdin>")
            except TranscriptError as exc:
                yield "<stdin>", exc
            continue
        root = env.path(arg)
        try:
            files = list(iter_transcript_paths([root]))
        except TranscriptError as exc:
            yield arg, TranscriptError(exc.message, file=arg)
            continue
        folder = root.is_dir()
        if folder and not files:
            empty = "no transcripts (.txt, .jsonl, .vtt or .srt files) in this folder"
            yield arg, TranscriptError(empty, file=arg)
            continue
        for path in files:
            display = arg if path == root else str(Path(arg) / path.relative_to(root))
            try:
                # In a folder, a link leading out of it is not followed.
                real = resolve_inside(path, root, display) if folder else path
                yield display, read_text(real, display, follow_links=not folder)
            except TranscriptError as exc:
                yield display, exc


def _scenario_config(name: str, env: Environment) -> ScoringConfig:
    from roleplay.library import load_scenario  # late: only --scenario needs YAML

    scoring = getattr(load_scenario(name, cwd=env.cwd), "scoring", None)
    return scoring if isinstance(scoring, ScoringConfig) else DEFAULT_CONFIG


def _as_json(display: str, scored: ScoredCall) -> dict:
    data: dict = {"file": display, **scored.scorecard.to_dict()}
    transcript = scored.transcript
    if transcript.source_format is not None:
        data["format"] = transcript.source_format
    if transcript.rep is not None:
        data["speakers"] = {
            "rep": transcript.rep.name,
            "rep_guessed": transcript.rep.guessed,
            "others": list(transcript.rep.others),
        }
    if scored.conversation is not None:
        data["conversation"] = scored.conversation.to_dict()
    return data


def render(display: str, card: Scorecard, scored: ScoredCall | None = None) -> str:
    """The human report for one file, every line printable (the text comes from the file)."""
    kind = "voicemail" if card.voicemail else "live call"
    lines = [
        f"{display}: {card.score}/100 ({kind}, {len(card.mistakes)} mistake{'s' if len(card.mistakes) != 1 else ''})"
    ]
    for m in card.mistakes:
        title = CATALOG[m.code].title if m.code in CATALOG else m.code
        lines.append(f"  x turn {m.turn}: {m.code} ({title}, -{m.weight})")
        if m.evidence:
            lines.append(f"      said: {_quote(m.evidence)}")
        lines.append(f"      {m.message}")
        if m.tip:
            lines.append(f"      tip: {m.tip}")
    for c in card.credits:
        lines.append(f"  + turn {c.turn}: {c.code} (+{c.points}) {c.message}")
        if c.evidence:
            lines.append(f"      said: {_quote(c.evidence)}")
    if not card.mistakes:
        lines.append("  no mistakes found")
    if scored is not None:
        lines.extend(_conversation_lines(scored))
    return "\n".join(printable(line) for line in lines) + "\n\n"


def _conversation_lines(scored: ScoredCall) -> list[str]:
    lines = []
    rep = scored.transcript.rep
    if rep is not None:
        guessed = " (guessed; --rep NAME to choose)" if rep.guessed else ""
        others = ", ".join(rep.others) or "nobody else"
        lines.append(f"  rep: {rep.name}{guessed}; other side: {others}")
    figures = scored.conversation
    if figures is not None:
        lines.append(f"  conversation, {figures.basis}:")
        lines.extend(f"    {label}: {value}" for label, value in figures.lines())
    return lines


def _quote(text: str, limit: int = 100) -> str:
    flat = " ".join(text.split())
    return f'"{flat if len(flat) <= limit else flat[: limit - 3] + "..."}"'
