"""Comment reads: a target's thread with permissions per comment, counts, the report queue.

A thread is shown a page at a time: `ROOTS_PER_PAGE` top-level comments with all their replies.
It costs a fixed number of queries however many comments it holds: one for the narrow rows of
the whole thread (id, parent, state), one for the page's comments with their authors and
open-report counts, and the target's own permission checks once per thread (never once per
comment).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, IntegerField, OuterRef, QuerySet, Subquery
from django.db.models.functions import Coalesce

from bezirkspartner.comments import registry
from bezirkspartner.comments.models import Comment, Report
from bezirkspartner.comments.rules import edit_window_open, is_live, is_reportable

ROOTS_PER_PAGE = 25
PAGE_PARAMETER = "kommentare"


@dataclass
class Thread:
    target: object
    kind: registry.TargetKind
    comments: list[Comment]  # this page's comments
    roots: list[Comment]
    can_view: bool
    can_comment: bool
    can_moderate: bool
    signed_in: bool
    count: int = 0  # visible comments of the whole thread
    page: int = 1
    pages: int = 1

    @property
    def previous_page(self) -> int | None:
        return self.page - 1 if self.page > 1 else None

    @property
    def next_page(self) -> int | None:
        return self.page + 1 if self.page < self.pages else None


@dataclass(frozen=True)
class _Row:
    pk: int
    parent_id: int | None
    visible: bool


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


def _rows(comments: QuerySet[Comment]) -> list[_Row]:
    """A whole thread's narrow rows, in reading order (the model's ordering)."""
    return [
        _Row(pk, parent_id, not (deleted or hidden))
        for pk, parent_id, deleted, hidden in comments.values_list(
            "pk", "parent_id", "deleted", "hidden"
        )
    ]


def _roots(rows: list[_Row]) -> list[int]:
    """The top-level comments' ids, in reading order: the order of the pages."""
    return [row.pk for row in rows if row.parent_id is None]


def _page_number(value, pages: int) -> int:
    try:
        number = int(value)
    except (TypeError, ValueError):
        return 1
    return min(max(number, 1), pages)


def _page_ids(rows: list[_Row], page: int) -> set[int]:
    """The ids of the page's top-level comments and of all replies below them."""
    roots = _roots(rows)
    children: dict[int, list[int]] = {}
    for row in rows:
        if row.parent_id is not None:
            children.setdefault(row.parent_id, []).append(row.pk)
    wanted: set[int] = set()
    todo = roots[(page - 1) * ROOTS_PER_PAGE : page * ROOTS_PER_PAGE]
    while todo:
        pk = todo.pop()
        wanted.add(pk)
        todo.extend(children.get(pk, ()))
    return wanted


def thread(target, user, page=1) -> Thread:
    """One page of the target's comments as a tree, each with what `user` may do with it.

    `page` may be anything a visitor typed: it is read as a number between 1 and the last page.
    """
    kind = registry.kind_of(target)
    signed_in = bool(user.is_authenticated)
    can_view = user.has_perm("comments.view_thread", target)
    can_moderate = user.has_perm("comments.moderate")
    rows = _rows(for_target(target)) if can_view else []
    pages = max(1, -(-len(_roots(rows)) // ROOTS_PER_PAGE))
    page = _page_number(page, pages)
    comments = (
        list(
            for_target(target)
            .filter(pk__in=_page_ids(rows, page))
            .select_related("author", "hidden_by")
            .annotate(open_reports=_open_report_count())
        )
        if rows
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
        count=sum(1 for row in rows if row.visible),
        page=page,
        pages=pages,
    )


def page_of(comment: Comment) -> int:
    """The page of its thread that shows `comment` (the page of its top-level comment)."""
    rows = _rows(
        Comment.objects.filter(content_type_id=comment.content_type_id, object_id=comment.object_id)
    )
    parents = {row.pk: row.parent_id for row in rows}
    root = comment.pk
    while parents.get(root) is not None:
        root = parents[root]
    roots = _roots(rows)
    return roots.index(root) // ROOTS_PER_PAGE + 1 if root in roots else 1


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


def comment_url(comment: Comment, target=None) -> str:
    """The page that shows the comment's thread, on the right page of it, at the comment."""
    target = comment.target if target is None else target
    kind = registry.kind_for_model(type(target))
    page = page_of(comment)
    query = f"?{PAGE_PARAMETER}={page}" if page > 1 else ""
    return f"{kind.url(target)}{query}#kommentar-{comment.pk}"


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
