import re

import pytest
from django.core import mail

from tests.e2e.browser import assert_accessible

PASSWORD = "ein-langes-passwort-42"


@pytest.mark.parametrize("language", ["", "/en"])
@pytest.mark.parametrize("path", ["/konto/login/", "/konto/signup/", "/konto/password/reset/"])
def test_account_pages_are_accessible(page, live_server, transactional_db, path, language):
    response = page.goto(live_server.url + language + path)
    assert response.status == 200
    assert_accessible(page)


def test_register_and_verify_with_the_keyboard(page, live_server, transactional_db):
    page.goto(live_server.url + "/konto/signup/")
    page.get_by_label("E-Mail-Adresse").fill("anna@example.org")
    page.get_by_label("Anzeigename").fill("Anna")
    page.get_by_label("Ich akzeptiere die Regeln des Forums.").check()
    page.get_by_label("Passwort:", exact=True).fill(PASSWORD)
    page.get_by_label("Passwort (Wiederholung)").fill(PASSWORD)
    page.get_by_label("Passwort (Wiederholung)").press("Enter")
    page.wait_for_url("**/konto/confirm-email/")
    link = re.search(r"/konto/confirm-email/[^\s]+/", mail.outbox[-1].body).group(0)
    page.goto(live_server.url + link)
    assert_accessible(page)
    page.get_by_role("button").filter(has_text="Bestätigen").click()
    page.goto(live_server.url + "/konto/profil/")
    assert page.locator("h1").inner_text() == "Ihr Profil"
    assert_accessible(page)
