"""DSGVO: what a person holds in the partnerships part is exported and erased."""

import json

import pytest
from django.core import mail

from bezirkspartner.comments import services as comment_services
from bezirkspartner.comments.models import Comment
from bezirkspartner.core.models import AuditEntry
from bezirkspartner.core.personal_data import export_all, registered
from bezirkspartner.partnerships import services
from bezirkspartner.partnerships.models import Activity, Invitation
from tests.partnerships.conftest import activity_fields

pytestmark = pytest.mark.django_db


@pytest.fixture
def guest_with_traces(partnership, guest):
    comment_services.comment_create(
        target=partnership, author=guest, body="Hello from Vienna", language="en"
    )
    services.activity_plan(
        partnership=partnership, actor=guest, **activity_fields(title="Guest's plan")
    )
    return guest


def test_the_export_holds_the_guests_invitation_comments_and_plans(guest_with_traces, partnership):
    data = services.export_personal_data(guest_with_traces)
    json.dumps(data)  # JSON-ready
    assert data["invitations"][0]["email"] == "gast@example.org"
    assert data["invitations"][0]["partnership"] == partnership.pk
    comments = export_all(guest_with_traces)["comments"]  # the comments app's section
    assert [(c["target"], c["body"], c["language"]) for c in comments] == [
        ("partnership", "Hello from Vienna", "en")
    ]
    assert data["activities_planned"][0]["title"] == "Guest's plan"


def test_the_export_of_an_uninvolved_person_is_empty(django_user_model):
    person = django_user_model.objects.create_user(email="x@example.org", password="x" * 12)
    assert all(value == [] for value in services.export_personal_data(person).values())


def test_erasure_removes_the_person_and_keeps_the_partnerships_record(
    guest_with_traces, partnership, administration
):
    services.invitation_send(
        partnership=partnership, email="gast@example.org", name="Again", actor=administration
    )
    services.erase_personal_data(guest_with_traces)
    erase_comments = next(s for s in registered() if s.section == "comments").erase
    erase_comments(guest_with_traces)
    assert not Invitation.objects.filter(email="gast@example.org").exists()
    comment = Comment.objects.get()
    assert comment.author is None and comment.body == "Hello from Vienna"
    assert Activity.objects.get(title="Guest's plan").planned_by is None
    assert all(value == [] for value in services.export_personal_data(guest_with_traces).values())
    assert not guest_with_traces.has_perm("partnerships.view_workspace", partnership)


def test_erasing_an_administrator_keeps_the_audit_trail_of_the_partnership(
    partnership, administration
):
    services.erase_personal_data(administration)
    partnership.refresh_from_db()
    assert partnership.created_by is None and partnership.steps.get().actor is None
    assert AuditEntry.objects.filter(action="partnership_create").exists()


def test_no_personal_data_in_the_feed_calendar_or_api(client, guest_with_traces, partnership):
    for path in (
        f"/partnerschaften/{partnership.pk}/feed.atom",
        f"/partnerschaften/{partnership.pk}/aktivitaeten.ics",
        f"/api/home-partnerships/{partnership.pk}",
    ):
        body = client.get(path).content.decode()
        assert "gast@example.org" not in body and "Gast" not in body, path
    assert mail.outbox  # the invitation went by e-mail, not through any public channel


def test_the_listed_relations_are_every_relation_to_the_user_model():
    from django.apps import apps
    from django.contrib.auth import get_user_model

    found = {
        f"partnerships.{model.__name__}.{field.name}"
        for model in apps.get_app_config("partnerships").get_models()
        for field in model._meta.get_fields()
        if field.is_relation and field.concrete and field.related_model is get_user_model()
    }
    assert found == set(services.PERSONAL_DATA_RELATIONS)


def test_the_administrator_export_says_what_was_created_and_sent(partnership, administration):
    services.invitation_send(
        partnership=partnership, email="x@example.org", name="X", actor=administration
    )
    data = services.export_personal_data(administration)
    assert data["partnerships_created"][0]["id"] == partnership.pk
    assert data["invitations_sent"] == [
        {"partnership": partnership.pk, "invited_at": data["invitations_sent"][0]["invited_at"]}
    ]
    assert "x@example.org" not in json.dumps(data)
