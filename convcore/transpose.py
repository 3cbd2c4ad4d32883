"""Transposed convolution in 1-D and 2-D (``conv_transpose1d``, ``conv_transpose2d``)."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike

from ._engine import scatter
from .conv import check_channels
from .errors import ConvError
from .sizes import transpose_axis_length
from .validation import (
    MAX_ELEMENTS,
    check_finite_result,
    check_size,
    is_sequence,
    to_array,
    to_nonnegative_tuple,
    to_positive_tuple,
)

__all__ = ["conv_transpose1d", "conv_transpose2d"]

Axes = tuple[int, ...]


def symmetric_padding(padding: object, ndim: int) -> tuple[int, ...]:
    """Read transposed-convolution padding: an int or one int per axis."""
    if isinstance(padding, str) or (
        is_sequence(padding) and any(is_sequence(item) for item in padding)  # type: ignore[union-attr]
    ):
        raise ConvError(
            "invalid_padding",
            f"padding={padding!r} is not accepted by a transposed convolution: use an "
            f"int or {ndim} ints (one per axis)",
            value=padding,
        )
    return to_nonnegative_tuple("padding", padding, ndim)


@dataclass(frozen=True)
class TransposeOptions:
    """Validated per-axis settings of a transposed convolution."""

    strides: Axes
    pads: Axes
    extras: Axes  # output_padding
    dilations: Axes


def read_transpose_options(
    ndim: int, stride: object, padding: object, output_padding: object, dilation: object
) -> TransposeOptions:
    """Validate the keyword arguments shared by every transposed-convolution function."""
    return TransposeOptions(
        strides=to_positive_tuple("stride", stride, ndim),
        pads=symmetric_padding(padding, ndim),
        extras=to_nonnegative_tuple("output_padding", output_padding, ndim),
        dilations=to_positive_tuple("dilation", dilation, ndim),
    )


def transpose_shape(
    spatial: Axes, kernel_shape: Axes, options: TransposeOptions
) -> tuple[int, ...]:
    """Return the output spatial shape, raising if an axis breaks a rule."""
    return tuple(
        transpose_axis_length(n, k, s, (p, p), e, d, axis)
        for axis, (n, k, s, p, e, d) in enumerate(
            zip(
                spatial,
                kernel_shape,
                options.strides,
                options.pads,
                options.extras,
                options.dilations,
                strict=True,
            )
        )
    )


def check_full_size(
    spatial: Axes,
    kernel_shape: Axes,
    options: TransposeOptions,
    channels: int = 1,
    input_name: str = "x",
) -> tuple[int, ...]:
    """Return the full (uncropped) output shape, raising above ``MAX_ELEMENTS``.

    The full length of an axis, ``(n - 1) * stride + dilation * (k - 1) + 1``
    plus output_padding, does not depend on padding. The message names the
    input when its spatial shape alone is too large, else stride or dilation,
    whichever term is larger on the longest axis. ``channels`` is the number
    of output channels.
    """
    full_shape = tuple(
        (n - 1) * s + d * (k - 1) + 1 + e
        for n, k, s, d, e in zip(
            spatial, kernel_shape, options.strides, options.dilations, options.extras, strict=True
        )
    )
    axis = full_shape.index(max(full_shape))
    stride_term = (spatial[axis] - 1) * options.strides[axis]
    dilation_term = options.dilations[axis] * (kernel_shape[axis] - 1)
    if math.prod(spatial) > MAX_ELEMENTS:
        name, cause = input_name, f"{input_name} of spatial shape {spatial}"
        fix = "use a smaller input"
    elif options.strides[axis] > 1 and stride_term >= dilation_term:
        name, cause, fix = "stride", f"stride={options.strides}", "lower the stride"
    elif options.dilations[axis] > 1:
        name, cause, fix = "dilation", f"dilation={options.dilations}", "lower the dilation"
    else:
        name = "kernel"
        cause = f"kernel of spatial shape {kernel_shape}, {channels} output channels"
        fix = "use a smaller kernel or fewer output channels"
    shape = full_shape if channels == 1 else (channels, *full_shape)
    check_size(name, cause, shape, "a full transposed-convolution output", fix)
    return full_shape


def prepare_transpose(
    x: ArrayLike,
    kernel: ArrayLike,
    ndim: int,
    stride: object,
    padding: object,
    output_padding: object,
    dilation: object,
) -> tuple[np.ndarray, np.ndarray, TransposeOptions, Axes]:
    """Validate arguments; return (x, kernel, options, output spatial shape)."""
    x = to_array("x", x, (ndim, ndim + 1))
    kernel = to_array("kernel", kernel, (ndim, ndim + 2), is_kernel=True)
    check_channels(x, kernel, ndim, channel_axis=0)
    options = read_transpose_options(ndim, stride, padding, output_padding, dilation)
    out_shape = transpose_shape(x.shape[-ndim:], kernel.shape[-ndim:], options)
    channels = kernel.shape[1] if kernel.ndim == ndim + 2 else 1
    check_full_size(x.shape[-ndim:], kernel.shape[-ndim:], options, channels)
    return x, kernel, options, out_shape


def transpose(
    x: ArrayLike,
    kernel: ArrayLike,
    ndim: int,
    *,
    stride: object,
    padding: object,
    output_padding: object,
    dilation: object,
) -> np.ndarray:
    """Scatter the full transposed convolution, then crop ``[padding : padding + out]``."""
    x, kernel, options, out_shape = prepare_transpose(
        x, kernel, ndim, stride, padding, output_padding, dilation
    )
    pads = options.pads
    # out + 2 * padding is the full scatter length plus output_padding, so the
    # output_padding samples hold whatever the taps put there.
    full_shape = tuple(n + 2 * p for p, n in zip(pads, out_shape, strict=True))
    with np.errstate(over="ignore", invalid="ignore"):
        full = scatter(x, kernel, options.strides, options.dilations, full_shape)
    crop = tuple(slice(p, p + n) for p, n in zip(pads, out_shape, strict=True))
    return check_finite_result(f"conv_transpose{ndim}d", full[(..., *crop)])


_TRANSPOSE_PARAMETERS = """
    stride : int or tuple of int, default 1
        Spacing of the input samples in the output, at least 1.
    padding : int or tuple of int, default 0
        Samples cropped from both ends of the full output, per axis or for all.
    output_padding : int or tuple of int, default 0
        Samples added at the end of each axis, below ``max(stride, dilation)``.
        They hold the values the transposed convolution has there: kernel
        contributions where taps reach, zeros only beyond every tap.
    dilation : int or tuple of int, default 1
        Spacing between kernel taps, at least 1."""

_TRANSPOSE_RAISES = """
    ConvTypeError
        If an array is not real numeric data or a size is not an int.
    ConvError
        If stride or dilation is below 1, padding or output_padding is
        negative, output_padding is not below ``max(stride, dilation)``, the
        output would be empty, padding is a string or per-side pairs, the
        arrays have wrong dimensions, channels or NaN/inf values, the full
        output would have more than ``MAX_ELEMENTS`` elements
        (``problem_too_large``), or the result overflows float64
        (``result_not_finite``)."""


def conv_transpose1d(
    x: ArrayLike,
    kernel: ArrayLike,
    *,
    stride: int | tuple[int] = 1,
    padding: int | tuple[int] = 0,
    output_padding: int | tuple[int] = 0,
    dilation: int | tuple[int] = 1,
) -> np.ndarray:
    """Apply a 1-D transposed convolution (the adjoint of ``conv1d``).

    Parameters
    ----------
    x : array_like, shape (n,) or (C_in, n)
        Real, finite input.
    kernel : array_like, shape (k,) or (C_in, C_out, k)
        Real, finite kernel; the 3-D layout is PyTorch's ConvTranspose1d weight.
    {parameters}

    Returns
    -------
    numpy.ndarray of float64, shape (n_out,) or (C_out, n_out)
        ``n_out = conv_transpose_output_size(n, k, ...)``. Every input sample
        ``x[i]`` adds ``x[i] * kernel[j]`` at ``i * stride + j * dilation``
        of the full output, which is then cropped to
        ``[padding : padding + n_out]``.

    Raises
    ------
    {raises}

    Notes
    -----
    One vectorized multiply-add per kernel tap: ``O(k * n)`` operations.
    Equals the gradient of ``conv1d`` with respect to its input. The full
    output before cropping may have at most
    ``convcore.validation.MAX_ELEMENTS`` = 2**26 elements (512 MiB of float64).

    Examples
    --------
    >>> conv_transpose1d([1.0, 2.0], [1.0, 1.0, 1.0], stride=2)
    array([1., 1., 3., 2., 2.])
    >>> conv_transpose1d([1.0, 2.0], [1.0, 1.0, 1.0], stride=2, padding=1, output_padding=1)
    array([1., 3., 2., 2.])
    """
    return transpose(
        x,
        kernel,
        1,
        stride=stride,
        padding=padding,
        output_padding=output_padding,
        dilation=dilation,
    )


def conv_transpose2d(
    x: ArrayLike,
    kernel: ArrayLike,
    *,
    stride: int | tuple[int, int] = 1,
    padding: int | tuple[int, int] = 0,
    output_padding: int | tuple[int, int] = 0,
    dilation: int | tuple[int, int] = 1,
) -> np.ndarray:
    """Apply a 2-D transposed convolution (the adjoint of ``conv2d``).

    Parameters
    ----------
    x : array_like, shape (H, W) or (C_in, H, W)
        Real, finite input.
    kernel : array_like, shape (kh, kw) or (C_in, C_out, kh, kw)
        Real, finite kernel; the 4-D layout is PyTorch's ConvTranspose2d weight.
    {parameters}

    Returns
    -------
    numpy.ndarray of float64, shape (H_out, W_out) or (C_out, H_out, W_out)
        Each axis has ``conv_transpose_output_size`` samples.

    Raises
    ------
    {raises}

    Notes
    -----
    One vectorized multiply-add per kernel tap: ``O(kh * kw * H * W)``
    operations (times ``C_in * C_out`` for channels). The full output before
    cropping, channels included, may have at most
    ``convcore.validation.MAX_ELEMENTS`` = 2**26 elements (512 MiB of float64).

    Examples
    --------
    >>> conv_transpose2d([[1.0]], [[1.0, 2.0], [3.0, 4.0]], stride=2, output_padding=1)
    array([[1., 2., 0.],
           [3., 4., 0.],
           [0., 0., 0.]])
    """
    return transpose(
        x,
        kernel,
        2,
        stride=stride,
        padding=padding,
        output_padding=output_padding,
        dilation=dilation,
    )


for _function in (conv_transpose1d, conv_transpose2d):
    _function.__doc__ = _function.__doc__.format(
        parameters=_TRANSPOSE_PARAMETERS.strip(), raises=_TRANSPOSE_RAISES.strip()
    )
