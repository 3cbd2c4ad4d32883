"""Vectorized correlation and scatter loops shared by the public functions.

Both loops run over kernel taps only: each tap adds one strided slice of the
whole input (correlation) or into the whole output (scatter), so the Python
overhead is one numpy call per tap whatever the image size.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np


def _tap_slices(
    tap: Sequence[int], count: Sequence[int], stride: Sequence[int], dilation: Sequence[int]
) -> tuple[slice, ...]:
    """Slices selecting ``count`` samples at ``tap * dilation + stride * i`` per axis."""
    return tuple(
        slice(t * d, t * d + s * (c - 1) + 1, s)
        for t, c, s, d in zip(tap, count, stride, dilation, strict=True)
    )


def correlate(
    xp: np.ndarray, kernel: np.ndarray, stride: Sequence[int], dilation: Sequence[int]
) -> np.ndarray:
    """Cross-correlate an already padded input with a kernel, no bounds checks.

    Single-channel: ``xp`` (*spatial) and ``kernel`` (*kernel_spatial) give
    (*out). Multi-channel: ``xp`` (C_in, *spatial) and ``kernel``
    (C_out, C_in, *kernel_spatial) give (C_out, *out).
    """
    ndim = len(stride)
    kernel_shape = kernel.shape[-ndim:]
    spatial = xp.shape[-ndim:]
    out_shape = tuple(
        (n - d * (k - 1) - 1) // s + 1
        for n, k, s, d in zip(spatial, kernel_shape, stride, dilation, strict=True)
    )
    multi_channel = kernel.ndim == ndim + 2

    if multi_channel:
        out = np.zeros((kernel.shape[0], *out_shape))
        channels_in = kernel.shape[1]
        for tap in np.ndindex(*kernel_shape):
            window = xp[(slice(None), *_tap_slices(tap, out_shape, stride, dilation))]
            weights = kernel[(slice(None), slice(None), *tap)]
            out += (weights @ window.reshape(channels_in, -1)).reshape(out.shape)
        return out

    out = np.zeros(out_shape)
    product = np.empty(out_shape)
    for tap in np.ndindex(*kernel_shape):
        window = xp[_tap_slices(tap, out_shape, stride, dilation)]
        np.multiply(window, kernel[tap], out=product)
        out += product
    return out


def scatter(
    x: np.ndarray,
    kernel: np.ndarray,
    stride: Sequence[int],
    dilation: Sequence[int],
    full_shape: Sequence[int],
) -> np.ndarray:
    """Add ``kernel[tap] * x[i]`` at ``i * stride + tap * dilation``, no bounds checks.

    This is the transposed convolution before cropping. ``full_shape`` (spatial)
    must be at least ``(n - 1) * stride + dilation * (k - 1) + 1`` per axis;
    samples beyond that stay zero. Single-channel: ``x`` (*spatial),
    ``kernel`` (*kernel_spatial). Multi-channel: ``x`` (C_in, *spatial),
    ``kernel`` (C_in, C_out, *kernel_spatial), result (C_out, *full_shape).
    """
    ndim = len(stride)
    kernel_shape = kernel.shape[-ndim:]
    spatial = x.shape[-ndim:]
    multi_channel = kernel.ndim == ndim + 2

    if multi_channel:
        channels_in, channels_out = kernel.shape[:2]
        out = np.zeros((channels_out, *full_shape))
        flat_x = x.reshape(channels_in, -1)
        for tap in np.ndindex(*kernel_shape):
            weights = kernel[(slice(None), slice(None), *tap)]
            contribution = (weights.T @ flat_x).reshape(channels_out, *spatial)
            out[(slice(None), *_tap_slices(tap, spatial, stride, dilation))] += contribution
        return out

    out = np.zeros(tuple(full_shape))
    product = np.empty(spatial)
    for tap in np.ndindex(*kernel_shape):
        np.multiply(x, kernel[tap], out=product)
        out[_tap_slices(tap, spatial, stride, dilation)] += product
    return out


def tap_sums(
    xp: np.ndarray,
    weights: np.ndarray,
    kernel_shape: Sequence[int],
    stride: Sequence[int],
    dilation: Sequence[int],
) -> np.ndarray:
    """Sum ``weights`` times the window each kernel tap sees, one value per tap.

    This is the kernel gradient of ``correlate``: ``xp`` is the padded input
    and ``weights`` the output gradient. Single-channel: ``xp`` (*spatial),
    ``weights`` (*out), result (*kernel_shape). Multi-channel: ``xp``
    (C_in, *spatial), ``weights`` (C_out, *out), result (C_out, C_in, *kernel_shape).
    """
    ndim = len(stride)
    out_shape = weights.shape[-ndim:]
    if weights.ndim == ndim:
        result = np.empty(tuple(kernel_shape))
        for tap in np.ndindex(*kernel_shape):
            result[tap] = np.vdot(xp[_tap_slices(tap, out_shape, stride, dilation)], weights)
        return result

    channels_out, channels_in = weights.shape[0], xp.shape[0]
    result = np.empty((channels_out, channels_in, *kernel_shape))
    flat_weights = weights.reshape(channels_out, -1)
    for tap in np.ndindex(*kernel_shape):
        window = xp[(slice(None), *_tap_slices(tap, out_shape, stride, dilation))]
        result[(slice(None), slice(None), *tap)] = flat_weights @ window.reshape(channels_in, -1).T
    return result


def max_over_taps(
    x: np.ndarray, window_shape: Sequence[int], stride: Sequence[int], out_shape: Sequence[int]
) -> np.ndarray:
    """Take the maximum over every window position of the trailing axes."""
    ones = (1,) * len(stride)
    result = None
    for tap in np.ndindex(*window_shape):
        window = x[(..., *_tap_slices(tap, out_shape, stride, ones))]
        result = window.copy() if result is None else np.maximum(result, window, out=result)
    return result
