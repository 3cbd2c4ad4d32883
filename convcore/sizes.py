"""Output lengths of convolutions and transposed convolutions."""

from __future__ import annotations

from .errors import ConvError
from .validation import (
    check_kernel_fits,
    is_sequence,
    to_nonnegative_tuple,
    to_positive_tuple,
    to_shape,
)

__all__ = ["conv_output_size", "conv_transpose_output_size"]


def _pad_pair(padding: object) -> tuple[int, int]:
    """Read an int (per side) or a (left, right) pair of non-negative ints."""
    if is_sequence(padding):
        left, right = to_nonnegative_tuple("padding", padding, 2)
        return left, right
    (per_side,) = to_nonnegative_tuple("padding", padding, 1)
    return per_side, per_side


def conv_axis_length(
    n: int, k: int, stride: int, pads: tuple[int, int], dilation: int, axis: int = 0
) -> int:
    """Return one axis' convolution output length; arguments already validated."""
    padded = n + pads[0] + pads[1]
    check_kernel_fits((padded,), (k,), (dilation,), first_axis=axis)
    return (padded - dilation * (k - 1) - 1) // stride + 1


def transpose_axis_length(
    n: int,
    k: int,
    stride: int,
    pads: tuple[int, int],
    output_padding: int,
    dilation: int,
    axis: int = 0,
) -> int:
    """Return one axis' transposed-convolution output length after checks.

    Raises ``ConvError`` when ``output_padding`` is not below
    ``max(stride, dilation)`` or when the length would be below 1.
    """
    if output_padding >= max(stride, dilation):
        raise ConvError(
            "output_padding_too_large",
            f"output_padding={output_padding} on axis {axis} must be smaller than "
            f"max(stride, dilation) = max({stride}, {dilation}): lower output_padding",
            value=output_padding,
            stride=stride,
            dilation=dilation,
            axis=axis,
        )
    length = (n - 1) * stride - pads[0] - pads[1] + dilation * (k - 1) + output_padding + 1
    if length < 1:
        raise ConvError(
            "output_size_not_positive",
            f"the transposed convolution output along axis {axis} would be {length} long "
            f"(input {n}, kernel {k}, stride {stride}, padding {pads}, dilation {dilation}): "
            "lower the padding or use a longer input or kernel",
            axis=axis,
            output_size=length,
        )
    return length


def conv_output_size(
    n: int, k: int, *, stride: int = 1, padding: int | tuple[int, int] = 0, dilation: int = 1
) -> int:
    """Compute the output length of a convolution along one axis.

    Parameters
    ----------
    n : int
        Input length, at least 1.
    k : int
        Kernel length, at least 1.
    stride : int, default 1
        Step between output samples, at least 1.
    padding : int or (int, int), default 0
        Zeros added on each side, or ``(left, right)`` amounts.
    dilation : int, default 1
        Spacing between kernel taps, at least 1.

    Returns
    -------
    int
        ``floor((n + left + right - dilation * (k - 1) - 1) / stride) + 1``.

    Raises
    ------
    ConvTypeError
        If an argument is not an int.
    ConvError
        If a size, stride or dilation is below 1, padding is negative, or the
        dilated kernel is longer than the padded input.

    Notes
    -----
    Constant time.

    Examples
    --------
    >>> conv_output_size(7, 3, stride=2, padding=1)
    4
    """
    (n,) = to_shape("n", n, 1)
    (k,) = to_shape("kernel_size", k, 1)
    (stride,) = to_positive_tuple("stride", stride, 1)
    (dilation,) = to_positive_tuple("dilation", dilation, 1)
    return conv_axis_length(n, k, stride, _pad_pair(padding), dilation)


def conv_transpose_output_size(
    n: int,
    k: int,
    *,
    stride: int = 1,
    padding: int | tuple[int, int] = 0,
    output_padding: int = 0,
    dilation: int = 1,
) -> int:
    """Compute the output length of a transposed convolution along one axis.

    Parameters
    ----------
    n : int
        Input length, at least 1.
    k : int
        Kernel length, at least 1.
    stride : int, default 1
        Spacing of the input samples in the output, at least 1.
    padding : int or (int, int), default 0
        Samples cropped from each side of the full output, or ``(left, right)``.
    output_padding : int, default 0
        Samples added at the end, below ``max(stride, dilation)``.
    dilation : int, default 1
        Spacing between kernel taps, at least 1.

    Returns
    -------
    int
        ``(n - 1) * stride - left - right + dilation * (k - 1) + output_padding + 1``.

    Raises
    ------
    ConvTypeError
        If an argument is not an int.
    ConvError
        If a size, stride or dilation is below 1, padding or output_padding is
        negative, output_padding is not below ``max(stride, dilation)``, or
        the result would be below 1.

    Notes
    -----
    Constant time.

    Examples
    --------
    >>> conv_transpose_output_size(4, 3, stride=2, padding=1, output_padding=1)
    8
    """
    (n,) = to_shape("n", n, 1)
    (k,) = to_shape("kernel_size", k, 1)
    (stride,) = to_positive_tuple("stride", stride, 1)
    (dilation,) = to_positive_tuple("dilation", dilation, 1)
    (output_padding,) = to_nonnegative_tuple("output_padding", output_padding, 1)
    return transpose_axis_length(n, k, stride, _pad_pair(padding), output_padding, dilation)
