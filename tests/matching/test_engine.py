"""The ranking engine on small hand-made atlases, plus property tests."""

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from bezirkspartner.matching.engine import (
    CRITERIA,
    DEFAULT_WEIGHTS,
    ChallengeText,
    Index,
    Place,
    PracticeRef,
    Query,
    rank,
    score_one,
    travel_time,
)
from bezirkspartner.matching.retrieval import BM25, Subtopic, bag, subtopics_in

WATER = Subtopic(
    "water-risks",
    frozenset({"klima"}),
    "Wasserrisiken",
    "water risks",
    ("sturmflut", "hochwasser", "starkregen"),
    ("storm surge", "flood", "heavy rain"),
)
HEAT = Subtopic(
    "heat", frozenset({"klima"}), "Hitze", "heat", ("hitze", "kuhl"), ("heat", "cooling")
)
SOCIAL = Subtopic(
    "social-housing",
    frozenset({"wohnen"}),
    "sozialer Wohnungsbau",
    "social housing",
    ("sozialer wohnungsbau", "gemeindebau"),
    ("social housing", "council housing"),
)
VOCABULARY = (WATER, HEAT, SOCIAL)


def practice(key, themes, de, en="", **extra):
    return PracticeRef(
        key=key,
        title_de=key,
        title_en=key,
        themes=frozenset(themes),
        text_de=de,
        text_en=en,
        start=extra.pop("start", 2015),
        **extra,
    )


FLOOD = practice(
    "flood-barrier",
    {"klima"},
    "Ein Sturmflutsperrwerk und Deiche schützen das Hafenviertel vor Hochwasser.",
    "A storm surge barrier and dikes protect the port quarter against floods.",
)
COOL = practice(
    "cool-streets",
    {"klima"},
    "Kühle Straßen mit Bäumen und Nebelduschen gegen die Hitze im Sommer.",
    "Cool streets with trees and mist showers against summer heat.",
)
# A housing practice that also carries the climate tag: it must never be the climate reason
# when a practice about the stated challenge exists.
COMPETITION = practice(
    "housing-competition",
    {"wohnen", "klima"},
    "Bauträgerwettbewerbe mit ökologischen Kriterien für den geförderten Wohnungsbau.",
    "Developer competitions with ecological criteria for subsidised housing.",
)
GEMEINDEBAU = practice(
    "gemeindebau",
    {"wohnen"},
    "Der Gemeindebau: sozialer Wohnungsbau der Stadt mit niedrigen Mieten.",
    "Council housing built and let by the city at low rents.",
)
OLD = practice("old-housing", {"wohnen"}, "Sozialer Wohnungsbau", start=1950, end=1960)

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
    challenges=(
        ChallengeText(
            "klima",
            "Harburg liegt an der Elbe und ist durch Sturmfluten und Hochwasser gefährdet.",
            "Harburg lies on the Elbe and is exposed to storm surges and floods.",
        ),
    ),
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


def query(**overrides):
    values = {"home": HARBURG, "themes": {"klima": 1.0}, "top": 10}
    values.update(overrides)
    return Query(**values)


def index(places):
    return Index(places, subtopics=VOCABULARY)


def keys(results):
    return [r.place.key for r in results]


# -- retrieval ------------------------------------------------------------------------------


def test_bm25_ranks_by_content_in_both_languages():
    docs = [bag(p.text_de, p.text_en) for p in (FLOOD, COOL, COMPETITION)]
    german = BM25(docs).scores(bag("Sturmflut und Hochwasser an der Elbe", ""))
    english = BM25(docs).scores(bag("", "storm surges and floods"))
    assert german.argmax() == 0 and english.argmax() == 0
    assert german[2] == 0 and english[2] == 0


def test_subtopics_match_german_compounds_and_english_word_starts():
    assert subtopics_in("Elbhochwasser und Starkregenereignisse", "", VOCABULARY) == {"water-risks"}
    assert subtopics_in("", "Flooding after heavy rain", VOCABULARY) == {"water-risks"}
    # English terms match at the start of a word only: "preheat" is not about heat.
    assert subtopics_in("", "preheat the oven", VOCABULARY) == frozenset()


def test_function_words_are_not_terms():
    assert bag("und der die das in an", "the and of in") == []


# -- relevance from content, not counts ---------------------------------------------------


def test_one_practice_on_the_stated_challenge_beats_several_off_it():
    fit = place("rotterdam/noord", country="NL", practices=(FLOOD,))
    many = place("vienna/neubau", practices=(COOL, COMPETITION))
    ranked = rank(query(), index([fit, many]))
    assert keys(ranked) == ["rotterdam/noord", "vienna/neubau"]
    assert ranked[0].criteria["relevance"] > ranked[1].criteria["relevance"]


def test_the_reason_names_the_matching_practice_and_why():
    result = rank(query(), index([place("rotterdam/noord", country="NL", practices=(FLOOD,))]))[0]
    first_de, first_en = result.reasons_de[0], result.reasons_en[0]
    assert "„flood-barrier“ (Noord)" in first_de
    assert "erklärten Herausforderung von Harburg bei Klima" in first_de
    assert "Wasserrisiken" in first_de
    assert "water risks" in first_en
    match = result.evidence.matches["klima"]
    assert match.practice is FLOOD and match.stated and match.level == "district"


def test_an_off_topic_practice_is_never_the_reason_when_an_on_topic_one_exists():
    vienna = place("vienna/neubau", practices=(COMPETITION,), city_practices=(FLOOD,))
    result = rank(query(), index([vienna]))[0]
    assert result.evidence.matches["klima"].practice is FLOOD
    assert "housing-competition" not in " ".join(result.reasons_de)


def test_a_practice_counts_only_for_its_themes():
    housing_only = place("vienna/favoriten", practices=(GEMEINDEBAU,))
    result = rank(query(), index([housing_only]))[0]
    assert result.criteria["relevance"] == 0
    assert "kein Praxisbeispiel erfasst" in result.reasons_de[0]


def test_without_a_stated_challenge_the_theme_text_is_the_query():
    idx = Index(
        [place("vienna/favoriten", practices=(GEMEINDEBAU,))],
        subtopics=VOCABULARY,
        theme_texts={"wohnen": ("sozialer Wohnungsbau, Gemeindebau", "social housing")},
    )
    result = rank(query(themes={"wohnen": 1.0}), idx)[0]
    assert result.criteria["relevance"] > 0.5
    assert "passt zum Thema Wohnen" in result.reasons_de[0]


def test_older_and_unverified_practices_weigh_less():
    fresh = place("vienna/a", practices=(GEMEINDEBAU,))
    old = place("vienna/b", practices=(OLD,))
    idx = Index([fresh, old], theme_texts={"wohnen": ("sozialer Wohnungsbau", "")})
    q = query(themes={"wohnen": 1.0}, per_city=0)
    by_key = {r.place.key: r for r in rank(q, idx)}
    assert by_key["vienna/a"].criteria["relevance"] > by_key["vienna/b"].criteria["relevance"]


# -- city evidence once, district evidence decides, diversity ------------------------------


def test_city_practice_counts_for_the_city_and_district_evidence_decides_among_its_districts():
    districts = [
        place(f"paris/{n}", country="FR", languages=("fr",), city_practices=(FLOOD,))
        for n in ("a", "b", "c", "d")
    ]
    dike_park = practice(
        "dike-park", {"klima"}, "Ein Deichpark am Fluss hält Hochwasser vom Viertel fern."
    )
    own = place(
        "paris/e", country="FR", languages=("fr",), city_practices=(FLOOD,), practices=(dike_park,)
    )
    idx = index([*districts, own])
    everyone = rank(query(per_city=0), idx)
    assert keys(everyone)[0] == "paris/e"
    relevance = {r.place.key: r.criteria["relevance"] for r in everyone}
    assert len({round(relevance[f"paris/{n}"], 9) for n in "abcd"}) == 1
    assert rank(query(), idx)[0].place.key == "paris/e"
    assert len(rank(query(), idx)) == 2  # at most two districts of one city by default


def test_at_most_two_districts_per_city_by_default_and_configurable():
    paris = [place(f"paris/{i}", practices=(FLOOD,)) for i in range(8)]
    london = [place(f"london/{i}", country="GB", practices=(COOL,)) for i in range(8)]
    idx = index(paris + london)
    default = rank(query(), idx)
    assert [r.place.city_key for r in default].count("paris") == 2
    assert len(default) == 4
    assert len(rank(query(per_city=3), idx)) == 6
    assert len(rank(query(per_city=0), idx)) == 10


# -- criteria -------------------------------------------------------------------------------


def test_partnerships_are_counted_once_and_never_penalised():
    none = place("vienna/a")
    many = place("vienna/b", partnership_count=6)
    by_key = {r.place.key: r for r in rank(query(per_city=0), index([none, many]))}
    assert by_key["vienna/b"].criteria["experience"] > by_key["vienna/a"].criteria["experience"]
    for criterion in ("relevance", "similarity", "reachability", "exchange"):
        assert by_key["vienna/b"].criteria[criterion] == by_key["vienna/a"].criteria[criterion]


def test_languages_come_from_the_place_and_are_named_correctly():
    molenbeek = place("brussels/molenbeek", country="BE", languages=("fr", "nl"))
    result = rank(query(), index([molenbeek]))[0]
    assert result.evidence.shared_languages == ()
    text = " ".join(result.reasons_de)
    assert "gemeinsame Amtssprache" not in text
    assert "Amtssprache dort: Französisch und Niederländisch" in text
    assert result.criteria["exchange"] < 1


def test_travel_time_is_a_stated_estimate():
    assert travel_time(300) == (3.75, "rail")
    assert travel_time(1400) == (5.5, "air")
    result = rank(query(), index([place("vienna/a")]))[0]
    text = " ".join(result.reasons_de)
    assert "Reisezeitmodell geschätzt" in text and "kein Fahrplanwert" in text
    assert "travel-time model" in " ".join(result.reasons_en)


def test_home_city_and_constraints():
    atlas = [
        place("hamburg/wandsbek", country="DE", lat=53.58, lon=10.08),
        place("vienna/floridsdorf", practices=(FLOOD,)),
        place("copenhagen/norrebro", country="DK", lat=55.69, lon=12.55, languages=("da",)),
        place("oslo/gamle", country="NO", lat=59.9, lon=10.8, languages=("no",), eu_member=False),
    ]
    idx = index(atlas)
    assert "hamburg/wandsbek" not in keys(rank(query(), idx))
    assert all(r.place.eu_member for r in rank(query(eu_only=True), idx))
    assert keys(rank(query(max_km=500), idx)) == ["copenhagen/norrebro"]
    assert keys(rank(query(languages=frozenset({"de"})), idx)) == ["vienna/floridsdorf"]
    assert "vienna/floridsdorf" not in keys(rank(query(exclude_partners=True), idx))


def test_contributions_add_up_to_the_score_and_points_are_the_score_in_percent():
    atlas = [place("vienna/a", practices=(FLOOD,)), place("oslo/b", eu_member=False)]
    for result in rank(query(), index(atlas)):
        assert math.isclose(sum(result.contributions.values()), result.score)
        assert set(result.criteria) == set(CRITERIA)
        assert result.points == round(100 * result.score)


def test_score_one_explains_a_single_candidate_like_the_ranking():
    atlas = [place("vienna/a", practices=(FLOOD,)), place("rotterdam/b", practices=(COOL,))]
    idx = index(atlas)
    ranked = {r.place.key: r for r in rank(query(), idx)}
    single = score_one(query(), idx, "rotterdam/b")
    assert single.score == ranked["rotterdam/b"].score
    assert single.reasons_de == ranked["rotterdam/b"].reasons_de
    assert score_one(query(), idx, "nowhere/x") is None


def test_ranking_is_deterministic_with_stable_tie_breaks():
    twins = [place(f"vienna/twin-{i}") for i in (3, 1, 2)]
    first = keys(rank(query(per_city=0), index(twins)))
    assert first == ["vienna/twin-1", "vienna/twin-2", "vienna/twin-3"]
    assert keys(rank(query(per_city=0), index(list(reversed(twins))))) == first


practices = st.lists(
    st.builds(
        PracticeRef,
        key=st.sampled_from(["p1", "p2", "p3", "p4"]),
        title_de=st.just("P"),
        title_en=st.just("P"),
        themes=st.frozensets(st.sampled_from(["wohnen", "mobilitaet", "klima"]), min_size=1),
        text_de=st.sampled_from(["Sturmflut und Hochwasser", "Hitze", "Gemeindebau", ""]),
        start=st.one_of(st.none(), st.integers(1900, 2026)),
        end=st.one_of(st.none(), st.integers(1900, 2026)),
        verified=st.booleans(),
    ),
    max_size=4,
    unique_by=lambda p: p.key,
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


@settings(max_examples=100, deadline=None)
@given(candidate=places, criterion_weights=weights)
def test_scores_are_finite_and_in_range(candidate, criterion_weights):
    result = score_one(query(weights=criterion_weights), index([candidate]), candidate.key)
    assert 0.0 <= result.score <= 1.0 + 1e-9
    for value in (*result.criteria.values(), *result.contributions.values()):
        assert math.isfinite(value) and 0.0 <= value <= 1.0 + 1e-9


@settings(max_examples=100, deadline=None)
@given(candidate=places, criterion=st.sampled_from(CRITERIA), extra=st.floats(0.01, 5))
def test_more_weight_on_a_criterion_never_lowers_its_contribution(candidate, criterion, extra):
    idx = index([candidate])
    base = dict(DEFAULT_WEIGHTS)
    heavier = {**base, criterion: base[criterion] + extra}
    before = score_one(query(weights=base), idx, candidate.key).contributions[criterion]
    after = score_one(query(weights=heavier), idx, candidate.key).contributions[criterion]
    assert after >= before - 1e-12


def test_a_district_with_nothing_on_the_themes_comes_after_those_with_evidence():
    near = place("berlin/neukolln", country="DE", lat=52.48, lon=13.44, partnership_count=8)
    far = place("lisbon/beato", country="PT", lat=38.73, lon=-9.1, languages=("pt",))
    far = Place(**{**far.__dict__, "practices": (FLOOD,)})
    assert keys(rank(query(), index([near, far]))) == ["lisbon/beato", "berlin/neukolln"]
    # Even where the rest of the score favours the near one, evidence on the themes comes first.
    ranked = rank(query(weights={**DEFAULT_WEIGHTS, "relevance": 0.0}), index([near, far]))
    assert keys(ranked) == ["lisbon/beato", "berlin/neukolln"]
    assert ranked[1].score > ranked[0].score
