"""Search latency, every figure a ratio measured in the same run.

1. End to end, as a user waits: a fresh `prepcli search` process (hybrid, real model) on
   sample_data/ embedded by each backend, beside a bare `import sentence_transformers`.
2. One search, today's hybrid against the hybrid it replaced, interleaved query by query so both
   see the same load, on sample_data/ (real vectors, the hand-judged queries of
   bench/judged_queries.jsonl, scoped ones included) and on the large generated store:
   - hybrid: score fusion, the field vocabulary, FTS ranking before the role check, FAISS on one
     thread;
   - hybrid before: the search as it was before (reciprocal rank fusion, no vocabulary, every
     FTS match checked against the role before ranking, FAISS on every core);
   - rrf, today's code: reciprocal rank fusion without the vocabulary on today's SQL and threads,
     so the cost of the vocabulary and the score fusion alone shows.
   The query vector is given (embedding it costs the same in every path and is timed apart).
3. p50 and p95 of each mode (with the query embedded each time) on the large store.

Usage: .venv/bin/python bench/search.py [--real] [--end-to-end-only] [--rounds N] [--runs N]

As in bench/prep.py the large store's vectors come from the fake embedder unless --real is given
(embedding 100,000 notes with MiniLM takes hours here); the query is embedded with the real
model either way. Result quality on a fake-embedded store is meaningless; bench/retrieval.py
measures quality on sample_data/.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any
from unittest import mock

import numpy as np
from _common import BIN, OUT, ROOT, env, large_store, run_measured, table
from retrieval import AS_OF, Runner, load_queries, open_runner

from prepcli import index, store, vocabulary
from prepcli.embed import BACKENDS, TransformerEmbedder

QUERIES = [
    "prior authorization denied",
    "renal dosing question",
    "patient support program",
    "formulary review at the P&T committee",
    "samples requested",
    "subgroup data reprint",
    "side effects nausea management",
    "competitor comparison",
    "copay card",
    "webinar invite",
]
PATHS = ("hybrid", "hybrid before", "rrf, today's code")


def end_to_end(runs: int) -> dict[str, Path]:
    """Fresh processes, medians; returns the sample stores it built (one per backend)."""
    real = "sentence-transformers/all-MiniLM-L6-v2"
    stores = {}
    for backend in BACKENDS:
        db = OUT / f"sample-{backend}.db"
        environ = env(PREPCLI_MODEL=real, PREPCLI_EMBED_BACKEND=backend)
        subprocess.run(
            [str(BIN / "prepcli"), "ingest", str(ROOT / "sample_data"), "--db", str(db)],
            env=environ,
            check=True,
            capture_output=True,
        )
        stores[backend] = (db, environ)
    cases = {
        "python -c 'import sentence_transformers'": (
            [sys.executable, "-c", "import sentence_transformers"],
            env(),
        )
    }
    for backend, (db, environ) in stores.items():
        cmd = [str(BIN / "prepcli"), "search", QUERIES[0], "--db", str(db), "--json"]
        cases[f"prepcli search (hybrid), {backend}"] = (cmd, environ)
    times: dict[str, list[float]] = {name: [] for name in cases}
    for _ in range(runs):
        for name, (cmd, environ) in cases.items():
            times[name].append(run_measured(cmd, environ)[0])
    med = {name: statistics.median(v) for name, v in times.items()}
    base = med["python -c 'import sentence_transformers'"]
    torch_s = med["prepcli search (hybrid), torch"]
    rows = [
        (name, f"{s:.2f}", f"{s / base:.3f}x", f"{torch_s / s:.1f}x") for name, s in med.items()
    ]
    print(f"end to end on sample_data/, median of {runs} fresh processes")
    print(table(rows, ("command", "median s", "vs import", "torch search / this")))
    return {backend: db for backend, (db, _) in stores.items()}


# ---- the search before score fusion, kept runnable for the comparison -----------------------


def _search_fts_before(
    db: Any,
    match: str,
    *,
    role: str,
    today: date,
    kind: str | None = None,
    hcp_id: str | None = None,
    limit: int = 100,
) -> list[dict[str, Any]]:
    """store.search_fts as it was: every match joined to its passage and checked against the
    role, then ranked."""
    where, params = store._passage_filter(role, today, kind, hcp_id)
    sql = f"""SELECT p.passage_id, p.source_kind, p.source_id, p.text,
                     bm25(passages_fts) AS bm25
              FROM passages_fts JOIN passages p ON p.rowid = passages_fts.rowid
              WHERE passages_fts MATCH ? AND {where}
              ORDER BY bm25 LIMIT ?"""
    return store.dicts(db.execute(sql, [match, *params, limit]))


@contextmanager
def as_before() -> Iterator[None]:
    """FAISS on every core (its default) and the former keyword query."""
    import faiss

    faiss.omp_set_num_threads(os.cpu_count() or 1)
    try:
        with mock.patch.object(store, "search_fts", _search_fts_before):
            yield
    finally:
        faiss.omp_set_num_threads(1)


def compare(run: Callable[[Any, str], object], cases: list[Any], rounds: int) -> dict[str, list]:
    """Seconds per search for each path, interleaved case by case."""
    times: dict[str, list[float]] = {p: [] for p in PATHS}
    for case in cases:  # warm the page cache and FAISS for every path
        for path in PATHS:
            _timed(run, case, path)
    for _ in range(rounds):
        for case in cases:
            for path in PATHS:
                times[path].append(_timed(run, case, path))
    return times


def _timed(run: Callable[[Any, str], object], case: Any, path: str) -> float:
    if path == "hybrid before":
        with as_before():
            start = time.perf_counter()
            run(case, "hybrid-rrf")
            return time.perf_counter() - start
    start = time.perf_counter()
    run(case, "hybrid" if path == "hybrid" else "hybrid-rrf")
    return time.perf_counter() - start


def report(title: str, times: dict[str, list[float]]) -> None:
    base = statistics.median(times["hybrid before"])
    rows = [
        (
            path,
            f"{statistics.median(v) * 1000:.1f}",
            f"{np.percentile(v, 95) * 1000:.1f}",
            f"{statistics.median(v) / base:.2f}x",
        )
        for path, v in times.items()
    ]
    print(f"\n{title}; {len(times['hybrid'])} searches per path, query vector given")
    print(table(rows, ("path", "p50 ms", "p95 ms", "p50 vs hybrid before")))


def sample_comparison(db_path: Path, rounds: int) -> None:
    queries = load_queries()
    runner = open_runner(db_path, queries)
    times = compare(lambda q, mode: runner.run(q, mode), queries, rounds)
    n = runner.db.execute("SELECT COUNT(*) FROM passages").fetchone()[0]
    report(
        f"one search on sample_data/ ({n} passages, real vectors, {len(queries)} judged queries)",
        times,
    )


def large_comparison(db_path: Path, embedder: TransformerEmbedder, rounds: int) -> None:
    db = store.open_store(db_path, create=False)
    dense = index.load_dense_index(db, db_path)
    dim = dense.indexes["commercial"].d
    vectors = {q: np.resize(embedder.embed([q])[0], dim) for q in QUERIES}
    runner = Runner(db, dense, vectors, vocabulary.load())
    cases = [{"query": q, "role": r, "hcp": None} for q in QUERIES for r in ("rep", "msl")]
    times = compare(lambda q, mode: runner.run(q, mode), cases, rounds)
    n = db.execute("SELECT COUNT(*) FROM passages").fetchone()[0]
    report(f"one search on {db_path.name} ({n} passages)", times)


def modes(db_path: Path, embedder: TransformerEmbedder, rounds: int) -> None:
    db = store.open_store(db_path, create=False)
    dense = index.load_dense_index(db, db_path)
    dim = dense.indexes["commercial"].d
    vocab = vocabulary.load()
    times: dict[str, list[float]] = {"hybrid": [], "dense": [], "bm25": [], "embed query": []}
    for _ in range(rounds):
        for q in QUERIES:
            for role in ("rep", "msl"):
                start = time.perf_counter()
                embedder.embed([q])
                times["embed query"].append(time.perf_counter() - start)
                for mode in ("hybrid", "dense", "bm25"):
                    t = time.perf_counter()
                    vector = np.resize(embedder.embed([q])[0], dim) if mode != "bm25" else None
                    index.search(
                        db,
                        q,
                        role=role,
                        today=AS_OF,
                        query_vector=vector,
                        dense=dense,
                        mode=mode,
                        limit=10,
                        vocabulary=vocab,
                    )
                    times[mode].append(time.perf_counter() - t)
    rows = [
        (m, f"{statistics.median(v) * 1000:.0f}", f"{np.percentile(v, 95) * 1000:.0f}")
        for m, v in times.items()
    ]
    print(f"\neach mode on {db_path.name}, query embedded each time (model loaded)")
    print(table(rows, ("mode", "p50 ms", "p95 ms")))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--real", action="store_true")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--runs", type=int, default=5, help="end-to-end runs per command")
    parser.add_argument("--end-to-end-only", action="store_true")
    parser.add_argument("--skip-end-to-end", action="store_true")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    if args.skip_end_to_end:
        sample = OUT / "sample-onnx.db"
        if not sample.exists():
            raise SystemExit(f"{sample} is missing: run once without --skip-end-to-end")
    else:
        sample = end_to_end(args.runs)["onnx"]
    if args.end_to_end_only:
        return
    sample_comparison(sample, args.rounds)
    model = "sentence-transformers/all-MiniLM-L6-v2" if args.real else "fake-trigram-384"
    db_path = large_store(model)
    start = time.perf_counter()
    embedder = TransformerEmbedder()
    embedder.embed(["warm up"])
    load = time.perf_counter() - start
    large_comparison(db_path, embedder, args.rounds)
    modes(db_path, embedder, args.rounds)
    print(f"model load (once per process): {load:.2f} s")


if __name__ == "__main__":
    main()
