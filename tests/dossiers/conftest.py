import os

import pytest

from bezirkspartner.accounts.models import User
from tests.forum.conftest import UserFactory


@pytest.fixture
def committees(db):
    from bezirkspartner.dossiers.loader import committees_load

    committees_load()


@pytest.fixture
def administration(db):
    return UserFactory(role=User.Role.ADMINISTRATION)


@pytest.fixture
def participant(db):
    return UserFactory()


@pytest.fixture
def top_match(knowledge_base):
    """Harburg's top match for the housing theme, as the partner search ranks it."""
    from bezirkspartner.atlas.models import District
    from bezirkspartner.matching import selectors

    home = District.objects.get(name="Harburg")
    results = selectors.match_run(
        selectors.MatchRequest(home=home, themes={"wohnen": 1.0}, weights={})
    )
    return home, selectors.district_for_key(results[0].place.key)


@pytest.fixture
def dossier(client, administration, committees, top_match):
    """The dossier one click on the top match's button gives."""
    from bezirkspartner.dossiers.models import Dossier

    home, partner = top_match
    client.force_login(administration)
    response = client.post(
        "/dossiers/neu/", {"home": home.pk, "partner": partner.pk, "themes": ["wohnen"]}
    )
    assert response.status_code == 302
    client.logout()
    return Dossier.objects.get()


@pytest.fixture
def pdf_renderer():
    """WeasyPrint with its system libraries; skipped without Pango, except where CI requires it."""
    from bezirkspartner.dossiers.exports import pdf_available

    if not pdf_available():
        message = "PDF export: Pango not found (apt-get install libpango-1.0-0 libpangoft2-1.0-0)"
        if os.environ.get("CI", "").lower() == "true" or os.environ.get("REQUIRE_PDF") == "1":
            pytest.fail(message)
        pytest.skip(message + " - skipped")
