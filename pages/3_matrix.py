"""Matrix view: a convolution is y = W x, and a transposed convolution multiplies by Wᵀ.

Each section is drawn by ``ui.matrix_sections``, which also holds the page's URL
parameters.
"""

from __future__ import annotations

import logging

import streamlit as st

import convcore as cc
from ui import matrix_sections as sections
from ui.errors import show_conv_error
from ui.i18n import t
from ui.images import IMAGE_PARAM, image_picker
from ui.layout import setup_page, show_url_notes
from ui.matrix_sections import PARAMS, VIEWS, catalog_label
from ui.params import publish, restore

logger = logging.getLogger(__name__)


def view_selector() -> str:
    """Draw the section picker and return the chosen section."""
    st.segmented_control(
        t("matrix.section"),
        VIEWS,
        key="view",
        required=True,
        format_func=catalog_label("matrix.section"),
        help=t("matrix.section_help"),
    )
    return st.session_state["view"]


def matrix_page() -> None:
    context = setup_page("matrix")
    show_url_notes(restore(PARAMS, fresh=context.fresh))
    picked = image_picker(context.fresh)

    st.title(t("nav.matrix"))
    st.write(t("matrix.intro"))
    # One section at a time: drawing every section's charts on each rerun made the
    # page several times slower than the others.
    view = view_selector()

    if view == "w":
        sections.exercise_section()
    st.header(t(f"matrix.{view}.heading"))
    st.write(t(f"matrix.{view}.intro"))
    sections.settings_widgets(view)
    try:
        setting = sections.build_setting()
    except (cc.ConvError, cc.ConvTypeError) as exc:
        show_conv_error(exc)
        publish([*PARAMS, IMAGE_PARAM])
        return
    if view == "w":
        sections.matrix_section(setting)
    elif view == "transpose":
        sections.transpose_section(setting)
    elif view == "adjoint":
        sections.adjoint_section(setting)
    elif view == "deconv":
        sections.inverse_section(setting, picked)
    else:
        sections.code_section(setting)

    publish([*PARAMS, IMAGE_PARAM])


matrix_page()
