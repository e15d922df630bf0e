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


def test_a_hit_in_the_same_process_needs_no_shared_cache_read(client, django_assert_num_queries):
    client.get("/forum/")
    client.get("/forum/")  # the version is read at most once a second
    with django_assert_num_queries(0):
        page = client.get("/forum/")
    assert page["X-Page-Cache"] == "hit"


def test_a_change_made_by_another_process_shows_within_the_version_interval(client):
    from django.core.cache import cache

    from bezirkspartner.core import page_cache

    client.get("/forum/")
    assert client.get("/forum/")["X-Page-Cache"] == "hit"
    cache.incr(page_cache.VERSION_KEY)  # what a save in another process does
    page_cache._seen["at"] -= page_cache.VERSION_TTL  # the interval has passed
    assert client.get("/forum/")["X-Page-Cache"] == "miss"


def test_a_page_kept_by_another_process_is_taken_from_the_shared_cache(client):
    from bezirkspartner.core import page_cache

    first = client.get("/forum/")
    page_cache._local.clear()  # this process has not seen the page: another one rendered it
    second = client.get("/forum/")
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    assert second["Content-Type"] == first["Content-Type"]


def test_an_entry_of_an_older_release_in_the_shared_cache_is_ignored(client):
    from django.core.cache import cache
    from django.http import HttpResponse
    from django.test import RequestFactory

    from bezirkspartner.core import page_cache

    key = page_cache._key(RequestFactory().get("/forum/"), page_cache.content_version())
    cache.set(key, HttpResponse(b"old"), 60)
    page = client.get("/forum/")
    assert page["X-Page-Cache"] == "miss"
    assert page.content != b"old"


def test_the_local_tier_keeps_the_newest_pages_within_its_budget():
    from bezirkspartner.core.page_cache import KeptPage, LocalPages

    local = LocalPages()

    def page(size, expires=4e9):
        return KeptPage(200, (), b"x" * size, expires)

    local.put("a", page(40), budget=100)
    local.put("b", page(40), budget=100)
    assert local.get("a") is not None  # now the newest
    local.put("c", page(40), budget=100)  # "b" is the oldest and goes
    assert local.get("b") is None
    assert local.get("a") is not None and local.get("c") is not None
    local.put("big", page(101), budget=100)  # larger than the whole budget: not kept
    assert local.get("big") is None
    local.put("old", page(1, expires=1.0), budget=100)  # expired long ago
    assert local.get("old") is None


def test_a_page_past_its_time_in_the_shared_cache_is_rendered_anew(client):
    from django.core.cache import cache
    from django.test import RequestFactory

    from bezirkspartner.core import page_cache

    key = page_cache._key(RequestFactory().get("/forum/"), page_cache.content_version())
    cache.set(key, page_cache.KeptPage(200, (), b"stale", expires=1.0), 60)
    page = client.get("/forum/")
    assert page["X-Page-Cache"] == "miss"
    assert page.content != b"stale"
