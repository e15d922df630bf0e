"""Adapter between the database and the pure matching engine."""

from __future__ import annotations

import datetime as dt
import difflib
from collections import defaultdict
from dataclasses import dataclass

from django.db.models import Q

from bezirkspartner.atlas.models import District, DistrictName, Partnership
from bezirkspartner.atlas.names import fold
from bezirkspartner.knowledge.models import Challenge, Practice, Theme
from bezirkspartner.matching import engine

NAME_PREFIXES = ("bezirk ", "stadtbezirk ", "district of ", "district ", "borough of ")


class DistrictNotFound(Exception):
    def __init__(self, name: str, suggestions: list[str], ambiguous: bool = False):
        self.name = name
        self.suggestions = suggestions
        self.ambiguous = ambiguous
        what = "is ambiguous" if ambiguous else "is not a known district"
        hint = f"; did you mean: {', '.join(suggestions)}" if suggestions else ""
        super().__init__(f"{name!r} {what}{hint}")


def district_resolve(name: str) -> District:
    """The one district known by this name in any language ('Harburg', 'Bezirk Harburg')."""
    key = fold(name)
    for prefix in NAME_PREFIXES:
        if key.startswith(prefix):
            key = key[len(prefix) :]
    ids = set(DistrictName.objects.filter(key=key).values_list("district_id", flat=True))
    if len(ids) == 1:
        return District.objects.select_related("city").get(pk=ids.pop())
    if len(ids) > 1:
        districts = District.objects.filter(pk__in=ids).select_related("city")
        labels = sorted(f"{d.name} ({d.city.name})" for d in districts)
        raise DistrictNotFound(name, labels, ambiguous=True)
    keys = list(DistrictName.objects.values_list("key", flat=True).distinct())
    close = difflib.get_close_matches(key, keys, n=5, cutoff=0.75)
    names = DistrictName.objects.filter(key__in=close).select_related("district__city")
    suggestions = sorted({f"{n.district.name} ({n.district.city.name})" for n in names})[:5]
    raise DistrictNotFound(name, suggestions)


def _practice_ref(practice: Practice, *, district_level: bool) -> engine.PracticeRef:
    return engine.PracticeRef(
        title_de=practice.title_de,
        title_en=practice.title_en,
        themes=frozenset(t.slug for t in practice.themes.all()),
        start=practice.period_start,
        end=practice.period_end,
        verified=practice.verification == Practice.Verification.VERIFIED,
        district_level=district_level,
    )


@dataclass
class Atlas:
    places: dict[int, engine.Place]
    districts: dict[int, District]


_CACHE: dict[str, tuple[tuple, Atlas]] = {}


def _data_version() -> tuple:
    """Cheap fingerprint of everything atlas_load reads; changes invalidate the cache."""
    from django.db.models import Max

    from bezirkspartner.core.models import DataLoadState
    from bezirkspartner.knowledge.models import PracticeRevision

    return (
        DataLoadState.objects.aggregate(latest=Max("loaded_at"))["latest"],
        District.objects.count(),
        Practice.objects.count(),
        PracticeRevision.objects.aggregate(latest=Max("changed_at"))["latest"],
        Challenge.objects.count(),
        Partnership.objects.count(),
    )


def atlas_load() -> Atlas:
    """The engine's view of the atlas, cached per process until the data changes."""
    from django.conf import settings

    if not getattr(settings, "MATCHING_CACHE", True):
        return _atlas_build_places()
    version = _data_version()
    cached = _CACHE.get("atlas")
    if cached and cached[0] == version:
        return cached[1]
    atlas = _atlas_build_places()
    _CACHE["atlas"] = (version, atlas)
    return atlas


def _atlas_build_places() -> Atlas:
    """Every district with coordinates, as engine places (one pass over the database)."""
    districts = {
        d.id: d
        for d in District.objects.select_related("city", "city__country")
        .prefetch_related("tags")
        .filter(lat__isnull=False)
    }
    own, by_city = defaultdict(list), defaultdict(list)
    for practice in Practice.objects.prefetch_related("themes"):
        if practice.district_id:
            own[practice.district_id].append(_practice_ref(practice, district_level=True))
        elif practice.city_id:
            by_city[practice.city_id].append(_practice_ref(practice, district_level=False))
    partnership_counts, partners = defaultdict(int), defaultdict(set)
    for p in Partnership.objects.filter(status=Partnership.Status.CONFIRMED):
        for side, other in ((p.home_id, p.partner_id), (p.partner_id, p.home_id)):
            if side:
                partnership_counts[side] += 1
                if other:
                    partners[side].add(other)
    challenges = defaultdict(set)
    for district_id, theme in Challenge.objects.values_list("district_id", "theme__slug"):
        challenges[district_id].add(theme)
    places = {}
    for d in districts.values():
        places[d.id] = engine.Place(
            key=f"{d.city.slug}/{d.slug}",
            name=d.name_de,
            city=d.city.name_de,
            city_key=d.city.slug,
            country=d.city.country_id,
            lat=d.lat,
            lon=d.lon,
            population=d.population,
            area_km2=d.area_km2,
            tags=frozenset(t.tag for t in d.tags.all()),
            languages=tuple(d.city.country.languages),
            eu_member=d.city.country.eu_member,
            partnership_count=partnership_counts[d.id],
            practices=tuple(own[d.id]),
            city_practices=tuple(by_city[d.city_id]),
            challenges=frozenset(challenges[d.id]),
            partner_keys=frozenset(
                f"{districts[o].city.slug}/{districts[o].slug}"
                for o in partners[d.id]
                if o in districts
            ),
        )
    return Atlas(places=places, districts=districts)


@dataclass
class MatchRequest:
    home: District
    themes: dict[str, float]
    weights: dict[str, float]
    max_km: float | None = None
    eu_only: bool = False
    languages: frozenset[str] = frozenset()
    exclude_partners: bool = False
    top: int = 10


def match_run(request: MatchRequest, atlas: Atlas | None = None) -> list[engine.Result]:
    atlas = atlas or atlas_load()
    home = atlas.places.get(request.home.id)
    if home is None:
        return []
    query = engine.Query(
        home=home,
        themes=request.themes,
        weights=request.weights,
        max_km=request.max_km,
        eu_only=request.eu_only,
        languages=request.languages,
        exclude_partners=request.exclude_partners,
        top=request.top,
        current_year=dt.date.today().year,
    )
    return engine.rank(query, atlas.places.values())


def theme_slugs() -> list[str]:
    return list(Theme.objects.values_list("slug", flat=True))


def district_for_key(key: str) -> District | None:
    city_slug, _, slug = key.partition("/")
    return (
        District.objects.select_related("city")
        .filter(Q(city__slug=city_slug) & Q(slug=slug))
        .first()
    )


def result_as_dict(result: engine.Result, district: District | None = None) -> dict:
    place = result.place
    return {
        "district": place.name,
        "district_key": place.key,
        "district_id": district.id if district else None,
        "url": district.get_absolute_url() if district else None,
        "city": place.city,
        "country": place.country,
        "lat": place.lat,
        "lon": place.lon,
        "score": round(result.score, 4),
        "criteria": {c: round(v, 4) for c, v in result.contributions.items()},
        "criteria_scores": {c: round(v, 4) for c, v in result.criteria.items()},
        "reasons": list(result.reasons_de),
        "reasons_en": list(result.reasons_en),
        "distance_km": round(result.evidence.distance_km)
        if result.evidence.distance_km is not None
        else None,
    }


def match_pair(home: District, partner: District, themes: list[str]) -> engine.Result | None:
    """The engine's explained result for one candidate (for dossiers), or None if unknown."""
    atlas = atlas_load()
    home_place, place = atlas.places.get(home.id), atlas.places.get(partner.id)
    if home_place is None or place is None:
        return None
    query = engine.Query(
        home=home_place,
        themes=dict.fromkeys(themes, 1.0),
        current_year=dt.date.today().year,
    )
    return engine.score_place(query, place)
