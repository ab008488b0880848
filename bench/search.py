"""Search latency on the large generated store: p50 and p95 of one search (query embedding plus
hybrid retrieval) with the model already loaded, and the model load time on its own.

Usage: .venv/bin/python bench/search.py [--real]

As in bench/prep.py the large store's vectors come from the fake embedder unless --real is given
(embedding 100,000 notes with MiniLM takes hours here); the query is embedded with the real
model either way, so the timing covers the real per-query work. Result quality on a fake-embedded
store is meaningless; bench/retrieval.py measures quality.
"""

from __future__ import annotations

import argparse
import statistics
import time
from datetime import date

import numpy as np
from _common import large_store, table

from prepcli import index, store
from prepcli.embed import SentenceTransformerEmbedder

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


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--real", action="store_true")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    model = "sentence-transformers/all-MiniLM-L6-v2" if args.real else "fake-trigram-384"
    db_path = large_store(model)
    db = store.open_store(db_path, create=False)
    start = time.perf_counter()
    embedder = SentenceTransformerEmbedder()
    embedder.embed(["warm up"])
    load = time.perf_counter() - start
    start = time.perf_counter()
    dense = index.load_dense_index(db, db_path)
    index_load = time.perf_counter() - start
    dim = dense.indexes["commercial"].d
    times: dict[str, list[float]] = {"hybrid": [], "dense": [], "bm25": []}
    for _ in range(args.rounds):
        for q in QUERIES:
            for role in ("rep", "msl"):
                for mode in times:
                    t = time.perf_counter()
                    vector = embedder.embed([q])[0] if mode != "bm25" else None
                    if vector is not None and vector.shape[0] != dim:
                        vector = np.resize(vector, dim)
                    index.search(
                        db,
                        q,
                        role=role,
                        today=date(2026, 11, 23),
                        query_vector=vector,
                        dense=dense,
                        mode=mode,
                        limit=10,
                    )
                    times[mode].append(time.perf_counter() - t)
    n = db.execute("SELECT COUNT(*) FROM passages").fetchone()[0]
    print(f"search on {db_path.name}: {n} passages; {len(times['hybrid'])} searches per mode")
    rows = [
        (m, f"{statistics.median(v) * 1000:.0f}", f"{np.percentile(v, 95) * 1000:.0f}")
        for m, v in times.items()
    ]
    print(table(rows, ("mode", "p50 ms", "p95 ms")))
    print(f"model load (once per process): {load:.2f} s; FAISS index load: {index_load:.2f} s")


if __name__ == "__main__":
    main()
