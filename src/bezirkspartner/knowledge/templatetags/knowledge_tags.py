"""Template tags for bilingual knowledge records."""

from django import template
from django.utils.html import format_html
from django.utils.translation import get_language

register = template.Library()


@register.simple_tag
def bilingual_paragraph(record, field: str):
    """The field's text in the page language, German or English as fallback, marked with its
    own `lang` so screen readers read a fallback text in the right language."""
    preferred = "en" if get_language() == "en" else "de"
    for lang in (preferred, "de" if preferred == "en" else "en"):
        text = getattr(record, f"{field}_{lang}")
        if text:
            return format_html('<p lang="{}">{}</p>', lang, text)
    return ""
