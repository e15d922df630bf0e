import pytest

from bezirkspartner.comments import services as comment_services
from tests.e2e.browser import assert_accessible
from tests.forum.conftest import CommentFactory, ProposalFactory, UserFactory

PASSWORD = "ein-langes-passwort-42"


def sign_in(page, url, email):
    page.goto(url + "/konto/login/")
    page.get_by_label("E-Mail-Adresse").fill(email)
    page.get_by_label("Passwort", exact=False).first.fill(PASSWORD)
    page.keyboard.press("Enter")
    page.wait_for_load_state("networkidle")


@pytest.fixture
def forum(transactional_db, live_server):
    author = UserFactory()
    proposal = ProposalFactory(author=author)
    CommentFactory(target=proposal)
    reader = UserFactory(email="leserin@example.org")
    reader.set_password(PASSWORD)
    reader.save()
    from allauth.account.models import EmailAddress

    EmailAddress.objects.create(user=reader, email=reader.email, verified=True, primary=True)
    return live_server.url, proposal


@pytest.mark.parametrize("language", ["", "/en"])
def test_forum_pages_are_accessible(page, forum, language):
    url, proposal = forum
    for path in ("/forum/", proposal.space.get_absolute_url(), proposal.get_absolute_url()):
        response = page.goto(url + language + path)
        assert response.status == 200
        assert_accessible(page)


def test_sign_in_comment_and_support_with_the_keyboard(page, forum):
    url, proposal = forum
    page.goto(url + "/konto/login/?next=" + proposal.get_absolute_url())
    page.get_by_label("E-Mail-Adresse").fill("leserin@example.org")
    page.get_by_label("Passwort", exact=False).first.fill(PASSWORD)
    page.keyboard.press("Enter")
    page.wait_for_url("**" + proposal.get_absolute_url())
    page.get_by_label("Ihr Kommentar").fill("Gute Idee, besonders beim Wohnungsbau.")
    page.get_by_label("Ihr Kommentar").focus()
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    page.wait_for_selector("text=Ihr Kommentar wurde veröffentlicht.")
    page.get_by_role("button", name="Diesen Vorschlag unterstützen").focus()
    page.keyboard.press("Enter")
    page.wait_for_selector("text=Danke für Ihre Unterstützung.")
    assert "1 Person unterstützt diesen Vorschlag." in page.content()
    for language in ("", "/en"):
        page.goto(url + language + proposal.space.get_absolute_url() + "neu/")
        assert_accessible(page)
    reply = proposal.comments.filter(author__email="leserin@example.org").first()
    page.goto(url + f"/en/kommentare/{reply.pk}/bearbeiten/")
    assert_accessible(page)


@pytest.mark.parametrize("language", ["", "/en"])
def test_moderation_pages_are_accessible(page, forum, language):
    from django.contrib.auth.models import Group

    from bezirkspartner.accounts.models import User
    from bezirkspartner.forum import moderation

    url, proposal = forum
    reader = User.objects.get(email="leserin@example.org")
    comment = proposal.comments.first()
    comment_services.report_create(comment=comment, reporter=reader, reason="insult")
    moderation.report_create(target=proposal, reporter=reader, reason="spam")
    reader.groups.add(Group.objects.get_or_create(name="moderators")[0])
    sign_in(page, url, reader.email)
    for path in (
        "/forum/moderation/",
        "/kommentare/moderation/",
        f"/forum/melden/vorschlag/{proposal.pk}/",
        f"/kommentare/{comment.pk}/melden/",
        proposal.get_absolute_url(),
    ):
        response = page.goto(url + language + path)
        assert response.status == 200, path
        assert_accessible(page)


@pytest.mark.parametrize("language", ["", "/en"])
def test_meeting_pages_are_accessible(page, forum, language):
    import datetime as dt

    from django.utils import timezone

    from bezirkspartner.forum.models import AgendaItem, Meeting

    url, proposal = forum
    start = timezone.now() + dt.timedelta(days=3)
    meeting = Meeting.objects.create(
        title="Erste Forumssitzung",
        starts_at=start,
        ends_at=start + dt.timedelta(hours=2),
        place="Rathaus",
        capacity=20,
        minutes="**Ergebnis:** weiter beraten",
    )
    AgendaItem.objects.create(meeting=meeting, position=1, title="Beratung", proposal=proposal)
    for path in ("/forum/sitzungen/", meeting.get_absolute_url()):
        assert page.goto(url + language + path).status == 200
        assert_accessible(page)


def test_notifications_page_is_accessible(page, forum):
    from bezirkspartner.accounts.models import User
    from bezirkspartner.notifications.services import follow_toggle

    url, proposal = forum
    reader = User.objects.get(email="leserin@example.org")
    follow_toggle(user=reader, target=proposal)
    comment_services.comment_create(target=proposal, author=proposal.author, body="Neuigkeit")
    sign_in(page, url, reader.email)
    assert page.goto(url + "/benachrichtigungen/").status == 200
    assert_accessible(page)


@pytest.mark.parametrize("language", ["", "/en"])
def test_administration_pages_are_accessible(page, forum, language):
    import datetime as dt

    from django.utils import timezone

    from bezirkspartner.accounts.models import User
    from bezirkspartner.forum.models import Meeting, Registration

    url, proposal = forum
    reader = User.objects.get(email="leserin@example.org")
    reader.role = User.Role.ADMINISTRATION
    reader.save()
    start = timezone.now() + dt.timedelta(days=3)
    meeting = Meeting.objects.create(
        title="Forumssitzung",
        starts_at=start,
        ends_at=start + dt.timedelta(hours=2),
        place="Rathaus",
    )
    Registration.objects.create(meeting=meeting, user=proposal.author)
    sign_in(page, url, reader.email)
    for path in (
        "/forum/neuer-raum/",
        proposal.space.get_absolute_url() + "bearbeiten/",
        "/forum/sitzungen/neu/",
        meeting.get_absolute_url(),
        meeting.get_absolute_url() + "bearbeiten/",
    ):
        response = page.goto(url + language + path)
        assert response.status == 200, path
        assert_accessible(page)
    page.goto(url + language + "/forum/sitzungen/neu/")
    page.locator("button[type=submit]").last.click()
    page.wait_for_selector(".field-error")
    assert_accessible(page)
