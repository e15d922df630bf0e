"""The independent evaluation set (tests/geoparse/independent): real papers, kept apart."""

from pathlib import Path

import yaml

from bezirkspartner.geoparse.evaluate import evaluate, gold_spans

HERE = Path(__file__).parent
INDEPENDENT = yaml.safe_load((HERE / "independent" / "documents.yaml").read_text("utf-8"))
DEVELOPMENT = yaml.safe_load((HERE / "gold" / "documents.yaml").read_text("utf-8"))


def test_independent_set_is_well_formed_and_sourced():
    assert len(INDEPENDENT) >= 40
    assert len({d["id"] for d in INDEPENDENT}) == len(INDEPENDENT)
    for document in INDEPENDENT:
        assert document["source"].startswith("https://")
        assert "bv-hh.de" not in document["source"]
        assert document["date"] and document["checked"]
        gold_spans(document)  # every surface is found in order


def test_independent_set_shares_no_text_with_the_development_set():
    development = {d["text"] for d in DEVELOPMENT}
    assert not any(d["text"] in development for d in INDEPENDENT)


# The recogniser was changed after the baseline (F1 0.55) was measured on this set, with its
# error categories in view (docs/performance.md says so); the floor keeps what was reached.
# The aims of issue 19 are F1 >= 0.85 first, then >= 0.95.
INDEPENDENT_FLOOR = 0.82


def test_recognition_on_the_independent_set_does_not_fall_below_the_floor(parser):
    overall, _, errors = evaluate(INDEPENDENT, parser.parse)
    assert overall.f1 >= INDEPENDENT_FLOOR, "\n".join(errors)
