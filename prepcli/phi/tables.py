"""Identifiers in a delimited export pasted into a note: a header line names the columns
("patient_id,date_of_birth,zip", "MRN;Geburtsdatum;Telefon") and the rows below hold the
values, with no label beside them. Each value under a column that names an identifier is taken
when it has that identifier's shape (a date under a birth column, digits under a phone's).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from prepcli.phi.dates import DATE
from prepcli.phi.spans import Span

# Column names, lower case with everything but letters dropped ("Date_of_Birth" -> "dateofbirth").
_COLUMNS: dict[str, str] = {
    **dict.fromkeys(
        """dob dateofbirth birthdate birthdt birthday geburtsdatum gebdatum datedenaissance
        ddn fechadenacimiento fechanacimiento datadinascita datadenascimento geboortedatum
        yob yearofbirth""".split(),
        "DOB",
    ),
    **dict.fromkeys(
        """mrn mr patientid ptid patid patientnumber medicalrecordnumber medicalrecordno
        recordnumber chartnumber chartno chartid urn nhsnumber nhsno chinumber ipp nip
        patientennummer patnr patientnummer nhc memberid subscriberid""".split(),
        "MRN",
    ),
    **dict.fromkeys(
        "ssn socialsecuritynumber socialsecurityno sin nationalid bsn nino".split(), "SSN"
    ),
    **dict.fromkeys(
        """phone phonenumber tel telephone telefon telefono mobile mobilephone cell cellphone
        homephone workphone""".split(),
        "PHONE",
    ),
}
_DELIMITERS = (",", ";", "\t", "|")
_DATE_RE = re.compile(rf"(?:{DATE})|(?:18|19|20)\d{{2}}", re.IGNORECASE)


def _kind(value: str, kind: str) -> bool:
    digits = sum(c.isdigit() for c in value)
    if kind == "DOB":
        return _DATE_RE.fullmatch(value) is not None
    if kind == "MRN":
        return digits >= 3 and len(value) <= 24 and " " not in value.strip()
    return 7 <= digits <= 15  # a national number's or a phone's digits


def _cells(line: str, sep: str, offset: int) -> Iterator[tuple[int, int, str]]:
    pos = offset
    for cell in line.split(sep):
        lead = len(cell) - len(cell.lstrip())
        value = cell.strip().strip('"')
        start = pos + lead + (1 if cell.strip().startswith('"') else 0)
        yield start, start + len(value), value
        pos += len(cell) + 1


def table_spans(text: str) -> Iterator[Span]:
    """Spans of identifiers under identifier-naming columns of delimited rows."""
    lines = text.split("\n")
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)
    for i, header in enumerate(lines[:-1]):
        sep = next((d for d in _DELIMITERS if d in header), None)
        if sep is None:
            continue
        names = [re.sub(r"[^a-z]", "", c.lower()) for c in header.split(sep)]
        kinds = [_COLUMNS.get(n) for n in names]
        if len(names) < 2 or not any(kinds):
            continue
        for j in range(i + 1, len(lines)):
            row = lines[j]
            if row.count(sep) != len(names) - 1 or not row.strip():
                break
            for kind, (start, end, value) in zip(kinds, _cells(row, sep, offsets[j]), strict=True):
                if kind and value and _kind(value, kind):
                    yield Span(start, end, kind)
