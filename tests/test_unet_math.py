"""Unit tests of convcore.unet (shape arithmetic, forward pass) and convcore.training."""

from __future__ import annotations

import itertools
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

import convcore as cc
from convcore.training import (
    MODELS,
    average_pool2,
    bilinear_baseline,
    loss_and_gradient,
    predict,
    psnr,
    start_training,
    training_pair,
)
from convcore.unet import (
    CONV_MODES,
    DOWN_MODES,
    KERNEL_NAMES,
    KERNEL_SIZES,
    SKIP_MODES,
    UPSAMPLE_MODES,
    checkerboard_example,
    distinct_phase_sums,
    flatness,
    has_unequal_phases,
    interior_count_range,
    named_kernel_1d,
    normalize_upsample_kernel,
    original_unet_plan,
    phase_sums_equal,
    plan_unet,
    size_multiple,
    smallest_fitting_size,
    transposed_upsample_kernel,
    unet_forward,
    upsample_by_method,
)

try:
    import torch
    import torch.nn.functional as F
except ImportError:  # torch is optional; the comparisons against it skip without it
    torch = F = None

needs_torch = pytest.mark.skipif(torch is None, reason="torch is not installed (optional)")

ROOT = Path(__file__).resolve().parent.parent


def smooth_image(size: int = 96, seed: int = 0) -> np.ndarray:
    """A smooth random picture in [0, 1] (blurred noise), so upsampling has structure."""
    rng = np.random.default_rng(seed)
    noise = rng.random((size + 8, size + 8))
    blurred = np.zeros((size, size))
    for dy, dx in itertools.product(range(9), range(9)):
        blurred += noise[dy : dy + size, dx : dx + size]
    blurred /= 81
    return (blurred - blurred.min()) / (blurred.max() - blurred.min())


# --- Original U-Net reference -------------------------------------------------------


def test_original_unet_output_is_388():
    plan = original_unet_plan()
    assert plan.input_size == 572
    assert plan.output_size == 388
    assert plan.problem is None


def test_original_unet_crops_per_side():
    plan = original_unet_plan()
    # Level 0 first: 568 - 392 = 176, 280 - 200 = 80, 136 - 104 = 32, 64 - 56 = 8.
    assert [level.crop for level in plan.levels] == [(88, 88), (40, 40), (16, 16), (4, 4)]


def test_original_unet_level_sizes():
    plan = original_unet_plan()
    # Hand-worked from Ronneberger et al. (2015), Fig. 1.
    assert [level.encoder_out for level in plan.levels] == [568, 280, 136, 64]
    assert [level.down_out for level in plan.levels] == [284, 140, 68, 32]
    assert plan.bottleneck_out == 28
    assert [level.up_out for level in plan.levels] == [392, 200, 104, 56]
    assert [level.decoder_out for level in plan.levels] == [388, 196, 100, 52]


def test_original_unet_channels():
    plan = original_unet_plan()
    assert [level.channels for level in plan.levels] == [64, 128, 256, 512]
    assert plan.bottleneck_channels == 1024


# --- Shape arithmetic --------------------------------------------------------------


@pytest.mark.parametrize("kernel_size", KERNEL_SIZES)
@pytest.mark.parametrize("down", DOWN_MODES)
@pytest.mark.parametrize("upsample", UPSAMPLE_MODES)
def test_same_sizes_halve_when_divisible(kernel_size, down, upsample):
    plan = plan_unet(128, depth=4, kernel_size=kernel_size, down=down, upsample=upsample)
    assert plan.problem is None
    assert [level.encoder_out for level in plan.levels] == [128, 64, 32, 16]
    assert plan.bottleneck_out == 8
    assert plan.output_size == 128


def test_65_with_four_levels_breaks_concatenation():
    plan = plan_unet(65, depth=4, kernel_size=2, down="maxpool")
    assert plan.problem is not None
    assert plan.problem.code == "mismatch"
    # 65 -> 32 -> 16 -> 8 -> 4; coming back, 32 -> 64 meets the 65-pixel encoder map.
    assert (plan.problem.level, plan.problem.encoder, plan.problem.upsampled) == (0, 65, 64)


def test_101_with_four_levels_breaks_concatenation():
    plan = plan_unet(101, depth=4, kernel_size=4, down="stride")
    # 101 -> 50 -> 25 -> 12 -> 6; coming back 12 -> 24 meets 25.
    assert (plan.problem.level, plan.problem.encoder, plan.problem.upsampled) == (2, 25, 24)


def test_stride_conv_k3_rounds_up():
    plan = plan_unet(65, depth=4, kernel_size=3, down="stride")
    # ceil halving: 65 -> 33 -> 17 -> 9 -> 5; 5 -> 10 meets 9.
    assert [level.down_out for level in plan.levels] == [33, 17, 9, 5]
    assert (plan.problem.level, plan.problem.encoder, plan.problem.upsampled) == (3, 9, 10)


def test_skip_off_runs_with_mismatch():
    plan = plan_unet(65, depth=4, kernel_size=2, down="maxpool", skip="off")
    assert plan.problem is None
    assert plan.output_size == 64


def test_pad_fix_pads_to_multiple():
    plan = plan_unet(65, depth=4, kernel_size=2, down="maxpool", fix="pad")
    assert plan.padded_size == 80
    assert plan.problem is None
    assert plan.output_size == 80


def test_output_padding_fix_for_odd_sizes():
    plan = plan_unet(65, depth=4, kernel_size=2, down="maxpool", fix="outpad")
    assert plan.problem is None
    assert plan.output_size == 65
    assert plan.levels[0].output_padding == 1


def test_output_padding_cannot_fix_other_upsamplers():
    plan = plan_unet(65, depth=4, kernel_size=2, down="maxpool", upsample="nearest", fix="outpad")
    assert plan.problem is not None


def test_smallest_fitting_size_same():
    for size, expected in ((65, 80), (101, 112), (64, 64)):
        fitted = smallest_fitting_size(
            size, depth=4, kernel_size=2, down="maxpool", upsample="transposed", conv="same"
        )
        assert fitted == expected, size


def test_smallest_fitting_size_valid_gives_even_crops():
    fitted = smallest_fitting_size(
        560, depth=4, kernel_size=2, down="maxpool", upsample="transposed", conv="valid"
    )
    # Valid sizes with even crops are 572 - 16 m (n = 16 m + 124); 572 is the next one.
    assert fitted == 572


def test_valid_too_small_is_reported():
    plan = plan_unet(40, depth=4, kernel_size=2, down="maxpool", conv="valid")
    assert plan.problem is not None
    assert plan.problem.code == "too_small"


def test_valid_larger_upsampled_map_is_mismatch():
    # Transposed k=4 without padding gives 2n + 2, larger than the cropped map allows.
    plan = plan_unet(36, depth=2, kernel_size=4, down="stride", conv="valid")
    assert plan.problem is not None
    assert plan.problem.code in ("mismatch", "too_small")


# --- Forward pass -----------------------------------------------------------------


@pytest.mark.parametrize("upsample", UPSAMPLE_MODES)
@pytest.mark.parametrize("conv", CONV_MODES)
@pytest.mark.parametrize("skip", SKIP_MODES)
def test_forward_shapes_equal_plan(upsample, conv, skip):
    image = smooth_image(92)
    for kernel_size, down, weights in itertools.product(
        KERNEL_SIZES, DOWN_MODES, ("fixed", "random")
    ):
        result = unet_forward(
            image,
            depth=2,
            kernel_size=kernel_size,
            down=down,
            upsample=upsample,
            conv=conv,
            skip=skip,
            weights=weights,
        )
        plan = result.plan
        assert [m.shape[0] for m in result.encoder] == [lv.encoder_out for lv in plan.levels]
        if plan.problem is None:
            assert result.output.shape == (plan.output_size, plan.output_size)
            decoder_sizes = [lv.decoder_out for lv in reversed(plan.levels)]
            assert [m.shape[0] for m in result.decoder] == decoder_sizes


def test_fixed_unet_keeps_constant_image_flat():
    image = np.full((128, 128), 0.5)
    for kernel_size in KERNEL_SIZES:
        result = unet_forward(
            image, depth=2, kernel_size=kernel_size, down="stride", upsample="transposed"
        )
        # Zero padding darkens the borders of every map; the centre must stay at 0.5.
        assert np.allclose(result.output[40:-40, 40:-40], 0.5), kernel_size


@needs_torch
def test_stride_down_matches_torch():
    image = smooth_image(64)
    result = unet_forward(image, depth=1, kernel_size=3, down="stride", skip="off")
    block = torch.tensor(np.outer([1, 6, 1], [1, 6, 1]) / 64.0)[None, None]
    blur = torch.tensor(np.outer([1, 2, 1], [1, 2, 1]) / 16.0)[None, None]
    x = torch.tensor(image)[None, None]
    encoder = F.conv2d(F.conv2d(x, block, padding=1), block, padding=1)
    down = F.conv2d(encoder, blur, stride=2, padding=1)
    assert np.allclose(result.encoder[0], encoder[0, 0].numpy())
    bottleneck = F.conv2d(F.conv2d(down, block, padding=1), block, padding=1)
    assert np.allclose(result.bottleneck, bottleneck[0, 0].numpy())


@needs_torch
def test_transposed_up_matches_torch():
    x = smooth_image(16)
    kernel = transposed_upsample_kernel("ramp", 3)
    ours = upsample_by_method(x, "transposed", 3, "ramp")
    theirs = F.conv_transpose2d(
        torch.tensor(x)[None, None],
        torch.tensor(kernel)[None, None],
        stride=2,
        padding=1,
        output_padding=1,
    )
    assert np.allclose(ours, theirs[0, 0].numpy())


@needs_torch
def test_pixel_shuffle_icnr_equals_conv_then_nearest():
    x = smooth_image(16)
    shuffled = upsample_by_method(x, "pixel_shuffle", 3, "ones")
    # Four equal sub-kernels: every output phase gets the same small-grid convolution.
    small = F.conv2d(
        torch.tensor(x)[None, None],
        torch.full((1, 1, 3, 3), 1.0 / 9, dtype=torch.float64),
        padding=1,
    )
    expected = np.repeat(np.repeat(small[0, 0].numpy(), 2, axis=0), 2, axis=1)
    assert np.allclose(shuffled, expected)
    assert flatness(upsample_by_method(np.ones((12, 12)), "pixel_shuffle", 3, "ones"), 2) < 1e-12


# --- Checkerboard -------------------------------------------------------------------


def test_overlap_counts_k3_s2():
    assert cc.overlap_counts(4, 3, stride=2).tolist() == [1, 1, 2, 1, 2, 1, 2, 1, 1]
    counts = cc.overlap_counts((6, 6), (3, 3), stride=2)
    interior = counts[2:-2, 2:-2]
    assert interior.max() == 4
    assert interior.min() == 1


def test_overlap_counts_k4_s2():
    assert cc.overlap_counts(4, 4, stride=2).tolist() == [1, 1, 2, 2, 2, 2, 2, 2, 1, 1]
    counts = cc.overlap_counts((6, 6), (4, 4), stride=2)
    assert np.all(counts[2:-2, 2:-2] == 4)


def test_overlap_counts_k2_s2():
    assert cc.overlap_counts(4, 2, stride=2).tolist() == [1] * 8
    assert np.all(cc.overlap_counts((5, 5), (2, 2), stride=2) == 1)


def test_ramp_k4_s2_still_stripes():
    out = cc.conv_transpose1d(np.ones(8), [1.0, 2.0, 3.0, 4.0], stride=2)
    # Even positions get taps 0 and 2 (1 + 3), odd ones taps 1 and 3 (2 + 4).
    assert out[2:-2].tolist() == [4.0, 6.0] * 7
    assert cc.phase_sums([1.0, 2.0, 3.0, 4.0], 2).tolist() == [4.0, 6.0]


def test_bilinear_k3_s2_is_flat():
    out = cc.conv_transpose1d(np.ones(8), [0.5, 1.0, 0.5], stride=2)
    assert np.allclose(out[1:-1], 1.0)


@pytest.mark.parametrize("kernel_size", KERNEL_SIZES)
def test_bilinear_kernel_phase_sums_equal(kernel_size):
    row = named_kernel_1d("bilinear", kernel_size)
    sums = cc.phase_sums(row, 2)
    assert sums[0] == pytest.approx(sums[1])


def test_named_bilinear_values():
    assert named_kernel_1d("bilinear", 3).tolist() == [0.5, 1.0, 0.5]
    assert named_kernel_1d("bilinear", 4).tolist() == [0.25, 0.75, 0.75, 0.25]


def test_flatness_of_constant_and_checkerboard():
    assert flatness(np.full((6, 6), 2.0), 1) == 0.0
    board = np.indices((6, 6)).sum(axis=0) % 2 + 1.0
    assert flatness(board, 1) == pytest.approx(1.0 / 1.5)


# --- Training -----------------------------------------------------------------------


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize("kernel_size", KERNEL_SIZES)
def test_gradient_matches_finite_differences(model, kernel_size):
    pair = training_pair(smooth_image(32))
    kernel = np.random.default_rng(kernel_size).normal(size=(kernel_size, kernel_size))
    _, gradient = loss_and_gradient(model, pair.low, pair.target, kernel)
    step = 1e-6
    numeric = np.zeros_like(kernel)
    for index in np.ndindex(kernel.shape):
        offset = np.zeros_like(kernel)
        offset[index] = step
        upper = loss_and_gradient(model, pair.low, pair.target, kernel + offset)[0]
        lower = loss_and_gradient(model, pair.low, pair.target, kernel - offset)[0]
        numeric[index] = (upper - lower) / (2 * step)
    assert np.allclose(gradient, numeric, rtol=1e-5, atol=1e-9)


@needs_torch
@pytest.mark.parametrize("model", MODELS)
def test_gradient_matches_torch_autograd(model):
    pair = training_pair(smooth_image(32))
    kernel = np.random.default_rng(7).normal(size=(4, 4))
    _, gradient = loss_and_gradient(model, pair.low, pair.target, kernel)
    weight = torch.tensor(kernel, requires_grad=True)
    low = torch.tensor(pair.low)[None, None]
    if model == "transposed":
        out = F.conv_transpose2d(low, weight[None, None], stride=2, padding=1)
    else:
        resized = F.interpolate(low, scale_factor=2, mode="nearest")
        out = F.conv2d(F.pad(resized, (1, 2, 1, 2)), weight[None, None])
    loss = ((out[0, 0] - torch.tensor(pair.target)) ** 2).mean()
    loss.backward()
    assert np.allclose(gradient, weight.grad.numpy())


def test_prediction_doubles_size():
    pair = training_pair(smooth_image(40))
    for model, kernel_size in itertools.product(MODELS, KERNEL_SIZES):
        out = predict(model, pair.low, np.ones((kernel_size, kernel_size)))
        assert out.shape == pair.target.shape


def test_training_lowers_loss():
    run = start_training(smooth_image(80), kernel_size=4, steps=300)
    run.advance(300)
    for model in MODELS:
        assert run.final_loss(model) < 0.1 * run.losses[model][0], model


def test_learned_transposed_kernel_beats_bilinear():
    photo = Image.open(ROOT / "assets" / "images" / "camera.png").convert("L")
    run = start_training(np.asarray(photo, dtype=np.float64) / 255, kernel_size=4, steps=400)
    run.advance(400)
    pair = run.pair
    learned = psnr(predict("transposed", pair.low, run.states["transposed"].kernel), pair.target)
    assert learned > psnr(bilinear_baseline(pair.low), pair.target)


def test_advance_stops_at_total():
    run = start_training(smooth_image(40), kernel_size=2, steps=25)
    run.advance(10)
    assert run.step == 10
    assert not run.done
    run.advance(100)
    assert run.step == 25
    assert run.done
    assert len(run.losses["transposed"]) == 25


def test_training_pair_crop_and_pool():
    image = np.arange(100.0 * 100).reshape(100, 100)
    pair = training_pair(image, 64)
    assert pair.target.shape == (64, 64)
    assert pair.target[0, 0] == image[18, 18]
    assert pair.low.shape == (32, 32)
    assert pair.low[0, 0] == pytest.approx(image[18:20, 18:20].mean())
    assert np.allclose(average_pool2(np.ones((4, 4))), np.ones((2, 2)))


def test_psnr_hand_values():
    target = np.zeros((4, 4))
    assert psnr(target + 0.1, target) == pytest.approx(20.0)
    assert psnr(target, target) == float("inf")


# --- Checkerboard example kernel ------------------------------------------------------


def phase_sums_oracle(row: np.ndarray) -> np.ndarray:
    """2-D stride-2 phase sums of the outer product of ``row``, by slicing."""
    kernel = np.outer(row, row)
    return np.array([[kernel[p::2, q::2].sum() for q in range(2)] for p in range(2)])


@pytest.mark.parametrize(
    ("row", "unequal"),
    [
        ([1, 1, 1], True),  # phases 2 and 1
        ([1, 1], False),
        ([1, 1, 1, 1], False),
        ([0.5, 1, 0.5], False),
        ([1, 2, 3, 4], True),  # phases 4 and 6
        ([1, 2], True),
    ],
)
def test_phase_oracle_agrees_with_hand_values(row, unequal):
    sums = phase_sums_oracle(np.array(row, dtype=float))
    assert (np.ptp(sums) > 1e-12) == unequal


@pytest.mark.parametrize("name", KERNEL_NAMES)
@pytest.mark.parametrize("kernel_size", KERNEL_SIZES)
def test_unequal_phases_match_oracle(name, kernel_size):
    sums = phase_sums_oracle(named_kernel_1d(name, kernel_size))
    assert has_unequal_phases(name, kernel_size) == bool(np.ptp(sums) > 1e-9 * sums.max())


def test_checkerboard_example_keeps_uneven_kernel():
    assert checkerboard_example("ramp", 4) == ("ramp", 4)
    assert checkerboard_example("ones", 3) == ("ones", 3)


@pytest.mark.parametrize(("name", "kernel_size"), [("bilinear", 3), ("ones", 4), ("ones", 2)])
def test_checkerboard_example_replaces_flat_kernel(name, kernel_size):
    example = checkerboard_example(name, kernel_size)
    assert example == ("ones", 3)
    constant = upsample_by_method(np.ones((12, 12)), "transposed", 3, "ones")
    assert flatness(constant, 6) > 0.5


# --- Small arithmetic of the U-Net page ---------------------------------------------


@pytest.mark.parametrize(("depth", "multiple"), [(1, 2), (3, 8), (4, 16)])
def test_size_multiple_is_power_of_two(depth, multiple):
    assert size_multiple(depth) == multiple


def test_interior_count_range_cuts_margin():
    counts = np.full((7, 7), 9)
    counts[1:-1, 1:-1] = 2
    counts[3, 3] = 6
    assert interior_count_range(counts, 1) == (2, 6, 3.0)


def test_interior_count_range_small_array_uses_all():
    counts = np.array([[1, 2], [2, 4]])
    assert interior_count_range(counts, 1) == (1, 4, 4.0)


def test_interior_count_range_zero_min_ratio():
    counts = np.array([[0, 3], [3, 3]])
    assert interior_count_range(counts, 2) == (0, 3, 3.0)


def test_interior_count_range_k3_s2_hand_values():
    # 1-D counts at stride 2 with k = 3 alternate 1 and 2, so 2-D products run 1 to 4.
    counts = cc.overlap_counts((6, 6), (3, 3), stride=2)
    assert interior_count_range(counts, 3) == (1, 4, 4.0)


def test_distinct_phase_sums_merges_rounding_error():
    sums = np.array([[0.1 + 0.2, 0.3], [1.0, 0.3]])
    assert distinct_phase_sums(sums).tolist() == [0.3, 1.0]


def test_phase_sums_equal_cases():
    assert phase_sums_equal(np.array([[1.0, 1.0], [1.0, 1.0 + 1e-12]]))
    assert not phase_sums_equal(np.array([[1.0, 1.0], [1.0, 1.5]]))


def test_normalize_upsample_kernel_sums_to_stride_squared():
    kernel = np.array([[1.0, 2.0], [3.0, 4.0]])
    scaled = normalize_upsample_kernel(kernel, 3)
    assert scaled.sum() == pytest.approx(9.0)
    np.testing.assert_allclose(scaled, kernel * 0.9)
