"""The home district is one setting (HOME_DISTRICT), read wherever the platform needs it."""

import pytest
from django.test import override_settings

from bezirkspartner.atlas.selectors import home_district

pytestmark = pytest.mark.django_db


def test_the_default_home_is_harburg(small_atlas):
    assert home_district().name == "Harburg"


def test_another_home_district_is_one_setting_away(client, small_atlas):
    with override_settings(HOME_CITY="vienna", HOME_DISTRICT="Floridsdorf"):
        assert home_district().name == "Floridsdorf"
        page = client.get("/partner/").content.decode()
    # The partner finder starts from the configured home, not from a literal.
    assert 'name="bezirk" value="Floridsdorf"' in page


def test_an_unknown_home_gives_none_not_an_error(small_atlas):
    with override_settings(HOME_CITY="hamburg", HOME_DISTRICT="Atlantis"):
        assert home_district() is None


def test_the_page_frame_and_the_forum_name_the_configured_home(client, small_atlas):
    with override_settings(HOME_CITY="vienna", HOME_DISTRICT="Floridsdorf"):
        page = client.get("/forum/").content.decode()
    assert "Bezirksforum Floridsdorf" in page
    assert "Bezirksforum Harburg" not in page
