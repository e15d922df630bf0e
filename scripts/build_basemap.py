"""Build the bundled base map from Natural Earth via the world-atlas npm package.

Usage: python scripts/build_basemap.py path/to/world-atlas/countries-50m.json OUT.geojson

Decodes the TopoJSON, keeps the countries that reach into a box around Europe,
rounds coordinates to 0.01° and writes GeoJSON. Natural Earth is public domain.
Run once when updating world-atlas; the output is committed as a static file.
"""

from __future__ import annotations

import json
import sys

BOX = (-32.0, 26.0, 50.0, 72.0)  # west, south, east, north


def decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    scale_x, scale_y = topology["transform"]["scale"]
    shift_x, shift_y = topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((round(x * scale_x + shift_x, 2), round(y * scale_y + shift_y, 2)))
        arcs.append(points)
    return arcs


def ring(indexes: list[int], arcs) -> list[list[float]]:
    points: list[tuple[float, float]] = []
    for index in indexes:
        arc = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
        points.extend(arc if not points else arc[1:])
    deduped = [p for i, p in enumerate(points) if i == 0 or p != points[i - 1]]
    return [list(p) for p in deduped]


def in_box(polygon: list[list[list[float]]]) -> bool:
    west, south, east, north = BOX
    return any(west <= x <= east and south <= y <= north for x, y in polygon[0])


def main(source: str, target: str) -> None:
    topology = json.load(open(source, encoding="utf-8"))
    arcs = decode_arcs(topology)
    features = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        if geometry["type"] == "Polygon":
            polygons = [[ring(r, arcs) for r in geometry["arcs"]]]
        elif geometry["type"] == "MultiPolygon":
            polygons = [[ring(r, arcs) for r in polygon] for polygon in geometry["arcs"]]
        else:
            continue
        polygons = [p for p in polygons if in_box(p) and len(p[0]) >= 4]
        if not polygons:
            continue
        features.append({
            "type": "Feature",
            "properties": {"name": geometry.get("properties", {}).get("name", "")},
            "geometry": {"type": "MultiPolygon", "coordinates": polygons},
        })
    with open(target, "w", encoding="utf-8") as handle:
        json.dump({"type": "FeatureCollection", "features": features}, handle,
                  separators=(",", ":"))
    print(f"{len(features)} countries written to {target}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
