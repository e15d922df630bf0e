"""Geoparse benchmark: quality on both evaluation sets, throughput on 3 kB documents.

The development set (tests/geoparse/gold) was written while the recogniser was built; the
independent set (tests/geoparse/independent) holds real council papers annotated before the
recogniser was run on them. Throughput is CPU time of this process, best of five rounds,
against a bare tokenising pass over the same text (the aim: at least 25 % of its speed).
"""

from __future__ import annotations

import time
from pathlib import Path

import yaml

from bezirkspartner.geoparse import Gazetteer, Geoparser
from bezirkspartner.geoparse.cli import default_data_dir
from bezirkspartner.geoparse.evaluate import evaluate
from bezirkspartner.geoparse.tokens import tokenize

SETS = Path(__file__).parents[1] / "geoparse"
ROUNDS = 5


def _quality(name: str, documents: list[dict], parse) -> list[tuple[str, str]]:
    overall, per_type, _ = evaluate(documents, parse)
    figures = [
        (
            f"{name} set overall ({len(documents)} documents)",
            f"P {overall.precision:.2f} R {overall.recall:.2f} F1 {overall.f1:.2f}",
        )
    ]
    figures += [
        (
            f"{name} set {kind}",
            f"F1 {s.f1:.2f} ({s.true_positives} tp, "
            f"{s.false_positives} fp, {s.false_negatives} fn)",
        )
        for kind, s in per_type.items()
    ]
    return figures


def _best_seconds(function, chunks: list[str]) -> float:
    start = time.process_time()
    for chunk in chunks:
        function(chunk)
    return time.process_time() - start


def run() -> list[tuple[str, str]]:
    start = time.perf_counter()
    parser = Geoparser(Gazetteer.default(default_data_dir()))
    load_seconds = time.perf_counter() - start
    development = yaml.safe_load((SETS / "gold" / "documents.yaml").read_text("utf-8"))
    independent = yaml.safe_load((SETS / "independent" / "documents.yaml").read_text("utf-8"))
    figures = [("gazetteer load", f"{load_seconds:.1f} s ({len(parser.gazetteer)} names)")]
    figures += _quality("development", development, parser.parse)
    figures += _quality("independent", independent, parser.parse)

    corpus = " ".join(d["text"] for d in [*development, *independent])
    count = 300
    text = corpus * (3000 * count // len(corpus) + 1)
    chunks = [text[i : i + 3000] for i in range(0, 3000 * count, 3000)]
    assert all(len(chunk) == 3000 for chunk in chunks)
    tokenising, parsing = [], []
    for _ in range(ROUNDS):  # interleaved, so both see the same load on a shared machine
        tokenising.append(_best_seconds(tokenize, chunks))
        parsing.append(_best_seconds(parser.parse, chunks))
    tokenise_rate = len(chunks) / min(tokenising)
    parse_rate = len(chunks) / min(parsing)
    figures += [
        ("throughput, one core", f"{parse_rate:.0f} documents of 3 kB/s"),
        ("bare tokenising pass", f"{tokenise_rate:.0f} documents of 3 kB/s"),
        ("recogniser / tokenising", f"{parse_rate / tokenise_rate:.0%} (aim >= 25 %)"),
    ]
    return figures
