"""Atom feed and iCal calendar of a partnership's activities. No personal data in either."""

from __future__ import annotations

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from bezirkspartner.core.ical import escape, fold, utc
from bezirkspartner.partnerships.models import Partnership


class ActivityFeed(Feed):
    """What a partnership plans and did: one entry per activity, newest change first."""

    feed_type = Atom1Feed

    def get_object(self, request, pk: int):
        return get_object_or_404(Partnership, pk=pk)

    def title(self, obj: Partnership) -> str:
        return _("Partnership %(title)s: activities") % {"title": obj.title}

    def link(self, obj: Partnership) -> str:
        return obj.get_absolute_url()

    def subtitle(self, obj: Partnership) -> str:
        return obj.get_stage_display()

    def items(self, obj: Partnership):
        return obj.activities.order_by("-updated_at")[:50]

    def item_title(self, item) -> str:
        return f"{item.get_kind_display()}: {item.title}"

    def item_description(self, item) -> str:
        start = timezone.localtime(item.starts_at)
        text = f"{start:%d.%m.%Y %H:%M}" + (f", {item.place}" if item.place else "")
        return f"<p>{text}</p>{item.description_html}"

    def item_updateddate(self, item):
        return item.updated_at

    def item_pubdate(self, item):
        return item.created_at


def ical(activities, *, site_url: str, name: str) -> str:
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//bezirkspartner//partnerships//DE",
        "CALSCALE:GREGORIAN",
        f"X-WR-CALNAME:{escape(name)}",
    ]
    stamp = timezone.now()
    for activity in activities:
        url = site_url + activity.get_absolute_url()
        lines += [
            "BEGIN:VEVENT",
            f"UID:partnership-activity-{activity.pk}@bezirkspartner",
            f"DTSTAMP:{utc(stamp)}",
            f"DTSTART:{utc(activity.starts_at)}",
            f"DTEND:{utc(activity.ends_at)}",
            f"SUMMARY:{escape(activity.title)}",
            f"DESCRIPTION:{escape(activity.description + chr(10) + url)}",
            f"LOCATION:{escape(activity.place)}",
            f"URL:{url}",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "\r\n".join(fold(line) for line in lines) + "\r\n"


@require_safe
def calendar(request, pk: int):
    partnership = get_object_or_404(Partnership, pk=pk)
    body = ical(
        partnership.activities.all(),
        site_url=settings.SITE_URL,
        name=_("Partnership %(title)s") % {"title": partnership.title},
    )
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="partnerschaft-{pk}.ics"'
    return response
