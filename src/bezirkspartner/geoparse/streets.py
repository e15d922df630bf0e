"""Streets and addresses: names by their street word, the street list, and their context.
Pure Python, no Django; mixed into `Geoparser` (recognise.py)."""

from __future__ import annotations

import re
from bisect import bisect_left

from bezirkspartner.geoparse.common import (
    _CAPITALISED_AFTER,
    _DEFINITE_ARTICLES,
    _INDEFINITE_ARTICLES,
    _SENTENCE_END,
    _TOKEN_START,
    Mention,
    _body_word,
    _fold,
    _inflected_adjective,
    _kept,
    _last_word_start,
    _names_an_area,
    _occurrences,
    _opens_sentence,
    _overlaps,
    _word_before,
)
from bezirkspartner.geoparse.street_forms import (
    _abstract_compound,
    _best_street,
    _one_word_streets,
    _roads,
    _street_end,
    _two_word_streets,
)

# "kein Parkplatz", "keinen Bolzplatz": like an indefinite article, any such place.
_NO_ARTICLES = frozenset({"kein", "keine", "keinen", "keinem", "keiner", "keines"})
_ANY_SUCH = _INDEFINITE_ARTICLES | _NO_ARTICLES

# "12", "12a", "12 a", "12-14", "79/81", "9a-d", "Nr. 3", "Nummer 15", "2 bis 8"; on the same
# line as the name ("bis Triftstraße\n14.-21. Dezember": a date on the next line).
_HOUSE_NUMBER = re.compile(
    r"[ \u00a0]?((?:Nr\.\s?|Nummer\s)?\d{1,4}(?:[a-zA-Z]|\s[a-zA-Z](?![\wäöüß]))?"
    r"(?:\s?[-–/]\s?\d{1,4}[a-zA-Z]?|(?<=[a-z])[-–][a-z]|\s(?:und|bis)\s\d{1,4}[a-zA-Z]?)?)"
    r"(?![\wäöüß])"
)
# "über die A7", "an der B73", "der A 26 West", "der Autobahn A7", "und B 5", "Vierlandenstraße/B
# 5": motorways and federal roads after an article, the road's kind, "und", "zwischen" or a
# slash, with the section a compass word names.
_MAJOR_ROAD = re.compile(
    r"(?:\b(?:[dD]er|[dD]ie|[dD]en|[dD]em|zur|zum|und|zwischen|Autobahnen|Autobahn|Bundesstraße|BAB)"
    r"\s|/|\()"
    r"([AB]\s?\d{1,3}(?:/\d{1,3})?(?:\s(?:Nord|Ost|Süd|West)(?![\wäöüß-]))?)"
    r"(?![\wäöüß.,]\d)(?![\wäöüß-])"
)  # not "der A7-Röhre": a compound
# "in Fahrtrichtung Autobahn 25", "der Bundesautobahn 7": the motorway by its kind and number,
# after any word; "die Bundesstraße 434", "(Bundesstraße 5)": a federal road by a number no
# house of Hamburg's Bundesstraße has, or in brackets after a street's name.
_AUTOBAHN = re.compile(
    r"(?<![\wäöüß-])((?:Bundes)?[Aa]utobahn \d{1,3}|Bundesstraße \d{3}"
    r"|(?<=\()Bundesstraße \d{1,2}(?=\)))(?![\wäöüß\d-])(?![.,]\d)"
)
# Hamburg's ring roads ("Kreuzung Alter Teichweg und Ring 2").
_RING_ROAD = re.compile(r"(?<![\wäöüß-])(Ring [123])(?![\wäöüß-]|[.,]?\d)")
_MARKET_WORDS = frozenset({"Markt", "Marktes", "Markts", "Marktplatz", "Marktplatzes"})
# The quoted name after "Straße": up to four words, the first capitalised, no sentence in it.
_QUOTED_AFTER_STREET = re.compile(
    r"(?<![\wäöüß-])Stra(?:ß|ss)e [„\"‚]([A-ZÄÖÜ][\wäöüß-]*(?: [\wäöüß-]+){0,3})[“\"‘]"
)
_STREET_LIST_JOIN = re.compile(r"\s?[,/]\s?|\s(?:und|sowie|oder)\s")
_ROAD_NUMBER = re.compile(r"[AB]\s?\d")  # searched first: most texts name no such road
# "Robert - Koch - Straße": a person's name joined to a street word by spaced dashes (as some
# council systems print "Robert-Koch-Straße"); the last part is checked against the street words.
_SPACED_DASH = re.compile(r"\s[-–]\s")
_WORD_AT = re.compile(r"[A-ZÄÖÜ][\wäöüß]*\.?")
_NAME_BEFORE = re.compile(r"(?<![\wäöüß.])[A-ZÄÖÜ][\wäöüß.]*\Z")
_DASH_BEFORE = re.compile(r"\s[-–]\s\Z")
# Words before a street name of the street list that is also a common word ("am Redder",
# "in der Landwehr", "Ecke Strenge"): with such a word, or a house number, it is the street.
_STREET_CONTEXT = frozenset(
    {"am", "im", "an", "in", "auf", "vom", "zum", "zur", "ecke", "beim", "hinter", "entlang"}
    | {"um", "über", "durch", "von", "bis", "zwischen"}  # "um den Reinbeker Redder"
)
# "Bernadottestraße – Holländische Reihe": the next name of a list of streets.
_STRETCH_BEFORE = re.compile(
    r"(?:(?:zwischen|[Vv]o[nm])\s(?:der\s|dem\s)?([\wäöüß-]+)\s(?:und|bis)"
    r"|([\wäöüß-]+)\sbis)\s(?:zum\s|zur\s)?\Z"
)
_AFTER_LISTED_STREET = re.compile(
    r"([\wäöüß]+)(?:\s?[,/]\s?|\s[–-]\s|\s(?:und|oder|sowie|bis)\s)\Z"
)
# Street endings no surname has: after a first name "Osterstraße" is still the street.
_NO_SURNAME_ENDINGS = ("straße", "strasse", "str.", "weg", "allee", "platz", "chaussee")
_RATIO_REST = re.compile(r":\d")
_YEAR = re.compile(r"(?:19|20)\d\d")
_NUMERIC_DATE_REST = re.compile(r"\.\d{1,2}\.(?:\d{2,4})?")  # ".09.2009" after a day
_DAY_OF = re.compile(r"\.\s?([A-ZÄÖÜ][a-zäöü]+)")  # "7. April": a day and its month
# "Arnold-, Kepler-, Klaus- und ", "Kieler- und der ": first parts sharing the street word of
# the last one.
_SHARED_HEAD = re.compile(
    r"(?:[A-ZÄÖÜ][\wäöüß]*[-–],? )+(?:und|oder|sowie) (?:der |die |dem |den )?\Z"
)
_SHARED_PART = re.compile(r"([A-ZÄÖÜ][\wäöüß]*)[-–]")
# "Grandweg oder Sophienterrassen", "Schwanenwik/ Sechslingspforte": the next name of a list,
# followed by no further capitalised word (which would make it the start of a longer name).
_LISTED_AFTER = re.compile(
    r"(?:\s?[,/]\s?|\s(?:und|oder|sowie)\s)([A-ZÄÖÜ][\wäöüß-]+)(?![\wäöüß-])(?!\s[A-ZÄÖÜ])"
)


def _shared_head_before(text: str, start: int) -> re.Match | None:
    """ "Arnold-, Kepler- und " before `start`: looked for only where a joining word ends the
    few characters before it."""
    near = text[max(0, start - 11) : start]
    if "und " not in near and "oder " not in near and "sowie " not in near:
        return None
    return _SHARED_HEAD.search(text, max(0, start - 80), start)


def _may_follow_a_listed_street(text: str, start: int) -> bool:
    """A cheap test of what `_AFTER_LISTED_STREET` needs before `start`: a comma or slash, or a
    space after one, a dash or a joining word."""
    last = text[start - 1]
    if last in ",/":
        return True
    return last.isspace() and (
        text[start - 2] in ",/–-" or text.endswith(("und", "oder", "sowie", "bis"), 0, start - 1)
    )


def _last_mark_before(text: str, start: int) -> str:
    """The last character before `start` that is not white space ("" at the text's start)."""
    k = start - 1
    while k >= 0 and text[k].isspace():
        k -= 1
    return text[k] if k >= 0 else ""


def _shared_adjective(shared: str, name: str) -> bool:
    """Whether place adjectives share a street's noun: "Kieler- und der Rellinger Straße"."""
    words = name.split(" ")
    parts = _SHARED_PART.findall(shared)
    return len(words) == 2 and words[0].endswith("er") and all(p.endswith("er") for p in parts)


class StreetFinder:
    """The street and address passes of `Geoparser`."""

    def _is_street_like(self, word: str) -> bool:
        """Hyphenated or ending like a street; kept per word, as words recur."""
        like = self._street_like.get(word)
        if like is None:
            like = "-" in word or word.lower().endswith(self._street_endings)
            _kept(self._street_like, word, like)
        return like

    def _first_name_before(self, text: str, start: int) -> bool:
        """Whether a first name stands right before `start` ("Dennis Thering")."""
        return self._first_name_start(text, start) is not None

    def _first_name_start(self, text: str, start: int) -> int | None:
        """Where a first name right before `start` begins, or None."""
        word_start = _last_word_start(text, start, 30)
        if word_start is None or not self.lexicon.is_given_name(text[word_start : start - 1]):
            return None
        return word_start

    def _streets(self, text: str, words, context: str, tokens, folded, heads) -> list[Mention]:
        lexicon = self.lexicon
        spans = []
        endings = self._street_endings
        like = self._street_like  # read here first: most words are known and not street-like
        ends = [
            _street_end(text, start, word, endings)
            if like.get(word) or (word not in like and self._is_street_like(word))
            else None
            for start, _, word in words
        ]
        ended = [(m, end) for m, end in enumerate(ends) if end is not None]
        prepositions = self._street_preposition.finditer(text) if self._street_preposition else ()
        candidates = [
            *_roads(_AUTOBAHN, text, "utobahn " in text or "Bundesstraße " in text),
            *self._spaced_streets(text),
            *_two_word_streets(text, words, ended, lexicon, self.gazetteer.by_key),
            *self._prefixed_streets(text, prepositions),
            *self._directory_streets(text, tokens, folded, heads),
            *self._market_squares(text, tokens, folded, heads),
            *self._cued_streets(text, tokens),
            *_one_word_streets(text, words, ended, endings),
            *_roads(_MAJOR_ROAD, text, _ROAD_NUMBER.search(text)),
            *_roads(_RING_ROAD, text, "Ring " in text),
        ]
        body_end = -1  # where the last street in a body's name ended
        shares = "- " in text or "– " in text
        in_bodies = []  # (start, end, None) of streets in a body's name: no part is a street
        for start, end, name, checked in candidates:
            if any(s <= start < e or s < end <= e for s, e, _ in spans) or (
                in_bodies and any(s <= start < e or s < end <= e for s, e, _ in in_bodies)
            ):
                continue
            before = _word_before(text, start)
            after = _CAPITALISED_AFTER.match(text, end) if text[end : end + 1] == " " else None
            if (
                (before and lexicon.is_organisation_word(before))
                or (  # "Billebogen Entwicklungsgesellschaft": a body named by the street
                    after is not None and _body_word(after.group(1), lexicon)
                )
                or (body_end >= 0 and _STREET_LIST_JOIN.fullmatch(text, body_end, start))
                or ("-" in name and lexicon.is_organisation_word(_fold(name.partition("-")[0])))
            ):  # "Masterplan Mittlerer Landweg", "BI Vogteistraße/Jägerstraße",
                body_end = end  # "BID-Lüneburger Straße": a body's name
                in_bodies.append((start, end, None))
                continue
            if checked:  # a motorway ("A7") or a name of the street list in its context
                spans.append((start, end, name))
                continue
            # "Der Harburger Ring", "Ihren Arbeitsplatz": leading function words and
            # determiners are not part of the name.
            first, _, rest = name.partition(" ")
            if rest and (
                _fold(first) in lexicon.determiners
                or (
                    _fold(first) in lexicon.stop_words
                    and (first not in lexicon.name_adjectives or _opens_sentence(text, start))
                )
            ):
                start, name = start + len(first) + 1, rest
            key = _fold(name)
            shared = _shared_head_before(text, start) if shares else None
            parts = _SHARED_PART.findall(shared.group()) if shared and " " not in name else ()
            if any(part in lexicon.common_nouns for part in parts):
                continue  # "Fuß- und Radwegebrücke": nouns sharing a head, a kind of way
            named = parts and all(len(part) > 3 for part in parts)  # "Heuß- und Schulweg"
            if key in lexicon.stop_words:
                continue
            if not named and key in lexicon.generic_street_words:
                if " " in name or not self._end_of_a_stretch(text, start):
                    continue  # "Schulweg" is a noun, but not in "zwischen Heußweg und Schulweg"
                named = True
            if any(lexicon.is_organisation_word(part) for part in key.split()):
                continue  # "Im Wahlkreis 1", "Im Bebauungsplan Rahlstedt 105": no address
            if len(name) < 5 or any(_fold(w) in lexicon.calendar_words for w in name.split()):
                continue  # "Im Dezember 2023" is a date
            numbered = self._number_after(text, end)
            if not named and " " not in name and not numbered and self._is_noun(name):
                continue  # "Verbindungsweg", "Grillplatz", "Bauspielplatz": nouns, not streets
            if not numbered and lexicon.is_given_name(name.rpartition(" ")[2]):
                continue  # "Quartiersmanager Wolfgang": a first name that ends like a street
            if " " not in name and not numbered and _names_an_area(self.gazetteer.by_key, key):
                continue  # "im Vogelkamp": the quarter named like a street
            if not numbered and _any_such_before(text, start):
                continue  # "eines Mehrgenerationenplatzes", "ein neuer Bouleplatz": any such place
            if (
                not numbered
                and " " not in name
                and not name.lower().endswith(_NO_SURNAME_ENDINGS)
                and self._first_name_before(text, start)
            ):
                continue  # "Dennis Thering": a surname that ends like a street
            before = _word_before(text, start)
            person = before in lexicon.speech_verbs or before in lexicon.person_titles
            if (
                text.startswith((': "', ": „"), end)
                and " " not in name
                and not numbered
                and not name.lower().endswith(_NO_SURNAME_ENDINGS)
            ):
                continue  # 'Göhring: "Natürlich …"': the speaker of a quotation
            if person and not numbered and " " not in name:
                continue  # "meint Thering", "Herr Grönwall": a person
            if " " in name and (named_from := self._first_name_start(text, start)) is not None:
                start, name = named_from, text[named_from:end]  # "Hein Kröger Straße"
            spans.append((start, end, name))
        spans.extend(self._listed_streets(text, spans))
        mentions = []
        norm = self._norm_street
        for start, end, name in sorted(spans):
            number = self._number_after(text, end)
            if not number and name[:2] in ("S-", "U-") and self._line_station(name[2:]):
                mentions.append(Mention(name, start, end, "station", name, None, None, 0.8))
                continue  # "das Hallenbad an der S-Elbgaustrasse": the station of that name
            known = [e for e in self.gazetteer.lookup(_fold(name)) if e.type == "street"]
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
                shared = _shared_head_before(text, start) if shares else None
                if shared and (" " not in name or _shared_adjective(shared.group(), name)):
                    start = shared.start()  # "Arnold-, Kepler- und Eulenstraße", "Kieler- und
                    # der Rellinger Straße": one mention
                if text.startswith("Brücke ", start - 7) and text[start - 8 : start - 7] in " \n":
                    start -= 7  # "die Brücke Hannoversche Straße": the bridge named by its street
                section = _CAPITALISED_AFTER.match(text, end)
                if section and section.group(1) in self.lexicon.direction_words:
                    end = section.end(1)  # "Überseering Ost": a street's section by its compass
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
        if _NUMERIC_DATE_REST.match(text, number.end(1)):
            return None  # "Kunstpreis Hansaplatz 12.09.2009": a date
        if _YEAR.fullmatch(number.group(1)):
            return None  # "Bei der Bürgerschaftswahl 2020": a year
        if _RATIO_REST.match(text, number.end(1)):
            return None  # "Im Maßstab 1:400": a ratio
        return number

    def _listed_streets(self, text, spans):
        """An unknown name listed right after a street ("Grandweg oder Sophienterrassen",
        "Schwanenwik/Sechslingspforte") is a street too, if it is no common noun, first name
        or other known place."""
        found = []
        taken = [(s, e) for s, e, _ in spans]
        ends = [end for _, end, _ in spans]
        while ends:  # "Feuerberg, Kleefeld und Suerfeld": each name after the one before
            match = _LISTED_AFTER.match(text, ends.pop())
            if match is None:
                continue
            word = match.group(1)
            if not self._unknown_name(word) or _overlaps(match.start(1), match.end(1), taken):
                continue
            found.append((match.start(1), match.end(1), word))
            taken.append((match.start(1), match.end(1)))
            ends.append(match.end(1))
        return found

    def _unknown_name(self, word: str, cued: bool = False) -> bool:
        """A capitalised word that is no common noun, first name, stop word or known place
        other than a street. After a street's word ("die Straße Feuerberg", `cued`) a
        GeoNames village of the same name elsewhere does not count as known."""
        lexicon = self.lexicon
        key = _fold(word)
        return not (
            not word[:1].isupper()
            or len(word) < 4
            or word.isupper()
            or word in lexicon.common_nouns
            or word in lexicon.given_names
            or key in lexicon.stop_words
            or key.rstrip("s").endswith(lexicon.brook_endings)  # "Kaufhauskanal": a water
            or any(
                e.source != "streets" and not (cued and e.source.startswith("geonames"))
                for e in self.gazetteer.by_key.get(key, ())
            )
        )

    def _cued_streets(self, text, tokens):
        """A street named after a traffic noun ("Kreuzung Sechslingspforte", "an der Straße
        Schafshagenberg"): one capitalised word that is no common noun, first name or known
        place other than a street."""
        for cue in self.lexicon.street_cue_nouns:
            for position in _occurrences(text, cue + " "):
                i = bisect_left(tokens, position, key=_TOKEN_START) + 1  # the token after the cue
                if i < len(tokens) and tokens[i - 1].text == cue:
                    word = tokens[i].text
                    if tokens[i].start != position + len(cue) + 1:
                        continue
                    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
                    if (  # "an der Straße Altwiedenthaler Höhe": a place's adjective and a noun
                        word.endswith("er")
                        and word[:1].isupper()
                        and nxt is not None
                        and nxt.text[:1].isupper()
                        and text[tokens[i].end : nxt.start] == " "
                    ):
                        yield tokens[i].start, nxt.end, text[tokens[i].start : nxt.end], True
                    elif not self._is_street_like(word) and self._unknown_name(word, cued=True):
                        # a name ending like a street ("Ecke Hellbrookstr.") is found by its form
                        yield tokens[i].start, tokens[i].end, word, True
        if "Straße " in text or "Strasse " in text:  # 'entlang der Straße "In der Schlucht"'
            for quoted in _QUOTED_AFTER_STREET.finditer(text):
                yield quoted.start(1), quoted.end(1), quoted.group(1), True

    def _market_squares(self, text, tokens, folded, heads):
        """ "Steilshooper Markt", "Eimsbütteler Marktplatz": a square named by the adjective of
        a Hamburg district or quarter, or one of the street list ("Sander Markt"), and "Markt" is
        a street (not "Wochenmarkt", an event)."""
        if " Markt" not in text:
            return
        street_keys = self.gazetteer.street_keys
        for i in heads:
            if tokens[i].text in _MARKET_WORDS:
                start = self._hamburg_adjective_before(text, tokens, folded, i)
                square = "marktplatz" if folded[i].startswith("marktplatz") else "markt"
                if start is None and i > 0 and f"{folded[i - 1]} {square}" in street_keys:
                    start = tokens[i - 1].start  # "des Sander Marktes" too
                if start is not None:
                    yield start, tokens[i].end, text[start : tokens[i].end], True

    def _directory_streets(self, text: str, tokens, folded, heads):
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
        listed = [  # a name of the list starts capitalised, in the genitive too
            i
            for i in heads
            if (key := folded[i]) in first_words or (key[-1:] == "s" and key[:-1] in first_words)
        ]
        for i in listed:
            first = folded[i]
            genitive = i > 0 and folded[i - 1] == "des"  # "entlang des Eulenkamps"
            if first not in first_words and not genitive:
                continue
            if not tokens[i].text[:1].isupper():
                continue
            longest = 1
            while (
                longest < self._directory_words
                and i + longest < count
                and tokens[i + longest].start == tokens[i + longest - 1].end + 1
                and text[tokens[i + longest - 1].end] == " "
            ):
                longest += 1
            for n in range(longest, 0, -1):
                key = " ".join(folded[i : i + n])
                if genitive and key not in street_keys and key.endswith("s"):
                    key = key[:-1]
                if key in street_keys and tokens[i + n - 1].text[:1].isupper():
                    start, end = tokens[i].start, tokens[i + n - 1].end
                    if self._directory_street_in_context(text, tokens, folded, i, n, end):
                        yield start, end, text[start:end], True  # checked: taken as it is
                    break

    def _end_of_a_stretch(self, text: str, start: int) -> bool:
        """Whether `start` ends a stretch of road that begins at a street ("zwischen Heußweg und
        Schulweg", "Emilienstraße bis Schulweg", "vom Heußweg bis zum Schulweg")."""
        stretch = _STRETCH_BEFORE.search(text, max(0, start - 60), start)
        if stretch is None:
            return False
        first = stretch.group(1) or stretch.group(2)  # a named street, not "von Straße und Gehweg"
        lowered = first.lower()
        return (
            lowered.endswith(self._street_endings)
            and lowered not in self._street_endings
            and first not in self.lexicon.common_nouns
        )

    def _after_a_listed_street(self, text: str, start: int) -> bool:
        """Whether a street ending so, or of the street list, is listed right before `start`
        ("Bernadottestraße – Holländische Reihe", "zwischen Heußweg und Schulweg")."""
        if start < 2 or not _may_follow_a_listed_street(text, start):
            return False
        listed = _AFTER_LISTED_STREET.search(text, max(0, start - 40), start)
        return listed is not None and (
            listed.group(1).lower().endswith(self._street_endings)
            or _fold(listed.group(1)) in self.gazetteer.street_keys
        )

    def _directory_street_in_context(self, text, tokens, folded, i, n, end) -> bool:
        lexicon = self.lexicon
        if self._number_after(text, end):
            return True
        names = [t.text for t in tokens[i : i + n]]
        if self._after_a_listed_street(text, tokens[i].start):
            return True  # "Bernadottestraße – Holländische Reihe", "Mellingburgredder/Alte Mühle"
        if text.startswith(self._prefixes_spaced, tokens[i].start):
            return False  # "Am Weiher": a street only with a house number
        if self._after_first_name(text, tokens, i):
            return False  # "Dennis Thering": a surname
        previous = folded[i - 1] if i > 0 else ""
        if previous in _STREET_CONTEXT or (
            i > 1 and previous in lexicon.determiners and folded[i - 2] in _STREET_CONTEXT
        ):
            return True
        if (
            (previous in _DEFINITE_ARTICLES or self._place_genitive_before(tokens, i))
            and len(names[0]) > 4  # not "der Sand"
            and " ".join(folded[i : i + n]) in self.gazetteer.well_known_street_keys
        ):
            return True  # "die Reeperbahn", "Hamburgs Reeperbahn": a well-known street with its
            # article or its place (not "die Landwehr", a noun too, which only the full street
            # list holds)
        ambiguous = all(
            w in lexicon.common_nouns or w in lexicon.given_names or _fold(w) in lexicon.stop_words
            for w in names
        )
        last = _last_mark_before(text, tokens[i].start)
        if not last or last in _SENTENCE_END or last in '"„(':
            # a capital at the start of a sentence says nothing, unless the name is one of the
            # well-known streets and no everyday word ("(Grindelberg)", "Lange Reihe: …")
            return (
                not ambiguous
                and " ".join(folded[i : i + n]) in self.gazetteer.well_known_street_keys
            )
        return not ambiguous

    def _place_genitive_before(self, tokens, i) -> bool:
        """Whether a place of Hamburg in the genitive stands right before token i ("Hamburgs",
        "Altonas")."""
        if i == 0 or tokens[i - 1].end + 1 != tokens[i].start:
            return False
        word = tokens[i - 1].text
        return (
            word[-1:] == "s"
            and word[:1].isupper()
            and any(
                e.context == "hamburg" or e.norm == "Hamburg"
                for e in self.gazetteer.by_key.get(_fold(word[:-1]), ())
                if e.type in ("city", "district", "quarter")
            )
        )

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
        compound ("Verbindungsweg"), a compound of a compound street word whose last part is a
        noun ("Bau|spielplatz"), or a noun hyphened to a kind of way ("Wohnwagen-Stellplatz")."""
        lexicon = self.lexicon
        nouns = lexicon.common_nouns
        if word in nouns or _abstract_compound(word, self._street_endings):
            return True
        head, _, tail = word.rpartition("-")
        if (
            head in nouns
            and not lexicon.is_given_name(head)  # "Gloria-Tunnel": a name
            and _fold(tail) in lexicon.generic_street_words
        ):
            return True  # "Wohnwagen-Stellplatz", "Deich-Wanderweges": a noun and a kind of way
        if (len(head) == 1 and head not in ("S", "U")) or (
            head and tail in nouns and tail.lower() not in self._street_endings
        ):  # "P+R-Platz", "Wandse-Wanderweg": a letter or a compound noun before the street
            return True  # word, not a name ("S-Elbgaustrasse" is the station)
        lowered = word.lower()
        ending = next((w for w in self._compound_street_words if lowered.endswith(w)), None)
        if ending is None:
            return False
        return any(  # not after a direction ("Nord|landweg": a name)
            word[i:].capitalize() in nouns and word[:i] not in lexicon.direction_words
            for i in range(1, len(word) - len(ending))
        )

    def _prefixed_streets(self, text, matches):
        """ "Am Irrgarten 3": a prefix, a name and a house number (no year: "Bei der
        Bürgerschaftswahl 2020"). Where the name ends in a street word and the list has no name
        with the prefix, the prefix is a preposition: "Im Schottweg 5" is "Schottweg 5"."""
        for match in matches:
            start, end, name = match.start(1), match.end(1), match.group(1)
            if not self._number_after(text, end):
                continue
            prefix, _, rest = name.partition(" ")
            if prefix.lower() in ("am", "im", "beim") and " " not in rest:
                known = _fold(name) in self.gazetteer.street_keys
                if not known and rest.lower().endswith(self._street_endings):
                    start, name = start + len(prefix) + 1, rest
            yield start, end, name, False

    def _line_station(self, name: str) -> bool:
        """Whether a name after "S-" or "U-" is a station's ("Elbgaustrasse")."""
        return _fold(self._norm_street(name)) in self.gazetteer.station_keys

    def _norm_street(self, name: str) -> str:
        """The street's name as the list writes it; kept per name, as names recur."""
        normed = self._normed_streets.get(name)
        if normed is None:
            normed = _kept(self._normed_streets, name, self._norm_street_name(name))
        return normed

    def _norm_street_name(self, name: str) -> str:
        name = " ".join(name.split()).replace("strasse", "straße").replace("Strasse", "Straße")
        if self._genitive_street is not None:  # "Marschkamper Deiches" -> "Marschkamper Deich"
            name = self._genitive_street.sub(r"\1", name)
        return re.sub(r"Str\.$", "Straße", re.sub(r"str\.$", "straße", name))


def _any_such_before(text: str, start: int) -> bool:
    """Whether an indefinite article or "kein", perhaps with a lower-case adjective, makes the
    name at `start` any such place: "eines Mehrgenerationenplatzes", "ein neuer Bouleplatz"."""
    k = _last_word_start(text, start, 16)
    if k is None:
        return False
    word = text[k : start - 1]
    if _fold(word) in _ANY_SUCH:
        return True
    return word.islower() and _inflected_adjective(word) and _word_before(text, k) in _ANY_SUCH
