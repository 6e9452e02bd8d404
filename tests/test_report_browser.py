"""The HTML report rendered by a real browser: headless Chromium (Debian's ``chromium``).

The issue's "done when": ten scripted sessions by two trainees across three scenarios,
plus a corrupt file, give a report whose rendered page holds the trend chart and the
tables, and whose screenshot is a real picture of it.

Without chromium the test is skipped, saying why, except under CI (``CI`` set, as CI
services do), where a missing browser is a failure: ``.ci/run`` installs it.
"""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
from pathlib import Path

import pytest
from review_fixtures import run_cli, write_corrupt, write_ten_sessions

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
