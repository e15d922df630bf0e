import pytest

pytestmark = pytest.mark.django_db


def test_partner_page_defaults_to_harburg_and_all_themes(client, knowledge_base):
    response = client.get("/partner/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Passende Partner für Harburg (Hamburg)" in html
    assert "/atlas/vienna/floridsdorf/" in html  # has a housing practice
    assert "/atlas/hamburg/wandsbek/" not in html  # own city excluded
    assert "<meter" in html


def test_partner_page_keeps_input_and_explains_unknown_district(client, knowledge_base):
    html = client.get("/partner/", {"bezirk": "Harbrug"}).content.decode()
    assert 'value="Harbrug"' in html
    assert "Meinten Sie" in html and "Harburg (Hamburg)" in html


def test_partner_page_english(client, knowledge_base):
    html = client.get(
        "/en/partner/", {"bezirk": "Bezirk Harburg", "themen": "wohnen"}
    ).content.decode()
    assert "Suitable partners for Harburg" in html
    assert "fits the theme of housing" in html
    assert "travel-time model" in html


def test_compare_two_candidates(client, knowledge_base):
    response = client.get(
        "/partner/vergleich/",
        {"bezirk": "Harburg", "a": "vienna/floridsdorf", "b": "vienna/inner-city"},
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "Floridsdorf" in html and "Innere Stadt" in html
    assert (
        client.get("/partner/vergleich/", {"a": "x/y", "b": "vienna/seestadt"}).status_code == 404
    )


def test_invalid_limits_are_reported(client, knowledge_base):
    html = client.get("/partner/", {"max_km": "-5"}).content.decode()
    assert 'role="alert"' in html


def test_unset_weights_and_city_limit_show_their_defaults(client, knowledge_base):
    html = client.get("/partner/", {"themen": "klima"}).content.decode()
    assert html.count('<option value="2" selected>') == 5  # every criterion at "medium"
    assert 'name="je_stadt" value="2"' in html
    assert "gewichtete Mittelwert der fünf Kriterien" in html


def test_the_map_of_the_partner_page_asks_the_api_for_what_it_accepts(client, knowledge_base):
    """Default weights are sums of floats (1.0499999999999998); the map URL rounds them."""
    import html as html_module
    import re

    page = client.get("/partner/", {"bezirk": "Harburg"}).content.decode()
    url = html_module.unescape(re.search(r'data-districts="([^"]+)"', page).group(1))
    assert re.search(r"weight=[a-z_]+%3D[0-9]+(\.[0-9]{1,6})?(&|$)", url)
    response = client.get(url)
    assert response.status_code == 200
    ranks = [f["properties"]["rank"] for f in response.json()["features"]]
    assert ranks and ranks == sorted(ranks)


def test_each_result_heading_carries_its_rank(client, knowledge_base):
    """Screen-reader users jump by headings (Orca's "h"): the list's numbers alone were not
    read with them (docs/screenreader/partner.txt)."""
    import re

    html = client.get("/partner/").content.decode()
    ranks = re.findall(r'<h3><span class="match__rank">(\d+)\.</span>', html)
    assert ranks and ranks == [str(n) for n in range(1, len(ranks) + 1)]


def test_a_signed_in_reader_gets_the_form_of_each_address(client, knowledge_base):
    from tests.forum.conftest import UserFactory

    client.force_login(UserFactory())  # rendered each time; the form part is kept per address
    first = client.get("/partner/", {"bezirk": "Harbrug"}).content.decode()
    again = client.get("/partner/", {"bezirk": "Harbrug"}).content.decode()
    other = client.get("/partner/", {"max_km": "-5"}).content.decode()
    assert 'value="Harbrug"' in first and 'value="Harbrug"' in again
    assert 'value="Harbrug"' not in other and 'value="-5"' in other
