"""Bilingual text retrieval for the partner ranking. Pure Python and NumPy, no Django.

Two signals say how well a good practice answers a district's stated challenge:

- **BM25** (Robertson/Spärck Jones, k1 = 1.2, b = 0.75) over Snowball stems of the practice's
  German and English texts (title, summary, results, success factors, transfer notes), with the
  challenge's German and English text as the query. Term weights are computed once per
  document, so a query is a sum of a few posting arrays.
- **Sub-topics** from a sourced vocabulary (data/knowledge/subtopics.yaml): which sub-topics
  (water risks, cycling, social housing …) the challenge and the practice both deal with. The
  vocabulary's terms match inside German compounds ("Hochwasserschutz"), where stems do not.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from bezirkspartner.core.datafile import default_data_dir, read_words
from bezirkspartner.core.text import fold
from bezirkspartner.knowledge.text_search import _stemmer


def function_words(path: Path | None = None) -> frozenset[str]:
    """Function words (data/words/function-words.txt): they say nothing about a text's topic."""
    return _function_words(path or default_data_dir() / "words" / "function-words.txt")


@lru_cache(maxsize=4)
def _function_words(path: Path) -> frozenset[str]:
    return read_words(path)


K1 = 1.2
B = 0.75
TITLE_REPEAT = 2  # a title's words count twice: they say what the practice is


@dataclass(frozen=True)
class Subtopic:
    slug: str
    themes: frozenset[str]
    name_de: str
    name_en: str
    terms_de: tuple[str, ...] = ()  # folded; match anywhere inside a word (compounds)
    terms_en: tuple[str, ...] = ()  # folded; match at the start of a word

    def name(self, lang: str) -> str:
        return self.name_de if lang == "de" else self.name_en


_WORD = re.compile(r"\w+", re.UNICODE)


@lru_cache(maxsize=200_000)
def _folded_word(word: str) -> tuple[str, ...]:
    return tuple(fold(word).split())


def words(text: str) -> list[str]:
    """The folded words of a text, as `text_search.tokens` gives them; each distinct word is
    folded once per process (folding is most of the cost of reading a text)."""
    return [part for word in _WORD.findall(text or "") for part in _folded_word(word)]


def folded_text(text: str) -> str:
    """Folded words joined by single spaces, padded: ' storm surge barrier '."""
    return " " + " ".join(words(text)) + " "


def subtopics_in(text_de: str, text_en: str, vocabulary: Sequence[Subtopic]) -> frozenset[str]:
    """The slugs of the sub-topics that a German/English text pair deals with."""
    german, english = folded_text(text_de), folded_text(text_en)
    found = set()
    for topic in vocabulary:
        if any(term in german for term in topic.terms_de) or any(
            " " + term in english for term in topic.terms_en
        ):
            found.add(topic.slug)
    return frozenset(found)


@lru_cache(maxsize=200_000)
def stem(word: str, language: str) -> str:
    """The Snowball stem of one folded word (cached: the stemmer is pure Python, and the same
    words recur in every text)."""
    return _stemmer(language).stemWord(word)


def _content_stems(text: str, language: str) -> list[str]:
    stopwords = function_words()
    return [
        stem(w, language)
        for w in words(text)
        if w not in stopwords and not w.isdigit() and len(w) > 1
    ]


def bag(text_de: str, text_en: str) -> list[str]:
    """The stems of a German/English text pair without function words, with repetitions."""
    return _content_stems(text_de, "de") + _content_stems(text_en, "en")


class BM25:
    """An inverted index with precomputed BM25 term weights per document."""

    def __init__(self, documents: Sequence[list[str]]):
        self.size = len(documents)
        vocabulary: dict[str, int] = {}
        term_ids, doc_ids, counts = [], [], []
        for index, words in enumerate(documents):
            for term, count in Counter(words).items():
                term_ids.append(vocabulary.setdefault(term, len(vocabulary)))
                doc_ids.append(index)
                counts.append(count)
        lengths = np.array([len(d) for d in documents], dtype=float)
        average = float(lengths.mean()) if self.size and lengths.sum() else 1.0
        terms = np.array(term_ids, dtype=np.int64)
        docs = np.array(doc_ids, dtype=np.int64)
        tf = np.array(counts, dtype=float)
        df = np.bincount(terms, minlength=len(vocabulary))
        idf = np.log(1.0 + (self.size - df + 0.5) / (df + 0.5))
        norm = K1 * (1.0 - B + B * lengths[docs] / average) if docs.size else tf
        weights = idf[terms] * tf * (K1 + 1.0) / (tf + norm)
        # One posting per term: its documents in ascending order, with their weights.
        order = np.argsort(terms, kind="stable")
        bounds = np.concatenate(([0], np.cumsum(df)))
        docs, weights = docs[order], weights[order]
        self.postings: dict[str, tuple[np.ndarray, np.ndarray]] = {
            term: (docs[bounds[k] : bounds[k + 1]], weights[bounds[k] : bounds[k + 1]])
            for term, k in vocabulary.items()
        }
        self.document_frequency = {term: int(df[k]) for term, k in vocabulary.items()}

    def weight(self, term: str, document: int) -> float:
        """The BM25 weight of one term in one document (0 if absent)."""
        posting = self.postings.get(term)
        if posting is None:
            return 0.0
        k = int(np.searchsorted(posting[0], document))
        return float(posting[1][k]) if k < posting[0].size and posting[0][k] == document else 0.0

    def scores(self, query_terms: Iterable[str]) -> np.ndarray:
        """BM25 of every document for the query (each distinct query term counted once)."""
        result = np.zeros(self.size)
        for term in set(query_terms):
            posting = self.postings.get(term)
            if posting is not None:
                result[posting[0]] += posting[1]
        return result

    def top_terms(
        self, document: int, query_terms: Iterable[str], n: int = 3, max_share: float = 0.2
    ) -> list[str]:
        """The query terms that add most to one document's score, best first: only telling
        ones (at least four letters, in at most `max_share` of the documents)."""
        limit = max(1.0, max_share * self.size)
        found = [
            (w, t)
            for t in set(query_terms)
            if len(t) >= 4
            and self.document_frequency.get(t, limit + 1) <= limit
            and (w := self.weight(t, document)) > 0
        ]
        return [t for _, t in sorted(found, key=lambda item: (-item[0], item[1]))[:n]]
