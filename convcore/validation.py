"""Argument checks shared by the public functions (internal module)."""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np

from .errors import ConvError, ConvTypeError

# Largest array, in elements, that a convcore function allocates for its
# padded input, output or dense matrix: 2**26 float64 values are 512 MiB.
# The app stays far below it: a 256×256 image padded by 6 has 268² < 2**17
# elements, its transposed convolution with stride 5, kernel 7 and dilation 4
# has 1304² < 2**21, and deconvolve's dense matrix is at most 8192 × 4096 = 2**25.
# NOTE: temporaries inside a function (the FFT buffers of large kernels,
# upsample_bilinear's two gathers) can add a few arrays of about that size.
MAX_ELEMENTS = 2**26

_BELOW_ONE_CODES = {
    "stride": "stride_below_one",
    "dilation": "dilation_below_one",
    "factor": "factor_below_one",
}


def format_shape(shape: Sequence[int]) -> str:
    """Format a shape as ``5×5`` for messages."""
    return "×".join(str(size) for size in shape)


def to_int(name: str, value: object) -> int:
    """Return ``value`` as an int, rejecting bool, float, str and others."""
    if isinstance(value, bool | np.bool_) or not isinstance(value, int | np.integer):
        type_name = type(value).__name__
        raise ConvTypeError(
            "not_an_integer",
            f"{name} must be an integer, got {value!r} of type {type_name}: "
            "pass a whole number such as 1 or 2",
            name=name,
            value=value,
            type=type_name,
        )
    return int(value)


def is_sequence(value: object) -> bool:
    """Tell whether ``value`` is a tuple, list or 1-D array of items."""
    return isinstance(value, tuple | list) or (isinstance(value, np.ndarray) and value.ndim == 1)


def to_int_tuple(name: str, value: object, ndim: int) -> tuple[int, ...]:
    """Expand an int or a length-``ndim`` sequence of ints to a tuple."""
    if is_sequence(value):
        items = list(value)  # type: ignore[arg-type]
        if len(items) != ndim:
            raise ConvError(
                "wrong_length",
                f"{name}={value!r} has {len(items)} items but this function expects "
                f"{ndim}: pass one int for every axis or one per axis",
                name=name,
                value=value,
                expected=ndim,
            )
        return tuple(to_int(name, item) for item in items)
    return (to_int(name, value),) * ndim


def to_positive_tuple(name: str, value: object, ndim: int) -> tuple[int, ...]:
    """Expand ``value`` like ``to_int_tuple`` and require every item ≥ 1.

    ``name`` must be "stride", "dilation" or "factor", which selects the code.
    """
    values = to_int_tuple(name, value, ndim)
    if min(values) < 1:
        raise ConvError(
            _BELOW_ONE_CODES[name],
            f"{name}={value!r} must be at least 1 on every axis: use 1 for the default",
            name=name,
            value=value,
        )
    return values


def to_nonnegative_tuple(name: str, value: object, ndim: int) -> tuple[int, ...]:
    """Expand ``value`` like ``to_int_tuple`` and require every item ≥ 0."""
    values = to_int_tuple(name, value, ndim)
    if min(values) < 0:
        code = "negative_output_padding" if name == "output_padding" else "negative_padding"
        raise ConvError(
            code,
            f"{name}={value!r} must not be negative: use 0 or a positive number",
            name=name,
            value=value,
        )
    return values


def to_shape(name: str, value: object, ndim: int) -> tuple[int, ...]:
    """Return a shape tuple of ``ndim`` ints ≥ 1 (an int is accepted for 1-D)."""
    if not is_sequence(value):
        value = (value,)
    items = list(value)  # type: ignore[call-overload]
    if len(items) != ndim:
        raise ConvError(
            "wrong_length",
            f"{name}={value!r} has {len(items)} items but this function expects {ndim}",
            name=name,
            value=value,
            expected=ndim,
        )
    shape = tuple(to_int(name, item) for item in items)
    if min(shape) < 1:
        is_kernel = "kernel" in name or name == "size"
        code = "kernel_size_below_one" if is_kernel else "input_size_below_one"
        raise ConvError(
            code,
            f"{name}={format_shape(shape)} has an axis shorter than 1: every axis needs "
            "at least one sample",
            name=name,
            shape=shape,
        )
    return shape


def to_array(
    name: str,
    value: object,
    ndims: Sequence[int],
    *,
    is_kernel: bool = False,
    expected: str | None = None,
) -> np.ndarray:
    """Convert ``value`` to a finite float64 array with one of ``ndims`` dimensions.

    ``expected`` replaces the "1/2" list of ``ndims`` in the error params.

    Raises ``ConvTypeError`` for complex, non-numeric or ragged data and
    ``ConvError`` for a wrong number of dimensions, an empty axis or NaN/inf
    values.
    """
    type_name = type(value).__name__
    try:
        # Without a dtype numpy keeps complex values, so they can be rejected
        # instead of losing their imaginary part in the float64 conversion.
        raw = np.asarray(value)
        is_complex = np.iscomplexobj(raw)
        if not is_complex:
            array = raw.astype(np.float64, copy=False)
    except (TypeError, ValueError):
        # Ragged nested lists, strings and other objects end here.
        raise ConvTypeError(
            "not_a_real_array",
            f"{name} must be an array of real numbers, got a {type_name} that numpy "
            "cannot convert to float64: pass a list or array of numbers with equal "
            "lengths on every axis",
            name=name,
            type=type_name,
        ) from None
    if is_complex:
        raise ConvTypeError(
            "not_a_real_array",
            f"{name} must contain real numbers, got complex values: pass the real part",
            name=name,
            type="complex",
        )

    if array.ndim not in ndims:
        # Digits and "/" only, so translated templates can show the value.
        expected = expected or "/".join(str(ndim) for ndim in ndims)
        raise ConvError(
            "wrong_ndim",
            f"{name} has {array.ndim} dimensions (shape {array.shape}) but this function "
            f"expects {expected.replace('/', ' or ')}",
            name=name,
            ndim=array.ndim,
            expected=expected,
        )
    if array.size == 0:
        code = "kernel_size_below_one" if is_kernel else "input_size_below_one"
        raise ConvError(
            code,
            f"{name} has shape {array.shape} with an empty axis: every axis needs at "
            "least one sample",
            name=name,
            shape=array.shape,
        )
    if not np.isfinite(array).all():
        raise ConvError(
            "non_finite_values",
            f"{name} contains NaN or infinite values: replace them with finite numbers",
            name=name,
        )
    return array


def check_kernel_fits(
    padded_shape: Sequence[int],
    kernel_shape: Sequence[int],
    dilation: Sequence[int],
    *,
    first_axis: int = 0,
) -> None:
    """Reject a dilated kernel that is longer than the padded input on some axis.

    ``first_axis`` numbers the axes in the message when only some are checked.
    """
    for offset, (padded_size, kernel_size, step) in enumerate(
        zip(padded_shape, kernel_shape, dilation, strict=True)
    ):
        axis = first_axis + offset
        span = step * (kernel_size - 1) + 1
        if span > padded_size:
            raise ConvError(
                "kernel_larger_than_input",
                f"kernel ({format_shape(kernel_shape)}, dilation {step}) spans {span} "
                f"samples along axis {axis} but the padded input is {padded_size} long: "
                "lower the dilation, use a smaller kernel or add padding",
                axis=axis,
                kernel_size=kernel_size,
                dilation=step,
                span=span,
                padded_size=padded_size,
            )


def check_size(
    name: str, cause: str, shape: Sequence[int], array: str, fix: str | None = None
) -> None:
    """Reject an array of more than ``MAX_ELEMENTS`` elements before numpy allocates it.

    ``shape`` contains Python ints, so sizes beyond int64 are compared exactly.
    ``name`` is the argument to lower, ``cause`` states it with its value
    (for example "padding=5"), ``array`` names the array and ``fix`` replaces
    the default advice in the message.
    """
    size = math.prod(shape)
    if size > MAX_ELEMENTS:
        fix = fix or f"lower {name} or use a smaller input"
        raise ConvError(
            "problem_too_large",
            f"{cause} gives {array} of shape {format_shape(shape)}, which is {size} "
            f"elements, but convcore allocates at most MAX_ELEMENTS = {MAX_ELEMENTS} "
            f"elements (512 MiB of float64) per array: {fix}",
            name=name,
            size=size,
            limit=MAX_ELEMENTS,
        )


def check_finite_result(name: str, result: np.ndarray) -> np.ndarray:
    """Return ``result`` if every value is finite, else raise ``result_not_finite``.

    Call it on a result computed under ``np.errstate(over="ignore",
    invalid="ignore")``: finite inputs can still overflow float64, for
    example ``1e308 + 1e308``, and then the result contains inf or NaN.
    """
    if not np.isfinite(result).all():
        raise ConvError(
            "result_not_finite",
            f"the output of {name} overflows float64 (values beyond about 1.8e308): "
            "scale the input or the kernel down",
            name=name,
        )
    return result
