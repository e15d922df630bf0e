from django import template

from bezirkspartner.atlas.vocabulary import rule_label, tag_label

register = template.Library()


@register.filter
def taglabel(tag: str) -> str:
    return tag_label(tag)


@register.filter
def rulelabel(rule: str) -> str:
    return rule_label(rule)
