"""Stride, padding and dilation: where the kernel's windows land and how big the output is.

The page walks a kernel of ones over a small numbered input, prints the output-size
formula with the current numbers, explains every rejected combination, sweeps one
parameter, explores transposed convolution's output_padding and applies the settings
to a real image.
"""

import streamlit as st

from convcore import PADDING_MODES, ConvError
from convcore.windows import EXAMPLE_KERNELS, PAD_KINDS, SWEEP_PARAMETERS
from ui import stride_sections as sections
from ui import stride_views as views
from ui.i18n import t
from ui.images import IMAGE_PARAM, image_picker
from ui.layout import setup_page, show_url_notes
from ui.params import choice_param, int_param, publish, restore
from ui.stride_sections import (
    MAX_DILATION,
    MAX_K,
    MAX_N,
    MAX_OUTPUT_PADDING,
    MAX_PADDING,
    MAX_STEP,
    MAX_STRIDE,
)


def axis_params(suffix: str, defaults: tuple[int, int, int, int, int, int]):
    n, k, stride, padding, dilation, output_padding = defaults
    return [
        int_param(f"n{suffix}", n, 1, MAX_N),
        int_param(f"k{suffix}", k, 1, MAX_K),
        int_param(f"stride{suffix}", stride, 1, MAX_STRIDE),
        int_param(f"padding{suffix}", padding, 0, MAX_PADDING),
        int_param(f"dilation{suffix}", dilation, 1, MAX_DILATION),
        int_param(f"output_padding{suffix}", output_padding, 0, MAX_OUTPUT_PADDING),
    ]


PARAMS = [
    int_param("dims", 2, 1, 2),
    choice_param("pad_kind", "numbers", PAD_KINDS),
    choice_param("padding_mode", "zeros", PADDING_MODES),
    *axis_params("", (8, 3, 2, 1, 1, 1)),
    *axis_params("_w", (8, 3, 2, 1, 1, 1)),
    int_param("step", 0, 0, MAX_STEP),
    choice_param("sweep", "stride", SWEEP_PARAMETERS),
    choice_param("img_k", "edge", EXAMPLE_KERNELS),
]
ALL_PARAMS = [*PARAMS, IMAGE_PARAM]


def stride_page() -> None:
    context = setup_page("stride")
    show_url_notes(restore(PARAMS, fresh=context.fresh))
    picked = image_picker(context.fresh)

    st.title(t("stride.title"))
    st.write(t("stride.intro"))
    axes, pad_kind, padding_mode = sections.settings_panel()

    demo, pads, error = None, None, None
    try:
        demo = views.build_demo(axes, pad_kind, padding_mode)
        pads = demo.pads
    except (ConvError, views.CausalIn2D) as exc:
        error = exc

    st.header(t("stride.walk.heading"))
    st.write(t("stride.walk.intro"))
    if demo is not None:
        sections.window_walk(demo, ALL_PARAMS)
    else:
        st.warning(t("stride.walk.rejected"), icon=":material/rule:")

    sections.size_section(demo, axes, pads, error)
    sections.conventions_section(axes, pad_kind)
    sections.sweep_section(axes, pad_kind)
    transpose_ok = sections.transposed_section(demo, axes, padding_mode)
    sections.image_section(picked, axes, pad_kind, padding_mode)
    sections.code_section(demo, axes, pad_kind, padding_mode, transpose_ok)
    sections.self_check()

    publish(ALL_PARAMS)


stride_page()
