import pytest

from bezirkspartner.atlas.dataset import DatasetError
from bezirkspartner.atlas.models import City, District, Partnership, Quarter
from bezirkspartner.atlas.services import atlas_build
from tests.atlas.fixtures import small_index

pytestmark = pytest.mark.django_db


def test_build_counts_and_matches(small_atlas):
    assert (small_atlas.cities, small_atlas.districts) == (2, 5)
    assert small_atlas.match_counts == {"matched": 4, "curated": 1}
    assert small_atlas.quarters == 2
    assert small_atlas.partnerships == 2


def test_harburg_is_matched_to_hamburg_not_to_the_bavarian_town(small_atlas):
    harburg = District.objects.get(name="Harburg")
    assert harburg.geonames_id == 5
    assert harburg.population == 169_221
    assert harburg.population_from_geonames is True
    assert harburg.distance_to_centre_km == pytest.approx(9.9, abs=0.5)
    assert {t.tag for t in harburg.tags.all()} == {"outer_district"}


def test_curated_figures_win_over_geonames(small_atlas):
    inner = District.objects.get(name="Innere Stadt")
    assert inner.population == 16_000
    assert inner.population_from_geonames is False
    assert inner.population_source == "https://example.org/wien-bezirke"
    assert inner.density == pytest.approx(16_000 / 2.87)
    assert "inner_district" in {t.tag for t in inner.tags.all()}


def test_curated_coordinates_are_flagged(small_atlas):
    seestadt = District.objects.get(name="Seestadt")
    assert seestadt.match_status == "curated"
    assert seestadt.geonames_id is None
    assert seestadt.coord_source == "https://example.org/seestadt"


def test_names_from_data_and_geonames_are_searchable(small_atlas):
    floridsdorf = District.objects.get(name="Floridsdorf")
    names = {n.name for n in floridsdorf.names.all()}
    assert {"Floridsdorf", "Wien 21", "Florisdorf", "Wien-Floridsdorf", "Флоридсдорф"} <= names
    # names in scripts the platform's readers and fonts do not cover are left out
    assert not names & {"フローリッツドルフ", "弗洛里茨多夫"}


def test_only_latin_greek_and_cyrillic_names_count_as_european():
    from bezirkspartner.atlas.names import in_european_script

    assert in_european_script("Ciutat Vella") and in_european_script("Αθήνα")
    assert in_european_script("Флоридсдорф") and in_european_script("Łódź-Bałuty")
    assert not in_european_script("旧城区") and not in_european_script("Wien ウィーン")
    assert not in_european_script("21")


def test_build_is_idempotent(small_atlas, atlas_dir):
    ids = sorted(District.objects.values_list("id", flat=True))
    second = atlas_build(data_dir=atlas_dir, index=small_index())
    assert sorted(District.objects.values_list("id", flat=True)) == ids
    assert second.districts == small_atlas.districts
    assert Quarter.objects.count() == 2
    assert Partnership.objects.count() == 2


def test_removed_districts_disappear_on_rebuild(small_atlas, atlas_dir):
    path = atlas_dir / "cities" / "hamburg.yaml"
    path.write_text(path.read_text().replace("  - name: Wandsbek\n", ""), encoding="utf-8")
    (atlas_dir / "partnerships.yaml").write_text("[]\n", encoding="utf-8")
    atlas_build(data_dir=atlas_dir, index=small_index())
    assert not District.objects.filter(name="Wandsbek").exists()


def test_bad_data_changes_nothing_and_names_every_problem(small_atlas, atlas_dir):
    before = District.objects.count()
    bad = atlas_dir / "cities" / "vienna.yaml"
    text = bad.read_text().replace("source_url: https://example.org/wien-bezirke", "source_url: ")
    text = text.replace("  - name: Floridsdorf", "  - name: Innere Stadt")
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(DatasetError) as excinfo:
        atlas_build(data_dir=atlas_dir, index=small_index())
    problems = "\n".join(excinfo.value.problems)
    assert "source_url is required" in problems
    assert "duplicate district name 'Innere Stadt'" in problems
    assert District.objects.count() == before


def test_tags_need_a_source_or_rule(small_atlas, atlas_dir):
    path = atlas_dir / "cities" / "hamburg.yaml"
    path.write_text(path.read_text() + "    tags: [port]\n", encoding="utf-8")
    with pytest.raises(DatasetError, match="needs a source or a rule"):
        atlas_build(data_dir=atlas_dir, index=small_index())


def test_partnerships_link_known_districts_and_keep_unconfirmed_ones(small_atlas):
    wandsbek = Partnership.objects.get(since=1949)
    assert wandsbek.home.name == "Wandsbek"
    assert wandsbek.partner is None
    assert wandsbek.partner_label == "Waltham Forest (London)"
    camden = Partnership.objects.get(status="not_confirmed")
    assert camden.home.name == "Innere Stadt"


def test_city_pages_data(small_atlas):
    vienna = City.objects.get(slug="vienna")
    assert vienna.geonames_id == 1
    assert vienna.districts.count() == 3
