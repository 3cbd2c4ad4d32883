"""Browser checks of every page: deep links on a fresh server, sidebar, sliders, uploads."""

from __future__ import annotations

import io

import pytest
from browser import (
    PAGE_PATHS,
    chart_fingerprint,
    exception_count,
    move_slider,
    open_app,
    screenshot,
    wait_for_rerun,
)
from PIL import Image

from ui.i18n import catalog, t

pytestmark = pytest.mark.browser

PAGES_WITH_SLIDERS = ("flip", "stride", "matrix", "unet")


def _page_title(page_id: str, lang: str) -> str:
    key = f"{page_id}.title"
    return t(key, lang=lang) if key in catalog() else t(f"nav.{page_id}", lang=lang)


def _sidebar_links(page) -> list[str]:
    return page.locator("[data-testid='stSidebar'] [data-testid='stPageLink']").all_inner_texts()


@pytest.mark.parametrize("page_id", list(PAGE_PATHS))
def test_deep_link_on_fresh_server(fresh_server, browser_page, page_id):
    for lang in ("ko", "en"):
        open_app(browser_page, fresh_server, page_id, lang)
        links = " ".join(_sidebar_links(browser_page))
        for target in PAGE_PATHS:
            assert t(f"nav.{target}", lang=lang) in links, (page_id, lang, target)
        heading = browser_page.locator("[data-testid='stMain'] h1").first.inner_text()
        assert heading == _page_title(page_id, lang)
        assert exception_count(browser_page) == 0
        screenshot(browser_page, f"{page_id}-{lang}")


@pytest.mark.parametrize("page_id", PAGES_WITH_SLIDERS)
def test_slider_changes_chart(streamlit_server, browser_page, page_id):
    for lang in ("ko", "en"):
        open_app(browser_page, streamlit_server, page_id, lang)
        before = chart_fingerprint(browser_page)
        move_slider(browser_page, 0, presses=2)
        after = chart_fingerprint(browser_page)
        assert exception_count(browser_page) == 0
        assert before != after, f"first slider on {page_id} ({lang}) changed no chart or image"


def test_sidebar_link_keeps_language(streamlit_server, browser_page):
    open_app(browser_page, streamlit_server, "home", "en")
    browser_page.locator("[data-testid='stSidebar'] [data-testid='stPageLink']").nth(3).click()
    wait_for_rerun(browser_page, settle_ms=800)
    assert "/matrix" in browser_page.url
    heading = browser_page.locator("[data-testid='stMain'] h1").first.inner_text()
    assert heading == _page_title("matrix", "en")


def _png_bytes() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), (200, 30, 30)).save(buffer, format="PNG")
    return buffer.getvalue()


def _choose_upload(page, lang: str) -> None:
    sidebar = page.locator("[data-testid='stSidebar']")
    sidebar.locator("[data-testid='stSelectbox']").filter(
        has_text=t("image.source", lang=lang)
    ).click()
    page.get_by_role("option", name=t("image.source.upload", lang=lang)).click()
    wait_for_rerun(page)


def test_upload_good_and_bad_file(streamlit_server, browser_page):
    lang = "en"
    open_app(browser_page, streamlit_server, "flip", lang, image="upload")
    file_input = browser_page.locator("[data-testid='stSidebar'] input[type='file']")

    file_input.set_input_files({"name": "red.png", "mimeType": "image/png", "buffer": _png_bytes()})
    wait_for_rerun(browser_page, settle_ms=1000)
    assert browser_page.get_by_text(t("image.credit.upload", lang=lang, name="red.png")).count() > 0
    assert exception_count(browser_page) == 0

    file_input.set_input_files(
        {"name": "broken.png", "mimeType": "image/png", "buffer": b"this is not a picture"}
    )
    wait_for_rerun(browser_page, settle_ms=1000)
    assert browser_page.get_by_text(t("image.error.not_image", lang=lang)).count() > 0
    assert browser_page.get_by_text(t("image.credit.upload", lang=lang, name="red.png")).count() > 0
    assert exception_count(browser_page) == 0
    screenshot(browser_page, "upload-bad-file-en")
