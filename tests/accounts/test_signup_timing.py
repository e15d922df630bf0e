"""Sign-up does the same work for a new and a known address, so its timing tells nothing.

Hashing the password (PBKDF2, hundreds of milliseconds) was the difference: the known-address
path skipped it. The test counts the hashing work instead of measuring wall-clock time.
"""

import pytest
from django.core import mail

from tests.accounts.hashers import CountingHasher
from tests.accounts.test_registration import register
from tests.forum.conftest import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def counted(settings):
    settings.PASSWORD_HASHERS = ["tests.accounts.hashers.CountingHasher"]
    CountingHasher.encodings = 0
    return CountingHasher


def work(client, counted, email) -> tuple[int, int, int]:
    counted.encodings = 0
    mail.outbox.clear()
    response = register(client, email=email)
    return response.status_code, counted.encodings, len(mail.outbox)


def test_a_known_address_costs_the_same_hashing_as_a_new_one(client, counted):
    UserFactory(email="known@example.org")
    new = work(client, counted, "new@example.org")
    client.logout()
    known = work(client, counted, "known@example.org")
    assert new == known == (302, 1, 1)


def test_the_response_is_the_same_for_both(client, counted):
    UserFactory(email="known@example.org")
    new = register(client, email="new@example.org")
    client.logout()
    known = register(client, email="known@example.org")
    assert new["Location"] == known["Location"]
