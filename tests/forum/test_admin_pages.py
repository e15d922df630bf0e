"""Administration users create, edit and close spaces and run meetings inside the forum."""

import pytest
from django.urls import reverse

from bezirkspartner.core.models import AuditEntry
from bezirkspartner.forum import meetings
from bezirkspartner.forum.models import Meeting, Space
from tests.forum.conftest import HOSTILE, UserFactory

pytestmark = pytest.mark.django_db


def space_data(**changes):
    data = {
        "title_de": f"Partnerschaft Harburg–Floridsdorf {HOSTILE}",
        "title_en": "Partnership Harburg–Floridsdorf",
        "description_de": "Austausch zu Wohnungsbau.",
        "description_en": "",
        "theme": "",
        "partner_name": "",
        "is_open": "on",
    }
    return data | changes


def meeting_data(**changes):
    data = {
        "title": f"Erste Forumssitzung {HOSTILE}",
        "starts_at": "2031-03-04T18:00",
        "ends_at": "2031-03-04T20:00",
        "place": "Rathaus Harburg",
        "online_url": "",
        "capacity": "30",
        "description": "",
        "minutes": "",
        "agenda-TOTAL_FORMS": "3",
        "agenda-INITIAL_FORMS": "0",
        "agenda-MIN_NUM_FORMS": "0",
        "agenda-MAX_NUM_FORMS": "1000",
        "agenda-0-position": "1",
        "agenda-0-title": "Begrüßung",
        "agenda-0-proposal": "",
        "agenda-1-position": "2",
        "agenda-1-title": "",
        "agenda-1-proposal": "",
        "agenda-2-position": "3",
        "agenda-2-title": "",
        "agenda-2-proposal": "",
    }
    return data | changes


@pytest.mark.parametrize("url_name", ["forum:space_create", "forum:meeting_create"])
def test_participants_and_moderators_cannot_open_the_forms(client, user, moderator, url_name):
    assert client.get(reverse(url_name)).status_code == 302  # to the login
    for person in (user, moderator):
        client.force_login(person)
        assert client.get(reverse(url_name)).status_code == 403
        assert client.post(reverse(url_name), space_data() | meeting_data()).status_code == 403
    assert not Space.objects.exists() and not Meeting.objects.exists()


def test_administration_creates_a_space_with_a_unique_slug_and_an_audit_entry(client, admin_user):
    client.force_login(admin_user)
    first = client.post(reverse("forum:space_create"), space_data())
    second = client.post(reverse("forum:space_create"), space_data())
    slugs = sorted(Space.objects.values_list("slug", flat=True))
    assert len(slugs) == 2 and slugs[1] == slugs[0] + "-2"
    assert first.status_code == second.status_code == 302
    page = client.get(first.url)
    assert HOSTILE not in page.content.decode() and "&lt;script&gt;" in page.content.decode()
    actions = list(AuditEntry.objects.values_list("action", flat=True))
    assert actions == ["space_create", "space_create"]


def test_closing_a_space_is_audited_and_stops_new_proposals(client, admin_user, user):
    client.force_login(admin_user)
    client.post(reverse("forum:space_create"), space_data())
    space = Space.objects.get()
    data = space_data(title_de=space.title_de)
    del data["is_open"]
    response = client.post(reverse("forum:space_edit", args=[space.slug]), data)
    assert response.status_code == 302
    space.refresh_from_db()
    assert not space.is_open
    assert AuditEntry.objects.filter(action="space_close", target_id=space.pk).exists()
    assert not user.has_perm("forum.add_proposal", space)


def test_an_unknown_partner_district_keeps_what_was_typed(client, admin_user):
    client.force_login(admin_user)
    response = client.post(reverse("forum:space_create"), space_data(partner_name="Atlantis"))
    assert response.status_code == 200
    body = response.content.decode()
    assert "Atlantis" in body and "Partnerschaft Harburg" in body
    assert 'aria-invalid="true"' in body
    assert not Space.objects.exists()


def test_administration_plans_a_meeting_with_agenda(client, admin_user, proposal):
    client.force_login(admin_user)
    data = meeting_data(**{"agenda-1-title": "Vorschlag beraten", "agenda-1-proposal": proposal.pk})
    response = client.post(reverse("forum:meeting_create"), data)
    assert response.status_code == 302
    meeting = Meeting.objects.get()
    assert [(i.position, i.title, i.proposal_id) for i in meeting.agenda.all()] == [
        (1, "Begrüßung", None),
        (2, "Vorschlag beraten", proposal.pk),
    ]
    assert meeting.capacity == 30
    assert AuditEntry.objects.filter(action="meeting_create", target_id=meeting.pk).exists()


def test_minutes_are_added_afterwards_and_items_removed(client, admin_user):
    client.force_login(admin_user)
    client.post(reverse("forum:meeting_create"), meeting_data())
    meeting = Meeting.objects.get()
    item = meeting.agenda.get()
    data = meeting_data(
        minutes="### Ergebnis\n\nDer Vorschlag geht in den Ausschuss.",
        **{
            "agenda-INITIAL_FORMS": "1",
            "agenda-0-id": str(item.pk),
            "agenda-0-meeting": str(meeting.pk),
            "agenda-0-DELETE": "on",
        },
    )
    response = client.post(reverse("forum:meeting_edit", args=[meeting.pk]), data)
    assert response.status_code == 302
    meeting.refresh_from_db()
    assert "Ausschuss" in meeting.minutes and not meeting.agenda.exists()
    page = client.get(meeting.get_absolute_url()).content.decode()
    assert "<h3>Ergebnis</h3>" in page


@pytest.mark.parametrize(
    "changes,field",
    [
        ({"ends_at": "2031-03-04T17:00"}, "ends_at"),
        ({"place": "", "online_url": ""}, "place"),
        ({"starts_at": "morgen"}, "starts_at"),
    ],
)
def test_bad_meeting_input_is_explained_and_kept(client, admin_user, changes, field):
    client.force_login(admin_user)
    response = client.post(reverse("forum:meeting_create"), meeting_data(**changes))
    assert response.status_code == 200
    assert field in response.context["form"].errors
    assert "Erste Forumssitzung" in response.content.decode()
    assert not Meeting.objects.exists()


def test_only_administration_sees_who_registered(client, admin_user, user):
    client.force_login(admin_user)
    client.post(reverse("forum:meeting_create"), meeting_data(capacity="1"))
    meeting = Meeting.objects.get()
    late = UserFactory(display_name="Spät Angemeldet")
    for person in (user, late):
        client.force_login(person)
        client.post(reverse("forum:register", args=[meeting.pk]), {"action": "register"})
    client.force_login(user)
    page = client.get(meeting.get_absolute_url()).content.decode()
    assert "Spät Angemeldet" not in page
    client.force_login(admin_user)
    page = client.get(meeting.get_absolute_url()).content.decode()
    assert "Spät Angemeldet" in page
    entries = meetings.registration_list(meeting)
    assert [(e.user, e.waiting) for e in entries] == [(user, False), (late, True)]
