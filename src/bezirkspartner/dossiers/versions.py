"""Versions of a dossier: look one up, and compare two as their Markdown exports, line by line."""

from __future__ import annotations

import copy
import difflib

from django.http import Http404

from bezirkspartner.dossiers import exports, selectors
from bezirkspartner.dossiers.models import Dossier, DossierVersion


def pair(dossier: Dossier, a: int, b: int) -> tuple[DossierVersion, DossierVersion]:
    found = {v.number: v for v in dossier.versions.all() if v.number in (a, b)}
    if a not in found or b not in found:
        raise Http404
    old, new = sorted((found[a], found[b]), key=lambda v: v.number)
    return old, new


def as_markdown(dossier: Dossier, version: DossierVersion) -> str:
    """The dossier as it read in `version` (costs recomputed with today's rates)."""
    state = copy.copy(dossier)
    state.title, state.status, state.content = version.title, version.status, version.content
    state.version = version.number
    return exports.markdown(selectors.dossier_view(state))


def diff(dossier: Dossier, old: DossierVersion, new: DossierVersion) -> list[tuple[str, str]]:
    """(kind, line) pairs: kind is "same", "removed" or "added"; unchanged runs are shortened."""
    before = as_markdown(dossier, old).splitlines()
    after = as_markdown(dossier, new).splitlines()
    lines = []
    for group in difflib.SequenceMatcher(a=before, b=after, autojunk=False).get_grouped_opcodes(2):
        if lines:
            lines.append(("gap", ""))
        for tag, i1, i2, j1, j2 in group:
            if tag == "equal":
                lines += [("same", line) for line in before[i1:i2]]
            if tag in ("replace", "delete"):
                lines += [("removed", line) for line in before[i1:i2]]
            if tag in ("replace", "insert"):
                lines += [("added", line) for line in after[j1:j2]]
    return lines
