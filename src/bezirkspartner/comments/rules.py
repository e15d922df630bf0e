"""Comment permissions as django-rules predicates (table: docs/permissions.md).

Whether a target takes comments at all, and who sees it, is the target app's decision
(`registry.py`); the rest is the same everywhere: authors edit for 15 minutes, authors and
moderators delete, anyone signed in who sees the comment may report it, moderators hide.
"""

from __future__ import annotations

import datetime as dt

import rules
from django.utils import timezone

from bezirkspartner.accounts.rules import is_moderator, is_participant
from bezirkspartner.comments import registry

EDIT_WINDOW = dt.timedelta(minutes=15)


@rules.predicate
def is_author(user, comment) -> bool:
    return bool(comment is not None and user.is_authenticated and comment.author_id == user.pk)


@rules.predicate
def target_takes_comments(user, target) -> bool:
    return bool(target is not None and registry.kind_of(target).can_comment(user, target))


@rules.predicate
def sees_target(user, target) -> bool:
    return bool(target is not None and registry.kind_of(target).can_view(user, target))


@rules.predicate
def sees_comment(user, comment) -> bool:
    return bool(comment is not None and sees_target.test(user, comment.target))


def is_live(comment) -> bool:
    return not comment.deleted


def is_reportable(comment) -> bool:
    return not comment.deleted and not comment.hidden


def edit_window_open(comment) -> bool:
    return timezone.now() - comment.created_at <= EDIT_WINDOW


@rules.predicate
def comment_is_live(user, comment) -> bool:
    return bool(comment is not None and is_live(comment))


@rules.predicate
def comment_is_reportable(user, comment) -> bool:
    return bool(comment is not None and is_reportable(comment))


@rules.predicate
def within_edit_window(user, comment) -> bool:
    return bool(comment is not None and edit_window_open(comment))


rules.add_perm("comments.view_thread", sees_target)
rules.add_perm("comments.add_comment", is_participant & sees_target & target_takes_comments)
rules.add_perm("comments.change_comment", is_author & comment_is_live & within_edit_window)
rules.add_perm("comments.delete_comment", (is_author | is_moderator) & comment_is_live)
rules.add_perm(
    "comments.report", is_participant & ~is_author & comment_is_reportable & sees_comment
)
rules.add_perm("comments.moderate", is_moderator)
