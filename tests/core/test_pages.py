import re

import pytest

from tests.conftest import local_asset_urls

pytestmark = pytest.mark.django_db


def test_start_page_is_german_by_default(client):
    response = client.get("/")
    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="de">' in html
    assert "Internationale Bezirkspartnerschaften für Harburg" in html
    assert "22-0433" in html


def test_start_page_in_english_under_en_prefix(client):
    response = client.get("/en/")
    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="en">' in html
    assert "International district partnerships for Harburg" in html


@pytest.mark.parametrize("path", ["/", "/en/", "/ueber/", "/en/ueber/"])
def test_every_page_has_landmarks_one_h1_and_a_skip_link(client, path):
    html = client.get(path).content.decode()
    assert len(re.findall(r"<h1[\s>]", html)) == 1
    assert '<a class="skip-link" href="#main">' in html
    assert '<main id="main"' in html
    assert "<header" in html and "<footer" in html
    assert re.search(r'<nav[^>]+aria-label="[^"]+"', html)


@pytest.mark.parametrize("path", ["/", "/en/", "/ueber/"])
def test_pages_load_assets_only_from_the_platform_itself(client, path):
    html = client.get(path).content.decode()
    urls = local_asset_urls(html)
    assert urls, "the page should load its stylesheet and script"
    assert all(url.startswith("/static/") for url in urls), urls


def test_language_switch_links_to_the_same_page_in_the_other_language(client):
    html_de = client.get("/ueber/").content.decode()
    assert 'href="/en/ueber/" hreflang="en" lang="en"' in html_de
    html_en = client.get("/en/ueber/").content.decode()
    assert 'href="/ueber/" hreflang="de" lang="de"' in html_en


def test_unknown_page_gives_a_translated_404(client):
    response = client.get("/gibt-es-nicht/")
    assert response.status_code == 404
    assert "Seite nicht gefunden" in response.content.decode()
    response_en = client.get("/en/does-not-exist/")
    assert response_en.status_code == 404
    assert "Page not found" in response_en.content.decode()


def test_pages_refuse_unsafe_methods(client):
    assert client.post("/").status_code in (403, 405)
    assert client.delete("/en/").status_code == 405


def test_every_page_names_its_icon_and_favicon_ico_leads_to_it(client):
    page = client.get("/").content.decode()
    assert 'rel="icon"' in page and "favicon.svg" in page
    response = client.get("/favicon.ico")
    assert response.status_code == 301 and response["Location"].endswith(".ico")
