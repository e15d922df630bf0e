"""Adapter between the database and the pure matching engine."""

from __future__ import annotations

import datetime as dt
import difflib
import hashlib
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from django.core.cache import cache
from django.db.models import Q

from bezirkspartner import __version__
from bezirkspartner.atlas.models import District, DistrictName, Partnership
from bezirkspartner.core.text import fold
from bezirkspartner.knowledge.dataset import load_subtopics
from bezirkspartner.knowledge.models import Challenge, Practice, Theme
from bezirkspartner.matching import engine
from bezirkspartner.matching.retrieval import Subtopic

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


def _practice_ref(practice: Practice) -> engine.PracticeRef:
    def text(language: str) -> str:
        return " ".join(
            getattr(practice, f"{name}_{language}") or ""
            for name in ("summary", "results", "success_factors")
        )

    return engine.PracticeRef(
        key=practice.slug,
        title_de=practice.title_de,
        title_en=practice.title_en,
        themes=frozenset(t.slug for t in practice.themes.all()),
        text_de=text("de"),
        text_en=text("en"),
        transfer_de=practice.transfer_de,
        transfer_en=practice.transfer_en,
        start=practice.period_start,
        end=practice.period_end,
        verified=practice.verification == Practice.Verification.VERIFIED,
    )


@dataclass
class Atlas:
    places: dict[int, engine.Place]
    districts: dict[int, District]
    index: engine.Index


_CACHE: dict[str, tuple[tuple, Atlas]] = {}


def _data_version() -> tuple:
    """Cheap fingerprint of everything atlas_load reads (one query); changes invalidate the
    per-process atlas and the cached rankings."""
    from django.db import connection

    from bezirkspartner.core.models import DataLoadState
    from bezirkspartner.knowledge.models import PracticeRevision

    def table(model) -> str:
        return connection.ops.quote_name(model._meta.db_table)

    measures = (
        ("MAX(loaded_at)", DataLoadState),
        ("COUNT(*)", District),
        ("COUNT(*)", Practice),
        ("MAX(changed_at)", PracticeRevision),
        ("COUNT(*)", Challenge),
        ("MAX(checked)", Challenge),
        ("COUNT(*)", Partnership),
    )
    # Table names come from the models, never from input.
    parts = [f"(SELECT {what} FROM {table(model)})" for what, model in measures]  # noqa: S608
    with connection.cursor() as cursor:
        cursor.execute("SELECT " + ", ".join(parts))
        row = tuple(str(value) for value in cursor.fetchone())
    path = _subtopics_path()
    return (*row, path.stat().st_mtime if path.exists() else None)


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


def _subtopics_path() -> Path:
    from django.conf import settings

    return Path(settings.DATA_DIR) / "knowledge" / "subtopics.yaml"


def subtopics_load() -> tuple[Subtopic, ...]:
    """The sourced sub-topic vocabulary from data/knowledge/subtopics.yaml (none if absent)."""
    path = _subtopics_path()
    if not path.exists():
        return ()
    return tuple(
        Subtopic(
            slug=item["slug"],
            themes=frozenset(item["themes"]),
            name_de=item["name_de"],
            name_en=item["name_en"],
            terms_de=tuple(item["terms_de"]),
            terms_en=tuple(item["terms_en"]),
        )
        for item in load_subtopics(path)
    )


def _theme_texts() -> dict[str, tuple[str, str]]:
    """What a theme is about, for a home district that has stated no challenge in it."""
    return {
        t.slug: (
            f"{t.description_de} {' '.join(t.keywords_de)}",
            f"{t.description_en} {' '.join(t.keywords_en)}",
        )
        for t in Theme.objects.all()
    }


def district_languages(district: District) -> tuple[str, ...]:
    """The official languages of a district's administration (its city's sourced list, else
    its country's)."""
    return tuple(district.city.official_languages)


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
            own[practice.district_id].append(_practice_ref(practice))
        elif practice.city_id:
            by_city[practice.city_id].append(_practice_ref(practice))
    partnership_counts, partners = defaultdict(int), defaultdict(set)
    for p in Partnership.objects.filter(status=Partnership.Status.CONFIRMED):
        for side, other in ((p.home_id, p.partner_id), (p.partner_id, p.home_id)):
            if side:
                partnership_counts[side] += 1
                if other:
                    partners[side].add(other)
    challenges = defaultdict(list)
    for challenge in Challenge.objects.select_related("theme"):
        challenges[challenge.district_id].append(
            engine.ChallengeText(challenge.theme.slug, challenge.text_de, challenge.text_en)
        )
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
            languages=district_languages(d),
            eu_member=d.city.country.eu_member,
            partnership_count=partnership_counts[d.id],
            practices=tuple(own[d.id]),
            city_practices=tuple(by_city[d.city_id]),
            challenges=tuple(sorted(challenges[d.id], key=lambda c: c.theme)),
            partner_keys=frozenset(
                f"{districts[o].city.slug}/{districts[o].slug}"
                for o in partners[d.id]
                if o in districts
            ),
        )
    index = engine.Index(places.values(), subtopics=subtopics_load(), theme_texts=_theme_texts())
    return Atlas(places=places, districts=districts, index=index)


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
    per_city: int = engine.DEFAULT_PER_CITY


def _query(request: MatchRequest, home: engine.Place) -> engine.Query:
    return engine.Query(
        home=home,
        themes=request.themes,
        weights=request.weights,
        max_km=request.max_km,
        eu_only=request.eu_only,
        languages=request.languages,
        exclude_partners=request.exclude_partners,
        top=request.top,
        per_city=request.per_city,
        current_year=dt.date.today().year,
    )


# How many rankings the engine has computed in this process (read by tests and benchmarks).
rankings_computed = 0
RANKING_CACHE_SECONDS = 24 * 3600


def match_run(request: MatchRequest, atlas: Atlas | None = None) -> list[engine.Result]:
    """The ranking for one request, from the shared cache when the same request was ranked on
    the same data before (see `match_results`)."""
    return [result for result, _ in match_results(request, atlas)]


def match_results(
    request: MatchRequest, atlas: Atlas | None = None
) -> list[tuple[engine.Result, District | None]]:
    """The ranking with each result's district, in one read path.

    Rankings are kept in Django's cache (database cache by default, Redis or memcached with
    CACHE_URL) under the normalised request and the data version, so an atlas build, a
    knowledge load or a practice edit makes the next request rank anew. The districts of the
    results come in one query, not one per row."""
    version = _data_version()
    key = _ranking_key(request, version)
    results = cache.get(key)
    if results is None:
        results = _rank(request, atlas)
        cache.set(key, results, RANKING_CACHE_SECONDS)
    return _with_districts(results)


def _rank(request: MatchRequest, atlas: Atlas | None) -> list[engine.Result]:
    global rankings_computed
    atlas = atlas or atlas_load()
    home = atlas.places.get(request.home.id)
    if home is None:
        return []
    rankings_computed += 1
    return engine.rank(_query(request, home), atlas.index)


def _ranking_key(request: MatchRequest, version: tuple) -> str:
    normalised = (
        request.home.id,
        sorted(request.themes.items()),
        sorted(request.weights.items()),
        request.max_km,
        request.eu_only,
        sorted(request.languages),
        request.exclude_partners,
        request.top,
        request.per_city,
        dt.date.today().year,
        version,
        # Cached results are pickled engine objects: a new release never reads an old one.
        __version__,
    )
    digest = hashlib.sha256(repr(normalised).encode()).hexdigest()
    return f"matching:ranking:{digest}"


def _with_districts(
    results: list[engine.Result],
) -> list[tuple[engine.Result, District | None]]:
    wanted = {tuple(r.place.key.partition("/")[::2]) for r in results}
    if not wanted:
        return []
    query = Q()
    for city_slug, slug in wanted:
        query |= Q(city__slug=city_slug, slug=slug)
    districts = {
        f"{d.city.slug}/{d.slug}": d for d in District.objects.select_related("city").filter(query)
    }
    return [(r, districts.get(r.place.key)) for r in results]


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
    place, evidence = result.place, result.evidence
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
        "points": result.points,
        "criteria": {c: round(v, 4) for c, v in result.contributions.items()},
        "criteria_scores": {c: round(v, 4) for c, v in result.criteria.items()},
        "reasons": list(result.reasons_de),
        "reasons_en": list(result.reasons_en),
        "evidence": [
            {
                "theme": m.theme,
                "practice": m.practice.key,
                "title_de": m.practice.title_de,
                "title_en": m.practice.title_en,
                "level": m.level,
                "relevance": round(m.relevance, 4),
                "subtopics": [s.slug for s in m.subtopics],
                "stated_challenge": m.stated,
            }
            for m in evidence.matches.values()
        ],
        "languages": list(evidence.languages),
        "distance_km": round(evidence.distance_km) if evidence.distance_km is not None else None,
        "travel_hours_estimate": round(evidence.travel_hours, 1)
        if evidence.travel_hours is not None
        else None,
        "travel_mode_estimate": evidence.travel_mode or None,
    }


def match_one(request: MatchRequest, key: str, atlas: Atlas | None = None) -> engine.Result | None:
    """The explained result for one candidate under the request's themes and weights."""
    atlas = atlas or atlas_load()
    home = atlas.places.get(request.home.id)
    if home is None:
        return None
    return engine.score_one(_query(request, home), atlas.index, key)


def match_pair(home: District, partner: District, themes: list[str]) -> engine.Result | None:
    """The engine's explained result for one candidate (for dossiers), or None if unknown."""
    request = MatchRequest(
        home=home, themes=dict.fromkeys(themes, 1.0), weights=dict(engine.DEFAULT_WEIGHTS)
    )
    return match_one(request, f"{partner.city.slug}/{partner.slug}")
