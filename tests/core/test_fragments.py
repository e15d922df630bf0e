"""`{% keep %}`: parts of a page rendered once for every reader, anew after any change."""

import pytest
from django.template import Context, Template
from django.utils import translation

from bezirkspartner.core import page_cache

pytestmark = pytest.mark.django_db

TEMPLATE = Template('{% load fragments %}{% keep "part" key %}{{ counter.next }}{% endkeep %}')


class Counter:
    def __init__(self):
        self.calls = 0

    def next(self):
        self.calls += 1
        return self.calls


@pytest.fixture(autouse=True)
def kept(settings):
    settings.PAGE_CACHE_SECONDS = 60


def _render(counter, key="a"):
    return TEMPLATE.render(Context({"counter": counter, "key": key}))


def test_a_part_is_rendered_once_and_again_after_a_change():
    counter = Counter()
    assert _render(counter) == _render(counter) == "1"
    page_cache.content_changed()
    assert _render(counter) == "2"


def test_parts_and_languages_are_kept_apart():
    counter = Counter()
    assert _render(counter, key="a") == "1"
    assert _render(counter, key="b") == "2"
    with translation.override("en"):
        assert _render(counter, key="a") == "3"
    assert _render(counter, key="a") == "1"


def test_nothing_is_kept_when_the_page_cache_is_off(settings):
    settings.PAGE_CACHE_SECONDS = 0
    counter = Counter()
    assert (_render(counter), _render(counter)) == ("1", "2")
