"""Named sites, stations, parks, waters by adjective, neighbourhoods by form and short district
names. Pure Python, no Django; mixed into `Geoparser` (recognise.py)."""

from __future__ import annotations

import re

from bezirkspartner.geoparse.common import (
    _CAPITALISED_AFTER,
    _INDEFINITE_ARTICLES,
    _LAST_WORD,
    Mention,
    _adjective_stems,
    _Blocked,
    _fold,
    _hamburg_area,
    _inflected_adjective,
    _kept,
    _names_an_area,
    _occurrences,
    _opens_sentence,
    _overlaps,
    _resolve,
    _strip_genitive,
    _word_before,
    _word_start,
)
from bezirkspartner.geoparse.titles import _CLOSING

_ADJECTIVE_AND_SLASH = re.compile(r"(?<![\wäöüß])[A-ZÄÖÜ][\wäöüß]*er/\Z")
# words before a district's short name: prepositions without an article, and "Bezirk"
_SHORT_NAME_CUES = frozenset({"in", "aus", "für", "nach", "von", "sondern", "Bezirk", "Bezirks"})
_LISTED_BEFORE = re.compile(r"([A-ZÄÖÜ][\wäöüß-]+)(?:,| und| sowie| oder) \Z")
_LISTED_NEXT = re.compile(r"(?:,| und| sowie| oder) ([A-ZÄÖÜ][\wäöüß-]+)")
# "in Mitte," but not "in der Mitte", "Mitte Altona" or "Mitte-Nord".
# not "für Mitte 2017", "bis Mitte Mai": the middle of a time; not "von Nord nach Süd"
_SHORT_NAME_AFTER = re.compile(r"(?![\w-])(?!\s+[A-ZÄÖÜ])(?!\s+(?:19|20)\d\d\b)(?!\s+nach\s)")
_NAME_PREPOSITIONS = frozenset({"Am", "Im", "An", "Auf"})  # capitalised: part of a name
_NOT_LOOKED_UP = object()  # a word not looked up yet
_BRACKETED_SHORT = re.compile(r" \([A-Za-z]{2,5}\) ")  # "Haus der Jugend (HdJ) Tegelsbarg"
# The next name of a list after a plural site word: ", Ohrnsweg", " und An der Rennkoppel",
# "/Strucksbarg"; one or two capitalised words, a name opening with "Am", "An der" …, or a
# street's numbered part ("Grumbrechtstraße II").
_LISTED_SITE_NAME = re.compile(
    r"(?:, | und | sowie |/)((?:(?:Am|Im|An der|An den|An|Auf dem|Auf der) )?"
    r"[A-ZÄÖÜ][\wäöüß-]*(?: (?:[A-ZÄÖÜ][\wäöüß-]*|II|III|IV))?)(?![\wäöüß-])"
)
_ADJECTIVE_STEMS = ("al", "isch", "lich", "ig")  # "Sozial-", "Städtisch-": adjectives
# "Multifunktions-", "Versorgungs-": stems of abstract nouns, joined by their "s"
_ABSTRACT_HEADS = ("ions", "ungs", "heits", "keits", "täts")
# "Einfeld-", "Dreifeld-", "Mehrzweck-": a sports hall's size or use, not its name.
_SIZE_HEAD = re.compile(r"(?:ein|zwei|drei|vier|fünf|sechs)feld|mehrzweck", re.IGNORECASE)


# A family's name as an adjective ("Wulffschen", "Fett’schen"; not "Hamburgischen") before the
# word for an estate, a farm or a villa.
_FAMILY_NOUNS = r"(?:Siedlung|Wohnsiedlung|Hof|Hofs|Hofes|Villa|Gut|Gutes|Guts|Mühle|Park|Parks)"
# "St. Trinitatis", "St. Nikolai": a saint's name after "St.", which Hamburg's texts use for the
# churches; not a demonym ("St. Paulianer") or a compound ("St. Thomas-Kirche", "St. Georg-Mitte").
_SAINT = re.compile(r"(?<![\wäöüß])St\. ([A-ZÄÖÜ][a-zäöüß]{2,})(?![\wäöüß-])(?! [A-ZÄÖÜ])")
# "im Neubaugebiet Tienrade", "die Neubaugebiete Schilfpark, Glasbläserhöfe und Weidensteg",
# "des Wohngebiets „Linse“": a development area's name after its word, and the names listed after.
_DEVELOPMENT_WORD = re.compile(
    r"(?<![\wäöüß-])(?:Neubaugebiet|Wohngebiet|Baugebiet|Neubauquartier|Wohnquartier)(e|es|s)? "
)
_DEVELOPMENT_NAME = re.compile(r"([„\"]?)([A-ZÄÖÜ][\wäöüß-]*)(?: ([A-ZÄÖÜ][\wäöüß-]*))?[“\"]?")
_DEVELOPMENT_JOIN = re.compile(r", | und | sowie |/")
_NAME_AND_VIERTEL = re.compile(r"(?<![\wäöüß-])([A-ZÄÖÜ][a-zäöüß]{2,}) Viertels?(?![\wäöüß-])")
_NEXT_IN_LIST = re.compile(r"(?:, | und | sowie )([A-ZÄÖÜ][\wäöüß-]*(?: [A-ZÄÖÜ][\wäöüß-]*)?)")
_FAMILY_NOUN = re.compile(r"schen? " + _FAMILY_NOUNS)
_FAMILY_SITE = re.compile(
    r"(?<![\w’'-])(?:[Vv]on[- ])?[A-ZÄÖÜ][\wäöüß]*(?:[^\Wi]|[’'])schen? "
    + _FAMILY_NOUNS
    + r"(?![\wäöüß-])"
)


def _by_tail(endings) -> dict[str, tuple[str, ...]]:
    """Endings grouped by their last four letters; a shorter one ("hbf") is a group of its own,
    so it is found only as a whole word."""
    groups: dict[str, list[str]] = {}
    for ending in endings:
        groups.setdefault(ending[-4:], []).append(ending)
    return {tail: tuple(group) for tail, group in groups.items()}


def _without_linking_element(head: str) -> tuple[str, ...]:
    """The first part of a compound, with and without the linking element that may join it
    ("Kinder|krankenhaus", "Frauen|haus" -> "Frau", "Sport|s|halle", "Schul|sporthalle" ->
    "Schule", "Wohn|unterkunft" -> "Wohnen"); "Wiechern" stays itself
    (its "-rn" links nothing)."""
    # "Schul|sporthalle": the -e of "Schule" dropped; "Wohn|unterkunft": a verb's stem
    forms = [head, head.capitalize() + "e", head.capitalize() + "en"]
    for link in ("ens", "en", "er", "es", "e", "n", "s"):
        if head.endswith(link):
            forms.append(head[: -len(link)])
    return tuple(forms)


# "Stadtteilzentrum „Feuervogel“": a word, a space, a quoted capitalised name.
_QUOTED_AFTER_WORD = re.compile(
    r'([A-ZÄÖÜ][\wäöüß-]*) ([„"‚»])([A-ZÄÖÜ][^„“”"‚‘’»«\n,.;:!?]{0,40}?)([“”"‘’«])'
)
_QUOTE_OPENINGS = ("„", '"', "‚", "»")  # their closing marks: titles._CLOSING


def _words_ending(text: str, endings: tuple[str, ...], genitive: bool = False):
    """(start, end, ending) of each word (letters, digits, hyphens) of the text that ends in
    one of the endings, written in lower case or capitalised ("Komponistenviertel",
    "Phoenix-Viertel"), with `genitive` also in the genitive on -s ("Zylinderviertels"); found
    by searching for the endings, not by visiting every word."""
    for ending in endings:
        for written in (ending, ending.capitalize()):
            for position in _occurrences(text, written):
                end = position + len(written)
                if genitive and text[end : end + 1] == "s":
                    end += 1
                if end == len(text) or not (text[end].isalnum() or text[end] == "-"):
                    yield _word_start(text, position), end, ending


def _any_such(folded, i) -> bool:
    """Whether an indefinite article, perhaps with an adjective, makes the word at i any such
    thing: "einer inklusiven Multifunktionssporthalle"."""
    previous = folded[i - 1] if i > 0 else ""
    if previous in _INDEFINITE_ARTICLES:
        return True
    return i > 1 and _inflected_adjective(previous) and folded[i - 2] in _INDEFINITE_ARTICLES


def _capitalised_run_end(tokens, j, most=2) -> int | None:
    """The end of one or two capitalised words from token j, or None."""
    end = None
    for k in range(j, min(j + most, len(tokens))):
        if not tokens[k].text[:1].isupper() or (end is not None and tokens[k].start != end + 1):
            break
        end = tokens[k].end
    return end


# School words a person's name may stand before, apart ("Rackow Schule")
_SCHOOL_WORDS = frozenset({"Schule", "Stadtteilschule", "Grundschule", "Gymnasium"})


class SiteFinder:
    """The site, park and area passes of `Geoparser`."""

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
            if n == 1 and self._after_first_name(text, tokens, i):
                continue  # "Staatsrat Andreas Rieckhof": a person named like a site
            entry, _ = _resolve(candidates, context, country)
            # "Kreis Stormarn": the place is the name without the unit's word
            first_index = i + 1 if n > 1 and folded[i] in self.lexicon.unit_words else i
            start, end = tokens[first_index].start, tokens[i + n - 1].end
            if (  # "Kulturzentrum Honigfabrik": a site's word before its known name
                "poi" in kinds
                and i > 0
                and tokens[i - 1].text in self.lexicon.site_words
                and text[tokens[i - 1].end : start] == " "
                and not folded[i].endswith(self._site_cues)  # not "Schule Stadtteilschule …"
            ):
                start = tokens[i - 1].start
            mentions.append(
                Mention(
                    text[start:end], start, end, entry.type, entry.norm, entry.lat, entry.lon, 0.9
                )
            )
            free_from = i + n
        return mentions

    def _sites(self, text, tokens, folded, heads, streets) -> list[Mention]:
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
        for i in heads:  # site and station words are capitalised
            token, key = tokens[i], folded[i]
            if mentions and token.start < mentions[-1].end:
                continue  # "Haus der Jugend Lichtwarkhaus": inside the site before
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
            if self._site_word(word) in lexicon.building_words and not self._named_building(word):
                continue  # "die Häuser Hamburgs", "Verwaltungsgebäude": any such building
            generic = not is_station and self._generic_site(word)
            nxt = tokens[i + 1] if i < last else None
            capital_next = (
                nxt is not None and nxt.text[:1].isupper() and text[token.end : nxt.start] == " "
            )
            named_end = None  # "Bürgerhaus Feuervogel": the site's own name after its word
            if capital_next and nxt.start not in address_at:
                named_end = self._site_name_end(tokens, folded, i + 1, is_station, street_at)
            if (
                named_end is None
                and (is_station or generic or word in lexicon.site_words)
                and word not in lexicon.site_plurals  # "die Neugrabener Schulen": all of them
            ):
                start = self._hamburg_adjective_before(text, tokens, folded, i)
                if start is None:
                    start = self._name_before_school(text, tokens, folded, i)
                if start is None:
                    start = self._acronym_before_site(text, tokens, folded, i)
                if start is not None:  # "Harburger Bahnhof", "Altonaer Museum", "Rackow Schule"
                    surface = text[start : token.end]
                    kind = "station" if is_station else self._site_kind(word)
                    mentions.append(
                        Mention(surface, start, token.end, kind, surface, None, None, 0.7)
                    )
                    continue
            end = None
            if nxt:
                if nxt.start in address_at:
                    continue  # "im Haus Grindelhof 87": an address
                if capital_next:
                    end = named_end
                elif word in lexicon.site_words:  # "Haus der Jugend Wilhelmsburg"
                    # "am"/"an der" and a street tell where a site is, not its name: in
                    # "das Gymnasium am Dörpsweg" the street is the mention
                    end = self._site_of_subject(text, tokens, folded, i + 1)
                    if end is None:
                        end = self._named_by_what_it_is_at(text, tokens, folded, i + 1)
            if end is None and not is_station and word not in lexicon.site_words:
                head, _, tail = word.rpartition("-")
                named = (  # "Julius-Leber-Schule"; not "P+R-Haus"
                    tail in lexicon.site_words
                    and head not in lexicon.common_nouns
                    and len(head) > 1
                )
                quoted = (
                    text[token.start - 1 : token.start] in '„"'
                    and text[token.end : token.end + 1] in '“"'
                )  # "der „Schäfchenspielplatz“": a name, though made of nouns
                one_site = named or (
                    word not in lexicon.common_nouns and (quoted or (not head and not generic))
                )
                if one_site and not _any_such(folded, i) and not word.isupper():
                    end = token.end
            if end is None and word in lexicon.standalone_stations and not _any_such(folded, i):
                end = token.end  # "am Hauptbahnhof": Hamburg's central station
            if end is None:
                continue
            kind = "station" if is_station else self._site_kind(word)
            if kind == "park" and i < last and _fold(text[token.end : end]).endswith("park"):
                continue  # "Grünanlage Unnapark": the park is named on its own
            if not is_station:
                end = self._listed_sites_end(text, end, word, street_at)
            start = token.start
            if is_station and text[max(0, start - 2) : start] in ("S/", "U/"):
                start -= 2  # "S/U-Bahnhof Elbbrücken": one station word for both lines
            elif is_station and text[max(0, start - 7) : start] in ("U-Bahn ", "S-Bahn "):
                start -= 7  # "U-Bahn Station Langenhorn-Nord": the line written apart
            surface = text[start:end]
            mentions.append(Mention(surface, start, end, kind, surface, None, None, 0.7))
            if is_station and word.endswith("höfen"):  # "den S-Bahnhöfen Nettelnburg und
                mentions.extend(self._next_stations(text, end))  # Allermöhe": each a station
        return mentions

    def _quoted_sites(self, text: str) -> list[Mention]:
        """A site's own name in quotation marks after its site word: "im Stadtteilzentrum
        „Feuervogel“", "die Wohnunterkunft „Große Horst“". At most four words, capitalised."""
        openings = [
            position
            for mark in _QUOTE_OPENINGS
            if mark in text
            for position in _occurrences(text, " " + mark)
        ]
        mentions = []
        for position in sorted(openings):  # from each opening mark back to the word before it
            match = _QUOTED_AFTER_WORD.match(text, _word_start(text, position))
            if match is None or match.start(2) != position + 1:
                continue
            opening, name, closing = match.group(2), match.group(3), match.group(4)
            if closing not in _CLOSING[opening] or len(name.split()) > 4:
                continue
            if any(c.isdigit() for c in name):
                continue  # "Hochhäuser „Grunewaldstraße 72 – 78“": an address
            word = match.group(1)
            start, end = match.span(3)
            if word.lower().endswith("haltestelle"):  # "Bushaltestelle „Diagonalstraße“": the stop
                mentions.append(Mention(name, start, end, "station", name, None, None, 0.7))
                continue
            if not self._site_word(word) or word in self.lexicon.station_words:
                continue
            mentions.append(Mention(name, start, end, self._site_kind(word), name, None, None, 0.7))
        return mentions

    def _listed_sites_end(self, text: str, end: int, word: str, street_at) -> int:
        """Where a site's name ends with the names listed after it: after a plural site word
        every name of the list ("Grundschulen Iserbarg und Marschweg"), after any site word a
        second street joined by a slash ("Spielplatz Rhiemsweg/Snitgerreihe")."""
        second = street_at.get(end + 1) if text[end : end + 1] == "/" else None
        if (
            second is not None
            and not any(c.isdigit() for c in second.surface)  # not "Ladenbeker Furtweg/B 5"
            and any(m.end == end for m in street_at.values())  # the site is named by a street
        ):
            end = second.end
        if word not in self.lexicon.site_plurals and self._site_word(word) not in (
            self.lexicon.site_plurals
        ):
            return end
        while (listed := _LISTED_SITE_NAME.match(text, end)) is not None:
            name = listed.group(1)
            first = name.split(" ", 1)[0]
            if (
                first not in _NAME_PREPOSITIONS
                and first != "Auf"
                and (first in self.lexicon.common_nouns or _fold(first) in self.lexicon.stop_words)
                and listed.start(1) not in street_at
            ):
                break  # "Grundschulen Iserbarg und Schulen in Rissen": no name of the list
            end = listed.end(1)
            words = name.split(" ")
            if (
                len(words) == 2
                and words[1] in self.lexicon.common_nouns
                and getattr(street_at.get(listed.start(1)), "end", -1) != listed.end(1)
                and not self._place_adjective(words[0])
            ):
                end = listed.start(1) + len(words[0])  # "… und Nettelnburg Richtung Hamburg"
                break
        return end

    def _next_stations(self, text: str, end: int) -> list[Mention]:
        """The stations listed after a station word in the plural and its first name."""
        found = []
        while (listed := _NEXT_IN_LIST.match(text, end)) is not None:
            name = listed.group(1)
            if _fold(name) not in self.gazetteer.station_keys:
                break
            start, end = listed.span(1)
            found.append(Mention(name, start, end, "station", name, None, None, 0.7))
        return found

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
            _kept(self._site_word_of, word, found)
        return found

    def _named_building(self, word: str) -> bool:
        """ "Karstadt-Gebäude", "Esso-Häuser": a building word after a name and a hyphen."""
        head, _, tail = word.rpartition("-")
        return (
            bool(head)
            and tail in self.lexicon.building_words
            and (head[:1].isupper() and head not in self.lexicon.common_nouns)
        )

    def _site_kind(self, word: str) -> str:
        """A park where the site word heads a green space ("Grünanlage", "Modelli-Park")."""
        return "park" if self._site_word(word) in self.lexicon.park_heads else "poi"

    def _site_of_subject(self, text, tokens, folded, j) -> int | None:
        """Where "Haus der Jugend Wilhelmsburg" ends: a site word, "der" or "des", a noun, and
        perhaps the Hamburg district or quarter the site is in."""
        if (
            folded[j] not in ("der", "des")
            or j + 1 >= len(tokens)
            or text[tokens[j - 1].end : tokens[j].start] != " "  # not "…zentrum. Der Umbau"
        ):
            return None
        noun = tokens[j + 1]
        if (
            not noun.text[:1].isupper()
            or self._place_adjective(noun.text)  # "die Bücherhalle der Veddeler": its people
            or folded[j + 1] in self.lexicon.stop_words
            or folded[j + 1].endswith(self._site_cues)  # "Sportplatz der Freiluftschule"
        ):
            return None
        if (
            j + 2 < len(tokens)
            and text[noun.end : tokens[j + 2].start] == " "
            and self._names_the_site_s_place(tokens[j + 2].text, folded[j + 2])
        ):
            return tokens[j + 2].end
        if " ".join(folded[j - 1 : j + 2]) in self.lexicon.site_kind_phrases:
            if j + 3 < len(tokens) and _BRACKETED_SHORT.match(text, noun.end):
                j += 1  # "Haus der Jugend (HdJ) Tegelsbarg": its short form in brackets
                noun = tokens[j + 1]
            named = j + 2 < len(tokens) and text[noun.end : tokens[j + 2].start] in (" ", ") ")
            place = tokens[j + 2].text if named else ""
            if place[:1].isupper() and folded[j + 2] not in self.lexicon.stop_words:
                return tokens[j + 2].end  # "Haus der Jugend Kirchdorf": its quarter's name
            # "Haus der Jugend am Stintfang"; else any of them
            return self._named_by_what_it_is_at(text, tokens, folded, j + 2) if named else None
        return noun.end

    def _place_adjective(self, word: str) -> bool:
        """ "Harburger", "Veddeler": the adjective (or the people) of a Hamburg district or
        quarter."""
        return word.endswith("er") and any(
            _names_an_area(self.gazetteer.by_key, _fold(stem)) for stem in _adjective_stems(word)
        )

    def _names_the_site_s_place(self, word: str, key: str) -> bool:
        """Whether a word after "Haus der Jugend" names where it is: a district or quarter
        ("Wilhelmsburg"), or a street ("Eberhofstieg", "Kiwittsmoor")."""
        return _names_an_area(self.gazetteer.by_key, key) or (
            word[:1].isupper() and (key in self.gazetteer.street_keys or self._is_street_like(word))
        )

    def _generic_site(self, word: str) -> bool:
        """A compound of a common noun or an adjective and a site word names a kind of site,
        not one site: "Kinderkrankenhaus", "Sozialkaufhaus", "Multifunktionssportplatz" (an
        abstract noun's stem, "-ions", "-ungs"), but not "Freiluftschule",
        "Alsterschwimmhalle", "KörberHaus"). The longest site word it ends in decides."""
        site_word = self._site_word(word)
        if not site_word or len(site_word) == len(word):
            return False
        head = word[: -len(site_word)]
        if head[-1:] == "-" or word[len(head)].isupper():
            return False  # "Julius-Leber-Schule", "KörberHaus": a name
        if _fold(head) in self.gazetteer.by_key:
            return False  # "Alsterschwimmhalle": named by a place
        if _SIZE_HEAD.match(head):
            return True  # "Dreifeldhalle", "Mehrzweckhalle": a hall by its size or use
        return head.lower().endswith(_ADJECTIVE_STEMS + _ABSTRACT_HEADS) or self._noun_head(head)

    def _hamburg_adjective_before(self, text, tokens, folded, i) -> int | None:
        """Where "Harburger" starts in "Harburger Bahnhof": an adjective made of a Hamburg
        district's or quarter's name right before a station or site word, unless an indefinite
        article makes it any such place ("eine Altonaer Schule"); or the name itself before
        "Center" ("Lurup Center")."""
        if i == 0:
            return None
        adjective = tokens[i - 1]
        if (  # "Lurup Center": a shopping centre named in the English order
            tokens[i].text == "Center"
            and text[adjective.end : tokens[i].start] == " "
            and adjective.text[:1].isupper()
            and _names_an_area(self.gazetteer.by_key, folded[i - 1])
        ):
            return adjective.start
        if (
            not adjective.text.endswith("er")
            or not adjective.text[:1].isupper()
            or text[adjective.end : tokens[i].start] != " "
            or (i > 1 and folded[i - 2] in _INDEFINITE_ARTICLES)
        ):
            return None
        if adjective.text == "Hamburger" and tokens[i].text in self.lexicon.standalone_stations:
            return adjective.start  # "des Hamburger Hauptbahnhofes": the city's central station
        return adjective.start if self._place_adjective(adjective.text) else None

    def _name_before_school(self, text, tokens, folded, i) -> int | None:
        """Where a school named by a person before its word begins: "Rackow Schule",
        "Emil-Krause Stadtteilschule", "Lessing Stadtteilschule" (a capitalised name that is no
        common noun, function word, adjective or acronym)."""
        if i == 0 or tokens[i].text not in _SCHOOL_WORDS:
            return None
        name = tokens[i - 1]
        word, lexicon = name.text, self.lexicon
        if (
            text[name.end : tokens[i].start] != " "
            or not word[:1].isupper()
            or word.isupper()
            or word.endswith(("er", "en"))  # "Neuenfelder Schule" (read elsewhere), "der
            or word in lexicon.common_nouns  # Beruflichen Schule": adjectives
            or folded[i - 1] in self.gazetteer.by_key  # "in Hamburg Schule machen": a place
            or word in lexicon.name_adjectives
            or folded[i - 1] in lexicon.stop_words
            or folded[i - 1] in lexicon.determiners  # "Welche Schule fusioniert?"
        ):
            return None
        return name.start

    def _named_by_what_it_is_at(self, text, tokens, folded, j) -> int | None:
        """Where a site named by what it lies at ends: "Schule am See" (a park or water word),
        "Haus der Jugend am Stintfang" (after a kind of site, a name that is no street); not
        before a longer name. "das Gymnasium am Dörpsweg", "Spielplatz am Kiefernberg" leave
        the street to the street pass."""
        if (
            folded[j] != "am"
            or j + 1 >= len(tokens)
            or text[tokens[j - 1].end : tokens[j].start] != " "
            or text[tokens[j].end : tokens[j + 1].start] != " "
        ):
            return None
        noun = tokens[j + 1]
        after = tokens[j + 2] if j + 2 < len(tokens) else None
        if (
            (after is not None and after.start == noun.end + 1 and after.text[:1].isupper())
            or not (
                noun.text in self._place_nouns  # "Schule am See", "Grundschule am Park"
                or (  # "Haus der Jugend am Stintfang": a kind of site, its place's own name
                    " ".join(folded[j - 3 : j]) in self.lexicon.site_kind_phrases
                    and noun.text[:1].isupper()
                    and not self._is_street_like(noun.text)
                    and folded[j + 1] not in self.gazetteer.street_keys
                )
            )
        ):
            return None
        return noun.end

    def _acronym_before_site(self, text, tokens, folded, i) -> int | None:
        """Where a site named by a word in capitals before its site word begins: "das LOLA
        Kulturzentrum"; not a body's acronym ("SPD"), a known place or a function word."""
        if i == 0 or tokens[i].text not in self.lexicon.site_words:
            return None
        name, key = tokens[i - 1], folded[i - 1]
        if (
            text[name.end : tokens[i].start] != " "
            or not (name.text.isupper() and name.text.isalpha() and 3 <= len(name.text) <= 6)
            or self.lexicon.is_organisation_word(key)
            or key in self.gazetteer.by_key
            or key in self.lexicon.stop_words
        ):
            return None
        return name.start

    def _site_name_end(self, tokens, folded, j, is_station, street_at) -> int | None:
        lexicon = self.lexicon
        if (  # "Kirche St. Nikolai": the saint's name is the site's name
            tokens[j].text == "St"
            and j + 1 < len(tokens)
            and tokens[j + 1].start == tokens[j].end + 2
            and tokens[j + 1].text[:1].isupper()
        ):
            return tokens[j + 1].end
        street = street_at.get(tokens[j].start)
        if street is not None and (not is_station or folded[j - 1].endswith("haltestelle")):
            if is_station:  # "Bushaltestelle Bramfelder Dorfplatz-Heukoppel": a stop named by
                last = next(t for t in tokens[j:] if t.end >= street.end)  # two streets
                if last.end > street.end and last.text[street.end - last.start] == "-":
                    return last.end
            return street.end  # "Schule Röthmoorweg"; "Bushaltestelle Olivaer Straße": a stop
        for n in range(min(3, len(tokens) - j), 0, -1):
            key = " ".join(folded[j : j + n])
            if key in self.gazetteer.station_keys or key in self.gazetteer.by_key:
                return tokens[j + n - 1].end
            if key[1:2] == " " and key[0] in "su" and key[2:] in self.gazetteer.station_keys:
                return tokens[j + n - 1].end  # "Bushaltestelle S-Wellingsbüttel"
        if is_station:  # "der größte Busbahnhof Hamburgs": the city's, not the station's name
            return None
        stripped = _strip_genitive(tokens[j].text)  # "des Kulturpalastes Harburgs"
        if stripped and _fold(stripped) in self.gazetteer.by_key:
            if tokens[j - 1].text in lexicon.site_plurals:
                return None  # "die Unterkünfte Hamburgs": the city's, no site's name
            return tokens[j].end
        word = tokens[j].text
        if word in _NAME_PREPOSITIONS:  # "Einkaufszentrum Am Botterbarg": a name on "Am …"
            return _capitalised_run_end(tokens, j + 1)
        if folded[j] in lexicon.stop_words or word in lexicon.common_nouns:
            return None
        following = tokens[j + 1].text if j + 1 < len(tokens) else ""
        if word in lexicon.name_adjectives and not following[:1].isupper():
            return None  # "Politik und Kirche Großes vor": an adjective, no name
        if (
            following[:1].isupper()
            and tokens[j + 1].start == tokens[j].end + 1
            and self._place_adjective(word)
        ):
            return tokens[j + 1].end  # "Seniorenresidenz Harburger Sand": adjective and noun
        return tokens[j].end

    def _place_noun_of(self, word: str) -> str | None:
        """The park or water noun a word is in the genitive ("Teiches": "Teich"), "" for a
        word that ends like a brook ("Grenzgraben"), else None; kept per word."""
        found = self._place_nouns_of.get(word, _NOT_LOOKED_UP)
        if found is _NOT_LOOKED_UP:
            found = None
            if word[-1:] == "s":
                stems = (word[:-2], word[:-1]) if word.endswith("es") else (word[:-1],)
                found = next((stem for stem in stems if stem in self._place_nouns), None)
            if found is None and word.lower().endswith(self.lexicon.brook_endings):
                found = ""  # "Grenzgraben": ends like a brook, a canal or a ditch
            _kept(self._place_nouns_of, word, found)
        return found

    def _parks(self, text, tokens, folded, heads, taken) -> list[Mention]:
        """ "Niendorfer Gehege", "Eidelstedter Feldmark" and one-word parks ("Unnapark")."""
        lexicon = self.lexicon
        spans = []
        place_nouns, noun_of = self._place_nouns, self._place_nouns_of.get
        for i in heads:  # park and water nouns are capitalised
            if i == 0:
                continue
            noun_word = tokens[i].text
            if noun_word not in place_nouns:
                noun_word = noun_of(noun_word, _NOT_LOOKED_UP)  # read here first: words recur
                if noun_word is _NOT_LOOKED_UP:
                    noun_word = self._place_noun_of(tokens[i].text)  # "des Lottbeker Teiches"
                if noun_word is None or (
                    noun_word == "" and not self._place_adjective(tokens[i - 1].text)
                ):
                    continue  # a brook ("") only by its place: "den Wellingsbütteler Grenzgraben"
            kind = "water" if noun_word == "" or noun_word in lexicon.water_words else "park"
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
                spans.append((start, noun.end, kind))
        if "park" in text.lower():
            for i in heads:  # a park's name is capitalised and its folded form ends so
                if not folded[i].endswith(("park", "parks")):
                    continue
                token = tokens[i]
                word = token.text
                stem = word[:-1] if folded[i].endswith("parks") else word  # "des Schanzenparks"
                if (
                    stem.lower().endswith("park")
                    and len(stem) > 6
                    and word[:1].isupper()
                    and not word.isupper()
                    and "-" not in word
                    and stem not in lexicon.common_nouns
                    and not stem.lower()[:-4].endswith(_ABSTRACT_HEADS)  # "Innovationspark"
                    and (i == 0 or folded[i - 1] not in _INDEFINITE_ARTICLES)  # "einen
                ):  # Kleingartenpark anregen": any park of that kind
                    spans.append((token.start, token.end, "park"))
        mentions = []
        for start, end, kind in sorted(spans):
            if _overlaps(start, end, taken) or (mentions and mentions[-1].end > start):
                continue
            surface = text[start:end]
            mentions.append(Mention(surface, start, end, kind, surface, None, None, 0.7))
        return mentions

    def _among_districts(self, text: str, start: int, end: int) -> bool:
        """Whether a short name is listed with Hamburg's districts: "Harburg, Mitte, Nord und
        Wandsbek", "sollen: Mitte und Wandsbek"."""
        before = _LISTED_BEFORE.search(text, max(0, start - 30), start)
        after = _LISTED_NEXT.match(text, end)
        return any(
            match is not None and self._is_district(match.group(1)) for match in (before, after)
        )

    def _is_district(self, name: str) -> bool:
        """A Hamburg district by its name or its short name ("Harburg", "Mitte")."""
        if any(name == short for short, _ in self.lexicon.short_district_names):
            return True
        return any(
            e.type == "district" and _hamburg_area(e)
            for e in self.gazetteer.by_key.get(_fold(name), ())
        )

    def _short_district_names(self, text, context, taken) -> list[Mention]:
        """'in Mitte', 'Bezirk Nord': a district's short name after a preposition without an
        article or after "Bezirk" (data/geoparse/words/short-district-names.txt)."""
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
                if start and (
                    text[start - 1] == "-" or text[max(0, start - 8) : start] == "Hamburg "
                ):
                    continue  # "Hamburg-Mitte", "Hamburg Mitte": the full name
                before = _LAST_WORD.search(text, max(0, start - 8), start)
                if before is not None and _fold(before.group(1)) in self.lexicon.determiners:
                    continue  # "in der Mitte"
                cued = before is not None and before.group(1) in _SHORT_NAME_CUES
                if not cued and not self._among_districts(text, start, end):
                    continue
                if _SHORT_NAME_AFTER.match(text, end) and not _overlaps(start, end, taken):
                    mentions.append(
                        Mention(
                            short, start, end, entry.type, entry.norm, entry.lat, entry.lon, 0.7
                        )
                    )
        return mentions

    def _brooks(self, text, taken) -> list[Mention]:
        """Brooks by the ending of their name ("Schillingsbek"; data/geoparse/words/
        brook-endings.txt) that no list knows."""
        lexicon, by_key = self.lexicon, self.gazetteer.by_key
        mentions = []
        for start, end, _ in _words_ending(text, lexicon.brook_endings, genitive=True):
            word = text[start:end]
            if (
                not word[:1].isupper()
                or len(word) < 6
                or "-" in word
                or _overlaps(start, end, taken)
                or _fold(word) in by_key
                or (word[-1] == "s" and _fold(word[:-1]) in by_key)  # "Wandsbeks"
                or word in lexicon.common_nouns
                or lexicon.is_given_name(word)
                or lexicon.is_organisation_word(_word_before(text, start))
            ):  # "die Initiative Kulturkanal": a body's name
                continue
            mentions.append(Mention(word, start, end, "water", word, None, None, 0.6))
        return mentions

    def _saints(self, text, taken) -> list[Mention]:
        """Churches by their saint ("St. Trinitatis bekommt fünf Neubauten"), where no list
        knows the name as a place ("St. Pauli", "St. Georg" are quarters) and no other mention
        (`taken`, "St. Petersburg") holds it; not the start of a longer name ("St. Martinus
        Begegnungsstätte")."""
        mentions = []
        by_key = self.gazetteer.by_key
        for match in _SAINT.finditer(text):
            start, end = match.span()
            saint = match.group(1)
            key = _fold(saint)
            if (
                _overlaps(start, end, taken)
                or any(f"{p} {k}" in by_key for p in ("st", "sankt") for k in (key, key[:-1]))
                or saint.endswith(("aner", "er", "burg", "berg", "dorf", "stadt", "hausen"))
                or key in self.lexicon.stop_words
                or self.lexicon.is_organisation_word(_word_before(text, start))
            ):
                continue  # a place ("St. Paulis", "St. Petersburg") or a body's church
            surface = match.group()
            mentions.append(Mention(surface, start, end, "poi", surface, None, None, 0.6))
        return mentions

    def _family_sites(self, text, taken) -> list[Mention]:
        """Estates, farms, villas and parks named by a family's adjective: "Wulffschen Siedlung",
        "Ferckschen Hofs", "Fett’schen Villa", "Von-Dratelnsche Park" (not "politischen Hof":
        adjectives on -isch)."""
        mentions = []
        if not _FAMILY_NOUN.search(text):
            return mentions  # the common case: found by one search for the nouns
        for match in _FAMILY_SITE.finditer(text):
            start, end = match.span()
            if not _overlaps(start, end, taken):
                surface = match.group()
                kind = "park" if surface.endswith(("Park", "Parks")) else "poi"
                mentions.append(Mention(surface, start, end, kind, surface, None, None, 0.6))
        return mentions

    def _development_areas(self, text: str) -> list[Mention]:
        """New quarters named after "Neubaugebiet", "Wohngebiet", "Wohnquartier" …: "im
        Neubaugebiet Tienrade", "die Neubaugebiete Tienrade/Hirtenland", "Wohnquartier Fischbeker
        Reethen"; not "Am Hirtenland" (a prefix, as in an address) or "Hamburgs" (the city's)."""
        mentions = []
        for word in _DEVELOPMENT_WORD.finditer(text):
            position, plural = word.end(), word.group(1) == "e"
            while (match := _DEVELOPMENT_NAME.match(text, position)) is not None:
                first, second = match.group(2), match.group(3)
                if _fold(first) in self.lexicon.stop_words or first in _NAME_PREPOSITIONS:
                    break
                stripped = _strip_genitive(first)
                if stripped and not second and _fold(stripped) in self.gazetteer.by_key:
                    break  # "das größte Neubaugebiet Hamburgs"
                start, end = match.start(2), match.end(2)
                if second and (
                    self._place_adjective(first)
                    or f"{_fold(first)} {_fold(second)}" in self.gazetteer.by_key
                ):
                    end = match.end(3)  # "Fischbeker Reethen", "Vogelkamp Neugraben"
                surface = text[start:end]
                mentions.append(Mention(surface, start, end, "quarter", surface, None, None, 0.7))
                join = _DEVELOPMENT_JOIN.match(
                    text, max(end, match.end()) if match.group(1) else end
                )
                if not plural or join is None:
                    break
                position = join.end()
        return mentions

    def _named_quarters(self, text, taken) -> list[Mention]:
        """Neighbourhoods named by their form: "Komponistenviertel", "Struenseequartier", and
        after a name adjective "im Alten Bahnhofsviertel"; not "Wohnquartier", nor after an
        indefinite article ("ein neues Stadtviertel"). Housing estates named so are sites
        ("Märchensiedlung"; not "Hochhaussiedlung")."""
        lexicon = self.lexicon
        mentions = []
        endings = (*lexicon.quarter_endings, *lexicon.estate_endings)
        for start, end, ending in _words_ending(text, endings, genitive=True):
            kind = "poi" if ending in lexicon.estate_endings else "quarter"
            after = _CAPITALISED_AFTER.match(text, end) if kind == "poi" else None
            if after and _names_an_area(self.gazetteer.by_key, _fold(after.group(1))):
                continue  # "der damaligen Fischersiedlung Altona": the place described
            word = text[start:end]
            if not word[:1].isupper() or len(word) < len(ending) + 4:
                continue
            stem = word[:-1] if word[-1] == "s" else word  # "Zylinderviertels"
            before = _LAST_WORD.search(text, max(0, start - 30), start)
            previous = before.group(1) if before else ""
            if previous in lexicon.name_adjectives and not _opens_sentence(text, before.start()):
                start = before.start()
            elif (
                word in lexicon.common_nouns
                or self._generic_quarter(stem.lower(), ending)
                or (ending == "areal" and self._noun_head(stem[: -len(ending)].rstrip("-")))
                or _fold(previous) in _INDEFINITE_ARTICLES
                or (previous[:1].isupper() and lexicon.is_organisation_word(_fold(previous)))
            ):  # "Wohnquartier", "ein neues Stadtviertel", "Quartiersbeirates Reiherstiegviertel"
                continue
            if _overlaps(start, end, taken):
                continue
            surface = text[start:end]
            mentions.append(Mention(surface, start, end, kind, surface, None, None, 0.7))
        for match in _NAME_AND_VIERTEL.finditer(text) if " Viertel" in text else ():
            name = match.group(1)  # "das Phoenix Viertel": the name and the word apart
            start, end = match.span()
            if (
                name in lexicon.common_nouns
                or _fold(name) in lexicon.stop_words
                or name in lexicon.name_adjectives
                or name.endswith(("e", "en", "er", "es"))
                or _opens_sentence(text, start)
                or _overlaps(start, end, taken)
            ):
                continue
            surface = match.group()
            mentions.append(Mention(surface, start, end, "quarter", surface, None, None, 0.6))
        return mentions

    def _noun_head(self, head: str) -> bool:
        """Whether a compound's first part is a common noun, so that the compound names any such
        site or area: "Kinder|krankenhaus", "Kasernen|areal", "Kleingarten-Areal"."""
        nouns = self.lexicon.common_nouns
        return any(h in nouns for h in _without_linking_element(head) if len(h) > 2)

    def _generic_quarter(self, lowered: str, ending: str) -> bool:
        head = lowered[: -len(ending)]
        heads = self.lexicon.generic_quarter_heads
        if head.endswith("-") and self.lexicon.is_organisation_word(_fold(head[:-1])):
            return True  # "SAGA-Quartier": any quarter of a body's, here a landlord's
        if head.endswith(_ABSTRACT_HEADS):
            return True  # "Entwicklungsquartier": an abstract noun's stem, any such quarter
        return head.endswith(heads) or head.rstrip("s") in heads
