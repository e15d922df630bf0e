"""Template helpers for dossiers: euro amounts and funding results in the user's language."""

import re

from django import template
from django.utils.formats import get_format, number_format
from django.utils.translation import gettext as _

register = template.Library()

ELIGIBILITY = {
    "yes": lambda: _("eligible"),
    "unclear": lambda: _("to be checked"),
    "no": lambda: _("not eligible"),
}
REASONS = {
    "partner_yes": lambda: _("The partner's country takes part in the programme."),
    "partner_unclear": lambda: _(
        "Whether the partner's country takes part depends on the programme's association "
        "agreements; check the call."
    ),
    "partner_no": lambda: _("The partner's country does not take part in the programme."),
    "applicant_yes": lambda: _("A Hamburg district office can apply."),
    "applicant_no": lambda: _("A Hamburg district office cannot apply."),
    "applicant_via_city": lambda: _("The application goes through the Free and Hanseatic City."),
    "applicant_unclear": lambda: _(
        "Whether a Hamburg district office, without legal personality of its own, can apply "
        "needs a legal check."
    ),
    "rate": lambda: _("Covered share computed from the programme's funding rate and cap."),
    "rate_unknown": lambda: _(
        "The programme pays lump sums or states no rate; the amount depends on the application."
    ),
}


@register.filter
def euro(value) -> str:
    if value is None or value == "":
        return "–"
    return f"{number_format(value, decimal_pos=0, use_l10n=True, force_grouping=True)} €"


DECIMAL_POINT = re.compile(r"(?<=\d)\.(?=\d)")


@register.filter
def formula(text: str) -> str:
    """A cost line's computation with the decimal mark of the language ("60,0 h × 68,66")."""
    return DECIMAL_POINT.sub(get_format("DECIMAL_SEPARATOR"), str(text))


@register.filter
def eligibility(code: str) -> str:
    return ELIGIBILITY.get(code, ELIGIBILITY["unclear"])()


@register.simple_tag
def funding_notes(options) -> dict:
    """Each funding reason once, numbered; each programme refers to its numbers.

    The same sentence ("whether a Hamburg district office can apply needs a legal
    check") applies to most programmes; written out in every row it filled pages.
    """
    codes: list[str] = []
    rows = []
    for option in options:
        numbers = []
        for code in option.reasons:
            if code not in REASONS:
                continue
            if code not in codes:
                codes.append(code)
            numbers.append(codes.index(code) + 1)
        rows.append({"option": option, "notes": numbers})
    return {"rows": rows, "notes": [REASONS[code]() for code in codes]}


@register.filter
def note_refs(numbers) -> str:
    return ", ".join(str(n) for n in numbers)


@register.filter
def md_cell(value) -> str:
    """Text that fits one Markdown table cell: no line breaks, pipes escaped."""
    return " ".join(str(value if value is not None else "").split()).replace("|", "\\|")
