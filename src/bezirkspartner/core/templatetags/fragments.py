"""`{% keep "name" part … %}…{% endkeep %}`: a part of a page kept for every reader.

For the parts of signed-in pages that are the same for everyone who may see the page (a
dossier's text, tables and timeline): rendered once, kept in the shared cache under the given
name and parts, the language and the content version of the page cache (core/page_cache.py),
so any save or delete renders it anew; at most `PAGE_CACHE_SECONDS` (0: never kept). Never put
anything inside that depends on the reader: a form token, an edit link, a name.
"""

from __future__ import annotations

import hashlib
import logging

from django import template
from django.conf import settings
from django.core.cache import cache
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from bezirkspartner.core import page_cache

register = template.Library()
logger = logging.getLogger(__name__)


class KeepNode(template.Node):
    def __init__(self, nodelist, parts):
        self.nodelist = nodelist
        self.parts = parts

    def render(self, context) -> str:
        seconds = settings.PAGE_CACHE_SECONDS
        if not seconds:
            return self.nodelist.render(context)
        parts = [str(part.resolve(context)) for part in self.parts]
        try:
            key = _key(parts, page_cache.content_version())
            kept = cache.get(key)
        except Exception:
            logger.warning("fragment cache: the cache cannot be read", exc_info=True)
            return self.nodelist.render(context)
        if kept is not None:
            return mark_safe(kept)  # noqa: S308 - our own rendering, kept as it was made
        rendered = self.nodelist.render(context)
        try:
            cache.set(key, str(rendered), timeout=seconds)
        except Exception:
            logger.warning("fragment cache: a part could not be kept", exc_info=True)
        return rendered


def _key(parts: list[str], version: int) -> str:
    digest = hashlib.sha256("\x1f".join([get_language() or "", *parts]).encode()).hexdigest()
    return f"fragment:{version}:{digest[:32]}"


@register.tag
def keep(parser, token):
    """{% keep "name" part … %} … {% endkeep %}; the name and parts decide what is shared."""
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError("{% keep %} needs a name")
    nodelist = parser.parse(("endkeep",))
    parser.delete_first_token()
    return KeepNode(nodelist, [parser.compile_filter(bit) for bit in bits[1:]])
