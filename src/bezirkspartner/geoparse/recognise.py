"""Recognise and resolve place mentions in German council texts. Pure Python, no Django."""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from dataclasses import asdict, dataclass, replace
from functools import lru_cache

from bezirkspartner.core.text import fold
from bezirkspartner.geoparse.gazetteer import CURATED_MULTIWORD_TYPES, Entry, Gazetteer
from bezirkspartner.geoparse.tokens import Token, tokenize

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
# "12", "12a", "12 a", "12-14", "79/81", "Nr. 3".
_HOUSE_NUMBER = re.compile(
    r"\s?((?:Nr\.\s?)?\d{1,4}(?:[a-zA-Z]|\s[a-zA-Z](?![\wäöüß]))?"
    r"(?:\s?[-–/]\s?\d{1,4}[a-zA-Z]?|\sund\s\d{1,4}[a-zA-Z]?)?)(?![\wäöüß])"
)
# "über die A7", "an der B73": motorways and federal roads after an article.
_MAJOR_ROAD = re.compile(
    r"\b(?:[dD]er|[dD]ie|[dD]en|[dD]em|zur|zum)\s([AB]\s?\d{1,3})(?![\wäöüß.,]\d)(?![\wäöüß])"
)
# "Robert - Koch - Straße": a person's name joined to a street word by spaced dashes (as some
# council systems print "Robert-Koch-Straße"); the last part is checked against the street words.
_SPACED_DASH = re.compile(r"\s[-–]\s")
_WORD_AT = re.compile(r"[A-ZÄÖÜ][\wäöüß]*\.?")
_NAME_BEFORE = re.compile(r"(?<![\wäöüß.])[A-ZÄÖÜ][\wäöüß.]*\Z")
_DASH_BEFORE = re.compile(r"\s[-–]\s\Z")
_DIRECTION = re.compile(r"(?:\s?[-–]\s?|\s)([A-ZÄÖÜ][a-zäöü]+)(?![\wäöüß-])")
BIG_CITY = 200_000  # a GeoNames town that is also a common noun counts only from this size on
TRUSTED_SOURCES = ("atlas", "curated", "stations", "streets")
_ADJECTIVE_ENDINGS = ("er", "en", "sche", "schen")
# Words before a street name of the street list that is also a common word ("am Redder",
# "in der Landwehr", "Ecke Strenge"): with such a word, or a house number, it is the street.
_STREET_CONTEXT = frozenset(
    {"am", "im", "an", "in", "auf", "vom", "zum", "zur", "ecke", "beim", "hinter", "entlang"}
)
_SENTENCE_END = frozenset(".!?:;")
_ADJECTIVE_AND_SLASH = re.compile(r"(?<![\wäöüß])[A-ZÄÖÜ][\wäöüß]*er/\Z")
# Street endings no surname has: after a first name "Osterstraße" is still the street.
_NO_SURNAME_ENDINGS = ("straße", "strasse", "str.", "weg", "allee", "platz", "chaussee")
_LAST_WORD = re.compile(r"([\w-]+) \Z")
_DAY_OF = re.compile(r"\.\s?([A-ZÄÖÜ][a-zäöü]+)")  # "7. April": a day and its month
# "Lokstedt, Niendorf, Schnelsen", "Wilhelmsburg/Veddel", "Lokstedt und Stellingen".
_LIST_SEPARATOR = re.compile(r"\s?[,/&]\s?")
_BREAKS_NAME = re.compile(r"[,;:()\[\]\n]")
# "in Mitte," but not "in der Mitte", "Mitte Altona" or "Mitte-Nord".
_SHORT_NAME_PREPOSITIONS = frozenset({"in", "aus", "für", "nach"})
_SHORT_NAME_AFTER = re.compile(r"(?![\w-])(?!\s+[A-ZÄÖÜ])")
# "Arnold-, Kepler-, Klaus- und ": first parts sharing the street word of the last one.
_SHARED_HEAD = re.compile(r"(?:[A-ZÄÖÜ][\wäöüß]*-,? )+(?:und|oder|sowie) \Z")
# "Grandweg oder Sophienterrassen", "Schwanenwik/ Sechslingspforte": the next name of a list,
# followed by no further capitalised word (which would make it the start of a longer name).
_LISTED_AFTER = re.compile(
    r"(?:\s?[,/]\s?|\s(?:und|oder|sowie)\s)([A-ZÄÖÜ][\wäöüß-]+)(?![\wäöüß-])(?!\s[A-ZÄÖÜ])"
)
_LIST_WORDS = frozenset({"und", "sowie"})
_FOR_WORDS = frozenset({"fur", "für"})
# "Billwerder 30/Bergedorf 120/Lohbrügge 95": a plan's designation, place and number by place.
_PLAN_NUMBER_AFTER = re.compile(r" \d{1,3}\s?/")
_PLAN_NUMBER_BEFORE = re.compile(r"\d{1,3}\s?/\s?\Z")
_LIST_JOIN = re.compile(r"\s?[,/]\s?|\s(?:und|sowie|oder|samt)\s")
# Quoted passages of a few words are titles: „…“, "…", ‚…‘, »…«, “…”.
_QUOTE_MARKS = ("„", '"', "‚", "»", "“")
# An opening mark, up to 80 characters, a closing mark; which marks pair is checked after.
_QUOTED = re.compile(r'[„“"‚»]([^„“”"‚‘’»«\n]{1,80})[“”"‘’«]')
_CLOSING = {"„": '“”"', "“": '“”"', '"': '“”"', "‚": "‘’", "»": "«"}
_TITLE_WORDS = 6
_TITLE_PREPOSITIONS = frozenset(
    {"am", "an", "auf", "aus", "bei", "im", "in", "nach", "von", "zum", "zur"}
)
_TITLE_TRIM = " \t!?.,;:–-"
_NAME_PARTICLES = frozenset({"von", "van", "de", "zu", "vom"})
_INDEFINITE_ARTICLES = frozenset({"ein", "eine", "einer", "einem", "einen", "eines"})
# What the curated lists hold, matched whole before the sites found by their form and streets:
# named sites, and waters, parks, regions and localities of several words.
_SITE_KINDS = ("poi",)
_PLACE_KINDS = CURATED_MULTIWORD_TYPES
_ADJECTIVE_STEMS = ("al", "isch", "lich", "ig")  # "Sozial-", "Städtisch-": adjectives
_ABSTRACT_STEMS = ("ungs", "heits", "keits", "ions")  # German abstract nouns with the joining s


def _street_preposition(prefixes: tuple[str, ...]) -> re.Pattern | None:
    """ "Am Irrgarten 3", "Im Neugrabener Dorf 79": a prefix and one or two names before a
    number (the prefixes: data/geoparse/words/street-prefixes.txt)."""
    if not prefixes:
        return None
    return re.compile(
        r"\b((?:" + "|".join(map(re.escape, prefixes)) + r")\s[A-ZÄÖÜ][\wäöüß-]+"
        r"(?:\s[A-ZÄÖÜ][\wäöüß-]+)?)(?=\s\d{1,4}\b)"
    )


def _genitive_street(words: tuple[str, ...]) -> re.Pattern | None:
    """ "Marschkamper Deiches" -> "Deich": the street words that have a genitive in the list."""
    stems = sorted(
        {w for w in words if any(g in words for g in (w + "es", w + "s")) and "." not in w}
    )
    if not stems:
        return None
    return re.compile(r"(" + "|".join(map(re.escape, stems)) + r")(?:es|s)$", re.IGNORECASE)


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
        self.lexicon = gazetteer.lexicon
        self._cue_suffixes = self.lexicon.cue_suffixes
        self._site_cues = tuple(sorted({_fold(w) for w in self.lexicon.site_words}))
        # The cues by their last four letters: most words are ruled out by one lookup.
        self._cues_by_tail = _by_tail(self._cue_suffixes)
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
        self._place_nouns = self.lexicon.park_words | self.lexicon.water_words
        self._start_keys = frozenset(gazetteer.first_words) | frozenset(gazetteer.by_key)

    def parse(self, text: str, *, context: str = "hamburg", country: str = "DE") -> list[Mention]:
        tokens = tokenize(text)
        folded = [_fold(t.text) for t in tokens]
        heads = [i for i, t in enumerate(tokens) if not t.text[0].islower()]  # capitals, numbers
        words = [(tokens[i].start, tokens[i].end, tokens[i].text) for i in heads]
        streets = self._streets(text, words, context, tokens, folded)
        starts = self._name_starts(heads, folded)
        known_first = self._known_first  # the curated names below start among them
        hits = [i for i in starts if folded[i] in known_first]
        known = self._known_names(
            text, tokens, folded, context, country, self._poi_first, _SITE_KINDS, hits
        )
        known_spans = [(m.start, m.end) for m in known]
        sites = [
            m
            for m in self._sites(text, tokens, folded, streets)
            if not _overlaps(m.start, m.end, known_spans)
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
        parks = self._parks(text, tokens, folded, taken)
        taken = [*taken, *((m.start, m.end) for m in parks)]
        quarters = self._named_quarters(text, taken)
        short = self._short_district_names(text, context, taken) if context == "hamburg" else []
        found = [*streets, *sites, *parks, *quarters, *short]
        blocked = _Blocked(tokens, sorted((m.start, m.end) for m in found))
        names = self._names(text, tokens, folded, blocked, context, country, starts)
        mentions = [*found, *names]
        titles = _quoted_titles(text)
        if titles:  # „freiRaum Ottensen“: a place inside a quoted title is no mention of its own
            mentions = [m for m in mentions if not _inside_title(text, m, titles)]
        mentions.sort(key=lambda m: (m.start, -m.end))
        return self._quarters_among_quarters(text, mentions)

    def _quarters_among_quarters(self, text, mentions) -> list[Mention]:
        """A district named like one of its quarters ("Bergedorf", "Harburg"), listed with
        quarters ("Lohbrügge, Bergedorf, Curslack", "Bergedorf und Nettelnburg"), is the quarter."""
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
            if not neighbours:
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
        name runs over spaces, dots and dashes, not over commas or brackets ("Billwerder,
        Moorfleet" are two places)."""
        first = folded[i]
        gazetteer = self.gazetteer
        if first in gazetteer.prefixes:
            longest = blocked.free_run(i, min(gazetteer.max_tokens, len(tokens) - i))
            best = None
            for n in range(2, longest + 1):  # extend while some longer name starts so
                gap_start, gap_end = tokens[i + n - 2].end, tokens[i + n - 1].start
                if gap_end - gap_start > 1 and _BREAKS_NAME.search(text, gap_start, gap_end):
                    break
                last = tokens[i + n - 1].text
                if last[:1].isupper():
                    found = self._lookup(folded[i : i + n], last)
                    if found:
                        best = (n, *found)
                if " ".join(folded[i : i + n]) not in gazetteer.prefixes:
                    break
            if best:
                return best
        found = self._lookup([first], tokens[i].text)
        return (1, *found) if found else None

    def _lookup(self, keys: list[str], last: str):
        by_key = self.gazetteer.by_key
        candidates = by_key.get(" ".join(keys) if len(keys) > 1 else keys[0])
        if candidates:
            return candidates, False
        if last[-1:] == "s":
            stripped = _strip_genitive(last)
            if stripped:
                candidates = by_key.get(" ".join([*keys[:-1], _fold(stripped)]))
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
                if "-" in token.text and not self._names_a_body(
                    text, tokens, folded, i, body_until
                ):  # "Eimsbüttel-Nord", "Altona-Othmarschen-Waltershof"
                    mentions.extend(self._hyphenated_parts(token, context, country))
                continue  # the common case, decided without a call
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
            if len(candidates) > 1:
                candidates = self._water_or_area(folded, i, candidates)
            if n == 1:
                candidates = self._common_word_filter(
                    tokens, folded, i, candidates, genitive, context
                )
                candidates = self._surname_filter(text, tokens, i, candidates)
                if not candidates:
                    continue
            # "Bezirk Harburg", "des Bezirks Harburg": the place is the name without the word.
            first_index = i + 1 if n > 1 and folded[i] in self.lexicon.unit_words else i
            start, end = tokens[first_index].start, tokens[i + n - 1].end
            entry, confidence = _resolve(candidates, context, country)
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

    def _hyphenated_parts(self, token, context, country) -> list[Mention]:
        """A named part of a quarter ("Eimsbüttel-Nord"), or a chain of Hamburg's districts and
        quarters joined by hyphens, as a bus route is named ("Altona-Othmarschen-Waltershof"):
        each is a mention."""
        part = self._directional_part(token, context, country)
        if part is not None:
            return [part]
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
        return mentions

    def _directional_part(self, token, context, country) -> Mention | None:
        head, _, tail = token.text.rpartition("-")
        if not head or tail not in self.lexicon.direction_words:
            return None
        candidates = self.gazetteer.by_key.get(_fold(head))
        if not candidates:
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
        if after.startswith((" e.V", " e. V")):  # "Arbeitsgemeinschaft Niendorf e.V."
            return True
        nxt = tokens[i + n] if i + n < len(tokens) else None
        if (
            n == 1
            and nxt is not None
            and tokens[i].text in lexicon.given_names
            and nxt.text[:1].isupper()
            and text[last.end : nxt.start] == " "
        ):  # "Martin Schulz": a first name before a capitalised word is a person
            return True
        # "Bebauungsplan Heimfeld 54": a plan's name is the place plus a number.
        return bool(re.match(r"\s\d{1,3}\b", after)) and previous.startswith("bebauungsplan")

    def _names_a_body(self, text, tokens, folded, i, body_until) -> bool:
        """A place name after a body's or a person's word ("Bezirksamt Harburg", "CDU Wandsbek",
        "Frau Bremer"), or listed after such a name: "Regionalausschuss Lokstedt, Niendorf,
        Schnelsen", "Ortsämter Lokstedt und Stellingen", "Regionalausschuss Wilhelmsburg/Veddel"."""
        lexicon = self.lexicon
        previous = folded[i - 1] if i > 0 else ""
        if previous in lexicon.person_titles or (
            previous and lexicon.is_organisation_word(previous)
        ):
            return True
        if _FOR_WORDS.intersection(folded[max(i - 5, 0) : i]) and self._body_for_subject(
            tokens, folded, i
        ):
            return True
        start, end = tokens[i].start, tokens[i].end
        if (text[end + 1 : end + 2].isdigit() and _PLAN_NUMBER_AFTER.match(text, end)) or (
            "/" in text[max(0, start - 2) : start]
            and _PLAN_NUMBER_BEFORE.search(text, max(0, start - 6), start)
        ):
            return True  # "Billwerder 30/Bergedorf 120": the numbers of a plan
        if body_until < 1:
            return False
        if i == body_until + 1 and folded[body_until] in _LIST_WORDS:
            return text[tokens[body_until - 1].end : tokens[i].start].count(" ") == 2
        return (
            i == body_until
            and _LIST_SEPARATOR.fullmatch(text, tokens[i - 1].end, tokens[i].start) is not None
        )

    def _body_for_subject(self, tokens, folded, i) -> bool:
        """ "Beirat für Stadtteilentwicklung Wilhelmsburg", "Ausschuss für Umwelt und Verkehr
        Harburg": a body's word, "für" and one to three words of its subject before the place."""
        is_body = self.lexicon.is_organisation_word
        for k in range(i - 1, max(i - 5, 1), -1):
            if folded[k] in _FOR_WORDS:  # with a subject between: not "Plan für Tonndorf"
                return k < i - 1 and is_body(folded[k - 1])
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
        areas = [e for e in candidates if e.type in ("region", "quarter")]
        if not areas:
            return candidates
        with_article = i > 0 and folded[i - 1] in self.lexicon.determiners
        return waters if with_article else [e for e in candidates if e.type != "water"]

    def _surname_filter(self, text, tokens, i, candidates):
        """After a first name ("Anna Gronau", "Ralf-Georg Gronau", "Paul von Hindenburg") a
        town's name is a surname, unless a curated source (the atlas, Hamburg's own lists) has
        the place."""
        if not self._after_first_name(text, tokens, i):
            return candidates
        return [entry for entry in candidates if entry.source.startswith(TRUSTED_SOURCES)]

    def _first_name_before(self, text: str, start: int) -> bool:
        """Whether a first name stands right before `start` ("Dennis Thering")."""
        match = _LAST_WORD.search(text, max(0, start - 30), start)
        if match is None:
            return False
        given_names = self.lexicon.given_names
        return all(part in given_names for part in match.group(1).split("-"))

    def _after_first_name(self, text, tokens, i) -> bool:
        """Whether token i follows a first name (hyphenated ones too), perhaps with a
        nobiliary particle between ("von", "van", "de")."""
        if i > 1 and tokens[i - 1].text in _NAME_PARTICLES:
            i -= 1
        if i == 0 or text[tokens[i - 1].end : tokens[i].start] != " ":
            return False
        given_names = self.lexicon.given_names
        return all(part in given_names for part in tokens[i - 1].text.split("-"))

    def _common_word_filter(self, tokens, folded, i, candidates, genitive, context):
        """A word that is also a common German noun ("Nähe", "Wetter", "Stelle") is a place
        only if a curated source says so, or it is a big city not used as a noun."""
        lexicon = self.lexicon
        word = tokens[i].text
        if genitive:
            word = _strip_genitive(word) or word
        if word not in lexicon.common_nouns:
            return candidates
        previous = folded[i - 1] if i > 0 else ""
        following = folded[i + 1] if i + 1 < len(folded) else ""
        used_as_noun = (
            previous in lexicon.determiners
            or _inflected_adjective(previous)
            or following in ("der", "des")  # "Neubau der Hohenfelder Brücke"
        )
        return [
            entry
            for entry in candidates
            if (
                entry.source.startswith(TRUSTED_SOURCES)
                # "des Neubaus": a noun, not Vienna's district, in a text on another city
                and not (used_as_noun and entry.context and entry.context != context)
            )
            or (entry.population >= BIG_CITY and not used_as_noun)
        ]

    # --- named sites, stations and parks ----------------------------------------------------

    def _known_names(
        self, text, tokens, folded, context, country, first, kinds, hits
    ) -> list[Mention]:
        """Named sites of the curated site list (data/geoparse/hamburg-sites.yaml), matched
        whole: "Museum für Hamburgische Geschichte", "Berufliche Schule Eidelstedt",
        "Wochenmarkt Tibarg". They come before the sites found by their form and before
        streets, so a longer known name is not cut into a shorter site or a street. The list
        holds no one-word name that is a common noun (see scripts/build_hamburg_sites.py).
        With `first` = the first words of the curated multi-word waters, parks, regions and
        localities (`_PLACE_KINDS`), the same for those names (a name of one word is left to
        `_names`)."""
        if not first or not hits:
            return []
        starts = [i for i in hits if folded[i] in first]
        if not starts:
            return []
        mentions = []
        free = _Blocked(tokens, [])
        free_from = 0
        for i in starts:
            if i < free_from or not tokens[i].text[:1].isupper():
                continue
            found = self._match(text, tokens, folded, free, i)
            if found is None:
                continue
            n, candidates, _ = found
            candidates = [e for e in candidates if e.type in kinds and e.source == "curated"]
            if not candidates or (n == 1 and "poi" not in kinds):
                continue
            if "poi" not in kinds and self._names_a_body(text, tokens, folded, i, -1):
                continue  # "Regionalausschuss Vier- und Marschlande"
            entry, _ = _resolve(candidates, context, country)
            start, end = tokens[i].start, tokens[i + n - 1].end
            mentions.append(
                Mention(
                    text[start:end], start, end, entry.type, entry.norm, entry.lat, entry.lon, 0.9
                )
            )
            free_from = i + n
        return mentions

    def _sites(self, text, tokens, folded, streets) -> list[Mention]:
        """Named sites and stations.

        A site or station word and a name: "Schule Röthmoorweg", "Diakonieklinikums Hamburg"
        (poi); "Fernbahnhof Harburg" (station). A site named in one word: "Julius-Leber-Schule",
        "Freiluftschule" (a compound ending in a site word that is no common noun).
        """
        lexicon = self.lexicon
        street_at = {m.start: m for m in streets if m.type == "street"}
        address_at = {m.start for m in streets if m.type == "address"}
        mentions = []
        last = len(tokens) - 1
        cues = self._cues_by_tail
        for i, token in enumerate(tokens):
            key = folded[i]
            group = cues.get(key[-4:])
            if group is None or not key.endswith(group) or not token.text[:1].isupper():
                continue
            word = token.text
            is_station = word in lexicon.station_words
            if not is_station and not folded[i].endswith(self._site_cues):
                continue
            if i > 0 and (
                folded[i - 1] in lexicon.person_titles or self._after_first_name(text, tokens, i)
            ):
                continue  # "Herr Niehaus", "Peter Kirchhof": a person
            generic = not is_station and self._generic_site(word)
            if is_station or generic or word in lexicon.site_words:
                start = self._hamburg_adjective_before(text, tokens, folded, i)
                if start is not None:  # "Harburger Bahnhof", "Altonaer Museum"
                    surface = text[start : token.end]
                    kind = "station" if is_station else self._site_kind(word)
                    mentions.append(
                        Mention(surface, start, token.end, kind, surface, None, None, 0.7)
                    )
                    continue
            end = None
            if i < last:
                nxt = tokens[i + 1]
                if nxt.start in address_at:
                    continue  # "im Haus Grindelhof 87": an address
                if nxt.text[:1].isupper() and text[token.end : nxt.start] == " ":
                    end = self._site_name_end(tokens, folded, i + 1, is_station, street_at)
                elif word in lexicon.site_words:  # "Schule am Bullenhuser Damm"
                    end = _site_at_street(tokens, folded, i + 1, street_at)
                    if end is None:  # "Haus der Jugend Wilhelmsburg"
                        end = self._site_of_subject(text, tokens, folded, i + 1)
            if end is None and not is_station and word not in lexicon.site_words:
                head, _, tail = word.rpartition("-")
                named = tail in lexicon.site_words and head not in lexicon.common_nouns
                one_site = named or (not head and word not in lexicon.common_nouns and not generic)
                if one_site and not _any_such(folded, i) and not word.isupper():
                    end = token.end
            if end is None:
                continue
            kind = "station" if is_station else self._site_kind(word)
            if kind == "park" and i < last and folded[i + 1].endswith("park"):
                continue  # "Grünanlage Unnapark": the park is named on its own
            surface = text[token.start : end]
            mentions.append(Mention(surface, token.start, end, kind, surface, None, None, 0.7))
        return mentions

    def _site_word(self, word: str) -> str:
        """The longest site word the word ends in ("Kinderkrankenhaus" -> "Krankenhaus")."""
        found = self._site_word_of.get(word)
        if found is None:
            lowered = word.lower()
            found = max(
                (w for w in self.lexicon.site_words if lowered.endswith(w.lower())),
                key=len,
                default="",
            )
            if len(self._site_word_of) < 100_000:
                self._site_word_of[word] = found
        return found

    def _site_kind(self, word: str) -> str:
        """A park where the site word heads a green space ("Grünanlage", "Modelli-Park")."""
        return "park" if self._site_word(word) in self.lexicon.park_heads else "poi"

    def _site_of_subject(self, text, tokens, folded, j) -> int | None:
        """Where "Haus der Jugend Wilhelmsburg" ends: a site word, "der" or "des", a noun, and
        perhaps the Hamburg district or quarter the site is in."""
        if folded[j] not in ("der", "des") or j + 1 >= len(tokens):
            return None
        noun = tokens[j + 1]
        if (
            not noun.text[:1].isupper()
            or folded[j + 1] in self.lexicon.stop_words
            or folded[j + 1].endswith(self._site_cues)  # "Sportplatz der Freiluftschule"
        ):
            return None
        if j + 2 < len(tokens) and text[noun.end : tokens[j + 2].start] == " ":
            entries = self.gazetteer.by_key.get(folded[j + 2], ())
            if any(_hamburg_area(e) for e in entries):
                return tokens[j + 2].end
        return noun.end

    def _generic_site(self, word: str) -> bool:
        """A compound of a common noun or an adjective and a site word names a kind of site,
        not one site: "Kinderkrankenhaus", "Sozialkaufhaus" (but "Freiluftschule",
        "Alsterschwimmhalle", "KörberHaus"). The longest site word it ends in decides."""
        site_word = self._site_word(word)
        if not site_word or len(site_word) == len(word):
            return False
        head = word[: -len(site_word)]
        if head[-1:] == "-" or word[len(head)].isupper():
            return False  # "Julius-Leber-Schule", "KörberHaus": a name
        if _fold(head) in self.gazetteer.by_key:
            return False  # "Alsterschwimmhalle": named by a place
        nouns = self.lexicon.common_nouns
        return head.lower().endswith(_ADJECTIVE_STEMS) or any(
            h in nouns for h in (head, head[:-1], head[:-2]) if len(h) > 2
        )

    def _hamburg_adjective_before(self, text, tokens, folded, i) -> int | None:
        """Where "Harburger" starts in "Harburger Bahnhof": an adjective made of a Hamburg
        district's or quarter's name right before a station or site word, unless an indefinite
        article makes it any such place ("eine Altonaer Schule")."""
        if i == 0:
            return None
        adjective = tokens[i - 1]
        if (
            not adjective.text.endswith("er")
            or not adjective.text[:1].isupper()
            or text[adjective.end : tokens[i].start] != " "
            or (i > 1 and folded[i - 2] in _INDEFINITE_ARTICLES)
        ):
            return None
        by_key = self.gazetteer.by_key
        for stem in _adjective_stems(adjective.text):
            if any(_hamburg_area(e) for e in by_key.get(_fold(stem), ())):
                return adjective.start
        return None

    def _site_name_end(self, tokens, folded, j, is_station, street_at) -> int | None:
        lexicon = self.lexicon
        street = street_at.get(tokens[j].start)
        if street is not None and not is_station:
            return street.end
        for n in range(min(3, len(tokens) - j), 0, -1):
            key = " ".join(folded[j : j + n])
            if key in self.gazetteer.station_keys or key in self.gazetteer.by_key:
                return tokens[j + n - 1].end
        stripped = _strip_genitive(tokens[j].text)  # "des Kulturpalastes Harburgs"
        if stripped and _fold(stripped) in self.gazetteer.by_key:
            return tokens[j].end
        if is_station:
            return None
        word = tokens[j].text
        if folded[j] in lexicon.stop_words or word in lexicon.common_nouns:
            return None
        return tokens[j].end

    def _parks(self, text, tokens, folded, taken) -> list[Mention]:
        """ "Niendorfer Gehege", "Eidelstedter Feldmark" and one-word parks ("Unnapark")."""
        lexicon = self.lexicon
        spans = []
        for i in range(1, len(tokens)):
            noun_word = tokens[i].text
            if noun_word not in self._place_nouns:
                continue
            adjective, noun = tokens[i - 1], tokens[i]
            if (
                adjective.text.endswith("er")
                and adjective.text[:1].isupper()
                and folded[i - 1] not in lexicon.stop_words
                and text[adjective.end : noun.start] == " "
            ):
                start = adjective.start
                shared = _ADJECTIVE_AND_SLASH.search(text, max(0, start - 30), start)
                if shared:  # "Rissener/Sülldorfer Feldmark": one area named by two places
                    start = shared.start()
                spans.append(
                    (start, noun.end, "water" if noun_word in lexicon.water_words else "park")
                )
        if "park" in text.lower():
            for i, token in enumerate(tokens):
                word = token.text
                if (
                    folded[i].endswith("park")
                    and len(word) > 6
                    and word[:1].isupper()
                    and not word.isupper()
                    and "-" not in word
                    and word not in lexicon.common_nouns
                ):
                    spans.append((token.start, token.end, "park"))
        mentions = []
        for start, end, kind in sorted(spans):
            if _overlaps(start, end, taken) or (mentions and mentions[-1].end > start):
                continue
            surface = text[start:end]
            mentions.append(Mention(surface, start, end, kind, surface, None, None, 0.7))
        return mentions

    def _short_district_names(self, text, context, taken) -> list[Mention]:
        """'in Mitte': a district's short name after a preposition without an article
        (data/geoparse/words/short-district-names.txt)."""
        mentions = []
        for short, full in self.lexicon.short_district_names:
            if short not in text:
                continue
            entries = [e for e in self.gazetteer.by_key.get(_fold(full), ()) if _hamburg_area(e)]
            if not entries:
                continue
            entry = entries[0]
            for start in _occurrences(text, short):
                end = start + len(short)
                before = _LAST_WORD.search(text, max(0, start - 8), start)
                if before is None or before.group(1) not in _SHORT_NAME_PREPOSITIONS:
                    continue
                if _SHORT_NAME_AFTER.match(text, end) and not _overlaps(start, end, taken):
                    mentions.append(
                        Mention(
                            short, start, end, entry.type, entry.norm, entry.lat, entry.lon, 0.7
                        )
                    )
        return mentions

    def _named_quarters(self, text, taken) -> list[Mention]:
        """Neighbourhoods named by their form: "Komponistenviertel", "Struenseequartier", and
        after a name adjective "im Alten Bahnhofsviertel"; not "Wohnquartier", nor after an
        indefinite article ("ein neues Stadtviertel")."""
        lexicon = self.lexicon
        mentions = []
        for start, end, ending in _words_ending(text, lexicon.quarter_endings):
            word = text[start:end]
            if not word[:1].isupper() or len(word) < len(ending) + 4:
                continue
            before = _LAST_WORD.search(text, max(0, start - 30), start)
            previous = before.group(1) if before else ""
            if previous in lexicon.name_adjectives and not _opens_sentence(text, before.start()):
                start = before.start()
            elif (
                word in lexicon.common_nouns
                or self._generic_quarter(word.lower(), ending)
                or _fold(previous) in _INDEFINITE_ARTICLES
            ):
                continue
            if _overlaps(start, end, taken):
                continue
            surface = text[start:end]
            mentions.append(Mention(surface, start, end, "quarter", surface, None, None, 0.7))
        return mentions

    def _generic_quarter(self, lowered: str, ending: str) -> bool:
        head = lowered[: -len(ending)]
        heads = self.lexicon.generic_quarter_heads
        return head in heads or head.rstrip("s") in heads or head.endswith(tuple(heads))

    # --- streets and addresses -------------------------------------------------------------

    def _streets(self, text: str, words, context: str, tokens, folded) -> list[Mention]:
        lexicon = self.lexicon
        spans = []
        endings = self._street_endings
        ends = [
            _street_end(text, start, word, endings)
            if "-" in word or word.lower().endswith(endings)
            else None
            for start, _, word in words
        ]
        prepositions = self._street_preposition.finditer(text) if self._street_preposition else ()
        candidates = [
            *self._spaced_streets(text),
            *_two_word_streets(text, words, ends, lexicon.name_adjectives, lexicon.common_nouns),
            *((m.start(1), m.end(1), m.group(1), False) for m in prepositions),
            *self._directory_streets(text, tokens, folded),
            *self._cued_streets(text, tokens),
            *_one_word_streets(text, words, ends),
            *((m.start(1), m.end(1), m.group(1), True) for m in _MAJOR_ROAD.finditer(text)),
        ]
        for start, end, name, checked in candidates:
            if any(s <= start < e or s < end <= e for s, e, _ in spans):
                continue
            before = _word_before(text, start)
            if before and lexicon.is_organisation_word(before):
                continue  # "Masterplan Mittlerer Landweg": a plan's or a body's name
            if checked:  # a motorway ("A7") or a name of the street list in its context
                spans.append((start, end, name))
                continue
            # "Der Harburger Ring": leading function words are not part of the name.
            first, _, rest = name.partition(" ")
            if (
                rest
                and _fold(first) in lexicon.stop_words
                and (first not in lexicon.name_adjectives or _opens_sentence(text, start))
            ):
                start, name = start + len(first) + 1, rest
            key = fold(name)
            if key in lexicon.stop_words or key in lexicon.generic_street_words:
                continue
            if len(name) < 5 or any(w in lexicon.calendar_words for w in key.split()):
                continue  # "Im Dezember 2023" is a date
            numbered = self._number_after(text, end)
            if " " not in name and not numbered and self._is_noun(name):
                continue  # "Verbindungsweg", "Grillplatz", "Bauspielplatz": nouns, not streets
            if not numbered and _word_before(text, start) in _INDEFINITE_ARTICLES:
                continue  # "die Gestaltung eines Mehrgenerationenplatzes": any such place
            if (
                not numbered
                and " " not in name
                and not name.lower().endswith(_NO_SURNAME_ENDINGS)
                and self._first_name_before(text, start)
            ):
                continue  # "Dennis Thering": a surname that ends like a street
            spans.append((start, end, name))
        spans.extend(self._listed_streets(text, spans))
        mentions = []
        norm = self._norm_street
        shares = "- " in text
        for start, end, name in sorted(spans):
            number = self._number_after(text, end)
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
                        f"{norm(name)} {number.group(1)}",
                        lat,
                        lon,
                        0.9 if entry else 0.8,
                    )
                )
            else:
                shared = _SHARED_HEAD.search(text, max(0, start - 80), start) if shares else None
                if shared and " " not in name:  # "Arnold-, Kepler- und Eulenstraße": one mention
                    start = shared.start()
                mentions.append(
                    Mention(
                        text[start:end],
                        start,
                        end,
                        "street",
                        norm(name),
                        lat,
                        lon,
                        0.9 if entry else 0.7,
                    )
                )
        return mentions

    def _number_after(self, text: str, end: int) -> re.Match | None:
        """The house number after a street name, unless it is a date's day ("bis Neuer
        Fährweg 7. April 2016")."""
        number = _HOUSE_NUMBER.match(text, end)
        if number is None:
            return None
        day = _DAY_OF.match(text, number.end(1))
        if day and _fold(day.group(1)) in self.lexicon.calendar_words:
            return None
        return number

    def _listed_streets(self, text, spans):
        """An unknown name listed right after a street ("Grandweg oder Sophienterrassen",
        "Schwanenwik/Sechslingspforte") is a street too, if it is no common noun, first name
        or other known place."""
        found = []
        taken = [(s, e) for s, e, _ in spans]
        for _, end, _ in spans:
            match = _LISTED_AFTER.match(text, end)
            if match is None:
                continue
            word = match.group(1)
            if not self._unknown_name(word) or _overlaps(match.start(1), match.end(1), taken):
                continue
            found.append((match.start(1), match.end(1), word))
        return found

    def _unknown_name(self, word: str) -> bool:
        """A capitalised word that is no common noun, first name, stop word or known place
        other than a street."""
        lexicon = self.lexicon
        key = _fold(word)
        return not (
            not word[:1].isupper()
            or len(word) < 4
            or word.isupper()
            or word in lexicon.common_nouns
            or word in lexicon.given_names
            or key in lexicon.stop_words
            or any(e.source != "streets" for e in self.gazetteer.by_key.get(key, ()))
        )

    def _cued_streets(self, text, tokens):
        """A street named after a traffic noun ("Kreuzung Sechslingspforte", "an der Straße
        Schafshagenberg"): one capitalised word that is no common noun, first name or known
        place other than a street."""
        starts = None
        for cue in self.lexicon.street_cue_nouns:
            for position in _occurrences(text, cue + " "):
                if starts is None:
                    starts = [token.start for token in tokens]
                i = bisect_left(starts, position) + 1  # the token after the cue
                if i < len(tokens) and tokens[i - 1].text == cue:
                    word = tokens[i].text
                    if tokens[i].start == position + len(cue) + 1 and self._unknown_name(word):
                        yield tokens[i].start, tokens[i].end, word, True

    def _directory_streets(self, text: str, tokens, folded):
        """Names of the street list (data/geoparse/streets) without a street word: "Steenwisch",
        "Grindelhof 87", "Große Bleichen". A name that is also a common word or a first name
        ("Redder", "Landwehr", "Neuer Wall"), or that opens a sentence, counts only with a house
        number after it or a preposition before it ("am Redder", "in der Landwehr"); a name
        opening with a prefix ("Am Weiher") only with a house number."""
        first_words = self._directory_first
        if not first_words:
            return
        street_keys = self.gazetteer.street_keys
        count = len(tokens)
        for i in range(count):
            if folded[i] not in first_words or not tokens[i].text[:1].isupper():
                continue
            longest = 1
            while (
                longest < self._directory_words
                and i + longest < count
                and tokens[i + longest].start == tokens[i + longest - 1].end + 1
                and text[tokens[i + longest - 1].end] == " "
            ):
                longest += 1
            genitive = i > 0 and folded[i - 1] == "des"  # "entlang des Eulenkamps"
            for n in range(longest, 0, -1):
                key = " ".join(folded[i : i + n])
                if genitive and key not in street_keys and key.endswith("s"):
                    key = key[:-1]
                if key in street_keys and tokens[i + n - 1].text[:1].isupper():
                    start, end = tokens[i].start, tokens[i + n - 1].end
                    if self._directory_street_in_context(text, tokens, folded, i, n, end):
                        yield start, end, text[start:end], True  # checked: taken as it is
                    break

    def _directory_street_in_context(self, text, tokens, folded, i, n, end) -> bool:
        lexicon = self.lexicon
        if self._number_after(text, end):
            return True
        names = [t.text for t in tokens[i : i + n]]
        if any(
            text.startswith(prefix + " ", tokens[i].start) for prefix in lexicon.street_prefixes
        ):
            return False  # "Am Weiher": a street only with a house number
        if self._after_first_name(text, tokens, i):
            return False  # "Dennis Thering": a surname
        previous = folded[i - 1] if i > 0 else ""
        if previous in _STREET_CONTEXT or (
            i > 1 and previous in lexicon.determiners and folded[i - 2] in _STREET_CONTEXT
        ):
            return True
        before = text[: tokens[i].start].rstrip()
        if not before or before[-1] in _SENTENCE_END or before[-1] in '"„(':
            return False  # a capital at the start of a sentence says nothing
        ambiguous = all(
            w in lexicon.common_nouns
            or w in lexicon.given_names
            or _fold(w) in lexicon.stop_words
            or (
                n > 1
                and w.lower().endswith(("e", "er", "es", "en"))
                and w.capitalize() not in lexicon.common_nouns
            )
            for w in names
        )
        return not ambiguous

    def _spaced_streets(self, text: str):
        """ "Robert - Koch - Straße": the last part is a bare street word of the list. Only the
        spaced dashes are visited, and from each only the few characters before it."""
        for dash in _SPACED_DASH.finditer(text):
            word = _WORD_AT.match(text, dash.end())
            if word is None or word.group().lower().rstrip(".") not in self._street_endings:
                continue
            start = dash.start()
            while True:  # back over "Name - " parts
                before = _NAME_BEFORE.search(text, max(0, start - 60), start)
                if before is None:
                    break
                start = before.start()
                dash_before = _DASH_BEFORE.search(text, max(0, start - 3), start)
                if dash_before is None:
                    break
                start = dash_before.start()
            if start < dash.start():
                yield start, word.end(), text[start : word.end()], False

    def _is_noun(self, word: str) -> bool:
        """A one-word street candidate that is a German common noun: "Grillplatz", an abstract
        compound ("Verbindungsweg"), or a compound of a compound street word whose last part
        is a noun ("Bau|spielplatz")."""
        if word in self.lexicon.common_nouns or _abstract_compound(word, self._street_endings):
            return True
        lowered = word.lower()
        ending = next((w for w in self._compound_street_words if lowered.endswith(w)), None)
        if ending is None:
            return False
        nouns = self.lexicon.common_nouns
        return any(word[i:].capitalize() in nouns for i in range(1, len(word) - len(ending)))

    def _norm_street(self, name: str) -> str:
        name = name.replace("strasse", "straße").replace("Strasse", "Straße")
        if self._genitive_street is not None:  # "Marschkamper Deiches" -> "Marschkamper Deich"
            name = self._genitive_street.sub(r"\1", name)
        return re.sub(r"Str\.$", "Straße", re.sub(r"str\.$", "straße", name))


def _street_end(text: str, start: int, word: str, endings: tuple[str, ...]) -> int | None:
    """End of the street name a word starts ("Hauptstr." with its dot), or None.

    A hyphenated word counts up to its first part that ends like a street
    ("Veritaskai-Baustelle" -> "Veritaskai", "Theodor-Yorck-Straße" whole).
    """
    if not endings:
        return None
    if "-" not in word:
        lowered = word.lower()
        if not lowered.endswith(endings):
            return None
        end = start + len(word)
        if lowered.endswith("str"):
            return end + 1 if text[end : end + 1] == "." else None
        return end
    length, found = 0, None
    for part in word.split("-"):  # the last part that ends so ("Töpferdamm-Twiete" whole)
        length += len(part)
        if part and part.lower().endswith(endings):
            end = start + length
            if part.lower().endswith("str"):
                end = end + 1 if text[end : end + 1] == "." else None
            found = end if end is not None else found
        length += 1
    return found


def _quoted_titles(text: str) -> list[tuple[int, int]]:
    """The inner spans of short quoted passages (at most `_TITLE_WORDS` words), without the
    punctuation at their ends: the names of projects, campaigns and plans
    („Entwicklungskonzept Frohmestraße“, ‚Hamburg räumt auf!‘)."""
    if not any(mark in text for mark in _QUOTE_MARKS):
        return []
    titles = []
    for match in _QUOTED.finditer(text):
        quoted = match.group()
        if quoted[-1] not in _CLOSING[quoted[0]]:
            continue
        group = 1
        inner = match.group(group)
        if len(inner.split()) > _TITLE_WORDS:
            continue
        stripped = inner.strip(_TITLE_TRIM)
        start = match.start(group) + (inner.index(stripped) if stripped else 0)
        titles.append((start, start + len(stripped)))
    return titles


def _inside_title(text: str, mention: Mention, titles: list[tuple[int, int]]) -> bool:
    """Whether the mention is a part of a quoted title, not the whole of it („Harburger
    Hafencity“ is the place itself) nor a place the title puts something in („Reinemachen am
    Eidelstedter Busbahnhof“, „High Line in New York“)."""
    for start, end in titles:
        if start <= mention.start and mention.end <= end:
            if (mention.start, mention.end) == (start, end):
                return False
            before = text[start : mention.start].split()
            return not (before and before[-1] in _TITLE_PREPOSITIONS)
    return False


def _adjective_stems(adjective: str) -> tuple[str, ...]:
    """The place names an adjective on "-er" can be made of: "Harburger" -> "Harburg",
    "Wellingsbüttler" -> "Wellingsbüttel", "Altonaer" -> "Altona"."""
    stem = adjective[:-2]
    if stem.endswith("l") and not stem.endswith("el"):
        return stem, stem[:-1] + "el"
    return (stem,)


def _by_tail(endings) -> dict[str, tuple[str, ...]]:
    """Endings grouped by their last four letters (all endings have at least four)."""
    groups: dict[str, list[str]] = {}
    for ending in endings:
        if len(ending) < 4:
            raise ValueError(f"site or station word shorter than four letters: {ending!r}")
        groups.setdefault(ending[-4:], []).append(ending)
    return {tail: tuple(group) for tail, group in groups.items()}


def _words_ending(text: str, endings: tuple[str, ...]):
    """(start, end, ending) of each word (letters, digits, hyphens) of the text that ends in
    one of the endings, written in lower case or capitalised ("Komponistenviertel",
    "Phoenix-Viertel"); found by searching for the endings, not by visiting every word."""
    for ending in endings:
        for written in (ending, ending.capitalize()):
            position = text.find(written)
            while position != -1:
                end = position + len(written)
                if end == len(text) or not (text[end].isalnum() or text[end] == "-"):
                    start = position
                    while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "-"):
                        start -= 1
                    yield start, end, ending
                position = text.find(written, end)


def _any_such(folded, i) -> bool:
    """Whether an indefinite article, perhaps with an adjective, makes the word at i any such
    thing: "einer inklusiven Multifunktionssporthalle"."""
    previous = folded[i - 1] if i > 0 else ""
    if previous in _INDEFINITE_ARTICLES:
        return True
    return i > 1 and _inflected_adjective(previous) and folded[i - 2] in _INDEFINITE_ARTICLES


def _site_at_street(tokens, folded, j, street_at) -> int | None:
    """Where "Schule am Bullenhuser Damm" ends: a site word, "am", "an der" or "im", and a
    street found."""
    if folded[j] in ("am", "im"):
        j += 1
    elif folded[j] == "an" and j + 1 < len(tokens) and folded[j + 1] in ("der", "den"):
        j += 2
    else:
        return None
    street = street_at.get(tokens[j].start) if j < len(tokens) else None
    return street.end if street is not None else None


def _occurrences(text: str, part: str):
    """Where `part` occurs in the text."""
    position = text.find(part)
    while position != -1:
        yield position
        position = text.find(part, position + len(part))


def _word_before(text: str, start: int) -> str:
    """The word before `start`, folded, if only a space parts them."""
    match = _LAST_WORD.search(text, max(0, start - 16), start)
    return _fold(match.group(1)) if match else ""


def _opens_sentence(text: str, start: int) -> bool:
    """Whether the word at `start` opens the text, a sentence, a line or a quotation."""
    before = text[:start].rstrip(" ")
    return not before or before[-1] in _SENTENCE_END or before[-1] in '\n"„(–-'


def _token_after(tokens: list[Token], offset: int, index: int) -> int:
    """The index of the first token at or after a character offset, searching from index."""
    while index < len(tokens) and tokens[index].start < offset:
        index += 1
    return index


def _abstract_compound(word: str, endings: tuple[str, ...]) -> bool:
    """A street-like compound whose first part is an abstract noun ("Verbindungs-weg")."""
    lowered = word.lower()
    for suffix in endings:
        if lowered.endswith(suffix):
            return lowered[: -len(suffix)].endswith(_ABSTRACT_STEMS)
    return False


def _hamburg_area(entry) -> bool:
    """A district or quarter of Hamburg (the places whose parts and adjectives are named)."""
    return entry.type in ("district", "quarter") and entry.context == "hamburg"


def _one_word_streets(text: str, words, ends):
    for (start, _, _), end in zip(words, ends, strict=True):
        if end is not None:
            yield start, end, text[start:end], False


def _two_word_streets(text: str, words, ends, name_adjectives, nouns):
    """One or more adjectives from place names and a street word or name:
    "Harburger Ring", "Sinstorfer Kirchweg", "Hannoverschen Straße", "Buxtehuder Str.",
    "Große Bahnstraße"; not a noun on -en ("Gleisbogen Rübenkamp"), nor across a line."""
    for m, end in enumerate(ends):
        if end is None:
            continue
        k = m
        while (
            k > 0
            and (
                (
                    words[k - 1][2].endswith(_ADJECTIVE_ENDINGS)
                    and not (words[k - 1][2].endswith("en") and words[k - 1][2] in nouns)
                )
                or (
                    words[k - 1][2] in name_adjectives
                    and not _opens_sentence(text, words[k - 1][0])
                )
            )
            and words[k][0] == words[k - 1][1] + 1
            and text[words[k - 1][1]] == " "
        ):
            k -= 1
        if k < m:
            yield words[k][0], end, text[words[k][0] : end], False


@lru_cache(maxsize=200_000)
def _fold(word: str) -> str:
    return fold(word)


def _inflected_adjective(folded: str) -> bool:
    """'schlechtem', 'neuen': a lower-case inflected adjective before a noun."""
    return len(folded) > 4 and folded.endswith(("em", "en", "er", "es")) and folded.islower()


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


def _overlaps(start: int, end: int, spans) -> bool:
    return any(s < end and start < e for s, e in spans)


class _Blocked:
    """Whether a token lies in a span already found (streets, sites, parks)."""

    def __init__(self, tokens: list[Token], spans: list[tuple[int, int]]):
        self.indices: set[int] = set()
        if spans:
            starts = [token.start for token in tokens]
            for start, end in spans:
                index = max(bisect_left(starts, start) - 1, 0)
                while index < len(tokens) and tokens[index].start < end:
                    if tokens[index].end > start:
                        self.indices.add(index)
                    index += 1

    def __getitem__(self, index: int) -> bool:
        return index in self.indices

    def free_run(self, start: int, longest: int) -> int:
        """How many tokens from `start` on (at most `longest`) are not blocked."""
        if self.indices:
            for n in range(longest):
                if start + n in self.indices:
                    return n
        return longest


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
