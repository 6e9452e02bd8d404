"""The HTML report rendered by a real browser: headless Chromium (Debian's ``chromium``).

The issue's "done when": ten scripted sessions by two trainees across three scenarios,
plus a corrupt file, give a report whose rendered page holds the trend chart and the
tables, and whose screenshot is a real picture of it. And the roll-up's: twenty real
sessions by three trainees, on one day and across weeks, give a roll-up table that sorts
on a click and a chart whose points spread across the plot, in each trainee's colour.

Without chromium the test is skipped, saying why, except under CI (``CI`` set, as CI
services do), where a missing browser is a failure: ``.ci/run`` installs it.
"""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import struct
import subprocess
from pathlib import Path

import pytest
from png_pixels import read_png
from review_fixtures import run_cli, write_corrupt, write_ten_sessions
from team_sessions import write_team_sessions

from roleplay.review.report_chart import PALETTE

CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--window-size=1280,2000",
]


def _in_ci() -> bool:
    return os.environ.get("CI", "").lower() not in ("", "0", "false", "no")


def _chromium() -> str:
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    if _in_ci():
        pytest.fail("chromium is not installed, and CI is set: .ci/run should have installed it")
    pytest.skip("chromium is not installed (apt-get install chromium); CI is not set, so skipping")


def _run(browser: str, profile: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [browser, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    return struct.unpack(">II", data[16:24])


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    """The report of the ten sessions (and a corrupt file), its DOM and screenshot."""
    browser = _chromium()
    root = tmp_path_factory.mktemp("browser")
    write_ten_sessions(root / "transcripts")
    write_corrupt(root / "transcripts")
    result = run_cli(["report", "--html", "report.html"], cwd=root)
    page = root / "report.html"
    url = page.resolve().as_uri()
    dom = _run(browser, root / "profile-dom", "--dump-dom", url)
    shot = root / "report.png"
    picture = _run(browser, root / "profile-shot", f"--screenshot={shot}", url)
    return result, dom, picture, shot


def test_the_corrupt_file_is_named_and_skipped(rendered):
    result, *_ = rendered

    assert result.status == 0
    assert result.stdout == "wrote report.html: 10 sessions\n"
    assert result.stderr.startswith(
        "roleplay: warning: transcripts/20240511-120000_cold-call_dana_dead00.jsonl:2:37: invalid"
    )


def test_the_rendered_page_holds_the_chart_and_the_tables(rendered):
    _, dom, *_ = rendered

    assert dom.returncode == 0, dom.stderr[-2000:]
    html = dom.stdout
    assert '<svg xmlns="http://www.w3.org/2000/svg" id="trend-chart"' in html
    assert html.count("<polyline") == 2
    assert html.count("<script>") == 1
    for table in ("mistake-table", "outcome-table", "sessions-table"):
        assert f'<table id="{table}">' in html
    assert html.count('<section class="call"') == 10
    assert "<td>dana</td>" in html and "<td>lee</td>" in html


def test_the_screenshot_is_a_full_picture_of_the_page(rendered):
    *_, picture, shot = rendered

    assert picture.returncode == 0, picture.stderr[-2000:]
    assert shot.exists(), picture.stderr[-2000:]
    assert _png_size(shot) == (1280, 2000)
    # A blank page compresses to a few kilobytes; the chart and tables take far more.
    assert shot.stat().st_size > 50_000
    if os.environ.get("ROLEPLAY_KEEP_SCREENSHOT"):
        shutil.copy(shot, os.environ["ROLEPLAY_KEEP_SCREENSHOT"])


# --- the roll-up and the chart, with sessions on one day and across weeks -----------------

#: Run in the page after it has loaded: measures the chart and its dots, clicks the roll-up
#: table's "average" heading twice, and writes what it saw into the page as JSON.
PROBE = """<script>
(function () {
  function rows() {
    return Array.prototype.map.call(document.querySelectorAll("#rollup-table tbody tr"),
      function (tr) {
        return [tr.cells[0].textContent, tr.cells[1].textContent,
                tr.cells[3].getAttribute("data-sort")];
      });
  }
  var box = document.getElementById("trend-chart").getBoundingClientRect();
  var dots = Array.prototype.map.call(document.querySelectorAll("#trend-chart circle.dot"),
    function (c) { var r = c.getBoundingClientRect(); return r.left + r.width / 2; });
  var heading = document.querySelector('#rollup-table th[data-key="average"] button');
  var before = rows();
  heading.click();
  var ascending = rows();
  heading.click();
  var descending = rows();
  var out = document.createElement("pre");
  out.id = "probe";
  out.textContent = JSON.stringify({
    chart: {x: box.left + window.scrollX, y: box.top + window.scrollY,
            width: box.width, height: box.height},
    dots: dots, before: before, ascending: ascending, descending: descending,
    sorted: heading.parentNode.getAttribute("aria-sort")
  });
  document.body.appendChild(out);
})();
</script>"""

SHOT_SIZE = (1280, 2400)


@pytest.fixture(scope="module", params=["day", "weeks"])
def team_report(request, tmp_path_factory):
    """The report of the twenty real sessions, all on one day or across weeks: what the
    probe saw in the rendered page, and the screenshot's pixels."""
    browser = _chromium()
    root = tmp_path_factory.mktemp(f"team-{request.param}")
    write_team_sessions(root / "transcripts", request.param)
    result = run_cli(["report", "--html", "report.html"], cwd=root)
    assert result.status == 0, result.stderr
    page = root / "report.html"
    probe = root / "probe.html"
    probe.write_text(page.read_text(encoding="utf-8").replace("</body>", PROBE + "</body>"))
    dom = _run(browser, root / "profile-dom", "--dump-dom", probe.resolve().as_uri())
    assert dom.returncode == 0, dom.stderr[-2000:]
    found = re.search(r'<pre id="probe">(.*?)</pre>', dom.stdout, re.S)
    assert found, "the probe did not run: " + dom.stdout[-1000:]
    seen = json.loads(html.unescape(found.group(1)))
    shot = root / "report.png"
    picture = _run(
        browser,
        root / "profile-shot",
        f"--window-size={SHOT_SIZE[0]},{SHOT_SIZE[1]}",
        "--force-device-scale-factor=1",
        f"--screenshot={shot}",
        page.resolve().as_uri(),
    )
    assert picture.returncode == 0 and shot.exists(), picture.stderr[-2000:]
    if os.environ.get("ROLEPLAY_KEEP_SCREENSHOT"):
        shutil.copy(shot, f"{os.environ['ROLEPLAY_KEEP_SCREENSHOT']}.{request.param}.png")
    return request.param, seen, read_png(shot)


def test_the_chart_spreads_its_points_across_the_plot(team_report):
    spread, seen, _ = team_report

    dots = seen["dots"]
    assert len(dots) == 19  # twenty sessions, one not attempted
    # The plot is 774 px wide: on one day the sessions no longer stack on one date.
    assert max(dots) - min(dots) > 600, (spread, min(dots), max(dots))
    # ...and each has a place of its own: a quarter of an hour on a date axis was 7 px.
    places = sorted(dots)
    assert min(b - a for a, b in zip(places, places[1:], strict=False)) > 30, spread


def test_the_rollup_table_has_a_row_per_trainee_and_scenario_and_sorts_on_a_click(team_report):
    _, seen, _ = team_report

    assert [row[:2] for row in seen["before"]] == [
        [trainee, scenario]
        for trainee in ("dana", "lee", "sam")
        for scenario in ("gatekeeper", "sleepy_skeptic", "voicemail")
    ]
    averages = [float(row[2]) for row in seen["ascending"]]
    assert averages == sorted(averages) and averages[0] == 30  # dana on the gatekeeper
    again = [float(row[2]) for row in seen["descending"]]
    assert again == sorted(averages, reverse=True)  # a second click reverses
    assert seen["sorted"] == "descending"


def test_the_screenshot_shows_the_chart_in_each_trainee_colour(team_report):
    spread, seen, pixels = team_report
    chart = seen["chart"]
    top, left = round(chart["y"]), round(chart["x"])
    bottom, right = top + round(chart["height"]), left + round(chart["width"])
    assert bottom <= SHOT_SIZE[1], "the chart is below the screenshot"

    area = pixels[top:bottom, left:right, :3].astype(int)
    inked = (area.min(axis=2) < 200).mean()
    assert inked > 0.01, f"the chart area is blank ({inked:.2%} inked)"
    plot = area[:, : round(830 * chart["width"] / 1000)]  # the plot, without the legend
    for trainee, colour in zip(("dana", "lee", "sam"), PALETTE, strict=False):
        rgb = [int(colour[i : i + 2], 16) for i in (1, 3, 5)]
        ys, xs = ((abs(plot - rgb).sum(axis=2)) < 40).nonzero()
        assert len(xs) > 100, f"{trainee}'s line and dots are missing ({spread})"
        assert xs.max() - xs.min() > 300, f"{trainee}'s points are bunched ({spread})"
