"""Read and validate data/knowledge/*.yaml. Pure Python, no Django."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import yaml

from bezirkspartner.atlas.names import fold
from bezirkspartner.core.errors import ReferenceDataError

_URL = re.compile(r"^https?://\S+$")
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
PRACTICE_REQUIRED = (
    "slug",
    "title_de",
    "title_en",
    "city",
    "country",
    "themes",
    "summary_de",
    "source_urls",
    "checked",
    "verification",
)
FUNDING_REQUIRED = ("slug", "name_de", "name_en", "source_urls", "checked")


class KnowledgeDataError(ReferenceDataError):
    def __init__(self, problems: list[str]):
        super().__init__("knowledge", problems)


def _read(path: Path, problems: list[str]):
    try:
        # libyaml's safe loader where PyYAML was built with it (same result, much faster).
        return yaml.load(path.read_text(encoding="utf-8"), Loader=_SAFE_LOADER)  # noqa: S506
    except yaml.YAMLError as exc:
        problems.append(f"{path.name}: not valid YAML ({exc.__class__.__name__})")
        return None


def _check_date(value, where: str, problems: list[str]) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        problems.append(f"{where}: checked must be a date YYYY-MM-DD")
        return None


def _check_urls(urls, where: str, problems: list[str]) -> list[str]:
    if isinstance(urls, str):
        urls = [urls]
    urls = [str(u).strip() for u in urls or []]
    if not urls:
        problems.append(f"{where}: at least one source URL is required")
    for url in urls:
        if not _URL.match(url):
            problems.append(f"{where}: not a URL: {url!r}")
    return urls


def load_themes(path: Path) -> list[dict]:
    problems: list[str] = []
    raw = _read(path, problems) or {}
    themes = raw.get("themes") or []
    for i, theme in enumerate(themes):
        for key in ("slug", "name_de", "name_en", "description_de", "description_en"):
            if not theme.get(key):
                problems.append(f"themes.yaml #{i + 1}: {key} is required")
        theme.setdefault("source_url", raw.get("source_url", ""))
    if problems:
        raise KnowledgeDataError(problems)
    return themes


def load_practices(directory: Path, theme_slugs: set[str]) -> list[dict]:
    problems: list[str] = []
    practices: list[dict] = []
    seen: set[str] = set()
    for path in sorted(directory.glob("*.yaml")):
        for i, item in enumerate(_read(path, problems) or []):
            where = f"{path.name} #{i + 1} ({item.get('slug', '?')})"
            missing = [key for key in PRACTICE_REQUIRED if not item.get(key)]
            if missing:
                problems.append(f"{where}: {', '.join(missing)} required")
                continue
            if item["slug"] in seen:
                problems.append(f"{where}: duplicate slug")
            seen.add(item["slug"])
            unknown = [t for t in item["themes"] if t not in theme_slugs]
            if unknown:
                problems.append(f"{where}: unknown themes {unknown}")
            if item["verification"] not in ("verified", "partial"):
                problems.append(f"{where}: verification must be verified or partial")
            item["source_urls"] = _check_urls(item["source_urls"], where, problems)
            item["checked"] = _check_date(item["checked"], where, problems)
            item["country"] = str(item["country"]).upper()
            practices.append(item)
    if problems:
        raise KnowledgeDataError(problems)
    return practices


def load_challenges(path: Path, theme_slugs: set[str]) -> list[dict]:
    problems: list[str] = []
    raw = _read(path, problems) or []
    for i, item in enumerate(raw):
        where = f"challenges.yaml #{i + 1}"
        for key in ("city", "district", "theme", "text_de", "source_urls", "checked"):
            if not item.get(key):
                problems.append(f"{where}: {key} is required")
        if item.get("theme") and item["theme"] not in theme_slugs:
            problems.append(f"{where}: unknown theme {item['theme']!r}")
        item["source_urls"] = _check_urls(item.get("source_urls"), where, problems)
        item["checked"] = _check_date(item.get("checked"), where, problems)
    if problems:
        raise KnowledgeDataError(problems)
    return raw


def load_funding(path: Path) -> list[dict]:
    problems: list[str] = []
    raw = _read(path, problems) or []
    seen: set[str] = set()
    for i, item in enumerate(raw):
        where = f"funding.yaml #{i + 1} ({item.get('slug', '?')})"
        missing = [key for key in FUNDING_REQUIRED if not item.get(key)]
        if missing:
            problems.append(f"{where}: {', '.join(missing)} required")
            continue
        key = f"{item['slug']}|{item.get('year')}"
        if key in seen:
            problems.append(f"{where}: duplicate slug and year")
        seen.add(key)
        item["source_urls"] = _check_urls(item["source_urls"], where, problems)
        item["checked"] = _check_date(item["checked"], where, problems)
    if problems:
        raise KnowledgeDataError(problems)
    return raw


SUBTOPIC_REQUIRED = ("slug", "themes", "name_de", "name_en", "basis_de", "basis_en")


def load_subtopics(path: Path, theme_slugs: set[str] | None = None) -> list[dict]:
    """The sourced sub-topic vocabulary (subtopics.yaml); terms come back folded. Themes are
    checked against `theme_slugs` when given."""
    problems: list[str] = []
    raw = _read(path, problems) or {}
    default_source = raw.get("source_url") or ""
    _check_date(raw.get("checked"), "subtopics.yaml", problems)
    items = raw.get("subtopics") or []
    seen: set[str] = set()
    for i, item in enumerate(items):
        where = f"subtopics.yaml #{i + 1} ({item.get('slug', '?')})"
        missing = [key for key in SUBTOPIC_REQUIRED if not item.get(key)]
        if missing:
            problems.append(f"{where}: {', '.join(missing)} required")
            continue
        if item["slug"] in seen:
            problems.append(f"{where}: duplicate slug")
        seen.add(item["slug"])
        unknown = [t for t in item["themes"] if theme_slugs is not None and t not in theme_slugs]
        if unknown:
            problems.append(f"{where}: unknown theme {unknown[0]!r}")
        item["source_url"] = item.get("source_url") or default_source
        _check_urls([item["source_url"]], where, problems)
        for language in ("de", "en"):
            terms = [fold(str(t)) for t in item.get(f"terms_{language}") or []]
            if not terms:
                problems.append(f"{where}: terms_{language} required")
            item[f"terms_{language}"] = list(dict.fromkeys(t for t in terms if t))
    if problems:
        raise KnowledgeDataError(problems)
    return items
