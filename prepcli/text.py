"""Sentence splitting shared by chunking (index), key points and commitments (digest)."""

from __future__ import annotations

import re
from functools import lru_cache

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"'(\[]?[A-Z0-9])|\n\s*\n|\n(?=\s*[-*•]\s)")
# A list bullet opening a line; "-2+3" or "-20% dose" keep their sign.
_BULLET = re.compile(r"^[-*•]\s+")
# A period after these is not the end of a sentence ("Dr. Okafor", "approx. 30%").
_ABBREVIATIONS = frozenset(
    "dr mr mrs ms prof st vs approx e.g i.e no fig dept inc ltd jr sr pt".split()
)


def split_sentences(text: str) -> list[str]:
    return list(_sentences(text or ""))


def split_clauses(text: str) -> list[str]:
    """Sentences, with terse notes ("PA denied x3; tier 3 / prefers X") cut at their separators
    so each point stands alone."""
    return list(_clauses(text or ""))


# Ingest reads each note several times over (safety, substance, commitments, evidence): each
# note is split once.
@lru_cache(maxsize=1024)
def _sentences(text: str) -> tuple[str, ...]:
    parts = [
        _BULLET.sub("", re.sub(r"\s+", " ", p).strip()) for p in _SENTENCE_END.split(text or "")
    ]
    merged: list[str] = []
    for part in parts:
        if not part:
            continue
        if merged:
            last_word = merged[-1].rsplit(" ", 1)[-1].rstrip(".").lower()
            if merged[-1].endswith(".") and last_word in _ABBREVIATIONS:
                merged[-1] = f"{merged[-1]} {part}"
                continue
        merged.append(part)
    return tuple(merged)


@lru_cache(maxsize=1024)
def _clauses(text: str) -> tuple[str, ...]:
    out = []
    for sentence in _sentences(text):
        out += [c.strip(" -*•") for c in re.split(r"\s/\s|;\s", sentence) if c.strip(" -*•")]
    return tuple(out)
