"""Identifiers in a record's named fields pasted into a note: a CRM contact exported as JSON
("LastName": "Neames", "MailingCity": "Kansas City"), a YAML or config line
(first_name: Ngaio), an app's object ({"firstName": "Ana"}).

The key says what its value is, in any case and joining ("FirstName", "first_name",
"Preferred_Name__c"): a key is read as its words, without Salesforce's custom-field suffix and
without the words that only say whose or which one it is ("Mailing", "Home", "Patient").
A record number's key says whose record it numbers ("local_patient_id", "nhs_number"), and
its value holds a digit. A town, state or postcode key counts where the key says it is a
person's ("MailingCity", "home_zip") or the record also names a person by key: a bare "city"
in a record of nobody may be a clinic's. A record with a clinician's key (a specialty, an
NPI) names a clinician, whose name stays, from every detector. Phones and e-mails have shapes
of their own and are left to their rules.
"""

from __future__ import annotations

import re

from prepcli.phi.spans import Span

# A key in one word, then ":" or "=" and its value: quoted, the key and its string ("city":
# "Toledo"); or bare, a key that is a program's name for a field, or any key opening its line,
# and the rest of the line ("first_name: Ngaio", "city: Rotorua"; a trailing comma is the
# record's). A word of prose before a colon is a label, not a key ("Home Address: ...").
_KEY = r"[A-Za-z][A-Za-z0-9]*(?:_+[A-Za-z0-9]+)*"
_KEY_VALUE_RE = re.compile(
    rf"""(?:(?P<q>["'])(?P<key>{_KEY})(?P=q)|(?m:^)[ \t-]*(?P<lkey>{_KEY})"""
    rf"""|(?<![\w.-])(?P<pkey>[a-z]+[A-Z_]{_KEY}))[ \t]*[:=][ \t]*"""
    r"""(?:"(?P<dq>[^"\n]{1,120})"|'(?P<sq>[^'\n]{1,120})'|(?P<bare>[^\s"'{\[,][^\n,;}]{0,80}))"""
)
_KEY_WORD_RE = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")
# Words that say whose a field is or which of several it is, not what it holds.
_OWNERS = frozenset(
    """mailing home billing shipping other residential primary current permanent patient
    contact person customer client guest member subscriber guarantor emergency mother father
    spouse legal preferred""".split()
)
_NAME_KEYS = {
    ("first", "name"),
    ("last", "name"),
    ("given", "name"),
    ("family", "name"),
    ("middle", "name"),
    ("maiden", "name"),
    ("full", "name"),
    ("surname",),
    ("firstname",),
    ("lastname",),
    ("nickname",),
    ("nick", "name"),
}
_DOB_KEYS = {
    ("birthdate",),
    ("birth", "date"),
    ("date", "of", "birth"),
    ("dob",),
    ("birthday",),
    ("born", "on"),
}
_SSN_KEYS = {("ssn",), ("social", "security", "number"), ("social", "security", "no")}
# A record number's key: a number's word last, and whose record it numbers ("local_patient_id",
# "nhs_number", "memberId"); "id" alone numbers any object.
_NUMBER_WORDS = frozenset("id number no num nr".split())
# (a pharmacy benefit's cardholder, Medicare's beneficiary, an insurer's policy and a
# prescription number a pharmacy finds the patient by, too: "cardholder_id",
# "medicare_beneficiary_id", "rx_number"; a health record system's client, which is its
# patient ("client_id", OpenSRP's and OpenMRS's ids, "emr_number"), and the national patient
# numbers: New Zealand's NHI, Australia's IHI, Scotland's CHI, India's ABHA, a health card's)
_RECORD_WORDS = frozenset(
    """patient nhs mrn hospital member subscriber chart medicare medicaid insurance cardholder
    beneficiary policy rx prescription client opensrp openmrs emr ehr nhi ihi chi abha
    health""".split()
)
_STREET_KEYS = {
    ("street",),
    ("street", "address"),
    ("address",),
    ("address", "1"),
    ("address", "line"),
    ("address", "line", "1"),
    ("address", "line", "2"),
}
_PLACE_KEYS = {
    ("city",),
    ("city", "area"),
    ("district",),
    ("town",),
    ("state",),
    ("province",),
    ("postal", "code"),
    ("postcode",),
    ("zip",),
    ("zip", "code"),
    ("zipcode",),
}
# (a preferred name is a person's: "Preferred_Name__c")
_NAMED_BY_OWNER = {"preferred", "legal"}
_PLACEHOLDER_RE = re.compile(r"^.?$|[\d_:]")
# A key only a clinician's record holds, quoted or bare, before its colon. (Not a licence or
# a credential: a patient's record holds a driver's licence.)
_CLINICIAN_KEY_RE = re.compile(
    r"""["']?(?i:specialty|speciality|npi|provider_?type|practitioner_?id|doctor_?id)["']?"""
    r"""[ \t]*[:=]"""
)
# A key that says its value is a patient's, a member's or a client's ("patient_first_name").
_PATIENT_KEY_RE = re.compile(r"(?i)patient|member|subscriber|client|customer|guest|guarantor")
_EMPTY = frozenset("null none nil n/a na unknown undefined true false -".split())
# A form's labels stand where its values would ("first_name": "Given name", "city": "City"):
# a value made only of a field's words names the field, not anybody.
_FIELD_WORDS = frozenset(
    """given first last family middle name surname full street address line city town district
    area postal post zip code postcode state province region country or of and number p o box
    company apartment apt suite unit building floor flat house etc""".split()
)


def record_key_spans(text: str) -> list[Span]:
    """The values of a record's name, birth-date, address, record-number and SSN keys (see
    the module), and a clinician's record's names as HCP spans, which stay."""
    found: list[tuple[Span, str]] = []
    pos = 0
    while (m := _KEY_VALUE_RE.search(text, pos)) is not None:
        group = next(g for g in ("dq", "sq", "bare") if m.group(g) is not None)
        kind, whose = _kind(m.group("key") or m.group("lkey") or m.group("pkey"))
        # (a line's first word read as a key that says nothing may hold a record's keys in
        # its value: "patient = described_class.new(born_on: "1880-01-01")")
        pos = m.start(group) if kind is None and group == "bare" else m.end()
        value = m.group(group).strip()
        if value.lower() in _EMPTY or not any(c.isalnum() for c in value):
            continue
        if kind is None or form_label(value):
            continue
        if group == "bare":
            # (an unquoted value is a record's up to its line's end, and short; a label's in
            # prose runs on: "MRN: MRN-AZ-44-22119 on the label")
            if kind in ("MRN", "SSN"):
                value = value.split()[0]
            elif len(value.split()) > 4:
                continue
        if kind == "MRN" and not any(c.isdigit() for c in value):
            continue
        # (a test's placeholder is nobody's name: "X", "new_given_name", "::family name::")
        if kind == "PATIENT-NAME" and _PLACEHOLDER_RE.search(value) is not None:
            continue
        # (a clinician's record names the clinician: "specialty": "Cardiology", an NPI; kept
        # from every detector and the tagger, unless the key says it is a patient's)
        if (
            kind == "PATIENT-NAME"
            and _PATIENT_KEY_RE.search(m.group("key") or m.group("lkey") or m.group("pkey")) is None
            and _CLINICIAN_KEY_RE.search(_record(text, m.start(), m.end()))
        ):
            kind = "HCP"
        start = m.start(group) + m.group(group).index(value)
        found.append((Span(start, start + len(value), kind), whose))
    # A town's key alone says whose only with an owner's word; a person's key in the record
    # says it for every one, and so does a street line with a town or postcode: a record with
    # both is an address, somebody's, and its plain "name" is the addressee's (name: "Fox
    # Mulder", address1: "123 Testable Way", city: ...; a "name" elsewhere is a product's).
    street = any(w == "street" for _, w in found) and any(
        w == "" and s.type == "ADDRESS" for s, w in found
    )
    named = street or any(s.type in ("PATIENT-NAME", "DOB") and w == "personal" for s, w in found)
    return [
        s
        for s, whose in found
        if whose == "personal"
        or (whose == "addressee" and street)
        or (whose in ("", "street") and named)
        or s.type not in ("ADDRESS", "PATIENT-NAME")
    ]


def form_label(value: str) -> bool:
    """Whether a value is made only of a field's words, as a form's label is ("Given name",
    "City", "Street address, P.O. box")."""
    return set(re.findall(r"\w+", value.lower())) <= _FIELD_WORDS


def _record(text: str, start: int, end: int) -> str:
    """The object a key stands in: from its opening brace to its closing one, or its block of
    lines (a YAML record, a pasted profile), up to blank lines."""
    opening, closing = text.rfind("{", 0, start), text.find("}", end)
    if opening < 0:
        opening = text.rfind("\n\n", 0, start) + 1
    if closing < 0:
        closing = text.find("\n\n", end)
    return text[opening : closing if closing >= 0 else len(text)]


def _kind(key: str) -> tuple[str | None, str]:
    """A key's type, and what the key itself says of whose the value is: "personal" (a
    person's), "street" (a street line's, nobody named), "addressee" (a plain "name": a
    person's in an address) or "" (nothing)."""
    key = re.sub(r"__c$", "", key)
    words = [w.lower() for w in _KEY_WORD_RE.findall(key)]
    while len(words) > 1 and words[-1].isdigit():
        words.pop()
    if words in (["mrn"], ["mbi"], ["hicn"]) or (
        len(words) > 1 and words[-1] in _NUMBER_WORDS and _RECORD_WORDS.intersection(words)
    ):
        return "MRN", "personal"
    owners = []
    while len(words) > 1 and words[0] in _OWNERS:
        owners.append(words.pop(0))
    shape = tuple(words)
    if shape in _NAME_KEYS or (shape == ("name",) and _NAMED_BY_OWNER.intersection(owners)):
        return "PATIENT-NAME", "personal"
    if shape == ("name",):
        return "PATIENT-NAME", "addressee"
    if shape in _DOB_KEYS:
        return "DOB", "personal"
    if shape in _SSN_KEYS:
        return "SSN", "personal"
    if shape in _STREET_KEYS:
        return "ADDRESS", "personal" if owners else "street"
    if shape in _PLACE_KEYS:
        return "ADDRESS", "personal" if owners else ""
    return None, ""
