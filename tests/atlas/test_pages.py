import re

import pytest

pytestmark = pytest.mark.django_db


def test_atlas_index_lists_cities_with_sources(client, small_atlas):
    html = client.get("/atlas/").content.decode()
    assert "<h1>Atlas europäischer Bezirke</h1>" in html
    assert 'href="/atlas/vienna/"' in html
    assert "Wien" in html and "Gemeindebezirk" in html
    assert 'data-districts="/api/districts.geojson"' in html


def test_city_page_has_district_table_and_source(client, small_atlas):
    response = client.get("/atlas/vienna/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "https://example.org/wien-bezirke" in html
    assert 'href="/atlas/vienna/floridsdorf/"' in html
    assert "16.000" in html  # German thousands separator


def test_city_page_in_english_uses_english_names(client, small_atlas):
    html = client.get("/en/atlas/vienna/").content.decode()
    assert "<h1>Vienna" in html
    assert "Inner City" in html
    assert "16,000" in html


def test_district_profile_shows_facts_sources_and_partnerships(client, small_atlas):
    html = client.get("/atlas/hamburg/wandsbek/").content.decode()
    assert "Waltham Forest (London)" in html
    assert "seit 1949" in html
    assert "https://example.org/wandsbek" in html


def test_district_profile_flags_curated_coordinates(client, small_atlas):
    html = client.get("/atlas/vienna/seestadt/").content.decode()
    assert 'class="notice"' in html
    assert "https://example.org/seestadt" in html


def test_district_profile_marks_geonames_population_as_unofficial(client, small_atlas):
    html = client.get("/atlas/hamburg/harburg/").content.decode()
    assert "https://www.geonames.org/5" in html
    assert "keine amtliche Zahl" in html
    assert "Neugraben-Fischbek" in html  # quarters


def test_unconfirmed_partnership_is_marked(client, small_atlas):
    html = client.get("/atlas/partnerschaften/").content.decode()
    row = re.search(r"Camden.*?</tr>", html, re.S).group(0)
    assert "nicht bestätigt" in row


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Wien", "Floridsdorf"),
        ("wien 21", "Floridsdorf"),
        ("Florisdorf", "Floridsdorf"),
        ("HARBURG", "Harburg"),
        ("Vienna", "Innere Stadt"),
    ],
)
def test_search_finds_districts_by_any_name(client, small_atlas, query, expected):
    html = client.get("/atlas/suche/", {"q": query}).content.decode()
    assert expected in html


def test_search_keeps_the_query_and_says_when_nothing_is_found(client, small_atlas):
    html = client.get("/atlas/suche/", {"q": "<script>Xanadu"}).content.decode()
    assert "Nichts gefunden" in html
    assert "<script>Xanadu" not in html
    assert 'value="&lt;script&gt;Xanadu"' in html


def test_unknown_city_and_district_give_404(client, small_atlas):
    assert client.get("/atlas/atlantis/").status_code == 404
    assert client.get("/atlas/vienna/atlantis/").status_code == 404


def test_coordinates_from_a_rule_are_shown_as_text_not_as_a_link(client, small_atlas):
    from bezirkspartner.atlas.models import District

    rule = "mean of the GeoNames points of Aspern (1), Essling (2)"
    District.objects.filter(name="Seestadt").update(coord_source=rule)
    html = client.get("/atlas/vienna/seestadt/").content.decode()
    assert rule in html
    assert 'href="mean of' not in html


def test_data_notes_are_folded_marked_as_english_and_link_their_urls(client, small_atlas):
    city = client.get("/atlas/vienna/").content.decode()
    notes = re.search(r'<details class="data-notes">.*?</details>', city, re.S).group(0)
    assert "Hinweise zu den Daten" in notes and "Text auf Englisch" in notes
    assert '<p lang="en">The 23 districts date from 1954' in notes
    assert 'href="https://example.org/wien-bezirke-liste' in notes
    district = client.get("/atlas/vienna/seestadt/").content.decode()
    assert "Point of the Seestadt U-Bahn station" in district
    english = client.get("/en/atlas/vienna/").content.decode()
    assert "Notes on the data" in english and "text in English" not in english


def test_city_page_says_which_districts_are_missing_from_the_map(client, small_atlas):
    from bezirkspartner.atlas.models import District

    vienna = District.objects.filter(city__slug="vienna")
    vienna.filter(name="Floridsdorf").update(lat=None, lon=None)
    assert vienna.exclude(lat=None).exists()
    missing = vienna.filter(lat=None).count()
    html = client.get("/atlas/vienna/").content.decode()
    assert 'id="atlas-map"' in html
    assert f"Für {missing} Bezirk" in html and "fehl" in html


def test_city_page_without_any_located_district_shows_no_empty_map(client, small_atlas):
    from bezirkspartner.atlas.models import District

    District.objects.filter(city__slug="vienna").update(lat=None, lon=None)
    html = client.get("/atlas/vienna/").content.decode()
    assert 'id="atlas-map"' not in html
    assert "Für keinen dieser Bezirke ist die Lage bisher bekannt" in html
    assert 'href="/atlas/vienna/floridsdorf/"' in html  # the table is still there


def test_source_links_say_what_they_are_the_source_of(client, small_atlas):
    """A screen reader read "Quelle, Quelle, Quelle" (docs/screenreader/district.txt)."""
    import re

    html = client.get("/atlas/vienna/floridsdorf/").content.decode()
    html += client.get("/atlas/hamburg/wandsbek/").content.decode()
    names = re.findall(r'<a href="[^"]+" aria-label="(Quelle[^"]*)">Quelle', html)
    assert names and all(name != "Quelle" for name in names)
    assert any(name.startswith("Quelle 1 zu ") for name in names)
