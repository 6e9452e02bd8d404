"""The manager's report: one self-contained HTML page.

Everything is inline (CSS, an SVG chart drawn by ``roleplay.review.report_chart``, and a
few lines of script that sort the roll-up table when a heading is clicked), so the page
opens from a file or an e-mail attachment with no network. Every piece of user text
(trainee names, scenario titles, what was said) goes through ``html_parts.escape``.

Sections: who needs coaching, the roll-up (each trainee on each scenario), exams, totals,
the score trend (chart), mistake frequency per code, outcome per scenario, the sessions
table, and each session's annotated transcript, which the sessions table links to by
``#s-N`` anchors. Pure: data in, a string out.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime

from roleplay.review import sessions as review
from roleplay.review.annotate import AnnotatedCall, tip_for
from roleplay.review.exams import SavedResult, exam_rows
from roleplay.review.html_parts import escape as _e
from roleplay.review.report_chart import trend_chart
from roleplay.review.rollup import (
    DEFAULT_PASS_MARK,
    RECENT_CALLS,
    RECURRING_MIN,
    Rollup,
    RollupRow,
    rollup,
)
from roleplay.review.sessions import SessionSummary
from roleplay.review.trend import trend
from roleplay.scoring.scorecard import Mistake

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
#coaching-list li { margin: 4px 0; }
th button { font: inherit; font-weight: 600; color: inherit; background: none; border: 0;
            padding: 0; cursor: pointer; }
th[aria-sort="ascending"] button::after { content: " ▲"; }
th[aria-sort="descending"] button::after { content: " ▼"; }
@media print { .call { break-inside: avoid; } }
"""


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
    pass_mark: int | None = None,
    all_exams: Sequence[SavedResult] | None = None,
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
        pass_mark: ``--pass-mark``: one pass mark for every scenario in the roll-up.
        all_exams: The exams whose pass marks apply (default: ``exams``).
    """
    t = review.totals(summaries)
    roll = rollup(summaries, exams if all_exams is None else all_exams, pass_mark)
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
    if roll.rows:
        parts.append('<h2 id="coaching">Needs coaching</h2>')
        parts.append(_coaching(roll))
        parts.append('<h2 id="rollup">Each trainee on each scenario</h2>')
        parts.append(_rollup_table(roll))
    if exams:
        parts.append('<h2 id="exams">Exams</h2>')
        parts.append(_exams_table(exams, summaries))
    if summaries:
        parts.append(_cards(summaries, t))
        parts.append('<h2 id="trend">Score trend per trainee (rolling average)</h2>')
        marks = {r.pass_mark.mark for r in roll.rows}
        parts.append(trend_chart(trend(summaries), marks.pop() if len(marks) == 1 else None))
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
    if roll.rows:
        parts.append(f"<script>{SORT_SCRIPT}</script>")
    parts.append("</body></html>\n")
    return "\n".join(parts)


# --- the roll-up ------------------------------------------------------------------------

#: Sorts a ``table.sortable`` by the column whose heading button is clicked: numbers by
#: value (a cell's ``data-sort``), text alphabetically, empty cells last; a second click
#: reverses. Inline, a few lines, no library: the page must work offline.
SORT_SCRIPT = """
document.querySelectorAll("table.sortable").forEach(function (table) {
  var heads = table.tHead.rows[0].cells;
  Array.prototype.forEach.call(heads, function (th, col) {
    var button = th.querySelector("button");
    if (!button) return;
    button.addEventListener("click", function () {
      var up = th.getAttribute("aria-sort") !== "ascending";
      Array.prototype.forEach.call(heads, function (h) { h.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", up ? "ascending" : "descending");
      var body = table.tBodies[0];
      var rows = Array.prototype.slice.call(body.rows);
      function key(row) {
        var cell = row.cells[col];
        return cell.hasAttribute("data-sort") ? cell.getAttribute("data-sort") : cell.textContent;
      }
      rows.sort(function (a, b) {
        var x = key(a), y = key(b);
        if (x === "" || y === "") return (x === "") - (y === "");
        var nx = Number(x), ny = Number(y);
        var order = isNaN(nx) || isNaN(ny) ? x.localeCompare(y) : nx - ny;
        return up ? order : -order;
      });
      rows.forEach(function (row) { body.appendChild(row); });
    });
  });
});
"""


def _coaching(roll: Rollup) -> str:
    """The trainees who need coaching, each with the reasons and the mistake to work on."""
    rules = (
        f'<p class="muted">Recent: each trainee\'s last {RECENT_CALLS} counted calls. '
        "Needs coaching: their average is below the pass mark, or one mistake is in "
        f"{RECURRING_MIN} or more of them. Calls not attempted are left out.</p>"
    )
    if not roll.coaching:
        return '<p id="coaching-none">Nobody: every trainee is on track.</p>' + rules
    items = []
    for t in roll.coaching:
        mistake = t.recent_mistake.code if t.recent_mistake is not None else ""
        items.append(
            f'<li data-trainee="{_e(t.trainee)}" data-mistake="{_e(mistake)}">'
            f"<b>{_e(t.trainee)}</b>: {_e('; '.join(t.reasons))}</li>"
        )
    return f'<ul id="coaching-list">{"".join(items)}</ul>{rules}'


def _sort_cell(value: float | int | None, shown: str = "") -> str:
    if value is None:
        return '<td class="num" data-sort="">-</td>'
    return f'<td class="num" data-sort="{value}">{_e(shown or value)}</td>'


def _rollup_table(roll: Rollup) -> str:
    """Each trainee on each scenario; sortable by any column (a click on its heading)."""
    heads = [
        ("trainee", ""),
        ("scenario", ""),
        ("sessions", "num"),
        ("average", "num"),
        ("latest", "num"),
        ("best", "num"),
        ("pass mark", "num"),
        ("result", ""),
        ("top mistake", ""),
    ]
    head = "".join(
        f'<th class="{cls}" data-key="{_e(name)}"><button type="button">{_e(name)}</button></th>'
        for name, cls in heads
    )
    rows = [f'<table id="rollup-table" class="sortable"><thead><tr>{head}</tr></thead><tbody>']
    rows.extend(_rollup_row(r) for r in roll.rows)
    rows.append("</tbody></table>")
    note = (
        "Click a heading to sort. PASS when the average, rounded, reaches the pass mark "
        f"(--pass-mark, else an exam's mark for the scenario, else {DEFAULT_PASS_MARK})."
    )
    if roll.not_attempted:
        note += f" Averages leave out {roll.not_attempted} call{'s' if roll.not_attempted != 1 else ''} not attempted."
    rows.append(f'<p class="muted">{_e(note)}</p>')
    return "\n".join(rows)


def _rollup_row(r: RollupRow) -> str:
    average = None if r.average is None else round(r.average, 1)
    shown = "-" if r.average is None else f"{r.average:.0f}"
    sessions = f"{r.sessions}" + (f" ({r.not_attempted} not attempted)" if r.not_attempted else "")
    mark_title = f"from the exam {r.pass_mark.exam}" if r.pass_mark.exam else r.pass_mark.source
    cls = {True: "down", False: "up", None: "muted"}[r.passed]
    mistake = (
        f"<code>{_e(r.top_mistake.code)}</code> {r.top_mistake.calls} of {r.top_mistake.of}"
        if r.top_mistake is not None
        else '<span class="muted">none</span>'
    )
    top_key = r.top_mistake.code if r.top_mistake is not None else ""
    return (
        f"<tr><td>{_e(r.trainee)}</td><td>{_e(r.scenario)}</td>"
        f'<td class="num" data-sort="{r.sessions}">{_e(sessions)}</td>'
        f"{_sort_cell(average, shown)}{_sort_cell(r.latest)}{_sort_cell(r.best)}"
        f'<td class="num" data-sort="{r.pass_mark.mark}" title="{_e(mark_title)}">'
        f"{r.pass_mark.mark}</td>"
        f'<td class="{cls}"><b>{r.result}</b></td>'
        f'<td data-sort="{_e(top_key)}">{mistake}</td></tr>'
    )


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
    if call.conversation is not None:
        out.append(f"<h4>The conversation, {_e(call.conversation.basis)}</h4>")
        rows = "".join(
            f"<tr><th>{_e(k)}</th><td>{_e(v)}</td></tr>" for k, v in call.conversation.lines()
        )
        out.append(f'<table class="conversation">{rows}</table>')
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
