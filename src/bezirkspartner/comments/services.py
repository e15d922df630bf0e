"""Comment writes: keyword-only, permission-checked, transactional; moderation is audited."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from bezirkspartner.comments import registry
from bezirkspartner.comments.models import Comment, Report
from bezirkspartner.core.audit import audit_record


def _require_reason(reason: str) -> str:
    if not reason.strip():
        raise ValidationError(_("Please give a reason; the author will see it."))
    return reason.strip()


def _require_body(body: str) -> str:
    if not body.strip():
        raise ValidationError(_("Please write a comment first."))
    return body.strip()


@transaction.atomic
def comment_create(
    *, target, author, body: str, parent: Comment | None = None, language: str = ""
) -> Comment:
    """A comment on any registered target; the target's app hears of it (notifications)."""
    kind = registry.kind_of(target)
    if not author.has_perm("comments.add_comment", target):
        raise PermissionDenied(_("You cannot comment here."))
    comment = Comment(target=target, author=author, body=_require_body(body), language=language)
    if parent is not None:
        if (parent.content_type_id, parent.object_id) != (
            comment.content_type_id,
            comment.object_id,
        ):
            raise ValidationError(_("The reply belongs to another thread."))
        if parent.deleted:
            raise ValidationError(_("A deleted comment takes no replies."))
        comment.parent = parent
    comment.full_clean()
    comment.save()
    if kind.on_created is not None:
        kind.on_created(comment)
    return comment


@transaction.atomic
def comment_edit(*, comment: Comment, user, body: str) -> Comment:
    if not user.has_perm("comments.change_comment", comment):
        raise PermissionDenied(_("Comments can be edited for 15 minutes after writing."))
    comment.body = _require_body(body)
    comment.edited_at = timezone.now()
    comment.full_clean()
    comment.save(update_fields=["body", "edited_at"])
    return comment


@transaction.atomic
def comment_delete(*, comment: Comment, user) -> Comment:
    """Deletion keeps a placeholder, so replies stay readable."""
    if not user.has_perm("comments.delete_comment", comment):
        raise PermissionDenied(_("You cannot delete this comment."))
    comment.deleted = True
    comment.body = ""
    comment.save(update_fields=["deleted", "body"])
    if comment.author_id != user.pk:
        audit_record(actor=user, action="comment_delete", target=comment)
    return comment


@transaction.atomic
def comment_hide(*, comment: Comment, moderator, reason: str) -> Comment:
    if not moderator.has_perm("comments.moderate"):
        raise PermissionDenied(_("Only moderators hide contributions."))
    comment.hidden = True
    comment.hidden_reason = _require_reason(reason)
    comment.hidden_by = moderator
    comment.save(update_fields=["hidden", "hidden_reason", "hidden_by"])
    comment.reports.filter(resolved_at__isnull=True).update(
        resolved_at=timezone.now(), decision="hidden"
    )
    audit_record(actor=moderator, action="hide", target=comment, reason=comment.hidden_reason)
    return comment


@transaction.atomic
def comment_show(*, comment: Comment, moderator, reason: str) -> Comment:
    if not moderator.has_perm("comments.moderate"):
        raise PermissionDenied(_("Only moderators restore contributions."))
    reason = _require_reason(reason)
    comment.hidden = False
    comment.hidden_reason = ""
    comment.hidden_by = None
    comment.save(update_fields=["hidden", "hidden_reason", "hidden_by"])
    audit_record(actor=moderator, action="restore", target=comment, reason=reason)
    return comment


@transaction.atomic
def report_create(*, comment: Comment, reporter, reason: str, explanation: str = "") -> Report:
    if not reporter.has_perm("comments.report", comment):
        raise PermissionDenied(_("You cannot report this contribution."))
    if reason not in Report.Reason.values:
        raise ValidationError(_("Please choose a reason."))
    return Report.objects.create(
        comment=comment, reporter=reporter, reason=reason, explanation=explanation.strip()[:2000]
    )


@transaction.atomic
def report_dismiss(*, report: Report, moderator, reason: str) -> Report:
    if not moderator.has_perm("comments.moderate"):
        raise PermissionDenied(_("Only moderators handle reports."))
    reason = _require_reason(reason)
    report.resolved_at = timezone.now()
    report.decision = "dismissed"
    report.save(update_fields=["resolved_at", "decision"])
    audit_record(actor=moderator, action="dismiss_report", target=report, reason=reason)
    return report
