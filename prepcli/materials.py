"""Pure material selection: which approved pieces fit this HCP, and why, in words.

The caller passes only content that may be offered (approved, in date, the viewer's audience,
no restricted product): that filter is the store's job. This module ranks what is left.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import numpy as np

from prepcli.digest import FollowUp, day

RECENTLY_SHARED_DAYS = 60
EXPIRING_SOON_DAYS = 30
MATERIALS_MAX = 5
FOLLOW_UP_WEIGHT = 0.35
FOLLOW_UP_MIN_SIMILARITY = 0.45
NOTE_FOLLOW_UP_TRUST = 0.6
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
        if has_vectors and follow_up_vectors.shape[-1] == vectors.shape[1]
        else np.zeros((len(keep), len(open_follow_ups)), dtype=np.float32)
    )
    evidence = (
        vectors @ interaction_vectors.T
        if has_vectors and len(interaction_vectors)
        else np.zeros((len(keep), 0))
    )
    # A recorded follow-up has a vector of its own text; one found in a note only has the whole
    # note's vector, which matches many pieces loosely, so it counts for less.
    trust = np.array(
        [1.0 if f.source == "follow_up" else NOTE_FOLLOW_UP_TRUST for f in open_follow_ups],
        dtype=np.float32,
    )
    wanted = [_words(f.text) for f in open_follow_ups]
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
        answered = None
        if follow.shape[1]:
            offered = piece_words(piece)
            lexical = np.array([1.0 if w and w <= offered else 0.0 for w in wanted], np.float32)
            matches = np.maximum(follow[row], lexical) * trust
            best = int(np.argmax(matches))
            if matches[best] > FOLLOW_UP_MIN_SIMILARITY:
                score += FOLLOW_UP_WEIGHT * float(matches[best])
                answered = open_follow_ups[best]
        scored.append((score, row, answered))
    scored.sort(key=lambda s: (-s[0], content[keep[s[1]]]["content_id"]))
    picks = []
    # Reasons are worded only for the pieces shown: the ranking above runs over every piece.
    for score, row, answered in scored[:limit]:
        piece = content[keep[row]]
        products = {p.casefold() for p in piece.get("products") or []}
        reason = (
            _follow_up_reason(answered)
            if answered is not None
            else _evidence_reason(evidence[row], interactions, products & discussed)
        )
        picks.append(
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
        )
    return picks


_ASK_WORDS = frozenset(
    "send bring drop off order more get give share follow up with for the a an and of to on "
    "copy new their her his our".split()
)


def _words(text: str) -> set[str]:
    return {w.rstrip("s") for w in re.findall(r"[a-z0-9][a-z0-9-]+", text.lower())} - _ASK_WORDS


def piece_words(piece: dict[str, Any]) -> set[str]:
    """The words a follow-up would use to name this piece: "Send ZENITH-1 reprint" names its
    piece only if every one of its words is in the title, kind or products (a partial match,
    "ZENITH-1" alone, would pull in every piece about the trial)."""
    return _words(
        " ".join([piece["title"], piece.get("kind") or "", *(piece.get("products") or [])])
    )


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
