"""AppTest checks of the U-Net page: shapes shown, settings, checkerboard, training."""

from __future__ import annotations

import itertools
import json
import re

import pytest
from conftest import assert_no_exception, run_page

from ui.i18n import t

SHAPE = re.compile(r"(\d+) × (\d+)$")


def image_captions(app) -> list[str]:
    return [caption for element in app.get("image") for caption in element.captions]


def map_sizes(app) -> dict[str, int]:
    """Map each level image of the U (by caption prefix) to the side its caption shows."""
    sizes = {}
    for caption in image_captions(app):
        match = SHAPE.search(caption)
        if match:
            assert match.group(1) == match.group(2), caption
            sizes[caption[: match.start()].strip()] = int(match.group(1))
    return sizes


def texts(app) -> str:
    parts = [element.value for element in app.markdown]
    for kind in (app.caption, app.success, app.info, app.warning, app.error):
        parts += [element.value for element in kind]
    return "\n".join(parts)


def chart_specs(app) -> list[str]:
    """Vega-Lite specs of every chart, with non-ASCII text unescaped."""
    return [
        json.dumps(json.loads(element.proto.spec), ensure_ascii=False)
        for element in app.get("vega_lite_chart")
    ]


def image_urls(app) -> list[str]:
    """Media URLs of every image; they change with the pixels."""
    return [image.url for element in app.get("image") for image in element.proto.imgs]


def fingerprint(app) -> tuple:
    return (
        chart_specs(app),
        image_captions(app),
        image_urls(app),
        texts(app),
        [frame.value.to_json() for frame in app.dataframe],
    )


def test_defaults_render(lang):
    app = run_page("unet", lang)
    assert_no_exception(app)
    assert app.title[0].value == t("nav.unet", lang=lang)
    assert t("unet.fits", lang=lang, output=128) in texts(app)


@pytest.mark.parametrize(
    ("depth", "k", "upsample"),
    list(
        itertools.product(
            range(1, 5), (2, 3, 4), ("transposed", "nearest", "bilinear", "pixel_shuffle")
        )
    ),
)
def test_shapes_shown_match_arrays(depth, k, upsample):
    app = run_page("unet", "en", depth=str(depth), k=str(k), upsample=upsample, size="96")
    assert_no_exception(app)
    sizes = map_sizes(app)
    # 96 = 2^5 * 3 halves cleanly at every depth; "same" convolutions keep each size.
    assert sizes["Input"] == 96
    for level in range(depth):
        assert sizes[f"Encoder level {level}"] == 96 // 2**level
    for level in range(1, depth):
        assert sizes[f"Decoder level {level}"] == 96 // 2**level
    assert sizes["Bottleneck"] == 96 // 2**depth
    assert sizes["Output"] == 96


def test_valid_mode_shapes_and_crops():
    app = run_page("unet", "en", conv="valid", size="188", depth="3", down="maxpool", k="2")
    assert_no_exception(app)
    sizes = map_sizes(app)
    # 188 -4-> 184 /2-> 92 -4-> 88 /2-> 44 -4-> 40 /2-> 20 -4-> 16 (bottleneck);
    # up 32 (crop (40-32)/2 = 4) -4-> 28; up 56 (crop 16) -4-> 52; up 104 (crop 40) -4-> 100.
    assert [sizes[f"Encoder level {level}"] for level in range(3)] == [184, 88, 40]
    assert sizes["Bottleneck"] == 16
    assert sizes["Decoder level 2"] == 28
    assert sizes["Decoder level 1"] == 52
    assert sizes["Output"] == 100
    tables = [element.value for element in app.dataframe]
    crops = tables[0][t("unet.col.crop", lang="en")].tolist()
    assert [crop for crop in crops if crop] == ["(4, 4)", "(16, 16)", "(40, 40)"]


def test_reference_panel_shows_original_unet(lang):
    app = run_page("unet", lang)
    expected = t("unet.reference_output", lang=lang, size=572, output=388, crops="88, 40, 16, 4")
    assert expected in texts(app)


def test_size_65_breaks_concatenation():
    app = run_page("unet", "en", size="65", depth="4", down="maxpool", k="2")
    assert_no_exception(app)
    message = t(
        "unet.problem.mismatch",
        lang="en",
        level=0,
        encoder=65,
        upsampled=64,
        reason=t("unet.problem.reason.same", lang="en"),
    )
    assert message in texts(app)
    assert t("unet.problem.fixes", lang="en", fit=80, multiple=16) in texts(app)


def test_pad_fix_makes_65_fit():
    app = run_page("unet", "en", size="65", depth="4", down="maxpool", k="2", fix="pad")
    assert_no_exception(app)
    assert t("unet.padded_note", lang="en", size=65, padded=80) in texts(app)
    assert map_sizes(app)["Output"] == 80


def test_output_padding_fix_makes_65_fit():
    app = run_page("unet", "en", size="65", depth="4", down="maxpool", k="2", fix="outpad")
    assert_no_exception(app)
    assert map_sizes(app)["Output"] == 65


def test_too_small_valid_is_explained():
    app = run_page("unet", "en", conv="valid", size="32", depth="4")
    assert_no_exception(app)
    assert "cannot go on" in texts(app)


def test_bad_query_parameters_fall_back(lang):
    app = run_page("unet", lang, depth="9", upsample="bicubic", k="x", base="7")
    assert_no_exception(app)
    notes = " ".join(element.value for element in app.info)
    for key in ("depth", "upsample", "k", "base"):
        assert f"`{key}`" in notes
    assert app.slider(key="depth").value == 3
    assert app.selectbox(key="upsample").value == "transposed"


@pytest.mark.parametrize(
    ("key", "kind", "value"),
    [
        ("depth", "slider", 2),
        ("size", "slider", 64),
        ("k", "radio", 4),
        ("down", "radio", "maxpool"),
        ("upsample", "selectbox", "pixel_shuffle"),
        ("conv", "radio", "valid"),
        ("skip", "radio", "off"),
        ("weights", "radio", "random"),
        ("base", "select_slider", 16),
        ("upk", "selectbox", "ones"),
        ("stride", "slider", 3),
    ],
)
def test_widget_changes_page(key, kind, value):
    app = run_page("unet", "en")
    before = fingerprint(app)
    getattr(app, kind)(key=key).set_value(value).run()
    assert_no_exception(app)
    assert fingerprint(app) != before, key


def test_fix_widget_changes_page():
    app = run_page("unet", "en", size="65", depth="4", down="maxpool", k="2")
    before = texts(app)
    app.radio(key="fix").set_value("pad").run()
    assert_no_exception(app)
    assert texts(app) != before


def test_settings_written_to_url():
    app = run_page("unet", "en")
    app.selectbox(key="upsample").set_value("bilinear").run()
    app.slider(key="depth").set_value(4).run()
    assert app.query_params["upsample"] == "bilinear"
    assert app.query_params["depth"] == "4"


@pytest.mark.parametrize(
    ("k", "upk", "verdict"),
    [
        (3, "ones", "unet.verdict.uneven"),
        (3, "bilinear", "unet.verdict.flat"),
        (4, "ramp", "unet.verdict.even_but_not_flat"),
        (2, "ones", "unet.verdict.flat"),
    ],
)
def test_checkerboard_verdict(k, upk, verdict):
    app = run_page("unet", "en", k=str(k), upk=upk)
    assert_no_exception(app)
    assert t(verdict, lang="en") in texts(app)


def test_overlap_summary_k3_s2():
    app = run_page("unet", "en", k="3", upk="ones")
    # Hand-worked: 2D counts are products of the 1D counts 1 and 2, so 1 to 4.
    summary = t(
        "unet.counts_summary", lang="en", low=1, high=4, ratio="4", sums="0.444, 0.889, 1.78"
    )
    assert summary in texts(app)


def test_overlap_heatmap_data_k4_s2():
    app = run_page("unet", "en", k="4")
    for spec in chart_specs(app):
        decoded = json.loads(spec)
        if decoded.get("layer") and "Overlaps" in spec and "rect" in spec:
            break
    else:
        pytest.fail("no overlap heatmap")
    assert t("unet.verdict.flat", lang="en") in texts(app)


def test_training_runs_and_lowers_loss(lang):
    app = run_page("unet", lang, steps="40")
    app.button(key="unet_train").click().run()
    assert_no_exception(app)
    run = app.session_state["unet_training"]
    assert run.step == 40
    assert app.session_state["unet_training_status"] == "done"
    for model, losses in run.losses.items():
        assert run.final_loss(model) < losses[0], model
    captions = " ".join(image_captions(app))
    assert "PSNR" in captions
    assert any(t("unet.loss_chart", lang=lang) in spec for spec in chart_specs(app))


def test_training_result_survives_rerun():
    app = run_page("unet", "en", steps="20")
    app.button(key="unet_train").click().run()
    app.slider(key="depth").set_value(2).run()
    assert_no_exception(app)
    assert app.session_state["unet_training"].step == 20
    assert app.session_state["unet_training_status"] == "done"


def test_stop_marks_running_training_stopped():
    app = run_page("unet", "en", steps="30")
    app.button(key="unet_train").click().run()
    run = app.session_state["unet_training"]
    run.total_steps = 100
    # As if a script run had been interrupted in the middle of the loop.
    app.session_state["unet_training_status"] = "running"
    app.button(key="unet_stop").click().run()
    assert_no_exception(app)
    assert app.session_state["unet_training_status"] == "stopped"
    progress = t("unet.train_stopped", lang="en", step=30, total=100, k=3)
    assert any(progress in str(element.proto) for element in app.get("progress"))


def remedy_titles(app) -> list[str]:
    return [
        element.value.strip("*")
        for element in app.markdown
        if element.value.startswith("**") and ("k = " in element.value)
    ]


def ripple_captions(app, lang: str) -> list[str]:
    word = {"en": "Ripple", "ko": "불균일도"}[lang]
    return [caption for caption in image_captions(app) if caption.startswith(word)]


def test_remedies_default_shows_checkerboard_first(lang):
    # Default kernel: bilinear, k = 3, which is flat at stride 2, so the first column
    # falls back to all ones with k = 3 (phases 2/3 + 2/3 and 2/3: a checkerboard).
    app = run_page("unet", lang)
    assert_no_exception(app)
    titles = remedy_titles(app)
    kernel = t("unet.kernel_short.ones", lang=lang)
    assert titles[0] == t("unet.remedy.problem", lang=lang, kernel=kernel, k=3)
    chosen = t("unet.remedy.chosen", lang=lang, kernel=t("unet.kernel_short.bilinear", lang), k=3)
    assert titles[1] == chosen
    assert len(titles) == 6
    ripples = ripple_captions(app, lang)
    assert len(ripples) == 6
    # 2-D phase sums (4/3)², 4/3 · 2/3, (2/3)² around a mean of 1: ripple 12/9.
    assert ripples[0] == t("unet.remedy.checker", lang=lang, value="1.333")
    for caption in ripples[1:]:
        assert caption == t("unet.remedy.flat", lang=lang, value="0.000")


def test_remedies_use_uneven_chosen_kernel():
    # Ramp 1, 2, 3, 4 has phase sums 4 and 6: it is the problem itself, shown once.
    app = run_page("unet", "en", upk="ramp", k="4")
    titles = remedy_titles(app)
    assert titles[0] == "Problem: transposed conv (ramp, k = 4, s = 2)"
    assert not any(title.startswith("Your kernel") for title in titles)
    assert len(titles) == 5
    ripples = ripple_captions(app, "en")
    assert ripples[0].endswith("checkerboard")
    assert all(caption.endswith("flat") for caption in ripples[1:])


def test_too_small_one_pixel_is_singular():
    # Valid convolutions, kernel 2, depth 3 on 32 pixels: level 3's map is 1 pixel.
    app = run_page("unet", "en", conv="valid", size="32", depth="3", k="2")
    errors = " ".join(element.value for element in app.error)
    assert "1 pixel across" in errors
    assert "1 pixels" not in errors
    app = run_page("unet", "ko", conv="valid", size="32", depth="3", k="2")
    assert "1픽셀 크기로" in " ".join(element.value for element in app.error)


def test_too_small_vanished_map_is_explained():
    app = run_page("unet", "en", conv="valid", size="20", depth="2", k="2")
    errors = " ".join(element.value for element in app.error)
    assert "works out to -2" in errors
    assert "pixels across" not in errors


def test_image_credit_sits_under_input_map():
    app = run_page("unet", "en")
    elements = list(app.main)
    first_image = next(index for index, element in enumerate(elements) if element.type == "image")
    assert elements[first_image].captions[0].startswith("Input")
    credit = elements[first_image + 1]
    assert credit.type == "caption"
    assert "public domain" in credit.value or "via" in credit.value
    captions_above = [
        element.value for element in elements[:first_image] if element.type == "caption"
    ]
    assert credit.value not in captions_above
    assert [element.value for element in app.caption].count(credit.value) == 1


def test_loss_chart_legend_names_baseline(lang):
    app = run_page("unet", lang, steps="10")
    app.button(key="unet_train").click().run()
    specs = [json.loads(element.proto.spec) for element in app.get("vega_lite_chart")]
    spec = next(spec for spec in specs if spec.get("title") == t("unet.loss_chart", lang=lang))
    encoding = spec["encoding"]
    baseline = t("unet.model.bilinear", lang=lang)
    assert baseline in encoding["color"]["scale"]["domain"]
    assert encoding["strokeDash"]["scale"]["domain"] == encoding["color"]["scale"]["domain"]
    dash_scale = encoding["strokeDash"]["scale"]
    dashes = dict(zip(dash_scale["domain"], dash_scale["range"], strict=True))
    assert dashes[baseline] != [1, 0]
    assert "layer" not in spec
