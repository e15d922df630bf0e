"""The spare set (tests/geoparse/spare): real texts, annotated before the recogniser ever ran on
them, measured once, not for tuning."""

from tests.geoparse.evaluation_sets import (
    assert_apart,
    assert_district_texts,
    assert_no_shared_passage,
    assert_sourced,
    load,
)

SPARE = load("spare")
OTHERS = [
    load(name)
    for name in ("gold", "independent", "unseen", "fresh", "sealed", "holdout", "blind", "reserve")
]


def test_spare_set_is_well_formed_and_sourced():
    assert_sourced(SPARE)
    assert_district_texts(SPARE, per_district=4)


def test_spare_set_shares_no_text_source_page_or_passage_with_the_other_sets():
    assert_apart(SPARE, OTHERS)
    assert_no_shared_passage(SPARE, OTHERS)
