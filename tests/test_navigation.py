"""Moving between pages: what carries over (language, image) and what never does."""

from __future__ import annotations

from conftest import PAGE_FILES, assert_no_exception, run_page


def test_stride_values_never_reach_matrix_widgets():
    # These values are valid on the stride page but outside the matrix page's ranges, and
    # AppTest keeps them in the URL, as a hand-edited link would.
    app = run_page("stride", "en", k="7", stride="5", padding="6")
    assert_no_exception(app)
    assert app.session_state["k"] == 7
    assert app.session_state["stride"] == 5

    app.switch_page(PAGE_FILES["matrix"]).run()

    assert_no_exception(app)
    assert app.slider(key="k").value == 2
    assert app.slider(key="stride").value == 1
    assert app.slider(key="padding").value == 0


def test_language_carries_over_between_pages():
    app = run_page("flip", "ko")
    app.radio(key="lang").set_value("en").run()
    app.query_params.pop("lang", None)

    app.switch_page(PAGE_FILES["unet"]).run()

    assert_no_exception(app)
    assert app.radio(key="lang").value == "en"


def test_image_choice_carries_over_between_pages():
    app = run_page("flip", "en")
    app.selectbox(key="image").set_value("brick").run()
    app.query_params.pop("image", None)

    app.switch_page(PAGE_FILES["stride"]).run()

    assert_no_exception(app)
    assert app.selectbox(key="image").value == "brick"


def test_returning_to_page_reads_its_url_again():
    app = run_page("matrix", "en", n="5")
    assert app.slider(key="n").value == 5
    app.switch_page(PAGE_FILES["flip"]).run()
    app.query_params["n"] = "4"

    app.switch_page(PAGE_FILES["matrix"]).run()

    assert_no_exception(app)
    assert app.slider(key="n").value == 4
