"""Property test: any JSON sent or stored as a dossier's content is read or refused with
ContentError, and what is read always computes.

The API takes the content's parts (PATCH /api/dossiers/{id}); ContentError becomes a 422, and a
stored content that does not fit is named on the page instead of an error page.
"""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bezirkspartner.dossiers import costs, plan
from bezirkspartner.dossiers.content import ContentError, content_parse
from tests.fuzz import SCALARS, yaml_values

KEYS = ("phases", "staff", "key", "start", "end", "office", "grade", "phase", "hours",
        "schema_version", *plan.COUNT_FIELDS, *plan.MONEY_FIELDS)  # fmt: skip
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
        optional={
            "staff": st.lists(st.dictionaries(st.sampled_from(KEYS), NUMBERS | SCALARS)),
            "schema_version": st.sampled_from([1, 2, "1"]),
        },
    )
)
def test_any_content_is_read_or_refused(content):
    if not isinstance(content, dict):
        content = {"phases": content}
    try:
        parsed = content_parse(content)
    except ContentError as exc:
        assert exc.problems and str(exc)
        return
    phases = plan.phases_from(parsed)
    staff = plan.staff_from(parsed)
    assert costs.staff_hours(staff, phases) is not None
