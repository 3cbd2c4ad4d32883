"""Page setup shared by every page: page config, language, sidebar navigation.

The app uses Streamlit's file-based routing (no ``st.navigation``), so a deep link to
any page runs that page's file directly; each page therefore calls :func:`setup_page`
first, and the sidebar draws translated ``st.page_link`` entries in place of the
automatic navigation (hidden by ``client.showSidebarNavigation = false``).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import streamlit as st

from ui.i18n import LANGUAGE_NAMES, LANGUAGES, language_from_locale, t
from ui.params import entered_page

logger = logging.getLogger(__name__)

# (page id, script path relative to the entry script, icon). The id names the page's
# catalog keys: ``nav.<id>`` for its link and title.
PAGES: tuple[tuple[str, str, str], ...] = (
    ("home", "streamlit_app.py", ":material/home:"),
    ("flip", "pages/1_flip.py", ":material/flip:"),
    ("stride", "pages/2_stride_padding.py", ":material/grid_on:"),
    ("matrix", "pages/3_matrix.py", ":material/table_chart:"),
    ("unet", "pages/4_unet.py", ":material/unfold_more:"),
)

_LANG_MEMORY_KEY = "_lang"
_LANG_NOTE_KEY = "_lang_rejected"


@dataclass(frozen=True)
class PageContext:
    """Page id, language and arrival flag returned by :func:`setup_page`."""

    page_id: str
    lang: str
    fresh: bool


def _choose_language(fresh: bool) -> None:
    """Set ``st.session_state['lang']`` before the language widget is drawn.

    On arrival at a page the language comes from ``?lang=``, else from the language the
    session already uses, else from the browser locale, else Korean.
    """
    if not fresh and "lang" in st.session_state:
        return
    requested = st.query_params.get("lang")
    st.session_state[_LANG_NOTE_KEY] = requested is not None and requested not in LANGUAGES
    if requested in LANGUAGES:
        lang = requested
    elif st.session_state.get(_LANG_MEMORY_KEY) in LANGUAGES:
        lang = st.session_state[_LANG_MEMORY_KEY]
    else:
        lang = language_from_locale(st.context.locale)
    st.session_state["lang"] = lang


def setup_page(page_id: str) -> PageContext:
    """Configure the page, pick the language and draw the shared sidebar.

    Call it first on every page. ``fresh`` in the result is true when the session
    has just arrived at this page, which is when its parameters are read from the URL.
    """
    fresh = entered_page(page_id)
    _choose_language(fresh)
    lang = st.session_state["lang"]
    st.set_page_config(
        page_title=f"{t(f'nav.{page_id}')} · {t('app.name')}",
        # An emoji, because a Material icon as favicon is fetched from fonts.gstatic.com.
        page_icon="🔲",
        layout="wide",
    )

    with st.sidebar:
        st.radio(
            t("sidebar.language"),
            LANGUAGES,
            format_func=LANGUAGE_NAMES.__getitem__,
            key="lang",
            horizontal=True,
        )
        lang = st.session_state["lang"]
        st.session_state[_LANG_MEMORY_KEY] = lang
        if st.session_state.get(_LANG_NOTE_KEY):
            st.caption(t("sidebar.lang_rejected"))

        st.subheader(t("app.name"))
        for target_id, path, icon in PAGES:
            st.page_link(path, label=t(f"nav.{target_id}"), icon=icon, query_params={"lang": lang})

    return PageContext(page_id=page_id, lang=lang, fresh=fresh)


def show_url_notes(keys: list[str]) -> None:
    """Tell the learner which URL parameters were invalid and fell back to defaults."""
    if keys:
        st.info(
            t("app.url_rejected", keys=", ".join(f"`{key}`" for key in keys)),
            icon=":material/link_off:",
        )
