"""AppTest checks of the flip page: every number against numpy, scipy and PyTorch."""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import re

import numpy as np
import pandas as pd
import pyarrow as pa
import pytest
from conftest import ROOT, assert_no_exception, run_page
from PIL import Image
from scipy.signal import convolve2d, correlate2d

from ui.flip_views import clean_values
from ui.i18n import t

SOBEL_X = np.array([[-1.0, 0.0, 1.0], [-2.0, 0.0, 2.0], [-1.0, 0.0, 1.0]])
GAUSSIAN = np.outer([1.0, 2.0, 1.0], [1.0, 2.0, 1.0]) / 16.0
DECAY = np.array([0.5, 0.3, 0.2])
DEFAULT_PIXEL = (80, 128)
ZOOM = 11


def chart_frames(app) -> dict[str, pd.DataFrame]:
    """Map each titled Altair chart to its data table (decoded from Arrow)."""
    frames = {}
    for element in app.get("vega_lite_chart"):
        spec = json.loads(element.proto.spec)
        title = spec.get("title")
        if isinstance(title, str) and element.proto.datasets:
            reader = pa.ipc.open_stream(element.proto.datasets[0].data.data)
            frames[title] = reader.read_pandas()
    return frames


def grid(frame: pd.DataFrame) -> np.ndarray:
    """Rebuild a 2D array from a heatmap table (0-based row and col)."""
    rows = frame["row"].astype(int).to_numpy()
    cols = frame["col"].astype(int).to_numpy()
    values = np.zeros((rows.max() + 1, cols.max() + 1))
    values[rows, cols] = frame["value"].to_numpy()
    return values


def latex_body(element) -> str:
    """Return a formula without the ``$$`` fences and the aligned environment."""
    return element.value.strip("$\n ").removesuffix(r"\end{aligned}").rstrip()


def metric(app, key: str, lang: str = "en", **values) -> float:
    label = t(key, lang=lang, **values)
    for element in app.metric:
        if element.label == label:
            return float(element.value)
    raise AssertionError(f"no metric {label!r} in {[m.label for m in app.metric]}")


def zoom_key(flip: bool, lang: str = "en") -> str:
    op = t("flip.op.conv" if flip else "flip.op.corr", lang=lang)
    return t("flip.px.zoom", lang=lang, op=op)


def fingerprint(app) -> str:
    """Hash everything a run draws: chart specs and data, images, numbers and formulas."""
    digest = hashlib.sha256()
    for element in app.get("vega_lite_chart"):
        digest.update(element.proto.spec.encode())
        for dataset in element.proto.datasets:
            digest.update(dataset.data.data)
    for element in app.get("imgs"):
        digest.update(str(element.proto).encode())
    for group in (app.metric, app.latex, app.markdown, app.caption, app.code):
        for element in group:
            digest.update(str(element.value).encode())
    for element in app.dataframe:
        digest.update(element.value.to_csv().encode())
    return digest.hexdigest()


def load_astronaut() -> np.ndarray:
    picture = Image.open(ROOT / "assets" / "images" / "astronaut.png").convert("L")
    return np.asarray(picture, dtype=np.float64) / 255.0


def crop(values: np.ndarray, row: int, col: int, size: int = ZOOM) -> np.ndarray:
    half = size // 2
    padded = np.pad(values, half)
    return padded[row : row + size, col : col + size]


def seattle(days: int = 40) -> np.ndarray:
    table = pd.read_csv(ROOT / "assets" / "signals" / "seattle_weather_2012.csv")
    return table["temp_max"].to_numpy(dtype=np.float64)[:days]


# --- Rendering and URL ----------------------------------------------------------------


VIEWS = ("continuous", "discrete", "image", "quiz", "code")


def test_page_renders_in_language(lang):
    app = run_page("flip", lang)
    assert_no_exception(app)
    assert app.title[0].value == t("nav.flip", lang=lang)
    # A learner starts with the image section.
    assert app.session_state["view"] == "image"
    assert metric(app, "flip.d2.max_diff", lang) > 0


@pytest.mark.parametrize("view", VIEWS)
def test_each_section_renders_in_both_languages(view, lang):
    app = run_page("flip", lang, view=view, flip="1", kernel="emboss")
    assert_no_exception(app)
    assert t("flip.nonfinite", lang=lang) not in [w.value for w in app.warning]


def test_bad_query_falls_back_with_note():
    app = run_page("flip", "en", kernel="nope", x="999", view="continuous")
    assert_no_exception(app)
    notes = " ".join(info.value for info in app.info)
    assert "`kernel`" in notes
    assert "`x`" in notes
    assert app.slider(key="x").value == pytest.approx(0.5)
    app.session_state["view"] = "image"
    app.run()
    assert app.selectbox(key="kernel").value == "sobel_x"


def test_bad_view_falls_back_to_image():
    app = run_page("flip", "en", view="everything")
    assert_no_exception(app)
    assert "`view`" in " ".join(info.value for info in app.info)
    assert app.session_state["view"] == "image"
    assert metric(app, "flip.d2.max_diff") > 0


def test_settings_go_into_url():
    app = run_page("flip", "en")
    app.toggle(key="flip").set_value(True).run()
    app.selectbox(key="kernel").set_value("emboss").run()
    app.session_state["view"] = "continuous"
    app.run()
    app.slider(key="x").set_value(-1.25).run()
    assert app.query_params["flip"] == ["1"] or app.query_params["flip"] == "1"
    params = {key: app.query_params[key] for key in ("kernel", "x", "view")}
    assert [str(value).strip("[]'") for value in params.values()] == [
        "emboss",
        "-1.25",
        "continuous",
    ]


def test_settings_survive_switching_sections():
    app = run_page("flip", "en", view="continuous", x="1.5")
    app.session_state["view"] = "image"
    app.run()
    app.slider(key="row").set_value(10).run()
    app.session_state["view"] = "continuous"
    app.run()
    assert_no_exception(app)
    assert app.slider(key="x").value == pytest.approx(1.5)
    app.session_state["view"] = "image"
    app.run()
    assert app.slider(key="row").value == 10


def test_url_settings_are_restored():
    query = {"flip": "1", "kernel": "gaussian", "signal": "step", "x": "1.5", "row": "10"}
    app = run_page("flip", "en", **query)
    assert_no_exception(app)
    assert app.toggle(key="flip").value is True
    assert app.selectbox(key="kernel").value == "gaussian"
    assert app.slider(key="row").value == 10
    app = run_page("flip", "en", view="discrete", **query)
    assert app.selectbox(key="signal").value == "step"
    app = run_page("flip", "en", view="continuous", **query)
    assert app.slider(key="x").value == pytest.approx(1.5)


# --- 2D image ------------------------------------------------------------------------------


def test_flip_changes_sobel_output_and_matches_scipy():
    image = load_astronaut()
    row, col = DEFAULT_PIXEL
    app = run_page("flip", "en")
    off = grid(chart_frames(app)[zoom_key(False)])
    np.testing.assert_allclose(off, crop(correlate2d(image, SOBEL_X, mode="same"), row, col))

    app.toggle(key="flip").set_value(True).run()
    assert_no_exception(app)
    on = grid(chart_frames(app)[zoom_key(True)])
    assert not np.allclose(on, off)
    np.testing.assert_allclose(on, crop(convolve2d(image, SOBEL_X, mode="same"), row, col))
    # Convolution is cross-correlation with the kernel rotated by 180 degrees.
    rotated = correlate2d(image, np.rot90(SOBEL_X, 2), mode="same")
    np.testing.assert_allclose(on, crop(rotated, row, col))


def test_pixel_value_and_difference_match_scipy():
    image = load_astronaut()
    row, col = DEFAULT_PIXEL
    app = run_page("flip", "en", flip="1")
    op = t("flip.op.conv", lang="en")
    shown = metric(app, "flip.px.value_label", row=row, col=col, op=op)
    expected = convolve2d(image, SOBEL_X, mode="same")[row, col]
    assert shown == pytest.approx(expected, abs=5e-5)
    difference = convolve2d(image, SOBEL_X, mode="same") - correlate2d(image, SOBEL_X, mode="same")
    # The metric shows four significant digits.
    assert metric(app, "flip.d2.max_diff") == pytest.approx(np.abs(difference).max(), rel=1e-3)


def test_rotation_invariant_kernel_ignores_flip():
    app = run_page("flip", "en", kernel="gaussian")
    off = grid(chart_frames(app)[zoom_key(False)])
    app.toggle(key="flip").set_value(True).run()
    on = grid(chart_frames(app)[zoom_key(True)])
    np.testing.assert_array_equal(on, off)
    assert metric(app, "flip.d2.max_diff") == 0.0
    assert t("flip.d2.sym.invariant", lang="en") in [s.value for s in app.success]
    image = load_astronaut()
    np.testing.assert_allclose(on, crop(correlate2d(image, GAUSSIAN, mode="same"), *DEFAULT_PIXEL))


def test_mirror_symmetric_sobel_is_negated_not_invariant():
    app = run_page("flip", "en", kernel="sobel_x")
    assert t("flip.d2.sym.negated", lang="en") in [info.value for info in app.info]
    frames = chart_frames(app)
    kernel = grid(frames[t("flip.d2.kernel_title", lang="en")])
    flipped = grid(frames[t("flip.d2.flipped_title", lang="en")])
    np.testing.assert_array_equal(flipped, -kernel)


def test_pixel_products_sum_to_value():
    app = run_page("flip", "en", kernel="emboss", row="40", col="60")
    frames = chart_frames(app)
    patch = grid(frames[t("flip.px.patch", lang="en")])
    applied = grid(frames[t("flip.px.applied_corr", lang="en")])
    products = grid(frames[t("flip.px.products", lang="en")])
    np.testing.assert_allclose(patch * applied, products)
    op = t("flip.op.corr", lang="en")
    value = metric(app, "flip.px.value_label", row=40, col=60, op=op)
    assert products.sum() == pytest.approx(value, abs=5e-5)
    assert latex_body(app.latex[-1]).endswith(f"= {app.metric[-1].value}")


def test_custom_kernel_from_url():
    app = run_page("flip", "en", kernel="custom", ck="0,0,0,0,0,0,0,0,1")
    assert_no_exception(app)
    frames = chart_frames(app)
    expected = np.zeros((3, 3))
    expected[2, 2] = 1.0
    np.testing.assert_array_equal(grid(frames[t("flip.d2.kernel_title", lang="en")]), expected)
    image = load_astronaut()
    zoom = grid(frames[zoom_key(False)])
    np.testing.assert_allclose(
        zoom, crop(correlate2d(image, expected, mode="same"), *DEFAULT_PIXEL)
    )


def test_impulse_charts_show_kernel_and_rotation():
    app = run_page("flip", "en", kernel="emboss")
    frames = chart_frames(app)
    emboss = np.array([[-2.0, -1.0, 0.0], [-1.0, 1.0, 1.0], [0.0, 1.0, 2.0]])
    np.testing.assert_array_equal(grid(frames[t("flip.imp2.conv", lang="en")]), emboss)
    np.testing.assert_array_equal(grid(frames[t("flip.imp2.corr", lang="en")]), np.rot90(emboss, 2))


# --- Discrete 1D -------------------------------------------------------------------------


@pytest.mark.parametrize("flip", [False, True])
def test_term_table_sums_to_shown_value(flip):
    app = run_page("flip", "en", flip="1" if flip else "0", pos="7", view="discrete")
    table = app.dataframe[0].value
    products = table[t("flip.d1.col_product", lang="en")].to_numpy()
    shown = metric(app, "flip.d1.value_label", n=7)
    assert products.sum() == pytest.approx(shown, abs=5e-5)
    signal = seattle()
    expected = (
        np.convolve(signal, DECAY, mode="valid")
        if flip
        else np.correlate(signal, DECAY, mode="valid")
    )
    assert shown == pytest.approx(expected[7], abs=5e-5)
    assert latex_body(app.latex[0]).endswith(f"= {app.metric[0].value}")


def test_term_table_reads_kernel_backwards_when_flipped():
    app = run_page("flip", "en", flip="1", pos="3", view="discrete")
    column = t("flip.d1.col_kernel_index", lang="en")
    assert app.dataframe[0].value[column].tolist() == [2, 1, 0]
    app.toggle(key="flip").set_value(False).run()
    assert app.dataframe[0].value[column].tolist() == [0, 1, 2]


def test_commutativity_metrics():
    app = run_page("flip", "en", signal="step", k1="difference", view="discrete")
    assert metric(app, "flip.comm.conv_gap") == 0.0
    assert metric(app, "flip.comm.corr_reversed_gap") == 0.0
    signal = (np.arange(40) >= 20).astype(float)
    kernel = np.array([-1.0, 0.0, 1.0])
    corr_fg = np.correlate(signal, kernel, mode="full")
    corr_gf = np.correlate(kernel, signal, mode="full")
    assert metric(app, "flip.comm.corr_gap") == pytest.approx(np.abs(corr_fg - corr_gf).max())


def test_impulse_table_reverses_kernel():
    app = run_page("flip", "en", view="discrete")
    table = app.dataframe[1].value
    np.testing.assert_array_equal(table.iloc[0].to_numpy(), DECAY)
    np.testing.assert_array_equal(table.iloc[1].to_numpy(), DECAY)
    np.testing.assert_array_equal(table.iloc[2].to_numpy(), DECAY[::-1])


def test_position_clamped_to_output():
    app = run_page("flip", "en", k1="binomial", pos="63", view="discrete")
    assert_no_exception(app)
    assert app.slider(key="pos").value == 35
    assert t("flip.d1.pos_clamped", lang="en", last=35) in [c.value for c in app.caption]


def test_kernel_longer_than_signal_shows_message():
    app = run_page(
        "flip", "en", signal="custom", sv="1,2", k1="custom", kv="1,2,3", view="discrete"
    )
    assert_no_exception(app)
    assert app.warning, "expected a translated message in place of the 1D charts"


# --- Continuous -------------------------------------------------------------------------


def test_continuous_value_matches_closed_form():
    # box * box is the triangle 1 - |x|.
    app = run_page("flip", "en", f="box", g="box", x="0.25", flip="1", view="continuous")
    assert latex_body(app.latex[1]).endswith(r"\approx 0.75")


def test_continuous_flip_mirrors_ramp():
    app = run_page("flip", "en", f="box", g="ramp", x="-0.25", flip="0", view="continuous")
    # box ⋆ ramp at x: ∫ over u in [0, 1] ∩ [-1/2 - x, 1/2 - x] of u du = 0.28125 at x = -0.25
    assert latex_body(app.latex[1]).endswith(r"\approx 0.281")
    app.toggle(key="flip").set_value(True).run()
    # box * ramp at x mirrors it: equal to box ⋆ ramp at -x, 0.03125 at x = -0.25.
    assert latex_body(app.latex[1]).endswith(r"\approx 0.031")


def test_divergent_pair_warns():
    app = run_page("flip", "en", f="step", g="step", view="continuous")
    assert t("flip.cont.divergent", lang="en") in [w.value for w in app.warning]


# --- Every widget changes the drawing -------------------------------------------------------


WIDGET_CHANGES = [
    ("image", "toggle", "flip", True),
    ("continuous", "toggle", "flip", True),
    ("discrete", "toggle", "flip", True),
    ("code", "toggle", "flip", True),
    ("continuous", "selectbox", "f", "triangle"),
    ("continuous", "selectbox", "g", "exponential"),
    ("continuous", "slider", "x", -2.0),
    ("discrete", "selectbox", "signal", "noisy_sine"),
    ("discrete", "selectbox", "k1", "difference"),
    ("discrete", "slider", "pos", 20),
    ("image", "selectbox", "kernel", "emboss"),
    ("image", "slider", "row", 120),
    ("image", "slider", "col", 30),
    ("image", "selectbox", "image", "brick"),
    ("image", "segmented_control", "view", "discrete"),
]


@pytest.mark.parametrize(("view", "kind", "key", "value"), WIDGET_CHANGES)
def test_each_widget_changes_drawing(view, kind, key, value):
    app = run_page("flip", "en", view=view)
    before = fingerprint(app)
    if kind == "segmented_control":
        app.session_state[key] = value
        app.run()
    else:
        getattr(app, kind)(key=key).set_value(value).run()
    assert_no_exception(app)
    assert fingerprint(app) != before


def test_language_switch_translates_page():
    app = run_page("flip", "ko")
    assert t("flip.d2.max_diff", lang="ko") in [m.label for m in app.metric]
    app.radio(key="lang").set_value("en").run()
    assert t("flip.d2.max_diff", lang="en") in [m.label for m in app.metric]
    assert app.query_params["lang"] in ("en", ["en"])


# --- Self-check ---------------------------------------------------------------------------


def submit(app, key: str, answer: str | None):
    if answer is not None:
        app.radio(key=f"flip_{key}").set_value(answer)
    form_buttons = [button for button in app.button if button.form_id == f"flip_{key}_form"]
    form_buttons[0].click()
    return app.run()


@pytest.mark.parametrize(
    ("key", "right", "wrong"),
    [("q1", "b", "a"), ("q2", "same", "border"), ("q3", "corr", "conv"), ("q4", "negated", "same")],
)
def test_quiz_accepts_right_and_explains_wrong(key, right, wrong):
    app = run_page("flip", "en", view="quiz")
    why = t(f"flip.quiz.{key}.why", lang="en")
    assert not any(why in element.value for element in (*app.success, *app.error))

    submit(app, key, wrong)
    assert any(why in element.value for element in app.error)
    assert any(t("flip.quiz.wrong", lang="en") in element.value for element in app.error)

    submit(app, key, right)
    assert any(why in element.value for element in app.success)


def test_quiz_without_answer_asks_for_one():
    app = run_page("flip", "en", view="quiz")
    submit(app, "q1", None)
    assert t("flip.quiz.pick_first", lang="en") in [info.value for info in app.info]


def test_quiz_edge_outputs_match_scipy():
    app = run_page("flip", "en", view="quiz")
    frames = chart_frames(app)
    edge = np.zeros((6, 6))
    edge[:, 3:] = 1.0
    np.testing.assert_allclose(grid(frames["A"]), correlate2d(edge, SOBEL_X, mode="valid"))
    np.testing.assert_allclose(grid(frames["B"]), convolve2d(edge, SOBEL_X, mode="valid"))


# --- Exported code ----------------------------------------------------------------------


def run_code(source: str, monkeypatch) -> dict:
    monkeypatch.chdir(ROOT)
    namespace: dict = {}
    with contextlib.redirect_stdout(io.StringIO()):
        exec(compile(source, "<flip page code>", "exec"), namespace)
    return namespace


CODE_SETTINGS = [
    {},
    {"flip": "1"},
    {"flip": "1", "kernel": "motion_blur", "row": "17", "col": "250", "image": "text"},
    {"kernel": "custom", "ck": "0.5,1,0,0,0,0,0,0,-2", "signal": "custom", "sv": "1,2,3.5,-4"},
    {"flip": "1", "k1": "binomial", "kernel": "box_blur", "image": "brick", "pos": "30"},
]


@pytest.mark.parametrize("library", ["numpy", "torch"])
@pytest.mark.parametrize("query", CODE_SETTINGS)
def test_exported_code_gives_page_numbers(library, query, monkeypatch):
    if library == "torch":
        pytest.importorskip("torch")
    code = run_page("flip", "en", view="code", **query)
    assert_no_exception(code)
    flip = query.get("flip") == "1"
    op = t("flip.op.conv" if flip else "flip.op.corr", lang="en")
    # Code blocks in page order: 1D NumPy, 1D PyTorch, 2D NumPy + SciPy, 2D PyTorch.
    offset = 0 if library == "numpy" else 1

    one_d = run_code(code.code[offset].value, monkeypatch)
    discrete = run_page("flip", "en", view="discrete", **query)
    position = int(discrete.slider(key="pos").value)
    shown = metric(discrete, "flip.d1.value_label", n=position)
    assert one_d["value"] == pytest.approx(shown, abs=5e-5)

    two_d = run_code(code.code[2 + offset].value, monkeypatch)
    image = run_page("flip", "en", view="image", **query)
    row, col = int(image.slider(key="row").value), int(image.slider(key="col").value)
    shown = metric(image, "flip.px.value_label", row=row, col=col, op=op)
    assert two_d["value"] == pytest.approx(shown, abs=5e-5)
    output = np.asarray(two_d["output"], dtype=np.float64)
    zoom = grid(chart_frames(image)[zoom_key(flip)])
    np.testing.assert_allclose(crop(output, row, col), zoom, atol=1e-9)
    largest = float(np.abs(np.asarray(two_d["difference"], dtype=np.float64)).max())
    # The metric shows four significant digits.
    assert largest == pytest.approx(metric(image, "flip.d2.max_diff"), rel=1e-3)


def test_code_names_image_file():
    app = run_page("flip", "en", image="brick", view="code")
    assert "assets/images/brick.png" in app.code[2].value
    assert re.search(r"flip = False", app.code[3].value)


# --- Typed values -----------------------------------------------------------------------


def test_url_values_beyond_limit_fall_back():
    app = run_page("flip", "en", view="discrete", signal="custom", sv="1,2e6,3", kv="1,1e6")
    assert_no_exception(app)
    notes = " ".join(info.value for info in app.info)
    assert "`sv`" in notes
    assert "`kv`" not in notes


def test_editor_leaves_out_values_beyond_limit():
    column = pd.Series([1.0, 2e6, None, -3.0, float("inf")])
    assert clean_values(column, fill=None) == ((1.0, -3.0), 2)
    assert clean_values(column, fill=0.0) == ((1.0, 0.0, 0.0, -3.0, 0.0), 2)


def test_huge_typed_product_is_written_compactly():
    app = run_page(
        "flip", "en", view="discrete", signal="custom", sv="1e6,1e6,1e6", k1="custom", kv="1e6"
    )
    assert_no_exception(app)
    shown = [m.value for m in app.metric]
    assert metric(app, "flip.d1.value_label", n=int(app.slider(key="pos").value)) == 1e12
    assert all(len(value) <= 12 for value in shown), shown
