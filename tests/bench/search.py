"""Search benchmark: query latency over the shipped data on the benchmark database."""

from __future__ import annotations

import statistics
import time

QUERIES = [
    "Gemeindebau",
    "social housing",
    "Radverkehr",
    "cycling",
    "Hochwasser",
    "Wien",
    "Kopenhagen",
    "Integration Nachbarschaft",
    "open data",
    "Kultur",
    "Barcelona",
    "Harburg",
    "Klimaanpassung Starkregen",
    "smart city",
    "Genossenschaft",
    "Lissabon",
]


def run() -> list[tuple[str, str]]:
    from bezirkspartner.knowledge.models import SearchDocument
    from bezirkspartner.knowledge.search import search

    timings = []
    for _ in range(5):
        for query in QUERIES:
            start = time.perf_counter()
            search(query)
            timings.append((time.perf_counter() - start) * 1000)
    timings.sort()
    documents = SearchDocument.objects.count()
    return [
        (
            f"search over {documents} documents, median of {len(timings)} queries",
            f"{statistics.median(timings):.1f} ms",
        ),
        ("95th percentile", f"{timings[int(len(timings) * 0.95) - 1]:.1f} ms"),
        ("slowest", f"{timings[-1]:.1f} ms"),
    ]
