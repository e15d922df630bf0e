"""`bezirkspartner demo`: clearly marked demo content for trying the forum out."""

import datetime as dt

from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from bezirkspartner.accounts.models import User
from bezirkspartner.comments import services as comment_services
from bezirkspartner.core import demo
from bezirkspartner.forum import services
from bezirkspartner.forum.models import AgendaItem, Meeting, Proposal, Space

PREFIX = "[Demo] "


class Command(BaseCommand):
    help = (
        "Add demo accounts, proposals, comments, a meeting and one partnership in each stage, "
        "all marked [Demo] (idempotent)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--remove", action="store_true", help="remove the demo content")

    @transaction.atomic
    def handle(self, *args, remove: bool = False, **options):
        if remove:
            for provider in reversed(demo.providers()):
                provider.remove()
            Proposal.objects.filter(title__startswith=PREFIX).delete()
            Meeting.objects.filter(title__startswith=PREFIX).delete()
            User.objects.filter(email__endswith="@demo.invalid").delete()
            self.stdout.write("demo content removed")
            return
        if Proposal.objects.filter(title__startswith=PREFIX).exists():
            self.stdout.write("demo content is already there")
            self._providers()
            return
        space = Space.objects.filter(slug="wohnen").first()
        if space is None:
            self.stderr.write("run 'bezirkspartner setup' first (no forum spaces yet)")
            return
        citizen = self._user("buergerin", "Demo-Bürgerin", User.Role.CITIZEN)
        initiative = self._user("initiative", "Demo-Initiative", User.Role.INITIATIVE)
        office = self._user("verwaltung", "Demo-Verwaltung", User.Role.ADMINISTRATION)
        proposal = services.proposal_create(
            space=space,
            author=citizen,
            title=f"{PREFIX}Erfahrungsaustausch zum geförderten Wohnen",
            text="Dies ist **Demo-Inhalt** zum Ausprobieren. Ein Austausch mit einem Bezirk, "
            "der viel Erfahrung mit gefördertem Wohnungsbau hat, könnte Harburg helfen.",
            themes=[space.theme] if space.theme else [],
        )
        comment_services.comment_create(
            target=proposal, author=initiative, body="Demo-Kommentar: Wir würden gern mitfahren."
        )
        services.support_toggle(proposal=proposal, user=initiative)
        services.proposal_change_status(
            proposal=proposal,
            user=office,
            to_status="discussion",
            answer="Demo-Antwort: Wir nehmen den Vorschlag auf.",
        )
        start = (timezone.now() + dt.timedelta(days=14)).replace(
            hour=18, minute=0, second=0, microsecond=0
        )
        meeting = Meeting.objects.create(
            title=f"{PREFIX}Forumssitzung",
            starts_at=start,
            ends_at=start + dt.timedelta(hours=2),
            place="Demo-Ort",
            capacity=30,
            description="Demo-Sitzung zum Ausprobieren.",
        )
        AgendaItem.objects.create(
            meeting=meeting, position=1, title="Demo-Vorschlag beraten", proposal=proposal
        )
        self.stdout.write("demo content added: 3 accounts, 1 proposal, 1 comment, 1 meeting")
        self._providers()

    def _providers(self) -> None:
        """The other apps' demo content (each provider is idempotent on its own)."""
        for provider in demo.providers():
            for line in provider.add():
                self.stdout.write(line)

    def _user(self, name: str, display: str, role: str) -> User:
        user, _ = User.objects.get_or_create(
            email=f"{name}@demo.invalid",
            defaults={"display_name": display, "role": role, "email_notifications": "off"},
        )
        user.set_unusable_password()
        user.save()
        return user
