"""The comments' part of the data export and account erasure (see core/personal_data.py).

Comments stay readable under "deleted account" (others answered them); a report stays
without its reporter; a moderator's name goes from the comments they hid.
"""

from __future__ import annotations

from bezirkspartner.core.personal_data import register, stamp


def _comments(user) -> list[dict]:
    from bezirkspartner.comments.models import Comment

    return [
        {
            "id": c.pk,
            "target": c.content_type.model,
            "target_id": c.object_id,
            "parent": c.parent_id,
            "body": c.body,
            "language": c.language,
            "deleted": c.deleted,
            "hidden_reason": c.hidden_reason,
            "created_at": stamp(c.created_at),
            "edited_at": stamp(c.edited_at),
        }
        for c in Comment.objects.filter(author=user).select_related("content_type")
    ]


def _erase_comments(user) -> None:
    from bezirkspartner.comments.models import Comment

    Comment.objects.filter(author=user).update(author=None)
    Comment.objects.filter(hidden_by=user).update(hidden_by=None)


def _reports(user) -> list[dict]:
    from bezirkspartner.comments.models import Report

    return [
        {
            "comment": r.comment_id,
            "reason": r.reason,
            "explanation": r.explanation,
            "created_at": stamp(r.created_at),
        }
        for r in Report.objects.filter(reporter=user)
    ]


def _erase_reports(user) -> None:
    from bezirkspartner.comments.models import Report

    Report.objects.filter(reporter=user).update(reporter=None)


def register_sections() -> None:
    register(
        section="comments",
        relations=["comments.Comment.author", "comments.Comment.hidden_by"],
        export=_comments,
        erase=_erase_comments,
    )
    register(
        section="comment_reports",
        relations=["comments.Report.reporter"],
        export=_reports,
        erase=_erase_reports,
    )
