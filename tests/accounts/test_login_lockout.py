"""Failed logins lock an account only for the address they came from, and only for a while.

Anyone who knows an address could otherwise lock its owner out with five wrong passwords.
"""

import pytest
from allauth.account.models import EmailAddress
from allauth.core.internal import ratelimit

from tests.forum.conftest import UserFactory

pytestmark = pytest.mark.django_db
PASSWORD = "ein-langes-passwort-42"
ATTACKER, OWNER = "203.0.113.7", "198.51.100.20"


@pytest.fixture
def owner(db):
    user = UserFactory(email="owner@example.org")
    user.set_password(PASSWORD)
    user.save()
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    return user


def attempt(client, password, ip):
    client.post(
        "/konto/login/", {"login": "owner@example.org", "password": password}, REMOTE_ADDR=ip
    )
    return client.get("/konto/profil/", REMOTE_ADDR=ip).wsgi_request.user.is_authenticated


@pytest.fixture
def clock(monkeypatch):
    """The rate limiter's clock, moved forward by hand."""
    import time

    class Clock:
        offset = 0.0

        def time(self):
            return time.time() + self.offset

        def monotonic(self):
            return time.monotonic()

    fake = Clock()
    monkeypatch.setattr(ratelimit, "time", fake)
    return fake


def lock_out(client):
    for _ in range(6):
        assert not attempt(client, "falsch-falsch", ATTACKER)


def test_the_owner_still_signs_in_from_elsewhere(client, owner, clock):
    lock_out(client)
    assert not attempt(client, PASSWORD, ATTACKER)  # locked where the attack comes from
    assert attempt(client, PASSWORD, OWNER)


def test_the_lock_expires_after_five_minutes(client, owner, clock):
    lock_out(client)
    clock.offset = 4 * 60
    assert not attempt(client, PASSWORD, ATTACKER)
    clock.offset = 5 * 60 + 1
    assert attempt(client, PASSWORD, ATTACKER)


def test_a_signed_in_session_is_not_touched(client, owner, clock):
    from django.test import Client

    owner_session = Client()
    assert attempt(owner_session, PASSWORD, OWNER)
    lock_out(client)
    assert owner_session.get("/konto/profil/", REMOTE_ADDR=OWNER).status_code == 200
