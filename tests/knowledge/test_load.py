import pytest

from bezirkspartner.knowledge.dataset import KnowledgeDataError
from bezirkspartner.knowledge.models import Challenge, FundingInstrument, Practice, Theme
from bezirkspartner.knowledge.services import knowledge_load, practice_update

pytestmark = pytest.mark.django_db


def test_six_themes_with_stable_slugs(knowledge_base):
    assert list(Theme.objects.values_list("slug", flat=True)) == [
        "wohnen",
        "mobilitaet",
        "integration",
        "klima",
        "kultur",
        "digital",
    ]


def test_practices_link_to_atlas_places(knowledge_base):
    vienna = Practice.objects.get(slug="vienna-test-housing")
    assert vienna.city.slug == "vienna"
    assert vienna.district.name == "Floridsdorf"
    assert vienna.main_theme.slug == "wohnen"
    assert {t.slug for t in vienna.themes.all()} == {"wohnen", "integration"}
    ghent = Practice.objects.get(slug="ghent-test-circulation")
    assert ghent.city is None and ghent.city_name == "Gent"


def test_challenges_and_funding_are_loaded(knowledge_base):
    challenge = Challenge.objects.get()
    assert (challenge.district.name, challenge.theme.slug) == ("Harburg", "klima")
    fund = FundingInstrument.objects.get()
    assert fund.hamburg_bezirk_can_apply == "unclear"
    assert fund.detail("applicant") == "Kommunen"


def test_load_is_idempotent(knowledge_base, knowledge_dir):
    again = knowledge_load(data_dir=knowledge_dir)
    assert (again.practices, again.challenges, again.funding) == (3, 1, 1)


def test_practice_without_source_is_rejected_and_nothing_changes(knowledge_base, knowledge_dir):
    path = knowledge_dir / "practices" / "test.yaml"
    path.write_text(
        path.read_text().replace("source_urls: [https://example.org/gent]", "source_urls: []"),
        encoding="utf-8",
    )
    with pytest.raises(KnowledgeDataError, match="source_urls required"):
        knowledge_load(data_dir=knowledge_dir)
    assert Practice.objects.count() == 3


def test_unknown_theme_is_rejected(knowledge_base, knowledge_dir):
    path = knowledge_dir / "practices" / "test.yaml"
    path.write_text(path.read_text().replace("[mobilitaet]", "[verkehr]"), encoding="utf-8")
    with pytest.raises(KnowledgeDataError, match="unknown themes"):
        knowledge_load(data_dir=knowledge_dir)


def test_edits_in_the_app_keep_history_and_survive_reloads(
    knowledge_base, knowledge_dir, django_user_model
):
    editor = django_user_model.objects.create_user(
        email="verwaltung@example.org", password="x" * 12
    )
    practice = Practice.objects.get(slug="vienna-test-housing")
    revision = practice_update(practice=practice, changes={"summary_de": "Neu."}, user=editor)
    assert revision.changed_fields == ["summary_de"]
    assert revision.snapshot["summary_de"].startswith("Die Stadt baut")
    assert revision.changed_by == editor
    report = knowledge_load(data_dir=knowledge_dir)
    assert report.kept_app_edits == ["vienna-test-housing"]
    assert Practice.objects.get(slug="vienna-test-housing").summary_de == "Neu."
    assert practice_update(practice=practice, changes={"summary_de": "Neu."}, user=editor) is None
