"""Partner-district guests: invited by e-mail, an English guest account, one workspace only."""

import datetime as dt
import re

import pytest
from django.core import mail
from django.utils import timezone

from bezirkspartner.partnerships import services
from bezirkspartner.partnerships.models import Invitation
from tests.forum.conftest import UserFactory

pytestmark = pytest.mark.django_db


def _invite(client, partnership, administration, email="gast@example.org"):
    client.force_login(administration)
    response = client.post(
        f"/partnerschaften/{partnership.pk}/einladen/", {"name": "Eva Gast", "email": email}
    )
    client.logout()
    assert response.status_code == 302
    return re.search(r"http://\S+/en/partnerschaften/einladung/(\S+)/", mail.outbox[-1].body)


def test_the_invitation_mail_is_english_and_only_a_hash_is_stored(
    client, partnership, administration
):
    match = _invite(client, partnership, administration)
    message = mail.outbox[-1]
    assert message.to == ["gast@example.org"]
    assert "You are invited" in message.body or "you are invited" in message.body
    assert "Invitation to the partnership workspace" in message.subject
    token = match.group(1)
    invitation = Invitation.objects.get()
    assert token not in invitation.token_hash and invitation.token_hash == services.token_hash(
        token
    )


def test_accepting_creates_an_english_guest_account_that_lands_in_the_workspace(
    client, partnership, administration
):
    token = _invite(client, partnership, administration).group(1)
    page = client.get(f"/en/partnerschaften/einladung/{token}/")
    assert page.status_code == 200 and "Join the partnership workspace" in page.content.decode()
    response = client.post(
        f"/en/partnerschaften/einladung/{token}/",
        {"password1": "ein-langes-Passwort-42", "password2": "ein-langes-Passwort-42"},
    )
    assert response.status_code == 302
    assert response["Location"] == f"/en/partnerschaften/{partnership.pk}/arbeitsraum/"
    invitation = Invitation.objects.get()
    guest = invitation.guest
    assert (guest.role, guest.preferred_language, guest.display_name) == (
        "partner",
        "en",
        "Eva Gast",
    )
    assert guest.emailaddress_set.get().verified
    workspace = client.get(response["Location"]).content.decode()
    assert "Workspace" in workspace and "Exchange on housing" in workspace
    again = client.post(
        f"/en/partnerschaften/einladung/{token}/",
        {"password1": "ein-langes-Passwort-42", "password2": "ein-langes-Passwort-42"},
    )
    assert again.status_code == 410


def test_a_weak_password_is_refused_and_nothing_is_created(client, partnership, administration):
    token = _invite(client, partnership, administration).group(1)
    response = client.post(
        f"/en/partnerschaften/einladung/{token}/", {"password1": "123", "password2": "123"}
    )
    assert response.status_code == 200 and 'role="alert"' in response.content.decode()
    assert Invitation.objects.get().guest is None


def test_expired_and_unknown_links_say_so(client, partnership, administration):
    token = _invite(client, partnership, administration).group(1)
    Invitation.objects.update(expires_at=timezone.now() - dt.timedelta(minutes=1))
    assert client.get(f"/en/partnerschaften/einladung/{token}/").status_code == 410
    assert client.get("/en/partnerschaften/einladung/nonsense/").status_code == 410


def test_an_existing_account_signs_in_first_then_joins(client, partnership, administration):
    person = UserFactory(email="gast@example.org")
    token = _invite(client, partnership, administration).group(1)
    refused = client.post(
        f"/en/partnerschaften/einladung/{token}/",
        {"password1": "ein-langes-Passwort-42", "password2": "ein-langes-Passwort-42"},
    )
    assert refused.status_code == 410
    client.force_login(person)
    assert client.post(f"/en/partnerschaften/einladung/{token}/").status_code == 302
    assert person.has_perm("partnerships.view_workspace", partnership)


def test_a_guest_comments_and_plans_in_its_own_workspace(client, partnership, guest):
    client.force_login(guest)
    base = f"/en/partnerschaften/{partnership.pk}"
    response = client.post(
        f"/en/kommentare/neu/partnerschaft/{partnership.pk}/",
        {"body": "Looking forward!", "language": "en"},
    )
    assert response.status_code == 302
    assert response["Location"].startswith(f"{base}/arbeitsraum/#kommentar-")
    comment = partnership.comments.get()
    assert (comment.author, comment.language) == (guest, "en")
    page = client.get(f"{base}/arbeitsraum/").content.decode()
    assert "Looking forward!" in page and 'lang="en"' in page
    response = client.post(
        f"{base}/aktivitaet/neu/",
        {
            "kind": "online",
            "title": "Kick-off call",
            "starts_at": "2027-01-20T15:00",
            "ends_at": "2027-01-20T16:00",
            "language": "en",
            "groups": ["partner", "administration"],
        },
    )
    assert response.status_code == 302, response.context["form"].errors
    assert partnership.activities.get().planned_by == guest


def test_the_guest_never_sees_another_partnerships_workspace(
    client, districts, partnership, guest, administration
):
    home, _partner = districts
    other = services.partnership_create(
        home=home,
        partner=home.city.districts.exclude(pk=home.pk).first(),
        title="Andere Partnerschaft",
        actor=administration,
    )
    client.force_login(guest)
    assert client.get(f"/en/partnerschaften/{other.pk}/arbeitsraum/").status_code == 403
    assert client.get(f"/en/partnerschaften/{other.pk}/aktivitaet/neu/").status_code == 403
    assert client.post(f"/en/partnerschaften/{other.pk}/einladen/", {}).status_code == 403
    listing = client.get("/en/partnerschaften/").content.decode()
    assert f"/en/partnerschaften/{partnership.pk}/arbeitsraum/" in listing
    assert f"/en/partnerschaften/{other.pk}/arbeitsraum/" not in listing


def test_the_api_lets_a_guest_plan_and_refuses_others(client, partnership, guest):
    payload = {
        "kind": "online",
        "title": "Follow-up",
        "starts_at": "2027-02-01T10:00:00+01:00",
        "ends_at": "2027-02-01T11:00:00+01:00",
        "groups": ["partner"],
    }
    url = f"/api/home-partnerships/{partnership.pk}/activities"
    assert client.post(url, payload, content_type="application/json").status_code in (401, 403)
    client.force_login(UserFactory())
    assert client.post(url, payload, content_type="application/json").status_code == 403
    client.force_login(guest)
    response = client.post(url, payload, content_type="application/json")
    assert response.status_code == 201, response.content
    assert response.json()["title"] == "Follow-up"
    bad = client.post(url, {**payload, "groups": ["aliens"]}, content_type="application/json")
    assert bad.status_code == 422
    detail = client.get(f"/api/home-partnerships/{partnership.pk}").json()
    assert detail["activities"][0]["title"] == "Follow-up"
    assert guest.email not in str(detail)


def test_openapi_describes_the_partnership_endpoints(client, db):
    spec = client.get("/api/openapi.json").json()
    paths = spec["paths"]
    assert "/api/home-partnerships" in paths and "/api/home-partnerships/{partnership_id}" in paths
    assert "post" in paths["/api/home-partnerships/{partnership_id}/activities"]
