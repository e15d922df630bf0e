"""Rankings are computed once per request and data version (Django's cache), shared by the
district page, the partner page and /api/match."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from bezirkspartner.matching import selectors

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _no_page_cache(settings):
    """What is counted here is the page's own work; the page cache (tests/core/
    test_page_cache.py) would add cache reads whose number depends on the clock."""
    settings.PAGE_CACHE_SECONDS = 0


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()
    yield
    cache.clear()


def _computed_by(action) -> int:
    before = selectors.rankings_computed
    action()
    return selectors.rankings_computed - before


def test_the_same_request_is_ranked_once(client, knowledge_base):
    def ask():
        response = client.get("/api/match", {"district": "Harburg", "theme": "wohnen"})
        assert response.status_code == 200 and response.json()
        return response.json()

    first = []
    assert _computed_by(lambda: first.append(ask())) == 1
    again = []
    assert _computed_by(lambda: again.append(ask())) == 0
    assert again == first
    other = {"district": "Harburg", "theme": "wohnen", "top": 3}
    assert _computed_by(lambda: client.get("/api/match", other)) == 1


def test_pages_hit_the_cache(client, knowledge_base):
    from bezirkspartner.atlas.models import District

    harburg = District.objects.select_related("city").get(slug="harburg")
    for url in (harburg.get_absolute_url(), "/partner/?themen=wohnen"):
        assert _computed_by(lambda url=url: client.get(url)) == 1
        page = client.get(url)
        assert page.status_code == 200
        assert _computed_by(lambda url=url: client.get(url)) == 0


def test_a_practice_edit_or_a_removed_practice_ranks_anew(client, knowledge_base):
    from bezirkspartner.accounts.models import User
    from bezirkspartner.knowledge.models import Practice
    from bezirkspartner.knowledge.services import practice_update

    params = {"district": "Harburg", "theme": "wohnen"}
    assert _computed_by(lambda: client.get("/api/match", params)) == 1
    assert _computed_by(lambda: client.get("/api/match", params)) == 0
    practice = Practice.objects.order_by("slug").first()
    editor = User.objects.create_user(email="editor@example.org", password="x" * 12)
    practice_update(
        practice=practice, changes={"summary_de": practice.summary_de + " Neu."}, user=editor
    )
    assert _computed_by(lambda: client.get("/api/match", params)) == 1
    Practice.objects.order_by("slug").last().delete()
    assert _computed_by(lambda: client.get("/api/match", params)) == 1


def test_results_come_with_their_districts_in_one_query(knowledge_base):
    from bezirkspartner.atlas.models import District

    request = selectors.MatchRequest(
        home=District.objects.get(slug="harburg"), themes={"wohnen": 1.0}, weights={}, top=5
    )
    selectors.match_results(request)
    with CaptureQueriesContext(connection) as context:
        rows = selectors.match_results(request)
    assert rows and all(d is not None and d.city.slug == r.place.city_key for r, d in rows)
    district_queries = [
        q for q in context.captured_queries if 'FROM "atlas_district" INNER' in q["sql"]
    ]
    assert len(district_queries) == 1
