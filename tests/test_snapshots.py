"""Golden markdown briefings for two sample HCPs in both roles, on sample_data/ with the fake
embedder. A change to the briefing shows up here as a readable diff; after checking it, accept
it with `pytest tests/test_snapshots.py --snapshot-update`."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from prepcli import render, service
from prepcli.embed import FakeEmbedder

SAMPLE = Path(__file__).resolve().parent.parent / "sample_data"


@pytest.fixture(scope="module")
def sample_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("sample") / "store.db"
    service.ingest(db, [SAMPLE], model=FakeEmbedder.model_id)
    return db


@pytest.mark.parametrize("role", ["rep", "msl"])
@pytest.mark.parametrize("hcp", ["HCP-0001", "HCP-0010"])
def test_markdown_briefing(sample_store, snapshot, hcp, role):
    briefing = service.prep(
        sample_store, hcp, role=role, as_of=date(2026, 11, 23), generated_at="2026-11-23T08:00:00Z"
    )
    assert render.to_markdown(briefing) == snapshot
