"""Budget against plan (page and CSV) and the annual report (page, PDF, DOCX)."""

from __future__ import annotations

from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_safe

from bezirkspartner.core.csv_export import rows_to_csv
from bezirkspartner.dossiers.exports import PdfUnavailable, pdf_available
from bezirkspartner.partnerships import exports, selectors
from bezirkspartner.partnerships.views import partnership_or_404


@require_safe
def budget(request, pk: int):
    partnership = partnership_or_404(pk)
    return render(
        request,
        "partnerships/budget.html",
        {"partnership": partnership, "budget": selectors.budget(partnership)},
    )


@require_safe
def budget_csv(request, pk: int):
    partnership = partnership_or_404(pk)
    view = selectors.budget(partnership)
    body = rows_to_csv(selectors.BUDGET_CSV_HEADER, selectors.budget_csv_rows(view))
    response = HttpResponse(body, content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="partnerschaft-{pk}-budget.csv"'
    return response


def _year(value) -> int:
    try:
        year = int(value)
    except (TypeError, ValueError) as exc:
        raise Http404 from exc
    if not 1990 <= year <= 2200:
        raise Http404
    return year


@require_safe
def report(request, pk: int, year: int):
    partnership = partnership_or_404(pk)
    return render(
        request,
        "partnerships/report.html",
        {
            "partnership": partnership,
            "report": selectors.annual_report(partnership, _year(year)),
            "pdf_available": pdf_available(),
            "years": selectors.report_years(partnership),
        },
    )


@require_safe
def report_export(request, pk: int, year: int, fmt: str):
    partnership = partnership_or_404(pk)
    report = selectors.annual_report(partnership, _year(year))
    try:
        data, content_type = exports.render(report, fmt)
    except exports.UnknownFormat as exc:
        raise Http404 from exc
    except PdfUnavailable:
        return render(
            request,
            "dossiers/pdf_unavailable.html",
            {"back": partnership.get_absolute_url()},
            status=503,
        )
    response = HttpResponse(data, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{exports.filename(report, fmt)}"'
    return response
