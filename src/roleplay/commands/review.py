"""``roleplay review [DIR]``: the sessions in a folder, newest first, with totals.

Also home of what ``report`` and ``export`` share with it: the DIR and filter options,
and loading a folder with a progress bar and a warning per bad file.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TextIO

from roleplay import storage
from roleplay.environment import Environment, isatty, shown_path
from roleplay.errors import ExitStatus
from roleplay.review import sessions as review
from roleplay.review.sessions import SessionSummary, Totals

#: Folders with more transcripts than this get a progress bar (when stderr is a terminal).
PROGRESS_MIN_FILES = 500
TREND_ARROWS = {review.UP: "↑ more often", review.DOWN: "↓ less often", review.FLAT: "→ steady"}

EPILOG = """\
examples:
  roleplay review                          # ./transcripts, or $ROLEPLAY_TRANSCRIPTS
  roleplay review team/ --trainee dana --since 7d
  roleplay review --scenario gatekeeper --json | jq '.totals'

A corrupt, truncated or unreadable file is named on stderr
('roleplay: warning: FILE:LINE: ...') and skipped; the review goes on and
exits 0. A DIR that does not exist is exit status 2.
"""


def add_filter_arguments(parser: argparse.ArgumentParser) -> None:
    """DIR, --trainee, --scenario and --since: shared by review, report and export."""
    parser.add_argument(
        "dir",
        nargs="?",
        metavar="DIR",
        help=f"folder of transcripts, searched recursively (default: ./{storage.DEFAULT_DIR}, "
        f"or ${storage.ENV_DIR})",
    )
    parser.add_argument("--trainee", metavar="NAME", help="only this trainee's sessions")
    parser.add_argument("--scenario", metavar="NAME", help="only this scenario (id or title)")
    parser.add_argument(
        "--since",
        metavar="DATE",
        help="only sessions on or after DATE (YYYY-MM-DD), or in the last N days/weeks (7d, 2w)",
    )


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_filter_arguments(parser)
    parser.add_argument(
        "--json", action="store_true", help="print sessions and totals as one JSON object"
    )


@dataclass(frozen=True)
class Selection:
    """The sessions a command works on, and how it got them."""

    label: str
    found: int
    sessions: list[SessionSummary]
    warnings: tuple[str, ...]
    filters: str
    since: date | None


class ProgressBar:
    """A one-line bar on stderr, redrawn in place; silent unless stderr is a terminal."""

    def __init__(self, stream: TextIO, label: str = "reading transcripts", width: int = 30) -> None:
        self.stream, self.label, self.width = stream, label, width
        self.drawn = False
        self.step = 1

    def __call__(self, done: int, total: int) -> None:
        if total < PROGRESS_MIN_FILES or not isatty(self.stream):
            return
        self.step = max(1, total // 100)
        if done % self.step and done != total:
            return
        filled = self.width * done // total
        bar = "#" * filled + "-" * (self.width - filled)
        self.stream.write(f"\r{self.label} [{bar}] {done}/{total}")
        self.stream.flush()
        self.drawn = True

    def clear(self) -> None:
        if self.drawn:
            self.stream.write("\r\x1b[2K")
            self.stream.flush()
            self.drawn = False


def select(args: argparse.Namespace, env: Environment) -> Selection:
    """Load DIR (with a progress bar), report bad files on stderr, apply the filters."""
    since = review.parse_since(args.since, env.now().date()) if args.since else None
    if args.dir:
        label, root = args.dir, env.path(args.dir)
    else:
        root = storage.transcripts_dir(None, env.environ, env.cwd)
        label = shown_path(root, env.cwd)
    if not args.dir and not root.exists():
        # The default folder appears with the first practice call: before that, an empty
        # review is the honest answer, not an error.
        return Selection(label, 0, [], (), "", since)
    bar = ProgressBar(env.stderr)
    try:
        result = review.load_summaries(root, label, progress=bar)
    finally:
        bar.clear()
    warnings = tuple(str(w) for w in result.warnings)
    for warning in warnings:
        env.stderr.write(f"roleplay: warning: {warning}\n")
    sessions = review.filter_summaries(result.summaries, args.trainee, args.scenario, since)
    filters = review.describe_filters(args.trainee, args.scenario, since)
    return Selection(label, len(result.summaries), sessions, warnings, filters, since)


def nothing_found(selection: Selection) -> str:
    """The friendly line printed instead of an empty table."""
    if not selection.found:
        return (
            f"no sessions found in {selection.label}"
            " (practise a call with 'roleplay practice', and it is saved there)"
        )
    return f"no sessions match {selection.filters} ({selection.found} in {selection.label})"


def run(args: argparse.Namespace, env: Environment) -> int:
    selection = select(args, env)
    sessions = selection.sessions
    totals = review.totals(sessions)
    if args.json:
        data = {
            "dir": selection.label,
            "filters": {
                "trainee": args.trainee,
                "scenario": args.scenario,
                "since": selection.since and selection.since.isoformat(),
            },
            "sessions": [s.to_dict() for s in sessions],
            "totals": review.totals_to_dict(totals),
            "warnings": list(selection.warnings),
        }
        env.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        return ExitStatus.OK
    if not sessions:
        env.stdout.write(nothing_found(selection) + "\n")
        return ExitStatus.OK
    env.stdout.write(format_table(sessions))
    env.stdout.write("\n" + format_totals(totals))
    return ExitStatus.OK


# --- layout ----------------------------------------------------------------------------

_COLUMNS = ("date", "trainee", "scenario", "difficulty", "outcome", "score", "top mistakes")
_LIMITS = {"trainee": 16, "scenario": 26, "difficulty": 10, "outcome": 18}


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _mistake_cell(codes: Sequence[str], shown: int = 3) -> str:
    if not codes:
        return "-"
    extra = f" +{len(codes) - shown}" if len(codes) > shown else ""
    return ", ".join(codes[:shown]) + extra


def table_rows(sessions: Sequence[SessionSummary]) -> list[tuple[str, ...]]:
    """The table's cells, one tuple per session, in :data:`_COLUMNS` order."""
    rows = []
    for s in sessions:
        when = s.started_at.strftime("%Y-%m-%d %H:%M") if s.started_at else "-"
        score = "-" if s.score is None else str(s.score)
        rows.append(
            (
                when,
                _clip(s.trainee or review.UNKNOWN, _LIMITS["trainee"]),
                _clip(s.scenario or review.UNKNOWN, _LIMITS["scenario"]),
                _clip(s.difficulty or "", _LIMITS["difficulty"]),
                _clip(s.status, _LIMITS["outcome"]),
                score,
                _mistake_cell(s.codes),
            )
        )
    return rows


def format_table(sessions: Sequence[SessionSummary]) -> str:
    """The sessions as an aligned text table with a header line."""
    rows = table_rows(sessions)
    if not any(r[3] for r in rows):  # no session has a difficulty: drop the column
        header = tuple(c for i, c in enumerate(_COLUMNS) if i != 3)
        rows = [tuple(c for i, c in enumerate(r) if i != 3) for r in rows]
    else:
        header = _COLUMNS
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    score_col = header.index("score")
    lines = []
    for r in [header, *rows]:
        cells = [
            cell.rjust(widths[i]) if i == score_col else cell.ljust(widths[i])
            for i, cell in enumerate(r)
        ]
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines) + "\n"


def format_totals(totals: Totals, top: int = 5) -> str:
    """The lines under the table: count, average score, most frequent mistakes and trend."""
    count = f"{totals.sessions} session{'s' if totals.sessions != 1 else ''}"
    if totals.unfinished:
        count += f" ({totals.unfinished} unfinished)"
    average = "-" if totals.average_score is None else f"{totals.average_score:.0f}"
    lines = [f"{count} · average score {average}"]
    if not totals.mistakes:
        lines.append("no mistakes recorded")
        return "\n".join(lines) + "\n"
    shown = totals.mistakes[:top]
    if any(c.trend for c in shown):
        lines.append("most frequent mistakes (sessions with it; trend from older to newer half):")
    else:
        lines.append("most frequent mistakes (sessions with it):")
    width = max(len(c.code) for c in shown)
    for c in shown:
        trend = TREND_ARROWS.get(c.trend, "") if c.trend else ""
        lines.append(f"  {c.code:<{width}}  {c.sessions:>3} ({c.share:>4.0%})  {trend}".rstrip())
    return "\n".join(lines) + "\n"
