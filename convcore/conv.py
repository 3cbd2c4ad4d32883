"""Convolution and cross-correlation in 1-D and 2-D (``conv1d``, ``conv2d``)."""

from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike

from ._engine import correlate
from .errors import ConvError
from .padding import Pads, check_mode, check_pads_fit, pad_unchecked, resolve_padding
from .validation import (
    check_finite_result,
    check_kernel_fits,
    check_size,
    to_array,
    to_positive_tuple,
)

__all__ = ["conv1d", "conv2d"]


def check_channels(x: np.ndarray, kernel: np.ndarray, ndim: int, channel_axis: int) -> None:
    """Reject kernels whose dimensions or input-channel axis do not match ``x``."""
    if x.ndim == ndim:
        if kernel.ndim != ndim:
            raise ConvError(
                "wrong_ndim",
                f"kernel has {kernel.ndim} dimensions (shape {kernel.shape}) but a "
                f"single-channel input needs a {ndim}-D kernel",
                name="kernel",
                ndim=kernel.ndim,
                expected=str(ndim),
            )
        return
    if kernel.ndim != ndim + 2:
        raise ConvError(
            "wrong_ndim",
            f"kernel has {kernel.ndim} dimensions (shape {kernel.shape}) but a "
            f"multi-channel input needs a {ndim + 2}-D kernel",
            name="kernel",
            ndim=kernel.ndim,
            expected=str(ndim + 2),
        )
    if kernel.shape[channel_axis] != x.shape[0]:
        raise ConvError(
            "channel_mismatch",
            f"x has {x.shape[0]} channels but kernel axis {channel_axis} (input "
            f"channels) has {kernel.shape[channel_axis]}: make them equal",
            input_channels=x.shape[0],
            kernel_channels=kernel.shape[channel_axis],
        )


def prepare_conv(
    x: ArrayLike,
    kernel: ArrayLike,
    ndim: int,
    stride: object,
    padding: object,
    dilation: object,
) -> tuple[np.ndarray, np.ndarray, tuple[int, ...], Pads, tuple[int, ...]]:
    """Validate convolution arguments and return (x, kernel, stride, pads, dilation)."""
    x = to_array("x", x, (ndim, ndim + 1))
    kernel = to_array("kernel", kernel, (ndim, ndim + 2), is_kernel=True)
    check_channels(x, kernel, ndim, channel_axis=1)
    strides = to_positive_tuple("stride", stride, ndim)
    dilations = to_positive_tuple("dilation", dilation, ndim)
    pads = resolve_padding(padding, kernel.shape[-ndim:], dilations, strides)
    return x, kernel, strides, pads, dilations


def convolve(
    x: ArrayLike,
    kernel: ArrayLike,
    ndim: int,
    *,
    stride: object,
    padding: object,
    dilation: object,
    flip: bool,
    padding_mode: str,
) -> np.ndarray:
    """Validate, pad and correlate; the shared body of ``conv1d`` and ``conv2d``."""
    x, kernel, strides, pads, dilations = prepare_conv(x, kernel, ndim, stride, padding, dilation)
    mode = check_mode(padding_mode)
    spatial = x.shape[-ndim:]
    check_pads_fit(spatial, pads, mode)
    padded_shape = [n + before + after for n, (before, after) in zip(spatial, pads, strict=True)]
    check_kernel_fits(padded_shape, kernel.shape[-ndim:], dilations)
    check_conv_sizes(x, kernel, padded_shape, strides, dilations, padding)

    if flip:
        kernel = kernel[(..., *([slice(None, None, -1)] * ndim))]
    xp = pad_unchecked(x, pads, mode)
    with np.errstate(over="ignore", invalid="ignore"):
        result = correlate(xp, kernel, strides, dilations)
    return check_finite_result(f"conv{ndim}d", result)


def check_conv_sizes(
    x: np.ndarray,
    kernel: np.ndarray,
    padded_shape: list[int],
    strides: tuple[int, ...],
    dilations: tuple[int, ...],
    padding: object,
) -> None:
    """Reject a padded input or an output above ``MAX_ELEMENTS`` before allocating it.

    Without padding no padded copy is made, so only the output is checked. A
    single-channel output is never longer than the padded input on any axis.
    """
    ndim = len(strides)
    channels = x.shape[:-ndim]
    if list(padded_shape) != list(x.shape[-ndim:]):
        check_size(
            "padding",
            f"padding={padding!r}",
            (*channels, *padded_shape),
            "a padded input",
            "lower the padding (or the dilation with padding='full') or use a smaller input",
        )
    out_spatial = [
        (n - d * (k - 1) - 1) // s + 1
        for n, k, s, d in zip(padded_shape, kernel.shape[-ndim:], strides, dilations, strict=True)
    ]
    if kernel.ndim == ndim:
        check_size("x", f"x of shape {x.shape}", out_spatial, "an output")
    else:
        check_size(
            "kernel",
            f"kernel of shape {kernel.shape}",
            (kernel.shape[0], *out_spatial),
            "an output",
            "use fewer output channels or a smaller input",
        )


_CONV_PARAMETERS = """
    stride : int or tuple of int, default 1
        Step between output samples, at least 1, per axis or for all axes.
    padding : int, tuple or {{"valid", "same", "full"}}, default 0
        Amount added before convolving: an int for every side{pair}, explicit
        {explicit}, or a string. "same" keeps the input
        size (stride 1 only; an odd total puts the extra sample after, as
        PyTorch does); "full" adds ``dilation * (k - 1)`` on each side.
    dilation : int or tuple of int, default 1
        Spacing between kernel taps, at least 1.
    flip : bool, default False
        False computes cross-correlation (the deep-learning "convolution").
        True computes mathematical convolution: the same with the kernel
        reversed along every spatial axis.
    padding_mode : {{"zeros", "reflect", "replicate", "circular"}}, default "zeros"
        Values used for padding, as the ``padding_mode`` of PyTorch's Conv
        modules."""


def conv1d(
    x: ArrayLike,
    kernel: ArrayLike,
    *,
    stride: int | tuple[int] = 1,
    padding: int | tuple | str = 0,
    dilation: int | tuple[int] = 1,
    flip: bool = False,
    padding_mode: str = "zeros",
) -> np.ndarray:
    """Cross-correlate (or convolve, with ``flip=True``) a 1-D signal.

    Parameters
    ----------
    x : array_like, shape (n,) or (C_in, n)
        Real, finite input.
    kernel : array_like, shape (k,) or (C_out, C_in, k)
        Real, finite kernel; the 3-D layout is PyTorch's Conv1d weight.
    {parameters}

    Returns
    -------
    numpy.ndarray of float64, shape (n_out,) or (C_out, n_out)
        ``n_out = conv_output_size(n, k, stride=..., padding=..., dilation=...)``.
        ``out[o] = sum_j kernel[j] * xp[o * stride + j * dilation]`` where
        ``xp`` is the padded input.

    Raises
    ------
    ConvTypeError
        If an array is not real numeric data or a size is not an int.
    ConvError
        If a value breaks a rule: stride or dilation below 1, negative
        padding, "same" with stride > 1, the dilated kernel longer than the
        padded input, reflect/circular padding too long for the input, wrong
        dimensions or channels, NaN/inf values, or an unknown padding string
        or mode. The code is ``problem_too_large`` when the padded input or
        the output would exceed ``MAX_ELEMENTS`` elements and
        ``result_not_finite`` when finite values overflow float64.

    Notes
    -----
    ``O(k * n_out)`` operations (times ``C_out * C_in`` for channels). A kernel
    of at most 9 taps costs one vectorized multiply-add over the output per tap;
    larger kernels use a sliding-window view with einsum, and at stride 1 a
    kernel of 256 taps or more goes through the FFT.
    The padded input and the output may each have at most
    ``convcore.validation.MAX_ELEMENTS`` = 2**26 elements (512 MiB of
    float64), checked before anything is allocated.

    Examples
    --------
    >>> conv1d([1.0, 2.0, 3.0, 4.0], [1.0, 0.0, -1.0])
    array([-2., -2.])
    >>> conv1d([1.0, 2.0, 3.0], [1.0, 1.0], flip=True, padding="full")
    array([1., 3., 5., 3.])
    """
    return convolve(
        x,
        kernel,
        1,
        stride=stride,
        padding=padding,
        dilation=dilation,
        flip=flip,
        padding_mode=padding_mode,
    )


def conv2d(
    x: ArrayLike,
    kernel: ArrayLike,
    *,
    stride: int | tuple[int, int] = 1,
    padding: int | tuple | str = 0,
    dilation: int | tuple[int, int] = 1,
    flip: bool = False,
    padding_mode: str = "zeros",
) -> np.ndarray:
    """Cross-correlate (or convolve, with ``flip=True``) a 2-D image.

    Parameters
    ----------
    x : array_like, shape (H, W) or (C_in, H, W)
        Real, finite input.
    kernel : array_like, shape (kh, kw) or (C_out, C_in, kh, kw)
        Real, finite kernel; the 4-D layout is PyTorch's Conv2d weight.
    {parameters}

    Returns
    -------
    numpy.ndarray of float64, shape (H_out, W_out) or (C_out, H_out, W_out)
        Each axis has ``conv_output_size`` samples.

    Raises
    ------
    ConvTypeError
        If an array is not real numeric data or a size is not an int.
    ConvError
        If a value breaks a rule: stride or dilation below 1, negative
        padding, "same" with stride > 1, the dilated kernel larger than the
        padded input, reflect/circular padding too long for the input, wrong
        dimensions or channels, NaN/inf values, or an unknown padding string
        or mode. The code is ``problem_too_large`` when the padded input or
        the output would exceed ``MAX_ELEMENTS`` elements and
        ``result_not_finite`` when finite values overflow float64.

    Notes
    -----
    ``O(kh * kw * H_out * W_out)`` operations (times ``C_out * C_in`` for
    channels). A kernel of at most 9 taps costs one vectorized multiply-add
    over the output per tap; larger kernels use a sliding-window view with
    einsum, and at stride 1 a kernel of 256 taps or more (16 × 16) goes
    through the FFT.
    A 512×512 image with a 7×7 kernel takes tens of milliseconds (see
    docs/benchmarks.md).
    The padded input and the output, channels included, may each have at
    most ``convcore.validation.MAX_ELEMENTS`` = 2**26 elements (512 MiB of
    float64), checked before anything is allocated.

    Examples
    --------
    >>> import numpy as np
    >>> impulse = np.zeros((3, 3))
    >>> impulse[1, 1] = 1.0
    >>> conv2d(impulse, [[1.0, 2.0], [3.0, 4.0]], padding=1)[1:3, 1:3]
    array([[4., 3.],
           [2., 1.]])
    """
    return convolve(
        x,
        kernel,
        2,
        stride=stride,
        padding=padding,
        dilation=dilation,
        flip=flip,
        padding_mode=padding_mode,
    )


conv1d.__doc__ = conv1d.__doc__.format(
    parameters=_CONV_PARAMETERS.format(pair="", explicit="``(left, right)``").strip()
)
conv2d.__doc__ = conv2d.__doc__.format(
    parameters=_CONV_PARAMETERS.format(
        pair=", an ``(h, w)`` pair", explicit="``((top, bottom), (left, right))``"
    ).strip()
)
