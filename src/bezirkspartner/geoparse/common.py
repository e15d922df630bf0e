"""What the recogniser's parts share: the mention, text helpers, and choosing among candidates.
Pure Python, no Django."""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from dataclasses import asdict, dataclass
from functools import lru_cache
from operator import attrgetter

from bezirkspartner.core.text import fold
from bezirkspartner.geoparse.gazetteer import Entry
from bezirkspartner.geoparse.tokens import Token

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
_SENTENCE_END = frozenset(".!?:;")
_LAST_WORD = re.compile(r"([\w-]+) \Z")
_INDEFINITE_ARTICLES = frozenset({"ein", "eine", "einer", "einem", "einen", "eines"})
_DEFINITE_ARTICLES = frozenset({"der", "die", "das", "den", "dem", "des"})
_CAPITALISED_AFTER = re.compile(r" ([A-ZÄÖÜ][\wäöüß-]*)")  # the capitalised word after a space


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


def _kept(cache: dict, key, value, limit: int = 100_000):
    """`value`, kept in `cache` under `key` while the cache holds fewer than `limit` entries
    (the per-word answers of a parser: words recur, but a long-running process must not grow
    without bound)."""
    if len(cache) < limit:
        cache[key] = value
    return value


def _occurrences(text: str, part: str):
    """Where `part` occurs in the text."""
    position = text.find(part)
    while position != -1:
        yield position
        position = text.find(part, position + len(part))


def _last_word_start(text: str, start: int, width: int) -> int | None:
    """Where the word (of word characters and hyphens) before `start` begins, if only a space
    parts them, looking back `width` characters at most: what `_LAST_WORD` finds in that
    window, without a search."""
    if start < 2 or text[start - 1] != " ":
        return None
    k = _word_start(text, start - 1, max(0, start - width), "_-")
    return k if k < start - 1 else None


def _word_start(text: str, end: int, limit: int = 0, joiners: str = "-") -> int:
    """Where the word that ends at `end` starts: letters and digits and `joiners`, not before
    `limit`."""
    start = end
    while start > limit and (text[start - 1].isalnum() or text[start - 1] in joiners):
        start -= 1
    return start


def _word_before(text: str, start: int) -> str:
    """The word before `start` (its last 15 characters at most), folded, if only a space parts
    them."""
    k = _last_word_start(text, start, 16)
    return "" if k is None else _fold(text[k : start - 1])


def _opens_sentence(text: str, start: int) -> bool:
    """Whether the word at `start` opens the text, a sentence, a line or a quotation."""
    k = start - 1
    while k >= 0 and text[k] == " ":
        k -= 1
    return k < 0 or text[k] in _SENTENCE_END or text[k] in '\n"„(–-'


def _adjective_stems(adjective: str) -> tuple[str, ...]:
    """The place names an adjective on "-er" can be made of: "Harburger" -> "Harburg",
    "Wellingsbüttler" -> "Wellingsbüttel", "Altonaer" -> "Altona", "Lohbrügger" ->
    "Lohbrügge"."""
    stem = adjective[:-2]
    if stem.endswith("l") and not stem.endswith("el"):
        return stem, stem[:-1] + "el"
    return stem, adjective[:-1]  # names on "-e": "Lohbrügge", "Allermöhe"


def _body_word(word: str, lexicon) -> bool:
    """Whether a capitalised word right after a name makes that name a body's ("Billebogen
    Entwicklungsgesellschaft"); a party's acronym does not ("im Bezirk Altona FDP wählen")."""
    return word[:1].isupper() and not word.isupper() and lexicon.is_organisation_word(_fold(word))


def _hamburg_area(entry) -> bool:
    """A district or quarter of Hamburg (the places whose parts and adjectives are named)."""
    return entry.type in ("district", "quarter") and entry.context == "hamburg"


def _names_an_area(by_key, key: str) -> bool:
    """Whether a folded name is one of Hamburg's districts or quarters."""
    return any(_hamburg_area(entry) for entry in by_key.get(key, ()))


@lru_cache(maxsize=200_000)
def _fold(word: str) -> str:
    return fold(word)


def _inflected_adjective(folded: str) -> bool:
    """'schlechtem', 'neuen', 'offene': a lower-case inflected adjective before a noun."""
    return len(folded) > 4 and folded.endswith(("e", "em", "en", "er", "es")) and folded.islower()


def _strip_genitive(word: str) -> str | None:
    if word.endswith(("'s", "’s")):
        return word[:-2]
    if word.endswith("s") and len(word) > 4 and not word.endswith("ss"):
        return word[:-1]
    return None


def _overlaps(start: int, end: int, spans) -> bool:
    return any(s < end and start < e for s, e in spans)


_TOKEN_START = attrgetter("start")  # to bisect tokens by where they start


class _Blocked:
    """Whether a token lies in a span already found (streets, sites, parks)."""

    def __init__(self, tokens: list[Token], spans: list[tuple[int, int]]):
        self.indices: set[int] = set()
        self._sorted: list[int] | None = None  # the indices in order, made when first needed
        if spans:
            for start, end in spans:
                index = max(bisect_left(tokens, start, key=_TOKEN_START) - 1, 0)
                while index < len(tokens) and tokens[index].start < end:
                    if tokens[index].end > start:
                        self.indices.add(index)
                    index += 1

    def __getitem__(self, index: int) -> bool:
        return index in self.indices

    def free_run(self, start: int, longest: int) -> int:
        """How many tokens from `start` on (at most `longest`) are not blocked."""
        if not self.indices:
            return longest
        if self._sorted is None:
            self._sorted = sorted(self.indices)
        k = bisect_left(self._sorted, start)
        return min(longest, self._sorted[k] - start) if k < len(self._sorted) else longest


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
    """Choose by context: the document's own city first, then its country, then size. The
    same candidates come back often ("Hamburg", "Harburg"), so the choice is kept."""
    return _resolve_once(tuple(candidates), context, country)


@lru_cache(maxsize=50_000)
def _resolve_once(candidates: tuple[Entry, ...], context: str, country: str) -> tuple[Entry, float]:

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

    ranked = sorted(
        _prefer_units_over_same_places(list(candidates)),
        key=lambda e: (-score(e), e.norm, e.source),
    )
    best = ranked[0]
    if len(ranked) == 1:
        confidence = 0.9
    else:
        margin = score(ranked[0]) - score(ranked[1])
        confidence = 0.95 if margin >= 5 else 0.8 if margin >= 2 else 0.6
    return best, confidence
