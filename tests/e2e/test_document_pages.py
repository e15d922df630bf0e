from pathlib import Path

import pytest

from bezirkspartner.atlas.services import atlas_build
from bezirkspartner.councildocs.services import document_import
from bezirkspartner.knowledge.services import knowledge_load
from tests.atlas.fixtures import small_index, write_dataset
from tests.e2e.browser import assert_accessible
from tests.knowledge.fixtures import write_knowledge

SEED = Path(__file__).parents[1] / "councildocs" / "drucksache-22-0433.txt"


@pytest.fixture
def site(transactional_db, tmp_path, live_server):
    atlas_build(data_dir=write_dataset(tmp_path), index=small_index())
    knowledge_load(data_dir=write_knowledge(tmp_path / "k"))
    document_import(data=SEED.read_bytes(), origin=str(SEED))
    return live_server.url


@pytest.mark.parametrize("language", ["", "/en"])
@pytest.mark.parametrize("path", ["/dokumente/", "/dokumente/22-0433/"])
def test_document_pages_are_accessible(page, site, path, language):
    response = page.goto(site + language + path)
    assert response.status == 200
    assert_accessible(page)


def test_document_map_shows_its_places(page, site):
    page.goto(site + "/dokumente/22-0433/")
    page.wait_for_selector("#atlas-map path.leaflet-interactive")
    assert page.locator("#atlas-map path.leaflet-interactive").count() >= 15


def test_the_administration_uploads_a_paper_in_the_browser(page, site):
    from allauth.account.models import EmailAddress

    from bezirkspartner.accounts.models import User
    from tests.e2e.test_forum_pages import PASSWORD, sign_in
    from tests.forum.conftest import UserFactory

    office = UserFactory(email="amt@example.org", role=User.Role.ADMINISTRATION)
    office.set_password(PASSWORD)
    office.save()
    EmailAddress.objects.create(user=office, email=office.email, verified=True, primary=True)
    sign_in(page, site, "amt@example.org")
    for language in ("/en", ""):
        page.goto(site + language + "/dokumente/hochladen/")
        assert_accessible(page)
    page.get_by_role("button", name="Einlesen").click()
    page.wait_for_selector("[role=alert]")
    assert_accessible(page)
    page.get_by_label("Drucksache", exact=True).set_input_files(str(SEED))
    page.get_by_role("button", name="Einlesen").click()
    page.wait_for_url("**/dokumente/22-0433/")
    assert "Drucksache 22-0433 aktualisiert." in page.locator(".messages").inner_text()


@pytest.mark.parametrize("language", ["", "/en"])
def test_a_document_waiting_for_the_worker_says_so_accessibly(page, site, language):
    from bezirkspartner.councildocs.models import CouncilDocument

    document, _ = document_import(data=SEED.read_bytes(), origin=str(SEED), analyse=False)
    assert CouncilDocument.objects.get(pk=document.pk).analysis_pending
    page.goto(site + language + "/dokumente/22-0433/")
    notice = page.get_by_role("status")
    expected = "im Hintergrund erkannt" if not language else "being recognised in the background"
    assert expected in notice.inner_text()
    assert page.locator("mark.place").count() == 0
    assert_accessible(page)
