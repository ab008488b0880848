"""Retrieval quality on the hand-judged queries in bench/judged_queries.jsonl: nDCG@10 and
recall@10 of bm25 (with the field vocabulary), bm25-plain (without it), dense, hybrid (score
fusion plus the vocabulary) and hybrid-rrf, the hybrid it replaced (reciprocal rank fusion, no
vocabulary), over sample_data/ embedded with the real model; per split
(tuning / reporting, rep / MSL, keyword / paraphrased, scoped with --hcp), with a bootstrap
interval for hybrid minus each arm. Search latency, old hybrid against new, is in
bench/search.py.

Usage: .venv/bin/python bench/retrieval.py [--db STORE] [--grid]

--db reuses a store already ingested from sample_data/ with the real model (else one is built
under bench/out/). --grid prints the fusion settings tried on the tuning half, to re-choose
``index.FUSION``. Grades: 2 = answers the query, 1 = related, 0 = not; nDCG uses gains 2^g - 1
with the ideal ranking from every judged source; recall@10 counts the grade-2 sources found.
Sources the judges never read count as 0 and are reported ("unjudged in top 10"): re-judge
with bench/judge.py when that number grows (e.g. after sample_data/ is regenerated).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import random
import statistics
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np
from _common import BIN, OUT, ROOT, env, table

from prepcli import index, service, store, vocabulary
from prepcli.fusion import Fusion

K = 10
AS_OF = date(2026, 11, 23)
MODEL = "sentence-transformers/all-MiniLM-L6-v2"
JUDGED = ROOT / "bench" / "judged_queries.jsonl"
MODES = ("bm25", "bm25-plain", "dense", "hybrid", "hybrid-rrf")
SPLITS: dict[str, Callable[[dict[str, Any]], bool]] = {
    "all": lambda q: True,
    "rep": lambda q: q["role"] == "rep",
    "msl": lambda q: q["role"] == "msl",
    "keyword": lambda q: q["style"] == "keyword",
    "paraphrased": lambda q: q["style"] == "paraphrased",
    "scoped (--hcp)": lambda q: q["hcp"] is not None,
}


def ndcg(ranked: list[str], grades: dict[str, int], k: int = K) -> float:
    dcg = sum((2 ** grades.get(r, 0) - 1) / math.log2(i + 2) for i, r in enumerate(ranked[:k]))
    best = sorted(grades.values(), reverse=True)[:k]
    ideal = sum((2**g - 1) / math.log2(i + 2) for i, g in enumerate(best))
    return dcg / ideal if ideal else 0.0


def recall(ranked: list[str], grades: dict[str, int], k: int = K) -> float:
    relevant = {s for s, g in grades.items() if g == 2}
    return len(set(ranked[:k]) & relevant) / len(relevant) if relevant else 0.0


def bootstrap(diffs: list[float], rounds: int = 5000, seed: int = 19) -> tuple[float, float]:
    """95% percentile interval of the mean of per-query differences, queries resampled."""
    rng = random.Random(seed)
    means = sorted(statistics.fmean(rng.choices(diffs, k=len(diffs))) for _ in range(rounds))
    return means[int(0.025 * rounds)], means[int(0.975 * rounds) - 1]


def source_text_sha(db: Any, kind: str, source_id: str) -> str | None:
    """A hash of a source's passage texts: a judgement holds while this is unchanged."""
    rows = db.execute(
        "SELECT text FROM passages WHERE source_kind = ? AND source_id = ? ORDER BY field, seq",
        [kind, source_id],
    ).fetchall()
    if not rows:
        return None
    return hashlib.sha256("\n".join(r[0] for r in rows).encode()).hexdigest()[:12]


@dataclass
class Runner:
    """Searches one store the way `prepcli search` does, with the model loaded once."""

    db: Any
    dense: index.DenseIndex
    vectors: dict[str, np.ndarray]
    vocab: vocabulary.Vocabulary

    def run(
        self, q: dict[str, Any], mode: str, fusion: Fusion | None = index.FUSION, limit: int = K
    ) -> list[index.Hit]:
        hcp = store.get_hcp(self.db, q["hcp"]) if q["hcp"] else None
        content_ids = (
            service.offerable_to(self.db, hcp, role=q["role"], as_of=AS_OF) if hcp else None
        )
        arm_mode = {"hybrid-rrf": "hybrid", "bm25-plain": "bm25"}.get(mode, mode)
        return index.search(
            self.db,
            q["query"],
            role=q["role"],
            today=AS_OF,
            query_vector=self.vectors[q["query"]],
            dense=None if hcp else self.dense,
            kind=q.get("kind"),
            hcp_id=q["hcp"],
            mode=arm_mode,
            limit=limit,
            content_ids=content_ids,
            vocabulary=None if mode == "bm25-plain" else self.vocab,
            fusion=None if mode == "hybrid-rrf" else fusion,
        )


def scores(
    runner: Runner, queries: list[dict[str, Any]], mode: str, fusion: Fusion | None = None
) -> list[tuple[float, float, int]]:
    """Per query: nDCG@10, recall@10, and how many of the top 10 were never judged."""
    out = []
    for q in queries:
        hits = runner.run(q, mode, fusion or index.FUSION)
        ranked = [h.source_id for h in hits]
        out.append(
            (
                ndcg(ranked, q["grades"]),
                recall(ranked, q["grades"]),
                sum(r not in q["grades"] for r in ranked),
            )
        )
    return out


def grid(runner: Runner, queries: list[dict[str, Any]]) -> None:
    tuning = [q for q in queries if q["split"] == "tuning"]
    rows = []
    for weight in (0.3, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7):
        for floor in (0.0, 0.1, 0.2, 0.3, 0.4, 0.5):
            fusion = Fusion(bm25_weight=weight, floor=floor)
            per = scores(runner, tuning, "hybrid", fusion)
            splits = {
                name: statistics.fmean(p[0] for p, q in zip(per, tuning, strict=True) if keep(q))
                for name, keep in SPLITS.items()
                if name != "scoped (--hcp)"
            }
            rows.append((weight, floor, splits))
    rows.sort(key=lambda r: -r[2]["all"])
    print("fusion settings on the tuning half (nDCG@10), best first")
    print(
        table(
            [(f"{w}", f"{f}", *(f"{v:.3f}" for v in s.values())) for w, f, s in rows[:15]],
            ("bm25 weight", "floor", *rows[0][2].keys()),
        )
    )


def load_queries() -> list[dict[str, Any]]:
    return [json.loads(line) for line in JUDGED.read_text().splitlines() if line.strip()]


def open_runner(db_path: Path, queries: list[dict[str, Any]]) -> Runner:
    db = store.open_store(db_path, create=False)
    embedder = service.get_embedder(MODEL, db)
    texts = sorted({q["query"] for q in queries})
    vectors = dict(zip(texts, embedder.embed(texts), strict=True))
    dense = index.load_dense_index(db, db_path)
    return Runner(db, dense, vectors, vocabulary.load())


def check_judgements(runner: Runner, queries: list[dict[str, Any]]) -> int:
    """Judged sources whose text changed or vanished since they were read."""
    stale = 0
    for q in queries:
        for key, sha in q["text_sha"].items():
            kind = "interactions" if key.startswith("INT-") else "content"
            stale += source_text_sha(runner.db, kind, key) != sha
    return stale


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, help="a store ingested from sample_data/")
    parser.add_argument("--grid", action="store_true", help="print the fusion settings tried")
    args = parser.parse_args()
    queries = load_queries()
    db_path = args.db
    if db_path is None:
        OUT.mkdir(parents=True, exist_ok=True)
        db_path = OUT / "sample-real.db"
        subprocess.run(
            [str(BIN / "prepcli"), "ingest", str(ROOT / "sample_data"), "--db", str(db_path)],
            env=env(PREPCLI_MODEL=MODEL),
            check=True,
            capture_output=True,
        )
    runner = open_runner(db_path, queries)
    stale = check_judgements(runner, queries)
    judged = sum(len(q["grades"]) for q in queries)
    print(f"{len(queries)} hand-judged queries, {judged} judgements, as of {AS_OF}, k={K}")
    if stale:
        print(f"WARNING: {stale} judged sources changed since judged: re-judge (bench/judge.py)")
    if args.grid:
        grid(runner, queries)
    per = {mode: scores(runner, queries, mode) for mode in MODES}
    for half in ("tuning", "reporting"):
        rows = []
        for name, keep in SPLITS.items():
            picked = [n for n, q in enumerate(queries) if q["split"] == half and keep(q)]
            if not picked:
                continue
            for mode in MODES:
                ps = [per[mode][n] for n in picked]
                rows.append(
                    (
                        name,
                        str(len(picked)),
                        mode,
                        f"{statistics.fmean(p[0] for p in ps):.3f}",
                        f"{statistics.fmean(p[1] for p in ps):.3f}",
                        str(sum(p[2] for p in ps)),
                    )
                )
        print(f"\n{half} half")
        print(table(rows, ("split", "queries", "mode", "nDCG@10", "recall@10", "unjudged")))
        rows = []
        for name, keep in SPLITS.items():
            picked = [n for n, q in enumerate(queries) if q["split"] == half and keep(q)]
            if len(picked) < 2:
                continue
            for arm in ("bm25", "dense", "hybrid-rrf"):
                diffs = [per["hybrid"][n][0] - per[arm][n][0] for n in picked]
                lo, hi = bootstrap(diffs)
                wins = sum(d > 1e-9 for d in diffs)
                losses = sum(d < -1e-9 for d in diffs)
                rows.append(
                    (
                        name,
                        f"hybrid - {arm}",
                        f"{statistics.fmean(diffs):+.3f}",
                        f"[{lo:+.3f}, {hi:+.3f}]",
                        f"{wins}/{losses}",
                    )
                )
        print(f"\n{half} half: nDCG@10 differences, 95% bootstrap interval over queries")
        print(table(rows, ("split", "difference", "mean", "95% interval", "wins/losses")))
    sys.exit(0)


if __name__ == "__main__":
    main()
