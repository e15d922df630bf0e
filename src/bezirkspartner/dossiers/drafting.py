"""The first draft of a dossier, generated from matching, practices, committees and the plan.

The draft is a typed `content.DossierContent` that administration users then edit. Its
German texts are written from evidence only; plan figures (group sizes, days, hours) are
planning assumptions the draft names as such.
"""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.db.models import Q

from bezirkspartner.atlas.models import District
from bezirkspartner.core.typography import quote_de
from bezirkspartner.dossiers.content import (
    SHORT_TEXT,
    CommitteeEntry,
    DossierContent,
    Goal,
    Indicator,
    Lead,
    Match,
    Phase,
    Proposer,
    Risk,
    StaffLine,
    clip,
)
from bezirkspartner.dossiers.models import Committee
from bezirkspartner.dossiers.rates import rates_data
from bezirkspartner.knowledge.models import Challenge, Practice, Theme
from bezirkspartner.matching import selectors as matching

PHASES = [
    # key, category (German municipal categories), title, (start year offset, month), (end...)
    ("kontakt", "Kontakt", "Erste Kontaktaufnahme", (0, 1), (0, 6)),
    ("besuche", "Kontakt", "Gegenseitige Austauschbesuche", (0, 7), (0, 12)),
    ("projekt", "Projektpartnerschaft", "Gemeinsames Projekt", (1, 1), (1, 12)),
    ("vereinbarung", "Partnerschaft", "Partnerschaftsvereinbarung", (2, 1), (2, 6)),
]
ACTIVITIES = {
    "kontakt": "Ansprechpersonen klären, Videogespräche, Absichtserklärung (Letter of Intent).",
    "besuche": "Je ein Besuch in {partner} und in {home}; Fachgespräche zu den Themen.",
    "projekt": "Ein gemeinsames Projekt zu einem der Themen mit einer öffentlichen Veranstaltung.",
    "vereinbarung": "Auswertung, Entwurf und Unterzeichnung einer Partnerschaftsvereinbarung.",
}
# Planning assumptions of the draft (not sourced figures): editable in every dossier.
PLAN = {
    "kontakt": {"translation_lines": 300, "interpretation_days": 1},
    "besuche": {
        "visits_out": 1,
        "delegation_size": 4,
        "visits_in": 1,
        "visitor_group_size": 6,
        "visit_days": 3,
        "interpretation_days": 3,
        "translation_lines": 500,
    },
    "projekt": {
        "visits_out": 1,
        "delegation_size": 4,
        "visits_in": 1,
        "visitor_group_size": 6,
        "visit_days": 3,
        "events": 1,
        "event_participants": 50,
        "event_days": 1,
        "interpretation_days": 4,
        "translation_lines": 1000,
    },
    "vereinbarung": {
        "visits_out": 1,
        "delegation_size": 5,
        "visits_in": 1,
        "visitor_group_size": 5,
        "visit_days": 2,
        "interpretation_days": 2,
        "translation_lines": 800,
    },
}
# Staff hours per phase: coordination, leadership, and specialist input per theme.
STAFF_HOURS = {
    "coordination": {"kontakt": 60, "besuche": 120, "projekt": 300, "vereinbarung": 120},
    "leadership": {"kontakt": 8, "besuche": 24, "projekt": 24, "vereinbarung": 24},
    "specialist": {"kontakt": 0, "besuche": 24, "projekt": 80, "vereinbarung": 8},
}


def _grades() -> tuple[str, str]:
    """(coordination grade, leadership grade): the middle and the highest rate in the table."""
    grades = sorted(rates_data()["staff"]["grades"], key=lambda g: float(g["hourly"]))
    return grades[len(grades) // 2]["key"], grades[-1]["key"]


def _partner_label(partner: District) -> str:
    return f"{partner.name} ({partner.city.name_de})"


def _practices(partner: District, theme: Theme) -> list[Practice]:
    query = Practice.objects.filter(themes=theme).filter(
        Q(district=partner) | Q(city=partner.city, district__isnull=True)
    )
    return list(query.order_by("-district_id", "-period_start", "slug")[:3])


def _goals(home: District, partner: District, themes: list[Theme]) -> list[Goal]:
    goals = []
    for theme in themes:
        practices = _practices(partner, theme)
        challenge = Challenge.objects.filter(district=home, theme=theme).first()
        if practices:
            titles = "; ".join(quote_de(p.title_de) for p in practices)
            goal = f"Von den Erfahrungen in {_partner_label(partner)} lernen: {titles}."
        else:
            goal = (
                f"Gemeinsame Fragen zu {quote_de(theme.name_de)} klären; im Wissensbestand ist "
                f"noch keine Praxis aus {partner.city.name_de} zu diesem Thema erfasst."
            )
        benefit = f"Ausgangslage in {home.name}: {challenge.text_de}" if challenge else ""
        if practices and practices[0].transfer_de:
            benefit = f"{benefit} Übertragbarkeit: {practices[0].transfer_de}".strip()
        goals.append(
            Goal(
                theme=theme.slug,
                goal=goal,
                benefit=benefit,
                practices=[p.slug for p in practices],
            )
        )
    return goals


def _phases(
    start_year: int, home: District, partner: District, needs_interpreting: bool
) -> list[Phase]:
    phases = []
    for key, category, title, (y0, m0), (y1, m1) in PHASES:
        plan = dict(PLAN[key])
        if not needs_interpreting:
            plan["interpretation_days"] = 0
            plan["translation_lines"] = 0
        phases.append(
            Phase(
                key=key,
                category=category,
                title=title,
                start=f"{start_year + y0}-{m0:02d}",
                end=f"{start_year + y1}-{m1:02d}",
                activities=ACTIVITIES[key].format(partner=partner.name, home=home.name),
                **plan,
            )
        )
    return phases


def _staff(themes: list[Theme]) -> list[StaffLine]:
    coordination, leadership = _grades()
    lines = []
    for role, office, grade in (
        ("coordination", "Koordination der Partnerschaft (Sachbearbeitung)", coordination),
        ("leadership", "Leitungsebene des Bezirksamts", leadership),
    ):
        lines += [
            StaffLine(office=office, grade=grade, phase=phase, hours=hours)
            for phase, hours in STAFF_HOURS[role].items()
            if hours
        ]
    for theme in themes:
        lines += [
            StaffLine(
                office=f"Fachliche Begleitung: {theme.name_de}",
                grade=coordination,
                phase=phase,
                hours=hours,
            )
            for phase, hours in STAFF_HOURS["specialist"].items()
            if hours
        ]
    return lines


def _theme_committees(theme: Theme, committees: list[Committee]) -> list[Committee]:
    """Committees for one theme: specialist (and youth welfare) committees first; the regional
    committees only where no such committee covers the theme."""
    covering = [c for c in committees if c.rule_for(theme.slug) is not None]
    specialist = [c for c in covering if c.kind in ("specialist", "youth_welfare")]
    if specialist:
        return specialist
    return [c for c in covering if c.kind in ("regional", "main_committee")]


def _lead(themes: list[Theme], committees: list[Committee]) -> tuple[Committee | None, str]:
    named = {c.slug: c for t in themes for c in committees if c.named_for(t.slug)}
    if len(named) == 1 and all(any(c.named_for(t.slug) for c in named.values()) for t in themes):
        committee = next(iter(named.values()))
        return committee, "der Name des Ausschusses deckt die Themen des Dossiers ab"
    main = next((c for c in committees if c.kind == "main_committee"), None)
    if main is not None:
        return main, (
            "mehrere Ausschüsse sind berührt oder keiner trägt das Thema im Namen; der "
            "Hauptausschuss behandelt Themen von übergeordneter Bedeutung und überweist an die "
            "Fachausschüsse"
        )
    return (next(iter(named.values())), "erster berührter Fachausschuss") if named else (None, "")


def _committees(themes: list[Theme]) -> tuple[list[CommitteeEntry], Lead]:
    committees = list(Committee.objects.all())
    chosen: dict[str, list[str]] = {}
    for theme in themes:
        for committee in _theme_committees(theme, committees):
            chosen.setdefault(committee.slug, []).append(
                f"{theme.name_de}: {committee.rule_for(theme.slug)}"
            )
    lead, lead_reason = _lead(themes, committees)
    for committee in committees:
        if committee.kind == "specialist" and "haushalt" in committee.slug:
            chosen.setdefault(committee.slug, []).append(
                "Kosten und Finanzierung aus bezirklichen Mitteln"
            )
        if committee.kind == "assembly":
            chosen.setdefault(committee.slug, []).append(
                "beschließt die Partnerschaft und die Mittel"
            )
    if lead is not None:
        chosen.setdefault(lead.slug, []).insert(0, f"Federführung: {lead_reason}")
    order = {c.slug: i for i, c in enumerate(committees)}
    rows = [
        CommitteeEntry(
            slug=slug,
            role="lead" if lead and slug == lead.slug else "involved",
            reason="; ".join(reasons),
        )
        for slug, reasons in sorted(chosen.items(), key=lambda item: order[item[0]])
    ]
    lead_entry = Lead(
        office=f"Bezirksamt {settings.HOME_DISTRICT} – die federführende Stelle benennt die "
        "Bezirksamtsleitung",
        committee=lead.slug if lead else "",
        reason=f"Vorschlag: {lead.name} – {lead_reason}." if lead else "",
    )
    return rows, lead_entry


def _risks(partner: District, evidence, needs_interpreting: bool) -> list[Risk]:
    risks = []
    if needs_interpreting:
        risks.append(
            {
                "risk": "Sprachbarriere: keine gemeinsame Amtssprache.",
                "response": "Dolmetschen und Übersetzung sind im Kostenplan enthalten; eine "
                "Arbeitssprache (z. B. Englisch) früh vereinbaren.",
            }
        )
    if evidence is not None and (evidence.distance_km or 0) > 1000:
        risks.append(
            {
                "risk": f"Weite Anreise (rund {round(evidence.distance_km, -1):.0f} km).",
                "response": "Besuche bündeln, zwischen den Besuchen online zusammenarbeiten.",
            }
        )
    partnerships = partner.partnerships_home.count() + partner.partnerships_partner.count()
    if partnerships >= 2:
        risks.append(
            {
                "risk": f"{partner.name} pflegt bereits {partnerships} Bezirkspartnerschaften; "
                "die Kapazität dort kann begrenzt sein.",
                "response": "Umfang und Ansprechperson in der ersten Phase verbindlich klären.",
            }
        )
    risks += [
        {
            "risk": "Antragsberechtigung: Ein Hamburger Bezirksamt hat keine eigene "
            "Rechtspersönlichkeit; bei vielen Programmen ist offen, ob es selbst antragsberechtigt "
            "ist.",
            "response": "Rechtliche Prüfung vor dem Antrag; Antrag ggf. über die Freie und "
            "Hansestadt Hamburg oder einen Partnerschaftsverein.",
        },
        {
            "risk": "Wechsel von Zuständigen oder Prioritäten (z. B. nach Wahlen).",
            "response": "Federführung und Vertretung festlegen; Beschluss der "
            "Bezirksversammlung; Auswertung vor jeder neuen Phase.",
        },
    ]
    return [Risk(**risk) for risk in risks]


def _indicators(phases: list[Phase], goals: list[Goal]) -> list[Indicator]:
    visits = sum(p.visits_out + p.visits_in for p in phases)
    people = sum(p.visits_out * p.delegation_size + p.events * p.event_participants for p in phases)
    indicators = [
        Indicator(indicator="Absichtserklärung unterzeichnet", target=f"bis {phases[0].end}"),
        Indicator(indicator="Durchgeführte Austauschbesuche", target=str(visits)),
        Indicator(indicator="Beteiligte Personen aus dem Bezirk", target=f"mindestens {people}"),
        Indicator(
            indicator="Partnerschaftsvereinbarung beschlossen", target=f"bis {phases[-1].end}"
        ),
    ]
    for goal in goals:
        if goal.practices:
            indicators.append(
                Indicator(
                    indicator=f"Übertragbarkeit geprüft ({goal.theme})",
                    target="Bericht an den zuständigen Ausschuss",
                )
            )
    return indicators


def _proposer(proposal) -> Proposer | None:
    """What the forum proposal itself says about implementation, money, staff, committees and
    lead, kept beside the computed plan so the assembly sees both."""
    if proposal is None or not proposal.has_plan:
        return None
    return Proposer(
        implementation=clip(proposal.implementation.strip()),
        cost_eur=proposal.estimated_cost_eur,
        staff_hours=proposal.estimated_staff_hours,
        committees=clip(proposal.committees_note.strip(), SHORT_TEXT),
        lead=clip(proposal.lead_note.strip(), SHORT_TEXT),
    )


def draft_content(
    *, home: District, partner: District, themes: list[Theme], proposal=None, today=None
) -> DossierContent:
    today = today or dt.date.today()
    result = matching.match_pair(home, partner, [t.slug for t in themes])
    evidence = result.evidence if result else None
    languages = set(partner.city.official_languages)
    needs_interpreting = "de" not in languages
    goals = _goals(home, partner, themes)
    phases = _phases(today.year + 1, home, partner, needs_interpreting)
    committees, lead = _committees(themes)
    theme_names = ", ".join(t.name_de for t in themes)
    reasons = " ".join(result.reasons_de) if result else ""
    summary = (
        f"Dieser Entwurf schlägt eine Partnerschaft zwischen {home.name} und "
        f"{_partner_label(partner)}, {partner.city.country.name_de}, zu den Themen {theme_names} "
        f"vor. {reasons}"
    ).strip()
    if proposal is not None:
        summary += f" Grundlage ist der Forumsvorschlag {quote_de(proposal.title)}."
        if proposal.implementation:
            summary += f" Der Vorschlag sieht zur Umsetzung vor: {proposal.implementation.strip()}"
    proposer = _proposer(proposal)
    petitum = (
        f"Die Bezirksversammlung möge beschließen:\n\n"
        f"1. Das Bezirksamt wird gebeten, Kontakt mit {_partner_label(partner)} aufzunehmen und "
        f"die Partnerschaft in den in Anlage 2 genannten Phasen aufzubauen.\n"
        f"2. Die Federführung liegt beim Bezirksamt; beratend begleiten die in diesem Dossier "
        f"genannten Ausschüsse.\n"
        f"3. Das Bezirksamt prüft die in diesem Dossier genannten Förderprogramme und berichtet "
        f"über die Finanzierung der in Anlage 1 genannten Kosten.\n"
        f"4. Nach jeder Phase wird dem federführenden Ausschuss berichtet."
    )
    return DossierContent(
        summary=clip(summary),
        petitum=petitum,
        goals=goals,
        phases=phases,
        staff=_staff(themes),
        committees=committees,
        lead=lead,
        risks=_risks(partner, evidence, needs_interpreting),
        indicators=_indicators(phases, goals),
        proposer=proposer,
        match=Match(
            score=round(result.score, 4) if result else None,
            reasons_de=list(result.reasons_de) if result else [],
            reasons_en=list(result.reasons_en) if result else [],
            distance_km=round(evidence.distance_km) if evidence and evidence.distance_km else None,
        ),
    )
