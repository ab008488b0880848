"""Moving rows between a team store (PostgreSQL) and a local SQLite store, by content hash.

``pull`` copies what the login may read (the database decides, by row-level security) into a
local store, vectors and key sentences included, so the laptop embeds nothing and works
offline. ``push`` is the way back for an administrator: ``ingest`` and ``forget`` on a team
store run on the administrator's local copy with the ordinary code and then send the
difference up. Both compare ids and hashes first and move only rows that differ; rows the other
side no longer has are removed. Each side changes in one transaction.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np

from prepcli import audit, store
from prepcli.errors import PrepError
from prepcli.stores import postgres

SOURCE_KEY = "team_source"
LOGIN_KEY = "team_login"
PULLED_KEY = "team_last_pull"
STORE_ID_KEY = "team_store_id"
AUDIT_PUSHED_KEY = "team_audit_pushed"

# Tables copied row by row; the value is the hash column that says a row changed.
HASHED = {
    "hcps": ("hcp_id", "row_hash"),
    "content": ("content_id", "row_hash"),
    "schedule": ("plan_id", "row_hash"),
}
STUB_PREFIX = "stub:"


@dataclass
class SyncReport:
    moved: dict[str, int] = field(default_factory=dict)
    removed: dict[str, int] = field(default_factory=dict)
    audit_pushed: int = 0
    role: str = ""

    def add(self, table: str, moved: int, removed: int) -> None:
        if moved:
            self.moved[table] = self.moved.get(table, 0) + moved
        if removed:
            self.removed[table] = self.removed.get(table, 0) + removed

    def summary(self) -> str:
        parts = [f"{n} {t}" for t, n in self.moved.items()]
        text = "copied " + ", ".join(parts) if parts else "nothing changed"
        if self.removed:
            text += "; removed " + ", ".join(f"{n} {t}" for t, n in self.removed.items())
        if self.audit_pushed:
            text += f"; {self.audit_pushed} audit rows sent up"
        return text


def source_name(url: str, login: str) -> str:
    """How a local store names its team source: the URL without password, with the login."""
    redacted = postgres.redact(url)
    return redacted if "@" in redacted.split("//", 1)[-1] else f"{login} at {redacted}"


def _stub_hash(row: dict[str, Any]) -> str:
    payload = json.dumps([row.get(c) for c in store.MEDICAL_STUB_COLUMNS])
    return STUB_PREFIX + hashlib.sha256(payload.encode()).hexdigest()


def _columns(local: Any, table: str) -> list[str]:
    return [r[1] for r in local.execute(f"PRAGMA table_info({table})").fetchall()]


def _remote_columns(conn: Any, table: str) -> set[str]:
    rows = conn.execute(
        "SELECT column_name FROM information_schema.columns "
        "WHERE table_schema = current_schema() AND table_name = %s",
        [table],
    ).fetchall()
    return {r[0] for r in rows}


def _chunks(ids: list[Any], size: int = 2000) -> Iterable[list[Any]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def _delete_local(local: Any, table: str, key: str, ids: Iterable[str]) -> int:
    removed = 0
    for chunk in _chunks(sorted(ids), 500):
        removed += local.execute(
            f"DELETE FROM {table} WHERE {key} IN ({','.join('?' * len(chunk))})", chunk
        ).rowcount
    return removed


def _fetch(conn: Any, sql: str, ids: list[str]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for chunk in _chunks(ids):
        cur = conn.execute(sql, [chunk], binary=True)  # vectors as bytes, not parsed text
        names = [d.name for d in cur.description]
        out.extend(dict(zip(names, row, strict=True)) for row in cur.fetchall())
    return out


def _sorted_rows(cursor: Any) -> list[tuple[Any, ...]]:
    """Rows as plain tuples in one order on both engines (their collations differ)."""
    rows = [tuple(bytes(v) if isinstance(v, memoryview) else v for v in r) for r in cursor]
    return sorted(rows, key=lambda r: tuple(str(v) for v in r))


# ---- pull ---------------------------------------------------------------------------------------


def pull(
    url: str,
    local_path: Path,
    *,
    progress: Callable[[str], None] | None = None,
    replace: bool = False,
) -> SyncReport:
    """Bring the local store at ``local_path`` in step with what the login may read. A store
    pulled when the login was in another group (a rep made an MSL, or back) is refused, or,
    with ``replace`` (this computer's own copy of a team store), emptied and pulled afresh."""
    conn = postgres.connect(url)
    try:
        postgres.check_schema(conn, url)
        role = postgres.login_role(conn)
        if role is None:
            raise PrepError(
                "this login is in no prepcli group, so it may read nothing from the team store",
                hint="an administrator adds it with `prepcli team user add`",
            )
        login = conn.execute("SELECT current_user").fetchone()[0]
        local = store.open_store(local_path)
        source = source_name(url, login)
        _check_source(local, local_path, source)
        report = SyncReport(role=role)
        # Sent up first: a copy replaced below loses nothing it audited.
        report.audit_pushed = _push_audit(conn, local)
        pulled_as = store.store_role(local)
        if pulled_as is not None and pulled_as != _store_role(role):
            if not replace:
                raise PrepError(
                    f"{local_path} was pulled by a {pulled_as} login; {login} is now in the "
                    f"{role} group",
                    hint="pull into a new file with --db NEW_FILE and delete the old one",
                )
            local.close()
            _remove_store(local_path)
            local = store.open_store(local_path)
        _pull_rows(conn, local, role, login, source, report, progress)
        if report.removed:
            # Rows that left the login's view (re-filed as medical, moved to another
            # territory) must leave the file too, as an erasure's do: deleted rows otherwise
            # keep their words in the full-text index's older segments and in free pages.
            with store.write_transaction(local):
                store.rebuild_fulltext(local)
            store.compact(local)
    finally:
        conn.close()
    return report


def _store_role(login_role: str) -> str:
    """What a login's pull may hold: a rep's holds no medical text."""
    return "rep" if login_role == "rep" else "msl"


def _remove_store(path: Path) -> None:
    from prepcli import index

    index.wipe_index_files(path)
    for name in (path.name, path.name + "-wal", path.name + "-shm"):
        path.with_name(name).unlink(missing_ok=True)


def _check_source(local: Any, path: Path, source: str) -> None:
    current = store.get_meta(local, SOURCE_KEY)
    if current is not None and current != source:
        raise PrepError(
            f"{path} holds a pull from {current}, not from {source}",
            hint="pull into a new file with --db NEW_FILE",
        )
    if current is None and local.execute("SELECT 1 FROM interactions LIMIT 1").fetchone():
        raise PrepError(
            f"{path} holds records of its own, so it cannot take a pull",
            hint="pull into a new file with --db NEW_FILE",
        )


def _pull_rows(
    conn: Any,
    local: Any,
    role: str,
    login: str,
    source: str,
    report: SyncReport,
    progress: Callable[[str], None] | None,
) -> None:
    from pgvector.psycopg import register_vector

    psycopg = postgres._driver()
    register_vector(conn)
    # One consistent picture of the team store for the whole copy.
    conn.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ
    conn.read_only = True
    with conn.transaction(), store.write_transaction(local):
        # A rep store never holds medical text; the login's group says which this is, and
        # which view the store gives when no --role is asked for.
        store.set_store_role(local, _store_role(role))
        store.set_meta(local, store.DEFAULT_VIEWER_KEY, default_view(role))
        store.set_meta(local, LOGIN_KEY, login)
        store.set_meta(local, store.TEAM_LOGIN_ROLE_KEY, role)
        for table, (key, hash_col) in HASHED.items():
            _pull_hashed(conn, local, table, key, hash_col, report)
            if progress:
                progress(table)
        _pull_interactions(conn, local, report)
        if progress:
            progress("interactions")
        vectors_changed = _pull_passages(conn, local, report)
        if progress:
            progress("passages")
        _pull_highlights(conn, local, report)
        for table in ("safety_flags", "profiles"):
            _pull_whole(conn, local, table, report)
        # What the pulled notes state is worked out here, as an ingest would (not sent over).
        from prepcli.ingest import note_facts

        note_facts.catch_up(local)
        remote_model = conn.execute("SELECT value FROM meta WHERE key = 'model_id'").fetchone()
        if remote_model:
            store.set_meta(local, "model_id", remote_model[0])
        if vectors_changed:
            generation = int(store.get_meta(local, "vector_generation") or 0) + 1
            store.set_meta(local, "vector_generation", str(generation))
        # Profiles arrive built from the same vectors: they are current.
        from prepcli import index

        store.set_meta(local, index.PROFILES_KEY, store.get_meta(local, "vector_generation") or "0")
        store.set_meta(local, SOURCE_KEY, source)
        store.set_meta(local, PULLED_KEY, datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"))
        if role == "admin":
            # An administrator ingests into this copy: it must know erasures made from others.
            erased = sorted(r[0] for r in conn.execute(audit.ERASED_SQL))
            store.set_meta(local, audit.TEAM_ERASED_KEY, json.dumps(erased))


def _pull_hashed(
    conn: Any, local: Any, table: str, key: str, hash_col: str, report: SyncReport
) -> None:
    remote = dict(conn.execute(f"SELECT {key}, {hash_col} FROM {table}").fetchall())
    mine = dict(local.execute(f"SELECT {key}, {hash_col} FROM {table}").fetchall())
    wanted = [k for k, h in remote.items() if mine.get(k) != h]
    cols = [c for c in _columns(local, table) if c in _remote_columns(conn, table)]
    rows = _fetch(conn, f"SELECT {', '.join(cols)} FROM {table} WHERE {key} = ANY(%s)", wanted)
    if rows:
        local.table(table).upsert_all(rows, pk=key, alter=False)
    removed = _delete_local(local, table, key, set(mine) - set(remote))
    report.add(table, len(rows), removed)


def _pull_interactions(conn: Any, local: Any, report: SyncReport) -> None:
    """Interactions the login may read in full, and stubs (no text) of the others."""
    readable = dict(conn.execute("SELECT interaction_id, row_hash FROM interactions").fetchall())
    stub_cols = ", ".join(store.MEDICAL_STUB_COLUMNS)
    stubs = {
        r[0]: dict(zip(store.MEDICAL_STUB_COLUMNS, r, strict=True))
        for r in conn.execute(f"SELECT {stub_cols} FROM interaction_stubs").fetchall()
        if r[0] not in readable
    }
    mine = dict(local.execute("SELECT interaction_id, row_hash FROM interactions").fetchall())
    wanted = [k for k, h in readable.items() if mine.get(k) != h]
    cols = [
        c for c in _columns(local, "interactions") if c in _remote_columns(conn, "interactions")
    ]
    rows = _fetch(
        conn, f"SELECT {', '.join(cols)} FROM interactions WHERE interaction_id = ANY(%s)", wanted
    )
    for stub in stubs.values():
        stub["row_hash"] = _stub_hash(stub)
        if mine.get(stub["interaction_id"]) != stub["row_hash"]:
            # Replace the whole row: a note that turned medical upstream leaves no text here.
            local.execute(
                "DELETE FROM interactions WHERE interaction_id = ?", [stub["interaction_id"]]
            )
            rows.append(stub)
    if rows:
        local.table("interactions").upsert_all(rows, pk="interaction_id", alter=False)
    gone = set(mine) - set(readable) - set(stubs)
    removed = _delete_local(local, "interactions", "interaction_id", gone)
    report.add("interactions", len(rows), removed)


def _pull_passages(conn: Any, local: Any, report: SyncReport) -> bool:
    """Passages with their vectors. True if any vector came or went."""
    remote = dict(
        conn.execute(
            "SELECT passage_id, text_hash || '/' || coalesce(model_id, '') || '/' "
            "|| coalesce(embedded_hash, '') FROM passages"
        ).fetchall()
    )
    mine = dict(
        local.execute(
            "SELECT p.passage_id, p.text_hash || '/' || coalesce(e.model_id, '') || '/' "
            "|| coalesce(e.text_hash, '') FROM passages p "
            "LEFT JOIN embeddings e ON e.passage_id = p.passage_id"
        ).fetchall()
    )
    wanted = [k for k, h in remote.items() if mine.get(k) != h]
    cols = _columns(local, "passages")
    rows = _fetch(
        conn,
        f"SELECT {', '.join(cols)}, model_id AS e_model, embedded_hash AS e_hash, embedding "
        "FROM passages WHERE passage_id = ANY(%s)",
        wanted,
    )
    vectors = []
    for row in rows:
        model, text_hash, vector = row.pop("e_model"), row.pop("e_hash"), row.pop("embedding")
        if vector is not None:
            blob = np.asarray(vector, dtype=np.float32).tobytes()
            vectors.append(
                {
                    "passage_id": row["passage_id"],
                    "model_id": model,
                    "text_hash": text_hash,
                    "vector": blob,
                }
            )
    gone = set(mine) - set(remote)
    # Replace, not upsert: the full-text triggers then drop the old words with the old row.
    _delete_local(local, "passages", "passage_id", [r["passage_id"] for r in rows])
    _delete_local(local, "embeddings", "passage_id", [r["passage_id"] for r in rows])
    if rows:
        local.table("passages").insert_all(rows, pk="passage_id", batch_size=500)
    if vectors:
        local.table("embeddings").insert_all(vectors, pk="passage_id", batch_size=500)
    removed = _delete_local(local, "passages", "passage_id", gone)
    _delete_local(local, "embeddings", "passage_id", gone)
    report.add("passages", len(rows), removed)
    return bool(rows or removed)


def _pull_highlights(conn: Any, local: Any, report: SyncReport) -> None:
    remote = dict(
        conn.execute(
            "SELECT interaction_id, coalesce(model_id, '') || '/' || coalesce(text_hash, '') "
            "FROM highlights"
        ).fetchall()
    )
    mine = dict(
        local.execute(
            "SELECT interaction_id, coalesce(model_id, '') || '/' || coalesce(text_hash, '') "
            "FROM highlights"
        ).fetchall()
    )
    wanted = [k for k, h in remote.items() if mine.get(k) != h]
    rows = _fetch(
        conn,
        "SELECT interaction_id, model_id, text_hash, sentences FROM highlights "
        "WHERE interaction_id = ANY(%s)",
        wanted,
    )
    if rows:
        local.table("highlights").upsert_all(rows, pk="interaction_id")
    removed = _delete_local(local, "highlights", "interaction_id", set(mine) - set(remote))
    report.add("key sentences", len(rows), removed)


def _pull_whole(conn: Any, local: Any, table: str, report: SyncReport) -> None:
    """Small derived tables: compared whole, replaced when they differ."""
    cols = _columns(local, table)
    remote = _sorted_rows(conn.execute(f"SELECT {', '.join(cols)} FROM {table}"))
    mine = _sorted_rows(local.execute(f"SELECT {', '.join(cols)} FROM {table}"))
    if mine == remote:
        return
    local.execute(f"DELETE FROM {table}")
    if remote:
        local.table(table).insert_all(
            [dict(zip(cols, r, strict=True)) for r in remote], batch_size=500
        )
    report.add(table.replace("_", " "), len(remote), 0)


def _push_audit(conn: Any, local: Any) -> int:
    """Send up the audit rows written on this store since the last pull. Each carries its
    origin (store id, local id), so a row sent twice after a crash is kept once."""
    store_id = store.get_meta(local, STORE_ID_KEY)
    if store_id is None:
        with store.write_transaction(local):
            store_id = uuid.uuid4().hex
            store.set_meta(local, STORE_ID_KEY, store_id)
    done = int(store.get_meta(local, AUDIT_PUSHED_KEY) or 0)
    rows = local.execute(
        "SELECT audit_id, at, os_user, role, command, hcp_id, as_of, record_ids, detail "
        "FROM audit WHERE audit_id > ? ORDER BY audit_id",
        [done],
    ).fetchall()
    if not rows:
        return 0
    with conn.transaction(), conn.cursor() as cur:
        cur.executemany(
            "INSERT INTO audit (at, os_user, role, command, hcp_id, as_of, record_ids, "
            "detail, origin) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s) "
            "ON CONFLICT (origin) DO NOTHING",
            [(*r[1:], f"{store_id}:{r[0]}") for r in rows],
        )
    with store.write_transaction(local):
        store.set_meta(local, AUDIT_PUSHED_KEY, str(rows[-1][0]))
    return len(rows)


# ---- push (administrators) ----------------------------------------------------------------------


def push(conn: Any, local: Any) -> SyncReport:
    """Make the team store's rows equal to the administrator's local copy, in one transaction
    (the caller holds the team write lock, so nothing changed upstream since the copy's pull)."""
    from pgvector.psycopg import register_vector

    register_vector(conn)
    report = SyncReport(role="admin")
    with conn.transaction():
        for table, (key, hash_col) in {
            **HASHED,
            "interactions": ("interaction_id", "row_hash"),
        }.items():
            cols = [c for c in _columns(local, table) if c in _remote_columns(conn, table)]
            mine = dict(local.execute(f"SELECT {key}, {hash_col} FROM {table}").fetchall())
            remote = dict(conn.execute(f"SELECT {key}, {hash_col} FROM {table}").fetchall())
            changed = [k for k, h in mine.items() if remote.get(k) != h]
            rows = _local_rows(local, f"SELECT {', '.join(cols)} FROM {table}", key, changed)
            _upsert_remote(conn, table, key, cols, rows)
            removed = _delete_remote(conn, table, key, set(remote) - set(mine))
            report.add(table, len(rows), removed)
        _push_passages(conn, local, report)
        _push_highlights(conn, local, report)
        for table in ("safety_flags", "profiles"):
            _push_whole(conn, local, table, report)
        for key in ("model_id", "vector_generation"):
            value = store.get_meta(local, key)
            if value is not None:
                conn.execute(
                    "INSERT INTO meta (key, value) VALUES (%s, %s) "
                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    [key, value],
                )
    return report


def _local_rows(local: Any, select: str, key: str, ids: list[str]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for chunk in _chunks(sorted(ids), 500):
        cur = local.execute(f"{select} WHERE {key} IN ({','.join('?' * len(chunk))})", chunk)
        out.extend(store.dicts(cur))
    return out


def _upsert_remote(
    conn: Any, table: str, key: str | tuple[str, ...], cols: list[str], rows: list[dict[str, Any]]
) -> None:
    if not rows:
        return
    keys = (key,) if isinstance(key, str) else key
    updates = ", ".join(f"{c} = excluded.{c}" for c in cols if c not in keys)
    sql = (
        f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join(['%s'] * len(cols))}) "
        f"ON CONFLICT ({', '.join(keys)}) DO UPDATE SET {updates}"
    )
    with conn.cursor() as cur:
        cur.executemany(sql, [[r[c] for c in cols] for r in rows])


def _delete_remote(conn: Any, table: str, key: str, ids: set[str]) -> int:
    removed = 0
    for chunk in _chunks(sorted(ids)):
        removed += conn.execute(f"DELETE FROM {table} WHERE {key} = ANY(%s)", [chunk]).rowcount
    return removed


def _push_passages(conn: Any, local: Any, report: SyncReport) -> None:
    # A passage goes up again when who may read it changed, not only its text or vector: a
    # call re-filed as medical, or moved to another HCP, keeps its words, and the server's
    # policies read its visibility and HCP.
    mine = dict(
        local.execute(
            "SELECT p.passage_id, p.text_hash || '/' || coalesce(e.model_id, '') || '/' "
            "|| coalesce(e.text_hash, '') || '/' || p.visibility || '/' || coalesce(p.hcp_id, '') "
            "FROM passages p LEFT JOIN embeddings e ON e.passage_id = p.passage_id"
        ).fetchall()
    )
    remote = dict(
        conn.execute(
            "SELECT passage_id, text_hash || '/' || coalesce(model_id, '') || '/' "
            "|| coalesce(embedded_hash, '') || '/' || visibility || '/' || coalesce(hcp_id, '') "
            "FROM passages"
        ).fetchall()
    )
    changed = [k for k, h in mine.items() if remote.get(k) != h]
    cols = _columns(local, "passages")
    select = (
        f"SELECT {', '.join('p.' + c for c in cols)}, e.model_id, e.text_hash AS embedded_hash, "
        "e.vector AS embedding FROM passages p "
        "LEFT JOIN embeddings e ON e.passage_id = p.passage_id"
    )
    rows = _local_rows(local, select, "p.passage_id", changed)
    for row in rows:
        blob = row["embedding"]
        row["embedding"] = None if blob is None else np.frombuffer(blob, dtype=np.float32)
    _upsert_remote(
        conn, "passages", "passage_id", [*cols, "model_id", "embedded_hash", "embedding"], rows
    )
    removed = _delete_remote(conn, "passages", "passage_id", set(remote) - set(mine))
    report.add("passages", len(rows), removed)


def _push_highlights(conn: Any, local: Any, report: SyncReport) -> None:
    """Key sentences go up with their note's HCP and function, which their policy reads."""
    mine = dict(
        local.execute(
            "SELECT interaction_id, coalesce(model_id, '') || '/' || coalesce(text_hash, '') "
            "FROM highlights"
        ).fetchall()
    )
    remote = dict(
        conn.execute(
            "SELECT interaction_id, coalesce(model_id, '') || '/' || coalesce(text_hash, '') "
            "FROM highlights"
        ).fetchall()
    )
    changed = [k for k, h in mine.items() if remote.get(k) != h]
    select = (
        "SELECT h.interaction_id, i.hcp_id, i.function, h.model_id, h.text_hash, h.sentences "
        "FROM highlights h JOIN interactions i ON i.interaction_id = h.interaction_id"
    )
    rows = _local_rows(local, select, "h.interaction_id", changed)
    cols = ["interaction_id", "hcp_id", "function", "model_id", "text_hash", "sentences"]
    _upsert_remote(conn, "highlights", "interaction_id", cols, rows)
    removed = _delete_remote(conn, "highlights", "interaction_id", set(remote) - set(mine))
    report.add("key sentences", len(rows), removed)


def _push_whole(conn: Any, local: Any, table: str, report: SyncReport) -> None:
    cols = _columns(local, table)
    mine = _sorted_rows(local.execute(f"SELECT {', '.join(cols)} FROM {table}"))
    remote = _sorted_rows(conn.execute(f"SELECT {', '.join(cols)} FROM {table}"))
    if mine == remote:
        return
    conn.execute(f"DELETE FROM {table}")
    with conn.cursor() as cur:
        cur.executemany(
            f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join(['%s'] * len(cols))})",
            mine,
        )
    report.add(table.replace("_", " "), len(mine), 0)


# ---- commands on a team store -------------------------------------------------------------------


def local_copy(url: str) -> Path:
    """Where this computer keeps its copy of what a login reads from a team store (one file
    per server, database and login, private like any store): in PREPCLI_TEAM_DIR, else the
    per-user data directory."""
    import os

    import platformdirs

    key = hashlib.sha256(postgres.redact(url).encode()).hexdigest()[:16]
    folder = (
        os.environ.get("PREPCLI_TEAM_DIR") or Path(platformdirs.user_data_dir("prepcli")) / "team"
    )
    return Path(folder) / f"{key}.db"


@contextmanager
def admin_session(url: str, action: str) -> Iterator[Any]:
    """A connection of an administrator login holding the team write lock: one writer at a
    time, so the difference a push sends is against what its pull saw."""
    with postgres.session(url) as conn:
        if postgres.login_role(conn) != "admin":
            raise PrepError(
                f"only an administrator login may {action} on a team store",
                hint="ask your prepcli administrator",
            )
        conn.execute("SELECT pg_advisory_lock(hashtext('prepcli team write'))")
        try:
            yield conn
        finally:
            conn.execute("SELECT pg_advisory_unlock(hashtext('prepcli team write'))")


def ingest(url: str, run: Callable[[Path], Any]) -> tuple[Any, SyncReport]:
    """Ingest on a team store: ``run`` ingests into the administrator's local copy, pulled
    fresh under the write lock, and the difference goes up in one transaction."""
    with admin_session(url, "ingest") as conn:
        copy = local_copy(url)
        pull(url, copy)
        result = run(copy)
        report = push(conn, store.open_store(copy, create=False))
        # A readmission's audit row goes up now, for every other copy's next ingest to see.
        _push_audit(conn, store.open_store(copy, create=False))
        return result, report


def forget(url: str, run: Callable[[Path], Any]) -> Any:
    """Erase on a team store: on the administrator's fresh copy, then the difference up."""
    with admin_session(url, "erase records") as conn:
        copy = local_copy(url)
        pull(url, copy)
        result = run(copy)
        push(conn, store.open_store(copy, create=False))
        # The erasure's own audit row goes up now, not at the next pull.
        _push_audit(conn, store.open_store(copy, create=False))
        return result


def default_view(login_role: str) -> str:
    """The view a login's role gives when no --role is asked for: an MSL's (or an
    administrator's) the MSL view, a rep's the rep view."""
    return "msl" if login_role in ("msl", "admin") else "rep"


def viewer_role(conn: Any, asked: str | None) -> str:
    """On a team store the login decides the role: with no --role, the login's own view; a
    rep login asking for the MSL view is refused (exit 2), as on a rep's own store."""
    role = postgres.login_role(conn)
    if role is None:
        raise PrepError("this login is in no prepcli group, so it may read nothing")
    if role == "rep" and asked == "msl":
        raise store.no_msl_view(rep_login=True)
    return asked or default_view(role)


def search(
    url: str,
    query: str,
    *,
    role: str | None,
    model: str,
    today: Any,
    kind: str | None = None,
    mode: str = "hybrid",
    limit: int = 10,
    vocabulary_file: Path | None = None,
) -> tuple[str, list[dict[str, Any]]]:
    """service.search on the team store itself (no local copy): PostgreSQL ranks, the shared
    fusion orders, and the audit row goes straight to the team's trail. Returns the role the
    login searched in (``role``, else its own) and the hits."""
    from prepcli import audit, service, vocabulary
    from prepcli.stores import pgsearch

    with postgres.session(url) as conn:
        viewer = viewer_role(conn, role)
        vector = None
        if mode in ("dense", "hybrid"):
            row = conn.execute("SELECT value FROM meta WHERE key = 'model_id'").fetchone()
            if row is None:
                raise PrepError("the team store has no vectors yet", hint="run `prepcli reindex`")
            embedder = service.get_embedder(model, None)
            if embedder.model_id != row[0]:
                raise PrepError(
                    f"the team store was embedded with {row[0]}, not {embedder.model_id}",
                    hint="use the same --model (PREPCLI_MODEL) as the team store",
                )
            vector = embedder.embed([query])[0]
        hits = pgsearch.search(
            conn,
            query,
            role=viewer,
            today=today,
            query_vector=vector,
            kind=kind,
            mode=mode,
            limit=limit,
            vocabulary=vocabulary.load(vocabulary_file),
        )
        described = [
            {
                "kind": h.source_kind,
                "id": h.source_id,
                "score": round(h.score, 5),
                "ranks": h.ranks,
                "passage": h.passage,
                **pgsearch.source_summary(conn, h.source_kind, h.source_id),
            }
            for h in hits
        ]
        with conn.transaction():
            conn.execute(
                "INSERT INTO audit (at, os_user, role, command, as_of, record_ids, detail) "
                "VALUES (%s, %s, %s, 'search', %s, %s, %s)",
                [
                    datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
                    audit.os_user(),
                    viewer,
                    today.isoformat(),
                    json.dumps(sorted({h.source_id for h in hits})),
                    f"mode: {mode}",
                ],
            )
    return viewer, described


# ---- shared embedding -----------------------------------------------------------------------

CLAIM = 256  # passages one process embeds per transaction


def embed_shared(
    url: str, embedder: Any, *, progress: Callable[[str, int, int], None] | None = None
) -> int:
    """Embed the team store's passages that have no vector from ``embedder``'s model, as one
    of any number of processes (on any machines): each claims a batch with FOR UPDATE SKIP
    LOCKED, embeds it and writes the vectors in the same transaction. Another process skips
    rows claimed and, once they commit, no longer sees them pending, so no passage is embedded
    twice; a process that dies releases its claim, and the next run embeds that batch."""
    from pgvector.psycopg import register_vector

    from prepcli.embed import embed_in_chunks

    model = embedder.model_id
    pending = (
        "embedding IS NULL OR model_id IS DISTINCT FROM %s "
        "OR embedded_hash IS DISTINCT FROM text_hash"
    )
    done = 0
    with postgres.session(url) as conn:
        if postgres.login_role(conn) != "admin":
            raise PrepError(
                "only an administrator login may embed on a team store",
                hint="ask your prepcli administrator",
            )
        register_vector(conn)
        total = conn.execute(f"SELECT count(*) FROM passages WHERE {pending}", [model]).fetchone()[
            0
        ]
        while True:
            with conn.transaction():
                rows = conn.execute(
                    f"SELECT passage_id, text, text_hash FROM passages WHERE {pending} "
                    "ORDER BY passage_id LIMIT %s FOR UPDATE SKIP LOCKED",
                    [model, CLAIM],
                ).fetchall()
                if not rows:
                    break
                vectors, _ = embed_in_chunks(embedder, [r[1] for r in rows])
                with conn.cursor() as cur:
                    cur.executemany(
                        "UPDATE passages SET embedding = %s, model_id = %s, embedded_hash = %s "
                        "WHERE passage_id = %s",
                        [(v, model, r[2], r[0]) for r, v in zip(rows, vectors, strict=True)],
                    )
            done += len(rows)
            if progress:
                progress("passages", min(done, total), total)
    return done


def reindex(
    url: str, run: Callable[[Path], str], embedder: Any, **kw: Any
) -> tuple[str, SyncReport]:
    """``reindex`` on a team store: the shared embedding above (run it in as many processes as
    you like), then, under the team write lock, key sentences, profiles and safety flags on
    the administrator's copy, which already holds every vector."""
    embedded = embed_shared(url, embedder, **kw)
    summary, report = ingest(url, run)
    return f"embedded {embedded} passages on the team store; then {summary}", report
