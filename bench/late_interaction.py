"""Would re-scoring the fused top 50 with MiniLM's token vectors (late interaction, MaxSim, the
same model as the dense arm) rank better? Measured on the tuning half of the hand-judged queries;
prints nDCG@10 of the fused ranking, of the late-interaction ranking, of blends of the two, and
the median time the re-scoring adds per query.

Usage: .venv/bin/python bench/late_interaction.py --db STORE [--split tuning]

Measured 2026-11-30 on the tuning half (22 queries, load average about 16 on 2 shared cores):
fused 0.802, late interaction alone 0.735, blends 0.804 to 0.811, and the re-scoring added
about 30 s per query (50 passages encoded per query). Not kept: at most +0.009 nDCG@10, for a
search hundreds of times slower.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

import numpy as np
from retrieval import K, load_queries, ndcg, open_runner

from prepcli.embed import resolve_model

TOP = 50
BLENDS = (0.3, 0.5, 0.7)


def token_vectors(model, texts: list[str]) -> list[np.ndarray]:
    out = []
    for t in model.encode(texts, output_value="token_embeddings", batch_size=32):
        t = np.asarray(t)[1:-1]  # without [CLS] and [SEP]
        out.append(t / np.linalg.norm(t, axis=1, keepdims=True))
    return out


def scaled(scores: dict[str, float]) -> dict[str, float]:
    lo, hi = min(scores.values()), max(scores.values())
    return {k: (v - lo) / ((hi - lo) or 1.0) for k, v in scores.items()}


def main() -> None:
    from sentence_transformers import SentenceTransformer

    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--split", default="tuning")
    args = parser.parse_args()
    queries = [q for q in load_queries() if q["split"] == args.split]
    runner = open_runner(args.db, queries)
    model = SentenceTransformer(str(resolve_model("sentence-transformers/all-MiniLM-L6-v2")))
    fused_n, late_n, times = [], [], []
    blends: dict[float, list[float]] = {a: [] for a in BLENDS}
    for q in queries:
        hits = runner.run(q, "hybrid", limit=TOP)
        start = time.perf_counter()
        query = token_vectors(model, [q["query"]])[0]
        late = {
            h.source_id: float((query @ p.T).max(axis=1).mean())
            for h, p in zip(hits, token_vectors(model, [h.passage for h in hits]), strict=True)
        }
        times.append(time.perf_counter() - start)
        fused = {h.source_id: h.score for h in hits}
        fused_n.append(ndcg(list(fused), q["grades"]))
        late_n.append(ndcg(sorted(late, key=lambda k: -late[k]), q["grades"]))
        f, s = scaled(fused), scaled(late)
        for a in BLENDS:
            mix = {k: (1 - a) * f[k] + a * s[k] for k in fused}
            blends[a].append(ndcg(sorted(mix, key=lambda k: -mix[k]), q["grades"]))
    print(f"{args.split} half, {len(queries)} queries, nDCG@{K}")
    print(f"fused {statistics.fmean(fused_n):.3f}; late interaction {statistics.fmean(late_n):.3f}")
    for a, v in blends.items():
        print(f"blend {a:.1f} late + {1 - a:.1f} fused: {statistics.fmean(v):.3f}")
    print(f"re-scoring adds {statistics.median(times) * 1000:.0f} ms per query (median)")


if __name__ == "__main__":
    main()
