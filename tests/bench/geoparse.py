"""Geoparse benchmark: gold-set quality and throughput on 3 kB council-style documents."""

from __future__ import annotations

import time
from pathlib import Path

import yaml

from bezirkspartner.geoparse import Gazetteer, Geoparser
from bezirkspartner.geoparse.cli import default_data_dir
from bezirkspartner.geoparse.evaluate import evaluate

GOLD = Path(__file__).parents[1] / "geoparse" / "gold" / "documents.yaml"


def run() -> list[tuple[str, str]]:
    start = time.perf_counter()
    parser = Geoparser(Gazetteer.default(default_data_dir()))
    load_seconds = time.perf_counter() - start
    documents = yaml.safe_load(GOLD.read_text(encoding="utf-8"))
    overall, per_type, _ = evaluate(documents, parser.parse)
    figures = [
        ("gazetteer load", f"{load_seconds:.1f} s ({len(parser.gazetteer)} names)"),
        (
            "gold set overall",
            f"P {overall.precision:.2f} R {overall.recall:.2f} F1 {overall.f1:.2f}",
        ),
    ]
    figures += [
        (
            f"gold set {kind}",
            f"F1 {s.f1:.2f} ({s.true_positives} tp, "
            f"{s.false_positives} fp, {s.false_negatives} fn)",
        )
        for kind, s in per_type.items()
    ]
    corpus = " ".join(d["text"] for d in documents)
    count = 500
    text = corpus * (3000 * count // len(corpus) + 1)
    chunks = [text[i : i + 3000] for i in range(0, 3000 * count, 3000)]
    assert all(len(chunk) == 3000 for chunk in chunks)
    start = time.perf_counter()
    for chunk in chunks:
        parser.parse(chunk)
    seconds = time.perf_counter() - start
    figures.append(("throughput, one core", f"{len(chunks) / seconds:.0f} documents of 3 kB/s"))
    return figures
