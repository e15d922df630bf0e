"""The start page: every card links to its part, says what is there, and offers demo content."""

import re

import pytest

from bezirkspartner.accounts.models import User
from bezirkspartner.core.models import AuditEntry
from tests.forum.conftest import ProposalFactory, UserFactory

pytestmark = pytest.mark.django_db


def _cards(page: str) -> list[str]:
    section = page[page.index('id="what-heading"') : page.index('id="themes-heading"')]
    return re.findall(r"<li>\s*<h3><a href=\"([^\"]+)\">", section)


def test_every_card_links_to_its_part_and_nothing_is_announced_as_coming(client):
    page = client.get("/").content.decode()
    assert _cards(page) == ["/atlas/", "/forum/", "/dossiers/", "/forum/sitzungen/"]
    assert "Schritt für Schritt" not in page


def test_the_cards_count_what_is_there(client):
    ProposalFactory()
    ProposalFactory(status="adopted")  # closed: not counted as open
    ProposalFactory(hidden_reason="Beleidigung")  # hidden by moderation
    page = client.get("/").content.decode()
    assert '<a href="/forum/">1 offener Vorschlag</a>' in page
    assert "0 anstehende Sitzungen" in page and "0 Dossiers" in page


@pytest.mark.parametrize("role", [None, User.Role.CITIZEN, User.Role.POLITICS])
def test_only_the_administration_is_offered_demo_content(client, role):
    if role:
        client.force_login(UserFactory(role=role))
    assert "Demo-Inhalte anlegen" not in client.get("/").content.decode()
    assert client.post("/demo/").status_code in (302, 403)
    assert not AuditEntry.objects.exists()


@pytest.fixture
def spaces(knowledge_base):
    from bezirkspartner.forum.loader import LOADER

    LOADER.run()


def test_demo_content_is_added_marked_and_removed_with_one_click(client, spaces):
    admin = UserFactory(role=User.Role.ADMINISTRATION)
    client.force_login(admin)
    assert "Demo-Inhalte anlegen" in client.get("/").content.decode()
    response = client.post("/demo/", follow=True)
    page = response.content.decode()
    assert "Demo-Inhalte wurden angelegt" in page and "1 offener Vorschlag" in page
    assert "Demo-Inhalte entfernen" in page and "Demo-Inhalte anlegen" not in page
    forum = client.get("/forum/raum/wohnen/").content.decode()
    assert "[Demo]" in forum
    page = client.post("/demo/", {"remove": "1"}, follow=True).content.decode()
    assert "Die Demo-Inhalte wurden entfernt." in page and "0 offene Vorschläge" in page
    actions = set(AuditEntry.objects.filter(actor=admin).values_list("action", flat=True))
    assert actions == {"demo_added", "demo_removed"}
