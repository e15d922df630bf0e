"""Precision, recall and F1 of the recogniser against a gold set. Pure Python."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass


@dataclass(frozen=True)
class Scores:
    true_positives: int
    false_positives: int
    false_negatives: int

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 1.0

    @property
    def recall(self) -> float:
        expected = self.true_positives + self.false_negatives
        return self.true_positives / expected if expected else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def gold_spans(document: dict) -> list[tuple[int, int, str]]:
    """(start, end, type) for each `[surface, type]`, found in order in the text.

    A surface is not found where a lower-case letter follows it: "Rahlstedt" is not the start of
    "Rahlstedter". An optional third element picks the n-th occurrence of the surface in the
    whole text, counting those too (for a name that first appears where it is not a place, e.g.
    inside a plan's name).
    """
    spans, position = [], 0
    for surface, kind, *occurrence in document["mentions"]:
        if occurrence:
            position = _nth(document["text"], surface, occurrence[0])
        start = _whole(document["text"], surface, position)
        if start < 0:
            raise ValueError(f"{document['id']}: {surface!r} not found after {position}")
        spans.append((start, start + len(surface), kind))
        position = start + len(surface)
    return spans


def _whole(text: str, surface: str, position: int) -> int:
    """Where `surface` next occurs from `position` and does not run on into a longer word."""
    start = text.find(surface, position)
    while start >= 0 and text[start + len(surface) : start + len(surface) + 1].islower():
        start = text.find(surface, start + 1)
    return start


def _nth(text: str, surface: str, n: int) -> int:
    position = -1
    for _ in range(n):
        position = text.find(surface, position + 1)
        if position < 0:
            return len(text)
    return position


def evaluate(documents: list[dict], parse) -> tuple[Scores, dict[str, Scores], list[str]]:
    """Exact span-and-type matching; returns overall scores, scores per type, and errors."""
    tp, fp, fn = Counter(), Counter(), Counter()
    errors = []
    for document in documents:
        expected = set(gold_spans(document))
        found = {(m.start, m.end, m.type) for m in parse(document["text"])}
        for span in expected & found:
            tp[span[2]] += 1
        for span in found - expected:
            fp[span[2]] += 1
            errors.append(
                f"{document['id']} extra {document['text'][span[0] : span[1]]!r} as {span[2]}"
            )
        for span in expected - found:
            fn[span[2]] += 1
            errors.append(
                f"{document['id']} missed {document['text'][span[0] : span[1]]!r} as {span[2]}"
            )
    types = sorted(set(tp) | set(fp) | set(fn))
    per_type = {t: Scores(tp[t], fp[t], fn[t]) for t in types}
    overall = Scores(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    return overall, per_type, errors
