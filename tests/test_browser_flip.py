"""Browser checks of the flip page: the toggle, the section picker, the kernel editor."""

from __future__ import annotations

import pytest
from browser import chart_fingerprint, exception_count, open_app, screenshot, wait_for_rerun

from ui.i18n import t

pytestmark = pytest.mark.browser


VIEWS = ("continuous", "discrete", "image", "quiz", "code")


def _pick_section(page, lang: str, view: str) -> None:
    picker = page.locator("[data-testid='stMain'] [data-testid='stButtonGroup']").first
    picker.get_by_role("radio", name=t(f"flip.tab.{view}", lang=lang), exact=True).click()
    wait_for_rerun(page)


def _metric_value(page, label: str) -> str:
    metric = page.locator("[data-testid='stMetric']").filter(has_text=label).first
    return metric.locator("[data-testid='stMetricValue']").inner_text()


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_toggle_changes_image_results(streamlit_server, browser_page, lang):
    page = browser_page
    # The image section is the default one.
    open_app(page, streamlit_server, "flip", lang)
    screenshot(page, f"flip-image-{lang}")
    op_corr = t("flip.op.corr", lang=lang)
    before = _metric_value(page, t("flip.px.value_label", lang=lang, row=80, col=128, op=op_corr))
    shots_before = chart_fingerprint(page)

    page.locator("[data-testid='stMain'] [data-testid='stCheckbox']").first.click()
    wait_for_rerun(page)
    assert exception_count(page) == 0
    assert "flip=1" in page.url
    op_conv = t("flip.op.conv", lang=lang)
    after = _metric_value(page, t("flip.px.value_label", lang=lang, row=80, col=128, op=op_conv))
    # Sobel x is the negative of its 180° rotation, so the value changes sign.
    assert float(after) == pytest.approx(-float(before))
    assert chart_fingerprint(page) != shots_before
    screenshot(page, f"flip-image-flipped-{lang}")


def test_custom_kernel_cell_edit(streamlit_server, browser_page):
    page = browser_page
    lang = "en"
    open_app(page, streamlit_server, "flip", lang, kernel="custom")
    largest_before = _metric_value(page, t("flip.d2.max_diff", lang=lang))

    # The default custom kernel is a single 1 above the centre; put a 1 below it too,
    # which makes the kernel unchanged by a 180° rotation.
    editor = page.locator("[data-testid='stDataFrame']:visible").first
    # The grid is drawn on a canvas that takes input only once it is ready, and charts
    # that finish drawing can move it, so measure it again before every attempt and try
    # until the page writes the kernel to the URL.
    for _ in range(4):
        editor.scroll_into_view_if_needed()
        page.wait_for_timeout(500)
        box = editor.bounding_box()
        assert box is not None
        # Columns: row index, then "0", "1", "2"; rows: header, then 0, 1, 2.
        row_height = box["height"] / 4
        page.mouse.dblclick(box["x"] + box["width"] * 0.5, box["y"] + row_height * 3.5)
        page.wait_for_timeout(500)
        page.keyboard.press("Control+A")
        page.keyboard.type("1")
        page.keyboard.press("Enter")
        wait_for_rerun(page, settle_ms=800)
        if "ck=" in page.url:
            break
    screenshot(page, "flip-custom-kernel-en")

    assert exception_count(page) == 0
    assert "ck=" in page.url
    largest_after = _metric_value(page, t("flip.d2.max_diff", lang=lang))
    assert float(largest_before) > 0
    assert float(largest_after) == 0.0
    assert page.get_by_text(t("flip.d2.sym.invariant", lang=lang)[:40]).count() >= 1


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_every_section_renders(streamlit_server, browser_page, lang):
    page = browser_page
    messages = []
    page.on("console", lambda message: messages.append(message.text))
    open_app(page, streamlit_server, "flip", lang, flip="1", kernel="emboss")
    for view in VIEWS:
        _pick_section(page, lang, view)
        assert exception_count(page) == 0
        assert f"view={view}" in page.url or view == "image"
        screenshot(page, f"flip-{view}-flipped-{lang}")
    assert not [text for text in messages if "Conflicting legend" in text]


def test_section_switch_keeps_settings(streamlit_server, browser_page):
    page = browser_page
    lang = "en"
    open_app(page, streamlit_server, "flip", lang, view="discrete", pos="5")
    _pick_section(page, lang, "continuous")
    _pick_section(page, lang, "discrete")
    assert "pos=5" in page.url
    assert _metric_value(page, t("flip.d1.value_label", lang=lang, n=5))
