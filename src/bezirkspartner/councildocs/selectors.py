from __future__ import annotations

from django.db.models import Count, Q, QuerySet
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from bezirkspartner.councildocs.models import CouncilDocument, DocumentPlace


def document_list() -> QuerySet[CouncilDocument]:
    return CouncilDocument.objects.annotate(place_count=Count("places")).prefetch_related("themes")


def document_get(number: str) -> CouncilDocument:
    return CouncilDocument.objects.prefetch_related("places", "themes").get(number=number)


def highlighted_text(document: CouncilDocument, labels: dict[str, str]) -> SafeString:
    """The text, escaped, with every place wrapped in <mark> plus its type as text."""
    text, pieces, cursor = document.text, [], 0
    for place in document.places.all():
        if place.start < cursor:
            continue
        pieces.append(escape(text[cursor : place.start]))
        label = escape(labels.get(place.type, place.type))
        surface = escape(text[place.start : place.end])
        pieces.append(
            f'<mark class="place place--{escape(place.type)}">{surface}'
            f'<span class="place__type"> [{label}]</span></mark>'
        )
        cursor = place.end
    pieces.append(escape(text[cursor:]))
    return mark_safe("".join(pieces))  # noqa: S308 - every piece is escaped above


def related_documents(document: CouncilDocument, limit: int = 5) -> list[CouncilDocument]:
    """Other documents naming the same places or sharing themes, most overlap first."""
    norms = set(document.places.values_list("norm", flat=True))
    themes = set(document.themes.values_list("id", flat=True))
    return list(
        CouncilDocument.objects.exclude(pk=document.pk)
        .annotate(
            overlap=Count("places", filter=Q(places__norm__in=norms), distinct=True)
            + Count("themes", filter=Q(themes__in=themes), distinct=True)
        )
        .filter(overlap__gt=0)
        .order_by("-overlap", "-last_consultation")[:limit]
    )


def places_geojson(document: CouncilDocument) -> dict:
    features = [
        {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [p.lon, p.lat]},
            "properties": {"name": p.norm, "city": p.type, "surface": p.surface},
        }
        for p in _unique_points(document.places.all())
    ]
    return {"type": "FeatureCollection", "features": features}


def _unique_points(places) -> list[DocumentPlace]:
    seen, result = set(), []
    for place in places:
        if place.lat is None or (place.norm, place.type) in seen:
            continue
        seen.add((place.norm, place.type))
        result.append(place)
    return result


def related_practices(document: CouncilDocument, limit: int = 6):
    """Practices in the document's themes from the cities and districts it names."""
    from bezirkspartner.knowledge.models import Practice

    norms = set(document.places.values_list("norm", flat=True))
    districts = set(document.places.exclude(district=None).values_list("district_id", flat=True))
    themes = set(document.themes.values_list("id", flat=True))
    practices = (
        Practice.objects.filter(themes__in=themes)
        .filter(Q(city__name_de__in=norms) | Q(city_name__in=norms) | Q(district_id__in=districts))
        .select_related("city")
        .distinct()
        .order_by("city_name", "slug")
    )
    return list(practices[:limit])


def related_proposals(document: CouncilDocument, limit: int = 6):
    """Forum proposals about districts the document names, or in its themes."""
    from bezirkspartner.forum.models import Proposal

    districts = set(document.places.exclude(district=None).values_list("district_id", flat=True))
    themes = set(document.themes.values_list("id", flat=True))
    proposals = (
        Proposal.objects.filter(hidden_reason="")
        .filter(Q(partner_districts__in=districts) | Q(themes__in=themes))
        .distinct()
        .order_by("-created_at")
    )
    return list(proposals[:limit])
