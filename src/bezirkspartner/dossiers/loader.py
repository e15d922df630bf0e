"""Loads Harburg's committees (data/dossiers/committees.yaml) for `bezirkspartner setup`.

A committee an administrator edited in the admin site keeps the edit across reloads.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from django.conf import settings
from django.db import transaction

from bezirkspartner.core.datafile import read_yaml
from bezirkspartner.core.reference_data import Loader


def committees_path() -> Path:
    return Path(settings.DATA_DIR) / "dossiers" / "committees.yaml"


def _inputs() -> list[Path]:
    return [Path(settings.DATA_DIR) / "dossiers"]


@transaction.atomic
def committees_load(path: Path | None = None) -> list[str]:
    from bezirkspartner.dossiers.models import Committee

    data = read_yaml(path or committees_path())
    created = kept = 0
    for order, item in enumerate(data["committees"]):
        existing = Committee.objects.filter(slug=item["slug"]).first()
        if existing and existing.edited_in_app:
            kept += 1
            continue
        checked = item.get("checked") or data["checked"]
        _, new = Committee.objects.update_or_create(
            slug=item["slug"],
            defaults={
                "name": item["name"],
                "short_name": item.get("short_name") or "",
                "kind": item["kind"],
                "remit_de": (item.get("remit_de") or "").strip(),
                "remit_en": (item.get("remit_en") or "").strip(),
                "themes": [
                    {
                        "theme": t["theme"],
                        "rule": str(t.get("rule", "")).strip(),
                        "rule_de": str(t.get("rule_de", "")).strip(),
                    }
                    for t in item.get("themes") or []
                ],
                "source_urls": list(item.get("source_urls") or []),
                "checked": checked
                if isinstance(checked, dt.date)
                else dt.date.fromisoformat(checked),
                "order": order,
            },
        )
        created += new
    total = Committee.objects.count()
    return [f"dossiers: {total} committees ({created} new, {kept} kept as edited in the app)"]


LOADER = Loader(name="dossiers", inputs=_inputs, run=committees_load)
