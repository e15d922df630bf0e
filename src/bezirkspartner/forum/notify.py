"""Notifications: in the app, and by e-mail at once or as a daily digest. Called by services.

The e-mails are sent by background tasks (forum/tasks.py): at once after the commit with
TASKS_BACKEND=immediate, by `bezirkspartner worker` with TASKS_BACKEND=database.
"""

from __future__ import annotations

from django.conf import settings
from django.core.mail import send_mail
from django.db.models import Q
from django.template.loader import render_to_string
from django.utils import timezone, translation

from bezirkspartner.forum.models import Follow, Notification, Proposal


def follow_toggle(*, user, space=None, proposal=None) -> bool:
    existing = Follow.objects.filter(user=user, space=space, proposal=proposal)
    if existing.exists():
        existing.delete()
        return False
    Follow.objects.create(user=user, space=space, proposal=proposal)
    return True


def _followers(*, proposal: Proposal | None = None, space=None):
    query = Q()
    if proposal is not None:
        query |= Q(proposal=proposal)
    if space is not None:
        query |= Q(space=space)
    return {f.user for f in Follow.objects.filter(query).select_related("user") if f.user.is_active}


def notify(*, actor, kind: str, title: str, url: str, proposal=None, space=None) -> int:
    """One notification per follower (never the actor); immediate e-mails after the commit."""
    from bezirkspartner.core.background import enqueue_after_commit
    from bezirkspartner.forum import tasks  # tasks.py calls back into this module

    recipients = [u for u in _followers(proposal=proposal, space=space) if u.pk != actor.pk]
    created = Notification.objects.bulk_create(
        Notification(user=user, kind=kind, title=title[:300], url=url) for user in recipients
    )
    immediate = [n for n in created if n.user.email_notifications == "immediate"]
    if immediate:
        enqueue_after_commit(tasks.notifications_email, [n.pk for n in immediate])
    return len(created)


def _mail(user, notifications) -> None:
    with translation.override(user.preferred_language or "de"):
        body = render_to_string(
            "forum/email/notifications.txt",
            {
                "user": user,
                "notifications": notifications,
                "site_url": settings.SITE_URL,
            },
        )
        subject = render_to_string("forum/email/subject.txt", {"count": len(notifications)})
    send_mail(subject.strip(), body, None, [user.email])


def notifications_email(*, notification_ids: list[int]) -> int:
    """E-mail these notifications to people who (still) want them at once; not twice."""
    notifications = list(
        Notification.objects.filter(
            pk__in=notification_ids,
            emailed_at__isnull=True,
            user__email_notifications="immediate",
            user__is_active=True,
        ).select_related("user")
    )
    send_now(notifications)
    return len(notifications)


def send_now(notifications) -> None:
    for notification in notifications:
        _mail(notification.user, [notification])
    Notification.objects.filter(pk__in=[n.pk for n in notifications]).update(
        emailed_at=timezone.now()
    )


def send_daily_digests() -> int:
    """One e-mail per person with everything new since the last digest."""
    pending = (
        Notification.objects.filter(
            emailed_at__isnull=True,
            read_at__isnull=True,
            user__email_notifications="daily",
            user__is_active=True,
        )
        .select_related("user")
        .order_by("user_id", "created_at")
    )
    by_user: dict[int, list[Notification]] = {}
    for notification in pending:
        by_user.setdefault(notification.user_id, []).append(notification)
    for items in by_user.values():
        _mail(items[0].user, items)
    Notification.objects.filter(pk__in=[n.pk for n in pending]).update(emailed_at=timezone.now())
    return len(by_user)
