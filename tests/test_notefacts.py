"""Note facts: what each interaction's text states, computed at ingest and stored, so `prep`
reads stored facts instead of every note. The store stays the truth: the facts are rebuilt by a
migration, an ingest or `reindex`, erased with the HCP, never used when stale, and a briefing
made from them is the briefing made from the notes themselves."""

from __future__ import annotations

import json
import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from prepcli import briefing, notefacts, service, store
from prepcli.embed import FakeEmbedder
from prepcli.ingest.note_facts import analyse

SAMPLE = Path(__file__).resolve().parent.parent / "sample_data"
AS_OF = date(2026, 11, 23)


@pytest.fixture(scope="module")
def sample_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("facts") / "store.db"
    service.ingest(db, [SAMPLE], model=FakeEmbedder.model_id)
    return db


@pytest.fixture
def sample_copy(sample_store: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "copy.db"
    source = sqlite3.connect(sample_store)
    source.execute(f"VACUUM INTO '{copy}'")
    source.close()
    return copy


def _facts(db: Path) -> dict[str, tuple[int, str]]:
    conn = sqlite3.connect(db)
    rows = conn.execute("SELECT interaction_id, version, facts FROM note_facts").fetchall()
    conn.close()
    return {iid: (version, facts) for iid, version, facts in rows}


def test_every_interaction_has_the_facts_its_text_states(sample_store):
    db = store.open_store(sample_store, create=False)
    ids = store.interaction_ids(db)
    stored = _facts(sample_store)
    assert set(stored) == set(ids)
    for row in store.interactions_by_id(db, ids):
        version, facts = stored[row["interaction_id"]]
        assert version == notefacts.VERSION
        assert json.loads(facts) == json.loads(json.dumps(analyse(row)))


@pytest.mark.parametrize("role", ["rep", "msl"])
def test_briefings_from_stored_facts_are_those_read_from_the_notes(sample_copy, role):
    """Every sample HCP, with the facts table and without it (each note read again)."""
    db = store.open_reader(sample_copy)
    hcps = store.all_hcps(db)

    def briefings() -> list[dict]:
        return [
            briefing.build(db, h, role=role, as_of=AS_OF, generated_at="fixed").to_dict()
            for h in hcps
        ]

    from_facts = briefings()
    db.execute("DELETE FROM note_facts")
    db.commit()
    assert from_facts == briefings()


def test_a_rep_never_reads_the_facts_of_a_medical_record(sample_store):
    db = store.open_reader(sample_store)
    medical = {
        r[0]
        for r in db.execute(
            "SELECT n.hcp_id FROM note_facts n WHERE n.function = 'medical' AND n.facts != ?",
            [json.dumps(analyse({"interaction_id": "x", "channel": "in_person"}))],
        )
    }
    assert medical, "the sample store should hold facts from medical notes"
    for hcp_id in sorted(medical)[:5]:
        rows = store.visible_interactions(db, hcp_id, "rep", until=AS_OF, facts=True)
        assert rows and all(r["function"] == "commercial" for r in rows)
        assert all(r["facts"] is not None for r in rows)
        msl = store.visible_interactions(db, hcp_id, "msl", until=AS_OF, facts=True)
        assert any(r["function"] == "medical" and r["facts"] for r in msl)


def test_forget_erases_the_facts(sample_copy):
    service.forget(sample_copy, "HCP-0001")
    conn = sqlite3.connect(sample_copy)
    left = conn.execute("SELECT COUNT(*) FROM note_facts WHERE hcp_id = 'HCP-0001'").fetchone()
    orphans = conn.execute(
        "SELECT COUNT(*) FROM note_facts WHERE interaction_id NOT IN "
        "(SELECT interaction_id FROM interactions)"
    ).fetchone()
    assert left == (0,) and orphans == (0,)


def test_stale_facts_are_not_used_and_reindex_rewrites_them(sample_copy):
    conn = sqlite3.connect(sample_copy)
    conn.execute("UPDATE note_facts SET version = version - 1, facts = '{}'")
    conn.commit()
    conn.close()
    db = store.open_reader(sample_copy)
    rows = store.visible_interactions(db, "HCP-0001", "msl", until=AS_OF, facts=True)
    assert rows and all(r["facts"] is None for r in rows)
    service.reindex(sample_copy, FakeEmbedder.model_id)
    assert {v for v, _ in _facts(sample_copy).values()} == {notefacts.VERSION}


def test_a_changed_interaction_gets_new_facts(sample_copy, tmp_path):
    changed = {
        "interaction_id": "NF-1",
        "hcp_id": "HCP-0001",
        "date": "2026-11-20",
        "channel": "in_person",
        "function": "commercial",
        "notes": "Will send the dosing card. PA denied for Veltrana at the payer.",
    }
    data = tmp_path / "interactions.jsonl"
    data.write_text(json.dumps(changed) + "\n")
    service.ingest(sample_copy, [data], model=FakeEmbedder.model_id)
    first = json.loads(_facts(sample_copy)["NF-1"][1])
    assert first["access"] == "PA denied for Veltrana at the payer."
    changed["notes"] = "Quick hello."
    data.write_text(json.dumps(changed) + "\n")
    service.ingest(sample_copy, [data], model=FakeEmbedder.model_id)
    second = json.loads(_facts(sample_copy)["NF-1"][1])
    assert second["access"] is None and second["commitments"] == []


def test_the_migration_fills_the_facts_of_an_existing_store(sample_copy, tmp_path):
    old = tmp_path / "old.db"
    shutil.copy(sample_copy, old)
    conn = sqlite3.connect(old)
    conn.execute("DROP TABLE note_facts")
    conn.execute("DELETE FROM meta WHERE key = 'note_facts_version'")
    conn.execute("PRAGMA user_version = 7")
    conn.commit()
    conn.close()
    db = store.open_reader(old)  # a briefing's reader migrates a store that needs it
    assert store.schema_version(db) == store.SCHEMA_VERSION
    assert _facts(old).keys() == _facts(sample_copy).keys()


@pytest.mark.parametrize("role", ["rep", "msl"])
def test_a_pack_shares_its_set_up_and_gives_each_call_its_own_briefing(sample_copy, role):
    pack = service.day_pack(sample_copy, date(2026, 11, 24), week=True, role=role, generated_at="x")
    assert len(pack.briefings) > 3
    db = store.open_reader(sample_copy)
    for b in pack.briefings:
        hcp = store.get_hcp(db, b.hcp.hcp_id)
        alone = briefing.build(
            db, hcp, role=role, as_of=date.fromisoformat(b.as_of), generated_at="x"
        )
        assert b.to_dict() == alone.to_dict()


def test_catch_up_fills_missing_facts_and_drops_orphans(sample_copy):
    """Rows that arrive other than by ingest (a team pull) get their facts the same way."""
    from prepcli.ingest import note_facts

    db = store.open_store(sample_copy, create=False)
    with store.write_transaction(db):
        db.execute("DELETE FROM note_facts WHERE hcp_id = 'HCP-0002'")
        db.execute(
            "INSERT INTO note_facts VALUES ('GONE', 'HCP-0002', 'commercial', 'x', ?, '{}')",
            [notefacts.VERSION],
        )
        note_facts.catch_up(db)
    assert set(_facts(sample_copy)) == set(store.interaction_ids(db))
