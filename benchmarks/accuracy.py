"""Measure the scorer against a labelled corpus (format: ../shared/eval/README.md).

    python benchmarks/accuracy.py [CORPUS.yaml] [--write-dir DIR] [--show-errors] [--verbose]
    python benchmarks/accuracy.py --styles [CORPUS.yaml ...]

With ``--styles``, every corpus is scored as written and as rewritten by
``../shared/eval/casual.py`` in each of its styles (lower, noq, lower_noq, typed), and
one table prints the micro P / R / F1 and the clean calls flagged side by side: a
mistake is the same mistake however it is typed, so the rows should agree.

For every case and every catalog code: a flag the case expects is a true positive, an
unexpected flag a false positive, a missed one a false negative. Prints per-code and micro
precision / recall / F1, and the clean cases (``expect: []``) that got any flag. Codes
outside the catalog are ignored. Each transcript is scored exactly as ``roleplay score``
scores a plain-text file (``roleplay.commands.score.score_text``).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from roleplay.commands.score import score_text
from roleplay.scoring.rules import CATALOG

DEFAULT_CORPUS = Path(__file__).resolve().parent.parent / ".." / "shared" / "eval" / "dev.yaml"


@dataclass
class Report:
    """Counts per code, and which cases went wrong."""

    tp: Counter = field(default_factory=Counter)
    fp: Counter = field(default_factory=Counter)
    fn: Counter = field(default_factory=Counter)
    cases: int = 0
    flagged_clean: list[tuple[str, list[str]]] = field(default_factory=list)
    errors: list[tuple[str, list[str], list[str]]] = field(
        default_factory=list
    )  # id, missed, extra
    details: list[str] = field(default_factory=list)  # one line per FP / FN (--verbose)

    def micro(self) -> tuple[float, float, float]:
        return _prf(sum(self.tp.values()), sum(self.fp.values()), sum(self.fn.values()))


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def load_corpus(path: Path) -> list[dict]:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with open(path, encoding="utf-8") as handle:
        cases = yaml.load(handle, Loader=loader)  # noqa: S506 - a safe loader
    if not isinstance(cases, list):
        raise SystemExit(f"{path}: expected a YAML list of cases")
    return cases


def evaluate(cases: list[dict], write_dir: Path | None = None) -> Report:
    """Score every case and count hits against its ``expect`` list."""
    report = Report()
    codes = set(CATALOG)
    for case in cases:
        case_id = str(case["id"])
        text = case["transcript"]
        if write_dir is not None:
            write_dir.mkdir(parents=True, exist_ok=True)
            (write_dir / f"{case_id}.txt").write_text(text, encoding="utf-8")
        card = score_text(text, f"{case_id}.txt")
        got = {code for code in card.codes if code in codes}
        want = {code for code in case.get("expect") or [] if code in codes}
        report.cases += 1
        for code in got & want:
            report.tp[code] += 1
        for code in got - want:
            report.fp[code] += 1
        for code in want - got:
            report.fn[code] += 1
        if not want and got:
            report.flagged_clean.append((case_id, sorted(got)))
        if got != want:
            report.errors.append((case_id, sorted(want - got), sorted(got - want)))
            report.details.extend(_explain(case_id, text, card, want - got, got - want))
    return report


def _explain(case_id: str, text: str, card, missed: set[str], extra: set[str]) -> list[str]:
    """One line per false positive (with the turn it was pinned at) and per false negative."""
    from roleplay.transcript import parse

    turns = parse(text, f"{case_id}.txt").turns
    out = []
    for mistake in card.mistakes:
        if mistake.code in extra:
            turn = turns[mistake.turn - 1]
            out.append(
                f"  FP {case_id} {mistake.code} @turn {mistake.turn} [{mistake.evidence}]: "
                f"{turn.speaker}: {turn.text}"
            )
    for code in sorted(missed):
        reps = " | ".join(f"{i}: {t.text}" for i, t in enumerate(turns, 1) if t.is_rep)
        out.append(f"  FN {case_id} {code}: rep turns {reps}")
    return out


def format_report(report: Report, show_errors: bool = False, verbose: bool = False) -> str:
    lines = [
        f"cases: {report.cases}",
        "",
        f"{'code':<24}{'tp':>4}{'fp':>4}{'fn':>4}{'P':>8}{'R':>8}{'F1':>8}",
    ]
    for code in CATALOG:
        tp, fp, fn = report.tp[code], report.fp[code], report.fn[code]
        p, r, f = _prf(tp, fp, fn)
        lines.append(f"{code:<24}{tp:>4}{fp:>4}{fn:>4}{p:>8.3f}{r:>8.3f}{f:>8.3f}")
    p, r, f = report.micro()
    tp, fp, fn = (sum(c.values()) for c in (report.tp, report.fp, report.fn))
    lines.append(f"{'micro':<24}{tp:>4}{fp:>4}{fn:>4}{p:>8.3f}{r:>8.3f}{f:>8.3f}")
    lines.append("")
    lines.append(f"clean cases flagged: {len(report.flagged_clean)}")
    for case_id, got in report.flagged_clean:
        lines.append(f"  {case_id}: {', '.join(got)}")
    if show_errors:
        lines.append("")
        lines.append(f"cases with any error: {len(report.errors)}")
        for case_id, missed, extra in report.errors:
            lines.append(f"  {case_id}: missed {missed or '-'} extra {extra or '-'}")
    if verbose:
        lines.append("")
        lines.append("false positives / negatives:")
        lines.extend(report.details)
    return "\n".join(lines)


CASUAL = Path(__file__).resolve().parent.parent / ".." / "shared" / "eval" / "casual.py"
STYLES = ("lower", "noq", "lower_noq", "typed")


def styles_table(corpora: list[Path]) -> str:
    """Each corpus as written and in each casual style, one row each."""
    import subprocess
    import tempfile

    if not CASUAL.exists():
        raise SystemExit(f"--styles needs {CASUAL}")
    rows = [f"{'corpus':<14}{'style':<11}{'P':>7}{'R':>7}{'F1':>7}  clean flagged"]
    with tempfile.TemporaryDirectory() as tmp:
        for corpus in corpora:
            cases = load_corpus(corpus)
            clean = sum(1 for c in cases if not c.get("expect"))
            for style in ("plain", *STYLES):
                path = corpus
                if style != "plain":
                    path = Path(tmp) / f"{corpus.stem}-{style}.yaml"
                    subprocess.run(
                        [sys.executable, str(CASUAL), str(corpus), str(path), "--style", style],
                        check=True,
                    )
                report = evaluate(load_corpus(path))
                p, r, f = report.micro()
                rows.append(
                    f"{corpus.stem:<14}{style:<11}{p:>7.3f}{r:>7.3f}{f:>7.3f}"
                    f"  {len(report.flagged_clean)} of {clean}"
                )
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    if argv is None:
        argv = sys.argv[1:]
    if argv and argv[0] == "--styles":
        corpora = [Path(a) for a in argv[1:]] or [DEFAULT_CORPUS]
        print(styles_table(corpora))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "corpus", nargs="?", type=Path, default=DEFAULT_CORPUS, help="labelled corpus (YAML)"
    )
    parser.add_argument(
        "--write-dir", type=Path, help="also write each case's transcript to DIR/<id>.txt"
    )
    parser.add_argument(
        "--show-errors", action="store_true", help="list every case whose flags differ"
    )
    parser.add_argument(
        "--verbose",
        action="store_true",
        help="list each false positive / negative with case id, code and the turn text",
    )
    args = parser.parse_args(argv)
    report = evaluate(load_corpus(args.corpus), args.write_dir)
    print(format_report(report, args.show_errors or args.verbose, args.verbose))
    return 0


if __name__ == "__main__":
    sys.exit(main())
