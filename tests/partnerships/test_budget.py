"""Budget against plan: the dossier's computed plan per year, actual spending per source."""

import csv
import datetime as dt
import io
from decimal import Decimal

import pytest
from django.utils import timezone

from bezirkspartner.dossiers import selectors as dossier_selectors
from bezirkspartner.knowledge.models import FundingInstrument
from bezirkspartner.partnerships import selectors, services
from tests.partnerships.conftest import activity_fields

pytestmark = pytest.mark.django_db


@pytest.fixture
def dossier(districts, administration):
    from bezirkspartner.dossiers import services as dossier_services
    from bezirkspartner.dossiers.loader import committees_load
    from bezirkspartner.knowledge.models import Theme

    committees_load()
    home, partner = districts
    return dossier_services.dossier_create(
        home=home, partner=partner, themes=[Theme.objects.get(slug="wohnen")], actor=administration
    )


@pytest.fixture
def planned(partnership, dossier, administration):
    services.partnership_update(partnership=partnership, actor=administration, dossier=dossier)
    return partnership


def _spend(partnership, administration, year, amount, hours, funding=None):
    start = timezone.make_aware(dt.datetime(year, 5, 4, 10))
    activity = services.activity_plan(
        partnership=partnership,
        actor=administration,
        **activity_fields(starts_at=start, ends_at=start + dt.timedelta(hours=3)),
    )
    services.expense_record(
        activity=activity,
        actor=administration,
        amount_eur=Decimal(amount),
        staff_hours=Decimal(hours),
        funding=funding,
        note="Reise",
    )
    return activity


def test_the_plan_is_the_dossiers_computed_cost_and_staff_hours(planned, dossier):
    view = selectors.budget(planned)
    table = dossier_selectors.dossier_cost(dossier)
    assert view.has_plan
    assert [row.year for row in view.years] == table.years
    assert [row.planned_cost for row in view.years] == [table.year_total(y) for y in table.years]
    assert view.planned_total == table.total > 0
    staff = sum(line["hours"] for line in dossier.content["staff"])
    assert view.planned_hours_total == pytest.approx(staff, abs=0.2)


def test_actual_spending_per_year_and_source_against_plan(planned, administration):
    fund = FundingInstrument.objects.first()
    year = selectors.budget(planned).years[0].year
    _spend(planned, administration, year, "1000.50", "10")
    _spend(planned, administration, year, "250", "2.5")
    _spend(planned, administration, year, "400", "0", funding=fund)
    row = selectors.budget(planned).year(year)
    assert [(s.key, s.amount, s.hours) for s in row.sources] == [
        ("district", Decimal("1250.50"), Decimal("12.5")),
        (fund.slug, Decimal("400"), Decimal("0")),
    ]
    assert row.actual_cost == Decimal("1650.50")
    assert row.cost_difference == Decimal("1650.50") - row.planned_cost


def test_spending_outside_the_plan_years_shows_with_a_plan_of_zero(planned, administration):
    _spend(planned, administration, 2031, "90", "1")
    row = selectors.budget(planned).year(2031)
    assert (row.planned_cost, row.actual_cost, row.cost_difference) == (0, 90, 90)


def test_without_a_dossier_there_is_no_plan_only_spending(partnership, administration):
    _spend(partnership, administration, 2027, "120", "3")
    view = selectors.budget(partnership)
    assert not view.has_plan
    assert view.years[0].planned_cost is None and view.years[0].cost_difference is None


def test_the_page_and_the_csv_show_the_same_numbers(client, planned, administration):
    year = selectors.budget(planned).years[0].year
    _spend(planned, administration, year, "1234.56", "7")
    page = client.get(f"/partnerschaften/{planned.pk}/budget/").content.decode()
    assert "1.235 €" in page
    response = client.get(f"/partnerschaften/{planned.pk}/budget.csv")
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    assert rows[0] == {
        "year": str(year),
        "funding_source": "Bezirkshaushalt",
        "planned_eur": "",
        "actual_eur": "1234.56",
        "difference_eur": "",
        "planned_staff_hours": "",
        "actual_staff_hours": "7.0",
    }
    total = rows[1]
    assert total["funding_source"] == "alle Quellen"
    assert int(total["planned_eur"]) == selectors.budget(planned).year(year).planned_cost
    assert Decimal(total["difference_eur"]) == Decimal("1234.56") - int(total["planned_eur"])


def test_a_funding_name_cannot_smuggle_a_formula_into_the_csv(client, planned, administration):
    fund = FundingInstrument.objects.first()
    FundingInstrument.objects.filter(pk=fund.pk).update(name_de="=HYPERLINK(1)")
    fund.refresh_from_db()
    _spend(planned, administration, 2030, "5", "0", funding=fund)
    body = client.get(f"/partnerschaften/{planned.pk}/budget.csv").content.decode()
    assert "'=HYPERLINK(1)" in body


def test_a_dossier_content_that_does_not_fit_gives_no_plan_and_no_error_page(
    client, planned, dossier, administration
):
    from bezirkspartner.dossiers.models import Dossier

    broken = {**dossier.content, "phases": [{"key": "a", "start": "2027-13", "end": "2027-13"}]}
    Dossier.objects.filter(pk=dossier.pk).update(content=broken)
    planned.refresh_from_db()
    assert not selectors.budget(planned).has_plan
    client.force_login(administration)
    assert client.get(f"/partnerschaften/{planned.pk}/budget/").status_code == 200
    assert client.get(f"/partnerschaften/{planned.pk}/budget.csv").status_code == 200
