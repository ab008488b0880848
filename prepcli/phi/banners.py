"""A record number with no label on a patient banner's line.

A hospital system's banner puts the patient's name, birth date, sex and numbers on one row
with no labels ("JONES, Mary  12/03/1956  F  K4471293"; NHS Digital's patient banner standard,
ISB 1500: name, born, gender, NHS number, local identifier). Once a name and a birth date are
found on a line, an identifier-shaped token on it (six to twelve digits, or up to three capital
letters before six or more digits) is the patient's record number. A dose or a count on that
line has a unit or fewer digits, and a line of prose ("takes 1000000 units") or with no name
or no birth date is left alone.
"""

from __future__ import annotations

import re

from prepcli.phi.spans import Span

# A word of prose: three small letters or more (a banner's labels are capitals: "DOB", "NHS").
_PROSE_RE = re.compile(r"(?<![\w'’-])(?!(?:yrs|yo|age|years)\b)[a-z]{3,}\b")
_ID_RE = re.compile(r"(?<![\w./:-])(?:[A-Z]{1,3}\d{6,12}|\d{6,12})(?![\w/.:-]|[.,]\d)")


def banner_ids(text: str, found: list[Span]) -> list[Span]:
    """The identifier-shaped tokens of every line that holds a found patient name and a found
    birth date, outside what was found."""
    out: list[Span] = []
    lines: dict[int, set[str]] = {}
    for s in found:
        if s.type in ("PATIENT-NAME", "DOB"):
            start = text.rfind("\n", 0, s.start) + 1
            lines.setdefault(start, set()).add(s.type)
    for start, kinds in lines.items():
        if len(kinds) < 2:
            continue
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        # (a banner has no prose: "Mary Jones DOB 12/03/1956, takes 1000000 units" is a sentence)
        if _PROSE_RE.search(text, start, end):
            continue
        for m in _ID_RE.finditer(text, start, end):
            if not any(f.start < m.end() and m.start() < f.end for f in found):
                out.append(Span(m.start(), m.end(), "MRN"))
    return out
