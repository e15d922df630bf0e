"""Forum permissions as django-rules predicates (table: docs/permissions.md)."""

from __future__ import annotations

import datetime as dt

import rules
from django.utils import timezone

from bezirkspartner.accounts.rules import (
    is_administration,
    is_moderator,
    is_participant,
    is_privileged,
    is_self,
)

EDIT_WINDOW = dt.timedelta(minutes=15)


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


rules.add_perm("forum.add_proposal", is_participant & space_is_open)
rules.add_perm(
    "forum.change_proposal", (is_author & proposal_is_new & within_edit_window) | is_administration
)
rules.add_perm("forum.withdraw_proposal", is_author & proposal_is_active)
rules.add_perm("forum.change_status", is_administration)
rules.add_perm("forum.support_proposal", is_participant & ~is_author & proposal_is_active)
rules.add_perm("forum.add_comment", is_participant & proposal_is_active)
rules.add_perm("forum.add_space", is_administration)


rules.add_perm("forum.report", is_participant & ~is_author)  # proposals; comments: comments.report
rules.add_perm("forum.moderate", is_moderator)
rules.add_perm("forum.block_user", is_moderator & ~is_self & ~is_privileged)


@rules.predicate
def meeting_is_ahead(user, meeting) -> bool:
    return bool(meeting is not None and meeting.ends_at >= timezone.now())


rules.add_perm("forum.manage_meetings", is_administration)
rules.add_perm("forum.register_meeting", is_participant & meeting_is_ahead)
