"""Search latency. First, end to end as a user waits: a fresh `prepcli search` process (hybrid,
real model) on sample_data/ embedded by each backend, beside a bare `import sentence_transformers`,
all in the same run. Then on the large generated store: p50 and p95 of one search (query
embedding plus hybrid retrieval) with the model already loaded, and the model load time.

Usage: .venv/bin/python bench/search.py [--real] [--end-to-end-only]

As in bench/prep.py the large store's vectors come from the fake embedder unless --real is given
(embedding 100,000 notes with MiniLM takes hours here); the query is embedded with the real
model either way, so the timing covers the real per-query work. Result quality on a fake-embedded
store is meaningless; bench/retrieval.py measures quality.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from datetime import date

import numpy as np
from _common import BIN, OUT, ROOT, env, large_store, run_measured, table

from prepcli import index, store
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


def end_to_end(runs: int) -> None:
    """Fresh processes, medians; stores from bench/retrieval.py's layout (built if missing)."""
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
        (name, f"{s:.2f}", f"{s / base:.2f}x", f"{torch_s / s:.1f}x") for name, s in med.items()
    ]
    print(f"end to end on sample_data/, median of {runs} fresh processes")
    print(table(rows, ("command", "median s", "vs import", "torch search / this")))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--real", action="store_true")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--runs", type=int, default=5, help="end-to-end runs per command")
    parser.add_argument("--end-to-end-only", action="store_true")
    args = parser.parse_args()
    end_to_end(args.runs)
    if args.end_to_end_only:
        return
    model = "sentence-transformers/all-MiniLM-L6-v2" if args.real else "fake-trigram-384"
    db_path = large_store(model)
    db = store.open_store(db_path, create=False)
    start = time.perf_counter()
    embedder = TransformerEmbedder()
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
