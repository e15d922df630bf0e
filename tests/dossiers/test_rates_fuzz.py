"""Property test: any content of cost_rates.yaml gives rates or a RatesError, nothing else."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bezirkspartner.dossiers.rates import RatesError, rates_for
from tests.fuzz import yaml_values

KEYS = ("per_diem", "cities", "countries", "DE", "AT", "AT/Vienna", "day", "partial_day", "night",
        "travel_bands", "bands", "min_km", "max_km", "amount", "staff", "grades", "key", "hourly",
        "interpretation", "translation", "per_line", "hosting", "lodging_per_night")  # fmt: skip
AMOUNTS = st.integers(0, 500) | st.sampled_from(["12.50", "abc", "NaN", None, [], {}])
DAILY = st.fixed_dictionaries({"day": AMOUNTS, "night": AMOUNTS}, optional={"partial_day": AMOUNTS})
ENTRIES = st.lists(st.dictionaries(st.sampled_from(KEYS), AMOUNTS))
NEAR_VALID = st.fixed_dictionaries(
    {
        "per_diem": st.fixed_dictionaries(
            {"countries": st.dictionaries(st.sampled_from(["DE", "AT"]), DAILY)}
        ),
        "travel_bands": st.fixed_dictionaries({"bands": ENTRIES}),
        "staff": st.fixed_dictionaries({"grades": ENTRIES}),
        "interpretation": st.fixed_dictionaries({"hourly": AMOUNTS}),
        "translation": st.fixed_dictionaries({"per_line": AMOUNTS}),
    },
    optional={"hosting": st.fixed_dictionaries({"lodging_per_night": AMOUNTS})},
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(yaml_values(KEYS) | NEAR_VALID)
def test_any_rates_file_gives_rates_or_a_rates_error(data):
    try:
        rates_for("AT", "Vienna", data=data if isinstance(data, dict) and data else {"x": data})
    except RatesError as exc:
        assert str(exc)
