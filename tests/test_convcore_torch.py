"""convcore against torch.nn.functional (batch size 1, float64)."""

import itertools

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import convcore as cc

torch = pytest.importorskip("torch")
pytestmark = pytest.mark.filterwarnings("ignore:Using padding=.same. with even kernel:UserWarning")
F = torch.nn.functional

RTOL = 1e-9
ATOL = 1e-12
RNG = np.random.default_rng(7)


def batch(array):
    return torch.from_numpy(np.ascontiguousarray(array))[None]


def unbatch(tensor):
    return tensor[0].numpy()


CONV2D_CASES = [
    # (input shape, kernel shape, stride, padding, dilation)
    ((1, 9, 8), (1, 1, 3, 3), 1, 0, 1),
    ((2, 10, 7), (3, 2, 3, 2), 2, 1, 1),
    ((1, 12, 12), (2, 1, 3, 3), (2, 3), (1, 2), (2, 1)),
    ((3, 8, 9), (2, 3, 4, 4), 1, "same", 1),
    ((1, 11, 10), (1, 1, 2, 4), 1, "same", (2, 3)),
    ((2, 7, 7), (1, 2, 5, 5), 3, 2, 1),
    ((1, 6, 6), (1, 1, 6, 6), 1, "valid", 1),
]


@pytest.mark.parametrize(("xshape", "kshape", "stride", "padding", "dilation"), CONV2D_CASES)
def test_conv2d_matches_torch(xshape, kshape, stride, padding, dilation):
    x, kernel = RNG.standard_normal(xshape), RNG.standard_normal(kshape)
    result = cc.conv2d(x, kernel, stride=stride, padding=padding, dilation=dilation)
    expected = unbatch(
        F.conv2d(
            batch(x), torch.from_numpy(kernel), stride=stride, padding=padding, dilation=dilation
        )
    )
    np.testing.assert_allclose(result, expected, rtol=RTOL, atol=ATOL)


@pytest.mark.parametrize("padding_mode", ["zeros", "reflect", "replicate", "circular"])
@pytest.mark.parametrize("padding", [1, (2, 1), "same"])
def test_conv2d_padding_mode_matches_torch_module(padding_mode, padding):
    x = RNG.standard_normal((2, 7, 6))
    module = torch.nn.Conv2d(
        2, 3, (3, 4), padding=padding, padding_mode=padding_mode, bias=False, dtype=torch.float64
    )
    kernel = module.weight.detach().numpy()
    result = cc.conv2d(x, kernel, padding=padding, padding_mode=padding_mode)
    with torch.no_grad():
        expected = unbatch(module(batch(x)))
    np.testing.assert_allclose(result, expected, rtol=RTOL, atol=ATOL)


@pytest.mark.parametrize("padding_mode", ["reflect", "replicate", "circular"])
def test_conv1d_padding_mode_matches_torch_module(padding_mode):
    x = RNG.standard_normal((1, 9))
    module = torch.nn.Conv1d(
        1, 2, 4, stride=2, padding=3, padding_mode=padding_mode, bias=False, dtype=torch.float64
    )
    result = cc.conv1d(
        x, module.weight.detach().numpy(), stride=2, padding=3, padding_mode=padding_mode
    )
    with torch.no_grad():
        expected = unbatch(module(batch(x)))
    np.testing.assert_allclose(result, expected, rtol=RTOL, atol=ATOL)


@pytest.mark.parametrize(
    ("n", "k", "stride", "padding", "dilation"),
    [(10, 3, 1, 0, 1), (9, 4, 2, 1, 2), (5, 5, 3, 4, 1), (16, 2, 1, "same", 3)],
)
def test_conv1d_matches_torch(n, k, stride, padding, dilation):
    x, kernel = RNG.standard_normal((2, n)), RNG.standard_normal((3, 2, k))
    result = cc.conv1d(x, kernel, stride=stride, padding=padding, dilation=dilation)
    expected = unbatch(
        F.conv1d(
            batch(x), torch.from_numpy(kernel), stride=stride, padding=padding, dilation=dilation
        )
    )
    np.testing.assert_allclose(result, expected, rtol=RTOL, atol=ATOL)


def test_conv1d_single_channel_matches_torch():
    x, kernel = RNG.standard_normal(12), RNG.standard_normal(3)
    result = cc.conv1d(x, kernel, stride=2, padding=1, dilation=2)
    expected = F.conv1d(
        batch(x[None]), torch.from_numpy(kernel[None, None]), stride=2, padding=1, dilation=2
    )[0, 0].numpy()
    np.testing.assert_allclose(result, expected, rtol=RTOL, atol=ATOL)


TRANSPOSE_CASES = [
    # (stride, padding, output_padding, dilation)
    (s, p, op, d)
    for s, p, d in itertools.product((1, 2, 3), (0, 1, 2), (1, 2))
    for op in range(max(s, d))
]


@pytest.mark.parametrize(("stride", "padding", "output_padding", "dilation"), TRANSPOSE_CASES)
def test_conv_transpose1d_matches_torch(stride, padding, output_padding, dilation):
    x, kernel = RNG.standard_normal((2, 5)), RNG.standard_normal((2, 3, 3))
    options = {
        "stride": stride,
        "padding": padding,
        "output_padding": output_padding,
        "dilation": dilation,
    }
    result = cc.conv_transpose1d(x, kernel, **options)
    expected = unbatch(F.conv_transpose1d(batch(x), torch.from_numpy(kernel), **options))
    np.testing.assert_allclose(result, expected, rtol=RTOL, atol=ATOL)


@pytest.mark.parametrize(
    ("kshape", "stride", "padding", "output_padding", "dilation"),
    [
        ((3, 3), 2, 1, 1, 1),
        ((4, 4), 2, 1, 0, 1),
        ((3, 2), (2, 3), (0, 1), (1, 2), 1),
        ((3, 3), 1, 0, 1, 2),
        ((2, 3), (3, 1), (2, 0), (2, 1), (1, 2)),
    ],
)
def test_conv_transpose2d_matches_torch(kshape, stride, padding, output_padding, dilation):
    x, kernel = RNG.standard_normal((2, 4, 5)), RNG.standard_normal((2, 3, *kshape))
    options = {
        "stride": stride,
        "padding": padding,
        "output_padding": output_padding,
        "dilation": dilation,
    }
    result = cc.conv_transpose2d(x, kernel, **options)
    expected = unbatch(F.conv_transpose2d(batch(x), torch.from_numpy(kernel), **options))
    np.testing.assert_allclose(result, expected, rtol=RTOL, atol=ATOL)


def test_conv_transpose2d_single_channel_matches_torch():
    x, kernel = RNG.standard_normal((4, 4)), RNG.standard_normal((4, 4))
    result = cc.conv_transpose2d(x, kernel, stride=2, padding=1)
    expected = F.conv_transpose2d(
        batch(x[None]), torch.from_numpy(kernel[None, None]), stride=2, padding=1
    )[0, 0].numpy()
    np.testing.assert_allclose(result, expected, rtol=RTOL, atol=ATOL)


@pytest.mark.parametrize(("n", "k", "s", "p", "op", "d"), [(5, 3, 2, 1, 1, 1), (4, 2, 1, 2, 1, 2)])
def test_transpose_output_size_matches_torch_shape(n, k, s, p, op, d):
    x = torch.zeros(1, 1, n, dtype=torch.float64)
    weight = torch.zeros(1, 1, k, dtype=torch.float64)
    shape = F.conv_transpose1d(x, weight, stride=s, padding=p, output_padding=op, dilation=d).shape
    size = cc.conv_transpose_output_size(n, k, stride=s, padding=p, output_padding=op, dilation=d)
    assert size == shape[-1]


@pytest.mark.parametrize("factor", [1, 2, 3, (2, 3)])
def test_upsample_bilinear_matches_torch(factor):
    x = RNG.standard_normal((2, 5, 7))
    result = cc.upsample_bilinear(x, factor)
    expected = unbatch(F.interpolate(batch(x), scale_factor=factor, mode="bilinear"))
    np.testing.assert_allclose(result, expected, rtol=RTOL, atol=ATOL)


@pytest.mark.parametrize("factor", [2, 3])
def test_upsample_linear_1d_matches_torch(factor):
    x = RNG.standard_normal(6)
    result = cc.upsample_bilinear(x, factor)
    expected = F.interpolate(batch(x[None]), scale_factor=factor, mode="linear")[0, 0].numpy()
    np.testing.assert_allclose(result, expected, rtol=RTOL, atol=ATOL)


@pytest.mark.parametrize("factor", [2, (3, 2)])
def test_upsample_nearest_matches_torch(factor):
    x = RNG.standard_normal((2, 4, 3))
    result = cc.upsample_nearest(x, factor)
    expected = unbatch(F.interpolate(batch(x), scale_factor=factor, mode="nearest"))
    np.testing.assert_array_equal(result, expected)


@pytest.mark.parametrize("factor", [1, 2, 3])
def test_pixel_shuffle_matches_torch(factor):
    x = RNG.standard_normal((2 * factor * factor, 3, 4))
    np.testing.assert_array_equal(
        cc.pixel_shuffle(x, factor), unbatch(F.pixel_shuffle(batch(x), factor))
    )


@pytest.mark.parametrize(("size", "stride"), [(2, None), (3, 2), ((2, 3), (1, 2))])
def test_max_pool2d_matches_torch(size, stride):
    x = RNG.standard_normal((2, 9, 8))
    expected = unbatch(F.max_pool2d(batch(x), size, stride=stride))
    np.testing.assert_array_equal(cc.max_pool2d(x, size, stride=stride), expected)


@pytest.mark.parametrize(
    ("stride", "padding", "dilation"), [(1, 0, 1), (2, 1, 1), ((2, 3), (0, 2), (2, 1))]
)
def test_conv_gradients_match_torch_autograd(stride, padding, dilation):
    x, kernel = RNG.standard_normal((2, 9, 10)), RNG.standard_normal((3, 2, 3, 2))
    options = {"stride": stride, "padding": padding, "dilation": dilation}
    weights = RNG.standard_normal(cc.conv2d(x, kernel, **options).shape)
    x_tensor = batch(x).requires_grad_()
    kernel_tensor = torch.from_numpy(kernel).requires_grad_()
    loss = (F.conv2d(x_tensor, kernel_tensor, **options) * batch(weights)).sum()
    loss.backward()
    grad_input = cc.conv_grad_input(weights, kernel, (9, 10), **options)
    grad_kernel = cc.conv_grad_kernel(x, weights, kernel.shape, **options)
    np.testing.assert_allclose(grad_input, unbatch(x_tensor.grad), rtol=RTOL, atol=ATOL)
    np.testing.assert_allclose(grad_kernel, kernel_tensor.grad.numpy(), rtol=RTOL, atol=ATOL)


@settings(max_examples=60, deadline=None)
@given(
    st.tuples(st.integers(1, 3), st.integers(1, 3)),  # stride
    st.tuples(st.integers(0, 2), st.integers(0, 2)),  # padding
    st.tuples(st.integers(1, 2), st.integers(1, 2)),  # dilation
    st.tuples(st.integers(1, 4), st.integers(1, 4)),  # kernel shape
    st.integers(0, 2**32 - 1),
)
def test_random_configs_match_torch(stride, padding, dilation, kshape, seed):
    rng = np.random.default_rng(seed)
    spans = [d * (k - 1) + 1 for k, d in zip(kshape, dilation, strict=True)]
    shape = tuple(
        max(1, span - 2 * p) + rng.integers(0, 5) for span, p in zip(spans, padding, strict=True)
    )
    x = rng.standard_normal((2, *shape))
    kernel = rng.standard_normal((3, 2, *kshape))
    options = {"stride": stride, "padding": padding, "dilation": dilation}
    result = cc.conv2d(x, kernel, **options)
    expected = unbatch(F.conv2d(batch(x), torch.from_numpy(kernel), **options))
    np.testing.assert_allclose(result, expected, rtol=RTOL, atol=ATOL)

    extras = tuple(int(rng.integers(0, max(s, d))) for s, d in zip(stride, dilation, strict=True))
    sizes = [
        (n - 1) * s - 2 * p + d * (k - 1) + e + 1
        for n, k, s, p, d, e in zip(shape, kshape, stride, padding, dilation, extras, strict=True)
    ]
    if min(sizes) < 1:
        return
    weights = rng.standard_normal((2, 3, *kshape))
    result = cc.conv_transpose2d(x, weights, output_padding=extras, **options)
    expected = unbatch(
        F.conv_transpose2d(batch(x), torch.from_numpy(weights), output_padding=extras, **options)
    )
    np.testing.assert_allclose(result, expected, rtol=RTOL, atol=ATOL)
