"""Builds the search documents from practices, themes, cities and districts."""

from __future__ import annotations

from django.db import transaction

from bezirkspartner.atlas.models import City, District
from bezirkspartner.knowledge import search
from bezirkspartner.knowledge.models import Practice, SearchDocument, Theme
from bezirkspartner.knowledge.text_search import ranking_words


def _join(*parts: str) -> str:
    return "\n".join(p for p in parts if p)


def _practice_documents():
    practices = Practice.objects.select_related("city", "district").prefetch_related("themes")
    for p in practices:
        yield SearchDocument(
            kind="practice",
            object_id=p.id,
            url=p.get_absolute_url(),
            title_de=p.title_de,
            title_en=p.title_en,
            body_de=_join(
                p.summary_de,
                p.results_de,
                p.success_factors_de,
                p.transfer_de,
                p.city_name,
                p.district_name,
            ),
            body_en=_join(
                p.summary_en,
                p.results_en,
                p.success_factors_en,
                p.transfer_en,
                p.city.name_en if p.city_id else p.city_name,
            ),
            themes=[t.slug for t in p.themes.all()],
            country=p.country,
            city_slug=p.city.slug if p.city_id else "",
            year_from=p.period_start,
            year_to=p.period_end,
        )


def _theme_documents():
    for t in Theme.objects.all():
        yield SearchDocument(
            kind="theme",
            object_id=t.id,
            url=t.get_absolute_url(),
            title_de=t.name_de,
            title_en=t.name_en,
            body_de=_join(t.description_de, " ".join(t.keywords_de)),
            body_en=_join(t.description_en, " ".join(t.keywords_en)),
            themes=[t.slug],
        )


def _city_documents():
    for c in City.objects.prefetch_related("names"):
        names = " ".join(sorted({n.name for n in c.names.all()}))
        yield SearchDocument(
            kind="city",
            object_id=c.id,
            url=c.get_absolute_url(),
            title_de=c.name_de,
            title_en=c.name_en,
            body_de=_join(c.name, c.district_term, names),
            body_en=c.district_term_en,
            country=c.country_id,
            city_slug=c.slug,
        )


def _district_documents():
    districts = District.objects.select_related("city").prefetch_related("names", "tags")
    for d in districts:
        names = " ".join(sorted({n.name for n in d.names.all() if n.origin == "curated"}))
        yield SearchDocument(
            kind="district",
            object_id=d.id,
            url=d.get_absolute_url(),
            title_de=d.name_de,
            title_en=d.name_en,
            body_de=_join(d.name, names, d.city.name_de, d.city.name),
            body_en=_join(d.city.name_en),
            country=d.city.country_id,
            city_slug=d.city.slug,
        )


BUILDERS = [_theme_documents, _practice_documents, _city_documents, _district_documents]


def register_builder(builder) -> None:
    """Other apps (council documents, later the forum) add their searchable things."""
    if builder not in BUILDERS:
        BUILDERS.append(builder)


def _with_words(documents):
    for document in documents:
        document.title_words = ranking_words(document.title_de, document.title_en)
        document.body_words = ranking_words(document.body_de, document.body_en)
        yield document


@transaction.atomic
def search_documents_replace(*, kind: str, object_ids, documents) -> None:
    """Replace the search documents of these objects (of one kind) with new ones.

    For content that changes while the platform runs (forum, meetings, dossiers): the
    objects' old documents leave the index, the new ones (none for hidden or deleted
    objects) enter it; nothing else is touched.
    """
    old = SearchDocument.objects.filter(kind=kind, object_id__in=list(object_ids))
    removed = list(old.values_list("id", flat=True))
    old.delete()
    created = SearchDocument.objects.bulk_create(_with_words(documents))
    if any(d.id is None for d in created):  # backends without RETURNING on bulk_create
        created = list(
            SearchDocument.objects.filter(kind=kind, object_id__in=[d.object_id for d in created])
        )
    search.index_replace(removed_ids=removed, documents=created)


@transaction.atomic
def search_documents_rebuild() -> int:
    SearchDocument.objects.all().delete()
    for builder in BUILDERS:
        SearchDocument.objects.bulk_create(_with_words(builder()), batch_size=500)
    return search.index_rebuild()
