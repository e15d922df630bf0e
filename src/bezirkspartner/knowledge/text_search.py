"""Language-aware tokens, stems and highlighted snippets. Pure Python, no Django.

Stemming uses the Snowball algorithms (German and English), the same family
PostgreSQL's `german`/`english` text search configurations use, so SQLite and
PostgreSQL find the same documents.
"""

from __future__ import annotations

import html
import math
import re
from functools import lru_cache

import snowballstemmer

from bezirkspartner.core.text import fold

_WORD = re.compile(r"\w+", re.UNICODE)
MAX_QUERY_TERMS = 8


@lru_cache(maxsize=4)
def _stemmer(language: str):
    return snowballstemmer.stemmer("german" if language == "de" else "english")


def tokens(text: str) -> list[str]:
    """Folded word tokens: lower case, no accents ('Malmö' -> 'malmo')."""
    return [token for token in (fold(w) for w in _WORD.findall(text or "")) if token]


def stems(text: str, language: str) -> list[str]:
    words = [w for t in tokens(text) for w in t.split()]
    return _stemmer(language).stemWords(words)


def index_text(german: str, english: str) -> str:
    """What the SQLite index stores: German stems, English stems and the plain tokens."""
    words = stems(german, "de") + stems(english, "en") + tokens(german) + tokens(english)
    return " ".join(dict.fromkeys(w for w in words if w))


def ranking_words(german: str, english: str) -> str:
    """All stems and plain words, with repetitions, for term counting."""
    return " ".join(stems(german, "de") + stems(english, "en") + tokens(german) + tokens(english))


def rank_score(title_words: str, body_words: str, terms: list[set[str]]) -> float:
    """Titles count far more than texts; repeated hits count less and less; long texts do not
    win by mass. Pure arithmetic on stored words, so every database engine ranks alike."""
    title = title_words.split()
    body = body_words.split()
    score = 0.0
    for group in terms:
        alternatives = tuple(group)
        if any(word.startswith(alternatives) for word in title):
            score += 3.0
        hits = sum(1 for word in body if word.startswith(alternatives))
        score += math.log1p(hits)
    return score / (1.0 + 0.1 * math.log1p(len(body)))


def query_terms(query: str) -> list[set[str]]:
    """One set of alternatives per query word: its German stem, English stem and plain form."""
    terms = []
    for token in tokens(query)[:MAX_QUERY_TERMS]:
        for word in token.split():
            alternatives = {word, _stemmer("de").stemWord(word), _stemmer("en").stemWord(word)}
            terms.append({a for a in alternatives if a})
    return terms


@lru_cache(maxsize=65536)
def _forms(word: str) -> tuple[str, str, str]:
    """A folded word with its German and English stems (words repeat: stemmed once each)."""
    folded = fold(word)
    return folded, _stemmer("de").stemWord(folded), _stemmer("en").stemWord(folded)


def highlight(text: str, terms: list[set[str]], *, width: int = 220) -> str:
    """An HTML-escaped excerpt of `text` around the first hit, hits wrapped in <mark>.

    Only the words up to the end of the excerpt are looked at, and each distinct word is
    stemmed once per process, so a long text costs no more than its excerpt."""
    text = text or ""
    prefixes = tuple(alt for group in terms for alt in group)
    matches = []
    start, end = 0, len(text)
    for match in _WORD.finditer(text):
        if matches and match.start() >= end:
            break
        if prefixes and any(form.startswith(prefixes) for form in _forms(match.group())):
            if not matches:
                start, end = _excerpt(text, match.start(), width)
            matches.append(match.span())
    if not matches:
        end = min(len(text), width)
    pieces, cursor = [], start
    for hit_start, hit_end in matches:
        if hit_start < start or hit_end > end:
            continue
        pieces.append(html.escape(text[cursor:hit_start]))
        pieces.append(f"<mark>{html.escape(text[hit_start:hit_end])}</mark>")
        cursor = hit_end
    pieces.append(html.escape(text[cursor:end]))
    return ("… " if start > 0 else "") + "".join(pieces) + (" …" if end < len(text) else "")


def _excerpt(text: str, first_hit: int, width: int) -> tuple[int, int]:
    start = max(0, first_hit - width // 3)
    end = min(len(text), start + width)
    if start > 0:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < start + 30 else start
    return start, end
