"""Forum permissions as django-rules predicates (table: docs/permissions.md)."""

from __future__ import annotations

import datetime as dt

import rules
from django.utils import timezone

EDIT_WINDOW = dt.timedelta(minutes=15)


@rules.predicate
def is_administration(user) -> bool:
    return bool(user.is_authenticated and (user.is_staff or user.role == "administration"))


def group_names(user) -> frozenset[str]:
    """The user's groups, asked once per request: a page checks permissions per comment."""
    names = getattr(user, "_group_names", None)
    if names is None:
        names = frozenset(user.groups.values_list("name", flat=True))
        user._group_names = names
    return names


@rules.predicate
def is_moderator(user) -> bool:
    return bool(user.is_authenticated and (user.is_staff or "moderators" in group_names(user)))


@rules.predicate
def is_author(user, obj) -> bool:
    return bool(obj is not None and user.is_authenticated and obj.author_id == user.pk)


@rules.predicate
def space_is_open(user, space) -> bool:
    return bool(space is not None and space.is_open)


@rules.predicate
def proposal_is_new(user, proposal) -> bool:
    return bool(proposal is not None and proposal.status == "submitted")


@rules.predicate
def proposal_is_active(user, proposal) -> bool:
    return bool(
        proposal is not None and proposal.status not in ("adopted", "rejected", "withdrawn")
    )


@rules.predicate
def within_edit_window(user, obj) -> bool:
    return bool(obj is not None and timezone.now() - obj.created_at <= EDIT_WINDOW)


is_participant = rules.is_authenticated & rules.is_active

rules.add_perm("forum.add_proposal", is_participant & space_is_open)
rules.add_perm(
    "forum.change_proposal", (is_author & proposal_is_new & within_edit_window) | is_administration
)
rules.add_perm("forum.withdraw_proposal", is_author & proposal_is_active)
rules.add_perm("forum.change_status", is_administration)
rules.add_perm("forum.support_proposal", is_participant & ~is_author & proposal_is_active)
rules.add_perm("forum.add_comment", is_participant & proposal_is_active)
rules.add_perm("forum.add_space", is_administration)


@rules.predicate
def is_self(user, other) -> bool:
    return bool(other is not None and user.pk == other.pk)


@rules.predicate
def is_privileged(user, other) -> bool:
    return bool(other is not None and (other.is_staff or other.is_superuser))


rules.add_perm("forum.report", is_participant & ~is_author)  # proposals; comments: comments.report
rules.add_perm("forum.moderate", is_moderator)
rules.add_perm("forum.block_user", is_moderator & ~is_self & ~is_privileged)


@rules.predicate
def meeting_is_ahead(user, meeting) -> bool:
    return bool(meeting is not None and meeting.ends_at >= timezone.now())


rules.add_perm("forum.manage_meetings", is_administration)
rules.add_perm("forum.register_meeting", is_participant & meeting_is_ahead)
