"""The forum report for the Bezirksversammlung, as a page and as a PDF."""

from __future__ import annotations

import datetime as dt

from django.http import HttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from bezirkspartner.dossiers import exports
from bezirkspartner.dossiers.reports import forum_report
from bezirkspartner.dossiers.views import pdf_unavailable

DEFAULT_DAYS = 365


def _period(request) -> tuple[dt.date, dt.date, str]:
    """The period from ?seit=YYYY-MM-DD&bis=YYYY-MM-DD; bad dates fall back to the default."""
    today = timezone.localdate()
    error = ""
    until = today
    since = today - dt.timedelta(days=DEFAULT_DAYS)
    try:
        if request.GET.get("seit"):
            since = dt.date.fromisoformat(request.GET["seit"])
        if request.GET.get("bis"):
            until = dt.date.fromisoformat(request.GET["bis"])
    except ValueError:
        error = "date"
    if since > until:
        since, until, error = until, since, "order"
    return since, until, error


def report(request):
    since, until, error = _period(request)
    return render(
        request,
        "dossiers/report.html",
        {
            "report": forum_report(since=since, until=until),
            "error": error,
            "pdf_available": exports.pdf_available(),
        },
    )


def report_pdf(request):
    since, until, _error = _period(request)
    html = render_to_string(
        "dossiers/report_print.html",
        {"report": forum_report(since=since, until=until), "today": timezone.localdate()},
        request=request,
    )
    try:
        data = exports.pdf_from_html(html)
    except exports.PdfUnavailable:
        return pdf_unavailable(request, reverse("dossiers:report"))
    response = HttpResponse(data, content_type="application/pdf")
    response["Content-Disposition"] = (
        f'attachment; filename="forumsbericht-{since.isoformat()}-{until.isoformat()}.pdf"'
    )
    return response
