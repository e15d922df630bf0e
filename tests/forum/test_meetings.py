import datetime as dt

import pytest
from django.utils import timezone

from bezirkspartner.forum import meetings
from bezirkspartner.forum.models import AgendaItem, Meeting
from tests.forum.conftest import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def meeting(proposal):
    start = timezone.now() + dt.timedelta(days=7)
    item = Meeting.objects.create(
        title="Forumssitzung; Wohnen, Wien",
        starts_at=start,
        ends_at=start + dt.timedelta(hours=2),
        place="Rathaus Harburg, Harburger Rathausplatz 1",
        capacity=2,
        description="Erste Sitzung des Forums.",
    )
    AgendaItem.objects.create(
        meeting=item, position=1, title="Vorschlag beraten", proposal=proposal
    )
    return item


def test_capacity_and_waiting_list_move_up(meeting):
    first, second, third = UserFactory(), UserFactory(), UserFactory()
    assert meetings.registration_create(meeting=meeting, user=first) == "confirmed"
    assert meetings.registration_create(meeting=meeting, user=second) == "confirmed"
    assert meetings.registration_create(meeting=meeting, user=third) == "waiting"
    assert meetings.registration_place(meeting=meeting, user=third) == ("waiting", 1)
    meetings.registration_cancel(meeting=meeting, user=first)
    assert meetings.registration_place(meeting=meeting, user=third) == ("confirmed", None)
    assert meetings.seats_left(meeting) == 0


def test_registering_twice_is_harmless(meeting, user):
    meetings.registration_create(meeting=meeting, user=user)
    meetings.registration_create(meeting=meeting, user=user)
    assert meeting.registrations.count() == 1


def test_past_meetings_take_no_registrations(meeting, user):
    meeting.starts_at = timezone.now() - dt.timedelta(days=2)
    meeting.ends_at = timezone.now() - dt.timedelta(days=2) + dt.timedelta(hours=1)
    meeting.save()
    with pytest.raises(ValueError):
        meetings.registration_create(meeting=meeting, user=user)


def test_ical_per_meeting_and_feed(client, meeting):
    body = client.get(f"/forum/sitzungen/{meeting.pk}.ics").content.decode()
    assert body.startswith("BEGIN:VCALENDAR\r\n") and body.endswith("END:VCALENDAR\r\n")
    assert "SUMMARY:Forumssitzung\\; Wohnen\\, Wien" in body
    assert f"/forum/sitzungen/{meeting.pk}/" in body
    assert all(len(line.encode()) <= 75 for line in body.split("\r\n"))
    feed = client.get("/forum/sitzungen.ics")
    assert feed["Content-Type"].startswith("text/calendar")
    assert feed.content.decode().count("BEGIN:VEVENT") == 1


def test_meeting_page_and_registration_through_the_page(client, meeting, user):
    html = client.get(meeting.get_absolute_url()).content.decode()
    assert "Vorschlag beraten" in html and "2 von 2 frei" in html
    client.force_login(user)
    client.post(f"/forum/sitzungen/{meeting.pk}/anmelden/", {"action": "register"})
    assert "Sie sind angemeldet." in client.get(meeting.get_absolute_url()).content.decode()
    client.post(f"/forum/sitzungen/{meeting.pk}/anmelden/", {"action": "cancel"})
    assert meeting.registrations.count() == 0
