"""Pages with which administration users create and edit spaces and meetings."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from bezirkspartner.forum import admin_services
from bezirkspartner.forum.manage_forms import AgendaFormSet, MeetingForm, SpaceForm
from bezirkspartner.forum.models import Meeting, Space


def _require(request, permission: str) -> None:
    if not request.user.has_perm(permission):
        raise PermissionDenied


@login_required
def space_edit(request, slug: str | None = None):
    _require(request, "forum.add_space")
    space = get_object_or_404(Space, slug=slug) if slug else None
    form = SpaceForm(request.POST or None, instance=space)
    if request.method == "POST" and form.is_valid():
        space = admin_services.space_save(
            form=form, partner_district=form.cleaned_data["partner_name"], actor=request.user
        )
        messages.success(request, _("The space has been saved."))
        return redirect(space)
    return render(request, "forum/space_form.html", {"form": form, "space": space})


@login_required
def meeting_edit(request, pk: int | None = None):
    _require(request, "forum.manage_meetings")
    meeting = get_object_or_404(Meeting, pk=pk) if pk else None
    form = MeetingForm(request.POST or None, instance=meeting)
    next_position = (meeting.agenda.count() if meeting else 0) + 1
    agenda = AgendaFormSet(
        request.POST or None,
        instance=meeting or Meeting(),
        prefix="agenda",
        initial=[{"position": next_position + n} for n in range(AgendaFormSet.extra)],
    )
    if request.method == "POST" and form.is_valid() and agenda.is_valid():
        meeting = admin_services.meeting_save(form=form, agenda=agenda, actor=request.user)
        messages.success(request, _("The meeting has been saved."))
        return redirect(meeting)
    return render(
        request, "forum/meeting_form.html", {"form": form, "agenda": agenda, "meeting": meeting}
    )
