"""Every SQL statement `prep` and `search` run is checked with EXPLAIN QUERY PLAN: none may
read all of passages, interactions or embeddings. Plans do not depend on table sizes here
(the store is never ANALYZEd), so the tiny dataset shows the plan a 1M-row store gets."""

from __future__ import annotations

import json
import re
import sqlite3
from datetime import date

import pytest

from prepcli import service
from prepcli.cli import app

BIG_TABLES = ("passages", "interactions", "embeddings")
AS_OF = date(2026, 11, 23)
FAKE = "fake-trigram-384"


@pytest.fixture
def traced(runner, tiny_data, db_path, monkeypatch):
    """The store, and a list that collects every statement run on any connection opened
    after this point (SQL with its parameters filled in)."""
    # SQLite weighs an IN list by its length, so search must see as many candidates as it
    # does on a real store (a hundred and more): the tiny dataset plus generated notes.
    more = [
        {
            "interaction_id": f"G{n:04d}",
            "hcp_id": "H001" if n % 2 else "H002",
            "date": f"2026-{1 + n % 10:02d}-{1 + n % 27:02d}",
            "channel": "in_person",
            "function": "medical" if n % 5 == 0 else "commercial",
            "subject": f"Visit {n} on dosing",
            "notes": f"Discussed dosing guide number {n}. Will send the summary {n}.",
        }
        for n in range(400)
    ]
    extra = tiny_data.parent / "more.jsonl"
    extra.write_text("".join(json.dumps(r) + "\n" for r in more))
    assert runner.invoke(app, ["ingest", str(tiny_data)]).exit_code == 0
    result = runner.invoke(app, ["ingest", str(extra), "--kind", "interactions"])
    assert result.exit_code == 0, result.output
    statements: list[str] = []
    connect = sqlite3.connect

    def tracing_connect(*args, **kwargs):
        conn = connect(*args, **kwargs)
        conn.set_trace_callback(statements.append)
        return conn

    monkeypatch.setattr(sqlite3, "connect", tracing_connect)
    return db_path, statements


def _aliases(sql: str) -> set[str]:
    names = set(BIG_TABLES)
    for _table, alias in re.findall(
        r"\b(passages|interactions|embeddings)\b\s+(?:AS\s+)?(\w+)", sql, re.IGNORECASE
    ):
        if alias.upper() not in {"ON", "WHERE", "JOIN", "LEFT", "ORDER", "GROUP", "LIMIT", "USING"}:
            names.add(alias)
    return names


def _reads_a_whole_kind(sql: str, detail: str) -> bool:
    """An index search on ``source_kind`` alone reads every passage of that kind. That is
    fine for content (thousands at most), never for interactions (millions)."""
    if "(source_kind=?)" not in detail:
        return False
    indexable = re.findall(r"(?<!\+)p\.source_kind = '(\w+)'", sql)
    return "interactions" in indexable


def full_scans(db_path, statements: list[str]) -> list[tuple[str, str]]:
    conn = sqlite3.connect(db_path)
    found = []
    for sql in statements:
        if not re.match(r"\s*(SELECT|WITH)\b", sql, re.IGNORECASE):
            continue
        names = _aliases(sql)
        for row in conn.execute("EXPLAIN QUERY PLAN " + sql):
            detail = row[3]
            # "SEARCH t USING INDEX i" with no "(col=?)" after it walks the whole index,
            # except for MIN/MAX of a bare indexed column, which reads one end of it.
            m = re.match(r"SCAN (\w+)", detail) or (
                re.fullmatch(r"SEARCH (\w+) USING (?:COVERING )?INDEX \w+", detail)
                if not re.search(r"\b(?:MIN|MAX)\(\s*\w+\s*\)", sql, re.IGNORECASE)
                else None
            )
            if (m and m.group(1) in names) or _reads_a_whole_kind(sql, detail):
                found.append((" ".join(sql.split())[:200], detail))
    return found


def test_prep_reads_no_big_table_whole(traced):
    db_path, statements = traced
    for role in ("rep", "msl"):
        service.prep(db_path, "Dr. Okafor", role=role, as_of=AS_OF)
        service.prep(db_path, "Okafor", role=role, as_of=AS_OF, topic="dosing", model=FAKE)
    assert statements, "the trace saw no SQL"
    assert full_scans(db_path, statements) == []


@pytest.mark.parametrize(
    "options",
    [
        {},
        {"mode": "dense"},
        {"mode": "bm25"},
        {"kind": "content"},
        {"kind": "interactions"},
        {"hcp": "Dr. Okafor"},
        {"hcp": "Dr. Okafor", "kind": "interactions"},
    ],
)
def test_search_reads_no_big_table_whole(traced, options):
    db_path, statements = traced
    for role in ("rep", "msl"):
        service.search(
            db_path, "dosing guide", role=role, model=FAKE, today=AS_OF, limit=5, **options
        )
    assert statements, "the trace saw no SQL"
    assert full_scans(db_path, statements) == []
