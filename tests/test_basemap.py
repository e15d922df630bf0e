"""The bundled base map and the script that made it (scripts/build_basemap.py)."""

from __future__ import annotations

import gzip
import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BASEMAP = ROOT / "src/bezirkspartner/static/bezirkspartner/vendor/natural-earth/europe-10m.geojson"


def load_script():
    spec = importlib.util.spec_from_file_location(
        "build_basemap", ROOT / "scripts/build_basemap.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def basemap() -> dict:
    return json.loads(BASEMAP.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def script():
    return load_script()


def test_the_base_map_is_small_and_licensed():
    raw = BASEMAP.read_bytes()
    assert len(raw) < 2_000_000
    assert len(gzip.compress(raw)) < 600_000  # what whitenoise serves
    licence = (BASEMAP.parent / "LICENCE.txt").read_text(encoding="utf-8")
    assert "public domain" in licence and "Natural Earth" in licence


def test_the_base_map_stays_in_its_box_and_holds_every_layer(basemap, script):
    west, south, east, north = script.BOX
    kinds = {}
    for feature in basemap["features"]:
        kinds[feature["properties"]["k"]] = kinds.get(feature["properties"]["k"], 0) + 1
        for lon, lat in _points(feature["geometry"]):
            assert west <= lon <= east and south <= lat <= north, feature["properties"]
    assert set(kinds) == {"land", "lake", "river", "border", "place"}
    assert kinds["place"] > 300 and kinds["river"] > 100


def test_the_elbe_runs_between_harburg_and_hamburg_mitte(basemap):
    elbe = [f for f in basemap["features"] if f["properties"].get("n") == "Elbe"]
    assert elbe
    # Harburg is at about 53.46 N, Hamburg-Mitte at 53.55 N, both near 10.0 E.
    crossings = [
        lat
        for feature in elbe
        for lon, lat in _points(feature["geometry"])
        if 9.9 <= lon <= 10.04 and 53.3 <= lat <= 53.7
    ]
    assert crossings and all(53.46 < lat < 53.56 for lat in crossings)


def test_the_city_names_come_in_german_and_english(basemap):
    places = {
        f["properties"]["n"]: f["properties"]
        for f in basemap["features"]
        if f["properties"]["k"] == "place"
    }
    assert places["Vienna"]["de"] == "Wien"
    assert places["Hamburg"]["z"] <= 5
    assert "Shanghai" not in places


def test_clip_ring_keeps_the_part_inside_the_box(script):
    west, _south, east, _north = script.BOX
    square = [
        (west - 5, 50.0),
        (west + 5, 50.0),
        (west + 5, 60.0),
        (west - 5, 60.0),
        (west - 5, 50.0),
    ]
    clipped = script.clip_ring(square)
    assert clipped[0] == clipped[-1]
    assert min(x for x, _ in clipped) == west
    assert script.area(clipped) == pytest.approx(50.0)
    outside = [(east + 1, 50.0), (east + 2, 50.0), (east + 2, 51.0), (east + 1, 50.0)]
    assert script.clip_ring(outside) == []


def test_simplify_drops_points_closer_than_the_tolerance(script):
    line = [(10.0, 50.0), (10.5, 50.0001), (11.0, 50.0), (11.5, 51.0)]
    assert script.simplify(line) == [(10.0, 50.0), (11.0, 50.0), (11.5, 51.0)]


def test_clip_line_splits_where_a_line_leaves_the_box(script):
    east = script.BOX[2]
    line = [
        (east - 2, 50.0),
        (east - 1, 50.0),
        (east + 1, 50.0),
        (east - 1, 51.0),
        (east - 2, 51.0),
    ]
    assert list(script.clip_line(line)) == [
        [(east - 2, 50.0), (east - 1, 50.0)],
        [(east - 1, 51.0), (east - 2, 51.0)],
    ]


def _points(geometry: dict):
    coordinates = geometry["coordinates"]
    if geometry["type"] == "Point":
        yield tuple(coordinates)
        return
    stack = [coordinates]
    while stack:
        item = stack.pop()
        if item and isinstance(item[0], (int, float)):
            yield tuple(item)
        else:
            stack.extend(item)
