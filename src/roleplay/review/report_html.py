"""The manager's report: one self-contained HTML page.

Everything is inline (CSS, and an SVG chart drawn here), so the page opens from a file
or an e-mail attachment with no network. No JavaScript. Every piece of user text
(trainee names, scenario titles, what was said) goes through :func:`html.escape`.

Sections: totals, score trend per trainee (SVG line chart), mistake frequency per code,
outcome per scenario, the sessions table, and each session's annotated transcript, which
the sessions table links to by ``#s-N`` anchors. Pure: data in, a string out.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta, timezone

from roleplay.printable import clip, printable
from roleplay.review import sessions as review
from roleplay.review.annotate import AnnotatedCall, tip_for
from roleplay.review.exams import SavedResult, exam_rows
from roleplay.review.sessions import SessionSummary
from roleplay.scoring.scorecard import Mistake

#: Line colours, one per trainee (colour-blind-friendly, after Okabe & Ito).
PALETTE = ("#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9", "#000000", "#f0e442")
TREND_WORDS = {
    review.UP: ("↑", "more often", "up"),
    review.DOWN: ("↓", "less often", "down"),
    review.FLAT: ("→", "steady", "flat"),
}

_CSS = """
:root { --ink: #1f2933; --muted: #616e7c; --line: #d9e2ec; --bg: #ffffff; --soft: #f5f7fa;
        --bad: #b42318; --good: #027a48; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink);
       background: var(--bg); margin: 0 auto; max-width: 1100px; padding: 24px; }
h1 { font-size: 26px; margin: 0 0 4px; }
h2 { font-size: 20px; margin: 32px 0 8px; border-bottom: 2px solid var(--line);
     padding-bottom: 4px; }
h3 { font-size: 16px; margin: 24px 0 4px; }
.muted { color: var(--muted); }
.cards { display: flex; gap: 12px; flex-wrap: wrap; margin: 16px 0; }
.card { background: var(--soft); border: 1px solid var(--line); border-radius: 8px;
        padding: 10px 16px; min-width: 150px; }
.card b { display: block; font-size: 24px; }
table { border-collapse: collapse; width: 100%; margin: 8px 0; }
th, td { text-align: left; padding: 5px 8px; border-bottom: 1px solid var(--line);
         vertical-align: top; }
th { background: var(--soft); font-weight: 600; }
td.when { white-space: nowrap; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.bar { background: #f79009; height: 12px; border-radius: 2px; min-width: 2px; }
.up { color: var(--bad); } .down { color: var(--good); }
td code, .trend { white-space: nowrap; }
code { font-size: 13px; background: var(--soft); padding: 1px 4px; border-radius: 3px; }
svg text { font: 12px system-ui, sans-serif; fill: var(--ink); }
.call { border: 1px solid var(--line); border-radius: 8px; padding: 8px 16px 16px; margin: 16px 0; }
.facts { color: var(--muted); margin: 0 0 8px; }
.turn { display: grid; grid-template-columns: 36px 80px 1fr; gap: 4px 8px; padding: 4px 0; }
.turn .n { color: var(--muted); text-align: right; }
.turn .who { font-weight: 600; }
.turn.rep .who { color: #0072b2; }
.turn p { margin: 0; }
mark { background: #fde68a; padding: 0 2px; border-radius: 2px; }
.turn .notes { grid-column: 3; }
.notes { margin: 2px 0 6px; padding: 6px 10px; list-style: none; background: #fef3f2;
         border-left: 3px solid var(--bad); }
.notes li + li { margin-top: 4px; }
.tip { display: block; color: var(--good); }
a { color: #0b69a3; }
@media print { .call { break-inside: avoid; } }
"""


def _e(text: object) -> str:
    # Printable too: `report --html -` may land on a terminal, and a browser shows ␛
    # better than nothing.
    return html.escape(printable(str(text), keep="\n\t"), quote=True)


def _fmt_score(value: float | None) -> str:
    return "-" if value is None else f"{value:.0f}"


def anchor(index: int) -> str:
    """The id of the ``index``-th session's transcript section (1-based)."""
    return f"s-{index}"


def render_report(
    summaries: Sequence[SessionSummary],
    calls: Mapping[str, AnnotatedCall],
    generated: datetime,
    title: str = "Call practice report",
    subtitle: str = "",
    warnings: Sequence[str] = (),
    exams: Sequence[SavedResult] = (),
) -> str:
    """The whole page.

    Args:
        summaries: The sessions to report, newest first.
        calls: Annotated transcripts by ``SessionSummary.file``; a session missing here
            gets a row but no transcript section.
        generated: When the report is made (shown in the heading).
        title: The page title.
        subtitle: Words under the title, such as the filters used.
        warnings: Files that were skipped, shown at the end so nobody trusts a partial view.
        exams: Exam results, newest first, shown in an Exams section.
    """
    t = review.totals(summaries)
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(title)}</title><style>{_CSS}</style></head><body>",
        f"<h1>{_e(title)}</h1>",
        f'<p class="muted">Generated {_e(generated.strftime("%Y-%m-%d %H:%M"))}'
        + (f" · {_e(subtitle)}" if subtitle else "")
        + "</p>",
    ]
    if not summaries:
        parts.append("<p>No sessions found.</p>")
    if exams:
        parts.append('<h2 id="exams">Exams</h2>')
        parts.append(_exams_table(exams, summaries))
    if summaries:
        parts.append(_cards(summaries, t))
        parts.append('<h2 id="trend">Score trend per trainee</h2>')
        parts.append(trend_chart(review.score_series(summaries)))
        parts.append('<h2 id="mistakes">Mistake frequency</h2>')
        parts.append(_mistake_table(t, _tips(summaries)))
        parts.append('<h2 id="outcomes">Outcome per scenario</h2>')
        parts.append(_outcome_table(review.scenario_stats(summaries)))
        parts.append('<h2 id="sessions">Sessions</h2>')
        parts.append(_sessions_table(summaries, calls))
        parts.append('<h2 id="transcripts">Annotated transcripts</h2>')
        for i, s in enumerate(summaries, 1):
            call = calls.get(s.file)
            if call is not None:
                parts.append(_call_section(i, s, call))
    if warnings:
        parts.append('<h2 id="skipped">Skipped files</h2><ul>')
        parts.extend(f"<li><code>{_e(w)}</code></li>" for w in warnings)
        parts.append("</ul>")
    parts.append("</body></html>\n")
    return "\n".join(parts)


def _cards(summaries: Sequence[SessionSummary], t: review.Totals) -> str:
    trainees = {s.trainee for s in summaries if s.trainee}
    scenarios = {s.scenario for s in summaries if s.scenario}
    top = t.mistakes[0].code if t.mistakes else "none"
    cards = [
        ("sessions", str(t.sessions) + (f" ({t.unfinished} unfinished)" if t.unfinished else "")),
        ("average score", _fmt_score(t.average_score)),
        ("trainees", str(len(trainees))),
        ("scenarios", str(len(scenarios))),
        ("most frequent mistake", top),
    ]
    body = "".join(
        f'<div class="card"><span class="muted">{_e(k)}</span><b>{_e(v)}</b></div>'
        for k, v in cards
    )
    return f'<div class="cards">{body}</div>'


# --- the chart ---------------------------------------------------------------------------


def trend_chart(
    series: Mapping[str, Sequence[tuple[datetime, int]]], width: int = 1000, height: int = 380
) -> str:
    """An SVG line chart of scores (0-100) over time, one line per trainee, with a legend."""
    if not series:
        return '<p class="muted">No finished, scored sessions to chart.</p>'
    left, right, top, bottom = 56, 170, 20, 48
    plot_w, plot_h = width - left - right, height - top - bottom
    moments = [_naive(m) for points in series.values() for m, _ in points]
    start, end = min(moments), max(moments)
    if end - start < timedelta(days=1):
        start, end = start - timedelta(hours=12), end + timedelta(hours=12)
    pad = (end - start) * 0.03  # keep the first and last points off the axes
    start, end = start - pad, end + pad
    span = (end - start).total_seconds()

    def x(moment: datetime) -> float:
        return left + plot_w * (_naive(moment) - start).total_seconds() / span

    def y(score: float) -> float:
        return top + plot_h * (1 - max(0, min(100, score)) / 100)

    out = [
        _open(
            "svg",
            xmlns="http://www.w3.org/2000/svg",
            id="trend-chart",
            role="img",
            aria_labelledby="trend-title",
            viewBox=f"0 0 {width} {height}",
            width="100%",
            style=f"max-width:{width}px",
        ),
        '<title id="trend-title">Score per session over time, one line per trainee</title>',
        _el("rect", x=left, y=top, width=plot_w, height=plot_h, fill="#fbfcfd", stroke="#d9e2ec"),
    ]
    bottom_y = top + plot_h
    for score in range(0, 101, 20):
        yy = round(y(score), 1)
        out.append(_el("line", x1=left, x2=left + plot_w, y1=yy, y2=yy, stroke="#e4e7eb"))
        out.append(_el("text", str(score), x=left - 8, y=yy + 4, text_anchor="end"))
    ticks = 6
    for i in range(ticks + 1):
        moment = start + (end - start) * i / ticks
        xx = round(left + plot_w * i / ticks, 1)
        out.append(_el("line", x1=xx, x2=xx, y1=bottom_y, y2=bottom_y + 5, stroke="#616e7c"))
        label = f"{moment:%b %d}"
        out.append(_el("text", label, x=xx, y=bottom_y + 20, text_anchor="middle"))
    mid_x, mid_y = round(left + plot_w / 2, 1), round(top + plot_h / 2, 1)
    out += [
        _el("text", "date", x=mid_x, y=height - 6, text_anchor="middle", fill="#616e7c"),
        _el("text", "score", transform=f"translate(14 {mid_y}) rotate(-90)", text_anchor="middle"),
        _el("line", x1=left, x2=left, y1=top, y2=bottom_y, stroke="#616e7c"),
        _el("line", x1=left, x2=left + plot_w, y1=bottom_y, y2=bottom_y, stroke="#616e7c"),
    ]
    for i, (trainee, points) in enumerate(series.items()):
        colour = PALETTE[i % len(PALETTE)]
        out.append(_open("g", class_="series", data_trainee=trainee))
        if len(points) > 1:
            coords = " ".join(f"{x(m):.1f},{y(s):.1f}" for m, s in points)
            out.append(_el("polyline", points=coords, fill="none", stroke=colour, stroke_width=2.5))
        for m, s in points:
            tooltip = _el("title", f"{trainee} · {m:%Y-%m-%d %H:%M} · score {s}")
            cx, cy = round(x(m), 1), round(y(s), 1)
            out.append(
                _el("circle", tooltip, raw=True, cx=cx, cy=cy, r=4.5, fill=colour, stroke="#fff")
            )
        out.append("</g>")
        ly, lx = top + 10 + i * 22, left + plot_w + 20
        out += [
            _open("g", class_="legend"),
            _el("line", x1=lx, x2=lx + 24, y1=ly, y2=ly, stroke=colour, stroke_width=3),
            _el("circle", cx=lx + 12, cy=ly, r=4, fill=colour),
            _el("text", f"{clip(trainee, 18)} ({len(points)})", x=lx + 32, y=ly + 4),
            "</g>",
        ]
    out.append("</svg>")
    return "\n".join(out)


def _attrs(attrs: Mapping[str, object]) -> str:
    # class_ -> class, text_anchor -> text-anchor; viewBox keeps its case.
    return "".join(f' {k.rstrip("_").replace("_", "-")}="{_e(v)}"' for k, v in attrs.items())


def _open(name: str, **attrs: object) -> str:
    return f"<{name}{_attrs(attrs)}>"


def _el(name: str, content: str = "", raw: bool = False, **attrs: object) -> str:
    """An SVG element; ``content`` is escaped unless ``raw`` (it is markup already)."""
    if not content:
        return f"<{name}{_attrs(attrs)}/>"
    return f"<{name}{_attrs(attrs)}>{content if raw else _e(content)}</{name}>"


def _naive(moment: datetime) -> datetime:
    # Sessions recorded in different time zones share one axis: compare them in UTC.
    if moment.tzinfo is None:
        return moment
    return moment.astimezone(timezone.utc).replace(tzinfo=None)


# --- tables ------------------------------------------------------------------------------


def _trend_cell(trend: str | None) -> str:
    if trend is None:
        return '<td class="muted">-</td>'
    arrow, words, cls = TREND_WORDS[trend]
    return f'<td class="trend {cls}">{arrow} {words}</td>'


def _tips(summaries: Sequence[SessionSummary]) -> dict[str, str]:
    """A tip per code: the first one a session recorded (a scenario may word its own)."""
    tips: dict[str, str] = {}
    for s in summaries:
        for m in s.mistakes:
            if m.tip and m.code not in tips:
                tips[m.code] = m.tip
    return tips


def _mistake_table(t: review.Totals, tips: Mapping[str, str]) -> str:
    if not t.mistakes:
        return "<p>No mistakes recorded.</p>"
    rows = [
        '<table id="mistake-table"><thead><tr><th>mistake</th><th class="num">sessions</th>'
        '<th class="num">share</th><th style="width:18%"></th><th class="num">times</th>'
        "<th>trend</th><th>tip</th></tr></thead><tbody>"
    ]
    for c in t.mistakes:
        tip = tips.get(c.code) or tip_for(Mistake(code=c.code, turn=0, evidence="", message=""))
        rows.append(
            f"<tr><td><code>{_e(c.code)}</code></td><td class='num'>{c.sessions}</td>"
            f"<td class='num'>{c.share:.0%}</td>"
            f'<td><div class="bar" style="width:{c.share * 100:.1f}%"></div></td>'
            f"<td class='num'>{c.occurrences}</td>{_trend_cell(c.trend)}<td>{_e(tip)}</td></tr>"
        )
    rows.append("</tbody></table>")
    rows.append(
        '<p class="muted">Share: sessions with the mistake. Trend: its share in the newer half of '
        "these sessions against the older half.</p>"
    )
    return "\n".join(rows)


def _outcome_table(stats: Sequence[review.ScenarioStat]) -> str:
    names = review.outcome_names(stats)
    head = "".join(f'<th class="num">{_e(n)}</th>' for n in names)
    rows = [
        f'<table id="outcome-table"><thead><tr><th>scenario</th><th class="num">sessions</th>{head}'
        '<th class="num">average score</th></tr></thead><tbody>'
    ]
    for st in stats:
        counts = dict(st.outcomes)
        cells = "".join(f"<td class='num'>{counts.get(n, 0) or ''}</td>" for n in names)
        title = (
            f' <span class="muted">{_e(st.title)}</span>'
            if st.title and st.title != st.scenario
            else ""
        )
        rows.append(
            f"<tr><td><code>{_e(st.scenario)}</code>{title}</td>"
            f"<td class='num'>{st.sessions}</td>{cells}"
            f"<td class='num'>{_fmt_score(st.average_score)}</td></tr>"
        )
    rows.append("</tbody></table>")
    return "\n".join(rows)


def _sessions_table(summaries: Sequence[SessionSummary], calls: Mapping[str, AnnotatedCall]) -> str:
    rows = [
        '<table id="sessions-table"><thead><tr><th>date</th><th>trainee</th><th>scenario</th>'
        '<th>difficulty</th><th>outcome</th><th class="num">score</th><th>mistakes</th><th></th>'
        "</tr></thead><tbody>"
    ]
    for i, s in enumerate(summaries, 1):
        when = s.started_at.strftime("%Y-%m-%d %H:%M") if s.started_at else "-"
        link = f'<a href="#{anchor(i)}">transcript</a>' if s.file in calls else ""
        codes = (
            ", ".join(f"<code>{_e(c)}</code>" for c in s.codes) or '<span class="muted">none</span>'
        )
        score = "" if s.score is None else s.score
        rows.append(
            f"<tr><td class='when'>{_e(when)}</td><td>{_e(s.trainee or '-')}</td>"
            f"<td>{_e(s.scenario or '-')}</td><td>{_e(s.difficulty or '')}</td>"
            f"<td>{_e(s.status)}</td><td class='num'>{score}</td>"
            f"<td>{codes}</td><td>{link}</td></tr>"
        )
    rows.append("</tbody></table>")
    return "\n".join(rows)


def _exams_table(exams: Sequence[SavedResult], summaries: Sequence[SessionSummary]) -> str:
    """Date, trainee, exam, average, PASS/FAIL and each call's score, linked to its session."""
    anchors = {s.file: anchor(i) for i, s in enumerate(summaries, 1)}
    rows = [
        '<table id="exams-table"><thead><tr><th>date</th><th>trainee</th><th>exam</th>'
        '<th class="num">average</th><th>result</th><th>calls</th></tr></thead><tbody>'
    ]
    for saved, cells in zip(exams, exam_rows(exams), strict=True):
        when, _, _, average, verdict, played = cells
        r = saved.result
        calls = []
        for c in r.calls:
            score = "-" if c.score is None else str(c.score)
            text = f"{_e(c.scenario)} ({_e(c.difficulty)}) {score}"
            target = _session_anchor(c.session, anchors)
            calls.append(f'<a href="#{target}">{text}</a>' if target else text)
        cls = "down" if r.passed else "up"
        rows.append(
            f"<tr><td class='when'>{_e(when)}</td><td>{_e(r.trainee)}</td><td>{_e(r.title)}</td>"
            f"<td class='num'>{_e(average)}</td><td class='{cls}'><b>{_e(verdict)}</b></td>"
            f"<td>{_e(played)}: {'; '.join(calls)}</td></tr>"
        )
    rows.append("</tbody></table>")
    rows.append(
        '<p class="muted">Average over every call of the exam (a call not played counts 0); '
        "an exam stopped early is INCOMPLETE, and failed.</p>"
    )
    return "\n".join(rows)


def _session_anchor(session: str | None, anchors: Mapping[str, str]) -> str:
    """The anchor of the session an exam call saved, matched on its file name."""
    if not session:
        return ""
    name = session.replace("\\", "/").rsplit("/", 1)[-1]
    for file, target in anchors.items():
        if file.replace("\\", "/").rsplit("/", 1)[-1] == name:
            return target
    return ""


# --- annotated transcripts ---------------------------------------------------------------


def render_call(call: AnnotatedCall, section_id: str = "", heading: str = "") -> str:
    """One annotated transcript as an HTML ``<section>``."""
    facts = " · ".join(f"{_e(k)}: <b>{_e(v)}</b>" for k, v in call.facts())
    id_attr = f' id="{_e(section_id)}"' if section_id else ""
    out = [
        f'<section class="call"{id_attr}>',
        f"<h3>{_e(heading or call.title)}</h3>",
        f'<p class="facts">{facts}</p>',
    ]
    if call.transcript.source:
        out.append(f'<p class="muted"><code>{_e(call.transcript.source)}</code></p>')
    for turn in call.turns:
        text = "".join(
            f'<mark title="{_e(", ".join(seg.codes))}">{_e(seg.text)}</mark>'
            if seg.codes
            else _e(seg.text)
            for seg in turn.segments
        )
        out.append(
            f'<div class="turn {_e(turn.speaker)}"><span class="n">{turn.number}</span>'
            f'<span class="who">{turn.label}</span><p>{text}</p>'
        )
        if turn.mistakes:
            out.append(_notes(turn.mistakes))
        out.append("</div>")
    if call.general:
        out.append("<h4>The whole call</h4>" + _notes(call.general))
    out.append('<p><a href="#sessions">↑ back to the sessions</a></p></section>')
    return "\n".join(out)


def _notes(mistakes: Sequence[Mistake]) -> str:
    items = []
    for m in mistakes:
        tip = tip_for(m)
        items.append(
            f"<li>✗ <code>{_e(m.code)}</code> {_e(m.message)}"
            + (f'<span class="tip">Tip: {_e(tip)}</span>' if tip else "")
            + "</li>"
        )
    return f'<ul class="notes">{"".join(items)}</ul>'


def _call_section(index: int, summary: SessionSummary, call: AnnotatedCall) -> str:
    when = summary.started_at.strftime("%Y-%m-%d %H:%M") if summary.started_at else ""
    who = summary.trainee or "real call"
    heading = f"{index}. {who} · {call.title}" + (f" · {when}" if when else "")
    return render_call(call, anchor(index), heading)
