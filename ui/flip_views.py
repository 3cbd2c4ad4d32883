"""Parameters, charts, tables, formulas and code snippets of the flip page.

Everything here formats numbers that convcore computed; the flip page calls these
builders and draws what they return. Labels come from the catalog (prefix ``flip.``).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import Any

import altair as alt
import numpy as np
import pandas as pd
import streamlit as st

from convcore.continuous import SlidingProduct
from ui.charts import HIGHLIGHT_COLOR, heatmap
from ui.i18n import t
from ui.params import Param

# Colours of the two factors and their product in the continuous view (Okabe–Ito).
F_COLOR = "#0072B2"
G_COLOR = "#E69F00"
PRODUCT_COLOR = "#009E73"
OTHER_COLOR = "#999999"
# Streamlit's default "fit" squeezes the plot to leave room for titles and legends;
# "fit-x" stretches the width only, so ``height`` is the plot's own height.
FIT_WIDTH = alt.AutoSizeParams(type="fit-x", contains="padding")
# Largest magnitude a typed value may have: sums of up to 64 such products stay far
# from overflow, and the numbers still fit in a metric.
VALUE_LIMIT = 1e6
# Every preset value times one of these is an integer, so a snippet can write
# ``np.array([...]) / 9`` and get the same floats as the page.
_DENOMINATORS = (1, 2, 3, 4, 5, 8, 9, 10, 16)
# Kernels up to this length get their weights written next to the samples they scale.
MAX_WEIGHT_LABELS = 5


def option_label(prefix: str, options: Sequence[str]) -> Callable[[str], str]:
    """Return a ``format_func`` that labels each option ``name`` with the text ``prefix.name``.

    The labels are looked up once, in the script run, because AppTest calls
    ``format_func`` again outside the run, where the session's language is unknown.
    """
    return {name: t(f"{prefix}.{name}") for name in options}.__getitem__


@st.cache_data(max_entries=256, show_spinner=False)
def heatmap_spec(values: np.ndarray, options: dict[str, Any]) -> dict[str, Any]:
    """Return the Vega-Lite spec of :func:`ui.charts.heatmap` of ``values``, built once.

    Building and validating an Altair heatmap costs about 30–50 ms and most reruns
    redraw the same kernels, so the page draws stored specs. The colour legend lies
    under the chart as a horizontal gradient about as wide as the cells, so it does not
    spill into the next column.
    """
    spec = heatmap(values, **options).to_dict()
    config = spec.get("config", {})
    config.pop("view", None)
    if not config:
        spec.pop("config", None)

    rect, *others = spec["layer"]
    color = rect["encoding"]["color"]
    columns = np.atleast_2d(values).shape[1]
    color["legend"] = {
        "orient": "bottom",
        "direction": "horizontal",
        "gradientLength": max(100, columns * spec["width"]["step"] - 10),
        "gradientThickness": 12,
        "titleFontSize": 12,
        "labelFontSize": 11,
        "format": ".3~g",
    }
    # The cell text is coloured through ``fill``, so that only the rect layer's
    # ``color`` feeds the colour legend.
    for layer in spec["layer"]:
        # A one-word axis title such as 행 reads badly turned on its side.
        layer["encoding"]["y"].setdefault("axis", {}).update(
            titleAngle=0, titleAlign="right", titleBaseline="middle"
        )
    for layer in others:
        encoding = layer.get("encoding", {})
        if layer["mark"]["type"] == "text" and "color" in encoding:
            encoding["fill"] = encoding.pop("color")
    return spec


def draw_heatmap(container: Any, values: np.ndarray, **options: Any) -> None:
    """Draw :func:`heatmap_spec` of ``values`` into ``container`` (``st`` or a column)."""
    values = np.atleast_2d(np.asarray(values, dtype=np.float64))
    container.vega_lite_chart(heatmap_spec(values, options), width="content")


# --- URL parameters -------------------------------------------------------------------


def float_param(key: str, default: float, low: float, high: float, step: float) -> Param:
    """Return a float parameter in ``[low, high]``, rounded to a multiple of ``step``."""

    def parse(text: str) -> float:
        value = float(text)
        if not math.isfinite(value) or not low <= value <= high:
            raise ValueError(f"{key}={text!r} is outside [{low}, {high}]")
        return round(round(value / step) * step, 6)

    return Param(key, default, parse, serialize=lambda value: f"{value:g}")


def float_list_param(
    key: str,
    default: tuple[float, ...],
    min_length: int,
    max_length: int,
    *,
    limit: float = VALUE_LIMIT,
) -> Param:
    """Return a parameter holding a comma-separated list of numbers with ``|v| <= limit``."""

    def parse(text: str) -> tuple[float, ...]:
        values = tuple(float(item) for item in text.split(","))
        if not min_length <= len(values) <= max_length:
            raise ValueError(f"{key} has {len(values)} values; expected {min_length}–{max_length}")
        if not all(math.isfinite(value) and abs(value) <= limit for value in values):
            raise ValueError(f"{key} contains a value that is not finite or above {limit:g}")
        return values

    return Param(key, default, parse, serialize=lambda values: ",".join(f"{v:g}" for v in values))


def clean_values(
    column: pd.Series, *, fill: float | None, limit: float = VALUE_LIMIT
) -> tuple[tuple[float, ...], int]:
    """Turn an edited table column into floats with ``|v| <= limit``.

    Blanks are dropped (``fill`` None) or set to ``fill``; so are numbers beyond the
    limit, whose count is returned with the values so that the page can warn.
    """
    numbers = pd.to_numeric(column, errors="coerce").to_numpy(dtype=np.float64)
    present = ~np.isnan(numbers)
    usable = np.isfinite(numbers) & (np.abs(numbers) <= limit)
    too_large = int(np.count_nonzero(present & ~usable))
    numbers = numbers[usable] if fill is None else np.where(usable, numbers, fill)
    return tuple(float(value) for value in numbers), too_large


def warn_too_large(count: int) -> None:
    """Say that ``count`` typed numbers were beyond :data:`VALUE_LIMIT` and left out."""
    if count:
        st.warning(
            t("flip.edit.too_large", count=count, limit=f"{VALUE_LIMIT:,.0f}"),
            icon=":material/block:",
        )


def list_editor(
    param_key: str, editor_key: str, *, column: str, max_rows: int, label: str
) -> tuple[float, ...]:
    """Draw a one-column ``st.data_editor`` of numbers and store the result in ``param_key``.

    The editor starts from the parameter's value whenever it appears (again), and its
    edits are applied to that starting table, so added rows are not counted twice.
    """
    base_key = f"{editor_key}_base"
    if editor_key not in st.session_state or base_key not in st.session_state:
        st.session_state[base_key] = tuple(st.session_state[param_key])
    frame = pd.DataFrame({column: list(st.session_state[base_key])}, dtype=np.float64)
    st.caption(label)
    edited = st.data_editor(
        frame,
        key=editor_key,
        num_rows="dynamic",
        width="stretch",
        height=min(35 * (len(frame) + 2), 260),
        column_config={column: st.column_config.NumberColumn(column, format="%g")},
    )
    values, too_large = clean_values(edited[column], fill=None)
    warn_too_large(too_large)
    values = values[:max_rows]
    st.session_state[param_key] = values
    return values


def grid_editor(param_key: str, editor_key: str, *, size: int) -> np.ndarray:
    """Draw a ``size × size`` ``st.data_editor`` grid and store its cells in ``param_key``."""
    base_key = f"{editor_key}_base"
    if editor_key not in st.session_state or base_key not in st.session_state:
        st.session_state[base_key] = tuple(st.session_state[param_key])
    base = np.asarray(st.session_state[base_key], dtype=np.float64).reshape(size, size)
    columns = [str(index) for index in range(size)]
    frame = pd.DataFrame(base, columns=columns)
    edited = st.data_editor(
        frame,
        key=editor_key,
        num_rows="fixed",
        column_config={
            name: st.column_config.NumberColumn(name, format="%g", width="small")
            for name in columns
        },
    )
    cleaned = [clean_values(edited[name], fill=0.0) for name in columns]
    warn_too_large(sum(too_large for _, too_large in cleaned))
    cells = np.array([values for values, _ in cleaned]).T
    st.session_state[param_key] = tuple(float(value) for value in cells.ravel())
    return cells


# --- Numbers as text ------------------------------------------------------------------


def format_number(value: float, digits: int = 4) -> str:
    """Format a number with at most ``digits`` decimals and no trailing zeros.

    Magnitudes from a million up are written in scientific notation with six
    significant digits (``1.5e+07``), so a number never grows wider than a metric.
    """
    if not math.isfinite(value):
        return str(value)
    if abs(value) >= 1e6:
        return f"{value:.6g}"
    text = f"{round(value, digits):.{digits}f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def format_significant(value: float, digits: int = 4) -> str:
    """Format a number with ``digits`` significant digits (``7.914``, ``0.0001234``)."""
    if not math.isfinite(value):
        return str(value)
    if value == 0:
        return "0"
    if abs(value) >= 1e6 or abs(value) < 1e-4:
        return f"{value:.{digits}g}"
    decimals = max(0, digits - 1 - math.floor(math.log10(abs(value))))
    return format_number(value, decimals)


def _latex_number(value: float) -> str:
    text = format_number(value)
    if "e" in text:
        mantissa, exponent = text.split("e")
        text = rf"{mantissa} \times 10^{{{int(exponent)}}}"
    return f"({text})" if text.startswith("-") else text


def sum_latex(
    result: str,
    factors: Sequence[tuple[str, str]],
    values: Sequence[tuple[float, float]],
    total: float,
    *,
    per_line: int = 5,
) -> str:
    """Return ``result = a·b + … = 1.2·3 + … = total`` as aligned LaTeX lines.

    ``factors`` contains symbolic pairs such as ``("x[4]", "k[2]")`` and ``values`` their
    numbers, in the same order; each sum breaks after ``per_line`` terms.
    """
    symbolic = _chunks([rf"{left}\,{right}" for left, right in factors], per_line)
    numeric = _chunks(
        [rf"{_latex_number(left)} \cdot {_latex_number(right)}" for left, right in values],
        per_line,
    )
    rows = []
    for terms in (symbolic, numeric):
        for index, chunk in enumerate(terms):
            lead = "&= " if index == 0 else r"&\quad + "
            rows.append(lead + " + ".join(chunk))
    rows.append(f"&= {format_number(total)}")
    return r"\begin{aligned}" + f"{result} " + r" \\ ".join(rows) + r"\end{aligned}"


def _chunks(items: Sequence[str], size: int) -> list[list[str]]:
    return [list(items[start : start + size]) for start in range(0, len(items), size)]


def array_expression(values: np.ndarray) -> str:
    """Write an array as NumPy source that rebuilds exactly the same floats.

    Short decimals are written as they are, ratios such as 1/9 as
    ``np.array([...]) / 9``, anything else with Python's shortest round-trip ``repr``.
    """
    values = np.asarray(values, dtype=np.float64)
    if all(len(repr(float(value))) <= 7 for value in values.ravel()):
        return f"np.array({_nested_list(values.tolist(), float_ints=False)})"
    for denominator in _DENOMINATORS:
        scaled = values * denominator
        integers = np.round(scaled)
        if np.all(np.abs(integers) < 1e6) and np.array_equal(integers / denominator, values):
            body = _nested_list(integers.astype(int).tolist(), float_ints=True)
            return f"np.array({body}) / {denominator}"
    return f"np.array({_nested_list(values.tolist(), float_ints=False)})"


def _nested_list(values: list, *, float_ints: bool) -> str:
    if isinstance(values, list):
        return "[" + ", ".join(_nested_list(item, float_ints=float_ints) for item in values) + "]"
    return f"{values}.0" if float_ints else repr(float(values))


# --- Continuous view ------------------------------------------------------------------


def product_chart(product: SlidingProduct, *, flip: bool, window: float) -> alt.LayerChart:
    """Draw f, the moved kernel and their product (area shaded) against s."""
    keep = np.abs(product.s) <= window + 1e-9
    frame = pd.DataFrame(
        {
            "s": product.s[keep],
            "f": product.f[keep],
            "g": product.g_moved[keep],
            "product": product.product[keep],
        }
    )
    frame = frame.iloc[:: max(1, len(frame) // 600)]
    g_label = t("flip.cont.g_flipped") if flip else t("flip.cont.g_shifted")
    names = {"f": t("flip.cont.f_label"), "g": g_label, "product": t("flip.cont.product")}
    long = frame.melt("s", var_name="series", value_name="value")
    long["series"] = long["series"].map(names)
    colors = alt.Scale(
        domain=[names["f"], names["g"], names["product"]],
        range=[F_COLOR, G_COLOR, PRODUCT_COLOR],
    )
    x_axis = alt.X("s:Q", title=t("flip.cont.s_axis"), scale=alt.Scale(domain=[-window, window]))
    area = (
        alt.Chart(frame)
        .mark_area(opacity=0.35, color=PRODUCT_COLOR)
        .encode(x=x_axis, y=alt.Y("product:Q", title=t("flip.cont.value_axis")))
    )
    lines = (
        alt.Chart(long)
        .mark_line(strokeWidth=2)
        .encode(
            x=x_axis,
            y=alt.Y("value:Q", title=t("flip.cont.value_axis")),
            color=alt.Color(
                "series:N",
                title=None,
                scale=colors,
                legend=alt.Legend(orient="bottom", columns=3, labelLimit=0, symbolStrokeWidth=3),
            ),
            tooltip=[
                alt.Tooltip("s:Q", title="s", format=".2f"),
                alt.Tooltip("value:Q", title=t("flip.cont.value_axis"), format=".3f"),
                alt.Tooltip("series:N", title=t("flip.cont.series")),
            ],
        )
    )
    return alt.layer(area, lines).properties(height=240, autosize=FIT_WIDTH)


def result_chart(
    xs: np.ndarray, current: np.ndarray, other: np.ndarray, x: float, *, flip: bool
) -> alt.LayerChart:
    """Draw the result traced up to ``x``, the rest faint and the other operation dashed."""
    current_name = t("flip.cont.result_conv") if flip else t("flip.cont.result_corr")
    other_name = t("flip.cont.result_corr") if flip else t("flip.cont.result_conv")
    frame = pd.DataFrame({"x": xs, "current": current, "other": other})
    traced = frame[frame["x"] <= x + 1e-9]
    y_title = t("flip.cont.value_axis")
    x_axis = alt.X("x:Q", title="x")
    base = alt.Chart(frame)
    other_line = base.mark_line(strokeDash=[5, 4], color=OTHER_COLOR).encode(
        x=x_axis,
        y=alt.Y("other:Q", title=y_title),
        tooltip=[
            alt.Tooltip("x:Q", format=".2f"),
            alt.Tooltip("other:Q", title=other_name, format=".3f"),
        ],
    )
    faint = base.mark_line(color=PRODUCT_COLOR, opacity=0.3, strokeWidth=2).encode(
        x=x_axis, y="current:Q"
    )
    traced_line = (
        alt.Chart(traced)
        .mark_line(color=PRODUCT_COLOR, strokeWidth=3)
        .encode(
            x=x_axis,
            y="current:Q",
            tooltip=[
                alt.Tooltip("x:Q", format=".2f"),
                alt.Tooltip("current:Q", title=current_name, format=".3f"),
            ],
        )
    )
    point_frame = pd.DataFrame({"x": [x], "current": [float(np.interp(x, xs, current))]})
    point = (
        alt.Chart(point_frame)
        .mark_point(color=HIGHLIGHT_COLOR, size=90, filled=True)
        .encode(x=x_axis, y="current:Q")
    )
    legend_frame = pd.DataFrame(
        {"name": [current_name, other_name], "color": [PRODUCT_COLOR, OTHER_COLOR]}
    )
    legend = (
        alt.Chart(legend_frame)
        .mark_point(opacity=0)
        .encode(
            color=alt.Color(
                "name:N",
                title=None,
                scale=alt.Scale(
                    domain=legend_frame["name"].tolist(), range=legend_frame["color"].tolist()
                ),
                legend=alt.Legend(
                    orient="bottom",
                    columns=2,
                    labelLimit=0,
                    symbolType="stroke",
                    symbolOpacity=1,
                    symbolStrokeWidth=3,
                ),
            )
        )
    )
    return alt.layer(other_line, faint, traced_line, point, legend).properties(
        height=240, autosize=FIT_WIDTH
    )


# --- Discrete 1D ----------------------------------------------------------------------


def signal_window_chart(
    signal: np.ndarray, window: np.ndarray, weights: np.ndarray, *, height: int = 200
) -> alt.LayerChart:
    """Draw the input signal with the samples under the kernel window marked and weighted.

    Up to :data:`MAX_WEIGHT_LABELS` weights are written above their samples, upright in
    three staggered rows because neighbouring samples are only a few pixels apart.
    """
    frame = pd.DataFrame({"index": np.arange(signal.size), "value": signal})
    labelled = len(window) <= MAX_WEIGHT_LABELS
    marked = pd.DataFrame(
        {
            "index": window,
            "value": signal[window],
            "weight": [f"×{format_significant(weight, 2)}" for weight in weights],
            "tier": np.arange(len(window)) % 3,
        }
    )
    low, high = float(np.min(signal)), float(np.max(signal))
    spread = (high - low) or 1.0
    headroom = 0.7 if labelled else 0.05
    x_axis = alt.X("index:Q", title=t("flip.d1.index_axis"), scale=alt.Scale(nice=False))
    y_axis = alt.Y(
        "value:Q",
        title=t("flip.d1.signal_axis"),
        scale=alt.Scale(domain=[low - 0.05 * spread, high + headroom * spread], nice=False),
    )
    line = (
        alt.Chart(frame)
        .mark_line(point=True, color=F_COLOR)
        .encode(
            x=x_axis,
            y=y_axis,
            tooltip=[
                alt.Tooltip("index:Q", title=t("flip.d1.index_axis")),
                alt.Tooltip("value:Q", format=".3f"),
            ],
        )
    )
    dots = (
        alt.Chart(marked)
        .mark_point(size=160, filled=True, color=HIGHLIGHT_COLOR)
        .encode(x=x_axis, y=y_axis)
    )
    layers = [line, dots]
    if labelled:
        for tier in range(3):
            layers.append(
                alt.Chart(marked[marked["tier"] == tier])
                .mark_text(
                    dy=-16 - 17 * tier, fontSize=14, fontWeight="bold", color=HIGHLIGHT_COLOR
                )
                .encode(x=x_axis, y=y_axis, text="weight:N")
            )
    return alt.layer(*layers).properties(
        height=height, title=t("flip.d1.signal_title"), autosize=FIT_WIDTH
    )


def output_chart(
    current: np.ndarray, other: np.ndarray, position: int, *, flip: bool, height: int = 200
) -> alt.LayerChart:
    """Draw the current output, the other operation's output dashed, and the chosen sample."""
    current_name = t("flip.d1.conv") if flip else t("flip.d1.corr")
    other_name = t("flip.d1.corr") if flip else t("flip.d1.conv")
    index = np.arange(current.size)
    frame = pd.concat(
        [
            pd.DataFrame({"index": index, "value": current, "series": current_name}),
            pd.DataFrame({"index": index, "value": other, "series": other_name}),
        ]
    )
    x_axis = alt.X("index:Q", title=t("flip.d1.output_index_axis"), scale=alt.Scale(nice=False))
    y_axis = alt.Y("value:Q", title=t("flip.d1.output_axis"))
    color = alt.Color(
        "series:N",
        title=None,
        scale=alt.Scale(domain=[current_name, other_name], range=[PRODUCT_COLOR, OTHER_COLOR]),
        legend=alt.Legend(orient="top"),
    )
    lines = (
        alt.Chart(frame)
        .mark_line(point=True)
        .encode(
            x=x_axis,
            y=y_axis,
            color=color,
            strokeDash=alt.condition(
                alt.datum.series == other_name, alt.value([5, 4]), alt.value([1, 0])
            ),
            tooltip=[
                alt.Tooltip("index:Q", title=t("flip.d1.output_index_axis")),
                alt.Tooltip("value:Q", format=".4f"),
                alt.Tooltip("series:N", title=t("flip.cont.series")),
            ],
        )
    )
    chosen = pd.DataFrame({"index": [position], "value": [current[position]]})
    point = (
        alt.Chart(chosen)
        .mark_point(size=200, color=HIGHLIGHT_COLOR, strokeWidth=3)
        .encode(x=x_axis, y=y_axis)
    )
    return alt.layer(lines, point).properties(
        height=height, title=t("flip.d1.output_title"), autosize=FIT_WIDTH
    )


def term_table(
    signal_index: np.ndarray,
    kernel_index: np.ndarray,
    signal: np.ndarray,
    kernel: np.ndarray,
    products: np.ndarray,
) -> pd.DataFrame:
    """Return one row per term of the sum: indices, both factors and their product."""
    return pd.DataFrame(
        {
            t("flip.d1.col_tap"): np.arange(len(products)),
            t("flip.d1.col_signal_index"): signal_index,
            t("flip.d1.col_signal_value"): signal[signal_index],
            t("flip.d1.col_kernel_index"): kernel_index,
            t("flip.d1.col_kernel_value"): kernel[kernel_index],
            t("flip.d1.col_product"): products,
        }
    )


def pair_chart(series: dict[str, np.ndarray], *, title: str, dashed: str) -> alt.LayerChart:
    """Draw several same-length sequences on one index axis; the one named ``dashed`` dashed.

    The first sequence is drawn widest and underneath, the dashed one thin and on top,
    so that when they coincide the first one still shows between the dashes.
    """
    frame = pd.concat(
        [
            pd.DataFrame({"index": np.arange(values.size), "value": values, "series": name})
            for name, values in series.items()
        ]
    )
    names = list(series)
    color = alt.Color(
        "series:N",
        title=None,
        scale=alt.Scale(domain=names, range=[PRODUCT_COLOR, G_COLOR, F_COLOR][: len(names)]),
        legend=alt.Legend(orient="bottom", columns=len(names), labelLimit=0, symbolStrokeWidth=3),
    )
    order = [name for name in names if name != dashed] + [dashed]
    layers = []
    for rank, name in enumerate(order):
        is_dashed = name == dashed
        layers.append(
            alt.Chart(frame[frame["series"] == name])
            .mark_line(
                point=alt.OverlayMarkDef(size=20 if is_dashed else 45),
                strokeWidth=5 if rank == 0 else 2,
                strokeDash=[6, 4] if is_dashed else [1, 0],
            )
            .encode(
                x=alt.X("index:Q", title=t("flip.d1.output_index_axis")),
                y=alt.Y("value:Q", title=t("flip.d1.output_axis")),
                color=color,
                tooltip=[alt.Tooltip("index:Q"), alt.Tooltip("value:Q", format=".4f"), "series:N"],
            )
        )
    return alt.layer(*layers).properties(height=200, title=title, autosize=FIT_WIDTH)


# --- Code snippets --------------------------------------------------------------------


def numpy_code_1d(signal: np.ndarray, kernel: np.ndarray, position: int, *, flip: bool) -> str:
    """Return NumPy code that recomputes the 1D results and the chosen output sample."""
    return f"""import numpy as np

signal = {array_expression(signal)}
kernel = {array_expression(kernel)}
flip = {flip}

# "valid": the kernel stays inside the signal, as a CNN layer without padding.
cross_correlation = np.correlate(signal, kernel, mode="valid")  # sum_j signal[n + j] * kernel[j]
convolution = np.convolve(signal, kernel, mode="valid")  # the same with the kernel reversed
output = convolution if flip else cross_correlation
value = output[{position}]
print(value)
"""


def torch_code_1d(signal: np.ndarray, kernel: np.ndarray, position: int, *, flip: bool) -> str:
    """Return PyTorch code that recomputes the 1D results and the chosen output sample."""
    return f"""import numpy as np
import torch
import torch.nn.functional as F

signal = torch.from_numpy({array_expression(signal)})
kernel = torch.from_numpy({array_expression(kernel)})
flip = {flip}

# F.conv1d cross-correlates; shapes are (batch, channels, length).
cross_correlation = F.conv1d(signal[None, None], kernel[None, None])[0, 0]
convolution = F.conv1d(signal[None, None], kernel.flip(0)[None, None])[0, 0]
output = convolution if flip else cross_correlation
value = output[{position}].item()
print(value)
"""


_LOAD_IMAGE = """# Decode as the app does: grayscale in [0, 1], longer side at most 256 pixels.
picture = Image.open({path!r})
if picture.mode not in ("L", "1"):
    picture = picture.convert("RGB")
image = np.asarray(picture.convert("L"), dtype=np.float64) / 255.0
if max(image.shape) > 256:
    scale = 256 / max(image.shape)
    size = (max(1, round(image.shape[1] * scale)), max(1, round(image.shape[0] * scale)))
    shrunk = Image.fromarray(image.astype(np.float32), mode="F").resize(size, Image.Resampling.BOX)
    image = np.clip(np.asarray(shrunk, dtype=np.float64), 0.0, 1.0)
"""


def numpy_code_2d(path: str, kernel: np.ndarray, pixel: tuple[int, int], *, flip: bool) -> str:
    """Return NumPy/SciPy code that recomputes the 2D results for the image at ``path``."""
    row, col = pixel
    return f"""import numpy as np
from PIL import Image
from scipy.signal import convolve2d, correlate2d

{_LOAD_IMAGE.format(path=path)}
kernel = {array_expression(kernel)}
flip = {flip}

# mode="same" pads with zeros so that the output has the image's size (odd kernels).
cross_correlation = correlate2d(image, kernel, mode="same")
convolution = convolve2d(image, kernel, mode="same")  # kernel rotated by 180 degrees
difference = convolution - cross_correlation
output = convolution if flip else cross_correlation
value = output[{row}, {col}]
print(value, np.abs(difference).max())
"""


def torch_code_2d(path: str, kernel: np.ndarray, pixel: tuple[int, int], *, flip: bool) -> str:
    """Return PyTorch code that recomputes the 2D results for the image at ``path``."""
    row, col = pixel
    pad_h, pad_w = kernel.shape[0] // 2, kernel.shape[1] // 2
    return f"""import numpy as np
import torch
import torch.nn.functional as F
from PIL import Image

{_LOAD_IMAGE.format(path=path)}
kernel = torch.from_numpy({array_expression(kernel)})
flip = {flip}

# F.conv2d cross-correlates; shapes are (batch, channels, height, width).
x = torch.from_numpy(image)[None, None]
cross_correlation = F.conv2d(x, kernel[None, None], padding=({pad_h}, {pad_w}))[0, 0]
convolution = F.conv2d(x, kernel.flip(0, 1)[None, None], padding=({pad_h}, {pad_w}))[0, 0]
difference = convolution - cross_correlation
output = convolution if flip else cross_correlation
value = output[{row}, {col}].item()
print(value, difference.abs().max().item())
"""
