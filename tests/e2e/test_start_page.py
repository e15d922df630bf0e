import re

import pytest

from tests.e2e.browser import assert_accessible, foreign_hosts


@pytest.mark.parametrize(
    ("path", "lang", "heading"),
    [
        ("/", "de", "Internationale Bezirkspartnerschaften für Harburg"),
        ("/en/", "en", "International district partnerships for Harburg"),
    ],
)
def test_start_page_served_by_the_run_command(page, served_platform, path, lang, heading):
    response = page.goto(served_platform + path)
    assert response.status == 200
    headers = response.headers
    assert "default-src 'self'" in headers["content-security-policy"]
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["x-frame-options"] == "DENY"
    assert page.locator("html").get_attribute("lang") == lang
    assert page.locator("h1").inner_text() == heading
    page.wait_for_load_state("networkidle")
    assert foreign_hosts(page.requested_urls) == []
    assert_accessible(page)


def test_start_page_works_on_a_small_phone(page, served_platform):
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(served_platform + "/")
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0
    assert_accessible(page)


def test_keyboard_user_reaches_content_through_the_skip_link(page, served_platform):
    page.goto(served_platform + "/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent.trim()")
    assert focused == "Zum Inhalt springen"
    assert page.evaluate("getComputedStyle(document.activeElement).top") != "-64px"
    page.keyboard.press("Enter")
    page.wait_for_function("document.activeElement && document.activeElement.id === 'main'")
    assert re.search(r"#main$", page.url)


def test_language_switch_is_a_plain_link(page, served_platform):
    page.goto(served_platform + "/ueber/")
    page.get_by_role("link", name="English").click()
    assert page.url.endswith("/en/ueber/")
    assert page.locator("html").get_attribute("lang") == "en"
    assert_accessible(page)


def test_strict_csp_reports_no_violation(page, served_platform):
    messages = []
    page.on("console", lambda message: messages.append(message.text))
    page.goto(served_platform + "/")
    page.wait_for_load_state("networkidle")
    assert [m for m in messages if "Content Security Policy" in m] == []


def test_axe_helper_finds_real_violations(page):
    """Guard against a vacuous accessibility check: a broken page must fail it."""
    from tests.e2e.browser import axe_violations

    page.set_content('<html><body><img src="x.png"><a href="/"></a></body></html>')
    found = {violation["id"] for violation in axe_violations(page)}
    assert {"image-alt", "link-name", "html-has-lang"} <= found


@pytest.mark.parametrize(
    "path",
    [
        "/ueber/",
        "/en/ueber/",
        "/regeln/",
        "/en/regeln/",
        "/datenschutz/",
        "/en/impressum/",
        "/gibt-es-nicht/",
    ],
)
def test_other_pages_are_accessible(page, served_platform, path):
    page.goto(served_platform + path)
    assert_accessible(page)


def test_phones_get_one_menu_button_that_works_without_javascript(browser, served_platform):
    context = browser.new_context(viewport={"width": 390, "height": 800}, java_script_enabled=False)
    page = context.new_page()
    page.goto(served_platform + "/")
    navigation = page.get_by_role("navigation", name="Hauptnavigation")
    assert not navigation.is_visible()
    menu = page.locator("summary", has_text="Menü")
    header_height = page.locator(".site-header").bounding_box()["height"]
    assert header_height < 120  # brand and button, not a wall of links
    menu.focus()
    page.keyboard.press("Enter")
    assert navigation.is_visible()
    navigation.get_by_role("link", name="Atlas").click()
    assert page.url.endswith("/atlas/")
    context.close()


def test_wide_screens_show_the_navigation_without_a_menu_button(page, served_platform):
    page.goto(served_platform + "/")
    assert page.get_by_role("navigation", name="Hauptnavigation").is_visible()
    assert not page.locator("summary", has_text="Menü").is_visible()
    assert page.get_by_role("navigation", name="Hauptnavigation").count() == 1
