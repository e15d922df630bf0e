from bezirkspartner.atlas.geonames_match import distance_km, match_place
from bezirkspartner.core.text import fold, german_fold
from tests.atlas.fixtures import small_index

HAMBURG = (53.5503, 10.0007)


def test_fold_ignores_case_accents_and_separators():
    assert fold("Malmö") == "malmo"
    assert fold("Neugraben - Fischbek") == fold("neugraben-fischbek") == "neugraben fischbek"
    assert fold("Straße") == "strasse"
    assert german_fold("München") == "muenchen"


def test_distance_is_plausible():
    assert distance_km(53.5503, 10.0007, 48.2085, 16.3721) == pytest_approx(742, 5)


def pytest_approx(value, tolerance):
    import pytest

    return pytest.approx(value, abs=tolerance)


def test_match_prefers_the_place_near_the_city():
    match = match_place(names=["Harburg"], country="DE", centre=HAMBURG, index=small_index())
    assert match.status == "matched"
    assert match.place.geonames_id == 5


def test_no_match_far_away_or_in_another_country():
    index = small_index()
    assert match_place(names=["Harburg"], country="AT", centre=HAMBURG, index=index).place is None
    far = match_place(names=["Floridsdorf"], country="AT", centre=HAMBURG, index=index)
    assert far.status == "unmatched"


def test_pinned_id_is_checked_for_distance():
    index = small_index()
    pinned = match_place(names=["X"], country="DE", centre=HAMBURG, index=index, pinned_id=5)
    assert pinned.status == "pinned"
    wrong = match_place(names=["X"], country="DE", centre=HAMBURG, index=index, pinned_id=6)
    assert wrong.status == "unmatched"
    assert "km away" in wrong.note


def test_alternate_names_match_case_insensitively():
    match = match_place(
        names=["HAMBURG-HARBURG"], country="DE", centre=HAMBURG, index=small_index()
    )
    assert match.place.geonames_id == 5
