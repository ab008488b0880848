"""The audit trail: one append-only row per briefing, search and erasure.

Rows carry ids, never content, so the trail itself leaks nothing and survives erasure.
The table's triggers refuse UPDATE and DELETE; the CLI offers only reading.
"""

from __future__ import annotations

import getpass
import json
from datetime import UTC, datetime
from typing import Any

import sqlite_utils

from prepcli import store


def os_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def record(
    db: sqlite_utils.Database,
    *,
    command: str,
    role: str | None,
    hcp_id: str | None,
    as_of: str | None,
    record_ids: list[str],
    detail: str | None = None,
) -> None:
    with store.write_transaction(db):
        db.table("audit").insert(
            {
                "at": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
                "os_user": os_user(),
                "role": role,
                "command": command,
                "hcp_id": hcp_id,
                "as_of": as_of,
                "record_ids": json.dumps(sorted(set(record_ids))),
                "detail": detail,
            }
        )


def hcp_ids(db: sqlite_utils.Database) -> set[str]:
    return {r[0] for r in db.execute("SELECT DISTINCT hcp_id FROM audit WHERE hcp_id IS NOT NULL")}


def rows(
    db: sqlite_utils.Database, *, hcp_id: str | None = None, since: str | None = None
) -> list[dict[str, Any]]:
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
