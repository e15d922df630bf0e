"""Characteristics derived by stated rules rather than curated per district. No Django."""

INNER_MAX_KM = 3.0
OUTER_MIN_KM = 8.0

RULE_INNER = f"district point within {INNER_MAX_KM:g} km of the city centre"
RULE_OUTER = f"district point at least {OUTER_MIN_KM:g} km from the city centre"


def derived_tags(distance_to_centre_km: float | None) -> dict[str, str]:
    """Tag -> rule text for the tags that follow from the distance to the city centre."""
    if distance_to_centre_km is None:
        return {}
    if distance_to_centre_km <= INNER_MAX_KM:
        return {"inner_district": RULE_INNER}
    if distance_to_centre_km >= OUTER_MIN_KM:
        return {"outer_district": RULE_OUTER}
    return {}
