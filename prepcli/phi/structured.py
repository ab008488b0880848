"""Identifiers in HL7 v2 segments, FHIR resources (JSON or FHIR Shorthand) and HL7 v3 XML
names (a CDA document's, an E2B(R3) report's) pasted or quoted into a note.

An interface message or a resource names its fields, so the field says what its value is:
HL7's PID-3 is a record number, PID-5 a name, PID-7 a date of birth; FHIR's "family" is a
surname, "birthDate" a date of birth. Read that way they need no guessing, in any shape:
"DOE^JOHN^A", "19800101", "123 MAIN ST^^ANYTOWN^NY^12345".

Clinicians stay: practitioners' segments (PV1, ORC, OBR) and FHIR Practitioner resources are
not read, a caret name is taken only where a patient's segment or plain text holds it, and a
FHIR or v3 name with a clinician's prefix or suffix ("Dr.", "MD") is kept whole.
"""

from __future__ import annotations

import re
from collections.abc import Container

from prepcli.phi.spans import Span

# Segment, then field number -> type. PID: patient; NK1: next of kin; GT1: guarantor; MRG: a
# merged record's earlier ids. Other segments (PV1's attending doctor, ORC/OBR's orderer) are
# clinicians' and stay.
_HL7_FIELDS: dict[str, dict[int, str]] = {
    "PID": {
        **dict.fromkeys((2, 3, 4, 18, 20), "MRN"),
        **dict.fromkeys((5, 6, 9), "PATIENT-NAME"),
        7: "DOB",
        **dict.fromkeys((11, 12), "ADDRESS"),
        **dict.fromkeys((13, 14), "PHONE"),
        19: "SSN",
    },
    "NK1": {2: "PATIENT-NAME", 4: "ADDRESS", **dict.fromkeys((5, 6), "PHONE")},
    "GT1": {
        2: "MRN",
        **dict.fromkeys((3, 4), "PATIENT-NAME"),
        5: "ADDRESS",
        **dict.fromkeys((6, 7), "PHONE"),
        8: "DOB",
        12: "SSN",
    },
    "MRG": dict.fromkeys((1, 2, 3, 4), "MRN"),
}
_SEGMENT_RE = re.compile(r"(?<![A-Za-z0-9])(?P<seg>PID|NK1|GT1|MRG)\|(?P<body>[^\r\n]*)")
# "DOE^JOHN^A" outside a segment: HL7's name shape, family name first.
_CARET_NAME_RE = re.compile(
    r"(?<![\w^|])[A-Z][A-Za-z'’-]+\^[A-Z][A-Za-z'’-]+(?:\^[A-Za-z.'’-]*){0,3}(?![\w^])"
)
# "153 FERNWOOD DR.^^STATESVILLE^OH^35292": HL7's address, street first, a state and ZIP last.
_CARET_ADDRESS_RE = re.compile(
    r"(?<![\w^|])\d{1,6}[ ][^\^|\n]{2,40}(?:\^[^\^|\n]{0,30}){2,4}\^[\dA-Z][\dA-Z -]{2,9}(?![\w^])"
)
# "Abe604 Frami345": the numbered names of generated patients (Synthea).
_NUMBERED_NAME_RE = re.compile(
    r"(?<![\w'’-])(?P<given>[A-Z][a-z'’-]+)\d{2,4}(?:[ \t]+[A-Z][a-z'’-]+\d{2,4}){1,2}(?!\w)"
)
_LETTER_DIGIT_RE = re.compile(r"[a-z]\d")
_CLINICIAN_SEGMENT_RE = re.compile(
    r"(?m)^[ \t]*(?:PV1|PV2|PD1|ORC|OBR|ROL|PRD|STF|PRA|AIP|TXA)\|.*$"
)
_OTHER_SEGMENT_RE = re.compile(r"(?m)^[ \t]*(?!PID|NK1|GT1|MRG)[A-Z][A-Z0-9]{2}\|.*$")

# FHIR JSON: a key, then a string or a list of strings.
_FHIR_KEY_RE = re.compile(
    r'"(?P<key>family|given|birthDate|line|city|district|postalCode)"\s*:\s*'
    r'(?P<val>\[[^\]]{0,300}\]|"[^"\n]{0,200}")'
)
_FHIR_TYPES = {
    "family": "PATIENT-NAME",
    "given": "PATIENT-NAME",
    "birthDate": "DOB",
    "line": "ADDRESS",
    "city": "ADDRESS",
    "district": "ADDRESS",
    "postalCode": "ADDRESS",
}
_QUOTED_RE = re.compile(r'"([^"\n]+)"')
# An identifier's value, and a phone's: {"system": "phone", "value": "(03) 5555 6473"}.
_FHIR_VALUE_RE = re.compile(
    r'"identifier"\s*:\s*\[[^\]]{0,400}?"value"\s*:\s*"(?P<id>[^"\n]+)"'
    # (or a system whose address says it numbers patients: ".../patient-id", ".../medicaid")
    r'|"system"\s*:\s*"[^"\n]*(?i:patient|mrn|medicaid|medicare|member)[^"\n]*"\s*,\s*'
    r'"value"\s*:\s*"(?P<sid>[^"\n]+)"'
    r'|"system"\s*:\s*"(?:phone|fax|sms|pager)"\s*,\s*(?:"[a-z]+"\s*:\s*"[^"\n]*"\s*,\s*)?'
    r'"value"\s*:\s*"(?P<phone>[^"\n]+)"'
)
_RESOURCE_RE = re.compile(r'"resourceType"\s*:\s*"(?P<type>\w+)"')
_NOT_PATIENTS = frozenset("Practitioner PractitionerRole Organization Location Device".split())


# FHIR Shorthand (FSH): "* name.family = \"Bounce\"", "* address.city = \"Anytown\"",
# "* identifier[0].value = \"m123\"", in an instance whose "InstanceOf:" says whose.
_FSH_RE = re.compile(
    r'(?m)^[ \t]*\*[ \t]+(?P<path>[A-Za-z][\w.\[\]=+-]*)[ \t]*=[ \t]*"(?P<val>[^"\n]+)"'
)
_FSH_INSTANCE_RE = re.compile(r"(?m)^[ \t]*InstanceOf:[ \t]*(?P<type>\w+)")


def structured_spans(text: str, first: Container[str]) -> list[Span]:
    """Identifiers in HL7 v2 patient segments, caret names and addresses, FHIR patient
    resources, and generated patients' numbered names."""
    spans: list[Span] = []
    if "|" in text:
        spans += _hl7(text)
    if "^" in text:
        clinicians = [m.span() for m in _OTHER_SEGMENT_RE.finditer(text)]
        for rx, kind in ((_CARET_NAME_RE, "PATIENT-NAME"), (_CARET_ADDRESS_RE, "ADDRESS")):
            for m in rx.finditer(text):
                if not any(s <= m.start() < e for s, e in clinicians):
                    spans.append(Span(m.start(), m.end(), kind))
    if _LETTER_DIGIT_RE.search(text):
        spans += [
            Span(m.start(), m.end(), "PATIENT-NAME")
            for m in _NUMBERED_NAME_RE.finditer(text)
            if m.group("given") in first
        ]
    if '"' in text and ":" in text:
        spans += _fhir(text)
    if "* " in text and '= "' in text:
        spans += _fsh(text)
    if "</" in text:
        spans += [
            Span(m.start("val"), m.end("val"), "PATIENT-NAME") for m in _V3_PART_RE.finditer(text)
        ]
    return spans


def _hl7(text: str) -> list[Span]:
    spans: list[Span] = []
    for m in _SEGMENT_RE.finditer(text):
        wanted = _HL7_FIELDS[m.group("seg")]
        pos = m.start("body")
        for number, value in enumerate(m.group("body").split("|"), start=1):
            kind = wanted.get(number)
            # a name keeps its empty trailing components ("SMITH^MICHAEL^"): they are its own
            core = value.rstrip(" ") if kind == "PATIENT-NAME" else value.rstrip("^~ ")
            if kind is not None and not _empty(core):
                start = pos + len(value) - len(value.lstrip())
                spans.append(Span(start, pos + len(core), kind))
            pos += len(value) + 1
    return spans


# A value that names nobody: one character ("0", a county code "1"), or masked ("XXXXXX^^S").
_MASKED_RE = re.compile(r"[Xx*#0]+")


def _empty(value: str) -> bool:
    return (
        sum(c.isalnum() for c in value) < 2 or _MASKED_RE.fullmatch(value.split("^")[0]) is not None
    )


def clinician_segments(text: str) -> list[Span]:
    """Lines of HL7 segments that name clinicians (PV1's attending doctor, ORC/OBR's orderer),
    as HCP spans: a name read there by any detector is a clinician's."""
    return [Span(m.start(), m.end(), "HCP") for m in _CLINICIAN_SEGMENT_RE.finditer(text)]


def fhir_clinicians(text: str) -> list[Span]:
    """FHIR name objects and HL7 v3 name elements with a clinician's prefix or suffix
    ("prefix": ["Dr."], "<prefix>Dr.</prefix>"), as HCP spans: a name read there by any
    detector is a practitioner's."""
    spans = []
    for m in _V3_AFFIX_RE.finditer(text):
        opening = text.rfind("<name", 0, m.start())
        end = _V3_NAME_END_RE.search(text, m.end())
        if opening >= 0 and end is not None:
            spans.append(Span(opening, end.end(), "HCP"))
    for m in _CLINICIAN_AFFIX_RE.finditer(text):
        opening, closing = text.rfind("{", 0, m.start()), text.find("}", m.end())
        # (a record cut from its braces is its block of lines)
        if opening < 0:
            opening = text.rfind("\n\n", 0, m.start()) + 1
        if closing < 0:
            closing = text.find("\n\n", m.end())
        spans.append(Span(opening, closing + 1 if closing >= 0 else len(text), "HCP"))
    return spans


def _fhir(text: str) -> list[Span]:
    spans: list[Span] = []
    resources = [(m.start(), m.group("type")) for m in _RESOURCE_RE.finditer(text)]
    for m in _FHIR_KEY_RE.finditer(text):
        if not _a_patients(resources, m.start()):
            continue
        kind = _FHIR_TYPES[m.group("key")]
        for q in _QUOTED_RE.finditer(text, m.start("val"), m.end("val")):
            if q.group(1).strip():
                spans.append(Span(q.start(1), q.end(1), kind))
    for m in _FHIR_VALUE_RE.finditer(text):
        if not _a_patients(resources, m.start()):
            continue
        group = next(g for g in ("id", "sid", "phone") if m.group(g) is not None)
        spans.append(Span(m.start(group), m.end(group), "PHONE" if group == "phone" else "MRN"))
    return spans


def _fsh(text: str) -> list[Span]:
    """A FHIR Shorthand instance's name, birth date, address and identifier values, unless the
    instance is a clinician's, an organisation's or a place's."""
    instances = [(m.start(), m.group("type")) for m in _FSH_INSTANCE_RE.finditer(text)]
    spans: list[Span] = []
    for m in _FSH_RE.finditer(text):
        if not _a_patients(instances, m.start()):
            continue
        parts = [re.sub(r"\[.*?\]", "", p) for p in m.group("path").split(".")]
        kind = _FHIR_TYPES.get(parts[-1])
        if parts[-1] == "value" and "identifier" in parts:
            kind = "MRN"
        if kind is not None:
            spans.append(Span(m.start("val"), m.end("val"), kind))
    return spans


_CLINICIAN_TITLES = r"(?:Dr|Prof|Doctor|MD|M\.D|DO|RN|NP|PA-C|PharmD)\b"
_CLINICIAN_AFFIX_RE = re.compile(rf'"(?:prefix|suffix)"\s*:\s*\[?\s*"{_CLINICIAN_TITLES}')
# HL7 v3 XML (a CDA document, an E2B(R3) safety report): a person's name's parts
# ("<given>John</given><family>Doe</family>", namespaced or with attributes), and a
# clinician's title among them ("<prefix>Dr.</prefix>").
_V3_PART_RE = re.compile(
    r"<(?P<tag>(?:\w+:)?(?:given|family))\b[^<>/]*>[ \t]*(?P<val>[^<>\n]{1,80}?)[ \t]*</(?P=tag)>"
)
_V3_AFFIX_RE = re.compile(rf"<(?:\w+:)?(?:prefix|suffix)\b[^<>/]*>[ \t]*{_CLINICIAN_TITLES}")
_V3_NAME_END_RE = re.compile(r"</(?:\w+:)?name>")


def _a_patients(resources: list[tuple[int, str]], pos: int) -> bool:
    """Whether the resource a field at ``pos`` stands in may be a patient's: the last resource
    type ``resources`` (offset, type) names before it is no clinician's, organisation's or
    place's."""
    kinds = [kind for start, kind in resources if start < pos]
    return not kinds or kinds[-1] not in _NOT_PATIENTS
