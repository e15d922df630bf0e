"""Proposals answer what the motion asks: implementation, money, staff, committees, lead."""

import pytest

from bezirkspartner.forum import services
from tests.forum.conftest import HOSTILE, SpaceFactory

pytestmark = pytest.mark.django_db


def test_the_form_keeps_the_proposers_plan_and_the_page_shows_it(client, user):
    space = SpaceFactory()
    client.force_login(user)
    assert "Federführung" in client.get(f"/forum/raum/{space.slug}/neu/").content.decode()
    response = client.post(
        f"/forum/raum/{space.slug}/neu/",
        {
            "title": "Austausch mit Malmö",
            "text": "Integration lernen.",
            "implementation": f"Zwei Besuche und ein Workshop {HOSTILE}",
            "estimated_cost_eur": "12000",
            "estimated_staff_hours": "300",
            "committees_note": "Ausschuss für Soziales",
            "lead_note": "Fachamt Sozialraummanagement",
        },
    )
    assert response.status_code == 302
    proposal = space.proposals.get()
    assert (proposal.estimated_cost_eur, proposal.estimated_staff_hours) == (12000, 300)
    assert proposal.has_plan
    page = client.get(proposal.get_absolute_url()).content.decode()
    assert "12.000 €" in page and "Fachamt Sozialraummanagement" in page
    assert HOSTILE not in page


def test_the_plan_is_optional_and_figures_must_be_numbers(client, user):
    space = SpaceFactory()
    client.force_login(user)
    plain = client.post(
        f"/forum/raum/{space.slug}/neu/", {"title": "Ohne Zahlen", "text": "Nur eine Idee."}
    )
    assert plain.status_code == 302 and not space.proposals.get().has_plan
    bad = client.post(
        f"/forum/raum/{space.slug}/neu/",
        {"title": "Mit Unsinn", "text": "x", "estimated_cost_eur": "-5"},
    )
    assert bad.status_code == 200 and 'value="Mit Unsinn"' in bad.content.decode()
    assert space.proposals.count() == 1


def test_the_service_refuses_unknown_plan_fields(user):
    with pytest.raises(TypeError):
        services.proposal_create(
            space=SpaceFactory(), author=user, title="t", text="x", plan={"budget": 1}
        )
