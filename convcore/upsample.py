"""U-Net helpers: upsampling, pixel shuffle, max pooling and checkerboard analysis."""

from __future__ import annotations

import math

import numpy as np
from numpy.typing import ArrayLike

from ._engine import max_over_taps, scatter
from .errors import ConvError
from .transpose import check_full_size, read_transpose_options, transpose_shape
from .validation import (
    check_kernel_fits,
    check_size,
    is_sequence,
    to_array,
    to_positive_tuple,
    to_shape,
)

__all__ = [
    "max_pool2d",
    "overlap_counts",
    "phase_sums",
    "pixel_shuffle",
    "upsample_bilinear",
    "upsample_nearest",
]


def _spatial_ndim(x: np.ndarray) -> int:
    """1 spatial axis for (n,), 2 for (H, W) and (C, H, W)."""
    return 1 if x.ndim == 1 else 2


def _check_upsampled_size(x: np.ndarray, factor: object, factors: tuple[int, ...]) -> None:
    """Reject an upsampled output of more than ``MAX_ELEMENTS`` elements."""
    ndim = len(factors)
    spatial = x.shape[-ndim:]
    scaled = tuple(n * f for n, f in zip(spatial, factors, strict=True))
    check_size(
        "factor",
        f"factor={factor!r} on x of shape {x.shape}",
        (*x.shape[:-ndim], *scaled),
        "an upsampled output",
        "lower the factor or use a smaller input",
    )


def upsample_nearest(x: ArrayLike, factor: int | tuple[int, ...]) -> np.ndarray:
    """Repeat every sample ``factor`` times along each spatial axis.

    Parameters
    ----------
    x : array_like, shape (n,), (H, W) or (C, H, W)
        Real, finite input.
    factor : int or tuple of int
        Integer scale ≥ 1, for all spatial axes or one per axis.

    Returns
    -------
    numpy.ndarray of float64, shape (n * f,), (H * fh, W * fw) or (C, H * fh, W * fw)
        Equal to ``torch.nn.functional.interpolate(mode="nearest",
        scale_factor=factor)``.

    Raises
    ------
    ConvTypeError
        If ``x`` is not real numeric data or ``factor`` is not an int.
    ConvError
        If ``factor`` is below 1, ``x`` has another number of dimensions, is
        empty or contains NaN/inf, or the output would have more than
        ``MAX_ELEMENTS`` elements (``problem_too_large``).

    Notes
    -----
    One ``numpy.repeat`` per axis: ``O(output size)``. The output may have
    at most ``convcore.validation.MAX_ELEMENTS`` = 2**26 elements (512 MiB of
    float64).

    Examples
    --------
    >>> upsample_nearest([1.0, 2.0], 3)
    array([1., 1., 1., 2., 2., 2.])
    """
    array = to_array("x", x, (1, 2, 3))
    ndim = _spatial_ndim(array)
    factors = to_positive_tuple("factor", factor, ndim)
    _check_upsampled_size(array, factor, factors)
    for axis, scale in enumerate(factors):
        array = np.repeat(array, scale, axis=array.ndim - ndim + axis)
    return array


def upsample_bilinear(x: ArrayLike, factor: int | tuple[int, ...]) -> np.ndarray:
    """Upsample by linear (1-D) or bilinear (2-D) interpolation, half-pixel centers.

    Parameters
    ----------
    x : array_like, shape (n,), (H, W) or (C, H, W)
        Real, finite input.
    factor : int or tuple of int
        Integer scale ≥ 1, for all spatial axes or one per axis.

    Returns
    -------
    numpy.ndarray of float64, shape (n * f,), (H * fh, W * fw) or (C, H * fh, W * fw)
        Equal to ``torch.nn.functional.interpolate`` with ``mode="linear"``
        (1-D) or ``"bilinear"`` (2-D), ``align_corners=False`` and
        ``scale_factor=factor``. Output sample ``i`` reads the input at
        ``max((i + 0.5) / factor - 0.5, 0)``, clamped to the last sample.

    Raises
    ------
    ConvTypeError
        If ``x`` is not real numeric data or ``factor`` is not an int.
    ConvError
        If ``factor`` is below 1, ``x`` has another number of dimensions, is
        empty or contains NaN/inf, or the output would have more than
        ``MAX_ELEMENTS`` elements (``problem_too_large``).

    Notes
    -----
    Two gathers and a weighted sum per axis: ``O(output size)``. The output
    may have at most ``convcore.validation.MAX_ELEMENTS`` = 2**26 elements
    (512 MiB of float64). The gathers are temporaries of the same size.

    Examples
    --------
    >>> upsample_bilinear([0.0, 4.0], 2)
    array([0., 1., 3., 4.])
    """
    array = to_array("x", x, (1, 2, 3))
    ndim = _spatial_ndim(array)
    factors = to_positive_tuple("factor", factor, ndim)
    _check_upsampled_size(array, factor, factors)
    for axis, scale in enumerate(factors):
        position = array.ndim - ndim + axis
        size = array.shape[position]
        source = np.maximum((np.arange(size * scale) + 0.5) / scale - 0.5, 0.0)
        lower = np.minimum(np.floor(source).astype(np.intp), size - 1)
        upper = np.minimum(lower + 1, size - 1)
        weight_shape = [1] * array.ndim
        weight_shape[position] = size * scale
        upper_weight = (source - lower).reshape(weight_shape)
        array = (
            np.take(array, lower, axis=position) * (1.0 - upper_weight)
            + np.take(array, upper, axis=position) * upper_weight
        )
    return array


def pixel_shuffle(x: ArrayLike, factor: int) -> np.ndarray:
    """Rearrange ``(C * r², H, W)`` channels into a ``(C, H * r, W * r)`` image.

    Parameters
    ----------
    x : array_like, shape (C * r², H, W)
        Real, finite input whose channel count is a multiple of ``factor²``.
    factor : int
        Upscale factor ``r`` ≥ 1.

    Returns
    -------
    numpy.ndarray of float64, shape (C, H * r, W * r)
        ``out[c, h * r + i, w * r + j] = x[c * r² + i * r + j, h, w]``,
        as ``torch.nn.functional.pixel_shuffle``.

    Raises
    ------
    ConvTypeError
        If ``x`` is not real numeric data or ``factor`` is not an int.
    ConvError
        If ``factor`` is below 1, ``x`` is not 3-D, or its channel count is
        not a multiple of ``factor²``.

    Notes
    -----
    A reshape, a transpose and one copy: ``O(x.size)``.

    Examples
    --------
    >>> pixel_shuffle([[[1.0]], [[2.0]], [[3.0]], [[4.0]]], 2)
    array([[[1., 2.],
            [3., 4.]]])
    """
    array = to_array("x", x, (3,))
    (scale,) = to_positive_tuple("factor", factor, 1)
    channels, height, width = array.shape
    if channels % (scale * scale):
        raise ConvError(
            "channels_not_divisible",
            f"x has {channels} channels, which is not a multiple of factor² = "
            f"{scale * scale}: use a factor whose square divides the channel count",
            channels=channels,
            factor=scale,
        )
    groups = channels // (scale * scale)
    blocks = array.reshape(groups, scale, scale, height, width)
    return blocks.transpose(0, 3, 1, 4, 2).reshape(groups, height * scale, width * scale)


def max_pool2d(
    x: ArrayLike, size: int | tuple[int, int], stride: int | tuple[int, int] | None = None
) -> np.ndarray:
    """Take the maximum of every window, without padding, rounding the count down.

    Parameters
    ----------
    x : array_like, shape (H, W) or (C, H, W)
        Real, finite input.
    size : int or (int, int)
        Window shape, at least 1.
    stride : int or (int, int), optional
        Step between windows; defaults to ``size``.

    Returns
    -------
    numpy.ndarray of float64, shape (H_out, W_out) or (C, H_out, W_out)
        ``H_out = (H - size_h) // stride_h + 1``, as
        ``torch.nn.functional.max_pool2d`` with ``ceil_mode=False``.

    Raises
    ------
    ConvTypeError
        If ``x`` is not real numeric data or a size is not an int.
    ConvError
        If ``size`` or ``stride`` is below 1, the window is larger than the
        input, or ``x`` has another number of dimensions, is empty or
        contains NaN/inf.

    Notes
    -----
    One ``numpy.maximum`` per window element: ``O(size_h * size_w * H_out * W_out)``.

    Examples
    --------
    >>> max_pool2d([[1.0, 5.0, 2.0], [3.0, 4.0, 9.0]], 2, stride=1)
    array([[5., 9.]])
    """
    array = to_array("x", x, (2, 3))
    window = to_shape("size", size if is_sequence(size) else (size, size), 2)
    strides = window if stride is None else to_positive_tuple("stride", stride, 2)
    check_kernel_fits(array.shape[-2:], window, (1, 1))
    out_shape = tuple(
        (n - k) // s + 1 for n, k, s in zip(array.shape[-2:], window, strides, strict=True)
    )
    return max_over_taps(array, window, strides, out_shape)


def overlap_counts(
    input_shape: int | tuple[int, ...],
    kernel_shape: int | tuple[int, ...],
    *,
    stride: int | tuple[int, ...],
    padding: int | tuple[int, ...] = 0,
    output_padding: int | tuple[int, ...] = 0,
    dilation: int | tuple[int, ...] = 1,
) -> np.ndarray:
    """Count the kernel taps that land on each output sample of a transposed convolution.

    Parameters
    ----------
    input_shape : int or tuple of int
        ``(n,)`` (or ``n``) or ``(H, W)``.
    kernel_shape : int or tuple of int
        ``(k,)`` (or ``k``) or ``(kh, kw)``, with as many axes as ``input_shape``.
    stride, padding, output_padding, dilation : int or tuple of int
        As in ``conv_transpose1d``/``conv_transpose2d``.

    Returns
    -------
    numpy.ndarray of int64
        Shaped like the transposed-convolution output; equal to
        ``conv_transpose(ones(input_shape), ones(kernel_shape), ...)``. Uneven
        counts (for example 1, 2, 1, 2 with k=3, stride=2) cause checkerboard
        artifacts.

    Raises
    ------
    ConvTypeError
        If a size is not an int.
    ConvError
        As ``conv_transpose1d``/``conv_transpose2d``, including
        ``problem_too_large`` above ``MAX_ELEMENTS``.

    Notes
    -----
    In 2-D the count is the outer product of the per-axis 1-D counts, because
    a ones kernel is separable. ``O(k * n)`` work per axis. The full output
    before cropping may have at most ``convcore.validation.MAX_ELEMENTS`` =
    2**26 elements, as in ``conv_transpose2d``.

    Examples
    --------
    >>> overlap_counts(4, 3, stride=2)
    array([1, 1, 2, 1, 2, 1, 2, 1, 1])
    """
    ndim = len(kernel_shape) if is_sequence(kernel_shape) else 1  # type: ignore[arg-type]
    kernel = to_shape("kernel_shape", kernel_shape, ndim)
    shape = to_shape("input_shape", input_shape, ndim)
    options = read_transpose_options(ndim, stride, padding, output_padding, dilation)
    out_shape = transpose_shape(shape, kernel, options)
    # The output is never longer than the full scatter on any axis.
    check_full_size(shape, kernel, options, input_name="input_shape")

    counts = np.ones((), dtype=np.int64)
    for axis in range(ndim):
        pad = options.pads[axis]
        full = scatter(
            np.ones(shape[axis]),
            np.ones(kernel[axis]),
            (options.strides[axis],),
            (options.dilations[axis],),
            (out_shape[axis] + 2 * pad,),
        )
        axis_counts = full[pad : pad + out_shape[axis]].round().astype(np.int64)
        counts = np.multiply.outer(counts, axis_counts)
    return counts


def phase_sums(kernel: ArrayLike, stride: int | tuple[int, ...]) -> np.ndarray:
    """Sum the kernel taps of each stride phase.

    Parameters
    ----------
    kernel : array_like, shape (k,) or (kh, kw)
        Real, finite kernel of a transposed convolution.
    stride : int or tuple of int
        Stride ``s`` ≥ 1, for all axes or one per axis.

    Returns
    -------
    numpy.ndarray of float64, shape (s,) or (s_h, s_w)
        ``out[p] = kernel[p::s].sum()`` (2-D: ``kernel[p::s_h, q::s_w].sum()``),
        zero for phases beyond the kernel.

    Raises
    ------
    ConvTypeError
        If ``kernel`` is not real numeric data or ``stride`` is not an int.
    ConvError
        If ``stride`` is below 1 or ``kernel`` is not 1-D or 2-D, is empty or
        contains NaN/inf.

    Notes
    -----
    ``O(k)``. With dilation 1, a constant input ``c`` gives ``c * out[p]`` at
    every full-output position ``m ≡ p (mod s)`` whose taps all land, so
    unequal phase sums show as a checkerboard on a constant image (for
    ``[1, 2, 3, 4]`` and stride 2: 4 on even and 6 on odd positions).

    Examples
    --------
    >>> phase_sums([1.0, 2.0, 3.0, 4.0], 2)
    array([4., 6.])
    >>> phase_sums([0.5, 1.0, 0.5], 2)
    array([1., 1.])
    """
    array = to_array("kernel", kernel, (1, 2), is_kernel=True)
    strides = to_positive_tuple("stride", stride, array.ndim)
    padded_shape = tuple(math.ceil(k / s) * s for k, s in zip(array.shape, strides, strict=True))
    padded = np.zeros(padded_shape)
    padded[tuple(slice(0, k) for k in array.shape)] = array
    if array.ndim == 1:
        return padded.reshape(-1, strides[0]).sum(axis=0)
    rows, cols = padded_shape
    return padded.reshape(rows // strides[0], strides[0], cols // strides[1], strides[1]).sum(
        axis=(0, 2)
    )
