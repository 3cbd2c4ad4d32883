"""Property tests of convcore identities (hypothesis)."""

import numpy as np
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import convcore as cc

SETTINGS = settings(max_examples=60, deadline=None)


@st.composite
def conv_configs(draw, *, max_ndim=2):
    """Per-axis (n, k, stride, padding, dilation) with a kernel that fits."""
    ndim = draw(st.integers(1, max_ndim))
    axes = []
    for _ in range(ndim):
        k = draw(st.integers(1, 4))
        stride = draw(st.integers(1, 3))
        dilation = draw(st.integers(1, 2))
        padding = draw(st.integers(0, 3))
        smallest = max(1, dilation * (k - 1) + 1 - 2 * padding)
        n = draw(st.integers(smallest, smallest + 6))
        axes.append((n, k, stride, padding, dilation))
    seed = draw(st.integers(0, 2**32 - 1))
    return axes, np.random.default_rng(seed)


def unpack(axes):
    n, k, stride, padding, dilation = (tuple(values) for values in zip(*axes, strict=True))
    return n, k, {"stride": stride, "padding": padding, "dilation": dilation}


def conv(x, kernel, **options):
    return (cc.conv1d if x.ndim == 1 else cc.conv2d)(x, kernel, **options)


def conv_transpose(x, kernel, **options):
    return (cc.conv_transpose1d if x.ndim == 1 else cc.conv_transpose2d)(x, kernel, **options)


def restoring_output_padding(n, k, options):
    """output_padding making the transposed output as long as the conv input."""
    extras = []
    for axis, length in enumerate(n):
        stride, padding, dilation = (
            options[name][axis] for name in ("stride", "padding", "dilation")
        )
        out = cc.conv_output_size(
            length, k[axis], stride=stride, padding=padding, dilation=dilation
        )
        # Computed here because the length without output_padding may be < 1.
        without_extra = (out - 1) * stride - 2 * padding + dilation * (k[axis] - 1) + 1
        extras.append(length - without_extra)
    return tuple(extras)


@SETTINGS
@given(conv_configs())
def test_flip_equals_correlation_with_reversed_kernel(config):
    axes, rng = config
    n, k, options = unpack(axes)
    x, kernel = rng.standard_normal(n), rng.standard_normal(k)
    reversed_kernel = kernel[(slice(None, None, -1),) * kernel.ndim]
    np.testing.assert_array_equal(
        conv(x, kernel, flip=True, **options), conv(x, reversed_kernel, **options)
    )


@SETTINGS
@given(conv_configs())
def test_matrix_times_input_equals_conv(config):
    axes, rng = config
    n, k, options = unpack(axes)
    x, kernel = rng.standard_normal(n), rng.standard_normal(k)
    matrix = cc.conv_matrix(n, kernel, **options)
    np.testing.assert_allclose(
        matrix @ x.ravel(), conv(x, kernel, **options).ravel(), rtol=1e-10, atol=1e-12
    )


@SETTINGS
@given(conv_configs(), st.integers(0, 2), st.integers(0, 2))
def test_matrix_accepts_per_side_padding(config, before, after):
    axes, rng = config
    n, k, options = unpack(axes)
    options["padding"] = tuple((before, after + p) for p in options["padding"])
    if len(n) == 1:
        options["padding"] = options["padding"][0]
    assume(
        all(
            d * (kk - 1) + 1 <= nn + before + after
            for nn, kk, d in zip(n, k, options["dilation"], strict=True)
        )
    )
    x, kernel = rng.standard_normal(n), rng.standard_normal(k)
    matrix = cc.conv_matrix(n, kernel, **options)
    np.testing.assert_allclose(
        matrix @ x.ravel(), conv(x, kernel, **options).ravel(), rtol=1e-10, atol=1e-12
    )


@SETTINGS
@given(conv_configs())
def test_matrix_transpose_equals_conv_transpose(config):
    axes, rng = config
    n, k, options = unpack(axes)
    kernel = rng.standard_normal(k)
    matrix = cc.conv_matrix(n, kernel, **options)
    y = rng.standard_normal(conv(np.zeros(n), kernel, **options).shape)
    extras = restoring_output_padding(n, k, options)
    result = conv_transpose(y, kernel, output_padding=extras, **options)
    assert result.shape == n
    np.testing.assert_allclose(result.ravel(), matrix.T @ y.ravel(), rtol=1e-10, atol=1e-12)


@SETTINGS
@given(conv_configs())
def test_conv_and_conv_transpose_are_adjoint(config):
    axes, rng = config
    n, k, options = unpack(axes)
    x, kernel = rng.standard_normal(n), rng.standard_normal(k)
    y = rng.standard_normal(conv(x, kernel, **options).shape)
    extras = restoring_output_padding(n, k, options)
    left = np.vdot(conv(x, kernel, **options), y)
    right = np.vdot(x, conv_transpose(y, kernel, output_padding=extras, **options))
    np.testing.assert_allclose(left, right, rtol=1e-9, atol=1e-10)


@SETTINGS
@given(conv_configs(), st.data())
def test_zero_insertion_view_equals_conv_transpose(config, data):
    axes, rng = config
    n, k, options = unpack(axes)
    extras = tuple(
        data.draw(st.integers(0, max(s, d) - 1))
        for s, d in zip(options["stride"], options["dilation"], strict=True)
    )
    sizes = [
        (nn - 1) * s - 2 * p + d * (kk - 1) + e + 1
        for nn, kk, s, p, d, e in zip(n, k, *options.values(), extras, strict=True)
    ]
    assume(min(sizes) >= 1)
    x, kernel = rng.standard_normal(n), rng.standard_normal(k)
    result = cc.conv_transpose_via_zero_insertion(x, kernel, output_padding=extras, **options)
    expected = conv_transpose(x, kernel, output_padding=extras, **options)
    np.testing.assert_allclose(result, expected, rtol=1e-10, atol=1e-12)


@SETTINGS
@given(conv_configs())
def test_conv_output_size_equals_result_shape(config):
    axes, rng = config
    n, k, options = unpack(axes)
    shape = conv(rng.standard_normal(n), rng.standard_normal(k), **options).shape
    sizes = tuple(
        cc.conv_output_size(nn, kk, stride=s, padding=p, dilation=d)
        for nn, kk, s, p, d in zip(n, k, *options.values(), strict=True)
    )
    assert shape == sizes


@SETTINGS
@given(conv_configs(), st.data())
def test_conv_transpose_output_size_equals_result_shape(config, data):
    axes, rng = config
    n, k, options = unpack(axes)
    extras = tuple(
        data.draw(st.integers(0, max(s, d) - 1))
        for s, d in zip(options["stride"], options["dilation"], strict=True)
    )
    try:
        sizes = tuple(
            cc.conv_transpose_output_size(nn, kk, stride=s, padding=p, output_padding=e, dilation=d)
            for nn, kk, s, p, d, e in zip(n, k, *options.values(), extras, strict=True)
        )
    except cc.ConvError as error:
        assert error.code == "output_size_not_positive"
        return
    result = conv_transpose(
        rng.standard_normal(n), rng.standard_normal(k), output_padding=extras, **options
    )
    assert result.shape == sizes


@st.composite
def deconv_configs(draw):
    """Configs with "full"-sized padding, which usually give W full column rank."""
    axes, rng = draw(conv_configs())
    axes = [
        (n, k, draw(st.integers(1, 2)), d * (k - 1) + draw(st.integers(0, 1)), d)
        for n, k, _, _, d in axes
    ]
    return axes, rng


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])
@given(deconv_configs())
def test_deconvolve_recovers_input_when_well_conditioned(config):
    axes, rng = config
    n, k, options = unpack(axes)
    kernel = rng.standard_normal(k)
    matrix = cc.conv_matrix(n, kernel, **options)
    singular = np.linalg.svd(matrix, compute_uv=False)
    assume(matrix.shape[0] >= matrix.shape[1])
    assume(singular[-1] > 0 and singular[0] / singular[-1] < 1e6)
    x = rng.standard_normal(n)
    result = cc.deconvolve(conv(x, kernel, **options), kernel, n, **options)
    assert result.rank == x.size
    np.testing.assert_allclose(result.x, x, atol=1e-8)


INVALID_ARGUMENTS = st.sampled_from(
    [
        ("stride", st.integers(-3, 0), "stride_below_one"),
        ("dilation", st.integers(-3, 0), "dilation_below_one"),
        ("padding", st.integers(-5, -1), "negative_padding"),
        ("stride", st.floats(allow_nan=True), "not_an_integer"),
        ("dilation", st.booleans(), "not_an_integer"),
        (
            "padding",
            st.text(min_size=1).filter(lambda s: s not in ("valid", "same", "full")),
            "unknown_padding",
        ),
        ("padding_mode", st.text(), "unknown_padding_mode"),
    ]
)


@SETTINGS
@given(conv_configs(), INVALID_ARGUMENTS, st.data())
def test_rejected_argument_is_named_in_message(config, invalid, data):
    axes, rng = config
    n, k, options = unpack(axes)
    name, values, code = invalid
    value = data.draw(values)
    assume(not (name == "padding_mode" and value in cc.PADDING_MODES))
    options[name] = value
    with pytest.raises(cc.ConvError) as info:
        conv(rng.standard_normal(n), rng.standard_normal(k), **options)
    assert info.value.code == code
    assert name in str(info.value)


@SETTINGS
@given(conv_configs(), st.data())
def test_rejected_output_padding_is_named_in_message(config, data):
    axes, rng = config
    n, k, options = unpack(axes)
    limits = [max(s, d) for s, d in zip(options["stride"], options["dilation"], strict=True)]
    extras = tuple(data.draw(st.integers(limit, limit + 3)) for limit in limits)
    with pytest.raises(cc.ConvError) as info:
        conv_transpose(
            rng.standard_normal(n), rng.standard_normal(k), output_padding=extras, **options
        )
    assert info.value.code in {"output_padding_too_large", "output_size_not_positive"}
    assert "output_padding" in str(info.value) or "padding" in str(info.value)
