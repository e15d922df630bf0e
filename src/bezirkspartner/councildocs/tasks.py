"""Background tasks of the council documents (django-tasks; core/background.py enqueues them)."""

from __future__ import annotations

from django_tasks import task

from bezirkspartner.councildocs import services


@task()
def document_analyse(document_id: int) -> int:
    """Recognise the places and themes of an uploaded document (loads the gazetteer once)."""
    return services.document_analyse(document_id=document_id)
