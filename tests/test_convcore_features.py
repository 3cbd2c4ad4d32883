"""Deconvolution, zero insertion, U-Net helpers and gradients of convcore."""

import doctest
import importlib
import subprocess
import sys

import numpy as np
import pytest
from scipy import signal

import convcore as cc

RNG = np.random.default_rng(99)

MODULES = [
    "convcore",
    "convcore.conv",
    "convcore.deconv",
    "convcore.errors",
    "convcore.fractional",
    "convcore.grad",
    "convcore.matrix",
    "convcore.padding",
    "convcore.sizes",
    "convcore.transpose",
    "convcore.upsample",
]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples_run(name):
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0


def test_package_imports_numpy_only():
    code = (
        "import sys, convcore\n"
        "banned = {'streamlit', 'altair', 'pandas', 'scipy', 'torch'}\n"
        "print(sorted(banned & {m.split('.')[0] for m in sys.modules}))\n"
    )
    output = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd="."
    ).stdout
    assert output.strip() == "[]"


# --- deconvolution -------------------------------------------------------------


def test_deconvolve_full_padding_recovers_input_2d():
    x, kernel = RNG.standard_normal((6, 5)), RNG.standard_normal((3, 2))
    y = cc.conv2d(x, kernel, padding="full")
    result = cc.deconvolve(y, kernel, x.shape, padding="full")
    np.testing.assert_allclose(result.x, x, atol=1e-8)


def test_deconvolve_reports_full_rank_and_small_residual():
    x, kernel = RNG.standard_normal(8), np.array([1.0, 0.5])
    y = cc.conv1d(x, kernel, padding="full")
    result = cc.deconvolve(y, kernel, 8, padding="full")
    assert result.rank == 8
    assert result.residual_norm < 1e-10


def test_deconvolve_condition_number_matches_numpy_cond():
    kernel = RNG.standard_normal((2, 2))
    result = cc.deconvolve(np.zeros((5, 5)), kernel, (4, 4), padding=1)
    expected = np.linalg.cond(cc.conv_matrix((4, 4), kernel, padding=1))
    np.testing.assert_allclose(result.condition_number, expected, rtol=1e-8)


def test_deconvolve_underdetermined_is_minimum_norm_solution():
    kernel, y = RNG.standard_normal((2, 2)), RNG.standard_normal((3, 3))
    result = cc.deconvolve(y, kernel, (4, 4))
    matrix = cc.conv_matrix((4, 4), kernel)
    expected = np.linalg.pinv(matrix) @ y.ravel()
    np.testing.assert_allclose(result.x.ravel(), expected, atol=1e-10)


def test_deconvolve_rank_of_stride2_problem():
    # 3 outputs from 7 inputs: rank 3, the solution reproduces y exactly.
    kernel = np.array([1.0, 2.0, 1.0])
    y = np.array([1.0, -2.0, 0.5])
    result = cc.deconvolve(y, kernel, 7, stride=2)
    assert result.rank == 3
    assert result.residual_norm < 1e-12


def test_deconvolve_tikhonov_matches_regularized_normal_equations():
    kernel, y = RNG.standard_normal(3), RNG.standard_normal(7)
    lam = 0.3
    result = cc.deconvolve(y, kernel, 5, padding="full", regularization=lam)
    matrix = cc.conv_matrix(5, kernel, padding="full")
    expected = np.linalg.solve(matrix.T @ matrix + lam * np.eye(5), matrix.T @ y)
    np.testing.assert_allclose(result.x, expected, atol=1e-10)


def test_deconvolve_tikhonov_shrinks_solution_norm():
    kernel, y = RNG.standard_normal(3), RNG.standard_normal(7)
    plain = cc.deconvolve(y, kernel, 5, padding="full")
    shrunk = cc.deconvolve(y, kernel, 5, padding="full", regularization=1.0)
    assert np.linalg.norm(shrunk.x) < np.linalg.norm(plain.x)


def test_deconv_result_is_frozen():
    result = cc.deconvolve([1.0, 3.0, 2.0], [1.0, 1.0], 2, padding="full")
    with pytest.raises(AttributeError):
        result.rank = 0


# --- zero insertion --------------------------------------------------------------


def test_zero_insertion_stride2_k3_by_hand():
    # Zeros between samples give [1, 0, 2]; pad d(k-1)-p = 2 on both sides.
    result = cc.zero_insertion_input([1.0, 2.0], 3, stride=2)
    np.testing.assert_array_equal(result, [0, 0, 1, 0, 2, 0, 0])


def test_zero_insertion_output_padding_adds_at_end():
    result = cc.zero_insertion_input([1.0, 2.0], 3, stride=2, padding=1, output_padding=1)
    np.testing.assert_array_equal(result, [0, 1, 0, 2, 0, 0])


def test_zero_insertion_large_padding_crops():
    # padding 3 > d(k-1) = 2: one sample is cut from each end of [1, 0, 2, 0, 3].
    result = cc.zero_insertion_input([1.0, 2.0, 3.0], 3, stride=2, padding=3)
    np.testing.assert_array_equal(result, [0, 2, 0])


def test_zero_insertion_2d_shape():
    result = cc.zero_insertion_input(np.ones((3, 4)), (3, 2), stride=(2, 3), padding=(1, 0))
    assert result.shape == (5 + 2, 10 + 2)


def test_zero_insertion_equals_transpose_multichannel_2d():
    x, kernel = RNG.standard_normal((2, 3, 4)), RNG.standard_normal((2, 3, 3, 2))
    options = {"stride": (2, 3), "padding": (1, 0), "output_padding": (1, 2), "dilation": (1, 2)}
    result = cc.conv_transpose_via_zero_insertion(x, kernel, **options)
    expected = cc.conv_transpose2d(x, kernel, **options)
    np.testing.assert_allclose(result, expected, rtol=1e-12, atol=1e-12)


# --- U-Net helpers -----------------------------------------------------------------


def test_upsample_nearest_2d_by_hand():
    result = cc.upsample_nearest([[1.0, 2.0]], 2)
    np.testing.assert_array_equal(result, [[1, 1, 2, 2], [1, 1, 2, 2]])


def test_upsample_bilinear_1d_by_hand():
    # Sources (i + 0.5) / 2 - 0.5 = -0.25 → 0, 0.25, 0.75, 1.25 → clamped 1.
    np.testing.assert_allclose(cc.upsample_bilinear([0.0, 4.0, 8.0], 2), [0, 1, 3, 5, 7, 8])


def test_upsample_bilinear_is_separable():
    x = RNG.standard_normal((3, 4))
    rows = np.stack([cc.upsample_bilinear(row, 2) for row in x])
    expected = np.stack([cc.upsample_bilinear(col, 2) for col in rows.T]).T
    np.testing.assert_allclose(cc.upsample_bilinear(x, 2), expected, rtol=1e-12)


def test_pixel_shuffle_by_hand():
    x = np.arange(8.0).reshape(8, 1, 1)
    result = cc.pixel_shuffle(x, 2)
    np.testing.assert_array_equal(result, [[[0, 1], [2, 3]], [[4, 5], [6, 7]]])


def test_max_pool2d_floor_mode_drops_partial_window():
    x = np.arange(25.0).reshape(5, 5)
    np.testing.assert_array_equal(cc.max_pool2d(x, 2), [[6, 8], [16, 18]])


def test_overlap_counts_k3_s2():
    np.testing.assert_array_equal(cc.overlap_counts(4, 3, stride=2), [1, 1, 2, 1, 2, 1, 2, 1, 1])


def test_overlap_counts_k4_s2_is_even_inside():
    np.testing.assert_array_equal(
        cc.overlap_counts(4, 4, stride=2, padding=1), [1, 2, 2, 2, 2, 2, 2, 1]
    )


def test_overlap_counts_k2_s2_is_flat():
    np.testing.assert_array_equal(cc.overlap_counts(3, 2, stride=2), [1, 1, 1, 1, 1, 1])


def test_overlap_counts_2d_is_outer_product():
    counts = cc.overlap_counts((2, 3), (3, 3), stride=2)
    expected = np.outer([1, 1, 2, 1, 1], [1, 1, 2, 1, 2, 1, 1])
    np.testing.assert_array_equal(counts, expected)


def test_overlap_counts_equal_transpose_of_ones():
    options = {"stride": (2, 3), "padding": (1, 2), "output_padding": (1, 0), "dilation": (2, 1)}
    counts = cc.overlap_counts((3, 4), (3, 4), **options)
    expected = cc.conv_transpose2d(np.ones((3, 4)), np.ones((3, 4)), **options)
    np.testing.assert_array_equal(counts, expected)


def test_phase_sums_k4_s2():
    np.testing.assert_array_equal(cc.phase_sums([1.0, 2.0, 3.0, 4.0], 2), [4.0, 6.0])


def test_phase_sums_2d():
    kernel = np.arange(1.0, 10.0).reshape(3, 3)
    expected = [[1 + 3 + 7 + 9, 2 + 8], [4 + 6, 5]]
    np.testing.assert_array_equal(cc.phase_sums(kernel, 2), expected)


def test_constant_input_shows_phase_sums_checkerboard_k4_s2():
    result = cc.conv_transpose1d(np.ones(6), [1.0, 2.0, 3.0, 4.0], stride=2, padding=1)
    np.testing.assert_array_equal(result[1:-1], [4, 6, 4, 6, 4, 6, 4, 6, 4, 6])


def test_constant_input_flat_for_k3_s2_half_kernel():
    result = cc.conv_transpose1d(np.ones(6), [0.5, 1.0, 0.5], stride=2, padding=1)
    np.testing.assert_array_equal(result, np.ones(11))


# --- gradients ----------------------------------------------------------------------


def numeric_gradient(function, point, step=1e-6):
    """Central finite differences of a scalar function."""
    gradient = np.zeros_like(point)
    for index in np.ndindex(*point.shape):
        shifted = point.copy()
        shifted[index] += step
        upper = function(shifted)
        shifted[index] -= 2 * step
        gradient[index] = (upper - function(shifted)) / (2 * step)
    return gradient


GRAD_CASES = [
    ((9,), (3,), {"stride": 2, "padding": 1}),
    ((8,), (2,), {"padding": "same", "dilation": 3}),
    ((6, 7), (3, 2), {"stride": (2, 1), "padding": ((1, 0), (2, 1)), "dilation": (1, 2)}),
    ((5, 5), (3, 3), {"stride": 2}),
]


@pytest.mark.parametrize(("xshape", "kshape", "options"), GRAD_CASES)
def test_conv_grad_input_matches_finite_differences(xshape, kshape, options):
    x, kernel = RNG.standard_normal(xshape), RNG.standard_normal(kshape)
    convolve = cc.conv1d if len(xshape) == 1 else cc.conv2d
    weights = RNG.standard_normal(convolve(x, kernel, **options).shape)
    expected = numeric_gradient(lambda v: np.sum(weights * convolve(v, kernel, **options)), x)
    result = cc.conv_grad_input(weights, kernel, xshape, **options)
    np.testing.assert_allclose(result, expected, atol=1e-7)


@pytest.mark.parametrize(("xshape", "kshape", "options"), GRAD_CASES)
def test_conv_grad_kernel_matches_finite_differences(xshape, kshape, options):
    x, kernel = RNG.standard_normal(xshape), RNG.standard_normal(kshape)
    convolve = cc.conv1d if len(xshape) == 1 else cc.conv2d
    weights = RNG.standard_normal(convolve(x, kernel, **options).shape)
    expected = numeric_gradient(lambda k: np.sum(weights * convolve(x, k, **options)), kernel)
    result = cc.conv_grad_kernel(x, weights, kshape, **options)
    np.testing.assert_allclose(result, expected, atol=1e-7)


def test_conv_grad_input_equals_transpose_with_output_padding():
    kernel, grad = RNG.standard_normal((3, 3)), RNG.standard_normal((4, 4))
    result = cc.conv_grad_input(grad, kernel, (8, 8), stride=2, padding=1)
    expected = cc.conv_transpose2d(grad, kernel, stride=2, padding=1, output_padding=1)
    np.testing.assert_allclose(result, expected, rtol=1e-12, atol=1e-12)


def test_conv_grad_kernel_is_correlation_with_dilated_gradient():
    x, grad = RNG.standard_normal(11), RNG.standard_normal(4)
    result = cc.conv_grad_kernel(x, grad, 3, stride=3, padding=1)
    dilated = np.zeros(10)
    dilated[::3] = grad
    # The 13-sample padded input leaves one sample beyond the last window, so
    # the valid correlation has one value more than the kernel has taps.
    expected = signal.correlate(np.pad(x, 1), dilated, "valid")[:3]
    np.testing.assert_allclose(result, expected, rtol=1e-12, atol=1e-12)


def test_conv_grad_multichannel_matches_finite_differences():
    x, kernel = RNG.standard_normal((2, 5, 4)), RNG.standard_normal((3, 2, 2, 2))
    weights = RNG.standard_normal(cc.conv2d(x, kernel, padding=1).shape)
    loss_of_kernel = lambda k: np.sum(weights * cc.conv2d(x, k, padding=1))  # noqa: E731
    loss_of_input = lambda v: np.sum(weights * cc.conv2d(v, kernel, padding=1))  # noqa: E731
    grad_kernel = cc.conv_grad_kernel(x, weights, kernel.shape, padding=1)
    grad_input = cc.conv_grad_input(weights, kernel, (5, 4), padding=1)
    np.testing.assert_allclose(grad_kernel, numeric_gradient(loss_of_kernel, kernel), atol=1e-7)
    np.testing.assert_allclose(grad_input, numeric_gradient(loss_of_input, x), atol=1e-7)
