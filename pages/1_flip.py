"""Flip page: mathematical convolution flips the kernel, a CNN's "convolution" does not.

Continuous curves, a 1D sum term by term, a real image with both results and their
difference, a self-check and the equivalent NumPy and PyTorch code, all driven by one
flip toggle. Each section is drawn by ``ui.flip_sections``.
"""

import streamlit as st

from convcore.continuous import PRESETS
from convcore.kernels import KERNELS_1D, KERNELS_2D
from ui import flip_sections as sections
from ui import flip_views as views
from ui.flip_sections import CUSTOM, MAX_KERNEL_1D, MAX_SIGNAL, X_RANGE, X_STEP
from ui.i18n import t
from ui.images import IMAGE_PARAM, MAX_SIDE, image_picker
from ui.layout import setup_page, show_url_notes
from ui.params import bool_param, choice_param, int_param, publish, restore
from ui.signals import SIGNALS

# Sections of the page, one drawn at a time; a learner starts with the image.
VIEWS = ("continuous", "discrete", "image", "quiz", "code")

PARAMS = [
    bool_param("flip", False),
    choice_param("view", "image", VIEWS),
    choice_param("kernel", "sobel_x", (*KERNELS_2D, CUSTOM)),
    choice_param("signal", "seattle", (*SIGNALS, CUSTOM)),
    views.float_param("x", 0.5, -X_RANGE, X_RANGE, X_STEP),
    choice_param("f", "gaussian", PRESETS),
    choice_param("g", "ramp", PRESETS),
    choice_param("k1", "decay", (*KERNELS_1D, CUSTOM)),
    int_param("pos", 10, 0, MAX_SIGNAL - 1),
    int_param("row", 80, 0, MAX_SIDE - 1),
    int_param("col", 128, 0, MAX_SIDE - 1),
    views.float_list_param("sv", (0.0, 0.0, 1.0, 2.0, 3.0, 2.0, 1.0, 0.0, 0.0, 0.0), 1, MAX_SIGNAL),
    views.float_list_param("kv", (1.0, 2.0, 3.0), 1, MAX_KERNEL_1D),
    views.float_list_param("ck", (0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0), 9, 9),
]


def view_selector() -> str:
    """Draw the section picker and return the chosen section."""
    st.segmented_control(
        t("flip.section"),
        VIEWS,
        key="view",
        required=True,
        format_func=views.option_label("flip.tab", VIEWS),
        help=t("flip.section_help"),
    )
    return st.session_state["view"]


def flip_page() -> None:
    context = setup_page("flip")
    show_url_notes(restore(PARAMS, fresh=context.fresh))
    # Streamlit deletes the state of a widget that a run does not draw, but keeps a
    # value set through session state, so each section's settings outlive a switch.
    for param in PARAMS:
        st.session_state[param.key] = st.session_state[param.key]
    picked = image_picker(context.fresh)

    st.title(t("nav.flip"))
    st.markdown(t("flip.intro"))
    st.toggle(t("flip.toggle"), key="flip", help=t("flip.toggle_help"))
    flip = bool(st.session_state["flip"])
    st.info(t("flip.now_conv" if flip else "flip.now_corr"), icon=":material/flip:")
    # One section at a time: drawing all five on every rerun cost about four times
    # the reference page.
    view = view_selector()

    if view == "continuous":
        sections.continuous_section(flip)
    elif view == "discrete":
        one_d = sections.discrete_section(flip)
        if one_d is not None:
            sections.commutativity_section(one_d[0], one_d[1])
            sections.impulse_section_1d(one_d[1])
    elif view == "image":
        sections.image_section(picked.pixels, picked.caption, flip)
    elif view == "quiz":
        sections.quiz_section()
    else:
        sections.code_section(flip, picked.pixels, picked.source)

    publish([*PARAMS, IMAGE_PARAM])


flip_page()
