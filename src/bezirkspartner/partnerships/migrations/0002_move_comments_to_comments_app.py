"""Workspace comments move to the generic comments app (#21): dates, authors and languages
stay; they get new ids (forum comments keep theirs)."""

from django.db import migrations


def move_workspace_comments(apps, schema_editor):
    Old = apps.get_model("partnerships", "WorkspaceComment")
    New = apps.get_model("comments", "Comment")
    ContentType = apps.get_model("contenttypes", "ContentType")
    old = list(Old.objects.order_by("pk"))
    if not old:
        return
    partnership = ContentType.objects.get_or_create(app_label="partnerships", model="partnership")[
        0
    ]
    New.objects.bulk_create(
        New(
            content_type=partnership,
            object_id=c.partnership_id,
            author_id=c.author_id,
            body=c.text,
            language=c.language,
            created_at=c.created_at,
        )
        for c in old
    )


def move_back(apps, schema_editor):
    Old = apps.get_model("partnerships", "WorkspaceComment")
    New = apps.get_model("comments", "Comment")
    ContentType = apps.get_model("contenttypes", "ContentType")
    partnership = ContentType.objects.get_or_create(app_label="partnerships", model="partnership")[
        0
    ]
    moved = New.objects.filter(content_type=partnership).order_by("pk")
    for c in moved:
        comment = Old.objects.create(
            partnership_id=c.object_id,
            author_id=c.author_id,
            text=c.body,
            language=c.language or "de",
        )
        Old.objects.filter(pk=comment.pk).update(created_at=c.created_at)
    moved.delete()


class Migration(migrations.Migration):
    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("comments", "0001_initial"),
        ("forum", "0007_move_comments_to_comments_app"),
        ("partnerships", "0001_lifecycle_activities_budget_guests"),
    ]

    operations = [migrations.RunPython(move_workspace_comments, move_back)]
