"""Build the bundled offline base map of Europe from Natural Earth 1:10m (public domain).

Usage:
    python scripts/build_basemap.py SOURCE_DIR OUT.geojson

SOURCE_DIR holds these Natural Earth 1:10m layers as GeoJSON, under their usual names:

    ne_10m_land.json                        land polygons
    ne_10m_lakes.json, ne_10m_lakes_europe.json
    ne_10m_rivers_lake_centerlines.json, ne_10m_rivers_europe.json
    ne_10m_admin_0_boundary_lines_land.json country borders on land
    ne_10m_populated_places.json            places with NAME_DE / NAME_EN and min_zoom

(``.geojson`` instead of ``.json`` works too.) They were taken from the GeoJSON conversion
in the public repository martynafford/natural-earth-geojson (directory ``10m/``, the ``.7z``
archives unpacked with 7-Zip), which converts Natural Earth's shapefiles with ogr2ogr; the
``geojson/`` folder of nvkelso/natural-earth-vector holds the same layers. See docs/data.md.

What the script does, with the standard library only:
- clips every geometry to a box around Europe (BOX) - polygons with Sutherland-Hodgman,
  lines cut where they leave the box;
- simplifies lines and rings with Douglas-Peucker (TOLERANCE degrees inside CORE, where the
  atlas cities are, MARGIN_TOLERANCE outside) and drops land and lake rings smaller than
  MIN_AREA / LAKE_MIN_AREA square degrees, so the file stays small;
- keeps rivers and lakes up to a scale rank, and places that Natural Earth shows up to
  MAX_PLACE_ZOOM inside PLACE_BOX (outside CORE only the rivers and places shown up to
  MARGIN_MAX_ZOOM), with their name, German and English names where they differ, and the
  zoom from which to label them;
- rounds coordinates to 3 decimals (about 100 m) and writes one compact FeatureCollection
  whose features carry ``k`` (kind: land, lake, river, border, place).

Run it again when updating the Natural Earth release; the output is committed as a static file.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from itertools import pairwise
from pathlib import Path

# west, south, east, north: the Azores to the Urals, the Sahara's edge to the North Cape
BOX = (-32.0, 28.0, 62.0, 73.0)
# The cities of the atlas lie inside CORE; the margins around it only frame the map.
CORE = (-12.0, 35.0, 35.0, 71.0)
TOLERANCE = 0.004  # degrees, about 300-450 m: finer than a district marker at city zoom
MARGIN_TOLERANCE = 0.02  # degrees, outside CORE
MARGIN_MAX_ZOOM = 5.0  # rivers and places outside CORE only from Natural Earth's first zooms
PLACE_BOX = (-25.0, 34.0, 50.0, 72.0)  # city names only for Europe and its near neighbours
MIN_AREA = 0.0004  # square degrees (a few km²): drops islets
LAKE_MIN_AREA = 0.01  # square degrees (about 60-120 km²): keeps the larger lakes only
RIVER_MAX_SCALERANK = 10  # the main Natural Earth rivers plus the larger European supplement
LAKE_MAX_SCALERANK = 10
MAX_PLACE_ZOOM = 7.0  # Natural Earth's min_zoom: places labelled up to this web-map zoom level
DECIMALS = 3

Point = tuple[float, float]


def load(source: Path, name: str) -> list[dict]:
    for suffix in (".json", ".geojson"):
        path = source / (name + suffix)
        if path.exists():
            return json.loads(path.read_text(encoding="utf-8"))["features"]
    raise SystemExit(f"missing {name}.json in {source}")


# ---------------------------------------------------------------- geometry


def clip_ring(ring: list[Point]) -> list[Point]:
    """Sutherland-Hodgman: the part of a closed ring inside BOX (may run along its edge)."""
    west, south, east, north = BOX
    edges = [
        (lambda p: p[0] >= west, lambda a, b: _at_x(a, b, west)),
        (lambda p: p[0] <= east, lambda a, b: _at_x(a, b, east)),
        (lambda p: p[1] >= south, lambda a, b: _at_y(a, b, south)),
        (lambda p: p[1] <= north, lambda a, b: _at_y(a, b, north)),
    ]
    points = ring[:-1] if ring and ring[0] == ring[-1] else ring
    for inside, cross in edges:
        if not points:
            break
        result: list[Point] = []
        previous = points[-1]
        for current in points:
            if inside(current):
                if not inside(previous):
                    result.append(cross(previous, current))
                result.append(current)
            elif inside(previous):
                result.append(cross(previous, current))
            previous = current
        points = result
    return points + points[:1] if points else []


def _at_x(a: Point, b: Point, x: float) -> Point:
    t = (x - a[0]) / (b[0] - a[0])
    return (x, a[1] + t * (b[1] - a[1]))


def _at_y(a: Point, b: Point, y: float) -> Point:
    t = (y - a[1]) / (b[1] - a[1])
    return (a[0] + t * (b[0] - a[0]), y)


def inside_box(point: Point, box: tuple[float, float, float, float] = BOX) -> bool:
    west, south, east, north = box
    return west <= point[0] <= east and south <= point[1] <= north


def tolerance_at(point: Point) -> float:
    return TOLERANCE if inside_box(point, CORE) else MARGIN_TOLERANCE


def clip_line(line: list[Point]) -> Iterator[list[Point]]:
    """The pieces of a line inside BOX (vertices outside are dropped, pieces split there)."""
    piece: list[Point] = []
    for point in line:
        if inside_box(point):
            piece.append(point)
        elif piece:
            yield piece
            piece = []
    if piece:
        yield piece


def simplify(points: list[Point]) -> list[Point]:
    """Douglas-Peucker, iterative (long coastlines would exhaust recursion).

    The tolerance is that of the farthest point: fine inside CORE, coarse in the margins.
    """
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        ax, ay = points[first]
        bx, by = points[last]
        dx, dy = bx - ax, by - ay
        length = (dx * dx + dy * dy) ** 0.5
        farthest, distance = 0, 0.0
        for index in range(first + 1, last):
            px, py = points[index]
            if length == 0:
                d = ((px - ax) ** 2 + (py - ay) ** 2) ** 0.5
            else:
                d = abs(dy * px - dx * py + bx * ay - by * ax) / length
            if d > distance:
                farthest, distance = index, d
        if distance > tolerance_at(points[farthest]):
            keep[farthest] = True
            stack.append((first, farthest))
            stack.append((farthest, last))
    return [p for p, kept in zip(points, keep, strict=True) if kept]


def area(ring: list[Point]) -> float:
    return abs(sum(a[0] * b[1] - b[0] * a[1] for a, b in pairwise(ring))) / 2


def rounded(points: Iterable[Point]) -> list[list[float]]:
    result: list[list[float]] = []
    for x, y in points:
        point = [round(x, DECIMALS), round(y, DECIMALS)]
        if not result or result[-1] != point:
            result.append(point)
    return result


def polygons_of(geometry: dict) -> list[list[list[Point]]]:
    if geometry is None:
        return []
    if geometry["type"] == "Polygon":
        return [geometry["coordinates"]]
    if geometry["type"] == "MultiPolygon":
        return geometry["coordinates"]
    return []


def lines_of(geometry: dict) -> list[list[Point]]:
    if geometry is None:
        return []
    if geometry["type"] == "LineString":
        return [geometry["coordinates"]]
    if geometry["type"] == "MultiLineString":
        return geometry["coordinates"]
    return []


def reduce_polygons(geometry: dict, min_area: float = MIN_AREA) -> list[list[list[float]]]:
    result = []
    for polygon in polygons_of(geometry):
        rings = []
        for index, ring in enumerate(polygon):
            clipped = clip_ring([tuple(p[:2]) for p in ring])
            if len(clipped) < 4 or area(clipped) < min_area:
                if index == 0:
                    break  # outer ring gone: its holes go with it
                continue
            ring_out = rounded(simplify(clipped))
            if len(ring_out) >= 4:
                rings.append(ring_out)
            elif index == 0:
                break
        if rings:
            result.append(rings)
    return result


def reduce_lines(geometry: dict) -> list[list[list[float]]]:
    result = []
    for line in lines_of(geometry):
        for piece in clip_line([tuple(p[:2]) for p in line]):
            out = rounded(simplify(piece))
            if len(out) >= 2:
                result.append(out)
    return result


# ---------------------------------------------------------------- layers


def feature(kind: str, geometry: dict, **properties) -> dict:
    return {"type": "Feature", "properties": {"k": kind, **properties}, "geometry": geometry}


def land(source: Path) -> Iterator[dict]:
    for item in load(source, "ne_10m_land"):
        polygons = reduce_polygons(item["geometry"])
        if polygons:
            yield feature("land", {"type": "MultiPolygon", "coordinates": polygons})


def lakes(source: Path) -> Iterator[dict]:
    for name in ("ne_10m_lakes", "ne_10m_lakes_europe"):
        for item in load(source, name):
            if (item["properties"].get("scalerank") or 0) > LAKE_MAX_SCALERANK:
                continue
            polygons = reduce_polygons(item["geometry"], LAKE_MIN_AREA)
            if polygons:
                yield feature("lake", {"type": "MultiPolygon", "coordinates": polygons})


def rivers(source: Path) -> Iterator[dict]:
    for name in ("ne_10m_rivers_lake_centerlines", "ne_10m_rivers_europe"):
        for item in load(source, name):
            props = item["properties"]
            if props.get("featurecla") not in ("River", "Canal"):
                continue  # lake centrelines run through lakes that are drawn anyway
            if (props.get("scalerank") or 0) > RIVER_MAX_SCALERANK:
                continue
            zoom = props.get("min_zoom") or 0
            lines = [
                line
                for line in reduce_lines(item["geometry"])
                if zoom <= MARGIN_MAX_ZOOM or any(inside_box(tuple(p), CORE) for p in line)
            ]
            if lines:
                # z: Natural Earth's zoom from which the river is shown (the big ones early)
                yield feature(
                    "river",
                    {"type": "MultiLineString", "coordinates": lines},
                    n=props.get("name") or "",
                    z=round(float(zoom), 1),
                )


def borders(source: Path) -> Iterator[dict]:
    for item in load(source, "ne_10m_admin_0_boundary_lines_land"):
        lines = reduce_lines(item["geometry"])
        if lines:
            yield feature("border", {"type": "MultiLineString", "coordinates": lines})


def places(source: Path) -> Iterator[dict]:
    for item in load(source, "ne_10m_populated_places"):
        props = {key.lower(): value for key, value in item["properties"].items()}
        zoom = props.get("min_zoom")
        if zoom is None or zoom > MAX_PLACE_ZOOM:
            continue
        lon, lat = item["geometry"]["coordinates"][:2]
        if not inside_box((lon, lat), PLACE_BOX):
            continue
        if zoom > MARGIN_MAX_ZOOM and not inside_box((lon, lat), CORE):
            continue
        name = props.get("name") or ""
        extra = {}
        for language in ("de", "en"):  # only where the name differs from the local one
            translated = props.get(f"name_{language}")
            if translated and translated != name:
                extra[language] = translated
        if props.get("featurecla") == "Admin-0 capital":
            extra["cap"] = 1
        yield feature(
            "place",
            {"type": "Point", "coordinates": [round(lon, DECIMALS), round(lat, DECIMALS)]},
            n=name,
            z=round(float(zoom), 1),
            **extra,
        )


def main(source_dir: str, target: str) -> None:
    source = Path(source_dir)
    features = [
        *land(source),
        *lakes(source),
        *rivers(source),
        *borders(source),
        *sorted(places(source), key=lambda f: f["properties"]["z"]),
    ]
    text = json.dumps(
        {"type": "FeatureCollection", "bbox": list(BOX), "features": features},
        ensure_ascii=False,
        separators=(",", ":"),
    )
    Path(target).write_text(text, encoding="utf-8")
    counts: dict[str, int] = {}
    for item in features:
        counts[item["properties"]["k"]] = counts.get(item["properties"]["k"], 0) + 1
    summary = ", ".join(f"{count} {kind}" for kind, count in counts.items())
    print(f"{summary}; {len(text.encode('utf-8'))} bytes written to {target}")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit("usage: python scripts/build_basemap.py SOURCE_DIR OUT.geojson")
    main(sys.argv[1], sys.argv[2])
