"""Text catalog lookup in the current language.

Strings are ``str.format`` templates; :func:`t` fills them with keyword arguments.
The catalog merges every module under :mod:`ui.text`; a key that exists in one module
only, in both languages, is the rule that ``tests/test_i18n.py`` enforces.
"""

from __future__ import annotations

import importlib
import logging
import pkgutil
from functools import cache

import streamlit as st

import ui.text

LANGUAGES: tuple[str, ...] = ("ko", "en")
DEFAULT_LANGUAGE = "ko"
LANGUAGE_NAMES = {"ko": "한국어", "en": "English"}

logger = logging.getLogger(__name__)


@cache
def catalog() -> dict[str, dict[str, str]]:
    """Merge the ``TEXT`` tables of every module in :mod:`ui.text` into one dict."""
    merged: dict[str, dict[str, str]] = {}
    for module_info in pkgutil.iter_modules(ui.text.__path__):
        module = importlib.import_module(f"ui.text.{module_info.name}")
        table = getattr(module, "TEXT", {})
        for key, entry in table.items():
            if key in merged:
                raise RuntimeError(
                    f"text key {key!r} is defined twice (second in {module.__name__})"
                )
            merged[key] = entry
    return merged


def current_language() -> str:
    """Return the language of this session, ``"ko"`` or ``"en"``."""
    lang = st.session_state.get("lang", DEFAULT_LANGUAGE)
    return lang if lang in LANGUAGES else DEFAULT_LANGUAGE


def t(key: str, /, lang: str | None = None, **values: object) -> str:
    """Return the catalog text for ``key`` in ``lang`` (default: the session's), formatted.

    A missing key returns the key itself and logs it, so that a gap shows on screen
    instead of crashing the page; the catalog test fails on such gaps.
    """
    lang = lang or current_language()
    entry = catalog().get(key)
    if entry is None or lang not in entry:
        logger.error("missing text %r for language %r", key, lang)
        return key
    template = entry[lang]
    return template.format(**values) if values else template


def language_from_locale(locale: str | None) -> str:
    """Map a browser locale such as ``ko-KR`` to ``"ko"``; anything else to ``"en"``."""
    if not locale:
        return DEFAULT_LANGUAGE
    return "ko" if locale.lower().startswith("ko") else "en"
