"""Charts, tables, formulas and code snippets of the stride, padding and dilation page.

The builders take convcore results (``convcore.windows.AxisWindows`` and friends) and
return Altair charts, pandas tables, LaTeX or code text; they compute no convolution
themselves. Every visible string goes through :func:`ui.i18n.t`.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

import altair as alt
import numpy as np
import pandas as pd
import streamlit as st

from convcore import ConvError, conv1d, conv2d, conv_output_size, pad
from convcore.windows import (
    BEYOND_TAPS,
    INPUT,
    OUTPUT_PADDING_REACHED,
    AxisWindows,
    OutputPaddingChoice,
    SweepPoint,
    axis_pads,
    axis_windows,
    example_kernel,
    fit_advice,
    numbered_input,
)
from ui.charts import HIGHLIGHT_COLOR, SEQUENTIAL_SCHEME
from ui.errors import conv_error_text
from ui.i18n import current_language, t

# Cell kinds of the padded-input grid, in legend order, with colour-blind-safe fills.
CELL_KINDS: tuple[str, ...] = ("input", "padding", "unread_input", "unread_padding")
CELL_COLORS: tuple[str, ...] = ("#bcd7ee", "#e6e6e6", "#f0a04b", "#9e9e9e")
# Text overlays stay legible up to about this many cells.
MAX_TEXT_CELLS = 20 * 20
# Stretched charts fill the column's width; their height is the plot area's, so the
# axes and a legend underneath do not squeeze the plot.
FIT_WIDTH = alt.AutoSizeParams(type="fit-x", contains="padding")
# Description fields that tests use to find the charts in the Vega-Lite specs.
PADDED_CHART = "stride-padded-input"
OUTPUT_CHART = "stride-output"
TRANSPOSED_CHART = "stride-transposed"
SWEEP_CHART = "stride-sweep"


@dataclass(frozen=True)
class AxisSettings:
    """The settings of one spatial axis as the learner chose them."""

    n: int
    k: int
    stride: int
    padding: int
    dilation: int


@dataclass(frozen=True)
class Demo:
    """The small numbered example: its pads, windows, padded input and box-sum output.

    Lists hold one item per spatial axis (one in 1-D, rows then columns in 2-D).
    """

    axes: tuple[AxisSettings, ...]
    pads: tuple[tuple[int, int], ...]
    windows: tuple[AxisWindows, ...]
    padded: np.ndarray
    output: np.ndarray

    @property
    def output_shape(self) -> tuple[int, ...]:
        """Output shape, as convcore returned it."""
        return self.output.shape


class CausalIn2D(ValueError):
    """Causal padding was chosen for a 2-D input, where it has no standard meaning."""


def build_demo(axes: tuple[AxisSettings, ...], pad_kind: str, padding_mode: str) -> Demo:
    """Convolve the numbered input 1, 2, 3, … with a kernel of ones under the settings.

    With a kernel of ones every output value is the sum of the input values under its
    window, which a learner can check by hand.

    Raises
    ------
    ConvError
        When convcore rejects the settings.
    CausalIn2D
        For ``pad_kind="causal"`` with two axes.
    """
    if pad_kind == "causal" and len(axes) == 2:
        raise CausalIn2D
    pads = tuple(
        axis_pads(pad_kind, axis.n, axis.k, axis.stride, axis.dilation, axis.padding)
        for axis in axes
    )
    x = numbered_input(tuple(axis.n for axis in axes))
    kernel = np.ones(tuple(axis.k for axis in axes))
    strides = tuple(axis.stride for axis in axes)
    dilations = tuple(axis.dilation for axis in axes)
    conv = conv2d if len(axes) == 2 else conv1d
    padding = pads if len(axes) == 2 else pads[0]
    output = conv(
        x, kernel, stride=strides, padding=padding, dilation=dilations, padding_mode=padding_mode
    )
    padded = pad(x, padding, padding_mode)
    windows = tuple(
        axis_windows(axis.n, axis.k, stride=axis.stride, pads=pair, dilation=axis.dilation)
        for axis, pair in zip(axes, pads, strict=True)
    )
    return Demo(axes=axes, pads=pads, windows=windows, padded=padded, output=output)


@st.cache_data(max_entries=16, show_spinner=False)
def convolve_image(
    pixels: np.ndarray,
    kernel_kind: str,
    kernel_shape: tuple[int, ...],
    strides: tuple[int, ...],
    pad_kind: str,
    paddings: tuple[int, ...],
    dilations: tuple[int, ...],
    padding_mode: str,
) -> tuple[np.ndarray, tuple[tuple[int, int], ...]]:
    """Convolve an image (2-D) or one image row (1-D) with a fixed example kernel.

    The named padding conventions are worked out for the image's own size. Returns the
    output and the pads used; raises ``ConvError`` like ``conv2d``.
    """
    pads = tuple(
        axis_pads(pad_kind, n, k, s, d, p)
        for n, k, s, d, p in zip(
            pixels.shape, kernel_shape, strides, dilations, paddings, strict=True
        )
    )
    kernel = example_kernel(kernel_kind, kernel_shape)
    conv = conv2d if pixels.ndim == 2 else conv1d
    padding = pads if pixels.ndim == 2 else pads[0]
    output = conv(
        pixels,
        kernel,
        stride=strides,
        padding=padding,
        dilation=dilations,
        padding_mode=padding_mode,
    )
    return output, pads


def explanation(exc: Exception, axes: tuple[AxisSettings, ...], pads=None) -> str:
    """Explain in words which term of the arithmetic is too large and what to change.

    ``pads`` are the per-axis (before, after) amounts when they are known. Returns an
    empty string for errors that need no more than convcore's own message.
    """
    if isinstance(exc, CausalIn2D):
        return t("stride.explain.causal_2d")
    code = getattr(exc, "code", None)
    params = getattr(exc, "params", {}) or {}
    axis_index = int(params.get("axis", 0) or 0)
    axis_index = min(axis_index, len(axes) - 1)
    axis = axes[axis_index]
    # convcore's messages number the axes ("axis 0"); name both so the two texts match.
    name = t("stride.axis.with_index", name=axis_name(axis_index, len(axes)), index=axis_index)
    if code == "kernel_larger_than_input":
        pair = pads[axis_index] if pads else (axis.padding, axis.padding)
        advice = fit_advice(axis.n, axis.k, pair, axis.dilation)
        fixes = [t("stride.explain.fix_padding", extra=advice.extra_padding)]
        if advice.max_dilation is not None and advice.max_dilation >= 1:
            fixes.insert(0, t("stride.explain.fix_dilation", value=advice.max_dilation))
        fixes.insert(0, t("stride.explain.fix_kernel", value=advice.max_kernel))
        fixes.append(t("stride.explain.fix_input", value=advice.span - pair[0] - pair[1]))
        return t(
            "stride.explain.kernel_larger_than_input",
            axis=name,
            n=axis.n,
            k=axis.k,
            d=axis.dilation,
            before=pair[0],
            after=pair[1],
            span=advice.span,
            padded=advice.padded_size,
            numerator=advice.padded_size - advice.span,
            fixes=" · ".join(fixes),
        )
    if code == "same_padding_with_stride":
        return t("stride.explain.same_padding_with_stride")
    if code == "reflect_padding_too_large":
        return t(
            "stride.explain.reflect", axis=name, pad=params.get("pad"), size=params.get("size")
        )
    if code == "circular_padding_too_large":
        return t(
            "stride.explain.circular", axis=name, pad=params.get("pad"), size=params.get("size")
        )
    if code == "output_padding_too_large":
        return t(
            "stride.explain.output_padding_too_large",
            axis=name,
            value=params.get("value"),
            stride=params.get("stride"),
            dilation=params.get("dilation"),
            limit=max(params.get("stride", 1), params.get("dilation", 1)),
        )
    if code == "output_size_not_positive":
        return t(
            "stride.explain.output_size_not_positive",
            axis=name,
            output_size=params.get("output_size"),
            padding=pads[axis_index][0] if pads else axis.padding,
        )
    return ""


def option_label(prefix: str) -> Callable[[object], str]:
    """Return a format_func that shows ``<prefix><value>`` in the current language.

    The language is bound now because AppTest calls format_func outside the script run,
    where the session's language is not available.
    """
    lang = current_language()
    return lambda value: t(f"{prefix}{value}", lang=lang)


def short_reason(exc: Exception) -> str:
    """Give a one-line reason for a rejection, for table cells."""
    code = getattr(exc, "code", None)
    params = getattr(exc, "params", {}) or {}
    if code == "kernel_larger_than_input":
        return t(
            "stride.short.kernel_larger_than_input",
            span=params.get("span"),
            padded=params.get("padded_size"),
        )
    if code == "same_padding_with_stride":
        return t("stride.short.same_padding_with_stride")
    if code in ("reflect_padding_too_large", "circular_padding_too_large"):
        return t(f"stride.short.{code}", pad=params.get("pad"), size=params.get("size"))
    return conv_error_text(exc)


def axis_name(index: int, dims: int) -> str:
    """Name an axis for the learner: the length in 1-D, else height or width."""
    if dims == 1:
        return t("stride.axis.length")
    return t("stride.axis.height") if index == 0 else t("stride.axis.width")


def _cell_size(rows: int, cols: int, largest: int = 34) -> int:
    return int(np.clip(420 // max(rows, cols, 1), 10, largest))


def _outline(base: alt.Chart, flag: str, *, width: int, dash: list[int] | None = None):
    """Outline, in the highlight colour, the cells whose boolean column ``flag`` is true."""
    return base.transform_filter(alt.datum[flag]).mark_rect(
        fill=None, stroke=HIGHLIGHT_COLOR, strokeWidth=width, strokeDash=dash or []
    )


def _square_layers(layers: list[alt.Chart], size: int, description: str) -> alt.LayerChart:
    """Layer the charts with square cells of ``size`` pixels and a test-visible description."""
    return alt.layer(*layers).properties(
        width=alt.Step(size), height=alt.Step(size), description=description
    )


def step_cell(step: int, output_shape: tuple[int, int]) -> tuple[int, int]:
    """Return the (row, column) of the output cell computed at ``step`` (row-major)."""
    return divmod(step, output_shape[1])


def padded_grid_chart(
    padded: np.ndarray,
    rows: AxisWindows | None,
    cols: AxisWindows,
    cell: tuple[int, int],
) -> alt.LayerChart:
    """Draw the padded input with the window of output ``cell`` outlined.

    ``rows`` is None in 1-D (one row). Taps get a thick outline; the other cells inside
    the dilated window get a thin dashed one, so dilation shows as gaps. Cells are
    coloured by kind: real input, padding, and either of them when no window reads it.
    """
    padded = np.atleast_2d(padded)
    n_rows, n_cols = padded.shape
    row_kinds = rows.kinds if rows is not None else np.array([INPUT])
    row_reads = rows.reads if rows is not None else np.array([1])
    row_taps = rows.positions[cell[0]] if rows is not None else np.array([0])
    col_taps = cols.positions[cell[1]]

    r, c = np.indices((n_rows, n_cols))
    is_input = (row_kinds[r] == INPUT) & (cols.kinds[c] == INPUT)
    unread = (row_reads[r] == 0) | (cols.reads[c] == 0)
    kind_index = np.where(is_input, 0, 1) + np.where(unread, 2, 0)
    in_row_taps = np.isin(r, row_taps)
    in_col_taps = np.isin(c, col_taps)
    in_span = (
        (r >= row_taps.min())
        & (r <= row_taps.max())
        & (c >= col_taps.min())
        & (c <= col_taps.max())
    )

    kind_names = [t(f"stride.cell.{kind}") for kind in CELL_KINDS]
    frame = pd.DataFrame(
        {
            "row": r.ravel(),
            "col": c.ravel(),
            "value": padded.ravel(),
            "label": [_number(value) for value in padded.ravel()],
            "kind": np.array(kind_names)[kind_index.ravel()],
            "tap": (in_row_taps & in_col_taps).ravel(),
            "gap": (in_span & ~(in_row_taps & in_col_taps)).ravel(),
        }
    )
    size = _cell_size(n_rows, n_cols)
    # The tooltip sits on the shared base so that every layer (the text and the
    # outlines lie on top of the rects) shows the same translated titles.
    base = alt.Chart(frame).encode(
        x=alt.X("col:O", title=t("stride.axis.padded_col"), axis=alt.Axis(labelAngle=0)),
        y=alt.Y(
            "row:O",
            title=t("stride.axis.padded_row") if rows is not None else None,
            axis=alt.Axis(labels=rows is not None, ticks=rows is not None),
        ),
        tooltip=[
            alt.Tooltip("row:O", title=t("stride.axis.padded_row")),
            alt.Tooltip("col:O", title=t("stride.axis.padded_col")),
            alt.Tooltip("label:N", title=t("common.value")),
            alt.Tooltip("kind:N", title=t("stride.legend.cell")),
        ],
    )
    rect = base.mark_rect(stroke="white", strokeWidth=1).encode(
        color=alt.Color(
            "kind:N",
            title=t("stride.legend.cell"),
            scale=alt.Scale(domain=kind_names, range=list(CELL_COLORS)),
            legend=alt.Legend(orient="bottom", columns=2, symbolType="square", symbolSize=160),
        ),
    )
    layers: list[alt.Chart] = [rect]
    if n_rows * n_cols <= MAX_TEXT_CELLS:
        layers.append(base.mark_text(fontSize=max(8, min(12, size // 3))).encode(text="label:N"))
    layers.append(_outline(base, "gap", width=1, dash=[3, 3]))
    layers.append(_outline(base, "tap", width=3))
    return _square_layers(layers, size, PADDED_CHART)


def output_grid_chart(output: np.ndarray, cell: tuple[int, int], filled: int) -> alt.LayerChart:
    """Draw the output, its first ``filled`` cells (row-major) computed and ``cell`` outlined."""
    output = np.atleast_2d(output)
    n_rows, n_cols = output.shape
    r, c = np.indices(output.shape)
    order = (r * n_cols + c).ravel()
    done = order < filled

    frame = pd.DataFrame(
        {
            "row": r.ravel(),
            "col": c.ravel(),
            "value": output.ravel(),
            "label": [
                _number(value) if shown else ""
                for value, shown in zip(output.ravel(), done, strict=True)
            ],
            "done": done,
            "current": (r.ravel() == cell[0]) & (c.ravel() == cell[1]),
        }
    )

    size = _cell_size(n_rows, n_cols, largest=44)
    low, high = float(output.min()), float(output.max())
    if high <= low:
        high = low + 1.0

    base = alt.Chart(frame).encode(
        x=alt.X("col:O", title=t("stride.axis.out_col"), axis=alt.Axis(labelAngle=0)),
        y=alt.Y(
            "row:O",
            title=t("stride.axis.out_row") if n_rows > 1 or cell[0] else None,
            axis=alt.Axis(labels=n_rows > 1, ticks=n_rows > 1),
        ),
        tooltip=[
            alt.Tooltip("row:O", title=t("stride.axis.out_row")),
            alt.Tooltip("col:O", title=t("stride.axis.out_col")),
            alt.Tooltip("label:N", title=t("common.value")),
        ],
    )

    empty = base.transform_filter(~alt.datum.done).mark_rect(
        fill="#f7f7f7", stroke="#cccccc", strokeWidth=1
    )
    filled_rect = (
        base.transform_filter(alt.datum.done)
        .mark_rect(stroke="white")
        .encode(
            color=alt.Color(
                "value:Q",
                title=t("common.value"),
                scale=alt.Scale(scheme="blues", domain=[low, high]),
                legend=None,
            ),
        )
    )
    layers: list[alt.Chart] = [empty, filled_rect]
    if n_rows * n_cols <= MAX_TEXT_CELLS:
        dark = alt.datum.value > low + 0.6 * (high - low)
        layers.append(
            base.mark_text(fontSize=max(8, min(12, size // 4))).encode(
                text="label:N", color=alt.condition(dark, alt.value("white"), alt.value("black"))
            )
        )
    layers.append(_outline(base, "current", width=3))
    return _square_layers(layers, size, OUTPUT_CHART)


def transposed_chart(values: np.ndarray, classes: np.ndarray) -> alt.LayerChart:
    """Draw a transposed-convolution output; ``classes`` marks the output_padding cells.

    ``classes`` uses ``convcore.windows`` constants per cell: output_padding cells that
    kernel taps reach get a dashed outline, cells beyond every tap a solid one.
    """
    values = np.atleast_2d(values)
    classes = np.atleast_2d(classes)
    n_rows, n_cols = values.shape
    r, c = np.indices(values.shape)
    class_names = {
        0: t("stride.tcell.regular"),
        OUTPUT_PADDING_REACHED: t("stride.tcell.op_reached"),
        BEYOND_TAPS: t("stride.tcell.op_beyond"),
    }
    frame = pd.DataFrame(
        {
            "row": r.ravel(),
            "col": c.ravel(),
            "value": values.ravel(),
            "label": [_number(value) for value in values.ravel()],
            "class": [class_names[int(item)] for item in classes.ravel()],
            "reached": (classes == OUTPUT_PADDING_REACHED).ravel(),
            "beyond": (classes == BEYOND_TAPS).ravel(),
        }
    )
    size = _cell_size(n_rows, n_cols)
    high = max(float(values.max()), 1.0)
    base = alt.Chart(frame).encode(
        x=alt.X("col:O", title=t("stride.axis.out_col"), axis=alt.Axis(labelAngle=0)),
        y=alt.Y(
            "row:O",
            title=t("stride.axis.out_row") if n_rows > 1 else None,
            axis=alt.Axis(labels=n_rows > 1, ticks=n_rows > 1),
        ),
        tooltip=[
            alt.Tooltip("row:O", title=t("stride.axis.out_row")),
            alt.Tooltip("col:O", title=t("stride.axis.out_col")),
            alt.Tooltip("label:N", title=t("stride.transposed.taps")),
            alt.Tooltip("class:N", title=t("stride.legend.cell")),
        ],
    )
    rect = base.mark_rect(stroke="white").encode(
        color=alt.Color(
            "value:Q",
            title=t("stride.transposed.taps"),
            scale=alt.Scale(scheme=SEQUENTIAL_SCHEME, domain=[0, high]),
            legend=alt.Legend(format="d", tickMinStep=1),
        ),
    )
    layers: list[alt.Chart] = [rect]
    if n_rows * n_cols <= MAX_TEXT_CELLS:
        layers.append(
            base.mark_text(fontSize=max(8, min(12, size // 3))).encode(
                text="label:N",
                color=alt.condition(
                    alt.datum.value > 0.55 * high, alt.value("white"), alt.value("black")
                ),
            )
        )
    layers.append(_outline(base, "reached", width=2, dash=[4, 2]))
    layers.append(_outline(base, "beyond", width=3))
    return _square_layers(layers, size, TRANSPOSED_CHART)


def number_text(value: float) -> str:
    """Format a cell value: integers without a decimal point, others with two decimals."""
    if float(value).is_integer():
        return str(int(value))
    return f"{value:.2f}"


_number = number_text


def row_frame(row: np.ndarray, output: np.ndarray, window: AxisWindows) -> pd.DataFrame:
    """Put a 1-D input and its output on one position axis for a line chart.

    Each output sample sits at the centre of the window that produced it, in input
    coordinates, so a stride of 2 shows as half as many points.
    """
    centres = window.positions.mean(axis=1) - window.pads[0]
    return pd.concat(
        [
            pd.DataFrame(
                {"position": np.arange(row.size), "value": row, "series": t("common.input")}
            ),
            pd.DataFrame({"position": centres, "value": output, "series": t("common.output")}),
        ],
        ignore_index=True,
    )


def _index_list(indices: np.ndarray, offset: int = 0) -> str:
    return ", ".join(str(int(index) - offset) for index in indices)


def unread_text(axis: AxisWindows, axis_name: str) -> str:
    """Describe in words which padded samples of one axis no window reads, and why."""
    if axis.unread.size == 0:
        return t("stride.unread.none", axis=axis_name)
    parts = [f"**{axis_name}**:"]
    if axis.unread_input.size:
        parts.append(t("stride.unread.input", indices=_index_list(axis.unread_input, axis.pads[0])))
    if axis.unread_padding.size:
        parts.append(t("stride.unread.padding", indices=_index_list(axis.unread_padding)))
    if axis.interior_unread.size:
        if axis.stride > axis.span:
            parts.append(t("stride.unread.why_gaps", stride=axis.stride, span=axis.span))
        else:
            parts.append(
                t("stride.unread.why_dilation", stride=axis.stride, dilation=axis.dilation)
            )
    if axis.trailing_unread.size:
        parts.append(
            t(
                "stride.unread.why_tail",
                remainder=axis.remainder,
                stride=axis.stride,
                count=axis.trailing_unread.size,
            )
        )
    return " ".join(parts)


def _pad_term(pads: tuple[int, int]) -> str:
    if pads[0] == pads[1]:
        return rf"2\cdot{pads[0]}"
    return rf"{pads[0]} + {pads[1]}"


def conv_size_latex(symbol: str, axis: AxisSettings, pads: tuple[int, int]) -> str:
    """Write the output-size formula of one axis with its numbers, up to the result.

    When the dilated kernel is longer than the padded input the numerator is negative
    and the formula ends in that number instead of a size.
    """
    numerator = axis.n + pads[0] + pads[1] - axis.dilation * (axis.k - 1) - 1
    head = (
        rf"{symbol} = \left\lfloor \frac{{{axis.n} + {_pad_term(pads)} - "
        rf"{axis.dilation}\cdot({axis.k} - 1) - 1}}{{{axis.stride}}} \right\rfloor + 1"
    )
    if numerator < 0:
        return head + rf" = \left\lfloor \frac{{{numerator}}}{{{axis.stride}}} \right\rfloor + 1"
    size = numerator // axis.stride + 1
    return head + (
        rf" = \left\lfloor \frac{{{numerator}}}{{{axis.stride}}} \right\rfloor + 1 = {size}"
    )


def transpose_size_latex(
    symbol: str, n_in: int, axis: AxisSettings, padding: int, output_padding: int
) -> str:
    """Write the transposed output-size formula of one axis with its numbers."""
    size = (
        (n_in - 1) * axis.stride - 2 * padding + axis.dilation * (axis.k - 1) + output_padding + 1
    )
    return (
        rf"{symbol} = ({n_in} - 1)\cdot{axis.stride} - 2\cdot{padding} + "
        rf"{axis.dilation}\cdot({axis.k} - 1) + {output_padding} + 1 = {size}"
    )


GENERAL_CONV_LATEX = r"o = \left\lfloor \frac{i + 2p - d(k - 1) - 1}{s} \right\rfloor + 1"
GENERAL_TRANSPOSE_LATEX = r"o' = (i' - 1)s - 2p + d(k - 1) + \text{output\_padding} + 1"
TF_SAME_LATEX = (
    r"o = \left\lceil i / s \right\rceil,\quad p_{\text{total}} = "
    r"\max\big((\lceil i/s \rceil - 1)s + d(k - 1) + 1 - i,\ 0\big)"
)


def tf_same_latex(axis: AxisSettings, pads: tuple[int, int]) -> str:
    """Write TensorFlow SAME's output size and total padding for one axis with numbers."""
    out = -(-axis.n // axis.stride)
    raw = (out - 1) * axis.stride + axis.dilation * (axis.k - 1) + 1 - axis.n
    return (
        rf"o = \lceil {axis.n}/{axis.stride} \rceil = {out},\quad p_{{\text{{total}}}} = "
        rf"\max(({out} - 1)\cdot{axis.stride} + {axis.dilation}\cdot({axis.k} - 1) + 1 - "
        rf"{axis.n},\ 0) = \max({raw}, 0) = {pads[0] + pads[1]} = {pads[0]} + {pads[1]}"
    )


def _nullable(values: list[int | None]) -> pd.array:
    """Integers with gaps, shown empty in a table (pandas' nullable Int64)."""
    return pd.array(values, dtype="Int64")


def sweep_frame(points: list[SweepPoint], parameter_title: str) -> pd.DataFrame:
    """Tabulate a sweep: value, pads, output size, skipped trailing samples, reason."""
    return pd.DataFrame(
        {
            parameter_title: [point.value for point in points],
            t("stride.sweep.col_pads"): [
                f"{point.pads[0]}, {point.pads[1]}" if point.pads else "—" for point in points
            ],
            t("stride.sweep.col_size"): _nullable([point.output_size for point in points]),
            t("stride.sweep.col_remainder"): _nullable([point.remainder for point in points]),
            t("stride.sweep.col_note"): [
                short_reason(point.error) if point.error is not None else "" for point in points
            ],
        }
    )


def sweep_chart(points: list[SweepPoint], parameter_title: str, current: int) -> alt.LayerChart:
    """Plot output size against the swept value; rejected values sit on a red rule at 0."""
    frame = pd.DataFrame(
        {
            "value": [point.value for point in points],
            "size": [point.output_size if point.output_size is not None else 0 for point in points],
            "status": [
                t("stride.sweep.valid") if point.error is None else t("stride.sweep.invalid")
                for point in points
            ],
        }
    )
    size_title = t("stride.sweep.col_size")
    base = alt.Chart(frame).encode(
        x=alt.X("value:Q", title=parameter_title, axis=alt.Axis(tickMinStep=1, format="d")),
        y=alt.Y("size:Q", title=size_title, axis=alt.Axis(tickMinStep=1, format="d")),
    )
    line = (
        base.transform_filter(alt.datum.status == t("stride.sweep.valid"))
        .mark_line(interpolate="step-after", color="#4e79a7")
        .encode(tooltip=alt.value(None))
    )
    dots = base.mark_point(filled=True, size=70).encode(
        color=alt.Color(
            "status:N",
            title=t("stride.sweep.status"),
            scale=alt.Scale(
                domain=[t("stride.sweep.valid"), t("stride.sweep.invalid")],
                range=["#4e79a7", "#d62728"],
            ),
            legend=alt.Legend(orient="bottom"),
        ),
        shape=alt.Shape(
            "status:N",
            scale=alt.Scale(
                domain=[t("stride.sweep.valid"), t("stride.sweep.invalid")],
                range=["circle", "cross"],
            ),
            legend=None,
        ),
        tooltip=[
            alt.Tooltip("value:Q", title=parameter_title),
            alt.Tooltip("size:Q", title=size_title),
            alt.Tooltip("status:N", title=t("stride.sweep.status")),
        ],
    )
    rule = (
        alt.Chart(pd.DataFrame({"value": [current]}))
        .mark_rule(color=HIGHLIGHT_COLOR, strokeDash=[4, 3])
        .encode(
            x="value:Q",
            tooltip=[alt.Tooltip("value:Q", title=t("stride.sweep.current", name=parameter_title))],
        )
    )
    return alt.layer(line, dots, rule).properties(
        height=240, description=SWEEP_CHART, autosize=FIT_WIDTH
    )


def output_padding_frame(choices: list[OutputPaddingChoice], current_n: int) -> pd.DataFrame:
    """Tabulate output_padding values: transposed size, allowed, and whether it undoes the conv."""
    yes, no = t("stride.yes"), t("stride.no")
    return pd.DataFrame(
        {
            "output_padding": [choice.output_padding for choice in choices],
            t("stride.op.col_size"): _nullable([choice.output_size for choice in choices]),
            t("stride.op.col_allowed"): [yes if choice.error is None else no for choice in choices],
            t("stride.op.col_inverts"): [yes if choice.inverts_conv else no for choice in choices],
            t("stride.op.col_current"): [
                "◀" if choice.output_size == current_n else "" for choice in choices
            ],
        }
    )


def conventions_frame(
    rows: list[tuple[str, tuple[int, int] | None, int | None, str]],
) -> pd.DataFrame:
    """Tabulate named padding conventions: name, (before, after) pads, output size, note."""
    return pd.DataFrame(
        {
            t("stride.conv.col_name"): [t(f"stride.kind.{kind}") for kind, *_ in rows],
            t("stride.conv.col_pads"): [
                f"{pads[0]}, {pads[1]}" if pads else "—" for _, pads, _, _ in rows
            ],
            t("stride.conv.col_size"): _nullable([size for _, _, size, _ in rows]),
            t("stride.conv.col_note"): [note for *_, note in rows],
        }
    )


_TORCH_MODES = {
    "zeros": "constant",
    "reflect": "reflect",
    "replicate": "replicate",
    "circular": "circular",
}


def torch_code(
    axes: tuple[AxisSettings, ...],
    pads: tuple[tuple[int, int], ...],
    padding_mode: str,
    output_padding: tuple[int, ...],
    torch_padding: str | None,
    transpose_ok: bool = True,
) -> str:
    """Write PyTorch code for the current settings: the conv and its transposed partner.

    ``torch_padding`` is the string PyTorch accepts for this convention ("valid" or
    "same") or None; unequal pads on an axis need an explicit ``F.pad`` first. The
    transposed layer crops the leading pad of each axis. When ``transpose_ok`` is False
    it is left out, since PyTorch would reject its settings.
    """
    dims = len(axes)
    input_shape = tuple(axis.n for axis in axes)
    kernel_shape = tuple(axis.k for axis in axes)
    strides = tuple(axis.stride for axis in axes)
    dilations = tuple(axis.dilation for axis in axes)
    transpose_padding = tuple(before for before, _ in pads)
    name = "Conv2d" if dims == 2 else "Conv1d"
    tname = "ConvTranspose2d" if dims == 2 else "ConvTranspose1d"
    shape = str((1, 1, *input_shape))

    def tup(values: tuple[int, ...]) -> str:
        return str(values[0]) if dims == 1 else str(tuple(values))

    symmetric = all(before == after for before, after in pads)
    lines = ["import torch", "import torch.nn as nn", "import torch.nn.functional as F", ""]
    lines.append(f"x = torch.randn{shape}  # (batch, channels, *spatial)")
    if torch_padding is not None:
        padding_arg = repr(torch_padding)
        mode_arg = f", padding_mode={padding_mode!r}" if padding_mode != "zeros" else ""
    elif symmetric:
        padding_arg = tup(tuple(before for before, _ in pads))
        mode_arg = f", padding_mode={padding_mode!r}" if padding_mode != "zeros" else ""
    else:
        # torch.nn.functional.pad lists the last axis first: (left, right, top, bottom).
        flat = tuple(amount for pair in reversed(pads) for amount in pair)
        lines.append("# unequal pads: pad first, then convolve with padding=0")
        lines.append(f"x = F.pad(x, {flat}, mode={_TORCH_MODES[padding_mode]!r})")
        padding_arg = "0"
        mode_arg = ""
    lines += [
        f"conv = nn.{name}(1, 1, kernel_size={tup(kernel_shape)}, stride={tup(strides)},",
        f"    padding={padding_arg}, dilation={tup(dilations)}{mode_arg}, bias=False)",
        "y = conv(x)",
        "print(y.shape)",
    ]
    if not transpose_ok:
        lines.append("# (no ConvTranspose: PyTorch rejects the current output_padding)")
        return "\n".join(lines)
    lines += [
        "",
        "# transposed convolution: padding is cropped from both ends,",
        "# output_padding adds samples at the end (padding_mode must be 'zeros')",
        f"tconv = nn.{tname}(1, 1, kernel_size={tup(kernel_shape)}, stride={tup(strides)},",
        f"    padding={tup(transpose_padding)}, output_padding={tup(output_padding)},",
        f"    dilation={tup(dilations)}, bias=False)",
        "print(tconv(y).shape)",
    ]
    return "\n".join(lines)


_NUMPY_MODES = {"zeros": "constant", "reflect": "reflect", "replicate": "edge", "circular": "wrap"}


def numpy_code(
    axes: tuple[AxisSettings, ...], pads: tuple[tuple[int, int], ...], padding_mode: str
) -> str:
    """Write NumPy code that computes the current cross-correlation with sliding windows."""
    dims = len(axes)
    input_shape = tuple(axis.n for axis in axes)
    kernel_shape = tuple(axis.k for axis in axes)
    strides = tuple(axis.stride for axis in axes)
    dilations = tuple(axis.dilation for axis in axes)
    spans = tuple(d * (k - 1) + 1 for k, d in zip(kernel_shape, dilations, strict=True))
    pad_arg = tuple(pads) if dims == 2 else pads[0]
    windows = ", ".join(f"::{s}" for s in strides) + ", " + ", ".join(f"::{d}" for d in dilations)
    einsum = "ijkl,kl->ij" if dims == 2 else "ik,k->i"
    return "\n".join(
        [
            "import numpy as np",
            "from numpy.lib.stride_tricks import sliding_window_view",
            "",
            f"x = np.arange(1.0, {int(np.prod(input_shape)) + 1}).reshape({input_shape})",
            f"kernel = np.ones({kernel_shape})",
            f"xp = np.pad(x, {pad_arg}, mode={_NUMPY_MODES[padding_mode]!r})",
            "# every window of the dilated kernel's span, then keep every stride-th start",
            "# and every dilation-th tap inside it",
            f"windows = sliding_window_view(xp, {spans})[{windows}]",
            f'y = np.einsum("{einsum}", windows, kernel)  # cross-correlation, no flip',
            "print(y.shape)",
        ]
    )


@dataclass(frozen=True)
class Question:
    """A self-check question: one axis' settings whose output size the learner predicts."""

    axis: AxisSettings
    answer: int


def random_question(rng: random.Random) -> Question:
    """Draw valid settings with some stride leftover often enough to be interesting."""
    while True:
        axis = AxisSettings(
            n=rng.randint(4, 16),
            k=rng.randint(1, 5),
            stride=rng.randint(1, 4),
            padding=rng.randint(0, 3),
            dilation=rng.choice((1, 1, 2, 3)),
        )
        try:
            answer = conv_output_size(
                axis.n, axis.k, stride=axis.stride, padding=axis.padding, dilation=axis.dilation
            )
        except ConvError:
            continue
        return Question(axis=axis, answer=answer)
