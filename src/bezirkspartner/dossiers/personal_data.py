"""The dossiers' part of the data export and erasure: drafts and versions (comments: the
comments app's section)."""

from __future__ import annotations

from bezirkspartner.core.personal_data import register, stamp
from bezirkspartner.dossiers.models import Dossier, DossierVersion


def register_sections() -> None:
    register(
        section="dossiers_created",
        relations=["dossiers.Dossier.created_by"],
        export=lambda user: [
            {"id": d.pk, "title": d.title, "created_at": stamp(d.created_at)}
            for d in Dossier.objects.filter(created_by=user)
        ],
        erase=lambda user: Dossier.objects.filter(created_by=user).update(created_by=None),
    )
    register(
        section="dossier_versions",
        relations=["dossiers.DossierVersion.author"],
        export=lambda user: [
            {
                "dossier": v.dossier_id,
                "version": v.number,
                "note": v.note,
                "created_at": stamp(v.created_at),
            }
            for v in DossierVersion.objects.filter(author=user)
        ],
        erase=lambda user: DossierVersion.objects.filter(author=user).update(author=None),
    )
