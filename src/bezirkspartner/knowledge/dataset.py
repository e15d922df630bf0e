"""Read and validate data/knowledge/*.yaml. Pure Python, no Django."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from bezirkspartner.core.datafile import DataFileError, read_yaml
from bezirkspartner.core.errors import ReferenceDataError
from bezirkspartner.core.text import fold

_URL = re.compile(r"^https?://\S+$")
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
        return read_yaml(path)
    except DataFileError as exc:
        problems.extend(exc.problems)
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
    if urls is not None and not isinstance(urls, list):
        problems.append(f"{where}: source_urls must be a list of URLs")
        return []
    urls = [str(u).strip() for u in urls or []]
    if not urls:
        problems.append(f"{where}: at least one source URL is required")
    for url in urls:
        if not _URL.match(url):
            problems.append(f"{where}: not a URL: {url!r}")
    return urls


def _records(raw, name: str, problems: list[str]) -> list[tuple[str, dict]]:
    """(where, record) for each mapping in a list; anything else is a problem."""
    if raw is None:
        return []
    if not isinstance(raw, list):
        problems.append(f"{name}: must hold a list of records")
        return []
    records = []
    for i, item in enumerate(raw):
        if isinstance(item, dict):
            slug = item.get("slug")
            label = f" ({slug})" if isinstance(slug, str) else ""
            records.append((f"{name} #{i + 1}{label}", item))
        else:
            problems.append(f"{name} #{i + 1}: must be a mapping of fields")
    return records


def _strings(item: dict, keys, where: str, problems: list[str]) -> bool:
    """The given fields, where present, are text; a problem for each that is not."""
    wrong = [k for k in keys if item.get(k) is not None and not isinstance(item[k], str)]
    for key in wrong:
        problems.append(f"{where}: {key} must be text")
    return not wrong


def load_themes(path: Path) -> list[dict]:
    problems: list[str] = []
    raw = _read(path, problems) or {}
    if not isinstance(raw, dict):
        raise KnowledgeDataError([f"{path.name}: must be a mapping with a list of themes"])
    themes = [item for _, item in _records(raw.get("themes"), path.name, problems)]
    keys = ("slug", "name_de", "name_en", "description_de", "description_en")
    for i, theme in enumerate(themes):
        for key in keys:
            if not theme.get(key):
                problems.append(f"themes.yaml #{i + 1}: {key} is required")
        _strings(theme, (*keys, "source_url"), f"themes.yaml #{i + 1}", problems)
        theme.setdefault("source_url", str(raw.get("source_url") or ""))
    if problems:
        raise KnowledgeDataError(problems)
    return themes


def load_practices(directory: Path, theme_slugs: set[str]) -> list[dict]:
    problems: list[str] = []
    practices: list[dict] = []
    seen: set[str] = set()
    for path in sorted(directory.glob("*.yaml")):
        for where, item in _records(_read(path, problems), path.name, problems):
            missing = [key for key in PRACTICE_REQUIRED if not item.get(key)]
            if missing:
                problems.append(f"{where}: {', '.join(missing)} required")
                continue
            if not _strings(item, ("slug", "verification", "country"), where, problems):
                continue
            if not isinstance(item["themes"], list) or not all(
                isinstance(t, str) for t in item["themes"]
            ):
                problems.append(f"{where}: themes must be a list of theme slugs")
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
            item["country"] = item["country"].upper()
            practices.append(item)
    if problems:
        raise KnowledgeDataError(problems)
    return practices


def load_challenges(path: Path, theme_slugs: set[str]) -> list[dict]:
    problems: list[str] = []
    records = _records(_read(path, problems), "challenges.yaml", problems)
    for where, item in records:
        for key in ("city", "district", "theme", "text_de", "source_urls", "checked"):
            if not item.get(key):
                problems.append(f"{where}: {key} is required")
        if not _strings(item, ("city", "district", "theme", "text_de", "text_en"), where, problems):
            continue
        if item.get("theme") and item["theme"] not in theme_slugs:
            problems.append(f"{where}: unknown theme {item['theme']!r}")
        item["source_urls"] = _check_urls(item.get("source_urls"), where, problems)
        item["checked"] = _check_date(item.get("checked"), where, problems)
    if problems:
        raise KnowledgeDataError(problems)
    return [item for _, item in records]


def load_funding(path: Path) -> list[dict]:
    problems: list[str] = []
    records = _records(_read(path, problems), "funding.yaml", problems)
    seen: set[str] = set()
    for where, item in records:
        missing = [key for key in FUNDING_REQUIRED if not item.get(key)]
        if missing:
            problems.append(f"{where}: {', '.join(missing)} required")
            continue
        if not _strings(item, ("slug", "name_de", "name_en"), where, problems):
            continue
        key = f"{item['slug']}|{item.get('year')}"
        if key in seen:
            problems.append(f"{where}: duplicate slug and year")
        seen.add(key)
        item["source_urls"] = _check_urls(item["source_urls"], where, problems)
        item["checked"] = _check_date(item["checked"], where, problems)
    if problems:
        raise KnowledgeDataError(problems)
    return [item for _, item in records]


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
