"""Everyday words of German, Spanish, French, Italian, Dutch and Portuguese.

Notes mix in clinical letters of those languages, where capitalised words are nouns ("Bitte
Unterlagen", "Aktuelle Anamnese"), sentence starts and institutions ("Complejo Hospitalario",
"Cirugía Plástica"); no English dictionary knows them, and two of them side by side look like
a name nobody listed. The list is built from pyspellchecker's word-frequency lists (MIT) by
bench/phi_foreign_words_build.py, which says what it keeps, and shipped in data/.

Half a million words as Python strings would cost ~40 MB; the list is kept as one sorted
block of bytes (6 MB) and a word is found by bisecting it. It is read on first use (~0.1 s), at
ingest only, and only when a note holds two such capitalised words side by side.
"""

from __future__ import annotations

import gzip
from functools import cache, lru_cache
from importlib import resources


@cache
def _block() -> bytes:
    data = resources.files("prepcli.phi").joinpath("data", "foreign_words.txt.gz")
    with data.open("rb") as raw:
        return gzip.decompress(raw.read())


@lru_cache(maxsize=16384)
def foreign(word: str) -> bool:
    """Whether ``word`` (any case) is a word of one of those languages."""
    key = word.lower().encode("utf-8")
    block = _block()
    lo, hi = 0, len(block)
    # lo always opens a line; each step halves [lo, hi) by the line around its middle
    while lo < hi:
        start = block.rfind(b"\n", 0, (lo + hi) // 2) + 1
        start = max(start, lo)
        end = block.find(b"\n", start)
        line = block[start:end]
        if line == key:
            return True
        if line < key:
            lo = end + 1
        else:
            hi = start
    return False
