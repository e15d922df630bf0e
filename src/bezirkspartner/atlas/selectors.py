"""Reads from the atlas. Requests only ever read the database, never GeoNames."""

from __future__ import annotations

from django.conf import settings
from django.db.models import Count, Prefetch, Q, QuerySet

from bezirkspartner.atlas.models import City, District, DistrictName, Partnership
from bezirkspartner.core.text import fold


def home_district() -> District | None:
    """The platform's own district (setting HOME_DISTRICT), or None before the atlas is loaded."""
    return (
        District.objects.select_related("city")
        .filter(city__slug=settings.HOME_CITY, name=settings.HOME_DISTRICT)
        .first()
    )


def district_queryset() -> QuerySet[District]:
    return District.objects.select_related("city", "city__country").prefetch_related(
        "tags", Prefetch("names", queryset=DistrictName.objects.order_by("name"))
    )


def district_list(
    *,
    country: str | None = None,
    city: str | None = None,
    tag: str | None = None,
    population_min: int | None = None,
    population_max: int | None = None,
    query: str | None = None,
) -> QuerySet[District]:
    districts = district_queryset()
    if country:
        districts = districts.filter(city__country_id=country.upper())
    if city:
        districts = districts.filter(city__slug=city)
    if tag:
        districts = districts.filter(tags__tag=tag)
    if population_min is not None:
        districts = districts.filter(population__gte=population_min)
    if population_max is not None:
        districts = districts.filter(population__lte=population_max)
    if query:
        key = fold(query)
        districts = districts.filter(
            Q(names__key__contains=key) | Q(city__names__key=key)
        ).distinct()
    return districts.order_by("city__name_de", "number", "name")


def district_find(city_slug: str, name: str, number: int | None = None) -> District | None:
    """The district of a city with this official number or with this name in any language."""
    if not city_slug:
        return None
    candidates = District.objects.filter(city__slug=city_slug)
    if number is not None:
        by_number = candidates.filter(number=number).first()
        if by_number:
            return by_number
    if not name:
        return None
    return candidates.filter(names__key=fold(name)).distinct().first()


def district_search(query: str, *, limit: int = 50) -> list[District]:
    """Districts whose any name (in any language) matches; exact names first.

    A query naming a city ("Wien", "Kopenhagen") lists that city's districts.
    """
    key = fold(query)
    if len(key) < 2:
        return []
    exact = set(DistrictName.objects.filter(key=key).values_list("district_id", flat=True))
    prefix = set(
        DistrictName.objects.filter(key__startswith=key).values_list("district_id", flat=True)
    )
    contains = set(
        DistrictName.objects.filter(key__contains=key).values_list("district_id", flat=True)
    )
    city_ids = set(City.objects.filter(names__key=key).values_list("id", flat=True))
    ids = exact | prefix | contains
    districts = list(district_queryset().filter(Q(id__in=ids) | Q(city_id__in=city_ids)).distinct())

    def rank(district: District) -> tuple:
        return (
            0
            if district.id in exact
            else 1
            if district.id in prefix
            else 2
            if district.id in contains
            else 3,
            district.city.name_de,
            district.number or 0,
            district.name,
        )

    return sorted(districts, key=rank)[:limit]


def city_search(query: str) -> list[City]:
    key = fold(query)
    if len(key) < 2:
        return []
    return list(
        City.objects.filter(Q(names__key=key) | Q(names__key__startswith=key))
        .select_related("country")
        .distinct()
        .order_by("name_de")
    )


def city_list() -> QuerySet[City]:
    return (
        City.objects.select_related("country")
        .annotate(district_count=Count("districts"))
        .order_by("name_de")
    )


def city_get(slug: str) -> City:
    return City.objects.select_related("country").get(slug=slug)


def district_get(city_slug: str, district_slug: str) -> District:
    return (
        district_queryset()
        .prefetch_related("quarters")
        .get(city__slug=city_slug, slug=district_slug)
    )


def partnership_list(*, district: District | None = None) -> QuerySet[Partnership]:
    partnerships = Partnership.objects.select_related("home__city", "partner__city")
    if district is not None:
        partnerships = partnerships.filter(Q(home=district) | Q(partner=district))
    return partnerships


def district_as_dict(district: District) -> dict:
    """The export shape shared by the CLI, the API and the downloads."""
    return {
        "id": district.id,
        "name": district.name,
        "name_de": district.name_de,
        "name_en": district.name_en,
        "number": district.number,
        "city": district.city.name,
        "city_slug": district.city.slug,
        "country": district.city.country_id,
        "population": district.population,
        "population_year": district.population_year,
        "population_source": district.population_source,
        "area_km2": district.area_km2,
        "density": round(district.density, 1) if district.density else None,
        "lat": district.lat,
        "lon": district.lon,
        "geonames_id": district.geonames_id,
        "geonames_match": district.match_status,
        "names": [name.name for name in district.names.all()],
        "tags": sorted(tag.tag for tag in district.tags.all()),
        "source_url": district.city.source_url,
        "checked": district.city.checked.isoformat(),
    }
