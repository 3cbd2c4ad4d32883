"""Shared fixtures: AppTest runs of a page in a chosen language with URL parameters."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parent.parent
ENTRY = str(ROOT / "streamlit_app.py")
PAGE_FILES = {
    "home": None,
    "flip": "pages/1_flip.py",
    "stride": "pages/2_stride_padding.py",
    "matrix": "pages/3_matrix.py",
    "unet": "pages/4_unet.py",
}
LANGUAGES = ("ko", "en")
# AppTest runs a whole script per call; heavy pages on a loaded 2-core machine need time.
APPTEST_TIMEOUT = float(os.environ.get("APPTEST_TIMEOUT", "60"))


def run_page(page: str, lang: str = "en", **query: str) -> AppTest:
    """Run ``page`` (a key of ``PAGE_FILES``) once, as a deep link with ``?lang=`` and ``query``.

    The entry script is the AppTest's main script, and non-home pages are reached with
    ``switch_page`` so that ``st.page_link`` targets resolve as in the real app.
    """
    app = AppTest.from_file(ENTRY, default_timeout=APPTEST_TIMEOUT)
    app.query_params["lang"] = lang
    for key, value in query.items():
        app.query_params[key] = value
    if PAGE_FILES[page] is not None:
        app.switch_page(PAGE_FILES[page])
    return app.run()


def assert_no_exception(app: AppTest) -> None:
    """Fail with the messages of any uncaught exception the script run showed."""
    assert not app.exception, [exception.value for exception in app.exception]


@pytest.fixture(params=LANGUAGES)
def lang(request: pytest.FixtureRequest) -> str:
    return request.param


# Browser fixtures, shared by every tests/test_browser_*.py module.
from browser import browser_page, chromium, fresh_server, streamlit_server  # noqa: E402, F401
