"""The forum's main flow in the browser with the keyboard only (focus and Enter, no clicks):
register -> verify through the mail outbox -> write a proposal -> comment -> support another
proposal -> a moderator hides the comment -> the author sees why."""

import re

import pytest
from django.core import mail

from bezirkspartner.comments import services as comment_services
from tests.e2e.browser import assert_accessible
from tests.forum.conftest import ProposalFactory, SpaceFactory, UserFactory

PASSWORD = "ein-langes-passwort-42"


@pytest.fixture
def site(transactional_db, live_server):
    space = SpaceFactory(slug="wohnen", title_de="Wohnen", title_en="Housing")
    other = ProposalFactory(space=space, title="Austausch mit Floridsdorf")
    return live_server.url, space, other


def test_register_propose_comment_support_and_see_moderation(page, site):
    url, space, other = site
    page.goto(url + "/konto/signup/")
    page.get_by_label("E-Mail-Adresse").fill("neu@example.org")
    page.get_by_label("Anzeigename").fill("Neue Teilnehmerin")
    page.get_by_label("Ich akzeptiere die Regeln des Forums.").check()
    page.get_by_label("Passwort", exact=True).fill(PASSWORD)
    page.get_by_label("Passwort (Wiederholung)").fill(PASSWORD)
    page.keyboard.press("Enter")
    page.wait_for_url("**/konto/confirm-email/")
    link = re.search(r"/konto/confirm-email/[^\s]+/", mail.outbox[-1].body).group(0)
    page.goto(url + link)
    page.get_by_role("button").filter(has_text="Bestätigen").focus()
    page.keyboard.press("Enter")
    page.wait_for_load_state("networkidle")

    page.goto(url + space.get_absolute_url())
    page.get_by_role("link", name="Vorschlag schreiben").focus()
    page.keyboard.press("Enter")
    page.wait_for_url("**/neu/")
    page.get_by_label("Titel").fill("Stadtteilpartnerschaft zum Wohnen")
    page.get_by_label("Text").fill("Wir könnten von **gemeinsamen** Besuchen lernen.")
    page.get_by_role("button", name="Vorschlag veröffentlichen").focus()
    page.keyboard.press("Enter")
    page.wait_for_selector("text=Ihr Vorschlag wurde veröffentlicht.")
    assert page.locator("h1").inner_text() == "Stadtteilpartnerschaft zum Wohnen"
    assert page.locator(".proposal-text strong").inner_text() == "gemeinsamen"
    assert_accessible(page)

    page.goto(url + other.get_absolute_url())
    page.get_by_label("Ihr Kommentar").fill("Das wäre ein guter Partner.")
    page.get_by_role("button", name="Kommentar veröffentlichen").focus()
    page.keyboard.press("Enter")
    page.wait_for_selector("text=Ihr Kommentar wurde veröffentlicht.")
    page.get_by_role("button", name="Diesen Vorschlag unterstützen").focus()
    page.keyboard.press("Enter")
    page.wait_for_selector("text=Danke für Ihre Unterstützung.")

    comment = other.comments.get()
    from django.contrib.auth.models import Group

    moderator = UserFactory()
    moderator.groups.add(Group.objects.get_or_create(name="moderators")[0])
    comment_services.comment_hide(
        comment=comment, moderator=moderator, reason="Bitte sachlich bleiben"
    )
    page.goto(url + other.get_absolute_url())
    notice = page.locator(".comment .notice").inner_text()
    assert "Bitte sachlich bleiben" in notice
    assert "Das wäre ein guter Partner." in page.locator(".comment").inner_text()  # author sees it
    assert_accessible(page)
