"""The text catalog: every key in both languages, matching placeholders, no gaps."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

from ui.i18n import LANGUAGES, catalog

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [
    ROOT / "streamlit_app.py",
    *sorted((ROOT / "pages").glob("*.py")),
    *sorted((ROOT / "ui").glob("*.py")),
]
LITERAL_KEY = re.compile(r"""\bt\(\s*["']([a-z0-9_.]+)["']""")


def _placeholders(template: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(template) if field}


@pytest.mark.parametrize("key", sorted(catalog()))
def test_key_has_every_language(key):
    entry = catalog()[key]
    for lang in LANGUAGES:
        assert entry.get(lang, "").strip(), f"{key} lacks {lang}"


@pytest.mark.parametrize("key", sorted(catalog()))
def test_placeholders_match_across_languages(key):
    entry = catalog()[key]
    assert _placeholders(entry["ko"]) == _placeholders(entry["en"]), key


def test_literal_keys_in_code_exist():
    missing = []
    for path in SOURCES:
        for key in LITERAL_KEY.findall(path.read_text(encoding="utf-8")):
            if key not in catalog():
                missing.append(f"{path.relative_to(ROOT)}: {key}")
    assert not missing, missing


def test_korean_text_is_korean():
    hangul = re.compile(r"[\uac00-\ud7a3]")
    untranslated = [
        key
        for key, entry in catalog().items()
        if len(entry["ko"]) > 25 and not hangul.search(entry["ko"])
    ]
    assert not untranslated, untranslated
