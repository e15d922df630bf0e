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
    assert len(search("Hochwasserschutz", theme="kultur")[0]) == 0
    assert len(search("Wohnungen", country="DE")[0]) == 0
    assert len(search("Radweg", year=2018)[0]) == 1
    assert len(search("Radweg", year=2021)[0]) == 0
    assert len(search("Radweg", kinds=["district"])[0]) == 0


def test_hostile_and_empty_queries_are_harmless(knowledge_base):
    assert len(search("")[0]) == 0
    assert len(search('" OR 1=1 --')[0]) == 0
    assert len(search("NEAR(a b) * ^ :")[0]) == 0


def test_highlight_marks_hits_and_escapes_html():
    text = "Radwege <script>alert(1)</script> am Deich"
    snippet = highlight(text, query_terms("Radweg"))
    assert snippet.startswith("<mark>Radwege</mark>")
    assert "<script>" not in snippet and "&lt;script&gt;" in snippet


def _many_documents(count: int) -> list:
    from bezirkspartner.knowledge.indexing import search_documents_replace
    from bezirkspartner.knowledge.models import SearchDocument

    documents = [
        SearchDocument(
            kind="proposal",
            object_id=n,
            url=f"/forum/vorschlag/{n}/",
            title_de=f"Vorschlag {n}" + " Gründach" * (n % 4),
            title_en="",
            body_de="Gründach " * n,
            themes=["klima"] if n % 2 else [],
            country="DE",
            year_from=2026,
            year_to=2026,
        )
        for n in range(1, count + 1)
    ]
    search_documents_replace(kind="proposal", object_ids=[], documents=documents)
    return documents


def test_many_matches_are_counted_in_the_database_and_the_best_are_ranked(monkeypatch):
    from bezirkspartner.knowledge import search as engine

    _many_documents(12)
    everything, _ = search("Gründach")
    assert (len(everything), everything.total, everything.truncated) == (12, 12, False)
    monkeypatch.setattr(engine, "RANK_WINDOW", 5)
    window, _ = search("Gründach")
    assert (len(window), window.total, window.truncated) == (5, 12, True)
    filtered, _ = search("Gründach", theme="klima")
    assert (len(filtered), filtered.total) == (5, 6)  # the filter is applied before counting
    assert all("klima" in hit.document.themes for hit in filtered)
    scores = [hit.score for hit in window]
    assert scores == sorted(scores, reverse=True)


def test_a_page_of_results_reads_only_its_own_documents(django_assert_num_queries):
    _many_documents(40)
    hits, _ = search("Gründach")
    with django_assert_num_queries(1):
        page = hits[10:20]
    assert len(page) == 10
    assert [hit.score for hit in page] == [hit.score for hit in list(hits)[10:20]]


def test_the_search_page_says_when_only_the_best_matches_are_listed(client, monkeypatch):
    from bezirkspartner.knowledge import search as engine

    _many_documents(8)
    monkeypatch.setattr(engine, "RANK_WINDOW", 5)
    page = client.get("/suche/?q=Gründach").content.decode()
    assert "8 Ergebnisse für „Gründach“." in page
    assert "Die besten 5 werden gezeigt" in page
