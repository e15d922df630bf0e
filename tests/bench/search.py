"""Search benchmark: query latency over the shipped data on the benchmark database, and over
the same with 10,000 generated forum proposals that all match the queries of the second part
(added in a transaction that is rolled back). A query's time includes reading its first page
of 20 results."""

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


LARGE = 10_000
LARGE_QUERIES = ["Vorschlag", "Gründach", "Vorschlag Gründach", "Bezirk"]


def _timings(queries: list[str]) -> list[float]:
    from bezirkspartner.knowledge.search import search

    timings = []
    for _ in range(5):
        for query in queries:
            start = time.perf_counter()
            hits, _ = search(query)
            hits[:20]  # the first page's documents
            timings.append((time.perf_counter() - start) * 1000)
    return sorted(timings)


def _figures(label: str, timings: list[float]) -> list[tuple[str, str]]:
    return [
        (f"{label}, median of {len(timings)} queries", f"{statistics.median(timings):.1f} ms"),
        (f"{label}, 95th percentile", f"{timings[int(len(timings) * 0.95) - 1]:.1f} ms"),
        (f"{label}, slowest", f"{timings[-1]:.1f} ms"),
    ]


def _large_index() -> None:
    from bezirkspartner.knowledge.indexing import search_documents_replace
    from bezirkspartner.knowledge.models import SearchDocument

    search_documents_replace(
        kind="proposal",
        object_ids=[],
        documents=[
            SearchDocument(
                kind="proposal",
                object_id=900_000 + n,
                url=f"/forum/vorschlag/{900_000 + n}/",
                title_de=f"Vorschlag {n} für den Bezirk",
                title_en="",
                body_de="Ein Gründach auf jeder Schule, sagt der Vorschlag. " * (1 + n % 7),
                country="DE",
            )
            for n in range(LARGE)
        ],
    )


def run() -> list[tuple[str, str]]:
    from django.db import transaction

    from bezirkspartner.knowledge.models import SearchDocument

    figures = _figures(f"{SearchDocument.objects.count()} documents", _timings(QUERIES))
    with transaction.atomic():
        _large_index()
        count = SearchDocument.objects.count()
        figures += _figures(
            f"{count} documents, {LARGE} matching each query", _timings(LARGE_QUERIES)
        )
        transaction.set_rollback(True)
    return figures
