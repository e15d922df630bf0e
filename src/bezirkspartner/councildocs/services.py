"""Writes: import council documents (one transaction each), re-parse them from raw input."""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

from django.conf import settings
from django.db import transaction

from bezirkspartner.atlas.models import DistrictName
from bezirkspartner.core.text import fold
from bezirkspartner.councildocs.models import (
    CouncilDocument,
    DocumentPlace,
    DocumentTheme,
    RawDocument,
)
from bezirkspartner.councildocs.parsing import ParsedDocument, ParseError, detect_and_parse
from bezirkspartner.councildocs.themes import classify
from bezirkspartner.geoparse import Geoparser
from bezirkspartner.geoparse.compiled import load_gazetteer
from bezirkspartner.knowledge.indexing import search_documents_replace
from bezirkspartner.knowledge.models import SearchDocument, Theme

MAX_BYTES = 20 * 1024 * 1024


class DocumentImportError(Exception):
    """A clear, one-line reason why nothing was imported."""


@lru_cache(maxsize=1)
def geoparser() -> Geoparser:
    return Geoparser(load_gazetteer(Path(settings.DATA_DIR), Path(settings.VAR_DIR) / "geoparse"))


def document_import(
    *, data: bytes, origin: str, analyse: bool = True
) -> tuple[CouncilDocument, bool]:
    """Import one document; repeatable (same number or OParl id updates it). Returns (doc, new).

    With `analyse=False` the document is stored at once and marked `analysis_pending`; the
    place and theme recognition (a gazetteer of 150 MB) is left to `document_analyse`, which
    the web upload runs as a background task (councildocs/tasks.py).
    """
    if not data:
        raise DocumentImportError("the file is empty")
    if len(data) > MAX_BYTES:
        raise DocumentImportError("the file is larger than 20 MB")
    try:
        kind, raw_text, parsed = detect_and_parse(data, origin)
    except ParseError as exc:
        raise DocumentImportError(str(exc)) from exc
    _check_lengths(parsed)
    with transaction.atomic():
        raw = RawDocument.objects.create(
            kind=kind,
            origin=origin[:500],
            content=raw_text,
            sha256=hashlib.sha256(data).hexdigest(),
        )
        existing = _existing(parsed)
        document = existing or CouncilDocument(number=parsed.number)
        document.analysis_pending = not analyse
        _apply(document, parsed, raw)
        if analyse:
            _analyse(document)
        else:
            # What was found in an earlier version points into the old text: gone until the
            # task has looked at the new one.
            document.places.all().delete()
            DocumentTheme.objects.filter(document=document).delete()
        _index(document)
    return document, existing is None


def document_analyse(*, document_id: int) -> int:
    """Recognise places and themes of a stored document; returns the places found.

    Repeatable; a document deleted in the meantime is skipped (0).
    """
    with transaction.atomic():
        document = CouncilDocument.objects.select_for_update().filter(pk=document_id).first()
        if document is None:
            return 0
        _analyse(document)
        document.analysis_pending = False
        document.save(update_fields=["analysis_pending"])
        _index(document)
        return document.places.count()


def _index(document: CouncilDocument) -> None:
    search_documents_replace(
        kind="document", object_ids=[document.pk], documents=[_search_document(document)]
    )


# What each length-limited field is called in the input (Hamburg layout / OParl).
FIELD_NAMES = {
    "number": "document number (OParl reference)",
    "oparl_id": "OParl id",
    "title": "title (OParl name)",
    "doc_type": "document type (OParl paperType)",
    "body": "body of the last consultation",
    "agenda_item": "agenda item",
}


def _check_lengths(parsed: ParsedDocument) -> None:
    """Refuse, rather than cut, a field longer than the database holds: nothing is lost."""
    for name, label in FIELD_NAMES.items():
        limit = CouncilDocument._meta.get_field(name).max_length
        length = len(getattr(parsed, name))
        if length > limit:
            raise DocumentImportError(
                f"the {label} has {length} characters, more than the {limit} allowed"
            )


def document_reparse(*, document: CouncilDocument) -> CouncilDocument:
    """Parse the stored raw input again (e.g. after the parser or gazetteer improved)."""
    from bezirkspartner.councildocs.parsing import html_to_text, parse_oparl, parse_text

    raw = document.raw
    parsers = {"oparl": parse_oparl, "html": lambda t: parse_text(html_to_text(t))}
    parsed = parsers.get(raw.kind, parse_text)(raw.content)
    _check_lengths(parsed)
    with transaction.atomic():
        document.analysis_pending = False
        _apply(document, parsed, raw)
        _analyse(document)
    return document


def _existing(parsed: ParsedDocument) -> CouncilDocument | None:
    if parsed.oparl_id:
        found = CouncilDocument.objects.filter(oparl_id=parsed.oparl_id).first()
        if found:
            return found
    return CouncilDocument.objects.filter(number=parsed.number).first()


def _apply(document: CouncilDocument, parsed: ParsedDocument, raw: RawDocument) -> None:
    for field in (
        "number",
        "title",
        "doc_type",
        "body",
        "last_consultation",
        "agenda_item",
        "sachverhalt",
        "petitum",
        "consultation_order",
        "text",
        "oparl_id",
    ):
        setattr(document, field, getattr(parsed, field))
    document.raw = raw
    document.full_clean()
    document.save()


def _analyse(document: CouncilDocument) -> None:
    document.places.all().delete()
    districts = _district_lookup()
    DocumentPlace.objects.bulk_create(
        DocumentPlace(
            document=document,
            surface=m.surface[:200],
            start=m.start,
            end=m.end,
            type=m.type,
            norm=m.norm[:200],
            lat=m.lat,
            lon=m.lon,
            confidence=m.confidence,
            district_id=districts.get(fold(m.norm)) if m.type == "district" else None,
        )
        for m in geoparser().parse(document.text)
    )
    DocumentTheme.objects.filter(document=document).delete()
    themes = {t.slug: t for t in Theme.objects.all()}
    keywords = {t.slug: [*t.keywords_de, *t.keywords_en] for t in themes.values()}
    DocumentTheme.objects.bulk_create(
        DocumentTheme(document=document, theme=themes[slug], keywords=found)
        for slug, found in classify(document.text, keywords).items()
    )


def _district_lookup() -> dict[str, int]:
    """Folded district name -> district id, Hamburg's districts first."""
    lookup: dict[str, int] = {}
    names = DistrictName.objects.select_related("district__city").order_by("district__city__slug")
    for name in names:
        if name.district.city.slug == settings.HOME_CITY or name.key not in lookup:
            lookup[name.key] = name.district_id
    return lookup


def search_documents():
    """Council documents as search documents (registered with the knowledge index)."""
    return (_search_document(d) for d in CouncilDocument.objects.prefetch_related("themes"))


def _search_document(d: CouncilDocument) -> SearchDocument:
    return SearchDocument(
        kind="document",
        object_id=d.id,
        url=d.get_absolute_url(),
        title_de=f"{d.number} {d.title}"[:300],
        title_en=f"{d.number} {d.title}"[:300],
        body_de=d.text,
        body_en="",
        themes=[t.slug for t in d.themes.all()],
        country="DE",
        city_slug=settings.HOME_CITY,
        year_from=d.last_consultation.year if d.last_consultation else None,
        year_to=d.last_consultation.year if d.last_consultation else None,
    )
