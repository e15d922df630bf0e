"""The word lists in data/geoparse/words and the parser's behaviour without them."""

from bezirkspartner.geoparse import Entry, Gazetteer, Geoparser
from bezirkspartner.geoparse.lexicon import Lexicon
from tests.geoparse.conftest import DATA


def test_every_list_loads_and_is_not_empty():
    lexicon = Lexicon.load(DATA / "geoparse" / "words")
    for name, words in vars(lexicon).items():
        assert words, name
    assert {"Nähe", "Wetter", "Stelle", "Tür"} <= lexicon.common_nouns
    assert "Hamburg" not in lexicon.common_nouns  # toponyms are left out
    assert "Martin" in lexicon.given_names
    assert lexicon.is_organisation_word("spd fraktion")


def test_a_gazetteer_without_word_lists_still_parses():
    gazetteer = Gazetteer([("Harburg", Entry(norm="Harburg", type="district"))])
    assert gazetteer.lexicon == Lexicon()
    mentions = Geoparser(gazetteer).parse("Über den Harburger Ring nach Harburg.")
    assert [(m.surface, m.type) for m in mentions] == [
        ("Harburger Ring", "street"),
        ("Harburg", "district"),
    ]
