"""Proposals (with their visible comments) and meetings in the platform's search.

The full rebuild (`bezirkspartner setup`) asks the builders; while the platform runs,
every save or deletion of a proposal, comment or meeting replaces just that
proposal's or meeting's search document. Hidden proposals and hidden or deleted
comments are never searchable.
"""

from __future__ import annotations

from django.conf import settings
from django.db.models.signals import m2m_changed, post_delete, post_save

from bezirkspartner.knowledge.indexing import register_builder, search_documents_replace
from bezirkspartner.knowledge.models import SearchDocument


def _proposal_document(proposal) -> SearchDocument:
    comments = [c.body for c in proposal.comments.all() if not c.deleted and not c.hidden]
    text = "\n".join([proposal.text, *comments])
    return SearchDocument(
        kind="proposal",
        object_id=proposal.pk,
        url=proposal.get_absolute_url(),
        title_de=proposal.title[:300],
        title_en=proposal.title[:300],
        body_de=text,
        body_en="",
        themes=[t.slug for t in proposal.themes.all()],
        country="DE",
        city_slug=settings.HOME_CITY,
        year_from=proposal.created_at.year,
        year_to=proposal.created_at.year,
    )


def _meeting_document(meeting) -> SearchDocument:
    return SearchDocument(
        kind="meeting",
        object_id=meeting.pk,
        url=meeting.get_absolute_url(),
        title_de=meeting.title[:300],
        title_en=meeting.title[:300],
        body_de="\n".join([meeting.place, meeting.description, meeting.minutes]),
        body_en="",
        country="DE",
        city_slug=settings.HOME_CITY,
        year_from=meeting.starts_at.year,
        year_to=meeting.starts_at.year,
    )


def _proposals(pks=None):
    from bezirkspartner.forum.models import Proposal

    proposals = Proposal.objects.filter(hidden_reason="").prefetch_related("comments", "themes")
    if pks is not None:
        proposals = proposals.filter(pk__in=pks)
    return proposals


def proposal_documents():
    return (_proposal_document(p) for p in _proposals())


def meeting_documents():
    from bezirkspartner.forum.models import Meeting

    return (_meeting_document(m) for m in Meeting.objects.all())


def proposal_reindex(pk: int) -> None:
    search_documents_replace(
        kind="proposal",
        object_ids=[pk],
        documents=[_proposal_document(p) for p in _proposals([pk])],
    )


def _on_proposal(sender, instance, **kwargs):
    proposal_reindex(instance.pk)


def _on_proposal_themes(sender, instance, reverse, pk_set, action, **kwargs):
    if action.startswith("post_"):
        for pk in (pk_set or ()) if reverse else [instance.pk]:
            proposal_reindex(pk)


def _on_comment(sender, instance, **kwargs):
    from django.contrib.contenttypes.models import ContentType

    from bezirkspartner.forum.models import Proposal

    if instance.content_type_id == ContentType.objects.get_for_model(Proposal).pk:
        proposal_reindex(instance.object_id)


def _on_meeting_saved(sender, instance, **kwargs):
    search_documents_replace(
        kind="meeting", object_ids=[instance.pk], documents=[_meeting_document(instance)]
    )


def _on_meeting_deleted(sender, instance, **kwargs):
    search_documents_replace(kind="meeting", object_ids=[instance.pk], documents=[])


def connect() -> None:
    from bezirkspartner.comments.models import Comment
    from bezirkspartner.forum.models import Meeting, Proposal

    register_builder(proposal_documents)
    register_builder(meeting_documents)
    post_save.connect(_on_proposal, sender=Proposal, dispatch_uid="search-proposal-saved")
    m2m_changed.connect(
        _on_proposal_themes, sender=Proposal.themes.through, dispatch_uid="search-proposal-themes"
    )
    post_delete.connect(_on_proposal, sender=Proposal, dispatch_uid="search-proposal-deleted")
    post_save.connect(_on_comment, sender=Comment, dispatch_uid="search-comment-saved")
    post_delete.connect(_on_comment, sender=Comment, dispatch_uid="search-comment-deleted")
    post_save.connect(_on_meeting_saved, sender=Meeting, dispatch_uid="search-meeting-saved")
    post_delete.connect(_on_meeting_deleted, sender=Meeting, dispatch_uid="search-meeting-deleted")
