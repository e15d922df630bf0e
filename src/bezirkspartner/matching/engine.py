"""Partner ranking: transparent scores with reasons. Pure Python, no Django.

Every criterion is scored 0..1 from the data held in plain dataclasses; the total
is the weighted mean. The same input always gives the same order (ties broken by
the candidate's stable key). Explanations are generated from the evidence only.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from bezirkspartner.atlas.dataset import TAG_VOCABULARY
from bezirkspartner.atlas.geonames_match import distance_km
from bezirkspartner.matching.explain import reasons

CRITERIA = ("thematic", "complementarity", "similarity", "feasibility", "openness")
DEFAULT_WEIGHTS: dict[str, float] = {
    "thematic": 0.35,
    "complementarity": 0.20,
    "similarity": 0.20,
    "feasibility": 0.15,
    "openness": 0.10,
}
# Characteristics that make two districts alike (the whole vocabulary but the capital centre).
SIMILARITY_TAGS = frozenset(TAG_VOCABULARY - {"capital_centre"})
WORKING_LANGUAGE = "en"


@dataclass(frozen=True)
class PracticeRef:
    title_de: str
    title_en: str
    themes: frozenset[str]
    start: int | None = None
    end: int | None = None
    verified: bool = True
    district_level: bool = True


@dataclass(frozen=True)
class Place:
    key: str  # stable, unique: "city-slug/district-slug"
    name: str
    city: str
    city_key: str
    country: str
    lat: float | None
    lon: float | None
    population: int | None = None
    area_km2: float | None = None
    tags: frozenset[str] = frozenset()
    languages: tuple[str, ...] = ()
    eu_member: bool = False
    partnership_count: int = 0
    practices: tuple[PracticeRef, ...] = ()  # the district's own
    city_practices: tuple[PracticeRef, ...] = ()  # city-wide ones
    challenges: frozenset[str] = frozenset()  # themes with a stated challenge
    partner_keys: frozenset[str] = frozenset()

    @property
    def density(self) -> float | None:
        if self.population and self.area_km2:
            return self.population / self.area_km2
        return None


@dataclass(frozen=True)
class Query:
    home: Place
    themes: Mapping[str, float]  # theme slug -> weight (> 0)
    weights: Mapping[str, float] = field(default_factory=lambda: dict(DEFAULT_WEIGHTS))
    max_km: float | None = None
    eu_only: bool = False
    languages: frozenset[str] = frozenset()
    exclude_partners: bool = False
    top: int = 10
    current_year: int = 2026


@dataclass(frozen=True)
class Evidence:
    practices: dict[str, list[PracticeRef]]
    distance_km: float | None
    travel_hours: float | None
    travel_mode: str
    shared_languages: tuple[str, ...]
    shared_tags: tuple[str, ...]
    population_ratio: float | None


@dataclass(frozen=True)
class Result:
    place: Place
    score: float
    criteria: dict[str, float]  # criterion -> score 0..1
    contributions: dict[str, float]  # criterion -> weighted share of the total
    evidence: Evidence
    reasons_de: tuple[str, ...]
    reasons_en: tuple[str, ...]


def travel_time(km: float) -> tuple[float, str]:
    """A rough door-to-door estimate: rail up to 800 km, air beyond."""
    if km <= 800:
        return km / 100 + 0.5, "rail"
    return km / 600 + 3.0, "air"


def _recency(practice: PracticeRef, year: int) -> float:
    last = practice.end if practice.end is not None else year
    age = max(0, year - last)
    return 1.0 if age <= 5 else 0.7 if age <= 15 else 0.5


def _practice_weight(practice: PracticeRef, year: int) -> float:
    level = 1.0 if practice.district_level else 0.6
    verification = 1.0 if practice.verified else 0.7
    return level * verification * _recency(practice, year)


def _theme_strengths(
    place: Place, themes: Iterable[str], year: int
) -> tuple[dict[str, float], dict[str, list[PracticeRef]]]:
    """Per chosen theme: strength 0..1 from the weighted practices, and those practices."""
    mass = dict.fromkeys(themes, 0.0)
    relevant: dict[str, list[PracticeRef]] = {theme: [] for theme in mass}
    for practice in (*place.practices, *place.city_practices):
        weight = None
        for theme in practice.themes:
            if theme in mass:
                if weight is None:
                    weight = _practice_weight(practice, year)
                mass[theme] += weight
                relevant[theme].append(practice)
    return {t: 1.0 - math.exp(-m / 1.5) for t, m in mass.items()}, relevant


def _log_similarity(a: float | None, b: float | None, spread: float = 4.0) -> float | None:
    if not a or not b:
        return None
    return math.exp(-abs(math.log(a / b)) / math.log(spread))


def _weighted_mean(values: Mapping[str, float], weights: Mapping[str, float]) -> float:
    total = sum(weights.get(k, 0.0) for k in values)
    if total <= 0:
        return 0.0
    return sum(values[k] * weights.get(k, 0.0) for k in values) / total


def _normalised_weights(query: Query) -> dict[str, float]:
    return {c: max(0.0, float(query.weights.get(c, 0.0))) for c in CRITERIA}


def score_place(
    query: Query, place: Place, *, explain: bool = True, weights: dict[str, float] | None = None
) -> Result:
    home, year = query.home, query.current_year
    theme_weights = {t: w for t, w in sorted(query.themes.items()) if w > 0}
    strengths, practices = _theme_strengths(place, theme_weights, year)
    thematic = _weighted_mean(strengths, theme_weights) if theme_weights else 0.0

    challenged = {t: w for t, w in theme_weights.items() if t in home.challenges}
    complementarity = _weighted_mean({t: strengths[t] for t in challenged}, challenged)

    parts = []
    population = _log_similarity(place.population, home.population)
    if population is not None:
        parts.append(population)
    density = _log_similarity(place.density, home.density)
    if density is not None:
        parts.append(density)
    home_tags, place_tags = home.tags & SIMILARITY_TAGS, place.tags & SIMILARITY_TAGS
    shared_tags = tuple(sorted(home_tags & place_tags))
    if home_tags or place_tags:
        parts.append(len(shared_tags) / len(home_tags | place_tags))
    similarity = sum(parts) / len(parts) if parts else 0.0

    km = hours = None
    mode = ""
    if None not in (home.lat, home.lon, place.lat, place.lon):
        km = distance_km(home.lat, home.lon, place.lat, place.lon)
        hours, mode = travel_time(km)
    shared_languages = tuple(sorted(set(home.languages) & set(place.languages)))
    feasibility_parts = [
        max(0.0, 1.0 - hours / 16.0) if hours is not None else 0.0,
        1.0 if shared_languages else 0.6 if WORKING_LANGUAGE in place.languages else 0.4,
        1.0 / (1.0 + place.partnership_count / 5.0),
        1.0 if place.eu_member else 0.5,
    ]
    feasibility = sum(feasibility_parts) / len(feasibility_parts)
    openness = 1.0 - math.exp(-place.partnership_count)

    criteria = {
        "thematic": thematic,
        "complementarity": complementarity,
        "similarity": similarity,
        "feasibility": feasibility,
        "openness": openness,
    }
    weights = weights or _normalised_weights(query)
    weight_sum = sum(weights.values()) or 1.0
    contributions = {c: weights[c] * criteria[c] / weight_sum for c in CRITERIA}
    evidence = Evidence(
        practices=practices,
        distance_km=km,
        travel_hours=hours,
        travel_mode=mode,
        shared_languages=shared_languages,
        shared_tags=shared_tags,
        population_ratio=(place.population / home.population)
        if place.population and home.population
        else None,
    )
    reasons_de, reasons_en = (
        reasons(query, place, criteria, contributions, evidence) if explain else ((), ())
    )
    return Result(
        place=place,
        score=sum(contributions.values()),
        criteria=criteria,
        contributions=contributions,
        evidence=evidence,
        reasons_de=reasons_de,
        reasons_en=reasons_en,
    )


def eligible(query: Query, place: Place) -> bool:
    home = query.home
    if place.key == home.key or place.city_key == home.city_key:
        return False
    if query.exclude_partners and place.key in home.partner_keys:
        return False
    if query.eu_only and not place.eu_member:
        return False
    if query.languages and not (query.languages & set(place.languages)):
        return False
    if query.max_km is not None:
        if None in (home.lat, home.lon, place.lat, place.lon):
            return False
        if distance_km(home.lat, home.lon, place.lat, place.lon) > query.max_km:
            return False
    return True


def rank(query: Query, places: Iterable[Place]) -> list[Result]:
    """The best `query.top` candidates, best first; ties broken by the stable key."""
    weights = _normalised_weights(query)
    results = [
        score_place(query, p, explain=False, weights=weights) for p in places if eligible(query, p)
    ]
    results.sort(key=lambda r: (-round(r.score, 12), r.place.key))
    # Sentences are written only for the results that are shown.
    return [score_place(query, r.place) for r in results[: max(0, query.top)]]
