"""AppTest checks of the matrix page: W, Wᵀ, the exercise and the deconvolution panel."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pyarrow as pa
import pytest
import streamlit as st
from conftest import assert_no_exception, run_page
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as strategies
from scipy.signal import convolve2d, correlate, correlate2d

import convcore as cc


def chart_table(element) -> pd.DataFrame:
    """Decode the first data table of a Vega-Lite chart element from Arrow."""
    return pa.ipc.open_stream(element.proto.datasets[0].data.data).read_pandas()


def chart_frames(app) -> dict[str, pd.DataFrame]:
    """Map each titled chart's title to its data table."""
    frames = {}
    for element in app.get("vega_lite_chart"):
        spec = json.loads(element.proto.spec)
        title = spec.get("title")
        if not isinstance(title, str) or not element.proto.datasets:
            continue
        frames[title] = chart_table(element)
    return frames


def faceted_tables(app) -> list[pd.DataFrame]:
    """Return the data tables of the faceted charts (the stamps of the scatter view)."""
    return [
        chart_table(element)
        for element in app.get("vega_lite_chart")
        if "facet" in json.loads(element.proto.spec)
    ]


def grid_values(frame: pd.DataFrame) -> np.ndarray:
    """Rebuild a grid from a chart table whose rows and columns are 1-based labels."""
    rows = frame["row"].astype(int).to_numpy() - 1
    cols = frame["col"].astype(int).to_numpy() - 1
    grid = np.zeros((rows.max() + 1, cols.max() + 1))
    grid[rows, cols] = frame["value"].to_numpy()
    return grid


def matrix_values(frame: pd.DataFrame) -> np.ndarray:
    """Rebuild W from a chart table whose rows are ``o1 …`` and columns ``i1 …``."""
    rows = frame["row"].str[1:].astype(int).to_numpy() - 1
    cols = frame["col"].str[1:].astype(int).to_numpy() - 1
    matrix = np.zeros((rows.max() + 1, cols.max() + 1))
    matrix[rows, cols] = frame["value"].to_numpy()
    return matrix


def texts(app) -> str:
    """Join every markdown, caption, success and info text of a run."""
    parts = [element.value for element in app.markdown]
    parts += [element.value for element in app.caption]
    parts += [element.value for element in app.success]
    parts += [element.value for element in app.info]
    return "\n".join(parts)


def correlate_oracle(x, kernel, stride, padding, dilation) -> np.ndarray:
    """Cross-correlate with scipy: pad, dilate the kernel with zeros, take every stride-th."""
    x = np.asarray(x, dtype=np.float64)
    kernel = np.asarray(kernel, dtype=np.float64)
    padded = np.pad(x, padding)
    dilated_shape = tuple(dilation * (k - 1) + 1 for k in kernel.shape)
    dilated = np.zeros(dilated_shape)
    dilated[tuple(slice(None, None, dilation) for _ in kernel.shape)] = kernel
    if x.ndim == 2:
        full = correlate2d(padded, dilated, mode="valid")
        return full[::stride, ::stride]
    return correlate(padded, dilated, mode="valid")[::stride]


def test_defaults_render_in_both_languages(lang):
    app = run_page("matrix", lang)
    assert_no_exception(app)
    frames = chart_frames(app)
    assert "W (4 × 9)" in frames
    labels = frames["W (4 × 9)"]
    assert set(labels["label"]) == {"0", "k1", "k2", "k3", "k4"}


def test_default_symbolic_matrix_matches_hand_worked_w():
    app = run_page("matrix", "en")
    frame = chart_frames(app)["W (4 × 9)"]
    grid = frame.pivot(index="row", columns="col", values="label")
    grid = grid.loc[[f"o{r}" for r in range(1, 5)], [f"i{c}" for c in range(1, 10)]]
    expected = [
        ["k1", "k2", "0", "k3", "k4", "0", "0", "0", "0"],
        ["0", "k1", "k2", "0", "k3", "k4", "0", "0", "0"],
        ["0", "0", "0", "k1", "k2", "0", "k3", "k4", "0"],
        ["0", "0", "0", "0", "k1", "k2", "0", "k3", "k4"],
    ]
    assert grid.to_numpy().tolist() == expected


@pytest.mark.parametrize(
    ("key", "value", "symbolic"),
    [
        ("dims", "1d", "1"),
        ("symbolic", False, "1"),
        ("n", 5, "1"),
        ("k", 3, "1"),
        ("stride", 2, "1"),
        ("padding", 1, "1"),
        ("dilation", 2, "1"),
        # The symbolic view names the cells, so kernel values and x show in numbers only.
        ("kern", "random", "0"),
        ("seed", 7, "0"),
    ],
)
def test_each_setting_changes_the_charts(key, value, symbolic):
    app = run_page("matrix", "en", n="4", symbolic=symbolic)
    before = {title: frame.to_json() for title, frame in chart_frames(app).items()}
    # format_func labels are translated with the session language, which AppTest's
    # widget setters cannot see outside a script run, so the value goes in directly.
    app.session_state[key] = value
    app.run()
    assert_no_exception(app)
    after = {title: frame.to_json() for title, frame in chart_frames(app).items()}
    assert after != before


def test_selection_highlights_row_and_window():
    app = run_page("matrix", "en", out="2")
    assert_no_exception(app)
    frames = chart_frames(app)
    w = frames["W (4 × 9)"]
    outlined = w[w["highlight"]]
    assert set(outlined["row"]) == {"o2"}
    assert len(outlined) == 9
    inputs = frames["Input x"]
    assert sorted(inputs[inputs["highlight"]]["label"].index.tolist()) == [1, 2, 4, 5]
    assert "o2 = k1·i2 + k2·i3 + k3·i5 + k4·i6" in texts(app)


def test_input_selection_lists_every_output_it_reaches():
    app = run_page("matrix", "en", inp="5")
    frames = chart_frames(app)
    w = frames["W (4 × 9)"]
    assert set(w[w["highlight"]]["col"]) == {"i5"}
    assert "o1 (k4), o2 (k3), o3 (k2), o4 (k1)" in texts(app)


def test_bad_query_parameters_fall_back_with_note():
    app = run_page("matrix", "en", n="99", stride="zero", dims="3d", noise="50", view="all")
    assert_no_exception(app)
    notes = " ".join(element.value for element in app.info)
    for key in ("n", "stride", "dims", "noise", "view"):
        assert f"`{key}`" in notes
    assert "W (4 × 9)" in chart_frames(app)


SECTION_HEADINGS = {
    "w": "W for any settings",
    "transpose": "Wᵀ: the transposed convolution, three ways",
    "adjoint": "The adjoint and the backward pass: where 'backwards convolution' comes from",
    "deconv": "Why it is not a deconvolution: Wᵀ ≠ W⁻¹",
    "code": "Code: build W in NumPy and check it with PyTorch",
}


@pytest.mark.parametrize("view", list(SECTION_HEADINGS))
def test_each_section_renders_in_both_languages(view, lang):
    app = run_page("matrix", lang, view=view)
    assert_no_exception(app)
    assert not app.info, [element.value for element in app.info]
    headings = [element.value for element in app.header]
    if lang == "en":
        assert SECTION_HEADINGS[view] in headings
    # The settings are shared by every section.
    assert app.slider(key="n").value == 3


def test_section_shows_only_its_own_content():
    default = run_page("matrix", "en")
    assert "Exercise: fill in W for a 3 × 3 input and a 2 × 2 kernel by hand" in [
        element.value for element in default.header
    ]
    assert not default.metric
    adjoint = run_page("matrix", "en", view="adjoint")
    assert "W (4 × 9)" not in chart_frames(adjoint)
    assert not any("Exercise" in element.value for element in adjoint.header)
    assert adjoint.metric


def test_switching_section_changes_the_page():
    app = run_page("matrix", "en")
    before = set(chart_frames(app))
    app.session_state["view"] = "transpose"
    app.run()
    assert_no_exception(app)
    after = set(chart_frames(app))
    assert "Wᵀ (9 × 4)" in after
    assert after != before


@pytest.mark.parametrize(
    ("view", "symbolic_off", "seed_off"),
    [
        ("w", False, False),
        ("transpose", False, False),
        ("adjoint", True, False),
        ("deconv", True, False),
        ("code", True, True),
    ],
)
def test_unused_settings_are_disabled(view, symbolic_off, seed_off):
    app = run_page("matrix", "en", view=view)
    assert_no_exception(app)
    assert app.toggle(key="symbolic").disabled == symbolic_off
    assert app.number_input(key="seed").disabled == seed_off
    captions = " ".join(element.value for element in app.caption)
    assert ("symbolic toggle has no effect" in captions) == symbolic_off


def test_code_seed_enabled_for_random_kernel():
    app = run_page("matrix", "en", view="code", kern="random")
    assert not app.number_input(key="seed").disabled


def test_kernel_larger_than_input_shows_message():
    app = run_page("matrix", "ko", n="2", k="5", dilation="3")
    assert_no_exception(app)
    assert app.warning, "expected a translated warning in place of W"


@settings(
    max_examples=8,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    dims=strategies.sampled_from(["1d", "2d"]),
    n=strategies.integers(2, 8),
    k=strategies.integers(1, 4),
    stride=strategies.integers(1, 3),
    padding=strategies.integers(0, 2),
    dilation=strategies.integers(1, 2),
    seed=strategies.integers(0, 50),
)
def test_page_w_equals_conv_matrix_and_scipy(dims, n, k, stride, padding, dilation, seed):
    query = {
        "dims": dims,
        "n": str(n),
        "k": str(k),
        "stride": str(stride),
        "padding": str(padding),
        "dilation": str(dilation),
        "seed": str(seed),
        "symbolic": "0",
        "kern": "random",
    }
    app = run_page("matrix", "en", **query)
    assert_no_exception(app)
    if n + 2 * padding < dilation * (k - 1) + 1:
        assert app.warning
        return
    frames = chart_frames(app)
    kernel = grid_values(frames["Kernel"])
    x = grid_values(frames["Input x"])
    if dims == "1d":
        kernel, x = kernel.ravel(), x.ravel()
    shape = x.shape
    oracle = correlate_oracle(x, kernel, stride, padding, dilation)

    w_titles = [title for title in frames if title.startswith("W (")]
    if w_titles:
        page_w = matrix_values(frames[w_titles[0]])
        expected = cc.conv_matrix(shape, kernel, stride=stride, padding=padding, dilation=dilation)
        assert page_w.shape == expected.shape
        np.testing.assert_allclose(page_w, expected, atol=1e-12)
        np.testing.assert_allclose(page_w @ x.ravel(), oracle.ravel(), atol=1e-9)
    else:
        # A W of more than 4000 entries (8 × 8 input, kernel 1) is drawn as an image.
        assert oracle.size * x.size > 4000
        assert any("shown as an image" in element.value for element in app.caption)
    np.testing.assert_allclose(grid_values(frames["Output Wx"]).ravel(), oracle.ravel(), atol=1e-9)

    app.session_state["view"] = "transpose"
    app.run()
    assert_no_exception(app)
    successes = " ".join(element.value for element in app.success)
    assert "Every route agrees" in successes


def test_scatter_stamps_sum_to_full_convolution():
    app = run_page("matrix", "en", view="transpose", kern="ramp", seed="3")
    assert_no_exception(app)
    frames = chart_frames(app)
    y = grid_values(frames["Output-side values y"])
    # Stride 1 and no padding: Wᵀy is the "full" convolution of y with the kernel.
    expected = convolve2d(y, np.array([[1.0, 2.0], [3.0, 4.0]]), mode="full")
    np.testing.assert_allclose(grid_values(frames["Wᵀy"]), expected, atol=1e-12)

    (stamps,) = faceted_tables(app)
    assert stamps["stamp"].nunique() == y.size
    summed = stamps.groupby(["row", "col"], as_index=False)["value"].sum()
    np.testing.assert_allclose(grid_values(summed), expected, atol=1e-12)


def test_zero_insertion_text_at_stride_one(lang):
    app = run_page("matrix", lang, view="transpose")
    assert_no_exception(app)
    text = texts(app)
    if lang == "en":
        assert "With stride 1 no zeros go between the values of y" in text
        assert "Set the stride to 2" in text
        assert "Insert 0 zeros" not in text
        assert "1/1 of" not in text
        assert "y, padded" in chart_frames(app)
    else:
        assert "스트라이드가 1이면 y의 값 사이에 끼워 넣을 0이 없습니다" in text
        assert "0을 0개" not in text
        assert "1/1칸" not in text


@pytest.mark.parametrize(
    ("stride", "padding", "expected"),
    [
        # k = 2, d = 1: the edges get d·(k − 1) − p = 1 − p zeros.
        ("2", "0", ["Insert 1 zero between", "Pad every edge with 1 zero.", "1/2 of a step"]),
        ("3", "0", ["Insert 2 zeros between", "1/3 of a step"]),
        ("2", "1", ["Insert 1 zero between", "No zeros are padded at the edges."]),
        ("2", "3", ["Padding p is larger than d·(k − 1), so 2 cells are cropped"]),
    ],
)
def test_zero_insertion_text_counts(stride, padding, expected):
    app = run_page("matrix", "en", view="transpose", n="6", stride=stride, padding=padding)
    assert_no_exception(app)
    text = texts(app)
    for sentence in expected:
        assert sentence in text
    assert "With stride 1" not in text
    assert "y with zeros inserted, padded" in chart_frames(app)


def fake_editor(grid: pd.DataFrame):
    """Return a stand-in for st.data_editor that gives back the learner's grid."""

    def editor(data, **kwargs):
        return grid.copy()

    return editor


def learner_grid(rows: list[list[str]]) -> pd.DataFrame:
    return pd.DataFrame(
        rows, index=[f"o{r}" for r in range(1, 5)], columns=[f"i{c}" for c in range(1, 10)]
    )


RIGHT_GRID = [
    ["k1", "k2", "0", "k3", "k4", "0", "0", "0", "0"],
    ["0", "k1", "k2", "0", "k3", "k4", "0", "0", "0"],
    ["0", "0", "0", "k1", "k2", "0", "k3", "k4", "0"],
    ["0", "0", "0", "0", "k1", "k2", "0", "k3", "k4"],
]


def test_exercise_accepts_the_right_grid(monkeypatch):
    monkeypatch.setattr(st, "data_editor", fake_editor(learner_grid(RIGHT_GRID)))
    app = run_page("matrix", "en")
    assert_no_exception(app)
    successes = " ".join(element.value for element in app.success)
    assert "All right" in successes
    table = app.table[0].value
    assert table.iloc[1, 1] == "k4·x1 + k3·x2 + k2·x3 + k1·x4"
    assert table.iloc[0, 0] == "k1·x1"
    assert table.iloc[2, 2] == "k4·x4"


def test_exercise_gives_a_hint_per_wrong_cell(monkeypatch):
    wrong = [row.copy() for row in RIGHT_GRID]
    wrong[0][1] = "k3"  # should be k2
    wrong[3][0] = "k1"  # should be 0
    monkeypatch.setattr(st, "data_editor", fake_editor(learner_grid(wrong)))
    app = run_page("matrix", "en")
    app.toggle(key="matrix_check").set_value(True).run()
    assert_no_exception(app)
    assert not any("All right" in element.value for element in app.success)
    hints = [element.value for element in app.markdown if element.value.startswith("- **Row")]
    assert len(hints) == 2
    assert "Row o1, column i2" in hints[0]
    assert "k2" in hints[0]
    assert "Row o4, column i1" in hints[1]
    assert "is 0" in hints[1]


def test_exercise_starts_unanswered():
    app = run_page("matrix", "en")
    assert_no_exception(app)
    (progress,) = app.get("progress")
    assert progress.proto.value == 0
    assert "0 of 36 entries filled in, 0 of them right." in progress.proto.text
    assert not any("All right" in element.value for element in app.success)


def test_exercise_counts_answered_and_right(monkeypatch):
    partial = [row.copy() for row in RIGHT_GRID]
    partial[0][1] = "k3"  # answered, wrong
    for col in range(9):
        partial[3][col] = "?"
    partial[2][0] = None  # a cleared cell counts as unanswered too
    monkeypatch.setattr(st, "data_editor", fake_editor(learner_grid(partial)))
    app = run_page("matrix", "en")
    app.toggle(key="matrix_check").set_value(True).run()
    assert_no_exception(app)
    (progress,) = app.get("progress")
    # 36 entries, 10 empty, 1 wrong.
    assert "26 of 36 entries filled in, 25 of them right." in progress.proto.text
    hints = [element.value for element in app.markdown if element.value.startswith("- **Row")]
    assert len(hints) == 1
    assert "Row o1, column i2" in hints[0]
    captions = " ".join(element.value for element in app.caption)
    assert "10 entries (?) are not filled in yet." in captions


def test_exercise_answer_toggle_shows_w():
    app = run_page("matrix", "en")
    app.toggle(key="matrix_answer").set_value(True).run()
    assert_no_exception(app)
    # The first dataframe is the learner's editor, the last the answer.
    answer = app.dataframe[-1].value
    assert answer.loc["o1"].tolist() == RIGHT_GRID[0]
    assert answer.loc["o4"].tolist() == RIGHT_GRID[3]


ERROR_COLUMN = "Relative error ‖x̂ − x‖ / ‖x‖"


def recovery_errors(app) -> dict[str, float]:
    """Read the deconvolution panel's error table as {method: relative error}."""
    table = next(
        element.value for element in app.dataframe if ERROR_COLUMN in element.value.columns
    )
    return dict(zip(table["Method"], table[ERROR_COLUMN].astype(float), strict=True))


def gram_spec(app) -> dict:
    """Return the spec of the WᵀW-and-I chart pair."""
    for element in app.get("vega_lite_chart"):
        spec = json.loads(element.proto.spec)
        if "hconcat" in spec:
            return spec
    raise AssertionError("no WᵀW chart")


@pytest.mark.parametrize("n", ["3", "4", "8"])
def test_gram_pair_fits_a_laptop_column(n):
    app = run_page("matrix", "ko", view="deconv", n=n, symbolic="0")
    assert_no_exception(app)
    spec = gram_spec(app)
    size = int(n) ** 2
    for chart in spec["hconcat"]:
        # Cells of at most 200 px per chart, so both charts and axes fit about 500 px.
        assert chart["width"]["step"] * size <= 200
    text = json.dumps(spec, ensure_ascii=False)
    # The legend sits underneath, not to the right where a narrow column clips it.
    assert '"orient": "bottom"' in text
    assert '"orient": "right"' not in text


def test_noise_free_least_squares_recovers_input_but_transpose_does_not():
    app = run_page("matrix", "en", view="deconv", noise="0", blur="3")
    assert_no_exception(app)
    errors = recovery_errors(app)
    assert errors["(b) Least squares"] < 1e-8
    assert errors["(a) Transpose Wᵀy"] > 0.1


@pytest.mark.parametrize(("key", "value"), [("blur", 4), ("noise", "10"), ("reg", "1")])
def test_each_deblur_setting_changes_the_errors(key, value):
    app = run_page("matrix", "en", view="deconv")
    before = recovery_errors(app)
    app.session_state[key] = value
    app.run()
    assert_no_exception(app)
    assert recovery_errors(app) != before


def test_noise_makes_least_squares_worse_than_tikhonov():
    app = run_page("matrix", "en", view="deconv", noise="3", blur="5", reg="0.01")
    assert_no_exception(app)
    errors = recovery_errors(app)
    assert errors["(c) Tikhonov"] < errors["(b) Least squares"]


def test_adjoint_metrics_agree():
    app = run_page("matrix", "en", view="adjoint", n="5", k="3", stride="2", padding="1")
    metrics = {element.label: element.value for element in app.metric}
    assert metrics["⟨Wx, y⟩"] == metrics["⟨x, Wᵀy⟩"]


def test_one_dimensional_signal_panel_renders():
    app = run_page("matrix", "ko", dims="1d", n="16", k="3")
    assert_no_exception(app)
    assert "W (14 × 16)" in chart_frames(app)


def test_large_w_is_drawn_as_image():
    app = run_page("matrix", "en", n="16", k="1", padding="3", symbolic="0")
    assert_no_exception(app)
    assert not any(title.startswith("W (") for title in chart_frames(app))
    assert any("shown as an image" in element.value for element in app.caption)


def test_code_snippet_checks_against_torch():
    torch = pytest.importorskip("torch")
    del torch
    for query in ({}, {"dims": "1d", "n": "9", "k": "3", "stride": "2", "padding": "1"}):
        app = run_page(
            "matrix", "en", view="code", **{"kern": "random", "dilation": "2", "n": "7", **query}
        )
        code = app.code[0].value
        namespace: dict = {}
        exec(compile(code, "<matrix snippet>", "exec"), namespace)
        assert namespace["W"].shape[1] == namespace["n"] ** (1 if query else 2)
