"""Browser checks of the U-Net page: both languages, a training run, the stop button."""

from __future__ import annotations

import pytest
from browser import exception_count, open_app, screenshot, wait_for_rerun

from ui.i18n import t

pytestmark = pytest.mark.browser

MAIN = "[data-testid='stMain']"


def _button(page, key: str, lang: str):
    return page.locator(f"{MAIN} [data-testid='stButton'] button").filter(
        has_text=t(key, lang=lang)
    )


def _progress_text(page) -> str:
    return page.locator(f"{MAIN} [data-testid='stProgress']").first.inner_text()


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_page_and_training_run(streamlit_server, browser_page, lang):
    open_app(browser_page, streamlit_server, "unet", lang, steps="600")
    assert exception_count(browser_page) == 0
    heading = browser_page.locator(f"{MAIN} h1").first.inner_text()
    assert t("nav.unet", lang=lang).split(":")[0] in heading
    screenshot(browser_page, f"unet-{lang}-default")

    _button(browser_page, "unet.train", lang).click()
    browser_page.wait_for_selector(f"{MAIN} [data-testid='stProgress']")
    wait_for_rerun(browser_page)
    done = t("unet.train_done", lang=lang, steps=600, seconds=0.0, k=3).split("(")[0].strip()
    assert done in _progress_text(browser_page)
    assert exception_count(browser_page) == 0
    assert "PSNR" in browser_page.locator(MAIN).inner_text()
    screenshot(browser_page, f"unet-{lang}-trained")


def test_stop_button_interrupts_training(streamlit_server, browser_page):
    lang = "en"
    open_app(browser_page, streamlit_server, "unet", lang, steps="2000", k="4")
    _button(browser_page, "unet.train", lang).click()
    # Wait until the loop has drawn some progress, then stop it.
    browser_page.wait_for_function(
        "() => [...document.querySelectorAll(\"[data-testid='stProgress']\")]"
        ".some(bar => /Step [1-9]/.test(bar.innerText))",
        timeout=30_000,
    )
    _button(browser_page, "unet.stop", lang).click()
    wait_for_rerun(browser_page)
    text = _progress_text(browser_page)
    assert text.startswith("Stopped at step"), text
    assert "of 2000" in text
    assert exception_count(browser_page) == 0


def test_checkerboard_setting(streamlit_server, browser_page):
    open_app(
        browser_page,
        streamlit_server,
        "unet",
        "ko",
        k="3",
        upk="ones",
        weights="random",
        size="65",
        depth="4",
    )
    assert exception_count(browser_page) == 0
    body = browser_page.locator(MAIN).inner_text()
    assert t("unet.verdict.uneven", lang="ko") in body
    screenshot(browser_page, "unet-ko-checkerboard")
