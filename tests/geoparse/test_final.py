"""The final set (tests/geoparse/final): real texts, annotated before the recogniser ever ran on
them, measured once, not for tuning."""

from tests.geoparse.evaluation_sets import (
    assert_apart,
    assert_district_texts,
    assert_no_shared_passage,
    assert_sourced,
    load,
)

FINAL = load("final")
OTHERS = [
    load(name)
    for name in (
        "gold",
        "independent",
        "unseen",
        "fresh",
        "sealed",
        "holdout",
        "blind",
        "reserve",
        "spare",
    )
]


def test_final_set_is_well_formed_and_sourced():
    assert_sourced(FINAL)
    assert_district_texts(FINAL, per_district=4)


def test_final_set_shares_no_text_source_page_or_passage_with_the_other_sets():
    assert_apart(FINAL, OTHERS)
    assert_no_shared_passage(FINAL, OTHERS)
