import pytest

pytestmark = pytest.mark.django_db


def test_theme_overview_lists_six_themes(client, knowledge_base):
    html = client.get("/wissen/").content.decode()
    for name in [
        "Wohnungsbau und bezahlbarer Wohnraum",
        "Nachhaltige Mobilität",
        "Integration und soziale Teilhabe",
        "Klimaschutz und urbane Resilienz",
        "Kultur und Kreativwirtschaft",
        "Digitalisierung und Smart City",
    ]:
        assert name in html


def test_theme_page_shows_practices_cities_and_harburgs_challenge(client, knowledge_base):
    html = client.get("/wissen/themen/klima/").content.decode()
    assert "Test-Herausforderung Sturmflut." in html
    assert "/wissen/praxis/hamburg-test-bike/" in html
    english = client.get("/en/wissen/themen/klima/").content.decode()
    assert "Test challenge storm flood." in english


def test_practice_page_escapes_hostile_text_and_lists_sources(client, knowledge_base):
    html = client.get("/wissen/praxis/hamburg-test-bike/").content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;" in html
    assert "https://example.org/deich" in html


def test_funding_page(client, knowledge_base):
    html = client.get("/wissen/foerderung/").content.decode()
    assert "Testfonds (2026)" in html
    assert "unclear" in html


def test_search_page_highlights_and_filters(client, knowledge_base):
    html = client.get("/suche/", {"q": "Gemeindebau"}).content.decode()
    assert "<mark>Gemeindebauten</mark>" in html
    html = client.get("/suche/", {"q": "Radweg", "thema": "kultur"}).content.decode()
    assert "0 Ergebnisse" in html


def test_search_page_escapes_the_query(client, knowledge_base):
    html = client.get("/suche/", {"q": "<img src=x onerror=alert(1)>"}).content.decode()
    assert "<img src=x" not in html


def test_unknown_theme_and_practice_give_404(client, knowledge_base):
    assert client.get("/wissen/themen/verkehr/").status_code == 404
    assert client.get("/wissen/praxis/gibt-es-nicht/").status_code == 404


def test_a_fallback_text_carries_its_own_language(client, knowledge_base):
    from bezirkspartner.knowledge.models import Practice

    Practice.objects.filter(slug="hamburg-test-bike").update(
        results_de="Nur auf Deutsch.", results_en="", transfer_de="", transfer_en="Only in English."
    )
    german = client.get("/wissen/praxis/hamburg-test-bike/").content.decode()
    assert '<p lang="en">Only in English.</p>' in german
    assert '<p lang="de">Nur auf Deutsch.</p>' in german
    english = client.get("/en/wissen/praxis/hamburg-test-bike/").content.decode()
    assert '<p lang="de">Nur auf Deutsch.</p>' in english
    assert '<p lang="en">Only in English.</p>' in english
