import datetime as dt

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from bezirkspartner.comments import services
from bezirkspartner.comments.models import Comment, Report
from bezirkspartner.core.models import AuditEntry
from tests.forum.conftest import CommentFactory, ProposalFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_a_comment_and_a_reply_on_a_proposal(proposal, other):
    first = services.comment_create(target=proposal, author=other, body="  Gute Idee  ")
    reply = services.comment_create(
        target=proposal, author=proposal.author, body="Danke", parent=first
    )
    assert first.body == "Gute Idee" and first.target == proposal
    assert reply.parent == first
    assert list(proposal.comments.order_by("pk")) == [first, reply]


def test_empty_comments_and_replies_across_threads_are_refused(proposal, other):
    with pytest.raises(ValidationError):
        services.comment_create(target=proposal, author=other, body="   ")
    elsewhere = CommentFactory(target=ProposalFactory())
    with pytest.raises(ValidationError):
        services.comment_create(target=proposal, author=other, body="x", parent=elsewhere)
    assert not proposal.comments.exists()


def test_closed_proposals_take_no_comments(other):
    proposal = ProposalFactory(status="adopted")
    with pytest.raises(PermissionDenied):
        services.comment_create(target=proposal, author=other, body="Zu spät")


def test_edit_within_15_minutes_by_the_author_only(proposal, other):
    comment = CommentFactory(target=proposal, author=other)
    services.comment_edit(comment=comment, user=other, body="Besser")
    comment.refresh_from_db()
    assert comment.body == "Besser" and comment.edited_at is not None
    with pytest.raises(PermissionDenied):
        services.comment_edit(comment=comment, user=proposal.author, body="Fremd")
    Comment.objects.filter(pk=comment.pk).update(
        created_at=timezone.now() - dt.timedelta(minutes=16)
    )
    comment.refresh_from_db()
    with pytest.raises(PermissionDenied):
        services.comment_edit(comment=comment, user=other, body="Zu spät")


def test_delete_keeps_a_placeholder_and_a_moderators_deletion_is_audited(
    proposal, other, moderator
):
    own = CommentFactory(target=proposal, author=other)
    services.comment_delete(comment=own, user=other)
    own.refresh_from_db()
    assert own.deleted and own.body == ""
    assert not AuditEntry.objects.exists()  # one's own deletion is no moderation
    foreign = CommentFactory(target=proposal)
    services.comment_delete(comment=foreign, user=moderator)
    assert AuditEntry.objects.get().action == "comment_delete"
    with pytest.raises(PermissionDenied):
        services.comment_delete(comment=CommentFactory(target=proposal), user=other)


def test_hide_resolves_open_reports_and_show_needs_a_reason(proposal, other, moderator):
    comment = CommentFactory(target=proposal)
    services.report_create(comment=comment, reporter=other, reason="insult")
    services.comment_hide(comment=comment, moderator=moderator, reason="Beleidigung")
    comment.refresh_from_db()
    assert (comment.hidden, comment.hidden_reason, comment.hidden_by) == (
        True,
        "Beleidigung",
        moderator,
    )
    report = Report.objects.get()
    assert report.decision == "hidden" and report.resolved_at is not None
    with pytest.raises(ValidationError):
        services.comment_show(comment=comment, moderator=moderator, reason=" ")
    services.comment_show(comment=comment, moderator=moderator, reason="Irrtum")
    comment.refresh_from_db()
    assert not comment.hidden and comment.hidden_reason == "" and comment.hidden_by is None
    assert list(AuditEntry.objects.order_by("at").values_list("action", "reason")) == [
        ("hide", "Beleidigung"),
        ("restore", "Irrtum"),
    ]


def test_only_moderators_hide_and_dismiss(proposal, other, moderator):
    comment = CommentFactory(target=proposal)
    with pytest.raises(PermissionDenied):
        services.comment_hide(comment=comment, moderator=other, reason="weil")
    report = services.report_create(comment=comment, reporter=other, reason="spam")
    with pytest.raises(PermissionDenied):
        services.report_dismiss(report=report, moderator=other, reason="weil")
    services.report_dismiss(report=report, moderator=moderator, reason="kein Verstoß")
    report.refresh_from_db()
    assert report.decision == "dismissed"


def test_reports_need_a_known_reason_and_someone_else(proposal, other):
    comment = CommentFactory(target=proposal, author=other)
    with pytest.raises(PermissionDenied):
        services.report_create(comment=comment, reporter=other, reason="spam")
    with pytest.raises(ValidationError):
        services.report_create(comment=comment, reporter=UserFactory(), reason="langweilig")
    assert not Report.objects.exists()


def test_a_workspace_comment_keeps_its_language(partnership, guest):
    comment = services.comment_create(
        target=partnership, author=guest, body="Hello from Vienna", language="en"
    )
    assert comment.language == "en" and comment.target == partnership


def test_strangers_neither_write_nor_report_in_a_workspace(partnership, guest):
    stranger = UserFactory()
    with pytest.raises(PermissionDenied):
        services.comment_create(target=partnership, author=stranger, body="Hallo")
    comment = services.comment_create(target=partnership, author=guest, body="Hello")
    with pytest.raises(PermissionDenied):
        services.report_create(comment=comment, reporter=stranger, reason="spam")
