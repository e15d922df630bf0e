"""The partnership rows of docs/permissions.md, one test per cell (more negative cells)."""

import pytest
from django.contrib.auth.models import AnonymousUser

from bezirkspartner.partnerships import services
from tests.forum.test_rules import actor
from tests.partnerships.conftest import activity_fields

pytestmark = pytest.mark.django_db
ROLES = [
    "anonymous",
    "inactive",
    "participant",
    "moderator",
    "guest",
    "other_guest",
    "administration",
]
TABLE = {
    "partnerships.add_partnership": {"administration"},
    "partnerships.change_partnership": {"administration"},
    "partnerships.invite_guest": {"administration"},
    "partnerships.view_workspace": {"guest", "administration"},
    "partnerships.comment": {"guest", "administration"},
    "partnerships.plan_activity": {"guest", "administration"},
    "partnerships.record_expense": {"administration"},
    "partnerships.add_photo": {"administration"},
}


@pytest.fixture
def other_guest(districts, administration, guest):
    """A guest of a different partnership."""
    from django.core import mail

    home, _partner = districts
    other = services.partnership_create(
        home=home,
        partner=home.city.districts.exclude(pk=home.pk).first(),
        title="Andere",
        actor=administration,
    )
    services.invitation_send(
        partnership=other, email="andere@example.org", name="Other", actor=administration
    )
    token = mail.outbox[-1].body.split("/einladung/")[1].split("/")[0]
    return services.invitation_accept(token=token, password="ein-langes-Passwort-43")[0]


def who(role, request):
    if role == "guest":
        return request.getfixturevalue("guest")
    if role == "other_guest":
        return request.getfixturevalue("other_guest")
    return actor(role, owner=None)


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("permission", sorted(TABLE))
def test_permission_matrix_for_partnerships(request, partnership, permission, role):
    person = who(role, request)
    target = None if permission == "partnerships.add_partnership" else partnership
    assert person.has_perm(permission, target) is (role in TABLE[permission])


@pytest.mark.parametrize("role", ROLES)
def test_activities_are_changed_by_the_administration_and_the_guest_who_planned_them(
    request, partnership, administration, role
):
    guest = request.getfixturevalue("guest")
    by_guest = services.activity_plan(partnership=partnership, actor=guest, **activity_fields())
    by_office = services.activity_plan(
        partnership=partnership, actor=administration, **activity_fields()
    )
    person = guest if role == "guest" else who(role, request)
    assert person.has_perm("partnerships.change_activity", by_guest) is (
        role in {"guest", "administration"}
    )
    assert person.has_perm("partnerships.change_activity", by_office) is (role == "administration")


@pytest.mark.parametrize("role", ROLES)
def test_an_ended_partnership_takes_no_comments_plans_or_invitations(
    request, partnership, administration, role
):
    from django.utils import timezone

    person = who(role, request)
    services.stage_advance(
        partnership=partnership,
        to_stage="ended",
        decided_on=timezone.localdate(),
        actor=administration,
    )
    for permission in ("comment", "plan_activity", "invite_guest"):
        assert not person.has_perm(f"partnerships.{permission}", partnership)


def test_a_blocked_guest_loses_the_workspace(partnership, guest):
    guest.is_active = False
    assert not guest.has_perm("partnerships.view_workspace", partnership)
    assert not AnonymousUser().has_perm("partnerships.view_workspace", partnership)


@pytest.mark.parametrize("role", ROLES)
def test_everybody_reads_partnerships_activities_budget_report_and_feeds(
    client, request, partnership, administration, role
):
    activity = services.activity_plan(
        partnership=partnership, actor=administration, **activity_fields()
    )
    person = who(role, request)
    if role != "anonymous":
        client.force_login(person)
    base = f"/partnerschaften/{partnership.pk}"
    for path in (
        "/partnerschaften/",
        f"{base}/",
        f"{base}/aktivitaet/{activity.pk}/",
        f"{base}/budget/",
        f"{base}/budget.csv",
        f"{base}/jahresbericht/{activity.starts_at.year}/",
        f"{base}/feed.atom",
        f"{base}/aktivitaeten.ics",
        f"/api/home-partnerships/{partnership.pk}",
    ):
        assert client.get(path).status_code == 200, path


@pytest.mark.parametrize("role", ROLES)
def test_the_workspace_page_is_only_for_members(client, request, partnership, role):
    person = who(role, request)
    if role != "anonymous":
        client.force_login(person)
    response = client.get(f"/partnerschaften/{partnership.pk}/arbeitsraum/")
    if role in TABLE["partnerships.view_workspace"]:
        assert response.status_code == 200
    elif role in {"anonymous", "inactive"}:  # an inactive account is not signed in
        assert response.status_code == 302
    else:
        assert response.status_code == 403
