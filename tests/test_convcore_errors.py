"""convcore error codes, their params, messages and the ui/text/errors.py entries."""

import string

import numpy as np
import pytest

import convcore as cc
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
