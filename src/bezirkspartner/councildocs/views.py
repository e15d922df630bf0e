from django.http import Http404, JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_safe

from bezirkspartner.councildocs import selectors
from bezirkspartner.councildocs.models import CouncilDocument

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
    return render(request, "councildocs/list.html", {"documents": selectors.document_list()})


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
