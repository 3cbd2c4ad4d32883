"""convcore error codes, their params, messages and the ui/text/errors.py entries."""

import string
import warnings

import numpy as np
import pytest

import convcore as cc
from convcore.validation import MAX_ELEMENTS
from ui.text.errors import TEXT

X1 = np.arange(5.0)
X2 = np.ones((4, 4))
K2 = np.ones((2, 2))

# code -> (call that raises it, words the English message must contain)
RAISING_CALLS = {
    "not_an_integer": (lambda: cc.conv1d(X1, [1.0], stride=1.5), ["stride", "1.5"]),
    "not_a_real_array": (lambda: cc.conv1d(["a", "b"], [1.0]), ["x"]),
    "wrong_length": (lambda: cc.conv2d(X2, K2, stride=(1, 2, 3)), ["stride", "(1, 2, 3)"]),
    "stride_below_one": (lambda: cc.conv2d(X2, K2, stride=0), ["stride=0"]),
    "dilation_below_one": (lambda: cc.conv1d(X1, [1.0], dilation=(0,)), ["dilation"]),
    "factor_below_one": (lambda: cc.upsample_nearest(X2, 0), ["factor=0"]),
    "kernel_size_below_one": (lambda: cc.conv_output_size(5, 0), ["kernel_size"]),
    "input_size_below_one": (lambda: cc.conv1d([], [1.0]), ["x"]),
    "negative_padding": (lambda: cc.conv2d(X2, K2, padding=-1), ["padding=-1"]),
    "negative_output_padding": (
        lambda: cc.conv_transpose1d(X1, [1.0], output_padding=-1),
        ["output_padding=-1"],
    ),
    "output_padding_too_large": (
        lambda: cc.conv_transpose1d(X1, [1.0, 1.0], stride=2, output_padding=2),
        ["output_padding=2", "max(stride, dilation)"],
    ),
    "kernel_larger_than_input": (
        lambda: cc.conv2d(np.ones((7, 7)), np.ones((5, 5)), dilation=2),
        ["kernel (5×5, dilation 2)", "spans 9", "7 long"],
    ),
    "output_size_not_positive": (
        lambda: cc.conv_transpose1d([1.0], [1.0], padding=1),
        ["padding", "-1"],
    ),
    "same_padding_with_stride": (
        lambda: cc.conv2d(X2, K2, padding="same", stride=2),
        ['padding="same"', "stride=(2, 2)"],
    ),
    "reflect_padding_too_large": (
        lambda: cc.conv1d([1.0, 2.0], [1.0], padding=2, padding_mode="reflect"),
        ["reflect padding of 2"],
    ),
    "circular_padding_too_large": (
        lambda: cc.conv1d([1.0, 2.0], [1.0], padding=3, padding_mode="circular"),
        ["circular padding of 3"],
    ),
    "wrong_ndim": (lambda: cc.conv2d(X1, K2), ["x", "1 dimensions"]),
    "channel_mismatch": (
        lambda: cc.conv2d(np.ones((3, 4, 4)), np.ones((2, 2, 2, 2))),
        ["3 channels", "has 2"],
    ),
    "non_finite_values": (lambda: cc.conv1d([1.0, np.nan], [1.0]), ["x", "NaN"]),
    "unknown_padding": (lambda: cc.conv1d(X1, [1.0], padding="half"), ["padding='half'"]),
    "unknown_padding_mode": (
        lambda: cc.conv1d(X1, [1.0], padding_mode="mirror"),
        ["padding_mode='mirror'"],
    ),
    "invalid_padding": (
        lambda: cc.conv_transpose2d(X2, K2, padding="same"),
        ["padding='same'", "transposed"],
    ),
    "shape_mismatch": (lambda: cc.deconvolve(np.ones(3), [1.0, 1.0], 5), ["y", "(3,)", "(4,)"]),
    "problem_too_large": (
        lambda: cc.deconvolve(np.ones((65, 64)), [[1.0]], (65, 64)),
        ["input_shape", "4160", "4096"],
    ),
    "invalid_regularization": (
        lambda: cc.deconvolve([1.0], [1.0], 1, regularization=-1.0),
        ["regularization=-1.0"],
    ),
    "channels_not_divisible": (
        lambda: cc.pixel_shuffle(np.ones((6, 2, 2)), 2),
        ["6 channels", "factor"],
    ),
    "result_not_finite": (
        lambda: cc.conv1d([1e308, 1e308], [1.0, 1.0]),
        ["conv1d", "overflows float64"],
    ),
}

TYPE_ERROR_CODES = {"not_an_integer", "not_a_real_array"}


def raise_for(code):
    call, _ = RAISING_CALLS[code]
    with pytest.raises(cc.ConvError) as info:
        call()
    return info.value


def placeholders(template):
    return {field for _, field, _, _ in string.Formatter().parse(template) if field}


def test_error_codes_are_unique_snake_case():
    assert len(set(cc.ERROR_CODES)) == len(cc.ERROR_CODES)
    for code in cc.ERROR_CODES:
        assert code.replace("_", "").isalpha(), code
        assert code.islower(), code


def test_every_code_has_a_raising_call():
    assert set(RAISING_CALLS) == set(cc.ERROR_CODES)


@pytest.mark.parametrize("code", cc.ERROR_CODES)
def test_raised_error_carries_code(code):
    assert raise_for(code).code == code


@pytest.mark.parametrize("code", cc.ERROR_CODES)
def test_raised_params_match_documented_names(code):
    assert set(raise_for(code).params) == set(cc.ERROR_PARAMS[code])


@pytest.mark.parametrize("code", cc.ERROR_CODES)
def test_message_names_argument_and_value(code):
    message = str(raise_for(code))
    for word in RAISING_CALLS[code][1]:
        assert word in message, f"{word!r} missing from {message!r}"


@pytest.mark.parametrize("code", cc.ERROR_CODES)
def test_type_errors_are_type_errors(code):
    error = raise_for(code)
    assert isinstance(error, TypeError) == (code in TYPE_ERROR_CODES)


def test_conv_error_is_value_error():
    assert issubclass(cc.ConvError, ValueError)


def test_conv_type_error_is_caught_as_conv_error():
    assert issubclass(cc.ConvTypeError, cc.ConvError)


@pytest.mark.parametrize("code", cc.ERROR_CODES)
def test_ui_text_has_english_and_korean(code):
    assert set(TEXT[f"error.{code}"]) == {"en", "ko"}


@pytest.mark.parametrize("code", cc.ERROR_CODES)
@pytest.mark.parametrize("lang", ["en", "ko"])
def test_ui_text_placeholders_match_raised_params(code, lang):
    template = TEXT[f"error.{code}"][lang]
    assert placeholders(template) == set(raise_for(code).params)


@pytest.mark.parametrize("code", cc.ERROR_CODES)
@pytest.mark.parametrize("lang", ["en", "ko"])
def test_ui_text_formats_with_raised_params(code, lang):
    text = TEXT[f"error.{code}"][lang].format(**raise_for(code).params)
    assert "{" not in text


def test_ui_text_has_no_unknown_codes():
    assert {key.removeprefix("error.") for key in TEXT} == set(cc.ERROR_CODES)


# --- more rejected inputs, each naming the argument -----------------------------

REJECTED = [
    # (call, code, argument named in the message)
    (lambda: cc.conv1d(X1, [1.0], stride=True), "not_an_integer", "stride"),
    (lambda: cc.conv1d(X1, [1.0], padding=float("nan")), "not_an_integer", "padding"),
    (lambda: cc.conv1d(X1, [1.0], dilation="2"), "not_an_integer", "dilation"),
    (lambda: cc.conv_output_size(5.0, 3), "not_an_integer", "n"),
    (lambda: cc.conv1d(X1 + 1j, [1.0]), "not_a_real_array", "x"),
    (lambda: cc.conv1d(X1, [np.inf]), "non_finite_values", "kernel"),
    (lambda: cc.conv1d(X1, np.ones((1, 1))), "wrong_ndim", "kernel"),
    (lambda: cc.conv1d(X1, [1.0] * 6), "kernel_larger_than_input", "kernel"),
    (lambda: cc.conv_transpose2d(X2, K2, dilation=(1, 0)), "dilation_below_one", "dilation"),
    (
        lambda: cc.conv_transpose1d(X1, [1.0], output_padding=1),
        "output_padding_too_large",
        "output_padding",
    ),
    (lambda: cc.conv_transpose_output_size(1, 1, padding=1), "output_size_not_positive", "padding"),
    (lambda: cc.conv_transpose2d(X2, K2, padding=((1, 1), (0, 0))), "invalid_padding", "padding"),
    (lambda: cc.conv2d(X2, K2, padding=(1, 2, 3)), "invalid_padding", "padding"),
    (lambda: cc.pad(X1, (1, -1)), "negative_padding", "padding"),
    (lambda: cc.pad(X1, (1, 1), "edge"), "unknown_padding_mode", "padding_mode"),
    (lambda: cc.conv_matrix((3, 3), K2, stride=0), "stride_below_one", "stride"),
    (lambda: cc.conv_matrix_structure((3,), (2, 2)), "wrong_length", "input_shape"),
    (lambda: cc.max_pool2d(X2, 5), "kernel_larger_than_input", "kernel"),
    (lambda: cc.conv_grad_input(np.ones(2), [1.0, 1.0], 5), "shape_mismatch", "grad_output"),
    (
        lambda: cc.deconvolve([1.0], [1.0], 1, regularization="a"),
        "invalid_regularization",
        "regularization",
    ),
    (lambda: cc.tf_same_pads(0, 3), "input_size_below_one", "n"),
    (lambda: cc.overlap_counts(3, 3, stride=0), "stride_below_one", "stride"),
]


@pytest.mark.parametrize(("call", "code", "argument"), REJECTED)
def test_rejected_input_raises_code(call, code, argument):
    with pytest.raises(cc.ConvError) as info:
        call()
    assert info.value.code == code


@pytest.mark.parametrize(("call", "code", "argument"), REJECTED)
def test_rejected_input_message_names_argument(call, code, argument):
    with pytest.raises(cc.ConvError) as info:
        call()
    assert argument in str(info.value)


def test_transposed_accepts_input_smaller_than_kernel():
    assert cc.conv_transpose1d([1.0], [1.0, 2.0, 3.0]).shape == (3,)


def test_reflect_padding_one_below_size_is_accepted():
    assert cc.conv1d([1.0, 2.0], [1.0], padding=1, padding_mode="reflect").shape == (4,)


def test_circular_padding_equal_to_size_is_accepted():
    assert cc.conv1d([1.0, 2.0], [1.0], padding=2, padding_mode="circular").shape == (6,)


# --- size limit and overflow --------------------------------------------------

TOO_LARGE = [
    # (call, argument named in params and message, size of the rejected array)
    (lambda: cc.conv1d(X1, [1.0, 1.0], padding=2**62), "padding", 2**63 + 5),
    (lambda: cc.conv1d(X1, [1.0, 1.0], padding=2**63), "padding", 2**64 + 5),
    (lambda: cc.conv1d(X1, [1.0, 1.0], padding=10**12), "padding", 2 * 10**12 + 5),
    (
        lambda: cc.conv1d(X1, [1.0, 1.0], dilation=10**12, padding="full"),
        "padding",
        2 * 10**12 + 5,
    ),
    (lambda: cc.conv2d(X2, K2, padding=2**62), "padding", (2**63 + 4) ** 2),
    (lambda: cc.conv2d(X2, K2, padding=(0, 2**26)), "padding", 4 * (2**27 + 4)),
    (lambda: cc.conv2d(np.ones((1, 64, 64)), np.ones((2**15, 1, 1, 1))), "kernel", 2**27),
    (lambda: cc.pad(X1, [(2**62, 0)]), "pads", 2**62 + 5),
    (lambda: cc.pad(np.ones((2, 3)), (10**12, 0)), "pads", 2 * (10**12 + 3)),
    (lambda: cc.conv_transpose1d(X1, [1.0, 1.0], stride=10**30), "stride", 4 * 10**30 + 2),
    (
        lambda: cc.conv_transpose1d(X1, [1.0, 1.0], dilation=10**30),
        "dilation",
        10**30 + 5,
    ),
    (lambda: cc.conv_transpose2d(X2, K2, stride=(1, 2**25)), "stride", 5 * (3 * 2**25 + 2)),
    (lambda: cc.conv_matrix((10**6,), [1.0, 1.0, 1.0]), "input_shape", (10**6 - 2) * 10**6),
    (lambda: cc.conv_matrix_structure((10**5,), (3,)), "input_shape", (10**5 - 2) * 10**5),
    (
        lambda: cc.conv_matrix_structure((1,), (10**5,), padding="full"),
        "kernel_shape",
        10**10,
    ),
    (lambda: cc.upsample_nearest(X2, 10**5), "factor", 16 * 10**10),
    (lambda: cc.upsample_bilinear(np.ones((3, 4, 4)), 10**6), "factor", 48 * 10**12),
    (lambda: cc.overlap_counts(10**12, 3, stride=2), "input_shape", 2 * 10**12 + 1),
]


@pytest.mark.parametrize(("call", "argument", "size"), TOO_LARGE)
def test_oversized_array_raises_problem_too_large(call, argument, size):
    with pytest.raises(cc.ConvError) as info:
        call()
    assert info.value.code == "problem_too_large"
    assert info.value.params == {"name": argument, "size": size, "limit": MAX_ELEMENTS}


@pytest.mark.parametrize(("call", "argument", "size"), TOO_LARGE)
def test_oversized_message_names_argument_and_limit(call, argument, size):
    with pytest.raises(cc.ConvError) as info:
        call()
    message = str(info.value)
    assert argument in message
    assert str(size) in message
    assert str(MAX_ELEMENTS) in message


def test_size_limit_is_512_mib_of_float64():
    assert MAX_ELEMENTS * np.dtype(np.float64).itemsize == 512 * 2**20


@pytest.fixture
def limit_64(monkeypatch):
    """Lower the size limit to 64 elements so boundary tests allocate little."""
    monkeypatch.setattr(cc.validation, "MAX_ELEMENTS", 64)


@pytest.mark.usefixtures("limit_64")
def test_output_at_size_limit_is_accepted():
    assert cc.upsample_nearest(np.ones(8), 8).size == 64


@pytest.mark.usefixtures("limit_64")
def test_output_above_size_limit_is_rejected():
    with pytest.raises(cc.ConvError) as info:
        cc.upsample_nearest(np.ones(9), 8)
    assert info.value.params == {"name": "factor", "size": 72, "limit": 64}


@pytest.mark.usefixtures("limit_64")
def test_padded_input_at_size_limit_is_accepted():
    assert cc.conv1d(np.ones(60), [1.0], padding=2).shape == (64,)


@pytest.mark.usefixtures("limit_64")
def test_padded_input_above_size_limit_is_rejected():
    with pytest.raises(cc.ConvError) as info:
        cc.conv1d(np.ones(60), [1.0], padding=(2, 3))
    assert info.value.params == {"name": "padding", "size": 65, "limit": 64}


@pytest.mark.usefixtures("limit_64")
def test_dense_matrix_at_size_limit_is_accepted():
    assert cc.conv_matrix_structure((8,), (1,)).shape == (8, 8)


@pytest.mark.usefixtures("limit_64")
def test_dense_matrix_above_size_limit_is_rejected():
    with pytest.raises(cc.ConvError) as info:
        cc.conv_matrix_structure((9,), (2,))
    assert info.value.params == {"name": "input_shape", "size": 72, "limit": 64}


@pytest.mark.usefixtures("limit_64")
def test_transposed_full_output_at_size_limit_is_accepted():
    # The full output before cropping is 31 * 2 + 1 + 1 = 64 samples long.
    assert cc.conv_transpose1d(np.ones(32), [1.0, 1.0], stride=2, padding=1).shape == (62,)


@pytest.mark.usefixtures("limit_64")
def test_transposed_full_output_above_size_limit_is_rejected():
    with pytest.raises(cc.ConvError) as info:
        cc.conv_transpose1d(np.ones(33), [1.0, 1.0], stride=2, padding=1)
    assert info.value.params == {"name": "stride", "size": 66, "limit": 64}


def test_deconvolve_matrix_fits_size_limit():
    assert cc.MAX_DECONV_OUTPUTS * cc.MAX_DECONV_UNKNOWNS <= MAX_ELEMENTS // 2


@pytest.mark.parametrize(
    "call",
    [
        lambda: cc.conv2d(np.ones((256, 256)), np.ones((7, 7)), padding=6, dilation=4),
        lambda: cc.conv2d(np.ones((256, 256)), np.ones((3, 3)), padding=6, padding_mode="reflect"),
        lambda: cc.conv_transpose2d(np.ones((256, 256)), np.ones((7, 7)), stride=5, dilation=4),
        lambda: cc.conv_matrix((16, 16), np.ones((5, 5)), padding=3),
        lambda: cc.upsample_bilinear(np.ones((256, 256)), 4),
        lambda: cc.overlap_counts((256, 256), (4, 4), stride=4, output_padding=3),
    ],
    ids=["conv2d", "reflect", "transpose", "matrix", "bilinear", "overlap"],
)
def test_app_sized_problems_stay_below_limit(call):
    result = call()
    assert result is not None


def test_ragged_list_raises_not_a_real_array():
    with pytest.raises(cc.ConvTypeError) as info:
        cc.conv1d([[1.0, 2.0], [3.0]], [1.0])
    assert info.value.code == "not_a_real_array"
    assert info.value.params == {"name": "x", "type": "list"}


def test_ragged_kernel_raises_not_a_real_array():
    with pytest.raises(cc.ConvTypeError) as info:
        cc.conv2d(X2, [[1.0, 2.0], [3.0]])
    assert info.value.params == {"name": "kernel", "type": "list"}


def test_complex_list_raises_not_a_real_array():
    with pytest.raises(cc.ConvTypeError) as info:
        cc.conv1d([1.0, 2j], [1.0])
    assert info.value.params == {"name": "x", "type": "complex"}


OVERFLOWING = [
    (lambda: cc.conv1d([1e308, 1e308], [1.0, 1.0]), "conv1d"),
    (lambda: cc.conv1d([1e200], [1e200]), "conv1d"),
    (lambda: cc.conv1d([-1e308, -1e308], [1.0, 1.0]), "conv1d"),
    (lambda: cc.conv2d(np.full((3, 3), 1e308), K2), "conv2d"),
    (lambda: cc.conv2d(np.full((20, 20), 1e308), np.ones((16, 16))), "conv2d"),
    (lambda: cc.conv2d(np.full((2, 3, 3), 1e308), np.ones((1, 2, 1, 1))), "conv2d"),
    (lambda: cc.conv_transpose1d([1e308, 1e308], [1.0, 1.0]), "conv_transpose1d"),
    (lambda: cc.conv_transpose2d(np.full((2, 2), 1e308), K2), "conv_transpose2d"),
]


@pytest.mark.parametrize(("call", "name"), OVERFLOWING)
def test_overflow_raises_result_not_finite(call, name):
    with warnings.catch_warnings():
        warnings.simplefilter("error", RuntimeWarning)
        with pytest.raises(cc.ConvError) as info:
            call()
    assert info.value.code == "result_not_finite"
    assert info.value.params == {"name": name}


def test_large_finite_result_is_returned():
    result = cc.conv1d([1e307, 1e307], [1.0, 1.0])
    np.testing.assert_array_equal(result, [2e307])
