"""The forum's figures on the start page: proposals under discussion, upcoming meetings."""

from django.utils import timezone
from django.utils.translation import ngettext

from bezirkspartner.core.start_page import Figure, grouped, register, register_demo_check

OPEN = ("submitted", "discussion", "drafting", "committee")


def _open_proposals() -> int:
    from bezirkspartner.forum.models import Proposal

    return Proposal.objects.filter(status__in=OPEN, hidden_reason="").count()


def _upcoming_meetings() -> int:
    from bezirkspartner.forum.models import Meeting

    return Meeting.objects.filter(ends_at__gte=timezone.now()).count()


def _demo_present() -> bool:
    from bezirkspartner.forum.management.commands.demo import PREFIX
    from bezirkspartner.forum.models import Proposal

    return Proposal.objects.filter(title__startswith=PREFIX).exists()


def register_figures() -> None:
    register_demo_check(_demo_present)
    register(
        Figure(
            key="proposals",
            card="discuss",
            count=_open_proposals,
            text=lambda n: (
                ngettext("%(n)s open proposal", "%(n)s open proposals", n) % {"n": grouped(n)}
            ),
            url_name="forum:index",
        )
    )
    register(
        Figure(
            key="meetings",
            card="take_part",
            count=_upcoming_meetings,
            text=lambda n: (
                ngettext("%(n)s upcoming meeting", "%(n)s upcoming meetings", n) % {"n": grouped(n)}
            ),
            url_name="forum:meetings",
        )
    )
