"""Reference page for benchmarks/app_bench.py: four 16 × 16 heatmaps with text and one image.

Its script-run time is the yardstick the app's pages are measured against.
"""

import numpy as np
import streamlit as st

from ui.charts import heatmap, show_image

rng = np.random.default_rng(0)
columns = st.columns(4)
for column in columns:
    with column:
        values = rng.standard_normal((16, 16))
        st.altair_chart(
            heatmap(
                values,
                x_title="col",
                y_title="row",
                color_title="value",
                cell_size=20,
                show_text=True,
            ),
            width="content",
        )
show_image(rng.random((256, 256)), caption="256 × 256")
