"""Forum comments and the reports on them move to the generic comments app (#21).

Comment ids stay (links like /forum/vorschlag/3/#kommentar-17 keep working), and so do the
dates, authors, replies, deletions, hidden state and reports.
"""

from django.core.management.color import no_style
from django.db import migrations


def _content_type(apps, app_label: str, model: str):
    ContentType = apps.get_model("contenttypes", "ContentType")
    return ContentType.objects.get_or_create(app_label=app_label, model=model)[0]


def move_forum_comments(apps, schema_editor):
    Old = apps.get_model("forum", "Comment")
    OldReport = apps.get_model("forum", "Report")
    New = apps.get_model("comments", "Comment")
    NewReport = apps.get_model("comments", "Report")
    old = list(Old.objects.order_by("pk"))
    if not old:
        return
    proposal = _content_type(apps, "forum", "proposal")
    New.objects.bulk_create(
        New(
            pk=c.pk,
            content_type=proposal,
            object_id=c.proposal_id,
            parent_id=None,
            author_id=c.author_id,
            body=c.text,
            created_at=c.created_at,
            edited_at=c.edited_at,
            deleted=c.deleted,
            hidden=bool(c.hidden_reason),
            hidden_reason=c.hidden_reason,
        )
        for c in old
    )
    # Parents second, once every comment of the thread exists.
    for c in old:
        if c.parent_id:
            New.objects.filter(pk=c.pk).update(parent_id=c.parent_id)
    NewReport.objects.bulk_create(
        NewReport(
            comment_id=r.comment_id,
            reporter_id=r.reporter_id,
            reason=r.reason,
            explanation=r.explanation,
            created_at=r.created_at,
            resolved_at=r.resolved_at,
            decision=r.decision,
        )
        for r in OldReport.objects.filter(comment__isnull=False).order_by("pk")
    )
    OldReport.objects.filter(comment__isnull=False).delete()
    # Ids were given explicitly: PostgreSQL's sequence must move past them.
    connection = schema_editor.connection
    with connection.cursor() as cursor:
        for sql in connection.ops.sequence_reset_sql(no_style(), [New]):
            cursor.execute(sql)


def move_back(apps, schema_editor):
    Old = apps.get_model("forum", "Comment")
    OldReport = apps.get_model("forum", "Report")
    New = apps.get_model("comments", "Comment")
    NewReport = apps.get_model("comments", "Report")
    proposal = _content_type(apps, "forum", "proposal")
    moved = New.objects.filter(content_type=proposal).order_by("pk")
    for c in moved:
        Old.objects.create(
            pk=c.pk,
            proposal_id=c.object_id,
            author_id=c.author_id,
            text=c.body,
            edited_at=c.edited_at,
            deleted=c.deleted,
            hidden_reason=c.hidden_reason if c.hidden else "",
        )
        Old.objects.filter(pk=c.pk).update(created_at=c.created_at)
    for c in moved:
        if c.parent_id:
            Old.objects.filter(pk=c.pk).update(parent_id=c.parent_id)
    for r in NewReport.objects.filter(comment__in=moved):
        report = OldReport.objects.create(
            comment_id=r.comment_id,
            reporter_id=r.reporter_id,
            reason=r.reason,
            explanation=r.explanation,
            resolved_at=r.resolved_at,
            decision=r.decision,
        )
        OldReport.objects.filter(pk=report.pk).update(created_at=r.created_at)
    moved.delete()
    connection = schema_editor.connection
    with connection.cursor() as cursor:
        for sql in connection.ops.sequence_reset_sql(no_style(), [Old, OldReport]):
            cursor.execute(sql)


class Migration(migrations.Migration):
    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("comments", "0001_initial"),
        ("forum", "0006_follow_and_notification_moved"),
    ]

    operations = [migrations.RunPython(move_forum_comments, move_back)]
