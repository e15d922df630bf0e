"""The role x action table of docs/permissions.md, one test per cell (more negative cells)."""

import datetime as dt

import pytest
from django.contrib.auth.models import AnonymousUser, Group
from django.utils import timezone

from bezirkspartner.forum.models import Meeting
from tests.forum.conftest import CommentFactory, ProposalFactory, SpaceFactory, UserFactory

pytestmark = pytest.mark.django_db
ROLES = ["anonymous", "inactive", "participant", "author", "moderator", "administration"]
TABLE = {
    # permission: the roles allowed; every other role is denied
    "forum.add_proposal": {"participant", "author", "moderator", "administration"},
    "forum.change_proposal": {"author", "administration"},
    "forum.withdraw_proposal": {"author"},
    "forum.change_status": {"administration"},
    "forum.support_proposal": {"participant", "moderator", "administration"},
    "forum.add_comment": {"participant", "author", "moderator", "administration"},
}


def actor(kind, *, owner):
    if kind == "anonymous":
        return AnonymousUser()
    if kind == "author":
        return owner
    if kind == "inactive":
        return UserFactory(is_active=False)
    if kind == "administration":
        return UserFactory(role="administration")
    if kind == "moderator":
        person = UserFactory()
        person.groups.add(Group.objects.get_or_create(name="moderators")[0])
        return person
    return UserFactory()  # "participant": signed in, not the author


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("permission", sorted(TABLE))
def test_permission_matrix_for_proposals(permission, role):
    owner = UserFactory()
    proposal = ProposalFactory(author=owner)
    target = proposal.space if permission == "forum.add_proposal" else proposal
    assert actor(role, owner=owner).has_perm(permission, target) is (role in TABLE[permission])


@pytest.mark.parametrize("role", ROLES)
def test_nobody_proposes_in_a_closed_space(role):
    space = SpaceFactory(is_open=False)
    assert not actor(role, owner=UserFactory()).has_perm("forum.add_proposal", space)


@pytest.mark.parametrize("role", ROLES)
def test_closed_proposals_take_no_support_comments_or_withdrawal(role):
    owner = UserFactory()
    proposal = ProposalFactory(author=owner, status="adopted")
    who = actor(role, owner=owner)
    assert not who.has_perm("forum.support_proposal", proposal)
    assert not who.has_perm("forum.add_comment", proposal)
    assert not who.has_perm("forum.withdraw_proposal", proposal)


@pytest.mark.parametrize("role", ROLES)
def test_comment_edit_only_by_author_within_15_minutes(role):
    owner = UserFactory()
    comment = CommentFactory(author=owner)
    assert actor(role, owner=owner).has_perm("comments.change_comment", comment) is (
        role == "author"
    )
    comment.created_at = timezone.now() - dt.timedelta(minutes=16)
    assert not actor(role, owner=owner).has_perm("comments.change_comment", comment)


@pytest.mark.parametrize("role", ROLES)
def test_comment_delete_by_author_or_moderator(role):
    owner = UserFactory()
    comment = CommentFactory(author=owner)
    allowed = role in {"author", "moderator"}
    assert actor(role, owner=owner).has_perm("comments.delete_comment", comment) is allowed
    comment.deleted = True
    assert not actor(role, owner=owner).has_perm("comments.delete_comment", comment)


@pytest.mark.parametrize("role", ROLES)
def test_only_administration_adds_spaces(role):
    who = actor(role, owner=UserFactory())
    assert who.has_perm("forum.add_space") is (role == "administration")


@pytest.mark.parametrize("role", ROLES)
def test_only_administration_runs_meetings(role):
    who = actor(role, owner=UserFactory())
    assert who.has_perm("forum.manage_meetings") is (role == "administration")


@pytest.mark.parametrize("role", ROLES)
def test_registration_for_meetings_still_ahead(role):
    start = timezone.now() + dt.timedelta(days=1)
    ahead = Meeting(title="x", starts_at=start, ends_at=start + dt.timedelta(hours=2))
    over = Meeting(
        title="x", starts_at=start - dt.timedelta(days=3), ends_at=start - dt.timedelta(days=2)
    )
    who = actor(role, owner=UserFactory())
    assert who.has_perm("forum.register_meeting", ahead) is (role not in ("anonymous", "inactive"))
    assert not who.has_perm("forum.register_meeting", over)
