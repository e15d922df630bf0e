"""What the start page says about each part: a registry the domain apps fill in.

The start page (core) may not import the apps above it; each app registers, in its
AppConfig.ready(), a figure for one of the four cards ("discover", "discuss",
"decide", "take_part"). The start page asks every figure for its count.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from django.utils.formats import number_format

CARDS = ("discover", "discuss", "decide", "take_part")


@dataclass(frozen=True)
class Figure:
    key: str
    card: str
    count: Callable[[], int]
    text: Callable[[int], str]  # "12 proposals", in the active language
    url_name: str


_FIGURES: list[Figure] = []


def grouped(count: int) -> str:
    """1.089 in German, 1,089 in English."""
    return number_format(count, force_grouping=True)


def register(figure: Figure) -> None:
    if figure.card not in CARDS:
        raise ValueError(f"unknown start page card {figure.card!r}")
    if all(existing.key != figure.key for existing in _FIGURES):
        _FIGURES.append(figure)


def figures_by_card() -> dict[str, list[dict]]:
    """For each card, its figures with their count, text and URL name."""
    cards: dict[str, list[dict]] = {card: [] for card in CARDS}
    for figure in _FIGURES:
        count = figure.count()
        cards[figure.card].append(
            {
                "key": figure.key,
                "count": count,
                "text": figure.text(count),
                "url_name": figure.url_name,
            }
        )
    return cards


_DEMO_CHECKS: list[Callable[[], bool]] = []


def register_demo_check(check: Callable[[], bool]) -> None:
    """An app that adds demo content (`bezirkspartner demo`) says whether some is there."""
    if check not in _DEMO_CHECKS:
        _DEMO_CHECKS.append(check)


def demo_present() -> bool:
    return any(check() for check in _DEMO_CHECKS)
