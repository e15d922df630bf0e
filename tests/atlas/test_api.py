import csv
import io
import json

import pytest

pytestmark = pytest.mark.django_db


def test_districts_are_paginated_and_filterable(client, small_atlas):
    body = client.get("/api/districts", {"page_size": 2}).json()
    assert body["count"] == 5
    assert len(body["results"]) == 2
    assert client.get("/api/districts", {"country": "at"}).json()["count"] == 3
    assert client.get("/api/districts", {"city": "hamburg"}).json()["count"] == 2
    assert client.get("/api/districts", {"tag": "riverside"}).json()["count"] == 1
    assert client.get("/api/districts", {"population_min": 100000}).json()["count"] == 3
    names = [d["name"] for d in client.get("/api/districts", {"q": "Wien 21"}).json()["results"]]
    assert names == ["Floridsdorf"]


def test_district_detail_has_the_export_fields(client, small_atlas):
    first = client.get("/api/districts", {"q": "Harburg"}).json()["results"][0]
    detail = client.get(f"/api/districts/{first['id']}").json()
    for key in (
        "name",
        "city",
        "country",
        "population",
        "lat",
        "lon",
        "geonames_id",
        "names",
        "tags",
        "source_url",
        "checked",
    ):
        assert key in detail
    assert detail["country"] == "DE"
    assert client.get("/api/districts/999999").status_code == 404


def test_invalid_parameters_are_rejected(client, small_atlas):
    assert client.get("/api/districts", {"page_size": 0}).status_code == 422
    assert client.get("/api/districts", {"population_min": "many"}).status_code == 422


def test_geojson_and_csv_downloads(client, small_atlas):
    geojson = client.get("/api/districts.geojson")
    assert geojson["Content-Type"] == "application/geo+json"
    features = json.loads(geojson.content)["features"]
    assert len(features) == 5
    assert features[0]["geometry"]["type"] == "Point"
    response = client.get("/api/districts.csv")
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    assert len(rows) == 5
    assert {"name", "city", "country", "population", "lat", "lon"} <= set(rows[0])


def test_partnership_lines(client, small_atlas):
    lines = client.get("/api/partnerships.geojson").json()["features"]
    assert len(lines) == 1  # Wandsbek-Waltham Forest; the unconfirmed one has no partner point
    assert lines[0]["properties"]["since"] == 1949


def test_cities(client, small_atlas):
    cities = client.get("/api/cities").json()
    assert {c["slug"] for c in cities} == {"vienna", "hamburg"}


def test_openapi_describes_the_atlas_endpoints(client):
    spec = client.get("/api/openapi.json").json()
    for path in (
        "/api/districts",
        "/api/districts/{district_id}",
        "/api/cities",
        "/api/districts.geojson",
        "/api/districts.csv",
        "/api/partnerships",
    ):
        assert path in spec["paths"], path
