"""Evaluation on the gold set (tests/geoparse/gold). Figures: docs/performance.md."""

from pathlib import Path

import yaml

from bezirkspartner.geoparse.evaluate import evaluate, gold_spans

GOLD = yaml.safe_load((Path(__file__).parent / "gold" / "documents.yaml").read_text("utf-8"))
# Floors that the current recogniser and data reach; raise them as both improve.
# The aims (issue 8) are F1 >= 0.9 overall and >= 0.95 for cities, countries, districts, quarters.
FLOORS = {
    "overall": 0.97,
    "city": 0.97,
    "country": 0.95,
    "district": 0.95,
    "quarter": 0.95,
    "street": 0.9,
    "water": 0.95,
}


def test_gold_set_is_well_formed():
    assert len(GOLD) >= 30
    for document in GOLD:
        assert document["source"]
        gold_spans(document)  # every surface is found in order


def test_recognition_quality_does_not_fall_below_the_floors(parser):
    overall, per_type, errors = evaluate(GOLD, parser.parse)
    assert overall.f1 >= FLOORS["overall"], "\n".join(errors)
    for kind, floor in FLOORS.items():
        if kind != "overall":
            assert per_type[kind].f1 >= floor, (kind, per_type[kind], errors)
