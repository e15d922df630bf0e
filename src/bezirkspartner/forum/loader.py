"""Creates one forum space per theme (idempotent), run by `bezirkspartner setup`."""

from pathlib import Path

from django.conf import settings

from bezirkspartner.core.reference_data import Loader


def _inputs() -> list[Path]:
    return [Path(settings.DATA_DIR) / "knowledge" / "themes.yaml"]


def _run() -> list[str]:
    from bezirkspartner.forum.models import Space
    from bezirkspartner.knowledge.models import Theme

    created = 0
    for theme in Theme.objects.all():
        _, new = Space.objects.get_or_create(
            slug=theme.slug,
            defaults={
                "title_de": theme.name_de,
                "title_en": theme.name_en,
                "description_de": theme.description_de,
                "description_en": theme.description_en,
                "theme": theme,
                "order": theme.order,
            },
        )
        created += new
    return [f"forum: {Space.objects.count()} spaces ({created} new)"]


LOADER = Loader(name="forum", inputs=_inputs, run=_run)
