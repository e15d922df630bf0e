from django import template

from bezirkspartner.atlas.vocabulary import tag_label

register = template.Library()


@register.filter
def taglabel(tag: str) -> str:
    return tag_label(tag)
