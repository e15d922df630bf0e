import datetime as dt
import json

import pytest
from allauth.account.models import EmailAddress
from django.core.management import call_command
from django.utils import timezone

from bezirkspartner.accounts.models import User
from bezirkspartner.comments.models import Comment
from bezirkspartner.forum.models import Proposal
from tests.forum.conftest import CommentFactory, ProposalFactory, UserFactory

pytestmark = pytest.mark.django_db
PASSWORD = "ein-langes-passwort-42"


def person():
    user = UserFactory(email="p@example.org", display_name="Pia")
    user.set_password(PASSWORD)
    user.save()
    return user


def test_export_contains_everything_written(client):
    user = person()
    proposal = ProposalFactory(author=user, title="Mein Vorschlag")
    CommentFactory(author=user, target=proposal, body="Mein Kommentar")
    client.force_login(user)
    response = client.post("/konto/profil/daten/")
    data = json.loads(response.content)
    assert response["Content-Disposition"].startswith("attachment")
    assert data["account"]["email"] == "p@example.org"
    assert data["proposals"][0]["title"] == "Mein Vorschlag"
    assert data["comments"][0]["body"] == "Mein Kommentar"


def test_export_needs_post_and_sign_in(client):
    assert client.post("/konto/profil/daten/").status_code == 302
    client.force_login(person())
    assert client.get("/konto/profil/daten/").status_code == 405


def test_deletion_needs_the_password_and_anonymises(client):
    user = person()
    proposal = ProposalFactory(author=user)
    comment = CommentFactory(author=user, target=proposal)
    client.force_login(user)
    wrong = client.post("/konto/profil/loeschen/", {"password": "falsch"})
    assert wrong.status_code == 200 and User.objects.filter(pk=user.pk).exists()
    client.post("/konto/profil/loeschen/", {"password": PASSWORD})
    assert not User.objects.filter(pk=user.pk).exists()
    assert Proposal.objects.get(pk=proposal.pk).author is None
    assert Comment.objects.get(pk=comment.pk).author is None
    page = client.get(proposal.get_absolute_url()).content.decode()
    assert "gelöschtes Konto" in page and "Pia" not in page


def test_purge_removes_only_old_unverified_accounts():
    old = UserFactory(email="old@example.org")
    User.objects.filter(pk=old.pk).update(date_joined=timezone.now() - dt.timedelta(days=20))
    verified = UserFactory(email="ok@example.org")
    User.objects.filter(pk=verified.pk).update(date_joined=timezone.now() - dt.timedelta(days=20))
    EmailAddress.objects.create(user=verified, email=verified.email, verified=True, primary=True)
    fresh = UserFactory(email="new@example.org")
    call_command("purge_unverified", days=14)
    remaining = set(User.objects.values_list("email", flat=True))
    assert remaining == {verified.email, fresh.email}
