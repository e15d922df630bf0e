"""Recognise and resolve place mentions in German council texts. Pure Python, no Django."""

from __future__ import annotations

import math
import re
from dataclasses import asdict, dataclass
from functools import lru_cache

from bezirkspartner.atlas.names import fold
from bezirkspartner.geoparse.gazetteer import Entry, Gazetteer
from bezirkspartner.geoparse.tokens import Token, tokenize

STREET_SUFFIXES = (
    "straße",
    "strasse",
    "str.",
    "weg",
    "allee",
    "ring",
    "damm",
    "chaussee",
    "platz",
    "brücke",
    "stieg",
    "kamp",
    "twiete",
    "deich",
    "ufer",
    "gang",
)
STREET_WORDS = {s.capitalize() for s in STREET_SUFFIXES} | {"Str."}
# Common nouns that end like street names but name no street.
GENERIC_STREET_WORDS = {
    "radweg",
    "fussweg",
    "gehweg",
    "schulweg",
    "rundweg",
    "umweg",
    "ausweg",
    "wanderweg",
    "zuweg",
    "heimweg",
    "arbeitsweg",
    "rettungsweg",
    "fluchtweg",
    "weg",
    "radschnellweg",
    "umgang",
    "eingang",
    "zugang",
    "ausgang",
    "ubergang",
    "rundgang",
    "ruckgang",
    "durchgang",
    "anstieg",
    "aufstieg",
    "einstieg",
    "ausstieg",
    "umstieg",
    "parkplatz",
    "spielplatz",
    "arbeitsplatz",
    "stellplatz",
    "sportplatz",
    "bolzplatz",
    "wendeplatz",
    "kitaplatz",
    "ausbildungsplatz",
    "studienplatz",
    "schulplatz",
    "platz",
    "ring",
    "damm",
    "deich",
    "ufer",
    "brucke",
    "fussgangerbrucke",
    "eisenbahnbrucke",
    "nebenstrasse",
    "hauptverkehrsstrasse",
    "einbahnstrasse",
    "fahrradstrasse",
    "anliegerstrasse",
    "wohnstrasse",
    "bundesstrasse",
    "landstrasse",
    "strasse",
    "allee",
    "chaussee",
    "kamp",
    "stieg",
    "twiete",
    "gang",
    "hochwasserschutzdeich",
    "elbdeich",
    "elbufer",
    "seeufer",
    "flussufer",
    "lehrgang",
    "jahrgang",
    "vorgang",
    "ehering",
    "schutzdamm",
    "stadtring",
    "mittelweg",
}
STREET_PREFIXES = (
    "Am",
    "An der",
    "An den",
    "Auf der",
    "Auf dem",
    "Zum",
    "Zur",
    "Hinter der",
    "Hinter dem",
    "Beim",
    "Im",
    "In der",
    "In den",
    "Vor dem",
    "Alter",
    "Alte",
)
# Words directly before a place name that make it part of an organisation's or a plan's name.
ORGANISATION_WORDS = {
    "bezirksamt",
    "bezirksamts",
    "bezirksamtes",
    "bezirksversammlung",
    "regionalausschuss",
    "regionalausschusses",
    "ortsamt",
    "bezirksamtsleitung",
    "bezirksverwaltung",
    "stadtteilbeirat",
    "sportverein",
    "sv",
    "tsv",
    "fc",
    "bebauungsplan",
    "bebauungsplans",
    "bebauungsplanes",
    "b-plan",
    "bebauungsplan-entwurf",
    "bebauungsplanentwurf",
    "polizeikommissariat",
    "rathaus",
    "jobcenter",
    "kirchengemeinde",
}
# Capitalised words that collide with small GeoNames places; never places on their own.
STOP_WORDS = {
    "der",
    "die",
    "das",
    "den",
    "dem",
    "des",
    "ein",
    "eine",
    "einer",
    "und",
    "oder",
    "mit",
    "von",
    "fur",
    "auf",
    "aus",
    "bei",
    "nach",
    "uber",
    "unter",
    "zum",
    "zur",
    "als",
    "wie",
    "sie",
    "wir",
    "ihr",
    "ihre",
    "sein",
    "seine",
    "diese",
    "dieser",
    "dies",
    "hier",
    "dort",
    "auch",
    "noch",
    "nur",
    "alle",
    "viele",
    "durch",
    "ohne",
    "gegen",
    "seit",
    "bis",
    "wenn",
    "dass",
    "damit",
    "zudem",
    "sowie",
    "beim",
    "vom",
    "ins",
    "ans",
    "herr",
    "frau",
    "antrag",
    "mark",
    "bad",
    "berg",
    "alter",
    "neue",
    "neuer",
    "rat",
    "weil",
    "lage",
    "dorf",
    "werder",
    "wald",
    "ober",
    "haus",
    "stadt",
    "land",
    "see",
    "ost",
    "west",
    "nord",
    "sud",
    "sued",
    "mitte",
    "zentrum",
    "bezirk",
    "ort",
    "senat",
    "buergerschaft",
    "europa",
    "union",
    "kanal",
    "hafen",
    "insel",
    "markt",
    "brueck",
    "neustadt",
    "altstadt",
    "forum",
    "schule",
}
TYPE_PRIORITY = {
    # A Bezirk outranks the Stadtteil of the same name ("Harburg", "Wandsbek", "Bergedorf").
    "district": 7,
    "quarter": 6,
    "water": 5,
    "street": 4,
    "country": 4,
    "city": 3,
    "park": 3,
    "poi": 3,
    "station": 3,
    "region": 2,
}
_HOUSE_NUMBER = re.compile(
    r"\s?(\d{1,4}(?:[a-zA-Z]|\s[a-zA-Z](?![\wäöüß]))?(?:\s?[-–]\s?\d{1,4}[a-zA-Z]?)?)(?![\wäöüß])"
)
_STREET_ONE_WORD = re.compile(
    r"\b([A-ZÄÖÜ][\wäöüß-]*?(?:"
    + "|".join(re.escape(s) for s in STREET_SUFFIXES)
    + r"))(?![\wäöüß])"
)
_SUFFIX_ALTERNATION = "|".join(re.escape(x) for x in STREET_SUFFIXES)
# Adjective(s) from a place name + a street word or a compound ending like one:
# "Harburger Ring", "Sinstorfer Kirchweg", "Hannoverschen Straße", "Buxtehuder Str.".
_STREET_TWO_WORDS = re.compile(
    r"\b((?:[A-ZÄÖÜ][\wäöüß-]*(?:er|en|sche|schen)\s)+(?:"
    + "|".join(re.escape(x) for x in sorted(STREET_WORDS, key=len, reverse=True))
    + r"|[A-ZÄÖÜ][\wäöüß-]*?(?:"
    + _SUFFIX_ALTERNATION
    + r")))(?![\wäöüß])"
)
_STREET_PREPOSITION = re.compile(
    r"\b((?:" + "|".join(STREET_PREFIXES) + r")\s[A-ZÄÖÜ][\wäöüß-]+)(?=\s\d{1,4}\b)"
)


@dataclass(frozen=True)
class Mention:
    surface: str
    start: int
    end: int
    type: str
    norm: str
    lat: float | None
    lon: float | None
    confidence: float

    def as_dict(self) -> dict:
        return asdict(self)


class Geoparser:
    def __init__(self, gazetteer: Gazetteer):
        self.gazetteer = gazetteer

    def parse(self, text: str, *, context: str = "hamburg", country: str = "DE") -> list[Mention]:
        streets = self._streets(text, context)
        taken = [(m.start, m.end) for m in streets]
        names = self._names(text, tokenize(text), context, country, taken)
        return sorted([*streets, *names], key=lambda m: (m.start, -m.end))

    # --- gazetteer names ------------------------------------------------------------------

    def _names(self, text, tokens: list[Token], context, country, taken) -> list[Mention]:
        mentions = []
        folded = [_fold(t.text) for t in tokens]
        i = 0
        while i < len(tokens):
            token = tokens[i]
            starts_name = token.capitalised or token.text[:1].isdigit()  # "19. Arrondissement"
            if not starts_name or _inside(token.start, token.end, taken):
                i += 1
                continue
            found = None
            # Multi-word names are only tried where a known name starts with this word.
            longest = self.gazetteer.max_tokens if folded[i] in self.gazetteer.first_words else 1
            for n in range(min(longest, len(tokens) - i), 0, -1):
                span = tokens[i : i + n]
                if not span[-1].capitalised and n > 1:
                    continue
                key = " ".join(folded[i : i + n])
                candidates = self.gazetteer.lookup(key)
                genitive = False
                if not candidates and n >= 1:
                    stripped = _strip_genitive(span[-1].text)
                    if stripped:
                        candidates = self.gazetteer.lookup(
                            " ".join([*folded[i : i + n - 1], _fold(stripped)])
                        )
                        genitive = bool(candidates)
                if candidates:
                    found = (n, candidates, genitive)
                    break
            if found is None:
                i += 1
                continue
            n, candidates, genitive = found
            span = tokens[i : i + n]
            start, end = span[0].start, span[-1].end
            key = " ".join(folded[i : i + n])
            if self._not_a_place(text, tokens, i, n, key):
                i += n
                continue
            entry, confidence = _resolve(candidates, context, country)
            if genitive:
                confidence *= 0.95
            mentions.append(
                Mention(
                    text[start:end],
                    start,
                    end,
                    entry.type,
                    entry.norm,
                    entry.lat,
                    entry.lon,
                    round(confidence, 3),
                )
            )
            i += n
        return mentions

    def _not_a_place(self, text, tokens, i, n, key) -> bool:
        if n == 1 and key in STOP_WORDS:
            return True
        previous = fold(tokens[i - 1].text) if i > 0 else ""
        if previous.replace(" ", "-") in ORGANISATION_WORDS or previous in ORGANISATION_WORDS:
            return True
        # "Bebauungsplan Heimfeld 54": a plan's name is the place plus a number.
        after = text[tokens[i + n - 1].end : tokens[i + n - 1].end + 6]
        before_word = fold(tokens[i - 1].text) if i > 0 else ""
        return bool(re.match(r"\s\d{1,3}\b", after)) and before_word.startswith("bebauungsplan")

    # --- streets and addresses -------------------------------------------------------------

    def _streets(self, text: str, context: str) -> list[Mention]:
        spans = []
        for pattern in (_STREET_TWO_WORDS, _STREET_PREPOSITION, _STREET_ONE_WORD):
            for match in pattern.finditer(text):
                start, end = match.span(1)
                if any(s <= start < e or s < end <= e for s, e, _ in spans):
                    continue
                name = match.group(1)
                # "Der Harburger Ring": leading function words are not part of the name.
                first, _, rest = name.partition(" ")
                if rest and fold(first) in STOP_WORDS:
                    start, name = start + len(first) + 1, rest
                key = fold(name)
                if key in STOP_WORDS or key in GENERIC_STREET_WORDS or len(name) < 5:
                    continue
                if key.split()[-1] in GENERIC_STREET_WORDS and " " not in key:
                    continue
                spans.append((start, end, name))
        mentions = []
        for start, end, name in sorted(spans):
            number = _HOUSE_NUMBER.match(text, end)
            known = [e for e in self.gazetteer.lookup(fold(name)) if e.type == "street"]
            entry = _best_street(known, context)
            lat, lon = (entry.lat, entry.lon) if entry else (None, None)
            if number:
                address_end = number.end(1)
                mentions.append(
                    Mention(
                        text[start:address_end],
                        start,
                        address_end,
                        "address",
                        f"{_norm_street(name)} {number.group(1)}",
                        lat,
                        lon,
                        0.9 if entry else 0.8,
                    )
                )
            else:
                mentions.append(
                    Mention(
                        name,
                        start,
                        end,
                        "street",
                        _norm_street(name),
                        lat,
                        lon,
                        0.9 if entry else 0.7,
                    )
                )
        return mentions


@lru_cache(maxsize=200_000)
def _fold(word: str) -> str:
    return fold(word)


def _norm_street(name: str) -> str:
    name = name.replace("strasse", "straße").replace("Strasse", "Straße")
    return re.sub(r"Str\.$", "Straße", re.sub(r"str\.$", "straße", name))


def _best_street(entries: list[Entry], context: str) -> Entry | None:
    for entry in entries:
        if entry.context == context:
            return entry
    return entries[0] if entries else None


def _strip_genitive(word: str) -> str | None:
    if word.endswith(("'s", "’s")):
        return word[:-2]
    if word.endswith("s") and len(word) > 4 and not word.endswith("ss"):
        return word[:-1]
    return None


def _inside(start: int, end: int, spans) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def _prefer_units_over_same_places(candidates: list[Entry]) -> list[Entry]:
    """Drop a GeoNames place that is the same spot as a district or quarter of the atlas.

    GeoNames often lists a district ("Floridsdorf") also as a populated place; the atlas
    entry says what it is.
    """
    units = [e for e in candidates if e.type in ("district", "quarter") and e.lat is not None]
    if not units:
        return candidates
    kept = []
    for entry in candidates:
        duplicate = (
            entry.source.startswith("geonames:")
            and entry.lat is not None
            and any(abs(entry.lat - u.lat) < 0.03 and abs(entry.lon - u.lon) < 0.05 for u in units)
        )
        if not duplicate:
            kept.append(entry)
    return kept


def _resolve(candidates: list[Entry], context: str, country: str) -> tuple[Entry, float]:
    """Choose by context: the document's own city first, then its country, then size."""

    def score(entry: Entry) -> float:
        value = TYPE_PRIORITY.get(entry.type, 1)
        if context and entry.context == context:
            value += 10
        elif entry.context:
            value -= 2  # a district or quarter of another city
        if entry.country == country:
            value += 2
        value += math.log10(entry.population + 1) / 2
        return value

    candidates = _prefer_units_over_same_places(candidates)
    ranked = sorted(candidates, key=lambda e: (-score(e), e.norm, e.source))
    best = ranked[0]
    if len(ranked) == 1:
        confidence = 0.9
    else:
        margin = score(ranked[0]) - score(ranked[1])
        confidence = 0.95 if margin >= 5 else 0.8 if margin >= 2 else 0.6
    return best, confidence
