"""Vectorized correlation and scatter shared by the public functions.

The loops run over kernel taps only: each tap adds one strided slice of the
whole input (correlation) or into the whole output (scatter), so the Python
overhead is one numpy call per tap whatever the image size. Single-channel
correlation with larger kernels uses a window view with einsum, or the FFT.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

# Kernels with at most this many taps use one strided slice per tap; larger
# ones use a window view and einsum. Measured crossover on a 2-core Xeon
# (benchmarks/convcore_bench.py): 3×3 is faster by slices, 5×5 and up by einsum.
SLICE_MAX_TAPS = 9
# Stride-1 single-channel kernels with at least this many taps (16×16) use
# the FFT, which costs about the same for any kernel size (about 7 ms for a
# 512×512 image) where einsum grows with the taps (about 26 ms at 15×15).
# NOTE: the FFT result differs from the direct sum by rounding of order
# 1e-16 × sum(|x|) × max(|kernel|), so exact zeros come out as tiny values.
FFT_MIN_TAPS = 256


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

    if kernel.size <= SLICE_MAX_TAPS:
        return _correlate_by_slices(xp, kernel, stride, dilation, out_shape)
    if max(stride) == 1 and kernel.size >= FFT_MIN_TAPS:
        return _correlate_by_fft(xp, kernel, dilation, out_shape)
    return _correlate_by_windows(xp, kernel, stride, dilation, out_shape)


def _correlate_by_slices(
    xp: np.ndarray,
    kernel: np.ndarray,
    stride: Sequence[int],
    dilation: Sequence[int],
    out_shape: tuple[int, ...],
) -> np.ndarray:
    """Accumulate one strided slice of ``xp`` per kernel tap."""
    out = np.zeros(out_shape)
    product = np.empty(out_shape)
    for tap in np.ndindex(*kernel.shape):
        window = xp[_tap_slices(tap, out_shape, stride, dilation)]
        np.multiply(window, kernel[tap], out=product)
        out += product
    return out


def _correlate_by_windows(
    xp: np.ndarray,
    kernel: np.ndarray,
    stride: Sequence[int],
    dilation: Sequence[int],
    out_shape: tuple[int, ...],
) -> np.ndarray:
    """Contract a strided window view of ``xp`` with the kernel in one einsum.

    The view copies nothing. Measured on 512×512 images, this beats one pass
    over the whole image per tap once the kernel has more than 9 taps.
    """
    ndim = kernel.ndim
    spans = tuple(d * (k - 1) + 1 for k, d in zip(kernel.shape, dilation, strict=True))
    windows = np.lib.stride_tricks.sliding_window_view(xp, spans)
    selection = tuple(
        slice(None, (n - 1) * s + 1, s) for n, s in zip(out_shape, stride, strict=True)
    )
    windows = windows[(*selection, *(slice(None, None, d) for d in dilation))]
    letters = "abcdefgh"[: 2 * ndim]
    subscripts = f"{letters},{letters[ndim:]}->{letters[:ndim]}"
    return np.einsum(subscripts, windows, kernel)


def _fast_fft_length(n: int) -> int:
    """Smallest 2^a 3^b 5^c ≥ n, a length numpy's FFT handles quickly."""
    best = 2 * n
    power5 = 1
    while power5 < 2 * n:
        power35 = power5
        while power35 < 2 * n:
            length = power35
            while length < n:
                length *= 2
            best = min(best, length)
            power35 *= 3
        power5 *= 5
    return best


def _correlate_by_fft(
    xp: np.ndarray, kernel: np.ndarray, dilation: Sequence[int], out_shape: tuple[int, ...]
) -> np.ndarray:
    """Correlate at stride 1 through a circular FFT correlation.

    A circular correlation of length L ≥ the input length wraps only past
    the last valid output, so its first ``out_shape`` samples are exact up to
    rounding.
    """
    ndim = kernel.ndim
    dilated_shape = tuple(d * (k - 1) + 1 for k, d in zip(kernel.shape, dilation, strict=True))
    dilated = np.zeros(dilated_shape)
    dilated[tuple(slice(None, None, d) for d in dilation)] = kernel
    lengths = tuple(_fast_fft_length(n) for n in xp.shape)
    axes = tuple(range(ndim))
    spectrum = np.fft.rfftn(xp, lengths, axes) * np.conj(np.fft.rfftn(dilated, lengths, axes))
    full = np.fft.irfftn(spectrum, lengths, axes)
    return np.ascontiguousarray(full[tuple(slice(0, n) for n in out_shape)])


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
    """Sum ``weights`` times the window under each kernel tap, one value per tap.

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
