"""National identity and health numbers that their shape and check digits give away, with no
label in front of them.

A note may carry a Swiss AHV number ("756.1234.5678.97"), a French NIR read off a carte Vitale
(15 digits ending in a mod-97 key), an Italian codice fiscale (16 letters and digits in a fixed
pattern) or an Australian IHI (16 digits starting 800360, Luhn): each is one person's, and the
check digits make a chance match with a phone, lot or order number rare. A clinician's
identifier (the HPI-I starts 800361) is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from prepcli.phi.spans import Span

# The digit look-ahead first: most positions in a note fail at once.
_AHV_RE = re.compile(r"(?<![\w.])(?=7)756([. ]?)\d{4}\1\d{4}\1\d{2}(?![\w.]|-\d)")
_NIR_RE = re.compile(
    r"(?<![\w.])(?=[12])[12][ ]?\d{2}[ ]?(?:0[1-9]|1[0-2]|[2-9]\d)[ ]?(?:\d{2}|2[AB])[ ]?"
    r"\d{3}[ ]?\d{3}[ ]?\d{2}(?![\w.])"
)
_CODICE_FISCALE_RE = re.compile(r"(?<!\w)[A-Z]{6}\d{2}[A-EHLMPRST]\d{2}[A-Z]\d{3}[A-Z](?!\w)")
_IHI_RE = re.compile(r"(?<![\w.])(?=8)8003[ ]?60\d{2}[ ]?\d{4}[ ]?\d{4}(?![\w.]|-\d)")


def _digits(raw: str) -> str:
    return "".join(c for c in raw if c.isdigit())


def _ean13(digits: str) -> bool:
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(digits[:-1]))
    return (10 - total % 10) % 10 == int(digits[-1])


def _luhn(digits: str) -> bool:
    total = 0
    for i, d in enumerate(reversed(digits)):
        n = int(d) * (2 if i % 2 else 1)
        total += n - 9 if n > 9 else n
    return total % 10 == 0


def _nir(raw: str) -> bool:
    chars = raw.replace(" ", "")
    if len(chars) != 15:
        return False
    # Corsica's departments 2A and 2B count as 19 and 18 in the key.
    body = chars[:13].replace("2A", "19", 1) if chars[5:7] == "2A" else chars[:13]
    body = body.replace("2B", "18", 1) if chars[5:7] == "2B" else body
    if not body.isdigit():
        return False
    return 97 - int(body) % 97 == int(chars[13:])


def find_national_ids(text: str) -> Iterator[Span]:
    """SSN-type spans for national identity numbers, MRN-type for health identifiers."""
    if "756" in text:
        for m in _AHV_RE.finditer(text):
            if _ean13(_digits(m.group())):
                yield Span(m.start(), m.end(), "SSN")
    for m in _NIR_RE.finditer(text):
        if _nir(m.group()):
            yield Span(m.start(), m.end(), "SSN")
    for m in _CODICE_FISCALE_RE.finditer(text):
        yield Span(m.start(), m.end(), "SSN")
    if "8003" in text:
        for m in _IHI_RE.finditer(text):
            if _luhn(_digits(m.group())):
                yield Span(m.start(), m.end(), "MRN")
