"""Charts, tables and code snippets of the matrix page (W, Wᵀ and their names).

Cells of W are named after the article's notation: inputs ``i1 … iN`` and outputs
``o1 … oM`` in row-major order, kernel taps ``k1 … kp``. The chart builders here
take those names as axis labels, so that a row of W and the output cell it
computes carry the same name on screen.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

import altair as alt
import numpy as np
import pandas as pd
import streamlit as st

from convcore.linear import UNANSWERED, DeblurComparison, deblur_comparison, example_kernel
from ui.charts import DIVERGING_SCHEME, HIGHLIGHT_COLOR, SEQUENTIAL_SCHEME, line_chart
from ui.i18n import t

# W is drawn as an Altair heatmap up to this many cells and as an image beyond.
MAX_CHART_CELLS = 4000
# Symbolic labels such as "k12" stay readable up to this many cells at 22 px.
MAX_LABEL_CELLS = 1300
LABEL_CELL_SIZE = 30
SMALL_CELL_SIZE = 11
# Stamps of the scatter view drawn side by side in one faceted chart.
STAMP_COLUMNS = 4
# Entries of the hand exercise: "?" is not answered yet, the rest are tap labels.
EXERCISE_BLANK = "?"
EXERCISE_CHOICES = (EXERCISE_BLANK, "0", "k1", "k2", "k3", "k4")


def cell_names(prefix: str, count: int) -> list[str]:
    """Return ``prefix1 … prefixN`` (1-based, as in the article's i1 … i9)."""
    return [f"{prefix}{index}" for index in range(1, count + 1)]


def tap_labels(structure: np.ndarray) -> np.ndarray:
    """Turn tap numbers into labels: ``k3`` for 3 and ``0`` for an empty entry."""
    structure = np.asarray(structure)
    labels = np.char.add("k", structure.astype(str))
    return np.where(structure > 0, labels, "0")


def number_labels(values: np.ndarray) -> np.ndarray:
    """Format numbers compactly: integers without decimals, others with two."""
    values = np.asarray(values, dtype=np.float64)
    flat = [
        str(int(value)) if float(value).is_integer() and abs(value) < 1e4 else f"{value:.2f}"
        for value in values.ravel()
    ]
    return np.array(flat, dtype=object).reshape(values.shape)


def exercise_answer(grid: pd.DataFrame) -> np.ndarray:
    """Turn the learner's grid of labels into tap numbers, UNANSWERED for "?" or empty."""
    taps = {label: index for index, label in enumerate(EXERCISE_CHOICES[1:])}
    answer = np.full(grid.shape, UNANSWERED, dtype=np.int64)
    for (row, col), label in np.ndenumerate(grid.to_numpy(dtype=object)):
        answer[row, col] = taps.get(label, UNANSWERED)
    return answer


def named_heatmap(
    values: np.ndarray,
    *,
    row_names: Sequence[str],
    col_names: Sequence[str],
    x_title: str,
    y_title: str,
    color_title: str,
    labels: np.ndarray | None = None,
    signed: bool | None = None,
    cell_size: int = LABEL_CELL_SIZE,
    show_text: bool = True,
    highlight: Iterable[tuple[int, int]] = (),
    title: str = "",
    show_legend: bool = True,
    legend_orient: str = "right",
    show_y_title: bool = True,
    color_domain: tuple[float, float] | None = None,
) -> alt.LayerChart:
    """Build a heatmap whose rows and columns carry names (``o1``, ``i7``…) on the axes.

    Parameters
    ----------
    values : ndarray of shape (rows, cols)
        Numbers that set the colours (tap numbers for a symbolic matrix).
    row_names, col_names : sequence of str
        Axis labels, in order.
    labels : ndarray of shape (rows, cols), optional
        Text printed in the cells; the values by default.
    signed : bool, optional
        Diverging scale centred on zero; by default when ``values`` has negatives.
    highlight : iterable of (row, col)
        Cells outlined in the highlight colour.
    show_legend : bool
        False for grids whose colours carry no values (symbolic names).
    legend_orient : str
        Vega-Lite legend position; "bottom" keeps side-by-side charts narrow.
    show_y_title : bool
        False drops the y-axis title (the tooltip keeps it), for a chart whose
        left neighbour already names the rows.
    color_domain : (low, high), optional
        Shared colour range, so that two charts can be compared cell by cell.
    """
    values = np.atleast_2d(np.asarray(values, dtype=np.float64))
    if labels is None:
        labels = number_labels(values)
    highlight_set = set(map(tuple, highlight))
    row_index, col_index = np.indices(values.shape)
    frame = pd.DataFrame(
        {
            "row": np.asarray(row_names, dtype=object)[row_index.ravel()],
            "col": np.asarray(col_names, dtype=object)[col_index.ravel()],
            "value": values.ravel(),
            "label": np.asarray(labels).astype(str).ravel(),
            "highlight": [
                (r, c) in highlight_set
                for r, c in zip(row_index.ravel(), col_index.ravel(), strict=True)
            ],
        }
    )

    signed = bool(values.size and np.min(values) < 0) if signed is None else signed
    limit = float(np.max(np.abs(values))) if values.size else 1.0
    limit = limit or 1.0
    if color_domain is not None:
        limit = max(abs(color_domain[0]), abs(color_domain[1])) or 1.0
    if signed:
        scale = alt.Scale(scheme=DIVERGING_SCHEME, domain=[-limit, limit], domainMid=0)
        dark = alt.expr.abs(alt.datum.value) > 0.55 * limit
    else:
        low = min(0.0, float(np.min(values))) if values.size else 0.0
        # Zero is white, so the empty entries of a sparse W fade into the background.
        scale = alt.Scale(scheme=SEQUENTIAL_SCHEME, domain=[low, max(limit, low + 1)])
        dark = alt.datum.value > low + 0.55 * (max(limit, low + 1) - low)

    base = alt.Chart(frame).encode(
        x=alt.X("col:O", title=x_title, sort=list(col_names), axis=alt.Axis(labelAngle=0)),
        y=alt.Y(
            "row:O",
            title=y_title if show_y_title else None,
            sort=list(row_names),
            # Horizontal, because rotated Hangul is hard to read.
            axis=alt.Axis(titleAngle=0, titleAlign="right", titleBaseline="middle"),
        ),
    )
    legend = None
    if show_legend:
        if legend_orient in ("top", "bottom"):
            legend = alt.Legend(orient=legend_orient, direction="horizontal")
        else:
            legend = alt.Legend(orient=legend_orient)
    rect = base.mark_rect(stroke="#bbbbbb", strokeWidth=0.5).encode(
        color=alt.Color("value:Q", title=color_title, scale=scale, legend=legend),
        tooltip=[
            alt.Tooltip("row:O", title=y_title),
            alt.Tooltip("col:O", title=x_title),
            alt.Tooltip("label:N", title=color_title),
        ],
    )
    layers: list[alt.Chart] = [rect]
    if show_text:
        text = base.mark_text(fontSize=max(9, min(13, cell_size // 2))).encode(
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


def matrix_cell_size(rows: int, cols: int, labelled: bool) -> tuple[int, bool]:
    """Pick a cell size for W and whether its cells can carry text."""
    if labelled and rows * cols <= MAX_LABEL_CELLS and cols <= 40:
        return (LABEL_CELL_SIZE if cols <= 16 else 24), True
    return SMALL_CELL_SIZE, False


def grid_names(prefix: str, shape: Sequence[int]) -> np.ndarray:
    """Name every cell of a 1-D or 2-D grid ``prefix1 …`` in row-major order."""
    count = int(np.prod(shape))
    return np.array(cell_names(prefix, count), dtype=object).reshape(tuple(shape))


def as_grid(values: np.ndarray) -> np.ndarray:
    """View a 1-D vector as a one-row grid; leave 2-D grids alone."""
    values = np.asarray(values)
    return values.reshape(1, -1) if values.ndim == 1 else values


def grid_chart(
    values: np.ndarray,
    *,
    prefix: str,
    title: str,
    symbolic: bool,
    highlight_flat: Iterable[int] = (),
    color_title: str,
) -> alt.LayerChart:
    """Draw an input or output grid whose cells are named ``prefix1 …``.

    Symbolic grids print the names; numeric grids print the values. The cells
    with the given flat indices are outlined.
    """
    values = np.asarray(values, dtype=np.float64)
    grid = as_grid(values)
    names = as_grid(grid_names(prefix, values.shape))
    rows, cols = grid.shape
    highlight = [divmod(int(index), cols) for index in highlight_flat]
    labels = names if symbolic else number_labels(grid)
    shown = np.zeros_like(grid) if symbolic else grid
    return named_heatmap(
        shown,
        row_names=[str(r + 1) for r in range(rows)],
        col_names=[str(c + 1) for c in range(cols)],
        x_title=t("common.column"),
        y_title=t("common.row"),
        color_title=color_title,
        labels=labels,
        highlight=highlight,
        title=title,
        cell_size=32 if cols <= 12 else 24,
        show_text=cols <= 16,
        show_legend=not symbolic,
    )


def kernel_chart(kernel: np.ndarray, *, symbolic: bool) -> alt.LayerChart:
    """Draw the kernel with its taps named ``k1 … kp`` (symbolic) or its values."""
    kernel = np.asarray(kernel, dtype=np.float64)
    taps = np.arange(1, kernel.size + 1).reshape(kernel.shape)
    grid = as_grid(kernel)
    rows, cols = grid.shape
    labels = as_grid(tap_labels(taps)) if symbolic else number_labels(grid)
    return named_heatmap(
        np.zeros_like(grid) if symbolic else grid,
        row_names=[str(r + 1) for r in range(rows)],
        col_names=[str(c + 1) for c in range(cols)],
        x_title=t("common.column"),
        y_title=t("common.row"),
        color_title=t("common.value"),
        labels=labels,
        title=t("common.kernel"),
        cell_size=32,
        show_legend=not symbolic,
    )


def product_text(pairs: Sequence[tuple[int, int]], variable: str) -> str:
    """Write ``k2·x1 + k1·x2`` from (tap, index) pairs, or ``0`` when empty."""
    if not pairs:
        return "0"
    return " + ".join(f"k{tap}·{variable}{index}" for tap, index in pairs)


def transpose_table(
    terms: Sequence[Sequence[tuple[int, int]]], shape: Sequence[int]
) -> pd.DataFrame:
    """Lay out the symbolic entries of Wᵀx on the input grid (one string per cell)."""
    texts = np.array([product_text(pairs, "x") for pairs in terms], dtype=object)
    grid = as_grid(texts.reshape(tuple(shape)))
    rows, cols = grid.shape
    return pd.DataFrame(
        grid,
        index=[t("matrix.table.row", row=r + 1) for r in range(rows)],
        columns=[t("matrix.table.col", col=c + 1) for c in range(cols)],
    )


def matrix_frame_named(matrix: np.ndarray) -> pd.DataFrame:
    """Return W as a table with rows ``o1 …`` and columns ``i1 …`` (for CSV export)."""
    rows, cols = matrix.shape
    return pd.DataFrame(matrix, index=cell_names("o", rows), columns=cell_names("i", cols))


def matrix_csv(matrix: np.ndarray) -> str:
    """Format W (numbers or labels) as CSV with named rows and columns."""
    return matrix_frame_named(matrix).to_csv(index_label="W")


def torch_check_code(
    *,
    dims: int,
    n: int,
    kernel: np.ndarray,
    stride: int,
    padding: int,
    dilation: int,
) -> str:
    """Return a self-contained script that builds W in NumPy and checks it with PyTorch.

    The script builds W entry by entry from the window positions, then compares
    ``W @ x`` with ``F.conv{1,2}d`` and ``W.T @ g`` with ``F.conv_transpose{1,2}d``.
    """
    kernel_text = np.array2string(
        np.asarray(kernel, dtype=np.float64), separator=", ", precision=4, floatmode="maxprec"
    )
    k = int(np.asarray(kernel).shape[0])
    if dims == 1:
        body = f"""
n, k, stride, padding, dilation = {n}, {k}, {stride}, {padding}, {dilation}
kernel = np.array({kernel_text})
m = (n + 2 * padding - dilation * (k - 1) - 1) // stride + 1

# Row r of W contains the kernel taps at the inputs that output r reads.
W = np.zeros((m, n))
for r in range(m):
    for a in range(k):
        i = r * stride + a * dilation - padding
        if 0 <= i < n:  # taps on the zero padding drop out
            W[r, i] = kernel[a]

rng = np.random.default_rng(0)
x = rng.standard_normal(n)
g = rng.standard_normal(m)
weight = torch.tensor(kernel).reshape(1, 1, k)
conv = F.conv1d(torch.tensor(x).reshape(1, 1, n), weight,
                stride=stride, padding=padding, dilation=dilation)
assert np.allclose(W @ x, conv.numpy().ravel())

# output_padding picks the input length n among those that give m outputs.
output_padding = n - ((m - 1) * stride - 2 * padding + dilation * (k - 1) + 1)
transposed = F.conv_transpose1d(torch.tensor(g).reshape(1, 1, m), weight,
                                stride=stride, padding=padding,
                                output_padding=output_padding, dilation=dilation)
assert np.allclose(W.T @ g, transposed.numpy().ravel())
print("W", W.shape, "matches conv1d and conv_transpose1d")
"""
    else:
        body = f"""
n, k, stride, padding, dilation = {n}, {k}, {stride}, {padding}, {dilation}
kernel = np.array({kernel_text})
m = (n + 2 * padding - dilation * (k - 1) - 1) // stride + 1

# Row r = (oi, oj) of W contains the kernel taps at the inputs that output r reads,
# with inputs and outputs flattened row-major (i1, i2, … and o1, o2, …).
W = np.zeros((m * m, n * n))
for oi in range(m):
    for oj in range(m):
        for a in range(k):
            for b in range(k):
                i = oi * stride + a * dilation - padding
                j = oj * stride + b * dilation - padding
                if 0 <= i < n and 0 <= j < n:  # taps on the zero padding drop out
                    W[oi * m + oj, i * n + j] = kernel[a, b]

rng = np.random.default_rng(0)
x = rng.standard_normal((n, n))
g = rng.standard_normal((m, m))
weight = torch.tensor(kernel).reshape(1, 1, k, k)
conv = F.conv2d(torch.tensor(x).reshape(1, 1, n, n), weight,
                stride=stride, padding=padding, dilation=dilation)
assert np.allclose(W @ x.ravel(), conv.numpy().ravel())

# output_padding picks the input size n among those that give m outputs.
output_padding = n - ((m - 1) * stride - 2 * padding + dilation * (k - 1) + 1)
transposed = F.conv_transpose2d(torch.tensor(g).reshape(1, 1, m, m), weight,
                                stride=stride, padding=padding,
                                output_padding=output_padding, dilation=dilation)
assert np.allclose(W.T @ g.ravel(), transposed.numpy().ravel())
print("W", W.shape, "matches conv2d and conv_transpose2d")
"""
    return "import numpy as np\nimport torch\nimport torch.nn.functional as F\n" + body


def counted(key: str, count: int) -> str:
    """Translate ``<key>_one`` for a count of 1 and ``<key>_many`` otherwise."""
    return t(f"{key}_one") if count == 1 else t(f"{key}_many", count=count)


def zero_insertion_text(*, stride: int, pad: int, extra: int) -> str:
    """Describe the zero-insertion route in sentences that fit the counts.

    Parameters
    ----------
    stride : int
        The convolution's stride; ``stride - 1`` zeros go between neighbouring values.
    pad : int
        Zeros added at every edge, ``dilation * (k - 1) - padding``; negative crops.
    extra : int
        The output_padding added at the far end only.
    """
    if stride == 1:
        sentences = [t("matrix.zeros.stride_one")]
    else:
        sentences = [counted("matrix.zeros.insert", stride - 1)]
    if pad > 0:
        sentences.append(counted("matrix.zeros.pad", pad))
    elif pad < 0:
        sentences.append(counted("matrix.zeros.crop", -pad))
    else:
        sentences.append(t("matrix.zeros.pad_none"))
    if extra:
        sentences.append(counted("matrix.zeros.extra", extra))
    if stride == 1:
        sentences.append(t("matrix.zeros.try_stride"))
    else:
        sentences.append(t("matrix.zeros.fractional", stride=stride))
    sentences.append(t("matrix.zeros.outlined"))
    return " ".join(sentences)


def flipped_kernel_chart(kernel: np.ndarray, *, symbolic: bool) -> alt.LayerChart:
    """Draw the kernel reversed along every axis, the kernel of the zero-insertion route."""
    kernel = np.asarray(kernel, dtype=np.float64)
    taps = np.flip(np.arange(1, kernel.size + 1).reshape(kernel.shape))
    flipped = as_grid(np.flip(kernel))
    rows, cols = flipped.shape
    labels = as_grid(tap_labels(taps)) if symbolic else number_labels(flipped)
    return named_heatmap(
        np.zeros_like(flipped) if symbolic else flipped,
        row_names=[str(r + 1) for r in range(rows)],
        col_names=[str(c + 1) for c in range(cols)],
        x_title=t("common.column"),
        y_title=t("common.row"),
        color_title=t("common.value"),
        labels=labels,
        title=t("matrix.view.flipped_kernel"),
        cell_size=32,
        show_legend=not symbolic,
    )


def inserted_chart(values: np.ndarray, mask: np.ndarray, title: str) -> alt.LayerChart:
    """Draw the zero-inserted, padded input with the cells that hold y outlined."""
    grid = as_grid(np.asarray(values, dtype=np.float64))
    rows, cols = grid.shape
    holders = np.argwhere(as_grid(mask) > 0)
    return named_heatmap(
        grid,
        row_names=[str(r + 1) for r in range(rows)],
        col_names=[str(c + 1) for c in range(cols)],
        x_title=t("common.column"),
        y_title=t("common.row"),
        color_title=t("common.value"),
        highlight=[tuple(cell) for cell in holders],
        title=title,
        cell_size=28 if cols <= 16 else 16,
        show_text=cols <= 24 and rows <= 24,
    )


def identity_pair_chart(gram: np.ndarray) -> alt.HConcatChart:
    """Draw WᵀW and the identity of the same size side by side with one colour scale.

    Both charts together stay about 500 px wide (cells of at most 200 px a chart,
    one y-axis title, the legend underneath) so that they fit the main column of
    a laptop screen instead of being clipped at the legend.
    """
    size = gram.shape[0]
    cell_size = int(np.clip(200 // max(size, 1), 3, 24))
    show_text = size <= 9
    names = cell_names("i", size)
    common = {
        "row_names": names,
        "col_names": names,
        "x_title": t("matrix.axis.columns_i"),
        "y_title": t("matrix.axis.rows_i"),
        "color_title": t("common.value"),
        "cell_size": cell_size,
        "show_text": show_text,
        "signed": bool(np.min(gram) < 0),
        "color_domain": (float(np.min(gram)), max(float(np.max(np.abs(gram))), 1.0)),
        "legend_orient": "bottom",
    }
    gram_chart = named_heatmap(gram, title="WᵀW", **common)
    # On WᵀW's colour scale the ones of I are pale, so without text the diagonal is outlined.
    diagonal = [] if show_text else [(index, index) for index in range(size)]
    identity_chart = named_heatmap(
        np.eye(size), title="I", show_y_title=False, highlight=diagonal, **common
    )
    return alt.hconcat(gram_chart, identity_chart, spacing=24)


def singular_value_chart(singular_values: np.ndarray) -> alt.Chart:
    """Plot the singular values of W in descending order on a log scale."""
    frame = pd.DataFrame(
        {
            "index": np.arange(1, singular_values.size + 1),
            "sigma": np.maximum(singular_values, 1e-300),
        }
    )
    return (
        alt.Chart(frame)
        .mark_line(point=singular_values.size <= 64)
        .encode(
            x=alt.X("index:Q", title=t("matrix.deconv.sv_index")),
            y=alt.Y("sigma:Q", title=t("matrix.deconv.sv_value"), scale=alt.Scale(type="log")),
            tooltip=[
                alt.Tooltip("index:Q", title=t("matrix.deconv.sv_index")),
                alt.Tooltip("sigma:Q", title=t("matrix.deconv.sv_value"), format=".3e"),
            ],
        )
        .properties(height=220)
    )


def stretch(values: np.ndarray) -> np.ndarray:
    """Map an array's own minimum to 0 and maximum to 1 for display."""
    values = np.asarray(values, dtype=np.float64)
    low, high = float(values.min()), float(values.max())
    return (values - low) / (high - low) if high > low else np.zeros_like(values)


@st.cache_data(max_entries=8, show_spinner=False)
def cached_deblur(
    truth: np.ndarray, blur: int, noise_level: float, regularization: float, seed: int
) -> DeblurComparison:
    """Run ``deblur_comparison`` with a ``blur``-wide box kernel and "full" padding, cached."""
    kernel = example_kernel("box", (blur,) * truth.ndim)
    return deblur_comparison(
        truth,
        kernel,
        padding=blur - 1,
        noise_level=noise_level,
        regularization=regularization,
        seed=seed,
    )


def recovery_lines(
    truth: np.ndarray, transpose: np.ndarray, least_squares: np.ndarray, regularized: np.ndarray
) -> alt.Chart:
    """Plot a 1-D truth and its three recoveries as lines over the sample index."""
    series = {
        t("matrix.deconv.truth"): truth,
        t("matrix.deconv.transpose"): transpose,
        t("matrix.deconv.least_squares"): least_squares,
        t("matrix.deconv.regularized"): regularized,
    }
    frame = pd.concat(
        [
            pd.DataFrame({"index": np.arange(values.size), "value": values, "series": name})
            for name, values in series.items()
        ]
    )
    return line_chart(
        frame,
        x="index",
        y="value",
        color="series",
        x_title=t("common.index"),
        y_title=t("common.value"),
        color_title=t("matrix.deconv.method"),
    )


def stamps_chart(stamps: np.ndarray, titles: Sequence[str]) -> alt.FacetChart:
    """Draw the scaled kernel copies of the scatter view as one faceted chart.

    One chart with a shared colour scale replaces a chart per stamp, which keeps the
    page's script run short and lets the learner compare the copies cell by cell.

    Parameters
    ----------
    stamps : ndarray of shape (count, n) or (count, n, n)
        Each stamp on the input grid.
    titles : sequence of str
        One header per stamp, in order.
    """
    stamps = np.asarray(stamps, dtype=np.float64)
    frames = []
    for stamp, title in zip(stamps, titles, strict=True):
        grid = as_grid(stamp)
        row_index, col_index = np.indices(grid.shape)
        frames.append(
            pd.DataFrame(
                {
                    "stamp": title,
                    "row": (row_index.ravel() + 1).astype(str),
                    "col": (col_index.ravel() + 1).astype(str),
                    "value": grid.ravel(),
                    "label": number_labels(grid).ravel(),
                }
            )
        )
    frame = pd.concat(frames, ignore_index=True)
    rows, cols = as_grid(stamps[0]).shape
    limit = float(np.max(np.abs(stamps))) or 1.0
    scale = alt.Scale(scheme=DIVERGING_SCHEME, domain=[-limit, limit], domainMid=0)
    cell_size = 24 if cols <= 8 else 16

    base = alt.Chart().encode(
        x=alt.X(
            "col:O",
            title=t("common.column"),
            sort=[str(c + 1) for c in range(cols)],
            axis=alt.Axis(labelAngle=0),
        ),
        y=alt.Y(
            "row:O",
            title=t("common.row"),
            sort=[str(r + 1) for r in range(rows)],
            axis=alt.Axis(titleAngle=0, titleAlign="right", titleBaseline="middle"),
        ),
    )
    rect = base.mark_rect(stroke="#bbbbbb", strokeWidth=0.5).encode(
        color=alt.Color("value:Q", title=t("common.value"), scale=scale),
        tooltip=[
            alt.Tooltip("row:O", title=t("common.row")),
            alt.Tooltip("col:O", title=t("common.column")),
            alt.Tooltip("label:N", title=t("common.value")),
        ],
    )
    layers: list[alt.Chart] = [rect]
    if cols <= 16:
        dark = alt.expr.abs(alt.datum.value) > 0.55 * limit
        text = base.mark_text(fontSize=10 if cell_size < 24 else 12).encode(
            text="label:N", color=alt.condition(dark, alt.value("white"), alt.value("black"))
        )
        layers.append(text)
    layered = alt.layer(*layers).properties(width=alt.Step(cell_size), height=alt.Step(cell_size))
    return alt.layer(layered, data=frame).facet(
        facet=alt.Facet(
            "stamp:N",
            title=None,
            sort=list(titles),
            header=alt.Header(labelFontSize=13, labelColor="#31333f"),
        ),
        columns=STAMP_COLUMNS if rows > 1 else 1,
    )


CHART_BUILDERS: dict[str, Callable[..., alt.TopLevelMixin]] = {
    "grid": grid_chart,
    "kernel": kernel_chart,
    "flipped_kernel": flipped_kernel_chart,
    "inserted": inserted_chart,
    "named": named_heatmap,
    "identity_pair": identity_pair_chart,
    "stamps": stamps_chart,
    "singular_values": singular_value_chart,
    "recovery_lines": recovery_lines,
}


def chart_spec(chart: alt.TopLevelMixin) -> dict[str, Any]:
    """Turn an Altair chart into a Vega-Lite dict that ``st.vega_lite_chart`` draws.

    The data stays inline under ``datasets``, and Streamlit moves it to Arrow when it
    draws the chart. The default theme's 300 × 300 view size is dropped, as
    ``st.altair_chart`` does.
    """
    spec = chart.to_dict()
    config = spec.get("config", {})
    config.pop("view", None)
    if not config:
        spec.pop("config", None)
    return spec


@st.cache_data(max_entries=256, show_spinner=False)
def cached_spec(kind: str, lang: str, options: dict[str, Any]) -> dict[str, Any]:
    """Build the chart ``kind`` of :data:`CHART_BUILDERS` once per options and language.

    Building and validating an Altair chart costs about 30–50 ms, so the page
    reruns draw stored specs. ``lang`` is part of the cache key because the
    builders translate their axis titles with the session's language.
    """
    del lang
    return chart_spec(CHART_BUILDERS[kind](**options))


def draw_chart(container: Any, kind: str, *, width: str = "content", **options: Any) -> None:
    """Draw the chart ``kind`` built from ``options`` into ``container`` (``st`` or a column)."""
    spec = cached_spec(kind, st.session_state["lang"], options)
    container.vega_lite_chart(spec, width=width)
