"""Dense matrices of convolutions (``conv_matrix``, ``conv_matrix_structure``)."""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
from numpy.typing import ArrayLike

from .padding import resolve_padding
from .sizes import conv_axis_length
from .validation import check_size, is_sequence, to_array, to_positive_tuple, to_shape

__all__ = ["conv_matrix", "conv_matrix_structure"]


def matrix_layout(
    input_shape: Sequence[int],
    kernel_shape: Sequence[int],
    stride: object,
    padding: object,
    dilation: object,
) -> tuple[tuple[int, ...], tuple[tuple[int, int], ...], tuple[int, ...], tuple[int, ...]]:
    """Validate the settings and return ``(strides, pads, dilations, out_shape)``."""
    ndim = len(kernel_shape)
    strides = to_positive_tuple("stride", stride, ndim)
    dilations = to_positive_tuple("dilation", dilation, ndim)
    pads = resolve_padding(padding, kernel_shape, dilations, strides)
    out_shape = tuple(
        conv_axis_length(n, k, s, p, d, axis)
        for axis, (n, k, s, p, d) in enumerate(
            zip(input_shape, kernel_shape, strides, pads, dilations, strict=True)
        )
    )
    return strides, pads, dilations, out_shape


def check_matrix_size(
    input_shape: Sequence[int],
    kernel_shape: Sequence[int],
    stride: object,
    padding: object,
    dilation: object,
) -> None:
    """Reject a dense matrix of more than ``MAX_ELEMENTS`` entries before building it."""
    *_, out_shape = matrix_layout(input_shape, kernel_shape, stride, padding, dilation)
    check_size(
        "input_shape",
        f"input_shape={tuple(input_shape)} with output shape {out_shape}",
        (math.prod(out_shape), math.prod(input_shape)),
        "a dense matrix",
        "use a smaller input_shape or less padding",
    )


def tap_indices(
    input_shape: Sequence[int],
    kernel_shape: Sequence[int],
    stride: object,
    padding: object,
    dilation: object,
) -> tuple[np.ndarray, np.ndarray, np.ndarray, tuple[int, ...]]:
    """Locate every kernel tap that lands inside the unpadded input.

    Returns ``(rows, cols, taps, out_shape)``: output ``rows[i]`` reads input
    ``cols[i]`` with weight ``kernel.ravel()[taps[i]]``, all row-major flat
    indices. Taps that land on zero padding are left out.
    """
    strides, pads, dilations, out_shape = matrix_layout(
        input_shape, kernel_shape, stride, padding, dilation
    )
    ndim = len(kernel_shape)
    # The index arrays below have one entry per (output, kernel tap) pair.
    check_size(
        "kernel_shape",
        f"kernel_shape={tuple(kernel_shape)} with output shape {out_shape}",
        (*out_shape, *kernel_shape),
        "a tap index array",
        "use a smaller kernel or less padding",
    )

    # Broadcast over (*out_axes, *kernel_axes): axis a of the output sits at
    # position a and axis a of the kernel at position ndim + a.
    outputs = np.indices(out_shape, sparse=True)
    taps = np.indices(kernel_shape, sparse=True)
    positions = []
    valid = np.ones((1,) * 2 * ndim, dtype=bool)
    for axis in range(ndim):
        out_index = outputs[axis].reshape(outputs[axis].shape + (1,) * ndim)
        tap_index = taps[axis].reshape((1,) * ndim + taps[axis].shape)
        position = out_index * strides[axis] + tap_index * dilations[axis] - pads[axis][0]
        valid = valid & (position >= 0) & (position < input_shape[axis])
        positions.append(position)

    full = np.broadcast_shapes(*(position.shape for position in positions))
    valid = np.broadcast_to(valid, full)
    rows = np.ravel_multi_index(
        tuple(np.broadcast_to(o.reshape(o.shape + (1,) * ndim), full) for o in outputs),
        out_shape,
    )
    tap_flat = np.ravel_multi_index(
        tuple(np.broadcast_to(t.reshape((1,) * ndim + t.shape), full) for t in taps),
        tuple(kernel_shape),
    )
    cols = np.ravel_multi_index(
        tuple(np.broadcast_to(np.where(valid, p, 0), full) for p in positions),
        tuple(input_shape),
    )
    return rows[valid], cols[valid], tap_flat[valid], out_shape


def conv_matrix(
    input_shape: int | tuple[int, ...],
    kernel: ArrayLike,
    *,
    stride: int | tuple[int, ...] = 1,
    padding: int | tuple | str = 0,
    dilation: int | tuple[int, ...] = 1,
) -> np.ndarray:
    """Build the dense matrix ``W`` of a zero-padded cross-correlation.

    Parameters
    ----------
    input_shape : int or tuple of int
        ``(n,)`` (or ``n``) in 1-D, ``(H, W)`` in 2-D.
    kernel : array_like, shape (k,) or (kh, kw)
        Real, finite single-channel kernel.
    stride, padding, dilation
        As in ``conv1d``/``conv2d`` (zero padding only).

    Returns
    -------
    numpy.ndarray of float64, shape (M, N)
        ``M`` = output size, ``N`` = input size, so that
        ``conv(x, kernel, ...).ravel() == W @ x.ravel()`` with row-major
        flattening. ``W.T`` is the transposed convolution.

    Raises
    ------
    ConvTypeError
        If the kernel is not real numeric data or a size is not an int.
    ConvError
        As ``conv1d``/``conv2d`` for the same arguments, if ``input_shape``
        does not have one entry per kernel axis, or ``problem_too_large`` if
        ``M * N`` or ``M * k`` exceeds ``MAX_ELEMENTS``.

    Notes
    -----
    Filled by fancy indexing at the tap positions (no unit-vector
    convolutions): ``O(M * N)`` memory for the zeros plus ``O(M * k)`` work.
    A 32×32 input gives a 900×1024 matrix for a 3×3 kernel. ``M * N`` and
    the ``M * k`` tap indices may each be at most
    ``convcore.validation.MAX_ELEMENTS`` = 2**26 entries (512 MiB of
    float64): a 64×64 input with "same" padding uses a quarter of it.

    Examples
    --------
    >>> conv_matrix(3, [1.0, 2.0])
    array([[1., 2., 0.],
           [0., 1., 2.]])
    """
    kernel = to_array("kernel", kernel, (1, 2), is_kernel=True)
    shape = to_shape("input_shape", input_shape, kernel.ndim)
    check_matrix_size(shape, kernel.shape, stride, padding, dilation)
    rows, cols, taps, out_shape = tap_indices(shape, kernel.shape, stride, padding, dilation)
    matrix = np.zeros((math.prod(out_shape), math.prod(shape)))
    # Each (row, col) pair occurs once: distinct taps of one output read
    # distinct inputs because dilation ≥ 1, so plain assignment suffices.
    matrix[rows, cols] = kernel.ravel()[taps]
    return matrix


def conv_matrix_structure(
    input_shape: int | tuple[int, ...],
    kernel_shape: int | tuple[int, ...],
    *,
    stride: int | tuple[int, ...] = 1,
    padding: int | tuple | str = 0,
    dilation: int | tuple[int, ...] = 1,
) -> np.ndarray:
    """Label each entry of ``conv_matrix`` with the kernel tap it holds.

    Parameters
    ----------
    input_shape : int or tuple of int
        ``(n,)`` (or ``n``) in 1-D, ``(H, W)`` in 2-D.
    kernel_shape : int or tuple of int
        ``(k,)`` (or ``k``) in 1-D, ``(kh, kw)`` in 2-D.
    stride, padding, dilation
        As in ``conv1d``/``conv2d``.

    Returns
    -------
    numpy.ndarray of int64, shape (M, N)
        The 1-based row-major kernel index (1 for ``k1`` up to ``kh * kw``)
        at every entry that ``conv_matrix`` fills, 0 elsewhere.

    Raises
    ------
    ConvTypeError
        If a size is not an int.
    ConvError
        As ``conv_matrix`` for the same arguments.

    Notes
    -----
    Same cost and the same ``MAX_ELEMENTS`` limit as ``conv_matrix``.

    Examples
    --------
    >>> conv_matrix_structure((3, 3), (2, 2))[0]
    array([1, 2, 0, 3, 4, 0, 0, 0, 0])
    """
    ndim = len(kernel_shape) if is_sequence(kernel_shape) else 1  # type: ignore[arg-type]
    kernel = to_shape("kernel_shape", kernel_shape, ndim)
    shape = to_shape("input_shape", input_shape, ndim)
    check_matrix_size(shape, kernel, stride, padding, dilation)
    rows, cols, taps, out_shape = tap_indices(shape, kernel, stride, padding, dilation)
    structure = np.zeros((math.prod(out_shape), math.prod(shape)), dtype=np.int64)
    structure[rows, cols] = taps + 1
    return structure
