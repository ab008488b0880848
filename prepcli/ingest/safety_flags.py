"""Keep the stored safety flags in step with the interactions, inside the ingest transaction.

Only new and changed interactions are checked, unless the basis of detection changed (a new
product name in the store, a new lexicon or detector): then every interaction is checked again,
because a note written before "Zelvora" was known as the company's product may now hold a case.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import sqlite_utils

from prepcli import safety, store
from prepcli.ingest.validate import FREE_TEXT

BASIS_KEY = "safety_basis"


def _basis(products: list[str], aliases: Mapping[str, str] | None = None) -> str:
    # The rules live in the code as much as in the lexicon: a change to either rechecks all.
    rules = safety.LEXICON_PATH.read_bytes() + Path(safety.__file__).read_bytes()
    names = json.dumps([products, sorted((aliases or {}).items())])
    return hashlib.sha256(rules + names.encode()).hexdigest()


def flag_rows(
    interaction: dict[str, Any], products: list[str], aliases: Mapping[str, str] | None = None
) -> list[dict[str, Any]]:
    """The stored rows for one interaction's possible cases (none when it holds none)."""
    fields = {name: interaction.get(name) for name in FREE_TEXT["interactions"]}
    result = safety.assess(fields, products, interaction.get("products") or [], aliases=aliases)
    return [
        {
            "flag_id": f"{interaction['interaction_id']}#{n}",
            "interaction_id": interaction["interaction_id"],
            "hcp_id": interaction["hcp_id"],
            "function": interaction["function"],
            "date": interaction["date"],
            "channel": interaction["channel"],
            "field": f.field,
            "product": f.product,
            "kind": f.kind,
            "event": f.event,
            "sentence": f.sentence,
            "elements": json.dumps(result.elements, sort_keys=True),
            "reported": int(result.reported),
        }
        for n, f in enumerate(result.findings)
    ]


def refresh(db: sqlite_utils.Database, changed: list[str], *, force: bool = False) -> int:
    """Recheck ``changed`` interactions (all of them if the basis moved or ``force``); return
    how many interactions now carry an unreported flag."""
    products = store.company_products(db)
    # "Veltrana (zoravetinib)" in the company's content: a note naming only the generic names
    # the company's product, not another company's drug.
    aliases = safety.generic_names(store.content_texts(db), products)
    basis = _basis(products, aliases)
    ids = changed
    if force or store.get_meta(db, BASIS_KEY) != basis:
        ids = store.interaction_ids(db)
    for start in range(0, len(ids), 1000):
        chunk = ids[start : start + 1000]
        rows = store.interactions_by_id(db, chunk)
        store.replace_derived(
            db,
            "safety_flags",
            "flag_id",
            chunk,
            [f for r in rows for f in flag_rows(r, products, aliases)],
        )
    store.set_meta(db, BASIS_KEY, basis)
    row = db.execute(
        "SELECT COUNT(DISTINCT interaction_id) FROM safety_flags WHERE reported = 0"
    ).fetchone()
    return int(row[0])
