import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from bezirkspartner.comments import services as comment_services
from bezirkspartner.comments.models import Report
from bezirkspartner.core.models import AuditEntry
from bezirkspartner.forum import moderation
from tests.forum.conftest import CommentFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_report_queue_hide_and_the_author_sees_why(client, proposal, other, moderator):
    comment = CommentFactory(target=proposal, body="Unfreundlicher Text")
    client.force_login(other)
    response = client.post(f"/kommentare/{comment.pk}/melden/", {"reason": "insult"})
    assert response.status_code == 302
    client.force_login(moderator)
    assert "Unfreundlicher Text" in client.get("/forum/moderation/").content.decode()
    response = client.post(
        f"/kommentare/{comment.pk}/verbergen/",
        {"reason": "Beleidigung", "next": "/forum/moderation/"},
    )
    assert response["Location"] == "/forum/moderation/"
    comment.refresh_from_db()
    assert comment.hidden and comment.hidden_reason == "Beleidigung"
    assert comment.hidden_by == moderator
    assert Report.objects.get().decision == "hidden"
    assert AuditEntry.objects.get(action="hide").actor == moderator
    client.force_login(other)
    page = client.get(proposal.get_absolute_url()).content.decode()
    assert "Beleidigung" in page and "Unfreundlicher Text" not in page
    client.force_login(comment.author)
    page = client.get(proposal.get_absolute_url()).content.decode()
    assert "Beleidigung" in page and "Unfreundlicher Text" in page


def test_hiding_needs_a_reason_and_a_moderator(proposal, moderator, other):
    comment = CommentFactory(target=proposal)
    with pytest.raises(ValidationError):
        comment_services.comment_hide(comment=comment, moderator=moderator, reason=" ")
    with pytest.raises(PermissionDenied):
        comment_services.comment_hide(comment=comment, moderator=other, reason="weil")
    assert not AuditEntry.objects.exists()


def test_restore_and_dismiss_are_audited(proposal, moderator, other):
    moderation.content_hide(target=proposal, moderator=moderator, reason="Werbung")
    moderation.content_restore(target=proposal, moderator=moderator, reason="Irrtum")
    report = moderation.report_create(target=proposal, reporter=other, reason="spam")
    moderation.report_dismiss(report=report, moderator=moderator, reason="kein Verstoß")
    assert list(AuditEntry.objects.order_by("at").values_list("action", flat=True)) == [
        "hide",
        "restore",
        "dismiss_report",
    ]


def test_blocked_account_cannot_sign_in(client, moderator):
    person = UserFactory(email="blocked@example.org")
    person.set_password("ein-langes-passwort-42")
    person.save()
    moderation.user_block(user=person, moderator=moderator, reason="wiederholte Beleidigungen")
    client.post(
        "/konto/login/", {"login": "blocked@example.org", "password": "ein-langes-passwort-42"}
    )
    assert not client.get("/konto/profil/").wsgi_request.user.is_authenticated
    assert AuditEntry.objects.get(action="block").target_id == person.pk


def test_moderators_cannot_block_themselves_or_staff(moderator):
    staff = UserFactory(is_staff=True)
    with pytest.raises(PermissionDenied):
        moderation.user_block(user=moderator, moderator=moderator, reason="x")
    with pytest.raises(PermissionDenied):
        moderation.user_block(user=staff, moderator=moderator, reason="x")


@pytest.mark.parametrize("role", ["anonymous", "participant", "author", "administration"])
def test_queue_is_for_moderators_only(client, proposal, role):
    if role == "participant":
        client.force_login(UserFactory())
    elif role == "author":
        client.force_login(proposal.author)
    elif role == "administration":
        client.force_login(UserFactory(role="administration"))
    response = client.get("/forum/moderation/")
    assert response.status_code in (302, 403)


def test_authors_cannot_report_their_own_contribution(proposal):
    with pytest.raises(PermissionDenied):
        moderation.report_create(target=proposal, reporter=proposal.author, reason="spam")


def test_status_changes_by_the_administration_are_audited(proposal, admin_user):
    from bezirkspartner.forum.services import proposal_change_status

    proposal_change_status(
        proposal=proposal, user=admin_user, to_status="discussion", answer="Wir beraten."
    )
    entry = AuditEntry.objects.get()
    assert (entry.action, entry.reason) == ("status:discussion", "Wir beraten.")
