import pytest

from bezirkspartner.atlas.services import atlas_build
from bezirkspartner.knowledge.indexing import search_documents_rebuild
from bezirkspartner.knowledge.services import knowledge_load
from tests.atlas.fixtures import small_index, write_dataset
from tests.e2e.browser import PHONE, assert_accessible, horizontal_overflow
from tests.knowledge.fixtures import write_knowledge


@pytest.fixture
def knowledge_site(transactional_db, tmp_path, live_server):
    atlas_build(data_dir=write_dataset(tmp_path), index=small_index())
    knowledge_load(data_dir=write_knowledge(tmp_path / "k"))
    search_documents_rebuild()
    return live_server.url


PAGES = [
    "/wissen/",
    "/wissen/themen/klima/",
    "/wissen/themen/kultur/",
    "/wissen/praxis/vienna-test-housing/",
    "/wissen/foerderung/",
    "/suche/?q=Gemeindebau",
    "/suche/?q=nichts+da",
]


@pytest.mark.parametrize("language", ["", "/en"])
@pytest.mark.parametrize("path", PAGES)
def test_knowledge_pages_are_accessible(page, knowledge_site, path, language):
    response = page.goto(knowledge_site + language + path)
    assert response.status == 200
    assert_accessible(page)


def test_knowledge_pages_fit_a_phone_screen(page, knowledge_site):
    page.set_viewport_size(PHONE)
    for path in PAGES:
        page.goto(knowledge_site + path)
        assert horizontal_overflow(page) <= 0, path


def test_search_with_filters_by_keyboard_only(page, knowledge_site):
    page.goto(knowledge_site + "/suche/")
    page.get_by_label("Praxisbeispiele, Orte, Forum, Dossiers und Drucksachen durchsuchen").fill(
        "Radweg"
    )
    page.get_by_label("Thema").select_option("klima")
    page.get_by_label("Praxisbeispiele, Orte, Forum, Dossiers und Drucksachen durchsuchen").press(
        "Enter"
    )
    page.wait_for_url("**/suche/?q=Radweg*")
    assert "1 Ergebnis" in page.get_by_role("status").inner_text()
    assert page.locator("mark").first.inner_text() == "Radwege"
