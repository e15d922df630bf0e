"""The same tests run on SQLite (FTS5) and on PostgreSQL (text search)."""

import pytest

from bezirkspartner.knowledge.search import search
from bezirkspartner.knowledge.text_search import highlight, query_terms

pytestmark = pytest.mark.django_db


def slugs(hits):
    return [hit.document.url for hit in hits]


def test_german_word_finds_the_vienna_practice(knowledge_base):
    hits, _ = search("Gemeindebau")
    assert slugs(hits)[0] == "/wissen/praxis/vienna-test-housing/"


def test_english_phrase_finds_the_vienna_practice(knowledge_base):
    hits, _ = search("social housing")
    assert "/wissen/praxis/vienna-test-housing/" in slugs(hits)


def test_inflected_german_forms_match(knowledge_base):
    hits, _ = search("Radweges")  # genitive of Radweg
    assert "/wissen/praxis/hamburg-test-bike/" in slugs(hits)


def test_every_word_must_match(knowledge_base):
    hits, _ = search("Radweg Wien")
    assert "/wissen/praxis/hamburg-test-bike/" not in slugs(hits)


def test_districts_are_found_by_name(knowledge_base):
    hits, _ = search("Floridsdorf")
    kinds = [hit.document.kind for hit in hits]
    assert "district" in kinds
    assert hits[0].document.kind == "district"  # the title match outranks the text mention


def test_filters(knowledge_base):
    kinds = sorted(h.document.kind for h in search("Hochwasserschutz", theme="klima")[0])
    assert kinds == ["practice", "theme"]  # the theme lists it as a keyword
    assert search("Hochwasserschutz", theme="kultur")[0] == []
    assert search("Wohnungen", country="DE")[0] == []
    assert len(search("Radweg", year=2018)[0]) == 1
    assert search("Radweg", year=2021)[0] == []
    assert search("Radweg", kinds=["district"])[0] == []


def test_hostile_and_empty_queries_are_harmless(knowledge_base):
    assert search("")[0] == []
    assert search('" OR 1=1 --')[0] == []
    assert search("NEAR(a b) * ^ :")[0] == []


def test_highlight_marks_hits_and_escapes_html():
    text = "Radwege <script>alert(1)</script> am Deich"
    snippet = highlight(text, query_terms("Radweg"))
    assert snippet.startswith("<mark>Radwege</mark>")
    assert "<script>" not in snippet and "&lt;script&gt;" in snippet
