"""Show convcore's rejections as translated messages instead of tracebacks."""

from __future__ import annotations

import logging

import streamlit as st

from ui.i18n import catalog, t

logger = logging.getLogger(__name__)


def conv_error_text(exc: Exception) -> str:
    """Return the translated message for a convcore error (its English text as a fallback)."""
    code = getattr(exc, "code", None)
    params = getattr(exc, "params", {}) or {}
    key = f"error.{code}"
    if code is None or key not in catalog():
        return str(exc)
    try:
        return t(key, **params)
    except (KeyError, IndexError, ValueError):
        logger.exception("error template %s does not fit params %s", key, params)
        return str(exc)


def show_conv_error(exc: Exception) -> None:
    """Draw a convcore error in place of the chart it prevented."""
    logger.info("convcore rejected the settings: %s", exc)
    st.warning(conv_error_text(exc), icon=":material/rule:")
