"""Suitable partners on the atlas's district page (a section registered with core)."""

from __future__ import annotations

from bezirkspartner.core.page_sections import Section, register
from bezirkspartner.knowledge.models import Theme
from bezirkspartner.matching import selectors
from bezirkspartner.matching.engine import DEFAULT_WEIGHTS

TOP = 5


def suitable_partners(district, top: int = TOP) -> list:
    """The ranking across all themes with default weights, with each result's district."""
    if district.lat is None:
        return []
    # Cached per request and data version; the districts come with the results in one query.
    return selectors.match_results(
        selectors.MatchRequest(
            home=district,
            themes=dict.fromkeys(Theme.objects.values_list("slug", flat=True), 1.0),
            weights=dict(DEFAULT_WEIGHTS),
            top=top,
        )
    )


def register_section() -> None:
    register(
        Section(
            page="atlas.district",
            key="suitable_partners",
            template="matching/district_section.html",
            context=lambda request, district: {
                "district": district,
                "suitable_partners": suitable_partners(district),
            },
        )
    )
