"""Adversarial inputs: query parameters, uploads, page switches and convcore edge cases.

The app's rule is that bad input never crashes a page: it gets a translated message,
the page keeps working and a rejected upload leaves the previous image in place. Tests
marked ``xfail(strict=True)`` document inputs that break that rule today, and each reason
names the bug in one line. Because the marks are strict, a fix shows up as an XPASS
failure, and then the mark should be removed.
"""

from __future__ import annotations

import io
import re
import struct
import warnings
import zlib

import numpy as np
import pytest
from conftest import PAGE_FILES, assert_no_exception, run_page
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

import convcore as cc
from ui.flip_views import float_list_param, float_param
from ui.images import ImageError, decode_image
from ui.params import bool_param, choice_param, int_param

# Every query-parameter key each page reads, taken from the PARAMS lists of the pages.
PAGE_KEYS = {
    "home": (),
    "flip": tuple(
        [
            "view",
            "flip",
            "kernel",
            "signal",
            "x",
            "f",
            "g",
            "k1",
            "pos",
            "row",
            "col",
            "sv",
            "kv",
            "ck",
            "image",
        ]
    ),
    "stride": tuple(
        [
            "dims",
            "pad_kind",
            "padding_mode",
            "n",
            "k",
            "stride",
            "padding",
            "dilation",
            "output_padding",
            "n_w",
            "k_w",
            "stride_w",
            "padding_w",
            "dilation_w",
            "output_padding_w",
            "step",
            "sweep",
            "img_k",
            "image",
        ]
    ),
    "matrix": tuple(
        [
            "view",
            "dims",
            "symbolic",
            "n",
            "k",
            "stride",
            "padding",
            "dilation",
            "kern",
            "seed",
            "out",
            "inp",
            "blur",
            "noise",
            "reg",
            "image",
        ]
    ),
    "unet": tuple(
        [
            "depth",
            "size",
            "down",
            "upsample",
            "k",
            "conv",
            "skip",
            "weights",
            "fix",
            "base",
            "upk",
            "stride",
            "steps",
            "image",
        ]
    ),
}
GARBAGE = (
    "nan",
    "-1",
    "99999999999999999999999",
    "",
    "9" * 5000,
    "1.5",
    "inf",
    "<b>x</b>`$\\alpha$",
    "한국어",
    "1e999",
)


def encode(image: Image.Image, fmt: str = "PNG", **options) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format=fmt, **options)
    return buffer.getvalue()


def png_header_only(width: int, height: int) -> bytes:
    """Return a PNG whose header claims ``width × height`` but whose data is tiny."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00" * 1000))
        + chunk(b"IEND", b"")
    )


def nan_float_tiff() -> bytes:
    """Return a 32-bit float TIFF that contains NaN and infinity, as a scanner may write."""
    values = np.array([[np.nan, 1.0], [2.0, np.inf]], dtype=np.float32)
    return encode(Image.fromarray(values), "TIFF")


GOOD_PNG = encode(Image.fromarray((np.arange(64 * 64).reshape(64, 64) % 256).astype(np.uint8)))


def is_valid_number_list(key: str, text: str) -> bool:
    """Tell whether ``text`` is a valid one-number list for the flip page's ``sv``/``kv``."""
    if key not in ("sv", "kv"):
        return False
    try:
        return bool(np.isfinite(float(text)))
    except ValueError:
        return False


def upload(app, name: str, data: bytes, mime: str = "image/png"):
    return app.file_uploader(key="upload").set_value((name, data, mime)).run()


def credit_captions(app) -> list[str]:
    return [caption.value for caption in app.caption if "Uploaded file" in caption.value]


# --- Query parameters ---------------------------------------------------------------------


@pytest.mark.parametrize("page", list(PAGE_KEYS))
@pytest.mark.parametrize("rotation", [0, 1])
def test_garbage_in_every_key_falls_back(page, rotation):
    """Send a malformed value in every key and expect the page to list the rejected keys."""
    keys = PAGE_KEYS[page]
    query = {key: GARBAGE[(index + rotation * 5) % len(GARBAGE)] for index, key in enumerate(keys)}
    # The second rotation also sends an unknown language, which falls back to Korean.
    app = run_page(page, "xx" if rotation else "en", **query)

    assert_no_exception(app)
    notes = " ".join(info.value for info in app.info)
    for key in keys:
        # An unknown image source silently falls back to the sample, by design.
        if key == "image" or is_valid_number_list(key, query[key]):
            continue
        assert f"`{key}`" in notes, f"{key}={query[key][:20]!r} is missing from the URL note"


@pytest.mark.parametrize(
    ("page", "query"),
    [
        ("stride", {"n": "1", "k": "7", "dilation": "4", "padding": "0"}),
        ("stride", {"pad_kind": "same", "stride": "5", "k": "7", "dilation": "4", "n": "1"}),
        ("stride", {"output_padding": "4", "stride": "1", "dilation": "1"}),
        ("stride", {"n": "1", "k": "1", "padding": "6", "padding_mode": "circular"}),
        ("stride", {"pad_kind": "causal", "dims": "2"}),
        ("matrix", {"n": "2", "k": "5", "dilation": "3", "padding": "0", "dims": "1d"}),
        ("unet", {"depth": "4", "size": "16", "conv": "valid", "k": "4"}),
    ],
)
def test_jointly_invalid_settings_show_message(page, query):
    app = run_page(page, "en", **query)

    assert_no_exception(app)
    assert list(app.warning) or list(app.error), "the rejected settings got no message"


@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=80) | st.from_regex(r"-?[0-9]{1,30}(\.[0-9]*)?(e-?[0-9]{1,4})?"))
def test_parsers_raise_only_value_error(text):
    """Check that URL parsers return an in-range value or raise ValueError for any text."""
    parsers = {
        "int": int_param("n", 3, 2, 16),
        "bool": bool_param("flip", False),
        "choice": choice_param("dims", "2d", ("1d", "2d")),
        "float": float_param("x", 0.5, -4.0, 4.0, 0.05),
        "list": float_list_param("kv", (1.0,), 1, 9),
    }
    for name, param in parsers.items():
        try:
            value = param.parse(text)
        except ValueError:
            continue
        if name == "int":
            assert 2 <= value <= 16
        elif name == "float":
            assert -4.0 <= value <= 4.0
        elif name == "list":
            assert 1 <= len(value) <= 9
            assert all(np.isfinite(value))


# --- Flip page: typed numbers -------------------------------------------------------------


def test_huge_typed_signal_gets_message():
    app = run_page("flip", "en", signal="custom", sv="1e308,1e308,1e308", k1="custom", kv="2,2")

    assert_no_exception(app)
    rejected = any("`sv`" in info.value or "`kv`" in info.value for info in app.info)
    metric_values = [metric.value for metric in app.metric]
    assert rejected or not {"inf", "-inf", "nan"} & set(metric_values), metric_values


def test_large_custom_kernel_metric_stays_short():
    app = run_page("flip", "en", kernel="custom", ck="1e100,0,0,0,0,0,0,0,0")

    assert_no_exception(app)
    for metric in app.metric:
        assert len(metric.value) <= 24, f"{metric.label}: {metric.value[:40]}…"


# --- Uploads --------------------------------------------------------------------------------


def test_nan_float_image_rejected():
    with pytest.raises(ImageError):
        decode_image(nan_float_tiff())


@pytest.mark.parametrize("page", ["flip", "unet"])
def test_nan_float_upload_keeps_previous_image(page):
    app = run_page(page, "en", image="upload")
    upload(app, "good.png", GOOD_PNG)
    assert_no_exception(app)

    # The uploader's type filter checks only the name, so a TIFF renamed to .png arrives.
    upload(app, "scan.png", nan_float_tiff())

    assert_no_exception(app)
    assert list(app.error), "the unusable image got no message"
    assert any("good.png" in caption for caption in credit_captions(app))


@pytest.mark.parametrize(("width", "height"), [(10_000, 10_000), (20_000, 20_000)])
def test_bomb_message_names_real_size(width, height):
    with pytest.raises(ImageError) as caught:
        decode_image(png_header_only(width, height))

    assert caught.value.code == "too_large"
    assert caught.value.params == {"width": width, "height": height}


def test_bomb_below_pillow_limit_sized():
    with pytest.raises(ImageError) as caught:
        decode_image(png_header_only(7_000, 7_000))

    assert caught.value.params == {"width": 7_000, "height": 7_000}


@pytest.mark.parametrize("name", ["__init__.png", "*a* b *c*.png"])
def test_upload_name_shown_literally(name):
    app = run_page("flip", "en", image="upload")
    upload(app, name, GOOD_PNG)

    assert_no_exception(app)
    captions = credit_captions(app)
    assert captions
    displayed_name = captions[0].split(": ", 1)[1]
    # A code span or escaped underscores and asterisks show the name without emphasis.
    emphasis = re.search(r"(?<!\\)[_*]\S*(?<!\\)[_*]", displayed_name)
    assert displayed_name.startswith("`") or not emphasis, displayed_name


def test_upload_name_with_html_is_reduced():
    app = run_page("flip", "en", image="upload")
    upload(app, "<img src=x onerror=alert(1)>[a](javascript:x)$x$.png", GOOD_PNG)

    assert_no_exception(app)
    captions = credit_captions(app)
    assert captions
    for character in "<>[]()$`":
        assert character not in captions[0].split(": ", 1)[1]


@pytest.mark.parametrize(
    ("name", "size"), [("one_pixel.png", (1, 1)), ("strip.png", (5000, 1)), ("tall.png", (1, 5000))]
)
def test_tiny_and_thin_images_work_on_every_page(name, size):
    """Upload an extreme image on the flip page and open every other page with it."""
    data = encode(Image.new("L", size, 128))
    app = run_page("flip", "en", image="upload")
    upload(app, name, data)
    assert_no_exception(app)

    for page in ("stride", "matrix", "unet"):
        app.switch_page(PAGE_FILES[page])
        app.run()
        assert_no_exception(app)


# --- Page switches --------------------------------------------------------------------------


def test_extreme_stride_values_do_not_leak():
    """Open narrower pages after the stride page's maximum values and check their ranges."""
    app = run_page(
        "stride",
        "en",
        n="16",
        k="7",
        stride="5",
        padding="6",
        dilation="4",
        output_padding="4",
        step="1599",
    )
    assert_no_exception(app)

    ranges = {
        "matrix": {"n": (2, 16), "k": (1, 5), "stride": (1, 4), "padding": (0, 3)},
        "unet": {"k": (2, 4), "stride": (1, 4)},
        "flip": {"pos": (0, 63)},
    }
    for page, limits in ranges.items():
        app.switch_page(PAGE_FILES[page])
        app.run()
        assert_no_exception(app)
        for key, (low, high) in limits.items():
            assert low <= app.session_state[key] <= high, (page, key, app.session_state[key])

    app.switch_page(PAGE_FILES["matrix"])
    app.run()
    assert app.session_state["dims"] in ("1d", "2d")


def test_language_switch_after_bad_upload():
    app = run_page("flip", "en", image="upload")
    upload(app, "good.png", GOOD_PNG)
    upload(app, "notes.png", b"not an image")
    assert list(app.error)

    app.radio(key="lang").set_value("ko").run()

    assert_no_exception(app)
    assert any("올린 파일" in caption.value for caption in app.caption)


# --- convcore -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "call",
    [
        lambda: cc.conv1d([[1.0, 2.0], [3.0]], [1.0]),
        lambda: cc.conv2d([[1.0, 2.0], [3.0]], [[1.0]]),
    ],
    ids=["conv1d", "conv2d"],
)
def test_ragged_input_raises_conv_type_error(call):
    with pytest.raises(cc.ConvTypeError):
        call()


@pytest.mark.parametrize(
    "call",
    [
        lambda: cc.conv1d(np.ones(5), np.ones(3), padding=2**62),
        lambda: cc.conv1d(np.ones(5), np.ones(3), padding=2**63),
        lambda: cc.conv2d(np.ones((3, 3)), np.ones((2, 2)), padding=2**62),
        lambda: cc.pad(np.ones(3), [(2**62, 0)]),
    ],
    ids=["conv1d-2**62", "conv1d-2**63", "conv2d-2**62", "pad-2**62"],
)
def test_int64_overflowing_padding_raises_conv_error(call):
    with pytest.raises(cc.ConvError):
        call()


def test_transpose_huge_stride_raises_conv_error():
    with pytest.raises(cc.ConvError):
        cc.conv_transpose1d(np.ones(5), np.ones(3), stride=10**30)


@pytest.mark.parametrize(
    "call",
    [
        lambda: cc.conv1d([1e308, 1e308], [1.0, 1.0]),
        lambda: cc.conv1d([1e200], [1e200]),
        lambda: cc.conv2d(np.full((3, 3), 1e308), np.ones((2, 2))),
    ],
    ids=["sum", "product", "conv2d"],
)
def test_overflow_raises_or_stays_finite(call):
    with warnings.catch_warnings():
        warnings.simplefilter("error", RuntimeWarning)
        try:
            result = call()
        except cc.ConvError:
            return
    assert np.all(np.isfinite(result))


def test_huge_output_size_arithmetic_is_exact():
    assert cc.conv_output_size(10**30, 3) == 10**30 - 2


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    n=st.integers(-2, 12),
    k=st.integers(-1, 8),
    stride=st.integers(-1, 5),
    padding=st.integers(-2, 8) | st.sampled_from(["same", "valid", "full", "causal", "bogus"]),
    dilation=st.integers(-1, 5),
    mode=st.sampled_from(["zeros", "reflect", "replicate", "circular", "bogus"]),
    output_padding=st.integers(-1, 5),
)
def test_small_settings_raise_only_conv_error(
    n, k, stride, padding, dilation, mode, output_padding
):
    """Check that small, possibly invalid settings give a result or a coded ConvError."""
    x = np.arange(max(n, 0), dtype=np.float64)
    kernel = np.ones(max(k, 0))
    calls = [
        lambda: cc.conv1d(
            x, kernel, stride=stride, padding=padding, dilation=dilation, padding_mode=mode
        ),
        lambda: cc.conv_transpose1d(
            x,
            kernel,
            stride=stride,
            padding=padding,
            dilation=dilation,
            output_padding=output_padding,
        ),
        lambda: cc.conv_output_size(n, k, stride=stride, padding=padding, dilation=dilation),
    ]
    for call in calls:
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            try:
                call()
            except cc.ConvError as error:
                assert error.code in cc.ERROR_CODES
