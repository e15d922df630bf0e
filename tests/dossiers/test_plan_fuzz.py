"""Property test: any JSON a client sends as a dossier plan is computed or refused with PlanError.

The API takes `content` as free JSON (PATCH /api/dossiers/{id}); PlanError becomes a 422.
"""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bezirkspartner.dossiers import plan
from tests.fuzz import SCALARS, yaml_values

KEYS = ("phases", "staff", "key", "start", "end", "office", "grade", "phase", "hours",
        *plan.COUNT_FIELDS, *plan.MONEY_FIELDS)  # fmt: skip
NUMBERS = st.integers() | st.floats() | st.sampled_from(["2027-03", "2199-12", "1e400", "NaN"])
PHASE = st.fixed_dictionaries(
    {"key": st.text(max_size=5), "start": NUMBERS, "end": NUMBERS},
    optional=dict.fromkeys((*plan.COUNT_FIELDS, *plan.MONEY_FIELDS), NUMBERS | SCALARS),
)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    yaml_values(KEYS)
    | st.fixed_dictionaries(
        {"phases": st.lists(PHASE, max_size=3)},
        optional={"staff": st.lists(st.dictionaries(st.sampled_from(KEYS), NUMBERS | SCALARS))},
    )
)
def test_any_plan_computes_or_is_refused(content):
    if not isinstance(content, dict):
        content = {"phases": content}
    try:
        plan.validate(content)
    except plan.PlanError as exc:
        assert str(exc)
