"""Data tests over the shipped knowledge base (data/knowledge), loaded like `setup` does."""

from collections import Counter
from pathlib import Path

import pytest

import bezirkspartner
from bezirkspartner.knowledge.dataset import (
    load_challenges,
    load_funding,
    load_practices,
    load_subtopics,
    load_themes,
)

DATA = Path(bezirkspartner.__file__).parents[2] / "data"
THEMES = load_themes(DATA / "knowledge" / "themes.yaml")
SLUGS = {t["slug"] for t in THEMES}
PRACTICES = load_practices(DATA / "knowledge" / "practices", SLUGS)


def test_at_least_90_practices_and_12_per_theme():
    assert len(PRACTICES) >= 90
    main = Counter(p["themes"][0] for p in PRACTICES)
    assert all(main[slug] >= 12 for slug in SLUGS), main


def test_every_practice_has_sources_a_date_and_summaries_in_both_languages():
    for practice in PRACTICES:
        assert practice["source_urls"], practice["slug"]
        assert practice["checked"].year >= 2025, practice["slug"]
        assert practice.get("summary_en"), practice["slug"]


def test_the_motions_examples_are_there():
    cities = Counter(p["city"] for p in PRACTICES)
    for city in (
        "vienna",
        "copenhagen",
        "amsterdam",
        "malmo",
        "brussels",
        "rotterdam",
        "barcelona",
        "lisbon",
        "tallinn",
        "helsinki",
    ):
        assert cities[city] >= 1, city


def test_funding_table_has_years_and_sources():
    funding = load_funding(DATA / "knowledge" / "funding.yaml")
    names = " ".join(f["name_en"] for f in funding)
    for programme in (
        "Town Twinning",
        "Networks of Towns",
        "URBACT",
        "City-to-City",
        "Bürgerfonds",
        "Kleinprojektefonds",
        "Nakopa",
    ):
        assert programme.lower() in names.lower() or programme in " ".join(
            f["name_de"] for f in funding
        ), programme
    assert all(f["source_urls"] and f["checked"] for f in funding)


@pytest.mark.django_db
def test_search_finds_vienna_housing_in_german_and_english():
    from bezirkspartner.atlas.services import atlas_build
    from bezirkspartner.knowledge.indexing import search_documents_rebuild
    from bezirkspartner.knowledge.search import search
    from bezirkspartner.knowledge.services import knowledge_load

    atlas_build()
    knowledge_load()
    search_documents_rebuild()
    hits, _ = search("Gemeindebau", kinds=["practice"])
    assert hits[0].document.city_slug == "vienna"
    hits, _ = search("social housing", kinds=["practice"])
    top = [hit.document.city_slug for hit in hits[:5]]
    assert "vienna" in top, [hit.document.url for hit in hits[:5]]


def test_subtopic_vocabulary_is_sourced_and_covers_every_theme_and_challenge():
    from bezirkspartner.matching.retrieval import Subtopic, subtopics_in

    items = load_subtopics(DATA / "knowledge" / "subtopics.yaml", SLUGS)
    per_theme = Counter(t for item in items for t in item["themes"])
    assert all(per_theme[slug] >= 3 for slug in SLUGS), per_theme
    for item in items:
        assert item["source_url"].startswith("https://"), item["slug"]
        assert item["basis_de"] and item["basis_en"], item["slug"]
    vocabulary = [
        Subtopic(
            i["slug"],
            frozenset(i["themes"]),
            i["name_de"],
            i["name_en"],
            tuple(i["terms_de"]),
            tuple(i["terms_en"]),
        )
        for i in items
    ]
    themes_of = {v.slug: v.themes for v in vocabulary}
    # Each of Harburg's stated challenges names at least one sub-topic of its own theme, so
    # the ranking can match practices to it beyond shared words.
    for challenge in load_challenges(DATA / "knowledge" / "challenges.yaml", SLUGS):
        found = subtopics_in(challenge["text_de"], challenge.get("text_en", ""), vocabulary)
        assert any(challenge["theme"] in themes_of[s] for s in found), challenge["theme"]
    # The storm floods of the motion's section 4 are a water risk.
    assert "water-risks" in subtopics_in("Sturmfluten an der Elbe", "", vocabulary)
    # And most practices carry at least one sub-topic of one of their themes.
    tagged = [
        p
        for p in PRACTICES
        if any(
            t in themes_of[s]
            for s in subtopics_in(
                f"{p['title_de']} {p['summary_de']}",
                f"{p['title_en']} {p['summary_en']}",
                vocabulary,
            )
            for t in p["themes"]
        )
    ]
    assert len(tagged) >= 0.8 * len(PRACTICES), len(tagged)
