"""Background tasks of the forum (django-tasks; core/background.py enqueues them)."""

from __future__ import annotations

from django_tasks import task

from bezirkspartner.forum import notify


@task()
def notifications_email(notification_ids: list[int]) -> int:
    """E-mail new notifications to the people who chose e-mails at once."""
    return notify.notifications_email(notification_ids=notification_ids)


@task()
def digests_send() -> int:
    """The daily digest: one e-mail per person with everything new since the last one."""
    return notify.send_daily_digests()
