import pytest

from bezirkspartner.comments import services
from bezirkspartner.comments.models import Comment, Report
from tests.forum.conftest import HOSTILE, CommentFactory, UserFactory

pytestmark = pytest.mark.django_db


def _create_url(kind: str, pk: int) -> str:
    return f"/kommentare/neu/{kind}/{pk}/"


def test_write_and_reply_on_a_proposal_page(client, proposal, other):
    client.force_login(other)
    response = client.post(_create_url("vorschlag", proposal.pk), {"body": f"Gut {HOSTILE}"})
    comment = proposal.comments.get()
    assert response["Location"] == f"{proposal.get_absolute_url()}#kommentar-{comment.pk}"
    client.post(_create_url("vorschlag", proposal.pk), {"body": "Antwort", "parent": comment.pk})
    assert proposal.comments.get(parent=comment).body == "Antwort"
    page = client.get(proposal.get_absolute_url()).content.decode()
    assert "Gut" in page and HOSTILE not in page
    assert '<label for="comment-body">Ihr Kommentar</label>' in page


def test_bad_input_is_explained_in_german_and_english_and_kept(client, proposal, other):
    client.force_login(other)
    response = client.post(_create_url("vorschlag", proposal.pk), {"body": ""})
    assert response.status_code == 400
    assert "Bitte schreiben Sie zuerst einen Kommentar." in response.content.decode()
    text = "x" * 10001
    response = client.post(f"/en{_create_url('vorschlag', proposal.pk)}", {"body": text})
    html = response.content.decode()
    assert response.status_code == 400 and text in html and "at most 10000" in html
    assert 'aria-invalid="true"' in html
    assert not Comment.objects.exists()


def test_anonymous_writers_are_sent_to_sign_in(client, proposal):
    response = client.post(_create_url("vorschlag", proposal.pk), {"body": "anonym"})
    assert response.status_code == 302 and "/konto/login/" in response["Location"]
    assert not Comment.objects.exists()


def test_unknown_targets_are_not_found(client, other):
    client.force_login(other)
    assert client.post(_create_url("unbekannt", 1), {"body": "x"}).status_code == 404
    assert client.post(_create_url("vorschlag", 999), {"body": "x"}).status_code == 404


def test_edit_and_delete_through_the_pages(client, proposal, other):
    comment = CommentFactory(target=proposal, author=other)
    client.force_login(other)
    assert client.get(f"/kommentare/{comment.pk}/bearbeiten/").status_code == 200
    empty = client.post(f"/kommentare/{comment.pk}/bearbeiten/", {"body": ""})
    assert "Bitte schreiben Sie zuerst einen Kommentar." in empty.content.decode()
    client.post(f"/kommentare/{comment.pk}/bearbeiten/", {"body": "Neu"})
    comment.refresh_from_db()
    assert comment.body == "Neu"
    client.post(f"/kommentare/{comment.pk}/loeschen/")
    comment.refresh_from_db()
    assert comment.deleted


def test_report_page_keeps_the_explanation_when_the_reason_is_missing(client, proposal, other):
    comment = CommentFactory(target=proposal)
    client.force_login(other)
    response = client.post(f"/kommentare/{comment.pk}/melden/", {"explanation": "Siehe oben"})
    html = response.content.decode()
    assert "Bitte wählen Sie einen Grund." in html and "Siehe oben" in html
    response = client.post(f"/kommentare/{comment.pk}/melden/", {"reason": "spam"})
    assert response.status_code == 302
    assert Report.objects.get().reporter == other


@pytest.mark.parametrize("who", ["anonymous", "participant", "administration"])
def test_the_queue_is_for_moderators_only(client, who, admin_user):
    if who == "participant":
        client.force_login(UserFactory())
    elif who == "administration":
        client.force_login(admin_user)
    assert client.get("/kommentare/moderation/").status_code in (302, 403)


def test_moderators_hide_from_the_queue_and_dismiss(client, proposal, other, moderator):
    hidden = CommentFactory(target=proposal, body="Unfreundlich")
    kept = CommentFactory(target=proposal, body="Sachlich")
    services.report_create(comment=hidden, reporter=other, reason="insult")
    report = services.report_create(comment=kept, reporter=other, reason="spam")
    client.force_login(moderator)
    queue = client.get("/kommentare/moderation/").content.decode()
    assert "Unfreundlich" in queue and "Sachlich" in queue
    response = client.post(
        f"/kommentare/{hidden.pk}/verbergen/",
        {"reason": "Beleidigung", "next": "/kommentare/moderation/"},
    )
    assert response["Location"] == "/kommentare/moderation/"
    client.post(f"/kommentare/moderation/meldung/{report.pk}/verwerfen/", {"reason": "ok"})
    assert "Unfreundlich" not in client.get("/kommentare/moderation/").content.decode()
    hidden.refresh_from_db()
    assert hidden.hidden and hidden.hidden_by == moderator
    client.post(f"/kommentare/{hidden.pk}/zeigen/", {"reason": "Irrtum"})
    hidden.refresh_from_db()
    assert not hidden.hidden


def test_an_unsafe_next_is_ignored(client, proposal, moderator):
    comment = CommentFactory(target=proposal)
    client.force_login(moderator)
    response = client.post(
        f"/kommentare/{comment.pk}/verbergen/",
        {"reason": "Werbung", "next": "https://example.org/"},
    )
    assert response["Location"] == f"{proposal.get_absolute_url()}#kommentar-{comment.pk}"


def test_workspace_comments_stay_within_the_workspace(client, partnership, guest, moderator):
    comment = services.comment_create(target=partnership, author=guest, body="Private note")
    stranger = UserFactory()
    client.force_login(stranger)
    assert client.get(f"/kommentare/{comment.pk}/melden/").status_code == 404
    response = client.post(_create_url("partnerschaft", partnership.pk), {"body": "Hallo"})
    assert response.status_code == 404
    client.force_login(moderator)  # moderators handle reports on every thread
    client.post(f"/kommentare/{comment.pk}/verbergen/", {"reason": "Werbung"})
    comment.refresh_from_db()
    assert comment.hidden
    client.force_login(guest)
    page = client.get(f"/partnerschaften/{partnership.pk}/arbeitsraum/").content.decode()
    assert "Werbung" in page and "Private note" in page  # the author sees text and reason


def test_a_long_thread_pages_on_the_proposal_page_and_a_reply_returns_to_its_page(
    client, proposal, other
):
    from bezirkspartner.comments.selectors import ROOTS_PER_PAGE

    roots = [CommentFactory(target=proposal) for _ in range(ROOTS_PER_PAGE + 1)]
    client.force_login(other)
    first = client.get(proposal.get_absolute_url()).content.decode()
    assert f'id="kommentar-{roots[0].pk}"' in first
    assert f'id="kommentar-{roots[-1].pk}"' not in first
    assert '<nav aria-label="Seiten der Kommentare"' in first
    assert 'href="?kommentare=2#kommentare" rel="next"' in first
    last = client.get(f"{proposal.get_absolute_url()}?kommentare=2").content.decode()
    assert f'id="kommentar-{roots[-1].pk}"' in last
    assert "Seite 2 von 2" in last
    response = client.post(
        _create_url("vorschlag", proposal.pk),
        {"body": "Eine Antwort", "parent": roots[-1].pk},
    )
    assert response.status_code == 302
    assert "?kommentare=2#kommentar-" in response["Location"]
