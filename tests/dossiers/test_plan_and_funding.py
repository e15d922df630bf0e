"""Plan parsing and funding eligibility (pure)."""

import pytest

from bezirkspartner.dossiers import funding, plan
from bezirkspartner.dossiers.timeline import timeline_svg


@pytest.mark.parametrize("value", ["2027", "2027-13", "27-01", "", "abc-de", None])
def test_a_month_must_be_year_and_month(value):
    with pytest.raises(plan.PlanError):
        plan.year_month(value)


def test_a_phase_cannot_end_before_it_starts():
    with pytest.raises(plan.PlanError):
        plan.phase_from({"key": "x", "start": "2027-05", "end": "2027-04"})


def test_negative_or_non_numeric_plan_figures_are_refused():
    with pytest.raises(plan.PlanError):
        plan.phase_from({"key": "x", "start": "2027-01", "end": "2027-02", "visits_out": -1})
    with pytest.raises(plan.PlanError):
        plan.phase_from({"key": "x", "start": "2027-01", "end": "2027-02", "materials_eur": "x"})


def record(**overrides):
    values = {
        "slug": "fund",
        "name": "Fund",
        "year": 2026,
        "eligible_countries": ("EU27",),
        "funding_rate": "0.8",
        "amount_min": None,
        "amount_max": 10000,
        "applicant_status": "yes",
        "url": "https://example.org",
    }
    return funding.FundingRecord(**(values | overrides))


def test_funded_share_is_capped_and_the_rest_stays_with_the_district():
    option = funding.assess(record(), country="AT", eu_member=True, total_cost=50000)
    assert (option.eligible, option.funded, option.remainder) == ("yes", 10000, 40000)
    option = funding.assess(record(), country="AT", eu_member=True, total_cost=5000)
    assert (option.funded, option.remainder) == (4000, 1000)


def test_partner_country_outside_the_programme_is_not_eligible():
    option = funding.assess(record(), country="CH", eu_member=False, total_cost=5000)
    assert option.eligible == "no" and option.funded is None
    option = funding.assess(
        record(eligible_countries=("EU27", "CERV-associated")),
        country="UA",
        eu_member=False,
        total_cost=5000,
    )
    assert option.eligible == "unclear"


def test_lump_sums_and_unclear_applicants_give_no_invented_amount():
    option = funding.assess(
        record(funding_rate="lump_sum", applicant_status="unclear"),
        country="FR",
        eu_member=True,
        total_cost=5000,
    )
    assert option.eligible == "unclear"
    assert option.funded is None and option.remainder is None
    assert "rate_unknown" in option.reasons


def test_only_the_newest_record_of_a_programme_counts():
    old = record(year=2024, funding_rate="0.5")
    new = record(year=2026, funding_rate="0.9")
    (option,) = funding.options([old, new], country="AT", eu_member=True, total_cost=1000)
    assert option.funded == 900


def test_timeline_chart_has_one_bar_per_phase_and_escapes_labels():
    phases = [
        plan.phase_from({"key": "a", "start": "2027-01", "end": "2027-06"}),
        plan.phase_from({"key": "b", "start": "2027-07", "end": "2028-12"}),
    ]
    svg = timeline_svg(phases, {"a": "<b>Kontakt</b>", "b": "Projekt"}, title="T", desc="D")
    assert svg.count("<rect") == 2
    assert "&lt;b&gt;Kontakt" in svg and "<b>" not in svg
    assert 'role="img"' in svg and "<title" in svg
