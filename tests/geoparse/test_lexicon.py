"""The word lists in data/geoparse/words and the parser's behaviour without them."""

from dataclasses import fields

from bezirkspartner.geoparse import Entry, Gazetteer, Geoparser
from bezirkspartner.geoparse.lexicon import Lexicon
from tests.geoparse.conftest import DATA


def test_every_list_loads_and_is_not_empty():
    lexicon = Lexicon.load(DATA / "geoparse" / "words")
    for field in fields(lexicon):
        assert getattr(lexicon, field.name), field.name
    assert {"Nähe", "Wetter", "Stelle", "Tür"} <= lexicon.common_nouns
    assert "Hamburg" not in lexicon.common_nouns  # toponyms are left out
    assert "Martin" in lexicon.given_names
    assert lexicon.is_organisation_word("spd fraktion")


def test_a_gazetteer_without_word_lists_still_parses_its_names():
    gazetteer = Gazetteer([("Harburg", Entry(norm="Harburg", type="district"))])
    assert gazetteer.lexicon == Lexicon()
    mentions = Geoparser(gazetteer).parse("Über den Harburger Ring nach Harburg.")
    # No street words are known without data/geoparse/words: only the gazetteer's names.
    assert [(m.surface, m.type) for m in mentions] == [("Harburg", "district")]


def _street_parser():
    lexicon = Lexicon.load(DATA / "geoparse" / "words")
    gazetteer = Gazetteer([("Harburg", Entry(norm="Harburg", type="district"))])
    gazetteer.lexicon = lexicon
    return Geoparser(gazetteer)


def test_street_words_and_prefixes_come_from_the_word_lists():
    lexicon = Lexicon.load(DATA / "geoparse" / "words")
    assert {"straße", "str.", "weg", "platz", "deiches"} <= set(lexicon.street_words)
    assert lexicon.street_prefixes[:2] == ("Am", "An der")
    assert "Wien" in lexicon.exonyms and "platz" in lexicon.compound_street_words
    assert {"bezirk", "bezirks", "kreis"} <= lexicon.unit_words
    found = _street_parser().parse("Über den Harburger Ring, Am Irrgarten 3, nach Harburg.")
    assert [(m.surface, m.type) for m in found] == [
        ("Harburger Ring", "street"),
        ("Am Irrgarten 3", "address"),
        ("Harburg", "district"),
    ]


def test_compounds_whose_last_part_is_a_noun_are_not_streets():
    found = _street_parser().parse(
        "Der Grillplatz und der Abenteuerspielplatz an der Eisenbahnstraßenbrücke; "
        "der Kundenparkplatz. Treffpunkt: Hansaplatz und Spielbudenplatz 5."
    )
    assert [(m.surface, m.type) for m in found] == [
        ("Hansaplatz", "street"),
        ("Spielbudenplatz 5", "address"),
    ]


def test_genitives_of_street_words_are_normalised_from_the_list():
    found = _street_parser().parse("Entlang des Marschkamper Deiches.")
    assert [(m.surface, m.norm) for m in found] == [("Marschkamper Deiches", "Marschkamper Deich")]


def test_a_name_joined_to_a_street_word_by_spaced_dashes_is_one_street():
    found = _street_parser().parse("Ort: Robert - Koch - Straße 17; Harburg - Wilstorf - Kirche.")
    assert [(m.surface, m.type) for m in found] == [
        ("Robert - Koch - Straße 17", "address"),
        ("Harburg", "district"),
    ]
