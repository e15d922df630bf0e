"""Atlas API: districts, cities, partnerships; JSON, GeoJSON and CSV."""

from __future__ import annotations

from django.http import HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404
from ninja import Field, Query, Router, Schema

from bezirkspartner.atlas import exports, selectors
from bezirkspartner.core.api_schemas import errors

router = Router(tags=["atlas"])
# Bounds that keep every offset and comparison inside the database's 64-bit integers.
MAX_POPULATION = 10**10
MAX_PAGE = 1_000_000


class DistrictFilter(Schema):
    country: str | None = Field(None, description="ISO 3166-1 alpha-2 code, e.g. AT")
    city: str | None = Field(None, description="city slug, e.g. vienna")
    tag: str | None = Field(None, description="characteristic, e.g. riverside")
    population_min: int | None = Field(None, ge=0, le=MAX_POPULATION)
    population_max: int | None = Field(None, ge=0, le=MAX_POPULATION)
    q: str | None = Field(None, max_length=100, description="any name, any language")


class DistrictOut(Schema):
    id: int
    name: str
    name_de: str
    name_en: str
    number: int | None
    city: str
    city_slug: str
    country: str
    population: int | None
    population_year: int | None
    population_source: str
    area_km2: float | None
    density: float | None
    lat: float | None
    lon: float | None
    geonames_id: int | None
    geonames_match: str
    names: list[str]
    tags: list[str]
    source_url: str
    checked: str


class DistrictPage(Schema):
    count: int
    page: int
    page_size: int
    results: list[DistrictOut]


class CityOut(Schema):
    slug: str
    name: str
    name_de: str
    name_en: str
    country: str
    eu_member: bool
    population: int | None
    population_year: int | None
    lat: float
    lon: float
    district_term: str
    district_count: int
    complete: bool
    source_url: str
    checked: str


class PartnershipOut(Schema):
    home: str
    home_district_id: int | None
    partner: str
    partner_district_id: int | None
    partner_country: str
    level: str
    since: int | None
    status: str
    source_urls: list[str]
    checked: str


def _filtered(filters: DistrictFilter):
    return selectors.district_list(
        country=filters.country,
        city=filters.city,
        tag=filters.tag,
        population_min=filters.population_min,
        population_max=filters.population_max,
        query=filters.q,
    )


@router.get("/districts", response={200: DistrictPage, **errors(422)}, url_name="districts")
def district_list(
    request,
    filters: Query[DistrictFilter],
    page: int = Query(1, ge=1, le=MAX_PAGE),
    page_size: int = Query(100, ge=1, le=1000),
):
    districts = _filtered(filters)
    count = districts.count()
    start = (page - 1) * page_size
    rows = [selectors.district_as_dict(d) for d in districts[start : start + page_size]]
    return {"count": count, "page": page, "page_size": page_size, "results": rows}


@router.get("/districts.geojson", response={200: None, **errors(422)}, url_name="districts_geojson")
def district_geojson(request, filters: Query[DistrictFilter]):
    """All matching districts as a GeoJSON FeatureCollection of points."""
    rows = [selectors.district_as_dict(d) for d in _filtered(filters)]
    response = JsonResponse(exports.districts_geojson(rows))
    response["Content-Type"] = "application/geo+json"
    return response


@router.get("/districts.csv", response={200: None, **errors(422)}, url_name="districts_csv")
def district_csv(request, filters: Query[DistrictFilter]):
    """All matching districts as CSV (UTF-8, comma-separated, safe for spreadsheets)."""
    rows = [selectors.district_as_dict(d) for d in _filtered(filters)]
    response = HttpResponse(exports.districts_csv(rows), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="districts.csv"'
    return response


@router.get(
    "/districts/{district_id}", response={200: DistrictOut, **errors(404, 422)}, url_name="district"
)
def district_detail(request, district_id: int):
    district = get_object_or_404(selectors.district_queryset(), pk=district_id)
    return selectors.district_as_dict(district)


@router.get("/cities", response={200: list[CityOut], **errors(422)}, url_name="cities")
def city_list(request):
    return [
        {
            "slug": c.slug,
            "name": c.name,
            "name_de": c.name_de,
            "name_en": c.name_en,
            "country": c.country_id,
            "eu_member": c.country.eu_member,
            "population": c.population,
            "population_year": c.population_year,
            "lat": c.lat,
            "lon": c.lon,
            "district_term": c.district_term,
            "district_count": c.district_count,
            "complete": c.complete,
            "source_url": c.source_url,
            "checked": c.checked.isoformat(),
        }
        for c in selectors.city_list()
    ]


def _partnership_dict(p) -> dict:
    return {
        "home": p.home_label,
        "home_district_id": p.home_id,
        "partner": p.partner_label,
        "partner_district_id": p.partner_id,
        "partner_country": p.partner_country,
        "level": p.level,
        "since": p.since,
        "status": p.status,
        "source_urls": p.source_urls,
        "checked": p.checked.isoformat(),
    }


@router.get(
    "/partnerships", response={200: list[PartnershipOut], **errors(422)}, url_name="partnerships"
)
def partnership_list(request):
    return [_partnership_dict(p) for p in selectors.partnership_list()]


@router.get(
    "/partnerships.geojson", response={200: None, **errors(422)}, url_name="partnerships_geojson"
)
def partnership_geojson(request):
    """Partnerships whose both ends have coordinates, as GeoJSON lines."""
    features = []
    for p in selectors.partnership_list():
        home = p.home
        if home is None or home.lat is None:
            continue
        if p.partner and p.partner.lat is not None:
            end = (p.partner.lon, p.partner.lat)
        elif p.partner_lat is not None:
            end = (p.partner_lon, p.partner_lat)
        else:
            continue
        features.append(
            {
                "type": "Feature",
                "geometry": {
                    "type": "LineString",
                    "coordinates": [[home.lon, home.lat], list(end)],
                },
                "properties": _partnership_dict(p),
            }
        )
    response = JsonResponse({"type": "FeatureCollection", "features": features})
    response["Content-Type"] = "application/geo+json"
    return response
