"""Preset kernels for the flip page, and how they behave under the flip.

The flip of convolution reverses a kernel along every axis, which for a 2-D kernel is
a 180° rotation. Whether the flip changes a result depends only on how the kernel
compares with its rotation, which :func:`flip_symmetry` classifies. Only numpy is
imported.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .conv import conv1d, conv2d

__all__ = [
    "KERNELS_1D",
    "KERNELS_2D",
    "Commutation",
    "commutation",
    "correlation_and_convolution",
    "flip_difference",
    "flip_symmetry",
    "impulse_response",
    "kernel_1d",
    "kernel_2d",
    "listed_taps",
    "neighbourhood",
    "pixel_terms",
    "reverse",
    "step_edge_outputs",
    "terms_1d",
]

KERNELS_2D: dict[str, np.ndarray] = {
    "identity": np.array([[0.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 0.0]]),
    "box_blur": np.full((3, 3), 1.0 / 9.0),
    "gaussian": np.outer([1.0, 2.0, 1.0], [1.0, 2.0, 1.0]) / 16.0,
    "sharpen": np.array([[0.0, -1.0, 0.0], [-1.0, 5.0, -1.0], [0.0, -1.0, 0.0]]),
    "sobel_x": np.array([[-1.0, 0.0, 1.0], [-2.0, 0.0, 2.0], [-1.0, 0.0, 1.0]]),
    "sobel_y": np.array([[-1.0, -2.0, -1.0], [0.0, 0.0, 0.0], [1.0, 2.0, 1.0]]),
    "prewitt_x": np.array([[-1.0, 0.0, 1.0], [-1.0, 0.0, 1.0], [-1.0, 0.0, 1.0]]),
    "emboss": np.array([[-2.0, -1.0, 0.0], [-1.0, 1.0, 1.0], [0.0, 1.0, 2.0]]),
    "laplacian": np.array([[0.0, 1.0, 0.0], [1.0, -4.0, 1.0], [0.0, 1.0, 0.0]]),
    # A one-sided diagonal trail: each output averages three pixels along a diagonal
    # on one side of it, so flipping the kernel moves the streak to the other side.
    "motion_blur": np.diag([1.0, 1.0, 1.0, 0.0, 0.0]) / 3.0,
}

KERNELS_1D: dict[str, np.ndarray] = {
    "difference": np.array([-1.0, 0.0, 1.0]),
    "decay": np.array([0.5, 0.3, 0.2]),
    "moving_average": np.full(3, 1.0 / 3.0),
    "binomial": np.array([1.0, 4.0, 6.0, 4.0, 1.0]) / 16.0,
}


def kernel_2d(name: str) -> np.ndarray:
    """Return a copy of the named 2-D preset kernel; raise ``KeyError`` for an unknown name."""
    return KERNELS_2D[name].copy()


def kernel_1d(name: str) -> np.ndarray:
    """Return a copy of the named 1-D preset kernel; raise ``KeyError`` for an unknown name."""
    return KERNELS_1D[name].copy()


def reverse(kernel: np.ndarray) -> np.ndarray:
    """Reverse a kernel along every axis (a 180° rotation in 2-D), as convolution does."""
    kernel = np.asarray(kernel, dtype=np.float64)
    return kernel[(slice(None, None, -1),) * kernel.ndim].copy()


def flip_symmetry(kernel: np.ndarray) -> str:
    """Classify how a kernel compares with its reversal.

    Returns
    -------
    {"invariant", "negated", "asymmetric"}
        ``invariant``: the reversal equals the kernel (box, Gaussian, Laplacian), so
        convolution and cross-correlation give identical results. ``negated``: the
        reversal is the kernel's negative (Sobel, Prewitt), so the two results are
        each other's negatives. ``asymmetric``: neither (emboss), so they differ in
        other ways. An all-zero kernel counts as ``invariant``.

    Notes
    -----
    The comparison is exact: the page's kernels are typed or preset numbers, and a
    reversal moves values without rounding them.

    Examples
    --------
    >>> flip_symmetry(np.array([[-1.0, 0.0, 1.0]]))
    'negated'
    """
    kernel = np.asarray(kernel, dtype=np.float64)
    flipped = reverse(kernel)
    if np.array_equal(flipped, kernel):
        return "invariant"
    if np.array_equal(flipped, -kernel):
        return "negated"
    return "asymmetric"


def terms_1d(
    signal: np.ndarray, kernel: np.ndarray, position: int, *, flip: bool
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Return the terms of one output sample of a valid (unpadded) 1-D sliding sum.

    Parameters
    ----------
    signal : ndarray of shape (n,)
    kernel : ndarray of shape (k,)
    position : int
        Output index, ``0 <= position <= n - k``.
    flip : bool
        True for convolution (kernel reversed), False for cross-correlation.

    Returns
    -------
    signal_index : ndarray of int, shape (k,)
        ``position + j`` for tap ``j``: the signal samples under the window.
    kernel_index : ndarray of int, shape (k,)
        The kernel entry that multiplies each: ``j``, or ``k - 1 - j`` with ``flip``.
    products : ndarray of float64, shape (k,)
        ``signal[signal_index] * kernel[kernel_index]``; their sum is the output.

    Raises
    ------
    ValueError
        If ``position`` is outside ``[0, n - k]``.
    """
    signal = np.asarray(signal, dtype=np.float64)
    kernel = np.asarray(kernel, dtype=np.float64)
    size = kernel.size
    last = signal.size - size
    if not 0 <= position <= last:
        raise ValueError(f"position {position} is outside [0, {last}]")

    taps = np.arange(size)
    signal_index = position + taps
    kernel_index = size - 1 - taps if flip else taps
    products = signal[signal_index] * kernel[kernel_index]
    return signal_index, kernel_index, products


def neighbourhood(image: np.ndarray, row: int, col: int, shape: tuple[int, int]) -> np.ndarray:
    """Return the ``shape`` window of ``image`` centred on (row, col), zeros outside.

    This is the patch that a kernel of odd size ``shape``, with zero "same" padding,
    multiplies to produce output pixel (row, col).
    """
    image = np.asarray(image, dtype=np.float64)
    half_h, half_w = shape[0] // 2, shape[1] // 2
    padded = np.pad(image, ((half_h, half_h), (half_w, half_w)))
    return padded[row : row + shape[0], col : col + shape[1]].copy()


@dataclass(frozen=True)
class Commutation:
    """Full-length results of both operations with the arguments in both orders."""

    conv_fg: np.ndarray
    conv_gf: np.ndarray
    corr_fg: np.ndarray
    corr_gf: np.ndarray

    @property
    def conv_gap(self) -> float:
        """Return ``max |f * g − g * f|`` (zero up to rounding: convolution commutes)."""
        return float(np.max(np.abs(self.conv_fg - self.conv_gf)))

    @property
    def corr_gap(self) -> float:
        """Return ``max |f ⋆ g − g ⋆ f|`` (nonzero unless the result is symmetric)."""
        return float(np.max(np.abs(self.corr_fg - self.corr_gf)))

    @property
    def corr_reversed_gap(self) -> float:
        """Return ``max |f ⋆ g − reverse(g ⋆ f)|`` (zero up to rounding)."""
        return float(np.max(np.abs(self.corr_fg - self.corr_gf[::-1])))


def commutation(f: np.ndarray, g: np.ndarray) -> Commutation:
    """Compute ``f * g``, ``g * f``, ``f ⋆ g`` and ``g ⋆ f`` in full mode.

    Full mode (padding ``len(kernel) − 1`` on both sides) keeps every overlap, so both
    orders give ``len(f) + len(g) − 1`` samples and can be compared entry by entry.
    Each result comes from :func:`convcore.conv1d`, the second argument acting as the
    kernel.
    """
    f = np.asarray(f, dtype=np.float64)
    g = np.asarray(g, dtype=np.float64)
    return Commutation(
        conv_fg=conv1d(f, g, padding=g.size - 1, flip=True),
        conv_gf=conv1d(g, f, padding=f.size - 1, flip=True),
        corr_fg=conv1d(f, g, padding=g.size - 1),
        corr_gf=conv1d(g, f, padding=f.size - 1),
    )


def impulse_response(kernel: np.ndarray, *, flip: bool) -> np.ndarray:
    """Return the valid result of sliding ``kernel`` over a centred unit impulse.

    The impulse array is ``2k − 1`` long on each axis with its 1 in the middle, so the
    valid output has the kernel's shape. Convolution (``flip=True``) returns the kernel
    itself; cross-correlation returns it reversed (rotated 180° in 2-D), which makes
    an impulse the quickest test of what a library computes.

    Examples
    --------
    >>> impulse_response(np.array([1.0, 2.0, 3.0]), flip=False)
    array([3., 2., 1.])
    """
    kernel = np.asarray(kernel, dtype=np.float64)
    impulse = np.zeros(tuple(2 * size - 1 for size in kernel.shape))
    impulse[tuple(size - 1 for size in kernel.shape)] = 1.0
    if kernel.ndim == 1:
        return conv1d(impulse, kernel, flip=flip)
    return conv2d(impulse, kernel, flip=flip)


def correlation_and_convolution(
    image: np.ndarray, kernel: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Return the cross-correlation and the convolution of ``image`` with zero padding.

    The padding is ``kernel.shape // 2`` on each axis, so for an odd kernel both results
    have the image's shape. An even kernel gives one more row or column.
    """
    padding = (kernel.shape[0] // 2, kernel.shape[1] // 2)
    return conv2d(image, kernel, padding=padding), conv2d(image, kernel, padding=padding, flip=True)


def flip_difference(correlation: np.ndarray, convolution: np.ndarray) -> tuple[np.ndarray, float]:
    """Return ``convolution − correlation`` and the maximum of its absolute values.

    Examples
    --------
    >>> flip_difference(np.array([1.0, 2.0]), np.array([1.0, -1.0]))
    (array([ 0., -3.]), 3.0)
    """
    difference = convolution - correlation
    return difference, float(np.max(np.abs(difference)))


def pixel_terms(
    image: np.ndarray, kernel: np.ndarray, row: int, col: int, *, flip: bool
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Return the patch, the kernel as applied and their products for output (row, col).

    The patch is :func:`neighbourhood` of ``image`` with the kernel's shape. The applied
    kernel is reversed when ``flip`` is true, as convolution does. The products sum to
    the zero-padded "same" output at (row, col).
    """
    patch = neighbourhood(image, row, col, kernel.shape)
    applied = reverse(kernel) if flip else kernel
    products = patch * applied
    return patch, applied, products


def listed_taps(kernel: np.ndarray, max_terms: int = 9) -> list[tuple[int, int]]:
    """Return the (row, col) taps that a written-out sum lists, in row-major order.

    A kernel of at most ``max_terms`` taps lists every tap; a larger one lists only its
    nonzero taps, so that a 5 × 5 kernel with few weights gives a short sum.

    Examples
    --------
    >>> listed_taps(np.diag([1.0, 0.0, 0.0, 0.0, 2.0]))
    [(0, 0), (4, 4)]
    """
    return [
        (r, c)
        for r in range(kernel.shape[0])
        for c in range(kernel.shape[1])
        if kernel[r, c] != 0 or kernel.size <= max_terms
    ]


def step_edge_outputs() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Return a dark-to-bright edge and its valid Sobel x cross-correlation and convolution."""
    edge = np.zeros((6, 6))
    edge[:, 3:] = 1.0
    sobel = kernel_2d("sobel_x")
    return edge, conv2d(edge, sobel), conv2d(edge, sobel, flip=True)
