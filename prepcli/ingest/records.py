"""What a reader hands to validation: one raw row and where it came from."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

KINDS = ("hcps", "interactions", "content", "schedule")


@dataclass(frozen=True)
class SourceRow:
    """One input record before validation.

    ``row`` is what a user needs to find it again: the line number for CSV and JSON Lines,
    the array index for JSON (as ``"[3]"``), ``None`` for a markdown file (the file is the record).
    ``data`` maps contract field names to raw values (strings, or JSON values).
    """

    file: str
    row: int | str | None
    kind: str
    data: dict[str, Any] = field(default_factory=dict)
