"""Personal data of the notifications app: what a person follows and was told."""

from __future__ import annotations

from bezirkspartner.core.personal_data import register, stamp
from bezirkspartner.notifications.models import Follow, Notification


def _follows(user) -> list[dict]:
    return [
        {
            "target": f"{f.content_type.app_label}.{f.content_type.model}",
            "id": f.object_id,
            "name": str(f.target) if f.target is not None else None,
            "since": stamp(f.created_at),
        }
        for f in Follow.objects.filter(user=user).select_related("content_type")
    ]


def _notifications(user) -> list[dict]:
    return [
        {
            "kind": n.kind,
            "title": n.title,
            "url": n.url,
            "created_at": stamp(n.created_at),
            "read_at": stamp(n.read_at),
            "emailed_at": stamp(n.emailed_at),
        }
        for n in Notification.objects.filter(user=user)
    ]


def register_sections() -> None:
    # Both only concern the person: they go with the account.
    register(
        section="follows",
        relations=["notifications.Follow.user"],
        export=_follows,
        erase=lambda user: Follow.objects.filter(user=user).delete(),
    )
    register(
        section="notifications",
        relations=["notifications.Notification.user"],
        export=_notifications,
        erase=lambda user: Notification.objects.filter(user=user).delete(),
    )
