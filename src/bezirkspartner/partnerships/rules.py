"""Partnership permissions as django-rules predicates (table: docs/permissions.md).

Reading a partnership, its activities, budget, report and feeds is public. The workspace
(comments, stored documents, the guest list) is for the administration and the partnership's
own guests; a guest of one partnership sees nothing of another's workspace.
"""

from __future__ import annotations

import rules

from bezirkspartner.accounts.rules import is_administration, is_participant


def _partnership_of(obj):
    """The partnership an object belongs to (a partnership, or an activity of one)."""
    if obj is None:
        return None
    return getattr(obj, "partnership", obj)


@rules.predicate
def is_guest_of(user, obj) -> bool:
    partnership = _partnership_of(obj)
    if partnership is None or partnership.pk is None or not user.is_authenticated:
        return False
    return partnership.invitations.filter(guest=user, accepted_at__isnull=False).exists()


@rules.predicate
def is_not_ended(user, obj) -> bool:
    partnership = _partnership_of(obj)
    return bool(partnership is not None and partnership.stage != "ended")


@rules.predicate
def planned_it(user, activity) -> bool:
    return bool(
        activity is not None and user.is_authenticated and activity.planned_by_id == user.pk
    )


member = is_participant & (is_administration | is_guest_of)

rules.add_perm("partnerships.add_partnership", is_administration)
rules.add_perm("partnerships.change_partnership", is_administration)
rules.add_perm("partnerships.invite_guest", is_administration & is_not_ended)
rules.add_perm("partnerships.view_workspace", member)
rules.add_perm("partnerships.comment", member & is_not_ended)
rules.add_perm("partnerships.plan_activity", member & is_not_ended)
rules.add_perm(
    "partnerships.change_activity", is_administration | (is_participant & is_guest_of & planned_it)
)
rules.add_perm("partnerships.record_expense", is_administration)
rules.add_perm("partnerships.add_photo", is_administration)
