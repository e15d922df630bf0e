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


def test_bezirk_is_not_part_of_the_name(parser):
    assert found(parser, "Sonntagsöffnungen im Bezirk Harburg und des Bezirks Eimsbüttel.") == [
        ("Harburg", "district", "Harburg"),
        ("Eimsbüttel", "district", "Eimsbüttel"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Die Stadtreinigung Hamburg stellt Beutel bereit.",
        "Die SPD-Fraktion Eimsbüttel beantragt.",
        "Der Regionalausschuss Harburg tagt.",
        "Die Arbeitsgemeinschaft Niendorf e.V. fragt nach.",
        "Frau Bremer und Herr Martin sprechen.",
    ],
)
def test_places_in_names_of_bodies_and_persons_are_not_places(parser, text):
    assert found(parser, text) == []


def test_common_nouns_are_not_towns(parser):
    text = (
        "Die S-Bahn-Station liegt vor der Tür, in der Nähe, an dieser Stelle, "
        "bei schlechtem Wetter."
    )
    assert found(parser, text) == []


def test_big_cities_that_are_also_nouns_stay_cities(parser):
    assert [m.norm for m in parser.parse("Austausch mit Paris, Bremen und Essen.")] == [
        "Paris",
        "Bremen",
        "Essen",
    ]


def test_dates_are_not_addresses_and_nouns_are_not_streets(parser):
    text = "Im Dezember 2023 wurde der Grillplatz an der Straßenbrücke erneuert."
    assert found(parser, text) == []


def test_addresses_with_nr_and_ranges(parser):
    assert found(parser, "im Heußweg Nr. 3 und Im Neugrabener Dorf 79/81") == [
        ("Heußweg Nr. 3", "address", "Heußweg Nr. 3"),
        ("Im Neugrabener Dorf 79/81", "address", "Im Neugrabener Dorf 79/81"),
    ]


def test_hyphenated_street_names(parser):
    assert found(parser, "zwischen Nartenstraße und Theodor-Yorck-Straße") == [
        ("Nartenstraße", "street", "Nartenstraße"),
        ("Theodor-Yorck-Straße", "street", "Theodor-Yorck-Straße"),
    ]


def test_stations_sites_and_parks(parser):
    text = (
        "Vom Fernbahnhof Harburg zur Schule Röthmoorweg, zum Sportpark Lokstedt, "
        "ins Niendorfer Gehege und in den Unnapark; Harburg Rathaus."
    )
    assert [(m.surface, m.type) for m in parser.parse(text)] == [
        ("Fernbahnhof Harburg", "station"),
        ("Schule Röthmoorweg", "poi"),
        ("Sportpark Lokstedt", "poi"),
        ("Niendorfer Gehege", "park"),
        ("Unnapark", "park"),
        ("Harburg Rathaus", "station"),
    ]


def test_one_word_station_names_need_a_station_word(parser):
    assert found(parser, "Der Plan und das Rathaus.") == []
    assert [m.type for m in parser.parse("an der U-Bahn-Station Schlump")] == ["station"]


def test_motorways_after_an_article(parser):
    assert found(parser, "Viele fahren über die A7 nach Norden.") == [("A7", "street", "A7")]


def test_named_parts_of_quarters(parser):
    assert found(parser, "im Brennpunkt Schnelsen – Süd und in Eimsbüttel-Nord") == [
        ("Schnelsen – Süd", "quarter", "Schnelsen-Süd"),
        ("Eimsbüttel-Nord", "quarter", "Eimsbüttel-Nord"),
    ]


def test_sites_named_in_one_word_or_by_a_compound(parser):
    text = (
        "Der Geschäftsführer des Diakonieklinikums Hamburg, die Julius-Leber-Schule, "
        "die Alsterschwimmhalle, das KörberHaus und eine Campus-Stadtteilschule."
    )
    assert [(m.surface, m.type) for m in parser.parse(text)] == [
        ("Diakonieklinikums Hamburg", "poi"),
        ("Julius-Leber-Schule", "poi"),
        ("Alsterschwimmhalle", "poi"),
        ("KörberHaus", "poi"),
    ]


def test_a_common_noun_or_adjective_and_a_site_word_name_a_kind_of_site(parser):
    text = "im ehemaligen Kinderkrankenhaus, ein Sozialkaufhaus und die Freiluftschule"
    assert found(parser, text) == []
    assert [m.surface for m in parser.parse("rund um das Altonaer Kinderkrankenhaus")] == [
        "Altonaer Kinderkrankenhaus"
    ]


def test_genitive_streets_and_abstract_compounds(parser):
    text = "die Beruhigung des Marschkamper Deiches, der Verbindungsweg und des Deiches"
    assert found(parser, text) == [
        ("Marschkamper Deiches", "street", "Marschkamper Deich"),
    ]


def test_stations_named_like_towns_stay_towns(parser):
    assert [(m.surface, m.type) for m in parser.parse("Ein Ausflug nach Neu Wulmstorf.")] == [
        ("Neu Wulmstorf", "city")
    ]


def test_a_town_after_a_first_name_is_a_surname(parser):
    assert found(parser, "Es sprachen Ulrike Lüneburg und Thomas Buxtehude.") == []
    assert [m[1] for m in found(parser, "Die Fahrt von Lüneburg nach Buxtehude.")] == [
        "city",
        "city",
    ]


def test_a_station_or_site_named_by_a_hamburg_adjective(parser):
    text = "Vom Harburger Bahnhof zum Altonaer Museum, dann zum Bergedorfer Bahnhof."
    assert found(parser, text) == [
        ("Harburger Bahnhof", "station", "Harburger Bahnhof"),
        ("Altonaer Museum", "poi", "Altonaer Museum"),
        ("Bergedorfer Bahnhof", "station", "Bergedorfer Bahnhof"),
    ]
    # Any such place, or an adjective of no Hamburg district or quarter: no named site.
    assert found(parser, "Eine Altonaer Schule und die Hamburger Schule.") == []


def test_places_listed_after_a_body_or_a_party_name_the_body(parser):
    text = (
        "In der Sitzung des Regionalausschusses Lokstedt, Niendorf, Schnelsen und im "
        "Regionalausschuss Wilhelmsburg/Veddel sprachen die CDU Wandsbek und die Ortsämter "
        "Lokstedt und Stellingen."
    )
    assert found(parser, text) == []
    # A list not after a body is a list of places.
    assert [m.surface for m in parser.parse("Wir waren in Lokstedt, Niendorf und Schnelsen.")] == [
        "Lokstedt",
        "Niendorf",
        "Schnelsen",
    ]


def test_a_place_inside_a_short_quoted_title_is_no_mention(parser):
    text = "Das Konzept „freiRaum Ottensen“ und der Antrag „Entwicklungskonzept Frohmestraße“."
    assert found(parser, text) == []
    # The quote is the place itself, or the title puts something at the place.
    assert [m.surface for m in parser.parse("Parken in der „Lüneburger Straße“")] == [
        "Lüneburger Straße"
    ]
    assert [m.surface for m in parser.parse("die Aktion „Reinemachen in Harburg“")] == ["Harburg"]


def test_surnames_after_hyphenated_first_names_and_name_particles(parser):
    text = "Es sprachen Ralf-Georg Buxtehude und Paul von Hindenburg."
    assert found(parser, text) == []


def test_name_adjectives_open_street_names(parser):
    text = "Wer in die Große Bahnstraße geht, kommt bis Neuer Fährweg 7. April 2016 nicht weit."
    assert [(m.surface, m.type) for m in parser.parse(text)] == [
        ("Große Bahnstraße", "street"),
        ("Neuer Fährweg", "street"),
    ]


def test_neighbourhoods_named_by_their_form(parser):
    text = (
        "Im Komponistenviertel, im Struenseequartier und im Alten Bahnhofsviertel; "
        "nicht aber im Wohnquartier oder in einem neuen Stadtviertel."
    )
    assert [(m.surface, m.type) for m in parser.parse(text)] == [
        ("Komponistenviertel", "quarter"),
        ("Struenseequartier", "quarter"),
        ("Alten Bahnhofsviertel", "quarter"),
    ]


def test_a_site_at_a_street_and_a_building_named_by_haus(parser):
    text = "in der Schule am Bullenhuser Damm, im Haus Brügge und bei Herrn Niehaus"
    assert [(m.surface, m.type) for m in parser.parse(text)] == [
        ("Schule am Bullenhuser Damm", "poi"),
        ("Haus Brügge", "poi"),
    ]


def test_a_chain_of_quarters_joined_by_hyphens(parser):
    text = "Die Linie fährt Othmarschen-Waltershof-Finkenwerder, nicht Schleswig-Holstein."
    assert [(m.surface, m.type) for m in parser.parse(text)] == [
        ("Othmarschen", "quarter"),
        ("Waltershof", "quarter"),
        ("Finkenwerder", "quarter"),
        ("Schleswig-Holstein", "region"),  # a Land (germany-regions.yaml), not two quarters
    ]


def test_a_chain_of_quarters_naming_an_area_is_one_mention(parser):
    text = "Der Regionalbeauftragte für Wilhelmsburg-Veddel besuchte Rahlstedt-Hohenhorst."
    assert [(m.surface, m.type) for m in parser.parse(text)] == [
        ("Wilhelmsburg-Veddel", "quarter"),
        ("Rahlstedt-Hohenhorst", "quarter"),
    ]


def test_green_spaces_named_by_a_park_head(parser):
    text = "auf der Grünanlage Keindorffstraße, im Modelli-Park und in der Grünanlage Unnapark"
    assert [(m.surface, m.type) for m in parser.parse(text)] == [
        ("Grünanlage Keindorffstraße", "park"),
        ("Modelli-Park", "park"),
        ("Unnapark", "park"),
    ]


def test_a_river_takes_an_article_the_area_along_it_none(parser):
    text = "Bäume an der Süderelbe, Busse in Süderelbe und der Bezirk Süderelbe."
    assert [(m.surface, m.type) for m in parser.parse(text)] == [
        ("Süderelbe", "water"),
        ("Süderelbe", "region"),
        ("Süderelbe", "region"),
    ]


def test_a_direction_word_after_a_space_names_a_part_of_the_quarter(parser):
    assert found(parser, "Parken auf St. Pauli Nord") == [
        ("St. Pauli Nord", "quarter", "St. Pauli-Nord")
    ]


def test_a_hyphenated_street_runs_to_its_last_street_part(parser):
    assert [
        (m.surface, m.type) for m in parser.parse("in der Töpferdamm-Twiete und am Veritaskai-Ufer")
    ] == [
        ("Töpferdamm-Twiete", "street"),
        ("Veritaskai-Ufer", "street"),
    ]
    assert [m.surface for m in parser.parse("die Veritaskai-Baustelle")] == ["Veritaskai"]


def test_two_place_adjectives_sharing_one_park(parser):
    assert [
        (m.surface, m.type) for m in parser.parse("Schutz der Rissener/Sülldorfer Feldmark")
    ] == [("Rissener/Sülldorfer Feldmark", "park")]


def test_a_major_road_after_an_article_opening_a_sentence(parser):
    assert found(parser, "Die B5 verläuft als Magistrale.") == [("B5", "street", "B5")]


def test_a_district_short_name_after_a_preposition(parser):
    assert found(parser, "Liebe Freundinnen in Mitte, viele in Mitte schwelgten.") == [
        ("Mitte", "district", "Hamburg-Mitte"),
        ("Mitte", "district", "Hamburg-Mitte"),
    ]
    for text in ("in der Mitte des Platzes", "im Park in Mitte Altona", "nach Mitte-Nord"):
        assert "Hamburg-Mitte" not in [m[2] for m in found(parser, text)], text


def test_a_place_in_the_genitive_inside_a_quoted_phrase_is_a_mention(parser):
    assert found(parser, "Langenhorn sei doch „Hamburgs schönster Stadtteil“, sagte er.") == [
        ("Langenhorn", "quarter", "Langenhorn"),
        ("Hamburgs", "city", "Hamburg"),
    ]
    assert found(parser, "Die Aktion „Harburg räumt auf“ beginnt.") == []


def test_places_in_brackets_that_spell_out_a_body_are_part_of_its_name(parser):
    text = "Im Regionalausschuss FOLAG (Fuhlsbüttel, Ohlsdorf und Groß Borstel) wurde beraten."
    assert found(parser, text) == []
    assert found(parser, "Kandidaten für den Wahlkreis 4 (Bramfeld-Süd/Steilshoop).") == []
    # A councillor's area in brackets is a place.
    assert found(parser, "Es sprach Gulfam Malik (Langenhorn).") == [
        ("Langenhorn", "quarter", "Langenhorn")
    ]


def test_a_motorway_section_named_by_a_compass_word(parser):
    assert found(parser, "Der Bau der A 26 West beginnt, die A 1 bleibt.") == [
        ("A 26 West", "street", "A 26 West"),
        ("A 1", "street", "A 1"),
    ]


def test_a_name_adjective_opens_a_street_name(parser):
    assert [m[0] for m in found(parser, "Änderung beim Bewohnerparken Kleiner Schäferkamp")] == [
        "Kleiner Schäferkamp"
    ]
    assert [m[0] for m in found(parser, "Der Innovationspark am Curslacker Neuer Deich")][-1:] == [
        "Curslacker Neuer Deich"
    ]


def test_a_site_named_after_its_word_leaves_a_place_adjective_before_it_out(parser):
    assert found(parser, "Im Harburger Bürgerhaus Feuervogel tagt der Ausschuss.") == [
        ("Bürgerhaus Feuervogel", "poi", "Bürgerhaus Feuervogel")
    ]
    assert [m[0] for m in found(parser, "Das Altonaer Museum öffnet.")] == ["Altonaer Museum"]


def test_a_site_an_der_street_is_the_street_but_a_site_am_street_is_named_by_it(parser):
    assert found(parser, "Das Rathaus an der Mengestraße wird saniert.") == [
        ("Mengestraße", "street", "Mengestraße")
    ]
    assert [m[0] for m in found(parser, "Das Einkaufszentrum Am Botterbarg schließt.")] == [
        "Einkaufszentrum Am Botterbarg"
    ]


def test_places_joined_by_a_slash_are_two_places(parser):
    assert [m[0] for m in found(parser, "Hamburg/Wilhelmsburg. Der Empfang fand statt.")] == [
        "Hamburg",
        "Wilhelmsburg",
    ]


def test_a_street_named_after_a_person_written_without_hyphens(parser):
    assert [m[0] for m in found(parser, "An der Hein Kröger Straße wird gebaut.")] == [
        "Hein Kröger Straße"
    ]
    assert [m[0] for m in found(parser, "Das Quartier Peter-Beenck-Straße wächst.")] == [
        "Peter-Beenck-Straße"
    ]


def test_customer_centres_airports_centers_and_buildings_named_after_a_company(parser):
    text = "Im Kundenzentrum Billstedt, am Flughafen Fuhlsbüttel, im Eidelstedt-Center."
    assert [m[:2] for m in found(parser, text)] == [
        ("Kundenzentrum Billstedt", "poi"),
        ("Flughafen Fuhlsbüttel", "poi"),
        ("Eidelstedt-Center", "poi"),
    ]
    assert [m[0] for m in found(parser, "Das Karstadt-Gebäude und die Esso-Häuser")] == [
        "Karstadt-Gebäude",
        "Esso-Häuser",
    ]
    assert found(parser, "Die Häuser Hamburgs und ein Verwaltungsgebäude") == [
        ("Hamburgs", "city", "Hamburg")
    ]


def test_short_district_forms_networks_church_districts_and_programmes(parser):
    assert found(parser, "Der Bezirksamtsleiter von HH-Nord kommt.") == [
        ("HH-Nord", "district", "Hamburg-Nord")
    ]
    assert found(parser, "Das Demenznetzwerk Bergedorf und die Propstei Harburg-Bergedorf") == []
    assert found(parser, "Wir haben mit Eimsbüttel 2040 ein Konzept.") == []
    assert found(parser, "In Harburg 2023 wurde gebaut.")[0][0] == "Harburg"
    assert found(parser, "Allen gemeinsam ist der Wohnort.") == []


def test_initiatives_local_branches_and_a_technical_university_are_bodies(parser):
    text = "Die Bürgerinitiativen Vogteistraße/Jägerstraße und der SPD-Distrikt Neugraben-Fischbek"
    assert found(parser, text) == []
    assert found(parser, "des CDU-Ortsverbandes Eimsbüttel/Hoheluft-West; die TU Hamburg") == []


def test_a_quarter_written_with_the_city_s_name_is_the_quarter(parser):
    assert found(parser, "Die Lohkampstraße in Hamburg-Eidelstedt wurde ausgebaut.") == [
        ("Lohkampstraße", "street", "Lohkampstraße"),
        ("Hamburg-Eidelstedt", "quarter", "Eidelstedt"),
    ]


def test_station_words_for_two_lines_bodies_with_numbers_and_generic_compounds(parser):
    assert found(parser, "Ein Bus zum neuen S/U-Bahnhof Elbbrücken.") == [
        ("S/U-Bahnhof Elbbrücken", "station", "S/U-Bahnhof Elbbrücken")
    ]
    assert found(parser, "Im Wahlkreis 1 kandidieren drei.") == []
    text = "Ein Multifunktionssportplatz im alten Arbeiterquartier am Holstenplatz 3."
    assert [m[0] for m in found(parser, text)] == ["Holstenplatz 3"]


def test_a_power_station_and_a_street_after_a_hyphenated_noun(parser):
    assert found(parser, "Der Rückbau des Kohlekraftwerks Moorburg beginnt.") == [
        ("Kohlekraftwerks Moorburg", "poi", "Kohlekraftwerks Moorburg")
    ]
    assert "Neuköllner Ring" in [m[0] for m in found(parser, "im SAGA-Quartier Neuköllner Ring")]


def test_another_city_s_district_named_by_a_common_noun_needs_that_country_s_city(parser):
    assert found(parser, "Unsere schöne Innenstadt nebst Hafencity.") == [
        ("Hafencity", "quarter", "HafenCity")
    ]
    assert [m[0] for m in found(parser, "Partnerschaft mit Neubau in Wien.")] == ["Neubau", "Wien"]


def test_a_body_with_its_subject_in_one_noun_before_the_place(parser):
    assert found(parser, "Der Arbeitskreis Ortskern Blankenese trifft sich.") == []
    assert found(parser, "SPD Kreis Eimsbüttel wählt neu.") == []
    assert [m[0] for m in found(parser, "für die grünen Projekte Harburgs")] == ["Harburgs"]


def test_the_central_station_named_by_its_word_alone(parser):
    text = "Treffpunkt am Hauptbahnhof, dann zum Hauptbahnhof Harburg; ein Hauptbahnhof."
    assert [m[:2] for m in found(parser, text)] == [
        ("Hauptbahnhof", "station"),
        ("Hauptbahnhof Harburg", "station"),
    ]


def test_a_quarter_named_like_a_street_is_the_quarter_without_a_house_number(parser):
    assert [m[:2] for m in found(parser, "Im Vogelkamp wird gebaut, am Vogelkamp 3 nicht.")] == [
        ("Vogelkamp", "quarter"),
        ("Vogelkamp 3", "address"),
    ]


def test_a_brook_by_the_ending_of_its_name(parser):
    assert [m[:2] for m in found(parser, "An der Schillingsbek und in Wandsbek")] == [
        ("Schillingsbek", "water"),
        ("Wandsbek", "district"),
    ]


def test_a_noun_after_an_adjective_on_e_and_an_acronym_are_no_cities(parser):
    assert found(parser, "Offene Türen für Lohbrügger.") == []
    assert found(parser, "Die Leitung hat die BIG Städtebau.") == []
    assert [m[0] for m in found(parser, "Die USA und NRW")] == ["USA", "NRW"]


def test_house_letter_ranges_and_a_committee_named_by_its_quarters(parser):
    assert [m[0] for m in found(parser, "den Häuserblock Bartholomäusstraße 9a-d prüfen")] == [
        "Bartholomäusstraße 9a-d"
    ]
    assert found(parser, "Mitglieder aus Barmbek-Uhlenhorst-Hohenfelde-Dulsberg (BUHD)") == []


def test_a_district_short_name_after_the_word_bezirk(parser):
    assert found(parser, "Die Prognose für den Bezirk Nord liegt bei vier Prozent.") == [
        ("Nord", "district", "Hamburg-Nord")
    ]
    assert found(parser, "Das Bezirksamt Nord lädt ein.") == []


def test_a_common_noun_used_as_one_is_no_district_of_another_city(parser):
    assert found(parser, "Die Planung des Neubaus des Polizeikommissariats in Neugraben.") == [
        ("Neugraben", "quarter", "Neugraben-Fischbek")
    ]
    # Without an article the word names Vienna's district, as before.
    assert [m[2] for m in found(parser, "Partnerschaft mit Neubau in Wien")][:1] == ["Neubau"]


def test_bodies_plans_and_offices_before_hyphenated_names_regions_and_streets(parser):
    text = (
        "Der Regionalausschuss Eppendorf-Winterhude, der B-Plan Barmbek-Nord 61, der "
        "Masterplan Mittlerer Landweg, das Stadtteilbüro St. Georg und der Regionalausschuss "
        "Vier- und Marschlande."
    )
    assert found(parser, text) == []


def test_a_district_listed_with_quarters_is_the_quarter(parser):
    text = "Stadtteile: Lohbrügge, Bergedorf, Curslack. Der Bezirk Bergedorf wächst."
    assert [(m.surface, m.type) for m in parser.parse(text)] == [
        ("Lohbrügge", "quarter"),
        ("Bergedorf", "quarter"),
        ("Curslack", "quarter"),
        ("Bergedorf", "district"),
    ]


def test_a_name_does_not_run_over_a_comma(parser):
    assert [m.surface for m in parser.parse("in Allermöhe, Billwerder, Moorfleet")] == [
        "Allermöhe",
        "Billwerder",
        "Moorfleet",
    ]


def test_genitives_of_site_station_and_street_words(parser):
    text = (
        "die Sanierung des Bürgerhauses Wilhelmsburg, anstelle des S-Bahnhofs Harburg und "
        "die Umbenennung des Kraepelinwegs"
    )
    assert [(m.surface, m.type) for m in parser.parse(text)] == [
        ("Bürgerhauses Wilhelmsburg", "poi"),
        ("S-Bahnhofs Harburg", "station"),
        ("Kraepelinwegs", "street"),
    ]


def test_waters_named_by_a_place_adjective_and_house_number_pairs(parser):
    text = "am Bergedorfer Hafen, an der Hohenfelder Bucht und am Mittleren Landweg 49 und 51"
    assert [(m.surface, m.type) for m in parser.parse(text)] == [
        ("Bergedorfer Hafen", "water"),
        ("Hohenfelder Bucht", "water"),
        ("Mittleren Landweg 49 und 51", "address"),
    ]


def test_a_surname_ending_like_a_street_after_a_first_name(parser):
    assert found(parser, "Dazu erklärt Dennis Thering, Kreisvorsitzender.") == []
    assert [m.surface for m in parser.parse("Ihr Gabor Gottlieb Osterstraße: neue Planung")] == [
        "Osterstraße"
    ]


def test_a_body_for_a_subject_and_a_plan_designation_name_no_place(parser):
    text = (
        "Sitzung des Beirates für Stadtteilentwicklung Wilhelmsburg. Die Planbezeichnung "
        "lautet Billwerder 30/Bergedorf 120/Lohbrügge 95."
    )
    assert found(parser, text) == []


def test_a_site_of_a_subject_and_a_site_made_any_such_by_an_article(parser):
    text = (
        "Dank an das Haus der Jugend Wilhelmsburg. Die CDU will den Bau einer inklusiven "
        "Multifunktionssporthalle."
    )
    assert [(m.surface, m.type) for m in parser.parse(text)] == [
        ("Haus der Jugend Wilhelmsburg", "poi")
    ]
    assert [m.surface for m in parser.parse("am Sportplatz der Julius-Leber-Schule")] == [
        "Julius-Leber-Schule"
    ]


def test_no_street_across_a_line_or_after_a_noun_on_en(parser):
    text = "Pressemitteilungen\nBerner Heerweg bleibt offen, der Pumptrack im Gleisbogen Rübenkamp"
    assert [m.surface for m in parser.parse(text) if m.type == "street"] == [
        "Berner Heerweg",
        "Rübenkamp",
    ]


def test_first_parts_sharing_a_street_word_are_one_mention(parser):
    text = "für die Straßenzüge Arnold-, Kepler-, Klaus- und Eulenstraße sowie die Bahnhofstraße"
    assert [m.surface for m in parser.parse(text)] == [
        "Arnold-, Kepler-, Klaus- und Eulenstraße",
        "Bahnhofstraße",
    ]


def test_a_body_for_a_subject_needs_the_subject(parser):
    assert found(parser, "Das Wahlprogramm für den Bezirk Hamburg-Mitte liegt vor.") == []
    assert [
        m.surface for m in parser.parse("Die CDU beantragt einen Erhaltungsplan für Tonndorf.")
    ] == ["Tonndorf"]


def test_streets_named_after_a_traffic_noun_or_listed_after_a_street(parser):
    text = (
        "Die Kreuzung Sechslingspforte, der Kreisverkehr Steendiek, an der Straße "
        "Schafshagenberg; ob Grandweg oder Sophienterrassen; die Kreuzung Harburg nicht."
    )
    assert [(m.surface, m.type) for m in parser.parse(text) if m.type == "street"] == [
        ("Sechslingspforte", "street"),
        ("Steendiek", "street"),
        ("Schafshagenberg", "street"),
        ("Grandweg", "street"),
        ("Sophienterrassen", "street"),
    ]


def test_bows_and_tunnels_are_street_words(parser):
    text = "am Friedrich-Frank-Bogen, vom Liedenkummer Bogen, durch den Elbtunnel; ein Bogen"
    assert [m.surface for m in parser.parse(text)] == [
        "Friedrich-Frank-Bogen",
        "Liedenkummer Bogen",
        "Elbtunnel",
    ]
