"""Shared chart helpers: text contrast, colour scales and image rendering."""

from __future__ import annotations

import numpy as np

from ui.charts import diverging_rgb, heatmap, to_display


def _text_color_test(chart) -> str:
    spec = chart.to_dict()
    text_layer = next(layer for layer in spec["layer"] if layer["mark"]["type"] == "text")
    return text_layer["encoding"]["color"]["condition"]["test"]


def test_gray_heatmap_puts_white_text_on_dark_low_values():
    chart = heatmap(np.array([[0.0, 1.0]]), x_title="x", y_title="y", color_title="v", cell_size=30)
    test = _text_color_test(chart)
    assert "datum.value < " in test


def test_signed_heatmap_puts_white_text_on_strong_values():
    chart = heatmap(
        np.array([[-2.0, 2.0]]), x_title="x", y_title="y", color_title="v", cell_size=30
    )
    assert "abs(datum.value)" in _text_color_test(chart)


def test_gray_scale_maps_low_values_to_black():
    chart = heatmap(np.array([[0.0, 1.0]]), x_title="x", y_title="y", color_title="v")
    rect = chart.to_dict()["layer"][0]
    assert rect["encoding"]["color"]["scale"]["reverse"] is True


def test_diverging_map_is_white_at_zero_and_symmetric():
    rgb = diverging_rgb(np.array([-1.0, 0.0, 1.0]))
    assert tuple(rgb[1]) == (247, 247, 247)
    assert rgb[0, 2] > rgb[0, 0]  # negative values are blue
    assert rgb[2, 0] > rgb[2, 2]  # positive values are orange


def test_small_arrays_enlarged_by_integer_factor():
    image = to_display(np.array([[0.0, 1.0], [1.0, 0.0]]), min_side=8)
    assert image.shape == (8, 8)
    assert image[0, 0] == 0
    assert image[0, 7] == 255


def test_every_heatmap_layer_has_translated_tooltip():
    chart = heatmap(
        np.array([[0.0, 1.0]]),
        x_title="열",
        y_title="행",
        color_title="값",
        cell_size=30,
        highlight=[(0, 1)],
    )
    layers = chart.to_dict()["layer"]
    assert len(layers) == 3
    for layer in layers:
        titles = [item["title"] for item in layer["encoding"]["tooltip"]]
        assert titles == ["행", "열", "값"], layer["mark"]
