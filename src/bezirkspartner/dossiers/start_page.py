"""The dossiers' figure on the start page."""

from django.utils.translation import ngettext

from bezirkspartner.core.start_page import Figure, grouped, register


def _dossiers() -> int:
    from bezirkspartner.dossiers.models import Dossier

    return Dossier.objects.count()


def register_figures() -> None:
    register(
        Figure(
            key="dossiers",
            card="decide",
            count=_dossiers,
            text=lambda n: ngettext("%(n)s dossier", "%(n)s dossiers", n) % {"n": grouped(n)},
            url_name="dossiers:list",
        )
    )
