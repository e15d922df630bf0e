"""Who may do what with comments, by role (docs/permissions.md)."""

import pytest
from django.contrib.auth.models import AnonymousUser, Group

from bezirkspartner.comments.models import Comment
from tests.forum.conftest import CommentFactory, ProposalFactory, UserFactory

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "participant", "author", "moderator", "administration", "blocked"]


def actor(role: str, *, owner):
    if role == "anonymous":
        return AnonymousUser()
    if role == "author":
        return owner
    if role == "moderator":
        person = UserFactory()
        person.groups.add(Group.objects.get_or_create(name="moderators")[0])
        return person
    if role == "administration":
        return UserFactory(role="administration")
    if role == "blocked":
        return UserFactory(is_active=False)
    return UserFactory()


EXPECTED = {
    "comments.add_comment": {"participant", "author", "moderator", "administration"},
    "comments.change_comment": {"author"},
    "comments.delete_comment": {"author", "moderator"},
    "comments.report": {"participant", "moderator", "administration"},
    "comments.moderate": {"moderator"},
}


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("permission", sorted(EXPECTED))
def test_permission_table_on_a_proposals_thread(permission, role):
    owner = UserFactory()
    comment = CommentFactory(author=owner, target=ProposalFactory(author=owner))
    obj = comment.target if permission == "comments.add_comment" else comment
    if permission == "comments.moderate":
        obj = None
    assert actor(role, owner=owner).has_perm(permission, obj) is (role in EXPECTED[permission])


@pytest.mark.parametrize("role", ["participant", "moderator"])
def test_hidden_or_deleted_comments_cannot_be_reported(role):
    comment = CommentFactory()
    who = actor(role, owner=comment.author)
    assert who.has_perm("comments.report", comment)
    comment.hidden = True
    assert not who.has_perm("comments.report", comment)
    comment.hidden, comment.deleted = False, True
    assert not who.has_perm("comments.report", comment)


def test_the_target_app_decides_where_comments_are_taken(partnership, guest, administration):
    stranger = UserFactory()
    assert guest.has_perm("comments.add_comment", partnership)
    assert administration.has_perm("comments.add_comment", partnership)
    assert not stranger.has_perm("comments.view_thread", partnership)
    assert not stranger.has_perm("comments.add_comment", partnership)
    comment = Comment.objects.create(target=partnership, author=guest, body="Hello")
    assert administration.has_perm("comments.report", comment)
    assert not stranger.has_perm("comments.report", comment)
    partnership.stage = "ended"
    assert not guest.has_perm("comments.add_comment", partnership)
    assert guest.has_perm("comments.view_thread", partnership)
