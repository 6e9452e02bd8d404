"""``roleplay report --html``: one self-contained page, every piece of user text escaped."""

from __future__ import annotations

import re
from datetime import datetime
from html.parser import HTMLParser

import pytest
from review_fixtures import (
    SCRIPTS,
    TEN_SESSIONS,
    build_session,
    run_cli,
    session_text,
    write_corrupt,
    write_session,
    write_ten_sessions,
)

from roleplay.review import sessions as review
from roleplay.review.annotate import annotate
from roleplay.review.report_chart import trend_chart
from roleplay.review.report_html import SORT_SCRIPT, render_report
from roleplay.review.trend import trend

VOID = {"meta", "br", "hr", "img", "input", "link"}


class Page(HTMLParser):
    """Collects what the tests look at, and checks that every tag is closed in order."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.ids: set[str] = set()
        self.links: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.errors: list[str] = []
        self.feed(text)
        self.close()

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.append((tag, a))
        if a.get("id"):
            self.ids.add(a["id"])
        if tag == "a":
            self.links.append(a.get("href") or "")
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes <{self.stack[-1] if self.stack else None}>")
        else:
            self.stack.pop()


@pytest.fixture
def report(tmp_path):
    folder = tmp_path / "t"
    write_ten_sessions(folder)
    write_corrupt(folder)
    result = run_cli(["report", "t", "--html", "report.html"], cwd=tmp_path)
    assert result.status == 0, result.stderr
    return result, (tmp_path / "report.html").read_text(encoding="utf-8")


def test_the_report_has_the_chart_the_tables_and_a_transcript_per_session(report):
    result, text = report
    page = Page(text)

    assert result.stdout == "wrote report.html: 10 sessions\n"
    assert "dead00.jsonl:2:37: invalid JSON" in result.stderr
    assert page.errors == [] and page.stack == []
    assert {"trend-chart", "mistake-table", "outcome-table", "sessions-table"} <= page.ids
    assert {"coaching-list", "rollup-table"} <= page.ids
    # A rolling-average line where a trainee has two sessions or more at one level: dana's
    # two hard calls, lee's two normal ones.
    assert text.count('<polyline class="rolling"') == 2
    assert text.count('<circle class="dot"') == 10  # a point per session
    assert text.count("<circle cx=") == 2  # and the legend's
    assert '<g class="legend">' in text and ">dana (5)</text>" in text and ">lee (5)</text>" in text


def test_every_session_row_links_to_its_annotated_transcript(report):
    _, text = report
    page = Page(text)

    anchors = [href for href in page.links if href.startswith("#s-")]
    assert anchors == [f"#s-{i}" for i in range(1, 11)]
    assert all(href[1:] in page.ids for href in page.links if href.startswith("#"))
    assert text.count('<section class="call"') == 10
    with_evidence = [
        code for row in TEN_SESSIONS for code in row[7] if SCRIPTS[row[1]].mistakes[code][1]
    ]
    assert text.count("<mark ") == len(with_evidence) == 14


def test_skipped_files_are_listed_at_the_end(report):
    _, text = report

    assert '<h2 id="skipped">Skipped files</h2>' in text
    assert "t/20240511-120000_cold-call_dana_dead00.jsonl:2:37: invalid JSON" in text


def test_the_page_needs_no_network_and_its_one_script_is_inline(report):
    _, text = report
    page = Page(text)

    assert not [tag for tag, _ in page.tags if tag in ("link", "img", "iframe", "object")]
    assert [attrs for tag, attrs in page.tags if tag == "script"] == [{}]  # no src
    assert text.count("<script>") == 1 and SORT_SCRIPT in text
    urls = re.findall(r"(?:src|href)=\"([^\"#][^\"]*)\"", text)
    assert urls == []
    assert "@import" not in text and "url(" not in text
    assert re.findall(r"https?://[^\"]+", text) == [
        "http://www.w3.org/2000/svg"
    ]  # a namespace, not a fetch


def test_user_text_is_escaped_everywhere():
    evil = '<script>alert("x")</script>'
    t = build_session(
        evil, "gatekeeper", "2024-05-01T09:00:00Z", 50, ("ignored-question",), outcome=evil
    )
    summary = review.summarise(session_text(t), f"{evil}.jsonl")

    text = render_report(
        [summary], {summary.file: annotate(t, t.scorecard)}, datetime(2024, 5, 2), title=evil
    )

    assert evil not in text and "<script>alert" not in text
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in text
    assert "&lt;billing&gt; &amp; &quot;scheduling&quot;" in text
    assert Page(text).errors == []


def test_an_empty_folder_gives_a_page_that_says_so(tmp_path):
    (tmp_path / "t").mkdir()

    result = run_cli(["report", "t", "--html", "-"], cwd=tmp_path)

    assert result.status == 0
    assert "<p>No sessions found.</p>" in result.stdout and "<svg" not in result.stdout


def test_filters_are_named_under_the_title(tmp_path):
    write_ten_sessions(tmp_path / "t")

    result = run_cli(
        ["report", "t", "--trainee", "dana", "--since", "2024-05-05", "--html", "-"], cwd=tmp_path
    )

    assert "t · trainee dana, since 2024-05-05</p>" in result.stdout
    assert result.stdout.count('<section class="call"') == 3


def test_one_session_on_one_day_still_draws_a_point():
    one = build_session("dana", "voicemail", "2024-05-01T09:00:00Z", 70)
    chart = trend_chart(trend([review.summarise(session_text(one), "a.jsonl")]))

    assert "<polyline" not in chart and chart.count("<circle") == 2


def test_unfinished_and_unscored_sessions_stay_off_the_chart(tmp_path, monkeypatch):
    monkeypatch.setattr(review, "score_turns", lambda turns, final=True: review.Scorecard(12))
    write_session(
        tmp_path, "a.jsonl", build_session("dana", "voicemail", "2024-05-01T09:00:00Z", 80)
    )
    write_session(
        tmp_path,
        "b.jsonl",
        build_session("dana", "voicemail", "2024-05-02T09:00:00Z", 0, finished=False),
    )

    result = run_cli(["report", ".", "--html", "-"], cwd=tmp_path)

    assert ">dana (1)</text>" in result.stdout
    assert result.stdout.count('<section class="call"') == 2
