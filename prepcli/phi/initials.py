"""A patient's initials where a case report gives them in place of the name.

Adverse-event and case report forms, which reps and MSLs pass on, name the patient by initials
("Patient initials: J.S.", "Pt initials JS, 62F", "Subject initials: A-B-C"); PhysioNet's deid
gold standard counts them as the patient's name (PTNameInitial). Read after a word that says
whose initials they are (patient, pt, subject, client, case) or after "Initials" opening a line
or a sentence; a reviewer's or signer's initials ("Reviewer initials: AB") are not read. A
courtesy title before initials alone ("a patient (Ms. T.)", "Mrs Q, 71", "Miss A B C") is one too; a
clinician's title is not ("Dr. T." stays, as clinicians' names do), nor "MR" and "MS" in
capitals, which are a valve's regurgitation and multiple sclerosis as often.

A case report also names its patient by initials or a code in capitals right after the
patient's word, with no "initials" cue ("Patient KMB had a rash", "SAE Patient SCHJO on Research
Study XYZ", "Patient: RTW, 61M"). There a capital word is the patient's unless it is an English
word or a clinical abbreviation ("patient HIV positive", "Patient CT showed", "patient NOT
seen"), and the code goes wherever the note repeats it ("SCHJO was enrolled").
"""

from __future__ import annotations

import re
from collections.abc import Container
from functools import cache
from importlib import resources

from prepcli.phi.relatives import RELATIVE
from prepcli.phi.spans import Span
from prepcli.phi.words import everyday

_INITIALS_RE = re.compile(
    # (a form's colon or bracket may stand between: "Patient: initials T.W.", "Patient
    # (initials M.K.)")
    r"(?:(?<![\w'’-])(?i:patient|pt\.?|subject|client|case)(?:['’]?s?[ \t]+|[ \t]*[:(][ \t]*)"
    r"(?i:initials)"
    r"|(?:^|(?<=[.;!?\n])|(?<=[.;!?][ \t]))[ \t]*(?i:initials))"
    r"[ \t]*(?:[:=-]|(?i:are|were|is))?[ \t]*"
    r"(?P<v>[A-Z](?:[.-]?[ \t]?[A-Z]){1,3}\.?)(?![\w'’-])",
    re.MULTILINE,
)
_TITLED_INITIAL_RE = re.compile(
    r"(?<![\w'’-])(?:Mr|Mrs|Ms|Miss|Mx|MRS)\.?[ \t]+(?P<v>[A-Z]\.?(?:[ \t]?[A-Z]\.?){0,2})"
    # (a surname after the initials is the name rules': "Mr. J. Smith")
    r"(?![\w'’-])"
)
TITLE_WORDS = frozenset(("mr", "mrs", "ms", "miss", "mx"))
# Initials right before a birth cue: "her patient JD (b. 1961)", "pt. AB, born 1958", "J.D.,
# DOB 2/2/61". Only a person has a birth date, so the cue is the evidence; a lone "b." must
# hold a year or date ("pt BP 120/80" has none).
_BIRTH_INITIALS_RE = re.compile(
    r"(?<![\w'’.-])(?P<v>[A-Z]\.?[ \t]?[A-Z]\.?(?:[ \t]?[A-Z]\.?)?)(?![\w'’-])"
    r"[ \t]*[,(-]?[ \t]*(?:born\b|(?i:dob\b|d\.o\.b\.?)|b\.[ \t]*\d)"
)

# ... or at the end of a sentence after a patient's word, the birth cue opening the next one:
# "pt AB. Born 1958." (a full stop alone says nothing: "CT. Born ..." is the scan's heading).
_CUED_INITIALS_THEN_BIRTH_RE = re.compile(
    r"(?<![\w'’-])(?i:pt\.?|patient)[ \t]*:?[ \t]+"
    r"(?P<v>[A-Z]\.?[ \t]?[A-Z](?:\.?[ \t]?[A-Z])?)\.?[ \t]*[.;][ \t]*"
    r"(?:(?i:born|dob|d\.o\.b)\b|b\.[ \t]*\d)"
)

# The patient's word as a case report writes it (not "PATIENT" or "PT": in a note written in
# capitals every word after it is), then the capital word.
_CUED_CODE_RE = re.compile(
    r"(?<![\w'’-])(?:[Pp]atient|[Pp]t\.?)(?:[ \t]*:)?[ \t]+(?P<v>[A-Z]{2,6})(?![\w'’-]|\.\w)"
)
# Words that label the patient's other fields ("Patient ID", "Pt DOB", "Patient NAME:"), the
# trade's and regulators' abbreviations that follow a patient's word in a rep's or an MSL's
# notes ("patient PIL", "Patient FAQ", "patient PSP enrolment"), and messaging shorthand ("OK",
# "FYI", "ASAP"), which neither the dictionary nor the clinical list holds. Written out from
# common pharma field usage.
_NOT_CODES = frozenset(
    """ID DOB MRN SSN NHS NAME ADDR INFO IP DETAILS KOL KOLS MSL MSLS HCP HCPS HCO NPI DEA SMPC
    SPC PIL PILS PI ISI IFU MLR PRC CME CPD REMS RMP PSUR DSUR SUSAR ICSR MAH PV QPPV EMA FDA
    MHRA NICE HTA PSP PAP HUB CRM CLM KPI ROI NDA ANDA BLA IND GCP GMP CRO CRA SOP RWE RWD HEOR
    MOA NDC SKU SOC RX DX HX SX TX FX PRN GLP SGLT TRT OK FAQ FYI ASAP TBD TBC ETA EOD EOW OOO
    NB PS RE FW FWD CC BCC AM PM BTW LMK THX PLS PLZ COB""".split()
)


@cache
def medical_abbreviations() -> frozenset[str]:
    """Clinical abbreviations in capitals (data/medical_abbreviations.txt, from a public list;
    bench/phi_abbreviations_build.py)."""
    data = resources.files("prepcli.phi").joinpath("data", "medical_abbreviations.txt")
    return frozenset(data.read_text("utf-8").split())


def cued_codes(text: str, blocked: Container[str]) -> list[Span]:
    """A patient's initials or code in capitals right after the patient's word, and the code's
    other mentions in ``text``, as PATIENT-NAME spans (see the module); a word ``blocked``
    holds in capitals or capitalised (a product: "patient HUMIRA naive") stays."""
    codes = {
        m["v"]
        for m in _CUED_CODE_RE.finditer(text)
        if m["v"] not in _NOT_CODES
        and m["v"] not in medical_abbreviations()
        and m["v"] not in blocked
        and m["v"].title() not in blocked
        and not everyday(m["v"])
    }
    return [
        Span(m.start(), m.end(), "PATIENT-NAME")
        for code in codes
        for m in re.finditer(rf"(?<![\w'’-]){code}(?![\w'’-])", text)
    ]


# Dotted initials where a family tie, a child or a patient's word in brackets says whose they
# are: "his daughter M.L. picked up the pen", "custody of K.S. and A.J.", "R.K. (pt initials
# only)". Dots on every letter: "his son JR" may be junior.
_DOTTED = r"[A-Z]\.[ \t]?[A-Z]\.(?:[ \t]?[A-Z]\.)?"
_KIN_INITIALS_RE = re.compile(
    rf"(?<![\w'’-])(?:(?i:{RELATIVE}|child|children|minor|custody[ \t]+of)[ \t]*,?[ \t]+)"
    rf"(?P<v>{_DOTTED})(?:[ \t]+(?:and|&)[ \t]+(?P<w>{_DOTTED}))?(?![\w'’-])"
    rf"|(?<![\w'’.-])(?P<a>{_DOTTED})[ \t]*\([ \t]*(?i:the[ \t]+)?(?i:pt|patient)"
    r"(?:[ \t]*[),]|[ \t]+(?i:initials)\b)"
)


# Dotted capitals that are a country, a time, a degree or a dose, not a person's initials.
_DOTTED_WORDS = frozenset(
    """US UK EU UN AM PM NB PS IV BC AD DC LA NY MD DO RN NP PA ER OR ICU QD BID TID QID PO OD
    OS OU PRN HS QHS SC IM ID BA BS MA MS""".split()
)


def kin_initials(text: str) -> list[Span]:
    """Dotted initials after a family tie or a child's word, or before "(pt", as PATIENT-NAME
    spans; not a dotted abbreviation ("children U.S. wide", "his son M.D.")."""
    return [
        Span(m.start(g), m.end(g), "PATIENT-NAME")
        for m in _KIN_INITIALS_RE.finditer(text)
        for g in ("v", "w", "a")
        if m.group(g) is not None and re.sub(r"[. \t]", "", m.group(g)) not in _DOTTED_WORDS
    ]


def patient_initials(text: str) -> list[Span]:
    """The initials after a patient's "initials" cue, as PATIENT-NAME spans."""
    return [Span(m.start("v"), m.end("v"), "PATIENT-NAME") for m in _INITIALS_RE.finditer(text)]


def titled_initials(text: str) -> list[Span]:
    """Initials alone after a courtesy title, as PATIENT-NAME spans."""
    return [
        Span(m.start("v"), m.end("v"), "PATIENT-NAME") for m in _TITLED_INITIAL_RE.finditer(text)
    ]


def initials_before_birth(text: str) -> list[Span]:
    """Initials right before a birth cue, as PATIENT-NAME spans."""
    return [
        Span(m.start("v"), m.end("v"), "PATIENT-NAME")
        for pattern in (_BIRTH_INITIALS_RE, _CUED_INITIALS_THEN_BIRTH_RE)
        for m in pattern.finditer(text)
    ]
