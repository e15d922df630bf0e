from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from bezirkspartner.comments import selectors as comment_selectors
from bezirkspartner.forum import moderation
from bezirkspartner.forum.models import Proposal, Report

KINDS = {"vorschlag": Proposal}


def _target(kind: str, pk: int):
    model = KINDS.get(kind)
    if model is None:
        raise PermissionDenied
    return get_object_or_404(model, pk=pk)


def _back(target):
    return redirect(target)


def _errors(exc) -> str:
    return " ".join(getattr(exc, "messages", [str(exc)]))


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def report(request, kind: str, pk: int):
    target = _target(kind, pk)
    if not request.user.has_perm("forum.report", target):
        raise PermissionDenied
    if request.method == "POST":
        try:
            moderation.report_create(
                target=target,
                reporter=request.user,
                reason=request.POST.get("reason", ""),
                explanation=request.POST.get("explanation", ""),
            )
        except ValidationError as exc:
            messages.error(request, _errors(exc))
        else:
            messages.success(request, _("Thank you. The moderators will look at it."))
            return _back(target)
    return render(
        request,
        "forum/report.html",
        {
            "target": target,
            "kind": kind,
            "reasons": Report.Reason.choices,
            "chosen": request.POST.get("reason", ""),
            "explanation": request.POST.get("explanation", ""),
        },
    )


@login_required
def queue(request):
    if not request.user.has_perm("forum.moderate"):
        raise PermissionDenied
    reports = Report.objects.filter(resolved_at__isnull=True).select_related(
        "proposal__author", "reporter"
    )
    return render(
        request,
        "forum/moderation.html",
        {"reports": reports, "comment_reports": comment_selectors.open_reports()},
    )


@login_required
@require_POST
def hide(request, kind: str, pk: int):
    target = _target(kind, pk)
    try:
        moderation.content_hide(
            target=target, moderator=request.user, reason=request.POST.get("reason", "")
        )
    except (PermissionDenied, ValidationError) as exc:
        messages.error(request, _errors(exc))
    else:
        messages.success(request, _("The contribution is hidden; its author sees the reason."))
    return redirect("forum:moderation") if request.POST.get("from_queue") else _back(target)


@login_required
@require_POST
def restore(request, kind: str, pk: int):
    target = _target(kind, pk)
    try:
        moderation.content_restore(
            target=target, moderator=request.user, reason=request.POST.get("reason", "")
        )
    except (PermissionDenied, ValidationError) as exc:
        messages.error(request, _errors(exc))
    else:
        messages.success(request, _("The contribution is visible again."))
    return _back(target)


@login_required
@require_POST
def dismiss(request, pk: int):
    report_ = get_object_or_404(Report, pk=pk)
    try:
        moderation.report_dismiss(
            report=report_, moderator=request.user, reason=request.POST.get("reason", "")
        )
    except (PermissionDenied, ValidationError) as exc:
        messages.error(request, _errors(exc))
    return redirect("forum:moderation")


@login_required
@require_POST
def block(request, pk: int):
    person = get_object_or_404(get_user_model(), pk=pk)
    try:
        moderation.user_block(
            user=person, moderator=request.user, reason=request.POST.get("reason", "")
        )
    except (PermissionDenied, ValidationError) as exc:
        messages.error(request, _errors(exc))
    else:
        messages.success(request, _("The account is blocked."))
    return redirect("forum:moderation")
