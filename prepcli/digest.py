"""Pure digest logic: what happened since the last visit, which past interactions matter most,
what was promised, and how the HCP engages. Plain dicts and numpy arrays in, plain data out:
no store, no model, so every rule here is tested directly.

Interactions are dicts as ``store.from_row`` returns them; dates are ISO strings.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import numpy as np

from prepcli.text import split_sentences

VISIT_CHANNELS = ("in_person", "virtual")
HISTORY_MIN, HISTORY_MAX = 5, 8
HISTORY_HALF_LIFE_DAYS = 120.0
MMR_LAMBDA = 0.7
NOTE_COMMITMENT_WINDOW_DAYS = 120
# Follow-ups older than this are shown as a count, not a list: a year-old "open" item is
# usually a CRM record nobody closed, and listing it buries this week's commitments.
FOLLOW_UP_WINDOW_DAYS = 180
FOLLOW_UPS_MAX = 8

# Commitments as reps actually write them. The captured tail is the thing promised.
_COMMITMENT = re.compile(
    r"\b(?P<cue>promised to|will follow up|will send|will share|will bring|will check|"
    r"agreed to|committed to|asked (?:me |us )?for|requested|wants? (?:a |the )?copy of|"
    r"to follow up)\b(?P<what>[^.;!?\n]{0,140})",
    re.IGNORECASE,
)


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
    so far, so five notes about the same formulary call do not crowd out everything else."""
    chosen: list[int] = []
    candidates = list(range(len(relevance)))
    sims = vectors @ vectors.T if len(vectors) else np.zeros((0, 0))
    while candidates and len(chosen) < k:
        if chosen:
            redundancy = sims[np.ix_(candidates, chosen)].max(axis=1)
        else:
            redundancy = np.zeros(len(candidates))
        scores = lam * relevance[candidates] - (1 - lam) * redundancy
        best = candidates[int(np.argmax(scores))]
        chosen.append(best)
        candidates.remove(best)
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
        substance = np.array([_substance(i) for i in interactions], dtype=np.float32)
        relevance = similarity * decay * substance
        picks = mmr(relevance, vectors, k)
    else:
        relevance = decay
        picks = list(np.argsort(-decay)[:k])
    chosen = [(interactions[i], float(relevance[i])) for i in picks]
    return sorted(chosen, key=lambda pair: pair[0]["date"], reverse=True)


def _substance(interaction: dict[str, Any]) -> float:
    """A bare 'email sent' row says less than a call note; weigh rows by what they carry."""
    text = (interaction.get("notes") or "") + (interaction.get("subject") or "")
    return 0.6 + 0.4 * min(len(text) / 400, 1.0)


def lead_sentences(text: str | None, n: int = 2) -> list[str]:
    """Fallback when no key sentences were chosen at ingest."""
    return split_sentences(text or "")[:n]


@dataclass(frozen=True)
class FollowUp:
    interaction_id: str
    date: str
    text: str
    due: str | None
    overdue: bool
    source: str  # "follow_up" (the recorded commitment) or "note" (found in the note text)
    function: str


def follow_ups(interactions: list[dict[str, Any]], as_of: date) -> list[FollowUp]:
    """Open commitments: recorded follow-ups not closed, and commitments written into recent
    notes. Overdue first, then by due date, then newest."""
    found: list[FollowUp] = []
    window = as_of - timedelta(days=NOTE_COMMITMENT_WINDOW_DAYS)
    for i in interactions:
        if i.get("status") == "closed":
            continue
        due = i.get("follow_up_due")
        if i.get("follow_up"):
            overdue = due is not None and day(due) < as_of  # type: ignore[operator]
            found.append(
                FollowUp(
                    i["interaction_id"],
                    i["date"],
                    i["follow_up"].strip(),
                    due,
                    overdue,
                    "follow_up",
                    i["function"],
                )
            )
        elif day(i["date"]) >= window:  # type: ignore[operator]
            for text in commitments_in(i.get("notes") or ""):
                found.append(
                    FollowUp(
                        i["interaction_id"], i["date"], text, None, False, "note", i["function"]
                    )
                )
    return sorted(found, key=lambda f: (not f.overdue, f.due or "9999", _neg(f.date)))


def split_stale(
    items: list[FollowUp], as_of: date, limit: int = FOLLOW_UPS_MAX
) -> tuple[list[FollowUp], list[FollowUp]]:
    """(current, stale): items made within the window, up to ``limit``; the rest are stale."""
    start = (as_of - timedelta(days=FOLLOW_UP_WINDOW_DAYS)).isoformat()
    current = [f for f in items if f.date[:10] >= start]
    shown = current[:limit]
    return shown, [f for f in items if f not in shown]


def _neg(iso: str) -> str:
    return "".join(chr(255 - ord(c)) for c in iso)


def commitments_in(note: str) -> list[str]:
    """Sentences of a note that promise or request something (at most two)."""
    out = []
    for sentence in split_sentences(note):
        m = _COMMITMENT.search(sentence)
        if m and len(m.group("what").strip()) > 3:
            out.append(sentence.rstrip(".").strip(" -*•"))
    return out[:2]


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
    if hcp.get("do_not_contact"):
        return "Do not contact: this HCP asked not to be contacted. Suggest no outreach."
    email_ok = hcp.get("email_consent") is not False
    preferred = hcp.get("preferred_channel")
    if preferred == "email" and not email_ok:
        preferred = None
    reasons = []
    if preferred:
        reasons.append(f"prefers {preferred.replace('_', ' ')}")
    if email_ok and open_rate is not None and open_rate >= 0.5:
        reasons.append(f"opens {open_rate:.0%} of emails")
        choice = preferred or "email"
    elif events and attended / events >= 0.5:
        reasons.append(f"attended {attended} of {events} events")
        choice = preferred or "event"
    else:
        visits = {c: by_channel.get(c, 0) for c in ("in_person", "virtual", "phone")}
        choice = preferred or max(visits, key=lambda c: visits[c])
        if not by_channel:
            reasons.append("no contact in the last 12 months to go on")
    line = f"Suggested channel: {choice.replace('_', ' ')}"
    if reasons:
        line += " (" + "; ".join(reasons) + ")"
    if not email_ok:
        line += ". No email: no consent on file"
    return line + "."
