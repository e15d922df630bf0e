"""The number of database queries per forum page does not grow with the data on it."""

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext

from bezirkspartner.forum.models import Support
from tests.forum.conftest import CommentFactory, ProposalFactory, SpaceFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _no_page_cache(settings):
    """What is counted here is the page's own work; the page cache (tests/core/
    test_page_cache.py) would add cache reads whose number depends on the clock."""
    settings.PAGE_CACHE_SECONDS = 0


def _queries(client, url: str) -> int:
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    return len(context.captured_queries)


def _proposal_with(comments: int):
    proposal = ProposalFactory()
    authors = [UserFactory() for _ in range(3)]
    parent = None
    for number in range(comments):
        parent = CommentFactory(
            target=proposal, author=authors[number % 3], parent=parent if number % 2 else None
        )
    for author in authors:
        Support.objects.create(proposal=proposal, user=author)
    return proposal


@pytest.fixture
def moderator_client(client):
    moderator = UserFactory()
    moderator.groups.add(Group.objects.get_or_create(name="moderators")[0])
    client.force_login(moderator)
    return client


def test_a_proposal_page_asks_the_same_number_of_queries_for_5_or_60_comments(moderator_client):
    small, large = _proposal_with(5), _proposal_with(60)
    assert _queries(moderator_client, large.get_absolute_url()) == _queries(
        moderator_client, small.get_absolute_url()
    )


def test_a_space_page_is_paged_and_its_queries_do_not_grow(client):
    small, large = SpaceFactory(), SpaceFactory()
    for _ in range(3):
        ProposalFactory(space=small)
    for number in range(60):
        proposal = ProposalFactory(space=large, title=f"Vorschlag {number:02d}")
        CommentFactory(target=proposal)
    assert _queries(client, f"/forum/raum/{large.slug}/") == _queries(
        client, f"/forum/raum/{small.slug}/"
    )
    first = client.get(f"/forum/raum/{large.slug}/").content.decode()
    assert first.count('class="proposal-list"') == 1 and "Vorschlag 59" in first
    assert "Vorschlag 34" not in first and "Seite 1 von 3" in first
    third = client.get(f"/forum/raum/{large.slug}/?seite=3").content.decode()
    assert "Vorschlag 00" in third and "1 Kommentar" in third
