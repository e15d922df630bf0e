"""Matching API: the same ranking as the web page and the CLI."""

from __future__ import annotations

import math
from typing import Annotated

from django.http import JsonResponse
from ninja import Query, Router, Schema
from ninja.errors import HttpError
from pydantic import StringConstraints

from bezirkspartner.core.api_schemas import errors
from bezirkspartner.matching import selectors
from bezirkspartner.matching.engine import CRITERIA, DEFAULT_PER_CITY, DEFAULT_WEIGHTS

router = Router(tags=["matching"])
# CRITERION=W with a finite, non-negative number, so the schema says what is accepted.
Weight = Annotated[
    str, StringConstraints(pattern=rf"^({'|'.join(CRITERIA)})=([0-9]{{1,6}}(\.[0-9]{{0,6}})?)$")
]


class EvidenceOut(Schema):
    theme: str
    practice: str
    title_de: str
    title_en: str
    level: str
    relevance: float
    subtopics: list[str]
    stated_challenge: bool


class MatchOut(Schema):
    district: str
    district_key: str
    district_id: int | None
    url: str | None
    city: str
    country: str
    lat: float | None
    lon: float | None
    score: float
    points: int
    criteria: dict[str, float]
    criteria_scores: dict[str, float]
    reasons: list[str]
    reasons_en: list[str]
    evidence: list[EvidenceOut]
    languages: list[str]
    distance_km: int | None
    travel_hours_estimate: float | None
    travel_mode_estimate: str | None


@router.get("/match", response={200: list[MatchOut], **errors(404, 422)}, url_name="match")
def match(
    request,
    district: str = Query(..., max_length=120, description="home district, any known name"),
    theme: list[str] = Query(None, description="theme slugs; default (or empty): all"),
    weight: list[Weight] = Query(None, description="CRITERION=W, e.g. relevance=0.5"),
    max_km: float | None = Query(None, gt=0),
    eu_only: bool = False,
    exclude_partners: bool = False,
    top: int = Query(10, ge=1, le=100),
    per_city: int = Query(
        DEFAULT_PER_CITY,
        ge=0,
        le=100,
        description="at most this many districts per city; 0: no limit",
    ),
):
    """Partner districts ranked by fit to the home district's stated challenges, with reasons.

    Criteria (each 0..1): relevance, similarity, reachability (an estimated travel time),
    exchange (shared official language, EU membership), experience. The score is their
    weighted mean; `points` is the score × 100."""
    return _match_rows(district, theme, weight, max_km, eu_only, exclude_partners, top, per_city)


@router.get("/match.geojson", response={200: None, **errors(404, 422)}, url_name="match_geojson")
def match_geojson(
    request,
    district: str = Query(..., max_length=120),
    theme: list[str] = Query(None),
    weight: list[Weight] = Query(None),
    max_km: float | None = Query(None, gt=0),
    eu_only: bool = False,
    exclude_partners: bool = False,
    top: int = Query(10, ge=1, le=100),
    per_city: int = Query(DEFAULT_PER_CITY, ge=0, le=100),
):
    """The same ranking as GeoJSON points (for maps), with rank and score as properties."""
    rows = _match_rows(district, theme, weight, max_km, eu_only, exclude_partners, top, per_city)
    features = [
        {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [row["lon"], row["lat"]]},
            "properties": {
                "rank": rank,
                "name": row["district"],
                "city": row["city"],
                "score": row["score"],
                "url": row["url"],
            },
        }
        for rank, row in enumerate(rows, start=1)
        if row["lat"] is not None
    ]
    response = JsonResponse({"type": "FeatureCollection", "features": features})
    response["Content-Type"] = "application/geo+json"
    return response


def _match_rows(
    district, theme, weight, max_km, eu_only, exclude_partners, top, per_city
) -> list[dict]:
    slugs = selectors.theme_slugs()
    # `theme=` with nothing after it is a valid string by the schema: it names no theme.
    themes = [t for t in theme or [] if t] or slugs
    unknown = [t for t in themes if t not in slugs]
    if unknown:
        raise HttpError(404, f"unknown theme {unknown[0]!r}")
    weights = dict(DEFAULT_WEIGHTS)
    for item in weight or []:
        criterion, _, value = item.partition("=")
        try:
            number = float(value)
        except ValueError:
            number = -1.0
        if criterion not in CRITERIA or not 0 <= number < math.inf:
            raise HttpError(422, f"invalid weight {item!r}")
        weights[criterion] = number
    try:
        home = selectors.district_resolve(district)
    except selectors.DistrictNotFound as exc:
        raise HttpError(404, str(exc)) from exc
    results = selectors.match_results(
        selectors.MatchRequest(
            home=home,
            themes=dict.fromkeys(themes, 1.0),
            weights=weights,
            max_km=max_km,
            eu_only=eu_only,
            exclude_partners=exclude_partners,
            top=top,
            per_city=per_city,
        )
    )
    return [selectors.result_as_dict(r, d) for r, d in results]
