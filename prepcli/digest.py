"""Pure digest logic: what happened since the last visit, which past interactions matter most
and which of their sentences carry the point, what a rep should know (access, objections,
competitor), and how the HCP engages. Commitments live in ``commitments.py``. Plain dicts and
numpy arrays in, plain data out: no store, no model, so every rule here is tested directly.

Interactions are dicts as ``store.from_row`` returns them; dates are ISO strings.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import islice
from typing import Any

import numpy as np

from prepcli import topics
from prepcli.commitments import commitments_in
from prepcli.notefacts import stored
from prepcli.text import split_clauses, split_sentences

VISIT_CHANNELS = ("in_person", "virtual")
HISTORY_MIN, HISTORY_MAX = 5, 8
HISTORY_HALF_LIFE_DAYS = 120.0
MMR_LAMBDA = 0.7
SINCE_MAX = 8
KEY_POINTS = 2
FACT_WINDOW_DAYS = 365
OBJECTION_WINDOW_DAYS = 180


def day(value: str | None) -> date | None:
    return date.fromisoformat(value[:10]) if value else None


def last_visit(interactions: list[dict[str, Any]], function: str) -> dict[str, Any] | None:
    """The most recent in-person or virtual visit of ``function``, or None."""
    visits = [
        i for i in interactions if i["channel"] in VISIT_CHANNELS and i["function"] == function
    ]
    return max(visits, key=lambda i: (i["date"], i["interaction_id"]), default=None)


def since(interactions: list[dict[str, Any]], after: dict[str, Any] | None) -> list[dict[str, Any]]:
    """Everything after ``after`` (newest first); with no visit yet, the last 90 days' worth."""
    if after is None:
        return newest_first(interactions)[:10]
    key = (after["date"], after["interaction_id"])
    return newest_first([i for i in interactions if (i["date"], i["interaction_id"]) > key])


def newest_first(interactions: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(interactions, key=lambda i: (i["date"], i["interaction_id"]), reverse=True)


def recency(dates: list[str], as_of: date, half_life: float = HISTORY_HALF_LIFE_DAYS) -> np.ndarray:
    ages = np.array([max((as_of - day(d)).days, 0) for d in dates], dtype=np.float32)  # type: ignore[operator]
    return np.power(0.5, ages / half_life)


def mmr(relevance: np.ndarray, vectors: np.ndarray, k: int, lam: float = MMR_LAMBDA) -> list[int]:
    """Maximal marginal relevance: each pick trades relevance against similarity to the picks
    so far, so five notes about the same formulary call do not crowd out everything else.

    Each candidate's redundancy (its highest similarity to any pick) is updated with one
    matrix-vector product per pick, so an HCP with thousands of notes costs n*k, not n*n."""
    n = len(relevance)
    chosen: list[int] = []
    if n == 0 or k <= 0:
        return chosen
    redundancy = np.full(n, -np.inf, dtype=np.float64)
    open_ = np.ones(n, dtype=bool)
    while len(chosen) < min(k, n):
        penalty = np.where(np.isfinite(redundancy), redundancy, 0.0)
        scores = np.where(open_, lam * relevance - (1 - lam) * penalty, -np.inf)
        best = int(np.argmax(scores))
        chosen.append(best)
        open_[best] = False
        redundancy = np.maximum(redundancy, vectors @ vectors[best])
    return chosen


def key_history(
    interactions: list[dict[str, Any]],
    vectors: np.ndarray,
    interest: np.ndarray | None,
    as_of: date,
    k: int = 6,
) -> list[tuple[dict[str, Any], float]]:
    """The ``k`` interactions that matter most: relevance to the HCP's interests (their
    profile, or a topic) times recency, diversified by MMR. Returned newest first."""
    if not interactions:
        return []
    k = max(min(k, HISTORY_MAX), min(HISTORY_MIN, len(interactions)))
    decay = recency([i["date"] for i in interactions], as_of)
    if interest is not None and len(vectors) and vectors.shape[1] == interest.shape[0]:
        similarity = (vectors @ interest + 1) / 2  # cosine to [0, 1]
        substance = np.array(
            [stored(i, "substance", substance_of) for i in interactions], dtype=np.float32
        )
        relevance = similarity * decay * substance
        picks = mmr(relevance, vectors, k)
    else:
        relevance = decay
        picks = list(np.argsort(-decay)[:k])
    chosen = [(interactions[i], float(relevance[i])) for i in picks]
    return sorted(chosen, key=lambda pair: pair[0]["date"], reverse=True)


def substance_of(interaction: dict[str, Any]) -> float:
    """A note about access, objections or competitors matters more than "good call, audio only";
    a bare 'email sent' row says least."""
    sentences = split_sentences(interaction.get("notes") or "")
    # Two sentences of substance count in full: the rest of a long note need not be read.
    carrying = len(list(islice((s for s in sentences if topics.categories(s)), 2)))
    length = min(
        len((interaction.get("notes") or "") + (interaction.get("subject") or "")) / 400, 1
    )
    return 0.4 + 0.4 * min(carrying, 2) / 2 + 0.2 * length


def key_points(
    text: str | None, highlights: list[str] | None = None, n: int = KEY_POINTS
) -> list[str]:
    """The ``n`` sentences of a note a rep needs: those about access, formulary, objections,
    competitors, clinical interest or requests, most categories first; plain sentences only
    when none of those; logistics (scheduling, audio, tone, meeting place) only when the note
    has nothing else. Sentences chosen at ingest (``highlights``) break ties."""
    sentences = [s for s in split_sentences(text or "") if s.strip(" -*•")]
    if not sentences:
        return []
    preferred = {s: k for k, s in enumerate(highlights or [])}

    def rank(item: tuple[int, str]) -> tuple[int, int, int]:
        pos, sentence = item
        return (-topics.weight(sentence), preferred.get(sentence, len(preferred)), pos)

    substance = [
        (k, s)
        for k, s in enumerate(sentences)
        if topics.categories(s) and not topics.is_logistics(s)
    ]
    plain = [(k, s) for k, s in enumerate(sentences) if not topics.categories(s)]
    neutral = [(k, s) for k, s in plain if not topics.is_logistics(s)]
    pool = substance or neutral or plain
    picked = sorted(sorted(pool, key=rank)[:n])  # back in the note's own order
    return [s for _, s in picked]


@dataclass(frozen=True)
class Fact:
    """One line of "What to know", cited to the record it comes from."""

    label: str  # "Access", "Objection", "Competitor"
    text: str
    interaction_id: str
    date: str


_OBJECTION_KINDS = {
    "cost": re.compile(
        r"price|\bcost|copay|co-pay|deductible|\$\$|pricey|expensive|out-of-pocket|abandon", re.I
    ),
    "tolerability": re.compile(r"side effects?|tolerab|d/c'd|safety", re.I),
}
_ACCESS_SPECIFIC = re.compile(
    r"denied|rejected|non-formulary|\btier \d|step edit|step therap|P&T|not covered", re.I
)
_NAMED_OBJECTION = re.compile(r"objection|push ?back|pushed back|concern|hesita", re.I)
_ACCESS_STATUS = re.compile(
    r"formulary|\btier|non-preferred|P&T|prior auth|\bPAs?\b|denied|denial|step edit|"
    r"step therap|appeal|covered|coverage",
    re.I,
)


def access_status(interaction: dict[str, Any]) -> str | None:
    """Where access stands, as one note says it: its most specific clause about formulary,
    prior authorization or coverage (denied, tier 3, non-formulary before talk about it)."""
    status = [
        c
        for c in split_clauses(interaction.get("notes") or "")
        if _ACCESS_STATUS.search(c)
        and "access" in topics.categories(c)
        and not topics.TRACKING.search(c)
    ]
    return next((c for c in status if _ACCESS_SPECIFIC.search(c)), status[0]) if status else None


def views(interaction: dict[str, Any]) -> list[list[Any]]:
    """The note's clauses stating an objection or a competitor, as ``[objection, competitor,
    clause]``: ``objection`` is its kind ("cost", "tolerability", "other"), "" for objection
    talk too vague to count, None for none; ``competitor`` says whether it names one. A promise
    ("bring the cost sheet") is a follow-up, not where the HCP stands; access has its own line."""
    out: list[list[Any]] = []
    for sentence in split_clauses(interaction.get("notes") or ""):
        cats = topics.categories(sentence)
        if not cats & {"objection", "competitor"}:
            continue
        if "access" in cats or topics.TRACKING.search(sentence) or commitments_in(sentence):
            continue
        objection = None
        if "objection" in cats:
            kind = next((k for k, p in _OBJECTION_KINDS.items() if p.search(sentence)), "other")
            objection = "" if kind == "other" and not _NAMED_OBJECTION.search(sentence) else kind
        out.append([objection, "competitor" in cats, sentence])
    return out


def what_to_know(interactions: list[dict[str, Any]], as_of: date) -> list[Fact]:
    """Current access status (per product, from the newest note about access: its most specific
    sentence), open objections (the newest of each kind in the last six months) and the
    competitor in use, each cited to its record."""
    facts: list[Fact] = []
    access_products: set[str] = set()
    objections: set[str] = set()
    competitor = False
    year = (as_of - timedelta(days=FACT_WINDOW_DAYS)).isoformat()
    half = (as_of - timedelta(days=OBJECTION_WINDOW_DAYS)).isoformat()
    for i in newest_first(interactions):
        if i["date"][:10] < year:
            break
        if i["channel"] in ("medical_inquiry", "email"):
            continue  # an inquiry is medical; an email says what we sent, not where they stand
        product = ",".join(i.get("products") or [])
        status = stored(i, "access", access_status)
        if status and product not in access_products:
            access_products.add(product)
            facts.append(Fact("Access", status, i["interaction_id"], i["date"][:10]))
        for objection, names_competitor, sentence in stored(i, "views", views):
            if objection is not None and i["date"][:10] >= half:
                if objection and objection not in objections:
                    objections.add(objection)
                    facts.append(Fact("Objection", sentence, i["interaction_id"], i["date"][:10]))
            elif names_competitor and not competitor:
                competitor = True
                facts.append(Fact("Competitor", sentence, i["interaction_id"], i["date"][:10]))
    order = {"Access": 0, "Objection": 1, "Competitor": 2}
    return sorted(facts, key=lambda f: order[f.label])


_PLURAL = {
    "in person": "in-person visits",
    "medical inquiry": "medical inquiries",
    "medical contact": "medical contacts",
    "sample drop": "sample drops",
    "virtual": "virtual calls",
    "phone": "phone calls",
}


def channel_counts(rows: list[dict[str, Any]]) -> str:
    """'9 medical contacts, 5 emails, 2 sample drops': a long list in one line."""
    counts = Counter(
        "medical contact"
        if r["function"] == "medical" and not r.get("notes")
        else r["channel"].replace("_", " ")
        for r in rows
    )
    return ", ".join(
        f"{n} {_PLURAL.get(name, name + 's') if n > 1 else name}"
        for name, n in counts.most_common()
    )


@dataclass(frozen=True)
class Engagement:
    by_channel: dict[str, int]
    emails: int
    emails_opened: int
    email_open_rate: float | None
    events_invited: int
    events_attended: int
    suggestion: str


def engagement(interactions: list[dict[str, Any]], hcp: dict[str, Any], as_of: date) -> Engagement:
    """Channel mix over the last 12 months and a channel suggestion that respects consent."""
    start = as_of - timedelta(days=365)
    recent = [i for i in interactions if start < day(i["date"]) <= as_of]  # type: ignore[operator]
    by_channel = dict(sorted(Counter(i["channel"] for i in recent).items()))
    emails = [i for i in recent if i["channel"] == "email" and i.get("engagement")]
    opened = [i for i in emails if i["engagement"] in ("opened", "clicked")]
    events = [i for i in recent if i["channel"] in ("event", "webinar") and i.get("engagement")]
    attended = [i for i in events if i["engagement"] == "attended"]
    rate = len(opened) / len(emails) if emails else None
    return Engagement(
        by_channel=by_channel,
        emails=len(emails),
        emails_opened=len(opened),
        email_open_rate=rate,
        events_invited=len(events),
        events_attended=len(attended),
        suggestion=suggest_channel(hcp, rate, len(events), len(attended), by_channel),
    )


def suggest_channel(
    hcp: dict[str, Any],
    open_rate: float | None,
    events: int,
    attended: int,
    by_channel: dict[str, int],
) -> str:
    """One channel, with the numbers behind it. A stated preference is followed unless the
    record contradicts it (email without consent or never opened, events never attended); email
    is suggested only with consent on file."""
    if hcp.get("do_not_contact"):
        return "Do not contact: this HCP asked not to be contacted. Suggest no outreach."
    consent = hcp.get("email_consent")
    email_ok = consent is True
    events_ok = events > 0 and attended / events >= 0.5
    visits = {c: by_channel.get(c, 0) for c in ("in_person", "virtual", "phone")}
    preferred = hcp.get("preferred_channel")
    reasons = []
    if preferred == "email" and not (email_ok and (open_rate is None or open_rate >= 0.25)):
        reasons.append(
            "prefers email, but "
            + ("no email consent on file" if not email_ok else f"opens {open_rate:.0%} of emails")
        )
        preferred = None
    elif preferred == "event" and not events_ok:
        reasons.append(f"prefers events, but attended {attended} of {events}")
        preferred = None
    elif preferred:
        reasons.append(f"prefers {preferred.replace('_', ' ')}")
    if email_ok and open_rate is not None and open_rate >= 0.5:
        reasons.append(f"opens {open_rate:.0%} of emails")
        choice = preferred or "email"
    elif events_ok:
        reasons.append(f"attended {attended} of {events} events")
        choice = preferred or "event"
    else:
        choice = preferred or max(visits, key=lambda c: visits[c])
        if not preferred and visits[choice]:
            reasons.append(f"{visits[choice]} {choice.replace('_', ' ')} contacts in 12 months")
        if not by_channel:
            reasons.append("no contact in the last 12 months to go on")
    line = f"Suggested channel: {choice.replace('_', ' ')}"
    if reasons:
        line += " (" + "; ".join(reasons) + ")"
    if consent is False:
        line += ". No email: no consent on file"
    elif consent is None:
        line += ". Email consent unknown: confirm it in the CRM before emailing"
    return line + "."
