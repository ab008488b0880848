"""Keep the stored note facts (``prepcli.notefacts``) in step with the interactions, inside the
ingest transaction: only new and changed interactions are read, unless the rules that compute
the facts changed (a new ``notefacts.VERSION``), then every interaction is read again."""

from __future__ import annotations

import json
from typing import Any

import sqlite_utils

from prepcli import besttimes, commitments, digest, materials, notefacts, store

VERSION_KEY = "note_facts_version"


def analyse(interaction: dict[str, Any]) -> dict[str, Any]:
    """Every fact one interaction's text states, each by the function `prep` would use."""
    return {
        "substance": digest.substance_of(interaction),
        "access": digest.access_status(interaction),
        "views": digest.views(interaction),
        "commitments": commitments.recorded(interaction),
        "delivered": commitments.delivered(interaction),
        "raised": materials.raised(interaction),
        "times": besttimes.remarks(interaction),
    }


def fact_row(interaction: dict[str, Any], row_hash: str) -> dict[str, Any]:
    return {
        "interaction_id": interaction["interaction_id"],
        "hcp_id": interaction["hcp_id"],
        "function": interaction["function"],
        "row_hash": row_hash,
        "version": notefacts.VERSION,
        "facts": json.dumps(analyse(interaction), ensure_ascii=False, separators=(",", ":")),
    }


def refresh(db: sqlite_utils.Database, changed: list[str], *, force: bool = False) -> None:
    """Recompute the facts of ``changed`` interactions (all of them if ``force`` or the rules
    changed since they were stored)."""
    ids = changed
    if force or store.get_meta(db, VERSION_KEY) != str(notefacts.VERSION):
        ids = store.interaction_ids(db)
    for start in range(0, len(ids), 1000):
        chunk = ids[start : start + 1000]
        hashes = store.existing_hashes(db, "interactions", chunk)
        rows = store.interactions_by_id(db, chunk)
        facts = [fact_row(r, hashes[r["interaction_id"]]) for r in rows]
        store.replace_derived(db, "note_facts", "interaction_id", chunk, facts)
    store.set_meta(db, VERSION_KEY, str(notefacts.VERSION))


def catch_up(db: sqlite_utils.Database) -> None:
    """Facts for every interaction that has none, or stale ones, and none for interactions no
    longer stored: for rows that arrived other than by ingest (a team pull)."""
    db.execute(
        "DELETE FROM note_facts "
        "WHERE interaction_id NOT IN (SELECT interaction_id FROM interactions)"
    )
    stale = [
        r[0]
        for r in db.execute(
            "SELECT i.interaction_id FROM interactions i LEFT JOIN note_facts n "
            "ON n.interaction_id = i.interaction_id AND n.row_hash = i.row_hash "
            "AND n.version = ? WHERE n.interaction_id IS NULL",
            [notefacts.VERSION],
        )
    ]
    refresh(db, stale)
