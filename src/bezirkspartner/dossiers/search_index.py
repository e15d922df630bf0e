"""Dossiers in the platform's search: title, summary (Sachverhalt), petitum and goals.

Rebuilt with the rest of the index at setup; every save or deletion of a dossier
replaces its one search document.
"""

from __future__ import annotations

from django.db.models.signals import m2m_changed, post_delete, post_save

from bezirkspartner.dossiers.content import ContentError, DossierContent, content_parse
from bezirkspartner.knowledge.indexing import register_builder, search_documents_replace
from bezirkspartner.knowledge.models import SearchDocument


def _dossier_content(dossier) -> DossierContent:
    """Content that does not fit the schema is searched by its title only."""
    try:
        return content_parse(dossier.content)
    except ContentError:
        return DossierContent()


def _dossier_document(dossier) -> SearchDocument:
    content = _dossier_content(dossier)
    goals = [f"{g.goal} {g.benefit}" for g in content.goals]
    return SearchDocument(
        kind="dossier",
        object_id=dossier.pk,
        url=dossier.get_absolute_url(),
        title_de=dossier.title[:300],
        title_en=dossier.title[:300],
        body_de="\n".join([content.summary, content.petitum, *goals]),
        body_en="",
        themes=[t.slug for t in dossier.themes.all()],
        country=dossier.partner.city.country_id,
        city_slug=dossier.partner.city.slug,
    )


def _dossiers():
    from bezirkspartner.dossiers.models import Dossier

    return Dossier.objects.select_related("partner__city").prefetch_related("themes")


def dossier_documents():
    return (_dossier_document(d) for d in _dossiers())


def dossier_reindex(pk: int) -> None:
    documents = [_dossier_document(d) for d in _dossiers().filter(pk=pk)]
    search_documents_replace(kind="dossier", object_ids=[pk], documents=documents)


def _on_dossier(sender, instance, **kwargs):
    dossier_reindex(instance.pk)


def _on_dossier_themes(sender, instance, reverse, pk_set, action, **kwargs):
    if action.startswith("post_"):
        for pk in (pk_set or ()) if reverse else [instance.pk]:
            dossier_reindex(pk)


def connect() -> None:
    from bezirkspartner.dossiers.models import Dossier

    register_builder(dossier_documents)
    post_save.connect(_on_dossier, sender=Dossier, dispatch_uid="search-dossier-saved")
    m2m_changed.connect(
        _on_dossier, sender=Dossier.themes.through, dispatch_uid="search-dossier-themes"
    )
    post_delete.connect(_on_dossier, sender=Dossier, dispatch_uid="search-dossier-deleted")
