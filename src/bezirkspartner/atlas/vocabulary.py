"""Human labels for the fixed characteristics vocabulary (docs/data.md)."""

from django.utils.translation import gettext_lazy as _

TAG_LABELS = {
    "riverside": _("on a river"),
    "coastal": _("on the coast"),
    "port": _("port"),
    "university": _("university"),
    "industrial_transformation": _("industrial transformation"),
    "new_development_area": _("new development area"),
    "flood_risk": _("flood risk"),
    "capital_centre": _("capital centre"),
    "outer_district": _("outer district"),
    "inner_district": _("inner district"),
}


def tag_label(tag: str) -> str:
    return str(TAG_LABELS.get(tag, tag))


RULE_LABELS = {
    "district point within 3 km of the city centre": _(
        "district point within 3 km of the city centre"
    ),
    "district point at least 8 km from the city centre": _(
        "district point at least 8 km from the city centre"
    ),
}


def rule_label(rule: str) -> str:
    return str(RULE_LABELS.get(rule, rule))
