"""Hybrid search on a team store: PostgreSQL full-text ranking and pgvector nearest neighbours,
fused by the same code as the SQLite store's (prepcli.fusion).

The role filter is written into both queries as a second wall; the first is the login's
row-level security. pgvector's HNSW scan is iterative (``hnsw.iterative_scan``), so when the
filter rejects most near neighbours the scan goes on until it has the top k, instead of
returning fewer hits than asked.
"""

from __future__ import annotations

import math
import re
from collections.abc import Collection
from datetime import date
from typing import Any

import numpy as np

from prepcli import store
from prepcli.fusion import Fusion, Ranked, fuse, rrf
from prepcli.index import FUSION, Hit, fts_query
from prepcli.stores import postgres
from prepcli.vocabulary import Vocabulary, expansions

# How far the HNSW scan may go looking for rows that pass the filter (pgvector's default is
# 20,000 tuples); ef_search is the candidate list of each step.
EF_SEARCH = 100
MAX_SCAN_TUPLES = 40_000
# About the most passages the keyword arm scores in one step (see keyword_arm).
CANDIDATES = 5_000


def tsqueries(match: str) -> list[str]:
    """An FTS5 OR-query of quoted terms (index.fts_query) as one to_tsquery string per term,
    phrases kept in order. Only word characters survive, so nothing is syntax."""
    parts = []
    for phrase in re.findall(r'"([^"]*)"', match):
        words = re.findall(r"\w+", phrase)
        if words:
            parts.append("(" + " <-> ".join(words) + ")")
    return parts


def _filter(role: str, today: date, kind: str | None, hcp_id: str | None) -> tuple[str, list[Any]]:
    """The second wall, as store._passage_filter says it for SQLite."""
    clauses: list[str] = []
    params: list[Any] = []
    if kind in (None, "interactions"):
        clause = "(p.source_kind = 'interactions' AND p.visibility = ANY(%s)"
        params.append(list(store.visible_functions(role)))
        if hcp_id is not None:
            clause += " AND p.hcp_id = %s"
            params.append(hcp_id)
        clauses.append(clause + ")")
    if kind in (None, "content"):
        clauses.append(
            "(p.source_kind = 'content' AND p.visibility = %s AND EXISTS (SELECT 1 FROM content c "
            "WHERE c.content_id = p.source_id AND c.status = 'approved' "
            "AND substr(c.approved_on, 1, 10) <= %s "
            "AND (c.expires_on IS NULL OR substr(c.expires_on, 1, 10) > %s)))"
        )
        day = today.isoformat()
        params.extend([store.content_audience(role), day, day])
    return "(" + " OR ".join(clauses) + ")", params


def keyword_arm(
    conn: Any,
    match: str,
    *,
    role: str,
    today: date,
    kind: str | None,
    hcp_id: str | None,
    depth: int,
    cap: int | None = CANDIDATES,
) -> list[dict[str, Any]]:
    """BM25's shape on PostgreSQL: each term's length-normalised rank weighted by its inverse
    document frequency. ts_rank alone has no IDF, so a common word would outrank a rare one
    and the ranking would not agree with SQLite's. The match runs in prepcli_text_matches()
    (see stores/postgres.py: the GIN index under row-level security).

    When more than about ``cap`` passages may match, the shortest are scored first (the
    index knows each passage's length band): a length-normalised ranking puts short passages
    holding the words first, so the top ``depth`` among them is nearly always the top among
    all. A passage much longer but repeating a word can be missed; bench/team.py measures how
    often. ``cap`` None scores every candidate."""
    terms = tsqueries(match)
    if not terms:
        return []
    phrases = {term: re.findall(r"\w+", term) for term in terms if "<->" in term}
    phrase_words = [w for ws in phrases.values() for w in ws]
    total, estimates, shares = _statistics(conn, list(dict.fromkeys([*terms, *phrase_words])))
    found = [estimates[term] for term in terms]
    weights = [math.log(1 + (total - f + 0.5) / (f + 0.5)) for f in found]
    where, params = _filter(role, today, kind, hcp_id)
    # The best ``depth`` matches are chosen on the few columns the match function returns;
    # only they are then read in full (text), through the login's policies and the filter again.
    sql = f"""WITH best AS (
                SELECT p.passage_id, p.score
                FROM prepcli_text_matches(to_tsquery('english', %s) && %s::tsquery,
                     to_tsquery('english', %s), %s::real[],
                     ARRAY(SELECT to_tsquery('english', t) FROM unnest(%s::text[]) AS t),
                     %s::text[]) p
                WHERE {where} ORDER BY p.score DESC, p.passage_id LIMIT %s)
              SELECT p.passage_id, p.source_kind, p.source_id, p.text, best.score
              FROM best JOIN passages p ON p.passage_id = best.passage_id
              WHERE {where} ORDER BY best.score DESC, p.passage_id"""
    wanted = list(store.visible_functions(role))
    # Candidates, every one scored on every term: first the passages holding every term (they
    # lead a BM25 ranking); if they are fewer than asked, those holding any of the rarest
    # terms, as many terms as keep the expected rows near CANDIDATES (a passage with only
    # common words ranks low on IDF); if still too few, those holding any term.
    pool: list[str] = []
    expected = 0.0
    for f, term in sorted(zip(found, terms, strict=True)):
        if pool and expected + f > CANDIDATES:
            break
        pool.append(term)
        expected += f
    # Each with as many passages as it may match at most: the planner's estimate for words
    # together takes them as independent, and words of one phrase or query are not (a phrase
    # is in no more passages than its rarest word).
    most = [
        max(estimates[t], min(estimates[w] for w in phrases[t])) if t in phrases else estimates[t]
        for t in terms
    ]
    every = len({w for term in terms for w in re.findall(r"\w+", term)})
    tries = [(" & ".join(terms), min(most), every)] if len(terms) > 1 else []
    tries += [(" | ".join(pool), expected, 1)] if len(pool) < len(terms) else []
    tries += [(" | ".join(terms), min(sum(most), total), 1)]
    rows: list[dict[str, Any]] = []
    for candidates, at_most, words in tries:
        # Thousands of passages holding common words cost seconds to score (PostgreSQL has no
        # top-k pruning): score the shortest of them first, which lead a length-normalised
        # ranking, and widen only if they are too few.
        for shortest in band_limits(at_most, shares, cap, words):
            rows = _dicts(
                conn.execute(
                    sql,
                    [
                        candidates.replace(" <-> ", " & "),
                        shortest,
                        candidates,
                        weights,
                        terms,
                        wanted,
                        *params,
                        depth,
                        *params,
                    ],
                )
            )
            if len(rows) >= depth:
                return rows
    return rows


def band_limits(
    estimate: float, upto: dict[int, float], cap: int | None, words: int = 1
) -> list[str]:
    """Length-band queries to try in turn, each admitting longer passages: the passages no
    longer than the band that holds about ``cap`` of the ``estimate`` matching ones, then
    twice as many, and so on up to 64x; last the empty query, which admits every passage.
    ``upto`` is the share of passages no longer than each band; a match holds at least
    ``words`` distinct words, so shorter bands are passed over. ``cap`` None scores every
    candidate at once. Pure, for testing."""
    if cap is None or estimate <= cap or not upto:
        return [""]
    least = math.floor(2 * math.log2(words + 1))
    bands = sorted(b for b, share in upto.items() if share > 0 and b >= least)
    if not bands:
        return [""]
    below = max((share for b, share in upto.items() if b < bands[0]), default=0.0)
    limits: list[str] = []
    for allowance in (cap * 2**n for n in range(7)):
        fits = [b for b in bands if estimate * (upto[b] - below) <= allowance]
        band = max(fits, default=bands[0])
        if upto[band] >= 0.95 * upto[bands[-1]]:
            break  # (nearly) every passage: the unlimited query does that
        limits.append(f"'{postgres.BAND_PREFIX}{band:02d}'")
    return [*dict.fromkeys(limits), ""]


def _statistics(conn: Any, queries: list[str]) -> tuple[int, dict[str, float], dict[int, float]]:
    """In one round trip (a search waits for each, more so on a busy server): the number of
    passages, how many passages match each of ``queries`` as the planner's statistics of the
    tsvector column say (exact enough for IDF, and free, where counting a common word reads
    thousands of rows), and the share of passages no longer than each length band (empty
    before the first ANALYZE: then every search scores all its candidates)."""
    from psycopg import sql

    statements = [
        sql.SQL("SELECT reltuples::bigint FROM pg_class WHERE oid = 'passages'::regclass"),
        sql.SQL("SELECT band, share FROM prepcli_length_bands()"),
        *(
            sql.SQL(
                "EXPLAIN (FORMAT JSON) SELECT 1 FROM passages "
                "WHERE tsv @@ to_tsquery('english', {})"
            ).format(sql.Literal(q))
            for q in queries
        ),
    ]
    with conn.cursor() as cur:
        cur.execute(sql.SQL("; ").join(statements))
        total = int(cur.fetchone()[0] or 0)
        cur.nextset()
        prefix = len(postgres.BAND_PREFIX)
        shares = {int(band[prefix:]): float(share) for band, share in cur.fetchall()}
        estimates: dict[str, float] = {}
        for q in queries:
            cur.nextset()
            estimates[q] = float(cur.fetchone()[0][0]["Plan"]["Plan Rows"])
    if total <= 0:  # never analysed
        total = int(conn.execute("SELECT count(*) FROM passages").fetchone()[0])
    return max(total, 1), estimates, shares


def dense_query(
    vector: np.ndarray, *, role: str, today: date, kind: str | None, hcp_id: str | None, depth: int
) -> tuple[str, list[Any]]:
    """The nearest-neighbour statement and its parameters (apart for EXPLAIN in the tests)."""
    where, params = _filter(role, today, kind, hcp_id)
    if store.visible_functions(role) == ("commercial",):
        # Written out, not a parameter: the planner must see it to use the HNSW index of
        # commercial passages (schema 4), where no medical neighbour slows the scan.
        where += " AND p.visibility = 'commercial'"
    sql = f"""SELECT p.passage_id, p.source_kind, p.source_id, p.text,
                     1 - (p.embedding <=> %s) AS score
              FROM passages p WHERE p.embedding IS NOT NULL AND {where}
              ORDER BY p.embedding <=> %s LIMIT %s"""
    q = np.asarray(vector, dtype=np.float32)
    return sql, [q, *params, q, depth]


def dense_arm(
    conn: Any,
    vector: np.ndarray,
    *,
    role: str,
    today: date,
    kind: str | None,
    hcp_id: str | None,
    depth: int,
) -> list[dict[str, Any]]:
    sql, params = dense_query(vector, role=role, today=today, kind=kind, hcp_id=hcp_id, depth=depth)
    with conn.transaction():
        conn.execute(
            "SET LOCAL hnsw.iterative_scan = relaxed_order; "
            f"SET LOCAL hnsw.ef_search = {max(EF_SEARCH, depth)}; "
            f"SET LOCAL hnsw.max_scan_tuples = {MAX_SCAN_TUPLES}"
        )
        rows = _dicts(conn.execute(sql, params))
    # relaxed_order may hand back neighbours slightly out of order: put them in order.
    return sorted(rows, key=lambda r: (-r["score"], r["passage_id"]))


def _dicts(cursor: Any) -> list[dict[str, Any]]:
    names = [d.name for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _by_source(rows: list[dict[str, Any]]) -> Ranked:
    seen: dict[str, float] = {}
    for r in rows:
        seen.setdefault(f"{r['source_kind']}:{r['source_id']}", float(r["score"]))
    return list(seen.items())


def search(
    conn: Any,
    query: str,
    *,
    role: str,
    today: date,
    query_vector: np.ndarray | None = None,
    kind: str | None = None,
    hcp_id: str | None = None,
    mode: str = "hybrid",
    limit: int = 10,
    content_ids: Collection[str] | None = None,
    vocabulary: Vocabulary | None = None,
    fusion: Fusion | None = FUSION,
    cap: int | None = CANDIDATES,
) -> list[Hit]:
    """The team store's answer to index.search: the same arms, depth and fusion. ``cap``: see
    keyword_arm (None scores every candidate, for comparison)."""
    from pgvector.psycopg import register_vector

    if conn.adapters.types.get("vector") is None:  # once per connection: it asks the server
        register_vector(conn)
    depth = max(limit * 10, 100)
    arms: dict[str, Ranked] = {}
    text: dict[str, str] = {}
    if mode in ("bm25", "hybrid"):
        extra = expansions(query, vocabulary) if vocabulary and fusion else []
        match = fts_query(query, extra)
        rows = (
            keyword_arm(
                conn, match, role=role, today=today, kind=kind, hcp_id=hcp_id, depth=depth, cap=cap
            )
            if match
            else []
        )
        arms["bm25"] = _by_source(rows)
        for r in rows:
            text.setdefault(f"{r['source_kind']}:{r['source_id']}", r["text"])
    if mode in ("dense", "hybrid") and query_vector is not None:
        rows = dense_arm(
            conn, query_vector, role=role, today=today, kind=kind, hcp_id=hcp_id, depth=depth
        )
        arms["dense"] = _by_source(rows)
        for r in rows:
            text.setdefault(f"{r['source_kind']}:{r['source_id']}", r["text"])
    if content_ids is not None:
        allowed = {f"content:{c}" for c in content_ids}
        arms = {
            arm: [(k, s) for k, s in ranked if not k.startswith("content:") or k in allowed]
            for arm, ranked in arms.items()
        }
    if mode != "hybrid":
        fused = arms.get(mode, [])
    elif fusion is None:
        fused = rrf({arm: [key for key, _ in ranked] for arm, ranked in arms.items()})
    else:
        fused = fuse(arms, fusion)
    positions = {arm: {key: n for n, (key, _) in enumerate(r, start=1)} for arm, r in arms.items()}
    hits = []
    for key, score in fused[:limit]:
        source_kind, source_id = key.split(":", 1)
        ranks = {arm: at[key] for arm, at in positions.items() if key in at}
        hits.append(Hit(source_kind, source_id, text.get(key, ""), score, ranks))
    return hits


def source_summary(conn: Any, kind: str, source_id: str) -> dict[str, Any]:
    """store.source_summary on the team store."""
    if kind == "interactions":
        sql = (
            "SELECT i.hcp_id, h.name AS hcp_name, i.date, i.channel, i.function, i.subject "
            "FROM interactions i LEFT JOIN hcps h ON h.hcp_id = i.hcp_id "
            "WHERE i.interaction_id = %s"
        )
    else:
        sql = "SELECT title, approval_code, expires_on, audience FROM content WHERE content_id = %s"
    rows = _dicts(conn.execute(sql, [source_id]))
    return rows[0] if rows else {}
