"""Playwright fixtures and helpers that drive Debian's Chromium against ``streamlit run``.

The tests skip when Chromium or Playwright is missing, except when the ``CI``
environment variable is set: there a missing browser is a failure, not a skip.
Screenshots go to ``test-artifacts/screenshots/`` (ignored by git).
"""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
]
SCREENSHOTS = ROOT / "test-artifacts" / "screenshots"
IDLE_SELECTOR = "[data-testid='stApp'][data-test-script-state='notRunning']"
# URL paths of the pages under file-based routing: the file name without number and .py.
PAGE_PATHS = {
    "home": "",
    "flip": "flip",
    "stride": "stride_padding",
    "matrix": "matrix",
    "unet": "unet",
}
SERVER_START_TIMEOUT = 60.0


def _missing_browser_reason() -> str | None:
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "Playwright for Python is not installed (pip install -r requirements-dev.txt)"
    if not Path(CHROMIUM).exists():
        return f"Chromium not found at {CHROMIUM} (Debian: apt-get install chromium fonts-noto-cjk)"
    return None


def require_browser() -> None:
    """Skip the calling test without a browser, or fail when running under CI."""
    reason = _missing_browser_reason()
    if reason is None:
        return
    if os.environ.get("CI"):
        pytest.fail(f"browser tests must run in CI: {reason}")
    pytest.skip(reason)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextlib.contextmanager
def run_server() -> Iterator[str]:
    """Start ``streamlit run streamlit_app.py`` on 127.0.0.1 and yield its base URL."""
    port = _free_port()
    log_path = ROOT / "test-artifacts" / f"streamlit-{port}.log"
    log_path.parent.mkdir(parents=True, exist_ok=True)
    command = [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        "streamlit_app.py",
        "--server.address",
        "127.0.0.1",
        "--server.port",
        str(port),
        "--server.headless",
        "true",
        "--server.fileWatcherType",
        "none",
        "--browser.gatherUsageStats",
        "false",
    ]
    with log_path.open("w") as log:
        process = subprocess.Popen(command, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)
    base_url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + SERVER_START_TIMEOUT
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"streamlit exited early; see {log_path}")
            try:
                with urllib.request.urlopen(f"{base_url}/_stcore/health", timeout=2) as response:
                    if response.status == 200:
                        break
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise TimeoutError(f"streamlit did not become healthy; see {log_path}")
            time.sleep(0.3)
        yield base_url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()


@pytest.fixture(scope="session")
def streamlit_server() -> Iterator[str]:
    """One server shared by the browser tests that do not need a fresh one."""
    require_browser()
    with run_server() as base_url:
        yield base_url


@pytest.fixture
def fresh_server() -> Iterator[str]:
    """A newly started server, for checks of the very first request it serves."""
    require_browser()
    with run_server() as base_url:
        yield base_url


@pytest.fixture(scope="session")
def chromium():
    require_browser()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_FLAGS
        )
        yield browser
        browser.close()


@pytest.fixture
def browser_page(chromium):
    """A new browser tab with a 1400 × 1000 viewport and an English locale."""
    context = chromium.new_context(viewport={"width": 1400, "height": 1000}, locale="en-US")
    page = context.new_page()
    page.set_default_timeout(45_000)
    yield page
    context.close()


def page_url(base_url: str, page_id: str, lang: str, **query: str) -> str:
    """Return the deep-link URL of ``page_id`` with ``?lang=`` and ``query``."""
    params = {"lang": lang, **query}
    text = "&".join(f"{key}={value}" for key, value in params.items())
    return f"{base_url}/{PAGE_PATHS[page_id]}?{text}"


def wait_for_rerun(page, settle_ms: int = 400) -> None:
    """Wait until the script run triggered by the last action has finished."""
    page.wait_for_timeout(settle_ms)
    page.wait_for_selector(IDLE_SELECTOR, timeout=60_000)
    page.wait_for_timeout(200)


def open_app(page, base_url: str, page_id: str, lang: str, **query: str) -> None:
    """Open ``page_id`` as a deep link and wait for its first script run to finish."""
    page.goto(page_url(base_url, page_id, lang, **query))
    page.wait_for_selector("[data-testid='stSidebar']")
    wait_for_rerun(page, settle_ms=800)


def exception_count(page) -> int:
    """Return how many Streamlit exception boxes the page shows."""
    return page.locator("[data-testid='stException']").count()


def move_slider(page, label: str | int = 0, presses: int = 1, key: str = "ArrowRight") -> None:
    """Move a slider of the main area with the keyboard and wait for the rerun.

    ``label`` is the slider's visible label (a substring), or its index in the main area.
    """
    sliders = page.locator("[data-testid='stMain'] [data-testid='stSlider']")
    target = sliders.nth(label) if isinstance(label, int) else sliders.filter(has_text=label).first
    # Streamlit 1.67 renders the thumb as a hidden input[type=range]; older releases
    # used a div with role=slider.
    thumb = target.locator("input[type='range'], [role='slider']").first
    thumb.focus()
    for _ in range(presses):
        page.keyboard.press(key)
    wait_for_rerun(page)


def chart_fingerprint(page) -> list[bytes]:
    """Return screenshots of every chart and image in the main area, to detect changes."""
    elements = page.locator(
        "[data-testid='stMain'] [data-testid='stVegaLiteChart'], "
        "[data-testid='stMain'] [data-testid='stImage']"
    )
    shots = []
    for index in range(min(elements.count(), 12)):
        element = elements.nth(index)
        if element.is_visible():
            shots.append(element.screenshot())
    return shots


def screenshot(page, name: str) -> Path:
    """Save a full-page screenshot as ``test-artifacts/screenshots/<name>.png``."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    # Streamlit scrolls inside its main container, so a "full page" screenshot of the
    # document shows one viewport only; grow the viewport to the content instead.
    viewport = page.viewport_size
    height = page.evaluate(
        "() => Math.max(...['stMain', 'stSidebarContent'].map(id => "
        "document.querySelector(`[data-testid='${id}']`)?.scrollHeight ?? 0))"
    )
    page.set_viewport_size(
        {"width": viewport["width"], "height": min(max(height + 40, 600), 16000)}
    )
    page.wait_for_timeout(600)
    page.screenshot(path=str(path), full_page=True)
    page.set_viewport_size(viewport)
    return path
