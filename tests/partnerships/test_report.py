"""The annual report: page, DOCX and PDF from the same numbers, in the Drucksache shape."""

import datetime as dt
import io
from decimal import Decimal

import pytest
from django.utils import timezone

from bezirkspartner.partnerships import selectors, services
from tests.partnerships.conftest import activity_fields

pytestmark = pytest.mark.django_db
YEAR = 2025  # a year in the past: everything in it has taken place


@pytest.fixture
def year_of_work(partnership, administration):
    start = timezone.make_aware(dt.datetime(YEAR, 3, 10, 9))
    done = services.activity_plan(
        partnership=partnership,
        actor=administration,
        **activity_fields(
            title="Fachbesuch Wohnungsbau",
            starts_at=start,
            ends_at=start + dt.timedelta(days=2),
            outcome="Zwei Verfahren zur Übernahme geprüft.",
            participant_count=9,
        ),
    )
    services.expense_record(
        activity=done,
        actor=administration,
        amount_eur=Decimal("2345.60"),
        staff_hours=Decimal("20"),
        note="Reisekosten",
    )
    services.activity_plan(
        partnership=partnership,
        actor=administration,
        **activity_fields(title="Gegenbesuch im Herbst"),
    )
    partnership.steps.update(decided_on=dt.date(YEAR, 1, 15))
    services.stage_advance(
        partnership=partnership,
        to_stage="contact",
        decided_on=dt.date(YEAR, 2, 1),
        actor=administration,
        decided_by="Bezirksamt",
    )
    return partnership


def test_the_report_collects_the_year(year_of_work):
    report = selectors.annual_report(selectors.partnership_get(year_of_work.pk), YEAR)
    assert [a.title for a in report.activities] == ["Fachbesuch Wohnungsbau"]
    assert report.participants == 9
    assert [s.to_stage for s in report.steps] == ["idea", "contact"]
    assert report.budget_year.actual_cost == Decimal("2345.60")
    assert [a.title for a in report.upcoming] == ["Gegenbesuch im Herbst"]
    assert dict(report.groups) == {"Verwaltung": 1, "Initiativen": 1}


def test_the_page_and_the_docx_show_the_same_report(client, year_of_work):
    from docx import Document

    page = client.get(f"/partnerschaften/{year_of_work.pk}/jahresbericht/{YEAR}/")
    html = page.content.decode()
    assert "Jahresbericht 2025" in html and "Fachbesuch Wohnungsbau" in html
    assert "2.346 €" in html
    response = client.get(f"/partnerschaften/{year_of_work.pk}/jahresbericht/{YEAR}.docx")
    assert response.status_code == 200 and "attachment" in response["Content-Disposition"]
    document = Document(io.BytesIO(response.content))
    text = "\n".join(p.text for p in document.paragraphs)
    cells = " ".join(c.text for t in document.tables for r in t.rows for c in r.cells)
    assert "Mitteilungsvorlage" in text and "Jahresbericht 2025" in text
    assert "Fachbesuch Wohnungsbau" in cells and "2.346 €" in cells
    assert "Gegenbesuch im Herbst" in text


def test_the_pdf_renders_without_fetching_anything(client, year_of_work, pdf_renderer):
    from pypdf import PdfReader

    response = client.get(f"/partnerschaften/{year_of_work.pk}/jahresbericht/{YEAR}.pdf")
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)
    assert "Jahresbericht 2025" in text and "Fachbesuch Wohnungsbau" in text


def test_unknown_formats_and_years_are_not_found(client, partnership):
    assert (
        client.get(f"/partnerschaften/{partnership.pk}/jahresbericht/2026.exe").status_code == 404
    )
    assert client.get(f"/partnerschaften/{partnership.pk}/jahresbericht/99999/").status_code == 404


def test_an_english_report_for_guests(client, year_of_work):
    from docx import Document

    response = client.get(f"/en/partnerschaften/{year_of_work.pk}/jahresbericht/{YEAR}.docx")
    text = "\n".join(p.text for p in Document(io.BytesIO(response.content)).paragraphs)
    assert "Annual report 2025" in text and "Next steps" in text
