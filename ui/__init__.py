"""Streamlit-side helpers of Conv Explorer: text catalog, URL state, images, charts, layout.

Everything that touches streamlit, altair, pandas or Pillow lives here; the numbers come
from ``convcore``.
"""
