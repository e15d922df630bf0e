"""Comment reads: a target's thread with permissions per comment, counts, the report queue.

A thread costs a fixed number of queries however many comments it holds: one for the
comments with their authors and open-report counts, and the target's own permission checks
once per thread (never once per comment).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, IntegerField, OuterRef, QuerySet, Subquery
from django.db.models.functions import Coalesce

from bezirkspartner.comments import registry
from bezirkspartner.comments.models import Comment, Report
from bezirkspartner.comments.rules import edit_window_open, is_live, is_reportable


@dataclass
class Thread:
    target: object
    kind: registry.TargetKind
    comments: list[Comment]
    roots: list[Comment]
    can_view: bool
    can_comment: bool
    can_moderate: bool
    signed_in: bool

    @property
    def count(self) -> int:
        return sum(1 for c in self.comments if not c.deleted and not c.hidden)


def for_target(target) -> QuerySet[Comment]:
    content_type = ContentType.objects.get_for_model(target)
    return Comment.objects.filter(content_type=content_type, object_id=target.pk)


def visible(queryset: QuerySet[Comment]) -> QuerySet[Comment]:
    """What everyone may read: neither deleted nor hidden by the moderation."""
    return queryset.filter(deleted=False, hidden=False)


def _open_report_count():
    rows = (
        Report.objects.filter(comment=OuterRef("pk"), resolved_at__isnull=True)
        .order_by()
        .values("comment")
        .annotate(n=Count("pk"))
        .values("n")[:1]
    )
    return Coalesce(Subquery(rows, output_field=IntegerField()), 0)


def thread(target, user) -> Thread:
    """The target's comments as a tree, each with what `user` may do with it."""
    kind = registry.kind_of(target)
    signed_in = bool(user.is_authenticated)
    can_view = user.has_perm("comments.view_thread", target)
    can_moderate = user.has_perm("comments.moderate")
    comments = (
        list(
            for_target(target)
            .select_related("author", "hidden_by")
            .annotate(open_reports=_open_report_count())
        )
        if can_view
        else []
    )
    can_comment = can_view and user.has_perm("comments.add_comment", target)
    participant = signed_in and user.is_active
    by_parent: dict[int | None, list[Comment]] = {}
    for comment in comments:
        comment.target = target  # known: no query per comment
        by_parent.setdefault(comment.parent_id, []).append(comment)
    for comment in comments:
        own = signed_in and comment.author_id == user.pk
        comment.children = by_parent.get(comment.pk, [])
        comment.is_own = own
        comment.can_edit = own and is_live(comment) and edit_window_open(comment)
        comment.can_delete = (own or can_moderate) and is_live(comment)
        comment.can_report = participant and not own and is_reportable(comment)
        comment.can_reply = can_comment and is_live(comment)
    return Thread(
        target=target,
        kind=kind,
        comments=comments,
        roots=by_parent.get(None, []),
        can_view=can_view,
        can_comment=can_comment,
        can_moderate=can_moderate,
        signed_in=signed_in,
    )


def visible_count_subquery(model, outer: str = "pk"):
    """A correlated count of visible comments per row of `model`, for list pages."""
    content_type = ContentType.objects.get_for_model(model)
    rows = (
        visible(Comment.objects.filter(content_type=content_type, object_id=OuterRef(outer)))
        .order_by()
        .values("object_id")
        .annotate(n=Count("pk"))
        .values("n")[:1]
    )
    return Coalesce(Subquery(rows, output_field=IntegerField()), 0)


def comment_get(pk: int) -> Comment:
    return Comment.objects.select_related("author", "content_type").get(pk=pk)


def comment_url(comment: Comment) -> str:
    """The page that shows the comment's thread, at the comment."""
    kind = registry.kind_for_model(comment.content_type.model_class())
    return f"{kind.url(comment.target)}#kommentar-{comment.pk}"


def open_reports() -> list[Report]:
    """Open reports on comments of every target, oldest first, each with its comment's page."""
    reports = list(
        Report.objects.filter(resolved_at__isnull=True)
        .select_related("comment__author", "comment__content_type", "reporter")
        .order_by("created_at", "pk")
    )
    targets = _targets(reports)
    for report in reports:
        comment = report.comment
        target = targets.get((comment.content_type_id, comment.object_id))
        report.target = target
        report.comment_url = ""
        report.target_title = ""
        if target is not None:
            kind = registry.kind_for_model(type(target))
            report.comment_url = f"{kind.url(target)}#kommentar-{comment.pk}"
            report.target_title = str(target)
    return reports


def _targets(reports: list[Report]) -> dict[tuple[int, int], object]:
    """The reported comments' targets, one query per kind of target."""
    wanted: dict[ContentType, set[int]] = {}
    for report in reports:
        wanted.setdefault(report.comment.content_type, set()).add(report.comment.object_id)
    found = {}
    for content_type, ids in wanted.items():
        model = content_type.model_class()
        if model is None:
            continue
        for obj in model._default_manager.filter(pk__in=ids):
            found[(content_type.pk, obj.pk)] = obj
    return found


def open_report_count() -> int:
    return Report.objects.filter(resolved_at__isnull=True).count()
