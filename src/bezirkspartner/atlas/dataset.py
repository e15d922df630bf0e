"""Read and validate the curated atlas files in data/atlas/. Pure Python, no Django.

Errors are collected with their file and record so that a curator sees every
problem at once; a dataset with errors is never loaded.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from bezirkspartner.core.datafile import DataFileError, read_yaml
from bezirkspartner.core.errors import ReferenceDataError
from bezirkspartner.core.text import slugify

TAG_VOCABULARY = {
    "riverside",
    "coastal",
    "port",
    "university",
    "industrial_transformation",
    "new_development_area",
    "flood_risk",
    "capital_centre",
    "outer_district",
    "inner_district",
}
_URL = re.compile(r"^https?://\S+$")


class DatasetError(ReferenceDataError):
    def __init__(self, problems: list[str]):
        super().__init__("atlas", problems)


@dataclass
class TagAssignment:
    tag: str
    source: str = ""
    rule: str = ""


@dataclass
class DistrictRecord:
    name: str
    slug: str
    number: int | None = None
    name_de: str = ""
    name_en: str = ""
    alt_names: list[str] = field(default_factory=list)
    population: int | None = None
    population_year: int | None = None
    population_source: str = ""
    area_km2: float | None = None
    area_source: str = ""
    geonames_id: int | None = None
    lat: float | None = None
    lon: float | None = None
    coord_source: str = ""
    tags: list[TagAssignment] = field(default_factory=list)
    notes: str = ""

    def all_names(self) -> list[str]:
        names = [self.name, self.name_de, self.name_en, *self.alt_names]
        return list(dict.fromkeys(n for n in names if n))


@dataclass
class CityRecord:
    slug: str
    name: str
    name_de: str
    name_en: str
    country: str
    lat: float
    lon: float
    population: int | None
    population_year: int | None
    population_source: str
    district_term: str
    district_term_en: str
    complete: bool
    source_url: str
    checked: dt.date
    notes: str = ""
    geonames_id: int | None = None
    alt_names: list[str] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)
    languages_source: str = ""
    districts: list[DistrictRecord] = field(default_factory=list)

    def all_names(self) -> list[str]:
        names = [self.name, self.name_de, self.name_en, *self.alt_names]
        return list(dict.fromkeys(n for n in names if n))


class _Problems:
    def __init__(self) -> None:
        self.items: list[str] = []

    def add(self, where: str, message: str) -> None:
        self.items.append(f"{where}: {message}")


def _date(value, where: str, problems: _Problems) -> dt.date:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        problems.add(where, f"'checked' must be a date YYYY-MM-DD, not {value!r}")
        return dt.date.min


def _number(value, kind, where: str, problems: _Problems, label: str, *, signed=False):
    if value in (None, ""):
        return None
    try:
        number = kind(value)
    except (TypeError, ValueError, OverflowError):
        problems.add(where, f"{label} must be a number, not {value!r}")
        return None
    if not signed and number < 0:
        problems.add(where, f"{label} must not be negative")
        return None
    return number


def _url(value, where: str, problems: _Problems, label: str, *, required: bool) -> str:
    text = str(value or "").strip()
    if not text:
        if required:
            problems.add(where, f"{label} is required")
        return ""
    if not _URL.match(text):
        problems.add(where, f"{label} is not a URL: {text!r}")
    return text


def _list(value, where: str, problems: _Problems, label: str) -> list:
    """A list field: missing means empty; anything but a list is a problem."""
    if value in (None, ""):
        return []
    if not isinstance(value, list):
        problems.add(where, f"{label} must be a list")
        return []
    return value


def _tags(raw, where: str, problems: _Problems) -> list[TagAssignment]:
    tags = []
    for item in _list(raw, where, problems, "tags"):
        if isinstance(item, str):
            problems.add(where, f"tag {item!r} needs a source or a rule")
            continue
        if not isinstance(item, dict):
            problems.add(where, f"tag {item!r} must be a mapping with tag and source or rule")
            continue
        tag = str(item.get("tag", ""))
        if tag not in TAG_VOCABULARY:
            problems.add(where, f"unknown tag {tag!r}")
            continue
        source = str(item.get("source") or "")
        rule = str(item.get("rule") or "")
        if not source and not rule:
            problems.add(where, f"tag {tag!r} needs a source or a rule")
            continue
        tags.append(TagAssignment(tag=tag, source=source, rule=rule))
    return tags


def _district(raw: dict, index: int, where: str, problems: _Problems) -> DistrictRecord:
    name = str(raw.get("name") or "").strip()
    here = f"{where} district #{index + 1} ({name or '?'})"
    if not name:
        problems.add(here, "name is required")
    lat = _number(raw.get("lat"), float, here, problems, "lat", signed=True)
    lon = _number(raw.get("lon"), float, here, problems, "lon", signed=True)
    if (lat is None) != (lon is None):
        problems.add(here, "lat and lon go together")
    coord_source = str(raw.get("coord_source") or "")
    if lat is not None and not coord_source:
        problems.add(here, "curated lat/lon need a coord_source")
    population = _number(raw.get("population"), int, here, problems, "population")
    number = raw.get("number")
    slug_base = raw.get("name_en") or name
    slug = slugify(str(slug_base))
    if not re.fullmatch(r"[a-z0-9-]+", slug or "-"):
        slug = re.sub(r"[^a-z0-9-]", "", slug) or f"district-{number or index + 1}"
    return DistrictRecord(
        name=name,
        slug=slug,
        number=int(number) if isinstance(number, int) or str(number).isdecimal() else None,
        name_de=str(raw.get("name_de") or ""),
        name_en=str(raw.get("name_en") or ""),
        alt_names=[str(n) for n in _list(raw.get("alt_names"), here, problems, "alt_names")],
        population=population,
        population_year=_number(raw.get("population_year"), int, here, problems, "year"),
        population_source=_url(
            raw.get("population_source"), here, problems, "population_source", required=False
        ),
        area_km2=_number(raw.get("area_km2"), float, here, problems, "area_km2"),
        area_source=_url(raw.get("area_source"), here, problems, "area_source", required=False),
        geonames_id=_number(raw.get("geonames_id"), int, here, problems, "geonames_id"),
        lat=lat,
        lon=lon,
        coord_source=coord_source,
        tags=_tags(raw.get("tags"), here, problems),
        notes=str(raw.get("notes") or ""),
    )


def _city(raw: dict, path: Path, problems: _Problems) -> CityRecord | None:
    where = path.name
    if not isinstance(raw, dict):
        problems.add(where, "the file must hold one city (a mapping)")
        return None
    essential_missing = False
    for key in ("slug", "name", "country", "lat", "lon", "source_url", "checked", "districts"):
        if raw.get(key) in (None, ""):
            problems.add(where, f"{key} is required")
            essential_missing |= key in ("slug", "name", "country", "lat", "lon")
    if essential_missing:
        return None
    if raw["slug"] != path.stem:
        problems.add(where, f"slug {raw['slug']!r} must equal the file name {path.stem!r}")
    country = str(raw["country"]).upper()
    if not re.fullmatch(r"[A-Z]{2}", country):
        problems.add(where, f"country must be an ISO 3166-1 alpha-2 code, not {country!r}")
    city = CityRecord(
        slug=str(raw["slug"]),
        name=str(raw["name"]),
        name_de=str(raw.get("name_de") or raw["name"]),
        name_en=str(raw.get("name_en") or raw["name"]),
        country=country,
        lat=_number(raw["lat"], float, where, problems, "lat", signed=True) or 0.0,
        lon=_number(raw["lon"], float, where, problems, "lon", signed=True) or 0.0,
        population=_number(raw.get("population"), int, where, problems, "population"),
        population_year=_number(raw.get("population_year"), int, where, problems, "year"),
        population_source=_url(
            raw.get("population_source"), where, problems, "population_source", required=False
        ),
        district_term=str(raw.get("district_term") or ""),
        district_term_en=str(raw.get("district_term_en") or "district"),
        complete=bool(raw.get("complete", False)),
        source_url=_url(raw.get("source_url"), where, problems, "source_url", required=False),
        checked=_date(raw.get("checked") or "", where, problems),
        notes=str(raw.get("notes") or ""),
        geonames_id=_number(raw.get("geonames_id"), int, where, problems, "geonames_id"),
        alt_names=[str(n) for n in _list(raw.get("alt_names"), where, problems, "alt_names")],
        languages=[str(code) for code in raw.get("languages") or []],
        languages_source=_url(
            raw.get("languages_source"), where, problems, "languages_source", required=False
        ),
    )
    for code in city.languages:
        if not re.fullmatch(r"[a-z]{2}", code):
            problems.add(where, f"languages: {code!r} is not an ISO 639-1 code")
    if city.languages and not city.languages_source:
        problems.add(where, "languages need a languages_source")
    seen_names: set[str] = set()
    seen_slugs: set[str] = set()
    for index, item in enumerate(_list(raw.get("districts"), where, problems, "districts")):
        if not isinstance(item, dict):
            problems.add(where, f"district #{index + 1} must be a mapping")
            continue
        district = _district(item, index, where, problems)
        if district.name.casefold() in seen_names:
            problems.add(where, f"duplicate district name {district.name!r}")
        seen_names.add(district.name.casefold())
        while district.slug in seen_slugs:
            district.slug += f"-{district.number or index + 1}"
        seen_slugs.add(district.slug)
        city.districts.append(district)
    if not city.districts:
        problems.add(where, "a city needs at least one district")
    return city


def load_cities(directory: Path) -> list[CityRecord]:
    """Load every data/atlas/cities/*.yaml file; raise DatasetError listing all problems."""
    problems = _Problems()
    cities = []
    for path in sorted(directory.glob("*.yaml")):
        try:
            raw = read_yaml(path)
        except DataFileError as exc:
            problems.items.extend(exc.problems)
            continue
        city = _city(raw, path, problems)
        if city:
            cities.append(city)
    if problems.items:
        raise DatasetError(problems.items)
    return cities
