"""Looking back at practice: one summary per saved session, filters, and totals.

``roleplay review``, ``report`` and ``export`` all start here. A summary holds what a
table row needs (who, what, when, how it ended, the score and the mistakes) and no turns,
so that a folder of thousands of sessions loads quickly:

* a finished session already stores its scorecard in its ``end`` record, so only the
  header and the end record are decoded into objects; the turn records in between are
  checked, not kept;
* plain-text transcripts (real calls) and unfinished sessions have no stored scorecard,
  so they are parsed in full and scored with ``roleplay.scoring`` (imported only then).

Everything here but :func:`load_summaries` is pure. ``load_summaries`` reads files through
``roleplay.storage`` and turns each bad file into a warning instead of an error, because
one corrupt file must never stop a review.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from roleplay.errors import RoleplayError, TranscriptError, UsageError
from roleplay.scoring.scorecard import Mistake, Scorecard
from roleplay.storage import iter_transcript_paths, read_text, resolve_inside
from roleplay.transcript import Transcript, Turn, parse_call
from roleplay.transcript_json import from_records, loads_json, parse_session, turn_problem

#: Shown where a session has no trainee or scenario (plain-text transcripts of real calls).
UNKNOWN = "-"
#: Trend of a mistake between the older and the newer half of the sessions.
UP, DOWN, FLAT = "up", "down", "flat"
#: A change in the share of sessions smaller than this is "flat" (0.1 = 10 points).
TREND_THRESHOLD = 0.10
#: Fewer sessions than this give no trend: two halves of one session say nothing.
TREND_MIN_SESSIONS = 4


@dataclass(frozen=True)
class SessionSummary:
    """One session (or real call) as a row of the review table.

    Attributes:
        file: The file, as shown to the user (relative to the folder reviewed).
        kind: ``"session"`` (saved practice session) or ``"text"`` (plain-text call).
        started: When the session started, as recorded (ISO-8601); for a plain-text
            transcript, the file's modification time.
        trainee: Who practised; ``None`` for a plain-text transcript.
        scenario: Scenario id; ``None`` for a plain-text transcript.
        scenario_title: Scenario title, if recorded.
        difficulty: Difficulty, if the session had one.
        outcome: How the call ended (``None`` while unfinished).
        finished: False for a session without an ``end`` record.
        score: 0-100, or ``None`` when it could not be known.
        mistakes: The scorecard's mistakes, in turn order.
        turns: Number of turns.
        version: Format version of a saved session.
        truncated: The last line was cut short (the process died mid-write).
        path: Where the file is, to open it again (set by :func:`load_summaries`).
        started_at: ``started`` parsed, or ``None`` if it is not a valid timestamp.
        ended: When a finished session ended, as recorded (ISO-8601), if it says.
    """

    file: str
    kind: str = "session"
    started: str | None = None
    trainee: str | None = None
    scenario: str | None = None
    scenario_title: str | None = None
    difficulty: str | None = None
    outcome: str | None = None
    finished: bool = True
    score: int | None = None
    mistakes: tuple[Mistake, ...] = ()
    turns: int = 0
    attempted: bool = True
    version: int | None = None
    truncated: bool = False
    path: str = field(default="", compare=False, repr=False)
    started_at: datetime | None = field(default=None, compare=False, repr=False)
    ended: str | None = None

    def __post_init__(self) -> None:
        if self.started_at is None and self.started:
            object.__setattr__(self, "started_at", parse_timestamp(self.started))

    @property
    def date(self) -> date | None:
        """The day the session happened, in the time zone it was recorded in."""
        return self.started_at.date() if self.started_at else None

    @property
    def key(self) -> str:
        """The session's id: its file name without the folder and the extension.

        A saved session's file name is unique by construction (the start to the second,
        the scenario, the trainee and six random hex digits) and stays the same wherever
        the folder is moved or reviewed from, so exports name sessions by it.
        """
        return Path(self.file).stem

    @property
    def codes(self) -> list[str]:
        """Distinct mistake codes, in the order they first happened."""
        return list(dict.fromkeys(m.code for m in self.mistakes))

    @property
    def status(self) -> str:
        """The outcome, ``unfinished``, or ``not attempted``."""
        if not self.finished:
            return "unfinished"
        if not self.attempted:
            return "not attempted"
        return self.outcome or UNKNOWN

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (what ``review --json`` and ``export --jsonl`` write)."""
        return {
            "file": self.file,
            "kind": self.kind,
            "started": self.started,
            "date": self.date.isoformat() if self.date else None,
            "trainee": self.trainee,
            "scenario": self.scenario,
            "scenario_title": self.scenario_title,
            "difficulty": self.difficulty,
            "outcome": self.outcome,
            "finished": self.finished,
            "score": self.score,
            "attempted": self.attempted,
            "turns": self.turns,
            "version": self.version,
            "mistakes": [m.to_dict() for m in self.mistakes],
        }


@dataclass(frozen=True)
class LoadResult:
    """What :func:`load_summaries` found.

    Attributes:
        summaries: One per readable transcript, in file-name order.
        warnings: One per file that was skipped (or kept with a caveat, such as a
            truncated last line), each naming the file and line.
    """

    summaries: tuple[SessionSummary, ...]
    warnings: tuple[TranscriptError, ...] = ()


@dataclass(frozen=True)
class CodeStat:
    """How often one mistake code happened in a set of sessions.

    Attributes:
        code: The mistake code.
        sessions: Sessions with this mistake at least once.
        occurrences: Times it happened in all.
        share: ``sessions`` divided by the number of sessions (0-1).
        trend: ``"up"`` (more often in the newer half of the sessions), ``"down"``,
            ``"flat"``, or ``None`` when there are too few sessions to tell.
    """

    code: str
    sessions: int
    occurrences: int
    share: float
    trend: str | None = None


@dataclass(frozen=True)
class Totals:
    """The totals under the review table.

    Attributes:
        sessions: Sessions counted.
        unfinished: How many of them are unfinished.
        average_score: Mean score of the finished sessions that have one.
        mistakes: Every code seen, most frequent first.
    """

    sessions: int
    unfinished: int
    average_score: float | None
    mistakes: tuple[CodeStat, ...]


@dataclass(frozen=True)
class ScenarioStat:
    """Outcomes of one scenario.

    Attributes:
        scenario: Scenario id (``-`` for real calls).
        title: Scenario title, if any session recorded one.
        sessions: Sessions of this scenario.
        outcomes: ``(outcome, count)``, most frequent first; unfinished sessions count
            as ``unfinished``.
        average_score: Mean score of its finished sessions.
    """

    scenario: str
    title: str | None
    sessions: int
    outcomes: tuple[tuple[str, int], ...]
    average_score: float | None


# --- timestamps and --since ------------------------------------------------------------


#: Years a session date may have: far enough from datetime's limits (1 and 9999) that
#: moving it to UTC or padding a chart's axis never overflows.
YEARS = range(1000, 9001)


def parse_timestamp(text: str) -> datetime | None:
    """An ISO-8601 timestamp (``Z`` allowed), or ``None`` if it is not one.

    A year outside :data:`YEARS` counts as no date: no practice session happened then.
    """
    value = text.strip()
    if value.endswith(("Z", "z")):
        value = value[:-1] + "+00:00"
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.year in YEARS else None


_RELATIVE = re.compile(r"^(\d+)\s*([dw])$", re.IGNORECASE)


def parse_since(text: str, today: date) -> date:
    """The first day a ``--since`` value lets through.

    Args:
        text: ``YYYY-MM-DD``, ``Nd`` (the last N days, today included, so ``1d`` is
            today) or ``Nw`` (the last N weeks).
        today: Today's date, from the caller's clock.

    Raises:
        UsageError: for anything else.
    """
    value = text.strip()
    match = _RELATIVE.match(value)
    if match:
        count, unit = match.groups()
        too_far = UsageError(
            f"--since {text!r}: that reaches back before year 1; give a date YYYY-MM-DD instead"
        )
        if len(count.lstrip("0")) > 9:  # more days than any calendar holds, and quick to refuse
            raise too_far
        days = int(count) * (7 if unit.lower() == "w" else 1)
        if days < 1:
            raise UsageError(f"--since {text!r}: the number of days must be at least 1")
        try:
            return today - timedelta(days=days - 1)
        except OverflowError:
            raise too_far from None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise UsageError(
            f"--since {text!r}: expected a date YYYY-MM-DD, or Nd / Nw such as 7d"
        ) from None


def _sort_key(summary: SessionSummary) -> tuple[int, datetime, str]:
    moment = summary.started_at
    if moment is None:
        return (0, datetime.min, summary.file)
    if moment.tzinfo is not None:
        moment = moment.astimezone(timezone.utc).replace(tzinfo=None)
    return (1, moment, summary.file)


# --- scoring (lazy) -------------------------------------------------------------------


def score_turns(turns: Sequence[Turn], final: bool = True) -> Scorecard:
    """Score turns with ``roleplay.scoring``, imported only when a file needs it."""
    from roleplay.scoring.rules import score

    return score(turns, final=final)


def scorecard_for(transcript: Transcript) -> Scorecard:
    """The stored scorecard of a finished session, else a fresh one from the turns."""
    if transcript.scorecard is not None:
        return transcript.scorecard
    return score_turns(transcript.turns, final=transcript.finished)


# --- summarising one file ---------------------------------------------------------------


def summarise(text: str, file: str, modified: datetime | None = None) -> SessionSummary:
    """Summarise one transcript file's contents.

    Args:
        text: The file's text.
        file: Its name, as shown in the table and in errors.
        modified: Its modification time, used as the date of a plain-text transcript.

    Raises:
        TranscriptError: naming the file and line of the first problem.
    """
    if "\x00" in text:
        raise TranscriptError("binary data, not a transcript", file=file)
    if not text.lstrip().startswith("{"):
        transcript = parse_call(text, file)
        return _from_transcript(transcript, file, modified)
    return _summarise_session(text, file)


def _summarise_session(text: str, file: str) -> SessionSummary:
    lines = [line for line in text.splitlines() if line.strip()]
    try:
        # One C-level decode of the whole file: far quicker than a call per line.
        records = loads_json("[" + ",".join(lines) + "]")
    except ValueError:  # broken JSON, or a value no transcript holds
        records = None
    if records is None or not _plain_records(records):
        # Something is off: the full parser finds and names the exact line, or keeps a
        # session whose last write was torn.
        transcript = parse_session(text, file)
        # parse_session forgives one JSON error only: a torn last line.
        return _from_transcript(transcript, file, truncated=records is None)
    head = [(1, records[0])]
    end = [(len(lines), records[-1])] if records[-1].get("type") == "end" else []
    shell = from_records(head + end, file)  # validates the header and the end record
    # A rep turn may be written twice with the same "n" (typed, then analysed).
    numbers = {
        f"#{i}" if r.get("n") is None else r["n"]
        for i, r in enumerate(records)
        if r.get("type") == "turn"
    }
    if shell.scorecard is None:
        return _from_transcript(parse_session(text, file), file)
    return _summary(shell, file, shell.scorecard, len(numbers))


def _plain_records(records: Any) -> bool:
    """True when the records need no closer look: header, well-formed turns, one end."""
    if not isinstance(records, list) or not records:
        return False
    if not all(isinstance(r, dict) for r in records):
        return False
    last = len(records) - 1
    for i, record in enumerate(records[1:], 1):
        kind = record.get("type")
        if kind == "turn":
            if turn_problem(record) is not None:
                return False
        elif not (kind == "end" and i == last):
            return False
    return True


def _from_transcript(
    transcript: Transcript, file: str, modified: datetime | None = None, truncated: bool = False
) -> SessionSummary:
    try:
        scorecard = scorecard_for(transcript)
    except RoleplayError:
        raise
    except Exception as exc:  # a scorer bug on one odd file must not stop the whole review
        raise TranscriptError(
            f"could not score it: {type(exc).__name__}: {exc}", file=file
        ) from exc
    return _summary(transcript, file, scorecard, len(transcript.turns), modified, truncated)


def _summary(
    transcript: Transcript,
    file: str,
    scorecard: Scorecard | None,
    turns: int,
    modified: datetime | None = None,
    truncated: bool = False,
) -> SessionSummary:
    started = transcript.started
    if started is None and modified is not None:
        started = modified.isoformat(timespec="seconds")
    return SessionSummary(
        file=file,
        kind=transcript.kind,
        started=started,
        trainee=transcript.trainee,
        scenario=transcript.scenario,
        scenario_title=transcript.scenario_title,
        difficulty=transcript.difficulty,
        outcome=transcript.outcome,
        finished=transcript.finished,
        score=scorecard.score if scorecard is not None else None,
        mistakes=scorecard.mistakes if scorecard is not None else (),
        turns=turns,
        attempted=scorecard.attempted if scorecard is not None else True,
        version=transcript.version,
        truncated=truncated,
        ended=transcript.ended,
    )


# --- loading a folder (the one function here that reads files) --------------------------


def display_name(path: Path, root: Path, label: str) -> str:
    """``path`` as the user would type it: ``label`` (how they named ``root``) joined
    with the part below ``root``."""
    if path == root:
        return label
    try:
        below = path.relative_to(root)
    except ValueError:
        return str(path)
    return str(Path(label) / below)


def load_summaries(
    root: Path,
    label: str | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> LoadResult:
    """Summarise every transcript in a folder (or one file), skipping bad files.

    Args:
        root: A folder (searched recursively for ``.jsonl`` and ``.txt``) or one file.
        label: How the user named ``root``; file names are shown below it.
        progress: Called as ``progress(done, total)`` after each file.

    Raises:
        TranscriptError: when ``root`` does not exist. Bad files do not raise: each
            becomes a warning in the result.
    """
    label = label if label is not None else str(root)
    paths = list(iter_transcript_paths([root]))
    folder = root.is_dir()
    summaries: list[SessionSummary] = []
    warnings: list[TranscriptError] = []
    for done, path in enumerate(paths, 1):
        name = display_name(path, root, label)
        try:
            # In a folder, a link leading out of it is not followed (see resolve_inside).
            real = resolve_inside(path, root, name) if folder else path
            text = read_text(real, name, follow_links=not folder)
            modified = None
            if not text.lstrip().startswith("{"):
                modified = _modified(real)
            summary = replace(summarise(text, name, modified), path=str(real))
        except TranscriptError as exc:
            warnings.append(
                TranscriptError(
                    f"{exc.message}; skipped", file=exc.file or name, line=exc.line, col=exc.col
                )
            )
        except OSError as exc:
            warnings.append(TranscriptError(f"{exc.strerror or exc}; skipped", file=name))
        else:
            if summary.truncated:
                warnings.append(
                    TranscriptError(
                        "the last line is cut short (truncated write); listed as unfinished",
                        file=name,
                    )
                )
            summaries.append(summary)
        if progress is not None:
            progress(done, len(paths))
    return LoadResult(tuple(summaries), tuple(warnings))


def _modified(path: Path) -> datetime | None:
    """The file's modification time, or None when it cannot be had or shown."""
    try:
        return datetime.fromtimestamp(path.stat().st_mtime).astimezone()
    except (OSError, OverflowError, ValueError):  # a clock far off: years past 9999
        return None


# --- selecting and counting -------------------------------------------------------------


def filter_summaries(
    summaries: Iterable[SessionSummary],
    trainee: str | None = None,
    scenario: str | None = None,
    since: date | None = None,
) -> list[SessionSummary]:
    """The sessions matching every filter given, newest first.

    ``trainee`` and ``scenario`` match case-insensitively; ``scenario`` matches the
    id or the title. ``since`` keeps sessions on or after that day; a session with no
    known date never matches it.
    """
    wanted_trainee = trainee.casefold() if trainee else None
    wanted_scenario = scenario.casefold() if scenario else None
    out = []
    for s in summaries:
        if wanted_trainee is not None and (s.trainee or "").casefold() != wanted_trainee:
            continue
        if wanted_scenario is not None and wanted_scenario not in (
            (s.scenario or "").casefold(),
            (s.scenario_title or "").casefold(),
        ):
            continue
        if since is not None and (s.date is None or s.date < since):
            continue
        out.append(s)
    return newest_first(out)


def newest_first(summaries: Iterable[SessionSummary]) -> list[SessionSummary]:
    """Sessions sorted newest first; undated ones last."""
    return sorted(summaries, key=_sort_key, reverse=True)


def oldest_first(summaries: Iterable[SessionSummary]) -> list[SessionSummary]:
    """Sessions sorted oldest first; undated ones first."""
    return sorted(summaries, key=_sort_key)


def _mean(values: Sequence[int]) -> float | None:
    return sum(values) / len(values) if values else None


def _scored(summaries: Iterable[SessionSummary]) -> list[int]:
    # A call the rep never really attempted scores 0; it would only drag averages down.
    return [s.score for s in summaries if s.finished and s.attempted and s.score is not None]


def code_stats(summaries: Sequence[SessionSummary]) -> list[CodeStat]:
    """Per-code frequency, most frequent first, each with its trend.

    The trend compares the share of sessions with the mistake in the older half of
    ``summaries`` against the newer half (the middle session of an odd number sits
    out): ``up`` when it rose by at least :data:`TREND_THRESHOLD`, ``down`` when it
    fell by as much, ``flat`` otherwise.
    """
    total = len(summaries)
    if not total:
        return []
    in_sessions: Counter[str] = Counter()
    occurrences: Counter[str] = Counter()
    for s in summaries:
        in_sessions.update(s.codes)
        occurrences.update(m.code for m in s.mistakes)
    ordered = oldest_first(summaries)
    half = total // 2
    older, newer = ordered[:half], ordered[total - half :]
    stats = []
    for code, count in in_sessions.items():
        trend = None
        if total >= TREND_MIN_SESSIONS:
            change = _share(newer, code) - _share(older, code)
            trend = (
                UP if change >= TREND_THRESHOLD else DOWN if change <= -TREND_THRESHOLD else FLAT
            )
        stats.append(CodeStat(code, count, occurrences[code], count / total, trend))
    stats.sort(key=lambda c: (-c.sessions, -c.occurrences, c.code))
    return stats


def _share(summaries: Sequence[SessionSummary], code: str) -> float:
    return sum(code in s.codes for s in summaries) / len(summaries)


def totals(summaries: Sequence[SessionSummary]) -> Totals:
    """Count, average score (finished sessions only) and mistake frequencies."""
    return Totals(
        sessions=len(summaries),
        unfinished=sum(not s.finished for s in summaries),
        average_score=_mean(_scored(summaries)),
        mistakes=tuple(code_stats(summaries)),
    )


def scenario_stats(summaries: Iterable[SessionSummary]) -> list[ScenarioStat]:
    """Outcomes and average score per scenario, in scenario order."""
    groups: dict[str, list[SessionSummary]] = {}
    for s in summaries:
        groups.setdefault(s.scenario or UNKNOWN, []).append(s)
    stats = []
    for scenario in sorted(groups, key=str.casefold):
        group = groups[scenario]
        counts = Counter(s.status for s in group)
        outcomes = tuple(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
        title = next((s.scenario_title for s in group if s.scenario_title), None)
        stats.append(ScenarioStat(scenario, title, len(group), outcomes, _mean(_scored(group))))
    return stats


def outcome_names(stats: Iterable[ScenarioStat]) -> list[str]:
    """Every outcome in ``stats``, most frequent overall first (the report's columns)."""
    counts: Counter[str] = Counter()
    for stat in stats:
        counts.update(dict(stat.outcomes))
    return [name for name, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]


def totals_to_dict(result: Totals) -> dict[str, Any]:
    """A JSON-ready form of :class:`Totals`."""
    return {
        "sessions": result.sessions,
        "unfinished": result.unfinished,
        "average_score": None if result.average_score is None else round(result.average_score, 1),
        "mistakes": [
            {
                "code": c.code,
                "sessions": c.sessions,
                "occurrences": c.occurrences,
                "share": round(c.share, 3),
                "trend": c.trend,
            }
            for c in result.mistakes
        ],
    }


def describe_filters(trainee: str | None, scenario: str | None, since: date | None) -> str:
    """The filters in words, for headings: ``trainee dana, since 2024-05-01``."""
    parts: list[str] = []
    if trainee:
        parts.append(f"trainee {trainee}")
    if scenario:
        parts.append(f"scenario {scenario}")
    if since:
        parts.append(f"since {since.isoformat()}")
    return ", ".join(parts)
