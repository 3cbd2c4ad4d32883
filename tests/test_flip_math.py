"""convcore.continuous and convcore.kernels against closed forms, numpy and scipy."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays
from scipy.signal import convolve2d, correlate2d

from convcore.continuous import (
    PRESETS,
    integration_grid,
    is_divergent,
    moved_kernel,
    preset,
    sliding_integral,
    sliding_product,
)
from convcore.kernels import (
    KERNELS_1D,
    KERNELS_2D,
    commutation,
    correlation_and_convolution,
    flip_difference,
    flip_symmetry,
    impulse_response,
    listed_taps,
    neighbourhood,
    pixel_terms,
    reverse,
    step_edge_outputs,
    terms_1d,
)

XS = np.linspace(-3.0, 3.0, 121)
# A jump in a preset costs about one grid step (0.0025) of accuracy.
TOLERANCE = 0.01


def box_box(x):
    return np.maximum(0.0, 1.0 - np.abs(x))


def test_box_convolved_with_box_is_triangle():
    result = sliding_integral("box", "box", XS, flip=True)
    np.testing.assert_allclose(result, box_box(XS), atol=TOLERANCE)


def test_gaussians_convolve_to_wider_gaussian():
    sigma = 0.5
    # ∫ exp(-t²/2σ²) exp(-(x-t)²/2σ²) dt = sqrt(π) σ exp(-x²/4σ²)
    expected = math.sqrt(math.pi) * sigma * np.exp(-(XS**2) / (4 * sigma**2))
    result = sliding_integral("gaussian", "gaussian", XS, flip=True)
    np.testing.assert_allclose(result, expected, atol=1e-6)


def test_step_convolved_with_exponential():
    # ∫_0^x e^{-(x-t)} dt = 1 - e^{-x} for x ≥ 0
    expected = np.where(XS > 0, 1.0 - np.exp(-np.maximum(XS, 0.0)), 0.0)
    result = sliding_integral("step", "exponential", XS, flip=True)
    np.testing.assert_allclose(result, expected, atol=TOLERANCE)


def test_box_cross_correlated_with_ramp():
    # ∫ box(s) ramp(s - x) ds = ∫ over u in [0,1] ∩ [-1/2 - x, 1/2 - x] of u du
    low = np.clip(-0.5 - XS, 0.0, 1.0)
    high = np.clip(0.5 - XS, 0.0, 1.0)
    expected = (high**2 - low**2) / 2
    result = sliding_integral("box", "ramp", XS, flip=False)
    np.testing.assert_allclose(result, expected, atol=TOLERANCE)


def test_box_convolved_with_ramp_mirrors_correlation():
    convolution = sliding_integral("box", "ramp", XS, flip=True)
    correlation = sliding_integral("box", "ramp", XS, flip=False)
    # box is even, so box * g (x) = box ⋆ g (-x).
    np.testing.assert_allclose(convolution, correlation[::-1], atol=TOLERANCE)


@pytest.mark.parametrize("f_name", PRESETS)
@pytest.mark.parametrize("g_name", ["box", "triangle", "gaussian", "ramp"])
def test_curve_matches_discrete_numpy_convolution(f_name, g_name):
    step = 0.005
    grid = np.arange(-8.0, 8.0 + step / 2, step)
    f_values = preset(f_name, grid)
    g_values = preset(g_name, grid)
    full = np.convolve(f_values, g_values) * step
    full_axis = 2 * grid[0] + step * np.arange(full.size)
    expected = np.interp(XS, full_axis, full)
    result = sliding_integral(f_name, g_name, XS, flip=True)
    np.testing.assert_allclose(result, expected, atol=0.02)


@pytest.mark.parametrize("f_name", PRESETS)
@pytest.mark.parametrize("g_name", PRESETS)
@pytest.mark.parametrize("flip", [True, False])
def test_product_integral_matches_curve(f_name, g_name, flip):
    for x in (-1.5, 0.0, 0.8):
        value = sliding_product(f_name, g_name, x, flip=flip).value
        curve = sliding_integral(f_name, g_name, np.array([x]), flip=flip)[0]
        assert value == pytest.approx(curve, abs=1e-9)


def test_moved_kernel_reverses_only_with_flip():
    s = np.array([0.2, 0.7])
    np.testing.assert_allclose(moved_kernel("ramp", s, 1.0, flip=True), [0.8, 0.3])
    np.testing.assert_allclose(moved_kernel("ramp", s, -0.5, flip=False), [0.7, 0.0])


def test_presets_reject_unknown_name():
    with pytest.raises(ValueError, match="unknown preset"):
        preset("nope", np.zeros(2))


def test_grid_is_symmetric_and_uniform():
    grid = integration_grid(2.0, 0.5)
    np.testing.assert_allclose(grid, [-2.0, -1.5, -1.0, -0.5, 0.0, 0.5, 1.0, 1.5, 2.0])


def test_only_step_cross_correlation_diverges():
    assert is_divergent("step", "step", flip=False)
    assert not is_divergent("step", "step", flip=True)
    assert not is_divergent("step", "box", flip=False)


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("identity", "invariant"),
        ("box_blur", "invariant"),
        ("gaussian", "invariant"),
        ("laplacian", "invariant"),
        ("sharpen", "invariant"),
        ("sobel_x", "negated"),
        ("sobel_y", "negated"),
        ("prewitt_x", "negated"),
        ("emboss", "asymmetric"),
        ("motion_blur", "asymmetric"),
    ],
)
def test_flip_symmetry_of_presets(name, kind):
    assert flip_symmetry(KERNELS_2D[name]) == kind


def test_reverse_is_rot90_twice():
    kernel = np.arange(6.0).reshape(2, 3)
    np.testing.assert_array_equal(reverse(kernel), np.rot90(kernel, 2))


@pytest.mark.parametrize("name", list(KERNELS_2D))
def test_preset_kernels_match_scipy_on_image(name):
    rng = np.random.default_rng(1)
    image = rng.random((12, 10))
    kernel = KERNELS_2D[name]
    from convcore import conv2d

    pad = kernel.shape[0] // 2
    np.testing.assert_allclose(
        conv2d(image, kernel, padding=pad), correlate2d(image, kernel, mode="same")
    )
    np.testing.assert_allclose(
        conv2d(image, kernel, padding=pad, flip=True), convolve2d(image, kernel, mode="same")
    )


@pytest.mark.parametrize("name", list(KERNELS_1D))
@pytest.mark.parametrize("flip", [True, False])
def test_terms_sum_to_numpy_output(name, flip):
    signal = np.array([3.0, -1.0, 4.0, 1.0, -5.0, 9.0, 2.0, 6.0])
    kernel = KERNELS_1D[name]
    expected = (
        np.convolve(signal, kernel, mode="valid")
        if flip
        else np.correlate(signal, kernel, mode="valid")
    )
    for position in range(expected.size):
        _, _, products = terms_1d(signal, kernel, position, flip=flip)
        assert products.sum() == pytest.approx(expected[position])


def test_terms_read_kernel_backwards_with_flip():
    signal_index, kernel_index, products = terms_1d(
        np.array([1.0, 2.0, 3.0, 4.0]), np.array([10.0, 20.0]), 1, flip=True
    )
    np.testing.assert_array_equal(signal_index, [1, 2])
    np.testing.assert_array_equal(kernel_index, [1, 0])
    np.testing.assert_array_equal(products, [40.0, 30.0])


def test_terms_reject_position_outside_output():
    with pytest.raises(ValueError, match="outside"):
        terms_1d(np.zeros(4), np.zeros(3), 2, flip=False)


finite = st.floats(-10, 10, allow_nan=False, allow_infinity=False)


@settings(max_examples=40, deadline=None)
@given(
    arrays(np.float64, st.integers(1, 12), elements=finite),
    arrays(np.float64, st.integers(1, 6), elements=finite),
)
def test_commutation_against_numpy(f, g):
    result = commutation(f, g)
    np.testing.assert_allclose(result.conv_fg, np.convolve(f, g), atol=1e-9)
    np.testing.assert_allclose(result.conv_gf, np.convolve(g, f), atol=1e-9)
    np.testing.assert_allclose(result.corr_fg, np.correlate(f, g, mode="full"), atol=1e-9)
    assert result.conv_gap <= 1e-9 * (1 + np.abs(result.conv_fg).max())
    assert result.corr_reversed_gap <= 1e-9 * (1 + np.abs(result.corr_fg).max())


def test_cross_correlation_is_not_commutative():
    result = commutation(np.array([1.0, 2.0, 3.0]), np.array([1.0, 0.0]))
    np.testing.assert_allclose(result.corr_fg, [0.0, 1.0, 2.0, 3.0])
    np.testing.assert_allclose(result.corr_gf, [3.0, 2.0, 1.0, 0.0])
    assert result.corr_gap == 3.0


@pytest.mark.parametrize("name", list(KERNELS_2D))
def test_impulse_returns_kernel_or_its_rotation(name):
    kernel = KERNELS_2D[name]
    np.testing.assert_array_equal(impulse_response(kernel, flip=True), kernel)
    np.testing.assert_array_equal(impulse_response(kernel, flip=False), np.rot90(kernel, 2))


def test_impulse_1d_reverses_kernel():
    kernel = np.array([0.5, 0.3, 0.2])
    np.testing.assert_array_equal(impulse_response(kernel, flip=True), kernel)
    np.testing.assert_array_equal(impulse_response(kernel, flip=False), kernel[::-1])


def test_neighbourhood_pads_with_zeros():
    image = np.arange(16.0).reshape(4, 4)
    np.testing.assert_array_equal(
        neighbourhood(image, 0, 3, (3, 3)), [[0, 0, 0], [2, 3, 0], [6, 7, 0]]
    )


def test_neighbourhood_times_kernel_is_scipy_pixel():
    rng = np.random.default_rng(3)
    image = rng.random((9, 7))
    kernel = KERNELS_2D["emboss"]
    expected = correlate2d(image, kernel, mode="same")
    for row, col in [(0, 0), (4, 3), (8, 6)]:
        patch = neighbourhood(image, row, col, kernel.shape)
        assert (patch * kernel).sum() == pytest.approx(expected[row, col])


@pytest.mark.parametrize("name", ["emboss", "motion_blur"])
def test_correlation_and_convolution_match_scipy_same(name):
    rng = np.random.default_rng(4)
    image = rng.random((11, 8))
    kernel = KERNELS_2D[name]
    correlation, convolution = correlation_and_convolution(image, kernel)
    np.testing.assert_allclose(correlation, correlate2d(image, kernel, mode="same"))
    np.testing.assert_allclose(convolution, convolve2d(image, kernel, mode="same"))


def test_flip_difference_of_sobel_is_twice_correlation():
    rng = np.random.default_rng(5)
    image = rng.random((6, 6))
    kernel = KERNELS_2D["sobel_x"]
    correlation = correlate2d(image, kernel, mode="same")
    convolution = convolve2d(image, kernel, mode="same")
    difference, largest = flip_difference(correlation, convolution)
    np.testing.assert_allclose(difference, -2.0 * correlation)
    assert largest == pytest.approx(2.0 * np.abs(correlation).max())


def test_flip_difference_of_equal_results_is_zero():
    values = np.arange(6.0).reshape(2, 3)
    difference, largest = flip_difference(values, values.copy())
    assert largest == 0.0
    assert not difference.any()


@pytest.mark.parametrize("flip", [True, False])
def test_pixel_terms_sum_to_scipy_pixel(flip):
    rng = np.random.default_rng(6)
    image = rng.random((7, 9))
    kernel = KERNELS_2D["emboss"]
    expected = (convolve2d if flip else correlate2d)(image, kernel, mode="same")
    for row, col in [(0, 0), (3, 4), (6, 8)]:
        _, applied, products = pixel_terms(image, kernel, row, col, flip=flip)
        np.testing.assert_array_equal(applied, np.rot90(kernel, 2) if flip else kernel)
        assert products.sum() == pytest.approx(expected[row, col])


def test_listed_taps_lists_every_tap_of_small_kernel():
    kernel = KERNELS_2D["identity"]
    assert listed_taps(kernel) == [(r, c) for r in range(3) for c in range(3)]


def test_listed_taps_keeps_nonzero_taps_of_large_kernel():
    kernel = KERNELS_2D["motion_blur"]
    assert listed_taps(kernel) == [(0, 0), (1, 1), (2, 2)]


def test_step_edge_outputs_are_negatives():
    edge, correlation, convolution = step_edge_outputs()
    sobel = KERNELS_2D["sobel_x"]
    assert edge.shape == (6, 6)
    np.testing.assert_array_equal(edge[:, :3], 0.0)
    np.testing.assert_array_equal(edge[:, 3:], 1.0)
    np.testing.assert_allclose(correlation, correlate2d(edge, sobel, mode="valid"))
    np.testing.assert_allclose(convolution, convolve2d(edge, sobel, mode="valid"))
    np.testing.assert_allclose(convolution, -correlation)
