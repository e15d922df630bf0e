import datetime as dt

import pytest
from django.utils import timezone

from bezirkspartner.accounts.models import User
from tests.forum.conftest import HOSTILE, UserFactory

PDF_BYTES = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
PNG_BYTES = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
    b"\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\xff\xff?\x00\x05\xfe\x02\xfe\xa7\x35\x81\x84"
    b"\x00\x00\x00\x00IEND\xaeB`\x82"
)


@pytest.fixture(autouse=True)
def _media_in_tmp(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def administration(db):
    return UserFactory(role=User.Role.ADMINISTRATION)


@pytest.fixture
def districts(knowledge_base):
    from bezirkspartner.atlas.models import District

    return District.objects.get(name="Harburg"), District.objects.get(name="Floridsdorf")


@pytest.fixture
def partnership(districts, administration):
    from bezirkspartner.partnerships import services

    home, partner = districts
    return services.partnership_create(
        home=home,
        partner=partner,
        title=f"Harburg – Floridsdorf {HOSTILE}",
        summary=f"Austausch zum Wohnungsbau {HOSTILE}",
        summary_en="Exchange on housing",
        actor=administration,
    )


@pytest.fixture
def guest(partnership, administration):
    """A person of the partner district who accepted an invitation."""
    from bezirkspartner.partnerships import services

    services.invitation_send(
        partnership=partnership, email="gast@example.org", name="Gast", actor=administration
    )
    from django.core import mail

    token = mail.outbox[-1].body.split("/einladung/")[1].split("/")[0]
    user, _ = services.invitation_accept(token=token, password="ein-langes-Passwort-42")
    return user


def activity_fields(**overrides):
    start = timezone.now() + dt.timedelta(days=10)
    fields = {
        "kind": "visit",
        "title": f"Besuch in Floridsdorf {HOSTILE}",
        "starts_at": start,
        "ends_at": start + dt.timedelta(days=2),
        "place": "Floridsdorf",
        "groups": ["administration", "initiatives"],
        "participant_count": 8,
    }
    fields.update(overrides)
    return fields


@pytest.fixture
def pdf_renderer():
    from tests.dossiers.conftest import pdf_renderer as dossier_pdf_renderer

    return dossier_pdf_renderer.__wrapped__()
