"""Council documents API: documents with their recognised places and themes."""

from __future__ import annotations

from django.shortcuts import get_object_or_404
from ninja import Router, Schema

from bezirkspartner.core.api_schemas import errors
from bezirkspartner.councildocs import selectors

router = Router(tags=["council documents"])


class PlaceOut(Schema):
    surface: str
    start: int
    end: int
    type: str
    norm: str
    lat: float | None
    lon: float | None
    confidence: float
    district_id: int | None


class DocumentOut(Schema):
    number: str
    title: str
    doc_type: str
    body: str
    last_consultation: str | None
    agenda_item: str
    themes: list[str]
    url: str
    places: list[PlaceOut]


def _as_dict(document) -> dict:
    return {
        "number": document.number,
        "title": document.title,
        "doc_type": document.doc_type,
        "body": document.body,
        "last_consultation": document.last_consultation.isoformat()
        if document.last_consultation
        else None,
        "agenda_item": document.agenda_item,
        "themes": [t.slug for t in document.themes.all()],
        "url": document.get_absolute_url(),
        "places": list(document.places.all()),
    }


@router.get("/documents", response={200: list[DocumentOut], **errors(422)}, url_name="documents")
def document_list(request):
    return [_as_dict(d) for d in selectors.document_list().prefetch_related("places")]


@router.get("/documents/{number}", response={200: DocumentOut, **errors(404)}, url_name="document")
def document_detail(request, number: str):
    document = get_object_or_404(
        selectors.document_list().prefetch_related("places"), number=number
    )
    return _as_dict(document)
