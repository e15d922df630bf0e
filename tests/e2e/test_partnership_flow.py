"""The partnership flow in Chromium: invitation → the guest accepts in English → activity
planned → actual costs recorded → annual report exported; axe on every page, German and English.
"""

import re

import pytest
from django.core import mail

from tests.e2e.browser import PHONE, assert_accessible, horizontal_overflow
from tests.e2e.test_forum_pages import PASSWORD, sign_in
from tests.forum.conftest import UserFactory

GUEST_PASSWORD = "partner-district-2027"


@pytest.fixture
def partnership_site(transactional_db, live_server, knowledge_base, settings, tmp_path):
    from allauth.account.models import EmailAddress

    from bezirkspartner.accounts.models import User
    from bezirkspartner.atlas.models import District
    from bezirkspartner.dossiers import services as dossier_services
    from bezirkspartner.dossiers.loader import committees_load
    from bezirkspartner.knowledge.models import Theme
    from bezirkspartner.partnerships import services

    settings.MEDIA_ROOT = tmp_path / "media"
    committees_load()
    admin = UserFactory(
        email="verwaltung@example.org", role=User.Role.ADMINISTRATION, display_name="Verwaltung"
    )
    admin.set_password(PASSWORD)
    admin.save()
    EmailAddress.objects.create(user=admin, email=admin.email, verified=True, primary=True)
    home, partner = District.objects.get(name="Harburg"), District.objects.get(name="Floridsdorf")
    dossier = dossier_services.dossier_create(
        home=home, partner=partner, themes=[Theme.objects.get(slug="wohnen")], actor=admin
    )
    partnership = services.partnership_create(
        home=home,
        partner=partner,
        title="Harburg – Floridsdorf",
        summary="Austausch über geförderten Wohnungsbau.",
        summary_en="Exchange on subsidised housing.",
        dossier=dossier,
        actor=admin,
    )
    return live_server.url, partnership


def _check(page, url):
    response = page.goto(url)
    assert response.status == 200, url
    assert_accessible(page)


def test_invitation_to_annual_report(browser, page, partnership_site):
    url, partnership = partnership_site
    base = f"/partnerschaften/{partnership.pk}"

    # The administration invites a person of the partner district (German pages).
    sign_in(page, url, "verwaltung@example.org")
    _check(page, url + base + "/arbeitsraum/")
    page.get_by_label("Name").fill("Eva Gast")
    page.get_by_label("E-Mail-Adresse").fill("eva@partner.example.org")
    page.get_by_role("button", name="Einladung senden (auf Englisch)").click()
    page.wait_for_selector("text=Die Einladung ist an eva@partner.example.org gesendet.")
    assert_accessible(page)
    link = re.search(r"http://\S+/einladung/\S+/", mail.outbox[-1].body).group(0)
    path = link.split("/en/", 1)[1]

    # The guest accepts in English, in a browser of their own.
    guest_context = browser.new_context(viewport={"width": 1280, "height": 900})
    guest = guest_context.new_page()
    _check(guest, f"{url}/en/{path}")
    guest.get_by_label("Password", exact=True).fill(GUEST_PASSWORD)
    guest.get_by_label("Password (again)").fill(GUEST_PASSWORD)
    guest.get_by_role("button", name="Accept the invitation").click()
    guest.wait_for_url(f"**/en{base}/arbeitsraum/")
    assert guest.locator("html").get_attribute("lang") == "en"
    assert "Exchange on subsidised housing." in guest.content()
    assert_accessible(guest)

    # The guest comments in the workspace, in English; the comment says so.
    guest.get_by_label("Your comment").fill("Looking forward to the kick-off!")
    assert guest.get_by_label("Language of the comment").input_value() == "en"
    with guest.expect_navigation():
        guest.get_by_role("button", name="Publish comment").click()
    thread = guest.locator("#kommentare")
    assert "Looking forward to the kick-off!" in thread.inner_text()
    assert thread.locator("[lang=en]").count() == 1
    assert_accessible(guest)

    # The guest plans an activity.
    guest.get_by_role("link", name="Plan an activity").click()
    assert_accessible(guest)
    guest.get_by_label("Kind").select_option("online")
    guest.get_by_label("Title").fill("Kick-off call")
    guest.get_by_label("Starts at").fill("2027-01-20T15:00")
    guest.get_by_label("Ends at").fill("2027-01-20T16:00")
    guest.get_by_label("Language of the text").select_option("en")
    guest.get_by_label("Partner district").check()
    guest.get_by_role("button", name="Save activity").click()
    guest.wait_for_selector("text=The activity has been planned.")
    assert_accessible(guest)
    activity_url = guest.url.replace("/en/", "/", 1)
    guest_context.close()

    # The administration sees the guest's comment, marked as English, and reports nothing.
    _check(page, url + base + "/arbeitsraum/")
    assert "Looking forward to the kick-off!" in page.locator("#kommentare").inner_text()
    assert "auf Englisch" in page.locator("#kommentare").inner_text()

    # The administration records the actual costs of the activity.
    page.goto(activity_url)
    assert_accessible(page)
    page.get_by_label("Wofür").fill("Dolmetschen")
    page.get_by_label("Betrag (EUR)").fill("480.00")
    page.get_by_label("Personalstunden").fill("6")
    page.get_by_role("button", name="Kosten erfassen").click()
    page.wait_for_selector("text=Die tatsächlichen Kosten sind erfasst.")
    assert_accessible(page)

    # Budget against plan, and the annual report exported.
    _check(page, url + base + "/budget/")
    assert "480 €" in page.content()
    _check(page, url + base + "/jahresbericht/2027/")
    assert "Kick-off call" in page.content()
    with page.expect_download() as download:
        page.get_by_role("link", name="Als DOCX (Word) herunterladen").click()
    assert download.value.suggested_filename.endswith(".docx")
    if page.get_by_role("link", name="Als PDF herunterladen").count():
        with page.expect_download() as pdf:
            page.get_by_role("link", name="Als PDF herunterladen").click()
        assert pdf.value.suggested_filename.endswith(".pdf")


@pytest.mark.parametrize("language", ["", "/en"])
def test_partnership_pages_are_accessible(page, partnership_site, language):
    from bezirkspartner.partnerships import services

    url, partnership = partnership_site
    activity = services.activity_plan(
        partnership=partnership,
        actor=partnership.created_by,
        kind="visit",
        title="Fachbesuch",
        starts_at=partnership.created_at,
        ends_at=partnership.created_at,
        description="Fachgespräche zum Wohnungsbau.",
        summary_en="Expert talks on housing.",
        groups=["administration"],
    )
    sign_in(page, url, "verwaltung@example.org")
    base = f"/partnerschaften/{partnership.pk}"
    for path in (
        "/partnerschaften/",
        "/partnerschaften/neu/",
        base + "/",
        base + "/bearbeiten/",
        base + "/schritt/",
        base + "/arbeitsraum/",
        base + "/aktivitaet/neu/",
        f"{base}/aktivitaet/{activity.pk}/",
        f"{base}/aktivitaet/{activity.pk}/bearbeiten/",
        base + "/budget/",
        f"{base}/jahresbericht/{activity.starts_at.year}/",
        "/partnerschaften/einladung/not-a-token/",
    ):
        response = page.goto(url + language + path)
        assert response.status in (200, 410), path
        assert_accessible(page)
    # A form sent with errors is accessible too.
    page.goto(url + language + base + "/schritt/")
    page.locator("#id_decided_on").fill("")
    page.locator("button[type=submit]").click()
    page.wait_for_selector("[role=alert]")
    assert_accessible(page)


def test_partnership_pages_fit_a_phone_screen(page, partnership_site):
    url, partnership = partnership_site
    page.set_viewport_size(PHONE)
    for path in ("/partnerschaften/", f"/partnerschaften/{partnership.pk}/budget/"):
        page.goto(url + path)
        assert horizontal_overflow(page) <= 0, path
