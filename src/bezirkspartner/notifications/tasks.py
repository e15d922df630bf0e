"""Background tasks of the notifications (django-tasks; core/background.py enqueues them)."""

from __future__ import annotations

from django_tasks import task

from bezirkspartner.notifications import services


@task()
def notifications_email(notification_ids: list[int]) -> int:
    """E-mail new notifications to the people who chose e-mails at once."""
    return services.notifications_email(notification_ids=notification_ids)


@task()
def digests_send() -> int:
    """The daily digest: one e-mail per person with everything new since the last one."""
    return services.send_daily_digests()
