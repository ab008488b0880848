"""What each command does, as plain functions over a store path: the CLI calls these and only
prints; tests and other programs can call them directly."""

from __future__ import annotations

import json
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

import numpy as np

from prepcli import config, index, store
from prepcli.config import DEFAULT_LIMITS, DEFAULT_MODEL, Limits
from prepcli.embed import Embedder, FakeEmbedder, TransformerEmbedder
from prepcli.errors import PrepError
from prepcli.store import Reader

if TYPE_CHECKING:
    import sqlite_utils

    from prepcli.briefing import Briefing
    from prepcli.ingest.run import Tagger

Notice = Callable[[str], None]


class ProgressSink(Protocol):
    """The two kinds of progress the library reports: rows read, and items embedded."""

    def rows(self, label: str, n: int) -> None: ...

    def steps(self, label: str, done: int, total: int) -> None: ...


def get_embedder(name: str, db: Reader | None, *, notice: Notice | None = None) -> Embedder:
    """``db`` (where known weight-file hashes are kept) may be None: a team store."""
    if name == FakeEmbedder.model_id:
        return FakeEmbedder()
    known = json.loads((store.get_meta(db, "model_hashes") if db else None) or "{}")
    return TransformerEmbedder(name, backend=config.backend(), known_hashes=known, notice=notice)


def get_tagger(name: str, *, notice: Notice | None = None) -> Tagger | None:
    """The patient-data tagger's hints for a note (``prepcli.tagger_model``), loaded at ingest.
    None under the fake embedder: tests that use it load no real model, and scrub by the rules
    alone. The tagger is built on the packaged MiniLM whatever model embeds the store."""
    if name == FakeEmbedder.model_id:
        return None
    from prepcli.embed import DEFAULT_MODEL_SHA256, resolve_model
    from prepcli.tagger_model import PhiTagger

    directory = resolve_model(DEFAULT_MODEL)
    assert directory is not None  # the packaged model always has a directory
    return PhiTagger(directory, DEFAULT_MODEL_SHA256, notice=notice).hints


def embed_query(db: Reader, model: str, text: str, *, hint: str) -> np.ndarray:
    """A query's vector, refusing a model other than the one the store was embedded with:
    vectors of two models are not comparable."""
    embedder = get_embedder(model, db)
    stored = store.get_meta(db, "model_id")
    if stored is not None and stored != embedder.model_id:
        raise PrepError(f"the store was embedded with {stored}, not {embedder.model_id}", hint=hint)
    return embedder.embed([text])[0]


def _remember_hashes(db: sqlite_utils.Database, embedder: Embedder) -> None:
    if isinstance(embedder, TransformerEmbedder):
        with store.write_transaction(db):
            store.set_meta(db, "model_hashes", json.dumps(embedder.known_hashes))


@dataclass
class IngestResult:
    report: Any  # prepcli.ingest.run.IngestReport; imported lazily, `prep` never needs it
    embedded: str | None


def ingest(
    db_path: Path,
    paths: list[Path],
    *,
    kind: str | None = None,
    from_: str | None = None,
    map_path: Path | None = None,
    dry_run: bool = False,
    model: str,
    limits: Limits = DEFAULT_LIMITS,
    store_role: str | None = None,
    readmit: tuple[str, ...] = (),
    progress: ProgressSink | None = None,
    notice: Notice | None = None,
) -> IngestResult:
    """Load files into the store in one transaction, then embed what changed. ``readmit``:
    HCPs erased with `forget` to take back (each recorded in the audit trail).

    Records and vectors are committed separately on purpose: the records are the truth and land
    atomically; vectors are derived, and an interrupted embedding run resumes next time."""
    from prepcli.ingest.run import ingest as run_ingest

    mapping = None
    if from_ or map_path:
        from prepcli.ingest.mapping import load_mapping

        # Both: the user's file is laid over the shipped mapping (their rules and fields added).
        mapping = load_mapping(str(map_path), base=from_) if map_path else load_mapping(str(from_))
    tagger = get_tagger(model, notice=notice)

    def run(db: sqlite_utils.Database) -> Any:
        return run_ingest(
            db,
            paths,
            kind=kind,
            mapping=mapping,
            dry_run=dry_run,
            progress=progress.rows if progress else None,
            limits=limits,
            store_role=store_role,
            tagger=tagger,
            readmit=readmit,
        )

    if dry_run and not db_path.exists():
        # Validate against an empty scratch store: a dry run must never create the real one.
        with tempfile.TemporaryDirectory() as scratch:
            db = store.open_store(Path(scratch) / "dry-run.db")
            report = run(db)
            db.close()
        return IngestResult(report, None)
    missing = [d for d in (db_path, *db_path.parents) if not d.exists()]
    db = store.open_store(db_path)
    try:
        report = run(db)
    except BaseException:
        if missing:
            # "The store was not changed": a store this ingest created goes with its failure.
            db.close()
            _remove_new_store(db_path, missing)
        raise
    if dry_run:
        return IngestResult(report, None)
    from prepcli import audit

    for hcp_id in report.readmitted:
        _tell(
            notice,
            audit.record(
                db, command="readmit", role=None, hcp_id=hcp_id, as_of=None, record_ids=[hcp_id]
            ),
        )
    summary = refresh_vectors(db, db_path, model, progress=progress, notice=notice)

    # Briefings made while this ingest held the lock queued their audit rows: append them now.
    _tell(notice, audit.flush(db))
    return IngestResult(report, summary)


def _remove_new_store(db_path: Path, created: list[Path]) -> None:
    """Delete a store file made moments ago, its SQLite side files and the folders made for it
    (deepest first, and only while empty)."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)
    for folder in created[1:]:
        try:
            folder.rmdir()
        except OSError:
            break


def _tell(notice: Notice | None, messages: list[str]) -> None:
    for message in messages:
        if notice:
            notice(message)


def _check_audit(db: Reader, notice: Notice | None, *, full: bool = False) -> None:
    """Warn before showing anything when the audit trail fails its check (for a briefing or a
    search, a check of the newest rows and the head, so it stays fast as the trail grows)."""
    from prepcli import audit

    check = audit.verify(db, newest=None if full else audit.RECENT_ROWS)
    if check.broken_at is not None:
        _tell(
            notice,
            [f"Warning: the audit trail is {check.summary()}. Run `prepcli audit verify`."],
        )


def init_store(db_path: Path, role: str) -> bool:
    """Create the store if needed and fix its role; False if it already had that role."""
    db = store.open_store(db_path)
    with store.write_transaction(db):
        return store.set_store_role(db, role)


def refresh_vectors(
    db: sqlite_utils.Database,
    db_path: Path,
    model: str,
    *,
    force: bool = False,
    progress: ProgressSink | None = None,
    notice: Notice | None = None,
) -> str:
    """Embed new or changed passages (loading the model only if there are any) and rebuild the
    FAISS files if the vectors changed."""
    embedder = get_embedder(model, db, notice=notice)
    previous = store.get_meta(db, "model_id")
    if previous is not None and previous != embedder.model_id and notice:
        notice(
            f"The embedding model changed ({previous} → {embedder.model_id}): "
            "re-embedding everything."
        )
    before = index.fingerprint(db)
    result = index.embed_pending(
        db, embedder, force=force, progress=progress.steps if progress else None
    )
    _remember_hashes(db, embedder)
    if force or index.fingerprint(db) != before or index.index_state(db, db_path) != "fresh":
        index.build_dense_index(db, db_path)
    return f"embedded {result.embedded} passages" + (
        f", chose key sentences for {result.highlights} notes" if result.highlights else ""
    )


def reindex(
    db_path: Path, model: str, *, progress: ProgressSink | None = None, notice: Notice | None = None
) -> str:
    from prepcli.ingest import note_facts, safety_flags

    db = store.open_store(db_path, create=False)
    with store.write_transaction(db):
        safety_flags.refresh(db, [], force=True)
        note_facts.refresh(db, [], force=True)
    return refresh_vectors(db, db_path, model, force=True, progress=progress, notice=notice)


def refresh_team_copy(
    db_path: Path, model: str, *, progress: ProgressSink | None = None, notice: Notice | None = None
) -> str:
    """An administrator's copy of a team store after shared embedding: its vectors came with
    the pull, so only safety flags, key sentences and profiles are brought up to date."""
    from prepcli.ingest import safety_flags

    db = store.open_store(db_path, create=False)
    with store.write_transaction(db):
        safety_flags.refresh(db, [], force=True)
    return refresh_vectors(db, db_path, model, progress=progress, notice=notice)


def viewer(db_path: Path, asked: str | None) -> str:
    """The role the store at ``db_path`` is shown in when ``asked`` (None: nobody asked)."""
    conn = store.open_reader(db_path)
    try:
        return store.viewer(conn, asked)
    finally:
        conn.close()


def search(
    db_path: Path,
    query: str,
    *,
    role: str | None = None,
    model: str,
    today: date,
    kind: str | None = None,
    hcp: str | None = None,
    mode: str = "hybrid",
    limit: int = 10,
    vocabulary_file: Path | None = None,
    notice: Notice | None = None,
) -> list[dict[str, Any]]:
    """Hybrid search over what ``role`` may see; each hit with its source details. ``today``
    decides which content is valid; ``vocabulary_file`` adds a user's terms to the shipped
    vocabulary."""
    from prepcli import vocabulary

    db = store.open_store(db_path, create=False)
    role = store.viewer(db, role)
    hcp_id = content_ids = None
    if hcp:
        from prepcli.resolve import resolve_hcp

        record = resolve_hcp(db, hcp)
        hcp_id = record["hcp_id"]
        content_ids = offerable_to(db, record, role=role, as_of=today, notice=notice)
    vector = dense = None
    if mode in ("dense", "hybrid"):
        if store.get_meta(db, "model_id") is None:
            raise PrepError("the store has no vectors yet", hint="run `prepcli reindex`")
        vector = embed_query(
            db, model, query, hint="run `prepcli reindex` to re-embed with the current model"
        )
        if hcp_id is None:
            dense = index.load_dense_index(db, db_path, notice=notice)
    hits = index.search(
        db,
        query,
        role=role,
        today=today,
        query_vector=vector,
        dense=dense,
        kind=kind,
        hcp_id=hcp_id,
        mode=mode,
        limit=limit,
        content_ids=content_ids,
        vocabulary=vocabulary.load(vocabulary_file),
    )
    from prepcli import audit

    _check_audit(db, notice)
    recorded = audit.record(
        db,
        command="search",
        role=role,
        hcp_id=hcp_id,
        as_of=today.isoformat(),
        record_ids=[h.source_id for h in hits],
        detail=f"mode: {mode}",
    )
    _tell(notice, recorded)
    return [describe_hit(db, h) for h in hits]


def offerable_to(
    db: Reader,
    hcp: dict[str, Any],
    *,
    role: str,
    as_of: date,
    notice: Notice | None = None,
) -> list[str]:
    """The content ids ``hcp`` may be offered on ``as_of``: the same rules as the briefing's
    materials (scope, restrictions, consent, do-not-contact, shared in the last 60 days)."""
    from prepcli import config, materials

    offerable = store.offerable_content(db, role, as_of, hcp.get("restricted_products") or [])
    seen = store.visible_interactions(db, hcp["hcp_id"], role, until=as_of)
    allowed = materials.eligible(offerable, hcp, seen, as_of, config.specialty_scope())
    if notice:
        for line in allowed.notes:
            notice(f"{hcp['name']}: {line}")
    return [c["content_id"] for c in allowed.pieces]


def describe_hit(db: Reader, hit: index.Hit) -> dict[str, Any]:
    return {
        "kind": hit.source_kind,
        "id": hit.source_id,
        "score": round(hit.score, 5),
        "ranks": hit.ranks,
        "passage": hit.passage,
        **store.source_summary(db, hit.source_kind, hit.source_id),
    }


def hcp_list(db_path: Path) -> list[dict[str, Any]]:
    """Everyone in the store with their contact counts, by last name as a list of people is read."""
    from prepcli.resolve import sort_key

    rows = store.hcp_overview(store.open_store(db_path, create=False))
    return sorted(rows, key=lambda r: (sort_key(r["name"] or ""), r["hcp_id"]))


def audit_trail(
    db_path: Path, *, hcp: str | None, since: str | None, notice: Notice | None = None
) -> list[dict[str, Any]]:
    """Audit rows, optionally for one HCP. An erased HCP is no longer in the store, so an id
    the trail knows is taken as it is; anything else is resolved like `prep` does."""
    from prepcli import audit
    from prepcli.resolve import resolve_hcp

    db = store.open_store(db_path, create=False)
    _tell(notice, audit.flush(db))
    _check_audit(db, notice, full=True)
    hcp_id = None
    if hcp:
        hcp_id = hcp if hcp in audit.hcp_ids(db) else resolve_hcp(db, hcp)["hcp_id"]
    return audit.rows(db, hcp_id=hcp_id, since=since)


def audit_verify(db_path: Path) -> Any:
    """Recompute the whole chain, changing nothing (an ``audit.ChainCheck``)."""
    from prepcli import audit

    return audit.verify(store.open_store(db_path, create=False))


def prep(
    db_path: Path,
    hcp_query: str,
    *,
    role: str | None = None,
    as_of: date,
    topic: str | None = None,
    model: str | None = None,
    generated_at: str | None = None,
    deliver: Callable[[Briefing], None] | None = None,
    notice: Notice | None = None,
) -> Briefing:
    """Build the briefing for one HCP, hand it to ``deliver`` (if given), and log it in the
    audit trail. The row is written only once delivery succeeded: the trail records briefings
    someone saw, and a failed ``-o`` write leaves none.

    Only ``topic`` loads the embedding model; everything else reads stored vectors."""
    from prepcli import audit, briefing
    from prepcli.resolve import resolve_hcp

    db = store.open_reader(db_path)
    role = store.viewer(db, role)
    hcp = resolve_hcp(db, hcp_query)
    topic_vector = None
    if topic:
        topic_vector = embed_query(
            db, model or DEFAULT_MODEL, topic, hint="run `prepcli reindex`, or prep without --topic"
        )
    result = briefing.build(
        db,
        hcp,
        role=role,
        as_of=as_of,
        topic_vector=topic_vector,
        topic=topic,
        generated_at=generated_at,
    )
    _check_audit(db, notice)
    if deliver is not None:
        deliver(result)
    recorded = audit.record(
        db,
        command="prep",
        role=role,
        hcp_id=hcp["hcp_id"],
        as_of=result.as_of,
        record_ids=result.sources,
        detail="; ".join(
            d
            for d in (
                # (the words typed are free text, which could name a patient or an HCP; the
                # trail holds ids only, and it survives an erasure)
                "focused on a topic (its words are not kept)" if topic else "",
                "safety flags shown: " + ", ".join(result.safety_flags)
                if result.safety_flags
                else "",
            )
            if d
        )
        or None,
    )
    _tell(notice, recorded)
    return result


def day_pack(
    db_path: Path,
    day: date,
    *,
    week: bool,
    role: str | None = None,
    owner: str | None = None,
    generated_at: str | None = None,
    deliver: Callable[[Any], None] | None = None,
) -> Any:
    """Every planned call of ``role`` on ``day`` (or in its week), each with its briefing as of
    the call's date, and the cover line that must not be forgotten. Once the pack is delivered,
    each briefing in it is logged in the audit trail like a single `prep`."""
    from prepcli import audit, besttimes, briefing
    from prepcli import day as pack

    db = store.open_reader(db_path)
    role = store.viewer(db, role)
    first, last = pack.window(day, week=week)
    plans = store.visible_schedule(
        db, role, first.isoformat(), (last + timedelta(days=1)).isoformat(), owner
    )
    stamp = generated_at or datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    calls: list[Any] = []
    briefings: list[Briefing] = []
    built: dict[tuple[str, str], Briefing] = {}
    shared = briefing.Shared()
    scope = config.specialty_scope()
    for plan, minutes in zip(plans, pack.gaps([p["start"] for p in plans]), strict=True):
        hcp = store.get_hcp(db, plan["hcp_id"])
        if hcp is None:
            continue  # erased since it was planned
        when = datetime.fromisoformat(plan["start"])
        key = (hcp["hcp_id"], when.date().isoformat())
        if key not in built:
            built[key] = briefing.build(
                db,
                hcp,
                role=role,
                as_of=when.date(),
                generated_at=stamp,
                scope=scope,
                shared=shared,
            )
            briefings.append(built[key])
        b = built[key]
        calls.append(
            pack.PlannedCall(
                plan_id=plan["plan_id"],
                hcp_id=hcp["hcp_id"],
                hcp_name=hcp["name"],
                start=plan["start"],
                channel=plan["channel"],
                objective=plan.get("objective"),
                location=plan.get("location"),
                owner=plan.get("owner"),
                remember=pack.one_thing(b),
                outside_best_times=besttimes.outside(b.best_times, when),
                minutes_to_next=minutes,
            )
        )
    result = pack.DayPack(
        role=role,
        first_day=first.isoformat(),
        last_day=last.isoformat(),
        calls=calls,
        briefings=briefings,
        generated_at=stamp,
        notices=[] if calls else [f"No planned calls from {first} to {last}."],
    )
    if deliver is not None:
        deliver(result)
    audit.record_all(
        db,
        [
            audit.entry(
                command="prep --week" if week else "prep --day",
                role=role,
                hcp_id=b.hcp.hcp_id,
                as_of=b.as_of,
                record_ids=b.sources,
                detail=f"pack {first.isoformat()}..{last.isoformat()}",
            )
            for b in briefings
        ],
    )
    return result


@dataclass
class SafetyReport:
    flags: list[dict[str, Any]]  # oldest first, each with hours_since and overdue
    hidden: int  # unreported notes in records this role may not read: counted, never shown


def safety_report(
    db_path: Path,
    *,
    role: str | None = None,
    as_of: date | None = None,
    since: date | None = None,
    include_reported: bool = False,
    now: datetime | None = None,
) -> SafetyReport:
    """Possible adverse events found at ingest, for the viewer's role, each logged in the audit
    trail. Flag only: nothing is sent anywhere."""
    from prepcli import audit, pv_notice

    db = store.open_store(db_path, create=False)
    role = store.viewer(db, role)
    reference = pv_notice.reference_time(as_of, now or datetime.now(UTC))
    until = as_of or reference.date()
    flags = store.safety_flags(
        db, role, until=until, since=since, include_reported=include_reported
    )
    for f in flags:
        f["hours_since"] = pv_notice.hours_since(f["date"], reference)
        f["overdue"] = not f["reported"] and f["hours_since"] > pv_notice.REPORT_WITHIN_HOURS
    hidden = store.hidden_safety_count(db, role, until=until, since=since)
    audit.record(
        db,
        command="safety",
        role=role,
        hcp_id=None,
        as_of=until.isoformat(),
        record_ids=[f["interaction_id"] for f in flags],
        detail=f"{len(flags)} flags shown"
        + (f"; {hidden} in records for Medical Affairs, counted only" if hidden else ""),
    )
    return SafetyReport(flags, hidden)


def forget(
    db_path: Path, hcp_query: str, *, notice: Notice | None = None
) -> tuple[dict[str, Any], dict[str, int]]:
    """Erase an HCP with all their interactions, passages, vectors and profiles, leaving no
    copy of their text anywhere in the store's files: the full-text index is rebuilt, the file
    rewritten and its write-ahead log emptied, and every derived index file (beside the real
    store file and beside a symlink to it) wiped and rebuilt. The audit row keeps the id only."""
    from prepcli import audit
    from prepcli.resolve import resolve_hcp

    db = store.open_store(db_path, create=False)
    hcp = resolve_hcp(db, hcp_query)
    with store.write_transaction(db):
        removed = store.forget_hcp(db, hcp["hcp_id"])
        current = int(store.get_meta(db, "vector_generation") or 0)
        store.set_meta(db, "vector_generation", str(current + 1))
        if index.profiles_current(db):
            # The other HCPs' profiles do not depend on the one erased (theirs was deleted).
            store.set_meta(db, index.PROFILES_KEY, str(current + 1))
        store.rebuild_fulltext(db)
    if not store.compact(db):
        _tell(
            notice,
            [
                "Warning: another prepcli process is reading the store, so the erased text may "
                "stay in its write-ahead log until that process ends; run this command again "
                "then."
            ],
        )
    index.wipe_index_files(db_path)
    index.build_dense_index(db, db_path)
    recorded = audit.record(
        db,
        command="forget",
        role=None,
        hcp_id=hcp["hcp_id"],
        as_of=None,
        record_ids=[hcp["hcp_id"]],
        detail=", ".join(f"{n} {k}" for k, n in removed.items()),
    )
    _tell(notice, recorded)
    return hcp, removed
