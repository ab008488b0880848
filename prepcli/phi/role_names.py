"""A clinician named by role and first name ("Nurse Sam", "RN Chris", "midwife Emma"), and a
patient with the same first name in the same note.

A clinician's words are kept off every name detector, so that "Dr. Okafor ... Okafor said"
stays whole. For a first name after a role that would hide a child who shares it, as children
and the team of a pediatric hand-off often do ("Nurse Sam took the call. Sam's mother says he
sleeps poorly"). So such a first name is off limits only where the role names it; elsewhere
it is a patient's where the place is a patient's alone: a relative's possessive ("Sam's
mother"), an age ("Alex is a 6 yo", "Alex, 6,"), a clinical state or an act of care ("Chris
is febrile", "Jamie was seen"), a patient's word before it; or where a surname the clinician
was not given follows ("Kim Doyle"). Anywhere else ("Nurse Kendra called. Kendra said the
pump alarmed") the word stays the clinician's.
"""

from __future__ import annotations

import re

from prepcli.phi.names import census_lists, name_lists
from prepcli.phi.occupations import RESIDENT_DOCTOR
from prepcli.phi.relatives import CARERS, RELATIVES, alternation
from prepcli.phi.spans import Span
from prepcli.phi.word_names import BODY, word_names

# The roles that name a colleague by first name: nurses, midwives, therapists, a hand-off's
# team (not a doctor's title: "Dr. Sam" is rare, and a titled name is a surname as often).
_ROLE_BEFORE_RE = re.compile(
    r"(?<![\w'’-])(?i:nurse|rn|lpn|np|nurse[ \t]+practitioner|charge[ \t]+nurse|midwife"
    rf"|therapist|physio|rt|pharmacist|coordinator|attending|{RESIDENT_DOCTOR}|fellow|intern|registrar"
    r"|tech|technician|aide|cna|hca|hcsw|hsw|sn|odp|porter|phlebotomist|clerk)[ \t]*,?[ \t]+"
    r"(?:(?:is|was)[ \t]+)?$"
)
# Every word one of which _ROLE_BEFORE_RE needs, as a note's folded letter runs hold it (a gate).
ROLE_WORDS = frozenset(
    """nurse rn lpn np midwife therapist physio rt pharmacist coordinator attending resident
    fellow intern registrar tech technician aide cna hca hcsw hsw sn odp porter phlebotomist
    clerk""".split()
)
# A ward's support staff named by job title and first name, as NHS Health Careers and the US
# Bureau of Labor Statistics' SOC name the jobs: "HCA Kit", "HCSW Mo", "SN Pat" (staff nurse),
# "EN Lyn" (enrolled nurse), "ODP Kay", "PCT Lee", "STNA Jo", "LVN Sue", "Ward clerk Ann",
# "Phlebotomist Tam", "Porter Bill", "healthcare assistant Joy", "nursing associate Lin".
# One capitalised word and no second one after it: "HCA Florida Hospital" is a company.
_SUPPORT_ROLE_RE = re.compile(
    r"(?<![\w'’-])(?:HCA|HCSW|HSW|SN|EN|ODP|PCT|STNA|LVN"
    r"|(?i:health[ \t]?care[ \t]+(?:assistant|support[ \t]+worker)|support[ \t]+worker"
    r"|nursing[ \t]+(?:associate|assistant)|care[ \t]+assistant|ward[ \t]+clerk|phlebotomist)"
    r"|(?P<porter>Porter|porter|Housekeeper|housekeeper))"
    r"[ \t]+(?P<a>[A-Z][a-z'’-]{1,14})(?![\w'’-])(?![ \t]+[A-Z])"
)
SUPPORT_ROLE_WORDS = frozenset(
    """hca hcsw hsw sn en odp pct stna lvn assistant worker associate clerk phlebotomist porter
    housekeeper""".split()
)


def support_staff(text: str) -> list[Span]:
    """HCP spans for a support worker's first name after the job title. A capitalised "Porter"
    or "Housekeeper" may be a patient's own given name or surname before another ("Porter
    Johnson presented"): there only a first name that is no census surname, or a given name
    that is a word ("Porter Bill"), follows a job title."""
    out = []
    first, last = census_lists()
    for m in _SUPPORT_ROLE_RE.finditer(text):
        name = m.group("a")
        # "Patient Porter Bill", "Mr Porter Bill": the patient's own name
        if _PATIENT_TITLE_BEFORE_RE.search(text, max(0, m.start() - 12), m.start()):
            continue
        capital = m.group("porter") is not None and m.group("porter")[0].isupper()
        if capital and name not in word_names() and (name not in first or name in last):
            continue
        out.append(Span(m.start("a"), m.end("a"), "HCP"))
    return out


_KIN = alternation(RELATIVES + CARERS + ["parents", "family", "grandparents"])
_CLINICAL_STATE = (
    r"(?:febrile|afebrile|stable|unstable|comfortable|uncomfortable|septic|hypoxic|hypotensive"
    r"|tachycardic|bradycardic|intubated|extubated|sedated|npo|nauseous|vomiting|sleeping"
    r"|asleep|awake|alert|confused|drowsy|lethargic|irritable|fussy|crying|tolerating|feeding"
    r"|eating|improving|worse|better|post-?op|day[ \t]+\d|s/p|seen|admitted|discharged"
    r"|examined|reviewed|assessed|transferred|reassessed|started|due|doing|breathing|on[ \t]+\d)"
)
# What makes the place a patient's: after the name, or before it.
_PATIENT_AFTER_RE = re.compile(
    rf"(?:['’]s[ \t]+(?i:{_KIN})\b"
    rf"|['’]s[ \t]+(?:(?:left|right|bad|sore|lower|upper)[ \t]+)?(?:{BODY})\b"
    r"|[ \t]*,[ \t]*\d{1,3}(?:[ \t]*(?:yo|y/o|y\.o\.|years?|yrs?|months?|mos?|m/o))?[ \t]*[,.;)]"
    r"|[ \t]+(?:is|was)[ \t]+(?:a|an)[ \t]+\d"
    rf"|[ \t]+(?:is|was|remains|has[ \t]+been|got|gets)[ \t]+(?:still[ \t]+|now[ \t]+)?"
    rf"(?i:{_CLINICAL_STATE})\b)"
)
_PATIENT_BEFORE_RE = re.compile(r"\b(?i:pt|patient|baby|infant|child|our[ \t]+pt)[ \t:]*$")
_PATIENT_TITLE_BEFORE_RE = re.compile(
    r"\b(?i:pt|patient|baby|infant|child|mr|mrs|ms|miss|mx|master)\.?[ \t:]*$"
)


def _role_words(text: str, hcps: list[Span]) -> dict[str, None]:
    """The one-word clinicians' names in ``hcps`` that a role names ("Nurse Sam", "Physio
    Cam"), listed or not."""
    found: dict[str, None] = {}
    lists = name_lists()
    for h in hcps:
        # (the span may run on over a lower-case word after the name: "Nurse Sam took")
        parts = text[h.start : h.end].split()
        value = parts[0].strip(".,;:")
        if not value[:1].isupper() or any(p[:1].isupper() for p in parts[1:]):
            continue
        # a name some list holds, not a form's word after the role ("Nurse Signature:") or a
        # place's number ("Nurse Bay 3")
        if not any(value.title() in names for names in (*lists[:2], word_names())):
            continue
        if re.match(r"[ \t]*\d", text[h.start + len(value) : h.start + len(value) + 3]):
            continue
        if _ROLE_BEFORE_RE.search(text, max(0, h.start - 30), h.start):
            found[value] = None
    return found


def role_names_alone(text: str, hcps: list[Span], taken: list[Span]) -> list[Span]:
    """A role's one-word name where it recurs alone in a patient's place ("Nurse Pat spoke
    to the family. Pat is comfortable tonight", "Physio Cam saw him. Cam's wife asked"): no
    name detector reads a word-like or unlisted given name there, but a nurse is not the one
    who is comfortable, discharged or has a wife asking; which of the two it is cannot be
    told, so it goes (fail closed). Where a clinician's act may stand ("Kendra said", "Shay
    will call back") it stays."""
    out = []
    for word in _role_words(text, hcps):
        for m in re.finditer(rf"(?<![\w'’-]){re.escape(word)}(?![\w-])", text):
            span = Span(m.start(), m.end(), "PATIENT-NAME")
            if any(s.start < span.end and span.start < s.end for s in (*hcps, *taken)):
                continue
            if a_patients_place(text, span):
                out.append(span)
    return out


def role_first_names(text: str, hcps: list[Span]) -> frozenset[str]:
    """The one-word clinicians' names in ``hcps`` that a role names and the census lists
    hold as given names ("Nurse Sam"), or the given names that are words ("nurse practitioner
    Taylor")."""
    given = census_lists()[0]
    found = set()
    for h in hcps:
        # (the span may run on over a lower-case word after the name: "Nurse Sam took")
        parts = text[h.start : h.end].split()
        value = parts[0].strip(".,;:")
        if value.title() not in given and value.title() not in word_names():
            continue
        if any(p[:1].isupper() for p in parts[1:]):
            continue
        if _ROLE_BEFORE_RE.search(text, max(0, h.start - 30), h.start):
            found.add(value)
    return frozenset(found)


def a_patients_place(text: str, span: Span) -> bool:
    """Whether the found name at ``span`` stands where only a patient stands (see the module
    docstring)."""
    end = span.end
    if text.startswith(("'s", "’s"), end - 2):
        end -= 2
    return (
        _PATIENT_AFTER_RE.match(text, end) is not None
        or _PATIENT_BEFORE_RE.search(text, max(0, span.start - 12), span.start) is not None
    )
