"""AppTest checks of the stride, padding and dilation page.

The expected sizes come from the textbook formula and hand-written padding rules in
this file (``expected_result``), not from convcore or the page's helpers.
"""

import contextlib
import io
import json
import math

import numpy as np
import pyarrow as pa
import pytest
from conftest import assert_no_exception, run_page
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ui.i18n import t

PADDED = "stride-padded-input"
OUTPUT = "stride-output"
TRANSPOSED = "stride-transposed"
SWEEP = "stride-sweep"
KINDS = ("numbers", "valid", "same", "full", "tf_same", "causal")
MODES = ("zeros", "reflect", "replicate", "circular")


def chart_frames(app) -> dict[str, object]:
    """Map each chart's description to its first data table."""
    frames = {}
    for element in app.get("vega_lite_chart"):
        spec = json.loads(element.proto.spec)
        name = spec.get("description")
        if name and element.proto.datasets:
            frames[name] = pa.ipc.open_stream(element.proto.datasets[0].data.data).read_pandas()
    return frames


def grid_shape(frame) -> tuple[int, int]:
    return int(frame["row"].max()) + 1, int(frame["col"].max()) + 1


def texts(app) -> list[str]:
    return [element.value for element in app.markdown]


def shape_text(shape) -> str:
    return " × ".join(str(size) for size in shape)


def axis_pads_oracle(kind, n, k, s, d, p):
    """Hand-written padding rules; None when the rule rejects the settings."""
    span = d * (k - 1)
    if kind == "numbers":
        return (p, p)
    if kind == "valid":
        return (0, 0)
    if kind == "same":
        return None if s > 1 else (span // 2, span - span // 2)
    if kind == "full":
        return (span, span)
    if kind == "tf_same":
        out = math.ceil(n / s)
        total = max((out - 1) * s + span + 1 - n, 0)
        return (total // 2, total - total // 2)
    return (span, 0)  # causal


def expected_result(dims, kind, mode, axes):
    """Return (output shape, padded shape), or None when the page must explain a rejection."""
    if kind == "causal" and dims == 2:
        return None
    out, padded = [], []
    for n, k, s, p, d in axes:
        pads = axis_pads_oracle(kind, n, k, s, d, p)
        if pads is None:
            return None
        if mode == "reflect" and max(pads) >= n:
            return None
        if mode == "circular" and max(pads) > n:
            return None
        total = n + pads[0] + pads[1]
        if total < d * (k - 1) + 1:
            return None
        out.append((total - d * (k - 1) - 1) // s + 1)
        padded.append(total)
    return tuple(out), tuple(padded)


def query_for(dims, kind, mode, axes):
    query = {"dims": str(dims), "pad_kind": kind, "padding_mode": mode}
    for suffix, (n, k, s, p, d) in zip(("", "_w"), axes, strict=False):
        query.update(
            {
                f"n{suffix}": str(n),
                f"k{suffix}": str(k),
                f"stride{suffix}": str(s),
                f"padding{suffix}": str(p),
                f"dilation{suffix}": str(d),
            }
        )
    return query


def check_combination(dims, kind, mode, axes, lang="en"):
    app = run_page("stride", lang, img_k="blur", **query_for(dims, kind, mode, axes))
    assert_no_exception(app)
    frames = chart_frames(app)
    result = expected_result(dims, kind, mode, axes)
    if result is None:
        assert OUTPUT not in frames
        assert PADDED not in frames
        assert app.warning, "a rejected combination shows convcore's message"
        assert any(element.value.strip() for element in app.info), "and an explanation"
        return
    out_shape, padded_shape = result
    assert t(
        "stride.size.result", lang, shape=shape_text(out_shape), padded=shape_text(padded_shape)
    ) in texts(app)
    drawn_out = grid_shape(frames[OUTPUT])
    drawn_padded = grid_shape(frames[PADDED])
    if dims == 1:
        assert drawn_out == (1, out_shape[0])
        assert drawn_padded == (1, padded_shape[0])
    else:
        assert drawn_out == out_shape
        assert drawn_padded == padded_shape


axis_values = st.tuples(
    st.integers(1, 16), st.integers(1, 7), st.integers(1, 5), st.integers(0, 6), st.integers(1, 4)
)
# Small inputs with large kernels make rejections common enough to be tested too.
small_axis = st.tuples(
    st.integers(1, 6), st.integers(1, 7), st.integers(1, 5), st.integers(0, 6), st.integers(1, 4)
)


def app_settings(examples: int) -> settings:
    """Settings for examples that each run the page: no deadline, a fixed sample."""
    return settings(
        max_examples=examples,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow],
        derandomize=True,
    )


@app_settings(170)
@given(
    st.sampled_from(KINDS),
    st.sampled_from(MODES),
    st.one_of(axis_values, small_axis),
    st.one_of(axis_values, small_axis),
)
def test_sizes_2d_match_formula(kind, mode, rows, cols):
    check_combination(2, kind, mode, (rows, cols))


@app_settings(110)
@given(st.sampled_from(KINDS), st.sampled_from(MODES), st.one_of(axis_values, small_axis))
def test_sizes_1d_match_formula(kind, mode, axis):
    check_combination(1, kind, mode, (axis,))


@pytest.mark.parametrize(
    ("dims", "kind", "mode", "axes"),
    [
        # Stride 2 with an even kernel: TensorFlow SAME pads (1, 2), output ceil(7 / 2).
        (1, "tf_same", "zeros", ((7, 4, 2, 0, 1),)),
        (2, "tf_same", "replicate", ((7, 4, 2, 0, 1), (8, 4, 2, 0, 1))),
        # PyTorch "same" refuses stride 2; causal has no 2D meaning.
        (2, "same", "zeros", ((8, 3, 2, 0, 1), (8, 3, 1, 0, 1))),
        (2, "causal", "zeros", ((8, 3, 1, 0, 1), (8, 3, 1, 0, 1))),
        # Kernel too long, reflect and circular pads too long.
        (1, "numbers", "zeros", ((4, 7, 1, 0, 4),)),
        (1, "numbers", "reflect", ((3, 3, 1, 3, 1),)),
        (1, "numbers", "circular", ((3, 3, 1, 4, 1),)),
        (1, "numbers", "circular", ((3, 3, 1, 3, 1),)),
        # Extremes of every slider.
        (2, "full", "zeros", ((16, 7, 1, 0, 4), (16, 7, 1, 0, 4))),
        (2, "numbers", "zeros", ((1, 1, 5, 6, 1), (16, 7, 5, 0, 4))),
        (1, "causal", "replicate", ((16, 7, 5, 0, 4),)),
    ],
)
def test_hand_picked_combinations(dims, kind, mode, axes, lang):
    check_combination(dims, kind, mode, axes, lang)


def test_renders_defaults_in_language(lang):
    app = run_page("stride", lang)
    assert_no_exception(app)
    assert app.title[0].value == t("stride.title", lang)
    assert t("stride.size.result", lang, shape="4 × 4", padded="10 × 10") in texts(app)
    assert {PADDED, OUTPUT, TRANSPOSED, SWEEP} <= set(chart_frames(app))


def test_tf_same_even_kernel_stride_two_pads():
    app = run_page("stride", "en", dims="1", pad_kind="tf_same", n="7", k="4", stride="2")
    assert_no_exception(app)
    padded = chart_frames(app)[PADDED]
    kinds = padded.sort_values("col")["kind"].tolist()
    assert kinds[:1] == [t("stride.cell.padding", "en")]
    assert kinds[-2:] == [t("stride.cell.padding", "en")] * 2
    table = app.table[0].value
    row = table[table.iloc[:, 0] == t("stride.kind.tf_same", "en")].iloc[0]
    assert row.iloc[1] == "1, 2"
    assert int(row.iloc[2]) == 4


def taps(frame) -> set[tuple[int, int]]:
    return set(map(tuple, frame[frame["tap"]][["row", "col"]].to_numpy().tolist()))


def test_step_slider_moves_window():
    app = run_page("stride", "en")
    before = chart_frames(app)
    assert taps(before[PADDED]) == {(r, c) for r in range(3) for c in range(3)}
    app.slider(key="step").set_value(5).run()
    after = chart_frames(app)
    # Step 5 of a 4 × 4 output is row 1, column 1: the window starts at (2, 2).
    assert taps(after[PADDED]) == {(r, c) for r in range(2, 5) for c in range(2, 5)}
    current = after[OUTPUT][after[OUTPUT]["current"]]
    assert current[["row", "col"]].to_numpy().tolist() == [[1, 1]]
    assert int(after[OUTPUT]["done"].sum()) == 6


def test_window_value_is_sum_of_taps():
    app = run_page("stride", "en", step="5")
    frames = chart_frames(app)
    padded = frames[PADDED]
    expected = padded[padded["tap"]]["value"].sum()
    output = frames[OUTPUT]
    assert float(output[output["current"]]["value"].iloc[0]) == expected


def test_dilation_draws_gaps():
    app = run_page("stride", "en", dilation="2", dilation_w="2", n="9", n_w="9")
    padded = chart_frames(app)[PADDED]
    assert taps(padded) == {(r, c) for r in (0, 2, 4) for c in (0, 2, 4)}
    assert int(padded["gap"].sum()) == 25 - 9


def test_play_advances_and_stops_at_end():
    app = run_page("stride", "en", step="14")
    app.toggle(key="stride_play").set_value(True).run()
    assert_no_exception(app)
    assert app.slider(key="step").value == 15
    app.run()
    assert_no_exception(app)
    assert app.session_state["stride_play"] is False
    assert app.slider(key="step").value == 15


def test_play_at_end_starts_over():
    app = run_page("stride", "en", step="15")
    app.toggle(key="stride_play").set_value(True).run()
    assert app.slider(key="step").value == 1


def fingerprint(app) -> str:
    parts = [element.proto.spec for element in app.get("vega_lite_chart")]
    parts += [str(element.proto) for element in app.get("image")]
    parts += [element.value for element in app.get("latex")]
    parts += texts(app)
    parts += [element.value.to_json() for element in app.table]
    parts += [element.value for element in app.get("code")]
    return "\n".join(parts)


@pytest.mark.parametrize(
    ("kind", "key", "value"),
    [
        ("radio", "dims", 1),
        ("selectbox", "pad_kind", "full"),
        ("selectbox", "padding_mode", "reflect"),
        ("slider", "n", 11),
        ("slider", "k", 5),
        ("slider", "stride", 3),
        ("slider", "padding", 2),
        ("slider", "dilation", 2),
        ("slider", "n_w", 5),
        ("slider", "k_w", 2),
        ("slider", "stride_w", 1),
        ("slider", "padding_w", 0),
        ("slider", "dilation_w", 3),
        ("slider", "output_padding", 0),
        ("slider", "output_padding_w", 0),
        ("slider", "step", 3),
        ("selectbox", "sweep", "dilation"),
        ("radio", "img_k", "blur"),
    ],
)
def test_each_widget_changes_page(kind, key, value):
    app = run_page("stride", "en")
    before = fingerprint(app)
    getattr(app, kind)(key=key).set_value(value).run()
    assert_no_exception(app)
    assert fingerprint(app) != before
    assert app.query_params[key] == str(value)


def test_bad_query_parameters_fall_back_with_note():
    app = run_page("stride", "en", stride="99", pad_kind="bogus", dims="3", step="x")
    assert_no_exception(app)
    assert app.slider(key="stride").value == 2
    assert app.selectbox(key="pad_kind").value == "numbers"
    notes = " ".join(element.value for element in app.info)
    for key in ("stride", "pad_kind", "dims", "step"):
        assert f"`{key}`" in notes


def test_step_beyond_last_position_is_clipped():
    app = run_page("stride", "en", step="900")
    assert_no_exception(app)
    assert app.slider(key="step").value == 15


def test_kernel_too_large_explains_terms(lang):
    app = run_page("stride", lang, n="6", k="7", dilation="3")
    assert_no_exception(app)
    assert OUTPUT not in chart_frames(app)
    explanation = " ".join(element.value for element in app.info)
    # Span 3 * 6 + 1 = 19 against a padded height of 6 + 2 = 8.
    assert "**19" in explanation
    assert "**8" in explanation


def test_same_with_stride_is_explained():
    app = run_page("stride", "en", pad_kind="same")
    explanation = " ".join(element.value for element in app.info)
    assert "TensorFlow" in explanation


def test_transposed_shape_matches_torch():
    torch = pytest.importorskip("torch")
    app = run_page("stride", "en", output_padding="0", output_padding_w="1", n="9", k_w="4")
    frames = chart_frames(app)
    conv = torch.nn.functional.conv2d(
        torch.ones(1, 1, 9, 8), torch.ones(1, 1, 3, 4), stride=2, padding=1
    )
    back = torch.nn.functional.conv_transpose2d(
        conv, torch.ones(1, 1, 3, 4), stride=2, padding=1, output_padding=(0, 1)
    )
    assert grid_shape(frames[TRANSPOSED]) == tuple(back.shape[-2:])
    values = frames[TRANSPOSED].sort_values(["row", "col"])["value"].to_numpy()
    ones_back = torch.nn.functional.conv_transpose2d(
        torch.ones_like(conv), torch.ones(1, 1, 3, 4), stride=2, padding=1, output_padding=(0, 1)
    )
    assert np.array_equal(values, ones_back[0, 0].numpy().ravel())


def test_output_padding_explorer_recovers_input_size():
    app = run_page("stride", "en", n="7")
    assert t("stride.op.recover", "en", n=7, value=0) in texts(app)
    app = run_page("stride", "en", n="8")
    assert t("stride.op.recover", "en", n=8, value=1) in texts(app)


def test_output_padding_too_large_is_explained():
    app = run_page("stride", "en", output_padding="2")
    assert_no_exception(app)
    assert TRANSPOSED not in chart_frames(app)
    explanation = " ".join(element.value for element in app.info)
    assert "max(2, 1) = 2" in explanation


def test_output_padding_beyond_taps_marked():
    # Kernel 1, stride 3: taps land on every third cell, so output_padding 2 adds two
    # cells that no tap reaches.
    app = run_page(
        "stride", "en", dims="1", n="9", k="1", stride="3", padding="0", output_padding="2"
    )
    frame = chart_frames(app)[TRANSPOSED].sort_values("col")
    assert frame["beyond"].tolist()[-2:] == [True, True]
    assert frame["value"].tolist()[-2:] == [0, 0]


def test_image_output_shape_matches_torch():
    torch = pytest.importorskip("torch")
    app = run_page("stride", "en", k="4", stride="3", dilation_w="2", padding_mode="reflect")
    expected = torch.nn.functional.conv2d(
        torch.ones(1, 1, 256, 256),
        torch.ones(1, 1, 4, 3),
        stride=(3, 2),
        dilation=(1, 2),
        padding=1,
    ).shape[-2:]
    captions = [element.proto.imgs[0].caption for element in app.get("image")]
    assert t("stride.image.output", "en", shape=shape_text(tuple(expected))) in captions


def run_code(code: str) -> str:
    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        exec(code, {})
    return buffer.getvalue()


@pytest.mark.parametrize(
    "query",
    [
        {},
        {"pad_kind": "tf_same", "n": "7", "k": "4", "padding_mode": "reflect"},
        {"pad_kind": "same", "stride": "1", "stride_w": "1", "k": "4"},
        {"dims": "1", "pad_kind": "causal", "dilation": "2", "padding_mode": "replicate"},
        {"pad_kind": "valid", "dilation_w": "2", "padding_mode": "circular"},
    ],
)
def test_code_snippets_run_and_match(query):
    pytest.importorskip("torch")
    app = run_page("stride", "en", **query)
    assert_no_exception(app)
    shape = grid_shape(chart_frames(app)[OUTPUT])
    if query.get("dims") == "1":
        shape = shape[1:]
    torch_code, numpy_code = (element.value for element in app.get("code"))
    torch_lines = run_code(torch_code).splitlines()
    assert torch_lines[0] == f"torch.Size({[1, 1, *shape]})"
    assert run_code(numpy_code).strip() == str(tuple(shape))


def test_self_check_reveals_formula_answer():
    app = run_page("stride", "en")
    question = app.session_state["stride_quiz"]
    axis = question.axis
    answer = (axis.n + 2 * axis.padding - axis.dilation * (axis.k - 1) - 1) // axis.stride + 1
    app.number_input(key="stride_quiz_guess").set_value(answer).run()
    app.toggle(key="stride_quiz_reveal").set_value(True).run()
    assert [element.value for element in app.success] == [
        t("stride.quiz.right", "en", answer=answer)
    ]
    app.number_input(key="stride_quiz_guess").set_value(answer + 1).run()
    assert app.warning[0].value.startswith(
        t("stride.quiz.wrong", "en", answer=answer, guess=answer + 1)[:12]
    )
    app.button(key="stride_quiz_new").click().run()
    assert app.toggle(key="stride_quiz_reveal").value is False


def test_one_dimensional_image_row_chart():
    app = run_page("stride", "ko", dims="1", stride="3")
    assert_no_exception(app)
    specs = [json.loads(element.proto.spec) for element in app.get("vega_lite_chart")]
    assert any("line" in json.dumps(spec.get("mark", "")) for spec in specs)


def latex_results(app, symbol: str) -> list[int]:
    """Return the final number of each formula that starts with ``symbol =``."""
    results = []
    for element in app.get("latex"):
        body = element.value.strip("$\n ")
        last = body.rsplit("=", 1)[1].strip()
        if body.startswith(f"{symbol} =") and "quad" not in body and last.isdigit():
            results.append(int(last))
    return results


@pytest.mark.parametrize(
    "query",
    [
        {},
        {
            "n": "11",
            "k": "4",
            "stride": "3",
            "dilation": "2",
            "n_w": "5",
            "stride_w": "1",
            "output_padding_w": "0",
        },
        {"dims": "1", "n": "13", "k": "5", "stride": "4", "padding": "2", "output_padding": "3"},
        {"pad_kind": "tf_same", "n": "9", "k": "2", "stride": "2", "sweep": "n"},
    ],
)
def test_printed_sizes_match_convcore(query):
    import convcore as cc

    app = run_page("stride", "en", **query)
    assert_no_exception(app)
    dims = int(query.get("dims", "2"))
    suffixes = ("", "_w")[:dims]
    settings_of = {
        suffix: {
            name: int(query.get(f"{name}{suffix}", default))
            for name, default in (
                ("n", 8),
                ("k", 3),
                ("stride", 2),
                ("padding", 1),
                ("dilation", 1),
                ("output_padding", 1),
            )
        }
        for suffix in suffixes
    }
    kind = query.get("pad_kind", "numbers")
    symbols = ("o",) if dims == 1 else ("o_h", "o_w")
    tables = [element.value for element in app.table]
    for symbol, suffix in zip(symbols, suffixes, strict=True):
        axis = settings_of[suffix]
        if kind == "tf_same":
            pads = cc.tf_same_pads(axis["n"], axis["k"], axis["stride"], axis["dilation"])
        else:
            pads = (axis["padding"], axis["padding"])
        size = cc.conv_output_size(
            axis["n"], axis["k"], stride=axis["stride"], padding=pads, dilation=axis["dilation"]
        )
        assert latex_results(app, symbol) == [size]
        transposed = cc.conv_transpose_output_size(
            size,
            axis["k"],
            stride=axis["stride"],
            padding=pads[0],
            output_padding=axis["output_padding"],
            dilation=axis["dilation"],
        )
        assert latex_results(app, symbol + "'") == [transposed]

    # Named conventions of the first axis: every printed size is convcore's.
    first = settings_of[""]
    conventions = tables[0]
    for _, row in conventions.iterrows():
        if row.isna().iloc[2]:
            continue
        before, after = (int(part) for part in row.iloc[1].split(", "))
        assert int(row.iloc[2]) == cc.conv_output_size(
            first["n"],
            first["k"],
            stride=first["stride"],
            padding=(before, after),
            dilation=first["dilation"],
        )

    # Sweep table: value, pads, output size.
    sweep = tables[dims]
    for _, row in sweep.iterrows():
        if row.isna().iloc[2]:
            continue
        setting = dict(first)
        setting[query.get("sweep", "stride")] = int(row.iloc[0])
        before, after = (int(part) for part in row.iloc[1].split(", "))
        assert int(row.iloc[2]) == cc.conv_output_size(
            setting["n"],
            setting["k"],
            stride=setting["stride"],
            padding=(before, after),
            dilation=setting["dilation"],
        )

    # output_padding explorer: transposed sizes of the first axis.
    explorer = tables[dims + 1]
    first_size = latex_results(app, symbols[0])[0]
    for _, row in explorer.iterrows():
        if row.isna().iloc[1]:
            continue
        pads = (
            cc.tf_same_pads(first["n"], first["k"], first["stride"], first["dilation"])
            if kind == "tf_same"
            else (first["padding"], first["padding"])
        )
        assert int(row.iloc[1]) == cc.conv_transpose_output_size(
            first_size,
            first["k"],
            stride=first["stride"],
            padding=pads[0],
            output_padding=int(row.iloc[0]),
            dilation=first["dilation"],
        )


def chart_layers(spec: dict):
    """Yield every spec in a Vega-Lite layer tree that draws a mark."""
    if "mark" in spec:
        yield spec
    for child in spec.get("layer", []):
        yield from chart_layers(child)


def tooltip_titles(layer: dict) -> list[str] | None:
    """Return a layer's tooltip titles; None when it has no explicit tooltip."""
    tooltip = layer.get("encoding", {}).get("tooltip")
    if tooltip is None:
        return None
    if isinstance(tooltip, dict):
        tooltip = [tooltip] if "field" in tooltip else []
    return [item.get("title") for item in tooltip]


@pytest.mark.parametrize("lang", ["en", "ko"])
@pytest.mark.parametrize(
    "query",
    [{}, {"dims": "1"}, {"n": "9", "k": "1", "stride": "3", "padding": "0", "output_padding": "2"}],
)
def test_every_chart_tooltip_is_translated(lang, query):
    # A layer without an explicit tooltip shows its raw field names ("label 26") when
    # hovered, so every layer must set one, and every title must be catalog text.
    app = run_page("stride", lang, **query)
    assert_no_exception(app)
    specs = [json.loads(element.proto.spec) for element in app.get("vega_lite_chart")]
    assert specs
    for spec in specs:
        for layer in chart_layers(spec):
            titles = tooltip_titles(layer)
            assert titles is not None, (spec.get("description"), layer["mark"])
            for title in titles:
                assert title, (spec.get("description"), layer["mark"])
                assert title not in ("label", "value", "row", "col", "kind", "class")


def test_padded_grid_tooltip_names_cell_kind():
    app = run_page("stride", "ko")
    spec = next(
        json.loads(element.proto.spec)
        for element in app.get("vega_lite_chart")
        if json.loads(element.proto.spec).get("description") == PADDED
    )
    for layer in chart_layers(spec):
        assert t("stride.legend.cell", "ko") in tooltip_titles(layer)
        assert t("common.value", "ko") in tooltip_titles(layer)


def test_output_padding_limit_printed_to_the_end():
    # Stride 2, dilation 1: output_padding may be 0 or 1, so the formula ends in 1.
    app = run_page("stride", "en")
    captions = [element.value for element in app.caption if "Allowed" in element.value]
    assert captions
    assert "max(2, 1) − 1 = 2 − 1 = 1." in captions[0]
    app = run_page("stride", "en", stride="3", dilation="4", stride_w="1")
    captions = [element.value for element in app.caption if "Allowed" in element.value]
    assert "max(3, 4) − 1 = 4 − 1 = 3." in captions[0]
    assert "max(1, 1) − 1 = 1 − 1 = 0." in captions[1]


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_clipped_step_shows_note(lang):
    # 8 inputs, kernel 3, stride 2, padding 1 on both axes: 4 × 4 = 16 positions.
    app = run_page("stride", lang, step="900")
    assert app.slider(key="step").value == 15
    notes = [element.value for element in app.info]
    assert t("stride.walk.step_clipped", lang, requested=900, last=15) in notes


def test_in_range_step_shows_no_clip_note():
    app = run_page("stride", "en", step="15")
    assert app.slider(key="step").value == 15
    assert not any("past the last" in element.value for element in app.info)


@pytest.mark.parametrize(("lang", "index_text"), [("en", "(axis 1)"), ("ko", "(축 1)")])
def test_explanation_names_axis_number_like_error(lang, index_text):
    # The shared error message numbers the axis; the page's explanation names it
    # (width) and repeats the number so the learner can match the two.
    app = run_page("stride", lang, n_w="4", k_w="7", dilation_w="3")
    warnings = " ".join(element.value for element in app.warning)
    explanation = " ".join(element.value for element in app.info)
    assert index_text.strip("()").split()[-1] in warnings
    assert t("stride.axis.width", lang) + (" " if lang == "en" else "") + index_text in explanation


def test_single_preimage_needs_no_choice():
    # Stride 1: output size 8 comes only from input size 8 (8 + 2 - 2 - 1 + 1).
    app = run_page("stride", "en", stride="1", stride_w="1")
    assert t("stride.op.preimage_one", "en", sizes=8, o=8) in texts(app)
    assert not any("(1 of them)" in text for text in texts(app))
