"""The annual report as PDF (WeasyPrint, Drucksache shape) and DOCX (python-docx).

Both are built from the same `AnnualReport`, so their numbers are the page's numbers. The
PDF renderer and its no-fetch rule are the dossier export's.
"""

from __future__ import annotations

import io

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from bezirkspartner.core.docx_table import docx_table
from bezirkspartner.partnerships.selectors import AnnualReport
from bezirkspartner.partnerships.templatetags.partnership_tags import euro, hours, signed_euro

CONTENT_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}


class UnknownFormat(ValueError):
    pass


def _context(report: AnnualReport) -> dict:
    return {"report": report, "partnership": report.partnership, "today": timezone.localdate()}


def html_for_print(report: AnnualReport) -> str:
    return render_to_string("partnerships/report_print.html", _context(report))


def docx(report: AnnualReport) -> bytes:
    from docx import Document
    from docx.shared import Pt

    partnership = report.partnership
    document = Document()
    document.styles["Normal"].font.name = "DejaVu Sans"
    document.styles["Normal"].font.size = Pt(10)
    title = _("Annual report %(year)s: %(title)s") % {
        "year": report.year,
        "title": partnership.title,
    }
    document.core_properties.title = title
    document.core_properties.language = get_language() or "de"
    assembly = _("Bezirksversammlung %(home)s") % {"home": settings.HOME_DISTRICT}
    document.add_paragraph(
        f"{assembly} · {_('Information paper (Mitteilungsvorlage)')} · "
        f"{timezone.localdate():%d.%m.%Y}"
    )
    if partnership.is_demo:
        document.add_paragraph(_("Demo content: this partnership does not exist."))
    document.add_heading(title, level=0)
    document.add_heading(_("Summary (Sachverhalt)"), level=1)
    document.add_paragraph(
        _("Stage at the end of the report: %(stage)s.") % {"stage": partnership.get_stage_display()}
    )
    if partnership.summary:
        document.add_paragraph(partnership.summary)
    document.add_heading(_("Steps of the year"), level=2)
    docx_table(
        document,
        [_("Date"), _("Stage"), _("Decided by"), _("Council document")],
        [
            [f"{s.decided_on:%d.%m.%Y}", s.get_to_stage_display(), s.decided_by, s.drucksache]
            for s in report.steps
        ],
    )
    document.add_heading(_("What happened"), level=2)
    docx_table(
        document,
        [_("Date"), _("Activity"), _("Kind"), _("Participants"), _("Outcome")],
        [
            [
                f"{timezone.localtime(a.starts_at):%d.%m.%Y}",
                a.title,
                a.get_kind_display(),
                ", ".join(a.group_labels)
                + (f" ({a.participant_count})" if a.participant_count else ""),
                a.outcome,
            ]
            for a in report.activities
        ],
    )
    document.add_heading(_("Who took part"), level=2)
    for label, count in report.groups:
        document.add_paragraph(
            _("%(group)s: %(count)s activities") % {"group": label, "count": count},
            style="List Bullet",
        )
    document.add_heading(_("Money and staff against plan"), level=2)
    row = report.budget_year
    if row is None:
        document.add_paragraph(_("No plan and no spending in this year."))
    else:
        docx_table(
            document,
            [_("Funding source"), _("Actual"), _("Staff hours")],
            [[s.label, euro(s.amount), hours(s.hours)] for s in row.sources]
            + [[_("Total"), euro(row.actual_cost), hours(row.actual_hours)]],
        )
        document.add_paragraph(
            _("Plan: %(cost)s and %(hours)s; difference: %(diff)s.")
            % {
                "cost": euro(row.planned_cost),
                "hours": hours(row.planned_hours),
                "diff": signed_euro(row.cost_difference),
            }
        )
    document.add_heading(_("Next steps"), level=1)
    for activity in report.upcoming:
        document.add_paragraph(
            f"{timezone.localtime(activity.starts_at):%d.%m.%Y}: {activity.title}",
            style="List Bullet",
        )
    if not report.upcoming:
        document.add_paragraph(_("No activities are planned yet."))
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def render(report: AnnualReport, fmt: str) -> tuple[bytes, str]:
    if fmt == "pdf":
        from bezirkspartner.dossiers.exports import pdf_from_html  # the shared renderer

        return pdf_from_html(html_for_print(report)), CONTENT_TYPES[fmt]
    if fmt == "docx":
        return docx(report), CONTENT_TYPES[fmt]
    raise UnknownFormat(fmt)


def filename(report: AnnualReport, fmt: str) -> str:
    partnership = report.partnership
    stem = slugify(f"jahresbericht-{report.year}-{partnership.pk}-{partnership.partner.name}")
    return f"{stem[:80]}.{fmt}"
