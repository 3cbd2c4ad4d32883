"""Page scaffold; the page engineer replaces it."""

import streamlit as st

from ui.i18n import t
from ui.layout import setup_page

context = setup_page("stride")
st.title(t("nav.stride"))
