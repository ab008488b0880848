"""`prepcli search` and `prepcli reindex` through the CLI, on the tiny dataset."""

from __future__ import annotations

import json
import sqlite3
from datetime import date

import pytest

from prepcli import store as store_module
from prepcli.cli import app


@pytest.fixture
def store(runner, tiny_data, db_path):
    assert runner.invoke(app, ["ingest", str(tiny_data)]).exit_code == 0
    return db_path


def search(runner, *args):
    result = runner.invoke(app, ["search", *args, "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_hits_carry_source_date_or_approval_code_and_passage(runner, store):
    hits = search(runner, "Veltrana dosing", "--role", "rep")
    interaction = next(h for h in hits if h["kind"] == "interactions")
    assert {"id", "hcp_id", "date", "channel", "passage", "ranks"} <= interaction.keys()
    content = next(h for h in hits if h["kind"] == "content")
    assert content["approval_code"] == "US-ONC-2026-0142" and content["expires_on"]


def test_kind_and_hcp_filters(runner, store):
    assert {h["kind"] for h in search(runner, "dosing", "--kind", "content")} == {"content"}
    hits = search(runner, "congress invitation dosing", "--hcp", "Lindqvist", "--role", "msl")
    assert hits and all(h.get("hcp_id") == "H002" for h in hits if h["kind"] == "interactions")


def test_each_mode_returns_its_own_ranks(runner, store):
    for mode in ("bm25", "dense"):
        hits = search(runner, "dosing", "--mode", mode)
        assert hits and all(set(h["ranks"]) == {mode} for h in hits)


def test_unknown_mode_or_kind_is_a_clear_error(runner, store):
    for args in (["--mode", "fuzzy"], ["--kind", "emails"], ["--role", "boss"]):
        result = runner.invoke(app, ["search", "x", *args])
        assert result.exit_code == 2 and "Error:" in result.stderr


def test_reindex_re_embeds_everything_and_leaves_a_fresh_index(runner, store, db_path):
    result = runner.invoke(app, ["reindex"])
    assert result.exit_code == 0, result.output
    passages = sqlite3.connect(db_path).execute("SELECT COUNT(*) FROM passages").fetchone()[0]
    assert f"embedded {passages} passages" in result.stderr
    status = runner.invoke(app, ["status"]).stdout
    assert "fresh" in status
    # The derived index can be deleted: the next search rebuilds it from the store.
    for f in (db_path.parent / "store.db.index").iterdir():
        f.unlink()
    rebuilt = runner.invoke(app, ["search", "dosing", "--json"])
    assert rebuilt.exit_code == 0 and "Rebuilding the search index" in rebuilt.stderr


def test_as_of_decides_which_content_is_valid(runner, store):
    def content(as_of):
        hits = search(runner, "dosing guide", "--kind", "content", "--as-of", as_of)
        return {h["id"] for h in hits}

    assert "C001" in content("2026-06-01")
    assert "C001" not in content("2027-02-01")  # expired 2027-01-15
    assert "C001" not in content("2025-12-01")  # not yet approved
    result = runner.invoke(app, ["search", "dosing", "--as-of", "soon"])
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.stderr


def test_field_vocabulary_finds_notes_in_other_words(runner, store, tmp_path, monkeypatch):
    # Nothing in the tiny notes says "leaflet"; a user's vocabulary maps it to "leave-behind".
    assert not search(runner, "leaflet", "--mode", "bm25")
    mine = tmp_path / "vocab.toml"
    mine.write_text('[[group]]\nterms = ["leaflet", "leave-behind"]\n')
    monkeypatch.setenv("PREPCLI_VOCABULARY", str(mine))
    assert [h["id"] for h in search(runner, "leaflet", "--mode", "bm25")] == ["I001"]


def test_hcp_scope_applies_the_content_rules(runner, store):
    def content(*args):
        return {
            h["id"] for h in search(runner, "Veltrana dosing guide", "--kind", "content", *args)
        }

    assert "C001" in content("--as-of", "2026-10-20")
    # Dr. Lindqvist has Veltrana restricted.
    assert "C001" not in content("--hcp", "Lindqvist", "--as-of", "2026-10-20")
    # Shared with Dr. Okafor on 2026-10-02: not offered again within 60 days.
    assert "C001" not in content("--hcp", "Okafor", "--as-of", "2026-10-20")
    assert "C001" in content("--hcp", "Okafor", "--as-of", "2026-12-15")


def test_keyword_ranking_reaches_past_matches_the_role_may_not_see(runner, tmp_path, db_path):
    # The best 40 matches are medical notes; a rep's few visible ones rank below all of them,
    # so the ranked slice is deepened until enough visible passages are found.
    folder = tmp_path / "crowded"
    folder.mkdir()
    (folder / "hcps.csv").write_text("hcp_id,name,specialty\nH1,Dr. Amara Okafor,Oncology\n")
    rows = [
        {
            "interaction_id": f"M{n:02d}",
            "hcp_id": "H1",
            "date": "2026-10-01",
            "channel": "medical_inquiry",
            "function": "medical",
            "notes": "Formulary formulary formulary.",
        }
        for n in range(40)
    ] + [
        {
            "interaction_id": f"C{n}",
            "hcp_id": "H1",
            "date": "2026-10-01",
            "channel": "in_person",
            "function": "commercial",
            "notes": "Formulary came up once in a long talk about staffing and parking.",
        }
        for n in range(3)
    ]
    (folder / "interactions.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    assert runner.invoke(app, ["ingest", str(folder)]).exit_code == 0
    db = store_module.open_store(db_path, create=False)
    for limit in (1, 2, 3, 5, 50):
        rep = store_module.search_fts(
            db, '"formulary"', role="rep", today=date(2026, 11, 23), limit=limit
        )
        assert [r["source_id"] for r in rep] == ["C0", "C1", "C2"][:limit]
    msl = store_module.search_fts(db, '"formulary"', role="msl", today=date(2026, 11, 23), limit=5)
    assert all(r["source_id"].startswith("M") for r in msl) and len(msl) == 5


def test_a_killed_reindex_leaves_every_passage_a_vector_and_the_next_run_finishes_it(
    store, db_path, monkeypatch
):
    """Found by an audit: a reindex killed halfway had deleted every vector first, so search
    and briefings ran on none until the next reindex."""
    from prepcli import index
    from prepcli.embed import FakeEmbedder

    class DiesAfterOneSlice(FakeEmbedder):
        slices = 0

        def embed_spans(self, texts, spans):  # type: ignore[no-untyped-def]
            DiesAfterOneSlice.slices += 1
            if DiesAfterOneSlice.slices > 1:
                raise KeyboardInterrupt
            return super().embed_spans(texts, spans)

    monkeypatch.setattr(index, "SLICE", 2)
    db = store_module.open_store(db_path)
    passages = db.execute("SELECT COUNT(*) FROM passages").fetchone()[0]
    with pytest.raises(KeyboardInterrupt):
        index.embed_pending(db, DiesAfterOneSlice(), force=True)
    assert db.execute("SELECT COUNT(*) FROM embeddings").fetchone()[0] == passages
    assert store_module.get_meta(db, index.REEMBED_KEY) is not None
    # The next run, an ingest's, forced or not, embeds everything again and says it is done.
    report = index.embed_pending(db, FakeEmbedder())
    assert report.embedded == passages
    assert store_module.get_meta(db, index.REEMBED_KEY) is None
    assert index.embed_pending(db, FakeEmbedder()).embedded == 0
