"""Retrieval quality: nDCG@10 and recall@10 of bm25, dense and hybrid on the labelled queries in
bench/retrieval_queries.jsonl, over sample_data/ embedded with the real model.

Usage: .venv/bin/python bench/retrieval.py [--model fake-trigram-384]
"""

from __future__ import annotations

import argparse
import json
import math
import subprocess
import sys
from datetime import date
from pathlib import Path

from _common import BIN, OUT, ROOT, env, table

from prepcli import index, store
from prepcli.service import get_embedder

K = 10
MODES = ("bm25", "dense", "hybrid")


def ndcg(ranked: list[str], relevant: set[str], k: int = K) -> float:
    dcg = sum(1 / math.log2(i + 2) for i, r in enumerate(ranked[:k]) if r in relevant)
    ideal = sum(1 / math.log2(i + 2) for i in range(min(len(relevant), k)))
    return dcg / ideal if ideal else 0.0


def recall(ranked: list[str], relevant: set[str], k: int = K) -> float:
    return len(set(ranked[:k]) & relevant) / len(relevant) if relevant else 0.0


def evaluate(db_path: Path, model: str, queries: list[dict]) -> dict[str, tuple[float, float]]:
    db = store.open_store(db_path, create=False)
    embedder = get_embedder(model, db)
    dense = index.load_dense_index(db, db_path)
    vectors = embedder.embed([q["query"] for q in queries])
    scores = {m: ([], []) for m in MODES}
    for q, vector in zip(queries, vectors, strict=True):
        relevant = set(q["relevant"])
        for mode in MODES:
            hits = index.search(
                db,
                q["query"],
                role=q["role"],
                today=date(2026, 11, 23),
                query_vector=vector,
                dense=dense,
                kind=q["kind"],
                mode=mode,
                limit=K,
            )
            ranked = [h.source_id for h in hits]
            scores[mode][0].append(ndcg(ranked, relevant))
            scores[mode][1].append(recall(ranked, relevant))
    return {m: (sum(n) / len(n), sum(r) / len(r)) for m, (n, r) in scores.items()}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", default="sentence-transformers/all-MiniLM-L6-v2")
    args = parser.parse_args()
    queries = [
        json.loads(line)
        for line in (ROOT / "bench" / "retrieval_queries.jsonl").read_text().splitlines()
        if line.strip()
    ]
    OUT.mkdir(parents=True, exist_ok=True)
    db = OUT / ("sample-fake.db" if args.model == "fake-trigram-384" else "sample-real.db")
    subprocess.run(
        [str(BIN / "prepcli"), "ingest", str(ROOT / "sample_data"), "--db", str(db)],
        env=env(PREPCLI_MODEL=args.model),
        check=True,
        capture_output=True,
    )
    results = evaluate(db, args.model, queries)
    print(f"{len(queries)} labelled queries, model {args.model}, k={K}")
    print(
        table(
            [(m, f"{n:.3f}", f"{r:.3f}") for m, (n, r) in results.items()],
            ("mode", "nDCG@10", "recall@10"),
        )
    )
    best_arm = max(results["bm25"][0], results["dense"][0])
    verdict = "beats" if results["hybrid"][0] > best_arm else "does NOT beat"
    print(f"hybrid {verdict} both arms on nDCG@10")
    sys.exit(0)


if __name__ == "__main__":
    main()
