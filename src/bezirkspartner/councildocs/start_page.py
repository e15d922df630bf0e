"""The council documents' figure on the start page."""

from django.utils.translation import ngettext

from bezirkspartner.core.start_page import Figure, grouped, register


def _documents() -> int:
    from bezirkspartner.councildocs.models import CouncilDocument

    return CouncilDocument.objects.count()


def register_figures() -> None:
    register(
        Figure(
            key="documents",
            card="decide",
            count=_documents,
            text=lambda n: (
                ngettext("%(n)s council document", "%(n)s council documents", n) % {"n": grouped(n)}
            ),
            url_name="councildocs:list",
        )
    )
