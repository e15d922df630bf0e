"""The maps as a clerk sees them, on the shipped data: base map, home district, ranks, legend.

Runs against the platform as served by its run command (setup + gunicorn), so the shipped
atlas with its real partnerships (one of them in Shanghai) and the real static files are used.
"""

import pytest

from tests.e2e.browser import assert_accessible, foreign_hosts, horizontal_overflow

# What the bundled base map covers (scripts/build_basemap.py BOX: -32, 28, 62, 73) with half a
# degree for rounding at the minimum zoom: west, south, east, north. Shanghai is at 121° E.
BASEMAP = (-32.5, 27.5, 62.5, 73.5)
WIDTHS = [{"width": 1280, "height": 900}, {"width": 390, "height": 844}]
HAMBURG = "/atlas/hamburg/"
PARTNERS = "/partner/?bezirk=Harburg"


def open_map(page, url: str):
    messages = []
    page.on("console", lambda message: messages.append(message.text))
    page.on("pageerror", lambda error: messages.append(str(error)))
    response = page.goto(url)
    assert response.status == 200
    page.wait_for_selector("#atlas-map.map--ready, #atlas-map.map--failed")
    assert "map--failed" not in page.locator("#atlas-map").get_attribute("class")
    return messages


def map_bounds(page) -> tuple[float, ...]:
    bounds = page.locator("#atlas-map").get_attribute("data-bounds")
    return tuple(float(value) for value in bounds.split(","))


def assert_within_basemap(bounds) -> None:
    west, south, east, north = bounds
    assert west >= BASEMAP[0] and south >= BASEMAP[1], bounds
    assert east <= BASEMAP[2] and north <= BASEMAP[3], bounds


def assert_local_and_clean(page, base_url: str, messages: list[str]) -> None:
    host = base_url.split("//")[1].split(":")[0]
    assert host == "127.0.0.1"
    assert foreign_hosts(page.requested_urls, allowed_host=host) == []
    assert [m for m in messages if "Content Security Policy" in m or "Error" in m] == []


def test_hamburg_city_map_shows_the_elbe_the_home_district_and_a_legend(page, served_platform):
    messages = open_map(page, served_platform + HAMBURG)
    # The Elbe: a river path of the base map drawn inside the visible map.
    rivers = page.locator("#atlas-map path.map-river")
    assert rivers.count() >= 1
    frame = page.locator("#atlas-map").bounding_box()
    river = rivers.first.bounding_box()
    assert river["x"] < frame["x"] + frame["width"] and river["x"] + river["width"] > frame["x"]
    assert page.locator("#atlas-map path.map-land").count() >= 1
    # Harburg is the home district: its own marker (shape and label), not one of the circles.
    home = page.locator("#atlas-map [data-home='true']")
    assert home.count() == 1
    assert home.get_attribute("aria-label") == "Eigener Bezirk: Harburg"
    assert "map-home" in home.get_attribute("class")
    assert page.locator("#atlas-map path.map-district").count() == 6  # the other six Bezirke
    assert "Harburg" in page.locator("#atlas-map .map-label--home").inner_text()
    # District names are written on the map; labels never overlap.
    labels = page.locator("#atlas-map .map-label").all()
    assert len(labels) >= 4
    boxes = [label.locator("span").bounding_box() for label in labels]
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            apart = (
                a["x"] + a["width"] <= b["x"]
                or b["x"] + b["width"] <= a["x"]
                or a["y"] + a["height"] <= b["y"]
                or b["y"] + b["height"] <= a["y"]
            )
            assert apart, (a, b)
    # The legend is text in the figure, read by screen readers; its symbols are decoration.
    legend = page.get_by_role("list", name="Legende der Karte")
    assert "Eigener Bezirk: Harburg" in legend.inner_text()
    assert "Flüsse, Seen und Meer" in legend.inner_text()
    assert legend.locator(".map-legend__symbol[aria-hidden='true']").count() >= 4
    west, south, east, north = map_bounds(page)
    assert 9.5 < west < 10.0 < east < 10.6 and 53.2 < south < 53.46 < north < 53.8
    assert_local_and_clean(page, served_platform, messages)


def test_partner_map_numbers_the_ranked_partners_as_the_list_does(page, served_platform):
    messages = open_map(page, served_platform + PARTNERS)
    ranks = page.locator("#atlas-map .map-rank")
    results = page.locator(".match h3")
    assert ranks.count() == results.count() == 10
    numbers = sorted(int(text) for text in ranks.all_inner_texts())
    assert numbers == list(range(1, 11))
    first = results.first.locator("a").inner_text()
    marker_one = page.locator("#atlas-map .map-rank[aria-label^='1. ']")
    assert marker_one.get_attribute("aria-label").startswith(f"1. {first} (")
    marker_one.focus()  # markers are reached by keyboard and open their popup with Enter
    page.keyboard.press("Enter")
    assert first in page.locator(".leaflet-popup-content").inner_text()
    home = page.locator("#atlas-map [data-home='true']")
    assert home.get_attribute("aria-label") == "Eigener Bezirk: Harburg"
    legend = page.get_by_role("list", name="Legende der Karte").inner_text()
    assert "nummeriert nach Rang" in legend and "Eigener Bezirk: Harburg" in legend
    assert page.locator("#atlas-map path.map-river").count() >= 1
    assert_within_basemap(map_bounds(page))
    assert_local_and_clean(page, served_platform, messages)


@pytest.mark.parametrize("viewport", WIDTHS, ids=["1280", "390"])
def test_atlas_map_stays_in_europe_despite_the_partnership_with_shanghai(
    page, served_platform, viewport
):
    page.set_viewport_size(viewport)
    messages = open_map(page, served_platform + "/atlas/")
    assert page.locator("#atlas-map path.map-partnership").count() >= 10
    bounds = map_bounds(page)
    assert_within_basemap(bounds)
    west, south, east, north = bounds
    assert west < -9.1 and south < 38.7 and east > 24.9 and north > 60.2  # Lisbon to Helsinki
    assert_local_and_clean(page, served_platform, messages)


@pytest.mark.parametrize("language", ["", "/en"])
@pytest.mark.parametrize("path", [HAMBURG, PARTNERS, "/atlas/hamburg/harburg/", "/atlas/"])
def test_map_pages_are_accessible_with_the_map_drawn(page, served_platform, path, language):
    open_map(page, served_platform + language + path)
    assert_accessible(page)
    if language:
        legend = page.get_by_role("list", name="Map legend").inner_text()
        assert "Home district: Harburg" in legend


@pytest.mark.parametrize("viewport", WIDTHS, ids=["1280", "390"])
@pytest.mark.parametrize("path", [HAMBURG, PARTNERS], ids=["hamburg", "partner"])
def test_map_screenshots_fit_the_screen(page, served_platform, tmp_path, viewport, path):
    page.set_viewport_size(viewport)
    open_map(page, served_platform + path)
    figure = page.locator(".map-figure")
    figure.scroll_into_view_if_needed()
    shot = tmp_path / f"map-{viewport['width']}.png"
    figure.screenshot(path=str(shot))
    assert shot.stat().st_size > 20_000  # a drawn map, not an empty box
    box = figure.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= viewport["width"]
    assert horizontal_overflow(page) <= 0
