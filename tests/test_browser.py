"""The real thing: `streamlit run streamlit_app.py` on 127.0.0.1, driven by headless Chromium.

Types a matrix question and a narrative question into the chat input, checks the answers and their citation
chips, saves docs/screenshot.png and reports the time from server start to the first answer. Skipped only
when /usr/bin/chromium is absent outside CI; in CI (CI=true) .ci/run installs Debian's chromium first.
"""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-sync"]
START_TIMEOUT = 120  # seconds until /_stcore/health answers
ANSWER_TIMEOUT = 300  # ms below: a fresh checkout builds the index on the first page load (about a minute)
# the README's picture is refreshed on request (UPDATE_SCREENSHOT=1); other runs keep theirs out of git
SCREENSHOT = ROOT / "docs" / "screenshot.png" if os.environ.get("UPDATE_SCREENSHOT") else \
    ROOT / "tests" / "artifacts" / "screenshot.png"
MATRIX_Q = "Which mega trends influence Medical Devices downstream?"
NARRATIVE_Q = "Why do clusters internationalise?"

if not CHROMIUM.exists() and os.environ.get("CI") != "true":
    pytest.skip("/usr/bin/chromium is not installed (apt-get install -y chromium); CI installs it and runs this",
                allow_module_level=True)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_healthy(url: str, proc: subprocess.Popen, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"streamlit exited with {proc.returncode}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as r:
                if r.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.25)
    raise AssertionError(f"{url}/_stcore/health did not answer within {timeout} s")


@pytest.fixture
def server(tmp_path):
    port = free_port()
    env = dict(os.environ, CTA_DATA_DIR=str(tmp_path), HF_HUB_OFFLINE="1")
    log = open(tmp_path / "streamlit.log", "w")  # noqa: SIM115 - closed below
    started = time.monotonic()
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(ROOT / "streamlit_app.py"), "--server.address", "127.0.0.1",
         "--server.port", str(port), "--server.headless", "true", "--browser.gatherUsageStats", "false",
         "--server.fileWatcherType", "none"],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(url, proc, START_TIMEOUT)
        yield url, started, proc
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)  # the server's own process group, started above
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(timeout=10)
        log.close()
        output = (tmp_path / "streamlit.log").read_text(errors="replace")
        assert "Traceback" not in output, output[-3000:]


def test_chat_in_a_real_browser(server, capsys):
    from playwright.sync_api import expect, sync_playwright

    url, started, _ = server
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            page.goto(url)
            box = page.locator('[data-testid="stChatInput"] textarea')
            expect(box).to_be_visible(timeout=ANSWER_TIMEOUT * 1000)
            messages = page.locator('[data-testid="stChatMessage"]')

            box.fill(MATRIX_Q)
            box.press("Enter")
            expect(messages).to_have_count(2, timeout=ANSWER_TIMEOUT * 1000)
            first = messages.nth(1)
            expect(first).to_contain_text("Figure 3 · p. 12", timeout=ANSWER_TIMEOUT * 1000)
            first_answer = time.monotonic() - started
            for trend in ("Cross-linkage of subjects & objects", "Big data", "Personalisation of products & services"):
                expect(first).to_contain_text(trend)

            box.fill(NARRATIVE_Q)
            box.press("Enter")
            expect(messages).to_have_count(4, timeout=ANSWER_TIMEOUT * 1000)
            second = messages.nth(3)
            expect(second).to_contain_text("Sources", timeout=ANSWER_TIMEOUT * 1000)
            expect(second).to_contain_text(re.compile(r"§\d+(\.\d+)* · p\. \d+"))
            sources = second.locator('[data-testid="stExpander"] summary')
            sources.click()
            expect(second.locator("mark").first).to_be_visible()
            assert page.locator('[data-testid="stException"]').count() == 0

            sources.click()  # closed again, so that the screenshot shows both answers
            page.set_viewport_size({"width": 1400, "height": 1900})
            messages.nth(0).scroll_into_view_if_needed()
            page.wait_for_timeout(500)
            SCREENSHOT.parent.mkdir(exist_ok=True)
            SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(SCREENSHOT))
        finally:
            browser.close()
    assert SCREENSHOT.stat().st_size > 10_000
    with capsys.disabled():
        print(f"\n[browser] time to first answer from server start: {first_answer:.1f} s")
