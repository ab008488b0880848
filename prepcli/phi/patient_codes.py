"""A patient's identifier that a system generates: letters, digits, dashes and underscores after
a label that names the patient's identifier, and New Zealand's NHI number after its name in
running text.

Record systems and generated patient documents key a patient by a code of their own: "Patient
ID: PAT-456789", "pat_123456789", a UUID ("p7a8b9c0-d1e2-3f4a-..."). The label says whose it is;
the value needs only enough digits to be a code, not a word ("Patient ID: pending"). An NHI
number (three letters, no I or O, then four digits, or from 2022 two digits and two letters;
Te Whatu Ora's National Health Index) is named in prose: "His NHI number is ZGT5573".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from prepcli.phi.spans import Span

# The label: the patient's (client's, member's, service user's) ID, identifier, number or code,
# or the reference or file a record number is filed under ("patient ref 00458812", "pt ref:
# AB-4471", "patient file no. 4471928", "case file 8831-22"; a bank's, insurer's or shipper's
# "ref" names no patient and stays).
_PATIENT_CODE_RE = re.compile(
    r"(?:\b(?i:patient|client|pt|person|member|service[ \t]+user)(?:['’]s|\.)?[ \t]*"
    r"(?i:id\b|identifier|code|ref\b\.?|reference|file\b)|\b(?i:case[ \t]+file)\b)"
    r"(?:[ \t]+(?i:no\b\.?|number|nr\b\.?))?[ \t]*[:#=]?[ \t]*"
    # (a code of letters and digits joined by dashes or underscores; four digits at least)
    r"(?P<id>(?=(?:[A-Za-z_-]*\d){4})[A-Za-z0-9]+(?:[_-][A-Za-z0-9]+){0,7})(?![\w-])"
)
# A calendar date after a file's label dates the file ("case file 2024-03-01"); after an ID's
# it is still the code (fail closed).
_MONTH = r"(?:0?[1-9]|1[0-2])"
_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
_FILE_DATE_RE = re.compile(
    rf"(?:(?:19|20)\d{{2}}([-/]){_MONTH}\1{_DAY}|{_DAY}([-/]){_MONTH}\2(?:19|20)\d{{2}})(?![\w/-])"
)
# A trial subject's number: "Subject number XYZ-123-002", "the subject 1001-0023 was
# hospitalised", "Randomised: subject 031-0044", "screening no. 10023". Pseudonymised, the
# sponsor still holds its key to the patient, so it goes like a record number (fail closed); a
# kit's, a site's or a study's number stays. Three digits at least, and not a year.
_SUBJECT_RE = re.compile(
    r"\b(?i:subject|participant|screening|randomi[sz]ation)"
    r"(?:[ \t]+(?i:id\b|identifier|no\b\.?|number|nr\b\.?|code|\#))?[ \t]*[:#=]?[ \t]*"
    r"(?P<id>(?=(?:[A-Za-z-]*\d){3})(?!(?:19|20)\d\d(?![\w-]))(?:[A-Z]{1,6}-?)?\d[A-Z\d]*(?:-[A-Z\d]+){0,4})"
    # (not a dose or a count: "subject 100 mg", "screening 120 patients")
    r"(?![\w-]|[.,]\d|[ \t]+(?i:mg|mcg|ml|kg|g|units?|patients?|subjects?|pts?|sites?)\b)"
)
_MAIL_SUBJECT_RE = re.compile(r"(?<![^\n])[ \t>]*(?i:subject)[ \t]*:")
_NHI_RE = re.compile(
    r"\bNHI\b(?:[ \t]+(?i:number|no\.?|#))?(?:[ \t]+(?:is|was|of))?[ \t]*[:#]?[ \t]*"
    r"(?P<id>[A-HJ-NP-Z]{3}(?:\d{4}|\d{2}[A-HJ-NP-Z]{2}))(?![\w-])"
)


def patient_codes(text: str, low: str) -> Iterator[Span]:
    """Record-number spans of generated patient codes, trial subjects' numbers and NHI numbers
    (``low``: ``text`` folded)."""
    if "id" in low or "code" in low or "ref" in low or "file" in low:
        for m in _PATIENT_CODE_RE.finditer(text):
            label = text[m.start() : m.start("id")].lower()
            if "file" in label and _FILE_DATE_RE.match(text, m.start("id")):
                continue
            yield Span(m.start("id"), m.end("id"), "MRN")
    if "subject" in low or "participant" in low or "screening" in low or "randomi" in low:
        for m in _SUBJECT_RE.finditer(text):
            # (an e-mail's "Subject:" line is its title: "Subject: 4471 samples for Q3")
            if _MAIL_SUBJECT_RE.match(text, m.start()):
                continue
            yield Span(m.start("id"), m.end("id"), "MRN")
    if "NHI" in text:
        for m in _NHI_RE.finditer(text):
            yield Span(m.start("id"), m.end("id"), "MRN")
