"""Facts each interaction's own text states, worked out once at ingest and stored (table
``note_facts``, filled by ``ingest/note_facts.py``), so `prep` combines stored facts with the
briefing date instead of reading every note again.

A fact here depends on one interaction alone: never on the briefing date, the viewer or the
other interactions. Each is computed by the module that uses it (``digest``, ``commitments``,
``materials``, ``besttimes``); ``stored`` hands it the stored value when the row carries one, so
those pure functions give the same answer on a bare dict as on a row read from the store.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

# Bump when any rule that computes a stored fact changes: facts of another version are not
# used (computed afresh at `prep`) until the next ingest or `prepcli reindex` rewrites them.
VERSION = 1

T = TypeVar("T")


def stored(interaction: dict[str, Any], key: str, compute: Callable[[dict[str, Any]], T]) -> T:
    """The fact ``key`` of ``interaction`` as stored at ingest, else computed from its text."""
    facts = interaction.get("facts")
    if facts is not None and key in facts:
        return facts[key]  # type: ignore[no-any-return]
    return compute(interaction)
