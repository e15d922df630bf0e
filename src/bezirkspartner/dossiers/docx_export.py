"""The dossier as an editable Word document (python-docx), in the same order as the PDF.

The timeline chart becomes a table with one shaded cell per quarter, which office suites
edit well and screen readers can read.
"""

from __future__ import annotations

import io

from django.conf import settings
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

from bezirkspartner.core.docx_table import docx_table
from bezirkspartner.dossiers.plan import year_month
from bezirkspartner.dossiers.selectors import DossierView
from bezirkspartner.dossiers.templatetags.dossier_tags import (
    eligibility,
    euro,
    formula,
    funding_notes,
    note_refs,
)


def _shade(cell, colour: str) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:fill"), colour)
    cell._tc.get_or_add_tcPr().append(shading)


def _quarters(view: DossierView) -> list[tuple[int, int]]:
    months = [year_month(month) for p in view.phases for month in (p.start, p.end)]
    if not months:
        return []
    first, last = min(months)[0], max(months)[0]
    return [(year, q) for year in range(first, last + 1) for q in range(1, 5)]


def _timeline(document, view: DossierView) -> None:
    quarters = _quarters(view)
    header = [_("Phase"), *[f"Q{q}/{str(y)[2:]}" for y, q in quarters]]
    table = docx_table(document, header, [[p.label, *[""] * len(quarters)] for p in view.phases])
    for row, phase in zip(table.rows[1:], view.phases, strict=True):
        start, end = year_month(phase.start), year_month(phase.end)
        for cell, (year, quarter) in zip(row.cells[1:], quarters, strict=True):
            q_start, q_end = (year, quarter * 3 - 2), (year, quarter * 3)
            if q_start <= end and start <= q_end:
                _shade(cell, "1D5F8A")


def _section_summary(document, view: DossierView) -> None:
    content = view.content
    document.add_heading(_("Summary (Sachverhalt)"), level=1)
    document.add_paragraph(content.summary)
    proposer = content.proposer
    if proposer:
        document.add_heading(_("What the forum proposal says"), level=2)
        rows = []
        if proposer.implementation:
            rows.append([_("How it could be implemented"), proposer.implementation])
        if proposer.cost_eur is not None:
            computed = (
                f" ({_('this dossier computes %(total)s') % {'total': euro(view.cost.total)}})"
            )
            rows.append(
                [_("Estimated money"), euro(proposer.cost_eur) + (computed if view.cost else "")]
            )
        if proposer.staff_hours is not None:
            planned = _("this dossier plans %(hours)s hours") % {"hours": view.staff_total_hours}
            rows.append([_("Estimated staff hours"), f"{proposer.staff_hours} ({planned})"])
        if proposer.committees:
            rows.append([_("Committees"), proposer.committees])
        if proposer.lead:
            rows.append([_("Lead (Federführung)"), proposer.lead])
        docx_table(document, [_("Question"), _("Answer")], rows)
    document.add_heading(_("Goals and expected benefit"), level=2)
    for goal in view.goals:
        document.add_heading(goal.theme_obj.name if goal.theme_obj else goal.theme, 3)
        document.add_paragraph(f"{_('Goal:')} {goal.goal}", style="List Bullet")
        if goal.benefit:
            document.add_paragraph(f"{_('Expected benefit:')} {goal.benefit}", "List Bullet")
        for practice in goal.practice_objs:
            document.add_paragraph(
                f"{_('Practice:')} {practice.title} ({practice.city_name})", "List Bullet"
            )
    document.add_heading(_("Implementation in phases"), level=2)
    docx_table(
        document,
        [_("Phase"), _("Stage"), _("From"), _("To"), _("Activities")],
        [[p.label, p.category or "", p.start, p.end, p.activities] for p in view.phases],
    )


def _section_resources(document, view: DossierView) -> None:
    document.add_heading(_("Financial resources"), level=2)
    if view.cost:
        years = "; ".join(f"{year}: {euro(amount)}" for year, amount in view.year_amounts)
        document.add_paragraph(
            _("Estimated total cost: %(total)s") % {"total": euro(view.cost.total)} + f" ({years})."
        )
    for problem in view.problems:
        document.add_paragraph(problem)
    document.add_heading(_("Funding options"), level=2)
    funding = funding_notes(view.funding)
    docx_table(
        document,
        [_("Programme"), _("Result"), _("May cover"), _("Left to the district budget"), _("Notes")],
        [
            [
                f"{o.record.name}" + (f" ({o.record.year})" if o.record.year else ""),
                eligibility(o.eligible),
                euro(o.funded),
                euro(o.remainder),
                note_refs(row["notes"]),
            ]
            for row in funding["rows"]
            for o in [row["option"]]
        ],
        numeric={2, 3},
    )
    for number, note in enumerate(funding["notes"], start=1):
        document.add_paragraph(f"{number}. {note}")
    document.add_heading(_("Personnel resources"), level=2)
    phases = [p.label for p in view.phases]
    rows = [[r.office, *r.hours.values(), r.total] for r in view.staff_rows]
    rows.append([_("Total"), *[""] * len(phases), view.staff_total_hours])
    docx_table(
        document,
        [_("Office or role"), *phases, _("Hours")],
        rows,
        numeric=set(range(1, len(phases) + 2)),
    )


def _section_governance(document, view: DossierView) -> None:
    document.add_heading(_("Committees"), level=2)
    docx_table(
        document,
        [_("Committee"), _("Role"), _("Reason")],
        [
            [r.committee.name, _("lead") if r.role == "lead" else _("involved"), r.reason]
            for r in view.committees
        ],
    )
    document.add_heading(_("Lead (Federführung)"), level=2)
    lead = view.lead
    committee = lead.committee_obj
    text = lead.office + (f"; {_('lead committee:')} {committee.name}" if committee else "")
    document.add_paragraph(text)
    if lead.reason:
        document.add_paragraph(lead.reason)
    document.add_heading(_("Risks and how to meet them"), level=2)
    for risk in view.content.risks:
        paragraph = document.add_paragraph(style="List Bullet")
        paragraph.add_run(risk.risk).bold = True
        paragraph.add_run(f" {risk.response}")
    document.add_heading(_("Evaluation indicators"), level=2)
    docx_table(
        document,
        [_("Indicator"), _("Target")],
        [[i.indicator, i.target] for i in view.content.indicators],
    )


def _annexes(document, view: DossierView) -> None:
    document.add_page_break()
    document.add_heading(_("Annex 1: cost plan"), level=1)
    if view.cost:
        years = view.cost.years
        rows = [[r["label"], *map(euro, r["amounts"]), euro(r["total"])] for r in view.cost_rows]
        rows.append([_("Total"), *map(euro, view.year_totals), euro(view.cost.total)])
        docx_table(
            document,
            [_("Category"), *map(str, years), _("Total")],
            rows,
            numeric=set(range(1, len(years) + 2)),
        )
        docx_table(
            document,
            [_("Year"), _("Category"), _("Phase"), _("Computation"), _("Amount")],
            [
                [
                    line["year"],
                    line["label"] + (f": {line['office']}" if line["office"] else ""),
                    line["phase_title"],
                    formula(line["formula"]),
                    euro(line["amount"]),
                ]
                for line in view.cost_lines
            ],
            numeric={4},
        )
    document.add_paragraph(_("Rates and their sources") + ":")
    for source in view.sources:
        document.add_paragraph(
            f"{source['title']} ({source['year']}): {source['url']}", style="List Bullet"
        )
    document.add_page_break()
    document.add_heading(_("Annex 2: timeline"), level=1)
    _timeline(document, view)


def dossier_docx(view: DossierView) -> bytes:
    dossier = view.dossier
    document = Document()
    document.styles["Normal"].font.name = "DejaVu Sans"
    document.styles["Normal"].font.size = Pt(10)
    document.core_properties.title = dossier.title
    document.core_properties.language = get_language() or "de"
    assembly = _("Bezirksversammlung %(home)s") % {"home": settings.HOME_DISTRICT}
    document.add_paragraph(
        f"{assembly} · {_('Draft Drucksache')} · "
        f"{timezone.localdate():%d.%m.%Y} · {dossier.get_status_display()}, "
        + _("version %(number)s")
        % {"number": dossier.version}
    )
    document.add_heading(dossier.title, level=0)
    _section_summary(document, view)
    _section_resources(document, view)
    _section_governance(document, view)
    document.add_heading(_("Resolution proposed (Petitum)"), level=1)
    for paragraph in view.content.petitum.split("\n"):
        if paragraph.strip():
            document.add_paragraph(paragraph.strip())
    _annexes(document, view)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
