"""Charts, tables and image grids of the U-Net page."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import altair as alt
import numpy as np
import pandas as pd
import streamlit as st
from PIL import Image

import convcore as cc
from convcore.training import MODELS, TrainingRun, bilinear_baseline, predict, psnr
from convcore.unet import (
    UNetPlan,
    UNetResult,
    checkerboard_example,
    flatness,
    named_kernel_1d,
    transposed_upsample_kernel,
    unet_forward,
    upsample_by_method,
)
from ui.charts import diverging_rgb, heatmap, shape_text, show_image
from ui.i18n import t

logger = logging.getLogger(__name__)

ENCODER_COLOR = "#1f77b4"
DECODER_COLOR = "#ff7f0e"
BOTTLENECK_COLOR = "#7f7f7f"
PROBLEM_COLOR = "#d81b60"
# Input side of the overlap maps and of the constant image in the checkerboard section.
OVERLAP_INPUT = 6
CONSTANT_INPUT = 12
# Side the real image is shrunk to before the checkerboard upsamplers enlarge it.
CHECKER_IMAGE = 64
REMEDY_COLUMNS = 3
# Stretched charts fill the column's width; their height is the plot area's, so the
# title, axes and a legend underneath do not squeeze the plot.
FIT_WIDTH = alt.AutoSizeParams(type="fit-x", contains="padding")


@st.cache_data(max_entries=16, show_spinner=False)
def square_input(pixels: np.ndarray, size: int) -> np.ndarray:
    """Cut the central square of ``pixels`` and resize it to ``size`` × ``size``."""
    height, width = pixels.shape
    side = min(height, width)
    top, left = (height - side) // 2, (width - side) // 2
    square = pixels[top : top + side, left : left + side].astype(np.float32)
    resized = Image.fromarray(square, mode="F").resize((size, size), Image.Resampling.BILINEAR)
    return np.clip(np.asarray(resized, dtype=np.float64), 0.0, 1.0)


@st.cache_data(max_entries=32, show_spinner=False)
def run_unet(image: np.ndarray, **settings: object) -> UNetResult:
    """Cached :func:`convcore.unet.unet_forward`."""
    return unet_forward(image, **settings)


def pixel_count_text(count: int) -> str:
    """Write ``count`` pixels with the singular form for exactly one."""
    key = "unet.pixels.one" if count == 1 else "unet.pixels.other"
    return t(key, count=count)


def _shape(channels: int, size: int) -> str:
    return f"{channels} × {size} × {size}"


def u_diagram(plan: UNetPlan, skip: str, conv: str) -> alt.LayerChart:
    """Draw the U: a box per level and side with its C × H × W, links between them."""
    depth = plan.depth
    nodes: list[dict[str, object]] = []
    links: list[dict[str, object]] = []
    encoder_label = t("unet.diagram.encoder")
    decoder_label = t("unet.diagram.decoder")

    for level in plan.levels:
        nodes.append(
            {
                "x": level.level,
                "y": -level.level,
                "part": encoder_label,
                "level": level.level,
                "shape": _shape(level.channels, level.encoder_out),
                "color": ENCODER_COLOR,
            }
        )
        below_x, below_y = level.level + 1, -(level.level + 1)
        links.append(
            {"x": level.level, "y": -level.level, "x2": below_x, "y2": below_y, "kind": "down"}
        )
    complete_encoder = len(plan.levels) == depth and plan.bottleneck_out > 0
    if complete_encoder:
        nodes.append(
            {
                "x": depth,
                "y": -depth,
                "part": t("unet.diagram.bottleneck"),
                "level": depth,
                "shape": _shape(plan.bottleneck_channels, plan.bottleneck_out),
                "color": BOTTLENECK_COLOR,
            }
        )
    for level in plan.levels:
        if level.up_out == 0:
            continue
        x = 2 * depth - level.level
        failed = level.decoder_out == 0
        size = level.up_out if failed else level.decoder_out
        nodes.append(
            {
                "x": x,
                "y": -level.level,
                "part": t("unet.diagram.problem") if failed else decoder_label,
                "level": level.level,
                "shape": _shape(level.channels, size),
                "color": PROBLEM_COLOR if failed else DECODER_COLOR,
            }
        )
        links.append(
            {"x": x - 1, "y": -(level.level + 1), "x2": x, "y2": -level.level, "kind": "up"}
        )
        if skip != "off":
            crop = t("unet.diagram.crop", crop=level.crop[0]) if conv == "valid" else ""
            if level.crop[0] != level.crop[1]:
                crop = t("unet.diagram.crop", crop=f"{level.crop[0]}/{level.crop[1]}")
            links.append(
                {
                    "x": level.level,
                    "y": -level.level,
                    "x2": x,
                    "y2": -level.level,
                    "kind": "skip",
                    "label": crop,
                }
            )

    node_frame = pd.DataFrame(nodes)
    link_frame = pd.DataFrame(links, columns=["x", "y", "x2", "y2", "kind", "label"])
    # An all-missing label column is float64, which pandas no longer fills with text.
    link_frame["label"] = link_frame["label"].astype(object).fillna("").astype(str)
    kind_names = {"down": t("unet.link.down"), "up": t("unet.link.up"), "skip": t("unet.link.skip")}
    link_frame["name"] = link_frame["kind"].map(kind_names)
    width = max(2 * depth, 1)
    x_scale = alt.Scale(domain=[-0.7, width + 0.7])
    y_scale = alt.Scale(domain=[-depth - 0.6, 0.6])
    axis_off = alt.Axis(labels=False, ticks=False, title=None, grid=False, domain=False)

    link_base = alt.Chart(link_frame).encode(
        x=alt.X("x:Q", scale=x_scale, axis=axis_off),
        y=alt.Y("y:Q", scale=y_scale, axis=axis_off),
        x2="x2:Q",
        y2="y2:Q",
    )
    solid = link_base.transform_filter(alt.datum.kind != "skip").mark_rule(
        color="#999999", strokeWidth=2
    )
    dashed = link_base.transform_filter(alt.datum.kind == "skip").mark_rule(
        color="#555555", strokeDash=[6, 4], strokeWidth=1.5
    )
    crop_text = (
        alt.Chart(link_frame)
        .transform_filter(alt.datum.kind == "skip")
        .transform_calculate(mid="(datum.x + datum.x2) / 2")
        .mark_text(dy=-8, fontSize=12, color="#333333")
        .encode(
            x=alt.X("mid:Q", scale=x_scale, axis=axis_off),
            y=alt.Y("y:Q", scale=y_scale, axis=axis_off),
            text="label:N",
        )
    )
    boxes = (
        alt.Chart(node_frame)
        .mark_point(shape="square", size=2600, filled=True, opacity=1.0)
        .encode(
            x=alt.X("x:Q", scale=x_scale, axis=axis_off),
            y=alt.Y("y:Q", scale=y_scale, axis=axis_off),
            color=alt.Color("color:N", scale=None),
            tooltip=[
                alt.Tooltip("part:N", title=t("unet.diagram.part")),
                alt.Tooltip("level:O", title=t("unet.diagram.level")),
                alt.Tooltip("shape:N", title=t("unet.diagram.shape")),
            ],
        )
    )
    labels = (
        alt.Chart(node_frame)
        .mark_text(dy=36, fontSize=12, fontWeight="bold", color="#222222")
        .encode(
            x=alt.X("x:Q", scale=x_scale, axis=axis_off),
            y=alt.Y("y:Q", scale=y_scale, axis=axis_off),
            text="shape:N",
        )
    )
    level_text = (
        alt.Chart(node_frame)
        .mark_text(fontSize=13, color="white", fontWeight="bold")
        .encode(
            x=alt.X("x:Q", scale=x_scale, axis=axis_off),
            y=alt.Y("y:Q", scale=y_scale, axis=axis_off),
            text="level:O",
        )
    )
    height = 110 * (depth + 1)
    width_px = min(900, 130 * (2 * depth + 1) + 60)
    return (
        alt.layer(solid, dashed, crop_text, boxes, labels, level_text)
        .properties(width=width_px, height=height)
        .configure_view(strokeWidth=0)
    )


def shape_table(plan: UNetPlan, skip: str, upsample: str) -> pd.DataFrame:
    """List every stage of the U with its C × H × W, crop and output_padding."""
    rows: list[tuple[str, str, str, str]] = []
    rows.append((t("unet.stage.input"), _shape(1, plan.input_size), "", ""))
    if plan.padded_size != plan.input_size:
        rows.append((t("unet.stage.padded"), _shape(1, plan.padded_size), "", ""))
    for level in plan.levels:
        rows.append(
            (
                t("unet.stage.encoder", level=level.level),
                _shape(level.channels, level.encoder_out),
                "",
                "",
            )
        )
        channels_below = plan.base_width * 2 ** (level.level + 1)
        rows.append(
            (
                t("unet.stage.down", level=level.level, below=level.level + 1),
                _shape(channels_below, level.down_out),
                "",
                "",
            )
        )
    if plan.bottleneck_out > 0:
        rows.append(
            (
                t("unet.stage.bottleneck"),
                _shape(plan.bottleneck_channels, plan.bottleneck_out),
                "",
                "",
            )
        )
    for level in reversed(plan.levels):
        if level.up_out == 0:
            break
        crop = f"({level.crop[0]}, {level.crop[1]})" if skip != "off" else ""
        output_padding = str(level.output_padding) if upsample == "transposed" else ""
        rows.append(
            (
                t("unet.stage.up", level=level.level),
                _shape(level.channels, level.up_out),
                crop,
                output_padding,
            )
        )
        if level.decoder_out == 0:
            break
        rows.append(
            (
                t("unet.stage.decoder", level=level.level),
                _shape(level.channels, level.decoder_out),
                "",
                "",
            )
        )
    return pd.DataFrame(
        rows,
        columns=[
            t("unet.col.stage"),
            t("unet.col.shape"),
            t("unet.col.crop"),
            t("unet.col.output_padding"),
        ],
    )


def _map_width(size: int, full: int) -> int:
    """Display width that shrinks with the level, so the columns form a U."""
    return int(np.clip(300 * size / max(full, 1), 130, 300))


def show_level_maps(result: UNetResult, signed: bool, credit: str = "") -> list[str]:
    """Draw the encoder maps (left) and decoder maps (right) level by level.

    ``credit`` (the picked image's source) goes under the input map. Returns the
    captions in drawing order, each ending with the array's shape.
    """
    captions: list[str] = []
    full = result.input.shape[0]
    decoder_by_level = dict(
        zip([lv.level for lv in reversed(result.plan.levels)], result.decoder, strict=False)
    )
    upsampled_by_level = dict(
        zip([lv.level for lv in reversed(result.plan.levels)], result.upsampled, strict=False)
    )

    def draw(values: np.ndarray, key: str, **fmt: object) -> None:
        caption = t(key, shape=shape_text(values.shape), **fmt)
        captions.append(caption)
        show_image(values, caption, signed=signed, width=_map_width(values.shape[0], full))

    input_column, _ = st.columns(2)
    with input_column:
        draw(result.input, "unet.map.input")
        if credit:
            st.caption(credit)
    for level, encoder_map in enumerate(result.encoder):
        left, right = st.columns(2)
        with left:
            draw(encoder_map, "unet.map.encoder", level=level)
        with right:
            if level in decoder_by_level:
                key = "unet.map.output" if level == 0 else "unet.map.decoder"
                draw(decoder_by_level[level], key, level=level)
            elif level in upsampled_by_level:
                draw(upsampled_by_level[level], "unet.map.upsampled", level=level)
            else:
                st.caption(t("unet.map.missing"))
    if result.bottleneck is not None:
        _, middle, _ = st.columns([1, 2, 1])
        with middle:
            draw(result.bottleneck, "unet.map.bottleneck")
    return captions


def counts_1d_chart(counts: np.ndarray) -> alt.Chart:
    """Bar chart of the 1D overlap counts per output position."""
    frame = pd.DataFrame({"position": np.arange(counts.size), "count": counts})
    x_title = t("unet.axis.output_position")
    y_title = t("unet.axis.count")
    return (
        alt.Chart(frame)
        .mark_bar(color=ENCODER_COLOR)
        .encode(
            x=alt.X("position:O", title=x_title, axis=alt.Axis(labelAngle=0)),
            y=alt.Y("count:Q", title=y_title, axis=alt.Axis(tickMinStep=1)),
            tooltip=[
                alt.Tooltip("position:O", title=x_title),
                alt.Tooltip("count:Q", title=y_title),
            ],
        )
        .properties(width=alt.Step(18), height=140)
    )


def overlap_heatmap(counts: np.ndarray) -> alt.LayerChart:
    """Heatmap of the 2D overlap counts."""
    return heatmap(
        counts,
        x_title=t("common.column"),
        y_title=t("common.row"),
        color_title=t("unet.axis.count"),
        signed=False,
        cell_size=18 if counts.shape[0] <= 20 else 12,
    )


def phase_heatmap(sums: np.ndarray) -> alt.LayerChart:
    """Heatmap of the per-phase kernel sums."""
    return heatmap(
        sums,
        x_title=t("unet.axis.phase_col"),
        y_title=t("unet.axis.phase_row"),
        color_title=t("unet.axis.sum"),
        signed=False,
        cell_size=40,
    )


def kernel_heatmap(kernel: np.ndarray, title: str = "") -> alt.LayerChart:
    """Heatmap of a small kernel with its values printed."""
    return heatmap(
        kernel,
        x_title=t("common.column"),
        y_title=t("common.row"),
        color_title=t("common.value"),
        title=title,
        cell_size=44,
    )


def constant_output(kernel: np.ndarray, stride: int) -> np.ndarray:
    """Transposed convolution of a constant image of ones."""
    return cc.conv_transpose2d(np.ones((CONSTANT_INPUT, CONSTANT_INPUT)), kernel, stride=stride)


def checker_kernel(name: str, kernel_size: int) -> tuple[np.ndarray, np.ndarray]:
    """Return the 1D kernel (sum equal to 2) and its 2D outer product."""
    kernel_2d = transposed_upsample_kernel(name, kernel_size)
    row = named_kernel_1d(name, kernel_size)
    return row * (2.0 / row.sum()), kernel_2d


@dataclass(frozen=True)
class Remedy:
    """One column of the remedies grid: an upsampler, its kernel and the label key."""

    name: str
    method: str
    kernel_name: str
    kernel_size: int


def remedy_list(up_kernel: str, kernel_size: int) -> list[Remedy]:
    """List the problem, the learner's kernel if it differs, and the remedies.

    The first column is a transposed convolution whose stride phases sum differently,
    so it always shows a checkerboard: the learner's kernel when it has one, otherwise
    ``CHECKERBOARD_EXAMPLE``. The resize remedies and pixel shuffle use that same
    kernel, so the columns differ only in the upsampler.
    """
    problem_kernel, problem_size = checkerboard_example(up_kernel, kernel_size)
    remedies = [Remedy("problem", "transposed", problem_kernel, problem_size)]
    if (up_kernel, kernel_size) != (problem_kernel, problem_size):
        remedies.append(Remedy("chosen", "transposed", up_kernel, kernel_size))
    remedies.append(Remedy("divisible", "transposed", "bilinear", 4))
    remedies += [
        Remedy(method, method, problem_kernel, problem_size)
        for method in ("nearest", "bilinear", "pixel_shuffle")
    ]
    return remedies


@st.cache_data(max_entries=16, show_spinner=False)
def remedy_outputs(image: np.ndarray, remedies: tuple[Remedy, ...]) -> list[tuple[np.ndarray, ...]]:
    """Return (constant output, image output) for each remedy, in order."""
    constant = np.ones((CONSTANT_INPUT, CONSTANT_INPUT))
    return [
        (
            upsample_by_method(constant, remedy.method, remedy.kernel_size, remedy.kernel_name),
            upsample_by_method(image, remedy.method, remedy.kernel_size, remedy.kernel_name),
        )
        for remedy in remedies
    ]


def remedy_title(remedy: Remedy) -> str:
    """Label a remedy column with its upsampler and kernel in the current language."""
    return t(
        f"unet.remedy.{remedy.name}",
        k=remedy.kernel_size,
        kernel=t(f"unet.kernel_short.{remedy.kernel_name}"),
    )


def show_remedies(image: np.ndarray, up_kernel: str, kernel_size: int) -> list[str]:
    """Draw the remedies in a grid: constant image on top, real image below.

    Returns the column titles in drawing order.
    """
    remedies = remedy_list(up_kernel, kernel_size)
    outputs = remedy_outputs(image, tuple(remedies))
    titles = []
    for start in range(0, len(remedies), REMEDY_COLUMNS):
        columns = st.columns(REMEDY_COLUMNS)
        for column, remedy, (constant, picture) in zip(
            columns, remedies[start:], outputs[start:], strict=False
        ):
            # Only the interior: zero padding changes a border as wide as about two
            # kernels of the output whatever the kernel, which is not a checkerboard.
            margin = 2 * remedy.kernel_size
            ripple = flatness(constant, margin=margin)
            interior = constant[margin:-margin, margin:-margin]
            deviation = interior / float(np.mean(interior)) - 1.0
            limit = max(float(np.max(np.abs(deviation))), 0.05)
            verdict = "checker" if ripple > 1e-6 else "flat"
            title = remedy_title(remedy)
            titles.append(title)
            with column:
                st.markdown(f"**{title}**")
                st.image(
                    _diverging(deviation, limit),
                    caption=t(f"unet.remedy.{verdict}", value=f"{ripple:.3f}"),
                    width="stretch",
                )
                show_image(picture, shape_text(picture.shape), signed=False)
    return titles


def _diverging(values: np.ndarray, limit: float) -> np.ndarray:
    """Colour signed values with the shared diverging map, enlarged to about 192 pixels."""
    rgb = diverging_rgb(values, limit)
    factor = max(1, 192 // max(values.shape))
    return np.repeat(np.repeat(rgb, factor, axis=0), factor, axis=1)


def loss_chart(run: TrainingRun) -> alt.Chart:
    """Loss per step of both models (log scale), with the bilinear baseline dashed.

    The baseline is a flat series of its own, so the legend names it and shows its dash.
    """
    baseline = float(np.mean((bilinear_baseline(run.pair.low) - run.pair.target) ** 2))
    names = [t(f"unet.model.{model}") for model in run.losses]
    baseline_name = t("unet.model.bilinear")
    frames = [
        pd.DataFrame({"step": np.arange(len(losses)), "loss": losses, "model": name})
        for name, losses in zip(names, run.losses.values(), strict=True)
    ]
    frames.append(
        pd.DataFrame(
            {"step": [0, run.total_steps], "loss": [baseline, baseline], "model": baseline_name}
        )
    )
    frame = pd.concat(frames, ignore_index=True)
    model_title = t("unet.axis.model")
    domain = [*names, baseline_name]
    model_colors = ["#4e79a7", "#f28e2b"][: len(names)]
    colors = [*model_colors, "#555555"]
    dashes = [*([[1, 0]] * len(names)), [5, 4]]
    return (
        alt.Chart(frame)
        .mark_line()
        .encode(
            x=alt.X(
                "step:Q", title=t("unet.axis.step"), scale=alt.Scale(domain=[0, run.total_steps])
            ),
            y=alt.Y("loss:Q", title=t("unet.axis.loss"), scale=alt.Scale(type="log")),
            color=alt.Color(
                "model:N",
                title=model_title,
                scale=alt.Scale(domain=domain, range=colors),
                legend=alt.Legend(orient="bottom", symbolStrokeWidth=2),
            ),
            strokeDash=alt.StrokeDash(
                "model:N", title=model_title, scale=alt.Scale(domain=domain, range=dashes)
            ),
            tooltip=[
                alt.Tooltip("step:Q", title=t("unet.axis.step")),
                alt.Tooltip("loss:Q", title=t("unet.loss_chart"), format=".5f"),
                alt.Tooltip("model:N", title=model_title),
            ],
        )
        .properties(height=260, title=t("unet.loss_chart"), autosize=FIT_WIDTH)
    )


def show_training_result(run: TrainingRun) -> None:
    """Draw the learned kernels and the outputs next to bilinear upsampling with PSNR."""
    pair = run.pair
    kernel_columns = st.columns(len(MODELS))
    for column, model in zip(kernel_columns, MODELS, strict=True):
        with column:
            st.altair_chart(
                kernel_heatmap(
                    run.states[model].kernel,
                    title=t("unet.learned_kernel", model=t(f"unet.model.{model}")),
                ),
                width="content",
            )

    outputs = [("bilinear", bilinear_baseline(pair.low))]
    outputs += [(model, predict(model, pair.low, run.states[model].kernel)) for model in MODELS]
    columns = st.columns(2 + len(outputs))
    with columns[0]:
        show_image(
            pair.target, t("unet.out.target", shape=shape_text(pair.target.shape)), signed=False
        )
    with columns[1]:
        show_image(pair.low, t("unet.out.low", shape=shape_text(pair.low.shape)), signed=False)
    for column, (model, values) in zip(columns[2:], outputs, strict=True):
        with column:
            show_image(
                values,
                t("unet.out.psnr", model=t(f"unet.model.{model}"), psnr=psnr(values, pair.target)),
                signed=False,
            )
