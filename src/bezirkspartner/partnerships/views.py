"""Partnership pages: list, detail, create and edit, lifecycle step, workspace, documents."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from bezirkspartner.comments import selectors as comment_selectors
from bezirkspartner.knowledge.selectors import home_district
from bezirkspartner.partnerships import selectors, services
from bezirkspartner.partnerships.forms import PartnershipForm, StageForm
from bezirkspartner.partnerships.models import Document, Partnership, Stage


def error_text(exc: Exception) -> str:
    return " ".join(getattr(exc, "messages", None) or [str(exc)])


def partnership_or_404(pk: int) -> Partnership:
    try:
        return selectors.partnership_get(pk)
    except Partnership.DoesNotExist as exc:
        raise Http404 from exc


@require_safe
def partnership_list(request):
    stage = request.GET.get("stage", "")
    return render(
        request,
        "partnerships/list.html",
        {
            "partnerships": selectors.partnership_list(stage=stage),
            "stage": stage if stage in Stage.values else "",
            "stages": Stage.choices,
            "can_add": request.user.has_perm("partnerships.add_partnership"),
            "my_partnerships": selectors.guest_partnerships(request.user),
        },
    )


@require_safe
def partnership_detail(request, pk: int):
    partnership = partnership_or_404(pk)
    user = request.user
    return render(
        request,
        "partnerships/detail.html",
        {
            "partnership": partnership,
            "steps": list(partnership.steps.all()),
            "upcoming": selectors.activities_upcoming(partnership),
            "past": selectors.activities_past(partnership),
            "can_change": user.has_perm("partnerships.change_partnership", partnership),
            "can_plan": user.has_perm("partnerships.plan_activity", partnership),
            "can_workspace": user.has_perm("partnerships.view_workspace", partnership),
            "report_years": selectors.report_years(partnership),
        },
    )


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def partnership_edit(request, pk: int | None = None):
    partnership = partnership_or_404(pk) if pk else None
    if partnership is None and not request.user.has_perm("partnerships.add_partnership"):
        raise PermissionDenied
    if partnership and not request.user.has_perm("partnerships.change_partnership", partnership):
        raise PermissionDenied
    initial = {}
    if partnership:
        initial = {
            "title": partnership.title,
            "partner": partnership.partner_id,
            "themes": list(partnership.themes.all()),
            "dossier": partnership.dossier_id,
            "language": partnership.language,
            "summary": partnership.summary,
            "summary_en": partnership.summary_en,
        }
    form = PartnershipForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            if partnership is None:
                home = home_district()
                if home is None:
                    raise ValidationError(_("The home district is missing; run the setup."))
                partnership = services.partnership_create(home=home, actor=request.user, **data)
                messages.success(request, _("The partnership has been created as an idea."))
            else:
                services.partnership_update(partnership=partnership, actor=request.user, **data)
                messages.success(request, _("The partnership has been saved."))
        except ValidationError as exc:
            form.add_error(None, error_text(exc))
        else:
            return redirect(partnership)
    return render(request, "partnerships/edit.html", {"form": form, "partnership": partnership})


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def stage_step(request, pk: int):
    partnership = partnership_or_404(pk)
    if not request.user.has_perm("partnerships.change_partnership", partnership):
        raise PermissionDenied
    if not partnership.next_stages:
        messages.error(request, _("This partnership has ended; it has no further stage."))
        return redirect(partnership)
    form = StageForm(request.POST or None, request.FILES or None, partnership=partnership)
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        upload, kind = data.pop("document"), data.pop("document_kind")
        try:
            step = services.stage_advance(partnership=partnership, actor=request.user, **data)
            if upload:
                services.document_store(
                    partnership=partnership,
                    kind=kind or Document.Kind.OTHER,
                    title=step.get_to_stage_display(),
                    upload=upload,
                    actor=request.user,
                    step=step,
                )
        except ValidationError as exc:
            form.add_error(None, error_text(exc))
        else:
            messages.success(request, _("The new stage has been recorded."))
            return redirect(partnership)
    return render(request, "partnerships/stage.html", {"form": form, "partnership": partnership})


@login_required
@require_safe
def workspace(request, pk: int):
    """Comments, stored documents and guests: administration and this partnership's guests."""
    partnership = partnership_or_404(pk)
    if not request.user.has_perm("partnerships.view_workspace", partnership):
        raise PermissionDenied
    return render(
        request,
        "partnerships/workspace.html",
        {
            "partnership": partnership,
            "thread": comment_selectors.thread(
                partnership, request.user, request.GET.get(comment_selectors.PAGE_PARAMETER)
            ),
            "documents": partnership.documents.select_related("step"),
            "invitations": selectors.invitations(partnership),
            "can_invite": request.user.has_perm("partnerships.invite_guest", partnership),
            "can_plan": request.user.has_perm("partnerships.plan_activity", partnership),
        },
    )


@login_required
@require_safe
def document_download(request, pk: int, document_pk: int):
    partnership = get_object_or_404(Partnership, pk=pk)
    if not request.user.has_perm("partnerships.view_workspace", partnership):
        raise PermissionDenied
    document = get_object_or_404(Document, pk=document_pk, partnership=partnership)
    response = FileResponse(
        document.file.open("rb"),
        as_attachment=True,
        filename=document.original_name or document.file.name.rsplit("/", 1)[-1],
        content_type=document.content_type,
    )
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
@require_POST
def invite(request, pk: int):
    from bezirkspartner.partnerships.forms import InvitationForm

    partnership = partnership_or_404(pk)
    if not request.user.has_perm("partnerships.invite_guest", partnership):
        raise PermissionDenied
    form = InvitationForm(request.POST)
    if form.is_valid():
        services.invitation_send(partnership=partnership, actor=request.user, **form.cleaned_data)
        messages.success(
            request,
            _("The invitation has been sent to %(email)s.") % {"email": form.cleaned_data["email"]},
        )
    else:
        messages.error(request, _("Please give a name and a valid e-mail address."))
    return redirect("partnerships:workspace", pk=partnership.pk)
