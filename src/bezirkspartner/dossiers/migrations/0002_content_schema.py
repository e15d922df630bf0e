"""Stored dossier content (every Dossier and every DossierVersion snapshot) in the shape of the
typed schema (`dossiers/content.py`, schema_version 1).

Content written before the schema is read as the old readers read it (missing or None parts
empty, counts and amounts that were text) and written back as the schema dumps it. Content
that does not fit the schema is left exactly as it is and named in the migration's output;
the pages then name its problems instead of showing it. `updated_at` is not touched.

Reverse: nothing to undo. The normalised JSON keeps every key the code before the schema read,
with the same meaning; the added `schema_version` is ignored by it.
"""

from django.db import migrations

BATCH = 200


def content_normalise(apps, schema_editor) -> list[str]:
    """Normalise every stored content; returns (and prints) what was left unchanged and why."""
    skipped: list[str] = []
    for model_name in ("Dossier", "DossierVersion"):
        model = apps.get_model("dossiers", model_name)
        pks = list(model.objects.order_by("pk").values_list("pk", flat=True))
        for start in range(0, len(pks), BATCH):
            rows = model.objects.filter(pk__in=pks[start : start + BATCH])
            for pk, raw in rows.values_list("pk", "content"):
                _normalise_one(model, model_name, pk, raw, skipped)
    for line in skipped:
        print(f"\n  dossiers: content left unchanged, it does not fit the schema: {line}")
    return skipped


def _normalise_one(model, model_name: str, pk: int, raw, skipped: list[str]) -> None:
    from bezirkspartner.dossiers.content import ContentError, content_dump, content_parse

    try:
        normalised = content_dump(content_parse(raw))
    except ContentError as exc:
        skipped.append(f"{model_name} {pk}: {exc}")
        return
    if normalised != raw:
        model.objects.filter(pk=pk).update(content=normalised)


class Migration(migrations.Migration):
    dependencies = [("dossiers", "0001_initial")]

    operations = [
        migrations.RunPython(content_normalise, migrations.RunPython.noop, elidable=False),
    ]
