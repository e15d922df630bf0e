"""Writes to the knowledge base: load it from data/knowledge; edit practices with history."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.forms.models import model_to_dict

from bezirkspartner.atlas.models import City
from bezirkspartner.atlas.selectors import district_find
from bezirkspartner.knowledge import dataset
from bezirkspartner.knowledge.models import (
    Challenge,
    FundingInstrument,
    Practice,
    PracticeRevision,
    Theme,
)

PRACTICE_TEXT_FIELDS = [
    "title_de",
    "title_en",
    "summary_de",
    "summary_en",
    "results_de",
    "results_en",
    "success_factors_de",
    "success_factors_en",
    "transfer_de",
    "transfer_en",
    "notes",
]
FUNDING_COLUMNS = [
    "name_de",
    "name_en",
    "owner",
    "kind",
    "amount_min_eur",
    "amount_max_eur",
    "budget_total_eur",
    "hamburg_bezirk_can_apply",
    "source_secondary",
]


@dataclass
class LoadReport:
    themes: int = 0
    practices: int = 0
    kept_app_edits: list[str] = field(default_factory=list)
    challenges: int = 0
    funding: int = 0

    def summary_lines(self) -> list[str]:
        lines = [
            f"knowledge: {self.themes} themes, {self.practices} practices, "
            f"{self.challenges} challenges, {self.funding} funding instruments"
        ]
        if self.kept_app_edits:
            lines.append(
                "knowledge: kept edits made in the app for: " + ", ".join(self.kept_app_edits)
            )
        return lines


def knowledge_load(*, data_dir: Path | None = None) -> LoadReport:
    """Load themes, practices, challenges and funding instruments in one transaction."""
    data_dir = Path(data_dir or Path(settings.DATA_DIR) / "knowledge")
    themes = dataset.load_themes(data_dir / "themes.yaml")
    slugs = {t["slug"] for t in themes}
    practices = dataset.load_practices(data_dir / "practices", slugs)
    challenges_path = data_dir / "challenges.yaml"
    challenges = dataset.load_challenges(challenges_path, slugs) if challenges_path.exists() else []
    funding_path = data_dir / "funding.yaml"
    funding = dataset.load_funding(funding_path) if funding_path.exists() else []

    report = LoadReport()
    with transaction.atomic():
        theme_by_slug = {}
        for item in themes:
            theme, _ = Theme.objects.update_or_create(
                slug=item["slug"],
                defaults={
                    "order": item.get("order", 100),
                    "name_de": item["name_de"],
                    "name_en": item["name_en"],
                    "description_de": item["description_de"],
                    "description_en": item["description_en"],
                    "keywords_de": item.get("keywords_de") or [],
                    "keywords_en": item.get("keywords_en") or [],
                    "source_url": item.get("source_url") or "",
                },
            )
            theme_by_slug[theme.slug] = theme
        report.themes = len(themes)
        for item in practices:
            _practice_upsert(item, theme_by_slug, report)
        Practice.objects.exclude(slug__in=[p["slug"] for p in practices]).filter(
            edited_in_app=False
        ).delete()
        report.practices = Practice.objects.count()
        Challenge.objects.all().delete()
        for item in challenges:
            district = district_find(item["city"], item["district"])
            if district is None:
                raise dataset.KnowledgeDataError(
                    [f"challenges.yaml: unknown district {item['district']!r} in {item['city']!r}"]
                )
            Challenge.objects.create(
                district=district,
                theme=theme_by_slug[item["theme"]],
                text_de=item["text_de"],
                text_en=item.get("text_en") or "",
                source_urls=item["source_urls"],
                checked=item["checked"],
            )
        report.challenges = len(challenges)
        kept = []
        for item in funding:
            instrument, _ = FundingInstrument.objects.update_or_create(
                slug=item["slug"],
                year=item.get("year"),
                defaults={
                    **{
                        column: item.get(column)
                        for column in FUNDING_COLUMNS
                        if item.get(column) is not None
                    },
                    "funding_rate": str(item.get("funding_rate") or ""),
                    "eligible_countries": list(item.get("eligible_countries") or []),
                    "details": {
                        k: v
                        for k, v in item.items()
                        if k.endswith(("_de", "_en")) and k not in ("name_de", "name_en")
                    }
                    | {k: item[k] for k in ("partner_countries_rule", "notes") if item.get(k)},
                    "source_urls": item["source_urls"],
                    "checked": item["checked"],
                },
            )
            kept.append(instrument.pk)
        FundingInstrument.objects.exclude(pk__in=kept).delete()
        report.funding = len(funding)
    return report


def _practice_upsert(item: dict, theme_by_slug: dict, report: LoadReport) -> None:
    existing = Practice.objects.filter(slug=item["slug"]).first()
    if existing and existing.edited_in_app:
        report.kept_app_edits.append(existing.slug)
        return
    city = City.objects.filter(slug=item["city"]).first()
    district = district_find(item["city"], item.get("district") or "") if city else None
    values = {key: item.get(key) or "" for key in PRACTICE_TEXT_FIELDS}
    practice, _ = Practice.objects.update_or_create(
        slug=item["slug"],
        defaults={
            **values,
            "city": city,
            "city_name": item.get("city_name") or (city.name if city else item["city"].title()),
            "country": item["country"],
            "district": district,
            "district_name": item.get("district") or "",
            "main_theme": theme_by_slug[item["themes"][0]],
            "period_start": item.get("period_start"),
            "period_end": item.get("period_end"),
            "source_urls": item["source_urls"],
            "checked": item["checked"],
            "verification": item["verification"],
            "urbact_good_practice": bool(item.get("urbact_good_practice")),
        },
    )
    practice.themes.set([theme_by_slug[slug] for slug in item["themes"]])


@transaction.atomic
def practice_update(*, practice: Practice, changes: dict, user) -> PracticeRevision | None:
    """Edit a practice in the app: keeps a revision with the previous values and the editor."""
    previous = model_to_dict(practice, exclude=["id", "themes", "city", "district", "main_theme"])
    changed = [key for key, value in changes.items() if previous.get(key) != value]
    if not changed:
        return None
    revision = PracticeRevision.objects.create(
        practice=practice,
        changed_by=user,
        changed_fields=changed,
        snapshot={key: _json_safe(previous.get(key)) for key in changed},
    )
    for key in changed:
        setattr(practice, key, changes[key])
    practice.edited_in_app = True
    practice.full_clean()
    practice.save()
    return revision


def _json_safe(value):
    return value.isoformat() if hasattr(value, "isoformat") else value
