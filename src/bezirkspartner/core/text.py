"""Text folding shared by every app: names, search keys, slugs. Pure (no Django)."""

from __future__ import annotations

import re
import unicodedata

_SPECIAL = str.maketrans({"ß": "ss", "ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d", "ı": "i"})
_SEPARATORS = re.compile(r"[\s\-‐‑–—_/.,'’`]+")


def fold(text: str) -> str:
    """Case- and accent-insensitive key.

    'Malmö' -> 'malmo', 'Neugraben - Fischbek' -> 'neugraben fischbek'.
    """
    lowered = text.casefold().translate(_SPECIAL)
    decomposed = unicodedata.normalize("NFKD", lowered)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SEPARATORS.sub(" ", stripped).strip()


def german_fold(text: str) -> str:
    """Like fold, but with German transliteration first: 'München' -> 'muenchen'."""
    return fold(
        text.replace("ä", "ae")
        .replace("ö", "oe")
        .replace("ü", "ue")
        .replace("Ä", "Ae")
        .replace("Ö", "Oe")
        .replace("Ü", "Ue")
    )


def name_keys(text: str) -> set[str]:
    """All lookup keys for a name (plain fold and German transliteration)."""
    return {fold(text), german_fold(text)}


def slugify(text: str) -> str:
    return fold(text).replace(" ", "-")
