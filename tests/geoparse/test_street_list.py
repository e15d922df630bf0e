"""Streets of the shipped street list (data/geoparse/streets/hamburg.csv) without a street word."""

import csv
from pathlib import Path

from bezirkspartner.geoparse.gazetteer import Gazetteer

DATA = Path(__file__).resolve().parents[2] / "data"


def found(parser, text):
    return [(m.surface, m.type) for m in parser.parse(text)]


def test_the_street_list_is_sane():
    with (DATA / "geoparse" / "streets" / "hamburg.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) > 500
    assert len({r["name"] for r in rows}) == len(rows)
    for row in rows:
        lat, lon = float(row["lat"]), float(row["lon"])
        assert 53.38 <= lat <= 53.97 and 8.40 <= lon <= 10.35, row
        assert len(row["lat"].split(".")[1]) <= 5


def test_a_listed_street_without_a_street_word_is_found(parser):
    assert found(parser, "Der Radweg entlang Steenwisch wird erneuert.") == [
        ("Steenwisch", "street")
    ]
    mentions = parser.parse("Die Querung der Steenwisch soll sicherer werden.")
    assert [(m.surface, m.type) for m in mentions] == [("Steenwisch", "street")]
    assert mentions[0].lat is not None and mentions[0].confidence == 0.9


def test_a_listed_street_with_a_house_number_is_an_address(parser):
    assert found(parser, "Das Büro liegt im Haus Grindelhof 87 im dritten Stock.") == [
        ("Grindelhof 87", "address")
    ]
    assert found(parser, "Geplant ist ein Umbau im Haus Große Bleichen 12.") == [
        ("Große Bleichen 12", "address")
    ]


def test_a_listed_street_that_is_a_common_word_needs_context(parser):
    assert found(parser, "Für die Landwehr gab es kein Geld.") == []
    assert found(parser, "Die Zufahrt liegt in der Landwehr hinter der Schule.") == [
        ("Landwehr", "street")
    ]
    assert found(parser, "Gebaut wird an der Ecke Redder 14.") == [("Redder 14", "address")]
    assert found(parser, "Der Redder ist ein schmaler Weg zwischen Hecken.") == []


def test_a_listed_street_opening_a_sentence_needs_context(parser):
    assert found(parser, "Neuer Wall und Jungfernstieg sind Einkaufsstraßen.") == [
        ("Jungfernstieg", "street")
    ]
    assert ("Neuer Wall", "street") in found(parser, "Die Läden am Neuer Wall schließen früh.")


def test_a_listed_street_opening_with_a_prefix_needs_a_house_number(parser):
    assert found(parser, "Die Kita zieht zum Sommer an den Weiher im Park.") == []
    assert found(parser, "Die Kita zieht nach Am Weiher 29 um.") == [("Am Weiher 29", "address")]


def test_street_keys_are_kept_apart_and_compiled(tmp_path):
    streets = tmp_path / "geoparse" / "streets"
    streets.mkdir(parents=True)
    (streets / "musterstadt.csv").write_text(
        "name,lat,lon\nOp de Deel,53.1,10.1\nX,1,1\n", encoding="utf-8"
    )
    gazetteer = Gazetteer()
    gazetteer.add_streets(streets / "musterstadt.csv", context="musterstadt")
    assert gazetteer.street_keys == {"op de deel"}
    assert gazetteer.lookup("op de deel")[0].source == "streets"


def _rows(name: str) -> list[dict]:
    with (DATA / "geoparse" / "streets" / name).open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_the_address_street_list_is_sourced_and_apart_from_the_other_lists():
    rows = _rows("hamburg.addresses.csv")
    assert len(rows) > 1000
    others = {r["name"].casefold() for n in ("hamburg.csv", "hamburg.known.csv") for r in _rows(n)}
    assert len({r["name"] for r in rows}) == len(rows)
    for row in rows:
        lat, lon = float(row["lat"]), float(row["lon"])
        assert 53.38 <= lat <= 53.97 and 8.40 <= lon <= 10.35, row
        assert row["source"].startswith("https://") and row["checked"] == "2026-12-06", row
        assert row["name"].casefold() not in others, row
        assert not any(ch.isdigit() for ch in row["name"]), row


def test_a_street_known_from_addresses_is_found_in_its_context(parser):
    assert found(parser, "Die Baustelle am Kattrepel dauert bis Mai.") == [("Kattrepel", "street")]
    assert found(parser, "Die Kita Kupferhof 12 bekommt einen Anbau.") == [
        ("Kupferhof 12", "address")
    ]
