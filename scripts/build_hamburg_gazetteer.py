"""Build Hamburg's street list and official park list for the place recogniser.

    python scripts/build_hamburg_gazetteer.py WORKSHOP_REPO VELOROUTE_REPO

WORKSHOP_REPO is a checkout (or an extracted tree) of Jugendhackt/EinsteigerWorkshop at
commit 2a470ad, whose `data/` holds two exports of the City of Hamburg's web feature
services made on 2016-05-10: `schulen.geojson` (HH_WFS_Schulen: 581 schools with their
address and point) and `gruenflaechen.geojson` (HH_WFS_Gruenflaechen, layer
gruenflaechen_parkanlagen: 134 parks with their point), both in ETRS89 / UTM zone 32N.
VELOROUTE_REPO is a checkout of breunigs/veloroute at commit 67c67cc, whose blog articles
(`data/articles/**/*.ex`) mark places on the map as `<.m bounds="W,S,E,N">Name</.m>`; the
bounds come from OpenStreetMap.

Writes `data/geoparse/streets/hamburg.csv` (name, lat, lon: the street names of the schools'
addresses with the school's point, and the marked names that are street names, with the centre
of their bounds) and `data/geoparse/hamburg-parks.yaml` (the parks, with their point). Names
only; no text of either source is kept. Standard library only; the gazetteer built from the
rest of data/ is used to leave out names that already are a place of another kind.
"""

from __future__ import annotations

import csv
import json
import math
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from bezirkspartner.core.text import fold  # noqa: E402
from bezirkspartner.geoparse.gazetteer import Gazetteer  # noqa: E402

# Hamburg's land area with a margin (the city's extent is 8.42-10.33 E, 53.39-53.96 N).
BBOX = (8.40, 53.38, 10.35, 53.97)
_HOUSE_NUMBER = re.compile(r"\s+\d.*$")
# A street name as the blog writes one: capitalised words, Low German or prefix particles.
_PARTICLES = "de|op|to|up|un|an|am|bi|in|im|der|den|dem|vor|zum|zur|vom|von|achter|bim|unner"
_NAME = re.compile(
    r"^[A-ZÄÖÜ][\wäöüß.'’-]*(?: (?:[A-ZÄÖÜ][\wäöüß.'’-]*|" + _PARTICLES + r")){0,3}$"
)
# Words in a marked name that show it is a description, not a street name.
_NOT_STREET = re.compile(
    r"(?i)(kreuzung|kreisverkehr|ampel|richtung|höhe|einmündung|baustelle|bahnhof|haltestelle"
    r"|schule|museum|park$|bahn|tunnel|unterführung|abschnitt|rampe|zufahrt|auffahrt|radweg"
    r"|brücken$|gelände|zentrum|markt$|see$|kanal$|fleet$|elbe$|alster$|insel|universität|center"
    r"|quartier|viertel|seite$|friedhof|absperrung|querungshilfe|radfahrstreifen|sandberge|bucht"
    r"|^[SU]-|^[A-Z]{2}[ -]|-$)"
)
_OPENING_WORDS = {"Am", "An", "Bei", "Beim", "Hinter", "Im", "In", "Zum", "Zur", "Vörn", "Achter"}
# Marked names checked by hand that are places of another kind (quarters, towns, a nature
# reserve, parks), not streets.
_NOT_STREETS = {
    "Barmbek",
    "Boberg",
    "Brekelbaums Park",
    "Dulsberg-Süd",
    "Elbpark Entenwerder",
    "Fischbeker Moor",
    "Insel Neuwerk",
    "Schenefeld",
    "Zollenspieker",
}
MAX_EXTENT_KM = 3.0  # a marked area wider than this is a quarter or a route, not one street


def utm32_to_wgs84(easting: float, northing: float) -> tuple[float, float]:
    """ETRS89 / UTM zone 32N to latitude, longitude (GRS80; series after Krüger, < 1 mm)."""
    a, f = 6378137.0, 1 / 298.257222101
    k0, e0, lon0 = 0.9996, 500000.0, math.radians(9.0)
    n = f / (2 - f)
    big_a = a / (1 + n) * (1 + n**2 / 4 + n**4 / 64)
    beta = (
        n / 2 - 2 * n**2 / 3 + 37 * n**3 / 96,
        n**2 / 48 + n**3 / 15,
        17 * n**3 / 480,
    )
    delta = (2 * n - 2 * n**2 / 3 - 2 * n**3, 7 * n**2 / 3 - 8 * n**3 / 5, 56 * n**3 / 15)
    xi = northing / (k0 * big_a)
    eta = (easting - e0) / (k0 * big_a)
    xi_p, eta_p = xi, eta
    for j, b in enumerate(beta, start=1):
        xi_p -= b * math.sin(2 * j * xi) * math.cosh(2 * j * eta)
        eta_p -= b * math.cos(2 * j * xi) * math.sinh(2 * j * eta)
    chi = math.asin(math.sin(xi_p) / math.cosh(eta_p))
    lat = chi + sum(d * math.sin(2 * j * chi) for j, d in enumerate(delta, start=1))
    lon = lon0 + math.atan2(math.sinh(eta_p), math.cos(xi_p))
    return math.degrees(lat), math.degrees(lon)


def _inside(lat: float, lon: float) -> bool:
    return BBOX[1] <= lat <= BBOX[3] and BBOX[0] <= lon <= BBOX[2]


def school_streets(workshop: Path) -> dict[str, tuple[float, float]]:
    data = json.loads((workshop / "data" / "schulen.geojson").read_text(encoding="utf-8"))
    streets: dict[str, tuple[float, float]] = {}
    for feature in data["features"]:
        address = (feature["properties"].get("Adresse") or "").strip()
        name = re.sub(r"\s+", " ", _HOUSE_NUMBER.sub("", address)).strip()
        if not name or not _NAME.match(name):
            continue
        lat, lon = utm32_to_wgs84(*feature["geometry"]["coordinates"][:2])
        if _inside(lat, lon):
            streets.setdefault(name, (lat, lon))
    return streets


def marked_streets(veloroute: Path, gazetteer: Gazetteer) -> dict[str, tuple[float, float]]:
    lexicon = gazetteer.lexicon
    pattern = re.compile(
        r'<\.m\s[^>]*?bounds="([-\d.]+),([-\d.]+),([-\d.]+),([-\d.]+)"[^>]*>([^<]+)</\.m>'
    )
    streets: dict[str, tuple[float, float]] = {}
    for path in sorted((veloroute / "data" / "articles").rglob("*.ex")):
        for match in pattern.finditer(path.read_text(encoding="utf-8")):
            west, south, east, north = (float(match.group(k)) for k in range(1, 5))
            name = re.sub(r"\s+", " ", match.group(5)).strip()
            if not _NAME.match(name) or _NOT_STREET.search(name) or name in _NOT_STREETS:
                continue
            words = name.split(" ")
            inner = [w for w in words[1:] if w[:1].islower()]
            if inner and words[0] not in _OPENING_WORDS:
                continue  # "Absperrung am Konsulat": a description with a particle inside
            if len(words) == 1 and (
                name in lexicon.common_nouns or name in lexicon.given_names or len(name) < 5
            ):
                continue  # a noun or a first name in the prose, not reliably a street
            if fold(words[0]) in lexicon.stop_words and len(words) == 1:
                continue
            if len(words) > 1 and words[0].endswith("en"):
                continue  # "Oberen Landweg": an inflected form, not the name
            width = (east - west) * 111.32 * math.cos(math.radians((north + south) / 2))
            height = (north - south) * 110.57
            if math.hypot(width, height) > MAX_EXTENT_KM:
                continue
            lat, lon = (north + south) / 2, (east + west) / 2
            if _inside(lat, lon):
                streets.setdefault(name, (lat, lon))
    return streets


def parks(workshop: Path, gazetteer: Gazetteer) -> list[dict]:
    lexicon = gazetteer.lexicon
    endings = (*(w.rstrip(".") for w in lexicon.street_words), "wik")
    data = json.loads((workshop / "data" / "gruenflaechen.geojson").read_text(encoding="utf-8"))
    found: dict[str, dict] = {}
    for feature in data["features"]:
        name = re.sub(r"\s+", " ", feature["properties"]["name"]).strip()
        key = fold(name)
        if "/" in name or key in gazetteer.by_key or name in lexicon.common_nouns:
            continue  # a double name, a place already known, or a common noun ("Rosengarten")
        if name.lower().endswith(endings) or name.startswith(("Vorplatz", "Marktplatz")):
            continue  # squares and quays: streets by their form
        lat, lon = utm32_to_wgs84(*feature["geometry"]["coordinates"][:2])
        found.setdefault(
            key,
            {
                "name": name,
                "type": "park",
                "context": "hamburg",
                "lat": round(lat, 5),
                "lon": round(lon, 5),
            },
        )
    return sorted(found.values(), key=lambda item: fold(item["name"]))


def main(workshop: Path, veloroute: Path) -> None:
    data_dir = ROOT / "data"
    streets_file = data_dir / "geoparse" / "streets" / "hamburg.csv"
    parks_file = data_dir / "geoparse" / "hamburg-parks.yaml"
    for stale in (streets_file, parks_file):
        stale.unlink(missing_ok=True)  # build from the other sources only
    gazetteer = Gazetteer.default(data_dir)

    streets = school_streets(workshop)
    for name, point in marked_streets(veloroute, gazetteer).items():
        streets.setdefault(name, point)
    rows = []
    for name, (lat, lon) in sorted(streets.items(), key=lambda item: fold(item[0])):
        known = gazetteer.lookup(fold(name))
        if any(e.type != "street" for e in known):
            continue  # "Barmbek", "Billwerder": a quarter or town of the same name
        rows.append((name, f"{lat:.5f}", f"{lon:.5f}"))
    streets_file.parent.mkdir(parents=True, exist_ok=True)
    with streets_file.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["name", "lat", "lon"])
        writer.writerows(rows)

    park_items = parks(workshop, gazetteer)
    lines = [
        "# Hamburg's parks as the city's Parkanlagen web feature service listed them",
        "# (HH_WFS_Gruenflaechen, layer gruenflaechen_parkanlagen, © Freie und Hansestadt",
        "# Hamburg, dl-de/by-2.0), in the export of 2016-05-10 kept in the public repository",
        "# Jugendhackt/EinsteigerWorkshop (data/gruenflaechen.geojson, commit 2a470ad).",
        "# Names and points only. Made by scripts/build_hamburg_gazetteer.py; do not edit by hand.",
    ]
    for item in park_items:
        lines += [
            f"- name: {json.dumps(item['name'], ensure_ascii=False)}",
            "  type: park",
            "  context: hamburg",
            f"  lat: {item['lat']}",
            f"  lon: {item['lon']}",
        ]
    parks_file.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(rows)} streets -> {streets_file}")
    print(f"{len(park_items)} parks -> {parks_file}")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(Path(sys.argv[1]), Path(sys.argv[2]))
