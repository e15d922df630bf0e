"""Partnership pages through the real middleware: create, step with document, escaping, English."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from bezirkspartner.partnerships.models import Partnership
from tests.forum.conftest import HOSTILE, UserFactory
from tests.partnerships.conftest import PDF_BYTES

pytestmark = pytest.mark.django_db


def test_the_administration_records_a_partnership_idea(client, districts, administration):
    home, partner = districts
    client.force_login(administration)
    assert client.get("/partnerschaften/neu/").status_code == 200
    response = client.post(
        "/partnerschaften/neu/",
        {"title": "Harburg – Floridsdorf", "partner": partner.pk, "language": "de"},
    )
    partnership = Partnership.objects.get()
    assert response.status_code == 302 and response["Location"] == partnership.get_absolute_url()
    assert (partnership.home, partnership.stage) == (home, "idea")


def test_a_form_with_errors_keeps_the_input_and_says_what_is_wrong(
    client, districts, administration
):
    client.force_login(administration)
    response = client.post("/partnerschaften/neu/", {"title": "Meine Idee", "language": "de"})
    assert response.status_code == 200
    assert 'role="alert"' in response.content.decode() and "Meine Idee" in response.content.decode()
    assert not Partnership.objects.exists()


def test_a_step_with_its_agreement_document(client, partnership, administration):
    from bezirkspartner.partnerships.models import Stage

    Partnership.objects.filter(pk=partnership.pk).update(stage=Stage.INTENT)
    client.force_login(administration)
    url = f"/partnerschaften/{partnership.pk}/schritt/"
    assert client.get(url).status_code == 200
    response = client.post(
        url,
        {
            "to_stage": "agreement",
            "decided_on": timezone.localdate().isoformat(),
            "decided_by": "Bezirksversammlung Harburg",
            "drucksache": "22-0433",
            "document_kind": "agreement",
            "document": SimpleUploadedFile("Vereinbarung.pdf", PDF_BYTES, "application/pdf"),
        },
    )
    assert response.status_code == 302
    partnership.refresh_from_db()
    assert partnership.stage == "agreement"
    document = partnership.documents.get()
    assert (document.kind, document.step.to_stage) == ("agreement", "agreement")
    download = client.get(f"/partnerschaften/{partnership.pk}/dokument/{document.pk}/")
    assert download.status_code == 200
    assert download["Content-Type"] == "application/pdf"
    assert "attachment" in download["Content-Disposition"]
    assert b"".join(download.streaming_content) == PDF_BYTES
    client.force_login(UserFactory())
    assert (
        client.get(f"/partnerschaften/{partnership.pk}/dokument/{document.pk}/").status_code == 403
    )
    page = client.get(partnership.get_absolute_url()).content.decode()
    assert "22-0433" in page and "/dokument/" not in page


def test_a_skipped_stage_is_refused_with_a_message(client, partnership, administration):
    client.force_login(administration)
    response = client.post(
        f"/partnerschaften/{partnership.pk}/schritt/",
        {"to_stage": "active", "decided_on": "2026-03-01"},
    )
    assert response.status_code == 200 and 'role="alert"' in response.content.decode()


def test_hostile_content_is_escaped_everywhere(client, partnership):
    for path in ("/partnerschaften/", partnership.get_absolute_url()):
        html = client.get(path).content.decode()
        assert HOSTILE not in html
        assert "&lt;script&gt;" in html


def test_german_content_shows_its_language_and_the_english_summary(client, client_de, partnership):
    url = f"/partnerschaften/{partnership.pk}/"  # reverse() would follow the thread's language
    english = client.get("/en" + url).content.decode()
    assert 'lang="de"' in english and "in German" in english
    assert "Exchange on housing" in english
    german = client_de.get(url).content.decode()
    assert "Exchange on housing" not in german and "auf Deutsch" not in german


def test_the_list_filters_by_stage(client, partnership):
    assert partnership.title[:10] in client.get("/partnerschaften/?stage=idea").content.decode()
    assert (
        "Harburg – Floridsdorf" not in client.get("/partnerschaften/?stage=active").content.decode()
    )
    assert client.get("/partnerschaften/?stage=nonsense").status_code == 200


def test_demo_partnerships_are_marked(client, partnership):
    Partnership.objects.filter(pk=partnership.pk).update(is_demo=True)
    assert "Demo" in client.get(partnership.get_absolute_url()).content.decode()
