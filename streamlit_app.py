"""Conv Explorer home page: what the explorer teaches, the story of the names, a glossary.

Run with ``streamlit run streamlit_app.py``. The other pages live in ``pages/`` and use
Streamlit's file-based routing, so each of them also works as a deep link.
"""

import pandas as pd
import streamlit as st

from ui.i18n import t
from ui.layout import PAGES, setup_page, show_url_notes
from ui.params import publish, restore
from ui.text.glossary import TERMS
from ui.text.home import NAMES

# The page that shows each name of transposed convolution.
NAME_PAGES = {
    "transposed": "matrix",
    "deconvolution": "matrix",
    "upconvolution": "unet",
    "backwards_strided": "matrix",
    "fractionally_strided": "matrix",
}


def names_table() -> pd.DataFrame:
    return pd.DataFrame(
        {
            t("home.names.col_name"): [t(f"home.name.{name}") for name in NAMES],
            t("home.names.col_meaning"): [t(f"home.name.{name}.meaning") for name in NAMES],
            t("home.names.col_accurate"): [t(f"home.name.{name}.accurate") for name in NAMES],
            t("home.names.col_page"): [t(f"nav.{NAME_PAGES[name]}") for name in NAMES],
        }
    )


def glossary_table() -> pd.DataFrame:
    return pd.DataFrame(
        {
            t("home.glossary.col_ko"): [t(f"glossary.{term}", lang="ko") for term in TERMS],
            t("home.glossary.col_en"): [t(f"glossary.{term}", lang="en") for term in TERMS],
            t("home.glossary.col_def"): [t(f"glossary.{term}.def") for term in TERMS],
        }
    )


def home_page() -> None:
    context = setup_page("home")
    show_url_notes(restore([], fresh=context.fresh))

    st.title(t("home.title"))
    st.write(t("home.intro"))

    st.header(t("home.pages_heading"))
    columns = st.columns(2)
    for index, (page_id, path, icon) in enumerate(PAGES[1:]):
        with columns[index % 2].container(border=True):
            st.page_link(
                path, label=t(f"nav.{page_id}"), icon=icon, query_params={"lang": context.lang}
            )
            st.caption(t(f"home.page.{page_id}"))

    st.subheader(t("home.how_heading"))
    st.markdown(t("home.how"))

    st.header(t("home.story_heading"))
    st.subheader(t("home.story.analysis_heading"))
    st.write(t("home.story.analysis"))
    st.latex(r"(f * g)(x) = \int_{-\infty}^{\infty} f(t)\, g(x - t)\, dt")
    st.subheader(t("home.story.discrete_heading"))
    st.write(t("home.story.discrete"))
    st.latex(r"(f * g)[n] = \sum_{m} f[m]\, g[n - m]")
    st.subheader(t("home.story.flip_heading"))
    st.write(t("home.story.flip"))
    st.latex(r"(f \star g)[n] = \sum_{m} f[n + m]\, g[m]")
    st.caption(t("home.formula.cnn_note"))

    st.header(t("home.names_heading"))
    st.write(t("home.names_intro"))
    # st.table wraps long cells instead of cutting them off, and these tables are short.
    st.table(names_table(), hide_index=True)

    st.header(t("home.glossary_heading"))
    st.table(glossary_table(), hide_index=True)
    st.caption(t("home.source_note"))

    publish([])


home_page()
