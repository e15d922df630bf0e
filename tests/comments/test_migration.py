"""The data migrations move every forum, dossier and workspace comment into comments.Comment.

Runs Django's MigrationExecutor on the real test database: back to the state before the
comments app took over, old rows written with the historical models, then forward again.
"""

import datetime as dt

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

BEFORE = [
    ("comments", "0001_initial"),
    ("forum", "0006_follow_and_notification_moved"),
    ("dossiers", "0002_content_schema"),
    ("partnerships", "0001_lifecycle_activities_budget_guests"),
]


def _migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


def _leaves():
    return MigrationExecutor(connection).loader.graph.leaf_nodes()


@pytest.fixture
def before(transactional_db, small_atlas):
    leaves = _leaves()
    old_apps = _migrate(BEFORE)
    yield old_apps
    _migrate(leaves)  # whatever happened, the database ends up current


def test_every_old_comment_arrives_with_its_thread_dates_authors_and_reports(before):
    from bezirkspartner.accounts.models import User  # its table is the same before and after
    from bezirkspartner.atlas.models import District

    old = before
    pia = User.objects.create(email="pia@example.org", display_name="Pia")
    mod = User.objects.create(email="mod@example.org", display_name="Mod")
    space = old.get_model("forum", "Space").objects.create(slug="s", title_de="S", title_en="S")
    proposal = old.get_model("forum", "Proposal").objects.create(
        space=space, author_id=pia.pk, title="Vorschlag", text="Text"
    )
    when = timezone.now() - dt.timedelta(days=400)
    OldComment = old.get_model("forum", "Comment")
    first = OldComment.objects.create(proposal=proposal, author_id=pia.pk, text="Erster")
    reply = OldComment.objects.create(
        proposal=proposal, author_id=None, text="Antwort", parent=first, edited_at=when
    )
    hidden = OldComment.objects.create(
        proposal=proposal, author_id=mod.pk, text="Laut", hidden_reason="Beleidigung"
    )
    gone = OldComment.objects.create(proposal=proposal, author_id=pia.pk, text="", deleted=True)
    OldComment.objects.filter(pk=first.pk).update(created_at=when)
    OldReport = old.get_model("forum", "Report")
    OldReport.objects.create(comment=hidden, reporter_id=pia.pk, reason="insult", decision="hidden")
    OldReport.objects.create(proposal=proposal, reporter_id=mod.pk, reason="spam")
    home, partner = District.objects.all()[:2]
    dossier = old.get_model("dossiers", "Dossier").objects.create(
        title="Dossier", home_id=home.pk, partner_id=partner.pk
    )
    dossier_comment = old.get_model("dossiers", "DossierComment").objects.create(
        dossier=dossier, author_id=pia.pk, text="Zum Dossier"
    )
    old.get_model("dossiers", "DossierComment").objects.filter(pk=dossier_comment.pk).update(
        created_at=when
    )
    partnership = old.get_model("partnerships", "Partnership").objects.create(
        home_id=home.pk, partner_id=partner.pk, title="Partnerschaft"
    )
    old.get_model("partnerships", "WorkspaceComment").objects.create(
        partnership=partnership, author_id=mod.pk, text="Hello", language="en"
    )

    _migrate(_leaves())

    from bezirkspartner.comments.models import Comment, Report
    from bezirkspartner.dossiers.models import Dossier
    from bezirkspartner.forum.models import Proposal
    from bezirkspartner.forum.models import Report as ProposalReport
    from bezirkspartner.partnerships.models import Partnership

    assert Comment.objects.count() == 6
    on_proposal = Proposal.objects.get(pk=proposal.pk).comments.order_by("pk")
    assert [c.pk for c in on_proposal] == [first.pk, reply.pk, hidden.pk, gone.pk]  # ids kept
    moved = {c.pk: c for c in on_proposal}
    assert (moved[first.pk].body, moved[first.pk].author_id) == ("Erster", pia.pk)
    assert moved[first.pk].created_at == when
    assert moved[reply.pk].parent_id == first.pk and moved[reply.pk].author is None
    assert moved[reply.pk].edited_at == when
    assert moved[hidden.pk].hidden and moved[hidden.pk].hidden_reason == "Beleidigung"
    assert not moved[first.pk].hidden and moved[gone.pk].deleted
    report = Report.objects.get()
    assert (report.comment_id, report.reporter_id, report.reason, report.decision) == (
        hidden.pk,
        pia.pk,
        "insult",
        "hidden",
    )
    assert ProposalReport.objects.get().proposal_id == proposal.pk  # proposal reports stay
    on_dossier = Dossier.objects.get(pk=dossier.pk).comments.get()
    assert (on_dossier.body, on_dossier.author_id, on_dossier.created_at) == (
        "Zum Dossier",
        pia.pk,
        when,
    )
    on_partnership = Partnership.objects.get(pk=partnership.pk).comments.get()
    assert (on_partnership.body, on_partnership.language, on_partnership.author_id) == (
        "Hello",
        "en",
        mod.pk,
    )
    # New comments get fresh ids after the kept ones (PostgreSQL's sequence was moved on).
    newest = Comment.objects.create(target=Proposal.objects.get(pk=proposal.pk), body="Neu")
    assert newest.pk > max(Comment.objects.exclude(pk=newest.pk).values_list("pk", flat=True))
