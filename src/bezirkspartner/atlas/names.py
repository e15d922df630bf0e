"""Which GeoNames names the atlas keeps. Pure (no Django); folding lives in core/text.py."""

from __future__ import annotations

import unicodedata

EUROPEAN_SCRIPTS = ("LATIN", "GREEK", "CYRILLIC")


def in_european_script(name: str) -> bool:
    """True when every letter of the name is Latin, Greek or Cyrillic.

    GeoNames lists names in every script (Japanese, Chinese, Arabic …); the atlas keeps
    those a European reader can read and the platform's fonts can show.
    """
    letters = [ch for ch in name if ch.isalpha()]
    return bool(letters) and all(
        unicodedata.name(ch, "").startswith(EUROPEAN_SCRIPTS) for ch in letters
    )
