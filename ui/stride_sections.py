"""Sections of the stride, padding and dilation page, one function per section.

The page draws the shared settings panel and calls these in order. Each section draws
with the builders of :mod:`ui.stride_views` and takes every number from convcore.
"""

import random

import streamlit as st

from convcore import PADDING_MODES, ConvError, conv_output_size
from convcore.windows import (
    EXAMPLE_KERNELS,
    PAD_KINDS,
    SWEEP_PARAMETERS,
    axis_pads,
    axis_windows,
    combine_sources,
    conv_preimage_sizes,
    grid_shape,
    grid_value,
    has_asymmetric_pads,
    middle_row,
    output_padding_choices,
    output_padding_limit,
    recovering_output_padding,
    size_sweep,
    transpose_ones,
    transpose_padding,
    transpose_sources,
    window_starts,
)
from ui import stride_views as views
from ui.charts import line_chart, shape_text, show_image
from ui.errors import show_conv_error
from ui.i18n import t
from ui.params import publish

# Slider ranges. The grid view stays at most 16 × 16 before padding.
MAX_N, MAX_K, MAX_STRIDE, MAX_PADDING, MAX_DILATION, MAX_OUTPUT_PADDING = 16, 7, 5, 6, 4, 4
# Largest number of output positions: full padding of a 7-tap kernel with dilation 4
# on a 16-long axis gives 16 + 24 = 40 outputs per axis.
MAX_STEP = 40 * 40 - 1
PLAY_SECONDS = 0.8
SYMBOLS = {1: ("o",), 2: ("o_h", "o_w")}
SLIDER_LIMITS = {
    "n": (1, MAX_N),
    "k": (1, MAX_K),
    "stride": (1, MAX_STRIDE),
    "padding": (0, MAX_PADDING),
    "dilation": (1, MAX_DILATION),
}


def axis_sliders(suffix: str, heading: str) -> views.AxisSettings:
    """Draw the five sliders of one axis and return their values."""
    st.markdown(f"**{heading}**")
    values = {}
    for name, (low, high) in SLIDER_LIMITS.items():
        values[name] = st.slider(
            t(f"stride.label.{name}"),
            low,
            high,
            key=f"{name}{suffix}",
            help=t(f"stride.help.{name}"),
            disabled=name == "padding" and st.session_state["pad_kind"] != "numbers",
        )
    return views.AxisSettings(**values)


def settings_panel() -> tuple[tuple[views.AxisSettings, ...], str, str]:
    """Draw the settings; return the per-axis settings, padding kind and padding mode."""
    with st.container(border=True):
        left, middle, right = st.columns([1.1, 1, 1])
        with left:
            dims = st.radio(
                t("stride.label.dims"),
                (1, 2),
                key="dims",
                format_func=views.option_label("stride.dims."),
                horizontal=True,
            )
            pad_kind = st.selectbox(
                t("stride.label.pad_kind"),
                PAD_KINDS,
                key="pad_kind",
                format_func=views.option_label("stride.kind."),
                help=t("stride.help.pad_kind"),
            )
            padding_mode = st.selectbox(
                t("stride.label.padding_mode"),
                PADDING_MODES,
                key="padding_mode",
                format_func=views.option_label("stride.mode."),
                help=t("stride.help.padding_mode"),
            )
        with middle:
            heading = t("stride.axis.length") if dims == 1 else t("stride.axis.height")
            axes = [axis_sliders("", heading)]
        if dims == 2:
            with right:
                axes.append(axis_sliders("_w", t("stride.axis.width")))
    return tuple(axes), pad_kind, padding_mode


def show_rejection(exc: Exception, axes, pads=None) -> None:
    """Show convcore's translated message and the page's own explanation in its place."""
    if isinstance(exc, ConvError):
        show_conv_error(exc)
    text = views.explanation(exc, axes, pads)
    if text:
        st.info(text, icon=":material/lightbulb:")


def toggle_play() -> None:
    """Start over from the first position when play is pressed at the last one."""
    if st.session_state.get("stride_play") and st.session_state.get("stride_at_end"):
        st.session_state["step"] = 0


def window_walk(demo: views.Demo, params: list) -> None:
    """Draw the padded input and the output; only this panel reruns while playing.

    ``params`` are the page's URL parameters, published again after each fragment run.
    """
    armed = bool(st.session_state.get("stride_play"))

    @st.fragment(run_every=PLAY_SECONDS if armed else None)
    def panel() -> None:
        total = demo.output.size
        last = total - 1
        requested = st.session_state["step"]
        if requested > last:
            st.session_state["step"] = last
            st.info(
                t("stride.walk.step_clipped", requested=requested, last=last),
                icon=":material/link_off:",
            )
        playing = bool(st.session_state.get("stride_play"))
        if playing != armed:
            st.rerun()
        if playing:
            if st.session_state["step"] >= last:
                st.session_state["stride_play"] = False
                st.rerun()
            st.session_state["step"] += 1
        st.session_state["stride_at_end"] = st.session_state["step"] >= last

        controls = st.columns([4, 1])
        if total > 1:
            controls[0].slider(
                t("stride.label.step", total=total), 0, last, key="step", help=t("stride.help.step")
            )
            controls[1].toggle(t("stride.label.play"), key="stride_play", on_change=toggle_play)
        step = st.session_state["step"]
        cell = views.step_cell(step, grid_shape(demo.output))
        axis_cell = cell if len(demo.axes) == 2 else cell[1:]

        grid_column, output_column = st.columns([3, 2])
        with grid_column:
            st.markdown(t("stride.walk.padded_heading", shape=shape_text(demo.padded.shape)))
            rows = demo.windows[0] if len(demo.axes) == 2 else None
            chart = views.padded_grid_chart(demo.padded, rows, demo.windows[-1], cell)
            st.altair_chart(chart, width="content")
        with output_column:
            st.markdown(t("stride.walk.output_heading", shape=shape_text(demo.output.shape)))
            st.altair_chart(views.output_grid_chart(demo.output, cell, step + 1), width="content")
            taps = window_starts(demo.windows, axis_cell)
            value = grid_value(demo.output, cell)
            st.caption(
                t(
                    "stride.walk.cell",
                    cell=", ".join(str(index) for index in axis_cell),
                    start=", ".join(str(index) for index in taps),
                    value=views.number_text(value),
                )
            )
        publish(params)

    panel()


def size_section(demo, axes, pads, error) -> None:
    """Print the output-size formula with numbers and list the rows that no window reads."""
    st.header(t("stride.size.heading"))
    st.latex(views.GENERAL_CONV_LATEX)
    st.caption(t("stride.size.legend"))
    dims = len(axes)
    for index, axis in enumerate(axes):
        pair = pads[index] if pads else (axis.padding, axis.padding)
        st.latex(views.conv_size_latex(SYMBOLS[dims][index], axis, pair))
    if error is not None:
        show_rejection(error, axes, pads)
        return
    st.markdown(
        t(
            "stride.size.result",
            shape=shape_text(demo.output.shape),
            padded=shape_text(demo.padded.shape),
        )
    )
    for index, window in enumerate(demo.windows):
        st.markdown("- " + views.unread_text(window, views.axis_name(index, dims)))


def conventions_section(axes: tuple[views.AxisSettings, ...], pad_kind: str) -> None:
    """Tabulate valid / same / full / TF SAME / causal pads for each axis."""
    st.header(t("stride.conv.heading"))
    st.write(t("stride.conv.intro"))
    dims = len(axes)
    tabs = st.tabs([views.axis_name(index, dims) for index in range(dims)])
    for tab, axis in zip(tabs, axes, strict=True):
        with tab:
            rows = []
            for kind in PAD_KINDS[1:]:
                try:
                    pair = axis_pads(kind, axis.n, axis.k, axis.stride, axis.dilation)
                    size = conv_output_size(
                        axis.n, axis.k, stride=axis.stride, padding=pair, dilation=axis.dilation
                    )
                    note = t(f"stride.conv.note.{kind}")
                except ConvError as exc:
                    pair, size = None, None
                    note = views.short_reason(exc)
                if kind == "causal" and dims == 2:
                    note = t("stride.explain.causal_2d")
                rows.append((kind, pair, size, note))
            st.table(views.conventions_frame(rows), hide_index=True)
            tf_pair = axis_pads("tf_same", axis.n, axis.k, axis.stride, axis.dilation)
            st.latex(views.TF_SAME_LATEX)
            st.latex(views.tf_same_latex(axis, tf_pair))
    st.caption(t("stride.conv.current", kind=t(f"stride.kind.{pad_kind}")))


def sweep_section(axes, pad_kind: str) -> None:
    """Plot and tabulate the first axis' output size against one parameter."""
    st.header(t("stride.sweep.heading"))
    parameter = st.selectbox(
        t("stride.label.sweep"),
        SWEEP_PARAMETERS,
        key="sweep",
        format_func=views.option_label("stride.label."),
    )
    axis = axes[0]
    low, high = SLIDER_LIMITS[parameter]
    points = size_sweep(
        parameter,
        range(low, high + 1),
        n=axis.n,
        k=axis.k,
        stride=axis.stride,
        padding=axis.padding,
        dilation=axis.dilation,
        pad_kind=pad_kind,
    )

    title = t(f"stride.label.{parameter}")
    st.caption(t("stride.sweep.caption", axis=views.axis_name(0, len(axes))))
    if parameter == "padding" and pad_kind != "numbers":
        st.caption(t("stride.sweep.padding_numbers"))
    chart_column, table_column = st.columns([3, 2])
    chart_column.altair_chart(
        views.sweep_chart(points, title, getattr(axis, parameter)), width="stretch"
    )
    table_column.table(views.sweep_frame(points, title), hide_index=True)


def transposed_section(demo: views.Demo | None, axes, padding_mode: str) -> bool:
    """Show transposed-convolution arithmetic, the output_padding explorer and tap counts.

    Returns True when the transposed convolution accepts the settings.
    """
    st.header(t("stride.transposed.heading"))
    st.write(t("stride.transposed.intro"))
    st.latex(views.GENERAL_TRANSPOSE_LATEX)
    dims = len(axes)
    suffixes = ("", "_w")[:dims]
    columns = st.columns(2)
    output_paddings = []
    for index, suffix in enumerate(suffixes):
        output_paddings.append(
            columns[index].slider(
                t("stride.label.output_padding", axis=views.axis_name(index, dims)),
                0,
                MAX_OUTPUT_PADDING,
                key=f"output_padding{suffix}",
                help=t("stride.help.output_padding"),
            )
        )
    if demo is None:
        st.info(t("stride.transposed.needs_conv"), icon=":material/info:")
        return False

    n_in = demo.output.shape
    t_pads = transpose_padding(demo.pads)
    if has_asymmetric_pads(demo.pads):
        st.caption(t("stride.transposed.asymmetric", pads=", ".join(map(str, t_pads))))
    if padding_mode != "zeros":
        st.caption(t("stride.transposed.zeros_only"))

    sources = []
    error = None
    for index, axis in enumerate(axes):
        st.latex(
            views.transpose_size_latex(
                SYMBOLS[dims][index] + "'",
                n_in[index],
                axis,
                t_pads[index],
                output_paddings[index],
            )
        )
        try:
            sources.append(
                transpose_sources(
                    n_in[index],
                    axis.k,
                    stride=axis.stride,
                    padding=t_pads[index],
                    output_padding=output_paddings[index],
                    dilation=axis.dilation,
                )
            )
        except ConvError as exc:
            error = error or exc
    if error is not None:
        show_rejection(error, axes, demo.pads)
    explorer_section(demo, axes, t_pads)
    if error is not None:
        return False

    values = transpose_ones(
        demo.output.shape,
        tuple(axis.k for axis in axes),
        stride=tuple(axis.stride for axis in axes),
        padding=t_pads,
        output_padding=tuple(output_paddings),
        dilation=tuple(axis.dilation for axis in axes),
    )
    combined = combine_sources(*sources) if dims == 2 else sources[0]
    st.subheader(t("stride.transposed.cells_heading", shape=shape_text(values.shape)))
    st.write(t("stride.transposed.cells_intro"))
    st.altair_chart(views.transposed_chart(values, combined.classes), width="content")
    st.caption(t("stride.transposed.cells_legend"))
    return True


def explorer_section(demo: views.Demo, axes, t_pads: tuple[int, ...]) -> None:
    """List the input sizes that share the conv's output size and the output_padding for each."""
    st.subheader(t("stride.op.heading"))
    dims = len(axes)
    columns = st.columns(dims)
    for index, (column, axis) in enumerate(zip(columns, axes, strict=True)):
        o = demo.output.shape[index]
        pair = (t_pads[index], t_pads[index])
        sizes = conv_preimage_sizes(
            o, axis.k, stride=axis.stride, pads=pair, dilation=axis.dilation
        )
        choices = output_padding_choices(
            o, axis.k, stride=axis.stride, padding=t_pads[index], dilation=axis.dilation
        )
        with column:
            st.markdown(f"**{views.axis_name(index, dims)}**")
            if len(sizes) == 1:
                st.write(t("stride.op.preimage_one", sizes=sizes[0], o=o))
            else:
                st.write(
                    t(
                        "stride.op.preimages",
                        sizes=", ".join(map(str, sizes)),
                        o=o,
                        count=len(sizes),
                        stride=axis.stride,
                    )
                )
            recovered = recovering_output_padding(choices, axis.n)
            if recovered is not None and axis.n in sizes:
                st.write(t("stride.op.recover", n=axis.n, value=recovered))
            else:
                st.write(t("stride.op.no_recover", n=axis.n))
            st.table(views.output_padding_frame(choices, axis.n), hide_index=True)
            limit = output_padding_limit(axis.stride, axis.dilation)
            st.caption(
                t(
                    "stride.op.allowed",
                    stride=axis.stride,
                    dilation=axis.dilation,
                    limit=limit,
                    largest=limit - 1,
                )
            )


def image_section(picked, axes, pad_kind: str, padding_mode: str) -> None:
    """Convolve the picked image (or its middle row in 1-D) with a fixed kernel."""
    st.header(t("stride.image.heading"))
    kernel_kind = st.radio(
        t("stride.label.img_k"),
        EXAMPLE_KERNELS,
        key="img_k",
        format_func=views.option_label("stride.img_k."),
        horizontal=True,
    )

    dims = len(axes)
    pixels = picked.pixels if dims == 2 else middle_row(picked.pixels)
    if dims == 2 and pad_kind == "causal":
        show_rejection(views.CausalIn2D(), axes)
        return

    try:
        output, pads = views.convolve_image(
            pixels,
            kernel_kind,
            tuple(axis.k for axis in axes),
            tuple(axis.stride for axis in axes),
            pad_kind,
            tuple(axis.padding for axis in axes),
            tuple(axis.dilation for axis in axes),
            padding_mode,
        )
    except ConvError as exc:
        show_rejection(exc, axes)
        return

    pad_text = "; ".join(f"{before}, {after}" for before, after in pads)
    st.caption(t("stride.image.pads", pads=pad_text))
    if dims == 2:
        left, right = st.columns(2)
        with left:
            show_image(pixels, t("stride.image.input", shape=shape_text(pixels.shape)))
            st.caption(picked.caption)
        with right:
            show_image(
                output,
                t("stride.image.output", shape=shape_text(output.shape)),
                signed=kernel_kind == "edge",
            )
        return

    axis = axes[0]
    window = axis_windows(
        pixels.size, axis.k, stride=axis.stride, pads=pads[0], dilation=axis.dilation
    )
    frame = views.row_frame(pixels, output, window)
    st.altair_chart(
        line_chart(
            frame,
            x="position",
            y="value",
            color="series",
            x_title=t("stride.image.position"),
            y_title=t("common.value"),
            color_title=t("stride.image.series"),
            points=False,
        ),
        width="stretch",
    )
    st.caption(t("stride.image.row_caption", n=pixels.size, o=output.size) + " " + picked.caption)


def code_section(
    demo: views.Demo | None, axes, pad_kind: str, padding_mode: str, transpose_ok: bool
) -> None:
    """Show PyTorch and NumPy code for the current settings."""
    st.header(t("stride.code.heading"))
    if demo is None:
        st.info(t("stride.code.needs_conv"), icon=":material/info:")
        return
    suffixes = ("", "_w")[: len(axes)]
    output_padding = tuple(st.session_state[f"output_padding{suffix}"] for suffix in suffixes)
    torch_padding = pad_kind if pad_kind in ("valid", "same") else None
    torch_tab, numpy_tab = st.tabs(["PyTorch", "NumPy"])
    torch_tab.code(
        views.torch_code(
            axes, demo.pads, padding_mode, output_padding, torch_padding, transpose_ok
        ),
        language="python",
    )
    numpy_tab.code(views.numpy_code(axes, demo.pads, padding_mode), language="python")


def new_question() -> None:
    st.session_state["stride_quiz"] = views.random_question(random.Random())
    st.session_state["stride_quiz_reveal"] = False


def self_check() -> None:
    """Ask for the output size of random settings, then reveal the worked formula."""
    st.header(t("stride.quiz.heading"))
    if "stride_quiz" not in st.session_state:
        st.session_state["stride_quiz"] = views.random_question(random.Random(0))
    question = st.session_state["stride_quiz"]
    axis = question.axis
    st.write(
        t(
            "stride.quiz.question",
            n=axis.n,
            k=axis.k,
            s=axis.stride,
            p=axis.padding,
            d=axis.dilation,
        )
    )
    guess_column, reveal_column, new_column = st.columns([2, 1, 1])
    guess = guess_column.number_input(
        t("stride.quiz.guess"), min_value=0, max_value=64, step=1, key="stride_quiz_guess"
    )
    reveal_column.toggle(t("stride.quiz.reveal"), key="stride_quiz_reveal")
    new_column.button(t("stride.quiz.new"), key="stride_quiz_new", on_click=new_question)
    if st.session_state["stride_quiz_reveal"]:
        st.latex(views.conv_size_latex("o", axis, (axis.padding, axis.padding)))
        if int(guess) == question.answer:
            st.success(t("stride.quiz.right", answer=question.answer))
        else:
            st.warning(t("stride.quiz.wrong", answer=question.answer, guess=int(guess)))
