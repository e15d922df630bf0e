"""Whole pages for readers who are not signed in: kept, and out of date at the first change."""

import pytest
from django.test import override_settings

from tests.forum.conftest import SpaceFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 60


def test_a_second_anonymous_visit_is_served_from_the_cache(client):
    first = client.get("/forum/")
    second = client.get("/forum/")
    assert first["X-Page-Cache"] == "miss"
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    # The security headers are set on the way out, also for a kept page.
    assert "default-src 'self'" in second["Content-Security-Policy"]


def test_a_change_shows_at_once(client):
    client.get("/forum/")
    SpaceFactory(title_de="Neuer Raum für Kultur")
    page = client.get("/forum/")
    assert page["X-Page-Cache"] == "miss"
    assert "Neuer Raum für Kultur" in page.content.decode()


def test_signed_in_visitors_always_get_a_fresh_page(client):
    client.force_login(UserFactory())
    client.get("/forum/")
    assert "X-Page-Cache" not in client.get("/forum/")


def test_pages_with_a_form_token_are_never_kept(client):
    client.get("/konto/login/")
    assert "X-Page-Cache" not in client.get("/konto/login/")
    client.get("/forum/raum/wohnen/")  # a page without a form posting a token is kept
    SpaceFactory(slug="rat", title_de="Rat")
    client.get("/forum/raum/rat/")
    assert client.get("/forum/raum/rat/")["X-Page-Cache"] == "hit"


def test_errors_and_the_health_check_are_never_kept(client):
    client.get("/forum/raum/gibt-es-nicht/")
    assert "X-Page-Cache" not in client.get("/forum/raum/gibt-es-nicht/")
    client.get("/healthz")
    assert "X-Page-Cache" not in client.get("/healthz")


def test_the_page_cache_can_be_switched_off(client):
    with override_settings(PAGE_CACHE_SECONDS=0):
        client.get("/forum/")
        assert "X-Page-Cache" not in client.get("/forum/")
