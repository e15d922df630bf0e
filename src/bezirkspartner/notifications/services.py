"""Follows and notifications: in the app, and by e-mail at once or as a daily digest.

Any app may let people follow its objects: `follow_toggle(user=…, target=obj)`; its services
call `notify(…, targets=[obj, …])` when something happens. Followers of any of the targets are
told once, never the person who acted.

The e-mails are sent by background tasks (notifications/tasks.py): at once after the commit
with TASKS_BACKEND=immediate, by `bezirkspartner worker` with TASKS_BACKEND=database.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.mail import send_mail
from django.db import models
from django.db.models import Q
from django.template.loader import render_to_string
from django.utils import timezone, translation

from bezirkspartner.notifications.models import Follow, Notification


def _target_filter(targets: Iterable[models.Model]) -> Q:
    query = Q(pk__in=[])
    for target in targets:
        if target is not None:
            content_type = ContentType.objects.get_for_model(target)
            query |= Q(content_type=content_type, object_id=target.pk)
    return query


def is_following(*, user, target) -> bool:
    if not user.is_authenticated:
        return False
    return Follow.objects.filter(_target_filter([target]), user=user).exists()


def follow(*, user, target) -> None:
    Follow.objects.get_or_create(
        user=user, content_type=ContentType.objects.get_for_model(target), object_id=target.pk
    )


def follow_toggle(*, user, target) -> bool:
    """Follow or stop following; True when the person follows afterwards."""
    existing = Follow.objects.filter(_target_filter([target]), user=user)
    if existing.exists():
        existing.delete()
        return False
    follow(user=user, target=target)
    return True


def _followers(targets: Iterable[models.Model]):
    follows = Follow.objects.filter(_target_filter(targets)).select_related("user")
    return {f.user for f in follows if f.user.is_active}


def notify(*, actor, kind: str, title: str, url: str, targets: Iterable[models.Model]) -> int:
    """One notification per follower of any target (never the actor); e-mails after the commit."""
    from bezirkspartner.core.background import enqueue_after_commit
    from bezirkspartner.notifications import tasks  # tasks.py calls back into this module

    recipients = [u for u in _followers(targets) if u.pk != actor.pk]
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
            "notifications/email/notifications.txt",
            {
                "user": user,
                "notifications": notifications,
                "site_url": settings.SITE_URL,
            },
        )
        subject = render_to_string("notifications/email/subject.txt", {"count": len(notifications)})
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


def notifications_mark_read(*, user) -> int:
    return Notification.objects.filter(user=user, read_at__isnull=True).update(
        read_at=timezone.now()
    )
