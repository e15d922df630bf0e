from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST, require_safe

from bezirkspartner.forum import meetings
from bezirkspartner.forum.models import Meeting


@require_safe
def meeting_list(request):
    now = timezone.now()
    return render(
        request,
        "forum/meetings.html",
        {
            "upcoming": Meeting.objects.filter(ends_at__gte=now),
            "past": Meeting.objects.filter(ends_at__lt=now).order_by("-starts_at"),
        },
    )


@require_safe
def meeting_detail(request, pk: int):
    meeting = get_object_or_404(Meeting.objects.prefetch_related("agenda__proposal"), pk=pk)
    state, position = ("none", None)
    if request.user.is_authenticated:
        state, position = meetings.registration_place(meeting=meeting, user=request.user)
    return render(
        request,
        "forum/meeting.html",
        {
            "meeting": meeting,
            "state": state,
            "position": position,
            "seats_left": meetings.seats_left(meeting),
            "is_past": meeting.ends_at < timezone.now(),
            "registrations": meetings.registration_list(meeting)
            if request.user.has_perm("forum.manage_meetings")
            else None,
        },
    )


@login_required
@require_POST
def register(request, pk: int):
    meeting = get_object_or_404(Meeting, pk=pk)
    if request.POST.get("action") == "cancel":
        meetings.registration_cancel(meeting=meeting, user=request.user)
        messages.success(request, _("Your registration has been cancelled."))
        return redirect(meeting)
    try:
        state = meetings.registration_create(meeting=meeting, user=request.user)
    except ValueError:
        messages.error(request, _("This meeting is over."))
    else:
        messages.success(
            request,
            _("You are registered.")
            if state == "confirmed"
            else _("The meeting is full; you are on the waiting list."),
        )
    return redirect(meeting)


def _calendar(meeting_list, filename: str) -> HttpResponse:
    body = meetings.ical(
        meeting_list,
        site_url=settings.SITE_URL,
        name=_("District forum %(home)s") % {"home": settings.HOME_DISTRICT},
    )
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


@require_safe
def meeting_ical(request, pk: int):
    return _calendar([get_object_or_404(Meeting, pk=pk)], f"forumssitzung-{pk}.ics")


@require_safe
def calendar_feed(request):
    return _calendar(Meeting.objects.all(), "forumssitzungen.ics")
