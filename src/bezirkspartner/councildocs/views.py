from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, JsonResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_http_methods, require_safe

from bezirkspartner.core.audit import audit_record
from bezirkspartner.core.background import enqueue_after_commit
from bezirkspartner.councildocs import selectors, tasks
from bezirkspartner.councildocs.forms import DocumentUploadForm
from bezirkspartner.councildocs.models import CouncilDocument
from bezirkspartner.councildocs.services import DocumentImportError, document_import

TYPE_LABELS = {
    "street": _("street"),
    "address": _("address"),
    "quarter": _("quarter"),
    "district": _("district"),
    "city": _("city"),
    "region": _("region"),
    "country": _("country"),
    "water": _("water"),
    "park": _("park"),
    "poi": _("place"),
    "station": _("station"),
}


@require_safe
def document_list(request):
    return render(
        request,
        "councildocs/list.html",
        {
            "documents": selectors.document_list(),
            "can_upload": request.user.has_perm("councildocs.add_document"),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def document_upload(request):
    """The administration imports a Drucksache from a file: one transaction, repeatable.

    The file is read and stored in the request, so a broken one is refused at once; places
    and themes are recognised by a background task (at once with TASKS_BACKEND=immediate).
    """
    if not request.user.has_perm("councildocs.add_document"):
        raise PermissionDenied
    form = DocumentUploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            document, new = document_import(
                data=upload.read(), origin=f"upload:{upload.name}", analyse=False
            )
        except DocumentImportError as exc:
            form.add_error(
                "file",
                gettext("The document could not be read; nothing was saved. Reason: %(reason)s")
                % {"reason": exc},
            )
        else:
            audit_record(actor=request.user, action="document_imported", target=document)
            enqueue_after_commit(tasks.document_analyse, document.pk)
            messages.success(
                request,
                (
                    gettext("Council document %(number)s imported.")
                    if new
                    else gettext("Council document %(number)s updated.")
                )
                % {"number": document.number},
            )
            return redirect(document)
    return render(request, "councildocs/upload.html", {"form": form})


@require_safe
def document_detail(request, number: str):
    try:
        document = selectors.document_get(number)
    except CouncilDocument.DoesNotExist as exc:
        raise Http404 from exc
    labels = {key: str(value) for key, value in TYPE_LABELS.items()}
    places = {}
    for place in document.places.all():
        entry = places.setdefault((place.norm, place.type), {"place": place, "count": 0})
        entry["count"] += 1
    return render(
        request,
        "councildocs/detail.html",
        {
            "document": document,
            "highlighted": selectors.highlighted_text(document, labels),
            "places": [
                dict(item, label=labels.get(key[1], key[1])) for key, item in places.items()
            ],
            "related": selectors.related_documents(document),
            "related_practices": selectors.related_practices(document),
            "related_proposals": selectors.related_proposals(document),
        },
    )


@require_safe
def document_places_geojson(request, number: str):
    try:
        document = selectors.document_get(number)
    except CouncilDocument.DoesNotExist as exc:
        raise Http404 from exc
    response = JsonResponse(selectors.places_geojson(document))
    response["Content-Type"] = "application/geo+json"
    return response
