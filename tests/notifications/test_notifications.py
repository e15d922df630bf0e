import pytest
from django.core import mail
from django.core.management import call_command

from bezirkspartner.comments import services as comment_services
from bezirkspartner.forum import services
from bezirkspartner.notifications.models import Notification
from bezirkspartner.notifications.services import follow_toggle, send_daily_digests
from tests.forum.conftest import SpaceFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_followers_of_a_space_hear_of_new_proposals_but_not_the_author(
    django_capture_on_commit_callbacks,
):
    space = SpaceFactory()
    follower = UserFactory(email_notifications="immediate")
    author = UserFactory()
    follow_toggle(user=follower, target=space)
    follow_toggle(user=author, target=space)
    with django_capture_on_commit_callbacks(execute=True):
        services.proposal_create(
            space=space, author=author, title="Austausch mit Wien", text="Text"
        )
    assert Notification.objects.filter(user=follower).count() == 1
    assert not Notification.objects.filter(user=author).exists()
    assert len(mail.outbox) == 1 and mail.outbox[0].to == [follower.email]
    assert "Austausch mit Wien" in mail.outbox[0].body


@pytest.fixture(autouse=True)
def author_follows(request):
    """Authors follow their proposals (the service does it; the factory does not)."""
    if "proposal" in request.fixturenames:
        proposal = request.getfixturevalue("proposal")
        follow_toggle(user=proposal.author, target=proposal)


def test_comments_and_status_changes_reach_the_proposals_followers(proposal, other, admin_user):
    comment_services.comment_create(target=proposal, author=other, body="Gute Idee")
    assert Notification.objects.filter(user=proposal.author, kind="comment").exists()
    services.proposal_change_status(
        proposal=proposal, user=admin_user, to_status="discussion", answer="Wir beraten."
    )
    kinds = set(Notification.objects.filter(user=other).values_list("kind", flat=True))
    assert kinds == {"status"}  # the commenter follows the proposal now


def test_daily_digest_sends_one_mail_per_person_and_only_once(proposal, other):
    proposal.author.email_notifications = "daily"
    proposal.author.save()
    comment_services.comment_create(target=proposal, author=other, body="eins")
    comment_services.comment_create(target=proposal, author=other, body="zwei")
    call_command("send_digests")
    assert len(mail.outbox) == 1
    assert mail.outbox[0].body.count("Neuer Kommentar") == 2
    assert send_daily_digests() == 0


def test_no_mail_when_switched_off(proposal, other):
    proposal.author.email_notifications = "off"
    proposal.author.save()
    comment_services.comment_create(target=proposal, author=other, body="eins")
    send_daily_digests()
    assert mail.outbox == []


def test_notification_page_and_mark_read(client, proposal, other):
    comment_services.comment_create(target=proposal, author=other, body="eins")
    client.force_login(proposal.author)
    html = client.get("/benachrichtigungen/").content.decode()
    assert "Neuer Kommentar" in html and 'class="badge"' in html
    client.post("/benachrichtigungen/")
    assert not Notification.objects.filter(read_at__isnull=True).exists()


def test_atom_feed_has_no_personal_data_and_no_hidden_proposals(client, proposal):
    feed = client.get(f"/forum/raum/{proposal.space.slug}/feed.atom")
    body = feed.content.decode()
    assert feed["Content-Type"].startswith("application/atom+xml")
    assert "Partnerschaft mit Floridsdorf" in body
    assert proposal.author.email not in body and "Person" not in body
    proposal.hidden_reason = "Werbung"
    proposal.save()
    assert (
        "Partnerschaft mit Floridsdorf"
        not in client.get(f"/forum/raum/{proposal.space.slug}/feed.atom").content.decode()
    )


def test_follow_buttons(client, proposal, other):
    client.force_login(other)
    client.post(f"/forum/raum/{proposal.space.slug}/folgen/")
    client.post(f"/forum/vorschlag/{proposal.pk}/folgen/")
    assert other.follows.count() == 2
    client.post(f"/forum/vorschlag/{proposal.pk}/folgen/")
    assert other.follows.count() == 1


def test_anything_can_be_followed_and_followers_of_any_target_hear_once(proposal, other):
    from bezirkspartner.notifications.services import follow, is_following, notify

    follow(user=other, target=proposal)
    follow(user=other, target=proposal.space)
    assert is_following(user=other, target=proposal)
    sent = notify(
        actor=proposal.author,
        kind="comment",
        title=proposal.title,
        url="/x/",
        targets=[proposal, proposal.space],
    )
    assert sent == 1  # one notification, though the person follows both targets


def test_the_old_address_of_the_notifications_page_still_leads_there(client, other):
    client.force_login(other)
    response = client.get("/forum/benachrichtigungen/")
    assert response.status_code == 301
    assert response["Location"] == "/benachrichtigungen/"
