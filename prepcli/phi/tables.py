"""Identifiers in a table pasted into a note: a header line names the columns
("patient_id,date_of_birth,zip", "MRN;Geburtsdatum;Telefon", or names aligned by spaces as a
fixed-width report prints them) and the rows below hold the values, with no label beside them.
Each value under a column that names an identifier is taken when it has that identifier's
shape (a date under a birth column, digits under a phone's). A two-column table of fields and
values ("| Patient ID | 4471290 |") is read the same way, row by row.
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
    # an address split over a table's cells ("| Street | City | Postcode |")
    **dict.fromkeys(
        """address addressline addr streetaddress homeaddress street city town suburb
        locality""".split(),
        "ADDRESS",
    ),
    # a postcode's column only beside a street's or town's (a lone "zip" column of a research
    # extract keeps the area: the rows are no one's address)
    **dict.fromkeys("postcode postalcode zip zipcode".split(), "POSTCODE"),
}
_DELIMITERS = (",", ";", "\t", "|")
# A fixed-width report's cells: words joined by single spaces, two or more spaces between cells
# ("MRN        DOB         PHONE").
_ALIGNED_CELL_RE = re.compile(r"\S+(?:[ ]\S+)*")
_DATE_RE = re.compile(rf"(?:{DATE})|(?:18|19|20)\d{{2}}", re.IGNORECASE)


def _kinds(names: list[str]) -> list[str | None]:
    kinds = [_COLUMNS.get(n) for n in names]
    postcode = "ADDRESS" if "ADDRESS" in kinds else None
    return [postcode if k == "POSTCODE" else k for k in kinds]


def _kind(value: str, kind: str) -> bool:
    digits = sum(c.isdigit() for c in value)
    if kind == "DOB":
        return _DATE_RE.fullmatch(value) is not None
    if kind == "MRN":
        return digits >= 3 and len(value) <= 24 and " " not in value.strip()
    if kind == "ADDRESS":
        # any cell's words but a markdown table's rule ("---") or a blank export's "nan"
        return any(c.isalnum() for c in value) and value.lower() not in ("nan", "n/a", "none")
    return 7 <= digits <= 15  # a national number's or a phone's digits


def split_cells(line: str, sep: str, offset: int) -> Iterator[tuple[int, int, str]]:
    """Each ``sep``-delimited cell of ``line`` (which starts at ``offset``) as its start, end and
    value, the spaces and quotes around it trimmed ('" Roger"' is "Roger")."""
    pos = offset
    for cell in line.split(sep):
        start, end = 0, len(cell)
        while start < end and (cell[start].isspace() or cell[start] == '"'):
            start += 1
        while end > start and (cell[end - 1].isspace() or cell[end - 1] == '"'):
            end -= 1
        yield pos + start, pos + end, cell[start:end]
        pos += len(cell) + 1


def _aligned(line: str, offset: int) -> list[tuple[int, int, str]]:
    return [
        (offset + m.start(), offset + m.end(), m.group()) for m in _ALIGNED_CELL_RE.finditer(line)
    ]


def _aligned_rows(lines: list[str], offsets: list[int], i: int) -> Iterator[Span]:
    """Values under the identifier-naming columns of a fixed-width report whose header is line
    ``i``: each row below has as many cells as the header."""
    header = _aligned(lines[i], offsets[i])
    kinds = _kinds([re.sub(r"[^a-z]", "", name.lower()) for _, _, name in header])
    if len(header) < 2 or not any(kinds):
        return
    for j in range(i + 1, len(lines)):
        cells = _aligned(lines[j], offsets[j])
        if len(cells) != len(header):
            break
        for kind, (start, end, value) in zip(kinds, cells, strict=True):
            if kind and _kind(value, kind):
                yield Span(start, end, kind)


def _field_value(line: str, offset: int) -> Iterator[Span]:
    """The value of a two-column table's row whose field names an identifier."""
    cells = [c for c in split_cells(line, "|", offset) if c[2]]
    if len(cells) == 2:
        kind = _COLUMNS.get(re.sub(r"[^a-z]", "", cells[0][2].lower()))
        kind = "ADDRESS" if kind == "POSTCODE" else kind  # a field row names its value
        start, end, value = cells[1]
        if kind and _kind(value, kind):
            yield Span(start, end, kind)


def table_spans(text: str) -> Iterator[Span]:
    """Spans of identifiers under identifier-naming columns of delimited or aligned rows."""
    lines = text.split("\n")
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)
    for i, line in enumerate(lines):
        if "|" in line:
            yield from _field_value(line, offsets[i])
    for i, header in enumerate(lines[:-1]):
        sep = next((d for d in _DELIMITERS if d in header), None)
        if sep is None:
            if "  " in header:
                yield from _aligned_rows(lines, offsets, i)
            continue
        names = [re.sub(r"[^a-z]", "", c.lower()) for c in header.split(sep)]
        kinds = _kinds(names)
        # (a header names two columns at least: an indented markup line's tabs make empty
        # cells before its one word, "\t\t</addr>", and the lines under it are no rows)
        if sum(1 for n in names if n) < 2 or not any(kinds):
            continue
        for j in range(i + 1, len(lines)):
            row = lines[j]
            if row.count(sep) != len(names) - 1 or not row.strip():
                break
            for kind, (start, end, value) in zip(
                kinds, split_cells(row, sep, offsets[j]), strict=True
            ):
                if kind and value and _kind(value, kind):
                    yield Span(start, end, kind)


# Columns whose cells hold a person: the patient (or a relative or the insured, whose name is
# as identifying), or a clinician, whose name stays. Compared with letters only, any script
# ("Nombre y apellidos" -> "nombreyapellidos").
_PATIENT_COLUMNS = frozenset(
    """patient patientname pt ptname name fullname patientfullname surname lastname firstname
    givenname familyname forename nombre nombreyapellidos apellidos paciente nom prénom prenom
    nomdupatient patiente naam patiënt patientnaam patiëntnaam vorname nachname
    namedespatienten patientin cognome nome nomeecognome utente nomedoutente doente
    imięinazwisko nazwisko imię pacjent pacient jménoapříjmení příjmení jméno beteg betegneve
    név hasta hastaadı adısoyadı ad soyad фио пациент client member subscriber insured
    beneficiary guardian nextofkin emergencycontact contactname relative caregiver mother father
    spouse""".split()
)
_CLINICIAN_COLUMNS = frozenset(
    """consultant physician doctor dr provider prescriber attending attendingphysician
    referringphysician referringdoctor referrer referredby gp pcp hcp clinician surgeon nurse
    pharmacist specialist treatingphysician seenby signedby author arzt ärztin hausarzt
    médecin médecintraitant médico medico lekarz lékař orvos hekim врач врачь rep
    representative salesrep owner accountowner kam msl""".split()
)
# Columns of things (a hospital, a practice, a site, a product) whose cells stay, as a
# clinician's do: "CS Delicias" under "Centro".
_THING_COLUMNS = frozenset(
    """account hospital clinic centre center centro centre practice site institution
    pharmacy facility ward department service servicio unit drug product medication medicine
    medicamento fármaco farmaco medikament präparat brand insurer payer plan krankenkasse
    klinik krankenhaus hôpital hopital ospedale szpital kórház hastane""".split()
)
# A person's cell: one to five words of letters (initials, particles, a title, "SURNAME,
# Given"), at least one capitalised.
_PERSON_CELL_RE = re.compile(r"(?=[^\d]*[A-ZÀ-ÖØ-ÞĀ-ſА-ЯΑ-Ω])[^\W\d_][\w.'’ ,-]{1,60}")
_MARKDOWN_RULE_RE = re.compile(r"[ \t|:-]+")


def _letters(cell: str) -> str:
    return "".join(c for c in cell.lower() if c.isalpha())


def _row_cells(line: str, sep: str, offset: int) -> list[tuple[int, int, str]]:
    """A row's cells; a Markdown row's outer bars open and close it, no cell."""
    if sep == "|" and line.strip().startswith("|"):
        lead = line.index("|") + 1
        body = line[lead:]
        body = body[: body.rstrip().rfind("|")] if body.rstrip().endswith("|") else body
        return list(split_cells(body, sep, offset + lead))
    return list(split_cells(line, sep, offset))


def _column_kind(name: str) -> str | None:
    if name in _PATIENT_COLUMNS:
        return "N"
    if name in _CLINICIAN_COLUMNS:
        return "H"
    return "I" if name in _THING_COLUMNS else None


def table_people(text: str) -> tuple[list[Span], list[Span]]:
    """The names in a table's person columns: (the patients', the kept ones: clinicians',
    staff's and things'). A header row split by tabs, bars or semicolons names the columns
    ("Patient\\tConsultant\\tProduct"; commas only where every column's name is known: "name,
    dob,mrn"), the rows below hold the values; a value in a patient's column is a name
    wherever it stands in the note (no cue is beside it), and one in a clinician's or a
    thing's column stays."""
    patients: list[Span] = []
    kept: list[Span] = []
    lines = text.split("\n")
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)
    for i, header in enumerate(lines[:-1]):
        sep = next((d for d in ("\t", "|", ";", ",") if d in header), None)
        if sep is None or any(ch.isdigit() for ch in header):
            continue
        names = [_letters(c[2]) for c in _row_cells(header, sep, offsets[i])]
        kinds = [_column_kind(n) for n in names]
        if len(names) < 2 or "N" not in kinds and "H" not in kinds:
            continue
        if sep == "," and not all(k or n in _COLUMNS for k, n in zip(kinds, names, strict=True)):
            continue
        for j in range(i + 1, len(lines)):
            row = lines[j]
            if sep == "|" and _MARKDOWN_RULE_RE.fullmatch(row):
                continue  # a Markdown table's rule under its header
            cells = _row_cells(row, sep, offsets[j]) if sep in row else []
            if len(cells) != len(names):
                break
            for kind, (start, end, value) in zip(kinds, cells, strict=True):
                if kind is None or not value:
                    continue
                if kind != "I" and not _PERSON_CELL_RE.fullmatch(value):
                    continue
                (patients if kind == "N" else kept).append(
                    Span(start, end, "PATIENT-NAME" if kind == "N" else "HCP")
                )
    return patients, kept
