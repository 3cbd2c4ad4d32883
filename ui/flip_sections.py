"""Sections of the flip page, one function each, drawn by ``pages/1_flip.py``.

Every section reads the flip toggle's value from its caller and its own widgets from
session state; the arithmetic comes from ``convcore.continuous`` and ``convcore.kernels``.
"""

import numpy as np
import pandas as pd
import streamlit as st

from convcore import ConvError, ConvTypeError, conv1d
from convcore.continuous import (
    PRESETS,
    integration_grid,
    is_divergent,
    sliding_integral,
    sliding_product,
)
from convcore.kernels import (
    KERNELS_1D,
    KERNELS_2D,
    commutation,
    correlation_and_convolution,
    flip_difference,
    flip_symmetry,
    impulse_response,
    kernel_1d,
    kernel_2d,
    listed_taps,
    neighbourhood,
    pixel_terms,
    reverse,
    step_edge_outputs,
    terms_1d,
)
from ui import flip_views as views
from ui.charts import shape_text, show_image
from ui.errors import show_conv_error
from ui.i18n import t
from ui.images import SAMPLES
from ui.signals import SIGNALS, load_signal

CUSTOM = "custom"
SIGNAL_LENGTH = 40
MAX_SIGNAL = 64
MAX_KERNEL_1D = 9
X_RANGE = 4.0
X_STEP = 0.05
PLOT_WINDOW = 5.0
ZOOM = 11


@st.cache_data(max_entries=64, show_spinner=False)
def result_curves(f_name: str, g_name: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Return x samples, the convolution curve and the cross-correlation curve."""
    xs = integration_grid(X_RANGE, X_STEP)
    return (
        xs,
        sliding_integral(f_name, g_name, xs, flip=True),
        sliding_integral(f_name, g_name, xs, flip=False),
    )


@st.cache_data(max_entries=16, show_spinner=False)
def image_results(pixels: np.ndarray, kernel: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Return (cross-correlation, convolution) of the image, zero-padded to its size."""
    return correlation_and_convolution(pixels, kernel)


def operation_name(flip: bool) -> str:
    return t("flip.op.conv") if flip else t("flip.op.corr")


# --- Continuous ------------------------------------------------------------------------


def continuous_section(flip: bool) -> None:
    st.markdown(t("flip.cont.intro"))
    if flip:
        st.latex(r"(f * g)(x) = \int_{-\infty}^{\infty} f(s)\, g(x - s)\, ds")
    else:
        st.latex(
            r"(f \star g)(x) = \int_{-\infty}^{\infty} f(x + t)\, g(t)\, dt"
            r" = \int_{-\infty}^{\infty} f(s)\, g(s - x)\, ds"
        )
    st.caption(t("flip.cont.convention"))

    left, middle, right = st.columns([1, 1, 2])
    left.selectbox(
        t("flip.cont.f"), PRESETS, format_func=views.option_label("flip.preset", PRESETS), key="f"
    )
    middle.selectbox(
        t("flip.cont.g"), PRESETS, format_func=views.option_label("flip.preset", PRESETS), key="g"
    )
    right.slider(
        "x", min_value=-X_RANGE, max_value=X_RANGE, step=X_STEP, key="x", help=t("flip.cont.x_help")
    )
    f_name, g_name = st.session_state["f"], st.session_state["g"]
    x = round(float(st.session_state["x"]), 2)

    product = sliding_product(f_name, g_name, x, flip=flip)
    xs, conv_curve, corr_curve = result_curves(f_name, g_name)
    current, other = (conv_curve, corr_curve) if flip else (corr_curve, conv_curve)

    plot, curve = st.columns(2)
    with plot:
        st.markdown(
            t(
                "flip.cont.product_title_conv" if flip else "flip.cont.product_title_corr",
                x=views.format_number(x, 2),
            )
        )
        st.altair_chart(
            views.product_chart(product, flip=flip, window=PLOT_WINDOW), width="stretch"
        )
    with curve:
        st.markdown(t("flip.cont.curve_title", op=operation_name(flip)))
        st.altair_chart(views.result_chart(xs, current, other, x, flip=flip), width="stretch")
        st.caption(t("flip.cont.untraced"))

    symbol = "(f * g)" if flip else r"(f \star g)"
    st.latex(
        rf"{symbol}({views.format_number(x, 2)}) \approx {views.format_number(product.value, 3)}"
    )
    st.caption(t("flip.cont.area_note"))
    if is_divergent(f_name, g_name, flip=flip):
        st.warning(t("flip.cont.divergent"), icon=":material/all_inclusive:")
    if f_name == g_name:
        st.caption(t("flip.cont.same_note"))


# --- Discrete 1D ---------------------------------------------------------------------


def current_signal() -> np.ndarray:
    """Return the 1D signal chosen in session state (a sample or the typed values)."""
    name = st.session_state["signal"]
    if name == CUSTOM:
        return np.asarray(st.session_state["sv"], dtype=np.float64)
    return load_signal(name, SIGNAL_LENGTH)


def current_kernel_1d() -> np.ndarray:
    name = st.session_state["k1"]
    if name == CUSTOM:
        return np.asarray(st.session_state["kv"], dtype=np.float64)
    return kernel_1d(name)


def current_kernel_2d() -> np.ndarray:
    name = st.session_state["kernel"]
    if name == CUSTOM:
        return np.asarray(st.session_state["ck"], dtype=np.float64).reshape(3, 3)
    return kernel_2d(name)


def all_finite(*arrays: np.ndarray) -> bool:
    """Tell whether every result is finite; if not, say so in place of the charts."""
    if all(np.all(np.isfinite(values)) for values in arrays):
        return True
    st.warning(t("flip.nonfinite"), icon=":material/warning:")
    return False


def choose_signal() -> tuple[np.ndarray, str]:
    st.selectbox(
        t("flip.d1.signal"),
        (*SIGNALS, CUSTOM),
        format_func={
            **{name: t(f"signal.{name}") for name in SIGNALS},
            CUSTOM: t("flip.d1.custom_signal"),
        }.__getitem__,
        key="signal",
    )
    name = st.session_state["signal"]
    if name == CUSTOM:
        values = views.list_editor(
            "sv",
            "flip_sv_editor",
            column=t("common.value"),
            max_rows=MAX_SIGNAL,
            label=t("flip.d1.custom_help"),
        )
        return np.asarray(values, dtype=np.float64), t("flip.d1.custom_caption", count=len(values))
    caption = t("signal.credit.seattle") if name == "seattle" else t(f"signal.{name}")
    return load_signal(name, SIGNAL_LENGTH), caption


def choose_kernel_1d() -> np.ndarray:
    st.selectbox(
        t("flip.d1.kernel"),
        (*KERNELS_1D, CUSTOM),
        format_func=views.option_label("flip.k1", (*KERNELS_1D, CUSTOM)),
        key="k1",
    )
    name = st.session_state["k1"]
    if name == CUSTOM:
        values = views.list_editor(
            "kv",
            "flip_kv_editor",
            column=t("common.value"),
            max_rows=MAX_KERNEL_1D,
            label=t("flip.d1.custom_help"),
        )
        return np.asarray(values, dtype=np.float64)
    return kernel_1d(name)


def position_slider(output_size: int) -> int:
    last = output_size - 1
    if st.session_state["pos"] > last:
        st.session_state["pos"] = last
        st.caption(t("flip.d1.pos_clamped", last=last))
    if last == 0:
        st.caption(t("flip.d1.single_output"))
        return 0
    st.slider(
        t("flip.d1.position"),
        min_value=0,
        max_value=last,
        key="pos",
        help=t("flip.d1.position_help"),
    )
    return int(st.session_state["pos"])


def discrete_section(flip: bool) -> tuple[np.ndarray, np.ndarray, int] | None:
    st.markdown(t("flip.d1.intro"))
    left, right = st.columns(2)
    with left:
        signal, caption = choose_signal()
        st.caption(caption)
    with right:
        kernel = choose_kernel_1d()
        st.caption(
            t(
                "flip.d1.kernel_caption",
                kernel=", ".join(views.format_number(v) for v in kernel),
                reversed=", ".join(views.format_number(v) for v in kernel[::-1]),
            )
        )

    try:
        current = conv1d(signal, kernel, flip=flip)
        other = conv1d(signal, kernel, flip=not flip)
    except (ConvError, ConvTypeError) as exc:
        show_conv_error(exc)
        return None
    if not all_finite(current, other):
        return None

    position = position_slider(current.size)
    signal_index, kernel_index, products = terms_1d(signal, kernel, position, flip=flip)
    value = float(current[position])

    chart_left, chart_right = st.columns(2)
    chart_left.altair_chart(
        views.signal_window_chart(signal, signal_index, kernel[kernel_index]), width="stretch"
    )
    if kernel.size > views.MAX_WEIGHT_LABELS:
        chart_left.caption(t("flip.d1.weights_in_table"))
    chart_right.altair_chart(
        views.output_chart(current, other, position, flip=flip), width="stretch"
    )

    st.markdown(t("flip.d1.terms_title", op=operation_name(flip), n=position))
    table, formula = st.columns([3, 2])
    table.dataframe(
        views.term_table(signal_index, kernel_index, signal, kernel, products),
        hide_index=True,
        width="stretch",
    )
    with formula:
        st.metric(t("flip.d1.value_label", n=position), views.format_number(value))
        st.caption(t("flip.d1.terms_note_conv" if flip else "flip.d1.terms_note_corr"))
    st.latex(
        views.sum_latex(
            f"y[{position}]",
            [(f"x[{m}]", f"k[{j}]") for m, j in zip(signal_index, kernel_index, strict=True)],
            list(zip(signal[signal_index], kernel[kernel_index], strict=True)),
            value,
        )
    )
    return signal, kernel, position


def commutativity_section(signal: np.ndarray, kernel: np.ndarray) -> None:
    st.subheader(t("flip.comm.heading"))
    st.markdown(t("flip.comm.intro"))
    result = commutation(signal, kernel)
    if not all_finite(result.conv_fg, result.corr_fg):
        return
    left, right = st.columns(2)
    with left:
        st.altair_chart(
            views.pair_chart(
                {"f * g": result.conv_fg, "g * f": result.conv_gf},
                title=t("flip.comm.conv_title"),
                dashed="g * f",
            ),
            width="stretch",
        )
        st.metric(t("flip.comm.conv_gap"), views.format_number(result.conv_gap, 12))
    with right:
        st.altair_chart(
            views.pair_chart(
                {
                    "f ⋆ g": result.corr_fg,
                    "g ⋆ f": result.corr_gf,
                    t("flip.comm.reversed"): result.corr_gf[::-1],
                },
                title=t("flip.comm.corr_title"),
                dashed=t("flip.comm.reversed"),
            ),
            width="stretch",
        )
        gap, reversed_gap = st.columns(2)
        gap.metric(t("flip.comm.corr_gap"), views.format_number(result.corr_gap))
        reversed_gap.metric(
            t("flip.comm.corr_reversed_gap"), views.format_number(result.corr_reversed_gap, 12)
        )
    st.caption(t("flip.comm.coincide"))
    st.caption(t("flip.comm.why"))


def impulse_section_1d(kernel: np.ndarray) -> None:
    st.subheader(t("flip.imp.heading"))
    st.markdown(t("flip.imp.intro"))
    conv = impulse_response(kernel, flip=True)
    corr = impulse_response(kernel, flip=False)
    table = pd.DataFrame(
        {
            t("flip.imp.col_kernel"): kernel,
            t("flip.imp.col_conv"): conv,
            t("flip.imp.col_corr"): corr,
        }
    ).T
    table.columns = [f"[{index}]" for index in range(kernel.size)]
    st.dataframe(table, width="stretch")
    st.caption(t("flip.imp.test_note"))


# --- 2D image ------------------------------------------------------------------------


def choose_kernel_2d() -> np.ndarray:
    st.selectbox(
        t("flip.d2.kernel"),
        (*KERNELS_2D, CUSTOM),
        format_func=views.option_label("flip.k2", (*KERNELS_2D, CUSTOM)),
        key="kernel",
    )
    if st.session_state["kernel"] == CUSTOM:
        st.caption(t("flip.d2.custom_help"))
        return views.grid_editor("ck", "flip_ck_editor", size=3)
    return current_kernel_2d()


def draw_grid(container, values: np.ndarray, title: str, **options) -> None:
    """Draw a heatmap with row and column axes; ``options`` go to ``ui.charts.heatmap``."""
    views.draw_heatmap(
        container,
        values,
        x_title=t("common.column"),
        y_title=t("common.row"),
        color_title=t("common.value"),
        title=title,
        **options,
    )


def draw_kernel(container, values: np.ndarray, title: str) -> None:
    draw_grid(container, values, title, signed=True, cell_size=44 if values.shape[0] <= 3 else 30)


def symmetry_message(kind: str) -> None:
    if kind == "invariant":
        st.success(t("flip.d2.sym.invariant"), icon=":material/sync:")
    elif kind == "negated":
        st.info(t("flip.d2.sym.negated"), icon=":material/swap_vert:")
    else:
        st.warning(t("flip.d2.sym.asymmetric"), icon=":material/flip:")


def pixel_section(
    pixels: np.ndarray, kernel: np.ndarray, output: np.ndarray, flip: bool
) -> tuple[int, int]:
    st.subheader(t("flip.px.heading"))
    height, width = pixels.shape
    for key, limit in (("row", height - 1), ("col", width - 1)):
        if st.session_state[key] > limit:
            st.session_state[key] = limit
    row_column, col_column = st.columns(2)
    row_column.slider(
        t("flip.px.row"), min_value=0, max_value=max(height - 1, 1), key="row", disabled=height == 1
    )
    col_column.slider(
        t("flip.px.col"), min_value=0, max_value=max(width - 1, 1), key="col", disabled=width == 1
    )
    row, col = int(st.session_state["row"]), int(st.session_state["col"])

    patch, applied, products = pixel_terms(pixels, kernel, row, col, flip=flip)
    value = float(output[row, col])

    charts = st.columns([1, 1, 1, 1.3])
    draw_grid(
        charts[0],
        patch,
        t("flip.px.patch"),
        signed=False,
        color_domain=(0.0, 1.0),
        cell_size=44 if kernel.shape[0] <= 3 else 30,
    )
    draw_kernel(charts[1], applied, t("flip.px.applied_conv" if flip else "flip.px.applied_corr"))
    draw_kernel(charts[2], products, t("flip.px.products"))
    zoom = neighbourhood(output, row, col, (ZOOM, ZOOM))
    draw_grid(
        charts[3],
        zoom,
        t("flip.px.zoom", op=operation_name(flip)),
        highlight=((ZOOM // 2, ZOOM // 2),),
        cell_size=17,
        show_text=False,
    )

    nonzero = listed_taps(applied)
    st.metric(
        t("flip.px.value_label", row=row, col=col, op=operation_name(flip)),
        views.format_number(value),
    )
    st.latex(
        views.sum_latex(
            rf"\text{{out}}[{row}, {col}]",
            [(f"p_{{{r}{c}}}", f"w_{{{r}{c}}}") for r, c in nonzero],
            [(patch[r, c], applied[r, c]) for r, c in nonzero],
            value,
            per_line=kernel.shape[1],
        )
    )
    if kernel.size > 9:
        st.caption(t("flip.px.zero_terms_dropped"))
    st.caption(t("flip.px.note"))
    return row, col


def image_section(
    pixels: np.ndarray, caption: str, flip: bool
) -> tuple[np.ndarray, tuple[int, int]]:
    st.markdown(t("flip.d2.intro"))
    kernel = choose_kernel_2d()
    flipped = reverse(kernel)
    kind = flip_symmetry(kernel)

    left, right, note = st.columns([1, 1, 2])
    draw_kernel(left, kernel, t("flip.d2.kernel_title"))
    draw_kernel(right, flipped, t("flip.d2.flipped_title"))
    with note:
        symmetry_message(kind)
        st.caption(t("flip.d2.used_conv" if flip else "flip.d2.used_corr"))

    correlation, convolution = image_results(pixels, kernel)
    if not all_finite(correlation, convolution):
        return kernel, (0, 0)
    difference, largest = flip_difference(correlation, convolution)

    columns = st.columns(4)
    with columns[0]:
        show_image(pixels, t("flip.d2.input", shape=shape_text(pixels.shape)), signed=False)
        st.caption(caption)
    marker = t("flip.d2.current")
    with columns[1]:
        show_image(correlation, t("flip.d2.corr_image") + ("" if flip else f" {marker}"))
    with columns[2]:
        show_image(convolution, t("flip.d2.conv_image") + (f" {marker}" if flip else ""))
    with columns[3]:
        show_image(difference, t("flip.d2.diff_image"), signed=True)
    st.metric(t("flip.d2.max_diff"), views.format_significant(largest))
    if largest == 0.0:
        st.caption(t("flip.d2.zero_because"))

    output = convolution if flip else correlation
    pixel = pixel_section(pixels, kernel, output, flip)

    st.subheader(t("flip.imp2.heading"))
    st.markdown(t("flip.imp2.intro"))
    second, third = st.columns(2)
    draw_kernel(second, impulse_response(kernel, flip=True), t("flip.imp2.conv"))
    draw_kernel(third, impulse_response(kernel, flip=False), t("flip.imp2.corr"))
    return kernel, pixel


# --- Self-check ------------------------------------------------------------------------

QUESTIONS = {
    "q1": ("a", "b", "same"),
    "q2": ("changes", "same", "border"),
    "q3": ("conv", "corr", "unknown"),
    "q4": ("same", "negated", "other"),
}
ANSWERS = {"q1": "b", "q2": "same", "q3": "corr", "q4": "negated"}


def question(key: str, extra=None) -> None:
    with st.form(f"flip_{key}_form"):
        st.markdown(t(f"flip.quiz.{key}"))
        if extra is not None:
            extra()
        st.radio(
            t("flip.quiz.answer"),
            QUESTIONS[key],
            format_func=views.option_label(f"flip.quiz.{key}", QUESTIONS[key]),
            index=None,
            key=f"flip_{key}",
        )
        submitted = st.form_submit_button(t("flip.quiz.submit"))
    if submitted:
        st.session_state[f"flip_{key}_done"] = True
    if not st.session_state.get(f"flip_{key}_done"):
        return
    choice = st.session_state.get(f"flip_{key}")
    if choice is None:
        st.info(t("flip.quiz.pick_first"))
    elif choice == ANSWERS[key]:
        st.success(t("flip.quiz.right") + " " + t(f"flip.quiz.{key}.why"))
    else:
        st.error(t("flip.quiz.wrong") + " " + t(f"flip.quiz.{key}.why"))


def edge_pair() -> None:
    edge, correlation, convolution = step_edge_outputs()
    columns = st.columns(3)
    for column, values, title, signed in (
        (columns[0], edge, t("flip.quiz.q1.input"), False),
        (columns[1], correlation, "A", True),
        (columns[2], convolution, "B", True),
    ):
        draw_grid(column, values, title, signed=signed, cell_size=24)


def quiz_section() -> None:
    st.markdown(t("flip.quiz.intro"))
    question("q1", edge_pair)
    question("q2")
    question("q3")
    question("q4")


# --- Code -------------------------------------------------------------------------------


def code_inputs(pixels: np.ndarray) -> tuple[tuple[np.ndarray, np.ndarray, int] | None, tuple]:
    """Return the 1D and 2D settings the other sections use, without drawing their widgets.

    The 1D part is None when the kernel is longer than the signal, as in its section.
    """
    signal, kernel = current_signal(), current_kernel_1d()
    one_d = None
    if 0 < kernel.size <= signal.size:
        position = min(int(st.session_state["pos"]), signal.size - kernel.size)
        one_d = (signal, kernel, position)
    height, width = pixels.shape
    pixel = (
        min(int(st.session_state["row"]), height - 1),
        min(int(st.session_state["col"]), width - 1),
    )
    return one_d, (current_kernel_2d(), pixel)


def code_section(flip: bool, pixels: np.ndarray, source: str) -> None:
    st.markdown(t("flip.code.intro"))
    one_d, (kernel, pixel) = code_inputs(pixels)
    if one_d is not None:
        signal, kernel_1d_values, position = one_d
        st.subheader(t("flip.code.d1_heading"))
        numpy_tab, torch_tab = st.tabs(["NumPy", "PyTorch"])
        with numpy_tab:
            st.code(
                views.numpy_code_1d(signal, kernel_1d_values, position, flip=flip),
                language="python",
            )
        with torch_tab:
            st.code(
                views.torch_code_1d(signal, kernel_1d_values, position, flip=flip),
                language="python",
            )

    st.subheader(t("flip.code.d2_heading"))
    if source in SAMPLES:
        path = f"assets/images/{SAMPLES[source]}"
    else:
        path = "my_image.png"
        st.caption(t("flip.code.own_image"))
    numpy_tab, torch_tab = st.tabs(["NumPy + SciPy", "PyTorch"])
    with numpy_tab:
        st.code(views.numpy_code_2d(path, kernel, pixel, flip=flip), language="python")
    with torch_tab:
        st.code(views.torch_code_2d(path, kernel, pixel, flip=flip), language="python")
