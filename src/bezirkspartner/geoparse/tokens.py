"""Word tokens with character offsets into the text as read."""

from __future__ import annotations

import re
from dataclasses import dataclass

_TOKEN = re.compile(r"[^\W\d_][\w'’.-]*[\w]|[^\W\d_]|\d+[a-zA-Z]?", re.UNICODE)


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper()


def tokenize(text: str) -> list[Token]:
    """Words (with inner hyphens and apostrophes) and numbers."""
    return [Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]
