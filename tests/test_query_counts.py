"""The number of database queries of every page type does not grow with the data on it.

Each page is asked as the administration (who sees every control) with the demo content on
the small test atlas, then again after the records such pages list have been multiplied; the
counts must be equal. tests/forum/test_query_counts.py does the same for the forum in depth.
"""

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.forum.conftest import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _no_page_cache(settings):
    """What is counted here is the page's own work; the page cache (tests/core/
    test_page_cache.py) would add cache reads whose number depends on the clock."""
    settings.PAGE_CACHE_SECONDS = 0


COPIES = 4


def _clone(obj, **changes):
    """A copy of a row (new primary key) with some fields changed; many-to-many kept."""
    many = {f.name: list(getattr(obj, f.name).all()) for f in obj._meta.many_to_many}
    obj.pk = obj.id = None
    obj._state.adding = True
    for name, value in changes.items():
        setattr(obj, name, value)
    obj.save()
    for name, values in many.items():
        getattr(obj, name).set(values)
    return obj


def _grow() -> None:
    """Multiply what the list pages show: practices, funding, twinnings, partnerships with
    their steps and activities, dossiers, proposals with comments."""
    from bezirkspartner.atlas.models import Partnership as Twinning
    from bezirkspartner.dossiers.models import Dossier
    from bezirkspartner.forum.models import Proposal
    from bezirkspartner.knowledge.models import FundingInstrument as Funding
    from bezirkspartner.knowledge.models import Practice
    from bezirkspartner.partnerships.models import Activity, Partnership, StageStep

    for n in range(COPIES):
        for practice in Practice.objects.exclude(slug__contains="~"):
            _clone(practice, slug=f"{practice.slug}~{n}")
        for funding in Funding.objects.exclude(slug__contains="~"):
            _clone(funding, slug=f"{funding.slug}~{n}")
        for twinning in Twinning.objects.all()[:20]:
            _clone(twinning)
        for dossier in Dossier.objects.all()[:5]:
            _clone(dossier)
        for partnership in Partnership.objects.all()[:5]:
            steps = list(StageStep.objects.filter(partnership=partnership))
            activities = list(Activity.objects.filter(partnership=partnership))
            copy = _clone(partnership)
            for step in steps:
                _clone(step, partnership=copy)
            for activity in activities:
                _clone(activity, partnership=copy)
        for proposal in Proposal.objects.all()[:5]:
            comments = list(proposal.comments.filter(parent=None))
            copy = _clone(proposal)
            for comment in comments:
                _clone(comment, object_id=copy.pk)
                _clone(comment, object_id=proposal.pk)


def _sizes() -> dict[str, int]:
    from bezirkspartner.atlas.models import Partnership as Twinning
    from bezirkspartner.comments.models import Comment
    from bezirkspartner.dossiers.models import Dossier
    from bezirkspartner.forum.models import Proposal
    from bezirkspartner.knowledge.models import FundingInstrument, Practice
    from bezirkspartner.partnerships.models import Activity, Partnership

    models = (Twinning, Dossier, Comment, Proposal, FundingInstrument, Practice, Activity)
    return {m._meta.label: m.objects.count() for m in (*models, Partnership)}


def _pages() -> list[str]:
    from bezirkspartner.atlas.models import District
    from bezirkspartner.dossiers.models import Dossier
    from bezirkspartner.forum.models import Proposal
    from bezirkspartner.knowledge.models import Practice
    from bezirkspartner.partnerships.models import Partnership

    harburg = District.objects.select_related("city").get(name="Harburg")
    proposal = Proposal.objects.order_by("pk").first()
    partnership = Partnership.objects.order_by("pk").first()
    return [
        "/",
        harburg.get_absolute_url(),
        District.objects.select_related("city").get(name="Floridsdorf").get_absolute_url(),
        "/partner/",
        "/partner/?themen=wohnen",
        "/suche/?q=Wohnen",
        Practice.objects.order_by("slug").first().get_absolute_url(),
        proposal.space.get_absolute_url(),
        proposal.get_absolute_url(),
        "/atlas/partnerschaften/",
        "/partnerschaften/",
        f"/partnerschaften/{partnership.pk}/",
        "/dokumente/",
        "/dossiers/",
        Dossier.objects.order_by("pk").first().get_absolute_url(),
        "/wissen/",
        "/wissen/foerderung/",
        "/api/districts",
        "/api/match?district=Harburg",
        "/api/funding",
        "/api/practices",
        "/api/search?q=Wohnen",
        "/api/partnerships",
    ]


def _counts(client, urls: list[str]) -> dict[str, int]:
    counts = {}
    for url in urls:
        client.get(url)  # caches filled (rankings), as on a running server
        with CaptureQueriesContext(connection) as context:
            response = client.get(url)
        assert response.status_code == 200, url
        counts[url] = len(context.captured_queries)
    return counts


def test_every_page_type_asks_as_many_queries_with_more_data(client, knowledge_base):
    from bezirkspartner.accounts.models import User
    from bezirkspartner.atlas.models import District
    from bezirkspartner.dossiers import services
    from bezirkspartner.forum.loader import LOADER
    from bezirkspartner.knowledge.models import Theme

    cache.clear()
    LOADER.run()
    call_command("demo", verbosity=0)
    administration = UserFactory(role=User.Role.ADMINISTRATION)
    client.force_login(administration)
    services.dossier_create(
        home=District.objects.get(name="Harburg"),
        partner=District.objects.get(name="Floridsdorf"),
        themes=list(Theme.objects.filter(slug="wohnen")),
        actor=administration,
    )
    urls = _pages()
    small = _counts(client, urls)
    before = _sizes()
    _grow()
    after = _sizes()
    assert all(after[name] >= before[name] * 3 for name in before), (before, after)
    cache.clear()
    large = _counts(client, urls)
    grew = {url: (small[url], large[url]) for url in urls if large[url] != small[url]}
    assert grew == {}
