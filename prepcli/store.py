"""The SQLite store: schema and migrations, idempotent writes, and role-filtered reads.

The firewall lives here. Every read that feeds a briefing or a search takes a role and selects
only what that role may see, so nothing downstream ever holds a row it could leak.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import stat
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    import sqlite_utils

from prepcli import config
from prepcli.errors import PrepError
from prepcli.products import restricted_piece


class Reader(Protocol):
    """What the read functions need of a store handle: ``execute``. sqlite-utils' Database
    and a plain sqlite3 connection both have it, so reads do not depend on sqlite-utils."""

    def execute(self, sql: str, parameters: Any = ..., /) -> sqlite3.Cursor: ...


TABLES = {
    "hcps": "hcp_id",
    "interactions": "interaction_id",
    "content": "content_id",
    "schedule": "plan_id",
}
LIST_FIELDS = {"restricted_products", "products", "indications", "channels", "content_ids", "shown"}
BOOL_FIELDS = {"email_consent", "do_not_contact", "sampled"}
# What a rep may know of a medical interaction: that it happened, never what was said.
MEDICAL_STUB_COLUMNS = ("interaction_id", "hcp_id", "date", "channel", "function", "status")
BUSY_TIMEOUT_MS = 60_000


def _m001_create_tables(db: sqlite_utils.Database) -> None:
    db.table("hcps").create(
        {
            "hcp_id": str,
            "name": str,
            "npi": str,
            "specialty": str,
            "institution": str,
            "city": str,
            "state": str,
            "country": str,
            "segment": str,
            "preferred_channel": str,
            "email_consent": int,
            "territory": str,
            "restricted_products": str,
            "do_not_contact": int,
            "extra": str,
            "row_hash": str,
        },
        pk="hcp_id",
        not_null={"name", "row_hash"},
    )
    db.table("interactions").create(
        {
            "interaction_id": str,
            "hcp_id": str,
            "date": str,
            "channel": str,
            "function": str,
            "author": str,
            "products": str,
            "subject": str,
            "notes": str,
            "status": str,
            "follow_up": str,
            "follow_up_due": str,
            "engagement": str,
            "content_ids": str,
            "extra": str,
            "row_hash": str,
        },
        pk="interaction_id",
        not_null={"hcp_id", "date", "channel", "function", "row_hash"},
    )
    db.table("interactions").create_index(["hcp_id", "date"])
    db.table("content").create(
        {
            "content_id": str,
            "title": str,
            "audience": str,
            "approval_code": str,
            "approved_on": str,
            "expires_on": str,
            "status": str,
            "products": str,
            "indications": str,
            "kind": str,
            "channels": str,
            "body": str,
            "extra": str,
            "row_hash": str,
        },
        pk="content_id",
        not_null={"title", "audience", "approval_code", "approved_on", "row_hash"},
    )
    # Passages are the searchable pieces of text. `visibility` copies the source's function or
    # audience so search can apply the firewall without a join.
    db.table("passages").create(
        {
            "passage_id": str,
            "source_kind": str,
            "source_id": str,
            "hcp_id": str,
            "visibility": str,
            "field": str,
            "seq": int,
            "text": str,
            "text_hash": str,
        },
        pk="passage_id",
        not_null={"source_kind", "source_id", "visibility", "text", "text_hash"},
    )
    db.table("passages").create_index(["source_kind", "source_id"])
    db.table("passages").create_index(["hcp_id"])
    db.table("passages").enable_fts(["text"], create_triggers=True, tokenize="porter")
    db.table("embeddings").create(
        {"passage_id": str, "model_id": str, "text_hash": str, "vector": bytes},
        pk="passage_id",
    )
    db.table("profiles").create(
        {"hcp_id": str, "role": str, "model_id": str, "vector": bytes, "n_sources": int},
        pk=("hcp_id", "role"),
    )
    # Each note's key sentences, chosen by embedding at ingest so `prep` never needs the model.
    db.table("highlights").create(
        {"interaction_id": str, "model_id": str, "text_hash": str, "sentences": str},
        pk="interaction_id",
    )
    db.table("meta").create({"key": str, "value": str}, pk="key")


def _m002_audit(db: sqlite_utils.Database) -> None:
    db.table("audit").create(
        {
            "audit_id": int,
            "at": str,
            "os_user": str,
            "role": str,
            "command": str,
            "hcp_id": str,
            "as_of": str,
            "record_ids": str,
            "detail": str,
        },
        pk="audit_id",
    )
    # Append-only: the audit trail is evidence, so SQL itself refuses to change it.
    db.execute(
        "CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit "
        "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"
    )
    db.execute(
        "CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit "
        "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"
    )


def _m003_schedule(db: sqlite_utils.Database) -> None:
    db.table("schedule").create(
        {
            "plan_id": str,
            "hcp_id": str,
            "start": str,
            "channel": str,
            "function": str,
            "objective": str,
            "location": str,
            "owner": str,
            "extra": str,
            "row_hash": str,
        },
        pk="plan_id",
        not_null={"hcp_id", "start", "channel", "function", "row_hash"},
    )
    db.table("schedule").create_index(["start"])
    db.table("schedule").create_index(["hcp_id"])


def _m004_audit_chain(db: sqlite_utils.Database) -> None:
    """Each audit row gets a hash chained to the row before; existing rows are chained now."""
    from prepcli import audit

    db.execute("ALTER TABLE audit ADD COLUMN chain_hash TEXT")
    audit.chain_existing_rows(db)


def _m005_call_details(db: sqlite_utils.Database) -> None:
    """Optional interaction fields a CRM call carries: objective, what was shown, sampled."""
    table = db.table("interactions")
    table.add_column("objective", str)
    table.add_column("shown", str)
    table.add_column("sampled", int)


def _m006_safety_flags(db: sqlite_utils.Database) -> None:
    # Possible adverse events found at ingest (prepcli.safety), one row per product, kind and
    # sentence. Derived from interactions: recomputed when they change, erased with the HCP.
    db.table("safety_flags").create(
        {
            "flag_id": str,
            "interaction_id": str,
            "hcp_id": str,
            "function": str,
            "date": str,
            "channel": str,
            "field": str,
            "product": str,
            "kind": str,
            "event": str,
            "sentence": str,
            "elements": str,
            "reported": int,
        },
        pk="flag_id",
        not_null={"interaction_id", "hcp_id", "function", "date", "product", "kind"},
    )
    db.table("safety_flags").create_index(["interaction_id"])
    db.table("safety_flags").create_index(["hcp_id", "date"])


def _m007_interaction_date_index(db: sqlite_utils.Database) -> None:
    # The newest record date (every briefing shows it) is then one index lookup, not a scan.
    db.table("interactions").create_index(["date"], if_not_exists=True)


def _m008_note_facts(db: sqlite_utils.Database) -> None:
    # What each interaction's text states (prepcli.notefacts), computed at ingest so `prep`
    # does not read every note again. Derived: recomputed when the interaction changes, erased
    # with the HCP; `version` names the rules that computed it.
    db.table("note_facts").create(
        {
            "interaction_id": str,
            "hcp_id": str,
            "function": str,
            "row_hash": str,
            "version": int,
            "facts": str,
        },
        pk="interaction_id",
        not_null={"hcp_id", "function", "row_hash", "version", "facts"},
    )
    db.table("note_facts").create_index(["hcp_id"])
    from prepcli.ingest import note_facts

    note_facts.refresh(db, [], force=True)


MIGRATIONS: list[Callable[[sqlite_utils.Database], None]] = [
    _m001_create_tables,
    _m002_audit,
    _m003_schedule,
    _m004_audit_chain,
    _m005_call_details,
    _m006_safety_flags,
    _m007_interaction_date_index,
    _m008_note_facts,
]
SCHEMA_VERSION = len(MIGRATIONS)


def schema_version(db: Reader) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def migrate(db: sqlite_utils.Database) -> None:
    """Apply the migrations this store has not seen, each in its own write transaction (two
    processes opening a new store at once: the second finds the work done)."""
    if schema_version(db) > SCHEMA_VERSION:
        raise PrepError(
            f"this store has schema version {schema_version(db)}, newer than this prepcli "
            f"({SCHEMA_VERSION})",
            hint="upgrade prepcli",
        )
    for number, step in enumerate(MIGRATIONS, start=1):
        if schema_version(db) >= number:
            continue
        with write_transaction(db):
            if schema_version(db) >= number:
                continue
            step(db)
            db.execute(f"PRAGMA user_version = {number}")


def _check_is_sqlite(path: Path) -> None:
    if not path.exists() or path.stat().st_size == 0:
        return
    with path.open("rb") as f:
        header = f.read(16)
    if header != b"SQLite format 3\x00":
        raise PrepError(
            f"{path} is not a prepcli store (not an SQLite file)",
            hint="point --db or PREPCLI_DB at a store, or at a new file name to create one",
        )


# The store holds call notes and medical text: only its owner may read it. SQLite gives the
# -wal and -shm files the permissions of the database file, so creating that one private
# covers all three.
PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700


def make_private_dir(folder: Path) -> None:
    """Create ``folder`` (owner only) if it is missing; its parents are created as usual."""
    if folder.exists():
        return
    folder.parent.mkdir(parents=True, exist_ok=True)
    folder.mkdir(mode=PRIVATE_DIR, exist_ok=True)


def make_private_file(path: Path) -> None:
    """Make sure ``path`` exists with owner-only permissions before anything is written to it,
    so there is no moment at which another user could open it."""
    try:
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, PRIVATE_FILE)
    except OSError as e:
        raise PrepError(f"cannot create {path}: {e.strerror}") from None
    try:
        os.fchmod(fd, PRIVATE_FILE)
    finally:
        os.close(fd)


def write_private(path: Path, text: str) -> None:
    make_private_file(path)
    path.write_text(text, encoding="utf-8")


def store_files(path: Path) -> list[Path]:
    """The store's file, its SQLite companions and its derived index files, where present."""
    real = path.resolve()
    files = [real, *(real.with_name(real.name + s) for s in ("-wal", "-shm", "-journal"))]
    folder = real.with_name(real.name + ".index")
    if folder.is_dir():
        files += [folder, *sorted(p for p in folder.iterdir() if p.is_file())]
    return [p for p in files if p.exists()]


def _looks_like_a_store(path: Path) -> bool:
    """An SQLite file with a schema version set in its header (bytes 60-63): not some other
    file the user pointed at by mistake, which gets its own error instead."""
    try:
        with path.open("rb") as f:
            header = f.read(64)
    except OSError:
        return False
    # Bytes 21-23 are fixed in every valid SQLite file (payload fractions 64, 32, 32). Until a
    # checkpoint, a new store's schema version may sit only in its write-ahead log.
    return (
        header[:16] == b"SQLite format 3\x00"
        and header[21:24] == b"\x40\x20\x20"
        and (
            int.from_bytes(header[60:64], "big") > 0 or path.with_name(path.name + "-wal").exists()
        )
    )


def loose_permissions(path: Path) -> list[Path]:
    """The store's files and folders that users other than its owner may open."""
    if not _looks_like_a_store(path):
        return []
    return [p for p in store_files(path) if stat.S_IMODE(p.stat().st_mode) & 0o077]


def open_store(path: Path, *, create: bool = True) -> sqlite_utils.Database:
    """Open (and if needed create and migrate) the store at ``path``."""
    if path.is_dir():
        raise PrepError(f"{path} is a directory, not a store file")
    _check_is_sqlite(path)
    if not path.exists():
        if not create:
            raise PrepError(f"no store at {path}", hint=config.missing_store_hint())
        make_private_dir(path.parent)
        make_private_file(path)
    elif path.stat().st_size == 0:
        make_private_file(path)  # an empty file becomes a new store: private like one
    import sqlite_utils  # only where a store is opened; type hints need no import

    try:
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000)
        db = sqlite_utils.Database(conn)
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if schema_version(db) == 0 and db.table_names():
            raise PrepError(
                f"{path} is an SQLite database of another program, not a prepcli store",
                hint="point --db or PREPCLI_DB at a prepcli store, or at a new file name",
            )
        if db.journal_mode != "wal":
            db.enable_wal()
        migrate(db)
    except sqlite3.DatabaseError as e:
        raise PrepError(f"{path} cannot be opened as a prepcli store: {e}") from None
    return db


def open_reader(path: Path) -> sqlite3.Connection:
    """A plain sqlite3 connection to an existing store, for commands that read it and append
    to its audit trail (`prep`): sqlite-utils is not imported. A store that needs migrating,
    or a file that is not a store, goes through ``open_store``, which migrates it or says why
    it cannot be opened."""
    if path.is_file() and path.stat().st_size > 0:
        try:
            conn = _plain(path)
            if schema_version(conn) == SCHEMA_VERSION:
                return conn
            conn.close()
        except sqlite3.DatabaseError:
            pass
    open_store(path, create=False).close()
    return _plain(path)


def _plain(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return conn


@contextmanager
def write_transaction(db: Any) -> Iterator[Any]:
    """A write transaction that takes the write lock up front (BEGIN IMMEDIATE).

    A deferred BEGIN (sqlite-utils' ``atomic()``) reads first and upgrades to a write lock
    later; in WAL mode that upgrade fails at once with "database is locked" if another process
    committed in between, whatever the busy timeout. IMMEDIATE waits its turn instead. Inside
    an open transaction this nests as a savepoint. ``db`` is a sqlite-utils Database or a
    plain sqlite3 connection."""
    conn = getattr(db, "conn", db)
    if conn.in_transaction:
        conn.execute("SAVEPOINT nested")
        try:
            yield db
        except BaseException:
            conn.execute("ROLLBACK TO nested")
            conn.execute("RELEASE nested")
            raise
        conn.execute("RELEASE nested")
        return
    db.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        db.rollback()
        raise
    else:
        db.execute("COMMIT")


# ---- encoding -------------------------------------------------------------------------------


def row_hash(record: dict[str, Any]) -> str:
    payload = {k: v for k, v in record.items() if k != "row_hash"}
    return hashlib.sha256(json.dumps(payload, sort_keys=True, default=str).encode()).hexdigest()


def to_row(record: dict[str, Any]) -> dict[str, Any]:
    """A validated record as stored: lists and extra as JSON text, booleans as 0/1."""
    row: dict[str, Any] = {}
    for key, value in record.items():
        if key in LIST_FIELDS or key == "extra":
            row[key] = json.dumps(value, sort_keys=True, ensure_ascii=False) if value else None
        elif key in BOOL_FIELDS:
            row[key] = None if value is None else int(bool(value))
        else:
            row[key] = value
    row["row_hash"] = row_hash(record)
    return row


def from_row(row: dict[str, Any]) -> dict[str, Any]:
    """A stored row back as plain Python values."""
    out = dict(row)
    for key in LIST_FIELDS | {"extra"}:
        if key in out:
            out[key] = json.loads(out[key]) if out[key] else ([] if key != "extra" else {})
    for key in BOOL_FIELDS:
        if key in out and out[key] is not None:
            out[key] = bool(out[key])
    out.pop("row_hash", None)
    return out


def from_rows(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``from_row`` of each row, each distinct list text parsed once: a briefing reads
    thousands of rows naming the same few products, indications and channels."""
    if not rows:
        return []
    lists = sorted(LIST_FIELDS.intersection(rows[0]))
    bools = sorted(BOOL_FIELDS.intersection(rows[0]))
    parsed: dict[str, list[Any]] = {}
    out = []
    for row in rows:
        r = dict(row)
        for key in lists:
            text = r[key]
            if not text:
                r[key] = []
                continue
            value = parsed.get(text)
            if value is None:
                value = parsed[text] = json.loads(text)
            # Each row its own list, as from_row gives it.
            r[key] = list(value) if isinstance(value, list) else value
        for key in bools:
            if r[key] is not None:
                r[key] = bool(r[key])
        if "extra" in r:
            r["extra"] = json.loads(r["extra"]) if r["extra"] else {}
        r.pop("row_hash", None)
        out.append(r)
    return out


# ---- writes ---------------------------------------------------------------------------------


@dataclass
class WriteCounts:
    new: int = 0
    changed: int = 0
    unchanged: int = 0

    def add(self, other: WriteCounts) -> None:
        self.new += other.new
        self.changed += other.changed
        self.unchanged += other.unchanged


def existing_hashes(db: Reader, kind: str, ids: list[str]) -> dict[str, str]:
    pk = TABLES[kind]
    found: dict[str, str] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        sql = f"SELECT {pk}, row_hash FROM {kind} WHERE {pk} IN ({marks})"
        found.update(dict(db.execute(sql, chunk).fetchall()))
    return found


def upsert_records(
    db: sqlite_utils.Database, kind: str, records: list[dict[str, Any]]
) -> tuple[WriteCounts, list[dict[str, Any]]]:
    """Write new and changed records; return the counts and the rows actually written."""
    pk = TABLES[kind]
    rows = [to_row(r) for r in records]
    before = existing_hashes(db, kind, [r[pk] for r in rows])
    counts = WriteCounts()
    written = []
    for row in rows:
        old = before.get(row[pk])
        if old is None:
            counts.new += 1
        elif old != row["row_hash"]:
            counts.changed += 1
        else:
            counts.unchanged += 1
            continue
        written.append(row)
    if written:
        db.table(kind).upsert_all(written, pk=pk, alter=False)
    return counts, written


def known_hcp_ids(db: Reader, ids: Iterable[str]) -> set[str]:
    wanted = list(dict.fromkeys(ids))
    return set(existing_hashes(db, "hcps", wanted))


def known_content_ids(db: sqlite_utils.Database, ids: Iterable[str]) -> set[str]:
    return set(existing_hashes(db, "content", list(dict.fromkeys(ids))))


def replace_passages(
    db: sqlite_utils.Database,
    source_kind: str,
    source_ids: list[str],
    passages: list[dict[str, Any]],
) -> None:
    """Swap the passages of the given rows for new ones (one statement each way per batch)."""
    for start in range(0, len(source_ids), 500):
        chunk = source_ids[start : start + 500]
        db.execute(
            f"DELETE FROM passages WHERE source_kind = ? "
            f"AND source_id IN ({','.join('?' * len(chunk))})",
            [source_kind, *chunk],
        )
    if passages:
        db.table("passages").insert_all(passages, pk="passage_id", batch_size=500)


def dicts(cursor: sqlite3.Cursor) -> list[dict[str, Any]]:
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def get_hcp(db: Reader, hcp_id: str) -> dict[str, Any] | None:
    rows = dicts(db.execute("SELECT * FROM hcps WHERE hcp_id = ?", [hcp_id]))
    return from_row(rows[0]) if rows else None


def hcps_matching(db: Reader, key: str, value: str) -> list[dict[str, Any]]:
    """HCPs whose ``key`` (``hcp_id`` or ``npi``) is ``value``, ignoring ASCII case."""
    if key not in ("hcp_id", "npi") or not value:
        return []
    sql = f"SELECT * FROM hcps WHERE {key} = ? COLLATE NOCASE ORDER BY hcp_id"
    return [from_row(r) for r in dicts(db.execute(sql, [value]))]


def all_hcps(db: Reader) -> list[dict[str, Any]]:
    return [from_row(r) for r in dicts(db.execute("SELECT * FROM hcps ORDER BY name"))]


def hcp_overview(db: Reader) -> list[dict[str, Any]]:
    """One row per HCP with interaction counts per function and the last contact date."""
    sql = """
        SELECT h.hcp_id, h.name, h.specialty, h.institution, h.city,
               MAX(i.date) AS last_contact,
               SUM(i.function = 'commercial') AS commercial,
               SUM(i.function = 'medical') AS medical,
               COUNT(i.interaction_id) AS total
        FROM hcps h LEFT JOIN interactions i ON i.hcp_id = h.hcp_id
        GROUP BY h.hcp_id ORDER BY h.name
    """
    return dicts(db.execute(sql))


# ---- store roles ----------------------------------------------------------------------------

STORE_ROLES = ("rep", "msl")
STORE_ROLE_KEY = "store_role"


def store_role(db: Reader) -> str | None:
    """What the store may hold: ``rep`` (no medical text at all), ``msl``, or None for a store
    made before roles existed (unrestricted)."""
    return get_meta(db, STORE_ROLE_KEY)


def holds_medical_text(db: sqlite_utils.Database) -> bool:
    fields = " OR ".join(
        f"{c} IS NOT NULL"
        for c in ("author", "products", "subject", "notes", "follow_up", "content_ids", "extra")
    )
    medical = f"SELECT 1 FROM interactions WHERE function = 'medical' AND ({fields}) LIMIT 1"
    content = "SELECT 1 FROM content WHERE audience = 'medical' LIMIT 1"
    return bool(db.execute(medical).fetchone() or db.execute(content).fetchone())


def set_store_role(db: sqlite_utils.Database, role: str) -> bool:
    """Fix what the store may hold (inside the caller's transaction). A role, once set, never
    changes; a store already holding medical text cannot become a rep store. Returns whether
    anything changed."""
    if role not in STORE_ROLES:
        raise PrepError(f"unknown store role {role!r}", hint="use rep or msl")
    current = store_role(db)
    if current == role:
        return False
    if current is not None:
        raise PrepError(
            f"this is a {current} store; its role cannot be changed to {role}",
            hint="make a new store for that role: prepcli init --db NEW_FILE --role " + role,
        )
    if role == "rep" and holds_medical_text(db):
        raise PrepError(
            "this store already holds medical text, so it cannot become a rep store",
            hint="make a new, empty rep store: prepcli init --db NEW_FILE --role rep",
        )
    set_meta(db, STORE_ROLE_KEY, role)
    return True


# Set by a pull: the view the pulling login's role gives when no --role is asked for.
DEFAULT_VIEWER_KEY = "default_viewer"


def viewer(db: Reader, asked: str | None) -> str:
    """The role a command shows the store in: the one asked for, else the store's default
    view, else rep. A store pulled by an MSL login defaults to the MSL view; any other store,
    or one whose default cannot be read as an MSL's, gives the rep view (the safe side). A rep
    store holds no medical text, and no setting turns its user into an MSL."""
    role = asked
    if role is None:
        default = get_meta(db, DEFAULT_VIEWER_KEY)
        role = "msl" if default == "msl" and store_role(db) == "msl" else "rep"
    if store_role(db) == "rep" and role == "msl":
        raise no_msl_view(rep_login=get_meta(db, TEAM_LOGIN_ROLE_KEY) == "rep")
    return role


TEAM_LOGIN_ROLE_KEY = "team_login_role"  # on a pulled copy: the pulling login's group


def no_msl_view(*, rep_login: bool) -> PrepError:
    """The one refusal of the MSL view to a rep. On a team store the login is what the user
    knows (their copy is an implementation detail), so it is named instead of the store."""
    if rep_login:
        return PrepError(
            "this login is a rep's: the MSL view (--role msl, PREPCLI_ROLE=msl) is not available",
            hint="medical records are shown to MSL logins only",
        )
    return PrepError(
        "this is a rep store: the MSL view (--role msl, PREPCLI_ROLE=msl) is not available",
        hint="medical records are kept on an MSL's store, never on a rep's",
    )


def rep_store_record(kind: str, record: dict[str, Any]) -> dict[str, Any] | None:
    """What a rep store keeps of a validated record: a medical interaction as a stub (that it
    happened, never what was said), no medical content or medical planned call at all,
    everything else as it is."""
    if kind == "interactions" and record.get("function") == "medical":
        return {
            k: (v if k in MEDICAL_STUB_COLUMNS else [] if k in LIST_FIELDS else None)
            for k, v in record.items()
        } | {"extra": {}}
    if kind == "content" and record.get("audience") == "medical":
        return None
    if kind == "schedule" and record.get("function") == "medical":
        return None  # an MSL's planned call: a rep never sees even that it exists
    return record


def visible_functions(role: str) -> tuple[str, ...]:
    """Which interaction functions a role may read in full."""
    return ("commercial", "medical") if role == "msl" else ("commercial",)


def content_audience(role: str) -> str:
    return "medical" if role == "msl" else "commercial"


# What a briefing reads of an interaction: not its author, extra fields or hash.
BRIEFING_COLUMNS = (
    "interaction_id", "hcp_id", "date", "channel", "function", "products", "subject", "notes",
    "status", "follow_up", "follow_up_due", "engagement", "content_ids", "objective", "shown",
    "sampled",
)  # fmt: skip


def visible_interactions(
    db: Reader, hcp_id: str, role: str, until: date | None = None, *, facts: bool = False
) -> list[dict[str, Any]]:
    """Interaction rows for an HCP that ``role`` may read, up to ``until``, newest first.
    ``facts``: each row also carries what its text states (``notefacts``), as stored at ingest
    for this version of the row and of the rules; a row whose facts are missing or stale has
    none, and the digest reads its text again. The facts pass the same filter as the rows."""
    from prepcli.notefacts import VERSION

    functions = visible_functions(role)
    marks = ",".join("?" * len(functions))
    cols = ", ".join(f"i.{c}" for c in BRIEFING_COLUMNS)
    join = ""
    params: list[Any] = []
    if facts:
        cols += ", n.facts AS facts"
        join = (
            "LEFT JOIN note_facts n ON n.interaction_id = i.interaction_id "
            "AND n.row_hash = i.row_hash AND n.version = ?"
        )
        params.append(VERSION)
    sql = (
        f"SELECT {cols} FROM interactions i {join} WHERE i.hcp_id = ? "
        f"AND i.function IN ({marks}) AND substr(i.date, 1, 10) <= ? "
        "ORDER BY i.date DESC, i.interaction_id"
    )
    last = (until or date.max).isoformat()
    rows = from_rows(dicts(db.execute(sql, [*params, hcp_id, *functions, last])))
    if facts:
        for r in rows:
            r["facts"] = json.loads(r["facts"]) if r["facts"] else None
    return rows


def visible_schedule(
    db: Reader, role: str, start: str, end: str, owner: str | None = None
) -> list[dict[str, Any]]:
    """Planned calls from ``start`` up to (not including) ``end`` that ``role`` may read, in
    time order. A rep never sees a medical planned call, not even that it exists: it is the
    MSL's calendar, not a contact the rep needs to know of."""
    functions = visible_functions(role)
    marks = ",".join("?" * len(functions))
    sql = (
        f"SELECT * FROM schedule WHERE start >= ? AND start < ? AND function IN ({marks})"
        + (" AND owner = ?" if owner else "")
        + " ORDER BY start, plan_id"
    )
    params = [start, end, *functions, *([owner] if owner else [])]
    return [from_row(r) for r in dicts(db.execute(sql, params))]


def drop_done_plans(db: sqlite_utils.Database, interaction_ids: list[str]) -> int:
    """A planned call that now appears as a logged interaction (same id) has happened: it
    leaves the schedule."""
    removed = 0
    for start in range(0, len(interaction_ids), 500):
        chunk = interaction_ids[start : start + 500]
        removed += db.execute(
            f"DELETE FROM schedule WHERE plan_id IN ({','.join('?' * len(chunk))})", chunk
        ).rowcount
    return removed


def medical_stubs(db: Reader, hcp_id: str, until: date | None = None) -> list[dict[str, Any]]:
    """That medical interactions happened, without a word of what was said."""
    cols = ", ".join(MEDICAL_STUB_COLUMNS)
    sql = (
        f"SELECT {cols} FROM interactions WHERE hcp_id = ? AND function = 'medical' "
        "AND substr(date, 1, 10) <= ? ORDER BY date DESC, interaction_id"
    )
    return dicts(db.execute(sql, [hcp_id, (until or date.max).isoformat()]))


# What a briefing reads of a content piece: not its body (its vectors stand for it) or extras.
PIECE_COLUMNS = (
    "content_id", "title", "audience", "approval_code", "approved_on", "expires_on", "status",
    "products", "indications", "kind", "channels",
)  # fmt: skip


def offerable_content(
    db: Reader, role: str, as_of: date, restricted: Iterable[str] = ()
) -> list[dict[str, Any]]:
    """Content that may be offered today: approved, in its validity window, for the role's
    audience, and covering none of the HCP's restricted products."""
    day = as_of.isoformat()
    sql = f"""
        SELECT {", ".join(PIECE_COLUMNS)} FROM content
        WHERE audience = ? AND status = 'approved'
          AND substr(approved_on, 1, 10) <= ?
          AND (expires_on IS NULL OR substr(expires_on, 1, 10) > ?)
        ORDER BY content_id
    """
    banned = list(restricted)  # (an iterable may be read once; every row asks)
    rows = from_rows(dicts(db.execute(sql, [content_audience(role), day, day])))
    return [r for r in rows if not restricted_piece(r["products"], banned)]


def content_by_ids(db: Reader, ids: list[str], role: str) -> list[dict[str, Any]]:
    """Content records of ``role``'s audience among ``ids``, whatever their status or dates:
    what an interaction shared then, so a shared piece can close the follow-up it delivered."""
    out: list[dict[str, Any]] = []
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        sql = (
            f"SELECT {', '.join(PIECE_COLUMNS)} FROM content "
            f"WHERE content_id IN ({','.join('?' * len(chunk))}) "
            "AND audience = ? ORDER BY content_id"
        )
        out += from_rows(dicts(db.execute(sql, [*chunk, content_audience(role)])))
    return out


def _passage_filter(
    role: str, today: date, kind: str | None, hcp_id: str | None, *, by_id: bool = False
) -> tuple[str, list[Any]]:
    """SQL over alias ``p`` (passages) admitting only what ``role`` may see: its interaction
    functions, and content of its audience that may be offered today.

    ``by_id``: the caller already pins rows by primary key. A unary ``+`` makes a
    ``source_kind`` term unusable as an index, so SQLite does not plan the OR below as a
    MULTI-INDEX OR over ``source_kind``, which reads every passage of that kind. For the same
    reason one HCP's interaction passages are found through ``hcp_id`` alone."""
    clauses: list[str] = []
    params: list[Any] = []
    if kind in (None, "interactions"):
        functions = visible_functions(role)
        marks = ",".join("?" * len(functions))
        kind_col = "+p.source_kind" if by_id or hcp_id is not None else "p.source_kind"
        clause = f"({kind_col} = 'interactions' AND p.visibility IN ({marks})"
        params.extend(functions)
        if hcp_id is not None:
            clause += " AND p.hcp_id = ?"
            params.append(hcp_id)
        clauses.append(clause + ")")
    if kind in (None, "content"):
        clauses.append(
            f"({'+' if by_id else ''}p.source_kind = 'content' AND p.visibility = ? "
            "AND EXISTS (SELECT 1 FROM content c "
            "WHERE c.content_id = p.source_id AND c.status = 'approved' "
            "AND substr(c.approved_on, 1, 10) <= ? "
            "AND (c.expires_on IS NULL OR substr(c.expires_on, 1, 10) > ?)))"
        )
        day = today.isoformat()
        params.extend([content_audience(role), day, day])
    return "(" + " OR ".join(clauses) + ")", params


def search_fts(
    db: Reader,
    match: str,
    *,
    role: str,
    today: date,
    kind: str | None = None,
    hcp_id: str | None = None,
    limit: int = 100,
) -> list[dict[str, Any]]:
    """BM25-ranked passages the role may see, best first; ``bm25`` is FTS5's score (lower is
    better).

    Without ``kind`` or ``hcp_id`` most matches are visible, so the index ranks its matches
    first and only the best few are checked against the role, a deeper slice each time too few
    pass (checking every match cost about a third of the search on a large store). A filter that
    passes few matches is checked on every match, as the index ranks them."""
    if kind is not None or hcp_id is not None:
        where, params = _passage_filter(role, today, kind, hcp_id)
        sql = f"""SELECT p.passage_id, p.source_kind, p.source_id, p.text,
                         bm25(passages_fts) AS bm25
                  FROM passages_fts JOIN passages p ON p.rowid = passages_fts.rowid
                  WHERE passages_fts MATCH ? AND {where}
                  ORDER BY bm25, p.rowid LIMIT ?"""
        return dicts(db.execute(sql, [match, *params, limit]))
    where, params = _passage_filter(role, today, kind, hcp_id, by_id=True)
    sql = f"""SELECT p.passage_id, p.source_kind, p.source_id, p.text, f.bm25
              FROM (SELECT rowid, bm25(passages_fts) AS bm25 FROM passages_fts
                    WHERE passages_fts MATCH ? ORDER BY bm25, rowid LIMIT ?) f
              JOIN passages p ON p.rowid = f.rowid
              WHERE {where} ORDER BY f.bm25, f.rowid LIMIT ?"""
    depth = limit * 3
    while True:
        rows = dicts(db.execute(sql, [match, depth, *params, limit]))
        if len(rows) >= limit:
            return rows
        matched = db.execute(
            "SELECT COUNT(*) FROM (SELECT 1 FROM passages_fts WHERE passages_fts MATCH ? LIMIT ?)",
            [match, depth],
        ).fetchone()[0]
        if matched < depth:
            return rows
        depth *= 4


def visible_passages(
    db: Reader,
    passage_ids: list[str],
    *,
    role: str,
    today: date,
    kind: str | None = None,
    hcp_id: str | None = None,
) -> dict[str, dict[str, Any]]:
    """Of ``passage_ids``, those the role may see, by id."""
    where, params = _passage_filter(role, today, kind, hcp_id, by_id=True)
    out: dict[str, dict[str, Any]] = {}
    for start in range(0, len(passage_ids), 500):
        chunk = passage_ids[start : start + 500]
        sql = f"""SELECT p.passage_id, p.source_kind, p.source_id, p.text FROM passages p
                  WHERE p.passage_id IN ({",".join("?" * len(chunk))}) AND {where}"""
        out.update({r["passage_id"]: r for r in dicts(db.execute(sql, [*chunk, *params]))})
    return out


def visible_vectors(
    db: Reader,
    *,
    role: str,
    today: date,
    kind: str | None = None,
    hcp_id: str | None = None,
) -> list[tuple[str, bytes]]:
    where, params = _passage_filter(role, today, kind, hcp_id)
    sql = f"""SELECT p.passage_id, e.vector FROM passages p
              JOIN embeddings e ON e.passage_id = p.passage_id WHERE {where}"""
    return [(r[0], r[1]) for r in db.execute(sql, params).fetchall()]


def source_summary(db: Reader, kind: str, source_id: str) -> dict[str, Any]:
    """What a search hit shows beside its passage: when and where, or the approval code."""
    if kind == "interactions":
        sql = (
            "SELECT i.hcp_id, h.name AS hcp_name, i.date, i.channel, i.function, i.subject "
            "FROM interactions i LEFT JOIN hcps h ON h.hcp_id = i.hcp_id "
            "WHERE i.interaction_id = ?"
        )
    else:
        sql = "SELECT title, approval_code, expires_on, audience FROM content WHERE content_id = ?"
    rows = dicts(db.execute(sql, [source_id]))
    return rows[0] if rows else {}


def counts(db: sqlite_utils.Database) -> dict[str, int]:
    names = [
        "hcps",
        "interactions",
        "content",
        "schedule",
        "passages",
        "embeddings",
        "profiles",
        "audit",
    ]
    return {name: db[name].count for name in names}


def newest_record_date(db: Reader) -> str | None:
    # MAX(date) alone lets SQLite read the date index's last entry; its first ten characters
    # are the newest day whether or not dates carry a time.
    row = db.execute("SELECT substr(MAX(date), 1, 10) FROM interactions").fetchone()
    return row[0] if row else None


def get_meta(db: Reader, key: str) -> str | None:
    row = db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
    return row[0] if row else None


def set_meta(db: sqlite_utils.Database, key: str, value: str) -> None:
    db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", [key, value])


def passage_blobs(db: Reader, kind: str, ids: list[str], field: str) -> dict[str, list[bytes]]:
    """Stored vectors of the ``field`` passages of the given rows, grouped by row id.

    Callers pass ids they obtained through a role-filtered query; this adds no visibility."""
    out: dict[str, list[bytes]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        sql = f"""SELECT p.source_id, e.vector FROM passages p
                  JOIN embeddings e ON e.passage_id = p.passage_id
                  WHERE p.source_kind = ? AND p.field = ?
                    AND p.source_id IN ({",".join("?" * len(chunk))})
                  ORDER BY p.source_id, p.seq"""
        for source_id, blob in db.execute(sql, [kind, field, *chunk]).fetchall():
            out.setdefault(source_id, []).append(blob)
    return out


def profile_blob(db: Reader, hcp_id: str, role: str) -> bytes | None:
    row = db.execute(
        "SELECT vector FROM profiles WHERE hcp_id = ? AND role = ?", [hcp_id, role]
    ).fetchone()
    return row[0] if row else None


def highlights(db: Reader, ids: list[str]) -> dict[str, list[str]]:
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    rows = db.execute(
        f"""SELECT h.interaction_id, h.sentences FROM highlights h
            JOIN interactions i ON i.interaction_id = h.interaction_id
            WHERE h.interaction_id IN ({marks}) AND h.text_hash = i.row_hash""",
        ids,
    ).fetchall()
    return {iid: json.loads(s) for iid, s in rows}


def forget_hcp(db: sqlite_utils.Database, hcp_id: str) -> dict[str, int]:
    """Delete an HCP and everything derived from them, inside the caller's transaction."""
    ids = [
        r[0]
        for r in db.execute(
            "SELECT interaction_id FROM interactions WHERE hcp_id = ?", [hcp_id]
        ).fetchall()
    ]
    removed = {"interactions": len(ids)}
    removed["passages"] = db.execute(
        "DELETE FROM passages WHERE hcp_id = ? OR (source_kind = 'interactions' AND source_id IN "
        "(SELECT interaction_id FROM interactions WHERE hcp_id = ?))",
        [hcp_id, hcp_id],
    ).rowcount
    removed["embeddings"] = db.execute(
        "DELETE FROM embeddings WHERE passage_id NOT IN (SELECT passage_id FROM passages)"
    ).rowcount
    db.execute(
        "DELETE FROM highlights WHERE interaction_id IN "
        "(SELECT interaction_id FROM interactions WHERE hcp_id = ?)",
        [hcp_id],
    )
    db.execute(
        "DELETE FROM note_facts WHERE hcp_id = ? OR interaction_id IN "
        "(SELECT interaction_id FROM interactions WHERE hcp_id = ?)",
        [hcp_id, hcp_id],
    )
    removed["profiles"] = db.execute("DELETE FROM profiles WHERE hcp_id = ?", [hcp_id]).rowcount
    removed["safety flags"] = db.execute(
        "DELETE FROM safety_flags WHERE hcp_id = ?", [hcp_id]
    ).rowcount
    db.execute("DELETE FROM interactions WHERE hcp_id = ?", [hcp_id])
    removed["planned calls"] = db.execute(
        "DELETE FROM schedule WHERE hcp_id = ?", [hcp_id]
    ).rowcount
    removed["hcps"] = db.execute("DELETE FROM hcps WHERE hcp_id = ?", [hcp_id]).rowcount
    return removed


# ---- safety flags ---------------------------------------------------------------------------


def company_products(db: sqlite_utils.Database) -> list[str]:
    """Every product name the store knows as the company's: from content, interactions and
    HCPs' restricted lists."""
    sql = """
        SELECT value FROM content, json_each(content.products) WHERE content.products IS NOT NULL
        UNION SELECT value FROM interactions, json_each(interactions.products)
              WHERE interactions.products IS NOT NULL
        UNION SELECT value FROM hcps, json_each(hcps.restricted_products)
              WHERE hcps.restricted_products IS NOT NULL
    """
    return sorted({str(r[0]).strip() for r in db.execute(sql) if r[0] and str(r[0]).strip()})


def content_texts(db: sqlite_utils.Database) -> list[str]:
    """Title and body of every content piece: for ingest-time work only (the other names the
    company's material gives its products), never for anything a viewer sees."""
    rows = db.execute("SELECT title, body FROM content")
    return [f"{r[0] or ''}\n{r[1] or ''}" for r in rows]


def interaction_ids(db: sqlite_utils.Database) -> list[str]:
    return [r[0] for r in db.execute("SELECT interaction_id FROM interactions ORDER BY 1")]


def interactions_by_id(db: sqlite_utils.Database, ids: list[str]) -> list[dict[str, Any]]:
    """Full rows, unfiltered: for ingest-time work only, never for anything a viewer sees."""
    out: list[dict[str, Any]] = []
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        sql = f"SELECT * FROM interactions WHERE interaction_id IN ({','.join('?' * len(chunk))})"
        out.extend(from_row(r) for r in dicts(db.execute(sql, chunk)))
    return out


def replace_derived(
    db: sqlite_utils.Database,
    table: str,
    pk: str,
    interaction_ids: list[str],
    rows: list[dict[str, Any]],
) -> None:
    """Replace what ingest derived from these interactions (safety flags, note facts)."""
    for start in range(0, len(interaction_ids), 500):
        chunk = interaction_ids[start : start + 500]
        db.execute(
            f"DELETE FROM {table} WHERE interaction_id IN ({','.join('?' * len(chunk))})",
            chunk,
        )
    if rows:
        db.table(table).insert_all(rows, pk=pk, batch_size=500)


def _flag_filter(
    functions: tuple[str, ...],
    hcp_id: str | None,
    until: date | None,
    since: date | None,
    include_reported: bool,
) -> tuple[str, list[Any]]:
    clauses = [f"f.function IN ({','.join('?' * len(functions))})"]
    params: list[Any] = list(functions)
    if hcp_id is not None:
        clauses.append("f.hcp_id = ?")
        params.append(hcp_id)
    if until is not None:
        clauses.append("substr(f.date, 1, 10) <= ?")
        params.append(until.isoformat())
    if since is not None:
        clauses.append("substr(f.date, 1, 10) >= ?")
        params.append(since.isoformat())
    if not include_reported:
        clauses.append("f.reported = 0")
    return " AND ".join(clauses), params


def safety_flags(
    db: Reader,
    role: str,
    *,
    hcp_id: str | None = None,
    until: date | None = None,
    since: date | None = None,
    include_reported: bool = False,
) -> list[dict[str, Any]]:
    """Possible adverse events in interactions ``role`` may read, oldest first."""
    where, params = _flag_filter(visible_functions(role), hcp_id, until, since, include_reported)
    sql = f"""SELECT f.*, h.name AS hcp_name FROM safety_flags f
              LEFT JOIN hcps h ON h.hcp_id = f.hcp_id
              WHERE {where} ORDER BY f.date, f.interaction_id, f.flag_id"""
    rows = dicts(db.execute(sql, params))
    for r in rows:
        r["elements"] = json.loads(r["elements"] or "{}")
        r["reported"] = bool(r["reported"])
    return rows


def hidden_safety_count(
    db: sqlite_utils.Database,
    role: str,
    *,
    hcp_id: str | None = None,
    until: date | None = None,
    since: date | None = None,
) -> int:
    """How many unreported flags sit in interactions ``role`` may not read: a count, no more."""
    hidden = tuple(f for f in ("commercial", "medical") if f not in visible_functions(role))
    if not hidden:
        return 0
    where, params = _flag_filter(hidden, hcp_id, until, since, False)
    sql = f"SELECT COUNT(DISTINCT f.interaction_id) FROM safety_flags f WHERE {where}"
    return int(db.execute(sql, params).fetchone()[0])


def rebuild_fulltext(db: sqlite_utils.Database) -> None:
    """Rebuild the FTS5 index from the passages left. Deleting rows only adds delete markers:
    the erased words stay in older index segments until those are merged away. (FTS5's own
    secure-delete option needs SQLite 3.42.)"""
    db.execute("INSERT INTO passages_fts (passages_fts) VALUES ('rebuild')")


def compact(db: sqlite_utils.Database) -> bool:
    """Rewrite the file (no free page keeps erased text) and empty the write-ahead log.
    False if another connection's open read kept the log from being emptied."""
    db.execute("PRAGMA secure_delete = ON")
    db.execute("VACUUM")
    busy, _, _ = db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    return not busy
