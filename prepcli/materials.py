"""Pure material selection: which approved pieces this HCP may be offered, which of those fit
the visit, and why, in words.

``eligible`` is the one place the per-HCP content rules live (product scope, restrictions,
consent, do-not-contact, recently shared); the briefing and ``prepcli search --hcp`` both call
it. The store has already kept only approved, in-date pieces of the viewer's audience.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

import numpy as np

from prepcli import topics
from prepcli.commitments import FollowUp, commitments_in
from prepcli.notefacts import stored
from prepcli.products import restricted_piece
from prepcli.text import split_clauses

RECENTLY_SHARED_DAYS = 60
EXPIRING_SOON_DAYS = 30
EVIDENCE_MAX_AGE_DAYS = 365  # older evidence is history, not a reason to offer a piece today
MATERIALS_MAX = 5
ANSWER_WEIGHT = 2.0
EVIDENCE_WEIGHT = 0.6
DISCUSSED_WEIGHT = 0.2
INTEREST_WEIGHT = 0.3
EVIDENCE_HALF_LIFE_DAYS = 90.0
# A briefing prepares a visit: a piece that can only be emailed ranks after what can be handed
# over, unless it is what was asked for.
EMAIL_ONLY_FACTOR = 0.5
FILLER_BELOW = 3
NO_REQUEST = "; no specific request on record"


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
    products: list[str] = field(default_factory=list)
    evidence_id: str | None = None  # the record the reason cites


@dataclass(frozen=True)
class Eligibility:
    pieces: list[dict[str, Any]]  # what may be offered to this HCP today
    in_scope: dict[str, str]  # product -> why it is in scope ("history" or "specialty")
    held_back: dict[str, int]  # rule -> pieces it held back
    notes: list[str]  # what the briefing or search says about what was held back


def day(value: str | None) -> date | None:
    return date.fromisoformat(value[:10]) if value else None


def recently_shared(interactions: list[dict[str, Any]], as_of: date) -> set[str]:
    start = as_of - timedelta(days=RECENTLY_SHARED_DAYS)
    return {
        cid
        for i in interactions
        if start <= day(i["date"]) <= as_of  # type: ignore[operator]
        for cid in i.get("content_ids") or []
    }


def _matches(indications: list[str], terms: tuple[str, ...]) -> bool:
    return bool(indications) and _indications_match(tuple(indications), terms)


@lru_cache(maxsize=8192)
def _indications_match(indications: tuple[str, ...], terms: tuple[str, ...]) -> bool:
    # Pieces share indication lists, and a day pack asks again for each HCP: cached.
    pattern = _terms_pattern(terms)
    return pattern is not None and any(pattern.search(ind) for ind in indications)


@lru_cache(maxsize=64)
def _terms_pattern(terms: tuple[str, ...]) -> re.Pattern[str] | None:
    """One pattern for a specialty's terms, each a whole word: asked of every piece's
    indications, so compiled once, not once per piece and term."""
    if not terms:
        return None
    alternatives = "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.IGNORECASE)


def in_scope_products(
    content: list[dict[str, Any]],
    hcp: dict[str, Any],
    interactions: list[dict[str, Any]],
    scope: Mapping[str, tuple[str, ...]],
) -> dict[str, str]:
    """Products this HCP may hear about: those in their history, and those whose pieces list an
    indication the specialty treats (``scope``: specialty -> indication terms)."""
    out: dict[str, str] = {}
    seen: set[str] = set()

    def add(product: str, why: str) -> None:
        if product.casefold() not in seen:
            seen.add(product.casefold())
            out[product] = why

    for i in interactions:
        for p in i.get("products") or []:
            add(p, "history")
    terms = _specialty_terms(hcp, scope)
    for piece in content:
        if terms and _matches(piece.get("indications") or [], terms):
            for p in piece.get("products") or []:
                add(p, "specialty")
    return out


def _specialty_terms(
    hcp: dict[str, Any], scope: Mapping[str, tuple[str, ...]]
) -> tuple[str, ...] | None:
    specialty = (hcp.get("specialty") or "").casefold()
    return next((t for s, t in scope.items() if s.casefold() == specialty), None)


def _word(value: str) -> str:
    return re.sub(r"[^a-z]", "", value.casefold())


def email_only(piece: dict[str, Any]) -> bool:
    """A piece approved only for email (an approved email template) can reach the HCP no
    other way. Read loosely, failing closed: "e-mail", "Email_Template", "email template" and
    "Approved Email" all say email, and a piece that is one cannot slip past consent by spelling."""
    channels = {_word(c) for c in piece.get("channels") or []}
    return (
        bool(channels)
        and all("email" in c for c in channels)
        or ("email" in _word(piece.get("kind") or ""))
    )


def eligible(
    content: list[dict[str, Any]],
    hcp: dict[str, Any],
    interactions: list[dict[str, Any]],
    as_of: date,
    scope: Mapping[str, tuple[str, ...]],
) -> Eligibility:
    """The per-HCP content rules, failing closed: nothing for a do-not-contact HCP; never a
    restricted product; only products in scope (a piece naming no product is in scope only if
    its indications fit the specialty, and a piece of a product in scope only through the
    specialty only if its own indications do); email-only pieces only with email consent on
    file; not what was shared in the last 60 days."""
    scoped = in_scope_products(content, hcp, interactions, scope)
    scoped_folded = {p.casefold() for p in scoped}
    if hcp.get("do_not_contact"):
        return Eligibility(
            [], scoped, {"do_not_contact": len(content)},
            ["None offered: this HCP asked not to be contacted."],
        )  # fmt: skip
    restricted = list(hcp.get("restricted_products") or [])
    by_history = {p.casefold() for p, why in scoped.items() if why == "history"}
    shared = recently_shared(interactions, as_of)
    terms = _specialty_terms(hcp, scope) or ()
    consent = hcp.get("email_consent")
    held: dict[str, int] = {}
    keep = []
    for piece in content:
        products = {p.casefold() for p in piece.get("products") or []}
        fits = _matches(piece.get("indications") or [], terms)
        if restricted_piece(piece.get("products") or [], restricted):
            rule = "restricted"
        elif not (products and products <= scoped_folded) and not (not products and fits):
            rule = "out_of_scope"
        elif not (products <= by_history or fits):
            # A product in scope only through the specialty is in scope for what the
            # specialty treats: its heart-failure piece is no oncologist's because another
            # piece covers cardiotoxicity in breast cancer.
            rule = "other_indication"
        elif email_only(piece) and consent is not True:
            rule = "no_email_consent" if consent is False else "email_consent_unknown"
        elif piece["content_id"] in shared:
            rule = "recently_shared"
        else:
            keep.append(piece)
            continue
        held[rule] = held.get(rule, 0) + 1
    return Eligibility(keep, scoped, held, _notes(held, scoped, hcp, terms))


def _notes(
    held: dict[str, int], scoped: dict[str, str], hcp: dict[str, Any], terms: tuple[str, ...]
) -> list[str]:
    def pieces(n: int) -> str:
        return f"{n} piece{'s' if n != 1 else ''}"

    notes = []
    if n := held.get("out_of_scope"):
        where = ", ".join(sorted(scoped)) if scoped else "none yet"
        notes.append(
            f"{pieces(n)} for products outside this HCP's practice not offered (in scope: {where})."
        )
        if hcp.get("specialty") and not terms:
            notes.append(
                f"The specialty {hcp['specialty']!r} is not in the scope table: only products "
                "already discussed with this HCP are offered."
            )
    if n := held.get("other_indication"):
        notes.append(
            f"{pieces(n)} for indications outside this HCP's specialty not offered (their "
            "products are in scope only for what the specialty treats)."
        )
    if n := held.get("restricted"):
        notes.append(f"{pieces(n)} for restricted products never offered.")
    if n := held.get("no_email_consent"):
        notes.append(f"{pieces(n)} approved only for email held back: no email consent.")
    if n := held.get("email_consent_unknown"):
        notes.append(
            f"{pieces(n)} approved only for email held back: email consent unknown; confirm "
            "it in the CRM first."
        )
    if n := held.get("recently_shared"):
        notes.append(f"{pieces(n)} shared in the last {RECENTLY_SHARED_DAYS} days not repeated.")
    return notes


def recommend(
    pieces: list[dict[str, Any]],
    piece_vectors: np.ndarray,
    interest: np.ndarray | None,
    interactions: list[dict[str, Any]],
    open_follow_ups: list[FollowUp],
    as_of: date,
    *,
    role: str = "rep",
    scope: dict[str, str] | None = None,
    specialty: str | None = None,
    limit: int = MATERIALS_MAX,
) -> list[Recommendation]:
    """Rank eligible pieces and say why each one. A piece is offered for a reason that is true
    today: it delivers an open follow-up (that kind of piece, for that product); a note from the
    last year on its product raised what it covers; its product was discussed in the last year;
    or its product is new to this HCP but in their specialty's scope. Evidence older than a year
    is no reason on its own. An MSL gets a response letter only for an open question it
    answers."""
    specialty_only = {p.casefold(): why == "specialty" for p, why in (scope or {}).items()}
    # Evidence is what the HCP said or did: an outbound email logs what we sent, not their need.
    recent = [
        i
        for i in interactions
        if (as_of - day(i["date"])).days <= EVIDENCE_MAX_AGE_DAYS  # type: ignore[operator]
        and i["channel"] != "email"
    ]
    sims = (
        piece_vectors @ interest
        if interest is not None
        and piece_vectors.ndim == 2
        and piece_vectors.shape[1] == len(interest)
        else np.zeros(len(pieces), dtype=np.float32)
    )
    # Scored first, worded after: only the few pieces offered get their reason written out.
    scored: list[tuple[float, str, int, str, Any]] = []
    # Pieces share kinds and products, so evidence is looked up once per combination, over the
    # recent notes sorted and split once: thousands of pieces times thousands of notes otherwise.
    newest = sorted(recent, key=lambda r: (r["date"], r["interaction_id"]), reverse=True)
    evidence: dict[tuple[frozenset[str], frozenset[str]], Any] = {}
    discussed: dict[frozenset[str], Any] = {}
    for n, piece in enumerate(pieces):
        folded = {p.casefold() for p in piece.get("products") or []}
        kinds = topics.piece_kinds(piece)
        key = (frozenset(kinds), frozenset(folded))
        if key not in evidence:
            evidence[key] = _evidence(kinds, folded, newest)
        if key[1] not in discussed:
            discussed[key[1]] = _discussed(folded, recent)
        answered = _answered(piece, kinds, open_follow_ups)
        if role == "msl" and piece.get("kind") == "response_letter" and answered is None:
            continue
        similarity = float(sims[n]) if len(sims) else 0.0
        why: tuple[str, Any]
        if answered is not None:
            score = ANSWER_WEIGHT + INTEREST_WEIGHT * similarity
            why = ("answers", answered)
        elif (hit := evidence[key]) is not None:
            score = EVIDENCE_WEIGHT * _decay(hit[0], as_of) + INTEREST_WEIGHT * similarity
            why = ("evidence", hit)
        elif (last := discussed[key[1]]) is not None:
            score = DISCUSSED_WEIGHT * _decay(last, as_of) + INTEREST_WEIGHT * similarity
            why = ("discussed", last)
        elif folded and all(specialty_only.get(p) for p in folded):
            score = 0.05 * INTEREST_WEIGHT * (1 + similarity)
            why = ("specialty", None)
        else:
            continue  # only evidence older than a year: no reason today
        if answered is None and email_only(piece):
            score *= EMAIL_ONLY_FACTOR
        scored.append((score, piece["content_id"], n, *why))
    scored.sort(key=lambda s: (-s[0], s[1]))
    # A piece whose only reason is that its product came up is filler next to pieces that
    # answer something: offered only to fill a short list.
    strong = [s for s in scored if s[3] != "discussed"]
    picks = strong if len(strong) >= FILLER_BELOW else scored
    return [
        _recommendation(pieces[n], score, why, cited, as_of, specialty)
        for score, _, n, why, cited in picks[:limit]
    ]


def _recommendation(
    piece: dict[str, Any], score: float, why: str, cited: Any, as_of: date, specialty: str | None
) -> Recommendation:
    """A ranked piece with its reason in words and the record the reason cites."""
    products = list(piece.get("products") or [])
    evidence_id = None
    if why == "answers":
        reason, evidence_id = _answer_reason(cited, as_of), cited.interaction_id
    elif why == "evidence":
        row, sentence = cited
        reason = _evidence_reason(row, sentence, products, as_of)
        evidence_id = row["interaction_id"]
    elif why == "discussed":
        reason = (
            f"covers {', '.join(products)}, discussed {cited['date'][:10]} "
            f"({age(cited['date'], as_of)}){NO_REQUEST}"
        )
        evidence_id = cited["interaction_id"]
    else:
        indications = ", ".join(piece.get("indications") or []) or "its indication"
        reason = (
            f"covers {', '.join(products)} ({indications}), in scope for "
            f"{specialty or 'this specialty'}; not discussed with this HCP yet"
        )
    return Recommendation(
        content_id=piece["content_id"],
        title=piece["title"],
        kind=piece.get("kind"),
        approval_code=piece["approval_code"],
        expires_on=piece.get("expires_on"),
        expiring_soon=expiring_soon(piece.get("expires_on"), as_of),
        reason=reason,
        score=round(score, 4),
        products=products,
        evidence_id=evidence_id,
    )


def _answered(
    piece: dict[str, Any], kinds: set[str], follow_ups: list[FollowUp]
) -> FollowUp | None:
    """The open follow-up this piece (delivering ``kinds``) delivers: it asks for this kind of
    piece, for a product the piece covers."""
    products = {p.casefold() for p in piece.get("products") or []}
    for f in follow_ups:
        if f.kind not in kinds or not f.product or f.product.casefold() not in products:
            continue
        kind = next(k for k in topics.KINDS if k.name == f.kind)
        if topics.delivers(piece, kind, f.text, {f.product}):
            return f
    return None


def raised(interaction: dict[str, Any]) -> list[list[Any]]:
    """What a note raises that a kind of piece covers, as stored at ingest: ``[sentence,
    kinds]`` for each clause that is the first to raise a kind, the note's own words first and
    the subject line last (the newest note's first such sentence is what a piece cites). A
    promise is a reason only through the follow-up it opened ("answers ..."), and only for the
    piece it names, so a clause promising something is left out."""
    out: list[list[Any]] = []
    left = dict(_EVIDENCE_LOWER)
    for sentence in [*split_clauses(interaction.get("notes") or ""), interaction.get("subject")]:
        low = (sentence or "").lower()
        if not left or not sentence or not _ANY_EVIDENCE.search(low):
            continue
        kinds = [k for k, p in left.items() if p.search(low)]
        if kinds and not commitments_in(sentence):
            out.append([sentence, kinds])
            for k in kinds:
                del left[k]
    return out


# The evidence patterns are case-insensitive; in lower case over lower-cased text they say the
# same and run several times faster (ingest asks them of every clause of every note), and one
# pattern for all of them passes over the many clauses that raise none.
_EVIDENCE_LOWER = {k: re.compile(p.pattern.lower()) for k, p in topics.EVIDENCE.items()}
_ANY_EVIDENCE = re.compile("|".join(f"(?:{p.pattern})" for p in _EVIDENCE_LOWER.values()))


def _evidence(
    kinds: set[str], products: set[str], newest: list[dict[str, Any]]
) -> tuple[dict[str, Any], str] | None:
    """The newest note from the last year (``newest``: those notes, newest first), on one of
    the piece's products, that raises what the piece covers, with the sentence that does."""
    wanted = kinds & topics.EVIDENCE.keys()
    if not wanted:
        return None
    for i in newest:
        if not {p.casefold() for p in i.get("products") or []} & products:
            continue
        for sentence, names in stored(i, "raised", raised):
            if wanted.intersection(names):
                return i, sentence
    return None


def _discussed(products: set[str], recent: list[dict[str, Any]]) -> dict[str, Any] | None:
    rows = [i for i in recent if {p.casefold() for p in i.get("products") or []} & products]
    return max(rows, key=lambda r: (r["date"], r["interaction_id"]), default=None)


def _decay(row: dict[str, Any], as_of: date) -> float:
    days = max((as_of - day(row["date"])).days, 0)  # type: ignore[operator]
    return float(0.5 ** (days / EVIDENCE_HALF_LIFE_DAYS))


def age(when: str, as_of: date) -> str:
    days = (as_of - day(when)).days  # type: ignore[operator]
    if days <= 0:
        return "today"
    if days == 1:
        return "yesterday"
    if days < 14:
        return f"{days} days ago"
    if days < 60:
        return f"{days // 7} weeks ago"
    if days < 365:
        return f"{days // 30} months ago"
    return "over a year ago"


def expiring_soon(expires_on: str | None, as_of: date) -> bool:
    return expires_on is not None and day(expires_on) < as_of + timedelta(days=EXPIRING_SOON_DAYS)  # type: ignore[operator]


def _answer_reason(f: FollowUp, as_of: date) -> str:
    due = f", due {f.due[:10]}" if f.due else ""
    what = "open question" if f.source == "inquiry" else "open follow-up"
    return (
        f"answers the {what} \u201c{_short(f.text)}\u201d ({f.product}; from {f.date[:10]}, "
        f"{age(f.date, as_of)}{due})"
    )


def _evidence_reason(row: dict[str, Any], sentence: str, products: list[str], as_of: date) -> str:
    channel = row["channel"].replace("_", " ")
    return (
        f"for {', '.join(products)}: your {row['date'][:10]} {channel} note "
        f"({age(row['date'], as_of)}) says \u201c{_short(sentence)}\u201d"
    )


def _short(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"
