"""Quoted titles: a place inside the quoted name of a project, campaign or plan is no mention
of its own („freiRaum Ottensen“), unless the quotation only lists places or is the place itself.
Pure Python."""

from __future__ import annotations

import re

from bezirkspartner.geoparse.common import Mention

# Quoted passages of a few words are titles: „…“, "…", ‚…‘, »…«, “…”. An opening mark, up
# to 80 characters, a closing mark; which closing marks an opening mark takes is checked after.
_QUOTED = re.compile(r'[„“"‚»]([^„“”"‚‘’»«\n]{1,80})[“”"‘’«]')
_CLOSING = {"„": '“”"', "“": '“”"', '"': '“”"', "‚": "‘’", "»": "«"}
_TITLE_WORDS = 6
_LIST_GLUE = re.compile(r"[\s,/–-]*(?:(?:und|sowie|oder)[\s,/–-]*)?")  # "A, B und C", "A-B"
_TITLE_PREPOSITIONS = frozenset(
    {"am", "an", "auf", "aus", "bei", "im", "in", "nach", "von", "zum", "zur"}
)
_TITLE_TRIM = " \t!?.,;:–-"


def without_title_parts(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions less those that are parts of a quoted title („freiRaum Ottensen“)."""
    titles = _quoted_titles(text)
    if not titles:
        return mentions
    titles = [t for t in titles if not _a_list_of_places(text, t, mentions)]
    return [m for m in mentions if not _inside_title(text, m, titles)]


def _quoted_titles(text: str) -> list[tuple[int, int]]:
    """The inner spans of short quoted passages (at most `_TITLE_WORDS` words), without the
    punctuation at their ends: the names of projects, campaigns and plans
    („Entwicklungskonzept Frohmestraße“, ‚Hamburg räumt auf!‘)."""
    if not any(mark in text for mark in _CLOSING):
        return []
    titles = []
    for match in _QUOTED.finditer(text):
        quoted = match.group()
        if quoted[-1] not in _CLOSING[quoted[0]]:
            continue
        inner = match.group(1)
        if len(inner.split()) > _TITLE_WORDS:
            continue
        stripped = inner.strip(_TITLE_TRIM)
        start = match.start(1) + (inner.index(stripped) if stripped else 0)
        titles.append((start, start + len(stripped)))
    return titles


def _a_list_of_places(text: str, title: tuple[int, int], mentions: list[Mention]) -> bool:
    """Whether a quoted passage only lists places („Jägerstraße, Mensingstraße, Osterbaum“, an
    area named by its streets): then it is no title, and its places are mentions."""
    start, end = title
    inside = sorted((m.start, m.end) for m in mentions if start <= m.start and m.end <= end)
    if len(inside) < 2:
        return False
    rest, position = [], start
    for s, e in inside:
        rest.append(text[position:s])
        position = max(position, e)
    rest.append(text[position:end])
    between = rest[1:-1]  # a comma, slash or "und" between each two: not „Haus Rissen Hamburg“
    return all(_LIST_GLUE.fullmatch(part) for part in rest) and all(
        part.strip() for part in between
    )


def _inside_title(text: str, mention: Mention, titles: list[tuple[int, int]]) -> bool:
    """Whether the mention is a part of a quoted title, not the whole of it („Harburger
    Hafencity“ is the place itself), nor a place the title puts something in („Reinemachen am
    Eidelstedter Busbahnhof“, „High Line in New York“) or speaks of in the genitive („Hamburgs
    schönster Stadtteil“)."""
    for start, end in titles:
        if start <= mention.start and mention.end <= end:
            whole = (mention.start, mention.end) == (start, end)
            if whole or mention.surface == mention.norm + "s":
                return False
            before = text[start : mention.start].split()
            return not (before and before[-1] in _TITLE_PREPOSITIONS)
    return False
