"""Identifiers in X12 EDI segments (claims 837, remittances 835, eligibility 270/271, claim
status 276/277, enrolment 834) pasted into a note, as a hub's or a payer's paperwork carries
them.

X12 says what each value is by its segment and qualifier, so no guessing: NM1 names an entity
(NM101: "IL" the insured, "QC" the patient, "03" a dependant; "82" the rendering provider, "85"
the billing one) and, with NM102 "1", a person, surname then given name, and an id after its
qualifier (NM108 "MI" a member id, "34" an SSN); N3 and N4 hold that entity's street and its
town, state and postcode; DMG its birth date; REF an id by qualifier ("SY" an SSN, "0F" a
subscriber number, "EA" a medical record number); PER a contact's name and numbers.
A person of any other entity (a submitter, a receiver's contact) goes as a private person's.
A provider's person is a clinician, kept as one; an organisation's name, ids and address,
payers' and providers', stay, and so do the segments that hold no person's identifier (a
claim's codes and amounts, dates of service, control numbers): those come back as HCP spans,
kept from every other detector, which would read a tax id as a phone or a diagnosis code as
a record number. A middle initial stays too: alone it names nobody. Free text (NTE) is left
to the other detectors.
"""

from __future__ import annotations

import re

from prepcli.phi.spans import Span

# A segment: its id, then its elements, up to "~" or the line's end.
_SEGMENT_RE = re.compile(r"(?:^|(?<=~))[ \t]*(?P<seg>[A-Z][A-Z0-9]{1,2})\*(?P<body>[^~\n]*)", re.M)
# (a gate: the segments that say a text is X12)
_X12_HINT_RE = re.compile(r"\b(?:NM1|DMG|N4|ISA|ST)\*")
# Entities that are the patient or the insured, or who answer for them.
_PERSONS = frozenset("IL QC 03 74 70 QD GD S1".split())
# Entities that are providers: billing, rendering, attending, operating, referring,
# supervising, ordering, purchased service; a service provider, a pay-to provider.
_PROVIDERS = frozenset("85 82 71 72 73 DN DK DQ DD P3 1P FA 77 87 SJ PE QB 2B 1Z".split())
# NM108 qualifiers: a member, medical record or other id of the person; an SSN.
_MEMBER_ID = frozenset("MI MR II ZZ HN N C 24 EI".split())
# REF01 qualifiers of the person's ids (subscriber, member, client, case, family unit, medical
# record, patient account, Medicare's claim number, identity card, prior id) and SSN.
_REF_IDS = frozenset("0F 1W 23 3H 49 EA EJ F6 HJ Q4".split())
# A contact's name that is a role, not a person ("TECHNICAL CONTACT", "BILLING DEPT").
_ROLE_WORDS = frozenset(
    """contact technical department dept office billing customer service services desk support
    claims provider name dr edi help center centre team unit""".split()
)
_PHONE_QUALIFIERS = frozenset("TE CP WP HP FX".split())
# Segments that hold no person's identifier wherever they stand: envelopes and headers,
# hierarchy, claim and service lines, codes, amounts, dates of service, adjustments, status.
_KEPT_SEGMENTS = frozenset(
    """ISA GS ST SE GE IEA BHT BGN BPR TRN HL SBR PAT INS CLM CLP CAS SVC SV1 SV2 SV3 HI LX
    DTP DTM AMT QTY PRV CL1 HCP STC EQ EB MSG III TOO K3 PWK CN1 CR1 CR2 CUR LQ MIA MOA PLB
    HD COB LUI""".split()
)


def read_x12(text: str) -> tuple[list[Span], list[Span]]:
    """Patients' and insureds' identifiers in X12 segments, and the spans kept from every
    detector (providers' persons, organisations, segments of no person's identifier; typed
    HCP): see the module."""
    if _X12_HINT_RE.search(text) is None:
        return [], []
    spans: list[Span] = []
    owner = ""  # "person", "provider" or "other": whose the segments after an NM1 are
    for m in _SEGMENT_RE.finditer(text):
        seg = m.group("seg")
        elements = _elements(m)
        if seg == "NM1":
            owner = _nm1(elements, spans)
        elif seg == "INS":
            owner = "person"  # (an enrolment's member loop opens here, before its NM1)
        if seg in _KEPT_SEGMENTS or (
            seg in ("NM1", "N3", "N4", "REF") and owner in ("provider", "other")
        ):
            if seg != "NM1" or owner == "other":
                spans.append(Span(m.start("body"), m.end("body"), "HCP"))
        elif seg == "N3" and owner == "person":
            spans += [Span(a, b, "ADDRESS") for a, b, _ in elements[:2] if b > a]
        elif seg == "N4" and owner == "person":
            parts = [(a, b) for a, b, _ in elements[:3] if b > a]
            if parts:
                spans.append(Span(parts[0][0], parts[-1][1], "ADDRESS"))
        elif seg == "DMG" and len(elements) > 1 and elements[0][2] == "D8":
            a, b, _ = elements[1]
            if b > a:
                spans.append(Span(a, b, "DOB"))
        elif seg == "REF" and owner == "person" and len(elements) > 1:
            kind = "SSN" if elements[0][2] == "SY" else "MRN" if elements[0][2] in _REF_IDS else ""
            a, b, _ = elements[1]
            if kind and b > a:
                spans.append(Span(a, b, kind))
        elif seg == "PER":
            spans += _per(elements)
    return [s for s in spans if s.type != "HCP"], [s for s in spans if s.type == "HCP"]


def _elements(m: re.Match[str]) -> list[tuple[int, int, str]]:
    """A segment's elements as (start, end, value), the separators' blanks trimmed."""
    out = []
    pos = m.start("body")
    for value in m.group("body").split("*"):
        core = value.strip()
        start = pos + (value.index(core) if core else 0)
        out.append((start, start + len(core), core))
        pos += len(value) + 1
    return out


def _nm1(elements: list[tuple[int, int, str]], spans: list[Span]) -> str:
    """Read an NM1 into ``spans``; whose the segments after it are."""
    entity = elements[0][2] if elements else ""
    person = len(elements) > 1 and elements[1][2] == "1"
    names = [(a, b) for a, b, v in elements[2:4] if b > a]
    # (a middle name counts, not a middle initial)
    if len(elements) > 4 and elements[4][1] - elements[4][0] > 1:
        names.append(elements[4][:2])
    if entity in _PROVIDERS:
        # (the whole segment: the clinician's name and their NPI or tax id)
        if elements:
            spans.append(Span(elements[0][0], elements[-1][1], "HCP"))
        return "provider"
    # (a person of any other entity, a submitter or a contact, is a private person: fail closed)
    if entity not in _PERSONS and not person:
        return "other"
    if person:
        spans += [Span(a, b, "PATIENT-NAME") for a, b in names]
    if len(elements) > 8 and elements[8][1] > elements[8][0]:
        kind = "SSN" if elements[7][2] == "34" else "MRN" if elements[7][2] in _MEMBER_ID else ""
        if kind:
            spans.append(Span(elements[8][0], elements[8][1], kind))
    return "person"


def _per(elements: list[tuple[int, int, str]]) -> list[Span]:
    """A contact's name and phone numbers, where the name is a person's, not a role's."""
    if len(elements) < 2:
        return []
    a, b, name = elements[1]
    words = re.findall(r"[A-Za-z]+", name)
    if not words or any(w.lower() in _ROLE_WORDS for w in words) or len(words) > 3:
        return []
    spans = [Span(a, b, "PATIENT-NAME")]
    for i in range(2, len(elements) - 1, 2):
        if elements[i][2] in _PHONE_QUALIFIERS and elements[i + 1][1] > elements[i + 1][0]:
            spans.append(Span(elements[i + 1][0], elements[i + 1][1], "PHONE"))
    return spans
