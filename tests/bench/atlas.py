"""Atlas build benchmark: the whole dataset from data/ and GeoNames into the database."""

from __future__ import annotations

import time


def run() -> list[tuple[str, str]]:
    from bezirkspartner.atlas.services import atlas_build

    start = time.perf_counter()
    report = atlas_build()
    seconds = time.perf_counter() - start
    return [
        (
            f"atlas build ({report.cities} cities, {report.districts} districts, GeoNames load "
            "included)",
            f"{seconds:.1f} s",
        ),
    ]
