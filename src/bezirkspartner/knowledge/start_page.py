"""The knowledge base's figure on the start page."""

from django.utils.translation import ngettext

from bezirkspartner.core.start_page import Figure, grouped, register


def _practices() -> int:
    from bezirkspartner.knowledge.models import Practice

    return Practice.objects.count()


def register_figures() -> None:
    register(
        Figure(
            key="practices",
            card="discover",
            count=_practices,
            text=lambda n: (
                ngettext("%(n)s good practice", "%(n)s good practices", n) % {"n": grouped(n)}
            ),
            url_name="knowledge:themes",
        )
    )
