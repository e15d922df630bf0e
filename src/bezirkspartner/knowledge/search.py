"""Full-text search on the database's own engine: SQLite FTS5 or PostgreSQL text search.

One interface (`search`, `index_rebuild`), two backends with the same behaviour:
every query word must match (as German stem, English stem or plain word, also as
a prefix). The engines find the candidates; ranking (titles far above texts) and
snippets are computed here in Python, so both engines order results alike.
"""

from __future__ import annotations

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


def _ranked_ids(terms: list[set[str]]) -> list[tuple[int, float]]:
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            match = " AND ".join(
                "(" + " OR ".join(f'"{alt}"*' for alt in sorted(group)) + ")" for group in terms
            )
            cursor.execute(
                f"SELECT rowid, bm25({FTS_TABLE}, 5.0, 1.0) FROM {FTS_TABLE} "
                f"WHERE {FTS_TABLE} MATCH %s ORDER BY 2, rowid",
                [match],
            )
            return [(row[0], -row[1]) for row in cursor.fetchall()]
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
        cursor.execute(
            # Weights D, C, B, A: titles (A) count far more than texts (B); normalisation 1
            # divides by the log of the length, so a long keyword list does not win by mass.
            "SELECT doc_id, ts_rank(ARRAY[0.05, 0.1, 0.2, 1.0]::float4[], vector, q, 1) "
            f"FROM {PG_TABLE}, (SELECT {query} AS q) AS query(q) "
            "WHERE vector @@ q ORDER BY 2 DESC, doc_id",
            params,
        )
        return [(row[0], float(row[1])) for row in cursor.fetchall()]


def search(
    query: str,
    *,
    kinds: list[str] | None = None,
    theme: str | None = None,
    country: str | None = None,
    city: str | None = None,
    year: int | None = None,
) -> tuple[list[Hit], list[set[str]]]:
    """Documents matching every query word, best first, after the filters."""
    terms = [{alt for alt in group if alt.isalnum()} for group in query_terms(query)]
    terms = [group for group in terms if group]
    if not terms:
        return [], []
    candidates = [doc_id for doc_id, _ in _ranked_ids(terms)]
    documents = SearchDocument.objects.in_bulk(candidates)
    scored = sorted(
        ((rank_score(d.title_words, d.body_words, terms), d.id) for d in documents.values()),
        key=lambda pair: (-pair[0], pair[1]),
    )
    hits = []
    for score, doc_id in scored:
        document = documents[doc_id]
        if kinds and document.kind not in kinds:
            continue
        if theme and theme not in document.themes:
            continue
        if country and document.country != country.upper():
            continue
        if city and document.city_slug != city:
            continue
        if year and not _covers(document, year):
            continue
        hits.append(Hit(document, score))
    return hits, terms


def _covers(document: SearchDocument, year: int) -> bool:
    if document.year_from is None:
        return False
    return document.year_from <= year <= (document.year_to or 9999)
