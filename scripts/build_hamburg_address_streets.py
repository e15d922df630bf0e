"""Build a second Hamburg street list from street addresses in two public datasets.

    python scripts/build_hamburg_address_streets.py POI_REPO STOLPERSTEINE_REPO

POI_REPO and STOLPERSTEINE_REPO are checkouts (or extracted trees) of two public repositories.
POI_REPO: open-data-product/open-data-product-hamburg-points-of-interest-source-aligned at
commit 2405a5c, monthly OpenStreetMap extracts of Hamburg's points of interest (© OpenStreetMap
contributors, ODbL 1.0), whose `data/03-gold/*-csv/*-details.csv` files give each place's
`street` (the OSM address: street and house number), its point and the code of the Stadtteil
it lies in ("0" outside Hamburg). STOLPERSTEINE_REPO: halfbyte/wikipedia_stolpersteine at
commit 24c2254 (2015), whose `wikipedia_scraped.csv` holds the addresses and points of the
German Wikipedia's lists of Stolpersteine in Hamburg's Stadtteile (CC BY-SA 3.0).

Writes `data/geoparse/streets/hamburg.addresses.csv` (name, lat, lon, source, checked): the
street part of each address, with the first point seen for it. A name is left out where it is
already in another street list of `data/geoparse/streets/`, where the gazetteer knows it as a
place of another kind ("Sternschanze", "Berliner Tor"), where it does not look like a street
name (a description, a site, a park, a market or a shopping passage: the tests of
`build_hamburg_gazetteer.py` and "…passage"), and where a one-word name is a German common
noun, a first name, a function word or shorter than six letters ("Koppel", "Durchschnitt",
"Hütten", "Bünte"): in a council paper those words are rarely the street. Names only; no other
text of either source is kept. Standard library only.
"""

from __future__ import annotations

import csv
import io
import re
import sys
from pathlib import Path

from build_hamburg_gazetteer import _NAME, _NOT_STREET, _inside

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from bezirkspartner.core.text import fold  # noqa: E402
from bezirkspartner.geoparse.gazetteer import Gazetteer  # noqa: E402

# The `source` column: where each dataset is published; `checked`: the day it was read.
POI_SOURCE = (
    "https://github.com/open-data-product/"
    "open-data-product-hamburg-points-of-interest-source-aligned"
)
STOLPERSTEINE_SOURCE = "https://de.wikipedia.org/wiki/Kategorie:Liste_(Stolpersteine_in_Hamburg)"
CHECKED = "2026-12-06"
# "Rappstraße 18", "Lübecker Straße 13-15", "Alter Teichweg 141C", "Hegeneck 7/9"
_ADDRESS = re.compile(r"^(.*?[^\d\s])\s+\d+\s*[a-zA-Z]?(?:\s*[-–/]\s*\d+\s*[a-zA-Z]?)*$")
# what follows a street in the Stolpersteine lists: "ggü. Nr. 7", "Ecke Lindleystraße", "(…)"
_ADDRESS_TAIL = re.compile(r"\s+(?:ggü\.|gegenüber|Ecke|vor|neben|zwischen|\(|/).*$|/.*$")


def _street_of(address: str) -> str | None:
    address = " ".join(_ADDRESS_TAIL.sub("", address.split(",")[0]).split())
    match = _ADDRESS.match(address)
    name = match.group(1).strip() if match else address
    return name if name and not re.search(r"\d", name) else None


def poi_streets(repo: Path) -> dict[str, tuple[float, float]]:
    """Street names of the OSM addresses of places inside Hamburg, all monthly extracts."""
    streets: dict[str, tuple[float, float]] = {}
    for path in sorted((repo / "data" / "03-gold").glob("*-csv/*-details.csv")):
        for row in csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))):
            name = _street_of(row.get("street") or "")
            if not name or (row.get("geojson_feature_id") or "0") == "0":
                continue  # no address, or a place outside the city
            try:
                lat, lon = float(row["lat"]), float(row["lon"])
            except (KeyError, TypeError, ValueError):
                continue
            if _inside(lat, lon):
                streets.setdefault(name, (lat, lon))
    return streets


def stolpersteine_streets(repo: Path) -> dict[str, tuple[float, float]]:
    """Street names of the addresses in Wikipedia's lists of Stolpersteine in Hamburg."""
    streets: dict[str, tuple[float, float]] = {}
    text = (repo / "wikipedia_scraped.csv").read_text(encoding="utf-8")
    for row in csv.reader(io.StringIO(text)):
        if len(row) < 3 or not row[0] or not row[1]:
            continue  # no point: the list did not place the stone
        name = _street_of(row[2])
        try:
            lat, lon = float(row[0]), float(row[1])
        except ValueError:
            continue
        if name and _inside(lat, lon):
            streets.setdefault(name, (lat, lon))
    return streets


def looks_like_a_street(name: str, gazetteer: Gazetteer) -> bool:
    lexicon = gazetteer.lexicon
    words = name.split(" ")
    if len(words) > 4 or not _NAME.match(name) or _NOT_STREET.search(name):
        return False
    if len(words) == 1 and (
        name in lexicon.common_nouns
        or name in lexicon.given_names
        or fold(name) in lexicon.stop_words
        or len(name) < 6
    ):
        return False  # "Koppel", "Hütten", "Grimm": a word of the prose as often as a street;
        # "Bünte": folded, a short name meets an adjective ("bunte")
    if name.endswith("passage"):
        return False  # "Marktpassage": a shopping passage, a site more than a street
    return not any(entry.type != "street" for entry in gazetteer.lookup(fold(name)))


def main(poi_repo: Path, stolpersteine_repo: Path) -> None:
    streets_dir = ROOT / "data" / "geoparse" / "streets"
    target = streets_dir / "hamburg.addresses.csv"
    target.unlink(missing_ok=True)  # built from the other sources only
    gazetteer = Gazetteer.default(ROOT / "data")
    listed = set(gazetteer.street_keys)
    found: dict[str, tuple[str, float, float, str]] = {}
    for source, streets in (
        (POI_SOURCE, poi_streets(poi_repo)),
        (STOLPERSTEINE_SOURCE, stolpersteine_streets(stolpersteine_repo)),
    ):
        for name, (lat, lon) in streets.items():
            key = fold(name)
            if key in listed or key in found or not looks_like_a_street(name, gazetteer):
                continue
            found[key] = (name, lat, lon, source)
    with target.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["name", "lat", "lon", "source", "checked"])
        for key in sorted(found):
            name, lat, lon, source = found[key]
            writer.writerow([name, f"{lat:.5f}", f"{lon:.5f}", source, CHECKED])
    print(f"{len(found)} streets -> {target}")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(Path(sys.argv[1]), Path(sys.argv[2]))
