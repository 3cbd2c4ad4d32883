"""Image input: the shipped samples, uploads and camera photos, as grayscale floats.

Decoding lives here (Pillow ships with Streamlit), never in ``convcore``. Every input
becomes a float64 array in [0, 1] whose longer side is at most ``MAX_SIDE`` pixels.
Files that do not decode as a still image raise :class:`ImageError`, whose ``code``
selects a translated message; nothing is written to disk.
"""

from __future__ import annotations

import io
import logging
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import streamlit as st
from PIL import Image, ImageOps, UnidentifiedImageError

from ui.i18n import current_language, t
from ui.params import Param

logger = logging.getLogger(__name__)

ASSETS = Path(__file__).resolve().parent.parent / "assets" / "images"
SAMPLES: dict[str, str] = {
    "astronaut": "astronaut.png",
    "brick": "brick.png",
    "text": "text.png",
    "camera": "camera.png",
}
UPLOAD = "upload"
CAMERA = "camera_input"
SOURCES: tuple[str, ...] = (*SAMPLES, UPLOAD, CAMERA)
DEFAULT_SAMPLE = "astronaut"
MAX_SIDE = 256
# A learner's photo never needs more pixels than this. decode_image compares the size in
# the header with it before any pixel is decoded, which keeps a decompression bomb out.
MAX_PIXELS = 40_000_000
# Pillow's own bomb check fires inside Image.open before the size is known, so its error
# could not say how large the image is. The MAX_PIXELS check above replaces it.
Image.MAX_IMAGE_PIXELS = None

_UPLOADED_KEY = "_uploaded_image"
_SOURCE_MEMORY_KEY = "_image_source"


class ImageError(ValueError):
    """A file that cannot be used as a still image; ``code`` names the reason."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(f"{code}: {params}")
        self.code = code
        self.params = params


@dataclass(frozen=True)
class DecodedImage:
    """A decoded image: grayscale pixels in [0, 1] and what was done to get them."""

    pixels: np.ndarray
    original_size: tuple[int, int]
    notes: tuple[str, ...]


def _sniff_unsupported(data: bytes) -> None:
    head = data[:512].lstrip()
    if head.startswith(b"<") and (b"<svg" in data[:4096].lower() or head.startswith(b"<?xml")):
        raise ImageError("svg")
    if data[4:8] == b"ftyp" and data[8:12] in (
        b"heic",
        b"heix",
        b"hevc",
        b"mif1",
        b"msf1",
        b"avif",
    ):
        raise ImageError("heic")


def _to_gray(image: Image.Image, notes: list[str]) -> np.ndarray:
    """Convert any Pillow mode to grayscale float64 in [0, 1]."""
    mode = image.mode
    if mode in ("I;16", "I;16B", "I;16L", "I;16N", "I", "F"):
        values = np.asarray(image, dtype=np.float64)
        if not np.isfinite(values).all():
            raise ImageError("not_finite")
        low, high = float(values.min()), float(values.max())
        notes.append("high_bit_depth")
        if high > low:
            return (values - low) / (high - low)
        full_scale = 65535.0 if mode.startswith("I;16") else max(abs(high), 1.0)
        return np.full(values.shape, np.clip(high / full_scale, 0.0, 1.0))

    has_alpha = mode in ("RGBA", "LA", "PA", "La", "RGBa") or (
        mode == "P" and "transparency" in image.info
    )
    if has_alpha:
        rgba = image.convert("RGBA")
        background = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        image = Image.alpha_composite(background, rgba)
        notes.append("alpha_composited")
    if mode == "CMYK":
        notes.append("cmyk_converted")
    gray = image.convert("RGB").convert("L") if image.mode not in ("L", "1") else image.convert("L")
    return np.asarray(gray, dtype=np.float64) / 255.0


def _downscale(pixels: np.ndarray, max_side: int, notes: list[str]) -> np.ndarray:
    height, width = pixels.shape
    if max(height, width) <= max_side:
        return pixels
    scale = max_side / max(height, width)
    size = (max(1, round(width * scale)), max(1, round(height * scale)))
    resized = Image.fromarray(pixels.astype(np.float32), mode="F").resize(
        size, Image.Resampling.BOX
    )
    notes.append("downscaled")
    return np.clip(np.asarray(resized, dtype=np.float64), 0.0, 1.0)


@st.cache_data(max_entries=24, show_spinner=False)
def decode_image(data: bytes, max_side: int = MAX_SIDE) -> DecodedImage:
    """Decode image bytes into grayscale floats in [0, 1], at most ``max_side`` wide or high.

    Raises :class:`ImageError` with code ``empty``, ``svg``, ``heic``, ``not_image``,
    ``too_large``, ``truncated`` or ``not_finite`` (a floating-point image with NaN or
    infinite values).
    """
    if not data:
        raise ImageError("empty")
    _sniff_unsupported(data)

    notes: list[str] = []
    try:
        image = Image.open(io.BytesIO(data))
        width, height = image.size
        if width * height > MAX_PIXELS:
            raise ImageError("too_large", width=width, height=height)
        if getattr(image, "n_frames", 1) > 1:
            notes.append("first_frame")
        image.load()
        image = ImageOps.exif_transpose(image)
    except ImageError:
        raise
    except UnidentifiedImageError as exc:
        raise ImageError("not_image") from exc
    except (OSError, SyntaxError, ValueError, EOFError) as exc:
        raise ImageError("truncated") from exc

    # Report the size after EXIF rotation, as the image is displayed.
    width, height = image.size
    pixels = _to_gray(image, notes)
    if pixels.ndim != 2 or min(pixels.shape) < 1:
        raise ImageError("not_image")
    if float(pixels.max()) == float(pixels.min()):
        notes.append("constant")
    pixels = _downscale(pixels, max_side, notes)
    return DecodedImage(pixels=pixels, original_size=(width, height), notes=tuple(notes))


@st.cache_data(max_entries=len(SAMPLES), show_spinner=False)
def load_sample(name: str) -> DecodedImage:
    """Return one of the shipped sample images, decoded like an upload."""
    return decode_image((ASSETS / SAMPLES[name]).read_bytes())


@dataclass(frozen=True)
class PickedImage:
    """The image a page works on, with a caption that names its source."""

    pixels: np.ndarray
    caption: str
    source: str


def _parse_source(text: str) -> str:
    if text not in SOURCES:
        raise ValueError(f"image={text!r} is not one of {SOURCES}")
    return text


IMAGE_PARAM = Param("image", DEFAULT_SAMPLE, _parse_source)


def _restore_source(fresh: bool) -> None:
    """Pick the image source on arrival: URL, else the session's last choice, else default."""
    if not fresh and "image" in st.session_state:
        return
    requested = st.query_params.get("image")
    remembered = st.session_state.get(_SOURCE_MEMORY_KEY)
    if requested in SOURCES:
        source = requested
    elif remembered in SOURCES:
        source = remembered
    else:
        source = DEFAULT_SAMPLE
    st.session_state["image"] = source


def _safe_name(name: str) -> str:
    """Reduce a user-supplied file name to text that Markdown shows literally.

    Only word characters, dots, dashes and spaces survive; underscores are escaped so
    that a name such as ``__init__.png`` does not turn bold.
    """
    kept = re.sub(r"[^\w.\- ]", "_", name or "")[:60] or "image"
    return kept.replace("_", "\\_")


def _read_new_file(upload) -> None:
    """Decode a new upload or photo into session state; keep the previous one on failure."""
    data = upload.getvalue()
    try:
        decoded = decode_image(data)
    except ImageError as exc:
        logger.info("rejected image upload: %s (%d bytes)", exc.code, len(data))
        st.error(t(f"image.error.{exc.code}", **exc.params), icon=":material/broken_image:")
        return
    st.session_state[_UPLOADED_KEY] = (decoded, _safe_name(upload.name))


def image_picker(fresh: bool) -> PickedImage:
    """Draw the shared image picker in the sidebar and return the chosen image.

    The sample name (or ``upload``/``camera_input``) is the URL parameter ``image``; an
    uploaded or photographed image stays in the session, across pages, until replaced.
    """
    _restore_source(fresh)
    # Bind the language now: AppTest calls format_func outside the script run, where
    # t() cannot see the session's language and would return Korean labels.
    lang = current_language()
    with st.sidebar:
        st.subheader(t("image.heading"))
        source = st.selectbox(
            t("image.source"),
            SOURCES,
            format_func=lambda name: t(f"image.source.{name}", lang=lang),
            key="image",
        )
        st.session_state[_SOURCE_MEMORY_KEY] = source
        if source == UPLOAD:
            upload = st.file_uploader(
                t("image.upload"),
                type=["png", "jpg", "jpeg"],
                key="upload",
                help=t("image.upload_help", side=MAX_SIDE),
            )
            if upload is not None:
                _read_new_file(upload)
        elif source == CAMERA:
            photo = st.camera_input(t("image.camera"), key="camera")
            if photo is not None:
                _read_new_file(photo)

    if source in SAMPLES:
        decoded = load_sample(source)
        caption = t(f"image.credit.{source}")
    elif _UPLOADED_KEY in st.session_state:
        decoded, name = st.session_state[_UPLOADED_KEY]
        caption = t("image.credit.upload", name=name)
    else:
        with st.sidebar:
            st.info(t("image.none_yet"))
        decoded = load_sample(DEFAULT_SAMPLE)
        caption = t(f"image.credit.{DEFAULT_SAMPLE}")

    notes = [
        t(
            f"image.note.{note}",
            width=decoded.original_size[0],
            height=decoded.original_size[1],
            side=MAX_SIDE,
        )
        for note in decoded.notes
    ]
    if notes:
        with st.sidebar:
            for note in notes:
                st.caption(note)
    return PickedImage(pixels=decoded.pixels, caption=caption, source=source)
