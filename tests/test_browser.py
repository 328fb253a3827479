"""The real thing: `streamlit run streamlit_app.py` on 127.0.0.1 (with .streamlit/config.toml), driven by headless
Chromium through PyPI playwright (Debian's /usr/bin/chromium; never `playwright install`).

One desktop session (1,400 px) asks seven questions: a matrix question, a follow-up, a new subject after it, a
narrative question, a figure look-up, a crossover grade, and a suggested follow-up clicked. For each answer it
checks what the DOM shows against the Answer the assistant gives in-process for the same conversation: the
reading line (whenever the Answer has one), one chip per source with the expected chip picked or present, no
traceback, at most one (collapsed) data-notes element. Matrix tables must fit without scrolling sideways. Then a
390×844 phone loads the page, asks a matrix question and checks that the answering cells are on screen without
scrolling sideways and that no follow-up label is cut.

Screenshots go to docs/ only with UPDATE_SCREENSHOT=1 (otherwise into tmp_path). Skipped only when
/usr/bin/chromium is absent outside CI; in CI (CI=true) .ci/run installs Debian's chromium first.
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

# the app opens the session index: build it before any AppTest/browser time limit starts counting
pytestmark = pytest.mark.usefixtures("index_dir")

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-sync"]
START_TIMEOUT = 120  # seconds until /_stcore/health answers
ANSWER_MS = 300_000  # a fresh checkout builds the index in the background on start (a few minutes on 2 cores)
MATRIX_Q = "Which mega trends influence Medical Devices downstream?"
FOLLOW_Q = "And upstream?"
COOP_Q = "How strong is R&D cooperation between Northern Europe and Central Western Europe?"
NARRATIVE_Q = "Why do clusters internationalise?"
CROSSOVER_Q = "What is the grade of Internet Everywhere for Logistical Services on Business relationships?"

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
    proc = subprocess.Popen(  # the rest of the settings come from .streamlit/config.toml (cwd=ROOT)
        [sys.executable, "-m", "streamlit", "run", str(ROOT / "streamlit_app.py"), "--server.address", "127.0.0.1",
         "--server.port", str(port)],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(url, proc, START_TIMEOUT)
        yield url, started
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
        assert "Inotify" not in output, "the file watcher is off (.streamlit/config.toml)"


def shots(tmp_path: Path) -> Path:
    """Where screenshots go: docs/ when asked to refresh them, else this test's tmp_path."""
    return ROOT / "docs" if os.environ.get("UPDATE_SCREENSHOT") == "1" else tmp_path


class Expect:
    """The Answers the assistant gives in-process for the same conversation: what the page must show."""

    def __init__(self):
        from assistant import Assistant
        from assistant.state import State

        self.assistant = Assistant.load()
        self.state = State()

    def answer(self, question: str):
        return self.assistant.ask(question, state=self.state)


def ask(page, question: str, n: int):
    """Type ``question``; wait for the n-th assistant message (1-based) and return it."""
    box = page.locator('[data-testid="stChatInput"] textarea')
    box.fill(question)
    box.press("Enter")
    return wait_answer(page, n)


def wait_answer(page, n: int):
    from playwright.sync_api import expect

    messages = page.locator('[data-testid="stChatMessage"]')
    expect(messages).to_have_count(2 * n, timeout=ANSWER_MS)
    msg = messages.nth(2 * n - 1)
    expect(msg.locator('[data-testid="stFeedback"]')).to_be_visible(timeout=ANSWER_MS)  # drawn last
    expect(msg.locator('[data-testid="stSkeleton"]')).to_have_count(0, timeout=ANSWER_MS)  # widgets loaded
    expect(page.locator('[data-stale="true"]')).to_have_count(0, timeout=ANSWER_MS)  # the run has finished
    page.wait_for_timeout(300)
    return msg


def chip_labels(msg) -> list[str]:
    return [t.strip() for t in msg.locator('button[data-variant="pills"]').all_inner_texts()]


def check_answer(page, msg, ans, chip_pattern: str | None) -> None:
    """Reading line, chips, no traceback, at most one collapsed data-notes element."""
    from ui.text import chips, reading_line

    shown = msg.inner_text()
    line = reading_line(ans)
    if line:
        assert line in " ".join(shown.split()), (line, shown[:400])
    else:
        assert "Read as:" not in shown
    labels = chip_labels(msg)
    assert labels == [c.label for c in chips(ans)], (labels, ans.question)
    assert len(labels) == len(set(labels)), "one chip per source"
    if chip_pattern:
        assert any(re.fullmatch(chip_pattern, label) for label in labels), (chip_pattern, labels)
    notes = msg.locator('[data-testid="stExpander"]').filter(has_text=re.compile(r"^Data notes \(\d+\)"))
    assert notes.count() <= 1
    if notes.count():
        assert notes.locator("details").first.get_attribute("open") is None, "data notes start collapsed"
    assert page.locator('[data-testid="stException"]').count() == 0
    assert "Traceback" not in page.content()


def no_sideways_scroll(msg) -> None:
    """Every figure table in the message fits its box (no horizontal scrolling)."""
    for box in msg.locator(".cta-wrap").all():
        width, client = box.evaluate("e => [e.scrollWidth, e.clientWidth]")
        assert width <= client + 1, (width, client)


def answered_cells_on_screen(page, msg, width: int) -> int:
    """The answering cells lie inside the viewport's width with nothing scrolled sideways; returns how many."""
    cells = msg.locator("td.cta-hit")
    assert cells.count() > 0
    assert page.evaluate("() => document.documentElement.scrollWidth") <= width
    for box in msg.locator(".cta-wrap").all():
        assert box.evaluate("e => e.scrollLeft") == 0
    for cell in cells.all():
        left, right = cell.evaluate("e => { const r = e.getBoundingClientRect(); return [r.left, r.right]; }")
        assert 0 <= left and right <= width, (left, right)
    return cells.count()


def test_chat_in_a_real_browser(server, tmp_path, capsys):
    from playwright.sync_api import expect, sync_playwright

    from ui.questions import example_questions

    url, started = server
    figure_q = next(e.question for e in example_questions() if "Figure" in e.question)
    figure_key = re.search(r"Figure (\w+)", figure_q)[1]
    out = shots(tmp_path)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            page.goto(url)
            expect(page.locator('[data-testid="stChatInput"] textarea')).to_be_visible(timeout=ANSWER_MS)
            n, expected = 0, None
            for question, chip in ((MATRIX_Q, r"Figure 3 · p\. \d+"), (FOLLOW_Q, r"Figure 4 · p\. \d+"),
                                   (COOP_Q, r"Figure 13 · p\. \d+")):
                n += 1
                msg = ask(page, question, n)
                if n == 1:
                    first_answer = time.monotonic() - started
                    # the in-process assistant opens the same index: only once the app's warm-up has opened it
                    expect(page.locator('[data-testid="stProgress"]')).to_have_count(0, timeout=ANSWER_MS)
                expected = expected or Expect()
                check_answer(page, msg, expected.answer(question), chip)
                expect(msg.locator(".cta-wrap td.cta-hit").first).to_be_visible()
                no_sideways_scroll(msg)
                if question == FOLLOW_Q:  # the picture: a follow-up, its reading, chip and table
                    page.set_viewport_size({"width": 1400, "height": 1250})
                    page.wait_for_timeout(500)
                    page.screenshot(path=str(out / "screenshot.png"))
                    page.set_viewport_size({"width": 1400, "height": 1000})
            assert "Medical Devices" in msg.inner_text() or "Northern Europe" in msg.inner_text()

            n += 1
            asked = time.monotonic()
            msg = ask(page, NARRATIVE_Q, n)
            narrative_wait = time.monotonic() - asked
            labels = chip_labels(msg)
            assert labels and all(re.fullmatch(r"(§[\d.]+|Appendix [AB]|Front matter) · p\. \d+( \(est\.\))?", x)
                                  for x in labels), labels
            check_answer(page, msg, expected.answer(NARRATIVE_Q), r"(§[\d.]+|Appendix [AB]) · p\. \d+( \(est\.\))?")
            msg.locator('button[data-variant="pills"]').first.click()
            panel = msg.locator('[class*="st-key-sources-"]')
            expect(panel.locator("mark").first).to_be_visible(timeout=ANSWER_MS)
            expect(panel).to_contain_text(re.compile(r"(§\d[\d.]*|Appendix [AB]) .+ · p\. \d+"))

            for question, chip in ((figure_q, rf"Figure {figure_key} · p\. \d+"),
                                   (CROSSOVER_Q, r"Figure 7 · p\. \d+")):
                n += 1
                msg = ask(page, question, n)
                check_answer(page, msg, expected.answer(question), chip)
            no_sideways_scroll(msg)

            follow = msg.locator('[class*="st-key-follow-"] button')
            assert follow.count() >= 1
            label = follow.first.inner_text().strip()
            follow.first.click()
            n += 1
            msg = wait_answer(page, n)
            asked_text = page.locator('[data-testid="stChatMessage"]').nth(2 * n - 2).locator('[data-testid="stText"]')
            assert asked_text.inner_text().strip() == label
            check_answer(page, msg, expected.answer(label), None)

            expect(page.locator('[data-testid="stChatMessage"]')).to_have_count(2 * n)  # no question asked twice
            phone_cells = phone(browser, url, out)
        finally:
            browser.close()
    assert (out / "screenshot.png").stat().st_size > 10_000
    with capsys.disabled():
        print(f"\n[browser] time to first answer from server start: {first_answer:.1f} s; narrative answer "
              f"{narrative_wait:.1f} s after asking; phone shows {phone_cells} answering cells unscrolled")


def phone(browser, url: str, out: Path) -> int:
    """A 390×844 phone: the answering cells of a matrix answer are on screen without scrolling sideways."""
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True,
                                  device_scale_factor=2)
    try:
        page = context.new_page()
        page.goto(url)
        msg = ask(page, MATRIX_Q, 1)
        shown = answered_cells_on_screen(page, msg, 390)
        follow = msg.locator('[class*="st-key-follow-"] button').all()
        assert follow
        for button in follow:  # labels never cut: each button fits the screen and shows all its text
            right, scroll, client = button.evaluate(
                "e => [e.getBoundingClientRect().right, e.scrollWidth, e.clientWidth]")
            assert right <= 390 and scroll <= client, (button.inner_text(), right, scroll, client)
        page.locator('[data-testid="stChatMessage"]').first.evaluate("e => e.scrollIntoView({block: 'start'})")
        page.wait_for_timeout(300)
        page.screenshot(path=str(out / "screenshot-phone.png"))
        return shown
    finally:
        context.close()
