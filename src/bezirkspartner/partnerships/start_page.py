"""The partnerships' figure on the start page: partnerships under way (demo content not counted)."""

from django.utils.translation import ngettext

from bezirkspartner.core.start_page import Figure, grouped, register

UNDER_WAY = ("contact", "intent", "agreement", "active")


def _under_way() -> int:
    from bezirkspartner.partnerships.models import Partnership

    return Partnership.objects.filter(stage__in=UNDER_WAY, is_demo=False).count()


def register_figures() -> None:
    register(
        Figure(
            key="partnerships",
            card="take_part",
            count=_under_way,
            text=lambda n: (
                ngettext("%(n)s partnership under way", "%(n)s partnerships under way", n)
                % {"n": grouped(n)}
            ),
            url_name="partnerships:list",
        )
    )
