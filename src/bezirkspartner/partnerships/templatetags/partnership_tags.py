"""Money and hours as the active language writes them (1.234 € / 1,234 €)."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from django import template
from django.utils.formats import number_format

register = template.Library()


def _rounded(value, places: str) -> Decimal:
    """Half-up rounding (number_format alone would cut the digits off)."""
    return Decimal(str(value)).quantize(Decimal(places), rounding=ROUND_HALF_UP)


@register.filter
def euro(value) -> str:
    if value is None or value == "":
        return "–"
    amount = _rounded(value, "1")
    return f"{number_format(amount, decimal_pos=0, use_l10n=True, force_grouping=True)} €"


@register.filter
def hours(value) -> str:
    if value is None or value == "":
        return "–"
    amount = _rounded(value, "0.1")
    return f"{number_format(amount, decimal_pos=1, use_l10n=True, force_grouping=True)} h"


@register.filter
def signed_euro(value) -> str:
    """A difference against plan, with its sign (+ over plan, − under)."""
    if value is None or value == "":
        return "–"
    sign = "+" if value > 0 else ("−" if value < 0 else "±")
    return f"{sign}{euro(abs(value))}"
