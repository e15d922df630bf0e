"""Data export and erasure cover every app: each registers its exporter and eraser."""

import datetime as dt
import json

import pytest
from allauth.account.models import EmailAddress
from django.apps import apps
from django.conf import settings
from django.utils import timezone

from bezirkspartner.accounts.models import User
from bezirkspartner.core import personal_data
from tests.forum.conftest import CommentFactory, ProposalFactory, UserFactory

PASSWORD = "ein-langes-passwort-42"


def user_relations() -> set[str]:
    """Every field of every installed model that points to the user model."""
    user_model = apps.get_model(settings.AUTH_USER_MODEL)
    return {
        f"{model._meta.label}.{field.name}"
        for model in apps.get_models()
        for field in model._meta.get_fields()
        if field.is_relation
        and not field.auto_created
        and field.related_model is user_model
        and model is not user_model
    }


def test_every_relation_to_the_user_model_has_an_exporter_and_an_eraser():
    relations = user_relations()
    assert "forum.Registration.user" in relations and "account.EmailAddress.user" in relations
    covered = personal_data.covered_relations()
    missing = sorted(relations - covered)
    assert not missing, f"no personal-data exporter/eraser registered for {missing}"
    for entry in personal_data.registered():
        assert callable(entry.export) and callable(entry.erase), entry.section


def test_a_relation_without_an_entry_is_reported():
    covered = personal_data.covered_relations()
    assert "forum.Registration.user" in covered
    assert "forum.Registration.nobody" not in covered


@pytest.fixture
def rich_user(db, knowledge_base):
    """A person who did a bit of everything on the platform."""
    from bezirkspartner.dossiers.models import Dossier
    from bezirkspartner.forum.models import Meeting, Registration, Support
    from bezirkspartner.knowledge.models import Practice
    from bezirkspartner.knowledge.services import practice_update
    from bezirkspartner.notifications.models import Notification
    from bezirkspartner.notifications.services import follow

    user = UserFactory(email="pia@example.org", display_name="Pia", email_notifications="daily")
    user.set_password(PASSWORD)
    user.save()
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    proposal = ProposalFactory(author=user, title="Mein Vorschlag")
    CommentFactory(author=user, target=proposal, body="Mein Kommentar")
    Support.objects.create(user=user, proposal=ProposalFactory())
    follow(user=user, target=proposal)
    Notification.objects.create(user=user, kind="comment", title="Neuer Kommentar", url="/x/")
    start = timezone.now() + dt.timedelta(days=3)
    meeting = Meeting.objects.create(
        title="Forumssitzung", starts_at=start, ends_at=start + dt.timedelta(hours=2)
    )
    Registration.objects.create(user=user, meeting=meeting)
    practice = Practice.objects.first()
    practice_update(practice=practice, changes={"title_de": "Neuer Titel"}, user=user)
    from bezirkspartner.atlas.models import District

    home, partner = District.objects.all()[:2]
    dossier = Dossier.objects.create(title="Dossier", home=home, partner=partner, created_by=user)
    CommentFactory(author=user, target=dossier, body="Mein Dossier-Kommentar")
    return user


@pytest.mark.django_db
def test_export_covers_every_app(client, rich_user):
    client.force_login(rich_user)
    data = json.loads(client.post("/konto/profil/daten/").content)
    assert data["account"]["email_notifications"] == "daily"  # the e-mail consent
    assert data["email_addresses"] == [
        {"email": "pia@example.org", "verified": True, "primary": True}
    ]
    assert [(c["target"], c["body"]) for c in data["comments"]] == [
        ("proposal", "Mein Kommentar"),
        ("dossier", "Mein Dossier-Kommentar"),
    ]
    assert data["dossiers_created"][0]["title"] == "Dossier"
    assert data["meeting_registrations"][0]["meeting"] == "Forumssitzung"
    assert data["follows"][0]["target"] == "forum.proposal"
    assert data["follows"][0]["name"]
    assert data["notifications"][0]["title"] == "Neuer Kommentar"
    assert data["practice_revisions"][0]["changed_fields"] == ["title_de"]
    assert data["supports"] and data["proposals"]


@pytest.mark.django_db
def test_erasure_leaves_nothing_that_points_to_the_person(client, rich_user):
    client.force_login(rich_user)
    client.post("/konto/profil/loeschen/", {"password": PASSWORD})
    assert not User.objects.filter(pk=rich_user.pk).exists()
    for relation in user_relations():
        label, field = relation.rsplit(".", 1)
        model = apps.get_model(label)
        assert not model.objects.filter(**{f"{field}_id": rich_user.pk}).exists(), relation
    from bezirkspartner.comments.models import Comment

    kept = Comment.objects.get(dossier__isnull=False)
    assert kept.body == "Mein Dossier-Kommentar" and kept.author is None  # stays, anonymous
