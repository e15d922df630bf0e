"""The administration imports a Drucksache through the web: repeatable, nothing saved on errors."""

from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from bezirkspartner.accounts.models import User
from bezirkspartner.core.models import AuditEntry
from bezirkspartner.councildocs.models import CouncilDocument, RawDocument
from tests.forum.conftest import UserFactory

PAPER = Path(__file__).parent / "drucksache-22-0433.txt"


def _upload(client, data: bytes, name: str = "22-0433.txt"):
    return client.post("/dokumente/hochladen/", {"file": SimpleUploadedFile(name, data)})


@pytest.fixture
def office(client, knowledge_base):
    client.force_login(UserFactory(role=User.Role.ADMINISTRATION))


def test_the_administration_imports_and_reimports_a_paper(client, office):
    assert "Drucksache einlesen" in client.get("/dokumente/").content.decode()
    response = _upload(client, PAPER.read_bytes())
    assert response.status_code == 302
    document = CouncilDocument.objects.get()
    assert response["Location"] == document.get_absolute_url()
    page = client.get(response["Location"]).content.decode()
    assert "eingelesen" in page and document.title in page
    assert _upload(client, PAPER.read_bytes()).status_code == 302
    assert CouncilDocument.objects.count() == 1
    assert AuditEntry.objects.filter(action="document_imported").count() == 2


@pytest.mark.parametrize("data", [b"", b"%PDF-1.4 kaputt", b'{"type": 1'])
def test_a_bad_file_is_explained_and_nothing_is_saved(client, office, data):
    response = _upload(client, data, "kaputt.pdf")
    assert response.status_code == 200
    page = response.content.decode()
    assert 'role="alert"' in page and "nichts gespeichert" in page
    assert not CouncilDocument.objects.exists() and not RawDocument.objects.exists()


@pytest.mark.parametrize("role", [User.Role.CITIZEN, User.Role.POLITICS])
def test_only_the_administration_imports(client, db, role):
    client.force_login(UserFactory(role=role))
    assert client.get("/dokumente/hochladen/").status_code == 403
    assert _upload(client, PAPER.read_bytes()).status_code == 403
    assert "Drucksache einlesen" not in client.get("/dokumente/").content.decode()


def test_anonymous_visitors_are_sent_to_the_login(client, db):
    response = client.get("/dokumente/hochladen/")
    assert response.status_code == 302 and "/konto/login/" in response["Location"]


def test_with_tasks_at_once_the_upload_recognises_places_before_the_page_shows(
    client, office, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = _upload(client, PAPER.read_bytes())
    document = CouncilDocument.objects.get()
    assert not document.analysis_pending
    assert document.places.filter(norm="Harburg").exists()
    page = client.get(response["Location"]).content.decode()
    assert "im Hintergrund erkannt" not in page and "Harburg" in page
