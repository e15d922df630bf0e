"""A dossier drafted from a forum proposal takes over the proposer's own answers."""

import io

import pytest
from docx import Document

from bezirkspartner.dossiers import services
from bezirkspartner.knowledge.models import Theme
from tests.forum.conftest import ProposalFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def proposal_with_plan(participant):
    return ProposalFactory(
        author=participant,
        implementation="Zwei Besuche und ein gemeinsamer Workshop.",
        estimated_cost_eur=12000,
        estimated_staff_hours=300,
        committees_note="Ausschuss für Soziales",
        lead_note="Fachamt Sozialraummanagement",
    )


def test_the_draft_keeps_the_proposers_figures_beside_the_computed_ones(
    client, administration, committees, top_match, proposal_with_plan
):
    home, partner = top_match
    dossier = services.dossier_create(
        home=home,
        partner=partner,
        themes=[Theme.objects.get(slug="wohnen")],
        proposal=proposal_with_plan,
        actor=administration,
    )
    assert dossier.content["proposer"] == {
        "implementation": "Zwei Besuche und ein gemeinsamer Workshop.",
        "cost_eur": 12000,
        "staff_hours": 300,
        "committees": "Ausschuss für Soziales",
        "lead": "Fachamt Sozialraummanagement",
    }
    assert "Zwei Besuche und ein gemeinsamer Workshop." in dossier.content["summary"]
    page = client.get(dossier.get_absolute_url()).content.decode()
    assert "Was der Forumsvorschlag sagt" in page and "12.000 €" in page
    assert "dieses Dossier berechnet" in page and "Fachamt Sozialraummanagement" in page
    markdown = client.get(f"/dossiers/{dossier.pk}/export.md").content.decode()
    assert "Fachamt Sozialraummanagement" in markdown and "12.000 €" in markdown
    docx = client.get(f"/dossiers/{dossier.pk}/export.docx").content
    cells = " ".join(
        c.text for t in Document(io.BytesIO(docx)).tables for r in t.rows for c in r.cells
    )
    assert "Fachamt Sozialraummanagement" in cells and "12.000 €" in cells


def test_a_proposal_without_answers_adds_nothing(
    administration, committees, top_match, participant
):
    home, partner = top_match
    dossier = services.dossier_create(
        home=home,
        partner=partner,
        themes=[Theme.objects.get(slug="wohnen")],
        proposal=ProposalFactory(author=participant),
        actor=administration,
    )
    assert dossier.content["proposer"] is None


def test_a_proposal_with_answers_beyond_the_schemas_bounds_still_gives_a_draft(
    administration, committees, top_match, participant
):
    from bezirkspartner.dossiers.content import LONG_TEXT, content_parse

    home, partner = top_match
    proposal = ProposalFactory(
        author=participant,
        implementation="Sehr ausführlich. " * 5000,  # 90,000 characters; the forum has no bound
        estimated_cost_eur=2_000_000_000,
    )
    dossier = services.dossier_create(
        home=home,
        partner=partner,
        themes=[Theme.objects.get(slug="wohnen")],
        proposal=proposal,
        actor=administration,
    )
    content = content_parse(dossier.content)
    assert len(content.proposer.implementation) == LONG_TEXT
    assert content.proposer.implementation.endswith("…")
    assert len(content.summary) == LONG_TEXT and content.proposer.cost_eur == 2_000_000_000
