"""The evaluator's reading of annotations (src/bezirkspartner/geoparse/evaluate.py)."""

from bezirkspartner.geoparse.evaluate import gold_spans


def _document(text: str, *mentions: list) -> dict:
    return {"id": "x", "text": text, "mentions": list(mentions)}


def test_an_annotated_surface_is_not_found_inside_a_longer_word():
    document = _document("Rahlstedter Zentrum, Ortskern Rahlstedt", ["Rahlstedt", "quarter"])
    assert gold_spans(document) == [(30, 39, "quarter")]


def test_a_surface_may_follow_a_word_without_a_space_or_end_before_a_hyphen():
    document = _document(
        "bei derA26 und Harburg-Wilstorf", ["A26", "street"], ["Harburg", "district"]
    )
    assert gold_spans(document) == [(7, 10, "street"), (15, 22, "district")]


def test_the_third_element_counts_every_occurrence_of_the_surface():
    document = _document(
        "Heimfelder Terrassen, Heimfeld B69, in Heimfeld", ["Heimfeld", "quarter", 3]
    )
    assert gold_spans(document) == [(39, 47, "quarter")]
