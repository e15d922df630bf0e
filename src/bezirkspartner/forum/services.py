"""Forum writes: keyword-only, typed, transactional, `<entity>_<action>`.

Comments on proposals are written by `comments.services` (the forum registers its
notifications in `threads.py`).
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from bezirkspartner.core.audit import audit_record
from bezirkspartner.forum.models import (
    PLAN_FIELDS,
    Proposal,
    Space,
    StatusChange,
    Support,
)
from bezirkspartner.notifications.services import follow, notify

TRANSITIONS = {
    "submitted": {"discussion", "rejected", "withdrawn"},
    "discussion": {"drafting", "rejected", "withdrawn"},
    "drafting": {"committee", "rejected", "withdrawn"},
    "committee": {"adopted", "rejected"},
}


@transaction.atomic
def proposal_create(
    *,
    space: Space,
    author,
    title: str,
    text: str,
    themes=(),
    districts=(),
    practices=(),
    plan: dict | None = None,
) -> Proposal:
    """`plan`: the motion's questions (models.PLAN_FIELDS): implementation, money, staff,
    committees, lead."""
    if not author.has_perm("forum.add_proposal", space):
        raise PermissionDenied(_("This space takes no new proposals."))
    proposal = Proposal(space=space, author=author, title=title.strip(), text=text.strip())
    for name, value in (plan or {}).items():
        if name not in PLAN_FIELDS:
            raise TypeError(f"unknown plan field {name!r}")
        setattr(proposal, name, value.strip() if isinstance(value, str) else value)
    proposal.full_clean()
    proposal.save()
    proposal.themes.set(themes)
    proposal.partner_districts.set(districts)
    proposal.practices.set(practices)
    follow(user=author, target=proposal)
    notify(
        actor=author,
        kind="proposal",
        title=proposal.title,
        url=proposal.get_absolute_url(),
        targets=[space],
    )
    return proposal


@transaction.atomic
def proposal_change_status(
    *, proposal: Proposal, user, to_status: str, answer: str
) -> StatusChange:
    """Move a proposal one step; the administration answers officially at every change."""
    withdrawing = to_status == "withdrawn" and user.has_perm("forum.withdraw_proposal", proposal)
    if not withdrawing and not user.has_perm("forum.change_status", proposal):
        raise PermissionDenied(_("Only the administration changes the status of a proposal."))
    if to_status not in TRANSITIONS.get(proposal.status, set()):
        raise ValidationError(_("This status change is not possible."))
    if not answer.strip():
        raise ValidationError(_("Please give a reason for the change."))
    change = StatusChange.objects.create(
        proposal=proposal,
        from_status=proposal.status,
        to_status=to_status,
        answer=answer.strip(),
        changed_by=user,
    )
    proposal.status = to_status
    proposal.save(update_fields=["status", "updated_at"])
    if not withdrawing:
        audit_record(actor=user, action=f"status:{to_status}", target=proposal, reason=answer)
    notify(
        actor=user,
        kind="status",
        title=proposal.title,
        url=proposal.get_absolute_url(),
        targets=[proposal],
    )
    return change


@transaction.atomic
def support_toggle(*, proposal: Proposal, user) -> bool:
    """Support a proposal, or withdraw one's support; returns whether it is supported now."""
    existing = Support.objects.filter(proposal=proposal, user=user)
    if existing.exists():
        existing.delete()
        return False
    if not user.has_perm("forum.support_proposal", proposal):
        raise PermissionDenied(_("You cannot support this proposal."))
    try:
        with transaction.atomic():
            Support.objects.create(proposal=proposal, user=user)
    except IntegrityError:
        pass  # a double click: the support exists already
    return True
