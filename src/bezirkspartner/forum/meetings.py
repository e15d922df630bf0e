"""Meetings: registration with capacity and waiting list (derived by query, not counters)."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.utils import timezone

from bezirkspartner.core.ical import escape, fold, utc
from bezirkspartner.forum.models import Meeting, Registration


def registration_place(*, meeting: Meeting, user) -> tuple[str, int | None]:
    """("confirmed"|"waiting"|"none", position on the waiting list)."""
    ids = list(meeting.registrations.values_list("user_id", flat=True))
    if user.pk not in ids:
        return "none", None
    index = ids.index(user.pk)
    if meeting.capacity is None or index < meeting.capacity:
        return "confirmed", None
    return "waiting", index - meeting.capacity + 1


def seats_left(meeting: Meeting) -> int | None:
    if meeting.capacity is None:
        return None
    return max(0, meeting.capacity - meeting.registrations.count())


def registration_list(meeting: Meeting) -> list[Registration]:
    """Registrations in order, each marked `waiting` beyond the capacity (administration only)."""
    entries = list(meeting.registrations.select_related("user").order_by("created_at", "pk"))
    for index, entry in enumerate(entries):
        entry.waiting = meeting.capacity is not None and index >= meeting.capacity
    return entries


@transaction.atomic
def registration_create(*, meeting: Meeting, user) -> str:
    """Register; beyond the capacity the person joins the waiting list. Returns the state."""
    if meeting.ends_at < timezone.now():
        raise ValueError("the meeting is over")
    if not user.has_perm("forum.register_meeting", meeting):
        raise PermissionDenied
    try:
        with transaction.atomic():
            Registration.objects.create(meeting=meeting, user=user)
    except IntegrityError:
        pass
    return registration_place(meeting=meeting, user=user)[0]


@transaction.atomic
def registration_cancel(*, meeting: Meeting, user) -> None:
    """Cancelling moves the first person on the waiting list up (ordering by time)."""
    Registration.objects.filter(meeting=meeting, user=user).delete()


def ical(meetings, *, site_url: str, name: str) -> str:
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//bezirkspartner//forum//DE",
        "CALSCALE:GREGORIAN",
        f"X-WR-CALNAME:{escape(name)}",
    ]
    stamp = timezone.now()
    for meeting in meetings:
        url = site_url + meeting.get_absolute_url()
        location = ", ".join(p for p in (meeting.place, meeting.online_url) if p)
        lines += [
            "BEGIN:VEVENT",
            f"UID:meeting-{meeting.pk}@bezirkspartner",
            f"DTSTAMP:{utc(stamp)}",
            f"DTSTART:{utc(meeting.starts_at)}",
            f"DTEND:{utc(meeting.ends_at)}",
            f"SUMMARY:{escape(meeting.title)}",
            f"DESCRIPTION:{escape(meeting.description + chr(10) + url)}",
            f"LOCATION:{escape(location)}",
            f"URL:{url}",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "\r\n".join(fold(line) for line in lines) + "\r\n"
