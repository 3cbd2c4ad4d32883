"""Exceptions raised by convcore, with stable codes for translated messages.

Every error carries ``code`` (a stable snake_case string that user interfaces
use as a translation key) and ``params`` (the values a translated template
may show). The English ``str(error)`` names the argument, its value and what
to change. ``ERROR_PARAMS`` lists the parameter names that each code carries.
"""

from __future__ import annotations

from typing import Any

__all__ = ["ERROR_CODES", "ERROR_PARAMS", "ConvError", "ConvTypeError"]

# Parameter names carried by each error code. ``name`` is the argument name as
# the caller spelled it (for example "stride" or "x"), ``axis`` a 0-based
# spatial axis, ``value`` the rejected value exactly as given.
ERROR_PARAMS: dict[str, tuple[str, ...]] = {
    # Raised as ConvTypeError: an int belongs here but got float, bool, str, ...
    "not_an_integer": ("name", "value", "type"),
    # Raised as ConvTypeError: the array cannot be converted to real float64.
    "not_a_real_array": ("name", "type"),
    # A per-axis tuple (stride, dilation, ...) with the wrong number of items.
    "wrong_length": ("name", "value", "expected"),
    "stride_below_one": ("name", "value"),
    "dilation_below_one": ("name", "value"),
    "factor_below_one": ("name", "value"),
    # ``shape`` is the kernel or window shape with an axis below 1.
    "kernel_size_below_one": ("name", "shape"),
    # ``shape`` is the input shape with an axis below 1.
    "input_size_below_one": ("name", "shape"),
    "negative_padding": ("name", "value"),
    "negative_output_padding": ("name", "value"),
    # output_padding must be below max(stride, dilation) on each axis.
    "output_padding_too_large": ("value", "stride", "dilation", "axis"),
    # The dilated kernel spans ``span`` = dilation * (kernel_size - 1) + 1
    # samples but the padded input is only ``padded_size`` long.
    "kernel_larger_than_input": ("axis", "kernel_size", "dilation", "span", "padded_size"),
    # A transposed convolution whose output length would be zero or negative.
    "output_size_not_positive": ("axis", "output_size"),
    "same_padding_with_stride": ("stride",),
    "reflect_padding_too_large": ("axis", "pad", "size"),
    "circular_padding_too_large": ("axis", "pad", "size"),
    # ``expected`` lists the accepted numbers of dimensions, e.g. "2/3" or "≥1".
    "wrong_ndim": ("name", "ndim", "expected"),
    "channel_mismatch": ("input_channels", "kernel_channels"),
    "non_finite_values": ("name",),
    "unknown_padding": ("value",),
    "unknown_padding_mode": ("value",),
    # A padding value whose structure is not accepted by this function.
    "invalid_padding": ("value",),
    # An array whose shape differs from the one the other arguments imply.
    "shape_mismatch": ("name", "shape", "expected"),
    # An array of ``size`` elements above ``limit``: deconvolve's unknowns or
    # rows, or any array above MAX_ELEMENTS (padded input, output, dense matrix).
    "problem_too_large": ("name", "size", "limit"),
    "invalid_regularization": ("value",),
    # pixel_shuffle: the channel count is not a multiple of factor ** 2.
    "channels_not_divisible": ("channels", "factor"),
    # Finite inputs whose result overflows float64. ``name`` is the function,
    # such as "conv2d".
    "result_not_finite": ("name",),
}

ERROR_CODES: tuple[str, ...] = tuple(ERROR_PARAMS)


class ConvError(ValueError):
    """Invalid argument to a convcore function.

    Parameters
    ----------
    code : str
        Stable snake_case identifier, one of ``ERROR_CODES``.
    message : str
        English message naming the argument, its value and the fix.
    **params
        Values for translated templates; the names are ``ERROR_PARAMS[code]``.

    Examples
    --------
    >>> import convcore as cc
    >>> try:
    ...     cc.conv_output_size(5, 3, stride=0)
    ... except cc.ConvError as error:
    ...     print(error.code, error.params)
    stride_below_one {'name': 'stride', 'value': 0}
    """

    def __init__(self, code: str, message: str, **params: Any) -> None:
        super().__init__(message)
        self.code = code
        self.params = params


class ConvTypeError(ConvError, TypeError):
    """Argument of the wrong type, such as a float where an int belongs.

    It subclasses both ``ConvError`` (so one ``except ConvError`` catches every
    convcore error) and ``TypeError``.
    """
