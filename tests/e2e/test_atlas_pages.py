import pytest

from bezirkspartner.atlas.services import atlas_build
from tests.atlas.fixtures import small_index, write_dataset
from tests.e2e.browser import PHONE, assert_accessible, foreign_hosts, horizontal_overflow


@pytest.fixture
def atlas_site(transactional_db, tmp_path, live_server):
    atlas_build(data_dir=write_dataset(tmp_path), index=small_index())
    return live_server.url


PAGES = [
    "/atlas/",
    "/atlas/vienna/",
    "/atlas/vienna/floridsdorf/",
    "/atlas/vienna/seestadt/",
    "/atlas/hamburg/harburg/",
    "/atlas/suche/?q=Wien",
    "/atlas/suche/?q=nirgendwo",
    "/atlas/partnerschaften/",
]


@pytest.mark.parametrize("language", ["", "/en"])
@pytest.mark.parametrize("path", PAGES)
def test_atlas_pages_are_accessible(page, atlas_site, path, language):
    response = page.goto(atlas_site + language + path)
    assert response.status == 200
    page.wait_for_load_state("networkidle")
    assert_accessible(page)


def test_map_draws_districts_and_partnerships_without_leaving_the_machine(page, atlas_site):
    messages = []
    page.on("console", lambda message: messages.append(message.text))
    page.goto(atlas_site + "/atlas/")
    page.wait_for_selector("#atlas-map.map--ready")
    circles = page.locator("#atlas-map path.map-district")
    home = page.locator("#atlas-map [data-home='true']")
    # four districts with points, Harburg (the home district) with its own marker among them
    assert circles.count() + home.count() >= 4 and home.count() == 1
    assert page.locator("#atlas-map path.map-partnership").count() >= 1
    host = atlas_site.split("//")[1].split(":")[0]
    assert foreign_hosts(page.requested_urls, allowed_host=host) == []
    assert [m for m in messages if "Content Security Policy" in m] == []


def test_search_by_keyboard(page, atlas_site):
    page.goto(atlas_site + "/atlas/")
    page.get_by_label("Stadt oder Bezirk finden (in jeder Sprache)").fill("Kopenhagen")
    page.keyboard.press("Enter")
    page.wait_for_url("**/atlas/suche/?q=Kopenhagen")
    assert page.get_by_role("status").inner_text().startswith("0 Bezirke")
    page.get_by_label("Stadt oder Bezirk finden (in jeder Sprache)").fill("wien 21")
    page.keyboard.press("Enter")
    page.get_by_role("link", name="Floridsdorf").click()
    assert page.locator("h1").inner_text().startswith("Floridsdorf")


@pytest.mark.parametrize("path", ["/atlas/vienna/", "/atlas/vienna/seestadt/"])
def test_pages_fit_a_phone_screen_and_the_data_notes_open_by_keyboard(page, atlas_site, path):
    page.set_viewport_size(PHONE)
    page.goto(atlas_site + path)
    page.wait_for_load_state("networkidle")
    notes = page.locator("details.data-notes")
    page.locator("details.data-notes summary").focus()
    page.keyboard.press("Enter")
    assert notes.evaluate("element => element.open")
    assert horizontal_overflow(page) <= 0
