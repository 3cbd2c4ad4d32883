"""Sections of the matrix page, one function each, drawn by ``pages/3_matrix.py``.

The page's URL parameters live here too, because the fragments of the W and deblur
sections write the URL themselves. The arithmetic comes from ``convcore.linear``.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
import streamlit as st

import convcore as cc
from convcore.linear import (
    EXAMPLE_KERNELS,
    adjoint_sides,
    apply_matrix,
    block_downscale,
    check_structure_grid,
    column_taps,
    example_kernel,
    example_values,
    exercise_score,
    gram_matrix,
    kernel_gradient_from_structure,
    max_abs_difference,
    nonzero_count,
    row_taps,
    scaled_structure,
    scatter_stamps,
    transpose_output_padding,
    transpose_reveal,
    transpose_terms,
    zero_insertion_mask,
    zero_insertion_padding,
)
from ui import matrix_views as views
from ui.charts import shape_text, show_image
from ui.errors import show_conv_error
from ui.i18n import t
from ui.images import IMAGE_PARAM, PickedImage
from ui.params import bool_param, choice_param, int_param, publish
from ui.signals import load_signal

MAX_SIDE = 16
MAX_SYMBOLIC_SIDE_2D = 6
# Largest flat output index: a 16 × 16 input, kernel 1, padding 3 gives 22 × 22 outputs.
MAX_OUTPUTS = (MAX_SIDE + 2 * 3) ** 2
EXERCISE_INPUT = (3, 3)
EXERCISE_KERNEL = (2, 2)
MAX_HINTS = 8
AGREEMENT_TOLERANCE = 1e-9
# Noise as a percentage of the blurred signal's peak, and Tikhonov weights λ.
NOISE_PERCENTS = ("0", "0.1", "0.3", "1", "3", "10")
REGULARIZATIONS = ("0.0001", "0.001", "0.01", "0.1", "1")
DEBLUR_SIDE = 24
DEBLUR_LENGTH = 48
# Sections of the page, one shown at a time; "w" contains the exercise and W.
VIEWS = ("w", "transpose", "adjoint", "deconv", "code")

PARAMS = [
    choice_param("view", "w", VIEWS),
    choice_param("dims", "2d", ("1d", "2d")),
    bool_param("symbolic", True),
    int_param("n", 3, 2, MAX_SIDE),
    int_param("k", 2, 1, 5),
    int_param("stride", 1, 1, 4),
    int_param("padding", 0, 0, 3),
    int_param("dilation", 1, 1, 3),
    choice_param("kern", "ramp", EXAMPLE_KERNELS),
    int_param("seed", 0, 0, 999),
    int_param("out", 0, 0, MAX_OUTPUTS),
    int_param("inp", 0, 0, MAX_SIDE * MAX_SIDE),
    int_param("blur", 3, 2, 5),
    choice_param("noise", "1", NOISE_PERCENTS),
    choice_param("reg", "0.001", REGULARIZATIONS),
]


@dataclass(frozen=True)
class Setting:
    """The convolution the page shows, with W built for it."""

    ndim: int
    n: int
    k: int
    stride: int
    padding: int
    dilation: int
    symbolic: bool
    seed: int
    kernel: np.ndarray
    input_shape: tuple[int, ...]
    output_shape: tuple[int, ...]
    matrix: np.ndarray
    structure: np.ndarray


def exercise_section() -> None:
    """Let the learner fill the 4 × 9 matrix of a 3 × 3 input and a 2 × 2 kernel."""
    st.header(t("matrix.exercise.heading"))
    st.write(t("matrix.exercise.intro"))
    st.latex(
        r"I = \begin{pmatrix} i_1 & i_2 & i_3 \\ i_4 & i_5 & i_6 \\ i_7 & i_8 & i_9 \end{pmatrix},"
        r"\quad K = \begin{pmatrix} k_1 & k_2 \\ k_3 & k_4 \end{pmatrix},"
        r"\quad I \star K = \begin{pmatrix} o_1 & o_2 \\ o_3 & o_4 \end{pmatrix}"
        r" = W \,(i_1, \dots, i_9)^\top"
    )
    st.caption(t("matrix.exercise.how"))

    # Every entry starts as "?" (not answered), so the score starts at zero.
    blank = pd.DataFrame(
        views.EXERCISE_BLANK, index=views.cell_names("o", 4), columns=views.cell_names("i", 9)
    )
    columns = {
        name: st.column_config.SelectboxColumn(name, options=views.EXERCISE_CHOICES)
        for name in blank.columns
    }
    grid = st.data_editor(blank, column_config=columns, key="matrix_grid", width="content")
    answer = views.exercise_answer(grid)

    hints = check_structure_grid(answer, EXERCISE_INPUT, EXERCISE_KERNEL)
    wrong = [hint for hint in hints if hint.answered]
    answered, right, unanswered = exercise_score(hints, answer.size)
    st.progress(
        right / answer.size,
        text=t("matrix.exercise.score", answered=answered, right=right, total=answer.size),
    )
    if not hints:
        st.success(t("matrix.exercise.correct"), icon=":material/check_circle:")
        exercise_reveal()
        return

    if st.toggle(t("matrix.exercise.check"), key="matrix_check"):
        if not wrong:
            st.markdown(t("matrix.exercise.no_wrong"))
        for hint in wrong[:MAX_HINTS]:
            st.markdown("- " + hint_text(hint))
        if len(wrong) > MAX_HINTS:
            st.caption(t("matrix.exercise.more_hints", count=len(wrong) - MAX_HINTS))
        if unanswered:
            st.caption(t("matrix.exercise.unanswered", count=unanswered))
    if st.toggle(t("matrix.exercise.show_answer"), key="matrix_answer"):
        answer_labels = views.tap_labels(cc.conv_matrix_structure(EXERCISE_INPUT, EXERCISE_KERNEL))
        st.dataframe(views.matrix_frame_named(answer_labels), width="content")
        exercise_reveal()


def hint_text(hint) -> str:
    """Explain one wrong cell of the learner's W."""
    cell = t("matrix.hint.cell", output=hint.row + 1, input=hint.col + 1)
    window = ", ".join(f"i{index + 1}" for index in hint.window)
    if hint.tap_cell is None:
        reason = t("matrix.hint.outside", output=hint.row + 1, input=hint.col + 1, window=window)
    else:
        reason = t(
            "matrix.hint.inside",
            output=hint.row + 1,
            input=hint.col + 1,
            window=window,
            row=hint.tap_cell[0] + 1,
            col=hint.tap_cell[1] + 1,
            tap=hint.expected,
        )
    return f"**{cell}** {reason}"


def exercise_reveal() -> None:
    """Show that Wᵀx for x in R⁴ is the 2D transposed convolution, symbolically and in numbers."""
    st.subheader(t("matrix.reveal.heading"))
    structure = cc.conv_matrix_structure(EXERCISE_INPUT, EXERCISE_KERNEL)
    st.write(t("matrix.reveal.intro"))
    st.table(views.transpose_table(transpose_terms(structure), EXERCISE_INPUT))

    product, gap = transpose_reveal(EXERCISE_INPUT, EXERCISE_KERNEL)
    st.write(
        t(
            "matrix.reveal.numbers",
            product=", ".join(views.number_labels(product)),
            gap=f"{gap:.1e}",
        )
    )


def catalog_label(prefix: str):
    """Return a format_func that shows ``<prefix>.<value>`` in the current language.

    The language is bound now because Streamlit may call the function outside the
    script run (AppTest does), where the session's language is not visible.
    """
    lang = st.session_state["lang"]
    return lambda value: t(f"{prefix}.{value}", lang=lang)


def cell_label(prefix: str):
    """Return a format_func naming cell ``index`` ``<prefix><index>``, 0 as "none"."""
    none = t("matrix.pick_none")
    return lambda index: f"{prefix}{index}" if index else none


# Sections that draw only numbers, where the symbolic toggle changes nothing.
NUMERIC_VIEWS = ("adjoint", "deconv", "code")


def settings_widgets(view: str) -> None:
    """Draw the settings of the convolution; disable those that do nothing in ``view``."""
    numeric_only = view in NUMERIC_VIEWS
    # The code section prints the kernel, so the seed matters there only for a random one.
    seed_unused = view == "code" and st.session_state["kern"] != "random"
    first, second, third, fourth = st.columns(4)
    first.radio(
        t("matrix.dims"),
        ("1d", "2d"),
        key="dims",
        format_func=catalog_label("matrix.dims"),
        horizontal=True,
    )
    first.toggle(
        t("matrix.symbolic"),
        key="symbolic",
        help=t("matrix.symbolic_help"),
        disabled=numeric_only,
    )
    second.slider(t("matrix.n"), 2, MAX_SIDE, key="n", help=t("matrix.n_help"))
    second.slider(t("matrix.k"), 1, 5, key="k")
    third.slider(t("matrix.stride"), 1, 4, key="stride")
    third.slider(t("matrix.padding"), 0, 3, key="padding", help=t("matrix.padding_help"))
    fourth.slider(t("matrix.dilation"), 1, 3, key="dilation")
    fourth.selectbox(
        t("matrix.kern"),
        EXAMPLE_KERNELS,
        key="kern",
        format_func=catalog_label("matrix.kern"),
        help=t("matrix.kern_help"),
    )
    fourth.number_input(
        t("matrix.seed"), 0, 999, key="seed", help=t("matrix.seed_help"), disabled=seed_unused
    )
    if numeric_only:
        st.caption(t(f"matrix.settings_note.{view}"))


def build_setting() -> Setting:
    """Read the widgets and build W; raises ConvError for impossible settings."""
    state = st.session_state
    ndim = 1 if state["dims"] == "1d" else 2
    n, k = state["n"], state["k"]
    input_shape = (n,) * ndim
    kernel_shape = (k,) * ndim
    kernel = example_kernel(state["kern"], kernel_shape, seed=state["seed"] + 2)
    options = {
        "stride": state["stride"],
        "padding": state["padding"],
        "dilation": state["dilation"],
    }
    matrix = cc.conv_matrix(input_shape, kernel, **options)
    structure = cc.conv_matrix_structure(input_shape, kernel_shape, **options)
    m = cc.conv_output_size(n, k, **options)
    return Setting(
        ndim=ndim,
        n=n,
        k=k,
        symbolic=bool(state["symbolic"]),
        seed=state["seed"],
        kernel=kernel,
        input_shape=input_shape,
        output_shape=(m,) * ndim,
        matrix=matrix,
        structure=structure,
        **options,
    )


def clamp_selection(key: str, count: int) -> None:
    """Reset a cell selection that the current sizes no longer contain."""
    if st.session_state.get(key, 0) > count:
        st.session_state[key] = 0


def selection_widgets(setting: Setting) -> tuple[int, int]:
    """Draw the output and input cell pickers; return their 1-based choices (0 for none)."""
    rows, cols = setting.matrix.shape
    clamp_selection("out", rows)
    clamp_selection("inp", cols)
    left, right = st.columns(2)
    left.selectbox(
        t("matrix.pick_output"),
        range(rows + 1),
        key="out",
        format_func=cell_label("o"),
        help=t("matrix.pick_output_help"),
    )
    right.selectbox(
        t("matrix.pick_input"),
        range(cols + 1),
        key="inp",
        format_func=cell_label("i"),
        help=t("matrix.pick_input_help"),
    )
    return st.session_state["out"], st.session_state["inp"]


def matrix_section(setting: Setting) -> None:
    """Show W with linked highlighting of a row (output) or a column (input)."""
    rows, cols = setting.matrix.shape
    symbolic = setting.symbolic and (setting.ndim == 1 or setting.n <= MAX_SYMBOLIC_SIDE_2D)
    if setting.symbolic and not symbolic:
        st.info(t("matrix.symbolic_too_large", side=MAX_SYMBOLIC_SIDE_2D))
    st.write(
        t(
            "matrix.shapes",
            input=shape_text(setting.input_shape),
            kernel=shape_text(setting.kernel.shape),
            output=shape_text(setting.output_shape),
            rows=rows,
            cols=cols,
            nonzero=nonzero_count(setting.structure),
            taps=setting.kernel.size,
        )
    )
    if setting.ndim == 1 and setting.stride == 1 and setting.padding == 0 and setting.dilation == 1:
        st.caption(t("matrix.banded", n=setting.n, k=setting.k, rows=setting.n - setting.k + 1))
    linked_panel(setting, symbolic)


@st.fragment
def linked_panel(setting: Setting, symbolic: bool) -> None:
    """Draw x, the kernel, Wx and W with the cells linked to the chosen output or input.

    A fragment, so that picking a cell reruns this panel only.
    """
    rows, cols = setting.matrix.shape
    chosen_output, chosen_input = selection_widgets(setting)
    x = example_values(setting.input_shape, setting.seed)
    outputs_of_input, window = highlight_sets(setting, chosen_output, chosen_input)

    grids = st.columns([1, 1, 1])
    views.draw_chart(
        grids[0],
        "grid",
        values=x,
        prefix="i",
        title=t("matrix.input_grid"),
        symbolic=symbolic,
        highlight_flat=[index - 1 for index in window]
        + ([chosen_input - 1] if chosen_input else []),
        color_title=t("common.value"),
    )
    views.draw_chart(grids[1], "kernel", kernel=setting.kernel, symbolic=symbolic)
    output_values = apply_matrix(setting.matrix, x, setting.output_shape)
    views.draw_chart(
        grids[2],
        "grid",
        values=output_values,
        prefix="o",
        title=t("matrix.output_grid"),
        symbolic=symbolic,
        highlight_flat=[index - 1 for index in outputs_of_input]
        + ([chosen_output - 1] if chosen_output else []),
        color_title=t("common.value"),
    )
    describe_selection(setting, chosen_output, chosen_input)

    highlight = [(chosen_output - 1, col) for col in range(cols)] if chosen_output else []
    highlight += [(row, chosen_input - 1) for row in range(rows)] if chosen_input else []
    draw_matrix(
        setting.matrix,
        setting.structure,
        symbolic=symbolic,
        row_prefix="o",
        col_prefix="i",
        title=t("matrix.w_title", rows=rows, cols=cols),
        highlight=highlight,
    )

    data = views.tap_labels(setting.structure) if symbolic else setting.matrix
    st.download_button(
        t("matrix.download"),
        views.matrix_csv(data),
        file_name="W_symbolic.csv" if symbolic else "W.csv",
        mime="text/csv",
        icon=":material/download:",
    )
    # A fragment rerun skips the end of the page script, so it writes the URL itself.
    publish([*PARAMS, IMAGE_PARAM])


def highlight_sets(
    setting: Setting, chosen_output: int, chosen_input: int
) -> tuple[list[int], list[int]]:
    """Return the outputs that read the chosen input and the chosen output's window, 1-based."""
    outputs = []
    if chosen_input:
        outputs = [index for _, index in column_taps(setting.structure, chosen_input - 1)]
    window = []
    if chosen_output:
        window = [index for _, index in row_taps(setting.structure, chosen_output - 1)]
    return outputs, window


def describe_selection(setting: Setting, chosen_output: int, chosen_input: int) -> None:
    """Write the chosen row of W as a sum, and the chosen column as a list of outputs."""
    if chosen_output:
        pairs = row_taps(setting.structure, chosen_output - 1)
        st.markdown(
            t("matrix.row_formula", output=chosen_output, formula=views.product_text(pairs, "i"))
        )
    if chosen_input:
        pairs = column_taps(setting.structure, chosen_input - 1)
        reached = ", ".join(f"o{index} (k{tap})" for tap, index in pairs) or t("matrix.no_output")
        st.markdown(t("matrix.column_list", input=chosen_input, outputs=reached))


def draw_matrix(
    matrix: np.ndarray,
    structure: np.ndarray,
    *,
    symbolic: bool,
    row_prefix: str,
    col_prefix: str,
    title: str,
    highlight: list[tuple[int, int]],
) -> None:
    """Draw W (or Wᵀ) as a heatmap while it is small, as an image beyond."""
    rows, cols = matrix.shape
    if rows * cols > views.MAX_CHART_CELLS:
        st.caption(t("matrix.as_image", cells=rows * cols, limit=views.MAX_CHART_CELLS))
        values = scaled_structure(structure) if symbolic else matrix
        show_image(values, title, signed=None if not symbolic else False)
        return
    cell_size, show_text = views.matrix_cell_size(rows, cols, labelled=True)
    views.draw_chart(
        st,
        "named",
        values=structure if symbolic else matrix,
        row_names=views.cell_names(row_prefix, rows),
        col_names=views.cell_names(col_prefix, cols),
        x_title=t(f"matrix.axis.columns_{col_prefix}"),
        y_title=t(f"matrix.axis.rows_{row_prefix}"),
        color_title=t("matrix.tap") if symbolic else t("common.value"),
        labels=views.tap_labels(structure) if symbolic else None,
        signed=False if symbolic else None,
        cell_size=cell_size,
        show_text=show_text,
        highlight=highlight,
        title=title,
    )


def transpose_section(setting: Setting) -> None:
    """Show Wᵀ and three routes to Wᵀy that give the same numbers."""
    symbolic = setting.symbolic and (setting.ndim == 1 or setting.n <= MAX_SYMBOLIC_SIDE_2D)
    rows, cols = setting.matrix.shape
    draw_matrix(
        setting.matrix.T,
        setting.structure.T,
        symbolic=symbolic,
        row_prefix="i",
        col_prefix="o",
        title=t("matrix.wt_title", rows=cols, cols=rows),
        highlight=[],
    )

    y = example_values(setting.output_shape, setting.seed + 1)
    views.draw_chart(
        st,
        "grid",
        values=y,
        prefix="y",
        title=t("matrix.y_grid"),
        symbolic=False,
        color_title=t("common.value"),
    )
    stamps = scatter_stamps(
        y,
        setting.kernel,
        setting.input_shape,
        stride=setting.stride,
        padding=setting.padding,
        dilation=setting.dilation,
    )
    product = apply_matrix(setting.matrix.T, y, setting.input_shape)
    extra = transpose_output_padding(
        setting.n,
        setting.output_shape[0],
        setting.k,
        setting.stride,
        setting.padding,
        setting.dilation,
    )
    transposed_conv = cc.conv_transpose2d if setting.ndim == 2 else cc.conv_transpose1d
    library = transposed_conv(
        y,
        setting.kernel,
        stride=setting.stride,
        padding=setting.padding,
        output_padding=extra,
        dilation=setting.dilation,
    )

    scatter_view(stamps, y)
    via_zeros = zero_insertion_view(setting, y, extra)
    st.subheader(t("matrix.view.product"))
    views.draw_chart(
        st,
        "grid",
        values=product,
        prefix="i",
        title=t("matrix.view.product_title"),
        symbolic=False,
        color_title=t("common.value"),
    )

    results = {
        t("matrix.view.scatter"): stamps.sum(axis=0),
        t("matrix.view.zeros"): via_zeros,
        t("matrix.view.library", extra=extra): library,
    }
    agreement_table(product, results)


def scatter_view(stamps: np.ndarray, y: np.ndarray) -> None:
    """Show each value of y stamping a scaled kernel copy, and the sum of the stamps."""
    st.subheader(t("matrix.view.scatter"))
    st.write(t("matrix.view.scatter_text"))
    count = stamps.shape[0]
    shown = min(count, 8)
    titles = [
        t("matrix.view.stamp", index=index + 1, value=views.number_labels(y.ravel()[index]))
        for index in range(shown)
    ]
    views.draw_chart(st, "stamps", stamps=stamps[:shown], titles=titles)
    if count > shown:
        st.caption(t("matrix.view.more_stamps", count=count - shown))


def zero_insertion_view(setting: Setting, y: np.ndarray, extra: int) -> np.ndarray:
    """Show y with zeros inserted and padding, convolved with the flipped kernel."""
    st.subheader(t("matrix.view.zeros"))
    pad = zero_insertion_padding(setting.k, setting.padding, setting.dilation)
    st.write(views.zero_insertion_text(stride=setting.stride, pad=pad, extra=extra))
    options = {
        "stride": setting.stride,
        "padding": setting.padding,
        "output_padding": extra,
        "dilation": setting.dilation,
    }
    inserted = cc.zero_insertion_input(y, setting.kernel.shape, **options)
    holders = zero_insertion_mask(y.shape, setting.kernel.shape, **options)
    result = cc.conv_transpose_via_zero_insertion(y, setting.kernel, **options)
    symbolic = setting.symbolic and (setting.ndim == 1 or setting.n <= MAX_SYMBOLIC_SIDE_2D)
    columns = st.columns([2, 1, 1])
    views.draw_chart(
        columns[0],
        "inserted",
        values=inserted,
        mask=holders,
        # Stride 1 inserts no zeros, so the title names the padding only.
        title=t("matrix.view.inserted_title" if setting.stride > 1 else "matrix.view.padded_title"),
    )
    views.draw_chart(columns[1], "flipped_kernel", kernel=setting.kernel, symbolic=symbolic)
    views.draw_chart(
        columns[2],
        "grid",
        values=result,
        prefix="i",
        title=t("matrix.view.zeros_result"),
        symbolic=False,
        color_title=t("common.value"),
    )
    return result


def agreement_table(reference: np.ndarray, results: dict[str, np.ndarray]) -> None:
    """Compare each route with Wᵀy and report the largest absolute difference."""
    gaps = {name: max_abs_difference(value, reference) for name, value in results.items()}
    table = pd.DataFrame(
        {
            t("matrix.check.route"): list(gaps),
            t("matrix.check.gap"): [f"{gap:.2e}" for gap in gaps.values()],
        }
    )
    st.dataframe(table, hide_index=True, width="content")
    worst = max(gaps.values())
    if worst < AGREEMENT_TOLERANCE:
        st.success(t("matrix.check.agree", gap=f"{worst:.1e}"), icon=":material/check_circle:")
    else:
        st.error(t("matrix.check.disagree", gap=f"{worst:.1e}"))


def adjoint_section(setting: Setting) -> None:
    """Compute ⟨Wx, y⟩ and ⟨x, Wᵀy⟩ live for the example values."""
    x = example_values(setting.input_shape, setting.seed)
    y = example_values(setting.output_shape, setting.seed + 1)
    left, right = adjoint_sides(setting.matrix, x, y)
    columns = st.columns(3)
    columns[0].metric("⟨Wx, y⟩", f"{left:g}")
    columns[1].metric("⟨x, Wᵀy⟩", f"{right:g}")
    columns[2].metric(t("matrix.adjoint.gap"), f"{max_abs_difference(left, right):.1e}")

    st.subheader(t("matrix.grad.heading"))
    st.write(t("matrix.grad.intro"))
    options = {"stride": setting.stride, "padding": setting.padding, "dilation": setting.dilation}
    grad_input = cc.conv_grad_input(y, setting.kernel, setting.input_shape, **options)
    grad_kernel = cc.conv_grad_kernel(x, y, setting.kernel.shape, **options)
    from_matrix = kernel_gradient_from_structure(setting.structure, x, y, setting.kernel.size)
    input_gap = max_abs_difference(grad_input, setting.matrix.T @ y.ravel())
    kernel_gap = max_abs_difference(grad_kernel, from_matrix)

    columns = st.columns(2)
    views.draw_chart(
        columns[0],
        "grid",
        values=grad_input,
        prefix="i",
        title=t("matrix.grad.input_title"),
        symbolic=False,
        color_title=t("common.value"),
    )
    columns[0].caption(t("matrix.grad.input_check", gap=f"{input_gap:.1e}"))
    views.draw_chart(
        columns[1],
        "grid",
        values=grad_kernel,
        prefix="k",
        title=t("matrix.grad.kernel_title"),
        symbolic=False,
        color_title=t("common.value"),
    )
    columns[1].caption(t("matrix.grad.kernel_check", gap=f"{kernel_gap:.1e}"))


def inverse_section(setting: Setting, picked: PickedImage) -> None:
    """Show that Wᵀ is not W⁻¹: WᵀW against I, then three recoveries of a blurred input."""
    gram = gram_matrix(setting.matrix)
    size = gram.shape[0]
    st.subheader(t("matrix.deconv.gram_heading"))
    st.write(t("matrix.deconv.gram_text", size=size))
    if size <= 64:
        views.draw_chart(st, "identity_pair", gram=gram)
    else:
        left, right = st.columns(2)
        with left:
            show_image(gram, "WᵀW", signed=True)
        with right:
            show_image(np.eye(size), "I", signed=True)
    st.caption(t("matrix.deconv.gram_gap", gap=f"{max_abs_difference(gram, np.eye(size)):.3g}"))
    deblur_panel(setting.ndim, setting.seed, picked)


@st.fragment
def deblur_panel(ndim: int, seed: int, picked: PickedImage) -> None:
    """Blur a signal or image, recover it three ways and show the singular values of W.

    A fragment, so that the blur, noise and λ sliders rerun this panel only.
    """
    st.subheader(t("matrix.deconv.blur_heading"))
    controls = st.columns(3)
    controls[0].slider(t("matrix.blur"), 2, 5, key="blur", help=t("matrix.blur_help"))
    controls[1].select_slider(
        t("matrix.noise"),
        NOISE_PERCENTS,
        key="noise",
        format_func=lambda value: f"{value} %",
        help=t("matrix.noise_help"),
    )
    controls[2].select_slider(
        t("matrix.reg"), REGULARIZATIONS, key="reg", help=t("matrix.reg_help")
    )
    blur = st.session_state["blur"]
    if ndim == 2:
        truth = block_downscale(picked.pixels, DEBLUR_SIDE)
        st.write(t("matrix.deconv.blur_text_2d", side=DEBLUR_SIDE, blur=blur))
    else:
        truth = load_signal("seattle", DEBLUR_LENGTH)
        st.write(t("matrix.deconv.blur_text_1d", length=DEBLUR_LENGTH, blur=blur))
    try:
        comparison = views.cached_deblur(
            truth,
            blur,
            float(st.session_state["noise"]) / 100.0,
            float(st.session_state["reg"]),
            seed,
        )
    except (cc.ConvError, cc.ConvTypeError) as exc:
        show_conv_error(exc)
        publish([*PARAMS, IMAGE_PARAM])
        return
    draw_recoveries(truth, comparison, ndim)

    st.subheader(t("matrix.deconv.sv_heading"))
    spectrum = comparison.spectrum
    left, right = st.columns([1, 2])
    left.metric(t("matrix.deconv.condition"), f"{spectrum.condition_number:.3g}")
    left.metric(t("matrix.deconv.rank"), f"{spectrum.rank} / {truth.size}")
    views.draw_chart(
        right, "singular_values", width="stretch", singular_values=spectrum.singular_values
    )
    st.write(
        t(
            "matrix.deconv.sv_text",
            largest=f"{spectrum.singular_values[0]:.3g}",
            smallest=f"{spectrum.singular_values[-1]:.3g}",
            gain=f"{1.0 / spectrum.singular_values[-1]:.3g}",
        )
    )
    # A fragment rerun skips the end of the page script, so it writes the URL itself.
    publish([*PARAMS, IMAGE_PARAM])


def draw_recoveries(truth: np.ndarray, comparison, ndim: int) -> None:
    """Draw the truth, the observation and the three recoveries with their errors."""
    names = ("transpose", "least_squares", "regularized")
    errors = comparison.errors
    table = pd.DataFrame(
        {
            t("matrix.deconv.method"): [t(f"matrix.deconv.{name}") for name in names],
            t("matrix.deconv.error"): [f"{errors[name]:.3e}" for name in names],
        }
    )
    st.dataframe(table, hide_index=True, width="content")

    if ndim == 2:
        panels = [
            (truth, t("matrix.deconv.truth")),
            (comparison.observed, t("matrix.deconv.observed")),
            *[
                (getattr(comparison, name), t(f"matrix.deconv.{name}") + f" ({errors[name]:.2e})")
                for name in names
            ],
        ]
        columns = st.columns(len(panels))
        for column, (values, caption) in zip(columns, panels, strict=True):
            with column:
                show_image(views.stretch(values), caption, signed=False)
        st.caption(t("matrix.deconv.stretch_note"))
    else:
        views.draw_chart(
            st,
            "recovery_lines",
            width="stretch",
            truth=truth,
            transpose=comparison.transpose,
            least_squares=comparison.least_squares,
            regularized=comparison.regularized,
        )


def code_section(setting: Setting) -> None:
    """Show a NumPy + PyTorch script that rebuilds W for the current settings."""
    st.code(
        views.torch_check_code(
            dims=setting.ndim,
            n=setting.n,
            kernel=setting.kernel,
            stride=setting.stride,
            padding=setting.padding,
            dilation=setting.dilation,
        ),
        language="python",
    )
