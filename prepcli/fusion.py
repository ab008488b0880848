"""Fusing the keyword (BM25) and meaning (dense) rankings into one list. Pure functions of
ranked ``(key, score)`` lists, best first, where a higher score is better in each list.

Reciprocal rank fusion only sees ranks, so a source that sits at middling ranks in both lists
beats one that a single arm is sure of, and an arm's weak tail counts as much as its head. Score
fusion keeps how sure each arm is: each arm's scores are scaled to its own best hit, hits
below a floor share of that best are dropped, and the two are added with a weight.

The defaults were chosen on the tuning half of bench/judged_queries.jsonl (bench/retrieval.py
--grid): equal weights, no floor beyond the scaling itself (each arm's weakest hit scores 0).
"""

from __future__ import annotations

from dataclasses import dataclass

Ranked = list[tuple[str, float]]

RRF_K = 60


@dataclass(frozen=True)
class Fusion:
    """``bm25_weight`` is the keyword arm's share (dense gets the rest); ``floor`` drops an
    arm's hits that score below that share of the arm's best hit."""

    bm25_weight: float = 0.5
    floor: float = 0.0


def scaled(ranked: Ranked, floor: float = 0.0) -> dict[str, float]:
    """Scores as a share of the list's best, on a 0..1 scale from its worst, dropping hits below
    ``floor``. A list of one, or of equal scores, scales to 1."""
    if not ranked:
        return {}
    top = ranked[0][1]
    bottom = min(s for _, s in ranked)
    span = top - bottom
    out: dict[str, float] = {}
    for key, score in ranked:
        share = (score - bottom) / span if span > 0 else 1.0
        if share >= floor:
            out.setdefault(key, share)
    return out


def fuse(arms: dict[str, Ranked], fusion: Fusion) -> Ranked:
    """One ranking from the bm25 and dense lists (either may be empty or missing)."""
    weights = {"bm25": fusion.bm25_weight, "dense": 1.0 - fusion.bm25_weight}
    total: dict[str, float] = {}
    for arm, ranked in arms.items():
        for key, share in scaled(ranked, fusion.floor).items():
            total[key] = total.get(key, 0.0) + weights[arm] * share
    return sorted(total.items(), key=lambda kv: (-kv[1], kv[0]))


def rrf(rankings: dict[str, list[str]], k: int = RRF_K) -> Ranked:
    """Reciprocal rank fusion of several ranked id lists (the fusion before scores were used;
    kept so the bench can compare against it)."""
    scores: dict[str, float] = {}
    for ranked in rankings.values():
        for rank, key in enumerate(ranked, start=1):
            scores[key] = scores.get(key, 0.0) + 1.0 / (k + rank)
    return sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
