"""Matching benchmark: one ranking over the shipped atlas and over 20,000 synthetic districts."""

from __future__ import annotations

import random
import statistics
import time

from bezirkspartner.matching.engine import Place, PracticeRef, Query, rank

THEMES = ["wohnen", "mobilitaet", "integration", "klima", "kultur", "digital"]
TAGS = ["riverside", "port", "university", "outer_district", "flood_risk", "coastal"]


def synthetic_places(count: int, seed: int = 7) -> list[Place]:
    rng = random.Random(seed)
    places = []
    for i in range(count):
        practices = tuple(
            PracticeRef(
                "P",
                "P",
                frozenset(rng.sample(THEMES, rng.randint(1, 2))),
                rng.randint(1990, 2025),
                None,
                rng.random() > 0.2,
                rng.random() > 0.5,
            )
            for _ in range(rng.randint(0, 4))
        )
        places.append(
            Place(
                key=f"city-{i // 20}/district-{i}",
                name=f"D{i}",
                city=f"C{i // 20}",
                city_key=f"city-{i // 20}",
                country=rng.choice(["DE", "AT", "FR", "NO", "PL"]),
                lat=rng.uniform(36, 70),
                lon=rng.uniform(-9, 30),
                population=rng.randint(5_000, 600_000),
                area_km2=rng.uniform(2, 200),
                tags=frozenset(rng.sample(TAGS, rng.randint(0, 3))),
                languages=("de",),
                eu_member=rng.random() > 0.1,
                partnership_count=rng.randint(0, 6),
                practices=practices,
            )
        )
    return places


def _time(query: Query, places: list[Place], repeat: int = 5) -> float:
    timings = []
    for _ in range(repeat):
        start = time.perf_counter()
        rank(query, places)
        timings.append(time.perf_counter() - start)
    return statistics.median(timings) * 1000


def run() -> list[tuple[str, str]]:
    places = synthetic_places(20_000)
    home = Place(
        key="home/harburg",
        name="Harburg",
        city="Hamburg",
        city_key="home",
        country="DE",
        lat=53.46,
        lon=9.98,
        population=170_000,
        area_km2=125,
        tags=frozenset({"riverside", "port", "university"}),
        languages=("de",),
        eu_member=True,
        challenges=frozenset({"wohnen", "klima"}),
    )
    query = Query(home=home, themes=dict.fromkeys(THEMES, 1.0))
    figures = [("rank 20,000 synthetic districts (median of 5)", f"{_time(query, places):.0f} ms")]
    shipped = _shipped_atlas()
    if shipped is not None:
        atlas, home_place, load_ms = shipped
        query = Query(home=home_place, themes=dict.fromkeys(THEMES, 1.0))
        figures.append(
            (
                f"rank the shipped atlas ({len(atlas)} districts, median of 5)",
                f"{_time(query, atlas):.1f} ms",
            )
        )
        figures.append(
            ("load the shipped atlas from the database into engine places", f"{load_ms:.0f} ms")
        )
    return figures


def _shipped_atlas():
    """The real atlas from the benchmark database (prepared by tests/bench/__main__.py)."""
    from bezirkspartner.matching.selectors import DistrictNotFound, atlas_load, district_resolve

    start = time.perf_counter()
    atlas = atlas_load()
    load_ms = (time.perf_counter() - start) * 1000
    try:
        home = atlas.places[district_resolve("Harburg").id]
    except (DistrictNotFound, KeyError):
        return None
    return list(atlas.places.values()), home, load_ms
