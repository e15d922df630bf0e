"""Build Hamburg's list of named sites (type poi) for the place recogniser.

    python scripts/build_hamburg_sites.py POI_REPO WORKSHOP_REPO

POI_REPO is a checkout (or a bare git directory) of
open-data-product/open-data-product-hamburg-points-of-interest-source-aligned at commit
2405a5c (2026-02-01). Its `data/03-gold/hamburg-points-of-interest-YYYY-MM-csv/` folders hold
monthly extracts of OpenStreetMap made through the Overpass API (© OpenStreetMap contributors,
ODbL 1.0): per category a `…-details.csv` with `id` (the OSM node), `name`, `lat`, `lon` and
`geojson_feature_id` (the Hamburg quarter the point lies in, "0" outside the city). Every
month's file of the categories below is read; a name is kept once, with its first point.

WORKSHOP_REPO is a checkout of Jugendhackt/EinsteigerWorkshop at commit 2a470ad, whose
`data/schulen.geojson` is the City of Hamburg's schools web feature service (HH_WFS_Schulen,
© Freie und Hansestadt Hamburg, dl-de/by-2.0) as exported on 2016-05-10: the school names
with their point (ETRS89 / UTM zone 32N).

Writes `data/geoparse/hamburg-sites.yaml`: name, type poi, kind, context hamburg, lat, lon and
`source` (osm:node/ID or the WFS). Names only; no other field of either source is kept.
What is left out, and why (standard library only; the rest of data/ gives the word lists):
names with brackets, quotes, digits, "&", "e.V." or "GmbH" (descriptions or firms rather than
names), names that do not start with a capital
(unless a site word ends them: "first stage Theater"), a one-word name unless it ends in a site word
("Hansatheater") or is a hyphenated compound ("Julius-Leber-Schule"), a name whose every word
is a common noun or a function word ("Großer Saal", "Neues Theater"), a name that ends like a
street ("Stübenplatz": a street by its form), a name that is already another kind of place, and
the hand-checked names in `_NOT_SITES`; a name opening with an article ("Die …"), as such a
name would be tried at every capitalised article.
"""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

from build_hamburg_gazetteer import _inside, utm32_to_wgs84  # noqa: E402

from bezirkspartner.core.text import fold  # noqa: E402
from bezirkspartner.geoparse.gazetteer import Gazetteer  # noqa: E402

POI_COMMIT = "2405a5cde8b1bbc152a905bead933be2cade5974"
WORKSHOP_COMMIT = "2a470adab39da68ab418af475213e4a21b90f7f8"
# OSM category (file name part) -> kind; `pattern` (if given) must match the name.
# OpenStreetMap's marketplaces are left out: they are recurring markets ("Volksdorfer
# Wochenmarkt", "Wochenmarkt Tibarg", "Flohmarkt Bahrenfeld"), events by the evaluation rules, or
# squares named "… Markt", streets by those rules ("Lohbrügger Markt").
CATEGORIES = {
    "museums": ("museum", None),
    "theaters": ("theatre", None),
    "community-centers": ("community centre", None),
    "hospitals": ("hospital", re.compile(r"(?i)klinik|krankenhaus")),
    "clinics": ("hospital", re.compile(r"(?i)klinik|krankenhaus")),
    "libraries": ("library", re.compile(r"Bücherhalle|Bibliothek")),
    "sport-centers": ("sports ground", re.compile(r"(?i)stadion|sportpark|arena|sporthalle")),
    "places-of-worship": ("church", re.compile(r"(?i)kirche|dom$|moschee|synagoge")),
}
_BAD = re.compile(
    r"[()\"'“”„&|/!:;+\d]|e\.\s?V|GmbH|\s[-–]\s|,|(?<!St)(?<!Ev)\.|^(?:SV|VfL|FC|TSV) "
)
_ADJECTIVES = {  # adjectives that make no name on their own ("Neues Theater", "Großer Saal")
    "alte",
    "alter",
    "altes",
    "einfache",
    "freie",
    "große",
    "großer",
    "großes",
    "kleine",
    "kleiner",
    "kleines",
    "neue",
    "neuer",
    "neues",
    "offene",
}
# Names checked by hand that are no site name (generic, a firm, or a word in common use).
_NOT_SITES = {
    "Fanräume",
    "Hier Leute",
    "Paradox",
    "Quartierstreff",
    "Wochenmarkt",
    "Bio-Wochenmarkt",
    "Mädchentreff",
    "Gemeindesaal",
    "Gemeindehaus",
    "Ärztehaus",
    "Internationale Schule",
    "Klinik für Psychiatrie",
    "Stadtmission Hamburg",
    "WOHL oder ÜBEL",
}


_KNOWN: set[str] = set()  # folded names of places, streets and stations (set in main)


def _git_files(repo: Path, pattern: re.Pattern) -> list[tuple[str, str]]:
    """(path, text) of the files at POI_COMMIT whose path matches; works on a bare mirror."""
    listing = subprocess.run(  # noqa: S603 - git with fixed arguments
        ["git", "-C", str(repo), "ls-tree", "-r", "--name-only", POI_COMMIT],  # noqa: S607
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split("\n")
    files = []
    for path in sorted(p for p in listing if pattern.search(p)):
        text = subprocess.run(  # noqa: S603 - git with fixed arguments
            ["git", "-C", str(repo), "show", f"{POI_COMMIT}:{path}"],  # noqa: S607
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        files.append((path, text))
    return files


def _compound(word: str, nouns) -> bool:
    """ "Jugendclub", "Freizeitzentrum": a compound whose last part is a common noun."""
    return any(word[i:].capitalize() in nouns for i in range(3, len(word) - 3))


def _proper(word: str, lexicon, known: set[str]) -> bool:
    """A word that names something: a known place, or no common noun, function word,
    plain adjective or compound of a common noun."""
    key = fold(word)
    if key in known:
        return True
    return (
        word[:1].isupper()
        and word not in lexicon.common_nouns
        and key not in lexicon.stop_words
        and word.lower() not in _ADJECTIVES
        and not _compound(word, lexicon.common_nouns)
    )


def _is_name(name: str, lexicon, site_cues: tuple[str, ...], endings: tuple[str, ...]) -> bool:
    if not name or _BAD.search(name) or name in _NOT_SITES:
        return False
    if not name[0].isupper() and not (" " in name and name.split(" ")[-1] in lexicon.site_words):
        return False
    if not name[0].isupper():
        # a brand in lower case before a site word: "first stage Theater"
        return name.split(" ")[0] not in _ADJECTIVES
    if name in lexicon.site_words:
        return False  # "Bücherhalle": a site word alone
    first = fold(name.split(" ")[0])
    if " " in name and first in lexicon.determiners:
        return False  # "Die Facharztklinik Hamburg": an article would start a name everywhere
    words = name.split(" ")
    last = words[-1].lower()
    if last.endswith(endings):
        return False  # "Stübenplatz", "Wochenmarkt Fleetplatz": a street by its form
    if len(words) == 1:
        if name in lexicon.common_nouns or name in lexicon.given_names:
            return False
        parts = [p for p in name.split("-") if p]
        if len(parts) > 1:  # "Julius-Leber-Schule", not "Eltern-Kind-Zentrum"
            return any(_proper(p, lexicon, _KNOWN) for p in parts[:-1])
        return fold(name).endswith(site_cues)
    return any(_proper(w, lexicon, _KNOWN) for w in re.split(r"[ -]", name) if w)


def osm_sites(repo: Path, lexicon, site_cues, endings) -> dict[str, dict]:
    found: dict[str, dict] = {}
    names = "|".join(map(re.escape, CATEGORIES))
    pattern = re.compile(r"-csv/hamburg-points-of-interest-(" + names + r")-details\.csv$")
    for path, text in _git_files(repo, pattern):
        category = pattern.search(path).group(1)
        kind, wanted = CATEGORIES[category]
        for row in csv.DictReader(io.StringIO(text)):
            name = re.sub(r"\s+", " ", row.get("name") or "").strip()
            if row.get("geojson_feature_id", "0") in ("0", ""):
                continue  # outside Hamburg
            if wanted is not None and not wanted.search(name):
                continue
            if not _is_name(name, lexicon, site_cues, endings):
                continue
            found.setdefault(
                fold(name),
                {
                    "name": name,
                    "kind": kind,
                    "lat": round(float(row["lat"]), 5),
                    "lon": round(float(row["lon"]), 5),
                    "source": f"osm:node/{row['id']}",
                },
            )
    return found


def school_sites(workshop: Path, lexicon, site_cues, endings) -> dict[str, dict]:
    data = json.loads((workshop / "data" / "schulen.geojson").read_text(encoding="utf-8"))
    found: dict[str, dict] = {}
    for feature in data["features"]:
        raw = feature["properties"].get("Name") or ""
        # "Joseph-Carlebach-Schule (Grundschule)": the bracket names the school form only.
        name = re.sub(r"\s+", " ", re.sub(r"\s*\([^)]*\)\s*$", "", raw)).strip()
        if not _is_name(name, lexicon, site_cues, endings):
            continue
        lat, lon = utm32_to_wgs84(*feature["geometry"]["coordinates"][:2])
        if not _inside(lat, lon):
            continue
        found.setdefault(
            fold(name),
            {
                "name": name,
                "kind": "school",
                "lat": round(lat, 5),
                "lon": round(lon, 5),
                "source": "HH_WFS_Schulen 2016-05-10",
            },
        )
    return found


def main(poi_repo: Path, workshop: Path) -> None:
    target = ROOT / "data" / "geoparse" / "hamburg-sites.yaml"
    target.unlink(missing_ok=True)  # build from the other sources only
    gazetteer = Gazetteer.default(ROOT / "data")
    lexicon = gazetteer.lexicon
    _KNOWN.update(gazetteer.by_key, gazetteer.street_keys, gazetteer.station_keys)
    site_cues = tuple(sorted({fold(w) for w in lexicon.site_words}))
    endings = tuple(w.rstrip(".") for w in lexicon.street_words)
    sites = school_sites(workshop, lexicon, site_cues, endings)
    for key, item in osm_sites(poi_repo, lexicon, site_cues, endings).items():
        sites.setdefault(key, item)
    lines = [
        "# Named sites of Hamburg (schools, museums, theatres, community and cultural centres,",
        "# hospitals, libraries, universities, churches, sports grounds) with a point.",
        "# Sources, checked 2026-12-05:",
        "# - osm:node/ID: OpenStreetMap (© OpenStreetMap contributors, ODbL 1.0), monthly",
        "#   Overpass extracts in github.com/open-data-product/",
        f"#   open-data-product-hamburg-points-of-interest-source-aligned, commit {POI_COMMIT},",
        "#   data/03-gold/hamburg-points-of-interest-*-csv/*-details.csv.",
        "# - HH_WFS_Schulen 2016-05-10: the City of Hamburg's schools web feature service",
        "#   (© Freie und Hansestadt Hamburg, dl-de/by-2.0), export kept in",
        f"#   github.com/Jugendhackt/EinsteigerWorkshop, commit {WORKSHOP_COMMIT},",
        "#   data/schulen.geojson.",
        "# Names and points only. Made by scripts/build_hamburg_sites.py; do not edit by hand.",
    ]
    count = 0
    for key, item in sorted(sites.items()):
        if any(e.type != "poi" for e in gazetteer.lookup(key)):
            continue  # already another kind of place
        count += 1
        lines += [
            f"- name: {json.dumps(item['name'], ensure_ascii=False)}",
            "  type: poi",
            f"  kind: {item['kind']}",
            "  context: hamburg",
            f"  lat: {item['lat']}",
            f"  lon: {item['lon']}",
            f"  source: {json.dumps(item['source'])}",
        ]
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{count} sites -> {target}")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(Path(sys.argv[1]), Path(sys.argv[2]))
