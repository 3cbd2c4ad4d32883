"""AppTest checks of the home page."""

from conftest import assert_no_exception, run_page

from ui.i18n import t
from ui.text.glossary import TERMS
from ui.text.home import NAMES


def test_home_renders_in_language(lang):
    app = run_page("home", lang)
    assert_no_exception(app)
    assert app.title[0].value == t("home.title", lang=lang)


def test_home_lists_every_name_of_transposed_convolution(lang):
    app = run_page("home", lang)
    names = app.table[0].value.iloc[:, 0].tolist()
    assert names == [t(f"home.name.{name}", lang=lang) for name in NAMES]


def test_home_glossary_has_both_languages(lang):
    app = run_page("home", lang)
    glossary = app.table[1].value
    assert glossary.iloc[:, 0].tolist() == [t(f"glossary.{term}", lang="ko") for term in TERMS]
    assert glossary.iloc[:, 1].tolist() == [t(f"glossary.{term}", lang="en") for term in TERMS]


def test_language_switch_rewrites_page_and_url():
    app = run_page("home", "ko")
    app.radio(key="lang").set_value("en").run()
    assert app.title[0].value == t("home.title", lang="en")
    assert app.query_params["lang"] == "en"


def test_locale_picks_first_language():
    from conftest import APPTEST_TIMEOUT, ENTRY
    from streamlit.testing.v1 import AppTest

    for locale, expected in (("ko-KR", "ko"), ("en-US", "en"), ("de-DE", "en")):
        app = AppTest.from_file(ENTRY, default_timeout=APPTEST_TIMEOUT)
        app.context["locale"] = locale
        app.run()
        assert app.radio(key="lang").value == expected, locale


def test_bad_lang_parameter_falls_back_with_note():
    app = run_page("home", "xx")
    assert_no_exception(app)
    assert app.radio(key="lang").value in ("ko", "en")
    captions = [caption.value for caption in app.sidebar.caption]
    assert any("lang" in caption for caption in captions)
