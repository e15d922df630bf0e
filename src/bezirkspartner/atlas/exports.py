"""District exports: JSON list, CSV, GeoJSON."""

from __future__ import annotations

from collections.abc import Iterable

from bezirkspartner.core.csv_export import rows_to_csv

CSV_COLUMNS = [
    "id",
    "name",
    "name_de",
    "name_en",
    "number",
    "city",
    "country",
    "population",
    "population_year",
    "area_km2",
    "density",
    "lat",
    "lon",
    "geonames_id",
    "geonames_match",
    "tags",
    "names",
    "population_source",
    "source_url",
    "checked",
]


def districts_csv(rows: Iterable[dict]) -> str:
    return rows_to_csv(CSV_COLUMNS, rows)


def districts_geojson(rows: Iterable[dict]) -> dict:
    features = []
    for row in rows:
        if row["lat"] is None:
            continue
        properties = {k: v for k, v in row.items() if k not in ("lat", "lon")}
        features.append(
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [row["lon"], row["lat"]]},
                "properties": properties,
            }
        )
    return {"type": "FeatureCollection", "features": features}
