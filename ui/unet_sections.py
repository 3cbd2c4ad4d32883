"""Sections of the U-Net page: the U and its shapes, checkerboards, learning a kernel.

Each section reads its settings from session state, where the page's widgets and URL
parameters put them, and draws with the helpers of :mod:`ui.unet_views`.
"""

import time

import numpy as np
import streamlit as st

import convcore as cc
from convcore.training import DEFAULT_CROP, start_training
from convcore.unet import (
    CONV_MODES,
    DOWN_MODES,
    FIX_MODES,
    KERNEL_NAMES,
    KERNEL_SIZES,
    SKIP_MODES,
    UPSAMPLE_MODES,
    checkerboard_example,
    distinct_phase_sums,
    interior_count_range,
    normalize_upsample_kernel,
    original_unet_plan,
    phase_sums_equal,
    plan_unet,
    size_multiple,
    smallest_fitting_size,
)
from ui import unet_views as views
from ui.charts import heatmap, show_image
from ui.errors import show_conv_error
from ui.i18n import t

BASE_WIDTHS = (8, 16, 32, 64)
TRAIN_KEY = "unet_training"
STATUS_KEY = "unet_training_status"
SECONDS_KEY = "unet_training_seconds"
# Updates per progress-bar refresh while training.
TRAIN_CHUNK = 10
# Chunks per redraw of the live loss chart.
CHART_EVERY = 5


def option_labels(prefix: str):
    """Return a format_func that shows ``<prefix>.<option>`` in the page's language.

    The language is bound now because AppTest calls format_func outside a script run.
    """
    lang = st.session_state.get("lang")
    return lambda option: t(f"{prefix}.{option}", lang=lang)


def unet_controls() -> None:
    """Draw the widgets that build the U (values come from session state)."""
    first, second, third = st.columns(3)
    with first:
        st.slider(t("unet.depth"), 1, 4, key="depth", help=t("unet.depth_help"))
        st.slider(t("unet.size"), 16, 256, key="size", help=t("unet.size_help"))
        st.radio(t("unet.k"), KERNEL_SIZES, key="k", horizontal=True, help=t("unet.k_help"))
    with second:
        st.radio(t("unet.down"), DOWN_MODES, key="down", format_func=option_labels("unet.down"))
        st.selectbox(
            t("unet.upsample"),
            UPSAMPLE_MODES,
            key="upsample",
            format_func=option_labels("unet.upsample"),
        )
        st.radio(t("unet.conv"), CONV_MODES, key="conv", format_func=option_labels("unet.conv"))
    with third:
        st.radio(
            t("unet.skip"),
            SKIP_MODES,
            key="skip",
            horizontal=True,
            format_func=option_labels("unet.skip"),
        )
        st.radio(
            t("unet.weights"),
            ("fixed", "random"),
            key="weights",
            format_func=option_labels("unet.weights"),
        )
        st.radio(t("unet.fix"), FIX_MODES, key="fix", format_func=option_labels("unet.fix"))
        st.select_slider(t("unet.base"), BASE_WIDTHS, key="base", help=t("unet.base_help"))


def explain_plan(plan, settings: dict) -> None:
    """Say whether every merge fits and, if not, why and how to fix it."""
    state = st.session_state
    if plan.padded_size != plan.input_size:
        st.info(t("unet.padded_note", size=plan.input_size, padded=plan.padded_size))
    if state.fix == "outpad" and state.upsample != "transposed":
        st.caption(t("unet.outpad_note"))
    problem = plan.problem
    if problem is None:
        st.success(t("unet.fits", output=plan.output_size))
        for level in plan.levels:
            if level.crop[0] != level.crop[1]:
                st.warning(
                    t(
                        "unet.asymmetric_crop",
                        level=level.level,
                        before=level.crop[0],
                        after=level.crop[1],
                    )
                )
        if state.skip == "off" and plan.output_size != plan.input_size:
            st.info(t("unet.problem.skip_off", output=plan.output_size, size=plan.input_size))
        return
    if problem.code == "too_small":
        if problem.size >= 1:
            text = t(
                "unet.problem.too_small",
                level=problem.level,
                pixels=views.pixel_count_text(problem.size),
            )
        else:
            text = t("unet.problem.vanished", level=problem.level, size=problem.size)
        st.error(text)
        return
    reason = t(f"unet.problem.reason.{state.conv}")
    st.error(
        t(
            "unet.problem.mismatch",
            level=problem.level,
            encoder=problem.encoder,
            upsampled=problem.upsampled,
            reason=reason,
        )
    )
    fit = smallest_fitting_size(plan.input_size, **settings)
    if fit is None:
        st.info(t("unet.problem.no_fit"))
    else:
        st.info(t("unet.problem.fixes", fit=fit, multiple=size_multiple(state.depth)))


def u_section(image: np.ndarray, credit: str) -> bool:
    """Draw the U, its maps and the reference; return True when ``credit`` was shown."""
    state = st.session_state
    st.header(t("unet.u_heading"))
    settings = {
        "depth": state.depth,
        "kernel_size": state.k,
        "down": state.down,
        "upsample": state.upsample,
        "conv": state.conv,
    }
    plan = plan_unet(state.size, skip=state.skip, fix=state.fix, base_width=state.base, **settings)
    explain_plan(plan, settings)
    st.altair_chart(views.u_diagram(plan, state.skip, state.conv), width="content")
    st.caption(t("unet.u_caption"))
    st.caption(t(f"unet.merge_note.{state.skip}"))

    st.subheader(t("unet.maps_heading"))
    st.caption(t("unet.maps_caption"))
    if state.weights == "random":
        st.caption(t("unet.random_note"))
    try:
        result = views.run_unet(
            views.square_input(image, state.size),
            skip=state.skip,
            fix=state.fix,
            weights=state.weights,
            up_kernel=state.upk,
            **settings,
        )
    except (cc.ConvError, cc.ConvTypeError) as exc:
        show_conv_error(exc)
        return False
    views.show_level_maps(result, signed=state.weights == "random", credit=credit)
    with st.expander(t("unet.shapes_table")):
        st.dataframe(views.shape_table(plan, state.skip, state.upsample), hide_index=True)

    st.subheader(t("unet.reference_heading"))
    reference = original_unet_plan()
    st.write(t("unet.reference_intro"))
    crops = ", ".join(str(level.crop[0]) for level in reference.levels)
    st.markdown(
        t(
            "unet.reference_output",
            size=reference.input_size,
            output=reference.output_size,
            crops=crops,
        )
    )
    st.altair_chart(views.u_diagram(reference, "concat", "valid"), width="content")
    with st.expander(t("unet.shapes_table")):
        st.dataframe(views.shape_table(reference, "concat", "transposed"), hide_index=True)
    return True


def checkerboard_section(image: np.ndarray, credit: str) -> None:
    """Draw overlap counts, phase sums and the remedies; ``credit`` goes under the image."""
    state = st.session_state
    st.header(t("unet.checker_heading"))
    st.write(t("unet.checker_intro"))
    left, right = st.columns(2)
    with left:
        st.selectbox(
            t("unet.up_kernel"),
            KERNEL_NAMES,
            key="upk",
            format_func=option_labels("unet.up_kernel"),
            help=t("unet.up_kernel_help"),
        )
    with right:
        st.slider(t("unet.stride"), 1, 4, key="stride", help=t("unet.stride_help"))

    k, stride = state.k, state.stride
    row, kernel = views.checker_kernel(state.upk, k)
    try:
        counts_1d = cc.overlap_counts(views.OVERLAP_INPUT, k, stride=stride)
        counts_2d = cc.overlap_counts((views.OVERLAP_INPUT,) * 2, (k, k), stride=stride)
        sums = cc.phase_sums(kernel, stride)
        constant = views.constant_output(kernel, stride)
    except (cc.ConvError, cc.ConvTypeError) as exc:
        show_conv_error(exc)
        return

    low, high, ratio = interior_count_range(counts_2d, k)
    sums_text = ", ".join(f"{value:.3g}" for value in distinct_phase_sums(sums))
    st.markdown(
        t(
            "unet.counts_summary",
            low=low,
            high=high,
            ratio=f"{ratio:g}",
            sums=sums_text,
        )
    )
    if phase_sums_equal(sums):
        st.success(t("unet.verdict.flat"))
    elif low == high:
        st.warning(t("unet.verdict.even_but_not_flat"))
    else:
        st.warning(t("unet.verdict.uneven"))

    first, second = st.columns(2)
    with first:
        st.markdown(t("unet.kernel_row", k=k))
        st.altair_chart(views.kernel_heatmap(row[None, :]), width="content")
        st.markdown(t("unet.counts_1d", n=views.OVERLAP_INPUT))
        st.altair_chart(views.counts_1d_chart(counts_1d), width="content")
        st.markdown(t("unet.phase_sums"))
        st.altair_chart(views.phase_heatmap(sums), width="content")
    with second:
        st.markdown(t("unet.counts_2d", n=views.OVERLAP_INPUT))
        st.altair_chart(views.overlap_heatmap(counts_2d), width="content")
        st.markdown(t("unet.constant_out", n=views.CONSTANT_INPUT))
        st.altair_chart(
            heatmap(
                constant,
                x_title=t("common.column"),
                y_title=t("common.row"),
                color_title=t("common.value"),
                signed=False,
                cell_size=10,
            ),
            width="content",
        )

    small = views.square_input(image, views.CHECKER_IMAGE)
    through = cc.conv_transpose2d(small, normalize_upsample_kernel(kernel, stride), stride=stride)
    show_image(through, t("unet.image_through", n=views.CHECKER_IMAGE), signed=False, width=384)
    if credit:
        st.caption(credit)

    st.subheader(t("unet.remedies_heading"))
    problem_kernel, problem_size = checkerboard_example(state.upk, k)
    kernel_note = t(
        "unet.remedies_kernel_note",
        kernel=t(f"unet.kernel_short.{problem_kernel}"),
        k=problem_size,
    )
    st.caption(t("unet.remedies_intro", kernel_note=kernel_note))
    views.show_remedies(views.square_input(image, 32), state.upk, k)
    st.caption(t("unet.remedies_note"))


def _stop_training() -> None:
    """Mark a running training as stopped; the loop checks the status between chunks."""
    if st.session_state.get(STATUS_KEY) == "running":
        st.session_state[STATUS_KEY] = "stopped"


def training_section(image: np.ndarray) -> None:
    state = st.session_state
    st.header(t("unet.train_heading"))
    st.write(t("unet.train_intro", crop=DEFAULT_CROP))
    # A run left "running" by an earlier script run was interrupted by a widget change.
    if state.get(STATUS_KEY) == "running":
        state[STATUS_KEY] = "stopped"

    controls = st.columns([3, 1, 1])
    with controls[0]:
        st.slider(t("unet.steps"), 10, 2000, key="steps")
    with controls[1]:
        train = st.button(t("unet.train"), key="unet_train", type="primary")
    with controls[2]:
        st.button(t("unet.stop"), key="unet_stop", on_click=_stop_training)

    progress = st.empty()
    chart = st.empty()
    if train:
        try:
            run = start_training(image, kernel_size=state.k, steps=state.steps)
        except ValueError:
            st.warning(t("unet.train_error"))
            return
        state[TRAIN_KEY] = run
        state[STATUS_KEY] = "running"
        started = time.perf_counter()
        bar = progress.progress(0.0)
        while not run.done and state.get(STATUS_KEY) == "running":
            run.advance(TRAIN_CHUNK)
            loss = run.losses["transposed"][-1]
            bar.progress(
                run.step / run.total_steps,
                text=t("unet.progress", step=run.step, total=run.total_steps, loss=f"{loss:.5f}"),
            )
            if run.step % (TRAIN_CHUNK * CHART_EVERY) == 0:
                chart.altair_chart(views.loss_chart(run), width="stretch")
            state[SECONDS_KEY] = time.perf_counter() - started
        state[STATUS_KEY] = "done" if run.done else "stopped"

    run = state.get(TRAIN_KEY)
    if run is None:
        st.caption(t("unet.train_idle"))
        return
    kernel_size = run.states["transposed"].kernel.shape[0]
    if state.get(STATUS_KEY) == "done":
        progress.progress(
            1.0,
            text=t(
                "unet.train_done",
                steps=run.step,
                seconds=state.get(SECONDS_KEY, 0.0),
                k=kernel_size,
            ),
        )
    else:
        progress.progress(
            run.step / run.total_steps,
            text=t("unet.train_stopped", step=run.step, total=run.total_steps, k=kernel_size),
        )
    chart.altair_chart(views.loss_chart(run), width="stretch")
    views.show_training_result(run)
