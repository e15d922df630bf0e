"""Demo partnerships for `bezirkspartner demo`: one in each lifecycle stage, all marked demo.

They are examples for trying the platform out, not facts: titles start with "[Demo] ",
`is_demo` is set (pages, exports and the API say so), no council document number is real,
and no amount is taken from any source. The partner districts are the first districts of
the atlas outside the home city (repeated in a small atlas), chosen only so that the examples
have a place.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.db import transaction
from django.utils import timezone, translation

from bezirkspartner.accounts.models import User
from bezirkspartner.atlas.models import District
from bezirkspartner.core.demo import DemoProvider
from bezirkspartner.knowledge.selectors import home_district
from bezirkspartner.partnerships import services
from bezirkspartner.partnerships.models import Partnership, Stage

PREFIX = "[Demo] "
# The path from the idea to each stage.
PATHS = {
    Stage.IDEA: [],
    Stage.CONTACT: [Stage.CONTACT],
    Stage.INTENT: [Stage.CONTACT, Stage.INTENT],
    Stage.AGREEMENT: [Stage.CONTACT, Stage.INTENT, Stage.AGREEMENT],
    Stage.ACTIVE: [Stage.CONTACT, Stage.INTENT, Stage.AGREEMENT, Stage.ACTIVE],
    Stage.DORMANT: [Stage.CONTACT, Stage.INTENT, Stage.AGREEMENT, Stage.ACTIVE, Stage.DORMANT],
    Stage.ENDED: [Stage.CONTACT, Stage.ENDED],
}


def _office() -> User:
    user, _created = User.objects.get_or_create(
        email="verwaltung@demo.invalid",
        defaults={
            "display_name": "Demo-Verwaltung",
            "role": User.Role.ADMINISTRATION,
            "email_notifications": "off",
        },
    )
    if user.has_usable_password():
        user.set_unusable_password()
        user.save()
    return user


def _activities(partnership: Partnership, office: User, start: dt.date, *, ahead: bool) -> None:
    """A past visit with its costs and, for a living partnership, an online meeting ahead."""
    visit_start = timezone.make_aware(dt.datetime.combine(start, dt.time(9)))
    visit = services.activity_plan(
        partnership=partnership,
        actor=office,
        kind="visit",
        title=f"{PREFIX}Fachbesuch",
        starts_at=visit_start,
        ends_at=visit_start + dt.timedelta(days=2, hours=8),
        place="Demo-Ort",
        description="Demo-Aktivität zum Ausprobieren.",
        summary_en="Demo activity for trying the platform out.",
        groups=["administration", "initiatives"],
        participant_count=6,
        outcome="Demo-Ergebnis: Notizen zum Ausprobieren.",
    )
    services.expense_record(
        activity=visit,
        actor=office,
        amount_eur=Decimal("1200"),
        staff_hours=Decimal("24"),
        note="Demo-Reisekosten",
    )
    if not ahead:
        return
    when = timezone.now().replace(minute=0, second=0, microsecond=0) + dt.timedelta(days=21)
    services.activity_plan(
        partnership=partnership,
        actor=office,
        kind="online",
        title=f"{PREFIX}Online-Treffen",
        starts_at=when,
        ends_at=when + dt.timedelta(hours=1),
        language="en",
        description="Demo meeting for trying the platform out.",
        groups=["administration", "partner"],
    )


@transaction.atomic
def demo_add() -> list[str]:
    with translation.override("de"):
        return _demo_add()


def _demo_add() -> list[str]:
    if Partnership.objects.filter(is_demo=True).exists():
        return ["demo partnerships are already there"]
    home = home_district()
    if home is None:
        return ["no demo partnerships: the home district is missing (run 'bezirkspartner setup')"]
    partners = list(
        District.objects.exclude(city=home.city).order_by("city__slug", "slug")[: len(PATHS)]
    )
    if not partners:
        return ["no demo partnerships: the atlas has no district outside the home city"]
    partners = [partners[n % len(partners)] for n in range(len(PATHS))]  # small atlases repeat
    office = _office()
    today = timezone.localdate()
    for (stage, path), partner in zip(PATHS.items(), partners, strict=True):
        begin = today - dt.timedelta(days=60 * (len(path) + 1))
        partnership = services.partnership_create(
            home=home,
            partner=partner,
            title=f"{PREFIX}{home.name} – {partner.name} ({Stage(stage).label})",
            summary="Demo-Partnerschaft zum Ausprobieren. Es gibt sie nicht.",
            summary_en="Demo partnership for trying the platform out. It does not exist.",
            actor=office,
            is_demo=True,
            started_on=begin,
        )
        for number, step in enumerate(path, start=1):
            services.stage_advance(
                partnership=partnership,
                to_stage=step,
                decided_on=begin + dt.timedelta(days=60 * number),
                actor=office,
                decided_by="Demo-Gremium",
                drucksache="DEMO" if step == Stage.AGREEMENT else "",
                note="Demo-Schritt.",
            )
        if stage in (Stage.ACTIVE, Stage.DORMANT):
            became_active = begin + dt.timedelta(days=60 * (path.index(Stage.ACTIVE) + 1))
            _activities(partnership, office, became_active, ahead=stage == Stage.ACTIVE)
    return [f"demo content added: {len(PATHS)} partnerships, one in each stage"]


@transaction.atomic
def demo_remove() -> None:
    Partnership.objects.filter(is_demo=True).delete()


PROVIDER = DemoProvider(name="partnerships", add=demo_add, remove=demo_remove)
