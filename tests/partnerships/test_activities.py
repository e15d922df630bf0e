"""Activities: planning through the page, calendar and feed, costs, photos only with consent."""

import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from bezirkspartner.core.models import AuditEntry
from bezirkspartner.partnerships import services
from bezirkspartner.partnerships.models import Activity, Photo
from tests.forum.conftest import HOSTILE
from tests.partnerships.conftest import PNG_BYTES, activity_fields

pytestmark = pytest.mark.django_db


@pytest.fixture
def activity(partnership, administration):
    return services.activity_plan(
        partnership=partnership,
        actor=administration,
        **activity_fields(description=f"Fachgespräche; Wohnungsbau, Quartiere {HOSTILE}"),
    )


def test_planning_an_activity_through_the_page(client, partnership, administration):
    client.force_login(administration)
    url = f"/partnerschaften/{partnership.pk}/aktivitaet/neu/"
    assert client.get(url).status_code == 200
    response = client.post(
        url,
        {
            "kind": "online",
            "title": "Videokonferenz",
            "starts_at": "2027-02-01T10:00",
            "ends_at": "2027-02-01T11:30",
            "language": "de",
            "groups": ["administration", "partner"],
            "participant_count": "6",
        },
    )
    activity = Activity.objects.get()
    assert response.status_code == 302 and response["Location"] == activity.get_absolute_url()
    assert activity.groups == ["administration", "partner"]
    assert activity.planned_by == administration
    assert AuditEntry.objects.filter(action="activity_plan").exists()


def test_an_activity_cannot_end_before_it_starts(client, partnership, administration):
    client.force_login(administration)
    response = client.post(
        f"/partnerschaften/{partnership.pk}/aktivitaet/neu/",
        {
            "kind": "visit",
            "title": "Besuch",
            "starts_at": "2027-02-02T10:00",
            "ends_at": "2027-02-01T10:00",
            "language": "de",
        },
    )
    assert response.status_code == 200 and 'role="alert"' in response.content.decode()
    assert not Activity.objects.exists()
    with pytest.raises(ValidationError):
        services.activity_plan(
            partnership=partnership,
            actor=administration,
            **activity_fields(ends_at=activity_fields()["starts_at"] - dt.timedelta(hours=1)),
        )


def test_unknown_participant_groups_are_refused(partnership, administration):
    with pytest.raises(ValidationError):
        services.activity_plan(
            partnership=partnership, actor=administration, **activity_fields(groups=["aliens"])
        )


def test_the_calendar_lists_every_activity_escaped_and_folded(client, partnership, activity):
    response = client.get(f"/partnerschaften/{partnership.pk}/aktivitaeten.ics")
    body = response.content.decode()
    assert response["Content-Type"].startswith("text/calendar")
    assert f"UID:partnership-activity-{activity.pk}@bezirkspartner" in body
    assert "Fachgespräche\\; Wohnungsbau\\, Quartiere" in body.replace("\r\n ", "")
    assert all(len(line.encode()) <= 75 for line in body.split("\r\n"))
    assert body.count("BEGIN:VEVENT") == 1


def test_the_atom_feed_carries_activities_without_personal_data(
    client, partnership, activity, administration
):
    body = client.get(f"/partnerschaften/{partnership.pk}/feed.atom").content.decode()
    assert "<feed" in body and "Besuch in Floridsdorf" in body
    assert administration.email not in body and "Person" not in body
    assert "<script>" not in body


def test_costs_are_recorded_per_activity(client, activity, administration):
    client.force_login(administration)
    url = f"/partnerschaften/{activity.partnership_id}/aktivitaet/{activity.pk}/kosten/"
    response = client.post(url, {"note": "Bahnfahrt", "amount_eur": "812.40", "staff_hours": "16"})
    assert response.status_code == 302
    expense = activity.expenses.get()
    assert (str(expense.amount_eur), str(expense.staff_hours)) == ("812.40", "16.0")
    bad = client.post(url, {"note": "Minus", "amount_eur": "-5", "staff_hours": "0"})
    assert bad.status_code == 400 and activity.expenses.count() == 1


def test_a_photo_is_only_kept_with_recorded_consent(client, activity, administration):
    client.force_login(administration)
    url = f"/partnerschaften/{activity.partnership_id}/aktivitaet/{activity.pk}/foto/"
    without = client.post(
        url,
        {
            "image": SimpleUploadedFile("a.png", PNG_BYTES, "image/png"),
            "caption": "Gruppenbild",
            "consent_note": "",
        },
    )
    assert without.status_code == 400 and not Photo.objects.exists()
    with pytest.raises(ValidationError):
        services.photo_add(
            activity=activity,
            actor=administration,
            image=SimpleUploadedFile("a.png", PNG_BYTES, "image/png"),
            caption="x",
            consent_recorded=False,
            consent_note="mündlich",
        )
    ok = client.post(
        url,
        {
            "image": SimpleUploadedFile("a.png", PNG_BYTES, "image/png"),
            "caption": "Gruppenbild",
            "consent_recorded": "on",
            "consent_note": "Schriftliche Einwilligungen aller Abgebildeten liegen im Büro vor.",
        },
    )
    assert ok.status_code == 302
    photo = Photo.objects.get()
    served = client.get(f"{activity.get_absolute_url()}foto/{photo.pk}/")
    assert served["Content-Type"] == "image/png"


def test_an_svg_is_no_photo(activity, administration):
    with pytest.raises(ValidationError):
        services.photo_add(
            activity=activity,
            actor=administration,
            image=SimpleUploadedFile("a.svg", b"<svg onload='x'/>", "image/svg+xml"),
            caption="x",
            consent_recorded=True,
            consent_note="schriftlich",
        )


def test_a_nul_character_is_refused_before_the_database(partnership, administration):
    with pytest.raises(ValidationError):
        services.activity_plan(
            partnership=partnership, actor=administration, **activity_fields(title="a\x00b")
        )
