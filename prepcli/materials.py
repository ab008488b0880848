"""Pure material selection: which approved pieces fit this HCP, and why, in words.

The caller passes only content that may be offered (approved, in date, the viewer's audience,
no restricted product): that filter is the store's job. This module ranks what is left.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import numpy as np

from prepcli.digest import FollowUp, day

RECENTLY_SHARED_DAYS = 60
EXPIRING_SOON_DAYS = 30
MATERIALS_MIN, MATERIALS_MAX = 3, 5
FOLLOW_UP_WEIGHT = 0.35
PRODUCT_WEIGHT = 0.15
# A piece about a product never discussed with this HCP is rarely what the visit needs.
UNDISCUSSED_PRODUCT_FACTOR = 0.5


@dataclass(frozen=True)
class Recommendation:
    content_id: str
    title: str
    kind: str | None
    approval_code: str
    expires_on: str | None
    expiring_soon: bool
    reason: str
    score: float


def recently_shared(interactions: list[dict[str, Any]], as_of: date) -> set[str]:
    start = as_of - timedelta(days=RECENTLY_SHARED_DAYS)
    return {
        cid
        for i in interactions
        if start <= day(i["date"]) <= as_of  # type: ignore[operator]
        for cid in i.get("content_ids") or []
    }


def recommend(
    content: list[dict[str, Any]],
    content_vectors: np.ndarray,
    interest: np.ndarray | None,
    interactions: list[dict[str, Any]],
    interaction_vectors: np.ndarray,
    open_follow_ups: list[FollowUp],
    follow_up_vectors: np.ndarray,
    as_of: date,
    *,
    limit: int = MATERIALS_MAX,
) -> list[Recommendation]:
    """Rank offerable content by fit to the HCP's interests, open follow-ups and products
    discussed; skip what was shared in the last 60 days. Each pick says why."""
    shared = recently_shared(interactions, as_of)
    discussed = {p.casefold() for i in interactions for p in i.get("products") or []}
    keep = [n for n, c in enumerate(content) if c["content_id"] not in shared]
    if not keep:
        return []
    vectors = content_vectors[keep] if len(content_vectors) else np.zeros((len(keep), 0))
    has_vectors = vectors.shape[1] > 0
    base = (
        vectors @ interest
        if has_vectors and interest is not None
        else np.zeros(len(keep), dtype=np.float32)
    )
    follow = (
        vectors @ follow_up_vectors.T
        if has_vectors and len(follow_up_vectors)
        else np.zeros((len(keep), 0))
    )
    evidence = (
        vectors @ interaction_vectors.T
        if has_vectors and len(interaction_vectors)
        else np.zeros((len(keep), 0))
    )
    scored = []
    for row, n in enumerate(keep):
        piece = content[n]
        products = {p.casefold() for p in piece.get("products") or []}
        score = float(base[row])
        if products and discussed:
            score = (
                score + PRODUCT_WEIGHT
                if products & discussed
                else score * UNDISCUSSED_PRODUCT_FACTOR
            )
        reason = None
        if follow.shape[1]:
            best = int(np.argmax(follow[row]))
            if follow[row, best] > 0.45:
                score += FOLLOW_UP_WEIGHT * float(follow[row, best])
                reason = _follow_up_reason(open_follow_ups[best])
        if reason is None:
            reason = _evidence_reason(evidence[row], interactions, products & discussed)
        scored.append((score, piece, reason))
    scored.sort(key=lambda s: (-s[0], s[1]["content_id"]))
    return [
        Recommendation(
            content_id=piece["content_id"],
            title=piece["title"],
            kind=piece.get("kind"),
            approval_code=piece["approval_code"],
            expires_on=piece.get("expires_on"),
            expiring_soon=expiring_soon(piece.get("expires_on"), as_of),
            reason=reason,
            score=round(score, 4),
        )
        for score, piece, reason in scored[: max(limit, MATERIALS_MIN)][:limit]
    ]


def expiring_soon(expires_on: str | None, as_of: date) -> bool:
    return expires_on is not None and day(expires_on) < as_of + timedelta(days=EXPIRING_SOON_DAYS)  # type: ignore[operator]


def _follow_up_reason(f: FollowUp) -> str:
    due = f" (due {f.due[:10]})" if f.due else ""
    return f"answers the open follow-up from {f.date[:10]}: \u201c{_short(f.text)}\u201d{due}"


def _evidence_reason(
    similarities: np.ndarray, interactions: list[dict[str, Any]], products: set[str]
) -> str:
    if len(similarities):
        best = int(np.argmax(similarities))
        i = interactions[best]
        topic = i.get("subject") or (i.get("notes") or "").split(".")[0]
        channel = i["channel"].replace("_", " ")
        return f"matches your {i['date'][:10]} {channel} note on \u201c{_short(topic)}\u201d"
    if products:
        return "covers " + ", ".join(sorted(products)) + ", discussed with this HCP"
    return "fits this HCP's specialty and interests"


def _short(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"
