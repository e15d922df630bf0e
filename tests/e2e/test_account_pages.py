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
    page.get_by_label("Passwort", exact=True).fill(PASSWORD)
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


def test_profile_and_delete_pages_are_accessible(page, live_server, transactional_db):
    from allauth.account.models import EmailAddress

    from bezirkspartner.accounts.models import User

    user = User.objects.create_user(email="pia@example.org", password=PASSWORD, display_name="Pia")
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    page.goto(live_server.url + "/konto/login/")
    page.get_by_label("E-Mail-Adresse").fill(user.email)
    page.get_by_label("Passwort", exact=False).first.fill(PASSWORD)
    page.keyboard.press("Enter")
    page.wait_for_load_state("networkidle")
    for path in ("/konto/profil/", "/konto/profil/loeschen/", "/en/konto/profil/"):
        assert page.goto(live_server.url + path).status == 200
        assert_accessible(page)
