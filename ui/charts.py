"""Altair charts and image rendering shared by the pages.

Heatmaps are rect marks with square cells (``alt.Step``) and, for small matrices, the
values as text. Signed values use a diverging, colour-blind-safe blue–orange scheme
centred on zero; unsigned values use grays. Large arrays go to ``st.image`` instead.
"""

from __future__ import annotations

from collections.abc import Iterable

import altair as alt
import numpy as np
import pandas as pd
import streamlit as st

DIVERGING_SCHEME = "blueorange"
SEQUENTIAL_SCHEME = "greys"
HIGHLIGHT_COLOR = "#d81b60"
# Text inside cells stays readable up to about 16 × 16 cells; a browser draws rect
# heatmaps quickly up to about 64 × 64 cells.
MAX_TEXT_CELLS = 16 * 16
MAX_RECT_CELLS = 4096

# Anchor colours of the diverging map used for images (dark blue, white, dark orange),
# close to Vega's "blueorange" so that charts and images read the same way.
_DIVERGING_ANCHORS = np.array(
    [[5, 48, 97], [67, 147, 195], [247, 247, 247], [244, 165, 130], [179, 88, 6]],
    dtype=np.float64,
)


def is_signed(values: np.ndarray) -> bool:
    """Return True when ``values`` has negative entries, so a diverging scale fits."""
    return bool(np.nanmin(values) < 0) if values.size else False


def matrix_frame(values: np.ndarray, labels: np.ndarray | None = None) -> pd.DataFrame:
    """Return a long table (row, col, value, label) of a 2D array, row-major."""
    values = np.atleast_2d(np.asarray(values, dtype=np.float64))
    rows, cols = np.indices(values.shape)
    frame = pd.DataFrame({"row": rows.ravel(), "col": cols.ravel(), "value": values.ravel()})
    if labels is not None:
        frame["label"] = np.asarray(labels).astype(str).ravel()
    else:
        frame["label"] = [_format_number(value) for value in frame["value"]]
    return frame


def _format_number(value: float) -> str:
    if not np.isfinite(value):
        return ""
    if float(value).is_integer() and abs(value) < 1e4:
        return str(int(value))
    return f"{value:.2f}"


def heatmap(
    values: np.ndarray,
    *,
    x_title: str,
    y_title: str,
    color_title: str,
    title: str = "",
    labels: np.ndarray | None = None,
    signed: bool | None = None,
    cell_size: int | None = None,
    show_text: bool | None = None,
    highlight: Iterable[tuple[int, int]] = (),
    dim: Iterable[tuple[int, int]] = (),
    color_domain: tuple[float, float] | None = None,
    tooltip_titles: tuple[str, str, str] | None = None,
) -> alt.LayerChart:
    """Build a heatmap of a 2D array with square cells.

    Parameters
    ----------
    values : ndarray of shape (rows, cols)
        The numbers that set the colours.
    x_title, y_title, color_title : str
        Axis and legend titles, already translated.
    labels : ndarray of shape (rows, cols), optional
        Text to print in each cell in place of the number (for symbolic matrices).
    signed : bool, optional
        Diverging scale centred on zero; by default when ``values`` has negatives.
    highlight : iterable of (row, col)
        Cells outlined in the highlight colour.
    dim : iterable of (row, col)
        Cells drawn faded (padding, skipped rows...).
    """
    values = np.atleast_2d(np.asarray(values, dtype=np.float64))
    rows, cols = values.shape
    frame = matrix_frame(values, labels)
    highlight_set = set(map(tuple, highlight))
    dim_set = set(map(tuple, dim))
    keys = list(zip(frame["row"], frame["col"], strict=True))
    frame["highlight"] = [key in highlight_set for key in keys]
    frame["dim"] = [key in dim_set for key in keys]

    signed = is_signed(values) if signed is None else signed
    if cell_size is None:
        cell_size = int(np.clip(360 // max(rows, cols, 1), 8, 40))
    if show_text is None:
        show_text = rows * cols <= MAX_TEXT_CELLS and cell_size >= 18

    if signed:
        limit = float(np.nanmax(np.abs(values))) if values.size else 1.0
        limit = limit or 1.0
        domain = color_domain or (-limit, limit)
        scale = alt.Scale(scheme=DIVERGING_SCHEME, domain=list(domain), domainMid=0)
    else:
        low, high = color_domain or (float(np.nanmin(values)), float(np.nanmax(values)))
        if high <= low:
            high = low + 1.0
        scale = alt.Scale(scheme=SEQUENTIAL_SCHEME, domain=[low, high], reverse=True)

    x_tip, y_tip, value_tip = tooltip_titles or (x_title, y_title, color_title)
    # A short y title (행, Row) reads better upright; long ones stay along the axis.
    y_axis = alt.Axis(titleAngle=0, titleAlign="right", titleBaseline="middle")
    if len(y_title) > 4:
        y_axis = alt.Axis()
    # The tooltip sits on the shared encoding so that every layer (cells, numbers,
    # outlines) shows the translated titles instead of raw field names.
    base = alt.Chart(frame).encode(
        x=alt.X("col:O", title=x_title, axis=alt.Axis(labelAngle=0)),
        y=alt.Y("row:O", title=y_title, axis=y_axis),
        tooltip=[
            alt.Tooltip("row:O", title=y_tip),
            alt.Tooltip("col:O", title=x_tip),
            alt.Tooltip("label:N", title=value_tip),
        ],
    )
    rect = base.mark_rect().encode(
        color=alt.Color("value:Q", title=color_title, scale=scale),
        opacity=alt.condition(alt.datum.dim, alt.value(0.35), alt.value(1.0)),
    )
    layers: list[alt.Chart] = [rect]
    if show_text:
        threshold = 0.55 * (float(np.nanmax(np.abs(values))) or 1.0)
        if signed:
            dark = alt.expr.abs(alt.datum.value) > threshold
        else:
            # The gray scale is reversed (low values black, as in an image), so the
            # cells in the lower part of the domain need white text.
            low, high = scale.domain
            dark = alt.datum.value < low + 0.45 * (high - low)
        text = base.mark_text(fontSize=max(9, min(13, cell_size // 3))).encode(
            text="label:N",
            color=alt.condition(dark, alt.value("white"), alt.value("black")),
        )
        layers.append(text)
    if highlight_set:
        outline = base.transform_filter(alt.datum.highlight).mark_rect(
            fill=None, stroke=HIGHLIGHT_COLOR, strokeWidth=3
        )
        layers.append(outline)

    chart = alt.layer(*layers).properties(width=alt.Step(cell_size), height=alt.Step(cell_size))
    if title:
        chart = chart.properties(title=title)
    return chart


def line_chart(
    frame: pd.DataFrame,
    *,
    x: str,
    y: str,
    color: str | None,
    x_title: str,
    y_title: str,
    color_title: str = "",
    height: int = 240,
    points: bool = False,
) -> alt.Chart:
    """Build a line chart from a long table; ``color`` names the series column."""
    encoding = {
        "x": alt.X(f"{x}:Q", title=x_title),
        "y": alt.Y(f"{y}:Q", title=y_title),
        "tooltip": [
            alt.Tooltip(f"{x}:Q", title=x_title),
            alt.Tooltip(f"{y}:Q", title=y_title, format=".3f"),
        ],
    }
    if color:
        encoding["color"] = alt.Color(
            f"{color}:N", title=color_title, scale=alt.Scale(scheme="tableau10")
        )
        encoding["tooltip"].append(alt.Tooltip(f"{color}:N", title=color_title))
    return alt.Chart(frame).mark_line(point=points).encode(**encoding).properties(height=height)


def diverging_rgb(values: np.ndarray, limit: float | None = None) -> np.ndarray:
    """Map signed values to RGB uint8 with the blue–white–orange map centred on zero."""
    values = np.asarray(values, dtype=np.float64)
    limit = float(np.max(np.abs(values))) if limit is None else limit
    limit = limit or 1.0
    position = (np.clip(values / limit, -1.0, 1.0) + 1.0) / 2.0 * (len(_DIVERGING_ANCHORS) - 1)
    lower = np.floor(position).astype(int).clip(0, len(_DIVERGING_ANCHORS) - 2)
    fraction = (position - lower)[..., None]
    rgb = (1 - fraction) * _DIVERGING_ANCHORS[lower] + fraction * _DIVERGING_ANCHORS[lower + 1]
    return np.round(rgb).astype(np.uint8)


def to_display(
    values: np.ndarray, *, signed: bool | None = None, min_side: int = 192
) -> np.ndarray:
    """Turn a 2D array into an image array for ``st.image``.

    Unsigned values are clipped to [0, 1] and shown gray; signed values use the diverging
    map. Small arrays are enlarged by an integer factor (nearest neighbour) so that each
    value stays a visible square instead of a blur.
    """
    values = np.atleast_2d(np.asarray(values, dtype=np.float64))
    signed = is_signed(values) if signed is None else signed
    if signed:
        image = diverging_rgb(values)
    else:
        image = np.round(np.clip(values, 0.0, 1.0) * 255).astype(np.uint8)
    factor = max(1, min_side // max(values.shape))
    if factor > 1:
        image = np.repeat(np.repeat(image, factor, axis=0), factor, axis=1)
    return image


def show_image(
    values: np.ndarray, caption: str, *, signed: bool | None = None, width: int | str = "stretch"
) -> None:
    """Draw a 2D array as an image with a caption (signed arrays in the diverging map)."""
    st.image(to_display(values, signed=signed), caption=caption, width=width, clamp=True)


def shape_text(shape: tuple[int, ...]) -> str:
    """Format an array shape as ``H × W``."""
    return " × ".join(str(size) for size in shape)
