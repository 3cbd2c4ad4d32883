"""U-Net page: build the U, see every shape, make checkerboards appear, learn a kernel."""

import streamlit as st

from convcore.unet import (
    CONV_MODES,
    DOWN_MODES,
    FIX_MODES,
    KERNEL_NAMES,
    KERNEL_SIZES,
    SKIP_MODES,
    UPSAMPLE_MODES,
)
from ui import unet_sections as sections
from ui.i18n import t
from ui.images import IMAGE_PARAM, image_picker
from ui.layout import setup_page, show_url_notes
from ui.params import Param, choice_param, int_param, publish, restore


def _parse_base(text: str) -> int:
    value = int(text)
    if value not in sections.BASE_WIDTHS:
        raise ValueError(f"base={value} is not one of {sections.BASE_WIDTHS}")
    return value


PARAMS = [
    int_param("depth", 3, 1, 4),
    int_param("size", 128, 16, 256),
    choice_param("down", "stride", DOWN_MODES),
    choice_param("upsample", "transposed", UPSAMPLE_MODES),
    int_param("k", 3, min(KERNEL_SIZES), max(KERNEL_SIZES)),
    choice_param("conv", "same", CONV_MODES),
    choice_param("skip", "concat", SKIP_MODES),
    choice_param("weights", "fixed", ("fixed", "random")),
    choice_param("fix", "none", FIX_MODES),
    Param("base", 64, _parse_base),
    choice_param("upk", "bilinear", KERNEL_NAMES),
    int_param("stride", 2, 1, 4),
    int_param("steps", 300, 10, 2000),
]


def unet_page() -> None:
    context = setup_page("unet")
    show_url_notes(restore(PARAMS, fresh=context.fresh))
    picked = image_picker(context.fresh)

    st.title(t("nav.unet"))
    st.write(t("unet.intro"))

    st.subheader(t("unet.controls"))
    sections.unet_controls()
    # The image credit goes under the first picture of the image that the page draws.
    credit_shown = sections.u_section(picked.pixels, picked.caption)
    sections.checkerboard_section(picked.pixels, "" if credit_shown else picked.caption)
    sections.training_section(picked.pixels)

    publish([*PARAMS, IMAGE_PARAM])


unet_page()
