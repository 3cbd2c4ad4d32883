"""Linear-algebra views of a convolution: kernel stamps, exercise checks, conditioning.

These helpers serve the matrix view of a convolution, ``y = W x`` with
``W = conv_matrix(...)``. They compute the same quantities as the matrix by
other routes (stamping, window positions), so that a page can show that the
routes agree. Only numpy is imported.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike

from .fractional import zero_insertion_input
from .matrix import conv_matrix
from .transpose import conv_transpose2d

__all__ = [
    "EXAMPLE_KERNELS",
    "UNANSWERED",
    "CellHint",
    "DeblurComparison",
    "SpectrumReport",
    "adjoint_sides",
    "apply_matrix",
    "block_downscale",
    "check_structure_grid",
    "column_taps",
    "deblur_comparison",
    "example_kernel",
    "example_values",
    "exercise_score",
    "gram_matrix",
    "input_window",
    "kernel_gradient_from_structure",
    "max_abs_difference",
    "noisy",
    "nonzero_count",
    "relative_error",
    "row_taps",
    "scaled_structure",
    "scatter_stamps",
    "spectrum_report",
    "transpose_output_padding",
    "transpose_reveal",
    "transpose_terms",
    "zero_insertion_mask",
    "zero_insertion_padding",
]

EXAMPLE_KERNELS: tuple[str, ...] = ("ramp", "box", "edge", "random")
# Tap number of an entry the learner has not filled in yet.
UNANSWERED = -1


def example_kernel(name: str, shape: Sequence[int], seed: int = 0) -> np.ndarray:
    """Return a named example kernel of ``shape`` (1-D or 2-D).

    Parameters
    ----------
    name : {"ramp", "box", "edge", "random"}
        ``ramp`` contains 1, 2, …, p in row-major order, so its values equal the
        indices of the symbolic labels k1 … kp. ``box`` averages (all 1/p).
        ``edge`` rises linearly from -1 to 1 along the last axis. ``random``
        holds nonzero integers from -3 to 3 drawn with ``seed``.
    shape : sequence of int
        ``(k,)`` or ``(kh, kw)``.
    seed : int
        Seed of the ``random`` kernel.

    Returns
    -------
    numpy.ndarray of float64 with the given shape.

    Examples
    --------
    >>> example_kernel("ramp", (2, 2))
    array([[1., 2.],
           [3., 4.]])
    """
    shape = tuple(int(size) for size in shape)
    size = int(np.prod(shape))
    if name == "ramp":
        return np.arange(1.0, size + 1.0).reshape(shape)
    if name == "box":
        return np.full(shape, 1.0 / size)
    if name == "edge":
        row = np.linspace(-1.0, 1.0, shape[-1]) if shape[-1] > 1 else np.ones(1)
        return np.broadcast_to(row, shape).copy()
    if name == "random":
        return example_values(shape, seed)
    raise ValueError(f"unknown example kernel {name!r}; expected one of {EXAMPLE_KERNELS}")


def example_values(shape: Sequence[int], seed: int = 0) -> np.ndarray:
    """Return nonzero integers from -3 to 3 as float64, drawn with ``seed``.

    Small integers keep every product and sum on the page readable by eye, and
    no zeros means that every value leaves a visible stamp.
    """
    rng = np.random.default_rng(seed)
    magnitudes = rng.integers(1, 4, size=tuple(shape))
    signs = rng.choice([-1, 1], size=tuple(shape))
    return (magnitudes * signs).astype(np.float64)


def scatter_stamps(
    y: ArrayLike,
    kernel: ArrayLike,
    input_shape: Sequence[int],
    *,
    stride: int = 1,
    padding: int = 0,
    dilation: int = 1,
) -> np.ndarray:
    """Place one scaled copy of the kernel per value of ``y``: the scatter view of Wᵀy.

    Parameters
    ----------
    y : array_like, shape (m,) or (mh, mw)
        Values in the convolution's output space.
    kernel : array_like, shape (k,) or (kh, kw)
        The convolution's kernel.
    input_shape : sequence of int
        Shape of the convolution's input, which is the shape of each stamp.
    stride, padding, dilation : int
        The convolution's settings (the same on every axis).

    Returns
    -------
    numpy.ndarray, shape (y.size, *input_shape)
        Stamp ``i`` contains ``y.flat[i] * kernel`` with its taps at
        ``position * stride + tap * dilation - padding``. Taps that land on
        the zero padding fall outside the input and are dropped. The sum over
        the first axis is ``Wᵀ y`` for ``W = conv_matrix(input_shape, kernel, ...)``.

    Notes
    -----
    One slice assignment per output position: ``O(m * N)`` memory for the
    stamps, which is fine for the small inputs the matrix view shows.
    """
    y = np.asarray(y, dtype=np.float64)
    kernel = np.asarray(kernel, dtype=np.float64)
    input_shape = tuple(int(size) for size in input_shape)
    span = tuple(dilation * (k - 1) + 1 for k in kernel.shape)

    # A canvas with the padding on every side catches taps that land on it.
    canvas_shape = tuple(n + 2 * padding + s for n, s in zip(input_shape, span, strict=True))
    stamps = np.zeros((y.size, *input_shape))
    for flat, position in enumerate(np.ndindex(*y.shape)):
        canvas = np.zeros(canvas_shape)
        window = tuple(
            slice(p * stride, p * stride + s, dilation) for p, s in zip(position, span, strict=True)
        )
        canvas[window] = y[position] * kernel
        crop = tuple(slice(padding, padding + n) for n in input_shape)
        stamps[flat] = canvas[crop]
    return stamps


def input_window(
    output_index: int,
    input_shape: Sequence[int],
    kernel_shape: Sequence[int],
    output_shape: Sequence[int],
    *,
    stride: int = 1,
    padding: int = 0,
    dilation: int = 1,
) -> dict[int, int]:
    """Map each input cell that output ``output_index`` reads to the kernel tap it meets.

    Parameters
    ----------
    output_index : int
        Row-major flat index (0-based) of the output cell.
    input_shape, kernel_shape, output_shape : sequence of int
        Shapes of the input, the kernel and the output.
    stride, padding, dilation : int
        The convolution's settings (the same on every axis).

    Returns
    -------
    dict
        ``{input flat index: tap number}``, taps numbered 1 … p in row-major
        order like ``conv_matrix_structure``. Taps on the padding are left out.
    """
    position = np.unravel_index(output_index, tuple(output_shape))
    window: dict[int, int] = {}
    for tap_flat, tap in enumerate(np.ndindex(*kernel_shape)):
        cell = tuple(
            int(p) * stride + t * dilation - padding for p, t in zip(position, tap, strict=True)
        )
        inside = all(0 <= c < n for c, n in zip(cell, input_shape, strict=True))
        if inside:
            window[int(np.ravel_multi_index(cell, tuple(input_shape)))] = tap_flat + 1
    return window


@dataclass(frozen=True)
class CellHint:
    """A wrong or unanswered cell of a learner's W, with what a hint needs to explain it.

    ``row`` and ``col`` are 0-based matrix indices, ``given`` and ``expected``
    tap numbers (0 for an entry that must be zero, ``given`` is UNANSWERED for
    an empty entry). ``output_cell`` and
    ``input_cell`` are the positions of that output and input in their grids.
    ``tap_cell`` is the position inside the kernel where that input meets the
    window, or None when the input lies outside the window. ``window`` lists
    the 0-based flat indices of the inputs that the output reads.
    """

    row: int
    col: int
    given: int
    expected: int
    output_cell: tuple[int, ...]
    input_cell: tuple[int, ...]
    tap_cell: tuple[int, ...] | None
    window: tuple[int, ...]

    @property
    def answered(self) -> bool:
        """Whether the learner filled in this entry (and got it wrong)."""
        return self.given != UNANSWERED


def check_structure_grid(
    answer: ArrayLike,
    input_shape: Sequence[int],
    kernel_shape: Sequence[int],
    *,
    stride: int = 1,
    padding: int = 0,
    dilation: int = 1,
) -> list[CellHint]:
    """Compare a learner's tap-number grid with the convolution matrix; list wrong cells.

    Parameters
    ----------
    answer : array_like of int, shape (M, N)
        Tap number (1 for k1 … p for kp) or 0 in every entry of W, UNANSWERED
        for an entry not filled in yet.
    input_shape, kernel_shape : sequence of int
        Shapes of the input and of the kernel.
    stride, padding, dilation : int
        The convolution's settings (the same on every axis).

    Returns
    -------
    list of CellHint
        One entry per wrong or unanswered cell, in row-major order. It is empty
        when the grid is complete and right.

    Raises
    ------
    ValueError
        If ``answer`` does not have the shape (M, N) of the matrix.

    Notes
    -----
    The expected entries come from each output's window (``input_window``),
    not from ``conv_matrix_structure``, so tests can compare the two.
    """
    answer = np.asarray(answer, dtype=np.int64)
    input_shape = tuple(input_shape)
    kernel_shape = tuple(kernel_shape)
    output_shape = tuple(
        (n + 2 * padding - dilation * (k - 1) - 1) // stride + 1
        for n, k in zip(input_shape, kernel_shape, strict=True)
    )
    expected_shape = (int(np.prod(output_shape)), int(np.prod(input_shape)))
    if answer.shape != expected_shape:
        raise ValueError(f"answer has shape {answer.shape}, expected {expected_shape}")

    hints: list[CellHint] = []
    for row in range(expected_shape[0]):
        window = input_window(
            row,
            input_shape,
            kernel_shape,
            output_shape,
            stride=stride,
            padding=padding,
            dilation=dilation,
        )
        for col in range(expected_shape[1]):
            expected = window.get(col, 0)
            given = int(answer[row, col])
            if given == expected:
                continue
            tap_cell = (
                tuple(int(i) for i in np.unravel_index(expected - 1, kernel_shape))
                if expected
                else None
            )
            hints.append(
                CellHint(
                    row=row,
                    col=col,
                    given=given,
                    expected=expected,
                    output_cell=tuple(int(i) for i in np.unravel_index(row, output_shape)),
                    input_cell=tuple(int(i) for i in np.unravel_index(col, input_shape)),
                    tap_cell=tap_cell,
                    window=tuple(sorted(window)),
                )
            )
    return hints


def transpose_terms(structure: ArrayLike) -> list[list[tuple[int, int]]]:
    """List the products that make up each entry of Wᵀx, from W's tap numbers.

    Parameters
    ----------
    structure : array_like of int, shape (M, N)
        ``conv_matrix_structure`` output (tap numbers, 0 for zeros).

    Returns
    -------
    list of N lists
        Entry ``j`` lists ``(tap, i)`` pairs (both 1-based), one per nonzero
        ``W[i, j]``, in increasing ``i``: ``(Wᵀx)_j = Σ k_tap · x_i``.
    """
    structure = np.asarray(structure, dtype=np.int64)
    terms: list[list[tuple[int, int]]] = []
    for column in structure.T:
        rows = np.flatnonzero(column)
        terms.append([(int(column[i]), int(i) + 1) for i in rows])
    return terms


def kernel_gradient_from_structure(
    structure: ArrayLike, x: ArrayLike, grad_output: ArrayLike, taps: int
) -> np.ndarray:
    """Sum ``grad_output[i] * x[j]`` over the entries of W that hold each kernel tap.

    Because ``W[i, j] = k_tap`` wherever ``structure[i, j] = tap``, the
    derivative of ``L`` with respect to ``k_tap`` is the sum of
    ``∂L/∂y_i · x_j`` over those entries. This is the kernel gradient read off
    the matrix, independent of any cross-correlation code.

    Parameters
    ----------
    structure : array_like of int, shape (M, N)
        ``conv_matrix_structure`` output.
    x : array_like, N values in any shape
        The convolution's input (flattened row-major).
    grad_output : array_like, M values in any shape
        ``∂L/∂y`` (flattened row-major).
    taps : int
        Number of kernel taps p. A tap that only ever lands on the zero padding
        appears nowhere in W and gets a zero gradient.

    Returns
    -------
    numpy.ndarray, shape (p,)
        The gradient for taps 1 … p.
    """
    structure = np.asarray(structure, dtype=np.int64)
    x = np.asarray(x, dtype=np.float64).ravel()
    grad_output = np.asarray(grad_output, dtype=np.float64).ravel()
    products = np.outer(grad_output, x)
    return np.array([products[structure == tap].sum() for tap in range(1, taps + 1)])


def adjoint_sides(matrix: ArrayLike, x: ArrayLike, y: ArrayLike) -> tuple[float, float]:
    """Return ``(⟨W x, y⟩, ⟨x, Wᵀ y⟩)`` for flattened ``x`` and ``y``."""
    matrix = np.asarray(matrix, dtype=np.float64)
    x = np.asarray(x, dtype=np.float64).ravel()
    y = np.asarray(y, dtype=np.float64).ravel()
    return float(np.dot(matrix @ x, y)), float(np.dot(x, matrix.T @ y))


def gram_matrix(matrix: ArrayLike) -> np.ndarray:
    """Return ``Wᵀ W``, which equals the identity only when W's columns are orthonormal."""
    matrix = np.asarray(matrix, dtype=np.float64)
    return matrix.T @ matrix


def transpose_output_padding(
    input_size: int, output_size: int, kernel_size: int, stride: int, padding: int, dilation: int
) -> int:
    """Return the output_padding that makes a transposed convolution return ``input_size``.

    A strided convolution maps several input sizes to the same ``output_size``;
    the transposed convolution needs ``output_padding`` to pick this one. The
    result lies in ``[0, stride)``.
    """
    base = (output_size - 1) * stride - 2 * padding + dilation * (kernel_size - 1) + 1
    return input_size - base


@dataclass(frozen=True)
class SpectrumReport:
    """Singular values of a matrix (descending), their ratio and the numerical rank."""

    singular_values: np.ndarray
    condition_number: float
    rank: int


def spectrum_report(matrix: ArrayLike) -> SpectrumReport:
    """Compute the singular values, condition number and rank of ``matrix``.

    The condition number is ``inf`` when the smallest singular value is zero.
    The rank counts singular values above ``max(M, N) * eps * σ_max``, numpy's
    default tolerance. Cost: one SVD, ``O(M N min(M, N))``.
    """
    matrix = np.asarray(matrix, dtype=np.float64)
    values = np.linalg.svd(matrix, compute_uv=False)
    largest = float(values[0]) if values.size else 0.0
    smallest = float(values[-1]) if values.size else 0.0
    condition = largest / smallest if smallest > 0 else float("inf")
    tolerance = max(matrix.shape) * np.finfo(np.float64).eps * largest
    return SpectrumReport(
        singular_values=values,
        condition_number=condition,
        rank=int(np.sum(values > tolerance)),
    )


def block_downscale(pixels: ArrayLike, side: int) -> np.ndarray:
    """Crop the centre square of a 2-D image and average it down to ``side`` × ``side``.

    The crop is the largest multiple of ``side`` that fits the shorter side, so
    every output pixel averages an equal block. Images smaller than ``side``
    are returned as their centre crop without averaging.
    """
    pixels = np.asarray(pixels, dtype=np.float64)
    factor = max(1, min(pixels.shape) // side)
    crop = min(pixels.shape[0], pixels.shape[1], side * factor)
    top = (pixels.shape[0] - crop) // 2
    left = (pixels.shape[1] - crop) // 2
    square = pixels[top : top + crop, left : left + crop]
    if crop < side * factor:
        return square
    return square.reshape(side, factor, side, factor).mean(axis=(1, 3))


def noisy(values: ArrayLike, level: float, seed: int = 0) -> np.ndarray:
    """Add Gaussian noise of standard deviation ``level`` × the values' peak magnitude."""
    values = np.asarray(values, dtype=np.float64)
    scale = level * (float(np.max(np.abs(values))) if values.size else 0.0)
    rng = np.random.default_rng(seed)
    return values + scale * rng.standard_normal(values.shape)


def relative_error(estimate: ArrayLike, truth: ArrayLike) -> float:
    """Return ``‖estimate − truth‖ / ‖truth‖`` (the absolute error when truth is zero)."""
    estimate = np.asarray(estimate, dtype=np.float64)
    truth = np.asarray(truth, dtype=np.float64)
    norm = float(np.linalg.norm(truth))
    error = float(np.linalg.norm(estimate - truth))
    return error / norm if norm > 0 else error


@dataclass(frozen=True)
class DeblurComparison:
    """Three recoveries of a blurred, noisy input and how far each lands from the truth.

    ``observed`` is the blurred input plus noise. ``transpose``, ``least_squares``
    and ``regularized`` are Wᵀy, the minimum-norm least-squares solution and
    the Tikhonov solution, each shaped like the truth. ``errors`` maps the same
    three names to ``relative_error`` against the truth. ``spectrum`` describes W.
    """

    observed: np.ndarray
    transpose: np.ndarray
    least_squares: np.ndarray
    regularized: np.ndarray
    errors: dict[str, float]
    spectrum: SpectrumReport


def deblur_comparison(
    truth: ArrayLike,
    kernel: ArrayLike,
    *,
    padding: int,
    noise_level: float,
    regularization: float,
    seed: int = 0,
) -> DeblurComparison:
    """Blur ``truth`` with ``kernel``, add noise, and recover it three ways.

    Parameters
    ----------
    truth : array_like, shape (n,) or (H, W)
        The input to blur and recover (at most 4096 samples, deconvolve's limit).
    kernel : array_like, shape (k,) or (kh, kw)
        The blur kernel.
    padding : int
        Zero padding of the blur; ``k - 1`` gives the "full" convolution,
        whose W has full column rank for any nonzero kernel.
    noise_level : float
        Standard deviation of the added Gaussian noise as a fraction of the
        blurred signal's peak magnitude (see ``noisy``).
    regularization : float
        Tikhonov weight λ > 0 of the regularized recovery.
    seed : int
        Seed of the noise.

    Returns
    -------
    DeblurComparison

    Raises
    ------
    ConvError
        As ``conv_matrix`` and ``deconvolve`` for the same arguments.

    Notes
    -----
    Builds W once for the spectrum and ``deconvolve`` builds it twice more:
    three SVDs of an ``M × N`` matrix, about 0.1 s each for a 24 × 24 input
    and a 3 × 3 kernel.
    """
    from .deconv import deconvolve
    from .matrix import conv_matrix

    truth = np.asarray(truth, dtype=np.float64)
    kernel = np.asarray(kernel, dtype=np.float64)
    matrix = conv_matrix(truth.shape, kernel, padding=padding)
    out_shape = tuple(
        n + 2 * padding - k + 1 for n, k in zip(truth.shape, kernel.shape, strict=True)
    )

    observed = noisy((matrix @ truth.ravel()).reshape(out_shape), noise_level, seed)
    transpose = (matrix.T @ observed.ravel()).reshape(truth.shape)
    least_squares = deconvolve(observed, kernel, truth.shape, padding=padding).x
    regularized = deconvolve(
        observed, kernel, truth.shape, padding=padding, regularization=regularization
    ).x
    errors = {
        "transpose": relative_error(transpose, truth),
        "least_squares": relative_error(least_squares, truth),
        "regularized": relative_error(regularized, truth),
    }
    return DeblurComparison(
        observed=observed,
        transpose=transpose,
        least_squares=least_squares,
        regularized=regularized,
        errors=errors,
        spectrum=spectrum_report(matrix),
    )


def max_abs_difference(a: ArrayLike, b: ArrayLike) -> float:
    """Return ``max |a − b|`` over all entries, both arrays flattened first.

    Examples
    --------
    >>> max_abs_difference(np.array([[1.0, 2.0]]), np.array([1.5, -1.0]))
    3.0
    """
    a = np.ravel(np.asarray(a, dtype=np.float64))
    b = np.ravel(np.asarray(b, dtype=np.float64))
    return float(np.max(np.abs(a - b)))


def apply_matrix(matrix: ArrayLike, values: ArrayLike, shape: Sequence[int]) -> np.ndarray:
    """Return ``matrix @ values.ravel()`` reshaped to the grid ``shape``.

    With ``W = conv_matrix(...)`` this is the convolution of ``values``. With ``W.T``
    and an output-shaped ``values`` it is the transposed convolution.
    """
    matrix = np.asarray(matrix, dtype=np.float64)
    values = np.asarray(values, dtype=np.float64)
    return (matrix @ values.ravel()).reshape(tuple(shape))


def nonzero_count(structure: ArrayLike) -> int:
    """Return the number of nonzero entries of W or of its tap-number structure."""
    return int(np.count_nonzero(structure))


def row_taps(structure: ArrayLike, row: int) -> list[tuple[int, int]]:
    """Return ``(tap, input)`` for each nonzero entry of W's ``row`` (0-based), input 1-based.

    The pairs list the inputs that output ``row`` reads and the kernel tap that
    multiplies each, in input order.
    """
    values = np.asarray(structure)[row]
    return [(int(values[col]), int(col) + 1) for col in np.flatnonzero(values)]


def column_taps(structure: ArrayLike, col: int) -> list[tuple[int, int]]:
    """Return ``(tap, output)`` for each nonzero entry of W's ``col`` (0-based), output 1-based.

    The pairs list the outputs that read input ``col`` and the kernel tap that
    multiplies it in each, in output order.
    """
    values = np.asarray(structure)[:, col]
    return [(int(values[row]), int(row) + 1) for row in np.flatnonzero(values)]


def scaled_structure(structure: ArrayLike) -> np.ndarray:
    """Divide tap numbers by the largest one, so that they lie in [0, 1] for an image.

    An all-zero structure is returned as zeros.
    """
    structure = np.asarray(structure)
    return structure / max(int(structure.max()), 1)


def exercise_score(hints: Sequence[CellHint], cell_count: int) -> tuple[int, int, int]:
    """Return ``(answered, right, unanswered)`` counts of a W exercise of ``cell_count`` entries.

    ``hints`` is the output of :func:`check_structure_grid`: one hint for each wrong
    or unanswered entry, so every other entry is answered and right.
    """
    wrong = sum(1 for hint in hints if hint.answered)
    unanswered = len(hints) - wrong
    answered = cell_count - unanswered
    return answered, answered - wrong, unanswered


def transpose_reveal(
    input_shape: Sequence[int], kernel_shape: Sequence[int]
) -> tuple[np.ndarray, float]:
    """Compute ``Wᵀ y`` for the 2-D exercise and its gap to ``conv_transpose2d``.

    The kernel is the "ramp" example and ``y`` contains 1, 2, 3, … in row-major order over
    the valid output grid (stride 1, no padding).

    Returns
    -------
    product : ndarray of float64, shape (prod(input_shape),)
        ``Wᵀ y`` with ``W = conv_matrix(input_shape, kernel)``.
    gap : float
        ``max |Wᵀ y − conv_transpose2d(y, kernel)|``, zero up to rounding.
    """
    kernel = example_kernel("ramp", kernel_shape)
    output_shape = tuple(n - k + 1 for n, k in zip(input_shape, kernel_shape, strict=True))
    y = np.arange(1.0, np.prod(output_shape) + 1.0).reshape(output_shape)
    product = conv_matrix(tuple(input_shape), kernel).T @ y.ravel()
    transposed = conv_transpose2d(y, kernel)
    return product, max_abs_difference(product, transposed)


def zero_insertion_padding(kernel_size: int, padding: int, dilation: int) -> int:
    """Return the zeros padded before a zero-inserted input, ``dilation * (k − 1) − padding``."""
    return dilation * (kernel_size - 1) - padding


def zero_insertion_mask(
    shape: Sequence[int],
    kernel_shape: Sequence[int],
    *,
    stride: int,
    padding: int,
    output_padding: int,
    dilation: int,
) -> np.ndarray:
    """Return 1 where :func:`convcore.zero_insertion_input` places a value of ``y``, else 0.

    ``shape`` is the shape of ``y``; the mask is the zero-inserted, padded array of ones.
    """
    return zero_insertion_input(
        np.ones(tuple(shape)),
        tuple(kernel_shape),
        stride=stride,
        padding=padding,
        output_padding=output_padding,
        dilation=dilation,
    )
