"""convcore convolutions against numpy/scipy oracles and hand-worked cases."""

import numpy as np
import pytest
from scipy import signal

import convcore as cc

RNG = np.random.default_rng(20240601)


def random(*shape):
    return RNG.standard_normal(shape)


# --- oracles: numpy and scipy ----------------------------------------------


@pytest.mark.parametrize(("n", "k"), [(1, 1), (5, 3), (8, 4), (3, 5), (10, 1)])
def test_conv1d_flip_full_equals_numpy_convolve(n, k):
    x, kernel = random(n), random(k)
    result = cc.conv1d(x, kernel, flip=True, padding="full")
    np.testing.assert_allclose(result, np.convolve(x, kernel, "full"), rtol=1e-12, atol=1e-12)


@pytest.mark.parametrize(("n", "k"), [(5, 3), (8, 8), (9, 2)])
def test_conv1d_valid_equals_numpy_correlate(n, k):
    x, kernel = random(n), random(k)
    result = cc.conv1d(x, kernel)
    np.testing.assert_allclose(result, np.correlate(x, kernel, "valid"), rtol=1e-12, atol=1e-12)


@pytest.mark.parametrize(
    ("shape", "kshape"), [((6, 7), (3, 3)), ((5, 9), (2, 4)), ((4, 4), (4, 4))]
)
def test_conv2d_flip_equals_scipy_convolve2d_valid(shape, kshape):
    x, kernel = random(*shape), random(*kshape)
    result = cc.conv2d(x, kernel, flip=True)
    expected = signal.convolve2d(x, kernel, "valid")
    np.testing.assert_allclose(result, expected, rtol=1e-12, atol=1e-12)


@pytest.mark.parametrize(("shape", "kshape"), [((6, 7), (3, 3)), ((5, 9), (2, 4))])
def test_conv2d_full_equals_scipy_correlate2d_full(shape, kshape):
    x, kernel = random(*shape), random(*kshape)
    result = cc.conv2d(x, kernel, padding="full")
    expected = signal.correlate2d(x, kernel, "full")
    np.testing.assert_allclose(result, expected, rtol=1e-12, atol=1e-12)


def test_conv2d_same_odd_kernel_equals_scipy_same():
    x, kernel = random(7, 8), random(3, 5)
    result = cc.conv2d(x, kernel, padding="same")
    expected = signal.correlate2d(x, kernel, "same")
    np.testing.assert_allclose(result, expected, rtol=1e-12, atol=1e-12)


def test_conv2d_stride_subsamples_stride_one_result():
    x, kernel = random(11, 10), random(3, 2)
    dense = cc.conv2d(x, kernel, padding=1)
    strided = cc.conv2d(x, kernel, padding=1, stride=(2, 3))
    np.testing.assert_allclose(strided, dense[::2, ::3], rtol=1e-12, atol=1e-12)


def test_conv2d_dilation_equals_kernel_with_inserted_zeros():
    x, kernel = random(9, 9), random(2, 3)
    dilated = np.zeros((3, 7))
    dilated[::2, ::3] = kernel
    result = cc.conv2d(x, kernel, dilation=(2, 3))
    np.testing.assert_allclose(result, signal.correlate2d(x, dilated, "valid"), atol=1e-12)


def test_conv2d_multichannel_sums_single_channel_results():
    x, kernel = random(3, 6, 5), random(2, 3, 2, 2)
    result = cc.conv2d(x, kernel, padding=1, stride=2)
    for out_channel in range(2):
        expected = sum(
            cc.conv2d(x[c], kernel[out_channel, c], padding=1, stride=2) for c in range(3)
        )
        np.testing.assert_allclose(result[out_channel], expected, rtol=1e-12, atol=1e-12)


def test_conv1d_multichannel_shape_is_out_channels_by_length():
    result = cc.conv1d(random(2, 10), random(4, 2, 3), stride=2)
    assert result.shape == (4, 4)


# --- hand-worked cases -------------------------------------------------------


def test_impulse_cross_correlation_returns_kernel_rotated():
    impulse = np.zeros((5, 5))
    impulse[2, 2] = 1.0
    kernel = np.arange(1.0, 10.0).reshape(3, 3)
    result = cc.conv2d(impulse, kernel, padding=1)
    np.testing.assert_array_equal(result[1:4, 1:4], kernel[::-1, ::-1])


def test_impulse_convolution_returns_kernel_unrotated():
    impulse = np.zeros((5, 5))
    impulse[2, 2] = 1.0
    kernel = np.arange(1.0, 10.0).reshape(3, 3)
    result = cc.conv2d(impulse, kernel, padding=1, flip=True)
    np.testing.assert_array_equal(result[1:4, 1:4], kernel)


def test_same_padding_even_kernel_puts_extra_zero_after():
    # Kernel of length 2: total pad 1 goes to the right, so output[i] = x[i] + 10 x[i+1].
    result = cc.conv1d([1.0, 2.0, 3.0], [1.0, 10.0], padding="same")
    np.testing.assert_array_equal(result, [21.0, 32.0, 3.0])


def test_same_padding_even_kernel_2d_shape_and_corner():
    x = np.arange(1.0, 10.0).reshape(3, 3)
    result = cc.conv2d(x, np.ones((2, 2)), padding="same")
    np.testing.assert_array_equal(
        result, [[12.0, 16.0, 9.0], [24.0, 28.0, 15.0], [15.0, 17.0, 9.0]]
    )


def test_reflect_padding_mirrors_without_edge():
    result = cc.conv1d([1.0, 2.0, 3.0, 4.0], [1.0], padding=2, padding_mode="reflect")
    np.testing.assert_array_equal(result, [3.0, 2.0, 1.0, 2.0, 3.0, 4.0, 3.0, 2.0])


def test_circular_padding_wraps_around():
    result = cc.conv1d([1.0, 2.0, 3.0], [1.0, 1.0, 1.0], padding=1, padding_mode="circular")
    np.testing.assert_array_equal(result, [6.0, 6.0, 6.0])


def test_replicate_padding_repeats_edge():
    result = cc.conv1d([1.0, 5.0], [1.0], padding=(2, 1), padding_mode="replicate")
    np.testing.assert_array_equal(result, [1.0, 1.0, 1.0, 5.0, 5.0])


def test_explicit_per_side_padding_2d():
    result = cc.conv2d(np.ones((2, 2)), [[1.0]], padding=((1, 0), (0, 2)))
    np.testing.assert_array_equal(result, [[0, 0, 0, 0], [1, 1, 0, 0], [1, 1, 0, 0]])


def test_conv1d_stride_and_dilation_by_hand():
    # Taps at offsets 0 and 2, outputs at 0, 2, 4: x = 0..6.
    result = cc.conv1d(np.arange(7.0), [1.0, 10.0], stride=2, dilation=2)
    np.testing.assert_array_equal(result, [20.0, 42.0, 64.0])


# --- transposed convolution --------------------------------------------------


def test_transpose1d_stride2_by_hand():
    result = cc.conv_transpose1d([1.0, 2.0], [1.0, 2.0, 3.0], stride=2)
    np.testing.assert_array_equal(result, [1.0, 2.0, 5.0, 4.0, 6.0])


def test_output_padding_cell_holds_kernel_contribution():
    # Full scatter is [1, 2, 5, 4, 6]; padding 1 crops to [2, 5, 4] and
    # output_padding 1 appends the tap value 6, not a zero.
    result = cc.conv_transpose1d([1.0, 2.0], [1.0, 2.0, 3.0], stride=2, padding=1, output_padding=1)
    np.testing.assert_array_equal(result, [2.0, 5.0, 4.0, 6.0])


def test_output_padding_beyond_every_tap_is_zero():
    result = cc.conv_transpose1d([1.0, 2.0], [1.0, 2.0], stride=3, output_padding=2)
    np.testing.assert_array_equal(result, [1.0, 2.0, 0.0, 2.0, 4.0, 0.0, 0.0])


def test_transpose_with_dilation_and_stride_by_hand():
    # x[i] * k[j] lands at 2 i + 2 j: positions 0, 2 | 2, 4 | 4, 6.
    result = cc.conv_transpose1d([1.0, 2.0, 3.0], [1.0, 10.0], stride=2, dilation=2)
    np.testing.assert_array_equal(result, [1.0, 0.0, 12.0, 0.0, 23.0, 0.0, 30.0])


def test_transpose2d_multichannel_layout_is_in_out():
    x = random(2, 3, 3)
    kernel = random(2, 4, 2, 2)  # (C_in, C_out, kh, kw)
    result = cc.conv_transpose2d(x, kernel, stride=2)
    assert result.shape == (4, 6, 6)
    expected = sum(cc.conv_transpose2d(x[c], kernel[c, 3], stride=2) for c in range(2))
    np.testing.assert_allclose(result[3], expected, rtol=1e-12, atol=1e-12)


def test_conv2d_multichannel_layout_is_out_in():
    x = random(2, 4, 4)
    kernel = random(3, 2, 2, 2)  # (C_out, C_in, kh, kw)
    result = cc.conv2d(x, kernel)
    expected = cc.conv2d(x[0], kernel[1, 0]) + cc.conv2d(x[1], kernel[1, 1])
    np.testing.assert_allclose(result[1], expected, rtol=1e-12, atol=1e-12)


# --- sizes and padding helpers ----------------------------------------------


def test_conv_output_size_by_hand():
    assert cc.conv_output_size(7, 3, stride=2, padding=1, dilation=1) == 4


def test_conv_output_size_accepts_left_right_pair():
    assert cc.conv_output_size(5, 3, padding=(2, 0)) == 5


def test_conv_transpose_output_size_by_hand():
    assert cc.conv_transpose_output_size(4, 3, stride=2, padding=1, output_padding=1) == 8


def test_torch_same_pads_even_kernel_extra_on_right():
    assert cc.torch_same_pads(4) == (1, 2)


def test_tf_same_pads_even_kernel_stride2_even_input():
    # ceil(8 / 2) = 4 outputs need (4 - 1) * 2 + 4 = 10 samples: pad 2.
    assert cc.tf_same_pads(8, 4, stride=2) == (1, 1)


def test_tf_same_pads_even_kernel_stride2_odd_input():
    # ceil(7 / 2) = 4 outputs need 10 samples: pad 3, extra on the right.
    assert cc.tf_same_pads(7, 4, stride=2) == (1, 2)


def test_tf_same_pads_zero_when_stride_covers_kernel():
    assert cc.tf_same_pads(6, 1, stride=3) == (0, 0)


def test_causal_pads_dilated():
    assert cc.causal_pads(3, dilation=2) == (4, 0)


def test_resolve_padding_pair_in_2d_is_height_width():
    assert cc.resolve_padding((1, 2), (3, 3)) == ((1, 1), (2, 2))


def test_resolve_padding_full_uses_dilated_extent():
    assert cc.resolve_padding("full", (3, 2), (2, 1)) == ((4, 4), (1, 1))


def test_pad_2d_reflect_matches_numpy_reflect():
    x = random(4, 5)
    result = cc.pad(x, ((1, 2), (3, 0)), "reflect")
    np.testing.assert_array_equal(result, np.pad(x, ((1, 2), (3, 0)), mode="reflect"))


def test_pad_leaves_channel_axis_alone():
    assert cc.pad(random(3, 4, 4), ((1, 1), (2, 2))).shape == (3, 6, 8)


# --- matrix ----------------------------------------------------------------------


def test_conv_matrix_3x3_input_2x2_kernel_by_hand():
    kernel = np.array([[1.0, 2.0], [3.0, 4.0]])
    expected = np.array(
        [
            [1, 2, 0, 3, 4, 0, 0, 0, 0],
            [0, 1, 2, 0, 3, 4, 0, 0, 0],
            [0, 0, 0, 1, 2, 0, 3, 4, 0],
            [0, 0, 0, 0, 1, 2, 0, 3, 4],
        ],
        dtype=float,
    )
    np.testing.assert_array_equal(cc.conv_matrix((3, 3), kernel), expected)


def test_conv_matrix_structure_3x3_input_2x2_kernel_by_hand():
    structure = cc.conv_matrix_structure((3, 3), (2, 2))
    assert structure.shape == (4, 9)
    np.testing.assert_array_equal(structure[0], [1, 2, 0, 3, 4, 0, 0, 0, 0])
    np.testing.assert_array_equal(structure[3], [0, 0, 0, 0, 1, 2, 0, 3, 4])


@pytest.mark.parametrize(
    "options",
    [
        {},
        {"stride": 2, "padding": 1},
        {"padding": "same"},
        {"padding": ((2, 0), (1, 3)), "dilation": (2, 1)},
        {"padding": "full", "stride": (1, 2)},
    ],
)
def test_conv_matrix_times_x_equals_conv2d(options):
    x, kernel = random(6, 7), random(3, 2)
    matrix = cc.conv_matrix(x.shape, kernel, **options)
    expected = cc.conv2d(x, kernel, **options).ravel()
    np.testing.assert_allclose(matrix @ x.ravel(), expected, rtol=1e-12, atol=1e-12)


def test_conv_matrix_1d_transpose_equals_conv_transpose():
    kernel, y = random(3), random(4)
    matrix = cc.conv_matrix(8, kernel, stride=2, padding=1)
    expected = cc.conv_transpose1d(y, kernel, stride=2, padding=1, output_padding=1)
    np.testing.assert_allclose(matrix.T @ y, expected, rtol=1e-12, atol=1e-12)


# --- every correlation path: slices (≤ 9 taps), einsum windows, FFT (≥ 256 taps) ---


@pytest.mark.parametrize(
    ("kshape", "stride", "dilation"),
    [
        ((3, 3), (1, 1), (1, 1)),
        ((5, 5), (1, 1), (1, 1)),
        ((4, 7), (2, 3), (2, 1)),
        ((16, 16), (1, 1), (1, 1)),
        ((17, 20), (1, 1), (2, 1)),
        ((16, 16), (2, 1), (1, 1)),
    ],
)
def test_conv2d_paths_equal_scipy_with_dilated_kernel(kshape, stride, dilation):
    x, kernel = random(60, 70), random(*kshape)
    dilated = np.zeros([d * (k - 1) + 1 for k, d in zip(kshape, dilation, strict=True)])
    dilated[:: dilation[0], :: dilation[1]] = kernel
    expected = signal.correlate2d(x, dilated, "valid")[:: stride[0], :: stride[1]]
    result = cc.conv2d(x, kernel, stride=stride, dilation=dilation)
    np.testing.assert_allclose(result, expected, rtol=1e-9, atol=1e-11)


@pytest.mark.parametrize("k", [3, 12, 300])
def test_conv1d_paths_equal_numpy_correlate(k):
    x, kernel = random(1000), random(k)
    result = cc.conv1d(x, kernel)
    np.testing.assert_allclose(result, np.correlate(x, kernel, "valid"), rtol=1e-9, atol=1e-11)
