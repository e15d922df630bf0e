from pathlib import Path

import pytest

from bezirkspartner.cli import main
from bezirkspartner.councildocs.models import CouncilDocument, RawDocument
from bezirkspartner.councildocs.services import DocumentImportError, document_import

pytestmark = pytest.mark.django_db
SEED = Path(__file__).parent / "drucksache-22-0433.txt"


def test_import_recognises_places_and_themes(knowledge_base):
    document, created = document_import(data=SEED.read_bytes(), origin=str(SEED))
    assert created
    norms = {p.norm for p in document.places.all()}
    for place in (
        "Paris",
        "Berlin",
        "Wien",
        "Bratislava",
        "Budapest",
        "London",
        "Amsterdam",
        "Kopenhagen",
        "Malmö",
        "Brüssel",
        "Rotterdam",
        "Elbe",
        "Barcelona",
        "Lissabon",
        "Tallinn",
        "Helsinki",
        "München",
        "Harburg",
        "Hamburg",
    ):
        assert place in norms, place
    assert {t.slug for t in document.themes.all()} == {
        "wohnen",
        "mobilitaet",
        "integration",
        "klima",
        "kultur",
        "digital",
    }
    harburg = document.places.filter(norm="Harburg").first()
    assert harburg.district.name == "Harburg"


def test_import_is_repeatable_and_keeps_raw_input(knowledge_base):
    first, _ = document_import(data=SEED.read_bytes(), origin="a.txt")
    second, created = document_import(data=SEED.read_bytes(), origin="b.txt")
    assert not created and first.pk == second.pk
    assert CouncilDocument.objects.count() == 1
    assert RawDocument.objects.count() == 2


def test_broken_file_changes_nothing(knowledge_base):
    with pytest.raises(DocumentImportError, match="no document number"):
        document_import(data=b"kein Dokument", origin="x.txt")
    assert RawDocument.objects.count() == 0 and CouncilDocument.objects.count() == 0


def test_cli_import_and_document_page(client, knowledge_base, capsys, tmp_path):
    assert main(["import-document", str(SEED)]) == 0
    assert capsys.readouterr().out.startswith("imported 22-0433")
    html = client.get("/dokumente/22-0433/").content.decode()
    assert '<mark class="place place--city">Kopenhagen<span class="place__type"> [Stadt]' in html
    assert client.get("/dokumente/22-0433/orte.geojson").json()["features"]
    assert "22-0433" in client.get("/dokumente/").content.decode()
    bad = tmp_path / "bad.txt"
    bad.write_text("kein Dokument", encoding="utf-8")
    assert main(["import-document", str(bad)]) == 1
    assert "was not imported: no document number" in capsys.readouterr().err


def test_imported_documents_join_the_common_search(client, knowledge_base):
    assert main(["import-document", str(SEED)]) == 0
    html = client.get("/suche/", {"q": "Bezirkspartnerschaften", "art": "document"}).content
    assert "/dokumente/22-0433/" in html.decode()


def test_documents_api(client, knowledge_base):
    assert main(["import-document", str(SEED)]) == 0
    documents = client.get("/api/documents").json()
    assert documents[0]["number"] == "22-0433"
    detail = client.get("/api/documents/22-0433").json()
    assert any(p["norm"] == "Kopenhagen" and p["type"] == "city" for p in detail["places"])
    assert client.get("/api/documents/99-9999").status_code == 404


def test_document_page_links_practices_and_proposals(client, knowledge_base):
    from tests.forum.conftest import ProposalFactory

    assert main(["import-document", str(SEED)]) == 0
    proposal = ProposalFactory(title="Wohnen wie in Wien")
    from bezirkspartner.knowledge.models import Theme

    proposal.themes.set([Theme.objects.get(slug="wohnen")])
    html = client.get("/dokumente/22-0433/").content.decode()
    assert "/wissen/praxis/vienna-test-housing/" in html  # a Vienna housing practice
    assert proposal.get_absolute_url() in html
