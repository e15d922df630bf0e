"""Recognise and resolve place mentions in German council texts. Pure Python, no Django."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from bezirkspartner.geoparse.common import (
    _CAPITALISED_AFTER,
    _DEFINITE_ARTICLES,
    _INDEFINITE_ARTICLES,
    Mention,
    _Blocked,
    _body_word,
    _fold,
    _hamburg_area,
    _inflected_adjective,
    _kept,
    _names_an_area,
    _overlaps,
    _resolve,
    _strip_genitive,
)
from bezirkspartner.geoparse.gazetteer import CURATED_MULTIWORD_TYPES, Gazetteer
from bezirkspartner.geoparse.sites import SiteFinder, _by_tail
from bezirkspartner.geoparse.street_forms import _genitive_street, _street_preposition
from bezirkspartner.geoparse.streets import StreetFinder
from bezirkspartner.geoparse.titles import without_title_parts
from bezirkspartner.geoparse.tokens import Token, tokenize

__all__ = ["Geoparser", "Mention"]

_DIRECTION = re.compile(r"(?:\s?[-–]\s?|\s)([A-ZÄÖÜ][a-zäöü]+)(?![\wäöüß-])")
BIG_CITY = 200_000  # a GeoNames town that is also a common noun counts only from this size on
_STREET_NOUN_BEFORE = re.compile(r"(?<![\wäöüß])Straßen? \Z")
_CALLED_A_QUARTER = re.compile(
    # "gehört zu den … Stadtteilen"; not "ist Hamburgs kleinster Bezirk … Stadtteile"
    r"\s(?:ist|sei|war|bleibt|gehört)\b(?:(?!Bezirk).)*\bStadtteil(?:e|en)?\b"
)
_WITH_ARTICLE = frozenset({"am", "vom", "zum", "beim", "im"})  # "an dem", "von dem", …
TRUSTED_SOURCES = ("atlas", "curated", "stations", "streets")
# A first name, then a surname's initial (minutes name citizens so): " J.,", " J. und", " J. fragt".
_SURNAME_INITIAL = re.compile(
    r" [A-ZÄÖÜ]\.(?:[,;)]|\s(?:und|sowie|[a-zäöüß]+t)\b|\s*$)", re.MULTILINE
)
_COPULAS = frozenset({"ist", "sind", "war", "waren", "bleibt", "bleiben"})
_COUNTY_WORDS = frozenset({"landkreis", "landkreises", "kreis", "kreises"})
# "Arbeitsgemeinschaft Niendorf e.V.", "HafenCity Hamburg GmbH": a name before a legal form,
# with at most one more name between them.
_COMPANY_AFTER = re.compile(r" (?:[A-ZÄÖÜ][\wäöüß-]+ )?(?:e\.\s?V|g?GmbH|mbH|AG|KG|SE)\b")
# "Lokstedt, Niendorf, Schnelsen", "Wilhelmsburg/Veddel", "Lokstedt und Stellingen".
_LIST_SEPARATOR = re.compile(r"\s?[,/&]\s?")
_BREAKS_NAME = re.compile(r"[,;:()\[\]\n/]")  # "Hamburg / Altona": two places
_UNKNOWN = object()  # a word not looked up yet
_CAPITALISED_BEFORE = re.compile(r"[A-ZÄÖÜ][\wäöüß-]*er \Z")  # "Eppendorfer " before a noun
_PARK_AT = re.compile(r"(?<![\wäöüß-])Parks? (?:am|an der|an den) ([A-ZÄÖÜ][\wäöüß-]+)\b")
# "Eisenbahnbauverein (EBV) Harburg": a body's word and its acronym before a place;
# "Schulbau Hamburg (SBH)": an acronym after the place
_ACRONYM_IN_BRACKETS_BEFORE = re.compile(r"([\w-]+) \([A-ZÄÖÜ]{2,6}\) $")
_ACRONYM_IN_BRACKETS = re.compile(r" \(([A-ZÄÖÜ]{2,6})\)")
_LIST_WORDS = frozenset({"und", "sowie"})
# "Regionalausschuss FOLAG (", "Wahlkreis 4 (": a body's word, its acronym or number, a bracket
_BODY_BEFORE_BRACKET = re.compile(r"([\w-]+)(?: (?:[A-ZÄÖÜ]{2,}|\d{1,3}))? \($")
_FOR_WORDS = frozenset({"fur", "für"})
# A route's words: the quarters after them are its stops ("Linie 150 vom Bahnhof Altona-…").
_ROUTE = re.compile(r"[Ll]inie|\b[Bb]us(?:linie|se)?n?\b|[Rr]oute|[Ff]ähre|fährt")
_ACRONYM_AFTER = re.compile(r" \([A-ZÄÖÜ]{2,}\)")  # "… (BUHD)": a committee's short name
_PLAN_NUMBER = re.compile(r"\s\d{1,3}\b")  # "Heimfeld 54"
_PLAN_DESIGNATION = re.compile(r" \d{1,3}(?![\d.,:%/])(?! [A-ZÄÖÜ\d])")
_PROGRAMME_YEAR = re.compile(r" 20\d\d(?![\d.])")  # "Eimsbüttel 2040"
# "Billwerder 30/Bergedorf 120/Lohbrügge 95": a plan's designation, place and number by place.
_PLAN_NUMBER_AFTER = re.compile(r" \d{1,3}\s?/")
_PLAN_NUMBER_BEFORE = re.compile(r"\d{1,3}\s?/\s?\Z")
_LIST_JOIN = re.compile(r"\s?[,/]\s?|\s(?:und|sowie|oder|samt)\s")
_NAME_PARTICLES = frozenset({"von", "van", "de", "zu", "vom"})
# What the curated lists hold, matched whole before the sites found by their form and streets:
# named sites, and waters, parks, regions and localities of several words.
_SITE_KINDS = ("poi",)
_PLACE_KINDS = CURATED_MULTIWORD_TYPES


def _inside_a_longer(mention: Mention, spans) -> bool:
    """Whether the mention lies inside one of the spans and is shorter than it."""
    return any(
        s <= mention.start and mention.end <= e and e - s > mention.end - mention.start
        for s, e in spans
    )


class Geoparser(StreetFinder, SiteFinder):
    def __init__(self, gazetteer: Gazetteer):
        self.gazetteer = gazetteer
        self.lexicon = gazetteer.lexicon
        self._site_cues = tuple(sorted({_fold(w) for w in self.lexicon.site_words}))
        # The cues by their last four letters: most words are ruled out by one lookup.
        self._cues_by_tail = _by_tail(self.lexicon.cue_suffixes)
        self._street_endings = tuple(w.rstrip(".") for w in self.lexicon.street_words)
        self._street_preposition = _street_preposition(self.lexicon.street_prefixes)
        self._genitive_street = _genitive_street(self._street_endings)
        self._compound_street_words = self.lexicon.compound_street_words
        street_keys = gazetteer.street_keys
        self._directory_first = {key.split(" ", 1)[0] for key in street_keys}
        self._directory_words = max((key.count(" ") + 1 for key in street_keys), default=0)
        self._poi_first = frozenset(key.split(" ", 1)[0] for key in gazetteer.poi_keys)
        self._place_first = frozenset(
            key.split(" ", 1)[0] for key in gazetteer.curated_multiword_keys
        )
        self._known_first = self._poi_first | self._place_first
        self._site_word_of: dict[str, str] = {}  # a word -> the site word it ends in
        self._place_nouns_of: dict[str, str | None] = {}  # a word -> its park or water noun
        self._street_like: dict[str, bool] = {}  # a word -> hyphenated or ends like a street
        self._one_word_names: dict[str, tuple | None] = {}  # a word -> its lookup as a name
        self._folds: dict[str, str] = {}  # a word -> its folded form
        self._normed_streets: dict[str, str] = {}  # a street as written -> as the list writes it
        # "Am ", "An der ", …: the street prefixes with their space, for one startswith test
        self._prefixes_spaced = tuple(prefix + " " for prefix in self.lexicon.street_prefixes)
        self._place_nouns = self.lexicon.park_words | self.lexicon.water_words
        self._start_keys = frozenset(gazetteer.first_words) | frozenset(gazetteer.by_key)
        # a name's first word -> the words that can come second in a longer name
        self._second_words: dict[str, set[str]] = {}
        for key in gazetteer.by_key:
            first, space, rest = key.partition(" ")
            if space:
                self._second_words.setdefault(first, set()).add(rest.partition(" ")[0])

    def parse(self, text: str, *, context: str = "hamburg", country: str = "DE") -> list[Mention]:
        tokens = tokenize(text)
        known_folds = self._folds.get  # read here first: most words recur
        folded = [known_folds(t.text) or self._fold_new(t.text) for t in tokens]
        heads = [i for i, t in enumerate(tokens) if not t.text[0].islower()]  # capitals, numbers
        words = [(tokens[i].start, tokens[i].end, tokens[i].text) for i in heads]
        streets = self._streets(text, words, context, tokens, folded, heads)
        developments = (
            self._development_areas(text) if "gebiet" in text or "quartier" in text else []
        )
        development_spans = [(m.start, m.end) for m in developments]
        if developments:  # "im Neubaugebiet Tienrade": the new quarter, not the street
            streets = [m for m in streets if not _overlaps(m.start, m.end, development_spans)]
        starts = self._name_starts(heads, folded)
        known_first = self._known_first  # the curated names below start among them
        hits = [i for i in starts if folded[i] in known_first]
        known = self._known_names(
            text, tokens, folded, context, country, self._poi_first, _SITE_KINDS, hits
        )
        found_sites = self._sites(text, tokens, folded, heads, streets)
        if "Park a" in text:  # "Park am Eichbaumsee": the park, with the water it is named by
            parks_at = self._parks_at(text)
            if parks_at:
                at = [(m.start, m.end) for m in parks_at]
                known = [*(m for m in known if not _overlaps(m.start, m.end, at)), *parks_at]
                found_sites = [m for m in found_sites if not _overlaps(m.start, m.end, at)]
        stations = [(m.start, m.end) for m in found_sites if m.type == "station"]
        if stations:  # "U-Bahn-Station Hagenbecks Tierpark": the station, not the zoo
            known = [m for m in known if not _inside_a_longer(m, stations)]
        known_spans = [(m.start, m.end) for m in known]
        sites = [m for m in found_sites if not _overlaps(m.start, m.end, known_spans)]
        quoted = self._quoted_sites(text)  # "Stadtteilzentrum „Feuervogel“"
        if quoted:
            quoted_spans = [(m.start, m.end) for m in quoted]
            known = [m for m in known if not _overlaps(m.start, m.end, quoted_spans)]
            sites = [*quoted, *(m for m in sites if not _overlaps(m.start, m.end, quoted_spans))]
        if developments:
            known = [m for m in known if not _overlaps(m.start, m.end, development_spans)]
            sites = [
                *(m for m in sites if not _overlaps(m.start, m.end, development_spans)),
                *developments,
            ]
        sites = sorted([*known, *sites], key=lambda m: m.start)
        site_spans = [(m.start, m.end) for m in sites]
        # "Vogelkamp Neugraben", "Magdeburger Hafen": a curated name of several words is not
        # cut into a street ("Vogelkamp"); a named site around it keeps it ("Schule …").
        places = [
            m
            for m in self._known_names(
                text, tokens, folded, context, country, self._place_first, _PLACE_KINDS, hits
            )
            if not _overlaps(m.start, m.end, site_spans)
        ]
        taken = [*site_spans, *((m.start, m.end) for m in places)]
        streets = [m for m in streets if not _overlaps(m.start, m.end, taken)]
        sites = sorted([*sites, *places], key=lambda m: m.start)
        site_spans = [(m.start, m.end) for m in sites]
        taken = [*site_spans, *((m.start, m.end) for m in streets)]
        parks = self._parks(text, tokens, folded, heads, taken)
        taken = [*taken, *((m.start, m.end) for m in parks)]
        quarters = self._named_quarters(text, taken)
        short = self._short_district_names(text, context, taken) if context == "hamburg" else []
        brooks = self._brooks(text, taken) if context == "hamburg" else []
        families = self._family_sites(text, taken)
        found = [*streets, *sites, *parks, *quarters, *short, *brooks, *families]
        blocked = _Blocked(tokens, sorted((m.start, m.end) for m in found))
        names = self._names(text, tokens, folded, blocked, context, country, starts)
        mentions = [*found, *names]
        if "St. " in text:  # "St. Trinitatis": a church, where no place has the name
            mentions += self._saints(text, [(m.start, m.end) for m in mentions])
        mentions = without_title_parts(text, mentions)
        mentions.sort(key=lambda m: (m.start, -m.end))
        if "Straße" in text:
            mentions = [self._street_not_station(text, m) for m in mentions]
        return self._quarters_among_quarters(text, mentions)

    def _parks_at(self, text: str) -> list[Mention]:
        """ "Park am Eichbaumsee", "Park an der Meenkwiese": a park named by what it lies at, not
        a street ("der Park an der Hauptstraße" leaves the street to the street pass)."""
        found = []
        for match in _PARK_AT.finditer(text):
            name = match.group(1)
            if self._is_street_like(name) or _fold(name) in self.gazetteer.street_keys:
                continue
            following = _CAPITALISED_AFTER.match(text, match.end(1))
            if following and self._is_street_like(following.group(1)):
                continue  # "Park an der Breitenfelder Straße": a street
            if _CAPITALISED_BEFORE.search(text, max(0, match.start() - 30), match.start()):
                continue  # "Eppendorfer Park an der …": a park named on its own
            start, end = match.start(), match.end(1)
            surface = text[start:end]
            found.append(Mention(surface, start, end, "park", surface, None, None, 0.7))
        return found

    def _fold_new(self, word: str) -> str:
        """The folded form of a word not folded before, kept for the next time."""
        return _kept(self._folds, word, _fold(word), 200_000)

    def _street_not_station(self, text: str, mention: Mention) -> Mention:
        """ "der Straßen Eppendorfer Baum und Eppendorfer Landstraße": a station named like its
        street, after "Straße" or "Straßen", is the street."""
        if (
            mention.type == "station"
            and _STREET_NOUN_BEFORE.search(text, max(0, mention.start - 9), mention.start)
            and _fold(mention.surface) in self.gazetteer.street_keys
        ):
            return replace(mention, type="street")
        return mention

    def _quarters_among_quarters(self, text, mentions) -> list[Mention]:
        """A district named like one of its quarters ("Bergedorf", "Harburg"), listed with
        quarters ("Lohbrügge, Bergedorf, Curslack", "Bergedorf und Nettelnburg") or itself
        called a "Stadtteil" ("Wandsbek sei Hamburgs bester Stadtteil"), is the quarter."""
        districts = [k for k, m in enumerate(mentions) if m.type == "district"]
        if not districts:
            return mentions
        result = list(mentions)
        for k in districts:
            mention = mentions[k]
            neighbours = [
                other
                for other, left, right in (
                    (mentions[k - 1] if k else None, k - 1, k),
                    (mentions[k + 1] if k + 1 < len(mentions) else None, k, k + 1),
                )
                if other is not None
                and other.type == "quarter"
                and _LIST_JOIN.fullmatch(text, mentions[left].end, mentions[right].start)
            ]
            if not neighbours and not _called_a_quarter(text, mention):
                continue
            quarter = next(
                (
                    e
                    for e in self.gazetteer.by_key.get(_fold(mention.surface), ())
                    if e.type == "quarter" and e.context == "hamburg"
                ),
                None,
            )
            if quarter is not None:
                result[k] = replace(
                    mention, type="quarter", norm=quarter.norm, lat=quarter.lat, lon=quarter.lon
                )
        return result

    # --- gazetteer names ------------------------------------------------------------------

    def _match(self, text, tokens, folded, blocked, i):
        """The longest known name starting at token i: (n, candidates, genitive) or None. A
        name runs over spaces, dots and dashes, not over commas, slashes or brackets ("Billwerder,
        Moorfleet", "Hamburg/Wandsbek" are two places)."""
        first = folded[i]
        gazetteer = self.gazetteer
        if first in gazetteer.prefixes and self._may_go_on(first, folded, i):
            longest = blocked.free_run(i, min(gazetteer.max_tokens, len(tokens) - i))
            best = None
            for n in range(2, longest + 1):  # extend while some longer name starts so
                gap_start, gap_end = tokens[i + n - 2].end, tokens[i + n - 1].start
                gap = gap_end - gap_start
                before = tokens[i + n - 2].text
                if (
                    (gap > 1 and _BREAKS_NAME.search(text, gap_start, gap_end))
                    or (gap == 1 and text[gap_start] == "/")  # "Hamburg/Wandsbek": two places
                    or (text[gap_start] == "." and len(before) > 3)  # "Hamburg. Bergedorfs …"
                ):  # but "St. Georg"
                    break
                last = tokens[i + n - 1].text
                if last[:1].isupper():
                    found = self._lookup(folded[i : i + n], last)
                    if found and not (
                        n == 2
                        and _city_and_quarter(text, tokens[i], found[0])
                        and not (i and self.lexicon.is_organisation_word(folded[i - 1]))
                    ):  # "des Bezirksamts Hamburg Bergedorf": the body's name, whole
                        best = (n, *found)
                if " ".join(folded[i : i + n]) not in gazetteer.prefixes:
                    break
            if best:
                return best
        return self._one_word_name(tokens[i].text, first)

    def _line_station_at(self, text, tokens, folded, i) -> Mention | None:
        """ "U-Hammer Kirche", "S-Wellingsbüttel": a station's name after its line's letter and
        a hyphen, in one to three words."""
        rest = folded[i][2:]
        for n in range(min(3, len(tokens) - i), 0, -1):
            words = tokens[i : i + n]
            if any(text[a.end : b.start] != " " for a, b in pairwise(words)):
                continue
            if " ".join([rest, *folded[i + 1 : i + n]]) in self.gazetteer.station_keys:
                start, end = tokens[i].start, tokens[i + n - 1].end
                return Mention(
                    text[start:end], start, end, "station", text[start:end], None, None, 0.8
                )
        return None

    def _may_go_on(self, key: str, folded, i) -> bool:
        """Whether the word after token i (perhaps in the genitive) can follow `key` in a
        longer name: if not, `_match` would find the name of one word only."""
        if i + 1 >= len(folded):
            return False
        second, seconds = folded[i + 1], self._second_words.get(key, ())
        if " " in second:  # "Curslack-Neuengamme", folded "curslack neuengamme": its first part
            return second.partition(" ")[0] in seconds
        return (
            second in seconds
            or (second[-1:] == "s" and second[:-1] in seconds)
            or (second[-2:] in ("es", " s") and second[:-2] in seconds)  # "-es", "'s"
        )

    def _one_word_name(self, word: str, key: str):
        """(1, candidates, genitive) for a name of one word, or None; kept per word, as words
        recur."""
        found = self._one_word_names.get(word, _UNKNOWN)
        if found is _UNKNOWN:
            found = self._lookup([key], word)
            found = _kept(self._one_word_names, word, (1, *found) if found else None)
        return found

    def _lookup(self, keys: list[str], last: str):
        by_key = self.gazetteer.by_key
        candidates = by_key.get(" ".join(keys) if len(keys) > 1 else keys[0])
        if candidates:
            return candidates, False
        if last[-1:] == "s":
            stripped = _strip_genitive(last)
            if stripped is None and len(keys) > 1 and len(last) == 4:
                stripped = last[:-1]  # "des Bramfelder Sees": a short last word of a name
            if stripped:
                candidates = by_key.get(" ".join([*keys[:-1], _fold(stripped)]))
                if candidates:
                    return candidates, True
                if stripped.endswith("e") and (len(stripped) > 5 or len(keys) > 1):
                    # "des Raakmoores", "des Wohldorfer Waldes"
                    candidates = by_key.get(" ".join([*keys[:-1], _fold(stripped[:-1])]))
                    if candidates:
                        return candidates, True
        return None

    def _name_starts(self, heads, folded) -> list[int]:
        """Only tokens that can start a name: of the capitalised ones and numbers (`heads`),
        known first words and names, genitives, or hyphenated words ("Eimsbüttel-Nord");
        chosen in one pass, checked one by one later."""
        keys = self._start_keys
        return [i for i in heads if (k := folded[i]) in keys or k[-1:] == "s" or " " in k]

    def _names(self, text, tokens, folded, blocked, context, country, starts) -> list[Mention]:
        mentions = []
        free_from = 0  # tokens before this index belong to a name already taken
        body_until = -1  # the token after the last name that was part of a body's or person's
        taken = blocked.indices
        first_words, by_key = self.gazetteer.first_words, self.gazetteer.by_key
        for i in starts:
            token = tokens[i]
            first = token.text[:1]
            if i < free_from or not (first.isupper() or first.isdigit()) or i in taken:
                continue  # a name starts capitalised, or with a number ("19. Arrondissement")
            key = folded[i]
            if key not in first_words and key not in by_key and token.text[-1:] != "s":
                if "-" not in token.text:
                    continue  # the common case, decided without a call
                if token.text[1:2] == "-" and token.text[0] in "SU":
                    station = self._line_station_at(text, tokens, folded, i)
                    if station is not None:  # "U-Hammer Kirche", "S-Wellingsbüttel"
                        mentions.append(station)
                        free_from = _token_after(tokens, station.end, i + 1)
                        continue
                if self._names_a_body(
                    text, tokens, folded, i, body_until
                ) or self.lexicon.is_organisation_word(key.partition(" ")[0]):
                    # "CDU-Bramfeld/Steilshoop", "Wahlkreis Wilhelmsburg-Ost, Veddel": one body
                    body_until = i + 1
                else:  # "Eimsbüttel-Nord", "Altona-Othmarschen-Waltershof"
                    mentions.extend(self._hyphenated_parts(text, token, context, country))
                continue
            found = self._match(text, tokens, folded, blocked, i)
            if found is None:
                continue
            n, candidates, genitive = found
            free_from = i + n
            # A name of the street list is found with its context in _streets, not here.
            candidates = [e for e in candidates if e.source != "streets"]
            if not candidates:
                continue
            if self._names_a_body(text, tokens, folded, i, body_until):
                body_until = i + n
                continue
            if self._not_a_place(text, tokens, folded, i, n):
                continue
            if n == 1 and token.text.isupper() and _next_to_a_number(tokens, i):
                continue  # "8 EUR Miete", "EUR 6,7 Mio.": a unit by a number
            if n == 1 and token.text.isupper():  # "BIG Städtebau": an acronym, no other name
                candidates = [e for e in candidates if e.source.startswith(TRUSTED_SOURCES)]
                if not candidates:
                    continue
            if len(candidates) > 1:
                candidates = self._water_or_area(folded, i, candidates)
            if n == 1:
                candidates = self._common_word_filter(
                    tokens, folded, i, candidates, genitive, context
                )
                if i > 0 and (
                    folded[i - 1] in _DEFINITE_ARTICLES or folded[i - 1] in _WITH_ARTICLE
                ):
                    # "rund um den Schwarzenberg": a town takes no article; the name is a hill,
                    # a building or a thing of Hamburg's that no list holds
                    candidates = [e for e in candidates if e.source.startswith(TRUSTED_SOURCES)]
                candidates = self._surname_filter(text, tokens, i, candidates)
                if not candidates or self._name_as_adjective(text, tokens, i, candidates):
                    continue
            # "Bezirk Harburg", "des Bezirks Harburg": the place is the name without the word.
            first_index = i + 1 if n > 1 and folded[i] in self.lexicon.unit_words else i
            start, end = tokens[first_index].start, tokens[i + n - 1].end
            entry, confidence = _resolve(candidates, context, country)
            if i > 0 and folded[i - 1] in _COUNTY_WORDS:
                entry = replace(entry, type="region")  # "Landkreis Harburg": the county
            direction = self._direction_after(text, end, entry)
            if direction:  # "Schnelsen – Süd": a named part of the quarter
                end = direction.end()
                entry = replace(entry, norm=f"{entry.norm}-{direction.group(1)}", type="quarter")
                free_from = max(free_from, _token_after(tokens, end, i + n))
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
        return mentions

    def _hyphenated_parts(self, text, token, context, country) -> list[Mention]:
        """A named part of a quarter ("Eimsbüttel-Nord"), or a chain of Hamburg's districts and
        quarters joined by hyphens. A chain naming an area ("Wilhelmsburg-Veddel",
        "Rahlstedt-Hohenhorst") is one mention; the stops of a route ("Linie 150 …
        Altona-Othmarschen-Waltershof") are a mention each."""
        part = self._directional_part(token, context, country)
        if part is not None:
            return [part]
        joined = [  # "Neu-Allermöhe": a quarter's name with a hyphen added
            e
            for e in self.gazetteer.by_key.get(_fold(token.text.replace("-", "")), ())
            if _hamburg_area(e)
        ]
        if joined:
            entry, _ = _resolve(joined, context, country)
            end = token.end
            direction = self._direction_after(text, end, entry)
            if direction:  # "Neu-Allermöhe West": a named part of the quarter
                end = direction.end()
            return [
                Mention(
                    text[token.start : end],
                    token.start,
                    end,
                    "quarter" if direction else entry.type,
                    entry.norm,
                    entry.lat,
                    entry.lon,
                    0.7,
                )
            ]
        names = token.text.split("-")
        if len(names) < 2 or not all(names):
            return []
        mentions, start = [], token.start
        for name in names:
            entries = [e for e in self.gazetteer.by_key.get(_fold(name), ()) if _hamburg_area(e)]
            if not entries:
                return []
            entry, _ = _resolve(entries, context, country)
            end = start + len(name)
            mentions.append(
                Mention(name, start, end, entry.type, entry.norm, entry.lat, entry.lon, 0.7)
            )
            start = end + 1
        if _ROUTE.search(text, max(0, token.start - 60), token.start):
            return mentions
        if _ACRONYM_AFTER.match(text, token.end):
            return []  # "Barmbek-Uhlenhorst-Hohenfelde-Dulsberg (BUHD)": a committee's name
        first = mentions[0]
        return [
            Mention(
                token.text, token.start, token.end, "quarter", token.text, first.lat, first.lon, 0.7
            )
        ]

    def _directional_part(self, token, context, country) -> Mention | None:
        head, _, tail = token.text.rpartition("-")
        if not head or tail not in self.lexicon.direction_words:
            return None
        by_key = self.gazetteer.by_key
        candidates = by_key.get(_fold(head)) or by_key.get(_fold(head.replace("-", "")))
        if not candidates:  # "Neu-Allermöhe-Ost": the quarter's name with a hyphen added too
            return None
        entry, _ = _resolve(candidates, context, country)
        if not _hamburg_area(entry):
            return None
        return Mention(
            token.text, token.start, token.end, "quarter", token.text, entry.lat, entry.lon, 0.7
        )

    def _direction_after(self, text, end, entry):
        if not _hamburg_area(entry):
            return None
        match = _DIRECTION.match(text, end)
        if match and match.group(1) in self.lexicon.direction_words:
            return match
        return None

    def _not_a_place(self, text, tokens, folded, i, n) -> bool:
        lexicon = self.lexicon
        if n == 1 and folded[i] in lexicon.stop_words:
            return True
        previous = folded[i - 1] if i > 0 else ""
        last = tokens[i + n - 1]
        after = text[last.end : last.end + 8]
        if _COMPANY_AFTER.match(text, last.end):  # "Arbeitsgemeinschaft Niendorf e.V.",
            return True  # "steg Hamburg mbH": the name of an association or a company
        if after.startswith(("- und ", "- oder ", "-, ")):
            return True  # "Erd- und Pflasterarbeiten": the first part of a compound
        nxt = tokens[i + n] if i + n < len(tokens) else None
        if (
            n == 1
            and nxt is not None
            and tokens[i].text in lexicon.given_names
            and nxt.text[:1].isupper()
            and text[last.end : nxt.start] == " "
        ):  # "Martin Schulz": a first name before a capitalised word is a person
            return True
        if (
            nxt is not None
            and not last.text.endswith("s")  # "Bergedorfs Bezirksamtsleiter": a genitive
            and text[last.end : nxt.start] == " "
            and _body_word(nxt.text, lexicon)
        ):  # "Billebogen Entwicklungsgesellschaft": a body named by the place before its word
            return True
        if (
            n == 1
            and text[last.end + 2 : last.end + 3] == "."
            and _SURNAME_INITIAL.match(text, last.end)
        ):
            return True  # "Stefanie A., Giannina J. und Wahid A.": a person, the surname cut
        if previous != "in" and _PROGRAMME_YEAR.match(after):
            return True  # "Eimsbüttel 2040": a programme named by its place and target year
        # "Bebauungsplanverfahren Heimfeld 54", "(Blankenese 34)", "an Schnelsen 89
        # anschließend": a plan's name is the place plus a number; not a count ("Eimsbüttel 775
        # Plätze") nor a date ("Altona 28. Oktober").
        if previous.startswith("bebauungsplan") and _PLAN_NUMBER.match(after) is not None:
            return True
        return _PLAN_DESIGNATION.match(text, last.end) is not None and _names_an_area(
            self.gazetteer.by_key, " ".join(folded[i : i + n])
        )  # plans are named by quarters and districts, not by the city ("in ganz Hamburg 33")

    def _name_as_adjective(self, text, tokens, i, candidates) -> bool:
        """ "der Finkenwerder Norden", "die Finkenwerder Ortsumgehung": a Hamburg quarter whose
        name ends in "-er" serves as its own adjective before a common noun (as "Harburger"
        does before "Innenstadt"), and then is no mention; "die Finkenwerder" are its people."""
        token = tokens[i]
        if not token.text.endswith("er") or not any(_hamburg_area(e) for e in candidates):
            return False
        if i > 0 and tokens[i - 1].text == "die":
            return True  # places named so take no article: "die Finkenwerder" are people
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if nxt is None or text[token.end : nxt.start] != " " or not nxt.text[:1].isupper():
            return False
        nouns, word = self.lexicon.common_nouns, nxt.text
        if word in self.lexicon.direction_words:
            return False  # "Altenwerder West": a named part
        return (
            word in nouns
            or any(  # "Ortsdurchfahrt": a compound of a noun
                word[k:].capitalize() in nouns for k in range(2, len(word) - 4)
            )
        )

    def _names_a_body(self, text, tokens, folded, i, body_until) -> bool:
        """A place name after a body's or a person's word ("Bezirksamt Harburg", "CDU Wandsbek",
        "Frau Bremer"), or listed after such a name: "Regionalausschuss Lokstedt, Niendorf,
        Schnelsen", "Ortsämter Lokstedt und Stellingen", "Regionalausschuss Wilhelmsburg/Veddel"."""
        lexicon = self.lexicon
        previous = folded[i - 1] if i > 0 else ""
        word = tokens[i].text
        if (
            word.endswith("s")
            and previous not in lexicon.person_titles
            and folded[i] not in self.gazetteer.by_key
            and folded[i][:-1] in self.gazetteer.by_key
        ):
            return False  # "der größte Stadtteilbeirat Hamburgs": the place, in the genitive
        if previous in lexicon.person_titles or (
            previous
            and lexicon.is_organisation_word(previous)
            and "\n\n" not in text[tokens[i - 1].end : tokens[i].start]
        ):  # not across a paragraph break: "… Innenstadtforum\n\nHarburg – Früher war …"
            return True
        if (  # "Mieterverein zu Hamburg": a body's old name with its seat
            previous == "zu"
            and i > 1
            and tokens[i - 2].text[:1].isupper()
            and lexicon.is_organisation_word(folded[i - 2])
        ):
            return True
        if (  # "Arbeitskreis Ortskern Blankenese": a body, its subject in one noun, the place
            i > 1
            and tokens[i - 1].text in lexicon.common_nouns
            and tokens[i - 2].text[:1].isupper()
            and lexicon.is_organisation_word(folded[i - 2])
            and text[tokens[i - 2].end : tokens[i].start].count(" ") == 2
        ):
            return True
        if not _FOR_WORDS.isdisjoint(folded[max(i - 5, 0) : i]) and self._body_for_subject(
            text, tokens, folded, i
        ):
            return True
        start, end = tokens[i].start, tokens[i].end
        if (text[end + 1 : end + 2].isdigit() and _PLAN_NUMBER_AFTER.match(text, end)) or (
            "/" in text[max(0, start - 2) : start]
            and _PLAN_NUMBER_BEFORE.search(text, max(0, start - 6), start)
        ):
            return True  # "Billwerder 30/Bergedorf 120": the numbers of a plan
        if "(" in text and self._in_brackets_after_a_body(text, start):
            return True
        if "(" in text and self._body_with_its_acronym(text, tokens, folded, i):
            return True
        if i > 0 and text[tokens[i - 1].end : start] == " & " and tokens[i - 1].text[:1].isupper():
            return not self.gazetteer.by_key.get(folded[i - 1])  # "Peek & Cloppenburg"
        if body_until < 1:
            return False
        if i == body_until + 1 and folded[body_until] in _LIST_WORDS:
            return text[tokens[body_until - 1].end : tokens[i].start].count(" ") == 2
        return (
            i == body_until
            and _LIST_SEPARATOR.fullmatch(text, tokens[i - 1].end, tokens[i].start) is not None
        )

    def _body_with_its_acronym(self, text, tokens, folded, i) -> bool:
        """A place in a body's name that is given with its acronym: after it ("Schulbau Hamburg
        (SBH)": the acronym's first letter opens the word before, its last opens the place) or
        before it ("Eisenbahnbauverein (EBV) Harburg": a body's word and its acronym)."""
        start, end = tokens[i].start, tokens[i].end
        if text[max(0, start - 2) : start] == ") ":
            before = _ACRONYM_IN_BRACKETS_BEFORE.search(text, max(0, start - 60), start)
            if before and self.lexicon.is_organisation_word(_fold(before.group(1))):
                return True
        if not text.startswith(" (", end):
            return False
        after = _ACRONYM_IN_BRACKETS.match(text, end)
        if not after or i == 0 or text[tokens[i - 1].end : start] != " ":
            return False
        acronym, word = after.group(1), tokens[i - 1].text
        return (
            word[:1].isupper()
            and acronym[0] == word[0]
            and acronym[-1] == tokens[i].text[0]
            and folded[i - 1] not in self.lexicon.stop_words
        )

    def _in_brackets_after_a_body(self, text, start) -> bool:
        """ "Regionalausschuss FOLAG (Fuhlsbüttel, Ohlsdorf, …)", "Wahlkreis 4
        (Bramfeld-Süd/Steilshoop)": places in brackets that spell out a body's name."""
        opening = text.rfind("(", max(0, start - 120), start)
        if opening < 0 or ")" in text[opening:start]:
            return False
        head = _BODY_BEFORE_BRACKET.search(text, max(0, opening - 60), opening + 1)
        return head is not None and self.lexicon.is_organisation_word(_fold(head.group(1)))

    def _body_for_subject(self, text, tokens, folded, i) -> bool:
        """ "Beirat für Stadtteilentwicklung Wilhelmsburg", "Ausschuss für Umwelt und Verkehr
        Harburg": a body's word, "für" and one to three words of its subject before the place,
        in one sentence (not "… bei den Bezirksämtern. Für unsere Stadtteile Niendorf")."""
        is_body = self.lexicon.is_organisation_word
        for k in range(i - 1, max(i - 5, 1), -1):
            if folded[k] in _FOR_WORDS:  # with a subject between: not "Plan für Tonndorf"
                return (
                    k < i - 1
                    and is_body(folded[k - 1])
                    and "." not in text[tokens[k - 1].end : tokens[k].start]
                )
            if not (
                tokens[k].text[:1].isupper()
                or folded[k] in _LIST_WORDS
                or folded[k] in self.lexicon.determiners
            ):
                return False
        return False

    def _water_or_area(self, folded, i, candidates):
        """A name of a river and of the area along it ("Süderelbe"): a river takes an article
        ("an der Süderelbe"), an area none ("in Süderelbe", "Bezirk Süderelbe")."""
        waters = [e for e in candidates if e.type == "water"]
        if not waters or len(waters) == len(candidates):
            return candidates
        if not any(e.type in ("region", "quarter") for e in candidates):
            return candidates
        with_article = i > 0 and folded[i - 1] in self.lexicon.determiners
        return waters if with_article else [e for e in candidates if e.type != "water"]

    def _surname_filter(self, text, tokens, i, candidates):
        """After a first name ("Anna Gronau", "Ralf-Georg Gronau", "Paul von Hindenburg") a
        town's name is a surname, unless a curated source (the atlas, Hamburg's own lists) has
        the place; a site of one word after a first name is a surname too ("Staatsrat Andreas
        Rieckhof")."""
        if not self._after_first_name(text, tokens, i):
            return candidates
        return [
            entry
            for entry in candidates
            if entry.source.startswith(TRUSTED_SOURCES) and entry.type != "poi"
        ]

    def _after_first_name(self, text, tokens, i) -> bool:
        """Whether token i follows a first name (hyphenated ones too), perhaps with a
        nobiliary particle between ("von", "van", "de")."""
        if i > 1 and tokens[i - 1].text in _NAME_PARTICLES:
            i -= 1
        if i == 0 or text[tokens[i - 1].end : tokens[i].start] != " ":
            return False
        previous = tokens[i - 1].text
        if previous in self.lexicon.street_prefixes:
            return False  # "Am Bahnhof Altona": a preposition, though "Am" is also a name
        return self.lexicon.is_given_name(previous)

    def _common_word_filter(self, tokens, folded, i, candidates, genitive, context):
        """A word that is also a common German noun ("Nähe", "Wetter", "Stelle") is a place
        only if a curated source says so, or it is a big city not used as a noun; after an
        indefinite article ("eine Schanze") it is the noun."""
        lexicon = self.lexicon
        word = tokens[i].text
        if genitive:
            word = _strip_genitive(word) or word
        if word not in lexicon.common_nouns:
            return candidates
        previous = folded[i - 1] if i > 0 else ""
        if previous in _INDEFINITE_ARTICLES or previous in _COPULAS:
            return []  # "eine Schanze", "ist Neuland für Bergedorf": the noun
        if word.endswith("stadt") and i > 0 and _qualifies_a_noun(tokens[i - 1], previous):
            return []  # "der historischen Altstadt", "die Finkenwerder Altstadt": any town's
        following = folded[i + 1] if i + 1 < len(folded) else ""
        used_as_noun = (
            previous in lexicon.determiners
            or _inflected_adjective(previous)
            or following in ("der", "des")  # "Neubau der Hohenfelder Brücke"
        )
        # "des Neubaus", "unsere schöne Innenstadt": a noun, not a district of Vienna or
        # Cologne, unless a city of that country is named in the text
        elsewhere = [e for e in candidates if e.context and e.context != context]
        named = set() if used_as_noun or not elsewhere else self._other_countries(folded)
        return [
            entry
            for entry in candidates
            if (
                entry.source.startswith(TRUSTED_SOURCES)
                and not (entry in elsewhere and (used_as_noun or entry.country not in named))
            )
            or (entry.population >= BIG_CITY and not used_as_noun)
        ]

    def _other_countries(self, folded) -> set[str]:
        """The countries of the atlas cities other than Hamburg that the text names."""
        countries = set()
        by_key = self.gazetteer.by_key
        for key in set(folded):
            for entry in by_key.get(key, ()):
                if entry.type == "city" and entry.source == "atlas" and entry.norm != "Hamburg":
                    countries.add(entry.country)
        return countries


def _called_a_quarter(text: str, mention: Mention) -> bool:
    """ "im Stadtteil Eimsbüttel", "Wandsbek sei Hamburgs bester Stadtteil", "für die Wandsbek
    der schönste Stadtteil ist": the name itself is called a quarter."""
    if text[max(0, mention.start - 11) : mention.start].endswith(("Stadtteil ", "Stadtteils ")):
        return True  # "im Stadtteil Eimsbüttel", "das Zentrum des Stadtteils Eimsbüttel"
    stops = [p for p in (text.find(". ", mention.end), text.find("\n", mention.end)) if p >= 0]
    rest = text[mention.end : min(stops) if stops else len(text)]
    return bool(_CALLED_A_QUARTER.match(rest)) or "Stadtteil ist" in rest


def _next_to_a_number(tokens: list[Token], i: int) -> bool:
    """Whether a number stands right before or after token i ("8 EUR", "EUR 6,7")."""
    before = i > 0 and tokens[i - 1].text.isdigit()
    return before or (i + 1 < len(tokens) and tokens[i + 1].text[:1].isdigit())


def _qualifies_a_noun(token: Token, folded: str) -> bool:
    """An inflected adjective ("historischen") or a place's adjective other than Hamburg's
    ("Finkenwerder") before a noun for a part of a town that is also a quarter's name
    ("Altstadt", "Neustadt"): the noun, not Hamburg's quarter."""
    if _inflected_adjective(folded):
        return True
    word = token.text
    return word[:1].isupper() and word.endswith("er") and word != "Hamburger" and len(word) > 4


def _city_and_quarter(text: str, first, candidates) -> bool:
    """ "in Hamburg Bahrenfeld", "im Bezirk Hamburg Bergedorf": the city and its quarter or
    district, two mentions; written with a hyphen ("Hamburg-Eidelstedt") it is one name."""
    return (
        first.text == "Hamburg"
        and text[first.end : first.end + 1] == " "
        and any(e.type in ("quarter", "district") and e.source == "atlas" for e in candidates)
        and not any(e.norm.startswith("Hamburg") for e in candidates)  # "Hamburg Nord": one name
    )


def _token_after(tokens: list[Token], offset: int, index: int) -> int:
    """The index of the first token at or after a character offset, searching from index."""
    while index < len(tokens) and tokens[index].start < offset:
        index += 1
    return index
