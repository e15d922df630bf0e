"""Follows and notifications move from the forum into their own app; every row is copied."""

from django.core.management.color import no_style
from django.db import migrations


FIELDS = ("user_id", "kind", "title", "url", "read_at", "emailed_at")


def _copy_notifications(source, target, alias) -> None:
    """Copy with ids and dates; created_at is set afterwards (auto_now_add would replace it)."""
    rows = list(source.objects.using(alias).all())
    copies = target.objects.using(alias).bulk_create(
        target(pk=row.pk, **{field: getattr(row, field) for field in FIELDS}) for row in rows
    )
    for copy, row in zip(copies, rows, strict=True):
        copy.created_at = row.created_at
    target.objects.using(alias).bulk_update(copies, ["created_at"], batch_size=500)


def copy_from_forum(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    OldFollow = apps.get_model("forum", "Follow")
    OldNotification = apps.get_model("forum", "Notification")
    Follow = apps.get_model("notifications", "Follow")
    Notification = apps.get_model("notifications", "Notification")
    alias = schema_editor.connection.alias

    space_type, _ = ContentType.objects.using(alias).get_or_create(app_label="forum", model="space")
    proposal_type, _ = ContentType.objects.using(alias).get_or_create(
        app_label="forum", model="proposal"
    )
    follows = []
    for old in OldFollow.objects.using(alias).all():
        if old.proposal_id:
            follows.append(
                Follow(user_id=old.user_id, content_type=proposal_type, object_id=old.proposal_id)
            )
        if old.space_id:
            follows.append(
                Follow(user_id=old.user_id, content_type=space_type, object_id=old.space_id)
            )
    Follow.objects.using(alias).bulk_create(follows, ignore_conflicts=True)
    _copy_notifications(OldNotification, Notification, alias)
    # Rows were written with their old ids: PostgreSQL's sequence has to move past them.
    connection = schema_editor.connection
    for sql in connection.ops.sequence_reset_sql(no_style(), [Notification]):
        schema_editor.execute(sql)


def copy_back(apps, schema_editor):
    OldFollow = apps.get_model("forum", "Follow")
    OldNotification = apps.get_model("forum", "Notification")
    Follow = apps.get_model("notifications", "Follow")
    Notification = apps.get_model("notifications", "Notification")
    alias = schema_editor.connection.alias
    for follow in Follow.objects.using(alias).select_related("content_type"):
        field = {"space": "space_id", "proposal": "proposal_id"}.get(follow.content_type.model)
        if follow.content_type.app_label == "forum" and field:
            OldFollow.objects.using(alias).get_or_create(
                user_id=follow.user_id, **{field: follow.object_id}
            )
    _copy_notifications(Notification, OldNotification, alias)


class Migration(migrations.Migration):
    dependencies = [
        ("notifications", "0001_initial"),
        ("forum", "0005_proposal_implementation_money_staff_committees_lead"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(copy_from_forum, copy_back)]
