"""Classify a text into themes by transparent keyword rules. Pure Python, no Django."""

from __future__ import annotations

import re
from collections.abc import Mapping

from bezirkspartner.core.text import fold

# Committee names of the Bezirksversammlung that point to a theme (matched in the text).
COMMITTEE_HINTS = {
    "wohnen": ["Stadtentwicklungsausschuss", "Ausschuss für Stadtentwicklung"],
    "mobilitaet": ["Verkehrsausschuss", "Ausschuss für Mobilität"],
    "integration": ["Ausschuss für Soziales", "Integrationsbeirat", "Jugendhilfeausschuss"],
    "klima": ["Ausschuss für Klimaschutz", "Umweltausschuss"],
    "kultur": ["Kulturausschuss", "Ausschuss für Kultur"],
    "digital": ["Ausschuss für Digitalisierung"],
}
SHORT_TEXT = 1500  # characters; a short text (an Anfrage) names its theme once


def classify(text: str, keywords: Mapping[str, list[str]]) -> dict[str, list[str]]:
    """Theme -> the keywords found; a theme needs one hit in a short text, two in a long one."""
    folded = " " + " ".join(re.findall(r"\w+", fold(text))) + " "
    result = {}
    for theme, words in keywords.items():
        hits = []
        for word in [*words, *COMMITTEE_HINTS.get(theme, [])]:
            key = fold(word)
            # Long keywords also match as the start of a compound ("Wohnungsbau" in
            # "Wohnungsbauprogramm"); short ones only as whole words ("metro" not "Metropole").
            pattern = f" {key}" if len(key) >= 6 else f" {key} "
            if key and pattern in folded:
                hits.append(word)
        if len(hits) >= (1 if len(text) < SHORT_TEXT else 2):
            result[theme] = sorted(set(hits))
    return result
