"""The forum's part of the data export and account erasure (see core/personal_data.py).

Contributions (proposals, official answers, reports) stay readable under "deleted account";
what only concerns the person (supports, registrations) goes. Comments on proposals are the
comments app's section, follows and notifications the notifications app's.
"""

from __future__ import annotations

from bezirkspartner.core.personal_data import register, stamp
from bezirkspartner.forum.models import (
    Proposal,
    Registration,
    Report,
    StatusChange,
    Support,
)


def _proposals(user) -> list[dict]:
    return [
        {
            "id": p.pk,
            "title": p.title,
            "text": p.text,
            "status": p.status,
            "space": p.space.slug,
            "implementation": p.implementation,
            "estimated_cost_eur": p.estimated_cost_eur,
            "estimated_staff_hours": p.estimated_staff_hours,
            "committees_note": p.committees_note,
            "lead_note": p.lead_note,
            "created_at": stamp(p.created_at),
        }
        for p in Proposal.objects.filter(author=user).select_related("space")
    ]


def _answers(user) -> list[dict]:
    return [
        {
            "proposal": s.proposal_id,
            "from_status": s.from_status,
            "to_status": s.to_status,
            "answer": s.answer,
            "changed_at": stamp(s.changed_at),
        }
        for s in StatusChange.objects.filter(changed_by=user)
    ]


def _reports(user) -> list[dict]:
    return [
        {
            "proposal": r.proposal_id,
            "reason": r.reason,
            "explanation": r.explanation,
            "created_at": stamp(r.created_at),
        }
        for r in Report.objects.filter(reporter=user)
    ]


def _registrations(user) -> list[dict]:
    return [
        {
            "meeting": r.meeting.title,
            "meeting_id": r.meeting_id,
            "starts_at": stamp(r.meeting.starts_at),
            "registered_at": stamp(r.created_at),
        }
        for r in Registration.objects.filter(user=user).select_related("meeting")
    ]


def register_sections() -> None:
    register(
        section="proposals",
        relations=["forum.Proposal.author"],
        export=_proposals,
        erase=lambda user: Proposal.objects.filter(author=user).update(author=None),
    )
    register(
        section="official_answers",
        relations=["forum.StatusChange.changed_by"],
        export=_answers,
        erase=lambda user: StatusChange.objects.filter(changed_by=user).update(changed_by=None),
    )
    register(
        section="supports",
        relations=["forum.Support.user"],
        export=lambda user: [
            {"proposal": s.proposal_id, "created_at": stamp(s.created_at)}
            for s in Support.objects.filter(user=user)
        ],
        erase=lambda user: Support.objects.filter(user=user).delete(),
    )
    register(
        section="proposal_reports",
        relations=["forum.Report.reporter"],
        export=_reports,
        erase=lambda user: Report.objects.filter(reporter=user).update(reporter=None),
    )
    register(
        section="meeting_registrations",
        relations=["forum.Registration.user"],
        export=_registrations,
        # The waiting list is derived by query: the next person moves up by itself.
        erase=lambda user: Registration.objects.filter(user=user).delete(),
    )
