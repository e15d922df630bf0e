import pytest

from bezirkspartner.geoparse.tokens import tokenize


def found(parser, text):
    return [(m.surface, m.type, m.norm) for m in parser.parse(text)]


def test_offsets_point_into_the_text_as_read(parser):
    text = "Gäste aus Malmö, Brüssel und Kopenhagen besuchen die Süderelbe."
    for mention in parser.parse(text):
        assert text[mention.start : mention.end] == mention.surface


def test_german_exonyms(parser):
    text = "Partnerschaften mit Wien, Kopenhagen, Brüssel, Lissabon und Mailand."
    norms = [m.norm for m in parser.parse(text)]
    assert norms == ["Wien", "Kopenhagen", "Brüssel", "Lissabon", "Mailand"]


def test_genitive_forms(parser):
    assert [m.norm for m in parser.parse("Harburgs Rolle und Wiens Wohnungsbau")] == [
        "Harburg",
        "Wien",
    ]


def test_organisations_and_plans_are_not_places(parser):
    assert found(parser, "Das Bezirksamt Harburg und die Bezirksversammlung Harburg.") == []
    assert found(parser, "Der Regionalausschuss Süderelbe berät.") == []
    assert found(parser, "Der Bebauungsplan Heimfeld 54 liegt aus.") == []


def test_demonyms_are_not_places(parser):
    assert found(parser, "Die Hamburger und die Wiener Verwaltung.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("am Sinstorfer Weg 60", ("Sinstorfer Weg 60", "address", "Sinstorfer Weg 60")),
        ("über den Harburger Ring", ("Harburger Ring", "street", "Harburger Ring")),
        ("in der Schwarzenbergstraße", ("Schwarzenbergstraße", "street", "Schwarzenbergstraße")),
        ("Buxtehuder Str. 12", ("Buxtehuder Str. 12", "address", "Buxtehuder Straße 12")),
        ("Treffen Am Irrgarten 3", ("Am Irrgarten 3", "address", "Am Irrgarten 3")),
    ],
)
def test_streets_and_addresses(parser, text, expected):
    assert found(parser, text) == [expected]


def test_common_nouns_that_end_like_streets_are_not_streets(parser):
    assert found(parser, "Der Radweg, der Eingang und der Parkplatz. Der Umgang damit.") == []


def test_hyphenated_and_spaced_variants(parser):
    norms = {m.norm for m in parser.parse("Neugraben-Fischbek und Neugraben - Fischbek")}
    assert norms == {"Neugraben-Fischbek"}


def test_context_resolves_harburg_to_hamburg(parser):
    harburg = next(m for m in parser.parse("Der Bezirk Harburg wächst.") if m.norm == "Harburg")
    assert harburg.type == "district"
    assert harburg.lat == pytest.approx(53.46, abs=0.05)


def test_tokens_keep_offsets():
    tokens = tokenize("Buxtehuder Str. 12, Neugraben-Fischbek")
    assert [t.text for t in tokens] == ["Buxtehuder", "Str", "12", "Neugraben-Fischbek"]
    assert tokens[3].start == 20
