"""The evaluation sets of tests/geoparse and the checks every set of real papers must pass."""

from pathlib import Path

import yaml

from bezirkspartner.geoparse.evaluate import gold_spans

HERE = Path(__file__).parent


def load(name: str) -> list[dict]:
    """The documents of one set: "gold", "independent", "unseen", "fresh", "sealed" or "holdout"."""
    return yaml.safe_load((HERE / name / "documents.yaml").read_text("utf-8"))


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
