"""Dossier comments move to the generic comments app (#21): dates, authors and deletions stay;
they get new ids (forum comments keep theirs)."""

from django.db import migrations


def move_dossier_comments(apps, schema_editor):
    Old = apps.get_model("dossiers", "DossierComment")
    New = apps.get_model("comments", "Comment")
    ContentType = apps.get_model("contenttypes", "ContentType")
    old = list(Old.objects.order_by("pk"))
    if not old:
        return
    dossier = ContentType.objects.get_or_create(app_label="dossiers", model="dossier")[0]
    New.objects.bulk_create(
        New(
            content_type=dossier,
            object_id=c.dossier_id,
            author_id=c.author_id,
            body=c.text,
            created_at=c.created_at,
            deleted=c.deleted,
        )
        for c in old
    )


def move_back(apps, schema_editor):
    Old = apps.get_model("dossiers", "DossierComment")
    New = apps.get_model("comments", "Comment")
    ContentType = apps.get_model("contenttypes", "ContentType")
    dossier = ContentType.objects.get_or_create(app_label="dossiers", model="dossier")[0]
    moved = New.objects.filter(content_type=dossier).order_by("pk")
    for c in moved:
        comment = Old.objects.create(
            dossier_id=c.object_id, author_id=c.author_id, text=c.body, deleted=c.deleted
        )
        Old.objects.filter(pk=comment.pk).update(created_at=c.created_at)
    moved.delete()


class Migration(migrations.Migration):
    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("comments", "0001_initial"),
        ("forum", "0007_move_comments_to_comments_app"),
        ("dossiers", "0002_content_schema"),
    ]

    operations = [migrations.RunPython(move_dossier_comments, move_back)]
