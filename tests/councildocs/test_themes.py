"""Theme classification evaluated on the labelled gold documents (tests/geoparse/gold)."""

from pathlib import Path

import yaml

import bezirkspartner
from bezirkspartner.councildocs.themes import classify

ROOT = Path(bezirkspartner.__file__).parents[2]
GOLD = yaml.safe_load((ROOT / "tests/geoparse/gold/documents.yaml").read_text("utf-8"))
THEMES = yaml.safe_load((ROOT / "data/knowledge/themes.yaml").read_text("utf-8"))["themes"]
KEYWORDS = {t["slug"]: t["keywords_de"] + t["keywords_en"] for t in THEMES}


def test_classification_on_the_labelled_set():
    tp = fp = fn = 0
    for document in GOLD:
        found, expected = set(classify(document["text"], KEYWORDS)), set(document["themes"])
        tp, fp, fn = (
            tp + len(found & expected),
            fp + len(found - expected),
            fn + len(expected - found),
        )
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    f1 = 2 * precision * recall / (precision + recall)
    assert f1 >= 0.9, (precision, recall)


def test_classification_explains_itself_with_the_keywords_found():
    found = classify("Der Radweg und die Buslinie in Harburg.", KEYWORDS)
    assert found == {"mobilitaet": ["Buslinie", "Radweg"]}  # "Bus" is short: whole words only


def test_short_words_match_only_whole_words():
    assert "mobilitaet" not in classify("Harburg als Teil einer Metropole.", KEYWORDS)
