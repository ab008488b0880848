"""A name the note calls the patient's, by a patient's word right before it ("patient Maria
Lee", "Pt: Anna Patel") or set off right after it ("Tom Humira, the patient, called", "Ana
Cole (the patient) phoned", "Maria Lee, patient, 54"). There the words are the patient's
whatever else holds them: a clinician of the HCP table who shares the name, or a product's
word kept elsewhere, keeps no patient's name (fail closed)."""

from __future__ import annotations

import re
from collections.abc import Container

from prepcli.phi.names import listed
from prepcli.phi.spans import Span
from prepcli.phi.words import everyday

# A capitalised "PT" is also a physical therapist's credential ("Anna Patel, PT Maria Lee"), so
# only the patient's own words count before a name.
_CUE_BEFORE_RE = re.compile(
    r"(?<![\w-])(?:[Pp]atient|PATIENT|[Pp]t\.?)(?:['\u2019]s\s+name)?"
    r"(?:[ \t]*[,:(\u2013-][ \t]*|[ \t]+)(?:(?:named|[Nn]ame\s*:?|called|is|was)\s+)?$"
)
# The patient's word in apposition: in brackets, or between commas (or before "of" or the
# sentence's end). Not a possessive ("Maria Lee, the patient's wife"), a role ("patient
# advocate") nor a physical therapist's credential ("Anna Patel, PT, reviewed").
_APPOSED = (
    r"(?:[ \t]*\([ \t]*(?:the[ \t]+)?(?:[Pp]atient|PATIENT|pt)[ \t]*\)"
    r"|[ \t]*,[ \t]*(?:(?:the|a|our|my|his|her)[ \t]+)?(?:[Pp]atient|PATIENT|pt)"
    r"(?:[ \t]*,|[ \t]+of(?![\w'’-])|[ \t]*[.;](?:[ \t]|$)|[ \t]*$))"
)
_CUE_AFTER_RE = re.compile(_APPOSED)
# (a gate: the apposition's opening alone, before the costlier pattern over the words before it)
_APPOSED_HINT_RE = re.compile(
    r"[(,][ \t]*(?:(?:the|a|our|my|his|her)[ \t]+)?(?:[Pp]atient|PATIENT|pt)\b"
)
_TOKEN = r"[A-ZÀ-ÖØ-ÞĀ-ſ][a-zß-öø-ÿĀ-ſ]*(?:['’][A-Z][a-zß-öø-ÿĀ-ſ]+)?(?:-[A-Z][a-zß-öø-ÿĀ-ſ]+)?"
_APPOSED_NAME_RE = re.compile(
    rf"(?<![\w'’.-])(?P<name>{_TOKEN}(?:[ \t]+{_TOKEN}){{0,3}}){_APPOSED}"
)
_TITLES = frozenset(("Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "The", "A", "An"))


def patient_cued(text: str, span: Span) -> bool:
    """Whether a patient's word stands right before ``span`` or is apposed right after it."""
    return (
        _CUE_BEFORE_RE.search(text, max(0, span.start - 24), span.start) is not None
        or _CUE_AFTER_RE.match(text, span.end) is not None
    )


def apposed_patients(text: str, products: Container[str]) -> list[Span]:
    """PATIENT-NAME spans: the capitalised words right before an apposed patient's word, less
    a title or a sentence's opening word that no name list holds ("Today Ana Cole (the
    patient) phoned"). A product's word alone there is the product ("Started Humira, the
    patient, ..."); beside a given name it is her surname ("Tom Humira, the patient")."""
    out: list[Span] = []
    if _APPOSED_HINT_RE.search(text) is None:
        return out
    for m in _APPOSED_NAME_RE.finditer(text):
        tokens = list(re.finditer(r"\S+", m.group("name")))
        while tokens and (
            tokens[0].group() in _TITLES
            or (everyday(tokens[0].group()) and not listed(tokens[0].group()))
        ):
            tokens.pop(0)
        if len(tokens) > 1 or (tokens and tokens[0].group() not in products):
            out.append(Span(m.start("name") + tokens[0].start(), m.end("name"), "PATIENT-NAME"))
    return out
