"""A public authority says "Sie": allauth's informal German is overridden everywhere it shows."""

import re

import pytest

INFORMAL = re.compile(r"\b(du|dein|deine|deinen|deinem|deiner|dich|dir)\b", re.IGNORECASE)


@pytest.mark.parametrize(
    "url", ["/konto/login/", "/konto/signup/", "/konto/password/reset/", "/konto/logout/"]
)
def test_account_pages_address_people_formally(client_de, db, url):
    response = client_de.get(url, follow=True)
    text = re.sub(r"<[^>]+>", " ", response.content.decode())
    assert INFORMAL.findall(text) == []


def test_the_password_reset_mail_is_formal(client_de, db, mailoutbox):
    from bezirkspartner.accounts.models import User

    User.objects.create_user(email="person@example.org", password="a-long-passphrase-9")
    client_de.post("/konto/password/reset/", {"email": "person@example.org"})
    body = mailoutbox[0].body
    assert INFORMAL.findall(body) == []
    assert "Sie" in body
