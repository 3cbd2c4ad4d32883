"""Image decoding: unusual files are converted correctly, bad files raise ImageError."""

from __future__ import annotations

import io
import struct
import zlib

import numpy as np
import pytest
from conftest import assert_no_exception, run_page
from PIL import Image

from ui.i18n import t
from ui.images import MAX_SIDE, ImageError, decode_image


def encode(image: Image.Image, fmt: str = "PNG", **options) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format=fmt, **options)
    return buffer.getvalue()


def test_rgb_png_becomes_gray_floats():
    decoded = decode_image(encode(Image.new("RGB", (20, 10), (255, 255, 255))))
    assert decoded.pixels.shape == (10, 20)
    assert decoded.pixels.dtype == np.float64
    assert np.allclose(decoded.pixels, 1.0)


def test_16_bit_png_scaled_by_real_range():
    values = np.linspace(1000, 3000, 64, dtype=np.uint16).reshape(8, 8)
    decoded = decode_image(encode(Image.fromarray(values)))
    assert decoded.pixels.min() == pytest.approx(0.0)
    assert decoded.pixels.max() == pytest.approx(1.0)
    assert "high_bit_depth" in decoded.notes


def test_constant_16_bit_image_has_no_division_by_zero():
    values = np.full((6, 6), 32768, dtype=np.uint16)
    decoded = decode_image(encode(Image.fromarray(values)))
    assert np.all(np.isfinite(decoded.pixels))
    assert np.allclose(decoded.pixels, 32768 / 65535)
    assert "constant" in decoded.notes


def test_constant_8_bit_image_is_flat():
    decoded = decode_image(encode(Image.new("L", (5, 5), 128)))
    assert np.allclose(decoded.pixels, 128 / 255)
    assert "constant" in decoded.notes


def test_cmyk_jpeg_converted():
    decoded = decode_image(encode(Image.new("CMYK", (16, 16), (0, 0, 0, 255)), "JPEG"))
    assert decoded.pixels.shape == (16, 16)
    assert decoded.pixels.max() < 0.2
    assert "cmyk_converted" in decoded.notes


def test_palette_transparency_composited_on_white():
    image = Image.new("P", (8, 8), 0)
    image.putpalette([0, 0, 0] + [255, 0, 0] * 255)
    image.info["transparency"] = 0
    decoded = decode_image(encode(image, transparency=0))
    assert np.allclose(decoded.pixels, 1.0)
    assert "alpha_composited" in decoded.notes


def test_rgba_alpha_composited_on_white():
    image = Image.new("RGBA", (8, 8), (0, 0, 0, 0))
    image.paste((0, 0, 0, 255), (0, 0, 4, 8))
    decoded = decode_image(encode(image))
    assert np.allclose(decoded.pixels[:, :4], 0.0)
    assert np.allclose(decoded.pixels[:, 4:], 1.0)


def test_exif_rotation_turned_upright():
    image = Image.new("L", (30, 10), 0)
    image.paste(255, (0, 0, 5, 10))  # white band on the left edge
    exif = Image.Exif()
    exif[0x0112] = 6  # orientation: rotate 90° clockwise to display
    decoded = decode_image(encode(image, "JPEG", exif=exif.tobytes(), quality=95))
    assert decoded.pixels.shape == (30, 10)
    assert decoded.pixels[:5].mean() > 0.8  # the band is now along the top


def test_large_image_downscaled_with_note():
    decoded = decode_image(encode(Image.new("L", (1024, 512), 10)))
    assert max(decoded.pixels.shape) == MAX_SIDE
    assert decoded.original_size == (1024, 512)
    assert "downscaled" in decoded.notes


def test_animated_gif_uses_first_frame():
    frames = [Image.new("L", (8, 8), value) for value in (0, 255)]
    data = encode(frames[0], "GIF", save_all=True, append_images=frames[1:])
    decoded = decode_image(data)
    assert np.allclose(decoded.pixels, 0.0)
    assert "first_frame" in decoded.notes


def _png_header_only(width: int, height: int) -> bytes:
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    chunk = b"IHDR" + header
    ihdr = struct.pack(">I", len(header)) + chunk + struct.pack(">I", zlib.crc32(chunk))
    body = zlib.compress(b"\x00" * 64)
    idat = (
        struct.pack(">I", len(body))
        + b"IDAT"
        + body
        + struct.pack(">I", zlib.crc32(b"IDAT" + body))
    )
    end = struct.pack(">I", 0) + b"IEND" + struct.pack(">I", zlib.crc32(b"IEND"))
    return b"\x89PNG\r\n\x1a\n" + ihdr + idat + end


BAD_FILES = {
    "empty": b"",
    "not_image": b"hello, this is plain text and not a picture",
    "svg": b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>',
    "heic": b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x00" * 64,
    "too_large": _png_header_only(20_000, 20_000),
}


@pytest.mark.parametrize(("code", "data"), list(BAD_FILES.items()))
def test_bad_file_raises_coded_error(code, data):
    with pytest.raises(ImageError) as info:
        decode_image(data)
    assert info.value.code == code


def test_truncated_png_raises():
    with pytest.raises(ImageError) as info:
        decode_image(_truncated_png())
    assert info.value.code == "truncated"


def test_nan_float_image_raises():
    values = np.array([[np.nan, 1.0], [2.0, np.inf]], dtype=np.float32)
    with pytest.raises(ImageError) as info:
        decode_image(encode(Image.fromarray(values), "TIFF"))
    assert info.value.code == "not_finite"


def test_exif_rotated_size_is_upright_size():
    image = Image.new("L", (30, 10), 0)
    exif = Image.Exif()
    exif[0x0112] = 6
    decoded = decode_image(encode(image, "JPEG", exif=exif.tobytes()))
    assert decoded.original_size == (10, 30)


def test_every_error_code_has_text():
    for code in (*BAD_FILES, "truncated", "not_finite"):
        for lang in ("ko", "en"):
            assert t(f"image.error.{code}", lang=lang, width=1, height=1) != f"image.error.{code}"


# AppTest: uploads through the shared picker on a page that uses images.


def _upload(app, name: str, data: bytes, mime: str = "image/png"):
    app.file_uploader(key="upload").set_value((name, data, mime)).run()
    return app


def test_upload_good_file_is_used(lang):
    app = run_page("flip", lang, image="upload")
    _upload(app, "square.png", encode(Image.new("L", (12, 12), 200)))
    assert_no_exception(app)
    texts = " ".join(element.value for element in app.get("imgs")) if app.get("imgs") else ""
    captions = " ".join(str(caption.value) for caption in app.caption) + texts
    assert "square.png" in captions or "square.png" in str(app._tree)


def _truncated_png() -> bytes:
    noise = np.random.default_rng(0).integers(0, 255, (64, 64), dtype=np.uint8)
    data = encode(Image.fromarray(noise))
    return data[: len(data) // 2]


def _credit_captions(app) -> list[str]:
    return [caption.value for caption in app.caption if "first.png" in caption.value]


@pytest.mark.parametrize("code", [*BAD_FILES, "truncated", "not_finite"])
def test_upload_bad_file_shows_message_and_keeps_previous(code):
    bad_files = {
        **BAD_FILES,
        "truncated": _truncated_png(),
        "not_finite": encode(Image.fromarray(np.array([[np.nan, 1.0]], dtype=np.float32)), "TIFF"),
    }
    app = run_page("flip", "ko", image="upload")
    _upload(app, "first.png", encode(Image.new("L", (12, 12), 200)))
    assert _credit_captions(app)

    _upload(app, "bad.png", bad_files[code])

    assert_no_exception(app)
    errors = [error.value for error in app.sidebar.error]
    assert t(f"image.error.{code}", lang="ko", width=20_000, height=20_000) in errors
    assert _credit_captions(app), "the previous image was replaced"


def _exif_rotated_jpeg() -> bytes:
    exif = Image.Exif()
    exif[0x0112] = 6
    return encode(Image.new("L", (30, 10), 90), "JPEG", exif=exif.tobytes())


def _palette_with_transparency() -> bytes:
    image = Image.new("P", (8, 8), 0)
    image.putpalette([0, 0, 0] + [255, 0, 0] * 255)
    return encode(image, transparency=0)


UNUSUAL_FILES = {
    "high_bit_depth": encode(Image.fromarray(np.arange(64, dtype=np.uint16).reshape(8, 8) * 900)),
    "cmyk_converted": encode(Image.new("CMYK", (16, 16), (0, 0, 0, 255)), "JPEG"),
    "alpha_composited": _palette_with_transparency(),
    "first_frame": encode(
        Image.new("L", (8, 8), 0), "GIF", save_all=True, append_images=[Image.new("L", (8, 8), 255)]
    ),
    "downscaled": encode(Image.new("L", (600, 300), 30)),
    "constant": encode(Image.new("L", (9, 9), 128)),
}


@pytest.mark.parametrize(("note", "data"), list(UNUSUAL_FILES.items()))
def test_upload_unusual_file_is_converted_with_note(note, data):
    app = run_page("flip", "en", image="upload")
    _upload(app, "unusual.png", data)
    assert_no_exception(app)
    assert not app.sidebar.error
    expected = t(f"image.note.{note}", lang="en", width=600, height=300, side=MAX_SIDE)
    assert expected in [caption.value for caption in app.sidebar.caption]


def test_upload_exif_rotated_photo_is_accepted():
    app = run_page("flip", "en", image="upload")
    _upload(app, "photo.jpg", _exif_rotated_jpeg())
    assert_no_exception(app)
    assert not app.sidebar.error
