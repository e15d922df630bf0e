"""Dossier benchmark on the shipped data: drafting, computing all parts, and each export."""

from __future__ import annotations

import io
import resource
import statistics
import time

from pypdf import PdfReader


def _median_ms(action, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def run() -> list[tuple[str, str]]:
    from bezirkspartner.accounts.models import User
    from bezirkspartner.dossiers import exports, selectors, services
    from bezirkspartner.knowledge.models import Theme
    from bezirkspartner.knowledge.selectors import home_district
    from bezirkspartner.matching import selectors as matching

    home = home_district()
    themes = list(Theme.objects.filter(slug__in=["wohnen", "klima"]))
    results = matching.match_run(
        matching.MatchRequest(home=home, themes={t.slug: 1.0 for t in themes}, weights={})
    )
    partner = matching.district_for_key(results[0].place.key)
    actor, _ = User.objects.get_or_create(
        email="bench@example.org", defaults={"role": User.Role.ADMINISTRATION}
    )
    drafted = []

    def draft():
        drafted.append(
            services.dossier_create(home=home, partner=partner, themes=themes, actor=actor)
        )

    draft_ms = _median_ms(draft, 5)
    dossier = selectors.dossier_with_history(drafted[-1].pk)
    view_ms = _median_ms(lambda: selectors.dossier_view(dossier), 20)
    view = selectors.dossier_view(dossier)
    md_ms = _median_ms(lambda: exports.markdown(view), 20)
    pdf_ms = _median_ms(lambda: exports.pdf(view), 5)
    docx_ms = _median_ms(lambda: exports.docx(view), 10)
    pages = len(PdfReader(io.BytesIO(exports.pdf(view))).pages)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return [
        ("partner", f"{partner.name} ({partner.city.name_en}), themes wohnen + klima"),
        ("first draft (matching, practices, committees, plan), median of 5", f"{draft_ms:.0f} ms"),
        (
            "all parts computed for the page (costs, staff, funding), median of 20",
            f"{view_ms:.1f} ms",
        ),
        ("Markdown export, median of 20", f"{md_ms:.1f} ms"),
        ("PDF export (WeasyPrint), median of 5", f"{pdf_ms:.0f} ms, {pages} pages"),
        ("DOCX export, median of 10", f"{docx_ms:.0f} ms"),
        ("peak resident memory of the whole benchmark process (incl. setup)", f"{peak_mb:.0f} MB"),
    ]
