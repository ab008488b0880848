"""Which view a store gives when no --role is asked for (store.viewer)."""

from __future__ import annotations

from pathlib import Path

import pytest

from prepcli import store
from prepcli.errors import PrepError


def _store(path: Path, role: str | None, default: str | None) -> object:
    db = store.open_store(path)
    with store.write_transaction(db):
        if role:
            store.set_store_role(db, role)
        if default:
            store.set_meta(db, store.DEFAULT_VIEWER_KEY, default)
    return db


@pytest.mark.parametrize(
    ("role", "default", "expected"),
    [
        (None, None, "rep"),  # a store of one's own: rep unless asked
        ("msl", None, "rep"),  # an MSL's own store: still asked for
        ("msl", "msl", "msl"),  # pulled by an MSL login
        ("rep", "rep", "rep"),  # pulled by a rep login
        ("rep", "msl", "rep"),  # a default that contradicts the store: the safe side
        ("msl", "admin?", "rep"),  # a default that cannot be read: the safe side
    ],
)
def test_the_default_view(tmp_path: Path, role: str | None, default: str | None, expected: str):
    assert store.viewer(_store(tmp_path / "s.db", role, default), None) == expected


def test_a_rep_store_refuses_the_msl_view_whatever_its_default(tmp_path: Path) -> None:
    db = _store(tmp_path / "s.db", "rep", "msl")
    with pytest.raises(PrepError, match="MSL view"):
        store.viewer(db, "msl")
    assert store.viewer(db, "rep") == "rep"
