"""Forum proposals (with visible comments), meetings and dossiers are found by the search."""

import datetime as dt

import pytest
from django.utils import timezone

from bezirkspartner.forum.models import Meeting
from bezirkspartner.knowledge import search
from bezirkspartner.knowledge.indexing import search_documents_rebuild
from tests.forum.conftest import CommentFactory, ProposalFactory


def _kinds(query: str) -> list[tuple[str, str]]:
    hits, _terms = search.search(query)
    return [(h.document.kind, h.document.title_de) for h in hits]


@pytest.fixture
def indexed(knowledge_base):
    return knowledge_base


def test_a_new_proposal_and_its_comments_are_found_at_once(indexed):
    proposal = ProposalFactory(title="Austausch über Schwammstadt", text="Regenwasser nutzen.")
    assert ("proposal", "Austausch über Schwammstadt") in _kinds("Schwammstadt")
    comment = CommentFactory(target=proposal, body="In Kopenhagen gibt es Wolkenbruchpläne.")
    assert ("proposal", "Austausch über Schwammstadt") in _kinds("Wolkenbruchpläne")
    comment.hidden, comment.hidden_reason = True, "Werbung"
    comment.save()
    assert ("proposal", "Austausch über Schwammstadt") not in _kinds("Wolkenbruchpläne")
    assert ("proposal", "Austausch über Schwammstadt") in _kinds("Schwammstadt")
    proposal.hidden_reason = "Beleidigung"
    proposal.save()
    assert ("proposal", "Austausch über Schwammstadt") not in _kinds("Schwammstadt")


def test_meetings_and_dossiers_are_found_and_a_rebuild_keeps_them(indexed, db):
    start = timezone.now() + dt.timedelta(days=3)
    meeting = Meeting.objects.create(
        title="Forumssitzung Klimaanpassung", starts_at=start, ends_at=start, place="Rieckhof"
    )
    assert ("meeting", "Forumssitzung Klimaanpassung") in _kinds("Rieckhof")
    search_documents_rebuild()
    assert ("meeting", "Forumssitzung Klimaanpassung") in _kinds("Klimaanpassung")
    meeting.delete()
    assert ("meeting", "Forumssitzung Klimaanpassung") not in _kinds("Rieckhof")


def test_dossiers_are_found(indexed, db):
    from bezirkspartner.accounts.models import User
    from bezirkspartner.atlas.models import District
    from bezirkspartner.dossiers import services
    from bezirkspartner.dossiers.loader import committees_load
    from bezirkspartner.knowledge.models import Theme
    from tests.forum.conftest import UserFactory

    committees_load()
    dossier = services.dossier_create(
        home=District.objects.get(name="Harburg"),
        partner=District.objects.get(name="Floridsdorf"),
        themes=[Theme.objects.get(slug="wohnen")],
        actor=UserFactory(role=User.Role.ADMINISTRATION),
    )
    assert ("dossier", dossier.title) in _kinds("Floridsdorf")
