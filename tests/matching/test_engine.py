"""The ranking engine on small hand-made atlases, plus property tests."""

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from bezirkspartner.matching.engine import (
    CRITERIA,
    DEFAULT_WEIGHTS,
    Place,
    PracticeRef,
    Query,
    rank,
    score_place,
    travel_time,
)

HOUSING = PracticeRef("Gemeindebau", "Council housing", frozenset({"wohnen"}), 1923, None)
BIKE = PracticeRef("Radschnellweg", "Cycle superhighway", frozenset({"mobilitaet"}), 2012, None)
OLD = PracticeRef("Alt", "Old", frozenset({"wohnen"}), 1950, 1960, verified=False)

HARBURG = Place(
    key="hamburg/harburg",
    name="Harburg",
    city="Hamburg",
    city_key="hamburg",
    country="DE",
    lat=53.46,
    lon=9.98,
    population=170_000,
    area_km2=125.0,
    tags=frozenset({"riverside", "port", "university", "outer_district"}),
    languages=("de",),
    eu_member=True,
    challenges=frozenset({"wohnen", "klima"}),
    partner_keys=frozenset({"vienna/floridsdorf"}),
)


def place(key, **overrides):
    city_key = key.split("/")[0]
    values = {
        "key": key,
        "name": key.split("/")[1].title(),
        "city": city_key.title(),
        "city_key": city_key,
        "country": "AT",
        "lat": 48.2,
        "lon": 16.4,
        "population": 150_000,
        "area_km2": 40.0,
        "languages": ("de",),
        "eu_member": True,
    }
    values.update(overrides)
    return Place(**values)


FLORIDSDORF = place(
    "vienna/floridsdorf",
    tags=frozenset({"riverside", "outer_district"}),
    practices=(HOUSING,),
    partnership_count=1,
)
DONAUSTADT = place("vienna/donaustadt", population=200_000, city_practices=(HOUSING,))
NORREBRO = place(
    "copenhagen/norrebro",
    country="DK",
    lat=55.69,
    lon=12.55,
    languages=("da",),
    practices=(BIKE,),
    population=80_000,
)
WANDSBEK = place("hamburg/wandsbek", country="DE", lat=53.58, lon=10.08, practices=(HOUSING,))
OSLO = place(
    "oslo/gamle-oslo",
    country="NO",
    lat=59.9,
    lon=10.8,
    languages=("no",),
    eu_member=False,
    practices=(HOUSING,),
)
ATLAS = [FLORIDSDORF, DONAUSTADT, NORREBRO, WANDSBEK, OSLO]


def query(**overrides):
    values = {"home": HARBURG, "themes": {"wohnen": 1.0}, "top": 10}
    values.update(overrides)
    return Query(**values)


def test_home_city_districts_are_always_excluded():
    keys = [r.place.key for r in rank(query(), ATLAS)]
    assert "hamburg/wandsbek" not in keys
    assert "hamburg/harburg" not in keys


def test_district_practice_outranks_city_practice_and_no_practice():
    keys = [r.place.key for r in rank(query(), ATLAS)]
    assert keys.index("vienna/floridsdorf") < keys.index("vienna/donaustadt")
    assert keys.index("vienna/donaustadt") < keys.index("copenhagen/norrebro")


def test_theme_choice_changes_the_order():
    keys = [r.place.key for r in rank(query(themes={"mobilitaet": 1.0}), ATLAS)]
    assert keys[0] == "copenhagen/norrebro"


def test_constraints():
    assert all(r.place.eu_member for r in rank(query(eu_only=True), ATLAS))
    near = [r.place.key for r in rank(query(max_km=500), ATLAS)]
    assert near == ["copenhagen/norrebro"]
    german = {r.place.key for r in rank(query(languages=frozenset({"de"})), ATLAS)}
    assert german == {"vienna/floridsdorf", "vienna/donaustadt"}
    without_partners = [r.place.key for r in rank(query(exclude_partners=True), ATLAS)]
    assert "vienna/floridsdorf" not in without_partners


def test_contributions_add_up_to_the_score():
    for result in rank(query(), ATLAS):
        assert math.isclose(sum(result.contributions.values()), result.score)
        assert set(result.criteria) == set(CRITERIA)


def test_reasons_are_generated_from_evidence_in_both_languages():
    result = next(r for r in rank(query(), ATLAS) if r.place.key == "vienna/floridsdorf")
    assert 2 <= len(result.reasons_de) <= 4
    assert len(result.reasons_de) == len(result.reasons_en)
    text_de = " ".join(result.reasons_de)
    assert "„Gemeindebau“" in text_de
    assert "Herausforderung von Harburg bei Wohnen" in text_de
    assert "Council housing" in " ".join(result.reasons_en)


def test_reasons_never_claim_practices_that_are_not_there():
    result = next(r for r in rank(query(), ATLAS) if r.place.key == "copenhagen/norrebro")
    text = " ".join(result.reasons_de)
    assert "Praxisbeispiele zu Wohnen dokumentiert" not in text
    assert "keine Praxisbeispiele erfasst" in text


def test_older_and_unverified_practices_weigh_less():
    fresh = place("vienna/a", practices=(HOUSING,))
    old = place("vienna/b", practices=(OLD,))
    q = query()
    assert score_place(q, fresh).criteria["thematic"] > score_place(q, old).criteria["thematic"]


def test_travel_time_switches_to_air_for_long_distances():
    assert travel_time(300) == (3.5, "rail")
    hours, mode = travel_time(1800)
    assert mode == "air" and hours == 6.0


def test_ranking_is_deterministic_with_stable_tie_breaks():
    twins = [place(f"vienna/twin-{i}") for i in (3, 1, 2)]
    first = [r.place.key for r in rank(query(), twins)]
    assert first == ["vienna/twin-1", "vienna/twin-2", "vienna/twin-3"]
    assert [r.place.key for r in rank(query(), list(reversed(twins)))] == first


practices = st.lists(
    st.builds(
        PracticeRef,
        title_de=st.just("P"),
        title_en=st.just("P"),
        themes=st.frozensets(st.sampled_from(["wohnen", "mobilitaet", "klima"]), min_size=1),
        start=st.one_of(st.none(), st.integers(1900, 2026)),
        end=st.one_of(st.none(), st.integers(1900, 2026)),
        verified=st.booleans(),
        district_level=st.booleans(),
    ),
    max_size=6,
)
places = st.builds(
    place,
    key=st.sampled_from(["x/a", "y/b", "z/c"]),
    population=st.one_of(st.none(), st.integers(1, 5_000_000)),
    area_km2=st.one_of(st.none(), st.floats(0.5, 1000)),
    lat=st.floats(35, 70),
    lon=st.floats(-10, 30),
    partnership_count=st.integers(0, 40),
    practices=practices.map(tuple),
    eu_member=st.booleans(),
)
weights = st.fixed_dictionaries({c: st.floats(0, 5) for c in CRITERIA})


@settings(max_examples=150, deadline=None)
@given(candidate=places, criterion_weights=weights)
def test_scores_are_finite_and_in_range(candidate, criterion_weights):
    result = score_place(query(weights=criterion_weights), candidate)
    assert 0.0 <= result.score <= 1.0 + 1e-9
    for value in (*result.criteria.values(), *result.contributions.values()):
        assert math.isfinite(value) and 0.0 <= value <= 1.0 + 1e-9


@settings(max_examples=150, deadline=None)
@given(candidate=places, criterion=st.sampled_from(CRITERIA), extra=st.floats(0.01, 5))
def test_more_weight_on_a_criterion_never_lowers_its_contribution(candidate, criterion, extra):
    base = dict(DEFAULT_WEIGHTS)
    heavier = {**base, criterion: base[criterion] + extra}
    before = score_place(query(weights=base), candidate).contributions[criterion]
    after = score_place(query(weights=heavier), candidate).contributions[criterion]
    assert after >= before - 1e-12
