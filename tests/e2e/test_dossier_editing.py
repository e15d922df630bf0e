"""Editing a dossier in Chromium as the administration does: add and remove rows, save.

The form is sent exactly as the browser builds it (selects with their shown
option, untouched extra rows), which a hand-made POST in a unit test cannot show.
"""

import re

from playwright.sync_api import expect

from tests.e2e.browser import assert_accessible
from tests.e2e.test_dossier_pages import dossier_site  # noqa: F401 - fixture
from tests.e2e.test_forum_pages import sign_in

SAVE = "Als neue Version speichern"


def _save(page, note: str) -> None:
    page.get_by_label("Was haben Sie geändert?").fill(note)
    page.get_by_role("button", name=SAVE).click()
    page.wait_for_load_state("networkidle")
    errors = page.locator(".field-error").all_inner_texts()
    assert not page.locator("[role=alert]").count(), errors
    assert re.search(r"/dossiers/\d+/$", page.url), page.url


def _new_row(page, prefix: str):
    return page.locator(f"#{prefix} fieldset.dossier-row").last


def test_unchanged_form_saves_as_it_is_shown(page, dossier_site):  # noqa: F811
    url, dossier = dossier_site
    sign_in(page, url, "verwaltung@example.org")
    page.goto(url + f"/dossiers/{dossier.pk}/bearbeiten/")
    _save(page, "Nur gespeichert")
    dossier.refresh_from_db()
    assert dossier.version == 3


def test_rows_are_added_and_removed_and_saved(page, dossier_site):  # noqa: F811
    url, dossier = dossier_site
    before = dossier.content
    sign_in(page, url, "verwaltung@example.org")
    edit = url + f"/dossiers/{dossier.pk}/bearbeiten/"

    page.goto(edit)
    phase = _new_row(page, "phases")
    phase.get_by_label("Phase", exact=True).fill("Fachtag Wohnen")
    phase.get_by_label("Stufe").select_option(label="Projektpartnerschaft")
    phase.get_by_label("Von (Monat)").fill("2028-03")
    phase.get_by_label("Bis (Monat)").fill("2028-04")
    phase.get_by_label("Veranstaltungen").fill("1")
    committee = _new_row(page, "committees")
    used = {c["slug"] for c in before["committees"]}
    choices = (
        committee.get_by_label("Ausschuss")
        .locator("option")
        .evaluate_all("options => options.map(o => o.value)")
    )
    free = next(slug for slug in choices if slug and slug not in used)
    committee.get_by_label("Ausschuss").select_option(free)
    _save(page, "Fachtag und Ausschuss ergänzt")
    dossier.refresh_from_db()
    titles = [p["title"] for p in dossier.content["phases"]]
    assert titles[-1] == "Fachtag Wohnen" and len(titles) == len(before["phases"]) + 1
    assert free in {c["slug"] for c in dossier.content["committees"]}

    page.goto(edit)
    staff = _new_row(page, "staff")
    staff.get_by_label("Dienststelle oder Funktion").fill("Fachamt Stadt- und Landschaftsplanung")
    staff.get_by_label("Entgelt-/Besoldungsgruppe").select_option(index=1)
    staff.get_by_label("Phase").select_option(label="Fachtag Wohnen")
    staff.get_by_label("Stunden").fill("12")
    _save(page, "Personal für den Fachtag")
    dossier.refresh_from_db()
    added = dossier.content["staff"][-1]
    assert added["office"] == "Fachamt Stadt- und Landschaftsplanung" and added["hours"] == 12

    page.goto(edit)
    rows = page.locator("#staff fieldset.dossier-row")
    rows.nth(rows.count() - 2).get_by_label("Löschen").check()
    phases = page.locator("#phases fieldset.dossier-row")
    phases.nth(phases.count() - 2).get_by_label("Löschen").check()
    committees = page.locator("#committees fieldset.dossier-row")
    index = [c["slug"] for c in dossier.content["committees"]].index(free)
    committees.nth(index).get_by_label("Löschen").check()
    _save(page, "Fachtag wieder gestrichen")
    dossier.refresh_from_db()
    assert [p["title"] for p in dossier.content["phases"]] == [p["title"] for p in before["phases"]]
    assert free not in {c["slug"] for c in dossier.content["committees"]}
    assert "Fachamt Stadt- und Landschaftsplanung" not in {
        s["office"] for s in dossier.content["staff"]
    }
    expect(page.get_by_role("heading", level=1)).to_contain_text(dossier.title)


def test_a_removed_phase_with_staff_time_is_explained(page, dossier_site):  # noqa: F811
    url, dossier = dossier_site
    sign_in(page, url, "verwaltung@example.org")
    page.goto(url + f"/dossiers/{dossier.pk}/bearbeiten/")
    page.locator("#phases fieldset.dossier-row").first.get_by_label("Löschen").check()
    page.get_by_label("Was haben Sie geändert?").fill("Erste Phase gestrichen")
    page.get_by_role("button", name=SAVE).click()
    page.wait_for_selector("[role=alert]")
    assert "Phase" in page.locator("#staff").inner_text()
    assert_accessible(page)
    dossier.refresh_from_db()
    assert dossier.version == 2
