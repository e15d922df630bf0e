"""The knowledge app's part of the data export and erasure: who edited which practice."""

from __future__ import annotations

from bezirkspartner.core.personal_data import register, stamp
from bezirkspartner.knowledge.models import PracticeRevision


def register_sections() -> None:
    register(
        section="practice_revisions",
        relations=["knowledge.PracticeRevision.changed_by"],
        export=lambda user: [
            {
                "practice": r.practice.slug,
                "changed_fields": r.changed_fields,
                "changed_at": stamp(r.changed_at),
            }
            for r in PracticeRevision.objects.filter(changed_by=user).select_related("practice")
        ],
        # The edit history stays (it is the practice's history), without the editor.
        erase=lambda user: PracticeRevision.objects.filter(changed_by=user).update(changed_by=None),
    )
