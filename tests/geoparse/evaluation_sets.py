"""The evaluation sets of tests/geoparse and the checks every set of real papers must pass."""

from pathlib import Path

import yaml

from bezirkspartner.geoparse.evaluate import gold_spans

HERE = Path(__file__).parent


def load(name: str) -> list[dict]:
    """The documents of one set: "gold", "independent", "unseen", "fresh", "sealed", "holdout",
    "blind", "reserve", "spare", "final", "unread", "untouched", "pristine", "spotless",
    "immaculate", "flawless", "unopened", "untried", "unheard", "unbroken", "untrodden",
    "unvisited", "unspoilt", "unexplored", "unmapped", "uncharted", "unsurveyed", "untraced",
    "unplotted", "unwalked", "unmarked", "unsounded", "unfiled", "unlisted", "unheeded",
    "unpicked", "unsought" or "unglimpsed"."""
    return yaml.safe_load((HERE / name / "documents.yaml").read_text("utf-8"))


def load_second_annotation(name: str, part: str) -> list[dict]:
    """The blind second annotation of one part of a set: `{id, mentions}` per record."""
    return yaml.safe_load((HERE / name / f"second_annotation_{part}.yaml").read_text("utf-8"))


def assert_sourced(documents: list[dict]) -> None:
    """At least 40 documents with their own ids, each from a page other than bv-hh.de (the peer
    we compare against), with its date and the day it was checked, annotated where it says."""
    assert len(documents) >= 40
    assert len({d["id"] for d in documents}) == len(documents)
    for document in documents:
        assert document["source"].startswith(("https://", "http://"))
        assert "bv-hh.de" not in document["source"]
        assert document["date"] and document["checked"]
        gold_spans(document)  # every surface is found where it was annotated


def assert_apart(documents: list[dict], others: list[list[dict]]) -> None:
    """No text and no source page of `documents` is in one of the `others` sets."""
    texts = {d["text"] for other in others for d in other}
    sources = {d["source"] for other in others for d in other}
    assert not any(d["text"] in texts for d in documents)
    assert not any(d["source"] in sources for d in documents)


DISTRICTS = frozenset(
    {"Altona", "Bergedorf", "Eimsbüttel", "Hamburg-Mitte", "Hamburg-Nord", "Harburg", "Wandsbek"}
)


def assert_district_texts(documents: list[dict], per_district: int = 1) -> None:
    """Texts of 300 to 1,500 characters, each with its kind, from all seven districts, at least
    `per_district` of each."""
    assert {d["district"] for d in documents} == DISTRICTS
    for district in DISTRICTS:
        assert sum(d["district"] == district for d in documents) >= per_district, district
    for document in documents:
        assert document["kind"]
        assert 300 <= len(document["text"]) <= 1500


def assert_no_shared_passage(documents: list[dict], others: list[list[dict]], width=80) -> None:
    """No `width`-character stretch of a text (spaces normalised) occurs in a text of the
    `others` sets."""
    texts = [" ".join(d["text"].split()) for other in others for d in other]
    for document in documents:
        text = " ".join(document["text"].split())
        for start in range(0, max(1, len(text) - width), 20):
            window = text[start : start + width]
            assert not any(window in other for other in texts), (document["id"], window)
