"""Mails kept by the file mail backend go with the account they were sent to."""

import json

import pytest
from django.core import mail

from tests.forum.conftest import UserFactory

pytestmark = pytest.mark.django_db
PASSWORD = "ein-langes-passwort-42"


@pytest.fixture
def mail_dir(settings, tmp_path):
    settings.EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
    settings.EMAIL_FILE_PATH = tmp_path / "mail"
    return settings.EMAIL_FILE_PATH


def stored(mail_dir) -> str:
    return "".join(p.read_text() for p in sorted(mail_dir.glob("*.log")))


def test_deleting_an_account_purges_its_stored_mails(
    client, mail_dir, django_capture_on_commit_callbacks
):
    pia = UserFactory(email="pia@example.org")
    pia.set_password(PASSWORD)
    pia.save()
    UserFactory(email="ole@example.org")
    mail.send_mail("Willkommen Pia", "Hallo Pia", None, ["pia@example.org"])
    # One connection, one file, two people (as a digest run sends them).
    with mail.get_connection() as connection:
        mail.EmailMessage("Tagesübersicht", "für Pia", None, ["Pia <PIA@example.org>"]).send()
        connection.send_messages(
            [
                mail.EmailMessage("Digest Pia", "für Pia", None, ["pia@example.org"]),
                mail.EmailMessage("Digest Ole", "für Ole", None, ["ole@example.org"]),
            ]
        )
    assert stored(mail_dir).lower().count("pia@example.org") == 3
    client.force_login(pia)
    exported = json.loads(client.post("/konto/profil/daten/").content)["stored_mails"]
    assert {m["subject"] for m in exported} == {"Willkommen Pia", "Tagesübersicht", "Digest Pia"}
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/konto/profil/loeschen/", {"password": PASSWORD})
    left = stored(mail_dir)
    assert "pia@example.org" not in left.lower() and "Digest Pia" not in left
    assert "Digest Ole" in left and "ole@example.org" in left


def test_an_administrator_deleting_an_account_purges_its_mails_too(
    client, mail_dir, django_capture_on_commit_callbacks
):
    from django.urls import reverse

    from bezirkspartner.core.models import AuditEntry

    admin = UserFactory(email="admin@example.org", is_staff=True, is_superuser=True)
    pia = UserFactory(email="pia@example.org")
    mail.send_mail("Willkommen Pia", "Hallo Pia", None, ["pia@example.org"])
    client.force_login(admin)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("admin:accounts_user_changelist"),
            {"action": "delete_selected", "_selected_action": [pia.pk], "post": "yes"},
        )
    assert response.status_code == 302
    assert "pia@example.org" not in stored(mail_dir)
    assert AuditEntry.objects.get(action="account_deleted").actor == admin
