"""Every page type at a desktop (1280 px) and a phone width (390 px): no sideways scrolling.

Each page is photographed (test-results/screenshots/, for people to look at) and
fails when its content is wider than the window; at phone width axe checks it too
(desktop axe runs in the tests of each part).
"""

from pathlib import Path

import pytest
from django.core.management import call_command

from bezirkspartner.atlas.services import atlas_build
from bezirkspartner.councildocs.services import document_import
from bezirkspartner.knowledge.indexing import search_documents_rebuild
from bezirkspartner.knowledge.services import knowledge_load
from tests.atlas.fixtures import small_index, write_dataset
from tests.e2e.browser import assert_accessible, horizontal_overflow
from tests.knowledge.fixtures import write_knowledge

SHOTS = Path(__file__).parents[2] / "test-results" / "screenshots"
PAPER = Path(__file__).parents[1] / "councildocs" / "drucksache-22-0433.txt"
WIDTHS = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 390, "height": 844}}

PUBLIC = [
    "/",
    "/ueber/",
    "/regeln/",
    "/datenschutz/",
    "/forum/",
    "/forum/raum/wohnen/",
    "/forum/vorschlag/{proposal}/",
    "/forum/sitzungen/",
    "/forum/sitzungen/{meeting}/",
    "/dossiers/",
    "/dossiers/{dossier}/",
    "/dossiers/{dossier}/versionen/",
    "/dossiers/forumsbericht/",
    "/wissen/",
    "/wissen/themen/wohnen/",
    "/wissen/praxis/vienna-test-housing/",
    "/wissen/foerderung/",
    "/atlas/",
    "/atlas/vienna/",
    "/atlas/hamburg/harburg/",
    "/atlas/partnerschaften/",
    "/partner/?bezirk=Harburg",
    "/partner/vergleich/?bezirk=Harburg&a=vienna/floridsdorf&b=vienna/inner-city",
    "/dokumente/",
    "/dokumente/22-0433/",
    "/suche/?q=Wohnen",
    "/konto/login/",
    "/konto/signup/",
    "/konto/password/reset/",
]
SIGNED_IN = [
    "/konto/profil/",
    "/benachrichtigungen/",
    "/forum/raum/wohnen/neu/",
    "/forum/moderation/",
    "/forum/sitzungen/neu/",
    "/dossiers/{dossier}/bearbeiten/",
    "/dokumente/hochladen/",
]


@pytest.fixture
def full_site(transactional_db, tmp_path, live_server):
    from allauth.account.models import EmailAddress

    from bezirkspartner.accounts.models import User
    from bezirkspartner.atlas.models import District
    from bezirkspartner.dossiers import services
    from bezirkspartner.dossiers.loader import committees_load
    from bezirkspartner.forum.loader import LOADER
    from bezirkspartner.forum.models import Meeting, Proposal
    from bezirkspartner.knowledge.models import Theme
    from tests.e2e.test_forum_pages import PASSWORD
    from tests.forum.conftest import UserFactory

    atlas_build(data_dir=write_dataset(tmp_path), index=small_index())
    knowledge_load(data_dir=write_knowledge(tmp_path / "k"))
    LOADER.run()
    committees_load()
    call_command("demo", stdout=None)
    document_import(data=PAPER.read_bytes(), origin=str(PAPER))
    search_documents_rebuild()
    office = UserFactory(email="amt@example.org", role=User.Role.ADMINISTRATION, is_staff=True)
    office.set_password(PASSWORD)
    office.save()
    EmailAddress.objects.create(user=office, email=office.email, verified=True, primary=True)
    dossier = services.dossier_create(
        home=District.objects.get(name="Harburg"),
        partner=District.objects.get(name="Floridsdorf"),
        themes=[Theme.objects.get(slug="wohnen")],
        actor=office,
    )
    ids = {
        "proposal": Proposal.objects.get().pk,
        "meeting": Meeting.objects.get().pk,
        "dossier": dossier.pk,
    }
    return live_server.url, ids


def _check(page, url: str, name: str, width: str) -> list[str]:
    response = page.goto(url)
    problems = [] if response.status == 200 else [f"{name}: HTTP {response.status}"]
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}-{width}.png"), full_page=True)
    overflow = horizontal_overflow(page)
    if overflow > 0:
        problems.append(f"{name} at {width}: {overflow}px wider than the window")
    if width == "phone":
        assert_accessible(page)
    return problems


def _name(path: str) -> str:
    name = path.strip("/").split("?")[0].replace("/", "_")
    return name.replace("{", "").replace("}", "") or "start"


@pytest.mark.parametrize("width", WIDTHS)
def test_every_public_page_type_fits_and_is_photographed(page, full_site, width):
    url, ids = full_site
    page.set_viewport_size(WIDTHS[width])
    problems = []
    for path in PUBLIC:
        problems += _check(page, url + path.format(**ids), _name(path), width)
    assert not problems, problems


@pytest.mark.parametrize("width", WIDTHS)
def test_every_signed_in_page_type_fits_and_is_photographed(page, full_site, width):
    from tests.e2e.test_forum_pages import sign_in

    url, ids = full_site
    page.set_viewport_size(WIDTHS[width])
    sign_in(page, url, "amt@example.org")
    problems = []
    for path in SIGNED_IN:
        problems += _check(page, url + path.format(**ids), _name(path), width)
    assert not problems, problems
