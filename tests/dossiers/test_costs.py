"""The cost model: stays, travel bands, rounding and sums (pure, no database)."""

from decimal import Decimal as D

import pytest

from bezirkspartner.dossiers.costs import (
    CATEGORIES,
    DailyRate,
    Phase,
    Rates,
    StaffLine,
    TravelBand,
    compute,
    euros,
    staff_hours,
    travel_cost,
)

RATES = Rates(
    per_diem=DailyRate(day=D(50), partial_day=D(33), night=D(117)),
    travel_bands=(
        TravelBand(10, 99, D(28)),
        TravelBand(100, 499, D(211)),
        TravelBand(500, 1999, D(309)),
    ),
    interpretation_hourly=D(93),
    interpretation_hours_per_day=8,
    translation_per_line=D("1.95"),
    staff_hourly={"e9": D("68.66"), "e13": D("86.01")},
    hosting=DailyRate(day=D(28), partial_day=D(14), night=D(70)),
    event_catering_per_day=D(14),
)


def test_a_stay_pays_partial_days_at_both_ends_and_one_night_less_than_days():
    rate = RATES.per_diem
    assert rate.stay(0) == 0
    assert rate.stay(1) == 33
    assert rate.stay(2) == 2 * 33 + 117
    assert rate.stay(3) == 2 * 33 + 50 + 2 * 117


@pytest.mark.parametrize(
    ("km", "amount"),
    [(5, None), (10, 28), (99, 28), (99.5, 28), (100, 211), (499.9, 211), (500, 309), (5000, 309)],
)
def test_travel_bands_have_no_gaps_between_whole_kilometres(km, amount):
    assert travel_cost(RATES, km) == amount


def test_rounding_is_half_up_to_whole_euros():
    assert euros(D("0.5")) == 1
    assert euros(D("1.49")) == 1
    assert euros(D("2.5")) == 3


def _plan():
    phases = [
        Phase("a", (2027, 1), (2027, 6), translation_lines=301, interpretation_days=1),
        Phase(
            "b",
            (2027, 10),
            (2028, 3),
            visits_out=1,
            delegation_size=4,
            visits_in=1,
            visitor_group_size=6,
            visit_days=3,
            events=1,
            event_participants=50,
            communication_eur=D("199.99"),
        ),
    ]
    staff = [StaffLine("Koordination", "e9", "a", 61), StaffLine("Koordination", "e9", "b", 100)]
    return phases, staff


def test_every_line_is_computed_from_the_rates():
    phases, staff = _plan()
    table = compute(rates=RATES, phases=phases, staff=staff, distance_km=800)
    by_key = {(line.category, line.phase, line.year): line.amount for line in table.lines}
    assert by_key[("translation", "a", 2027)] == euros(301 * D("1.95"))  # 586.95 -> 587
    assert by_key[("interpretation", "a", 2027)] == 8 * 93
    assert by_key[("visits_out", "b", 2027)] == 4 * (2 * 33 + 50 + 2 * 117 + 309)
    assert by_key[("visits_in", "b", 2027)] == 6 * (2 * 14 + 28 + 2 * 70)
    assert by_key[("events", "b", 2027)] == 50 * 14
    assert by_key[("communication", "b", 2027)] == 200
    # staff of phase b: 3 of its 6 months in 2027, 3 in 2028
    assert by_key[("staff", "b", 2027)] == euros(50 * D("68.66"))
    assert by_key[("staff", "b", 2028)] == euros(50 * D("68.66"))
    assert table.problems == []


def test_totals_are_sums_of_the_rounded_lines_in_every_direction():
    phases, staff = _plan()
    table = compute(rates=RATES, phases=phases, staff=staff, distance_km=800)
    by_year = table.by_year()
    assert table.years == [2027, 2028]
    for year in table.years:
        assert sum(by_year[year].values()) == table.year_total(year)
    assert sum(table.category_total(c) for c in CATEGORIES) == table.total
    assert sum(table.year_total(y) for y in table.years) == table.total
    assert table.total == sum(line.amount for line in table.lines)


def test_missing_rates_are_reported_not_silently_zero():
    phases, staff = _plan()
    bare = Rates(
        per_diem=RATES.per_diem,
        travel_bands=RATES.travel_bands,
        interpretation_hourly=RATES.interpretation_hourly,
        interpretation_hours_per_day=8,
        translation_per_line=RATES.translation_per_line,
        staff_hourly={},
    )
    table = compute(rates=bare, phases=phases, staff=staff, distance_km=3)
    assert {"travel", "hosting", "events", "staff:Koordination"} <= set(table.problems)


def test_personnel_table_sums_hours_per_office_and_phase():
    phases, staff = _plan()
    staff.append(StaffLine("Leitung", "e13", "b", 8))
    assert staff_hours(staff, phases) == {
        "Koordination": {"a": 61, "b": 100},
        "Leitung": {"a": 0, "b": 8},
    }


def test_formulas_show_the_decimal_mark_of_the_language():
    from django.utils import translation

    from bezirkspartner.dossiers.templatetags.dossier_tags import formula

    with translation.override("de"):
        assert formula("60.0 h × 68.66") == "60,0 h × 68,66"
        assert (
            formula("12 × (2 × 14 + 1 × 28 + 0 × 20 + 120)")
            == "12 × (2 × 14 + 1 × 28 + 0 × 20 + 120)"
        )
    with translation.override("en"):
        assert formula("60.0 h × 68.66") == "60.0 h × 68.66"
