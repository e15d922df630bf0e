"""The forum report for the Bezirksversammlung: what the forum discussed in a period.

Counts and public contributions only: no names of participants, nothing moderators hid.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db.models import Count, Q
from django.utils import timezone

from bezirkspartner.comments import selectors as comment_selectors
from bezirkspartner.comments.models import Comment
from bezirkspartner.dossiers import selectors
from bezirkspartner.dossiers.models import Dossier
from bezirkspartner.forum.models import Meeting, Proposal, Space, StatusChange, Support


@dataclass
class ForumReport:
    since: dt.date
    until: dt.date
    totals: dict[str, int]
    spaces: list
    by_status: list[tuple[str, str, list]]
    open_questions: list
    meetings: list
    ready: list  # (dossier, total cost or None)

    @property
    def any_proposals(self) -> bool:
        return any(proposals for _value, _label, proposals in self.by_status)


def _bounds(since: dt.date, until: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """The period as aware datetimes: the start of `since` to the end of `until`."""
    return (
        timezone.make_aware(dt.datetime.combine(since, dt.time.min)),
        timezone.make_aware(dt.datetime.combine(until, dt.time.max)),
    )


def forum_report(*, since: dt.date, until: dt.date | None = None) -> ForumReport:
    until = until or timezone.localdate()
    start, end = _bounds(since, until)
    window = Q(created_at__range=(start, end))
    visible = Proposal.objects.filter(hidden_reason="")
    comments = comment_selectors.visible(
        Comment.objects.filter(window, proposal__isnull=False)  # comments on proposals
    )
    proposals = (
        visible.select_related("space")
        .prefetch_related("partner_districts__city", "themes")
        .annotate(
            support_count=Count("supports", distinct=True),
            comment_count=Count(
                "comments",
                filter=Q(comments__hidden=False, comments__deleted=False),
                distinct=True,
            ),
        )
        .order_by("-support_count", "-created_at")
    )
    by_status = [
        (value, label, [p for p in proposals if p.status == value])
        for value, label in Proposal.Status.choices
    ]
    answered = set(StatusChange.objects.values_list("proposal_id", flat=True))
    open_questions = [
        p
        for p in proposals
        if p.status in (Proposal.Status.SUBMITTED, Proposal.Status.DISCUSSION)
        and p.pk not in answered
    ]
    meetings = list(
        Meeting.objects.filter(starts_at__range=(start, end))
        .annotate(items=Count("agenda", distinct=True))
        .order_by("starts_at")
    )
    ready = [
        (dossier, _total(dossier))
        for dossier in selectors.dossier_list(status=Dossier.Status.READY)
    ]
    spaces = list(
        Space.objects.annotate(
            proposal_count=Count("proposals", filter=Q(proposals__hidden_reason=""), distinct=True)
        ).order_by("order", "slug")
    )
    totals = {
        "proposals": visible.filter(window).count(),
        "comments": comments.count(),
        "supports": Support.objects.filter(window).count(),
        "participants": len(
            {a for a in visible.filter(window).values_list("author_id", flat=True) if a}
            | {a for a in comments.values_list("author_id", flat=True) if a}
        ),
        "answers": StatusChange.objects.filter(changed_at__range=(start, end)).count(),
        "meetings": len(meetings),
    }
    return ForumReport(since, until, totals, spaces, by_status, open_questions, meetings, ready)


def _total(dossier: Dossier) -> int | None:
    cost = selectors.dossier_cost(dossier)
    return cost.total if cost else None
