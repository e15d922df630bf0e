import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from bezirkspartner.comments import services as comment_services
from bezirkspartner.core.markup import render_markdown
from bezirkspartner.forum import services
from bezirkspartner.forum.models import Space
from tests.forum.conftest import HOSTILE, CommentFactory, SpaceFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_markdown_is_sanitised():
    html = render_markdown(f"**fett** {HOSTILE} [x](javascript:alert(1)) [y](https://example.org)")
    assert "<strong>fett</strong>" in html
    assert "<script" not in html and "javascript:" not in html
    assert 'href="https://example.org"' in html and 'rel="nofollow noopener noreferrer"' in html


def test_pages_escape_hostile_content(client, proposal):
    CommentFactory(target=proposal)
    for url in ("/forum/", proposal.space.get_absolute_url(), proposal.get_absolute_url()):
        html = client.get(url).content.decode()
        assert HOSTILE not in html, url


def test_write_comment_support_and_withdraw(client, proposal, other):
    client.force_login(other)
    response = client.post(f"/kommentare/neu/vorschlag/{proposal.pk}/", {"body": "Ich bin dafür."})
    assert response.status_code == 302
    assert proposal.comments.get().body == "Ich bin dafür."
    client.post(f"/forum/vorschlag/{proposal.pk}/unterstuetzen/")
    assert proposal.supports.count() == 1
    client.post(f"/forum/vorschlag/{proposal.pk}/unterstuetzen/")
    assert proposal.supports.count() == 0


def test_anonymous_comment_goes_to_login_and_keeps_nothing(client, proposal):
    response = client.post(f"/kommentare/neu/vorschlag/{proposal.pk}/", {"body": "anonym"})
    assert response.status_code == 302 and "/konto/login/" in response["Location"]
    assert not proposal.comments.exists()


def test_author_cannot_support_own_proposal(proposal, user):
    with pytest.raises(PermissionDenied):
        services.support_toggle(proposal=proposal, user=user)


def test_the_page_offers_support_only_where_it_can_be_given(client, proposal, user, other):
    client.force_login(user)  # the author
    page = client.get(proposal.get_absolute_url()).content.decode()
    assert "Diesen Vorschlag unterstützen" not in page
    assert "Das ist Ihr eigener Vorschlag" in page
    client.force_login(other)
    assert (
        "Diesen Vorschlag unterstützen" in client.get(proposal.get_absolute_url()).content.decode()
    )
    client.post(f"/forum/vorschlag/{proposal.pk}/unterstuetzen/")
    proposal.status = "adopted"
    proposal.save()
    page = client.get(proposal.get_absolute_url()).content.decode()
    assert "Unterstützung zurückziehen" in page  # a given support can still be withdrawn
    client.post(f"/forum/vorschlag/{proposal.pk}/unterstuetzen/")
    page = client.get(proposal.get_absolute_url()).content.decode()
    assert "Diesen Vorschlag unterstützen" not in page and "nicht (mehr) unterstützt" in page


def test_create_proposal_through_the_page(client, user):
    space = SpaceFactory()
    client.force_login(user)
    response = client.post(
        f"/forum/raum/{space.slug}/neu/",
        {"title": "Austausch mit Malmö", "text": "Integration lernen."},
    )
    assert response.status_code == 302
    assert space.proposals.get().author == user


def test_empty_proposal_keeps_input_and_explains(client, user):
    space = SpaceFactory()
    client.force_login(user)
    response = client.post(f"/forum/raum/{space.slug}/neu/", {"title": "Nur ein Titel", "text": ""})
    assert 'value="Nur ein Titel"' in response.content.decode()
    assert not space.proposals.exists()


def test_status_workflow_needs_answers_and_follows_the_order(proposal, admin_user):
    services.proposal_change_status(
        proposal=proposal, user=admin_user, to_status="discussion", answer="Wir prüfen das."
    )
    with pytest.raises(ValidationError):
        services.proposal_change_status(
            proposal=proposal, user=admin_user, to_status="adopted", answer="Zu früh."
        )
    with pytest.raises(ValidationError):
        services.proposal_change_status(
            proposal=proposal, user=admin_user, to_status="drafting", answer="  "
        )
    assert [c.to_status for c in proposal.history.all()] == ["discussion"]


def test_participants_cannot_change_status_but_authors_can_withdraw(proposal, user, other):
    with pytest.raises(PermissionDenied):
        services.proposal_change_status(
            proposal=proposal, user=other, to_status="discussion", answer="Ich will."
        )
    services.proposal_change_status(
        proposal=proposal, user=user, to_status="withdrawn", answer="Hat sich erledigt."
    )
    proposal.refresh_from_db()
    assert proposal.status == "withdrawn"


def test_deleted_comment_leaves_a_placeholder_and_keeps_replies(client, proposal, moderator):
    parent = CommentFactory(target=proposal)
    CommentFactory(target=proposal, parent=parent, body="Antwort")
    comment_services.comment_delete(comment=parent, user=moderator)
    html = client.get(proposal.get_absolute_url()).content.decode()
    assert "Dieser Kommentar wurde gelöscht" in html  # placeholder
    assert "Antwort" in html


def test_setup_creates_six_theme_spaces(knowledge_base):
    from bezirkspartner.forum.loader import LOADER

    LOADER.run()
    LOADER.run()
    assert Space.objects.count() == 6


def test_proposal_links_partner_districts_by_name(client, user, small_atlas):
    space = SpaceFactory()
    client.force_login(user)
    page = client.get(f"/forum/raum/{space.slug}/neu/", {"partner": "Floridsdorf"})
    assert 'value="Floridsdorf"' in page.content.decode()
    client.post(
        f"/forum/raum/{space.slug}/neu/",
        {"title": "Wien", "text": "Text", "partner_names": "Wien 21, Harburg"},
    )
    proposal = space.proposals.get()
    assert sorted(d.name for d in proposal.partner_districts.all()) == ["Floridsdorf", "Harburg"]


def test_unknown_partner_names_are_explained_and_nothing_is_saved(client, user, small_atlas):
    space = SpaceFactory()
    client.force_login(user)
    response = client.post(
        f"/forum/raum/{space.slug}/neu/",
        {"title": "T", "text": "Text", "partner_names": "Atlantis"},
    )
    assert "Atlantis" in response.content.decode()
    assert not space.proposals.exists()


def test_reply_and_edit_through_the_pages(client, proposal, other):
    parent = CommentFactory(target=proposal)
    client.force_login(other)
    html = client.get(proposal.get_absolute_url()).content.decode()
    assert "Antworten" in html
    client.post(
        f"/kommentare/neu/vorschlag/{proposal.pk}/", {"body": "Meine Antwort", "parent": parent.pk}
    )
    reply = proposal.comments.get(parent=parent)
    assert reply.author == other
    response = client.post(f"/kommentare/{reply.pk}/bearbeiten/", {"body": "Korrigiert"})
    assert response.status_code == 302
    reply.refresh_from_db()
    assert reply.body == "Korrigiert" and reply.edited_at is not None
    assert client.get(f"/kommentare/{parent.pk}/bearbeiten/").status_code == 403


def test_posts_show_the_confirmed_role_of_their_author(client, proposal):
    from bezirkspartner.accounts.models import User

    office = UserFactory(role=User.Role.ADMINISTRATION, display_name="Frau Amt")
    comment_services.comment_create(target=proposal, author=office, body="Wir prüfen das.")
    page = client.get(proposal.get_absolute_url()).content.decode()
    assert 'Frau Amt <span class="role-badge role-badge--administration">Verwaltung</span>' in page
    assert page.count("role-badge--citizen") == 0  # citizens carry no badge
