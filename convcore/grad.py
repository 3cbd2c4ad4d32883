"""Gradients of a zero-padded cross-correlation with respect to input and kernel."""

from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike

from ._engine import scatter, tap_sums
from .conv import check_channels
from .errors import ConvError
from .padding import pad_unchecked, resolve_padding
from .sizes import conv_axis_length
from .validation import to_array, to_positive_tuple, to_shape

__all__ = ["conv_grad_input", "conv_grad_kernel"]

# Spatial axes for a kernel of each number of dimensions: (k,), (kh, kw),
# (C_out, C_in, k) and (C_out, C_in, kh, kw).
_SPATIAL_NDIM = {1: 1, 2: 2, 3: 1, 4: 2}


def _check_grad_output(grad_output: np.ndarray, expected: tuple[int, ...]) -> None:
    if grad_output.shape != expected:
        raise ConvError(
            "shape_mismatch",
            f"grad_output has shape {grad_output.shape} but the convolution output has "
            f"shape {expected}: pass the gradient of that output",
            name="grad_output",
            shape=grad_output.shape,
            expected=expected,
        )


def conv_grad_input(
    grad_output: ArrayLike,
    kernel: ArrayLike,
    input_shape: int | tuple[int, ...],
    *,
    stride: int | tuple[int, ...] = 1,
    padding: int | tuple | str = 0,
    dilation: int | tuple[int, ...] = 1,
) -> np.ndarray:
    """Compute the gradient of a loss with respect to the input of ``conv1d``/``conv2d``.

    Parameters
    ----------
    grad_output : array_like, shape (*out) or (C_out, *out)
        Gradient of the loss with respect to the convolution output.
    kernel : array_like, shape (k,), (kh, kw), (C_out, C_in, k) or (C_out, C_in, kh, kw)
        The convolution kernel (PyTorch Conv layout for channels).
    input_shape : int or tuple of int
        Spatial shape of the convolution input, ``(n,)`` or ``(H, W)``.
    stride, padding, dilation
        As in ``conv1d``/``conv2d`` (zero padding).

    Returns
    -------
    numpy.ndarray of float64, shape input_shape or (C_in, *input_shape)
        ``Wᵀ grad_output``: the transposed convolution of ``grad_output``
        with the ``output_padding`` that restores ``input_shape``, cropped by
        the (possibly asymmetric) padding.

    Raises
    ------
    ConvTypeError
        If an array is not real numeric data or a size is not an int.
    ConvError
        As ``conv1d``/``conv2d``; or if ``grad_output`` does not have the
        convolution's output shape.

    Notes
    -----
    One scatter per kernel tap: ``O(k * n_out)`` operations.

    Examples
    --------
    >>> conv_grad_input([1.0, 1.0], [1.0, 2.0], 3)
    array([1., 3., 2.])
    """
    kernel_array = to_array("kernel", kernel, (1, 2, 3, 4), is_kernel=True)
    ndim = _SPATIAL_NDIM[kernel_array.ndim]
    gradient = to_array("grad_output", grad_output, (ndim, ndim + 1))
    shape = to_shape("input_shape", input_shape, ndim)
    # grad_output has C_out channels, the kernel's axis 0.
    check_channels(gradient, kernel_array, ndim, channel_axis=0)
    strides = to_positive_tuple("stride", stride, ndim)
    dilations = to_positive_tuple("dilation", dilation, ndim)
    pads = resolve_padding(padding, kernel_array.shape[-ndim:], dilations, strides)
    out_shape = tuple(
        conv_axis_length(n, k, s, p, d, axis)
        for axis, (n, k, s, p, d) in enumerate(
            zip(shape, kernel_array.shape[-ndim:], strides, pads, dilations, strict=True)
        )
    )
    _check_grad_output(gradient, (*gradient.shape[:-ndim], *out_shape))

    padded_shape = tuple(n + before + after for n, (before, after) in zip(shape, pads, strict=True))
    # A conv kernel (C_out, C_in, ...) is already the scatter layout (C_in of
    # the scatter = C_out here, C_out of the scatter = C_in here).
    full = scatter(gradient, kernel_array, strides, dilations, padded_shape)
    crop = tuple(slice(before, before + n) for n, (before, _) in zip(shape, pads, strict=True))
    return full[(..., *crop)]


def conv_grad_kernel(
    x: ArrayLike,
    grad_output: ArrayLike,
    kernel_shape: int | tuple[int, ...],
    *,
    stride: int | tuple[int, ...] = 1,
    padding: int | tuple | str = 0,
    dilation: int | tuple[int, ...] = 1,
) -> np.ndarray:
    """Compute the gradient of a loss with respect to the kernel of ``conv1d``/``conv2d``.

    Parameters
    ----------
    x : array_like, shape (n,), (H, W), (C_in, n) or (C_in, H, W)
        The convolution input.
    grad_output : array_like, shape (*out) or (C_out, *out)
        Gradient of the loss with respect to the convolution output.
    kernel_shape : int or tuple of int
        ``(k,)``, ``(kh, kw)``, ``(C_out, C_in, k)`` or ``(C_out, C_in, kh, kw)``.
    stride, padding, dilation
        As in ``conv1d``/``conv2d`` (zero padding).

    Returns
    -------
    numpy.ndarray of float64, shape kernel_shape
        ``grad[j] = sum_o grad_output[o] * xp[o * stride + j * dilation]``: the
        cross-correlation of the padded input ``xp`` with ``grad_output``
        dilated by ``stride``, taken at stride ``dilation``.

    Raises
    ------
    ConvTypeError
        If an array is not real numeric data or a size is not an int.
    ConvError
        As ``conv1d``/``conv2d``; or if ``grad_output`` does not have the
        convolution's output shape.

    Notes
    -----
    One dot product over the output per kernel tap: ``O(k * n_out)`` operations.

    Examples
    --------
    >>> conv_grad_kernel([1.0, 2.0, 3.0], [1.0, 1.0], 2)
    array([3., 5.])
    """
    ndim_full = len(kernel_shape) if isinstance(kernel_shape, tuple | list) else 1
    if ndim_full not in _SPATIAL_NDIM:
        raise ConvError(
            "wrong_length",
            f"kernel_shape={kernel_shape!r} has {ndim_full} items but this function expects 1 to 4",
            name="kernel_shape",
            value=kernel_shape,
            expected="1 to 4",
        )
    ndim = _SPATIAL_NDIM[ndim_full]
    shape = to_shape("kernel_shape", kernel_shape, ndim_full)
    x_array = to_array("x", x, (ndim, ndim + 1))
    gradient = to_array("grad_output", grad_output, (ndim, ndim + 1))
    multi_channel = ndim_full == ndim + 2
    expected_ndim = ndim + 1 if multi_channel else ndim
    for name, array in (("x", x_array), ("grad_output", gradient)):
        if array.ndim != expected_ndim:
            raise ConvError(
                "wrong_ndim",
                f"{name} has {array.ndim} dimensions but kernel_shape {shape} needs "
                f"{expected_ndim}",
                name=name,
                ndim=array.ndim,
                expected=str(expected_ndim),
            )
    if multi_channel and shape[1] != x_array.shape[0]:
        raise ConvError(
            "channel_mismatch",
            f"x has {x_array.shape[0]} channels but kernel_shape {shape} has "
            f"{shape[1]} input channels: make them equal",
            input_channels=x_array.shape[0],
            kernel_channels=shape[1],
        )
    strides = to_positive_tuple("stride", stride, ndim)
    dilations = to_positive_tuple("dilation", dilation, ndim)
    spatial_kernel = shape[-ndim:]
    pads = resolve_padding(padding, spatial_kernel, dilations, strides)
    out_shape = tuple(
        conv_axis_length(n, k, s, p, d, axis)
        for axis, (n, k, s, p, d) in enumerate(
            zip(x_array.shape[-ndim:], spatial_kernel, strides, pads, dilations, strict=True)
        )
    )
    expected = (shape[0], *out_shape) if multi_channel else out_shape
    _check_grad_output(gradient, expected)
    xp = pad_unchecked(x_array, pads, "zeros")
    return tap_sums(xp, gradient, spatial_kernel, strides, dilations)
