import os
import re

import pytest
from django.test import Client

from tests.atlas.fixtures import small_index, write_dataset
from tests.knowledge.fixtures import write_knowledge


@pytest.fixture(autouse=True)
def _default_language_after_each_test():
    """A request to an /en/ page leaves English active in the thread; no test inherits it."""
    yield
    from django.utils import translation

    translation.deactivate()


@pytest.fixture
def client_de():
    return Client(HTTP_ACCEPT_LANGUAGE="de")


def local_asset_urls(html: str) -> list[str]:
    """Every URL the browser would load by itself: scripts, styles, images, icons."""
    pattern = re.compile(
        r"<(?:script|img|source|iframe)[^>]*\ssrc=\"([^\"]+)\"|<link[^>]*\shref=\"([^\"]+)\""
    )
    return [a or b for a, b in pattern.findall(html)]


def pytest_configure(config):
    """Compile the translation catalogues, as `bezirkspartner setup` does."""
    from pathlib import Path

    import bezirkspartner
    from bezirkspartner.core.i18n_compile import compile_all

    if compile_all(Path(bezirkspartner.__file__).parent):
        # Django (and Python's gettext cache) may have read the catalogues before
        # they were compiled; make both read them again.
        import gettext

        from asgiref.local import Local
        from django.utils.translation import trans_real

        gettext._translations.clear()
        trans_real._translations = {}
        trans_real._default = None
        trans_real._active = Local()


def subprocess_env(**overrides) -> dict[str, str]:
    """The environment for running the platform as a separate process, as a user would."""
    test_only = {"DJANGO_SETTINGS_MODULE", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    environ = {key: value for key, value in os.environ.items() if key not in test_only}
    environ.update(overrides)
    return environ


@pytest.fixture
def atlas_dir(tmp_path):
    return write_dataset(tmp_path)


@pytest.fixture
def small_atlas(db, atlas_dir):
    from bezirkspartner.atlas.services import atlas_build

    return atlas_build(data_dir=atlas_dir, index=small_index())


@pytest.fixture
def knowledge_dir(tmp_path):
    return write_knowledge(tmp_path / "k")


@pytest.fixture
def knowledge_base(small_atlas, knowledge_dir):
    from bezirkspartner.knowledge.indexing import search_documents_rebuild
    from bezirkspartner.knowledge.services import knowledge_load

    report = knowledge_load(data_dir=knowledge_dir)
    search_documents_rebuild()
    return report


@pytest.fixture(autouse=True)
def _page_cache_version_forgotten():
    """Each test reads the content version afresh and keeps no page of another test: a
    rolled-back test took its version back, so the next one may count the same numbers."""
    from bezirkspartner.core import page_cache

    page_cache._seen.clear()
    page_cache._local.clear()
    yield
    page_cache._seen.clear()
    page_cache._local.clear()
