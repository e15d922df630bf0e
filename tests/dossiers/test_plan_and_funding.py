"""Plan parsing and funding eligibility (pure)."""

import pytest

from bezirkspartner.dossiers import funding, plan
from bezirkspartner.dossiers.content import ContentError, Phase, content_parse
from bezirkspartner.dossiers.timeline import timeline_svg


@pytest.mark.parametrize("value", ["2027", "2027-13", "27-01", "", "abc-de", None])
def test_a_month_must_be_year_and_month(value):
    with pytest.raises(plan.PlanError):
        plan.year_month(value)


def _phase(**values):
    return content_parse({"schema_version": 1, "phases": [values]}).phases[0]


def test_a_phase_cannot_end_before_it_starts():
    with pytest.raises(ContentError) as error:
        _phase(key="x", start="2027-05", end="2027-04")
    assert [p.kind for p in error.value.problems] == ["phase_order"]


@pytest.mark.parametrize(
    ("name", "value", "kind"),
    [
        ("visits_out", -1, "greater_than_equal"),
        ("materials_eur", "x", "decimal_parsing"),
        ("materials_eur", "-0.01", "greater_than_equal"),
        ("translation_lines", 10**12, "less_than_equal"),
        ("events", 2.5, "int_from_float"),
    ],
)
def test_negative_or_non_numeric_plan_figures_are_refused(name, value, kind):
    with pytest.raises(ContentError) as error:
        _phase(key="x", start="2027-01", end="2027-02", **{name: value})
    (problem,) = error.value.problems
    assert (problem.where, problem.kind) == (("phases", 1, name), kind)


def test_a_phase_becomes_the_cost_models_input():
    phase = plan.phase_from(_phase(key="x", start="2027-11", end="2028-02", materials_eur="12.5"))
    assert (phase.start, phase.end, str(phase.materials_eur)) == ((2027, 11), (2028, 2), "12.5")
    assert len(phase.months()) == 4


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
        plan.phase_from(Phase(key="a", start="2027-01", end="2027-06")),
        plan.phase_from(Phase(key="b", start="2027-07", end="2028-12")),
    ]
    svg = timeline_svg(phases, {"a": "<b>Kontakt</b>", "b": "Projekt"}, title="T", desc="D")
    assert svg.count("<rect") == 2
    assert "&lt;b&gt;Kontakt" in svg and "<b>" not in svg
    assert 'role="img"' in svg and "<title" in svg
