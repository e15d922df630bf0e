"""Dossier pages: list, detail, create, edit, versions, compare, comments and exports."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.functional import SimpleLazyObject
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from bezirkspartner.atlas.models import District
from bezirkspartner.comments import selectors as comment_selectors
from bezirkspartner.dossiers import editing, exports, selectors, services, versions
from bezirkspartner.dossiers.content import ContentError
from bezirkspartner.dossiers.content_messages import content_error_text
from bezirkspartner.dossiers.models import Dossier
from bezirkspartner.knowledge.models import Theme


def pdf_unavailable(request, back: str):
    """The server lacks the PDF renderer's system library: say so, offer the other formats."""
    return render(request, "dossiers/pdf_unavailable.html", {"back": back}, status=503)


def dossier_list(request):
    status = request.GET.get("status", "")
    if status not in Dossier.Status.values:
        status = ""
    return render(
        request,
        "dossiers/list.html",
        {
            "dossiers": selectors.dossier_list(status=status),
            "status": status,
            "statuses": Dossier.Status.choices,
            "can_add": request.user.has_perm("dossiers.add_dossier"),
        },
    )


def _dossier(pk: int, read=selectors.dossier_with_history) -> Dossier:
    try:
        return read(pk)
    except Dossier.DoesNotExist as exc:
        raise Http404 from exc


def dossier_detail(request, pk: int):
    dossier = _dossier(pk, selectors.dossier_for_page)
    return render(
        request,
        "dossiers/detail.html",
        {
            # Computed only when the page's kept body is out of date (`{% keep %}`).
            "view": SimpleLazyObject(lambda: selectors.dossier_view(dossier)),
            "dossier": dossier,
            "can_edit": request.user.has_perm("dossiers.change_dossier", dossier),
            "thread": comment_selectors.thread(
                dossier, request.user, request.GET.get(comment_selectors.PAGE_PARAMETER)
            ),
            "pdf_available": exports.pdf_available(),
        },
    )


def _number(value) -> int:
    try:
        return int(value)
    except (TypeError, ValueError) as exc:
        raise Http404 from exc


@login_required
@require_POST
def dossier_create(request):
    from bezirkspartner.forum.models import Proposal

    if not request.user.has_perm("dossiers.add_dossier"):
        raise PermissionDenied
    home = get_object_or_404(District, pk=_number(request.POST.get("home")))
    partner = get_object_or_404(District, pk=_number(request.POST.get("partner")))
    themes = list(Theme.objects.filter(slug__in=request.POST.getlist("themes")))
    proposal = None
    if request.POST.get("proposal"):
        proposal = get_object_or_404(Proposal, pk=_number(request.POST["proposal"]))
    if not themes or home == partner:
        messages.error(request, _("A dossier needs a partner district and at least one theme."))
        back = request.POST.get("next", "")
        safe = url_has_allowed_host_and_scheme(back, {request.get_host()}, request.is_secure())
        return redirect(back if safe and back else "dossiers:list")
    dossier = services.dossier_create(
        home=home, partner=partner, themes=themes, proposal=proposal, actor=request.user
    )
    messages.success(request, _("The first draft of the dossier has been generated."))
    return redirect(dossier)


@login_required
def dossier_edit(request, pk: int):
    dossier = _dossier(pk)
    if not request.user.has_perm("dossiers.change_dossier", dossier):
        raise PermissionDenied
    try:
        stored = selectors.dossier_content(dossier)
    except ContentError as exc:
        context = {"dossier": dossier, "message": content_error_text(exc, limit=50)}
        return render(request, "dossiers/content_invalid.html", context)
    forms = editing.edit_forms(dossier, stored, request.POST if request.method == "POST" else None)
    if request.method == "POST":
        content = editing.content_from(forms, stored)
        if content is not None:
            dossier = services.dossier_update(
                dossier=dossier,
                actor=request.user,
                title=forms["main"].cleaned_data["title"],
                status=forms["main"].cleaned_data["status"],
                content=content,
                note=forms["main"].cleaned_data["note"],
            )
            messages.success(
                request,
                _("The dossier has been saved as version %(number)s.")
                % {"number": dossier.version},
            )
            return redirect(dossier)
    return render(request, "dossiers/edit.html", {"dossier": dossier, **forms})


def dossier_versions(request, pk: int):
    dossier = _dossier(pk)
    return render(
        request,
        "dossiers/versions.html",
        {"dossier": dossier, "versions": list(dossier.versions.all())},
    )


def dossier_compare(request, pk: int):
    dossier = _dossier(pk)
    numbers = sorted({v.number for v in dossier.versions.all()})
    try:
        a = int(request.GET.get("a") or (numbers[-2] if len(numbers) > 1 else numbers[-1]))
        b = int(request.GET.get("b") or numbers[-1])
    except (TypeError, ValueError, IndexError) as exc:
        raise Http404 from exc
    old, new = versions.pair(dossier, a, b)
    return render(
        request,
        "dossiers/compare.html",
        {
            "dossier": dossier,
            "old": old,
            "new": new,
            "numbers": numbers,
            "lines": versions.diff(dossier, old, new),
        },
    )


def dossier_export(request, pk: int, fmt: str):
    dossier = _dossier(pk)
    view = selectors.dossier_view(dossier)
    try:
        data, content_type = exports.render(view, fmt)
    except exports.UnknownFormat as exc:
        raise Http404 from exc
    except exports.PdfUnavailable:
        return pdf_unavailable(request, dossier.get_absolute_url())
    response = HttpResponse(data, content_type=content_type)
    filename = exports.filename(dossier, fmt)
    disposition = "inline" if fmt == "md" else "attachment"
    response["Content-Disposition"] = f'{disposition}; filename="{filename}"'
    return response
