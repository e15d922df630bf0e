import pytest

from bezirkspartner.atlas.services import atlas_build
from bezirkspartner.knowledge.indexing import search_documents_rebuild
from bezirkspartner.knowledge.services import knowledge_load
from tests.atlas.fixtures import small_index, write_dataset
from tests.e2e.browser import assert_accessible
from tests.knowledge.fixtures import write_knowledge


@pytest.fixture
def site(transactional_db, tmp_path, live_server):
    atlas_build(data_dir=write_dataset(tmp_path), index=small_index())
    knowledge_load(data_dir=write_knowledge(tmp_path / "k"))
    search_documents_rebuild()
    return live_server.url


@pytest.mark.parametrize("language", ["", "/en"])
@pytest.mark.parametrize(
    "path",
    [
        "/partner/",
        "/partner/?bezirk=Harbrug",
        "/partner/vergleich/?bezirk=Harburg&a=vienna/floridsdorf&b=vienna/inner-city",
        "/atlas/hamburg/harburg/",
    ],
)
def test_matching_pages_are_accessible(page, site, path, language):
    response = page.goto(site + language + path)
    assert response.status == 200
    assert_accessible(page)


def test_keyboard_only_ranking(page, site):
    page.goto(site + "/partner/")
    field = page.get_by_label("Eigener Bezirk", exact=True)
    field.fill("Bezirk Harburg")
    page.get_by_label("Nur EU-Mitgliedstaaten").check()
    field.press("Enter")
    page.wait_for_url("**/partner/?*")
    heading = page.get_by_role("heading", level=2).first.inner_text()
    assert heading.startswith("Passende Partner für Harburg")
    assert page.locator(".match").count() >= 1
    assert page.get_by_label("Nur EU-Mitgliedstaaten").is_checked()


def test_the_form_with_its_defaults_ranks_the_shipped_atlas(page, served_platform):
    """A first visitor presses the button without touching anything (shipped data)."""
    page.goto(served_platform + "/partner/")
    for select in page.locator(".criterion-field select").all():
        assert select.input_value() != "0"
    page.get_by_role("button", name="Partner ermitteln").click()
    page.wait_for_url("**/partner/?*")
    for select in page.locator(".criterion-field select").all():
        assert select.input_value() != "0"
    scores = [int(s) for s in page.locator(".match .score strong").all_inner_texts()]
    names = page.locator(".match h3 a").all_inner_texts()
    assert len(scores) == 10 and scores[0] > 0
    assert scores == sorted(scores, reverse=True) and len(set(scores)) > 1
    assert names != sorted(names)


def test_all_criteria_ignored_is_explained(page, site):
    page.goto(site + "/partner/")
    for select in page.locator(".criterion-field select").all():
        select.select_option("0")
    page.get_by_role("button", name="Partner ermitteln").click()
    page.wait_for_url("**/partner/?*")
    assert "Mindestens ein Kriterium muss zählen" in page.get_by_role("alert").inner_text()
    assert page.locator(".match").count() == 0
