"""Identifiers read out in words, as a call's transcript writes them: a date of birth ("March
fourth, nineteen sixty-one"), a social security number or a record number read digit by digit
("my social is one two three, four five, ...", "mi DNI es cuatro cuatro siete ..."). Phones read
out are found in phones.py; here a run of digit words is typed by the label right before it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from prepcli.phi.dates import find_spoken_dobs
from prepcli.phi.phones import DIGIT_WORDS, SPOKEN_DIGITS_RE
from prepcli.phi.spans import Span

# The label a few words before the digits ("my social is", "his MRN as", "member ID, that's").
_LABEL_RE = re.compile(
    r"\b(?i:(?P<ssn>ssn|social(?:[ \t]+security)?(?:[ \t]+(?:number|no\.?|\#))?|ss[ \t]*\#"
    # other countries' national numbers, read out in their language: "mi DNI es cuatro ..."
    r"|dni|nie|nif|cpf|curp|rut|run|bsn|pesel|c[ée]dula|aadhaar|personnummer|nir|insee"
    r"|s[ée]cu(?:rit[ée][ \t]+sociale)?|codice[ \t]+fiscale|sozialversicherungsnummer)"
    r"|(?P<mrn>mrn|medical[ \t]+record(?:[ \t]+number)?|record[ \t]+number|chart[ \t]+number"
    r"|patient[ \t]+(?:id|number)|member[ \t]+id|mrn[ \t]+number))\b"
    r"[^.\n\d;]{0,25}$"
)
_HINTS = (
    "birth", "born", "dob", "d.o.b", "social", "ssn", "mrn", "record", "chart", "member",
    "patient", "ss",
    "dni", "nie", "nif", "cpf", "curp", "rut", "run", "bsn", "pesel", "dula", "aadhaar",
    "personnummer", "nir", "insee", "sécu", "secu", "fiscale", "sozialversicherung",
)  # fmt: skip
_ORDINAL_HINTS = frozenset(
    """first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth
    thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth
    thirtieth""".split()
)


def find_spoken_ids(text: str, low: str, words: frozenset[str]) -> Iterator[Span]:
    """DOB, SSN and MRN spans read out in words; ``low`` is the text lower-cased, ``words``
    its lower-cased words."""
    if not any(h in low for h in _HINTS):
        return
    if not words.isdisjoint(_ORDINAL_HINTS):
        yield from find_spoken_dobs(text)
    if len(words & DIGIT_WORDS) < 3:
        return
    for m in SPOKEN_DIGITS_RE.finditer(text):
        label = _LABEL_RE.search(text, max(0, m.start() - 50), m.start())
        if label is not None:
            yield Span(m.start(), m.end(), "SSN" if label.group("ssn") else "MRN")
