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

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from bezirkspartner.knowledge.text_search import stems, tokens

# Function words (after the Snowball project's German and English stop lists, folded like
# the texts, plus a few verbs every summary uses); numbers are dropped too. They say nothing
# about what a text is about and would only add noise to the scores and the shown key words.
STOPWORDS = frozenset(
    re.findall(
        r"\S+",
        """
    aber alle allem allen aller alles als also am an ander andere anderem anderen anderer
    anderes anderm andern anders auch auf aus bei bin bis bist da damit dann das dass dasselbe
    dazu dein deine deinem deinen deiner deines dem demselben den denn denselben der derer
    derselbe derselben des desselben dessen dich die dies diese dieselbe dieselben diesem
    diesen dieser dieses dir doch dort du durch ein eine einem einen einer eines einig einige
    einigem einigen einiger einiges einmal er es etwas euch euer eure eurem euren eurer eures
    fur gegen gewesen hab habe haben hat hatte hatten hier hin hinter ich ihm ihn ihnen ihr
    ihre ihrem ihren ihrer ihres im in indem ins ist jede jedem jeden jeder jedes jene jenem
    jenen jener jenes jetzt kann kein keine keinem keinen keiner keines konnen konnte machen
    man manche manchem manchen mancher manches mein meine meinem meinen meiner meines mich
    mir mit muss musste mussen nach nicht nichts noch nun nur ob oder ohne sehr sein seine
    seinem seinen seiner seines selbst sich sie sind so solche solchem solchen solcher
    solches soll sollen sollte sondern sonst uber um und uns unsere unserem unseren unser
    unseres unter viel vom von vor wahrend war waren warst was weg weil weiter welche welchem
    welchen welcher welches wenn werde werden wie wieder will wir wird wirst wo wollen wollte
    wurde wurden zu zum zur zwar zwischen liegt liegen gibt geht wurde soll sollen muss viele
    vielen mehr neue neuen neuer grosse grossen gross seit jahr jahre jahren etwa sowie
    a about above after again against all am an and any are as at be because been before
    being below between both but by can could did do does doing down during each few for
    from further had has have having he her here hers herself him himself his how i if in
    into is it its itself just me more most my myself no nor not now of off on once only or
    other our ours ourselves out over own same she should so some such than that the their
    theirs them themselves then there these they this those through to too under until up
    very was we were what when where which while who whom why will with would you your yours
    yourself also many much new large since year years about lies has been being
    """,
    )
)

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


def folded_text(text: str) -> str:
    """Folded words joined by single spaces, padded: ' storm surge barrier '."""
    return " " + " ".join(tokens(text)) + " "


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


def _content_words(text: str) -> str:
    return " ".join(
        w
        for t in tokens(text)
        for w in t.split()
        if w not in STOPWORDS and not w.isdigit() and len(w) > 1
    )


def bag(text_de: str, text_en: str) -> list[str]:
    """The stems of a German/English text pair without function words, with repetitions."""
    return stems(_content_words(text_de), "de") + stems(_content_words(text_en), "en")


class BM25:
    """An inverted index with precomputed BM25 term weights per document."""

    def __init__(self, documents: Sequence[list[str]]):
        self.size = len(documents)
        lengths = np.array([len(d) for d in documents], dtype=float)
        average = float(lengths.mean()) if self.size and lengths.sum() else 1.0
        postings: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for index, words in enumerate(documents):
            for term, count in Counter(words).items():
                postings[term].append((index, count))
        self.postings: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        self.document_frequency = {term: len(items) for term, items in postings.items()}
        self.document_terms: list[dict[str, float]] = [{} for _ in documents]
        for term, items in postings.items():
            ids = np.fromiter((i for i, _ in items), dtype=np.int64, count=len(items))
            tf = np.fromiter((c for _, c in items), dtype=float, count=len(items))
            idf = math.log(1.0 + (self.size - len(items) + 0.5) / (len(items) + 0.5))
            norm = K1 * (1.0 - B + B * lengths[ids] / average)
            weights = idf * tf * (K1 + 1.0) / (tf + norm)
            self.postings[term] = (ids, weights)
            for i, w in zip(ids.tolist(), weights.tolist(), strict=True):
                self.document_terms[i][term] = w

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
        weights = self.document_terms[document]
        limit = max(1.0, max_share * self.size)
        found = [
            (weights[t], t)
            for t in set(query_terms)
            if t in weights and len(t) >= 4 and self.document_frequency[t] <= limit
        ]
        return [t for _, t in sorted(found, key=lambda item: (-item[0], item[1]))[:n]]
