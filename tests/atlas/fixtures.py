"""A small hand-made atlas for tests: two cities, a tiny GeoNames index."""

from __future__ import annotations

import textwrap
from pathlib import Path

from bezirkspartner.atlas.geonames_match import Place, PlaceIndex

COUNTRIES = """
- code: AT
  name_de: Österreich
  name_en: Austria
  eu_member: true
  languages: [de]
  source_url: https://example.org/at
  checked: 2026-11-24
- code: DE
  name_de: Deutschland
  name_en: Germany
  eu_member: true
  languages: [de]
  source_url: https://example.org/de
  checked: 2026-11-24
"""

VIENNA = """
slug: vienna
name: Wien
name_de: Wien
name_en: Vienna
country: AT
lat: 48.2085
lon: 16.3721
population: 2000000
population_year: 2024
population_source: https://example.org/wien-stat
district_term: Gemeindebezirk
district_term_en: district
complete: true
source_url: https://example.org/wien-bezirke
checked: 2026-11-24
notes: >-
  The 23 districts date from 1954; list checked at https://example.org/wien-bezirke-liste and at
  https://example.org/archive/2026/11/24/a-very-long-path-that-has-no-place-to-break-it-on-a-phone.html.
districts:
  - name: Innere Stadt
    number: 1
    name_en: Inner City
    alt_names: [Wien 1]
    population: 16000
    area_km2: 2.87
  - name: Floridsdorf
    number: 21
    alt_names: [Wien 21]
    population: 180000
    tags:
      - tag: riverside
        source: https://example.org/floridsdorf-danube
  - name: Seestadt
    number: 22
    lat: 48.225
    lon: 16.505
    coord_source: https://example.org/seestadt
    notes: Point of the Seestadt U-Bahn station, inside the district.
"""

HAMBURG = """
slug: hamburg
name: Hamburg
name_de: Hamburg
name_en: Hamburg
country: DE
lat: 53.5503
lon: 10.0007
population: 1900000
source_url: https://example.org/hamburg-bezirke
checked: 2026-11-24
complete: false
districts:
  - name: Harburg
    alt_names: [Hamburg-Harburg, Bezirk Harburg]
  - name: Wandsbek
"""

QUARTERS = """
source_url: https://example.org/stadtteile
checked: 2026-11-24
bezirke:
  - bezirk: Harburg
    stadtteile:
      - name: Neugraben-Fischbek
      - name: Heimfeld
"""

PARTNERSHIPS = """
- home: {city: hamburg, district: Wandsbek}
  partner: {name: Waltham Forest, city_name: London, country: GB, lat: 51.59, lon: -0.01}
  since: 1949
  status: confirmed
  source_urls: [https://example.org/wandsbek]
  checked: 2026-11-24
- home: {city: vienna, district: Innere Stadt, number: 1}
  partner: {name: Camden, country: GB}
  status: not_confirmed
  source_urls: [https://example.org/search-notes]
  checked: 2026-11-24
"""


def place(gid, name, lat, lon, country, population=0, alternates=()):
    return Place(gid, name, lat, lon, country, population, tuple(alternates))


PLACES = [
    place(1, "Vienna", 48.2085, 16.3721, "AT", 1_900_000, ["Wien"]),
    place(
        2, "Innere Stadt", 48.2077, 16.3705, "AT", 16_500, ["Wien-Innere Stadt", "Vnitřní Město"]
    ),
    place(
        3,
        "Floridsdorf",
        48.2563,
        16.4,
        "AT",
        150_000,
        ["Florisdorf", "Wien-Floridsdorf", "フローリッツドルフ", "弗洛里茨多夫", "Флоридсдорф"],
    ),
    place(4, "Hamburg", 53.5503, 10.0007, "DE", 1_800_000, ["Hambourg"]),
    place(5, "Harburg", 53.4606, 9.9839, "DE", 169_221, ["Hamburg-Harburg", "Horborg"]),
    place(6, "Harburg", 48.7867, 10.6893, "DE", 5_694, []),  # the Bavarian town
    place(7, "Wandsbek", 53.58, 10.08, "DE", 400_000, []),
    place(8, "Neugraben-Fischbek", 53.47, 9.85, "DE", 30_000, []),
    place(9, "Heimfeld", 53.465, 9.96, "DE", 22_000, []),
]


def write_dataset(root: Path) -> Path:
    atlas = root / "atlas"
    (atlas / "cities").mkdir(parents=True)
    (atlas / "countries.yaml").write_text(textwrap.dedent(COUNTRIES), encoding="utf-8")
    (atlas / "cities" / "vienna.yaml").write_text(VIENNA, encoding="utf-8")
    (atlas / "cities" / "hamburg.yaml").write_text(HAMBURG, encoding="utf-8")
    (atlas / "hamburg-quarters.yaml").write_text(QUARTERS, encoding="utf-8")
    (atlas / "partnerships.yaml").write_text(PARTNERSHIPS, encoding="utf-8")
    return atlas


def small_index() -> PlaceIndex:
    return PlaceIndex(PLACES)
