import re

import pytest
from django.core import mail

from bezirkspartner.accounts.models import User

pytestmark = pytest.mark.django_db
PASSWORD = "ein-langes-passwort-42"


def register(client, **overrides):
    data = {
        "email": "anna@example.org",
        "display_name": "Anna",
        "role": "citizen",
        "organisation": "",
        "preferred_language": "de",
        "accept_terms": "on",
        "password1": PASSWORD,
        "password2": PASSWORD,
    }
    data.update(overrides)
    return client.post("/konto/signup/", data)


def confirmation_link(message) -> str:
    return re.search(r"https?://[^\s]+/konto/confirm-email/[^\s]+/", message.body).group(0)


def test_register_verify_by_mail_and_sign_in(client):
    response = register(client)
    assert response.status_code == 302
    user = User.objects.get(email="anna@example.org")
    assert user.display_name == "Anna"
    assert len(mail.outbox) == 1
    link = confirmation_link(mail.outbox[0])
    path = "/" + link.split("/", 3)[3]
    assert client.get(path).status_code == 200  # confirmation needs a POST (no prefetch trap)
    client.post(path)
    profile = client.get("/konto/profil/")
    assert profile.status_code == 200
    assert "anna@example.org" in profile.content.decode()


def test_unverified_account_cannot_sign_in(client):
    register(client)
    client.logout()
    response = client.post("/konto/login/", {"login": "anna@example.org", "password": PASSWORD})
    assert "/konto/confirm-email/" in response.get("Location", "") or response.status_code == 200
    assert not client.get("/konto/profil/").wsgi_request.user.is_authenticated


def test_privileged_roles_are_only_requested(client):
    register(client, email="amt@example.org", role="administration")
    user = User.objects.get(email="amt@example.org")
    assert user.role == User.Role.CITIZEN
    assert user.requested_role == User.Role.ADMINISTRATION


def test_form_keeps_input_and_explains_errors(client):
    response = register(client, accept_terms="", password2="anders-als-vorher-42")
    html = response.content.decode()
    assert response.status_code == 200
    assert 'value="anna@example.org"' in html and 'value="Anna"' in html
    assert not User.objects.filter(email="anna@example.org").exists()


def test_password_reset_does_not_reveal_whether_an_account_exists(client):
    known = User.objects.create_user(email="known@example.org", password=PASSWORD)
    assert known
    first = client.post("/konto/password/reset/", {"email": "known@example.org"})
    second = client.post("/konto/password/reset/", {"email": "nobody@example.org"})
    assert first.status_code == second.status_code == 302
    assert first["Location"] == second["Location"]


def test_profile_requires_sign_in(client):
    response = client.get("/konto/profil/")
    assert response.status_code == 302
    assert "/konto/login/" in response["Location"]


def test_profile_edit(client):
    user = User.objects.create_user(email="b@example.org", password=PASSWORD, display_name="B")
    client.force_login(user)
    response = client.post(
        "/konto/profil/",
        {
            "display_name": "Bea",
            "organisation": "TUHH",
            "preferred_language": "en",
            "email_notifications": "off",
        },
    )
    assert response.status_code == 302
    user.refresh_from_db()
    assert (user.display_name, user.organisation, user.preferred_language) == ("Bea", "TUHH", "en")
    assert user.email_notifications == "off"


def test_the_confirmation_mail_speaks_for_the_forum_not_the_host(client, settings):
    settings.SITE_URL = "https://bezirkspartner.example.org"
    register(client)
    (message,) = mail.outbox
    assert message.body.startswith("Guten Tag,")
    assert "Ihr Bezirksforum Harburg" in message.body
    assert "https://bezirkspartner.example.org" in message.body
    assert "Hallo von" not in message.body and "testserver" not in message.body.split("\n")[0]


def test_the_signup_page_links_the_rules_and_keeps_fields_apart(client):
    page = client.get("/konto/signup/").content.decode()
    assert 'href="/regeln/"' in page or "Regeln des Forums</a>" in page
    assert "Fußzeile" not in page
    assert page.count('class="field') >= 7  # one block per field, labels above inputs
