"""A single-channel U-Net: shape arithmetic, crop sizes and a forward pass in numpy.

Every level of the encoder runs two 3 × 3 convolutions and then halves the size with a
stride-2 convolution or 2 × 2 max-pooling; every level of the decoder doubles the size
(transposed convolution, resize then convolution, or pixel shuffle), merges the
encoder map of the same level (skip connection) and runs two 3 × 3 convolutions. The
feature maps carry one channel so that each one can be shown as an image; the channel
counts of a real U-Net (a base width doubling per level) are shape arithmetic only.

With ``conv="valid"`` no convolution pads, so every 3 × 3 convolution removes one pixel
per side and the encoder maps must be cropped before they are merged. The original
U-Net (Ronneberger, Fischer and Brox, 2015, Fig. 1) is ``plan_unet(572, depth=4,
kernel_size=2, down="maxpool", upsample="transposed", conv="valid")``: output 388 × 388,
crops of 4, 16, 40 and 88 pixels per side.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

import convcore as cc

from .conv import conv2d
from .transpose import conv_transpose2d

__all__ = [
    "BLOCK_KERNEL_1D",
    "CHECKERBOARD_EXAMPLE",
    "CONV_MODES",
    "DOWN_MODES",
    "FIX_MODES",
    "KERNEL_NAMES",
    "KERNEL_SIZES",
    "SKIP_MODES",
    "UPSAMPLE_MODES",
    "LevelPlan",
    "PlanProblem",
    "UNetPlan",
    "UNetResult",
    "blur_kernel_1d",
    "checkerboard_example",
    "distinct_phase_sums",
    "flatness",
    "has_unequal_phases",
    "interior_count_range",
    "named_kernel_1d",
    "normalize_upsample_kernel",
    "original_unet_plan",
    "phase_sums_equal",
    "plan_unet",
    "size_multiple",
    "smallest_fitting_size",
    "transposed_upsample_kernel",
    "unet_forward",
    "upsample_by_method",
]

DOWN_MODES: tuple[str, ...] = ("stride", "maxpool")
UPSAMPLE_MODES: tuple[str, ...] = ("transposed", "nearest", "bilinear", "pixel_shuffle")
CONV_MODES: tuple[str, ...] = ("same", "valid")
SKIP_MODES: tuple[str, ...] = ("off", "add", "concat")
# "pad": pad the input up to the smallest size at which every merge fits.
# "outpad": give each transposed convolution the output_padding (0 or 1) that makes it
# match the encoder map; other upsamplers have no output_padding.
FIX_MODES: tuple[str, ...] = ("none", "pad", "outpad")
KERNEL_SIZES: tuple[int, ...] = (2, 3, 4)
KERNEL_NAMES: tuple[str, ...] = ("bilinear", "ones", "ramp", "random")

# Mild binomial smoothing used by the fixed 3 × 3 convolutions of every block.
BLOCK_KERNEL_1D = np.array([1.0, 6.0, 1.0]) / 8.0
# Two 3 × 3 convolutions per block, as in the original U-Net.
BLOCK_CONVS = 2
BLOCK_KERNEL_SIZE = 3
# Bound on the search of smallest_fitting_size, in pixels above the requested size.
_FIT_SEARCH_SPAN = 512


@dataclass(frozen=True)
class LevelPlan:
    """Sizes (square maps, pixels per side) and channels at one level of the U.

    Level 0 has the input resolution. ``encoder_out`` is the map the skip connection
    reads; ``crop`` is what is cut from it per side, (before, after), to match
    ``up_out``, the size the decoder brings up from the level below.
    """

    level: int
    channels: int
    encoder_in: int
    encoder_out: int
    down_out: int
    up_out: int = 0
    output_padding: int = 0
    crop: tuple[int, int] = (0, 0)
    decoder_out: int = 0


@dataclass(frozen=True)
class PlanProblem:
    """Why a U cannot be built: a map shrank below one pixel, or a merge does not fit.

    ``code`` is ``"too_small"`` (``size`` is the first size below 1) or ``"mismatch"``
    (``encoder`` and ``upsampled`` are the sizes that cannot be merged).
    """

    code: str
    level: int
    size: int = 0
    encoder: int = 0
    upsampled: int = 0


@dataclass(frozen=True)
class UNetPlan:
    """The shape arithmetic of a whole U, from the input size to the output size."""

    input_size: int
    padded_size: int
    depth: int
    base_width: int
    levels: tuple[LevelPlan, ...]
    bottleneck_in: int
    bottleneck_out: int
    output_size: int
    problem: PlanProblem | None = None

    @property
    def bottleneck_channels(self) -> int:
        """Channels at the bottom of the U: the base width doubled ``depth`` times."""
        return self.base_width * 2**self.depth


@dataclass
class UNetResult:
    """Feature maps of a forward pass (one channel each), keyed like the plan's levels."""

    plan: UNetPlan
    input: np.ndarray
    encoder: list[np.ndarray] = field(default_factory=list)
    bottleneck: np.ndarray | None = None
    upsampled: list[np.ndarray] = field(default_factory=list)
    decoder: list[np.ndarray] = field(default_factory=list)

    @property
    def output(self) -> np.ndarray:
        """The last decoder map (full resolution), or the bottleneck when depth is 0."""
        return self.decoder[-1] if self.decoder else self.bottleneck


def _check_choice(name: str, value: object, choices: Sequence[object]) -> None:
    if value not in choices:
        raise ValueError(f"{name}={value!r} is not one of {tuple(choices)}")


def _block_out(n: int, conv: str) -> int:
    """Size after a block of 3 × 3 convolutions ("same" keeps it, "valid" loses 2 each)."""
    return n if conv == "same" else n - BLOCK_CONVS * (BLOCK_KERNEL_SIZE - 1)


def _down_padding(kernel_size: int, conv: str) -> int:
    return (kernel_size - 1) // 2 if conv == "same" else 0


def _down_out(n: int, kernel_size: int, down: str, conv: str) -> int:
    if down == "maxpool":
        return n // 2
    padding = _down_padding(kernel_size, conv)
    return (n + 2 * padding - kernel_size) // 2 + 1


def _transposed_padding(kernel_size: int, conv: str) -> tuple[int, int]:
    """(padding, output_padding) that make a stride-2 transposed convolution give 2n.

    With ``conv="valid"`` nothing is cropped, so the output is ``2n + k - 2``.
    """
    if conv == "valid":
        return 0, 0
    padding = (kernel_size - 1) // 2
    return padding, 2 + 2 * padding - kernel_size


def _up_out(n: int, kernel_size: int, upsample: str, conv: str, extra: int = 0) -> int:
    if upsample == "transposed":
        padding, output_padding = _transposed_padding(kernel_size, conv)
        return (n - 1) * 2 - 2 * padding + kernel_size + output_padding + extra
    if upsample == "pixel_shuffle":
        return 2 * (n if conv == "same" else n - kernel_size + 1)
    return 2 * n if conv == "same" else 2 * n - kernel_size + 1


def plan_unet(
    size: int,
    *,
    depth: int,
    kernel_size: int,
    down: str = "stride",
    upsample: str = "transposed",
    conv: str = "same",
    skip: str = "concat",
    fix: str = "none",
    base_width: int = 64,
) -> UNetPlan:
    """Work out every map size, crop and channel count of a U without running it.

    Parameters
    ----------
    size : int
        Side of the square input, in pixels.
    depth : int
        Number of downsampling steps, at least 1.
    kernel_size : int
        Side of the stride-2 (transposed) convolution kernels, and of the convolution
        after a resize or before a pixel shuffle.
    down, upsample, conv, skip, fix : str
        One of ``DOWN_MODES``, ``UPSAMPLE_MODES``, ``CONV_MODES``, ``SKIP_MODES`` and
        ``FIX_MODES``.
    base_width : int, default 64
        Channels at level 0 of a real U-Net; level ``i`` has ``base_width * 2**i``.

    Returns
    -------
    UNetPlan
        ``problem`` is set when a map would shrink below one pixel or, with a skip
        connection, when an upsampled map is larger than the encoder map it is merged
        with ("valid") or differs from it ("same"). The plan stops at that point.

    Notes
    -----
    With ``conv="same"`` a stride-2 convolution with kernel 3 gives ``ceil(n / 2)``,
    kernels 2 and 4 and max-pooling give ``floor(n / 2)``, and every upsampler gives
    ``2n``; sizes divisible by ``2**depth`` therefore always fit. Constant time per
    level.

    Examples
    --------
    >>> plan = original_unet_plan()
    >>> plan.output_size, [level.crop[0] for level in plan.levels]
    (388, [88, 40, 16, 4])
    """
    _check_choice("down", down, DOWN_MODES)
    _check_choice("upsample", upsample, UPSAMPLE_MODES)
    _check_choice("conv", conv, CONV_MODES)
    _check_choice("skip", skip, SKIP_MODES)
    _check_choice("fix", fix, FIX_MODES)
    _check_choice("kernel_size", kernel_size, KERNEL_SIZES)
    if depth < 1 or size < 1 or base_width < 1:
        raise ValueError(f"depth={depth}, size={size} and base_width={base_width} must be >= 1")

    padded = size
    if fix == "pad" and skip != "off":
        fitting = smallest_fitting_size(
            size,
            depth=depth,
            kernel_size=kernel_size,
            down=down,
            upsample=upsample,
            conv=conv,
        )
        padded = fitting if fitting is not None else size
    return _plan(padded, size, depth, kernel_size, down, upsample, conv, skip, fix, base_width)


def _plan(
    padded: int,
    size: int,
    depth: int,
    kernel_size: int,
    down: str,
    upsample: str,
    conv: str,
    skip: str,
    fix: str,
    base_width: int,
) -> UNetPlan:
    encoder: list[LevelPlan] = []
    n = padded

    def stopped(
        problem: PlanProblem, levels: Sequence[LevelPlan], bottom_in: int = 0, bottom_out: int = 0
    ) -> UNetPlan:
        return UNetPlan(
            padded_size=padded,
            input_size=size,
            depth=depth,
            base_width=base_width,
            levels=tuple(levels),
            bottleneck_in=bottom_in,
            bottleneck_out=bottom_out,
            output_size=0,
            problem=problem,
        )

    for level in range(depth):
        block = _block_out(n, conv)
        if block < 1:
            return stopped(PlanProblem("too_small", level, size=block), encoder)
        if down == "stride" and block + 2 * _down_padding(kernel_size, conv) < kernel_size:
            return stopped(PlanProblem("too_small", level, size=block), encoder)
        reduced = _down_out(block, kernel_size, down, conv)
        if reduced < 1:
            return stopped(PlanProblem("too_small", level, size=reduced), encoder)
        encoder.append(LevelPlan(level, base_width * 2**level, n, block, reduced))
        n = reduced

    bottleneck_in = n
    bottom = _block_out(n, conv)
    if bottom < 1:
        return stopped(PlanProblem("too_small", depth, size=bottom), encoder, bottleneck_in)

    decoded: dict[int, LevelPlan] = {}
    n = bottom
    for level in reversed(range(depth)):
        plan = encoder[level]
        if upsample != "transposed" and conv == "valid" and n < kernel_size:
            return stopped(
                PlanProblem("too_small", level, size=n),
                _merge_levels(encoder, decoded),
                bottleneck_in,
                bottom,
            )
        up = _up_out(n, kernel_size, upsample, conv)
        extra = 0
        if fix == "outpad" and upsample == "transposed" and skip != "off":
            base_output_padding = _transposed_padding(kernel_size, conv)[1]
            wanted = plan.encoder_out - up if conv == "same" else 0
            if wanted > 0 and base_output_padding + wanted < 2:
                extra = wanted
        up += extra
        crop = (0, 0)
        if skip != "off":
            difference = plan.encoder_out - up
            if difference < 0 or (conv == "same" and difference != 0):
                decoded[level] = LevelPlan(
                    level,
                    plan.channels,
                    plan.encoder_in,
                    plan.encoder_out,
                    plan.down_out,
                    up_out=up,
                    output_padding=_transposed_padding(kernel_size, conv)[1] + extra
                    if upsample == "transposed"
                    else 0,
                )
                problem = PlanProblem("mismatch", level, encoder=plan.encoder_out, upsampled=up)
                return stopped(problem, _merge_levels(encoder, decoded), bottleneck_in, bottom)
            crop = (difference // 2, difference - difference // 2)
        out = _block_out(up, conv)
        if out < 1:
            return stopped(
                PlanProblem("too_small", level, size=out),
                _merge_levels(encoder, decoded),
                bottleneck_in,
                bottom,
            )
        decoded[level] = LevelPlan(
            level,
            plan.channels,
            plan.encoder_in,
            plan.encoder_out,
            plan.down_out,
            up_out=up,
            output_padding=(_transposed_padding(kernel_size, conv)[1] + extra)
            if upsample == "transposed"
            else 0,
            crop=crop,
            decoder_out=out,
        )
        n = out

    return UNetPlan(
        input_size=size,
        padded_size=padded,
        depth=depth,
        base_width=base_width,
        levels=_merge_levels(encoder, decoded),
        bottleneck_in=bottleneck_in,
        bottleneck_out=bottom,
        output_size=n,
    )


def _merge_levels(encoder: list[LevelPlan], decoded: dict[int, LevelPlan]) -> tuple[LevelPlan, ...]:
    return tuple(decoded.get(level.level, level) for level in encoder)


def smallest_fitting_size(
    size: int,
    *,
    depth: int,
    kernel_size: int,
    down: str,
    upsample: str,
    conv: str,
) -> int | None:
    """Return the smallest input size >= ``size`` whose skip connections all fit.

    A size fits when :func:`plan_unet` with ``skip="concat"`` reports no problem and,
    with ``conv="valid"``, every crop is the same on both sides (an odd difference would
    shift the encoder map by half a pixel). Returns None when no size up to
    ``size + 512`` fits.
    """
    for candidate in range(max(size, 1), size + _FIT_SEARCH_SPAN + 1):
        plan = _plan(
            candidate, candidate, depth, kernel_size, down, upsample, conv, "concat", "none", 1
        )
        if plan.problem is None and all(level.crop[0] == level.crop[1] for level in plan.levels):
            return candidate
    return None


def original_unet_plan() -> UNetPlan:
    """Return the shape arithmetic of the original U-Net (572 × 572 in, 388 × 388 out).

    Four levels of 2 × 2 max-pooling, two valid 3 × 3 convolutions per level, 2 × 2
    up-convolutions (stride-2 transposed convolutions) and 64 channels at level 0.
    """
    return plan_unet(
        572,
        depth=4,
        kernel_size=2,
        down="maxpool",
        upsample="transposed",
        conv="valid",
        skip="concat",
        base_width=64,
    )


def blur_kernel_1d(kernel_size: int) -> np.ndarray:
    """Return the binomial smoothing kernel of length ``kernel_size``, summing to 1.

    ``[1, 1] / 2``, ``[1, 2, 1] / 4``, ``[1, 3, 3, 1] / 8``: the fixed kernel of the
    stride-2 (blur-and-subsample) convolutions and of the convolution after a resize.
    """
    row = np.array([1.0])
    for _ in range(kernel_size - 1):
        row = np.convolve(row, [1.0, 1.0])
    return row / row.sum()


def named_kernel_1d(name: str, kernel_size: int, seed: int = 0) -> np.ndarray:
    """Return a named 1-D kernel of length ``kernel_size`` (not normalized).

    ``"bilinear"`` is the linear-interpolation kernel of a stride-2 transposed
    convolution (``[1, 1]``, ``[0.5, 1, 0.5]``, ``[0.25, 0.75, 0.75, 0.25]``), whose two
    stride phases both sum to 1; ``"ones"`` is all ones; ``"ramp"`` is ``1, 2, …, k``;
    ``"random"`` draws uniform values in [0.2, 1) from ``seed``.
    """
    _check_choice("name", name, KERNEL_NAMES)
    if kernel_size < 1:
        raise ValueError(f"kernel_size={kernel_size} must be >= 1")
    if name == "bilinear":
        if kernel_size == 1:
            return np.array([1.0])
        if kernel_size % 2 == 1:
            half = (kernel_size - 1) / 2
            return 1.0 - np.abs(np.arange(kernel_size) - half) / (half + 1)
        centres = np.arange(kernel_size) - (kernel_size - 1) / 2
        return np.clip(1.0 - np.abs(centres) / (kernel_size / 2), 0.0, None)
    if name == "ones":
        return np.ones(kernel_size)
    if name == "ramp":
        return np.arange(1.0, kernel_size + 1.0)
    return np.random.default_rng(seed).uniform(0.2, 1.0, kernel_size)


def transposed_upsample_kernel(name: str, kernel_size: int, seed: int = 0) -> np.ndarray:
    """Return the 2-D kernel of a stride-2 upsampling transposed convolution.

    The outer product of :func:`named_kernel_1d` with itself, scaled so that the 1-D
    kernel sums to 2: the stride phases then average 1, and a kernel whose phases are
    equal keeps a constant image's brightness.
    """
    row = named_kernel_1d(name, kernel_size, seed)
    row = row * (2.0 / row.sum())
    return np.outer(row, row)


def flatness(values: np.ndarray, margin: int) -> float:
    """Return (max - min) / mean of the interior of ``values``, ``margin`` cut per side.

    A constant image that went through an upsampler without checkerboard artifacts has
    0 here; borders are cut because zero padding darkens them whatever the kernel.
    Returns 0 for an empty interior or a zero mean.
    """
    values = np.asarray(values, dtype=np.float64)
    if margin > 0:
        values = values[margin:-margin, margin:-margin]
    if values.size == 0:
        return 0.0
    mean = float(np.mean(values))
    if mean == 0:
        return 0.0
    return float((values.max() - values.min()) / abs(mean))


def has_unequal_phases(name: str, kernel_size: int, stride: int = 2, seed: int = 0) -> bool:
    """Return True when the stride phases of a named upsampling kernel sum differently.

    Such a transposed convolution turns a constant image into a checkerboard (or
    stripes). The kernel is :func:`transposed_upsample_kernel`'s 2-D outer product.

    Examples
    --------
    >>> has_unequal_phases("ones", 3), has_unequal_phases("bilinear", 3)
    (True, False)
    """
    sums = cc.phase_sums(transposed_upsample_kernel(name, kernel_size, seed), stride)
    return bool(np.ptp(sums) > 1e-9 * max(float(np.max(np.abs(sums))), 1.0))


# All ones with k = 3 at stride 2: the even phase gets two taps, the odd phase one,
# so a constant image comes out as a 2:1 checkerboard.
CHECKERBOARD_EXAMPLE: tuple[str, int] = ("ones", 3)


def checkerboard_example(name: str, kernel_size: int) -> tuple[str, int]:
    """Pick the kernel that shows the checkerboard problem at stride 2.

    Returns ``(name, kernel_size)`` when that kernel's stride phases are unequal, so
    the learner's own kernel shows the problem, and ``CHECKERBOARD_EXAMPLE`` otherwise.
    """
    if has_unequal_phases(name, kernel_size):
        return name, kernel_size
    return CHECKERBOARD_EXAMPLE


def size_multiple(depth: int) -> int:
    """Return ``2 ** depth``, the input size multiple that every level halves exactly.

    Examples
    --------
    >>> size_multiple(3)
    8
    """
    return 2**depth


def interior_count_range(counts: np.ndarray, margin: int) -> tuple[int, int, float]:
    """Return the min, max and max/min ratio of the overlap ``counts`` inside the border.

    ``counts`` is a square 2-D array such as :func:`convcore.overlap_counts` returns;
    ``margin`` rows and columns are cut per side, because fewer kernel taps reach the
    border. The whole array is used when it is not larger than ``2 * margin``. The
    ratio divides by ``max(min, 1)``, so a zero minimum does not divide by zero.

    Examples
    --------
    >>> interior_count_range(np.array([[1, 2], [2, 4]]), 3)
    (1, 4, 4.0)
    """
    counts = np.asarray(counts)
    if counts.shape[0] > 2 * margin:
        counts = counts[margin : -margin or None, margin : -margin or None]
    low, high = int(counts.min()), int(counts.max())
    return low, high, high / max(low, 1)


def distinct_phase_sums(sums: np.ndarray) -> np.ndarray:
    """Return the sorted distinct values of ``sums``, rounded to 9 decimals first.

    Rounding merges sums that differ only by floating-point error.
    """
    return np.unique(np.round(sums, 9))


def phase_sums_equal(sums: np.ndarray) -> bool:
    """Return True when all stride phase ``sums`` agree within an absolute 1e-9.

    Equal phase sums mean that a transposed convolution with that kernel turns a
    constant image into a constant interior, without a checkerboard.
    """
    return bool(np.ptp(sums) < 1e-9)


def normalize_upsample_kernel(kernel: np.ndarray, stride: int) -> np.ndarray:
    """Scale ``kernel`` to sum to ``stride ** 2``, so its stride phases average 1.

    A transposed convolution with the result keeps the mean brightness of an image.
    A kernel that sums to 0 gives infinities or NaN.
    """
    return kernel / (kernel.sum() / stride**2)


class _Weights:
    """Kernels of every layer: fixed named ones, or random ones drawn in a fixed order."""

    def __init__(self, random: bool, seed: int, up_kernel: str, kernel_size: int) -> None:
        self.random = random
        self.rng = np.random.default_rng(seed)
        self.up_kernel = up_kernel
        self.kernel_size = kernel_size

    def _draw(self, shape: tuple[int, ...]) -> np.ndarray:
        # He initialization with a positive mean, so that random maps keep some of the
        # picture's brightness instead of averaging to zero.
        fan_in = int(np.prod(shape[1:])) if len(shape) > 2 else int(np.prod(shape))
        return self.rng.normal(1.0 / fan_in, np.sqrt(2.0 / fan_in), size=shape)

    def block(self) -> np.ndarray:
        if self.random:
            return self._draw((BLOCK_KERNEL_SIZE, BLOCK_KERNEL_SIZE))
        return np.outer(BLOCK_KERNEL_1D, BLOCK_KERNEL_1D)

    def merge(self, channels: int, sources: int) -> np.ndarray:
        """First decoder convolution after merging ``sources`` maps: (1, channels, 3, 3).

        The fixed kernel averages the merged maps, so added and concatenated skip
        connections give the same picture.
        """
        if self.random:
            return self._draw((1, channels, BLOCK_KERNEL_SIZE, BLOCK_KERNEL_SIZE))
        single = np.outer(BLOCK_KERNEL_1D, BLOCK_KERNEL_1D) / sources
        return np.broadcast_to(single, (1, channels, *single.shape)).copy()

    def down(self) -> np.ndarray:
        if self.random:
            return self._draw((self.kernel_size, self.kernel_size))
        row = blur_kernel_1d(self.kernel_size)
        return np.outer(row, row)

    def transposed(self) -> np.ndarray:
        if self.random:
            return self._draw((self.kernel_size, self.kernel_size)) * 4.0
        return transposed_upsample_kernel(self.up_kernel, self.kernel_size)

    def resize_conv(self) -> np.ndarray:
        if self.random:
            return self._draw((self.kernel_size, self.kernel_size))
        kernel = transposed_upsample_kernel(self.up_kernel, self.kernel_size)
        return kernel / kernel.sum()

    def sub_pixel(self) -> np.ndarray:
        """Kernel (4, 1, k, k) of the convolution before a 2× pixel shuffle.

        The fixed kernel repeats one normalized kernel four times (ICNR initialization),
        which equals a convolution on the small grid followed by a nearest resize.
        """
        if self.random:
            return self._draw((4, 1, self.kernel_size, self.kernel_size))
        return np.broadcast_to(self.resize_conv(), (4, 1, self.kernel_size, self.kernel_size))


def _conv_block(x: np.ndarray, weights: _Weights, conv: str) -> np.ndarray:
    padding = 1 if conv == "same" else 0
    for _ in range(BLOCK_CONVS):
        x = conv2d(x, weights.block(), padding=padding)
    return x


def _center_crop(x: np.ndarray, crop: tuple[int, int]) -> np.ndarray:
    before, after = crop
    return x[before : x.shape[0] - after, before : x.shape[1] - after]


def _upsample(
    x: np.ndarray, weights: _Weights, upsample: str, conv: str, output_padding: int
) -> np.ndarray:
    k = weights.kernel_size
    padding = "same" if conv == "same" else 0
    if upsample == "transposed":
        crop, _ = _transposed_padding(k, conv)
        return conv_transpose2d(
            x, weights.transposed(), stride=2, padding=crop, output_padding=output_padding
        )
    if upsample == "pixel_shuffle":
        channels = conv2d(x[None], weights.sub_pixel(), padding=padding)
        return cc.pixel_shuffle(channels, 2)[0]
    resize = cc.upsample_nearest if upsample == "nearest" else cc.upsample_bilinear
    resized = resize(x, 2)
    return conv2d(resized, weights.resize_conv(), padding=padding)


def upsample_by_method(
    x: np.ndarray, method: str, kernel_size: int, up_kernel: str = "bilinear"
) -> np.ndarray:
    """Upsample ``x`` 2× with one of ``UPSAMPLE_MODES`` and fixed weights, keeping 2n.

    ``up_kernel`` names the transposed-convolution kernel; the convolution after a
    resize and the four pixel-shuffle kernels use it normalized to sum 1.
    """
    _check_choice("method", method, UPSAMPLE_MODES)
    weights = _Weights(False, 0, up_kernel, kernel_size)
    output_padding = _transposed_padding(kernel_size, "same")[1]
    return _upsample(np.asarray(x, dtype=np.float64), weights, method, "same", output_padding)


def unet_forward(
    image: np.ndarray,
    *,
    depth: int,
    kernel_size: int,
    down: str = "stride",
    upsample: str = "transposed",
    conv: str = "same",
    skip: str = "concat",
    fix: str = "none",
    weights: str = "fixed",
    up_kernel: str = "bilinear",
    seed: int = 0,
) -> UNetResult:
    """Run a single-channel U-Net on a square image and keep every feature map.

    Parameters
    ----------
    image : ndarray of shape (n, n)
        The input; it is reflect-padded at the bottom and right when ``fix="pad"``
        needs a larger size.
    depth, kernel_size, down, upsample, conv, skip, fix
        As in :func:`plan_unet`.
    weights : {"fixed", "random"}
        Fixed named kernels (binomial blur down, ``up_kernel`` up) keep the maps
        recognizable; random ones (He initialization, drawn from ``seed``) show what an
        untrained network does.
    up_kernel : str
        One of ``KERNEL_NAMES``: the fixed upsampling kernel.

    Returns
    -------
    UNetResult
        The maps computed before the plan's problem, if it has one. Every array has the
        size the plan gives for it.

    Notes
    -----
    About ``4 * depth + 2`` small convolutions over maps that halve per level, so the
    cost is dominated by level 0: a few milliseconds for a 256 × 256 input.
    """
    image = np.asarray(image, dtype=np.float64)
    if image.ndim != 2 or image.shape[0] != image.shape[1]:
        raise ValueError(f"image must be square and 2-D, got shape {image.shape}")
    _check_choice("weights", weights, ("fixed", "random"))
    plan = plan_unet(
        image.shape[0],
        depth=depth,
        kernel_size=kernel_size,
        down=down,
        upsample=upsample,
        conv=conv,
        skip=skip,
        fix=fix,
        base_width=1,
    )
    extra = plan.padded_size - image.shape[0]
    if extra > 0:
        image = np.pad(
            image, ((0, extra), (0, extra)), mode="reflect" if extra < image.shape[0] else "edge"
        )
    result = UNetResult(plan=plan, input=image)
    kernels = _Weights(weights == "random", seed, up_kernel, kernel_size)

    x = image
    for _ in plan.levels:
        x = _conv_block(x, kernels, conv)
        result.encoder.append(x)
        if down == "maxpool":
            x = cc.max_pool2d(x, 2)
        else:
            x = conv2d(x, kernels.down(), stride=2, padding=_down_padding(kernel_size, conv))
    if len(plan.levels) < depth or plan.bottleneck_out < 1:
        return result

    x = _conv_block(x, kernels, conv)
    result.bottleneck = x
    for level in reversed(plan.levels):
        if level.up_out == 0:
            break
        up = _upsample(x, kernels, upsample, conv, level.output_padding)
        result.upsampled.append(up)
        if level.decoder_out == 0:
            break
        sources = 1 if skip == "off" else 2
        if skip == "off":
            merged = up[None]
        else:
            cropped = _center_crop(result.encoder[level.level], level.crop)
            merged = np.stack([up, cropped]) if skip == "concat" else (up + cropped)[None]
        x = conv2d(
            merged, kernels.merge(merged.shape[0], sources), padding=1 if conv == "same" else 0
        )[0]
        x = conv2d(x, kernels.block(), padding=1 if conv == "same" else 0)
        result.decoder.append(x)
    return result
