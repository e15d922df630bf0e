import pytest

from bezirkspartner.core.models import SitePage

pytestmark = pytest.mark.django_db


def test_empty_legal_pages_say_so_honestly(client):
    html = client.get("/impressum/").content.decode()
    assert "<h1>Impressum</h1>" in html
    assert "noch nicht veröffentlicht" in html


def test_privacy_notice_written_by_the_operator_is_sanitised(client):
    SitePage.objects.create(
        slug="datenschutz",
        body_de="## Verantwortlich\n\nBezirksamt <script>x</script>",
        body_en="Responsible: district office",
    )
    html = client.get("/datenschutz/").content.decode()
    assert "Bezirksamt" in html and "<script>x" not in html
    assert "kein Tracking" in html
    assert "Responsible: district office" in client.get("/en/datenschutz/").content.decode()


def test_email_consent_is_separate_and_optional(client):
    from bezirkspartner.accounts.models import User

    base = {
        "display_name": "A",
        "role": "citizen",
        "organisation": "",
        "preferred_language": "de",
        "accept_terms": "on",
        "password1": "ein-langes-passwort-42",
        "password2": "ein-langes-passwort-42",
    }
    client.post("/konto/signup/", {**base, "email": "no@example.org"})
    client.logout()
    client.post("/konto/signup/", {**base, "email": "yes@example.org", "email_consent": "on"})
    assert User.objects.get(email="no@example.org").email_notifications == "off"
    assert User.objects.get(email="yes@example.org").email_notifications == "daily"
