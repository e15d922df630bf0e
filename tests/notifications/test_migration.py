"""The move of follows and notifications out of the forum keeps every row, id and date."""

import datetime as dt

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

pytestmark = pytest.mark.django_db(transaction=True)

FORUM_BEFORE = ("forum", "0005_proposal_implementation_money_staff_committees_lead")
BEFORE = [("notifications", None), FORUM_BEFORE]  # None: the app not migrated at all
AFTER = [("forum", "0006_follow_and_notification_moved")]


def test_follows_and_notifications_arrive_with_ids_and_dates():
    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE)
    old = executor.loader.project_state([FORUM_BEFORE]).apps
    Space = old.get_model("forum", "Space")
    Proposal = old.get_model("forum", "Proposal")
    OldFollow = old.get_model("forum", "Follow")
    OldNotification = old.get_model("forum", "Notification")
    # The accounts tables stay at their newest state: the current model writes them.
    user = get_user_model().objects.create_user(email="pia@example.org", password=None)
    user = old.get_model("accounts", "User").objects.get(pk=user.pk)
    space = Space.objects.create(slug="wohnen", title_de="Wohnen", title_en="Housing")
    proposal = Proposal.objects.create(space=space, author=user, title="Tauschbörse", text="…")
    OldFollow.objects.create(user=user, space=space)
    OldFollow.objects.create(user=user, proposal=proposal)
    when = dt.datetime(2026, 3, 1, 9, 30, tzinfo=dt.UTC)
    note = OldNotification.objects.create(user=user, kind="comment", title="Neu", url="/v/1/")
    OldNotification.objects.filter(pk=note.pk).update(created_at=when)

    executor = MigrationExecutor(connection)
    executor.migrate(AFTER)
    new = executor.loader.project_state(AFTER).apps
    Follow = new.get_model("notifications", "Follow")
    Notification = new.get_model("notifications", "Notification")
    follows = {(f.content_type.model, f.object_id) for f in Follow.objects.filter(user_id=user.pk)}
    assert follows == {("space", space.pk), ("proposal", proposal.pk)}
    moved = Notification.objects.get(pk=note.pk)
    assert (moved.kind, moved.title, moved.created_at) == ("comment", "Neu", when)
    # New notifications get new ids after the copied ones (PostgreSQL's sequence moved on).
    assert (
        Notification.objects.create(user_id=user.pk, kind="status", title="x", url="/").pk > note.pk
    )

    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())
