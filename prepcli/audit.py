"""The audit trail: one append-only row per briefing, search and erasure.

Rows carry ids, never content, so the trail itself leaks nothing and survives erasure.

Three walls keep it honest:
- SQL triggers refuse UPDATE and DELETE; a missing trigger is put back by the next write, which
  also records that it had to.
- Each row carries a SHA-256 hash over its content and the previous row's hash, and the store
  remembers the newest row's id and hash, so changing, inserting or deleting any row, or cutting
  off the newest ones, shows in ``verify``, and so does a deleted head. (Someone who edits the
  file can still cut off the newest rows and write the last kept row's hash as the head, delete
  the whole trail, or rewrite every hash: only a head noted down earlier catches that, and
  ``verify`` prints it.)
- A row is never lost to a busy store: when another process holds the write lock (an ingest),
  the row waits in a private queue folder beside the store and the next write appends it.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import os
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from prepcli import store

# A store handle: a sqlite-utils Database, or the plain sqlite3 connection a briefing reads
# through (it appends its row without importing sqlite-utils). Both execute SQL and roll back.
Db = Any

GENESIS = "0" * 64
# The hashed content, in this order; the hash covers the row's id, so rows cannot be swapped.
CONTENT = (
    "audit_id",
    "at",
    "os_user",
    "role",
    "command",
    "hcp_id",
    "as_of",
    "record_ids",
    "detail",
)
TRIGGERS = {
    "audit_no_update": "CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit "
    "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END",
    "audit_no_delete": "CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit "
    "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END",
}
HEAD_KEY = "audit_head"
# How many of the newest rows `prep` and `search` re-hash before answering (the full check
# grows with the trail; this stays a few milliseconds).
RECENT_ROWS = 200
# How long `prep` waits for the write lock before queueing its row instead.
QUICK_LOCK_MS = 250


def os_user() -> str:
    """The account running prepcli, from the process's user id: setting USER or LOGNAME to
    someone else's name does not change what the trail records."""
    try:
        import pwd

        return pwd.getpwuid(os.getuid()).pw_name
    except (ImportError, KeyError):
        pass
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def entry_hash(previous: str, row: dict[str, Any]) -> str:
    payload = json.dumps([previous, *(row.get(k) for k in CONTENT)], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def missing_triggers(db: Db) -> list[str]:
    present = {
        r[0]
        for r in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit'"
        )
    }
    return [name for name in TRIGGERS if name not in present]


def create_triggers(db: Db) -> list[str]:
    """Create whichever append-only trigger is missing; return the names created."""
    missing = missing_triggers(db)
    for name in missing:
        db.execute(TRIGGERS[name])
    return missing


def chain_existing_rows(db: Db) -> None:
    """Hash the rows of a store made before the chain (a migration step, in its transaction)."""
    for name in TRIGGERS:
        db.execute(f"DROP TRIGGER IF EXISTS {name}")
    previous, last = GENESIS, None
    cursor = db.execute(f"SELECT {', '.join(CONTENT)} FROM audit ORDER BY audit_id")
    updates = []
    for values in cursor.fetchall():
        row = dict(zip(CONTENT, values, strict=True))
        previous = entry_hash(previous, row)
        updates.append((previous, row["audit_id"]))
        last = row["audit_id"]
    db.conn.executemany("UPDATE audit SET chain_hash = ? WHERE audit_id = ?", updates)
    if last is not None:
        store.set_meta(db, HEAD_KEY, f"{last}:{previous}")
    create_triggers(db)


# ---- writing --------------------------------------------------------------------------------


def entry(
    *,
    command: str,
    role: str | None,
    hcp_id: str | None,
    as_of: str | None,
    record_ids: list[str],
    detail: str | None,
) -> dict[str, Any]:
    return {
        "at": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
        "os_user": os_user(),
        "role": role,
        "command": command,
        "hcp_id": hcp_id,
        "as_of": as_of,
        "record_ids": json.dumps(sorted(set(record_ids))),
        "detail": detail,
    }


def _append(db: Db, new: dict[str, Any]) -> None:
    """Add one row at the end of the chain (inside the caller's write transaction)."""
    last = db.execute("SELECT audit_id, chain_hash FROM audit ORDER BY audit_id DESC LIMIT 1")
    found = last.fetchone()
    audit_id, previous = (found[0] + 1, found[1] or GENESIS) if found else (1, GENESIS)
    # Chain on from the remembered head, not the last row left: had the newest rows been
    # deleted, a fresh row in their place must not hide it.
    head = store.get_meta(db, HEAD_KEY)
    head_id, _, head_hash = (head or "").partition(":")
    if head_id.isdigit() and int(head_id) + 1 >= audit_id:
        audit_id, previous = int(head_id) + 1, head_hash
    elif found and head is None:
        # Every write sets the head, so rows without one lost it by hand, perhaps with the
        # newest rows: a gap in the ids keeps that visible after this row restores a head.
        audit_id += 1
    row = {**new, "audit_id": audit_id}
    row["chain_hash"] = entry_hash(previous, row)
    cols = list(row)
    db.execute(
        f"INSERT INTO audit ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
        [row[c] for c in cols],
    )
    store.set_meta(db, HEAD_KEY, f"{audit_id}:{row['chain_hash']}")


def queue_dir(db: Db) -> Path:
    """The private folder beside the real store file where rows wait for the write lock."""
    main = Path(db.execute("PRAGMA database_list").fetchone()[2]).resolve()
    return main.with_name(main.name + ".audit-queue")


def _queued(db: Db) -> list[Path]:
    folder = queue_dir(db)
    return sorted(folder.glob("*.json")) if folder.is_dir() else []


def _enqueue(db: Db, row: dict[str, Any]) -> None:
    folder = queue_dir(db)
    store.make_private_dir(folder)
    name = f"{datetime.now(UTC).strftime('%Y%m%dT%H%M%S%f')}-{uuid.uuid4().hex}"
    partial = folder / f"{name}.part"
    store.write_private(partial, json.dumps(row))
    partial.replace(folder / f"{name}.json")  # a reader never sees half a row


def _append_all(
    db: Db,
    entries: list[dict[str, Any]],
    notices: list[str],
    claimed: list[tuple[Path, Path]],
) -> None:
    """Inside a write transaction: put back missing triggers, append queued rows, then
    ``entries``. A queued file is claimed by renaming it, so of two processes one wins."""
    restored = create_triggers(db)
    if restored:
        names = ", ".join(restored)
        notices.append(
            f"Warning: the audit trail's append-only trigger(s) {names} had been removed; "
            "restored and recorded. Run `prepcli audit verify`."
        )
        _append(
            db,
            entry(
                command="integrity",
                role=None,
                hcp_id=None,
                as_of=None,
                record_ids=[],
                detail=f"restored missing append-only trigger(s): {names}",
            ),
        )
    for path in _queued(db):
        mine = path.with_suffix(f".claimed-{os.getpid()}")
        try:
            path.rename(mine)
        except FileNotFoundError:
            continue  # another process took it
        try:
            queued = json.loads(mine.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            mine.replace(path.with_suffix(".unreadable"))  # kept for a person to look at
            continue
        claimed.append((path, mine))
        _append(db, queued)
    for row in entries:
        _append(db, row)


@contextmanager
def _quick_lock(db: Db) -> Iterator[None]:
    """Wait only briefly for the write lock, so a briefing never waits on an ingest."""
    db.execute(f"PRAGMA busy_timeout = {QUICK_LOCK_MS}")
    try:
        yield
    finally:
        db.execute(f"PRAGMA busy_timeout = {store.BUSY_TIMEOUT_MS}")


def record(
    db: Db,
    *,
    command: str,
    role: str | None,
    hcp_id: str | None,
    as_of: str | None,
    record_ids: list[str],
    detail: str | None = None,
) -> list[str]:
    """Append one row (and any queued ones). If another process holds the write lock, the row
    is queued instead and appended by the next write. Returns notices for the user."""
    return record_all(
        db,
        [
            entry(
                command=command,
                role=role,
                hcp_id=hcp_id,
                as_of=as_of,
                record_ids=record_ids,
                detail=detail,
            )
        ],
    )


def record_all(db: Db, entries: list[dict[str, Any]]) -> list[str]:
    """Append rows made by ``entry`` in one write transaction, as ``record`` appends one: a
    day pack logs its briefings with one commit, not one disk sync per briefing."""
    notices: list[str] = []
    if not entries:
        return notices
    try:
        with _quick_lock(db):
            db.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as e:
        if "locked" not in str(e) and "busy" not in str(e):
            raise
        for queued in entries:
            _enqueue(db, queued)
        return notices
    _commit_with(db, entries, notices)
    return notices


def flush(db: Db) -> list[str]:
    """Append queued rows and restore missing triggers (waiting for the lock as any write)."""
    notices: list[str] = []
    if not _queued(db) and not missing_triggers(db):
        return notices
    db.execute("BEGIN IMMEDIATE")
    _commit_with(db, [], notices)
    return notices


def _commit_with(db: Db, entries: list[dict[str, Any]], notices: list[str]) -> None:
    """Finish the write transaction the caller began. Claimed queue files are removed only
    once their rows are committed, and put back if they are not."""
    claimed: list[tuple[Path, Path]] = []
    try:
        _append_all(db, entries, notices, claimed)
        db.execute("COMMIT")
    except BaseException:
        db.rollback()
        for path, mine in claimed:
            mine.replace(path)
        raise
    for _, mine in claimed:
        mine.unlink(missing_ok=True)


# ---- checking -------------------------------------------------------------------------------


@dataclass
class ChainCheck:
    rows: int
    head: str | None  # "id:hash" of the newest row
    broken_at: int | None = None
    reason: str | None = None
    missing_triggers: tuple[str, ...] = ()
    queued: int = 0

    @property
    def intact(self) -> bool:
        return self.broken_at is None and not self.missing_triggers

    def summary(self) -> str:
        if self.broken_at is not None:
            return f"BROKEN at row {self.broken_at}: {self.reason}"
        if self.missing_triggers:
            return (
                f"rows intact, but the append-only trigger(s) {', '.join(self.missing_triggers)} "
                "are missing (restored by the next write)"
            )
        return f"intact ({self.rows} row{'s' * (self.rows != 1)})"


def verify(db: Db, *, newest: int | None = None) -> ChainCheck:
    """Recompute every row's hash from its content and the row before it; or, with ``newest``,
    only the newest rows (taking the hash of the row before them as given) and the head: the
    bounded check a briefing affords. `audit verify`, `audit` and `status` check everything."""
    previous, rows, last_id = GENESIS, 0, None
    columns = f"{', '.join(CONTENT)}, chain_hash"
    if newest is None:
        cursor = db.execute(f"SELECT {columns} FROM audit ORDER BY audit_id")
    else:
        first = db.execute(
            "SELECT audit_id, chain_hash FROM audit ORDER BY audit_id DESC LIMIT 1 OFFSET ?",
            [newest],
        ).fetchone()
        if first is not None:
            last_id, previous = first[0], first[1] or GENESIS
        cursor = db.execute(
            f"SELECT {columns} FROM audit WHERE audit_id > ? ORDER BY audit_id",
            [last_id or 0],
        )
    check = ChainCheck(rows=0, head=None)
    check.missing_triggers = tuple(missing_triggers(db))
    check.queued = len(_queued(db))
    while batch := cursor.fetchmany(1000):
        for values in batch:
            row = dict(zip((*CONTENT, "chain_hash"), values, strict=True))
            rows += 1
            expected = 1 if last_id is None else last_id + 1
            if row["audit_id"] != expected:
                check.broken_at = row["audit_id"]
                check.reason = f"rows {expected} to {row['audit_id'] - 1} are missing"
                if row["audit_id"] == expected + 1:
                    check.reason = f"row {expected} is missing"
                break
            if row["chain_hash"] is None:
                check.broken_at, check.reason = row["audit_id"], "it has no hash (added by hand)"
                break
            if row["chain_hash"] != entry_hash(previous, row):
                check.broken_at = row["audit_id"]
                check.reason = (
                    "its hash does not match its content and the row before it (the row was "
                    "changed or inserted, or a row before it was deleted)"
                )
                break
            previous, last_id = row["chain_hash"], row["audit_id"]
        if check.broken_at is not None:
            break
    check.rows = db.execute("SELECT COUNT(*) FROM audit").fetchone()[0]
    if check.broken_at is not None:
        return check
    check.head = f"{last_id}:{previous}" if last_id is not None else None
    remembered = store.get_meta(db, HEAD_KEY)
    if remembered is None and last_id is not None:
        # Every write sets the head, so a trail with rows and none lost it by hand: the rows
        # after the newest that remain may have gone with it.
        check.broken_at = last_id
        check.reason = (
            "the store's record of its newest row is missing: rows at the end may have been "
            "removed with it"
        )
    elif remembered is not None and remembered != check.head:
        kept = remembered.split(":", 1)[0]
        check.broken_at = int(kept) if kept.isdigit() else 0
        check.reason = (
            f"the newest row should be {remembered[:40]}…, but the trail ends at row "
            f"{last_id}: rows at the end were removed or replaced"
        )
    return check


# ---- reading --------------------------------------------------------------------------------


# HCPs whose newest erasure no readmission followed (SQLite and PostgreSQL alike).
ERASED_SQL = """SELECT hcp_id FROM audit
   WHERE hcp_id IS NOT NULL AND command IN ('forget', 'readmit')
   GROUP BY hcp_id
   HAVING MAX(CASE WHEN command = 'forget' THEN audit_id END)
        > COALESCE(MAX(CASE WHEN command = 'readmit' THEN audit_id END), 0)"""
# On an administrator's copy of a team store, the team trail's erasures, set by each pull: an
# erasure made from another copy is in the team's trail, not in this copy's.
TEAM_ERASED_KEY = "team_erased_hcps"


def erased_hcps(db: Db) -> set[str]:
    """HCPs erased with `prepcli forget` and not taken back since (`ingest --readmit`): the
    trail is the store's memory of an erasure, as it holds ids and outlives the erased rows."""
    team = store.get_meta(db, TEAM_ERASED_KEY)
    if team is not None:
        return set(json.loads(team))
    return {r[0] for r in db.execute(ERASED_SQL)}


def hcp_ids(db: Db) -> set[str]:
    return {r[0] for r in db.execute("SELECT DISTINCT hcp_id FROM audit WHERE hcp_id IS NOT NULL")}


def rows(db: Db, *, hcp_id: str | None = None, since: str | None = None) -> list[dict[str, Any]]:
    clauses, params = [], []
    if hcp_id:
        clauses.append("hcp_id = ?")
        params.append(hcp_id)
    if since:
        clauses.append("at >= ?")
        params.append(since)
    where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
    out = store.dicts(db.execute(f"SELECT * FROM audit {where} ORDER BY audit_id", params))
    for r in out:
        r["record_ids"] = json.loads(r["record_ids"] or "[]")
    return out
