"""Padding amounts ("same", "full", TF SAME, causal) and padded arrays."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from .errors import ConvError
from .validation import (
    check_size,
    is_sequence,
    to_array,
    to_int,
    to_positive_tuple,
    to_shape,
)

__all__ = [
    "PADDING_MODES",
    "causal_pads",
    "pad",
    "resolve_padding",
    "tf_same_pads",
    "torch_same_pads",
]

PADDING_MODES: tuple[str, ...] = ("zeros", "reflect", "replicate", "circular")

# numpy.pad modes with the same result as torch.nn.functional.pad modes.
_NUMPY_MODES = {"zeros": "constant", "reflect": "reflect", "replicate": "edge", "circular": "wrap"}

Pads = tuple[tuple[int, int], ...]


def torch_same_pads(k: int, dilation: int = 1) -> tuple[int, int]:
    """Compute PyTorch's ``padding="same"`` amounts for one axis.

    Parameters
    ----------
    k : int
        Kernel length, at least 1.
    dilation : int, default 1
        Spacing between kernel taps, at least 1.

    Returns
    -------
    (int, int)
        ``(left, right)`` summing to ``dilation * (k - 1)``; an odd total puts
        the extra sample on the right, as ``torch.nn.Conv1d`` does.

    Raises
    ------
    ConvTypeError
        If an argument is not an int.
    ConvError
        If ``k`` or ``dilation`` is below 1.

    Notes
    -----
    Constant time. numpy's and scipy's "same" modes split an even kernel the
    other way round, putting the extra sample on the left.

    Examples
    --------
    >>> torch_same_pads(4)
    (1, 2)
    >>> torch_same_pads(3, dilation=2)
    (2, 2)
    """
    (k,) = to_shape("kernel_size", k, 1)
    (dilation,) = to_positive_tuple("dilation", dilation, 1)
    total = dilation * (k - 1)
    return total // 2, total - total // 2


def tf_same_pads(n: int, k: int, stride: int = 1, dilation: int = 1) -> tuple[int, int]:
    """Compute TensorFlow's ``padding="SAME"`` amounts for one axis.

    Parameters
    ----------
    n : int
        Input length, at least 1.
    k : int
        Kernel length, at least 1.
    stride : int, default 1
        Step between output samples, at least 1.
    dilation : int, default 1
        Spacing between kernel taps, at least 1.

    Returns
    -------
    (int, int)
        ``(left, right)`` giving an output of ``ceil(n / stride)`` samples. The
        total is ``max((ceil(n / stride) - 1) * stride + dilation * (k - 1) + 1 - n, 0)``
        and an odd total puts the extra sample on the right.

    Raises
    ------
    ConvTypeError
        If an argument is not an int.
    ConvError
        If an argument is below 1.

    Notes
    -----
    Constant time. Unlike PyTorch's "same", the amounts depend on ``n`` and
    ``stride``.

    Examples
    --------
    >>> tf_same_pads(8, 4, stride=2)
    (1, 1)
    >>> tf_same_pads(7, 4, stride=2)
    (1, 2)
    """
    (n,) = to_shape("n", n, 1)
    (k,) = to_shape("kernel_size", k, 1)
    (stride,) = to_positive_tuple("stride", stride, 1)
    (dilation,) = to_positive_tuple("dilation", dilation, 1)
    out = -(-n // stride)
    total = max((out - 1) * stride + dilation * (k - 1) + 1 - n, 0)
    return total // 2, total - total // 2


def causal_pads(k: int, dilation: int = 1) -> tuple[int, int]:
    """Compute causal padding for one axis, so each output depends only on earlier inputs.

    Parameters
    ----------
    k : int
        Kernel length, at least 1.
    dilation : int, default 1
        Spacing between kernel taps, at least 1.

    Returns
    -------
    (int, int)
        ``(dilation * (k - 1), 0)``.

    Raises
    ------
    ConvTypeError
        If an argument is not an int.
    ConvError
        If an argument is below 1.

    Notes
    -----
    Constant time. With stride 1 the output has the input's length and output
    ``t`` depends on inputs ``t - dilation * (k - 1)`` to ``t``.

    Examples
    --------
    >>> causal_pads(3, dilation=2)
    (4, 0)
    """
    (k,) = to_shape("kernel_size", k, 1)
    (dilation,) = to_positive_tuple("dilation", dilation, 1)
    return dilation * (k - 1), 0


def _explicit_pair(value: object, padding: object) -> tuple[int, int]:
    """Read an int (both sides) or a (left, right) pair as non-negative ints."""
    if is_sequence(value):
        items = list(value)  # type: ignore[arg-type]
        if len(items) != 2:
            raise ConvError(
                "invalid_padding",
                f"padding={padding!r} is not accepted: a per-axis item must be an int "
                "or a (before, after) pair",
                value=padding,
            )
        pair = (to_int("padding", items[0]), to_int("padding", items[1]))
    else:
        amount = to_int("padding", value)
        pair = (amount, amount)
    if min(pair) < 0:
        raise ConvError(
            "negative_padding",
            f"padding={padding!r} must not be negative: use 0 or a positive number",
            name="padding",
            value=padding,
        )
    return pair


def resolve_padding(
    padding: object,
    kernel_shape: Sequence[int] | int,
    dilation: int | Sequence[int] = 1,
    stride: int | Sequence[int] = 1,
) -> Pads:
    """Turn any accepted padding value into per-axis ``(before, after)`` pairs.

    Parameters
    ----------
    padding : int, tuple or {"valid", "same", "full"}
        An int for every side; in 2-D an ``(h, w)`` pair; explicit pairs
        ``(left, right)`` in 1-D or ``((top, bottom), (left, right))`` in 2-D;
        or a string. "same" keeps the input length (stride 1 only, with an odd
        total's extra sample after, as PyTorch); "full" pads
        ``dilation * (k - 1)`` on each side.
    kernel_shape : int or tuple of int
        Spatial kernel shape; its length sets the number of axes.
    dilation : int or tuple of int, default 1
        Spacing between kernel taps.
    stride : int or tuple of int, default 1
        Step between outputs; "same" requires 1.

    Returns
    -------
    tuple of (int, int)
        One ``(before, after)`` pair per spatial axis.

    Raises
    ------
    ConvTypeError
        If an amount is not an int or ``padding`` has an unsupported type.
    ConvError
        If an amount is negative, the string is unknown, the structure does not
        match the number of axes, or "same" is combined with stride > 1.

    Notes
    -----
    Constant time.

    Examples
    --------
    >>> resolve_padding("same", (4, 3))
    ((1, 2), (1, 1))
    >>> resolve_padding((1, 2), (3,))
    ((1, 2),)
    >>> resolve_padding((1, 2), (3, 3))
    ((1, 1), (2, 2))
    """
    ndim = len(kernel_shape) if is_sequence(kernel_shape) else 1  # type: ignore[arg-type]
    kernel_shape = to_shape("kernel_shape", kernel_shape, ndim)
    dilations = to_positive_tuple("dilation", dilation, ndim)
    strides = to_positive_tuple("stride", stride, ndim)

    if isinstance(padding, str):
        if padding == "valid":
            return ((0, 0),) * ndim
        if padding == "full":
            return tuple(
                (d * (k - 1), d * (k - 1)) for k, d in zip(kernel_shape, dilations, strict=True)
            )
        if padding == "same":
            if max(strides) > 1:
                raise ConvError(
                    "same_padding_with_stride",
                    f'padding="same" needs stride 1 but stride={stride!r}: use stride 1 '
                    "or give the padding as numbers (see tf_same_pads)",
                    stride=stride,
                )
            return tuple(
                torch_same_pads(k, d) for k, d in zip(kernel_shape, dilations, strict=True)
            )
        raise ConvError(
            "unknown_padding",
            f'padding={padding!r} is not known: use "valid", "same", "full", an int or a tuple',
            value=padding,
        )

    if not is_sequence(padding):
        return (_explicit_pair(padding, padding),) * ndim

    items = list(padding)  # type: ignore[arg-type]
    if ndim == 1:
        # 1-D: (p,), (left, right) or ((left, right),).
        if len(items) == 1:
            return (_explicit_pair(items[0], padding),)
        return (_explicit_pair(items, padding),)
    if len(items) != ndim:
        raise ConvError(
            "invalid_padding",
            f"padding={padding!r} has {len(items)} items but the kernel has {ndim} axes: "
            "give one int or (before, after) pair per axis",
            value=padding,
        )
    return tuple(_explicit_pair(item, padding) for item in items)


def check_mode(padding_mode: object) -> str:
    """Return ``padding_mode`` if it is one of ``PADDING_MODES``."""
    if not isinstance(padding_mode, str) or padding_mode not in PADDING_MODES:
        raise ConvError(
            "unknown_padding_mode",
            f"padding_mode={padding_mode!r} is not known: use one of {', '.join(PADDING_MODES)}",
            value=padding_mode,
        )
    return padding_mode


def check_pads_fit(shape: Sequence[int], pads: Pads, mode: str) -> None:
    """Reject reflect pads ≥ the axis length and circular pads > the axis length.

    ``shape`` is the spatial shape that ``pads`` applies to. PyTorch rejects
    the same cases in ``torch.nn.functional.pad``.
    """
    if mode not in ("reflect", "circular"):
        return
    for axis, (size, pair) in enumerate(zip(shape, pads, strict=True)):
        largest = max(pair)
        if mode == "reflect" and largest >= size:
            raise ConvError(
                "reflect_padding_too_large",
                f"reflect padding of {largest} on axis {axis} needs an input longer than "
                f"{largest}, but it is {size} long: lower the padding or use "
                'padding_mode="replicate"',
                axis=axis,
                pad=largest,
                size=size,
            )
        if mode == "circular" and largest > size:
            raise ConvError(
                "circular_padding_too_large",
                f"circular padding of {largest} on axis {axis} wraps more than once around "
                f"an input {size} long: lower the padding to at most {size}",
                axis=axis,
                pad=largest,
                size=size,
            )


def pad_unchecked(x: np.ndarray, pads: Pads, mode: str) -> np.ndarray:
    """Pad the last ``len(pads)`` axes of ``x``; arguments already validated."""
    if not any(before or after for before, after in pads):
        return x
    widths = [(0, 0)] * (x.ndim - len(pads)) + [tuple(pair) for pair in pads]
    return np.pad(x, widths, mode=_NUMPY_MODES[mode])


def pad(x: np.ndarray, pads: object, mode: str = "zeros") -> np.ndarray:
    """Pad the trailing axes of an array as ``torch.nn.functional.pad`` does.

    Parameters
    ----------
    x : array_like, shape (..., n) or (..., H, W)
        Real, finite values. Leading axes (channels) are not padded.
    pads : (int, int) or tuple of (int, int)
        ``(before, after)`` per padded axis, ordered as the axes of ``x`` (a
        single pair pads the last axis).
    mode : {"zeros", "reflect", "replicate", "circular"}, default "zeros"
        "reflect" mirrors without repeating the edge sample, "replicate"
        repeats the edge sample, "circular" wraps around.

    Returns
    -------
    numpy.ndarray of float64
        ``x`` with every padded axis lengthened by ``before + after``.

    Raises
    ------
    ConvTypeError
        If ``x`` is not real numeric data or an amount is not an int.
    ConvError
        If an amount is negative, ``mode`` is unknown, a reflect pad is not
        shorter than its axis, a circular pad is longer than its axis, or
        the result would have more than ``MAX_ELEMENTS`` elements
        (``problem_too_large``).

    Notes
    -----
    Uses ``numpy.pad``; cost is one copy of the output. The result may have
    at most ``convcore.validation.MAX_ELEMENTS`` = 2**26 elements (512 MiB of
    float64), checked before anything is allocated. The order of ``pads``
    follows the array axes, unlike ``torch.nn.functional.pad`` which lists the
    last axis first.

    Examples
    --------
    >>> pad([1.0, 2.0, 3.0], (2, 1), "reflect")
    array([3., 2., 1., 2., 3., 2.])
    >>> pad([1.0, 2.0, 3.0], (1, 2), "circular")
    array([3., 1., 2., 3., 1., 2.])
    """
    mode = check_mode(mode)
    if not is_sequence(pads):
        raise ConvError(
            "invalid_padding",
            f"pads={pads!r} must be a (before, after) pair or a tuple of such pairs",
            value=pads,
        )
    items = list(pads)  # type: ignore[arg-type]
    nested = all(is_sequence(item) for item in items)
    pairs = (
        tuple(_explicit_pair(item, pads) for item in items)
        if nested
        else (_explicit_pair(items, pads),)
    )
    array = to_array("x", x, range(len(pairs), 33), expected=f"≥{len(pairs)}")
    spatial = array.shape[array.ndim - len(pairs) :]
    check_pads_fit(spatial, pairs, mode)
    padded_shape = [n + before + after for n, (before, after) in zip(spatial, pairs, strict=True)]
    check_size(
        "pads", f"pads={pads!r}", (*array.shape[: -len(pairs)], *padded_shape), "a padded array"
    )
    return pad_unchecked(array, pairs, mode)
