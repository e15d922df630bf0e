"""Moderation of proposals and accounts: report, hide, restore, dismiss, block; all audited.

Comments are moderated by `comments.services` (comment_hide, comment_show, report_create).
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from bezirkspartner.core.audit import audit_record
from bezirkspartner.forum.models import Proposal, Report


def _require_reason(reason: str) -> str:
    if not reason.strip():
        raise ValidationError(_("Please give a reason; the author will see it."))
    return reason.strip()


@transaction.atomic
def report_create(*, target: Proposal, reporter, reason: str, explanation: str = "") -> Report:
    if not reporter.has_perm("forum.report", target):
        raise PermissionDenied(_("You cannot report this contribution."))
    if reason not in Report.Reason.values:
        raise ValidationError(_("Please choose a reason."))
    return Report.objects.create(
        reporter=reporter, reason=reason, explanation=explanation.strip()[:2000], proposal=target
    )


def _open_reports(target: Proposal):
    return Report.objects.filter(resolved_at__isnull=True, proposal=target)


@transaction.atomic
def content_hide(*, target: Proposal, moderator, reason: str) -> None:
    if not moderator.has_perm("forum.moderate"):
        raise PermissionDenied(_("Only moderators hide contributions."))
    target.hidden_reason = _require_reason(reason)
    target.save(update_fields=["hidden_reason"])
    _open_reports(target).update(resolved_at=timezone.now(), decision="hidden")
    audit_record(actor=moderator, action="hide", target=target, reason=target.hidden_reason)


@transaction.atomic
def content_restore(*, target: Proposal, moderator, reason: str) -> None:
    if not moderator.has_perm("forum.moderate"):
        raise PermissionDenied(_("Only moderators restore contributions."))
    target.hidden_reason = ""
    target.save(update_fields=["hidden_reason"])
    audit_record(actor=moderator, action="restore", target=target, reason=_require_reason(reason))


@transaction.atomic
def report_dismiss(*, report: Report, moderator, reason: str) -> None:
    if not moderator.has_perm("forum.moderate"):
        raise PermissionDenied(_("Only moderators handle reports."))
    report.resolved_at = timezone.now()
    report.decision = "dismissed"
    report.save(update_fields=["resolved_at", "decision"])
    audit_record(
        actor=moderator, action="dismiss_report", target=report, reason=_require_reason(reason)
    )


@transaction.atomic
def user_block(*, user, moderator, reason: str) -> None:
    """A blocked account can no longer sign in; its contributions stay."""
    if not moderator.has_perm("forum.block_user", user):
        raise PermissionDenied(_("You cannot block this account."))
    user.is_active = False
    user.save(update_fields=["is_active"])
    audit_record(actor=moderator, action="block", target=user, reason=_require_reason(reason))


@transaction.atomic
def user_unblock(*, user, moderator, reason: str) -> None:
    if not moderator.has_perm("forum.block_user", user):
        raise PermissionDenied(_("You cannot unblock this account."))
    user.is_active = True
    user.save(update_fields=["is_active"])
    audit_record(actor=moderator, action="unblock", target=user, reason=_require_reason(reason))
