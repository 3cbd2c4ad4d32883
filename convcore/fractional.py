"""Transposed convolution seen as a "fractionally strided" convolution.

Inserting ``stride - 1`` zeros between input samples, padding
``dilation * (k - 1) - padding`` before and that plus ``output_padding``
after, and convolving at stride 1 with the kernel reversed gives the same
result as scattering the kernel (``conv_transpose1d``/``conv_transpose2d``).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from numpy.typing import ArrayLike

from ._engine import correlate
from .transpose import (
    TransposeOptions,
    prepare_transpose,
    read_transpose_options,
    transpose_shape,
)
from .validation import is_sequence, to_array, to_shape

__all__ = ["conv_transpose_via_zero_insertion", "zero_insertion_input"]


def _insert_and_pad(
    x: np.ndarray,
    kernel_shape: Sequence[int],
    options: TransposeOptions,
) -> np.ndarray:
    """Build the zero-inserted, padded (or cropped) input; arguments validated."""
    strides, pads, extras, dilations = (
        options.strides,
        options.pads,
        options.extras,
        options.dilations,
    )
    ndim = len(strides)
    spatial = x.shape[-ndim:]
    lead = x.shape[:-ndim]
    inserted_shape = tuple((n - 1) * s + 1 for n, s in zip(spatial, strides, strict=True))
    before = [d * (k - 1) - p for k, d, p in zip(kernel_shape, dilations, pads, strict=True)]
    after = [b + e for b, e in zip(before, extras, strict=True)]
    result_shape = tuple(n + b + a for n, b, a in zip(inserted_shape, before, after, strict=True))

    # A negative amount crops. Input sample i sits at i * s + b in the result;
    # copy the samples i0 <= i < i1 that land inside it.
    source, target = [], []
    for n, b, size, s in zip(spatial, before, result_shape, strides, strict=True):
        first = max(0, -(b // s))  # ceil(-b / s)
        stop = min(n, -((b - size) // s))  # ceil((size - b) / s)
        count = max(0, stop - first)
        source.append(slice(first, first + count))
        target.append(slice(first * s + b, first * s + b + (count - 1) * s + 1 if count else 0, s))

    result = np.zeros((*lead, *result_shape))
    window = x[(..., *source)]
    if window.size:
        result[(..., *target)] = window
    return result


def zero_insertion_input(
    x: ArrayLike,
    kernel_shape: int | tuple[int, ...],
    *,
    stride: int | tuple[int, ...] = 1,
    padding: int | tuple[int, ...] = 0,
    output_padding: int | tuple[int, ...] = 0,
    dilation: int | tuple[int, ...] = 1,
) -> np.ndarray:
    """Insert ``stride - 1`` zeros between samples and pad for a transposed convolution.

    Parameters
    ----------
    x : array_like, shape (n,), (H, W) or (C, H, W)
        Real, finite input of the transposed convolution; with a channel axis
        ``x.ndim`` is ``len(kernel_shape) + 1``.
    kernel_shape : int or tuple of int
        Spatial kernel shape ``(k,)`` or ``(kh, kw)``; its length sets the
        number of spatial axes.
    stride, padding, output_padding, dilation : int or tuple of int
        As in ``conv_transpose1d``/``conv_transpose2d``.

    Returns
    -------
    numpy.ndarray of float64
        Per spatial axis, ``x`` with ``stride - 1`` zeros between samples,
        then ``dilation * (k - 1) - padding`` samples added at the start and
        ``dilation * (k - 1) - padding + output_padding`` at the end; a
        negative amount removes samples instead. Its length is the
        transposed output length plus ``dilation * (k - 1)``.

    Raises
    ------
    ConvTypeError
        If ``x`` is not real numeric data or a size is not an int.
    ConvError
        As ``conv_transpose1d``/``conv_transpose2d`` for the same arguments.

    Notes
    -----
    One copy: ``O(prod(stride) * x.size)`` memory. About ``prod(stride) - 1``
    of every ``prod(stride)`` samples are zeros, which is why frameworks
    scatter instead.

    Examples
    --------
    >>> zero_insertion_input([1.0, 2.0], 3, stride=2, padding=1)
    array([0., 1., 0., 2., 0.])
    """
    ndim = len(kernel_shape) if is_sequence(kernel_shape) else 1  # type: ignore[arg-type]
    kernel = to_shape("kernel_shape", kernel_shape, ndim)
    x = to_array("x", x, (ndim, ndim + 1))
    options = read_transpose_options(ndim, stride, padding, output_padding, dilation)
    transpose_shape(x.shape[-ndim:], kernel, options)
    return _insert_and_pad(x, kernel, options)


def conv_transpose_via_zero_insertion(
    x: ArrayLike,
    kernel: ArrayLike,
    *,
    stride: int | tuple[int, ...] = 1,
    padding: int | tuple[int, ...] = 0,
    output_padding: int | tuple[int, ...] = 0,
    dilation: int | tuple[int, ...] = 1,
) -> np.ndarray:
    """Compute a transposed convolution as a stride-1 convolution of the zero-inserted input.

    Parameters
    ----------
    x : array_like, shape (n,), (C_in, n), (H, W) or (C_in, H, W)
        Real, finite input.
    kernel : array_like, shape (k,), (C_in, C_out, k), (kh, kw) or (C_in, C_out, kh, kw)
        Real, finite kernel in the ``conv_transpose1d``/``conv_transpose2d``
        layout; a 1-D or 3-D kernel means one spatial axis.
    stride, padding, output_padding, dilation : int or tuple of int
        As in ``conv_transpose1d``/``conv_transpose2d``.

    Returns
    -------
    numpy.ndarray of float64
        Equal to ``conv_transpose1d``/``conv_transpose2d`` with the same
        arguments: the cross-correlation, at stride 1 and the same dilation,
        of ``zero_insertion_input(...)`` with the kernel reversed along every
        spatial axis (and its channel axes swapped).

    Raises
    ------
    ConvTypeError
        If an array is not real numeric data or a size is not an int.
    ConvError
        As ``conv_transpose1d``/``conv_transpose2d``.

    Notes
    -----
    About ``prod(stride)`` times the work of the scatter form because most
    multiplications hit inserted zeros. For teaching and checking only.

    Examples
    --------
    >>> conv_transpose_via_zero_insertion([1.0, 2.0], [1.0, 2.0, 3.0], stride=2)
    array([1., 2., 5., 4., 6.])
    """
    kernel_array = to_array("kernel", kernel, (1, 2, 3, 4), is_kernel=True)
    ndim = {1: 1, 2: 2, 3: 1, 4: 2}[kernel_array.ndim]
    x, kernel_array, options, _ = prepare_transpose(
        x, kernel_array, ndim, stride, padding, output_padding, dilation
    )
    inserted = _insert_and_pad(x, kernel_array.shape[-ndim:], options)
    flipped = kernel_array[(..., *([slice(None, None, -1)] * ndim))]
    if flipped.ndim == ndim + 2:
        flipped = flipped.swapaxes(0, 1)
    return correlate(inserted, flipped, (1,) * ndim, options.dilations)
