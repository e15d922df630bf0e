"""Street names by their form, for `StreetFinder` (streets.py): the street word that ends a name
("Jenkelweg", "Theodor-Yorck-Straße"), the adjectives that open it ("Harburger Ring", "Groß
Borsteler Straße"), roads by their number, and the patterns built from the word lists. Pure
Python, no Django."""

from __future__ import annotations

import re

from bezirkspartner.geoparse.common import (
    _adjective_stems,
    _fold,
    _opens_sentence,
)
from bezirkspartner.geoparse.gazetteer import Entry

# "den Autobahnen A 7, A 23 und …": the next road of a list after a road
_NEXT_ROAD = re.compile(r",\s([AB]\s?\d{1,3})(?![\wäöüß.,]\d)(?![\wäöüß-])")
# A place's adjective and "und" before another sharing the street word with it.
_SHARED_ADJECTIVE = re.compile(r"(?<![\wäöüß-])([A-ZÄÖÜ][\wäöüß]+er) (?:und|oder) \Z")
_WORD_GAPS = frozenset({" ", "  "})
_ADJECTIVE_ENDINGS = ("er", "en", "sche", "schen")
_PLACE_NAME_PREFIXES = frozenset({"Groß", "Klein", "Alt", "Neu"})  # "Groß Borstel"
_ABSTRACT_STEMS = ("ungs", "heits", "keits", "ions")  # German abstract nouns with the joining s


def _street_preposition(prefixes: tuple[str, ...]) -> re.Pattern | None:
    """ "Am Irrgarten 3", "Im Neugrabener Dorf 79": a prefix and one or two names before a
    number (the prefixes: data/geoparse/words/street-prefixes.txt)."""
    if not prefixes:
        return None
    initials = "".join(sorted({re.escape(prefix[0]) for prefix in prefixes}))
    return re.compile(  # the lookahead on the initials lets most positions fail at once
        rf"(?=[{initials}])\b((?:" + "|".join(map(re.escape, prefixes)) + r")\s[A-ZÄÖÜ][\wäöüß-]+"
        r"(?:\s[A-ZÄÖÜ][\wäöüß-]+)?)(?=\s\d{1,4}[a-zA-Z]?\b)"
    )


def _genitive_street(words: tuple[str, ...]) -> re.Pattern | None:
    """ "Marschkamper Deiches" -> "Deich": the street words that have a genitive in the list."""
    stems = sorted(
        {w for w in words if any(g in words for g in (w + "es", w + "s")) and "." not in w}
    )
    if not stems:
        return None
    return re.compile(r"(" + "|".join(map(re.escape, stems)) + r")(?:es|s)$", re.IGNORECASE)


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


def _abstract_compound(word: str, endings: tuple[str, ...]) -> bool:
    """A street-like compound whose first part is an abstract noun ("Verbindungs-weg")."""
    lowered = word.lower()
    for suffix in endings:
        if lowered.endswith(suffix):
            return lowered[: -len(suffix)].endswith(_ABSTRACT_STEMS)
    return False


def _one_word_streets(text: str, words, ended, endings):
    """Streets of one word ending like a street; `ended`: (index in `words`, end) of the words
    that do."""
    for m, end in ended:
        start = words[m][0]
        name = text[start:end]
        first, hyphen, second = name.partition("-")
        if hyphen and _named_street(first, endings) and _named_street(second, endings):
            yield start, start + len(first), first, False  # "Jenkelweg-Archenholzstraße":
            yield start + len(first) + 1, end, second, False  # two streets of one area
        else:
            yield start, end, name, False


def _named_street(part: str, endings) -> bool:
    """A name and a street word in one word ("Jenkelweg"), not a bare street word ("Twiete" of
    "Töpferdamm-Twiete", one street's name)."""
    lowered = part.lower()
    ending = next((e for e in endings if lowered.endswith(e)), None)
    return ending is not None and len(part) >= len(ending) + 3 and part[:1].isupper()


def _adjective_opens(text: str, words, k: int, m: int, lexicon) -> bool:
    """Whether the word before words[k] opens the street name that ends with words[m]: a
    place's adjective or a name adjective, one or two spaces before it."""
    word, following = words[k - 1][2], words[k][2]
    if text[words[k - 1][1] : words[k][0]] not in _WORD_GAPS:  # "Winsener  Straße" too
        return False
    if k < m and following in lexicon.name_adjectives and not word.endswith("er"):
        # before a name adjective only a place's adjective on -er, or a name adjective with
        # the same ending ("an der Neuen Großen Bergstraße")
        return (
            word in lexicon.name_adjectives
            and _inflection(word) == _inflection(following)
            and not _opens_sentence(text, words[k - 1][0])
        )
    # "Hohe Straße soll …", "Alte Landstraße/Hinsbleek": such a name may open a sentence
    before_a_road = k == m and following.lower().endswith("straße")
    if word in lexicon.name_adjectives and (
        before_a_road or not _opens_sentence(text, words[k - 1][0])
    ):
        return True
    if not word.endswith(_ADJECTIVE_ENDINGS):
        return False
    return not (
        word.endswith(("en", "ier"))
        and (
            word.rpartition("-")[2] in lexicon.common_nouns  # "SAGA-Quartier"
            or _plural_of_noun(word, lexicon)  # "Sportanlagen Alsterredder", "Verkehrsachsen"
            or (k < m and following.endswith("er"))  # "Verkehrsknoten Horner Kreisel": before
        )  # a place's adjective only name adjectives
    )


def _plural_of_noun(word: str, lexicon) -> bool:
    """ "Sportanlagen", "Verkehrsachsen": a noun's plural on -n, its last part a noun ("Anlage",
    "Achse"); not a name adjective ("Großen")."""
    if not word.endswith("en") or word in lexicon.name_adjectives or word.endswith("ischen"):
        return False  # "Holsteinischen": an adjective on -isch (not "Nische")
    stem, nouns = word[:-1], lexicon.common_nouns
    return any(stem[i:].capitalize() in nouns for i in range(len(stem) - 3))


def _inflection(adjective: str) -> str:
    """ "e" of "Neue", "en" of "Großen", "er" of "Hoher": an adjective's ending."""
    return adjective[-1:] if adjective.endswith("e") else adjective[-2:]


def _two_part_place(text: str, words, k: int) -> bool:
    """Whether words[k], a place's adjective on -er, is the second part of a place's name with
    a prefix written apart: "Groß Borsteler", "Klein Flottbeker", "Neu Wulmstorfer"."""
    return (
        words[k - 1][2] in _PLACE_NAME_PREFIXES
        and words[k][2].endswith("er")
        and text[words[k - 1][1] : words[k][0]] == " "
    )


def _two_word_streets(text: str, words, ended, lexicon, places):
    """One or more adjectives from place names and a street word or name:
    "Harburger Ring", "Sinstorfer Kirchweg", "Hannoverschen Straße", "Buxtehuder Str.",
    "Große Bahnstraße"; not a noun on -en or -ier ("Gleisbogen Rübenkamp", "Quartier
    Peter-Beenck-Straße"), nor across a line. Before a name adjective only a place's adjective
    on -er is taken ("Curslacker Neuer Deich", not "Bewohnerparken Kleiner Schäferkamp"). Two
    places' adjectives may share the street word ("Moorfleeter und Tatenberger Deich").
    `ended`: (index in `words`, end) of the words that end like a street."""
    for m, end in ended:
        if "-" in text[words[m][0] : end]:
            continue  # "Farmsener August-Krogmann-Straße": a person's street takes no adjective
        k = m
        while k > 0 and _adjective_opens(text, words, k, m, lexicon):
            k -= 1
        if k < m and k > 0 and _two_part_place(text, words, k):
            k -= 1  # "Groß Borsteler Straße": the adjective of "Groß Borstel"
        if k < m:
            start = words[k][0]
            shared = _SHARED_ADJECTIVE.search(text, max(0, start - 40), start)
            if shared and any(_fold(stem) in places for stem in _adjective_stems(shared.group(1))):
                start = shared.start(1)  # "Moorfleeter und Tatenberger Deich": one street
            yield start, end, text[start:end], False


def _roads(pattern: re.Pattern, text: str, present) -> list[tuple[int, int, str, bool]]:
    """Roads by their number or kind ("A7", "Ring 2", "Autobahn 25") as checked candidates,
    looked for only where a cheaper test (`present`) found a trace of them."""
    if not present:
        return []
    found = [(m.start(1), m.end(1), m.group(1), True) for m in pattern.finditer(text)]
    for _, end, _, _ in found[:] if found and ", " in text else ():
        while (listed := _NEXT_ROAD.match(text, end)) is not None:  # "A 7, A 23 und B 4"
            found.append((listed.start(1), listed.end(1), listed.group(1), True))
            end = listed.end(1)
    return found


def _best_street(entries: list[Entry], context: str) -> Entry | None:
    for entry in entries:
        if entry.context == context:
            return entry
    return entries[0] if entries else None
