"""Named sites, waters, regions and localities of the curated Hamburg lists (issue 19).

The sentences are written for these tests; the names come from data/geoparse/hamburg-sites.yaml
and data/geoparse/hamburg-waters-localities.yaml.
"""

from pathlib import Path

import yaml

import bezirkspartner

DATA = Path(bezirkspartner.__file__).parents[2] / "data" / "geoparse"


def spans(parser, text):
    return [(m.surface, m.type) for m in parser.parse(text)]


def test_a_long_site_name_is_taken_whole(parser):
    text = "Die Klasse besucht das Museum für Bergedorf und die Vierlande am Mittwoch."
    assert ("Museum für Bergedorf und die Vierlande", "poi") in spans(parser, text)


def test_a_known_site_name_is_not_cut_into_a_shorter_site(parser):
    text = "Die Berufliche Schule Eidelstedt plant eine Mensa."
    assert spans(parser, text) == [("Berufliche Schule Eidelstedt", "poi")]


def test_a_known_site_with_a_place_in_its_name_is_one_site(parser):
    text = "Die Bücherhalle Barmbek soll ab Mai länger öffnen."
    assert spans(parser, text) == [("Bücherhalle Barmbek", "poi")]


def test_a_recurring_market_is_an_event_and_names_no_place(parser):
    assert spans(parser, "Der Wochenmarkt Tibarg soll ab Mai länger öffnen.") == []
    assert spans(parser, "Der Volksdorfer Wochenmarkt bleibt.") == []


def test_known_sites_carry_their_point(parser):
    (mention,) = parser.parse("Eine Lesung im Thalia Theater war ausverkauft.")
    assert (mention.surface, mention.type) == ("Thalia Theater", "poi")
    assert 53.4 < mention.lat < 53.7 and 9.8 < mention.lon < 10.2


def test_a_site_word_alone_or_a_common_noun_is_no_site(parser):
    assert spans(parser, "Die Bücherhalle hat montags geschlossen.") == []
    assert spans(parser, "Ein Gemeindehaus und ein Wochenmarkt fehlen.") == []


def test_new_site_words_mark_a_named_site(parser):
    text = "Der Stadtteilkulturzentrum Feuervogel lädt ein."
    assert ("Stadtteilkulturzentrum Feuervogel", "poi") in spans(parser, text)


def test_waters(parser):
    text = "Am Hohendeicher See und am Spreehafen, nahe dem Magdeburger Hafen und dem Kleinfleet."
    assert spans(parser, text) == [
        ("Hohendeicher See", "water"),
        ("Spreehafen", "water"),
        ("Magdeburger Hafen", "water"),
        ("Kleinfleet", "water"),
    ]


def test_regions(parser):
    text = "Die Vier- und Marschlande und die Harburger Berge sind Ausflugsziele."
    assert spans(parser, text) == [
        ("Vier- und Marschlande", "region"),
        ("Harburger Berge", "region"),
    ]


def test_localities_below_the_stadtteil(parser):
    text = (
        "Neue Wohnungen entstehen in Oberbillwerder, im Vogelkamp Neugraben und am Osdorfer Born."
    )
    assert spans(parser, text) == [
        ("Oberbillwerder", "quarter"),
        ("Vogelkamp Neugraben", "quarter"),
        ("Osdorfer Born", "quarter"),
    ]


def test_a_locality_that_is_also_a_station_name_follows_the_station_word(parser):
    assert spans(parser, "Ab U-Bahnhof Mümmelmannsberg fährt der Bus.") == [
        ("U-Bahnhof Mümmelmannsberg", "station")
    ]
    assert spans(parser, "Die Siedlung Mümmelmannsberg wird saniert.")[-1] == (
        "Mümmelmannsberg",
        "quarter",
    )


def test_every_curated_entry_names_its_source():
    sites = yaml.safe_load((DATA / "hamburg-sites.yaml").read_text("utf-8"))
    assert len(sites) > 400
    assert all(s["type"] == "poi" and s["source"] and s["lat"] and s["lon"] for s in sites)
    assert all(" " in s["name"] or "-" in s["name"] or s["name"][-4:] for s in sites)
    others = yaml.safe_load((DATA / "hamburg-waters-localities.yaml").read_text("utf-8"))
    assert {o["type"] for o in others} == {"water", "region", "quarter"}
    assert all(o["source"].startswith("http") and o["checked"] == "2026-12-05" for o in others)


def test_no_one_word_site_is_a_common_noun(parser):
    lexicon = parser.lexicon
    sites = yaml.safe_load((DATA / "hamburg-sites.yaml").read_text("utf-8"))
    for site in sites:
        name = site["name"]
        if " " not in name:
            assert name not in lexicon.common_nouns and name not in lexicon.site_words, name


def test_countries_outside_europe_are_named_by_their_german_names(parser):
    text = "Geflüchtete aus Syrien, dem Iran und Libyen; Partner in den Vereinigten Staaten."
    assert spans(parser, text) == [
        ("Syrien", "country"),
        ("Iran", "country"),
        ("Libyen", "country"),
        ("Vereinigten Staaten", "country"),
    ]
    assert spans(parser, "Die Sicherheit Israels") == [("Israels", "country")]


def test_every_world_country_names_its_source_and_none_is_also_an_atlas_country():
    countries = yaml.safe_load((DATA / "world-countries.yaml").read_text("utf-8"))
    atlas = yaml.safe_load((DATA.parent / "atlas" / "countries.yaml").read_text("utf-8"))
    assert len(countries) > 150
    assert all(c["type"] == "country" and c["source"].startswith("https://") for c in countries)
    assert not {c["country"] for c in countries} & {a["code"] for a in atlas}
    assert not {"Jersey", "Guernsey", "St. Martin"} & {c["name"] for c in countries}


def test_colloquial_area_names_are_quarters_but_not_after_an_indefinite_article(parser):
    text = "Fahrradbügel zwischen Barmbek und Hohenfelde, Feste im Grindel und in der Schanze."
    assert spans(parser, text) == [
        ("Barmbek", "quarter"),
        ("Hohenfelde", "quarter"),
        ("Grindel", "quarter"),
        ("Schanze", "quarter"),
    ]
    assert spans(parser, "Gebaut wurde eine Schanze aus Erde.") == []


def test_german_laender_and_large_regions(parser):
    text = "Wie in Niedersachsen und Baden-Württemberg gilt das in ganz Norddeutschland."
    assert spans(parser, text) == [
        ("Niedersachsen", "region"),
        ("Baden-Württemberg", "region"),
        ("Norddeutschland", "region"),
    ]
