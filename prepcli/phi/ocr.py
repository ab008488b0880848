"""Digits that a scanner or fax read as letters: "O3/O4/l961", "44712O9", "6l4-555-Ol92".

OCR swaps look-alike characters, O for 0 and l or I for 1, inside numbers of faxed and scanned
forms. A run of digits, those letters and a number's separators, holding at least three real
digits and no other letter, is read with the letters as digits, one character for one, so the
number detectors see the number and the spans still fit the note as written.
"""

from __future__ import annotations

import re

_RUN_RE = re.compile(r"(?<![\w])[\dOoIl](?:[\dOoIl]|[/.-](?=[\dOoIl]))*[\dOoIl](?![\w])")
_SWAP = str.maketrans("OoIl", "0011")
# (a digit beside O, o, I or l; led by one character class, which is scanned for quickly)
_HINT_RE = re.compile(r"[\dOoIl](?:(?<=\d)[OoIl]|(?<=[OoIl])\d)")


def read_ocr_digits(text: str) -> str:
    """``text`` with look-alike letters inside numbers read as digits (same length)."""
    if _HINT_RE.search(text) is None:
        return text
    parts: list[str] = []
    pos = 0
    for m in _RUN_RE.finditer(text):
        run = m.group()
        digits = sum(c.isdigit() for c in run)
        letters = sum(c in "OoIl" for c in run)
        if letters and digits >= 3 and letters <= digits:
            parts.append(text[pos : m.start()])
            parts.append(run.translate(_SWAP))
            pos = m.end()
    if not parts:
        return text
    parts.append(text[pos:])
    return "".join(parts)
