"""Browser checks of the stride page: stepping and playing move the window highlight."""

import time

import pytest
from browser import exception_count, open_app, screenshot, wait_for_rerun

pytestmark = pytest.mark.browser

STEP_LABEL = {"en": "Step", "ko": "단계"}
PLAY_LABEL = {"en": "Play", "ko": "재생"}


def step_input(page, lang: str):
    """Return the step slider's range input (Streamlit 1.67 draws no role='slider')."""
    slider = (
        page.locator("[data-testid='stMain'] [data-testid='stSlider']")
        .filter(has_text=STEP_LABEL[lang])
        .first
    )
    return slider.locator("input[type='range']").first


def step_value(page, lang: str) -> int:
    return int(step_input(page, lang).input_value())


def press_step(page, lang: str, presses: int) -> None:
    """Move the step slider with the arrow key, waiting for the rerun after each press.

    Presses sent during a fragment rerun can be lost, so they go one at a time.
    """
    for _ in range(presses):
        step_input(page, lang).focus()
        page.keyboard.press("ArrowRight")
        wait_for_rerun(page)


def wait_for_step(page, lang: str, condition, timeout_s: float = 30.0) -> int:
    """Poll the step slider until ``condition(step)`` holds; return the last step seen.

    Playing advances one position per fragment rerun, which a loaded machine delays, so
    the tests wait for the condition instead of sleeping a fixed time.
    """
    deadline = time.monotonic() + timeout_s
    step = step_value(page, lang)
    while not condition(step) and time.monotonic() < deadline:
        page.wait_for_timeout(200)
        step = step_value(page, lang)
    return step


def play_toggle(page):
    return (
        page.locator("[data-testid='stMain'] [data-testid='stCheckbox']")
        .filter(has_text=PLAY_LABEL["en"])
        .first
    )


def walk_charts(page) -> bytes:
    """Screenshot the padded-input and output charts of the window walk."""
    charts = page.locator("[data-testid='stMain'] [data-testid='stVegaLiteChart']")
    return charts.nth(0).screenshot() + charts.nth(1).screenshot()


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_step_slider_moves_highlight(streamlit_server, browser_page, lang):
    page = browser_page
    open_app(page, streamlit_server, "stride", lang)
    step_input(page, lang).wait_for()
    assert exception_count(page) == 0
    screenshot(page, f"stride_{lang}_default")
    before = walk_charts(page)
    press_step(page, lang, presses=5)
    assert step_value(page, lang) == 5
    assert walk_charts(page) != before
    assert exception_count(page) == 0


def test_play_walks_and_stops(streamlit_server, browser_page):
    page = browser_page
    # 1D, 8 inputs, kernel 3, stride 2, padding 1: four output positions.
    open_app(page, streamlit_server, "stride", "en", dims="1")
    step_input(page, "en").wait_for()
    before = walk_charts(page)
    play_toggle(page).locator("label").first.click()
    assert wait_for_step(page, "en", lambda step: step >= 1) >= 1
    wait_for_rerun(page)
    assert walk_charts(page) != before
    # Four positions at 0.8 s each take about 3 s; the timeout leaves room for load.
    assert wait_for_step(page, "en", lambda step: step == 3, timeout_s=60) == 3
    toggle = play_toggle(page).locator("input").first
    deadline = time.monotonic() + 30
    while toggle.is_checked() and time.monotonic() < deadline:
        page.wait_for_timeout(200)
    wait_for_rerun(page)
    assert not toggle.is_checked()
    assert step_value(page, "en") == 3
    assert exception_count(page) == 0


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_interesting_settings_screenshots(streamlit_server, browser_page, lang):
    page = browser_page
    open_app(
        page,
        streamlit_server,
        "stride",
        lang,
        n="9",
        k="2",
        stride="4",
        padding="0",
        dilation_w="2",
        pad_kind="numbers",
        padding_mode="reflect",
        output_padding="3",
        step="4",
    )
    assert exception_count(page) == 0
    screenshot(page, f"stride_{lang}_gaps")
    open_app(page, streamlit_server, "stride", lang, n="4", k="7", dilation="3")
    assert exception_count(page) == 0
    screenshot(page, f"stride_{lang}_rejected")


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_padded_grid_tooltip_is_translated(streamlit_server, browser_page, lang):
    page = browser_page
    open_app(page, streamlit_server, "stride", lang)
    chart = page.locator("[data-testid='stMain'] [data-testid='stVegaLiteChart']").first
    chart.scroll_into_view_if_needed()
    box = chart.bounding_box()
    # Hover near the top-left of the plot area, over a numbered cell's text.
    tooltip = page.locator("#vg-tooltip-element")
    text = ""
    for dx, dy in ((0.3, 0.2), (0.5, 0.3), (0.4, 0.4)):
        page.mouse.move(box["x"] + box["width"] * dx, box["y"] + box["height"] * dy)
        page.wait_for_timeout(400)
        if tooltip.count() and tooltip.is_visible():
            text = tooltip.inner_text()
            break
    assert text, "no tooltip appeared over the padded input"
    assert "label" not in text
    kind_title = {"en": "Cell kind", "ko": "칸 종류"}[lang]
    assert kind_title in text
