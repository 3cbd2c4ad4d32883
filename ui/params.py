"""Page parameters that live in session state and in the URL's query string.

A page declares its parameters as :class:`Param` objects and calls :func:`restore`
before drawing its widgets (each widget uses the parameter's name as its ``key`` and
passes no default of its own), then :func:`publish` after them. On the first run of a
page in a session, and whenever the session arrives from another page, every parameter
is read again from the URL, so a value that was valid on the previous page can never
leak into this page's range. Only the language and the chosen image carry over between
pages, in non-widget keys.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import streamlit as st

logger = logging.getLogger(__name__)

_PAGE_KEY = "_current_page"
_NOTES_KEY = "_url_notes"


@dataclass(frozen=True)
class Param:
    """A page parameter: widget key, query-parameter name and default at once.

    ``parse`` turns the query-string text into a value or raises ``ValueError``;
    ``serialize`` turns a value back into text.
    """

    key: str
    default: Any
    parse: Callable[[str], Any]
    serialize: Callable[[Any], str] = str
    carry_over: bool = field(default=False)


def int_param(key: str, default: int, low: int, high: int) -> Param:
    """Return an integer parameter accepted in ``[low, high]``."""

    def parse(text: str) -> int:
        value = int(text)
        if not low <= value <= high:
            raise ValueError(f"{key}={value} is outside [{low}, {high}]")
        return value

    return Param(key, default, parse)


def choice_param(key: str, default: str, choices: Sequence[str]) -> Param:
    """Return a parameter that must be one of ``choices``."""
    allowed = tuple(choices)

    def parse(text: str) -> str:
        if text not in allowed:
            raise ValueError(f"{key}={text!r} is not one of {allowed}")
        return text

    return Param(key, default, parse)


def bool_param(key: str, default: bool) -> Param:
    """Return a boolean parameter written as ``1``/``0`` (``true``/``false`` also read)."""

    def parse(text: str) -> bool:
        lowered = text.strip().lower()
        if lowered in ("1", "true", "on", "yes"):
            return True
        if lowered in ("0", "false", "off", "no"):
            return False
        raise ValueError(f"{key}={text!r} is not a boolean")

    return Param(key, default, parse, serialize=lambda value: "1" if value else "0")


def entered_page(page_id: str) -> bool:
    """Record ``page_id`` as the current page; return True when the session just arrived."""
    arrived = st.session_state.get(_PAGE_KEY) != page_id
    st.session_state[_PAGE_KEY] = page_id
    return arrived


def restore(params: Sequence[Param], *, fresh: bool) -> list[str]:
    """Put each parameter's value into session state before its widget is drawn.

    When ``fresh`` is true (first run on this page), every value is read from the URL,
    falling back to its default; otherwise a value is only filled in where it is
    missing. Returns the keys whose URL value was invalid; :func:`url_notes` lists them
    for the page to show.
    """
    rejected: list[str] = []
    for param in params:
        if not fresh and param.key in st.session_state:
            continue
        text = st.query_params.get(param.key)
        value = param.default
        if text is not None:
            try:
                value = param.parse(text)
            except (ValueError, TypeError) as exc:
                logger.info("ignored query parameter %s: %s", param.key, exc)
                rejected.append(param.key)
        st.session_state[param.key] = value
    if fresh:
        st.session_state[_NOTES_KEY] = rejected
    return rejected


def url_notes() -> list[str]:
    """Return the parameter names whose URL value was rejected on arrival at this page."""
    return list(st.session_state.get(_NOTES_KEY, []))


def publish(params: Sequence[Param], *, always: Sequence[str] = ("lang",)) -> None:
    """Write the current values that differ from their defaults into the URL.

    The keys in ``always`` (the language) are written even at their default, so that a
    shared link opens in the sender's language.
    """
    wanted: dict[str, str] = {}
    for key in always:
        if key in st.session_state:
            wanted[key] = str(st.session_state[key])
    for param in params:
        value = st.session_state.get(param.key, param.default)
        if value != param.default:
            wanted[param.key] = param.serialize(value)
    if dict(st.query_params) != wanted:
        st.query_params.from_dict(wanted)
