"""Word lists the recogniser consults, read from data/geoparse/words/. Pure Python.

Each list is a text file, one word a line, `#` lines are comments (source, licence, meaning).
Lists marked "folded" hold keys as `fold` makes them; the others hold words as written.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from bezirkspartner.core.datafile import read_word_lines, read_words
from bezirkspartner.core.text import fold


@dataclass(frozen=True)
class Lexicon:
    stop_words: frozenset[str] = field(default_factory=frozenset)  # folded
    organisation_words: frozenset[str] = field(default_factory=frozenset)  # folded
    organisation_suffixes: tuple[str, ...] = ()  # folded
    generic_street_words: frozenset[str] = field(default_factory=frozenset)  # folded
    calendar_words: frozenset[str] = field(default_factory=frozenset)  # folded
    person_titles: frozenset[str] = field(default_factory=frozenset)  # folded
    speech_verbs: frozenset[str] = field(default_factory=frozenset)  # folded
    determiners: frozenset[str] = field(default_factory=frozenset)  # folded
    common_nouns: frozenset[str] = field(default_factory=frozenset)  # as written
    given_names: frozenset[str] = field(default_factory=frozenset)  # as written
    site_words: frozenset[str] = field(default_factory=frozenset)  # as written
    site_plurals: frozenset[str] = field(default_factory=frozenset)  # as written
    site_kind_phrases: frozenset[str] = field(default_factory=frozenset)  # folded
    building_words: frozenset[str] = field(default_factory=frozenset)  # as written
    station_words: frozenset[str] = field(default_factory=frozenset)  # as written
    standalone_stations: frozenset[str] = field(default_factory=frozenset)  # as written
    park_words: frozenset[str] = field(default_factory=frozenset)  # as written
    park_heads: frozenset[str] = field(default_factory=frozenset)  # as written
    water_words: frozenset[str] = field(default_factory=frozenset)  # as written
    street_cue_nouns: frozenset[str] = field(default_factory=frozenset)  # as written
    direction_words: frozenset[str] = field(default_factory=frozenset)  # as written
    street_words: tuple[str, ...] = ()  # endings, lower case as written
    street_prefixes: tuple[str, ...] = ()  # as written, in file order
    compound_street_words: tuple[str, ...] = ()  # lower case as written
    exonyms: tuple[str, ...] = ()  # as written, in file order
    unit_words: frozenset[str] = field(default_factory=frozenset)  # folded
    name_adjectives: frozenset[str] = field(default_factory=frozenset)  # as written
    quarter_endings: tuple[str, ...] = ()  # lower case
    estate_endings: tuple[str, ...] = ()  # lower case
    short_district_names: tuple[tuple[str, str], ...] = ()  # (short, full) as written
    generic_quarter_heads: tuple[str, ...] = ()  # lower case
    brook_endings: tuple[str, ...] = ()  # lower case

    @classmethod
    def load(cls, words_dir: Path) -> Lexicon:
        def words(name: str) -> frozenset[str]:
            return read_words(words_dir / name)

        def folded(name: str) -> frozenset[str]:  # "b-plan" is read as its key "b plan"
            return frozenset(fold(word) for word in read_words(words_dir / name))

        buildings = words("building-words.txt")  # site words only after a name and a hyphen
        standalone = words("standalone-stations.txt")  # station words that name one station
        plurals = words("site-plurals.txt")  # site words that name the sites listed after them
        return cls(
            stop_words=folded("stop-words.txt"),
            organisation_words=folded("organisation-words.txt"),
            organisation_suffixes=tuple(sorted(folded("organisation-suffixes.txt"))),
            generic_street_words=_with_genitives(folded("generic-street-words.txt")),
            calendar_words=folded("calendar-words.txt"),
            person_titles=folded("person-titles.txt"),
            speech_verbs=folded("speech-verbs.txt"),
            determiners=folded("determiners.txt"),
            common_nouns=words("german-common-nouns.txt.gz"),
            given_names=words("german-given-names.txt") | words("given-names-nam-dict.txt"),
            site_words=_with_genitives(words("site-words.txt")) | buildings | plurals,
            site_plurals=plurals,
            site_kind_phrases=folded("site-kind-phrases.txt"),
            building_words=buildings,
            station_words=words("station-words.txt") | standalone,
            standalone_stations=standalone,
            park_words=words("park-words.txt"),
            park_heads=_with_genitives(words("park-heads.txt")),
            water_words=words("water-words.txt"),
            street_cue_nouns=words("street-cue-nouns.txt"),
            direction_words=words("direction-words.txt"),
            street_words=tuple(sorted(words("street-words.txt"))),
            street_prefixes=read_word_lines(words_dir / "street-prefixes.txt"),
            compound_street_words=tuple(sorted(words("compound-street-words.txt"))),
            exonyms=read_word_lines(words_dir / "german-exonyms.txt"),
            unit_words=folded("unit-words.txt"),
            name_adjectives=words("name-adjectives.txt"),
            quarter_endings=tuple(sorted(words("quarter-endings.txt"))),
            estate_endings=tuple(sorted(words("estate-endings.txt"))),
            short_district_names=tuple(
                tuple(part.strip() for part in line.split("=", 1))
                for line in read_word_lines(words_dir / "short-district-names.txt")
            ),
            generic_quarter_heads=tuple(sorted(words("generic-quarter-heads.txt"))),
            brook_endings=tuple(sorted(words("brook-endings.txt"))),
        )

    @property
    def cue_suffixes(self) -> tuple[str, ...]:
        """Site and station words folded, to find them also in compounds ("Diakonieklinikums",
        "Freiluftschule") with one `endswith` a word."""
        return tuple(sorted({fold(w) for w in self.site_words | self.station_words}))

    def is_given_name(self, word: str) -> bool:
        """A first name, hyphenated ones too ("Ralf-Georg")."""
        return all(part in self.given_names for part in word.split("-"))

    def __post_init__(self) -> None:
        # the answers of is_organisation_word, kept per word (not a field: never compiled)
        object.__setattr__(self, "_bodies", {})

    def is_organisation_word(self, folded: str) -> bool:
        known = self._bodies.get(folded)
        if known is None:
            known = folded in self.organisation_words or folded.endswith(self.organisation_suffixes)
            if len(self._bodies) < 100_000:
                self._bodies[folded] = known
        return known


def _with_genitives(words: frozenset[str]) -> frozenset[str]:
    """The words and their genitives on -s and -es ("Bürgerhauses", "Sportplatzes",
    "Schöpfwerks"), for the nouns that take one."""
    genitives = {
        w + ending
        for w in words
        if not w.endswith("e")
        for ending in (("es",) if w.endswith("s") else ("s", "es"))
    }
    return frozenset(words | genitives)
