"""Template tags for bilingual knowledge records."""

from django import template
from django.utils.html import format_html

register = template.Library()


@register.simple_tag
def bilingual_paragraph(record, field: str):
    """The field's text as `Bilingual.localized` picks it, marked with its own `lang` so screen
    readers read a fallback text in the right language."""
    text, language = record.localized_with_language(field)
    return format_html('<p lang="{}">{}</p>', language, text) if text else ""
