"""Window positions, unread samples and size arithmetic of a strided, padded, dilated kernel.

Everything here works on one spatial axis at a time, since a 2-D convolution's
window positions, skipped rows and output sizes factor into a row axis and a column
axis. Only numpy and the rest of convcore are imported.

Examples
--------
>>> axis = axis_windows(8, 3, stride=2, pads=(1, 1))
>>> axis.output_size, axis.remainder
(4, 1)
>>> axis.positions[-1].tolist()
[6, 7, 8]
>>> axis.unread.tolist()
[9]
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from .errors import ConvError
from .padding import causal_pads, resolve_padding, tf_same_pads
from .sizes import conv_output_size, conv_transpose_output_size
from .transpose import conv_transpose1d, conv_transpose2d

__all__ = [
    "PAD_KINDS",
    "SWEEP_PARAMETERS",
    "AxisWindows",
    "FitAdvice",
    "OutputPaddingChoice",
    "SweepPoint",
    "TransposeSources",
    "axis_pads",
    "axis_windows",
    "combine_sources",
    "conv_preimage_sizes",
    "example_kernel",
    "fit_advice",
    "grid_shape",
    "grid_value",
    "has_asymmetric_pads",
    "middle_row",
    "numbered_input",
    "output_padding_choices",
    "output_padding_limit",
    "recovering_output_padding",
    "size_sweep",
    "transpose_ones",
    "transpose_padding",
    "transpose_sources",
    "window_starts",
]

# Named ways to choose the padding of one axis. "numbers" pads the same amount on
# both sides; "same" is PyTorch's; "tf_same" is TensorFlow's "SAME"; "causal" pads
# only before the input.
PAD_KINDS: tuple[str, ...] = ("numbers", "valid", "same", "full", "tf_same", "causal")
SWEEP_PARAMETERS: tuple[str, ...] = ("n", "k", "stride", "padding", "dilation")

# Kinds of padded-input positions, as stored in ``AxisWindows.kinds``.
PAD_BEFORE, INPUT, PAD_AFTER = 0, 1, 2


def axis_pads(kind: str, n: int, k: int, stride: int = 1, dilation: int = 1, padding: int = 0):
    """Compute the ``(before, after)`` padding of one axis for a named convention.

    Parameters
    ----------
    kind : {"numbers", "valid", "same", "full", "tf_same", "causal"}
        "numbers" uses ``padding`` on both sides; "same" is PyTorch's
        ``padding="same"`` (stride 1 only, an odd total's extra sample after);
        "full" pads ``dilation * (k - 1)`` on each side; "tf_same" is
        TensorFlow's ``"SAME"`` (output ``ceil(n / stride)``, extra sample
        after); "causal" pads ``dilation * (k - 1)`` before only.
    n, k : int
        Input and kernel length, at least 1.
    stride, dilation : int, default 1
        At least 1.
    padding : int, default 0
        Per-side amount for "numbers", at least 0.

    Returns
    -------
    (int, int)
        Samples added before and after the input.

    Raises
    ------
    ConvError
        For an unknown ``kind``, a negative ``padding``, "same" with stride > 1,
        or an argument below 1 (codes as in ``resolve_padding``).

    Examples
    --------
    >>> axis_pads("same", 8, 4)
    (1, 2)
    >>> axis_pads("tf_same", 8, 4, stride=2)
    (1, 1)
    """
    if kind == "numbers":
        return resolve_padding(padding, (k,), dilation, stride)[0]
    if kind in ("valid", "same", "full"):
        return resolve_padding(kind, (k,), dilation, stride)[0]
    if kind == "tf_same":
        return tf_same_pads(n, k, stride, dilation)
    if kind == "causal":
        return causal_pads(k, dilation)
    raise ConvError(
        "unknown_padding",
        f"padding kind {kind!r} is not known: use one of {', '.join(PAD_KINDS)}",
        value=kind,
    )


@dataclass(frozen=True)
class AxisWindows:
    """The window positions of a convolution along one axis.

    Indices count samples of the padded input: ``pads[0]`` padding samples, then the
    ``n`` input samples, then ``pads[1]`` padding samples.

    Attributes
    ----------
    positions : ndarray of int, shape (output_size, k)
        ``positions[o, j] = o * stride + j * dilation``, the padded index that tap
        ``j`` of output ``o`` reads.
    kinds : ndarray of int, shape (padded_size,)
        ``PAD_BEFORE``, ``INPUT`` or ``PAD_AFTER`` for each padded index.
    reads : ndarray of int, shape (padded_size,)
        How many (output, tap) pairs read each padded index.
    unread : ndarray of int
        Padded indices that no window reads, ascending.
    remainder : int
        ``(padded_size - span) mod stride``: the trailing padded samples after the
        last window start that no further window fits into.
    """

    n: int
    k: int
    stride: int
    dilation: int
    pads: tuple[int, int]
    output_size: int
    span: int
    positions: np.ndarray
    kinds: np.ndarray
    reads: np.ndarray
    unread: np.ndarray
    remainder: int

    @property
    def padded_size(self) -> int:
        """Length of the padded input."""
        return self.n + self.pads[0] + self.pads[1]

    @property
    def unread_input(self) -> np.ndarray:
        """Unread padded indices that hold real input samples."""
        return self.unread[self.kinds[self.unread] == INPUT]

    @property
    def unread_padding(self) -> np.ndarray:
        """Unread padded indices that hold padding."""
        return self.unread[self.kinds[self.unread] != INPUT]

    @property
    def trailing_unread(self) -> np.ndarray:
        """Unread indices after the last window's end (the stride's leftover)."""
        return self.unread[self.unread > int(self.positions[-1, -1])]

    @property
    def interior_unread(self) -> np.ndarray:
        """Unread indices before the last window's end: gaps between or inside windows."""
        return self.unread[self.unread < int(self.positions[-1, -1])]

    def input_index(self, padded_index: int) -> int | None:
        """Return the input index at a padded index, or None for padding."""
        index = padded_index - self.pads[0]
        return index if 0 <= index < self.n else None


def axis_windows(
    n: int, k: int, *, stride: int = 1, pads: tuple[int, int] = (0, 0), dilation: int = 1
) -> AxisWindows:
    """Compute which padded samples every output position of one axis reads.

    Parameters
    ----------
    n, k : int
        Input and kernel length, at least 1.
    stride, dilation : int, default 1
        At least 1.
    pads : (int, int), default (0, 0)
        Samples added before and after the input.

    Returns
    -------
    AxisWindows

    Raises
    ------
    ConvError
        Whatever ``conv_output_size`` raises, e.g. ``kernel_larger_than_input``.

    Notes
    -----
    ``O(output_size * k + padded_size)`` time and memory.
    """
    output_size = conv_output_size(n, k, stride=stride, padding=tuple(pads), dilation=dilation)
    before, after = int(pads[0]), int(pads[1])
    padded_size = n + before + after
    span = dilation * (k - 1) + 1

    positions = (
        np.arange(output_size)[:, None] * stride + np.arange(k)[None, :] * dilation
    ).astype(int)
    kinds = np.full(padded_size, INPUT, dtype=int)
    kinds[:before] = PAD_BEFORE
    kinds[before + n :] = PAD_AFTER
    reads = np.bincount(positions.ravel(), minlength=padded_size)
    unread = np.flatnonzero(reads == 0)

    return AxisWindows(
        n=n,
        k=k,
        stride=stride,
        dilation=dilation,
        pads=(before, after),
        output_size=output_size,
        span=span,
        positions=positions,
        kinds=kinds,
        reads=reads,
        unread=unread,
        remainder=(padded_size - span) % stride,
    )


@dataclass(frozen=True)
class FitAdvice:
    """Ways to make a dilated kernel fit a padded input along one axis.

    ``max_dilation`` and ``max_kernel`` are the largest values that fit when the other
    settings stay unchanged. ``max_dilation`` is None when ``k == 1``, because then any
    dilation fits. ``extra_padding`` is the total padding to add.
    """

    span: int
    padded_size: int
    max_dilation: int | None
    max_kernel: int
    extra_padding: int


def fit_advice(n: int, k: int, pads: tuple[int, int], dilation: int) -> FitAdvice:
    """Compare the dilated kernel's span with the padded input and suggest fixes.

    Parameters
    ----------
    n, k : int
        Input and kernel length, at least 1.
    pads : (int, int)
        Samples added before and after.
    dilation : int
        Spacing between taps, at least 1.

    Returns
    -------
    FitAdvice
        When the kernel already fits, ``extra_padding`` is 0.

    Examples
    --------
    >>> advice = fit_advice(4, 3, (0, 0), 3)
    >>> advice.span, advice.max_dilation, advice.max_kernel, advice.extra_padding
    (7, 1, 2, 3)
    """
    padded = n + pads[0] + pads[1]
    span = dilation * (k - 1) + 1
    max_dilation = (padded - 1) // (k - 1) if k > 1 else None
    return FitAdvice(
        span=span,
        padded_size=padded,
        max_dilation=max_dilation,
        max_kernel=(padded - 1) // dilation + 1,
        extra_padding=max(span - padded, 0),
    )


@dataclass(frozen=True)
class SweepPoint:
    """One value of a swept parameter and the output size it gives.

    ``output_size`` and ``remainder`` are None when the settings are rejected;
    ``error`` then contains the convcore error.
    """

    value: int
    pads: tuple[int, int] | None
    output_size: int | None
    remainder: int | None
    error: ConvError | None


def size_sweep(
    parameter: str,
    values: Sequence[int],
    *,
    n: int,
    k: int,
    stride: int = 1,
    padding: int = 0,
    dilation: int = 1,
    pad_kind: str = "numbers",
) -> list[SweepPoint]:
    """Compute the output size of one axis while one parameter takes each of ``values``.

    Parameters
    ----------
    parameter : {"n", "k", "stride", "padding", "dilation"}
        The parameter to vary; the others keep the given values.
    values : sequence of int
        Values of ``parameter``.
    n, k, stride, padding, dilation : int
        The fixed settings.
    pad_kind : str, default "numbers"
        A name from ``PAD_KINDS``; named pads are recomputed for every value.
        Sweeping "padding" always uses per-side numbers.

    Returns
    -------
    list of SweepPoint
        One point per value, in order. Rejected settings are reported, not raised.

    Raises
    ------
    ValueError
        If ``parameter`` is not one of ``SWEEP_PARAMETERS``.
    """
    if parameter not in SWEEP_PARAMETERS:
        raise ValueError(f"parameter={parameter!r} is not one of {SWEEP_PARAMETERS}")
    kind = "numbers" if parameter == "padding" else pad_kind

    points: list[SweepPoint] = []
    for value in values:
        settings = {"n": n, "k": k, "stride": stride, "padding": padding, "dilation": dilation}
        settings[parameter] = int(value)
        try:
            pads = axis_pads(
                kind,
                settings["n"],
                settings["k"],
                settings["stride"],
                settings["dilation"],
                settings["padding"],
            )
            size = conv_output_size(
                settings["n"],
                settings["k"],
                stride=settings["stride"],
                padding=pads,
                dilation=settings["dilation"],
            )
        except ConvError as exc:
            points.append(SweepPoint(int(value), None, None, None, exc))
            continue
        span = settings["dilation"] * (settings["k"] - 1) + 1
        remainder = (settings["n"] + pads[0] + pads[1] - span) % settings["stride"]
        points.append(SweepPoint(int(value), pads, size, remainder, None))
    return points


def conv_preimage_sizes(
    output_size: int, k: int, *, stride: int = 1, pads: tuple[int, int] = (0, 0), dilation: int = 1
) -> list[int]:
    """List every input length that a convolution maps to ``output_size``.

    Parameters
    ----------
    output_size, k : int
        Output and kernel length, at least 1.
    stride, dilation : int, default 1
        At least 1.
    pads : (int, int), default (0, 0)
        Samples added before and after.

    Returns
    -------
    list of int
        Ascending lengths ``n >= 1``; at most ``stride`` of them, because
        ``floor(x / stride)`` is constant on runs of ``stride`` integers.

    Examples
    --------
    >>> conv_preimage_sizes(4, 3, stride=2, pads=(1, 1))
    [7, 8]
    """
    span = dilation * (k - 1) + 1
    smallest = (output_size - 1) * stride + span - pads[0] - pads[1]
    return [size for size in range(smallest, smallest + stride) if size >= 1]


@dataclass(frozen=True)
class OutputPaddingChoice:
    """One output_padding value of a transposed convolution along one axis.

    ``output_size`` is None when the value is rejected; ``error`` then holds the
    convcore error. ``inverts_conv`` tells whether the forward convolution with the
    same settings maps ``output_size`` back to the transposed input length.
    """

    output_padding: int
    output_size: int | None
    inverts_conv: bool
    error: ConvError | None


def output_padding_choices(
    n_in: int, k: int, *, stride: int = 1, padding: int = 0, dilation: int = 1, extra: int = 1
) -> list[OutputPaddingChoice]:
    """List the transposed output length for output_padding 0, 1, … and whether it is allowed.

    Parameters
    ----------
    n_in, k : int
        Transposed-convolution input length and kernel length, at least 1.
    stride, padding, dilation : int
        As in ``conv_transpose_output_size`` (``padding`` is cropped from both ends).
    extra : int, default 1
        How many rejected values to list after the allowed ones
        (output_padding ``< max(stride, dilation)``).

    Returns
    -------
    list of OutputPaddingChoice
        ``max(stride, dilation) + extra`` entries, output_padding ascending.

    Examples
    --------
    >>> [choice.output_size for choice in output_padding_choices(4, 3, stride=2, padding=1)]
    [7, 8, None]
    """
    choices: list[OutputPaddingChoice] = []
    for value in range(max(stride, dilation) + extra):
        try:
            size = conv_transpose_output_size(
                n_in, k, stride=stride, padding=padding, output_padding=value, dilation=dilation
            )
        except ConvError as exc:
            choices.append(OutputPaddingChoice(value, None, False, exc))
            continue
        try:
            back = conv_output_size(size, k, stride=stride, padding=padding, dilation=dilation)
        except ConvError:
            back = None
        choices.append(OutputPaddingChoice(value, size, back == n_in, None))
    return choices


# Cell classes of a transposed-convolution output, as stored in
# ``TransposeSources.classes``.
REACHED, OUTPUT_PADDING_REACHED, BEYOND_TAPS = 0, 1, 2


@dataclass(frozen=True)
class TransposeSources:
    """How many kernel taps reach each cell of a transposed-convolution output axis.

    Attributes
    ----------
    counts : ndarray of int, shape (output_size,)
        Number of (input index, tap) pairs whose ``i * stride + j * dilation - padding``
        equals the cell's index.
    in_output_padding : ndarray of bool, shape (output_size,)
        True for the last ``output_padding`` cells (all cells when the output is
        shorter than that).
    classes : ndarray of int, shape (output_size,)
        ``REACHED`` for cells outside the output_padding region,
        ``OUTPUT_PADDING_REACHED`` for output_padding cells that some tap reaches and
        ``BEYOND_TAPS`` for output_padding cells that no tap reaches (always zero).
    """

    counts: np.ndarray
    in_output_padding: np.ndarray
    classes: np.ndarray


def transpose_sources(
    n_in: int,
    k: int,
    *,
    stride: int = 1,
    padding: int = 0,
    output_padding: int = 0,
    dilation: int = 1,
) -> TransposeSources:
    """Count the kernel taps that land on each transposed-convolution output cell of one axis.

    Parameters
    ----------
    n_in, k : int
        Input and kernel length, at least 1.
    stride, padding, output_padding, dilation : int
        As in ``conv_transpose_output_size``.

    Returns
    -------
    TransposeSources

    Raises
    ------
    ConvError
        Whatever ``conv_transpose_output_size`` raises.

    Notes
    -----
    ``O(n_in * k)`` time. In 2-D the number of taps reaching cell ``(r, c)`` is the
    product of the row count and the column count.

    Examples
    --------
    >>> sources = transpose_sources(3, 3, stride=2, padding=1, output_padding=1)
    >>> sources.counts.tolist(), sources.classes.tolist()
    ([1, 2, 1, 2, 1, 1], [0, 0, 0, 0, 0, 1])
    >>> transpose_sources(2, 2, stride=3, output_padding=2).classes.tolist()
    [0, 0, 0, 0, 0, 2, 2]
    """
    size = conv_transpose_output_size(
        n_in, k, stride=stride, padding=padding, output_padding=output_padding, dilation=dilation
    )
    targets = (np.arange(n_in)[:, None] * stride + np.arange(k)[None, :] * dilation).ravel()
    targets = targets - padding
    targets = targets[(targets >= 0) & (targets < size)]
    counts = np.bincount(targets, minlength=size)

    # The cells output_padding adds are the last ones; padding may crop the output
    # below output_padding cells, and then every cell is one of them.
    in_output_padding = np.zeros(size, dtype=bool)
    if output_padding:
        in_output_padding[max(size - output_padding, 0) :] = True
    classes = np.full(size, REACHED, dtype=int)
    classes[in_output_padding & (counts > 0)] = OUTPUT_PADDING_REACHED
    classes[in_output_padding & (counts == 0)] = BEYOND_TAPS
    return TransposeSources(counts=counts, in_output_padding=in_output_padding, classes=classes)


EXAMPLE_KERNELS: tuple[str, ...] = ("edge", "blur")


def numbered_input(shape: Sequence[int]) -> np.ndarray:
    """Return an input filled with 1, 2, 3, … in row-major order, so every value is distinct.

    Examples
    --------
    >>> numbered_input((2, 3)).tolist()
    [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]
    """
    size = int(np.prod(shape))
    return np.arange(1, size + 1, dtype=np.float64).reshape(tuple(shape))


def example_kernel(kind: str, shape: Sequence[int]) -> np.ndarray:
    """Build a fixed kernel of any shape: a box blur or a left-to-right edge detector.

    Parameters
    ----------
    kind : {"edge", "blur"}
        "blur" averages (every weight ``1 / size``). "edge" weighs the columns of the
        last axis from -1 to +1 (along the first axis when the last has length 1),
        scaled so the positive weights sum to 1; a 1-sample kernel is the identity.
    shape : sequence of int
        Kernel shape, every item at least 1.

    Returns
    -------
    numpy.ndarray of float64 with the given shape

    Raises
    ------
    ValueError
        If ``kind`` is not one of ``EXAMPLE_KERNELS``.

    Examples
    --------
    >>> example_kernel("edge", (3,)).tolist()
    [-1.0, 0.0, 1.0]
    >>> example_kernel("blur", (1, 2)).tolist()
    [[0.5, 0.5]]
    """
    shape = tuple(int(size) for size in shape)
    if kind == "blur":
        return np.full(shape, 1.0 / np.prod(shape))
    if kind != "edge":
        raise ValueError(f"kind={kind!r} is not one of {EXAMPLE_KERNELS}")

    axis = len(shape) - 1 if shape[-1] > 1 or len(shape) == 1 else 0
    length = shape[axis]
    if length == 1:
        kernel = np.zeros(shape)
        kernel[(0,) * len(shape)] = 1.0
        return kernel
    ramp = np.linspace(-1.0, 1.0, length)
    ramp_shape = [1] * len(shape)
    ramp_shape[axis] = length
    kernel = np.broadcast_to(ramp.reshape(ramp_shape), shape).copy()
    return kernel / kernel[kernel > 0].sum()


def combine_sources(rows: TransposeSources, cols: TransposeSources) -> TransposeSources:
    """Combine the row and column tap counts of a 2-D transposed convolution.

    A tap pair reaches cell ``(r, c)`` when its row tap reaches ``r`` and its column
    tap reaches ``c``, so the counts multiply. A cell is in the output_padding region
    when its row or its column is.

    Examples
    --------
    >>> a = transpose_sources(2, 2, stride=3, output_padding=2)
    >>> both = combine_sources(a, a)
    >>> both.counts.shape, int(both.counts[0, 0]), int(both.classes[6, 0])
    ((7, 7), 1, 2)
    """
    counts = np.outer(rows.counts, cols.counts)
    in_output_padding = rows.in_output_padding[:, None] | cols.in_output_padding[None, :]
    classes = np.full(counts.shape, REACHED, dtype=int)
    classes[in_output_padding & (counts > 0)] = OUTPUT_PADDING_REACHED
    classes[in_output_padding & (counts == 0)] = BEYOND_TAPS
    return TransposeSources(counts=counts, in_output_padding=in_output_padding, classes=classes)


def grid_shape(output: np.ndarray) -> tuple[int, ...]:
    """Return the (rows, columns) of ``output`` drawn as a grid, where a 1-D output is one row.

    Examples
    --------
    >>> grid_shape(np.zeros(5))
    (1, 5)
    """
    return np.atleast_2d(output).shape


def grid_value(output: np.ndarray, cell: tuple[int, int]) -> float:
    """Return the value of ``output`` at grid ``cell`` (row, column), a 1-D output being row 0."""
    return float(np.atleast_2d(output)[cell])


def window_starts(windows: Sequence[AxisWindows], cell: Sequence[int]) -> tuple[int, ...]:
    """Return the padded-input index where the window of output ``cell`` starts, per axis.

    ``windows`` and ``cell`` have one item per spatial axis, rows first in 2-D.

    Examples
    --------
    >>> window_starts([axis_windows(8, 3, stride=2, pads=(1, 1))], [2])
    (4,)
    """
    return tuple(
        int(window.positions[index, 0]) for window, index in zip(windows, cell, strict=True)
    )


def transpose_padding(pads: Sequence[tuple[int, int]]) -> tuple[int, ...]:
    """Return the pad before each axis, as the transposed convolution's padding.

    ``conv_transpose1d`` and ``conv_transpose2d`` crop the same ``padding`` from both ends
    of an axis, so an asymmetric ``(before, after)`` pair has no exact transposed match.
    """
    return tuple(before for before, _ in pads)


def has_asymmetric_pads(pads: Sequence[tuple[int, int]]) -> bool:
    """Return True when some axis pads a different amount before and after."""
    return any(before != after for before, after in pads)


def transpose_ones(
    input_shape: Sequence[int],
    kernel_shape: Sequence[int],
    *,
    stride: tuple[int, ...],
    padding: tuple[int, ...],
    output_padding: tuple[int, ...],
    dilation: tuple[int, ...],
) -> np.ndarray:
    """Transposed-convolve an input of ones with a kernel of ones, in 1-D or 2-D.

    Every output cell then contains the number of (input, tap) pairs that reach it,
    as ``transpose_sources`` counts them. The options take one item per axis. Raises
    ``ConvError`` like ``conv_transpose1d`` and ``conv_transpose2d``.

    Examples
    --------
    >>> transpose_ones((3,), (3,), stride=(2,), padding=(1,), output_padding=(1,),
    ...                dilation=(1,)).tolist()
    [1.0, 2.0, 1.0, 2.0, 1.0, 1.0]
    """
    transpose = conv_transpose2d if len(input_shape) == 2 else conv_transpose1d
    return transpose(
        np.ones(tuple(input_shape)),
        np.ones(tuple(kernel_shape)),
        stride=stride,
        padding=padding,
        output_padding=output_padding,
        dilation=dilation,
    )


def recovering_output_padding(choices: Sequence[OutputPaddingChoice], n: int) -> int | None:
    """Return the first output_padding in ``choices`` whose output length is ``n``, or None.

    Examples
    --------
    >>> recovering_output_padding(output_padding_choices(4, 3, stride=2, padding=1), 8)
    1
    """
    for choice in choices:
        if choice.output_size == n:
            return choice.output_padding
    return None


def output_padding_limit(stride: int, dilation: int) -> int:
    """Return ``max(stride, dilation)``: output_padding must be smaller than this."""
    return max(stride, dilation)


def middle_row(pixels: np.ndarray) -> np.ndarray:
    """Return the middle row of a 2-D image (the lower one of two for an even height)."""
    return pixels[pixels.shape[0] // 2]
