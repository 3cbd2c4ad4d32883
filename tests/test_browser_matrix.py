"""Browser checks of the matrix page: the symbolic 4 × 9 W is drawn legibly in both languages."""

from __future__ import annotations

import pytest
from browser import exception_count, open_app, screenshot, wait_for_rerun

from ui.i18n import t

pytestmark = pytest.mark.browser

CHARTS = "[data-testid='stMain'] [data-testid='stVegaLiteChart']"


def chart_titled(page, title: str):
    """Return the chart whose rendered title text is ``title``."""
    return page.locator(CHARTS).filter(has_text=title).first


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_symbolic_w_is_legible(streamlit_server, browser_page, lang):
    open_app(browser_page, streamlit_server, "matrix", lang)
    assert exception_count(browser_page) == 0
    heading = browser_page.locator("[data-testid='stMain'] h1").first.inner_text()
    assert t("nav.matrix", lang=lang).split(":")[0] in heading

    # Charts are embedded after the script run ends, so wait for W itself.
    matrix = chart_titled(browser_page, "W (4 × 9)")
    matrix.wait_for()
    assert browser_page.locator(CHARTS).count() >= 4
    matrix.scroll_into_view_if_needed()
    box = matrix.bounding_box()
    # Nine columns of 24 px cells plus the axis: wide enough for "k1" in every cell.
    assert box["width"] >= 9 * 24
    assert box["height"] >= 4 * 24
    matrix.screenshot(path=f"test-artifacts/screenshots/matrix-w-{lang}.png")
    screenshot(browser_page, f"matrix-default-{lang}")


def test_settings_rerun_without_exception(streamlit_server, browser_page):
    open_app(browser_page, streamlit_server, "matrix", "en", n="5", k="3", stride="2", out="3")
    assert exception_count(browser_page) == 0
    # The padding slider is the fourth in the main area; its thumb is an input[type=range].
    slider = browser_page.locator("[data-testid='stMain'] [data-testid='stSlider']").nth(3)
    slider.locator("input[type='range']").first.focus()
    browser_page.keyboard.press("ArrowRight")
    wait_for_rerun(browser_page)
    assert exception_count(browser_page) == 0
    wait_for_rerun(browser_page)
    screenshot(browser_page, "matrix-strided-en")


def test_one_dimensional_numeric_view(streamlit_server, browser_page):
    open_app(browser_page, streamlit_server, "matrix", "ko", dims="1d", n="12", k="3", symbolic="0")
    assert exception_count(browser_page) == 0
    screenshot(browser_page, "matrix-1d-ko")


SECTIONS = ("w", "transpose", "adjoint", "deconv", "code")


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_every_section_renders(streamlit_server, browser_page, lang):
    for view in SECTIONS:
        open_app(browser_page, streamlit_server, "matrix", lang, view=view)
        assert exception_count(browser_page) == 0, view
        heading = t(f"matrix.{view}.heading", lang=lang)
        assert browser_page.get_by_role("heading", name=heading).count() > 0, view
        screenshot(browser_page, f"matrix-{view}-{lang}")


def test_section_picker_switches_section(streamlit_server, browser_page):
    open_app(browser_page, streamlit_server, "matrix", "en")
    browser_page.get_by_role("radio", name=t("matrix.section.transpose", lang="en")).click()
    wait_for_rerun(browser_page)
    assert exception_count(browser_page) == 0
    assert "view=transpose" in browser_page.url
    heading = t("matrix.transpose.heading", lang="en")
    assert browser_page.get_by_role("heading", name=heading).count() > 0


def test_exercise_starts_with_nothing_right(streamlit_server, browser_page):
    open_app(browser_page, streamlit_server, "matrix", "en")
    progress = browser_page.locator("[data-testid='stProgress']").first
    assert "0 of 36 entries filled in, 0 of them right." in progress.inner_text()


def test_gram_pair_fits_a_narrow_window(streamlit_server, browser_page):
    browser_page.set_viewport_size({"width": 1000, "height": 900})
    open_app(browser_page, streamlit_server, "matrix", "ko", view="deconv", n="4")
    pair = chart_titled(browser_page, "WᵀW")
    pair.wait_for()
    pair.scroll_into_view_if_needed()
    main = browser_page.locator("[data-testid='stMainBlockContainer']").bounding_box()
    # The drawing itself, not its container, which clips what overflows.
    box = pair.locator("canvas, svg").first.bounding_box()
    # The legend used to be clipped at the right edge of the main column.
    assert box["x"] + box["width"] <= main["x"] + main["width"] + 1
    screenshot(browser_page, "matrix-gram-narrow-ko")
