"""Full-text search on the database's own engine: SQLite FTS5 or PostgreSQL text search.

One interface (`search`, `index_rebuild`), two backends with the same behaviour:
every query word must match (as German stem, English stem or plain word, also as
a prefix). The engines find, filter and count the matches and hand over their best
RANK_WINDOW; ranking those (titles far above texts) and snippets are computed here in
Python, so both engines order results alike, and a page reads only its own documents.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

from django.db import connection

from bezirkspartner.knowledge.models import SearchDocument
from bezirkspartner.knowledge.text_search import index_text, query_terms, rank_score

FTS_TABLE = "knowledge_search_fts"
PG_TABLE = "knowledge_search_pg"
PG_VECTOR = (
    "setweight(to_tsvector('german', title_de), 'A') || "
    "setweight(to_tsvector('english', title_en), 'A') || "
    "setweight(to_tsvector('simple', title_de || ' ' || title_en), 'A') || "
    "setweight(to_tsvector('german', body_de), 'B') || "
    "setweight(to_tsvector('english', body_en), 'B') || "
    "setweight(to_tsvector('simple', body_de || ' ' || body_en), 'B')"
)


@dataclass
class Hit:
    document: SearchDocument
    score: float


def create_index_tables(schema_connection=None) -> None:
    conn = schema_connection or connection
    with conn.cursor() as cursor:
        if conn.vendor == "sqlite":
            cursor.execute(
                f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5("
                "title, body, tokenize='unicode61 remove_diacritics 2')"
            )
        elif conn.vendor == "postgresql":
            cursor.execute(
                f"CREATE TABLE IF NOT EXISTS {PG_TABLE} ("
                "doc_id bigint PRIMARY KEY, vector tsvector NOT NULL)"
            )
            cursor.execute(
                f"CREATE INDEX IF NOT EXISTS {PG_TABLE}_vector ON {PG_TABLE} USING gin(vector)"
            )


def index_rebuild() -> int:
    """Re-index every SearchDocument (called after reference data is loaded)."""
    documents = list(SearchDocument.objects.all())
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute(f"DELETE FROM {FTS_TABLE}")
            cursor.executemany(
                f"INSERT INTO {FTS_TABLE}(rowid, title, body) VALUES (%s, %s, %s)",
                [
                    (d.id, index_text(d.title_de, d.title_en), index_text(d.body_de, d.body_en))
                    for d in documents
                ],
            )
        else:
            cursor.execute(f"DELETE FROM {PG_TABLE}")
            cursor.execute(
                f"INSERT INTO {PG_TABLE}(doc_id, vector) SELECT id, {PG_VECTOR} "
                "FROM knowledge_searchdocument"
            )
    return len(documents)


def index_replace(*, removed_ids: list[int], documents: list[SearchDocument]) -> None:
    """Take documents out of the index and put (new or changed) ones in, without a rebuild."""
    added_ids = [d.id for d in documents]
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            for ids in (removed_ids, added_ids):
                if ids:
                    marks = ", ".join(["%s"] * len(ids))
                    cursor.execute(f"DELETE FROM {FTS_TABLE} WHERE rowid IN ({marks})", ids)
            cursor.executemany(
                f"INSERT INTO {FTS_TABLE}(rowid, title, body) VALUES (%s, %s, %s)",
                [
                    (d.id, index_text(d.title_de, d.title_en), index_text(d.body_de, d.body_en))
                    for d in documents
                ],
            )
        else:
            ids = removed_ids + added_ids
            if ids:
                cursor.execute(f"DELETE FROM {PG_TABLE} WHERE doc_id = ANY(%s)", [ids])
            if added_ids:
                cursor.execute(
                    f"INSERT INTO {PG_TABLE}(doc_id, vector) SELECT id, {PG_VECTOR} "
                    "FROM knowledge_searchdocument WHERE id = ANY(%s)",
                    [added_ids],
                )


RANK_WINDOW = 300  # matches the platform ranks itself; more are counted, not ranked


@dataclass(frozen=True)
class Filters:
    kinds: tuple[str, ...] = ()
    theme: str | None = None
    country: str | None = None
    city: str | None = None
    year: int | None = None

    def sql(self, vendor: str) -> tuple[str, list]:
        """Conditions on the documents table (alias d), for the given engine."""
        parts, params = [], []
        if self.kinds:
            parts.append(f"d.kind IN ({', '.join(['%s'] * len(self.kinds))})")
            params += list(self.kinds)
        if self.theme:
            if vendor == "sqlite":
                parts.append("EXISTS (SELECT 1 FROM json_each(d.themes) WHERE value = %s)")
                params.append(self.theme)
            else:
                parts.append("d.themes @> %s::jsonb")
                params.append(json.dumps([self.theme]))
        if self.country:
            parts.append("d.country = %s")
            params.append(self.country.upper())
        if self.city:
            parts.append("d.city_slug = %s")
            params.append(self.city)
        if self.year:
            parts.append("d.year_from IS NOT NULL AND d.year_from <= %s")
            parts.append("COALESCE(d.year_to, 9999) >= %s")
            params += [self.year, self.year]
        return "".join(f" AND {part}" for part in parts), params


def _matches(terms: list[set[str]], filters: Filters, *, count: bool) -> tuple[str, list]:
    """The engine's query for the matching documents after the filters: their number, or the
    best RANK_WINDOW of them by the engine's own rank (bm25 / ts_rank)."""
    condition, condition_params = filters.sql(connection.vendor)
    if connection.vendor == "sqlite":
        match = " AND ".join(
            "(" + " OR ".join(f'"{alt}"*' for alt in sorted(group)) + ")" for group in terms
        )
        source = (
            f"FROM {FTS_TABLE} JOIN knowledge_searchdocument d ON d.id = {FTS_TABLE}.rowid "
            f"WHERE {FTS_TABLE} MATCH %s{condition}"
        )
        if count:
            return f"SELECT count(*) {source}", [match, *condition_params]
        return (
            f"SELECT d.id, bm25({FTS_TABLE}, 5.0, 1.0) AS rank {source} "
            "ORDER BY rank, d.id LIMIT %s",
            [match, *condition_params, RANK_WINDOW],
        )
    parts, params = [], []
    for group in terms:
        alternatives = []
        for alt in sorted(group):
            alternatives += [
                "to_tsquery('german', %s)",
                "to_tsquery('english', %s)",
                "to_tsquery('simple', %s)",
            ]
            params += [f"{alt}:*"] * 3
        parts.append("(" + " || ".join(alternatives) + ")")
    query = " && ".join(parts)
    source = (
        f"FROM {PG_TABLE} p JOIN knowledge_searchdocument d ON d.id = p.doc_id, "
        f"(SELECT {query} AS q) AS query(q) WHERE p.vector @@ q{condition}"
    )
    if count:
        return f"SELECT count(*) {source}", [*params, *condition_params]
    return (
        # Weights D, C, B, A: titles (A) count far more than texts (B); normalisation 1
        # divides by the log of the length, so a long keyword list does not win by mass.
        "SELECT d.id, ts_rank(ARRAY[0.05, 0.1, 0.2, 1.0]::float4[], p.vector, q, 1) AS rank "
        f"{source} ORDER BY rank DESC, d.id LIMIT %s",
        [*params, *condition_params, RANK_WINDOW],
    )


def _rows(sql: str, params: list) -> list[tuple]:
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


class RankedHits(Sequence):
    """The matches of a search, best first; documents are read a slice at a time, so a page
    of 20 results reads 20 documents however many matched.

    `total` is the number of all matches after the filters; at most RANK_WINDOW of them (the
    engine's best) are ranked and can be paged through (`truncated` says when more matched).
    """

    def __init__(self, ranked: list[tuple[int, float]] = (), total: int = 0) -> None:
        self._ranked = list(ranked)
        self.total = total

    @property
    def truncated(self) -> bool:
        return self.total > len(self._ranked)

    def __len__(self) -> int:
        return len(self._ranked)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return self._hits(self._ranked[index])
        return self._hits([self._ranked[index]])[0]

    def __iter__(self):
        return iter(self._hits(self._ranked))

    @staticmethod
    def _hits(ranked: list[tuple[int, float]]) -> list[Hit]:
        documents = SearchDocument.objects.in_bulk([doc_id for doc_id, _ in ranked])
        return [Hit(documents[doc_id], score) for doc_id, score in ranked if doc_id in documents]


def search(
    query: str,
    *,
    kinds: list[str] | None = None,
    theme: str | None = None,
    country: str | None = None,
    city: str | None = None,
    year: int | None = None,
) -> tuple[RankedHits, list[set[str]]]:
    """Documents matching every query word after the filters, best first.

    The database finds, filters and counts the matches and hands over its best RANK_WINDOW;
    those are ordered by `rank_score` on their stored words, so both engines order alike.
    """
    terms = [{alt for alt in group if alt.isalnum()} for group in query_terms(query)]
    terms = [group for group in terms if group]
    if not terms:
        return RankedHits(), []
    filters = Filters(tuple(kinds or ()), theme, country, city, year)
    window = [row[0] for row in _rows(*_matches(terms, filters, count=False))]
    total = len(window)
    if total == RANK_WINDOW:
        total = _rows(*_matches(terms, filters, count=True))[0][0]
    words = SearchDocument.objects.filter(id__in=window).values_list(
        "id", "title_words", "body_words"
    )
    ranked = sorted(
        ((doc_id, rank_score(title, body, terms)) for doc_id, title, body in words),
        key=lambda pair: (-pair[1], pair[0]),
    )
    return RankedHits(ranked, total), terms
