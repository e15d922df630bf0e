"""Markdown for contributions, rendered through an allow-list sanitiser (nh3)."""

from __future__ import annotations

import threading
from functools import lru_cache

import markdown
import nh3

ALLOWED_TAGS = {
    "p",
    "br",
    "strong",
    "em",
    "ul",
    "ol",
    "li",
    "blockquote",
    "code",
    "pre",
    "a",
    "h3",
    "h4",
}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}}


# One converter per thread, reset before each text: building one costs more than converting a
# comment. The results are kept per text, as a page shows the same comments again and again.
_local = threading.local()


def _converter() -> markdown.Markdown:
    converter = getattr(_local, "converter", None)
    if converter is None:
        converter = _local.converter = markdown.Markdown(
            extensions=["sane_lists"], output_format="html"
        )
    return converter


KEPT_TEXT_LENGTH = 4000  # longer texts are converted every time: they would crowd out the rest


def render_markdown(text: str) -> str:
    """Safe HTML from user Markdown: raw HTML is dropped, links get rel="nofollow noopener"."""
    text = text or ""
    return _kept_html(text) if len(text) <= KEPT_TEXT_LENGTH else _html(text)


@lru_cache(maxsize=1024)
def _kept_html(text: str) -> str:
    return _html(text)


def _html(text: str) -> str:
    html = _converter().reset().convert(text)
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel="nofollow noopener noreferrer",
    )
