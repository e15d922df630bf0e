"""The atlas' figure on the start page."""

from django.utils.translation import ngettext

from bezirkspartner.core.start_page import Figure, grouped, register


def _districts() -> int:
    from bezirkspartner.atlas.models import District

    return District.objects.count()


def register_figures() -> None:
    register(
        Figure(
            key="districts",
            card="discover",
            count=_districts,
            text=lambda n: (
                ngettext(
                    "%(n)s district in European cities", "%(n)s districts in European cities", n
                )
                % {"n": grouped(n)}
            ),
            url_name="atlas:index",
        )
    )
