"""Partner ranking: how well a district fits the home district's stated challenges, with reasons.

Pure Python and NumPy, no Django. Five criteria, each 0..1, none counting what another counts:

- relevance: how well the good practices of the candidate district, and once for its city the
  city-wide ones, answer the home district's stated challenge in each chosen theme — by the
  content of both texts (BM25 over German and English stems plus shared sub-topics,
  `retrieval.py`), not by how many practices carry a theme tag;
- similarity: population, density and shared features (river, port, university …);
- reachability: travel time from a stated model (`travel_time`), an estimate, not a timetable;
- exchange: a shared official language and access to EU programmes;
- experience: the candidate already has district partnerships (more is better; nothing else
  counts partnerships, so they are never rewarded and penalised at once).

The total is the weighted mean × 100. A city-wide practice belongs to its city, once; all its
districts share it, and a district's own practices, statistics and features decide among them.
At most `per_city` districts of one city enter the list (2 by default), so it shows real
alternatives. Districts without any practice that answers a chosen theme come after all that
have one. Ties are broken by the candidate's stable key: the same input gives the same order.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

from bezirkspartner.atlas.dataset import TAG_VOCABULARY
from bezirkspartner.core.text import fold
from bezirkspartner.knowledge.text_search import tokens
from bezirkspartner.matching.explain import reasons
from bezirkspartner.matching.retrieval import BM25, TITLE_REPEAT, Subtopic, bag, stem, subtopics_in

CRITERIA = ("relevance", "similarity", "reachability", "exchange", "experience")
DEFAULT_WEIGHTS: dict[str, float] = {
    "relevance": 0.50,
    "similarity": 0.20,
    "reachability": 0.15,
    "exchange": 0.10,
    "experience": 0.05,
}
DEFAULT_PER_CITY = 2
# Characteristics that make two districts alike (the whole vocabulary but the capital centre).
SIMILARITY_TAGS = tuple(sorted(TAG_VOCABULARY - {"capital_centre"}))
# How the two relevance signals mix, where the challenge names sub-topics.
TEXT_SHARE = 0.5
# A city-wide programme is evidence for all of the city's districts, but less direct evidence
# for any one of them than a practice of that district itself.
CITY_SHARE = 0.8
# Travel-time model (hours, door to door, an estimate): rail up to RAIL_MAX_KM great-circle
# distance, at RAIL_KM_PER_HOUR effective speed (detours and changes included) plus a fixed
# RAIL_EXTRA_H; beyond, a flight at AIR_KM_PER_HOUR plus AIR_EXTRA_H for getting to, through
# and from the airports.
RAIL_MAX_KM = 800.0
RAIL_KM_PER_HOUR = 100.0
RAIL_EXTRA_H = 0.75
AIR_KM_PER_HOUR = 700.0
AIR_EXTRA_H = 3.5
# Reachability: 1 at REACH_BEST_H or less, 0 at REACH_WORST_H or more, linear between.
REACH_BEST_H = 2.0
REACH_WORST_H = 12.0
# Exchange: a shared official language counts 1, none 0.4 (English or interpreting needed);
# EU membership 1 (EU programmes such as CERV town twinning are open), otherwise 0.5.
NO_SHARED_LANGUAGE = 0.4
NON_EU = 0.5
EARTH_RADIUS_KM = 6371.0088
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class PracticeRef:
    key: str
    title_de: str
    title_en: str
    themes: frozenset[str]
    text_de: str = ""  # summary, results, success factors (what the practice is and did)
    text_en: str = ""
    transfer_de: str = ""  # what a district needs to transfer it
    transfer_en: str = ""
    start: int | None = None
    end: int | None = None
    verified: bool = True

    def title(self, lang: str) -> str:
        return self.title_de if lang == "de" else (self.title_en or self.title_de)


@dataclass(frozen=True)
class ChallengeText:
    theme: str
    text_de: str
    text_en: str = ""


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
    languages: tuple[str, ...] = ()  # official languages of the district's administration
    eu_member: bool = False
    partnership_count: int = 0
    practices: tuple[PracticeRef, ...] = ()  # the district's own
    city_practices: tuple[PracticeRef, ...] = ()  # city-wide ones
    challenges: tuple[ChallengeText, ...] = ()  # stated challenges, one per theme
    partner_keys: frozenset[str] = frozenset()

    @property
    def density(self) -> float | None:
        if self.population and self.area_km2:
            return self.population / self.area_km2
        return None

    def challenge(self, theme: str) -> ChallengeText | None:
        return next((c for c in self.challenges if c.theme == theme), None)


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
    per_city: int = DEFAULT_PER_CITY  # 0: no limit
    current_year: int = 2026


@dataclass(frozen=True)
class Match:
    """The practice that best answers the home district's challenge in one theme."""

    theme: str
    practice: PracticeRef
    level: str  # "district" | "city"
    relevance: float  # 0..1, this practice alone
    subtopics: tuple[Subtopic, ...]  # shared by the challenge and the practice
    words_de: tuple[str, ...]  # challenge words found in the practice's text
    words_en: tuple[str, ...]
    stated: bool  # True: matched against a stated challenge; False: the theme's description


@dataclass(frozen=True)
class Evidence:
    matches: dict[str, Match]  # theme -> best practice (only themes with a relevant one)
    theme_relevance: dict[str, float]  # theme -> relevance 0..1 of the candidate
    distance_km: float | None
    travel_hours: float | None
    travel_mode: str
    languages: tuple[str, ...]
    shared_languages: tuple[str, ...]
    shared_tags: tuple[str, ...]
    population_ratio: float | None


@dataclass(frozen=True)
class Result:
    place: Place
    score: float  # 0..1; points = round(100 * score)
    criteria: dict[str, float]  # criterion -> score 0..1
    contributions: dict[str, float]  # criterion -> weighted share of the total
    evidence: Evidence
    reasons_de: tuple[str, ...]
    reasons_en: tuple[str, ...]

    @property
    def points(self) -> int:
        return round(100 * self.score)


def travel_time(km: float) -> tuple[float, str]:
    """Estimated door-to-door hours and mode for a great-circle distance (see the constants)."""
    if km <= RAIL_MAX_KM:
        return RAIL_EXTRA_H + km / RAIL_KM_PER_HOUR, "rail"
    return AIR_EXTRA_H + km / AIR_KM_PER_HOUR, "air"


def _travel_hours(km: np.ndarray) -> np.ndarray:
    rail = RAIL_EXTRA_H + km / RAIL_KM_PER_HOUR
    air = AIR_EXTRA_H + km / AIR_KM_PER_HOUR
    return np.where(km <= RAIL_MAX_KM, rail, air)


def _haversine(lat: float, lon: float, lats: np.ndarray, lons: np.ndarray) -> np.ndarray:
    """Great-circle km from one point (degrees) to many (radians)."""
    la, lo = math.radians(lat), math.radians(lon)
    h = np.sin((lats - la) / 2) ** 2 + math.cos(la) * np.cos(lats) * np.sin((lons - lo) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(np.minimum(1.0, h)))


def _log_similarity(a: np.ndarray, b: float | None, spread: float = 4.0) -> np.ndarray:
    """1 for equal values, 0.5 at a factor of `spread`; NaN where a value is missing."""
    if not b:
        return np.full(a.shape, np.nan)
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.exp(-np.abs(np.log(a / b)) / math.log(spread))


def _quality(index: Index, year: int) -> np.ndarray:
    """Per practice: checked and current practices are better evidence than partly checked or
    old ones (ended more than 5 years ago: 0.85, more than 15: 0.7; partly checked: × 0.85)."""
    age = np.maximum(0.0, year - np.nan_to_num(index.practice_end, nan=year))
    recency = np.where(age <= 5, 1.0, np.where(age <= 15, 0.85, 0.7))
    return recency * np.where(index.practice_verified, 1.0, 0.85)


class Index:
    """Everything about the candidates that does not depend on the query, as arrays.

    Built once per data version (selectors.atlas_load caches it); a query then costs a few
    posting-array sums for the texts and vector arithmetic over all candidates.
    """

    def __init__(
        self,
        places: Iterable[Place],
        *,
        subtopics: Sequence[Subtopic] = (),
        theme_texts: Mapping[str, tuple[str, str]] | None = None,
    ):
        self.places: list[Place] = sorted(places, key=lambda p: p.key)
        self.position = {p.key: i for i, p in enumerate(self.places)}
        self.subtopics = tuple(subtopics)
        self.theme_texts = dict(theme_texts or {})
        n = len(self.places)
        city_keys = sorted({p.city_key for p in self.places})
        self.city_position = {c: i for i, c in enumerate(city_keys)}
        self.city_of = np.array([self.city_position[p.city_key] for p in self.places], dtype=int)
        self.lat = np.radians(np.array([np.nan if p.lat is None else p.lat for p in self.places]))
        self.lon = np.radians(np.array([np.nan if p.lon is None else p.lon for p in self.places]))
        self.population = np.array([p.population or np.nan for p in self.places], dtype=float)
        self.density = np.array([p.density or np.nan for p in self.places], dtype=float)
        self.tags = np.array(
            [[t in p.tags for t in SIMILARITY_TAGS] for p in self.places], dtype=bool
        ).reshape(n, len(SIMILARITY_TAGS))
        self.tag_count = self.tags.sum(axis=1)
        self.eu = np.array([p.eu_member for p in self.places], dtype=bool)
        self.experience = 1.0 - np.exp(
            -np.array([p.partnership_count for p in self.places], dtype=float)
        )
        codes = sorted({code for p in self.places for code in p.languages})
        self.language_bit = {code: 1 << i for i, code in enumerate(codes[:62])}
        self.language_mask = np.array(
            [self.languages_mask(p.languages) for p in self.places], dtype=np.int64
        )

        # Practices, each once: a city's practices are the same for all its districts.
        practices: dict[str, PracticeRef] = {}
        own: list[tuple[int, str]] = []
        citywide: dict[tuple[int, str], None] = {}
        for i, place in enumerate(self.places):
            for practice in place.practices:
                practices.setdefault(practice.key, practice)
                own.append((i, practice.key))
            for practice in place.city_practices:
                practices.setdefault(practice.key, practice)
                citywide[(int(self.city_of[i]), practice.key)] = None
        self.practices: list[PracticeRef] = sorted(practices.values(), key=lambda p: p.key)
        slot = {p.key: j for j, p in enumerate(self.practices)}
        self.own_place = np.array([i for i, _ in own], dtype=int)
        self.own_practice = np.array([slot[k] for _, k in own], dtype=int)
        self.city_city = np.array([c for c, _ in citywide], dtype=int)
        self.city_practice = np.array([slot[k] for _, k in citywide], dtype=int)
        self.own_by_place: dict[int, list[int]] = defaultdict(list)
        for i, j in zip(self.own_place.tolist(), self.own_practice.tolist(), strict=True):
            self.own_by_place[i].append(j)
        self.practices_by_city: dict[int, list[int]] = defaultdict(list)
        for c, j in zip(self.city_city.tolist(), self.city_practice.tolist(), strict=True):
            self.practices_by_city[c].append(j)

        self.bm25 = BM25(
            [
                bag(
                    " ".join([p.title_de] * TITLE_REPEAT + [p.text_de, p.transfer_de]),
                    " ".join([p.title_en] * TITLE_REPEAT + [p.text_en, p.transfer_en]),
                )
                for p in self.practices
            ]
        )
        self.practice_subtopics = [
            subtopics_in(f"{p.title_de} {p.text_de}", f"{p.title_en} {p.text_en}", self.subtopics)
            for p in self.practices
        ]
        self.subtopic_matrix = np.array(
            [[s.slug in found for s in self.subtopics] for found in self.practice_subtopics],
            dtype=float,
        ).reshape(len(self.practices), len(self.subtopics))
        self.practice_end = np.array(
            [np.nan if p.end is None else p.end for p in self.practices], dtype=float
        )
        self.practice_verified = np.array([p.verified for p in self.practices], dtype=bool)
        self._theme_members: dict[str, np.ndarray] = {}
        self._surface: dict[tuple[int, str], dict[str, str]] = {}
        self._challenges: dict[tuple, tuple[list[str], frozenset[str]]] = {}

    def read_challenge(
        self, theme: str, text_de: str, text_en: str, home_names: tuple[str, ...]
    ) -> tuple[list[str], frozenset[str]]:
        """A challenge text's query stems and the sub-topics of its theme that it names.
        Kept per text: the same home asks again and again, and reading is most of a query's
        cost (a changed text is a new key, so the cache is never stale)."""
        key = (theme, text_de, text_en, home_names)
        if key not in self._challenges:
            named = subtopics_in(text_de, text_en, self.subtopics)
            wanted = frozenset(
                s.slug for s in self.subtopics if s.slug in named and theme in s.themes
            )
            self._challenges[key] = (_challenge_terms(text_de, text_en, home_names), wanted)
        return self._challenges[key]

    def languages_mask(self, codes: Iterable[str]) -> int:
        return sum(self.language_bit.get(code, 0) for code in set(codes))

    def surface(self, j: int, language: str) -> dict[str, str]:
        """Stem -> the word as written in a practice's title and text (the first one with that
        stem), to show matched words rather than stems; computed once per practice."""
        cached = self._surface.get((j, language))
        if cached is None:
            practice = self.practices[j]
            text = f"{practice.title(language)} {getattr(practice, f'text_{language}')}"
            cached = {}
            for raw in _WORD.findall(text):
                for part in fold(raw).split():
                    cached.setdefault(stem(part, language), raw)
            self._surface[(j, language)] = cached
        return cached

    def theme_members(self, theme: str) -> np.ndarray:
        if theme not in self._theme_members:
            self._theme_members[theme] = np.array(
                [theme in p.themes for p in self.practices], dtype=bool
            )
        return self._theme_members[theme]


@dataclass
class _ThemeQuery:
    theme: str
    weight: float
    stated: bool
    terms: list[str]
    subtopics: frozenset[str]
    relevance: np.ndarray  # per practice, 0..1
    place_relevance: np.ndarray | None = None  # per candidate, 0..1


def _challenge_terms(text_de: str, text_en: str, home_names: tuple[str, ...]) -> list[str]:
    """Query stems of a challenge, without the home's own names (every transfer note names
    Harburg; that says nothing about fit)."""
    names = {w for n in home_names for t in tokens(n) for w in t.split()}
    own = {stem(n, "de") for n in names} | {stem(n, "en") for n in names} | names
    return [t for t in bag(text_de, text_en) if not any(t.startswith(n) for n in own if len(n) > 3)]


def _theme_queries(query: Query, index: Index) -> list[_ThemeQuery]:
    home = query.home
    quality = _quality(index, query.current_year)
    result = []
    for theme, weight in sorted(query.themes.items()):
        if weight <= 0:
            continue
        challenge = home.challenge(theme)
        if challenge is not None:
            text_de, text_en, stated = challenge.text_de, challenge.text_en, True
        else:
            text_de, text_en = index.theme_texts.get(theme, ("", ""))
            stated = False
        terms, wanted = index.read_challenge(theme, text_de, text_en, (home.name, home.city))
        members = index.theme_members(theme)
        text = index.bm25.scores(terms) * members
        best = float(text.max()) if text.size else 0.0
        text = text / best if best > 0 else text
        if wanted:
            columns = [k for k, s in enumerate(index.subtopics) if s.slug in wanted]
            shared = index.subtopic_matrix[:, columns].sum(axis=1) / len(columns)
            relevance = TEXT_SHARE * text + (1.0 - TEXT_SHARE) * shared * members
        else:
            relevance = text
        result.append(_ThemeQuery(theme, float(weight), stated, terms, wanted, relevance * quality))
    return result


def _noisy_or(groups: np.ndarray, items: np.ndarray, values: np.ndarray, size: int) -> np.ndarray:
    """Per group: 1 - prod(1 - value) over its items. One strong match counts most; more
    matches add less and less, so depth helps but a count alone never wins."""
    if not items.size:
        return np.zeros(size)
    logs = np.log1p(-np.minimum(values[items], 0.999))
    return 1.0 - np.exp(np.bincount(groups, weights=logs, minlength=size))


def criteria_matrix(query: Query, index: Index) -> tuple[np.ndarray, np.ndarray, list]:
    """The N × 5 matrix of criterion scores (columns in CRITERIA order), the mask of eligible
    candidates, and the per-theme queries (kept for the explanations)."""
    home = query.home
    n = len(index.places)
    themes = _theme_queries(query, index)
    relevance = np.zeros(n)
    theme_weight = sum(t.weight for t in themes)
    for t in themes:
        own = _noisy_or(index.own_place, index.own_practice, t.relevance, n)
        city = _noisy_or(
            index.city_city, index.city_practice, t.relevance, len(index.city_position)
        )
        t.place_relevance = 1.0 - (1.0 - own) * (1.0 - CITY_SHARE * city[index.city_of])
        relevance += t.weight * t.place_relevance
    if theme_weight > 0:
        relevance /= theme_weight

    parts = [
        _log_similarity(index.population, home.population),
        _log_similarity(index.density, home.density),
    ]
    home_tags = np.array([t in home.tags for t in SIMILARITY_TAGS], dtype=bool)
    union = (index.tags | home_tags).sum(axis=1)
    with np.errstate(divide="ignore", invalid="ignore"):
        parts.append(np.where(union > 0, (index.tags & home_tags).sum(axis=1) / union, np.nan))
    stacked = np.vstack(parts)
    present = ~np.isnan(stacked)
    similarity = np.where(
        present.any(axis=0), np.nansum(stacked, axis=0) / np.maximum(present.sum(axis=0), 1), 0.0
    )

    if home.lat is None or home.lon is None:
        km = np.full(n, np.nan)
    else:
        km = _haversine(home.lat, home.lon, index.lat, index.lon)
    hours = _travel_hours(km)
    reach = np.clip((REACH_WORST_H - hours) / (REACH_WORST_H - REACH_BEST_H), 0.0, 1.0)
    reachability = np.nan_to_num(reach, nan=0.0)

    shared = (index.language_mask & index.languages_mask(home.languages)) != 0
    exchange = 0.5 * np.where(shared, 1.0, NO_SHARED_LANGUAGE) + 0.5 * np.where(
        index.eu, 1.0, NON_EU
    )

    matrix = np.column_stack([relevance, similarity, reachability, exchange, index.experience])

    eligible = index.city_of != index.city_position.get(home.city_key, -1)
    if query.exclude_partners and home.partner_keys:
        for key in home.partner_keys:
            if key in index.position:
                eligible[index.position[key]] = False
    if query.eu_only:
        eligible &= index.eu
    if query.languages:
        eligible &= (index.language_mask & index.languages_mask(query.languages)) != 0
    if query.max_km is not None:
        eligible &= np.nan_to_num(km, nan=np.inf) <= query.max_km
    return matrix, eligible, themes


def _weight_vector(query: Query) -> np.ndarray:
    weights = np.array([max(0.0, float(query.weights.get(c, 0.0))) for c in CRITERIA])
    total = weights.sum()
    return weights / total if total > 0 else weights


def rank(query: Query, candidates: Index | Iterable[Place]) -> list[Result]:
    """The best `query.top` candidates, best first, at most `query.per_city` per city."""
    index = candidates if isinstance(candidates, Index) else Index(candidates)
    if query.top <= 0 or not index.places:
        return []
    matrix, eligible, themes = criteria_matrix(query, index)
    weights = _weight_vector(query)
    scores = matrix @ weights
    candidates_at = np.flatnonzero(eligible)
    # Candidates with a practice that answers a chosen theme come first: a district that is near
    # and speaks German but has nothing to show on the themes is no partner for them, and is
    # only listed after all that have (the score itself stays the weighted mean).
    evidenced = matrix[candidates_at, 0] > 0
    order = candidates_at[
        np.lexsort((candidates_at, -np.round(scores[candidates_at], 12), ~evidenced))
    ]
    chosen, per_city = [], defaultdict(int)
    for i in order.tolist():
        city = int(index.city_of[i])
        if query.per_city and per_city[city] >= query.per_city:
            continue
        per_city[city] += 1
        chosen.append(i)
        if len(chosen) >= query.top:
            break
    return [_result(query, index, i, matrix[i], weights, themes) for i in chosen]


def score_one(query: Query, index: Index, key: str) -> Result | None:
    """The explained result for one candidate, eligible or not (for dossiers and comparisons)."""
    i = index.position.get(key)
    if i is None:
        return None
    matrix, _eligible, themes = criteria_matrix(query, index)
    return _result(query, index, i, matrix[i], _weight_vector(query), themes)


def _best_match(index: Index, i: int, t: _ThemeQuery) -> Match | None:
    candidates = [(j, "district") for j in index.own_by_place.get(i, ())]
    candidates += [(j, "city") for j in index.practices_by_city.get(int(index.city_of[i]), ())]
    scored = [
        (t.relevance[j] * (1.0 if level == "district" else CITY_SHARE), j, level)
        for j, level in candidates
        if t.relevance[j] > 0
    ]
    if not scored:
        return None
    _, j, level = max(scored, key=lambda s: (s[0], s[2] == "district", -s[1]))
    practice = index.practices[j]
    topics = tuple(
        s for s in index.subtopics if s.slug in (t.subtopics & index.practice_subtopics[j])
    )
    # Shared words are shown where no sub-topic says why: the three that weigh most, among
    # words in at most 30 % of the practices.
    top = [] if topics else index.bm25.top_terms(j, t.terms, n=4, max_share=0.3)
    words = {}
    for lang in ("de", "en"):
        surface = index.surface(j, lang)
        words[lang] = tuple(surface[s] for s in top if s in surface)[:3]
    return Match(
        theme=t.theme,
        practice=practice,
        level=level,
        relevance=float(t.relevance[j]),
        subtopics=topics,
        words_de=words["de"],
        words_en=words["en"],
        stated=t.stated,
    )


def _result(query: Query, index: Index, i: int, row, weights, themes) -> Result:
    place = index.places[i]
    home = query.home
    criteria = {c: float(v) for c, v in zip(CRITERIA, row, strict=True)}
    contributions = {c: float(w * v) for c, w, v in zip(CRITERIA, weights, row, strict=True)}
    matches = {t.theme: m for t in themes if (m := _best_match(index, i, t)) is not None}
    theme_relevance = {t.theme: float(t.place_relevance[i]) for t in themes}
    km = hours = None
    mode = ""
    if None not in (home.lat, home.lon, place.lat, place.lon):
        km = float(
            _haversine(home.lat, home.lon, np.radians([place.lat]), np.radians([place.lon]))[0]
        )
        hours, mode = travel_time(km)
    evidence = Evidence(
        matches=matches,
        theme_relevance=theme_relevance,
        distance_km=km,
        travel_hours=hours,
        travel_mode=mode,
        languages=tuple(place.languages),
        shared_languages=tuple(sorted(set(home.languages) & set(place.languages))),
        shared_tags=tuple(sorted(home.tags & place.tags & set(SIMILARITY_TAGS))),
        population_ratio=(place.population / home.population)
        if place.population and home.population
        else None,
    )
    reasons_de, reasons_en = reasons(query, place, criteria, contributions, evidence)
    return Result(
        place=place,
        score=float(sum(contributions.values())),
        criteria=criteria,
        contributions=contributions,
        evidence=evidence,
        reasons_de=reasons_de,
        reasons_en=reasons_en,
    )
