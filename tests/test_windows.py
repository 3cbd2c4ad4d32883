"""convcore.windows against hand-worked values, brute-force loops and PyTorch."""

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from convcore import ConvError, conv_output_size
from convcore.windows import (
    BEYOND_TAPS,
    INPUT,
    OUTPUT_PADDING_REACHED,
    PAD_AFTER,
    PAD_BEFORE,
    REACHED,
    axis_pads,
    axis_windows,
    combine_sources,
    conv_preimage_sizes,
    example_kernel,
    fit_advice,
    grid_shape,
    grid_value,
    has_asymmetric_pads,
    middle_row,
    numbered_input,
    output_padding_choices,
    output_padding_limit,
    recovering_output_padding,
    size_sweep,
    transpose_ones,
    transpose_padding,
    transpose_sources,
    window_starts,
)

try:
    import torch
    import torch.nn.functional as F
except ImportError:  # torch is optional; the comparisons against it skip without it
    torch = F = None

needs_torch = pytest.mark.skipif(torch is None, reason="torch is not installed (optional)")
pytestmark = pytest.mark.filterwarnings("ignore:Using padding=.same. with even kernel:UserWarning")
SETTINGS = settings(max_examples=60, deadline=None)

axis_settings = st.tuples(
    st.integers(1, 16),  # n
    st.integers(1, 7),  # k
    st.integers(1, 5),  # stride
    st.integers(0, 6),  # before
    st.integers(0, 6),  # after
    st.integers(1, 4),  # dilation
)


def brute_windows(n, k, stride, pads, dilation):
    """Slide a window start from 0 while the dilated kernel still fits the padded input."""
    padded = n + pads[0] + pads[1]
    rows = []
    start = 0
    while start + dilation * (k - 1) < padded:
        rows.append([start + j * dilation for j in range(k)])
        start += stride
    return rows


# Hand-worked windows of one axis.


def test_windows_even_split_skip_last_padding():
    # 8 inputs, 3-tap kernel, stride 2, one pad per side: padded indices 0..9.
    # Windows start at 0, 2, 4, 6 and end at 8; index 9 (padding) is never read.
    axis = axis_windows(8, 3, stride=2, pads=(1, 1))
    assert axis.output_size == 4
    assert axis.positions.tolist() == [[0, 1, 2], [2, 3, 4], [4, 5, 6], [6, 7, 8]]
    assert axis.unread.tolist() == [9]
    assert axis.unread_padding.tolist() == [9]
    assert axis.unread_input.size == 0
    assert axis.remainder == 1


def test_windows_stride_larger_than_span_skips_input():
    # 10 inputs, 2 taps, stride 4: windows [0, 1], [4, 5], [8, 9]; 2, 3, 6, 7 unread.
    axis = axis_windows(10, 2, stride=4)
    assert axis.positions.tolist() == [[0, 1], [4, 5], [8, 9]]
    assert axis.unread_input.tolist() == [2, 3, 6, 7]
    assert axis.trailing_unread.size == 0


def test_windows_trailing_real_input_dropped():
    # 9 inputs, 3 taps, stride 3, no padding: 9 - 3 = 6 divides by 3, nothing dropped;
    # with 10 inputs the last sample (index 9) is dropped: remainder 1.
    assert axis_windows(9, 3, stride=3).unread.size == 0
    axis = axis_windows(10, 3, stride=3)
    assert axis.unread_input.tolist() == [9]
    assert axis.trailing_unread.tolist() == [9]
    assert axis.remainder == 1


def test_windows_dilation_taps():
    axis = axis_windows(7, 3, dilation=2)
    assert axis.positions.tolist() == [[0, 2, 4], [1, 3, 5], [2, 4, 6]]
    assert axis.span == 5
    assert axis.reads.tolist() == [1, 1, 2, 1, 2, 1, 1]


def test_windows_even_stride_and_dilation_skip_odd_positions():
    # Stride 2 and dilation 2 on 8 inputs padded by 1: windows [0, 2, 4], [2, 4, 6],
    # [4, 6, 8]; odd positions 1, 3, 5, 7 lie between taps and 9 after the last window.
    axis = axis_windows(8, 3, stride=2, pads=(1, 1), dilation=2)
    assert axis.interior_unread.tolist() == [1, 3, 5, 7]
    assert axis.trailing_unread.tolist() == [9]
    assert (axis.unread_input - axis.pads[0]).tolist() == [0, 2, 4, 6]


def test_windows_kinds_and_input_index():
    axis = axis_windows(3, 1, pads=(2, 1))
    assert axis.kinds.tolist() == [PAD_BEFORE, PAD_BEFORE, INPUT, INPUT, INPUT, PAD_AFTER]
    assert axis.input_index(2) == 0
    assert axis.input_index(1) is None
    assert axis.input_index(5) is None


def test_windows_reject_kernel_longer_than_input():
    with pytest.raises(ConvError) as info:
        axis_windows(4, 3, dilation=3)
    assert info.value.code == "kernel_larger_than_input"


@SETTINGS
@given(axis_settings)
def test_windows_match_brute_force(setting):
    n, k, stride, before, after, dilation = setting
    expected = brute_windows(n, k, stride, (before, after), dilation)
    if not expected:
        with pytest.raises(ConvError):
            axis_windows(n, k, stride=stride, pads=(before, after), dilation=dilation)
        return
    axis = axis_windows(n, k, stride=stride, pads=(before, after), dilation=dilation)
    assert axis.positions.tolist() == expected
    read = {index for row in expected for index in row}
    assert axis.unread.tolist() == sorted(set(range(n + before + after)) - read)
    last_end = expected[-1][-1]
    assert axis.interior_unread.tolist() == sorted(set(range(last_end)) - read)
    last_start = expected[-1][0]
    assert axis.remainder == n + before + after - dilation * (k - 1) - 1 - last_start


# Padding conventions.


@pytest.mark.parametrize(
    ("n", "k", "stride", "dilation", "expected"),
    [
        # ceil(8 / 2) = 4; total = max(3 * 2 + 3 + 1 - 8, 0) = 2, split 1 + 1.
        (8, 4, 2, 1, (1, 1)),
        # Even kernel, stride 2: ceil(7 / 2) = 4; total = 3 * 2 + 3 + 1 - 7 = 3 -> 1 + 2.
        (7, 4, 2, 1, (1, 2)),
        # Even kernel, stride 2, even input: ceil(5 / 2) = 3; total = 4 + 1 + 1 - 5 = 1.
        (5, 2, 2, 1, (0, 1)),
        # Total would be negative: max(..., 0) = 0.
        (6, 1, 2, 1, (0, 0)),
        # Stride 1 equals "same": total d(k - 1) = 4 split 2 + 2.
        (9, 3, 1, 2, (2, 2)),
        # Stride 3, dilation 2: ceil(10 / 3) = 4; total = 9 + 4 + 1 - 10 = 4.
        (10, 3, 3, 2, (2, 2)),
    ],
)
def test_tf_same_pads_hand_worked(n, k, stride, dilation, expected):
    assert axis_pads("tf_same", n, k, stride, dilation) == expected


@SETTINGS
@given(st.integers(1, 16), st.integers(1, 7), st.integers(1, 5), st.integers(1, 4))
def test_tf_same_gives_ceil_and_is_minimal(n, k, stride, dilation):
    before, after = axis_pads("tf_same", n, k, stride, dilation)
    assert after - before in (0, 1)
    size = conv_output_size(n, k, stride=stride, padding=(before, after), dilation=dilation)
    assert size == math.ceil(n / stride)
    total = before + after
    if total > 0 and n + total - 1 >= dilation * (k - 1) + 1:
        # One sample less padding would lose the last output.
        smaller = conv_output_size(n, k, stride=stride, padding=(0, total - 1), dilation=dilation)
        assert smaller < size


@needs_torch
@pytest.mark.parametrize("k", [1, 2, 3, 4, 5])
@pytest.mark.parametrize("dilation", [1, 2, 3])
def test_same_pads_match_torch(k, dilation):
    n = 11
    before, after = axis_pads("same", n, k, 1, dilation)
    x = torch.arange(1.0, n + 1, dtype=torch.float64)[None, None]
    weight = torch.linspace(-1, 2, k, dtype=torch.float64)[None, None]
    expected = F.conv1d(x, weight, padding="same", dilation=dilation)
    ours = F.conv1d(F.pad(x, (before, after)), weight, dilation=dilation)
    assert torch.allclose(ours, expected)


def test_same_rejects_stride_above_one():
    with pytest.raises(ConvError) as info:
        axis_pads("same", 8, 3, 2)
    assert info.value.code == "same_padding_with_stride"


def test_full_causal_valid_numbers():
    assert axis_pads("full", 8, 3, 2, 2) == (4, 4)
    assert axis_pads("causal", 8, 3, 1, 2) == (4, 0)
    assert axis_pads("valid", 8, 3, 2, 2) == (0, 0)
    assert axis_pads("numbers", 8, 3, 2, 2, padding=3) == (3, 3)


def test_unknown_pad_kind_rejected():
    with pytest.raises(ConvError) as info:
        axis_pads("bogus", 8, 3)
    assert info.value.code == "unknown_padding"


# Fixes for a kernel that does not fit.


@SETTINGS
@given(st.integers(1, 16), st.integers(2, 7), st.integers(0, 4), st.integers(1, 4))
def test_fit_advice_values_are_the_largest_that_fit(n, k, padding, dilation):
    pads = (padding, padding)
    advice = fit_advice(n, k, pads, dilation)
    padded = n + 2 * padding
    assert advice.padded_size == padded
    assert advice.span == dilation * (k - 1) + 1
    fits = lambda kk, dd, extra=0: padded + extra >= dd * (kk - 1) + 1  # noqa: E731
    assert fits(advice.max_kernel, dilation)
    assert not fits(advice.max_kernel + 1, dilation)
    if advice.max_dilation >= 1:
        assert fits(k, advice.max_dilation)
    assert not fits(k, advice.max_dilation + 1)
    assert fits(k, dilation, advice.extra_padding)
    if advice.extra_padding:
        assert not fits(k, dilation, advice.extra_padding - 1)


# Sweeps.


def test_sweep_stride_hand_worked():
    points = size_sweep("stride", [1, 2, 3, 4], n=8, k=3, padding=1)
    assert [point.output_size for point in points] == [8, 4, 3, 2]
    assert [point.remainder for point in points] == [0, 1, 1, 3]


def test_sweep_reports_rejections_without_raising():
    points = size_sweep("dilation", [1, 2, 3, 4], n=5, k=3)
    assert [point.output_size for point in points] == [3, 1, None, None]
    assert points[2].error.code == "kernel_larger_than_input"


def test_sweep_same_with_stride_rejected():
    points = size_sweep("stride", [1, 2], n=8, k=3, pad_kind="same")
    assert points[0].output_size == 8
    assert points[1].error.code == "same_padding_with_stride"


def test_sweep_padding_always_uses_numbers():
    points = size_sweep("padding", [0, 2], n=8, k=3, pad_kind="full")
    assert [point.pads for point in points] == [(0, 0), (2, 2)]


@SETTINGS
@given(axis_settings, st.sampled_from(["n", "k", "stride", "padding", "dilation"]))
def test_sweep_matches_formula(setting, parameter):
    n, k, stride, padding, _, dilation = setting
    values = range(1, 8)
    points = size_sweep(
        parameter, values, n=n, k=k, stride=stride, padding=padding, dilation=dilation
    )
    for value, point in zip(values, points, strict=True):
        current = {"n": n, "k": k, "stride": stride, "padding": padding, "dilation": dilation}
        current[parameter] = value
        numerator = (
            current["n"] + 2 * current["padding"] - current["dilation"] * (current["k"] - 1) - 1
        )
        expected = numerator // current["stride"] + 1 if numerator >= 0 else None
        assert point.output_size == expected
        if expected is not None:
            assert point.remainder == numerator % current["stride"]


def test_sweep_unknown_parameter():
    with pytest.raises(ValueError, match="not one of"):
        size_sweep("groups", [1], n=4, k=1)


# output_padding and the sizes that share an output size.


def test_preimages_hand_worked():
    # Stride 2, kernel 3, padding 1: (n + 2 - 3) // 2 + 1 = 4 for n = 7 and n = 8.
    assert conv_preimage_sizes(4, 3, stride=2, pads=(1, 1)) == [7, 8]
    assert conv_preimage_sizes(3, 2, stride=3) == [8, 9, 10]


@SETTINGS
@given(axis_settings, st.integers(1, 12))
def test_preimages_match_brute_force(setting, output_size):
    _, k, stride, before, after, dilation = setting
    expected = []
    for n in range(1, 100):
        try:
            size = conv_output_size(n, k, stride=stride, padding=(before, after), dilation=dilation)
        except ConvError:
            continue
        if size == output_size:
            expected.append(n)
    found = conv_preimage_sizes(
        output_size, k, stride=stride, pads=(before, after), dilation=dilation
    )
    assert found == expected


def torch_transpose_length(n_in, k, stride, padding, output_padding, dilation):
    """Return PyTorch's ConvTranspose1d output length, or None when it rejects the settings."""
    x = torch.ones(1, 1, n_in, dtype=torch.float64)
    weight = torch.ones(1, 1, k, dtype=torch.float64)
    try:
        y = F.conv_transpose1d(
            x,
            weight,
            stride=stride,
            padding=padding,
            output_padding=output_padding,
            dilation=dilation,
        )
    except RuntimeError:
        return None
    return y.shape[-1]


def test_output_padding_choices_hand_worked():
    choices = output_padding_choices(4, 3, stride=2, padding=1)
    assert [choice.output_size for choice in choices] == [7, 8, None]
    assert [choice.inverts_conv for choice in choices] == [True, True, False]
    assert choices[2].error.code == "output_padding_too_large"


def test_output_padding_beyond_stride_does_not_invert():
    # Dilation 3 > stride 1: PyTorch accepts output_padding 0, 1, 2, but the sizes
    # for 1 and 2 convolve to a longer output than the transposed input.
    choices = output_padding_choices(4, 2, stride=1, dilation=3)
    assert [choice.output_size for choice in choices] == [7, 8, 9, None]
    assert [choice.inverts_conv for choice in choices] == [True, False, False, False]


@needs_torch
@SETTINGS
@given(
    st.integers(1, 10),
    st.integers(1, 5),
    st.integers(1, 4),
    st.integers(0, 3),
    st.integers(1, 3),
)
def test_output_padding_choices_match_torch(n_in, k, stride, padding, dilation):
    for choice in output_padding_choices(
        n_in, k, stride=stride, padding=padding, dilation=dilation, extra=2
    ):
        expected = torch_transpose_length(n_in, k, stride, padding, choice.output_padding, dilation)
        assert choice.output_size == expected


# Which transposed-output cells hold kernel contributions.


def test_transpose_sources_hand_worked():
    # 3 inputs, 3 taps, stride 2, padding 1, output_padding 1: full scatter indices
    # 0..6, cropped by 1 at the start -> 6 cells; the last (output_padding) cell is
    # reached by the last input's last tap.
    sources = transpose_sources(3, 3, stride=2, padding=1, output_padding=1)
    assert sources.counts.tolist() == [1, 2, 1, 2, 1, 1]
    assert sources.classes.tolist() == [REACHED] * 5 + [OUTPUT_PADDING_REACHED]
    # Stride 3 with 2 taps leaves gaps, and output_padding 2 lands beyond every tap.
    sources = transpose_sources(2, 2, stride=3, output_padding=2)
    assert sources.counts.tolist() == [1, 1, 0, 1, 1, 0, 0]
    assert sources.classes.tolist()[-2:] == [BEYOND_TAPS, BEYOND_TAPS]


@needs_torch
@SETTINGS
@given(
    st.integers(1, 8),
    st.integers(1, 5),
    st.integers(1, 4),
    st.integers(0, 3),
    st.integers(0, 3),
    st.integers(1, 3),
)
def test_transpose_sources_match_torch(n_in, k, stride, padding, output_padding, dilation):
    length = torch_transpose_length(n_in, k, stride, padding, output_padding, dilation)
    if length is None or length < 1:
        with pytest.raises(ConvError):
            transpose_sources(
                n_in,
                k,
                stride=stride,
                padding=padding,
                output_padding=output_padding,
                dilation=dilation,
            )
        return
    sources = transpose_sources(
        n_in,
        k,
        stride=stride,
        padding=padding,
        output_padding=output_padding,
        dilation=dilation,
    )
    ones = F.conv_transpose1d(
        torch.ones(1, 1, n_in, dtype=torch.float64),
        torch.ones(1, 1, k, dtype=torch.float64),
        stride=stride,
        padding=padding,
        output_padding=output_padding,
        dilation=dilation,
    )[0, 0].numpy()
    assert sources.counts.tolist() == ones.astype(int).tolist()
    assert sources.in_output_padding.sum() == min(output_padding, length)
    # Cells beyond every tap are zero for any input, not only for ones.
    random_out = F.conv_transpose1d(
        torch.randn(1, 1, n_in, dtype=torch.float64),
        torch.randn(1, 1, k, dtype=torch.float64),
        stride=stride,
        padding=padding,
        output_padding=output_padding,
        dilation=dilation,
    )[0, 0].numpy()
    assert np.all(random_out[sources.classes == BEYOND_TAPS] == 0)


@needs_torch
def test_combine_sources_matches_torch_2d():
    rows = transpose_sources(3, 3, stride=2, padding=1, output_padding=1)
    cols = transpose_sources(2, 2, stride=3, output_padding=2)
    both = combine_sources(rows, cols)
    ones = F.conv_transpose2d(
        torch.ones(1, 1, 3, 2, dtype=torch.float64),
        torch.ones(1, 1, 3, 2, dtype=torch.float64),
        stride=(2, 3),
        padding=(1, 0),
        output_padding=(1, 2),
    )[0, 0].numpy()
    assert both.counts.tolist() == ones.astype(int).tolist()
    assert both.classes[-1, 0] == OUTPUT_PADDING_REACHED
    assert both.classes[0, -1] == BEYOND_TAPS
    assert both.classes[0, 0] == REACHED


# Example inputs and kernels.


def test_numbered_input_is_distinct_row_major():
    x = numbered_input((3, 4))
    assert x[0, 0] == 1
    assert x[2, 3] == 12
    assert len(np.unique(x)) == 12


@pytest.mark.parametrize("shape", [(1,), (4,), (3, 3), (2, 5), (5, 1), (1, 1)])
def test_example_kernels(shape):
    blur = example_kernel("blur", shape)
    assert blur.shape == shape
    assert blur.sum() == pytest.approx(1.0)
    edge = example_kernel("edge", shape)
    assert edge.shape == shape
    if max(shape) > 1:
        assert edge.sum() == pytest.approx(0.0)
        assert edge[edge > 0].sum() == pytest.approx(1.0)
    else:
        assert edge.ravel().tolist() == [1.0]


def test_example_kernel_unknown_kind():
    with pytest.raises(ValueError, match="not one of"):
        example_kernel("sharpen", (3, 3))


# --- Small lookups of the stride page --------------------------------------------------


def test_grid_shape_1d_is_one_row():
    assert grid_shape(np.zeros(5)) == (1, 5)
    assert grid_shape(np.zeros((3, 4))) == (3, 4)


def test_grid_value_reads_row_and_column():
    assert grid_value(np.array([7.0, 8.0, 9.0]), (0, 2)) == 9.0
    assert grid_value(np.arange(6.0).reshape(2, 3), (1, 0)) == 3.0


def test_window_starts_hand_values():
    # n = 8, k = 3, stride 2, pads (1, 1): windows start at 0, 2, 4, 6 of the padded axis.
    rows = axis_windows(8, 3, stride=2, pads=(1, 1))
    cols = axis_windows(5, 2, stride=3, pads=(0, 0))
    assert window_starts([rows], [3]) == (6,)
    assert window_starts([rows, cols], [1, 1]) == (2, 3)


def test_window_starts_rejects_length_mismatch():
    rows = axis_windows(8, 3)
    with pytest.raises(ValueError):
        window_starts([rows], [0, 1])


def test_transpose_padding_takes_before_pads():
    assert transpose_padding([(1, 2), (0, 0)]) == (1, 0)


def test_has_asymmetric_pads_cases():
    assert has_asymmetric_pads([(1, 1), (0, 1)])
    assert not has_asymmetric_pads([(1, 1), (2, 2)])


def test_transpose_ones_counts_taps_1d():
    values = transpose_ones(
        (3,), (3,), stride=(2,), padding=(1,), output_padding=(1,), dilation=(1,)
    )
    # Same cells as transpose_sources: taps of inputs 0, 1, 2 land on 2i - 1 + j.
    assert values.tolist() == [1.0, 2.0, 1.0, 2.0, 1.0, 1.0]


def test_transpose_ones_2d_is_outer_product():
    values = transpose_ones(
        (2, 3), (2, 2), stride=(2, 1), padding=(0, 0), output_padding=(0, 0), dilation=(1, 1)
    )
    rows = transpose_sources(2, 2, stride=2).counts
    cols = transpose_sources(3, 2, stride=1).counts
    np.testing.assert_array_equal(values, np.outer(rows, cols))


def test_transpose_ones_rejects_large_output_padding():
    with pytest.raises(ConvError):
        transpose_ones((3,), (3,), stride=(2,), padding=(0,), output_padding=(2,), dilation=(1,))


def test_recovering_output_padding_first_match():
    choices = output_padding_choices(4, 3, stride=2, padding=1)
    # Output lengths 7 and 8 for output_padding 0 and 1; 2 is rejected.
    assert recovering_output_padding(choices, 7) == 0
    assert recovering_output_padding(choices, 8) == 1
    assert recovering_output_padding(choices, 9) is None


@pytest.mark.parametrize(("stride", "dilation", "limit"), [(1, 1, 1), (3, 2, 3), (2, 4, 4)])
def test_output_padding_limit_is_max(stride, dilation, limit):
    assert output_padding_limit(stride, dilation) == limit


def test_middle_row_of_even_and_odd_heights():
    assert middle_row(np.arange(6).reshape(3, 2)).tolist() == [2, 3]
    assert middle_row(np.arange(8).reshape(4, 2)).tolist() == [4, 5]
