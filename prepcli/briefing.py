"""Assemble a ``Briefing`` from the store, the digest and the materials logic.

Every row read here comes through a role-filtered store query: for a rep, medical interactions
arrive as stubs (id, date, channel, status) with no text, and content only of the commercial
audience. One ``Briefing`` feeds every output format, so they cannot disagree.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

import numpy as np

from prepcli import commitments, config, digest, materials, pv_notice, store
from prepcli.besttimes import BestTimes, best_times
from prepcli.commitments import FollowUp
from prepcli.digest import Engagement, Fact
from prepcli.index import from_blobs
from prepcli.materials import Recommendation
from prepcli.store import Reader

MEDICAL_AFFAIRS_NOTE = "Medical questions go to Medical Affairs (your MSL); do not discuss them."
TOPIC_WEIGHT = 0.75


@dataclass
class Entry:
    interaction_id: str
    date: str
    channel: str
    function: str
    subject: str | None = None
    points: list[str] = field(default_factory=list)
    engagement: str | None = None
    status: str | None = None
    objective: str | None = None
    shown: list[str] = field(default_factory=list)
    sampled: bool | None = None


@dataclass
class Profile:
    hcp_id: str
    name: str
    npi: str | None
    specialty: str | None
    institution: str | None
    city: str | None
    state: str | None
    segment: str | None
    territory: str | None
    preferred_channel: str | None
    email_consent: bool | None
    do_not_contact: bool
    restricted_products: list[str]
    last_contact: dict[str, str | None]
    interactions_90d: int


@dataclass
class Medical:
    count: int
    dates: list[str]
    note: str | None = None
    interactions: list[Entry] = field(default_factory=list)
    follow_ups: list[FollowUp] = field(default_factory=list)
    older_follow_ups: int = 0


@dataclass
class Briefing:
    hcp: Profile
    role: str
    as_of: str
    topic: str | None
    notices: list[str]
    last_visit: Entry | None
    since_last_visit: list[Entry]
    history: list[Entry]
    follow_ups: list[FollowUp]
    older_follow_ups: int
    engagement: Engagement
    materials: list[Recommendation]
    medical: Medical
    sources: list[str]
    data_as_of: str | None
    generated_at: str
    what_to_know: list[Fact] = field(default_factory=list)
    since_more: str | None = None  # "and 16 more: 9 emails, ..." when the list is capped
    closed_follow_ups: list[FollowUp] = field(default_factory=list)
    materials_notes: list[str] = field(default_factory=list)
    best_times: BestTimes = field(default_factory=BestTimes)
    # Interactions whose possible adverse events open the notices (each is audited).
    safety_flags: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Shared:
    """Set-up the briefings of one day pack have in common, worked out once for all of them:
    the content that may be offered on a date (before each HCP's own rules) and each piece's
    vector. Held by the caller for one command, never global; a single `prep` makes its own."""

    dim: int | None = None
    offerable: dict[tuple[str, str, tuple[str, ...]], list[dict[str, Any]]] = field(
        default_factory=dict
    )
    vectors: dict[str, np.ndarray] = field(default_factory=dict)
    pieces: dict[tuple[str, str], dict[str, Any] | None] = field(default_factory=dict)

    def offerable_content(
        self, db: Reader, role: str, as_of: date, restricted: list[str]
    ) -> list[dict[str, Any]]:
        key = (role, as_of.isoformat(), tuple(sorted(restricted)))
        if key not in self.offerable:
            self.offerable[key] = store.offerable_content(db, role, as_of, restricted)
        return self.offerable[key]

    def content_by_ids(self, db: Reader, ids: list[str], role: str) -> dict[str, dict[str, Any]]:
        """The pieces of ``role``'s audience among ``ids`` (shared in past calls), by id."""
        missing = [c for c in ids if (role, c) not in self.pieces]
        found = {c["content_id"]: c for c in store.content_by_ids(db, missing, role)}
        self.pieces.update(((role, c), found.get(c)) for c in missing)
        return {c: p for c in ids if (p := self.pieces[(role, c)]) is not None}

    def content_vectors(self, db: Reader, ids: list[str], dim: int) -> np.ndarray:
        missing = [c for c in ids if c not in self.vectors]
        if missing:
            fresh = _mean_vectors(store.passage_blobs(db, "content", missing, "body"), missing, dim)
            self.vectors.update(zip(missing, fresh, strict=True))
        if not ids:
            return np.zeros((0, dim), dtype=np.float32)
        return np.stack([self.vectors[c] for c in ids])


def _mean_vectors(blobs: dict[str, list[bytes]], ids: list[str], dim: int) -> np.ndarray:
    """One unit vector per id (the mean of its passages); zeros where nothing is embedded."""
    out = np.zeros((len(ids), dim), dtype=np.float32)
    present = [n for n, key in enumerate(ids) if blobs.get(key)]
    if not present or not dim:
        return out
    groups = [blobs[ids[n]] for n in present]
    starts = np.cumsum([0] + [len(g) for g in groups[:-1]])
    sums = np.add.reduceat(from_blobs([b for g in groups for b in g]), starts, axis=0)
    norms = np.linalg.norm(sums, axis=1, keepdims=True)
    out[present] = sums / np.where(norms == 0, 1, norms)
    return out


def _entry(
    i: dict[str, Any], points: Mapping[str, list[str]] | None = None, n: int = digest.KEY_POINTS
) -> Entry:
    text_points = []
    if points is not None and i.get("notes"):
        text_points = digest.key_points(i["notes"], points.get(i["interaction_id"]), n)
    return Entry(
        interaction_id=i["interaction_id"],
        date=i["date"][:10],
        channel=i["channel"],
        function=i["function"],
        subject=i.get("subject"),
        points=text_points,
        engagement=i.get("engagement"),
        status=i.get("status"),
        objective=i.get("objective"),
        shown=list(i.get("shown") or []),
        sampled=i.get("sampled"),
    )


def _dim(db: Reader) -> int:
    # MIN over the key is one index lookup; a bare LIMIT 1 is planned as a scan.
    row = db.execute(
        "SELECT length(vector) FROM embeddings "
        "WHERE passage_id = (SELECT MIN(passage_id) FROM embeddings)"
    ).fetchone()
    return row[0] // 4 if row else 0


def build(
    db: Reader,
    hcp: dict[str, Any],
    *,
    role: str,
    as_of: date,
    topic_vector: np.ndarray | None = None,
    topic: str | None = None,
    generated_at: str | None = None,
    scope: Mapping[str, tuple[str, ...]] | None = None,
    shared: Shared | None = None,
) -> Briefing:
    shared = shared or Shared()
    hcp_id = hcp["hcp_id"]
    visible = store.visible_interactions(db, hcp_id, role, until=as_of, facts=True)
    own_function = "medical" if role == "msl" else "commercial"
    commercial = [i for i in visible if i["function"] == "commercial"]
    medical_rows = [i for i in visible if i["function"] == "medical"]
    stubs = store.medical_stubs(db, hcp_id, until=as_of) if role == "rep" else []
    if shared.dim is None:
        shared.dim = _dim(db)
    dim = shared.dim

    interest = _interest(db, hcp_id, role, topic_vector)
    notes_blobs = store.passage_blobs(
        db, "interactions", [i["interaction_id"] for i in visible], "notes"
    )
    # One vector per visible interaction, computed once for history, medical and materials.
    visible_vectors = _mean_vectors(notes_blobs, [i["interaction_id"] for i in visible], dim)
    row_of = {i["interaction_id"]: n for n, i in enumerate(visible)}

    visit = digest.last_visit(visible, own_function)
    # A rep also learns that medical contacts happened since the visit, never what was said.
    timeline = visible + [{**s, "subject": None, "notes": None} for s in stubs]
    since = digest.since(timeline, visit)
    since_ids = {i["interaction_id"] for i in since}

    def ranked(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        pool = [i for i in rows if i["interaction_id"] not in since_ids] or rows
        vectors = visible_vectors[[row_of[i["interaction_id"]] for i in pool]]
        return [i for i, _ in digest.key_history(pool, vectors, interest, as_of)]

    shown_since = [
        (i, i["function"] in store.visible_functions(role)) for i in since[: digest.SINCE_MAX]
    ]
    history_rows = ranked(commercial)
    medical_picks = ranked(medical_rows) if role == "msl" else []
    # Key sentences chosen at ingest, read in one query for the entries shown, not for each
    # of an HCP's thousands of interactions. Ids come from role-filtered rows only.
    shown = [i for i, readable in shown_since if readable] + history_rows + medical_picks
    points = store.highlights(
        db, [i["interaction_id"] for i in [*shown, *([visit] if visit else [])] if i.get("notes")]
    )
    since_entries = [_entry(i, points if readable else None, 1) for i, readable in shown_since]
    since_more = (
        f"and {len(since) - digest.SINCE_MAX} earlier: "
        + digest.channel_counts(since[digest.SINCE_MAX :])
        if len(since) > digest.SINCE_MAX
        else None
    )
    history = [_entry(i, points) for i in history_rows]
    shared_ids = sorted({c for i in visible for c in i.get("content_ids") or []})
    pieces = shared.content_by_ids(db, shared_ids, role)
    open_all, closed_all = commitments.commitments(visible, as_of, pieces)
    open_commercial, stale_commercial = commitments.split_stale(
        [f for f in open_all if f.function == "commercial"], as_of
    )
    open_medical, stale_medical = commitments.split_stale(
        [f for f in open_all if f.function == "medical"], as_of
    )

    offerable = shared.offerable_content(db, role, as_of, hcp.get("restricted_products") or [])
    table = config.specialty_scope() if scope is None else scope
    allowed = materials.eligible(offerable, hcp, visible, as_of, table)
    content_ids = [c["content_id"] for c in allowed.pieces]
    content_vectors = shared.content_vectors(db, content_ids, dim)
    # "Your note" means the viewer's own side: an MSL's pieces are never justified by a rep's call.
    offers = materials.recommend(
        allowed.pieces,
        content_vectors,
        interest,
        [i for i in visible if i["function"] == own_function],
        open_medical if role == "msl" else open_commercial,
        as_of,
        role=role,
        scope=allowed.in_scope,
        specialty=hcp.get("specialty"),
    )

    medical_dates = [r["date"][:10] for r in (medical_rows if role == "msl" else stubs)]
    medical = Medical(count=len(medical_dates), dates=medical_dates)
    if role == "msl":
        medical.interactions = [_entry(i, points) for i in medical_picks]
        medical.follow_ups = open_medical
        medical.older_follow_ups = len(stale_medical)
    else:
        medical.note = MEDICAL_AFFAIRS_NOTE

    facts = digest.what_to_know(commercial, as_of)
    sources = {hcp_id}
    sources.update(e.interaction_id for e in since_entries + history + medical.interactions)
    for f in open_commercial + medical.follow_ups + closed_all:
        sources.update(f.record_ids or (f.interaction_id,))
    sources.update(f.closed_by for f in closed_all if f.closed_by)
    sources.update(m.content_id for m in offers)
    sources.update(m.evidence_id for m in offers if m.evidence_id)
    sources.update(f.interaction_id for f in facts)
    if visit:
        sources.add(visit["interaction_id"])
    flags = store.safety_flags(db, role, hcp_id=hcp_id, until=as_of)
    sources.update(f["interaction_id"] for f in flags)

    return Briefing(
        hcp=_profile(hcp, visible + stubs, as_of),
        role=role,
        as_of=as_of.isoformat(),
        topic=topic,
        notices=_safety_notices(flags, as_of) + _notices(hcp),
        last_visit=_entry(visit, points) if visit else None,
        since_last_visit=since_entries,
        history=history,
        follow_ups=open_commercial,
        older_follow_ups=len(stale_commercial),
        engagement=digest.engagement(visible, hcp, as_of),
        materials=offers,
        medical=medical,
        sources=sorted(sources),
        data_as_of=store.newest_record_date(db),
        generated_at=generated_at or datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        what_to_know=facts,
        since_more=since_more,
        closed_follow_ups=closed_all,
        materials_notes=allowed.notes,
        best_times=best_times(visible),
        safety_flags=list(dict.fromkeys(f["interaction_id"] for f in flags)),
    )


def _interest(
    db: Reader, hcp_id: str, role: str, topic_vector: np.ndarray | None
) -> np.ndarray | None:
    blob = store.profile_blob(db, hcp_id, role)
    profile = np.frombuffer(blob, dtype=np.float32) if blob else None
    if topic_vector is None:
        return profile
    if profile is None or profile.shape != topic_vector.shape:
        return topic_vector
    mixed = TOPIC_WEIGHT * topic_vector + (1 - TOPIC_WEIGHT) * profile
    return mixed / float(np.linalg.norm(mixed) or 1)


def _profile(hcp: dict[str, Any], rows: list[dict[str, Any]], as_of: date) -> Profile:
    last: dict[str, str | None] = {"commercial": None, "medical": None}
    for r in rows:
        current = last[r["function"]]
        if current is None or r["date"][:10] > current:
            last[r["function"]] = r["date"][:10]
    start = (as_of - timedelta(days=90)).isoformat()
    return Profile(
        hcp_id=hcp["hcp_id"],
        name=hcp["name"],
        npi=hcp.get("npi"),
        specialty=hcp.get("specialty"),
        institution=hcp.get("institution"),
        city=hcp.get("city"),
        state=hcp.get("state"),
        segment=hcp.get("segment"),
        territory=hcp.get("territory"),
        preferred_channel=hcp.get("preferred_channel"),
        email_consent=hcp.get("email_consent"),
        do_not_contact=bool(hcp.get("do_not_contact")),
        restricted_products=list(hcp.get("restricted_products") or []),
        last_contact=last,
        interactions_90d=sum(1 for r in rows if r["date"][:10] > start),
    )


def _safety_notices(flags: list[dict[str, Any]], as_of: date) -> list[str]:
    """One notice per note with an unreported possible adverse event, oldest first."""
    by_note: dict[str, list[dict[str, Any]]] = {}
    for f in flags:
        by_note.setdefault(f["interaction_id"], []).append(f)
    reference = pv_notice.reference_time(as_of, datetime.now(UTC))
    return [pv_notice.notice(group, reference) for group in by_note.values()]


def _notices(hcp: dict[str, Any]) -> list[str]:
    notices = []
    if hcp.get("do_not_contact"):
        notices.append("DO NOT CONTACT: this HCP asked not to be contacted. Plan no outreach.")
    if hcp.get("restricted_products"):
        notices.append(
            "Restricted products (never promote): " + ", ".join(hcp["restricted_products"])
        )
    if hcp.get("email_consent") is False:
        notices.append("No email consent: do not email this HCP.")
    elif hcp.get("email_consent") is None and not hcp.get("do_not_contact"):
        notices.append("Email consent unknown: do not email this HCP until the CRM confirms it.")
    return notices
