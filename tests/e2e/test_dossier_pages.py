"""Dossier pages in Chromium: axe on every page type, in German and English."""

import pytest

from tests.e2e.browser import PHONE, assert_accessible, horizontal_overflow
from tests.e2e.test_forum_pages import PASSWORD, sign_in
from tests.forum.conftest import UserFactory


@pytest.fixture
def dossier_site(transactional_db, live_server, knowledge_base):
    from allauth.account.models import EmailAddress

    from bezirkspartner.accounts.models import User
    from bezirkspartner.atlas.models import District
    from bezirkspartner.dossiers import services
    from bezirkspartner.dossiers.content import DossierContentPatch, content_merge
    from bezirkspartner.dossiers.loader import committees_load
    from bezirkspartner.knowledge.models import Theme

    committees_load()
    admin = UserFactory(email="verwaltung@example.org", role=User.Role.ADMINISTRATION)
    admin.set_password(PASSWORD)
    admin.save()
    EmailAddress.objects.create(user=admin, email=admin.email, verified=True, primary=True)
    dossier = services.dossier_create(
        home=District.objects.get(name="Harburg"),
        partner=District.objects.get(name="Floridsdorf"),
        themes=[Theme.objects.get(slug="wohnen")],
        actor=admin,
    )
    services.dossier_update(
        dossier=dossier,
        actor=admin,
        title=dossier.title,
        status="ready",
        content=content_merge(
            dossier.content, DossierContentPatch(summary="Geänderter Sachverhalt.")
        ),
        note="Sachverhalt gekürzt",
    )
    return live_server.url, dossier


@pytest.mark.parametrize("language", ["", "/en"])
def test_dossier_pages_are_accessible(page, dossier_site, language):
    url, dossier = dossier_site
    base = f"/dossiers/{dossier.pk}"
    for path in (
        "/dossiers/",
        base + "/",
        base + "/versionen/",
        base + "/vergleich/?a=1&b=2",
        "/dossiers/forumsbericht/",
    ):
        response = page.goto(url + language + path)
        assert response.status == 200, path
        assert_accessible(page)


def test_dossier_pages_fit_a_phone_screen(page, dossier_site):
    url, dossier = dossier_site
    page.set_viewport_size(PHONE)
    for path in ("/dossiers/", f"/dossiers/{dossier.pk}/", f"/dossiers/{dossier.pk}/versionen/"):
        page.goto(url + path)
        assert horizontal_overflow(page) <= 0, path
    page.goto(url + "/dossiers/forumsbericht/")
    assert horizontal_overflow(page) <= 0


def test_administration_pages_are_accessible_with_errors_too(page, dossier_site):
    url, dossier = dossier_site
    sign_in(page, url, "verwaltung@example.org")
    for language in ("", "/en"):
        page.goto(url + language + f"/dossiers/{dossier.pk}/bearbeiten/")
        assert_accessible(page)
        page.goto(url + language + "/partner/?bezirk=Harburg&themen=wohnen")
        assert page.locator("form[action$='/dossiers/neu/'] button").count() > 0
        assert_accessible(page)
    page.goto(url + f"/dossiers/{dossier.pk}/bearbeiten/")
    page.locator("#id_phases-0-end").fill("2000-01")
    page.get_by_label("Was haben Sie geändert?").fill("Fehlerhafte Eingabe")
    page.get_by_role("button", name="Als neue Version speichern").click()
    page.wait_for_selector("[role=alert]")
    assert_accessible(page)


@pytest.mark.parametrize("language", ["", "/en"])
def test_the_dossier_thread_comment_reply_error_and_moderation_are_accessible(
    page, dossier_site, language
):
    from allauth.account.models import EmailAddress
    from django.contrib.auth.models import Group

    from bezirkspartner.comments import services as comment_services

    url, dossier = dossier_site
    reader = UserFactory(email="leserin@example.org", display_name="Leserin")
    reader.set_password(PASSWORD)
    reader.save()
    EmailAddress.objects.create(user=reader, email=reader.email, verified=True, primary=True)
    other = UserFactory(display_name="Anderer")
    earlier = comment_services.comment_create(target=dossier, author=other, body="Erste Frage")
    detail = url + language + dossier.get_absolute_url()
    sign_in(page, url, reader.email)

    # An empty comment comes back with the message, the field marked and focused.
    page.goto(detail)
    field = page.locator("#comment-body")
    field.focus()
    page.keyboard.press("Tab")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    page.wait_for_selector("#comment-body-error")
    assert page.evaluate("document.activeElement.id") == "comment-body"
    assert_accessible(page)

    # A comment and a reply, written with the keyboard.
    page.goto(detail)
    page.locator("#comment-body").fill("Bitte die Reisekosten prüfen.")
    page.locator("#comment-body").focus()
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    page.wait_for_url(f"**{dossier.get_absolute_url()}#kommentar-*")
    assert "Bitte die Reisekosten prüfen." in page.locator("#kommentare").inner_text()
    page.locator(f"#kommentar-{earlier.pk} summary").click()
    page.locator(f"#reply-{earlier.pk}").fill("Gute Frage.")
    page.locator(f"#reply-{earlier.pk}").press("Tab")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert dossier.comments.get(parent=earlier).body == "Gute Frage."
    assert_accessible(page)

    # The reader reports the earlier comment; as a moderator, hides it from the queue.
    page.goto(url + language + f"/kommentare/{earlier.pk}/melden/")
    assert_accessible(page)
    page.locator("#reason-off_topic").check()
    with page.expect_navigation():
        page.locator("main button[type=submit]").last.click()
    assert page.url.endswith(f"{dossier.get_absolute_url()}#kommentar-{earlier.pk}")
    reader.groups.add(Group.objects.get_or_create(name="moderators")[0])
    page.goto(url + language + "/kommentare/moderation/")
    assert "Erste Frage" in page.content()
    assert_accessible(page)
    page.locator("input[name=reason]").first.fill("Nicht zum Thema")
    with page.expect_navigation():
        page.locator("form[action$='/verbergen/'] button").first.click()
    assert page.url.endswith("/kommentare/moderation/")
    page.goto(detail)
    assert "Nicht zum Thema" in page.locator(f"#kommentar-{earlier.pk}").inner_text()
    assert_accessible(page)
